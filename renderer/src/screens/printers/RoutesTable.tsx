import { App as AntApp, InputNumber, Select, Table, Typography } from 'antd';
import { DOCUMENT_TYPES, type DocumentType } from '../../../../shared/print/document-types';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { usePrinting } from '../../printing/context';

/** Test pages go to the printer they test, so they have no route. */
// tags go to the label printer of the tag settings, never by a route
const ROUTED = DOCUMENT_TYPES.filter((type) => type !== 'testPage' && type !== 'tag');

/** Where each document type prints and how many copies; a change is saved as it is made. */
export function RoutesTable() {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const { printers, routes, reload } = usePrinting();

  const save = async (
    documentType: DocumentType,
    printerId: number | null,
    copies: number,
  ): Promise<void> => {
    const result = await api.call('printing.saveRoute', { documentType, printerId, copies });
    if (result.ok) void message.success(t('routes.saved'));
    else void message.error(errorText(result.error));
    reload();
  };

  return (
    <div className="routes">
      <Typography.Paragraph type="secondary">{t('routes.hint')}</Typography.Paragraph>
      <Table
        className="panel"
        rowKey="documentType"
        pagination={false}
        dataSource={ROUTED.map((documentType) => {
          const route = routes.find((r) => r.documentType === documentType);
          return { documentType, printerId: route?.printerId ?? null, copies: route?.copies ?? 1 };
        })}
        columns={[
          {
            title: t('routes.document'),
            dataIndex: 'documentType',
            render: (type: DocumentType) => t(`document.${type}` as const),
          },
          {
            title: t('routes.printer'),
            key: 'printer',
            render: (_value, row) => (
              <Select<number | null>
                className="route-printer"
                value={row.printerId}
                aria-label={`${t('routes.printer')} ${t(`document.${row.documentType}` as const)}`}
                onChange={(printerId) => void save(row.documentType, printerId, row.copies)}
                options={[
                  ...(row.documentType === 'receipt'
                    ? []
                    : [{ value: null, label: t('routes.receiptPrinter') }]),
                  ...printers.map((printer) => ({ value: printer.id, label: printer.name })),
                ]}
                placeholder="—"
              />
            ),
          },
          {
            title: t('routes.copies'),
            key: 'copies',
            render: (_value, row) => (
              <InputNumber
                min={1}
                max={5}
                precision={0}
                value={row.copies}
                disabled={row.printerId === null}
                onChange={(copies) => {
                  if (copies && row.printerId !== null) void save(row.documentType, row.printerId, copies);
                }}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
