"""String-based constraint components: sh:pattern (with sh:flags), sh:languageIn.

As pyshacl decides: ``sh:pattern`` is ``re.search`` on the lexical form and blank nodes fail;
``sh:languageIn`` matches a tag if it, or its first subtag, is in the list (case-insensitive), and
``"*"`` matches any tag."""
from __future__ import annotations

import re

from rdflib import BNode, Literal
from rdflib.namespace import RDF, XSD

from ..results import SH
from .common import Context, Unsupported, every, one

PARAMETERS = frozenset({SH.pattern, SH.flags, SH.languageIn})


def compile(ctx: Context) -> None:
    if SH.flags in ctx.params and SH.pattern not in ctx.params:
        raise Unsupported(f"{ctx.node}: sh:flags without sh:pattern")
    if SH.pattern in ctx.params:
        ctx.add(SH.PatternConstraintComponent, pattern_check(ctx.sg, ctx.node))
    if SH.languageIn in ctx.params:
        lst = one(ctx.sg, ctx.node, SH.languageIn, "sh:languageIn")
        ctx.add(SH.LanguageInConstraintComponent, language_in_check(ctx.sg, lst))


def _regex_flags(sg, node) -> int:
    flags = list(sg.objects(node, SH.flags))
    if len(flags) > 1:
        raise Unsupported(f"{node}: several sh:flags")
    re_flags = 0
    if flags:
        given = str(flags[0].value if isinstance(flags[0], Literal) else flags[0]).lower()
        if "i" in given:
            re_flags |= re.I
        if "m" in given:
            re_flags |= re.M
    return re_flags


def _lexical(v) -> str:
    if isinstance(v, Literal) and v.value is not None and v.datatype in (None, RDF.langString, XSD.string):
        return str(v.value)
    return str(v)


def pattern_check(sg, node):
    patterns = list(sg.objects(node, SH.pattern))
    if not all(isinstance(p, Literal) for p in patterns):
        raise Unsupported(f"{node}: sh:pattern not a literal")
    re_flags = _regex_flags(sg, node)
    matchers = [re.compile(str(p.value) if p.value is not None and len(p.value) > 1 else str(p), re_flags)
                for p in patterns]

    def check(idx, f, vs):
        for v in vs:
            if isinstance(v, BNode):
                return False
            t = _lexical(v)
            for m in matchers:
                if not m.search(t):
                    return False
        return True
    return check


def language_in_check(sg, lst):
    wanted = set()
    for item in sg.items(lst):
        if not isinstance(item, Literal) or not isinstance(item.value, str):
            raise Unsupported("sh:languageIn member not a string literal")
        wanted.add(str(item.value).lower())
    wildcard = "*" in wanted

    def ok(v) -> bool:
        if not isinstance(v, Literal):
            return False
        lang = v.language
        if not lang:
            return False
        if wildcard:
            return True
        lang = str(lang).lower()
        return lang in wanted or lang.split("-")[0] in wanted

    return every(ok)
