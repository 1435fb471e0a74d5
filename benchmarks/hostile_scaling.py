"""Hostile inputs against their baseline: each case is timed at size n and 4n in this one process, and
the ratio is printed (linear about 4, quadratic 16). The tests count work for the same claims
(tests/work_count.py); this gives the seconds. Nothing here is a test.

    PYTHONPATH=. .venv/bin/python benchmarks/hostile_scaling.py [--n-scale 1]
"""
from __future__ import annotations

import random
import time
from pathlib import Path

from bench_args import parser, positive_number, run as run_main


def _han(n: int) -> str:
    rng = random.Random(6)
    return "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(n)).replace("等", "甲")


def long_line(n: int):
    from policykg.extract.grammar import LIST_PROJECTS
    line = _han(n) + "、乙等3个项目"
    return lambda: list(LIST_PROJECTS.finditer(line))


def nested_html(n: int):
    from policykg.read.html_text import html_to_text
    page = "<html><body>" + "<div>" * n + "各位代表" + "</div>" * n + "</body></html>"
    return lambda: html_to_text(page)


def long_list(n: int):
    from policykg.extract.not_works import not_works
    clause = "青海湖示范区" + "、西宁高新区" * n + "获评全国示范"
    return lambda: not_works(clause, 0, 6)


def span_passes(n: int):
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))   # not ./tests: any folder
    from test_hostile_round9 import _builder

    from policykg.extract.assemble import drop_nested
    b = _builder(0, n)
    return lambda: drop_nested(b)


CASES = {"long line (characters)": (long_line, 400_000), "nested HTML (elements)": (nested_html, 50_000),
         "list clause (members)": (long_list, 16_000), "span passes (entities)": (span_passes, 4_000)}


def best(prepare, n: int, repeats: int = 3) -> float:
    """The fastest of REPEATS runs on freshly prepared input of size n (preparing is not timed)."""
    times = []
    for _ in range(repeats):
        run = prepare(n)
        t = time.perf_counter()
        run()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = parser(description=__doc__.splitlines()[0])
    ap.add_argument("--n-scale", type=positive_number, default=1.0, help="multiply every base size n by this")
    args = ap.parse_args()
    print(f"{'case':<26}{'n':>9}{'t(n)':>10}{'t(4n)':>10}{'ratio':>8}")
    for name, (fn, n) in CASES.items():
        n = max(1, int(n * args.n_scale))
        fn(max(1, n // 10))()  # loads lexicons before timing
        a, b = best(fn, n), best(fn, 4 * n)
        print(f"{name:<26}{n:>9}{a:>9.3f}s{b:>9.3f}s{b / a:>7.1f}x")


if __name__ == "__main__":
    run_main(main)
