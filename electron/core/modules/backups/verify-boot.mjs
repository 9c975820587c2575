// Starts the verify worker from its TypeScript source (the tests, browser mode under tsx): the worker thread
// does not inherit the parent's loader. The packaged app runs the built backup-verify.js instead.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
