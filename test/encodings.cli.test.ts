import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/load/csv.js';
import { filesIn, ROOT, runCli, tempDir } from './helpers/cli.js';

/**
 * Real buyers' files, through the CLI: a Windows-1252 spec and a French Excel CSV export are read right (and the
 * reading is said). The bad-input cases of this area (encodings, limits, numbers, dates) are in
 * test/fixtures/bad-input/ with the others, run by test/bad-input/corpus.test.ts.
 */
function toCp1252(s: string): Buffer {
  const high: Record<string, number> = { '€': 0x80, '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '…': 0x85, 'œ': 0x9c, 'Œ': 0x8c };
  return Buffer.from([...s].map((c) => high[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}

describe('files from French buyers’ machines', () => {
  it('a Windows-1252 spec is linted and generated right, and the reading is said', () => {
    const dir = tempDir('efc-cp1252-');
    const spec = join(dir, 'sicoval-ansi.yaml');
    writeFileSync(spec, toCp1252(readFileSync(join(ROOT, 'examples', 'sicoval-waste.yaml'), 'utf8')));
    expect(readFileSync(spec).includes(Buffer.from('é'))).toBe(false); // really not UTF-8
    const lint = runCli(['lint', spec]);
    expect(lint.stdout + lint.stderr).toContain('lu en Windows-1252');
    const gen = runCli(['generate', spec, '-o', join(dir, 'out'), '--layout', 'spec']);
    expect(gen.code).toBe(0);
    const docx = filesIn(join(dir, 'out')).find((f) => f.endsWith('.docx') && !f.includes('grid'))!;
    const xml = strFromU8(unzipSync(readFileSync(join(dir, 'out', docx)))['word/document.xml']!);
    expect(xml).toContain('Communauté d&apos;agglomération du Sicoval');
    expect(xml).not.toContain('\uFFFD');
  });

  it('a French Excel export (Windows-1252, ";", French headers, CR LF) scores like the UTF-8 files', () => {
    const dir = tempDir('efc-excel-');
    const marksDir = join(ROOT, 'examples', 'sicoval-waste-marks');
    const utf8 = runCli(['score', join(ROOT, 'examples', 'sicoval-waste.yaml'), '--marks', ...['claire-dupuy', 'marc-esteve', 'nadia-benali'].map((n) => join(marksDir, `${n}.csv`)), '--json']);
    expect(utf8.code).toBe(0);
    // Marc Estève's file as French Excel writes it: "CSV (séparateur : point-virgule)".
    const [, ...body] = parseCsv(readFileSync(join(marksDir, 'marc-esteve.csv'), 'utf8')).map((r) => r.fields);
    const q = (f: string): string => (/[;"\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f);
    const excel = ['Soumissionnaire;Critère;Note;Justification;Évaluateur', ...body.map((r) => r.map(q).join(';'))].join('\r\n') + '\r\n';
    const esteve = join(dir, 'marc-esteve.csv');
    writeFileSync(esteve, toCp1252(excel));
    for (const n of ['claire-dupuy', 'nadia-benali']) copyFileSync(join(marksDir, `${n}.csv`), join(dir, `${n}.csv`));
    const excelRun = runCli(['score', join(ROOT, 'examples', 'sicoval-waste.yaml'), '--marks', join(dir, 'claire-dupuy.csv'), esteve, join(dir, 'nadia-benali.csv'), '--prices', join(ROOT, 'examples', 'sicoval-waste-prices.csv'), '--json']);
    expect(excelRun.stderr).toBe('');
    expect(excelRun.code).toBe(0);
    type R = { result: { evaluators: string[]; ranking: { order: string[] }; bidders: unknown; marks: { justification?: string }[] } };
    const a = (JSON.parse(utf8.stdout) as R).result;
    const b = (JSON.parse(excelRun.stdout) as R).result;
    expect(b.evaluators).toEqual(['Claire Dupuy', 'Marc Estève', 'Nadia Benali']);
    expect(b.ranking.order).toEqual(a.ranking.order);
    expect(b.bidders).toEqual(a.bidders);
    expect(b.marks.length).toBe(a.marks.length);
    expect(excelRun.stdout).toContain('Marc Estève');
    expect(excelRun.stdout).not.toContain('Est\uFFFDve');
  });
});
