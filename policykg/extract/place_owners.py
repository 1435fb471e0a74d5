"""Places a project's or park's name holds only inside another name it opens with, so the place is that
name's, not the work's site: an organisation whose own name opens with the place (海南大学崖州校区,
西安交通大学国际化区域创新中心, 呼伦贝尔中心城汽车公司调度中心: the university's or the firm's seat), a firm's
trade name followed by its plant's capacity (吉林梅花60万吨赖氨酸, 青海广泰10万吨再生铝) and a park the work is
named inside (陵水黎安国际教育创新试验区二期, 自贸试验区哈尔滨片区保税物流中心: the work is the park's, the park
the place's). Such a place is marked ``owner_of`` the item, as `name_places` marks an owner, and
`entity_links` ties the item to none of them (ties112)."""
from __future__ import annotations

from dataclasses import replace

from .. import resources
from .grammar import Candidate, pos_tags


def _organisation_end(c: Candidate, orgs: list[Candidate], places: list[Candidate]) -> int:
    """End (in C's name) of the organisation C's name opens with, when that organisation's name opens with a place
    and C's name goes on past it with a word of its own (二期, 崖州校区, 调度中心: a part of the organisation), not
    with a one-character head making a longer word (福州大学城: a university town); 0 otherwise."""
    if not any(p.a == c.a for p in places):
        return 0
    ends = [o.b - c.a for o in orgs if o.a == c.a and o.b < c.b and len(pos_tags(c.name[o.b - c.a:])[0][0]) > 1]
    return max(ends, default=0)


def _firm_end(c: Candidate, places: list[Candidate]) -> int:
    """End (in C's name) of a firm's name opening C: a place, a two-character trade name and right after it
    the plant's capacity (吉林梅花60万吨: a number and a unit of placement.yaml plant_capacity_units); else 0."""
    first = next((p for p in places if p.a == c.a and p.b < c.b), None)
    if first is None:
        return 0
    words = [w for w, _ in pos_tags(c.name[first.b - c.a:])]
    units = resources.lexicon_data("placement")["plant_capacity_units"]
    if len(words) >= 3 and len(words[0]) == 2 and words[1].isdigit() and words[2] in units:
        return first.b - c.a + 2
    return 0


def _park_end(c: Candidate, park_names: set[str]) -> int:
    """End (in C's name) of the longest park name of the report C's name opens with and goes on past; 0 otherwise."""
    return max((len(n) for n in park_names if len(n) < len(c.name) and c.name.startswith(n)), default=0)


def owner_places(rows) -> None:
    """Marks ``owner_of`` an item each place its name holds inside an organisation's, a firm's or a park's name it
    opens with; a place another item's name already owns is left as it is."""
    park_names = {c.name for row in rows for c in row[1]}
    for _, parks, _, projects, orgs, places in rows:
        for c in (*parks, *projects):
            end = max(_organisation_end(c, orgs, places), _firm_end(c, places), _park_end(c, park_names))
            for i, p in enumerate(places):
                inside = c.a <= p.a and p.b <= c.a + end and p.b - p.a < end
                if inside and p.attrs.get("owner_of") in (None, (c.a, c.b)):
                    places[i] = replace(p, attrs={**p.attrs, "owner_of": (c.a, c.b)})
