import { areaHandlers } from './areas';

export const handlers = [...areaHandlers];
