import { useI18n } from '../i18n/context';

/**
 * The PIN as dots, one for each digit typed and none waiting: a row of empty slots would tell anyone looking
 * on how long the PIN is, and would show six for a four-digit PIN.
 */
export function PinDots({ length, error }: { length: number; error: boolean }) {
  const { t } = useI18n();
  return (
    <div
      className={error ? 'pin-dots pin-dots-error' : 'pin-dots'}
      role="status"
      aria-label={t('pin.entered', { count: length })}
      data-testid="pin-dots"
      data-length={length}
    >
      {Array.from({ length }, (_, index) => (
        <span key={index} className="pin-dot" />
      ))}
    </div>
  );
}
