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

import marshal
import math
import mmap
import os
import re
import struct
import sys
import zlib
from array import array
from bisect import bisect_left

FORMAT = 4
_MAGIC = b"PKGTAGGR"
_HEAD = struct.Struct("<8sQI4x")      # magic, payload length, Adler-32 of the payload
_LENS = struct.Struct("<7Q")          # section lengths

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


def _cache_dir() -> str | None:
    """A writable folder for the tagger's dictionary cache (first of $POLICYKG_CACHE, $XDG_CACHE_HOME/policykg,
    ~/.cache/policykg, the temp folder)."""
    env = os.environ
    xdg = env.get("XDG_CACHE_HOME")
    for d in (env.get("POLICYKG_CACHE") or "", os.path.join(xdg, "policykg") if xdg else "",
              os.path.join(os.path.expanduser("~"), ".cache", "policykg"), None):
        if d is None:
            import tempfile  # last resort only: importing tempfile costs milliseconds
            d = tempfile.gettempdir()
        elif not d:
            continue
        try:
            os.makedirs(d, exist_ok=True)
            if os.access(d, os.W_OK):
                return d
        except OSError:
            continue
    return None


# ------------------------------------------------------------------------------- the cache key
def _jieba_dir() -> str:
    """jieba's package folder, found without importing it."""
    mod = sys.modules.get("jieba")
    if mod is not None and getattr(mod, "__file__", None):
        return os.path.dirname(mod.__file__)
    for p in sys.path:
        d = os.path.join(p or ".", "jieba")
        if os.path.isfile(os.path.join(d, "dict.txt")):
            return d
    import importlib.util
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:
        raise ImportError("jieba is not installed (its dictionary is needed to build the tagger cache)")
    return os.path.dirname(spec.origin)


def _key() -> str:
    """Changes whenever jieba's dictionary or model tables, the trie library or this format change."""
    d = _jieba_dir()
    with open(os.path.join(d, "__init__.py"), "rb") as f:
        m = re.search(rb"__version__\s*=\s*['\"]([^'\"]+)", f.read(2048))
    parts = [f"fmt{FORMAT}", "jieba" + (m.group(1).decode() if m else "?"), sys.byteorder]
    for rel in ("dict.txt", "posseg/prob_start.py", "posseg/prob_trans.py", "posseg/prob_emit.py",
                "posseg/char_state_tab.py"):
        try:
            st = os.stat(os.path.join(d, rel))
            parts.append(f"{rel}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{rel}:-")
    import marisa_trie
    parts.append("marisa" + str(getattr(marisa_trie, "__version__", "?")))
    return "|".join(parts)


def _cache_path(key: str, folder: str) -> str:
    digest = "%08x" % zlib.adler32(key.encode())
    ver = key.split("|")[1]
    return os.path.join(folder, f"policykg-tagger-v{FORMAT}-{ver}-{digest}.bin")


# ------------------------------------------------------------------------------- build and load
def _build(key: str) -> bytes:
    """The cache file's bytes: magic, payload length, Adler-32, then the 8-aligned sections."""
    (tags, maxlen, total), *sections = _sections()
    sections.insert(0, marshal.dumps((key, tags, maxlen, total)))
    parts = [_LENS.pack(*map(len, sections))]
    for sec in sections:                    # each section starts 8-aligned (memoryview casts)
        parts += [sec, bytes(-len(sec) % 8)]
    payload = b"".join(parts)
    return _HEAD.pack(_MAGIC, len(payload), zlib.adler32(payload)) + payload


def _sections() -> list:
    """From jieba's own dictionary reader and model tables (imports jieba: slow): the dictionary's
    (tags, longest word, total), the trie, frequencies and tag ids by key id, and the HMM tables."""
    import jieba
    import jieba.posseg as pseg
    import marisa_trie
    jieba.setLogLevel(60)
    FREQ, total = jieba.Tokenizer.gen_pfdict(jieba.dt.get_dict_file())
    tag_tab = pseg.dt.word_tag_tab
    words = sorted({w for w, f in FREQ.items() if f} | set(tag_tab))
    trie = marisa_trie.Trie(words)
    n = len(trie)
    tags = sorted(set(tag_tab.values()) | {"x"})
    tag_id = {t: i for i, t in enumerate(tags)}
    freqs = array("I", bytes(4 * n))
    tids = bytearray(n)
    for w in words:
        i = trie[w]
        freqs[i] = FREQ.get(w) or 0
        tids[i] = tag_id[tag_tab.get(w, "x")]
    maxlen = max(map(len, words))
    hmm_meta, offsets, blob = _hmm_tables(pseg.char_state_tab_P, pseg.start_P, pseg.trans_P, pseg.emit_P)
    return [(tags, maxlen, total), trie.tobytes(), freqs.tobytes(), bytes(tids), marshal.dumps(hmm_meta), offsets, blob]


def _hmm_tables(char_state, start_p, trans_p, emit_p):
    """jieba.posseg's tables with the 256 states numbered in sort order (so ``x > y`` on numbers is jieba's
    tuple comparison): (states, start, transitions, all states, per character the marshal'ed pair
    (its states or None, {state: emission})), the characters decoded one by one when first seen."""
    states = sorted(set(start_p) | set(trans_p) | set(emit_p)
                    | {y for t in trans_p.values() for y in t} | {y for s in char_state.values() for y in s})
    num = {s: i for i, s in enumerate(states)}
    start = [start_p.get(s) for s in states]
    trans = [None if s not in trans_p else {num[y]: p for y, p in trans_p[s].items()} for s in states]
    all_states = tuple(num[s] for s in trans_p)       # jieba: trans_p.keys()
    per_char: dict = {}
    for c, ss in char_state.items():
        per_char[c] = [tuple(num[y] for y in ss), {}]
    for y, em in emit_p.items():
        for c, e in em.items():
            per_char.setdefault(c, [None, {}])[1][num[y]] = e
    keys = "".join(sorted(per_char))
    blobs = [marshal.dumps(tuple(per_char[c])) for c in keys]
    offsets = array("I", [0])
    for b in blobs:
        offsets.append(offsets[-1] + len(b))
    return (tuple(states), start, trans, all_states, keys), offsets.tobytes(), b"".join(blobs)


class _Hmm:
    """The posseg model: states, start, transitions, all states, and ``char(o) -> (states of o, emissions of o)``.

    The characters' tables stay one blob (sorted characters, offsets, marshal'ed pairs) and each is
    decoded when first seen: decoding all 8870 of them up front costs ~7 ms, the rest ~1 ms.
    """
    __slots__ = ("states", "start", "trans", "all_states", "_keys", "_offsets", "_blob", "_chars")

    def __init__(self, meta, offsets: memoryview, blob: memoryview):
        self.states, self.start, self.trans, self.all_states, self._keys = marshal.loads(meta)
        self._offsets = offsets.cast("I")
        self._blob = blob
        if len(self._offsets) != len(self._keys) + 1 or self._offsets[-1] != len(blob):
            raise ValueError("damaged tagger cache")
        self._chars: dict = {}

    def char(self, o: str):
        hit = self._chars.get(o)
        if hit is None:
            keys = self._keys
            i = bisect_left(keys, o)
            if i < len(keys) and keys[i] == o:
                cs, em = marshal.loads(self._blob[self._offsets[i]:self._offsets[i + 1]])
                hit = (self.all_states if cs is None else cs, em)
            else:
                hit = (self.all_states, {})
            self._chars[o] = hit
        return hit


class _Dict:
    __slots__ = ("trie", "freqs", "tids", "tags", "maxlen", "logtotal", "fallback", "_hmm_raw", "_hmm", "_buf")

    def __init__(self, blob, key: str):
        """Checks the file (bytes or a read-only mmap) and maps its sections without copying them."""
        import marisa_trie
        mv = memoryview(blob)
        magic, size, check = _HEAD.unpack_from(blob)
        if magic != _MAGIC or size != len(mv) - _HEAD.size or zlib.adler32(mv[_HEAD.size:]) != check:
            raise ValueError("damaged tagger cache")
        at = _HEAD.size + _LENS.size
        secs = []
        for n in _LENS.unpack_from(blob, _HEAD.size):
            secs.append(mv[at:at + n])
            at += n + (-n % 8)
        if at != len(mv):
            raise ValueError("damaged tagger cache")
        k, tags, maxlen, total = marshal.loads(secs[0])
        if k != key:
            raise ValueError("tagger cache of another key")
        self._buf = blob                    # the mapped trie and arrays live in it
        self.trie = marisa_trie.Trie()
        self.trie.map(secs[1])
        self.freqs = secs[2].cast("I")
        self.tids = secs[3]
        n = len(self.trie)
        if len(self.freqs) != n or len(self.tids) != n:
            raise ValueError("damaged tagger cache")
        self.tags = tags
        self.maxlen = maxlen
        self.logtotal = math.log(total)                     # jieba's calc: logtotal = log(self.total)
        self.fallback = math.log(1) - self.logtotal         # log(FREQ.get(c) or 1) - logtotal for a lone non-word
        self._hmm_raw = secs[4:]
        self._hmm = None

    def hmm(self) -> _Hmm:
        if self._hmm is None:
            self._hmm = _Hmm(*self._hmm_raw)
            self._hmm_raw = None
        return self._hmm


def _write_atomic(path: str, blob: bytes) -> None:
    import tempfile
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tagger-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(blob)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _load(folder: str | None = None) -> _Dict:
    """The dictionary from the cache file of the current key, built (and written, where possible) if missing or damaged."""
    key = _key()
    folder = folder if folder is not None else _cache_dir()
    path = _cache_path(key, folder) if folder else None
    if path:
        try:
            with open(path, "rb") as f:     # mapped, not read: the pages stay in the page cache, shared by workers
                blob = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
            return _Dict(blob, key)
        except Exception:       # missing, empty, truncated, damaged, another format: build it anew
            pass
    blob = _build(key)
    if path:
        try:
            _write_atomic(path, blob)
        except OSError:
            pass
    return _Dict(blob, key)


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
        V = nv
        paths.append(path)
    _, state = max((V[y], y) for y in paths[-1])
    route = [0] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = paths[i][state]
    return route
