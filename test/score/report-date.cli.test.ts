import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { documentXml } from '../helpers/ooxml.js';

const MARKS = ['claire-dupuy', 'marc-esteve', 'nadia-benali'].map((n) => `examples/sicoval-waste-marks/${n}.csv`);
// The signature block, and its date, belong to the final report only.
const FINAL = ['--regularity', 'examples/sicoval-waste-regularity.csv', '--consensus', 'examples/sicoval-waste-consensus.csv', '--final'];

describe('score: the report date is the committee\'s', () => {
  it('leaves the date blank without --date (never the consultation date)', () => {
    const out = join(tempDir(), 'r.docx');
    expect(runCli(['score', 'examples/sicoval-waste.yaml', '--marks', ...MARKS, ...FINAL, '-o', out]).code).toBe(0);
    const xml = documentXml(out);
    expect(xml).toContain('Fait à ……………………, le ……………………');
    expect(xml).not.toContain('Fait le 1er décembre 2026');
  });

  it('prints the date given with --date', () => {
    const out = join(tempDir(), 'r.docx');
    expect(runCli(['score', 'examples/sicoval-waste.yaml', '--marks', ...MARKS, ...FINAL, '-o', out, '--date', '2027-03-15']).code).toBe(0);
    expect(documentXml(out)).toContain('Fait le 15 mars 2027.');
  });
});
