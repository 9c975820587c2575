import { Input, type InputProps } from 'antd';

/** A text field whose label is its placeholder and its accessible name: the desk's compact rows. */
export function LabeledInput({ label, ...props }: InputProps & { label: string }) {
  return <Input aria-label={label} placeholder={label} {...props} />;
}
