import type { CatalogField } from '../../../../shared/contract/catalog-io';

interface Column {
  field: CatalogField;
  /** The header an export writes (zh-CN, as the catalog screen names the field). */
  header: string;
  /** Other headers an import accepts, English first; compared without spaces, case or a "(unit)" suffix. */
  aliases: readonly string[];
}

/** The columns in the order an export writes them. */
export const COLUMNS: readonly Column[] = [
  { field: 'sku', header: '货号', aliases: ['SKU', '商品编号', '编号'] },
  { field: 'name', header: '名称', aliases: ['Name', '品名', '商品名称'] },
  { field: 'category', header: '类别', aliases: ['Category', '分类', '品类'] },
  { field: 'kind', header: '计价方式', aliases: ['Kind', '类型', '商品类型'] },
  { field: 'price', header: '售价(元)', aliases: ['Price (yuan)', 'Price', '单价', '价格'] },
  { field: 'cost', header: '成本(元)', aliases: ['Cost (yuan)', 'Cost', '进价', '成本价'] },
  { field: 'purity', header: '成色', aliases: ['Purity', '材质'] },
  { field: 'weight', header: '重量(克)', aliases: ['Weight (g)', 'Weight', '克重', '净重'] },
  { field: 'laborKind', header: '工费方式', aliases: ['Labor fee basis', 'Labor basis'] },
  { field: 'laborFee', header: '工费(元)', aliases: ['Labor fee (yuan)', 'Labor fee'] },
  { field: 'barcodes', header: '条码', aliases: ['Barcodes', 'Barcode', '条形码'] },
  { field: 'serialized', header: '一物一码', aliases: ['Serialized'] },
  { field: 'certificateNo', header: '证书编号', aliases: ['Certificate No.', 'Certificate', '鉴定证书编号'] },
  { field: 'warrantyMonths', header: '保修期(月)', aliases: ['Warranty (months)', 'Warranty', '保修月数'] },
  { field: 'stock', header: '库存', aliases: ['Stock', 'Opening stock', 'On hand', '期初库存', '数量'] },
];

/** Columns a file must have; the others may be left out (see rows.ts for what an absent column means). */
export const REQUIRED_FIELDS: readonly CatalogField[] = ['sku', 'name', 'kind'];

const normalise = (text: string): string =>
  text
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[\s.]/g, '')
    .toLowerCase();

const BY_HEADER = new Map(
  COLUMNS.flatMap((column) => [column.header, ...column.aliases].map((h) => [normalise(h), column.field])),
);

export const fieldOfHeader = (header: string): CatalogField | undefined => BY_HEADER.get(normalise(header));

export const headerOf = (field: CatalogField): string =>
  (COLUMNS.find((column) => column.field === field) as Column).header;
