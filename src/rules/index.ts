import alertOwner from './alert-owner.js';
import alertmanagerConfig from './alertmanager-config.js';
import alertmanagerDeprecated from './alertmanager-deprecated.js';
import alertRoutingRule from './alert-routing.js';
import alertRunbook from './alert-runbook.js';
import alertSeverity from './alert-severity.js';
import duplicateRule from './duplicate-rule.js';
import logqlSyntax from './logql-syntax.js';
import promqlSyntax from './promql-syntax.js';
import schema from './schema.js';
import templateSyntax from './template-syntax.js';
import type { Rule } from './types.js';
import unreadableFile from './unreadable-file.js';
import yamlStrict from './yaml-strict.js';
import yamlSyntax from './yaml-syntax.js';

/** Every rule, by id. Ids are part of the interface: configs and suppressions name them. */
export const RULES: readonly Rule<object>[] = [
  yamlSyntax,
  yamlStrict,
  schema,
  unreadableFile,
  promqlSyntax,
  logqlSyntax,
  templateSyntax,
  duplicateRule,
  alertOwner,
  alertRunbook,
  alertSeverity,
  alertRoutingRule,
  alertmanagerConfig,
  alertmanagerDeprecated,
] as Rule<object>[];
