import { Alert, Button } from 'antd';
import { formatErrorMessage } from '../../../../shared/contract';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';

/**
 * No shift is open at this till: a sale cannot be paid for until someone opens one (counting the float).
 * The cart can still be rung up; `onShifts` leads to the shift screen where there is one.
 */
export function ShiftNotice({ onShifts, onCheck }: { onShifts: (() => void) | null; onCheck(): void }) {
  const { t, language } = useI18n();
  useHotkeys({ 'Ctrl+O': () => (onShifts ?? onCheck)() });
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="shift-not-open"
      title={formatErrorMessage('SHIFT_NOT_OPEN', language)}
      action={
        onShifts ? (
          <Button onClick={onShifts}>
            {t('sale.shift.open')} <Kbd>Ctrl+O</Kbd>
          </Button>
        ) : (
          <Button onClick={onCheck}>
            {t('sale.shift.check')} <Kbd>Ctrl+O</Kbd>
          </Button>
        )
      }
    />
  );
}
