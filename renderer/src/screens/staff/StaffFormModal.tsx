import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { StaffMember } from '../../../../shared/contract/staff';
import type { Role } from '../../../../shared/domain/roles';
import { useApi } from '../../api/context';
import { NewPinFields } from '../../components/pin-fields';
import { RoleField } from '../../components/RoleField';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

interface StaffFormValues {
  name: string;
  role: Role;
  pin: string;
}

interface StaffFormModalProps {
  /** null: a new staff member, who also gets a PIN. */
  member: StaffMember | null;
  onClose(): void;
  onSaved(member: StaffMember): void;
}

export function StaffFormModal({ member, onClose, onSaved }: StaffFormModalProps) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [form] = Form.useForm<StaffFormValues>();
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (values: StaffFormValues): Promise<void> => {
    setBusy(true);
    const result = member
      ? await api.call('staff.update', { id: member.id, name: values.name, role: values.role })
      : await api.call('staff.create', { name: values.name, role: values.role, pin: values.pin });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error);
  };

  return (
    <Modal
      open
      title={member ? t('staff.edit.title', { name: member.name }) : t('staff.create.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<StaffFormValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={member ? { name: member.name, role: member.role } : { role: 'cashier' }}
        onFinish={(values) => void save(values)}
        onValuesChange={() => setError(null)}
      >
        {error && <Alert className="form-alert" type="error" showIcon title={errorText(error)} />}
        <Form.Item
          name="name"
          label={t('field.name')}
          rules={[{ required: true, whitespace: true, max: 40, message: t('field.name.rule') }]}
        >
          <Input autoFocus maxLength={40} />
        </Form.Item>
        <RoleField />
        {!member && <NewPinFields />}
      </Form>
    </Modal>
  );
}
