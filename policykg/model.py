"""Plain data passed between stages: read → structure → extract → emit.

Every offset is a code-point offset into ``Document.text`` (end exclusive).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int

    def quote(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass
class Metadata:
    title: str | None = None          # title line as written (spaces removed)
    date: str | None = None           # ISO delivery date, e.g. "2021-01-13"
    year: int | None = None           # report year (year of delivery)
    place: str | None = None          # jurisdiction, e.g. "静海区"
    place_parents: list[str] = field(default_factory=list)  # e.g. ["天津市"]
    place_level: str | None = None    # "province" | "city" | "county"
    speaker: str | None = None        # e.g. "金汇江"
    speaker_role: str | None = None   # e.g. "区长"
    meeting: str | None = None        # e.g. "第二届人民代表大会第八次会议"
    spans: dict[str, Span] = field(default_factory=dict)  # field name → where it was read


@dataclass
class Document:
    path: str
    text: str                 # decoded, CRLF→LF, BOM dropped; offsets refer to this
    encoding: str
    sha256: str               # of text encoded as UTF-8
    metadata: Metadata
    truncated: bool = False
    source_kind: str = "text"  # "text" | "html" | "pdf" | "docx"
    report_id: str | None = None  # IRI slug override (benchmarks, CLI)
    shadow: str | None = None     # the matching text (read/retype.py): how it was typed evened out
    invisible_removed: int = 0    # invisible characters (zero-width spaces, …) dropped from the decoded text
    origin: list[int] | None = None  # shadow index → text index, when the shadow's length differs


@dataclass
class Context:
    """What an extractor needs to know about where a sentence stands."""
    report_year: int
    part_kind: str | None = None   # "review" (past results) | "outlook" (five-year plan) | "plan" (this year)
    headings: list[str] = field(default_factory=list)  # enclosing heading labels, outermost first
    place: str | None = None       # the report's jurisdiction, e.g. "静海区"
    place_parents: list[str] = field(default_factory=list)  # e.g. ["天津市"]


@dataclass
class Sentence:
    span: Span
    text: str
    section: str | None = None    # key of the innermost Heading containing it
    paragraph: Span | None = None
    context: Context | None = None


@dataclass
class Heading:
    """One node of the outline (part, area, sub-heading, goal or task)."""
    key: str                  # outline path, e.g. "3", "3.1", "3.1.2"
    level: int                # 1 part, 2 area, 3 sub-heading
    ordinal: int
    label: str                # heading text without numbering and final punctuation
    span: Span                # where `label` stands
    kind: str                 # "Section" | "Task" | "Goal"
    part_kind: str | None = None   # of the enclosing part: "review" | "outlook" | "plan"
    parent: str | None = None      # key of the parent heading; None = the report
    body: Span | None = None       # the text this heading governs (up to the next sibling)
    also_section: bool = False     # a work area is both an outline Section and a Task


@dataclass
class Outline:
    headings: list[Heading]
    sentences: list[Sentence]
    body: Span                     # report body without preamble/clutter/glossary
    excluded: list[Span] = field(default_factory=list)  # clutter and glossary spans


@dataclass
class Entity:
    """A named thing: Park, Project, Organization, Place or Indicator."""
    kind: str
    label: str                     # canonical zh name
    spans: list[Span] = field(default_factory=list)
    alt_labels: set[str] = field(default_factory=set)
    attrs: dict[str, object] = field(default_factory=dict)  # status, parkKind, year, ...

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.label)


@dataclass
class Quantity:
    """A quantified Target (forward-looking) or Outcome (reported result)."""
    kind: str                      # "Target" | "Outcome"
    indicator: str                 # canonical indicator name (zh)
    value: Decimal
    unit: str                      # as written: "%", "万亩", "亿元", "个"
    comparator: str                # "=", ">=", "<=", ">", "<", "≈"
    span: Span                     # the characters stating the fact
    start_year: int | None = None
    end_year: int | None = None
    aspirational: bool = False
    from_value: Decimal | None = None
    upper_value: Decimal | None = None   # ranges such as 5%—5.5%
    owner: object = None           # Entity (Park/Project) or Heading (Task/Goal) owning it; None = the report
    label: str = ""                # zh label, e.g. "地区生产总值增长4%"
    attrs: dict[str, object] = field(default_factory=dict)

    @property
    def name_base(self) -> str:
        """The name the naming rules work on: the indicator before its kind's suffix, else the indicator."""
        return str(self.attrs.get("indicator_base") or self.indicator)


def starting_in(span: Span, quantities) -> list[Quantity]:
    """The quantities that start inside SPAN (a sentence), in text order."""
    return sorted((q for q in quantities if span.start <= q.span.start < span.end), key=lambda q: q.span.start)


@dataclass
class Link:
    """An edge between extracted things; ends are the Entity, Heading or Quantity objects themselves."""
    subject: object
    predicate: str                 # local name in pkg:, e.g. "locatedIn"
    object: object
    span: Span | None = None


@dataclass
class Facts:
    entities: list[Entity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
