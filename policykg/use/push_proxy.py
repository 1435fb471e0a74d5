"""The proxy `policykg push` goes through (http_proxy/https_proxy/all_proxy), and how messages show it.

A proxy URL is the user's own, so its user name and password are hidden however it is written: a
password holding '/' or a space (not percent-escaped) was printed whole, as the URL redaction reads
user:password@ as urlsplit does, ending the authority at the first '/', and requests' own words
('puser:pa' is not a valid host or port) repeated part of it.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..options import hide_echoed, redact
from .serve_oxigraph import url_reaches_loopback

_USERINFO = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*://+)?(.*)@", re.S)   # up to the last @: all of it hidden


def proxy_for(url: str) -> str | None:
    """The proxy requests takes from the environment for url (None: it connects directly)."""
    import requests.utils
    if url_reaches_loopback(url):
        return None
    found = requests.utils.get_environ_proxies(url)
    return found.get(urlsplit(url).scheme) or found.get("all")


def proxies(url: str) -> dict:
    """requests' proxies= for url: none for a host on this machine (requests matched no_proxy's ::1 only as
    spelt, so [0:0:0:0:0:0:0:1] went through http_proxy), else the environment's."""
    direct = url_reaches_loopback(url)
    return {"http": None, "https": None, "all": None} if direct else {}   # None: the environment's is not taken


def shown_proxy(proxy: str) -> str:
    """proxy as a message shows it: everything before its last '@' after the scheme is ***."""
    return redact(_USERINFO.sub(r"\1***@", proxy))


def hide_proxy_secrets(text: str, proxy: str | None) -> str:
    """text with every piece of the proxy's user name and password (split where a URL reader may split
    them: / ? # : and spaces) as *** where it stands on its own."""
    m = _USERINFO.match(proxy or "")
    pieces = [p for p in re.split(r"[/?#:\s]+", m[2]) if p] if m else []
    return hide_echoed(redact(text), "", pieces)
