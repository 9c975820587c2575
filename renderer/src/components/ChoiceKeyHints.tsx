import { useI18n } from '../i18n/context';
import { Kbd } from './Kbd';

/** The key legend under a row of choices (arrows move, Enter chooses, Esc goes back where it can). */
export function ChoiceKeyHints({ className, back = false }: { className: string; back?: boolean }) {
  const { t } = useI18n();
  return (
    <div className={className}>
      <span>
        <Kbd>←</Kbd>
        <Kbd>→</Kbd> {t('login.keys.move')}
      </span>
      <span>
        <Kbd>Enter</Kbd> {t('login.keys.confirm')}
      </span>
      {back && (
        <span>
          <Kbd>Esc</Kbd> {t('login.keys.back')}
        </span>
      )}
    </div>
  );
}
