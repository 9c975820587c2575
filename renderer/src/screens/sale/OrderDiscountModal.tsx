import { Form } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { Discount } from '../../../../shared/domain/cart';
import { useI18n } from '../../i18n/context';
import { FormDialog } from './FormDialog';
import { DiscountFields } from './DiscountFields';
import { discountFromValues, discountValues, type DiscountValues } from './discount-form';

interface OrderDiscountModalProps {
  discount: Discount | null;
  reason: string | null;
  error: ErrorBody | null;
  busy: boolean;
  onSave(discount: Discount | null, reason: string | null): void;
  onClose(): void;
}

/** 整单折扣: off the whole order after the lines' and the member's discounts; empty removes it. */
export function OrderDiscountModal({
  discount,
  reason,
  error,
  busy,
  onSave,
  onClose,
}: OrderDiscountModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<DiscountValues>();
  const given = Form.useWatch((values: DiscountValues) => discountFromValues(values) !== null, form);

  return (
    <FormDialog<DiscountValues>
      title={t('sale.orderDiscount.title')}
      form={form}
      initialValues={discountValues(discount, reason)}
      onFinish={(values) => {
        const chosen = discountFromValues(values);
        onSave(chosen, chosen ? (values.reason?.trim() ?? null) : null);
      }}
      onClose={onClose}
      error={error}
      busy={busy}
    >
      <DiscountFields reasonNeeded={given ?? false} />
    </FormDialog>
  );
}
