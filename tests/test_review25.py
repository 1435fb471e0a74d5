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



@pytest.mark.unit
def test_an_interrupt_while_the_lock_is_stamped_leaves_a_lock(tmp_path, monkeypatch):
    """claim() stamps the lock file it holds: the file emptied, then the tag written. A Ctrl-C between the two
    (seen: `add` interrupted ~0.2 s in) left an empty `.out.lock` that every later run refused as the user's
    ('holds other data; move it away'). The signal now waits for the tag."""
    import os
    import signal

    from policykg.corpus import outlock

    out = tmp_path / "out"
    truncations = []

    def truncate_then_ctrl_c(fd, size, truncate=os.ftruncate):
        truncate(fd, size)
        truncations.append(size)
        if len(truncations) == 2:   # the first is open_lock's (a new file), the second claim's
            os.kill(os.getpid(), signal.SIGINT)

    monkeypatch.setattr(outlock.os, "ftruncate", truncate_then_ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        outlock.claim(out, str(out))
    monkeypatch.undo()
    outlock._HELD.pop(out, None)
    fd = os.open(outlock.lock_path(out), os.O_RDONLY)
    try:
        assert outlock.a_lock(fd), outlock.lock_path(out).read_bytes()
    finally:
        os.close(fd)


@pytest.mark.unit
def test_an_interrupt_while_the_lock_file_is_made_leaves_nothing(tmp_path, monkeypatch):
    """A Ctrl-C that came while open() made the lock file was raised before its descriptor was kept: the empty
    file stayed, and every later run refused it as the user's. Now the interrupt ends the claim and the file
    is gone."""
    import os
    import signal

    from policykg.corpus import outlock

    out = tmp_path / "out"

    def open_then_ctrl_c(path, flags, *mode, opener=os.open):
        fd = opener(path, flags, *mode)
        if flags & os.O_CREAT:
            os.kill(os.getpid(), signal.SIGINT)
        return fd

    monkeypatch.setattr(outlock.os, "open", open_then_ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        outlock.claim(out, str(out))
    monkeypatch.undo()
    assert not outlock.lock_path(out).exists() and out not in outlock._HELD
