"""Which requests `policykg serve` (and the front of `serve --store`) answers, read from the request
target and Host (RFC 9112 §3.2): one well-formed Host is required from HTTP/1.1 (400); the name the request
is for must be a loopback name (403, against DNS rebinding). That name is Host's for an origin-form
target (``/query?…``) and the target's own authority for an absolute-form one (``http://127.0.0.1:8000/query?…``,
§3.2.2: a server accepts it and ignores Host); any other target is a bad request (400)."""
from __future__ import annotations

import re

LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1", "[::1]"}
HOST_SYNTAX = re.compile(r"(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~%!$&'()*+,;=-]*)(?::[0-9]*)?\Z")   # RFC 3986 host[:port]
_ABSOLUTE = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)([/?][^#]*)?\Z")
_BAD_TARGET = ("the request target is neither /path nor http://host/path naming this server "
               "(RFC 9112 §3.2)")


def host_refusal(hosts: list[str], version: str) -> tuple[int, str] | None:
    """RFC 9112 §3.2: one well-formed Host, required from HTTP/1.1 (400); then a loopback name (403)."""
    if len(hosts) > 1 or (not hosts and version not in ("HTTP/0.9", "HTTP/1.0")) \
            or (hosts and not HOST_SYNTAX.match(hosts[0].strip())):
        return 400, "an HTTP/1.1 request needs one Host header naming this server (RFC 9112 §3.2)"
    host = (hosts[0] if hosts else "127.0.0.1").strip().lower()
    name = host.split("]")[0] + "]" if host.startswith("[") else host.split(":")[0]
    if name not in LOOPBACK_NAMES and name.removesuffix(".") != "localhost":   # localhost. is its absolute form
        return 403, f"Host {host[:100]} is not a loopback name; this server answers 127.0.0.1 only"
    return None


def target_refusal(target: str, hosts: list[str], version: str) -> tuple[int, str] | None:
    """The refusal of a request for TARGET with these Host values, or None. `GET http://evil.example/query`
    was answered: the target's authority was dropped and only Host checked."""
    if target.startswith("/"):
        return host_refusal(hosts, version)
    absolute = _ABSOLUTE.match(target)
    if not absolute or absolute[1].lower() != "http" or not absolute[2] or "@" in absolute[2]:
        return 400, _BAD_TARGET   # https, ftp, no host, or userinfo (RFC 9110 §4.2.4 forbids it)
    refused = host_refusal(hosts, version)
    if refused and refused[0] == 400:
        return refused
    return host_refusal([absolute[2]], "HTTP/1.1")


def origin_form(target: str) -> str:
    """TARGET as path and query (``/query?…``): an absolute-form target without its scheme and authority."""
    absolute = _ABSOLUTE.match(target)
    if target.startswith("/") or not absolute:
        return target
    rest = absolute[3] or ""
    return rest if rest.startswith("/") else "/" + rest


def shown_path(path: str, limit: int = 200) -> str:
    """PATH as the client sent it, for a message: http.server read the request line as Latin-1, so the
    UTF-8 of `/园区` showed as mojibake; its bytes (percent escapes too) are read as UTF-8 here, what is
    not UTF-8 or not printable escaped."""
    from urllib.parse import unquote_to_bytes

    from ..options import visible
    return visible(unquote_to_bytes(path.encode("latin-1", "replace")).decode("utf-8", "backslashreplace")[:limit])
