import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { DEFAULT_LAYOUT, type OutputLayout } from '../generate/layout.js';

/**
 * Output names come from the specs (their file name today, perhaps their reference tomorrow), and a batch may run on
 * specs someone else wrote: a name must stay a plain file name inside the output folder. Unsafe names are refused,
 * not rewritten, so that the user sees which spec to fix rather than a surprising file.
 */

/** Why `name` is not a plain file name, or undefined when it is one. */
export function unsafeNameReason(name: string): string | undefined {
  if (name === '') return 'it is empty';
  if (name === '.' || name === '..') return 'it names a folder';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'it contains a control character';
  if (name.includes('/') || name.includes('\\')) return 'it contains a path separator';
  if (isAbsolute(name) || /^[a-zA-Z]:/.test(name)) return 'it is an absolute path';
  if (name.split(/[\\/]/).includes('..')) return 'it climbs out of the output folder';
  return undefined;
}

/** The diagnostic for an unsafe output name, or undefined; also checks that the resolved path stays below outDir. */
export function checkOutputName(name: string, outDir: string, specFile: string): Diagnostic | undefined {
  let reason = unsafeNameReason(name);
  if (!reason) {
    const rel = relative(resolve(outDir), resolve(outDir, name));
    if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) reason = 'it resolves outside the output folder';
  }
  if (!reason) return undefined;
  return {
    code: 'output-name-unsafe',
    severity: 'error',
    file: specFile,
    message: `refused to write ${JSON.stringify(name)}: ${reason}`,
    hint: 'rename the spec file to letters, digits, dashes and underscores',
  };
}

/**
 * A relative output path ("sicoval/01-RC.docx", "sicoval/interne/grille.xlsx" for a DCE): each of its `/`-separated
 * parts must be a plain name, and the whole must stay below outDir. The diagnostic, or undefined when it is safe.
 */
export function checkOutputPath(path: string, outDir: string, specFile: string): Diagnostic | undefined {
  const bad = path.split('/').map((part) => checkOutputName(part, outDir, specFile)).find(Boolean);
  if (bad) return { ...bad, message: bad.message.replace(/^refused to write "[^"]*"/, `refused to write ${JSON.stringify(path)}`) };
  return undefined;
}

/** Output stem of a spec file, exactly as loadSpec derives it: the file name without .yaml/.yml. */
export const stemOf = (file: string): string => (file.split(/[\\/]/).pop() ?? '').replace(/\.ya?ml$/i, '');

/**
 * Names that differ only in case or Unicode form are the same file on macOS and Windows: compare them folded, so a
 * batch behaves the same on every machine.
 */
export const nameKey = (name: string): string => name.normalize('NFC').toLowerCase();

/**
 * Specs whose outputs would land on the same files (a/x.yaml and b/x.yaml both write x/ and x-DCE.zip, or
 * x-spec.docx): found from the file names before any work, so the conflict is reported before anything is written.
 * Returns, per spec index, the diagnostic that refuses it; its message names the outputs of the layout asked for.
 */
export function findStemConflicts(files: readonly string[], layout: OutputLayout = DEFAULT_LAYOUT): Map<number, Diagnostic> {
  const byKey = new Map<string, number[]>();
  files.forEach((f, i) => {
    const key = nameKey(stemOf(f));
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  const out = new Map<number, Diagnostic>();
  for (const indexes of byKey.values()) {
    if (indexes.length < 2) continue;
    for (const i of indexes) {
      const others = indexes.filter((j) => j !== i).map((j) => files[j]);
      out.set(i, {
        code: 'output-conflict',
        severity: 'error',
        file: files[i],
        message: `${files[i]} and ${others.join(', ')} would write the same files (${outputsNamed(stemOf(files[i]!), layout)}); neither was generated`,
        hint: 'rename one of the spec files, or generate them into different folders',
      });
    }
  }
  return out;
}

/** The outputs of a stem, as a message names them: the DCE's folder and zip, or the spec layout's files. */
const outputsNamed = (stem: string, layout: OutputLayout): string => (layout === 'dce' ? `${stem}/, ${stem}-DCE.zip` : `${stem}-*`);
