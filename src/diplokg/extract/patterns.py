"""Patterns and word lists more than one fact kind uses (titles, speech verbs, dates, negation).

A pattern used by one fact kind only lives with that kind (its module's regex file or, when
built from others, its module's top); what is here is shared, so that the rule modules
need not import each other."""

from __future__ import annotations

import re
from functools import lru_cache

from diplokg.extract.regexes import RX
from diplokg.extract.text import _CASE_ODD_CHARS, _rx
from diplokg.extract.words import alternation, word_list

_PERSON_TYPES = frozenset({"person", "diplomat"})
_MEDIA = "media"
# The titles a state's head holds and those its government's head holds, lower case (a
# "head of state", "the Chilean leader"; the title-case forms are titles.py's _HEAD_TITLES)
_HEAD_OF_STATE_TITLES = ("president", "king", "queen", "emir", "sultan")
_HEAD_OF_GOVERNMENT_TITLES = ("prime minister", "chancellor", "premier", "taoiseach")


def _words(text: str) -> list[str]:
    """The whitespace-separated words of a word-list literal."""
    return text.split()


# Conduct that abuses trust, as verb forms ("misleading", "deceived", "lied"), as data:
# a word of criticism (charging), a deed pinned on a doer (deeds), a critical quote's verb
# (protests).
_DECEIT_VERBS = alternation(word_list("deceit-verbs"))

# What a speaker does ("said", "called for"): every spelling, as data.
_SPEECH_WORDS = alternation(word_list("speech-verbs"))
_SPEECH = re.compile(rf"\b(?:{_SPEECH_WORDS})\b")
_ROLE_HEADS = (
    r"Presidents?(?:-elect)?|Vice[- ]President(?:-elect)?|Prime\s+Ministers?(?:-elect)?|"
    r"Premier|Chancellor|Ministers?(?:-elect)?|Secretary|Undersecretary|"
    r"Secretary[- ]General|Envoy|Ambassador(?:[- ](?:[Dd]esignate|Agr[ée]e?))?|King|Queen|"
    r"Crown\s+Prince|Prince|Emperor|Sultan|Ruler(?=\s+of\s)|"
    r"Emir|Sheikh|Chairman|Chairwoman|Chairperson|Chair|Commissioner|Representative|Spokesperson|"
    r"Spokesman|Spokeswoman|Leader|Governor|Mayor|Senator|General|Admiral|Director|"
    r"Director[- ]General|Speaker|Pope|Lieutenant|Colonel|Marshal|Judge|Prosecutor|"
    r"Attorney\s+General|Negotiator|Adviser|Advisor|Counsellor|Counselor|Councilor|Councillor|"
    r"Deputy|Consul|Taoiseach|Tánaiste|Undersecretary|Under-Secretary|CEO|Columnist|Officer|"
    r"Chief\s+of\s+Staff|Head\s+of\s+State|Head\s+of\s+Government|Policy\s+Chief|"
    r"Affairs\s+Chief|Intelligence\s+Chief|Army\s+Chief|Military\s+Chief|Police\s+Chief|"
    r"Spy\s+Chief|PM|DPM|FM|EAM|"  # (the press's short forms: "PM Modi", "FM Wang Yi")
    # a military command's head and a state's top officer ("Commander of U.S. Southern
    # Command", "the Commanding General of U.S. Army South", "Chief of Defense"; a navy's
    # "Commander X" is a rank)
    r"Commander(?=\s+of\s)|Commanding\s+General|Chief\s+of\s+Defen[cs]e|"
    # the head of a state's forces' staff ("Chief of the General Staff")
    r"Chief(?=\s+of\s+the\s+(?:[A-Z][a-z]+\s+)?(?:Joint|General|Defen[cs]e)\s+Staff\b)"
)
_ROLE_MODS = (
    r"Deputy|Vice|Acting|Special|Senior|Chief|Interim|Former|former|First|Second|Foreign|Defen[cs]e|Cabinet|"
    r"Federal|"
    r"Finance|Trade|Treasury|Interior|Economy|Economic|Energy|Health|Justice|Climate|"
    r"Presidential|Prime|Supreme|Executive|High|Permanent|Grand|Security|National|Top|Lead|"
    r"Principal|Assistant|Associate|Under|Foreign\s+Affairs|External\s+Affairs|Home|Agriculture|Education|Environment|"
    r"Transport|Industry|Labou?r|Culture|Development|Migration|European|Secretary|Information|"
    r"Communications|Tourism|Fisheries|Water|Housing|Planning|Science|Technology|Sports|Youth|"
    r"Mining|Petroleum|Immigration|Social|Digital|Infrastructure|Commerce|State|Policy|Mission|"
    r"Public|Department|Regional|Integration|Budget|Investment|Humanitarian|Rural|Employment|"
    r"Affairs|Political|Press"
)
# Any words that modify a title before its head: "Deputy", "Senior Vice", "Foreign"
_MODIFIED = rf"(?:(?:{_ROLE_MODS})[ -]+)*"
# Where a title may start: the text's start, or after a space, a bracket or an opening quote
_TITLE_START = r"(?:^|(?<=[\s(“\"‘]))"
# The words a minister's portfolio is made of ("Minister of Foreign Affairs and Trade",
# "State Minister of Finance", "Minister of State for Trade Policy"): never a state's or an
# organisation's name on their own, and a title may list several of them.
_PORTFOLIO_WORDS = frozenset(
    _words(
        """
        Affairs Agriculture Budget Climate Commerce Communications Cooperation Co-operation
        Culture Defence Defense Development Digital Economy Economic Education Employment
        Diaspora Energy Environment Expatriates Export External Finance Fisheries Foreign Health
        Home Housing Human Humanitarian
        Growth Immigration Industry Information Infrastructure Insular Integration Interior Internal
        International Investment Justice Labour Labor Lands Legal Migration Mining Multilateral
        Operations Peace Peacebuilding Peacekeeping Political Disarmament Management Support
        Petroleum Planning Policy Public Regional Relations Resource Resources Revenue Rural Science
        Security Social Sports Technology Tourism Trade Transport Treasury Urban Water Welfare
        Women Works Youth
        Natural Gas Oil Coal Steel Mines Minerals Electricity Railways Aviation Forestry
        Textiles Chemicals Fertilizers Telecommunications
        """
    )
)
# (grouped by first letter, longest first: see words.alternation)
_PORTFOLIO_WORD = f"(?:{alternation(tuple(_PORTFOLIO_WORDS))})"
_PORTFOLIO_LIST = rf"{_PORTFOLIO_WORD}(?:(?:,?\s+and\s+|,\s+|\s+){_PORTFOLIO_WORD}){{1,4}}(?![\w-])"
# A brief ending in "Affairs" ("for East Asian and Pacific Affairs", "for Near Eastern
# Affairs"): its last word ends it, whatever the capitalised words before.
_AFFAIRS_BRIEF = r"[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,4}\s+Affairs(?![\w-])"
# A title's brief after "for": portfolios listed, one ending in "Affairs", or one portfolio
_BRIEF = rf"{_PORTFOLIO_LIST}|{_AFFAIRS_BRIEF}|{_PORTFOLIO_WORD}(?![\w-])"
_ROLE_OF = (
    # a state's forces' staff: "Chairman of the Joint Chiefs of Staff", "Chief of the
    # General Staff" (positions.yaml's STATE_STAFF)
    r"the\s+(?:(?:Armed\s+Forces|Army|Military)\s+)?(?:Joint\s+Chiefs\s+of\s+Staff|Joint\s+Staff|"
    r"General\s+Staff|Defen[cs]e\s+Staff)|"
    # Venezuela's ministers: "Minister of the People's Power for Energy"
    rf"the\s+People[’']s\s+Power\s+for\s+(?:{_BRIEF})|"
    rf"{_PORTFOLIO_LIST}|{_AFFAIRS_BRIEF}|"
    r"State|Foreign\s+Affairs|Defen[cs]e|the\s+Treasury|Treasury|Climate|Finance|Trade|"
    r"Economy|Energy|Health|Justice|the\s+Interior|Interior|Home\s+Affairs|Foreign\s+Affairs"
    r"\s+and\s+Security\s+Policy|External\s+Affairs|Commerce|Agriculture|Education|"
    r"[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?"
)
# A title's head with the words that modify it: "Deputy Prime Minister", "Special Envoy";
# one chosen but not yet in office is named by the same title ("Prime Minister-designate",
# "Foreign Minister-elect")
_TITLE_NOT_YET = r"-(?:elect|designate)(?![\w-])"
# Portfolios joined by "and" before a title's head, the whole office named by them
# ("Environment and Forestry Minister", "International Relations and Cooperation
# Minister"): the head's modifiers alone cannot join with "and". Any portfolio word may
# stand right before the head ("Forestry Minister", "Natural Resources Minister").
_PORTFOLIO_PAIR = rf"(?:{_PORTFOLIO_WORD}\s+)*{_PORTFOLIO_WORD},?\s+and\s+(?={_PORTFOLIO_WORD}\s)"
_MODIFIED_HEAD = (
    rf"(?:{_PORTFOLIO_PAIR})?{_MODIFIED}(?:{_PORTFOLIO_WORD}\s+)*(?:{_ROLE_HEADS})"
    rf"(?:{_TITLE_NOT_YET})?"
)
_ROLE_TITLE = (
    rf"{_MODIFIED_HEAD}(?:\s+(?:of|for)\s+(?:{_ROLE_OF}))?"
    # where an envoy is posted: "Ambassador to Ukraine", "High Commissioner to Kenya"
    r"(?:(?:(?<=Ambassador)|(?<=Representative)|(?<=High\sCommissioner))\s+to\s+(?:the\s+)?"
    r"(?:United\s+[A-Z][a-z]+|European\s+Union|[A-Z][\w’'-]*)(?=\s))?"
    rf"(?:\s+for\s+(?:{_BRIEF}))?"
)
_ROLE_TITLE_RE = re.compile(_ROLE_TITLE)
# After a title told in lower case, what comes before the name it is the title of: its post,
# if told ("the U.S. ambassador to Valmora, Rachel Dunn"), then a comma ("the EU foreign
# policy chief, Federica Mogherini")
_TITLE_COMMA = r"(?:[ \t]+(?:to|in|at)[ \t]+[^,.;:\n]{1,40})?,[ \t]+"
_ROLE_BEFORE_NAME = re.compile(rf"{_TITLE_START}({_ROLE_TITLE})\s+$")
# The offices of a state's government its name before them owns, in lower case ("the US
# secretary of state", "the Doskaran minister": clauses.py's _STATE_TITLE_NP), and so
# titles _LOWER_ROLE has (last there: "secretary-general", "minister of foreign affairs"
# are tried first).
_STATE_OFFICES = r"minister|secretary(?:\s+of\s+state)?|president|premier|chancellor|ambassador"
_LOWER_ROLE = (
    r"foreign\s+minister|minister\s+of\s+foreign\s+affairs|"
    r"prime\s+minister|first\s+minister|defen[cs]e\s+minister|finance\s+minister|"
    r"vice[- ]president|"
    r"chief\s+diplomat|top\s+diplomat|head\s+of\s+diplomacy|"
    r"diplomat|envoy|special\s+envoy|spokesperson|spokesman|spokeswoman|"
    r"secretary[- ]general|leader|king|queen|treasury\s+secretary|official|negotiator|"
    r"foreign\s+secretary|high\s+representative|special\s+adviser|permanent\s+representative|"
    r"chairperson|chairman|chairwoman|commissioner|director[- ]general|"
    # a command's and a company's heads ("commander of U.S. Southern Command", "chief
    # executive officer of X Holdings"), a state's top officer ("Jordan's chief of defense")
    r"commander|chief\s+executive(?:\s+officer)?|ceo|chief\s+of\s+defen[cs]e|"
    rf"taoiseach|t[áa]naiste|{_STATE_OFFICES}"
)

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

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
_NOT_JOINED = frozenset(_WEEKDAYS.split("|")) | frozenset(_MONTHS.split("|"))


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
_ACCUSE_VERBS = (
    r"accus(?:ed|es|e|ing)|criti(?:ci[sz](?:ed|es|e|ing)|qued)|condemn(?:ed|s|ing)?|"
    r"denounc(?:ed|es|e|ing)|slamm?(?:ed|s|ing)?|blast(?:ed|s|ing)|blam(?:ed|es|e|ing)|"
    r"rebuk(?:ed|es|e|ing)|castigat(?:ed|es|e|ing)|lambast(?:ed|s|ing)?|censur(?:ed|es|e|ing)|"
    r"chastis(?:ed|es|e|ing)|assail(?:ed|s|ing)?|attack(?:ed|s|ing)|compar(?:ed|es|ing)|"
    r"decr(?:ied|ies|y|ying)|deplor(?:ed|es|e|ing)|reproach(?:ed|es|ing)?|warn(?:ed|s|ing)?|"
    r"lash(?:ed|es|ing)?|hit(?:s|ting)?|protest(?:ed|s|ing)?|berat(?:ed|es|e|ing)|"
    r"suspect(?:ed|s|ing)?|chid(?:ed|es|e|ing)|scold(?:ed|s|ing)?|fault(?:ed|ing)|rapped"
)
# What every alternative of RX.NEGATION holds ("not" and "no longer": "no"; "stopped short
# of": "stop"), lower-cased. By hand: parts of words for a substring test (_may_hold), fewer
# than the pattern's words (the test checks each of its first words holds one).
_NEGATION_WORDS = ("no", "n't", "n’t", "never", "refus", "declin", "stop", "avoid", "without")


_DEMONYM_ENDS = ("an", "ian", "ese", "i", "ish", "ic")  # what _DEMONYM_LIKE ends in
_DEMONYM_LIKE = re.compile(rf"^[A-Z][a-z]+(?:{'|'.join(_DEMONYM_ENDS)})$")
# An organisation speaking: "the Foreign Ministry said" (see Extractor._said_after_names).
# What an organisation or a government does when it speaks ("said", "announced").
_SAID_VERBS = word_list("said-verbs")
_SAID_AFTER_NAME = re.compile(rf"\s\s*(?:also\s+)?(?:{alternation(_SAID_VERBS)})\b")


# The nouns of a title in lower case ("minister", "envoy"), as data.
_TITLE_WORDS = alternation(word_list("title-words"))
# Two titles before one name: "Chinese State Councilor and Foreign Minister X".
_TITLE_AND_BEFORE = re.compile(rf"(?<![\w-])(?P<t>{_ROLE_TITLE})\s+and\s+$")


def _may_end_with(
    text: str, endings: tuple[str, ...], *, comma: bool = False, dot: bool = False
) -> bool:
    """False only if ``text`` cannot end in one of ``endings`` and then white space
    (with ``comma``: and then a comma, or not, and then white space; with ``dot``: a dot,
    or not, as after an abbreviation: "Adm. ", "Dr. ").

    A cheap test before a pattern anchored at the end of ``text`` (``…\\s+$``), which,
    searched on its own, tries every start in ``text``.
    """
    stripped = text.rstrip()
    if len(stripped) == len(text):
        return False
    if comma:
        stripped = stripped.removesuffix(",")
    if dot:
        stripped = stripped.removesuffix(".")
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
    """``RX.NEGATION.search(window)`` (each alternative holds one of _NEGATION_WORDS)."""
    return RX.NEGATION.search(window) if _may_hold(window, _NEGATION_WORDS) else None


def _demonym_like(word: str) -> bool:
    """``_DEMONYM_LIKE.match(word)``, tried only on words with one of its endings."""
    return bool((word.endswith(_DEMONYM_ENDS) or "\n" in word) and _DEMONYM_LIKE.match(word))


def _ends_capitalised(text: str) -> bool:
    """Whether ``text`` ends in a capitalised word and then white space (as a title does;
    "President-elect " too)."""
    stripped = text.rstrip()
    if len(stripped) == len(text):
        return False
    if stripped.endswith(("-elect", "-designate")):
        stripped = stripped[: stripped.rindex("-")]
    i = len(stripped)
    while i > 0 and stripped[i - 1].isalpha():
        i -= 1
    return "A" <= stripped[i : i + 1] <= "Z"


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
    m = RX.ABOUT_END.search(text, pos, limit)
    end = m.start() if m else limit
    while end > pos and text[end - 1] in " ,":
        end -= 1
    return end


def _gerund(clause: str) -> str:
    return _rx(r"^(?:have|has|had)\s+").sub("", clause)


# -- names: the entity rules and the name rules both use these ----------
_ROLE_HEADS_RE = re.compile(_ROLE_HEADS)
_DAY_MONTH_WORDS = frozenset(
    [
        *(_MONTHS + "|" + _WEEKDAYS).split("|"),
        *["Today", "Yesterday", "Tomorrow", "Yesterday’s", "Today’s", "Tomorrow’s"],
    ]
)
_HONORIFIC_WORDS = frozenset(
    _words(
        """
        H.E. Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Dame Professor Prof. Sheikh Sheikha Madam
        Monsieur Madame Mme Mme. Lord Lady Excellency Hon Hon. Rt Rt. Honourable Honorable
        Shri Smt Smt. Shrimati
        """
    )
)


@lru_cache(maxsize=4096)
def _is_role_head(word: str) -> bool:
    return _ROLE_HEADS_RE.fullmatch(word) is not None


@lru_cache(maxsize=4096)
def _is_name_token(word: str) -> bool:
    return RX.NAME_TOKEN.match(word) is not None


_GOVERNMENT_WORDS = frozenset(_words("Government Federal National Royal Central of the The"))


_MET_BODIES = frozenset(_words("intergovernmental government-body group party alliance"))


# Conferences, named by their nouns (data/lexicon/words-conference-nouns.tsv): what the
# meeting rules and the conference rules both read.
# "summit", "talks": what a conference's noun phrase ends in (see _CONF_NP)
_CONF_NOUNS = word_list("conference-nouns")
_CONF_HEADS = frozenset(_CONF_NOUNS)
_CONF_NP = re.compile(
    r"\b(?:the|a|an|this|last\s+week's|(?P<orgpre>[A-Z][\w-]*))\s+"
    # ("and" only between capitalised words of a name: "G7 Foreign and Development Ministers’")
    r"(?P<pre>(?:[A-Z][\w’'-]*\s+and\s+(?=[A-Z])|"
    r"(?!(?:the|a|an|at|in|of|to|and|for|on|with|by|from|attend|meet)\b)[\w’'-]+\s+)"
    r"{0,5}?)"
    rf"(?P<head>{alternation(_CONF_NOUNS)}|(?<=[’'s]\s)(?:Meeting|Summit|Conference|Ministerial)|"
    # a named meeting's capitalised head after a capitalised word: "the APEC Ministerial
    # Meeting", "the East Asia Summit"
    r"(?<=[A-Z][\w-]\s)(?<!\bThe\s)(?:Meeting|Summit|Conference|Ministerial|Forum))\b"
    r"(?P<of>\s+of\s+(?:the\s+)?(?:(?:foreign|defen[cs]e|finance|trade|energy|economy|"
    r"health)\s+ministers|ministers|leaders|heads\s+of\s+(?:state|government)|members|"
    r"parties)(?:\s+of\s+(?:the\s+)?(?P<of_org>[A-Z][\w’'-]*(?:\s+(?:of\s+|the\s+|and\s+)*"
    r"[A-Z][\w’'-]*)*))?|"
    # "a meeting of the Foreign Affairs Council": a body's own meeting
    r"\s+of\s+the\s+(?P<of_body>[A-Z](?:\.[A-Z])*\.?[\w’'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'-]*)*))?"
)


#: A military rank's grade words, before its rank ("Lieutenant General", "Rear Adm.").
MILITARY_GRADE = (
    r"(?:Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Brig\.?|Vice|Rear|Retired|Ret\.|Fleet|Master|"
    # ("Staff Sgt."; not the staff a title names, then the rank: "Chairman of the Joint
    # Chiefs of Staff Gen. X", "Chief of the General Staff Gen. Y")
    r"(?<!Chiefs[ \t]of[ \t])(?<!General[ \t])(?<!Joint[ \t])(?<!Defen[cs]e[ \t])Staff)"
)
#: The ranks of senior officers, whom a rank alone names no office ("General", "Adm.").
SENIOR_RANK = r"(?:General|Gen\.|Admiral|Adm\.|Colonel|Col\.|Commodore)"
#: A military rank before a name, its service and grade words with it ("Navy Rear Adm. ",
#: "Army Gen. ", "Marine Corps Lt. Gen. ", "Air Force Maj. "): a title, never part of the
#: name (namewords._MILITARY_RANK_BEFORE, titles._RANK). ("Lt Gen. X": a grade word's
#: own dot may be left out before another's.)
MILITARY_RANK = (
    r"(?:(?:U\.S\.|US|Navy|Naval|Army|Marine(?:[ \t]+Corps)?|Air[ \t]+Force|Coast[ \t]+Guard)"
    rf"[ \t]+)?(?:{MILITARY_GRADE}[ \t]+)*(?:{SENIOR_RANK}|Captain|Capt\.|Commander|Cmdr\.|"
    r"Sergeant|Sgt\.|Major|Maj\.)[ \t]+"
)
