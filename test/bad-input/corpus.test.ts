/** Every case of test/fixtures/bad-input/ (see corpus.ts for the format): exit 1 with a located message, nothing changed. */
import { describe, expect, it } from 'vitest';
import { caseIds, expectRefused, readCase, workspace } from './corpus.js';

const ids = caseIds();

describe('bad-input corpus', () => {
  it('holds the cases, each with a note saying what it proves', () => {
    expect(ids.length).toBeGreaterThanOrEqual(60);
    for (const id of ids) expect(readCase(id).note, id).toMatch(/\w/);
  });

  for (const id of ids) {
    const c = readCase(id);
    it(`${id}: ${c.note}`, () => {
      const { dir, out, cleanup } = workspace(id);
      try {
        for (const args of c.commands ?? [c.command!]) expectRefused(c, args, dir, out);
      } finally {
        cleanup();
      }
    });
  }
});
