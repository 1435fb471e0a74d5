"""Review 25: a second reading of session 24's merged changes (held signals, hostile round 27, names55), and the
bugs its attacks found. Servers are on 127.0.0.1 only."""
from __future__ import annotations

import pytest

from cli_helpers import ROOT, one_line, run_cli

PARK_CHAIN = ROOT / "tests" / "fixtures" / "park-chain.ttl"
SECRET = "s3cr3t-PW"


def _push_against(challenge: str):
    """push to a fake store that answers `challenge` to a request without credentials, 403 to one with them;
    (result, Authorization headers seen)."""
    from fake_http import fake_server, reply

    def ask(handler, _):
        if handler.headers.get("Authorization"):
            reply(handler, 403, b"", "text/plain")
        else:
            reply(handler, 401, b"", "text/plain", (("WWW-Authenticate", challenge),))

    with fake_server(ask) as (url, seen):
        r = run_cli("push", "--endpoint", url + "/store", "--graph", PARK_CHAIN, "--graph-iri", "urn:g",
                    "--retries", "0", "--timeout", "30", env={"POLICYKG_USER": "bob", "POLICYKG_PASSWORD": SECRET},
                    timeout=90)
    return r, [auth for *_, auth in seen]


@pytest.mark.unit
@pytest.mark.parametrize("challenge, what", [
    ('Digest realm="s", nonce="n1", algorithm="FOO"', "algorithm"),
    ('Digest realm="s", nonce="n1", algorithm=SHA-512-256, qop="auth"', "algorithm"),
    ('Digest realm="s", nonce="n1", qop="auth-int"', "qop"),
    ('Digest realm="s", nonce="n1", qop="auth-int, auth"', "qop"),   # requests splits on ',' alone
])
def test_push_names_a_digest_algorithm_or_qop_it_cannot_answer(challenge, what):
    """requests' Digest auth answers MD5, MD5-sess, SHA, SHA-256 and SHA-512 with qop auth only; for any other
    it sent the request again without credentials, and push said the store refused them ('HTTP 401
    Unauthorized (check POLICYKG_USER / POLICYKG_PASSWORD …)', exit 1) though none were sent."""
    r, auths = _push_against(challenge)
    one_line(r, 2, rf"asks for Digest authentication with a {what} policykg cannot answer")
    assert SECRET not in r.stderr and all(a is None for a in auths)


@pytest.mark.unit
@pytest.mark.parametrize("challenge", ['Digest realm="s", nonce="n1", algorithm=SHA-256, qop="auth,auth-int"',
                                       'Digest realm="s", nonce="n1", algorithm="md5-sess", qop="auth"'])
def test_push_still_answers_the_digest_algorithms_requests_knows(challenge):
    r, auths = _push_against(challenge)
    one_line(r, 1, r"store refused graph <urn:g>: HTTP 403")
    assert auths[-1].startswith("Digest ") and SECRET not in auths[-1]
