import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadCatalog, type Catalog } from '../../load/catalog.js';
import type { LoadedSpec } from '../../load/spec.js';
import type { Lang } from '../../model/common.js';
import type { DocumentWords } from '../../wording/catalog.js';
import { loadSpec } from '../../load/spec.js';
import { printable } from '../../model/diagnostic.js';
import { InputError } from '../../model/errors.js';
import { optionProblem } from '../options.js';
import type { ScoreResult } from '../../model/result.js';
import { mark, num } from '../../score/format.js';
import { readConsensusCsv, readRegularityCsv } from '../../load/committee-csv.js';
import { loadMarksInput } from '../../score/inputs.js';
import { scoreTender, type ScoreOptions } from '../../score/score.js';
import { lotsOnUndividedTender, scoreLots } from '../../score/lots.js';
import { selectCriteria } from '../../select/select.js';
import { assertWritable } from '../../util/fs.js';
import { writeOutputSet } from '../../write/lock.js';
import { t } from '../../wording/catalog.js';
import { loadDocumentWords } from '../../wording/overrides.js';
import { makeColor, printableData, setTerminalLang } from '../ui.js';
import type { ScoreCliOptions } from './score.js';

export async function runScore(specFile: string, opts: ScoreCliOptions): Promise<void> {
  const loaded = loadSpec(specFile);
  setTerminalLang(opts.lang ?? loaded.spec.language);
  const catalog = loadCatalog(opts.criteria);
  const grid = selectCriteria(loaded, catalog, opts.lang);
  // Read the report's word overrides before any work: a bad labels.yaml is an input error, nothing written.
  const words = loadDocumentWords(grid.lang, opts.templates);
  const out = opts.out ?? (opts.json ? undefined : `${loaded.name}-${grid.lang === 'fr' ? 'rapport-analyse' : 'evaluation-report'}.docx`);
  // Refuse before any work when the report exists: nothing is half-done.
  if (out) assertWritable([out], opts.force, grid.lang);
  if (opts.priceSchedules && opts.prices) throw new InputError([{ ...optionProblem('option-conflict', { option: '--price-schedules', other: '--prices' }), hint: t(grid.lang, 'load.ps-option-conflict-hint') }]);
  // The bidders' filled price schedules: each scored price computed as the RC defines it, every bad cell reported.
  const schedules = opts.priceSchedules ? await (await import('../../score/price-schedule-input.js')).loadPriceSchedules(opts.priceSchedules, loaded.spec, words, grid.lang) : undefined;
  // CSV marks carry no prices: by convention <spec>-prices.csv beside the spec is used when --prices is not given.
  const conventional = join(dirname(specFile), `${loaded.name}-prices.csv`);
  const pricesFile = schedules ? undefined : opts.prices ?? (grid.price && opts.marks.every((m) => !/\.xlsx$/i.test(m)) && existsSync(conventional) ? conventional : undefined);
  const regularity = opts.regularity ? readRegularityCsv(opts.regularity) : undefined;
  if (loaded.spec.tender.lots.length) {
    // Consensus marks and price schedules are read against one grid; each lot has its own, so they are refused, not misread.
    const unsupported = ([['--consensus', opts.consensus], ['--price-schedules', opts.priceSchedules]] as const).filter(([, v]) => v !== undefined);
    if (unsupported.length) throw new InputError(unsupported.map(([option]) => ({ severity: 'error', code: 'option-unsupported-with-lots', message: t(grid.lang, 'lots.option-unsupported', { option }) })));
    if (regularity?.problems.length) throw new InputError(regularity.problems);
    await runLotsScore(specFile, loaded, catalog, grid.lang, words, out, pricesFile, opts, regularity?.entries);
    return;
  }
  const undivided = lotsOnUndividedTender([...opts.marks, ...(pricesFile ? [pricesFile] : [])], opts.lot, grid.lang);
  if (undivided.length) throw new InputError(undivided);
  const input = await loadMarksInput(opts.marks, grid, loaded.spec.tender.reference, pricesFile, { estimatedValue: loaded.spec.tender.estimated_value_eur, ...(schedules ? { prices: schedules.prices } : {}) });
  const consensus = opts.consensus ? readConsensusCsv(opts.consensus, grid) : undefined;
  const committeeProblems = [...(regularity?.problems ?? []), ...(consensus?.problems ?? [])];
  if (committeeProblems.length) throw new InputError(committeeProblems);
  const result = scoreTender(loaded, grid, input, {
    ...(regularity && opts.regularity ? { regularity: regularity.entries, regularityFile: opts.regularity } : {}),
    ...(consensus && opts.consensus ? { consensus: consensus.entries, consensusFile: opts.consensus } : {}),
    ...(opts.final ? { final: true } : {}),
    specFile,
    ...(pricesFile ? { pricesFile } : {}),
    ...(opts.allowMissing ? { allowMissing: true } : {}),
    ...(opts.spread !== undefined ? { spreadLevels: opts.spread } : {}),
    ...(opts.date ? { date: opts.date } : {}),
  });
  const tables = schedules ? (await import('../../score/price-schedule-report.js')).scheduleTables(schedules.filled, words) : undefined;
  if (out) {
    const [{ composeScoreReport }, { renderDocx }, { withScheduleAnnex }] = await Promise.all([import('../../compose/report-document.js'), import('../../render/docx/index.js'), import('../../score/price-schedule-report.js')]);
    const doc = composeScoreReport(result, words);
    // Through the one writer, under the folder's lock: staged, fsynced, never overwriting without --force.
    await writeOutputSet(dirname(out), [{ name: basename(out), data: await renderDocx(tables ? withScheduleAnnex(doc, tables, words) : doc) }], { force: opts.force, lang: grid.lang });
  }
  const priceSchedules = schedules?.filled.map((f) => ({ bidder: f.bidder, file: f.file, prices: f.prices, computation: f.computation }));
  if (opts.json) process.stdout.write(JSON.stringify({ ok: true, ...(out ? { report: out } : {}), result, ...(priceSchedules ? { priceSchedules } : {}) }, null, 2) + '\n');
  else {
    if (tables) process.stdout.write(printable((await import('../../score/price-schedule-report.js')).scheduleText(tables, words), true) + '\n');
    if (pricesFile && !opts.prices) process.stdout.write(t(grid.lang, 'score.cli.pricesReadFrom', { file: printable(pricesFile) }) + '\n');
    process.stdout.write(terminal(printableData(result), out)); // bidder and evaluator names come from the user's files
  }
}

/** A tender with lots: one ranking per lot (or the one --lot names), one report with a part per lot. */
async function runLotsScore(specFile: string, loaded: LoadedSpec, catalog: Catalog, lang: Lang, words: DocumentWords, out: string | undefined, pricesFile: string | undefined, opts: ScoreCliOptions, regularity?: ScoreOptions['regularity']): Promise<void> {
  const scores = await scoreLots(loaded, catalog, opts.marks, {
    specFile,
    ...(regularity && opts.regularity ? { regularity, regularityFile: opts.regularity } : {}),
    ...(opts.final ? { final: true } : {}),
    lang,
    ...(opts.lot !== undefined ? { lot: opts.lot } : {}),
    ...(pricesFile ? { pricesFile } : {}),
    ...(opts.allowMissing ? { allowMissing: true } : {}),
    ...(opts.spread !== undefined ? { spreadLevels: opts.spread } : {}),
    ...(opts.date ? { date: opts.date } : {}),
  });
  if (out) {
    const [{ composeLotsReport }, { renderDocx }] = await Promise.all([import('../../score/lots-report.js'), import('../../render/docx/index.js')]);
    await writeOutputSet(dirname(out), [{ name: basename(out), data: await renderDocx(composeLotsReport(scores, words)) }], { force: opts.force, lang });
  }
  if (opts.json) {
    process.stdout.write(JSON.stringify({ ok: true, ...(out ? { report: out } : {}), lots: scores.map((s) => ({ lot: s.lot.number, title: s.lot.title, result: s.result })) }, null, 2) + '\n');
    return;
  }
  if (pricesFile && !opts.prices) process.stdout.write(t(lang, 'score.cli.pricesReadFrom', { file: printable(pricesFile) }) + '\n');
  const c = makeColor(process.stdout);
  for (const s of scores) {
    process.stdout.write(c.bold(words.t('lots.report.section', { n: s.lot.number, title: printable(s.lot.title) })) + '\n');
    process.stdout.write(terminal(printableData(s.result), undefined));
  }
  if (out) process.stdout.write(t(lang, 'score.cli.written', { file: printable(out) }) + '\n');
}

/** The ranking as a small table, then what the committee must look at. */
function terminal(r: ScoreResult, out: string | undefined): string {
  const c = makeColor(process.stdout);
  const lang = r.meta.lang;
  const crits = r.criteria;
  const head = [t(lang, 'score.cli.rank'), t(lang, 'score.cli.bidder'), ...crits.map((x) => `${x.number} (${num(x.weight, lang, 0)})`), t(lang, 'score.cli.total')];
  const rows = r.bidders.map((b) => [String(b.rank), b.id, ...crits.map((x) => num(b.criterionPoints[x.id] ?? 0, lang)), num(b.total, lang)]);
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((row) => row[k]!.length)));
  const line = (cells: string[]) => cells.map((x, k) => (k === 1 ? x.padEnd(widths[k]!) : x.padStart(widths[k]!))).join('  ');
  const lines = [c.bold(t(lang, 'score.cli.ranking', { reference: r.meta.reference })), c.dim(line(head)), ...rows.map((row, k) => (r.bidders[k]!.rank === 1 ? c.green(line(row)) : line(row)))];
  for (const f of r.findings.filter((x) => x.code === 'tie' || x.code.startsWith('tie-'))) lines.push(c.yellow(f.message));
  const rb = r.robustness;
  if (rb) lines.push(rb.fragile ? c.yellow(t(lang, 'score.cli.fragile', { reasons: rb.reasons.join(' ') })) : c.green(t(lang, 'score.cli.robust', { margin: num(rb.margin, lang) })));
  if (r.setAside.length) lines.push(c.yellow(t(lang, 'score.cli.setAside', { list: r.setAside.map((x) => x.bidder).join(', ') })));
  // A justification the committee has examined (accepted or rejected, in --regularity) is no longer to ask for.
  const q = r.abnormallyLow.toQuestion.filter((x) => !['accepted', 'rejected'].includes(r.regularity.find((g) => g.bidder === x.bidder)?.priceJustification ?? ''));
  if (q.length) lines.push(c.yellow(t(lang, 'score.cli.toJustify', { bidders: q.map((x) => x.bidder).join(', ') })));
  const consensus = r.marks.filter((m) => m.needsConsensus);
  if (consensus.length) lines.push(c.yellow(t(lang, 'score.cli.consensus', { list: consensus.map((m) => `${m.bidder}/${m.criterion} (${m.byEvaluator.map((e) => mark(e.mark, lang)).join(', ')})`).join('; ') })));
  const warn = r.findings.filter((f) => f.severity === 'warning' && !['marks-spread', 'abnormally-low'].includes(f.code) && !f.code.startsWith('tie')).length;
  if (warn) lines.push(c.yellow(t(lang, 'score.cli.otherChecks', { count: warn })));
  if (r.state === 'final') lines.push(c.green(t(lang, 'score.cli.final')));
  else lines.push(c.yellow(r.openItems.length ? t(lang, 'score.cli.provisional', { count: r.openItems.length }) : t(lang, 'score.cli.provisionalReady')));
  if (out) lines.push(t(lang, 'score.cli.written', { file: printable(out) }));
  return lines.join('\n') + '\n';
}
