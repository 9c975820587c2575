import { useState } from 'react';
import { Form, Input, Typography } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { BuyBack } from '../../../../shared/contract/returns';
import { formatYuan } from '../../../../shared/domain/money';
import type { Purity } from '../../../../shared/domain/purity';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { PuritySelect } from '../../components/PuritySelect';
import { SellerFields, type SellerValues } from '../../components/SellerFields';
import { WeightInput, type WeightEntry } from '../../components/weight/WeightInput';
import { useI18n } from '../../i18n/context';
import { usePurityLabel } from '../../i18n/purity';
import { FormDialog } from '../sale/FormDialog';

interface BuyBackValues extends SellerValues {
  purity?: Purity;
  weight: WeightEntry | null;
  description: string;
}

const loadRates = (api: ApiClient) => api.call('goldRates.today', {});

/**
 * 旧料回收: old gold bought without a purchase. Weighed (F6), priced by the core at today's buy-back rate less the
 * deduction, paid in cash; the seller's name and ID number as the store's policy asks (the ID is masked on
 * every answer and paper). A cashier's buy-back goes to a manager's PIN by itself.
 */
export function BuyBackModal({ onDone, onClose }: { onDone(bought: BuyBack): void; onClose(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const purityLabel = usePurityLabel();
  const rates = useLoad(api, loadRates);
  const [form] = Form.useForm<BuyBackValues>();
  const purity = Form.useWatch('purity', form);
  const rate = rates.value?.find((r) => r.purity === purity)?.buyBackFenPerGram ?? null;
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  // one id for this buy-back, so a retry is answered with the one already made
  const [returnId] = useState(() => crypto.randomUUID());

  const save = async (values: BuyBackValues): Promise<void> => {
    const chosen = values.purity as Purity;
    setBusy(true);
    const result = await api.call('returns.buyBack', {
      returnId,
      purity: chosen,
      weightMg: values.weight?.weightMg ?? 0,
      description:
        values.description.trim() || t('returns.buyBack.defaultDescription', { purity: purityLabel(chosen) }),
      seller: { name: values.sellerName.trim(), idNumber: values.sellerId.trim() },
    });
    setBusy(false);
    if (result.ok) onDone(result.value);
    else setError(result.error.code === 'APPROVAL_CANCELLED' ? null : result.error);
  };

  return (
    <FormDialog<BuyBackValues>
      title={t('returns.buyBack.title')}
      form={form}
      initialValues={{ weight: null, description: '', sellerName: '', sellerId: '' }}
      onFinish={(values) => void save(values)}
      onClose={onClose}
      error={error}
      busy={busy}
      okLabel={t('returns.buyBack.ok')}
    >
      <Form.Item
        name="purity"
        label={t('goldRates.purity')}
        rules={[{ required: true, message: t('sale.tradeIn.purity.rule') }]}
      >
        <PuritySelect aria-label={t('goldRates.purity')} autoFocus />
      </Form.Item>
      <Typography.Paragraph type="secondary" data-testid="buy-back-rate">
        {rate !== null
          ? t('sale.tradeIn.rate', { amount: formatYuan(rate) })
          : purity && t('sale.tradeIn.noRate', { purity: purityLabel(purity) })}
      </Typography.Paragraph>
      <Form.Item
        name="weight"
        label={t('returns.buyBack.weight')}
        rules={[{ required: true, message: t('returns.inspect.weightRule') }]}
      >
        <WeightInput label={t('returns.buyBack.weight')} hotkey="F6" scope="dialog" reason={false} />
      </Form.Item>
      <Form.Item name="description" label={t('sale.tradeIn.description')}>
        <Input maxLength={60} autoComplete="off" placeholder={t('sale.tradeIn.description.placeholder')} />
      </Form.Item>
      <SellerFields />
    </FormDialog>
  );
}
