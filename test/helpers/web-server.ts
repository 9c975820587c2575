import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { startWebServer, type WebServer } from '../../electron/core/server/web-server';
import { openStaffedTill, tempDir } from './core';

export type StaffedTill = ReturnType<typeof openStaffedTill>;

/**
 * A browser-mode server over a staffed till and a stub renderer (index.html and one script), closed after
 * each test of the file that calls this at its top level.
 */
export function webServerFixture(): { start(): Promise<WebServer>; till(): StaffedTill } {
  let server: WebServer | undefined;
  let till: StaffedTill | undefined;
  afterEach(async () => {
    await server?.close();
    till?.close();
    server = till = undefined;
  });
  return {
    async start() {
      const t = (till = openStaffedTill());
      const rendererDir = tempDir();
      writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>柜台收银</title>');
      mkdirSync(join(rendererDir, 'assets'));
      writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {};');
      return (server = await startWebServer({ core: t.core, rendererDir }));
    },
    till() {
      if (!till) throw new Error('no till: call start() first');
      return till;
    },
  };
}
