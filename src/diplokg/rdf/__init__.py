"""RDF: how diplokg names things and writes them.

:mod:`.iris` and :mod:`.terms` (the IRIs and namespaces diplokg mints), :mod:`.formats`
(the serialisations it reads and writes), :mod:`.convert` (an article and its annotation
to a graph, every fact tied to its text span) and :mod:`.output` (deterministic
serialisation and atomic file writes).
"""
