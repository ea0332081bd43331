"""HTML documentation of the diplokg ontology, with a class diagram and real examples.

Every class, property and named individual gets a section: its label and
definition, its alignments (``rdfs:subClassOf`` / ``rdfs:subPropertyOf`` to
schema.org, W3C ORG, PROV-O, Web Annotation, NIF, OWL-Time, SKOS), its place in
the hierarchy, its domain and range, and an example drawn from converted
articles (the seed article): a node of that class, or a triple with that
property, with the text it was read from. The class diagram is laid out by
Graphviz (``dot``) and inlined as SVG; the page needs no network.

pyLODE was considered and not used: it cannot show examples from instance
data, and the release on PyPI fails on import (it reads a ``pyproject.toml``
that its wheel does not ship).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from diplokg.errors import InputError, UsageError
from diplokg.model.annotation import ArticleInputs, Drafter, find_articles
from diplokg.present.graphviz import dot_attrs, dot_quote, graphviz_svg
from diplokg.present.templates import template_environment
from diplokg.present.views import Group
from diplokg.rdf.convert import convert_files
from diplokg.rdf.output import OutputSet, refuse_foreign_files
from diplokg.rdf.terms import DK, NIF, bind_prefixes
from diplokg.resources import resource_files
from diplokg.validation.shacl import load_ontology

__all__ = [
    "DocsResult",
    "Example",
    "Link",
    "OntologyDoc",
    "Term",
    "class_diagram_dot",
    "curie",
    "ontology_doc",
    "relations_dot",
    "render_docs",
    "write_docs",
]

SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
DCTERMS = Namespace("http://purl.org/dc/terms/")

#: Prefixes shown in the documentation, in the order of its namespace table.
DOC_PREFIXES: dict[str, str] = {
    "dk": str(DK),
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "nif": str(NIF),
    "time": "http://www.w3.org/2006/time#",
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "owl": str(OWL),
    "rdfs": str(RDFS),
    "rdf": str(RDF),
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dkid": "https://w3id.org/diplokg/id/",
}

_KINDS = (
    (OWL.Class, "class", "Classes"),
    (OWL.ObjectProperty, "object property", "Object properties"),
    (OWL.DatatypeProperty, "datatype property", "Datatype properties"),
    (OWL.AnnotationProperty, "annotation property", "Annotation properties"),
    (OWL.NamedIndividual, "individual", "Named individuals"),
)
_LONG_LITERAL = 160
_EXAMPLE_TRIPLES = 14


@dataclass(frozen=True)
class Link:
    """A term as a link: to its section here, or to its own vocabulary."""

    text: str
    href: str
    title: str
    internal: bool


@dataclass(frozen=True)
class Example:
    """A node or a triple from the example articles that shows a term in use."""

    subject: str
    label: str
    turtle: str
    evidence: str | None
    source: str
    via: Link | None = None


@dataclass(frozen=True)
class Term:
    """One class, property or individual of the ontology."""

    iri: str
    curie: str
    anchor: str
    kind: str
    label: str
    definition: str
    supers: tuple[Link, ...]
    alignments: tuple[Link, ...]
    subs: tuple[Link, ...]
    domain: tuple[Link, ...]
    range: tuple[Link, ...]
    characteristics: tuple[str, ...]
    disjoint: tuple[Link, ...]
    members: tuple[Link, ...]
    types: tuple[Link, ...]
    in_domain_of: tuple[Link, ...]
    in_range_of: tuple[Link, ...]
    kind_label: str | None
    example: Example | None
    depth: int = 0


#: A kind of term and its terms, in order.
Section = Group[Term]


@dataclass(frozen=True)
class OntologyDoc:
    """What the documentation page shows."""

    iri: str
    title: str
    description: str
    version: str
    license: str | None
    see_also: tuple[str, ...]
    sections: tuple[Section, ...]
    prefixes: tuple[tuple[str, str], ...]
    example_articles: tuple[str, ...]

    def count(self, key: str) -> int:
        """Number of terms of one kind (``class``, ``object property`` …)."""
        return sum(len(s.items) for s in self.sections if s.key == key)


@dataclass(frozen=True)
class DocsResult:
    """The documentation a run wrote."""

    out_dir: Path
    index: Path
    diagrams: tuple[Path, ...]
    ontology: Path
    classes: int
    properties: int
    individuals: int
    examples: int


def curie(iri: str) -> str:
    """``dk:Person`` for a term in a known namespace, else the IRI."""
    for prefix, ns in DOC_PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def _anchor(iri: str) -> str:
    return iri[len(str(DK)) :] if iri.startswith(str(DK)) else curie(iri).replace(":", "-")


@dataclass
class _Docs:
    ontology: Graph
    examples: Graph

    def label(self, node: Node) -> str:
        value = self.ontology.value(node, RDFS.label)
        return str(value) if value is not None else curie(str(node))

    def link(self, node: Node) -> Link:
        iri = str(node)
        if iri.startswith(str(DK)):
            return Link(curie(iri), f"#{_anchor(iri)}", self.label(node), True)
        return Link(curie(iri), iri, iri, False)

    def links(self, nodes: Iterable[Node]) -> tuple[Link, ...]:
        return tuple(
            self.link(n) for n in sorted({n for n in nodes if isinstance(n, URIRef)}, key=str)
        )

    def subjects_of_kind(self, kind: URIRef) -> list[URIRef]:
        found = {s for s in self.ontology.subjects(RDF.type, kind) if isinstance(s, URIRef)}
        return sorted((s for s in found if str(s).startswith(str(DK))), key=str)

    # -- examples ----------------------------------------------------------------

    def evidence_text(self, graph: Graph, node: Node) -> str | None:
        # By where they begin, then end (two spans may begin at one offset: the shorter
        # first, not whichever the hash seed put first), then by IRI.
        spans = sorted(
            graph.objects(node, DK.evidence),
            key=lambda s: (
                str(graph.value(s, NIF.beginIndex)).zfill(12),
                str(graph.value(s, NIF.endIndex)).zfill(12),
                str(s),
            ),
        )
        for span in spans:
            text = graph.value(span, NIF.anchorOf)
            if text is not None:
                return str(text)
        anchor = graph.value(node, NIF.anchorOf)
        return str(anchor) if anchor is not None else None

    def source(self, graph: Graph, node: Node) -> str:
        article = graph.value(node, DK.article)
        if article is None and (node, RDF.type, DK.NewsArticle) in graph:
            article = node
        ident = graph.value(article, DK.identifier) if article is not None else None
        return f"article {ident}" if ident is not None else "the ontology"

    def turtle(self, graph: Graph, triples: Sequence[tuple[Node, Node, Node]]) -> str:
        """Turtle of a few triples, long literals cut; ``art:`` abbreviates the article."""
        small = Graph()
        bind_prefixes(small)
        small.bind("skos", SKOS)
        subject = triples[0][0] if triples else None
        article = graph.value(subject, DK.article) if subject is not None else None
        if article is None and subject is not None and (subject, RDF.type, DK.NewsArticle) in graph:
            article = subject
        if article is not None:
            small.bind("art", Namespace(str(article) + "/"))
        for s, p, o in triples:
            if isinstance(o, Literal) and len(str(o)) > _LONG_LITERAL:
                o = Literal(str(o)[: _LONG_LITERAL - 1] + "…", lang=o.language, datatype=o.datatype)
            small.add((s, p, o))
        text = small.serialize(format="turtle")
        lines = [
            line
            for line in text.splitlines()
            if not line.startswith("@prefix") or line.startswith("@prefix art:")
        ]
        return "\n".join(lines).strip()

    def node_example(self, node: URIRef, via: URIRef | None, graph: Graph) -> Example:
        triples = sorted(graph.triples((node, None, None)))
        shown = triples[:_EXAMPLE_TRIPLES]
        turtle = self.turtle(graph, shown)
        if len(triples) > len(shown):
            turtle += f"\n# … and {len(triples) - len(shown)} more triples"
        return Example(
            subject=curie(str(node)),
            label=_node_label(graph, node),
            turtle=turtle,
            evidence=self.evidence_text(graph, node),
            source=self.source(graph, node),
            via=self.link(via) if via is not None else None,
        )

    def class_example(self, cls: URIRef, subclasses: Sequence[URIRef]) -> Example | None:
        for graph in (self.examples, self.ontology):
            for candidate in (cls, *subclasses):
                nodes = [n for n in graph.subjects(RDF.type, candidate) if isinstance(n, URIRef)]
                if nodes:
                    best = min(nodes, key=lambda n: (self.evidence_text(graph, n) is None, str(n)))
                    return self.node_example(best, None if candidate == cls else candidate, graph)
        return None

    def property_example(self, prop: URIRef) -> Example | None:
        for graph in (self.examples, self.ontology):
            uses = sorted(graph.subject_objects(prop))
            if uses:
                s, o = min(uses, key=lambda so: (self.evidence_text(graph, so[0]) is None, so))
                return Example(
                    subject=curie(str(s)),
                    label=f"{_node_label(graph, s)} → {_node_label(graph, o)}",
                    turtle=self.turtle(graph, [(s, prop, o)]),
                    evidence=self.evidence_text(graph, s),
                    source=self.source(graph, s),
                )
        return None

    def individual_example(self, node: URIRef) -> Example | None:
        uses = sorted(self.examples.subject_predicates(node))
        if not uses:
            return None
        s, p = min(uses, key=lambda sp: (self.evidence_text(self.examples, sp[0]) is None, sp))
        return Example(
            subject=curie(str(s)),
            label=f"{_node_label(self.examples, s)}: {self.label(p)} {self.label(node)}",
            turtle=self.turtle(self.examples, [(s, p, node)]),
            evidence=self.evidence_text(self.examples, s),
            source=self.source(self.examples, s),
        )


def _node_label(graph: Graph, node: Node) -> str:
    if isinstance(node, Literal):
        text = str(node)
        return text if len(text) <= 80 else text[:79] + "…"
    for prop in (DK.name, RDFS.label, NIF.anchorOf):
        value = graph.value(node, prop)
        if value is not None:
            return _node_label(graph, value)
    return curie(str(node))


def _closure(graph: Graph, start: URIRef, prop: URIRef, *, down: bool) -> list[URIRef]:
    """Terms reachable from ``start`` over ``prop`` (down: its sub-terms), nearest first."""
    seen: list[URIRef] = []
    todo = [start]
    while todo:
        node = todo.pop(0)
        nxt = graph.subjects(prop, node) if down else graph.objects(node, prop)
        for other in sorted(n for n in nxt if isinstance(n, URIRef)):
            if other not in seen and other != start:
                seen.append(other)
                todo.append(other)
    return seen


def ontology_doc(
    ontology: Graph, examples: Graph, *, example_articles: Sequence[str] = ()
) -> OntologyDoc:
    """Read every term of ``ontology``, with examples from ``examples``."""
    d = _Docs(ontology, examples)
    onto = next(iter(sorted(ontology.subjects(RDF.type, OWL.Ontology), key=str)), None)
    if onto is None:
        raise InputError("the ontology has no owl:Ontology header")
    domain_of: dict[Node, list[Node]] = defaultdict(list)
    range_of: dict[Node, list[Node]] = defaultdict(list)
    for prop, cls in ontology.subject_objects(RDFS.domain):
        domain_of[cls].append(prop)
    for prop, cls in ontology.subject_objects(RDFS.range):
        range_of[cls].append(prop)

    sections = []
    for kind_iri, kind, title in _KINDS:
        sub_prop = RDFS.subClassOf if kind == "class" else RDFS.subPropertyOf
        terms = []
        for node in _ordered(d, kind_iri, sub_prop):
            supers = list(ontology.objects(node, sub_prop)) if kind != "individual" else []
            inner = [s for s in supers if str(s).startswith(str(DK))]
            outer = [s for s in supers if not str(s).startswith(str(DK))]
            subs = list(ontology.subjects(sub_prop, node)) if kind != "individual" else []
            members: list[Node] = []
            for one_of in ontology.objects(node, OWL.oneOf):
                members += list(Collection(ontology, one_of))
            characteristics = tuple(
                name
                for t, name in (
                    (OWL.FunctionalProperty, "functional"),
                    (OWL.InverseFunctionalProperty, "inverse functional"),
                    (OWL.TransitiveProperty, "transitive"),
                    (OWL.SymmetricProperty, "symmetric"),
                )
                if (node, RDF.type, t) in ontology
            )
            if kind == "class":
                example = d.class_example(
                    node, _closure(ontology, node, RDFS.subClassOf, down=True)
                )
            elif kind == "individual":
                example = d.individual_example(node)
            else:
                example = d.property_example(node)
            disjoint = [
                *ontology.objects(node, OWL.disjointWith),
                *ontology.subjects(OWL.disjointWith, node),
            ]
            kind_label = ontology.value(node, DK.kindLabel)
            types = [t for t in ontology.objects(node, RDF.type) if t != OWL.NamedIndividual]
            terms.append(
                Term(
                    iri=str(node),
                    curie=curie(str(node)),
                    anchor=_anchor(str(node)),
                    kind=kind,
                    label=d.label(node),
                    definition=str(ontology.value(node, SKOS.definition) or ""),
                    supers=d.links(inner),
                    alignments=d.links(outer),
                    subs=d.links(subs),
                    domain=d.links(ontology.objects(node, RDFS.domain)),
                    range=d.links(ontology.objects(node, RDFS.range)),
                    characteristics=characteristics,
                    disjoint=d.links(disjoint),
                    members=d.links(members),
                    types=d.links(types) if kind == "individual" else (),
                    in_domain_of=d.links(domain_of.get(node, [])) if kind == "class" else (),
                    in_range_of=d.links(range_of.get(node, [])) if kind == "class" else (),
                    kind_label=str(kind_label) if kind_label is not None else None,
                    example=example,
                    depth=_depth(ontology, node, sub_prop) if kind != "individual" else 0,
                )
            )
        sections.append(Section(kind, title, tuple(terms)))
    license_node = ontology.value(onto, DCTERMS.license)
    return OntologyDoc(
        iri=str(onto),
        title=str(ontology.value(onto, DCTERMS.title) or ontology.value(onto, RDFS.label) or onto),
        description=str(ontology.value(onto, DCTERMS.description) or ""),
        version=str(ontology.value(onto, OWL.versionInfo) or ""),
        license=str(license_node) if license_node is not None else None,
        see_also=tuple(sorted(str(s) for s in ontology.objects(onto, RDFS.seeAlso))),
        sections=tuple(sections),
        prefixes=tuple(DOC_PREFIXES.items()),
        example_articles=tuple(example_articles),
    )


def _depth(ontology: Graph, node: URIRef, prop: URIRef) -> int:
    parents = [p for p in ontology.objects(node, prop) if str(p).startswith(str(DK))]
    if not parents:
        return 0
    return 1 + min(_depth(ontology, p, prop) for p in parents if isinstance(p, URIRef))


def _ordered(d: _Docs, kind: URIRef, prop: URIRef) -> list[URIRef]:
    """Terms of one kind, each after its first dk parent (depth first), else by label."""
    terms = d.subjects_of_kind(kind)
    if kind == OWL.NamedIndividual:
        # By class, then label. An individual has two types (owl:NamedIndividual and its
        # class): Graph.value picked one by the hash seed, so two runs ordered them apart.
        def classes(t: URIRef) -> list[str]:
            return sorted(str(c) for c in d.ontology.objects(t, RDF.type) if c != kind)

        return sorted(terms, key=lambda t: (classes(t), d.label(t)))
    members = set(terms)
    children: dict[URIRef | None, list[URIRef]] = defaultdict(list)
    for t in terms:
        parents = sorted(
            (p for p in d.ontology.objects(t, prop) if p in members and isinstance(p, URIRef)),
            key=str,
        )
        children[parents[0] if parents else None].append(t)
    order: list[URIRef] = []

    def visit(parent: URIRef | None) -> None:
        for child in sorted(children.get(parent, []), key=lambda t: d.label(t).lower()):
            if child not in order:
                order.append(child)
                visit(child)

    visit(None)
    return order


# ---------------------------------------------------------------------------
# The class diagram
# ---------------------------------------------------------------------------

_AGENT = URIRef("http://www.w3.org/ns/prov#Agent")


_FONT = "Helvetica,Arial,sans-serif"
_SINGLETONS_PER_ROW = 3


def _dot_head(name: str, rankdir: str) -> list[str]:
    return [
        f"digraph {name} {{",
        "  graph"
        + dot_attrs(
            {
                "rankdir": rankdir,
                "nodesep": "0.22",
                "ranksep": "0.5",
                "bgcolor": "transparent",
                "fontname": _FONT,
                "id": f"{name}-graph",
                "pad": "0.2",
            }
        )
        + ";",
        "  node" + dot_attrs({"shape": "plain", "fontname": _FONT, "fontsize": "11"}) + ";",
        "  edge" + dot_attrs({"fontname": _FONT, "fontsize": "9"}) + ";",
    ]


def _class_box(d: _Docs, cls: URIRef, datatype: Sequence[tuple[str, str]]) -> str:
    """A class as a DOT node: name, alignments, enumerated members, datatype properties."""
    ontology = d.ontology
    name = cls.removeprefix(str(DK))
    outer = sorted(
        curie(str(s))
        for s in ontology.objects(cls, RDFS.subClassOf)
        if not str(s).startswith(str(DK))
    )
    members = [
        m.removeprefix(str(DK))
        for o in ontology.objects(cls, OWL.oneOf)
        for m in Collection(ontology, o)
        if isinstance(m, URIRef)
    ]
    fill = "#fff6d6" if members else "#eef3fa"
    rows = [f'<tr><td bgcolor="{fill}"><b>{_html(name)}</b></td></tr>']
    if outer:
        rows.append(
            '<tr><td><font point-size="9" color="#6b7280">'
            f"⊑ {_html(', '.join(outer))}</font></td></tr>"
        )
    if members:
        rows.append(
            f'<tr><td><font point-size="9">{{ {_html(" | ".join(members))} }}</font></td></tr>'
        )
    for prop, rng in sorted(datatype):
        typed = f'<font color="#6b7280"> : {_html(rng)}</font>' if rng else ""
        rows.append(
            f'<tr><td align="left"><font point-size="9">{_html(prop)}{typed}</font></td></tr>'
        )
    label = (
        '<<table border="1" cellborder="0" cellspacing="0" cellpadding="3" color="#4b6a9b">'
        + "".join(rows)
        + "</table>>"
    )
    attrs = {"href": f"#{_anchor(str(cls))}", "tooltip": d.label(cls), "id": f"class-{name}"}
    return f"  {dot_quote(name)} [label={label}{_attr_tail(attrs)}];"


def class_diagram_dot(ontology: Graph) -> str:
    """The class hierarchy as a Graphviz diagram.

    Each dk class is a box with its alignments (⊑ external superclasses), the
    members of an enumeration, and its datatype properties; arrows with a
    hollow head are subclass axioms. Classes outside any hierarchy are set in
    rows, so that the picture is not one tall column.
    """
    d = _Docs(ontology, Graph())
    classes = d.subjects_of_kind(OWL.Class)
    datatype: dict[Node, list[tuple[str, str]]] = defaultdict(list)
    for prop in d.subjects_of_kind(OWL.DatatypeProperty):
        ranges = ", ".join(curie(str(r)) for r in ontology.objects(prop, RDFS.range))
        for cls in ontology.objects(prop, RDFS.domain):
            datatype[cls].append((prop.removeprefix(str(DK)), ranges))
    lines = _dot_head("classes", "RL")
    lines += [_class_box(d, cls, datatype.get(cls, [])) for cls in classes]
    members = set(classes)
    linked: set[URIRef] = set()
    for cls in classes:
        for parent in _uris(ontology.objects(cls, RDFS.subClassOf)):
            if parent in members and isinstance(parent, URIRef):
                linked |= {cls, parent}
                lines.append(
                    f"  {dot_quote(cls.removeprefix(str(DK)))} -> "
                    f"{dot_quote(parent.removeprefix(str(DK)))}"
                    + dot_attrs(
                        {
                            "arrowhead": "onormal",
                            "color": "#4b6a9b",
                            "penwidth": "1.2",
                            "id": f"sub-{cls.removeprefix(str(DK))}-{parent.removeprefix(str(DK))}",
                        }
                    )
                    + ";"
                )
    alone = sorted((c for c in classes if c not in linked), key=lambda c: d.label(c).lower())
    for start in range(0, len(alone), _SINGLETONS_PER_ROW):
        row = [c.removeprefix(str(DK)) for c in alone[start : start + _SINGLETONS_PER_ROW]]
        for left, right in pairwise(row):
            lines.append(
                f"  {dot_quote(right)} -> {dot_quote(left)}"
                + dot_attrs({"style": "invis", "id": f"row-{right}-{left}"})
                + ";"
            )
    lines.append("}")
    return "\n".join(lines) + "\n"


def relations_dot(ontology: Graph) -> str:
    """The object properties as a Graphviz diagram: arrows from domain to range.

    ``prov:Agent`` stands for the range "any person or organisation".
    """
    d = _Docs(ontology, Graph())
    classes = set(d.subjects_of_kind(OWL.Class))
    edges = []
    for prop in d.subjects_of_kind(OWL.ObjectProperty):
        for dom in _uris(ontology.objects(prop, RDFS.domain)):
            for rng in _uris(ontology.objects(prop, RDFS.range)):
                if dom in classes and (rng in classes or rng == _AGENT):
                    edges.append((prop, dom, rng))
    used = sorted({n for _, dom, rng in edges for n in (dom, rng) if n in classes}, key=str)
    lines = _dot_head("relations", "LR")
    for cls in used:
        name = cls.removeprefix(str(DK))
        lines.append(
            f"  {dot_quote(name)}"
            + dot_attrs(
                {
                    "shape": "box",
                    "style": "filled",
                    "fillcolor": "#fff6d6" if (cls, OWL.oneOf, None) in ontology else "#eef3fa",
                    "color": "#4b6a9b",
                    "label": name,
                    "href": f"#{_anchor(str(cls))}",
                    "tooltip": d.label(cls),
                    "id": f"rel-{name}",
                }
            )
            + ";"
        )
    lines.append(
        f"  {dot_quote('prov:Agent')}"
        + dot_attrs(
            {
                "shape": "box",
                "style": "rounded,dashed",
                "label": "prov:Agent\n(person or organisation)",
                "fontsize": "10",
                "color": "#888888",
                "href": str(_AGENT),
                "id": "rel-prov-Agent",
            }
        )
        + ";"
    )
    for index, (prop, dom, rng) in enumerate(edges, start=1):
        target = "prov:Agent" if rng == _AGENT else rng.removeprefix(str(DK))
        lines.append(
            f"  {dot_quote(dom.removeprefix(str(DK)))} -> {dot_quote(target)}"
            + dot_attrs(
                {
                    "label": prop.removeprefix(str(DK)),
                    "color": "#b0752a",
                    "fontcolor": "#8a5a1c",
                    "arrowsize": "0.6",
                    "href": f"#{_anchor(str(prop))}",
                    "tooltip": d.label(prop),
                    "id": f"prop-{index}-{prop.removeprefix(str(DK))}",
                }
            )
            + ";"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def _uris(nodes: Iterable[Node]) -> list[URIRef]:
    return sorted(n for n in nodes if isinstance(n, URIRef))


def _html(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def _attr_tail(attrs: dict[str, str]) -> str:
    return "".join(f", {k}={dot_quote(v)}" for k, v in attrs.items())


# ---------------------------------------------------------------------------
# Writing the documentation
# ---------------------------------------------------------------------------


def render_docs(doc: OntologyDoc, *, classes_svg: str, relations_svg: str) -> str:
    """The documentation page (self-contained HTML, the diagrams inline)."""
    template = template_environment().get_template("docs.html.j2")
    return template.render(doc=doc, classes_svg=classes_svg, relations_svg=relations_svg)


def _example_graph(
    examples_dir: Path, registry: Path | None, draft: Drafter | None
) -> tuple[Graph, list[str]]:
    if not examples_dir.is_dir():
        raise UsageError(
            f"{examples_dir} is not a folder of articles: give --examples DIR "
            "(the seed articles, whose graph the examples are drawn from)"
        )
    texts = find_articles([examples_dir])
    if not texts:
        raise InputError("no articles (*.txt) to draw examples from", path=examples_dir)
    graph = Graph()
    bind_prefixes(graph)
    names = []
    for text in texts:
        article = convert_files(text, inputs=ArticleInputs(registry=registry), draft=draft)
        graph += article.graph
        names.append(article.article_id)
    return graph, names


def write_docs(
    out_dir: Path,
    *,
    examples_dir: Path,
    registry: Path | None = None,
    draft: Drafter | None = None,
) -> DocsResult:
    """Write the ontology documentation to ``out_dir``.

    ``OUT/index.html`` (self-contained, the diagrams inline), the diagrams
    alone as ``OUT/classes.svg`` and ``OUT/relations.svg``, and the ontology
    as ``OUT/diplokg.ttl``. Examples come from the articles in
    ``examples_dir``, converted with their annotations (or, without one, from
    ``draft``'s draft). Needs Graphviz.
    """
    index = out_dir / "index.html"
    diagrams = (out_dir / "classes.svg", out_dir / "relations.svg")
    ttl = out_dir / "diplokg.ttl"
    refuse_foreign_files((index, *diagrams, ttl), what="the documentation")
    examples, names = _example_graph(examples_dir, registry, draft)
    ontology = load_ontology()
    doc = ontology_doc(ontology, examples, example_articles=names)
    classes_svg = graphviz_svg(class_diagram_dot(ontology), engine="dot")
    relations_svg = graphviz_svg(relations_dot(ontology), engine="dot")
    html = render_docs(doc, classes_svg=classes_svg, relations_svg=relations_svg)
    (source,) = resource_files("ontology")
    with OutputSet(out_dir) as out:  # all four in place, or none
        for path, svg in zip(diagrams, (classes_svg, relations_svg), strict=True):
            out.write(path, _standalone_svg(svg).encode("utf-8"))
        out.write(ttl, source.read_bytes())
        out.write(index, html.encode("utf-8"))
        out.commit(last=(index,), what="the documentation")
    return DocsResult(
        out_dir=out_dir,
        index=index,
        diagrams=diagrams,
        ontology=ttl,
        classes=doc.count("class"),
        properties=doc.count("object property")
        + doc.count("datatype property")
        + doc.count("annotation property"),
        individuals=doc.count("individual"),
        examples=sum(1 for s in doc.sections for t in s.items if t.example is not None),
    )


def _standalone_svg(svg: str) -> str:
    """The inline SVG as a file of its own (with the XML declaration and a size)."""
    linked = svg.replace('xlink:href="#', 'xlink:href="index.html#')
    return '<?xml version="1.0" encoding="UTF-8"?>\n<!-- generator: diplokg -->\n' + linked
