"""Highlights: the spans of the text that are mentions or evidence, cut into nested fragments."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from diplokg.present.reader import FACT_GROUPS, GraphReader
from diplokg.present.views import (
    EntityView,
    FactView,
    Fragment,
    Highlight,
    Issue,
    SpanRef,
    span_key,
)

__all__ = [
    "fragment_text",
    "place_highlights",
]


def place_highlights(
    reader: GraphReader,
    text: str,
    facts: Sequence[FactView],
    entities: Sequence[EntityView],
    issues: Sequence[Issue],
) -> tuple[list[Highlight], list[str]]:
    """The highlights of the text, and the spans that lie outside it (left unplaced)."""
    group_order = {key: i for i, (key, _, _) in enumerate(FACT_GROUPS)}
    fact_by_span: dict[str, list[FactView]] = defaultdict(list)
    for f in facts:
        for s in f.spans:
            fact_by_span[s.span].append(f)
    entity_by_span = {s.span: e for e in entities for s in e.spans}
    issues_by_span: dict[str, list[Issue]] = defaultdict(list)
    for issue in issues:
        for s in issue.spans:
            issues_by_span[s.span].append(issue)
    severity_rank = {"Violation": 0, "Warning": 1, "Info": 2}
    highlights, unplaced = [], []
    for span in sorted({*fact_by_span, *entity_by_span}, key=lambda s: span_key(SpanRef(s, ""))):
        begin, end = span_key(SpanRef(span, ""))
        if not 0 <= begin < end <= len(text):
            unplaced.append(span)
            continue
        on = sorted(
            fact_by_span.get(span, []), key=lambda f: (group_order.get(f.group, 99), f.label)
        )
        entity = entity_by_span.get(span)
        its_issues = issues_by_span.get(span, [])
        lines = []
        if entity:
            lines.append(f"mention of {entity.name} ({entity.kind_label})")
        lines += [f"{f.kind}: {f.label}" for f in on]
        lines += [f"{i.severity}: {i.message}" for i in its_issues]
        highlights.append(
            Highlight(
                span=span,
                begin=begin,
                end=end,
                text=text[begin:end],
                group=on[0].group if on else None,
                facts=tuple(f.anchor for f in on),
                entity=entity.anchor if entity else None,
                entity_kind=entity.kind if entity else None,
                issues=tuple(i.anchor for i in its_issues),
                severity=min(
                    (i.severity for i in its_issues), key=lambda s: severity_rank.get(s, 3)
                )
                if its_issues
                else None,
                title="\n".join(lines),
            )
        )
    return highlights, unplaced


@dataclass
class _Open:
    highlight: Highlight
    first: bool
    children: list[Fragment | str] = field(default_factory=list)

    def close(self) -> Fragment:
        return Fragment(self.highlight, self.first, tuple(self.children))


def fragment_text(text: str, highlights: Sequence[Highlight]) -> tuple[Fragment | str, ...]:
    """Cut ``text`` into strings and nested highlight fragments.

    Spans nest where they can; a span that crosses another is cut into several
    fragments, each an element of its own, so the HTML stays well formed. Outer
    spans (ending later) open first.
    """
    starts: dict[int, list[Highlight]] = defaultdict(list)
    for h in highlights:
        starts[h.begin].append(h)
    points = sorted({0, len(text), *(h.begin for h in highlights), *(h.end for h in highlights)})
    root: list[Fragment | str] = []
    stack: list[_Open] = []

    def children() -> list[Fragment | str]:
        return stack[-1].children if stack else root

    def order(h: Highlight) -> tuple[int, int, str]:
        return (-h.end, h.begin, h.span)

    previous = 0
    for pos in points:
        if pos > previous:
            children().append(text[previous:pos])
            previous = pos
        ending = [i for i, o in enumerate(stack) if o.highlight.end == pos]
        reopen: list[Highlight] = []
        if ending:
            # Close everything from the outermost span ending here inwards, and
            # reopen (as new fragments) the spans that go on.
            while len(stack) > ending[0]:
                top = stack.pop()
                children().append(top.close())
                if top.highlight.end != pos:
                    reopen.append(top.highlight)
        for h in sorted(reopen, key=order):
            stack.append(_Open(h, first=False))
        for h in sorted(starts.get(pos, []), key=order):
            stack.append(_Open(h, first=True))
    while stack:
        top = stack.pop()
        children().append(top.close())
    return tuple(_drop_empty(root))


def _drop_empty(nodes: Iterable[Fragment | str]) -> list[Fragment | str]:
    kept: list[Fragment | str] = []
    for node in nodes:
        if isinstance(node, str):
            if node:
                kept.append(node)
            continue
        inner = _drop_empty(node.children)
        if inner:
            kept.append(Fragment(node.highlight, node.first, tuple(inner)))
    return kept
