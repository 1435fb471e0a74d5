"""Before → after timing of the slow outputs a researcher waits on, `export --format ttl`, `table` and
`query` (a competency question, its answer on stdout, not compared), of two checkouts of policykg run
alternately on one built graph (alternate.py does the same for builds).

    python benchmarks/alternate_use.py BEFORE_DIR AFTER_DIR --graph out/graph.trig [--what ttl|table|query]
        [--table targets|outcomes|assessments] [--format csv|json|parquet] [--question cq-01] [--pairs 5]

Each run is a whole, cold `policykg` process of that checkout (PYTHONPATH=DIR, bytecode compiled first)
writing into a fresh file; the order inside a pair alternates. Prints every pair's wall and CPU seconds and
peak RSS, the median of the pair ratios before / after, and whether the last pair's outputs are
byte-identical.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from alternate import CPU, PY, _fail, checkout  # noqa: E402
from bench_args import at_least, graph_file, parser, run as run_main  # noqa: E402

# what → the policykg arguments that write it (GRAPH, OUT, the --table and --format options)
COMMANDS = {
    "ttl": lambda graph, out, args: ["export", "--graph", graph, "--format", "ttl", "--out", out],
    "table": lambda graph, out, args: ["table", args.table, "--graph", graph, "--format", args.format,
                                       "--out", out],
    "query": lambda graph, out, args: ["query", args.question, "--graph", graph, "--format", "csv"],
}


def one_run(co: Path, args, out: Path) -> dict:
    argv = [PY, "-m", "policykg.cli", *COMMANDS[args.what](str(args.graph), str(out), args)]
    p = subprocess.run([PY, "-c", CPU, *argv], cwd=co, env=dict(os.environ, PYTHONPATH=str(co)),
                       capture_output=True, text=True)
    rc, wall, cpu, rss = p.stdout.split()
    if int(rc) != 0 or (args.what != "query" and not out.is_file()):
        _fail(f"{co}: `policykg {args.what}` failed (exit {rc})")
    return {"wall": float(wall), "cpu": float(cpu), "rss_kib": int(rss)}


def _pairs(args, tmp: Path) -> tuple[list[dict], bool]:
    suffix = "ttl" if args.what == "ttl" else args.format
    rows, last = [], {}
    for i in range(args.pairs):
        order = [("before", args.before), ("after", args.after)]
        if i % 2:
            order.reverse()
        last = {name: tmp / f"{name}-{i}.{suffix}" for name, _ in order}
        pair = {name: one_run(d, args, last[name]) for name, d in order}
        pair["load"] = os.getloadavg()[0]
        rows.append(pair)
        b, a = pair["before"], pair["after"]
        print(f"pair {i + 1}: before {b['wall']:.2f} s ({b['cpu']:.2f} CPU, {b['rss_kib'] // 1024} MiB), after "
              f"{a['wall']:.2f} s ({a['cpu']:.2f} CPU, {a['rss_kib'] // 1024} MiB), ratio {b['wall'] / a['wall']:.3f}, "
              f"load {pair['load']:.1f}", flush=True)
    if args.what == "query":
        return rows, None   # the answer went to stdout, not kept
    return rows, last["before"].read_bytes() == last["after"].read_bytes()


def main() -> None:
    ap = parser(description="Two checkouts' `export --format ttl` or `table` timed alternately.")
    ap.add_argument("before", type=checkout)
    ap.add_argument("after", type=checkout)
    ap.add_argument("--graph", type=graph_file, required=True, help="a built graph.trig (or .ttl)")
    ap.add_argument("--what", choices=sorted(COMMANDS), default="ttl")
    ap.add_argument("--table", choices=["targets", "outcomes", "assessments"], default="targets")
    ap.add_argument("--format", choices=["csv", "json", "parquet"], default="csv")
    ap.add_argument("--question", default="cq-01", help="the competency question --what query runs")
    ap.add_argument("--pairs", type=at_least(1), default=5)
    args = ap.parse_args()
    args.graph = args.graph.resolve()
    with tempfile.TemporaryDirectory(prefix="alternate-use-") as tmp:   # outputs never left behind
        rows, same = _pairs(args, Path(tmp))
    summary = {
        "what": {"ttl": "ttl", "query": f"query {args.question}"}.get(args.what, f"table {args.table} {args.format}"),
        "graph": str(args.graph),
        "pairs": rows, "identical": same,
        "median_wall_ratio": statistics.median(r["before"]["wall"] / r["after"]["wall"] for r in rows),
        "median_cpu_ratio": statistics.median(r["before"]["cpu"] / r["after"]["cpu"] for r in rows),
        "median_wall": {k: statistics.median(r[k]["wall"] for r in rows) for k in ("before", "after")},
        "peak_rss_mib": {k: max(r[k]["rss_kib"] for r in rows) / 1024 for k in ("before", "after")},
    }
    print(json.dumps({k: v for k, v in summary.items() if k != "pairs"}, indent=1))
    print(json.dumps(summary), file=sys.stderr)


if __name__ == "__main__":
    run_main(main)
