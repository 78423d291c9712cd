import type { ExportFormat } from './types';

function slug(part: string): string {
  return part
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Meaningful, stable names: governance-plaques-2024.png. */
export function exportFileName(scope: string, chartId: string, year: number, format: ExportFormat | 'zip'): string {
  return `${[scope, chartId, String(year)].map(slug).filter(Boolean).join('-')}.${format}`;
}
