import { describe, expect, it } from 'vitest';
import { checkOutputName, findStemConflicts, stemOf, unsafeNameReason } from './safety.js';

describe('output names', () => {
  it.each(['x-spec.docx', 'Lot 1 — Nord-spec.docx', 'été.xlsx', '..x-spec.docx', '.-spec.docx'])('accepts %j', (name) => {
    expect(unsafeNameReason(name)).toBeUndefined();
    expect(checkOutputName(name, '/tmp/out', 's.yaml')).toBeUndefined();
  });

  it.each(['../x-spec.docx', '../../etc/passwd', '/etc/passwd', 'a/b.docx', 'a\\..\\b.docx', 'C:evil.docx', '..', '.', '', 'x\n-spec.docx', 'x\u0000.docx', 'x\u001b[2J.docx'])(
    'refuses %j',
    (name) => {
      expect(unsafeNameReason(name)).toBeDefined();
      const d = checkOutputName(name, '/tmp/out', 'specs/s.yaml');
      expect(d?.code).toBe('output-name-unsafe');
      expect(d?.file).toBe('specs/s.yaml');
    },
  );

  it('derives the stem exactly as the loader does', () => {
    expect(stemOf('a/b/lot-1.yaml')).toBe('lot-1');
    expect(stemOf('a\\b\\lot-1.YML')).toBe('lot-1');
    expect(stemOf('x.json')).toBe('x.json');
  });
});

describe('findStemConflicts', () => {
  it('flags every spec of a clash, and only those', () => {
    const c = findStemConflicts(['nord/lot.yaml', 'sud/lot.yaml', 'est/other.yaml', 'ouest/LOT.yml']);
    expect([...c.keys()].sort()).toEqual([0, 1, 3]);
    expect(c.get(0)?.code).toBe('output-conflict');
    expect(c.get(0)?.message).toContain('sud/lot.yaml');
    expect(c.get(3)?.file).toBe('ouest/LOT.yml');
  });

  it('finds none among distinct names', () => {
    expect(findStemConflicts(['a.yaml', 'b.yaml', 'c/a-2.yaml']).size).toBe(0);
  });
});
