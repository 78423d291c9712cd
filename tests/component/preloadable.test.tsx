import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadable } from '../../src/app/preloadable';

function Page({ name }: { name: string }) {
  return <h1>{name}</h1>;
}

describe('a preloadable component', () => {
  it('waits for its code the first time it renders unloaded', async () => {
    const { Component } = preloadable(() => Promise.resolve(Page));
    render(
      <Suspense fallback={<p>加载中</p>}>
        <Component name="党建引领基层治理" />
      </Suspense>,
    );
    expect(screen.getByText('加载中')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '党建引领基层治理' })).toBeInTheDocument();
  });

  it('renders at once, without waiting, once its code has been preloaded', async () => {
    const { Component, preload } = preloadable(() => Promise.resolve(Page));
    await preload();
    render(
      <Suspense fallback={<p>加载中</p>}>
        <Component name="服务群众" />
      </Suspense>,
    );
    expect(screen.getByRole('heading', { name: '服务群众' })).toBeInTheDocument();
    expect(screen.queryByText('加载中')).not.toBeInTheDocument();
  });
});
