import type { ValidateFunction } from 'ajv';
import type { Path, Target } from '../core/locate.js';
import type { ParsedText } from '../core/load.js';
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
  /**
   * The format's own severity, when it has one outside the labels (a Datadog monitor's
   * `priority`); where labels carry it (`severity: page`) this stays unset.
   */
  severity?: { value: string; site: Site };
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

/** What a component of a telemetry pipeline does with data. */
export type ComponentRole = 'source' | 'processor' | 'sink' | 'connector' | 'extension';

/** A component a pipeline config defines: an OTel receiver, a Fluent Bit input, a Vector sink... */
export interface Component {
  /** Its id as references write it: `otlp/2`, `my_source`, a Fluent Bit section's `Name` + index. */
  id: string;
  /** Its type (`otlp`, `kafka`, `tail`, `remap`), what policy rules look at. */
  type: string;
  role: ComponentRole;
  site: Site;
  /** Its settings, as written (for policy rules: TLS, endpoints, formats). */
  settings: Record<string, unknown>;
  /** Where its settings are, for findings about one of them. */
  settingsSite: Site;
  /**
   * A Fluent Bit input's (or emitter's) tags, as `Match` patterns (`*` for what is known only
   * at run time): what a `Match` in another file of a set is matched against.
   */
  tags?: readonly string[];
}

/**
 * A reference from one place of a config to a component: an OTel pipeline listing a receiver,
 * a Vector component's `inputs`, a Fluent Bit output's `Match` against input tags. `pattern`
 * references (Vector's `app*`, Fluent Bit's `kube.*`) match every id they match.
 */
export interface Reference {
  /** What is referred to: an id, or a pattern when `pattern` is set. */
  target: string;
  /** A glob (Vector's `inputs`, Fluent Bit's `Match`) or a Fluent Bit `Match_Regex`. */
  pattern?: 'glob' | 'regex';
  /** The role the target must have (an OTel pipeline's `receivers` take receivers or connectors). */
  roles: readonly ComponentRole[];
  /** The component or pipeline that holds the reference (its id), for the graph. */
  from: string;
  site: Site;
}

/** A named chain of components, where the format has them (OTel `service.pipelines`). */
export interface Pipeline {
  /** `traces`, `logs/2`. */
  name: string;
  /** The signal it carries: traces, metrics, logs (or profiles). */
  signal: string;
  site: Site;
  sources: Reference[];
  processors: Reference[];
  sinks: Reference[];
}

/**
 * A telemetry pipeline config (OTel Collector, Fluent Bit, Vector), normalized so the wiring
 * rules are written once: what is defined, what refers to what, and named pipelines.
 */
export interface PipelineConfig {
  kind: string;
  components: Component[];
  references: Reference[];
  pipelines: Pipeline[];
  /** Where the config starts (for findings about the whole config). */
  site: Site;
  /** Whether data flowing in a cycle is a fault to report (Vector, OTel connectors, Fluent Bit's rewrite_tag). */
  acyclic: boolean;
  /**
   * A fragment of a config: a Fluent Bit file that includes others, one with no `service` that
   * lacks inputs or outputs, or one so large its references were cut. The wiring rules wait
   * until its parts are linted together, declared under `configs:`.
   */
  partial?: boolean;
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
  pipelines: PipelineConfig[];
  documents: KindDocument[];
}

export function emptyModel(): Model {
  return { alerts: [], recordingRules: [], queries: [], pipelines: [], documents: [] };
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
  parsers?: Readonly<Record<string, (text: string) => ParsedText | Promise<ParsedText>>>;
  /**
   * Its program reads a `.json` file with a JSON parser (the Datadog API, kubectl, Vector), so
   * what Go's YAML reader would say about valid JSON does not apply. Without it, the program
   * reads JSON with its YAML reader (Prometheus, the Collector) and the notices stand.
   */
  readsJson?: boolean;
  /** Whether a parsed document is of this kind. */
  detect(value: unknown): boolean;
  /** How obslint tells a document is of this kind, for the docs. */
  recognizedBy: string;
  /** The format's own reference, for the help line of a schema finding. */
  reference: string;
  /**
   * Its JSON Schema (`schemas/<kind>.schema.json`), compiled at build time and loaded the first
   * time a document of the kind is met: a run pays only for the formats it lints.
   */
  validator(): Promise<ValidateFunction>;
  /**
   * Checks a schema cannot express (unique names, ...); must cope with any shape of data.
   * `part`: the document is one file of a config split over several (`configs:`), so checks
   * that need the whole config (a receiver defined in another file) are left out: the
   * pipeline rules make them on the merged config.
   */
  checkStructure?(value: unknown, settings: Settings, part?: boolean): StructureIssue[];
  /** Adds this document's alerts, rules and queries to the file's model. */
  extract(value: unknown, doc: number, model: Model, settings: Settings): void;
}
