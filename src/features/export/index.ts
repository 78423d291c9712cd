export { ChartExport, type ChartExportProps, type ExportLegendToken } from './chart-export';
export { ExportProvider } from './export-context';
export { ExportToolbar } from './export-toolbar';
export type { ExportCaption, ExportTable } from './types';
