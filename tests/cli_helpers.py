"""Helpers for tests that run the CLI as a real subprocess: paths, the one-line error contract, trees."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "reports" / "jinghai-2021.txt"
HAILAER = sorted((ROOT / "data" / "corpus" / "hailaer").glob("*.txt"))


def _absolute_pythonpath(value: str) -> list[str]:
    """The entries of an inherited PYTHONPATH made absolute (an empty one means the cwd, as `.` does): a
    relative entry is resolved by Python's own start-up, which is a fatal error ("error evaluating path",
    before any policykg code) when the child's cwd was removed, and it means this process's cwd anyway."""
    return [os.path.abspath(p or ".") for p in value.split(os.pathsep)] if value else []


def run_cli(*args, cwd=None, env=None, timeout=300, preexec_fn=None):
    e = {k: v for k, v in os.environ.items() if k != "POLICYKG_DEBUG"}
    # this checkout's policykg also from another cwd (-m put only the cwd first: the installed one was run)
    e["PYTHONPATH"] = os.pathsep.join([str(ROOT), *_absolute_pythonpath(e.get("PYTHONPATH", ""))])
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "policykg.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=e, timeout=timeout, preexec_fn=preexec_fn)


def run_in_process(args, monkeypatch, capsys) -> tuple[int, str, str]:
    """policykg ARGS run in this process (sys.argv set, cli.main called): exit code, stdout, stderr."""
    import pytest

    from policykg import cli
    monkeypatch.setattr(sys, "argv", ["policykg", *args])
    with pytest.raises(SystemExit) as exc:
        cli.main()
        sys.exit(0)
    out = capsys.readouterr()
    return exc.value.code, out.out, out.err


def one_line(r, code=2, pattern=""):
    """The contract: exit code, nothing on stdout, exactly one line on stderr matching pattern."""
    assert r.returncode == code, (r.returncode, r.stderr)
    assert r.stdout == ""
    assert re.fullmatch(r"policykg: [^\n]+\n", r.stderr), r.stderr
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr
    assert re.search(pattern, r.stderr), r.stderr


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under folder (hidden ones too) with its bytes; folders as None."""
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
            for p in sorted(folder.rglob("*"))}


def seed_copy(folder: Path, name: str = "report.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(SEED, folder / name))


def write_ours(folder: Path, name: str, data) -> Path:
    """folder/name holding data, as a previous output of policykg's: recorded in the ledger of files it
    wrote (the test session's, conftest), so a command may replace it."""
    from policykg.corpus.written import record
    p = write_file(folder, name, data)
    record(str(p), p.read_bytes())
    return p


def write_file(folder: Path, name: str, data) -> Path:
    """folder/name holding data (bytes as they are, text in UTF-8)."""
    p = folder / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def copy_out(out: Path, where: Path) -> Path:
    """A copy of the output OUT as WHERE/out (links kept as links), for a test that changes it."""
    return Path(shutil.copytree(out, where / "out", symlinks=True))
