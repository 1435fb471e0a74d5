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
segments and looks up. After the cache exists pypinyin is not imported. The build is in
pinyin_build, the cache file and its tables in pinyin_tables; this module loads them and holds the
hot path.

Cache file ``pinyin-<pypinyin version>-f<FORMAT>.bin`` in the first of $POLICYKG_CACHE,
$XDG_CACHE_HOME/policykg, ~/.cache/policykg and a private per-user folder in the temp dir (see
policykg.cachefiles) that holds a good file or is writable (built there, ~3 s, when missing or corrupt); built in memory when none is writable.
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

import os
from bisect import bisect_left

from ..cachefiles import cache_dirs, usable_dir, write_atomic
from .pinyin_tables import Tables, cache_name, frame, open_tables

_state: "Tables | None" = None
_path: str | None = None


def _build_payload() -> bytes:
    from .pinyin_build import build_payload
    return build_payload()


def _load() -> Tables:
    """The tables from the first cache folder that has a good file or can take one; built (and
    written there) when missing or corrupt; built in memory when no folder is writable."""
    global _state, _path
    name = cache_name()
    payload = None
    for d in cache_dirs():
        path = os.path.join(d, name)
        t = open_tables(path)
        if t is not None:
            _state, _path = t, path
            return t
        if not usable_dir(d):
            continue
        if payload is None:
            payload = _build_payload()
        if write_atomic(path, frame(payload), ".pinyin-"):
            t = open_tables(path)
            if t is not None:
                _state, _path = t, path
                return t
    if payload is None:
        payload = _build_payload()
    _state, _path = Tables(payload), None
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


def _han_run(t: Tables, run: str, out: list[str]) -> None:
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
