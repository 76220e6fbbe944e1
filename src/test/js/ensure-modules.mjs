// Installs the interop test packages exactly as pinned in package-lock.json (npm ci), and only when
// node_modules was not installed from this very lock file (a stamp with its sha256 is kept in
// node_modules). Run by Maven at generate-test-resources (profile "npm", active when /usr/bin/npm
// exists); a failed install fails the build. npm prefers its cache (--prefer-offline) and reaches the
// registry only for what the cache lacks, also when Maven itself runs offline (-o).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const lock = readFileSync(join(here, 'package-lock.json'));
const sha = createHash('sha256').update(lock).digest('hex');
const stamp = join(here, 'node_modules', '.claimgraph-lock-sha256');
if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === sha) {
  console.log('[npm] src/test/js/node_modules matches package-lock.json');
  process.exit(0);
}
const args = ['ci', '--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline'];
console.log('[npm] npm ' + args.join(' ') + ' in ' + here);
const r = spawnSync('npm', args, { cwd: here, stdio: 'inherit' });
if (r.error || r.status !== 0) {
  console.error('[npm] npm ci failed' + (r.error ? ': ' + r.error.message : ' with exit code ' + r.status));
  process.exit(1);
}
writeFileSync(stamp, sha + '\n');
