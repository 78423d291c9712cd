import { describe, expect, it, vi } from 'vitest';
import { ensureDataService, registerDataService } from '../../src/api/data-service';

describe('the data service every request awaits', () => {
  it('is started once, however many requests wait for it', async () => {
    const start = vi.fn(() => Promise.resolve());
    registerDataService(start);
    await Promise.all([ensureDataService(), ensureDataService(), ensureDataService()]);
    await ensureDataService();
    expect(start).toHaveBeenCalledOnce();
  });

  it('is started again after a start that failed, as Retry asks', async () => {
    const start = vi.fn().mockRejectedValueOnce(new Error('service workers are blocked')).mockResolvedValue(undefined);
    registerDataService(start);
    await expect(ensureDataService()).rejects.toThrow('service workers are blocked');
    await expect(ensureDataService()).resolves.toBeUndefined();
    expect(start).toHaveBeenCalledTimes(2);
  });

  it('starts the service registered last', async () => {
    const first = vi.fn(() => Promise.resolve());
    const second = vi.fn(() => Promise.resolve());
    registerDataService(first);
    await ensureDataService();
    registerDataService(second);
    await ensureDataService();
    expect(second).toHaveBeenCalledOnce();
  });
});
