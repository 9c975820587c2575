import { useEffect, useEffectEvent, type ReactNode } from 'react';
import { Button } from 'antd';
import { PIN_MAX_LENGTH, PIN_MIN_LENGTH } from '../../../shared/domain/pin';
import { useI18n } from '../i18n/context';
import { hasModifier, isButton, isTextEntry } from './keyboard';
import { PinDots } from './PinDots';
import './pin-entry.css';

interface PinEntryProps {
  pin: string;
  onPinChange(pin: string): void;
  onSubmit(pin: string): void;
  /** Escape on an empty PIN: back to the list of names, or cancel. */
  onBack?(): void;
  busy: boolean;
  error?: ReactNode;
  compact?: boolean;
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * Dots, an on-screen keypad and the keyboard: digits type, Backspace deletes, Escape clears (then goes
 * back), Enter submits. Keys are caught on the window before anything focused sees them, so a
 * keyboard-only user never has to find a field.
 */
export function PinEntry({ pin, onPinChange, onSubmit, onBack, busy, error, compact }: PinEntryProps) {
  const { t } = useI18n();
  const complete = pin.length >= PIN_MIN_LENGTH;

  const type = (digit: string): void => {
    if (!busy && pin.length < PIN_MAX_LENGTH) onPinChange(pin + digit);
  };
  const submit = (): void => {
    if (!busy && complete) onSubmit(pin);
  };

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (hasModifier(event) || isTextEntry(event.target)) return;
    if (/^\d$/.test(event.key)) type(event.key);
    else if (event.key === 'Backspace') onPinChange(pin.slice(0, -1));
    else if (event.key === 'Escape') {
      if (pin) onPinChange('');
      else onBack?.();
    } else if (event.key === 'Enter' && !isButton(event.target)) submit();
    else return;
    event.preventDefault();
    event.stopPropagation();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent): void => onKey(event);
    window.addEventListener('keydown', listener, { capture: true });
    return () => window.removeEventListener('keydown', listener, { capture: true });
  }, []);

  return (
    // data-pin-pad: the scanner's listener takes a burst as short as a PIN for typing while this shows
    <div className={compact ? 'pin-entry pin-entry-compact' : 'pin-entry'} data-pin-pad>
      <PinDots length={pin.length} error={Boolean(error)} />
      <div className="pin-error" role="alert">
        {error}
      </div>
      <div className="pin-keypad">
        {KEYS.map((digit) => (
          <PinKey key={digit} label={digit} disabled={busy} onPress={() => type(digit)} />
        ))}
        <PinKey label={t('pin.clear')} muted disabled={busy} onPress={() => onPinChange('')} />
        <PinKey label="0" disabled={busy} onPress={() => type('0')} />
        <PinKey
          label="⌫"
          ariaLabel={t('pin.delete')}
          muted
          disabled={busy}
          onPress={() => onPinChange(pin.slice(0, -1))}
        />
      </div>
      <Button
        type="primary"
        size="large"
        block
        className="pin-submit"
        loading={busy}
        disabled={!complete}
        onClick={submit}
      >
        {t('pin.submit')}
      </Button>
    </div>
  );
}

interface PinKeyProps {
  label: string;
  ariaLabel?: string;
  muted?: boolean;
  disabled: boolean;
  onPress(): void;
}

/** A keypad key that never takes the focus, so the keyboard keeps working after a tap. */
function PinKey({ label, ariaLabel, muted, disabled, onPress }: PinKeyProps) {
  return (
    <button
      type="button"
      className={muted ? 'pin-key pin-key-muted' : 'pin-key'}
      tabIndex={-1}
      aria-label={ariaLabel ?? label}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      {label}
    </button>
  );
}
