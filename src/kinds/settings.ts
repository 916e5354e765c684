/** Run-wide settings that change what a format allows, read from the config's format sections. */
export interface Settings {
  /**
   * How metric, label and annotation names are validated, as Prometheus's
   * `metric_name_validation_scheme`: `utf8` (Prometheus 3, any UTF-8 name) or `legacy`
   * (Prometheus 2: `[a-zA-Z_:][a-zA-Z0-9_:]*` for metrics, no `:` in label names).
   */
  nameValidation: 'utf8' | 'legacy';
}

export const DEFAULT_SETTINGS: Settings = { nameValidation: 'utf8' };
