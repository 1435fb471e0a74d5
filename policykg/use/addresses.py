"""Where a server listens and whether a URL stays on this machine: loopback hosts as the resolver reads them
(serve's --host, push's and query's no-proxy rule), the bind address oxigraph takes, a free or a taken port."""
from __future__ import annotations

import ipaddress
import socket

from ..errors import UsageError


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def reaches_loopback(host: str) -> bool:
    """Does a connection to HOST stay on this machine, as the resolver reads the name: is_loopback's, and
    `localhost.`, `127.1`, `0x7f.1`, `0:0:0:0:0:0:0:1`, `::ffff:127.0.0.1`. Such a host is never reached
    through a proxy (which would reach its own loopback; urllib matched no_proxy only as spelt)."""
    name = host.strip("[]").lower()
    if name.rstrip(".") == "localhost" or is_loopback(name):
        return True
    try:
        mapped = ipaddress.ip_address(name).ipv4_mapped if ":" in name else None
        return bool(mapped and mapped.is_loopback) or (":" not in name and socket.inet_aton(name)[0] == 127)
    except (ValueError, OSError):
        return False


def url_reaches_loopback(url: str) -> bool:
    """Does a connection to URL's host stay on this machine (``reaches_loopback``)?"""
    from urllib.parse import urlsplit
    return reaches_loopback(urlsplit(url).hostname or "")


def bind_address(host: str, port: int) -> str:
    host = host.strip("[]")
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def free_port(host: str = "127.0.0.1") -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.bind((host.strip("[]"), 0))
        return s.getsockname()[1]


def check_port(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as oxigraph binds: a TIME_WAIT is no listener
        try:
            s.bind((host.strip("[]"), port))
        except OSError as exc:
            raise cannot_listen(host, port, exc) from None


def cannot_listen(host: str, port: int, exc: OSError) -> UsageError:
    """The one refusal for a port that cannot be bound, from serve in memory and serve --store alike."""
    return UsageError(f"cannot listen on {bind_address(host, port)}: {exc.strerror or exc}; pick another "
                      f"--port (0 = any free port)")
