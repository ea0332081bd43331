"""RDF naming: the IRIs and namespaces diplokg mints (:mod:`.iris`, :mod:`.terms`).

The converter (:mod:`diplokg.convert`) and serialiser (:mod:`diplokg.output`) belong
to this layer too; they stay at the top of the package while other work changes them.
"""
