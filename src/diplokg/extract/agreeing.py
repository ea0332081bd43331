"""Agreeing: the patterns the agreement rules read. The verbs of agreeing and signing and
the instruments agreed ("signed a memorandum of understanding"), an instrument's name
("the Treaty of Friendship and Cooperation") and how long it runs ("for twenty years"),
the subjects that agree ("they", "the two ministers", "We"), and the commitments told
("agreed to continue", "confirmed that they will").

They are the vocabulary of :mod:`diplokg.extract.agreements` and
:mod:`diplokg.extract.treaties`, kept below both so that each rule module reads as what
it decides and neither imports the other.
"""

from __future__ import annotations

import re

from diplokg.extract.patterns import (
    _MONTHS,
    _WEEKDAYS,
)
from diplokg.extract.regexes import RX
from diplokg.extract.text import Scan, _rx, head_scan

_UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "Y"}
_AGREEMENT_NOUNS = (
    r"pact|agreement|treaty|deal|accord|memorand(?:ums?|a)(?:\s+of\s+understanding)?|MoU|"
    r"convention|"
    r"protocol|ceasefire|cease-fire|truce|arrangement|charter|partnership|framework|contract|"
    r"(?:prisoners?|captives?|detainees?)\s+(?:exchange|swap)|"
    r"(?:exchange|swap)\s+of\s+(?:prisoners(?:\s+of\s+war)?|detainees|captives|bodies)"
)
_AGREEMENT = re.compile(
    r"\b(?P<verb>have\s+agreed\s+to\s+sign|has\s+agreed\s+to\s+sign|agreed\s+to\s+sign|"
    r"agreed\s+to\s+conclude|agreed\s+on|agreed\s+to|have\s+agreed|has\s+agreed|agreed|"
    r"(?:have\s+|has\s+|had\s+)?signed|"
    r"(?:have\s+|has\s+|had\s+)?put\s+(?:their|his|her|its)\s+signatures?\s+(?:to|on)|(?:have\s+|has\s+)?concluded|(?:have\s+|has\s+)?reached|"
    r"(?:have\s+|has\s+)?struck|(?:have\s+|has\s+)?inked|(?:have\s+|has\s+)?sealed|"
    r"(?:have\s+|has\s+)?finali[sz]ed|(?:have\s+|has\s+)?adopted|"
    r"(?:have\s+|has\s+|had\s+)?initiall?ed|"
    r"(?:will|would|are\s+to|is\s+to|plan\s+to|plans\s+to|are\s+set\s+to|is\s+set\s+to|"
    r"are\s+expected\s+to|is\s+expected\s+to)\s+(?:sign|conclude)|renewed|extended|strike|strikes|sign|signs|(?<![Tt]he\s)(?<!\bits\s)inks?(?!\s+(?:on|of|was|is)\b)|"
    r"(?:have\s+|has\s+)?ratified|(?:bringing|brought|putting|put)\s+into\s+force)"
    r"(?:\s+|(?=,))"
    r"(?P<gap>(?:,[^,.;]{1,60},\s+)|(?:(?!an?\b|the\b)[^.;,“”\"]{1,50}?\s+(?=(?:an?|the)\s)))?"
    r"(?P<np>(?:(?:an?|the|their|its|a\s+new|new)\b)?\s*(?P<kind>(?:[‘“\"]?[\w’'-]+[”\"]?\s+){0,5}?(?:(?i:"
    + _AGREEMENT_NOUNS
    # a declaration signed (only so: see RX.DECLARATION), the French word order of machine
    # translation kept: "a declaration conjoint"
    + r")s?|(?i:declarations?)(?:\s+(?i:conjointe?s?))?)))\b"
)
#: Tried only before the truce's noun (its first word, any case: "cease" of "cease-fire"):
#: "abiding by the" and two words are five chunks before it.
_TRUCE_HELD_SCAN = Scan(
    RX.TRUCE_HELD,
    frozenset({"ceasefire", "ceasefires", "cease", "truce", "truces", "armistice", "armistices"}),
    chunks=5,
)
#: a capitalised word of a name, not a day's or a month's ("… Agreement on Monday")
_CAP = rf"(?!(?:{_WEEKDAYS}|{_MONTHS})\b)[A-Z][\w’'-]*"
#: "Agreement on Trade and Investment": a name by its topic, read as "… agreement"
#: ("Memorandum of Understanding Concerning Strategic Civil Nuclear Cooperation": a
#: "strategic civil nuclear cooperation memorandum of understanding", the topic first)
_NAMED_ON_START = re.compile(
    r"(?P<noun>Agreement|Treaty|Accord|Pact|Convention|Memorandum\s+of\s+Understanding)"
    r"(?:\s+\((?:MOU|MoU)\))?\s+(?:on|[Cc]oncerning|[Rr]egarding|[Rr]elating\s+to)\s+"
    rf"(?P<topic>{_CAP}"
    rf"(?:(?:,\s+|\s+(?:(?:and|of|for|the|in|&)\s+)*){_CAP})*)"
)
#: "Treaty of Friendship and Cooperation": a name kept as written
_NAMED_OF_START = re.compile(
    r"(?:Agreement|Treaty|Accord|Pact|Convention|Protocol|Memorandum|Charter)\s+of\s+"
    rf"(?!Understanding\b){_CAP}(?:(?:,\s+|\s+(?:(?:and|of|for|the|in|on|&)\s+)*){_CAP})*"
)
#: an instrument's name: capitalised words and the small words between them, ending with an
#: agreement noun ("Status of Forces Agreement", "Partnership and Cooperation Agreement",
#: "Comprehensive and Progressive Agreement for Trans-Pacific Partnership")
_CAPITALISED_RUN = re.compile(rf"{_CAP}(?:\s+(?:(?:and|of|for|on|the|to|in|&)\s+)*(?:{_CAP}|\d+))*")
# when a verb's event happened, said between the verb and its object: "agreed on Monday to",
# "signed today three agreements", "met this morning with"
_WHEN_GAP = (
    rf"(?:(?:on\s+|last\s+|this\s+)?(?:{_WEEKDAYS})|today|yesterday|tonight|earlier\s+today|"
    r"this\s+(?:morning|afternoon|evening|week)|last\s+(?:night|week|month|year)|"
    r"earlier\s+this\s+(?:week|month|year)|"
    rf"in\s+(?:(?:{_MONTHS})(?:\s+\d{{4}})?|\d{{4}})|"
    rf"on\s+(?:\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\.?\s+\d{{1,2}})(?:,?\s+\d{{4}})?)"
)
#: where a deed is agreed, or how: "agreed in Tokyo to", "agreed in principle to"
_WHERE_GAP = (
    r"in\s+principle|(?:in|at)\s+(?!(?:" + _MONTHS + r")\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
)
_AGREED_TO_DO = re.compile(  # "have agreed to continue …" (a verb, not "to a deal", "to sign")
    # ("agree to" in a digest's present tense; "A and B pledged to work together": a pledge
    # both make)
    rf"\b(?:(?:have|has|had)\s+)?(?:also\s+|jointly\s+)?(?:agreed|agrees?|(?P<decided>decided)|(?P<committed>committed|commits?)|(?P<pledged>pledged|vowed)|(?:re)?affirmed|"
    # a readout's shared view of a deed: "the two leaders shared the view to jointly uphold …",
    # "affirmed to establish …" (as a readout translated tells it); never "shared the view
    # that …", a judgement (see the gold's d09, d12)
    rf"(?P<shared>shared\s+(?:the|their|a)\s+(?:common\s+)?(?:view|intention|determination|resolve))|"
    # "Both Ministers restated their commitment to maintain …": a commitment both make (of a
    # deed: "their commitment to the alliance" is none)
    r"(?P<restated>(?:re)?stated|reaffirmed|reiterated|renewed|underscored|underlined)\s+their\s+"
    r"(?:(?:shared|strong|joint|mutual|continued|firm)\s+)?commitment)\s+"
    # ("the two Ministers committed themselves to ensuring …")
    r"(?:(?:themselves|ourselves)\s+)?"
    r"(?:with\s+(?P<with>[A-Z][^.;,]{1,60}?|"
    rf"(?:his|her|their)\s+(?:\w+\s+)?counterparts?(?:,\s+[^.;,]{{2,60}},)?)\s+)?(?:(?:{_WHEN_GAP}|{_WHERE_GAP}),?\s+){{0,2}}"
    r"(?:on\s+the\s+(?:need|importance|necessity)\s+)?[“\"]?to\s+(?:further\s+)?"
    r"(?P<vp>(?![a-z]+(?<!e)ed\b)(?!sign\b|conclude\b|a\b|an\b|the\b|this\b|that\b|it\b|its\b|their\b)[a-z]+\b)"
)
_AGREED_TO_DO_SCAN = head_scan(_AGREED_TO_DO)
#: where a clause's subject begins: the sentence's start, after "that", "said", "and", or
#: after a leading phrase and its comma ("Furthermore, they …", "On Yemen, the ministers …")
_SUBJECT_LEAD = (
    r"(?:^\s*|\b(?:that|said|and)\s+|,\s+|"
    # a leading phrase with no comma: "In the statement the two leaders …"
    r"^\s*(?:In|At|During|After|Following)\s+(?:the|their|a)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:statement|talks|meeting|call|communiqu\w+|declaration|summit|readout)\s+)"
)
#: small words a kind cut short may not end on
_TRAILING_SMALL = frozenset(
    {
        "of",
        "the",
        "a",
        "an",
        "to",
        "and",
        "or",
        "in",
        "on",
        "for",
        "with",
        "by",
        "regarding",
        "through",
        "via",
    }
)
#: a first verb the agreeing one is coordinated with: "They discussed and agreed that …"
_AND_VERB = (
    # ("They welcomed the progress on border security made during the minister's visit to
    # the capital in November and committed to …": a long object)
    r"(?:(?:[a-z]+ed|met|held)\s+(?:(?:the|their|a|an)\s+[^.;,“”\"]{1,160}?\s+|"
    # "agreed on the shared vision of peace, stability and order and decided to …"
    r"(?:on|upon)\s+(?:the|their|a|an)\s+[^.;“”\"]{1,120}?\s+)?and\s+"
    r"(?:(?:also|further|then)\s+)*)?"
)
_THOSE_WHO_MET = re.compile(  # "the ministers agreed", "the two signed": those who met
    _SUBJECT_LEAD + r"(?:[Tt]he\s+(?:two|three|four)|"
    # a leader's own telling after the talks: "Our two countries have agreed to …"
    r"[Oo]ur\s+(?:two|three|four)\s+(?:countries|nations|governments|leaders|sides|presidents)|"
    r"(?:[Tt]he\s+(?:(?:two|three|four)\s+)?|"
    r"[Bb]oth\s+)(?:world\s+|top\s+)?(?i:ministers|leaders|sides|presidents|delegations|diplomats|"
    # ("the two Heads of State and Government")
    r"foreign\s+ministers|prime\s+ministers|heads\s+of\s+(?:state|government)"
    r"(?:\s+and\s+(?:of\s+)?government)?)|"
    # "Agriculture ministers inked …", "the trade ministers signed …": the ministers of a
    # portfolio of the states whose leaders met
    r"(?:(?:[Tt]he\s+(?:(?:two|three|four)\s+)?|[Bb]oth\s+)?(?i:agriculture|trade|defen[cs]e|"
    r"finance|energy|economy|health|education|transport|justice|environment|culture|"
    r"tourism|interior|economic|industry|fisheries)\s+ministers))\s+(?:(?:have|has|had|also|then|later|finally|further)\s+)*"
    + _AND_VERB
    + "$"
)
_THEY = re.compile(  # "They agreed", "Furthermore, they confirmed", "… and they also agreed"
    _SUBJECT_LEAD
    + r"[Tt]hey\s+(?:(?:have|has|had|also|then|later|finally|further|both|all)\s+)*"
    + _AND_VERB
    + "$"
)
#: adverbs of degree a kind leaves out ("has significantly affected": "has affected")
_DEGREE_WORDS = frozenset({"significantly", "greatly", "deeply", "seriously", "profoundly"})
#: "(the ministers) concurred that they would …", "confirmed that they will …", "agreed
#: that, in order to …, the two countries would …": a commitment both make, told as what
#: they will do (never "confirmed that it is important", "agreed that these were …")
#: what "they will …" plans when it is a meeting or a journey, not a deed agreed on
_GOING = frozenset(
    {"meet", "hold", "convene", "host", "visit", "attend", "participate", "travel", "go", "come"}
)
_AGREED_ON = re.compile(  # "agreed on Wednesday on a new tariff for …" (not "on the need to")
    rf"\b(?:(?:have|has|had)\s+)?(?:also\s+|finally\s+|jointly\s+)?(?:agreed|decided)\s+"
    rf"(?:{_WHEN_GAP},?\s+)?"
    r"(?:on|upon)\s+(?:an?|the|their)\s+(?:(?:new|joint|common|revised)\s+)?"
    r"(?P<np>(?!(?:need|importance|necessity|sidelines|margins|fact|way(?!\s+forward))\b)(?:[a-z][\w-]*\s+){0,2}?"
    r"[a-z][\w-]*)(?=\s+(?:for|of|to|on|with|that|which|in|at|by|between)\b|[,.;])"
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
_AGREEMENT_BEFORE_BETWEEN = re.compile(  # "the (new) trade agreement (on X) " before "between"
    r"\b(?:[Tt]he|[Aa]n?)\s+(?P<kind>(?:(?!proposed\b|possible\b|potential\b|future\b|draft\b|"
    r"(?:[Tt]he|[Aa]n?)\b|prospective\b|planned\b|forthcoming\b|upcoming\b|eventual\b|pending\b)[\w’'-]+\s+){0,4}?"
    r"(?i:" + _AGREEMENT_NOUNS + r"))\s+(?:(?:on|for)\s+(?:(?!was\b|were\b|has\b|had\b|have\b)"
    r"[\w’'-]+\s+){1,4}?(?=(?:was|were|has|had|have)\s|$))?"
    # "the agreement (that was) reached between A and B", "the accord signed between"
    r"(?P<made>(?:(?:that\s+|which\s+)?(?:was|were|has\s+been|had\s+been|have\s+been)\s+)?"
    r"(?:formally\s+|jointly\s+)?(?:signed|concluded|reached|agreed|struck|inked|sealed|"
    r"initiall?ed)\s+)?$"
)
_AGREEMENT_NP = re.compile(  # "the Agreement on Peace, Friendship and …", "a 1951 defense treaty"
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?!(?:[Tt]he|an?)\s)[\w’'-]+\s+){0,6}(?i:"
    + _AGREEMENT_NOUNS
    + r")s?\b"
    r"(?:\s+(?:on|for|of)\s+(?:[A-Z][\w’'-]*|the|and|of|for|on|through|a|[a-z]+ing),?"
    r"(?:\s+(?:[A-Z][\w’'-]*|the|and|of|for|on|in|through|a),?){0,10})?"
)
_AGREEMENT_THEN = re.compile(  # "The treaty is concluded for twenty years."
    rf"(?:The|This|It)\s+(?:(?i:{_AGREEMENT_NOUNS})\s+)?(?:is|was|will|shall|would|"
    r"runs?|lasts?|remains?)\b[^.;]*?"
)
_DURATION_OF_AGREEMENT = re.compile(  # after "20-year": the agreement it is the term of
    rf"(?:\s+[a-z-]+){{0,2}}?\s+(?i:{_AGREEMENT_NOUNS})|\s*(?:term|period|extension)\b"
)


def _gerund(verb: str) -> str:
    """The -ing form of a plain verb: "work" → "working", "make" → "making", "tie" →
    "tying", "get" → "getting"."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):  # one syllable: "stop"
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _own_duration(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first term in ``text[lo:hi]`` an agreement may run for: "for five years", "a
    20-year pact", never another noun's ("ends a ten-year dispute")."""
    for dm in RX.DURATION.finditer(text, lo, hi):
        if dm.group("n2") is None or _DURATION_OF_AGREEMENT.match(text, dm.end(), hi):
            return dm
    return None


def _mou_spelt(m: re.Match[str]) -> str:
    """'MoU' spelt out: 'memorandum of understanding', 'MoUs': 'memoranda of …'."""
    noun = "memoranda" if m.group("pl") else "memorandum"
    return f"{m.group('pre')}{noun} of understanding"


#: words a phrase cut short must not end on: "… to demarcate their (shared border)"
_DETERMINERS = frozenset({"their", "its", "his", "her", "our", "this", "these", "those", "both"})
#: (a cut kind ending on one of these drops it with the word before)
_CUT_PREPOSITIONS = frozenset({"between", "among", "of", "for", "with", "by", "from", "on", "in"})


def _head_after_modifier(words: list[str]) -> list[str]:
    """The words after the eighth of a deed that close the noun phrase the eighth opens as
    a modifier (a possessive, a hyphenated compound, or one of them and a word, the last
    of a list of them: "aimed at North Korea’s prompt | return", "to build future-oriented
    | relations", "to achieve free, fair and reciprocal | trade"), up to a small word or a
    stop; at most three, else none."""
    modifier = _rx(r"(?:[’']s|s[’'])$|^[a-z]+-[a-z-]+$")
    if (
        len(words) <= 8
        or not (
            modifier.search(words[7])
            or (words[7][:1].isupper() and words[8][:1].isupper())  # "a Bi-National | Commission"
            or (modifier.search(words[6]) and words[7].islower())
            or any(  # "free, fair and | just", "free, fair | and just"
                words[j] in ("and", "or") and any(w.endswith(",") for w in words[j - 3 : j])
                for j in (6, 7)
            )
        )
    ):
        return []
    tail: list[str] = []
    for w in words[8:11]:
        bare = w.rstrip(",;:")
        if bare.lower() in _TRAILING_SMALL or bare.lower() in _CUT_PREPOSITIONS:
            break
        tail.append(bare)
        if bare != w:
            break
    return tail if tail and tail[-1].lower() not in _DETERMINERS else []
