import type { ReactNode } from 'react';
import { Alert, Button, Form, Modal, type FormInstance } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import { Kbd } from '../../components/Kbd';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

interface FormDialogProps<T> {
  title: string;
  form: FormInstance<T>;
  initialValues?: Partial<T>;
  onFinish(values: T): void;
  onValuesChange?(changed: Partial<T>): void;
  onClose(): void;
  /** Why the core refused what the form asked for. */
  error: ErrorBody | null;
  busy: boolean;
  /** The submit button's label; 保存 unless told. */
  okLabel?: string;
  /** A button before Cancel (remove the member, no invoice). */
  extra?: ReactNode;
  children: ReactNode;
}

/** The sale's small forms in a dialog: Enter submits, Esc cancels, the core's refusal shown on top. */
export function FormDialog<T>(props: FormDialogProps<T>) {
  const {
    title,
    form,
    initialValues,
    onFinish,
    onValuesChange,
    onClose,
    error,
    busy,
    okLabel,
    extra,
    children,
  } = props;
  const { t } = useI18n();
  const errorText = useErrorText();
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <>
          {extra}
          <Button onClick={onClose}>
            {t('common.cancel')} <Kbd>Esc</Kbd>
          </Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()}>
            {okLabel ?? t('common.save')} <Kbd>Enter</Kbd>
          </Button>
        </>
      }
    >
      <Form<T>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initialValues}
        onFinish={onFinish}
        onValuesChange={onValuesChange}
      >
        {error && <Alert className="form-alert" type="error" showIcon title={errorText(error)} />}
        {children}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
