import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { preloadPageAt } from '../../src/app/router';
import { renderRoute } from '../test-utils';

describe('the page a visit opens', () => {
  it('shows in the first render when its code was loaded for it, a trailing slash and all', async () => {
    await preloadPageAt('/governance/');
    renderRoute('/governance');
    expect(screen.getByRole('heading', { level: 1, name: /党建引领基层治理/ })).toBeVisible();
  });
});
