import { useCallback, useState } from 'react';
import type { ErrorBody } from '../../../../shared/contract';
import { useApi } from '../../api/context';

/** The scale's accepted (stable) weight, asked for on demand; its refusal (unstable, no scale) as an error. */
export function useScaleWeight() {
  const api = useApi();
  const [error, setError] = useState<ErrorBody | null>(null);
  const read = useCallback(async (): Promise<number | null> => {
    const result = await api.call('devices.readWeight', {});
    setError(result.ok ? null : result.error);
    return result.ok ? result.value.weightMg : null;
  }, [api]);
  return { read, error };
}
