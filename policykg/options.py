"""Checks on command-line values: every name that becomes an IRI or a file name, dates, years, ports,
timeouts and URLs (an output path's checks: out_paths). Each failure is a UsageError (exit 2) whose one
line names the option and the problem. ``redact`` removes credentials (user:password@, secret query
parameters) from any text before it is printed; ``graphs_or_default`` is the --graph default of query
and table."""
from __future__ import annotations

import datetime
import functools
import os
import re
from urllib.parse import unquote_plus, urlsplit


from .errors import UsageError

YEARS = (1950, 2199)            # the years read_metadata accepts from a meeting line
_REPORT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")
# graph names a build gives to other graphs (id/graph/shared, id/graph/inferred): no report may take them
RESERVED_IDS = ("shared", "inferred")
# no DEL or C1 controls, nor the bidirectional formatting characters an IRI must not hold (RFC 3987 §4.1):
# a --graph-iri with U+202E was pushed and printed raw, showing its tail reversed
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^<>\"{}|^`\\\x00-\x20\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]+")
_SCHEME = r"[a-zA-Z][a-zA-Z0-9+.-]*://+"
# user:password@ in a text: up to the last @ of the authority (urlsplit's reading: a password may hold @, ? or #),
# also after http:/ or http: (a slash short), which urllib refuses but a message still shows
_USERINFO = re.compile(rf"(?i)\b({_SCHEME}|https?:/?)[^/\s]*@")
# user:password@ of a URL alone (a proxy, a SERVICE IRI), scheme or not: up to its last @, '/' and spaces too
URL_USERINFO = re.compile(rf"^({_SCHEME})?(.*)@", re.S)

# a value ends before a colon that ends a word: `?apikey=***: query failed` lost its colon to the value
_PARAM = re.compile(r"([?&;#])([^=?&;#\s]*)=([^&;#\s]*?)(?=[&;#\s]|:(?:\s|$)|$)")


def redact(text: str) -> str:
    """Text with the user:password@ part of every URL in it replaced by ***@, and the values of query
    parameters named like a secret by ***, the name read as the server reads it (`?pass%77ord=`,
    `?access%5Ftoken=`: percent-escapes are undone, so they were printed)."""
    return _PARAM.sub(lambda m: f"{m[1]}{m[2]}=***" if _secret_named(m[2]) else m[0],
                      _USERINFO.sub(r"\1***@", str(text)))


def hide_echoed(text: str, url: str, sent=()) -> str:
    """text (an endpoint's own words) with every secret of url in it (its password, secret-named parameters' values),
    of SENT and of the environment's proxies (none for a url on this machine) as *** where it stands on its own
    (``_standing``): an endpoint answering 'invalid key <the key>' printed it."""
    from .proxy_secrets import proxy_secrets
    values = _secrets(url, [*sent, *proxy_secrets(url)])
    return re.sub("|".join(map(_standing, values)), "***", text) if values else text


def redirect_target(location: str, url: str, sent=()) -> str:
    """A redirect's Location as a message shows it: redacted, and not at all when it repeats a secret of url or
    one SENT (a password the server asked for), also percent-escaped: it printed `/login?next=…apikey%3D<key>`."""
    values, seen = _secrets(url, sent), str(location)
    for _ in range(3):   # undo the escapes of a target nested in a target's parameter
        if values and re.search("|".join(map(_standing, values)), seen):
            return "a URL that repeats a secret it was sent (not shown)"
        seen = unquote_plus(seen)
    return redact(location)


def _secrets(url: str, sent=()) -> list[str]:
    """url's password and secret-named parameters' values (also unescaped) and the SENT ones, longest first."""
    found = [m[3] for m in _PARAM.finditer(url) if _secret_named(m[2])] + [s for s in sent if s]
    found += [user[0][len(user[1]):-1].partition(":")[2]] if (user := _USERINFO.search(url)) else []
    return sorted({v for s in found for v in (s, unquote_plus(s)) if v}, key=len, reverse=True)


def _standing(secret: str, edge: str = "[A-Za-z0-9]") -> str:
    """``secret`` as a pattern: no letter or digit may touch its letter or digit edges (password `a`: not the `a` of
    `bad`), while its other edges may touch anything (`-pw-` showed in `x-pw-y`)."""
    return (f"(?<!{edge})" if re.match(edge, secret) else "") + re.escape(secret) + \
        (f"(?!{edge})" if re.match(edge, secret[-1]) else "")


def _secret_named(name: str) -> bool:   # read with and without its percent-escapes, as a server may read it
    return bool(_secret_name().fullmatch(unquote_plus(name)) or _secret_name().fullmatch(name))


@functools.cache
def _secret_name() -> re.Pattern:
    """The names of query parameters that carry a secret, from data/lexicons/secret_params.tsv (a name
    holding, ending in, or equal to one of its words; any case). Read with open() alone: it runs while a
    command fails, perhaps interrupted inside an import; a list that cannot be read hides every value."""
    words: dict[str, list[str]] = {"contains": [], "ends": [], "exact": []}
    try:
        with open(os.path.join(os.path.dirname(__file__), "data", "lexicons", "secret_params.tsv"),
                  encoding="utf-8") as fh:
            for line in fh:
                how, _, word = line.strip().partition("\t")
                if how in words and word:
                    words[how].append(re.escape(word))
    except (OSError, ValueError):
        return re.compile(r"(?s).*")
    if not any(words.values()):
        return re.compile(r"(?s).*")
    alt = {how: "|".join(w) or "(?!)" for how, w in words.items()}
    return re.compile(rf"(?is).*(?:{alt['contains']}).*|.*(?:{alt['ends']})|(?:{alt['exact']})")


_OS_BYTES = re.compile("[\udc80-\udcff]+")   # bytes of a file name the locale could not decode (surrogateescape)


def visible(s: str) -> str:
    """s with control and other unprintable characters as escapes (\\x1b): a label holding a terminal
    escape sequence must not retitle, clear or rewrite the user's terminal. A file name's undecoded bytes are
    shown as UTF-8 text where they are UTF-8, else as \\xNN: under LC_ALL=C, 不存在.txt was named
    '\\udce4\\udcb8\\udc8d…', and bad<FF>.txt 'bad\\udcff.txt' under any locale."""
    if s.isprintable():
        return s
    s = _OS_BYTES.sub(lambda m: bytes(ord(c) - 0xDC00 for c in m.group()).decode("utf-8", "backslashreplace"), s)
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in s)


def spaced(value: str) -> str:
    """value as a message shows it: quoted when it starts or ends with whitespace, which the one line drops
    (`build ' r.txt'` said "r.txt: no such file" of a file that exists), or empty (`--date ''` read "--date :")."""
    value = visible(str(value))
    return f"'{value}'" if value != value.strip() or not value else value


def spaced_hint(path: str) -> str:
    """' (the name has a space at its start or end; r.txt exists)' when the trimmed name is a file."""
    import os
    trimmed = path.strip()
    return f" (the name has a space at its start or end; {visible(trimmed)} exists)" if (
        trimmed != path and trimmed and os.path.lexists(trimmed)) else ""


_WRAPPED = re.compile(r"\s*[ \t\f\v]\s*|\s*\n\s*\n\s*|^\s+|\s+$")


def one_line(message: str) -> str:
    """message on one line: whitespace that wraps or indents it (a space or tab in the run, a blank line)
    becomes one space; a lone line break or carriage return left between two characters is shown as an
    escape (\\n) by visible. It was made a space too, so a report named 'a<newline>b.txt' read as
    'a b.txt' in 'the same report as …', a file name the folder does not hold."""
    return _WRAPPED.sub(lambda m: "" if m.start() == 0 or m.end() == len(message) else " ", message)


def message_line(message) -> str:
    """The one line a failing command (or a script, a ``python -m`` tool) prints: on one line, credentials
    redacted, control characters escaped (a file name holding ESC[2J cleared the terminal of a script)."""
    return shortened(visible(redact(one_line(str(message)))))


LONG_VALUE, KEPT_START, KEPT_END = 200, 40, 40   # a 5,000-character --park made a 15 KB line


def shortened(line: str) -> str:
    """line with every run of more than LONG_VALUE characters without a space (an echoed value, a path)
    cut to its first KEPT_START and last KEPT_END characters around its length, its quotes and closing
    colon kept: `'园园…[5000 characters]…园园' in the graph`. The end is kept for a long path's file name."""
    def cut(m: re.Match) -> str:
        return f"{m[1]}{m[2][:KEPT_START]}…[{len(m[2])} characters]…{m[2][-KEPT_END:]}{m[3]}"
    return re.sub(rf"(?<!\S)(['\"(]?)(\S{{{LONG_VALUE + 1},}}?)([:'\",;)]*)(?!\S)", cut, line)


def is_report_slug(value: str) -> bool:
    """A name that can be a report's slug: part of IRIs and file names, and not a graph a build names."""
    return bool(_REPORT_ID.fullmatch(value)) and value not in RESERVED_IDS


def report_id(value: str | None) -> str | None:
    """A report slug: it becomes part of IRIs (id/report/<slug>) and file names (shared/<slug>.nt)."""
    if value is None or (is_report_slug(value) and value == value.lower()):
        return value
    raise UsageError(f"--report-id {value!r}: " + (
        f"is the name of the {value} graph (id/graph/{value}); give the report another id" if value in RESERVED_IDS
        else f"use lowercase letters, as the ids policykg gives; on a case-insensitive disk (macOS, Windows) its "
             f"files would be those of {value.lower()!r}" if is_report_slug(value)   # Foo and foo: one file
        else "use letters, digits, '-', '_' or '.', starting with a letter or digit (at most 100); it becomes "
             "part of IRIs and file names"))


def report_date(value: str | None, year: int | None = None) -> str | None:
    """An ISO date (YYYY-MM-DD) that exists, in the years a report can have, agreeing with --year."""
    if value is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        day = datetime.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--date {spaced(value)}: not a date of the form YYYY-MM-DD that exists") from None
    if not YEARS[0] <= day.year <= YEARS[1]:
        raise UsageError(f"--date {value}: the year is outside {YEARS[0]}–{YEARS[1]}")
    if year is not None and year != day.year:
        raise UsageError(f"--date {value} and --year {year} disagree")
    return value


PLACE_MAX = 60   # --place of 40,000 characters took minutes before the build began (split_place)


def override_name(value: str | None, option: str) -> str | None:
    """A --place or --speaker override: printable text, not blank; a place is written in Chinese (it is
    looked up in the gazetteer and becomes a label and, as pinyin, part of IRIs)."""
    if value is None:
        return None
    if not value.strip() or any(not c.isprintable() for c in value):
        raise UsageError(f"{option} {value!r}: give a name (printable text, not blank)")
    if option == "--place" and len(value) > PLACE_MAX:  # its units are read with a regex quadratic in the length
        raise UsageError(f"{option}: {len(value)} characters is no jurisdiction's name (at most {PLACE_MAX}: "
                         f"新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县 has 25)")
    if option == "--place" and (not re.search(r"[\u4e00-\u9fff]", value) or re.search(r"[<>\"{}|^`\\/]", value)):
        raise UsageError(f"{option} {value!r}: give the jurisdiction's Chinese name, e.g. 静海区 or 天津市静海区")
    if option == "--place" and _only_level_words(value.strip()):
        what = "a level word" if value.strip() in _level_words() else "level words"
        raise UsageError(f"{option} {value!r}: is only {what}, not a jurisdiction's name; give one, "
                         f"e.g. 静海区 or 天津市静海区")
    return value


def _only_level_words(name: str) -> bool:
    """Whether name is level words one after another (区区, 市区), with no name before them."""
    words = sorted(_level_words(), key=len, reverse=True)
    while name:
        word = next((w for w in words if name.endswith(w)), None)
        if word is None:
            return False
        name = name[:-len(word)]
    return True


def _level_words() -> set[str]:
    """The level words of the gazetteer's place suffixes (省, 市, 区, 自治区, 镇 …)."""
    from .resources import gazetteer, yaml_file
    return set(yaml_file(gazetteer("places.yaml"))["suffixes"])


def iri(value: str | None, option: str) -> str | None:
    """An absolute IRI that can be written between < and > in Turtle and SPARQL."""
    if value is None or _IRI.fullmatch(value):
        return value
    raise UsageError(f"{option} {value!r}: not an absolute IRI (scheme:…, no spaces, controls, "
                     f"bidirectional marks or <>\"{{}}|^`\\)")


def http_url(value: str | None, option: str) -> str | None:
    """An http(s) URL without credentials (they come from the environment or ~/.netrc)."""
    if value is None:
        return None
    shown = redact(re.sub(r"^([a-zA-Z][a-zA-Z0-9+.-]*:/*)?.*@", r"\1***@", value, flags=re.S))
    if value != value.strip():   # a trailing one said "cannot derive the SPARQL query endpoint from …/store "
        raise UsageError(f"{option} {spaced(shown)}: the URL starts or ends with whitespace; give it without")
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 — raises ValueError for a port out of range
    except ValueError:
        raise UsageError(f"{option} {shown}: not a valid URL") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"{option} {spaced(shown)}: not an http(s) URL")
    if parts.username is not None or parts.password is not None:
        raise UsageError(f"{option} {shown}: credentials in the URL are refused; use "
                         f"POLICYKG_USER / POLICYKG_PASSWORD or ~/.netrc")
    return value


def graphs_or_default(graphs) -> tuple:
    """The --graph files given, else the build's out/graph.trig (with the inferred graph) or out/graph.ttl."""
    if graphs:
        return tuple(graphs)
    default = next((p for p in ("out/graph.trig", "out/graph.ttl") if os.path.isfile(p)), None)
    if default is None:
        raise UsageError("no --graph given and no out/graph.trig or out/graph.ttl; run policykg build first")
    return (default,)
