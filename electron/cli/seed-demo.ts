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
// no serial ports and no print worker: the demo is built, not served
const core = createCore({
  dataDir: dirname(file),
  databaseFile: file,
  version: appVersion(),
  devices: false,
  printing: false,
});
const started = performance.now();
const summary = seedDemo(core);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
core.close();
console.log(`演示门店已创建 / demo store created: ${file} (${seconds} s)`);
console.log(
  `  ${summary.goods} 件商品 goods · ${summary.members} 位会员 members · ${summary.shifts} 个班次 shifts · ` +
    `${summary.sales} 笔销售 sales (${summary.voids} 笔作废 void) · ${summary.repairTickets} 张维修单 repair tickets`,
);
console.log(
  '  今天尚未开班：收银员先清点备用金开班 / no shift is open today: a cashier opens it by counting the float',
);
for (const member of DEMO_STAFF) console.log(`  ${member.name}  ${member.role}  PIN ${member.pin}`);
