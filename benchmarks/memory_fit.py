"""The least address-space limit (`ulimit -v`) under which a policykg command succeeds, found by a scan:
what policykg/use/preload.py's estimate of a graph's need is measured against (docs/checks/hostile59.md).

    python benchmarks/memory_fit.py [--low MB] [--high MB] [--step MB] CHECKOUT -- table targets --graph g.ttl

Each try is a whole `policykg` process of that checkout (PYTHONPATH=CHECKOUT) run with RLIMIT_AS set; it
passes when it exits 0 (a refusal or pyoxigraph's abort, exit 134, fails). Prints the limit in MB, and the
file sizes of every --graph given.
"""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_args import at_least, parser, run as run_main  # noqa: E402

MB = 1 << 20


def passes(checkout: str, args: list[str], limit_mb: int) -> bool:
    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (limit_mb * MB, limit_mb * MB))
    with tempfile.TemporaryDirectory(prefix="memory-fit-") as tmp:
        argv = [a.replace("{tmp}", tmp) for a in args]
        env = dict(os.environ, PYTHONPATH=checkout, XDG_STATE_HOME=tmp)
        run = subprocess.run([sys.executable, "-m", "policykg.cli", *argv], env=env, preexec_fn=limit,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return run.returncode == 0


def least_limit(checkout: str, args: list[str], low: int, high: int, step: int) -> int | None:
    """The lowest limit from LOW up, STEP by STEP, that passes. Scanned, not bisected: the need is not
    monotonic (pyoxigraph's bulk loader asks for a 200 MB buffer under some limits and not under lower ones:
    the seed graph passes at 400 and 840 MB and fails at 600 and 820)."""
    for limit in range(low, high + 1, step):
        if passes(checkout, args, limit):
            return limit
    return None


def main() -> None:
    ap = parser(description=__doc__.splitlines()[0])
    ap.add_argument("checkout")
    ap.add_argument("--low", type=at_least(1), default=100)
    ap.add_argument("--high", type=at_least(1), default=6000)
    ap.add_argument("--step", type=at_least(1), default=25)
    argv = sys.argv[1:]
    cut = argv.index("--") if "--" in argv else len(argv)
    a, args = ap.parse_args(argv[:cut]), argv[cut + 1:]   # the policykg arguments ({tmp}: a fresh folder)
    sizes = [os.path.getsize(args[i + 1]) for i, x in enumerate(args[:-1]) if x == "--graph"]
    need = least_limit(os.path.abspath(a.checkout), args, a.low, a.high, a.step)
    print(f"{'fails at every limit' if need is None else f'{need} MB'}\t{sum(sizes) / MB:.1f} MB of graph\t"
          f"{' '.join(args)}")


if __name__ == "__main__":
    run_main(main)
