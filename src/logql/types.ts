/** A problem with a LogQL expression, at offsets into its text (0-based, end exclusive). */
export interface LogqlProblem {
  start: number;
  end: number;
  message: string;
}
