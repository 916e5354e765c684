import { loadRegexEngine } from '../src/promql/check.js';

// Tests call the PromQL checker directly; the engine loads the RE2 engine before a rule needs it.
await loadRegexEngine();
