import { useState } from 'react';
import { Form, Input } from 'antd';
import { maskIdNumber } from '../../../shared/domain/returns';
import { useI18n } from '../i18n/context';
import { CODE_FIELD } from '../scan/code-field';

/** The fields' names in the form that holds them. */
export interface SellerValues {
  sellerName: string;
  sellerId: string;
}

/**
 * Whoever sells old gold to the store, as its policy asks: name and ID number. The number is masked on screen
 * once entered (the first three and last four shown), and whole again only while its field has the focus.
 */
export function SellerFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item
        name="sellerName"
        label={t('returns.buyBack.sellerName')}
        rules={[{ required: true, whitespace: true, message: t('returns.buyBack.sellerRule') }]}
      >
        <Input maxLength={40} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="sellerId"
        label={t('returns.buyBack.sellerId')}
        rules={[
          { required: true, message: t('returns.buyBack.sellerRule') },
          { pattern: /^\s*[0-9A-Za-z]{6,30}\s*$/, message: t('returns.buyBack.sellerIdRule') },
        ]}
      >
        <MaskedIdInput />
      </Form.Item>
    </>
  );
}

interface MaskedIdInputProps {
  id?: string;
  value?: string;
  onChange?(value: string): void;
}

function MaskedIdInput({ id, value = '', onChange }: MaskedIdInputProps) {
  const [editing, setEditing] = useState(false);
  return (
    // an ID card reader types the number as a scanner does
    <Input
      {...CODE_FIELD}
      id={id}
      maxLength={30}
      autoComplete="off"
      value={editing ? value : maskIdNumber(value.trim())}
      data-masked={!editing && value !== ''}
      onFocus={() => setEditing(true)}
      onBlur={() => setEditing(false)}
      onChange={(event) => onChange?.(event.target.value)}
    />
  );
}
