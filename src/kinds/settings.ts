/** Run-wide settings that change what a format allows, read from the config's format sections. */
export interface Settings {
  /**
   * How metric, label and annotation names are validated, as Prometheus's
   * `metric_name_validation_scheme`: `utf8` (Prometheus 3, any UTF-8 name) or `legacy`
   * (Prometheus 2: `[a-zA-Z_:][a-zA-Z0-9_:]*` for metrics, no `:` in label names).
   */
  nameValidation: 'utf8' | 'legacy';
  /**
   * Configs split over several files (`configs:`), each linted as the one config its files
   * form; absent when none is declared.
   */
  configSets?: readonly ConfigSet[];
}

/** Files that the program loads together as one config, in the order it merges them. */
export interface ConfigSet {
  kind: string;
  /** Paths or globs relative to the root; a glob's files are taken in path order. */
  files: readonly string[];
}

export const DEFAULT_SETTINGS: Settings = { nameValidation: 'utf8' };
