"""tidy43: the gold annotations are read with the duplicate-key check the package applies to its own data."""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg import evaluation
from policykg.errors import InputError
from policykg.yaml_keys import read_unique

pytestmark = pytest.mark.unit

ANNOTATIONS = Path(__file__).resolve().parent / "annotations"


def test_a_gold_annotation_giving_a_key_twice_is_refused_naming_file_line_and_key(tmp_path):
    # yaml.safe_load kept the second `parks:` of an entity annotation without a word: the first list was not scored
    shipped = (ANNOTATIONS / "dev" / "jinghai-2021-entities.yaml").read_text(encoding="utf-8")
    first = shipped.splitlines().index("parks:") + 1
    twice = tmp_path / "jinghai-2021-entities.yaml"
    twice.write_text(shipped + "parks:\n  - {label: 天津子牙经济技术开发区, kind: development zone, status: existing}\n",
                     encoding="utf-8")
    with pytest.raises(InputError) as err:
        evaluation.entity_annotation("jinghai-2021", {"folder": tmp_path})
    line = shipped.count("\n") + 1
    assert f"{twice}: line {line}: the key 'parks' is given twice" in str(err.value)
    assert f"first on line {first}" in str(err.value)


def test_no_annotation_file_gives_a_key_twice():
    files = sorted(ANNOTATIONS.rglob("*.yaml"))
    assert len(files) >= 70
    for path in files:
        read_unique(path)
