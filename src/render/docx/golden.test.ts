import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../../../test/fixtures/docx/fixture-model.js';
import { renderDocx } from './index.js';

/**
 * Golden tests, pandoc's habit: every XML part of the fixture document, pretty-printed, against its file under
 * test/golden/docx/ (and test/golden/docx-toc-page-numbers/ for the page-numbered table of contents). A change in the
 * writer, or a docx upgrade, shows there part by part. (The page-numbered variant keeps only the parts page numbers are
 * written in: the body, headers and footers; the others are those of test/golden/docx.) After a change you mean, rewrite the files with
 *
 *     npm run golden:update        (GOLDEN_UPDATE=1 vitest run src/render/docx/golden.test.ts)
 *
 * and read the diff before committing it.
 */
const GOLDEN = join(import.meta.dirname, '..', '..', '..', 'test', 'golden');
const UPDATE = process.env.GOLDEN_UPDATE === '1';

/** One element or text per line, indented by depth; an element holding only text stays on one line. Lossless but for the indentation. */
export function prettyXml(xml: string): string {
  const tokens = xml.split(/(<[^>]+>)/).filter((t) => t !== '');
  const lines: string[] = [];
  let depth = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const pad = '  '.repeat(depth);
    if (t.startsWith('</')) {
      depth--;
      lines.push('  '.repeat(depth) + t);
    } else if (t.startsWith('<?') || t.startsWith('<!') || t.endsWith('/>')) {
      lines.push(pad + t);
    } else if (t.startsWith('<')) {
      const text = tokens[k + 1];
      if (text !== undefined && !text.startsWith('<') && tokens[k + 2]?.startsWith('</')) {
        lines.push(pad + t + text + tokens[k + 2]);
        k += 2;
      } else {
        lines.push(pad + t);
        depth++;
      }
    } else lines.push(pad + t);
  }
  return lines.join('\n') + '\n';
}

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
      .sort();
  } catch {
    return [];
  }
}

async function checkAgainst(name: string, docx: Buffer, only: (part: string) => boolean = () => true): Promise<void> {
  const dir = join(GOLDEN, name);
  const parts = unzipSync(docx, { filter: (f) => only(f.name) });
  const names = Object.keys(parts).sort();
  if (UPDATE) {
    rmSync(dir, { recursive: true, force: true });
    for (const part of names) {
      mkdirSync(dirname(join(dir, part)), { recursive: true });
      writeFileSync(join(dir, part), prettyXml(strFromU8(parts[part]!)));
    }
  }
  // The same parts, no more, no fewer…
  expect(names).toEqual(filesUnder(dir));
  // …each with the same content.
  for (const part of names) expect(prettyXml(strFromU8(parts[part]!)), `${name}/${part} (npm run golden:update rewrites it)`).toBe(readFileSync(join(dir, part), 'utf8'));
}

describe('DOCX golden parts', () => {
  it('writes every part of the fixture as test/golden/docx holds it', async () => {
    await checkAgainst('docx', await renderDocx(fixtureModel));
  });

  it('writes the page-numbered table of contents as test/golden/docx-toc-page-numbers holds it', async () => {
    const pageParts = (part: string): boolean => /^word\/(document|header\d+|footer\d+)\.xml$/.test(part);
    await checkAgainst('docx-toc-page-numbers', await renderDocx(fixtureModel, { tocPageNumbers: true }), pageParts);
  });

  it('pretty-prints without losing anything but indentation', () => {
    const xml = '<?xml version="1.0"?><a x="1"><b>t &amp; u</b><c/><d><e> </e></d></a>';
    expect(prettyXml(xml).replace(/\n\s*/g, '')).toBe(xml);
  });
});
