import { test } from 'vitest';
import { loadCatalog } from './catalog.js';
test('q', () => {
  try { const c = loadCatalog(); console.log([...c.functions.keys()], [...c.profiles.keys()], c.criteria.size); }
  catch (e: any) { console.log(JSON.stringify(e.diagnostics ?? e.message, null, 1)); throw e; }
});
