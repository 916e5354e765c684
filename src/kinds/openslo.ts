import type { Path } from '../core/locate.js';
import { shown } from '../core/text.js';
import { isMapping } from './prometheus-groups.js';
import type { Kind, Model, Site, StructureIssue } from './types.js';

/**
 * OpenSLO (`openslo/v1` and `openslo/v1alpha`): one object per document, or a list of them.
 * The OpenSLO Go SDK is the loader: it refuses unknown fields (the schema) and validates each
 * object; what its validation checks across fields is checked here. Each AlertPolicy, standing
 * alone or inlined in an SLO, is an alert.
 */

type Data = Record<string, unknown>;

const VERSIONS = new Set(['openslo/v1', 'openslo/v1alpha']);

function isObject(value: unknown): value is Data {
  return isMapping(value) && typeof value.apiVersion === 'string' && VERSIONS.has(value.apiVersion);
}

export const openslo: Kind = {
  id: 'openslo',
  title: 'OpenSLO',
  extensions: ['yml', 'yaml', 'json'],
  sniff: (text) => text.includes('openslo/v1'),
  // A list holding another version (the draft `openslo.com/v2alpha`) is not claimed.
  detect: (value) => isObject(value) || (Array.isArray(value) && value.length > 0 && value.every(isObject)),
  recognizedBy: '`apiVersion: openslo/v1` (SLO, SLI, AlertPolicy, AlertCondition, Service, DataSource, ...)',
  reference: 'https://github.com/OpenSLO/OpenSLO#specification',
  validator: () => import('../generated/validators/openslo.js').then((m) => m.default),
  checkStructure(value) {
    const issues: StructureIssue[] = [];
    for (const [object, path] of objectsIn(value)) {
      const spec = object.spec;
      if (!isMapping(spec)) continue;
      const at = (...rest: Path) => [...path, 'spec', ...rest];
      if (object.apiVersion === 'openslo/v1alpha') {
        if (object.kind === 'SLO') checkV1alphaSlo(spec, at(), issues);
        continue;
      }
      if (object.kind === 'SLO') checkSlo(spec, at(), issues);
      if (object.kind === 'SLI') checkSli(spec, at(), issues);
      if (object.kind === 'AlertPolicy') checkAlertPolicy(spec, at(), issues);
    }
    return issues;
  },
  extract(value, doc, model) {
    for (const [object, path] of objectsIn(value)) {
      if (object.apiVersion !== 'openslo/v1') continue;
      if (object.kind === 'AlertPolicy') addAlert(this.id, object, path, undefined, doc, model);
      if (object.kind !== 'SLO' || !isMapping(object.spec) || !Array.isArray(object.spec.alertPolicies)) continue;
      const slo = isMapping(object.metadata) && typeof object.metadata.name === 'string' ? object.metadata.name : undefined;
      object.spec.alertPolicies.forEach((policy, index) => {
        // An `alertPolicyRef` points at an AlertPolicy that is an alert where it is defined.
        if (isMapping(policy) && isMapping(policy.metadata)) addAlert(this.id, policy, [...path, 'spec', 'alertPolicies', index], slo, doc, model);
      });
    }
  },
};

/** The document's objects with their paths: the document itself, or each item of a list. */
function objectsIn(value: unknown): [Data, Path][] {
  if (Array.isArray(value)) return value.flatMap((item, index): [Data, Path][] => (isMapping(item) ? [[item, [index]]] : []));
  return isMapping(value) ? [[value, []]] : [];
}

// --- v1 -----------------------------------------------------------------------------------------

function checkSlo(spec: Data, path: Path, issues: StructureIssue[]): void {
  const objectives = Array.isArray(spec.objectives) ? spec.objectives : [];
  const composite = objectives.some((o) => isMapping(o) && (has(o, 'indicator') || has(o, 'indicatorRef')));
  const ownIndicator = has(spec, 'indicator') || has(spec, 'indicatorRef');
  if (!composite && !ownIndicator) {
    issues.push({
      path,
      target: 'key',
      message: 'This SLO has no indicator: set `indicator` or `indicatorRef` (or one on each objective, for a composite SLO).',
      help: 'The indicator says what the SLO measures: an inline SLI under `indicator`, or the name of an SLI in `indicatorRef`.',
    });
  } else if (composite && ownIndicator) {
    issues.push({
      path: [...path, has(spec, 'indicator') ? 'indicator' : 'indicatorRef'],
      target: 'key',
      message: 'This SLO has an indicator of its own and indicators on its objectives; OpenSLO takes one or the other.',
      help: 'A standard SLO sets its indicator once; a composite SLO sets one on each objective.',
    });
  }
  onlyOne(spec, ['indicator', 'indicatorRef'], path, issues);
  if (isMapping(spec.indicator) && isMapping(spec.indicator.spec)) checkSli(spec.indicator.spec, [...path, 'indicator', 'spec'], issues);
  const indicatorSpec = isMapping(spec.indicator) && isMapping(spec.indicator.spec) ? spec.indicator.spec : undefined;
  objectives.forEach((objective, index) => {
    if (!isMapping(objective)) return;
    const at: Path = [...path, 'objectives', index];
    exactlyOne(objective, ['target', 'targetPercent'], at, 'This objective', issues);
    if (composite) onlyOne(objective, ['indicator', 'indicatorRef'], at, issues);
    if (isMapping(objective.indicator) && isMapping(objective.indicator.spec)) checkSli(objective.indicator.spec, [...at, 'indicator', 'spec'], issues);
    if (isMapping(indicatorSpec?.ratioMetric)) {
      for (const key of ['value', 'op']) if (has(objective, key)) issues.push(forbiddenForRatio([...at, key], key));
    } else if (isMapping(indicatorSpec?.thresholdMetric)) {
      for (const key of ['value', 'op']) if (!has(objective, key)) issues.push(requiredIn(at, key, 'an objective of a threshold SLI, which compares each value with it'));
    }
    if (spec.budgetingMethod === 'Timeslices' || spec.budgetingMethod === 'RatioTimeslices') {
      const keys = spec.budgetingMethod === 'Timeslices' ? ['timeSliceTarget', 'timeSliceWindow'] : ['timeSliceWindow'];
      for (const key of keys) if (!has(objective, key)) issues.push(requiredIn(at, key, `an objective with budgeting method \`${spec.budgetingMethod}\``));
    }
  });
  (Array.isArray(spec.timeWindow) ? spec.timeWindow : []).forEach((window, index) => checkTimeWindow(window, [...path, 'timeWindow', index], issues));
  (Array.isArray(spec.alertPolicies) ? spec.alertPolicies : []).forEach((policy, index) => {
    const at: Path = [...path, 'alertPolicies', index];
    if (!isMapping(policy)) return;
    refOrInline(policy, 'alertPolicyRef', 'AlertPolicy', at, 'This alert policy', issues);
    if (isMapping(policy.spec)) checkAlertPolicy(policy.spec, [...at, 'spec'], issues);
  });
}

function checkSli(spec: Data, path: Path, issues: StructureIssue[]): void {
  exactlyOne(spec, ['thresholdMetric', 'ratioMetric'], path, 'This SLI', issues);
  const ratio = spec.ratioMetric;
  if (!isMapping(ratio)) return;
  const at: Path = [...path, 'ratioMetric'];
  exactlyOne(ratio, ['total', 'raw'], at, '`ratioMetric`', issues);
  if (has(ratio, 'raw')) {
    onlyOne(ratio, ['raw', 'good', 'bad'], at, issues);
    if (!has(ratio, 'rawType')) issues.push(requiredIn(at, 'rawType', 'a ratio with `raw` (`success` or `failure`: what the raw ratio counts)'));
  } else if (has(ratio, 'total')) {
    exactlyOne(ratio, ['good', 'bad'], at, '`ratioMetric` with `total`', issues);
  }
}

function checkAlertPolicy(spec: Data, path: Path, issues: StructureIssue[]): void {
  for (const [key, ref, kind, what] of [
    ['conditions', 'conditionRef', 'AlertCondition', 'This condition'],
    ['notificationTargets', 'targetRef', 'AlertNotificationTarget', 'This notification target'],
  ] as const) {
    const items = spec[key];
    if (!Array.isArray(items)) continue;
    items.forEach((item, index) => {
      if (isMapping(item)) refOrInline(item, ref, kind, [...path, key, index], what, issues);
    });
  }
}

/** An entry that either refers to an object by name or holds it inline (`kind`, `metadata`, `spec`). */
function refOrInline(item: Data, ref: string, kind: string, path: Path, what: string, issues: StructureIssue[]): void {
  const inline = ['kind', 'metadata', 'spec'].filter((key) => has(item, key));
  if (has(item, ref) && inline.length > 0) {
    issues.push({
      path: [...path, inline[0]],
      target: 'key',
      message: `${what} sets both \`${ref}\` and an inline ${kind}; set one of them.`,
      help: `\`${ref}\` names a ${kind} defined elsewhere; an inline one has \`kind\`, \`metadata\` and \`spec\`.`,
    });
  } else if (!has(item, ref) && inline.length === 0) {
    issues.push({
      path,
      message: `${what} is empty: set \`${ref}\`, or an inline ${kind} with \`kind\`, \`metadata\` and \`spec\`.`,
    });
  } else if (inline.length > 0) {
    for (const key of ['kind', 'metadata', 'spec']) if (!has(item, key)) issues.push(requiredIn(path, key, `an inline ${kind}`));
  }
}

// --- v1alpha ------------------------------------------------------------------------------------

function checkV1alphaSlo(spec: Data, path: Path, issues: StructureIssue[]): void {
  const objectives = Array.isArray(spec.objectives) ? spec.objectives : [];
  const ratio = objectives.some((o) => isMapping(o) && has(o, 'ratioMetrics'));
  if (ratio === has(spec, 'indicator')) {
    issues.push({
      path: ratio ? [...path, 'indicator'] : path,
      target: 'key',
      message: ratio
        ? 'This SLO has both an `indicator` and objectives with `ratioMetrics`; OpenSLO takes one or the other.'
        : 'This SLO has no indicator: set `indicator` (a threshold metric) or `ratioMetrics` on its objectives.',
    });
  }
  objectives.forEach((objective, index) => {
    if (!isMapping(objective)) return;
    const at: Path = [...path, 'objectives', index];
    if (has(objective, 'ratioMetrics') && has(objective, 'op')) issues.push(forbiddenForRatio([...at, 'op'], 'op'));
    if (!has(objective, 'ratioMetrics') && !has(objective, 'op')) issues.push(requiredIn(at, 'op', 'an objective of a threshold metric'));
    if (spec.budgetingMethod === 'Timeslices' && !has(objective, 'timeSliceTarget')) {
      issues.push(requiredIn(at, 'timeSliceTarget', 'an objective with budgeting method `Timeslices`'));
    }
  });
  (Array.isArray(spec.timeWindows) ? spec.timeWindows : []).forEach((window, index) => checkTimeWindow(window, [...path, 'timeWindows', index], issues));
}

// --- shared -------------------------------------------------------------------------------------

/** A calendar window (`isRolling: false`) needs its calendar; a rolling one has none. */
function checkTimeWindow(window: unknown, path: Path, issues: StructureIssue[]): void {
  if (!isMapping(window)) return;
  const rolling = window.isRolling === true || (typeof window.isRolling === 'string' && /^(y|yes|true|on)$/i.test(window.isRolling));
  if (rolling && has(window, 'calendar')) {
    issues.push({ path: [...path, 'calendar'], target: 'key', message: '`calendar` cannot be set on a rolling time window (`isRolling: true`).' });
  } else if (!rolling && !has(window, 'calendar')) {
    issues.push({
      path,
      message: 'This time window is a calendar window (`isRolling` is not true), so it needs a `calendar` with `startTime` and `timeZone`.',
      help: 'Add `calendar`, or set `isRolling: true` for a window that moves with time.',
    });
  }
  const calendar = window.calendar;
  if (!isMapping(calendar)) return;
  if (typeof calendar.startTime === 'string' && !isDateTime(calendar.startTime)) {
    issues.push({
      path: [...path, 'calendar', 'startTime'],
      message: `\`${shown(calendar.startTime)}\` is not a date and time written as \`2006-01-02 15:04:05\`.`,
    });
  } else if (!has(calendar, 'startTime')) {
    issues.push(requiredIn([...path, 'calendar'], 'startTime', 'a calendar (the start, written as `2006-01-02 15:04:05`)'));
  }
  if (typeof calendar.timeZone === 'string' && !isTimeZone(calendar.timeZone)) {
    issues.push({
      path: [...path, 'calendar', 'timeZone'],
      message: `\`${shown(calendar.timeZone)}\` is not a time zone name, such as \`UTC\` or \`America/New_York\`.`,
    });
  }
}

/** Go's `time.Parse(time.DateTime, ...)`: the layout's fields, real dates only (fractional seconds may follow). */
function isDateTime(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d+)?$/.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
}

/** Go's `time.LoadLocation`: an IANA zone name, `UTC`, `Local`, or empty (UTC). */
function isTimeZone(name: string): boolean {
  let known = timeZones.get(name);
  if (known === undefined) {
    known = name === '' || name === 'Local' || name === 'UTC' || intlKnows(name);
    // A zone is looked up once: Intl is slow to ask, and a file names few zones.
    if (timeZones.size < 1000) timeZones.set(name, known);
  }
  return known;
}

const timeZones = new Map<string, boolean>();

function intlKnows(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Whether a field is set: Go decodes an explicit `null` as not set. */
function has(object: Data, key: string): boolean {
  return object[key] !== undefined && object[key] !== null;
}

/** At most one of the keys (the SDK's MutuallyExclusive without `required`). */
function onlyOne(object: Data, keys: readonly string[], path: Path, issues: StructureIssue[]): void {
  const set = keys.filter((key) => has(object, key));
  if (set.length < 2) return;
  issues.push({
    path: [...path, set[1]],
    target: 'key',
    message: `${list(set)} are ${set.length === 2 ? 'both' : 'all'} set; set only one of them.`,
  });
}

/** Exactly one of the keys (the SDK's MutuallyExclusive with `required`). */
function exactlyOne(object: Data, keys: readonly string[], path: Path, what: string, issues: StructureIssue[]): void {
  if (keys.some((key) => has(object, key))) onlyOne(object, keys, path, issues);
  else issues.push({ path, message: `${what} needs one of ${list(keys, 'or')}.` });
}

function list(keys: readonly string[], conjunction = 'and'): string {
  const quoted = keys.map((key) => `\`${key}\``);
  return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}

function requiredIn(path: Path, key: string, where: string): StructureIssue {
  return { path, message: `\`${key}\` is required in ${where}.` };
}

function forbiddenForRatio(path: Path, key: string): StructureIssue {
  return {
    path,
    target: 'key',
    message: `\`${key}\` is set on an objective of a ratio SLI; the OpenSLO SDK refuses it there.`,
    help: 'A ratio objective sets only its `target`; `op` and `value` belong to objectives of a threshold SLI.',
  };
}

// --- alerts -------------------------------------------------------------------------------------

/**
 * An AlertPolicy as an alert: its name; its `metadata.labels` as labels (an OpenSLO label may
 * hold a list: the first item is the value, and its site); its `metadata.annotations`; the
 * severity of its inline condition.
 */
function addAlert(kind: string, policy: Data, path: Path, slo: string | undefined, doc: number, model: Model): void {
  const metadata = isMapping(policy.metadata) ? policy.metadata : {};
  if (typeof metadata.name !== 'string') return;
  const site: Site = { doc, path };
  const labels: Record<string, string> = {};
  const labelSites: Record<string, Site> = {};
  if (isMapping(metadata.labels)) {
    for (const [key, value] of Object.entries(metadata.labels)) {
      const first = Array.isArray(value) ? value[0] : value;
      labels[key] = typeof first === 'string' ? first : '';
      if (Array.isArray(value) && value.length > 0) labelSites[key] = { doc, path: [...path, 'metadata', 'labels', key, 0] };
    }
  }
  const annotations: Record<string, string> = {};
  if (isMapping(metadata.annotations)) {
    for (const [key, value] of Object.entries(metadata.annotations)) annotations[key] = typeof value === 'string' ? value : '';
  }
  model.alerts.push({
    kind,
    name: metadata.name,
    site,
    group: slo,
    labels,
    labelsSite: isMapping(metadata.labels) ? { doc, path: [...path, 'metadata', 'labels'] } : { doc, path: [...path, 'metadata'] },
    labelSites,
    annotations,
    annotationsSite: isMapping(metadata.annotations) ? { doc, path: [...path, 'metadata', 'annotations'] } : { doc, path: [...path, 'metadata'] },
    severity: conditionSeverity(policy, path, doc),
  });
}

/** The severity of the policy's inline condition (a `conditionRef` points at a condition defined elsewhere). */
function conditionSeverity(policy: Data, path: Path, doc: number): { value: string; site: Site } | undefined {
  const conditions = isMapping(policy.spec) && Array.isArray(policy.spec.conditions) ? policy.spec.conditions : [];
  const condition = conditions[0];
  if (!isMapping(condition) || !isMapping(condition.spec) || typeof condition.spec.severity !== 'string') return undefined;
  return { value: condition.spec.severity, site: { doc, path: [...path, 'spec', 'conditions', 0, 'spec', 'severity'] } };
}
