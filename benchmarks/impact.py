"""`policykg impact` on the 37-report graph: this tree's code beside the code before the impact package
(policykg/impact.py, taken from git history), each a whole cold CLI process, in the same run.

    .venv/bin/python benchmarks/impact.py                      # builds the graph first (about a minute)
    .venv/bin/python benchmarks/impact.py --graph out/graph.trig --repeats 3
    .venv/bin/python benchmarks/impact.py --no-old             # the old code takes minutes

Nothing here is a test: times are printed and written to benchmarks/impact.json, with the ratio.
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from bench_args import at_least, graph_file, parser, write_whole, run as run_main

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
# run the CLI from the tree given as argv[1], whatever the editable install points at
DRIVER = "import sys; sys.path.insert(0, sys.argv.pop(1)); from policykg.cli import main; main()"


def old_revision() -> str:
    """The last commit with policykg/impact.py as one module: the parent of the one that split it."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()

    return git("rev-parse", "--short", git("rev-list", "-1", "HEAD", "--", "policykg/impact.py") + "^")


def export_tree(rev: str, dest: Path) -> Path:
    """policykg/ and data/gazetteer/ of REV, unpacked into DEST."""
    archive = subprocess.run(["git", "archive", "--format=tar", rev, "policykg", "data/gazetteer"], cwd=ROOT,
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(dest, filter="data")
    return dest


def timed(tree: Path, graph: Path, out: Path) -> float:
    t = time.perf_counter()
    p = subprocess.run([PY, "-c", DRIVER, str(tree), "impact", "--graph", str(graph), "--out", str(out)],
                       cwd=ROOT, capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=""))
    wall = time.perf_counter() - t
    if p.returncode != 0:
        raise SystemExit(f"impact failed ({p.returncode}) with {tree}:\n{p.stderr[-2000:]}")
    return wall


def build_graph(tmp: Path) -> Path:
    out = tmp / "graph"
    subprocess.run([PY, "-m", "policykg.cli", "build", "--out", str(out), "--quiet", "--no-progress"],
                   cwd=ROOT, check=True)
    return out / "graph.trig"


def main() -> None:
    ap = parser(description=__doc__.splitlines()[0])
    ap.add_argument("--graph", type=graph_file, help="graph.trig of the 37 reports (default: build it)")
    ap.add_argument("--repeats", type=at_least(1), default=3, help="runs of the new code (best is reported)")
    ap.add_argument("--no-old", action="store_true", help="skip the old code")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-impact-") as tmp_name:
        tmp = Path(tmp_name)
        graph = args.graph.resolve() if args.graph else build_graph(tmp)
        new = [timed(ROOT, graph, tmp / f"new-{i}") for i in range(args.repeats)]
        result = {"graph": graph.name, "new_runs_s": [round(x, 2) for x in new], "new_best_s": round(min(new), 2)}
        if not args.no_old:
            rev = old_revision()
            old = timed(export_tree(rev, tmp / "old-tree"), graph, tmp / "old-out")
            result.update(old_revision=rev, old_s=round(old, 2), speedup=round(old / min(new), 1))
    result["load_average"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(result, ensure_ascii=False, indent=1))
    write_whole(ROOT / "benchmarks" / "impact.json", json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    run_main(main)
