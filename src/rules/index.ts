import alertOwner from './alert-owner.js';
import alertRoutingRule from './alert-routing.js';
import alertRunbook from './alert-runbook.js';
import alertSeverity from './alert-severity.js';
import alertmanagerConfig from './alertmanager-config.js';
import alertmanagerDeprecated from './alertmanager-deprecated.js';
import duplicateRule from './duplicate-rule.js';
import exporterInsecure from './exporter-insecure.js';
import fluentBitSyntax from './fluent-bit-syntax.js';
import invalidSuppression from './invalid-suppression.js';
import logFormat from './log-format.js';
import logqlSyntax from './logql-syntax.js';
import otelBatch from './otel-batch.js';
import otelDebugExporter from './otel-debug-exporter.js';
import otelMemoryLimiter from './otel-memory-limiter.js';
import otelSampling from './otel-sampling.js';
import pipelineCycle from './pipeline-cycle.js';
import pipelineIncomplete from './pipeline-incomplete.js';
import pipelineUndefinedComponent from './pipeline-undefined-component.js';
import pipelineUnusedComponent from './pipeline-unused-component.js';
import promqlSyntax from './promql-syntax.js';
import requiredAttributes from './required-attributes.js';
import schema from './schema.js';
import secretInConfig from './secret-in-config.js';
import templateSyntax from './template-syntax.js';
import tomlSyntax from './toml-syntax.js';
import unreadableFile from './unreadable-file.js';
import unusedSuppression from './unused-suppression.js';
import yamlStrict from './yaml-strict.js';
import yamlSyntax from './yaml-syntax.js';
import type { Rule } from './types.js';

/** Every rule, by id. Ids are part of the interface: configs and suppressions name them. */
export const RULES: readonly Rule<object>[] = [
  yamlSyntax,
  yamlStrict,
  tomlSyntax,
  fluentBitSyntax,
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
  otelMemoryLimiter,
  otelBatch,
  otelSampling,
  otelDebugExporter,
  exporterInsecure,
  invalidSuppression,
  unusedSuppression,
  pipelineUndefinedComponent,
  pipelineUnusedComponent,
  pipelineIncomplete,
  pipelineCycle,
  secretInConfig,
  logFormat,
  requiredAttributes,
] as Rule<object>[];
