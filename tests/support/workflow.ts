/** The project's CI files read as YAML, and their scripts run as GitHub and GitLab run them (bash -e -o pipefail). */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { parse } from 'yaml';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const WORKFLOWS = path.join(ROOT, '.github/workflows');

/** A step of a GitHub workflow job, with the keys the tests read. */
export interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  'continue-on-error'?: boolean;
}

export interface Job {
  name?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string; url?: string };
  defaults?: { run?: { shell?: string } };
  steps: Step[];
}

export interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

/** A workflow of .github/workflows: its text, its parsed form, and the steps of all its jobs in order. */
export function readWorkflow(file: string): { source: string; workflow: Workflow; steps: Step[] } {
  const source = readFileSync(path.join(WORKFLOWS, file), 'utf8');
  const workflow = parse(source) as Workflow;
  return { source, workflow, steps: Object.values(workflow.jobs).flatMap((job) => job.steps) };
}

/** The first step whose name contains `name`; throws when there is none. */
export function stepNamed(steps: Step[], name: string): Step {
  const found = steps.find((s) => s.name?.includes(name));
  if (!found) throw new Error(`étape « ${name} » absente du workflow`);
  return found;
}

/** Runs a script as a CI runs a step (bash -e -o pipefail, no profile), with only the variables of `env`. */
export function runBash(script: string, options: { cwd?: string; env: NodeJS.ProcessEnv }): SpawnSyncReturns<string> {
  return spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', script], { ...options, encoding: 'utf8' });
}

/** Temporary folders for the tests of a file or a describe block, all removed after them. */
export function tempDirs(prefix: string): { make: () => string; keep: (dir: string) => string } {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const keep = (dir: string) => {
    dirs.push(dir);
    return dir;
  };
  return { make: () => keep(mkdtempSync(path.join(tmpdir(), prefix))), keep };
}
