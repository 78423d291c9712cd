import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const STAND_INS = join(dirname(fileURLToPath(import.meta.url)), '..', 'mocks', 'stand-ins');
const standIn = (file: string) => join(STAND_INS, file);

/** Packages MSW imports by name. */
const PACKAGES: Record<string, string> = {
  'tough-cookie': standIn('tough-cookie.ts'),
  'headers-polyfill': standIn('headers-polyfill.ts'),
};

/** MSW's own bundled copies of packages (msw/lib/shims/), imported by relative path. */
const MSW_SHIMS: Record<string, string> = {
  'statuses.mjs': standIn('statuses.ts'),
  'cookie.mjs': standIn('cookie.ts'),
};

const inMsw = (importer: string | undefined) => importer !== undefined && /[\\/]node_modules[\\/]msw[\\/]/.test(importer);

/**
 * The mock API's worker carries MSW's request handling, and with it packages for what this API never
 * does: a cookie jar, cookie parsing, Set-Cookie parsing, and the status text of every HTTP code. Each
 * is replaced by a stand-in in mocks/stand-ins/ that says what MSW uses it for. Every first visit
 * downloads the worker: the stand-ins took it from 19.9 to 15.7 KB (gzip).
 *
 * The build fails if MSW stops importing one of them: an update that moved a file would otherwise
 * quietly bring the package back.
 */
export function mswStandIns(): Plugin {
  const replaced = new Set<string>();
  return {
    name: 'msw-stand-ins',
    enforce: 'pre',
    buildStart() {
      replaced.clear();
    },
    resolveId(source, importer) {
      const name = source in PACKAGES ? source : /[\\/]shims[\\/]([\w.]+)$/.exec(source)?.[1];
      const target = name && (PACKAGES[name] ?? (inMsw(importer) ? MSW_SHIMS[name] : undefined));
      if (!target) return null;
      replaced.add(name);
      return target;
    },
    buildEnd(error) {
      if (error) return;
      const unused = [...Object.keys(PACKAGES), ...Object.keys(MSW_SHIMS)].filter((name) => !replaced.has(name));
      if (unused.length > 0) this.error(`MSW no longer imports ${unused.join(', ')}: see build/msw-stand-ins.ts`);
    },
  };
}
