// After `npm install`: Electron's type declarations when npm dropped the package, and Electron's own build
// of better-sqlite3 beside Node's (see electron-native.ts). It never fails the install: browser mode, tests
// and scripts need only Node's build.
import { APP_ROOT } from './app-root';
import { installedElectron } from './electron-native';
import { ensureElectronNative } from './electron-native-build';
import { ensureElectronTypes } from './electron-types';

try {
  ensureElectronTypes(APP_ROOT);
} catch (error) {
  console.warn(`WARNING: Electron's type declarations could not be unpacked (${String(error)}).`);
}

try {
  const electron = installedElectron(APP_ROOT);
  if (electron === null) {
    console.log(
      '未安装 Electron，只能使用浏览器模式（npm start 会自动改用）。Electron is not installed: npm start runs browser mode.',
    );
  } else {
    await ensureElectronNative(APP_ROOT, electron);
  }
} catch (error) {
  console.warn(`WARNING: the Electron setup step failed (${String(error)}); browser mode is unaffected.`);
}
