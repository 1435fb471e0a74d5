"""String-based constraint components: sh:minLength, sh:maxLength, sh:pattern (with sh:flags),
sh:languageIn, sh:uniqueLang.

As pyshacl decides: ``sh:pattern`` is ``re.search`` on the lexical form and blank nodes fail;
``sh:languageIn`` matches a tag if it, or its first subtag, is in the list (case-insensitive), and
``"*"`` matches any tag; lengths count the characters of the lexical form (of the IRI for an IRI),
blank nodes fail unless the minimum is 0; ``sh:uniqueLang`` compares tags case-insensitively."""
from __future__ import annotations

import re

from rdflib import BNode, Literal
from rdflib.namespace import RDF, XSD

from ..results import SH
from .common import Context, Unsupported, every, int_param, one

PARAMETERS = frozenset({SH.minLength, SH.maxLength, SH.pattern, SH.flags, SH.languageIn, SH.uniqueLang})


def compile(ctx: Context) -> None:
    if SH.minLength in ctx.params:
        n = int_param(ctx.sg, ctx.node, SH.minLength, "sh:minLength")
        ctx.add(SH.MinLengthConstraintComponent,
                every(lambda v: n == 0 or (not isinstance(v, BNode) and len(_lexical(v)) >= n)))
    if SH.maxLength in ctx.params:
        n = int_param(ctx.sg, ctx.node, SH.maxLength, "sh:maxLength")
        ctx.add(SH.MaxLengthConstraintComponent, every(lambda v: not isinstance(v, BNode) and len(_lexical(v)) <= n))
    if SH.uniqueLang in ctx.params:
        ctx.need_path("sh:uniqueLang")
        flag = one(ctx.sg, ctx.node, SH.uniqueLang, "sh:uniqueLang")
        if not (isinstance(flag, Literal) and isinstance(flag.value, bool)):
            raise Unsupported(f"{ctx.node}: sh:uniqueLang is not a boolean")
        if flag.value:
            ctx.add(SH.UniqueLangConstraintComponent, unique_lang_check)
    _compile_pattern_and_languages(ctx)


def unique_lang_check(idx, f, vs) -> bool:
    tags = [str(v.language).lower() for v in vs if isinstance(v, Literal) and v.language]
    return len(tags) == len(set(tags))


def _compile_pattern_and_languages(ctx: Context) -> None:
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
