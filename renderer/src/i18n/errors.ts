import { useCallback } from 'react';
import { formatErrorMessage, type ErrorBody } from '../../../shared/contract';
import { useI18n } from './context';

/** The localised message for an error envelope; formatted at render so a language switch follows. */
export function useErrorText(): (error: ErrorBody) => string {
  const { language } = useI18n();
  return useCallback(
    (error: ErrorBody) => formatErrorMessage(error.code, language, error.details),
    [language],
  );
}
