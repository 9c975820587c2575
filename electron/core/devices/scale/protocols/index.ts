import type { ScaleProtocolId } from '../../../../../shared/contract/devices';
import type { ScaleProtocol } from '../protocol';
import { andProtocol } from './and';
import { casProtocol } from './cas';
import { mettlerProtocol } from './mettler';
import { ohausProtocol } from './ohaus';

export const SCALE_PROTOCOL_DRIVERS: Readonly<Record<ScaleProtocolId, ScaleProtocol>> = {
  and: andProtocol,
  mettler: mettlerProtocol,
  ohaus: ohausProtocol,
  cas: casProtocol,
};
