#!/usr/bin/env bash
# The browser tests (see run.mjs): installs what a fresh Debian machine lacks — Chromium from
# Debian's packages, the npm packages of package-lock.json —, builds tokenauth, bundles the test
# pages and runs them in headless Chromium. Needs Node 20+ with npm, and root (or Chromium
# already installed). Screenshots and server logs land in e2e/artifacts/.
set -euo pipefail
cd "$(dirname "$0")"

chromium_bin="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium_bin" ]; then
  echo "== apt-get install chromium (none at $chromium_bin)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi

if ! command -v node >/dev/null || ! node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)'; then
  echo "e2e/run.sh: Node.js 20 or newer (with npm) is needed for the browser tests" >&2
  exit 1
fi

# npm ci when node_modules is missing or older than the lock file (npm keeps its own copy of the
# installed tree in node_modules/.package-lock.json).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci (e2e/)"
  npm ci --no-audit --no-fund --loglevel=error
fi

echo "== cargo build (the tokenauth binary)"
(cd .. && cargo build --quiet --bin tokenauth)
target_dir="${CARGO_TARGET_DIR:-../target}"
export TOKENAUTH_BIN="${TOKENAUTH_BIN:-$target_dir/debug/tokenauth}"

echo "== bundle the test pages (esbuild)"
node build.mjs

echo "== browser tests (headless Chromium)"
E2E_SKIP_BUILD=1 exec node run.mjs
