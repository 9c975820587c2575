import { Col, Form, InputNumber, Radio, Row, Select, Typography } from 'antd';
import type { TagSettings } from '../../../../shared/contract/tags';
import type { ApiClient } from '../../api/client';
import { useI18n } from '../../i18n/context';
import { usePrinting } from '../../printing/context';
import { useSettingsForm } from './useSettingsForm';

const loadSettings = (api: ApiClient) => api.call('tags.settings', {});
// the sizes of the shape not in view are kept as loaded
const saveSettings = (api: ApiClient, values: TagSettings, loaded: TagSettings) =>
  api.call('tags.saveSettings', {
    printerId: values.printerId ?? null,
    shape: values.shape,
    dumbbell: { ...loaded.dumbbell, ...values.dumbbell, shape: 'dumbbell' },
    rectangle: { ...loaded.rectangle, ...values.rectangle, shape: 'rectangle' },
  });

/** Bounds of each size, as the contract's TagLayout sets them. */
const SIZES = {
  dumbbell: { widthMm: [40, 120], heightMm: [6, 30], gapMm: [0, 10], tailMm: [0, 60] },
  rectangle: { widthMm: [20, 120], heightMm: [15, 100], gapMm: [0, 10] },
} as const;

/** 商品标签: which label printer prints tags, and the label stock of each shape in millimetres. */
export function TagSettingsForm({ active }: { active: boolean }) {
  const { t } = useI18n();
  const { printers } = usePrinting();
  const { form, value, panel } = useSettingsForm({
    load: loadSettings,
    save: saveSettings,
    savedText: t('tags.saved'),
    active,
  });
  const shape = Form.useWatch('shape', form) ?? value?.shape ?? 'dumbbell';

  const labelPrinters = printers.filter((printer) => printer.settings.kind === 'label');
  const shown = Object.entries(SIZES[shape]) as [
    keyof (typeof SIZES)['dumbbell'],
    readonly [number, number],
  ][];
  return panel(
    'doc-settings tag-settings',
    <>
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
    </>,
  );
}
