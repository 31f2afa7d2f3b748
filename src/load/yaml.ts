import { readFileSync, statSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { SourcePos } from '../model/grid.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { fileDiagnostic, InputError, toInputError } from '../model/errors.js';

/** Specs and libraries are small texts; anything bigger is a mistake or an attack, refused before parsing. */
export const MAX_YAML_BYTES = 2 * 1024 * 1024;
/** Bounds alias expansion ("billion laughs"): a real spec has no reason to use more. */
export const MAX_ALIASES = 100;

export type YamlPath = readonly (string | number)[];

/** A parsed YAML file that can say where any of its values stands. */
export interface YamlSource {
  readonly file: string;
  readonly data: unknown;
  /** Position of the node at `path`, or of its nearest existing ancestor. */
  readonly positionOf: (path: YamlPath) => SourcePos;
}

export function readYamlFile(file: string): YamlSource {
  let size: number;
  try {
    const st = statSync(file);
    // Only a regular file has a size that bounds the read: a folder, a FIFO or /dev/zero is refused before opening.
    if (!st.isFile()) throw new InputError([fileDiagnostic(st.isDirectory() ? 'is-a-directory' : 'not-a-regular-file', file)]);
    size = st.size;
  } catch (err) {
    throw toInputError(err, { file, action: 'read' }) ?? err;
  }
  if (size > MAX_YAML_BYTES) {
    throw new InputError([
      { code: 'file-too-large', severity: 'error', file, message: `${file} is ${(size / 1048576).toFixed(1)} MB; YAML inputs are limited to ${MAX_YAML_BYTES / 1048576} MB`, hint: 'split it into several specs' },
    ]);
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw toInputError(err, { file, action: 'read' }) ?? err;
  }
  return parseYamlText(text, file);
}

export function parseYamlText(text: string, file: string): YamlSource {
  if (text.length > MAX_YAML_BYTES) {
    throw new InputError([{ code: 'file-too-large', severity: 'error', file, message: `${file} is larger than ${MAX_YAML_BYTES / 1048576} MB` }]);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const pos = (offset: number): SourcePos => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, col };
  };
  const problems: Diagnostic[] = [...doc.errors].map((e) => ({
    code: 'yaml-syntax',
    severity: 'error' as const,
    message: firstLine(e.message),
    ...pos(e.pos[0]),
  }));
  if (problems.length > 0) throw new InputError(problems);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    const message = /alias/i.test(String(err))
      ? `too many YAML aliases (more than ${MAX_ALIASES}): refused to expand them`
      : firstLine(String((err as Error).message ?? err));
    throw new InputError([{ code: 'yaml-aliases', severity: 'error', file, line: 1, col: 1, message }]);
  }

  const positionOf = (path: YamlPath): SourcePos => {
    let node: unknown = doc.contents;
    let best: SourcePos = node && (node as Node).range ? pos((node as Node).range![0]) : { file, line: 1, col: 1 };
    for (const key of path) {
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
        if (!pair) break;
        // Point at the key for values: "weights: 95" is found by its key.
        const keyNode = pair.key as Node | null;
        if (keyNode?.range) best = pos(keyNode.range[0]);
        next = pair.value;
        if (next && !isScalar(next) && (next as Node).range && !keyNode?.range) best = pos((next as Node).range![0]);
      } else if (isSeq(node) && typeof key === 'number') {
        next = node.items[key];
        if (!next) break;
        if ((next as Node).range) best = pos((next as Node).range![0]);
      } else break;
      node = next;
    }
    return best;
  };
  return { file, data, positionOf };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}
