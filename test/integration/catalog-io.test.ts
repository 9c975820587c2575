import { afterEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/contract/catalog-io';
import type { ProductInput } from '../../shared/contract/catalog';
import { openStaffedTill } from '../helpers/core';
import {
  base64,
  csvGb18030,
  csvUtf8Bom,
  xlsxFile,
  xlsxRows,
  catalogRow,
  SAMPLE_GOODS,
  ZH_HEADER,
  type CatalogCells,
  type Row,
} from '../helpers/catalog-files';

type Till = ReturnType<typeof openStaffedTill>;
const tills: Till[] = [];
const open = (): Till => {
  const till = openStaffedTill();
  tills.push(till);
  return till;
};
afterEach(() => {
  for (const till of tills.splice(0)) till.close();
});

const H = ZH_HEADER;
const BANGLE = catalogRow(SAMPLE_GOODS.bangle);
const VASE = catalogRow(SAMPLE_GOODS.vase);
const TOWEL = catalogRow(SAMPLE_GOODS.towel);

const file = (bytes: Buffer, fileName = 'goods.csv') => ({ fileName, contentBase64: base64(bytes) });
const count = (till: Till, sql: string): number => till.core.db.prepare(sql).pluck().get() as number;
const issuesOf = (report: ImportReport) =>
  report.issues.map(({ row, field, code }) => ({ row, field, code }));

describe('catalog import', () => {
  it('imports the three kinds of goods from a CSV saved as UTF-8 with a BOM, in one journaled step', () => {
    const t = open();
    const goods = file(csvUtf8Bom([H, BANGLE, VASE, TOWEL]));
    expect(t.ok('admin', 'catalog.importCheck', goods)).toMatchObject({
      format: 'csv',
      rows: 3,
      goodRows: 3,
      badRows: 0,
      creates: 3,
      updates: 0,
      stockUnits: 26,
      issues: [],
    });
    expect(count(t, 'SELECT count(*) FROM products')).toBe(0);

    t.ok('admin', 'catalog.import', { ...goods, skipBadRows: false });
    expect(t.ok('admin', 'catalog.lookup', { code: '6901234567891' })).toMatchObject({
      sku: 'JZ-0001',
      kind: 'weighed',
      purity: 'Au999',
      weightMg: 20_150,
      laborFee: { kind: 'perGram', fen: 1_500 },
      serialized: true,
      certificateNo: 'NGTC-118',
      warrantyMonths: 12,
      barcodes: ['6901234567890', '6901234567891'],
      onHand: 1,
      costFen: null,
    });
    expect(t.ok('admin', 'catalog.lookup', { code: 'CP-0007' })).toMatchObject({
      priceFen: 128_000,
      costFen: 60_000,
      onHand: 1,
    });
    expect(t.ok('admin', 'catalog.lookup', { code: 'MJ-0100' })).toMatchObject({
      kind: 'quantity',
      priceFen: 3_900,
      onHand: 24,
      category: '家居',
    });
    expect(t.ok('admin', 'catalog.search', { text: 'zjsz' }).map((p) => p.sku)).toEqual(['JZ-0001']);
    expect(count(t, `SELECT count(*) FROM stock_movements WHERE reason = 'receipt'`)).toBe(3);
    const journal = t.core.db
      .prepare(`SELECT type, payload FROM journal WHERE type LIKE 'catalog.%'`)
      .all() as {
      type: string;
      payload: string;
    }[];
    expect(journal).toHaveLength(1);
    expect(journal[0]?.type).toBe('catalog.imported');
    expect(JSON.parse(journal[0]?.payload as string)).toMatchObject({
      created: 3,
      updated: 0,
      stockUnits: 26,
    });
  });

  it('reads a CSV that a Chinese Excel saved in GB18030, with English headers', () => {
    const t = open();
    const english = ['SKU', 'Name', 'Category', 'Kind', 'Price (yuan)', 'Stock'];
    const bytes = csvGb18030([english, ['HZ-1', '和田玉平安扣', '玉器', '一口价', '2680', '1']]);
    expect(bytes.includes(Buffer.from('和田玉', 'utf8'))).toBe(false);
    t.ok('admin', 'catalog.import', { ...file(bytes), skipBadRows: false });
    expect(t.ok('admin', 'catalog.lookup', { code: 'HZ-1' })).toMatchObject({
      name: '和田玉平安扣',
      category: '玉器',
      priceFen: 268_000,
    });
  });

  it('reads XLSX number cells exactly and refuses more decimals than fen or milligrams', () => {
    const t = open();
    const header = ['货号', '名称', '计价方式', '售价', '成色', '重量', '工费方式', '工费', '条码'];
    const rows: Row[] = [
      header,
      ['A-1', '青花碗', '一口价', 1280.5, '', '', '', '', 6900000000014],
      ['A-2', '古法金吊坠', '称重', '', '千足金', 25.38, '按件', 0.1, ''],
      ['A-3', '瓷盘', '一口价', 12.345, '', '', '', '', ''],
      ['A-4', '金戒指', '称重', '', 'au750', 1.2345, '按克', 10, ''],
      ['A-5', '银镯', '称重', '', 'S925', 0.001, '按克', 0.3, '1234567890123456789'],
    ];
    const report = t.ok('admin', 'catalog.importCheck', file(xlsxFile(rows), 'goods.xlsx'));
    expect(report.format).toBe('xlsx');
    expect(issuesOf(report)).toEqual([
      { row: 4, field: 'price', code: 'BAD_MONEY' },
      { row: 5, field: 'weight', code: 'BAD_WEIGHT' },
    ]);
    expect(report.issues[0]?.value).toBe('12.345');
    t.ok('admin', 'catalog.import', { ...file(xlsxFile(rows), 'goods.xlsx'), skipBadRows: true });
    expect(t.ok('admin', 'catalog.lookup', { code: '6900000000014' })).toMatchObject({
      sku: 'A-1',
      priceFen: 128_050,
    });
    expect(t.ok('admin', 'catalog.lookup', { code: 'A-2' })).toMatchObject({
      purity: 'Au999',
      weightMg: 25_380,
      laborFee: { kind: 'perPiece', fen: 10 },
    });
    expect(t.ok('admin', 'catalog.lookup', { code: '1234567890123456789' })).toMatchObject({
      sku: 'A-5',
      weightMg: 1,
      laborFee: { kind: 'perGram', fen: 30 },
    });
  });

  it('refuses a code Excel stored as a number with lost digits', () => {
    const t = open();
    const rows: Row[] = [
      ['货号', '名称', '计价方式', '售价', '条码'],
      ['B-1', '碗', '一口价', 10, 6901234567890123],
    ];
    const report = t.ok('admin', 'catalog.importCheck', file(xlsxFile(rows), 'b.xlsx'));
    expect(issuesOf(report)).toEqual([{ row: 2, field: 'barcodes', code: 'CODE_AS_NUMBER' }]);
  });

  it('names the row, field and reason of every kind of error', () => {
    const t = open();
    t.ok('admin', 'catalog.save', {
      product: {
        kind: 'fixed',
        sku: 'OLD-1',
        name: '旧商品',
        category: null,
        barcodes: ['6999999999999'],
        serialized: false,
        certificateNo: null,
        warrantyMonths: 0,
        priceFen: 100,
      },
    });
    const fixed = (sku: string, more: CatalogCells = {}): Row =>
      catalogRow({ 货号: sku, 名称: '碗', 计价方式: '一口价', '售价(元)': '10', ...more });
    const weighed = (sku: string, more: CatalogCells = {}): Row =>
      catalogRow({
        货号: sku,
        名称: '金镯',
        计价方式: '称重',
        成色: 'Au999',
        工费方式: '按克',
        '工费(元)': '10',
        ...more,
      });
    const rows: Row[] = [
      H,
      fixed('', {}), // 2
      fixed('E-3', { 名称: '' }), // 3
      fixed('E-4', { 名称: '长'.repeat(81) }), // 4
      fixed('E-5', { 计价方式: '论斤' }), // 5
      fixed('E-6', { '售价(元)': '12.3.4' }), // 6
      fixed('E-7', { '售价(元)': '999999999999.00' }), // 7
      fixed('E-8', { '售价(元)': '' }), // 8
      weighed('E-9', { '重量(克)': '-3' }), // 9
      fixed('E-10', { '保修期(月)': '1.5' }), // 10
      weighed('E-11', { 成色: 'Au585x' }), // 11
      weighed('E-12', { 工费方式: '按斤' }), // 12
      weighed('E-13', { 成色: '' }), // 13
      fixed('E-14', { 一物一码: '也许' }), // 14
      fixed('E-15', { 成色: 'Au999' }), // 15
      weighed('E-16', { '售价(元)': '100' }), // 16
      fixed('E-17', { 条码: Array.from({ length: 21 }, (_, i) => `C${i}`).join(';') }), // 17
      fixed('E-18', { 一物一码: '是', 库存: '2' }), // 18
      fixed('E-19', { 条码: '6900000000001' }), // 19
      fixed('E-19'), // 20
      fixed('E-21', { 条码: '6900000000001' }), // 21
      fixed('E-22', { 条码: '6999999999999' }), // 22
      fixed('E-23', { 库存: '-1' }), // 23
      fixed('OK-24'), // 24
    ];
    const report = t.ok('admin', 'catalog.importCheck', file(csvUtf8Bom(rows)));
    expect(issuesOf(report)).toEqual([
      { row: 2, field: 'sku', code: 'REQUIRED' },
      { row: 3, field: 'name', code: 'REQUIRED' },
      { row: 4, field: 'name', code: 'TOO_LONG' },
      { row: 5, field: 'kind', code: 'BAD_KIND' },
      { row: 6, field: 'price', code: 'BAD_MONEY' },
      { row: 7, field: 'price', code: 'MONEY_TOO_LARGE' },
      { row: 8, field: 'price', code: 'REQUIRED' },
      { row: 9, field: 'weight', code: 'BAD_WEIGHT' },
      { row: 10, field: 'warrantyMonths', code: 'BAD_INTEGER' },
      { row: 11, field: 'purity', code: 'UNKNOWN_PURITY' },
      { row: 12, field: 'laborKind', code: 'BAD_LABOR_KIND' },
      { row: 13, field: 'purity', code: 'REQUIRED' },
      { row: 14, field: 'serialized', code: 'BAD_YES_NO' },
      { row: 15, field: 'purity', code: 'ONLY_FOR_WEIGHED' },
      { row: 16, field: 'price', code: 'NOT_FOR_WEIGHED' },
      { row: 17, field: 'barcodes', code: 'TOO_MANY_BARCODES' },
      { row: 18, field: 'stock', code: 'SERIALIZED_STOCK' },
      { row: 20, field: 'sku', code: 'DUPLICATE_SKU' },
      { row: 21, field: 'barcodes', code: 'DUPLICATE_BARCODE' },
      { row: 22, field: 'barcodes', code: 'BARCODE_TAKEN' },
      { row: 23, field: 'stock', code: 'BAD_INTEGER' },
    ]);
    expect(report).toMatchObject({ rows: 23, goodRows: 2, badRows: 21 });
    const byRow = new Map(report.issues.map((issue) => [issue.row, issue]));
    expect(byRow.get(20)?.message).toEqual({
      'zh-CN': '货号“E-19”与第 19 行重复',
      en: 'SKU “E-19” repeats row 19',
    });
    expect(byRow.get(22)?.message['zh-CN']).toBe('条码“6999999999999”已属于商品 OLD-1');
    expect(byRow.get(6)).toMatchObject({ column: '售价(元)', value: '12.3.4' });
    expect(byRow.get(10)?.message.en).toBe('“保修期(月)” must be a whole number from 0 to 1200, not “1.5”');
  });

  it('writes nothing from a file with errors unless told to skip the bad rows', () => {
    const t = open();
    const bad = catalogRow({ ...SAMPLE_GOODS.vase, 货号: 'CP-0008', '售价(元)': '十二元' });
    const goods = file(csvUtf8Bom([H, BANGLE, bad, TOWEL]));
    const journalBefore = count(t, 'SELECT count(*) FROM journal');

    const refused = t.call('admin', 'catalog.import', { ...goods, skipBadRows: false });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_HAS_ERRORS', details: { badRows: 1 } },
    });
    if (refused.ok) throw new Error('imported');
    expect((refused.error.details as { report: ImportReport }).report.issues[0]).toMatchObject({
      row: 3,
      field: 'price',
      code: 'BAD_MONEY',
    });
    expect(count(t, 'SELECT count(*) FROM products')).toBe(0);
    expect(count(t, 'SELECT count(*) FROM barcodes')).toBe(0);
    expect(count(t, 'SELECT count(*) FROM stock_movements')).toBe(0);
    expect(count(t, 'SELECT count(*) FROM journal')).toBe(journalBefore);

    const report = t.ok('admin', 'catalog.import', { ...goods, skipBadRows: true });
    expect(report).toMatchObject({ goodRows: 2, badRows: 1, creates: 2 });
    expect(t.core.db.prepare('SELECT sku FROM products ORDER BY sku').pluck().all()).toEqual([
      'JZ-0001',
      'MJ-0100',
    ]);
    expect(count(t, `SELECT count(*) FROM journal WHERE type = 'catalog.imported'`)).toBe(1);
  });

  it('updates the product of an SKU the catalog has, keeping what the file leaves out and its stock', () => {
    const t = open();
    t.ok('admin', 'catalog.import', { ...file(csvUtf8Bom([H, BANGLE, VASE, TOWEL])), skipBadRows: false });
    const priceList: Row[] = [
      ['货号', '名称', '计价方式', '售价'],
      ['CP-0007', '青花瓷瓶（大）', '一口价', '1380'],
      ['MJ-0100', '纯棉毛巾', '计件', '35.5'],
      ['NEW-1', '竹制托盘', '计件', '88'],
    ];
    const report = t.ok('admin', 'catalog.import', { ...file(csvUtf8Bom(priceList)), skipBadRows: false });
    expect(report).toMatchObject({ creates: 1, updates: 2 });
    expect(t.ok('admin', 'catalog.lookup', { code: '6900000000007' })).toMatchObject({
      sku: 'CP-0007',
      name: '青花瓷瓶（大）',
      priceFen: 138_000,
      category: '家居',
      costFen: 60_000,
      onHand: 1,
    });
    expect(t.ok('admin', 'catalog.lookup', { code: 'MJ-0100' })).toMatchObject({
      priceFen: 3_550,
      onHand: 24,
    });
    expect(t.ok('admin', 'catalog.search', { text: '大' }).map((p) => p.sku)).toEqual(['CP-0007']);
  });

  it('reads the cost (成本) under either language’s header, as yuan within a price’s bounds, and clears it when blank', () => {
    const t = open();
    const english: Row[] = [
      ['SKU', 'Name', 'Kind', 'Price (yuan)', 'Cost'],
      ['HZ-1', '和田玉平安扣', '一口价', '2680', '1234.56'],
      ['HZ-2', '和田玉手镯', '一口价', '9800', '-1'],
      ['HZ-3', '和田玉吊坠', '一口价', '980', '10000000.01'],
      ['HZ-4', '和田玉戒指', '一口价', '680', '0'],
    ];
    const report = t.ok('admin', 'catalog.import', { ...file(csvUtf8Bom(english)), skipBadRows: true });
    expect(issuesOf(report)).toEqual([
      { row: 3, field: 'cost', code: 'BAD_MONEY' },
      { row: 4, field: 'cost', code: 'MONEY_TOO_LARGE' },
    ]);
    expect(t.ok('admin', 'catalog.lookup', { code: 'HZ-1' }).costFen).toBe(123_456);
    expect(t.ok('admin', 'catalog.lookup', { code: 'HZ-4' }).costFen).toBe(0);
    // 进价 is read as the cost too; a blank cell under it clears the cost
    const again: Row[] = [
      ['货号', '名称', '计价方式', '售价', '进价'],
      ['HZ-1', '和田玉平安扣', '一口价', '2680', ''],
      ['HZ-4', '和田玉戒指', '一口价', '680', '320.5'],
    ];
    t.ok('admin', 'catalog.import', { ...file(csvUtf8Bom(again)), skipBadRows: false });
    expect(t.ok('admin', 'catalog.lookup', { code: 'HZ-1' }).costFen).toBeNull();
    expect(t.ok('admin', 'catalog.lookup', { code: 'HZ-4' }).costFen).toBe(32_050);
  });

  it('counts rows as Excel does across quoted line breaks and empty lines, and ignores unknown columns', () => {
    const t = open();
    const text = [
      '货号,名称,计价方式,售价,备注',
      'Q-1,"青花瓷瓶, ""精品""",一口价,10,',
      '',
      'Q-2,"两行',
      '名称",一口价,abc,x',
      ',,,,',
      'Q-3,碗,一口价,5,',
    ].join('\n');
    const report = t.ok('admin', 'catalog.importCheck', file(Buffer.from(text, 'utf8')));
    expect(report).toMatchObject({ rows: 3, goodRows: 2, ignoredColumns: ['备注'] });
    expect(issuesOf(report)).toEqual([{ row: 4, field: 'price', code: 'BAD_MONEY' }]);
    t.ok('admin', 'catalog.import', { ...file(Buffer.from(text, 'utf8')), skipBadRows: true });
    expect(t.ok('admin', 'catalog.lookup', { code: 'Q-1' }).name).toBe('青花瓷瓶, "精品"');
  });

  it.each([
    ['required columns missing', Buffer.from('\ufeff名称,售价\n碗,10\n'), 'IMPORT_COLUMNS_MISSING'],
    [
      'an old .xls workbook',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'IMPORT_UNREADABLE',
    ],
    ['a damaged workbook', Buffer.from('PK\u0003\u0004 not a zip', 'latin1'), 'IMPORT_UNREADABLE'],
    ['a file over 4 MB', Buffer.alloc(4 * 1024 * 1024 + 1, 0x41), 'IMPORT_FILE_TOO_LARGE'],
  ])('refuses %s with a clear error', (_what, bytes, code) => {
    const t = open();
    expect(t.call('admin', 'catalog.importCheck', file(bytes))).toMatchObject({ ok: false, error: { code } });
  });

  it('leaves importing to whoever manages the catalog', () => {
    const t = open();
    t.ok('till', 'auth.login', { staffId: t.ids.zhang, pin: '1111' });
    const goods = file(csvUtf8Bom([H, VASE]));
    expect(t.call('till', 'catalog.import', { ...goods, skipBadRows: false })).toMatchObject({ ok: false });
    expect(count(t, 'SELECT count(*) FROM products')).toBe(0);
  });
});

describe('catalog export', () => {
  const products: ProductInput[] = [
    {
      kind: 'weighed',
      sku: 'JZ-0001',
      name: '足金手镯',
      category: '黄金',
      barcodes: ['6901234567890', '6901234567891'],
      purity: 'Au9999',
      weightMg: 20_155,
      laborFee: { kind: 'perGram', fen: 1_505 },
      serialized: true,
      certificateNo: 'NGTC-2026-118',
      warrantyMonths: 12,
    },
    {
      kind: 'weighed',
      sku: 'DZ-1',
      name: '古法金吊坠, "福"',
      category: null,
      barcodes: [],
      purity: 'Pt950',
      weightMg: null,
      laborFee: { kind: 'perPiece', fen: 8_800 },
      serialized: false,
      certificateNo: null,
      warrantyMonths: 0,
    },
    {
      kind: 'fixed',
      sku: 'CP-7',
      name: '青花瓷瓶',
      category: '家居',
      barcodes: ['0012'],
      serialized: true,
      certificateNo: null,
      warrantyMonths: 6,
      priceFen: 128_001,
      costFen: 66_050,
    },
    {
      kind: 'quantity',
      sku: 'MJ-1',
      name: '纯棉毛巾',
      category: '家居',
      barcodes: [],
      serialized: false,
      certificateNo: null,
      warrantyMonths: 0,
      priceFen: 3_990,
    },
  ];
  function stocked(): Till {
    const t = open();
    for (const product of products) t.ok('admin', 'catalog.save', { product });
    const stock = { 'JZ-0001': 1, 'CP-7': 1, 'MJ-1': 37 } as const;
    for (const [sku, quantity] of Object.entries(stock)) {
      const productId = t.ok('admin', 'catalog.lookup', { code: sku }).id;
      t.ok('admin', 'catalog.receiveStock', { productId, quantity, note: '' });
    }
    return t;
  }
  /** The catalog as the till shows it, without the row ids a new file assigns afresh. */
  const catalogOf = (t: Till) =>
    products.map(({ sku }) => ({ ...t.ok('admin', 'catalog.lookup', { code: sku }), id: 0 }));

  it.each(['csv', 'xlsx'] as const)('round-trips the catalog with on-hand through %s', (format) => {
    const source = stocked();
    const exported = source.ok('admin', 'catalog.export', { format });
    expect(exported).toMatchObject({ products: 4, fileName: `商品资料-20261123.${format}` });
    const target = open();
    const goods = { fileName: exported.fileName, contentBase64: exported.contentBase64 };
    expect(target.ok('admin', 'catalog.import', { ...goods, skipBadRows: false })).toMatchObject({
      creates: 4,
      badRows: 0,
    });
    expect(catalogOf(target)).toEqual(catalogOf(source));
    // the same file again into the same till updates every product and changes nothing
    expect(target.ok('admin', 'catalog.import', { ...goods, skipBadRows: false })).toMatchObject({
      updates: 4,
    });
    expect(catalogOf(target)).toEqual(catalogOf(source));
  });

  it('keeps text that looks like a formula from running in Excel, and reads it back unchanged', () => {
    const source = open();
    const product = { ...(products[3] as ProductInput), sku: '-MJ-2', name: '=HYPERLINK("x")' };
    source.ok('admin', 'catalog.save', { product });
    const exported = source.ok('admin', 'catalog.export', { format: 'csv' });
    const text = Buffer.from(exported.contentBase64, 'base64').toString('utf8');
    expect(text.split('\r\n')[1]).toMatch(/^'-MJ-2,"'=HYPERLINK\(""x""\)",/);
    const target = open();
    target.ok('admin', 'catalog.import', { ...exported, skipBadRows: false });
    expect(target.ok('admin', 'catalog.lookup', { code: '-MJ-2' }).name).toBe('=HYPERLINK("x")');
  });

  it('writes CSV as UTF-8 with a BOM and XLSX with codes as text and amounts as numbers', () => {
    const t = stocked();
    const csv = Buffer.from(t.ok('admin', 'catalog.export', { format: 'csv' }).contentBase64, 'base64');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(ZH_HEADER.join(','));
    expect(lines[1]).toBe(
      'JZ-0001,足金手镯,黄金,称重,,,万足金 Au9999,20.155,按克,15.05,6901234567890;6901234567891,是,NGTC-2026-118,12,1',
    );
    expect(lines[2]).toBe('DZ-1,"古法金吊坠, ""福""",,称重,,,铂金 Pt950,,按件,88.00,,否,,0,0');
    const xlsx = Buffer.from(t.ok('admin', 'catalog.export', { format: 'xlsx' }).contentBase64, 'base64');
    const rows = xlsxRows(xlsx);
    expect(rows[0]).toEqual([...ZH_HEADER]);
    expect(rows[3]).toEqual([
      'CP-7',
      '青花瓷瓶',
      '家居',
      '一口价',
      1280.01,
      660.5,
      '',
      '',
      '',
      '',
      '0012',
      '是',
      '',
      6,
      1,
    ]);
  });
});
