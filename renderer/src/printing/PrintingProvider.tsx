import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Printer, PrintJob, PrintRoute } from '../../../shared/contract/printing';
import { useApi } from '../api/context';
import { useHotkeys } from '../components/useHotkeys';
import { PrintingContext, type PrintingState } from './context';
import { PrinterBanner } from './PrinterBanner';
import { PrintJobsDrawer } from './PrintJobsDrawer';
import './printing.css';

/**
 * The printers and the print queue as the signed-in shell shows them: loaded once, then again on every
 * printing event (a printer's status, a job's change, a job waiting too long). Renders the failing-printer banner above its
 * children and the jobs list (Ctrl+P) over them.
 */
export function PrintingProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [printers, setPrinters] = useState<Printer[]>([]);
  const [routes, setRoutes] = useState<PrintRoute[]>([]);
  const [jobs, setJobs] = useState<PrintJob[]>([]);
  const [jobsOpen, setJobsOpen] = useState(false);
  const loading = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  const reload = useCallback((): void => {
    // one load at a time; events arriving meanwhile ask for one more afterwards
    again.current = true;
    if (loading.current) return;
    loading.current = (async () => {
      while (again.current) {
        again.current = false;
        const [list, queue] = await Promise.all([
          api.call('printing.printers', {}),
          api.call('printing.jobs', { states: ['pending', 'printing', 'failed'], limit: 100 }),
        ]);
        if (list.ok) {
          setPrinters(list.value.printers);
          setRoutes(list.value.routes);
        }
        if (queue.ok) setJobs(queue.value);
      }
    })().finally(() => {
      loading.current = null;
    });
  }, [api]);

  useEffect(() => {
    reload();
    return api.onEvent((event) => {
      if (event.type.startsWith('printing.')) reload();
    });
  }, [api, reload]);

  const openJobs = useCallback(() => setJobsOpen(true), []);
  useHotkeys({ 'Ctrl+P': openJobs });

  const state = useMemo<PrintingState>(
    () => ({ printers, routes, jobs, reload, openJobs }),
    [printers, routes, jobs, reload, openJobs],
  );
  return (
    <PrintingContext value={state}>
      <PrinterBanner />
      {children}
      <PrintJobsDrawer open={jobsOpen} onClose={() => setJobsOpen(false)} />
    </PrintingContext>
  );
}
