// npm runs this after every install, including `npm install --omit=dev`, where tsx (a dev dependency)
// is absent. The set-up steps are written in TypeScript, so they run only when tsx is there; an app
// installed without dev dependencies ships its Electron build prepared by `npm run dist`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
let tsx;
try {
  tsx = require.resolve('tsx/cli');
} catch {
  console.log('postinstall: tsx is not installed (production install), nothing to prepare.');
  process.exit(0);
}
const script = fileURLToPath(new URL('./postinstall.ts', import.meta.url));
const result = spawnSync(process.execPath, [tsx, script], { stdio: 'inherit' });
process.exit(result.status ?? 0);
