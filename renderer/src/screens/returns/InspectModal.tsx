import { useState } from 'react';
import { Checkbox, Form, Input, InputNumber, Radio, Typography } from 'antd';
import type { ReturnableSale, ReturnLineInput } from '../../../../shared/contract/returns';
import { formatGrams } from '../../../../shared/domain/money';
import {
  RETURN_DECISIONS,
  RETURN_REASONS,
  type ReturnDecision,
  type ReturnReason,
} from '../../../../shared/domain/returns';
import { useHotkeys } from '../../components/useHotkeys';
import { WeightInput, type WeightEntry } from '../../components/weight/WeightInput';
import { useI18n } from '../../i18n/context';
import { FormDialog } from '../sale/FormDialog';

type SaleLine = ReturnableSale['lines'][number];

interface InspectValues {
  quantity: number;
  weight: WeightEntry | null;
  tagIntact: boolean;
  certificatePresent: boolean;
  damage: string;
  reason?: ReturnReason;
  reasonText: string;
  decision: ReturnDecision;
}

interface InspectModalProps {
  line: SaleLine;
  /** What was recorded for the line before, when it is inspected again. */
  given: ReturnLineInput | null;
  onSave(line: ReturnLineInput): void;
  onClose(): void;
}

const initialValues = (line: SaleLine, given: ReturnLineInput | null): InspectValues => ({
  quantity: given?.quantity ?? line.returnableQuantity,
  weight: given?.weightMg ? { source: 'scale', weightMg: given.weightMg } : null,
  tagIntact: given?.tagIntact ?? true,
  certificatePresent: given?.certificatePresent ?? true,
  damage: given?.damage ?? '',
  reason: given?.reason,
  reasonText: given?.reasonText ?? '',
  decision: given?.decision ?? 'restock',
});

/**
 * 检验 of one line brought back, as the manual asks: how many, the weight on the scale (F6) against what was
 * sold, tag and certificate, visible damage, the reason and where the piece goes. Enter takes it, Esc leaves
 * the line as it was; the core's verdict on tolerance and window is shown in the quote beside.
 */
export function InspectModal({ line, given, onSave, onClose }: InspectModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<InspectValues>();
  const reason = Form.useWatch('reason', form);
  // Enter on a tick box or a choice takes the inspection too (in a field the form submits by itself)
  useHotkeys({ Enter: () => form.submit() }, 'dialog');

  const [initial] = useState(() => initialValues(line, given));

  // the form answers only the fields it shows: the others keep their first values
  const save = (shown: Partial<InspectValues>): void => {
    const values = { ...initial, ...shown };
    const damage = values.damage.trim();
    const reasonText = values.reasonText.trim();
    onSave({
      lineNo: line.lineNo,
      quantity: values.quantity,
      weightMg: line.weighed ? (values.weight?.weightMg ?? null) : null,
      tagIntact: values.tagIntact,
      certificatePresent: line.certificateNo === null ? true : values.certificatePresent,
      damage: damage === '' ? null : damage,
      reason: values.reason as ReturnReason,
      reasonText: values.reason === 'other' ? reasonText : null,
      decision: values.decision,
    });
  };

  return (
    <FormDialog<InspectValues>
      title={t('returns.inspect.title', { name: line.name })}
      form={form}
      initialValues={initial}
      onFinish={save}
      onClose={onClose}
      error={null}
      busy={false}
      okLabel={t('returns.inspect.save')}
    >
      {line.returnableQuantity > 1 && (
        <Form.Item
          name="quantity"
          label={t('returns.inspect.quantity', { max: line.returnableQuantity })}
          rules={[{ required: true, type: 'integer', min: 1, max: line.returnableQuantity }]}
        >
          <InputNumber autoFocus={!line.weighed} min={1} max={line.returnableQuantity} precision={0} />
        </Form.Item>
      )}
      {line.weighed && (
        <Form.Item
          name="weight"
          label={
            line.soldWeightMg === null
              ? t('returns.inspect.weight')
              : t('returns.inspect.soldWeight', { weight: formatGrams(line.soldWeightMg) })
          }
          rules={[{ required: true, message: t('returns.inspect.weightRule') }]}
        >
          <WeightInput
            label={t('returns.inspect.weight')}
            hotkey="F6"
            scope="dialog"
            reason={false}
            autoFocus
          />
        </Form.Item>
      )}
      <Form.Item name="tagIntact" valuePropName="checked" className="returns-check">
        <Checkbox>{t('returns.inspect.tagIntact')}</Checkbox>
      </Form.Item>
      {line.certificateNo !== null && (
        <Form.Item name="certificatePresent" valuePropName="checked" className="returns-check">
          <Checkbox>{t('returns.inspect.certificate', { no: line.certificateNo })}</Checkbox>
        </Form.Item>
      )}
      <Form.Item name="damage" label={t('returns.inspect.damage')}>
        <Input maxLength={200} autoFocus={!line.weighed && line.returnableQuantity <= 1} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('returns.inspect.reason')}
        rules={[{ required: true, message: t('returns.inspect.reasonRule') }]}
      >
        <Radio.Group
          optionType="button"
          options={RETURN_REASONS.map((value) => ({ value, label: t(`returns.reason.${value}`) }))}
        />
      </Form.Item>
      {reason === 'other' && (
        <Form.Item
          name="reasonText"
          label={t('returns.inspect.reasonText')}
          rules={[{ required: true, whitespace: true, message: t('returns.inspect.reasonTextRule') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      )}
      <Form.Item name="decision" label={t('returns.inspect.decision')}>
        <Radio.Group
          optionType="button"
          options={RETURN_DECISIONS.map((value) => ({ value, label: t(`returns.decision.${value}`) }))}
        />
      </Form.Item>
      <Typography.Text type="secondary">{t('returns.inspect.keys')}</Typography.Text>
    </FormDialog>
  );
}
