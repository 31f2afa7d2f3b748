import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { exampleContext } from '/work/wt/dce-ccap/test/helpers/dce.js';
import { composeCcap } from '/work/wt/dce-ccap/src/compose/dce/ccap.js';
import { renderMarkdown } from '/work/wt/dce-ccap/src/render/markdown.js';
it('x', () => {
  for (const n of ['sicoval-waste', 'rural-mobility', 'school-catering']) writeFileSync(`/tmp/${n}-ccap.md`, renderMarkdown(composeCcap(exampleContext(n))));
});
