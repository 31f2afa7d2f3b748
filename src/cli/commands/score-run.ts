import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadCatalog } from '../../load/catalog.js';
import { loadSpec } from '../../load/spec.js';
import { printable } from '../../model/diagnostic.js';
import type { ScoreResult } from '../../model/result.js';
import { mark, num } from '../../score/format.js';
import { loadMarksInput } from '../../score/inputs.js';
import { scoreTender } from '../../score/score.js';
import { selectCriteria } from '../../select/select.js';
import { assertWritable } from '../../util/fs.js';
import { writeOutputSet } from '../../write/lock.js';
import { makeColor, printableData } from '../ui.js';
import type { ScoreCliOptions } from './score.js';

export async function runScore(specFile: string, opts: ScoreCliOptions): Promise<void> {
  const loaded = loadSpec(specFile);
  const catalog = loadCatalog(opts.criteria);
  const grid = selectCriteria(loaded, catalog, opts.lang);
  const out = opts.out ?? (opts.json ? undefined : `${loaded.name}-${grid.lang === 'fr' ? 'rapport-analyse' : 'evaluation-report'}.docx`);
  // Refuse before any work when the report exists: nothing is half-done.
  if (out) assertWritable([out], opts.force, grid.lang);
  // CSV marks carry no prices: by convention <spec>-prices.csv beside the spec is used when --prices is not given.
  const conventional = join(dirname(specFile), `${loaded.name}-prices.csv`);
  const pricesFile = opts.prices ?? (grid.price && opts.marks.every((m) => !/\.xlsx$/i.test(m)) && existsSync(conventional) ? conventional : undefined);
  const input = await loadMarksInput(opts.marks, grid, loaded.spec.tender.reference, pricesFile);
  const result = scoreTender(loaded, grid, input, {
    specFile,
    ...(pricesFile ? { pricesFile } : {}),
    ...(opts.allowMissing ? { allowMissing: true } : {}),
    ...(opts.spread !== undefined ? { spreadLevels: opts.spread } : {}),
    ...(opts.date ? { date: opts.date } : {}),
  });
  if (out) {
    const [{ composeScoreReport }, { renderDocx }] = await Promise.all([import('../../compose/report-document.js'), import('../../render/docx/index.js')]);
    // Through the one writer, under the folder's lock: staged, fsynced, never overwriting without --force.
    await writeOutputSet(dirname(out), [{ name: basename(out), data: await renderDocx(composeScoreReport(result)) }], { force: opts.force, lang: grid.lang });
  }
  if (opts.json) process.stdout.write(JSON.stringify({ ok: true, ...(out ? { report: out } : {}), result }, null, 2) + '\n');
  else {
    if (pricesFile && !opts.prices) process.stdout.write(`${grid.lang === 'fr' ? 'Prix lus dans' : 'Prices read from'} ${printable(pricesFile)}\n`);
    process.stdout.write(terminal(printableData(result), out)); // bidder and evaluator names come from the user's files
  }
}

/** The ranking as a small table, then what the committee must look at. */
function terminal(r: ScoreResult, out: string | undefined): string {
  const c = makeColor(process.stdout);
  const lang = r.meta.lang;
  const fr = lang === 'fr';
  const crits = r.criteria;
  const head = [fr ? 'Rang' : 'Rank', fr ? 'Soumissionnaire' : 'Bidder', ...crits.map((x) => `${x.number} (${num(x.weight, lang, 0)})`), 'Total'];
  const rows = r.bidders.map((b) => [String(b.rank), b.id, ...crits.map((x) => num(b.criterionPoints[x.id] ?? 0, lang)), num(b.total, lang)]);
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((row) => row[k]!.length)));
  const line = (cells: string[]) => cells.map((x, k) => (k === 1 ? x.padEnd(widths[k]!) : x.padStart(widths[k]!))).join('  ');
  const lines = [c.bold(`${fr ? 'Classement' : 'Ranking'} — ${r.meta.reference}`), c.dim(line(head)), ...rows.map((row, k) => (r.bidders[k]!.rank === 1 ? c.green(line(row)) : line(row)))];
  for (const t of r.findings.filter((f) => f.code === 'tie' || f.code.startsWith('tie-'))) lines.push(c.yellow(t.message));
  const rb = r.robustness;
  if (rb) lines.push(rb.fragile ? c.yellow(`${fr ? 'Classement fragile :' : 'Fragile ranking:'} ${rb.reasons.join(' ')}`) : c.green(fr ? `Classement robuste (écart ${num(rb.margin, lang)} pts).` : `Robust ranking (margin ${num(rb.margin, lang)} pts).`));
  const q = r.abnormallyLow.toQuestion;
  if (q.length) lines.push(c.yellow(`${fr ? 'Prix à faire justifier :' : 'Prices to be justified:'} ${q.map((x) => x.bidder).join(', ')}`));
  const consensus = r.marks.filter((m) => m.needsConsensus);
  if (consensus.length) lines.push(c.yellow(`${fr ? 'Notes à arrêter en consensus :' : 'Marks to settle by consensus:'} ${consensus.map((m) => `${m.bidder}/${m.criterion} (${m.byEvaluator.map((e) => mark(e.mark, lang)).join(', ')})`).join('; ')}`));
  const warn = r.findings.filter((f) => f.severity === 'warning' && !['marks-spread', 'abnormally-low'].includes(f.code) && !f.code.startsWith('tie')).length;
  if (warn) lines.push(c.yellow(fr ? `${warn} autre(s) point(s) de contrôle dans le rapport.` : `${warn} other check(s) listed in the report.`));
  if (out) lines.push(`${fr ? 'Rapport écrit :' : 'Report written:'} ${printable(out)}`);
  return lines.join('\n') + '\n';
}
