"""The text model: tokens, words, sentences, paragraphs and quote spans of one article.

:class:`TextModel` reads a text once (its tokens, its lower-cased words with an index of
the head words every :class:`Scan` needs, its sentences and quoted stretches) and answers
where things are; :meth:`TextModel.scan` tries a whole-text pattern only near its head
words. Nothing here knows a rule or a fact kind: every rule module reads the text through
this class."""

from __future__ import annotations

import bisect
import importlib
import itertools
import re
import unicodedata
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from diplokg.extract.regexes import RX, RegexEntry, ScanSpec, regex_entries


def _token_pattern(text: str) -> re.Pattern[str]:
    """:data:`RX.TOKEN`, or what finds the same tokens faster in ``text``."""
    return RX.TOKEN_NO_UNDERSCORE if "_" not in text else RX.TOKEN


# The same in a group: ``split`` gives the tokens with what lies between them.
_TOKEN_SPLIT = re.compile(f"({RX.TOKEN.pattern})")
_TOKEN_SPLIT_NO_UNDERSCORE = re.compile(f"({RX.TOKEN_NO_UNDERSCORE.pattern})")


def _token_splitter(text: str) -> re.Pattern[str]:
    """:data:`_TOKEN_SPLIT`, or what splits ``text`` the same way faster."""
    return _TOKEN_SPLIT_NO_UNDERSCORE if "_" not in text else _TOKEN_SPLIT


# Letters IGNORECASE matches to ASCII letters that lower() does not turn into them.
_CASE_ODD_CHARS = "\u0130\u0131\u017f\u212a"
_LOWER_WORD_CHARS = "abcdefghijklmnopqrstuvwxyz’'-"  # what its matches are made of


@dataclass(frozen=True)
class Scan:
    """Where a whole-text pattern can match, so that it is tried only there (Extractor.scan).

    Every match starts at a word and holds one of ``heads`` (whole words, lower-cased), or
    with ``digits`` a word starting with a digit, no more than ``chunks`` white-space-
    separated chunks after its start (0: the match starts at that word). A word missing
    here is a match missed: where a match starts with the head, :func:`first_words` reads
    the heads off the pattern (:func:`group_words` where they start a named group inside
    it, :func:`last_words` where they end it); others are made from the word list that
    makes the pattern (:mod:`diplokg.extract.words`) or listed by hand, with the reason
    beside them. The tests check each scan against the pattern's own ``finditer`` on the
    development set and variants of it.

    With ``underscore``, a match may also start at a "_" (``\\w`` takes it: no word of
    :meth:`Extractor.scan` starts there): a text with one is searched everywhere. With
    ``capitals`` (and ``chunks``), a match starts at a capital A-Z, which may be inside a
    word ("eBay"): it is tried at each capital of those chunks. Heads in ``far`` may be
    ``far_chunks`` chunks after the start instead (fewer tries for the other heads).
    """

    pattern: re.Pattern[str]
    heads: frozenset[str]
    chunks: int = 0
    digits: bool = False
    underscore: bool = False
    capitals: bool = False
    far: frozenset[str] = frozenset()
    far_chunks: int = 0

    def __post_init__(self) -> None:
        _SCAN_HEADS.update(self.heads | self.far)  # the words Extractor._read_words indexes


_SCAN_HEADS: set[str] = set()  # the head words of every Scan

_PARSER = importlib.import_module("re._parser")  # the parser re.compile itself uses
_SRE = importlib.import_module("re._constants")
_MAX_SPELLINGS = 5000
# Classes that never hold a word's character: they end the word before them.
_NOT_WORD = frozenset({_SRE.CATEGORY_SPACE, _SRE.CATEGORY_NOT_WORD})
_Spelled = set[tuple[str, bool]]  # words spelled so far, each with whether it has ended


def head_scan(pattern: re.Pattern[str], *, chunks: int = 0) -> Scan:
    """The :class:`Scan` of a pattern whose every match starts with a word it spells out.

    Its heads are read off the pattern (:func:`first_words`), the way most scans are made.
    """
    return Scan(pattern, first_words(pattern), chunks=chunks)


def indexed_words(words: Iterable[str]) -> frozenset[str]:
    """``words`` (whole words, lower-cased), indexed in every text as a scan's heads are:
    the heads of :meth:`TextModel.scan_spaced`."""
    heads = frozenset(words)
    _SCAN_HEADS.update(heads)
    return heads


def first_words(pattern: re.Pattern[str]) -> frozenset[str]:
    """Every word (lower-cased) a match of ``pattern`` can start with: a scan's head words.

    Read off the parse ``re.compile`` makes of the pattern, so a scan's heads cannot fall
    out of step with its pattern. A word is a run of letters and digits, as
    :class:`TextModel` indexes them. Raises ValueError where a match may start with a word
    the pattern does not spell out (``\\w+``, ``[A-Z]``, ``.`` there): such a scan lists
    its heads itself.
    """
    ends = _after(list(_PARSER.parse(pattern.pattern, pattern.flags)), {("", False)}, False)
    if any(not word for word, _ in ends):
        raise ValueError(f"a match of {pattern.pattern[:40]!r}… may start without a word")
    return frozenset(word.lower() for word, _ in ends)


def group_words(pattern: re.Pattern[str], name: str) -> frozenset[str]:
    """Every word (lower-cased) the group ``name`` of ``pattern`` can start with: the heads
    of a scan whose key word is inside the match ("had harsh (?P<noun>criticism) of").

    Read off the parse as :func:`first_words` reads a match's first words (the group's
    own words only: what follows the group does not lengthen them). Raises ValueError
    where the group may start with a word it does not spell out, or may be empty.
    """
    index = pattern.groupindex[name]
    group = _group_items(list(_PARSER.parse(pattern.pattern, pattern.flags)), index)
    if group is None:
        raise ValueError(f"no group {name!r} in {pattern.pattern[:40]!r}…")
    ends = _after(group, {("", False)}, False)
    if any(not word for word, _ in ends):
        raise ValueError(f"group {name!r} of {pattern.pattern[:40]!r}… may start without a word")
    return frozenset(word.lower() for word, _ in ends)


def _group_items(items: list[Any], index: int) -> list[Any] | None:
    """The parsed items of group ``index`` among ``items`` (at any depth), or None."""
    sre = _SRE
    for op, av in items:
        if op is sre.SUBPATTERN and av[0] == index:
            return list(av[-1])
        subs: list[Any] = []
        if op is sre.SUBPATTERN:
            subs = [av[-1]]
        elif op is sre.BRANCH:
            subs = list(av[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            subs = [av[2]]
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            subs = [av[1]]
        for sub in subs:
            found = _group_items(list(sub), index)
            if found is not None:
                return found
    return None


def last_words(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Every word a match of ``pattern`` can end with, before the white space (and other
    characters that are no word's) at its end, spelled as the pattern spells it, sorted.

    For a pattern anchored at the end of a text (``…\\s+$``): a text that ends in none of
    these, then such characters, cannot match (see ``_may_end_with``). Raises ValueError
    as :func:`first_words` does.
    """
    ends = _after(list(_PARSER.parse(pattern.pattern, pattern.flags)), {("", False)}, True)
    if any(not word for word, _ in ends):
        raise ValueError(f"a match of {pattern.pattern[:40]!r}… may end without a word")
    return tuple(sorted({word for word, _ in ends}))


def _after(items: list[Any], words: _Spelled, backwards: bool) -> _Spelled:
    """The words spelled so far after ``items`` (read ``backwards``: before them)."""
    for op, av in reversed(items) if backwards else items:
        words = {
            spelled
            for word, ended in words
            for spelled in ({(word, True)} if ended else _spell(op, av, word, backwards))
        }
        if len(words) > _MAX_SPELLINGS:
            raise ValueError("too many spellings to list")
    return words


def _spell(op: Any, av: Any, word: str, backwards: bool) -> _Spelled:
    """What one parsed item does to a word spelled so far (not ended)."""
    sre = _SRE
    if op is sre.LITERAL or op is sre.IN:
        out: _Spelled = set()
        for kind, value in [(op, av)] if op is sre.LITERAL else av:
            if kind is sre.LITERAL and chr(value).isalnum():
                out.add((chr(value) + word if backwards else word + chr(value), False))
            elif kind is sre.LITERAL or (kind is sre.CATEGORY and value in _NOT_WORD):
                # no word's character: it ends the word (read backwards, the white space at
                # the end of a match comes before any word)
                out.add((word, bool(word) or not backwards))
            else:
                raise ValueError(f"a class that may hold a word's character: {kind} {value}")
        return out
    if op is sre.SUBPATTERN:
        return _after(list(av[-1]), {(word, False)}, backwards)
    if op is sre.BRANCH:
        return {w for alt in av[1] for w in _after(list(alt), {(word, False)}, backwards)}
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, item = av
        found: _Spelled = {(word, False)} if low == 0 else set()
        seen: _Spelled = set()
        now = {(word, False)}
        for count in range(1, high + 1):
            now = {w for w in now if w[1]} | _after(
                list(item), {w for w in now if not w[1]}, backwards
            )
            if count >= low:
                found |= now
            if now <= seen:
                break
            seen |= now
            if count > 50:
                raise ValueError("a repeated item may go on spelling the word")
        return found
    if op is sre.AT:
        ending = (sre.AT_BOUNDARY, sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
        return {(word, bool(word) and av in (*ending, sre.AT_END, sre.AT_END_STRING))}
    if op is sre.ASSERT:
        direction, sub = av
        if (direction < 0) != backwards or not word:
            return {(word, False)}  # it looks at what was read already
        beyond = _after(list(sub), {(word, False)}, backwards)
        return {(word, all(ended for _, ended in beyond))}
    if op is sre.ASSERT_NOT:
        return {(word, False)}
    raise ValueError(f"cannot list the words of a match at {op}")


@lru_cache(maxsize=1024)
def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, once per pattern.

    The rules use a few hundred small patterns written where they are used, each tried
    hundreds of times per article; ``re.search(pattern, …)`` looks the pattern up in the
    ``re`` module's cache through two Python calls every time, which costs more than most
    of these searches. The cache is bounded: some patterns hold an article's own words (a
    name, a surname, a document's label), about three new ones per article, and an
    unbounded cache kept every one of them for the life of a build's worker.
    """
    return re.compile(pattern, flags)


def comma_gap_start(text: str, pos: int) -> int:
    """Where the gap ``\\s*,?\\s*`` that ends at ``pos`` begins (the start a pattern
    opening with that gap would match at). A pattern that opens with it, searched through
    a long run of spaces, tries every space and backtracks over the run from each: the
    search looks for what follows and steps back over the gap here instead."""
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i > 0 and text[i - 1] == ",":
        i -= 1
        while i > 0 and text[i - 1].isspace():
            i -= 1
    return i


def dateline_end(text: str, lo: int, pos: int) -> int:
    """Where the subject of the line of ``pos`` starts when the line opens with a dateline
    ("WASHINGTON – ") at or after ``lo``, else ``lo``: the city is never who the sentence
    is about (a title line above it may share the sentence)."""
    line_start = max(lo, text.rfind("\n", 0, pos) + 1)
    if line_start and text[line_start - 1] != "\n":
        return lo
    m = RX.LINE_DATELINE.match(text, line_start, pos)
    return lo if m is None else m.end()


def _fold(token: str) -> str:
    return token.replace("’", "'")


def singular(plural: str) -> str:
    """A title or noun told in the plural, in the singular: its last word's "-ies" made
    "-y", else its "-s" dropped ("Education Ministers", "Ministries": "Education
    Minister", "Ministry")."""
    return plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]


def unaccented(word: str) -> str:
    """``word`` case-folded, without its accents ("Poiré": "poire"), as a name written
    both ways compares."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Word tokens with offsets; possessive 's split off; abbreviations keep their final dot."""
    folded = _fold(text)  # the same length: offsets hold, and tokens come out folded
    out: list[tuple[int, int, str]] = []
    append = out.append
    n = len(folded)
    for m in _token_pattern(folded).finditer(folded):
        tok = m.group()
        if "'" not in tok and "." not in tok:  # most words
            append((m.start(), m.end(), tok))
            continue
        s, e = m.span()
        if len(tok) > 2 and tok[-2] == "'" and tok[-1] == "s":
            append((s, e - 2, tok[:-2]))
            append((e - 2, e, "'s"))
        elif "." in tok and e < n and folded[e] == ".":
            append((s, e + 1, tok + "."))
        else:
            append((s, e, tok))
    return out


_QUOTE_CLOSE = {"“": "”", '"': '"', "«": "»"}


def _mixed_close(text: str, i: int, j: int) -> int:
    """Where a quote opened at ``i`` closes when its marks are mixed, one straight and one
    curly ('"I appreciate the visit,” X said.', '“We agree," X said.'): the other kind's
    close on the same line, before any mark of the same kind (``j``, -1 if none) and
    before another opening; ``j`` when there is none."""
    line_end = text.find("\n", i + 1)
    line_end = len(text) if line_end == -1 else line_end
    hi = line_end if j == -1 else min(j, line_end)
    if text[i] == '"':
        k = text.find("”", i + 1, hi)
        if k != -1 and "“" not in text[i + 1 : k]:
            return k
        return j
    cm = RX.STRAIGHT_CLOSE.search(text, i + 1, hi)
    # ('“He said "no" to us,”': a straight pair inside is a quote within the quote)
    if cm is not None and not any(c in text[i + 1 : cm.start()] for c in '“"'):
        return cm.start()
    return j


#: (opening, closing, whether the span ends at the closing match's end or its start)
_ASCII_SINGLE_STYLES = (
    (RX.ASCII_SINGLE_OPEN, RX.ASCII_SINGLE_CLOSE, True),
    (RX.ASCII_SINGLE_AFTER_SAY, RX.ASCII_SINGLE_CLOSE_MID, False),
)


@cache
def _chunks_back(count: int) -> re.Pattern[str]:
    """Matches, in a reversed text, white space and then a chunk of non-space, ``count`` times."""
    return re.compile(rf"(?:\s*\S*){{{count}}}")


def _matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` tried at ``starts`` (in text order), skipping what a
    match took, as ``finditer`` does."""
    pos = 0
    for start in starts:
        if start < pos:
            continue
        m = pattern.match(text, start)
        if m is not None:
            pos = m.end()
            yield m


class TextModel:
    """One article's text, read once: tokens, words, sentences, paragraphs, quotes, scans."""

    def __init__(self, text: str, first: Container[str]) -> None:
        """Read ``text``; ``first`` holds the tokens a known name may start with."""
        self.text = text
        # Where each head word of a scan starts (in text order), and every word that starts
        # with a digit: indexed while reading the words, for every scan (see scan). Only
        # head words: no scan looks any other word up.
        self._word_index: dict[str, list[int]] = {}
        self._digit_words: list[int] = []
        self._read_words(first)
        self._sentences()
        self._quote_spans()
        self._lower_words: dict[str, bool] = {}  # see in_lower_case
        self._newlines = [m.start() for m in re.finditer("\n", text)]
        self._stripped_lines: dict[int, str] = {}  # see line_text

    def line_span(self, pos: int) -> tuple[int, int]:
        """The line around ``pos``: ``text.rfind("\\n", 0, pos) + 1`` and
        ``text.find("\\n", pos)`` (the text's end if none), by bisection over the newlines
        (rules ask it of every capitalised run, and a text may be one line)."""
        k = bisect.bisect_left(self._newlines, pos)
        start = self._newlines[k - 1] + 1 if k else 0
        return start, self._newlines[k] if k < len(self._newlines) else len(self.text)

    def line_text(self, pos: int) -> str:
        """The line around ``pos`` (see line_span), stripped; read once per line."""
        start, end = self.line_span(pos)
        line = self._stripped_lines.get(start)
        if line is None:
            line = self._stripped_lines[start] = self.text[start:end].strip()
        return line

    def _read_words(self, first: Container[str]) -> None:
        """The tokens (as :func:`tokens` gives them: see :attr:`toks`) and the words (see
        :attr:`words`) for :meth:`scan` in one pass, then the index of scans' head words.

        Kept as lists of starts, ends and texts rather than a tuple for each: the rules
        read them by position, and a few hundred tuples an article cost to make and free.
        """
        text = self.text
        lowered = text.lower()
        # (four `in` tests: far cheaper than a pattern searched over the whole text)
        exact = len(lowered) == len(text) and not any(ch in text for ch in _CASE_ODD_CHARS)
        folded = _fold(text)  # the same length: offsets hold, and tokens come out folded
        n = len(folded)
        tok_starts: list[int] = []  # the tokens, as three lists (no tuple for each)
        tok_ends: list[int] = []
        tok_list: list[str] = []
        known: list[int] = []  # the tokens a name the lexicon knows may start with
        words: list[str] = []
        word_starts: list[int] = []
        # The index of head words (see __init__), made from the words at the end.
        heads, index, digits = _SCAN_HEADS, self._word_index, self._digit_words
        # The text split at its tokens, [gap, token, gap, …, token, gap]: where each token
        # starts and ends follows from the lengths, with no match object made for each.
        parts = _token_splitter(folded).split(folded)
        e = len(parts[0])
        for k in range(1, len(parts), 2):
            tok = parts[k]
            s = e
            e += len(tok)
            if tok.isalnum():  # one run of letters and digits: most words
                if tok in first:
                    known.append(len(tok_list))
                tok_starts.append(s)
                tok_ends.append(e)
                tok_list.append(tok)
                words.append(tok.lower())
                word_starts.append(s)
                e += len(parts[k + 1])
                continue
            for r in RX.WORD_RUN.finditer(lowered, s, e):
                words.append(r.group())
                word_starts.append(r.start())
            if len(tok) > 2 and tok[-2] == "'" and tok[-1] == "s":
                pieces = [(s, e - 2, tok[:-2]), (e - 2, e, "'s")]
            elif "." in tok and e < n and folded[e] == ".":
                pieces = [(s, e + 1, tok + ".")]
            else:
                pieces = [(s, e, tok)]
            for ps, pe, pt in pieces:
                if pt in first:
                    known.append(len(tok_list))
                tok_starts.append(ps)
                tok_ends.append(pe)
                tok_list.append(pt)
            e += len(parts[k + 1])
        for p, w in zip(word_starts, words, strict=True):
            if w in heads:
                if w in index:
                    index[w].append(p)
                else:
                    index[w] = [p]
            # (ASCII letters and digits: a digit is <= "9"; others: isdigit says)
            if w[0] <= "9" or (w[0] > "\x7f" and w[0].isdigit()):
                digits.append(p)
        self._tok_starts = tok_starts
        self._tok_ends = tok_ends
        self._tok_list = tok_list
        self._known_starts = known
        self._exact = exact  # (where not, scans search the whole text)
        self._word_starts = word_starts  # where each word starts
        self._word_list = words  # and the word (lower-cased)
        self._reversed: str | None = None  # the text reversed (on use)

    @property
    def toks(self) -> list[tuple[int, int, str]]:
        """The tokens as :func:`tokens` gives them: (start, end, text)."""
        return list(zip(self._tok_starts, self._tok_ends, self._tok_list, strict=True))

    @property
    def words(self) -> list[tuple[int, str]] | None:
        """Each run of letters and digits, lower-cased, with where it starts (None where
        lower-casing cannot stand for IGNORECASE)."""
        return list(zip(self._word_starts, self._word_list, strict=True)) if self._exact else None

    def in_lower_case(self, word: str) -> bool:
        """Whether the text uses ``word`` in lower case: is it in ``RX.LOWER_WORD.findall(text)``.

        The rules ask about a dozen words an article; finding every match to answer them
        cost more than the rest of reading the text. Instead, each place ``word`` occurs is
        checked for what ``findall`` finds there: matches hold only a-z ’ ' -, so none runs
        across a character outside those, and reading from the last such character before
        the place gives the same matches as reading from the start of the text.
        """
        found = self._lower_words.get(word)
        if found is not None:
            return found
        found = False
        if "a" <= word[:1] <= "z" and not word.strip(_LOWER_WORD_CHARS):
            text = self.text
            i = text.find(word)
            while i != -1 and not found:
                found = self._lower_word_at(i) == word
                i = text.find(word, i + 1)
        self._lower_words[word] = found
        return found

    def _lower_word_at(self, i: int) -> str | None:
        """The match of ``RX.LOWER_WORD.findall(text)`` that starts at ``i``, if one does."""
        text = self.text
        lo = i
        while lo > 0 and text[lo - 1] in _LOWER_WORD_CHARS:
            lo -= 1
        pos = lo
        for p in range(lo, i + 1):
            # (a match starts with a-z, where \b holds: not right after a-z)
            if p >= pos and "a" <= text[p] <= "z" and (p == lo or text[p - 1] in "’'-"):
                m = RX.LOWER_WORD.match(text, p)
                if m is not None:
                    if p == i:
                        return m.group()
                    pos = m.end()
        return None

    # -- text structure ------------------------------------------------------

    def _sentences(self) -> None:
        text = self.text
        starts = [0]
        # ("[.!?][.!?]*" for "[.!?]+": a pattern that starts with a character (set) lets
        # the engine skip to where it can match)
        for m in _rx(r"[.!?][.!?]*[”\"’)]*(?=\s+[“\"‘(]?[A-Z0-9])|\n\n*").finditer(text):
            end = m.end()
            before = text[max(0, m.start() - 4) : m.start()]
            # (every alternative ends in a letter, at the end or before a final line break)
            if (
                m.group()[0] == "."
                and (before[-1:].isalpha() or before[-1:] == "\n")
                and _rx(
                    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|Prof|No|vs|etc|"
                    r"Adm|Capt|Cmdr|Maj|Brig|Sgt)|"
                    r"\b[A-Z]|\.[A-Z])$"
                ).search(before)
            ):
                continue
            if (
                m.group() == "."
                and _rx(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$").search(
                    text, max(0, m.start() - 5), m.start()
                )
                and _rx(r"\s+\d").match(text, m.end())
            ):
                continue  # a month said short before its day: "on Jan. 4 welcomed"
            if (
                m.group()[0] == "."
                and ")" not in m.group()
                and _rx(r"\b[ap]\.m$").search(before)
                and _rx(r"\([^()\n]{0,80}$").search(text, max(0, m.start() - 82), m.start())
            ):
                continue  # a time inside brackets: "(local time; 5:05 p.m. Japan time)"
            while end < len(text) and text[end] in " \t\n":
                end += 1
            if end < len(text) and end != starts[-1]:
                starts.append(end)
        self.sent_starts = starts
        self.sent_ends = [*starts[1:], len(text)]
        paras = [0]
        for m in _rx(r"\n\n*").finditer(text):
            paras.append(m.end())
        self.para_starts = paras

    def sent(self, pos: int) -> tuple[int, int]:
        """The sentence around ``pos`` (at most 1,500 characters either side: no sentence in
        the news is longer, and rules must not scan a text without full stops end to end)."""
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        if i < 0:
            i = 0
        start, end = self.sent_starts[i], self.sent_ends[i]
        return (
            start if start > pos - 1500 else pos - 1500,
            end if end < pos + 1500 else pos + 1500,
        )

    def para(self, pos: int) -> int:
        return bisect.bisect_right(self.para_starts, pos) - 1

    def _quote_spans(self) -> None:
        """Quoted stretches as (open, close) offsets of the marks: “…”, "…", «…», ‘…’."""
        text = self.text
        spans: list[tuple[int, int]] = []
        open_ended: set[int] = set()
        pos = 0
        for m in RX.QUOTE_OPEN.finditer(text):
            i = m.start()
            if i < pos:
                continue
            ch = m.group()
            if ch == "‘":
                if i > 0 and text[i - 1].isalnum():
                    continue
                cm = RX.SINGLE_CLOSE.search(text, i + 1, i + 1000)
                j = cm.start() if cm and "‘" not in text[i + 1 : cm.start()] else -1
            else:
                close = _QUOTE_CLOSE[ch]
                j = text.find(close, i + 1, i + 2000)
                j = _mixed_close(text, i, j) if ch in '“"' else j
                if ch == "“":
                    k = text.find("“", i + 1, j if j != -1 else i + 2000)
                    if k != -1:
                        j = -1
                    if j == -1:
                        # A quote running on into the next paragraph opens each of its
                        # paragraphs and closes only the last: this one ends with its line.
                        # (It may open mid-paragraph: 'X said: “I was pleased …' when the
                        # next paragraph opens with a mark.)
                        nl = text.find("\n", i + 1)
                        nl = len(text) if nl == -1 else nl
                        if (
                            (k == -1 or nl < k)
                            and "”" not in text[i + 1 : nl]
                            and (i == 0 or text[i - 1] == "\n" or RX.NEXT_OPENS.match(text, nl))
                        ):
                            j = nl
                            open_ended.add(i)
            if ch == '"' and "''" in text[i + 1 : j if j != -1 else i + 2000]:
                # a typewriter close of two apostrophes ('"says something about X''
                # in …'): the quote ends there, within its line
                k = text.find("''", i + 1, j if j != -1 else i + 2000)
                if "\n" not in text[i + 1 : k]:
                    j = k + 1  # (the second apostrophe: the first is no part of the words)
            if ch == '"' and j != -1:
                nl = text.find("\n", i + 1, j)
                if nl != -1 and RX.NEXT_OPENS_STRAIGHT.match(text, nl):
                    # the same convention with straight marks: '"The EU …\n\n"While …'
                    j = nl
                    open_ended.add(i)
            if j != -1:
                spans.append((i, j))
                pos = j + 1
        # Straight single quotes, two house styles: a paragraph opening with one ("'The
        # region matters,' Mr Peters said."), to the first ,' .' !' ?' of its line; and one
        # straight after a verb of saying ("X told reporters 'the mood was good'"), to the
        # first ' after a word or a stop, before a space or a stop, on its line.
        if "'" in text:
            for opens, closes, at_end in _ASCII_SINGLE_STYLES:
                # (whether a span holds i, by bisection: the spans so far in order, the
                # furthest close of each and those before it; and the furthest close of
                # this style's spans, which all open before i)
                before = sorted(spans)
                starts = [a for a, _ in before]
                reach = list(itertools.accumulate((b for _, b in before), max))
                added_reach = -1
                for om in opens.finditer(text):
                    i = om.end() - 1
                    k = bisect.bisect_right(starts, i) - 1
                    if (k >= 0 and reach[k] >= i) or added_reach >= i:
                        continue
                    line_end = text.find("\n", i)
                    cm = closes.search(text, i + 1, len(text) if line_end == -1 else line_end)
                    if cm is not None:
                        spans.append((i, cm.end() - 1 if at_end else cm.start()))
                        added_reach = max(added_reach, spans[-1][1])
            spans.sort()
        self.qspans = [(a, b) for a, b in spans if b - a > 1]
        self.open_quotes = open_ended
        self.q_open = [a for a, _ in self.qspans]
        self.q_longest = max((b - a for a, b in self.qspans), default=0)

    def scan(self, spec: Scan) -> Iterator[re.Match[str]]:
        """The matches of ``spec.pattern.finditer(self.text)``, trying it at few places.

        The pattern is tried only at the words of the ``spec.chunks`` white-space-separated
        chunks before each head word (see :class:`Scan`), in text order, skipping what a
        match took, as ``finditer`` does: a few dozen tries cost much less than letting the
        pattern try every character of the text.
        """
        if not self._exact or (spec.underscore and "_" in self.text):
            yield from spec.pattern.finditer(self.text)
            return
        index = self._word_index
        found = [index[w] for w in spec.heads if w in index]
        if spec.digits:
            found.append(self._digit_words)
        far = [index[w] for w in spec.far if w in index]
        if not found and not far:
            return
        at = found[0] if len(found) == 1 else sorted(set(itertools.chain.from_iterable(found)))
        text = self.text
        if spec.chunks or far:
            if self._reversed is None:
                self._reversed = text[::-1]
            starts, rev, end = self._word_starts, self._reversed, len(text)
            tried: set[int] = set()
            for heads, count in ((at, spec.chunks), (itertools.chain(*far), spec.far_chunks)):
                if not count:
                    tried.update(heads)
                    continue
                back = _chunks_back(count)
                for head in heads:
                    # back over as many white-space-separated chunks, reading the text reversed
                    chunks = back.match(rev, end - head)  # (always a match: it may be empty)
                    lo = end - chunks.end() if chunks else head
                    if spec.capitals:
                        tried.update(i for i in range(lo, head + 1) if "A" <= text[i] <= "Z")
                    else:
                        tried.update(
                            starts[
                                bisect.bisect_left(starts, lo) : bisect.bisect_right(starts, head)
                            ]
                        )
            at = sorted(tried)
        yield from _matches_at(spec.pattern, text, at)

    def scan_in(self, spec: Scan, piece: str, offset: int) -> Iterator[re.Match[str]]:
        """The matches of ``spec.pattern.finditer(piece)``; ``piece`` is the text from ``offset``.

        For a scan of ``chunks`` 0: tried at the start of ``piece`` (which may cut a word)
        and at its head words, as :meth:`scan` does over the whole text.
        """
        if not self._exact or spec.chunks or spec.digits or (spec.underscore and "_" in piece):
            yield from spec.pattern.finditer(piece)
            return
        starts = self._word_starts
        end = offset + len(piece)
        heads = spec.heads
        tried = [0]
        lo, hi = bisect.bisect_right(starts, offset), bisect.bisect_left(starts, end)
        for p, w in zip(starts[lo:hi], self._word_list[lo:hi], strict=True):
            if w in heads or p + len(w) > end:  # (a word the piece cuts: tried too)
                tried.append(p - offset)
        yield from _matches_at(spec.pattern, piece, tried)

    def quotes_closing_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The quoted stretches whose closing mark is at ``lo`` or after, before ``hi``, in
        text order: found among those opening at most the longest one's length before
        ``lo`` (by bisection), not by a pass over every quotation of the text."""
        first = bisect.bisect_left(self.q_open, lo - self.q_longest)
        last = bisect.bisect_left(self.q_open, hi)
        return [s for s in self.qspans[first:last] if lo <= s[1] < hi]

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.q_open, pos) - 1
        return i >= 0 and self.qspans[i][0] < pos < self.qspans[i][1]

    def scan_spaced(
        self, pattern: re.Pattern[str], heads: frozenset[str], *, back: int
    ) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(self.text)`` for a pattern whose every match
        starts at the white space right after a word ("(?<=\\w)\\s+…") and holds one of
        ``heads`` (made by :func:`indexed_words`) as its first word or no more than ``back``
        words after it: tried only at the white space before each of those words.

        Every place a match can start is tried, in text order, skipping what a match took:
        what ``finditer`` finds, without trying the pattern at every character.
        """
        text = self.text
        if not self._exact:
            yield from pattern.finditer(text)
            return
        index, starts = self._word_index, self._word_starts
        at: set[int] = set()
        for word in heads:
            for head in index.get(word, ()):
                i = bisect.bisect_left(starts, head)
                for q in starts[max(0, i - back) : i + 1]:
                    k = q
                    while k and text[k - 1].isspace():  # (str.isspace is what \s takes)
                        k -= 1
                    if k < q:
                        at.add(k)
        yield from _matches_at(pattern, text, sorted(at))

    def scan_unquoted(self, spec: Scan) -> Iterator[re.Match[str]]:
        """The matches of :meth:`scan` that start outside every quotation: what a
        quotation says of others is the speaker's claim, not the narrator's fact."""
        return (m for m in self.scan(spec) if not self.in_quote(m.start()))


class Scans:
    """The scans the regex files declare (an entry's ``scan``), by the entry's name:
    ``SCAN.CONCERN`` tries ``RX.CONCERN`` only near the head words read off it."""

    def __init__(self, scans: dict[str, Scan]) -> None:
        self.__dict__.update(scans)

    def __getattr__(self, name: str) -> Scan:
        """Only reached for a name no entry declares a scan for."""
        raise AttributeError(f"no regex {name!r} with a scan in src/diplokg/data/regexes/")


def _declared_scan(entry: RegexEntry, spec: ScanSpec) -> Scan:
    if spec.group is None:
        return head_scan(entry.pattern, chunks=spec.chunks)
    return Scan(entry.pattern, group_words(entry.pattern, spec.group), chunks=spec.chunks)


#: The declared scans, by name (made once: their heads are what the text model indexes).
SCAN = Scans({e.name: _declared_scan(e, e.scan) for e in regex_entries() if e.scan is not None})
