import { useCallback, useEffect, useState } from 'react';
import type { Envelope, ErrorBody } from '../../../shared/contract';
import type { ApiClient } from './client';

export interface Loaded<T> {
  value: T | null;
  error: ErrorBody | null;
  reload(): Promise<void>;
}

type Result<T> = Pick<Loaded<T>, 'value' | 'error'>;

function toResult<T>(envelope: Envelope<T>): Result<T> {
  return envelope.ok ? { value: envelope.value, error: null } : { value: null, error: envelope.error };
}

/**
 * Loads once on mounting and again on `reload()`. `load` should be a module-level function so it stays
 * the same between renders; an answer arriving after unmounting is dropped.
 */
export function useLoad<T>(api: ApiClient, load: (api: ApiClient) => Promise<Envelope<T>>): Loaded<T> {
  const [result, setResult] = useState<Result<T>>({ value: null, error: null });

  useEffect(() => {
    let live = true;
    void load(api).then((envelope) => {
      if (live) setResult(toResult(envelope));
    });
    return () => {
      live = false;
    };
  }, [api, load]);

  const reload = useCallback(async () => {
    setResult(toResult(await load(api)));
  }, [api, load]);

  return { ...result, reload };
}
