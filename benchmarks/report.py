#!/usr/bin/env python3
"""Reads JMH JSON results (-rf json) and prints throughput ratios, candidate / baseline.

Per-fork scores are the mean of that fork's measurement iterations (JMH's rawData); the ratio
is taken fork by fork (fork i of the candidate over fork i of the baseline), and the median of
those ratios is reported, with their range. The last line printed is always:

    min ratio vs JTS STRtree+PreparedGeometry at 10k zones: X.XX

the smallest, over the 10k-zone telemetry workloads measured (jagged polygons excluded: they are
reported without a bar), of UTM Kit's median ratio to the baseline.

usage: report.py result.json [more.json ...]   (a benchmark in several files: the first counts)
"""
import json
import statistics
import sys

TELEMETRY = "kz.utm.benchmarks.TelemetryCheckBenchmark"
BUILD = "kz.utm.benchmarks.IndexBuildBenchmark"
BASELINE = "jtsStrtreePrepared"
PAIRS = [
    ("utmKit", "jtsStrtreePrepared"),
    ("utmKit", "jtsHprtreeLocator"),
    ("jtsHprtreeLocator", "jtsStrtreePrepared"),
    ("bruteForce", "jtsStrtreePrepared"),
    ("utmKit", "bruteForce"),
]
NAMES = {
    "utmKit": "UTM Kit",
    "jtsStrtreePrepared": "JTS STRtree+PreparedGeometry",
    "jtsHprtreeLocator": "JTS HPRtree+IndexedPointInAreaLocator",
    "bruteForce": "UTM Kit brute force",
}
FASTER_IS_HIGHER = {"thrpt"}


def ratio(x):
    return f"{x:.2f}" if x >= 0.1 else f"{x:.2g}"


def fork_scores(entry):
    return [statistics.fmean(iterations) for iterations in entry["primaryMetric"]["rawData"]]


def fork_ratios(candidate, baseline, mode):
    c, b = fork_scores(candidate), fork_scores(baseline)
    n = min(len(c), len(b))
    if mode in FASTER_IS_HIGHER:
        return [c[i] / b[i] for i in range(n)]
    return [b[i] / c[i] for i in range(n)]  # times: the speed-up of the candidate


def load(paths):
    entries = []
    for source, path in enumerate(paths):
        with open(path) as f:
            for e in json.load(f):
                e["source"] = source
                entries.append(e)
    return entries


def key(entry):
    cls, _, method = entry["benchmark"].rpartition(".")
    params = entry.get("params", {})
    return cls, tuple(sorted(params.items())), method, entry.get("threads", 1)


def fmt_params(params):
    p = dict(params)
    order = ["zones", "polygons", "queries", "drones"]
    return " ".join(f"{p[k]:>7}" if k == "zones" else f"{p[k]:<7}" for k in order if k in p)


def main(paths):
    entries = load(paths)
    if not entries:
        sys.exit("report.py: no results in " + " ".join(paths))
    by = {}
    threaded = {}
    for e in entries:
        cls, params, method, threads = key(e)
        threaded.setdefault((cls, params, method), {})[threads] = e
        # A benchmark measured in several files is taken from the first, so that its ratios
        # come from one run: forks of different runs saw different loads. Name the run to
        # compare first.
        if threads == 1:
            by.setdefault((cls, params), {}).setdefault(method, e)

    min_ratio = None
    lowest = {}
    rows = []
    for (cls, params), methods in sorted(by.items(), key=lambda kv: (kv[0][0], sort_params(kv[0][1]))):
        if cls != TELEMETRY:
            continue
        for cand, base in PAIRS:
            if cand in methods and base in methods:
                ratios = fork_ratios(methods[cand], methods[base], methods[cand]["mode"])
                med = statistics.median(ratios)
                rows.append((fmt_params(params), NAMES[cand], NAMES[base], med, min(ratios), max(ratios),
                             len(ratios), dict(params).get("polygons") == "jagged"))
                p = dict(params)
                if (cand, base) == ("utmKit", BASELINE) and p.get("zones") == "10000" \
                        and p.get("polygons") != "jagged":
                    min_ratio = med if min_ratio is None else min(min_ratio, med)
                if cand == "utmKit" and base != "bruteForce" and p.get("polygons") != "jagged":
                    k = (base, p.get("zones"))
                    lowest[k] = min(lowest.get(k, med), med)
    if rows:
        print("Telemetry check, throughput ratio candidate / baseline (median over forks, [min, max])")
        print(f"{'zones polygons queries':<26} {'candidate':<38} {'baseline':<38} {'ratio':>7}  range")
        for params, cand, base, med, lo, hi, n, jagged in rows:
            note = "  (jagged: no bar)" if jagged else ""
            print(f"{params:<26} {cand:<38} {base:<38} {ratio(med):>7}  [{ratio(lo)}, {ratio(hi)}] x{n}{note}")
        print()

    allocation = [(params, method, e) for (cls, params), methods in sorted(by.items(), key=lambda kv: (kv[0][0], sort_params(kv[0][1])))
                  if cls == TELEMETRY for method, e in sorted(methods.items())
                  if "gc.alloc.rate.norm" in e.get("secondaryMetrics", {})]
    if allocation:
        print("Allocation per check (gc.alloc.rate.norm, bytes per operation, mean [min, max] over forks)")
        for params, method, e in allocation:
            m = e["secondaryMetrics"]["gc.alloc.rate.norm"]
            forks = [statistics.fmean(i) for i in m["rawData"]]
            print(f"  {fmt_params(params):<26} {NAMES.get(method, method):<38} {m['score']:.4g} "
                  f"[{min(forks):.3g}, {max(forks):.3g}]")
        print()

    scaling = [(k, v) for k, v in sorted(threaded.items()) if 1 in v and len(v) > 1]
    if scaling:
        print("Threads: throughput of n threads over one (median over forks of each run)")
        for (cls, params, method), runs in scaling:
            one = statistics.median(fork_scores(runs[1]))
            for n in sorted(t for t in runs if t != 1):
                many = statistics.median(fork_scores(runs[n]))
                print(f"  {cls.rpartition('.')[2]}.{method} {fmt_params(params)}: {n} threads "
                      f"{many / one:.2f}x one thread ({many:.5g} vs {one:.5g} {runs[1]['primaryMetric']['scoreUnit']})")
        print()

    builds = [(params, methods) for (cls, params), methods in by.items() if cls == BUILD]
    for params, methods in builds:
        if "utmKit" in methods:
            for base in ("jtsStrtreePrepared", "jtsHprtreeLocator"):
                if base in methods:
                    ratios = fork_ratios(methods["utmKit"], methods[base], methods["utmKit"]["mode"])
                    print(f"Index build {fmt_params(params)}: UTM Kit is {ratio(statistics.median(ratios))}x as fast "
                          f"as {NAMES[base]} [{ratio(min(ratios))}, {ratio(max(ratios))}]")
    others = [(cls, params, methods) for (cls, params), methods in by.items() if cls not in (TELEMETRY,)]
    if others:
        print()
        print("Scores (for the record; compare ratios, not these)")
        for cls, params, methods in sorted(others):
            for method, e in sorted(methods.items()):
                m = e["primaryMetric"]
                print(f"  {cls.rpartition('.')[2]}.{method} {fmt_params(params)}: {m['score']:.4g} "
                      f"± {m['scoreError']:.2g} {m['scoreUnit']} ({e['mode']})")
    print()
    for (base, zones), low in sorted(lowest.items(), key=lambda kv: (kv[0][0], int(kv[0][1]))):
        print(f"min ratio UTM Kit vs {NAMES[base]} at {int(zones):,} zones: {low:.2f}")
    value = "n/a" if min_ratio is None else f"{min_ratio:.2f}"
    print(f"min ratio vs JTS STRtree+PreparedGeometry at 10k zones: {value}")


def sort_params(params):
    p = dict(params)
    return (int(p.get("zones", 0)), p.get("polygons", ""), p.get("queries", ""))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
