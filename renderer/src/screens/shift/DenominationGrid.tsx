import { useRef, type KeyboardEvent, type RefObject } from 'react';
import { Input } from 'antd';
import type { DenominationCount } from '../../../../shared/contract/shifts';
import { formatYuan } from '../../../../shared/domain/money';
import { DENOMINATIONS_FEN, tillDenominations, type DenominationFen } from '../../../../shared/domain/shift';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { useI18n } from '../../i18n/context';

const loadShiftSettings = (api: ApiClient) => api.call('shifts.settings', {});

/** What is typed per denomination: digits only, kept as text so a field can be empty while counting. */
export type CountText = Partial<Record<DenominationFen, string>>;

const quantityOf = (text: string | undefined): number => (text && /^\d+$/.test(text) ? Number(text) : 0);

/** The count as the core takes it; denominations left empty count as none. */
export function countsOf(text: CountText): DenominationCount[] {
  return DENOMINATIONS_FEN.map((denominationFen) => ({
    denominationFen,
    quantity: quantityOf(text[denominationFen]),
  }));
}

export const totalOf = (text: CountText): number =>
  DENOMINATIONS_FEN.reduce((total, fen) => total + fen * quantityOf(text[fen]), 0);

/**
 * Counting the drawer by denomination (the fen coins only where the store keeps them), keyboard first: type a quantity, Enter or ↓ moves to the next
 * note or coin, ↑ back; Enter on the last one moves to `then`, the screen's next field. The first field
 * has the focus when the grid appears: counting is what the screen is for.
 */
export function DenominationGrid({
  value,
  onChange,
  then,
}: {
  value: CountText;
  onChange(next: CountText): void;
  then: RefObject<{ focus(): void } | null>;
}) {
  const { t } = useI18n();
  const settings = useLoad(useApi(), loadShiftSettings);
  const denominations = tillDenominations(settings.value?.fenCoins ?? false);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const move = (index: number, event: KeyboardEvent<HTMLInputElement>): void => {
    const step = event.key === 'ArrowUp' ? -1 : event.key === 'Enter' || event.key === 'ArrowDown' ? 1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = index + step;
    if (next >= denominations.length) then.current?.focus();
    else inputs.current[Math.max(0, next)]?.select();
  };
  return (
    <table className="denomination-grid">
      <thead>
        <tr>
          <th>{t('shift.denomination')}</th>
          <th>{t('shift.quantity')}</th>
          <th>{t('shift.subtotal')}</th>
        </tr>
      </thead>
      <tbody>
        {denominations.map((fen, index) => (
          <tr key={fen}>
            <td>{formatYuan(fen)}</td>
            <td>
              <Input
                ref={(input) => {
                  inputs.current[index] = input?.input ?? null;
                }}
                inputMode="numeric"
                autoComplete="off"
                maxLength={6}
                autoFocus={index === 0}
                aria-label={t('shift.quantity.aria', { denomination: formatYuan(fen) })}
                value={value[fen] ?? ''}
                onChange={(event) => onChange({ ...value, [fen]: event.target.value.replace(/\D/g, '') })}
                onKeyDown={(event) => move(index, event)}
              />
            </td>
            <td className="amount">{formatYuan(fen * quantityOf(value[fen]))}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={2}>{t('shift.total')}</td>
          <td className="amount" data-testid="count-total">
            {formatYuan(totalOf(value))}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
