"""Word segmentation and part-of-speech tags, identical to ``jieba.posseg.cut`` (HMM on), loaded in milliseconds.

``pos(text)`` returns ``tuple((p.word, p.flag) for p in jieba.posseg.cut(text))`` for every string and
``freq(word)`` what ``jieba.dt.FREQ.get(word)`` returns for a dictionary word (``None`` for anything else,
where jieba says 0 for a mere prefix of a word: the same truthiness). The algorithm is jieba 0.42's,
step by step: the block split on ``re_han_internal`` / ``re_skip_internal``, the prefix DAG, the route
(``log(freq or 1) - log(total) + route[x + 1]``, the same floats in the same order, ties to the longer
word), the single-character buffer, and for a buffer that is no word the joint segmentation/tagging
Viterbi of ``jieba.posseg`` with its model tables (``tagger_viterbi.py``).

Data. jieba itself spends ~1.4–1.8 s per process before its first tag (import 0.2 s, ``jieba.posseg``
reading dict.txt into a tag table 0.6–1.3 s, ``jieba.initialize()`` marshal-loading a 580k-key FREQ
dict 0.3–1.4 s). Here the dictionary is a marisa trie of its 349k words plus two flat arrays indexed
by the trie's key id (frequency, tag id); the DAG of position ``k`` is the trie's prefixes of
``sentence[k:k + longest word]`` with a frequency > 0 (jieba's FREQ holds every prefix of every word
with frequency 0, so its walk collects exactly the words that are prefixes). The posseg HMM tables
have their 256 states numbered in sort order, so ties between states break as jieba's tuple
comparison does; start and transitions are decoded on the first out-of-dictionary run of Han
characters, each character's states and emissions when that character is first seen.

Everything is built once from jieba's own reader and tables (this imports jieba: ~3 s) into one
file (4.8 MB) in the folder of :func:`_cache_dir`, named by a key of the jieba version, the size and
mtime of dict.txt and the model tables, the trie library version, byte order and :data:`FORMAT`. It
is written to a temporary file and renamed into place, so parallel workers never see half of one;
on load it is checked (magic, length, Adler-32 of the whole payload, key), so a damaged or foreign
file is rebuilt. It is mapped read-only, not read: the trie and arrays are used in place
(``Trie.map``, ``memoryview.cast``), nothing is copied. With no writable folder it is built in memory.
After that no module of jieba is imported.

Measured on this machine (2 cores shared with other jobs, files in the page cache, best of 5 fresh
interpreters; cold = including the process's first-touch page faults):

==========================================================  ========
jieba's FREQ cache, marshal.loads (580k keys)                  333 ms
dictionary as a dict {word: (freq, tag)}, marshal.loads        448 ms
the same, pickle.loads (protocol 5)                            327 ms
posseg HMM tables as jieba's dicts, marshal.loads               28 ms
this file read() + checked + trie/arrays copied out           ~10 ms
this file mmap'ed + checked + used in place (chosen)          2.1 ms
 + start/transitions on the first HMM run (chosen)            0.6 ms
   (decoding all 8870 characters' tables up front instead:    +7 ms)
``import policykg.extract.tagger`` (with .pyc / compiled)     6 / 11 ms
first ``pos()`` of a sentence after the import (load + HMM)   5 ms
==========================================================  ========
"""
from __future__ import annotations

import math
import re

from .tagger_cache import _Dict, _load
from .tagger_viterbi import viterbi_run

# jieba.posseg's regexes (same classes; ``\u`` escapes interpreted by re)
_RE_HAN_INTERNAL = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
_RE_SKIP_INTERNAL = re.compile("(\r\n|\\s)")
# jieba's re_han_detail is "([\u4E00-\u9FD5]+)"; it only ever splits text made of re_han_internal's
# characters, where the Han ones are exactly those outside the ASCII part (and this compiles in 0.1 ms, not 1.4)
_RE_HAN_DETAIL = re.compile("([^a-zA-Z0-9+#&\\._]+)")
_RE_SKIP_DETAIL = re.compile("([\\.0-9]+|[a-zA-Z0-9]+)")
_RE_ENG = re.compile("[a-zA-Z0-9]+")
_RE_NUM = re.compile("[\\.0-9]+")


_D: _Dict | None = None


def _data() -> _Dict:
    global _D
    if _D is None:
        _D = _load()
    return _D


# ------------------------------------------------------------------------------- public API
def freq(word: str) -> int | None:
    """jieba's dictionary frequency of ``word`` (``jieba.dt.FREQ.get``), None when it is no dictionary word."""
    return _freq_in(_D or _data(), word)


def _freq_in(d: _Dict, word: str) -> int | None:
    try:
        i = d.trie.get(word)
    except UnicodeEncodeError:      # a lone surrogate: no key of the (UTF-8) trie, nor of jieba's FREQ
        return None
    return None if i is None else d.freqs[i]


def pos(text: str) -> tuple[tuple[str, str], ...]:
    """``tuple((p.word, p.flag) for p in jieba.posseg.cut(text))``."""
    d = _D or _data()
    out: list[tuple[str, str]] = []
    for j, blk in enumerate(_RE_HAN_INTERNAL.split(text)):
        if j & 1:                   # a match of the capturing split (jieba: re_han_internal.match(blk))
            _cut_dag(d, blk, out)
            continue
        for x in _RE_SKIP_INTERNAL.split(blk):
            if _RE_SKIP_INTERNAL.match(x):
                out.append((x, "x"))
            else:
                for xx in x:
                    if _RE_NUM.match(xx):
                        out.append((xx, "m"))
                    elif _RE_ENG.match(x):      # sic: jieba tests the whole piece here
                        out.append((xx, "eng"))
                    else:
                        out.append((xx, "x"))
    return tuple(out)


def _tag(d: _Dict, w: str) -> str:
    i = d.trie.get(w)
    return "x" if i is None else d.tags[d.tids[i]]


def _cut_dag(d: _Dict, sentence: str, out: list) -> None:
    """jieba's get_DAG + calc + POSTokenizer.__cut_DAG for one block."""
    N = len(sentence)
    prefixes = d.trie.iter_prefixes_with_ids
    freqs, maxlen, logtotal, fallback = d.freqs, d.maxlen, d.logtotal, d.fallback
    log = math.log
    score = [0.0] * (N + 1)
    nxt = [0] * (N + 1)
    wid = [None] * (N + 1)
    for idx in range(N - 1, -1, -1):
        best = bx = bi = None
        for w, i in prefixes(sentence[idx:idx + maxlen]):
            f = freqs[i]
            if not f:
                continue
            x = idx + len(w) - 1
            sc = log(f) - logtotal + score[x + 1]
            if best is None or sc > best or (sc == best and x > bx):
                best, bx, bi = sc, x, i
        if best is None:
            best, bx = fallback + score[idx + 1], idx
        score[idx] = best
        nxt[idx] = bx
        wid[idx] = bi
    tags, tids = d.tags, d.tids
    x = 0
    buf = ""
    while x < N:
        y = nxt[x] + 1
        if y - x == 1:
            buf += sentence[x]
        else:
            if buf:
                _flush(d, buf, out)
                buf = ""
            out.append((sentence[x:y], tags[tids[wid[x]]]))
        x = y
    if buf:
        _flush(d, buf, out)


def _flush(d: _Dict, buf: str, out: list) -> None:
    if len(buf) == 1:
        out.append((buf, _tag(d, buf)))
    elif not _freq_in(d, buf):
        _cut_detail(d, buf, out)
    else:
        for elem in buf:
            out.append((elem, _tag(d, elem)))


def _cut_detail(d: _Dict, sentence: str, out: list) -> None:
    """POSTokenizer.__cut_detail: HMM on runs of Han characters, numbers / Latin / other otherwise."""
    for j, blk in enumerate(_RE_HAN_DETAIL.split(sentence)):
        if j & 1:
            out.extend(_hmm_cut(d, blk))
            continue
        for x in _RE_SKIP_DETAIL.split(blk):
            if x:
                if _RE_NUM.match(x):
                    out.append((x, "m"))
                elif _RE_ENG.match(x):
                    out.append((x, "eng"))
                else:
                    out.append((x, "x"))


_VCACHE: dict = {}


def _hmm_cut(d: _Dict, sentence: str) -> tuple:
    """POSTokenizer.__cut (Viterbi over jieba.posseg's model), memoised by the characters."""
    hit = _VCACHE.get(sentence)
    if hit is not None:
        return hit
    H = d.hmm()
    states = H.states
    route = [states[s] for s in viterbi_run(sentence, H)]
    res = []
    begin = nexti = 0
    for i, char in enumerate(sentence):
        p, flag = route[i]
        if p == "B":
            begin = i
        elif p == "E":
            res.append((sentence[begin:i + 1], flag))
            nexti = i + 1
        elif p == "S":
            res.append((char, flag))
            nexti = i + 1
    if nexti < len(sentence):
        res.append((sentence[nexti:], route[nexti][1]))
    if len(_VCACHE) > 50000:
        _VCACHE.clear()
    hit = _VCACHE[sentence] = tuple(res)
    return hit
