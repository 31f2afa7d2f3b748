import { join } from 'node:path';
import { it } from 'vitest';
import { loadCatalog } from '../src/load/catalog.js';
import { prepare } from '../src/generate/pipeline.js';
import { renderDce } from '../src/dce/build.js';
import { checkCoherence } from '../src/dce/coherence.js';
import { coherenceInput } from '../src/dce/coherence-files.js';
import { ROOT } from './helpers/cli.js';
const catalog = loadCatalog();
it('probe', async () => {
  for (const name of ['sicoval-waste', 'rural-mobility', 'school-catering']) for (const lang of ['fr', 'en'] as const) {
    const { loaded, grid } = prepare(join(ROOT, 'examples', `${name}.yaml`), catalog, lang);
    const input = coherenceInput(await renderDce(loaded, grid, catalog, { format: 'md' }), grid.lang, { loaded });
    console.log(name, lang, input.pieces.map((p) => `${p.id}:${p.file}`).join(' '));
    console.log(checkCoherence(input).map((d) => `${d.file}: ${d.message}`).join('\n'));
  }
});
