import { useState } from 'react';
import { App as AntApp, Button, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { CatalogFileFormat } from '../../../../shared/contract/catalog-io';
import { useApi } from '../../api/context';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { download } from './catalog-file';

// F8 belongs to the shell (the device simulator)
const KEYS = { csv: 'F9', xlsx: 'F10' } as const;

/** 导出: the whole catalog with on-hand, as a CSV Excel opens (UTF-8 with BOM) or as an Excel workbook. */
export function ExportButtons() {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState<CatalogFileFormat | null>(null);

  const exportAs = async (format: CatalogFileFormat): Promise<void> => {
    if (busy) return;
    setBusy(format);
    const result = await api.call('catalog.export', { format });
    setBusy(null);
    if (!result.ok) return void message.error(errorText(result.error));
    download(result.value);
    void message.success(
      t('catalogIo.exported', { count: result.value.products, fileName: result.value.fileName }),
    );
  };
  useHotkeys({ [KEYS.csv]: () => void exportAs('csv'), [KEYS.xlsx]: () => void exportAs('xlsx') });

  return (
    <Space.Compact>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          icon={<DownloadOutlined />}
          loading={busy === format}
          onClick={() => void exportAs(format)}
        >
          {t(`catalogIo.export.${format}`)} <Kbd>{KEYS[format]}</Kbd>
        </Button>
      ))}
    </Space.Compact>
  );
}
