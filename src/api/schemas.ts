import * as z from 'zod/mini';
import { AREA_IDS } from '../config/work-areas';

/** The API contract. The client parses every response with these; the mock handlers are typed by them. */

export const TextSchema = z.object({ zh: z.string(), en: z.string() });

export const AreaIdSchema = z.enum(AREA_IDS);

export const SourceSchema = z.object({
  /** The report's sentence, verbatim. */
  quote: z.string(),
  /** Where the report's text is wrong and the dashboard shows it corrected. */
  correction: z.optional(TextSchema),
});

export const MetricKindSchema = z.enum(['pair', 'derived', 'count']);

export const MetricSchema = z.object({
  id: z.string(),
  area: AreaIdSchema,
  label: TextSchema,
  unit: TextSchema,
  kind: MetricKindSchema,
  /** Only where the report gives the before value, implies it (derived), or it is zero by definition (new). */
  before: z.nullable(z.number()),
  after: z.number(),
  /** "4000余名": the report gives a lower bound, shown as 4,000+. */
  lowerBound: z.boolean(),
  /** The report writes the figure in 万 (80万余, 7万), so Chinese shows it so; absent, it writes digits (300000). */
  writtenInWan: z.optional(z.boolean()),
  /** The figure counts what was set up in 2024: the before value is zero by definition. */
  isNew: z.boolean(),
  /** How a derived before value follows from the report. */
  note: z.optional(TextSchema),
  source: SourceSchema,
});

export const DirectionSchema = z.object({
  id: z.string(),
  area: AreaIdSchema,
  label: TextSchema,
  direction: z.enum(['down', 'up']),
  source: SourceSchema,
});

export const MilestoneSchema = z.object({
  id: z.string(),
  area: AreaIdSchema,
  /**
   * ISO date, as precise as the report: 2024-11-02, 2024-12 or 2024; null where it gives none (its
   * review runs "自组建以来", from 27 June 2024 to the report's date), and dateLabel says so.
   */
  date: z.nullable(z.string()),
  dateLabel: TextSchema,
  title: TextSchema,
  source: SourceSchema,
});

export const ChartSchema = z.object({
  id: z.string(),
  title: TextSchema,
  /** The unit of every metric in the chart: bars on one axis are compared by length. */
  unit: TextSchema,
  type: z.enum(['before-after', 'counts']),
  metricIds: z.array(z.string()),
});

export const ReportSchema = z.object({
  title: TextSchema,
  publisher: TextSchema,
  /** The date of the report, ISO. */
  published: z.string(),
  /** The year its figures describe. */
  dataYear: z.number(),
});

export const AreaInfoSchema = z.object({
  id: AreaIdSchema,
  name: TextSchema,
  summary: TextSchema,
});

export const AreaSummarySchema = z.extend(AreaInfoSchema, {
  headline: z.array(MetricSchema),
});

export const AreasResponseSchema = z.object({
  report: ReportSchema,
  areas: z.array(AreaSummarySchema),
});

export const AreaDetailResponseSchema = z.object({
  report: ReportSchema,
  area: AreaInfoSchema,
  metrics: z.array(MetricSchema),
  directions: z.array(DirectionSchema),
  milestones: z.array(MilestoneSchema),
  charts: z.array(ChartSchema),
});

export type Text = z.infer<typeof TextSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Metric = z.infer<typeof MetricSchema>;
export type Direction = z.infer<typeof DirectionSchema>;
export type Milestone = z.infer<typeof MilestoneSchema>;
export type Chart = z.infer<typeof ChartSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type AreaInfo = z.infer<typeof AreaInfoSchema>;
export type AreaSummary = z.infer<typeof AreaSummarySchema>;
export type AreasResponse = z.infer<typeof AreasResponseSchema>;
export type AreaDetailResponse = z.infer<typeof AreaDetailResponseSchema>;
