#!/usr/bin/env python3
"""Reads the JMH JSON results of TelemetryIngestBenchmark (-rf json) and prints rows-per-second
ratios of UTM Kit's batch path over the baselines, with their bars.

Per-fork scores are the mean of that fork's measurement iterations (JMH's rawData); the ratio is
taken fork by fork (fork i of the candidate over fork i of the baseline) and the median of those
ratios is reported with their range, as report.py does for the geofence. The last three lines
printed are always:

    ingest ratio UTM Kit batch path / one entity per transaction: X.X (bar 50)
    ingest ratio UTM Kit batch path / one entity per tx, schema's sequence: X.X (bar 50)
    ingest ratio UTM Kit batch path / Hibernate batched: X.XX (bar 3)

usage: ingest_report.py result.json [more.json ...]
"""
import statistics
import sys

from report import fork_ratios, fork_scores, load, ratio

INGEST = "kz.utm.benchmarks.ingest.TelemetryIngestBenchmark"
NAMES = {
    "utmKitBatchPath": "UTM Kit batch path",
    "utmKitService": "UTM Kit TelemetryService.report",
    "entityPerTransaction": "one entity per transaction",
    "entityPerTransactionSchemaSequence": "one entity per tx, schema's sequence",
    "hibernateBatched": "Hibernate batched",
}
# (candidate, baseline, bar or None)
PAIRS = [
    ("utmKitBatchPath", "entityPerTransaction", 50),
    ("utmKitBatchPath", "entityPerTransactionSchemaSequence", 50),
    ("utmKitBatchPath", "hibernateBatched", 3),
    ("utmKitService", "entityPerTransaction", None),
    ("utmKitService", "hibernateBatched", None),
    ("hibernateBatched", "entityPerTransaction", None),
]


def main(paths):
    by = {}
    for e in load(paths):
        cls, _, method = e["benchmark"].rpartition(".")
        if cls == INGEST:
            params = tuple(sorted(e.get("params", {}).items()))
            by.setdefault(params, {})[method] = e
    if not by:
        sys.exit("ingest_report.py: no TelemetryIngestBenchmark results in " + " ".join(paths))
    finals = {}
    for params, methods in sorted(by.items()):
        label = ", ".join(f"{k}={v}" for k, v in params)
        print(f"Telemetry ingest on PostgreSQL ({label}), rows per second")
        for method in NAMES:
            if method in methods:
                scores = fork_scores(methods[method])
                print(f"  {NAMES[method]:<38} {statistics.median(scores):>10,.0f} rows/s"
                      f"  [{min(scores):,.0f}, {max(scores):,.0f}] x{len(scores)}")
        print()
        print(f"  {'candidate':<34} {'baseline':<38} {'ratio':>7}  range        bar")
        for cand, base, bar in PAIRS:
            if cand in methods and base in methods:
                ratios = fork_ratios(methods[cand], methods[base], "thrpt")
                med = statistics.median(ratios)
                verdict = "" if bar is None else (f">= {bar}: " + ("met" if med >= bar else "NOT MET"))
                print(f"  {NAMES[cand]:<34} {NAMES[base]:<38} {ratio(med):>7}  "
                      f"[{ratio(min(ratios))}, {ratio(max(ratios))}] x{len(ratios)}  {verdict}")
                if bar is not None and dict(params).get("synchronousCommit", "on") == "on":
                    finals[(cand, base)] = (med, bar)
        print()
    for (cand, base), (med, bar) in finals.items():
        print(f"ingest ratio {NAMES[cand]} / {NAMES[base]}: {ratio(med)} (bar {bar})")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
