import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/load/catalog.js';
import { prepare } from '../src/generate/pipeline.js';
import { renderDce } from '../src/dce/build.js';
import { ROOT } from './helpers/cli.js';

/**
 * Published pieces speak to bidders (issue 14 item 10): no word about the tool or advice to the buyer, no wording of
 * another domain, one unit per indicator. Checked on the Markdown DCE of each example, in both languages.
 */
const catalog = loadCatalog();
const EXAMPLES = { 'sicoval-waste': 'waste', 'rural-mobility': 'mobility', 'school-catering': 'catering' } as const;
type Domain = (typeof EXAMPLES)[keyof typeof EXAMPLES];

/** Words that belong to one domain only: seen in another domain's tender, they leaked from a shared template. */
const LEXICON: Readonly<Record<Domain, RegExp>> = {
  waste: /\b(?:déchets?|ordures|collecte|tri sélectif|tournées|filières? de traitement|volumes traités|bennes?|exutoires?|encombrants|household waste|residual waste|collection rounds|treatment channels|volumes handled)\b/iu,
  mobility: /\b(?:voyageurs?|covoiturage|transport à la demande|trajets?|permis de conduire|autopartage|chauffeurs?|passengers?|car-?pooling|demand-responsive|driving licen[cs]e)\b/iu,
  catering: /\b(?:repas|convives?|cantines?|restauration scolaire|denrées|gaspillage alimentaire|EGalim|meals?|diners?|canteens?|school catering|foodstuffs?)\b/iu,
};

/** About the tool, or advice to the buyer: never in a piece the bidders receive. */
const TOOL_OR_ADVICE = /efc-tender|\bEFC\b|profil de pondération|weighting profile|clic droit|right-click|adaptée lorsque|suited when|nous (?:conseillons|recommandons)|we recommend/iu;

async function publishedTexts(name: string, lang: 'fr' | 'en'): Promise<{ file: string; text: string }[]> {
  const { loaded, grid } = prepare(join(ROOT, 'examples', `${name}.yaml`), catalog, lang);
  const files = await renderDce(loaded, grid, catalog, { format: 'md' });
  return files.filter((f) => typeof f.data === 'string' && !f.name.includes('/interne/')).map((f) => ({ file: f.name, text: f.data as string }));
}

/** Each line of `text` that `re` matches, with its file: what a failing test shows. */
const hits = (pieces: readonly { file: string; text: string }[], re: RegExp): string[] =>
  pieces.flatMap((p) => p.text.split('\n').filter((l) => re.test(l)).map((l) => `${p.file}: ${l.slice(0, 160)}`));

describe('published pieces speak to bidders, in their own domain', () => {
  for (const [name, domain] of Object.entries(EXAMPLES) as [keyof typeof EXAMPLES, Domain][]) {
    for (const lang of ['fr', 'en'] as const) {
      it(`${name} (${lang})`, async () => {
        const pieces = await publishedTexts(name, lang);
        expect(pieces.length).toBeGreaterThanOrEqual(5);
        expect(hits(pieces, TOOL_OR_ADVICE)).toEqual([]);
        for (const [other, words] of Object.entries(LEXICON)) if (other !== domain) expect(hits(pieces, words), `${other} words in ${name}`).toEqual([]);
        // The lexicon is not blind: the example's own domain words are there.
        expect(hits(pieces, LEXICON[domain]).length).toBeGreaterThan(3);
      });
    }
  }

  it.each(Object.keys(EXAMPLES))('%s: every indicator is printed with its one unit wherever a unit follows it', async (name) => {
    const { loaded } = prepare(join(ROOT, 'examples', `${name}.yaml`), catalog);
    const text = (await publishedTexts(name, 'fr')).map((p) => p.text).join('\n');
    for (const i of loaded.spec.usage_performance) {
      const label = i.label.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
      // "Label** — Unité : u", "Label** — Référence (u)", "Label** — Cible 2030 (u)", "Label** — id | u |".
      const units = [
        ...[...text.matchAll(new RegExp(`${label}\\*\\* — Unité\\s?: ([^|]+?) \\|`, 'gu'))].map((m) => m[1]!),
        ...[...text.matchAll(new RegExp(`${label}\\*\\* — (?:Référence|Cible \\d{4}) \\(([^|]+)\\) \\|`, 'gu'))].map((m) => m[1]!),
        ...[...text.matchAll(new RegExp(`${label}\\*\\* — ${i.id} \\| ([^|]+?) \\| (?:année|semestre|trimestre|mois)`, 'gu'))].map((m) => m[1]!),
      ];
      expect(units.length, i.id).toBeGreaterThan(0);
      expect(new Set(units), i.id).toEqual(new Set([i.unit]));
    }
  });

  it('a copy made with --toc-page-numbers asks nobody to right-click its table of contents', async () => {
    const { loaded, grid } = prepare(join(ROOT, 'examples', 'school-catering.yaml'), catalog);
    const files = await renderDce(loaded, grid, catalog, { tocPageNumbers: true });
    const docx = files.filter((f) => f.name.endsWith('.docx') && !f.name.includes('/interne/'));
    // Two lots: the RC and CCTP, then one AE, CCAP and cadre de réponse per lot.
    expect(docx.map((f) => f.name.replace(/^.*\//u, ''))).toEqual(['01-RC.docx', '02-AE-lot-1.docx', '02-AE-lot-2.docx', '03-CCAP-lot-1.docx', '03-CCAP-lot-2.docx', '04-CCTP.docx', '05-cadre-de-reponse-lot-1.docx', '05-cadre-de-reponse-lot-2.docx']);
    const xmls = docx.map((f) => ({ name: f.name, xml: strFromU8(unzipSync(new Uint8Array(f.data as Buffer))['word/document.xml']!) }));
    // The RC, CCAP, CCTP and cadre de réponse have a table of contents (the AE, a form, has none).
    expect(xmls.filter((x) => x.xml.includes('TOC \\')).map((x) => x.name.includes('/02-AE'))).toEqual(Array(6).fill(false));
    for (const x of xmls) expect(x.xml, x.name).not.toMatch(/clic droit|right-click|Mettre à jour/iu);
  });
});
