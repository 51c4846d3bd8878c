import { main } from '../../src/cli/main';

/** Runs the CLI in-process with `stdin` as standard input; returns its exit code and output. */
export async function run(args: string[], stdin: string | Uint8Array = '') {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    readStdin: async () => stdin,
  });
  return { code, out, err };
}

/** Test helper: the CLI's `main` with its output captured instead of printed. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

type CliMain = (
  argv: string[],
  io: {
    stdout: (s: string) => void;
    stderr: (s: string) => void;
    readStdin: () => Promise<string>;
  },
) => Promise<number>;

export async function runCli(main: CliMain, args: string[], stdin = ''): Promise<CliRun> {
  const captured = { out: '', err: '' };
  const code = await main(args, {
    stdout: (s) => void (captured.out += s),
    stderr: (s) => void (captured.err += s),
    readStdin: () => Promise.resolve(stdin),
  });
  return { code, ...captured };
}
