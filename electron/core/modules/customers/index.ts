export { addPoints, addStoreCredit } from './balances';
export { customerHandlers } from './handlers';
export { findCustomerByPhone, getCustomer, registerCustomer } from './repo';
