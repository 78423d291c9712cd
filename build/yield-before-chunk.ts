import type { Plugin } from 'vite';

/**
 * Starts the named chunk with a top-level await of a timer. Its imports are evaluated before it (in
 * the task that loaded them); its own code runs in a later task. Given `after`, the chunk must import
 * the chunk of that name: a library update that moved files would otherwise quietly put both halves
 * back in one chunk (build/recharts-chunks.ts). Listed before compileHints in vite.config.ts, which
 * then puts its hint above this line: the hint must be the file's first line.
 */
export function yieldBeforeChunk(name: string, after?: string): Plugin {
  return {
    name: `yield-before-${name}`,
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunk = Object.values(bundle).find((file) => file.type === 'chunk' && file.name === name);
        if (!chunk || chunk.type !== 'chunk') throw new Error(`No chunk named ${name} to yield before`);
        const imported = chunk.imports.map((file) => bundle[file]?.name);
        if (after !== undefined && !imported.includes(after)) {
          throw new Error(`Chunk ${name} no longer imports ${after}: see build/yield-before-chunk.ts`);
        }
        chunk.code = `await new Promise((resolve) => setTimeout(resolve));\n${chunk.code}`;
      },
    },
  };
}
