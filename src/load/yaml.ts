import { isMap, isScalar, isSeq, LineCounter, parseDocument, Parser, type Node } from 'yaml';
import type { SourcePos } from '../model/grid.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { InputError } from '../model/errors.js';
import { LIMITS, type InputKind } from './bounded-read.js';
import { formatBytes, loadMessage } from './messages.js';
import { readTextInput } from './text.js';

/** Specs and libraries are small texts; anything bigger is a mistake or an attack, refused before parsing. */
export const MAX_YAML_BYTES = 2 * 1024 * 1024;
/** Bounds alias expansion ("billion laughs"): a real spec has no reason to use more. */
export const MAX_ALIASES = 100;
/**
 * Deepest nesting accepted. A real spec nests about 8 levels; the YAML composer recurses per level and would
 * overflow the stack near a thousand, so depth is measured first, without recursion, on the parser's tokens.
 */
export const MAX_YAML_DEPTH = 64;

export type YamlPath = readonly (string | number)[];

/** A parsed YAML file that can say where any of its values stands. */
export interface YamlSource {
  readonly file: string;
  readonly data: unknown;
  /** Position of the node at `path`, or of its nearest existing ancestor. */
  readonly positionOf: (path: YamlPath) => SourcePos;
  /** Infos about how the file was read (e.g. its encoding); empty for plain UTF-8. */
  readonly notes: readonly Diagnostic[];
}

/**
 * Read a YAML input through the one text reader (byte limit for any file type, UTF-8/UTF-16/Windows-1252).
 * What the reader noticed (an encoding other than UTF-8) is kept as `notes` for the commands to show.
 */
export function readYamlFile(file: string, kind: InputKind = 'spec'): YamlSource {
  const input = readTextInput(file, { kind, maxBytes: LIMITS[kind] });
  const src = parseYamlText(input.text, file);
  return input.notes.length ? { ...src, notes: [...input.notes, ...src.notes] } : src;
}

export function parseYamlText(text: string, file: string): YamlSource {
  if (text.length > MAX_YAML_BYTES) {
    throw new InputError([{ code: 'file-too-large', severity: 'error', file, message: loadMessage('text-too-large', { file, limit: formatBytes(MAX_YAML_BYTES) }) }]);
  }
  const lineCounter = new LineCounter();
  const deep = deepestOffset(text);
  if (deep !== undefined) {
    const before = text.slice(0, deep);
    const line = before.split('\n').length;
    const col = deep - before.lastIndexOf('\n');
    throw new InputError([{ code: 'yaml-too-deep', severity: 'error', file, line, col, message: loadMessage('yaml-too-deep', { max: MAX_YAML_DEPTH }) }]);
  }
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const pos = (offset: number): SourcePos => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, col };
  };
  const problems: Diagnostic[] = [...doc.errors].map((e) => ({
    code: 'yaml-syntax',
    severity: 'error' as const,
    message: loadMessage('yaml-syntax', { detail: firstLine(e.message) }),
    ...pos(e.pos[0]),
  }));
  if (problems.length > 0) throw new InputError(problems);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    const message = /alias/i.test(String(err))
      ? loadMessage('yaml-aliases', { max: MAX_ALIASES })
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
  return { file, data, positionOf, notes: [] };
}

/** Offset of the first node nested deeper than MAX_YAML_DEPTH, walking the parser's tokens with an explicit stack. */
function deepestOffset(text: string): number | undefined {
  type Tok = { offset?: number; value?: Tok; key?: Tok | null; items?: { key?: Tok | null; value?: Tok | null }[] };
  const stack: [Tok, number][] = [];
  for (const token of new Parser().parse(text)) stack.push([token as Tok, 0]);
  while (stack.length) {
    const [tok, depth] = stack.pop()!;
    if (depth > MAX_YAML_DEPTH) return tok.offset ?? 0;
    if (tok.value && typeof tok.value === 'object') stack.push([tok.value, depth]);
    for (const item of tok.items ?? []) {
      if (item.key && typeof item.key === 'object') stack.push([item.key, depth + 1]);
      if (item.value && typeof item.value === 'object') stack.push([item.value, depth + 1]);
    }
  }
  return undefined;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}
