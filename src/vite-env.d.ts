/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the real API; the built-in mock API answers at /api. */
  readonly VITE_API_BASE_URL?: string;
  /** 'off' disables the built-in mock API (MSW service worker). */
  readonly VITE_MOCK_API?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
