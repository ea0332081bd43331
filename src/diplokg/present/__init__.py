"""Presentation: pages people read, drawn from the graph.

:mod:`.docs` writes the ontology documentation. The review pages
(:mod:`diplokg.present.render`) belong to this layer too; they stay at the top of the
package while other work changes them.
"""
