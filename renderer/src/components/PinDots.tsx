import { PIN_MAX_LENGTH } from '../../../shared/domain/pin';
import { useI18n } from '../i18n/context';

const MIN_SLOTS = 6;

/** The PIN as dots: as many as were typed, on a row that grows up to the longest PIN. */
export function PinDots({ length, error }: { length: number; error: boolean }) {
  const { t } = useI18n();
  const slots = Math.min(PIN_MAX_LENGTH, Math.max(MIN_SLOTS, length));
  return (
    <div
      className={error ? 'pin-dots pin-dots-error' : 'pin-dots'}
      role="status"
      aria-label={t('pin.entered', { count: length })}
      data-testid="pin-dots"
      data-length={length}
    >
      {Array.from({ length: slots }, (_, index) => (
        <span key={index} className={index < length ? 'pin-dot pin-dot-filled' : 'pin-dot'} />
      ))}
    </div>
  );
}
