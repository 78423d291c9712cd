/**
 * Stands in for `victory-vendor/d3-scale` in Recharts; vite.config.ts points Recharts' import here.
 *
 * Recharts picks an axis' scale by name from the whole module (`import * as d3Scales`), so the bundle
 * kept every d3 scale: the time scales with their calendars and date formats, the sequential,
 * diverging and quantile ones. That was 8 KB of the first visit's JavaScript (gzip). The dashboard's
 * axes are categories and numbers, for which Recharts chooses `band` and `linear`; Recharts' brush
 * imports `scalePoint` by name. A `scale` prop naming any other scale would fall back to `point`.
 */
export { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
