import { useState } from 'react';
import { App as AntApp, Button, Space, Table, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined, PrinterOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { Printer } from '../../../../shared/contract/printing';
import { useApi } from '../../api/context';
import { Kbd } from '../../components/Kbd';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { usePrinting } from '../../printing/context';
import { connectionText, paperText, STATUS_COLORS } from '../../printing/labels';
import { DocumentSettingsForm } from './DocumentSettingsForm';
import { PrinterFormModal } from './PrinterFormModal';
import { RoutesTable } from './RoutesTable';
import { TagSettingsForm } from './TagSettingsForm';
import { TemplatePreview } from './TemplatePreview';
import './printers.css';

type Dialog = { kind: 'add' } | { kind: 'edit'; printer: Printer };

/** 打印机: the till's printers with their live status, where each document goes, and what it says. */
export function PrintersScreen({ onBack }: { onBack(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const { printers, openJobs, reload } = usePrinting();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [tab, setTab] = useState('printers');

  useHotkeys({ F4: () => setDialog({ kind: 'add' }) });

  const testPage = async (printer: Printer): Promise<void> => {
    const result = await api.call('printing.testPage', { printerId: printer.id });
    if (result.ok) void message.success(t('printers.testPage.queued', { name: printer.name }));
    else void message.error(errorText(result.error));
  };

  return (
    <div className="screen printers-screen">
      <ScreenHeader
        title={t('tile.printers')}
        subtitle={t('printers.subtitle')}
        onBack={onBack}
        extra={
          <Space>
            <Button icon={<UnorderedListOutlined />} onClick={openJobs}>
              {t('jobs.open')} <Kbd>Ctrl+P</Kbd>
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'add' })}>
              {t('printers.add')} <Kbd>F4</Kbd>
            </Button>
          </Space>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'printers',
            label: t('printers.tab.printers'),
            children: (
              <Table<Printer>
                className="panel"
                rowKey="id"
                dataSource={printers}
                pagination={false}
                locale={{ emptyText: t('printers.empty') }}
                columns={[
                  {
                    title: t('printers.column.name'),
                    key: 'name',
                    render: (_value, printer) => (
                      <Space>
                        <PrinterOutlined />
                        <Typography.Text strong>{printer.name}</Typography.Text>
                        {!printer.enabled && <Tag>{t('printers.disabled')}</Tag>}
                      </Space>
                    ),
                  },
                  {
                    title: t('printers.column.connection'),
                    key: 'connection',
                    render: (_value, printer) => connectionText(printer.settings, t),
                  },
                  {
                    title: t('printers.column.paper'),
                    key: 'paper',
                    render: (_value, printer) => (
                      <Space size={4} wrap>
                        <span>{paperText(printer.settings, t)}</span>
                        {printer.settings.kind === 'thermal' && printer.settings.chineseMode && (
                          <Tag>{t('printers.chinese')}</Tag>
                        )}
                        {printer.settings.kind === 'thermal' && (
                          <Tag>{t('printers.drawerPin', { pin: printer.settings.drawerPin })}</Tag>
                        )}
                      </Space>
                    ),
                  },
                  {
                    title: t('printers.column.status'),
                    key: 'status',
                    render: (_value, printer) => (
                      <Space orientation="vertical" size={0}>
                        <Tag
                          color={STATUS_COLORS[printer.status]}
                          data-testid={`printer-status-${printer.id}`}
                        >
                          {t(`printerStatus.${printer.status}` as const)}
                        </Tag>
                        {printer.statusError && (
                          <Typography.Text type="danger" className="printer-status-error">
                            {printer.statusError}
                          </Typography.Text>
                        )}
                      </Space>
                    ),
                  },
                  {
                    title: t('printers.column.actions'),
                    key: 'actions',
                    render: (_value, printer) => (
                      <Space>
                        <Button
                          size="small"
                          onClick={() => void testPage(printer)}
                          // a label printer takes tags only: print a piece's tag to try it
                          disabled={!printer.enabled || printer.settings.kind === 'label'}
                        >
                          {t('printers.testPage')}
                        </Button>
                        <Button size="small" onClick={() => setDialog({ kind: 'edit', printer })}>
                          {t('printers.edit')}
                        </Button>
                      </Space>
                    ),
                  },
                ]}
              />
            ),
          },
          { key: 'routes', label: t('printers.tab.routes'), children: <RoutesTable /> },
          {
            key: 'documents',
            label: t('printers.tab.documents'),
            children: <DocumentSettingsForm active={tab === 'documents'} />,
          },
          { key: 'tags', label: t('tags.settings'), children: <TagSettingsForm active={tab === 'tags'} /> },
          { key: 'preview', label: t('printers.tab.preview'), children: <TemplatePreview /> },
        ]}
      />
      {dialog && (
        <PrinterFormModal
          printer={dialog.kind === 'edit' ? dialog.printer : null}
          onClose={() => setDialog(null)}
          onSaved={(printer) => {
            setDialog(null);
            void message.success(t('printers.saved', { name: printer.name }));
            reload();
          }}
        />
      )}
    </div>
  );
}
