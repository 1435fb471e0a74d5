"""policykg benchmarks (`make bench`): every figure beside the reference stack measured in the same run.

Each measurement is a whole, cold Python process (imports, dictionary loads and all), started through
a small wrapper that reports the peak RSS of the process tree (getrusage RUSAGE_CHILDREN ru_maxrss:
the largest process, workers included). Stage timings come from the build itself (POLICYKG_TIMINGS).

    .venv/bin/python benchmarks/run.py                 # seed, corpus, scale 10 and 100, query, questions
    .venv/bin/python benchmarks/run.py --scale 10 100 1000
    .venv/bin/python benchmarks/run.py --only seed

Nothing here is a test: no time is asserted, only printed (and written to benchmarks/results.json).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SEED = ROOT / "data" / "reports" / "jinghai-2021.txt"
QUERY = ROOT / "policykg" / "queries" / "cq-01-park-project-target.rq"
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
    from policykg.corpus.build import default_inputs

    others = [str(p) for p in default_inputs() if p != SEED]
    run(cli(*others, "--out", str(tmp / "add"), "--jobs", str(jobs), "--no-stream"))
    add = [PY, "-m", "policykg.cli", "add", str(SEED), "--out", str(tmp / "add"), "--jobs", str(jobs),
           "--quiet", "--no-progress"]
    added = run(add)
    same = _same_tree(tmp / "add", tmp / "corpus") if (tmp / "corpus").is_dir() else None
    replaced = run(add)
    full = run(cli("--out", str(tmp / "add-full"), "--jobs", str(jobs), "--no-stream"))
    if same is None:
        same = _same_tree(tmp / "add", tmp / "add-full")
    return {"add": added, "replace": replaced, "full": full, "identical": same}


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


def bench_query(graph: Path, runs: int = 50, rdflib_runs: int = 5) -> dict:
    """The shipped cq-01 (QUERY, read from queries/ at run time) on ``graph``: the median of ``runs``
    pyoxigraph runs and of ``rdflib_runs`` rdflib runs, and the rows of both engines printed, with
    whether they are identical (same rows, same order)."""
    import pyoxigraph
    from rdflib import Graph, Literal

    from policykg.use.query import to_rdflib

    q = QUERY.read_text(encoding="utf-8")
    store = pyoxigraph.Store()
    store.load(path=str(graph), format=pyoxigraph.RdfFormat.TURTLE)
    ox, rows_ox = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        rows_ox = len(list(store.query(q)))
        ox.append(time.perf_counter() - t)
    res = store.query(q)                                   # once more, untimed, for the rows themselves
    names = [v.value for v in res.variables]
    table_ox = [tuple(to_rdflib(s[v]) for v in names) for s in res]
    g = Graph().parse(graph, format="turtle")
    rl, rows_rl, table_rl = [], 0, []
    for _ in range(rdflib_runs):
        t = time.perf_counter()
        table_rl = [tuple(r) for r in g.query(q)]
        rl.append(time.perf_counter() - t)
        rows_rl = len(table_rl)
    # literals compared by value and datatype: pyoxigraph writes 6.0 (xsd:decimal) as 6 on loading
    def same_term(a, b) -> bool:
        if isinstance(a, Literal) and isinstance(b, Literal):
            return a.datatype == b.datatype and a.language == b.language and a.eq(b)
        return a == b

    same = len(table_ox) == len(table_rl) and all(
        len(a) == len(b) and all(map(same_term, a, b)) for a, b in zip(table_ox, table_rl))

    def show(row: tuple) -> str:
        return " | ".join("" if t is None else str(t) if isinstance(t, Literal) else t.n3() for t in row)

    print(f"\ncq-01 rows ({QUERY.name}; {' '.join(names)}):")
    for row in table_ox[:50]:
        print("  " + show(row))
    if len(table_ox) > 50:
        print(f"  … {len(table_ox) - 50} more")
    print(f"  pyoxigraph {len(table_ox)} rows, rdflib {len(table_rl)} rows: "
          + ("identical (same rows, same order)" if same else "DIFFERENT"))
    if not same:
        print("  rdflib rows:")
        for row in table_rl[:50]:
            print("  " + show(row))
    return {"oxigraph_median": statistics.median(ox), "rdflib_median": statistics.median(rl),
            "rows": rows_ox, "rows_rdflib": rows_rl, "rows_identical": same,
            "runs": runs, "rdflib_runs": rdflib_runs}


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


def main() -> None:
    from policykg.corpus.pool import default_jobs

    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*", choices=["seed", "corpus", "add", "scale", "query", "questions"])
    ap.add_argument("--scale", nargs="*", type=int, default=[10, 100])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=default_jobs())
    ap.add_argument("--reference-max", type=int, default=10)
    args = ap.parse_args()
    import compileall
    compileall.compile_dir(str(ROOT / "policykg"), quiet=1)  # both engines start from bytecode, as after `make bytecode`
    parts = set(args.only or ["seed", "corpus", "add", "scale", "query", "questions"])
    out: dict = {"machine": machine(), "jobs": args.jobs}
    print(f"machine: {out['machine']}", flush=True)
    with tempfile.TemporaryDirectory(prefix="policykg-bench-") as d:
        tmp = Path(d)
        if "seed" in parts:
            s = out["seed"] = bench_seed(tmp, args.repeats)
            f, r = s["default"], s["reference"]
            print(f"\nseed (1 report), whole CLI process, best of {args.repeats} vs 1 reference run")
            print(f"  {'stage':<10}{'default':>10}{'reference':>11}{'ratio':>8}")
            for st in STAGES:
                a, b = f["timings"].get(st), r["timings"].get(st)
                if a is not None or b is not None:
                    print(f"  {st:<10}{fmt_s(a):>10}{fmt_s(b):>11}{ratio(b, a):>8}")
            print(f"  {'total':<10}{fmt_s(f['wall']):>10}{fmt_s(r['wall']):>11}{ratio(r['wall'], f['wall']):>8}"
                  f"   (default runs: {', '.join(f'{x:.2f}' for x in s['default_all'])})")
            print(f"  peak RSS  {f['rss_kib'] / 1024:>7.0f} MiB {r['rss_kib'] / 1024:>7.0f} MiB")
            print(f"  graph.ttl, graph.trig, validation.ttl byte-identical: {s['identical']}", flush=True)
        if parts & {"corpus", "query", "questions"}:
            c = out["corpus"] = bench_corpus(tmp, args.jobs)
            d_ = c["default"]
            print(f"\nshipped corpus ({c['reports']} reports, --jobs {args.jobs}): {fmt_s(d_['wall'])}, "
                  f"peak {d_['rss_kib'] / 1024:.0f} MiB; stages (summed over reports): "
                  + ", ".join(f"{k} {v:.1f}" for k, v in sorted(d_["timings"].items())), flush=True)
        if "query" in parts:
            q = out["query"] = bench_query(tmp / "corpus" / "graph.ttl")
            print(f"\ntrace query cq-01 on the corpus graph: pyoxigraph median {q['oxigraph_median'] * 1000:.2f} ms "
                  f"({q['runs']} runs), rdflib median {q['rdflib_median'] * 1000:.0f} ms ({q['rdflib_runs']} runs), "
                  f"{ratio(q['rdflib_median'], q['oxigraph_median'])}; rows {q['rows']} / {q['rows_rdflib']}",
                  flush=True)
        if "questions" in parts:
            # every competency question, locally and through `policykg serve`, beside a full scan
            from questions import bench_questions, print_table
            out["questions"] = bench_questions(tmp / "corpus" / "graph.trig")
            print_table(out["questions"])
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
    for v in out.values():
        if isinstance(v, dict):
            for k in ("default", "reference", "add", "replace", "full"):
                if isinstance(v.get(k), dict):
                    v[k].pop("stderr", None)
    (ROOT / "benchmarks" / "results.json").write_text(json.dumps(out, indent=1, default=str), encoding="utf-8")
    print("\nwritten benchmarks/results.json")


if __name__ == "__main__":
    main()
