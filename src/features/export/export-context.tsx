import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ExportFormat, ExportScale } from './types';

/** One chart's export, as the page-wide "export all" runs it. */
export interface ExportJob {
  fileName: (format: ExportFormat) => string;
  run: (format: ExportFormat, scale: ExportScale) => Promise<Blob>;
  node: () => HTMLElement | null;
}

interface ExportContextValue {
  scale: ExportScale;
  setScale: (scale: ExportScale) => void;
  register: (id: string, job: ExportJob) => () => void;
  jobs: () => ExportJob[];
}

function byPageOrder(a: ExportJob, b: ExportJob): number {
  const [first, second] = [a.node(), b.node()];
  if (!first || !second) return 0;
  return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

const ExportContext = createContext<ExportContextValue | null>(null);

/** Holds a page's PNG scale and the charts on it, so one action can export them all. */
export function ExportProvider({ children }: { children: ReactNode }) {
  const [scale, setScale] = useState<ExportScale>(2);
  const registry = useRef(new Map<string, ExportJob>());
  const register = useCallback((id: string, job: ExportJob) => {
    registry.current.set(id, job);
    return () => {
      registry.current.delete(id);
    };
  }, []);
  const jobs = useCallback(() => [...registry.current.values()].sort(byPageOrder), []);
  const value = useMemo(() => ({ scale, setScale, register, jobs }), [scale, register, jobs]);
  return <ExportContext.Provider value={value}>{children}</ExportContext.Provider>;
}

export function useExportContext(): ExportContextValue {
  const context = useContext(ExportContext);
  if (!context) throw new Error('Export controls must be inside <ExportProvider>');
  return context;
}
