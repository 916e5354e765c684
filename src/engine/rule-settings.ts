import { isDeepStrictEqual } from 'node:util';
import { severityRank, type Level } from '../core/findings.js';
import type { Path } from '../core/locate.js';
import { shown } from '../core/text.js';
import { RULES } from '../rules/index.js';
import type { ConfigProblem, Override, RawRuleSetting, RuleSetting } from './config.js';
import type { Layer } from './layers.js';

/**
 * The `rules:` and `overrides:` of the layers, merged in order, with the locks they set. A layer
 * that writes `locked: true` fixes the rule as it is at that point: its level (its default when
 * no layer set one) and every option (defaults included). The layers after it may raise the
 * level but not lower it, and may not change an option; no override, in any layer, may do
 * either, since an override from a layer before the lock would otherwise undo it for its files.
 */
export class RuleSettings {
  readonly problems: ConfigProblem[] = [];
  private readonly severities: Record<string, Level> = {};
  private readonly options: Record<string, Record<string, unknown>> = {};
  private readonly locks: Record<string, Lock> = {};
  /** Every override's setting so far: a lock set later checks them too. */
  private readonly overridden: OverrideSetting[] = [];

  /** A layer's `rules:`. */
  addRules(layer: Layer): void {
    for (const [id, given] of Object.entries(layer.raw.rules ?? {})) {
      const { severity, locked, options } = split(given);
      const at = (path: Path) => layer.locate(['rules', id, ...path]);
      const lock = this.locks[id];
      if (severity !== undefined) {
        if (lock && weaker(severity, this.severities[id])) {
          this.problems.push({ ...at(severityPath(given)), message: `\`${id}\` is locked at \`${this.severities[id]}\` by ${lock.by}; this config cannot turn it down to \`${severity}\`.` });
        } else this.severities[id] = severity;
      }
      if (lock) this.checkOptions(id, options, lock, (key) => at([key]), 'this config');
      this.options[id] = { ...this.options[id], ...options };
      if (locked === true && !lock) this.lock(id, layer.source);
    }
  }

  /** The rules of an entry of a layer's `overrides:`, as the run applies them. */
  addOverride(layer: Layer, index: number): Override['rules'] {
    const rules: Override['rules'] = {};
    for (const [id, given] of Object.entries(layer.raw.overrides?.[index].rules ?? {})) {
      const setting: OverrideSetting = { layer, path: ['overrides', index, 'rules', id], id, given };
      this.overridden.push(setting);
      this.checkOverride(setting);
      const { severity, options } = split(given);
      rules[id] = { ...(severity !== undefined && { severity }), ...(Object.keys(options).length > 0 && { options }) };
    }
    return rules;
  }

  /** Locked rules, with the config that locked each. */
  locked(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.locks).map(([id, lock]) => [id, lock.by]));
  }

  /** Every rule's level and options. */
  resolved(): Record<string, RuleSetting> {
    return Object.fromEntries(RULES.map((rule) => [rule.meta.id, { severity: this.severityOf(rule.meta.id), options: this.optionsOf(rule.meta.id) }]));
  }

  private lock(id: string, by: string): void {
    this.severities[id] = this.severityOf(id);
    this.locks[id] = { by, options: this.optionsOf(id) };
    for (const setting of this.overridden) if (setting.id === id) this.checkOverride(setting);
  }

  private checkOverride({ layer, path, id, given }: OverrideSetting): void {
    const lock = this.locks[id];
    if (!lock) return;
    const { severity, options } = split(given);
    if (severity !== undefined && weaker(severity, this.severities[id])) {
      this.problems.push({ ...layer.locate([...path, ...severityPath(given)]), message: `\`${id}\` is locked at \`${this.severities[id]}\` by ${lock.by}; an override cannot turn it down to \`${severity}\`.` });
    }
    this.checkOptions(id, options, lock, (key) => layer.locate([...path, key]), 'an override');
  }

  private checkOptions(id: string, options: Record<string, unknown>, lock: Lock, at: (key: string) => ReturnType<Layer['locate']>, who: string): void {
    for (const [key, value] of Object.entries(options)) {
      const was = lock.options[key];
      if (isDeepStrictEqual(value, was)) continue;
      const locked = was === undefined ? 'unset' : `at \`${asText(was)}\``;
      this.problems.push({ ...at(key), message: `\`${id}\` is locked by ${lock.by} with \`${key}\` ${locked}; ${who} cannot change it to \`${asText(value)}\`.` });
    }
  }

  private severityOf(id: string): Level {
    return this.severities[id] ?? RULES.find((rule) => rule.meta.id === id)!.meta.defaultSeverity;
  }

  private optionsOf(id: string): Record<string, unknown> {
    return { ...RULES.find((rule) => rule.meta.id === id)!.meta.options?.defaults, ...this.options[id] };
  }
}

interface Lock {
  /** The layer that locked the rule, as messages name it. */
  by: string;
  /** Its options when it was locked, defaults included. */
  options: Readonly<Record<string, unknown>>;
}

interface OverrideSetting {
  layer: Layer;
  /** Where the rule is written in the layer. */
  path: Path;
  id: string;
  given: RawRuleSetting;
}

function split(given: RawRuleSetting): { severity?: Level; locked?: boolean; options: Record<string, unknown> } {
  if (typeof given === 'string') return { severity: given, options: {} };
  const { severity, locked, ...options } = given;
  return { severity, locked, options };
}

/** Where a rule's level is written: the rule's value itself, or its `severity`. */
function severityPath(given: RawRuleSetting): Path {
  return typeof given === 'string' ? [] : ['severity'];
}

/** Whether `level` is weaker than `than` (`off` is the weakest). */
function weaker(level: Level, than: Level | undefined): boolean {
  if (than === undefined || than === 'off') return false;
  if (level === 'off') return true;
  return severityRank(level) > severityRank(than);
}

/** An option's value in a message, as JSON (which YAML reads too). */
function asText(value: unknown): string {
  return shown(JSON.stringify(value));
}
