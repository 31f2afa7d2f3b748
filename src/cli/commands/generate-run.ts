import { join } from 'node:path';
import { loadCatalog } from '../../load/catalog.js';
import { prepare, renderOutputs } from '../../generate/pipeline.js';
import { InputError } from '../../model/errors.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { assertWritable, writeFileAtomic } from '../../util/fs.js';
import { makeColor, printDiagnostics } from '../ui.js';
import type { GenerateCliOptions } from './generate.js';

/** generate: for each spec, load → select → compose → render in memory, then write all its files or none. */
export async function runGenerate(specs: readonly string[], opts: GenerateCliOptions): Promise<void> {
  const catalog = loadCatalog(opts.criteria);
  const c = makeColor(process.stdout);
  const failures: Diagnostic[] = [];
  const written: string[] = [];
  for (const file of specs) {
    try {
      const { loaded, grid } = prepare(file, catalog, opts.lang);
      const files = await renderOutputs(loaded, grid, catalog, { lang: opts.lang, templatesDir: opts.templates, format: opts.format, tocPageNumbers: opts.tocPageNumbers });
      const paths = files.map((f) => join(opts.out, f.name));
      assertWritable(paths, opts.force);
      files.forEach((f, k) => writeFileAtomic(paths[k]!, f.data, opts.force));
      written.push(...paths);
      if (!opts.quiet && !opts.json) process.stdout.write(`${c.green('✓')} ${file} → ${paths.join(', ')}\n`);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      failures.push(...err.diagnostics.map((d) => ({ ...d, file: d.file ?? file })));
    }
  }
  if (opts.json) process.stdout.write(JSON.stringify({ ok: failures.length === 0, written, errors: failures }, null, 2) + '\n');
  else if (failures.length) printDiagnostics(failures);
  if (failures.length) process.exitCode = 1;
}
