import { describe, expect, it } from 'vitest';
import { loadCatalog, loadedCatalog } from '../../src/i18n/catalogs';
import { ZH } from '../../src/i18n/messages';

describe('the words of each language', () => {
  it('are there at once in Chinese; English loads the first time it is wanted', async () => {
    expect(loadedCatalog('zh')).toBe(ZH);
    expect(loadedCatalog('en')).toBeUndefined();
    const english = await loadCatalog('en');
    expect(english.messages.overviewTitle).toBe('2024 at a glance');
    expect(loadedCatalog('en')).toBe(english);
  });

  it('say the same things in both languages: every message and error has its English', async () => {
    const english = await loadCatalog('en');
    expect(Object.keys(english.messages).sort()).toEqual(Object.keys(ZH.messages).sort());
    expect(Object.keys(english.errors).sort()).toEqual(Object.keys(ZH.errors).sort());
  });
});
