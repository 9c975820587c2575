import { useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Col, Form, InputNumber, Radio, Row, Select, Typography } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { TagSettings } from '../../../../shared/contract/tags';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { usePrinting } from '../../printing/context';

const loadSettings = (api: ApiClient) => api.call('tags.settings', {});

/** Bounds of each size, as the contract's TagLayout sets them. */
const SIZES = {
  dumbbell: { widthMm: [40, 120], heightMm: [6, 30], gapMm: [0, 10], tailMm: [0, 60] },
  rectangle: { widthMm: [20, 120], heightMm: [15, 100], gapMm: [0, 10] },
} as const;

/** 商品标签: which label printer prints tags, and the label stock of each shape in millimetres. */
export function TagSettingsForm({ active }: { active: boolean }) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const { printers } = usePrinting();
  const { value, error: loadError } = useLoad(api, loadSettings);
  const [form] = Form.useForm<TagSettings>();
  const shape = Form.useWatch('shape', form) ?? value?.shape ?? 'dumbbell';
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (value) form.setFieldsValue(value);
  }, [form, value]);

  // the tabs stay mounted once seen: only the tab in view saves on Ctrl+S
  useHotkeys({ 'Ctrl+S': () => active && form.submit() });

  const save = async (values: TagSettings): Promise<void> => {
    if (!value) return;
    setBusy(true);
    const result = await api.call('tags.saveSettings', {
      printerId: values.printerId ?? null,
      shape: values.shape,
      dumbbell: { ...value.dumbbell, ...values.dumbbell, shape: 'dumbbell' },
      rectangle: { ...value.rectangle, ...values.rectangle, shape: 'rectangle' },
    });
    setBusy(false);
    if (result.ok) {
      form.setFieldsValue(result.value);
      void message.success(t('tags.saved'));
    } else setError(result.error);
  };

  const labelPrinters = printers.filter((printer) => printer.settings.kind === 'label');
  const shown = Object.entries(SIZES[shape]) as [
    keyof (typeof SIZES)['dumbbell'],
    readonly [number, number],
  ][];
  return (
    <div className="panel doc-settings tag-settings">
      {(loadError ?? error) && (
        <Alert
          className="form-alert"
          type="error"
          showIcon
          title={errorText((loadError ?? error) as ErrorBody)}
        />
      )}
      <Form<TagSettings>
        form={form}
        layout="vertical"
        requiredMark={false}
        disabled={!value}
        onFinish={(values) => void save(values)}
        onValuesChange={() => setError(null)}
      >
        <Typography.Paragraph type="secondary">{t('tags.settings.hint')}</Typography.Paragraph>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="printerId" label={t('tags.printer')}>
              <Select
                data-testid="tag-printer"
                options={[
                  { value: null, label: t('tags.printer.none') },
                  ...labelPrinters.map((printer) => ({ value: printer.id, label: printer.name })),
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="shape" label={t('tags.shape')}>
              <Radio.Group
                optionType="button"
                options={(['dumbbell', 'rectangle'] as const).map((value) => ({
                  value,
                  label: t(`tags.shape.${value}` as const),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          {shown.map(([field, [min, max]]) => (
            <Col span={6} key={`${shape}.${field}`}>
              <Form.Item
                name={[shape, field]}
                label={t(`tags.${field}` as const)}
                rules={[{ required: true, type: 'integer', min, max }]}
              >
                <InputNumber<number> min={min} max={max} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('common.save')} <Kbd>Ctrl+S</Kbd>
        </Button>
      </Form>
    </div>
  );
}
