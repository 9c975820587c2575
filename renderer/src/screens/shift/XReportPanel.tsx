import { useState } from 'react';
import { Alert, App as AntApp, Button, Spin } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { ReportPreview } from './ReportPreview';

const loadX = (api: ApiClient) => api.call('shifts.xReport', { print: false });

/** The X report: the shift's figures so far, shown at once and printed on request; nothing is recorded. */
export function XReportPanel() {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const { value: x, error: loadError } = useLoad(api, loadX);
  const [printError, setPrintError] = useState<ErrorBody | null>(null);
  const error = printError ?? loadError;

  const print = async (): Promise<void> => {
    const result = await api.call('shifts.xReport', { print: true });
    if (!result.ok) return setPrintError(result.error);
    void message.success(t('shift.x.printed'));
  };
  useHotkeys({ F9: () => void print() });

  return (
    <div className="panel shift-panel">
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <Button type="primary" size="large" onClick={() => void print()}>
        {t('shift.x.print')} <Kbd>F9</Kbd>
      </Button>
      {x ? <ReportPreview html={x.preview.html} title={t('shift.x.title')} /> : <Spin />}
    </div>
  );
}
