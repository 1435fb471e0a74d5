"""Build dev reports retyped as users' files come (PDF wraps, Word exports, scraped pages) and compare
their figures and parks/projects with the original's: docs/checks/shapes-hostile28.md.

    PYTHONPATH=. python scripts/shapes_check.py [--work /tmp/shapes] [--out docs/checks/shapes-hostile28.md]

Dev reports only (never a test-split one). Each variant is built by the CLI, as a user would, so the
exit code and the one-line message are the real ones.
"""
from __future__ import annotations

import argparse
import csv
import io
import os
import re
import subprocess
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from tests.shape_variants import REPORTS, variants  # noqa: E402

FIG = ("kind", "value", "upper_value", "unit", "comparator")
_LABEL = re.compile(r'a pkg:(Park|Project) ;(?:(?!\n\.\n).)*?rdfs:label "([^"]+)"@zh', re.S)


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policykg", *args], capture_output=True, text=True)


def build(path: str, out: str) -> tuple[int, str, dict | None]:
    """(exit code, last message line, facts) of one build."""
    done = _run("build", path, "--out", out)
    lines = [ln for ln in (done.stderr + done.stdout).splitlines() if ln.strip()]
    msg = lines[0] if done.returncode else lines[0] if lines else ""
    if done.returncode:
        return done.returncode, (done.stderr.strip().splitlines() or [""])[-1], None
    facts = {"fig": Counter(), "per": Counter(), "ent": Counter(), "places": set()}
    for table in ("targets", "outcomes"):
        rows = csv.DictReader(io.StringIO(_run("table", table, "--graph", f"{out}/graph.ttl").stdout))
        for r in rows:
            key = (table,) + tuple(r[k] for k in FIG)
            facts["fig"][key] += 1
            facts["per"][key + (r["start_year"], r["end_year"])] += 1
            facts["places"].add((r["jurisdiction"], r["year"]))
    with open(f"{out}/graph.ttl", encoding="utf-8") as fh:
        facts["ent"].update(_LABEL.findall(fh.read()))
    return 0, msg, facts


def share(orig: Counter, got: Counter) -> str:
    kept = sum((orig & got).values())
    extra = sum((got - orig).values())
    return f"{kept}/{sum(orig.values())}" + (f" (+{extra})" if extra else "")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", default="/tmp/shapes-check")
    ap.add_argument("--out", default="docs/checks/shapes-hostile28.md")
    ap.add_argument("--only", help="comma-separated variant names")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    rows = []
    for name, path in REPORTS:
        _, _, base = build(path, f"{a.work}/{name}-orig")
        place = sorted(base["places"])
        for vname, data in variants(name, path):
            if a.only and vname not in a.only.split(","):
                continue
            vpath = f"{a.work}/{name}-{vname}.txt"
            with open(vpath, "wb") as fh:
                fh.write(data)
            rc, msg, got = build(vpath, f"{a.work}/{name}-{vname}")
            if got is None:
                rows.append((name, vname, rc, msg, "", "", "", ""))
            else:
                same_place = "yes" if sorted(got["places"]) == place else f"{sorted(got['places'])}"
                rows.append((name, vname, rc, "", share(base["fig"], got["fig"]),
                             share(base["per"], got["per"]), share(base["ent"], got["ent"]), same_place))
            print(*rows[-1], sep=" | ", flush=True)
    with open(a.out + ".rows.tsv" if a.only else a.out.replace(".md", ".tsv"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write("\t".join(str(x) for x in r) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
