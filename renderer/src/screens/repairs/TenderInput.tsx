import { Input, Select, Space } from 'antd';
import type { Tender } from '../../../../shared/contract/sales';
import { parseAmount } from '../../components/amount';
import { useI18n } from '../../i18n/context';
import { CODE_FIELD } from '../../scan/code-field';
import { LabeledInput } from './LabeledInput';

export type RepairMethod = 'cash' | 'bankCard' | 'wechat' | 'alipay';

export interface TenderDraft {
  method: RepairMethod;
  /** Cash: what the customer hands over; others: the amount. */
  amount: string;
  reference: string;
  last4: string;
}

export const emptyTender = (): TenderDraft => ({ method: 'cash', amount: '', reference: '', last4: '' });

/** The tender as the core takes it, or null while something is missing. */
export function tenderOf(draft: TenderDraft): Tender | null {
  const amountFen = parseAmount('yuan', draft.amount);
  if (!amountFen) return null;
  switch (draft.method) {
    case 'cash':
      return { method: 'cash', amountFen };
    case 'bankCard':
      return /^\d{4}$/.test(draft.last4) && draft.reference.trim()
        ? { method: 'bankCard', amountFen, reference: draft.reference.trim(), last4: draft.last4 }
        : null;
    default:
      return draft.reference.trim()
        ? { method: draft.method, amountFen, reference: draft.reference.trim() }
        : null;
  }
}

/** One tender (the desk takes one per payment): cash, bank card, WeChat Pay or Alipay. */
export function TenderInput({ value, onChange }: { value: TenderDraft; onChange(value: TenderDraft): void }) {
  const { t } = useI18n();
  const set = (patch: Partial<TenderDraft>): void => onChange({ ...value, ...patch });
  return (
    <Space wrap>
      <Select<RepairMethod>
        aria-label={t('repairs.tender.method')}
        value={value.method}
        onChange={(method) => set({ method })}
        options={(['cash', 'bankCard', 'wechat', 'alipay'] as const).map((method) => ({
          value: method,
          label: t(`repairs.tender.${method}`),
        }))}
        className="repair-tender-method"
      />
      <Input
        aria-label={t('repairs.tender.amount')}
        placeholder={t(value.method === 'cash' ? 'repairs.tender.handed' : 'repairs.tender.amount')}
        prefix="￥"
        value={value.amount}
        onChange={(e) => set({ amount: e.target.value })}
        className="repair-tender-amount"
      />
      {value.method !== 'cash' && (
        <LabeledInput
          {...CODE_FIELD}
          label={t('repairs.tender.reference')}
          value={value.reference}
          onChange={(e) => set({ reference: e.target.value })}
          maxLength={64}
        />
      )}
      {value.method === 'bankCard' && (
        <LabeledInput
          label={t('repairs.tender.last4')}
          value={value.last4}
          onChange={(e) => set({ last4: e.target.value })}
          maxLength={4}
        />
      )}
    </Space>
  );
}
