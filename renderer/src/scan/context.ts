import { createContext, useContext, useEffect, useEffectEvent } from 'react';
import type { ScanHandler, ScanRegistry } from './registry';

export const ScanContext = createContext<ScanRegistry | null>(null);

/**
 * Sends scans to `handler` while the calling screen or dialog is mounted. The one mounted last takes
 * them: a dialog opened over a screen gets the scans until it closes.
 */
export function useScanHandler(handler: ScanHandler): void {
  const registry = useContext(ScanContext);
  if (!registry) throw new Error('useScanHandler outside <ScanProvider>');
  const onScan = useEffectEvent(handler);
  useEffect(() => registry.register((scan) => onScan(scan)), [registry]);
}
