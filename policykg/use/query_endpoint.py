"""``policykg query --endpoint``: a SELECT/ASK sent to a SPARQL endpoint, JSON results read back.

The request is a plain form POST (urllib) and the answer is read whole and parsed here: oxigraph's
server answers a query it cancels at its ``--timeout-s`` with HTTP 200 and JSON that stops mid-way,
which must read as "cancelled after N s", not as a JSON decode error; `policykg serve` answers 503
with one line of text, which is shown as it is. The request runs under a total deadline
(deadline.run), so a server that trickles its answer is cut off too.
"""
from __future__ import annotations

import json
import re
import time

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from . import deadline
from ..errors import UsageError
from ..options import hide_echoed, http_url, redact, redirect_target, visible
from .query_format import Rows
from .query_terms import bind_values
from .sparql_form import check, named_twice

# bytes of an endpoint's answer query reads: JSON of about a million rows (253 MB for 1,000,000 rows of three
# short IRIs), which take some 2 GB of memory once parsed, as --max-rows' default bounds a query of graph files.
# It was 2 GiB: eight times that, some 18 GB, and the process was killed without a word where memory is less
MAX_ANSWER = 256 << 20
_LANG = re.compile(r"[A-Za-z]+(?:-[A-Za-z0-9]+)*")  # the language tags rdflib accepts
_JSON_MARKS = re.compile(r'[{}\[\]":,]')   # a tail without these is prose after a cut, not broken JSON
_VARNAME = re.compile(r"[\w\u00B7\u0300-\u036F\u203F\u2040]+")  # SPARQL's VARNAME, near enough


def run_endpoint(query: str, url: str, params: dict | None = None, timeout: float | None = 60) -> Rows:
    """Run a SELECT/ASK on a SPARQL endpoint (JSON results) → Rows of rdflib terms (timeout None: no limit)."""
    http_url(url, "--endpoint")
    text = bind_values(query, params or {})
    form = check(text, endpoint=True)
    start = time.monotonic()
    raw, media = deadline.run(lambda: _post(url, text, timeout), timeout,
                              f"{redact(url)}: no complete answer within {{s}} s (--timeout); query cancelled")
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        if _cut_short(raw, exc):
            raise UsageError(f"{redact(url)}: query cancelled after {time.monotonic() - start:.0f} s: the "
                             f"endpoint's answer stops part-way (an endpoint timeout, e.g. policykg serve "
                             f"--timeout)") from None
        raise UsageError(f"{redact(url)}: did not answer with SPARQL JSON results{_why_not_json(exc, media)}") from None
    try:
        return _rows(data, form)
    except _NotResults as exc:
        raise UsageError(f"{redact(url)}: did not answer with SPARQL JSON results ({exc})") from None


def _cut_short(raw: bytes, exc: BaseException) -> bool:
    """JSON that breaks off at its end (oxigraph's answer to a query it cancels), not JSON broken inside
    or no UTF-8: those were all called 'cancelled … stops part-way'. A cut inside a string is reported
    where the string starts (an unterminated string runs to the end) or at an escape the end cuts short;
    oxigraph writes its reason as plain text after the cut ('[The SPARQL operation has been cancelled'),
    one line with no JSON punctuation."""
    if raw.lstrip()[:1] != b"{" or not isinstance(exc, json.JSONDecodeError):
        return False
    end, tail = len(exc.doc.rstrip()), exc.doc[exc.pos:].strip()
    return (exc.pos >= end or exc.msg.startswith("Unterminated string")
            or (exc.msg.startswith("Invalid \\uXXXX escape") and exc.pos + 6 > end)
            or ("\n" not in tail and not _JSON_MARKS.search(tail)))


def _why_not_json(exc: BaseException, media: str = "") -> str:
    """Why the answer is no JSON, and what the endpoint said it sent when that is no JSON type (a login page's
    text/html, results in XML or CSV, a body gzipped unasked: each was only "invalid JSON at line 1")."""
    said = f"; it answered {visible(media)[:80]}" if media and ("json" not in media.lower() or "-encoded)" in media) \
        else ""
    if isinstance(exc, RecursionError):   # it ended in an internal error (exit 3)
        return " (JSON nested too deep to read)"
    if isinstance(exc, json.JSONDecodeError):
        return f" (invalid JSON at line {exc.lineno}, column {exc.colno}{said})"
    return f" (not UTF-8 text{said})" if isinstance(exc, UnicodeDecodeError) else ""


class _NotResults(Exception):
    """What in an endpoint's JSON is not the SPARQL 1.1 results format."""


def _rows(data, form: str) -> Rows:
    """SPARQL 1.1 JSON results → Rows; _NotResults naming the first thing of the wrong shape."""
    if not isinstance(data, dict):
        raise _NotResults("not a JSON object")
    if form == "ASK" or "boolean" in data:
        if not isinstance(data.get("boolean"), bool):
            raise _NotResults("an ASK answer without a true or false \"boolean\"")
        return Rows(["ask"], [(Literal(data["boolean"]),)], kind="ask")
    missing = next((k for k in ("head", "results") if k not in data), None)
    if missing:   # `{}` was read as no rows
        raise _NotResults(f"it has no \"{missing}\"")
    head, results = data["head"], data["results"]
    names = head.get("vars", []) if isinstance(head, dict) else None
    if not isinstance(names, list) or not all(isinstance(v, str) for v in names):
        raise _NotResults("\"head\" has no list of variable names")
    odd = next((v for v in names if not _VARNAME.fullmatch(v)), None)
    if odd is not None:
        raise _NotResults(f"\"{visible(odd)}\" in \"head\" is no SPARQL variable name")
    twice = named_twice(names)
    if twice is not None:   # each column would be shown twice
        raise _NotResults(f"\"{visible(twice)}\" is named twice in \"head\"")
    bindings = results.get("bindings", []) if isinstance(results, dict) else None
    if not isinstance(bindings, list) or not all(isinstance(b, dict) for b in bindings):
        raise _NotResults("\"results\" has no list of binding objects")
    listed = set(names)
    stray = next((k for b in bindings for k in b if k not in listed), None)
    if stray is not None:   # its values were dropped without a word
        raise _NotResults(f"a binding names ?{visible(str(stray))[:60]}, which \"head\" does not list")
    return Rows(names, [tuple(_from_json(b[v], v) if v in b else None for v in names) for b in bindings])


def _post(url: str, text: str, timeout: float | None) -> tuple[bytes, str]:
    """The body of a POSTed query (form-encoded, SPARQL JSON results asked for) and the media type and coding
    the endpoint gave it; UsageError naming the
    HTTP status and the first line of the endpoint's message when it refuses or cancels the query."""
    from http.client import IncompleteRead
    from urllib.error import HTTPError, URLError
    from urllib.parse import urlencode
    from urllib.request import Request

    req = Request(url, data=urlencode({"query": text}).encode("utf-8"), method="POST",
                  headers={"Accept": "application/sparql-results+json",
                           "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8",
                           "User-Agent": "policykg"})
    try:
        with no_redirect(url).open(req, timeout=max(1, timeout) if timeout else None) as r:
            coding = r.headers.get("Content-Encoding", "")
            media = (r.headers.get("Content-Type") or "").split(";")[0].strip()
            return _read_capped(r, url), f"{media} ({coding}-encoded)" if coding and coding != "identity" else media
    except HTTPError as exc:
        raise UsageError(_refused(url, exc)) from None
    except UsageError:
        raise
    except IncompleteRead as exc:   # it printed http.client's repr, 'IncompleteRead(30 bytes read)'
        raise UsageError(f"{redact(url)}: the answer stops part-way ({len(exc.partial)} bytes read, then the "
                         f"connection broke off)") from None
    except URLError as exc:   # no connection: 'query failed (URLError: <urlopen error [Errno 111] …>)'
        why = getattr(exc.reason, "strerror", None) or str(exc.reason)
        raise UsageError(f"{redact(url)}: cannot reach the endpoint ({redact(hide_echoed(why, url))})") from None
    except Exception as exc:  # noqa: BLE001 — urllib and sockets raise many types
        msg = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
        raise UsageError(f"{redact(url)}: query failed ({type(exc).__name__}: {redact(hide_echoed(msg, url))})") from None


def _read_capped(r, url: str) -> bytes:
    """The answer's bytes, up to MAX_ANSWER: an endpoint that streams without end must not fill memory."""
    chunks, size = [], 0
    while chunk := r.read(1 << 20):
        size += len(chunk)
        if size > MAX_ANSWER:
            raise UsageError(f"{redact(url)}: answer is larger than {MAX_ANSWER >> 20} MiB (about a million rows, "
                             f"some 2 GB of memory once read); not read further (ask for fewer rows: LIMIT)")
        chunks.append(chunk)
    short = getattr(r, "length", None)   # http.client's read(n) returns b"" at a close before Content-Length
    if isinstance(short, int) and short > 0:   # it read as JSON cut off: 'query cancelled after 0 s'
        raise UsageError(f"{redact(url)}: the answer stops part-way ({size} of the {size + short} bytes its "
                         f"Content-Length states, then the connection closed)")
    return b"".join(chunks)


def no_redirect(url: str, advice: str = "give that URL as --endpoint if it is the endpoint"):
    """An opener that follows no redirect: urllib turned the POSTed query into a GET without it, sent to
    wherever the answer pointed (another host too), and showed that host's answer as the endpoint's results.
    No proxy for a host on this machine (addresses.url_reaches_loopback)."""
    from urllib.request import HTTPRedirectHandler, ProxyHandler, build_opener

    from .addresses import url_reaches_loopback

    class NoRedirect(HTTPRedirectHandler):
        def redirect_request(self, req, fp, code, msg, headers, newurl):
            raise UsageError(f"{redact(req.full_url)}: redirects to {redirect_target(newurl, req.full_url)} "
                             f"(HTTP {code}); not followed: {advice}")

    direct = url_reaches_loopback(url)
    return build_opener(NoRedirect, *([ProxyHandler({})] if direct else []))


def _refused(url: str, exc) -> str:
    """One line for an HTTP error answer: `policykg serve` says "query cancelled after N s" with 503."""
    try:
        body = exc.read(2000).decode("utf-8", "replace")
    except Exception:  # noqa: BLE001 — the body is only a courtesy
        body = ""
    line = hide_echoed(next((ln.strip() for ln in body.splitlines() if ln.strip()), exc.reason or ""), url)
    if exc.code == 503 and "cancelled" in line:
        return f"{redact(url)}: {redact(line[:300])} (HTTP 503)"
    return f"{redact(url)}: query failed (HTTP {exc.code}: {redact(line[:300])})"


def _from_json(b, var: str):
    """A SPARQL 1.1 JSON results binding → rdflib term (_NotResults for one of the wrong shape)."""
    if not isinstance(b, dict) or not isinstance(b.get("value"), str):
        raise _NotResults(f"a binding of ?{visible(var)} has no string \"value\"")
    t, value = b.get("type"), b["value"]
    if t == "uri":
        return URIRef(value)
    if t == "bnode":
        return BNode(value)
    if t in ("literal", "typed-literal"):
        lang, dt = b.get("xml:lang"), b.get("datatype")
        if lang:
            if not isinstance(lang, str) or not _LANG.fullmatch(lang):
                raise _NotResults(f"a binding of ?{visible(var)} has a language tag that is none")
            return Literal(value, lang=lang)
        if dt and not isinstance(dt, str):
            raise _NotResults(f"a binding of ?{visible(var)} has a datatype that is no IRI")
        if dt and dt != str(XSD.string):
            return Literal(value, datatype=URIRef(dt))
        return Literal(value)
    raise _NotResults(f"a binding of ?{visible(var)} has type {visible(str(t))[:40]!r}, not uri, bnode or literal")
