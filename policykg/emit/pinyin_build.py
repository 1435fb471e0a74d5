"""Build the pinyin cache payload from pypinyin's dictionaries, by pypinyin's own converter (slow, once).

Imported only when no good cache file exists; see policykg.emit.pinyin for the layout.
"""
from __future__ import annotations

import marshal
import os
import sys

from .pinyin_tables import FORMAT


def build_payload() -> bytes:
    """Everything lazy_pinyin needs, from pypinyin's dictionaries and its own converter."""
    return _pack(*_readings())


def dictionaries() -> tuple[dict, dict]:
    """pypinyin's character and phrase dictionaries, the phrases loaded whatever PYPINYIN_NO_PHRASES
    says: without them the IRIs depended on the environment, and `add` mixed two spellings of a name."""
    os.environ.pop("PYPINYIN_NO_PHRASES", None)  # read once, when pypinyin is first imported
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT
    if not PHRASES_DICT:  # imported earlier (pypinyin_version's fallback) with the flag set
        from pypinyin.phrases_dict import phrases_dict
        PHRASES_DICT.update(phrases_dict)  # in place: the converter holds the same dict
    return PINYIN_DICT, PHRASES_DICT


def _readings() -> tuple[set[int], dict[int, str], dict[str, list[str]]]:
    """pypinyin's Han code points, each character's NORMAL reading and each phrase's readings."""
    PINYIN_DICT, PHRASES_DICT = dictionaries()
    from pypinyin import Style
    from pypinyin.constants import RE_HANS
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
