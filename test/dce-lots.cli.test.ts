import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ROOT, filesIn, runCli, tempDir } from './helpers/cli.js';

const tree = (dir: string): string[] => (existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]).map((p) => p.replace(/\\/g, '/')).sort() : []);
const nb = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe('generate --dce on a tender with lots (the catering example)', () => {
  it('writes an AE, a CCAP, a cadre de réponse and the grids per lot, one RC and one CCTP; the zip holds the publishable files', () => {
    const out = tempDir();
    const r = runCli(['generate', 'examples/school-catering.yaml', '-o', out, '--dce']);
    expect(r.code, r.stderr).toBe(0);
    const published = ['01-RC.docx', '02-AE-lot-1.docx', '02-AE-lot-2.docx', '03-CCAP-lot-1.docx', '03-CCAP-lot-2.docx', '04-CCTP.docx', '05-cadre-de-reponse-lot-1.docx', '05-cadre-de-reponse-lot-2.docx', '06-DPGF-lot-1.xlsx', '06-DPGF-lot-2.xlsx'];
    expect(tree(out)).toEqual([
      'school-catering',
      'school-catering-DCE.zip',
      ...published.map((f) => `school-catering/${f}`),
      'school-catering/interne',
      'school-catering/interne/grille-notation-lot-1.docx',
      'school-catering/interne/grille-notation-lot-1.xlsx',
      'school-catering/interne/grille-notation-lot-2.docx',
      'school-catering/interne/grille-notation-lot-2.xlsx',
    ]);
    const zip = unzipSync(readFileSync(join(out, 'school-catering-DCE.zip')));
    expect(Object.keys(zip)).toEqual(published);
    for (const [name, bytes] of Object.entries(zip)) expect(Buffer.from(bytes).equals(readFileSync(join(out, 'school-catering', name)))).toBe(true);
    // Reruns are byte-identical, in another time zone too.
    const again = tempDir();
    expect(runCli(['generate', 'examples/school-catering.yaml', '-o', again, '--dce'], { env: { TZ: 'America/Cayenne' } }).code).toBe(0);
    for (const f of tree(out).filter((x) => /\.(docx|xlsx|zip)$/.test(x))) expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
  });

  it('the RC lists each lot with its object, CPV and value, the pieces per lot, and each lot’s own criteria; the CCTP groups indicators per lot', () => {
    const out = tempDir();
    expect(runCli(['generate', 'examples/school-catering.yaml', '-o', out, '--dce', '--format', 'md']).code).toBe(0);
    const rc = nb(readFileSync(join(out, 'school-catering', '01-RC.md'), 'utf8'));
    expect(rc).toContain("Le marché est divisé en 2 lots, en application de l'article L2113-10");
    expect(rc).toMatch(/\| 1 \| \*\*Restauration scolaire et accueil de loisirs\*\* — Que les 1 900 enfants[^|]*\| 55524000-9 \| 4 400 000 € \|/);
    expect(rc).toMatch(/\| 2 \| \*\*Restauration des multi-accueils \(petite enfance\)\*\*[^|]*\| 55520000-1 \| 320 000 € \|/);
    expect(rc).toContain('Un opérateur économique peut remettre une offre pour un, plusieurs ou tous les lots.');
    expect(rc).toContain("n'est pas limité");
    expect(rc).toContain('| 02 | **Acte d\'engagement (AE) — lot n° 2** | 02-AE-lot-2.md |');
    expect(rc).toContain('Les critères, sous-critères et pondérations sont propres à chaque lot');
    const lot2 = rc.slice(rc.indexOf('Lot n° 2 : Restauration des multi-accueils'));
    expect(lot2).toContain('Sécurité sanitaire, allergies et régimes particuliers');
    const lot1 = rc.slice(rc.indexOf('Lot n° 1 : Restauration scolaire'), rc.indexOf('Lot n° 2 : Restauration des multi-accueils'));
    expect(lot1).toContain('Coopération autour du temps du repas');
    expect(lot1).not.toContain('Sécurité sanitaire');
    // A cross-reference cites the piece, not one lot's file.
    expect(rc).toContain("l'acte d'engagement (AE) (pièce n° 02)");
    const cctp = nb(readFileSync(join(out, 'school-catering', '04-CCTP.md'), 'utf8'));
    expect(cctp).toContain('Indicateurs par lot');
    expect(cctp).toContain('Les indicateurs du tableau ci-dessus s\'appliquent tous à ce lot.');
    expect(cctp).toMatch(/seuls s'appliquent à ce lot : Part des produits durables[^\n]*Part des achats en approvisionnement direct/);
    expect(cctp).toContain('Part des familles et des professionnelles des multi-accueils satisfaites des repas');
    // The per-lot pieces speak of their lot only.
    const ae2 = nb(readFileSync(join(out, 'school-catering', '02-AE-lot-2.md'), 'utf8'));
    expect(ae2).toContain('☐ Lot n° 2 — Restauration des multi-accueils');
    expect(ae2).not.toContain('Lot n° 1');
    expect(ae2).toContain('320 000 €');
    const ccap2 = nb(readFileSync(join(out, 'school-catering', '03-CCAP-lot-2.md'), 'utf8'));
    expect(ccap2).toContain('le présent CCAP est celui du lot n° 2');
    expect(ccap2).toContain('satisfaction-familles-creches');
    expect(ccap2).not.toContain('satisfaction-enfants');
    const cadre2 = nb(readFileSync(join(out, 'school-catering', '05-cadre-de-reponse-lot-2.md'), 'utf8'));
    expect(cadre2).toContain('Sécurité sanitaire, allergies et régimes particuliers');
    expect(cadre2).toContain('satisfaction-familles-creches');
  });

  it('lots judged alike share one cadre de réponse (the CCAP stays per lot: its pay is on each lot’s value), and the RC says the criteria are identical for all lots', () => {
    const y = readFileSync(join(ROOT, 'examples', 'school-catering.yaml'), 'utf8')
      .replace(/      criteria:\n        # Food safety[^\n]*\n        include: \[[^\]]*\]\n/, '')
      .replace(/      indicators: \[[^\]]*\]\n/, '')
      .replace(/      usage_performance:\n(        .*\n|          .*\n)+/, '')
      .replace('  lots:\n', '  lots_policy: { max_lots_awarded: 1 }\n  lots:\n');
    const spec = join(tempDir(), 'alike.yaml');
    writeFileSync(spec, y);
    const out = tempDir();
    const r = runCli(['generate', spec, '-o', out, '--dce', '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    expect(filesIn(join(out, 'alike'))).toEqual(['01-RC.md', '02-AE-lot-1.md', '02-AE-lot-2.md', '03-CCAP-lot-1.md', '03-CCAP-lot-2.md', '04-CCTP.md', '05-cadre-de-reponse.md', 'interne']);
    // Without values of their own, alike lots share one CCAP too.
    const noValues = y.replace('      estimated_value_eur: 4400000\n', '').replace('      estimated_value_eur: 320000\n', '');
    const spec2 = join(tempDir(), 'shared.yaml');
    writeFileSync(spec2, noValues);
    const out2 = tempDir();
    expect(runCli(['generate', spec2, '-o', out2, '--dce', '--format', 'md']).code).toBe(0);
    expect(filesIn(join(out2, 'shared'))).toEqual(['01-RC.md', '02-AE-lot-1.md', '02-AE-lot-2.md', '03-CCAP.md', '04-CCTP.md', '05-cadre-de-reponse.md', 'interne']);
    const rc = nb(readFileSync(join(out, 'alike', '01-RC.md'), 'utf8'));
    expect(rc).toContain('identiques pour tous les lots');
    expect(rc).toContain('ne peut se voir attribuer plus de 1 lot');
    expect(rc).toContain("l'opérateur économique se voit attribuer les lots dans l'ordre décroissant de leur montant estimé".replace(/'/g, '’'));
  });

  it('writes nothing when a lot’s criteria cannot be selected, and names the lot’s line', () => {
    const y = readFileSync(join(ROOT, 'examples', 'school-catering.yaml'), 'utf8').replace('include: [catering-single-use-reduction, dietary-safety-service]', 'include: [catering-single-use-reduction, dietary-safty-service]');
    const spec = join(tempDir(), 'bad-lot.yaml');
    writeFileSync(spec, y);
    const line = y.split('\n').findIndex((l) => l.includes('dietary-safty-service')) + 1;
    const out = tempDir();
    const r = runCli(['generate', spec, '-o', out, '--dce', '--no-lint']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain(`bad-lot.yaml:${line}:`);
    expect(r.stdout + r.stderr).toContain('unknown-criterion');
    expect(filesIn(out)).toEqual([]);
  });
});
