import type { z } from 'zod';
import type { LaborFeeSchema, ProductInput } from '../../../shared/contract/catalog';
import { formatGrams, MG_PER_GRAM } from '../../../shared/domain/money';
import type { Purity } from '../../../shared/domain/purity';
import type { Random } from './random';

/** A product of the demo catalog and how many arrive at the store (one for a tagged piece). */
export interface DemoGood {
  product: ProductInput;
  stock: number;
}

type LaborFee = z.infer<typeof LaborFeeSchema>;

/** EAN-13 with its check digit: in-store codes (prefix 2x) for tagged pieces, 69x for bought-in goods. */
export function ean13(twelveDigits: string): string {
  const sum = [...twelveDigits].reduce((total, digit, i) => total + Number(digit) * (i % 2 === 0 ? 1 : 3), 0);
  return `${twelveDigits}${(10 - (sum % 10)) % 10}`;
}

interface PieceLine {
  category: string;
  /** Put before the style in the name (the K-gold and platinum styles name their metal themselves). */
  prefix: string;
  purity: Purity;
  /** Names: a style is put before the piece word, e.g. 古法福字 + 手镯. */
  styles: readonly string[];
  piece: string;
  count: number;
  gramsMin: number;
  gramsMax: number;
  labor: (random: Random) => LaborFee;
  warrantyMonths: number;
}

const perGram =
  (min: number, max: number) =>
  (random: Random): LaborFee => ({ kind: 'perGram', fen: random.step(min, max, 100) });
const perPiece =
  (min: number, max: number) =>
  (random: Random): LaborFee => ({ kind: 'perPiece', fen: random.step(min, max, 1000) });

// Tagged pieces sold by weight at the day's rate plus labor (工费), each one its own product and tag.
const WEIGHED_PIECES: readonly PieceLine[] = [
  {
    category: '足金戒指',
    prefix: '足金',
    purity: 'Au999',
    styles: ['古法素圈', '福字', '如意', '竹节', '麻花', '心形', '光面', '莲花'],
    piece: '戒指',
    count: 50,
    gramsMin: 2,
    gramsMax: 8,
    labor: perPiece(8_000, 28_000),
    warrantyMonths: 12,
  },
  {
    category: '足金手镯',
    prefix: '足金',
    purity: 'Au9999',
    styles: ['古法传承', '福禄寿', '竹报平安', '光面', '龙凤', '花丝', '如意'],
    piece: '手镯',
    count: 30,
    gramsMin: 15,
    gramsMax: 45,
    labor: perGram(1_500, 3_000),
    warrantyMonths: 12,
  },
  {
    category: '足金吊坠',
    prefix: '足金',
    purity: 'Au999',
    styles: ['平安扣', '貔貅', '生肖马', '生肖龙', '观音', '葫芦', '锦鲤', '四叶草', '转运'],
    piece: '吊坠',
    count: 50,
    gramsMin: 1,
    gramsMax: 6,
    labor: perPiece(5_000, 18_000),
    warrantyMonths: 12,
  },
  {
    category: '足金项链',
    prefix: '足金',
    purity: 'Au990',
    styles: ['肖邦链', '水波链', '十字链', '盒子链', '锁骨链'],
    piece: '项链',
    count: 28,
    gramsMin: 5,
    gramsMax: 20,
    labor: perGram(1_800, 3_500),
    warrantyMonths: 12,
  },
  {
    category: 'K金',
    prefix: '',
    purity: 'Au750',
    styles: ['18K玫瑰金', '18K白金', '18K黄金'],
    piece: '耳钉',
    count: 15,
    gramsMin: 1,
    gramsMax: 3,
    labor: perPiece(20_000, 60_000),
    warrantyMonths: 12,
  },
  {
    category: 'K金',
    prefix: '',
    purity: 'Au750',
    styles: ['18K玫瑰金', '18K白金'],
    piece: '手链',
    count: 10,
    gramsMin: 3,
    gramsMax: 8,
    labor: perPiece(30_000, 80_000),
    warrantyMonths: 12,
  },
  {
    category: '银饰',
    prefix: '足银',
    purity: 'S999',
    styles: ['古法', '竹节', '福字', '光面'],
    piece: '手镯',
    count: 8,
    gramsMin: 25,
    gramsMax: 60,
    labor: perPiece(3_000, 8_000),
    warrantyMonths: 6,
  },
  {
    category: '铂金',
    prefix: '',
    purity: 'Pt950',
    styles: ['铂金素圈', '铂金对戒', '铂金锁骨'],
    piece: '戒指',
    count: 12,
    gramsMin: 3,
    gramsMax: 9,
    labor: perGram(3_000, 5_000),
    warrantyMonths: 12,
  },
  {
    category: '铂金',
    prefix: '',
    purity: 'Pt950',
    styles: ['铂金O字链', '铂金瓜子链'],
    piece: '项链',
    count: 8,
    gramsMin: 4,
    gramsMax: 12,
    labor: perGram(3_000, 5_000),
    warrantyMonths: 12,
  },
];

interface FixedLine {
  category: string;
  names: readonly string[];
  count: number;
  yuanMin: number;
  yuanMax: number;
  certificate: (random: Random) => string;
  warrantyMonths: number;
}

// Tagged pieces at a fixed price, each with its grading certificate (证书编号).
const FIXED_PIECES: readonly FixedLine[] = [
  {
    category: '翡翠',
    names: ['翡翠平安扣吊坠', '翡翠手镯', '翡翠观音吊坠', '翡翠蛋面戒指', '翡翠葫芦吊坠'],
    count: 25,
    yuanMin: 1_800,
    yuanMax: 28_000,
    certificate: (random) => `NGTC${random.int(10_000_000, 99_999_999)}`,
    warrantyMonths: 12,
  },
  {
    category: '钻石',
    names: ['18K金钻石戒指', '铂金钻石戒指', '钻石耳钉', '钻石吊坠', '钻石手链'],
    count: 30,
    yuanMin: 4_800,
    yuanMax: 36_000,
    certificate: (random) => `GIA${random.int(1_000_000_000, 9_999_999_999)}`,
    warrantyMonths: 24,
  },
];

interface CountedGood {
  category: string;
  name: string;
  yuan: number;
  warrantyMonths: number;
}

const SILVER: readonly CountedGood[] = [
  ['足银长命锁', 268],
  ['925银四叶草项链', 299],
  ['925银耳钉', 159],
  ['925银手链', 239],
  ['925银戒指', 129],
  ['足银筷子', 688],
  ['足银小碗', 1_280],
  ['925银锁骨链', 199],
  ['足银貔貅手串', 368],
  ['925银星月耳环', 179],
  ['足银平安扣', 158],
].map(([name, yuan]) => ({
  category: '银饰',
  name: name as string,
  yuan: yuan as number,
  warrantyMonths: 6,
}));

const HOME: readonly CountedGood[] = [
  ['红木首饰盒', 268],
  ['绒面戒指盒', 38],
  ['皮质首饰收纳包', 128],
  ['擦银布', 10],
  ['擦金布', 12],
  ['珠宝清洗液', 45],
  ['本命年红绳', 28],
  ['编织红绳手链', 58],
  ['礼品袋', 5],
  ['香薰蜡烛', 88],
  ['陶瓷茶杯', 168],
  ['紫砂茶壶', 588],
  ['招财猫摆件', 198],
  ['铜鎏金貔貅摆件', 880],
  ['水晶球摆件', 168],
  ['丝巾礼盒', 298],
  ['檀木手串', 198],
  ['天然玛瑙手串', 268],
  ['首饰展示架', 78],
  ['戒指尺寸圈', 15],
].map(([name, yuan]) => ({
  category: '家居用品',
  name: name as string,
  yuan: yuan as number,
  warrantyMonths: 0,
}));

/** Small gold sold loose by weight on the scale: no tag weight, counted in stock. */
const LOOSE_GOLD: readonly string[] = [
  '足金转运珠',
  '足金小金豆',
  '足金路路通',
  '足金生肖小金珠',
  '足金字母串珠',
  '足金四叶草串珠',
  '足金福袋小件',
  '足金六字真言珠',
];

/** About three hundred goods of the three kinds, the same on every run of the same `random`. */
export function demoGoods(random: Random): DemoGood[] {
  const goods: DemoGood[] = [];
  let tagNo = 0;
  const tag = (): string => ean13(`21${String(++tagNo).padStart(10, '0')}`);
  const sku = (prefix: string): string => `${prefix}${String(goods.length + 1).padStart(4, '0')}`;

  for (const line of WEIGHED_PIECES) {
    for (let i = 0; i < line.count; i++) {
      const weightMg = random.step(line.gramsMin * MG_PER_GRAM, line.gramsMax * MG_PER_GRAM, 10);
      const style = line.styles[i % line.styles.length] as string;
      goods.push({
        product: {
          kind: 'weighed',
          sku: sku('G'),
          name: `${line.prefix}${style}${line.piece} ${formatGrams(weightMg, 2)}`,
          category: line.category,
          barcodes: [tag()],
          serialized: true,
          certificateNo: null,
          warrantyMonths: line.warrantyMonths,
          purity: line.purity,
          weightMg,
          laborFee: line.labor(random),
        },
        stock: 1,
      });
    }
  }
  for (const line of FIXED_PIECES) {
    for (let i = 0; i < line.count; i++) {
      goods.push({
        product: {
          kind: 'fixed',
          sku: sku('J'),
          name: line.names[i % line.names.length] as string,
          category: line.category,
          barcodes: [tag()],
          serialized: true,
          certificateNo: line.certificate(random),
          warrantyMonths: line.warrantyMonths,
          priceFen: random.step(line.yuanMin, line.yuanMax, 100) * 100,
        },
        stock: 1,
      });
    }
  }
  LOOSE_GOLD.forEach((name, i) => {
    goods.push({
      product: {
        kind: 'weighed',
        sku: sku('L'),
        name,
        category: '足金小件',
        barcodes: [ean13(`22${String(i + 1).padStart(10, '0')}`)],
        serialized: false,
        certificateNo: null,
        warrantyMonths: 6,
        purity: 'Au999',
        weightMg: null,
        laborFee: { kind: 'perGram', fen: random.step(1_000, 2_000, 100) },
      },
      stock: random.int(40, 80),
    });
  });
  [...SILVER, ...HOME].forEach((good, i) => {
    goods.push({
      product: {
        kind: 'quantity',
        sku: sku(good.category === '银饰' ? 'S' : 'H'),
        name: good.name,
        category: good.category,
        barcodes: [ean13(`6901234${String(i + 1).padStart(5, '0')}`)],
        serialized: false,
        certificateNo: null,
        warrantyMonths: good.warrantyMonths,
        priceFen: good.yuan * 100,
      },
      stock: random.int(12, 60),
    });
  });
  return goods;
}
