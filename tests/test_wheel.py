"""Installs like a library (issue 16): the wheel, installed into a fresh venv outside the checkout,
builds and queries a report from another folder, reading its ontology, shapes, queries and lexicons
from the installed package.

Third-party dependencies are not downloaded again: the fresh venv (no --system-site-packages) gets a
.pth line naming the project venv's site-packages. A path in a .pth file only extends sys.path, the
.pth files there are not processed, so the project's editable install of policykg stays invisible;
the test checks that policykg is imported from the fresh venv."""
from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "reports" / "jinghai-2021.txt"
SOURCE_FILES = ("pyproject.toml", "README.md", "LICENSE", "LICENSE-DATA")


def run(*args, cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "POLICYKG_DEBUG", "VIRTUAL_ENV")}
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)


def build_wheel(tmp: Path) -> Path:
    """The wheel of a copy of the sources (so the build leaves no build/ or egg-info in the checkout)."""
    src = tmp / "src"
    src.mkdir()
    for name in SOURCE_FILES:
        shutil.copy2(ROOT / name, src / name)
    shutil.copytree(ROOT / "policykg", src / "policykg", ignore=shutil.ignore_patterns("__pycache__"))
    r = run(sys.executable, "-m", "pip", "wheel", src, "--no-deps", "-q", "-w", tmp / "dist", cwd=tmp)
    assert r.returncode == 0, r.stderr
    (wheel,) = (tmp / "dist").glob("policykg-*.whl")
    return wheel


def fresh_venv(tmp: Path, wheel: Path) -> Path:
    """A new venv holding the wheel; third-party packages come from the project venv (see above)."""
    env_dir = tmp / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=tmp).stdout.strip()
    (Path(site) / "project-deps.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    r = run(python, "-m", "pip", "install", "--no-deps", "-q", wheel, cwd=tmp)
    assert r.returncode == 0, r.stderr
    return env_dir / "bin"


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    return fresh_venv(tmp, build_wheel(tmp))


def test_package_and_its_resources_come_from_the_fresh_venv(installed):
    r = run(installed / "python", "-c", "import policykg, policykg.resources as r; "
            "print(policykg.__file__); print(r.shapes()); print(len(r.queries()))", cwd=installed)
    assert r.returncode == 0, r.stderr
    module, shapes, queries = r.stdout.splitlines()
    venv_dir = installed.parent.resolve()
    assert Path(module).resolve().is_relative_to(venv_dir) and Path(shapes).resolve().is_relative_to(venv_dir)
    assert not Path(module).resolve().is_relative_to(ROOT) and int(queries) >= 13


def test_build_and_query_from_another_folder(installed, tmp_path, seed_out):
    work = tmp_path / "elsewhere"
    (work / "reports").mkdir(parents=True)
    shutil.copy2(SEED, work / "reports" / SEED.name)
    r = run(installed / "policykg", "build", "reports", "--out", "X", "--quiet", cwd=work)
    assert r.returncode == 0, r.stderr
    # the installed package reads the same ontology, shapes and lexicons as the checkout
    assert (work / "X" / "graph.ttl").read_bytes() == (seed_out / "graph.ttl").read_bytes()
    assert (work / "X" / "validation.ttl").read_bytes() == (seed_out / "validation.ttl").read_bytes()
    summary = list(csv.DictReader(io.StringIO((work / "X" / "summary.csv").read_text(encoding="utf-8"))))
    assert [(s["report"], s["file"]) for s in summary] == [("jinghaiqu-2021", "jinghai-2021.txt")]

    r = run(installed / "policykg", "query", "cq-01", "--graph", "X/graph.ttl", "--format", "csv", cwd=work)
    assert r.returncode == 0, r.stderr
    wanted = {"parkName": "天津子牙经济技术开发区", "projectName": "废旧动力电池回收利用",
              "targetName": "废旧动力电池回收利用等5个项目开工建设", "value": "5", "unit": "个"}
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert any(wanted.items() <= row.items() for row in rows), rows


def test_build_without_reports_exits_2_with_one_line(installed, tmp_path):
    r = run(installed / "policykg", "build", "--out", "X", cwd=tmp_path)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.startswith("policykg: no reports given: name report files or folders")
    assert r.stderr.count("\n") == 1 and not (tmp_path / "X").exists()
