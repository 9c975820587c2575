import { parentPort, workerData } from 'node:worker_threads';
import { checkBackupFile } from './verify';

// The verify thread's entry: a large file's integrity check takes seconds the till's thread must not wait.
const { file, nativeBinding } = workerData as { file: string; nativeBinding?: string };
parentPort?.postMessage(checkBackupFile(file, nativeBinding));
