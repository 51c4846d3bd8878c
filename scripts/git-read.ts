/**
 * Reads text from a git snapshot (bare or not) without a work tree, for the scripts that
 * build data from third-party repositories (background statistics, the development set).
 */
import { execFileSync } from 'node:child_process';

/** Standard output of `git -C dir ...args`; throws when git fails (a file listed but absent). */
export function gitText(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}
