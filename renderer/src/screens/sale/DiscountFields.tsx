import { Form, Input, Segmented } from 'antd';
import type { Rule } from 'antd/es/form';
import { AmountField } from '../../components/AmountField';
import { useI18n } from '../../i18n/context';
import type { DiscountValues } from './discount-form';
import { parsePercent } from './discount-text';

/**
 * 折扣: a percentage (5 = 5 % off, 95折) or an amount off, each with its reason. `reasonNeeded` says whether
 * something in the form (a discount, a price override) makes the reason required.
 */
export function DiscountFields({ reasonNeeded }: { reasonNeeded: boolean }) {
  const { t } = useI18n();
  const kind = Form.useWatch<DiscountValues['discountKind']>('discountKind');
  const percentRule: Rule = {
    validator: async (_rule, text: string | undefined) => {
      if (text?.trim() && parsePercent(text) === null) throw new Error(t('sale.discount.percent.rule'));
    },
  };
  return (
    <>
      <Form.Item name="discountKind" label={t('sale.discount')}>
        <Segmented
          options={[
            { value: 'percent', label: t('sale.discount.percent') },
            { value: 'amount', label: t('sale.discount.amount') },
          ]}
        />
      </Form.Item>
      {kind === 'amount' ? (
        <AmountField name="amount" unit="yuan" label={t('sale.discount.amountOff')} positive />
      ) : (
        <Form.Item name="percent" label={t('sale.discount.percentOff')} rules={[percentRule]}>
          <Input suffix="%" inputMode="decimal" autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item
        name="reason"
        label={t('sale.discount.reason')}
        rules={[
          { required: reasonNeeded, whitespace: true, max: 200, message: t('sale.discount.reason.rule') },
        ]}
      >
        <Input maxLength={200} autoComplete="off" placeholder={t('sale.discount.reason.placeholder')} />
      </Form.Item>
    </>
  );
}
