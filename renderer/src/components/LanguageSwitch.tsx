import { Segmented } from 'antd';
import type { Language } from '../../../shared/contract';
import { useI18n } from '../i18n/context';

const OPTIONS: { label: string; value: Language }[] = [
  { label: '中文', value: 'zh-CN' },
  { label: 'EN', value: 'en' },
];

/** Language names are written in their own language, so anyone can find theirs. */
export function LanguageSwitch({ onDark }: { onDark?: boolean }) {
  const { language, chooseLanguage, t } = useI18n();
  return (
    <Segmented<Language>
      className={onDark ? 'language-switch language-switch-on-dark' : 'language-switch'}
      aria-label={t('language.switch')}
      size="small"
      options={OPTIONS}
      value={language}
      onChange={chooseLanguage}
    />
  );
}
