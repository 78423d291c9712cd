import type { AreaDetailResponse } from '../../src/api/schemas';

/** One work area's figures as the mock API stores them; `headline` names the metrics the overview shows. */
export type AreaData = Omit<AreaDetailResponse, 'report'> & { headline: string[] };
