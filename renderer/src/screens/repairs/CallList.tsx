import { Alert, Button, Card, Empty, Space, Tag, Typography } from 'antd';
import type { CallListEntry, CallOutcome } from '../../../../shared/contract/repairs';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useFormatInstant } from '../../i18n/format';

const loadCalls = (api: ApiClient) => api.call('repairs.calls', {});
const OUTCOMES: readonly [CallOutcome, string][] = [
  ['reached', '1'],
  ['noAnswer', '2'],
  ['messageLeft', '3'],
];

/**
 * 通知取件: items ready to collect, due calls first, with the customer's phone and the script to read; the
 * outcome of each attempt is logged (1 reached, 2 no answer, 3 message left) for the first due call.
 */
export function CallList() {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const formatInstant = useFormatInstant();
  const calls = useLoad(api, loadCalls);
  const due = calls.value?.filter((entry) => entry.due) ?? [];

  const log = async (entry: CallListEntry, outcome: CallOutcome): Promise<void> => {
    const result = await api.call('repairs.logCall', { ticketNo: entry.ticketNo, outcome });
    if (result.ok) await calls.reload();
  };
  useHotkeys(
    Object.fromEntries(OUTCOMES.map(([outcome, key]) => [key, () => due[0] && void log(due[0], outcome)])),
  );

  if (calls.error) return <Alert type="error" showIcon title={errorText(calls.error)} />;
  if (calls.value?.length === 0) return <Empty description={t('repairs.calls.none')} />;
  return (
    <Space direction="vertical" className="repair-calls">
      {calls.value?.map((entry) => (
        <Card
          key={entry.ticketNo}
          size="small"
          data-testid={`call-${entry.ticketNo}`}
          title={
            <Space>
              {entry.customerName}
              <Typography.Text copyable>{entry.phone}</Typography.Text>
              <Typography.Text type="secondary">{entry.ticketNo}</Typography.Text>
              {entry.due ? (
                <Tag color="red">{t('repairs.calls.due')}</Tag>
              ) : (
                <Tag>{t('repairs.calls.next', { date: entry.nextCallOn })}</Tag>
              )}
            </Space>
          }
        >
          <Typography.Paragraph className="repair-script">{entry.script}</Typography.Paragraph>
          <Space wrap>
            {OUTCOMES.map(([outcome, key]) => (
              <Button key={outcome} onClick={() => void log(entry, outcome)}>
                {t(`repairs.call.${outcome}`)} {entry === due[0] && <Kbd>{key}</Kbd>}
              </Button>
            ))}
          </Space>
          {entry.attempts.map((attempt) => (
            <div key={attempt.at} className="repair-attempt">
              {formatInstant(attempt.at)} {t(`repairs.call.${attempt.outcome}`)} · {attempt.by}
              {attempt.note ? ` · ${attempt.note}` : ''}
            </div>
          ))}
        </Card>
      ))}
    </Space>
  );
}
