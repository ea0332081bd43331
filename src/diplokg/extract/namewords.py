"""Name shapes: the patterns of a run of capitalised words and the word lists the name
rules sort such runs by (connectors, words that are no names, title nouns, bylines, the
names of documents).

They are the name rules' vocabulary (:mod:`diplokg.extract.names`), kept apart from the
rules so that names.py reads as what it decides (person, organisation or place); the
company rules (:mod:`diplokg.extract.companies`) ask them too ("could this word start a
title?"), so they lie below both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from string import ascii_letters

from rapidfuzz.distance import OSA

from diplokg.extract.patterns import (
    _COMMON_CAPS,
    _HONORIFIC_WORDS,
    _MODIFIED,
    _NOT_JOINED,
    _PORTFOLIO_WORD,
    _ROLE_HEADS,
    _ROLE_MODS,
    MILITARY_RANK,
    _is_role_head,
    _words,
)
from diplokg.extract.regexes import RX
from diplokg.extract.text import _fold, _matches_at, _rx, tokens
from diplokg.extract.words import word_list
from diplokg.gazetteer import ORG_HEADS


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


_CONNECTORS = frozenset(
    _words(
        """
        of the for de da do dos das del della der den van von al el bin ibn le la du
        """
    )
)
_CAP_WORD = (  # an initial ("Antony J. Blinken") only before a capitalised word
    r"(?:[A-Z](?:\.[A-Z])+\.|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Prof|Mme)\.|"
    r"(?:Adm|Capt|Cmdr|Maj|Brig|Sgt)\.|"
    r"[A-Z]\.(?=[ \t]+(?:(?:de|del|da|di|van|von|der|den|le|la)[ \t]+){0,2}[A-Z][a-z])|"
    # (between two names in capitals: "H.E. ENRIQUE A. MANALO")
    r"[A-Z]\.(?<=[A-Z]{2}[ \t][A-Z]\.)(?=[ \t]+[A-Z]{2,}\b)|"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*(?<!-))"  # "Özdil", "Ștefan" too; "Albert F. del Rosario"
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
    r"(?<=A)dm\.|(?<=C)(?:apt|mdr)\.|(?<=M)aj\.|(?<=B)rig\.|(?<=S)gt\.|"
    r"\.(?=[ \t]+(?:(?:de|del|da|di|van|von|der|den|le|la)[ \t]+){0,2}[A-Z][a-z])|[\w’'-]*(?<!-))"
    r"(?:(?:[ \t]+(?:(?:of|the|for|de|da|do|dos|das|del|della|der|den|van|von|al|el|bin|ibn|le|"
    rf"la|du)[ \t]+)*)(?:{_CAP_WORD}|{_CAP_PARTICLE}))*"
)
# Adverbs that open a sentence, capitalised only there and never a name's first word
# ("Afterwards Bush called the meeting …", "Subsequently Ana Lima flew …"), whether or not
# the text writes them in lower case elsewhere.
_OPENING_ADVERBS = frozenset(
    _words(
        """
        Afterwards Afterward Subsequently Separately Additionally Likewise Similarly
        Thereafter Previously Initially Ultimately Elsewhere Consequently Accordingly
        Nonetheless Notably Importantly Currently Shortly Immediately Eventually Meantime
        Lastly Secondly Thirdly Firstly Besides Regardless Hitherto Overall
        """
    )
)
# The words of a state's service named by what it is alone ("the Armed Forces", "its Coast
# Guard", "the Local Government Minister"): bodies of some state the name does not tell,
# no organisation of their own.
_GENERIC_BODY_WORDS = frozenset(
    _words(
        """
        Armed Forces Force Air Coast Guard Local Government Police Navy Army Marine Marines
        Corps Border Self-Defense Self-Defence Ground Maritime Naval Military Services
        """
    )
)
# Small words a title-case heading capitalises that never belong to a name.
_HEADLINE_BREAKS = frozenset(
    _words("After Before With During Following Ahead Amid Their Over About Prior")
)


def _briefs_joined(text: str, ps: int, pe: int, s: int, e: int) -> bool:
    """The run at ``ps:pe`` and the one at ``s:e`` are one body's name joined by "and"
    (:data:`RX.AFFAIRS_AFTER_AND`): the first is a body's "X of Y" or one word, the second its
    brief's last field ending in "Affairs", the body's head word after it if any."""
    if text[pe:s] != " and ":
        return False
    am = RX.AFFAIRS_AFTER_AND.match(text, s, e)
    if am is None:
        return False
    first = text[ps:pe].split()
    if am.group("head") is not None:
        return am.group("head") in ORG_HEADS and len(first) == 1
    return len(first) >= 3 and first[0] in ORG_HEADS and first[1] == "of"


def _cap_runs(text: str) -> Iterator[tuple[int, int]]:
    """The spans of _CAP_RUN in ``text``, two joined where RX.RUN_JOIN makes them one name,
    one cut where it names a body of another body (:func:`_bodies_of_bodies`)."""
    for s, e in _joined_cap_runs(text):
        if " of " in text[s:e]:  # (most runs hold no "of": no generator made for them)
            yield from _bodies_of_bodies(text, s, e)
        else:
            yield s, e


def _bodies_of_bodies(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """The run ``s:e`` cut before each "of (the) (State’s) Body …" that follows a body's
    head word or its brief's "Affairs" two words or more into the run: the body, the
    state, the other body."""
    if " of " not in text[s:e]:
        yield s, e
        return
    at = s
    for m in RX.BODY_OF_BODY.finditer(text, s, e):
        left = text[at : m.start()].split()
        head = m.group("head")
        if (
            len(left) < 2
            or (left[-1] not in ORG_HEADS and left[-1] != "Affairs")
            or head not in ORG_HEADS
            or (m.group("poss") is None and head not in ("Ministry", "Department"))
        ):
            continue
        yield at, m.start()
        if m.group("poss") is not None:
            yield m.span("poss")
        at = m.start("head")
    yield at, e


def _joined_cap_runs(text: str) -> Iterator[tuple[int, int]]:
    """The spans of _CAP_RUN in ``text``, two joined where RX.RUN_JOIN makes them one name."""
    prev: tuple[int, int] | None = None
    for m in _CAP_RUN.finditer(text):
        s, e = m.span()
        if prev is not None:
            ps, pe = prev
            j = RX.RUN_JOIN.fullmatch(text, pe, s)
            if j is not None and (
                text[pe] == "/"
                if j.group() == "/"
                else (head := text[ps:pe].rsplit(None, 1)[-1]) in ORG_HEADS
                and (" in" not in j.group() or (head == "Mission" and len(text[ps:pe].split()) > 2))
                and text[s:e].split(None, 1)[0] not in _NOT_JOINED
            ):
                prev = (ps, e)
                continue
            if _briefs_joined(text, ps, pe, s, e):
                prev = (ps, e)
                continue
            yield prev
        prev = (s, e)
    if prev is not None:
        yield prev


# The small words inside a name ("Bank of England", "Ursula von der Leyen"): none may
# start or end one (_LEAD_CONNECTORS, _TRAIL_CONNECTORS; _CONNECTOR_ENDS: what the latter
# ends in).
_NAME_CONNECTORS = word_list("name-connectors")
# What a body holds or meets in, after its name: "the Arctic Council Ministerial".
_HELD_BY_BODY = frozenset(
    _words("Ministerial Chairmanship Presidency Summit Meeting Session Secretariat Members")
)
# Verbs a title-case headline puts after a title ("Defence Minister Departs for X").
_HEADLINE_VERBS = frozenset(
    _words(
        """
        Meets Departs Visits Welcomes Hosts Arrives Travels Signs Holds Calls Says Announces
        Attends Joins Leads Launches Speaks Urges Condemns Discusses Opens Talks Heads Returns
        Receives Concludes Addresses Reaffirms Highlights Marks Agrees Warns Praises Thanks
        Congratulates Wraps Ends Begins Starts Tours Pledges Backs Rejects Announced Met
        Goes Flies Reiterates Pushes Hails Slams Vows Seeks Stresses Accuses Denies Sends
        Renews Unveils Underscores Emphasizes Emphasises Voices Expresses Lauds Reassures
        """
    )
)
# After a name, no part of it: a member's letters and honours ("Ken Wyatt AM, MP")
_POST_NOMINALS = frozenset(
    _words("MP MEP MPs QC KC TD MSP MLA AM AO AC OBE CBE MBE KBE DBE CMG KCMG GCMG")
)
# A title and "of" before a body's name, in one capitalised run with it.
_TITLE_OF_BODY = re.compile(
    rf"{_MODIFIED}(?:{_ROLE_HEADS}|Head)[ \t]+of[ \t]+(?:the[ \t]+)?(?=[A-Z])"
)
# Words that do not tell one state body from another ("Ministry of Foreign Affairs" is the
# "Foreign Ministry", "Foreign Affairs Ministry").
_BODY_FILLERS = frozenset(_words("of the and affairs"))
_MEMBERS_OF = frozenset(  # "Members of the Senate", "Leaders of the Party": people of a body
    # (or what a state holds of it: "its Chairmanship of the Arctic Council"; "the Joint
    # Chiefs of Staff": the chiefs, whose chairman is a state's officer, no body of its own)
    _words(
        "The Members Member States Leaders Heads Officials Representatives Delegates Envoys "
        "Chairmanship Presidency Joint Chiefs"
    )
)
_NOT_ACRONYMS = frozenset(
    _words(
        """
        GDP CEO COVID AIDS HIV UTC GMT USD EUR NGO LNG MPS EST CET BST PDF URL FAQ DNA RNA SMS
        VIP WMD ICBM UAV III VII VIII XII XIV XV XX XXI CIF FOB OPEC ISBN TBC TBA AFP RSS SUV
        MOU MOA JST KST CST EDT PST PDT CEST EET EEST MSK IST AEST AEDT NZST NZDT WIB ODA FTA
        EEZ JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC ICT
        TPP CPTPP RCEP NAFTA USMCA TTIP CETA JCPOA NPT CTBT
        """
        # (a dateline's month in capitals: "MOSCOW, 12 APR - RIA Novosti"; a pact's
        # initials, "rejoining the TPP", "CPTPP signing": an agreement, no body)
    )
)
_NUMBER_WORDS = frozenset(
    ("Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twelve")
)
# Heads that name a body by what it gathers, after a title too ("the League of X States")
# What a body's name goes on with when the body owns it ("Royal Navy Inshore Patrol
# Vessel", "Air Force Transport Aircraft"): the body is the name, the thing no one.
_BODY_EQUIPMENT = frozenset(
    _words(
        "Vessel Vessels Ship Ships Frigate Frigates Patrol Inshore Offshore Aircraft Helicopter "
        "Helicopters Jet Jets Plane Planes Boat Boats Submarine Submarines Transport"
    )
)
_BODY_OF_HEADS = frozenset(
    ("Organization", "Organisation", "League", "Union", "Association", "Community", "Conference")
)
# Heads of a party's or a movement's name that a cause follows ("National League for
# Democracy", "Movement for Democratic Change", "Union for the Mediterranean"): the run
# joined by "for" is one body; the first four name parties and movements.
_CAUSE_HEADS = frozenset(
    _words("League Movement Front Party Council Committee Union Alliance Congress")
)
_PARTY_CAUSE_HEADS = frozenset(_words("League Movement Front Party"))
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
# Last words of a long title before a name ("… for Compact Negotiations", "… Relations").
_TITLE_ENDS = frozenset(
    _words(
        """
        Negotiations Relations Policy Issues Operations Enlargement Neighbourhood Territories
        Resources Questions Coordination Partnerships Diplomacy Peacekeeping Disarmament
        """
    )
)
# A military rank before a name, its service and grade words with it ("Navy Rear Adm.",
# "Army Gen.", "Marine Corps Lt. Gen.", "Air Force Maj."): a title, never part of the name.
_MILITARY_RANK_BEFORE = re.compile(rf"{MILITARY_RANK}(?=[A-Z])")
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
        Delegate Coordinator Olympics Paralympics Games Heads Leaders Debate Dialogue Corps
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
        Typhoon Storm Earthquake Team Panel Unit Division Directorate Secretariat Branch
        Committees Radio Television Remarks Readout
        Ministerial Chairmanship Vessel Vessels Ship Ships Frigate Patrol Aircraft Conflict
        Crisis War Campaign Process Asia Africa Europe Pacific Atlantic Arctic Meetings Visit
        Visits Trip Tour Museum Gallery Library Stadium Cathedral Theatre Theater Ambassadors
        Envoys Ministers Diplomats Delegates Officials Official Extraordinary Plenipotentiary
        Castle Fortress Triangle Quartet Schloss Chateau Château Palais Palazzo
        Lecture Lectures Speech Address Memorial Festival Expo Exhibition Ceremony Reception
        Banquet Dinner Concert Marathon Championship Championships
        Accords Entente Treaties Agreements Base Airbase Supreme Allied Commander Free Qundao
        Field Airfield Academy Creek Fleet Headquarters Harbor Harbour Shipyard Barracks
        Exercise Exercises Drill Drills Manoeuvres Maneuvers
        """
    )
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
_BYLINE = re.compile(  # "By Jane Roe", "(Reporting by X; Editing by Y and Z)"
    # ("By international news editor X": the journalist's lower-case title before)
    r"(?m:^[ \t]*By[ \t]+(?:(?:[a-z][\w-]*[ \t]+){0,3}(?:editor|correspondent|reporter|"
    r"writer|columnist|chief)[ \t]+)?(?P<names>[A-Z][^\n]{0,80}?)[ \t]*$)|"
    r"\b(?:(?:[Aa]dditional\s+)?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten|"
    r"[Ee]dited|[Tt]ranslated|[Pp]hotos?|[Gg]raphics?)(?:\s+and\s+\w+)?\s+by\s+"
    r"(?P<names2>[A-Z][^;()\n]{0,120})|"
    r"(?m:^(?P<names5>[A-Z][^\n]{0,120}?)[ \t]+contributed[ \t]+(?:reporting|to[ \t]+this)\b)|"
    # a reporter's sign-off: "For VOA, Jane Roe reports from X", "Jane Roe reports for VOA"
    r"(?:\bFor[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2},[ \t]+(?P<names7>[A-Z][\w’'-]+"
    r"(?:[ \t]+[A-Z][\w’'.-]+){1,2})[ \t]+reports\b|"
    r"(?P<names8>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'.-]+){1,2})[ \t]+reports[ \t]+for[ \t]+[A-Z])|"
    # a reporter's line alone: "Jane Roe reports.", "Jane Roe, United Nations."
    r"(?m:^[ \t]*"
    rf"(?!(?:{_ROLE_MODS}|{_ROLE_HEADS})\b)"
    r"(?P<names9>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'.-]+){1,2})(?:[ \t]+reports|,[ \t]+"
    r"(?:United[ \t]+Nations|UN[ \t]+News|VOA(?:[ \t]+News)?|Voice[ \t]+of[ \t]+America)"
    r"(?:,[ \t]+[A-Z][\w-]*)?)\.?[ \t]*$)|"
    # a broadcast's reporter line: "I'm Jane Roe reporting.", "I'm Jane Roe, VOA News."
    r"(?m:(?:^[ \t]*|(?<=[.!?][ \t]))I[’']m[ \t]+"
    r"(?P<names6>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'.-]+){1,2})"
    r"(?=[ \t]+(?:reporting|in[ \t]+[A-Z])\b|,[ \t]+[A-Z][^\n]{0,30}\b(?:News|Radio)\b))|"
    r"(?m:^(?P<names3>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'.-]+){1,2}),[ \t]+(?:[A-Z][\w ]{0,30}"
    r"(?:News|Radio|Television|TV)|(?:Radio|Television|TV)[ \t]+[A-Z]\w*)\b[^\n]{0,40}$)|"
    # (not the verb "will host X", nor a title after it: "will host Minister X")
    # ("VOA's correspondent at the talks, Jane Roe, reports": where, then the name)
    r"\b(?:[Rr]eporter|[Cc]orrespondent|(?<!will\s)(?<!to\s)(?<!would\s)(?<!also\s)(?<!and\s)"
    r"[Hh]ost|[Aa]nchor|[Pp]resenter|[Ii]nterviewer)"
    r"(?:[ \t]+(?:at|in)[ \t]+[^,\n]{1,40}?,)?[ \t]+"
    rf"(?!(?:{_ROLE_MODS}|{_ROLE_HEADS})\b)"
    r"(?P<names4>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2})"
)


def _titled_name(words: list[str]) -> bool:
    """``words`` end in a title and one to three capitalised name words ("… Secretary Marco
    Rubio")."""
    heads = [k for k, w in enumerate(words) if _is_role_head(w)]
    return (
        bool(heads)
        and 1 <= len(words) - heads[-1] - 1 <= 3
        and all(_rx(r"[A-Z][\w-]*").fullmatch(w) for w in words[heads[-1] + 1 :])
    )


def _chunks_at(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    r"""The white-space-separated chunks of ``text[s:e]`` with their offsets in ``text``:
    what ``re.finditer(r"\S+", text[s:e])`` gives, from ``str.split`` (the same white space)."""
    out = []
    pos = s
    for chunk in text[s:e].split():
        # (only white space lies between pos and the chunk, which holds none: the first
        # place it is found from pos is where it starts)
        at = text.find(chunk, pos)
        pos = at + len(chunk)
        out.append((at, pos, chunk))
    return out


def _byline_spans(text: str) -> list[tuple[int, int]]:
    """Where the names of a story's bylines are: reporters and editors of the story are no
    actors in it ("By X", "Editing by Y")."""
    return [span for _, span in _bylines(text)]


def _byline_starts(text: str) -> Iterator[int]:
    """Where a match of ``_BYLINE`` in ``text`` can start, in text order: at fewer capitals
    where the text has no "reports" (see ``BYLINE_STARTS_NO_REPORTS``)."""
    starts = RX.BYLINE_STARTS if "reports" in text else RX.BYLINE_STARTS_NO_REPORTS
    return (at.start() for at in starts.finditer(text))


@lru_cache(maxsize=1)
def _bylines(text: str) -> tuple[tuple[str, tuple[int, int]], ...]:
    """The names of a story's bylines (see ``_byline_spans``), each with the kind of line
    that names them: the group of ``_BYLINE`` ("names": a line "By …").

    Kept for the last text only: the names rules and the outlets rule both read them, and
    each read tries ``_BYLINE`` at every capital (about 0.7 ms an article).
    """
    return (
        tuple(
            next(
                (g, m.span(g))
                for g in (
                    "names",
                    "names2",
                    "names3",
                    "names4",
                    "names5",
                    "names6",
                    "names7",
                    "names8",
                    "names9",
                )
                if m.group(g)
            )
            for m in _matches_at(_BYLINE, text, _byline_starts(text))
            # ("will host X": the verb)
            if not (m.group("names4") and RX.TO_HOST.search(text, max(0, m.start() - 8), m.end()))
        )
        if "by" in text.lower()
        or "eporter" in text
        or "orrespondent" in text
        or "ost " in text
        or any(
            w in text
            for w in (
                "News",
                "Radio",
                "TV",
                "Television",
                "contributed",
                "I’m",
                "I'm",
                "reports",
                "Nations",
                "VOA",
            )
        )
        else ()
    )


# Title words that are surnames too, after a title and a given name ("Senator Angus King").
_TITLE_SURNAMES = frozenset(_words("King Prince Bishop Duke Pope"))
# A title, then such a surname alone: "Senator King".
_TITLE_THEN_TITLE_SURNAME = re.compile(
    r"(?P<t>[A-Z][a-z]+)[ \t]+(?P<sur>" + "|".join(sorted(_TITLE_SURNAMES)) + r")"
)


def _owned_body(
    name: str, demonyms: Mapping[str, str], state_of: Callable[[tuple[str, ...]], str | None]
) -> tuple[str | None, frozenset[str]]:
    """The state a body's name starts with (by its demonym or a possessive) or ends with
    (after "of"), and its other words in any order ("Russian Ministry of Foreign Affairs":
    Russia, {ministry, foreign}; "China's foreign ministry": China, {foreign, ministry};
    "Ministry of Commerce of the People's Republic of China": China, {ministry, commerce}).
    ``state_of`` names the state the lexicon knows by some folded tokens."""
    words = name.replace("’", "'").split()
    state = demonyms.get(_fold(words[0])) if words else None
    rest = words[1:] if state else words
    poss = next((i for i, w in enumerate(words[:3]) if w.endswith("'s")), None)
    if state is None and poss is not None:
        state = state_of(tuple(_fold(w) for w in (*words[:poss], words[poss][:-2])))
        rest = words[poss + 1 :] if state is not None else rest
    for i in (i for i, w in enumerate(words) if w == "of" and i >= 2 and state is None):
        tail = " ".join(words[i + 1 + (words[i + 1 : i + 2] == ["the"]) :])
        state = state_of(tuple(_fold(t) for _, _, t in tokens(tail)))
        rest = words[:i] if state is not None else rest
    return state, frozenset(w.lower() for w in rest if w.lower() not in _BODY_FILLERS)


def _name_before_of(name: str) -> str | None:
    """A body's name up to its head word before "of" ("National Energy Administration" of
    "National Energy Administration of the People's Republic of China"), if any."""
    m = _rx(r"(?P<bare>[A-Z].*?\s(?P<head>\S+))\s+of\s+(?:the\s+)?\S").match(name)
    return m.group("bare") if m is not None and m.group("head") in ORG_HEADS else None


def _name_in_capitals(names: list[str], known_first: Mapping[str, object]) -> str | None:
    """The person's name ``names`` write in capitals after a style or a title ("H.E.
    ENRIQUE A. MANALO", "Foreign Minister OREN VASK"), in title case, initials kept: two to
    four words in capitals, initials aside, none a title's or a body's word nor initials the
    lexicon knows (``known_first``); else ``None``."""
    full = [n for n in names if not (len(n) == 2 and n[1] == "." and n[0].isupper())]
    if not (
        2 <= len(full) <= 4
        and all(len(n) >= 2 and n.isalpha() and n.isupper() for n in full)
        and not any(
            n.title() in _NOT_NAME_WORDS or _is_role_head(n.title()) or n.title() in ORG_HEADS
            for n in full
        )
        and not any(RX.ACRONYM.fullmatch(n) and n in known_first for n in full)
    ):
        return None
    return " ".join(n if len(n) == 2 and n[1] == "." else n.title() for n in names)


def _gerund_and_object(
    text: str, end: int, words: list[str], is_place: Callable[[str], bool]
) -> bool:
    """Whether ``words`` (ending at ``end``), opening a sentence, are a verb's -ing form and
    the state or place it acts on ("Protecting Scotland’s interests", "Strengthening
    Arvelia's ties"; ``is_place`` tells a state's or a place's name): no one's name."""
    return (
        len(words) == 2
        and len(words[0]) >= 7
        and words[0].endswith("ing")
        and (text.startswith(("’s", "'s"), end) or is_place(words[1]))
    )


_ARABIC_PARTICLES = frozenset(("al", "el", "bin", "ibn", "bint"))


def _transliterated(words: list[str], known: list[str]) -> bool:
    """``words`` name the person ``known`` names, in another transliteration and without the
    father's name: the same surname (particles and hyphens aside) and a given name one
    letter apart ("Khaled Al Mansouri", "Khalid bin Nasser Al-Mansouri").

    >>> _transliterated("Khaled Al Mansouri".split(), "Khalid bin Nasser Al-Mansouri".split())
    True
    >>> _transliterated("Khaled Al Mansouri".split(), "Khalid bin Nasser Al-Otaibi".split())
    False
    """

    def bare(ws: list[str]) -> list[str]:
        return [
            w for w in " ".join(ws).lower().replace("-", " ").split() if w not in _ARABIC_PARTICLES
        ]

    a, b = bare(words), bare(known)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return (
        len(short) == 2
        and len(long_) <= 3
        and short[-1] == long_[-1]
        and len(short[0]) >= 4
        and short[0][0] == long_[0][0]
        and OSA.distance(short[0], long_[0]) <= 1
    )


def _without_initials(words: list[str]) -> list[str]:
    """A name's words without its middle initials ("George W. Bush": George, Bush)."""
    return [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and _is_initial(w))]


def _is_initial(word: str) -> bool:
    return _rx(r"[A-Z]\.?").fullmatch(word) is not None


# Fields listed before "and" that lead a body's name: "(the) Defense and | Security Joint
# Coordination Committee", "Science, Technology and | Innovation Council" (a capitalised run
# starts after "and").
PORTFOLIOS_AND_BEFORE = re.compile(
    rf"(?<![\w’'-]){_PORTFOLIO_WORD}(?:,[ \t]+{_PORTFOLIO_WORD})*,?[ \t]+and[ \t]+$"
)


def heading_number(
    chunks: list[tuple[int, int, str]], in_lower_case: Callable[[str], bool]
) -> bool:
    """Whether a run's first word is a heading's Roman number ("II. Trade", "IV. Next
    steps"); a one-letter one ("I.", "V.") only before a word of the language ("I.
    Strengthening ties", not "I. Ivanov"; ``in_lower_case``: whether the text writes a word
    in lower case). The caller checks the line's start."""
    first = chunks[0][2]
    return (
        len(chunks) > 1
        and RX.HEADING_NUMBER.fullmatch(first) is not None
        and (len(first) > 2 or chunks[1][2].endswith("ing") or in_lower_case(chunks[1][2].lower()))
    )
