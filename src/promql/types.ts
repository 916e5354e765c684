/** A problem with a PromQL expression, at offsets into its text (0-based, end exclusive). */
export interface PromqlProblem {
  start: number;
  end: number;
  message: string;
}

export interface PromqlOptions {
  /** 'utf8' (Prometheus >= 3, default): any UTF-8 metric/label name when quoted; 'legacy': [a-zA-Z_:][a-zA-Z0-9_:]* only. */
  names: 'utf8' | 'legacy';
}

/** The value types of Prometheus's type checker. */
export type ValueType = 'scalar' | 'vector' | 'matrix' | 'string';
