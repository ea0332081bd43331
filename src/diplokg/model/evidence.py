"""Find an annotation's evidence in the article text.

Annotations name evidence by its exact text; this module turns a
:class:`~diplokg.model.annotation.Selector` into character offsets (Unicode code
points, as Python indexes strings and as NIF counts). A text that starts or
ends with a letter or digit only matches at word boundaries, so ``US`` does
not match inside ``USB``.
"""

from __future__ import annotations

import re
import unicodedata

from diplokg.errors import EvidenceError
from diplokg.model.annotation import Selector
from diplokg.model.limits import shown

__all__ = ["find_occurrences", "locate", "whole_span"]

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def _pattern(needle: str) -> re.Pattern[str]:
    head = r"(?<!\w)" if needle[:1].isalnum() else ""
    tail = r"(?!\w)" if needle[-1:].isalnum() else ""
    return re.compile(head + re.escape(needle) + tail)


def _is_word(char: str) -> bool:
    """``\\w`` of the ``re`` module for one character."""
    return char.isalnum() or char == "_"


#: Zero-width joiner: joins the emoji on each side into one (a family, a profession).
_ZWJ = "\u200d"


def _joins(text: str, at: int) -> bool:
    """Whether the zero-width joiner at ``at`` joins two characters into one: an emoji
    sequence (a symbol after it). Between letters (``Wang`` U+200D ``Yi``, pasted from a
    web page) it joins nothing a reader sees, and a name beside it is whole."""
    return text[at] == _ZWJ and at + 1 < len(text) and unicodedata.category(text[at + 1]) == "So"


def _continues(text: str, at: int) -> bool:
    """Whether the character at ``at`` belongs to the character before it: a combining
    mark (an accent no precomposed letter holds), a zero-width joiner of an emoji
    sequence or an emoji skin-tone modifier."""
    char = text[at]
    return (
        unicodedata.category(char) in ("Mn", "Mc", "Me")
        or _joins(text, at)
        or "\U0001f3fb" <= char <= "\U0001f3ff"
    )


#: Below this code point no character continues the one before it (combining marks start
#: at U+0300): most characters of most texts are told apart by one comparison.
_FIRST_MARK = "\u0300"


def _joined_at(text: str, at: int) -> bool:
    """Whether ``at`` (0 < at < len(text)) falls inside a user-perceived character: the
    character there continues the one before it, or a joiner before it joins them."""
    if text[at] >= _FIRST_MARK and _continues(text, at):
        return True
    return text[at - 1] == _ZWJ and _joins(text, at - 1)


def _splits(text: str, begin: int, end: int) -> bool:
    """Whether the span ``[begin, end)`` of ``text`` cuts a user-perceived character:
    it ends before a combining mark or a joined character, or starts on one."""
    after = 0 < end < len(text) and _joined_at(text, end)
    return after or (0 < begin < end and text[begin] >= _FIRST_MARK and _continues(text, begin))


#: Regional indicator symbols: two of them are one flag (U+1F1EB U+1F1F7, France).
_REGIONAL = ("\U0001f1e6", "\U0001f1ff")


def _inside_flag(text: str, at: int) -> bool:
    """Whether ``at`` falls between the two regional indicators of one flag (counted in
    pairs from the start of their run, as Unicode's grapheme rules count them)."""
    low, high = _REGIONAL
    if not (0 < at < len(text) and low <= text[at] <= high and low <= text[at - 1] <= high):
        return False
    run = at - 1
    while run > 0 and low <= text[run - 1] <= high:
        run -= 1
    return (at - run) % 2 == 1


def _plain_at(text: str, at: int) -> bool:
    """Whether ``at`` is plainly between two characters: the text's ends, or a character
    below the first combining mark after one that is no joiner."""
    return not 0 < at < len(text) or (text[at] < _FIRST_MARK and text[at - 1] != _ZWJ)


def whole_span(text: str, begin: int, end: int) -> tuple[int, int]:
    """``[begin, end)`` widened to whole user-perceived characters: a letter with its
    combining marks (U+0301, the grapheme joiner U+034F, a variation selector), an emoji
    with its skin-tone modifier or the emoji a joiner joins it to, both halves of a flag.

    A span so widened is one :func:`find_occurrences` never refuses as a cut; it is what
    the extractor drafts, whatever offsets its rules found (they read letters, and stop
    before a mark). The characters are the ones the evidence check knows, which
    ``unicodedata`` tells exactly; Unicode's grapheme clusters join a few more (Hangul
    jamo, which text read in NFC does not hold; spacing vowels of Indic scripts,
    which a span only ends before when a rule stopped inside a word of that script).
    """
    size = len(text)
    begin, end = max(0, min(begin, size)), max(0, min(end, size))
    if _plain_at(text, begin) and _plain_at(text, end):
        return begin, end  # (most spans: one look at each end)
    while 0 < begin < size and (_joined_at(text, begin) or _inside_flag(text, begin)):
        begin -= 1
    while end < size and end > 0 and (_joined_at(text, end) or _inside_flag(text, end)):
        end += 1
    return begin, max(begin, end)


def find_occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of every word-bounded occurrence of ``needle`` in ``text``.

    The matches of :func:`_pattern`, found with ``str.find``: compiling a pattern
    for each evidence text took a sixth of the time of validating a corpus. A match
    that cuts a character in two (``Jose`` in ``Jose`` + U+0301, an emoji without its
    modifier) is none: its span would end inside what a reader sees as one letter.
    """
    if not needle:
        return [m.start() for m in _pattern(needle).finditer(text)]
    size, length = len(needle), len(text)
    head, tail = needle[0].isalnum(), needle[-1].isalnum()
    # (what _splits asks, the needle's part asked once: whether its first character may
    # continue the one before it, whether its last is a joiner)
    lead, joiner = needle[0] >= _FIRST_MARK, needle[-1] == _ZWJ
    starts: list[int] = []
    i = text.find(needle)
    while i >= 0:
        end = i + size
        after = text[end] if end < length else ""
        if (
            (head and i > 0 and _is_word(text[i - 1]))
            or (tail and after and _is_word(after))
            or (after >= _FIRST_MARK and _continues(text, end))
            or (joiner and after and _joins(text, end - 1))
            or (lead and i > 0 and _continues(text, i))
        ):
            i = text.find(needle, i + 1)  # not at a word boundary: look further on
            continue
        starts.append(i)
        i = text.find(needle, end)
    return starts


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFKC", value).translate(_QUOTES)
    return re.sub(r"\s+", " ", value).casefold()


def _not_found(text: str, selector: Selector) -> EvidenceError:
    hint = "check its spelling, spaces and quote marks against the article"
    folded_text, folded_needle = _fold(text), _fold(selector.text)
    needle = selector.text
    raw = [m.start() for m in re.finditer(re.escape(needle), text)] if needle else []
    if any(_splits(text, i, i + len(needle)) for i in raw):
        hint = (
            "it occurs only as part of a longer character (a letter and its combining "
            "accent, or a joined emoji): extend it to the whole character"
        )
    elif folded_needle in folded_text:
        hint = (
            "it occurs with different case, spacing or quote marks (’ vs ', “ vs \"): "
            "copy it from the article exactly"
        )
    return selector.src.error(
        f"evidence text not found in the article: {shown(selector.text)}; {hint}", EvidenceError
    )


def locate(text: str, selector: Selector) -> list[tuple[int, int]]:
    """The ``(begin, end)`` spans ``selector`` names in ``text``.

    Raises :class:`EvidenceError` at the selector's line when the text is not
    found, or occurs more than once without ``occurrence``/``prefix``.
    """
    starts = find_occurrences(text, selector.text)
    if not starts:
        raise _not_found(text, selector)
    if selector.prefix is not None:
        prefix = selector.prefix
        starts = [s for s in starts if text[max(0, s - len(prefix)) : s] == prefix]
        if not starts:
            raise selector.src.error(
                f"evidence text {shown(selector.text)} never follows the prefix {shown(prefix)}",
                EvidenceError,
            )
    size = len(selector.text)
    occ = selector.occurrence
    if occ == "all":
        chosen = starts
    elif occ is None:
        if len(starts) > 1:
            raise selector.src.error(
                f"evidence text {shown(selector.text)} occurs {len(starts)} times in the article; "
                f"add 'occurrence: N' (1 to {len(starts)}) or a 'prefix'",
                EvidenceError,
            )
        chosen = starts
    else:
        wanted = (occ,) if isinstance(occ, int) else occ
        bad = [n for n in wanted if n > len(starts)]
        if bad:
            raise selector.src.error(
                f"occurrence {bad[0]} of {shown(selector.text)} does not exist: the article has "
                f"{len(starts)}",
                EvidenceError,
            )
        chosen = [starts[n - 1] for n in wanted]
    return [(s, s + size) for s in chosen]
