"""policykg benchmarks (`make bench`): every figure beside the reference stack measured in the same run.

Each measurement is a whole, cold Python process (imports, dictionary loads and all), started through
a small wrapper that reports the peak RSS of the process tree (getrusage RUSAGE_CHILDREN ru_maxrss:
the largest process, workers included). Stage timings come from the build itself (POLICYKG_TIMINGS).

    .venv/bin/python benchmarks/run.py                 # every part: seed, corpus, scale 10 and 100, query,
                                                       # questions (37 reports), questions-scale (1,000)
    .venv/bin/python benchmarks/run.py --scale 10 100 1000
    .venv/bin/python benchmarks/run.py --only seed
    .venv/bin/python benchmarks/run.py --only export       # export of the 37-report graph, fast vs rdflib path
    .venv/bin/python benchmarks/run.py --only questions questions-scale   # the competency questions on
                                                       # 37 and 1,000 reports, locally and through serve

Nothing here is a test: no time is asserted, only printed (and written to benchmarks/results.json).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_args import at_least, graph_file, parser, write_whole, run as run_main

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SEED = ROOT / "data" / "reports" / "jinghai-2021.txt"
STAGES = ("read", "structure", "extract", "emit", "link", "union", "reason", "validate", "write")

WRAPPER = r"""
import json, resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
wall = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
print(json.dumps({"rc": p.returncode, "wall": wall, "rss_kib": rss, "stderr": p.stderr[-2000:]}))
"""

SCALE_DRIVER = r"""
import sys
from policykg.corpus.build import build, write_outputs
from policykg.corpus.inputs import folder_reports
from policykg.corpus.stream import build_stream
n, out, engine, stream, jobs = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4] == "1", int(sys.argv[5])
base = folder_reports("data")   # run with cwd = the checkout
paths, overrides = [], []
for i in range(n):
    paths.append(base[i % len(base)])
    overrides.append({"report_id": f"bench-{i:05d}"})   # distinct report IRIs for the replicas
if stream:
    build_stream(paths, out, engine=engine, overrides=overrides, jobs=jobs)
else:
    write_outputs(build(paths, engine=engine, overrides=overrides, jobs=jobs), out)
"""


def run(argv: list[str], timings: bool = True) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    tf = tempfile.NamedTemporaryFile(suffix=".json", delete=False)
    tf.close()
    if timings:
        env["POLICYKG_TIMINGS"] = tf.name
    p = subprocess.run([PY, "-c", WRAPPER, *argv], env=env, cwd=ROOT, capture_output=True, text=True)
    res = json.loads(p.stdout.strip().splitlines()[-1])
    if res["rc"] not in (0, 1):
        raise SystemExit(f"failed ({res['rc']}): {' '.join(argv)}\n{res['stderr']}")
    try:
        res["timings"] = json.loads(Path(tf.name).read_text()) if Path(tf.name).stat().st_size else {}
    except (OSError, ValueError):
        res["timings"] = {}
    os.unlink(tf.name)
    return res


def cli(*args: str) -> list[str]:
    return [PY, "-m", "policykg.cli", "build", *args, "--quiet", "--no-progress"]


def fmt_s(x: float | None) -> str:
    return "—" if x is None else (f"{x:.2f} s" if x < 100 else f"{x:.0f} s")


def ratio(ref: float | None, fast: float | None) -> str:
    return "—" if not ref or not fast else f"{ref / fast:.1f}×"


def bench_seed(tmp: Path, repeats: int) -> dict:
    fast = [run(cli(str(SEED), "--out", str(tmp / f"seed-fast-{i}"))) for i in range(repeats)]
    best = min(fast, key=lambda r: r["wall"])
    ref = run(cli(str(SEED), "--engine", "reference", "--out", str(tmp / "seed-ref")))
    same = all((tmp / "seed-fast-0" / f).read_bytes() == (tmp / "seed-ref" / f).read_bytes()
               for f in ("graph.ttl", "graph.trig", "validation.ttl"))
    return {"default": best, "default_all": [r["wall"] for r in fast], "reference": ref, "identical": same}


def bench_corpus(tmp: Path, jobs: int) -> dict:
    from policykg.corpus.inputs import folder_reports
    n = len(folder_reports(str(ROOT / "data")))
    res = run(cli(str(ROOT / "data"), "--out", str(tmp / "corpus"), "--jobs", str(jobs), "--no-stream"))
    return {"reports": n, "default": res}


def bench_add(tmp: Path, jobs: int) -> dict:
    """`policykg add` of one report (the seed) to a build of the other 36, and of the same report again
    (a replacement), beside a full build of all 37 in the same run; and whether the files are identical."""
    from policykg.corpus.inputs import folder_reports

    every = folder_reports(str(ROOT / "data"))
    others = [p for p in every if p != str(SEED)]
    run(cli(*others, "--out", str(tmp / "add"), "--jobs", str(jobs), "--no-stream"))
    add = [PY, "-m", "policykg.cli", "add", str(SEED), "--out", str(tmp / "add"), "--jobs", str(jobs),
           "--quiet", "--no-progress"]
    added = run(add)
    replaced = run(add)
    full = run(cli(*every, "--out", str(tmp / "add-full"), "--jobs", str(jobs), "--no-stream"))
    return {"add": added, "replace": replaced, "full": full, "identical": _same_tree(tmp / "add", tmp / "add-full")}


def _same_tree(a: Path, b: Path) -> bool:
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    return files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file()) and all(
        (a / f).read_bytes() == (b / f).read_bytes() for f in files)


def bench_scale(tmp: Path, sizes: list[int], jobs: int, ref_max: int) -> list[dict]:
    rows = []
    for n in sizes:
        stream = "1" if n > 50 else "0"
        fast = run([PY, "-c", SCALE_DRIVER, str(n), str(tmp / f"scale-{n}"), "default", stream, str(jobs)])
        ref = None
        if n <= ref_max:
            ref = run([PY, "-c", SCALE_DRIVER, str(n), str(tmp / f"scale-{n}-ref"), "reference", stream, str(jobs)])
        rows.append({"reports": n, "stream": stream == "1", "default": fast, "reference": ref})
        print(f"  scale {n}: {fmt_s(fast['wall'])} ({fast['wall'] / n:.2f} s/report), "
              f"{fast['rss_kib'] / 1024:.0f} MiB" + (f"; reference {fmt_s(ref['wall'])}" if ref else ""),
              flush=True)
    return rows


def bench_questions_scale(tmp: Path, n: int, jobs: int, runs: int, graph: Path | None = None) -> dict:
    """The competency questions on the N-report benchmark graph (graph.nq of the scale driver's
    streaming build: the scale series' own output when it built N reports in this run, or GRAPH, a
    graph.nq that an earlier run of the scale driver wrote)."""
    from questions import bench_questions
    out = tmp / f"scale-{n}"
    build = None
    if graph is None and not (out / "graph.nq").is_file():
        print(f"\nbuilding the {n}-report benchmark graph (streaming, --jobs {jobs})", flush=True)
        build = run([PY, "-c", SCALE_DRIVER, str(n), str(out), "default", "1", str(jobs)])
    res = bench_questions(graph or out / "graph.nq", runs)
    res["reports"], res["build"] = n, build and {k: v for k, v in build.items() if k != "stderr"}
    return res


def machine() -> dict:
    model = ""
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
        model = next((ln.split(":", 1)[1].strip() for ln in out.splitlines() if ln.startswith("Model name")), "")
    except OSError:
        pass
    mem = ""
    try:
        kib = int(next(ln.split()[1] for ln in open("/proc/meminfo") if ln.startswith("MemTotal")))
        mem = f"{kib / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        pass
    return {"nproc": os.cpu_count(), "cpu": model, "ram": mem, "python": sys.version.split()[0],
            "load_before": os.getloadavg()[0]}


PARTS = ["seed", "corpus", "add", "scale", "query", "questions", "export", "questions-scale"]
DEFAULT_PARTS = [p for p in PARTS if p != "questions-scale"]   # the 1,000-report build: ask for it


def parse_args() -> argparse.Namespace:
    from policykg.corpus.pool import default_jobs

    ap = parser()
    ap.add_argument("--only", nargs="*", choices=PARTS)
    ap.add_argument("--scale", nargs="*", type=at_least(1), default=[10, 100])
    ap.add_argument("--repeats", type=at_least(1), default=3)
    ap.add_argument("--jobs", type=at_least(1), default=default_jobs())
    ap.add_argument("--reference-max", type=at_least(0), default=10)
    ap.add_argument("--questions-scale", type=at_least(1), default=1000, metavar="N",
                    help="reports in the benchmark graph of questions-scale (default 1000)")
    ap.add_argument("--questions-graph", type=graph_file, metavar="GRAPH_NQ",
                    help="questions-scale on this graph.nq (an earlier scale-driver build of N reports, "
                         "e.g. kept from `--scale 1000`) instead of building one")
    ap.add_argument("--question-runs", type=at_least(1), default=5, help="runs per question (the median is kept)")
    return ap.parse_args()


def print_seed(s: dict, repeats: int) -> None:
    f, r = s["default"], s["reference"]
    print(f"\nseed (1 report), whole CLI process, best of {repeats} vs 1 reference run")
    print(f"  {'stage':<10}{'default':>10}{'reference':>11}{'ratio':>8}")
    for st in STAGES:
        a, b = f["timings"].get(st), r["timings"].get(st)
        if a is not None or b is not None:
            print(f"  {st:<10}{fmt_s(a):>10}{fmt_s(b):>11}{ratio(b, a):>8}")
    print(f"  {'total':<10}{fmt_s(f['wall']):>10}{fmt_s(r['wall']):>11}{ratio(r['wall'], f['wall']):>8}"
          f"   (default runs: {', '.join(f'{x:.2f}' for x in s['default_all'])})")
    print(f"  peak RSS  {f['rss_kib'] / 1024:>7.0f} MiB {r['rss_kib'] / 1024:>7.0f} MiB")
    print(f"  graph.ttl, graph.trig, validation.ttl byte-identical: {s['identical']}", flush=True)


def print_corpus(c: dict, jobs: int) -> None:
    d_ = c["default"]
    print(f"\nshipped corpus ({c['reports']} reports, --jobs {jobs}): {fmt_s(d_['wall'])}, "
          f"peak {d_['rss_kib'] / 1024:.0f} MiB; stages (summed over reports): "
          + ", ".join(f"{k} {v:.1f}" for k, v in sorted(d_["timings"].items())), flush=True)


def measure(parts: set, args: argparse.Namespace, tmp: Path, out: dict) -> None:
    """Run the parts asked for, in order, into OUT (printing each as it finishes)."""
    if "seed" in parts:
        out["seed"] = bench_seed(tmp, args.repeats)
        print_seed(out["seed"], args.repeats)
    if parts & {"corpus", "query", "questions", "export"}:
        out["corpus"] = bench_corpus(tmp, args.jobs)
        print_corpus(out["corpus"], args.jobs)
    if "query" in parts:
        from trace_query import bench_query, print_query
        out["query"] = bench_query(tmp / "corpus" / "graph.ttl")
        print_query(out["query"])
    from questions import bench_questions, compare, print_table
    if "questions" in parts:
        # every competency question, locally and through `policykg serve`, beside a full scan
        out["questions"] = bench_questions(tmp / "corpus" / "graph.trig", args.question_runs)
        print_table(out["questions"])
    if "export" in parts:
        from export import bench_export, print_header
        print_header(tmp / "corpus" / "graph.trig")
        out["export"] = bench_export(run, tmp / "corpus" / "graph.trig", tmp)
    if "add" in parts:
        a = out["add"] = bench_add(tmp, args.jobs)
        print(f"\nadd 1 report to a build of 36: {fmt_s(a['add']['wall'])}, replace it: "
              f"{fmt_s(a['replace']['wall'])}; full build of 37 in this run: {fmt_s(a['full']['wall'])} "
              f"({ratio(a['full']['wall'], a['add']['wall'])} the add); files identical: {a['identical']}",
              flush=True)
    if "scale" in parts:
        print(f"\nscale series (replicas of the shipped reports, distinct IRIs; --jobs {args.jobs}; "
              f"streaming above 50)")
        out["scale"] = bench_scale(tmp, args.scale, args.jobs, args.reference_max)
    if "questions-scale" in parts:
        q = out["questions_scale"] = bench_questions_scale(tmp, args.questions_scale, args.jobs,
                                                            args.question_runs, args.questions_graph)
        print_table(q)
        if "questions" in out:
            compare(out["questions"], q)


def save(out: dict) -> None:
    """Merge this run's parts into benchmarks/results.json (parts not run keep their last figures;
    ``machines`` says on which machine state each part was measured)."""
    path = ROOT / "benchmarks" / "results.json"
    for v in out.values():
        if isinstance(v, dict):
            for row in [v, *(r for r in v.values() if isinstance(r, dict))]:
                for k in ("default", "reference", "add", "replace", "full", "fast", "rdflib"):
                    if isinstance(row.get(k), dict):
                        row[k].pop("stderr", None)
    try:
        results = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        results = {}
    machines = results.setdefault("machines", {})
    for part in out:
        if part not in ("machine", "jobs"):
            machines[part] = dict(out["machine"], jobs=out["jobs"])
    results.update(out)
    write_whole(path, json.dumps(results, indent=1, default=str))
    print("\nwritten benchmarks/results.json")


def main() -> None:
    args = parse_args()
    if args.questions_graph is not None and not args.questions_graph.is_file():
        from policykg.errors import InputError   # one line from run_module, the name escaped
        raise InputError(f"--questions-graph {args.questions_graph}: no such file")
    import compileall
    compileall.compile_dir(str(ROOT / "policykg"), quiet=1)  # both engines start from bytecode, as after `make bytecode`
    parts = set(args.only or DEFAULT_PARTS)
    out: dict = {"machine": machine(), "jobs": args.jobs}
    print(f"machine: {out['machine']}", flush=True)
    with tempfile.TemporaryDirectory(prefix="policykg-bench-") as d:
        measure(parts, args, Path(d), out)
    save(out)


if __name__ == "__main__":
    run_main(main)
