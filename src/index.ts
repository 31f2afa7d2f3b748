/**
 * efc-tender as a library: the CLI is a thin layer over these functions, which never print and never exit.
 * Pipeline: load → select → (lint) → compose → render; and marks → score → compose → render for the report.
 *
 *   const catalog = loadCatalog();
 *   const loaded = loadSpec('examples/sicoval-waste.yaml');
 *   const grid = selectCriteria(loaded, catalog);
 *   const findings = lintSpec({ loaded, catalog, grid });
 *   const files = await renderOutputs(loaded, grid, catalog);   // [{ name, data }] the DCE: <name>/01-RC.docx … <name>-DCE.zip
 *   await renderOutputs(loaded, grid, catalog, { layout: 'spec' });  // the specification, grid DOCX, grid XLSX
 */

// models
export * from './model/common.js';
export * from './model/criterion.js';
export * from './model/profile.js';
export * from './model/functions.js';
export * from './model/spec.js';
export type * from './model/grid.js';
export * from './model/diagnostic.js';
export * from './model/errors.js';

// load
export { loadCatalog, type Catalog, type Library, type LoadedCriterion } from './load/catalog.js';
export { loadSpec, loadSpecText, type LoadedSpec } from './load/spec.js';
export { readYamlFile, parseYamlText, type YamlSource } from './load/yaml.js';

// select
export { selectCriteria } from './select/select.js';
export { largestRemainder } from './select/round.js';

// lint
export { lintSpec, lintLoaded, lintFile, annexRows, RULES, classify } from './lint/index.js';

// compose
export type * from './compose/document.js';
export { composeSpecDocument, SPEC_SECTIONS } from './compose/spec-document.js';
export { composeGridDocument } from './compose/grid-document.js';
export { composeScoreReport } from './compose/report-document.js';
export { loadTemplates, type TemplateSet } from './compose/templates.js';

// render
export { renderDocx, type DocxOptions } from './render/docx/index.js';
export { renderGridXlsx } from './render/xlsx/grid-workbook.js';
export { renderMarkdown } from './render/markdown.js';

// generate (the per-spec unit of work)
export { prepare, renderOutputs, generateSpec, type GeneratedFile, type GenerateOptions, type SpecJobOptions, type SpecJobResult } from './generate/pipeline.js';
export { OUTPUT_LAYOUTS, DEFAULT_LAYOUT, type OutputLayout } from './generate/layout.js';

// tender file (DCE) and its coherence check
export { renderDce, type DceFile, type DceOptions } from './dce/build.js';
export { checkCoherence, type CoherenceInput, type PieceText } from './dce/coherence.js';
export { coherenceInput } from './dce/coherence-files.js';

// score
export { PRICE_FORMULA_INFO, pricePoints } from './score/price-formulas.js';
export { computeTotals, type BidInput, type BidTotals } from './score/totals.js';
export { scoreTender } from './score/score.js';
export { loadMarksInput } from './score/inputs.js';
