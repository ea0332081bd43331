"""Presentation: pages people read, drawn from the graph.

The review pages (``diplokg render``, and the pages of ``diplokg build``):

- :mod:`.review` puts a page together (:func:`~.review.review_data`,
  :func:`~.review.render_file`, :func:`~.review.write_pages`) and writes the index;
- :mod:`.views` holds what a page shows, the frozen dataclasses the templates read;
- :mod:`.reader` looks things up in the article graph and the ontology;
- :mod:`.facts`, :mod:`.issues`, :mod:`.highlight`, :mod:`.timeline` and
  :mod:`.network` fill the page's parts: the facts panel and entities, the
  validation results, the highlighted text, the timeline and the network picture;
- :mod:`.graphviz` runs Graphviz and quotes DOT; :mod:`.templates` loads the Jinja2
  templates and the assets they inline.

:mod:`.docs` writes the ontology documentation.
"""
