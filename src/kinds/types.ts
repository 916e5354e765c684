import type { ValidateFunction } from 'ajv';
import type { Path, Target } from '../core/locate.js';
import type { ParsedText } from '../engine/load.js';
import type { Settings } from './settings.js';

/** Where a thing sits: which document of the file, and the path to it in that document. */
export interface Site {
  doc: number;
  path: Path;
}

export type QueryLanguage = 'promql' | 'logql';

/** An alert from any format, normalized so one rule can check them all. */
export interface Alert {
  /** The kind that defined it, e.g. `prometheus-rules`. */
  kind: string;
  name: string;
  /** The whole alert definition. */
  site: Site;
  /** The group or folder it belongs to, when the format has one. */
  group?: string;
  labels: Record<string, string>;
  /** Where labels are written, or where they would go (the alert itself when it has none). */
  labelsSite: Site;
  /** Where a label is written, when not at `labelsSite` + its key (a Datadog tag in a list). */
  labelSites?: Record<string, Site>;
  annotations: Record<string, string>;
  annotationsSite: Site;
  /** Where an annotation is written, when not at `annotationsSite` + its key. */
  annotationSites?: Record<string, Site>;
  query?: Query;
  for?: string;
  /** Values the loading program parses as Go templates, when it does (Prometheus: the rule's own labels and annotations). */
  templates?: Template[];
}

/** A string the loading program parses as a Go `text/template`. */
export interface Template {
  text: string;
  site: Site;
}

export interface RecordingRule {
  kind: string;
  name: string;
  site: Site;
  group?: string;
  labels: Record<string, string>;
  query?: Query;
}

export interface Query {
  language: QueryLanguage;
  text: string;
  site: Site;
}

/** A document a kind claimed, for the rules of that kind only (they know its shape). */
export interface KindDocument {
  kind: string;
  doc: number;
  value: unknown;
}

/**
 * What the kinds extract from a file. Alerts, rules and queries are normalized so one rule
 * checks them in every format; what only one format has stays in its `documents`.
 */
export interface Model {
  alerts: Alert[];
  recordingRules: RecordingRule[];
  queries: Query[];
  documents: KindDocument[];
}

export function emptyModel(): Model {
  return { alerts: [], recordingRules: [], queries: [], documents: [] };
}

/** A structural mistake a JSON Schema cannot express (duplicate names, ...), reported as `schema`. */
export interface StructureIssue {
  path: Path;
  target?: Target;
  message: string;
  help?: string;
}

/** One config format. Adding a format means adding one of these, not changing the engine. */
export interface Kind {
  id: string;
  /** What people call the format, for docs and messages. */
  title: string;
  /** File name endings this kind can claim; they form the default `include`. */
  extensions: readonly string[];
  /**
   * A cheap test on the raw text, run before parsing: false means "certainly not mine", so
   * files no kind could claim are never parsed.
   */
  sniff(text: string): boolean;
  /**
   * Parsers for formats that are not YAML (which JSON is), by file ending: a kind that reads
   * TOML or a format of its own brings its parser, with positions, here.
   */
  parsers?: Readonly<Record<string, (text: string) => ParsedText>>;
  /** Whether a parsed document is of this kind. */
  detect(value: unknown): boolean;
  /** The format's own reference, for the help line of a schema finding. */
  reference: string;
  /**
   * Its JSON Schema (`schemas/<kind>.schema.json`), compiled at build time and loaded the first
   * time a document of the kind is met: a run pays only for the formats it lints.
   */
  validator(): Promise<ValidateFunction>;
  /** Checks a schema cannot express (unique names, ...); must cope with any shape of data. */
  checkStructure?(value: unknown, settings: Settings): StructureIssue[];
  /** Adds this document's alerts, rules and queries to the file's model. */
  extract(value: unknown, doc: number, model: Model, settings: Settings): void;
}
