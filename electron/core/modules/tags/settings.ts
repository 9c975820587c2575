import { DEFAULT_TAG_SETTINGS, TagSettings } from '../../../../shared/contract/tags';
import type { TagLayout } from '../../../../shared/print/tag-data';
import { DomainError } from '../../errors';
import { getPrinter } from '../../printing';
import { readJsonSetting, writeJsonSetting } from '../settings';
import type { ReadableDB, WritableDB } from '../../db/statements';

const KEY = 'tags';

export const readTagSettings = (db: ReadableDB): TagSettings =>
  readJsonSetting(db, KEY, TagSettings, DEFAULT_TAG_SETTINGS);

/** The printer must be a label printer: a receipt printer cannot take TSPL. */
export function writeTagSettings(db: WritableDB, settings: TagSettings): void {
  if (settings.printerId !== null) labelPrinter(db, settings.printerId);
  writeJsonSetting(db, KEY, settings);
}

export function labelPrinter(db: ReadableDB, printerId: number | null) {
  if (printerId === null) throw new DomainError('TAG_PRINTER_NOT_SET');
  const printer = getPrinter(db, printerId);
  if (printer.settings.kind !== 'label')
    throw new DomainError('TAG_PRINTER_NOT_LABEL', { name: printer.name });
  return { ...printer, settings: printer.settings };
}

export const layoutOf = (settings: TagSettings): TagLayout => settings[settings.shape];
