import { useEffect, useEffectEvent, useState, type ReactNode } from 'react';
import { App as AntApp } from 'antd';
import { useRawApi } from '../api/context';
import { useI18n } from '../i18n/context';
import { ScanContext } from './context';
import { listenForWedgeScans } from './keyboard-wedge';
import { ScanRegistry, type Scan } from './registry';

/**
 * The one place scans come in, from keyboard-wedge scanners (key timing) and serial scanners (the
 * core's device.scan events), and go out to the active screen's handler.
 */
export function ScanProvider({ children }: { children: ReactNode }) {
  const api = useRawApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [registry] = useState(() => new ScanRegistry());

  const dispatch = useEffectEvent((scan: Scan) => {
    if (!registry.dispatch(scan)) void message.info(t('scan.unhandled', { code: scan.code }));
  });

  useEffect(() => listenForWedgeScans((code) => dispatch({ code, source: 'keyboard', deviceId: null })), []);
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'device.scan')
          dispatch({ code: event.code, source: 'serial', deviceId: event.deviceId });
      }),
    [api],
  );

  return <ScanContext value={registry}>{children}</ScanContext>;
}
