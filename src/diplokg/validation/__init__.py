"""Validation: SHACL engines, the per-article checks, corpus runs and their reports.

:mod:`.shacl` (pySHACL, the report types, shapes and ontology loading),
:mod:`.shacl_fast` (the compiled engine), :mod:`.checks` (one article or registry,
every problem located in its file), :mod:`.corpus` (a whole run, baseline, workers)
and :mod:`.report` (findings, and the run written as text, JSON, SARIF, JUnit ...).
"""
