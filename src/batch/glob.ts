import { readdirSync, type Dirent } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/**
 * A small glob expansion (Node 20 has no fs.glob): `*`, `?`, `[abc]`/`[!a-z]`, `{a,b}` within a path segment and `**`
 * for any depth of folders. As in shells, wildcards do not match a leading dot and `**` does not enter hidden folders,
 * so `.git` or `.efc-tmp-*` files are never picked up by accident. Paths use `/`; results are sorted by code unit, so the
 * same tree always gives the same list, whatever the locale or the file system's order.
 */

const MAGIC = /[*?[{]/;

export const hasMagic = (pattern: string): boolean => MAGIC.test(pattern);

/** Compile one path segment (no `/`) to an anchored regular expression. */
export function segmentRegExp(segment: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch === '\\' && i + 1 < segment.length) re += escape(segment[++i]!);
    else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        let body = segment.slice(i + 1, end);
        const negate = body[0] === '!' || body[0] === '^';
        if (negate) body = body.slice(1);
        re += `[${negate ? '^/' : ''}${body.replace(/[\\\]^]/g, (c) => `\\${c}`)}]`;
        i = end;
      }
    } else if (ch === '{') {
      braces++;
      re += '(?:';
    } else if (ch === ',' && braces > 0) re += '|';
    else if (ch === '}' && braces > 0) {
      braces--;
      re += ')';
    } else re += escape(ch);
  }
  if (braces > 0) return segmentRegExp(segment.replace(/\{/g, '\\{'));
  // A leading dot must be written out: `*` never matches `.hidden`.
  const guard = segment.startsWith('.') ? '' : '(?!\\.)';
  return new RegExp(`^${guard}${re}$`, 'u');
}

const escape = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function entries(dir: string): Dirent[] {
  try {
    return readdirSync(dir || '.', { withFileTypes: true });
  } catch {
    return []; // a folder that cannot be read simply matches nothing
  }
}

const isDirEntry = (dir: string, e: Dirent): boolean => {
  if (e.isDirectory()) return true;
  if (!e.isSymbolicLink()) return false;
  try {
    return readdirSync(join(dir || '.', e.name)) !== undefined;
  } catch {
    return false;
  }
};

/**
 * Expand a glob to the existing paths it matches (files and folders), sorted. Relative patterns are resolved
 * against `cwd` but the results stay relative, as the user wrote them, so messages show familiar paths.
 */
export function expandGlob(pattern: string, cwd = process.cwd()): string[] {
  const normalized = pattern.replace(/\\(?![*?[\]{}])/g, '/');
  const absolute = isAbsolute(normalized);
  const segments = normalized.split('/').filter((s, i) => s !== '' && !(s === '.' && i > 0));
  // The literal folders before the first wildcard are walked to directly, not searched.
  let k = 0;
  while (k < segments.length - 1 && !hasMagic(segments[k]!)) k++;
  const baseParts = segments.slice(0, k);
  const base = (absolute ? '/' : '') + baseParts.join('/');
  const found = new Set<string>();
  const fsPath = (p: string): string => (absolute ? p : join(cwd, p));

  const walk = (dir: string, i: number): void => {
    const seg = segments[i]!;
    const last = i === segments.length - 1;
    const child = (name: string): string => (dir === '' ? name : dir.endsWith('/') ? dir + name : `${dir}/${name}`);
    if (seg === '**') {
      if (last) {
        for (const e of entries(fsPath(dir))) if (!e.name.startsWith('.')) found.add(child(e.name));
      } else walk(dir, i + 1);
      for (const e of entries(fsPath(dir))) {
        if (!e.name.startsWith('.') && isDirEntry(fsPath(dir), e)) walk(child(e.name), i);
      }
      return;
    }
    if (!hasMagic(seg)) {
      const p = child(seg);
      if (last) {
        if (entries(fsPath(dir)).some((e) => e.name === seg)) found.add(p);
      } else walk(p, i + 1);
      return;
    }
    const re = segmentRegExp(seg);
    for (const e of entries(fsPath(dir))) {
      if (!re.test(e.name)) continue;
      if (last) found.add(child(e.name));
      else if (isDirEntry(fsPath(dir), e)) walk(child(e.name), i + 1);
    }
  };

  if (k < segments.length) walk(base, k);
  return [...found].sort(compareCodeUnits);
}

export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
