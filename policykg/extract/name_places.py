"""The place a project's or park's name opens with: a division of the report's province (三亚新机场, 湘潭半导体智造)
is no place surface of the gazetteer, so the name's place becomes a Place candidate, one node per division
(the division's full name is its key, as the suffix rule's 三亚市 is), and `entity_links` ties the item there.
A name holding a later place names its owner first and its site after (北京大学口腔医院三亚医院, 上海电气洮南,
香港STC青海实验室): the opening place is marked ``owner_of`` the item and is no tie of it; a name opening with no
place is tied to its first later one (潮南高速三明段, 中能建松原). A park's head read as a place (巴彦淖尔国家农高区 →
农高区) is no place."""
from __future__ import annotations

from dataclasses import replace

from .. import divisions, resources
from .entity_links import route_end
from .grammar import Candidate, names_feature, pos_tags


def province_division(name: str, province: str) -> divisions.Division | None:
    """The one division below PROVINCE (its six-digit code) named NAME in full or by its short name."""
    found = [d for d in divisions.divisions().values() if d.code[:2] == province[:2] and d.level != "province"
             and name in (d.name, d.short)]
    return found[0] if len(found) == 1 else None


def _minted(c: Candidate, a: int, b: int, province: str) -> Candidate | None:
    """The Place candidate of the division written at [a, b) of C's name; None when it is no one division."""
    d = province_division(c.name[a:b], province)
    return None if d is None else Candidate("Place", c.name[a:b], c.a + a, c.a + b, c.st,
                                            {"canon": d.name, "placeLevel": d.level})


def _opening(c: Candidate, surfaces, places: list[Candidate]) -> Candidate | None:
    """The place C's name opens with: a place candidate there, else the division of the report's province
    it opens with (common words too: 大同经开区, 东方机场); None at a route's end (济南至宁津)."""
    known = next((p for p in places if p.a == c.a and p.b < c.b), None)
    prefix = known.name if known else surfaces.local_prefix(c.name, common=True)
    if prefix is None or route_end(c.name, 0, len(prefix)) or names_feature(c.name, len(prefix)):
        return None         # 根河路: a road named after 根河
    return known or _minted(c, 0, len(prefix), surfaces.home)


def _later(c: Candidate, start: int, surfaces, places: list[Candidate], towns=None) -> Candidate | None:
    """The first place written in C's name at START or after: a place candidate, else a division of the
    report's province or a town of the report (TOWNS) on the name's word boundaries; never a route's end nor
    a region."""
    known = [p for p in places if c.a + start <= p.a and p.b <= c.b and p.attrs.get("placeLevel") != "region"
             and p.b - p.a < len(c.name)]
    bounds, pos = [], 0
    for w, _ in pos_tags(c.name):
        bounds.append(pos)
        pos += len(w)
    ends = {*bounds[1:], len(c.name)}
    for i in (i for i in bounds if i >= start):
        p = next((p for p in known if p.a == c.a + i), None) or next(
            (m for n in surfaces.local_lengths if i + n in ends and n < len(c.name) and c.name[i:i + n] in surfaces.local
             for m in [_minted(c, i, i + n, surfaces.home)] if m is not None), None) or _town(c, i, ends, towns or {})
        if p is not None and not route_end(c.name, p.a - c.a, p.b - c.a) and not _off_site(c.name, p.a - c.a, p.b - c.a):
            return p
    return None


def _town(c: Candidate, i: int, ends: set[int], towns: dict[str, str]) -> Candidate | None:
    """A town of the report written at I of C's name without its unit word (哈克卫生院 for 哈克镇), as a word."""
    n = next((n for n in sorted({len(t) for t in towns}, reverse=True)
              if i + n in ends and n < len(c.name) and c.name[i:i + n] in towns), None)
    return n and Candidate("Place", c.name[i:i + n], c.a + i, c.a + i + n, c.st,
                           {"canon": towns[c.name[i:i + n]], "placeLevel": "town"})


def report_towns(rows) -> dict[str, str]:
    """Stem → name of each town the report writes with its unit word (哈克 → 哈克镇; placement.yaml town_units)."""
    units = tuple(resources.lexicon_data("placement")["town_units"])
    return {p.name[:-len(u)]: p.name for row in rows for p in row[5] for u in units
            if p.attrs.get("placeLevel") == "town" and p.name.endswith(u) and len(p.name) - len(u) >= 2}


def _off_site(name: str, a: int, b: int) -> bool:
    """Is the later place at [a, b) of NAME no site: past a route's joiner (小柴旦湖至老茫崖) unless it names the
    section (…德州段), a greater area's core (G98环岛高速大三亚段) or the name of a river or road (…根河路)?"""
    w = resources.lexicon_data("placement")
    past = any(j in name[:a] for j in w["route_joiners"]) and not name[b:].startswith(tuple(w["route_sections"]))
    return past or name[:a].endswith(tuple(w["greater_area"])) or names_feature(name, b)


def _within(inner: Candidate, outer: Candidate, province: str) -> bool:
    """Is INNER's division inside OUTER's (广州白云站: 白云区 is Guangzhou's, so 广州 names the site, not an owner)?
    A place no division bears (南沙大湾区) is taken to be inside: only a division is a site that names an owner."""
    home = divisions.divisions()[province]
    d_in, d_out = (divisions.resolve_place(p.attrs["canon"], home) for p in (inner, outer))
    return d_in is None or d_out is not None and d_out in divisions.chain(d_in)


def opening_places(rows, surfaces) -> None:
    """Adds to each row's places the division each of its parks' and projects' names opens with; when the
    name holds a later place (or a town of the report), that one instead, and the opening place is marked as the
    owner's; two places side by side are no site, and a place before an area word gives the area."""
    if not getattr(surfaces, "home", ""):
        return
    towns = report_towns(rows)
    for st, parks, _, projects, _, places in rows:
        for c in (*parks, *projects):
            first = _opening(c, surfaces, places)
            site = _later(c, first.b - c.a if first else 0, surfaces, places, towns)
            if site and first and _within(site, first, surfaces.home):
                site = None
            pair = _pair(c, first, site, surfaces, places)
            tie = None if pair else site or first
            area = tie and _area(c, tie)
            if area is not None:
                pair, tie = [tie], area
            if tie is not None and tie not in places:
                places.append(tie)
            for p in pair or ([first] if site else []):   # a known place naming the owner stays a place, but no tie
                if p in places:
                    places[places.index(p)] = replace(p, attrs={**p.attrs, "owner_of": (c.a, c.b)})


def _area(c: Candidate, p: Candidate) -> Candidate | None:
    """The metropolitan area a place of C's name opens (长春都市圈西环, 沈阳都市圈环线高速: the work is the area's,
    not the city's), a region Place candidate tied in its place; None when no area word follows the place."""
    rest = c.name[p.b - c.a:]
    head = next((h for h in resources.lexicon_data("placement")["area_heads"] if rest.startswith(h)), None)
    if head is None:
        return None
    name = c.name[p.a - c.a:p.b - c.a] + head
    return Candidate("Place", name, p.a, p.b + len(head), c.st, {"canon": name, "placeLevel": "region", "area": True})


def _pair(c: Candidate, first, site, surfaces, places: list[Candidate]) -> list[Candidate]:
    """Two places written side by side in C's name, neither inside the other, name the two ends of a link
    (江阴靖江过江通道, 330千伏果洛玉树第二回线路工程) or a school one place runs in another (果洛海东中学): no site."""
    one = first if first and site and site.a == first.b else site
    two = site if one is first else one and _later(c, one.b - c.a, surfaces, places)
    if not (one and two and two.a == one.b) or _within(two, one, surfaces.home):
        return []
    return [one, two]


def drop_park_heads(rows, surfaces) -> None:
    """Drops the places that end a park's name of their sentence (…国家农高区, …口岸互贸区: the park's head, read
    as a place by its suffix 区), and their every mention in the report; a gazetteer's place stays."""
    heads = {p.name for _, parks, _, _, _, places in rows for p in places if p.name not in surfaces
             and any(q.a < p.a and q.b == p.b for q in parks)}
    for row in rows if heads else ():
        row[5][:] = [p for p in row[5] if p.name not in heads]


def _written_alone(st, form: str) -> bool:
    """Does ST write FORM as a place word on its own: a place token followed by a verb, a mark or a list's
    joiner (璧山入选…, 南沙开发建设), not opening a longer name (江北国际机场, 天山文学奖)?"""
    w = resources.lexicon_data("placement")
    toks = st.tokens
    for i, (_, _, word, flag) in enumerate(toks):
        if word == form and flag == "ns":
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is None or nxt[3] in w["alone_before_tags"] or nxt[2] in w["alone_before_words"]:
                return True
    return False


def drop_name_only_districts(rows) -> None:
    """Drops from the projects' names the districts written by their short name (江北 of 江北区, 美兰 of 美兰区)
    when the report writes that name only inside names (江北国际机场, 美兰机场二期, 天山胜利隧道, 金山海上风电一期):
    a word of the name, not a mention of the district. One the report writes on its own (璧山入选…, 南沙开发建设)
    or with its unit stays, and so does one naming a route's section (永自高速荣昌段) or a park's seat
    (垦利经开区: parks are left alone) (ties112)."""
    forms = {p.name: p.attrs.get("canon") for row in rows for p in row[5]
             if p.attrs.get("placeLevel") == "district" and p.name != p.attrs.get("canon")}
    named = {f for f, canon in forms.items() if any(canon in row[0].text or _written_alone(row[0], f) for row in rows)}
    sections = tuple(resources.lexicon_data("placement")["route_sections"])
    for st, _, _, projects, _, places in rows:
        places[:] = [p for p in places if p.name in named or p.name not in forms or st.text.startswith(sections, p.b)
                     or not any(c.a <= p.a and p.b <= c.b for c in projects)]
