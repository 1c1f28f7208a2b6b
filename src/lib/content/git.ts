/** When each content file was last committed: the "last updated" date of entries that give none. */
import { spawnSync } from 'node:child_process';

/** Path (from the repository root) → date of the last commit touching it. Empty outside a git checkout. */
export function lastCommitDates(root: string, dir = 'content'): Map<string, Date> {
  const dates = new Map<string, Date>();
  const run = spawnSync('git', ['log', '--format=@%cI', '--name-only', '--no-renames', '--', dir], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) return dates;
  const prefix = spawnSync('git', ['rev-parse', '--show-prefix'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  let current: Date | undefined;
  for (const line of run.stdout.split('\n')) {
    if (line.startsWith('@')) current = new Date(line.slice(1));
    else if (line && current) {
      const file = prefix && line.startsWith(prefix) ? line.slice(prefix.length) : line;
      if (!dates.has(file)) dates.set(file, current);
    }
  }
  return dates;
}
