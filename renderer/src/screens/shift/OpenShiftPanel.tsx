import { useRef, useState } from 'react';
import { Alert, Button, Input, type InputRef } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { Shift } from '../../../../shared/contract/shifts';
import { formatYuan } from '../../../../shared/domain/money';
import { useApi } from '../../api/context';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { countsOf, DenominationGrid, totalOf, type CountText } from './DenominationGrid';

/** 开班: the float counted by denomination; the core compares it with what the last close left in. */
export function OpenShiftPanel({ onOpened }: { onOpened(shift: Shift): void }) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [count, setCount] = useState<CountText>({});
  const [note, setNote] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const noteField = useRef<InputRef>(null);

  const submit = async (): Promise<void> => {
    setBusy(true);
    const result = await api.call('shifts.open', { counts: countsOf(count), note: note.trim() || null });
    setBusy(false);
    if (result.ok) onOpened(result.value);
    else setError(result.error);
  };
  useHotkeys({ F9: () => void submit() });

  return (
    <div className="panel shift-panel">
      <h3>{t('shift.open.title')}</h3>
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <DenominationGrid value={count} onChange={setCount} then={noteField} />
      <Input
        ref={noteField}
        placeholder={t('shift.note')}
        aria-label={t('shift.note')}
        maxLength={200}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        onPressEnter={() => void submit()}
      />
      <Button type="primary" size="large" loading={busy} onClick={() => void submit()}>
        {t('shift.open.submit', { amount: formatYuan(totalOf(count)) })} <Kbd>F9</Kbd>
      </Button>
    </div>
  );
}
