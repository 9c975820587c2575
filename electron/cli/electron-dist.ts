// `npm run dist -- <electron-builder arguments>`: packages the built app (out/) into installers.
// electron-builder rebuilds better-sqlite3 for Electron in node_modules itself; Node's build is kept out
// of its way and put back afterwards, even when packaging fails (see electron-node-build.ts).
import { APP_ROOT } from './app-root';
import { nativeBuildEnv } from './electron-native-build';
import { restoreNodeBuild, setAsideNodeBuild } from './electron-node-build';
import { packageBin, runNode } from './electron-run';

const builder = packageBin('electron-builder', APP_ROOT);
setAsideNodeBuild(APP_ROOT);
try {
  process.exitCode = await runNode(builder, process.argv.slice(2), { cwd: APP_ROOT, env: nativeBuildEnv() });
} finally {
  restoreNodeBuild(APP_ROOT);
}
