"""diplokg: diplomatic news as an RDF knowledge graph people can trust.

Convert an article and its annotation into RDF (:func:`convert_files`),
validate it with SHACL (:func:`validate_graph`), build a whole folder into the
embedded store (:func:`build`) and ask the stored SPARQL queries
(:func:`run_query`).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("diplokg")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

from diplokg.convert import ArticleGraph, convert_files
from diplokg.errors import (
    AnnotationError,
    DiplokgError,
    EvidenceError,
    InputError,
    QueryError,
    RdfSyntaxError,
    StoreError,
    UnknownReferenceError,
    UsageError,
)
from diplokg.pipeline import BuildResult, answer_query, build
from diplokg.queries import QueryResult, StoredQuery, get_query, run_query, stored_queries
from diplokg.validate import ValidationReport, ValidationResult, validate_graph

__all__ = [
    "AnnotationError",
    "ArticleGraph",
    "BuildResult",
    "DiplokgError",
    "EvidenceError",
    "InputError",
    "QueryError",
    "QueryResult",
    "RdfSyntaxError",
    "StoreError",
    "StoredQuery",
    "UnknownReferenceError",
    "UsageError",
    "ValidationReport",
    "ValidationResult",
    "__version__",
    "answer_query",
    "build",
    "convert_files",
    "get_query",
    "run_query",
    "stored_queries",
    "validate_graph",
]
