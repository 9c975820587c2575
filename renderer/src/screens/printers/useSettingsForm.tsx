import { useEffect, useState, type ReactNode } from 'react';
import { Alert, App as AntApp, Button, Form, type FormInstance } from 'antd';
import type { Envelope, ErrorBody } from '../../../../shared/contract';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

interface SettingsForm<T> {
  form: FormInstance<T>;
  /** The settings as loaded (then as saved); null while loading. */
  value: T | null;
  /** The form, with the load's or the save's error above it and its save button below. */
  panel(className: string, children: ReactNode): ReactNode;
}

/**
 * A settings tab of the printers screen: loads its settings into a form, saves them with Ctrl+S (when its
 * tab is the one in view: tabs stay mounted once seen) and says so, or shows why not.
 */
export function useSettingsForm<T extends object>(options: {
  load: (api: ApiClient) => Promise<Envelope<T>>;
  save: (api: ApiClient, values: T, loaded: T) => Promise<Envelope<T>>;
  savedText: string;
  active?: boolean;
}): SettingsForm<T> {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const { value, error: loadError } = useLoad(api, options.load);
  const [form] = Form.useForm<T>();
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (value) form.setFieldsValue(value as Parameters<typeof form.setFieldsValue>[0]);
  }, [form, value]);

  useHotkeys({ 'Ctrl+S': () => options.active !== false && form.submit() });

  const save = async (values: T): Promise<void> => {
    if (!value) return;
    setBusy(true);
    const result = await options.save(api, values, value);
    setBusy(false);
    if (result.ok) {
      form.setFieldsValue(result.value as Parameters<typeof form.setFieldsValue>[0]);
      void message.success(options.savedText);
    } else setError(result.error);
  };

  const problem = loadError ?? error;
  return {
    form,
    value,
    panel: (className, children) => (
      <div className={`panel ${className}`}>
        {problem && <Alert className="form-alert" type="error" showIcon title={errorText(problem)} />}
        <Form<T>
          form={form}
          layout="vertical"
          requiredMark={false}
          disabled={!value}
          onFinish={(values) => void save(values)}
          onValuesChange={() => setError(null)}
        >
          {children}
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('common.save')} <Kbd>Ctrl+S</Kbd>
          </Button>
        </Form>
      </div>
    ),
  };
}
