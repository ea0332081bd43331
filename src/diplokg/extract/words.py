"""The extractor's word lists, kept as data: ``src/diplokg/data/lexicon/words-*.tsv``.

Each file holds one entry a line (lower case, sorted, no duplicates; an entry of several
words has one space between them), and ``tests/extract/test_word_lists.py`` checks them.
Where a pattern and a word set both need a list (the words a pattern matches, and the
head words its :class:`~diplokg.extract.text.Scan` looks for), both are made from the
one list here: :func:`alternation` for the pattern, the list itself for the set.
"""

from __future__ import annotations

from diplokg.resources import resource_dir

#: The word lists read so far (every file should be: the test checks).
LOADED: set[str] = set()


def word_list(name: str) -> tuple[str, ...]:
    """The entries of ``words-NAME.tsv``, in the file's order."""
    LOADED.add(name)
    path = resource_dir("lexicon") / f"words-{name}.tsv"
    return tuple(path.read_text(encoding="utf-8").splitlines())


def alternation(entries: tuple[str, ...]) -> str:
    r"""The entries as the alternatives of a pattern, grouped by first letter:
    "c(?:alled\s+for|alls)|s(?:aid|ays)" (``\s+`` between words).

    One test of the first letter rules out every other group, where a flat list would try
    each entry in turn. In a group the longest comes first: of two entries where one
    starts the other ("called", "called for"), a pattern must try the longer first, or it
    never matches it whole. Entries are lower-case words (the test checks), so no
    character needs escaping.
    """
    groups: dict[str, list[str]] = {}
    for entry in sorted(entries, key=lambda entry: (-len(entry), entry)):
        groups.setdefault(entry[0], []).append(entry[1:].replace(" ", r"\s+"))
    return "|".join(
        first + rests[0] if len(rests) == 1 else f"{first}(?:{'|'.join(rests)})"
        for first, rests in sorted(groups.items())
    )
