#!/usr/bin/env bash
# Installs the exact dependencies of package-lock.json (npm ci) when node_modules is missing or
# stale, and does nothing otherwise. Stale means the packages the lock file names differ from the
# ones installed: npm records what it installed in node_modules/.package-lock.json (whether
# through this script, `npm ci` or `npm install`), and each package's own package.json says its
# version. Optional packages for another platform (and what only they need) are never installed,
# so their absence is not staleness.
set -euo pipefail
cd "$(dirname "$0")/.."

reason=$(
  node - <<'JS'
const fs = require('node:fs');
const read = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const say = (why) => {
  process.stdout.write(why);
  process.exit(0);
};
if (!fs.existsSync('node_modules')) say('node_modules is missing');
let locked, installed;
try {
  locked = read('package-lock.json').packages ?? {};
} catch {
  say('package-lock.json cannot be read');
}
try {
  installed = read('node_modules/.package-lock.json').packages ?? {};
} catch {
  say('node_modules has no record of an npm install (node_modules/.package-lock.json)');
}
const name = (path) => path.slice(path.lastIndexOf('node_modules/') + 13);

// What npm installed is what the lock names, at the same version and from the same tarball, and
// it is still there.
for (const [path, got] of Object.entries(installed)) {
  const want = locked[path];
  if (!want) say(`${name(path)} is installed but not in package-lock.json`);
  if (want.version !== got.version || (want.integrity ?? '') !== (got.integrity ?? ''))
    say(`${name(path)} ${got.version} is installed, package-lock.json has ${want.version}`);
  if (got.link) continue;
  let onDisk;
  try {
    onDisk = read(`${path}/package.json`).version;
  } catch {
    say(`${name(path)} is missing from node_modules`);
  }
  if (onDisk !== got.version) say(`${name(path)} ${onDisk} is installed, package-lock.json has ${want.version}`);
}

// Whatever the lock names is installed, unless npm would skip it here: an optional package for
// another platform, or an optional package only skipped packages depend on.
const libc =
  process.platform === 'linux'
    ? process.report?.getReport().header.glibcVersionRuntime
      ? 'glibc'
      : 'musl'
    : undefined;
const allows = (list, value) => {
  if (!list) return true;
  if (list.includes(`!${value}`)) return false;
  const wanted = list.filter((x) => !x.startsWith('!'));
  return wanted.length === 0 || wanted.includes(value);
};
const forThisPlatform = (entry) =>
  allows(entry.os, process.platform) && allows(entry.cpu, process.arch) && allows(entry.libc, libc);
/** Where `dependency`, needed by the package at `from`, resolves in the lock (Node's lookup). */
const resolve = (from, dependency) => {
  for (let dir = from; ; ) {
    const path = `${dir ? `${dir}/` : ''}node_modules/${dependency}`;
    if (path in locked) return path;
    if (!dir) return null;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up < 0 ? '' : dir.slice(0, up);
  }
};
const dependents = new Map();
for (const [path, entry] of Object.entries(locked)) {
  const needs = {
    ...entry.dependencies,
    ...entry.devDependencies,
    ...entry.optionalDependencies,
    ...entry.peerDependencies,
  };
  for (const dependency of Object.keys(needs)) {
    const target = resolve(path, dependency);
    if (target) dependents.set(target, [...(dependents.get(target) ?? []), path]);
  }
}
const skipped = new Map();
const isSkipped = (path) => {
  if (path === '' || path in installed) return false;
  if (skipped.has(path)) return skipped.get(path);
  const entry = locked[path];
  skipped.set(path, true); // a cycle of optional packages: skipped unless something else needs it
  const result =
    Boolean(entry.optional) &&
    (!forThisPlatform(entry) || (dependents.get(path) ?? []).every(isSkipped));
  skipped.set(path, result);
  return result;
};
for (const [path, want] of Object.entries(locked)) {
  if (path === '' || path in installed || want.link) continue;
  if (!isSkipped(path)) say(`${name(path)} ${want.version} is in package-lock.json but not installed`);
}
JS
) || reason="the check of node_modules failed"

if [ -n "$reason" ]; then
  echo "Installing dependencies with npm ci: $reason." >&2
  npm ci --no-audit --no-fund --loglevel=error
fi
