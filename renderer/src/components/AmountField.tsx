import type { ReactNode } from 'react';
import { Form, Input } from 'antd';
import type { Rule } from 'antd/es/form';
import type { NamePath } from 'antd/es/form/interface';
import { useI18n } from '../i18n/context';
import { parseAmount, type AmountUnit } from './amount';

const ADORNMENTS: Record<AmountUnit, { prefix?: string; suffix?: string }> = {
  yuan: { prefix: '￥' },
  grams: { suffix: 'g' },
};

interface AmountFieldProps {
  name: NamePath;
  unit: AmountUnit;
  label?: ReactNode;
  required?: boolean;
  /** Zero refused (a rate, a weight). */
  positive?: boolean;
  /** Replaces the unit shown after the amount, e.g. 元/克. */
  suffix?: string;
  placeholder?: string;
  autoFocus?: boolean;
  /** The field's name for screen readers where no label is shown (a table cell). */
  ariaLabel?: string;
  /** Checks against other fields (a buy-back rate above the selling rate), with the fields they read. */
  rules?: Rule[];
  dependencies?: NamePath[];
}

/**
 * An amount typed as text (612.50, 20.15) and kept as text in the form; the screen converts it with
 * parseAmount when saving. A number spinner would round through floats and fights fast typing.
 */
export function AmountField(props: AmountFieldProps) {
  const {
    name,
    unit,
    label,
    required,
    positive,
    suffix,
    placeholder,
    autoFocus,
    ariaLabel,
    rules,
    dependencies,
  } = props;
  const { t } = useI18n();
  const amountRule: Rule = {
    validator: async (_rule, text: string | undefined) => {
      if (!text?.trim()) {
        if (required) throw new Error(t('field.amount.required'));
        return;
      }
      const value = parseAmount(unit, text);
      if (value === null || (positive && value === 0)) throw new Error(t(`field.amount.${unit}`));
    },
  };
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[amountRule, ...(rules ?? [])]}
      dependencies={dependencies}
      required={required}
    >
      <Input
        inputMode="decimal"
        autoComplete="off"
        prefix={ADORNMENTS[unit].prefix}
        suffix={suffix ?? ADORNMENTS[unit].suffix}
        placeholder={placeholder}
        autoFocus={autoFocus}
        aria-label={ariaLabel}
      />
    </Form.Item>
  );
}
