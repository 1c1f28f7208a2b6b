/** `npm run build` from a test: the real build script, into a folder of the test's choosing. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The environment of the test process without what vitest adds to it for `import.meta.env`
 * (BASE_URL=/, MODE=test, DEV=1, NODE_ENV=test…): inherited by a build, BASE_URL=/ would override the
 * base that astro.config.mjs derives from BASE_PATH, and the site would be built for the root.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const injected = (key: string, value: string | undefined) =>
    ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST'].includes(key) ||
    key.startsWith('VITEST') ||
    (key === 'NODE_ENV' && value === 'test');
  const env = Object.fromEntries(Object.entries(process.env).filter(([key, value]) => !injected(key, value)));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** Runs `node scripts/build.ts --out <out>`; throws with the build's output when it fails. Returns its duration in ms. */
export function buildSite(out: string, env: Record<string, string> = {}): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts'), '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: buildEnv(env),
  });
  if (run.status !== 0) throw new Error(`La construction du site a échoué (${JSON.stringify(env)}) :\n${run.stdout}\n${run.stderr}`);
  return Math.round(performance.now() - started);
}
