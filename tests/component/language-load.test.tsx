import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as CatalogsModule from '../../src/i18n/catalogs';
import { renderRoute } from '../test-utils';

// The first fetch of the English words fails, as on a dropped connection; later ones succeed.
const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/i18n/catalogs', async (importOriginal) => {
  const original = await importOriginal<typeof CatalogsModule>();
  return {
    ...original,
    loadCatalog: async (lang: 'zh' | 'en') => {
      loads.count += 1;
      if (lang === 'en' && loads.count === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return original.loadCatalog(lang);
    },
  };
});

describe('English words that fail to load', () => {
  it('leave the page wholly in Chinese, and choosing English again loads them', async () => {
    const { user } = renderRoute('/governance');
    expect(await screen.findByRole('heading', { level: 1, name: /^党建引领基层治理/ })).toBeVisible();

    await user.click(screen.getByRole('button', { name: /Switch to English/ }));
    await waitFor(() => expect(loads.count).toBe(1));
    expect(screen.getByRole('heading', { level: 1, name: /^党建引领基层治理/ })).toBeVisible();
    expect(document.documentElement.lang).toBe('zh-CN');

    await user.click(screen.getByRole('button', { name: /Switch to English/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /^Party-led grassroots governance/ })).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
  });
});
