import { useCallback, useState } from 'react';
import { Alert, Button, Space, Table } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { ShiftDay } from '../../../../shared/contract/shifts';
import { formatYuan } from '../../../../shared/domain/money';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useFormatInstant, useStoreToday } from '../../i18n/format';

const money = (fen: number | null): string => (fen === null ? '—' : formatYuan(fen));

/** 日结: the day's shifts across the terminals, closed once all of them are; the summary as CSV. */
export function DayClosePanel() {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const formatInstant = useFormatInstant();
  const today = useStoreToday();
  const loaded = useLoad(
    api,
    useCallback((api: ApiClient) => api.call('shifts.day', { businessDay: today }), [today]),
  );
  const [closed, setClosed] = useState<ShiftDay | null>(null);
  const [closeError, setCloseError] = useState<ErrorBody | null>(null);
  const day = closed ?? loaded.value;
  const error = closeError ?? loaded.error;

  const closeDay = async (): Promise<void> => {
    const result = await api.call('shifts.closeDay', { businessDay: today });
    if (result.ok) setClosed(result.value);
    else setCloseError(result.error);
  };
  const exportCsv = (): void => {
    if (!day) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([day.csv], { type: 'text/csv;charset=utf-8' }));
    link.download = `day-${day.businessDay}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  useHotkeys({ F9: () => void closeDay(), F7: exportCsv });

  return (
    <div className="panel shift-panel">
      <h3>{t('shift.day.title', { day: day?.businessDay ?? today })}</h3>
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      {day?.closed && (
        <Alert
          type="success"
          showIcon
          title={t('shift.day.closed', { at: formatInstant(day.closed.at), by: day.closed.by })}
        />
      )}
      <Table
        size="small"
        rowKey="shiftId"
        pagination={false}
        dataSource={day?.shifts ?? []}
        columns={[
          { title: t('shift.day.terminal'), dataIndex: 'terminalId' },
          { title: t('shift.day.shift'), dataIndex: 'shiftId' },
          { title: t('shift.day.z'), dataIndex: 'zNo', render: (z: number | null) => z ?? '—' },
          { title: t('shift.day.openedBy'), dataIndex: 'openedBy' },
          { title: t('shift.day.sales'), dataIndex: 'salesFen', render: money },
          { title: t('shift.expected'), dataIndex: 'cashExpectedFen', render: money },
          { title: t('shift.counted'), dataIndex: 'cashCountedFen', render: money },
          { title: t('shift.overShort'), dataIndex: 'overShortFen', render: money },
          { title: t('shift.day.deposit'), dataIndex: 'depositFen', render: money },
        ]}
      />
      <Space>
        <Button onClick={exportCsv} disabled={!day}>
          {t('shift.day.csv')} <Kbd>F7</Kbd>
        </Button>
        <Button type="primary" onClick={() => void closeDay()} disabled={!day || day.closed !== null}>
          {t('shift.day.close')} <Kbd>F9</Kbd>
        </Button>
      </Space>
    </div>
  );
}
