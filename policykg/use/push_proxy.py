"""The proxy `policykg push` goes through (http_proxy/https_proxy/all_proxy); none for this machine.

Messages show it by proxy_secrets.hide_userinfo, and requests' words about it by hide_proxy_secrets.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from ..options import hide_echoed, redact
from .addresses import url_reaches_loopback


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


def hide_proxy_secrets(text: str) -> str:
    """text (requests' words) redacted, with no piece of a proxy's password in it ('puser:pa' is not a valid host)."""
    return hide_echoed(redact(text), "")
