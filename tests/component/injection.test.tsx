import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { areaDetailResponse, areasResponse } from '../../mocks/handlers/areas';
import { server } from '../../mocks/node';
import { exportChart } from '../../src/features/export/export-chart';
import { renderRoute } from '../test-utils';

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  'javascript:window.__xss=2',
  '</script><script>window.__xss=3</script>',
  '<svg onload="window.__xss=4"></svg>',
];

declare global {
  interface Window {
    __xss?: number;
  }
}

/** Replaces every text the API sends (not ids, numbers or enums) with a payload, cycling through them. */
function poison<T>(value: T, counter = { next: 0 }, key = ''): T {
  const TEXT_KEYS = new Set(['zh', 'en', 'quote']);
  if (typeof value === 'string') {
    return (TEXT_KEYS.has(key) ? `${PAYLOADS[counter.next++ % PAYLOADS.length]}` : value) as T;
  }
  if (Array.isArray(value)) return value.map((item) => poison(item, counter, key)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, counter, k)])) as T;
  }
  return value;
}

function expectNothingExecuted() {
  expect(window.__xss).toBeUndefined();
  expect(document.querySelectorAll('img, script, iframe, object, embed')).toHaveLength(0);
  expect(document.querySelectorAll('[onerror], [onload]')).toHaveLength(0);
  for (const link of document.querySelectorAll('a')) expect(link.getAttribute('href')).not.toMatch(/^javascript:/i);
}

afterEach(() => {
  delete window.__xss;
});

describe('text from the API is text', () => {
  it.each(['new-sectors', 'governance', 'service'] as const)('on /%s: every field shows the payload as typed', async (id) => {
    server.use(http.get(`*/api/areas/${id}`, () => HttpResponse.json(poison(areaDetailResponse(id)))));
    const { user } = renderRoute(`/${id}`);
    const figures = within(await screen.findByRole('region', { name: '数据一览' }));
    for (const payload of PAYLOADS) expect(screen.getAllByText(payload, { exact: true }).length).toBeGreaterThan(0);

    for (const toggle of figures.getAllByRole('button', { name: /^查看原文出处：/ })) await user.click(toggle);
    expectNothingExecuted();
  });

  it('on the overview, including the area names in links', async () => {
    server.use(http.get('*/api/areas', () => HttpResponse.json(poison(areasResponse()))));
    renderRoute('/');
    await screen.findByRole('figure', { name: /前后对比变化幅度/ });
    for (const payload of PAYLOADS) expect(screen.getAllByText(payload, { exact: true }).length).toBeGreaterThan(0);
    expectNothingExecuted();
  });

  it('in an exported SVG', async () => {
    server.use(http.get('*/api/areas/governance', () => HttpResponse.json(poison(areaDetailResponse('governance')))));
    renderRoute('/governance');
    const [figure] = await screen.findAllByRole('figure');
    const plot = await waitFor(() => {
      // A chart draws over a few renders: its bars come after its frame.
      const drawn = figure?.querySelector('.recharts-wrapper > svg .recharts-rectangle')?.closest('.recharts-wrapper')?.parentElement;
      if (!drawn) throw new Error('no chart drawn yet');
      return drawn;
    });
    const caption = { title: PAYLOADS[0] ?? '', unit: PAYLOADS[1] ?? '', source: PAYLOADS[2] ?? '', date: PAYLOADS[3] ?? '' };
    const blob = await exportChart(plot, { format: 'svg', caption, legend: [{ label: PAYLOADS[3] ?? '', color: '#000' }] });
    const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('script, img, foreignObject, [onload], [onerror]')).toHaveLength(0);
    const texts = [...doc.querySelectorAll('text')].map((node) => node.textContent);
    for (const payload of PAYLOADS) expect(texts).toContain(payload);
  });
});
