import { test } from 'vitest';
import { loadCatalog } from '../src/load/catalog.js';
test('d', () => { try { loadCatalog(['test/fixtures/grid/criteria']); } catch (e: any) { console.log(JSON.stringify(e.diagnostics, null, 1)); } });
