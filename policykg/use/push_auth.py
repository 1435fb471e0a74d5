"""Credentials for ``policykg push``: where they come from, and to which host they may go.

POLICYKG_USER / POLICYKG_PASSWORD are for the --endpoint's host (and a --sparql on that same scheme, host
and port); ~/.netrc entries go only to the host and port they were written for (``machine host:port``; a
``machine host`` is for the scheme's default port, 80 or 443, as in a URL; the ``default`` entry, which names no
host, is never sent). Nothing is
sent until a server asks (401), and then with the scheme it asked for. Credentials HTTP cannot carry
(Basic and Digest send Latin-1) are refused with one line instead of failing half-way.
"""
from __future__ import annotations

import netrc
import os
from urllib.parse import urlsplit

from ..errors import UsageError


def _same_origin(a: str, b: str) -> bool:
    """Scheme, host and port alike: an https --endpoint's password went to an http --sparql on its port, in clear."""
    pa, pb = urlsplit(a), urlsplit(b)
    return (pa.scheme.lower() == pb.scheme.lower() and (pa.hostname or "").lower() == (pb.hostname or "").lower()
            and _port(pa) == _port(pb))


def _port(parts) -> int:
    return parts.port or (443 if parts.scheme == "https" else 80)


def credentials(url: str, endpoint: str | None = None) -> tuple[str, str] | None:
    """What may be sent to ``url``: the environment's pair when url is on the --endpoint's origin
    (``endpoint`` None: url is the endpoint), else ~/.netrc's entry for url's host and port, else None."""
    user, password = os.environ.get("POLICYKG_USER"), os.environ.get("POLICYKG_PASSWORD")
    if user and password is not None and (endpoint is None or _same_origin(url, endpoint)):
        return _sendable(user, password, "POLICYKG_USER / POLICYKG_PASSWORD")
    hosts = _netrc_hosts()
    machine = next((m for m in _machines(url) if m in hosts), None)
    if machine and hosts[machine][0]:
        return _sendable(hosts[machine][0], hosts[machine][2] or "", f"~/.netrc (machine {machine})")
    return None


def _machines(url: str) -> list[str]:
    """The netrc ``machine`` names that are for url: host:port, and the bare host on the scheme's default port.
    A bare host went to every port of it: a password for the store on :80 reached any server on that machine."""
    parts = urlsplit(url)
    host, port = parts.hostname or "", _port(parts)
    named = f"[{host}]" if ":" in host else host
    return [f"{named}:{port}"] + ([host] if port == (443 if parts.scheme.lower() == "https" else 80) else [])


def _netrc_hosts() -> dict:
    try:
        # .hosts, not .authenticators(): that falls back to `default`, which would go to any host
        _check_netrc()   # netrc() itself, not netrc(path): only then it refuses a file others may read
        return netrc.netrc().hosts
    except (FileNotFoundError, netrc.NetrcParseError, OSError):
        return {}


def netrc_hint(url: str) -> str:
    """For a 401/403: the ~/.netrc entry of url's host that is for another port, when one is there."""
    host = urlsplit(url).hostname or ""
    if host in _netrc_hosts() and not any(m in _netrc_hosts() for m in _machines(url)):
        return f"; ~/.netrc's machine {host} is for the scheme's default port only: write machine {_machines(url)[0]}"
    return ""


def _check_netrc() -> None:
    """UsageError when ~/.netrc is there but no regular file: a FIFO held push until --timeout
    (then 'push cut off', blaming the store), a link to /dev/zero spun a core as long."""
    import stat

    from ..corpus.safefile import _KINDS
    path = os.path.join(os.path.expanduser("~"), ".netrc")
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return   # none (or unreadable): netrc's own error, passed over below
    kind = next((name for test, name in _KINDS if test(mode)), None if stat.S_ISREG(mode) else "no file")
    if kind:
        raise UsageError(f"~/.netrc ({path}) is {kind}, not a file; push reads credentials from a regular file")


def _sendable(user: str, password: str, where: str) -> tuple[str, str]:
    """The pair, when HTTP Basic and Digest can both carry it; else a UsageError that names neither."""
    try:
        f"{user}:{password}".encode("latin-1")
    except UnicodeEncodeError:
        raise UsageError(f"the credentials from {where} hold characters HTTP Basic/Digest cannot send "
                         f"(only Latin-1); use an ASCII user name and password") from None
    # a line break in the user name ended in an internal error printing the Digest Authorization header
    # (its response hash); ':' splits a Basic pair elsewhere, '"' ends Digest's quoted username early
    if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in user + password):
        raise UsageError(f"the credentials from {where} hold a line break or another control character, "
                         f"which HTTP cannot send; remove it (a trailing newline from a file?)")
    bad = next((c for c in ':"\\' if c in user), None)
    if bad:
        raise UsageError(f"the user name from {where} holds {bad!r}, which HTTP Basic/Digest cannot send in "
                         f"a user name")
    return user, password


class Auth:
    """requests auth that stays silent until a 401, then answers with the scheme the server asked for.

    Being an explicit auth object also stops requests from sending ~/.netrc passwords as Basic to
    servers that never asked.
    """

    def __init__(self, creds):
        self.creds = creds
        self.scheme = None  # learned from the first 401: "digest" or "basic"
        self._digest = None

    def like(self, other: "Auth") -> "Auth":
        """Reuse the scheme ``other`` learned, when both hold the same credentials."""
        if other.creds == self.creds:
            self.scheme, self._digest = other.scheme, other._digest
        return self

    def auth_for(self, response):
        import requests
        asked = response.headers.get("WWW-Authenticate", "").lower()
        if self.creds is None or not asked:
            return None
        if "digest" in asked:
            _check_digest(response)
            self.scheme = "digest"
            self._digest = self._digest or requests.auth.HTTPDigestAuth(*self.creds)
            return self._digest
        if "basic" in asked:
            self.scheme = "basic"
            return requests.auth.HTTPBasicAuth(*self.creds)
        return None

    def current(self):
        import requests
        if self.scheme == "digest":
            return self._digest
        if self.scheme == "basic":
            return requests.auth.HTTPBasicAuth(*self.creds)
        return None

    def for_request(self):
        """What to pass as requests' auth=: never None, which would make requests send ~/.netrc as Basic."""
        return self.current() or _no_auth


def _check_digest(response) -> None:
    """UsageError when a Digest challenge lacks its realm or nonce (`Digest realm`, or 'digest' a word of
    another scheme), or names an algorithm or qop requests' Digest auth cannot answer: it read realm and nonce
    unchecked (an internal KeyError), and for the others sent the request again without credentials, which
    push then said the store refused."""
    import re

    from requests.utils import parse_dict_header

    from ..options import redact
    header = response.headers.get("WWW-Authenticate", "")
    challenge = parse_dict_header(re.sub(r"digest ", "", header, count=1, flags=re.I))   # as requests reads it
    missing = [k for k in ("realm", "nonce") if challenge.get(k) is None]
    where = f"{redact(response.url.split('?')[0])} asks for Digest authentication"
    if missing:   # the header itself is not shown: a hostile store may repeat a secret in it
        raise UsageError(f"{where} without its {' and '.join(missing)} (HTTP 401); policykg cannot answer such a "
                         f"challenge")
    unknown = _unanswerable(challenge.get("algorithm"), challenge.get("qop"))
    if unknown:
        raise UsageError(f"{where} with a {unknown} policykg cannot answer (HTTP 401; it answers the algorithms "
                         f"{', '.join(_DIGEST_ALGORITHMS)} with qop auth)")


_DIGEST_ALGORITHMS = ("MD5", "MD5-SESS", "SHA", "SHA-256", "SHA-512")   # those requests' Digest auth computes


def _unanswerable(algorithm: str | None, qop: str | None) -> str | None:
    """'algorithm' or 'qop' when requests' Digest auth would build no answer to them (its own tests), else None."""
    if algorithm is not None and algorithm.upper() not in _DIGEST_ALGORITHMS:
        return "algorithm"
    if qop and qop != "auth" and "auth" not in qop.split(","):
        return "qop"
    return None


def _no_auth(request):
    return request


