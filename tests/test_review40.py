"""review40: regression tests for the second reading of the session's later merges."""
from __future__ import annotations

import pytest

from policykg.errors import UsageError
from policykg.proxy_secrets import hide_userinfo
from policykg.use.sparql_form import _only_http_services

pytestmark = pytest.mark.unit


def test_a_refused_service_iri_keeps_its_host_when_its_path_holds_an_at():
    """An @ in a SERVICE IRI's query or fragment is no userinfo: the refusal named <http://***@b.org>, hiding the
    host and port the user must find in the query, and showing a host that is not there."""
    query = "SELECT * WHERE { SERVICE <http://su:SVCSECRET@127.0.0.1:18931/sparql?mail=a@b.org> { ?s ?p ?o } }"
    with pytest.raises(UsageError) as err:
        _only_http_services(query)
    assert "<http://***@127.0.0.1:18931/sparql?mail=a@b.org>" in str(err.value)
    assert "SVCSECRET" not in str(err.value) and "su:" not in str(err.value)


@pytest.mark.parametrize("url, shown", [
    ("http://puser:pa/ss@127.0.0.1:18881", "http://***@127.0.0.1:18881"),     # a '/' in the password: still hidden
    ("puser:SCHEMELESS@127.0.0.1:18882", "***@127.0.0.1:18882"),
    ("http://u:p@h@127.0.0.1:18883/x", "http://***@127.0.0.1:18883/x"),
    ("http://u:p@ss/w@127.0.0.1:18884", "http://***@127.0.0.1:18884"),      # a '/' and an '@' in the password
    ("http://127.0.0.1:18885", "http://127.0.0.1:18885"),                   # none: shown as it is
])
def test_a_proxy_password_stays_hidden_however_written(url, shown):
    assert hide_userinfo(url) == shown


def test_a_lexicon_rule_is_turned_off_after_a_build_loaded_extract_figures():
    """name_rule_audit cleared every cache an extract module can reach, resources.lexicon_data (imported by
    extract.figures) too: the edited quantities.yaml value was read again from the file, so once a build had run in
    the process (test_impact before test_names83 in one pytest run) a lexicon rule changed nothing. Qinghai's
    sentence (dev)."""
    import policykg.extract.figures  # noqa: F401  (what a build imports)
    from audit_helpers import without_rule
    from quantity_helpers import name_of

    text = "农牧业增产增效，一产增加值增长5.5%，牛羊出栏分别增长5.2%、1.9%。"
    assert name_of(text, "5.2") == "牛羊出栏量"
    assert without_rule("output_acts", lambda: name_of(text, "5.2")) == ("牛羊出栏", "牛羊出栏量")


def test_a_local_endpoints_words_keep_what_matches_an_unused_proxys_password(monkeypatch):
    """An endpoint on this machine is reached directly, never through http_proxy, so its answer cannot repeat the
    proxy's credentials: hiding them there hid the user's own words ("Content-Length": "56" as *** for a proxy
    password 56). A remote endpoint's answer still has them hidden."""
    from policykg.options import hide_echoed
    monkeypatch.setenv("http_proxy", "http://u:56@127.0.0.1:18939")
    words = 'unauthorized: {"Content-Length": "56"}'
    assert hide_echoed(words, "http://127.0.0.1:18952/sparql") == words
    assert hide_echoed(words, "http://policykg-test.invalid:18941/sparql") == 'unauthorized: {"Content-Length": "***"}'
