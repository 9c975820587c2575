import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The JavaScript file behind a package's command, resolved from `fromDir` the way Node resolves it.
 * Running it with this Node avoids shells and Windows' .cmd shims.
 */
export function packageBin(name: string, fromDir: string, command = name): string {
  const manifest = createRequire(join(fromDir, 'package.json')).resolve(`${name}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin?: string | Record<string, string> };
  const file = typeof bin === 'string' ? bin : bin?.[command];
  if (file === undefined) throw new Error(`${name} has no command ${command}`);
  return join(dirname(manifest), file);
}

/**
 * Runs a Node script in this terminal and resolves with its exit code. SIGINT and SIGTERM are passed on,
 * so the child (a build, Electron) finishes before this process does instead of being orphaned.
 */
export function runNode(
  script: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { ...options, stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals): void => void child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    const done = (): void => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
    };
    child.once('error', (error) => {
      done();
      reject(error);
    });
    child.once('exit', (code) => {
      done();
      resolve(code ?? 1);
    });
  });
}
