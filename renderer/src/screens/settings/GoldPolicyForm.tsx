import { useState } from 'react';
import { Alert, App as AntApp, Button, Form, InputNumber, Spin, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import type { Envelope, ErrorBody } from '../../../../shared/contract';
import type { GoldRateGuard } from '../../../../shared/contract/catalog';
import type { SalesSettings } from '../../../../shared/contract/sales';
import type { Purity } from '../../../../shared/domain/purity';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { PuritySelect } from '../../components/PuritySelect';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

async function loadPolicy(api: ApiClient): Promise<Envelope<{ guard: GoldRateGuard; sales: SalesSettings }>> {
  const [guard, sales] = await Promise.all([api.call('goldRates.guard', {}), api.call('sales.settings', {})]);
  if (!guard.ok) return guard;
  if (!sales.ok) return sales;
  return { ok: true, value: { guard: guard.value, sales: sales.value } };
}

interface Values {
  /** The guard's share as a percentage, as people say it (10 = a tenth). */
  confirmChangePercent: number;
  /** Empty for the purity most of the store's weighed goods are in. */
  tradeInPurity?: Purity;
}

/** bp per percentage point. */
const BP_PER_PERCENT = 100;

/**
 * The gold rules of the store: how far a new gold rate may move from the last before it must be confirmed
 * (a ×10 typo), and the purity a trade-in starts at.
 */
export function GoldPolicyForm() {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const loaded = useLoad(api, loadPolicy);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (values: Values, sales: SalesSettings): Promise<void> => {
    setBusy(true);
    const guard = await api.call('goldRates.saveGuard', {
      confirmChangeBp: Math.round(values.confirmChangePercent * BP_PER_PERCENT),
    });
    const saved = guard.ok
      ? await api.call('sales.saveSettings', { ...sales, tradeInPurity: values.tradeInPurity ?? null })
      : guard;
    setBusy(false);
    if (!saved.ok) return setError(saved.error);
    setError(null);
    void message.success(t('settings.saved'));
  };

  const policy = loaded.value;
  if (!policy)
    return loaded.error ? <Alert type="error" showIcon title={errorText(loaded.error)} /> : <Spin />;
  return (
    <Form<Values>
      layout="vertical"
      requiredMark={false}
      initialValues={{
        confirmChangePercent: policy.guard.confirmChangeBp / BP_PER_PERCENT,
        tradeInPurity: policy.sales.tradeInPurity ?? undefined,
      }}
      onFinish={(values) => void save(values, policy.sales)}
      onValuesChange={() => setError(null)}
    >
      <Typography.Title level={5}>{t('settings.gold')}</Typography.Title>
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <Form.Item
        name="confirmChangePercent"
        label={t('settings.gold.confirmChange')}
        extra={t('settings.gold.confirmChange.hint')}
        rules={[
          {
            required: true,
            type: 'number',
            min: 0.01,
            max: 1_000,
            message: t('settings.gold.confirmChange.rule'),
          },
        ]}
      >
        <InputNumber min={0.01} max={1_000} precision={2} suffix="%" className="input-percent" />
      </Form.Item>
      <Form.Item
        name="tradeInPurity"
        label={t('settings.gold.tradeInPurity')}
        extra={t('settings.gold.tradeInPurity.hint')}
      >
        <PuritySelect allowClear placeholder={t('settings.gold.tradeInPurity.auto')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={busy}>
        {t('settings.gold.apply')}
      </Button>
    </Form>
  );
}
