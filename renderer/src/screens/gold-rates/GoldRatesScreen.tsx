import { useState, type KeyboardEvent } from 'react';
import { Alert, App as AntApp, Button, Form, Spin, Table, Typography, type FormInstance } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import type { ErrorBody } from '../../../../shared/contract';
import type { GoldRate } from '../../../../shared/contract/catalog';
import { PURITY_CODES, type Purity } from '../../../../shared/domain/purity';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { parseAmount } from '../../components/amount';
import { AmountField } from '../../components/AmountField';
import { Kbd } from '../../components/Kbd';
import { PurityLabel } from '../../components/PurityLabel';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useFormatInstant, useStoreTimeZone } from '../../i18n/format';
import { usePurityLabel } from '../../i18n/purity';
import { changedRates, rateFormValues, type RateValues } from './rate-form';
import './gold-rates.css';

const loadToday = (api: ApiClient) => api.call('goldRates.today', {});

/**
 * 今日金价: the selling and buy-back rate per gram of each purity for today's business day. Anyone may
 * open it; saving needs goldRates.set, so a cashier's save asks for a manager's PIN.
 */
export function GoldRatesScreen({ onBack }: { onBack(): void }) {
  const api = useApi();
  const { t, language } = useI18n();
  const timeZone = useStoreTimeZone();
  const errorText = useErrorText();
  const today = useLoad(api, loadToday);
  const [openedAt] = useState(() => new Date());
  const [form] = Form.useForm<RateValues>();
  const [busy, setBusy] = useState(false);
  const rates = today.value;

  useHotkeys({ 'Ctrl+S': () => form.submit() });

  return (
    <div className="screen screen-narrow gold-rates-screen">
      <ScreenHeader
        title={t('tile.goldRates')}
        subtitle={t('goldRates.subtitle', {
          date: new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone }).format(openedAt),
        })}
        onBack={onBack}
        extra={
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={busy}
            disabled={rates === null}
            onClick={() => form.submit()}
          >
            {t('common.save')} <Kbd>Ctrl+S</Kbd>
          </Button>
        }
      />
      {today.error && <Alert type="error" showIcon title={errorText(today.error)} />}
      {rates === null ? (
        !today.error && <Spin />
      ) : (
        <RateForm form={form} today={rates} onBusy={setBusy} onSaved={today.reload} />
      )}
    </div>
  );
}

interface RateFormProps {
  form: FormInstance<RateValues>;
  today: GoldRate[];
  onBusy(busy: boolean): void;
  onSaved(): Promise<void>;
}

/** One row per purity, the rates typed straight into the table; only changed rates are sent. */
function RateForm({ form, today, onBusy, onSaved }: RateFormProps) {
  const api = useApi();
  const { t } = useI18n();
  const { message, modal } = AntApp.useApp();
  const errorText = useErrorText();
  const formatInstant = useFormatInstant();
  const purityLabel = usePurityLabel();
  const [error, setError] = useState<ErrorBody | null>(null);

  const save = async (values: RateValues, confirmed = false): Promise<void> => {
    const rates = changedRates(values, today);
    if (rates.length === 0) return void message.info(t('goldRates.unchanged'));
    onBusy(true);
    const result = await api.call('goldRates.set', { rates, confirmed });
    onBusy(false);
    if (!result.ok && result.error.code === 'GOLD_RATE_CHANGE_UNCONFIRMED') {
      // a change this large is more often a typo than the market: both figures are shown before it is taken
      const unconfirmed = result.error;
      return void modal.confirm({
        title: t('goldRates.confirmChange'),
        content: errorText(unconfirmed),
        okText: t('goldRates.confirmChange.ok'),
        cancelText: t('common.cancel'),
        onOk: () => save(values, true),
      });
    }
    if (!result.ok) return setError(result.error);
    // The rates as the core now holds them: 612.5 typed reads back as 612.50.
    form.setFieldsValue(rateFormValues(result.value));
    void message.success(t('goldRates.saved', { count: rates.length }));
    await onSaved();
  };

  const rateOf = (purity: Purity) => today.find((rate) => rate.purity === purity);
  const sellPath = (purity: Purity) => ['rates', purity, 'sell'];

  return (
    <Form<RateValues>
      form={form}
      initialValues={rateFormValues(today)}
      onFinish={(values) => void save(values)}
      onValuesChange={() => setError(null)}
      onKeyDown={nextFieldOnEnter}
    >
      {today.length === 0 && (
        <Alert type="warning" showIcon title={t('goldRates.notSet')} className="form-alert" />
      )}
      {error && <Alert type="error" showIcon title={errorText(error)} className="form-alert" />}
      <Table<Purity>
        className="panel rate-table"
        rowKey={(purity) => purity}
        dataSource={PURITY_CODES}
        pagination={false}
        size="small"
        columns={[
          {
            title: t('goldRates.purity'),
            key: 'purity',
            render: (_value, purity) => (
              <span className="rate-purity">
                <PurityLabel purity={purity} />
              </span>
            ),
          },
          {
            title: t('goldRates.sell'),
            key: 'sell',
            width: 210,
            render: (_value, purity) => (
              <AmountField
                name={sellPath(purity)}
                unit="yuan"
                positive
                suffix={t('goldRates.perGramSuffix')}
                ariaLabel={`${purityLabel(purity)} ${t('goldRates.sell')}`}
                dependencies={[['rates', purity, 'buyBack']]}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: async (_rule, sell: string | undefined) => {
                      const buyBack: string | undefined = getFieldValue(['rates', purity, 'buyBack']);
                      if (!sell?.trim() && buyBack?.trim()) throw new Error(t('goldRates.sellRequired'));
                    },
                  }),
                ]}
              />
            ),
          },
          {
            title: t('goldRates.buyBack'),
            key: 'buyBack',
            width: 210,
            render: (_value, purity) => (
              <AmountField
                name={['rates', purity, 'buyBack']}
                unit="yuan"
                positive
                suffix={t('goldRates.perGramSuffix')}
                ariaLabel={`${purityLabel(purity)} ${t('goldRates.buyBack')}`}
                dependencies={[sellPath(purity)]}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: async (_rule, buyBack: string | undefined) => {
                      const sell = parseAmount('yuan', getFieldValue(sellPath(purity)));
                      const back = parseAmount('yuan', buyBack);
                      if (sell !== null && back !== null && back > sell)
                        throw new Error(t('goldRates.buyBackAboveSell'));
                    },
                  }),
                ]}
              />
            ),
          },
          {
            title: t('goldRates.setBy'),
            key: 'setBy',
            width: 170,
            render: (_value, purity) => {
              const rate = rateOf(purity);
              return rate ? (
                <span className="rate-set-by">
                  {rate.setBy}
                  <Typography.Text type="secondary">{formatInstant(rate.setAt, 'time')}</Typography.Text>
                </span>
              ) : (
                <Typography.Text type="secondary">{t('goldRates.notSetShort')}</Typography.Text>
              );
            },
          },
        ]}
      />
      <div className="rate-keys">
        <span>
          <Kbd>Tab</Kbd>
          <Kbd>Enter</Kbd> {t('goldRates.keys.next')}
        </span>
        <span>
          <Kbd>Ctrl+S</Kbd> {t('common.save')}
        </span>
      </div>
    </Form>
  );
}

/** Enter moves on to the next rate, as in a spreadsheet, instead of submitting half a table. */
function nextFieldOnEnter(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
  event.preventDefault();
  const fields = Array.from(event.currentTarget.querySelectorAll('input'));
  fields[fields.indexOf(event.target) + 1]?.focus();
}
