// `npm run demo [-- options]`: installs the dependencies when they are missing (npm ci),
// builds what changed (npm run build, incremental), then runs `replan demo` with the
// options given, e.g. `npm run demo -- --serve` or `npm run demo -- --redis redis://host:6379`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function fail(message) {
  process.stderr.write(`npm run demo: ${message}\n`);
  process.exit(1);
}

const major = Number(process.versions.node.split('.')[0]);
if (major < 20) fail(`Node.js 20 or later is needed, this is ${process.version}`);

/** Runs a step in the repository root, its output on this terminal; stops on failure. */
function step(what, args) {
  process.stdout.write(`${what}: npm ${args.join(' ')}\n`);
  const result = spawnSync(npm, args, { cwd: root, stdio: 'inherit' });
  if (result.error !== undefined) fail(`${what} failed: ${result.error.message}`);
  if (result.status !== 0)
    fail(`${what} failed (npm ${args.join(' ')} exited with ${result.status})`);
}

// npm ci also builds (the prepare script), so the build below has nothing left to do.
if (!existsSync(join(root, 'node_modules'))) step('Installing', ['ci']);
step('Building', ['run', '--silent', 'build']);
process.stdout.write('\n');

const cli = join(root, 'apps', 'cli', 'bin', 'replan.js');
const child = spawn(process.execPath, [cli, 'demo', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
// Ctrl-C reaches the demo too (same terminal): let it stop its workers, then end with it.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('error', (error) => fail(`cannot run ${cli}: ${error.message}`));
child.on('exit', (code, signal) => {
  process.exit(code ?? 128 + (signal === null ? 0 : (constants.signals[signal] ?? 0)));
});
