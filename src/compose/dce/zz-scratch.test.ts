import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { exampleContext } from '../../../test/helpers/dce.js';
import { composeCcap } from './ccap.js';
import { composeAe } from './ae.js';
import { composeResponseFramework } from './response-framework.js';
import { renderMarkdown } from '../../render/markdown.js';
it('x', () => {
  for (const n of ['sicoval-waste', 'rural-mobility', 'school-catering']) {
    const c = exampleContext(n);
    writeFileSync(`/tmp/${n}-ccap.md`, renderMarkdown(composeCcap(c)));
    writeFileSync(`/tmp/${n}-ae.md`, renderMarkdown(composeAe(c)));
    writeFileSync(`/tmp/${n}-cr.md`, renderMarkdown(composeResponseFramework(c)));
  }
});
