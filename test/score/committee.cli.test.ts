import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.js';
import { loadSpec } from '../../src/load/spec.js';
import { renderGridXlsx } from '../../src/render/xlsx/grid-workbook.js';
import { selectCriteria } from '../../src/select/select.js';
import { fillGrid } from '../fixtures/score/fill-grid.js';
import { filesIn, runCli, tempDir } from '../helpers/cli.js';
import { documentXml } from '../helpers/ooxml.js';

const MARKS = ['claire-dupuy', 'marc-esteve', 'nadia-benali'].map((n) => `examples/sicoval-waste-marks/${n}.csv`);
const SPEC = 'examples/sicoval-waste.yaml';
const COMMITTEE = ['--regularity', 'examples/sicoval-waste-regularity.csv', '--consensus', 'examples/sicoval-waste-consensus.csv'];
/** The visible text of a DOCX body, runs joined. */
const bodyText = (file: string): string =>
  documentXml(file)
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[\u00A0\u202F]/g, ' ');

describe('score: provisional and final reports (issues 14.8, 15.1, 15.5)', () => {
  it('without the committee files the report is provisional: open items as actions, no proposal, not to sign', () => {
    const out = join(tempDir(), 'r.docx');
    const r = runCli(['score', SPEC, '--marks', ...MARKS, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Classement provisoire : \d+ point\(s\) ouvert\(s\)/);
    const text = bodyText(out);
    expect(text).toContain('Projet de rapport d’analyse des offres');
    expect(text).toContain('Points à régler avant le rapport définitif');
    expect(text).toContain('Écart à régler en réunion de consensus : Valoris Sud-Ouest');
    expect(text).not.toContain('document à signer');
    expect(text).not.toContain('propose d’attribuer');
  });

  it('with regularity and consensus, --final writes the report to sign: whole marks only, who agreed, regularity first', () => {
    const out = join(tempDir(), 'r.docx');
    const r = runCli(['score', SPEC, '--marks', ...MARKS, ...COMMITTEE, '--final', '-o', out, '--date', '2027-03-15', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const { result } = JSON.parse(r.stdout) as { result: { state: string; openItems: unknown[]; marks: { value: number; consensus?: unknown }[] } };
    expect(result.state).toBe('final');
    expect(result.openItems).toEqual([]);
    expect(result.marks.every((m) => Number.isInteger(m.value) && m.consensus)).toBe(true);
    const text = bodyText(out);
    expect(text).toContain('document à signer');
    expect(text).toContain('Note arrêtée en commission, accord de : Claire Dupuy, Marc Estève, Nadia Benali.');
    expect(text).toContain('Régularisée à la demande de l’acheteur (R2152-2)');
    expect(text).toContain('Justification du prix acceptée');
    expect(text).toContain('Comparaison avec l’estimation');
    expect(text).toContain('La commission propose d’attribuer le marché à Groupement Terres Communes');
    // Regularity comes before the analysis of the offers.
    expect(text.indexOf('Régularité des offres')).toBeLessThan(text.indexOf('Analyse des offres au regard'));
    // No averaged mark in a "mark retained" column, and no "nearest level".
    expect(text).not.toMatch(/Niveau le plus proche/);
  });

  it('--final with an item open is refused, every item listed, nothing written', () => {
    const dir = tempDir();
    const r = runCli(['score', SPEC, '--marks', ...MARKS, '--regularity', 'examples/sicoval-waste-regularity.csv', '--final', '-o', join(dir, 'r.docx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[open-consensus]');
    expect(r.stderr).toContain('[open-consensus-mark]');
    expect(r.stderr).toContain('[final-refused]');
    expect(filesIn(dir)).toEqual([]);
  });

  it('an empty second evaluator file is an error, not a silently smaller committee', () => {
    const dir = tempDir();
    const empty = join(dir, 'second.csv');
    writeFileSync(empty, '');
    const r = runCli(['score', SPEC, '--marks', MARKS[0]!, empty, '-o', join(dir, 'r.docx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[marks-empty]');
  });

  it('an XLSX grid holding only names and prices gives no ranking on price alone', async () => {
    const loaded = loadSpec(SPEC);
    const grid = selectCriteria(loaded, loadCatalog());
    const blank = await renderGridXlsx(grid, { title: loaded.spec.tender.title, reference: loaded.spec.tender.reference, date: '2026-12-01', bidders: 5, lang: 'fr' });
    const dir = tempDir();
    const file = join(dir, 'dupont.xlsx');
    writeFileSync(file, await fillGrid(blank, grid, 5, { bidders: [{ name: 'Alpha', price: 27_480_000, marks: {} }, { name: 'Bêta', price: 25_950_000, marks: {} }] }));
    for (const extra of [[], ['--allow-missing']]) {
      const r = runCli(['score', SPEC, '--marks', file, ...extra, '-o', join(dir, 'r.docx')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('[marks-none]');
    }
  });
});
