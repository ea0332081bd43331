"""Entities and mentions: known names, unknown states, media, acronyms, organisations,
capitalised names, anonymous sources and references ("the minister", "the latter")."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from functools import lru_cache
from string import ascii_letters

from rapidfuzz.distance import Levenshtein

from diplokg.extract.clauses import Clauses
from diplokg.extract.lexicon import _Cand
from diplokg.extract.patterns import (
    _COMMON_CAPS,
    _LOWER_ROLE,
    _MEDIA,
    _MONTHS,
    _NAME_LINE_THEN_TITLE,
    _NOT_JOINED,
    _PORTFOLIO_WORD,
    _PORTFOLIO_WORDS,
    _ROLE_HEADS,
    _ROLE_MODS,
    _ROLE_TITLE,
    _ROLE_TITLE_RE,
    _SAY_AFTER,
    _SPEECH,
    _TITLE_AND_BEFORE,
    _WEEKDAYS,
    _demonym_like,
    _may_end_with,
    _words,
)
from diplokg.extract.state import _add_alias, _Men
from diplokg.extract.text import (
    _CASE_ODD_CHARS,
    Scan,
    _fold,
    _rx,
    first_words,
    group_words,
    head_scan,
    last_words,
    tokens,
)
from diplokg.extract.words import alternation, word_list
from diplokg.gazetteer import ORG_HEADS, PLACE_HEADS
from diplokg.rdf.terms import slugify


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

_LOCATIVE = re.compile(
    r"(?:\b(?:in|to|from|at|into|near|outside|toward|towards|via|across|inside|around|"
    r"through|visit(?:ed|ing|s)?|arriv(?:ed|ing|es)\s+in|back\s+to)\s+)$",
    re.I,
)
# What _LOCATIVE's words end in, lower-cased ("arrived in": "in"; "back to": "to").
_LOCATIVE_ENDS = last_words(_LOCATIVE)
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
# Who speaks without a name ("a senior official"), in the singular (then "s" or not).
_ANON_HEAD = (
    r"official|diplomat|source|negotiator|spokesperson|spokesman|spokeswoman|aide|adviser|advisor"
)
_ANON = re.compile(
    r"\b(?:(?P<det>a|an|the|one|another|two|three|several|some|A|An|The|One|Another|Two|"
    r"Three|Several|Some)\s+)?"
    r"(?P<mods>(?:(?:senior|high-ranking|top|western|Western|European|Asian|Arab|government|"
    r"diplomatic|unnamed|informed|political|opposition|palace|party|police|army|regional|"
    r"administration|ministry|military|security|defen[cs]e|intelligence|foreign\s+ministry|"
    r"[A-Z][\w.]*)\s+){0,3})"
    rf"(?P<head>{_ANON_HEAD})s?\b"
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
# A state's body after its demonym ("the Chinese delegation", "the Peruvian foreign ministry").
_DELEGATION_BODY = (
    r"delegation|mission|embassy|"
    r"consulate|representation|presidency|(?:presidential|national)[ ]+(?:press[ ]+service|"
    r"administration|office|security[ ]+council)|(?:foreign|interior|defen[cs]e|justice|"
    r"finance|trade)[ ]+ministry|foreign[ ]+office|coast[ ]+guard|police|government|"
    r"authorities|army|navy|military|parliament"
)
_DELEGATION = re.compile(
    r"\b(?:the[ ]+|The[ ]+)?(?P<name>(?P<dem>[A-Z][a-z]+)[ ]+(?:"
    + _DELEGATION_BODY
    + r")(?:[ ]+(?:to|in|at)[ ]+(?:the[ ]+)?"
    r"[A-Z][\w’'-]*(?:[ ]+[A-Z][\w’'-]*)*)?)"
)
# A body a state's name owns ("Dravena’s foreign ministry", "New Varia’s presidency").
_STATE_BODY = (
    r"(?:foreign|interior|defen[cs]e|justice|"
    r"finance|trade)[ ]+ministry|presidency|foreign[ ]+office"
)
_STATE_POSS_BODY = re.compile(
    r"\b[A-Z][\w-]+(?:[ ][A-Z][\w-]+)?[’']s[ ]+(?P<body>" + _STATE_BODY + r")\b"
)
_BODY_OF_STATE_MODS = r"presidential|national|foreign|interior"  # "the national security council"
_BODY_OF_STATE = re.compile(
    rf"\bthe[ ]+(?P<name>(?:{_BODY_OF_STATE_MODS})[ ]+(?:press[ ]+service|"
    r"administration|office|ministry|security[ ]+council)(?:[ ]+of[ ]+(?P<st>[A-Z][\w-]+))?)"
)
_ANON_HEADS = first_words(re.compile(rf"(?:{_ANON_HEAD})s?\b"))
_LOWER_ROLE_HEADS = first_words(re.compile(_LOWER_ROLE))
_DELEGATION_HEADS = first_words(re.compile(_DELEGATION_BODY))
_BODY_OF_STATE_HEADS = first_words(re.compile(_BODY_OF_STATE_MODS))
_DEMONYM_BODIES = word_list("demonym-bodies")  # "the Chinese officials", "Iranian authorities"
_DEMONYM_BODY_HEADS = frozenset(_DEMONYM_BODIES)
# "the Sudanese army", "the Syrian air force": a state's armed service as an actor (a body
# of that state), never a modifier ("Israeli military operations", "army officers")
_DEMONYM_FORCE = re.compile(
    r"(?<![\w’'-])(?:[Tt]he\s+)(?P<name>(?P<dem>[A-Z][a-z]+)\s+(?:army|navy|military|air\s+force|"
    r"coast\s+guard))\b(?!-|\s+(?:operations?|vessels?|ships?|officials?|officers?|personnel|"
    r"sources?|spokes\w+|chiefs?|commanders?|units?|forces|aircraft|jets?|drones?|exercises?|"
    r"bases?|courts?|leaders(?:hip)?|intelligence|delegation|veterans?|ranks|academy|"
    r"headquarters|positions?|posts?|patrols?|boats?|planes?|helicopters?|said\s+(?:it|in\s+a))\b)"
)
_ORG_REFERENCES = word_list("organisation-references")  # "party", "organisation"
_ORG_REFERENCE = re.compile(  # "the party", "the organisation" (not "the party of …")
    rf"\b(?:the|The)\s+(?P<w>{alternation(_ORG_REFERENCES)})\b(?!\s+(?:of\s+)?[A-Z])"
)
_ORG_REFERENCE_HEADS = frozenset(_ORG_REFERENCES)
_PLACE_PREPOSITIONS = tuple(_words("in at near from outside inside into"))
# The small words inside a name ("Bank of England", "Ursula von der Leyen"): none may
# start or end one (_LEAD_CONNECTORS, _TRAIL_CONNECTORS; _CONNECTOR_ENDS: what the latter
# ends in).
_NAME_CONNECTORS = word_list("name-connectors")
_LEAD_CONNECTORS = re.compile(rf"[\s’'s]*(?:(?:{alternation(_NAME_CONNECTORS)}|’s|'s)\s+)*")
_TRAIL_CONNECTORS = re.compile(rf"(?:\s+(?:{alternation(_NAME_CONNECTORS)}))*[\s’']*$")
_CONNECTOR_ENDS = _NAME_CONNECTORS
_LATTER_FORMER = re.compile(r"\b(?:the|The)\s+(?P<w>latter|former)\b")
_THE_SAME = re.compile(r"\b(?:the|The)\s+same\s+(?P<head>\w+)")


@lru_cache(maxsize=4096)
def _is_role_head(word: str) -> bool:
    return _ROLE_HEADS_RE.fullmatch(word) is not None


@lru_cache(maxsize=4096)
def _is_name_token(word: str) -> bool:
    return _NAME_TOKEN.match(word) is not None


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
_MEDIA_NAME_NOUN = re.compile(
    r"(?P<m>[A-Z][\w’'.&-]*(?:[ \t]+[A-Z][\w’'.&-]*){0,2})[ \t]+(?:news[ \t]+agency|"
    r"television|TV|broadcaster|newspaper|radio|channel|website)\b"
)
_MEDIA_NAME_NOUN_SCAN = Scan(  # the name's last words: "news agency" ends in "agency"
    _MEDIA_NAME_NOUN,
    frozenset(word.lower() for word in last_words(_MEDIA_NAME_NOUN)),
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
_STATE_CONTEXT_HEADS = frozenset({"s"})  # see Scan
_STATE_CONTEXT_BEFORE = re.compile(
    r"\b(?:neighbou?ring|the\s+government\s+of|President\s+of|[Mm]inister\s+of|"
    r"[Ee]mbassy\s+of|[Pp]eople\s+of|[Ee]mbassy\s+in|ambassador\s+to)\s+([A-Z][\w-]+)\b"
)


# (by hand: first_words(_STATE_CONTEXT_BEFORE) but "government" for "the", in most sentences)
_STATE_BEFORE_HEADS = frozenset(  # _STATE_CONTEXT_BEFORE ("the government of")
    _words("neighbouring neighboring government president minister embassy people ambassador")
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


_DEMONYM_BODY = re.compile(
    r"\b(?P<dem>[A-Z][a-z]+)\s+"
    rf"(?:{alternation(_DEMONYM_BODIES)})\b"
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


# Where the whole-text patterns are tried (see Scan and Extractor.scan).
_ANON_SCAN = Scan(_ANON, _ANON_HEADS, chunks=7)  # det + three modifiers of up to two words
_ROLE_REFERENCE_SCAN = Scan(_ROLE_REFERENCE, _LOWER_ROLE_HEADS, chunks=2)  # "the Chinese …"
_DELEGATION_SCAN = Scan(_DELEGATION, _DELEGATION_HEADS, chunks=2)  # "the Chinese …"
# "the presidential press service of X", "the press office of the Y": a body that relays
_PRESS_SERVICE = re.compile(
    r"\b(?:the|The)\s+(?P<name>(?:(?:presidential|government|official|ministry)\s+)?press\s+"
    r"(?:service|office)\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*)"
)
# (by hand: "press", inside the match, is rarer than its first word "the")
_PRESS_SERVICE_SCAN = Scan(_PRESS_SERVICE, frozenset(_words("press")), chunks=2)
_BODY_OF_STATE_SCAN = Scan(_BODY_OF_STATE, _BODY_OF_STATE_HEADS, chunks=1)  # "the …"
_DEMONYM_BODY_SCAN = Scan(_DEMONYM_BODY, _DEMONYM_BODY_HEADS, chunks=1)  # "Chinese …"
_ORG_REFERENCE_SCAN = Scan(_ORG_REFERENCE, _ORG_REFERENCE_HEADS, chunks=1)  # "the …"
_STATE_CONTEXT_SCAN = Scan(_STATE_CONTEXT_RE, _STATE_CONTEXT_HEADS, chunks=1)  # "X’s new …"
_STATE_BEFORE_SCAN = Scan(_STATE_CONTEXT_BEFORE, _STATE_BEFORE_HEADS, chunks=1)  # "the …"
_MEDIA_BEFORE_SCAN = head_scan(_MEDIA_BEFORE)
_STATE_POSS_BODY_SCAN = Scan(  # "Dravena’s foreign ministry", "New Varia’s presidency"
    _STATE_POSS_BODY,
    first_words(re.compile(_STATE_BODY)),
    chunks=2,
)
_STATE_FORM_SCAN = Scan(  # every match starts with one of these words (the main one or not)
    _STATE_FORM,
    first_words(_STATE_FORM),
)
_MEDIA_AFTER_SCAN = Scan(  # three words of a name, "the", two modifiers and "news"
    _MEDIA_AFTER, frozenset(last_words(_MEDIA_AFTER)), chunks=7, capitals=True
)
_GROUP_SCAN = Scan(  # "alleged", two modifiers ("\w+-backed" may start with "_")
    _GROUP, group_words(_GROUP, "head"), chunks=3, underscore=True
)
_LATTER_FORMER_SCAN = Scan(_LATTER_FORMER, group_words(_LATTER_FORMER, "w"), chunks=1)
_THE_ANON = re.compile(
    r"\b(?:the|The)\s+(?P<head>source|official|diplomat|negotiator|aide|adviser)\b"
    r"(?=\s*[,.;:]|\s+(?:said|says|told|added|described|declined|spoke|who|had|has|was|is|"
    r"would|will|called|warned|insisted|did|also|later|then)\b)"
)
_THE_ANON_SCAN = Scan(_THE_ANON, group_words(_THE_ANON, "head"), chunks=1)
# (by hand: "same", as _PRESS_SERVICE_SCAN's "press")
_THE_SAME_SCAN = Scan(_THE_SAME, frozenset({"same"}), chunks=1)
_COUNTERPARTS = re.compile(r"\b(?:his|her|their)\s+(?P<dem>[A-Z][a-z]+\s+)?counterparts?\b")
_COUNTERPARTS_SCAN = Scan(_COUNTERPARTS, frozenset(last_words(_COUNTERPARTS)), chunks=2)
# The titles "the leader" refers back to ("… said the Chilean leader").
_LEADER_TITLES = frozenset(
    ("president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan")
)
# A name's title after a comma to the end of its line (a signature: "X, Spokesman for Y").
_SIGNED_TITLE = re.compile(rf",[ \t]+(?:{_ROLE_TITLE})(?:[ \t]+[^\n,]*)?[ \t]*(?:\n|$)")
# "Council President X", "Security Council President X": the body's rotating presidency
_SUB_BODY_AFTER = re.compile(  # after an organisation's name: one of its bodies
    r"[ \t]+(?:(?:Central|Standing|Executive|Political|Permanent|General)[ \t]+)?"
    r"(?:Committee|Politburo|Secretariat|Bureau)\b"
)


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
_COMPANY_BEFORE_SCAN = Scan(_COMPANY_BEFORE, frozenset(_COMPANY_WORDS))
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


def _locative(before: str) -> re.Match[str] | None:
    """``_LOCATIVE.search(before)``: it ends in one of _LOCATIVE_ENDS and white space."""
    if any(ch in before for ch in _CASE_ODD_CHARS):
        return _LOCATIVE.search(before)
    stripped = before.rstrip()
    if len(stripped) == len(before) or not stripped.lower().endswith(_LOCATIVE_ENDS):
        return None
    return _LOCATIVE.search(before)


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


class EntityRules(Clauses):
    """Rules that find entities and their mentions."""

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
        key = tuple(t for _, _, t in tokens(m.group(1)))
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
            bucket = self.lex.forms.get(tuple(t for _, _, t in tokens(name)))
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
            if len(letters) < 2 and tuple(_fold(t) for _, _, t in tokens(short)) in self.lex.forms:
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
            bucket = self.lex.forms.get(tuple(t for _, _, t in tokens(rest)), [])
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
