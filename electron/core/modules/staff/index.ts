export { staffHandlers } from './handlers';
export { pinMatches } from './pin-hash';
export {
  findStaff,
  getStaff,
  insertStaff,
  isLockedOut,
  listStaff,
  toStaffRef,
  updateStaff,
  type StaffRow,
} from './repo';
