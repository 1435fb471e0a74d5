"""policykg.extract.tagger gives exactly jieba.posseg.cut's words and tags, and jieba's FREQ, without loading jieba."""
from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from policykg.extract import tagger, tagger_cache

ROOT = Path(__file__).resolve().parents[1]
REPORTS = [ROOT / "data" / "reports" / "jinghai-2021.txt",
           ROOT / "data" / "corpus" / "provincial-2026" / "anhui-2026.txt",
           ROOT / "data" / "corpus" / "provincial-2026" / "xinjiang-2026.txt",
           ROOT / "data" / "corpus" / "hailaer" / "hailaer-2012.txt",
           ROOT / "data" / "corpus" / "hailaer" / "hailaer-2019.txt"]


@pytest.fixture(scope="module")
def jb():
    import jieba
    import jieba.posseg
    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba


def _jieba_pos(jb, text: str):
    return tuple((p.word, p.flag) for p in jb.posseg.cut(text))


@pytest.fixture(scope="module")
def sentences():
    from policykg.read import read_report
    out = []
    for path in REPORTS:
        text = read_report(str(path)).text
        out += [s for s in re.split(r"(?<=[。！？；\n])", text) if s]
    return out


def test_real_reports_sentence_by_sentence(jb, sentences):
    assert len(sentences) > 1000
    bad = [s for s in sentences if tagger.pos(s) != _jieba_pos(jb, s)]
    assert not bad, bad[:3]


def test_short_phrases(jb, sentences):
    """The callers tag 2–12 character phrases cut anywhere out of a sentence."""
    rnd = random.Random(7)
    long = [s for s in sentences if len(s) >= 12]
    for _ in range(6000):
        s = rnd.choice(long)
        n = rnd.randint(1, 12)
        i = rnd.randrange(0, len(s) - n + 1)
        phrase = s[i:i + n]
        assert tagger.pos(phrase) == _jieba_pos(jb, phrase), phrase


MIXED = [
    "", " ", "\r\n", "\n\n", "\t \u3000\xa0", "a", "1", ".", "%", "。", "中", "亳",
    "2021年GDP增长6.5%，R&D投入占比2.3%", "5G基站3,000个", "C++与C#及.NET", "a_b.c+d#e&f",
    "第十四个五年规划和二〇三五年远景目标", "１２３４５全角数字ＡＢＣ", "版本v1.2.3-beta发布", "3.14.15..9",
    "Hello World  多个  空格\r\n换行\r回车\t制表", "京津冀协同发展、长三角一体化", "Ｘ光机和B超",
    "α射线、β衰变、㐀㐁（扩展A）、\U00020000（扩展B）、\u9fd6\u9fff超出范围", "emoji😀表情👍",
    "静海区团泊新城西区大邱庄镇", "嵖岈山亳州婺源黟县", "ABC中文DEF", "中文abc123中文", "...", "+++###&&&___",
    "2016-2020年", "1.5万亿元", "100%", "３、４、５", "x86_64架构", "打造“一带一路”重要节点城市",
    "发展\ud800中国\udfff x",
]


def test_mixed_text(jb):
    for s in MIXED:
        assert tagger.pos(s) == _jieba_pos(jb, s), s


def test_random_mixed_strings(jb):
    rnd = random.Random(11)
    han = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理"
    pieces = [lambda: rnd.choice(han), lambda: rnd.choice("0123456789"), lambda: rnd.choice("abcXYZ"),
              lambda: rnd.choice(".+#&_%-，。、：“”（）"), lambda: rnd.choice([" ", "\r\n", "\n", "\t", "\u3000"]),
              lambda: rnd.choice("１Ａ㐀😀\u9fd6")]
    weights = [12, 3, 3, 2, 1, 1]
    for _ in range(1200):
        s = "".join(rnd.choices(pieces, weights)[0]() for _ in range(rnd.randint(0, 30)))
        assert tagger.pos(s) == _jieba_pos(jb, s), repr(s)


def test_freq(jb, sentences):
    FREQ = jb.dt.FREQ
    rnd = random.Random(3)
    words = rnd.sample(sorted(FREQ), 40000)          # dictionary words and their prefixes (freq 0)
    rnd2 = random.Random(5)
    others = ["", "xyz", "静海区团泊", "𠀀", "的的的的", "\ud800", "发展\udfff"] + [
        s[i:i + n] for s in rnd2.sample(sentences, 300) for n in (2, 3, 4) for i in range(0, max(1, len(s) - n), 7)]
    for w in words + others:
        f, g = tagger.freq(w), FREQ.get(w)
        assert bool(f) == bool(g), w
        if g:
            assert f == g, w
    assert tagger.freq("发展") == FREQ["发展"] > 100


# ------------------------------------------------------------------------------ the cache file
@pytest.fixture
def memo_build(monkeypatch):
    """Counts tagger_cache._build calls; the slow part (reading jieba's tables, ~2–4 s) is done once for the module."""
    calls = []
    real = tagger_cache._build

    def build(key):
        calls.append(key)
        return real(key)

    def sections():
        if not _SECTIONS:
            _SECTIONS.append(real_sections())
        return _SECTIONS[0]
    real_sections = tagger_cache._sections
    monkeypatch.setattr(tagger_cache, "_build", build)
    monkeypatch.setattr(tagger_cache, "_sections", sections)
    return calls


_SECTIONS: list = []


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("policykg-tagger-"))


def test_cache_built_once_then_loaded(tmp_path, memo_build):
    d = tagger_cache._load(str(tmp_path))
    assert len(memo_build) == 1 and len(_files(tmp_path)) == 1
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    d2 = tagger_cache._load(str(tmp_path))
    assert len(memo_build) == 1
    assert d2.trie.get("发展") == d.trie.get("发展") is not None


def test_cache_rebuilt_when_key_changes(tmp_path, memo_build, monkeypatch):
    tagger_cache._load(str(tmp_path))
    first = _files(tmp_path)
    real_key = tagger_cache._key()
    monkeypatch.setattr(tagger_cache, "_key", lambda: real_key.replace("dict.txt:", "dict.txt:1"))
    d = tagger_cache._load(str(tmp_path))
    assert len(memo_build) == 2
    assert len(_files(tmp_path)) == 2 and first[0] in _files(tmp_path)
    assert d.freqs[d.trie["发展"]] == tagger.freq("发展")
    # a file of another key under this key's name is not taken
    path = tmp_path / [n for n in _files(tmp_path) if n not in first][0]
    path.write_bytes((tmp_path / first[0]).read_bytes())
    tagger_cache._load(str(tmp_path))
    assert len(memo_build) == 3


@pytest.mark.parametrize("damage", ["empty", "truncated", "flipped", "garbage"])
def test_damaged_cache_is_rebuilt(tmp_path, memo_build, damage):
    tagger_cache._load(str(tmp_path))
    path = tmp_path / _files(tmp_path)[0]
    good = path.read_bytes()
    bad = {"empty": b"", "truncated": good[:len(good) // 2], "garbage": os.urandom(len(good)),
           "flipped": good[:len(good) // 3] + bytes([good[len(good) // 3] ^ 1]) + good[len(good) // 3 + 1:]}[damage]
    path.write_bytes(bad)
    d = tagger_cache._load(str(tmp_path))
    assert len(memo_build) == 2
    assert path.read_bytes() == good
    assert d.freqs[d.trie["发展"]] == tagger.freq("发展")


def test_no_writable_folder_builds_in_memory(memo_build, monkeypatch):
    monkeypatch.setattr(tagger_cache, "_cache_dir", lambda: None)
    d = tagger_cache._load()
    assert len(memo_build) == 1 and d.trie.get("发展") is not None


def test_hot_path_does_not_import_jieba(tmp_path, memo_build):
    tagger_cache._load(str(tmp_path))                     # the cache file exists from here on
    code = ("import sys, policykg.extract.tagger as t; r = t.pos('推进静海区经济发展，亳州嵖岈山'); "
            "assert 'jieba' not in sys.modules, 'jieba imported'; print(r)")
    env = dict(os.environ, POLICYKG_CACHE=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert out.returncode == 0, out.stderr
    assert "('发展', 'vn')" in out.stdout
