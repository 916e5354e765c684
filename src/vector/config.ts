import type { Path } from '../core/locate.js';
import { isMapping } from '../kinds/prometheus-groups.js';

/**
 * A Vector config read the way Vector's `ConfigBuilder` reads it, shared by the kind's
 * structure checks and extraction: sources, transforms and sinks by name, with their
 * `inputs`, and memory enrichment tables, which also take part in the topology.
 */

export type VectorSection = 'sources' | 'transforms' | 'sinks' | 'enrichment_tables';

export interface VectorComponent {
  section: VectorSection;
  id: string;
  type: string;
  settings: Record<string, unknown>;
  path: Path;
  /** Its `inputs`, for transforms, sinks and enrichment tables. */
  inputs?: VectorInput[];
}

export interface VectorInput {
  written: string;
  path: Path;
}

export interface VectorConfig {
  components: VectorComponent[];
  /** Whether it is a unit-test config: `tests`, and no sources nor sinks (`vector test` supplies them). */
  testOnly: boolean;
}

export function readVector(value: unknown): VectorConfig {
  const data = isMapping(value) ? value : {};
  const components: VectorComponent[] = [];
  for (const section of ['sources', 'transforms', 'sinks', 'enrichment_tables'] as const) {
    const map = data[section];
    if (!isMapping(map)) continue;
    for (const [id, settings] of Object.entries(map)) {
      const body = isMapping(settings) ? settings : {};
      const path = [section, id];
      const component: VectorComponent = { section, id, type: typeof body.type === 'string' ? body.type : '', settings: body, path };
      if (section !== 'sources') component.inputs = inputsOf(body.inputs, [...path, 'inputs']);
      components.push(component);
    }
  }
  const has = (section: VectorSection) => components.some((c) => c.section === section);
  return { components, testOnly: Array.isArray(data.tests) && !has('sources') && !has('sinks') };
}

function inputsOf(value: unknown, path: Path): VectorInput[] {
  if (!Array.isArray(value)) return [];
  const inputs: VectorInput[] = [];
  value.forEach((item, index) => {
    if (typeof item === 'string') inputs.push({ written: item, path: [...path, index] });
  });
  return inputs;
}

/** Whether an input is a glob pattern (Rust's `glob` crate: `*`, `?`, `[...]`), which Vector expands against output ids. */
export function isGlob(input: string): boolean {
  return /[*?[]/.test(input);
}
