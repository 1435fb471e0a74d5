"""The tagger's data file: jieba's dictionary and posseg tables in one checked, memory-mapped file.

Built once from jieba's own reader and tables (``_sections``; this imports jieba), written atomically
under a key of the jieba version, dict.txt, the model tables, the trie library, byte order and
:data:`FORMAT`, checked on load (magic, length, Adler-32, key) and rebuilt when missing or damaged.
See ``tagger`` for the measurements behind this layout.
"""
from __future__ import annotations

import marshal
import math
import os
import re
import struct
import sys
import zlib
from array import array
from bisect import bisect_left

from ..cachefiles import map_file, private_temp_dir, user_cache_dirs, write_atomic

FORMAT = 4
_MAGIC = b"PKGTAGGR"
_HEAD = struct.Struct("<8sQI4x")      # magic, payload length, Adler-32 of the payload
_LENS = struct.Struct("<7Q")          # section lengths


def _cache_dir() -> str | None:
    """A writable folder for the tagger's dictionary cache (first of $POLICYKG_CACHE, $XDG_CACHE_HOME/policykg,
    ~/.cache/policykg, a private folder in the temp folder); None: build in memory."""
    for d in user_cache_dirs():
        try:
            os.makedirs(d, exist_ok=True)
            if os.access(d, os.W_OK):
                return d
        except OSError:
            continue
    return private_temp_dir()


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


def _load(folder: str | None = None) -> _Dict:
    """The dictionary from the cache file of the current key, built (and written, where possible) if missing or damaged."""
    key = _key()
    folder = folder if folder is not None else _cache_dir()
    path = _cache_path(key, folder) if folder else None
    if path:
        try:
            blob = map_file(path)     # mapped, not read: the pages stay in the page cache, shared by workers
            return _Dict(blob, key)
        except Exception:       # missing, empty, truncated, damaged, another format: build it anew
            pass
    blob = _build(key)
    if path:
        write_atomic(path, blob, ".tagger-")
    return _Dict(blob, key)
