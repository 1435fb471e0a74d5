"""Helpers shared by the impact tests (test_impact on the seed graph, test_impact_jurisdictions on a graph of
several jurisdictions): the command, its CSV tables and PNG files, and the names the tests look for."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ZIYA = "天津子牙经济技术开发区"     # the park's label: its identity name with the city the seed writes in front
BATTERY = "废旧动力电池回收利用"


def run_cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policykg.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def pngs_of(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*.png"))
