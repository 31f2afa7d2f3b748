import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeAe } from '../src/compose/dce/ae.js';
import { articleNumbers, composeCcap } from '../src/compose/dce/ccap.js';
import { workedExample } from '../src/compose/dce/reference-scenario.js';
import { composeResponseFramework } from '../src/compose/dce/response-framework.js';
import { eurosText, resolvePay } from '../src/pay/index.js';
import { renderDocx } from '../src/render/docx/index.js';
import { formatMoney } from '../src/wording/format.js';
import { tempDir } from './helpers/cli.js';
import { exampleContext } from './helpers/dce.js';
import { pdfPages, pdfText, sofficeConvert } from './helpers/office.js';

/** pdftotext keeps the page's line breaks and the no-break spaces; compare with all white space folded. */
const fold = (s: string): string => s.replace(/[\s\u00a0\u202f]+/g, ' ');

describe('CCAP, AE and cadre de réponse open in LibreOffice and read back (sicoval-waste)', () => {
  const ctx = exampleContext('sicoval-waste');
  const { spec } = ctx.spec;
  const out = tempDir('efc-dce-ccap-');
  const read = async (file: string, doc: Parameters<typeof renderDocx>[0]): Promise<{ text: string; pages: number }> => {
    const path = join(out, file);
    writeFileSync(path, await renderDocx(doc));
    const pdf = sofficeConvert(path, 'pdf');
    return { text: fold(pdfText(pdf, { layout: false })), pages: pdfPages(pdf) };
  };

  it('CCAP: every article, the pay article with src/pay’s worked example, the derogations last', async () => {
    const { text, pages } = await read('03-CCAP.docx', composeCcap(ctx));
    expect(pages).toBeGreaterThan(8);
    const art = articleNumbers();
    expect(text).toContain(`Article ${art.performance} — Rémunération liée à la performance`);
    expect(text).toContain(`Article ${art.derogations} — Dérogations au CCAG`);
    // the derogations article comes last in the document
    expect(text.lastIndexOf('Article ')).toBeGreaterThanOrEqual(text.indexOf(`Article ${art.derogations} — Dérogations`) - 1);
    const { pay } = resolvePay(spec);
    const { settlement } = workedExample(pay!);
    expect(text).toContain(fold(`+${formatMoney(Number(eurosText(settlement.totalCents)), 'fr', 2)}`));
    for (const c of spec.contract.environmental_conditions) expect(text).toContain(fold(c).slice(0, 40));
    expect(text).toContain('pièce n° 05');
  });

  it('AE: pre-filled buyer, object and duration; price boxes HT, TVA, TTC', async () => {
    const { text } = await read('02-AE.docx', composeAe(ctx));
    expect(text).toContain(spec.buyer.name);
    expect(text).toContain(fold(spec.tender.title).slice(0, 40));
    expect(text).toMatch(/Montant HT \(€\).*Taux de TVA.*Montant TTC \(€\)/);
    expect(text).toContain(`${spec.tender.duration_months} mois`);
  });

  it('cadre de réponse: every sub-criterion, the tags, and the commitments table', async () => {
    const { text } = await read('05-cadre-de-reponse.docx', composeResponseFramework(ctx));
    for (const s of ctx.grid.criteria.filter((c) => c.kind === 'quality').flatMap((c) => c.subCriteria)) expect(text).toContain(fold(`${s.number} ${s.label}`));
    expect(text).toContain('obligatoire');
    expect(text).toContain('pour la notation');
    expect(text).toContain('Tableau des engagements de performance');
    for (const ind of resolvePay(spec).pay!.indicators) expect(text).toContain(ind.id);
  });
});
