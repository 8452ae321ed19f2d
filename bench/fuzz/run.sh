#!/usr/bin/env bash
# Fuzzes every reader of untrusted files with Jazzer, one target after the other, each for a
# bounded time, seeded with the real captures, logs and CVRF excerpts of the test resources. Prints
# the executions reached per target and fails when a target finds something (Jazzer then saves the
# input under the module's src/test/resources/<package>/<test class>Inputs/<target>/, where the
# normal test run replays it once it is committed).
#
#   bash bench/fuzz/run.sh                 # every target, 30 s each (CI)
#   bash bench/fuzz/run.sh 600 cbsLog zip  # a long run of some targets
#
# Targets: the methods of facts-collector's ReadersFuzzTest (one per reader of an import) and of
# rules' CvrfFuzzTest (the CVRF reader). Maven runs once, to compile the tests and resolve the test
# class path of the rules module (which holds facts-collector's test classes too); each target is
# then a plain java process (FuzzRun, on the JUnit platform) started in its module's folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
seconds="${1:-30}"
shift || true
readers=(snapshot systeminfo qfe getHotfix getService registry reportingEvents windowsUpdateLog
  cbsLog iisLog webConfig iisConfig componentStore graph zip)
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=("${readers[@]}" cvrf)
fi

# module and test class of a target
where() {
  if [ "$1" = cvrf ]; then
    echo "rules org.wuhealth.knowledge.cvrf.CvrfFuzzTest"
  elif printf '%s\n' "${readers[@]}" | grep -qx "$1"; then
    echo "facts-collector org.wuhealth.fuzz.ReadersFuzzTest"
  else
    echo "bench/fuzz/run.sh: no fuzz target $1" >&2
    exit 2
  fi
}
for target in "${targets[@]}"; do where "$target" >/dev/null; done

start=$(date +%s)
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
mvn -B -ntp -q -pl rules -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$cp_file"
cp="$root/rules/target/test-classes:$root/rules/target/classes:$(cat "$cp_file")"
(cd facts-collector && java -cp "$cp" org.wuhealth.fuzz.SeedCorpus)
(cd rules && java -cp "$cp" org.wuhealth.knowledge.cvrf.CvrfTarget)
echo "fuzz: compiled and seeded in $(( $(date +%s) - start )) s"

logs="$root/rules/target/fuzz"
mkdir -p "$logs"
failed=0
total_runs=0
printf '%-18s %12s %8s %8s %s\n' target executions seconds wall result
for target in "${targets[@]}"; do
  read -r module class <<<"$(where "$target")"
  log="$logs/$target.log"
  status=ok
  began=$(date +%s)
  # JAZZER_FUZZ turns the @FuzzTest into a fuzzing run of max_duration; -rss_limit_mb (2 GB) and a
  # per-input time-out are libFuzzer's defaults as Jazzer sets them. The heap stays below the RSS
  # limit (the JVM's default, a quarter of the memory, lets the heap grow past it without need), so
  # that an input that exhausts memory is an OutOfMemoryError that names its place.
  if ! (cd "$module" && JAZZER_FUZZ=1 java -Xmx1g -cp "$cp" -Djazzer.max_duration="${seconds}s" \
    org.wuhealth.fuzz.FuzzRun "$class#$target(byte[])") >"$log" 2>&1; then
    status="FINDING (see $log)"
    failed=1
    # CI keeps only the console: show what was found and where the input went
    grep -E -A12 '== Java Exception|ERROR: libFuzzer|Stack overflow|OutOfMemoryError' "$log" |
      head -40 | sed "s/^/  $target: /" >&2 || true
    grep -E 'Test unit written|crash-|timeout-|Inputs/' "$log" | head -5 | sed "s/^/  $target: /" >&2 || true
  fi
  runs="$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | awk '{print $2}')"
  took="$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | awk '{print $5}')"
  runs="${runs:-0}"
  total_runs=$((total_runs + runs))
  printf '%-18s %12s %8s %8s %s\n' "$target" "$runs" "${took:-?}" "$(( $(date +%s) - began ))" \
    "$status"
done
echo "fuzz: ${#targets[@]} targets, $total_runs executions in $(( $(date +%s) - start )) s"
exit "$failed"
