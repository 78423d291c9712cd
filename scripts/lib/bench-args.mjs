// The command line every benchmark takes: --no-build, --no-write, --runs N, --port P, --help.
import { parseArgs } from 'node:util';

/**
 * @typedef {object} BenchArgs
 * @property {boolean} build     false with --no-build: measure the dist/ already there
 * @property {boolean} writeDoc  false with --no-write: print, leave docs/PERFORMANCE.md as it is
 * @property {number} runs
 * @property {number | undefined} port
 * @property {string | undefined} only  the value of --only, for a script that takes it
 */

/**
 * Parses a benchmark's arguments; prints `usage` and exits on --help, throws on anything unknown.
 * @param {string[]} argv
 * @param {{ runs: number, usage: string, only?: boolean }} spec  default run count; whether --only is taken
 * @returns {BenchArgs}
 */
export function parseBenchArgs(argv, { runs, usage, only = false }) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      'no-build': { type: 'boolean' },
      'no-write': { type: 'boolean' },
      runs: { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      ...(only ? { only: { type: 'string' } } : {}),
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const args = {
    build: !values['no-build'],
    writeDoc: !values['no-write'],
    runs: values.runs === undefined ? runs : Number(values.runs),
    port: values.port === undefined ? undefined : Number(values.port),
    only: typeof values.only === 'string' ? values.only : undefined,
  };
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs needs a positive whole number');
  if (args.port !== undefined && !(Number.isInteger(args.port) && args.port > 0 && args.port < 65536)) {
    throw new Error('--port needs a port number');
  }
  return args;
}
