import { useRef, useState } from 'react';
import { Alert, Button, type InputRef } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { CountResult } from '../../../../shared/contract/shifts';
import { useApi } from '../../api/context';
import { parseAmount } from '../../components/amount';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { countsOf, DenominationGrid, type CountText } from './DenominationGrid';
import { TenderTable } from './TenderTable';
import { YuanInput } from './YuanInput';

/** 中途点钞: the drawer counted blind, optionally some of it taken to the safe; the difference is shown after. */
export function MidDayCountPanel({ onDone }: { onDone(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [count, setCount] = useState<CountText>({});
  const [drop, setDrop] = useState('');
  const [result, setResult] = useState<CountResult | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const dropField = useRef<InputRef>(null);

  const sending = useRef(false);
  const submit = async (): Promise<void> => {
    if (result) return onDone();
    // one count per press: a second Enter while the first is answered must not record the drop twice
    if (sending.current) return;
    sending.current = true;
    const answer = await api.call('shifts.midDayCount', {
      counts: countsOf(count),
      safeDropFen: parseAmount('yuan', drop) ?? 0,
      note: null,
    });
    sending.current = false;
    if (answer.ok) setResult(answer.value);
    else setError(answer.error);
  };
  useHotkeys({ F9: () => void submit() });

  return (
    <div className="panel shift-panel">
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      {result ? (
        <TenderTable tenders={result.tenders} />
      ) : (
        <>
          <DenominationGrid value={count} onChange={setCount} then={dropField} />
          <YuanInput
            inline
            inputRef={dropField}
            label={t('shift.midday.safeDrop')}
            value={drop}
            onChange={setDrop}
            onEnter={() => void submit()}
          />
        </>
      )}
      <Button type="primary" size="large" onClick={() => void submit()}>
        {result ? t('shift.done') : t('shift.midday.submit')} <Kbd>F9</Kbd>
      </Button>
    </div>
  );
}
