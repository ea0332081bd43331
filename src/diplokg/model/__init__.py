"""The model: what an article's annotation is, how it is read and written, and its parts.

Annotation types and their YAML (:mod:`.annotation`, :mod:`.annotation_yaml`,
:mod:`.yamlsrc`), dates (:mod:`.dates`), evidence spans (:mod:`.evidence`) and input
limits (:mod:`.limits`). It imports nothing of diplokg but :mod:`diplokg.errors`.
"""
