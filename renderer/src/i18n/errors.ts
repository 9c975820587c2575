import { useCallback } from 'react';
import { formatErrorMessage, type ErrorBody, type ErrorCode, type Language } from '../../../shared/contract';
import type { MessageKey } from './catalog';
import { useI18n, type Translate } from './context';

/** Details that are our own codes (a ticket's status …), shown by their label in the reader's language. */
const LABELLED_DETAILS: Partial<Record<ErrorCode, Record<string, (value: string) => MessageKey>>> = {
  REPAIR_ILLEGAL_STEP: {
    from: (status) => `repairs.status.${status}` as MessageKey,
    to: (status) => `repairs.status.${status}` as MessageKey,
  },
};

/** An error envelope's message in `language`, its coded details shown by their labels. */
export function errorText(error: ErrorBody, language: Language, t: Translate): string {
  const labelled = LABELLED_DETAILS[error.code];
  if (!labelled) return formatErrorMessage(error.code, language, error.details);
  const details = Object.fromEntries(
    Object.entries(error.details).map(([key, value]) => {
      const label = labelled[key];
      return [key, label && typeof value === 'string' ? t(label(value)) : value];
    }),
  );
  return formatErrorMessage(error.code, language, details);
}

/** The localised message for an error envelope; formatted at render so a language switch follows. */
export function useErrorText(): (error: ErrorBody) => string {
  const { language, t } = useI18n();
  return useCallback((error: ErrorBody) => errorText(error, language, t), [language, t]);
}
