import { afterEach, describe, expect, it, vi } from 'vitest';

const SCHEMAS = '../../src/api/schemas';

describe('loadContract', () => {
  afterEach(() => {
    vi.doUnmock(SCHEMAS);
    vi.resetModules();
  });

  it('loads the schemas by one import, however many ask', async () => {
    const { loadContract } = await import('../../src/api/queries');
    const first = loadContract();
    expect(loadContract()).toBe(first);
    expect((await first).AreaDetailResponseSchema.safeParse({}).success).toBe(false);
  });

  it('forgets a load that failed, so the next request loads them again', async () => {
    let available = false;
    vi.doMock(SCHEMAS, async (importOriginal) => {
      if (!available) throw new Error('The chunk could not be fetched');
      return importOriginal();
    });
    const { loadContract } = await import('../../src/api/queries');
    await expect(loadContract()).rejects.toThrow();
    available = true;
    const contract = await loadContract();
    expect(contract.AreasResponseSchema).toBeDefined();
  });
});
