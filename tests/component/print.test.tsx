import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../test-utils';

const TITLE = '小区治理骨干力量';

function print(event: 'beforeprint' | 'afterprint') {
  act(() => {
    window.dispatchEvent(new Event(event));
  });
}

describe('printing a page', () => {
  it('builds each chart’s table for the paper while the page is printed, and only then', async () => {
    renderRoute('/governance');
    const figure = within(await screen.findByRole('figure', { name: new RegExp(`^${TITLE}`) }));
    expect(figure.queryByRole('table')).toBeNull();

    print('beforeprint');
    const table = figure.getByRole('table', { name: `${TITLE} · 数据表` });
    expect(within(table).getByRole('row', { name: /小区党建工作指导员/ })).toHaveTextContent('4,000+');
    // Built outside the table's disclosure, which stays closed.
    expect(figure.getByRole('button', { name: '以表格查看' })).toHaveAttribute('aria-expanded', 'false');

    print('afterprint');
    expect(figure.queryByRole('table')).toBeNull();
  });
});
