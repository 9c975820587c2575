import { Alert, Form, Modal } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { Discount } from '../../../../shared/domain/cart';
import { Kbd } from '../../components/Kbd';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { DiscountFields, type DiscountValues } from './DiscountFields';
import { discountFromValues, discountValues } from './discount-form';

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
  const errorText = useErrorText();
  const [form] = Form.useForm<DiscountValues>();
  const given = Form.useWatch((values: DiscountValues) => discountFromValues(values) !== null, form);

  return (
    <Modal
      open
      title={t('sale.orderDiscount.title')}
      okText={
        <>
          {t('common.save')} <Kbd>Enter</Kbd>
        </>
      }
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<DiscountValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={discountValues(discount, reason)}
        onFinish={(values) => {
          const chosen = discountFromValues(values);
          onSave(chosen, chosen ? (values.reason?.trim() ?? null) : null);
        }}
      >
        {error && <Alert className="form-alert" type="error" showIcon title={errorText(error)} />}
        <DiscountFields reasonNeeded={given ?? false} />
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
