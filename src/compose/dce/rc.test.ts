import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../load/catalog.js';
import { loadSpec, loadSpecText } from '../../load/spec.js';
import { ROOT } from '../../../test/helpers/cli.js';
import { selectCriteria } from '../../select/select.js';
import { loadTemplates } from '../templates.js';
import { loadDocumentWords } from '../../wording/overrides.js';
import { DCE_PIECES, pieceNumber, publishedPieces, type DcePiece, type PieceContext } from '../../dce/pieces.js';
import { composeRc } from './rc.js';
import { composeCctp } from './cctp.js';
import { checkConsultation } from '../../dce/check.js';
import { readFileSync } from 'node:fs';
import { inlineText, type Block, type DocumentModel } from '../document.js';
import type { LoadedSpec } from '../../load/spec.js';

const catalog = loadCatalog();
const EXAMPLE = join(ROOT, 'examples', 'sicoval-waste.yaml');

function ctxOf(loaded: LoadedSpec, pieces: readonly DcePiece[] = DCE_PIECES): PieceContext {
  const grid = selectCriteria(loaded, catalog);
  const t = loadTemplates(grid.lang);
  const published = publishedPieces(pieces).map((p) => ({ id: p.id, number: pieceNumber(p.number!), title: t.label(p.titleKey), file: `${pieceNumber(p.number!)}-${p.file}.docx` }));
  return { loaded, grid, catalog, t, words: loadDocumentWords(grid.lang), bidders: 5, published };
}

/** The example with its procedure (and whatever else) replaced: YAML text edits, so positions stay real. */
function variant(edit: (yaml: string) => string): LoadedSpec {
  return loadSpecText(edit(readFileSync(EXAMPLE, 'utf8')), 'variant.yaml');
}
const withProcedure = (p: string, extra = ''): LoadedSpec =>
  variant((y) => y.replace('procedure: dialogue-competitif', `procedure: ${p}`).replace(/\n  phases: 2\n/, '\n').replace('consultation:\n', `consultation:\n${extra}`));

const blockText = (b: Block): string => {
  switch (b.type) {
    case 'heading':
      return b.text;
    case 'paragraph':
      return inlineText(b.runs);
    case 'list':
      return b.items.map(inlineText).join('\n');
    case 'table':
      return [b.columns.map((c) => c.header).join(' | '), ...b.rows.map((r) => r.map((c) => (typeof c === 'string' ? c : inlineText(c.runs))).join(' | '))].join('\n');
    default:
      return '';
  }
};
const text = (doc: DocumentModel): string => doc.sections.flatMap((s) => s.blocks).map(blockText).join('\n');
const headings = (doc: DocumentModel): string[] => doc.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text);

describe('RC: the procedure-specific section', () => {
  it.each([
    ['appel-offres-ouvert', "Déroulement de l'appel d'offres ouvert", 'L2124-2, R2124-2 1°'],
    ['appel-offres-restreint', "Déroulement de l'appel d'offres restreint", 'R2161-6'],
    ['procedure-adaptee', 'Déroulement de la procédure adaptée', 'L2123-1'],
    ['procedure-avec-negociation', 'Déroulement de la procédure avec négociation', 'L2124-3'],
    ['dialogue-competitif', 'Déroulement du dialogue compétitif', 'L2124-4'],
    ['marche-global-performance', 'Exigences propres au marché global de performance', 'L2171-3'],
  ])('%s', (procedure, heading, article) => {
    const doc = composeRc(ctxOf(procedure === 'dialogue-competitif' ? loadSpec(EXAMPLE) : withProcedure(procedure)));
    expect(headings(doc).some((h) => h.endsWith(heading))).toBe(true);
    expect(text(doc)).toContain(article);
    // exactly one procedure's section
    const sections = headings(doc).filter((h) => /Déroulement|Exigences propres/.test(h));
    expect(sections).toHaveLength(procedure === 'marche-global-performance' ? 2 : 1);
  });

  it('counts the duration from the start order, as the CCAP does, and says which CCAP article', () => {
    const all = text(composeRc(ctxOf(loadSpec(EXAMPLE))));
    expect(all).toContain('à compter de la date de démarrage fixée par ordre de service');
    expect(all).toMatch(/\(article \d+ du CCAP, pièce n° 03\)/u);
    expect(all).not.toContain('à compter de sa notification');
  });

  it('names each PSE by its code and title before its details (a template helper must not shadow the item)', () => {
    const catering = loadSpec(join(ROOT, 'examples', 'school-catering.yaml'));
    const all = text(composeRc(ctxOf(catering)));
    const pse = catering.spec.consultation.pse;
    expect(pse.length).toBeGreaterThan(0);
    pse.forEach((p, k) => expect(all).toContain(`PSE${k + 1} — ${p.title}. `));
  });

  it('says which sub-criteria weights the tool rounded to the hundredth, with their exact shares', () => {
    const all = text(composeRc(ctxOf(loadSpec(EXAMPLE))));
    // Sicoval: criterion 2 (20 points) between three equal sub-criteria; criterion 1 shares 5,625 twice.
    expect(all).toContain('Les parts exactes des sous-critères 2.1, 2.2, 2.3 dans les 20,0 points du critère 2 (6,666… points chacun) ne tombent pas au centième : elles sont annoncées arrondies au centième (6,67 ; 6,67 ; 6,66)');
    // Criterion 1 shares its points unequally (5,625 twice, 3,75 five times): only the two shares off the hundredth are named.
    expect(all).toContain('Les parts exactes des sous-critères 1.1, 1.4 dans les 30,0 points du critère 1 (5,625 points chacun) ne tombent pas au centième : elles sont annoncées arrondies au centième (5,63 ; 5,62)');
  });

  it('ends each buyer-written candidature item like the items around it', () => {
    const all = text(composeRc(ctxOf(loadSpec(EXAMPLE))));
    expect(all).toContain('au cours des trois dernières années ;');
    expect(all).toContain('des trois derniers exercices ;');
  });

  it('dialogue: candidate selection, phases, final offers', () => {
    const doc = composeRc(ctxOf(loadSpec(EXAMPLE)));
    const h = headings(doc);
    for (const s of ['Étape 1 — sélection des candidats', 'Étape 2 — phases de dialogue', 'Étape 3 — offres finales', 'Sélection des candidats admis à participer au dialogue']) expect(h.some((x) => x.endsWith(s))).toBe(true);
    expect(text(doc)).toContain('Le dialogue se déroule en 2 phases au plus.');
    expect(text(doc)).toContain('Date et heure limites de réception des candidatures');
  });

  it('procédure adaptée: negotiation reserved by default, none when the buyer says so', () => {
    expect(text(composeRc(ctxOf(withProcedure('procedure-adaptee'))))).toContain("L'acheteur se réserve la possibilité de négocier");
    const none = text(composeRc(ctxOf(withProcedure('procedure-adaptee', '  negotiation: none\n'))));
    expect(none).toContain('sans négociation');
    expect(none).not.toContain('se réserve la possibilité de négocier');
  });
});

describe('RC: lots, variants, pieces, price', () => {
  it('no lots: the buyer’s concrete reason under L2113-11, or the integrated-solution reason', () => {
    const own = variant((y) => y.replace('consultation:\n', 'consultation:\n  lots_not_divided_reason: Un seul réseau de collecte dessert les trente-six communes.\n'));
    expect(text(composeRc(ctxOf(own)))).toContain('L2113-11 du code de la commande publique, pour les raisons suivantes : Un seul réseau de collecte dessert les trente-six communes.');
    expect(text(composeRc(ctxOf(loadSpec(EXAMPLE))))).toContain('solution intégrée');
  });

  it('lots: each lot listed, no reason for not dividing', () => {
    const lots = variant((y) => y.replace('  lots: []', '  lots:\n    - { number: 1, title: Collecte }\n    - { number: 2, title: Prévention et réemploi }'));
    const t = text(composeRc(ctxOf(lots)));
    expect(t).toContain("Le marché est divisé en 2 lots, en application de l'article L2113-10");
    // The lots' table: number, title, the consultation's CPV (the lots have none of their own).
    expect(t).toContain('1 | Collecte | 90511000-2');
    expect(t).toContain('2 | Prévention et réemploi | 90511000-2');
    expect(t).toContain("n'est pas limité");
    expect(t).not.toContain('L2113-11');
  });

  it('lists exactly the registry’s publishable pieces, in number order, and cites them by number', () => {
    // A registry without the CCAP and the cadre de réponse: the RC lists and cites what the registry holds, no more.
    const pieces = DCE_PIECES.filter((p) => p.id !== 'ccap' && p.id !== 'cadre');
    const doc = composeRc(ctxOf(loadSpec(EXAMPLE), pieces));
    const table = doc.sections.flatMap((s) => s.blocks).find((b) => b.type === 'table' && b.columns[0]?.header === 'N°' && b.columns[1]?.header === 'Pièce');
    expect(table && table.type === 'table' ? table.rows.map((r) => r[0]) : []).toEqual(['01', '02', '04', '06']);
    expect(text(doc)).toContain("l'acte d'engagement (AE) (pièce n° 02)");
    expect(text(doc)).toContain('comprend les 4 pièces suivantes');
    // buyer-only pieces are never listed
    expect(text(doc)).not.toContain('Grille de notation de la commission');
  });

  it('defines the price marked, sets irregular offers aside before marking, level 0 is absent or insufficient', () => {
    const t = text(composeRc(ctxOf(loadSpec(EXAMPLE))));
    expect(t).toContain('Le prix noté est le montant total toutes taxes comprises de l\'offre pour toute la durée du marché, soit 72 mois, tel qu\'il résulte du cadre de prix');
    // The price schedule's lines, VAT and cell (piece 06): the same definition as the workbook and `score`.
    expect(t).toContain('Il est égal à la somme des montants hors taxes des lignes F1, F2 (feuille « DPGF ») du cadre de prix');
    expect(t).toContain('augmentée de la TVA au taux de 20 %, arrondie au centime ; il figure dans la feuille « Offre » du cadre de prix, cellule B14.');
    expect(t).toContain('une offre irrégulière est écartée avant toute notation');
    expect(t).toContain('Absent ou insuffisant');
    expect(t).not.toMatch(/non conforme —/);
    expect(t).toContain('demande par écrit au soumissionnaire des précisions et justifications');
  });

  it('speaks to bidders, not about the tool', () => {
    const t = text(composeRc(ctxOf(loadSpec(EXAMPLE))));
    for (const s of ['profil de pondération', 'clic droit', 'efc-tender', 'Sicoval-style', 'adaptée lorsque']) expect(t.toLowerCase()).not.toContain(s.toLowerCase());
  });
});

describe('CCTP', () => {
  it('keeps the usage performance, leaves the award rules to the RC, and has the data annex', () => {
    const doc = composeCctp(ctxOf(loadSpec(EXAMPLE)));
    const t = text(doc);
    expect(t).toContain('Indicateurs de performance d\'usage');
    expect(t).not.toContain("Critères d'attribution");
    expect(t).toContain('Annexe — Données du territoire');
    expect(t).toContain('Population du territoire');
    expect(t).toContain('Pesées des exutoires et registre des déchets du Sicoval');
  });

  it('an empty baseline gets the one year-1 clause', () => {
    const loaded = variant((y) => y.replace('    baseline: 190\n    baseline_year: 2025\n', ''));
    const t = text(composeCctp(ctxOf(loaded)));
    expect(t).toContain('La situation de référence de l\'indicateur « Ordures ménagères résiduelles par habitant » est mesurée pendant la première année d\'exécution, selon la méthode suivante : tonnages d\'ordures ménagères résiduelles pesés');
    expect(t).toContain('Mesurée pendant la première année');
  });

  it('a baseline recorded as measured in year 1 prints how the buyer said it will be measured', () => {
    const loaded = variant((y) => y.replace('    baseline: 190\n    baseline_year: 2025\n', '    baseline_measured_in_year_1: Pesées des douze premiers mois rapportées à la population INSEE\n'));
    const t = text(composeCctp(ctxOf(loaded)));
    expect(t).toContain('est mesurée pendant la première année d\'exécution, selon la méthode suivante : pesées des douze premiers mois rapportées à la population INSEE');
  });
});

describe('consultation block', () => {
  const problems = (edit: (y: string) => string): string[] => {
    try {
      return checkConsultation(variant(edit)).map((d) => `${d.code}@${d.line}`);
    } catch (err) {
      return (err as { diagnostics: { message: string; line?: number }[] }).diagnostics.map((d) => `${d.message}@${d.line}`);
    }
  };
  it('refuses a malformed CPV code, a false date, questions too close to the deadline, variants without requirements', () => {
    expect(problems((y) => y.replace('cpv: 90511000-2', 'cpv: 9051100-2')).join()).toMatch(/CPV code written dddddddd-d/);
    expect(problems((y) => y.replace('date: 2027-01-15', 'date: 2027-02-30')).join()).toMatch(/not a real calendar date/);
    expect(problems((y) => y.replace('questions_until: 2027-01-05', 'questions_until: 2027-01-12')).join()).toMatch(/more than 6 days before the deadline/);
    expect(problems((y) => y.replace('variants: { allowed: false }', 'variants: { allowed: true }')).join()).toMatch(/minimum_requirements/);
  });
  it('refuses negotiation in an appel d’offres, at its line', () => {
    const y = readFileSync(EXAMPLE, 'utf8').replace('procedure: dialogue-competitif', 'procedure: appel-offres-ouvert').replace('  phases: 2\n', '  negotiation: planned\n');
    const line = y.split('\n').findIndex((l) => l.includes('negotiation: planned')) + 1;
    expect(checkConsultation(loadSpecText(y, 'x.yaml')).map((d) => `${d.code}@${d.line}`)).toEqual([`consultation-negotiation@${line}`]);
  });
  it('defaults: a spec without the block is valid, 120 days, no visit, no variants', () => {
    const loaded = variant((y) => y.replace(/\nconsultation:\n(?: .*\n|\n)*?(?=\S)/, '\n'));
    expect(loaded.spec.consultation).toMatchObject({ offer_validity_days: 120, visit: { kind: 'none' }, variants: { allowed: false }, pse: [], tranches: [] });
    expect(text(composeRc(ctxOf(loaded)))).toContain('………………………… à ………… (heure de Paris)');
  });
});

describe('text is data in the RC', () => {
  it('the consultation’s texts reach the RC literally, never as markup or template', () => {
    const evil = (k: number): string => `**gras${k}** ::table criteria {{buyer.name}} # titre <w:t>&amp; ${k}`;
    const base = loadSpec(EXAMPLE);
    const c = base.spec.consultation;
    const spec = {
      ...base.spec,
      tender: { ...base.spec.tender, procedure: 'procedure-adaptee' as const },
      consultation: {
        ...c,
        buyer_profile: evil(1),
        visit: { kind: 'mandatory' as const, details: evil(2) },
        variants: { allowed: true, minimum_requirements: [evil(3)] },
        pse: [{ title: evil(4), description: evil(5), required: true, minimum_requirements: [], per: 'year' as const, scored: true }],
        lots_not_divided_reason: evil(6),
        tranches: [{ kind: 'firm' as const, title: evil(7) }],
        candidature: { ...c.candidature, capacities: [evil(8)], selection_criteria: [evil(9)] },
        phases: undefined,
      },
    };
    const doc = composeRc(ctxOf({ ...base, spec }));
    const t = text(doc);
    for (const k of [1, 2, 3, 4, 5, 6, 7, 8]) expect(t).toContain(evil(k));
    // selection criteria are printed only in two-stage procedures
    expect(t).not.toContain(evil(9));
    expect(headings(doc).filter((h) => h.includes('titre'))).toEqual([]);
  });
});
