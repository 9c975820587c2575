// `npm start`: the Electron app when this machine has Electron's binary, else the same app in browser mode.
import { APP_ROOT } from './app-root';
import { runBrowserMode } from './browser-mode';
import { installedElectron } from './electron-native';
import { ensureElectronNative } from './electron-native-build';
import { packageBin, runNode } from './electron-run';

const electronVite = packageBin('electron-vite', APP_ROOT);
const config = ['--config', 'electron.config.ts'];

const electron = installedElectron(APP_ROOT);
// Normally done by postinstall already; repeated here so an Electron upgrade cannot leave a stale build.
const nativeReady = electron !== null && (await ensureElectronNative(APP_ROOT, electron)) !== 'failed';

if (nativeReady) {
  // `preview` builds main, preload and renderer, then runs Electron on out/ and exits with its code.
  process.exitCode = await runNode(electronVite, ['preview', ...config], { cwd: APP_ROOT });
} else {
  console.log(
    electron === null
      ? '未检测到 Electron，改用浏览器模式启动。Electron is not available here: starting browser mode instead.'
      : 'Electron 版 better-sqlite3 未就绪，改用浏览器模式启动。better-sqlite3 is not built for Electron: starting browser mode instead.',
  );
  const built = await runNode(electronVite, ['build', ...config], { cwd: APP_ROOT });
  if (built === 0) await runBrowserMode({ openBrowser: true });
  else process.exitCode = built;
}
