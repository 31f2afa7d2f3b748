import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { exampleContext } from '../../../test/helpers/dce.js';
import { composeCcap } from './ccap.js';
import { composeAe } from './ae.js';
import { composeResponseFramework } from './response-framework.js';
import { renderMarkdown } from '../../render/markdown.js';
it('x', () => {
  for (const n of ['sicoval-waste', 'rural-mobility', 'school-catering']) {
    for (const lang of ['fr', 'en'] as const) { const c = exampleContext(n, lang); const s = lang === 'fr' ? '' : '-en';
    writeFileSync(`/tmp/${n}${s}-ccap.md`, renderMarkdown(composeCcap(c)));
    writeFileSync(`/tmp/${n}${s}-ae.md`, renderMarkdown(composeAe(c)));
    writeFileSync(`/tmp/${n}${s}-cr.md`, renderMarkdown(composeResponseFramework(c))); }
  }
});
