"""Any SPARQL 1.1 store over HTTP: :mod:`.http` (the endpoint, credentials, one keep-alive
client with retries), :mod:`.query` (the protocol, the store's default graph, the stored
queries) and :mod:`.load` (article graphs loaded per article or all or nothing).

The names a caller needs are here; see each module for what it does.
"""

from __future__ import annotations

from diplokg.errors import EndpointError
from diplokg.store.remote.http import (
    ENV_AUTH,
    ENV_CONNECT_TIMEOUT,
    ENV_PASSWORD,
    ENV_TIMEOUT,
    ENV_TOKEN,
    ENV_USER,
    Credentials,
    Endpoint,
    shown_url,
)
from diplokg.store.remote.load import (
    LoadProgress,
    LoadReport,
    article_files,
    drop_graphs,
    graph_counts,
    list_graphs,
    load_remote,
    staged_term,
    staged_triple,
)
from diplokg.store.remote.query import (
    MAX_NAMED_GRAPHS,
    UNION_WAYS,
    DefaultGraph,
    answer_remote_query,
    bind_values,
    default_graph,
    run_remote_query,
    select,
    serialize_remote_result,
    write_remote_result,
    writes_as_diplokg,
)

__all__ = [
    "ENV_AUTH",
    "ENV_CONNECT_TIMEOUT",
    "ENV_PASSWORD",
    "ENV_TIMEOUT",
    "ENV_TOKEN",
    "ENV_USER",
    "MAX_NAMED_GRAPHS",
    "UNION_WAYS",
    "Credentials",
    "DefaultGraph",
    "Endpoint",
    "EndpointError",
    "LoadProgress",
    "LoadReport",
    "answer_remote_query",
    "article_files",
    "bind_values",
    "default_graph",
    "drop_graphs",
    "graph_counts",
    "list_graphs",
    "load_remote",
    "run_remote_query",
    "select",
    "serialize_remote_result",
    "shown_url",
    "staged_term",
    "staged_triple",
    "write_remote_result",
    "writes_as_diplokg",
]
