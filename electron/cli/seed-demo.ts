import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createCore } from '../core/core';
import { DEMO_STAFF, seedDemo } from '../core/demo/seed';
import { appVersion } from './app-root';

// npm run seed:demo -- <db file>: a new database with a demo store; an existing file is never overwritten.
const target = process.argv[2];
if (!target) {
  console.error('用法 / usage: npm run seed:demo -- <database file>');
  process.exit(2);
}
const file = resolve(target);
if (existsSync(file)) {
  console.error(`${file} 已存在，未做任何修改 / already exists; nothing was changed`);
  process.exit(1);
}
const core = createCore({ dataDir: dirname(file), databaseFile: file, version: appVersion() });
seedDemo(core);
core.close();
console.log(`演示门店已创建 / demo store created: ${file}`);
for (const member of DEMO_STAFF) console.log(`  ${member.name}  ${member.role}  PIN ${member.pin}`);
