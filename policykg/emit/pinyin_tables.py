"""The pinyin cache file: where it lives, its framing, and the mmap'ed tables it holds.

Layout and cache folders are described in policykg.emit.pinyin; pinyin_build writes the payload.
"""
from __future__ import annotations

import marshal
import os
import re
import sys

from ..cachefiles import map_file

FORMAT = 2
MAGIC = b"PKGPY\x00\x01\x00"
HEADER = 8 + 8 + 4          # magic, payload length, crc32


def pypinyin_dir() -> str | None:
    """pypinyin's package folder, found without importing it."""
    from importlib.machinery import PathFinder
    spec = PathFinder.find_spec("pypinyin")
    if spec is None or not spec.submodule_search_locations:
        return None
    return list(spec.submodule_search_locations)[0]


def pypinyin_version() -> str:
    d = pypinyin_dir()
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


def cache_name() -> str:
    return f"pinyin-{pypinyin_version()}-f{FORMAT}.bin"



def frame(payload: bytes) -> bytes:
    from zlib import crc32
    return MAGIC + len(payload).to_bytes(8, "little") + crc32(payload).to_bytes(4, "little") + payload


def unframe(blob: bytes) -> memoryview | None:
    from zlib import crc32
    if len(blob) < HEADER or blob[:8] != MAGIC:
        return None
    payload = memoryview(blob)[HEADER:]
    if len(payload) != int.from_bytes(blob[8:16], "little") or \
            crc32(payload) != int.from_bytes(blob[16:20], "little"):
        return None
    return payload


class Tables:
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


def open_tables(path: str) -> Tables | None:
    """The tables of a cache file; None when missing or corrupt."""
    try:
        mm = map_file(path)
    except (OSError, ValueError):
        return None
    try:
        payload = unframe(mm)
        return Tables(payload, keep=mm) if payload is not None else None
    except Exception:             # corrupt beyond the checksum
        return None

