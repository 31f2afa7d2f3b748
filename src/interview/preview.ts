import type { Catalog } from '../load/catalog.js';
import { loadSpecText } from '../load/spec.js';
import type { Lang } from '../model/common.js';
import { InputError } from '../model/errors.js';
import { renderOutputs } from '../generate/pipeline.js';
import { selectCriteria } from '../select/select.js';
import { writeSetSync } from '../write/output-set.js';
import { t } from '../wording/catalog.js';
import type { Asker } from './types.js';

/**
 * A preview of the documents from the review screen, before anything is written where the buyer works: the same
 * pipeline as `generate` (select → compose → render), into a fresh temporary folder whose path is printed.
 */
export async function writePreview(o: { asker: Asker; lang: Lang; catalog: Catalog; text: string; name: string; dir: () => string }): Promise<string | undefined> {
  const { asker, lang } = o;
  const format = await asker.select<'docx' | 'md'>({
    key: 'preview.format',
    message: t(lang, 'interview.preview.format'),
    choices: [
      { value: 'docx', name: t(lang, 'interview.preview.docx') },
      { value: 'md', name: t(lang, 'interview.preview.md') },
    ],
    default: 'docx',
  });
  try {
    const loaded = loadSpecText(o.text, o.name);
    const grid = selectCriteria(loaded, o.catalog, lang);
    const files = await renderOutputs(loaded, grid, o.catalog, { format, layout: 'spec' }); // one document to read, not the whole DCE
    const dir = o.dir();
    writeSetSync(dir, files, { force: true, lang });
    asker.say(t(lang, 'interview.preview.written', { dir, files: files.map((f) => `  ${f.name}`).join('\n') }));
    return dir;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    asker.say(t(lang, 'interview.preview.failed', { problems: err.diagnostics.map((d) => `  • ${d.message}`).join('\n') }));
    return undefined;
  }
}
