import { encodePng } from './png.js';
import { Raster, type Rgb } from './raster.js';

export interface TrajectoryPoint {
  /** Position in contract years: 1 = end of year 1; a quarter q of year y is at y − 1 + q/4. */
  readonly x: number;
  readonly value: number;
  /** Contested values are drawn hollow: shown, not counted. */
  readonly contested?: boolean;
}

export interface TrajectoryChart {
  /** Contract years shown on the x axis (1…years), with the baseline at 0. */
  readonly years: number;
  readonly baseline?: number;
  /** Committed target of each contract year (year 1 first). */
  readonly targets: readonly (number | undefined)[];
  readonly measured: readonly TrajectoryPoint[];
  /** The indicator's final target (horizon), drawn as a dashed line. */
  readonly goal?: number;
  /** Year labels' prefix: "A" (année) or "Y" (year). */
  readonly yearPrefix: string;
  /** Decimal mark of the axis labels. */
  readonly decimal: ',' | '.';
}

export const COLOURS: Readonly<Record<'baseline' | 'target' | 'measured' | 'goal' | 'axis' | 'grid' | 'text', Rgb>> = {
  baseline: [128, 128, 128],
  target: [31, 78, 121],
  measured: [214, 96, 24],
  goal: [46, 139, 87],
  axis: [64, 64, 64],
  grid: [225, 225, 225],
  text: [40, 40, 40],
};

/** Round tick spacing (1, 2 or 5 × 10^k) that gives about five intervals over [lo, hi]. */
export function niceStep(lo: number, hi: number): number {
  const span = Math.max(hi - lo, 1e-9);
  const raw = span / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

const label = (v: number, step: number, decimal: string): string => {
  const digits = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return v.toFixed(digits).replace('.', decimal);
};

/**
 * An indicator's trajectory as PNG bytes: baseline (grey, dashed) at x = 0 and across, committed targets per year
 * (blue line and squares), measured values (orange line and dots; hollow when contested), final goal (green, dashed).
 * Deterministic: integer pixels, own PNG encoder.
 */
export function trajectoryPng(c: TrajectoryChart, width = 1000, height = 460): Uint8Array {
  const r = new Raster(width, height);
  const S = 2; // font scale
  const values = [c.baseline, c.goal, ...c.targets, ...c.measured.map((m) => m.value)].filter((v): v is number => v !== undefined && Number.isFinite(v));
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (!values.length) [lo, hi] = [0, 1];
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.1;
  const step = niceStep(lo - pad, hi + pad);
  const y0 = Math.floor((lo - pad) / step) * step;
  const y1 = Math.ceil((hi + pad) / step) * step;
  const left = 110;
  const right = width - 30;
  const top = 20;
  const bottom = height - 50;
  const px = (x: number): number => Math.round(left + ((right - left) * x) / Math.max(c.years, 1));
  const py = (v: number): number => Math.round(bottom - ((bottom - top) * (v - y0)) / (y1 - y0 || 1));
  for (let k = 0; y0 + k * step <= y1 + step / 1e6; k++) {
    const v = y0 + k * step;
    r.line(left, py(v), right, py(v), COLOURS.grid, 1);
    const text = label(v, step, c.decimal);
    r.text(left - 12 - Raster.textWidth(text, S), py(v) - 7, text, S, COLOURS.text);
  }
  for (let x = 0; x <= c.years; x++) {
    r.line(px(x), bottom, px(x), bottom + 6, COLOURS.axis, 2);
    const text = x === 0 ? 'REF' : `${c.yearPrefix}${x}`;
    r.text(px(x) - Raster.textWidth(text, S) / 2, bottom + 14, text, S, COLOURS.text);
  }
  r.line(left, top, left, bottom, COLOURS.axis, 2);
  r.line(left, bottom, right, bottom, COLOURS.axis, 2);
  if (c.goal !== undefined) r.line(left, py(c.goal), right, py(c.goal), COLOURS.goal, 3, [14, 8]);
  if (c.baseline !== undefined) {
    r.line(left, py(c.baseline), right, py(c.baseline), COLOURS.baseline, 3, [8, 8]);
    r.disc(px(0), py(c.baseline), 7, COLOURS.baseline);
  }
  // Targets: from the baseline (when known) through each year's commitment.
  const tpts = c.targets.flatMap((v, k) => (v === undefined ? [] : [{ x: k + 1, value: v }]));
  const tline = c.baseline !== undefined ? [{ x: 0, value: c.baseline }, ...tpts] : tpts;
  for (let k = 1; k < tline.length; k++) r.line(px(tline[k - 1]!.x), py(tline[k - 1]!.value), px(tline[k]!.x), py(tline[k]!.value), COLOURS.target, 4);
  for (const t of tpts) r.rect(px(t.x) - 7, py(t.value) - 7, px(t.x) + 7, py(t.value) + 7, COLOURS.target);
  const m = [...c.measured].sort((a, b) => a.x - b.x);
  const counted = m.filter((p) => !p.contested);
  for (let k = 1; k < counted.length; k++) r.line(px(counted[k - 1]!.x), py(counted[k - 1]!.value), px(counted[k]!.x), py(counted[k]!.value), COLOURS.measured, 4);
  for (const p of m) {
    if (p.contested) r.ring(px(p.x), py(p.value), 9, 3, COLOURS.measured);
    else r.disc(px(p.x), py(p.value), 8, COLOURS.measured);
  }
  return encodePng(width, height, r.pixels);
}
