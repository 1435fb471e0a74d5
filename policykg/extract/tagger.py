"""Word segmentation and part-of-speech tags, identical to ``jieba.posseg.cut`` (HMM on), loaded in milliseconds.

``pos(text)`` returns ``tuple((p.word, p.flag) for p in jieba.posseg.cut(text))`` for every string and
``freq(word)`` what ``jieba.dt.FREQ.get(word)`` returns for a dictionary word (``None`` for anything else,
where jieba says 0 for a mere prefix of a word: the same truthiness). The algorithm is jieba 0.42's,
step by step: the block split on ``re_han_internal`` / ``re_skip_internal``, the prefix DAG, the route
(``log(freq or 1) - log(total) + route[x + 1]``, the same floats in the same order, ties to the longer
word), the single-character buffer, and for a buffer that is no word the joint segmentation/tagging
Viterbi of ``jieba.posseg`` with its model tables.

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
from operator import itemgetter

from .tagger_cache import _Dict, _Hmm, _load

# jieba.posseg's regexes (same classes; ``\u`` escapes interpreted by re)
_RE_HAN_INTERNAL = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
_RE_SKIP_INTERNAL = re.compile("(\r\n|\\s)")
# jieba's re_han_detail is "([\u4E00-\u9FD5]+)"; it only ever splits text made of re_han_internal's
# characters, where the Han ones are exactly those outside the ASCII part (and this compiles in 0.1 ms, not 1.4)
_RE_HAN_DETAIL = re.compile("([^a-zA-Z0-9+#&\\._]+)")
_RE_SKIP_DETAIL = re.compile("([\\.0-9]+|[a-zA-Z0-9]+)")
_RE_ENG = re.compile("[a-zA-Z0-9]+")
_RE_NUM = re.compile("[\\.0-9]+")

_MIN_FLOAT = -3.14e100
_MIN_INF = float("-inf")


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
    route = [states[s] for s in _viterbi_run(sentence, H)]
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


def _viterbi_run(obs: str, H: _Hmm) -> list[int]:
    """jieba.posseg.viterbi's best state path (state numbers), without its per-cell tuples.

    jieba compares ``(V[y0] + trans[y0].get(y, -inf) + emit, y0)`` over every previous state; a
    previous state without a transition to ``y`` scores -inf and never wins while one with a
    transition exists (states are only kept when some previous state leads to them), and ties go
    to the larger state, as with ``max`` over tuples (numbers follow the tuples' order). The sums
    are done in the same order, so the scores are bit-identical.
    """
    start_p, trans_p, all_states, char = H.start, H.trans, H.all_states, H.char
    cs, em = char(obs[0])
    V = {y: start_p[y] + em.get(y, _MIN_FLOAT) for y in cs}
    paths = [dict.fromkeys(V, -1)]
    for t in range(1, len(obs)):
        cs, em = char(obs[t])
        prev = [(x, V[x], trans_p[x]) for x in V if trans_p[x]]
        expect = set()
        for _, _, tr in prev:
            expect.update(tr)
        obs_states = set(cs) & expect
        if not obs_states:
            obs_states = expect if expect else all_states
        if len(obs_states) * len(prev) > sum(len(tr) for _, _, tr in prev):
            nv, path = _step_by_transitions(prev, obs_states, em)
        else:
            nv, path = _step_by_states(prev, obs_states, em)
        V = nv
        paths.append(path)
    _, state = max((V[y], y) for y in paths[-1])
    route = [0] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = paths[i][state]
    return route


def _step_by_states(prev: list, obs_states, em: dict) -> tuple[dict, dict]:
    """One Viterbi step, state by state: for each state y the best (score, larger state on a tie) over
    the previous states with a transition to y (few states: a known character)."""
    nv, path = {}, {}
    for y in obs_states:
        e = em.get(y, _MIN_FLOAT)
        best = bs = None
        for x, vx, tr in prev:
            p = tr.get(y)
            if p is None:
                continue
            sc = vx + p + e
            if best is None or sc > best or (sc == best and x > bs):
                best, bs = sc, x
        if best is None:
            best, bs = _MIN_INF, max(x for x, _, _ in prev)
        nv[y] = best
        path[y] = bs
    return nv, path


def _step_by_transitions(prev: list, obs_states, em: dict) -> tuple[dict, dict]:
    """The same step walking the transitions that exist instead of every pair of states: a character
    the model has no states for keeps nearly all 256, and pairs outnumber transitions about eightfold.
    The sums are the same; taking larger previous states first and keeping the first best score is the
    (score, larger state) comparison, so the result is too."""
    es = {y: em.get(y, _MIN_FLOAT) for y in obs_states}
    esget = es.get
    nv: dict = {}
    path: dict = {}
    nvget = nv.get
    for x, vx, tr in sorted(prev, key=itemgetter(0), reverse=True):
        for y, p in tr.items():
            e = esget(y)
            if e is None:
                continue
            sc = vx + p + e
            b = nvget(y)
            if b is None or sc > b:
                nv[y] = sc
                path[y] = x
    if len(nv) < len(es):
        top = max(x for x, _, _ in prev)
        for y in es.keys() - nv.keys():
            nv[y], path[y] = _MIN_INF, top
    return nv, path
