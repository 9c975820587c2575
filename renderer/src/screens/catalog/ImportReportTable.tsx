import { Table } from 'antd';
import type { ImportIssue } from '../../../../shared/contract/catalog-io';
import { useI18n } from '../../i18n/context';

/** Each refused cell: the row as Excel numbers it, the column as the file names it, and why. */
export function ImportReportTable({ issues }: { issues: ImportIssue[] }) {
  const { t, language } = useI18n();
  return (
    <Table<ImportIssue>
      className="import-issues"
      size="small"
      rowKey={(issue) => `${issue.row}-${issue.field}-${issue.code}-${issue.value}`}
      dataSource={issues}
      pagination={false}
      scroll={{ y: 320 }}
      columns={[
        { title: t('catalogIo.row'), dataIndex: 'row', width: 72 },
        { title: t('catalogIo.column'), dataIndex: 'column', width: 120 },
        { title: t('catalogIo.reason'), render: (_, issue) => issue.message[language] },
      ]}
    />
  );
}
