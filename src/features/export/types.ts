export type ExportFormat = 'png' | 'svg' | 'csv';

export const SCALES = [1, 2, 3] as const;
export type ExportScale = (typeof SCALES)[number];

/** What is drawn around the chart in an exported image, already in the user's language. */
export interface ExportCaption {
  title: string;
  /** The title in the other language, drawn smaller under it. */
  subtitle?: string;
  unit: string;
  /** The active work-area filter, where one applies. */
  filter?: string;
  source: string;
  date: string;
}

/** A drawing to export: the chart, or one of its parts, drawn one under the other under their names. */
export interface ExportPlot {
  svg: SVGSVGElement;
  /** Drawn above the part: the work area its figures belong to, say. */
  name?: string;
}

export interface LegendItem {
  label: string;
  /** A resolved CSS colour (no variables: the file must stand alone). */
  color: string;
}

/** A chart's data for CSV: a header row and rows of cells; numbers stay numbers. */
export interface ExportTable {
  header: string[];
  rows: (string | number | null)[][];
}

/** How a chart's drawing is exported as an image; its figures go to CSV on their own (exportCsv). */
export interface ExportOptions {
  format: Exclude<ExportFormat, 'csv'>;
  scale?: ExportScale;
  caption: ExportCaption;
  legend: LegendItem[];
  /** Screen colour → print colour, applied to the chart's fills and strokes. */
  palette?: Record<string, string>;
}
