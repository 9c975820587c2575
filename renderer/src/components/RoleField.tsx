import { Form, Radio } from 'antd';
import { ROLES } from '../../../shared/domain/roles';
import { useI18n } from '../i18n/context';

export function RoleField() {
  const { t } = useI18n();
  return (
    <Form.Item
      name="role"
      label={t('field.role')}
      rules={[{ required: true, message: t('field.role.required') }]}
    >
      <Radio.Group
        optionType="button"
        buttonStyle="solid"
        options={ROLES.map((role) => ({ value: role, label: t(`role.${role}` as const) }))}
      />
    </Form.Item>
  );
}
