"""What a SPARQL Protocol request asks of `policykg serve` (serve_http): the query and its graphs from the
query string or a POSTed body, and the body's framing (one Content-Length, at most MAX_BODY); anything else
is an HttpError with the status and one line to answer.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qs

MAX_BODY = 8 << 20   # bytes of a POSTed query
READ_ONLY = "this endpoint is read-only: updates and graph store writes are refused"


class HttpError(Exception):
    def __init__(self, status: int, message: str, headers: tuple = ()):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers


def read_request(method: str, query_string: str, headers, rfile) -> dict:
    """``{"query", "default", "named"}`` of a SPARQL Protocol query request; HttpError otherwise."""
    body = _body(headers, rfile) if method == "POST" else b""  # first: a refusal leaves no unread body
    params = _params(query_string)
    if method == "POST":
        _no_content_coding(headers)
        media = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            raise HttpError(403, READ_ONLY)
        if media == "application/x-www-form-urlencoded":
            for name, values in _params(body).items():
                params.setdefault(name, []).extend(values)
        elif media == "application/sparql-query":
            params.setdefault("query", []).append(_utf8(body))
        else:
            raise HttpError(415, f"POST a query as application/sparql-query or application/x-www-form-urlencoded, "
                                 f"not {media or 'no Content-Type'}")
    if "update" in params:
        raise HttpError(403, READ_ONLY)
    queries = params.get("query", [])
    if len(queries) != 1 or not queries[0].strip():
        raise HttpError(400, "give one SPARQL query (the query parameter, or a POSTed application/sparql-query)")
    return {"query": queries[0], "default": _iris(params, "default-graph-uri"),
            "named": _iris(params, "named-graph-uri")}


def _no_content_coding(headers) -> None:
    """415 for a body sent gzip- or otherwise encoded (RFC 9110 §8.4: a coding the server does not read is
    415): its bytes were read as the query itself, and a gzipped query was answered "the query is not UTF-8",
    an encoded one that happened to be UTF-8 run as other text."""
    values = headers.get_all("Content-Encoding") if hasattr(headers, "get_all") else [headers.get("Content-Encoding")]
    codings = [c.strip().lower() for v in values or [] if v for c in v.split(",")]
    if any(c not in ("", "identity") for c in codings):
        raise HttpError(415, f"the body is sent with Content-Encoding {', '.join(c for c in codings if c)}; "
                             f"policykg serve reads a query unencoded", (("Accept-Encoding", "identity"),))


def _params(text: str | bytes) -> dict[str, list[str]]:
    try:
        text = _utf8(text) if isinstance(text, bytes) else text
        return parse_qs(text, keep_blank_values=True, errors="strict")
    except (UnicodeDecodeError, ValueError):
        raise HttpError(400, "the parameters are not percent-encoded UTF-8") from None


def _utf8(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise HttpError(400, "the query is not UTF-8") from None


_UNFRAMED = ("the request has Content-Length headers that disagree", "the Content-Length is negative",
             "the Content-Length is not a number of bytes in digits")


def _length(headers) -> int | None:
    """The body's length by its one Content-Length (None: no body); HttpError when it cannot be framed."""
    if headers.get("Transfer-Encoding"):
        raise HttpError(411, "send the body with a Content-Length (no chunked transfer)")
    lengths = headers.get_all("Content-Length") if hasattr(headers, "get_all") else [headers.get("Content-Length")]
    if len(set(lengths or [])) > 1:  # which one frames the body? (request smuggling)
        raise HttpError(400, _UNFRAMED[0])
    raw = (headers.get("Content-Length") or "").strip()
    if not raw:
        return None
    if not re.fullmatch(r"-?[0-9]+", raw):  # 1*DIGIT: int() also reads 1_0, fullwidth digits and +10
        raise HttpError(400, _UNFRAMED[2])
    length = int(raw)
    if length < 0:
        raise HttpError(400, _UNFRAMED[1])
    if length > MAX_BODY:
        raise HttpError(413, f"the body is over {MAX_BODY >> 20} MiB")
    return length


def _body(headers, rfile) -> bytes:
    length = _length(headers)
    if length is None:
        raise HttpError(411, "a POST needs a Content-Length")
    return rfile.read(length)


def _iris(params: dict, name: str) -> list[str]:
    import pyoxigraph as ox
    for value in params.get(name, []):
        try:
            ox.NamedNode(value)
        except ValueError:
            raise HttpError(400, f"{name}: not an IRI: {value[:200]!r}") from None
    return params.get(name, [])
