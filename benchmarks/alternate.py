"""Before → after timing of two checkouts of policykg, run alternately (a shared machine's load moves
absolute times by ±30 %; a pair of runs minutes apart shares it).

    python benchmarks/alternate.py BEFORE_DIR AFTER_DIR [--what seed|corpus] [--pairs 5] [--jobs 2]

Each run is a whole, cold `policykg build` process of that checkout (PYTHONPATH=DIR, bytecode compiled
first), of the seed (jinghai-2021) or of the 37 shipped reports (`data/`, `--no-stream`), into a fresh
folder; the order inside a pair alternates (before first, then after first). Prints every pair's wall
and CPU seconds (user + system of the process tree that was waited for) and the median of the pair
ratios before / after, and whether every output file of the last pair is byte-identical.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_args import at_least, parser, run as run_main  # noqa: E402
from run import _same_tree  # noqa: E402  (the same file-by-file comparison as `make bench`)

PY = sys.executable
CPU = r"""
import resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(rc, time.perf_counter() - t, ru.ru_utime + ru.ru_stime, ru.ru_maxrss)
"""


def one_run(checkout: Path, what: str, out: Path, jobs: int) -> dict:
    src = "data/reports/jinghai-2021.txt" if what == "seed" else "data"
    argv = [PY, "-m", "policykg.cli", "build", src, "--out", str(out), "--quiet", "--no-progress"]
    if what == "corpus":
        argv += ["--jobs", str(jobs), "--no-stream"]
    env = dict(os.environ, PYTHONPATH=str(checkout))
    p = subprocess.run([PY, "-c", CPU, *argv], cwd=checkout, env=env, capture_output=True, text=True)
    rc, wall, cpu, rss = p.stdout.split()
    if int(rc) not in (0, 1):
        _fail(f"{checkout}: its build failed (exit {rc})")
    if not (out / ".policykg-output").is_file():   # timed, and two missing outputs compared as identical
        _fail(f"{checkout}: its build exited {rc} but wrote no output into {out}")
    return {"wall": float(wall), "cpu": float(cpu), "rss_kib": int(rss)}


def _fail(message: str) -> None:
    print(f"alternate.py: {message}", file=sys.stderr)
    sys.exit(2)


def checkout(text: str) -> Path:
    """An argparse type: a checkout of policykg whose package compiles (its bytecode written first, so no
    run pays for it; one that did not compile ended in a CalledProcessError traceback)."""
    path = Path(text).resolve()
    if not (path / "policykg" / "cli.py").is_file():
        raise argparse.ArgumentTypeError(f"{text}: not a checkout of policykg (no policykg/cli.py)")
    if subprocess.run([PY, "-m", "compileall", "-q", "policykg"], cwd=path, capture_output=True).returncode:
        raise argparse.ArgumentTypeError(f"{text}: its policykg does not compile (python -m compileall -q policykg)")
    return path


def _pairs(args, tmp: Path) -> tuple[list[dict], bool]:
    """Every pair's timings, and whether the last pair's outputs are byte-identical (the earlier pairs'
    outputs removed as they are done)."""
    rows, last = [], {}
    for i in range(args.pairs):
        order = [("before", args.before), ("after", args.after)]
        if i % 2:
            order.reverse()
        for out in last.values():
            shutil.rmtree(out, ignore_errors=True)
        last = {name: tmp / f"{name}-{i}" for name, _ in order}
        pair = {name: one_run(d, args.what, last[name], args.jobs) for name, d in order}
        pair["load"] = os.getloadavg()[0]
        rows.append(pair)
        b, a = pair["before"], pair["after"]
        print(f"pair {i + 1}: before {b['wall']:.2f} s ({b['cpu']:.2f} CPU), after {a['wall']:.2f} s "
              f"({a['cpu']:.2f} CPU), ratio {b['wall'] / a['wall']:.3f}, load {pair['load']:.1f}", flush=True)
    return rows, _same_tree(last["before"], last["after"])


def main() -> None:
    ap = parser(description="Two checkouts' builds timed alternately.")
    ap.add_argument("before", type=checkout)
    ap.add_argument("after", type=checkout)
    ap.add_argument("--what", choices=["seed", "corpus"], default="seed")
    ap.add_argument("--pairs", type=at_least(1), default=5)
    ap.add_argument("--jobs", type=at_least(1), default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="alternate-") as tmp:   # 2 builds a pair: never left behind
        rows, same = _pairs(args, Path(tmp))
    summary = {
        "what": args.what, "pairs": rows, "identical": same,
        "median_wall_ratio": statistics.median(r["before"]["wall"] / r["after"]["wall"] for r in rows),
        "median_cpu_ratio": statistics.median(r["before"]["cpu"] / r["after"]["cpu"] for r in rows),
        "median_wall": {k: statistics.median(r[k]["wall"] for r in rows) for k in ("before", "after")},
    }
    print(json.dumps({k: v for k, v in summary.items() if k != "pairs"}, indent=1))
    print(json.dumps(summary), file=sys.stderr)


if __name__ == "__main__":
    run_main(main)
