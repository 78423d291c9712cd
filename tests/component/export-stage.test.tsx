import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartExport, ExportProvider } from '../../src/features/export';
import { I18nProvider } from '../../src/i18n/i18n';

const TITLE = '村(社区)内外部挂牌总数';

function Broken(): never {
  throw new Error('drawing failed');
}

/** A chart card whose export drawing fails to render. */
function Card() {
  const plotRef = useRef<HTMLDivElement>(null);
  return (
    <figure aria-label={TITLE}>
      <div ref={plotRef}>图</div>
      <ChartExport
        scope="governance"
        chartId="plaques"
        year={2024}
        title={TITLE}
        targetRef={plotRef}
        drawAt={() => <Broken />}
        caption={{ title: TITLE, unit: '单位：块', source: '来源', date: '2024' }}
        legend={[]}
        table={{ header: ['项目'], rows: [] }}
      />
    </figure>
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('an export whose drawing fails', () => {
  it('says so at once and leaves the chart card as it was', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <I18nProvider>
          <ExportProvider>
            <Card />
          </ExportProvider>
        </I18nProvider>
      </MemoryRouter>,
    );

    const started = performance.now();
    await user.click(screen.getByRole('button', { name: `下载 PNG（${TITLE}）` }));
    expect(await screen.findByText('导出失败：The chart could not be drawn for the export')).toBeVisible();
    expect(performance.now() - started, 'ms until the failure is told (the wait for a drawing is 10 s)').toBeLessThan(5000);
    expect(screen.getByRole('figure', { name: TITLE })).toHaveTextContent('图');
    expect(screen.getByRole('button', { name: `下载 PNG（${TITLE}）` })).toBeEnabled();
  });
});
