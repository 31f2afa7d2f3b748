import { GLYPHS, GLYPH_H, GLYPH_W } from './font.js';

export type Rgb = readonly [number, number, number];

/**
 * A small raster canvas for charts: filled rectangles, thick lines (solid or dashed), discs and squares, and text in
 * a 5×7 pixel font (digits, signs and a few letters, scaled). Integer arithmetic only, so the pixels, hence the PNG
 * bytes, are the same everywhere.
 */
export class Raster {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb = [255, 255, 255],
  ) {
    this.pixels = new Uint8Array(width * height * 3);
    for (let i = 0; i < width * height; i++) this.pixels.set(background, i * 3);
  }

  dot(x: number, y: number, c: Rgb): void {
    x = Math.round(x);
    y = Math.round(y);
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    this.pixels.set(c, (y * this.width + x) * 3);
  }

  rect(x0: number, y0: number, x1: number, y1: number, c: Rgb): void {
    for (let y = Math.round(Math.min(y0, y1)); y <= Math.round(Math.max(y0, y1)); y++) for (let x = Math.round(Math.min(x0, x1)); x <= Math.round(Math.max(x0, x1)); x++) this.dot(x, y, c);
  }

  disc(cx: number, cy: number, r: number, c: Rgb): void {
    for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) if (dx * dx + dy * dy <= r * r) this.dot(cx + dx, cy + dy, c);
  }

  ring(cx: number, cy: number, r: number, width: number, c: Rgb): void {
    for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) {
      const d = dx * dx + dy * dy;
      if (d <= r * r && d >= (r - width) * (r - width)) this.dot(cx + dx, cy + dy, c);
    }
  }

  /** A line `thickness` pixels wide; `dash` = [on, off] lengths in pixels along the line. */
  line(x0: number, y0: number, x1: number, y1: number, c: Rgb, thickness = 2, dash?: readonly [number, number]): void {
    const len = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0), 1);
    const steps = Math.ceil(len);
    const h = Math.floor(thickness / 2);
    for (let i = 0; i <= steps; i++) {
      if (dash && i % (dash[0] + dash[1]) >= dash[0]) continue;
      const x = x0 + ((x1 - x0) * i) / steps;
      const y = y0 + ((y1 - y0) * i) / steps;
      this.rect(x - h, y - h, x - h + thickness - 1, y - h + thickness - 1, c);
    }
  }

  /** Width in pixels of `text` at `scale`. */
  static textWidth(text: string, scale: number): number {
    return text.length * (GLYPH_W + 1) * scale - scale;
  }

  /** Text from its top-left corner; characters the font lacks are left blank. */
  text(x: number, y: number, text: string, scale: number, c: Rgb): void {
    [...text].forEach((ch, k) => {
      const g = GLYPHS[ch] ?? GLYPHS[ch.toUpperCase()];
      if (!g) return;
      const ox = x + k * (GLYPH_W + 1) * scale;
      for (let row = 0; row < GLYPH_H; row++) for (let col = 0; col < GLYPH_W; col++) if (g[row]![col] === '#') this.rect(ox + col * scale, y + row * scale, ox + (col + 1) * scale - 1, y + (row + 1) * scale - 1, c);
    });
  }
}
