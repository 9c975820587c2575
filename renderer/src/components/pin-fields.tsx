import { Form, Input } from 'antd';
import { PIN_MAX_LENGTH, PIN_PATTERN } from '../../../shared/domain/pin';
import { useI18n } from '../i18n/context';

/** A new PIN typed twice, checked against the same pattern the core enforces. */
export function NewPinFields({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item
        name="pin"
        label={label ?? t('field.pin')}
        rules={[{ required: true, pattern: PIN_PATTERN, message: t('field.pin.rule') }]}
        extra={t('field.pin.hint')}
      >
        <Input.Password inputMode="numeric" autoComplete="new-password" maxLength={PIN_MAX_LENGTH} />
      </Form.Item>
      <Form.Item
        name="confirmPin"
        label={t('field.confirmPin')}
        dependencies={['pin']}
        rules={[
          { required: true, message: t('field.confirmPin.required') },
          ({ getFieldValue }) => ({
            validator: (_rule, value: string | undefined) =>
              !value || value === getFieldValue('pin')
                ? Promise.resolve()
                : Promise.reject(new Error(t('field.confirmPin.mismatch'))),
          }),
        ]}
      >
        <Input.Password inputMode="numeric" autoComplete="new-password" maxLength={PIN_MAX_LENGTH} />
      </Form.Item>
    </>
  );
}
