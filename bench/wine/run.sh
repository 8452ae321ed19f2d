#!/usr/bin/env bash
# The Wine bench: runs the real `wuhealth collect` and `wuhealth scan` (through wuhealth.cmd, under
# a Windows JRE) in a fresh Wine prefix seeded with a known Windows Server 2012 R2 WSUS server, and
# checks the snapshot field by field against expected-snapshot.json, the scan's findings, and that
# the run changed neither the registry nor any file of the prefix.
#
# Usage: bench/wine/run.sh   (from anywhere; needs `mvn package` first, and root to install Wine)
# Environment: WUHEALTH_BENCH_CACHE  where the Windows JRE is kept (default ~/.cache/wuhealth-bench)
#              WUHEALTH_BENCH_KEEP=1  keep the work directory (prefix, outputs, logs) for a look
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$bench/../.." && pwd)"
started=$(date +%s)
JRE_PACKAGE="@node-plantuml-2/jre-win32-x64@1.1.8"
cache="${WUHEALTH_BENCH_CACHE:-$HOME/.cache/wuhealth-bench}"
work="$(mktemp -d /tmp/wuhealth-wine-bench.XXXXXX)"
logs="$work/logs"
mkdir -p "$logs"

say() { echo "wine-bench: $*"; }
fail() {
  say "FAILED: $*"
  say "logs in $logs:"
  for f in "$logs"/*; do
    [ -s "$f" ] || continue
    echo "----- $(basename "$f") (last 30 lines)"
    tail -n 30 "$f"
  done
  exit 1
}

# --- Wine (Debian packages) and the Windows JRE (npm tarball, no install scripts) ---------------
if [ ! -x /usr/lib/wine/wine64 ]; then
  [ "$(id -u)" = 0 ] || fail "Wine is not installed; as root: apt-get install wine wine64"
  say "installing Wine (apt-get install wine wine64)"
  timeout 600 apt-get update -qq > "$logs/apt-update.log" 2>&1 || fail "apt-get update"
  DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq --no-install-recommends \
    wine wine64 > "$logs/apt-install.log" 2>&1 || fail "apt-get install wine wine64"
fi
WINE=/usr/lib/wine/wine64
WINESERVER=/usr/lib/wine/wineserver64
java_exe="$cache/jre/package/jre/bin/java.exe"
if [ ! -f "$java_exe" ]; then
  say "fetching the Windows JRE ($JRE_PACKAGE)"
  mkdir -p "$cache/jre"
  (cd "$cache/jre" && timeout 300 npm pack --silent "$JRE_PACKAGE" > "$logs/npm-pack.log" 2>&1) \
    || fail "npm pack $JRE_PACKAGE"
  tar -xzf "$cache"/jre/*.tgz -C "$cache/jre" || fail "unpacking the JRE"
fi
[ -f "$repo/engine/target/wuhealth-0.1.0.zip" ] || fail "no engine/target/wuhealth-0.1.0.zip: run mvn package first"

# --- a fresh prefix, booted in the order that keeps one service manager ------------------------
export WINEPREFIX="$work/prefix" WINEDEBUG=-all DISPLAY= TZ=UTC
export WINEDLLOVERRIDES="mscoree=;mshtml=;winemenubuilder.exe="
cleanup() {
  timeout 30 "$WINESERVER" -k > /dev/null 2>&1 || true
  if [ -z "${WUHEALTH_BENCH_KEEP:-}" ]; then rm -rf "$work"; else say "kept $work"; fi
}
trap cleanup EXIT
# A wine step with a time limit; never piped (the first one leaves services holding the pipe).
wine_step() {
  local limit=$1 log=$2
  shift 2
  timeout "$limit" "$WINE" "$@" > "$logs/$log" 2>&1
}
# The same with standard output kept apart from the log.
wine_output() {
  local limit=$1 out=$2 log=$3
  shift 3
  timeout "$limit" "$WINE" "$@" > "$out" 2> "$logs/$log"
}
wine_step 180 boot-init.log wineboot --init || fail "wineboot --init"
timeout 120 "$WINESERVER" -w || fail "waiting for the first wineserver"
"$WINESERVER" -p > "$logs/wineserver.log" 2>&1
wine_step 120 boot.log wineboot || fail "wineboot"
say "prefix ready after $(($(date +%s) - started)) s"

# --- the seeded state ---------------------------------------------------------------------------
utf16() { { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$1"; } > "$2"; }
utf16 "$bench/seed.reg" "$work/seed.reg"
wine_step 60 seed-reg.log reg import 'Z:'"${work//\//\\}"'\seed.reg' || fail "reg import seed.reg"
wine_step 60 sc-wsus.log sc create WsusService binPath= 'C:\Program Files\Update Services\Services\WsusService.exe' \
  start= auto DisplayName= "WSUS Service" || fail "sc create WsusService"
wine_step 60 sc-w3svc.log sc create W3SVC binPath= 'C:\windows\system32\svchost.exe -k iissvcs' \
  start= auto DisplayName= "World Wide Web Publishing Service" || fail "sc create W3SVC"
# `sc start` may report a time-out although the service starts: poll its state
wine_step 60 sc-start.log sc start wuauserv || true
for _ in $(seq 1 30); do
  wine_step 30 sc-query.log sc query wuauserv || true
  grep -q RUNNING "$logs/sc-query.log" && break
  sleep 1
done
grep -q RUNNING "$logs/sc-query.log" || fail "wuauserv did not start"
# files: Windows' folders as Wine spells them
drive="$WINEPREFIX/drive_c"
cp -r "$bench/seed/drive_c/Windows/System32/." "$drive/windows/system32/"
(cd "$bench/seed/drive_c/Windows" && find . -path ./System32 -prune -o -type f -print) |
  while read -r f; do mkdir -p "$drive/windows/$(dirname "$f")" && cp "$bench/seed/drive_c/Windows/$f" "$drive/windows/$f"; done
cp -r "$bench/seed/drive_c/Program Files/." "$drive/Program Files/"
cp -r "$bench/seed/drive_c/inetpub" "$drive/"
# last: the renames queued for the next boot, which any new wineserver session would perform
utf16 "$bench/pending-renames.reg" "$work/pending-renames.reg"
wine_step 60 seed-renames.log reg import 'Z:'"${work//\//\\}"'\pending-renames.reg' || fail "reg import pending-renames.reg"

# wuhealth as an administrator unpacks it: the zip, launched through wuhealth.cmd
mkdir -p "$work/app" && (cd "$work/app" && jar xf "$repo/engine/target/wuhealth-0.1.0.zip") || fail "unpacking the zip"
win() { local p="${1//\//\\}"; echo "Z:$p"; }
cmd_file="$(win "$work/app/wuhealth-0.1.0/wuhealth.cmd")"
export JAVA_HOME
JAVA_HOME="$(win "$cache/jre/package/jre")"

# --- the state before, then the runs, then the state after ----------------------------------------
# Wine registers its display devices again (under new GUIDs) whenever its desktop process restarts;
# those keys are Wine's own bookkeeping, not something a program wrote, and are left out.
WINE_DEVICE_KEYS='^\[(HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\\(Video|DeviceClasses|Class\\\{4d36e96[8e]-)|HKEY_LOCAL_MACHINE\\Hardware\\DEVICEMAP\\VIDEO|HKEY_CURRENT_USER\\Software\\Wine\\Temporary System Parameters)'
export_registry() { # ROOT STATE
  local raw="$work/$1-$2.reg"
  wine_step 120 "reg-export-$1-$2.log" reg export "$1" "$(win "$raw")" /y || fail "reg export $1 ($2)"
  iconv -f UTF-16LE -t UTF-8 "$raw" | tr -d '\r' |
    SKIP="$WINE_DEVICE_KEYS" awk '/^\[/ { drop = ($0 ~ ENVIRON["SKIP"]) } !drop' > "$work/$1-$2.txt"
}
snapshot_state() {
  export_registry HKLM "$1"
  export_registry HKCU "$1"
  (cd "$drive" && find . -type f -printf '%p %s %T@\n' | sort) > "$work/files-$1.txt"
}
# a first Java process under this wineserver, so that Wine's one-time set-up precedes the baseline
wine_step 120 warm-up.log cmd /c "$cmd_file" --version || fail "wuhealth --version"
snapshot_state before

collect_start=$(date +%s%N)
wine_step 300 collect.log cmd /c "$cmd_file" collect --verbose --log-days 36500 --out "$(win "$work/host.json")" \
  || fail "wuhealth collect exited with $?"
collect_ms=$((($(date +%s%N) - collect_start) / 1000000))
wine_output 300 "$work/scan.json" scan-json.log cmd /c "$cmd_file" scan --format json \
  --fail-on none --log-days 36500 || fail "wuhealth scan --format json exited with $?"
wine_output 300 "$work/scan.txt" scan-text.log cmd /c "$cmd_file" scan --fail-on none --log-days 36500 \
  || fail "wuhealth scan exited with $?"

snapshot_state after
for state in HKLM HKCU files; do
  if ! cmp -s "$work/$state-before.txt" "$work/$state-after.txt"; then
    diff "$work/$state-before.txt" "$work/$state-after.txt" | head -40 > "$logs/$state-diff.log" || true
    fail "collect or scan changed $state (see $state-diff.log)"
  fi
done
say "read-only: HKLM, HKCU and every file of the prefix are unchanged"

# --- the snapshot and the findings ------------------------------------------------------------------
timeout 120 java -cp "$repo/engine/target/dist/lib/*" "$bench/VerifyBench.java" \
  "$work/host.json" "$bench/expected-snapshot.json" "$work/scan.json" "$bench/expected-findings.json" \
  > "$logs/verify.log" 2>&1 || fail "the snapshot or the scan does not match the seeded state"
cat "$logs/verify.log"
echo "----- wuhealth scan under Wine"
tr -d '\r' < "$work/scan.txt"
say "collect took ${collect_ms} ms (whole process under Wine, through wuhealth.cmd)"
say "passed in $(($(date +%s) - started)) s"
