import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AREAS, OVERVIEW_TITLE, zhHeading } from './areas';
import { expect, test } from './fixtures';
import { chart, expectChartsDrawn, pageWidth } from './support';

const OVERVIEW = { path: '/', heading: OVERVIEW_TITLE };
const ROUTES = [OVERVIEW, ...AREAS.map((expected) => ({ path: expected.path, heading: zhHeading(expected) }))];
const WIDTHS = [1280, 412] as const;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Each test below walks several pages or runs axe twice: more than the default 30 s on a busy 2-core runner. */
const SEVERAL_PAGES_MS = 90_000;

test.describe.configure({ timeout: SEVERAL_PAGES_MS });

type Mode = 'light' | 'dark' | 'elder';

/** The display mode as a returning user would have it: remembered in localStorage before the page loads. */
async function useMode(page: Page, mode: Mode): Promise<void> {
  await page.addInitScript((chosen) => {
    window.localStorage.setItem('haikou-dashboard.theme', chosen === 'dark' ? 'dark' : 'light');
    window.localStorage.setItem('haikou-dashboard.elder', chosen === 'elder' ? 'on' : 'off');
  }, mode);
}

async function openLoaded(page: Page, route: (typeof ROUTES)[number], mode: Mode): Promise<void> {
  await page.goto(route.path);
  await expect(page.getByRole('heading', { level: 1, name: route.heading, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '深色模式', exact: true })).toHaveAttribute('aria-pressed', String(mode === 'dark'));
  await expect(page.getByRole('button', { name: '适老模式', exact: true })).toHaveAttribute('aria-pressed', String(mode === 'elder'));
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
  await expectChartsDrawn(page);
}

async function axeViolations(page: Page): Promise<string[]> {
  // Only violations are reported back: passes and the like are not needed and cost time on a large page.
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).options({ resultTypes: ['violations'] }).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact ?? '?'}): ${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
  );
}

for (const mode of ['light', 'dark', 'elder'] as const) {
  for (const route of ROUTES) {
    test(`axe finds no WCAG 2.2 AA violations on ${route.path} in ${mode} mode, wide and narrow`, async ({ page }) => {
      await useMode(page, mode);
      await page.setViewportSize({ width: WIDTHS[0], height: 900 });
      await openLoaded(page, route, mode);
      // What opens on demand is checked too: one source sentence and one chart's table.
      const source = page.getByRole('button', { name: '查看原文出处', exact: true }).first();
      await source.click();
      await expect(source).toHaveAttribute('aria-expanded', 'true');
      const table = page.getByRole('button', { name: '以表格查看', exact: true }).first();
      await table.click();
      await expect(page.getByRole('table').first()).toBeVisible();

      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await expectChartsDrawn(page);
        expect(await axeViolations(page), `axe at ${width}px`).toEqual([]);
      }
    });
  }
}

test('the skip link is the first Tab stop and moves focus to the main content', async ({ page }) => {
  await openLoaded(page, OVERVIEW, 'light');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到主要内容', exact: true });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => {
    const main = document.querySelector('main');
    return Boolean(main && document.activeElement && document.activeElement !== main && main.contains(document.activeElement));
  });
  expect(inMain, 'the next Tab stop is inside the main content').toBe(true);
});

interface FocusStop {
  name: string;
  indicator: boolean;
  /** Contrast of the focus outline against what surrounds it (lowest of the four sides on screen). */
  contrast: number;
}

/** The focused element, whether it shows a focus indicator, and how well the outline stands out from what is behind it. */
function describeFocus(): FocusStop | null {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const name = `${element.localName} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`;
  const style = getComputedStyle(element);
  const outlineWidth = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
  const indicator = outlineWidth > 0 || style.boxShadow !== 'none';

  const parse = (color: string): [number, number, number, number] => {
    const parts = color.match(/[\d.]+/g)?.map(Number) ?? [];
    return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
  };
  const luminance = ([r, g, b]: number[]) => {
    const channel = (value = 0) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const backgroundOf = (start: Element | null): number[] => {
    for (let node = start; node; node = node.parentElement) {
      const color = parse(getComputedStyle(node).backgroundColor);
      if (color[3] > 0.5) return color;
    }
    return [255, 255, 255, 1];
  };
  if (outlineWidth === 0) return { name, indicator, contrast: Infinity };

  const box = element.getBoundingClientRect();
  const ring = parseFloat(style.outlineOffset) + outlineWidth / 2;
  const points = [
    [box.left - ring, box.top + box.height / 2],
    [box.right + ring, box.top + box.height / 2],
    [box.left + box.width / 2, box.top - ring],
    [box.left + box.width / 2, box.bottom + ring],
  ].filter(([x = -1, y = -1]) => x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight);
  const outline = luminance(parse(style.outlineColor));
  const contrasts = points.map(([x = 0, y = 0]) => {
    const behind = document.elementsFromPoint(x, y).find((other) => other !== element && !element.contains(other)) ?? null;
    const around = luminance(backgroundOf(behind));
    return (Math.max(outline, around) + 0.05) / (Math.min(outline, around) + 0.05);
  });
  return { name, indicator, contrast: contrasts.length ? Math.min(...contrasts) : Infinity };
}

for (const mode of ['light', 'dark'] as const) {
  test(`every Tab stop shows a focus indicator that stands out (${mode} mode)`, async ({ page }) => {
    await useMode(page, mode);
    const problems: string[] = [];
    for (const route of ROUTES) {
      await openLoaded(page, route, mode);
      let first = '';
      let stops = 0;
      // From the top of the page round to where focus leaves the page or comes back to the first stop.
      for (; stops < 300; stops += 1) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(describeFocus);
        if (!stop || stop.name === first) break;
        first ||= stop.name;
        if (!stop.indicator) problems.push(`${route.path}: ${stop.name} has no focus indicator`);
        else if (stop.contrast < 3) problems.push(`${route.path}: ${stop.name} focus outline contrast ${stop.contrast.toFixed(2)}:1`);
      }
      expect(stops, `Tab stops on ${route.path}`).toBeGreaterThan(10);
    }
    expect(problems).toEqual([]);
  });
}

test('elder mode: large text, and every control is at least 44 × 44 px', async ({ page }) => {
  await useMode(page, 'elder');
  const small: string[] = [];
  for (const route of ROUTES) {
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    await openLoaded(page, route, 'elder');
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await expectChartsDrawn(page);
      const rootSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect(rootSize, 'root font size in elder mode').toBeGreaterThanOrEqual(18);
      const targets = await page.evaluate(() =>
        [...document.querySelectorAll('button, a[href], input[type="checkbox"], select')].flatMap((element) => {
          const style = getComputedStyle(element);
          if (style.display === 'none' || style.visibility === 'hidden' || element.closest('[hidden]')) return [];
          // A link inside running text is exempt (WCAG 2.5.8); none is expected, but such a link may stay small.
          if (element.localName === 'a' && style.display === 'inline' && element.closest('p')) return [];
          // Clicking a checkbox's label ticks it: the label is its target.
          const target = element.localName === 'input' ? (element.closest('label') ?? element) : element;
          const box = target.getBoundingClientRect();
          const name = `${element.localName} "${(element.getAttribute('aria-label') ?? target.textContent ?? '').trim().slice(0, 40)}"`;
          return [{ name, width: box.width, height: box.height }];
        }),
      );
      expect(targets.length).toBeGreaterThan(5);
      for (const target of targets) {
        if (target.width < 44 || target.height < 44) {
          small.push(`${route.path} at ${width}px: ${target.name} is ${target.width.toFixed(1)} × ${target.height.toFixed(1)}`);
        }
      }
    }
  }
  expect(small).toEqual([]);
});

test('text at 200 % does not make the page scroll sideways at 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const route of ROUTES) {
    await openLoaded(page, route, 'light');
    const doubled = await page.evaluate(() => {
      const root = document.documentElement;
      const base = parseFloat(getComputedStyle(root).fontSize);
      root.style.fontSize = `${base * 2}px`;
      return base * 2;
    });
    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.evaluate((node) => parseFloat(getComputedStyle(node).fontSize))).toBeGreaterThanOrEqual(doubled);
    await expectChartsDrawn(page);
    const { scrollWidth, innerWidth } = await pageWidth(page);
    expect(scrollWidth, `page width on ${route.path} at 200 % text`).toBeLessThanOrEqual(innerWidth);
  }
});

test('with reduced motion nothing animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const route of ROUTES) {
    await openLoaded(page, route, 'light');
    const moving = await page.evaluate(() => ({
      animations: document.getAnimations().length,
      animated: [...document.querySelectorAll('*')]
        .filter((element) => {
          const style = getComputedStyle(element);
          const durations = `${style.transitionDuration},${style.animationDuration}`.split(',');
          return style.animationName !== 'none' || durations.some((duration) => parseFloat(duration) > 0);
        })
        .map((element) => element.localName + (element.className ? `.${String(element.className)}` : '')),
    }));
    expect(moving, `motion on ${route.path}`).toEqual({ animations: 0, animated: [] });
  }
});

test('a chart reached by keyboard shows each value in a tooltip as the arrow keys move', async ({ page }) => {
  await page.goto('/governance');
  const figure = chart(page, '村(社区)内外部挂牌总数');
  await figure.scrollIntoViewIfNeeded();
  const plot = figure.getByRole('application');
  await expect(plot).toBeVisible();
  // Each value is written beside its bar; the tooltip writes the selected row's values a second time.
  const before = figure.getByText('此前 9,472 块', { exact: true });
  await expect(before).toHaveCount(1);
  // The tooltip's code loads on this first focus; the arrow key then selects the first row.
  await plot.focus();
  await expect(plot).toBeFocused();
  await expect(async () => {
    await page.keyboard.press('ArrowRight');
    await expect(before).toHaveCount(2, { timeout: 1_000 });
  }).toPass();
  await expect(figure.getByText('2024年 4,272 块', { exact: true })).toHaveCount(2);
});
