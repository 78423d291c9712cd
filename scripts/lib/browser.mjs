// Shared helpers for scripts that drive the built app in a real browser (benchmarks, audits).
// Plain ESM with JSDoc types: Node 20 runs it as is, no TypeScript runner needed.

import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The project root (the folder holding package.json). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Debian's Chromium: Playwright cannot download its own browsers on these machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The flags that keep headless Chromium quiet and offline (see shared/TOOLCHAIN.md). */
export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/**
 * Launches Playwright's Chromium driver on the system Chromium.
 * @param {import('@playwright/test').LaunchOptions} [options] merged over the defaults; `args` are appended.
 * @returns {Promise<import('@playwright/test').Browser>}
 */
export async function launchChromium(options = {}) {
  const { chromium } = await import('@playwright/test');
  const { args = [], ...rest } = options;
  return chromium.launch({ executablePath: CHROMIUM_PATH, ...rest, args: [...CHROMIUM_ARGS, ...args] });
}

/**
 * Runs a command to completion with its output passed through; rejects on a non-zero exit.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<void>}
 */
export function run(command, args, { cwd = ROOT, env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/**
 * True when nothing answers on host:port and this process could listen there.
 * Checks both ways: a listener on another address of the same port (0.0.0.0, ::1) is caught by the
 * connect probe, one that would clash with our bind by the listen probe.
 * @param {number} port
 * @param {string} [host]
 * @returns {Promise<boolean>}
 */
export async function isPortFree(port, host = '127.0.0.1') {
  const canListen = await new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
  if (!canListen) return false;
  for (const probeHost of new Set([host, '127.0.0.1', '::1'])) {
    const answered = await new Promise((resolve) => {
      const socket = connect({ port, host: probeHost });
      socket.setTimeout(500);
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('timeout', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(false));
    });
    if (answered) return false;
  }
  return true;
}

/**
 * A port that is free right now: asks the OS for one, then double-checks it with isPortFree.
 * @param {string} [host]
 * @returns {Promise<number>}
 */
export async function findFreePort(host = '127.0.0.1') {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const port = await new Promise((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen({ port: 0, host, exclusive: true }, () => {
        const address = server.address();
        const found = typeof address === 'object' && address ? address.port : 0;
        server.close(() => resolve(found));
      });
    });
    if (port && (await isPortFree(port, host))) return port;
  }
  throw new Error('Could not find a free port');
}

/**
 * @typedef {object} PreviewServer
 * @property {string} url   Base URL without a trailing slash, e.g. http://127.0.0.1:41234
 * @property {number} port
 * @property {() => Promise<void>} stop  Stops the server and waits for it to exit; safe to call twice.
 */

/**
 * Serves the production build (dist/) with `vite preview --strictPort` on a port checked to be free,
 * so a stale server left on a port is never silently reused. Resolves once this server answers.
 * Call `stop()` when done, also on error (e.g. in `finally`); the server is also stopped if this
 * process exits.
 * @param {{ port?: number, host?: string, cwd?: string, outDir?: string, timeoutMs?: number, log?: (line: string) => void }} [options]
 *   port: a fixed port (the call fails if it is in use); default: a free one.
 *   outDir: the build to serve (vite preview --outDir); default: the project's dist/.
 * @returns {Promise<PreviewServer>}
 */
export async function startPreview({ port, host = '127.0.0.1', cwd = ROOT, outDir, timeoutMs = 30_000, log } = {}) {
  const chosen = port ?? (await findFreePort(host));
  if (!(await isPortFree(chosen, host))) {
    throw new Error(`Port ${chosen} is already in use: stop whatever serves there (a stale preview?) or pick another port`);
  }
  const viteBin = path.join(cwd, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [viteBin, 'preview', '--host', host, '--port', String(chosen), '--strictPort'];
  if (outDir) args.push('--outDir', outDir);
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (/** @type {Buffer} */ chunk) => {
    const text = chunk.toString();
    output += text;
    if (log) for (const line of text.split('\n')) if (line.trim()) log(line);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  /** @type {Promise<void>} */
  const exited = new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  // Do not leave the server behind when this process ends early: on exit, or on Ctrl+C / kill.
  const killOnExit = () => child.kill('SIGKILL');
  /** @param {NodeJS.Signals} signal */
  const onSignal = (signal) => {
    child.kill('SIGKILL');
    removeHooks();
    process.kill(process.pid, signal);
  };
  const removeHooks = () => {
    process.removeListener('exit', killOnExit);
    for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) process.removeListener(signal, onSignal);
  };
  process.once('exit', killOnExit);
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) process.once(signal, onSignal);

  let stopped = false;
  const stop = async () => {
    if (stopped) return exited;
    stopped = true;
    removeHooks();
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
  };

  const url = `http://${host.includes(':') ? `[${host}]` : host}:${chosen}`;
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`vite preview exited before serving:\n${output.trim()}`);
      }
      // Only trust the port once *our* child says it serves there (its banner names the port).
      if (output.includes(`:${chosen}`)) {
        try {
          const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(2_000) });
          if (response.ok) break;
        } catch {
          // not answering yet
        }
      }
      if (Date.now() > deadline) throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms:\n${output.trim()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port: chosen, stop };
}
