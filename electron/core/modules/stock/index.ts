export { stockHandlers } from './handlers';
export {
  addStockMovement,
  levelAt,
  levelsOf,
  moveStock,
  sellStock,
  takeBackStock,
  unsellStock,
  type MovementContext,
  type MovementReason,
  type ReturnDecision,
} from './movements';
export { getPlace, listPlaces, PLACE, savePlace } from './places';
export { receiveStock, reverseReceipt } from './receipts';
