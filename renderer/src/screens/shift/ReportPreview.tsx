import { useI18n } from '../../i18n/context';

/** A report as it prints on 80 mm paper, in a sandboxed frame with no scripts. */
export function ReportPreview({ html, title }: { html: string; title: string }) {
  const { t } = useI18n();
  return (
    <div className="report-preview">
      <iframe
        className="report-preview-frame"
        title={t('shift.preview', { title })}
        sandbox=""
        srcDoc={html}
      />
    </div>
  );
}
