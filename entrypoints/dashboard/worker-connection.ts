import { useCallback, useEffect, useState } from 'preact/hooks';
import type { FromDashboardWorker, ToDashboardWorker } from './worker';

export interface DashboardWorker {
  /** the worker has opened the log (an upgrade, or making the summary tables, done): the page may read it */
  ready: boolean;
  /** the summary tables being made on a first open: term `done + 1` of `of` */
  building?: { done: number; of: number };
  /** the latest 檢核問題 figures answered */
  answer?: Extract<FromDashboardWorker, { type: 'problems' }>;
  /** why the worker failed (its own words), once it has; the figures it answers may then be missing or incomplete */
  failure?: string;
  ask(message: ToDashboardWorker): void;
}

/**
 * Starts the dashboard's worker and listens to it from the same task: a worker's messages are not kept for a
 * listener set later (an effect runs only after the page is painted), so a 'ready' that came first was lost and
 * the page waited for it for ever. A failure — said by the worker, or an error it did not catch — is kept for the
 * page to show; the page then reads the log itself (ready), and only the worker's figures wait.
 */
export function useDashboardWorker(start: () => Worker): DashboardWorker {
  const [worker, setWorker] = useState<Worker>();
  const [ready, setReady] = useState(false);
  const [building, setBuilding] = useState<{ done: number; of: number }>();
  const [answer, setAnswer] = useState<Extract<FromDashboardWorker, { type: 'problems' }>>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    const fail = (message: string) => {
      console.error('lp-checker dashboard worker:', message);
      setFailure(message);
      setReady(true);
    };
    const started = start();
    started.onmessage = (event: MessageEvent<FromDashboardWorker>) => {
      const message = event.data;
      if (message.type === 'ready') setReady(true);
      else if (message.type === 'building') setBuilding(message);
      else if (message.type === 'problems') setAnswer(message);
      else fail(message.message);
    };
    started.onerror = (event: ErrorEvent) => fail(event.message || 'error');
    setWorker(started);
    return () => started.terminate();
  }, []);
  const ask = useCallback((message: ToDashboardWorker) => worker?.postMessage(message), [worker]);
  return { ready, building, answer, failure, ask };
}
