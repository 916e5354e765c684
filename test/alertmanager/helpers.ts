import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { checkAlertmanagerConfig } from '../../src/alertmanager/check.js';
import { humanize } from '../../src/engine/schema.js';
import { REPO_ROOT } from '../e2e-helpers.js';

export const HAS_AMTOOL = spawnSync('amtool', ['--version']).status === 0;

let compiled: ValidateFunction | undefined;

/** schemas/alertmanager.schema.json, compiled with the options of scripts/build-validators.mjs. */
export function alertmanagerSchema(): ValidateFunction {
  if (compiled) return compiled;
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
  ajv.addKeyword({ keyword: 'x-message', schemaType: 'string' });
  compiled = ajv.compile(JSON.parse(readFileSync(`${REPO_ROOT}/schemas/alertmanager.schema.json`, 'utf8')));
  return compiled;
}

/** Schema messages, for tables of expected findings. */
export function schemaMessages(value: unknown): string[] {
  const validate = alertmanagerSchema();
  return validate(value) ? [] : humanize(validate.errors ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** Every finding that means "Alertmanager would not load this": schema errors and non-warning issues. */
export function blockingFindings(value: unknown): string[] {
  const issues = checkAlertmanagerConfig(value).filter((issue) => issue.severity !== 'warning');
  return [...schemaMessages(value), ...issues.map((issue) => `${issue.id} at ${issue.path.join('.')}: ${issue.message}`)];
}

export function readYaml(file: string): unknown {
  return parse(readFileSync(file, 'utf8'));
}

/** The Alertmanager config inside a Kubernetes Secret (`stringData["alertmanager.yaml"]`), when it is one. */
export function unwrapSecret(value: unknown): unknown {
  const data = (value as { kind?: unknown; stringData?: Record<string, unknown> } | null)?.stringData;
  if ((value as { kind?: unknown })?.kind !== 'Secret' || typeof data?.['alertmanager.yaml'] !== 'string') return value;
  return parse(data['alertmanager.yaml']);
}

export function amtoolAccepts(file: string): boolean {
  return spawnSync('amtool', ['check-config', file], { encoding: 'utf8' }).status === 0;
}
