export { staffHandlers } from './handlers';
export { pinMatches } from './pin-hash';
export {
  clearPinFailures,
  pinFailuresOf,
  pinsUseKey,
  protectLegacyPins,
  recordPinFailure,
} from './pin-failures';
export {
  findStaff,
  getStaff,
  insertStaff,
  listStaff,
  lockedUntil,
  toStaffRef,
  updateStaff,
  type StaffRow,
} from './repo';
