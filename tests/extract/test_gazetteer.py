"""The built-in lexicon is well-formed: every entry a clean name of a known type."""

from __future__ import annotations

from diplokg.gazetteer import gazetteer
from diplokg.model.annotation import ENTITY_TYPES


def test_every_gazetteer_entry_has_a_known_type_and_clean_names() -> None:
    entries = gazetteer()
    assert len(entries) > 250
    for entry in entries:
        assert entry.type in ENTITY_TYPES, entry
        for name in (entry.name, *entry.aliases):
            assert name == name.strip() and name and "  " not in name, entry


def test_gazetteer_names_are_unique() -> None:
    names = [e.name for e in gazetteer()]
    assert len(names) == len(set(names))
