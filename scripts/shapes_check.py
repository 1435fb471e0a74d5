"""Build dev reports retyped as users' files come (PDF wraps, Word exports, scraped pages) and compare
their figures and parks/projects with the original's: the table of docs/checks/shapes-hostile28.md.

    PYTHONPATH=. python scripts/shapes_check.py [--work /tmp/shapes-check] [--only wrap50,md-bold]
        [--reports hailaer2018=data/corpus/hailaer/hailaer-2018.txt]

Dev reports only (never a test-split one). Each variant is built by the CLI, as a user would, so the
exit code and the one-line message are the real ones. Prints a Markdown table.
"""
from __future__ import annotations

import csv
import io
import os
import re
import stat
import subprocess
import sys
from collections import Counter

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))   # script_cli, beside this script
from script_cli import parser, run  # noqa: E402
from shape_variants import REPORTS, figure_cuts, name_cuts, variants  # noqa: E402

FIG = ("kind", "value", "upper_value", "unit", "comparator")
_LABEL = re.compile(r'a pkg:(Park|Project) ;(?:(?!\n\.\n).)*?rdfs:label "([^"]+)"@zh', re.S)


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policykg", *args], capture_output=True, text=True)


def build(path: str, out: str) -> tuple[int, str, dict | None]:
    """(exit code, its message when it failed, facts) of one build."""
    done = _run("build", path, "--out", out)
    if done.returncode:
        lines = done.stderr.strip().splitlines()
        return done.returncode, f"{len(lines)} line(s): " + (lines[-1] if lines else ""), None
    facts = {"fig": Counter(), "per": Counter(), "ent": Counter(), "places": set()}
    for table in ("targets", "outcomes"):
        rows = csv.DictReader(io.StringIO(_run("table", table, "--graph", f"{out}/graph.ttl").stdout))
        for r in rows:
            key = (table,) + tuple(r[k] for k in FIG)
            quote = r["quote"].replace("\n", "")
            facts["fig"][key + (quote,)] += 1
            facts["per"][key + (r["start_year"], r["end_year"], quote)] += 1
            facts["places"].add((r["jurisdiction"], r["year"]))
    with open(f"{out}/graph.ttl", encoding="utf-8") as fh:
        facts["ent"].update(_LABEL.findall(fh.read()))
    return 0, "", facts


def share(orig: Counter, got: Counter, within: str | None = None) -> str:
    """kept/original (+ found anew); a key's last item is its quote, dropped once ``within`` is applied."""
    orig = Counter(k[:-1] for k in orig.elements() if within is None or k[-1] in within)
    got = Counter(k[:-1] for k in got.elements())
    extra = sum((got - orig).values())
    return f"{sum((orig & got).values())}/{sum(orig.values())}" + (f" (+{extra})" if extra else "")


_MARK = ".shapes-check"   # in a --work folder this script made: its files may be written over


def _work_folder_refused(path: str) -> str:
    """Why path may not be the work folder ('' when it may: made here, marked as this script's). The
    variants and builds are written over by name, so a user's folder is never used, nor one another user
    made or may write (the default lies in /tmp: links planted there were written through)."""
    from policykg.cachefiles import only_ours
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        try:
            os.makedirs(path)
            os.chmod(path, 0o755)   # whatever the umask (002 makes it group-writable, refused below)
            st = os.lstat(path)
        except OSError as exc:
            return f"cannot be made ({exc.strerror}); give a new folder"
    except OSError as exc:   # a path under a file
        return f"cannot be made ({exc.strerror}); give a new folder"
    if not stat.S_ISDIR(st.st_mode):
        return "is no folder (a link or a file); give a new folder"
    if not only_ours(st):
        return (f"is a folder another user owns or may write (mode {stat.S_IMODE(st.st_mode):o}); give a folder "
                f"of your own")
    if os.listdir(path) and not os.path.isfile(os.path.join(path, _MARK)):
        return "holds files this script did not make; give a new folder"
    open(os.path.join(path, _MARK), "a").close()
    return ""


def _write_variant(path: str, data: bytes) -> None:
    """data to path, never through a link there (O_NOFOLLOW: an OSError, ELOOP)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def _reports(given: str | None) -> list[tuple[str, str]]:
    """--reports NAME=PATH,… as (name, path), each path a report; else the four of shape_variants."""
    from policykg.errors import UsageError
    from policykg.read import read_report
    if given is None:
        return list(REPORTS)
    pairs = [tuple(r.split("=", 1)) for r in given.split(",")]
    for pair in pairs:
        if len(pair) != 2 or not all(pair):   # 'x' alone ended in a ValueError traceback after the table's head
            raise UsageError(f"--reports {given}: give NAME=PATH, comma-separated (not {'='.join(pair)!r})")
        read_report(pair[1])   # one line naming what it is (a table, a folder, no such file): its variants fail
    return pairs


def _chosen(only: str | None, reports) -> set[str] | None:
    """The variant names --only names (None: every one); one no report has is refused (an empty table)."""
    from policykg.errors import UsageError
    if only is None:
        return None
    chosen = set(only.split(","))
    known = {v for name, path in reports for v, _ in variants(name, path)}
    if unknown := sorted(chosen - known):
        raise UsageError(f"--only: no variant {', '.join(map(repr, unknown))} (the variants: {', '.join(sorted(known))})")
    return chosen


def main() -> int:
    from policykg.errors import UsageError
    ap = parser(__doc__)
    ap.add_argument("--work", default="/tmp/shapes-check")
    ap.add_argument("--only", help="comma-separated variant names")
    ap.add_argument("--reports", help="comma-separated NAME=PATH dev reports instead of the four (never a test one)")
    a = ap.parse_args()
    reports = _reports(a.reports)
    chosen = _chosen(a.only, reports)
    if why := _work_folder_refused(a.work):
        print(f"shapes_check.py: --work {a.work}: {why}", file=sys.stderr)
        return 2
    print("| report | variant | exit | message | figures kept | with period | parks/projects kept | place, year | cuts |")
    print("|---|---|---:|---|---:|---:|---:|---|---|")
    for name, path in reports:
        rc, msg, base = build(path, f"{a.work}/{name}-orig")
        if base is None:   # a TypeError traceback: the variants are compared with it
            raise UsageError(f"{path}: the report itself does not build (exit {rc}, {msg}); its variants are "
                             f"compared with it")
        names = [n for _, n in base["ent"]]
        for vname, data in variants(name, path):
            if chosen is not None and vname not in chosen:
                continue
            vpath = f"{a.work}/{name}-{vname}.txt"
            try:
                _write_variant(vpath, data)
            except OSError as exc:
                print(f"shapes_check.py: {vpath}: cannot write it ({exc.strerror}); not written through",
                      file=sys.stderr)
                return 2
            rc, msg, got = build(vpath, f"{a.work}/{name}-{vname}")
            text = data.decode("utf-8") if vname.startswith("wrap") or vname == "one-paragraph" else None
            cuts = f"{figure_cuts(text)} figures, {name_cuts(text, names)} names" if vname.startswith("wrap") else ""
            if got is None:
                row = (name, vname, rc, msg, "", "", "", "", cuts)
            else:
                within = text.replace("\n", "") if vname == "one-paragraph" else None
                ents = Counter({k + ("",): n for k, n in base["ent"].items()})
                found = Counter({k + ("",): n for k, n in got["ent"].items()})
                place = "same" if got["places"] == base["places"] else str(sorted(got["places"]))
                row = (name, vname, rc, "", share(base["fig"], got["fig"], within),
                       share(base["per"], got["per"], within), share(ents, found) if within is None else "", place, cuts)
            print("| " + " | ".join(str(x) for x in row) + " |", flush=True)
    return 0


if __name__ == "__main__":
    run(main)
