import { useEffect, useState } from 'react';
import { Alert, Segmented, Space, Spin, Typography } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import { PREVIEW_FORMATS } from '../../../../shared/contract/printing';
import { DOCUMENT_TYPES, type DocumentType } from '../../../../shared/print/document-types';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

type Format = (typeof PREVIEW_FORMATS)[number];

/** The frame's width: the roll's printable width with its margin, or the sheet's. */
const FRAME_WIDTH: Record<Format, string> = {
  '58mm': '300px',
  '80mm': '400px',
  A5: 'calc(148mm + 24px)',
  A4: 'calc(210mm + 24px)',
};

/**
 * Every template with sample data, as printing.preview renders it. The HTML is shown in a sandboxed
 * frame with no scripts, apart from the app's own page, at the paper's width.
 */
export function TemplatePreview() {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [documentType, setDocumentType] = useState<DocumentType>('receipt');
  const [format, setFormat] = useState<Format>('80mm');
  const [preview, setPreview] = useState<{ html: string; key: string } | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const key = `${documentType}/${format}`;

  useEffect(() => {
    let live = true;
    void api.call('printing.preview', { documentType, format }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setPreview({ html: result.value.html, key: `${documentType}/${format}` });
        setError(null);
      } else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [api, documentType, format]);

  const title = t('preview.title', { document: t(`document.${documentType}` as const), format });
  return (
    <div className="template-preview">
      <Space wrap size="large" className="template-preview-controls">
        <Space>
          <Typography.Text type="secondary">{t('preview.document')}</Typography.Text>
          <Segmented<DocumentType>
            value={documentType}
            onChange={setDocumentType}
            options={DOCUMENT_TYPES.map((value) => ({ value, label: t(`document.${value}` as const) }))}
          />
        </Space>
        <Space>
          <Typography.Text type="secondary">{t('preview.format')}</Typography.Text>
          <Segmented<Format> value={format} onChange={setFormat} options={[...PREVIEW_FORMATS]} />
        </Space>
      </Space>
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <div className="template-preview-stage">
        {preview ? (
          <iframe
            key={preview.key}
            className="template-preview-frame"
            title={title}
            sandbox=""
            srcDoc={preview.html}
            style={{ width: FRAME_WIDTH[format], opacity: preview.key === key ? 1 : 0.5 }}
          />
        ) : (
          <Spin />
        )}
      </div>
    </div>
  );
}
