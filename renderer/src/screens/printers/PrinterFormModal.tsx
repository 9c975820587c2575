import { useState } from 'react';
import { Alert, Col, Form, Input, InputNumber, Modal, Radio, Row, Select, Switch } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { Printer, PrinterSettings } from '../../../../shared/contract/printing';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

type Connection = 'tcp' | 'serial' | 'file' | 'spooler' | 'system';

/** The form's flat fields; turned into the contract's settings on saving. */
interface PrinterFormValues {
  name: string;
  enabled: boolean;
  connection: Connection;
  /** Receipt printer or label printer, for the byte transports. */
  kind: 'thermal' | 'label';
  dpi: 203 | 300;
  host: string;
  port: number;
  path: string;
  baudRate: 9600 | 19200 | 38400 | 57600 | 115200;
  fileName: string;
  /** The spooler's queue (CUPS) or share name (Windows); empty: the default printer. */
  queue: string;
  printerName: string;
  paperWidth: 58 | 80;
  pageSize: 'A5' | 'A4';
  chineseMode: boolean;
  drawerPin: 2 | 5;
  statusReplies: boolean;
}

const BAUD_RATES = [9600, 19200, 38400, 57600, 115200] as const;

const DEFAULTS: PrinterFormValues = {
  name: '',
  enabled: true,
  connection: 'tcp',
  kind: 'thermal',
  dpi: 203,
  host: '',
  port: 9100,
  path: '',
  baudRate: 9600,
  fileName: '',
  queue: '',
  printerName: '',
  paperWidth: 80,
  pageSize: 'A5',
  chineseMode: true,
  drawerPin: 2,
  statusReplies: true,
};

function toValues(printer: Printer | null): PrinterFormValues {
  if (!printer) return DEFAULTS;
  const base = { ...DEFAULTS, name: printer.name, enabled: printer.enabled };
  const { settings } = printer;
  if (settings.kind === 'page')
    return {
      ...base,
      connection: 'system',
      printerName: settings.transport.printerName ?? '',
      pageSize: settings.pageSize,
    };
  const thermal =
    settings.kind === 'label'
      ? { ...base, kind: 'label' as const, dpi: settings.dpi }
      : {
          ...base,
          paperWidth: settings.paperWidth,
          chineseMode: settings.chineseMode,
          drawerPin: settings.drawerPin,
          statusReplies: settings.statusReplies,
        };
  const { transport } = settings;
  switch (transport.type) {
    case 'tcp':
      return { ...thermal, connection: 'tcp', host: transport.host, port: transport.port };
    case 'serial':
      return { ...thermal, connection: 'serial', path: transport.path, baudRate: transport.baudRate };
    case 'file':
      return { ...thermal, connection: 'file', fileName: transport.path };
    case 'spooler':
      return { ...thermal, connection: 'spooler', queue: transport.queue ?? '' };
  }
}

/** Reads only the chosen connection's fields: the form hands over the fields on screen, not the others. */
function toSettings(values: PrinterFormValues): PrinterSettings {
  if (values.connection === 'system') {
    const printerName = values.printerName.trim();
    return {
      kind: 'page',
      transport: { type: 'system', printerName: printerName === '' ? null : printerName },
      pageSize: values.pageSize,
    };
  }
  const transport =
    values.connection === 'tcp'
      ? { type: 'tcp' as const, host: values.host.trim(), port: values.port }
      : values.connection === 'serial'
        ? { type: 'serial' as const, path: values.path.trim(), baudRate: values.baudRate }
        : values.connection === 'spooler'
          ? { type: 'spooler' as const, queue: values.queue.trim() || null }
          : { type: 'file' as const, path: values.fileName.trim() };
  if (values.kind === 'label') return { kind: 'label', language: 'tspl', transport, dpi: values.dpi };
  return {
    kind: 'thermal',
    transport,
    paperWidth: values.paperWidth,
    chineseMode: values.chineseMode,
    drawerPin: values.drawerPin,
    statusReplies: values.statusReplies,
  };
}

interface PrinterFormModalProps {
  /** null: a new printer. */
  printer: Printer | null;
  onClose(): void;
  onSaved(printer: Printer): void;
}

export function PrinterFormModal({ printer, onClose, onSaved }: PrinterFormModalProps) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [form] = Form.useForm<PrinterFormValues>();
  const connection = Form.useWatch('connection', form) ?? toValues(printer).connection;
  const kind = Form.useWatch('kind', form) ?? toValues(printer).kind;
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (values: PrinterFormValues): Promise<void> => {
    setBusy(true);
    const result = await api.call('printing.savePrinter', {
      ...(printer && { id: printer.id }),
      name: values.name.trim(),
      enabled: values.enabled,
      settings: toSettings(values),
    });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error);
  };

  const bytes = connection !== 'system';
  const thermal = bytes && kind === 'thermal';
  return (
    <Modal
      open
      width={640}
      title={printer ? t('printerForm.editTitle', { name: printer.name }) : t('printerForm.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<PrinterFormValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={toValues(printer)}
        onFinish={(values) => void save(values)}
        onValuesChange={() => setError(null)}
        className="printer-form"
      >
        {error && <Alert className="form-alert" type="error" showIcon title={errorText(error)} />}
        <Row gutter={16}>
          <Col flex="auto">
            <Form.Item
              name="name"
              label={t('printerForm.name')}
              rules={[{ required: true, whitespace: true, max: 40, message: t('field.name.rule') }]}
            >
              <Input autoFocus maxLength={40} placeholder="前台小票机" />
            </Form.Item>
          </Col>
          <Col>
            <Form.Item name="enabled" label={t('printerForm.enabled')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="connection" label={t('printerForm.connection')}>
          <Radio.Group
            optionType="button"
            options={(['tcp', 'serial', 'file', 'spooler', 'system'] as const).map((value) => ({
              value,
              label: t(`printerForm.transport.${value}` as const),
            }))}
          />
        </Form.Item>
        {connection === 'tcp' && (
          <Row gutter={16}>
            <Col flex="auto">
              <Form.Item
                name="host"
                label={t('printerForm.host')}
                rules={[{ required: true, pattern: /^[A-Za-z0-9.-]+$/, message: t('printerForm.host') }]}
              >
                <Input placeholder="192.168.1.50" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="port" label={t('printerForm.port')} rules={[{ required: true }]}>
                <InputNumber min={1} max={65535} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        )}
        {connection === 'serial' && (
          <Row gutter={16}>
            <Col flex="auto">
              <Form.Item
                name="path"
                label={t('printerForm.path')}
                rules={[{ required: true, whitespace: true }]}
              >
                <Input placeholder="COM3 / /dev/ttyUSB0" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="baudRate" label={t('printerForm.baudRate')}>
                <Select options={BAUD_RATES.map((value) => ({ value, label: String(value) }))} />
              </Form.Item>
            </Col>
          </Row>
        )}
        {connection === 'file' && (
          <Form.Item
            name="fileName"
            label={t('printerForm.fileName')}
            rules={[{ required: true, pattern: /^(?:[\w.-]{1,100}|\/dev\/(?:usb\/)?lp\d{1,2})$/ }]}
          >
            <Input placeholder="receipts.bin" />
          </Form.Item>
        )}
        {connection === 'spooler' && (
          <Form.Item
            name="queue"
            label={t('printerForm.queue')}
            extra={t('printerForm.queue.hint')}
            rules={[{ pattern: /^[A-Za-z0-9_.-]{0,100}$/, message: t('printerForm.queue.rule') }]}
          >
            <Input maxLength={100} placeholder="TSC_TE244" />
          </Form.Item>
        )}
        {connection === 'system' && (
          <Row gutter={16}>
            <Col flex="auto">
              <Form.Item name="printerName" label={t('printerForm.systemName')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col>
              <Form.Item name="pageSize" label={t('printerForm.pageSize')}>
                <Radio.Group optionType="button" options={['A5', 'A4']} />
              </Form.Item>
            </Col>
          </Row>
        )}
        {bytes && (
          <Form.Item name="kind" label={t('printerForm.kind')}>
            <Radio.Group
              optionType="button"
              options={(['thermal', 'label'] as const).map((value) => ({
                value,
                label: t(`printerForm.kind.${value}` as const),
              }))}
            />
          </Form.Item>
        )}
        {bytes && kind === 'label' && (
          <Form.Item name="dpi" label={t('printerForm.dpi')}>
            <Radio.Group
              optionType="button"
              options={([203, 300] as const).map((value) => ({ value, label: `${value} dpi` }))}
            />
          </Form.Item>
        )}
        {thermal && (
          <>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item name="paperWidth" label={t('printerForm.paper')}>
                  <Radio.Group
                    optionType="button"
                    options={[
                      { value: 58, label: '58 mm' },
                      { value: 80, label: '80 mm' },
                    ]}
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="drawerPin" label={t('printerForm.drawerPin')}>
                  <Radio.Group
                    optionType="button"
                    options={[
                      { value: 2, label: t('printers.drawerPin', { pin: 2 }) },
                      { value: 5, label: t('printers.drawerPin', { pin: 5 }) },
                    ]}
                  />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item
                  name="chineseMode"
                  label={t('printerForm.chineseMode')}
                  valuePropName="checked"
                  extra={t('printerForm.chineseMode.hint')}
                >
                  <Switch />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item
                  name="statusReplies"
                  label={t('printerForm.statusReplies')}
                  valuePropName="checked"
                >
                  <Switch />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
      </Form>
    </Modal>
  );
}
