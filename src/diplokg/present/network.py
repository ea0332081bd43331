"""The network picture of a review page: who met, quoted, accused or agreed with whom.

Laid out by Graphviz (``neato``) when it is installed, else on a circle drawn here.
"""

from __future__ import annotations

import math
import shutil
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal as TypingLiteral

from rdflib.term import Node

from diplokg.present.graphviz import dot_attrs, dot_quote, graphviz_svg
from diplokg.present.reader import GraphReader, int_value
from diplokg.present.templates import template_environment
from diplokg.present.views import NetEdge, NetNode
from diplokg.rdf.terms import DK, PROV

__all__ = [
    "NetworkLayout",
    "article_network",
    "chosen_layout",
    "circle_svg",
    "network_dot",
    "network_picture",
]

#: How the network picture is laid out: Graphviz, the built-in circle, or
#: Graphviz when ``dot`` is installed and the circle otherwise.
NetworkLayout = TypingLiteral["auto", "graphviz", "circle"]


_NODE_COLOURS = {
    "person": ("#dbe7f5", "#2b5c9e"),
    "state": ("#f8ded7", "#a33a1f"),
    "org": ("#dcefdc", "#2d7a3a"),
    "place": ("#ece4f5", "#6a51a3"),
    "other": ("#eeeeee", "#666666"),
    "event": ("#fff6d6", "#9a7b00"),
}
_EDGE_COLOURS = {
    "met": "#2b5c9e",
    "attended": "#9a7b00",
    "visited": "#2b5c9e",
    "quoted": "#7d3c98",
    "accused": "#c0392b",
    "criticised": "#d35400",
    "agreed": "#2d7a3a",
}


def article_network(reader: GraphReader) -> tuple[list[NetNode], list[NetEdge]]:
    """The network's nodes (entities, and events with many parties) and merged edges."""
    nodes: dict[str, NetNode] = {}
    merged: dict[tuple[str, str, str, str], list[tuple[str, str]]] = defaultdict(list)
    directed: dict[str, bool] = {}

    def agent(node: Node) -> str:
        key = reader.entity_anchor(node)
        if key not in nodes:
            kind, _ = reader.entity_kind(node)
            name = reader.label(node)
            nodes[key] = NetNode(key, name, kind, f"#{key}", f"{name} ({reader.kind(node)})")
        return key

    def edge(a: str, b: str, relation: str, style: str, fact: Node, *, is_directed: bool) -> None:
        if not is_directed and b < a:
            a, b = b, a
        directed[relation] = is_directed
        merged[(a, b, relation, style)].append((reader.fact_anchor(fact), reader.label(fact)))

    facts = reader.facts()
    for fact in facts:
        if reader.is_a(fact, DK.Event):
            planned = reader.has(fact, DK.eventStatus, DK.planned)
            style = "dashed" if planned else "solid"
            visitor, host = reader.first(fact, DK.visitor), reader.first(fact, DK.host)
            parties = sorted(
                {
                    o
                    for p in (DK.participant, DK.organizer, DK.visitor, DK.host)
                    for o in reader.objects(fact, p)
                },
                key=str,
            )
            if reader.is_a(fact, DK.Visit) and visitor is not None and host is not None:
                edge(agent(visitor), agent(host), "visited", style, fact, is_directed=True)
            elif reader.is_a(fact, DK.Meeting) and len(parties) == 2:
                edge(agent(parties[0]), agent(parties[1]), "met", style, fact, is_directed=False)
            elif len(parties) >= 2:
                hub = reader.fact_anchor(fact)
                nodes[hub] = NetNode(
                    hub, reader.label(fact), "event", f"#{hub}", f"{reader.kind(fact)}"
                )
                for party in parties:
                    edge(agent(party), hub, "attended", style, fact, is_directed=False)
        elif reader.is_a(fact, DK.Quotation):
            speaker = reader.first(fact, DK.speaker)
            steps = sorted(
                (int_value(reader.first(s, DK.stepIndex)), reader.first(s, PROV.agent))
                for s in reader.objects(fact, DK.reportingStep)
            )
            chain = [speaker, *(a for _, a in steps)]
            for quoted, quoting in pairwise(chain):
                if quoted is not None and quoting is not None and quoted != quoting:
                    edge(agent(quoting), agent(quoted), "quoted", "solid", fact, is_directed=True)
        elif reader.is_a(fact, DK.Accusation):
            accuser, factuality = reader.first(fact, DK.accuser), reader.first(fact, DK.factuality)
            style = (
                "dashed"
                if factuality == DK.hedged
                else "dotted"
                if factuality == DK.negated
                else "solid"
            )
            relation = "criticised" if reader.is_a(fact, DK.Criticism) else "accused"
            for accused in sorted(reader.objects(fact, DK.accused), key=str):
                if accuser is not None:
                    edge(agent(accuser), agent(accused), relation, style, fact, is_directed=True)
        elif reader.is_a(fact, DK.Agreement):
            parties = sorted(reader.objects(fact, DK.party), key=str)
            for i, a in enumerate(parties):
                for b in parties[i + 1 :]:
                    edge(agent(a), agent(b), "agreed", "solid", fact, is_directed=False)
    edges = []
    for (source, target, relation, style), on in sorted(merged.items()):
        unique = list(dict.fromkeys(on))
        word = {"dotted": f"does not {relation[:-1]}", "dashed": f"allegedly {relation}"}
        name = word.get(style, relation) if relation in ("accused", "criticised") else relation
        if relation in ("met", "visited", "attended") and style == "dashed":
            name = f"{relation} (planned)" if relation != "met" else "to meet"
        label = name + (f" ×{len(unique)}" if len(unique) > 1 else "")
        edges.append(
            NetEdge(
                source=source,
                target=target,
                relation=relation,
                label=label if relation != "attended" else "",
                directed=directed[relation],
                style=style,
                facts=tuple(anchor for anchor, _ in unique),
                tooltip="; ".join(text for _, text in unique),
            )
        )
    return sorted(nodes.values(), key=lambda n: n.key), edges


def network_dot(nodes: Sequence[NetNode], edges: Sequence[NetEdge]) -> str:
    """The network as a Graphviz graph (laid out by neato)."""
    font = "Helvetica,Arial,sans-serif"
    lines = [
        "digraph network {",
        "  graph"
        + dot_attrs(
            {
                "overlap": "false",
                "splines": "true",
                "sep": "+6",
                "esep": "+3",
                "outputorder": "edgesfirst",
                "bgcolor": "transparent",
                "pad": "0.2",
                "start": "7",
                "id": "network",
            }
        )
        + ";",
        "  node"
        + dot_attrs(
            {
                "shape": "box",
                "style": "rounded,filled",
                "fontname": font,
                "fontsize": "13",
                "margin": "0.08,0.04",
                "height": "0.3",
            }
        )
        + ";",
        "  edge" + dot_attrs({"fontname": font, "fontsize": "11", "arrowsize": "0.7"}) + ";",
    ]
    for n in nodes:
        fill, line = _NODE_COLOURS.get(n.kind, _NODE_COLOURS["other"])
        attrs = {
            "label": n.label if n.kind != "event" else _wrap(n.label, 22),
            "fillcolor": fill,
            "color": line,
            "fontcolor": "#222222",
            "href": n.href,
            "tooltip": n.tooltip,
            "id": f"net-{n.key}",
            "class": f"net-node k-{n.kind}",
        }
        if n.kind == "event":
            attrs |= {"shape": "ellipse", "style": "filled,dashed", "fontsize": "11"}
        lines.append(f"  {dot_quote(n.key)}{dot_attrs(attrs)};")
    for i, e in enumerate(edges, start=1):
        colour = _EDGE_COLOURS.get(e.relation, "#666666")
        edge_attrs: dict[str, str | None] = {
            "label": e.label or None,
            "color": colour,
            "fontcolor": colour,
            "style": e.style,
            "dir": "forward" if e.directed else "none",
            "href": f"#{e.facts[0]}",
            "tooltip": e.tooltip,
            "id": f"net-edge-{i}",
            "class": f"net-edge r-{e.relation}",
            "penwidth": str(1.2 + 0.6 * min(len(e.facts) - 1, 3)),
            "len": "1.0" if e.relation != "attended" else "0.8",
        }
        lines.append(f"  {dot_quote(e.source)} -> {dot_quote(e.target)}{dot_attrs(edge_attrs)};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _wrap(text: str, width: int) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return "\n".join(lines)


@dataclass(frozen=True)
class _CircleNode:
    node: NetNode
    x: float
    y: float
    width: float
    fill: str
    line: str


@dataclass(frozen=True)
class _CircleEdge:
    edge: NetEdge
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str


def circle_svg(nodes: Sequence[NetNode], edges: Sequence[NetEdge]) -> str:
    """The network on a circle, drawn without Graphviz."""
    count = max(len(nodes), 1)
    radius = max(160.0, 28.0 * count / math.pi)
    cx = cy = radius + 110
    placed: dict[str, _CircleNode] = {}
    for i, n in enumerate(nodes):
        angle = 2 * math.pi * i / count - math.pi / 2
        fill, line = _NODE_COLOURS.get(n.kind, _NODE_COLOURS["other"])
        placed[n.key] = _CircleNode(
            n,
            round(cx + radius * math.cos(angle), 1),
            round(cy + radius * math.sin(angle), 1),
            round(12 + 6.2 * min(len(n.label), 28), 1),
            fill,
            line,
        )
    lines = [
        _CircleEdge(
            e,
            placed[e.source].x,
            placed[e.source].y,
            placed[e.target].x,
            placed[e.target].y,
            _EDGE_COLOURS.get(e.relation, "#666666"),
        )
        for e in edges
    ]
    template = template_environment().get_template("network-circle.svg.j2")
    return template.render(size=round(2 * cx, 1), nodes=list(placed.values()), edges=lines)


def network_picture(
    nodes: Sequence[NetNode], edges: Sequence[NetEdge], layout: NetworkLayout
) -> tuple[str, str]:
    """The network's SVG picture and who drew it (``graphviz``, ``circle``, ``none``)."""
    used = chosen_layout(nodes, layout)
    if used == "none":
        return "", "none"
    if used == "circle":
        return circle_svg(nodes, edges), "circle"
    return graphviz_svg(network_dot(nodes, edges), engine="neato"), "graphviz"


def chosen_layout(nodes: Sequence[NetNode], layout: NetworkLayout) -> str:
    """Who draws the network picture: ``none`` (no nodes), ``circle`` or ``graphviz``."""
    if not nodes:
        return "none"
    if layout == "circle" or (layout == "auto" and shutil.which("dot") is None):
        return "circle"
    return "graphviz"
