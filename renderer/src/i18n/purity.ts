import { useCallback } from 'react';
import { PURITIES, type Purity } from '../../../shared/domain/purity';
import { useI18n } from './context';

/** 成色 as the counter says it (千足金 Au999); in English the metal and the fineness mark. */
export function usePurityLabel(): (purity: Purity) => string {
  const { language, t } = useI18n();
  return useCallback(
    (purity: Purity) =>
      language === 'zh-CN' ? PURITIES[purity].zh : `${t(`metal.${PURITIES[purity].metal}`)} ${purity}`,
    [language, t],
  );
}
