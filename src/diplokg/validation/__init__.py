"""Validation: SHACL engines, the per-article checks, corpus runs and their reports.

Engines: :mod:`.shacl` (pySHACL, the result types, shapes and ontology loading) and
:mod:`.shacl_fast` (the compiled engine). :mod:`.checks` checks one article or
registry, every problem located in its file; :mod:`.findings` holds the finding and
run types. A corpus run (:mod:`.corpus`) finds its :mod:`.units`, keeps the
:mod:`.changed` ones, checks and validates them in :mod:`.workers`, places the results
in the sources (:mod:`.placing`) and compares a :mod:`.baseline`; :mod:`.report` writes
the run, one module per format.
"""
