// Adds lock entries for platform-specific optional binaries that the package registry in use cannot
// resolve (it lacks some platforms' builds for the pinned versions). Without them `npm ci` refuses the
// lock ("Missing: @swc/core-darwin-arm64@ from lock file"). The entries carry version, os, cpu, libc and
// optional: true, so npm skips them on other platforms; no install script, nothing else changes.
import fs from 'node:fs';

const file = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const pkgs = lock.packages;
let added = 0;
for (const [parentKey, parent] of Object.entries(pkgs)) {
  for (const [name, version] of Object.entries(parent.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (pkgs[key]) continue;
    const m = /-(android|darwin|freebsd|linux|openharmony|win32)-([a-z0-9]+)(?:-([a-z]+))?$/.exec(name);
    if (!m) { console.error(`skip ${name} (not a platform binary)`); continue; }
    const [, os, cpu, abi] = m;
    // Keys in the order npm writes them, so a later `npm install` leaves the file as it is.
    const libc = os === 'linux' && abi ? { libc: [abi.startsWith('musl') ? 'musl' : 'glibc'] } : {};
    pkgs[key] = { version, cpu: [cpu], ...(parent.dev ? { dev: true } : {}), ...libc, optional: true, os: [os] };
    added++;
    console.log(`added ${key}@${version} (${parentKey.replace('node_modules/', '')})`);
  }
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`${added} entries added`);
