import { useState } from 'react';
import { Checkbox, Form, Input, InputNumber, Radio, Typography } from 'antd';
import { bilingualMessage, type ErrorBody } from '../../../../shared/contract';
import type { Product } from '../../../../shared/contract/catalog';
import type { NoReceiptReturn } from '../../../../shared/contract/returns';
import {
  RETURN_DECISIONS,
  RETURN_REASONS,
  type ReturnDecision,
  type ReturnReason,
} from '../../../../shared/domain/returns';
import { useApi } from '../../api/context';
import { useHotkeys } from '../../components/useHotkeys';
import { WeightInput, type WeightEntry } from '../../components/weight/WeightInput';
import { useI18n } from '../../i18n/context';
import { useScanHandler } from '../../scan/context';
import { FormDialog } from '../sale/FormDialog';

interface NoReceiptValues {
  code: string;
  quantity: number;
  weight: WeightEntry | null;
  tagIntact: boolean;
  damage: string;
  reason?: ReturnReason;
  reasonText: string;
  decision: ReturnDecision;
  why: string;
  refundAs: 'storeCredit' | 'cash';
  phone: string;
}

const INITIAL: NoReceiptValues = {
  code: '',
  quantity: 1,
  weight: null,
  tagIntact: true,
  damage: '',
  reasonText: '',
  decision: 'restock',
  why: '',
  refundAs: 'storeCredit',
  phone: '',
};

/**
 * 无小票退货: one piece taken back without its receipt, behind its permission (a cashier's goes to a manager's PIN
 * by itself): scanned or its code typed, inspected, priced by the core at today's price (weighed gold at today's
 * buy-back rate), and given back as the member's store credit, or in cash for someone allowed to pay it so.
 */
export function NoReceiptModal({
  onDone,
  onClose,
}: {
  onDone(made: NoReceiptReturn): void;
  onClose(): void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const [form] = Form.useForm<NoReceiptValues>();
  const reason = Form.useWatch('reason', form);
  const refundAs = Form.useWatch('refundAs', form);
  const [product, setProduct] = useState<Product | null>(null);
  /** The code the piece shown was found by. */
  const [lookedUp, setLookedUp] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const [returnId] = useState(() => crypto.randomUUID());

  const lookUp = async (code: string): Promise<void> => {
    if (!code.trim()) return;
    form.setFieldValue('code', code.trim());
    const result = await api.call('catalog.lookup', { code: code.trim() });
    setError(result.ok ? null : result.error);
    setProduct(result.ok ? result.value : null);
    setLookedUp(result.ok ? code.trim() : '');
  };
  // a scan anywhere in the dialog names the piece; Enter on a tick box or a choice takes the form
  useScanHandler(({ code }) => void lookUp(code));
  useHotkeys({ Enter: () => form.submit() }, 'dialog');

  const customerId = async (phone: string): Promise<number | null | ErrorBody> => {
    if (!phone.trim()) return null;
    const found = await api.call('customers.find', { phone: phone.trim() });
    if (!found.ok) return found.error;
    return (
      found.value?.id ?? {
        code: 'CUSTOMER_NOT_FOUND',
        message: bilingualMessage('CUSTOMER_NOT_FOUND'),
        details: {},
      }
    );
  };

  const save = async (shown: Partial<NoReceiptValues>): Promise<void> => {
    const values = { ...INITIAL, ...shown };
    if (!product) return void lookUp(values.code);
    setBusy(true);
    const customer = await customerId(values.phone);
    if (customer !== null && typeof customer === 'object') {
      setBusy(false);
      return setError(customer);
    }
    const damage = values.damage.trim();
    const result = await api.call('returns.withoutReceipt', {
      returnId,
      customerId: customer,
      lines: [
        {
          productId: product.id,
          quantity: values.quantity,
          weightMg: product.kind === 'weighed' ? (values.weight?.weightMg ?? null) : null,
          tagIntact: values.tagIntact,
          damage: damage === '' ? null : damage,
          reason: values.reason as ReturnReason,
          reasonText: values.reason === 'other' ? values.reasonText.trim() : null,
          decision: values.decision,
        },
      ],
      refundAs: values.refundAs,
      reason: values.why.trim(),
    });
    setBusy(false);
    if (result.ok) onDone(result.value);
    else setError(result.error.code === 'APPROVAL_CANCELLED' ? null : result.error);
  };

  return (
    <FormDialog<NoReceiptValues>
      title={t('returns.noReceipt.title')}
      form={form}
      initialValues={INITIAL}
      onFinish={(values) => void save(values)}
      onClose={onClose}
      error={error}
      busy={busy}
      okLabel={t('returns.noReceipt.ok')}
    >
      <Form.Item name="code" label={t('returns.noReceipt.code')}>
        <Input
          autoFocus
          autoComplete="off"
          onPressEnter={(event) => {
            // Enter on a new code looks the piece up; on the piece shown it takes the form
            if (event.currentTarget.value.trim() === lookedUp) return;
            event.preventDefault();
            void lookUp(event.currentTarget.value);
          }}
        />
      </Form.Item>
      {product && (
        <Typography.Paragraph strong data-testid="no-receipt-product">
          {product.name} · {product.sku}
        </Typography.Paragraph>
      )}
      {product?.kind === 'quantity' && (
        <Form.Item name="quantity" label={t('returns.noReceipt.quantity')}>
          <InputNumber min={1} max={9999} precision={0} />
        </Form.Item>
      )}
      {product?.kind === 'weighed' && (
        <Form.Item
          name="weight"
          label={t('returns.inspect.weight')}
          rules={[{ required: true, message: t('returns.inspect.weightRule') }]}
        >
          <WeightInput label={t('returns.inspect.weight')} hotkey="F6" scope="dialog" reason={false} />
        </Form.Item>
      )}
      <Form.Item name="tagIntact" valuePropName="checked" className="returns-check">
        <Checkbox>{t('returns.inspect.tagIntact')}</Checkbox>
      </Form.Item>
      <Form.Item name="damage" label={t('returns.inspect.damage')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('returns.inspect.reason')}
        rules={[{ required: true, message: t('returns.inspect.reasonRule') }]}
      >
        <Radio.Group
          optionType="button"
          options={RETURN_REASONS.map((value) => ({ value, label: t(`returns.reason.${value}`) }))}
        />
      </Form.Item>
      {reason === 'other' && (
        <Form.Item
          name="reasonText"
          label={t('returns.inspect.reasonText')}
          rules={[{ required: true, whitespace: true, message: t('returns.inspect.reasonTextRule') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      )}
      <Form.Item name="decision" label={t('returns.inspect.decision')}>
        <Radio.Group
          optionType="button"
          options={RETURN_DECISIONS.map((value) => ({ value, label: t(`returns.decision.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="why"
        label={t('returns.noReceipt.why')}
        rules={[{ required: true, whitespace: true, message: t('returns.noReceipt.whyRule') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="refundAs" label={t('returns.noReceipt.refundAs')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'storeCredit', label: t('returns.refundAs.storeCredit') },
            { value: 'cash', label: t('sale.tender.cash') },
          ]}
        />
      </Form.Item>
      {refundAs !== 'cash' && (
        <Form.Item
          name="phone"
          label={t('returns.noReceipt.phone')}
          rules={[{ required: true, whitespace: true, message: t('returns.noReceipt.phoneRule') }]}
        >
          <Input maxLength={11} inputMode="numeric" autoComplete="off" />
        </Form.Item>
      )}
    </FormDialog>
  );
}
