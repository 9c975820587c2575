import { useState } from 'react';
import { Alert, Form, Modal } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { StaffMember } from '../../../../shared/contract/staff';
import { useApi } from '../../api/context';
import { NewPinFields } from '../../components/pin-fields';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

interface ResetPinModalProps {
  member: StaffMember;
  onClose(): void;
  onDone(): void;
}

export function ResetPinModal({ member, onClose, onDone }: ResetPinModalProps) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ pin: string }>();
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async ({ pin }: { pin: string }): Promise<void> => {
    setBusy(true);
    const result = await api.call('staff.resetPin', { id: member.id, pin });
    setBusy(false);
    if (result.ok) onDone();
    else setError(result.error);
  };

  return (
    <Modal
      open
      title={t('staff.resetPin.title', { name: member.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void save(values)}>
        {error && <Alert className="form-alert" type="error" showIcon title={errorText(error)} />}
        <NewPinFields label={t('field.newPin')} />
      </Form>
    </Modal>
  );
}
