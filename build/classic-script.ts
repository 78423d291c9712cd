import { build, type AliasOptions } from 'vite';

/**
 * Bundles one entry with everything it imports into a classic script (an IIFE, no module syntax) and
 * returns its code: for scripts that must run outside the app's module graph.
 */
export async function bundleClassicScript(
  entry: string,
  { mode, name, alias }: { mode: 'development' | 'production'; name: string; alias?: AliasOptions },
): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    mode,
    resolve: { alias },
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    build: {
      write: false,
      minify: mode === 'production',
      lib: { entry, formats: ['iife'], name, fileName: () => `${name}.js` },
    },
  });
  const output = Array.isArray(result) ? result[0] : result;
  if (!output || !('output' in output)) throw new Error(`${entry} did not build`);
  return output.output[0].code;
}
