"""Visible text of an HTML report page, via the standard library's HTML parser.

Why html.parser and not a tree builder (html5lib/lxml): it is a real, forgiving HTML tokenizer in
the standard library, it never raises on broken markup, and government report pages are simple
(paragraphs in a content div). What a tree builder would add — implied end tags — is done here for
the cases that matter: <head> ends at <body>, an unclosed skipped element (nav, footer, …) ends
with its parent, and </body> ends everything.

Scripts, styles, the head (title, meta), navigation, headers, footers and forms are skipped; block
elements become line breaks so paragraphs stay one per line, as in the text reports. Whitespace
inside a paragraph is collapsed as a browser shows it: a line break in the page source between two
Chinese characters disappears, other runs become one space. Each output line is stripped.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = {"script", "style", "nav", "header", "footer", "noscript", "form", "aside", "iframe", "template",
         "select", "button", "head", "title", "svg", "object", "textarea"}
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "table",
          "ul", "ol", "blockquote", "pre", "hr", "dd", "dt", "dl", "td", "th", "main", "center", "body",
          "figure", "figcaption", "address", "caption"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}
_BREAK = "\ue000"  # private-use stand-in for a block break until whitespace is collapsed
_WS = re.compile(r"[ \t\n\r\f]+")


def _wide(ch: str) -> bool:
    return ord(ch) > 0x2e7f  # CJK punctuation, kana, Han, full-width forms


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.open: list[str] = []       # every open element (for implied end tags)
        self.count: dict[str, int] = {}  # how many of each are open: a stray end tag costs no scan
        self.lead = 0                    # how many <html> open below every other element
        self.skipping: int | None = None  # depth in self.open of the outermost skipped element
        self.pre = 0

    def handle_starttag(self, tag, attrs):
        if tag == "body":  # <head> ends where <body> starts, closed or not
            self._close(self.lead)
            self.skipping = None
        if tag in _VOID:
            if tag in _BLOCK and self.skipping is None:
                self.parts.append(_BREAK)
            return
        if tag == "html" and self.lead == len(self.open):
            self.lead += 1
        self.open.append(tag)
        self.count[tag] = self.count.get(tag, 0) + 1
        if tag in _SKIP and self.skipping is None:
            self.skipping = len(self.open) - 1
        if tag == "pre":
            self.pre += 1
        if tag in _BLOCK and self.skipping is None:
            self.parts.append(_BREAK)

    def parse_marked_section(self, i, report=1):
        # the stdlib raises AssertionError on "<![" not followed by a known keyword (<![0, <![x);
        # an HTML parser reads that as a bogus comment up to the next ">" (or the end of the page)
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return len(self.rawdata) if end < 0 else end + 1

    def handle_startendtag(self, tag, attrs):  # <div/> opens and closes nothing
        if tag in _BLOCK and self.skipping is None:
            self.parts.append(_BREAK)

    def handle_endtag(self, tag):
        if tag in ("body", "html"):
            self._close(0)
            self.skipping = None
            self.parts.append(_BREAK)
            return
        if not self.count.get(tag):
            if tag in _BLOCK and self.skipping is None:  # a stray </p> still breaks the line
                self.parts.append(_BREAK)
            return
        i = len(self.open) - 1
        while self.open[i] != tag:  # no copy of the list per end tag: 10^5 nested elements took minutes
            i -= 1
        self._close(i)  # implied end of whatever was left open inside it
        if self.skipping is not None and self.skipping >= i:
            self.skipping = None
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in _BLOCK and self.skipping is None:
            self.parts.append(_BREAK)

    def _close(self, i: int) -> None:
        """End the open elements from depth i on."""
        for t in self.open[i:]:
            self.count[t] -= 1
        del self.open[i:]
        self.lead = min(self.lead, i)

    def handle_data(self, data):
        if self.skipping is None:
            self.parts.append(data.replace("\r\n", "\n").replace("\n", _BREAK) if self.pre else data)


def _collapse(m: re.Match) -> str:
    s, a, b = m.string, m.start(), m.end()
    if "\n" in m.group() or "\r" in m.group():
        before, after = (s[a - 1] if a else ""), (s[b] if b < len(s) else "")
        if before and after and _wide(before) and _wide(after):
            return ""
    return " "


# Openings nothing after them can end, and the end each needs. The standard library's parser (before
# Python 3.13.4) scans the rest of the page for that end once per such opening, then reads it as text:
# 60 KB of `<a `, `<!--x>` or `<![if x>` took 5-50 s, a 20 MB page hours. Written as text (&lt;) instead.
_UNENDED = ((re.compile(r"<!--"), re.compile(r"--\s*>")),
            (re.compile(r"<!\[(?=(?i:temp|cdata|ignore|include|rcdata)(?![-_.\w]))"), re.compile(r"\]\s*\]\s*>")),
            (re.compile(r"<!\[(?=(?i:if|else|endif)(?![-_.\w]))"), re.compile(r"\]\s*>")))
# a marked section of an unknown keyword (`<![0`) is a bogus comment to the next '>' (_Text)
_BOGUS = re.compile(r"<!\[(?!(?i:temp|cdata|ignore|include|rcdata|if|else|endif)(?![-_.\w]))")


def _unended_as_text(html: str) -> str:
    """html with the '<' of each opening after the last end it needs as &lt;, so that the parser need
    not scan the rest of the page for each: after the last '>', every '<' up to a bogus comment."""
    for opening, end in _UNENDED:
        last = max((m.end() for m in end.finditer(html)), default=0)
        if opening.search(html, last):
            html = html[:last] + opening.sub(lambda m: "&lt;" + m.group()[1:], html[last:])
    last = html.rfind(">") + 1
    bogus = _BOGUS.search(html, last)
    stop = bogus.start() if bogus else len(html)
    if "<" in html[last:stop]:
        html = html[:last] + html[last:stop].replace("<", "&lt;") + html[stop:]
    return html


def html_to_text(html: str) -> str:
    parser = _Text()
    parser.feed(_unended_as_text(html))
    parser.close()
    joined = _WS.sub(_collapse, "".join(parser.parts))
    lines = (line.strip(" \t\n\r\f\v\u3000\xa0") for line in joined.split(_BREAK))
    return "\n".join(line for line in lines if line) + "\n"
