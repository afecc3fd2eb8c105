#!/usr/bin/env bash
# The quick suite: the 10k-zone telemetry workload (mixed polygons, uniform and track points),
# UTM Kit against both JTS contenders, three forks, short warmup and measurement: under five
# minutes on 2 cores. Prints the ratio table; the last line is
#   min ratio vs JTS STRtree+PreparedGeometry at 10k zones: X.XX
# (median over forks of the per-fork ratio, the smaller of the two query sets).
# The full suite is benchmarks/full.sh; see benchmarks/README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
cd "$root"

./mvnw -q -pl benchmarks -am package -DskipTests
# Run from a private copy of the jar: a build started meanwhile in the same tree (another
# module's engineer, an IDE) rewrites target/, and JMH starts a fresh JVM for every fork.
jar="$(mktemp "${TMPDIR:-/tmp}/utm-benchmarks-XXXXXX.jar")"
trap 'rm -f "$jar"' EXIT
cp "$here/target/benchmarks.jar" "$jar"
mkdir -p "$here/target"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
json="$here/target/quick-$stamp.json"
log="$here/target/quick-$stamp.log"
echo "JMH: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)"
echo "JMH log: $log"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -jar "$jar" \
    'TelemetryCheckBenchmark\.(utmKit|jtsStrtreePrepared|jtsHprtreeLocator)$' \
    -p zones=10000 -p polygons=mixed -p queries=uniform,tracks \
    -f 3 -wi 2 -w 1s -i 3 -r 1s -foe true \
    -rf json -rff "$json" > "$log" 2>&1 || { tail -40 "$log"; exit 1; }
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg) (on 2 cores, anything much above 1 means other work competed)"
grep -o '# data set:.*' "$log" | sed 's/; set up in.*//' | sort -u || true
echo
python3 "$here/report.py" "$json"
