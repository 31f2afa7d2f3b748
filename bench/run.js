// Benchmark of efc-tender's generation, run by `npm run bench` (after the build). Plain Node ESM, no dependency.
// Measures, in one run on this machine: (a) CLI start-up against bare node; (b) one spec as a whole process;
// (c) a --jobs 2 batch of 500 variants of the examples: time per DOCX document, and peak memory for 50 and 500 specs;
// (d) the reference, pandoc converting the same spec's Markdown to DOCX, one process per document.
// Every setting is reported as its median and spread (min–max) over its runs. Prints a table of ratios against the
// targets and writes it to bench/results.md. Exit 1 if a target is missed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'efc-tender.js');
const TMP = join(ROOT, 'bench', 'tmp');
const EXAMPLES = ['sicoval-waste', 'rural-mobility', 'school-catering'];
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const env = { ...process.env, NO_COLOR: '1' };
// Batch runs per setting: enough for a median on a shared 2-core VM. BENCH_RUNS=N sets fewer (or more) when the
// machine is too busy for the full set; the report says how many ran.
const BATCH_RUNS = Number(process.env.BENCH_RUNS) > 0 ? Math.floor(Number(process.env.BENCH_RUNS)) : 5;
// What is measured is generate's default output, the tender file (DCE): <name>/NN-piece.docx|xlsx, <name>/interne/,
// <name>-DCE.zip. BENCH_LAYOUT=spec measures the former layout (<name>-spec.docx and the two grids) for comparison.
const LAYOUT = process.env.BENCH_LAYOUT === 'spec' ? 'spec' : 'dce';
const layoutArgs = ['--layout', LAYOUT];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const log = (s) => process.stderr.write(`${s}\n`);
/** Median and spread of a setting's runs, e.g. "612 ms (580–702)". */
const spread = (xs, unit = 'ms', digits = 0) => `${median(xs).toFixed(digits)} ${unit} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

/** Run a command; wall time from here; peak RSS (KB, threads included) and CPU time (all threads) from GNU time. */
function run(cmd, args, { check = true } = {}) {
  const memFile = join(TMP, '.maxrss');
  const [file, argv] = TIME ? [TIME, ['-f', '%M %U %S', '-o', memFile, cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(file, argv, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (check && r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}\n${r.stderr}`);
  const [kb, user, sys] = TIME && existsSync(memFile) ? readFileSync(memFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { ms, kb, cpuMs: (user + sys) * 1000, stdout: r.stdout, stderr: r.stderr };
}

/** Variant i of the examples: its own reference and population, so no two documents are alike. */
function variant(i) {
  const name = EXAMPLES[i % EXAMPLES.length];
  const text = readFileSync(join(ROOT, 'examples', `${name}.yaml`), 'utf8');
  return text.replace(/(\n {2}reference: )(\S+)/, `$1$2-V${i}`).replace(/(\n {2}population: )(\d+)/, (_, a, n) => `${a}${Number(n) + i}`);
}

function writeVariants(dir, n) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `v${String(i).padStart(4, '0')}-${EXAMPLES[i % 3]}.yaml`), variant(i));
}

const cli = (...args) => [BIN, ...args];
/** Every file below a folder, relative, sorted: a DCE is a folder per spec, with a subfolder, and a zip beside it. */
const filesBelow = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
/** The DOCX documents of a batch's output: each example's count, times the variants of it. */
const docxOf = (files) => files.filter((n) => n.endsWith('.docx')).length;
const fresh = (d) => (rmSync(d, { recursive: true, force: true }), d);

function machine() {
  const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m) ?? [])[1] ?? cpus()[0]?.model ?? 'unknown';
  const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).stdout?.split('\n')[0] ?? 'pandoc not found';
  return { cores: availableParallelism(), cpu, node: process.version, memGb: (totalmem() / 2 ** 30).toFixed(1), pandoc };
}

function main() {
  mkdirSync(TMP, { recursive: true });
  const m = machine();
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  if (Number(load.split(' ')[0]) > 0.5) log(`warning: load average ${load}: other work is running, figures will be noisy`);
  log(`machine: ${m.cores} cores, ${m.cpu}, ${m.memGb} GB, node ${m.node}, ${m.pandoc}`);

  // (a) start-up: alternate the two commands so that a noisy moment hurts both alike.
  log('(a) start-up…');
  const bare = [];
  const help = [];
  run(process.execPath, cli('--help'));
  for (let i = 0; i < 21; i++) {
    bare.push(run(process.execPath, ['-e', '0']).ms);
    help.push(run(process.execPath, cli('--help')).ms);
  }
  const a = { bare: median(bare), help: median(help) };

  // (b) one spec, a whole process, as a user runs it.
  log('(b) one spec…');
  const oneOut = join(TMP, 'one');
  const one = [];
  for (let i = 0; i < 7; i++) one.push(run(process.execPath, cli('generate', 'examples/sicoval-waste.yaml', '-o', fresh(oneOut), ...layoutArgs)).ms);
  const names = filesBelow(oneOut);
  // Files and DOCX documents per example (the catering example has two lots: more pieces): a batch must write exactly
  // these for its variants, and its time per DOCX document counts them all.
  const perExample = Object.fromEntries(
    EXAMPLES.map((e) => {
      const dir = join(TMP, `one-${e}`);
      run(process.execPath, cli('generate', `examples/${e}.yaml`, '-o', fresh(dir), ...layoutArgs, '--quiet'));
      const files = filesBelow(dir);
      return [e, { files: files.length, docx: docxOf(files) }];
    }),
  );
  const docxPerSpec = perExample['sicoval-waste'].docx;

  // (c) batch, --jobs 2: 500 variants, and 50 for peak memory, interleaved so a busy moment costs both alike.
  log(`(c) --jobs 2 batches of 500 and 50 specs, ${BATCH_RUNS} times each (a few minutes)…`);
  const v500 = join(TMP, 'variants-500');
  const v50 = join(TMP, 'variants-50');
  writeVariants(v500, 500);
  fresh(v50);
  mkdirSync(v50);
  for (const f of readdirSync(v500).sort().slice(0, 50)) cpSync(join(v500, f), join(v50, f));
  const batch = (dir, out) => {
    const r = run(process.execPath, cli('generate', dir, '-o', fresh(out), '--jobs', '2', '--quiet', ...layoutArgs));
    const specs = readdirSync(dir);
    const exampleOf = (f) => EXAMPLES.find((e) => f.endsWith(`-${e}.yaml`));
    const expected = specs.reduce((n, f) => n + perExample[exampleOf(f)].files, 0);
    const written = filesBelow(out);
    if (written.length !== expected) throw new Error(`expected ${expected} files in ${out}, found ${written.length}`);
    return { ...r, n: specs.length, docx: docxOf(written) };
  };
  const out = join(TMP, 'out');
  const big = [];
  const small = [];
  for (let rep = 0; rep < BATCH_RUNS; rep++) {
    big.push(batch(v500, out));
    small.push(batch(v50, out));
  }
  // The whole batch's wall time over the DOCX documents it wrote: the XLSX grid each spec also gets is counted in.
  const perDocx = big.map((r) => r.ms / r.docx);
  const mb = (rs) => rs.map((r) => r.kb / 1024);

  // (d) pandoc: the same documents written as Markdown, then one pandoc process per document (in the DCE layout,
  // the examples' pieces in turn: RC, AE, CCAP, CCTP, cadre de réponse, the committee's grid; in the spec layout,
  // the three specifications in turn).
  log('(d) pandoc reference…');
  const md = join(TMP, 'md');
  run(process.execPath, cli('generate', ...EXAMPLES.map((e) => `examples/${e}.yaml`), '-o', fresh(md), '--format', 'md', '--quiet', ...layoutArgs));
  const mdDocs = filesBelow(md).filter((f) => f.endsWith('.md'));
  const pandoc = [];
  const pandocRuns = Math.max(15, mdDocs.length);
  for (let i = 0; i < pandocRuns; i++) {
    const doc = mdDocs[i % mdDocs.length];
    pandoc.push(run('pandoc', [join(md, doc), '-f', 'markdown', '-t', 'docx', '-o', join(md, `pandoc-${i}.docx`)]).ms);
  }
  const d = median(pandoc);

  // (e) monitor: one contract followed over three contract years (award once, then décompte + report of year 3).
  log('(e) monitor…');
  const mon = join(TMP, 'monitor');
  fresh(mon);
  mkdirSync(mon, { recursive: true });
  const contract = join(mon, 'sicoval.yaml');
  run(process.execPath, cli('award', 'examples/sicoval-waste.yaml', '--bidder', 'Bench', '--date', '2027-01-15', '-o', contract));
  const measures = [1, 2, 3].map((y) => `examples/monitor/sicoval-waste/mesures-A${y}.csv`);
  const monitorRuns = [];
  for (let i = 0; i < 7; i++) monitorRuns.push(run(process.execPath, cli('monitor', contract, '--measures', ...measures, '--year', '3', '-o', fresh(join(mon, 'out')))).ms / 3);

  const ratio = { startup: a.help / a.bare, docx: median(perDocx) / d, memory: median(mb(big)) / median(mb(small)) };
  const rows = [
    ['(a) start-up: `efc-tender --help` / `node -e 0`', `${spread(help)} / ${spread(bare)}`, ratio.startup, '≤ 2', ratio.startup <= 2],
    [`(b) one spec, whole process (${names.length} files) / one pandoc process`, `${spread(one)} / ${spread(pandoc)}`, median(one) / d, '—', undefined],
    ['(c) --jobs 2 batch of 500: time per DOCX document / one pandoc process', `${spread(perDocx, 'ms', 1)} / ${spread(pandoc)}`, ratio.docx, '≤ 0.25', ratio.docx <= 0.25],
    ['(c) peak memory 500 specs / 50 specs (--jobs 2)', `${spread(mb(big), 'MB')} / ${spread(mb(small), 'MB')}`, ratio.memory, '≤ 1.3', ratio.memory <= 1.3],
    ['(e) monitor: one contract, three contract years settled and reported, whole process, per contract-year', spread(monitorRuns, 'ms', 0), NaN, '—', undefined],
  ];
  const table = [
    '| measure | figures: median (min–max) | ratio of medians | target | met |',
    '|---|---|---:|---:|:---:|',
    ...rows.map(([what, figs, r, target, ok]) => `| ${what} | ${figs} | ${Number.isFinite(r) ? r.toFixed(2) : 'n/a'} | ${target} | ${ok === undefined ? '' : ok ? 'yes' : '**no**'} |`),
  ].join('\n');
  const details = [
    `- machine: ${m.cores} cores (\`nproc\`), ${m.cpu}, ${m.memGb} GB RAM, Node ${m.node}, ${m.pandoc}`,
    `- layout measured: ${LAYOUT === 'dce' ? "generate's default, the tender file (DCE)" : '--layout spec (specification + grids)'}; files per spec: ${names.length} for the waste example (${names.map((n) => `\`${n.replaceAll('sicoval-waste', '<name>')}\``).join(', ')}), ${docxPerSpec} of them DOCX; ${EXAMPLES.map((e) => `${e} ${perExample[e].files} files, ${perExample[e].docx} DOCX`).join('; ')}`,
    `- 500 specs, --jobs 2: ${spread(big.map((r) => r.ms / 1000), 's', 1)}, that is ${spread(big.map((r) => r.ms / r.n), 'ms', 1)} per spec; time per DOCX document = the batch's wall time / the DOCX documents it wrote (${big[0].docx}; the XLSX workbooks' and the zips' time included)`,
    `- CPU time (all threads) per spec, 500 specs --jobs 2: ${spread(big.map((r) => r.cpuMs / r.n), 'ms', 1)}`,
    `- 50 specs, --jobs 2: ${spread(small.map((r) => r.ms / 1000), 's', 1)}`,
    `- peak RSS of the whole process (main thread + worker threads, GNU time): 50 specs ${mb(small).map((x) => x.toFixed(0)).join(', ')} MB; 500 specs ${mb(big).map((x) => x.toFixed(0)).join(', ')} MB`,
    `- runs: \`node -e 0\` and \`--help\` 21 each, alternated; one spec 7; batches ${BATCH_RUNS} of each size, interleaved${BATCH_RUNS < 5 ? ` (BENCH_RUNS=${BATCH_RUNS}: fewer than the usual 5, the spreads say less)` : ''}; pandoc ${pandocRuns} (Markdown → DOCX, ${LAYOUT === 'dce' ? `the examples' ${mdDocs.length} DCE documents` : 'three example specs'} in turn)`,
    `- no V8 flag is set and no library internal is used: the figures are those of the public-API writer`,
    `- load average when the run started: ${load}`,
  ].join('\n');
  const report = `# Benchmark results\n\nGenerated by \`npm run bench\` (bench/run.js); do not edit by hand.\n\n${table}\n\n${details}\n`;
  writeFileSync(join(ROOT, 'bench', 'results.md'), report);
  process.stdout.write(`\n${table}\n\n${details}\n\nwritten to bench/results.md\n`);
  if (rows.some((r) => r[4] === false)) process.exitCode = 1;
}

main();
