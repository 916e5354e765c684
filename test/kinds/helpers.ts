import { parseYaml } from '../../src/core/load.js';
import { KINDS } from '../../src/kinds/index.js';
import { DEFAULT_SETTINGS } from '../../src/kinds/settings.js';
import { emptyModel, type Model } from '../../src/kinds/types.js';

/** The kind the engine picks for each document of a text (the first whose `detect` matches), or null. */
export async function detectedKinds(text: string): Promise<(string | null)[]> {
  const { documents } = await parseYaml(text);
  return documents.map((document) => KINDS.find((kind) => kind.detect(document.value))?.id ?? null);
}

/** What the kinds extract from a text, documents numbered as the engine numbers them. */
export async function extracted(text: string): Promise<Model> {
  const { documents } = await parseYaml(text);
  const model = emptyModel();
  documents.forEach((document, index) => KINDS.find((kind) => kind.detect(document.value))?.extract(document.value, index, model, DEFAULT_SETTINGS));
  return model;
}

/** The first document's data. */
export async function parsed(text: string): Promise<unknown> {
  return (await parseYaml(text)).documents[0]?.value;
}
