"""Visible text of an HTML report page, via the standard library's HTML parser.

Scripts, styles, navigation, headers, footers and forms are skipped; block elements become
line breaks so paragraphs stay one per line, as in the text reports.
"""
from __future__ import annotations

from html.parser import HTMLParser

_SKIP = {"script", "style", "nav", "header", "footer", "noscript", "form", "aside", "iframe", "template",
         "select", "button"}
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "table",
          "ul", "ol", "blockquote", "pre", "hr", "dd", "dt"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP and tag not in _VOID:
            self.skip_depth += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip_depth:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).replace("\r\n", "\n").split("\n"))
    return "\n".join(line for line in lines if line) + "\n"
