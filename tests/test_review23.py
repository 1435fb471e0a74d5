"""Second reading of session 22's merges (review23): regressions for what the review fixed."""
from __future__ import annotations

import re

import pytest

from policykg.extract.candidates import _title_verbs, past_title_verb
from policykg.extract.grammar import lexicon

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("name, expected", [
    ("新创建国家现代农业产业园", "国家现代农业产业园"),    # a verb prefix, then a title cue
    ("争取设立综合保税区", "综合保税区"),                # the longest verb first: 争取设立, not 争取
    ("申建", "申建"),                                    # a verb alone governs nothing: kept
    ("国家级高新区", "国家级高新区"),
])
def test_past_title_verb_reads_past_the_verb(name, expected):
    assert past_title_verb(name, lexicon()) == expected


def test_past_title_verb_sorts_its_verbs_once():
    past_title_verb("新创建国家现代农业产业园", lexicon())
    before = _title_verbs.cache_info()
    for name in ("争取设立综合保税区", "获批国家级新区", "国家级高新区"):
        past_title_verb(name, lexicon())
    after = _title_verbs.cache_info()
    assert after.misses == before.misses and after.hits == before.hits + 3


def test_a_byte_order_mark_alone_is_an_empty_file_not_utf8():
    """A UTF-16 or UTF-32 mark and nothing after it (an empty file an editor saved as 'Unicode') was refused as
    'the text after it is UTF-8' since round 23; it reads as empty, as a UTF-8 mark alone does."""
    import codecs

    from policykg.read.decode import decode_bytes
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
                          (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF8, "utf-8")):
        assert decode_bytes(bom) == ("", encoding, False)


def test_a_number_of_thousands_of_digits_is_refused_in_the_users_words():
    """int() refused 5,000 digits telling the user to call sys.set_int_max_str_digits(); leading zeros are no
    digits of the number (0…07 is 7)."""
    import click

    from policykg.option_numbers import at_least, whole_number
    with pytest.raises(click.BadParameter, match=r"^a whole number of 5000 digits is above any an option takes$"):
        at_least(1).convert("1" * 5000, None, None)
    assert whole_number("0" * 5000 + "7") == 7 and whole_number("-0007") == -7 and whole_number("+0") == 0


def test_pyoxigraphs_refusal_of_a_variable_named_twice_is_said_in_one_way():
    """query (default engine) and serve read pyoxigraph's refusal through one helper (refuse_named_twice);
    another syntax error passes through it untouched."""
    import pyoxigraph

    from policykg.errors import UsageError
    from policykg.use.sparql_form import refuse_named_twice
    store = pyoxigraph.Store()
    for text, said in (("SELECT ?a ?b ?a WHERE { ?a ?b ?c }", "the query's SELECT names ?a twice; name each variable once"),
                       ("SELECT ?a WHERE { ?a ?b }", None)):
        with pytest.raises(SyntaxError) as refused:
            store.query(text)
        if said is None:
            assert refuse_named_twice(refused.value, text) is None
        else:
            with pytest.raises(UsageError, match=f"^{re.escape(said)}$"):
                refuse_named_twice(refused.value, text)
