"""A name spelled with more than the alias table's canonical name keeps its spelling (issue #13, names108).

The alias table (``indicators.yaml`` aliases) maps each spelling of an indicator to one canonical name, which the
concept scheme links in any case. Where the canonical name is the written one less one run of characters, that run
is a qualifier or a measure word the text writes (外贸进出口总额, 全体居民人均可支配收入, 全社会固定资产投资,
一般公共财政预算收入, 固定资产投资额): the readers keep it, as the guideline names an indicator as written (the dev golds
of xinjiang, ningxia, hailaer-2014 and hailaer-2017). A spelling the canonical name rewrites otherwise (全省生产总值 →
地区生产总值, 规上 → 规模以上, 城镇新增就业 → 城镇新增就业人数, 税收占一般公共预算收入比重 → 税收占比) still takes it."""
from __future__ import annotations


def drops_one_run(written: str, canon: str) -> bool:
    """CANON is WRITTEN less one run of its characters (a qualifier or measure word the alias drops)."""
    extra = len(written) - len(canon)
    if extra <= 0:
        return False
    return any(written[:i] + written[i + extra:] == canon for i in range(len(canon) + 1))


def written_or_canonical(written: str, canon: str) -> str:
    """Rule: the name as written when the canonical name only drops a run of it, else the canonical name."""
    return written if drops_one_run(written, canon) else canon
