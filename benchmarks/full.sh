#!/usr/bin/env bash
# The full suite (about 80 minutes on 2 cores): every telemetry workload, the brute force at 100 and
# 1,000 zones, the 100k-zone index build, one zone changed at 100k zones, the route check, the conformance monitor, then the
# retained memory (JOL). Results: benchmarks/target/full-<stamp>-*.json and .log; the ratio
# table is printed at the end. Extra JMH options (e.g. -f 3) go after the script's name.
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
out="$here/target/full-$stamp"
common=(-f 2 -wi 3 -w 1s -i 4 -r 1s "$@")
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)"

run() {
    local name="$1"
    shift
    echo "== $name: $(date -u +%H:%M:%S), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    java -jar "$jar" "$@" -rf json -rff "$out-$name.json" > "$out-$name.log" 2>&1 \
        || { echo "$name failed: see $out-$name.log"; tail -20 "$out-$name.log"; }
}

contenders='TelemetryCheckBenchmark\.(utmKit|jtsStrtreePrepared|jtsHprtreeLocator)$'
run telemetry "$contenders" -p zones=100,1000,10000 -p polygons=mixed,large,jagged \
    -p queries=uniform,tracks "${common[@]}"
# 100k zones of 250-1,000-vertex polygons need some 15 GB with every contender built: left out.
run telemetry-100k "$contenders" -p zones=100000 -p polygons=mixed,jagged -p queries=uniform,tracks "${common[@]}"
run brute-force 'TelemetryCheckBenchmark\.bruteForce$' -p zones=100,1000 -p polygons=mixed \
    -p queries=uniform,tracks "${common[@]}"
run build 'IndexBuildBenchmark' -f 2 -wi 2 -i 5 "$@"
run change 'ZoneChangeBenchmark' "${common[@]}"
run route 'RouteCheckBenchmark' "${common[@]}"
run monitor 'ConformanceMonitorBenchmark' "${common[@]}"
echo "== memory: $(date -u +%H:%M:%S), load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx12g -cp "$jar" kz.utm.benchmarks.MemoryFootprint 1000 10000 100000 | tee "$out-memory.txt"
echo
grep -ho '# data set:.*' "$out"-telemetry*.log "$out"-brute-force.log | sed 's/; set up in.*//' | sort -u > "$out-datasets.txt" || true
python3 "$here/report.py" "$out"-*.json | tee "$out-report.txt"
