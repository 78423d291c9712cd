import { describe, expect, it } from 'vitest';
import indexHtml from '../../index.html?raw';
import { ZH } from '../../src/i18n/messages';

/** index.html's static shell paints before any script; React then draws the same words in its place. */
const shell = new DOMParser().parseFromString(indexHtml, 'text/html');
const text = (selector: string) => shell.querySelector(selector)?.textContent?.trim();

describe('the static shell', () => {
  it('says what the app says, so nothing changes when the app takes over', () => {
    expect(text('.app-title')).toBe(ZH.messages.appTitle);
    expect(text('.app-subtitle')).toBe(ZH.messages.appSubtitle);
    expect(text('.report-lead')).toBe(ZH.messages.reportLead);
    expect(text('nav li:first-child a')).toBe(ZH.messages.navOverview);
  });
});
