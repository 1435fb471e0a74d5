"""Pinyin without the cost of importing pypinyin.

``lazy_pinyin(s)`` returns exactly what
``pypinyin.lazy_pinyin(s, style=Style.NORMAL, errors="default", v_to_u=False)`` returns, for
every string. pypinyin needs ~0.3 s to import (phrases_dict 0.17 s, pinyin_dict 0.06 s, the
mmseg prefix set 0.05 s); this module loads a prebuilt cache in about 3 ms.

The path replicated (pypinyin 0.55, ``core.lazy_pinyin`` → ``Pinyin.pinyin`` → ``simpleseg.seg``
→ ``mmseg.Seg.cut`` → ``UltimateConverter.convert``):

1. The string is cut into runs of Han characters and runs of other characters (``RE_HANS``,
   one character at a time, as ``simpleseg._seg``).
2. A run of other characters is one item, kept as it is (``errors="default"``); the empty string
   gives ``[]``.
3. A Han run is cut by mmseg forward maximum matching with ``no_non_phrases=True`` over the set of
   all prefixes of the phrase dictionary: take characters while the text so far is a prefix of
   some phrase; emit the longest phrase seen, else the first character. When the whole rest of
   the run is a prefix but holds no phrase, every character of it is emitted alone (pypinyin
   does not restart matching there, and neither does this module).
4. A word in the phrase dictionary takes the phrase's readings; any other word is one character
   and takes its first reading in the single-character dictionary, or stays as it is when it
   has none. Each reading goes through pypinyin's own NORMAL conversion (tone marks dropped,
   ü written ``v`` since v_to_u=False; no neutral-tone 5, no tone sandhi: the defaults).

Step 4 is precomputed: the cache is built once from pypinyin's dictionaries *by pypinyin's own
converter* (so every reading is the one pypinyin gives, word by word), and the hot path only
segments and looks up. After the cache exists pypinyin is not imported.

Cache file ``pinyin-<pypinyin version>-f<FORMAT>.bin`` in the first of $POLICYKG_CACHE,
$XDG_CACHE_HOME/policykg, ~/.cache/policykg and the temp dir that holds a good file or is
writable (built there, ~3 s, when missing or corrupt); built in memory when none is writable.
Written to a temp file and ``os.replace``d, so parallel workers never read half a file; a file
that fails its length/CRC-32 check or does not load is rebuilt. It is mmap'ed, not unpickled:

* ``table``: uint16 per code point up to the last RE_HANS code point: 0 not Han, 1 Han without
  a reading, 2… the character's syllable number, or block0 + b when the character starts the
  phrases of block b (its own syllable number is then ``bcode[b]``). The Han/other test of
  step 1 is ``table[cp] != 0``, so pypinyin's RE_HANS is not compiled at run time.
* one block per first character of the phrases: the sorted phrase keys without that character
  and their syllable numbers, two NUL-joined strings, marshal'ed; a block is unmarshalled the first
  time its character starts a Han word. "Is run[i:j] a phrase prefix" is one bisect in it.
* the ~420 distinct NORMAL syllables.

Cold start measured (median of 15 fresh interpreters, import + first call, 2 shared cores):

==========================================================  ==================================
variant                                                     import + load + first call
==========================================================  ==================================
pypinyin ``lazy_pinyin``                                    316 ms
marshal'ed dicts (phrases, prefix frozenset, chars)         ~100 ms to unmarshal (180k strings)
marisa-trie of all phrase prefixes + arrays (frombytes)     ≥ 5 ms (marisa_trie import 3–4 ms,
                                                            1.4 MB read); 24 ms as first written
                                                            (regex of RE_HANS, tempfile import)
this layout (mmap, no third-party import, lazy blocks)      3.0 ms (import 1.1, first call 1.8
                                                            of which CRC-32 of 1.1 MB ~0.5)
==========================================================  ==================================

Per call afterwards: ~23 µs for a place or park name, against ~113 µs in pypinyin.
"""
from __future__ import annotations

import marshal
import os
import re
import sys
from bisect import bisect_left

FORMAT = 2
_MAGIC = b"PKGPY\x00\x01\x00"
_HEADER = 8 + 8 + 4          # magic, payload length, crc32

_state: "_Tables | None" = None
_path: str | None = None


# ---------------------------------------------------------------- cache location

def _pypinyin_dir() -> str | None:
    """pypinyin's package folder, found without importing it."""
    from importlib.machinery import PathFinder
    spec = PathFinder.find_spec("pypinyin")
    if spec is None or not spec.submodule_search_locations:
        return None
    return list(spec.submodule_search_locations)[0]


def _pypinyin_version() -> str:
    d = _pypinyin_dir()
    if d is not None:
        try:
            with open(os.path.join(d, "__init__.py"), encoding="utf-8") as fh:
                m = re.search(r"""^__version__\s*=\s*['"]([^'"]+)['"]""", fh.read(), re.M)
            if m:
                return m.group(1)
        except OSError:
            pass
    import pypinyin   # unusual install: ask the package itself
    return str(pypinyin.__version__)


def _cache_name() -> str:
    flag = "-nophrases" if os.environ.get("PYPINYIN_NO_PHRASES") else ""
    return f"pinyin-{_pypinyin_version()}{flag}-f{FORMAT}.bin"


def cache_dirs():
    """Candidate cache folders, in order of preference (the temp dir looked up only if reached)."""
    if os.environ.get("POLICYKG_CACHE"):
        yield os.environ["POLICYKG_CACHE"]
    if os.environ.get("XDG_CACHE_HOME"):
        yield os.path.join(os.environ["XDG_CACHE_HOME"], "policykg")
    home = os.path.expanduser("~")
    if home and home != "~":
        yield os.path.join(home, ".cache", "policykg")
    import tempfile
    yield tempfile.gettempdir()


# ---------------------------------------------------------------- build (slow, once)

def _build_payload() -> bytes:
    """Everything lazy_pinyin needs, from pypinyin's dictionaries and its own converter."""
    return _pack(*_readings())


def _readings() -> tuple[set[int], dict[int, str], dict[str, list[str]]]:
    """pypinyin's Han code points, each character's NORMAL reading and each phrase's readings."""
    from pypinyin import Style
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT, RE_HANS
    from pypinyin.converter import UltimateConverter
    from pypinyin.style import convert as convert_style

    conv = UltimateConverter(v_to_u=False, neutral_tone_with_five=False, tone_sandhi=False)

    def normal(word: str) -> list[str]:
        return [x for item in conv.convert(word, Style.NORMAL, False, "default", True) for x in item]

    # every code point pypinyin's RE_HANS takes for Han (one char at a time, as simpleseg._seg)
    han = {cp for cp in range(sys.maxunicode + 1) if RE_HANS.match(chr(cp))}

    # single characters: the first reading, NORMAL style. Characters outside RE_HANS never reach
    # the dictionaries (they stay in the runs of other characters), so they are left out.
    chars: dict[int, str] = {}
    for cp in PINYIN_DICT:
        if cp in han:
            r = normal(chr(cp))
            if len(r) != 1:
                raise RuntimeError(f"pypinyin gives {r!r} for {chr(cp)!r}")
            chars[cp] = r[0]
    phrases = {k: normal(k) for k in PHRASES_DICT}
    for k, r in phrases.items():        # a one-character phrase beats the single-char table
        if len(k) == 1 and ord(k) in han:
            if len(r) != 1:
                raise RuntimeError(f"pypinyin gives {r!r} for {k!r}")
            chars[ord(k)] = r[0]
    # Han characters without a reading: pypinyin keeps them through the NORMAL conversion, which
    # leaves a Han character as it is; any exception is recorded so the table stays exact.
    for cp in han:
        if cp not in chars:
            c = chr(cp)
            r = convert_style(c, Style.NORMAL, True, default=c, han=c)
            if r != c:
                chars[cp] = r
    return han, chars, phrases


def _pack(han: set[int], chars: dict[int, str], phrases: dict[str, list[str]]) -> bytes:
    """The payload: syllables, a 16-bit code per code point, then the phrase blocks by first character."""
    from array import array

    sylls = sorted(set(chars.values()) | {s for v in phrases.values() for s in v})
    code = {s: i + 2 for i, s in enumerate(sylls)}     # 0 not Han, 1 Han without reading
    block0 = len(sylls) + 2

    # phrases grouped by their (Han) first character, sorted; a block holds the keys without
    # that first character and their syllable codes, each list joined by NUL
    groups: dict[str, list[str]] = {}
    for k in phrases:
        if k and ord(k[0]) in han:
            groups.setdefault(k[0], []).append(k)
    if block0 + len(groups) > 0xFFFF:
        raise RuntimeError("tables too large for 16-bit fields")
    blocks = bytearray()
    boff = array("I", [0])
    bcode = array("H")
    table = array("H", [0]) * (max(han) + 1)
    for cp in han:
        table[cp] = code[chars[cp]] if cp in chars else 1
    for b, (c, keys) in enumerate(sorted(groups.items())):
        keys.sort()
        blocks += marshal.dumps(("\0".join(k[1:] for k in keys),
                                 "\0".join("".join(chr(code[s]) for s in phrases[k]) for k in keys)))
        boff.append(len(blocks))
        bcode.append(table[ord(c)])
        table[ord(c)] = block0 + b

    meta = marshal.dumps((FORMAT, sys.byteorder, sylls, len(table), len(groups)))
    meta += b"\0" * (-(len(meta) + 4) % 4)
    return (len(meta).to_bytes(4, "little") + meta + table.tobytes() + bcode.tobytes()
            + b"\0" * (len(bcode) % 2 * 2) + boff.tobytes() + bytes(blocks))


# ---------------------------------------------------------------- cache file

def _frame(payload: bytes) -> bytes:
    from zlib import crc32
    return _MAGIC + len(payload).to_bytes(8, "little") + crc32(payload).to_bytes(4, "little") + payload


def _unframe(blob: bytes) -> memoryview | None:
    from zlib import crc32
    if len(blob) < _HEADER or blob[:8] != _MAGIC:
        return None
    payload = memoryview(blob)[_HEADER:]
    if len(payload) != int.from_bytes(blob[8:16], "little") or \
            crc32(payload) != int.from_bytes(blob[16:20], "little"):
        return None
    return payload


def _write_atomic(path: str, blob: bytes) -> bool:
    import tempfile
    d = os.path.dirname(path)
    try:
        os.makedirs(d, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".pinyin-", suffix=".tmp", dir=d)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        return True
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False


def _read(path: str) -> memoryview | None:
    try:
        with open(path, "rb") as fh:
            return _unframe(fh.read())
    except OSError:
        return None


# ---------------------------------------------------------------- tables

class _Tables:
    """Views into one payload; phrase blocks unmarshalled on first use.

    ``table[cp]`` (uint16, code points below ``ntable``): 0 not Han, 1 Han without a reading,
    2 … block0-1 the character's syllable ``sylls[v]``, block0 + b: the character starts the
    phrases of block ``b`` and its own code is ``bcode[b]``.
    """
    __slots__ = ("sylls", "table", "ntable", "block0", "bcode", "boff", "blob", "blocks", "_keep")

    def __init__(self, payload, keep=None):
        payload = memoryview(payload)
        n = int.from_bytes(payload[:4], "little")
        fmt, order, sylls, ntable, nblocks = marshal.loads(payload[4:4 + n])
        if fmt != FORMAT or order != sys.byteorder:
            raise ValueError("cache format")
        p = 4 + n
        self.table = payload[p:p + 2 * ntable].cast("H")
        p += 2 * ntable
        self.bcode = payload[p:p + 2 * nblocks].cast("H")
        p += 2 * nblocks + nblocks % 2 * 2
        self.boff = payload[p:p + 4 * (nblocks + 1)].cast("I")
        p += 4 * (nblocks + 1)
        self.blob = payload[p:]
        if len(self.table) != ntable or len(self.bcode) != nblocks or len(self.boff) != nblocks + 1 \
                or self.boff[-1] != len(self.blob):
            raise ValueError("cache tables disagree")
        self.sylls = [None, None] + sylls      # codes 0 and 1 are not syllables
        self.ntable = ntable
        self.block0 = len(self.sylls)
        self.blocks: dict[int, tuple[list[str], list[str]]] = {}
        self._keep = keep                      # the mmap the views point into

    def block(self, b: int) -> tuple[list[str], list[str]]:
        """(sorted phrase keys without their first character, their syllable codes) of block b."""
        blk = self.blocks.get(b)
        if blk is None:
            keys, codes = marshal.loads(self.blob[self.boff[b]:self.boff[b + 1]])
            blk = self.blocks[b] = (keys.split("\0"), codes.split("\0"))
        return blk


def _open(path: str) -> _Tables | None:
    """The tables of a cache file; None when missing or corrupt."""
    import mmap
    try:
        with open(path, "rb") as fh:
            mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    try:
        payload = _unframe(mm)
        return _Tables(payload, keep=mm) if payload is not None else None
    except Exception:             # corrupt beyond the checksum
        return None


def _usable_dir(d: str) -> bool:
    try:
        os.makedirs(d, exist_ok=True)
    except OSError:
        return False
    return os.access(d, os.W_OK | os.X_OK)


def _load() -> _Tables:
    """The tables from the first cache folder that has a good file or can take one; built (and
    written there) when missing or corrupt; built in memory when no folder is writable."""
    global _state, _path
    name = _cache_name()
    payload = None
    for d in cache_dirs():
        path = os.path.join(d, name)
        t = _open(path)
        if t is not None:
            _state, _path = t, path
            return t
        if not _usable_dir(d):
            continue
        if payload is None:
            payload = _build_payload()
        if _write_atomic(path, _frame(payload)):
            t = _open(path)
            if t is not None:
                _state, _path = t, path
                return t
    if payload is None:
        payload = _build_payload()
    _state, _path = _Tables(payload), None
    return _state


def cache_path() -> str | None:
    """The cache file the loaded tables come from (None: not loaded yet, or built in memory)."""
    return _path


def _reset() -> None:
    """Forget the loaded tables (tests)."""
    global _state, _path
    _state = _path = None


# ---------------------------------------------------------------- hot path

def lazy_pinyin(s: str) -> list[str]:
    """``pypinyin.lazy_pinyin(s, style=Style.NORMAL, errors="default", v_to_u=False)``."""
    t = _state or _load()
    table, ntable = t.table, t.ntable
    out: list[str] = []
    n = len(s)
    i = 0
    while i < n:          # runs of Han / other characters (simpleseg._seg)
        cp = ord(s[i])
        han = cp < ntable and table[cp] != 0
        j = i + 1
        while j < n:
            cp = ord(s[j])
            if (cp < ntable and table[cp] != 0) is not han:
                break
            j += 1
        if han:
            _han_run(t, s[i:j], out)
        else:
            out.append(s[i:j])       # errors="default": kept as it is
        i = j
    return out


def _han_run(t: _Tables, run: str, out: list[str]) -> None:
    """mmseg (no_non_phrases=True) over one Han run, readings appended to ``out``."""
    table, sylls, block0 = t.table, t.sylls, t.block0
    n = len(run)
    i = 0
    while i < n:
        v = table[ord(run[i])]
        end = i + 1               # run[i:end] is the longest prefix of some phrase (or one char)
        if v >= block0:
            keys, codes = t.block(v - block0)
            best = -1
            best_end = 0
            nk = len(keys)
            j = i + 1
            while True:
                w = run[i + 1:j]            # the word run[i:j] without its first character
                k = bisect_left(keys, w)
                if k == nk or not keys[k].startswith(w):
                    break                   # run[i:j] is no phrase prefix
                end = j
                if keys[k] == w:
                    best, best_end = k, j
                if j == n:
                    break
                j += 1
            if best >= 0:
                out.extend([sylls[ord(c)] for c in codes[best]])
                i = best_end
                continue
        last = n if end == n else i + 1   # whole rest a prefix without a phrase: all single chars
        for c in run[i:last]:
            k = table[ord(c)]
            if k >= block0:
                k = t.bcode[k - block0]
            out.append(sylls[k] if k > 1 else c)
        i = last
