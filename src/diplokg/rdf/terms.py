"""Namespaces and IRI minting: the one place that knows how diplokg names things.

IRIs are deterministic functions of registry keys, article identifiers and
annotation ids, so the same input always gives the same graph and the same
entity in two articles gets the same IRI.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from rdflib import Graph, Namespace, URIRef

__all__ = [
    "BASE",
    "DK",
    "ENTITY_GRAPH",
    "ENTITY_NS",
    "NIF",
    "OA",
    "ONTOLOGY_GRAPH",
    "ORG",
    "PREFIXES",
    "PROV",
    "SCHEMA",
    "SEVERITIES",
    "SH",
    "WD",
    "article_iri",
    "bind_prefixes",
    "entity_iri",
    "fact_iri",
    "graph_iri",
    "iri_segment",
    "post_iri",
    "role_iri",
    "slugify",
    "span_iri",
]

from diplokg.rdf import iris

BASE = iris.BASE
DK = Namespace(iris.PREFIXES["dk"])
ONTOLOGY_GRAPH = URIRef(iris.ONTOLOGY_GRAPH)
#: Where shared entities, posts and roles are named: ``dkid:`` (``BASE/id/…``).
ENTITY_NS = iris.ENTITY_NS
#: The one named graph of a store that holds the descriptions of shared entities,
#: posts and roles, each triple once, however many articles restate it.
ENTITY_GRAPH = URIRef(iris.ENTITY_GRAPH)
NIF = Namespace(iris.PREFIXES["nif"])
OA = Namespace(iris.PREFIXES["oa"])
ORG = Namespace(iris.PREFIXES["org"])
PROV = Namespace(iris.PREFIXES["prov"])
SCHEMA = Namespace(iris.PREFIXES["schema"])
SH = Namespace("http://www.w3.org/ns/shacl#")
#: SHACL's severities (``sh:Violation`` ...) by local name, from most to least severe.
SEVERITIES = ("Violation", "Warning", "Info")
WD = Namespace(iris.PREFIXES["wd"])

#: Prefixes of diplokg output, in the order they are bound (plain strings: :mod:`diplokg.rdf.iris`).
PREFIXES: dict[str, str] = iris.PREFIXES

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def bind_prefixes(graph: Graph) -> None:
    """Bind the prefixes diplokg output uses, for readable Turtle."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by ``-``, for IRIs: *Foreign Minister* → ``foreign-minister``.

    >>> slugify("Diário de Notícias")
    'diario-de-noticias'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_SLUG.sub("-", ascii_text.lower()).strip("-")


def entity_iri(key: str) -> URIRef:
    """IRI of a registry entity (person, organisation, place), shared by all articles."""
    return URIRef(f"{ENTITY_NS}{key}")


def role_iri(label: str) -> URIRef:
    """IRI of a role such as *President*, independent of any organisation."""
    return URIRef(f"{ENTITY_NS}role/{slugify(label)}")


def post_iri(organization_key: str, role_label: str) -> URIRef:
    """IRI of a post: one role in one organisation (*President of China*)."""
    return URIRef(f"{ENTITY_NS}post/{organization_key}/{slugify(role_label)}")


#: ASCII characters an IRI path segment may hold as they are (RFC 3987 iunreserved and
#: sub-delims, ':' and '@'); '%', '/', '?', '#', space, quotes, '<', '\\' and controls are not.
_SEGMENT_ASCII = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@"
)


def iri_segment(text: str) -> str:
    """``text`` as one IRI path segment: unsafe characters percent-encoded as UTF-8.

    Letters, digits and marks of any script stay as they are (IRIs allow them), so
    ordinary file names give the IRIs they always gave.

    >>> iri_segment("000_7f87956a7e0403ad"), iri_segment('a b#"<%?'), iri_segment("Notícia")
    ('000_7f87956a7e0403ad', 'a%20b%23%22%3C%25%3F', 'Notícia')
    """
    return "".join(
        ch
        if ch in _SEGMENT_ASCII or (ord(ch) > 127 and unicodedata.category(ch)[0] in "LMN")
        else quote(ch, safe="")
        for ch in text
    )


def article_iri(article_id: str) -> URIRef:
    """IRI of a news article, from its identifier (the file name without extension)."""
    return URIRef(f"{BASE}article/{iri_segment(article_id)}")


def graph_iri(article_id: str) -> URIRef:
    """IRI of the named graph that holds one article's facts."""
    return URIRef(f"{BASE}graph/{iri_segment(article_id)}")


def fact_iri(article_id: str, local_id: str) -> URIRef:
    """IRI of a fact (or an article-local entity) read from one article."""
    return URIRef(f"{article_iri(article_id)}/{local_id}")


def span_iri(article_id: str, begin: int, end: int) -> URIRef:
    """NIF/RFC 5147 IRI of a text span, offsets in Unicode code points."""
    return URIRef(f"{article_iri(article_id)}#char={begin},{end}")
