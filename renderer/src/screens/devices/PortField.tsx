import { useCallback, useEffect, useState } from 'react';
import { AutoComplete, Button, Form, Space, Tooltip } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { ErrorBody } from '../../../../shared/contract';
import type { PortList, SerialPortInfo } from '../../../../shared/contract/devices';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

/**
 * The serial port: picked from the ports the OS reports, or typed (COM3, /dev/ttyUSB0) when the
 * listing failed or the adapter is not plugged in yet. A refresh runs in the core and ends with a
 * device.ports event.
 */
export function PortField() {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [list, setList] = useState<PortList | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);

  const ask = useCallback(
    (refresh: boolean) =>
      api.call('devices.ports', { refresh }).then((result) => {
        if (result.ok) setList(result.value);
        setError(result.ok ? null : result.error);
      }),
    [api],
  );

  // Opening the form starts a fresh listing; the device.ports event says when it is done.
  useEffect(() => {
    const stop = api.onEvent((event) => {
      if (event.type === 'device.ports') void ask(false);
    });
    void ask(true);
    return stop;
  }, [api, ask]);

  const problem = error ?? list?.problem ?? null;
  return (
    <Form.Item
      label={t('device.port')}
      required
      extra={problem ? `${errorText(problem)} ${t('device.port.typeIt')}` : t('device.port.hint')}
    >
      <Space.Compact block>
        <Form.Item
          name={['connection', 'path']}
          noStyle
          // Read from the form's values, not from what is on screen: a quick Ctrl+S right after choosing
          // 模拟设备 can run before this field unmounts, and a simulated device has no port.
          rules={[
            ({ getFieldValue }) => ({
              required: getFieldValue(['connection', 'type']) === 'serial',
              whitespace: true,
              max: 200,
              message: t('device.port.required'),
            }),
          ]}
        >
          <AutoComplete
            aria-label={t('device.port')}
            options={(list?.ports ?? []).map((port) => ({
              value: port.path,
              label: <PortOption port={port} />,
            }))}
            placeholder={t('device.port.placeholder')}
          />
        </Form.Item>
        <Tooltip title={t('device.port.refresh')}>
          <Button
            icon={<ReloadOutlined />}
            loading={list?.scanning ?? false}
            aria-label={t('device.port.refresh')}
            onClick={() => void ask(true)}
          />
        </Tooltip>
      </Space.Compact>
    </Form.Item>
  );
}

function PortOption({ port }: { port: SerialPortInfo }) {
  const { t } = useI18n();
  const maker = [port.manufacturer, port.serialNumber].filter(Boolean).join(' · ');
  return (
    <span className="port-option">
      <code>{port.path}</code>
      <span className="port-option-maker">
        {port.source === 'configured' ? t('device.port.configured') : maker}
      </span>
    </span>
  );
}
