import { Alert, Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { Kbd } from '../components/Kbd';
import { useI18n } from '../i18n/context';
import { PRINT_ALERT_AFTER_MS } from '../../../shared/print/overdue';
import { isFailing, isOverdue, isWaiting, usePrinting } from './context';

/** Shown while a printer is failing or jobs failed or wait to retry: printing never blocks a sale, so say it. */
export function PrinterBanner() {
  const { t } = useI18n();
  const { printers, jobs, openJobs } = usePrinting();
  const failing = printers.filter(isFailing);
  const failed = jobs.filter((job) => job.state === 'failed').length;
  const waiting = jobs.filter(isWaiting).length;
  const now = new Date();
  const overdue = jobs.filter((job) => isOverdue(job, now)).length;
  if (failing.length === 0 && failed === 0 && waiting === 0) return null;
  return (
    <Alert
      className="print-banner"
      type="error"
      showIcon
      icon={<PrinterOutlined />}
      role="alert"
      title={
        <div className="print-banner-lines" data-testid="print-banner">
          {failing.map((printer) => (
            <div key={printer.id}>
              {t('printBanner.printer', {
                name: printer.name,
                status: t(`printerStatus.${printer.status}` as const),
                error: printer.statusError ?? '—',
              })}
            </div>
          ))}
          {(failed > 0 || waiting > 0) && (
            <div>
              {[
                failed > 0 ? t('printBanner.failed', { count: failed }) : null,
                waiting > 0 ? t('printBanner.waiting', { count: waiting }) : null,
                overdue > 0
                  ? t('printBanner.overdue', { count: overdue, minutes: PRINT_ALERT_AFTER_MS / 60_000 })
                  : null,
              ]
                .filter(Boolean)
                .join(t('printBanner.separator'))}
            </div>
          )}
        </div>
      }
      action={
        <Button danger onClick={openJobs}>
          {t('printBanner.action')} <Kbd>Ctrl+P</Kbd>
        </Button>
      }
    />
  );
}
