import { Form } from 'antd';
import { WeightInput } from '../../components/weight/WeightInput';
import { useI18n } from '../../i18n/context';

/**
 * 克重 in the counter's dialogs: the shared weight input as the form's `weight` field, F6 for the scale.
 * It takes the focus as the dialog opens unless a field before it should (the trade-in's purity).
 */
export function SaleWeightField({
  reason,
  autoFocus = true,
}: {
  reason: 'optional' | false;
  autoFocus?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Form.Item name="weight" rules={[{ required: true, message: t('sale.weight.rule') }]}>
      <WeightInput
        label={t('sale.weight')}
        hotkey="F6"
        scope="dialog"
        reason={reason}
        autoFocus={autoFocus}
      />
    </Form.Item>
  );
}
