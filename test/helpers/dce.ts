import { join } from 'node:path';
import { loadCatalog } from '../../src/load/catalog.js';
import { prepare } from '../../src/generate/pipeline.js';
import { loadTemplates } from '../../src/compose/templates.js';
import { loadDocumentWords } from '../../src/wording/overrides.js';
import type { DceContext } from '../../src/compose/dce/context.js';
import type { DocumentModel } from '../../src/compose/document.js';
import { ROOT } from './cli.js';

/** The DCE composers' context for an example, built as the pipeline builds the specification's. */
export function exampleContext(name: string, lang?: 'fr' | 'en'): DceContext {
  const { loaded, grid } = prepare(join(ROOT, 'examples', `${name}.yaml`), loadCatalog(), lang);
  return { spec: loaded, grid, templates: loadTemplates(grid.lang), words: loadDocumentWords(grid.lang) };
}

/** Every text of a document model, block by block, in reading order. */
export function modelTexts(doc: DocumentModel): string[] {
  const out: string[] = [];
  const runs = (rs: readonly (string | { text: string })[]): string => rs.map((r) => (typeof r === 'string' ? r : r.text)).join('');
  for (const s of doc.sections) {
    for (const b of s.blocks) {
      if (b.type === 'heading') out.push(b.text);
      else if (b.type === 'paragraph') out.push(runs(b.runs));
      else if (b.type === 'list') out.push(...b.items.map(runs));
      else if (b.type === 'table') {
        out.push(b.columns.map((c) => c.header).join(' | '));
        for (const row of b.rows) out.push(row.map((c) => (typeof c === 'string' ? c : [runs(c.runs), ...(c.more ?? []).map(runs)].join(' '))).join(' | '));
      }
    }
  }
  return out;
}
