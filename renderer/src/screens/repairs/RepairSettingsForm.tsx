import { useState } from 'react';
import { Alert, App as AntApp, Button, Checkbox, Form, Input, InputNumber, Space, Switch } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ErrorBody } from '../../../../shared/contract';
import type { RepairSettings } from '../../../../shared/contract/repairs';
import { useApi } from '../../api/context';
import { amountText, parseAmount } from '../../components/amount';
import { AmountField } from '../../components/AmountField';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { LabeledInput } from './LabeledInput';

type Tolerance = RepairSettings['qcTolerances']['gold'];

/** The form keeps amounts and weights as the text typed; they become fen and mg on saving. */
interface Values extends Omit<RepairSettings, 'services' | 'qcTolerances'> {
  services: (Omit<RepairSettings['services'][number], 'priceFen'> & { price: string })[];
  tolerances: Record<keyof RepairSettings['qcTolerances'], { loss: string; gain: string }>;
}

const toleranceText = (tolerance: Tolerance) => ({
  loss: amountText('grams', tolerance.lossMg),
  gain: amountText('grams', tolerance.gainMg),
});
const toleranceOf = (text: { loss: string; gain: string }): Tolerance => ({
  lossMg: parseAmount('grams', text.loss) ?? 0,
  gainMg: parseAmount('grams', text.gain) ?? 0,
});

function formValues(settings: RepairSettings): Values {
  const { services, qcTolerances, ...rest } = settings;
  return {
    ...rest,
    services: services.map(({ priceFen, ...service }) => ({
      ...service,
      price: amountText('yuan', priceFen),
    })),
    tolerances: { gold: toleranceText(qcTolerances.gold), other: toleranceText(qcTolerances.other) },
  };
}

function settingsOf(values: Values): RepairSettings {
  const { services, tolerances, ...rest } = values;
  return {
    ...rest,
    services: services.map(({ price, ...service }) => ({
      ...service,
      priceFen: parseAmount('yuan', price) ?? 0,
    })),
    qcTolerances: { gold: toleranceOf(tolerances.gold), other: toleranceOf(tolerances.other) },
  };
}

/**
 * 维修设置: the services with their default prices and turnaround days (and whether the warranty covers
 * them), the quality-check tolerances, whether photos are required, the follow-up days, the call script
 * and the terms printed on the claim stub.
 */
export function RepairSettingsForm({ settings, onSaved }: { settings: RepairSettings; onSaved(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<ErrorBody | null>(null);

  const save = async (values: Values): Promise<void> => {
    const result = await api.call('repairs.saveSettings', settingsOf(values));
    setError(result.ok ? null : result.error);
    if (!result.ok) return;
    void message.success(t('repairs.settings.saved'));
    onSaved();
  };
  useHotkeys({ 'Ctrl+S': () => form.submit() });

  const tolerance = (metal: 'gold' | 'other') => (
    <Space>
      <span>{t(`repairs.settings.tolerance.${metal}`)}</span>
      <AmountField
        name={['tolerances', metal, 'loss']}
        unit="grams"
        required
        label={t('repairs.settings.loss')}
      />
      <AmountField
        name={['tolerances', metal, 'gain']}
        unit="grams"
        required
        label={t('repairs.settings.gain')}
      />
    </Space>
  );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={formValues(settings)}
      onFinish={(values) => void save(values)}
      className="panel repair-settings"
    >
      <Form.List name="services">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item
                  name={[field.name, 'code']}
                  rules={[{ required: true, pattern: /^[a-zA-Z0-9_-]{1,32}$/ }]}
                >
                  <LabeledInput label={t('repairs.settings.code')} />
                </Form.Item>
                <Form.Item name={[field.name, 'name']} rules={[{ required: true, max: 40 }]}>
                  <LabeledInput label={t('repairs.settings.name')} />
                </Form.Item>
                <AmountField
                  name={[field.name, 'price']}
                  unit="yuan"
                  required
                  ariaLabel={t('repairs.settings.price')}
                />
                <Form.Item name={[field.name, 'turnaroundDays']} rules={[{ required: true }]}>
                  <InputNumber min={0} max={365} precision={0} addonAfter={t('repairs.settings.days')} />
                </Form.Item>
                <Form.Item name={[field.name, 'warrantyCovered']} valuePropName="checked">
                  <Checkbox>{t('repairs.settings.covered')}</Checkbox>
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('repairs.settings.remove')}
                />
              </Space>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() =>
                add({ code: '', name: '', price: '0', turnaroundDays: 3, warrantyCovered: false })
              }
            >
              {t('repairs.settings.add')}
            </Button>
          </>
        )}
      </Form.List>
      {tolerance('gold')}
      {tolerance('other')}
      <Form.Item name="photosRequired" label={t('repairs.settings.photosRequired')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="followUpDays" label={t('repairs.settings.followUpDays')} rules={[{ required: true }]}>
        <InputNumber min={1} max={365} precision={0} />
      </Form.Item>
      <Form.Item
        name="callScript"
        label={t('repairs.settings.callScript')}
        extra={t('repairs.settings.callScript.hint')}
      >
        <Input.TextArea autoSize maxLength={1000} />
      </Form.Item>
      <Form.Item name="terms" label={t('repairs.settings.terms')}>
        <Input.TextArea autoSize maxLength={2000} />
      </Form.Item>
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <Button type="primary" htmlType="submit">
        {t('common.save')} <Kbd>Ctrl+S</Kbd>
      </Button>
    </Form>
  );
}
