"""What the accusation rules (:mod:`diplokg.extract.accusations`) and the protest rules
(:mod:`diplokg.extract.protests`) both read: words of criticism, deeds a demonym pins on
its state, what the one called on must stop doing, and who speaks as "we".

Below both rule modules, so that neither imports the other; the two methods they share are
functions here of the shared clause helpers (each rule class extends
:class:`~diplokg.extract.clauses.Clauses` alone).
"""

from __future__ import annotations

import re

from diplokg.extract.clauses import Clauses
from diplokg.extract.patterns import _DECEIT_VERBS
from diplokg.extract.regexes import RX
from diplokg.extract.text import _fold, _rx

_NEG_WORDS = re.compile(  # words of criticism
    r"\b(?:coerci\w*|aggressi\w*|threat\w*|undermin\w*|destabili[sz]\w*|provocat\w*|provok\w*|"
    r"hostil\w*|interfer\w*|violat\w*|illegal\w*|unacceptabl\w*|irresponsibl\w*|reckless\w*|"
    r"hegemon\w*|bully\w*|challeng\w*|oppos\w*|condemn\w*|deplor\w*|denounc\w*|reject\w*|"
    r"target\w*|espionag\w*|hack\w*|breach\w*|distort\w*|discredit\w*|smear\w*|lies|lying|"
    r"slander\w*|invasion|invad\w*|occup\w*|annex\w*|sanction\w*|blackmail\w*|genocid\w*|"
    r"atrocit\w*|crimes?|terror\w*|dictator\w*|authoritarian|repress\w*|intimidat\w*|"
    r"harass\w*|coerc\w*|militari[sz]\w*|expansion\w*|eastward|malicious|"
    r"disinformation|propaganda|aggressor\w*|blame\w*|accus\w*|barbaric|brutal\w*|"
    rf"abus\w*|(?:{_DECEIT_VERBS})\w*|deceit\w*|"
    r"outrageous|shameful|heinous|cowardly|inhumane?|reprehensible|despicable|abhorrent|"
    r"egregious|appalling|atrocious|escalatory|revanchis\w*|menacing|legitimi[sz]e[sd]?|"
    # the words of a regime called names: "one of the worst regimes", "tyrannical"
    r"worst|tyrann\w*|despot\w*|abysmal|thugs?|thuggish|corrupt|loath\w*|rogue|"
    # elections called unfair: "tainted", "rigged", "a sham"
    r"tainted|rigged|sham|fraudulent|"
    # a seizure of power disowned: "null and void", "illegitimate", "unconstitutional"
    r"null\s+and\s+void|illegitima\w*|unconstitutional\w*)\b",
    re.I,
)
_NEG_WORDS_LOWER = re.compile(_NEG_WORDS.pattern)  # its words are all lower case


def _has_neg_words(words: str) -> bool:
    """Whether ``_NEG_WORDS`` (case-insensitive) finds a word of criticism in ``words``.

    For ASCII text, the same (lower-case) pattern matched case-sensitively on the
    lower-cased text: several times faster, as it lets the engine skip alternatives.
    """
    if words.isascii():
        return _NEG_WORDS_LOWER.search(words.lower()) is not None
    return _NEG_WORDS.search(words) is not None


def _first_person_voice(rules: Clauses, sent_start: int, verb: int) -> str | None:
    """'We call for …' (also 'We also call for …', 'We once again call …'): who issued
    the release, else the state or body the sentence before is about ('The United States
    stands with … . We call for …')."""
    also = RX.WE_ALSO.fullmatch(rules.text, sent_start, verb)
    if also is not None:
        verb = also.end("we")  # "We also condemn …", "We again call on …": "We" speaks
    voice = rules._release_voice(sent_start, verb)
    if voice is not None or sent_start == 0:
        return voice
    if not _rx(r"\s*We\s+(?:[a-z]+ly\s+)?$").fullmatch(rules.text, sent_start, verb):
        return None
    prev_start, _ = rules.sent(sent_start - 1)
    head = _rx(r"\s*(?:The\s+)?").match(rules.text, prev_start, sent_start)
    at = head.end() if head else prev_start
    mm = rules.actor_at(at, person=False)
    return None if mm is None else mm.key


def _demonym_deed(rules: Clauses, at: int, sent_end: int) -> tuple[list[str], int] | None:
    """'(the) Russian missile strikes on …' right at ``at``: the state of the demonym
    that did the deed, and where its noun ends."""
    return _demonym_state(rules, RX.DEMONYM_DEED.match(rules.text, at, sent_end))


def _demonym_rulers(rules: Clauses, at: int, end: int) -> tuple[list[str], int] | None:
    """'(the) Burmese military junta', 'the Iranian regime' right at ``at``: the state
    whose rulers the demonym names, and where the phrase ends."""
    return _demonym_state(rules, RX.DEMONYM_RULERS.match(rules.text, at, end))


def _demonym_state(rules: Clauses, m: re.Match[str] | None) -> tuple[list[str], int] | None:
    """The state of the demonym ``m`` caught as ``d``, and where ``m`` ends; None when the
    word names no state."""
    if m is None:
        return None
    state = rules.ensure(rules.demonyms.get(_fold(m.group("d"))))
    if state is None or rules.ents[state].type != "state":
        return None
    return [state], m.end()


def _demonym_people(rules: Clauses, lo: int, hi: int) -> str | None:
    """The state of the first people named in the plural as a sentence's subject between
    ``lo`` and ``hi`` ("The Americans are not honest": the United States), if any."""
    for m in RX.DEMONYM_PEOPLE.finditer(rules.text, max(0, lo - 1), hi):
        found = _demonym_state(rules, m)
        if found is not None:
            return found[0][0]
    return None


def _side_of(rules: Clauses, at: int) -> tuple[list[str], int] | None:
    """'the Ukrainian side', 'the Israeli authorities', 'Russian forces' right at ``at``
    (words for a state or its arms): the state of the demonym, and where the phrase ends."""
    return _demonym_state(rules, RX.SIDE.match(rules.text, at))


def _own_side(rules: Clauses, key: str) -> set[str]:
    """``key``, the bodies it holds a post in and their states: 'Iranian Foreign Minister X
    condemned the attack and conveyed Tehran's protest' pins no deed on Iran."""
    own = {key}
    for org in [rules.ents[key].country] + [p.org for p in rules.positions if p.holder == key]:
        if org is not None:
            own.add(org)
            # (a state named only as another's country is a lexicon key, no entity yet)
            ent = rules.ents.get(org)
            if ent is not None and ent.country is not None:
                own.add(ent.country)  # "the Iranian Foreign Ministry's spokesman"
    return own
