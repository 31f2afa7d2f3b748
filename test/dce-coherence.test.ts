import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/load/catalog.js';
import { prepare } from '../src/generate/pipeline.js';
import { renderDce } from '../src/dce/build.js';
import { checkCoherence, type CoherenceInput } from '../src/dce/coherence.js';
import { coherenceInput } from '../src/dce/coherence-files.js';
import { ROOT } from './helpers/cli.js';

const EXAMPLES = ['sicoval-waste', 'rural-mobility', 'school-catering'];
const catalog = loadCatalog();

async function mdInput(name: string, lang?: 'fr' | 'en'): Promise<CoherenceInput> {
  const { loaded, grid } = prepare(join(ROOT, 'examples', `${name}.yaml`), catalog, lang);
  return coherenceInput(await renderDce(loaded, grid, catalog, { format: 'md' }), grid.lang);
}

/** The same input with one piece's text edited: how each mutation test breaks the file on purpose. */
function edit(input: CoherenceInput, id: string, change: (text: string) => string): CoherenceInput {
  return { ...input, pieces: input.pieces.map((p) => (p.id === id ? { ...p, text: change(p.text) } : p)) };
}

describe('coherence of the tender file (Markdown texts)', () => {
  it.each(EXAMPLES)('%s: every reference resolves, weights, indicators and lots agree', async (name) => {
    const input = await mdInput(name);
    expect(input.pieces.map((p) => p.id).sort()).toEqual(['ae', 'cadre', 'ccap', 'cctp', 'grid-docx', 'rc']);
    expect(checkCoherence(input).map((d) => d.message)).toEqual([]);
  });

  it.each(EXAMPLES)('%s in English', async (name) => {
    expect(checkCoherence(await mdInput(name, 'en')).map((d) => d.message)).toEqual([]);
  });
});
