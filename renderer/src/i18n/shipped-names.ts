import { translate, isMessageKey } from './catalog';
import { useI18n } from './context';

/**
 * Names the store's data starts with (the repair services, the member tiers) are stored in Chinese and the
 * store may rename them. While one is still the shipped Chinese name, it is shown in the screen's language;
 * a name the store wrote is shown as written.
 */
export function useShippedName(): (key: string, stored: string) => string {
  const { t } = useI18n();
  return (key, stored) => (isMessageKey(key) && translate('zh-CN', key) === stored ? t(key) : stored);
}
