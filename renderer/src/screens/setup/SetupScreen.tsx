import { useState } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import type { ErrorBody } from '../../../../shared/contract';
import { TerminalId, type SetupInput } from '../../../../shared/contract/setup';
import { useRawApi } from '../../api/context';
import { AuthLayout } from '../../components/AuthLayout';
import { LanguageField } from '../../components/LanguageField';
import { NewPinFields } from '../../components/pin-fields';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useSessionState } from '../../session/context';
import './setup.css';

type SetupForm = SetupInput & { confirmPin: string };

/** First run: the store, this terminal's id and the first administrator, then on to the PIN pad. */
export function SetupScreen() {
  const api = useRawApi();
  const { t, language, chooseLanguage } = useI18n();
  const errorText = useErrorText();
  const { refresh } = useSessionState();
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async ({ confirmPin: _confirmed, ...input }: SetupForm): Promise<void> => {
    setBusy(true);
    const result = await api.call('setup.initialize', input);
    if (result.ok) return refresh();
    setBusy(false);
    setError(result.error);
  };

  return (
    <AuthLayout
      storeName={null}
      brand={<Typography.Paragraph className="brand-welcome">{t('setup.welcome')}</Typography.Paragraph>}
    >
      <div className="setup-panel">
        <Typography.Title level={2} className="setup-heading">
          {t('setup.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('setup.subtitle')}</Typography.Paragraph>
        {error && <Alert className="form-alert" type="error" showIcon title={errorText(error)} />}
        <Form<SetupForm>
          layout="vertical"
          requiredMark={false}
          initialValues={{ terminalId: 'T01', language }}
          onFinish={(values) => void submit(values)}
          onValuesChange={() => setError(null)}
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
          <NewPinFields />
          <LanguageField label={t('field.language')} onChange={chooseLanguage} />
          <Button
            type="primary"
            size="large"
            htmlType="submit"
            block
            loading={busy}
            icon={<ArrowRightOutlined />}
          >
            {t('setup.submit')}
          </Button>
        </Form>
      </div>
    </AuthLayout>
  );
}
