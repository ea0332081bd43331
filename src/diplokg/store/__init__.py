"""Where graphs are kept and asked: the embedded pyoxigraph store (:mod:`.embedded`),
the stored SPARQL queries and their output formats (:mod:`.queries`), and any SPARQL 1.1
store reached over HTTP (:mod:`.remote`). The three share one layer: each may use the
others, and nothing below them (``convert``, ``rdf``, ``model``) may use them."""
