#!/usr/bin/env bash
# Start-up benchmark: median wall time of whole-process runs, interleaved so that machine drift
# hits every variant alike. Prints the medians side by side.
#   bench/startup.sh [RUNS] [SNAPSHOT]
# Variants: bare JVM (java -version); the command-line shell alone (analyze --help); analyze cold
# through the launcher (precompiled rules, the CDS archive, C1 only); the same without the CDS
# archive, and with the optimising compiler (C2) on; analyze with --rules (DRL compiled at run
# time, as before the precompiled store); rules test (the bundled catalogue).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
snapshot="${2:-samples/healthy-server2016.json}"
java="java"
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; fi
[ -f engine/target/dist/lib/wuhealth.jar ] || { echo "build first: mvn -q -B package -DskipTests" >&2; exit 3; }
empty_rules="$(mktemp -d)"
trap 'rm -rf "$empty_rules"' EXIT

declare -A times
variants=(bare help analyze analyze-no-cds analyze-c2 analyze-rules rules-test)
run_variant() {
  case "$1" in
    bare) "$java" -version ;;
    help) ./wuhealth analyze --help ;;
    analyze) ./wuhealth analyze --fail-on none "$snapshot" ;;
    analyze-no-cds) WUHEALTH_NO_CDS=1 ./wuhealth analyze --fail-on none "$snapshot" ;;
    analyze-c2) WUHEALTH_JAVA_OPTS=-XX:TieredStopAtLevel=4 ./wuhealth analyze --fail-on none "$snapshot" ;;
    analyze-rules) ./wuhealth analyze --fail-on none --rules "$empty_rules" "$snapshot" ;;
    rules-test) ./wuhealth rules test ;;
  esac
}
for _ in $(seq "$runs"); do
  for v in "${variants[@]}"; do
    start=$(date +%s%N)
    run_variant "$v" >/dev/null 2>&1 || { echo "variant $v failed" >&2; exit 1; }
    end=$(date +%s%N)
    times[$v]+="$(( (end - start) / 1000000 )) "
  done
done
median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
bare=$(median "${times[bare]}")
printf '%-16s %10s %10s  %s\n' variant median_ms x_bare runs_ms
for v in "${variants[@]}"; do
  m=$(median "${times[$v]}")
  printf '%-16s %10d %10s  %s\n' "$v" "$m" "$(awk -v m="$m" -v b="$bare" 'BEGIN {printf "%.1f", m / b}')" "${times[$v]}"
done
echo "($("$java" -version 2>&1 | head -1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg))"
