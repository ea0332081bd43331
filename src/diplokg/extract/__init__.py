"""Draft an annotation for an article nobody has annotated yet.

:func:`extract_annotation` reads a plain-text news article and writes a draft
annotation in the same YAML format as a curated one (``NAME.ann.yaml``), so
that ``convert``, ``validate``, ``build`` and every stored query work on it
unchanged and a person can review it as a diff. Each drafted fact carries a
``confidence`` (0–1) and the ``rule`` that produced it, so a reviewer can sort
by doubt.

It is rule-based, offline and deterministic: regular expressions over the
text, the shared entity registry when one is given, and the built-in
:mod:`diplokg.gazetteer` of states, capitals, demonyms and organisations. No
model or data is downloaded. The same text always gives byte-identical YAML.

What it finds (see README, "Draft annotations"):

- persons and organisations, with role appositions ("US Secretary of State
  Antony Blinken", "Wang Yi, the chief diplomat of …"), capitals standing for
  their states, acronyms with their expansions, one entity under several names
  (surname only, role only, a misspelling within a small edit distance, a
  one-word fragment that stands where a surname was mistranslated);
- direct quotes in curly, straight or single quotes with the speaker before or
  after them, and the chain of sources that relayed them;
- meetings, conferences, visits (held or planned) and absences;
- statements, communiqués and reports; agreements with their kind, status and
  duration; accusations and criticism with hedges and negation;
- absolute and relative dates, resolved by :func:`diplokg.model.dates.resolve`.

The package's modules, lowest first (each imports only those before it; the rule modules
never import one another):

- ``words``: word lists kept as data files, and patterns made of them;
- ``regexes``: the rule modules' regexes kept as data files (read through ``RX``);
- ``text``: the text model (tokens, words, sentences, quote spans, scans);
- ``patterns``: patterns and word lists shared by several fact kinds;
- ``lexicon``: the names known before reading (gazetteer and registry);
- ``state``: the working records and the class holding them;
- ``clauses``: clause helpers shared by the fact kinds (the rule classes' base);
- ``entities``, ``names``, ``positions``, ``quotes``, ``statements``, ``meetings``,
  ``visits``, ``agreements``, ``accusations``: one module per fact kind (``names``: the
  capitalised names), its regexes in ``data/regexes/<module>.yaml``;
- ``extractor``: the rule classes composed into one;
- ``steps``: the ordered steps, each with what it needs and provides, and the run;
- ``draft``: the YAML writer, measured confidences and the public functions.

>>> import datetime as dt
>>> draft = extract_annotation(
...     "Foreign Minister Ana Lima met her Peruvian counterpart Jorge Paz in Lima yesterday.",
...     article_id="example", published=dt.date(2024, 3, 5), publisher=None, registry=None)
>>> [sorted(r.key for r in e.participants) for e in draft.annotation.events]
[['ana-lima', 'jorge-paz']]
"""

from __future__ import annotations

from diplokg.extract.draft import (
    MAX_ARTICLE_BYTES,
    Draft,
    FolderDraft,
    draft_path,
    extract_annotation,
    extract_file,
    extract_folder,
)

__all__ = [
    "MAX_ARTICLE_BYTES",
    "Draft",
    "FolderDraft",
    "draft_path",
    "extract_annotation",
    "extract_file",
    "extract_folder",
]
