import { setTerminalLang } from '../wording/lang.js';
import { parentPort, workerData } from 'node:worker_threads';
import { loadCatalog, type Catalog } from '../load/catalog.js';
import { outcomeOfError, runJob, transferablesOf } from './job.js';
import type { FromWorker, ToWorker, WorkerInit } from './protocol.js';

/**
 * A batch worker: loads the heavy modules (docx, exceljs, handlebars come with the pipeline) and the criteria catalog
 * once, then generates one spec per message until the main thread lets it go.
 */
const port = parentPort!;
const init = workerData as WorkerInit;
if (init.terminalLang) setTerminalLang(init.terminalLang);
const post = (m: FromWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(m, transfer);

let catalog: Catalog;
try {
  catalog = loadCatalog(init.criteria);
  post({ type: 'ready' });
  port.on('message', (m: ToWorker) => {
    void runJob(m.file, catalog, init.options).then((outcome) => post({ type: 'result', id: m.id, outcome }, transferablesOf(outcome)));
  });
} catch (err) {
  post({ type: 'fatal', outcome: outcomeOfError(err) });
}
