import { Form, Input, Typography } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { GoldRate } from '../../../../shared/contract/catalog';
import type { CartLineInput } from '../../../../shared/contract/sales';
import { formatYuan } from '../../../../shared/domain/money';
import type { Purity } from '../../../../shared/domain/purity';
import type { WeightEntry } from '../../components/weight/WeightInput';
import { PuritySelect } from '../../components/PuritySelect';
import { useI18n } from '../../i18n/context';
import { usePurityLabel } from '../../i18n/purity';
import { FormDialog } from './FormDialog';
import { SaleWeightField } from './SaleWeightField';

type TradeInLine = Extract<CartLineInput, { kind: 'tradeIn' }>;

interface TradeInValues {
  purity?: Purity;
  weight?: WeightEntry | null;
  description?: string;
}

interface TradeInModalProps {
  rates: readonly GoldRate[];
  /** The purity a new trade-in starts at: the store's setting or its most common purity. */
  defaultPurity: Purity | null;
  /** The line being changed; null for a new one. */
  line: TradeInLine | null;
  error: ErrorBody | null;
  busy: boolean;
  onSave(line: TradeInLine): void;
  onClose(): void;
}

/**
 * 以旧换新: old gold the customer hands in, by purity and weight, bought back at today's rate. The purity
 * starts at the store's usual one (never merely the first rated), and Shift+Tab from the weight reaches it.
 */
export function TradeInModal(props: TradeInModalProps) {
  const { rates, defaultPurity, line, error, busy, onSave, onClose } = props;
  const { t } = useI18n();
  const purityLabel = usePurityLabel();
  const [form] = Form.useForm<TradeInValues>();
  const purity = Form.useWatch('purity', form);
  const rate = rates.find((r) => r.purity === purity);

  const save = (values: TradeInValues): void => {
    const chosen = values.purity as Purity;
    const buyBack = rates.find((r) => r.purity === chosen)?.buyBackFenPerGram ?? null;
    if (buyBack === null) {
      form.setFields([
        { name: 'purity', errors: [t('sale.tradeIn.noRate', { purity: purityLabel(chosen) })] },
      ]);
      return;
    }
    onSave({
      kind: 'tradeIn',
      purity: chosen,
      weightMg: values.weight?.weightMg ?? 0,
      buyBackFenPerGram: buyBack,
      description:
        values.description?.trim() || t('sale.tradeIn.defaultDescription', { purity: purityLabel(chosen) }),
    });
  };

  return (
    <FormDialog<TradeInValues>
      title={t('sale.tradeIn.title')}
      form={form}
      initialValues={{
        purity: line?.purity ?? defaultPurity ?? undefined,
        weight: line ? { source: 'typed', weightMg: line.weightMg, reason: '' } : null,
        description: line?.description ?? '',
      }}
      onFinish={save}
      onClose={onClose}
      error={error}
      busy={busy}
    >
      <Form.Item
        name="purity"
        label={t('goldRates.purity')}
        rules={[{ required: true, message: t('sale.tradeIn.purity.rule') }]}
      >
        <PuritySelect aria-label={t('goldRates.purity')} autoFocus />
      </Form.Item>
      <Typography.Paragraph type="secondary" data-testid="trade-in-rate">
        {rate?.buyBackFenPerGram != null
          ? t('sale.tradeIn.rate', { amount: formatYuan(rate.buyBackFenPerGram) })
          : purity && t('sale.tradeIn.noRate', { purity: purityLabel(purity) })}
      </Typography.Paragraph>
      {/* the purity is checked first: old gold is bought at its purity's rate */}
      <SaleWeightField reason={false} autoFocus={false} />
      <Form.Item name="description" label={t('sale.tradeIn.description')} rules={[{ max: 40 }]}>
        <Input maxLength={40} autoComplete="off" placeholder={t('sale.tradeIn.description.placeholder')} />
      </Form.Item>
    </FormDialog>
  );
}
