import type { z } from 'zod';
import { appChannels } from './app';
import { authChannels } from './auth';
import { backupsChannels } from './backups';
import { catalogChannels } from './catalog';
import { catalogIoChannels } from './catalog-io';
import { customersChannels } from './customers';
import { devicesChannels } from './devices';
import { journalChannels } from './journal';
import { printingChannels } from './printing';
import { repairsChannels } from './repairs';
import { returnsChannels } from './returns';
import { salesChannels } from './sales';
import { settingsChannels } from './settings';
import { shiftsChannels } from './shifts';
import { setupChannels } from './setup';
import { staffChannels } from './staff';
import { stockChannels } from './stock';
import { tagsChannels } from './tags';
import { tallyChannels } from './tally';
import { stocktakeChannels } from './stocktake';

/** Every channel that crosses the IPC/HTTP boundary. Nothing else is callable from the renderer. */
export const contract = {
  ...appChannels,
  ...setupChannels,
  ...authChannels,
  ...staffChannels,
  ...settingsChannels,
  ...journalChannels,
  ...catalogChannels,
  ...catalogIoChannels,
  ...printingChannels,
  ...devicesChannels,
  ...customersChannels,
  ...salesChannels,
  ...shiftsChannels,
  ...repairsChannels,
  ...returnsChannels,
  ...backupsChannels,
  ...stockChannels,
  ...tallyChannels,
  ...tagsChannels,
  ...stocktakeChannels,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(contract, name);
}

export * from './envelope';
export * from './errors';
export * from './events';
export type { Access, ChannelDef } from './channel';
export * from './bridge';
