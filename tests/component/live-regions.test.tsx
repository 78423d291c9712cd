import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderRoute } from '../test-utils';

// The app's own stylesheet (src/styles.css imports these parts), so what it hides is hidden here too: a
// region with display: none is out of the accessibility tree, and role queries do not find it.
const parts = import.meta.glob<string>('../../src/styles/*.css', { query: '?raw', import: 'default', eager: true });
let sheet: HTMLStyleElement;
beforeEach(() => {
  sheet = document.createElement('style');
  sheet.textContent = Object.values(parts).join('\n');
  document.head.append(sheet);
});
afterEach(() => sheet.remove());

describe('the export status', () => {
  it('is in the accessibility tree before any export, empty, so the first message is announced', async () => {
    renderRoute('/governance');
    // The chart cards come one a frame: wait for more than the first.
    const exportGroups = () => screen.getAllByRole('group', { name: /^导出图表：/ });
    await waitFor(() => expect(exportGroups().length).toBeGreaterThan(1));
    const groups = exportGroups();
    for (const group of groups) expect(within(group).getByRole('status')).toBeEmptyDOMElement();

    const toolbar = screen.getByRole('button', { name: '导出本页全部图表（ZIP）' }).parentElement;
    if (!toolbar) throw new Error('The export-all button has no toolbar');
    expect(within(toolbar).getByRole('status')).toBeEmptyDOMElement();
  });
});
