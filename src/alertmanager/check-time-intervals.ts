import type { Path } from '../core/locate.js';
import { isMapping, list, text } from './go-values.js';
import type { Issues } from './types.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const TIME = /^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/;

/**
 * Checks `time_intervals` and the deprecated `mute_time_intervals` (timeinterval.go) and
 * returns the names they define: both lists share one set of names.
 */
export function checkTimeIntervals(config: Record<string, unknown>, issues: Issues): Set<string> {
  const names = new Set<string>();
  if (list(config.mute_time_intervals).length > 0) {
    issues.warning('deprecated-mute-time-intervals', ['mute_time_intervals'], '`mute_time_intervals` is deprecated.', 'Rename it to `time_intervals` (routes refer to them the same way).', { target: 'key' });
  }
  for (const key of ['mute_time_intervals', 'time_intervals']) {
    list(config[key]).forEach((entry, i) => {
      if (!isMapping(entry)) return;
      const path = [key, i];
      const name = text(entry.name);
      if (name === '') issues.error('time-interval-name', path, 'This time interval has no `name`.', 'Name it: routes refer to time intervals by name.', { target: 'key' });
      else if (names.has(name)) issues.error('duplicate-time-interval', [...path, 'name'], `Another time interval is already named \`${name}\`.`, 'Give each time interval its own name.');
      names.add(name);
      list(entry.time_intervals).forEach((interval, j) => checkInterval(interval, [...path, 'time_intervals', j], issues));
    });
  }
  return names;
}

function checkInterval(interval: unknown, path: Path, issues: Issues): void {
  if (!isMapping(interval)) return;
  list(interval.times).forEach((range, i) => checkTimeRange(range, [...path, 'times', i], issues));
  const ranges: [string, (s: string) => string | undefined][] = [
    ['weekdays', weekdayRange],
    ['days_of_month', dayOfMonthRange],
    ['months', monthRange],
    ['years', yearRange],
  ];
  for (const [key, check] of ranges) {
    list(interval[key]).forEach((entry, i) => {
      const problem = check(text(entry).toLowerCase());
      if (problem) issues.error('bad-time-interval', [...path, key, i], `\`${text(entry)}\` ${problem}.`, RANGE_HELP[key]);
    });
  }
  const location = text(interval.location);
  if (location !== '' && !isKnownTimeZone(location)) {
    issues.error('bad-time-interval', [...path, 'location'], `\`${location}\` is not a known time zone.`, 'Use an IANA time zone name such as `Europe/Berlin`, or `UTC` / `Local`.');
  }
}

const RANGE_HELP: Record<string, string> = {
  weekdays: 'Write a weekday or a range of them, such as `monday:friday`.',
  days_of_month: 'Write a day from 1 to 31 (or -1 to -31 from the month end), or a range such as `1:7`.',
  months: 'Write a month name or number, or a range such as `january:march`.',
  years: 'Write a year or a range such as `2025:2026`.',
};

function checkTimeRange(range: unknown, path: Path, issues: Issues): void {
  if (!isMapping(range)) return;
  const start = text(range.start_time);
  const end = text(range.end_time);
  if (start === '' || end === '') {
    issues.error('bad-time-interval', path, 'A time range needs both `start_time` and `end_time`.', 'Write times as `HH:MM`, such as `09:00` and `17:00`.', { target: 'key' });
    return;
  }
  for (const [key, value] of [['start_time', start], ['end_time', end]]) {
    if (!TIME.test(value)) issues.error('bad-time-interval', [...path, key], `\`${value}\` is not a time of day.`, 'Write times as `HH:MM` from `00:00` to `24:00`.');
  }
  if (TIME.test(start) && TIME.test(end) && minutes(start) >= minutes(end)) {
    issues.error('bad-time-interval', [...path, 'end_time'], `The time range ends (\`${end}\`) before or when it starts (\`${start}\`).`, 'A range cannot cross midnight: split it in two.');
  }
}

function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

/** Splits `a:b` (or `a`) and reads both ends with `member`, as stringableRangeFromString does. */
function range(input: string, member: (s: string) => number | undefined): [number, number] | string {
  const parts = input.split(':');
  if (parts.length > 2) return 'is not a range: write `start:end`';
  const [begin, end] = [member(parts[0]), member(parts[parts.length - 1])];
  if (begin === undefined || end === undefined) return 'is not valid';
  return [begin, end];
}

function goAtoi(s: string): number | undefined {
  return /^[+-]?\d+$/.test(s) ? Number(s) : undefined;
}

function weekdayRange(input: string): string | undefined {
  const r = range(input, (s) => (WEEKDAYS.includes(s) ? WEEKDAYS.indexOf(s) : undefined));
  if (typeof r === 'string') return r === 'is not valid' ? 'is not a weekday (write its English name, such as `monday`)' : r;
  return r[0] > r[1] ? 'is a range that ends before it starts' : undefined;
}

function dayOfMonthRange(input: string): string | undefined {
  const r = range(input, goAtoi);
  if (typeof r === 'string') return r === 'is not valid' ? 'is not a day of the month' : r;
  const [begin, end] = r;
  const inRange = (n: number): boolean => n !== 0 && n >= -31 && n <= 31;
  if (!inRange(begin) || !inRange(end)) return 'is not a day of the month: days run from 1 to 31, or -1 to -31 counted from the end';
  if (begin < 0 && end > 0) return 'starts counting from the month end but ends from its start';
  const check = (n: number): number => (n < 0 ? 28 + n : n);
  return check(begin) > check(end) ? 'is a range that ends before it starts' : undefined;
}

function monthRange(input: string): string | undefined {
  const r = range(input, (s) => (MONTHS.includes(s) ? MONTHS.indexOf(s) + 1 : goAtoi(s)));
  if (typeof r === 'string') return r === 'is not valid' ? 'is not a month (write its English name or its number)' : r;
  return r[0] > r[1] ? 'is a range that ends before it starts' : undefined;
}

function yearRange(input: string): string | undefined {
  const r = range(input, goAtoi);
  if (typeof r === 'string') return r === 'is not valid' ? 'is not a year' : r;
  return r[0] > r[1] ? 'is a range that ends before it starts' : undefined;
}

/**
 * Go's time.LoadLocation reads the IANA database by exact name; the JavaScript runtime's copy
 * stands in for it. A name that only differs in case from a canonical one is refused, as Go's
 * case-sensitive file lookup would.
 */
function isKnownTimeZone(name: string): boolean {
  if (name === 'UTC' || name === 'Local') return true;
  let known = knownTimeZones.get(name);
  if (known === undefined) {
    canonicalZones ??= new Map(Intl.supportedValuesOf('timeZone').map((zone) => [zone.toLowerCase(), zone]));
    const canonical = canonicalZones.get(name.toLowerCase());
    known = acceptedByRuntime(name) && (canonical === undefined || canonical === name);
    knownTimeZones.set(name, known);
  }
  return known;
}

/** Answers per name, and the runtime's canonical names by lower case: both are costly to build. */
const knownTimeZones = new Map<string, boolean>();
let canonicalZones: Map<string, string> | undefined;

function acceptedByRuntime(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
