"""The shipped data: every report under data/ is described in SOURCES.yaml with the right hash,
and the seed is a verbatim copy of the brief's report."""
from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from policykg.corpus.inputs import folder_reports

DATA = Path(__file__).resolve().parent.parent / "data"
SHARED_SEED = DATA.parent.parent / "shared" / "reports" / "jinghai-2021.txt"


def test_sources_cover_every_report_with_its_hash():
    entries = {e["file"]: e for e in yaml.safe_load((DATA / "SOURCES.yaml").read_text(encoding="utf-8"))["reports"]}
    shipped = {str(Path(p).relative_to(DATA)) for p in folder_reports(str(DATA))}
    assert shipped == set(entries)
    for name, e in entries.items():
        assert hashlib.sha256((DATA / name).read_bytes()).hexdigest() == e["sha256"], name
        assert e["place"] and e["year"] and e["source"]


def test_seed_is_verbatim():
    if SHARED_SEED.exists():
        assert (DATA / "reports" / "jinghai-2021.txt").read_bytes() == SHARED_SEED.read_bytes()
