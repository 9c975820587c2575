import type { Random } from './random';

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
];
const GIVEN = [
  '秀英',
  '桂英',
  '明',
  '静',
  '丽',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '超',
  '霞',
  '平',
  '刚',
  '玉兰',
  '海燕',
  '建华',
  '晓东',
  '婷婷',
  '雪梅',
  '志强',
  '佳怡',
  '子涵',
  '欣怡',
  '浩然',
  '梓萱',
];
const MOBILE_PREFIXES = ['138', '139', '135', '136', '137', '150', '151', '158', '186', '187', '177', '199'];

export interface DemoCustomer {
  name: string;
  phone: string;
}

/** Customers with distinct mobile numbers and plausible names (a name and a number: nothing else is asked). */
export function demoCustomers(random: Random, count: number): DemoCustomer[] {
  const phones = new Set<string>();
  const customers: DemoCustomer[] = [];
  while (customers.length < count) {
    const phone = `${random.pick(MOBILE_PREFIXES)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
    if (phones.has(phone)) continue;
    phones.add(phone);
    customers.push({ name: `${random.pick(SURNAMES)}${random.pick(GIVEN)}`, phone });
  }
  return customers;
}
