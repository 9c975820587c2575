// The print engine's public entry: modules queue documents and read routes here, never in its files.
export {
  enqueuePrint,
  jobEvent,
  listJobs,
  cancelJob,
  reprintJob,
  retryJob,
  wasQueued,
  type PrintRequest,
} from './queue';
export { queueDocument, type PrintDeps } from './queue-document';
export {
  currentContext,
  getPrinter,
  listPrinters,
  listRoutes,
  readDocumentSettings,
  routeFor,
  savePrinter,
  saveRoute,
  writeDocumentSettings,
} from './repo';
export { embedFont } from './embedded-font';
export { labelToSvg, layoutTag, svgDataUrl } from './label';
export { startPrintWorker, type PrintWorker, type PrintWorkerOptions } from './worker';
