"""The engine registry (policykg/engines.py): names → engine functions for reason and validate, used
by ``reason.infer``, ``validate.validate`` and the CLI's ``--engine``."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from policykg import engines
from policykg.errors import UsageError
from policykg.reason import native as reason_native
from policykg.reason import reference as reason_reference
from policykg.validate import native as validate_native
from policykg.validate import reference as validate_reference
from policykg.validate import validate

ROOT = Path(__file__).resolve().parents[1]
INVALID = ROOT / "tests" / "shapes" / "invalid" / "evidence-quote-length.ttl"


def test_two_engines_per_stage():
    assert engines.names("reason") == engines.names("validate") == ["native", "reference"]
    assert engines.get("reason") is engines.get("reason", "default") is reason_native.infer
    assert engines.get("reason", "reference") is reason_reference.infer
    assert engines.get("validate", "native") is validate_native.validate
    assert engines.get("validate", "reference") is validate_reference.validate


def test_unknown_engine_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown validate engine 'fast'"):
        engines.get("validate", "fast")


def test_registered_engine_is_what_validate_runs():
    engines.register("validate", "echo", "policykg.validate.reference", "as_graph")
    try:
        g = Graph().parse(INVALID, format="turtle")
        assert validate(g, engine="echo") is g
    finally:
        engines.unregister("validate", "echo")
    assert "echo" not in engines.choices()
    assert validate(g, engine="native") == validate(g, engine="reference") != []


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policykg.cli", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.parametrize("engine", ["native", "reference", "default"])
def test_cli_validate_engines_agree(engine, tmp_path):
    p = _cli("validate", str(INVALID), "--engine", engine, "--out", str(tmp_path / "v.ttl"))
    assert p.returncode == 1 and "EvidenceQuoteLength" in p.stderr
    assert "conforms false" in (tmp_path / "v.ttl").read_text(encoding="utf-8").replace('"', "")


def test_cli_unknown_engine_exits_2_in_one_line(tmp_path):
    p = _cli("build", str(ROOT / "data" / "reports" / "jinghai-2021.txt"), "--engine", "fast",
             "--out", str(tmp_path / "out"))
    assert p.returncode == 2 and len(p.stderr.strip().splitlines()) == 1 and "--engine" in p.stderr
    assert not (tmp_path / "out").exists()
