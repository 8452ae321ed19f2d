#!/usr/bin/env bash
# The Wine bench: unpacks the Windows package (wuhealth-VERSION-windows-x64.zip, with its own Java)
# into a folder whose path has spaces, in a fresh Wine prefix with no other Java (no JAVA_HOME, no
# java on the PATH) seeded with a known Windows Server 2012 R2 WSUS server, runs the real
# `wuhealth.cmd collect` and `scan` there, and checks the snapshot field by field against
# expected-snapshot.json, the scan's findings, the monitoring formats, that a reader racing
# `collect --out` never sees a partial file, and that the runs changed neither the registry nor any
# file of the prefix. Then it measures the start-up of the packaged `scan` beside the plain zip run
# with JAVA_HOME (the launcher as it was before the package).
#
# Usage: bench/wine/run.sh   (from anywhere; needs `mvn package` first, and root to install Wine;
#        builds the Windows zip with packaging/windows/build-zip.sh when it is missing or stale)
# Environment: WUHEALTH_CACHE  where downloads are kept (default ~/.cache/wuhealth)
#              WUHEALTH_BENCH_KEEP=1  keep the work directory (prefix, outputs, logs) for a look
#              WUHEALTH_BENCH_STARTUP_RUNS  scan runs of each kind timed (default 5)
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$bench/../.." && pwd)"
started=$(date +%s)
cache="${WUHEALTH_CACHE:-$HOME/.cache/wuhealth}"
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

# --- Wine (Debian packages) and the Windows package ---------------------------------------------
if [ ! -x /usr/lib/wine/wine64 ]; then
  [ "$(id -u)" = 0 ] || fail "Wine is not installed; as root: apt-get install wine wine64"
  say "installing Wine (apt-get install wine wine64)"
  timeout 600 apt-get update -qq > "$logs/apt-update.log" 2>&1 || fail "apt-get update"
  DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq --no-install-recommends \
    wine wine64 > "$logs/apt-install.log" 2>&1 || fail "apt-get install wine wine64"
fi
WINE=/usr/lib/wine/wine64
WINESERVER=/usr/lib/wine/wineserver64
plain_zip="$repo/engine/target/wuhealth-0.1.0.zip"
windows_zip="$repo/engine/target/wuhealth-0.1.0-windows-x64.zip"
[ -f "$plain_zip" ] || fail "no engine/target/wuhealth-0.1.0.zip: run mvn package first"
if [ ! -f "$windows_zip" ] || [ "$plain_zip" -nt "$windows_zip" ]; then
  say "building the Windows package (packaging/windows/build-zip.sh)"
  WUHEALTH_CACHE="$cache" bash "$repo/packaging/windows/build-zip.sh" > "$logs/windows-zip.log" 2>&1 \
    || fail "packaging/windows/build-zip.sh"
fi
# The same JRE, whole, for the plain zip that the start-up is compared with (build-zip.sh fetched it).
mkdir -p "$work/comparison-jre"
tar -xzf "$(ls "$cache"/jre-win32-x64-1.1.8/*.tgz | head -n 1)" -C "$work/comparison-jre" \
  || fail "unpacking the JRE for the comparison"

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

# wuhealth as an administrator unpacks it: the Windows zip, in a folder whose path has spaces,
# launched through wuhealth.cmd with no other Java anywhere (Wine passes the Linux environment on,
# so JAVA_HOME must not be set here)
unset JAVA_HOME
app="$work/Program Files/wuhealth tools"
mkdir -p "$app" && (cd "$app" && jar xf "$windows_zip") || fail "unpacking the Windows zip"
mkdir -p "$work/plain" && (cd "$work/plain" && jar xf "$plain_zip") || fail "unpacking the plain zip"
win() { local p="${1//\//\\}"; echo "Z:$p"; }
cmd_file="$(win "$app/wuhealth-0.1.0/wuhealth.cmd")"
plain_cmd="$(win "$work/plain/wuhealth-0.1.0/wuhealth.cmd")"
comparison_java_home="$(win "$work/comparison-jre/package/jre")"
out="$work/out dir"
mkdir -p "$out"
# wuhealth.cmd with ARGS as an administrator types it at a prompt (the path quoted, as it has
# spaces; every argument quoted), through a one-line batch file: `cmd /c` given a quoted path and
# quoted arguments would strip the outer quotes of the whole line.
prompt_line() { # LAUNCHER ARGS... -> the Windows path of a batch file holding that command line
  local file line="@\"$1\""
  file="$(mktemp --suffix=.cmd "$work/prompt.XXXXXX")"
  shift
  for a in "$@"; do line+=" \"$a\""; done
  printf '%s\r\n' "$line" > "$file"
  win "$file"
}
wuhealth_step() { # LIMIT LOG ARGS...
  local limit=$1 log=$2
  shift 2
  wine_step "$limit" "$log" cmd /c "$(prompt_line "$cmd_file" "$@")"
}
wuhealth_output() { # LIMIT OUT LOG ARGS...
  local limit=$1 output=$2 log=$3
  shift 3
  wine_output "$limit" "$output" "$log" cmd /c "$(prompt_line "$cmd_file" "$@")"
}

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
# no Java in the prefix but the package's own
printf '@for %%%%J in (java.exe) do @echo java on the PATH: [%%%%~$PATH:J]\r\n' > "$work/which-java.cmd"
wine_step 60 which-java.log cmd /c "$(win "$work/which-java.cmd")" || fail "which-java.cmd"
grep -q 'java on the PATH: \[\]' "$logs/which-java.log" || fail "the prefix has a java on the PATH: $(cat "$logs/which-java.log")"
# a first Java process under this wineserver, so that Wine's one-time set-up precedes the baseline
wuhealth_step 120 version.log --version || fail "wuhealth --version"
grep -q "from the bundled runtime" "$logs/version.log" || fail "--version does not say the bundled runtime runs it"
say "$(tr -d '\r' < "$logs/version.log" | tr '\n' ' ')"
snapshot_state before

collect_start=$(date +%s%N)
wuhealth_step 300 collect.log collect --verbose --log-days 36500 --out "$(win "$out/host.json")" \
  || fail "wuhealth collect exited with $?"
collect_ms=$((($(date +%s%N) - collect_start) / 1000000))
wuhealth_output 300 "$work/scan.json" scan-json.log scan --format json \
  --fail-on none --log-days 36500 || fail "wuhealth scan --format json exited with $?"
wuhealth_output 300 "$work/scan.txt" scan-text.log scan --fail-on none --log-days 36500 \
  || fail "wuhealth scan exited with $?"

# the monitoring formats: CRITICAL (exit 2) for the seeded server, and metrics that promtool accepts
code=0
wuhealth_output 300 "$work/scan.nagios" scan-nagios.log scan --format nagios --log-days 36500 \
  || code=$?
head -n 1 "$work/scan.nagios" | grep -q '^WUHEALTH CRITICAL - ' || fail "scan --format nagios: $(head -n 1 "$work/scan.nagios")"
[ "$code" = 2 ] || fail "scan --format nagios exited with $code, not 2 (CRITICAL)"
wuhealth_step 300 scan-prometheus.log scan --format prometheus --fail-on none --log-days 36500 \
  --out "$(win "$out/wuhealth.prom")" || fail "scan --format prometheus exited with $?"
if command -v promtool > /dev/null 2>&1; then
  promtool check metrics < "$out/wuhealth.prom" > "$logs/promtool.log" 2>&1 || fail "promtool check metrics"
  say "scan --format nagios: $(head -n 1 "$work/scan.nagios" | tr -d '\r' | cut -c1-100)...; promtool accepts wuhealth.prom"
fi

# a reader (Java under Wine, the package's runtime) races three collects into the same file
mkdir -p "$work/race"
javac -d "$work/race" -cp "$app/wuhealth-0.1.0/lib/*" --release 17 "$bench/RaceReader.java" > "$logs/javac.log" 2>&1 \
  || fail "compiling RaceReader"
race_target="$(win "$out/raced.json")"
timeout 600 "$WINE" "$(win "$app/wuhealth-0.1.0/runtime/bin/java.exe")" \
  -cp "$(win "$app/wuhealth-0.1.0/lib")\\*;$(win "$work/race")" RaceReader "$race_target" "$(win "$work/race/stop")" \
  > "$logs/race-reader.log" 2>&1 &
reader=$!
for i in 1 2 3; do
  wuhealth_step 300 "race-collect-$i.log" collect --log-days 36500 --out "$race_target" \
    || fail "collect $i of the race exited with $?"
done
touch "$work/race/stop"
wait "$reader" || fail "the racing reader saw a partial file: $(tr -d '\r' < "$logs/race-reader.log")"
ls -a "$out" | grep -q 'wuhealth-tmp' && fail "a temporary file was left in $out"
say "race: 3 collects into one file; the reader: $(tr -d '\r' < "$logs/race-reader.log")"

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
  "$out/host.json" "$bench/expected-snapshot.json" "$work/scan.json" "$bench/expected-findings.json" \
  > "$logs/verify.log" 2>&1 || fail "the snapshot or the scan does not match the seeded state"
cat "$logs/verify.log"
echo "----- wuhealth scan under Wine"
tr -d '\r' < "$work/scan.txt"
say "collect took ${collect_ms} ms (whole process under Wine, through wuhealth.cmd)"

# --- the launcher's other two choices, with the plain zip (no runtime\ folder) -------------------
comparison_bin="$(win "$work/comparison-jre/package/jre/bin")"
JAVA_HOME="$comparison_java_home" timeout 120 "$WINE" cmd /c "$(prompt_line "$plain_cmd" --version)" \
  > "$logs/version-java-home.log" 2>&1 || fail "--version with JAVA_HOME"
grep -q "from JAVA_HOME" "$logs/version-java-home.log" || fail "--version does not say JAVA_HOME"
WINEPATH="$comparison_bin" timeout 120 "$WINE" cmd /c "$(prompt_line "$plain_cmd" --version)" \
  > "$logs/version-path.log" 2>&1 || fail "--version with java on the PATH"
grep -q "from java on the PATH" "$logs/version-path.log" || fail "--version does not say the PATH"
say "without runtime\\ the launcher takes JAVA_HOME, then java on the PATH, and --version says so"

# --- start-up: the packaged scan beside the plain zip with JAVA_HOME, interleaved -----------------
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
timed() { # LAUNCHER LOG JAVA_HOME(or "") ARGS... -> milliseconds, whole process
  local launcher=$1 log=$2 home=$3 t0 t1 environment=(env -u JAVA_HOME)
  shift 3
  if [ -n "$home" ]; then environment=(env "JAVA_HOME=$home"); fi
  t0=$(date +%s%N)
  "${environment[@]}" timeout 300 "$WINE" cmd /c "$(prompt_line "$launcher" "$@")" \
    > /dev/null 2> "$logs/$log" || fail "timed run ($log) exited with $?"
  t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000000))
}
# The packaged zip and the plain one with JAVA_HOME, run in turn with the same ARGS.
compare() { # NAME ARGS...
  local name=$1 packaged=() plain=() p q ratio
  shift
  for _ in $(seq 1 "$runs"); do
    packaged+=("$(timed "$cmd_file" "startup-$name-packaged.log" "" "$@")")
    plain+=("$(timed "$plain_cmd" "startup-$name-plain.log" "$comparison_java_home" "$@")")
  done
  p=$(printf '%s\n' "${packaged[@]}" | median)
  q=$(printf '%s\n' "${plain[@]}" | median)
  ratio=$(awk -v a="$p" -v b="$q" 'BEGIN { printf "%.2f", a / b }')
  say "start-up of $name under Wine (whole process, median of $runs interleaved runs): packaged ${p} ms [${packaged[*]}], plain zip with JAVA_HOME ${q} ms [${plain[*]}]: ${ratio}x"
  awk -v r="$ratio" 'BEGIN { exit !(r <= 1.20) }' || say "WARNING: the packaged $name starts more than 20 % slower than the plain zip"
}
runs="${WUHEALTH_BENCH_STARTUP_RUNS:-5}"
compare scan scan --format json --fail-on none --log-days 36500
compare analyze analyze --fail-on none "$(win "$repo/samples/healthy-server2016.json")"
say "Windows package: $(stat -c %s "$windows_zip") bytes ($(basename "$windows_zip"))"
say "passed in $(($(date +%s) - started)) s"
