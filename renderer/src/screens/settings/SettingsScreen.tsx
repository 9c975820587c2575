import { useState } from 'react';
import { Alert, App as AntApp, Button, Descriptions, Form, Input, InputNumber, Select, Spin } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import type { ErrorBody } from '../../../../shared/contract';
import {
  IDLE_LOCK_MAX_SECONDS,
  IDLE_LOCK_MIN_SECONDS,
  type Settings,
} from '../../../../shared/contract/settings';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { LanguageField } from '../../components/LanguageField';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useReady } from '../../session/context';
import { GoldPolicyForm } from './GoldPolicyForm';
import './settings.css';

const loadSettings = (api: ApiClient) => api.call('settings.get', {});

const TIME_ZONES = Intl.supportedValuesOf('timeZone').map((zone) => ({ value: zone, label: zone }));

/**
 * 系统设置: the store's name, the language a new screen starts in, how soon an idle till locks, the
 * store's time zone, and its gold rules.
 */
export function SettingsScreen({ onBack }: { onBack(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const { status, refresh } = useReady();
  const loaded = useLoad(api, loadSettings);
  const [saveError, setSaveError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const settings = loaded.value;
  const error = saveError ?? loaded.error;

  const save = async (values: Settings): Promise<void> => {
    setBusy(true);
    const result = await api.call('settings.update', values);
    setBusy(false);
    if (!result.ok) return setSaveError(result.error);
    void message.success(t('settings.saved'));
    await refresh();
  };

  return (
    <div className="screen screen-narrow">
      <ScreenHeader title={t('tile.settings')} subtitle={t('settings.subtitle')} onBack={onBack} />
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <div className="panel panel-padded">
        {settings ? (
          <Form<Settings>
            layout="vertical"
            requiredMark={false}
            initialValues={settings}
            onFinish={(values) => void save(values)}
            onValuesChange={() => setSaveError(null)}
          >
            <Form.Item
              name="storeName"
              label={t('field.storeName')}
              rules={[{ required: true, whitespace: true, max: 60, message: t('field.storeName.rule') }]}
            >
              <Input maxLength={60} />
            </Form.Item>
            <LanguageField label={t('settings.language')} />
            <Form.Item
              name="idleLockSeconds"
              label={t('settings.idleLock')}
              extra={t('settings.idleLock.hint', { min: IDLE_LOCK_MIN_SECONDS, max: IDLE_LOCK_MAX_SECONDS })}
              rules={[
                {
                  required: true,
                  type: 'integer',
                  min: IDLE_LOCK_MIN_SECONDS,
                  max: IDLE_LOCK_MAX_SECONDS,
                  message: t('settings.idleLock.rule', {
                    min: IDLE_LOCK_MIN_SECONDS,
                    max: IDLE_LOCK_MAX_SECONDS,
                  }),
                },
              ]}
            >
              <InputNumber
                min={IDLE_LOCK_MIN_SECONDS}
                max={IDLE_LOCK_MAX_SECONDS}
                step={30}
                precision={0}
                suffix={t('settings.seconds')}
                className="input-seconds"
              />
            </Form.Item>
            <Form.Item name="timeZone" label={t('settings.timeZone')} extra={t('settings.timeZone.hint')}>
              <Select showSearch options={TIME_ZONES} />
            </Form.Item>
            <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={busy}>
              {t('common.save')}
            </Button>
          </Form>
        ) : (
          !error && <Spin />
        )}
      </div>
      <div className="panel panel-padded">
        <GoldPolicyForm />
      </div>
      <Descriptions className="panel panel-padded" title={t('settings.terminal')} column={1} size="small">
        <Descriptions.Item label={t('settings.terminalId')}>{status.terminalId}</Descriptions.Item>
        <Descriptions.Item label={t('settings.version')}>{status.version}</Descriptions.Item>
      </Descriptions>
    </div>
  );
}
