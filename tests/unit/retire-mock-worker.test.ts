import { describe, expect, it, vi } from 'vitest';
import { retireMockWorker } from '../../src/api/retire-mock-worker';

const worker = (path: string) => ({ scriptURL: `https://dashboard.example.gov.cn${path}` }) as ServiceWorker;

function registration(path: string) {
  return { active: worker(path), waiting: null, installing: null, unregister: vi.fn(async () => true) };
}

function container(registrations: ReturnType<typeof registration>[], controller: ServiceWorker | null) {
  return { getRegistrations: async () => registrations, controller } as unknown as ServiceWorkerContainer;
}

describe('with the mock API off, a mock worker left from an earlier visit', () => {
  it('is unregistered, and another worker of the site is left alone', async () => {
    const mock = registration('/mock-api-worker.js');
    const other = registration('/sw.js');
    const reload = vi.fn();
    await retireMockWorker(container([mock, other], null), reload);
    expect(mock.unregister).toHaveBeenCalled();
    expect(other.unregister).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('that still controls the page has the page reloaded without it, once', async () => {
    const mock = registration('/mock-api-worker.js');
    const reload = vi.fn();
    void retireMockWorker(container([mock], worker('/mock-api-worker.js')), reload);
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(mock.unregister).toHaveBeenCalled();
  });

  it('is not there: nothing happens', async () => {
    const reload = vi.fn();
    await expect(retireMockWorker(container([], null), reload)).resolves.toBeUndefined();
    expect(reload).not.toHaveBeenCalled();
  });
});
