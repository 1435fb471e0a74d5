"""Time to exit and peak memory of `policykg query` whose reader goes away after its first line
(`policykg query million.rq --max-rows 0 | head -1`), for two checkouts run alternately.

    python benchmarks/query_pipe.py BEFORE_DIR AFTER_DIR [--rows 1000000] [--formats csv,json,table] [--pairs 3]

The query is written here: SELECT of ROWS numbers made by VALUES cross products on a one-triple graph, so
the answer costs its rows alone. Each run is a whole `policykg` process of that checkout (PYTHONPATH=DIR)
whose stdout is a pipe this script reads one line of, then closes; the time is from the start to the
process's end (os.wait4), the memory its peak RSS. Prints each run, and per format the median of the pair
ratios before / after.
"""
from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_args import at_least, parser, run as run_main  # noqa: E402

PY = sys.executable


def million_query(rows: int) -> str:
    """A SELECT of ROWS rows (a power of ten) of one number each, with no graph pattern."""
    digits = round(math.log10(rows))
    if 10 ** digits != rows:
        raise SystemExit(f"query_pipe.py: --rows {rows}: give a power of ten")
    names = [f"?d{i}" for i in range(digits)]
    values = " ".join(f"VALUES {n} {{0 1 2 3 4 5 6 7 8 9}}" for n in names)
    number = "+".join(f"{n}*{10 ** i}" for i, n in enumerate(reversed(names))) or "0"
    return f"SELECT ?i WHERE {{ {values} BIND({number} AS ?i) }}\n"


def one_run(checkout: Path, query: Path, graph: Path, fmt: str) -> dict:
    argv = [PY, "-m", "policykg", "query", str(query), "--graph", str(graph), "--format", fmt, "--max-rows", "0"]
    env = dict(os.environ, PYTHONPATH=str(checkout))
    start = time.monotonic()
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=query.parent)
    first = p.stdout.readline()
    p.stdout.close()          # the reader goes away, as `head -1` does
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.monotonic() - start
    err = p.stderr.read().decode("utf-8", "replace")
    p.stderr.close()
    return {"wall": wall, "rc": os.waitstatus_to_exitcode(status), "rss_kib": usage.ru_maxrss,
            "first": first.decode("utf-8", "replace").rstrip("\n"), "stderr": err.strip()[:200]}


def main() -> None:
    ap = parser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--rows", type=at_least(1), default=1_000_000)
    ap.add_argument("--formats", default="csv,json,table")
    ap.add_argument("--pairs", type=at_least(1), default=3)
    ap.add_argument("--json", type=Path, help="write the runs here too")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="query-pipe-") as tmp:
        query, graph = Path(tmp, "million.rq"), Path(tmp, "one.ttl")
        query.write_text(million_query(args.rows), encoding="utf-8")
        graph.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
        runs = []
        for fmt in args.formats.split(","):
            for i in range(args.pairs):
                order = [("before", args.before), ("after", args.after)]
                if i % 2:
                    order.reverse()
                pair = {name: one_run(co, query, graph, fmt) for name, co in order}
                pair.update(format=fmt, load=os.getloadavg()[0])
                runs.append(pair)
                b, a = pair["before"], pair["after"]
                print(f"{fmt} pair {i + 1}: before {b['wall']:.2f} s {b['rss_kib'] // 1024} MiB rc {b['rc']}, "
                      f"after {a['wall']:.2f} s {a['rss_kib'] // 1024} MiB rc {a['rc']}, "
                      f"ratio {b['wall'] / a['wall']:.1f}, first lines {'equal' if b['first'] == a['first'] else 'DIFFER'}"
                      f"{', stderr: ' + a['stderr'] if a['stderr'] else ''}", flush=True)
            mine = [r for r in runs if r["format"] == fmt]
            print(f"{fmt}: median wall ratio {statistics.median(r['before']['wall'] / r['after']['wall'] for r in mine):.1f}, "
                  f"median peak memory ratio "
                  f"{statistics.median(r['before']['rss_kib'] / r['after']['rss_kib'] for r in mine):.1f}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(runs, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    run_main(main)
