import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const STAND_INS = join(dirname(fileURLToPath(import.meta.url)), '..', 'mocks', 'stand-ins');
const standIn = (file: string) => join(STAND_INS, file);

/** Packages MSW imports by name. */
const PACKAGES = new Map([
  ['tough-cookie', standIn('tough-cookie.ts')],
  ['headers-polyfill', standIn('headers-polyfill.ts')],
]);

/** MSW's own bundled copies of packages (msw/lib/shims/), imported by relative path. */
const MSW_SHIMS = new Map([
  ['statuses.mjs', standIn('statuses.ts')],
  ['cookie.mjs', standIn('cookie.ts')],
]);

const inMsw = (importer: string | undefined) => importer !== undefined && /[\\/]node_modules[\\/]msw[\\/]/.test(importer);

/** What an import is replaced by, named as PACKAGES and MSW_SHIMS name it; none for any other import. */
function standInFor(source: string, importer: string | undefined): [name: string, file: string] | undefined {
  const file = PACKAGES.get(source);
  if (file) return [source, file];
  const shim = /[\\/]shims[\\/]([\w.]+)$/.exec(source)?.[1];
  const shimFile = shim === undefined || !inMsw(importer) ? undefined : MSW_SHIMS.get(shim);
  return shim && shimFile ? [shim, shimFile] : undefined;
}

/**
 * The mock API's worker carries MSW's request handling, and with it packages for what this API never
 * does: a cookie jar, cookie parsing, Set-Cookie parsing, and the status text of every HTTP code. Each
 * is replaced by a stand-in in mocks/stand-ins/ that says what MSW uses it for. Every first visit
 * downloads the worker: the stand-ins took it from 19.9 to 15.7 KB (gzip). The page's build has them
 * too, for the mock API in the page (mocks/in-page.ts, 15.6 KB), loaded where there can be no worker.
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
      const found = standInFor(source, importer);
      if (!found) return null;
      replaced.add(found[0]);
      return found[1];
    },
    buildEnd(error) {
      if (error) return;
      const unused = [...PACKAGES.keys(), ...MSW_SHIMS.keys()].filter((name) => !replaced.has(name));
      if (unused.length > 0) this.error(`MSW no longer imports ${unused.join(', ')}: see build/msw-stand-ins.ts`);
    },
  };
}
