import { useRef, useState } from 'react';
import { Alert, Button, Modal, Space, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { ErrorBody } from '../../../../shared/contract';
import { MAX_IMPORT_BYTES, type ImportReport } from '../../../../shared/contract/catalog-io';
import { useApi } from '../../api/context';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { fileBase64 } from './catalog-file';
import { ImportReportTable } from './ImportReportTable';

interface Checked {
  fileName: string;
  contentBase64: string;
  report: ImportReport;
}

interface ImportModalProps {
  onClose(): void;
  onImported(report: ImportReport): void;
}

/**
 * 导入商品: choose a CSV or XLSX file, read the core's check of every row (row, column, reason), then import
 * the good rows, skipping the bad ones only when the user says so, or cancel. Nothing is written before.
 */
export function ImportModal({ onClose, onImported }: ImportModalProps) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const input = useRef<HTMLInputElement>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = (): void => input.current?.click();
  const check = async (file: File): Promise<void> => {
    setChecked(null);
    setError(null);
    if (file.size > MAX_IMPORT_BYTES) {
      return setError({
        code: 'IMPORT_FILE_TOO_LARGE',
        message: '',
        details: { maxMb: MAX_IMPORT_BYTES >> 20 },
      });
    }
    setBusy(true);
    const upload = { fileName: file.name, contentBase64: await fileBase64(file) };
    const result = await api.call('catalog.importCheck', upload);
    setBusy(false);
    if (result.ok) setChecked({ ...upload, report: result.value });
    else setError(result.error);
  };
  const importRows = async (): Promise<void> => {
    if (!checked || checked.report.goodRows === 0) return;
    setBusy(true);
    const { fileName, contentBase64, report } = checked;
    const result = await api.call('catalog.import', {
      fileName,
      contentBase64,
      skipBadRows: report.badRows > 0,
    });
    setBusy(false);
    if (result.ok) onImported(result.value);
    else setError(result.error);
  };

  useHotkeys({ 'Ctrl+O': choose, 'Ctrl+Enter': () => void importRows() }, 'dialog');

  const report = checked?.report;
  const importLabel =
    report && report.badRows > 0
      ? t('catalogIo.importSkipping', { good: report.goodRows, bad: report.badRows })
      : t('catalogIo.importAll', { good: report?.goodRows ?? 0 });
  return (
    <Modal
      open
      width={760}
      title={t('catalogIo.import.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>
            {t('common.cancel')} <Kbd>Esc</Kbd>
          </Button>
          <Button icon={<UploadOutlined />} onClick={choose} autoFocus={!report}>
            {t(report ? 'catalogIo.chooseAgain' : 'catalogIo.choose')} <Kbd>Ctrl+O</Kbd>
          </Button>
          {report && report.goodRows > 0 && (
            <Button type="primary" loading={busy} autoFocus onClick={() => void importRows()}>
              {importLabel} <Kbd>Ctrl+Enter</Kbd>
            </Button>
          )}
        </Space>
      }
    >
      <input
        ref={input}
        type="file"
        hidden
        aria-label={t('catalogIo.choose')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void check(file);
        }}
      />
      <Space orientation="vertical" className="import-body">
        {!report && (
          <Typography.Paragraph type="secondary">{t('catalogIo.import.hint')}</Typography.Paragraph>
        )}
        {busy && !report && <Typography.Text>{t('catalogIo.checking')}</Typography.Text>}
        {error && <Alert type="error" showIcon title={errorText(error)} />}
        {checked && report && (
          <>
            <Typography.Text strong>{checked.fileName}</Typography.Text>
            <Alert
              type={report.badRows > 0 ? 'warning' : 'success'}
              showIcon
              title={t('catalogIo.summary', {
                rows: report.rows,
                good: report.goodRows,
                creates: report.creates,
                updates: report.updates,
                bad: report.badRows,
              })}
              description={
                report.badRows > 0
                  ? t(report.goodRows > 0 ? 'catalogIo.badRows' : 'catalogIo.noGoodRows')
                  : report.stockUnits > 0 && t('catalogIo.stock', { units: report.stockUnits })
              }
            />
            {report.ignoredColumns.length > 0 && (
              <Typography.Text type="secondary">
                {t('catalogIo.ignoredColumns', { columns: report.ignoredColumns.join('、') })}
              </Typography.Text>
            )}
            {report.issues.length > 0 && <ImportReportTable issues={report.issues} />}
            {report.truncated && (
              <Typography.Text type="secondary">
                {t('catalogIo.truncated', { shown: report.issues.length })}
              </Typography.Text>
            )}
          </>
        )}
      </Space>
    </Modal>
  );
}
