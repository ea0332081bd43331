"""Any SPARQL 1.1 store over HTTP: :mod:`.http` (the endpoint, credentials, one keep-alive
client with retries), :mod:`.query` (the protocol, the store's default graph, the stored
queries) and :mod:`.load` (article graphs loaded per article or all or nothing).

The names a caller needs are here, each module's ``__all__``; see each module for what
it does.
"""

from __future__ import annotations

from diplokg.errors import EndpointError
from diplokg.store.remote import http, load, query
from diplokg.store.remote.http import *  # noqa: F403 - the names its __all__ lists
from diplokg.store.remote.load import *  # noqa: F403
from diplokg.store.remote.query import *  # noqa: F403

__all__ = ["EndpointError", *http.__all__, *load.__all__, *query.__all__]
