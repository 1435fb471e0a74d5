"""A report dense with figures against its baseline: the seed's header followed by N lines of figures,
built at N, 2N and 4N lines in separate cold processes of this checkout; prints each size's peak RSS and
CPU seconds (user + system) and their ratios to the 1x run (linear about 2 and 4). Nothing here is a test.

    PYTHONPATH=. .venv/bin/python benchmarks/figures_dense.py [--lines 500] [--kind sentences|numbers]

`numbers` is hostile45's input (`N亿元 N% N.5万吨 N个` a line); `sentences` varies sentences of the
shape the dev reports use (`2025年，地区生产总值增长5.2%，一般公共预算收入达到12.3亿元。`).
"""
from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_args import ROOT, at_least, parser, run as run_main

SEED = ROOT / "data" / "reports" / "jinghai-2021.txt"
SUBJECTS = ["地区生产总值", "一般公共预算收入", "固定资产投资", "社会消费品零售总额", "规模以上工业增加值",
            "城镇居民人均可支配收入", "农村居民人均可支配收入", "外贸进出口总额", "实际利用外资", "粮食总产量"]
VERBS = ["增长", "达到", "完成", "实现", "突破"]
UNITS = ["亿元", "%", "万吨", "万元", "个", "公里", "万人"]
CPU = r"""
import resource, subprocess, sys
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(rc, ru.ru_utime + ru.ru_stime, ru.ru_maxrss)
"""


def header() -> str:
    """The seed's lines up to and including its first `各位代表：` (its place, year and title)."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    return "\n".join(lines[:lines.index("各位代表：") + 1]) + "\n"


def numbers_line(rng: random.Random) -> str:
    a, b, c, d = (rng.randint(1, 9999) for _ in range(4))
    return f"{a}亿元 {b % 100}% {c}.5万吨 {d}个"


def sentence_line(rng: random.Random) -> str:
    parts = []
    for _ in range(4):
        subject, verb, unit = rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(UNITS)
        parts.append(f"{subject}{verb}{rng.randint(1, 9999)}.{rng.randint(1, 9)}{unit}")
    return f"{rng.randint(2015, 2025)}年，" + "，".join(parts) + "。"


def report(lines: int, kind: str) -> str:
    """The seed's header and LINES lines of figures, four figures a line; the same text for the same
    arguments."""
    rng = random.Random(46)
    make = numbers_line if kind == "numbers" else sentence_line
    return header() + "\n".join(make(rng) for _ in range(lines)) + "\n"


def measure(path: Path, out: Path) -> tuple[float, int]:
    """CPU seconds and peak RSS (KiB) of one cold `policykg build PATH --jobs 1` process."""
    argv = [sys.executable, "-m", "policykg.cli", "build", str(path), "--out", str(out), "--quiet",
            "--no-progress", "--jobs", "1"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    p = subprocess.run([sys.executable, "-c", CPU, *argv], cwd=ROOT, env=env, capture_output=True, text=True)
    rc, cpu, rss = p.stdout.split()
    if int(rc) not in (0, 1):
        print(f"figures_dense.py: the build of {path.name} failed (exit {rc})", file=sys.stderr)
        sys.exit(2)
    return float(cpu), int(rss)


def main() -> None:
    ap = parser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", type=at_least(1), default=500, help="lines of figures at 1x")
    ap.add_argument("--kind", choices=["sentences", "numbers"], default="sentences")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="figures-dense-") as tmp:
        where = Path(tmp)
        print(f"{'size':<6}{'lines':>7}{'CPU s':>9}{'RSS MB':>9}{'CPU x':>8}{'RSS x':>8}")
        base = None
        for scale in (1, 2, 4):
            path = where / f"dense{scale}x-2021.txt"
            path.write_text(report(args.lines * scale, args.kind), encoding="utf-8")
            cpu, rss = measure(path, Path(tmp) / f"out{scale}")
            base = base or (cpu, rss)
            print(f"{scale}x{'':<4}{args.lines * scale:>7}{cpu:>9.2f}{rss / 1024:>9.0f}"
                  f"{cpu / base[0]:>8.2f}{rss / base[1]:>8.2f}", flush=True)


if __name__ == "__main__":
    run_main(main)
