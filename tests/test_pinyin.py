"""policykg.emit.pinyin.lazy_pinyin is pypinyin's lazy_pinyin (NORMAL, errors="default", v_to_u=False).

Equality on every Han run and line of real reports, on every label of the curated data, on every
single character and phrase of pypinyin's dictionaries, on mixed strings, and on generated strings
that hit each branch of the mmseg segmentation; plus the cache: built once, not importing
pypinyin on the hot path, rebuilt when corrupt.
"""
from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from policykg.emit import pinyin as P
from policykg.emit import pinyin_tables as T

ROOT = Path(__file__).resolve().parents[1]
PROVINCIAL = ["anhui", "chongqing", "guangdong", "neimenggu", "xinjiang", "xizang"]


@pytest.fixture(scope="module", autouse=True)
def cache_dir(tmp_path_factory):
    """A private cache folder for this module, built once by the first call."""
    d = tmp_path_factory.mktemp("pinyin-cache")
    old = os.environ.get("POLICYKG_CACHE")
    os.environ["POLICYKG_CACHE"] = str(d)
    P._reset()
    yield d
    P._reset()
    if old is None:
        del os.environ["POLICYKG_CACHE"]
    else:
        os.environ["POLICYKG_CACHE"] = old


def ref(s: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin
    return lazy_pinyin(s, style=Style.NORMAL, errors="default", v_to_u=False)


def assert_same(strings) -> int:
    strings = list(dict.fromkeys(strings))
    bad = [(s, ref(s), P.lazy_pinyin(s)) for s in strings if P.lazy_pinyin(s) != ref(s)]
    assert not bad, bad[:5]
    return len(strings)


def _report_texts() -> list[str]:
    from policykg.read import read_report
    paths = [ROOT / "data" / "reports" / "jinghai-2021.txt"]
    paths += [ROOT / "data" / "corpus" / "provincial-2026" / f"{p}-2026.txt" for p in PROVINCIAL]
    paths += sorted((ROOT / "data" / "corpus" / "hailaer").glob("*.txt"))
    return [read_report(str(p)).text for p in paths]


def _yaml_strings(node, out: list[str]) -> None:
    if isinstance(node, dict):
        for k, v in node.items():
            _yaml_strings(k, out)
            _yaml_strings(v, out)
    elif isinstance(node, (list, tuple)):
        for v in node:
            _yaml_strings(v, out)
    elif isinstance(node, str):
        out.append(node)


def test_report_han_runs_and_lines():
    han = re.compile(r"[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
    texts = _report_texts()
    runs = [r for text in texts for r in han.findall(text)]
    lines = [ln for ln in texts[0].splitlines() if ln.strip()]        # whole lines of the seed report
    assert assert_same(runs) > 5000
    assert assert_same(lines) > 100


def test_curated_labels():
    out: list[str] = []
    data = ROOT / "policykg" / "data"
    files = sorted((data / "curation").glob("*.yaml")) + sorted((data / "lexicons").glob("*.yaml"))
    files.append(data / "gazetteer" / "places.yaml")
    for f in files:
        _yaml_strings(yaml.safe_load(f.read_text(encoding="utf-8")), out)
    assert assert_same(out) > 500


def test_every_dictionary_entry():
    """Each single character and each phrase of pypinyin's dictionaries, alone."""
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT
    assert_same(chr(cp) for cp in PINYIN_DICT)
    assert_same(PHRASES_DICT)


def test_every_code_point_in_blocks():
    """Runs of consecutive code points up to the last Han range: Han/other runs, no-reading Han."""
    strings = []
    for start in range(0, 0x32400, 64):
        strings.append("".join(chr(c) for c in range(start, start + 64) if not 0xD800 <= c <= 0xDFFF))
    assert_same(strings)


def test_segmentation_branches():
    """Concatenations of phrases, phrase prefixes (no phrase: the all-single-characters branch),
    suffixes and separators."""
    from pypinyin.constants import PHRASES_DICT
    rnd = random.Random(20260101)
    keys = sorted(PHRASES_DICT)
    strings = []
    for _ in range(15000):
        parts = []
        for _ in range(rnd.randint(1, 4)):
            k = rnd.choice(keys)
            r = rnd.random()
            if r < .4:
                k = k[:rnd.randint(1, len(k))]
            elif r < .5:
                k = k[rnd.randint(0, len(k) - 1):]
            elif r < .6:
                k = rnd.choice("abc 123,。、〇（）—“”ü绿女吕\n")
            parts.append(k)
        strings.append("".join(parts))
    assert_same(strings)


@pytest.mark.parametrize("s", [
    "", " ", "\n", "abc", "123", "GDP增长6.5%", "PM2.5浓度", "2021年", "〇", "二〇二一年", "一〇八国道",
    "绿色", "女性", "吕梁", "绿女吕", "略", "虐待", "重庆", "银行", "长江", "行长", "重庆银行长江支行",
    "长春市", "朝阳区", "乐亭县", "蚌埠", "六安", "厦门", "中关村", "阿拉善盟", "呼伦贝尔", "静海区",
    "天津子牙经济技术开发区", "“十四五”", "（一）", "——", "海拉尔区：", "A股", "5G基站", "中\n国",
    "\U00020000\U0002a6df", "\ue815", "\uf900", "é", "ǖǘǚǜ", "lüe",
])
def test_mixed(s):
    assert P.lazy_pinyin(s) == ref(s)


def test_hot_path_does_not_import_pypinyin(cache_dir):
    P.lazy_pinyin("静海区")            # the cache exists from here on
    code = ("import sys; from policykg.emit.pinyin import lazy_pinyin; "
            "r = lazy_pinyin('重庆银行长江绿女吕'); "
            "assert not [m for m in sys.modules if m.split('.')[0] in ('pypinyin', 'marisa_trie')], sys.modules; "
            "print(' '.join(r))")
    env = dict(os.environ, POLICYKG_CACHE=str(cache_dir))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split() == ref("重庆银行长江绿女吕")


def test_corrupt_cache_is_rebuilt(cache_dir, monkeypatch):
    P.lazy_pinyin("静海区")
    path = Path(P.cache_path())
    assert path.parent == cache_dir
    good = path.read_bytes()
    builds = []

    def build():             # the real build is what made `good`; reuse its payload (speed)
        builds.append(1)
        return good[T.HEADER:]

    monkeypatch.setattr(P, "_build_payload", build)
    for bad in (good[: len(good) // 2],                               # truncated
                good[:-100] + bytes(100),                             # zeroed tail
                good[:5000] + bytes([good[5000] ^ 0xFF]) + good[5001:],   # one flipped byte
                b"not a cache"):
        path.write_bytes(bad)
        P._reset()
        assert P.lazy_pinyin("重庆银行") == ["chong", "qing", "yin", "hang"]
        assert path.read_bytes() != bad and T.open_tables(str(path)) is not None     # rewritten, valid
    assert len(builds) == 4
    assert not [p for p in cache_dir.iterdir() if p.name.startswith(".pinyin-")]   # no temp left


def test_unwritable_cache_builds_in_memory(monkeypatch):
    P.lazy_pinyin("长江")
    payload = Path(P.cache_path()).read_bytes()[T.HEADER:]
    monkeypatch.setattr(P, "_build_payload", lambda: payload)     # the real build is tested above
    monkeypatch.setattr(P, "cache_dirs", lambda: iter(["/proc/no-such-dir"]))
    P._reset()
    try:
        assert P.lazy_pinyin("长江") == ["chang", "jiang"]
        assert P.cache_path() is None
    finally:
        P._reset()


def test_ids_slug_uses_it():
    from policykg.emit import ids
    assert ids._pinyin() is P.lazy_pinyin
    assert ids.slug("静海区") == "jinghaiqu"
