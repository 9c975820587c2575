import { useEffect, useRef, useState } from 'react';
import { Alert, App as AntApp, Button, Input, Select, type InputRef, type RefSelectProps } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { StaffRef } from '../../../../shared/contract/staff';
import { useApi } from '../../api/context';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { countsOf, DenominationGrid, type CountText } from './DenominationGrid';

/**
 * 交接班: the outgoing cashier counts the drawer; the incoming one picks their name (type to find it, Enter)
 * and confirms with their PIN.
 */
export function HandoverPanel({ holderId, onDone }: { holderId: number; onDone(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const [count, setCount] = useState<CountText>({});
  const [staff, setStaff] = useState<StaffRef[]>([]);
  const [to, setTo] = useState<number | null>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const pinField = useRef<InputRef>(null);
  const toField = useRef<RefSelectProps>(null);

  useEffect(() => {
    void api.call('auth.staff', {}).then((result) => {
      if (result.ok) setStaff(result.value.filter((member) => member.id !== holderId));
    });
  }, [api, holderId]);

  const submit = async (): Promise<void> => {
    if (to === null) return;
    const result = await api.call('shifts.handover', {
      counts: countsOf(count),
      toStaffId: to,
      toPin: pin,
      note: null,
    });
    setPin('');
    if (!result.ok) return setError(result.error);
    void message.success(t('shift.handover.done', { name: result.value.shift.holder.name }));
    onDone();
  };
  useHotkeys({ F9: () => void submit() });

  return (
    <div className="panel shift-panel">
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <DenominationGrid value={count} onChange={setCount} then={toField} />
      <Select
        aria-label={t('shift.handover.to')}
        placeholder={t('shift.handover.to')}
        ref={toField}
        showSearch
        optionFilterProp="label"
        value={to}
        onChange={(id) => {
          setTo(id);
          pinField.current?.focus();
        }}
        options={staff.map((member) => ({ value: member.id, label: member.name }))}
      />
      <Input.Password
        ref={pinField}
        inputMode="numeric"
        autoComplete="off"
        aria-label={t('shift.handover.pin')}
        placeholder={t('shift.handover.pin')}
        value={pin}
        onChange={(event) => setPin(event.target.value.replace(/\D/g, ''))}
        onPressEnter={() => void submit()}
      />
      <Button type="primary" size="large" disabled={to === null} onClick={() => void submit()}>
        {t('shift.handover.submit')} <Kbd>F9</Kbd>
      </Button>
    </div>
  );
}
