import type { AreaId } from '../../src/config/work-areas';
import { GOVERNANCE } from './governance';
import { NEW_SECTORS } from './new-sectors';
import { SERVICE } from './service';
import type { AreaData } from './types';

export { REPORT } from './report';

export const AREA_DATA = {
  'new-sectors': NEW_SECTORS,
  governance: GOVERNANCE,
  service: SERVICE,
} satisfies Record<AreaId, AreaData>;
