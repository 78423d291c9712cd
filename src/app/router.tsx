import { createBrowserRouter, type RouteObject } from 'react-router';
import { AreaPage } from '../areas/area-page';
import { OverviewPage } from '../areas/overview-page';
import { WORK_AREAS } from '../config/work-areas';
import { AppLayout } from './layout';
import { NotFoundPage } from './not-found';
import { RouteError } from './route-error';
import { I18nProvider } from '../i18n/i18n';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: (
      <I18nProvider>
        <AppLayout />
      </I18nProvider>
    ),
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <OverviewPage /> },
          ...WORK_AREAS.map((area) => ({ path: area.path.slice(1), element: <AreaPage areaId={area.id} /> })),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter(basename: string) {
  return createBrowserRouter(routes, { basename });
}
