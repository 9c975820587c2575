import type { ChannelInput } from '../../../shared/contract';
import type { RepairStatus } from '../../../shared/domain/repair-status';
import type { Random } from './random';

type Intake = ChannelInput<'repairs.intake'>;
type Tenders = NonNullable<Intake['deposit']>['tenders'];

/** One thing done at the repair desk, on a day (offset from today) and minute of the store's clock. */
export interface DeskStep {
  day: number;
  minute: number;
  ticket: number;
  act:
    | { kind: 'intake'; input: Omit<Intake, 'customerId' | 'promisedOn'>; promisedInDays: number }
    | { kind: 'advance'; step: ChannelInput<'repairs.advance'>['step'] }
    | { kind: 'qc'; weightMg: number; stones: number }
    | { kind: 'call' }
    | { kind: 'collect'; weightMg: number; tenders: Tenders };
}

interface Job {
  category: string;
  purity: Intake['item']['purity'];
  description: string;
  stones: number;
  grams: [number, number];
  service: { code: string; priceFen: number };
}

const JOBS: readonly Job[] = [
  {
    category: '戒指',
    purity: 'Au999',
    description: '足金素圈戒指改小',
    stones: 0,
    grams: [3, 6],
    service: { code: 'resize', priceFen: 5_000 },
  },
  {
    category: '项链',
    purity: 'Au990',
    description: '足金项链断链焊接',
    stones: 0,
    grams: [6, 15],
    service: { code: 'solder', priceFen: 3_000 },
  },
  {
    category: '手镯',
    purity: 'Au9999',
    description: '足金手镯抛光翻新',
    stones: 0,
    grams: [18, 40],
    service: { code: 'polish', priceFen: 2_000 },
  },
  {
    category: '戒指',
    purity: 'Au750',
    description: '18K钻戒主石松动',
    stones: 1,
    grams: [2, 4],
    service: { code: 'reset', priceFen: 6_000 },
  },
  {
    category: '戒指',
    purity: 'Pt950',
    description: '铂金戒指电镀',
    stones: 0,
    grams: [3, 7],
    service: { code: 'replate', priceFen: 8_000 },
  },
  {
    category: '吊坠',
    purity: null,
    description: '翡翠吊坠换扣',
    stones: 0,
    grams: [4, 9],
    service: { code: 'solder', priceFen: 3_000 },
  },
];

/** Where each ticket of the demo ends, and the last day (offset from today) it moves. */
const TICKETS: readonly { ends: RepairStatus; lastDay: number }[] = [
  ...[-27, -25, -22, -20, -18, -16, -13, -11, -9, -7, -4].map((lastDay) => ({
    ends: 'collected' as const,
    lastDay,
  })),
  { ends: 'readyToCollect', lastDay: -3 },
  { ends: 'readyToCollect', lastDay: -1 },
  { ends: 'qualityCheck', lastDay: -1 },
  { ends: 'inWorkshop', lastDay: -2 },
  { ends: 'inWorkshop', lastDay: -1 },
  { ends: 'approved', lastDay: -1 },
  { ends: 'awaitingApproval', lastDay: -2 },
  { ends: 'awaitingApproval', lastDay: -1 },
  { ends: 'received', lastDay: -1 },
  { ends: 'cancelled', lastDay: -19 },
  { ends: 'cancelled', lastDay: -8 },
  { ends: 'returnedUnrepaired', lastDay: -14 },
];

/** The steps of a ticket up to where it ends, each as [days after intake, act]. */
function path(ends: RepairStatus, job: Job, weightMg: number, random: Random): [number, DeskStep['act']][] {
  const quoteFen = job.service.priceFen;
  const agreedAtCounter = ends !== 'awaitingApproval' && ends !== 'received' && ends !== 'cancelled';
  const depositFen = agreedAtCounter && quoteFen >= 5_000 && random.chance(0.5) ? quoteFen / 2 : 0;
  const tenders = (amountFen: number): Tenders =>
    random.chance(0.5)
      ? [{ method: 'cash', amountFen }]
      : [{ method: 'wechat', amountFen, reference: `4200${random.int(10_000_000, 99_999_999)}` }];
  const intake: DeskStep['act'] = {
    kind: 'intake',
    promisedInDays: 5,
    input: {
      item: {
        category: job.category,
        purity: job.purity,
        description: job.description,
        stoneCount: job.stones,
        weightIn: { source: 'scale', weightMg },
        conditions: random.chance(0.5) ? ['scratches'] : ['worn'],
        declaredValueFen: 0,
      },
      services: [job.service],
      quote:
        ends === 'received'
          ? { kind: 'later' }
          : { kind: 'estimate', consent: agreedAtCounter ? 'inPerson' : null },
      deposit:
        depositFen > 0 && ends !== 'returnedUnrepaired'
          ? { amountFen: depositFen, tenders: tenders(depositFen) }
          : null,
    },
  };
  const afterWork = weightMg - random.int(0, 8);
  const steps: [number, DeskStep['act']][] = [
    [0, intake],
    [1, { kind: 'advance', step: { to: 'inWorkshop', workshop: { kind: 'bench' } } }],
    [2, { kind: 'advance', step: { to: 'qualityCheck' } }],
    [2, { kind: 'qc', weightMg: afterWork, stones: job.stones }],
    [2, { kind: 'call' }],
    [3, { kind: 'collect', weightMg: afterWork, tenders: tenders(quoteFen - depositFen) }],
  ];
  switch (ends) {
    case 'received':
    case 'awaitingApproval':
    case 'approved':
      return steps.slice(0, 1);
    case 'cancelled':
      return [
        steps[0] as [number, DeskStep['act']],
        [1, { kind: 'advance', step: { to: 'cancelled', reason: '顾客不同意报价' } }],
      ];
    case 'returnedUnrepaired':
      return [
        ...steps.slice(0, 2),
        [2, { kind: 'advance', step: { to: 'returnedUnrepaired', reason: '宝石有裂纹，师傅评估无法修复' } }],
      ];
    case 'inWorkshop':
      return steps.slice(0, 2);
    case 'qualityCheck':
      return steps.slice(0, 3);
    case 'readyToCollect':
      return steps.slice(0, 5);
    case 'collected':
      return steps;
  }
}

/** The repair desk's month: tickets that end in every status, in the order their steps happen. */
export function deskSteps(random: Random): DeskStep[] {
  return TICKETS.flatMap(({ ends, lastDay }, ticket) => {
    const job = random.pick(JOBS);
    const weightMg = random.step(job.grams[0] * 1000, job.grams[1] * 1000, 10);
    const steps = path(ends, job, weightMg, random);
    const span = (steps[steps.length - 1] as [number, unknown])[0];
    // each ticket comes up at its own hour of the day; its steps of one day follow each other
    const hour = 10 + random.int(0, 9);
    return steps.map(([after, act], i): DeskStep => ({
      day: lastDay - span + after,
      minute: hour * 60 + 20 + i * 5,
      ticket,
      act,
    }));
  }).sort((a, b) => a.day - b.day || a.minute - b.minute);
}
