import { useEffect } from 'react';
import { Button, Result, Spin } from 'antd';
import { DisconnectOutlined } from '@ant-design/icons';
import { useConnection } from '../connection/context';
import { useI18n } from '../i18n/context';
import { useSessionState } from '../session/context';

export function LoadingScreen() {
  return (
    <div className="center-screen">
      <Spin size="large" />
    </div>
  );
}

/** The core did not answer: tries again by itself as soon as the connection indicator turns green. */
export function UnreachableScreen() {
  const { t } = useI18n();
  const { refresh } = useSessionState();
  const connected = useConnection();

  useEffect(() => {
    if (connected) void refresh();
  }, [connected, refresh]);

  return (
    <div className="center-screen">
      <Result
        status="warning"
        icon={<DisconnectOutlined />}
        title={t('unreachable.title')}
        subTitle={t('unreachable.subtitle')}
        extra={
          <Button type="primary" onClick={() => void refresh()}>
            {t('common.retry')}
          </Button>
        }
      />
    </div>
  );
}
