#!/usr/bin/env bash
# The figures the geofence's performance targets are stated in, each from its own JMH run:
#   1. telemetry: UTM Kit and both JTS contenders at 10k and 100k zones (mixed polygons; uniform
#      and track points), 3 forks, with -prof gc (allocation per check);
#   2. threads: UTM Kit at 10k zones on 1 thread and on 2 (-t 1, -t 2), 3 forks each;
#   3. the 100k-zone index build (UTM Kit and JTS STRtree) and one zone changed (ZoneChangeBenchmark);
#   4. retained memory (JOL) at 10k and 100k zones.
# About 50 minutes on 2 cores. Results: benchmarks/target/targets-<stamp>-*; the report is printed
# at the end. Extra JMH options for run 1 go after the script's name.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
cd "$root"

./mvnw -q -pl benchmarks -am package -DskipTests
jar="$(mktemp "${TMPDIR:-/tmp}/utm-benchmarks-XXXXXX.jar")"
trap 'rm -f "$jar"' EXIT
cp "$here/target/benchmarks.jar" "$jar"
mkdir -p "$here/target"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="$here/target/targets-$stamp"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)"

run() {
    local name="$1"
    shift
    echo "== $name: $(date -u +%H:%M:%S), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    java -jar "$jar" "$@" -rf json -rff "$out-$name.json" > "$out-$name.log" 2>&1 \
        || { echo "$name failed: see $out-$name.log"; tail -20 "$out-$name.log"; }
}

run telemetry 'TelemetryCheckBenchmark\.(utmKit|jtsStrtreePrepared|jtsHprtreeLocator)$' \
    -p zones=10000,100000 -p polygons=mixed -p queries=uniform,tracks \
    -f 3 -wi 3 -w 1s -i 5 -r 1s -prof gc "$@"
run threads-1 'TelemetryCheckBenchmark\.utmKit$' -p zones=10000 -p polygons=mixed -p queries=uniform,tracks \
    -f 3 -wi 3 -w 1s -i 5 -r 1s -t 1
run threads-2 'TelemetryCheckBenchmark\.utmKit$' -p zones=10000 -p polygons=mixed -p queries=uniform,tracks \
    -f 3 -wi 3 -w 1s -i 5 -r 1s -t 2
run build 'IndexBuildBenchmark\.(utmKit|jtsStrtreePrepared)$' -f 2 -wi 2 -i 5
run change 'ZoneChangeBenchmark' -f 2 -wi 3 -w 1s -i 5 -r 1s
echo "== memory: $(date -u +%H:%M:%S), load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx12g -cp "$jar" kz.utm.benchmarks.MemoryFootprint 10000 100000 | tee "$out-memory.txt"
echo "== done: $(date -u +%H:%M:%S), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
python3 "$here/report.py" "$out"-*.json | tee "$out-report.txt"
