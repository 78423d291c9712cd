import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { bundleClassicScript } from './classic-script.ts';

const DISPLAY_SETTINGS = fileURLToPath(new URL('../src/apply-display-settings.ts', import.meta.url));

/**
 * The production page's Content-Security-Policy: scripts from this origin only, and the one inline
 * script by its hash; no eval; data only from this origin (or the configured API's); nothing
 * third-party.
 */
function contentSecurityPolicy(apiBaseUrl: string | undefined, inlineScript: string): string {
  const apiOrigin = apiBaseUrl?.startsWith('http') ? ` ${new URL(apiBaseUrl).origin}` : '';
  const inlineHash = createHash('sha256').update(inlineScript).digest('base64');
  return [
    "default-src 'self'",
    `script-src 'self' 'sha256-${inlineHash}'`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${apiOrigin}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * What index.html gets besides its own text: in a build, the policy as a <meta> at the top of <head>,
 * so it travels with the files (it covers only what comes after it); and the script that puts the
 * display settings on <html> (src/apply-display-settings.ts), inline, so it needs no request and runs
 * before the first paint.
 */
export function indexHtml({ apiBaseUrl }: { apiBaseUrl: string | undefined }): Plugin {
  let building = false;
  let script: Promise<string> | undefined;
  return {
    name: 'index-html',
    configResolved(config) {
      building = config.command === 'build';
    },
    configureServer(server) {
      server.watcher.on('change', () => (script = undefined));
    },
    transformIndexHtml: {
      // Before Vite adds the stylesheet's <link>: a script after it would wait for the stylesheet.
      order: 'pre',
      async handler() {
        script ??= bundleClassicScript(DISPLAY_SETTINGS, { mode: building ? 'production' : 'development', name: 'applyDisplaySettings' });
        const code = (await script).trim();
        // At the end of <head> (so far): the charset declaration stays in the file's first 1024 bytes.
        const tags: HtmlTagDescriptor[] = [{ tag: 'script', children: code, injectTo: 'head' }];
        if (building) {
          const policy = contentSecurityPolicy(apiBaseUrl, code);
          tags.unshift({ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' });
        }
        return tags;
      },
    },
  };
}
