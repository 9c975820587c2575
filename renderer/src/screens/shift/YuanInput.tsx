import type { Ref } from 'react';
import { Input, type InputRef } from 'antd';

/**
 * An amount in yuan typed as text (the screen parses it with parseAmount), named by `label` for screen
 * readers and shown beside the field, or inside it while empty when `inline`.
 */
export function YuanInput({
  label,
  value,
  onChange,
  onEnter,
  inputRef,
  inline,
}: {
  label: string;
  value: string;
  onChange(text: string): void;
  onEnter(): void;
  inputRef?: Ref<InputRef>;
  inline?: boolean;
}) {
  return (
    <Input
      ref={inputRef}
      prefix="￥"
      inputMode="decimal"
      autoComplete="off"
      aria-label={label}
      addonBefore={inline ? undefined : label}
      placeholder={inline ? label : undefined}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onPressEnter={onEnter}
    />
  );
}
