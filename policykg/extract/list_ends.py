"""The measure a list member left without one shares with the last member (names62,
docs/checks/indicator-names62.md).

- A member that is one noun word with no measure (地表水、近岸海域水质优良比例) takes the last member's
  measure after the last member's own place word, cut at a word: 地表水水质优良比例.
- A member complete as an amount (非化石能源发电量、用电量占比) whose end the last member's thing repeats is
  measured by the last member's ratio too (非化石能源发电量占比), and the words opening it before its
  parallel part are the last member's (非化石能源用电量占比).
"""
from __future__ import annotations

from .list_parallel import word_cut
from .qlexicon import pos_of, qwords


def complete(name: str) -> bool:
    """Whether a list member's name ends in a measure (quantities.yaml lists complete): it borrows none."""
    return name.endswith(tuple(qwords("lists", "complete"))) and not name.endswith(tuple(qwords("lists", "not_complete")))


def noun_member_head(member: str, last: str) -> str:
    """What a one-noun member with no measure borrows from a complete last member: the last member's
    words after as many characters as the member, cut at a word (近岸海域|水质优良比例), or ''."""
    words = pos_of(member)
    if len(words) != 1 or not words[0][1].startswith("n") or not complete(last) or len(last) <= len(member) + 2:
        return ""
    head = last[word_cut(member, last):]
    return head if complete(head) and len(head) >= 2 and len(last) - len(head) >= 2 else ""


def shared_ratio(names: list[str]) -> list[str]:
    """Two members A、B<ratio> (``shared_ratios``) where A is complete and ends as B's thing does in two
    characters or more: A<ratio>, and B after the words opening A before its parallel part."""
    if len(names) != 2:
        return names
    first, last = names
    ratio = next((r for r in qwords("lists", "shared_ratios") if last.endswith(r)), "")
    thing = last[:-len(ratio)] if ratio else ""
    if not thing or not complete(first) or first.endswith(ratio):
        return names
    k = 0
    while k < min(len(first), len(thing)) and first[-1 - k] == thing[-1 - k]:
        k += 1
    if k < 2 or k >= len(thing) or len(first) < len(thing):
        return names
    opening = first[:len(first) - len(thing)]
    return [first + ratio, opening + last]


def with_category(head: str, member: str, last: str) -> str:
    """Rule (names120): the list head a member borrows, with the category word (``category_words``: 产业, 保险) that
    closes the last member's thing right before it: 新一代信息技术、…输变电装备产业产值 → 新一代信息技术产业产值,
    基本养老、医疗保险参保率 → 基本养老保险参保率. Unchanged when the member already ends as that word does
    (制造业、数字经济核心产业增加值: 制造业 is a category of its own)."""
    thing = last[:len(last) - len(head)] if head and last.endswith(head) else ""
    word = next((w for w in qwords("lists", "category_words") if thing.endswith(w) and len(thing) > len(w)), "")
    return head if not word or member.endswith(word[-1]) else word + head
