import { Form, Input } from 'antd';
import { APPROVER_PIN_MIN_LENGTH, PIN_MAX_LENGTH, PIN_MIN_LENGTH } from '../../../shared/domain/pin';
import { useI18n } from '../i18n/context';

/**
 * A new PIN typed twice, checked against the pattern the core enforces. `forAdministrator`: the first
 * administrator's at setup, which needs six digits; elsewhere the hint explains the rule for managers and
 * the core's answer names it (the screen does not know the store's setting).
 */
export function NewPinFields({ label, forAdministrator }: { label?: string; forAdministrator?: boolean }) {
  const { t } = useI18n();
  const min = forAdministrator ? APPROVER_PIN_MIN_LENGTH : PIN_MIN_LENGTH;
  const pattern = new RegExp(`^\\d{${min},${PIN_MAX_LENGTH}}$`);
  return (
    <>
      <Form.Item
        name="pin"
        label={label ?? t('field.pin')}
        rules={[{ required: true, pattern, message: t('field.pin.rule', { min }) }]}
        extra={t(forAdministrator ? 'field.pin.hint.admin' : 'field.pin.hint')}
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
