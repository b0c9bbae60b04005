/* global process, console */
// Generates the static protobuf code in libs/contracts/src/gen from proto/, or checks
// that the committed code is what the .proto files generate.
//
//   node libs/contracts/scripts/proto.mjs gen     regenerate src/gen
//   node libs/contracts/scripts/proto.mjs check   exit 1 when src/gen is out of date
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const protoRoot = join(root, 'proto');
const genDir = join(root, 'libs/contracts/src/gen');
const bin = (name) => join(root, 'node_modules/.bin', name);

function protoFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? protoFiles(join(dir, e.name)) : [join(dir, e.name)]))
    .filter((f) => f.endsWith('.proto'))
    .map((f) => relative(root, f))
    .sort();
}

function generate(outDir) {
  mkdirSync(outDir, { recursive: true });
  const js = join(outDir, 'replan.js');
  const dts = join(outDir, 'replan.d.ts');
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
  run(bin('pbjs'), [
    '-t',
    'static-module',
    '-w',
    'commonjs',
    '--force-number',
    '-p',
    'proto',
    '-o',
    relative(root, js),
    ...protoFiles(protoRoot),
  ]);
  run(bin('pbts'), ['-o', relative(root, dts), relative(root, js)]);
  return ['replan.js', 'replan.d.ts'];
}

const mode = process.argv[2];
if (mode === 'gen') {
  generate(genDir);
  console.log(`generated ${relative(root, genDir)}`);
} else if (mode === 'check') {
  const tmp = mkdtempSync(join(tmpdir(), 'replan-proto-'));
  try {
    const stale = generate(tmp).filter((name) => {
      const committed = join(genDir, name);
      return (
        !existsSync(committed) || !readFileSync(committed).equals(readFileSync(join(tmp, name)))
      );
    });
    if (stale.length > 0) {
      console.error(
        `proto:check failed: ${stale.map((n) => relative(root, join(genDir, n))).join(', ')} ` +
          'differ from what proto/ generates. Run `npm run proto:gen` and commit the result.',
      );
      process.exit(1);
    }
    console.log('proto:check: generated code is in sync with proto/');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
} else {
  console.error('usage: proto.mjs gen|check');
  process.exit(2);
}
