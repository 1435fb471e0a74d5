"""The user name and password of a proxy the environment names (http_proxy, https_proxy, all_proxy): what a
message must never show. A proxy URL is the user's own, so its credentials are hidden however it is written:
a password holding '/' or a space (not percent-escaped), or a URL without its scheme, was printed whole by
push, whose URL redaction reads user:password@ as urlsplit does; and `query --endpoint` printed a proxy's
407 page that echoed the request, `Proxy-Authorization: Basic <user:password in base64>` in it.
"""
from __future__ import annotations

import base64
import re
from urllib.parse import unquote

from .options import URL_USERINFO as _USERINFO   # up to the last @: all of it hidden


def hide_userinfo(url: str) -> str:
    """url (a proxy, a SERVICE IRI) as a message shows it: everything after the scheme up to the userinfo's @ is ***.
    That @ is the last one before the first ? or # behind a path (a / after the first @), else the last @ of all:
    an e-mail address in a query after a path keeps the host shown (<http://***@h/s?mail=a@b.org>), and a password
    holding '@' and then '?', '#' or '/' is hidden whole; without a path the host may be hidden with it."""
    from .options import redact
    scheme = re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*://+", url)
    start = scheme.end() if scheme else 0
    end = _userinfo_end(url, start)
    return redact(url if end < 0 else f"{url[:start]}***{url[end:]}")


def _userinfo_end(url: str, start: int) -> int:
    """The index of the @ ending url's userinfo (-1: none). The cut at the last @ before the first ? or # showed
    the tail of a password 'p@ss?w/x' (<http://***@ss?w/x@h/s>) and of a schemeless 'u:p@ss?w@h'."""
    first = url.find("@", start)
    if first < 0:
        return -1
    slash = url.find("/", first)
    query = re.compile(r"[?#]").search(url, slash) if slash >= 0 else None
    return url.rfind("@", start, query.start() if query else len(url))


def proxy_secrets(url: str = "") -> list[str]:
    """The user names and passwords of every proxy the environment names (whole, and each piece a URL reader may
    split them into at / ? # or a space), and the Basic credentials sent to it (base64), as urllib and requests
    send them. None for a URL on this machine: it is reached directly, so its answer cannot repeat what only a proxy
    was sent (a proxy password '56' hid a local endpoint's "Content-Length": "56" as ***)."""
    from urllib.request import getproxies

    from .use.addresses import url_reaches_loopback
    if url and url_reaches_loopback(url):
        return []
    found = []
    for proxy in getproxies().values():
        m = _USERINFO.match(proxy or "")
        if not m:
            continue
        user, _, password = m[2].partition(":")
        found += [user, unquote(user), password, unquote(password), *re.split(r"[/?#:\s]+", f"{user}:{password}")]
        for who, what in ((user, password), (user, re.split(r"[/?#]", password)[0])):
            found.append(base64.b64encode(f"{unquote(who)}:{unquote(what)}".encode("latin-1", "replace")).decode())
    return [s for s in found if s]
