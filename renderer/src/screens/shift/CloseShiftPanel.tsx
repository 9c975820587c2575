import { useRef, useState } from 'react';
import { Alert, Button, Input, Space, type InputRef } from 'antd';
import type { ChannelOutput, ErrorBody } from '../../../../shared/contract';
import type { CountResult, Shift } from '../../../../shared/contract/shifts';
import { formatYuan } from '../../../../shared/domain/money';
import { SETTLED_TENDERS, type SettledTender } from '../../../../shared/domain/shift';
import { useApi } from '../../api/context';
import { amountText, parseAmount } from '../../components/amount';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { countsOf, DenominationGrid, type CountText } from './DenominationGrid';
import { ReportPreview } from './ReportPreview';
import { TenderTable } from './TenderTable';
import { YuanInput } from './YuanInput';

const yuan = (text: string | undefined): number => parseAmount('yuan', text) ?? 0;

/**
 * 结班: a blind count first (cash by denomination, then the settlement totals of the card terminal, WeChat Pay
 * and Alipay) with no expected figure anywhere on screen; once it is on record, expected / counted /
 * over-short per tender, the reason (and the manager's approval, asked by the core) beyond the threshold,
 * what stays in the drawer; then the Z report.
 */
export function CloseShiftPanel({ shift }: { shift: Shift }) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [count, setCount] = useState<CountText>({});
  const [settled, setSettled] = useState<Partial<Record<SettledTender, string>>>({});
  const [result, setResult] = useState<CountResult | null>(null);
  const [reason, setReason] = useState('');
  const [leftIn, setLeftIn] = useState('');
  const [closed, setClosed] = useState<ChannelOutput<'shifts.close'> | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const settledFields = useRef<(InputRef | null)[]>([]);
  const firstSettled = useRef<InputRef | null>(null);

  const cash = result?.tenders.find((tender) => tender.method === 'cash');
  const submitCount = async (): Promise<void> => {
    const answer = await api.call('shifts.closeCount', {
      counts: countsOf(count),
      settled: {
        bankCard: yuan(settled.bankCard),
        wechat: yuan(settled.wechat),
        alipay: yuan(settled.alipay),
      },
    });
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setResult(answer.value);
    const counted = answer.value.tenders.find((tender) => tender.method === 'cash')?.countedFen ?? 0;
    setLeftIn(amountText('yuan', Math.min(shift.floatFen, counted)));
  };
  const close = async (): Promise<void> => {
    const answer = await api.call('shifts.close', { reason: reason.trim() || null, leftInFen: yuan(leftIn) });
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setClosed(answer.value);
  };
  const recount = (): void => {
    setResult(null);
    setCount({});
    setSettled({});
  };
  useHotkeys(
    closed ? {} : result ? { F9: () => void close(), F5: recount } : { F9: () => void submitCount() },
  );

  if (closed) {
    return (
      <div className="panel shift-panel">
        <Alert type="success" showIcon title={t('shift.close.done', { zNo: closed.report.zNo ?? 0 })} />
        <TenderTable tenders={result?.tenders ?? []} />
        <ReportPreview
          html={closed.preview.html}
          title={t('shift.z.title', { zNo: closed.report.zNo ?? 0 })}
        />
      </div>
    );
  }
  return (
    <div className="panel shift-panel">
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      {result === null ? (
        <>
          <h3>{t('shift.close.blind')}</h3>
          <DenominationGrid value={count} onChange={setCount} then={firstSettled} />
          <h4>{t('shift.close.settled')}</h4>
          {SETTLED_TENDERS.map((method, index) => (
            <YuanInput
              key={method}
              inputRef={(input) => {
                settledFields.current[index] = input;
                if (index === 0) firstSettled.current = input;
              }}
              label={t(`shift.tender.${method}`)}
              value={settled[method] ?? ''}
              onChange={(text) => setSettled({ ...settled, [method]: text })}
              onEnter={() =>
                index + 1 < SETTLED_TENDERS.length
                  ? settledFields.current[index + 1]?.focus()
                  : void submitCount()
              }
            />
          ))}
          <Button type="primary" size="large" onClick={() => void submitCount()}>
            {t('shift.close.submitCount')} <Kbd>F9</Kbd>
          </Button>
        </>
      ) : (
        <>
          <TenderTable tenders={result.tenders} />
          {result.beyondThreshold && (
            <Alert
              type="warning"
              showIcon
              title={t('shift.close.beyond', { threshold: formatYuan(result.thresholdFen) })}
            />
          )}
          <Input
            autoFocus
            maxLength={200}
            aria-label={t('shift.close.reason')}
            placeholder={t(result.beyondThreshold ? 'shift.close.reason' : 'shift.close.reasonOptional')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            onPressEnter={() => void close()}
          />
          <YuanInput
            label={t('shift.close.leftIn')}
            value={leftIn}
            onChange={setLeftIn}
            onEnter={() => void close()}
          />
          <div className="shift-deposit">
            {t('shift.close.deposit', { amount: formatYuan((cash?.countedFen ?? 0) - yuan(leftIn)) })}
          </div>
          <Space>
            <Button onClick={recount}>
              {t('shift.close.recount')} <Kbd>F5</Kbd>
            </Button>
            <Button type="primary" size="large" onClick={() => void close()}>
              {t('shift.close.submit')} <Kbd>F9</Kbd>
            </Button>
          </Space>
        </>
      )}
    </div>
  );
}
