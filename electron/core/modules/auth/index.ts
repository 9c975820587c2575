export { consumeApproval } from './approvals';
export { authHandlers } from './handlers';
export { checkPin } from './pin-check';
