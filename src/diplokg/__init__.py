"""diplokg: diplomatic news as an RDF knowledge graph people can trust.

Convert an article and its annotation into RDF (:func:`convert_files`),
validate it with SHACL (:func:`validate_graph`), build a whole folder into the
embedded store (:func:`build`) and ask the stored SPARQL queries
(:func:`run_query`). An article without an annotation is converted, validated
(:func:`run_validation`) or scored (:func:`evaluate_paths`) from a draft only when
given a :class:`Drafter`: :func:`draft_annotation` is the extractor's.
"""

from __future__ import annotations

import importlib
from typing import Any

#: The version, read by the build backend too (one place to change it).
__version__ = "0.1.0"

# Public names and the module each lives in. They are imported on first use
# (PEP 562), so that ``diplokg validate`` does not pay for the extractor, the
# page renderer and pySHACL it does not need: start-up counts in CI.
_EXPORTS = {
    "Drafter": "diplokg.model.annotation",
    "ArticleInputs": "diplokg.model.annotation",
    "draft_annotation": "diplokg.app.drafting",
    "ArticleGraph": "diplokg.rdf.convert",
    "convert_files": "diplokg.rdf.convert",
    "AnnotationError": "diplokg.errors",
    "DiplokgError": "diplokg.errors",
    "EndpointError": "diplokg.errors",
    "EvidenceError": "diplokg.errors",
    "InputError": "diplokg.errors",
    "QueryError": "diplokg.errors",
    "RdfSyntaxError": "diplokg.errors",
    "StoreError": "diplokg.errors",
    "ToolError": "diplokg.errors",
    "UnknownReferenceError": "diplokg.errors",
    "UnsupportedShapes": "diplokg.errors",
    "UsageError": "diplokg.errors",
    "EvaluationRun": "diplokg.evaluate.run",
    "Draft": "diplokg.extract",
    "extract_file": "diplokg.extract",
    "extract_folder": "diplokg.extract",
    "RenderedPage": "diplokg.present.review",
    "render_file": "diplokg.present.review",
    "write_docs": "diplokg.present.docs",
    "answer_remote_query": "diplokg.store.remote",
    "load_remote": "diplokg.store.remote",
    "Endpoint": "diplokg.store.remote",
    "evaluate_paths": "diplokg.evaluate.run",
    "BuildResult": "diplokg.app.build",
    "answer_query": "diplokg.app.build",
    "build": "diplokg.app.build",
    "QueryResult": "diplokg.store.queries",
    "StoredQuery": "diplokg.store.queries",
    "get_query": "diplokg.store.queries",
    "run_query": "diplokg.store.queries",
    "stored_queries": "diplokg.store.queries",
    "ValidationReport": "diplokg.validation.shacl",
    "ValidationResult": "diplokg.validation.shacl",
    "validate_graph": "diplokg.validation.shacl",
    "ValidationRun": "diplokg.validation.findings",
    "run_validation": "diplokg.validation.corpus",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'diplokg' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
