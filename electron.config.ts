import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { shippedElectronVersion } from './electron/cli/shipped-electron';

// electron-vite picks its Node and Chrome build targets from `electron/package.json`, which npm leaves out
// when Electron's binary cannot be downloaded; the shipped version gives the same targets either way.
process.env['ELECTRON_MAJOR_VER'] ??= shippedElectronVersion(resolve('.')).split('.')[0];

// electron-vite only finds electron.vite.config.* by itself: every script passes --config electron.config.ts.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          // the backup check's worker thread, loaded beside index.js (modules/backups/verify-thread.ts)
          'backup-verify': resolve('electron/core/modules/backups/verify-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load modules: bundle the contract into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    publicDir: resolve('resources/public'),
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
    plugins: [react()],
  },
});
