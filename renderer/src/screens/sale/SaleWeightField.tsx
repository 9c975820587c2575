import { Form } from 'antd';
import { WeightInput } from '../../components/weight/WeightInput';
import { useI18n } from '../../i18n/context';

/** 克重 in the counter's dialogs: the shared weight input as the form's `weight` field, F6 for the scale. */
export function SaleWeightField({ reason }: { reason: 'optional' | false }) {
  const { t } = useI18n();
  return (
    <Form.Item name="weight" rules={[{ required: true, message: t('sale.weight.rule') }]}>
      <WeightInput label={t('sale.weight')} hotkey="F6" scope="dialog" reason={reason} autoFocus />
    </Form.Item>
  );
}
