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

>>> import datetime as dt
>>> draft = extract_annotation(
...     "Foreign Minister Ana Lima met her Peruvian counterpart Jorge Paz in Lima yesterday.",
...     article_id="example", published=dt.date(2024, 3, 5), publisher=None, registry=None)
>>> [sorted(r.key for r in e.participants) for e in draft.annotation.events]
[['ana-lima', 'jorge-paz']]
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache, lru_cache
from operator import attrgetter
from pathlib import Path
from string import ascii_letters
from typing import Any

from rapidfuzz.distance import Levenshtein

from diplokg.errors import DiplokgError, InputError, UsageError
from diplokg.gazetteer import BODY_STATES, ORG_HEADS, PLACE_HEADS, gazetteer, states
from diplokg.model.annotation import (
    Annotation,
    Registry,
    article_sources,
    load_metadata,
    load_registry,
)
from diplokg.model.annotation_yaml import write_annotation
from diplokg.model.dates import Resolution, resolve
from diplokg.model.yamlsrc import read_text
from diplokg.rdf.terms import slugify

__all__ = [
    "MAX_ARTICLE_BYTES",
    "Draft",
    "FolderDraft",
    "draft_path",
    "extract_annotation",
    "extract_file",
    "extract_folder",
]

#: Largest article the extractor reads: a long news article is 20–50 kB, and the rules
#: are meant for one article, not a book (it would take minutes).
MAX_ARTICLE_BYTES = 200_000

_PERSON_TYPES = frozenset({"person", "diplomat"})
_MEDIA = "media"


def _words(text: str) -> list[str]:
    """The whitespace-separated words of a word-list literal."""
    return text.split()


def _spellings(pattern: str) -> list[str]:
    """Every text a simple pattern matches: letters, [..] sets, (?:..|..) groups, ?, |.

    Used to list the words a pattern of verbs can start with (see _SPEECH_FIRST); any
    other syntax raises ValueError, so the list cannot silently miss a spelling.
    """

    def alternation(i: int) -> tuple[list[str], int]:
        out: list[str] = []
        seq = [""]
        while i < len(pattern) and pattern[i] != ")":
            ch = pattern[i]
            if ch == "|":
                out += seq
                seq = [""]
                i += 1
                continue
            if pattern.startswith("(?:", i):
                opts, i = alternation(i + 3)
                i += 1  # the ")"
            elif ch == "[":
                end = pattern.index("]", i)
                opts = list(pattern[i + 1 : end])
                i = end + 1
            elif ch.isalpha():
                opts = [ch]
                i += 1
            else:
                raise ValueError(f"not a simple pattern: {pattern!r} at {i}")
            if pattern[i : i + 1] == "?":
                opts = [*opts, ""]
                i += 1
            seq = [a + b for a in seq for b in opts]
        return out + seq, i

    spellings, end = alternation(0)
    if end != len(pattern):
        raise ValueError(f"not a simple pattern: {pattern!r} at {end}")
    return spellings


@dataclass(frozen=True)
class Draft:
    """A drafted annotation: its YAML text and what the annotation loader makes of it."""

    annotation: Annotation
    yaml: str


def draft_path(article_id: str) -> Path:
    """The name a draft annotation goes by in positions and error messages."""
    return Path(f"{article_id}.draft.ann.yaml")


# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------

_SPEECH_WORDS = (
    "said|says|say|saying|added|adds|adding|told|tells|telling|stated|states|declared|declares|"
    "declaring|announced|announces|stressed|stresses|stressing|underlined|underlines|"
    "underlining|underscored|underscores|emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing|insisted|"
    "insists|insisting|warned|warns|warning|noted|notes|noting|argued|argues|arguing|claimed|"
    "claims|claiming|explained|explains|wrote|writes|tweeted|posted|recalled|recalls|"
    "recalling|read|"
    "reads|defended|defends|affirmed|affirms|asserted|asserts|maintained|maintains|reiterated|"
    "reiterates|urged|urges|urging|called\\s+for|calls\\s+for|calling\\s+for|called|calls|"
    "described|describes|describing|compared|compares|comparing|denounced|denounces|condemned|"
    "condemns|critici[sz]ed|critici[sz]es|accused|accuses|replied|replies|responded|responds|"
    "answered|retorted|acknowledged|admitted|conceded|promised|promises|vowed|vows|pledged|"
    "pledges|cited|cites|citing|suggested|proposed|observed|remarked|commented|assured|"
    "confirmed|confirms|denied|denies|hailed|praised|welcomed|lamented|complained|demanded|"
    "demands|asked|labell?ed|termed|branded|dubbed|spoke|speaking|continued|concluded|"
    "predicted|admitted|boasted|conceded|agreed|went\\s+on|shot\\s+back|fired\\s+back|"
    "rejected|dismissed|confided|offered|thanked|expressed|voiced|lamented|complained"
)
_SPEECH = re.compile(rf"\b(?:{_SPEECH_WORDS})\b")
# Every word a _SPEECH match starts with ("called" of "called\s+for"), lower-cased.
_SPEECH_FIRST = frozenset(
    w.lower() for alt in _SPEECH_WORDS.split("|") for w in _spellings(alt.split("\\s", 1)[0])
)
_SAY_AFTER = re.compile(
    r"\s*(?:(?:he|she|they|it)\s+)?(?:said|says|added|adds|stated|declared|told|wrote|"
    r"insisted|stressed|underlined|warned|noted|explained|continued|recalled|replied|"
    r"argued|asked|concluded|affirmed|reiterated|emphasi[sz]ed|explained|tweeted|"
    r"announced|claimed|maintained|asserted|underscored|defended)\b"
)
_PRONOUNS = {"he": "person", "she": "person", "they": "any", "it": "org"}
_ROLE_HEADS = (
    r"President|Vice[- ]President|Prime\s+Minister|Premier|Chancellor|Minister|Secretary|"
    r"Secretary[- ]General|Envoy|Ambassador|King|Queen|Crown\s+Prince|Prince|Emperor|Sultan|"
    r"Emir|Sheikh|Chairman|Chairwoman|Chair|Commissioner|Representative|Spokesperson|"
    r"Spokesman|Spokeswoman|Leader|Governor|Mayor|Senator|General|Admiral|Director|"
    r"Director[- ]General|Speaker|Pope|Lieutenant|Colonel|Marshal|Judge|Prosecutor|"
    r"Attorney\s+General|Negotiator|Adviser|Advisor|Counsellor|Counselor|Councilor|Councillor|"
    r"Deputy|Consul|"
    r"Chief\s+of\s+Staff|Head\s+of\s+State|Head\s+of\s+Government|Policy\s+Chief|"
    r"Affairs\s+Chief"
)
_ROLE_MODS = (
    r"Deputy|Vice|Acting|Special|Senior|Chief|Interim|Former|former|First|Foreign|Defen[cs]e|"
    r"Finance|Trade|Treasury|Interior|Economy|Economic|Energy|Health|Justice|Climate|"
    r"Presidential|Prime|Supreme|Executive|High|Permanent|Grand|Security|National|Top|Lead|"
    r"Principal|Assistant|Under|Foreign\s+Affairs|External\s+Affairs|Home|Agriculture|Education|Environment|"
    r"Transport|Industry|Labou?r|Culture|Development|Migration|European|Secretary|Information|"
    r"Communications|Tourism|Fisheries|Water|Housing|Planning|Science|Technology|Sports|Youth|"
    r"Mining|Petroleum|Immigration|Social|Digital|Infrastructure|Commerce|State|Policy|Mission|"
    r"Public|Department"
)
# The words a minister's portfolio is made of ("Minister of Foreign Affairs and Trade",
# "State Minister of Finance", "Minister of State for Trade Policy"): never a state's or an
# organisation's name on their own, and a title may list several of them.
_PORTFOLIO_WORDS = frozenset(
    _words(
        """
        Affairs Agriculture Budget Climate Commerce Communications Cooperation Co-operation
        Culture Defence Defense Development Digital Economy Economic Education Employment
        Energy Environment External Finance Fisheries Foreign Health Home Housing Humanitarian
        Immigration Industry Information Infrastructure Insular Integration Interior Internal
        International Investment Justice Labour Labor Lands Legal Migration Mining Multilateral
        Operations Peace Peacebuilding Peacekeeping Political Disarmament Management Support
        Petroleum Planning Policy Public Regional Relations Resources Revenue Rural Science
        Security Social Sports Technology Tourism Trade Transport Treasury Urban Water Welfare
        Women Works Youth
        """
    )
)
# (grouped by first letter: one test of it rules most of the alternatives out)
_PORTFOLIO_WORD = (
    "(?:"
    + "|".join(
        f"{first}(?:"
        + "|".join(sorted((w[1:] for w in _PORTFOLIO_WORDS if w[0] == first), key=len)[::-1])
        + ")"
        for first in sorted({w[0] for w in _PORTFOLIO_WORDS})
    )
    + ")"
)
_PORTFOLIO_LIST = rf"{_PORTFOLIO_WORD}(?:(?:,?\s+and\s+|,\s+|\s+){_PORTFOLIO_WORD}){{1,4}}(?![\w-])"
_ROLE_OF = (
    rf"{_PORTFOLIO_LIST}|"
    r"State|Foreign\s+Affairs|Defen[cs]e|the\s+Treasury|Treasury|Climate|Finance|Trade|"
    r"Economy|Energy|Health|Justice|the\s+Interior|Interior|Home\s+Affairs|Foreign\s+Affairs"
    r"\s+and\s+Security\s+Policy|External\s+Affairs|Commerce|Agriculture|Education|"
    r"[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?"
)
_ROLE_TITLE = (
    rf"(?:(?:{_ROLE_MODS})[ -]+)*(?:{_ROLE_HEADS})(?:\s+(?:of|for)\s+(?:{_ROLE_OF}))?"
    r"(?:(?:(?<=Ambassador)|(?<=Representative))\s+to\s+(?:the\s+)?"  # where posted
    r"(?:United\s+[A-Z][a-z]+|European\s+Union|[A-Z][\w’'-]*)(?=\s))?"
    rf"(?:\s+for\s+(?:{_PORTFOLIO_LIST}|{_PORTFOLIO_WORD}(?![\w-])))?"
)
_ROLE_TITLE_RE = re.compile(_ROLE_TITLE)


def _literal_prefix(alternative: str) -> str:
    """The letters every match of a simple pattern (no groups) starts with."""
    letters = alternative[: len(alternative) - len(alternative.lstrip(ascii_letters))]
    if alternative[len(letters) : len(letters) + 1] in ("?", "*", "{"):
        letters = letters[:-1]  # "Labou?r": "Labor" too
    return letters


# What a title starts with (a cheap test before _ROLE_TITLE_RE, tried at many words).
_ROLE_TITLE_PREFIXES = tuple(
    sorted({_literal_prefix(a) for a in f"{_ROLE_MODS}|{_ROLE_HEADS}".split("|")})
)
# The same by first letter: ``word.startswith(_ROLE_TITLE_PREFIXES)`` tries every prefix.
_ROLE_TITLE_PREFIXES_BY_FIRST = {
    first: tuple(p for p in _ROLE_TITLE_PREFIXES if p[0] == first)
    for first in {p[0] for p in _ROLE_TITLE_PREFIXES}
}


def _may_start_title(word: str) -> bool:
    """``word.startswith(_ROLE_TITLE_PREFIXES)`` (no prefix is empty)."""
    return word.startswith(_ROLE_TITLE_PREFIXES_BY_FIRST.get(word[:1], ()))


_ROLE_HEADS_RE = re.compile(_ROLE_HEADS)
_NON_SPACE = re.compile(r"[^\s]+")
_ROLE_BEFORE_NAME = re.compile(rf"(?:^|(?<=[\s(“\"‘]))({_ROLE_TITLE})\s+$")
_LOWER_ROLE = (
    r"secretary\s+of\s+state|foreign\s+minister|minister\s+of\s+foreign\s+affairs|"
    r"prime\s+minister|defen[cs]e\s+minister|finance\s+minister|president|vice[- ]president|"
    r"chancellor|premier|minister|chief\s+diplomat|top\s+diplomat|head\s+of\s+diplomacy|"
    r"diplomat|envoy|special\s+envoy|ambassador|spokesperson|spokesman|spokeswoman|"
    r"secretary[- ]general|leader|king|queen|treasury\s+secretary|official|negotiator|"
    r"foreign\s+secretary|high\s+representative|special\s+adviser|permanent\s+representative|"
    r"secretary"
)
# Where an ambassador or a representative is posted ("… to Peru", "… to the United
# Nations"): not the state or body the title belongs to.
_POSTED_TO = r"(?:\s+to\s+(?:the\s+)?(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3})?"
# "Minister of Finance", "Minister of Foreign Affairs and Trade", "Minister of State for
# Foreign Affairs" (in an apposition, whose patterns ignore case)
_MINISTER_OF = (
    rf"Minister\s+of\s+(?:State(?:\s+for\s+(?:{_PORTFOLIO_LIST}|{_PORTFOLIO_WORD}))?|"
    rf"{_PORTFOLIO_LIST}|(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)?)"
)
_APPOS_POSS = r"(?P<poss>[A-Z][\w.’'-]*(?:\s+[A-Z][\w’'-]*)*)[’']s?"  # "China’s"
_LEFT_APPOS_REST = (
    r"\s+(?P<role>(?:(?!(?:of|the|to|its|his|her|their|said|says|and|who|that|is|was|has|had)\b)"
    r"[a-zA-Z-]+\s+){0,3}?(?:head\s+of\s+(?-i:[A-Z])[a-z]+\s+diplomacy|"
    + _LOWER_ROLE
    + r"|(?-i:[A-Z])[a-z]+\s+Minister|"
    + _MINISTER_OF
    + r"|head|special\s+rapporteur(?:\s+on(?:\s+[a-z]+){1,4}?)?)"
    r"(?:\s+of\s+(?P<of>(?:the\s+)?(?-i:[A-Z])[\w’'.-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w’'.-]*)*"
    r"))?)" + _POSTED_TO + r",\s+$"
)
_LEFT_APPOS = re.compile(
    rf"(?:(?P<the>\bthe|\bThe|\bits|\bIts)|{_APPOS_POSS}){_LEFT_APPOS_REST}", re.IGNORECASE
)
# The same where no possessive can be (no apostrophe): its "poss" group never matches.
_LEFT_APPOS_NO_POSS = re.compile(
    rf"(?:(?P<the>\bthe|\bThe|\bits|\bIts)|(?P<poss>(?!))){_LEFT_APPOS_REST}", re.IGNORECASE
)
_NOT_IN_APPOS = re.compile(r"[^\w\s’'.-]")  # what no _LEFT_APPOS match holds but its comma
_HEAD_OF_DIPLOMACY = re.compile(
    r"head\s+of\s+(?P<dem>[A-Z][a-z]+)\s+diplomacy|(?P<dem2>[A-Z][a-z]+)\s+(?:top|chief)"
    r"\s+diplomat"
)
_RIGHT_APPOS = re.compile(
    r"^,\s+(?:(?:the|a|an|its)\s+)?(?:(?P<poss>(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*)[’']s\s+)?"
    r"(?P<role>(?:(?:former|current|new|outgoing|incoming|deputy|acting|interim|special|"
    r"senior|chief|top)\s+)*(?:(?-i:[A-Z])[\w-]*\s+){0,3}?(?:"
    + _MINISTER_OF  # (first: the longest title, "Minister of Foreign Affairs and Trade")
    + r"|"
    + _LOWER_ROLE
    + r"|(?-i:[A-Z])[a-z]+\s+Minister))"
    r"(?:\s+(?:of|for|at)\s+(?P<of>(?:the\s+)?(?-i:[A-Z])[\w’'.-]*(?:\s+(?:of\s+|the\s+)*"
    r"(?-i:[A-Z])[\w’'.-]*)*))?(?=[\s,.;:)]|$)",
    re.IGNORECASE,
)
_PREDECESSOR = re.compile(r"\b(?:his|her|their)\s+(?:immediate\s+)?predecessor,?\s+$", re.I)
_FORMER = re.compile(r"\b(?:former|ex-|previous|then-)\s*$", re.I)

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DATE_RE = re.compile(
    r"\b(?:(?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))|"
    r"(?:yesterday|today|tomorrow|tonight)(?:[’']s)?|last\s+night|this\s+(?:morning|afternoon|evening)|"
    rf"(?:(?:on|last|next|this|coming)\s+)?(?:{_WEEKDAYS})|"
    rf"(?:on\s+)?(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
    rf"(?:on\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})(?:,?\s+\d{{4}})?|"
    r"in\s+the\s+(?:coming|next|following)\s+(?:days|weeks|months|years)|"
    r"(?:next|last|this|coming)\s+(?:week|month|year)|"
    r"\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)

_LOCATIVE = re.compile(
    r"(?:\b(?:in|to|from|at|into|near|outside|toward|towards|via|across|inside|around|"
    r"through|visit(?:ed|ing|s)?|arriv(?:ed|ing|es)\s+in|back\s+to)\s+)$",
    re.I,
)
# What _LOCATIVE's words end in, lower-cased ("arrived in": "in"; "back to": "to").
_LOCATIVE_ENDS = tuple(
    _words(
        """
        in to from at into near outside toward towards via across inside around through visit
        visited visiting visits
        """
    )
)

_COMMON_CAPS = frozenset(
    _words(
        """
        I A An The It Its In On At After Before Meanwhile However But And Or Nor So Yet This
        That These Those He She They We You His Her Their Our Your My Me Us Them Him Today
        Yesterday Tomorrow Source Sources According While When Where Whereas As For With Without
        From By Also Still Even Last Next Earlier Later Now Then Thus Therefore Moreover
        Furthermore Nevertheless Although Though Since Because If Despite During Speaking Asked
        Meeting Talks Mr Mrs Ms Dr Other Another Some Many Most Several Both Each Every All Any
        No Not Only Just Such What Which Who Whom Whose Why How There Here Once Until Unless
        Among Between Under Over About Against Amid Amidst Following Ahead Asked Instead Indeed
        Yes Perhaps Maybe Already Recently Finally First Second Third New Old Last Chinese
        Russian American Western Eastern Northern Southern Central Foreign Prime Minister
        President Secretary State Ministry Government Reporting Additional Editing Writing Photo
        Read Also Related Update Updated Breaking Analysis Opinion Editorial Comment Comments
        Note Notes Image Video Watch Listen Share Subscribe Advertisement Translated Translation
        Original Text Summary Background Context Timeline Reuters Report Statement Communiqué
        Declaration Agreement Treaty Pact Deal Summit Conference Forum Neighbouring Neighboring
        """
    )
)
_DAY_MONTH_WORDS = frozenset(
    [
        *(_MONTHS + "|" + _WEEKDAYS).split("|"),
        *["Today", "Yesterday", "Tomorrow", "Yesterday’s", "Today’s", "Tomorrow’s"],
    ]
)
_CONNECTORS = frozenset(
    _words(
        """
        of the for de da do dos das del della der den van von al el bin ibn le la du
        """
    )
)
_HONORIFIC_WORDS = frozenset(
    _words(
        """
        H.E. Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Dame Professor Prof. Sheikh Sheikha Madam
        Monsieur Madame Mme Mme. Lord Lady Excellency
        """
    )
)
_NAME_TOKEN = re.compile(
    r"^(?:(?:[AaEe]l-|(?:ad|ash|as|az|abu|bin|bint|ibn|ben|ul|ud|van|von|de|di|da|du|le|la)-|"
    r"Mc|Mac|O’|O')?[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿĀ-ž’']+(?:-[A-ZÀ-ÖØ-Þa-zĀ-ž][a-zß-öø-ÿĀ-ž’']+)*|"
    r"[A-Z][a-z]*[A-Z][a-z]+|[A-Z]\.?)$"  # "K Shanmugam", "Antony J. Blinken": initials
)
_HONORIFIC = re.compile(
    r"(?:(?:H\.E\.|His\s+Excellency|Her\s+Excellency|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame|Professor|"
    r"Prof\.|Sheikh|Sheikha|Prince|Princess|King|Queen|Emir|General|Gen\.|Admiral|Colonel|"
    r"Senator|Sen\.|Rep\.|Judge|Lord|Lady|Madam|Monsieur|Madame|Mme)\s+)+"
)
_TOKEN = re.compile(r"[^\W_]+(?:[’'\-.&][^\W_]+)*")
# The same for a text without "_" (where [^\W_] is \w): about half the work for the engine.
_TOKEN_NO_UNDERSCORE = re.compile(r"\w+(?:[’'\-.&]\w+)*")


def _token_pattern(text: str) -> re.Pattern[str]:
    """:data:`_TOKEN`, or what finds the same tokens faster in ``text``."""
    return _TOKEN_NO_UNDERSCORE if "_" not in text else _TOKEN


# The same in a group: ``split`` gives the tokens with what lies between them.
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
_TOKEN_SPLIT_NO_UNDERSCORE = re.compile(f"({_TOKEN_NO_UNDERSCORE.pattern})")


def _token_splitter(text: str) -> re.Pattern[str]:
    """:data:`_TOKEN_SPLIT`, or what splits ``text`` the same way faster."""
    return _TOKEN_SPLIT_NO_UNDERSCORE if "_" not in text else _TOKEN_SPLIT


_CAP_WORD = (  # an initial ("Antony J. Blinken") only before a capitalised word
    r"(?:[A-Z](?:\.[A-Z])+\.|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Prof|Mme)\.|"
    r"[A-Z]\.(?=[ \t]+[A-Z][a-z])|[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*)"  # "Özdil", "Ștefan" too
)
# A particle joined to the name after it, inside a run only: "Nuri al-Maliki".
_CAP_PARTICLE = (
    r"(?:al|el|ad|ash|as|az|abu|bin|bint|ibn|ben|ul|ud|van|von|de|di|da|du|le|la)-[A-Z][\w’'-]*"
)
# A run of capitalised words: rf"(?<![\w’'-]){_CAP_WORD}(?:(?:[ \t]+(?:(?:of|the|…)[ \t]+)*)
# {_CAP_WORD})*", written to start with its capital letter (the engine then skips to the
# capitals of the text instead of trying every character): the first word's other letters
# follow, the look-behind checks what precedes that capital, and (?<=M)(?:r|rs|s|me)\. and
# the like stand for the abbreviations of _CAP_WORD.
_CAP_RUN = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-Ž](?<![\w’'-].)(?:(?:\.[A-Z])+\.|(?<=M)(?:r|rs|s|me)\.|(?<=D)r\.|(?<=S)(?:t|r|en)\.|"
    r"(?<=J)r\.|(?<=G)(?:en|ov)\.|(?<=R)ep\.|(?<=L)t\.|(?<=C)ol\.|(?<=P)rof\.|"
    r"\.(?=[ \t]+[A-Z][a-z])|[\w’'-]*)"
    r"(?:(?:[ \t]+(?:(?:of|the|for|de|da|do|dos|das|del|della|der|den|van|von|al|el|bin|ibn|le|"
    rf"la|du)[ \t]+)*)(?:{_CAP_WORD}|{_CAP_PARTICLE}))*"
)
# Between two runs that name one body: "Radio Free Europe/Radio Liberty", and after an
# organisation word "Commission on Human Rights", "Coalition against Corruption".
_RUN_JOIN = re.compile(r"/|[ \t]+(?:on|against|in)[ \t]+(?:the[ \t]+)?")
_NOT_JOINED = frozenset(_WEEKDAYS.split("|")) | frozenset(_MONTHS.split("|"))


# Small words a title-case heading capitalises that never belong to a name.
_HEADLINE_BREAKS = frozenset(
    _words("After Before With During Following Ahead Amid Their Over About Prior")
)


def _cap_runs(text: str) -> Iterator[tuple[int, int]]:
    """The spans of _CAP_RUN in ``text``, two joined where _RUN_JOIN makes them one name."""
    prev: tuple[int, int] | None = None
    for m in _CAP_RUN.finditer(text):
        s, e = m.span()
        if prev is not None:
            ps, pe = prev
            j = _RUN_JOIN.fullmatch(text, pe, s)
            if j is not None and (
                text[pe] == "/"
                if j.group() == "/"
                else (head := text[ps:pe].rsplit(None, 1)[-1]) in ORG_HEADS
                and (" in" not in j.group() or (head == "Mission" and len(text[ps:pe].split()) > 2))
                and text[s:e].split(None, 1)[0] not in _NOT_JOINED
            ):
                prev = (ps, e)
                continue
            yield prev
        prev = (s, e)
    if prev is not None:
        yield prev


_ACRONYM_DEF = re.compile(
    r"(?P<long>(?:[A-Z][\w’'-]*|of|the|for|and|on|in|de|&)(?:\s+(?:[A-Z][\w’'-]*|of|the|for|"
    r"and|on|in|de|&))*)\s+\((?P<short>[A-Z][A-Za-z0-9&.-]{1,11})\)"
)
_ACRONYM_DEF_REV = re.compile(
    r"\b(?P<short>[A-Z][A-Z0-9&.-]{1,11})\s+\((?P<long>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z]"
    r"[\w’'-]*|of|the|for|and|on|in|de|&))+)\)"
)
_ANON = re.compile(
    r"\b(?:(?P<det>a|an|the|one|another|two|three|several|some|A|An|The|One|Another|Two|"
    r"Three|Several|Some)\s+)?"
    r"(?P<mods>(?:(?:senior|high-ranking|top|western|Western|European|Asian|Arab|government|"
    r"diplomatic|unnamed|informed|political|opposition|palace|party|police|army|regional|"
    r"administration|ministry|military|security|defen[cs]e|intelligence|foreign\s+ministry|"
    r"[A-Z][\w.]*)\s+){0,3})"
    r"(?P<head>official|diplomat|source|negotiator|spokesperson|spokesman|spokeswoman|aide|"
    r"adviser|advisor)s?\b"
    r"(?P<rel>,?\s+(?:who\s+(?:remained|asked\s+(?:not\s+to\s+be\s+named|to\s+remain)|"
    r"requested|spoke\s+on\s+condition|declined\s+to\s+be|was\s+not\s+authori[sz]ed|"
    r"did\s+not\s+want)[^,.;“”\"]*|(?:familiar\s+with|involved\s+in|close\s+to|with\s+knowledge"
    r"\s+of|briefed\s+on|speaking\s+on\s+condition\s+of)\s+"
    r"(?:(?!(?:who|which|told|tells|said|says)\b)[^,.;“”\"\s]+\s?)+|in\s+[A-Z][\w-]+"
    r"(?:\s+[A-Z][\w-]+)?|in\s+the\s+(?:[a-z]+\s+){0,2}(?:ministry|administration|government|"
    r"office|presidency|palace|delegation|army|military|party)\b))?"
)
_ANON_REL_AFTER = re.compile(
    r"^\s*(?:said|says|told\s+\w+)\.?\s+(?P<rel>(?:involved\s+in|familiar\s+with|close\s+to|"
    r"with\s+knowledge\s+of)\s+[^,.;“”\"]+?)(?=\s+(?:quoted|according|told|said)\b|[,.;]|$)"
)
_GROUP = re.compile(
    r"\b(?P<hedge>(?:alleged|suspected|so-called|purported)\s+)?"
    r"(?P<mods>(?:(?:[A-Z][\w-]*|state-\w+|pro-\w+|\w+-backed|\w+-linked|\w+-based|armed|"
    r"Islamist|cyber)\s+){0,2})"
    r"(?P<head>hackers|militants|rebels|insurgents|separatists|jihadists|gunmen|mercenaries|"
    r"pirates|extremists|militias|hacker\s+group|hacking\s+group)\b"
    r"(?P<tail>\s+(?:operating|based|acting|working|linked|tied)\s+(?:out\s+of|from|in|for|"
    r"to|with)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?"
)
_DELEGATION = re.compile(
    r"\b(?:the[ ]+|The[ ]+)?(?P<name>(?P<dem>[A-Z][a-z]+)[ ]+(?:delegation|mission|embassy|"
    r"consulate|representation|presidency|(?:presidential|national)[ ]+(?:press[ ]+service|"
    r"administration|office|security[ ]+council)|(?:foreign|interior|defen[cs]e|justice|"
    r"finance|trade)[ ]+ministry|foreign[ ]+office|coast[ ]+guard|police|government|"
    r"authorities|army|navy|military|parliament)(?:[ ]+(?:to|in|at)[ ]+(?:the[ ]+)?"
    r"[A-Z][\w’'-]*(?:[ ]+[A-Z][\w’'-]*)*)?)"
)
_STATE_POSS_BODY = re.compile(
    r"\b[A-Z][\w-]+(?:[ ][A-Z][\w-]+)?[’']s[ ]+(?P<body>(?:foreign|interior|defen[cs]e|justice|"
    r"finance|trade)[ ]+ministry|presidency|foreign[ ]+office)\b"
)
_BODY_OF_STATE = re.compile(
    r"\bthe[ ]+(?P<name>(?:presidential|national|foreign|interior)[ ]+(?:press[ ]+service|"
    r"administration|office|ministry|security[ ]+council)(?:[ ]+of[ ]+(?P<st>[A-Z][\w-]+))?)"
)
_DOC_NP = re.compile(
    r"\b(?:the|The|this|This|that|its|their)\s+(?:(?:final|joint|official|written|summit|"
    r"[A-Z][\w-]*)\s+)*(?P<doc>document|communiqué|communique|statement|declaration|text|"
    r"report|resolution)\b"
)

_DETERMINER = re.compile(r"(?:(?:the|The|a|an|A|An)\s+)?")

_WORD_RUN = re.compile(r"[^\W_]+")  # a word, as _Extractor.words holds them
# Letters IGNORECASE matches to ASCII letters that lower() does not turn into them.
_CASE_ODD_CHARS = "\u0130\u0131\u017f\u212a"

# Head words of whole-text patterns (see _Scan): a set of words (lower-cased) one of which
# every match holds; *_FIRST sets hold the words a match starts with.
# Every _DATE_RE match holds one of these words (or one starting with a digit), no more
# than one chunk after its start ("on Monday", "5th" of "on 5th July"), or three for
# _DATE_SCAN's far heads ("the day before yesterday", "in the coming days").
_DATE_NEAR_HEADS = frozenset(
    [
        *_words("today tonight night morning afternoon evening week month year"),
        *(w.lower() for w in f"{_WEEKDAYS}|{_MONTHS}".split("|")),
    ]
)
_STATEMENT_FIRST = frozenset(
    _words(
        """
        has have had reported published issued issues issue released releases adopted adopts in
        with according
        """
    )
)
_ANON_HEADS = frozenset(
    _words(
        """
        official diplomat source negotiator spokesperson spokesman spokeswoman aide adviser
        advisor officials diplomats sources negotiators spokespersons spokesmans spokeswomans
        aides advisers advisors
        """
    )
)
_LOWER_ROLE_HEADS = frozenset(  # the first words of _LOWER_ROLE
    _words(
        """
        secretary foreign minister prime defence defense finance president vice chancellor
        premier chief top head diplomat envoy special ambassador spokesperson spokesman
        spokeswoman leader king queen treasury official negotiator high permanent
        """
    )
)
_DELEGATION_HEADS = frozenset(
    _words(
        """
        delegation mission embassy consulate representation presidency presidential national
        foreign interior defence defense justice finance trade coast police government
        authorities army navy military parliament
        """
    )
)
_BODY_OF_STATE_HEADS = frozenset(_words("presidential national foreign interior"))
_DEMONYM_BODY_HEADS = frozenset(
    _words("officials authorities government leadership diplomats negotiators")
)
# "the Sudanese army", "the Syrian air force": a state's armed service as an actor (a body
# of that state), never a modifier ("Israeli military operations", "army officers")
_DEMONYM_FORCE = re.compile(
    r"(?<![\w’'-])(?:[Tt]he\s+)(?P<name>(?P<dem>[A-Z][a-z]+)\s+(?:army|navy|military|air\s+force|"
    r"coast\s+guard))\b(?!-|\s+(?:operations?|vessels?|ships?|officials?|officers?|personnel|"
    r"sources?|spokes\w+|chiefs?|commanders?|units?|forces|aircraft|jets?|drones?|exercises?|"
    r"bases?|courts?|leaders(?:hip)?|intelligence|delegation|veterans?|ranks|academy|"
    r"headquarters|positions?|posts?|patrols?|boats?|planes?|helicopters?|said\s+(?:it|in\s+a))\b)"
)

_CONF_HEADS = frozenset(
    _words(
        """
        summit meeting conference forum ministerial gathering assembly session congress
        dialogue talks
        """
    )
)
_ORG_REFERENCE = re.compile(  # "the party", "the organisation" (not "the party of …")
    r"\b(?:the|The)\s+(?P<w>group|organi[sz]ation|party|bloc|alliance|company|agency|"
    r"ministry|federation|union)\b(?!\s+(?:of\s+)?[A-Z])"
)
_ORG_REFERENCE_HEADS = frozenset(
    _words(
        """
        group organisation organization party bloc alliance company agency ministry
        federation union
        """
    )
)
_VISIT_NOUN = re.compile(  # "a visit to …", "his first official trip to …" (4 chunks)
    r"\b(?:a|an|the|his|her|their|its|this|that)\s+(?:(?:first|second|official|state|recent|"
    r"planned|upcoming|surprise|historic|return|working|\w+-day|[\w-]+)\s+){0,3}?"
    r"(?:visit|trip|tour)\s+(?:by\s+(?P<by>[^,.;]{3,60}?)\s+)?(?:to|in)\s+"
)
# Case-sensitive patterns that need one of these words: without any in the text, no match.
_GROUP_HEADS = tuple(
    _words(
        """
        hackers militants rebels insurgents separatists jihadists gunmen mercenaries pirates
        extremists militias hacker hacking
        """
    )
)
_PLACE_PREPOSITIONS = tuple(_words("in at near from outside inside into"))
_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]*\b")  # the words of a text in lower case
_LOWER_WORD_CHARS = "abcdefghijklmnopqrstuvwxyz’'-"  # what its matches are made of
_LEAD_CONNECTORS = re.compile(r"[\s’'s]*(?:(?:of|the|for|and|de|da|van|von|al|’s|'s)\s+)*")
_TRAIL_CONNECTORS = re.compile(r"(?:\s+(?:of|the|for|and|de|da|van|von|al))*[\s’']*$")
_CONNECTOR_ENDS = tuple(_words("of the for and de da van von al"))  # _TRAIL_CONNECTORS's
_LATTER_FORMER = re.compile(r"\b(?:the|The)\s+(?P<w>latter|former)\b")
_THE_SAME = re.compile(r"\b(?:the|The)\s+same\s+(?P<head>\w+)")


@dataclass(frozen=True)
class _Scan:
    """Where a whole-text pattern can match, so that it is tried only there (_Extractor.scan).

    Every match starts at a word and holds one of ``heads`` (whole words, lower-cased), or
    with ``digits`` a word starting with a digit, no more than ``chunks`` white-space-
    separated chunks after its start (0: the match starts at that word). Keep the heads in
    step with the pattern: a word missing here is a match missed. The tests check each
    scan against the pattern's own ``finditer`` on the development set and variants of it.

    With ``underscore``, a match may also start at a "_" (``\\w`` takes it: no word of
    :meth:`_Extractor.scan` starts there): a text with one is searched everywhere. With
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
        _SCAN_HEADS.update(self.heads | self.far)  # the words _Extractor._read_words indexes


_SCAN_HEADS: set[str] = set()  # the head words of every _Scan
_MENTION_ORDER = attrgetter("order")


# --------------------------------------------------------------------------
# Lexicon: names the extractor knows before reading the article
# --------------------------------------------------------------------------


@cache
def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, once per pattern.

    The rules use a few hundred small patterns written where they are used, each tried
    hundreds of times per article; ``re.search(pattern, …)`` looks the pattern up in the
    ``re`` module's cache through two Python calls every time, which costs more than most
    of these searches.
    """
    return re.compile(pattern, flags)


@lru_cache(maxsize=4096)
def _is_role_head(word: str) -> bool:
    return _ROLE_HEADS_RE.fullmatch(word) is not None


@lru_cache(maxsize=4096)
def _is_name_token(word: str) -> bool:
    return _NAME_TOKEN.match(word) is not None


def _fold(token: str) -> str:
    return token.replace("’", "'")


def _tokens(text: str) -> list[tuple[int, int, str]]:
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


@dataclass(frozen=True)
class _Cand:
    """One thing a known name may stand for."""

    key: str
    name: str
    type: str
    local: bool
    capital_of: str | None = None  # a capital used for its state (metonym)


@dataclass
class _Lexicon:
    forms: dict[tuple[str, ...], list[_Cand]]
    first: dict[str, tuple[int, ...]]  # first token → lengths of names starting with it
    maxlen: int
    demonyms: dict[str, str]  # demonym → state key
    persons: list[tuple[_Cand, list[str]]]  # registry persons and their names' words
    entity_defs: dict[str, _Cand]  # key → candidate (registry and built-in)
    countries: dict[str, str]  # place key → state key (registry)


@cache
def _builtin() -> tuple[
    tuple[tuple[str, str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...], ...
]:
    """Built-in entries as (name, type, key, aliases, demonyms, capitals)."""
    rows = []
    dem = {s.name: (s.demonyms, s.capitals) for s in states()}
    for g in gazetteer():
        demonyms, capitals = dem.get(g.name, ((), ())) if g.type == "state" else ((), ())
        rows.append((g.name, g.type, slugify(g.name), g.aliases, demonyms, capitals))
    return (tuple(rows),)


_LEXICON_CACHE: dict[int, tuple[Registry | None, _Lexicon]] = {}


_PUBLISHER_CACHE: dict[tuple[int, str], tuple[Registry, str | None]] = {}


def _registry_publisher(registry: Registry, pub: str) -> str | None:
    """The registry's news organisation called ``pub`` (key, name or alias), if just one.

    Asked once per registry and publisher (``Registry.lookup`` reads every entity).
    """
    cached = _PUBLISHER_CACHE.get((id(registry), pub))
    if cached is not None and cached[0] is registry:
        return cached[1]
    hits = [e for e in registry.lookup(pub) if e.type == _MEDIA]
    if pub in registry.entities:
        hits = [registry.entities[pub]]
    key = hits[0].key if len(hits) == 1 else None
    if len(_PUBLISHER_CACHE) > 64:
        _PUBLISHER_CACHE.clear()
    _PUBLISHER_CACHE[(id(registry), pub)] = (registry, key)
    return key


def _lexicon(registry: Registry | None) -> _Lexicon:
    cached = _LEXICON_CACHE.get(id(registry))
    if cached is not None and cached[0] is registry:
        return cached[1]
    lex = _build_lexicon(registry)
    if len(_LEXICON_CACHE) > 8:
        _LEXICON_CACHE.clear()
    _LEXICON_CACHE[id(registry)] = (registry, lex)
    return lex


def _build_lexicon(registry: Registry | None) -> _Lexicon:
    forms: dict[tuple[str, ...], list[_Cand]] = {}
    entity_defs: dict[str, _Cand] = {}
    countries: dict[str, str] = {}
    reg_by_name: dict[str, str] = {}
    persons: list[tuple[_Cand, list[str]]] = []

    def add(surface: str, cand: _Cand) -> None:
        key = tuple(t for _, _, t in _tokens(surface))
        if not key:
            return
        bucket = forms.setdefault(key, [])
        if all(c.key != cand.key or c.capital_of != cand.capital_of for c in bucket):
            bucket.append(cand)

    if registry is not None:
        for e in sorted(registry.entities.values(), key=lambda e: e.key):
            cand = _Cand(e.key, e.name, e.type, False)
            entity_defs[e.key] = cand
            for surface in (e.name, *e.aliases):
                reg_by_name.setdefault(_fold(surface).casefold(), e.key)
            if e.type in _PERSON_TYPES:
                persons.append((cand, e.name.split()))
            if e.country is not None:
                countries[e.key] = e.country.key

    demonyms: dict[str, str] = {}
    (rows,) = _builtin()
    for name, etype, slug, aliases, dems, capitals in rows:
        key = next(
            (
                reg_by_name[_fold(s).casefold()]
                for s in (name, *aliases)
                if _fold(s).casefold() in reg_by_name
            ),
            None,
        )
        if key is not None and registry is not None:
            reg = registry.entities[key]
            cand = _Cand(key, reg.name, reg.type, False)
        else:
            cand = _Cand(slug, name, etype, True)
        entity_defs.setdefault(cand.key, cand)
        for surface in (name, *aliases):
            add(surface, cand)
        for d in dems:
            demonyms.setdefault(_fold(d), cand.key)
        for cap in capitals:
            add(cap, _Cand(cand.key, cand.name, cand.type, cand.local, capital_of=cand.key))
            place_key = reg_by_name.get(_fold(cap).casefold())
            if place_key is None or (
                registry is not None and registry.entities[place_key].type != "place"
            ):
                place = _Cand(slugify(cap), cap, "place", True)
                countries.setdefault(place.key, cand.key)
                add(cap, place)
                entity_defs.setdefault(place.key, place)
    demonyms.setdefault("European", entity_defs.get("european-union", _Cand("", "", "", True)).key)
    eu = entity_defs.get("european-union")
    if eu is not None:  # "Brussels" stands for the European Union, not for Belgium
        forms[("Brussels",)] = [c for c in forms.get(("Brussels",), []) if not c.capital_of] + [
            _Cand(eu.key, eu.name, eu.type, eu.local, capital_of=eu.key)
        ]
        countries["brussels"] = eu.key  # a visit to Brussels is a visit to the EU
    if registry is not None:
        for e in sorted(registry.entities.values(), key=lambda e: e.key):
            cand = entity_defs[e.key]
            for surface in (e.name, *e.aliases):
                add(surface, cand)
            if e.type == "state" and e.capital is not None:
                cap_ent = registry.entities.get(e.capital.key)
                if cap_ent is not None:
                    add(cap_ent.name, _Cand(e.key, e.name, e.type, False, capital_of=e.key))
    lengths: dict[str, set[int]] = {}
    for k in forms:
        lengths.setdefault(k[0], set()).add(len(k))
    first = {t: tuple(sorted(ls, reverse=True)) for t, ls in lengths.items()}
    maxlen = max((len(k) for k in forms), default=1)
    demonyms = {k: v for k, v in demonyms.items() if v}
    return _Lexicon(forms, first, maxlen, demonyms, persons, entity_defs, countries)


# --------------------------------------------------------------------------
# Working state
# --------------------------------------------------------------------------


@dataclass
class _Ent:
    key: str
    name: str
    type: str
    local: bool
    aliases: list[str] = field(default_factory=list)
    country: str | None = None  # states a local delegation/official belongs to
    conf: float = 0.9
    rule: str = "entity:gazetteer"
    anon_head: str | None = None
    # What the type makes it (the rules ask very often; no rule changes a type).
    is_person: bool = field(init=False, repr=False, compare=False)
    is_place: bool = field(init=False, repr=False, compare=False)
    is_org: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.is_person = self.type in _PERSON_TYPES
        self.is_place = self.type == "place"
        self.is_org = not self.is_person and not self.is_place


@dataclass
class _Men:
    start: int
    end: int
    key: str
    how: str  # name | alias | metonym | place | ref | anon | group | qualifier
    conf: float = 0.9
    inner: bool = False  # lies inside a larger mention
    # Where it sorts: (start, -end, key), none of which changes (set by add_mention).
    order: tuple[int, int, str] = field(init=False, repr=False, compare=False)


@dataclass
class _Pos:
    id: str
    holder: str
    role: str
    org: str
    status: str
    span: tuple[int, int]
    rule: str
    conf: float
    predecessor: str | None = None


@dataclass
class _Evt:
    id: str
    kind: str
    status: str
    span: tuple[int, int]
    rule: str
    conf: float
    participants: list[str] = field(default_factory=list)
    organizer: str | None = None
    visitor: str | None = None
    host: str | None = None
    place: str | None = None
    explicit_place: bool = False
    occasion: str | None = None
    date: tuple[int, int] | None = None
    label: str | None = None
    extra: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Stmt:
    id: str
    kind: str
    issuers: list[str]
    span: tuple[int, int]
    rule: str
    conf: float
    issued_at: str | None = None
    summary: str | None = None
    reported_by: list[str] = field(default_factory=list)
    adopters: int | None = None
    date: tuple[int, int] | None = None


@dataclass
class _Quote:
    id: str
    speaker: str
    text: tuple[int, int]
    evidence: tuple[int, int] | None
    rule: str
    conf: float
    reported_by: list[str] = field(default_factory=list)
    statement: str | None = None
    date: tuple[int, int] | None = None


@dataclass
class _Agr:
    id: str
    parties: list[str]
    kind: str
    status: str
    span: tuple[int, int]
    rule: str
    conf: float
    duration: str | None = None
    reported_by: list[str] = field(default_factory=list)
    date: tuple[int, int] | None = None


@dataclass
class _Acc:
    id: str
    kind: str
    accuser: str | None
    accused: list[str]
    about: str
    factuality: str
    span: tuple[int, int]
    rule: str
    conf: float
    made_in: str | None = None


@dataclass
class _Abs:
    id: str
    absentee: str
    event: str
    span: tuple[int, int]
    rule: str
    conf: float
    reason: str | None = None
    reason_factuality: str = "asserted"


# --------------------------------------------------------------------------
# The extractor
# --------------------------------------------------------------------------

_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "fifty": 50,
    "hundred": 100,
}
_UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "Y"}
_AGREEMENT_NOUNS = (
    r"pact|agreement|treaty|deal|accord|memorandum(?:\s+of\s+understanding)?|MoU|convention|"
    r"protocol|ceasefire|cease-fire|truce|arrangement|charter|partnership|framework|contract|"
    r"(?:prisoners?|captives?|detainees?)\s+(?:exchange|swap)|"
    r"(?:exchange|swap)\s+of\s+(?:prisoners(?:\s+of\s+war)?|detainees|captives|bodies)"
)
_AGREEMENT = re.compile(
    r"\b(?P<verb>have\s+agreed\s+to\s+sign|has\s+agreed\s+to\s+sign|agreed\s+to\s+sign|"
    r"agreed\s+to\s+conclude|agreed\s+on|agreed\s+to|have\s+agreed|has\s+agreed|agreed|"
    r"(?:have\s+|has\s+|had\s+)?signed|(?:have\s+|has\s+)?concluded|(?:have\s+|has\s+)?reached|"
    r"(?:have\s+|has\s+)?struck|(?:have\s+|has\s+)?inked|(?:have\s+|has\s+)?sealed|"
    r"(?:have\s+|has\s+)?finali[sz]ed|(?:have\s+|has\s+)?adopted|"
    r"(?:will|would|are\s+to|is\s+to|plan\s+to|plans\s+to|are\s+set\s+to|is\s+set\s+to|"
    r"are\s+expected\s+to|is\s+expected\s+to)\s+sign|renewed|extended|strike|strikes|sign|signs|"
    r"(?:have\s+|has\s+)?ratified|(?:bringing|brought|putting|put)\s+into\s+force)"
    r"(?:\s+|(?=,))"
    r"(?P<gap>(?:,[^,.;]{1,60},\s+)|(?:(?!an?\b|the\b)[^.;,“”\"]{1,50}?\s+(?=(?:an?|the)\s)))?"
    r"(?P<np>(?:(?:an?|the|their|its|a\s+new|new)\b)?\s*(?P<kind>(?:[\w’'-]+\s+){0,5}?(?i:"
    + _AGREEMENT_NOUNS
    + r")s?))\b"
)
_BETWEEN = re.compile(r"\bbetween\s+")
# when a verb's event happened, said between the verb and its object: "agreed on Monday to",
# "signed today three agreements", "met this morning with"
_WHEN_GAP = (
    rf"(?:(?:on\s+|last\s+|this\s+)?(?:{_WEEKDAYS})|today|yesterday|tonight|earlier\s+today|"
    r"this\s+(?:morning|afternoon|evening|week)|last\s+(?:night|week)|"
    rf"on\s+(?:\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}}))"
)
_AGREED_TO_DO = re.compile(  # "have agreed to continue …" (a verb, not "to a deal", "to sign")
    rf"\b(?:(?:have|has|had)\s+)?(?:also\s+)?agreed\s+(?:{_WHEN_GAP},?\s+)?to\s+"
    r"(?P<vp>(?!sign\b|conclude\b|a\b|an\b|the\b|this\b|that\b|it\b|its\b|their\b)[a-z]+\b)"
)
_AGREED_ADJUNCT = re.compile(  # where the deed agreed to ends: an adjunct of time, place or cause
    r",|\s+(?:following|after|before|during|while|amid|when|today|yesterday|tonight|"
    r"this\s+(?:morning|afternoon|evening|week|month|year)|(?:next|last)\s+(?:week|month|year)|"
    r"at\s+the\s+end\s+of|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"\d{1,2}\b|(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b)|(?P<place>in|at)\s+(?=[A-Z]))"
)
_AGREEMENTS_THEY_MADE = re.compile(  # "the agreements they announced today on a ceasefire"
    r"\b[Tt]he\s+(?:(?:new|latest|recent)\s+)?(?P<noun>agreements?|accords?|deals?|arrangements?)"
    r"\s+(?:that\s+)?(?P<who>they|both\s+sides|the\s+two\s+sides|both\s+countries|"
    r"the\s+two\s+(?:countries|governments|leaders|parties))\s+(?:have\s+|had\s+)?"
    r"(?:just\s+|recently\s+|finally\s+)?(?:announced|signed|reached|concluded|struck)\b"
)
_ON_WHAT_AGREED = re.compile(  # "… on a six-month ceasefire and on a mechanism to …"
    r"\s+(?:and\s+)?on\s+(?:(?:a|an|the)\s+)(?P<np>[^,;.]+?)(?=\s+and\s+on\s|[,;.]|$)"
)
_PAIR_KIND = re.compile(  # after "the A-B" or "the A B": "border treaty", "Strategic Partnership"
    r"\s+(?P<kind>(?:(?!proposed\b|possible\b|potential\b|future\b|draft\b|planned\b|"
    r"prospective\b|new\b)[\w’'-]+\s+){0,4}?(?i:" + _AGREEMENT_NOUNS + r"))\b"
)
_PAIR_MADE = re.compile(  # "… was agreed", "… had been signed in 2010"
    r"[^.;]{0,40}?\b(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:signed|"
    r"agreed|concluded|reached|struck|sealed|ratified|inked|finali[sz]ed|renewed|extended)\b"
)
#: Bare plural agreement nouns: "agreements on security, the border and trade" are told
#: apart by what each is on (a single "memorandum on …" keeps its noun as its kind).
_BARE_AGREEMENT_KINDS = frozenset(
    {"agreements", "accords", "deals", "memoranda", "memoranda of understanding", "arrangements"}
)
_AGREEMENT_ON = re.compile(  # "… agreements on security and trade" (not "on Monday", "on behalf")
    rf"\s+on\s+(?!(?:{_WEEKDAYS}|{_MONTHS})\b|\d|behalf\b|the\s+sidelines\b|the\s+margins\b|"
    r"(?:this|that|which|whose|the\s+same)\b)(?P<topic>[a-z])"
)
_AGREEMENT_BEFORE_BETWEEN = re.compile(  # "the (new) trade agreement " right before "between"
    r"\b(?:[Tt]he|[Aa]n?)\s+(?P<kind>(?:(?!proposed\b|possible\b|potential\b|future\b|draft\b|"
    r"prospective\b|planned\b|forthcoming\b|upcoming\b|eventual\b|pending\b)[\w’'-]+\s+){0,4}?"
    r"(?i:" + _AGREEMENT_NOUNS + r"))\s+$"
)
_AGREEMENT_NP = re.compile(  # "the Agreement on Peace, Friendship and …", "a 1951 defense treaty"
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?!(?:[Tt]he|an?)\s)[\w’'-]+\s+){0,6}(?i:"
    + _AGREEMENT_NOUNS
    + r")s?\b"
    r"(?:\s+(?:on|for|of)\s+(?:[A-Z][\w’'-]*|the|and|of|for|on|through|a|[a-z]+ing),?"
    r"(?:\s+(?:[A-Z][\w’'-]*|the|and|of|for|on|in|through|a),?){0,10})?"
)
_AGREEMENT_NP_TO_VERB = re.compile(  # from the noun phrase to "signed by": no other verb
    r"(?:\s*\([A-Z]+\))?\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been|"
    r"have\s+been)\s+)?(?:(?:formally|jointly|finally)\s+)?"
)
_AGREEMENT_BY = re.compile(
    r"\b(?:(?P<verb>signed|agreed|concluded|reached|initialled)\s+(?:(?:on|in)\s+[^.;]{1,30}?\s+)?"
    r"by\s+|(?P<signing>signing)\s+(?:(?:yesterday|today|\w+day)\s+)?(?:of\s+(?P<np>[^.;]{5,160}?)"
    r"\s+between\s+|by\s+|(?P<np3>(?:(?:an?|the|two|three|four|several)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?i:agreements?|accords?|treaty|treaties|deals?|memorand\w+|pacts?)\b)))"
)
_AGREEMENT_BY_SCAN = _Scan(
    _AGREEMENT_BY, frozenset(_words("signed agreed concluded reached initialled signing"))
)
_ALSO_AGREEMENT = re.compile(  # "…, as well as an accord on visa-free travel"
    r"[^.;]{0,80}?,?\s+(?:as\s+well\s+as|and\s+also|and)\s+(?P<np2>(?:an?|the|another)\s+"
    r"(?P<kind2>(?:[\w’'-]+\s+){0,3}?(?i:agreement|treaty|accord|pact|deal|memorandum"
    r"(?:\s+of\s+understanding)?|protocol|convention)))\b"
)
_AGREEMENT_FIRST = frozenset(  # see _Scan
    _words(
        """
        have has had agreed signed concluded reached struck inked sealed finalised finalized
        adopted will would are is plan plans renewed extended strike strikes sign signs
        ratified bringing brought putting put
        """
    )
)
_AGREEMENT_THEN = re.compile(  # "The treaty is concluded for twenty years."
    rf"(?:The|This|It)\s+(?:(?i:{_AGREEMENT_NOUNS})\s+)?(?:is|was|will|shall|would|"
    r"runs?|lasts?|remains?)\b[^.;]*?"
)
_DURATION = re.compile(
    r"\b(?<!another\s)(?<!further\s)(?<!additional\s)(?:for|over|covering|lasting|valid\s+for|"
    r"duration\s+of)\s+(?:(?:the|a|an)\s+)?(?:(?:next|coming|initial|first)\s+)?(?:period\s+of\s+)?"
    r"(?P<n>\d+|[a-z]+)\s+(?P<unit>year|month|week|day|decade)s?\b|"
    r"\b(?P<n2>\d+|[a-z]+)-(?P<unit2>year|month|week|day)\b"
)
_ACCUSE_VERBS = (
    r"accus(?:ed|es|e|ing)|criti(?:ci[sz](?:ed|es|e|ing)|qued)|condemn(?:ed|s|ing)?|"
    r"denounc(?:ed|es|e|ing)|slamm?(?:ed|s|ing)?|blast(?:ed|s|ing)|blam(?:ed|es|e|ing)|"
    r"rebuk(?:ed|es|e|ing)|castigat(?:ed|es|e|ing)|lambast(?:ed|s|ing)?|censur(?:ed|es|e|ing)|"
    r"chastis(?:ed|es|e|ing)|assail(?:ed|s|ing)?|attack(?:ed|s|ing)|compar(?:ed|es|ing)|"
    r"decr(?:ied|ies|y|ying)|deplor(?:ed|es|e|ing)|reproach(?:ed|es|ing)?|warn(?:ed|s|ing)?|"
    r"lash(?:ed|es|ing)?|hit(?:s|ting)?|protest(?:ed|s|ing)?"
)
# "lashed out at X", "hit out at X", "protested to X over …": only with these words after
_ACCUSE = re.compile(
    rf"\b(?P<verb>{_ACCUSE_VERBS})(?P<out>\s+out\s+at|(?<=protested)\s+to(?=\s+\S))?\b"
)
_ACCUSE_NEEDS_OUT = ("lash", "hit", "protest")
_ACCUSE_FORMS = frozenset(_spellings(_ACCUSE_VERBS))  # each a whole word (see _Scan)
_NEGATION = re.compile(
    r"\b(?:not|n[’']t|never|no\s+longer|refus(?:ed|es|e)\s+to|declin(?:ed|es|e)\s+to|"
    r"stopp?(?:ed|s)?\s+short\s+of|avoid(?:ed|s)?|without)\s+(?:\w+\s+){0,2}$",
    re.I,
)
# What every alternative of _NEGATION holds ("not" and "no longer": "no"; "stopped short
# of": "stop"), lower-cased.
_NEGATION_WORDS = ("no", "n't", "n’t", "never", "refus", "declin", "stop", "avoid", "without")
_HEDGE = re.compile(
    r"\b(?:alleged(?:ly)?|reported(?:ly)?|suspected|apparent(?:ly)?|purported(?:ly)?|"
    r"insinuat\w*|hint(?:ed|s|ing)?|implicit(?:ly)?|indirect(?:ly)?|seem(?:ed|s|ingly)?|"
    r"appear(?:ed|s)?\s+to|without\s+naming|may\s+have|might\s+have|could\s+have|"
    r"said\s+to\s+have|thought\s+to\s+have|believed\s+to\s+have)\b",
    re.I,
)
_NEG_WORDS = re.compile(  # words of criticism
    r"\b(?:coerci\w*|aggressi\w*|threat\w*|undermin\w*|destabili[sz]\w*|provocat\w*|provok\w*|"
    r"hostil\w*|interfer\w*|violat\w*|illegal\w*|unacceptabl\w*|irresponsibl\w*|reckless\w*|"
    r"hegemon\w*|bully\w*|challeng\w*|oppos\w*|condemn\w*|deplor\w*|denounc\w*|reject\w*|"
    r"target\w*|espionag\w*|hack\w*|breach\w*|distort\w*|discredit\w*|smear\w*|lies|lying|"
    r"slander\w*|invasion|invad\w*|occup\w*|annex\w*|sanction\w*|blackmail\w*|genocid\w*|"
    r"atrocit\w*|crimes?|terror\w*|dictator\w*|authoritarian|repress\w*|intimidat\w*|"
    r"harass\w*|coerc\w*|militari[sz]\w*|expansion\w*|eastward|malicious|"
    r"disinformation|propaganda|aggressor\w*|blame\w*|accus\w*)\b",
    re.I,
)
_NEG_WORDS_LOWER = re.compile(_NEG_WORDS.pattern)  # its words are all lower case
_OPPOSE = re.compile(
    r"\b(?:strongly\s+|firmly\s+|resolutely\s+)?(?:oppose|opposes|condemn|condemns|reject|"
    r"rejects|denounce|denounces|deplore|deplores|criticise|criticize|protest\s+against)\s+"
    r"(?:the\s+|any\s+)?"
)
_NEG_VERB_AFTER = re.compile(
    r"^[^.;:!?“”\"]{0,120}?\b(?:challenge|challenges|threaten|threatens|undermine|undermines|"
    r"violate|violates|target|targets|coerce|coerces|destabili[sz]e|destabili[sz]es|attack|"
    r"attacks|interfere|interferes|bully|bullies|provoke|provokes|distort|distorts)\b",
    re.I,
)
_HARM_VERBS = re.compile(
    r"\b(?:breached|hacked|attacked|stole|stolen|infiltrated|violated|bombed|shelled|"
    r"targeted|spied|launched|carried\s+out|penetrated|compromised|broke\s+into|"
    r"got\s+into|getting\s+into|accessed|leaked|killed|seized|invaded)\b"
)
_JOINT_GAP = re.compile(  # between "A and B" and "in a joint statement" / "issued a joint …"
    r"\s*,?\s*(?:(?:also|jointly|have|has|had|then|later)\s+)*(?:(?:said|say|says|stated|"
    r"announced|declared|added|noted|agreed|pledged)\s+(?:\w+\s+)?)?"
)
_DESCRIBED_AS = re.compile(  # "what he described as", "what it called"
    r"what\s+(?:(?:he|she|they|it|[A-Z][\w-]+)\s+){1,2}(?:has\s+|had\s+)?(?:described|called|"
    r"termed|characteri[sz]ed|labelled|labeled|branded)(?:\s+as)?\s+"
)
_BLAMED_ON = re.compile(  # "on X", "it on X", "the attack on X"
    r"(?:(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+)?on\s+(?:the\s+)?"
)
_GOVERNMENT_NP = re.compile(
    r"(?:the\s+)?(?:government|authorities|regime|administration|leadership|cabinet)\b"
)
_CULPRIT_BEFORE = re.compile(  # what pins a deed on someone inside its noun phrase
    r"(?:\b(?:by|attributed\s+to|blamed\s+on|claimed\s+by|carried\s+out\s+by|committed\s+by|"
    r"perpetrated\s+by)\s+(?:the\s+)?)$"
)
_CONDEMN_STEMS = ("condemn", "denounc", "deplor", "critici", "decr", "censur", "castigat")
_CONCERN = re.compile(
    r"\b(?:(?:expressed|expresses|expressing|raised|raises|raising|voiced|voices|reiterated|"
    r"reiterates|shared)\s+(?:their\s+|his\s+|her\s+|our\s+|its\s+)?(?:(?:deep|grave|serious|"
    r"strong|growing|continued)\s+)?concerns?|(?:deeply\s+|gravely\s+|seriously\s+|also\s+)*"
    r"concerned)\s+(?:(?:about|over|regarding|at|by|with|on)\s+|(?P<that>that)(?=[\s,])\s*)"
)
_CONCERN_SCAN = _Scan(
    _CONCERN,
    frozenset(
        _words(
            "expressed expresses expressing raised raises raising voiced voices reiterated "
            "reiterates shared deeply gravely seriously also concerned"
        )
    ),
)
_HOSTILE_NOUN = re.compile(  # "Russia's aggression", "Iranian destabilising activities"
    r"\b(?:aggression|invasion|occupation|annexation|(?:destabili[sz]ing|malign)\s+"
    r"(?:behaviou?r|activities|actions|conduct|influence))\b"
)
_DEMONYM_DEED = re.compile(  # "the Russian missile strikes": a deed a demonym pins on its state
    r"\s*(?:the\s+|these\s+|recent\s+|latest\s+)*(?P<d>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:attacks?|strikes?|air\s*strikes?|airstrikes?|shelling|bombings?|bombardments?|"
    r"offensives?|incursions?|raids?|aggression|invasion|occupation|annexation|missile\s+launch(?:es)?|"
    r"launch(?:es)?|tests?|operations?|actions?|retaliation|blockades?|sieges?)\b"
)
_HOSTILE_NOUN_SCAN = _Scan(
    _HOSTILE_NOUN,
    frozenset(
        _words("aggression invasion occupation annexation destabilizing destabilising malign")
    ),
)
_HOSTILE_OWNER = re.compile(  # between its owner and the noun: "’s continued military "
    r"(?:[’']s?)?\s+(?:(?:continued|continuing|ongoing|illegal|unprovoked|brutal|full-scale|"
    r"military|armed|renewed|further|latest|unjustified|illegitimate|premeditated)\s+){0,3}$"
)
_DEMAND = re.compile(  # "called on X to stop …", "urged X to end …", "called for an end to … by X"
    r"\b(?:(?P<on>(?:call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|"
    r"demand(?:s|ed|ing)?\s+(?:of|that)|need\s+for|call(?:s|ed|ing)?\s+for"
    r"(?!\s+(?:an?\s+|the\s+)?(?:(?:immediate|swift|complete|prompt)\s+)?(?:end|halt|stop|"
    r"cessation)\b)))\s+|(?P<for>call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?)"
    r"\s+(?:an?\s+|the\s+)?(?:(?:immediate|swift|complete|prompt)\s+)?(?:end|halt|stop|"
    r"cessation)\s+(?:to|of)\s+)"
)
_DEMAND_SCAN = _Scan(
    _DEMAND,
    frozenset(
        _words(
            "call calls called calling urge urges urged urging press presses pressed pressing "
            "demand demands demanded demanding need"
        )
    ),
)
_DEMAND_DEED = re.compile(  # what the one called on must stop doing
    r"\s+to\s+(?:immediately\s+|urgently\s+)?(?:stop|end|cease|halt|refrain|withdraw|"
    r"release|respect|abide|comply|lift|do\s+(?:far\s+|much\s+)?more)\b"
)
_THROUGH_ASIDE = re.compile(  # "A, through its aid agency (AID), and B signed": the means
    r",\s+(?:through|via|acting\s+through|represented\s+by)\s+[^,;:]{3,120},\s+and\s+(?:the\s+)?"
)
_SIGNED_FOR = re.compile(  # "A signed the Memorandum for the United States", "B signed for C"
    r"\bsigned\s+(?:(?:the|a|an)\s+(?P<np>(?:[\w’'-]+\s+){0,5}?))?(?:for|on\s+behalf\s+of)\s+"
)
_SIGNED_FOR_SCAN = _Scan(_SIGNED_FOR, frozenset({"signed"}))
_ATTENDED_SIGNING = re.compile(  # "C and D attended the signing in Los Angeles"
    r"\b(?:attended|witnessed|were\s+present\s+at|was\s+present\s+at)\s+the\s+"
    r"(?:signing(?:\s+ceremony)?|ceremony)\b"
)
_ATTENDED_SIGNING_SCAN = _Scan(
    _ATTENDED_SIGNING, frozenset(_words("attended witnessed were was")), chunks=0
)
_HELD_TO_ACCOUNT = re.compile(  # "held X responsible for", "X must be held accountable for"
    r"\b(?:(?P<passive>(?:must|should|will|would|to)\s+be\s+held)|held|holds?|holding)\s+"
    r"(?P<obj>(?:[^.;,]{1,80}?\s+)?)(?:fully\s+|directly\s+)?(?:responsible|accountable)\s+for\b"
)
_HELD_TO_ACCOUNT_SCAN = _Scan(
    _HELD_TO_ACCOUNT, frozenset(_words("must should will would to held hold holds holding"))
)
# "Manila says …", "negotiators reportedly believe that …", "Israel fears that …": one
# word list makes both the pattern and its scan's head words
_CLAIM_VERBS = (
    "says claims claimed believe believes alleges alleged maintains insists contends "
    "considers fear fears feared suspect suspects suspected"
)
_CLAIM = re.compile(rf"\b(?:{'|'.join(_words(_CLAIM_VERBS))})\s+(?:that\s+)?")
_CLAIM_SCAN = _Scan(_CLAIM, frozenset(_words(_CLAIM_VERBS)))
# "Budrys said Beijing had “long tried to divide Europe”": a said sentence whose subject
# is a state or body doing a deed the words themselves condemn
_SAID_THAT = re.compile(r"\b(?:said|told\s+(?:reporters|journalists))\s+(?:that\s+)?")
_SAID_DEED = re.compile(
    r"\s+(?:[“\"]?(?:had|has|have|was|is|were|are|been|long|repeatedly|deliberately|also|still|"
    r"now|again)\s+)*[“\"]?(?P<deed>(?:tried|trying|tries|sought|seeking|seeks|attempt(?:ed|ing|s))"
    r"\s+to\s+(?:divide|undermine|destabili[sz]e|intimidate|coerce|interfere|meddle|split|"
    r"sabotage|blackmail|isolate|bully)|meddl(?:ed|ing)|interfer(?:ed|ing)|destabili[sz]ing|"
    r"undermin(?:ed|ing)|bully(?:ing)?|bullied|blackmail(?:ed|ing)|violat(?:ed|ing)|"
    r"(?:directly\s+|fully\s+|solely\s+)?responsible\s+for|to\s+blame\s+for|behind\s+the)\b"
)
_HOSTILE_DEED = re.compile(  # deeds a claim pins on someone
    r"\b(?:fired|attacked|shelled|bombed|killed|invaded|seized|harass(?:ed|ing)|hacked|breached|"
    r"spied|detained|abducted|kidnapped|violated|leaked|stole|infiltrated|targeted|arm(?:ed|ing)\s+"
    r"(?:the\s+)?[a-z]*\s*(?:militias?|rebels?|groups?|fighters)|crossed\s+the\s+border|"
    # obstruction of a process, the pursuit of weapons of mass destruction
    r"delayed|obstructed|stalled|sabotaged|(?:seeking|sought|seeks|trying|tried)\s+to\s+"
    r"(?:develop|acquire|obtain|build)\s+(?:an?\s+)?(?:nuclear|chemical|biological)\s+weapons?)\b"
)
# "Without naming Ostrana directly, the communique criticised …", "X did not name China,
# but said Tokyo opposed …": a criticism aimed at the one left unnamed, hedged
_UNNAMED_TARGET = re.compile(
    r"\b(?:[Ww]ithout\s+(?:directly\s+|explicitly\s+|specifically\s+)?naming|"
    r"(?P<did>did|does|do)\s+not\s+(?:directly\s+|explicitly\s+|specifically\s+)?name)\s+"
)
_UNNAMED_CUE = re.compile(  # what makes the words aimed at the unnamed one critical
    r"\b(?:critici[sz](?:ed|es)|condemn(?:ed|s)|denounc(?:ed|es)|deplor(?:ed|es)|warn(?:ed|s)|"
    r"oppos(?:ed|es)|attack(?:ed|s)|accus(?:ed|es)|blam(?:ed|es)|lashed\s+out)\b"
)
_DISMISS = re.compile(
    r"\b(?:dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|brush(?:ed|es)\s+off)\s+"
    r"(?P<np>(?:the|this|that|these|those|a|an|such)\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?P<doc>reports?|allegations?|accusations?|claims?|charges?|findings))\s+"
    r"(?:[^.;]{0,80}?\s+)?as\s+"
)
_DENIED_CHARGE = re.compile(  # "denied Arvelia's accusations that …" (see _denied_charges)
    r"\b(?:denied|denies|deny|denying|rejected|rejects|rejecting|dismissed|dismisses)\s+"
    r"(?:[^.;,“”\"]{1,60}?)(?P<poss>[’']s?)\s+(?:(?:repeated|latest|renewed|new)\s+)?"
    r"(?:accusations?|allegations?|charges?|claims?)\s+(?:that|of)\s+"
)
_DENIED_CHARGE_SCAN = _Scan(
    _DENIED_CHARGE,
    frozenset(_words("denied denies deny denying rejected rejects rejecting dismissed dismisses")),
)
_CALLED = re.compile(  # "called X's actions", "described the Doskaran blockade"
    r"\b(?:called|calls|described|describes|branded|brands|termed|terms|labell?ed)\s+(?:the\s+)?"
)
_CALLED_SCAN = _Scan(
    _CALLED,
    frozenset(
        _words("called calls described describes branded brands termed terms labelled labeled")
    ),
)
_BOTH_SIDES = re.compile(r"(?:both|the\s+two)\s+(?:governments|sides|countries|capitals)\b")
_CRITICISM_NOUN = re.compile(  # "had harsh criticism of", "levelled accusations against"
    r"\b(?:had|has|have|voiced|voices|levell?ed|leveled|aimed|directed|expressed|launched|"
    r"reiterated|renewed)\s+(?:(?:harsh|sharp|strong|scathing|stinging|fresh|new|pointed|"
    r"unusually|rare|public|open|blunt)\s+){0,2}(?P<noun>criticism|condemnation|"
    r"accusations?)\s+(?:of|against|at)\s+"
)
_CRITICISM_NOUN_SCAN = _Scan(
    _CRITICISM_NOUN, frozenset(_words("criticism condemnation accusation accusations")), chunks=3
)
_DISMISS_SCAN = _Scan(
    _DISMISS,
    frozenset(
        _words(
            "dismiss dismissed dismisses dismissing reject rejected rejects rejecting "
            "brushed brushes"
        )
    ),
)
_MEET = re.compile(
    r"\b(?P<trig>(?:was|were)\s+(?:also\s+|later\s+|then\s+)?(?:received|hosted|welcomed|greeted)\s+"
    r"(?:in\s+audience\s+)?(?:[^.;“”]{0,60}?\s)?by|"
    r"(?:met|meets|meet|[Mm]eeting|(?:summit|handshake)(?=\s+between\s)|held\s+talks|holds\s+talks|hold\s+talks|holding\s+talks|"
    r"(?:held|holds|hold|holding)\s+(?:separate\s+|bilateral\s+|further\s+|direct\s+)?"
    r"(?:consultations|discussions)|(?:held|holds|hold|holding)\s+(?:an?\s+)?(?:bilateral\s+|"
    r"first\s+|separate\s+|joint\s+)?(?:meeting|summit)|"
    r"talks|(?:(?<=[’'s]\s)|(?<=[Hh]er\s))talk|sat\s+down|sits?\s+down|sitting\s+down|"
    r"received|receives|hosted|hosts|host|"
    r"welcomed|greeted|summoned|summons|called\s+on|calls\s+on|signed|finali[sz]ed|initialled|inked|"
    r"(?:paid|pays)\s+(?:an?\s+)?(?:courtesy\s+|official\s+|farewell\s+|brief\s+)?call\s+on|"
    r"convened|convenes|consult(?:ed|s|ing)\s+with|"
    r"discussed|reviewed|exchanged\s+views)"
    r"(?:\s+(?:with|up\s+with))?)\b"
)
_MEET_FIRST = frozenset(  # see _Scan
    _words(
        """
        was were met meets meet meeting summit handshake held holds hold holding talks talk sat
        received receives hosted hosts host welcomed summoned summons called calls signed paid pays
        convened convenes consulted consults consulting greeted sit sits sitting
        finalised finalized initialled inked discussed reviewed exchanged
        """
    )
)
_TITLE_MEETING = re.compile(  # "Remarks With X Before Their Meeting", "Remarks Prior to a Meeting
    # With X"
    r"\s*(?:Joint\s+)?Remarks\s+(?:(?:Prior\s+to|Before|After|Following|at)\s+(?:a|an|the|Their|"
    r"His|Her)\s+(?:Bilateral\s+)?Meeting\s+)?[Ww]ith\s+"
)
# "The U.S. and Mozambican governments signed …": two states (or their people) as the
# subject, each named by a demonym or a name (see _Extractor._demonym_pair)
_PAIR_OF_STATES = frozenset(_words("governments sides delegations authorities"))
_DEMONYM_PAIR = re.compile(
    r"\s*(?:[^.;:]{0,60}?,\s+)?[Tt]he\s+(?P<a>[A-Z][\w.’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+and\s+"
    r"(?P<b>[A-Z][\w.’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+(?P<w>governments|sides|delegations|"
    r"authorities|leaders|presidents|ministers|foreign\s+ministers|prime\s+ministers)\b"
)
# where a meeting was held (see _Extractor._meeting_place): "in X", "at the X", "in the
# capital, X", "in the border town of X"
_PLACE_AFTER_PREP = re.compile(
    r"\b(?:in|at)\s+(?:(?P<the>the)\s+(?P<what>(?:[a-z-]+\s+){0,2}[a-z-]+(?:\s+of\s+|,\s+))?)?"
    r"(?=[A-Z])"
)
_UNKNOWN_PLACE = re.compile(  # a capitalised name of one to three words, then a date or a stop
    rf"[A-Z][a-z’'-]+(?:[ -][A-Z][a-z’'-]+){{0,2}}(?=,?\s+(?:on|last|this|next)\s+"
    rf"(?:{_WEEKDAYS}|\d|{_MONTHS}|week|month)|,?\s+(?:today|yesterday)\b|[.;]\s|[.;]?$)"
)
_PLACE_BEFORE_MEETING = re.compile(  # before the verb: where the subject had come to
    r"(?:\b(?:arrival|arrived|was|were|is|are)\s+in|\btravel(?:s|led|ed|ling|ing)?\s+"
    r"(?:on\s+)?to)\s+(?P<p>[A-Z][\w-]*)[^.;]{0,40}?(?:,?\s+where\s+(?:\w+\s+){0,3}|"
    r"\s+for\s+(?:[\w-]+\s+){0,2}|,\s+(?:[\w.’'-]+\s+){0,5})$"
)
_MEMBERS_OF_BODY = re.compile(  # "met with members of the X": the body is met
    r"\s*(?:the\s+)?(?:members|representatives|leaders|officials|heads)\s+of\s+"
)
_CANCEL_VERBS = r"cancell?ed|called\s+off|scrapped|shelved"
_CANCELLED_BEFORE = re.compile(  # right before a meeting's noun: "cancelled his talks"
    rf"\b(?:{_CANCEL_VERBS}|cancels?|calls?\s+off)\s+(?:(?:his|her|their|its|the|a)\s+)?"
    r"(?:(?:planned|scheduled|bilateral|first)\s+)?$"
)
_CANCELLED_AFTER = re.compile(  # after its participants: "… in Vesk was called off"
    r"(?:\s+(?:in|at|on|for|scheduled|planned|set)\b(?:(?!\b(?:after|before|when|while|because|"
    r"since|as|but|and|that|which)\b)[^,.;]){0,30}?)?\s+(?:was|were|has\s+been|had\s+been|"
    rf"have\s+been)\s+(?:\w+\s+)?(?:{_CANCEL_VERBS})\b"
)
_MET_BODIES = frozenset(_words("intergovernmental government-body group party alliance"))
_SIGNING_TRIGGERS = frozenset({"signed", "finalised", "finalized", "initialled", "inked"})
# "A and B discussed …": a meeting only of a named subject of two or more persons
_DISCUSS_TRIGGERS = frozenset({"discussed", "reviewed", "exchanged views"})
_MEET_ADVERBS = re.compile(  # "met again with", "held talks separately with"
    r"\s+(?:(?:again|also|separately|briefly|privately|later|first|jointly|today|yesterday|"
    r"tonight|this\s+(?:morning|afternoon|evening))\b\s*)+"
)
# "met today on the sidelines of the NATO Meeting in Antalya, Türkiye, with X": where
# (an occasion, a city) between the verb and "with" is skipped like a date
_MEET_SETTING = re.compile(
    r",?\s+(?:on\s+the\s+(?:sidelines|margins)\s+of|at|in|during)\s+(?:the\s+)?"
    r"(?:[A-Z0-9][\w’'.-]*|meeting|summit|conference|ministerial|session|forum)"
    r"(?:\s+(?:[A-Z0-9][\w’'.-]*|of|the|for|on|meeting|summit|conference|ministerial|session|"
    r"forum))*(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?=,?\s+(?:with|in|at|on)\s))?"
)
_CONF_NP = re.compile(
    r"\b(?:the|a|an|this|last\s+week's|(?P<orgpre>[A-Z][\w-]*))\s+"
    r"(?P<pre>(?:(?!(?:the|a|an|at|in|of|to|and|for|on|with|by|from|attend|meet)\b)[\w’'-]+\s+)"
    r"{0,5}?)"
    r"(?P<head>summit|meeting|conference|forum|ministerial|gathering|assembly|session|"
    r"congress|dialogue|talks|(?<=[’'s]\s)(?:Meeting|Summit|Conference|Ministerial))\b"
    r"(?P<of>\s+of\s+(?:the\s+)?(?:(?:foreign|defen[cs]e|finance|trade|energy|economy|"
    r"health)\s+ministers|ministers|leaders|heads\s+of\s+(?:state|government)|members|"
    r"parties)(?:\s+of\s+(?:the\s+)?(?P<of_org>[A-Z][\w’'-]*(?:\s+(?:of\s+|the\s+|and\s+)*"
    r"[A-Z][\w’'-]*)*))?)?"
)
_ATTEND_AFTER = re.compile(  # after a conference: ", which both A and B are expected to attend"
    r"(?:\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?(?:\s+on\s+\w+|\s+\w+day)?"
    r",\s+which\s+(?:both\s+)?"
)
_ABSENCE = re.compile(
    r"\b(?P<neg>did\s+not|didn[’']t|will\s+not|won[’']t|could\s+not|couldn[’']t|failed\s+to|"
    r"was\s+unable\s+to|is\s+unable\s+to|declined\s+to|refused\s+to|skipped|skips|missed|"
    r"was\s+absent\s+from|stayed\s+away\s+from|pulled\s+out\s+of|withdrew\s+from|"
    r"cancell?ed\s+(?:his|her|their)\s+(?:trip|participation|attendance)\s+(?:to|in))\s*"
    r"(?P<rest>(?:travel\s+to\s+[A-Z][\w-]*\s+to\s+)?(?:attend|go\s+to|join|travel\s+to|"
    r"take\s+part\s+in|participate\s+in)?)"
)
_ABSENCE_FIRST = frozenset(  # see _Scan
    _words(
        """
        did didn will won could couldn failed was is declined refused skipped skips missed
        stayed pulled withdrew cancelled canceled
        """
    )
)
#: A meeting told by a pronoun or as the next of a series: "their third meeting today",
#: "their Beijing meeting", "the next leaders' meeting will be held on 9 May", "The next
#: meeting between the leaders": its participants were named before (see
#: _Extractor._anaphoric_meetings). ``their`` may own talks and summits; "the next/last"
#: only a meeting (a body's "next summit" is its own).
_ANAPHORIC_MEETING = re.compile(
    r"\b(?:(?P<their>[Tt]heir)|(?P<next>[Tt]he\s+(?:next|last|previous|latest|following)))"
    r"\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th)|next|last|latest|previous|recent|upcoming|regular|weekly|monthly|"
    r"bilateral|face-to-face|one-on-one)\s+)?"
    r"(?:(?P<cap>[A-Z][\w’'-]+)\s+)?"
    r"(?:(?:leaders|ministers|presidents|two\s+leaders)[’']\s+)?"
    r"(?P<noun>meeting|talks|summit)\b(?!\s+(?:of|with|on\s+the\s+sidelines)\b)"
)
#: Words before a meeting's trigger that make it hypothetical, refused or unplanned.
_HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:could|would|might|if|whether|asked\s+to|hopes?\s+to|wants?\s+to|"
    r"refused\s+to|declined\s+to|invited\s+\w+\s+to|no\s+such|no\s+plans?\s+to|"
    r"not\s+planning\s+to|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|"
    r"offer(?:s|ed|ing)?|s(?:eek|eeks|ought|eeking)|push(?:es|ed|ing)?\s+for)\s+(?:\w+\s+)?$"
)
_PLANNED = re.compile(
    r"\b(?:will|shall|would|is\s+to|are\s+to|plans?\s+to|planned|planning|due\s+to|set\s+to|"
    r"expected\s+to|scheduled|upcoming|next\s+week|next\s+month|the\s+turn\s+of|"
    r"is\s+going\s+to|are\s+going\s+to|intends?\s+to|in\s+the\s+coming)\b",
    re.I,
)


_LIST_GAP = re.compile(
    r"\s*(?:(?:the|his|her|its|their|of|with|[A-Z][\w’'.-]*|\d+|head|diplomacy|foreign|minister|"
    r"ministers|president|secretary|prime|state|counterpart|chief|diplomat|top|envoy|"
    r"ambassador|leader|leaders|officials?|special|climate|treasury|deputy|vice|acting|"
    r"two|three|four|five|six|seven|eight|nine|ten|other|fellow|pair|peer|colleague|opposite|"
    r"number|homologue|Mr|Mrs|Ms|Dr|H\.E\.|neighbou?ring|rival|western|eastern|northern|"
    r"presidential|negotiators?|advis[eo]rs?|defen[cs]e|interior|energy|trade|finance|"
    r"southern|former|outgoing|incoming|new)[\s,.]+)*"
)
_TITLE_AFTER_ORG = re.compile(
    rf"(?:[’']s)?\s+{_ROLE_TITLE},?\s+|(?:[’']s)\s+[a-z ]{{3,40}},\s+|"
    r"\s+[a-z][a-z -]{2,40}?\s+(?:to|of|in|at)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+"
)
_LIST_NOUN = re.compile(
    r"\s+(?:nations|countries|member\s+states|members|states|allies|partners|leaders|"
    r"governments|bloc)\b"
)
_LIST_SEP = re.compile(
    r"(?:’s|'s)?(?:\s*,\s*(?:as\s+well\s+as\s+|and\s+|along\s+with\s+)?|\s+and\s+|"
    r"\s+as\s+well\s+as\s+|\s+along\s+with\s+|\s*&\s*)"
)


_STATE_FORM = re.compile(
    r"\b(?:(?:Democratic|Federal|Islamic|Socialist|United|Plurinational|People[’']s)\s+)*"
    r"(?:Republic|Kingdom|Federation|State|Principality|Sultanate|Emirate|Commonwealth|"
    r"Grand\s+Duchy|Confederation)\s+of\s+(?P<name>[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*)?)"
)
_STATE_CONTEXT = (  # the nouns in any case: "Karavia’s Foreign Minister"
    r"(?:[’']s\s+(?i:(?:new|former|current|acting|interim|opposition|ruling|main|own)\s+)?(?i:"
    r"(?:government|president|prime\s+minister|foreign\s+minister|foreign\s+ministry|parliament|"
    r"capital|army|military|armed\s+forces|opposition|ambassador|interior\s+minister|"
    r"defen[cs]e\s+minister|king|queen|embassy|territory|navy|leader|leadership|sovereignty|"
    r"foreign\s+affairs|cabinet|presidency|authorities|border|borders|troops|forces|"
    r"ministry|minister)\b))"
)
_NOT_STATES = frozenset(
    _words(
        """
        Asia Africa Europe America Arctic Antarctica Antarctic Oceania Eurasia Caucasus Balkans
        Scandinavia Caribbean Pacific Atlantic Sahara Siberia Anatolia Crimea Patagonia Bavaria
        Catalonia Flanders Mesopotamia Arabia Persia Sahel Levant Maghreb Nordic Baltic Iberia
        Indochina Polynesia Melanesia Micronesia Andes Amazon Alps Himalaya Christ Islam Europa Saud
        Russia China India Brazil Korea Media Academia Utopia Olympia
        """
    )
)
_MEDIA_BEFORE = re.compile(
    r"\b(?:broadcaster|newspaper|daily|weekly|news\s+agency|agency|channel|network|radio|"
    r"television|TV|magazine|outlet|website|news\s+service|paper|tabloid)\s+"
    r"(?P<m>[A-Z][\w’'.&-]*(?:[ \t]+[A-Z][\w’'.&-]*){0,3})"
)
_MEDIA_AFTER = re.compile(
    r"(?P<m>[A-Z][\w’'.&-]*(?:[ \t]+[A-Z][\w’'.&-]*){0,2}),\s+(?:the|a|an)\s+"
    r"(?:(?:[A-Z][\w-]*|state|public|private|national|local|independent|online|daily)\s+){0,2}"
    r"(?:broadcaster|newspaper|daily|news\s+agency|agency|channel|network|outlet|weekly|radio)\b"
)
_MEDIA_BEFORE_FIRST = frozenset(  # see _Scan
    _words(
        """
        broadcaster newspaper daily weekly news agency channel network radio television tv
        magazine outlet website paper tabloid
        """
    )
)
_MEDIA_AFTER_WORDS = tuple(  # what _MEDIA_AFTER needs one of
    _words("broadcaster newspaper daily agency channel network outlet weekly radio")
)
_MEDIA_NAME_NOUN = re.compile(
    r"(?P<m>[A-Z][\w’'.&-]*(?:[ \t]+[A-Z][\w’'.&-]*){0,2})[ \t]+(?:news[ \t]+agency|"
    r"television|TV|broadcaster|newspaper|radio|channel|website)\b"
)
_MEDIA_NAME_NOUN_SCAN = _Scan(
    _MEDIA_NAME_NOUN,
    frozenset(_words("agency television tv broadcaster newspaper radio channel website")),
    chunks=4,
    capitals=True,
)
_MEDIA_NAME_LEAD = re.compile(  # what comes before such a name
    r"\b(?:the|official|semi-official|state-run|state-owned|state|public|private|"
    r"pro-government|independent|by|to|with|told|on)\s+$"
)
_DATELINE_MEDIA = re.compile(
    r"^[A-ZÀ-Þ][A-ZÀ-Þ .'’-]+,?[^()\n]{0,30}?\((?P<m>[A-Z][\w .&’'-]{1,30})\)\s*[-–—]",
    re.MULTILINE,
)

_STATE_CONTEXT_RE = re.compile(r"\b([A-Z][\w-]+)" + _STATE_CONTEXT)
# Every match holds the possessive "’s" right after the name ("Veldania’s"): its "s" is one
# word, and the name is in the same white-space-separated chunk. Far fewer than the nouns
# after it ("minister", "foreign", "president" are in most sentences of the news).
_STATE_CONTEXT_HEADS = frozenset({"s"})  # see _Scan
_STATE_CONTEXT_BEFORE = re.compile(
    r"\b(?:neighbou?ring|the\s+government\s+of|President\s+of|[Mm]inister\s+of|"
    r"[Ee]mbassy\s+of|[Pp]eople\s+of|[Ee]mbassy\s+in|ambassador\s+to)\s+([A-Z][\w-]+)\b"
)


_STATE_BEFORE_HEADS = frozenset(  # _STATE_CONTEXT_BEFORE ("the government of")
    _words("neighbouring neighboring government president minister embassy people ambassador")
)
_VISIT_VERB = re.compile(
    r"\b(?P<v>visit(?:s|ed|ing)?|will\s+visit|to\s+visit|travell?(?:ed|ing)?\s+to|travels\s+to|"
    r"travel\s+to|arrived\s+in|arrives\s+in|arrive\s+in|arriving\s+in|flew\s+to|fly\s+to|flies\s+to|"
    r"(?:leaves|left|leaving|will\s+leave|depart(?:s|ed|ing)?|will\s+depart|head(?:s|ed|ing)?|"
    r"will\s+head)\s+(?:(?:on|this|next)\s+[A-Z]?[a-z]+\s+|later\s+today\s+|today\s+|"
    r"tomorrow\s+)?for|head(?:s|ed|ing)?\s+to)\s+"
)
_CITY_OF_STATE = re.compile(  # after "travel to": "Draslav, the Kostravan capital"
    r"[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*)?,\s+"
    r"(?:the\s+(?P<dem>[A-Z][a-z]+)\s+(?:capital|port|city)\b|in\s+(?P<state>[A-Z]))"
)
_VISIT_VERB_HEADS = frozenset(
    _words(
        """
        visit visits visited visiting travel travels traveled travelled traveling travelling
        arrived arrives arrive arriving flew fly flies leaves left leaving leave depart departs
        departed departing head heads headed heading
        """
    )
)


@lru_cache(maxsize=4096)
def _demonym_forms(name: str) -> tuple[str, ...]:
    forms = [
        name + "n",
        name + "an",
        name + "ian",
        name + "i",
        name + "ese",
        name + "ish",
        name + "ic",
    ]
    if name[-1] in "aeiouy":
        stem = name[:-1]
        forms += [stem + "ian", stem + "an", stem + "ese", stem + "i", stem + "ish", stem + "n"]
    return tuple(f for f in forms if f != name)


_TITLE_OR_WORD_BEFORE = re.compile(
    rf"\b(?:{_ROLE_HEADS}|The|In|To|From|Of|And|With|Neighbouring|Neighboring)[ \t]+$"
)
_ROLE_REFERENCE = re.compile(  # "the (Chinese) foreign minister", not followed by a name
    r"\b(?P<det>the|The)\s+(?:(?!(?:vice|prime|foreign|defen[cs]e|finance|treasury|special|"
    r"chief|top|high|head|permanent|secretary)\b)(?P<dem>(?-i:[A-Z])[a-z]+)\s+)?"
    rf"(?P<role>{_LOWER_ROLE})\b"
    r"(?!\s+(?:of\s+)?(?-i:[A-Z]))",
    re.I,
)
# What a text ends with (then white space) for these patterns to match at its end.
_LOWER_TITLE_ENDS = tuple(
    _words(
        """
        spokesperson spokesman spokeswoman envoy adviser advisor negotiator chief leader
        chairperson director ambassador minister president premier
        """
    )
)
_PRONOUN_SUBJECT = re.compile(  # "… he also said", at the end of a clause
    r"\b(?P<p>he|she|they|it|He|She|They|It)\s+(?:(?:also|then|later|had|has|have|"
    r"would|will|was|were|is|had\s+also|reportedly|allegedly|even|directly|due\s+to|set\s+to|"
    r"expected\s+to|scheduled\s+to)\s+)*$"
)
_COORDINATED = re.compile(  # "… and accused", at the end of a clause
    r"(?:\band|\bbut|,)\s+(?:(?:also|then|later|has|have|had|was|is|repeatedly|"
    r"publicly|openly|directly)\s+)*$"
)
_PRONOUN_ENDS = tuple(
    _words(
        """
        he she they it He She They It also then later had has have would will was were is
        reportedly allegedly even directly to
        """
    )
)
_COORDINATED_ENDS = (
    ",",
    *_words("and but also then later has have had was is repeatedly publicly openly directly"),
)
_COUNTERPART_ENDS = tuple(  # what _COUNTERPART_BEFORE ends in (then a comma or not)
    _words("counterpart counterparts number pair peer homologue colleague")
)
_COUNTERPART_BEFORE = re.compile(
    r"\b(?:his|her|their|its)\s+(?:(?P<dem>[A-Z][a-z]+)\s+)?(?:counterparts?|opposite\s+number|"
    r"pair|peer|homologue|colleague),?\s+(?:(?:Prince|Princess|Sheikh|Sheikha|Dr\.?|Mr\.?|Ms\.?|"
    r"Mrs\.?|H\.E\.)\s+)?$"
)
_HONORIFIC_AT_END = re.compile(  # "his Saudi counterpart Prince X": what may stand between
    r"\b(?:counterparts?|number|pair|peer|homologue|colleague),?\s+(?:Prince|Princess|Sheikh|"
    r"Sheikha|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|H\.E\.)\s+$"
)
_ORG_POSS_ROLE = re.compile(
    r"\b(?:(?P<its>[Ii]ts)|(?:[Tt]he|[Tt]his)\s+(?P<what>party|organi[sz]ation|group|bloc|union|"
    r"alliance|federation|ministry|agency|company|commission|council|body|institute))"
    r"(?(its)|[’']s)\s+(?P<role>(?:[a-z-]+\s+){0,3}?(?:leader|chief\s+executive|spokesman|"
    r"spokeswoman|spokesperson|director|chairman|chairwoman|chairperson|chair|president|"
    r"secretary[- ]general|head|chief|founder|deputy|commissioner|envoy|ambassador|"
    r"representative|minister)(?:\s+(?:for|of)\s+(?:the\s+)?[a-z]+)?),\s+$"
)
_LOWER_TITLE_BEFORE = re.compile(
    r"(?P<role>(?:(?:foreign|policy|affairs|ministry|press|chief|deputy|senior|top|special|"
    r"trade|defen[cs]e|security|climate|opposition|party|government|presidential|official|"
    r"foreign-policy|former|prime|interior|finance|[A-Z][a-z]+)\s+){0,4}(?:spokesperson|"
    r"spokesman|spokeswoman|envoy|adviser|advisor|negotiator|chief|leader|chairperson|director|"
    r"ambassador|minister|president|premier))\s+$"
)


_PREP_BEFORE = re.compile(
    r"\b(?:of|to|by|from|with|for|in|at|on|about|against|between|among|than|like|into|"
    r"over|after|before|toward|towards|across|near|without|[Aa]ccording\s+to|on\s+behalf\s+of)"
    r"\s+(?:(?:the|a|an|its|his|her|their|state|news|agency|broadcaster|newspaper|daily|"
    r"channel|network|official|semi-official|state-run|state-owned|pro-government|"
    r"independent|private|public)\s+){0,4}$"
)


_VERB_AFTER = re.compile(
    r"(?:[’']s\s+[a-z]+\s+)?(?:,\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+)?[^,.;“”\"]{1,120},)?"
    r"(?:\s+(?:party|government|ministry|officials|authorities|side|delegation|office|spokesman|"
    r"spokeswoman|spokesperson))?"
    r"\s+(?:(?:also|then|later|quickly|reportedly|allegedly|repeatedly|directly|firmly|only|"
    r"never|not|once|again|further|swiftly|immediately|publicly|openly|still|already|even|"
    r"however|nonetheless|meanwhile|had|has|have|was|were|is|are|will|would|did|does|do)\s+)*"
    rf"(?:{_SPEECH_WORDS}|{_ACCUSE_VERBS}|[a-z]+ed|is|are|was|were|has|have|had|will|would|can|"
    r"could|may|might|must|shall|should|did|does|do|met|meets|gave|took|made|spoke|wrote|held|"
    r"went|came|sought|brought|began|left|won|lost|set|led|kept|rejected|says|denies|accuses|"
    r"paid|pays|"
    r"opposes|wants|sees|calls|urges|warns|insists|argues|believes|considers|pledged|vowed|"
    r"reacted)\b"
)


_STATEMENT_VERB = re.compile(
    r"\b(?P<verb>(?:has|have|had)\s+reported|reported|published\s+(?:a|its|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}report|(?:issued|issues|issue|released|releases|adopted|adopts|"
    r"published)\s+(?:(?:a|an|the|its|their)\s+)?(?:following\s+)?(?:joint\s+|final\s+|"
    r"written\s+)?(?:press\s+)?(?P<k1>statement|communiqué|communique|declaration|press\s+release)|"
    r"(?:in|with|according\s+to(?=\s+a\s+joint))\s+a\s+(?:joint\s+|written\s+|separate\s+|brief\s+|"
    r"short\s+|final\s+)?"
    r"(?:press\s+)?(?P<k3>statement|"
    r"communiqué|communique|press\s+release|declaration))\b(?P<that>\s+that\b)?",
    re.IGNORECASE,
)


_ISSUED_DOC = re.compile(  # "The following press statement was issued today by …"
    r"\b(?P<k>statement|communiqué|communique|declaration|press\s+release)\s+(?:(?:was|has\s+been|"
    r"is|were)\s+)?(?:(?:issued|released|published|adopted|made)\s+)(?P<tail>[^.:;]{0,160})",
)
_ISSUED_DOC_SCAN = _Scan(
    _ISSUED_DOC, frozenset(_words("statement communiqué communique declaration press"))
)
# "Statement attributable to the Spokesperson for the Secretary-General", "Statement by X"
_ATTRIBUTABLE = re.compile(
    r"\b(?P<k>[Ss]tatement|[Cc]ommuniqué|[Dd]eclaration)\s+(?:[Aa]ttribut(?:able|ed)\s+[Tt]o|"
    r"(?P<by>by))\s+(?P<tail>(?:[^.:;\n]|(?:(?<=\bMr)|(?<=\bMs)|(?<=\bDr)|(?<=Mrs))\.){0,120})"
)
# a release's title or header: "Security Council Press Statement on …"
_TITLE_DOC = re.compile(
    r"^(?:(?P<who>(?!Press\b)[A-Z][\w’'.-]*(?:[ \t]+(?!Press\b)[A-Z][\w’'.-]*){0,5})[ \t]+)?"
    r"(?:Press[ \t]+)?(?P<k>Statement|Communiqué|Communique|Declaration)\b"
    r"(?:[ \t]*\n+(?P<name>[^\n]{3,60})\n)?",
    re.MULTILINE,
)
_OFFICE_SAID = re.compile(  # "Dragan's office said", "Merz's office said in a statement"
    r"(?<![\w’'-])[A-Z][\w’'-]*(?P<poss>[’']s)\s+(?P<office>(?:press\s+)?office|press\s+service|"
    r"chancellery|secretariat)\s+(?:also\s+)?(?:said|says|announced|stated|declared)\b"
)
_OFFICE_SAID_SCAN = _Scan(
    _OFFICE_SAID,
    frozenset(_words("office service chancellery secretariat")),
    chunks=2,
    capitals=True,
)
_TITLE_DOC_SCAN = _Scan(
    _TITLE_DOC, frozenset(_words("statement communiqué communique declaration")), chunks=7
)
_ATTRIBUTABLE_SCAN = _Scan(_ATTRIBUTABLE, frozenset(_words("statement communiqué declaration")))
_REPORT_NOUN = re.compile(  # "a European Commission report on …", "the UN’s latest report"
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Nn]ew|[Ll]atest)\s+(?:(?:new|latest|recent|annual|"
    r"draft|leaked|confidential|two|three|both|several|\d{1,4})\s+)?(?P<who>[A-Z][\w’'.-]*(?:\s+(?:of\s+|the\s+)*"
    r"[A-Z][\w’'.-]*){0,5}(?:[’']s)?)\s+(?:(?:new|latest|annual|press|joint|final)\s+)?"
    r"(?P<k>report|communiqués?|communiques?|declarations?|statements?)\b"
)
_REPORT_NOUN_SCAN = _Scan(
    _REPORT_NOUN,
    frozenset(
        _words(
            "report communiqué communiqués communique communiques declaration declarations "
            "statement statements"
        )
    ),
    chunks=9,
)


_SAID_AFTER_QUOTE = re.compile(  # “…,” said X
    rf"[\s,.:;—–-]*(?P<verb>{_SPEECH_WORDS})\s+(?:(?:yesterday|today|on\s+\w+|later|"
    r"also|again|in\s+a\s+(?:\w+\s+)?statement|in\s+an\s+interview)\s+)*"
)
_NAME_SAID = re.compile(  # “…,” X said / X was quoted by the Y agency as saying
    rf"\s+(?:(?:also|then|later|had|has|have)\s+)*(?P<verb>{_SPEECH_WORDS}|(?:was|were|is|are)"
    r"\s+(?:quoted|cited)\s+(?:by\s+[^.;“”\"]{1,80}?\s+)?as\s+(?:saying|telling|stating))\b"
)
_SPEECH_WORD_AGAIN = re.compile(rf"(?:{_SPEECH_WORDS})\s+")  # "said said X"
_FULL_STOPS = (".", "!", "?", "…")  # what a full sentence ends in (see _attribute)
_QUOTE_OPEN = re.compile('[“"«‘]')
_QUOTE_CLOSE = {"“": "”", '"': '"', "«": "»"}
_SINGLE_CLOSE = re.compile(r"’(?![A-Za-z])")


_DEMONYM_BODY = re.compile(
    r"\b(?P<dem>[A-Z][a-z]+)\s+"
    r"(?:officials|authorities|government|leadership|diplomats|negotiators)\b"
)


# What ends a word of the language and no name ("Cessation", "Legitimacy", "Union-led").
_NOUN_END = re.compile(
    r"(?:[a-z]{3}(?:tion|sion|ment|ity|ness|ism|acy|ship|ance|ence)|-(?:led|backed|based|"
    r"linked|run|owned|born|style|era|wide))$"
)
_TITLE_OR_HONORIFIC_BEFORE = re.compile(
    r"\b(?:President|Minister|Secretary|Senator|Governor|Chancellor|Premier|Mr\.?|Mrs\.?|Ms\.?|"
    r"Dr\.?|King|Queen|Prince|Ambassador|Envoy)\s+(?:[A-Z][a-z]+\s+)?$"
)
# What a body holds or meets in, after its name: "the Arctic Council Ministerial".
_HELD_BY_BODY = frozenset(
    _words("Ministerial Chairmanship Presidency Summit Meeting Session Secretariat Members")
)
_MEDIA_FIRST = frozenset(_words("Radio Voice Television"))
_REGIME = re.compile(r"(?<![\w’'-])(?P<by>[A-Z][\w’'-]+) regime\b")  # who rules a state
_MEMBERS_OF = frozenset(  # "Members of the Senate", "Leaders of the Party": people of a body
    _words("The Members Member Leaders Heads Officials Representatives Delegates Envoys")
)
# A state's name inside a place's or a dateline ("Northern Ireland", "Lake Chad", "East China
# Sea", "Lima, Peru", "ranging from Yemen to Libya"): where, not who.
_STATE_IN_PLACE_BEFORE = re.compile(
    r"(?:\b(?:Northern|Southern|Eastern|Western|Central|Latin|Upper|Lower|Lake|Gulf\s+of)\s+|"
    r"(?:^|\n)[ \t]*[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?,[ \t]*)$"
)
_STATE_IN_PLACE_AFTER = re.compile(
    r"[ \t]+(?:"
    + "|".join(sorted(PLACE_HEADS - {"Palace", "Hall", "Hotel", "Square", "Street", "Avenue"}))
    + r")\b"
)
_STATE_AS_TOPIC_AFTER = re.compile(  # "Cyprus negotiations", "the Darfur crisis": a topic
    r"[ \t]+(?i:negotiations|talks|issue|problem|question|crisis|conflict|dispute|file|"
    r"peace[ \t]+(?:process|talks))\b"
)
# A capital named as a place: "in the Sudanese capital, X", "in A, B and X", "X, D.C.,
# June 25" at a line's start (a dateline).
_CAPITAL_AS_PLACE_BEFORE = re.compile(
    r"(?:\bcapital,?[ \t]+|\b(?:in|at|to|from|near|between)[ \t]+[A-Z][\w-]*"
    r"(?:,[ \t]+[A-Z][\w-]*)*,?[ \t]+(?:and|or)[ \t]+)$"
)
_DATELINE_AFTER = re.compile(
    r"(?:,[ \t]*D\.C\.)?(?:,[ \t]*(?:[A-Z][a-z]+\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]+)"
    r"|[ \t]*\((?:AP|AFP|Reuters|IANS|dpa|Xinhua)\)|[ \t]+[-–—][ \t])"
)
_SEATS = frozenset(  # bodies named by their building, a place after "at the"
    {"White House", "Kremlin", "Elysée", "Pentagon", "Downing Street"}
)
_GOVERNMENT_WORDS = frozenset(_words("Government Federal National Royal Central of the The"))
_DOCUMENT_NAME = re.compile(  # a capitalised run naming a document, not a body
    r"(?:The\s+)?(?:Compact|Treaty|Agreement|Accord|Accords|Convention|Protocol|Memorandum|"
    r"Charter|Pact|Declaration|Covenant)\s+(?:of|on|for|between|to)\s"
)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{2,7}")
_NOT_ACRONYMS = frozenset(
    _words(
        """
        GDP CEO COVID AIDS HIV UTC GMT USD EUR NGO LNG MPS EST CET BST PDF URL FAQ DNA RNA SMS
        VIP WMD ICBM UAV III VII VIII XII XIV XV XX XXI CIF FOB OPEC ISBN TBC TBA AFP RSS SUV
        MOU MOA
        """
    )
)
# Title nouns that may end a capitalised title before a name ("Foreign Policy Chief X").
_TITLE_NOUNS = frozenset(
    _words(
        """
        chief head spokesman spokeswoman spokesperson envoy negotiator coordinator rapporteur
        director commissioner representative adviser advisor
        """
    )
)
_COMPASS_WORDS = frozenset(
    _words("North South East West Central Northern Southern Eastern Western Southeast Northeast")
    + _words("Southwest Northwest South-East North-East South-West North-West Sub-Saharan")
)
_PARTICLES = frozenset(_words("de da do dos das del della der den van von al el bin ibn le la du"))
# Last words of a long title before a name ("… for Compact Negotiations", "… Relations").
_TITLE_ENDS = frozenset(
    _words(
        """
        Negotiations Relations Policy Issues Operations Enlargement Neighbourhood Territories
        Resources Questions Coordination Partnerships Diplomacy Peacekeeping Disarmament
        """
    )
)
_NOT_NAME_WORDS = frozenset(
    _words(
        """
        Security Cooperation Co-operation Council Partnership Strategic Comprehensive Maritime
        International National Development Affairs Trade Economic Joint Memorandum Understanding
        Treaty Agreement Declaration Charter Commission Committee Union Organization
        Organisation Forum Summit Conference Meeting Session Press Release Statement Communiqué
        Minister Ministry Department Office Republic Kingdom State States Federation Palace
        House Government Parliament Senate Congress Assembly Court Party Front Movement
        Institute Studies Rights Watch Human Diplomatic Correspondent Editor Analysis Briefing
        Delegate
        News Service Wire Daily Times Post Gulf Sea River Reef Strait Border Region Province
        City Town Port Airport Station Square Street North South East West Central Upper Lower
        New Old Great Grand Royal General Special Regional Global World Annual Report Protocol
        Convention Accord Pact Deal Programme Program Plan Initiative Strategy Policy Fund Bank
        Group Company Corporation Centre Center Chamber Board Agency Authority Bureau Command
        Force Forces Army Navy Guard Coast Police Health Education Energy Climate Finance
        Justice Interior Defence Defense Culture Information Communication Transport Agriculture
        Labour Labor Industry Commerce Environment Migration Monument Defenders Statistics
        Election Electoral Liberal Radical Authentic Democratic Socialist Republican
        Conservative Progressive Green Nations Countries Islands Peninsula Valley Mountains
        Desert Annex Article Chapter Section Resolution Act Law Bill Code Prize Award Cup Games
        Olympics Mission Embassy Consulate Sheikh Crown Prince Princess King Queen Emperor
        President Premier Chancellor Secretary Ambassador Envoy Spokesperson Spokesman
        Spokeswoman Professor Doctor Senator Day Days Week Weeks Room Cyclone Cyclones Hurricane
        Typhoon Storm Earthquake Team Panel Unit Committees Radio Television Remarks Readout
        Ministerial Chairmanship Vessel Vessels Ship Ships Frigate Patrol Aircraft Conflict
        Crisis War Campaign Process Asia Africa Europe Pacific Atlantic Arctic Meetings Visit
        Visits Trip Tour
        """
    )
)
# After a run: the places it and the runs listed with it are ("South Kordofan and Blue
# Nile states", "the Ituri and North Kivu provinces").
_PLACES_NOUN_AFTER = re.compile(
    r"(?:,?[ \t]+(?:and|or)[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})?[ \t]+"
    r"(?:states|provinces|regions|districts|governorates|counties|prefectures)\b"
)


# Common capitalised words that on their own are no name, no title and no organisation:
# find_capitalised_names skips them (_classify_run would drop them as common words).
_QUIET_CAPS = frozenset(
    w
    for w in _COMMON_CAPS
    if w.isalpha()
    and (len(w) == 1 or w[1:].islower())
    and w not in ORG_HEADS
    and w not in _HONORIFIC_WORDS
    and not w.startswith(_ROLE_TITLE_PREFIXES)
)
_DEMONYM_LIKE = re.compile(r"^[A-Z][a-z]+(?:an|ian|ese|i|ish|ic)$")
_DEMONYM_ENDS = ("an", "ese", "i", "ish", "ic")  # what _DEMONYM_LIKE ends in ("ian": "an")


_MEDIA_GAP = re.compile(
    r"(?:(?:the|a|an|state|public|private|national|daily|news|official|semi-official|"
    r"state-run|state-owned|pro-government|independent|[A-Z][a-z]+)\s+){0,3}"
    r"(?:broadcaster|agency|newspaper|daily|channel|network|radio|television|outlet|"
    r"news\s+agency|press\s+service|weekly|paper)\s+"
)


# Where the whole-text patterns are tried (see _Scan and _Extractor.scan).
_ANON_SCAN = _Scan(_ANON, _ANON_HEADS, chunks=7)  # det + three modifiers of up to two words
_ROLE_REFERENCE_SCAN = _Scan(_ROLE_REFERENCE, _LOWER_ROLE_HEADS, chunks=2)  # "the Chinese …"
_DELEGATION_SCAN = _Scan(_DELEGATION, _DELEGATION_HEADS, chunks=2)  # "the Chinese …"
# "the presidential press service of X", "the press office of the Y": a body that relays
_PRESS_SERVICE = re.compile(
    r"\b(?:the|The)\s+(?P<name>(?:(?:presidential|government|official|ministry)\s+)?press\s+"
    r"(?:service|office)\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*)"
)
_PRESS_SERVICE_SCAN = _Scan(_PRESS_SERVICE, frozenset(_words("press")), chunks=2)
_BODY_OF_STATE_SCAN = _Scan(_BODY_OF_STATE, _BODY_OF_STATE_HEADS, chunks=1)  # "the …"
_DEMONYM_BODY_SCAN = _Scan(_DEMONYM_BODY, _DEMONYM_BODY_HEADS, chunks=1)  # "Chinese …"
_ORG_REFERENCE_SCAN = _Scan(_ORG_REFERENCE, _ORG_REFERENCE_HEADS, chunks=1)  # "the …"
_CONF_SCAN = _Scan(_CONF_NP, _CONF_HEADS, chunks=7)  # "last week's" + five words
_VISIT_NOUN_SCAN = _Scan(_VISIT_NOUN, frozenset({"visit", "trip", "tour"}), chunks=4)
_VISIT_VERB_SCAN = _Scan(_VISIT_VERB, _VISIT_VERB_HEADS, chunks=1)  # "will visit"
_STATE_CONTEXT_SCAN = _Scan(_STATE_CONTEXT_RE, _STATE_CONTEXT_HEADS, chunks=1)  # "X’s new …"
_STATE_BEFORE_SCAN = _Scan(_STATE_CONTEXT_BEFORE, _STATE_BEFORE_HEADS, chunks=1)  # "the …"
_ACCUSE_SCAN = _Scan(_ACCUSE, _ACCUSE_FORMS)
_DATE_SCAN = _Scan(  # "on Monday", "next week", "the day before yesterday"
    _DATE_RE,
    _DATE_NEAR_HEADS,
    chunks=1,
    digits=True,
    far=frozenset(_words("yesterday tomorrow days weeks months years")),
    far_chunks=3,
)
_STATEMENT_SCAN = _Scan(_STATEMENT_VERB, _STATEMENT_FIRST)
_MEET_SCAN = _Scan(_MEET, _MEET_FIRST)
_ABSENCE_SCAN = _Scan(_ABSENCE, _ABSENCE_FIRST)
_AGREEMENT_SCAN = _Scan(_AGREEMENT, _AGREEMENT_FIRST)
_MEDIA_BEFORE_SCAN = _Scan(_MEDIA_BEFORE, _MEDIA_BEFORE_FIRST)
_STATE_POSS_BODY_SCAN = _Scan(  # "Dravena’s foreign ministry", "New Varia’s presidency"
    _STATE_POSS_BODY,
    frozenset(_words("foreign interior defence defense justice finance trade presidency")),
    chunks=2,
)
_SPEECH_SCAN = _Scan(_SPEECH, _SPEECH_FIRST)
_STATE_FORM_SCAN = _Scan(  # every match starts with one of these words (the main one or not)
    _STATE_FORM,
    frozenset(
        _words(
            """
            democratic federal islamic socialist united plurinational people republic kingdom
            federation state principality sultanate emirate commonwealth grand confederation
            """
        )
    ),
)
_MEDIA_AFTER_SCAN = _Scan(  # three words of a name, "the", two modifiers and "news"
    _MEDIA_AFTER, frozenset(_MEDIA_AFTER_WORDS), chunks=7, capitals=True
)
_GROUP_SCAN = _Scan(  # "alleged", two modifiers ("\w+-backed" may start with "_")
    _GROUP, frozenset(_GROUP_HEADS), chunks=3, underscore=True
)
_LATTER_FORMER_SCAN = _Scan(_LATTER_FORMER, frozenset({"latter", "former"}), chunks=1)
_SUBORDINATE = re.compile(  # a name inside a subordinate clause ("whether X had …")
    r"\b(?:whether|if|that|when|while|after|before|because|although|as|since|once|until)\s+"
    r"[^,;]*$"
)
_STATEMENT_BY = re.compile(  # "a statement issued by", "… issued today by the Spokesman for"
    r"\bstatement\s+(?:was\s+)?(?:issued|released|attributable|made)\s+(?:today\s+|on\s+\w+\s+)?"
    r"(?:by|to)\s+"
)
_ISSUED_BY_SPOKESPERSON = re.compile(
    r"\baccording\s+to\s+(?:a|the)\s+(?:read-?out|statement|note)\s+(?:issued|released)\s+"
    r"(?:\w+\s+)?by\s+(?:a|the)\s+(?P<sp>[Ss]pokes(?:person|man|woman)\s+for\s+(?:the\s+)?"
    r"(?P<of>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*))"
)
_SPOKESPERSON_OF = re.compile(  # after _STATEMENT_BY: "Mr. Ban’s spokesperson", "his spokesman"
    r"(?:the\s+|a\s+)?(?P<np>(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}[’']s|"
    r"his|her)\s+(?:[Ss]pokes(?:person|man|woman))\b"
)
_CLAUSE_BREAK = re.compile(  # a full stop that ends a sentence, not "Mr." or "J."
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])[.!?]\s|;\s"
)
_THE_ANON = re.compile(
    r"\b(?:the|The)\s+(?P<head>source|official|diplomat|negotiator|aide|adviser)\b"
    r"(?=\s*[,.;:]|\s+(?:said|says|told|added|described|declined|spoke|who|had|has|was|is|"
    r"would|will|called|warned|insisted|did|also|later|then)\b)"
)
_THE_ANON_SCAN = _Scan(
    _THE_ANON, frozenset(_words("source official diplomat negotiator aide adviser")), chunks=1
)
_THE_SAME_SCAN = _Scan(_THE_SAME, frozenset({"same"}), chunks=1)
_COUNTERPARTS = re.compile(r"\b(?:his|her|their)\s+(?P<dem>[A-Z][a-z]+\s+)?counterparts?\b")
_COUNTERPARTS_SCAN = _Scan(_COUNTERPARTS, frozenset({"counterpart", "counterparts"}), chunks=2)
_DOCUMENT_ADOPTED = re.compile(
    r"\b(?:The|the)\s+(?:document|communiqué|communique|declaration|text)\s+adopted\s+by\s+"
    r"(?:the\s+)?(?P<n>\d+|[a-z]+)\s+(?:countries|members|allies|states|nations|leaders)"
)
_DOCUMENT_ADOPTED_SCAN = _Scan(_DOCUMENT_ADOPTED, frozenset({"adopted"}), chunks=2)
_RELAY = re.compile(  # who relayed words: "quoted by AFP", "told Reuters", "according to …"
    r"\b(?:(?:quoted|cited)\s+(?:as\s+saying\s+)?by|[Aa]ccording\s+to|reported\s+by|told|"
    r"said|says|citing|reports?|reported|interview\s+with|(?:[Ss]peaking|[Tt]alking)\s+to|"
    r"(?:declared|stated|explained|spoke|said)\s+to|"
    r"(?:remarks|comments)\s+to)\s+(?:(?:a|the)\s+statement[\s.]*(?:\w+\.\s*)?)?"
    r"(?:(?:the|a|an|official|semi-official|state-run|state-owned|state|public|"
    r"pro-government|independent|private)\s+)*"
)
_RELAY_SCAN = _Scan(
    _RELAY,
    frozenset(
        _words(
            """
            quoted according cited reported told said says citing report reports interview
            speaking talking remarks comments declared stated explained spoke
            """
        )
    ),
)
# An organisation speaking: "the Foreign Ministry said" (see _Extractor._said_after_names).
_SAID_AFTER_NAME = re.compile(r"\s\s*(?:also\s+)?(?:said|says|announced|stated|declared)\b")
_SAID_AFTER_NAME_HEADS = frozenset(_words("said says announced stated declared"))
_JOINT_AFTER_TALKS = re.compile(  # "A joint statement after the talks said"
    r"\b(?:[Aa]|[Tt]he)\s+joint\s+(?P<k>statement|communiqué|communique|declaration)\s+"
    r"(?:(?:issued|released|adopted)\s+)?(?:after|following|at\s+the\s+end\s+of)\s+"
    r"(?:the|their|that|this)\s+(?:[\w-]+\s+)?(?:talks|meeting|summit)\b"
)
# A state speaking as a clause's subject (_Extractor._states_speaking), and what may come
# before that subject: the sentence start, a conjunction, or "the" ("the UK calls upon").
_STATE_SAYS = re.compile(
    r"(?<=\w)\s+(?:also\s+|has\s+|have\s+|had\s+)?(?:says|insists|denies|"
    r"denounced|calls\s+(?:up)?on\s+(?=the\b|[A-Z]))\b"
)
_STATEMENT_FROM = re.compile(  # "a statement from X said", "according to a statement by X"
    r"\b(?:(?P<acc>[Aa]ccording\s+to\s+)?(?:[Aa]n?|[Tt]he)\s+)(?:(?:joint|written|brief|short|"
    r"separate|new|latest)\s+)?(?:press\s+)?(?P<k>statement|communiqué|communique|declaration|"
    r"press\s+release)\s+(?:(?:issued|released|posted)\s+)?(?:from|by)\s+(?:the\s+)?"
)
_STATEMENT_FROM_SCAN = _Scan(
    _STATEMENT_FROM,
    frozenset(_words("statement communiqué communique declaration press")),
    chunks=5,
)
_SAID_AFTER_DOC = re.compile(  # what the statement does: "… said", "…, quoted by AFP, said"
    r"\s*(?:,[^,.;]{0,60},\s*)?(?:also\s+)?(?:said|says|added|stated|noted|read|reads|warned)\b"
)
_JOINT_DOC_BETWEEN = re.compile(  # "the Joint Declaration of Peace and Friendship between"
    r"(?i:joint)\s+(?P<kind>(?i:declaration|communiqu[eé]|statement))\b"
    r"(?:\s+(?:on|of|for)\s+[^.;,]{1,80}?)?\s+between\s+(?:the\s+)?"
)
_JOINT_DOC_BETWEEN_SCAN = _Scan(_JOINT_DOC_BETWEEN, frozenset({"joint"}))
_GOVERNMENT_SAID = re.compile(  # "Chile's government said", "the Doskaran government announced"
    r"government\s+(?:(?:has|had|also|on\s+"
    rf"(?:{_WEEKDAYS}))\s+)*(?:said|says|announced|stated|declared)\b"
)
_GOVERNMENT_SAID_SCAN = _Scan(_GOVERNMENT_SAID, frozenset({"government"}))
_GOVERNMENT_OWNER = re.compile(r"(?:[’']s|\b[Tt]he\s+(?P<dem>[A-Z][a-z]+))\s+$")
_STATE_CLAUSE_LEAD = re.compile(
    r"(?:^|\b(?:but|and|while|whereas|as|something|which|what)\s+|[,;:]\s+)(?:the\s+)?$",
    re.IGNORECASE,
)
_SCAN_HEADS.update(_SAID_AFTER_NAME_HEADS)  # indexed for _Extractor._said_after_names


_TITLE_WORDS = (
    r"minister|president|premier|chancellor|ambassador|envoy|spokes(?:man|woman|person)|"
    r"secretary|counterpart|leader|king|queen|emir|negotiator|diplomat|official|officials|"
    r"commissioner|governor|general|adviser|advisor|consul"
)
# What follows a state's name when a title takes it ("Sundaran ambassador", "Peru’s former
# foreign minister"), and what comes before it ("the foreign minister of Peru").
_TITLE_AFTER_STATE = re.compile(rf"(?:[’']s)?\s+(?:[\w-]+\s+){{0,2}}?(?i:{_TITLE_WORDS})\b")
# From an organisation or state to the person who speaks for it: "State Department
# spokesperson Marcus Hale", "the Progressive Party’s foreign affairs spokesman, Daniel Okafor".
_ORG_TO_HOLDER = re.compile(
    rf"(?:[’']s)?\s+(?:(?:[\w-]+|[A-Z][\w-]*)\s+){{0,3}}?(?i:{_TITLE_WORDS}|chief|head|"
    r"director|coordinator|representative|rapporteur)"
    r"(?:\s+(?:for|of|on)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?,?\s+"
)
_ONE_OF = re.compile(
    r"(?:one|One|some|Some|two|both|all)\s+of\s+(?:the|those|these|them)\s+(?:[a-z-]+\s+)?"
    r"(?P<head>source|official|diplomat|negotiator|aide|adviser)s\b"
)
# The titles "the leader" refers back to ("… said the Chilean leader").
_LEADER_TITLES = frozenset(
    ("president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan")
)
# Titles that name their body by themselves (in news copy in English).
_IMPLIED_ORG = {
    "secretary of state": "United States",
    "deputy secretary of state": "United States",
    "secretary-general": "United Nations",
    "un secretary-general": "United Nations",
    "secretary general": "United Nations",
    "under-secretary-general": "United Nations",
    "assistant secretary-general": "United Nations",
    "deputy secretary-general": "United Nations",
    "president of the security council": "UN Security Council",
}
_SG_OFFICE = (
    r"(?P<role>(?:(?:Deputy|Special|Personal|Chief)\s+)*(?:Adviser|Advisor|Envoy|Representative|"
    r"Spokesman|Spokesperson|Spokeswoman|Coordinator)"
    r"(?:\s+(?:of|to|for)\s+the\s+Secretary-General)?"
    r"(?:\s+(?:on|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*)?)"
)
_SG_OFFICE_BEFORE = re.compile(
    r"(?:\b(?P<poss>Secretary-General[’']s)\s+)?"
    + _SG_OFFICE
    + r",?\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$"
)
_SG_OFFICE_AFTER = re.compile(
    r",\s+(?:the\s+)?(?=[^,\n]*Secretary-General)" + _SG_OFFICE + r"(?=[\s,.;:)]|$)"
)
# A name's title after a comma to the end of its line (a signature: "X, Spokesman for Y").
_SIGNED_TITLE = re.compile(rf",[ \t]+(?:{_ROLE_TITLE})(?:[ \t]+[^\n,]*)?[ \t]*(?:\n|$)")
# Two titles before one name: "Chinese State Councilor and Foreign Minister X".
_TITLE_AND_BEFORE = re.compile(rf"(?<![\w-])(?P<t>{_ROLE_TITLE})\s+and\s+$")
# After a name, in its clause, the state it acts for: "… signed the Memorandum for the
# Republic of X", "… for Mexico", "… represented the Government of the Republic of X".
_SERVES_STATE = re.compile(
    r"(?:,?\s+(?:signed|initialled|initialed|represented|spoke|acted|negotiated)\b"
    r"[^.;:\n]{0,80}?)?\s+(?:for|represented|representing)\s+(?:the\s+)?"
    r"(?:(?:Federal\s+|National\s+)?Government\s+of\s+(?:the\s+)?)?"
)
# "Name (Title of the State)"
_TITLE_IN_BRACKETS = re.compile(
    r"[ \t]*\((?P<role>[A-Z][^()\n]{1,60}?)\s+of\s+(?:the\s+)?(?P<of>[A-Z][^()\n]{1,80})\)"
)
# A name alone on its line, its title alone on the next (a statement's signature block).
_NAME_LINE_THEN_TITLE = re.compile(r"[ \t]*\n[ \t]*(?P<role>[A-Z][^\n]{2,80}?)[ \t]*(?:\n|$)")
# An envoy's brief follows "for": "Special Envoy for Sudan" is sent by someone else.
_BRIEF_FOR = re.compile(
    r"(?i:envoy|representative|coordinator|adviser|advisor|negotiator)\s+for\s+(?:the\s+)?$"
)
# "Council President X", "Security Council President X": the body's rotating presidency
_SUB_BODY_AFTER = re.compile(  # after an organisation's name: one of its bodies
    r"[ \t]+(?:(?:Central|Standing|Executive|Political|Permanent|General)[ \t]+)?"
    r"(?:Committee|Politburo|Secretariat|Bureau)\b"
)
_HOLDS_COUNCIL_PRESIDENCY = re.compile(  # after a name, and its state
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?,\s+(?:which|who)\s+"
    r"holds\s+the\s+(?:(?:Security\s+)?Council[’']s\s+(?:rotating\s+)?presidency|"
    r"(?:rotating\s+)?presidency\s+of\s+the\s+(?:Security\s+)?Council)\b"
)
# After a name: a capitalised title with its brief, no body ("X, Director for Africa").
_TITLE_FOR_AFTER = re.compile(
    r"^,\s+(?P<role>(?P<head>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}?)\s+for\s+"
    r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?=,?\s+[a-z]|[.;\n])"
)
_COUNCIL_BEFORE_TITLE = re.compile(r"(?:\bSecurity[ \t]+)?\bCouncil[ \t]+$")
_GOVERNMENT_PUBLISHER = re.compile(
    r"\b(?:White\s+House|Department|Ministry|Embassy|Government|Presidency|Office|Mission|"
    r"USAID|Kremlin|Chancellery|Foreign\s+Office|Federal\s+Register)\b"
)
# Titles a publishing government's own officials never hold: in a US readout "Prime
# Minister X" or "Minister X" is another state's, in a British one "President X" is.
_TITLES_A_STATE_LACKS: Mapping[str, re.Pattern[str]] = {
    "United States": re.compile(r"\b(?:Minister|Premier|King|Queen|Chancellor|Emir|Sultan)\b"),
    "United Kingdom": re.compile(r"\b(?:President|Vice[- ]President|Emir|Sultan)\b"),
}
_US_PUBLISHER = re.compile(
    r"\b(?:White\s+House|USAID|U\.S\.|US|United\s+States|Federal\s+Register)\b"
)
_TITLE_BEFORE_STATE = re.compile(rf"(?i:{_TITLE_WORDS})\s+(?:of|to|for|in)\s+(?:the\s+)?$")
_TITLE_TO_STATE = re.compile(rf"(?i:{_TITLE_WORDS})\s+(?:to|for|in)\s+(?:the\s+)?$")


_COMPANY_WORDS = _words(
    """
    firm company operator utility giant maker manufacturer producer carrier airline lender
    insurer conglomerate retailer startup start-up miner supplier developer contractor
    shipper consortium exporter importer refiner trader
    """
)
_COMPANY_BEFORE = re.compile(
    rf"\b(?:{'|'.join(_COMPANY_WORDS)})\s+"
    r"(?P<m>[A-Z][\w’'.&-]*(?:[ \t]+(?:[A-Z][\w’'.&-]*|&)){0,3})"
)
_COMPANY_BEFORE_SCAN = _Scan(_COMPANY_BEFORE, frozenset(_COMPANY_WORDS))
_TO_HOST = re.compile(r"\b(?:will|to|would|shall)[ \t]+host\b")
_BYLINE = re.compile(  # "By Jane Roe", "(Reporting by X; Editing by Y and Z)"
    r"(?m:^[ \t]*By[ \t]+(?P<names>[A-Z][^\n]{0,80}?)[ \t]*$)|"
    r"\b(?:(?:[Aa]dditional\s+)?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten|"
    r"[Ee]dited|[Tt]ranslated|[Pp]hotos?|[Gg]raphics?)(?:\s+and\s+\w+)?\s+by\s+"
    r"(?P<names2>[A-Z][^;()\n]{0,120})|"
    r"(?m:^(?P<names3>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'.-]+){1,2}),[ \t]+[A-Z][\w ]{0,30}"
    r"(?:News|Radio|Television|TV)\b[^\n]{0,40}$)|"
    # (not the verb "will host X", nor a title after it: "will host Minister X")
    r"\b(?:[Rr]eporter|[Cc]orrespondent|(?<!will\s)(?<!to\s)(?<!would\s)(?<!also\s)(?<!and\s)"
    r"[Hh]ost|[Aa]nchor|[Pp]resenter|[Ii]nterviewer)[ \t]+"
    rf"(?!(?:{_ROLE_MODS}|{_ROLE_HEADS})\b)"
    r"(?P<names4>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2})"
)


class _Extractor:
    def __init__(
        self,
        text: str,
        *,
        article_id: str,
        published: dt.date,
        publisher: str | None,
        registry: Registry | None,
    ) -> None:
        self.text = text
        self.article_id = article_id
        self.published = published
        self.publisher = publisher
        self.registry = registry
        self.lex = _lexicon(registry)
        self.ents: dict[str, _Ent] = {}
        self._local_names: dict[tuple[str, str], _Ent] | None = {}  # see _local_named
        self.persons: list[_Ent] = []  # the persons among ents, in the same order
        self.mens: list[_Men] = []
        self.mens_sorted = True  # sort_mentions has nothing to do
        self.positions: list[_Pos] = []
        self.events: list[_Evt] = []
        self.absences: list[_Abs] = []
        self.statements: list[_Stmt] = []
        self.quotes: list[_Quote] = []
        self.agreements: list[_Agr] = []
        self.accusations: list[_Acc] = []
        self.ids: set[str] = set()
        self.men_starts: list[int] = []
        self.max_mention = 0
        self._title_before: set[int] = set()
        self._resolved: dict[tuple[str, bool], Resolution | None] = {}  # see resolve
        self.demonyms: dict[str, str] = dict(self.lex.demonyms)
        # Where each head word of a scan starts (in text order), and every word that starts
        # with a digit: indexed while reading the words, for every scan (see scan). Only
        # head words: no scan looks any other word up.
        self._word_index: dict[str, list[int]] = {}
        self._digit_words: list[int] = []
        self._read_words()
        self._sentences()
        self._quote_spans()
        self._lower_words: dict[str, bool] = {}  # see in_lower_case

    def _read_words(self) -> None:
        """The tokens (as :func:`_tokens` gives them: see :attr:`toks`) and the words (see
        :attr:`words`) for :meth:`scan`, with the index of scans' head words: one pass.

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
        first = self.lex.first
        words: list[str] = []
        word_starts: list[int] = []
        # The index of head words (see __init__), made in the same pass.
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
                w = tok.lower()
                words.append(w)
                word_starts.append(s)
                if w in heads:
                    if w in index:
                        index[w].append(s)
                    else:
                        index[w] = [s]
                # (ASCII letters and digits: a digit is <= "9"; others: isdigit says)
                if w[0] <= "9" or (w[0] > "\x7f" and w[0].isdigit()):
                    digits.append(s)
                e += len(parts[k + 1])
                continue
            for r in _WORD_RUN.finditer(lowered, s, e):
                p, w = r.start(), r.group()
                words.append(w)
                word_starts.append(p)
                if w in heads:
                    if w in index:
                        index[w].append(p)
                    else:
                        index[w] = [p]
                if w[0] <= "9" or (w[0] > "\x7f" and w[0].isdigit()):
                    digits.append(p)
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
        """The tokens as :func:`_tokens` gives them: (start, end, text)."""
        return list(zip(self._tok_starts, self._tok_ends, self._tok_list, strict=True))

    @property
    def words(self) -> list[tuple[int, str]] | None:
        """Each run of letters and digits, lower-cased, with where it starts (None where
        lower-casing cannot stand for IGNORECASE)."""
        return list(zip(self._word_starts, self._word_list, strict=True)) if self._exact else None

    def in_lower_case(self, word: str) -> bool:
        """Whether the text uses ``word`` in lower case: ``word in set(_LOWER_WORD.findall(text))``.

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
        """The match of ``_LOWER_WORD.findall(text)`` that starts at ``i``, if one does."""
        text = self.text
        lo = i
        while lo > 0 and text[lo - 1] in _LOWER_WORD_CHARS:
            lo -= 1
        pos = lo
        for p in range(lo, i + 1):
            # (a match starts with a-z, where \b holds: not right after a-z)
            if p >= pos and "a" <= text[p] <= "z" and (p == lo or text[p - 1] in "’'-"):
                m = _LOWER_WORD.match(text, p)
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
                    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|Prof|No|vs|etc)|"
                    r"\b[A-Z]|\.[A-Z])$"
                ).search(before)
            ):
                continue
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
        for m in _QUOTE_OPEN.finditer(text):
            i = m.start()
            if i < pos:
                continue
            ch = m.group()
            if ch == "‘":
                if i > 0 and text[i - 1].isalnum():
                    continue
                cm = _SINGLE_CLOSE.search(text, i + 1, i + 1000)
                j = cm.start() if cm and "‘" not in text[i + 1 : cm.start()] else -1
            else:
                close = _QUOTE_CLOSE[ch]
                j = text.find(close, i + 1, i + 2000)
                if ch == "“":
                    k = text.find("“", i + 1, j if j != -1 else i + 2000)
                    if k != -1:
                        j = -1
                    if j == -1 and (i == 0 or text[i - 1] == "\n"):
                        # A quote running on into the next paragraph opens each of its
                        # paragraphs and closes only the last: this one ends with its line.
                        nl = text.find("\n", i + 1)
                        nl = len(text) if nl == -1 else nl
                        if (k == -1 or nl < k) and "”" not in text[i + 1 : nl]:
                            j = nl
                            open_ended.add(i)
            if j != -1:
                spans.append((i, j))
                pos = j + 1
        self.qspans = [(a, b) for a, b in spans if b - a > 1]
        self.open_quotes = open_ended
        self.q_open = [a for a, _ in self.qspans]

    def scan(self, spec: _Scan) -> Iterator[re.Match[str]]:
        """The matches of ``spec.pattern.finditer(self.text)``, trying it at few places.

        The pattern is tried only at the words of the ``spec.chunks`` white-space-separated
        chunks before each head word (see :class:`_Scan`), in text order, skipping what a
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
        pattern = spec.pattern
        pos = 0
        for start in at:
            if start < pos:
                continue
            m = pattern.match(text, start)
            if m is not None:
                pos = m.end()
                yield m

    def scan_in(self, spec: _Scan, piece: str, offset: int) -> Iterator[re.Match[str]]:
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
        pattern = spec.pattern
        pos = 0
        for start in tried:
            if start < pos:
                continue
            m = pattern.match(piece, start)
            if m is not None:
                pos = m.end()
                yield m

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.q_open, pos) - 1
        return i >= 0 and self.qspans[i][0] < pos < self.qspans[i][1]

    # -- ids and entities -----------------------------------------------------

    def new_id(self, base: str) -> str:
        base = slugify(base)[:60].strip("-") or "fact"
        candidate = base
        n = 2
        while candidate in self.ids or candidate in self.ents or candidate in self.lex.entity_defs:
            candidate = f"{base}-{n}"
            n += 1
        self.ids.add(candidate)
        return candidate

    def ent_from_cand(self, cand: _Cand) -> _Ent:
        ent = self.ents.get(cand.key)
        if ent is None:
            ent = _Ent(cand.key, cand.name, cand.type, cand.local)
            if cand.local and cand.type == "place":
                ent.country = self.lex.countries.get(cand.key)
            self._add_ent(ent)
        return ent

    def _add_ent(self, ent: _Ent) -> None:
        self.ents[ent.key] = ent
        if ent.local and self._local_names is not None:
            self._local_names.setdefault((ent.name, ent.type), ent)
        if ent.is_person:
            self.persons.append(ent)

    def _local_named(self, name: str, etype: str) -> _Ent | None:
        """The first article-local entity (in order of addition) of this name and type."""
        index = self._local_names
        if index is None:
            index = {}
            for ent in self.ents.values():
                if ent.local:
                    index.setdefault((ent.name, ent.type), ent)
            self._local_names = index
        return index.get((name, etype))

    def rename(self, ent: _Ent, name: str) -> None:
        ent.name = name
        self._local_names = None  # rebuilt on use

    def local_ent(self, name: str, etype: str, *, rule: str, conf: float) -> _Ent:
        found = self._local_named(name, etype)
        if found is not None:
            return found
        base = slugify(name)[:60].strip("-") or "entity"
        key = base
        n = 2
        while key in self.ents or (key in self.lex.entity_defs and key not in self.ents):
            key = f"{base}-{n}"
            n += 1
        ent = _Ent(key, name, etype, True, conf=conf, rule=rule)
        self._add_ent(ent)
        return ent

    def add_mention(self, start: int, end: int, key: str, how: str, conf: float = 0.9) -> _Men:
        """Add a mention, keeping the list in text order (``sort_mentions`` marks inner ones)."""
        m = _Men(start, end, key, how, conf)
        m.order = (start, -end, key)
        i = bisect.bisect_right(self.men_starts, start)
        self.mens.insert(i, m)
        self.men_starts.insert(i, start)
        if end - start > self.max_mention:
            self.max_mention = end - start
        self.mens_sorted = False
        return m

    def remove_mention(self, m: _Men) -> None:
        """Remove a mention (``sort_mentions`` then brings the offsets up to date)."""
        self.mens.remove(m)
        self.mens_sorted = False

    def covered(self, start: int, end: int) -> bool:
        """Whether a mention overlaps [start, end)."""
        mens, starts = self.mens, self.men_starts
        i = bisect.bisect_left(starts, start - self.max_mention)
        while i < len(starts) and starts[i] < end:
            if start < mens[i].end:
                return True
            i += 1
        return False

    def sort_mentions(self) -> None:
        if self.mens_sorted:  # nothing added or removed since: sorting again changes nothing
            return
        self.mens_sorted = True
        self.mens.sort(key=_MENTION_ORDER)  # (m.start, -m.end, m.key)
        outer_end = -1
        longest = 0
        for m in self.mens:
            m.inner = m.end <= outer_end and m.start != m.end
            if m.end > outer_end:
                outer_end = m.end
            if m.end - m.start > longest:
                longest = m.end - m.start
        self.men_starts = [m.start for m in self.mens]
        self.max_mention = longest

    def mention_at(self, pos: int) -> _Men | None:
        """The outermost mention starting at ``pos`` (after a determiner)."""
        mens, starts = self.mens, self.men_starts
        # (a determiner starts with one of these letters: elsewhere it matches nothing)
        det = _DETERMINER.match(self.text, pos) if self.text[pos : pos + 1] in "tTaA" else None
        for p in (pos, det.end() if det else pos):
            i = bisect.bisect_left(starts, p)
            best = None
            while i < len(mens) and mens[i].start == p:
                cand = mens[i]
                if best is None or cand.end > best.end:
                    best = cand
                i += 1
            if best is not None:
                return best
        return None

    def mentions_between(self, start: int, end: int, *, outer: bool = True) -> list[_Men]:
        """Mentions within [start, end), in text order (only outermost ones if ``outer``)."""
        starts = self.men_starts
        some = self.mens[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        if outer:
            return [m for m in some if m.end <= end and not m.inner]
        return [m for m in some if m.end <= end]

    def ensure(self, key: str | None) -> str | None:
        """``key`` if it names an entity of this article or of the lexicon (added on use)."""
        if key is None:
            return None
        if key in self.ents:
            return key
        cand = self.lex.entity_defs.get(key)
        if cand is None:
            return None
        return self.ent_from_cand(cand).key

    def ent(self, key: str) -> _Ent:
        return self.ents[key]

    # -- pass 1: names --------------------------------------------------------

    def find_known_names(self) -> None:
        lex, text = self.lex, self.text
        starts, ends, words = self._tok_starts, self._tok_ends, self._tok_list
        first, forms = lex.first, lex.forms
        n = len(words)
        after = 0  # tokens before this one belong to a name found
        for i in self._known_starts:  # (the tokens in lex.first, listed by _read_words)
            if i < after:
                continue
            hit = None
            for length in first[words[i]]:
                if length > n - i:
                    continue
                bucket = forms.get(tuple(words[i : i + length]))
                if bucket is None:
                    continue
                if any(text[ends[j] : starts[j + 1]].strip() for j in range(i, i + length - 1)):
                    continue
                hit = (length, bucket)
                break
            if hit is None:
                continue
            length, bucket = hit
            start, end = starts[i], ends[i + length - 1]
            self.known_hit(start, end, bucket)
            after = i + length

    def _beside_demonym(self, start: int, end: int) -> bool:
        """'Turkish Cypriot leaders': two demonyms name a community, neither state."""
        text = self.text
        nxt = _rx(r"[ \t]+([A-Z][\w-]+)").match(text, end)
        prv = _rx(r"([A-Z][\w-]+)[ \t]+$").search(text, max(0, start - 30), start)
        return any(
            m is not None
            and _fold(m.group(1)) in self.demonyms
            and _fold(m.group(1)) != _fold(text[start:end])
            and self.demonyms[_fold(m.group(1))] != self.demonyms.get(_fold(text[start:end]))
            for m in (nxt, prv)
        )

    def known_hit(self, start: int, end: int, bucket: list[_Cand]) -> None:
        text = self.text
        places = [c for c in bucket if c.type == "place" and not c.capital_of]
        states_ = [c for c in bucket if c.capital_of or (places and c.type == "state")]
        others = [c for c in bucket if c not in states_ and c.type != "place"]
        if others:
            cand = others[0]
            before = text[max(0, start - 40) : start]
            if cand.name in _SEATS and _rx(r"\b(?:at|in|inside|outside)\s+the\s+$").search(before):
                # "met at the White House": the building, a place
                seat = self.ent_from_cand(_Cand(f"{cand.key}-building", cand.name, "place", True))
                self.add_mention(start, end, seat.key, "place")
                return
            ent = self.ent_from_cand(cand)
            how = (
                "qualifier" if ent.type == "state" and self._state_as_place(start, end) else "name"
            )
            self.add_mention(start, end, ent.key, how)
            return
        before = text[max(0, start - 40) : start]
        after = text[end : end + 30]
        if self._inside_person_name(start, end, before, after):
            return  # "Sofia Lindqvist", "Ana Lima": a capital's name used as a person's name
        locative = (
            bool(_locative(before))
            or bool(
                _rx(r",\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\b").match(after)
                and self._is_state_name(after)
            )
            or bool(_CAPITAL_AS_PLACE_BEFORE.search(before))
            or bool(_STATE_AS_TOPIC_AFTER.match(text, end))  # "the Doha peace process"
            or bool(_rx(r"(?:^|\n)[ \t]*$").search(before) and _DATELINE_AFTER.match(text, end))
        )
        if states_ and not (locative and places):
            if locative and not places:
                place = _Cand(slugify(text[start:end]), text[start:end], "place", True)
                ent = self.ent_from_cand(place)
                ent.country = states_[0].key
                self.add_mention(start, end, ent.key, "place")
                return
            ent = self.ent_from_cand(states_[0])
            self.add_mention(start, end, ent.key, "metonym", 0.8)
            return
        if places:
            ent = self.ent_from_cand(places[0])
            if states_ and ent.country is None:
                ent.country = states_[0].key
            self.add_mention(start, end, ent.key, "place")

    def _state_as_place(self, start: int, end: int) -> bool:
        """A state's name used for where something is or what it is about ("in Vilnius,
        Lithuania", "fighting in Syria", "the Cyprus talks"): where, not who."""
        text = self.text
        before = text[max(0, start - 40) : start]
        return bool(
            _rx(
                r"(?:\b(?:in|at|near|over|off|across|outside|around)\s+[A-Z][\w-]*"
                r"(?:\s+[A-Z][\w-]*)?,\s*)$"
            ).search(before)
            or _STATE_IN_PLACE_BEFORE.search(before)
            or (text.startswith("America", start) and _rx(r"\b(?:North|South)\s+$").search(before))
            or _rx(r"\b(?:border|frontier)s?\s+with\s+(?:the\s+)?$").search(before)
            or _STATE_IN_PLACE_AFTER.match(text, end)
            or (before.endswith("from ") and _rx(r"\s+to\s+[A-Z]").match(text, end))
            or _STATE_AS_TOPIC_AFTER.match(text, end)
            or self._beside_demonym(start, end)
            or (
                _rx(
                    r"\b(?:(?:in|across|throughout|inside|within|near|on|about|regarding|"
                    r"concerning|over)\s+(?:the\s+|both\s+)?(?:(?:north|south|east|west|central)"
                    r"(?:ern|-eastern|-western)?\s+)?(?:[A-Z][\w-]+(?:,\s+[A-Z][\w-]+)*"
                    r"\s+(?:and|or)\s+)?|(?:people|situation|crisis|war|conflict|parts|rest|"
                    r"north|south|east|west|northern|southern|eastern|western|invasion|"
                    r"occupation|annexation|territory|sovereignty|borders?)\s+of\s+(?:the\s+)?|"
                    r"from\s+[A-Z][\w-]+\s+to\s+(?:[A-Z][\w-]+\s+to\s+)*)$"
                ).search(before)
                and not _rx(r"^\s*(?:[’']s|,\s+(?:who|which|whose))").match(text[end : end + 12])
                # "concern about A and B's supply of arms": a list owning the deed
                and not _rx(
                    r"^(?:,\s+[A-Z][\w-]+)*,?\s+(?:and|or)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?[’']s\b"
                ).match(text[end : end + 80])
                # "called on A to end …", "urged upon": the one addressed, an actor
                and not _rx(r"\b(?:call(?:s|ed|ing)?|prevail(?:s|ed)?)\s+(?:up)?on\s+$").search(
                    before
                )
                and not _rx(
                    r"\b(?:authorities|government|leaders?|officials|forces|military|army|"
                    r"police|regime|people|embassy|ambassador|parliament)\s+in\s+(?:the\s+)?$"
                ).search(before)
            )
        )

    def _inside_person_name(self, start: int, end: int, before: str, after: str) -> bool:
        text = self.text
        if " " in text[start:end]:
            return False
        nm = _rx(r"[ \t]+([A-Z][a-zß-ÿ’'-]+)\b").match(after)
        if (
            nm
            and nm.group(1) not in _COMMON_CAPS
            and nm.group(1) not in PLACE_HEADS
            and (nm.group(1) not in ORG_HEADS)
        ):
            follower = nm.group(1)
            if (follower,) not in self.lex.forms and not _SPEECH.match(follower.lower()):
                return True
        pm = _rx(r"\b([A-Z][a-zß-ÿ’'-]+)[ \t]+$").search(before)
        if pm:
            prev = pm.group(1)
            if (
                prev not in _COMMON_CAPS
                and prev not in _HONORIFIC_WORDS
                and _fold(prev) not in self.demonyms
                and (_fold(prev),) not in self.lex.forms
                and not _is_role_head(prev)
                and not _locative(before)
                and _is_name_token(prev)
                and not self.in_lower_case(prev.lower())
            ):
                return True
        return False

    def _is_state_name(self, after: str) -> bool:
        m = _rx(r",\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)").match(after)
        if not m:
            return False
        key = tuple(t for _, _, t in _tokens(m.group(1)))
        for length in range(len(key), 0, -1):
            bucket = self.lex.forms.get(key[:length])
            if bucket and any(c.type == "state" for c in bucket):
                return True
        return False

    def find_unknown_states(self) -> None:
        """States the gazetteer does not know: 'Republic of X', demonyms, 'X’s government'.

        A capitalised word is a state when the text also uses an adjective made from it
        ("Veldania" / "Veldanian", "Kalemba" / "Kalemban"), names it as a republic or
        kingdom, or gives it a government, president, capital or army.
        """
        text = self.text
        found: dict[str, float] = {}
        forms: list[tuple[int, int, str]] = []
        for m in self.scan(_STATE_FORM_SCAN):
            name = m.group("name")
            if self.covered(m.start(), m.end()) and not self.covered(
                m.start("name"), m.end("name")
            ):
                continue
            bucket = self.lex.forms.get(tuple(t for _, _, t in _tokens(name)))
            known = next((c for c in bucket or () if c.type == "state"), None)
            if known is not None:
                self._drop_inside(m.start(), m.end())
                ent = self.ent_from_cand(known)
                self.add_mention(m.start(), m.end(), ent.key, "alias", 0.85)
                _add_alias(ent, m.group())
                continue
            if self.covered(m.start("name"), m.end("name")):
                continue
            found[name] = 0.8
            forms.append((m.start(), m.end(), name))
        words: dict[str, list[int]] = {}
        for s_, tok in zip(self._tok_starts, self._tok_list, strict=True):
            if not tok[0].isupper():
                continue
            if (len(tok) >= 4 and tok[1:].islower()) or "-" in tok:
                words.setdefault(tok, []).append(s_)
        known_first = self.lex.first
        context = self.scan(_STATE_CONTEXT_SCAN)
        state_like = {m.group(1) for m in context}
        state_like.update(m.group(1) for m in self.scan(_STATE_BEFORE_SCAN))
        demonyms_of_found: set[str] = set()
        for word in sorted(words, key=len):
            if word in demonyms_of_found:
                continue
            if word in found or word in _NOT_STATES or word in known_first or word in _COMMON_CAPS:
                continue
            if word in _PORTFOLIO_WORDS:
                continue  # "State Minister of Finance": a portfolio, not a state
            if word in self.demonyms or word in _DAY_MONTH_WORDS:
                continue
            dem = next((d for d in _demonym_forms(word) if d in words), None)
            if dem is not None:
                found[word] = 0.75
                demonyms_of_found.update(d for d in _demonym_forms(word) if d in words)
                continue
            if word in state_like and not any(
                _TITLE_OR_HONORIFIC_BEFORE.search(text, max(0, st - 40), st) for st in words[word]
            ):  # ("President Trump’s leadership": a person's)
                found[word] = 0.65
        for word, conf in sorted(found.items()):
            if self._looks_like_person_part(word, words.get(word, [])):
                continue
            key = self._new_state(word, conf)
            for d in _demonym_forms(word):
                if d in words:
                    self.demonyms.setdefault(d, key)
            for st in words.get(word, []):
                if not self.covered(st, st + len(word)):
                    how = "qualifier" if self._state_as_place(st, st + len(word)) else "name"
                    self.add_mention(st, st + len(word), key, how, conf)
        for fs, fe, name in forms:
            state_key = next(
                (e.key for e in self.ents.values() if e.name == name and e.type == "state"), None
            )
            if state_key is None:
                continue
            self._drop_inside(fs, fe)
            self.add_mention(fs, fe, state_key, "alias", 0.8)
            _add_alias(self.ents[state_key], text[fs:fe])
        self.sort_mentions()

    def _looks_like_person_part(self, word: str, starts: list[int]) -> bool:
        """Used only next to other name words ('Sofia Lindqvist'), never on its own."""
        text = self.text
        if not starts:
            return False
        for st in starts:
            before = text[max(0, st - 30) : st]
            after = text[st + len(word) : st + len(word) + 30]
            next_name = _rx(r"[ \t]+[A-Z][a-z]").match(after) and not _rx(
                r"[ \t]+(?:City|and|Is|Has|Was|On|In|Will|Said|Says)\b"
            ).match(after)
            prev_name = _rx(r"\b[A-Z][a-z]+[ \t]+$").search(
                before
            ) and not _TITLE_OR_WORD_BEFORE.search(before)
            if not (next_name or prev_name):
                return False
        return True

    def _new_state(self, name: str, conf: float) -> str:
        for ent in self.ents.values():
            if ent.type == "state" and ent.name == name:
                return ent.key
        ent = self.local_ent(name, "state", rule="entity:unknown-state", conf=conf)
        return ent.key

    def find_media(self) -> None:
        """News organisations named by what they are: 'the broadcaster RTS', '(AFP) –'."""
        text = self.text
        spans: list[tuple[int, int]] = []
        for m in (
            *self.scan(_MEDIA_BEFORE_SCAN),
            *self.scan(_MEDIA_AFTER_SCAN),
            *self._datelines(),
        ):
            spans.append(m.span("m"))
        for m in self.scan(_MEDIA_NAME_NOUN_SCAN):  # "the official QNA news agency"
            first = m.group("m").split()[0]
            if _MEDIA_NAME_LEAD.search(text, max(0, m.start() - 25), m.start()) and not (
                _fold(first) in self.demonyms
                or any(c.type == "state" for c in self.lex.forms.get((_fold(first),), []))
            ):
                spans.append(m.span("m"))
        if self.publisher:
            spans += [
                (st, st + len(self.publisher)) for st in _find_occurrences(text, self.publisher)
            ]
        for s_, e_ in sorted(set(spans)):
            stop = _rx(r"(?<=[a-z])\.(?:\s|$)").search(text, s_, e_)
            if stop:
                e_ = stop.start()  # "the daily Nordic Herald. The …": the sentence ends
            name = text[s_:e_].strip()
            if not name or name in _COMMON_CAPS or self.in_quote(s_):
                continue
            hit = [mm for mm in self.mens if mm.start == s_ and mm.end == e_]
            if hit:
                continue
            if self.covered(s_, e_):
                continue
            known = next(  # a body known by that name (the publisher "United Nations")
                (e for e in self.ents.values() if e.name == name and e.is_org), None
            )
            if known is not None:
                self.add_mention(s_, e_, known.key, "name", 0.7)
                continue
            ent = self.local_ent(name, _MEDIA, rule="entity:media", conf=0.7)
            self.add_mention(s_, e_, ent.key, "name", 0.7)
            for st in _find_occurrences(text, name):
                if not self.covered(st, st + len(name)):
                    self.add_mention(st, st + len(name), ent.key, "name", 0.7)
        self.sort_mentions()

    def _datelines(self) -> Iterator[re.Match[str]]:
        """``_DATELINE_MEDIA.finditer(text)``, tried only where a line starts (its ``^``).

        (A line starting with a capital letter starts at 0 or after a run of line breaks.)
        """
        text = self.text
        pos = 0
        for start in self.para_starts:
            if start >= pos:
                m = _DATELINE_MEDIA.match(text, start)
                if m is not None:
                    pos = m.end()
                    yield m

    def find_acronyms(self) -> None:
        text = self.text
        found = []
        for par in _rx(r"\(").finditer(text):
            # look back from each "(" only: scanning every capitalised run is quadratic
            lo = max(0, par.start() - 150)
            for pat in (_ACRONYM_DEF, _ACRONYM_DEF_REV):
                # (the first match may end before this "(": "… (MINUSMA) … the … (MONUSCO)")
                for m in pat.finditer(
                    text, max(0, lo if pat is _ACRONYM_DEF else par.start() - 15), par.start() + 200
                ):
                    if m.start() > par.start():
                        break
                    if par.start() < m.end():
                        found.append(m)
                        break
        for m in found:
            long_s, long_e = m.span("long")
            long = m.group("long")
            lm = _rx(r"(?:[Tt]he|of|for|and|on|in)\s+").match(long)
            while lm:
                long_s += lm.end()
                long = long[lm.end() :]
                lm = _rx(r"(?:[Tt]he|of|for|and|on|in)\s+").match(long)
            short = m.group("short")
            short_s, short_e = m.span("short")
            if _ROLE_TITLE_RE.match(long) and long.split()[-1] not in ORG_HEADS:
                continue  # "Special Adviser of the Secretary-General (SASG)": a title
            initials = "".join(w[0] for w in _rx(r"[A-Z][\w’'-]*").findall(long))
            letters = _rx(r"[^A-Z]").sub("", short)
            if len(letters) < 2 and tuple(_fold(t) for _, _, t in _tokens(short)) in self.lex.forms:
                continue  # "… Daniel Hartley (Chile)": a name with its state, no acronym
            if not letters or not (
                initials.startswith(letters[:2])
                or _subsequence(letters, initials)
                or (  # in another language's order: "… Mission in Mali (MINUSMA)"
                    len(letters) >= 4
                    and len(initials) >= 4
                    and sum(ch in initials for ch in letters) >= 0.7 * len(letters)
                )
            ):
                continue
            if len(initials) > len(letters) + 3 or (
                len(letters) >= 2 and not initials.startswith(letters[:1])
            ):
                # "… of the Association of Southeast Asian Nations (ASEAN)", "the KMTU and
                # the Coastal Trade Group (CTG)": keep the tail the initials stand for.
                words = list(_rx(r"[A-Z][\w’'-]*").finditer(long))
                for k in range(len(words)):
                    tail_initials = "".join(w.group()[0] for w in words[k:])
                    if tail_initials.startswith(letters[:1]) and _subsequence(
                        letters, tail_initials
                    ):
                        long_s = long_s + words[k].start()
                        long = text[long_s:long_e]
                        break
            known_long = [mm for mm in self.mens if mm.start == long_s and mm.end == long_e]
            known_short = [mm for mm in self.mens if mm.start == short_s and mm.end == short_e]
            if known_long and known_short:
                continue
            if known_long or known_short:
                key = (known_long or known_short)[0].key
                ent = self.ents[key]
                if not known_long:
                    self._drop_inside(long_s, long_e)
                    self.add_mention(long_s, long_e, key, "alias", 0.85)
                    _add_alias(ent, long)
                else:
                    self._drop_inside(short_s, short_e)
                    self.add_mention(short_s, short_e, key, "alias", 0.85)
                    _add_alias(ent, short)
                self._mention_all(short, key, "alias")
                self._mention_long_form(long, key)
                continue
            last = long.split()[-1]
            gov_of = self._state_of_government(long) if "Government" in long.split() else None
            if gov_of is not None:  # "United States Government (USG)": the state
                self._drop_inside(long_s, long_e)
                self.add_mention(long_s, long_e, gov_of, "alias", 0.8)
                self._mention_all(short, gov_of, "alias")
                continue
            etype = ORG_HEADS.get(last, "intergovernmental" if "Nations" in long else "group")
            if etype == "group" and any(w in long for w in ("Party", "Front", "Movement")):
                etype = "party"
            self._drop_inside(long_s, long_e)
            ent = self.local_ent(short, etype, rule="entity:acronym", conf=0.8)
            _add_alias(ent, long)
            self.add_mention(long_s, long_e, ent.key, "alias", 0.8)
            self._mention_all(short, ent.key, "name")
            self._mention_long_form(long, ent.key)

    def _state_of_government(self, long: str) -> str | None:
        """The state whose government ``long`` names ("United States Government"), if any."""
        rest = " ".join(w for w in long.split() if w not in _GOVERNMENT_WORDS)
        if not rest:
            return None
        key = self.demonyms.get(_fold(rest))
        if key is None:
            bucket = self.lex.forms.get(tuple(t for _, _, t in _tokens(rest)), [])
            key = next((c.key for c in bucket if c.type == "state" and not c.capital_of), None)
        return self.ensure(key)

    def _drop_inside(self, start: int, end: int) -> None:
        self.mens = [m for m in self.mens if not (start <= m.start and m.end <= end)]
        self.mens_sorted = False
        self.sort_mentions()

    def _mention_all(self, surface: str, key: str, how: str) -> None:
        for s in _find_occurrences(self.text, surface):
            if not any(m.start == s and m.key == key for m in self.mens) and not self.covered(
                s, s + len(surface)
            ):
                self.add_mention(s, s + len(surface), key, how, 0.8)

    def _mention_long_form(self, long: str, key: str) -> None:
        """Every other occurrence of an acronym's long form is the acronym's entity (a
        headline's "Mission in the Republic of X" before "… (MIRX)" in the body), unless
        a longer name holds it."""
        if " " not in long:
            return
        for s in _find_occurrences(self.text, long):
            e = s + len(long)
            if any(m.start == s and m.end == e for m in self.mens):
                continue
            if any(
                m.start < e and s < m.end and (m.start < s or m.end > e)
                for m in self.mentions_between(max(0, s - self.max_mention), e, outer=False)
            ):
                continue
            self._drop_inside(s, e)
            self.add_mention(s, e, key, "alias", 0.8)

    def find_special_nps(self) -> None:
        """Delegations and ministries, anonymous sources, groups of hackers or rebels."""
        text = self.text
        for m in self.scan(_DELEGATION_SCAN):
            dem = _fold(m.group("dem"))
            state = self.demonyms.get(dem)
            if state is None:
                continue
            s, e = m.span("name")
            if any(mm.start <= s and e <= mm.end and mm.end - mm.start > e - s for mm in self.mens):
                continue
            if self.covered(s, s + 1):
                continue
            name = text[s:e]
            if name.split()[-1] in {"government", "authorities", "army", "navy", "military"}:
                continue  # "the Chinese government" stands for the state
            ent = self.local_ent(name, "government-body", rule="entity:delegation", conf=0.75)
            ent.country = state
            self.add_mention(s, e, ent.key, "name", 0.75)
        for m in self.scan(_PRESS_SERVICE_SCAN):
            s, e = m.span("name")
            if self.in_quote(s) or any(mm.start < s < mm.end for mm in self.mens):
                continue
            self._drop_inside(s, e)
            ent = self.local_ent(
                text[s:e], "government-body", rule="entity:press-service", conf=0.7
            )
            self.add_mention(s, e, ent.key, "name", 0.7)
            self.sort_mentions()
        for m in self.scan(_STATE_POSS_BODY_SCAN):
            s, e = m.span()
            owner = [mm for mm in self.mens if mm.start == s and self.ents[mm.key].type == "state"]
            if not owner or self.covered(m.start("body"), e) or self.in_quote(s):
                continue
            ent = self.local_ent(text[s:e], "government-body", rule="entity:state-body", conf=0.6)
            self.remove_mention(owner[0])
            self.sort_mentions()
            self.add_mention(s, e, ent.key, "name", 0.6)
        for m in self.scan(_BODY_OF_STATE_SCAN):
            s, e = m.span("name")
            if self.covered(s, e) or self.in_quote(s):
                continue
            st = m.group("st")
            if st is not None and not any(
                mm.start == m.start("st") and self.ents[mm.key].type == "state" for mm in self.mens
            ):
                continue
            ent = self.local_ent(text[s:e], "government-body", rule="entity:state-body", conf=0.6)
            self.add_mention(s, e, ent.key, "name", 0.6)
        for m in self.scan(_DEMONYM_BODY_SCAN):
            state = self.ensure(self.demonyms.get(_fold(m.group("dem"))))
            if state is None or self.covered(m.start(), m.end()) or self.in_quote(m.start()):
                continue
            self.add_mention(m.start(), m.end(), state, "metonym", 0.6)
        if (
            "army" in text
            or "military" in text
            or "navy" in text
            or "air force" in text
            or "coast guard" in text
        ):
            for m in _DEMONYM_FORCE.finditer(text):
                s, e = m.span("name")
                state = self.ensure(self.demonyms.get(_fold(m.group("dem"))))
                if state is None or self.covered(s, e) or self.in_quote(s):
                    continue
                force = self.local_ent(
                    text[s:e], "government-body", rule="entity:state-force", conf=0.6
                )
                force.country = force.country or state
                self.add_mention(s, e, force.key, "name", 0.6)
        for m in self.scan(_GROUP_SCAN):
            s, e = m.span()
            if self.in_quote(s):
                continue
            head = m.group("head").split()[0]
            mods = [w for w in (m.group("mods") or "").split() if w.lower() != "armed"]
            if not mods and not m.group("tail"):
                continue  # "militias", "armed rebels": a kind of actor, not a named group
            name = text[s:e]
            core = text[m.end("hedge") : e] if m.group("hedge") else name
            existing = next(
                (x for x in self.ents.values() if x.type == "group" and x.anon_head == head), None
            )
            if existing is None:
                existing = self.local_ent(core, "group", rule="entity:group", conf=0.7)
                existing.anon_head = head
            else:
                if len(core) > len(existing.name) and m.group("tail"):
                    _add_alias(existing, existing.name)
                    self.rename(existing, core)
                _add_alias(existing, name)
            self.add_mention(s, e, existing.key, "group", 0.7)
        if "regime" in text:
            for m in _REGIME.finditer(text):  # "the Syrian regime", "the Assad regime"
                s, e = m.span()
                if not (
                    text[max(0, s - 4) : s] in ("the ", "The ")
                    or _fold(m.group("by")) in self.demonyms
                ):
                    continue  # "Assad regime" after "the"; "Syrian regime forces"
                if self.in_quote(s) or any(
                    mm.start < e and s < mm.end and (mm.start < s or mm.end > e) for mm in self.mens
                ):
                    continue
                self._drop_inside(s, e)
                ent = self.local_ent(text[s:e], "government-body", rule="entity:regime", conf=0.6)
                self.add_mention(s, e, ent.key, "name", 0.6)

    def find_anonymous_sources(self) -> None:
        text = self.text
        for m in self.scan(_ANON_SCAN):
            s, e = m.span()
            if self.in_quote(s):
                continue
            det = m.group("det") or ""
            mods = (m.group("mods") or "").strip()
            head = m.group("head")
            # Only sources that speak or relay count: "… said", "according to …", "quoted by".
            before = text[max(0, s - 40) : s]
            after = text[e : e + 60]
            attributing = (
                _rx(
                    r"\b(?:[Aa]ccording\s+to|said|says|told|quoted|citing|cited)\s+(?:\w+\s+)?$"
                ).search(before)
                or _rx(
                    r"\s*,?\s*(?:(?:is|was|has|have|had)\s+)?(?:said|says|told|added|quoted|"
                    r"who\s+spoke|speaking|talking|described|called|accus\w+|blam\w+)\b"
                ).match(after)
                or _rx(r"according\s+to\s+(?:a|the)\s+statement[\s.]*(?:\w+\.\s*)?$").search(before)
            )
            if not attributing:
                continue
            if det.lower() == "the" and not m.group("rel"):
                continue  # "the (Chinese) official" refers back; resolved later
            if (
                mods
                and any(
                    w[0].isupper() and not self._is_known_prefix(w) and not _demonym_like(w)
                    for w in mods.split()
                    if w
                    not in (
                        "Western",
                        "European",
                        "Asian",
                        "Arab",
                        "West",
                        "East",
                        "North",
                        "South",
                    )
                )
                and (
                    _rx(r"[ \t]+[A-Z][a-z]").match(text, e)
                    or not _rx(r"(?:^|\s)(?:a|an|A|An|one|One)\s+").search(
                        text[max(0, s - 4) : s + 4]
                    )
                )
            ):
                continue  # "Foreign Ministry official Li Wei" or a name
            rel = (m.group("rel") or "").strip()
            ma = _ANON_REL_AFTER.match(text, e)
            if not rel and ma:
                rel = ma.group("rel").strip()
            country = None
            for w in mods.split():
                country = self.demonyms.get(_fold(w)) or country
                bucket = self.lex.forms.get((_fold(w),))
                if bucket:
                    st = next((c for c in bucket if c.type == "state"), None)
                    if st:
                        country = st.key
            desc = " ".join(x for x in (mods, head) if x)
            name = f"anonymous {desc}" + (
                f" {rel}" if rel and not rel.startswith("who") and len(rel) < 60 else ""
            )
            etype = "diplomat" if head in ("diplomat", "negotiator") else "person"
            ent = self.local_ent(name, etype, rule="entity:anonymous-source", conf=0.7)
            ent.anon_head = head
            ent.country = country
            if m.group("rel") and m.group("rel").startswith(","):
                e = m.end("head")
            surface = text[s:e].strip()
            _add_alias(ent, surface)
            bare = text[m.start("mods") if mods else m.start("head") : e].strip()
            _add_alias(ent, bare)
            self.add_mention(s, e, ent.key, "anon", 0.7)
            if country and mods:
                self.anon_positions.append((ent.key, country, head, (s, e)))

    def _is_known_prefix(self, word: str) -> bool:
        f = _fold(word)
        return f in self.demonyms or any(c.type == "state" for c in self.lex.forms.get((f,), []))

    def find_capitalised_names(self) -> None:
        text = self.text
        self.find_companies()
        self.sort_mentions()
        singles: list[tuple[int, int, bool]] = []
        sent_starts = self.sent_starts
        bisect_left, bisect_right = bisect.bisect_left, bisect.bisect_right
        # Reporters and editors of the story are no actors in it ("By X", "Editing by Y").
        bylines = (
            [
                next(m.span(g) for g in ("names", "names2", "names3", "names4") if m.group(g))
                for m in _BYLINE.finditer(text)
                # ("will host X": the verb)
                if not (m.group("names4") and _TO_HOST.search(text, max(0, m.start() - 8), m.end()))
            ]
            if "by" in text.lower() or "eporter" in text or "orrespondent" in text or "ost " in text
            else []
        )
        for s, e in self._runs_split_at_possessives():
            if bylines and any(bs < e and s < be for bs, be in bylines):
                continue
            run = text[s:e]
            if run.endswith(("’s", "'s")):
                e -= 2
            if text[e - 1] == "." and not _rx(r"\b(?:[A-Z]\.)+$").search(text[s:e]):
                e -= 1
            cut = bisect_right(sent_starts, s)
            if cut < len(sent_starts) and sent_starts[cut] < e:
                e = sent_starts[cut]
                while e > s and not text[e - 1].isalnum():
                    e -= 1
            # (13 words take at least 25 characters)
            if e - s > 24 and len(text[s:e].split()) > 12:
                continue  # a headline or a table in capitals, not a name
            if text[s:e] in _QUIET_CAPS:
                continue  # "The", "However": what follows would drop it and change nothing
            # (self.mentions_between(s, e, outer=False), without the call)
            starts = self.men_starts
            inner = [
                mm
                for mm in self.mens[bisect_left(starts, s) : bisect_left(starts, e)]
                if mm.end <= e
            ]
            if (
                len(inner) == 1
                and inner[0].end == e
                and (inner[0].start == s or text[s : inner[0].start] in ("The ", "A ", "An "))
            ):
                continue  # exactly one name found already: what follows would change nothing
            if _DOCUMENT_NAME.match(text, s, e):
                continue  # "Compact of Free Association": a document, the names in it stay
            if any(
                mm.end >= e and (mm.start < s or mm.end > e)
                for mm in self.mens[
                    bisect_left(starts, s - self.max_mention) : bisect_right(starts, s)
                ]
            ):
                continue  # inside a longer name: "… Mission in Mali (MINUSMA)"
            if inner and self._organisation_run(s, e, inner):  # (never one without)
                continue
            for ss, ee in self._uncovered_parts(s, e):
                self._classify_run(ss, ee, singles)
        self.sort_mentions()
        self._sub_bodies()
        self._merge_bare_bodies()
        self._link_single_names(singles)

    def _merge_bare_bodies(self) -> None:
        """A body named bare and with its state's demonym ("the General Staff", "the
        Ostrelian General Staff") is one body: the bare name is an alias of the full one."""
        bodies = [x for x in self.ents.values() if x.local and x.type == "government-body"]
        for bare in bodies:
            longer = [
                x
                for x in bodies
                if x is not bare
                and x.name.endswith(f" {bare.name}")
                and _fold(x.name[: -len(bare.name)].strip()) in self.demonyms
            ]
            if len(longer) != 1:
                continue
            for mm in [m for m in self.mens if m.key == bare.key]:
                self.remove_mention(mm)
                self.add_mention(mm.start, mm.end, longer[0].key, "alias", mm.conf)
            _add_alias(longer[0], bare.name)
        self.sort_mentions()

    def _sub_bodies(self) -> None:
        """A body of a known organisation named after it ("the … Party Central Committee",
        "the … League Secretariat") is that body, not the organisation."""
        text = self.text
        for mm in list(self.mens):
            ent = self.ents[mm.key]
            if not ent.is_org or ent.type in ("state", _MEDIA) or mm.inner:
                continue
            sb = _SUB_BODY_AFTER.match(text, mm.end)
            if sb is None or self.covered(mm.end + 1, sb.end()):
                continue
            name = text[mm.start : sb.end()]
            sub = self.local_ent(name, ent.type, rule="entity:sub-body", conf=0.6)
            self.remove_mention(mm)
            self.add_mention(mm.start, sb.end(), sub.key, "name", 0.6)
        self.sort_mentions()

    def _runs_split_at_possessives(self) -> Iterator[tuple[int, int]]:
        """_cap_runs, each cut between one word and its possessive and one last word before a
        lower-case one ("Lind’s Asia trip": a person's, then a continent) unless the last
        word is an organisation's ("Fishermen’s Federation") or a name found holds both."""
        text = self.text
        for s, e in _cap_runs(text):
            if "s " not in text[s:e]:
                yield s, e  # (no possessive inside: the common case)
                continue
            at = s
            for pm in _rx(r"[’']s[ \t]+(?=[A-Z][\w-]*$)").finditer(text, s, e):
                if (
                    text[pm.end() : e] in ORG_HEADS
                    or not _rx(r"[ \t]+[a-z]").match(text, e)
                    or not _rx(r"[A-Z][\w-]*").fullmatch(text, at, pm.start())
                ) or any(
                    mm.start < pm.start() and pm.end() <= mm.end
                    for mm in self.mentions_between(max(0, at - self.max_mention), e, outer=False)
                ):
                    continue
                yield at, pm.start() + 2
                at = pm.end()
            yield at, e

    def find_companies(self) -> None:
        """Companies named by what they are: 'shipping firm X', 'grid operator X'."""
        text = self.text
        for m in self.scan(_COMPANY_BEFORE_SCAN):
            s_, e_ = m.span("m")
            if text[e_ - 2 : e_] in ("’s", "'s"):
                e_ -= 2
            name = text[s_:e_]
            first = name.split()[0]
            if (
                first in _COMMON_CAPS
                or first == "CEO"
                or _may_start_title(first)
                or self.in_quote(s_)
                or self.covered(s_, e_)
                or _rx(r"(?:militant|armed|rebel|rights|terrorist|extremist)\s+$").search(
                    text[max(0, m.start() - 20) : m.start()]
                )
            ):
                continue
            ent = self.local_ent(name, "company", rule="entity:company", conf=0.7)
            for st in _find_occurrences(text, name):
                if not self.covered(st, st + len(name)):
                    self.add_mention(st, st + len(name), ent.key, "name", 0.7)
        self.sort_mentions()

    def _organisation_run(self, s: int, e: int, inner: list[_Men]) -> bool:
        """'ASEAN Regional Forum', 'Foreign Ministry of Dravena': one organisation, not parts.

        A capitalised run whose head is an organisation word and that contains known names
        becomes one organisation; a name leading it is part of the name, one after 'of'
        stays a mention of its own. A person's name before 'of' is split off
        ('Senator Lilian Ortiz of the … Party'). ``inner``: the mentions within the run.
        """
        if not inner or any(self.ents[mm.key].is_person for mm in inner):
            return False
        text = self.text

        words = text[s:e].split()
        lead = 0
        first_inner = min(mm.start for mm in inner)
        while (
            lead < len(words)
            and (words[lead] in _COMMON_CAPS or words[lead] in _HONORIFIC_WORDS)
            and s + len(" ".join(words[: lead + 1])) <= first_inner
        ):
            lead += 1
        words = words[lead:]
        if not words:
            return False
        head_at = next(
            (
                i
                for i, w in enumerate(words)
                if w in ORG_HEADS
                and (
                    i == len(words) - 1
                    or words[i + 1] in ("of", "on", "against")
                    or (w == "Mission" and words[i + 1] == "in")  # "… Mission in Mali"
                )
            ),
            None,
        )
        if head_at is None or _ROLE_TITLE_RE.match(" ".join(words)):
            return False
        if "of" in words[:head_at] and not any(w in ORG_HEADS for w in words[: words.index("of")]):
            return False  # "Fisheries of the Pacific Islands Forum": the head is the other's
        if len(inner) == 1 and inner[0].start == s and inner[0].end == e:
            return False
        start = s + len(" ".join(text[s:e].split()[:lead])) + (1 if lead else 0)
        while start < e and text[start].isspace():
            start += 1
        if words[head_at] == "Government" and len(inner) == 1:
            # "the Federal Government of Ethiopia", "the New Zealand Government": the state
            st = inner[0]
            rest = (text[start : st.start] + " " + text[st.end : e]).split()
            if self.ents[st.key].type == "state" and _GOVERNMENT_WORDS.issuperset(rest):
                self.remove_mention(st)
                self.sort_mentions()
                self.add_mention(start, e, st.key, "name", 0.6)
                self.sort_mentions()
                return True
        of_at = text.find(" of ", start, e)
        for mm in inner:
            if mm.start < (of_at if of_at != -1 else e):
                self.remove_mention(mm)
        self.sort_mentions()
        name = text[start:e]
        poss = _rx(r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)[’']s\s+$").search(
            text[max(0, start - 40) : start]
        )
        if poss and any(
            mm.end == start - (len(text[max(0, start - 40) : start]) - poss.end(1))
            and self.ents[mm.key].type == "state"
            for mm in self.mentions_between(max(0, start - 40), start)
        ):
            name = text[start - (len(text[max(0, start - 40) : start]) - poss.start(1)) : e]
        if self._mission_as_place(words[head_at], e):
            ent = self.local_ent(name, "place", rule="entity:mission-place", conf=0.6)
            self.add_mention(start, e, ent.key, "place", 0.6)
            self.sort_mentions()
            return True
        ent = self.local_ent(name, ORG_HEADS[words[head_at]], rule="entity:org-head", conf=0.6)
        pm = _rx(r"[’']s\s+").search(name)
        if pm is not None and any(  # "South Africa's Foreign Ministry": "the Foreign Ministry"
            self.ents[mm.key].type == "state" and mm.end == e - len(name) + pm.start()
            for mm in inner
        ):
            _add_alias(ent, name[pm.end() :])
        elif name != text[start:e]:
            _add_alias(ent, text[start:e])
        self.add_mention(start, e, ent.key, "name", 0.6)
        self.sort_mentions()
        return True

    def _mission_as_place(self, head: str, end: int) -> bool:
        """An embassy or consulate named as where someone goes, stays or works ("returned
        to the Dutch Embassy", "open the Embassy in X", "Chargé of the Embassy of Y"): a
        place; one that speaks ("the Embassy said") stays a body."""
        return head in ("Embassy", "Consulate") and not _SAY_AFTER.match(self.text, end)

    def _uncovered_parts(self, s: int, e: int) -> list[tuple[int, int]]:
        parts = []
        pos = s
        # (a mention starting more than max_mention before s ends before it: skipped anyway)
        lo = s - min(200, self.max_mention)
        for mm in self.mentions_between(lo if lo > 0 else 0, e, outer=False):
            if mm.end <= s or mm.start >= e:
                continue
            if mm.start > pos:
                parts.append((pos, mm.start))
            pos = max(pos, mm.end)
        if pos < e:
            parts.append((pos, e))
        text = self.text
        out = []
        for ps, pe in parts:
            seg = text[ps:pe]
            # Connectors and white space before and after the name: the patterns match
            # nothing where the part starts with a capital A-Z (no alternative does) or
            # ends in none of what they end in (most parts), so they are tried only if not.
            if not "A" <= seg[0] <= "Z":
                lead = _LEAD_CONNECTORS.match(seg)
                if lead:
                    ps += lead.end()
                seg = text[ps:pe]
            if seg and (seg[-1] in "’'" or seg[-1].isspace() or seg.endswith(_CONNECTOR_ENDS)):
                trail = _TRAIL_CONNECTORS.search(seg)
                if trail:
                    pe -= len(seg) - trail.start()
            if pe > ps and text[ps].isupper():
                out.append((ps, pe))
        return out

    def _classify_run(self, s: int, e: int, singles: list[tuple[int, int, bool]]) -> None:
        text = self.text
        # (self.sent(s)[0], without the call)
        i = bisect.bisect_right(self.sent_starts, s) - 1
        sent_start = max(self.sent_starts[i if i > 0 else 0], s - 1500)
        tokens = _chunks_at(text, s, e)
        if not tokens:
            return
        cut = next(
            (k for k, t in enumerate(tokens) if k and t[2] in _HEADLINE_BREAKS),
            None,
        )
        if cut is not None and self._heading_line(s):
            # "… Sergey Lavrov After Their Meeting": a title-case heading's small words end
            # a name ("After", "With", "Their"), as their lower case would in a sentence
            self._classify_run(s, tokens[cut - 1][1], singles)
            rest = [t for t in tokens[cut:] if t[2] not in _HEADLINE_BREAKS]
            if rest:
                self._classify_run(rest[0][0], e, singles)
            return
        org_run = tokens[-1][2] in ORG_HEADS
        head_word = tokens[-1][2]
        for k in range(len(tokens) - 2):  # "Commission on Human Rights" (see _cap_runs)
            joint = tokens[k + 1][2].lower()
            if tokens[k][2] in ORG_HEADS and (
                joint in ("on", "against") or (joint == "in" and tokens[k][2] == "Mission")
            ):
                org_run, head_word = True, tokens[k][2]
                break
        if not org_run and tokens[-1][2] in _HELD_BY_BODY and len(tokens) >= 3:
            j = len(tokens) - 1
            while j > 0 and tokens[j][2] in _HELD_BY_BODY:
                j -= 1
            if tokens[j][2] in ORG_HEADS and j >= 1:  # "the Arctic Council Ministerial"
                self._classify_run(s, tokens[j][1], singles)
                return
        words_in = [t[2] for t in tokens]
        k_of = next((k for k in range(min(3, len(words_in) - 2)) if words_in[k + 1] == "of"), None)
        if (
            k_of is not None
            and words_in[k_of] in ORG_HEADS
            and all(w in _PORTFOLIO_WORDS or w == "and" for w in words_in[k_of + 2 :])
            and not any(w in self.demonyms or _is_role_head(w) for w in words_in[:k_of])
            and not _rx(r"\b(?:at|in|outside|inside|near|to)\s+the\s+$").search(
                text, max(0, s - 12), s
            )  # "talks at the Ministry of Foreign Affairs": where, not who
        ):
            # "Federal Ministry of Finance", "Department of Foreign Affairs and Trade": a body
            # named by its portfolio (no state's name in it)
            kind = ORG_HEADS[words_in[k_of]]
            if words_in[0] in ("The", "the"):
                s = tokens[1][0]
            more = _rx(rf"\s+and\s+{_PORTFOLIO_WORD}(?:\s+{_PORTFOLIO_WORD})*\b").match(text, e)
            e = more.end() if more else e
            ent = self.local_ent(text[s:e], kind, rule="entity:org-head", conf=0.6)
            self.add_mention(s, e, ent.key, "name", 0.6)
            return
        if not org_run and tokens[0][2] in _MEDIA_FIRST and len(tokens) >= 2:
            name = text[s:e]  # "Radio Free Europe", "Voice of America"
            ent = self.local_ent(name, _MEDIA, rule="entity:media", conf=0.6)
            self.add_mention(s, e, ent.key, "name", 0.6)
            return
        if not org_run and len(tokens) > 2:
            # "Information Minister Grace Achebe-Nwosu": the name follows the last title
            for j in range(len(tokens) - 1, 0, -1):
                if _is_role_head(tokens[j][2]) and j < len(tokens) - 1:
                    rest = tokens[j + 1 :]
                    if (
                        rest
                        and all(_is_name_token(t[2]) or t[2] in _CONNECTORS for t in rest)
                        and rest[0][2] not in ("of", "for")
                    ):
                        tokens = rest
                        s = rest[0][0]
                        self._title_before.add(s)
                    break
        # Drop what comes before a name: honorifics and titles ("H.E. Mr.", "Foreign
        # Minister", "Secretary of State"), demonyms, connectors, common capitalised words.
        # A run right after "Title and" goes on with that title ("Minister of Foreign
        # Affairs and Trade X": "Trade X" starts with the title's last portfolio).
        had_role = s in self._title_before or bool(
            len(tokens) >= 3
            and tokens[0][2] in _PORTFOLIO_WORDS
            and text[s - 5 : s] == " and "
            and _TITLE_AND_BEFORE.search(text, max(0, s - 90), s) is not None
        )
        i = 0
        while i < len(tokens):
            ts_, _te, word = tokens[i]
            if word in _HONORIFIC_WORDS:
                had_role = True
                i += 1
                continue
            rm = (
                _ROLE_TITLE_RE.match(text, ts_, e)
                if not org_run and _may_start_title(word)
                else None
            )
            if rm and rm.end() == e:
                return  # a title alone: "Special Climate Envoy" before a known name
            if rm and text[rm.end()].isspace():
                had_role = True
                while i < len(tokens) and tokens[i][1] <= rm.end():
                    i += 1
                continue
            if (
                word in _CONNECTORS
                or (word in _COMMON_CAPS and not org_run)
                or (ts_ == sent_start and self.in_lower_case(word.lower()))
                or (not org_run and word.replace("’", "'") in self.demonyms)
                or (not org_run and _demonym_like(word) and self._title_follows(tokens, i + 1, e))
            ):
                i += 1
                continue
            break
        if 0 < i < len(tokens) and tokens[i - 1][2] in _PARTICLES and had_role:
            i -= 1  # "Special Representative de Mistura": the particle is the name's
        tokens = tokens[i:]
        while tokens and tokens[-1][2] in _CONNECTORS:
            tokens = tokens[:-1]
        if not tokens:
            return
        # The end of a long title before the name: "Envoy for Compact Negotiations Joseph
        # Yun", "Minister of Foreign Affairs and Trade Kitlang Kabua".
        if (
            had_role
            or _ROLE_HEADS_RE.search(text, s, tokens[0][0])
            or any(t[2].lower() in _TITLE_NOUNS for t in tokens[:-2])
        ):
            words_ = [t[2] for t in tokens]
            cut_at = max(
                (
                    k
                    for k, n in enumerate(words_)
                    if n in _NOT_NAME_WORDS
                    or n in _TITLE_ENDS
                    or n.lower() in _TITLE_NOUNS
                    or n == "and"
                    or (
                        k < len(words_) - 2
                        and words_[k + 1] not in _CONNECTORS
                        and (
                            _fold(n) in self.demonyms
                            or any(
                                c.type == "state" and not c.capital_of
                                for c in self.lex.forms.get((_fold(n),), [])
                            )
                        )
                    )
                ),
                default=-1,
            )
            if 0 <= cut_at < len(tokens) - 2 or (0 <= cut_at == len(tokens) - 2 and had_role):
                tokens = tokens[cut_at + 1 :]
                while tokens and tokens[0][2] in _CONNECTORS and tokens[0][2] not in _PARTICLES:
                    tokens = tokens[1:]
                if len(tokens) < 2:
                    return
                had_role = True
        ts, te = tokens[0][0], tokens[-1][1]
        names = [t[2] for t in tokens]
        last = names[-1]
        if self.in_quote(ts) and not had_role:
            return
        if (
            self._in_headline(ts)
            and not had_role
            and self._known_person(text[ts:te]) is None
            and not _SIGNED_TITLE.match(text, te)  # "Jane Roe, Spokesperson for …"
            and not self._title_on_next_line(ts, te)  # "Jane R. Roe\nSecretary of State"
        ):
            return  # "Remarks Prior to …", "Japan's Children's Day": title case, no names
        of_cut = text.find(" of ", ts, te)
        if of_cut != -1 and org_run and not had_role:  # "Senator X of the Y Party"
            rm = _ROLE_TITLE_RE.match(text, ts, of_cut) if _may_start_title(names[0]) else None
            if rm and rm.end() < of_cut and text[rm.end()].isspace():
                tokens = [t for t in tokens if t[0] > rm.end()]
                ts, names, had_role = tokens[0][0], [t[2] for t in tokens], True
        if of_cut != -1:
            # "Mats Odegaard of the Green Party", "Ambassador X of the Republic of Y"
            lead = names[: len(text[ts:of_cut].split())]
            if (
                2 <= len(lead) <= 4
                and all(_is_name_token(n) or n in _PARTICLES for n in lead)
                and _NOT_NAME_WORDS.isdisjoint(lead)
                and _COMMON_CAPS.isdisjoint(lead)
                and not any(n in ORG_HEADS or n in self.demonyms for n in lead)
                and (had_role or last in ORG_HEADS or last in PLACE_HEADS)
            ):
                self._person_name(ts, of_cut, had_role)
                of_phrase = _rx(r"\s+of\s+(?:the\s+)?").match(text[of_cut:te])
                if of_phrase:
                    self._classify_run(of_cut + of_phrase.end(), te, singles)
                return
        if had_role and " of " in text[ts:te] and last in ORG_HEADS:
            cut = text.find(" of ", ts, te)
            if len(text[ts:cut].split()) >= 2:
                self._person_name(ts, cut, had_role)
            else:
                singles.append((ts, cut, had_role))
            of_phrase = _rx(r"\s+of\s+(?:the\s+)?").match(text[cut:te])
            if of_phrase:
                self._classify_run(cut + of_phrase.end(), te, singles)
            return
        if last in ORG_HEADS:
            head_word = last
        if (last in ORG_HEADS or (org_run and head_word in names)) and not had_role:
            full_s = s if _fold(text[s:e].split()[0]) in self.demonyms else ts
            name = text[full_s:te]
            if name in _COMMON_CAPS or len(name.split()) < 2:
                return
            of_phrase = _rx(r"\s+of\s+(?:the\s+)?").search(text, ts, te)
            if of_phrase is not None and _MEMBERS_OF.issuperset(
                text[ts : of_phrase.start()].split()
            ):  # "Members of the Senate": the body, not its members
                self._classify_run(of_phrase.end(), te, singles)
                return
            bare = _rx(r"^(?:The|the)\s+").sub("", name)
            same = [
                x
                for x in self.ents.values()
                if x.type == "government-body"
                and x.name.endswith((f"’s {bare}", f"'s {bare}"))
                and x.name != name
            ]
            if len(same) == 1:  # "South Africa's Foreign Ministry" … "the Foreign Ministry"
                _add_alias(same[0], bare)
                self.add_mention(full_s, te, same[0].key, "name", 0.6)
                return
            gov = name.split()
            if last == "Government" and _GOVERNMENT_WORDS.issuperset(gov[1:]):
                # "the Nicaraguan Government", "the Federal Government" of a known state
                st_key = self.ensure(self.demonyms.get(_fold(gov[0])))
                if st_key is not None:
                    self.add_mention(full_s, te, st_key, "name", 0.6)
                    return
            if self._mission_as_place(head_word, te):
                ent = self.local_ent(name, "place", rule="entity:mission-place", conf=0.6)
                self.add_mention(full_s, te, ent.key, "place", 0.6)
                return
            ent = self.local_ent(name, ORG_HEADS[head_word], rule="entity:org-head", conf=0.6)
            self.add_mention(full_s, te, ent.key, "name", 0.6)
            return
        if names[0] in ORG_HEADS and len(names) > 2 and names[1] == "of" and not had_role:
            ent = self.local_ent(text[ts:te], ORG_HEADS[names[0]], rule="entity:org-head", conf=0.6)
            self.add_mention(ts, te, ent.key, "name", 0.6)
            return
        if last in PLACE_HEADS:
            if len(names) >= 2:
                ent = self.local_ent(text[ts:te], "place", rule="entity:place-head", conf=0.6)
                self.add_mention(ts, te, ent.key, "place", 0.6)
            return
        if not _DAY_MONTH_WORDS.isdisjoint(names) and not (
            last == "May"
            and (had_role or len(names) >= 2)
            and _DAY_MONTH_WORDS.isdisjoint(names[:-1])
        ):  # (a month or a day is no name; "Theresa May", "Prime Minister May" are)
            return
        of_at = None
        for i, n in enumerate(names):
            if n == "of" or n == "the" or n == "for":
                of_at = i
                break
        if of_at is not None and of_at > 0:
            # "Ana Lima of Veldania": a name, then what it belongs to
            tokens, names = tokens[:of_at], names[:of_at]
            te = tokens[-1][1]
        if len(names) == 1 and _ACRONYM.fullmatch(last) and not had_role:
            singles.append((ts, te, had_role))  # initials: an organisation, maybe
            return
        if not all(_is_name_token(n) or n in _CONNECTORS for n in names):
            return
        if (
            len(names) >= 2
            and _demonym_like(last)
            and all(part in _COMPASS_WORDS for n in names[:-1] for part in n.split("-"))
        ):
            return  # "South-East Asian", "West African": an adjective, no name
        if len(names[-1].rstrip(".")) == 1:
            return  # an initial ends no name ("Plan B")
        if not (_COMMON_CAPS.isdisjoint(names) and _NOT_NAME_WORDS.isdisjoint(names)):
            return
        real = [n for n in names if n not in _CONNECTORS]
        if len(real) >= 2 and all(self.in_lower_case(n.lower()) for n in real):
            return
        if not had_role and any(
            _NOUN_END.search(n) or (len(n) > 3 and n.endswith(("ees", "ies", "ists"))) for n in real
        ):
            return  # "Permanent Cessation", "African Union-led", "Former Detainees": no name
        if (
            not had_role
            and len(real) >= 3
            and sum(self.in_lower_case(n.lower()) for n in real) * 2 > len(real)
        ):
            return  # "Humanitarian Country Team": mostly words of the language
        if not had_role and _PLACES_NOUN_AFTER.match(text, te):
            ent = self.local_ent(text[ts:te], "place", rule="entity:place-head", conf=0.6)
            self.add_mention(ts, te, ent.key, "place", 0.6)
            return
        before = text[max(0, ts - 10) : ts]
        if (
            not had_role
            and _may_end_with(before, _PLACE_PREPOSITIONS)
            and _rx(r"\b(?:in|at|near|from|outside|inside|into)\s+$").search(before)
        ):
            if len(real) >= 2 or not self.in_lower_case(names[0].lower()):
                ent = self.local_ent(
                    text[ts:te], "place", rule="entity:place-after-preposition", conf=0.5
                )
                self.add_mention(ts, te, ent.key, "place", 0.5)
            return
        if len(real) >= 2 and len(real) <= 4:
            self._person_name(ts, te, had_role)
        elif len(real) == 1:
            singles.append((ts, te, had_role))

    def _in_capitals_line(self, pos: int) -> bool:
        """``pos`` is in a line mostly in capitals (a headline or a speaker's label)."""
        text = self.text
        ls = text.rfind("\n", 0, pos) + 1
        le = text.find("\n", pos)
        letters = [c for c in text[ls : le if le != -1 else len(text)] if c.isalpha()]
        return sum(c.isupper() for c in letters) * 2 > len(letters)

    def _title_on_next_line(self, start: int, end: int) -> bool:
        """``start:end`` is a line alone, a title the next line (a signature block)."""
        text = self.text
        if text[text.rfind("\n", 0, start) + 1 : start].strip():
            return False
        bm = _NAME_LINE_THEN_TITLE.match(text, end)
        return bool(bm and _ROLE_TITLE_RE.match(bm.group("role")))

    def _in_headline(self, pos: int) -> bool:
        """``pos`` is in a line set in title case ("Remarks Prior to a Meeting With …")."""
        text = self.text
        ls = text.rfind("\n", 0, pos) + 1
        le = text.find("\n", pos)
        line = text[ls : le if le != -1 else len(text)].strip()
        if not line or line[-1] in '.!?:;,”"' or len(line) > 200:
            return False
        words = [w for w in line.split() if w[:1].isalpha()]
        small = [w for w in words if len(w) >= 4]
        return len(words) >= 3 and len(small) >= 2 and all(w[0].isupper() for w in small)

    def _heading_line(self, pos: int) -> bool:
        """``pos`` is in a heading: a short line with no sentence's end or comma."""
        text = self.text
        ls = text.rfind("\n", 0, pos) + 1
        le = text.find("\n", pos)
        line = text[ls : le if le != -1 else len(text)].strip()
        return bool(line) and len(line) <= 200 and not _rx(r"[.!?:;,”\"]").search(line[-1:])

    def _title_follows(self, tokens: list[tuple[int, int, str]], i: int, e: int) -> bool:
        """A title starts at token ``i``: 'Kostravan President Ivo Halas'."""
        if i >= len(tokens):
            return False
        if not _may_start_title(tokens[i][2]):
            return False
        rm = _ROLE_TITLE_RE.match(self.text, tokens[i][0], e)
        return bool(rm and rm.end() < e)

    def _person_name(self, s: int, e: int, had_role: bool) -> None:
        name = self.text[s:e]
        key = self._known_person(name)
        if key is not None:
            ent = self.ents.get(key) or self.ent_from_cand(self.lex.entity_defs[key])
            if name != ent.name:
                _add_alias(ent, name)
            self.add_mention(s, e, ent.key, "alias", 0.75)
            return
        ent = self.local_ent(name, "person", rule="entity:capitalised-name", conf=0.7)
        self.add_mention(s, e, ent.key, "name", 0.7)

    def _known_person(self, name: str) -> str | None:
        """A person already known under a name within a small edit distance (a misspelling)."""
        words = name.split()
        if not words:
            return None
        count, first = len(words), words[0][0]
        limit = 1 if len(name) < 12 else 2
        best = None
        # registry persons, then the article's own (in the order they were found)
        for known, key, kw in itertools.chain(
            ((c.name, c.key, kw) for c, kw in self.lex.persons),
            ((x.name, x.key, None) for x in self.persons if x.local),
        ):
            if known == name:
                continue
            if kw is None:
                kw = known.split()
            if len(kw) != count or kw[0][0] != first:
                continue
            d = Levenshtein.distance(known, name, score_cutoff=limit)
            if d <= limit and (best is None or d < best[0]):
                best = (d, key)
        return best[1] if best else None

    def _link_single_names(self, singles: list[tuple[int, int, bool]]) -> None:
        """One-word names: a known person's surname or given name, or a person after a title."""
        text = self.text
        for s, e, had_role in singles:
            word = text[s:e]
            if self.covered(s, e):
                continue
            key = self._person_by_part(word)
            if key is not None:
                self.add_mention(s, e, key, "alias", 0.75)
                _add_alias(self.ents[key], word)
                continue
            if (
                _ACRONYM.fullmatch(word)
                and word not in _NOT_ACRONYMS
                and not had_role
                and not self.in_quote(s)
                and not self._in_capitals_line(s)
                and text.rfind("\n", 0, s) + 1 != s  # "KYIV, June 6 –", "NOTE:": a label
                and f"({word})" not in text  # defined as the initials of no organisation
                and text[e : e + 1] != ":"
            ):  # "IGAD", "UNMISS": an organisation known by its initials
                ent = self.local_ent(word, "group", rule="entity:acronym", conf=0.5)
                for st in _find_occurrences(text, word):
                    if not self.covered(st, st + len(word)):
                        self.add_mention(st, st + len(word), ent.key, "name", 0.5)
                continue
            after = text[e : e + 40]
            sent_start, _ = self.sent(s)
            if had_role:
                ent = self.local_ent(word, "person", rule="entity:title-name", conf=0.6)
                self.add_mention(s, e, ent.key, "name", 0.6)
            elif (
                _rx(r"\b(?:in|at)\s+$").search(text[max(0, s - 4) : s])
                and not self.in_lower_case(word.lower())
                and not self.in_quote(s)
            ):
                # "met … in Draslav": a place the gazetteer does not know
                ent = self.local_ent(word, "place", rule="entity:place-after-preposition", conf=0.5)
                self.add_mention(s, e, ent.key, "place", 0.5)
            elif (
                s != sent_start
                and not self.in_lower_case(word.lower())
                and _SAY_AFTER.match(after)
                and not self.in_quote(s)
            ):
                ent = self.local_ent(word, "person", rule="entity:speaker-name", conf=0.5)
                self.add_mention(s, e, ent.key, "name", 0.5)
        self.sort_mentions()
        # A surname used alone for a person named in full later (or earlier) in the article.
        for s, e, _ in singles:
            if self.covered(s, e):
                continue
            key = self._person_by_part(text[s:e])
            if key is not None:
                self.add_mention(s, e, key, "alias", 0.7)
        self.sort_mentions()

    def _person_by_part(self, word: str) -> str | None:
        found = set()
        low = word.lower()  # "Al-Rubaie" of "Haidar al-Rubaie"
        for x in self.persons:
            if not x.anon_head and low in x.name.lower():  # (a part of the name is in it)
                parts = x.name.lower().split()
                if len(parts) >= 2 and low in (parts[0], parts[-1]):
                    found.add(x.key)
        if not found:
            for c, parts in self.lex.persons:
                if len(parts) >= 2 and word in (parts[0], parts[-1]):
                    found.add(c.key)
        if len(found) == 1:
            key = found.pop()
            if key not in self.ents:
                self.ent_from_cand(self.lex.entity_defs[key])
            return key
        return None

    def find_mistranslated_surnames(self) -> None:
        """A one-word fragment ("Flashing.") right after a person named by given name only.

        Machine translation renders a surname that is also a word ("Blinken") as that word,
        and may cut it off into a fragment of its own. When the sentence before names a
        person by the first part of their full name only, the fragment is taken as that
        person's mistranslated surname (an alias, low confidence), never as a new entity.
        """
        text = self.text
        for i, start in enumerate(self.sent_starts):
            end = self.sent_ends[i]
            frag = text[start:end].strip()
            m = (
                _rx(r"([A-Z][a-z]+)\.").fullmatch(frag)
                if frag[-1:] == "." and "A" <= frag[:1] <= "Z"
                else None
            )
            if not m or i == 0 or self.covered(start, start + len(m.group(1))):
                continue
            prev = self.mentions_between(self.sent_starts[i - 1], start)
            target = None
            for mm in reversed(prev):
                ent = self.ents[mm.key]
                surface = text[mm.start : mm.end]
                if ent.is_person and len(ent.name.split()) >= 2 and ent.name.split()[0] == surface:
                    tail = text[mm.end : start]
                    if len(tail) < 80:
                        target = ent
                    break
            if target is not None:
                word = m.group(1)
                self.add_mention(start, start + len(word), target.key, "alias", 0.4)
                _add_alias(target, word)
        self.sort_mentions()

    def find_references(self) -> None:
        """Role-only, 'the latter', 'the same official' and 'his counterpart' mentions."""
        found: list[tuple[int, int, str]] = []
        for m in self.scan(_ROLE_REFERENCE_SCAN):
            s, e = m.span()
            # "the Vellmark foreign minister": the state's own mention inside is no obstacle
            named = self.mention_at(m.start("dem")) if m.group("dem") else None
            if named is not None and not (
                named.end == m.end("dem") and self.ents[named.key].type == "state"
            ):
                named = None
            if self.in_quote(s) or (
                self.covered(s, m.start("dem")) or self.covered(m.end("dem"), e)
                if named is not None
                else self.covered(s, e)
            ):
                continue
            role = m.group("role").lower()
            dem = m.group("dem")
            if dem is not None and not dem[0].isupper():
                continue
            state = self.demonyms.get(_fold(dem)) if dem else None
            if dem and state is None and named is not None:
                state = named.key
            if dem and state is None:
                continue
            key = self._resolve_role(s, role, state)
            if key:
                found.append((s, e, key))
        for m in self.scan(_LATTER_FORMER_SCAN):
            s = m.start()
            prev = [
                mm
                for mm in self.mentions_between(max(0, s - 400), s)
                if self.ents[mm.key].is_person and not self.in_quote(mm.start)
            ]
            distinct: list[str] = []
            for mm in reversed(prev):
                if mm.key not in distinct:
                    distinct.append(mm.key)
            idx = 0 if m.group("w") == "latter" else 1
            if len(distinct) > idx:
                found.append((s, m.end(), distinct[idx]))
        for m in self.scan(_THE_ANON_SCAN):  # "the source", "the diplomat": named before
            if self.covered(m.start(), m.end()) or self.in_quote(m.start()):
                continue
            head = m.group("head")
            prev = [
                mm
                for mm in self.mentions_between(max(0, m.start() - 1500), m.start())
                if self.ents[mm.key].anon_head == head
            ]
            if prev:
                found.append((m.start(), m.end(), prev[-1].key))
        for m in self.scan(_THE_SAME_SCAN):
            head = m.group("head").rstrip("s")
            prev = [
                mm
                for mm in self.mentions_between(0, m.start())
                if self.ents[mm.key].anon_head == head
            ]
            if prev:
                found.append((m.start(), m.end(), prev[-1].key))
        for m in self.scan(_ORG_REFERENCE_SCAN):
            if self.covered(m.start(), m.end()) or self.in_quote(m.start()):
                continue
            org = self._recent_org(m.start(), m.group("w").lower())
            if org is not None:
                found.append((m.start(), m.end(), org))
        for m in self.scan(_COUNTERPARTS_SCAN):
            key = self._resolve_counterpart(m.start(), m.group("dem"))
            if key:
                found.append((m.start(), m.end(), key))
        for s, e, key in found:
            self.add_mention(s, e, key, "ref", 0.6)
        self.sort_mentions()

    def _resolve_role(self, pos: int, role: str, state: str | None) -> str | None:
        role_words = set(role.split())
        diplomatic = {"diplomat", "envoy", "ambassador", "negotiator"} & role_words
        best = None
        for mm in self.mentions_between(0, pos):
            ent = self.ents[mm.key]
            if not ent.is_person:
                continue
            held = [p for p in self.positions if p.holder == ent.key]
            ok = False
            for p in held:
                prole = p.role.lower()
                org_ok = state is None or p.org == state or self.ents[p.org].country == state
                if not org_ok:
                    continue
                if diplomatic:
                    ok = ok or any(
                        w in prole
                        for w in (
                            "foreign",
                            "diplomat",
                            "secretary of state",
                            "envoy",
                            "ambassador",
                        )
                    )
                elif (
                    (role in prole and not prole.startswith(f"{role} of the "))
                    or prole in role
                    or (role == "official" and ent.anon_head == "official")
                    or (role == "leader" and prole in _LEADER_TITLES)
                ):
                    ok = True  # ("the Chilean leader": its president, its prime minister)
            if not held and diplomatic and ent.type == "diplomat":
                ok = state is None or ent.country == state
            if ent.anon_head and role == ent.anon_head and state in (None, ent.country):
                ok = True
            if ok:
                best = ent.key
        return best

    def _resolve_counterpart(self, pos: int, dem: str | None) -> str | None:
        s0, _ = self.sent(pos)
        before = [
            mm
            for mm in self.mentions_between(s0, pos)
            if self.ents[mm.key].is_person and not self.in_quote(mm.start)
        ]
        if not before:
            return None
        subject = before[-1].key
        roles = {p.role for p in self.positions if p.holder == subject}
        orgs = {p.org for p in self.positions if p.holder == subject}
        best = None
        for mm in self.mentions_between(0, pos):
            if mm.key == subject or not self.ents[mm.key].is_person:
                continue
            for p in self.positions:
                if p.holder == mm.key and p.role in roles and p.org not in orgs:
                    best = mm.key
        return best

    # -- positions ------------------------------------------------------------

    def org_before(self, end: int) -> str | None:
        """The organisation or state named right before ``end`` ("US", "Chinese", "China’s")."""
        text = self.text
        seg = text[max(0, end - 60) : end]
        # on the same line: a heading's last word is no title's state
        m = _rx(r"([A-Z][\w.’'-]*?)(?:[’']s)?[^\S\n]+$").search(seg)
        if m is None:
            return None
        w_end = end - (len(seg) - m.end(1))
        for mm in self.mentions_between(max(0, w_end - 60), w_end):
            if mm.end == w_end and self.ents[mm.key].is_org:
                return mm.key
        for k in (3, 2):  # "South Korean", "Papua New Guinean"
            mk = _rx(rf"((?:[A-Z][\w.’'-]*[^\S\n]+){{{k - 1}}}[A-Z][\w.’'-]*?)(?:[’']s)?[^\S\n]+$")
            longer = mk.search(seg)
            if longer and (state := self.demonyms.get(_fold(longer.group(1)))):
                return self.ensure(state)
        return self.ensure(self.demonyms.get(_fold(m.group(1))))

    def org_in(self, phrase_start: int, phrase_end: int) -> str | None:
        """The organisation named in an 'of …' phrase, or by a demonym inside it."""
        for mm in self.mentions_between(phrase_start, phrase_end, outer=False):
            ent = self.ents[mm.key]
            if ent.is_org:
                return mm.key
            if ent.is_place and ent.country:
                return ent.country
        for w in _rx(r"[A-Z][a-z]+").finditer(self.text[phrase_start:phrase_end]):
            dem = self.ensure(self.demonyms.get(_fold(w.group())))
            if dem:
                return dem
        return None

    def _its_referent(self, pos: int) -> str | None:
        """What 'its' at ``pos`` stands for: the subject of its sentence, else of the one
        before ("Tarvonia has been courting the EU. Its foreign minister, X": Tarvonia) —
        the first state or organisation named there that no preposition governs."""
        text = self.text
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        spans = [(self.sent_starts[i], pos)]
        for j in (i - 1, i - 2):  # (up to two sentences back, in the paragraph)
            if j < 0 or self.para(self.sent_starts[j]) != self.para(pos):
                break
            spans.append((self.sent_starts[j], self.sent_starts[j + 1]))
        for lo, hi in spans:
            for mm in self.mentions_between(lo, hi):
                ent = self.ents[mm.key]
                if not ent.is_org or ent.type == _MEDIA or self.in_quote(mm.start):
                    continue
                if mm.how == "qualifier" or _PREP_BEFORE.search(
                    text, max(0, mm.start - 40), mm.start
                ):
                    continue
                return mm.key
        return None

    def _recent_org(self, pos: int, kind_word: str | None = None) -> str | None:
        """The organisation 'its' / 'the party' points back to: the last one named before."""
        lo = self.sent_starts[max(0, bisect.bisect_right(self.sent_starts, pos) - 3)]
        wanted = {
            "party": ("party",),
            "ministry": ("government-body",),
            "agency": ("government-body", _MEDIA),
            "company": ("company",),
        }.get(kind_word or "")
        for m in reversed(self.mentions_between(lo, pos)):
            ent = self.ents[m.key]
            if not ent.is_org or self.in_quote(m.start) or (ent.type == _MEDIA and not wanted):
                continue
            if wanted and ent.type not in wanted:
                continue
            return m.key
        return None

    def _subject_position(self, sent_start: int, pos: int, exclude: str) -> _Pos | None:
        """The position of the person the sentence is about ('X and his counterpart, Y')."""
        for m in reversed(self.mentions_between(sent_start, pos)):
            if m.key == exclude or not self.ents[m.key].is_person:
                continue
            held = [p for p in self.positions if p.holder == m.key]
            if held:
                return held[0]
        return None

    def find_positions(self) -> None:
        text = self.text
        seen: set[tuple[str, str, str]] = set()
        last_org_in_sentence: dict[int, str] = {}
        for mm in list(self.mens):
            ent = self.ents[mm.key]
            if (
                not ent.is_person
                or mm.inner
                or mm.how in ("ref", "anon")
                or self.in_quote(mm.start)
            ):
                continue
            s, e = mm.start, mm.end
            sent_start, _ = self.sent(s)
            before = text[max(sent_start, s - 120) : s]
            after = text[e : e + 160]
            status = "current"
            pred_of: str | None = None
            found: list[tuple[str, str | None, tuple[int, int], str, float]] = []
            lm_rule = "position:title-before-name"
            held_before = any(p.holder == ent.key for p in self.positions)
            lm = _ROLE_BEFORE_NAME.search(before) if _ends_capitalised(before) else None
            if lm:
                role = lm.group(1)
                r_start = s - (len(before) - lm.start(1))
                org = self.org_before(r_start)
                o_start = self._org_start_before(r_start) if org is not None else r_start
                if org is not None and self.ents[org].type == "state":
                    # "USAID Afghanistan Mission Director X", "UNICEF Yemen Representative
                    # X": a body's mission in a state; the title is the body's
                    body = next(
                        (
                            mm.key
                            for mm in self.mentions_between(max(0, o_start - 60), o_start)
                            if mm.end == o_start - 1
                            and text[mm.end] == " "
                            and self.ents[mm.key].is_org
                            and self.ents[mm.key].type not in ("state", _MEDIA)
                        ),
                        None,
                    )
                    if body is not None:
                        org = body
                if _FORMER.search(text[max(0, r_start - 12) : r_start]) or _FORMER.search(
                    text[max(0, o_start - 12) : o_start]
                ):  # "former Prime Minister X", "Former Ostrelian Prime Minister X"
                    status = "former"
                if role.lower().startswith("former "):
                    status, role, r_start = "former", role[7:], r_start + 7
                cp = _COUNCIL_BEFORE_TITLE.search(text, max(0, r_start - 24), r_start)
                if cp and role == "President":
                    role, r_start = "President of the Security Council", cp.start()
                    org = self._implied_org(role)
                of_in = _rx(r"\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])").search(role)
                if of_in and _BRIEF_FOR.search(role, 0, of_in.end()):
                    of_in = None  # "Special Envoy for Sudan": the envoy's brief, not employer
                if org is None and of_in:
                    of_org = self.org_in(r_start + of_in.end(), r_start + len(role))
                    if of_org is not None and self.ents[of_org].type in (
                        "state",
                        "intergovernmental",
                        "alliance",
                        "party",
                    ):
                        org = of_org
                        role = role[: of_in.start()]
                jm = (
                    _TITLE_AND_BEFORE.search(text, max(sent_start, r_start - 80), r_start)
                    if org is None
                    else None
                )
                if jm and (jorg := self.org_before(jm.start("t"))) is not None:
                    # "Chinese State Councilor and Foreign Minister X": both titles, one state
                    org = jorg
                    found.append(
                        (
                            jm.group("t"),
                            jorg,
                            (self._org_start_before(jm.start("t")), e),
                            "position:title-before-name",
                            0.8,
                        )
                    )
                elif jm and not _FORMER.search(text, max(0, jm.start("t") - 12), jm.start("t")):
                    # "Deputy Prime Minister and Minister of Foreign Affairs X": both titles,
                    # their state found alike below
                    found.append((jm.group("t"), None, (jm.start("t"), e), lm_rule, 0.8))
                om = _rx(  # "of the Republic of the Marshall Islands"
                    r"\s+of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*)*)"
                ).match(after)
                if org is None and om:
                    org = self.org_in(e + om.start(1), e + om.end(1))
                span_start = r_start
                if org is not None:
                    span_start = self._org_start_before(r_start)
                found.append((role, org, (span_start, e), "position:title-before-name", 0.85))
            am = _left_apposition(before) if _ends_in_comma(before) else None
            if am and not lm:
                role = am.group("role")
                a_start = s - (len(before) - am.start())
                org = None
                hd = _HEAD_OF_DIPLOMACY.search(role)
                if am.group("poss"):
                    p_s = a_start
                    org = self.org_in(p_s, p_s + len(am.group("poss")))
                if hd:
                    dem = hd.group("dem") or hd.group("dem2")
                    org = self.ensure(self.demonyms.get(_fold(dem))) or org
                    role = "head of diplomacy"
                elif am.group("of"):
                    of_s = s - (len(before) - am.start("of"))
                    org = self.org_in(of_s, of_s + len(am.group("of"))) or org
                    role = role[: am.start("of") - am.start("role")].strip()
                    role = _rx(r"\s+of$").sub("", role)
                if org is None:
                    dm = _rx(r"([A-Z][a-z]+)\s+").match(role)
                    if dm and self.demonyms.get(_fold(dm.group(1))):
                        org = self.ensure(self.demonyms.get(_fold(dm.group(1))))
                        role = role[dm.end() :]
                if org is None and (am.group("the") or "").lower() == "its":
                    org = self._its_referent(a_start) or self._recent_org(a_start)
                if org is None:
                    # "The United Nations special rapporteur on …, X": the body it starts with
                    r_s = s - (len(before) - am.start("role"))
                    org, cut = self._org_leading(r_s, r_s + len(role))
                    if org is not None:
                        role = text[cut : r_s + len(role)]
                if org is not None and org in self.ents:
                    found.append((role, org, (a_start, e), "position:apposition-before", 0.8))
                elif (am.group("the") or "").lower() == "the" and _ROLE_TITLE_RE.fullmatch(role):
                    # "The Foreign Secretary, X,": a capitalised title, its state found as a
                    # bare title's is
                    found.append((role, None, (a_start, e), "position:apposition-before", 0.8))
            cm = (
                _COUNTERPART_BEFORE.search(before)
                if _may_end_with(before, _COUNTERPART_ENDS, comma=True)
                or _HONORIFIC_AT_END.search(before)
                else None
            )
            if cm and (not lm or lm.group(1) in ("Prince", "Princess", "Sheikh", "Sheikha")):
                c_start = s - (len(before) - cm.start())
                subject_pos = self._subject_position(sent_start, c_start, ent.key)
                dem = cm.group("dem")
                org = self.ensure(self.demonyms.get(_fold(dem))) if dem else None
                if subject_pos is not None and org is not None:
                    found.append(
                        (subject_pos.role, org, (c_start, e), "position:counterpart", 0.75)
                    )
            pm2 = _ORG_POSS_ROLE.search(before) if _ends_in_comma(before) else None
            if pm2 and not lm and not am:
                kind_word = (pm2.group("what") or "").lower() or None
                p2 = s - (len(before) - pm2.start())
                org = (self._its_referent(p2) if pm2.group("its") else None) or self._recent_org(
                    p2, kind_word
                )
                if org is not None:
                    found.append(
                        (
                            pm2.group("role"),
                            org,
                            (s - (len(before) - pm2.start()), e),
                            "position:its-role",
                            0.65,
                        )
                    )
            lt = (
                _LOWER_TITLE_BEFORE.search(before)
                if not lm and _may_end_with(before, _LOWER_TITLE_ENDS)
                else None
            )
            if lt:
                t_start = s - (len(before) - lt.start("role"))
                role = lt.group("role")
                # "(US) State Department spokesperson X", "North Korean leader X", "European
                # Union foreign affairs chief X": the body or state is the role's start
                org, cut = self._org_leading(t_start, t_start + len(role))
                if org is not None:
                    role, o_start = text[cut : t_start + len(role)], t_start
                else:
                    org = self.org_before(t_start)
                    o_start = self._org_start_before(t_start) if org is not None else t_start
                fm = _rx(r"(?:former|ex-|then-)\s*", re.I).match(role)
                if fm:  # "Peru's former foreign minister X"
                    status, role = "former", role[fm.end() :]
                om = _rx(r"\s+of\s+(?:the\s+)?(?=[A-Z])").match(text, e) if org is None else None
                if om:  # "Opposition leader X of the Green Party"
                    org = self.org_in(om.end(), min(len(text), om.end() + 60))
                if org is not None and role.strip():
                    found.append((role, org, (o_start, e), "position:title-before-name", 0.75))
            rm = _RIGHT_APPOS.match(after)
            if rm and any(
                self.ents[m2.key].is_person and not text[e + rm.end() : m2.start].strip()
                for m2 in self.mentions_between(e + rm.end(), e + rm.end() + 80)
            ):
                rm = None  # "A, Chinese Foreign Minister B and …": the next item's title
            if rm and rm.group("role").lower().strip() not in ("official",):
                role = rm.group("role")
                org = None
                if rm.group("poss"):
                    ps = e + rm.start("poss")
                    org = self.org_in(ps, ps + len(rm.group("poss")))
                if rm.group("of"):
                    os_ = e + rm.start("of")
                    org = self.org_in(os_, os_ + len(rm.group("of"))) or org
                if org is None:
                    dm = _rx(r"(?:[a-z]+\s+)*([A-Z][a-z]+)\s").match(role)
                    if dm:
                        org = self.ensure(self.demonyms.get(_fold(dm.group(1))))
                        if org:
                            role = role[dm.end() :]
                if _rx(r"(?:former|ex-|outgoing|previous)\s", re.I).match(role):
                    status = "former"
                    role = role.split(None, 1)[1]
                role = _rx(r"^(?:current|new|incoming)\s+", re.I).sub("", role)
                if org is not None and org in self.ents:
                    found.append((role, org, (s, e + rm.end()), "position:apposition-after", 0.8))
            cm2 = _HOLDS_COUNCIL_PRESIDENCY.match(after) if "presidency" in after else None
            if cm2 is not None:
                # "Ambassador X of Y, which holds the Council’s presidency for May": X
                # presides over the Council (his state holds the seat)
                council = self._implied_org("president of the security council")
                if council is not None:
                    found.append(
                        (
                            "President of the Security Council",
                            council,
                            (s, e + cm2.end()),
                            "position:council-presidency",
                            0.8,
                        )
                    )
            pb = _TITLE_FOR_AFTER.match(after) if not found and not lm else None
            if pb and _ROLE_TITLE_RE.fullmatch(pb.group("head")):
                # "X, Director for Africa visited …" in a government body's release: the
                # title is the publisher's
                body = self._publisher_body()
                if body is not None:
                    found.append(
                        (pb.group("role"), body, (s, e + pb.end()), "position:publisher-body", 0.7)
                    )
            if not found and ("Secretary-General" in before or "Secretary-General" in after[:60]):
                # "the Secretary-General's Special Adviser, X", "X, Spokesman for the
                # Secretary-General": an office of the UN Secretariat
                sg = _SG_OFFICE_BEFORE.search(before)
                sg_span = (s - (len(before) - sg.start("role")), e) if sg else (0, 0)
                if sg is None or not (sg.group("poss") or "Secretary-General" in sg.group("role")):
                    sg = _SG_OFFICE_AFTER.match(after)
                    sg_span = (s, e + sg.end()) if sg else sg_span
                un = self._implied_org("secretary-general") if sg else None
                if sg and un is not None:
                    role = " ".join(sg.group("role").split())
                    found.append((role, un, sg_span, "position:secretary-general-office", 0.8))
            xm = _TITLE_IN_BRACKETS.match(after) if not found and "(" in after[:3] else None
            if xm and _ROLE_TITLE_RE.fullmatch(xm.group("role")):
                # "Kamala Harris (Vice President of the United States)": the last state or
                # body in the brackets ("… of the United States of Mexico": Mexico)
                xs = [
                    m2.key
                    for m2 in self.mentions_between(e + xm.start("of"), e + xm.end("of"))
                    if self.ents[m2.key].is_org
                ]
                if xs:
                    found.append(
                        (xm.group("role"), xs[-1], (s, e + xm.end()), "position:in-brackets", 0.8)
                    )
            bm = _NAME_LINE_THEN_TITLE.match(after) if not found and after[:1] == "\n" else None
            if bm and not text[text.rfind("\n", 0, s) + 1 : s].strip():
                # a statement's signature block: "John Roe\nSecretary of State\nWashington"
                role = bm.group("role")
                # "Deputy Spokesperson, Office of the Spokesperson": the title, then its unit
                role = _rx(r",\s+(?:Office|Bureau|Division|Unit)\b.*$").sub("", role)
                of_in = _rx(r"\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])").search(role)
                org = None
                if of_in:
                    o_s = e + bm.start("role") + of_in.end()
                    org = self.org_in(o_s, e + bm.end("role"))
                    if org is not None:
                        role = role[: of_in.start()]
                nl = _rx(r"[ \t]*\n[ \t]*([^\n]+)").match(text, e + bm.end("role"))
                if org is None and nl is not None:
                    # the body on the next line of the block ("Department of State")
                    bodies = [
                        m2
                        for m2 in self.mentions_between(nl.start(1), nl.end(1))
                        if self.ents[m2.key].is_org and self.ents[m2.key].type != "state"
                    ]
                    line = text[nl.start(1) : nl.end(1)].strip()
                    if len(bodies) == 1 and text[bodies[0].start : bodies[0].end] == line:
                        org = bodies[0].key
                if _ROLE_TITLE_RE.fullmatch(role):
                    found.append((role, org, (s, e + bm.end("role")), "position:title-line", 0.8))
            pm = _PREDECESSOR.search(before) if _may_contain(before, "predecessor") else None
            if pm:
                prev = [
                    p
                    for p in self.positions
                    if p.holder != ent.key and p.span[0] < s and p.status == "current"
                ]
                if prev:
                    pred_of = prev[-1].id
                    base = self.positions[[p.id for p in self.positions].index(pred_of)]
                    found.append(
                        (
                            base.role,
                            base.org,
                            (s - (len(before) - pm.start()), e),
                            "position:predecessor",
                            0.7,
                        )
                    )
            shared_org = next((o for _, o, _, r, _ in found if o and r == lm_rule), None)
            for role, org, span, rule, conf in found:
                this_status = "former" if rule == "position:predecessor" else status
                if org is None and rule == lm_rule and shared_org is not None:
                    org = shared_org  # "Deputy Prime Minister and Foreign Minister X of Y"
                if org is None and rule.startswith(
                    ("position:title-before-name", "position:title-line", "position:apposition")
                ):
                    # A title naming no organisation takes none from another title in its
                    # sentence ("Pakistani Prime Minister A wrote to Prime Minister B"), and
                    # a title repeated before a surname adds nothing ("Minister Kessel").
                    if held_before:
                        continue
                    org = self._implied_org(role)
                    if org is not None:
                        rule += "+implied-org"
                    elif rule == lm_rule and (body := self._body_after_comma(e)) is not None:
                        # "Assistant Secretary X, U.S. Department of the Interior signed …":
                        # the body named right after the name is the title's
                        org = body
                        rule += "+body-after"
                    elif rule == lm_rule and (for_state := self._state_served_after(e)) is not None:
                        # "Minister X signed for the Republic of Y", "X represented the
                        # Government of Y": the state the holder acts for, in the same clause
                        org = for_state
                        rule += "+state-served"
                    elif (home := self._home_state()) is not None and not (
                        (absent := _TITLES_A_STATE_LACKS.get(self.ents[home].name))
                        and absent.search(role)
                    ):
                        org = home  # a government's own readout: its president, its envoy
                        rule += "+publisher-state"
                    else:
                        org = self._state_before(span[0])
                        conf -= 0.25
                        rule += "+state-from-context"
                elif org is None:
                    org = last_org_in_sentence.get(sent_start)
                    conf -= 0.2
                    rule += "+org-from-sentence"
                if (
                    org in self.ents
                    and self.ents[org].type == "party"
                    and _rx(r"\bminister\b", re.I).search(role)
                ):
                    # "Tourism Minister X of ZANU-PF": a minister serves a state, not a party
                    org = self._state_before(span[0])
                    conf -= 0.2
                    rule += "+state-not-party"
                if org is None or org not in self.ents or not self.ents[org].is_org:
                    continue
                dem_first = _fold(role.split()[0]) if role.split() else ""
                if dem_first in self.demonyms and self.demonyms[dem_first] != org:
                    continue  # "Turkish Cypriot leader": a community's, not Turkey's
                role_n = _normal_role(role, self.ents[org].type, org_name=self.ents[org].name)
                if not role_n:
                    continue
                k = (ent.key, role_n, org)
                if k in seen:
                    continue
                seen.add(k)
                pid = self.new_id(f"{ent.key}-{role_n}")
                pos = _Pos(pid, ent.key, role_n, org, this_status, span, rule, round(conf, 2))
                self.positions.append(pos)
                last_org_in_sentence[sent_start] = org
                if rule == "position:predecessor" and pred_of:
                    for p in self.positions:
                        if p.id == pred_of:
                            p.predecessor = pid
        # A guess from context gives way to the same title the text gives with its state
        # elsewhere ("President X" … "the Zimbabwean president X").
        named = {(p.holder, p.role.lower()) for p in self.positions if "from-context" not in p.rule}
        self.positions = [
            p
            for p in self.positions
            if "state-from-context" not in p.rule or (p.holder, p.role.lower()) not in named
        ]
        for key, country, _head, span in self.anon_positions:
            if self.ensure(country):
                pid = self.new_id(f"{key}-official")
                self.positions.append(
                    _Pos(pid, key, "official", country, "current", span, "position:anonymous", 0.6)
                )

    def _org_leading(self, start: int, end: int) -> tuple[str | None, int]:
        """The organisation or state a lower-case title's words start with, and where the
        title proper starts ("State Department spokesperson", "North Korean leader")."""
        text = self.text
        best: tuple[str | None, int] = (None, start)
        for mm in self.mentions_between(max(0, start - 40), end):
            # (a name the title's first words end: "US State Department spokesperson")
            if mm.start <= start < mm.end <= end and self.ents[mm.key].is_org:
                best = (mm.key, mm.end)
        words = list(_rx(r"[A-Z][\w’'-]*").finditer(text, start, end))
        for k in (2, 1):  # "North Korean", "Chilean"
            if best[0] is None and len(words) >= k and words[0].start() == start:
                phrase = text[start : words[k - 1].end()]
                if _rx(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?").fullmatch(phrase):
                    state = self.ensure(self.demonyms.get(_fold(phrase)))
                    if state is not None:
                        best = (state, words[k - 1].end())
        key, cut = best
        while cut < end and text[cut].isspace():
            cut += 1
        if key is None or not text[cut:end].strip():
            return None, start
        return key, cut

    def _body_after_comma(self, end: int) -> str | None:
        """A government body or organisation named right after ``end`` and a comma, which
        ends the clause's subject ("X, U.S. Department of the Interior signed", "X, Y and")."""
        text = self.text
        if text[end : end + 2] != ", ":
            return None
        mm = self.mention_at(end + 2)
        if mm is None or mm.start != end + 2 or not self.ents[mm.key].is_org:
            return None
        if self.ents[mm.key].type in ("state", _MEDIA):
            return None
        if _rx(r"\s+(?:and\s|[a-z]+(?:ed|s)\b)|[,.;]").match(text, mm.end) is None:
            return None
        return mm.key

    def _state_served_after(self, end: int) -> str | None:
        """The state a person named right before ``end`` signs for, represents or acts for
        in the same clause ("X signed for the Republic of Y", "X, for Y,")."""
        m = _SERVES_STATE.match(self.text, end, min(len(self.text), end + 200))
        if m is None:
            return None
        for mm in self.mentions_between(m.end() - 1, m.end() + 80):
            if mm.start < m.end() - 1:
                continue
            if mm.start > m.end() + 1:
                break
            if self.ents[mm.key].type == "state":
                return mm.key
        return None

    def _office_positions(self) -> None:
        """The unnamed holder of an office drafted under its title ("the Secretary-General")
        holds that office of the body it implies."""
        held = {p.holder for p in self.positions}
        for ent in list(self.ents.values()):
            if ent.rule != "entity:office-holder" or not ent.is_person or ent.key in held:
                continue
            org = self._implied_org(ent.name)
            first = next((m for m in self.mens if m.key == ent.key), None)
            if org is None or first is None:
                continue
            pid = self.new_id(f"{ent.key}-{ent.name}")
            self.positions.append(
                _Pos(
                    pid,
                    ent.key,
                    ent.name,
                    org,
                    "current",
                    (first.start, first.end),
                    "position:office-holder",
                    0.7,
                )
            )

    def _state_before(self, pos: int) -> str | None:
        """The state a title naming none belongs to ("Foreign Minister X" in a story about Y).

        The first state named in the sentence before ``pos``, else in the nearest sentence
        before it (in its paragraph or the one before) that names one, by name, an alias
        such as its capital, or a demonym; one another title takes does not count ("the
        Sundaran ambassador", "the foreign minister of Ostrelia").
        """
        p = self.para(pos)
        lo = max(self.para_starts[p - 1 if p > 0 else 0], pos - 1200)
        named = [(at, key) for at, key, titled in self._states_named(lo, pos) if not titled]
        if not named:
            return None
        named.sort()
        last_sent = self.sent(named[-1][0])[0]
        if last_sent < self.sent_starts[max(0, bisect.bisect_right(self.sent_starts, pos) - 2)]:
            return None  # named two sentences before or earlier: too far to tell
        # Another state in that sentence leaves it open, another title's too ("the U.S.
        # granted a visa to a Zimbabwean minister of President X") and that of a person
        # whose state is known ("Secretary A and Foreign Minister B discussed Y's …").
        around = {
            key
            for at, key, _ in self._states_named(last_sent, pos)
            if not _TITLE_TO_STATE.search(self.text, max(0, at - 60), at)  # "envoy to Y"
        }
        for mm in self.mentions_between(last_sent, pos):
            if self.ents[mm.key].is_person:
                around.update(
                    p.org
                    for p in self.positions
                    if p.holder == mm.key
                    and p.status == "current"
                    and self.ents[p.org].type == "state"
                )
        if len(around) > 1:
            return None  # two states there: which one?
        return next(key for at, key in named if at >= last_sent)

    def _states_named(self, lo: int, hi: int) -> list[tuple[int, str, bool]]:
        """The states named between ``lo`` and ``hi`` outside quotes, by name, an alias
        such as a capital, or a demonym: (where, key, whether a title takes it)."""
        named: list[tuple[int, str, bool]] = []
        for mm in self.mentions_between(lo, hi):
            if mm.end > hi or self.in_quote(mm.start):
                continue
            ent = self.ents[mm.key]
            key = mm.key if ent.type == "state" else (ent.country if ent.is_place else None)
            if key and key in self.ents:
                named.append((mm.start, key, self._taken_by_title(mm.start, mm.end)))
        for w in _rx(r"\b[A-Z][a-z]+\b").finditer(self.text, lo, hi):
            if self.in_quote(w.start()):
                continue
            dem = self.demonyms.get(_fold(w.group()))
            if dem is None:
                continue
            titled = self._taken_by_title(w.start(), w.end())
            found = dem if titled and dem in self.lex.entity_defs else self.ensure(dem)
            if found is not None:
                named.append((w.start(), found, titled))
        return named

    def _home_state(self) -> str | None:
        """The state whose government publishes the article ("The White House", "U.S.
        Department of State", "Ministry of Foreign Affairs of Kenya"), if it is one."""
        cached: tuple[str | None] | None = getattr(self, "_home", None)
        if cached is not None:
            return cached[0]
        pub = self.publisher or ""
        home: str | None = None
        if _GOVERNMENT_PUBLISHER.search(pub):
            words = [_fold(w) for _, _, w in _tokens(pub)]
            found = [
                c
                for i in range(len(words))
                for n in (3, 2, 1)
                for c in self.lex.forms.get(tuple(words[i : i + n]), [])
                if c.type == "state" and not c.capital_of
            ]
            home = self.ensure(found[0].key) if found else None
            if home is None:  # "Foreign, Commonwealth & Development Office": its state's
                body = self.lex.forms.get(tuple(words), [])
                state = next((BODY_STATES[c.name] for c in body if c.name in BODY_STATES), None)
                if state is not None:
                    st = self.lex.forms.get(tuple(_fold(t) for _, _, t in _tokens(state)), [])
                    home = self.ensure(st[0].key) if st else None
            if home is None and _US_PUBLISHER.search(pub):
                home = self._implied_org("secretary of state")
        self._home = (home,)
        return home

    def _publisher_body(self) -> str | None:
        """The government body that publishes the article ("Foreign & Commonwealth
        Office"), if the lexicon knows it as one."""
        words = tuple(_fold(w) for _, _, w in _tokens(self.publisher or ""))
        if words and words[0] == "the":
            words = words[1:]
        body = next((c for c in self.lex.forms.get(words, []) if c.type == "government-body"), None)
        return self.ensure(body.key) if body is not None else None

    def _implied_org(self, role: str) -> str | None:
        """The body a title belongs to wherever it is used ("Secretary-General": the UN;
        "Under-Secretary-General for Political Affairs": the UN too)."""
        low = _rx(r"\s+").sub(" ", role.strip()).lower()
        name = _IMPLIED_ORG.get(low) or _IMPLIED_ORG.get(_rx(r" for .*$").sub("", low))
        if name is None:
            return None
        bucket = self.lex.forms.get(tuple(_fold(t) for _, _, t in _tokens(name))) or []
        return self.ensure(bucket[0].key) if bucket else None

    def _taken_by_title(self, start: int, end: int) -> bool:
        """A state name that belongs to a title: 'Sundaran ambassador', 'minister of Peru'."""
        text = self.text
        return bool(
            _TITLE_AFTER_STATE.match(text, end, end + 60)
            or _TITLE_BEFORE_STATE.search(text[max(0, start - 60) : start])
        )

    def _org_start_before(self, pos: int) -> int:
        seg = self.text[max(0, pos - 60) : pos]
        m = _rx(r"([A-Z][\w.’'-]*?)(?:[’']s)?[^\S\n]+$").search(seg)
        return pos - (len(seg) - m.start(1)) if m else pos

    # -- quotes ---------------------------------------------------------------

    def speaker_capable(self, mm: _Men) -> bool:
        ent = self.ents[mm.key]
        return not ent.is_place and mm.how not in ("qualifier", "place")

    def subject_before(
        self, pos: int, *, persons_only: bool = False, lo: int | None = None
    ) -> str | None:
        """Who does what the verb at ``pos`` says: a pronoun, a relative 'who', or a name."""
        text = self.text
        sent_start, _ = self.sent(pos)
        if lo is not None:
            sent_start = max(sent_start, lo)
        head = text[sent_start:pos]
        pm = _PRONOUN_SUBJECT.search(head) if _may_end_with(head, _PRONOUN_ENDS) else None
        if pm:
            return self.resolve_pronoun(sent_start + pm.start(), pm.group("p").lower())
        rel = _rx(
            r",\s*(?:who|which|that)\s+(?:(?:also|then|later|had|has|have|would|will|was|is|"
            r"reportedly|allegedly)\s+)*(?:\w+\s+){0,1}$"
        ).search(head)
        if rel:
            ante = self.mentions_between(max(0, sent_start - 1), sent_start + rel.start())
            ante = [m for m in ante if m.end >= sent_start + rel.start() - 1]
            if ante and self.speaker_capable(ante[-1]):
                return ante[-1].key
        # The clause's subject: its first name that is not the object of a preposition
        # ("Moravec did not accuse Veldania …, saying" → Moravec; "according to X, Y said" → Y).
        clause_lo = sent_start
        for cb in _rx(r";\s+|[,–—]\s+(?:but|while|whereas|although|though)\s+|:\s+").finditer(head):
            if self.mentions_between(sent_start + cb.end(), pos):
                clause_lo = sent_start + cb.end()
        cands = [
            m
            for m in self.mentions_between(clause_lo, pos)
            if self.speaker_capable(m) and not self.in_quote(m.start)
        ]
        if persons_only:
            persons = [m for m in cands if self.ents[m.key].is_person]
            cands = persons or [m for m in cands if self.ents[m.key].type == "state"]
        if not cands:
            return None
        cands = [
            m
            for m in cands
            if self._holder_after(m) is None and text[m.end : m.end + 2] not in ("’s", "'s")
        ] or cands
        # Prefer the nearest name that a verb follows ("Lacson said", "Beijing reacted",
        # "Mwangi, said"), then the clause's first name that no preposition governs. A
        # coordinated verb ("… and accused Brussels") shares the clause's first subject.
        coordinated = _may_end_with(head, _COORDINATED_ENDS) and _COORDINATED.search(head)
        order = cands if coordinated else list(reversed(cands))
        if coordinated:  # "Asked whether Russia had …, Hale declined …, saying": not Russia
            order = [
                m
                for m in order
                if not _SUBORDINATE.search(text[max(clause_lo, m.start - 80) : m.start])
            ] or order
        for m in order:
            if _VERB_AFTER.match(text, m.end) and not _PREP_BEFORE.search(
                text, max(0, m.start - 40), m.start
            ):
                return m.key
        for m in cands:
            if not _PREP_BEFORE.search(
                text, max(0, m.start - 40), m.start
            ) and not self._in_apposition(m):
                return m.key
        if all(self.ents[m.key].type == _MEDIA for m in cands):
            return None  # "in an interview with the X Corporation, confirmed": no speaker
        return cands[-1].key

    def _holder_after(self, m: _Men) -> _Men | None:
        """The person a title after an organisation's name names ('… spokesman, X')."""
        if not self.ents[m.key].is_org:
            return None
        gm = _ORG_TO_HOLDER.match(self.text, m.end, m.end + 90)
        if gm is None:
            return None
        pm = self.mention_at(gm.end())
        return pm if pm is not None and self.ents[pm.key].is_person else None

    def _in_apposition(self, m: _Men) -> bool:
        """A name inside ', the …, ' or ', who …,' after another name is not the subject."""
        return bool(
            _rx(r",\s+(?:who|which)\b[^,]*$").search(self.text[max(0, m.start - 80) : m.start])
        )

    def resolve_pronoun(self, pos: int, pronoun: str) -> str | None:
        """What a pronoun stands for: in the nearest sentence (its own first, then up to two
        before) naming something that fits, that sentence's subject, else the nearest."""
        want = _PRONOUNS.get(pronoun, "any")
        text = self.text
        here = bisect.bisect_right(self.sent_starts, pos) - 1
        for k in range(here, max(-1, here - 3), -1):
            lo = self.sent_starts[k] if k >= 0 else 0
            hi = pos if k == here else self.sent_ends[k]
            fitting = []
            for m in self.mentions_between(lo, hi):
                if m.end > hi or self.in_quote(m.start) or not self.speaker_capable(m):
                    continue
                ent = self.ents[m.key]
                if (want == "person" and not ent.is_person) or (want == "org" and ent.is_person):
                    continue
                fitting.append(m)
            if not fitting:
                continue
            for m in fitting:
                if (
                    _VERB_AFTER.match(text, m.end)
                    and not _PREP_BEFORE.search(text, max(0, m.start - 40), m.start)
                    and not self._in_apposition(m)
                    and text[m.end : m.end + 2] not in ("’s", "'s")
                ):
                    return m.key
            return fitting[-1].key
        return None

    def find_quotes(self) -> None:
        text = self.text
        for qs, qe in self.qspans:
            inner_s, inner_e = qs + 1, qe
            while inner_s < inner_e and text[inner_s].isspace():
                inner_s += 1
            while inner_e > inner_s and (text[inner_e - 1].isspace() or text[inner_e - 1] == ","):
                inner_e -= 1
            if inner_e - inner_s < 1:
                continue
            words = text[inner_s:inner_e]
            if not _rx(r"[A-Za-z]").search(words):
                continue
            speaker, ev, rule, conf, relays = self._attribute(qs, qe, words)
            if speaker is None:
                continue
            qid = self.new_id(f"quote-{speaker}")
            q = _Quote(qid, speaker, (inner_s, inner_e), ev, rule, conf, relays)
            dm = self.date_near(qe, within_sentence=True, after_only=True)
            if dm:
                q.date = dm
            self.quotes.append(q)

    def _attribute(
        self, qs: int, qe: int, words: str
    ) -> tuple[str | None, tuple[int, int] | None, str, float, list[str]]:
        text = self.text
        sent_start, sent_end = self.sent(qs)
        tail_lo = qe + 1
        tail = text[tail_lo : tail_lo + 220]
        # ("[A-Z]" at the start; "[.!?…]$": the last character, or the one before a final
        # line break)
        full = "A" <= words[:1] <= "Z" and (
            words[-1:] in _FULL_STOPS or (words[-1:] == "\n" and words[-2:-1] in _FULL_STOPS)
        )
        # 1. after the quote: “…,” said X / X said / according to X / read the X communiqué
        explicit = None if qs in self.open_quotes else self._tail_speaker(tail_lo, tail)
        if explicit is not None:
            key, ev, rule, conf = explicit
            relays = self._speaker_relays(sent_start, self.sent(max(ev[1] - 1, qs))[1], key)
            return key, ev, rule, conf, relays
        # 2. before the quote, in its sentence: X said that “…” / X called for the “…”
        head_lo = sent_start
        prev_q = [s for s in self.qspans if sent_start <= s[1] < qs]
        if prev_q:
            head_lo = prev_q[-1][1] + 1
        head = text[head_lo:qs]
        if prev_q and _rx(
            r"[\s,”\"’]*(?:(?:and|but|or|nor|if\s+not|yet)\s+)?(?:also\s+)?"
        ).fullmatch(head):  # “regrettable” but “necessary”: one speaker
            prior = [q for q in self.quotes if sent_start <= q.text[0] < qs]
            if prior:
                q0 = prior[-1]
                return q0.speaker, q0.evidence, "quote:joined", q0.conf, list(q0.reported_by)
        verbs = [v for v in self.scan_in(_SPEECH_SCAN, head, head_lo) if not _speech_noun(head, v)]
        if verbs:
            v = verbs[-1]
            gap = head[v.end() :]
            if len(gap.split()) <= 30 and not _CLAUSE_BREAK.search(gap):
                vpos = head_lo + v.start()
                who: str | None = None
                rule = "quote:speaker-before"
                if (
                    prev_q
                    and _rx(r"(?:^|\s|,)(?:and\s+(?:also\s+)?|also\s+)?$").search(head[: v.start()])
                    and _rx(r"[\s,”\"’]*(?:and\s+(?:also\s+)?|also\s+)?").fullmatch(
                        head[: v.start()]
                    )
                ):
                    prior = [q for q in self.quotes if q.text[0] < qs and q.text[0] >= sent_start]
                    if prior:
                        who = prior[-1].speaker
                        rule = "quote:same-speaker-continued"
                if who is None and v.group().endswith("ing") and prev_q:
                    prior = [q for q in self.quotes if sent_start <= q.text[0] < qs]
                    if prior:
                        who = prior[-1].speaker
                        rule = "quote:same-speaker-continued"
                if who is None:
                    doc = self._doc_subject(sent_start, vpos)
                    if doc is None and _DOC_NP.search(text, sent_start, vpos):
                        doc = self._statement_principal(vpos)
                    if doc is not None:
                        who, rule = doc, "quote:document-subject"
                if who is None:
                    who = self.subject_before(vpos)
                if who is not None:
                    ev_s = self._clause_start(sent_start, vpos, who)
                    relays = self._speaker_relays(sent_start, sent_end, who)
                    return who, (ev_s, qs), rule, 0.75, relays
        # 3. a second quote in the clause that quoted someone before it, with no other
        # name or verb of saying between: 'X said the deal marks “…” toward “…”'
        if prev_q and not verbs and len(head.split()) <= 12 and not _CLAUSE_BREAK.search(head):
            prior = [q for q in self.quotes if sent_start <= q.text[0] < qs]
            if (
                prior
                and prior[-1].rule in ("quote:speaker-before", "quote:same-clause")
                and not self.mentions_between(head_lo, qs)
            ):
                q0 = prior[-1]
                return q0.speaker, q0.evidence, "quote:same-clause", q0.conf, list(q0.reported_by)
        # 4. a full-sentence quote continuing the previous speaker's words
        if full:
            prior = [q for q in self.quotes if qs - q.text[1] < 400]
            if prior and self.para(prior[-1].text[0]) == self.para(qs):
                # (relays are the sentence's: one named in the sentence before is not)
                same_sentence = self.sent(prior[-1].text[0])[0] == sent_start
                return (
                    prior[-1].speaker,
                    None,
                    "quote:previous-speaker",
                    0.45,
                    list(prior[-1].reported_by) if same_sentence else [],
                )
        # 5. words a readout or statement issued by an unnamed spokesperson gives, named
        # later in the sentence: "… discussed “…”, according to a read-out issued by a
        # spokesperson for the Secretary-General"
        sp = _ISSUED_BY_SPOKESPERSON.search(text, qe, sent_end)
        if sp is not None and not self.in_quote(sp.start()):
            who = self._unnamed_spokesperson(sp)
            if who is not None:
                return who, (sp.start(), sp.end()), "quote:spokesperson-document", 0.6, []
        # 6. a paragraph that is one quote, after a paragraph quoting someone: theirs
        if (qs == 0 or text[qs - 1] == "\n") and words[:1].isupper():
            prior = [q for q in self.quotes if self.para(q.text[0]) == self.para(qs) - 1]
            if prior:
                return prior[-1].speaker, None, "quote:previous-paragraph", 0.5, []
        return None, None, "", 0.0, []

    def _speaker_relays(self, lo: int, hi: int, key: str) -> list[str]:
        """Relays in the sentence, else those of the sentence that introduced an anonymous
        speaker ("Two sources told Reuters … “…,” one of the sources said")."""
        found = self.relays(lo, hi, key)
        spokesperson = self._spokesperson_relay(lo, hi, key)
        if spokesperson is not None and spokesperson not in found:
            found.insert(0, spokesperson)
        if not found and self.ents[key].anon_head:
            first = next((m for m in self.mens if m.key == key and m.how == "anon"), None)
            if first is not None and first.start < lo:
                s0, e0 = self.sent(first.start)
                found = self.relays(s0, e0, key)
        return found

    def _spokesperson_relay(self, lo: int, hi: int, key: str) -> str | None:
        """The spokesperson who issued a statement of ``key``'s words in the sentence
        ("said a statement issued by Mr. Ban’s spokesperson"): an unnamed person, the
        first relay, holding that office in the body the principal serves."""
        text = self.text
        m = _STATEMENT_BY.search(text, lo, hi)
        sp = _SPOKESPERSON_OF.match(text, m.end()) if m else None
        if sp is None or sp.end() > hi or self._statement_principal(sp.end()) != key:
            return None
        name = f"spokesperson for {self.ents[key].name}"  # (named again when all is read)
        ent = self.local_ent(name, "person", rule="entity:spokesperson-relay", conf=0.6)
        ent.anon_head = "spokesperson"
        _add_alias(ent, text[sp.start("np") : sp.end()])  # "Mr. Ban’s spokesperson"
        if ent.key not in self.relay_principals:
            # (no mention: the phrase names no one who could speak or act later)
            self.relay_principals[ent.key] = key
            org = next(
                (p.org for p in self.positions if p.holder == key and p.status == "current"),
                None,
            )
            if org is not None:
                self.positions.append(
                    _Pos(
                        self.new_id(f"{ent.key}-spokesperson"),
                        ent.key,
                        "Spokesperson",
                        org,
                        "current",
                        (sp.start("np"), sp.end()),
                        "position:spokesperson-relay",
                        0.6,
                    )
                )
        return ent.key

    def _unnamed_spokesperson(self, sp: re.Match[str]) -> str | None:
        """The unnamed spokesperson ``sp`` names ("a spokesperson for the Secretary-
        General"): a person, holding that office in the body the principal's title
        implies."""
        org = self._implied_org(sp.group("of"))
        if org is None:
            of = self.mention_at(sp.start("of"))
            org = of.key if of is not None and self.ents[of.key].is_org else None
        if org is None:
            return None
        name = sp.group("sp")
        ent = self.local_ent(name, "person", rule="entity:spokesperson", conf=0.6)
        ent.anon_head = "spokesperson"
        if not any(p.holder == ent.key for p in self.positions):
            self.positions.append(
                _Pos(
                    self.new_id(f"{ent.key}-spokesperson"),
                    ent.key,
                    "Spokesperson",
                    org,
                    "current",
                    sp.span("sp"),
                    "position:spokesperson-relay",
                    0.6,
                )
            )
        return ent.key

    def _statement_principal(self, pos: int) -> str | None:
        """Whose words a statement before ``pos`` gives: "a statement issued by Mr. Ban’s
        spokesperson", "issued today by the Spokesperson for … Ban Ki-moon": Ban."""
        text = self.text
        found = None
        for m in _STATEMENT_BY.finditer(text, max(0, pos - 3000), pos + 200):
            if m.start() >= pos + 120:
                break
            # the first person named next in the sentence: "by Mr. Ban’s spokesperson", "by
            # the Spokesperson for … Ban Ki-moon", "by his spokesperson, Mr. Ban thanked"
            at, end = m.end(), min(m.end() + 100, self.sent(m.end())[1])
            mm = next(
                (x for x in self.mentions_between(at, end) if self.ents[x.key].is_person), None
            )
            if mm is not None:
                found = mm.key
        return found

    def _clause_start(self, sent_start: int, vpos: int, key: str) -> int:
        for m in reversed(self.mentions_between(sent_start, vpos)):
            if m.key == key:
                return m.start
        return vpos

    def _release_voice(self, sent_start: int, vpos: int) -> str | None:
        """'We condemn …' in a press statement or release: who issued the release."""
        if not _rx(r"\s*We\s+(?:[a-z]+ly\s+)?$").fullmatch(self.text, sent_start, vpos):
            return None
        releases = [
            st
            for st in self.statements
            if st.rule in ("statement:title", "statement:issued-by")
            and st.span[0] < vpos
            and st.issuers
        ]
        return releases[0].issuers[0] if releases else None

    def _doc_subject(self, sent_start: int, vpos: int) -> str | None:
        """'The document … recalled that': the issuer of the last statement."""
        seg = self.text[sent_start:vpos]
        docs = list(_DOC_NP.finditer(seg))
        if not docs:
            return None
        m = docs[-1]
        after_doc = [
            mm
            for mm in self.mentions_between(sent_start + m.end(), vpos)
            if self.speaker_capable(mm) and not self.in_quote(mm.start)
        ]
        if after_doc:
            return None
        before_doc = seg[: m.start()]
        if _rx(r"\b(?:in|of|by|from|with)\s+$").search(before_doc):
            return None
        documents = [
            st
            for st in self.statements
            if m.group("doc") == "statement" or st.kind in ("communique", "declaration", "report")
        ]
        if documents and documents[-1].issuers:
            return documents[-1].issuers[0]
        return None

    def _tail_speaker(self, lo: int, tail: str) -> tuple[str, tuple[int, int], str, float] | None:
        text = self.text
        pronoun_hit: tuple[str, tuple[int, int], str, float] | None = None
        # The speaker is never in the next sentence or paragraph: “… ends.” Y said / “…”. Y
        if "\n" in tail:
            tail = tail[: tail.index("\n")]
        nxt = _rx(r"[\s”\"’)]*(?:[.!?]\s|[.!?]$)").match(tail)
        if nxt or (text[lo - 2 : lo - 1] in (".", "…") and _rx(r"\s*[A-Z]").match(tail)):
            return None
        # “…” read the NATO summit communiqué / “…,” according to a statement by X
        m = _rx(
            r"(?P<lead>[\s,.]*)(?P<verb>read|reads|according\s+to|said|says|states|stated)\s+"
            r"(?P<np>(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?P<doc>communiqué|communique|statement|"
            r"declaration|document|report|resolution|text))\b"
        ).match(tail)
        if m:
            np_s, np_e = lo + m.start("np"), lo + m.end("np")
            issuer = None
            for mm in self.mentions_between(np_s, np_e):
                if self.ents[mm.key].is_org:
                    issuer = mm.key
            by = _rx(r"\s+(?:of|by|from)\s+(?:the\s+)?").match(text[np_e : np_e + 20])
            if issuer is None and by:
                mm2 = self.mention_at(np_e + by.end())
                if mm2 is not None and self.speaker_capable(mm2):
                    issuer = mm2.key
                    np_e = mm2.end
            if issuer is None and _rx(r"\s+(?:issued|released)\s+by\s").match(text, np_e):
                issuer = self._statement_principal(np_e)  # "a statement issued by X’s spokesman"
                if issuer is not None:
                    return issuer, (lo + m.end("lead"), np_e), "quote:document-after", 0.8
            if issuer is None and m.group("verb").startswith("according"):
                # "according to a statement. report. US official who …": the source follows.
                for mm in self.mentions_between(np_e, np_e + 80):
                    if self.speaker_capable(mm) and self.ents[mm.key].is_person:
                        issuer = mm.key
                        np_e = mm.end
                        break
            if issuer is not None:
                np_e = self._quoted_by_end(np_e)
                ev = (lo + m.end("lead"), np_e)
                kind = _statement_kind(m.group("doc"))
                self._statement_for(issuer, kind, ev, rule="statement:quote-source", conf=0.75)
                return issuer, ev, "quote:document-after", 0.8
        # “…,” according to X
        m = _rx(r"(?P<lead>[\s,.]*)according\s+to\s+").match(tail)
        if m:
            pos = lo + m.end()
            for mm in self.mentions_between(pos, min(pos + 90, self.sent(pos)[1])):
                if self.in_quote(mm.start):
                    break
                if self.speaker_capable(mm) and self.ents[mm.key].type != _MEDIA:
                    ev = (lo + m.end("lead"), self._quoted_by_end(mm.end))
                    return mm.key, ev, "quote:according-to", 0.75
        # “…,” said X  /  “…,” X said  /  “…” he said. said X
        pos = 0
        segment_limit = min(len(tail), 200)
        hops = 0
        while pos < segment_limit and hops < 2:
            seg = tail[pos:]
            m = _SAID_AFTER_QUOTE.match(seg)
            if m:
                at = lo + pos + m.end()
                who = self._np_at(at)
                if who is not None:
                    key, end, is_pron = who
                    ev = (lo + pos + len(m.group()) - len(m.group().lstrip(" ,.:;—–-")), end)
                    if not is_pron:
                        self._maybe_statement_from_said(key, ev)
                        return key, ev, "quote:said-after", 0.8
                    pronoun_hit = pronoun_hit or (key, ev, "quote:pronoun-after", 0.6)
            m2 = _rx(r"[\s,.:;—–-]*").match(seg)
            at = lo + pos + (m2.end() if m2 else 0)
            who = self._np_at(at)
            if who is not None:
                key, end, is_pron = who
                vm = _NAME_SAID.match(text[end : end + 130])
                if vm:
                    ev = (at, end + vm.end())
                    if not is_pron:
                        self._maybe_statement_from_said(key, ev)
                        return key, ev, "quote:name-said-after", 0.8
                    pronoun_hit = pronoun_hit or (key, ev, "quote:pronoun-after", 0.6)
            # hop over one short attribution ("he said.") and look again
            nxt = _rx(r"[.;]\s+").search(seg[:60])
            if not nxt or not _SAY_AFTER.match(seg):
                break
            pos += nxt.end()
            hops += 1
        return pronoun_hit

    def _quoted_by_end(self, end: int) -> int:
        """Extend an attribution over a following ", quoted by AFP"."""
        qb = _rx(r",?\s+(?:quoted|cited)\s+by\s+(?:the\s+)?").match(self.text[end : end + 30])
        if qb:
            mm = self.mention_at(end + qb.end())
            if mm is not None:
                return mm.end
        return end

    def _np_at(self, at: int) -> tuple[str, int, bool] | None:
        """The entity a noun phrase starting at ``at`` names: (key, end, is a pronoun)."""
        text = self.text
        pm = _rx(r"(he|she|they|He|She|They)\b").match(text[at : at + 5])
        if pm:
            key = self.resolve_pronoun(at, pm.group(1).lower())
            return (key, at + pm.end(), True) if key else None
        rep = _SPEECH_WORD_AGAIN.match(text[at : at + 20])
        if rep:  # "said said Haddad": a doubled verb from machine translation
            at += rep.end()
        one = _ONE_OF.match(text, at)
        if one:  # "one of the sources": the sources named last
            head = one.group("head")
            for prev in reversed(self.mentions_between(max(0, at - 1500), at)):
                if self.ents[prev.key].anon_head == head:
                    return prev.key, one.end(), False
        hon = _HONORIFIC.match(text, at)
        if hon:
            at = hon.end()
        dm = _DOC_NP.match(text, at)
        if dm and self.statements:
            prior = [st for st in self.statements if st.span[0] < at]
            if prior and prior[-1].issuers:
                return prior[-1].issuers[0], dm.end(), False
        if dm:  # "the statement said": whose words the statement issued for someone gives
            principal = self._statement_principal(at)
            if principal is not None:
                return principal, dm.end(), False
        mm = self.mention_at(at)
        if mm is not None and self.speaker_capable(mm):
            gap = text[at : mm.start]
            holder = self._holder_after(mm)
            if holder is not None and _rx(r"(?:(?:the|The|a|an|A|An)\s+)?").fullmatch(gap):
                return holder.key, holder.end, False
            if _rx(r"(?:(?:the|The|a|an|A|An)\s+)?").fullmatch(gap):
                end = mm.end
                # "the Chinese delegation to the EU": take the whole phrase as the evidence
                ext = _rx(r"(?:\s+(?:to|of|in)\s+the\s+[A-Z][\w-]*)").match(text[end : end + 40])
                if ext and self.ents[mm.key].type == "government-body":
                    end += ext.end()
                return mm.key, end, False
        # a role title then a name: "said Foreign Minister Ana Lima"
        rm = _ROLE_TITLE_RE.match(text, at)
        if rm:
            mm = self.mention_at(rm.end() + 1)
            if mm is not None and self.ents[mm.key].is_person:
                return mm.key, mm.end, False
        dm = _rx(r"(?:the|The)\s+(?:[A-Z][a-z]+\s+)?").match(text[at : at + 40])
        if dm:
            mm = self.mention_at(at + dm.end())
            if mm is not None and self.ents[mm.key].is_person:
                return mm.key, mm.end, False
        return None

    def relays(self, lo: int, hi: int, speaker: str) -> list[str]:
        """Sources that relayed words in this sentence, nearest the speaker first."""
        text = self.text
        seg = text[lo:hi]
        people: list[tuple[int, str]] = []
        media: list[tuple[int, str]] = []
        for m in self.scan_in(_RELAY_SCAN, seg, lo):
            at = lo + m.end()
            if self.in_quote(at):
                continue
            mm = self.mention_at(at)
            if mm is None or self.ents[mm.key].type != _MEDIA:
                # "told the state news agency X", "told the Lima daily El Sol" (a place
                # may qualify the medium)
                gap = _MEDIA_GAP.match(text, at)
                medium = self.mention_at(gap.end()) if gap else None
                if medium is not None and self.ents[medium.key].type == _MEDIA:
                    mm = medium
                elif mm is None or self.ents[mm.key].is_place or mm.how == "metonym":
                    mm = None
            if mm is None or mm.key == speaker or not self.speaker_capable(mm):
                continue
            ent = self.ents[mm.key]
            if ent.type == _MEDIA or ent.rule == "entity:press-service":
                media.append((mm.start, mm.key))
            elif (m.group().startswith(("said", "says")) or ent.anon_head) and _rx(
                r"\s*(?:[.,;]|$)"
            ).match(text[mm.end : mm.end + 3]):
                people.append((mm.start, mm.key))
        for mm in self.mentions_between(lo, hi):
            ent = self.ents[mm.key]
            if ent.type == _MEDIA and mm.key != speaker and not self.in_quote(mm.start):
                after = text[mm.end : mm.end + 20]
                if _rx(r"\s+(?:reported|said|reports|says|quoted)").match(after):
                    media.append((mm.start, mm.key))
        out: list[str] = []
        for _, key in sorted(people):
            if key not in out:
                out.append(key)
                for q in self.quotes:
                    if q.speaker == key:
                        for r in q.reported_by:
                            if r not in out and r != speaker:
                                out.append(r)
                        break
        for _, key in sorted(media):
            if key not in out:
                out.append(key)
        if self.publisher_key is not None and self.publisher_key in out:
            out.remove(self.publisher_key)
        return out

    # -- statements -----------------------------------------------------------

    def _statement_for(
        self, issuer: str, kind: str, ev: tuple[int, int], *, rule: str, conf: float
    ) -> _Stmt:
        for st in self.statements:
            if issuer in st.issuers and (st.kind == kind or kind == "statement"):
                return st
        sid = self.new_id(f"{issuer}-{kind}")
        st = _Stmt(sid, kind, [issuer], ev, rule, conf)
        self.statements.append(st)
        return st

    def _statement_for_all(
        self, issuers: list[str], kind: str, ev: tuple[int, int], *, rule: str, conf: float
    ) -> _Stmt:
        for st in self.statements:
            if set(st.issuers) == set(issuers) and st.kind == kind:
                return st
        sid = self.new_id(f"joint-{kind}")
        st = _Stmt(sid, kind, list(issuers), ev, rule, conf)
        self.statements.append(st)
        return st

    def _maybe_statement_from_said(self, key: str, ev: tuple[int, int]) -> None:
        ent = self.ents[key]
        if ent.is_org and ent.type not in ("state", _MEDIA):
            self._statement_for(key, "statement", ev, rule="statement:organisation-said", conf=0.6)

    def find_statements(self) -> None:
        text = self.text
        # "X has reported that …", "X said in a statement", "in a joint statement, A and B said"
        for m in self.scan(_STATEMENT_SCAN):
            if self.in_quote(m.start()):
                continue
            if m.group("verb").lower().endswith("reported") and not m.group("that"):
                continue
            kind_word = (m.group("k1") or m.group("k3") or "report").lower()
            kind = _statement_kind(kind_word)
            sent_start, sent_end = self.sent(m.start())
            if "joint" in m.group(0).lower():
                group = self._joint_issuers(m.start(), m.end(), sent_start, sent_end)
                after_verb = _SPEECH.search(text, m.end(), sent_end)
                if not group and after_verb:
                    group = self._subject_list(sent_start, after_verb.start())
                parties = [k for k in group if self.ents[k].is_org or self.ents[k].is_person]
                if len(parties) >= 2:
                    self._statement_for_all(
                        parties, kind, m.span(), rule="statement:joint", conf=0.65
                    )
                    continue
            issuer = (
                self._members_of(sent_start, m.start())
                or self._speaker_right_before(sent_start, m.start())
                or self.subject_before(m.start())
            )
            if m.group("k3") and (issuer is None or m.start() - sent_start < 4):
                after_verb = _SPEECH.search(text, m.end(), sent_end)
                if after_verb:
                    issuer = self.subject_before(after_verb.start()) or issuer
            if issuer is None or self.ents[issuer].type == _MEDIA:
                continue
            if not self.ents[issuer].is_org and (
                kind == "report" or not self.ents[issuer].is_person
            ):
                continue
            subj = [mm for mm in self.mentions_between(sent_start, m.start()) if mm.key == issuer]
            ev_s = subj[-1].start if subj else m.start()
            ev_e = m.end()
            summary = None
            if m.group("that"):
                clause_end = _clause_end(text, m.end(), sent_end)
                ev_e = clause_end
                summary = text[m.end() : clause_end].strip()
            st = self._statement_for(issuer, kind, (ev_s, ev_e), rule="statement:verb", conf=0.7)
            if summary and not st.summary:
                st.summary = _sentence_case(summary)
            if kind == "report" and m.group("that"):
                self._report_accusation(issuer, m.end(), ev_e, st)
        # "the Foreign Ministry said …": an organisation speaking makes a statement
        for m in self._said_after_names():
            # "Grid operator X, which will build the line with Y, said …": X said it
            rc = _rx(r",\s+(?:which|who)\s[^,;.“”\"\n]{1,120},").search(
                text, max(0, m.start() - 130), m.start()
            )
            at = rc.start() if rc is not None and rc.end() == m.start() else m.start()
            mm = [x for x in self.mentions_between(max(0, at - 80), at + 1) if x.end == at]
            if not mm or self.in_quote(m.start()):
                continue
            ent = self.ents[mm[-1].key]
            if (
                ent.is_org
                and ent.type not in ("state", _MEDIA)
                and not _PREP_BEFORE.search(text, max(0, mm[-1].start - 40), mm[-1].start)
            ):
                self._statement_for(
                    ent.key,
                    "statement",
                    (mm[-1].start, m.end()),
                    rule="statement:organisation-said",
                    conf=0.55,
                )
        self._states_speaking()
        self._governments_speaking()
        self._statements_from()
        self._joint_documents_between()
        self._joint_after_talks()
        self._issued_documents()
        self._report_nouns()
        self._title_documents()
        self._offices_speaking()
        # Adopted documents: "The document adopted by the 31 countries in Vilnius".
        for m in self.scan(_DOCUMENT_ADOPTED_SCAN):
            if self.statements:
                prior = [s for s in self.statements if s.span[0] < m.start()]
                if prior and prior[-1].kind == "communique":
                    n = m.group("n")
                    prior[-1].adopters = int(n) if n.isdigit() else _NUMBERS.get(n)

    def _joint_after_talks(self) -> None:
        """'A joint statement after the talks said …': a statement of those who held the
        talks (the last meeting drafted in the paragraph)."""
        for m in _JOINT_AFTER_TALKS.finditer(self.text):
            if self.in_quote(m.start()) or any(
                st.span[0] <= m.start() < st.span[1] for st in self.statements
            ):
                continue
            parties = self._last_meeting_of(m.start(), persons=False, paragraph=True)
            if len(parties) >= 2:
                self._statement_for_all(
                    parties,
                    _statement_kind(m.group("k").lower()),
                    m.span(),
                    rule="statement:joint-after-talks",
                    conf=0.6,
                )

    def _states_speaking(self) -> None:
        """'Iran says …', 'but Iran insists …', 'Israel has denounced …', 'the UK calls upon':
        a state named as the subject of a clause of speech makes a statement."""
        text = self.text
        for m in _STATE_SAYS.finditer(text):
            if self.in_quote(m.start()):
                continue
            before = [
                x
                for x in self.mentions_between(max(0, m.start() - 60), m.start() + 1)
                if x.end == m.start()
            ]
            if not before or before[-1].how not in ("name", "alias", "metonym"):
                continue
            mm = before[-1]
            if self.ents[mm.key].type != "state":
                continue
            sent_start, _ = self.sent(mm.start)
            lead = text[sent_start : mm.start]
            # the subject opens the sentence or a clause: "Iran says", "but Iran insists",
            # "something Iran denies" — never "officials in Iran say", "Iran's envoy said"
            if not _STATE_CLAUSE_LEAD.search(lead):
                continue
            le = text.find("\n", m.end())
            line = text[text.rfind("\n", 0, mm.start) + 1 : le if le != -1 else len(text)]
            if not line.rstrip().endswith((".", "”", '"', "!", "?")):
                continue  # a headline ("Arvelia says border will reopen")
            if _HOSTILE_DEED.search(
                text, m.end(), _clause_end(text, m.end(), self.sent(m.end())[1])
            ):
                continue  # "Manila says X fired at …" is a claim (see _claims), not a statement
            self._statement_for(
                mm.key,
                "statement",
                (mm.start, m.end()),
                rule="statement:state-says",
                conf=0.55,
            )

    def _joint_documents_between(self) -> None:
        """'the adoption of the Joint Declaration of Peace between A and B', 'a joint
        communiqué between A and B': a document each of them issues."""
        text = self.text
        for m in self.scan(_JOINT_DOC_BETWEEN_SCAN):
            if self.in_quote(m.start()):
                continue
            sent_start, _ = self.sent(m.start())
            if _negation(text[max(sent_start, m.start() - 30) : m.start()]) or _rx(
                r"\b(?:no|any|a\s+possible|a\s+future|a\s+draft)\s+(?:\w+\s+)?$", re.I
            ).search(text, max(sent_start, m.start() - 30), m.start()):
                continue  # "no joint declaration between A and B", "a draft joint statement"
            lst = self.list_after(m.end(), kinds=("org", "person"))
            if lst is None:
                continue
            issuers = [k for k in dict.fromkeys(lst[0]) if not self.ents[k].is_place]
            if len(issuers) < 2:
                continue
            self._statement_for_all(
                issuers,
                _statement_kind(m.group("kind")),
                (m.start(), lst[1]),
                rule="statement:joint-between",
                conf=0.6,
            )

    def _governments_speaking(self) -> None:
        """'Chile's government said …', 'the Doskaran government announced …': the state
        makes a statement through its government (the subject of a sentence or clause)."""
        text = self.text
        for m in self.scan(_GOVERNMENT_SAID_SCAN):
            om = _GOVERNMENT_OWNER.search(text, max(0, m.start() - 30), m.start())
            if om is None or self.in_quote(m.start()):
                continue
            if om.group("dem"):
                state = self.ensure(self.demonyms.get(_fold(om.group("dem"))))
                subj_start = om.start()
            else:
                owner = next(
                    (
                        x
                        for x in self.mentions_between(max(0, om.start() - 60), om.start() + 1)
                        if x.end == om.start()
                    ),
                    None,
                )
                if owner is None or owner.how == "qualifier":
                    continue
                state, subj_start = owner.key, owner.start
            if state is None or self.ents[state].type != "state":
                continue
            sent_start, _ = self.sent(m.start())
            if not _STATE_CLAUSE_LEAD.search(text[sent_start:subj_start]):
                continue
            self._statement_for(
                state,
                "statement",
                (subj_start, m.end()),
                rule="statement:government-said",
                conf=0.6,
            )

    def _joint_issuers(self, s: int, e: int, sent_start: int, sent_end: int) -> list[str]:
        """Who issues a joint document named at ``text[s:e]`` (empty when unsure).

        'A and B said in a joint statement', 'a joint statement released by A and B',
        'Both Ministers adopted a Joint Declaration', 'The sides adopted …', and 'They
        issued a joint statement' after a meeting (its participants).
        """
        text = self.text
        for mm in self.mentions_between(sent_start, s):
            if self.in_quote(mm.start) or not self.speaker_capable(mm):
                continue
            lst = self.list_after(mm.start, kinds=("org", "person"))
            if lst and len(lst[0]) >= 2 and _JOINT_GAP.fullmatch(text, lst[1], s):
                return [k for k in lst[0] if not self.ents[k].is_place]
        bm = _rx(r"\s+(?:\w+\s+){0,4}?(?:released|issued|published|signed|adopted)\s+by\s+").match(
            text, e, sent_end
        )
        if bm:
            lst = self.list_after(bm.end(), kinds=("org", "person"))
            if lst and len(lst[0]) >= 2:
                return [k for k in lst[0] if not self.ents[k].is_place]
        head = text[sent_start:s]
        bm2 = _rx(
            r"^\s*(?:[Bb]oth|[Tt]he\s+two)\s+(?P<w>[Mm]inisters|[Ll]eaders|[Pp]residents)\b"
        ).match(head)
        if bm2:
            title = {"ministers": "minister", "presidents": "president"}.get(bm2.group("w").lower())
            return self._last_meeting_of(sent_start, persons=True, paragraph=False, title=title)
        if _rx(
            r"^\s*(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?(?:sides|parties|countries|governments)\b"
        ).match(head):
            return self._recent_states(sent_start)
        if _rx(r"^\s*They\b").match(head):
            return self._last_meeting_of(sent_start, persons=True, paragraph=True)
        return self._subject_list(sent_start, s)

    def _last_meeting_of(
        self, pos: int, *, persons: bool, paragraph: bool, title: str | None = None
    ) -> list[str]:
        """The participants of the last meeting drafted before ``pos``: in the same
        paragraph with ``paragraph``, else the last one of exactly two (each holding a
        ``title`` when given: "Both Ministers")."""
        for ev in sorted(self.events, key=lambda x: x.span[0], reverse=True):
            if ev.kind != "meeting" or ev.span[0] >= pos:
                continue
            keys = [k for k in ev.participants if self.ents[k].is_person or not persons]
            if title is not None and not all(
                any(p.holder == k and title in p.role.lower() for p in self.positions) for k in keys
            ):
                continue
            if paragraph:
                same = self.para(ev.span[0]) == self.para(pos)
                return keys if same and len(keys) >= 2 else []
            if len(keys) == 2:
                return keys
        return []

    def _speaker_right_before(self, sent_start: int, pos: int) -> str | None:
        """'…, the Foreign Ministry of Dravena said in a statement': the body right before
        the verb, which may not be the sentence's first name."""
        before = [
            mm
            for mm in self.mentions_between(sent_start, pos)
            if self.ents[mm.key].is_org and self.ents[mm.key].type not in ("state", _MEDIA)
        ]
        if before and _rx(
            r"(?:\s+of\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?(?:[’']s)?\s+(?:also\s+)?"
            r"(?:said|says|announced|stated|declared|added)\s+$"
        ).fullmatch(self.text, before[-1].end, pos):
            return before[-1].key
        return None

    def _members_of(self, sent_start: int, pos: int) -> str | None:
        """'The members of the Security Council …': the body its members speak for."""
        mm = _rx(
            r"\b(?:[Tt]he\s+)?(?:[Mm]embers|[Ll]eaders|[Hh]eads\s+of\s+(?:[Ss]tate|[Gg]overnment)"
            r"(?:\s+and\s+(?:[Ss]tate|[Gg]overnment))?)\s+of\s+(?:the\s+)?"
        ).search(self.text, sent_start, pos)
        if mm is None:
            return None
        body = self.mention_at(mm.end())
        if body is None or not self.ents[body.key].is_org or self.ents[body.key].type == "state":
            return None
        return body.key

    def _doc_issuer(self, lo: int, hi: int) -> str | None:
        """Who issued a document named in ``text[lo:hi]``: the body or person at its end
        ("by Council President X (United States)" → X; "by the Spokesman for UN
        Secretary-General António Guterres" → Guterres)."""
        found = [
            mm
            for mm in self.mentions_between(lo, hi)
            if (self.ents[mm.key].is_person or self.ents[mm.key].is_org)
            and not self.ents[mm.key].is_place
            and self.ents[mm.key].type != _MEDIA
        ]
        if not found:
            return None
        # "(United States)" after a name says whose national the president is
        plain = [
            mm
            for mm in found
            if not _rx(r"\(\s*$").search(self.text[max(lo, mm.start - 3) : mm.start])
        ]
        return (plain or found)[-1].key

    def _office_holder(self, lo: int, hi: int) -> str | None:
        """'the Spokesperson for the Secretary-General': the unnamed holder of a one-person
        office a document is attributed to, drafted under the office's title."""
        om = _rx(
            r"\b(?:the\s+)?(Secretary-General|High\s+Representative|High\s+Commissioner)\b"
        ).search(self.text, lo, hi)
        if om is None:
            return None
        title = " ".join(om.group(1).split())
        ent = self.local_ent(title, "person", rule="entity:office-holder", conf=0.6)
        self.add_mention(om.start(1), om.end(1), ent.key, "name", 0.6)
        self.sort_mentions()
        return ent.key

    def _issued_documents(self) -> None:
        """'The following Security Council press statement was issued today by …':
        the body named before the document's noun issues it, else whoever issued it."""
        text = self.text
        for spec in (_ISSUED_DOC_SCAN, _ATTRIBUTABLE_SCAN):
            for m in self.scan(spec):
                if self.in_quote(m.start()):
                    continue
                line_start = text.rfind("\n", 0, m.start()) + 1
                if (
                    spec is _ATTRIBUTABLE_SCAN
                    and m.group("by")
                    and text[line_start : m.start()].strip()
                    and not _rx(r"[A-Z][^.\n]{0,60}\s[-–—:|]\s*").fullmatch(
                        text, line_start, m.start()
                    )
                ):
                    continue  # "Statement by X" only as a title ("Press Release - Statement by")
                kind = _statement_kind(m.group("k").lower())
                sent_start, _ = self.sent(m.start())
                issuer = None
                before = [
                    mm
                    for mm in self.mentions_between(max(sent_start, m.start() - 80), m.start())
                    if self.ents[mm.key].is_org and self.ents[mm.key].type not in ("state", _MEDIA)
                ]
                if before and _rx(r"(?:[’']s)?\s+(?:press\s+|joint\s+|presidential\s+)?$").match(
                    text, before[-1].end, m.start()
                ):
                    issuer = before[-1].key
                if issuer is None:
                    bm = _rx(r"(?:\w+\s+){0,2}?(?:by|to)\s+").match(text, m.start("tail"))
                    lo = bm.end() if bm else m.start("tail")
                    if spec is _ATTRIBUTABLE_SCAN:
                        lo = m.start("tail")
                    hi = m.end("tail")
                    topic = _rx(r"\s(?:on|about|regarding|concerning|following)\s").search(
                        text, lo, hi
                    )
                    # a person named in the title issues it ("by the Special Adviser on
                    # Cyprus, Mr. X"); else the body before its topic ("… on Sudan")
                    after = _rx(r"\s(?:following|after)\s").search(text, lo, hi)
                    named = [
                        mm.key
                        for mm in self.mentions_between(lo, after.start() if after else hi)
                        if self.ents[mm.key].is_person
                    ]
                    issuer = named[0] if named else None
                    issuer = issuer or self._doc_issuer(lo, topic.start() if topic else hi)
                    if issuer is None:  # "… for the Secretary-General on …": the office
                        issuer = self._office_holder(lo, topic.start() if topic else hi)
                if issuer is None:
                    continue
                self._statement_for(
                    issuer, kind, (m.start(), m.end("tail")), rule="statement:issued-by", conf=0.7
                )

    def _statements_from(self) -> None:
        """'A statement from the defence ministry said …', 'according to a statement by the
        United Nations, …': the body (or person) the statement comes from issues it."""
        text = self.text
        for m in self.scan(_STATEMENT_FROM_SCAN):
            if self.in_quote(m.start()):
                continue
            lst = self.list_after(m.end(), kinds=("org", "person"))
            if lst is None:
                continue
            if not m.group("acc") and not _SAID_AFTER_DOC.match(text, lst[1]):
                continue  # "…, a statement from X" told in passing: its issuer only when it says
            issuers = [
                k for k in lst[0] if not self.ents[k].is_place and self.ents[k].type != _MEDIA
            ]
            if not issuers:
                continue
            kind = _statement_kind(m.group("k"))
            span = (m.start(), lst[1])
            if len(issuers) > 1:
                self._statement_for_all(issuers, kind, span, rule="statement:from", conf=0.7)
            else:
                self._statement_for(issuers[0], kind, span, rule="statement:from", conf=0.7)

    def _offices_speaking(self) -> None:
        """ "Dragan's office said …": the office, not the person, issues the statement."""
        text = self.text
        for m in self.scan(_OFFICE_SAID_SCAN):
            if self.in_quote(m.start()):
                continue
            who = self.mention_at(m.start())
            if who is None or who.end != m.start("poss") or not self.ents[who.key].is_person:
                continue
            name = text[m.start() : m.end("office")]
            office = self.local_ent(name, "government-body", rule="entity:office", conf=0.6)
            office.country = office.country or self.ents[who.key].country
            self.add_mention(m.start(), m.end("office"), office.key, "name", 0.6)
            for st in self.statements:  # drafted for the person before: the office's
                if who.key in st.issuers and st.span[0] <= m.start() < st.span[1]:
                    st.issuers = [office.key if k == who.key else k for k in st.issuers]
                    break
            else:
                self._statement_for(
                    office.key,
                    "statement",
                    (m.start(), m.end()),
                    rule="statement:office-said",
                    conf=0.6,
                )
        self.sort_mentions()

    def _title_documents(self) -> None:
        """A release titled by its issuer ("Security Council Press Statement on …") or
        headed 'Press Statement' above the issuer's name (a State Department release)."""
        for m in self.scan(_TITLE_DOC_SCAN):
            if not m.group("who") and not m.group("name"):
                continue
            if not m.group("who") and not m.group(0).startswith("Press"):
                continue
            lo, hi = m.span("who") if m.group("who") else m.span("name")
            issuer = self._doc_issuer(lo, hi)
            if not m.group("who") and issuer is not None:
                # "Jeff X / Acting Department Spokesperson / Department of State": a
                # spokesperson's release is the department's
                nxt = self.text[m.end() : m.end() + 200].split("\n")[:3]
                if nxt and _rx(r"\bspokes(?:person|man|woman)\b", re.I).search(nxt[0]):
                    body_lo = m.end() + len(nxt[0]) + 1
                    body_hi = body_lo + len("\n".join(nxt[1:]))
                    body = [
                        mm.key
                        for mm in self.mentions_between(body_lo, body_hi)
                        if self.ents[mm.key].is_org
                        and self.ents[mm.key].type not in ("state", _MEDIA)
                    ]
                    issuer = body[0] if body else issuer
            if issuer is None or (m.group("who") and self.ents[issuer].type == "state"):
                continue
            kind = _statement_kind(m.group("k").lower())
            self._statement_for(
                issuer, kind, (m.start(), m.end("k")), rule="statement:title", conf=0.65
            )

    def _report_nouns(self) -> None:
        """'a European Commission report on market distortions': a report of that body."""
        for m in self.scan(_REPORT_NOUN_SCAN):
            if self.in_quote(m.start()):
                continue
            who = [
                mm
                for mm in self.mentions_between(m.start("who"), m.end("who"))
                if self.ents[mm.key].is_org and self.ents[mm.key].type not in ("state", _MEDIA)
            ]
            if not who or not _rx(r"(?:[’']s)?$").fullmatch(self.text, who[-1].end, m.end("who")):
                continue
            kind = _statement_kind(m.group("k").lower().rstrip("s"))
            self._statement_for(
                who[-1].key,
                kind,
                (m.start("who"), m.end()),
                rule="statement:document-noun",
                conf=0.6,
            )

    def _said_after_names(self) -> Iterator[re.Match[str]]:
        """``_SAID_AFTER_NAME.finditer(text)``, tried only before its verbs.

        A match starts where the white space before the verb starts, or that before an
        "also" before it (finditer takes the first place a match starts: the white space
        run's first character). Each is tried in text order, skipping what a match took.
        """
        text = self.text
        if not self._exact:
            yield from _SAID_AFTER_NAME.finditer(text)
            return
        index = self._word_index
        tried: set[int] = set()
        for verb in _SAID_AFTER_NAME_HEADS:
            for head in index.get(verb, ()):
                p = head
                while p > 0 and text[p - 1].isspace():
                    p -= 1
                if p == head:
                    continue  # no white space right before: no match holds this verb
                tried.add(p)
                if p >= 4 and text[p - 4 : p] == "also":
                    q = p - 4
                    while q > 0 and text[q - 1].isspace():
                        q -= 1
                    if q < p - 4:
                        tried.add(q)
        pos = 0
        for start in sorted(tried):
            if start >= pos:
                m = _SAID_AFTER_NAME.match(text, start)
                if m is not None:
                    pos = m.end()
                    yield m

    def _report_accusation(self, issuer: str, lo: int, hi: int, st: _Stmt) -> None:
        """'X has reported that hackers … have breached …': X accuses the named culprit."""
        hm = _HARM_VERBS.search(self.text, lo, hi)
        if not hm:
            return
        culprits = [
            mm
            for mm in self.mentions_between(lo, hm.start())
            if self.speaker_capable(mm) and mm.key != issuer
        ]
        if not culprits:
            return
        accused = culprits[0].key
        about = self.text[hm.start() : _about_end(self.text, hm.start(), hi)].strip()
        fact = "hedged" if _HEDGE.search(self.text, lo, hm.start()) else "asserted"
        self._add_accusation(
            "accusation",
            issuer,
            [accused],
            _gerund(about),
            fact,
            (self._clause_start(self.sent(lo)[0], lo, issuer), hi),
            "accusation:report-that",
            0.65,
            made_in=st.id,
        )

    # -- dates ----------------------------------------------------------------

    def resolve(self, phrase: str, *, future: bool = False) -> Resolution | None:
        """:func:`~diplokg.model.dates.resolve` against the publication date, once per phrase.

        The rules resolve the same few phrases over and over (``date_near`` each date of
        a sentence, for each fact in it); ``resolve`` is a pure function of its arguments.
        """
        key = (phrase, future)
        try:
            return self._resolved[key]
        except KeyError:
            res = self._resolved[key] = resolve(phrase, published=self.published, future=future)
            return res

    def date_phrases(self) -> list[tuple[int, int]]:
        out = []
        for m in self.scan(_DATE_SCAN):
            phrase = m.group()
            if self.resolve(phrase) is None:
                continue
            out.append(m.span())
        return out

    def date_near(
        self,
        pos: int,
        *,
        within_sentence: bool = True,
        after_only: bool = False,
        future: bool = False,
    ) -> tuple[int, int] | None:
        s, e = self.sent(pos)
        best = None
        for ds, de in self.dates:
            if ds < s or de > e or self.in_quote(ds):
                continue
            if after_only and ds < pos:
                continue
            res = self.resolve(self.text[ds:de], future=future)
            if res is None or (res.value is None and res.earliest is None and res.latest is None):
                continue
            d = abs(ds - pos)
            if best is None or d < best[0]:
                best = (d, (ds, de))
        return best[1] if best else None

    # -- events ---------------------------------------------------------------

    def find_conferences(self) -> None:
        text = self.text
        by_subject: set[int] = set()  # conferences whose organiser is the clause's subject
        for m in self.scan(_CONF_SCAN):
            if self.in_quote(m.start()):
                continue
            head = m.group("head").lower()
            pre = (m.group("pre") or "").strip()
            org = None
            if m.group("of_org"):
                s = m.start("of_org")
                org = self.org_in(s, m.end("of_org"))
            orgpre = m.group("orgpre")
            if org is None and (orgpre or pre):
                zone_s = m.start("orgpre") if orgpre else m.start("pre")
                for mm in self.mentions_between(zone_s, m.start("head")):
                    if self.ents[mm.key].is_org and self.ents[mm.key].type != "state":
                        org = mm.key
            is_ref = org is None and not m.group("of") and not orgpre and not pre
            if head == "talks":
                continue
            if is_ref:
                # "the meeting" / "the summit": the last conference, if any.
                if not self.events:
                    continue
                confs = [ev for ev in self.events if ev.kind in ("conference", "summit")]
                if not confs or m.group(0).split()[0].lower() not in ("the",):
                    continue
                if _rx(r"\s+(?:with|between)\b").match(text[m.end() : m.end() + 12]):
                    continue
                self.conf_refs.append((m.start(), m.end(), confs[-1].id))
                continue
            if org is None and pre and head in ("summit", "conference", "forum", "ministerial"):
                # "ECOWAS leaders will discuss the crisis at an extraordinary summit"
                subj = self.subject_before(m.start())
                if subj is not None and self.ents[subj].type in ("intergovernmental", "alliance"):
                    org = subj
                    by_subject.add(m.start())
            if org is None or self.ents[org].type == "state":
                continue
            kind = "summit" if head == "summit" else "conference"
            label_words = text[m.start() : m.end()]
            label = _rx(r"^(?:the|a|an|this)\s+", re.I).sub("", label_words)
            existing = next(
                (ev for ev in self.events if ev.kind == kind and ev.organizer == org), None
            )
            if existing is not None:
                existing.extra.append(m.span())
                self.conf_refs.append((m.start(), m.end(), existing.id))
                continue
            eid = self.new_id(f"{self.ents[org].name}-{head}")
            rule = (
                "event:conference-of-subject"
                if m.start() in by_subject
                else "event:conference-noun"
            )
            ev = _Evt(eid, kind, "held", (m.start(), m.end()), rule, 0.7)
            ev.organizer = org
            ev.label = label[:1].upper() + label[1:] if label else None
            # where: "travel to Jakarta to attend the meeting", "the summit in Vilnius"
            place = self.place_near(m.start(), m.end())
            if place:
                ev.place = place
                ev.explicit_place = True
            self.events.append(ev)
            self.conf_refs.append((m.start(), m.end(), eid))
        self.conf_refs.sort()
        # attendance: "to attend the meeting", "the presence at the meeting … of A, B and C"
        for s, e, eid in self.conf_refs:
            ev = next(x for x in self.events if x.id == eid)
            before = text[max(0, s - 60) : s]
            if ev.place is None:
                place = self.place_near(s, e)
                if place:
                    ev.place = place
                    ev.explicit_place = True
            am = _rx(
                r"\b(?P<neg>not\s+|n[’']t\s+|failed\s+to\s+|unable\s+to\s+)?(?:(?:travel|go|fly)"
                r"\s+to\s+\w+\s+to\s+)?(?:attend(?:ed|s|ing)?|took\s+part\s+in|take\s+part\s+in|"
                r"participat(?:ed|es|e|ing)\s+in|joined|join)\s+$"
            ).search(before)
            if (
                am
                and not am.group("neg")
                and not _rx(r"\bnot\b").search(
                    before[am.start() - 20 if am.start() >= 20 else 0 : am.start() + 1]
                )
            ):
                who = self.subject_before(s - (len(before) - am.start()), persons_only=True)
                if who and who not in ev.participants and who != ev.organizer:
                    ev.participants.append(who)
                    ev.extra.append((s - (len(before) - am.start()), e))
            wm = _ATTEND_AFTER.match(text, e)
            if wm:
                # "… a summit in Abuja on Thursday, which both A and B are expected to attend"
                lst = self.list_after(wm.end(), kinds=("person",))
                if lst and _rx(
                    r"\s+(?:are|were|is|was|will)\s+(?:(?:also\s+)?(?:expected|due|set|scheduled|"
                    r"going)\s+to\s+)?(?:attend|be\s+there|take\s+part)\b"
                ).match(text, lst[1]):
                    for k in lst[0]:
                        if k not in ev.participants:
                            ev.participants.append(k)
                    ev.extra.append((s, lst[1]))
            pm = _rx(r"\bpresence\s+(?:of\s+)?(?:at|in)\s+$").search(before)
            if pm:
                om = _rx(r"(?:\s+in\s+[A-Z][\w-]*(?:,\s+[A-Z][\w-]*)?)?,?\s+of\s+").match(
                    text[e : e + 60]
                )
                if om:
                    lst = self.list_after(e + om.end(), kinds=("org",))
                    if lst:
                        keys, lend = lst
                        for k in keys:
                            if k not in ev.participants and k != ev.organizer:
                                ev.participants.append(k)
                        ev.extra.append((s - (len(before) - pm.start()), lend))
        # a conference known only from the clause's subject needs someone attending it
        dropped = {
            ev.id
            for ev in self.events
            if ev.rule == "event:conference-of-subject" and not ev.participants
        }
        if dropped:
            self.events = [ev for ev in self.events if ev.id not in dropped]
            self.conf_refs[:] = [r for r in self.conf_refs if r[2] not in dropped]

    def place_near(self, s: int, e: int) -> str | None:
        text = self.text
        after = text[e : e + 40]
        m = _rx(r"\s+(?:in|at)\s+").match(after)
        if m:
            mm = self.mention_at(e + m.end())
            if mm and self.ents[mm.key].is_place:
                return mm.key
            if mm and mm.how == "metonym":
                return None
        before = text[max(0, s - 60) : s]
        m2 = _rx(
            r"\b(?:travel(?:led|ed)?|go|went|fly|flew|come|came)\s+to\s+(?P<p>[A-Z][\w-]*)\s+to\s+(?:attend|join)\s+$"
        ).search(before)
        if m2:
            ps = s - (len(before) - m2.start("p"))
            mm = self.mention_at(ps)
            if mm and self.ents[mm.key].is_place:
                return mm.key
        return None

    def list_after(
        self, pos: int, *, kinds: tuple[str, ...] = ("person", "org"), limit: int = 250
    ) -> tuple[list[str], int] | None:
        """A coordinated list of names starting at ``pos``: 'A, B and C', 'A, as well as B and C'.

        Titles before a name ("US Secretary of State Antony") are skipped; the list closes
        after the item that follows 'and'.
        """
        text = self.text
        keys: list[str] = []
        end = pos
        cur = pos
        closed = False
        while cur < pos + limit:
            mm = None
            for cand in self.mentions_between(cur, cur + 90):
                if cand.inner:
                    continue
                if _LIST_GAP.fullmatch(text, cur, cand.start):
                    mm = cand
                break
            if mm is None:
                break
            ent = self.ents[mm.key]
            if ent.is_org and not ent.is_person:
                # "US Secretary of State Antony", "China’s foreign minister, Wang Yi"
                tm = _TITLE_AFTER_ORG.match(text, mm.end)
                if tm:
                    person = self.mention_at(tm.end())
                    if person is not None and self.ents[person.key].is_person:
                        mm, ent = person, self.ents[person.key]
            ok = ("person" in kinds and ent.is_person) or ("org" in kinds and ent.is_org)
            if not ok or mm.how == "qualifier":
                if ent.is_place or mm.how == "qualifier":
                    cur = mm.end
                    sep = _rx(r",\s*").match(text[cur : cur + 5])
                    if sep:
                        cur += sep.end()
                        continue
                break
            if mm.key not in keys:
                keys.append(mm.key)
            end = mm.end
            noun = _LIST_NOUN.match(text, end)
            if noun:
                end = noun.end()
            if closed:
                break
            sep = _LIST_SEP.match(text, end)
            if not sep:
                break
            if _rx(r"\band\s+$").search(sep.group()):
                closed = True
            cur = sep.end()
        return (keys, end) if keys else None

    def find_meetings(self) -> None:
        self._title_meeting()
        text = self.text
        for m in self.scan(_MEET_SCAN):
            s = m.start()
            if self.in_quote(s):
                continue
            trig = m.group("trig")
            low = trig.lower()
            sent_start, sent_end = self.sent(s)
            if _negation(text[max(sent_start, s - 30) : s]) or _HYPOTHETICAL_BEFORE.search(
                text[max(sent_start, s - 30) : s]
            ):
                continue
            if low.startswith(("called on", "calls on")) and _rx(
                r"[^.;,]{0,80}?\s+to\s+(?:immediately\s+|urgently\s+)?"
                r"(?!the\b|a\b|an\b|his\b|her\b|their\b)[a-z]+\b"
            ).match(text, m.end()):
                continue  # "called on X to stop …" is a demand (see _demands), not a visit
            if low.startswith(("meeting", "summit", "handshake")) and not low.endswith("with"):
                # "the summit between the leaders of A and B" (only so: see _MEET), "there
                # was a handshake between A and B"
                bm = _rx(r"(?:meeting|summit|handshake)\s+between\s+").match(text, s)
                lst = self.list_after(bm.end()) if bm else None
                if lst and "\n" in text[s : lst[1]]:
                    lst = None  # a list does not run into the next line (a dateline, a title)
                if lst and len(lst[0]) >= 2:
                    # "the meeting between the President of A and the President of B"
                    self.add_meeting(lst[0], (s, lst[1]), s, "meeting:meeting-between", 0.65)
                    continue
            if low.startswith("talk") and not low.endswith("with"):
                if self._owned_talks(m, sent_start, sent_end) or low == "talk":
                    continue
                bm = _rx(r"talks\s+between\s+").match(text[s : s + 20])
                if bm:
                    lst = self.list_after(s + bm.end())
                    if lst and len(lst[0]) >= 2:
                        self.add_meeting(lst[0], (s, lst[1]), s, "meeting:talks-between", 0.7)
                else:
                    self._talks_of_subjects(m, sent_start, sent_end)
                continue
            if _rx(r"\s+").sub(" ", low) in _DISCUSS_TRIGGERS:
                # "A and B discussed …", "A and B have reviewed …" (never "A discussed X
                # with B": the topic would be taken for a guest)
                if _rx(r"\b(?:and|with)\s+(?:[\w’'-]+\s+){0,6}$").search(
                    text, max(sent_start, s - 60), s
                ) is None and not _rx(r"\b(?:have|has|had|jointly|also)\s+$").search(
                    text, max(sent_start, s - 12), s
                ):
                    continue
                group = self._subject_list(sent_start, s)
                persons = [k for k in group if self.ents[k].is_person]
                if len(persons) >= 2 and len(persons) == len(group):
                    self.add_meeting(
                        persons,
                        (max(sent_start, self._clause_start(sent_start, s, persons[0])), m.end()),
                        s,
                        "meeting:discussed",
                        0.6,
                    )
                continue
            if low.startswith(("was ", "were ")):  # "was (also) received by"
                lst = self.list_after(m.end(), kinds=("person",))
                subj = self.subject_before(s, persons_only=True)
                if lst and subj:
                    ev_s = self._clause_start(sent_start, s, subj)
                    for obj in lst[0]:
                        if obj != subj and self.ents[obj].is_person:
                            self.add_meeting(
                                [subj, obj], (ev_s, lst[1]), s, "meeting:received-by", 0.7
                            )
                continue
            after = m.end()
            if not low.endswith("with"):
                after = self._with_after_date(after)
                if after == m.end() and low in ("received", "receives", "hosted", "hosts", "met"):
                    after = self._guest_after_setting(after, sent_end)
            met_with = (
                low.endswith("with")
                or (after > m.end() and low in ("met", "meets"))
                or low.startswith("convene")
            )
            if met_with:
                # "met with members of the X Commission": the body is met
                mo = _MEMBERS_OF_BODY.match(text, after)
                after = mo.end() if mo else after
            lst = self.list_after(after, kinds=("person", "org"))
            objs: list[str] = []
            lend = m.end()
            if lst is not None:
                objs = [k for k in lst[0] if self.ents[k].is_person or self.ents[k].type == "state"]
                if not objs and met_with:
                    # "met today with the Referendum Commission and the Red Cross": a
                    # person meets bodies (never a newspaper or a company)
                    objs = [k for k in lst[0] if self.ents[k].type in _MET_BODIES]
                lend = lst[1]
                listed = self.mentions_between(after, lend)
                for prev, mm in itertools.pairwise(listed):
                    if _SAID_AFTER_NAME.match(text, mm.end):
                        # "… met B, his spokesman said": the speaker is no guest
                        objs = [k for k in objs if k != mm.key]
                        lend = prev.end
                        break
                if low.startswith(("called on", "calls on", "summon", "paid", "pays")):
                    objs = [k for k in objs if self.ents[k].is_person]
            if low in _SIGNING_TRIGGERS and self._passive_signing(m, sent_start, sent_end):
                continue
            if low in _SIGNING_TRIGGERS or not objs:
                # reciprocal: "A and B met", "the two ministers held talks", "A and B signed"
                if low.startswith(
                    (
                        "received",
                        "receives",
                        "receive",
                        "hosted",
                        "hosts",
                        "host",
                        "welcomed",
                        "summon",
                        "called",
                        "calls",
                        "paid",
                        "pays",
                        "convene",
                        "consult",
                        "greet",
                    )
                ):
                    continue
                if low.startswith("meeting") and not _rx(
                    r"\b(?:after|before|following|during|since|when)\s+$"
                ).search(text[max(0, s - 12) : s]):
                    continue
                group = self._subject_list(sent_start, s)
                persons = [k for k in group if self.ents[k].is_person]
                if (
                    len(persons) < 2
                    and len(group) >= 2
                    and all(self.ents[k].type == "state" for k in group)
                    and self._states_are_subject(group, sent_start, s)
                    and (
                        low not in _SIGNING_TRIGGERS
                        or self._states_signing_session(group, m, sent_start, sent_end)
                    )
                ):
                    persons = group  # "the two sides will meet again", "A and B held talks"
                if len(persons) >= 2:
                    rule = "meeting:signing" if low in _SIGNING_TRIGGERS else "meeting:reciprocal"
                    ev_e = m.end()
                    if low in _SIGNING_TRIGGERS:
                        more = self._attended_by(ev_e, sent_end)
                        if more is not None:
                            persons = [*persons, *(k for k in more[0] if k not in persons)]
                            ev_e = more[1]
                    self.add_meeting(
                        persons,
                        (max(sent_start, self._clause_start(sent_start, s, persons[0])), ev_e),
                        s,
                        rule,
                        0.65,
                    )
                continue
            before = text[sent_start:s]
            if _rx(r"\s*$").match(before) and low.startswith("meeting"):
                # "Meeting with Wang Yi yesterday, Blinken …": the subject follows.
                subj = None
                for mm in self.mentions_between(lend, sent_end):
                    if self.ents[mm.key].is_person and mm.key not in objs:
                        subj = mm.key
                        break
            elif low.startswith("meeting") and _rx(
                r"\b(?:the|a|an|their|his|her|first|second|bilateral|follow-up)\s+(?:[\w-]+\s+)?$"
            ).search(before):
                # "a follow-up meeting with A and B": the clause's subject meets them all
                subj = self.subject_before(s, persons_only=True)
                if subj is not None and len(objs) >= 2:
                    self.add_meeting(
                        [subj, *objs],
                        (self._clause_start(sent_start, s, subj), lend),
                        s,
                        "meeting:meeting-with",
                        0.65,
                    )
                    continue
            elif low.startswith("meeting") and _rx(r"[’']s\s+$").search(before):
                # "Rice's Meeting with Y": the owner meets Y, or no one known does
                owner = [mm for mm in self.mentions_between(sent_start, s) if mm.end < s]
                subj = (
                    owner[-1].key
                    if owner
                    and _rx(r"[’']s\s+").fullmatch(text, owner[-1].end, s)
                    and self.ents[owner[-1].key].is_person
                    else None
                )
            else:
                subj = self.subject_before(s, persons_only=True)
                if subj is None:
                    cands = [
                        mm
                        for mm in self.mentions_between(sent_start, s)
                        if self.ents[mm.key].is_person and not self.in_quote(mm.start)
                    ]
                    subj = cands[-1].key if cands else None
            if subj is None:
                continue
            ev_s = self._clause_start(sent_start, s, subj)
            if ev_s > s or s - ev_s > 150:
                ev_s = s
            guests = [
                k
                for k in objs
                if k != subj and (self.ents[k].is_person or self.ents[k].type in _MET_BODIES)
            ]
            if (
                (low.startswith(("host", "welcom")) or low.endswith("with") or after > m.end())
                and len(guests) >= 2
                and not _rx(r"\b(?:separately|respectively|individually|in\s+turn)\b").search(
                    text, sent_start, sent_end
                )
            ):
                # "A hosted B and C", "A met with B, C and D": one meeting of them all
                self.add_meeting([subj, *guests], (ev_s, lend), s, "meeting:hosted-several", 0.7)
                continue
            for obj in objs:
                if obj == subj:
                    continue
                self.add_meeting([subj, obj], (ev_s, lend), s, "meeting:met", 0.75)

    def _anaphoric_meetings(self) -> None:
        """A meeting whose participants were named before: "A and B agreed … following their
        third meeting today" (the clause's subject), "their Beijing meeting" or "The next
        leaders' meeting will be held on 9 May" (the parties of the nearest meeting told
        before; for "their" also of an agreement, within a paragraph or two). Never when
        the sentence tells a meeting already, nor a hypothetical one."""
        text = self.text
        if "meeting" not in text and "talks" not in text and "summit" not in text:
            return
        for m in _ANAPHORIC_MEETING.finditer(text):
            s = m.start()
            if self.in_quote(s) or (m.group("next") and m.group("noun") != "meeting"):
                continue
            sent_start, sent_end = self.sent(s)
            if _negation(text[max(sent_start, s - 30) : s]) or _HYPOTHETICAL_BEFORE.search(
                text[max(sent_start, s - 30) : s]
            ):
                continue
            if any(
                ev.kind == "meeting"
                and any(sent_start <= sp[0] < sent_end for sp in (ev.span, *ev.extra))
                for ev in self.events
            ):
                continue  # the sentence tells its meeting already
            if m.group("cap"):
                cm = self.mention_at(m.start("cap"))
                if cm is None or not (
                    self.ents[cm.key].is_place or self.ents[cm.key].type == "state"
                ):
                    continue  # "their Cabinet meeting": not a place's
            parts: list[str] = []
            if m.group("their"):
                group = self._subject_list(sent_start, s)
                if len(group) >= 2 and all(
                    self.ents[k].is_person or self.ents[k].type == "state" for k in group
                ):
                    parts = group
            if not parts:
                parts = self._antecedent_parties(s, near=m.group("their") is not None)
            if len(parts) >= 2:
                self.add_meeting(parts, (s, m.end()), s, "meeting:anaphoric", 0.6)

    def _antecedent_parties(self, pos: int, *, near: bool) -> list[str]:
        """The participants of the last meeting told before ``pos`` (``near``: or the
        parties of an agreement, either within the paragraph or the one before)."""
        best: tuple[int, list[str]] | None = None
        for ev in self.events:
            if (
                ev.kind == "meeting"
                and ev.status != "cancelled"
                and ev.span[0] < pos
                and (best is None or ev.span[0] > best[0])
            ):
                best = (ev.span[0], ev.participants)
        if near:
            for ag in self.agreements:
                if ag.span[0] < pos and (best is None or ag.span[0] > best[0]):
                    best = (ag.span[0], ag.parties)
            if best is not None and self.para(pos) - self.para(best[0]) > 1:
                return []
        return list(best[1]) if best is not None else []

    def _title_meeting(self) -> None:
        """A transcript titled 'Remarks With X Before Their Meeting' or 'Remarks Prior to a
        Meeting With X': the speaker named at a line's start below the title (its byline or
        speaker label) meets X, where and when its dateline says."""
        text = self.text
        tm = _TITLE_MEETING.match(text)
        if tm is None:
            return
        line_end = text.find("\n", tm.end())
        line_end = len(text) if line_end == -1 else line_end
        if not _rx(r"\b[Mm]eeting\b").search(text, tm.start(), line_end):
            return
        guests = [
            mm for mm in self.mentions_between(tm.end(), line_end) if self.ents[mm.key].is_person
        ]
        if guests:
            guest, trig = guests[0].key, guests[0].start
        else:
            # a title's names are not read as mentions: a person the text names elsewhere
            line = text[tm.end() : line_end]
            named = []
            for k, e in self.ents.items():
                nm = _rx(rf"\b{re.escape(e.name)}\b").search(line) if e.is_person else None
                if nm is not None:
                    named.append((nm.start(), k))
            if not named:
                return
            guest, trig = min(named)[1], tm.end() + min(named)[0]
        host = None
        for mm in self.mentions_between(line_end, min(len(text), line_end + 1500)):
            if not self.ents[mm.key].is_person or mm.key == guest:
                continue
            ls = text.rfind("\n", 0, mm.start) + 1
            if _rx(r"(?:[A-Z][\w.’'-]*\s+){0,3}").fullmatch(text, ls, mm.start):
                host = mm.key  # "John Kerry" (a byline), "President Trump." (a label)
                break
        if host is None:
            return
        n = len(self.events)
        self.add_meeting([host, guest], (tm.start(), line_end), trig, "meeting:title", 0.6)
        if len(self.events) == n:
            return
        ev = self.events[-1]
        # the dateline: the header's short lines below the title ("Lima, Peru", a date)
        head_end = line_end
        for lm in _rx(r"\n[ \t]*([^\n]*)").finditer(text, line_end):
            if len(lm.group(1)) > 60:
                break
            head_end = lm.end()
        if ev.date is None:
            ev.date = next((d for d in self.dates if line_end <= d[0] < head_end), None)
        if ev.place is None:
            ev.place = next(
                (
                    mm.key
                    for mm in self.mentions_between(tm.end(), head_end)
                    if self.ents[mm.key].is_place or mm.how == "place"
                ),
                None,
            )

    def _subject_list(self, sent_start: int, pos: int) -> list[str]:
        """The coordinated subject of the clause ending at ``pos``: 'A and his counterpart, B'."""
        text = self.text
        head = text[sent_start:pos]
        tm = _rx(
            r"\b[Tt]he\s+(?P<n>two|three|four)\s+(?P<w>(?i:ministers|men|women|leaders|presidents|sides|delegations|"
            r"foreign\s+ministers|heads\s+of\s+state|countries|neighbou?rs|governments|parties|"
            r"diplomats|envoys|premiers|prime\s+ministers))\b"
        ).search(head)
        if tm:
            # "The two presidents, Brazil's A and Paraguay's B, …": named right after
            am = _rx(r",\s+(?P<names>[^,;.]{3,120}),").match(text, sent_start + tm.end())
            if am and am.end() <= pos:
                named = [
                    mm.key
                    for mm in self.mentions_between(am.start("names"), am.end("names"))
                    if self.ents[mm.key].is_person
                ]
                if len(dict.fromkeys(named)) == _NUMBERS[tm.group("n")]:
                    return list(dict.fromkeys(named))
            want_states = tm.group("w").lower() in (
                "sides",
                "countries",
                "neighbours",
                "neighbors",
                "governments",
                "parties",
                "delegations",
            )
            found: list[str] = []
            for mm in reversed(
                self.mentions_between(max(0, sent_start - 1500), sent_start + tm.start())
            ):
                ent = self.ents[mm.key]
                if self.in_quote(mm.start) or mm.how == "qualifier":
                    continue
                wanted = ent.type == "state" if want_states else ent.is_person
                if wanted and mm.key not in found:
                    found.append(mm.key)
                if len(found) == _NUMBERS[tm.group("n")]:
                    return list(reversed(found))
            return []
        pair = self._demonym_pair(sent_start, pos)
        if pair:
            return pair
        om = _rx(
            r"\b[Tt]he\s+(?P<w>foreign\s+ministers|defen[cs]e\s+ministers|ministers|leaders|"
            r"presidents|prime\s+ministers|heads\s+of\s+state)\s+of\s+(?:the\s+)?"
        ).search(head)
        if om:
            # "the foreign ministers of A, B and C": the ministers, when the text names them
            lst = self.list_after(sent_start + om.end(), kinds=("org",))
            if lst and len(lst[0]) >= 2:
                want = "Foreign Minister" if om.group("w").startswith("foreign") else None
                people = []
                for state in lst[0]:
                    held = [
                        p.holder
                        for p in self.positions
                        if p.org == state and (want is None or p.role == want)
                    ]
                    if not held:
                        held = self._introduced_as_of(state, sent_start)
                    if len(set(held)) == 1:
                        people.append(held[0])
                return people if len(people) == len(lst[0]) else lst[0]
        cands = [
            mm
            for mm in self.mentions_between(sent_start, pos)
            if not self.in_quote(mm.start) and self.speaker_capable(mm)
        ]
        for mm in cands[:3]:
            lst = self.list_after(mm.start, kinds=("person", "org"))
            if lst and len(lst[0]) >= 2:
                return lst[0]
        return []

    def _demonym_pair(self, sent_start: int, pos: int) -> list[str]:
        """'The U.S. and Mozambican governments', 'the Arvelian and Doskaran leaders' as the
        subject of the clause ending at ``pos``: the two states (for governments, sides,
        delegations) or the one person the text introduces as of each (for leaders,
        ministers); none when either is unknown."""
        text = self.text
        pm = _DEMONYM_PAIR.match(text, sent_start, pos)
        if pm is None or not _rx(r"\s*(?:\w+\s+){0,3}$").fullmatch(text, pm.end(), pos):
            return []
        states: list[str] = []
        for g in ("a", "b"):
            mm = self.mention_at(pm.start(g))
            key = (
                mm.key
                if mm is not None and mm.end == pm.end(g)
                else self.demonyms.get(_fold(pm.group(g)))
            )
            key = self.ensure(key)
            if key is None or self.ents[key].type != "state":
                return []
            states.append(key)
        if states[0] == states[1]:
            return []
        if pm.group("w").lower() in _PAIR_OF_STATES:
            return states
        people = [self._introduced_as_of(state, sent_start) for state in states]
        if any(len(found) != 1 for found in people):
            return []
        return [people[0][0], people[1][0]]

    def _introduced_as_of(self, state: str, pos: int) -> list[str]:
        """Persons near ``pos`` introduced as of ``state`` by the words right before their
        name: "his Saudi counterpart Prince X", "Pakistan's Foreign Minister Y"."""
        text = self.text
        found: list[str] = []
        for mm in self.mentions_between(max(0, pos - 1500), min(len(text), pos + 1500)):
            if not self.ents[mm.key].is_person or self.in_quote(mm.start):
                continue
            bm = _rx(
                r"\b(?P<w>[A-Z][a-z]+)(?:[’']s)?\s+(?:(?:[a-z]+|Foreign|Minister|Prime|Prince|"
                r"Princess|Sheikh|President|Secretary)\s+){1,3}$"
            ).search(text, max(0, mm.start - 45), mm.start)
            if bm is None:
                continue
            word = bm.group("w")
            named = self.demonyms.get(_fold(word))
            if named is None:
                at = self.mention_at(bm.start("w"))
                named = at.key if at is not None and at.end == bm.end("w") else None
            if named is not None and self.ensure(named) == state and mm.key not in found:
                found.append(mm.key)
        return found

    def _states_are_subject(self, group: list[str], sent_start: int, pos: int) -> bool:
        """Whether states meet as the clause's subject ('A and B held talks', 'the two
        sides will meet'), not as places named before it ('In Kampala and Cairo, the
        envoy will meet …')."""
        text = self.text
        if _rx(
            r"\b[Tt]he\s+(?:two|three|four)\s+(?i:sides|countries|neighbou?rs|governments|"
            r"parties|delegations)\b"
        ).search(text, sent_start, pos):
            return True
        inside = [mm for mm in self.mentions_between(sent_start, pos) if mm.key in group]
        if not inside or any(mm.how == "metonym" for mm in inside):
            return False
        return bool(
            _rx(
                r"\s+(?:(?:will|would|are|were|have|has|had|also|again|to|be|expected|due|set|"
                r"scheduled|then|later|finally|jointly)\s+)*$"
            ).fullmatch(text, inside[-1].end, pos)
        )

    def _owned_talks(self, m: re.Match[str], sent_start: int, sent_end: int) -> bool:
        """ "Pompeo's talks on Sunday with Kim", "his talk Sunday with Kim": the owner (the
        person named before, for "his"/"her") met the partners after "with"."""
        text = self.text
        s = m.start()
        om = _rx(
            r"(?:\b(?P<pron>[Hh]is|[Hh]er)|(?P<gen>[’']s?))\s+(?:(?:first|second|bilateral|"
            r"separate|latest|recent|brief|private)\s+)?$"
        ).search(text, max(sent_start, s - 30), s)
        if om is None:
            return False
        after = self._with_after_date(m.end())
        wm = _rx(r"\s+with\s+").match(text, m.end())
        if wm is not None:
            after = wm.end()
        if after == m.end():
            return False
        owner: str | None = None
        if om.group("gen"):
            mm = next(
                (x for x in self.mentions_between(sent_start, s) if x.end == om.start()), None
            )
            owner = mm.key if mm is not None and self.ents[mm.key].is_person else None
        else:
            lo = self.sent(sent_start - 1)[0] if sent_start > 0 else sent_start
            cands = [
                x
                for x in self.mentions_between(lo, om.start())
                if self.ents[x.key].is_person
                and not self.in_quote(x.start)
                and not _rx(r"[’']s\s").search(text, x.start, x.end)  # not "Pompeo’s Asia"
            ]
            owner = cands[-1].key if cands else None
        lst = self.list_after(after, kinds=("person", "org"))
        if owner is None or lst is None:
            return False
        guests = [
            k
            for k in lst[0]
            if k != owner and (self.ents[k].is_person or self.ents[k].type == "state")
        ]
        if not guests:
            return False
        self.add_meeting([owner, *guests], (om.start(), lst[1]), s, "meeting:owned-talks", 0.6)
        return True

    def _guest_after_setting(self, pos: int, sent_end: int) -> int:
        """Where the guest starts in "received at the Palace of the Republic the Prime
        Minister of X, Y": after a setting (at/in a named place, a day), the first person
        named; ``pos`` itself when the words between are not only such a setting."""
        text = self.text
        for mm in self.mentions_between(pos, min(sent_end, pos + 150)):
            if not self.ents[mm.key].is_person:
                continue
            gap = text[pos : mm.start]
            if _rx(r"\s+(?:today\s+|yesterday\s+)?(?:at|in)\s").match(gap) and _rx(
                r"(?:\s+(?:today|yesterday|at|in|on|the|of|and|for|[A-Z][\w’'.-]*|\d+),?)*\s+"
            ).fullmatch(gap):
                return mm.start
            break
        return pos

    def _with_after_date(self, pos: int) -> int:
        """Where the partners start in "met on Wednesday with X", "held talks today with X".

        A date phrase or an adverb between the verb and "with" is skipped; ``pos`` itself
        when there is none.
        """
        text = self.text
        cur = pos
        am = _MEET_ADVERBS.match(text, cur)
        if am:
            cur = am.end()
        for ds, de in self.dates:
            if cur <= ds <= cur + 1 and not text[cur:ds].strip():
                cur = de
                break
        am = _MEET_ADVERBS.match(text, cur)
        if am:
            cur = am.end()
        for _ in range(3):  # "… on the sidelines of the X Meeting in Antalya, Türkiye, with"
            sm = _MEET_SETTING.match(text, cur)
            if sm is None or "\n" in sm.group():
                break
            cur = sm.end()
        # "with the Quint Foreign Ministers: A, B and C": the list after a group's label
        wm = _rx(r",?\s*with\s+(?:the\s+[A-Z][^:.;,“”\n]{0,60}:\s+)?").match(text, cur)
        return wm.end() if wm and (cur > pos or wm.end() - wm.start() > 6) else pos

    def _passive_signing(self, m: re.Match[str], sent_start: int, sent_end: int) -> bool:
        """'The deal was signed in Port X by A and B': a signing session of A and B.

        Persons, or states that the text names through their leaders ("signed by the
        President of Eritrea and the Prime Minister of Ethiopia"); "at a ceremony attended
        by C" adds C. True when the trigger was passive (handled here, met or not).
        """
        text = self.text
        s = m.start()
        passive = bool(
            _rx(r"\b(?:was|were|been|being|be)\s+(?:\w+\s+)?$").search(
                text[max(sent_start, s - 20) : s]
            )
        )
        # "the Agreement on Peace signed by A and B" (a participle: "by" right after it)
        gap = r"\s+(?:[^.;]{0,60}?\s+)?by\s+" if passive else r"\s+by\s+"
        bm = _rx(gap).match(text, m.end(), sent_end)
        if bm is None:
            return passive
        lst = self.list_after(bm.end(), kinds=("person", "org"))
        if lst is None:
            return True
        parts = [k for k in lst[0] if self.ents[k].is_person or self.ents[k].type == "state"]
        end = lst[1]
        if not any(self.ents[k].is_person for k in parts) and (
            self._meeting_place(s, s, sent_start, sent_end) is None
        ):
            return True  # "the agreements signed by A and B": states sign apart, or anywhere
        more = self._attended_by(end, sent_end)
        if more is not None:
            parts += [k for k in more[0] if k not in parts]
            end = more[1]
        if len(parts) >= 2:
            self.add_meeting(parts, (s, end), s, "meeting:signed-by", 0.65)
        return True

    def _attended_by(self, pos: int, sent_end: int) -> tuple[list[str], int] | None:
        """'… at a ceremony attended by C and D' after a signing: who else was there."""
        cm = _rx(
            r"[^.;]{0,60}?\b(?:ceremony|session|event)\s+(?:\w+\s+)?(?:attended|witnessed)\s+by\s+"
        ).match(self.text, pos, sent_end)
        if cm is None:
            return None
        return self.list_after(cm.end(), kinds=("person",))

    def _talks_of_subjects(self, m: re.Match[str], sent_start: int, sent_end: int) -> None:
        """'A and B agreed … after two days of talks in Doha mediated by C': A, B (and C) met.

        The talks must follow a preposition ("after", "during", "in", "of") so that
        they are an event of the clause's coordinated subject, and be placed (a city
        after them) or be said to be held.
        """
        text = self.text
        s = m.start()
        if not _rx(
            r"\b(?:after|during|following|in|at|of|for|concluded|ended|held|hold|holding)\s+"
            r"(?:[\w-]+\s+){0,3}$"
        ).search(text[max(sent_start, s - 40) : s]):
            return
        group = self._subject_list(sent_start, s)
        if len(group) < 2 and _rx(r"\bboth\s+sides\b").search(text[max(sent_start, s - 80) : s]):
            group = self._subject_list(sent_start, sent_start + 1) or self._recent_states(s)
        parts = [k for k in group if self.ents[k].is_person or self.ents[k].type == "state"]
        if len(parts) < 2:
            return
        end = s + len("talks")
        pm = _rx(r"talks\s+(?:in|at)\s+").match(text, s)
        if pm is not None:
            mm = self.mention_at(pm.end())
            if mm is not None and (self.ents[mm.key].is_place or mm.how == "place"):
                end = mm.end
        bm = _rx(r",?\s+(?:mediated|brokered|hosted|facilitated)\s+by\s+").match(text, end)
        if end == s + len("talks") and bm is None:
            return  # neither placed nor hosted: maybe talks in general
        if bm:
            by = self.list_after(bm.end(), kinds=("person", "org"))
            if by:
                hosts = [k for k in by[0] if not self.ents[k].is_place]
                parts += [k for k in hosts[:1] if k not in parts]
                end = by[1]
        self.add_meeting(parts, (s, end), s, "meeting:talks-of-subjects", 0.6)

    def _recent_states(self, pos: int) -> list[str]:
        found: list[str] = []
        for mm in reversed(self.mentions_between(max(0, pos - 1500), pos)):
            if self.ents[mm.key].type == "state" and mm.how != "qualifier" and mm.key not in found:
                found.append(mm.key)
            if len(found) == 2:
                return list(reversed(found))
        return []

    def add_meeting(
        self, parts: Sequence[str], span: tuple[int, int], trig: int, rule: str, conf: float
    ) -> None:
        text = self.text
        sent_start, sent_end = self.sent(trig)
        clause = text[max(sent_start, trig - 80) : trig + 40]
        status = "planned" if _PLANNED.search(clause) else "held"
        if _CANCELLED_BEFORE.search(text, max(sent_start, trig - 40), trig) or (
            _CANCELLED_AFTER.match(text, span[1], sent_end)
        ):
            # "cancelled his talks with X", "the meeting between A and B was called off"
            status = "cancelled"
        date = self.date_near(trig, future=status == "planned")
        if date is not None:
            res = self.resolve(text[date[0] : date[1]], future=status == "planned")
            if res and res.value and len(res.value) == 10:
                day = dt.date.fromisoformat(res.value)
                if day > self.published:
                    status = "planned"
            if res and res.value is None and res.earliest and res.earliest > self.published:
                status = "planned"
        place = self._meeting_place(span[0], trig, sent_start, sent_end)
        keys = list(dict.fromkeys(parts))
        occasion = None
        if place is None:
            occasion_ev = self._occasion(trig, keys)
            if occasion_ev is not None:
                occasion = occasion_ev.id
                place = occasion_ev.place
        for ev in self.events:
            if ev.kind != "meeting" or set(ev.participants) != set(keys):
                continue
            if (
                ev.place
                and place
                and ev.place != place
                and abs(self.para(ev.span[0]) - self.para(trig)) > 1
            ):
                continue  # (near: "met in Istanbul on Friday. … hosted them at the palace")
            if (
                ev.date
                and date
                and self.resolve(text[ev.date[0] : ev.date[1]])
                != self.resolve(text[date[0] : date[1]])
            ):
                continue
            if ev.place is None and place is not None and ev.occasion is None:
                continue
            if not ev.date and date:
                ev.date = date
            if span not in ev.extra and span != ev.span:
                ev.extra.append(span)
            return
        for ev in self.events:
            # one sentence, one gathering: "A and B signed … after talks hosted by C"
            if (
                ev.kind == "meeting"
                and self.sent(ev.span[0]) == (sent_start, sent_end)
                and (set(ev.participants) < set(keys) or set(keys) < set(ev.participants))
                and not (ev.place and place and ev.place != place)
            ):
                ev.participants = list(dict.fromkeys([*ev.participants, *keys]))
                ev.place = ev.place or place
                ev.date = ev.date or date
                if span not in ev.extra and span != ev.span:
                    ev.extra.append(span)
                return
        names = "-".join(self.ents[k].key for k in keys[:2])
        eid = self.new_id(f"meeting-{names}")
        ev = _Evt(eid, "meeting", status, span, rule, conf, participants=keys)
        ev.place = place
        ev.occasion = occasion
        ev.date = date
        self.events.append(ev)

    def _states_signing_session(
        self, group: list[str], m: re.Match[str], sent_start: int, sent_end: int
    ) -> bool:
        """'A and B signed the treaty on 19 September in Koror': states named as the subject
        sign at a session of a known day and place (not 'the ministers of A and B signed',
        whose people met, nor 'signed a pact in Manila last month', told in passing)."""
        first = next(
            (mm for mm in self.mentions_between(sent_start, m.start()) if mm.key in group), None
        )
        if first is None or _rx(r"\bof\s+(?:the\s+)?$").search(
            self.text, max(sent_start, first.start - 10), first.start
        ):
            return False
        if self._meeting_place(m.end(), m.start(), sent_start, sent_end) is None:
            return False
        date = self.date_near(m.start())
        res = self.resolve(self.text[date[0] : date[1]]) if date else None
        return bool(res and res.value and len(res.value) == 10)

    def _meeting_place(self, lo: int, trig: int, sent_start: int, sent_end: int) -> str | None:
        """Where a meeting told from ``lo`` on was held: the first place named after "in" or
        "at" in the rest of the sentence ("at the White House", "in the capital, X", "in
        the border town of X"; never a state: an event's place is a dk:Place), else where
        the subject had come to before the verb ("Upon his arrival in X", "was in X,
        where", "will travel to X on Monday for talks")."""
        text = self.text
        for pm in _PLACE_AFTER_PREP.finditer(text, lo, sent_end):
            mm = self.mention_at(pm.end())
            if mm is None and (pm.group("the") is None or pm.group("what")):
                mm = self._unknown_place(pm.end(), sent_end)  # (not "at the Presidency")
            if mm is None or mm.inner:
                continue
            if self.ents[mm.key].is_place or mm.how == "place":
                return mm.key
        bm = _PLACE_BEFORE_MEETING.search(text, sent_start, trig)
        if bm is not None:
            mm = self.mention_at(bm.start("p"))
            if mm is not None and (self.ents[mm.key].is_place or mm.how == "place"):
                return mm.key
        return None

    def _unknown_place(self, pos: int, sent_end: int) -> _Men | None:
        """A name no list knows right after a meeting's "in": "met in Port Selim on 3
        October", "in the capital, Valmograd, on Monday" (a place when nothing but a date,
        a comma or the sentence's end follows it)."""
        text = self.text
        nm = _UNKNOWN_PLACE.match(text, pos, sent_end)
        if nm is None or self.covered(nm.start(), nm.end()):
            return None
        words = nm.group().replace("-", " ").split()
        if words[-1] in _COMMON_CAPS or any(w in _NOT_JOINED for w in words):
            return None  # ("New York": a common first word of a longer name is no obstacle)
        ent = self.local_ent(nm.group(), "place", rule="entity:meeting-place", conf=0.6)
        mm = self.add_mention(nm.start(), nm.end(), ent.key, "place", 0.6)
        self.sort_mentions()
        return mm

    def _occasion(self, trig: int, keys: Sequence[str]) -> _Evt | None:
        """The conference a meeting happens at: named 'on the sidelines of', else attended.

        A meeting on the sidelines belongs to the conference last referred to before it;
        a meeting without a place of its own, one of whose participants attends a
        conference, is taken to happen there.
        """
        text = self.text
        sent_start, sent_end = self.sent(trig)
        confs = {e.id: e for e in self.events if e.kind in ("conference", "summit")}
        sm = _rx(r"\bsidelines\s+of\s+").search(text[sent_start:sent_end])
        if sm:
            at = sent_start + sm.end()
            for rs, _re, eid in self.conf_refs:
                if at <= rs <= at + 10:
                    return confs.get(eid)
        before = [(rs, eid) for rs, _re, eid in self.conf_refs if rs < trig and eid in confs]
        if _rx(r"\bsidelines\b").search(text[sent_start:sent_end]) and before:
            return confs[before[-1][1]]
        for _rs, eid in reversed(before):
            if any(k in confs[eid].participants for k in keys):
                return confs[eid]
        return None

    def find_visits(self) -> None:
        text = self.text
        for m in _rx(
            r"(?P<poss>[’']s)\s+(?:(?:first|second|official|state|recent|planned|upcoming|"
            r"two-day|three-day|surprise|historic|return|working|\w+-day)\s+)*(?:visit|trip)\s+to\s+"
        ).finditer(text):
            visitor_m = [
                mm
                for mm in self.mentions_between(max(0, m.start() - 60), m.start() + 1)
                if mm.end == m.start()
            ]
            if not visitor_m:
                continue
            self._add_visit(
                visitor_m[-1].key,
                m.end(),
                (self._title_start(visitor_m[-1].start), m.end()),
                m.start(),
                "visit:possessive",
            )
        for m in self.scan(_VISIT_NOUN_SCAN):
            if self.in_quote(m.start()) or (
                m.group(0).lower().startswith(("the visit", "this visit", "that visit"))
                and not m.group("by")
            ):
                continue
            sent_start, _ = self.sent(m.start())
            if self._hypothetical(sent_start, m.start()):
                continue
            visitor = None
            if m.group("by"):
                by = [
                    mm
                    for mm in self.mentions_between(m.start("by"), m.end("by"))
                    if self.ents[mm.key].is_person or self.ents[mm.key].is_org
                ]
                visitor = by[-1].key if by else None
            if visitor is None:
                visitor = self._visitor_before(m.start())
            if visitor is None:
                continue
            self._add_visit(
                visitor,
                m.end(),
                (self._clause_start(sent_start, m.start(), visitor), m.end()),
                m.start(),
                "visit:noun",
            )
        for m in self.scan(_VISIT_VERB_SCAN):
            if self.in_quote(m.start()):
                continue
            sent_start, _ = self.sent(m.start())
            if _negation(text[max(sent_start, m.start() - 25) : m.start()]) or self._hypothetical(
                sent_start, m.start()
            ):
                continue
            dest = self.mention_at(m.end())
            if dest is None and text.startswith("the ", m.end()):
                dest = self.mention_at(m.end() + 4)  # "travel to the Netherlands"
            if dest is None and not _CITY_OF_STATE.match(text, m.end()):
                continue
            if _rx(r"[’']s\s+(?:\w+\s+)*$").search(text[max(0, m.start() - 30) : m.start()]):
                continue
            visitor = self._visitor_before(m.start())
            if visitor is None:
                continue
            self._add_visit(
                visitor,
                m.end(),
                (self._clause_start(sent_start, m.start(), visitor), dest.end if dest else m.end()),
                m.start(),
                "visit:verb",
            )
            cur = dest.end if dest else None
            while cur is not None:
                # "will travel to Uganda, Ethiopia and Kenya": a visit to each
                sep = _rx(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?").match(text, cur)
                nxt = self.mention_at(sep.end()) if sep else None
                if sep is None or nxt is None or self.ents[nxt.key].is_person:
                    break
                self._add_visit(
                    visitor,
                    sep.end(),
                    (self._clause_start(sent_start, m.start(), visitor), nxt.end),
                    m.start(),
                    "visit:verb",
                )
                cur = nxt.end

    def _hypothetical(self, sent_start: int, pos: int) -> bool:
        return bool(
            _rx(
                r"\b(?:asked|hopes?|hoped|wants?|wanted|would\s+like|invit\w+|invitation|"
                r"cancell?ed|cancels?|called\s+off|postponed|if|could|might)\b[^.;]*$"
            ).search(self.text[max(sent_start, pos - 60) : pos])
        )

    def _visitor_before(self, pos: int) -> str | None:
        """Who visits: the clause's subject, or the organisation a delegation comes from."""
        sent_start, _ = self.sent(pos)
        that = max(
            _rx(r"\b(?:that|said|says|announced)\s+").finditer(self.text, sent_start, pos),
            key=lambda x: x.start(),
            default=None,
        )
        if that is not None:
            # "X has announced that the Foreign Minister of China, Y, will visit …": Y
            inner = [
                mm
                for mm in self.mentions_between(that.end(), pos)
                if self.ents[mm.key].is_person and not self.in_quote(mm.start)
            ]
            if inner:
                return inner[0].key
        dm = _rx(r"\b(?:an?|the)\s+(?P<org>[A-Z][\w-]*)\s+delegation\s+(?:\w+\s+){0,3}$").search(
            self.text[sent_start:pos]
        )
        if dm:
            mm = self.mention_at(sent_start + dm.start("org"))
            if mm is not None and self.ents[mm.key].is_org:
                return mm.key
        rm = _rx(
            rf"\b(?:[Tt]he|[Aa])\s+(?P<dem>[A-Z][a-z]+)\s+(?i:{_LOWER_ROLE})\s+(?:\w+\s+){{0,2}}$"
        ).search(self.text, sent_start, pos)
        if rm and not self.mentions_between(rm.start(), pos):
            # "the Turkish Prime Minister will visit …", no name known: his state visits
            state = self.ensure(self.demonyms.get(_fold(rm.group("dem"))))
            if state is not None:
                return state
        return self.subject_before(pos, persons_only=True)

    def _title_start(self, pos: int) -> int:
        seg = self.text[max(0, pos - 60) : pos]
        m = _ROLE_BEFORE_NAME.search(seg) if _ends_capitalised(seg) else None
        if m:
            start = pos - (len(seg) - m.start(1))
            return self._org_start_before(start) if self.org_before(start) else start
        return pos

    def _add_visit(
        self, visitor: str, dest_pos: int, span: tuple[int, int], trig: int, rule: str
    ) -> None:
        text = self.text
        dest = self.mention_at(dest_pos)
        if dest is None and text.startswith("the ", dest_pos):
            dest = self.mention_at(dest_pos + 4)  # "his visit to the UN General Assembly"
        host = None
        place = None
        dest_end = dest.end if dest is not None else dest_pos
        if dest is not None and self.ents[dest.key].is_place:
            place = dest.key
            host = self.ensure(self.ents[dest.key].country)
        elif dest is not None and self.ents[dest.key].type == "state":
            host = dest.key
        elif dest is not None:
            if self.ents[dest.key].type in _MET_BODIES and self.ents[visitor].is_person:
                # a visit to a body (an assembly, an alliance's headquarters) meets it
                self.add_meeting([visitor, dest.key], (span[0], dest.end), trig, "visit:body", 0.6)
            return
        if host is None:
            # "Draslav, the Kostravan capital", "Abidjan, in Côte d'Ivoire": the city's state
            cm = _CITY_OF_STATE.match(text, dest_pos)
            if cm is None:
                return
            if cm.group("dem"):
                host = self.ensure(self.demonyms.get(_fold(cm.group("dem"))))
            else:
                in_state = self.mention_at(cm.start("state"))
                if in_state is not None and self.ents[in_state.key].type == "state":
                    host = in_state.key
            dest_end = cm.end()
        if host is None or host == visitor:
            return
        span = (span[0], max(span[1], dest_end))
        sent_start, sent_end = self.sent(trig)
        clause = text[max(sent_start, trig - 60) : min(sent_end, dest_end + 60)]
        status = (
            "planned"
            if _PLANNED.search(clause)
            or _rx(r"\bbefore\s+(?:\w+\s+){0,6}$").search(
                text[max(sent_start, span[0] - 50) : span[0]]
            )
            else "held"
        )
        if _rx(r"visiting\b").match(text[trig : trig + 9]) and _rx(r"\bin\s+the\s+coming\b").search(
            clause
        ):
            status = "planned"
        date = self.date_near(trig, future=status == "planned")
        if date is not None:
            res = self.resolve(text[date[0] : date[1]], future=status == "planned")
            if (
                res
                and res.value
                and len(res.value) == 10
                and dt.date.fromisoformat(res.value) > self.published
            ):
                status = "planned"
            if res and res.value is None and res.earliest and res.earliest > self.published:
                status = "planned"
        for ev in self.events:
            if ev.kind == "visit" and ev.visitor == visitor and ev.host == host:
                ev.extra.append(span)
                return
        eid = self.new_id(f"visit-{visitor}-{host or place}")
        ev = _Evt(eid, "visit", status, span, rule, 0.7)
        ev.visitor = visitor
        ev.host = host
        ev.place = place
        ev.date = date
        self.events.append(ev)

    def find_absences(self) -> None:
        text = self.text
        for m in self.scan(_ABSENCE_SCAN):
            s = m.start()
            if self.in_quote(s):
                continue
            sent_start, sent_end = self.sent(s)
            refs = [r for r in self.conf_refs if m.end() <= r[0] <= m.end() + 80]
            if not refs:
                continue
            if not m.group("rest") and not m.group("neg").startswith(
                ("skip", "miss", "was absent", "stayed", "pulled", "withdrew", "cancel")
            ):
                continue
            eid = refs[0][2]
            who = self.subject_before(s, persons_only=True)
            if who is None:
                continue
            ev_s = self._clause_start(sent_start, s, who)
            ev_e = refs[0][1]
            conf_np = _rx(r"[^.;]*?(?:\([A-Z]+\))").match(text[ev_e : ev_e + 100])
            if conf_np and not _rx(r"[.;]").search(conf_np.group()):
                ev_e += conf_np.end()
            # the whole conference noun phrase
            for ev in self.events:
                if ev.id == eid and ev.span[0] >= refs[0][0] and ev.span[0] < ev_e:
                    ev_e = max(ev_e, ev.span[1])
            reason = None
            rf = "asserted"
            rm = _rx(
                r"[^.;]{0,40}?\b(?:because|as|since|due\s+to|citing|owing\s+to)\s+(?:(?:he|she|they)\s+(?:was|were|is|had|has)\s+)?(?P<r>[^.;,]+)"
            ).match(text[ev_e:sent_end])
            if rm:
                r_txt = rm.group("r").strip()
                reason = r_txt.strip('“”"‘’ ')
                ev_e = ev_e + rm.end()
                if _rx(r"[“\"‘]").search(r_txt) or _HEDGE.search(rm.group()):
                    rf = "hedged"
            if who in next(x for x in self.events if x.id == eid).participants:
                continue
            aid = self.new_id(f"{who}-absent")
            self.absences.append(
                _Abs(aid, who, eid, (ev_s, ev_e), "absence:did-not-attend", 0.7, reason, rf)
            )
            ev = next(x for x in self.events if x.id == eid)
            if ev.place is None:
                tm = _rx(r"travel\s+to\s+(?P<p>[A-Z][\w-]*)").search(text[s : refs[0][0]])
                if tm:
                    mm = self.mention_at(s + tm.start("p"))
                    if mm and self.ents[mm.key].is_place:
                        ev.place = mm.key
                        ev.explicit_place = True

    # -- agreements -------------------------------------------------------------

    def find_agreements(self) -> None:
        text = self.text
        for m in self.scan(_AGREEMENT_SCAN):
            s = m.start()
            if self.in_quote(s):
                continue
            sent_start, sent_end = self.sent(s)
            if _negation(text[max(sent_start, s - 25) : s]):
                continue
            kind = m.group("kind").strip().lower()
            if (
                _rx(r"(?:the|this|that)\s+$", re.I).match(text, m.start("np"), m.start("kind"))
                and " " not in kind
            ):
                continue  # "signed the agreement": one named before (drafted or not)
            kind = _rx(
                r"^(?:(?:new|historic|landmark|bilateral|so-called|\d+-\w+|[a-z]+-(?:year|month|"
                r"week|day)|today|yesterday|\w+day|two|three|four|five|six|seven|eight|nine|ten|"
                r"groundbreaking|ground-breaking|important|major|key|milestone|"
                r"several|\d+)\s+)+"
            ).sub("", kind)
            if _rx(r"(?:the|this|that)\s+$", re.I).match(
                text, m.start("np"), m.start("kind")
            ) and any(
                (a.kind == kind or a.kind.startswith(f"{kind} ")) and a.span[0] < s
                for a in self.agreements
            ):
                # "A and B signed the development agreement" after "X and Y have signed a
                # new development agreement": the signers of the one told before
                continue
            verb = m.group("verb")
            status = (
                "signed"
                if _rx(r"signed|concluded|inked|sealed|struck").search(verb)
                and not _rx(r"agreed\s+to|will|would|to\s+sign|expected|set").search(verb)
                else "agreed"
            )
            subj_zone = text[sent_start:s]
            parties: list[str] = []
            zone_mentions = [
                mm
                for mm in self.mentions_between(sent_start, s)
                if not self.in_quote(mm.start) and mm.how not in ("qualifier",)
            ]
            # the subject: the coordinated names right before the verb
            lst = None
            aside = _THROUGH_ASIDE.search(subj_zone)
            if aside is not None:
                # "The United States, through its aid agency, and B have signed": the aside
                # names the means, not a party
                first = [
                    mm
                    for mm in zone_mentions
                    if mm.end <= sent_start + aside.start() and self.ents[mm.key].is_org
                ]
                second = self.list_after(sent_start + aside.end(), kinds=("org", "person"))
                if first and second and second[1] >= s - 40:
                    lst = ([first[-1].key, *second[0]], second[1])
            for mm in zone_mentions if lst is None else ():
                if self.ents[mm.key].is_place:
                    continue
                lst = self.list_after(mm.start, kinds=("org", "person"))
                if lst and lst[1] >= s - 40 and len(lst[0]) >= 2:
                    break
                lst = None
            if lst:
                parties = list(lst[0])
            else:
                group = self._subject_list(sent_start, s)
                if len(group) >= 2:
                    parties = group
                else:
                    subj = self.subject_before(s)
                    if subj:
                        parties = [subj]
            wm = _rx(r"\s+with\s+(?:the\s+)?(?:[Gg]overnments?\s+of\s+(?:the\s+)?)?").match(
                text[m.end() : m.end() + 40]
            )
            if wm:
                obj = self.mention_at(m.end() + wm.end())
                if (
                    obj
                    and obj.key not in parties
                    and self.ents[obj.key].is_org | self.ents[obj.key].is_person
                ):
                    parties.append(obj.key)
            bm = _rx(r"\s+(?:(?:on|of|for)\s+[^,.;]{0,60}?\s+)?between\s+").match(
                text, m.end(), sent_end
            )
            if bm:
                lst2 = self.list_after(bm.end())
                if lst2:
                    parties = list(dict.fromkeys([*parties, *lst2[0]]))
            if (
                "two countries" in subj_zone
                or "both countries" in subj_zone
                or "the two sides" in subj_zone
            ):
                states_ = [
                    mm.key
                    for mm in self.mentions_between(max(0, sent_start - 600), sent_start)
                    if self.ents[mm.key].type == "state"
                ]
                parties = list(dict.fromkeys(reversed(states_)))[:2]
            parties = [self._government_state(k) or k for k in parties]
            # people sign for their states: "the two ministers signed" → their countries
            as_states = []
            for key in parties:
                if self.ents[key].is_person:
                    home = self.ensure(self.ents[key].country)
                    as_states.append(self._state_of_holder(key) or home or key)
                else:
                    as_states.append(key)
            unmapped = [i for i, k in enumerate(as_states) if self.ents[k].is_person]
            if (unmapped and len(unmapped) < len(as_states)) or _rx(
                r"\bon\s+behalf\s+of\s+(?:their|the\s+two)\s+(?:governments|countries|states)\b",
                re.I,
            ).search(text, sent_start, sent_end):
                # a minister whose state the text does not tie to them signs for the other
                # state of the story: the last one named that is not a party yet
                others = [
                    mm.key
                    for mm in reversed(self.mentions_between(max(0, sent_start - 2000), s))
                    if self.ents[mm.key].type == "state" and mm.key not in as_states
                ]
                for i, state in zip(unmapped, dict.fromkeys(others), strict=False):
                    as_states[i] = state
            if all(not self.ents[k].is_person for k in as_states):
                parties = as_states
            parties = [p for p in dict.fromkeys(parties) if not self.ents[p].is_place]
            if len(parties) < 2:
                continue
            ev_e = m.end()
            duration = None
            dm = _DURATION.search(text, m.end(), sent_end)
            if dm is not None and _rx(
                r"\b(?:renew\w*|extend\w*|prolong\w*|within|deadline|by)\b[^.;]*$"
            ).search(text[m.end() : dm.start()]):
                dm = None
            if dm is None:
                dm = _DURATION.search(text, max(sent_start, m.start("kind") - 2), m.end())
            if dm is None and sent_end < len(text):
                # "The treaty is concluded for twenty years." right after
                nxt_end = self.sent(sent_end)[1]
                nm = _AGREEMENT_THEN.match(text[sent_end:nxt_end])
                if nm:
                    dm = _DURATION.search(text, sent_end, nxt_end)
                    if dm is not None and _rx(
                        r"\b(?:renew\w*|extend\w*|another|successive)\b"
                    ).search(text[sent_end : dm.start()]):
                        dm = None
            if dm:
                n_raw = dm.group("n") or dm.group("n2")
                unit = dm.group("unit") or dm.group("unit2")
                n = int(n_raw) if n_raw.isdigit() else _NUMBERS.get(n_raw.lower())
                if n:
                    if unit == "decade":
                        n *= 10
                    duration = f"P{n}{_UNITS[unit]}"
                    ev_e = max(ev_e, dm.end())
            ev_s = (
                min(mm.start for mm in self.mentions_between(sent_start, s) if mm.key in parties)
                if any(mm.key in parties for mm in self.mentions_between(sent_start, s))
                else s
            )
            relays = self.relays(sent_start, sent_end, "")
            relays = [r for r in relays if r not in parties]
            km = _rx(r"\s+(?:agreement|treaty|accord|pact|deal)\b", re.I).match(text, m.end())
            if km and kind.split()[-1] != km.group().strip().lower():
                kind = f"{kind} {km.group().strip().lower()}"  # "a partnership agreement"
            kind = self._kind_on_topic(kind, m.end(), sent_end)
            date = self.date_near(s)
            am = _ALSO_AGREEMENT.match(text, m.end(), sent_end)
            if am:
                # "… a treaty …, as well as an accord on visa-free travel": a second one
                also = am.group("kind2").strip().lower()
                self.agreements.append(
                    _Agr(
                        self.new_id(f"{'-'.join(parties[:2])}-{slugify(also)}"),
                        list(parties),
                        also,
                        status,
                        (am.start("np2"), am.end()),
                        "agreement:as-well-as",
                        0.6,
                        None,
                        relays,
                        date,
                    )
                )
            same = next(
                (a for a in self.agreements if set(a.parties) == set(parties) and a.kind == kind),
                None,
            )
            if same is not None:
                # a headline and its story name one agreement twice
                same.duration = same.duration or duration
                same.date = same.date or date
                continue
            aid = self.new_id(f"{'-'.join(parties[:2])}-{slugify(kind)}")
            self.agreements.append(
                _Agr(
                    aid,
                    parties,
                    kind,
                    status,
                    (ev_s, ev_e),
                    "agreement:verb-kind",
                    0.7,
                    duration,
                    relays,
                    date,
                )
            )
        self._nominal_agreements()
        self._agreements_between()
        self._agreed_to_do()
        self._signed_for()
        self._agreements_they_made()
        self._state_pair_agreements()
        self._headline_agreements()

    def _signed_for(self) -> None:
        """'A signed the Memorandum for the United States and B signed for Palau': the
        states signed for are the parties, the signers met; 'C and D attended the signing'
        joins C and D to that meeting."""
        text = self.text
        by_sent: dict[tuple[int, int], list[tuple[str, str, re.Match[str]]]] = {}
        for m in self.scan(_SIGNED_FOR_SCAN):
            if self.in_quote(m.start()):
                continue
            sent = self.sent(m.start())
            signer = self.subject_before(m.start(), persons_only=True)
            party = self.mention_at(m.end())
            if signer is None or party is None or self.ents[party.key].is_place:
                continue
            state = self._government_state(party.key) or party.key
            if not self.ents[state].is_org:
                continue
            by_sent.setdefault(sent, []).append((signer, state, m))
        last: _Evt | None = None
        for (sent_start, sent_end), pairs in by_sent.items():
            signers = list(dict.fromkeys(p[0] for p in pairs))
            parties = list(dict.fromkeys(p[1] for p in pairs))
            if len(parties) < 2 or len(signers) < 2:
                continue
            span = (sent_start, sent_end)
            trig = pairs[0][2].start()
            if not any(set(a.parties) == set(parties) for a in self.agreements):
                np = (pairs[0][2].group("np") or "").strip().lower()
                kind = np.split()[-1] if np else "agreement"
                self.agreements.append(
                    _Agr(
                        self.new_id(f"{'-'.join(parties[:2])}-{slugify(kind)}"),
                        parties,
                        kind,
                        "signed",
                        span,
                        "agreement:signed-for",
                        0.6,
                        None,
                        [],
                        self.date_near(trig),
                    )
                )
            self.add_meeting(signers, span, trig, "meeting:signed-for", 0.6)
            last = next(
                (
                    e
                    for e in self.events
                    if e.kind == "meeting" and set(e.participants) == set(signers)
                ),
                None,
            )
        if last is None:
            return
        for m in self.scan(_ATTENDED_SIGNING_SCAN):
            if m.start() < last.span[0] or self.in_quote(m.start()):
                continue
            sent_start, sent_end = self.sent(m.start())
            group = [
                mm.key
                for mm in self.mentions_between(sent_start, m.start())
                if self.ents[mm.key].is_person and not self.in_quote(mm.start)
            ]
            if not group:
                continue
            last.participants.extend(k for k in group if k not in last.participants)
            last.extra.append((sent_start, m.end()))
            pm = _rx(r"\s+(?:in|at)\s+").match(text, m.end())
            place = self.mention_at(pm.end()) if pm else None
            if last.place is None and place is not None and self.ents[place.key].is_place:
                last.place = place.key
            break

    def _kind_on_topic(self, kind: str, pos: int, sent_end: int) -> str:
        """'signed agreements on security, the common border and economic relations': a
        bare plural noun's kind is what they are on (never 'on Monday', 'on behalf of')."""
        if kind not in _BARE_AGREEMENT_KINDS:
            return kind
        om = _AGREEMENT_ON.match(self.text, pos, sent_end)
        if om is None:
            return kind
        words = self.text[om.start("topic") : _clause_end(self.text, om.end(), sent_end)].split()
        return f"{kind} on {' '.join(words).lower()}" if 0 < len(words) <= 10 else kind

    def _for_signing(self, m: re.Match[str], sent_start: int, sent_end: int) -> None:
        """'… congratulates the Governments of A and B for signing agreements on …':
        the ones praised for signing are the parties."""
        text = self.text
        s = m.start()
        for mm in self.mentions_between(sent_start, s):
            lst = self.list_after(mm.start, kinds=("org", "person"))
            if not lst or not _rx(r"\s+(?:for|after|on)\s+$").fullmatch(text, lst[1], s):
                continue
            parties = [self._government_state(k) or k for k in lst[0] if not self.ents[k].is_place]
            parties = list(dict.fromkeys(parties))
            if len(parties) < 2:
                return
            kind = (
                _rx(r"^(?:(?:an?|the|two|three|four|several)\s+)", re.I)
                .sub("", m.group("np3"))
                .lower()
            )
            end = _about_end(text, m.end(), sent_end)
            kind = self._kind_on_topic(kind, m.end(), sent_end)
            self.agreements.append(
                _Agr(
                    self.new_id(f"{'-'.join(parties[:2])}-{slugify(kind)}"),
                    parties,
                    kind,
                    "signed",
                    (mm.start, end),
                    "agreement:for-signing",
                    0.6,
                    None,
                    [],
                    self.date_near(s),
                )
            )
            return

    def _state_of_holder(self, key: str) -> str | None:
        """The state of the first post the person ``key`` holds for a state, if any (the
        state a minister signs or speaks for)."""
        return next(
            (p.org for p in self.positions if p.holder == key and self.ents[p.org].type == "state"),
            None,
        )

    def _government_state(self, key: str) -> str | None:
        """The state a body named as its government stands for ("the United States
        Government", "the Government of Mexico"), else None."""
        ent = self.ents[key]
        if ent.type == "state" or not ent.is_org:
            return None
        gm = _rx(
            r"^(?:the\s+)?(?P<a>.+?)\s+Government$|^(?:the\s+)?Government\s+of\s+(?:the\s+)?(?P<b>.+)$"
        ).match(ent.name)
        if gm is None:
            return None
        name = gm.group("a") or gm.group("b")
        for other in self.ents.values():
            if other.type == "state" and (other.name == name or name in other.aliases):
                return other.key
        return self.ensure(ent.country) if ent.country else None

    def _nominal_agreements(self) -> None:
        """Agreements named as a noun phrase: 'the Agreement on Peace … signed by A and B',
        'the Framework Agreement, which was agreed by A and B', 'the signing of the
        Agreement … between A and B', 'the signing by A and B of the … agreement'."""
        text = self.text
        for m in self.scan(_AGREEMENT_BY_SCAN):
            s = m.start()
            if self.in_quote(s):
                continue
            sent_start, sent_end = self.sent(s)
            if m.group("np3"):
                self._for_signing(m, sent_start, sent_end)
                continue
            if m.group("signing"):
                np_lo, np_hi = m.span("np") if m.group("np") else (m.end(), sent_end)
                nm = _AGREEMENT_NP.search(text, np_lo, np_hi)
            else:
                nm = None
                for cand in _AGREEMENT_NP.finditer(text, max(sent_start, s - 160), s):
                    nm = cand
                if nm is not None and not _AGREEMENT_NP_TO_VERB.fullmatch(text, nm.end(), s):
                    nm = None
            if nm is None:
                continue
            lst = self.list_after(m.end(), kinds=("org", "person"))
            if lst is None:
                continue
            parties: list[str] = []
            for key in lst[0]:
                ent = self.ents[key]
                if ent.is_place:
                    continue
                if ent.is_person:  # a person signs for a state
                    parties.append(self._state_of_holder(key) or key)
                    continue
                parties.append(key)
            parties = list(dict.fromkeys(parties))
            signers = [k for k in lst[0] if self.ents[k].is_person]
            if m.group("verb") and len(signers) >= 2 and len(signers) == len(lst[0]):
                # "The agreement, reached in Asuncion by A and B": they sat together
                self.add_meeting(signers, (s, lst[1]), s, "meeting:reached-by", 0.6)
            if len(parties) < 2 or any(
                set(parties) <= set(a.parties) and a.span[0] <= nm.start() <= a.span[1]
                for a in self.agreements
            ):
                continue
            kind = _rx(r"^(?:the|a|an)\s+", re.I).sub("", nm.group()).strip().lower()
            kind = _rx(r"\s+(?:on|for|of|between)\s.*$").sub("", kind)
            kind = _rx(r"^(?:\d{4}|new|historic|landmark|so-called)\s+").sub("", kind)
            bare = _rx(r"(?:the|this|that)\s+[\w-]+", re.I).fullmatch(nm.group()) is not None
            if any(
                set(a.parties) == set(parties) and (a.kind == kind or bare) for a in self.agreements
            ):
                continue  # "the deal was signed by …": the one already drafted
            if bare and any(
                a.span[0] < nm.start() and (a.kind == kind or a.kind.startswith(f"{kind} "))
                for a in self.agreements
            ):
                # "The memorandum was signed by A's minister and B's minister" after "X and Y
                # signed a memorandum of understanding": its signers, not new parties
                continue
            status = (
                "agreed" if m.group("verb") and m.group("verb").startswith("agreed") else "signed"
            )
            end = lst[1]
            self.agreements.append(
                _Agr(
                    self.new_id(f"{'-'.join(parties[:2])}-{slugify(kind)}"),
                    parties,
                    kind,
                    status,
                    # "the signing by A and B of the … agreement": the noun phrase comes last
                    (min(nm.start(), s), max(end, nm.end())),
                    "agreement:noun-by",
                    0.6,
                    None,
                    [],
                    self.date_near(m.end(), after_only=True),
                )
            )

    def _agreements_they_made(self) -> None:
        """'congratulates A and B for the agreements they announced today on a six-month
        ceasefire and on a mechanism for …': one agreement per thing agreed on, of the
        parties named right before (or, for 'both countries' and a 'they' with none, of the
        last meeting or agreement of the paragraph); a bare 'the agreement they signed' is
        the one drafted already, if any."""
        text = self.text
        if not any(w in text for w in ("agreement", "accord", "deal", "arrangement")):
            return
        for m in _AGREEMENTS_THEY_MADE.finditer(text):
            s = m.start()
            if self.in_quote(s):
                continue
            sent_start, sent_end = self.sent(s)
            if _negation(text[max(sent_start, s - 25) : s]):
                continue
            parties: list[str] = []
            if m.group("who") == "they":
                before = [
                    mm
                    for mm in self.mentions_between(sent_start, s)
                    if not self.in_quote(mm.start) and not self.ents[mm.key].is_place
                ]
                for mm in before:
                    lst = self.list_after(mm.start, kinds=("org", "person"))
                    if lst and len(lst[0]) >= 2 and s - 40 <= lst[1] <= s:
                        parties = list(lst[0])
                        break
            if not parties and (
                "countries" in m.group("who")
                or _rx(r"\b(?:both|the\s+two)\s+(?:countries|governments|sides|states)\b").search(
                    text, sent_start, s
                )
            ):
                parties = self._last_states(s, 2)
            if not parties:
                parties = self._antecedent_parties(s, near=True)
            parties = [self._government_state(k) or k for k in dict.fromkeys(parties)]
            parties = [k for k in parties if not self.ents[k].is_place]
            if len(parties) < 2:
                continue
            # what was agreed on, after an optional place and day: "… in Cuba today on a …"
            pos = m.end()
            gap = _rx(
                r"(?:\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|\s+today|"
                r"\s+yesterday|\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                r"Saturday|Sunday))*"
            ).match(text, pos, sent_end)
            pos = gap.end() if gap else pos
            kinds: list[tuple[str, str | None, int]] = []
            while (om := _ON_WHAT_AGREED.match(text, pos, sent_end)) is not None:
                np_ = _rx(r"\s+").sub(" ", om.group("np")).strip().lower()
                duration = None
                dm = _DURATION.search(np_)
                if dm is not None and dm.group("n2"):
                    n = (
                        int(dm.group("n2"))
                        if dm.group("n2").isdigit()
                        else _NUMBERS.get(dm.group("n2"))
                    )
                    if n:
                        duration = f"P{n}{_UNITS[dm.group('unit2')]}"
                    np_ = (np_[: dm.start()] + np_[dm.end() :]).strip()
                kinds.append((np_, duration, om.end()))
                pos = om.end()
            if not kinds:
                if any(set(parties) <= set(a.parties) for a in self.agreements):
                    continue  # "the agreement they signed": the one drafted already
                kinds = [(m.group("noun").lower(), None, m.end())]
            for kind, duration, end in kinds:
                if any(set(a.parties) == set(parties) and a.kind == kind for a in self.agreements):
                    continue
                self.agreements.append(
                    _Agr(
                        self.new_id(f"{'-'.join(parties[:2])}-{slugify(kind)}"),
                        parties,
                        kind,
                        "agreed",
                        (s, end),
                        "agreement:they-made",
                        0.6,
                        duration,
                        [],
                        self.date_near(s),
                    )
                )

    def _state_pair_agreements(self) -> None:
        """'the Arvelia-Doskara border treaty was signed in 2010', 'since the New Zealand
        China Comprehensive Strategic Partnership was agreed': two states named as the
        agreement's modifier are its parties, when the clause says it was made."""
        text = self.text
        mens = [mm for mm in self.mens if not mm.inner and self.ents[mm.key].type == "state"]
        for m1, m2 in itertools.pairwise(mens):
            if m1.key == m2.key or not _rx(r"\s*[-–—/]\s*|\s+").fullmatch(text, m1.end, m2.start):
                continue
            if not _rx(r"(?<![\w’'-])[Tt]he\s+$").search(text, max(0, m1.start - 4), m1.start):
                continue
            km = _PAIR_KIND.match(text, m2.end)
            if km is None:
                continue  # (inside a quote too: "since the A B Partnership was agreed" is told)
            sent_start, sent_end = self.sent(m1.start)
            if _negation(text[max(sent_start, m1.start - 25) : m1.start]):
                continue
            made = _PAIR_MADE.match(text, km.end(), sent_end)
            if made is None or _negation(text[km.end() : made.end()]):
                continue
            parties = [m1.key, m2.key]
            kind = _rx(r"\s+").sub(" ", km.group("kind")).strip().lower()
            if any(set(a.parties) == set(parties) and a.kind == kind for a in self.agreements):
                continue
            self.agreements.append(
                _Agr(
                    self.new_id(f"{'-'.join(parties)}-{slugify(kind)}"),
                    parties,
                    kind,
                    "signed" if "signed" in made.group() else "agreed",
                    (m1.start - 4, made.end()),
                    "agreement:state-pair",
                    0.6,
                    None,
                    [],
                    self.date_near(km.end(), after_only=True),
                )
            )

    def _headline_agreements(self) -> None:
        """'Norland and Estavia sign power cable deal' above 'Norland and Estavia on Tuesday
        signed a deal to build …': the headline names the story's agreement, told again
        below; the story's telling is kept."""
        if len(self.para_starts) < 3:
            return
        body = [a for a in self.agreements if self.para(a.span[0]) > 0]
        self.agreements = [
            a
            for a in self.agreements
            if self.para(a.span[0]) > 0 or not any(set(b.parties) == set(a.parties) for b in body)
        ]

    def _agreed_to_do(self) -> None:
        """'A and B have agreed to continue the talks', 'They agreed to set up a summit':
        an agreement to do something, of a coordinated subject of two or more parties (or of
        those who met in the paragraph, for 'they')."""
        text = self.text
        for m in _AGREED_TO_DO.finditer(text):
            s = m.start()
            if self.in_quote(s):
                continue
            sent_start, sent_end = self.sent(s)
            if _negation(text[max(sent_start, s - 25) : s]) or _rx(
                r"\b(?:could|would|might|may|if|whether|hopes?|expected|likely)\s+(?:\w+\s+)?$"
            ).search(text, max(sent_start, s - 30), s):
                continue
            if any(a.span[0] <= s < a.span[1] + 40 for a in self.agreements):
                continue  # the agreement the sentence names is drafted already
            if m.group("vp") in ("meet", "hold", "convene", "host", "visit"):
                continue  # "agreed to hold a meeting": a planned meeting, not an agreement
            clause = text[sent_start:s]
            if _rx(r"(?:^|\b(?:that|said|and)\s+)[Tt]hey\s+$").search(clause):
                parties = self._last_meeting_of(s, persons=False, paragraph=True)
            else:
                parties = self._subject_list(sent_start, s)
            parties = [k for k in dict.fromkeys(parties) if not self.ents[k].is_place]
            if len(parties) < 2:
                continue
            end = _clause_end(text, m.end(), sent_end)
            # the deed ends before an adjunct: "… following their talks", ", a decision …",
            # "… today", "… in Lissar"
            for am in _AGREED_ADJUNCT.finditer(text, m.end("vp"), end):
                if am.group("place") is None or (
                    (pm := self.mention_at(am.end())) is not None
                    and (self.ents[pm.key].is_place or self.ents[pm.key].type == "state")
                    and _rx(r"\s*(?:[,.;]|$|(?:on|in|at|today|yesterday)\b)").match(
                        text, pm.end, end + 1
                    )
                ):
                    end = am.start()
                    break
            what = _rx(r"\s+").sub(" ", text[m.start("vp") : end]).strip().rstrip(",")
            words = what.split()
            kind = "agreement to " + " ".join(words[:8])
            self.agreements.append(
                _Agr(
                    self.new_id(f"{'-'.join(parties[:2])}-agreement"),
                    parties,
                    kind,
                    "agreed",
                    (self._clause_start(sent_start, s, parties[0]), end),
                    "agreement:agreed-to-do",
                    0.55,
                    None,
                    [],
                    self.date_near(s),
                )
            )

    def _agreements_between(self) -> None:
        """'the agreement between A and B', 'a new trade deal between the governments of A
        and B': an agreement the two parties hold, named as a noun phrase (never a proposed,
        possible or future one, nor one denied)."""
        text = self.text
        for b in _BETWEEN.finditer(text):
            p = b.start()
            if self.in_quote(p):
                continue
            nm = _AGREEMENT_BEFORE_BETWEEN.search(text, max(0, p - 90), p)
            if nm is None:
                continue
            sent_start, _ = self.sent(p)
            if nm.start() < sent_start or _negation(text[max(sent_start, nm.start() - 25) : p]):
                continue
            if _rx(
                r"\b(?:would|could|might|if|whether|any|calls?\s+for|called\s+for|urged?|urging|"
                r"seek|seeks|sought|push(?:ed|es|ing)?\s+for|negotiat\w+(?:\s+(?:on|over))?|"
                r"talks\s+(?:on|about)|towards?|hopes?\s+(?:for|of)|wants?|wanted)\s+"
                r"(?:[\w-]+\s+){0,2}$"
            ).search(text, max(sent_start, nm.start() - 40), nm.start()):
                continue  # "called for an agreement between A and B": not yet one
            lo = b.end()
            gm = _rx(r"(?:the\s+)?[Gg]overnments?\s+of\s+(?:the\s+)?").match(text, lo)
            lst = self.list_after(gm.end() if gm else lo, kinds=("org", "person"))
            if lst is None:
                continue
            parties: list[str] = []
            for key in lst[0]:
                key = self._government_state(key) or key
                ent = self.ents[key]
                if ent.is_place:
                    continue
                if ent.is_person:
                    key = self._state_of_holder(key) or key
                parties.append(key)
            parties = list(dict.fromkeys(parties))
            if len(parties) < 2 or any(
                set(parties) <= set(a.parties) and a.span[0] <= p <= a.span[1] + 200
                for a in self.agreements
            ):
                continue
            kind = nm.group("kind").lower()
            kind = _rx(r"^(?:(?:new|historic|landmark|so-called|\d{4})\s+)+").sub("", kind)
            if any(set(a.parties) == set(parties) and a.kind == kind for a in self.agreements):
                continue  # named again: the one already drafted
            self.agreements.append(
                _Agr(
                    self.new_id(f"{'-'.join(parties[:2])}-{slugify(kind)}"),
                    parties,
                    kind,
                    "agreed",
                    (nm.start(), lst[1]),
                    "agreement:noun-between",
                    0.55,
                    None,
                    [],
                    self.date_near(p, after_only=True),
                )
            )

    # -- accusations ------------------------------------------------------------

    def _add_accusation(
        self,
        kind: str,
        accuser: str | None,
        accused: list[str],
        about: str,
        factuality: str,
        span: tuple[int, int],
        rule: str,
        conf: float,
        made_in: str | None = None,
    ) -> None:
        accused = [a for a in dict.fromkeys(accused) if a != accuser]
        if not accused or not about.strip():
            return
        sent = self.sent(span[0])
        for acc in self.accusations:
            if (
                acc.accuser == accuser
                and set(acc.accused) & set(accused)
                and self.sent(acc.span[0]) == sent
            ):
                return
        aid = self.new_id(f"{accuser or 'someone'}-{kind}-{accused[0]}")
        self.accusations.append(
            _Acc(aid, kind, accuser, accused, about.strip(), factuality, span, rule, conf, made_in)
        )

    def find_accusations(self) -> None:
        text = self.text
        for m in self.scan(_ACCUSE_SCAN):
            s = m.start()
            if self.in_quote(s):
                continue
            verb = m.group("verb").lower()
            sent_start, sent_end = self.sent(s)
            kind = "accusation" if verb.startswith(("accus", "blam")) else "criticism"
            if verb.startswith("warn") and not _rx(
                r"\s+(?:against|that)\b|\s+[A-Z][^.;,“”\"]{0,50}?\s+against\s+[a-z]+ing\b"
            ).match(text, m.end(), sent_end):
                continue  # "warned that …", "warned X against interfering"
            if verb.startswith(_ACCUSE_NEEDS_OUT) and not m.group("out"):
                continue  # "hit the port", "protested in the capital"
            neg = _negation(text[max(sent_start, s - 40) : s])
            fact = "negated" if neg else "asserted"
            if neg and _rx(r"without\s+(?:\w+\s+)?$").search(neg.group()):
                fact = "hedged"
            group = self._coordinated_subjects(sent_start, s)
            if not group and _rx(r"\s*They\b").match(text, sent_start, s):
                # "They also condemned …" after a meeting: each of its participants
                group = self._last_meeting_of(sent_start, persons=True, paragraph=True)
            accuser = (
                self.subject_before(s)
                or self._doc_subject(sent_start, s)
                or (group[0] if group else None)
                or self._release_voice(sent_start, s)
            )
            if accuser is None:
                continue
            obj_lo = m.end()
            om = _rx(
                r"\s+(?:\w+\s+){0,2}?(?:the\s+)?(?:presence|participation|role|attendance|"
                r"policies|policy|actions?|behaviou?r|decision|moves?)\s+"
                r"(?:(?:at|in|of)\s+(?:the\s+)?[\w ,]+?\s+)?of\s+"
            ).match(text[obj_lo : obj_lo + 120])
            accused: list[str] = []
            about = ""
            if om:
                lst = self.list_after(obj_lo + om.end(), kinds=("org", "person"))
                if lst:
                    accused = lst[0]
                    about = text[obj_lo : obj_lo + om.end()].strip()
                    about = _rx(r"\s+of$").sub("", about)
                    about = _rx(r"^(?:the\s+)").sub("", about)
                    end = lst[1]
            if not accused:
                # "accusing the Atlantic Alliance of …", "criticised China for …"
                gm = _rx(
                    r"\s+(?:(?:directly|openly|publicly|also|again|implicitly|indirectly)\s+)?"
                ).match(text[obj_lo : obj_lo + 30])
                at = obj_lo + (gm.end() if gm else 0)
                # "criticised what she described as China’s …": the words are the speaker’s
                dm = _DESCRIBED_AS.match(text, at, sent_end)
                if dm:
                    at = dm.end()
                # "blamed the attack on X", "which Y has blamed on X": X is blamed
                bo = _BLAMED_ON.match(text, at, sent_end) if verb.startswith("blam") else None
                if bo:
                    at = bo.end()
                lst = self.list_after(at, kinds=("org", "person"), limit=120)
                if lst is None:
                    # "his counterpart": a reference mention
                    mm = self.mention_at(at)
                    if mm is None:
                        # "criticised both governments": the story's last two states
                        both = _BOTH_SIDES.match(text, at, sent_end)
                        pair = self._last_states(s, 2) if both else []
                        if len(pair) == 2 and accuser not in pair:
                            lst = (pair, both.end()) if both else None
                        # "accused the government of …": the accuser's own government
                        gv = _GOVERNMENT_NP.match(text, at, sent_end) if lst is None else None
                        gov = self._government_of(accuser, s) if gv else None
                        if gv is not None and gov is not None:
                            lst = ([gov], gv.end())
                        elif lst is None and verb.startswith(_CONDEMN_STEMS):
                            # "condemned Russian strikes on …": the demonym's state;
                            # "condemned the attack, attributed to the Houthis"
                            lst = self._demonym_deed(at, sent_end) or self._culprits_in(
                                at, sent_end, accuser
                            )
                        if lst is None:
                            continue
                    else:
                        lst = ([mm.key], mm.end)
                accused, end = lst
                fm = _rx(r"\s+(?:of|for|over|to|as|against)\s+(?P<a>[^.;]+)").match(
                    text[end:sent_end]
                )
                if fm:
                    about_end = _about_end(text, end + fm.start("a"), sent_end)
                    about = text[end + fm.start("a") : about_end].strip()
                    end = about_end
                elif verb.startswith("compar"):
                    continue
                elif bo:
                    about = text[obj_lo : bo.end()].strip() or verb
                    about = _rx(r"\s*\bon$").sub("", about) or verb
                else:
                    about = verb
            accused = [a for a in accused if not self.ents[a].is_place]
            if not accused:
                continue
            if verb.startswith("compar"):
                if not _rx(r"[“\"‘]|dictator|tyrant|nazi|hitler|criminal|terrorist", re.I).search(
                    about
                ):
                    continue
                about = "compared to " + about.strip('“”"‘’ ')
                kind = "criticism"
            if fact == "asserted" and _HEDGE.search(text, max(sent_start, s - 60), end):
                fact = "hedged"
            ev_s = self._clause_start(sent_start, s, accuser)
            if ev_s == s:
                ev_s = s
            acc_text_start = min(ev_s, s)
            if verb.startswith("accus") and _rx(r"accusing").match(verb):
                acc_text_start = s
            if fact == "negated":
                acc_text_start = self._clause_start(sent_start, s, accuser)
            accusers = group or [accuser]
            if accuser not in accusers and len(accusers) < 2:
                accusers = [accuser]
            for who in accusers:
                self._add_accusation(
                    kind,
                    who,
                    accused,
                    about,
                    fact,
                    (acc_text_start, end),
                    f"accusation:{kind}-verb",
                    0.7 if fact != "negated" else 0.65,
                )
        self._dismissals()
        self._denied_charges()
        self._criticism_nouns()
        self._called_names()
        self._hostile_nouns()
        self._demands()
        self._held_to_account()
        self._concerns()
        self._claims()
        self._said_deeds()
        self._unnamed_targets()
        self._quote_accusations()

    def _unnamed_targets(self) -> None:
        """'Without naming Ostrana directly, the communique criticised "illegal trawling"',
        'Moriyama did not name China, but said Tokyo opposed …': a hedged criticism of the
        one left unnamed, by whoever did not name it (or the clause's subject)."""
        text = self.text
        for m in _UNNAMED_TARGET.finditer(text):
            s = m.start()
            if self.in_quote(s):
                continue
            sent_start, sent_end = self.sent(s)
            lst = self.list_after(m.end(), kinds=("org", "person"), limit=40)
            if lst is None or not lst[0]:
                continue
            target, t_end = lst
            cue = _UNNAMED_CUE.search(text, t_end, sent_end)
            if cue is None or self.in_quote(cue.start()):
                continue
            if _negation(text[max(t_end, cue.start() - 30) : cue.start()]):
                continue  # "… but did not criticise …"
            if m.group("did"):
                accuser = self.subject_before(s)
            else:
                # the clause after "Without naming X," (X is never its subject)
                accuser = self.subject_before(cue.start(), lo=t_end) or self._doc_subject(
                    t_end, cue.start()
                )
            if accuser is None or self.ents[accuser].type == _MEDIA:
                continue
            accused = [k for k in target if k != accuser and not self.ents[k].is_place]
            if not accused:
                continue
            end = _about_end(text, cue.end(), sent_end)
            about = _rx(r"^\s*(?:that\s+)?").sub("", text[cue.end() : end])
            about = about.strip(' “”"‘’,.') or cue.group()
            self._add_accusation(
                "criticism",
                accuser,
                accused,
                about,
                "hedged",
                (min(s, self._clause_start(sent_start, s, accuser)), end),
                "accusation:unnamed-target",
                0.5,
            )

    def _called_names(self) -> None:
        """'called Doskara's actions "unacceptable"', 'described the Doskaran blockade as
        illegal': the speaker condemns whoever the named deed is pinned on."""
        text = self.text
        for m in self.scan(_CALLED_SCAN):
            s = m.start()
            if self.in_quote(s):
                continue
            sent_start, sent_end = self.sent(s)
            if _negation(text[max(sent_start, s - 30) : s]):
                continue
            accuser = self.subject_before(s)
            if accuser is None or self.ents[accuser].type == _MEDIA:
                continue
            at = m.end()
            mm = self.mention_at(at)
            found: tuple[list[str], int] | None = None
            om = (
                _rx(
                    r"[’']s\s+(?:[\w-]+\s+){0,3}?(?:actions?|behaviou?r|conduct|decision|policy|"
                    r"policies|moves?|blockade|strikes?|attacks?|shelling|occupation|"
                    r"claims?|statements?|remarks|comments)\b"
                ).match(text, mm.end)
                if mm
                else None
            )
            if mm is not None and om is not None and self.speaker_capable(mm):
                found = ([mm.key], om.end())
            else:
                found = self._demonym_deed(at, sent_end)
            if found is None:
                continue
            accused, end = found
            vm = _rx(r"\s+(?:as\s+)?[“\"‘]?(?P<w>[^.;”\"]{1,60})").match(text, end, sent_end)
            if vm is None or not _has_neg_words(vm.group("w")):
                continue
            accused = [k for k in accused if k != accuser and not self.ents[k].is_place]
            self._add_accusation(
                "criticism",
                accuser,
                accused,
                _rx(r"[“”\"]").sub("", text[at : vm.end()]).strip(),
                "asserted",
                (self._clause_start(sent_start, s, accuser), vm.end()),
                "accusation:called-it",
                0.6,
            )

    def _last_states(self, pos: int, count: int) -> list[str]:
        """The last ``count`` distinct states named before ``pos`` (outside quotes), in text
        order: who "both governments", "the two sides" are."""
        found: list[str] = []
        for mm in reversed(self.mentions_between(0, pos)):
            if self.ents[mm.key].type == "state" and not self.in_quote(mm.start):
                if mm.key not in found:
                    found.append(mm.key)
                if len(found) == count:
                    break
        return list(reversed(found))

    def _criticism_nouns(self) -> None:
        """'Pence had harsh criticism of China', 'voiced sharp criticism of X', 'levelled
        accusations against X': the subject criticises (or accuses) the one named after."""
        text = self.text
        for m in self.scan(_CRITICISM_NOUN_SCAN):
            s = m.start()
            if self.in_quote(s):
                continue
            sent_start, sent_end = self.sent(s)
            if _negation(text[max(sent_start, s - 30) : s]):
                continue
            accuser = self.subject_before(s)
            lst = self.list_after(m.end(), kinds=("org", "person"), limit=120)
            if accuser is None or lst is None or self.ents[accuser].type == _MEDIA:
                continue
            if not _rx(r"(?:the\s+)?$").fullmatch(
                text, m.end(), self.mentions_between(m.end(), lst[1])[0].start
            ):
                continue  # "criticism of China", not "criticism of the way China …"
            accused = [k for k in lst[0] if k != accuser and not self.ents[k].is_place]
            end = _about_end(text, lst[1], sent_end)
            fm = _rx(r"\s+(?:for|over)\s+").match(text, lst[1], end)
            about = text[fm.end() : end].strip() if fm else m.group("noun")
            kind = "accusation" if m.group("noun").startswith("accusation") else "criticism"
            fact = "hedged" if _HEDGE.search(text, max(sent_start, s - 40), end) else "asserted"
            self._add_accusation(
                kind,
                accuser,
                accused,
                about or m.group("noun"),
                fact,
                (self._clause_start(sent_start, s, accuser), max(end, lst[1])),
                "accusation:criticism-noun",
                0.6,
            )

    def _demonym_deed(self, at: int, sent_end: int) -> tuple[list[str], int] | None:
        """'(the) Russian missile strikes on …' right at ``at``: the state of the demonym
        that did the deed, and where its noun ends."""
        dm = _DEMONYM_DEED.match(self.text, at, sent_end)
        if dm is None:
            return None
        state = self.ensure(self.demonyms.get(_fold(dm.group("d"))))
        if state is None or self.ents[state].type != "state":
            return None
        return [state], dm.end()

    def _government_of(self, accuser: str, pos: int) -> str | None:
        """Whose is 'the government' an accuser attacks: the accuser's own state."""
        ent = self.ents[accuser]
        if ent.type == "state":
            return None
        state = ent.country
        if state is None:
            held = [p.org for p in self.positions if p.holder == accuser]
            state = next((o for o in held if self.ents[o].type == "state"), None)
        if state is None:  # "Opposition leader X accused the government of …"
            state = self._story_state()
        return self.ensure(state) if state else None

    def _story_state(self) -> str | None:
        """The state a story is set in: the country of the first place its title or
        dateline names ("ASTARA, May 17 --", "In Dakar, Paris seeks …")."""
        heads = self.para_starts[2:3]
        stop = heads[0] if heads else len(self.text)
        for mm in self.mens:
            if mm.start >= stop:
                break
            ent = self.ents[mm.key]
            if ent.is_place and ent.country:
                return ent.country
        return None

    def _coordinated_subjects(self, sent_start: int, pos: int) -> list[str]:
        """'A and B accused …', 'the three ministers blamed …': each of them (or none)."""
        text = self.text
        head = text[sent_start:pos]
        if _rx(
            r"\b[Tt]he\s+(?:two|three|four|five)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:\w+\s+){0,2}$"
        ).search(head):
            group = self._subject_list(sent_start, pos)
            return group if len(group) >= 2 else []
        for mm in self.mentions_between(sent_start, pos):
            if self.in_quote(mm.start) or not self.speaker_capable(mm):
                continue
            lst = self.list_after(mm.start, kinds=("org", "person"))
            if (
                lst
                and len(lst[0]) >= 2
                and _rx(
                    r"\s+(?:(?:have|has|had|also|repeatedly|jointly|both|long)\s+)*$"
                ).fullmatch(text, lst[1], pos)
            ):
                return [k for k in lst[0] if not self.ents[k].is_place]
            break
        return []

    def _culprits_in(self, lo: int, sent_end: int, accuser: str) -> tuple[list[str], int] | None:
        """Who a criticised thing is pinned on, inside its noun phrase: 'the attack,
        attributed to X', 'the attacks by X', 'X's continued deployments', 'Iran and
        North Korea's provision of weapons to Russia' (X, not the victim after 'to')."""
        text = self.text
        end = _about_end(text, lo, sent_end)
        end = min(end, lo + 160)
        for mm in self.mentions_between(lo, end):
            if mm.key == accuser or self.in_quote(mm.start) or not self.speaker_capable(mm):
                continue
            if self.ents[mm.key].is_place:
                continue
            before = text[lo : mm.start]
            by = _CULPRIT_BEFORE.search(before)
            lst = self.list_after(mm.start, kinds=("org", "person"))
            owner = _rx(r"(?:[’']s|-backed|-led|-sponsored|-linked)")
            if by is None and (
                _rx(
                    r"\b(?:to|against|on|onto|toward|towards|in|into|at|with|for|from|of|and|"
                    r"over|near|about|across)\s+(?:the\s+)?$"
                ).search(before)
                or not (
                    owner.match(text, mm.end)
                    # "Iran and North Korea's provision of …": the list owns the deed
                    or (lst is not None and len(lst[0]) > 1 and owner.match(text, lst[1]))
                )
            ):
                continue
            keys = [k for k in (lst[0] if lst else [mm.key]) if not self.ents[k].is_place]
            keys = [k for k in keys if k != accuser]
            if keys:
                return keys, end
        return None

    def _concerns(self) -> None:
        """'They expressed deep concern about Iran's provision of weapons …', 'raised
        concerns regarding Russia's deployments', 'is deeply concerned by … from Israeli
        operations': criticism of whoever the concern is pinned on."""
        text = self.text
        for m in self.scan(_CONCERN_SCAN):
            s = m.start()
            if self.in_quote(s):
                continue
            sent_start, sent_end = self.sent(s)
            if _negation(text[max(sent_start, s - 40) : s]):
                continue
            head = text[sent_start:s]
            they = _rx(r"^\s*They\b").match(head) is not None
            if they:
                accusers = self._last_meeting_of(sent_start, persons=True, paragraph=True)
            else:
                accusers = self._coordinated_subjects(sent_start, s)
            if not accusers and not they:  # "They" of no meeting told: no one to name
                who = self.subject_before(s)
                accusers = [who] if who else []
            if not accusers:
                continue
            if m.group("that"):
                found = self._concern_subject(m.end(), sent_end, accusers)
            else:
                found = self._culprits_in(m.end(), sent_end, accusers[0])
            if found is None:
                continue
            accused, end = found
            accused = accused + self._more_owners(m.end(), end, accused, accusers)
            about = text[m.end() : end].strip()
            if not about:
                continue
            fact = "hedged" if _HEDGE.search(text, s, end) else "asserted"
            for who in accusers:
                self._add_accusation(
                    "criticism",
                    who,
                    [k for k in accused if k != who],
                    about,
                    fact,
                    (self._clause_start(sent_start, s, who), end),
                    "accusation:concern",
                    0.55,
                )

    def _more_owners(self, lo: int, hi: int, found: list[str], accusers: list[str]) -> list[str]:
        """The owners of the further deeds coordinated in a concern: '… about Iran's
        provision of weapons to Russia and the PRC's support to Russia's industry' (the
        PRC too; never Russia, the one they are given to)."""
        text = self.text
        more: list[str] = []
        for mm in self.mentions_between(lo, hi):
            key = mm.key
            if key in found or key in accusers or key in more or self.in_quote(mm.start):
                continue
            if self.ents[key].is_place or not self.speaker_capable(mm):
                continue
            if _rx(r"(?:,|\band)\s+(?:the\s+)?$").search(
                text, max(lo, mm.start - 12), mm.start
            ) and _rx(r"[’']s\s+(?!own\b)[a-z]").match(text, mm.end):
                more.append(key)
        for am in _rx(r"\band\s+").finditer(text, lo, hi):
            # "… rockets by Hamas into Israel and Israeli retaliatory action": a demonym's deed
            deed = self._demonym_deed(am.end(), hi)
            if deed is not None:
                more += [
                    k for k in deed[0] if k not in found and k not in accusers and k not in more
                ]
        return more

    def _concern_subject(
        self, pos: int, sent_end: int, accusers: list[str]
    ) -> tuple[list[str], int] | None:
        """'concern that, despite …, the Syrian regime continues to block …': the subject of
        the that-clause, when a state, body or person does what follows; where its deed ends."""
        text = self.text
        am = _rx(r",[^,.;]{1,100},\s*").match(text, pos, sent_end)
        at = am.end() if am else pos
        dm = _rx(r"(?:the\s+)?").match(text, at, sent_end)
        at = dm.end() if dm else at
        mm = self.mention_at(at)
        if mm is None or mm.key in accusers or not self.speaker_capable(mm):
            return None
        vm = _rx(
            r"(?:[’']s\s+[\w-]+\s+)?\s*(?:(?:continues|continued|has|have|had|is|was|were|are|"
            r"keeps|kept|may|might|could)\s+)+(?!not\b|no\b)\w"
        ).match(text, mm.end, sent_end)
        if vm is None:
            return None
        return [mm.key], _about_end(text, vm.end() - 1, sent_end)

    def _hostile_nouns(self) -> None:
        """'They reaffirmed their support for Ukraine as it defends against Russia's
        aggression', 'noted the impact of Russia's invasion of …', 'to counter Iran's
        destabilizing behavior': a deed the words themselves condemn, pinned on its owner,
        criticised by whoever the clause is about."""
        text = self.text
        for m in self.scan(_HOSTILE_NOUN_SCAN):
            s = m.start()
            if self.in_quote(s):
                continue
            sent_start, sent_end = self.sent(s)
            gap = _HOSTILE_OWNER.search(text, max(sent_start, s - 60), s)
            if gap is None:
                continue
            owner = next(
                (mm for mm in self.mentions_between(sent_start, s) if mm.end == gap.start()),
                None,
            )
            if owner is not None:
                if not self.speaker_capable(owner):
                    continue
                key, owner_start = owner.key, owner.start
            else:  # "Russian aggression": the state of the demonym
                dm = _rx(r"\b([A-Z][a-z]+)$").search(text, sent_start, gap.start())
                if dm is None or text.startswith("'", gap.start()) or "’" in gap.group():
                    continue
                found = self.ensure(self.demonyms.get(_fold(dm.group(1))))
                if found is None:
                    continue
                key, owner_start = found, dm.start()
            accused = self.ents[key]
            if accused.is_place or accused.type == _MEDIA:
                continue
            if _negation(text[max(sent_start, s - 40) : s]):
                continue
            they = _rx(r"\s*They\b").match(text, sent_start) is not None
            if they:  # the participants of the meeting just told, or no one
                accusers = self._last_meeting_of(sent_start, persons=True, paragraph=True)
            elif _rx(r"\b(?:as|while|because|since|when|after|until|although|where)\s").search(
                text, sent_start, owner_start
            ):
                accusers = []  # a subordinate clause's subject is not who speaks
            else:
                accusers = self._coordinated_subjects(sent_start, owner_start)
                verb = _rx(r"\b(?:said|says|told|[a-z]+(?:ed|es))\b").search(
                    text, sent_start, owner_start
                )  # the clause's first verb, whose subject speaks
                if not accusers and verb is not None:
                    who = self.subject_before(verb.start())
                    accusers = [who] if who else []
            accusers = [k for k in accusers if k != key and not self.ents[k].is_place]
            if not accusers:
                continue
            end = _about_end(text, m.end(), sent_end)
            about = text[owner_start:end].strip()
            fact = "hedged" if _HEDGE.search(text, sent_start, end) else "asserted"
            for who in accusers:
                self._add_accusation(
                    "criticism",
                    who,
                    [key],
                    about,
                    fact,
                    (self._clause_start(sent_start, owner_start, who), end),
                    "accusation:hostile-noun",
                    0.55,
                )

    def _demands(self) -> None:
        """'He called on Israel to do far more to stop civilian casualties', 'urged the
        militia to end its siege', 'calls for an end to the firing of rockets by Hamas':
        whoever must stop is criticised by whoever calls."""
        text = self.text
        for m in self.scan(_DEMAND_SCAN):
            s = m.start()
            if self.in_quote(s):
                continue
            sent_start, sent_end = self.sent(s)
            if _negation(text[max(sent_start, s - 30) : s]):
                continue
            if _rx(r"\s*They\b").match(text, sent_start, s):
                # "They stressed the need for X to …": those who met, as for concerns
                accusers = self._last_meeting_of(sent_start, persons=True, paragraph=True)
            else:
                who = self.subject_before(s)
                accusers = [who] if who is not None else []
            if not accusers or self.ents[accusers[0]].type == _MEDIA:
                continue
            accuser = accusers[0]
            if m.group("for"):
                found = self._culprits_in(m.end(), sent_end, accuser)
                if found is None:
                    continue
                accused, end = found
                accused = accused + self._more_owners(m.end(), end, accused, accusers)
            else:
                lst = self.list_after(m.end(), kinds=("org", "person"))
                if lst is None or not lst[0]:
                    continue
                accused, list_end = lst
                if not _DEMAND_DEED.match(text, list_end):
                    continue
                end = _about_end(text, list_end, sent_end)
            about = text[m.end() : end].strip()
            # "the need for X to do more": a softer criticism than "called on X to stop"
            fact = "hedged" if m.group("on") and m.group("on").startswith("need") else "asserted"
            for accuser in accusers:
                self._add_accusation(
                    "criticism",
                    accuser,
                    [k for k in accused if not self.ents[k].is_place and k not in accusers],
                    about,
                    fact,
                    (self._clause_start(sent_start, s, accuser), end),
                    "accusation:demand",
                    0.55,
                )

    def _held_to_account(self) -> None:
        """'the Assad regime must be held accountable for its use of chemical weapons',
        'A holds B responsible for the attack': B is accused by whoever says so."""
        text = self.text
        for m in self.scan(_HELD_TO_ACCOUNT_SCAN):
            s = m.start()
            if self.in_quote(s):
                continue
            sent_start, sent_end = self.sent(s)
            if _negation(text[max(sent_start, s - 30) : s]):
                continue
            if m.group("passive"):
                if m.group("obj").strip():
                    continue
                # the accused is the clause's subject: the name right before "must be held"
                before = [
                    mm
                    for mm in self.mentions_between(sent_start, s)
                    if self.speaker_capable(mm) and not self.in_quote(mm.start)
                ]
                if not before or not _rx(r"(?:\s+(?:regime|government|forces))?\s+$").fullmatch(
                    text, before[-1].end, s
                ):
                    continue
                accused = [before[-1].key]
                lead = _rx(r"\b(?:said|says|told|[a-z]+(?:ed|es))\b[^.;]*?\bthat\s").search(
                    text, sent_start, before[-1].start
                )
                if lead is None:
                    continue  # no one is said to hold them to account
                verb_pos = lead.start()
            else:
                lst = self.list_after(m.start("obj"), kinds=("org", "person"))
                if lst is None or not lst[0]:
                    continue
                accused = lst[0]
                verb_pos = s
            accuser = self.subject_before(verb_pos)
            if accuser is None or self.ents[accuser].type == _MEDIA:
                continue
            accused = [k for k in accused if k != accuser and not self.ents[k].is_place]
            end = _about_end(text, m.end(), sent_end)
            self._add_accusation(
                "accusation",
                accuser,
                accused,
                text[m.end() : end].strip(),
                "asserted",
                (self._clause_start(sent_start, verb_pos, accuser), end),
                "accusation:held-to-account",
                0.55,
            )

    def _claims(self) -> None:
        """'Manila says Chinese coast guard vessels fired water cannon at …', 'negotiators
        reportedly believe that Paraguay leaked …': a hostile deed the speaker pins on
        someone, hedged (it is their claim)."""
        text = self.text
        for m in self.scan(_CLAIM_SCAN):
            s = m.start()
            if self.in_quote(s):
                continue
            sent_start, sent_end = self.sent(s)
            if _negation(text[max(sent_start, s - 30) : s]):
                continue
            hi = _about_end(text, m.end(), sent_end)
            hm = _HOSTILE_DEED.search(text, m.end(), min(hi, m.end() + 120))
            if hm is None:
                continue
            accuser = self.subject_before(s)
            if accuser is None or self.ents[accuser].type == _MEDIA:
                continue
            culprits = [
                mm
                for mm in self.mentions_between(m.end(), hm.start())
                if self.speaker_capable(mm) and mm.key != accuser and not self.in_quote(mm.start)
            ]
            if not culprits or culprits[0].start - m.end() > 40:
                continue
            lead = text[m.end() : culprits[0].start]
            if _rx(r"\b(?:to|against|on|in|at|with|for|of)\s+(?:the\s+)?$").search(lead):
                continue
            accused = culprits[0].key
            if self.ents[accused].is_place:
                continue
            end = _about_end(text, hm.start(), sent_end)
            about = text[hm.start() : end].strip()
            self._add_accusation(
                "accusation",
                accuser,
                [accused],
                _gerund(about),
                "hedged",
                (self._clause_start(sent_start, s, accuser), end),
                "accusation:claimed-deed",
                0.55,
            )

    def _said_deeds(self) -> None:
        """'Budrys said Beijing had "long tried to divide Europe"', 'the minister said Russia
        was meddling in …': the speaker accuses the subject of the said clause."""
        text = self.text
        for m in _SAID_THAT.finditer(text):
            s = m.start()
            if self.in_quote(s):
                continue
            mm = self.mention_at(m.end())
            if mm is None or not self.speaker_capable(mm) or self.ents[mm.key].is_person:
                continue
            sent_start, sent_end = self.sent(s)
            dm = _SAID_DEED.match(text, mm.end, sent_end)
            if dm is None or _negation(text[max(sent_start, s - 30) : dm.start("deed")]):
                continue
            accuser = self.subject_before(s)
            if accuser is None or accuser == mm.key or self.ents[accuser].type == _MEDIA:
                continue
            end = _about_end(text, dm.start("deed"), sent_end)
            about = text[dm.start("deed") : end].strip().strip('“”"')
            fact = "hedged" if _HEDGE.search(text, s, end) else "asserted"
            self._add_accusation(
                "accusation",
                accuser,
                [mm.key],
                _gerund(about),
                fact,
                (self._clause_start(sent_start, s, accuser), end),
                "accusation:said-deed",
                0.6,
            )

    def _dismissals(self) -> None:
        """'X dismissed the report as "one-sided"': X criticises who made the report or
        the allegation (the issuer of the last report, the maker of the last accusation)."""
        text = self.text
        for m in self.scan(_DISMISS_SCAN):
            s = m.start()
            if self.in_quote(s):
                continue
            sent_start, sent_end = self.sent(s)
            who = self.subject_before(s)
            if who is None:
                continue
            target = None
            named = [
                mm
                for mm in self.mentions_between(m.start("np"), m.end("np"))
                if self.ents[mm.key].is_org or self.ents[mm.key].is_person
            ]
            if named:
                target = named[-1].key
            elif m.group("doc").lower().startswith("report"):
                reports = [st for st in self.statements if st.kind == "report" and st.span[0] < s]
                target = reports[-1].issuers[0] if reports else None
            else:
                # the allegation made against the dismisser, or against its state ("the
                # Emirati foreign ministry dismissed the allegation" made against the UAE)
                mine = {who, self.ents[who].country} - {None}
                prior = [a for a in self.accusations if a.span[0] < s and mine & set(a.accused)]
                target = prior[-1].accuser if prior else None
            if target is None or target == who or self.ents[target].is_place:
                continue
            end = _about_end(text, m.end(), sent_end)
            about = text[m.end() : end].strip('“”"‘’ .,') or m.group("doc")
            self._add_accusation(
                "criticism",
                who,
                [target],
                about,
                "asserted",
                (self._clause_start(sent_start, s, who) if who else s, end),
                "accusation:dismissed-as",
                0.6,
            )

    def _denied_charges(self) -> None:
        """'Y denied X's accusations that it had armed the rebels', 'Y rejected X's charge of
        …': X accused Y (the one who denies) of what follows."""
        text = self.text
        for m in self.scan(_DENIED_CHARGE_SCAN):
            s = m.start()
            if self.in_quote(s):
                continue
            owner = next(
                (
                    mm
                    for mm in self.mentions_between(s, m.start("poss"))
                    if mm.end == m.start("poss")
                ),
                None,
            )
            if owner is None or not self.speaker_capable(owner):
                continue
            _, sent_end = self.sent(s)
            who = self.subject_before(s)
            if who is None or who == owner.key or self.ents[who].is_place:
                continue
            end = _about_end(text, m.end(), sent_end)
            about = text[m.end() : end].strip().strip('“”"')
            if not about:
                continue
            self._add_accusation(
                "accusation",
                owner.key,
                [who],
                _gerund(about),
                "asserted",
                (owner.start, end),
                "accusation:denied-charge",
                0.6,
            )

    def _quote_accusations(self) -> None:
        """Criticism voiced in a quote: 'We strongly oppose NATO’s …', '… challenge our …'."""
        text = self.text
        for q in self.quotes:
            qs, qe = q.text
            words = text[qs:qe]
            if not _has_neg_words(words):
                continue
            speaker = q.speaker
            sp = self.ents[speaker]
            own = {speaker, sp.country}
            inside = [
                mm for mm in self.mentions_between(qs, qe, outer=False) if self.speaker_capable(mm)
            ]
            target: str | None = None
            span: tuple[int, int] = (qs, qe)
            for mm in inside:
                if mm.key in own or (self.ents[mm.key].is_person and mm.key == speaker):
                    continue
                before = text[max(qs, mm.start - 40) : mm.start]
                opp = _OPPOSE.search(before)
                if opp is not None and opp.end() == len(before):
                    target = mm.key
                    end = _clause_end(text, mm.end, qe, stop_and=True)
                    span = (qs, end)
                    break
                if _NEG_VERB_AFTER.match(text[mm.end : qe]):
                    target = mm.key
                    span = (qs, qe)
                    break
            if target is None and not inside:
                # The quote describes what someone named just before it does ("Beijing is “…”").
                s0, _ = self.sent(qs)
                head = [
                    mm
                    for mm in self.mentions_between(s0, qs)
                    if self.speaker_capable(mm)
                    and not self.in_quote(mm.start)
                    and mm.key not in own
                ]
                if head and _rx(r"\b(?:is|are|was|were|has|have|had)\s+(?:[a-z]+\s+){0,3}$").search(
                    text[head[-1].end : qs]
                ):
                    target = head[-1].key
            elif target is None and all(mm.key in own or self.ents[mm.key] is sp for mm in inside):
                s0, _ = self.sent(qs)
                prior = [
                    a
                    for a in self.accusations
                    if a.accuser == speaker and self.sent(a.span[0])[0] == s0
                ]
                earlier_q = [
                    x
                    for x in self.quotes
                    if x.speaker == speaker and x.text[0] < qs and self.sent(x.text[0])[0] == s0
                ]
                if not prior and earlier_q:
                    head = [
                        mm
                        for mm in self.mentions_between(s0, earlier_q[0].text[0])
                        if self.speaker_capable(mm)
                        and not self.in_quote(mm.start)
                        and mm.key not in own
                    ]
                    if head and _has_neg_words(words):
                        target = head[-1].key
                        ev_s = text.rfind(",", s0, qs)
                        span = (ev_s + 1 if ev_s != -1 else s0, qe + 1)
                        while text[span[0]].isspace():
                            span = (span[0] + 1, span[1])
            if target is None or self.ents[target].is_place:
                continue
            about = _short_about(text[qs:qe])
            self._add_accusation(
                "criticism",
                speaker,
                [target],
                about,
                "asserted",
                span,
                "accusation:critical-quote",
                0.55,
                made_in=q.statement,
            )

    # -- run --------------------------------------------------------------------

    def run(self) -> None:
        self.anon_positions: list[tuple[str, str, str, tuple[int, int]]] = []
        self.conf_refs: list[tuple[int, int, str]] = []
        self.publisher_key: str | None = None
        self.relay_principals: dict[str, str] = {}  # spokesperson relay → whose words
        self.find_known_names()
        self.sort_mentions()
        self.find_unknown_states()
        self.find_media()
        self.find_acronyms()
        self.sort_mentions()
        self.find_special_nps()
        self.sort_mentions()
        self.find_anonymous_sources()
        self.sort_mentions()
        self.find_capitalised_names()
        self.find_mistranslated_surnames()
        self.find_positions()
        self.find_references()
        self._publisher()
        self.dates = self.date_phrases()
        self.find_conferences()
        self.find_meetings()
        self.find_visits()
        self.find_absences()
        self.find_statements()
        self.find_quotes()
        self._link_quotes_to_statements()
        self.find_agreements()
        self.find_accusations()
        self._anaphoric_meetings()
        self._office_positions()
        self._finish_events()

    def _publisher(self) -> None:
        if not self.publisher:
            return
        pub = self.publisher
        for ent in self.ents.values():
            if ent.type == _MEDIA and (ent.name == pub or ent.key == pub or pub in ent.aliases):
                self.publisher_key = ent.key
                return
        if self.registry is not None:
            self.publisher_key = _registry_publisher(self.registry, pub)

    def _link_quotes_to_statements(self) -> None:
        for q in self.quotes:
            for st in self.statements:
                if q.speaker in st.issuers:
                    q.statement = st.id
                    if not q.reported_by and st.reported_by:
                        q.reported_by = list(st.reported_by)
                    break
            if q.statement is None:
                continue
            st = next(s for s in self.statements if s.id == q.statement)
            if not st.reported_by and q.reported_by and st.rule == "statement:according-to":
                st.reported_by = [r for r in q.reported_by if r not in st.issuers]

    def _finish_events(self) -> None:
        for relay, principal in self.relay_principals.items():
            self.ents[relay].name = f"spokesperson for {self.ents[principal].name}"
        # A communiqué is adopted at its organisation's summit; without one it is a statement.
        for st in self.statements:
            when = self.date_near(st.span[0], after_only=True)
            if when is not None and when[0] - st.span[1] <= 40:
                st.date = when  # "said in a statement on Wednesday"
            if st.kind == "communique":
                org = st.issuers[0]
                ev = next(
                    (
                        e
                        for e in self.events
                        if e.kind in ("summit", "conference") and e.organizer == org
                    ),
                    None,
                )
                if ev is None:
                    st.kind = "statement"
                else:
                    st.issued_at = ev.id
            if st.kind == "report" and not st.summary:
                st.summary = _sentence_case(self.text[st.span[0] : st.span[1]])
            if st.kind == "report" and not self.ents[st.issuers[0]].is_org:
                st.kind = "statement"
        # meetings need two participants; conferences one participant or organiser
        keep = []
        used = {a.event for a in self.absences} | {s.issued_at for s in self.statements}
        for ev in self.events:
            if ev.kind == "meeting" and len(set(ev.participants)) < 2:
                continue
            if ev.kind in ("conference", "summit") and not ev.participants and ev.id not in used:
                continue
            keep.append(ev)
        self.events = keep
        ids = {e.id for e in self.events}
        for ev in self.events:
            if ev.occasion not in ids:
                ev.occasion = None


# --------------------------------------------------------------------------
# Small text helpers
# --------------------------------------------------------------------------


_NOUN_BEFORE = frozenset(
    _words("the its their his her our your these those many some all both other several member")
)
_NOT_VERB_AFTER = frozenset(
    _words("would will have had are were should could must can may might to of and or")
)


def _speech_noun(piece: str, v: re.Match[str]) -> bool:
    """A speech word used as a noun: 'Asian states would', 'the calls for', 'his notes'."""
    word = v.group()
    if not word.endswith("s") or word in ("says", "tells", "adds"):
        return False
    before = piece[max(0, v.start() - 30) : v.start()].split()
    after = piece[v.end() : v.end() + 20].split()
    return bool(
        (before and (before[-1].lower() in _NOUN_BEFORE or _demonym_like(before[-1])))
        or (after and after[0].lower().strip(",.") in _NOT_VERB_AFTER)
    )


def _may_end_with(text: str, endings: tuple[str, ...], *, comma: bool = False) -> bool:
    """False only if ``text`` cannot end in one of ``endings`` and then white space
    (with ``comma``: and then a comma, or not, and then white space).

    A cheap test before a pattern anchored at the end of ``text`` (``…\\s+$``), which,
    searched on its own, tries every start in ``text``.
    """
    stripped = text.rstrip()
    if len(stripped) == len(text):
        return False
    if comma:
        stripped = stripped.removesuffix(",")
    return stripped.endswith(endings)


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only if ``text`` holds none of ``words`` (lower-case ASCII) in any letter case.

    A cheap test before a case-insensitive pattern that needs one of them. Besides the
    letters' two cases, IGNORECASE matches four other characters to ASCII letters
    (``_CASE_ODD_CHARS``): with one of them in ``text``, the test passes.
    """
    if any(ch in text for ch in _CASE_ODD_CHARS):
        return True
    low = text.lower()
    return any(w in low for w in words)


def _negation(window: str) -> re.Match[str] | None:
    """``_NEGATION.search(window)`` (each alternative holds one of _NEGATION_WORDS)."""
    return _NEGATION.search(window) if _may_hold(window, _NEGATION_WORDS) else None


def _locative(before: str) -> re.Match[str] | None:
    """``_LOCATIVE.search(before)``: it ends in one of _LOCATIVE_ENDS and white space."""
    if any(ch in before for ch in _CASE_ODD_CHARS):
        return _LOCATIVE.search(before)
    stripped = before.rstrip()
    if len(stripped) == len(before) or not stripped.lower().endswith(_LOCATIVE_ENDS):
        return None
    return _LOCATIVE.search(before)


def _demonym_like(word: str) -> bool:
    """``_DEMONYM_LIKE.match(word)``, tried only on words with one of its endings."""
    return bool((word.endswith(_DEMONYM_ENDS) or "\n" in word) and _DEMONYM_LIKE.match(word))


def _ends_capitalised(text: str) -> bool:
    """Whether ``text`` ends in a capitalised word and then white space (as a title does)."""
    stripped = text.rstrip()
    if len(stripped) == len(text):
        return False
    i = len(stripped)
    while i > 0 and stripped[i - 1].isalpha():
        i -= 1
    return "A" <= stripped[i : i + 1] <= "Z"


@cache
def _chunks_back(count: int) -> re.Pattern[str]:
    """Matches, in a reversed text, white space and then a chunk of non-space, ``count`` times."""
    return re.compile(rf"(?:\s*\S*){{{count}}}")


def _chunks_at(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """The white-space-separated chunks of ``text[s:e]`` with their offsets in ``text``:
    ``_NON_SPACE.finditer(text, s, e)``, from ``str.split`` (the same white space)."""
    out = []
    pos = s
    for chunk in text[s:e].split():
        # (only white space lies between pos and the chunk, which holds none: the first
        # place it is found from pos is where it starts)
        at = text.find(chunk, pos)
        pos = at + len(chunk)
        out.append((at, pos, chunk))
    return out


def _ends_in_comma(before: str) -> bool:
    """Whether ``before`` ends in a comma and white space, as an apposition before a name does.

    A cheap test before the costly patterns that end in ``,\\s+$`` (``_LEFT_APPOS``,
    ``_ORG_POSS_ROLE``): searched on their own they try every start in ``before``.
    """
    stripped = before.rstrip()
    return len(stripped) < len(before) and stripped.endswith(",")


def _may_contain(text: str, word: str) -> bool:
    """False only if ``text`` cannot contain ``word`` (lower case ASCII) in any letter case.

    A cheap test before a costly case-insensitive pattern that needs the word; text with
    non-ASCII letters always passes (``re.IGNORECASE`` matches 'ſ' for 's', for one).
    """
    return not text.isascii() or word in text.lower()


def _has_neg_words(words: str) -> bool:
    """Whether ``_NEG_WORDS`` (case-insensitive) finds a word of criticism in ``words``.

    For ASCII text, the same (lower-case) pattern matched case-sensitively on the
    lower-cased text: several times faster, as it lets the engine skip alternatives.
    """
    if words.isascii():
        return _NEG_WORDS_LOWER.search(words.lower()) is not None
    return _NEG_WORDS.search(words) is not None


def _left_apposition(before: str) -> re.Match[str] | None:
    """``_LEFT_APPOS.search(before)`` for a ``before`` that ends in a comma, done faster.

    A match holds only letters, digits, white space and ’ ' . - up to that final comma,
    so it starts after the last other character: searching from there finds the same
    match without trying (and backtracking from) every earlier start. A possessive needs
    an apostrophe: without one, the pattern without that alternative does.
    """
    comma = len(before.rstrip()) - 1
    start = 0
    for m in _NOT_IN_APPOS.finditer(before, 0, comma):
        start = m.end()
    if "’" in before[start:] or "'" in before[start:]:
        return _LEFT_APPOS.search(before, start)
    return _LEFT_APPOS_NO_POSS.search(before, start)


def _find_occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of every word-bounded occurrence of ``needle``.

    The same as :func:`diplokg.model.evidence.find_occurrences` (which the converter uses to
    locate evidence), without compiling a pattern per needle.
    """
    if not needle:
        return []
    head = needle[0].isalnum() or needle[0] == "_"  # (a word character: \w)
    tail = needle[-1].isalnum() or needle[-1] == "_"
    size = len(needle)
    n = len(text)
    out = []
    i = text.find(needle)
    while i != -1:
        if not (head and i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")) and not (
            tail and i + size < n and (text[i + size].isalnum() or text[i + size] == "_")
        ):
            out.append(i)
        i = text.find(needle, i + 1)
    return out


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


def _add_alias(ent: _Ent, alias: str) -> None:
    alias = alias.strip()
    if alias and alias != ent.name and alias not in ent.aliases:
        ent.aliases.append(alias)


def _statement_kind(word: str) -> str:
    word = word.lower()
    if word.startswith("communi"):
        return "communique"
    if word in ("declaration", "resolution"):
        return "declaration"
    if word == "report":
        return "report"
    return "statement"


def _clause_end(text: str, pos: int, limit: int, *, stop_and: bool = False) -> int:
    pattern = r"[;.!?”\"]|,\s+(?:which|who|while|but|as|although|including)\b|\s+–\s+|\s+—\s+"
    if stop_and:
        pattern += r"|\s+and\s+(?:any|all|the|a|we|it|they)\b"
    m = _rx(pattern).search(text, pos, limit)
    end = m.start() if m else limit
    while end > pos and text[end - 1] in " ,":
        end -= 1
    return end


def _about_end(text: str, pos: int, limit: int) -> int:
    m = _rx(r"[;.!?]|,\s+(?:which|who|while|but|as|although|aiming|saying)\b|\s+[–—]\s+").search(
        text, pos, limit
    )
    end = m.start() if m else limit
    while end > pos and text[end - 1] in " ,":
        end -= 1
    return end


def _gerund(clause: str) -> str:
    return _rx(r"^(?:have|has|had)\s+").sub("", clause)


def _short_about(words: str) -> str:
    words = words.strip().rstrip(".")
    return words if len(words) <= 160 else words[:157].rsplit(" ", 1)[0] + "…"


def _sentence_case(text: str) -> str:
    text = text.strip().rstrip(".,")
    return text[:1].upper() + text[1:] + "." if text else text


_ROLE_CANON = {
    "foreign minister": "Foreign Minister",
    "minister of foreign affairs": "Foreign Minister",
    "foreign affairs minister": "Foreign Minister",
    "external affairs minister": "Foreign Minister",
    "minister of external affairs": "Foreign Minister",
    "secretary of state": "Secretary of State",
    "treasury secretary": "Treasury Secretary",
    "secretary of the treasury": "Treasury Secretary",
    "prime minister": "Prime Minister",
    "defence minister": "Defence Minister",
    "defense minister": "Defense Minister",
    "minister of defence": "Defence Minister",
    "minister of defense": "Defense Minister",
    "president": "President",
    "vice president": "Vice President",
    "vice-president": "Vice President",
}
_DIPLOMACY_HEADS = ("head of diplomacy", "chief diplomat", "top diplomat")
# States whose chancellor heads the government (elsewhere a "chancellor" in translated
# copy is the foreign minister), and where "Foreign Secretary" names an office of its own.
_CHANCELLOR_STATES = frozenset(("Germany", "Austria"))
_FOREIGN_SECRETARY_STATES = frozenset(("United Kingdom", "India"))


def _normal_role(role: str, org_type: str, *, org_name: str = "") -> str:
    role = _rx(r"\s+").sub(" ", role).strip(" ,")
    role = _rx(r"^(?:the|a|an|its|his|her)\s+", re.I).sub("", role)
    role = _rx(r"(ambassador|representative)\s+to\s+.*$", re.I).sub(r"\1", role)
    low = role.lower()
    if low in ("official", "diplomat", "source"):
        return low
    if low in _DIPLOMACY_HEADS or (low.startswith("head of") and "diplomacy" in low):
        return (
            "Foreign Minister"
            if org_type == "state"
            else ("head of diplomacy" if low.startswith("head") else low)
        )
    if org_type == "state":
        # A state's head of diplomacy by its local name: "External Affairs Minister",
        # "Foreign Secretary" (but in Britain and India that is the office's own name, and
        # Britain's), and in translation from Spanish or Portuguese, "chancellor"
        # (canciller, chanceler) outside the states whose chancellor heads the government.
        if low in ("chancellor", "vice-chancellor", "vice chancellor") and (
            org_name not in _CHANCELLOR_STATES
        ):
            return "Foreign Minister" if low == "chancellor" else "Deputy Foreign Minister"
        if low == "foreign secretary" and org_name not in _FOREIGN_SECRETARY_STATES:
            return "Foreign Minister"
    if low in _ROLE_CANON:
        return _ROLE_CANON[low]
    if low.startswith("minister of foreign affairs and "):
        return "Foreign Minister"  # "… and Trade", "… and Cooperation": the same office
    if any(ch.isupper() for ch in role):
        return role
    small = {"of", "for", "the", "and", "to", "on"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in role.split())


# --------------------------------------------------------------------------
# YAML
# --------------------------------------------------------------------------


class _Yaml:
    """Builds the draft YAML from the extractor's findings."""

    def __init__(self, ex: _Extractor) -> None:
        self.ex = ex
        self.text = ex.text
        self._occ: dict[str, list[int]] = {}

    def occurrences(self, needle: str) -> list[int]:
        occ = self._occ.get(needle)
        if occ is None:
            occ = _find_occurrences(self.text, needle)
            self._occ[needle] = occ
        return occ

    def sel(self, start: int, end: int) -> Any:
        """A selector naming exactly the text at (start, end)."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace()):
            end -= 1
        needle = text[start:end]
        occ = self._occ.get(needle)  # (self.occurrences(needle), without the call)
        if occ is None:
            occ = self._occ[needle] = _find_occurrences(text, needle)
        if start not in occ:
            return None
        if len(occ) == 1:
            return needle
        return {"text": needle, "occurrence": occ.index(start) + 1}

    def evidence(self, *spans: tuple[int, int] | None) -> list[Any] | Any:
        sels = []
        for sp in spans:
            if sp is None:
                continue
            s, e = _trim_span(self.text, *sp)
            if e <= s:
                continue
            sel = self.sel(s, e)
            if sel is None:
                sel = self._widen(s, e)
            if sel is not None and sel not in sels:
                sels.append(sel)
        if not sels:
            return None
        return sels[0] if len(sels) == 1 else sels

    def _widen(self, s: int, e: int) -> Any:
        text = self.text
        while s > 0 and (text[s - 1].isalnum()):
            s -= 1
        while e < len(text) and text[e].isalnum():
            e += 1
        return self.sel(s, e)

    def date(self, span: tuple[int, int] | None) -> Any:
        if span is None:
            return None
        return (
            self.sel(*span)
            if isinstance(self.sel(*span), dict)
            else {"text": self.text[span[0] : span[1]]}
        )

    def build(self) -> tuple[tuple[str, ...], dict[str, Any]]:
        """The draft's header comment lines and its sections, as plain data."""
        ex = self.ex
        used: set[str] = set()

        def use(key: str | None) -> str | None:
            if key is not None:
                used.add(key)
            return key

        positions = []
        for p in ex.positions:
            ev = self.evidence(p.span)
            if ev is None:
                continue
            item: dict[str, Any] = {
                "id": p.id,
                "holder": use(p.holder),
                "role": p.role,
                "organization": use(p.org),
                "status": p.status,
            }
            if p.predecessor:
                item["predecessor"] = p.predecessor
            item["confidence"] = p.conf
            item["rule"] = p.rule
            item["evidence"] = ev
            positions.append(item)
        pos_ids = {p["id"] for p in positions}
        for item in positions:
            if item.get("predecessor") not in pos_ids:
                item.pop("predecessor", None)

        events = []
        for e in sorted(ex.events, key=lambda e: e.span[0]):
            ev = self.evidence(e.span, *e.extra)
            if ev is None:
                continue
            item = {"id": e.id, "kind": e.kind}
            if e.label:
                item["label"] = e.label
            if e.organizer:
                item["organizer"] = use(e.organizer)
            if e.participants and e.kind != "visit":
                item["participants"] = [use(k) for k in e.participants]
            if e.visitor:
                item["visitor"] = use(e.visitor)
            if e.host:
                item["host"] = use(e.host)
            if e.place:
                item["place"] = use(e.place)
            if e.occasion:
                item["occasion"] = e.occasion
            if e.date:
                item["date"] = self.date(e.date)
            item["status"] = e.status
            item["confidence"] = e.conf
            item["rule"] = e.rule
            item["evidence"] = ev
            events.append(item)
        event_ids = {e["id"] for e in events}

        absences = []
        for a in ex.absences:
            if a.event not in event_ids:
                continue
            ev = self.evidence(a.span)
            if ev is None:
                continue
            item = {"id": a.id, "absentee": use(a.absentee), "event": a.event}
            if a.reason:
                item["reason"] = a.reason
                item["reason_factuality"] = a.reason_factuality
            item["confidence"] = a.conf
            item["rule"] = a.rule
            item["evidence"] = ev
            absences.append(item)

        statements = []
        for st in ex.statements:
            ev = self.evidence(st.span)
            if ev is None:
                continue
            item = {"id": st.id, "kind": st.kind, "issuer": [use(k) for k in st.issuers]}
            if len(st.issuers) == 1:
                item["issuer"] = st.issuers[0]
            if st.issued_at and st.issued_at in event_ids:
                item["issued_at"] = st.issued_at
            elif st.kind == "communique":
                item["kind"] = "statement"
            if st.adopters is not None:
                item["adopter_count"] = st.adopters
            if st.summary:
                item["summary"] = st.summary
            if st.date:
                item["date"] = self.date(st.date)
            if st.reported_by:
                item["reported_by"] = [use(k) for k in st.reported_by]
            item["confidence"] = st.conf
            item["rule"] = st.rule
            item["evidence"] = ev
            statements.append(item)
        stmt_ids = {s["id"] for s in statements}

        quotes = []
        for q in ex.quotes:
            sel = self.sel(*q.text)
            if sel is None:
                continue
            item = {"id": q.id, "speaker": use(q.speaker)}
            if q.statement and q.statement in stmt_ids:
                item["statement"] = q.statement
            if q.reported_by:
                item["reported_by"] = [use(k) for k in q.reported_by]
            item["text"] = sel
            if q.date:
                item["date"] = self.date(q.date)
            item["confidence"] = q.conf
            item["rule"] = q.rule
            ev = self.evidence(q.evidence) if q.evidence else None
            if ev is not None:
                item["evidence"] = ev
            quotes.append(item)
        quote_ids = {q["id"] for q in quotes}

        agreements = []
        for ag in ex.agreements:
            ev = self.evidence(ag.span)
            if ev is None:
                continue
            item = {
                "id": ag.id,
                "parties": [use(k) for k in ag.parties],
                "kind": ag.kind,
                "status": ag.status,
            }
            if ag.duration:
                item["duration"] = ag.duration
            if ag.date:
                item["date"] = self.date(ag.date)
            if ag.reported_by:
                item["reported_by"] = [use(k) for k in ag.reported_by]
            item["confidence"] = ag.conf
            item["rule"] = ag.rule
            item["evidence"] = ev
            agreements.append(item)

        accusations = []
        for ac in ex.accusations:
            ev = self.evidence(ac.span)
            if ev is None:
                continue
            item = {"id": ac.id, "kind": ac.kind}
            if ac.accuser:
                item["accuser"] = use(ac.accuser)
            item["accused"] = (
                [use(k) for k in ac.accused] if len(ac.accused) > 1 else use(ac.accused[0])
            )
            item["about"] = ac.about
            item["factuality"] = ac.factuality
            if ac.made_in and (ac.made_in in stmt_ids or ac.made_in in quote_ids):
                item["made_in"] = ac.made_in
            item["confidence"] = ac.conf
            item["rule"] = ac.rule
            item["evidence"] = ev
            accusations.append(item)

        # mentions: every entity named, with every occurrence that is its
        mentions: dict[str, list[Any]] = {}
        by_key: dict[str, dict[str, list[int]]] = {}
        # A state named only to locate a city ("Vilnius, Lithuania") is a place, not an actor.
        located_only = {m.key for m in ex.mens if m.how == "qualifier"} - {
            m.key for m in ex.mens if m.how != "qualifier"
        }
        first: dict[str, int] = {}  # where each key is first mentioned
        text = self.text
        for m in ex.mens:
            if m.end <= m.start or (m.key in located_only and m.key not in used):
                continue
            key, start = m.key, m.start
            surfaces = by_key.get(key)
            if surfaces is None:
                by_key[key] = {text[start : m.end]: [start]}
                first[key] = start
            else:
                surfaces.setdefault(text[start : m.end], []).append(start)
                if start < first[key]:
                    first[key] = start
        for key in sorted(by_key, key=first.__getitem__):
            ent = ex.ents.get(key)
            if ent is None:
                continue
            items: list[Any] = []
            surfaces = by_key[key]
            for surface in sorted(surfaces, key=lambda s: min(surfaces[s])):
                starts = sorted(set(surfaces[surface]))
                occ = self.occurrences(surface)
                idx = [occ.index(s) + 1 for s in starts if s in occ]
                if not idx:
                    continue
                if len(occ) == 1:
                    items.append(surface)
                elif len(idx) == len(occ):
                    items.append({"text": surface, "occurrence": "all"})
                elif len(idx) == 1:
                    items.append({"text": surface, "occurrence": idx[0]})
                else:
                    items.append({"text": surface, "occurrence": idx})
            if items:
                mentions[key] = items
                used.add(key)
        # the publisher is an entity of the graph too
        local: dict[str, Any] = {}
        registry_keys: Mapping[str, object] = (
            ex.registry.entities if ex.registry is not None else {}
        )
        for key in sorted(used, key=lambda k: (k not in mentions, k)):
            ent = ex.ents.get(key)
            if ent is None or key in registry_keys:
                continue
            item = {"name": ent.name, "type": ent.type}
            aliases = [a for a in ent.aliases if a != ent.name]
            if aliases:
                item["aliases"] = aliases
            local[key] = item
        header = (  # (comment lines: write_annotation escapes what a comment cannot hold)
            f"Draft annotation of {ex.article_id} (published {ex.published.isoformat()}), "
            "drafted by `diplokg extract`.",
            "Every fact carries the rule that produced it and a confidence (0-1): review",
            "the least confident first, correct or delete, then save as NAME.ann.yaml.",
        )
        sections = {
            "entities": local,
            "mentions": mentions,
            "positions": positions,
            "events": events,
            "absences": absences,
            "statements": statements,
            "quotes": quotes,
            "agreements": agreements,
            "accusations": accusations,
        }
        return header, sections


def _trim_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    return s, e


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


# How often each rule's facts are right (smoothed: (right + 1) / (facts + 2)), measured
# with `python benchmarks/calibration.py tests/data/dev tests/data/styled REAL-FOLDERS…` on
# the development set, the styled articles and 65 real texts (2026-12-06): a drafted
# fact's confidence. A rule not listed keeps the confidence its code gives it.
_MEASURED_CONFIDENCE: Mapping[str, float] = {
    "accusation:accusation-verb": 0.94,
    "accusation:concern": 0.91,
    "accusation:unnamed-target": 0.8,
    "accusation:demand": 0.75,
    "accusation:dismissed-as": 0.8,
    "accusation:critical-quote": 0.67,
    "accusation:criticism-noun": 0.67,
    "accusation:criticism-verb": 0.93,
    "agreement:agreed-to-do": 0.75,
    "agreement:verb-kind": 0.96,
    "agreement:noun-by": 0.86,
    "agreement:for-signing": 0.67,
    "agreement:they-made": 0.75,
    "agreement:state-pair": 0.67,
    "meeting:anaphoric": 0.67,
    "meeting:hosted-several": 0.8,
    "meeting:meeting-with": 0.67,
    "meeting:met": 0.92,
    "meeting:received-by": 0.75,
    "meeting:reciprocal": 0.92,
    "meeting:signed-by": 0.8,
    "meeting:signing": 0.9,
    "visit:noun": 0.89,
    "visit:verb": 0.95,
    "visit:body": 0.67,
    "quote:document-after": 0.67,
    "quote:document-subject": 0.75,
    "quote:joined": 0.8,
    "quote:name-said-after": 0.97,
    "quote:previous-paragraph": 0.89,
    "quote:previous-speaker": 0.86,
    "quote:pronoun-after": 0.91,
    "quote:said-after": 0.93,
    "quote:same-speaker-continued": 0.89,
    "quote:speaker-before": 0.95,
    "quote:same-clause": 0.67,
    "position:anonymous": 0.57,
    "position:apposition-after": 0.88,
    "position:apposition-before": 0.91,
    "position:counterpart": 0.91,
    "position:its-role": 0.71,
    "position:title-before-name": 0.98,
    "position:title-before-name+implied-org": 0.9,
    "position:title-before-name+publisher-state": 0.85,
    "position:title-before-name+state-from-context": 0.82,
    "position:in-brackets": 0.75,
    "position:office-holder": 0.8,
    "position:secretary-general-office": 0.83,
    "position:title-before-name+body-after": 0.75,
    "position:title-before-name+state-served": 0.83,
    "position:title-line+implied-org": 0.88,
    "position:title-line": 0.67,
    "position:publisher-body": 0.67,
    "position:council-presidency": 0.67,
    "position:spokesperson-relay": 0.67,
    "quote:spokesperson-document": 0.67,
    "statement:from": 0.67,
    "statement:government-said": 0.67,
    "statement:joint": 0.95,
    "statement:joint-between": 0.75,
    "statement:organisation-said": 0.92,
    "statement:verb": 0.88,
}


def _confident_only(ex: _Extractor, min_confidence: float) -> None:
    """Give each fact its rule's measured confidence; drop those below ``min_confidence``."""
    kinds: list[Any] = [
        ex.positions,
        ex.events,
        ex.absences,
        ex.statements,
        ex.quotes,
        ex.agreements,
        ex.accusations,
    ]
    for facts in kinds:
        for f in facts:
            f.conf = _MEASURED_CONFIDENCE.get(f.rule, f.conf)
    if min_confidence <= 0:
        return
    for facts in kinds:
        facts[:] = [f for f in facts if f.conf >= min_confidence]
    kept_events = {e.id for e in ex.events}
    kept_positions = {p.id for p in ex.positions}
    for e in ex.events:
        if e.occasion and e.occasion not in kept_events:
            e.occasion = None
    for p in ex.positions:
        if p.predecessor and p.predecessor not in kept_positions:
            p.predecessor = None


def extract_annotation(
    text: str,
    *,
    article_id: str,
    published: dt.date,
    publisher: str | None = None,
    registry: Registry | None = None,
    path: Path | None = None,
    min_confidence: float = 0.0,
) -> Draft:
    """Draft an annotation of ``text`` (an article published on ``published``).

    Entities the ``registry`` knows get its keys; others become article-local
    entities with slug keys. ``path`` names the article in error messages.
    Facts whose confidence is below ``min_confidence`` are left out.
    Raises :class:`~diplokg.errors.InputError` for an empty or oversized text.
    """
    if not text.strip():
        raise InputError("article is empty: there is nothing to extract", path=path)
    size = len(text.encode("utf-8"))
    if size > MAX_ARTICLE_BYTES:
        raise InputError(
            f"article is too large to be one news article ({size:,} bytes; "
            f"the limit is {MAX_ARTICLE_BYTES:,}): split it into articles",
            path=path,
        )
    ex = _Extractor(
        text, article_id=article_id, published=published, publisher=publisher, registry=registry
    )
    ex.run()
    _confident_only(ex, min_confidence)
    header, sections = _Yaml(ex).build()
    # Written and read back by the annotation format's own writer and rules.
    written = write_annotation(sections, path=draft_path(article_id), header=header)
    return Draft(annotation=written.annotation, yaml=written.yaml)


def extract_file(
    path: Path,
    *,
    published: dt.date | None = None,
    publisher: str | None = None,
    registry: Path | None = None,
    min_confidence: float = 0.0,
) -> Draft:
    """Draft an annotation of the article file ``path``.

    The publication date and publisher come from ``NAME.meta.yaml`` beside the
    article unless given (a date is required one way or the other); the
    registry is ``registry``, else ``entities.yaml`` beside the article, else none.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("article not found", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read article: {exc.strerror}", path=path) from None
    if path.is_dir():
        raise InputError("article is a directory, expected a file", path=path)
    if size > MAX_ARTICLE_BYTES:
        raise InputError(
            f"article is too large to be one news article ({size:,} bytes; the limit is "
            f"{MAX_ARTICLE_BYTES:,}): split it into articles",
            path=path,
        )
    text = read_text(path, what="article")
    sources = article_sources(path, registry=registry)
    if sources.metadata is not None and (published is None or publisher is None):
        meta = load_metadata(sources.metadata)
        published = published or meta.published
        publisher = publisher or meta.publisher
    if published is None:
        raise UsageError(
            f"no publication date for {path}: give --published YYYY-MM-DD or put "
            f"{sources.article_id}.meta.yaml beside it"
        )
    reg = load_registry(sources.registry) if sources.registry is not None else None
    return extract_annotation(
        text,
        article_id=sources.article_id,
        published=published,
        publisher=publisher,
        registry=reg,
        path=path,
        min_confidence=min_confidence,
    )


@dataclass(frozen=True)
class FolderDraft:
    """What :func:`extract_folder` did with one article of the folder."""

    article: Path
    output: Path
    facts: int = 0
    entities: int = 0
    error: str | None = None  # the one-line message when the article could not be drafted


@dataclass(frozen=True, kw_only=True)
class _FolderJob:
    article: Path
    published: dt.date | None
    publisher: str | None
    registry: Path | None
    min_confidence: float


def _draft_job(job: _FolderJob) -> tuple[str | None, int, int, str | None]:
    """Draft one article of a folder (in a worker process): YAML, counts or the error."""
    try:
        draft = extract_file(
            job.article,
            published=job.published,
            publisher=job.publisher,
            registry=job.registry,
            min_confidence=job.min_confidence,
        )
    except DiplokgError as exc:
        return None, 0, 0, str(exc)
    ann = draft.annotation
    return draft.yaml, len(ann.facts()), len(ann.mentions), None


def extract_folder(
    folder: Path,
    *,
    output_dir: Path | None = None,
    published: dt.date | None = None,
    publisher: str | None = None,
    registry: Path | None = None,
    min_confidence: float = 0.0,
    jobs: int | None = None,
    write: Callable[[Path, bytes], None] | None = None,
) -> list[FolderDraft]:
    """Draft every ``NAME.txt`` of ``folder`` into ``NAME.draft.ann.yaml``, on every core.

    Drafts go to ``output_dir`` (default: beside each article), written by ``write``
    (default: a plain write) in the order of the article names whatever order the
    ``jobs`` worker processes (default: one per core) finish in, so the output does
    not depend on them. An article that cannot be drafted is reported in its
    :class:`FolderDraft` and the others are still drafted.
    """
    if not folder.is_dir():
        raise InputError("not a folder", path=folder)
    articles = sorted(folder.glob("*.txt"))
    if not articles:
        raise InputError("no NAME.txt article in this folder", path=folder)
    out_dir = output_dir or folder
    out_dir.mkdir(parents=True, exist_ok=True)
    todo = [
        _FolderJob(
            article=a,
            published=published,
            publisher=publisher,
            registry=registry,
            min_confidence=min_confidence,
        )
        for a in articles
    ]
    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    if workers == 1:
        results = [_draft_job(j) for j in todo]
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_draft_job, todo, chunksize=max(1, len(todo) // (4 * workers))))
    done = []
    for article, (content, facts, entities, error) in zip(articles, results, strict=True):
        target = out_dir / draft_path(article.name.removesuffix(".txt")).name
        if content is not None:
            if write is not None:
                write(target, content.encode("utf-8"))
            else:
                target.write_text(content, encoding="utf-8")
        done.append(FolderDraft(article, target, facts, entities, error))
    return done
