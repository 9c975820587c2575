import { Form, InputNumber, Typography } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { SaleLine } from '../../../../shared/contract/sales';
import { formatYuan } from '../../../../shared/domain/money';
import { amountText, parseAmount } from '../../components/amount';
import type { WeightEntry } from '../../components/weight/WeightInput';
import { AmountField } from '../../components/AmountField';
import { useI18n } from '../../i18n/context';
import type { ProductLine } from './cart-lines';
import { quantityEditable } from './cart-lines';
import { FormDialog } from './FormDialog';
import { DiscountFields } from './DiscountFields';
import { discountFromValues, discountValues, type DiscountValues } from './discount-form';
import { SaleWeightField } from './SaleWeightField';

interface LineValues extends DiscountValues {
  quantity?: number;
  weight?: WeightEntry | null;
  override?: string;
}

interface LineEditorModalProps {
  input: ProductLine;
  /** The line as last priced; null for a weighed item not yet weighed (no price yet). */
  priced: SaleLine | null;
  name: string;
  weighed: boolean;
  error: ErrorBody | null;
  busy: boolean;
  onSave(line: ProductLine): void;
  onClose(): void;
}

/** A line's weight as the cart sends it: with its source, and the reason of a typed one. */
const lineWeight = (entry: WeightEntry | null): Partial<ProductLine> =>
  entry === null
    ? {}
    : {
        weightMg: entry.weightMg,
        weightSource: entry.source,
        weightReason: entry.source === 'typed' && entry.reason ? entry.reason : undefined,
      };

/** What the weight field starts from: the line's own weight, else the tag's. */
function entryOf(input: ProductLine, tagMg: number | null): WeightEntry | null {
  const weightMg = input.weightMg ?? tagMg;
  if (weightMg === null) return null;
  return input.weightSource === 'scale'
    ? { source: 'scale', weightMg }
    : { source: 'typed', weightMg, reason: input.weightReason ?? '' };
}

/** One line: quantity, weight (typed or from the scale), price override, discount, and why. */
export function LineEditorModal({
  input,
  priced,
  name,
  weighed,
  error,
  busy,
  onSave,
  onClose,
}: LineEditorModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<LineValues>();
  const discounted = Form.useWatch((values: LineValues) => {
    const override = values.override?.trim() ?? '';
    return override !== '' || discountFromValues(values) !== null;
  }, form);
  const canCount = priced ? quantityEditable(priced) : false;

  const save = (values: LineValues): void => {
    const discount = discountFromValues(values);
    const override = parseAmount('yuan', values.override);
    // a weight left as it was keeps its origin (the tag's weight stays the tag's)
    const weight = form.isFieldTouched('weight')
      ? lineWeight(values.weight ?? null)
      : { weightMg: input.weightMg, weightSource: input.weightSource, weightReason: input.weightReason };
    const line: ProductLine = {
      kind: 'product',
      productId: input.productId,
      quantity: canCount ? (values.quantity ?? 1) : 1,
      goldRateFenPerGram: input.goldRateFenPerGram,
      ...(weighed ? weight : {}),
      priceOverrideFen: override ?? undefined,
      discount: discount ?? undefined,
      reason: discount || override !== null ? values.reason?.trim() : undefined,
    };
    onSave(line);
  };

  return (
    <FormDialog<LineValues>
      title={t('sale.line.edit', { name })}
      form={form}
      initialValues={{
        quantity: input.quantity ?? 1,
        weight: entryOf(input, priced?.weightMg ?? null),
        override: amountText('yuan', input.priceOverrideFen ?? null),
        ...discountValues(input.discount, input.reason),
      }}
      onFinish={save}
      onClose={onClose}
      error={error}
      busy={busy}
    >
      {priced && (
        <Typography.Paragraph type="secondary">
          {t('sale.line.now', { amount: formatYuan(priced.netFen) })}
        </Typography.Paragraph>
      )}
      {weighed && <SaleWeightField reason="optional" />}
      {canCount && (
        <Form.Item
          name="quantity"
          label={t('sale.line.quantityLabel')}
          rules={[
            { required: true, type: 'integer', min: 1, max: 9999, message: t('sale.line.quantity.rule') },
          ]}
        >
          <InputNumber autoFocus min={1} max={9999} precision={0} onPressEnter={() => form.submit()} />
        </Form.Item>
      )}
      {!weighed && <AmountField name="override" unit="yuan" label={t('sale.line.overrideLabel')} />}
      <DiscountFields reasonNeeded={discounted ?? false} />
    </FormDialog>
  );
}
