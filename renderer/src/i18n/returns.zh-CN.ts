/** Returns (退换货): spread into the zh-CN catalog. */
export const returnsZhCN = {
  'tile.returns': '退换货',
  'tile.returns.description': '凭小票退货：检验称重，原路退款',
  'sale.action.returns': '退换货',

  'returns.receipt': '小票号（可扫码）',
  'returns.find': '查找',
  'returns.empty': '请扫描小票条码，或输入小票号后按 Enter',
};
