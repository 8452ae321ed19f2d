#!/usr/bin/env bash
# Fuzzes every reader of untrusted files with Jazzer (facts-collector's ReadersFuzzTest), one
# target after the other, each for a bounded time, seeded with the real captures and logs of the
# test resources (SeedCorpus). Prints the executions reached per target and fails when a target
# finds something (Jazzer then saves the input under
# facts-collector/src/test/resources/org/wuhealth/fuzz/ReadersFuzzTestInputs/<target>/, where the
# normal test run replays it once it is committed).
#
#   bash bench/fuzz/run.sh                 # every target, 30 s each (CI)
#   bash bench/fuzz/run.sh 600 cbsLog zip  # a long run of some targets
#
# Needs the facts-collector classes built (mvn package or verify before).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-30}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(snapshot systeminfo qfe getHotfix getService registry reportingEvents windowsUpdateLog
    cbsLog iisLog webConfig componentStore graph zip)
fi
mvn -B -ntp -q -pl facts-collector test-compile
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
mvn -B -ntp -q -pl facts-collector dependency:build-classpath -Dmdep.outputFile="$cp_file" \
  -Dmdep.includeScope=test
(cd facts-collector && java -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
  org.wuhealth.fuzz.SeedCorpus)
logs="facts-collector/target/fuzz"
mkdir -p "$logs"
failed=0
total_runs=0
printf '%-18s %12s %8s %s\n' target executions seconds result
for target in "${targets[@]}"; do
  log="$logs/$target.log"
  status=ok
  # JAZZER_FUZZ turns the @FuzzTest into a fuzzing run of max_duration; -rss_limit_mb (2 GB) and a
  # per-input time-out are libFuzzer's defaults as Jazzer sets them.
  if ! JAZZER_FUZZ=1 mvn -B -ntp -pl facts-collector surefire:test -Dfuzz.excluded=none \
    -Dtest="ReadersFuzzTest#$target" -Djazzer.max_duration="${seconds}s" >"$log" 2>&1; then
    status="FINDING (see $log)"
    failed=1
  fi
  runs="$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | awk '{print $2}')"
  took="$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | awk '{print $5}')"
  runs="${runs:-0}"
  total_runs=$((total_runs + runs))
  printf '%-18s %12s %8s %s\n' "$target" "$runs" "${took:-?}" "$status"
done
echo "fuzz: ${#targets[@]} targets, $total_runs executions"
exit "$failed"
