// After `npm install`: give Electron its own build of better-sqlite3 beside Node's (see electron-native.ts).
// It never fails the install: browser mode, tests and scripts need only Node's build.
import { APP_ROOT } from './app-root';
import { installedElectron } from './electron-native';
import { ensureElectronNative } from './electron-native-build';

try {
  const electron = installedElectron(APP_ROOT);
  if (electron === null) {
    console.log(
      '未安装 Electron，只能使用浏览器模式（npm run web）。Electron is not installed: only browser mode is available.',
    );
  } else {
    await ensureElectronNative(APP_ROOT, electron);
  }
} catch (error) {
  console.warn(`WARNING: the Electron setup step failed (${String(error)}); browser mode is unaffected.`);
}
