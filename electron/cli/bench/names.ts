// Believable goods of a Chinese jewelry store with a home-goods corner, for the benchmark's catalog.

const GOLD = ['足金', '千足金', '万足金', '古法金', '硬金', '5G黄金', '18K金', '铂金', '玫瑰金', '彩金'];
const GOLD_STYLES = [
  '福字',
  '如意',
  '平安',
  '莲花',
  '祥云',
  '龙凤',
  '葫芦',
  '貔貅',
  '转运',
  '四叶草',
  '小蛮腰',
  '竹节',
  '麻花',
  '素圈',
  '镂空',
  '刻字',
  '串珠',
  '锦鲤',
  '生肖兔',
  '生肖龙',
  '招财猫',
  '喜字',
  '蝴蝶',
  '雪花',
];
const GOLD_ITEMS = [
  '手镯',
  '手链',
  '项链',
  '吊坠',
  '戒指',
  '耳钉',
  '耳环',
  '脚链',
  '转运珠',
  '长命锁',
  '对戒',
  '发簪',
];
const STONES = [
  '和田玉',
  '翡翠',
  '南红',
  '淡水珍珠',
  '海水珍珠',
  '钻石',
  '蜜蜡',
  '琥珀',
  '碧玺',
  '水晶',
  '绿松石',
];
const STONE_ITEMS = [
  '平安扣',
  '手串',
  '吊坠',
  '戒指',
  '耳坠',
  '胸针',
  '项链',
  '手镯',
  '钻戒',
  '观音',
  '佛公',
];
const HOME = [
  '青花瓷',
  '景德镇',
  '紫砂',
  '骨瓷',
  '玻璃',
  '不锈钢',
  '纯棉',
  '真丝',
  '竹制',
  '实木',
  '陶瓷',
  '搪瓷',
];
const HOME_ITEMS = [
  '茶杯',
  '茶壶',
  '花瓶',
  '果盘',
  '毛巾',
  '浴巾',
  '餐具套装',
  '保温杯',
  '香薰',
  '相框',
  '摆件',
  '靠垫',
  '四件套',
  '围巾',
  '首饰盒',
  '收纳盒',
  '筷子',
  '汤碗',
];
const SIZES = ['', '', '', '（小号）', '（大号）', '16号', '18号', '礼盒装', '经典款', '新款'];

export interface GeneratedProduct {
  name: string;
  category: string;
  kind: 'fixed' | 'weighed' | 'quantity';
  serialized: boolean;
  purity: string | null;
}

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length] as T;

/** The n-th product: 60 % gold by weight, 15 % stones and jade, 25 % home goods. Deterministic. */
export function productAt(n: number): GeneratedProduct {
  const mix = n % 20;
  const a = Math.floor(n / 20);
  const size = pick(SIZES, a * 7 + n);
  if (mix < 12) {
    const metal = pick(GOLD, a);
    return {
      name: `${metal}${pick(GOLD_STYLES, a * 3 + mix)}${pick(GOLD_ITEMS, a * 5 + mix)}${size}`,
      category: '黄金',
      kind: 'weighed',
      serialized: true,
      purity:
        metal === '18K金' || metal === '玫瑰金' || metal === '彩金'
          ? 'Au750'
          : metal === '铂金'
            ? 'Pt950'
            : 'Au999',
    };
  }
  if (mix < 15) {
    return {
      name: `${pick(STONES, a + mix)}${pick(STONE_ITEMS, a * 3 + mix)}${size}`,
      category: '珠宝玉石',
      kind: 'fixed',
      serialized: true,
      purity: null,
    };
  }
  return {
    name: `${pick(HOME, a + mix)}${pick(HOME_ITEMS, a * 5 + mix)}${size}`,
    category: '家居',
    kind: 'quantity',
    serialized: false,
    purity: null,
  };
}
