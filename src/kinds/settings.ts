/** Run-wide settings that change what a format allows or what policy asks, read from the config's sections. */
export interface Settings {
  /**
   * How metric, label and annotation names are validated, as Prometheus's
   * `metric_name_validation_scheme`: `utf8` (Prometheus 3, any UTF-8 name) or `legacy`
   * (Prometheus 2: `[a-zA-Z_:][a-zA-Z0-9_:]*` for metrics, no `:` in label names).
   */
  nameValidation: 'utf8' | 'legacy';
  owners: {
    /** Owner names or glob patterns that count, from `owners.allowed` and `owners.teams-file`; empty: any. */
    allowed: string[];
    /**
     * How CODEOWNERS counts: `fallback` (an alert without an owner label is owned by its file's
     * code owners), `require` (an owner label must be one of them), `both`, or `off`.
     */
    codeowners: 'off' | 'fallback' | 'require' | 'both';
  };
  /**
   * Configs split over several files (`configs:`), each linted as the one config its files
   * form; absent when none is declared.
   */
  configSets?: readonly ConfigSet[];
  runbooks: {
    /** URL prefixes (or `/regex/`) a runbook URL must start with; empty: any http(s) URL. */
    urlPatterns: string[];
    /** Where a runbook is expected, such as `https://runbooks.acme.dev/{{ alertname }}`: the fix suggested. */
    template?: string;
    /** A runbook file in the repository must mention the alert's name. */
    mentionAlertName: boolean;
    /** Check that runbook URLs answer (opt-in: it makes HTTP requests). */
    checkLinks: boolean;
  };
}

/** Files that the program loads together as one config, in the order it merges them. */
export interface ConfigSet {
  kind: string;
  /** Paths or globs relative to the root; a glob's files are taken in path order. */
  files: readonly string[];
}

export const DEFAULT_SETTINGS: Settings = {
  nameValidation: 'utf8',
  owners: { allowed: [], codeowners: 'off' },
  runbooks: { urlPatterns: [], mentionAlertName: false, checkLinks: false },
};
