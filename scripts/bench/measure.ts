/**
 * Runs a command and measures it: wall time, and peak memory of its whole process tree.
 * Memory: every 100 ms, the resident memory (VmRSS in /proc/<pid>/status) of the process and all its
 * descendants is summed; the peak of that sum is the tree's peak. When /usr/bin/time exists, the
 * command runs under `/usr/bin/time -v` too, whose "Maximum resident set size" is the peak of the
 * single largest process (not a sum): both are reported.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const GNU_TIME = '/usr/bin/time';
const POLL_MS = 100;

export interface Measured {
  /** Exit code, or null when killed. */
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  seconds: number;
  /** Peak of the summed resident memory of the process tree, in MiB (polled every 100 ms). */
  peakTreeMB: number;
  /** Peak resident memory of the largest single process, in MiB, from /usr/bin/time -v (if present). */
  peakProcessMB?: number;
  /** Everything the command wrote, stdout and stderr interleaved, colours removed. */
  output: string;
  /** Each output line with the time it arrived (seconds from the start). */
  lines: { t: number; text: string }[];
  /** The summed resident memory of the tree, in KiB, every 100 ms (seconds from the start). */
  samples: { t: number; kib: number }[];
  /** Peak resident memory per program of the tree (name from /proc/<pid>/comm: node, pagefind_extende…), in MiB. */
  peakByProgramMB: Record<string, number>;
}

export interface MeasureOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Where the output is written as it comes (also kept in memory). */
  logFile: string;
  /** Kills the process group after this long. */
  timeoutMs: number;
  /** Called with each output line (for a progress display). */
  onLine?: (line: string) => void;
}

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

function readOr(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Pids of `root` and all its descendants, from /proc/<pid>/task/<tid>/children. */
export function processTree(root: number): number[] {
  const seen: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift() as number;
    if (seen.includes(pid)) continue;
    seen.push(pid);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      for (const child of readOr(`/proc/${pid}/task/${tid}/children`).split(/\s+/)) if (child) queue.push(Number(child));
    }
  }
  return seen;
}

/** Resident memory of one process, in KiB (0 if it is gone). */
function rssKiB(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readOr(`/proc/${pid}/status`));
  return match ? Number(match[1]) : 0;
}

/** Sum of the resident memory of a process tree, in KiB; `byProgram` gets each program's peak (KiB). */
export function treeRssKiB(root: number, byProgram?: Map<string, number>): number {
  let sum = 0;
  for (const pid of processTree(root)) {
    const kib = rssKiB(pid);
    sum += kib;
    if (byProgram && kib > 0) {
      const name = readOr(`/proc/${pid}/comm`).trim() || String(pid);
      byProgram.set(name, Math.max(byProgram.get(name) ?? 0, kib));
    }
  }
  return sum;
}

/** Process groups started here and still running: stopped on a timeout or when the bench is interrupted. */
const running = new Set<number>();

/** Stops one process group started by runMeasured: SIGTERM, then SIGKILL after 10 s. */
function stopGroup(group: number | undefined): void {
  if (!group) return;
  try {
    process.kill(-group, 'SIGTERM');
  } catch {
    return;
  }
  setTimeout(() => {
    try {
      if (running.has(group)) process.kill(-group, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 10_000).unref();
}

/** Stops every command still running (on Ctrl-C). */
export function stopAll(): void {
  for (const group of running) stopGroup(group);
}

export function runMeasured(command: string, args: string[], options: MeasureOptions): Promise<Measured> {
  const timeFile = `${options.logFile}.time`;
  const useTime = existsSync(GNU_TIME);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const log = createWriteStream(options.logFile);
  const chunks: string[] = [];
  const lines: { t: number; text: string }[] = [];
  const samples: { t: number; kib: number }[] = [];
  let pending = '';
  const started = performance.now();
  // Own process group, so that a timeout stops the whole tree (and only it).
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const onData = (data: Buffer) => {
    const text = data.toString('utf8');
    log.write(text);
    chunks.push(text);
    const t = (performance.now() - started) / 1000;
    const split = (pending + text).split('\n');
    pending = split.pop() ?? '';
    for (const line of split) {
      const clean = line.replace(ANSI, '');
      lines.push({ t, text: clean });
      options.onLine?.(clean);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);

  let peak = 0;
  const byProgram = new Map<string, number>();
  const poll = setInterval(() => {
    if (!child.pid) return;
    const kib = treeRssKiB(child.pid, byProgram);
    samples.push({ t: (performance.now() - started) / 1000, kib });
    peak = Math.max(peak, kib);
  }, POLL_MS);
  let timedOut = false;
  const group = child.pid;
  if (group) running.add(group);
  const timer = setTimeout(() => {
    timedOut = true;
    stopGroup(group);
  }, options.timeoutMs);

  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      if (group) running.delete(group);
      clearInterval(poll);
      clearTimeout(timer);
      log.end();
      const time = useTime ? readOr(timeFile) : '';
      const max = /Maximum resident set size \(kbytes\): (\d+)/.exec(time);
      const exit = /Exit status: (\d+)/.exec(time);
      resolve({
        code: useTime && exit ? Number(exit[1]) : code,
        signal,
        timedOut,
        seconds,
        peakTreeMB: peak / 1024,
        ...(max ? { peakProcessMB: Number(max[1]) / 1024 } : {}),
        output: chunks.join('').replace(ANSI, ''),
        lines,
        samples,
        peakByProgramMB: Object.fromEntries(
          [...byProgram].filter(([, kib]) => kib >= 50 * 1024).map(([name, kib]) => [name, Math.round(kib / 1024)]),
        ),
      });
    });
  });
}

/** Total size of the files under a folder, in bytes. */
export function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** Number of .html files under a folder. */
export function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

export interface Phase {
  name: string;
  seconds: number;
  /** Peak of the summed resident memory of the tree during the phase, in MiB. */
  peakMB: number;
}

/**
 * Splits a run into phases, each starting at the first output line (after the previous phase's start)
 * that matches its marker; a phase whose marker never shows is left out.
 */
export function phases(run: Pick<Measured, 'lines' | 'samples' | 'seconds'>, markers: { name: string; start: RegExp | null }[]): Phase[] {
  const starts: { name: string; t: number }[] = [];
  let from = 0;
  for (const { name, start } of markers) {
    if (!start) {
      starts.push({ name, t: 0 });
      continue;
    }
    const i = run.lines.findIndex((l, k) => k >= from && start.test(l.text));
    if (i < 0) continue;
    from = i + 1;
    starts.push({ name, t: run.lines[i]?.t ?? 0 });
  }
  return starts.map(({ name, t }, i) => {
    const end = starts[i + 1]?.t ?? run.seconds;
    const inside = run.samples.filter((s) => s.t >= t && s.t <= end);
    return { name, seconds: end - t, peakMB: inside.length ? Math.max(...inside.map((s) => s.kib)) / 1024 : NaN };
  });
}
