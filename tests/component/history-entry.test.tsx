import { render, screen } from '@testing-library/react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { numberHistoryEntry, ROUTER_OPTIONS } from '../../src/app/router-options';

function renderBrowserRouter() {
  render(
    <BrowserRouter {...ROUTER_OPTIONS}>
      <Routes>
        <Route path="*" element={<h1>看板</h1>} />
      </Routes>
    </BrowserRouter>,
  );
  expect(screen.getByRole('heading', { name: '看板' })).toBeInTheDocument();
}

describe('numberHistoryEntry', () => {
  beforeEach(() => window.history.replaceState(null, '', '/governance'));

  it('leaves the entry as BrowserRouter would, so the router starts without writing to history', () => {
    numberHistoryEntry();
    expect(window.history.state).toEqual({ idx: 0 });
    const replaceState = vi.spyOn(window.history, 'replaceState');
    renderBrowserRouter();
    expect(replaceState).not.toHaveBeenCalled();
  });

  it('is what BrowserRouter itself writes on a fresh entry', () => {
    const replaceState = vi.spyOn(window.history, 'replaceState');
    renderBrowserRouter();
    expect(replaceState).toHaveBeenCalledOnce();
    expect(replaceState).toHaveBeenCalledWith({ idx: 0 }, '');
  });

  it('keeps the state an entry has, and an entry numbered already', () => {
    window.history.replaceState({ usr: { from: '/' } }, '');
    numberHistoryEntry();
    expect(window.history.state).toEqual({ usr: { from: '/' }, idx: 0 });

    window.history.replaceState({ idx: 3 }, '');
    const replaceState = vi.spyOn(window.history, 'replaceState');
    numberHistoryEntry();
    expect(replaceState).not.toHaveBeenCalled();
    expect(window.history.state).toEqual({ idx: 3 });
  });
});
