/**
 * Where the data comes from. By default the built-in mock API (MSW) answers at `/api` in the
 * browser. Set VITE_MOCK_API=off and VITE_API_BASE_URL=https://… to use a real server instead.
 */
const base = import.meta.env.VITE_API_BASE_URL;

export const env = {
  apiBaseUrl: typeof base === 'string' && base !== '' ? base.replace(/\/$/, '') : '/api',
  mockApi: import.meta.env.VITE_MOCK_API !== 'off',
  basePath: import.meta.env.BASE_URL,
} as const;
