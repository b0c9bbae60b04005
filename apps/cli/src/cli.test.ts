import { runCli } from './cli';
import { ExitCode } from './exit-codes';
import { bufferedIo } from './io';

describe('replan (usage)', () => {
  it('exits 0 for --help and prints the commands and exit codes', async () => {
    const { io, stdout } = bufferedIo();
    expect(await runCli(['--help'], io)).toBe(ExitCode.Ok);
    expect(stdout()).toContain('plan [options]');
    expect(stdout()).toContain('2  bad input or usage');
  });

  it.each([
    [[]],
    [['frobnicate']],
    [['plan']],
    [['plan', '--dataset']],
    [['plan', '--dataset', 'x.json', '--unknown']],
    [['plan', '--dataset', 'x.json', '--plan-date', '2026-13-01']],
    [['generate', '--items', 'ten', '--seed', '1', '--out', 'x.json']],
    [['bench', '--sizes', '10000,abc']],
  ])('exits 2 for the usage error %j', async (argv) => {
    const { io, stderr } = bufferedIo();
    expect(await runCli(argv, io)).toBe(ExitCode.BadInput);
    expect(stderr()).not.toBe('');
  });

  it('exits 2 with our message for a missing dataset file', async () => {
    const { io, stderr } = bufferedIo();
    expect(await runCli(['plan', '--dataset', '/no/such/file.json'], io)).toBe(ExitCode.BadInput);
    expect(stderr()).toBe(
      "replan plan: cannot read dataset file '/no/such/file.json': no such file or directory\n",
    );
  });
});
