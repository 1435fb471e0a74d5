"""Identity: which park names of one report name the same park.

Three rules, in order: (1) the full form of an abbreviated suffix, without the jurisdiction's own
name in front (子牙经开区 = 天津子牙经济技术开发区, with 天津 the report's city); (2) a back-reference, a
shorter name that ends exactly one longer one (合作示范区 → 中日（天津）健康产业发展合作示范区); (3) a
contraction, a shorter name whose characters appear in order in exactly one longer name that starts
with the same two characters and has the same head (中俄蒙物流园 = 中俄蒙国际物流园区).
"""
from __future__ import annotations

from .candidates import park_kind
from .grammar import lexicon


def norm_park(name: str, jurisdiction_names: list[str]) -> str:
    """The full form of a park name, without the jurisdiction's name in front, brackets unified."""
    _, full = park_kind(name)
    suffixes = {s["suffix"] for s in lexicon().park_suffixes}
    for p in sorted(jurisdiction_names, key=len, reverse=True):
        rest = full[len(p):]
        if full.startswith(p) and len(rest) > 2 and park_kind(rest)[1] not in suffixes and rest not in suffixes:
            full = rest                  # 天津子牙经济技术开发区 → 子牙…; not 上海示范区 → a bare 示范区
            break
    return full.replace("(", "（").replace(")", "）")


def _in_order(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _head(name: str) -> tuple[str, str]:
    base = name[:-1] if name.endswith("园区") else name
    return park_kind(base)[0], base[-1]


def contraction_of(short: str, long: str) -> bool:
    """Is ``short`` a contraction of ``long`` (same start, same head, its characters in order)?"""
    return (len(short) < len(long) and short[:2] == long[:2] and _head(short) == _head(long)
            and _in_order(short, long))


def park_identity(norms: list[str]) -> dict[str, str]:
    """normalised name → the normalised name of the park it denotes (itself when unique)."""
    canon = {}
    for n in norms:
        longer = [o for o in norms if o != n and o.endswith(n)]
        if len(longer) != 1:
            longer = [o for o in norms if o != n and contraction_of(n, o)]
        canon[n] = longer[0] if len(longer) == 1 else n
    return canon
