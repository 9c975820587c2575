import { RepairSettings } from '../../../../shared/contract/repairs';
import { DEFAULT_QC_TOLERANCES } from '../../../../shared/domain/repair-qc';
import { readJsonSetting, writeJsonSetting } from '../settings';
import type { ReadableDB, WritableDB } from '../../db/statements';

const KEY = 'repairs';

const service = (code: string, name: string, priceFen: number, turnaroundDays: number, covered: boolean) => ({
  code,
  name,
  priceFen,
  turnaroundDays,
  warrantyCovered: covered,
});

// The manual's repair policy (维修政策说明): free repair within the warranty for damage from normal wear;
// scope, period and fees told to the customer up front. Printed on the claim stub.
const DEFAULT_TERMS = [
  '1. 本店在质保期内对正常佩戴造成的损坏提供免费维修，维修范围、期限及费用已在收件时告知。',
  '2. 收件时已当面称重并检查外观，重量与成色以本单记录为准。',
  '3. 维修费用以报价为准，经顾客同意后方进行维修。',
  '4. 取件请出示本凭证；凭证遗失须本人持有效证件并经主管核实后方可取件。',
  '5. 维修完成并质检合格后，本店将通知您取件，并告知维修后的保养注意事项。',
].join('\n');

export const DEFAULT_REPAIR_SETTINGS: RepairSettings = {
  services: [
    service('resize', '改圈口', 5_000, 3, false),
    service('solder', '焊接', 3_000, 3, true),
    service('polish', '抛光', 2_000, 2, true),
    service('replate', '电镀', 8_000, 5, false),
    service('reset', '镶石/紧石', 6_000, 5, true),
    service('clean', '清洗', 0, 1, true),
  ],
  qcTolerances: DEFAULT_QC_TOLERANCES,
  photosRequired: false,
  followUpDays: 7,
  callScript:
    '您好，请问是{name}吗？这里是{store}。您送修的{item}（维修单号 {ticketNo}）已维修完成并通过质检，' +
    '欢迎您携带取件凭证到店取回，取件时我们会告诉您维修后的保养注意事项。',
  terms: DEFAULT_TERMS,
};

export const readRepairSettings = (db: ReadableDB): RepairSettings =>
  readJsonSetting(db, KEY, RepairSettings, DEFAULT_REPAIR_SETTINGS);

export const writeRepairSettings = (db: WritableDB, settings: RepairSettings): void =>
  writeJsonSetting(db, KEY, settings);

/** The QC weight tolerance the repair desk checks work against; a return weighs a piece against it too. */
export const readQcTolerances = (db: ReadableDB): RepairSettings['qcTolerances'] =>
  readRepairSettings(db).qcTolerances;
