import { build, type PluginOption } from 'vite';

/**
 * Bundles one entry with everything it imports into a classic script (an IIFE, no module syntax) and
 * returns its code: for scripts that must run outside the app's module graph.
 */
export async function bundleClassicScript(
  entry: string,
  { mode, name, plugins }: { mode: 'development' | 'production'; name: string; plugins?: PluginOption[] },
): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    mode,
    plugins,
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
