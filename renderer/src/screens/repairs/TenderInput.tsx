import { Input, Select, Space, Typography } from 'antd';
import type { Tender } from '../../../../shared/contract/sales';
import { formatYuan } from '../../../../shared/domain/money';
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

/** Cash handed over beyond what is due: the change to give back, shown as the amount is typed. */
export function ChangeDue({ tender, dueFen }: { tender: TenderDraft; dueFen: number }) {
  const { t } = useI18n();
  const handed = tender.method === 'cash' ? (parseAmount('yuan', tender.amount) ?? 0) : 0;
  const changeFen = handed - dueFen;
  if (dueFen <= 0 || changeFen <= 0) return null;
  return (
    <Typography.Text strong data-testid="change-due">
      {t('repairs.pickup.change', { amount: formatYuan(changeFen) })}
    </Typography.Text>
  );
}
