#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) of the home, screening and
# player pages, as `backease serve` answers them. Not run by CI: it needs Chromium and the
# Lighthouse npm package (installed on first use into bench/lighthouse/node_modules from the
# committed package-lock.json). Loopback only; the server it starts is stopped; each audit is bounded.
#
# Usage: bench/lighthouse.sh            reports go to target/lighthouse/<page>.json
# Env:   CHROME_PATH (default /usr/bin/chromium), APP_PORT (default: a free port)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
out="target/lighthouse"
mkdir -p "$out"
# shellcheck source=bench/lib.sh
source bench/lib.sh
port="${APP_PORT:-$(free_port)}"
base="http://127.0.0.1:$port"

if [ ! -f target/backease.jar ] || [ -n "$(find pom.xml src/main -newer target/backease.jar -print -quit)" ]; then
  ./mvnw -q -B -DskipTests package >&2
fi
if [ ! -x bench/lighthouse/node_modules/.bin/lighthouse ]; then
  (cd bench/lighthouse && npm ci --no-audit --no-fund >&2)
fi

server_pid=""
data="$(mktemp -d)"
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap stop_server EXIT

java -jar target/backease.jar serve --host 127.0.0.1 --port "$port" --data "$data" >"$out/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  kill -0 "$server_pid" 2>/dev/null || { echo "lighthouse.sh: the server exited; see $out/serve.log" >&2; exit 1; }
  curl -fs "$base/api/v1/health" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fs "$base/api/v1/health" >/dev/null || { echo "lighthouse.sh: the server did not answer" >&2; exit 1; }

# The player page as a link: a partner massage for mild back pain of two days, no warning signs.
answers="mode=partner&intensity=3&durationDays=2&tools=massage_oil"
for flag in $(curl -fs "$base/screening" | grep -o 'name="flag_[a-z_]*" value="no"' | sed 's/name="\([^"]*\)".*/\1/' | sort -u); do
  answers="$answers&$flag=no"
done

flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
printf '%-10s %12s %14s %15s %4s\n' page performance accessibility best-practices seo
for page in home screening player; do
  case "$page" in
    home) url="$base/" ;;
    screening) url="$base/screening" ;;
    player) url="$base/player?$answers" ;;
  esac
  timeout 180 bench/lighthouse/node_modules/.bin/lighthouse "$url" --quiet \
    --chrome-flags="$flags" --only-categories=performance,accessibility,best-practices,seo \
    --output=json --output-path="$out/$page.json" >"$out/$page.log" 2>&1 \
    || { echo "lighthouse.sh: the audit of $page failed; see $out/$page.log" >&2; exit 1; }
  node -e '
    const r = require(process.argv[1]);
    const s = id => Math.round(r.categories[id].score * 100);
    console.log(process.argv[2].padEnd(10), String(s("performance")).padStart(12),
      String(s("accessibility")).padStart(14), String(s("best-practices")).padStart(15), String(s("seo")).padStart(4));
  ' "$PWD/$out/$page.json" "$page"
done
