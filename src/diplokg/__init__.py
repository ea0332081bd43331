"""diplokg: diplomatic news as an RDF knowledge graph people can trust.

Convert an article and its annotation into RDF (:func:`convert_files`),
validate it with SHACL (:func:`validate_graph`), load it into a store and ask
the stored SPARQL queries.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("diplokg")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
