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
