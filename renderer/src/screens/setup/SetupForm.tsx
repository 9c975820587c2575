import { Alert, Button, Form, Input, Typography } from 'antd';
import { ArrowLeftOutlined, ArrowRightOutlined } from '@ant-design/icons';
import type { ErrorBody } from '../../../../shared/contract';
import { TerminalId, type SetupInput } from '../../../../shared/contract/setup';
import { Kbd } from '../../components/Kbd';
import { LanguageField } from '../../components/LanguageField';
import { NewPinFields } from '../../components/pin-fields';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

type SetupFormValues = SetupInput & { confirmPin: string };

interface SetupFormProps {
  busy: boolean;
  error: ErrorBody | null;
  onSubmit(input: SetupInput): void;
  onEdit(): void;
  /** Back to the two first-run choices (Esc). */
  onBack(): void;
}

/** Setting up one's own store: the store, this terminal's id and the first administrator. */
export function SetupForm({ busy, error, onSubmit, onEdit, onBack }: SetupFormProps) {
  const { t, language, chooseLanguage } = useI18n();
  const errorText = useErrorText();

  return (
    <div
      className="setup-panel"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || busy) return;
        event.preventDefault();
        onBack();
      }}
    >
      <Typography.Title level={2} className="setup-heading">
        {t('setup.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('setup.subtitle')}</Typography.Paragraph>
      {error && <Alert className="form-alert" type="error" showIcon title={errorText(error)} />}
      <Form<SetupFormValues>
        layout="vertical"
        requiredMark={false}
        initialValues={{ terminalId: 'T01', language }}
        onFinish={({ confirmPin: _confirmed, ...input }) => onSubmit(input)}
        onValuesChange={onEdit}
      >
        <Form.Item
          name="storeName"
          label={t('field.storeName')}
          rules={[{ required: true, whitespace: true, max: 60, message: t('field.storeName.rule') }]}
        >
          <Input autoFocus maxLength={60} placeholder={t('field.storeName.placeholder')} />
        </Form.Item>
        <Form.Item
          name="terminalId"
          label={t('field.terminalId')}
          extra={t('field.terminalId.hint')}
          normalize={(value: string) => value.toUpperCase()}
          rules={[
            {
              validator: (_rule, value: unknown) =>
                TerminalId.safeParse(value).success
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('field.terminalId.rule'))),
            },
          ]}
        >
          <Input maxLength={8} />
        </Form.Item>
        <Form.Item
          name="adminName"
          label={t('field.adminName')}
          rules={[{ required: true, whitespace: true, max: 40, message: t('field.name.rule') }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <NewPinFields forAdministrator />
        <LanguageField label={t('field.language')} onChange={chooseLanguage} />
        <div className="setup-actions">
          <Button size="large" icon={<ArrowLeftOutlined />} disabled={busy} onClick={onBack}>
            {t('setup.back')} <Kbd>Esc</Kbd>
          </Button>
          <Button type="primary" size="large" htmlType="submit" loading={busy} icon={<ArrowRightOutlined />}>
            {t('setup.submit')}
          </Button>
        </div>
      </Form>
    </div>
  );
}
