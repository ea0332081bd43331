"""Clause helpers more than one fact kind calls: subjects, lists, pronouns, dates, places.

:class:`Clauses` is the base every rule class extends: what one kind of fact asks about a
clause that another kind asks too (who is the subject before a verb, the list of parties
after it, when and where, who relayed the words, the statement a said-clause belongs to,
the meeting or accusation a rule adds) lives here, so the rule modules stay independent
of each other (an import-linter contract)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from diplokg.extract.dating import Dating
from diplokg.extract.patterns import (
    _ACCUSE_VERBS,
    _COMMON_CAPS,
    _DOC_NP,
    _GOVERNMENT_PUBLISHER,
    _MEDIA,
    _MONTHS,
    _NOT_JOINED,
    _NUMBERS,
    _PLANNED,
    _PREP_BEFORE,
    _ROLE_TITLE,
    _SPEECH_WORDS,
    _TITLE_WORDS,
    _US_PUBLISHER,
    _WEEKDAYS,
    _may_end_with,
    _negation,
    _words,
)
from diplokg.extract.state import Found as Found
from diplokg.extract.state import _Acc, _Evt, _Men, _Stmt
from diplokg.extract.text import _fold, _rx, head_scan, last_words, tokens
from diplokg.extract.titles import _TITLES_A_STATE_LACKS
from diplokg.gazetteer import BODY_STATES


@dataclass(frozen=True, slots=True)
class Charge:
    """What an accusation says: who accuses whom of what, and how firmly."""

    kind: str  # "accusation" or "criticism"
    accuser: str | None
    accused: list[str]
    about: str
    factuality: str  # "asserted", "hedged" or "negated"


_PRONOUNS = {"he": "person", "she": "person", "they": "any", "it": "org"}

# "The U.S. and Mozambican governments signed …": two states (or their people) as the
# subject, each named by a demonym or a name (see Extractor._demonym_pair)
# (by hand: the words of _DEMONYM_PAIR's "w" that name states, not persons)
_PAIR_OF_STATES = frozenset(_words("governments sides delegations authorities"))
_DEMONYM_PAIR = re.compile(
    r"\s*(?:[^.;:]{0,60}?,\s+)?[Tt]he\s+(?P<a>[A-Z][\w.’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+and\s+"
    r"(?P<b>[A-Z][\w.’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+(?P<w>governments|sides|delegations|"
    r"authorities|leaders|presidents|ministers|foreign\s+ministers|prime\s+ministers)\b"
)
# where a meeting was held (see Extractor._meeting_place): "in X", "at the X", "in the
# capital, X", "in the border town of X"
_PLACE_AFTER_PREP = re.compile(
    r"\b(?:in|at)\s+(?:(?P<the>the)\s+(?P<what>(?:[a-z-]+\s+){0,2}[a-z-]+(?:\s+of\s+|,\s+))?)?"
    r"(?=[A-Z])"
)
_APPOSED_PAIR_GAP = re.compile(  # between "A" and "B" of "A, Kenya's president, and B"
    r",\s+[^,;“”\"]{2,60},\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,4}"
)
_APPOSED_PAIR_TAIL = re.compile(  # after "B": ", Norway's prime minister, " or nothing
    r"(?:,\s+[^,;“”\"]{2,60},)?\s*(?:(?:also|later|then|first|have|has|had|will)\s+)*"
)
_RELATIVE_AFTER_TRIGGER = re.compile(  # a relative clause after a meeting's verb
    r"(?:,\s+|\s+)(?:that|which|whose)\s+(?!day\b|week\b|evening\b|morning\b)"
)
_TOPIC_NOUN_BEFORE = re.compile(  # "rights in X", "the war in X": a noun the place modifies
    r"\b(?:rights|situation|crisis|war|conflict|violence|fighting|peace|stability|security|"
    r"troops|forces|presence|interests|investments?|operations|unrest|tensions|elections?|"
    r"dispute|killings|attacks?|deaths|refugees|minorities|people|civilians|victims)\s+$"
)
_UNKNOWN_PLACE = re.compile(  # a capitalised name of one to three words, then a date or a stop
    rf"[A-Z][a-z’'-]+(?:[ -][A-Z][a-z’'-]+){{0,2}}(?=,?\s+(?:on|last|this|next)\s+"
    rf"(?:{_WEEKDAYS}|\d|{_MONTHS}|week|month)|,?\s+(?:today|yesterday)\b|[.;]\s|[.;]?$|"
    # "signed in Port Alver by Minister A": the signers follow
    r"\s+by\s+(?:(?:the|his|her|their)\s+)?[A-Z])"
)
_UNKNOWN_PLACE_WHERE = re.compile(  # "Abidjan, where", "Abidjan tomorrow, where"
    r"[A-Z][a-z’'-]+(?:[ -][A-Z][a-z’'-]+){0,2}(?=(?:,\s+in\s+[A-Z][\w’' -]{1,30}?)?"
    r"(?:,?\s+(?:today|tomorrow|yesterday|(?:on|next|last|this)\s+[A-Z]?[a-z]+))?,?\s+where\b)"
)
_PLACE_BEFORE_MEETING = re.compile(  # before the verb: where the subject had come to
    r"(?:\b(?:arrival|arrived|was|were|is|are|will\s+be)\s+in|\b(?:travel(?:s|led|ed|ling|ing)?|flew|"
    r"flies|headed|heads)\s+(?:on\s+)?to|\bvisit(?:ed|s|ing)?|"
    r"\b(?:his|her|their)\s+(?:\w+\s+)?visit\s+to)\s+"
    r"(?:the\s+[A-Z][a-z]+\s+capital,\s+)?"  # "visited the Chadian capital, N’Djamena, where"
    r"(?P<p>[A-Z][\w’'-]*)(?:[^.;]{0,40}?(?:,?\s+where\s+(?:\w+\s+){0,3}|"
    r"\s+for\s+(?:[\w-]+\s+){0,2}|,\s+(?:[\w.’'-]+\s+){0,5}|"
    r"\s+and\s+(?:then\s+|also\s+|later\s+)?)|"  # "visited X today and met B"
    # "who was visiting Nairobi, Kenya, to attend the … Conference (TICAD VI), held"
    r"(?:\s+[A-Z][\w’'-]*)?(?:,\s+[A-Z][\w’' -]{0,30}?)?,?\s+to\s+attend\s+[^.;]{0,140}?,\s+"
    r"(?:[\w.’'-]+\s+){0,5})$"
)
_FRONTED_EARLIER = re.compile(  # a sentence's opening phrase telling an earlier/later event
    r"\s*(?:Following|After|Before|Ahead\s+of|Prior\s+to)\b[^,;.“”\"]{0,120},"
)
_FRONTED_SETTING = re.compile(  # a sentence's opening phrase naming the meeting it tells
    r"\s*(?:(?:In|At|During)\s+(?:a|an|the|their|his|her)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:meeting|talks|summit|session)|Meeting|Talking)\b"
    r"(?:[^.;“”\"]|(?<=\b(?:St|Mt|Ft))\.){0,160}?,\s+(?=(?:[\w.’'-]+\s+){0,14}?"
    r"(?:met|held|discussed|reviewed|agreed|exchanged|signed|talked)\b)"
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


_READOUT_LEAD = re.compile(  # "A spokesperson for the Foreign Secretary said:" before a quote
    r"\b(?i:spokes(?:person|man|woman))\s+for\s[^.“”\"]{2,80}?\s(?:said|stated|added)\s*:\s*$"
)
#: a plural title and the title each of those it names holds: "the two presidents"
_PLURAL_TITLE = {
    "presidents": "president",
    "prime ministers": "prime minister",
    "premiers": "premier",
}
_LIST_GAP = re.compile(
    r"\s*(?:(?:the|his|her|its|their|of|with|[A-Z][\w’'.-]*|\d+|head|diplomacy|foreign|minister|"
    r"ministers|president|secretary|prime|state|counterpart|chief|diplomat|top|envoy|"
    r"ambassador|leader|leaders|officials?|special|climate|treasury|deputy|vice|acting|"
    r"two|three|four|five|six|seven|eight|nine|ten|other|fellow|pair|peer|colleague|opposite|"
    r"number|homologue|Mr|Mrs|Ms|Dr|H\.E\.|neighbou?ring|rival|western|eastern|northern|"
    r"presidential|negotiators?|advis[eo]rs?|defen[cs]e|interior|energy|trade|finance|"
    r"southern|former|outgoing|incoming|new|chancellor|"
    # a news story's occupations: "Russian service journalist X", "opposition activist X"
    r"journalist|reporter|correspondent|activist|dissident|lawmaker|opposition|"
    # a compound title: "State Councilor and Foreign Minister", "Minister of Foreign Affairs
    # and Trade"
    r"(?:Councilor|Councillor|Minister|Secretary|President|Premier|Affairs)\s+and(?=\s+[A-Z]))"
    r"[\s,.]+)*"
)
_TITLE_OF_APPOSITION = re.compile(  # ", Minister of Foreign Affairs of " after a name
    rf",\s+(?:the\s+)?(?=[^,;.]{{0,80}}?\b(?i:{_TITLE_WORDS})\b)[^,;.]{{0,80}}\s+of\s+"
    r"(?:the\s+)?"
)
_STATE_TITLE_AFTER = re.compile(  # after "the US": " Secretary of State", "'s foreign minister"
    rf"(?:[’']s)?\s+(?:[\w-]+\s+){{0,3}}?(?i:{_TITLE_WORDS})\b(?:\s+of\s+[A-Z][\w-]*)?"
)
_MEMBERS_OF = re.compile(  # "The members of the Security Council": the Council speaks
    r"\b(?:members?|leaders?|representatives?|delegations?|heads?|chiefs?|spokes(?:man|woman|"
    r"person))\s+of\s+(?:the\s+)?$"
)
_WELCOMED_TO = re.compile(  # at a meeting's verb: "welcomed B (of Y) to "
    r"(?:welcomed|welcomes|welcoming|welcome)\s+[^.;,]{1,100}?\s+to\s+(?=[A-Z])"
)
_DURING_THE_VISIT = re.compile(  # before a meeting's verb: "During the visit, "
    r"\b(?:During|On|In\s+the\s+course\s+of|While\s+on)\s+(?:the|this|his|her|their)\s+"
    r"(?:visit|trip|stay)\b"
)
_TITLE_AFTER_ORG = re.compile(
    # ("Thailand's Deputy Prime Minister and Minister of Commerce, A": two titles of one)
    # ("…, the Hon A MP", "…, Senator the Hon B": an honorific before the name)
    rf"(?:[’']s)?(?:\s+\([A-Z]{{2,6}}\))?\s+{_ROLE_TITLE}(?:\s+and\s+{_ROLE_TITLE},)?,?\s+"
    r"(?:(?:Senator\s+)?(?:the\s+)?(?:Rt\.?\s+)?Hon\.?\s+|Senator\s+)?|"
    r"(?:[’']s)\s+[a-z ]{3,40},\s+|"
    r"\s+[a-z][a-z -]{2,40}?\s+(?:to|of|in|at)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+|"
    r"[’']s\s+(?:[a-z][a-z-]*\s+){0,4}|"  # "China's Wang Yi", "China's top diplomat Wang Yi"
    r"\s+counterpart,?\s+"  # "his Singapore counterpart, R Anandan"
)
_POST_NOMINAL = re.compile(r"\s+(?:MP|MEP|MSP|MLA|TD|QC|KC)\b(?![\w-])")
_LIST_NOUN = re.compile(
    r"\s+(?:nations|countries|member\s+states|members|states|allies|partners|leaders|"
    r"governments|bloc)\b"
)
_LIST_SEP = re.compile(
    r"(?:’s|'s)?(?:\s*,\s*(?:as\s+well\s+as\s+|and\s+|along\s+with\s+)?|\s+and\s+|"
    r"\s+as\s+well\s+as\s+|\s+along\s+with\s+|\s*&\s*)"
)
_PRONOUN_SUBJECT = re.compile(  # "… he also said", at the end of a clause
    r"\b(?P<p>he|she|they|it|He|She|They|It)\s+(?:(?:also|then|later|had|has|have|once|"
    r"repeatedly|again|publicly|openly|previously|recently|earlier|often|sharply|"
    r"would|will|was|were|is|had\s+also|reportedly|allegedly|even|directly|due\s+to|set\s+to|"
    r"expected\s+to|scheduled\s+to|planning\s+to|plans\s+to|planned\s+to|"
    r"looks\s+forward\s+to|went\s+on\s+to|goes\s+on\s+to|continued\s+to|proceeded\s+to|"
    r"(?:was|were)\s+quick\s+to|took\s+care\s+to|took\s+the\s+opportunity\s+to)\s+)*$"
)
# "… and accused", at the end of a clause: its conjunctions, then any of its adverbs and
# auxiliaries; the words (and ",") it may end in are the two lists (see _may_end_with)
_COORDINATING = _words("and but")
_COORDINATED_BETWEEN = _words(
    "also then later has have had was is repeatedly publicly openly directly"
)
_COORDINATED = re.compile(
    r"(?:\b" + r"|\b".join(_COORDINATING) + r"|,)\s+"
    rf"(?:(?:{'|'.join(_COORDINATED_BETWEEN)})\s+)*$"
)
# a clause that names where its words come from ("X reported", "according to X")
_REPORTING_CLAUSE = re.compile(
    r"\b(?:reported|reports|reportedly|showed|aired|broadcast|quoting|quoted|"
    r"according\s+to)\b"
)
# titles before a name: "NATO military chief U.S. General ", "Foreign Minister "
_TITLE_RUN = re.compile(
    r"(?:(?:[A-Z][\w.’'-]*|chief|military|foreign|defen[cs]e|minister|secretary|general|"
    r"envoy|commander|president|of|the|for)\s+)*"
)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# after a medium's name: it relays the words ("NHK reported", "NHK showed Abe saying")
_MEDIUM_TOLD = re.compile(
    r"\s+(?:(?:also|later|then)\s+)?(?:reported|said|reports|says|quoted|showed|shows|aired|"
    r"broadcast|carried)\b"
)
_PRONOUN_ENDS = last_words(_PRONOUN_SUBJECT)  # what it ends in (see _may_end_with)
_COORDINATED_ENDS = (",", *_COORDINATING, *_COORDINATED_BETWEEN)
# a clause that starts with its pronoun subject and a verb ("She will meet", "He held")
_CLAUSE_PRONOUN = re.compile(r"\s*(?P<p>He|She|They)\s+(?=[a-z])")
_REPORTING_VERB = re.compile(
    r"\b(?:said|says|say|told|tells|added|noted|stressed|announced|stated|believes?|"
    r"thinks?|hopes?|warned|insisted|argued|claimed|that)\b"
)


#: What may stand before a sentence's subject: nothing, or a few capitalised title words.
_OPENING_TITLES = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+){0,4}")
_VERB_AFTER = re.compile(
    r"(?:[’']s\s+[a-z]+\s+)?(?:,\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+)?[^,.;“”\"]{1,120},"
    # "X, who had called Y a “corrupt communist” during the campaign, struck": a relative
    # clause may hold a quoted word or two
    r"|,\s+who\s+[^,.;“”\"]{1,80}(?:[“\"][^,.;“”\"]{1,40}[”\"][^,.;“”\"]{0,80})?,)?"
    r"(?:\s+(?:party|government|ministry|officials|authorities|side|delegation|office|spokesman|"
    r"spokeswoman|spokesperson))?"
    rf"(?:\s+(?:on\s+)?(?:{_WEEKDAYS}))?"  # "Jens Stoltenberg on Monday accused"
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


_MEDIA_GAP = re.compile(
    r"(?:(?:the|a|an|state|public|private|national|daily|news|official|semi-official|"
    r"state-run|state-owned|pro-government|independent|[A-Z][a-z]+)\s+){0,3}"
    r"(?:broadcaster|agency|newspaper|daily|channel|network|radio|television|outlet|"
    r"news\s+agency|press\s+service|weekly|paper)\s+"
)
_REPORTING_TAIL = re.compile(  # a clause telling who reported what was said before it
    r",\s+(?:quoting|citing|according\s+to|(?:he|she|they|it)\s+(?:said|told|added))\b"
)
_SUBORDINATE = re.compile(  # a name inside a subordinate clause ("whether X had …")
    r"\b(?:whether|if|that|when|while|after|before|because|although|as|since|once|until)\s+"
    r"[^,;]*$"
)
_RELAY = re.compile(  # who relayed words: "quoted by AFP", "told Reuters", "according to …"
    r"\b(?:(?:quoted|cited)\s+(?:as\s+saying\s+)?by|[Aa]ccording\s+to|reported\s+by|told|"
    r"said|says|citing|reports?|reported|interview\s+with|(?:[Ss]peaking|[Tt]alking)\s+to|"
    r"(?:declared|stated|explained|spoke|said)\s+to|"
    r"(?:remarks|comments)\s+to)\s+(?:(?:a|the)\s+statement[\s.]*(?:\w+\.\s*)?)?"
    r"(?:(?:the|a|an|official|semi-official|state-run|state-owned|state|public|"
    r"pro-government|independent|private)\s+)*"
)
_RELAY_SCAN = head_scan(_RELAY)
# From an organisation or state to the person who speaks for it: "State Department
# spokesperson Marcus Hale", "the Progressive Party’s foreign affairs spokesman, Daniel Okafor".
_ORG_TO_HOLDER = re.compile(
    rf"(?:[’']s)?\s+(?:(?:[\w-]+|[A-Z][\w-]*)\s+){{0,3}}?(?i:{_TITLE_WORDS}|chief|head|"
    r"director|coordinator|representative|rapporteur)"
    r"(?:\s+(?:for|of|on)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?,?\s+"
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
    "taoiseach": "Ireland",
    "tánaiste": "Ireland",
}


#: Between a name and the state its title is of: ", Minister for Foreign Affairs of ".
_APPOSED_TITLE_OF = re.compile(
    r",\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|for|and|of|the|&)){0,6}?\s+of\s+"
    r"(?:the\s+)?"
)


_ACCORDING_TO_LEAD = re.compile(  # "According to Zakharova, " at the sentence start
    r"\s*[Aa]ccording\s+to\s+(?P<who>)"
)

_REPORTING = re.compile(  # a verb of saying that introduces the reported words
    r"\b(?P<verb>said|says|stated|states|claimed|claims|alleged|alleges|insisted|insists|"
    r"argued|argues|told\s+(?:reporters|journalists|[A-Z][\w-]+))\b"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
    r"yesterday))?(?:\s+that)?\b"
)

_SAID_TAIL = re.compile(  # ", X said." after the reported words
    r",\s+(?:the\s+)?(?P<who>)[A-Z][^,;.“”\"]{1,60}?\s+(?:said|says|stated|claimed)\b"
)


class Clauses(Dating):
    """Clause helpers shared by the fact kinds, over the working state."""

    # -- the organisation a phrase names or follows -----------------------------

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

    def _recent_org(self, pos: int, kind_word: str | None = None) -> str | None:
        """The organisation 'its' / 'the party' points back to: the last one named before."""
        lo = self.sent_starts[max(0, bisect.bisect_right(self.sent_starts, pos) - 3)]
        wanted = {
            "party": ("party",),
            "ministry": ("government-body",),
            "agency": ("government-body", _MEDIA),
            "company": ("company",),
        }.get(kind_word or "")
        first = None
        for m in reversed(self.mentions_between(lo, pos)):
            ent = self.ents[m.key]
            if not ent.is_org or self.in_quote(m.start) or (ent.type == _MEDIA and not wanted):
                continue
            if wanted and ent.type not in wanted:
                continue
            if not wanted or (kind_word or "") in ent.name.lower():  # "the ministry": a Ministry
                return m.key
            first = first or m.key
        return first

    def _implied_org(self, role: str) -> str | None:
        """The body a title belongs to wherever it is used ("Secretary-General": the UN;
        "Under-Secretary-General for Political Affairs": the UN too)."""
        return self.ensure(self._implied_org_key(role))

    def _implied_org_key(self, role: str) -> str | None:
        """The lexicon's key of :meth:`_implied_org`'s body, not added to the article."""
        low = _rx(r"\s+").sub(" ", role.strip()).lower()
        if low.startswith("secretary of state for "):
            return None  # "Secretary of State for Scotland": a British office, not the US's
        name = _IMPLIED_ORG.get(low) or _IMPLIED_ORG.get(_rx(r" for .*$").sub("", low))
        if name is None:
            return None
        bucket = self.lex.forms.get(tuple(_fold(t) for _, _, t in tokens(name))) or []
        return bucket[0].key if bucket else None

    def _org_start_before(self, pos: int) -> int:
        seg = self.text[max(0, pos - 60) : pos]
        m = _rx(r"([A-Z][\w.’'-]*?)(?:[’']s)?[^\S\n]+$").search(seg)
        return pos - (len(seg) - m.start(1)) if m else pos

    # -- subjects, speakers and who relayed their words --------------------------

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
                a = ante[-1]
                if not self.ents[a.key].is_person and head[rel.start() :].lstrip(", ").startswith(
                    "who"
                ):
                    # "Minister A of Norway, who is on a visit": "who" is A, not Norway
                    of = _rx(r"\s+of\s+(?:the\s+)?$").search(text, max(0, a.start - 12), a.start)
                    person = next(
                        (
                            m
                            for m in self.mentions_between(max(0, a.start - 80), a.start)
                            if of is not None and m.end == of.start() and self.ents[m.key].is_person
                        ),
                        None,
                    )
                    if person is None and of is not None:
                        # "Ms. A, Minister for Foreign Affairs of Japan, who": A, the name
                        # before the comma and a title of capitalised words
                        person = next(
                            (
                                m
                                for m in reversed(
                                    self.mentions_between(max(0, a.start - 100), a.start)
                                )
                                if self.ents[m.key].is_person
                                and _APPOSED_TITLE_OF.fullmatch(text, m.end, of.end())
                            ),
                            None,
                        )
                    if person is not None:
                        return person.key
                    if of is not None and self.ents[a.key].type == "state":
                        return None  # "Mr. X, Prime Minister of Japan, who": X, unknown
                return a.key
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
        if coordinated:
            # "He is to hold talks with A, and meet with B": the clause's pronoun subject
            # does both; the names after it are its objects
            # ("He said A, and B accused …" has another clause inside: not then)
            pm = _CLAUSE_PRONOUN.match(text, clause_lo)
            if pm is not None and not _REPORTING_VERB.search(text, pm.end(), pos):
                return self.resolve_pronoun(pm.start("p"), pm.group("p").lower())
        order = cands if coordinated else list(reversed(cands))
        if coordinated:  # "Asked whether Russia had …, Hale declined …, saying": not Russia
            order = [
                m
                for m in order
                if not _SUBORDINATE.search(text[max(clause_lo, m.start - 80) : m.start])
            ] or order
        for m in order:
            if (
                _VERB_AFTER.match(text, m.end)
                and not _PREP_BEFORE.search(text, max(0, m.start - 40), m.start)
                and not self._after_a_place(m)
            ):
                return m.key
        for m in cands:
            if (
                not _PREP_BEFORE.search(text, max(0, m.start - 40), m.start)
                and not self._in_apposition(m)
                and not self._after_a_place(m)
            ):
                return m.key
        if all(self.ents[m.key].type == _MEDIA for m in cands):
            return None  # "in an interview with the X Corporation, confirmed": no speaker
        last = cands[-1]
        if self._after_a_place(last):
            return None
        if (
            _PREP_BEFORE.search(text, max(0, last.start - 40), last.start)
            and not (
                _VERB_AFTER.match(text, last.end)
                and (self.ents[last.key].is_person or not _rx(r",\s*who\b").match(text, last.end))
            )
            and not _rx(r",\s*who\b" if self.ents[last.key].is_person else r",\s*which\b").match(
                text, last.end
            )
            and not _MEMBERS_OF.search(text, max(0, last.start - 40), last.start)
        ):
            # "In their discussion of Syria, NSA Rice reiterated": the subject is a name
            # the text does not know, not the object of a preposition before it
            return None
        return last.key

    def _after_a_place(self, m: _Men) -> bool:
        """Whether ``m`` is the state of a place named right before it ("visiting Nairobi,
        Kenya, met …"): an apposition, never a clause's subject."""
        if self.ents[m.key].type != "state":
            return False
        prev = self.mentions_between(max(0, m.start - 60), m.start)
        if prev and _rx(r",\s*").fullmatch(self.text, prev[-1].end, m.start):
            return self.ents[prev[-1].key].is_place or prev[-1].how == "place"
        # a city no list knows: "her visit to Capri, Italy to attend …"
        cm = _rx(r"\b(?:to|in|at|visiting|visited)\s+[A-Z][\w’'-]+,\s*$").search(
            self.text, max(0, m.start - 40), m.start
        )
        return cm is not None

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
            # "Milei, who had called Lula a “corrupt communist”, struck a conciliatory tone":
            # a name opening its sentence (after title words at most) is its subject
            first = fitting[0]
            if (
                k != here
                and _OPENING_TITLES.fullmatch(text, lo, first.start)
                and text[first.end : first.end + 2] not in ("’s", "'s")
            ):
                return first.key
            return fitting[-1].key
        return None

    def unquoted(self, matches: Iterable[re.Match[str]]) -> Iterator[re.Match[str]]:
        """Each of ``matches`` that starts outside quotations."""
        for m in matches:
            if not self.in_quote(m.start()):
                yield m

    def in_readout(self, pos: int) -> bool:
        """Whether ``pos`` is inside a spokesperson's readout: a quotation introduced by
        "A spokesperson for X said:" that runs on for paragraphs, telling the talks in the
        third person ("the two ministers discussed …, they agreed …") as prose would."""
        i = bisect.bisect_right(self.q_open, pos) - 1
        if i < 0 or not self.qspans[i][0] < pos < self.qspans[i][1]:
            return False
        qs, qe = self.qspans[i]
        if self.para(qe - 1) == self.para(qs + 1):
            return False
        return _READOUT_LEAD.search(self.text, max(0, qs - 160), qs) is not None

    def prose(self, matches: Iterable[re.Match[str]]) -> Iterator[re.Match[str]]:
        """Each of ``matches`` that starts outside quotations or in a readout (see
        :meth:`in_readout`)."""
        for m in matches:
            if not self.in_quote(m.start()) or self.in_readout(m.start()):
                yield m

    def woven(self, pos: int) -> bool:
        """Whether ``pos`` opens a quotation woven into the sentence's own syntax: 'A and
        B have “agreed to continue …,” X said' (the words are quoted, the clause is prose)."""
        i = bisect.bisect_right(self.q_open, pos) - 1
        if i < 0 or self.qspans[i][0] != pos - 1:
            return False
        return (
            _rx(r"\b(?:have|has|had|also|[a-z]+ly)\s+$").search(
                self.text, max(0, pos - 21), pos - 1
            )
            is not None
        )

    def asserted_sentence(self, s: int, reach: int = 30) -> tuple[int, int] | None:
        """The sentence around ``s`` if a fact may be read there: outside quotations, and
        no negation in the ``reach`` characters before ``s`` ("did not sign an agreement")."""
        if self.in_quote(s):
            return None
        sent_start, sent_end = self.sent(s)
        if _negation(self.text[max(sent_start, s - reach) : s]):
            return None
        return sent_start, sent_end

    def asserted(
        self, matches: Iterable[re.Match[str]], reach: int = 30
    ) -> Iterator[tuple[re.Match[str], int, int]]:
        """Each of ``matches`` whose start is asserted (see :meth:`asserted_sentence`), with
        the start and end of its sentence."""
        for m in matches:
            where = self.asserted_sentence(m.start(), reach)
            if where is not None:
                yield m, where[0], where[1]

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
            if (m.group("doc") == "statement" or st.kind in ("communique", "declaration", "report"))
            and st.rule != "statement:state-says"  # ("China has said …": no document)
        ]
        if documents and documents[-1].issuers:
            return documents[-1].issuers[0]
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
                subjects = self.list_after(mm.start, kinds=("org", "person"))
                if subjects is not None and len(subjects[0]) >= 2:
                    continue  # "said Putin, Lavrov and Kerry will discuss “…”": who will
                people.append((mm.start, mm.key))
        for mm in self.mentions_between(lo, hi):
            ent = self.ents[mm.key]
            if ent.type == _MEDIA and mm.key != speaker and not self.in_quote(mm.start):
                after = text[mm.end : mm.end + 30]
                if _MEDIUM_TOLD.match(after):
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

    def titled_pair(self, first: _Men, pos: int, gap: re.Pattern[str]) -> list[str]:
        """'A and NATO military chief U.S. General B have …': two persons, the second named
        after the titles they hold, when ``gap`` spans B's name to the verb at ``pos``;
        none when anything but titles (a comma, a verb, a lower-case word not a title's)
        stands between them."""
        text = self.text
        if not self.ents[first.key].is_person:
            return []
        am = _rx(r"\s+and\s+").match(text, first.end, pos)
        if am is None:
            return []
        for mm in self.mentions_between(am.end(), pos):
            if not self.ents[mm.key].is_person:
                continue
            between = text[am.end() : mm.start]
            if len(between.split()) > 8 or not _TITLE_RUN.fullmatch(between):
                return []
            if mm.key != first.key and gap.fullmatch(text, mm.end, pos):
                return [first.key, mm.key]
            return []
        return []

    def carried_relays(self, sent_start: int, sent_end: int, speaker: str) -> list[str]:
        """Media that relay ``speaker``'s words from an earlier sentence of the paragraph:
        the nearest one before that reports anything ("NHK reported that Suga told
        reporters: “…” Suga added: “…”"; "NHK showed Abe saying … He stressed “…”"), if it
        names the speaker. A sentence between that tells of its own source ("The networks
        reported", "according to officials") ends the search; none then."""
        own = _QUOTED.sub(" ", self.text[sent_start:sent_end])
        if _REPORTING_CLAUSE.search(own):
            return []
        para = self.para(sent_start)
        pos = sent_start
        for _ in range(3):
            if pos <= 0:
                return []
            s0, e0 = self.sent(pos - 1)
            if self.para(s0) != para or s0 >= pos:
                return []
            outside = _QUOTED.sub(" ", self.text[s0:e0])
            if _REPORTING_CLAUSE.search(outside):
                if not any(m.key == speaker for m in self.mentions_between(s0, e0)):
                    return []
                return [k for k in self.relays(s0, e0, speaker) if self.ents[k].type == _MEDIA]
            pos = s0
        return []

    # -- the statement or meeting a clause belongs to ----------------------------

    def _statement_for(
        self, issuer: str, kind: str, ev: tuple[int, int], *, rule: str, conf: float
    ) -> _Stmt:
        for st in self.statements:
            if issuer in st.issuers and (st.kind == kind or kind == "statement"):
                return st
        sid = self.new_id(f"{issuer}-{kind}")
        st = _Stmt(sid, ev, rule, conf, kind, [issuer])
        self.statements.append(st)
        return st

    def _maybe_statement_from_said(self, key: str, ev: tuple[int, int]) -> None:
        ent = self.ents[key]
        if ent.is_org and ent.type not in ("state", _MEDIA):
            self._statement_for(key, "statement", ev, rule="statement:organisation-said", conf=0.6)

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

    # -- lists of parties, the meetings they hold and where ----------------------

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
                if tm is None and _rx(r"\s(?:of|for)\s+(?:the\s+)?$").search(
                    text, max(0, mm.start - 12), mm.start
                ):
                    # "President of the People's Republic of China Xi Jinping": the name
                    # after the title's state
                    # (or after a comma: "Prime Minister of Norway, the Hon Per Hald MP"; or
                    # after the body's acronym: "Secretary General of the X (XO), Y")
                    tm = _rx(
                        r"(?:\s+\([A-Z][\w.&-]*\))?"
                        r",?\s+(?:(?:Senator\s+)?(?:the\s+)?(?:Rt\.?\s+)?Hon\.?\s+)?(?=[A-Z])"
                    ).match(text, mm.end)
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
            appositive = False
            if ent.is_person:  # "President A of Norway and President B of Sweden"
                of = _rx(r"\s+of\s+(?:the\s+)?").match(text, end) or _TITLE_OF_APPOSITION.match(
                    text, end
                )  # "B, Minister of Foreign Affairs of Sweden": B's title, not a new item
                state = (
                    next(
                        (
                            x
                            for x in self.mentions_between(of.start(), of.end() + 40)
                            if x.start <= of.end() <= x.end
                        ),
                        None,
                    )
                    if of is not None
                    else None
                )  # ("… of the Republic of Uganda": the state's long name holds the "of")
                if state is not None and self.ents[state.key].type == "state":
                    appositive = of is not None and text.startswith(",", of.start())
                    end = state.end
                # "B, the US Secretary of State,", "B, Ireland's Minister for Transport"
                the = _rx(r"(?:\s+(?:TD|MP|MEP|MSP|MS|MLA))?,\s+(?P<the>the\s+)?").match(text, end)
                state = self.mention_at(the.end()) if the is not None else None
                if the is not None and state is not None and self.ents[state.key].type == "state":
                    tm = _STATE_TITLE_AFTER.match(text, state.end)
                    if tm is not None and (
                        the.group("the") or text.startswith(("’s", "'s"), state.end)
                    ):
                        end, appositive = tm.end(), True
            noun = _LIST_NOUN.match(text, end) or _POST_NOMINAL.match(text, end)
            if noun:
                end = noun.end()  # ("A MP and B": the letters after a name are no item)
            if closed:
                break
            sep = _LIST_SEP.match(text, end)
            if not sep:
                break
            if _rx(r"\band\s+$").search(sep.group()):
                closed = True
            elif appositive:
                break  # "B, President of Uganda, A discussed …": the clause goes on
            cur = sep.end()
        return (keys, end) if keys else None

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

    def _subject_list(self, sent_start: int, pos: int) -> list[str]:
        """The coordinated subject of the clause ending at ``pos``: 'A and his counterpart, B'."""
        text = self.text
        head = text[sent_start:pos]
        tm = _rx(
            r"\b[Tt]he\s+(?P<n>two|three|four)\s+(?P<w>(?i:ministers|men|women|leaders|presidents|sides|delegations|"
            r"foreign\s+ministers|heads\s+of\s+state|countries|neighbou?rs|governments|parties|"
            r"diplomats|envoys|premiers|prime\s+ministers))\b"
        ).search(head) or _rx(
            # "The Prime Ministers will meet in X": a sentence's plural title, no number, is
            # the pair named before
            r"(?:^\s*The\s+(?P<n>)(?P<w>Prime\s+Ministers|Foreign\s+Ministers|Presidents)\s+"
            r"(?:will\s+|also\s+|then\s+)*|"
            # "the partnership between Prime Ministers, who last met at APEC in X"
            r"\bbetween\s+(?:the\s+)?(?:two\s+)?(?P<w2>Prime\s+Ministers|Foreign\s+Ministers|"
            r"Presidents|leaders|ministers),\s+who\s+(?:last\s+|first\s+|also\s+|previously\s+)*)$"
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
                if len(dict.fromkeys(named)) == _NUMBERS[tm.group("n") or "two"]:
                    return list(dict.fromkeys(named))
            want_states = (tm.group("w") or "").lower() in (
                "sides",
                "countries",
                "neighbours",
                "neighbors",
                "governments",
                "parties",
                "delegations",
            )
            found: list[str] = []
            # "the two presidents": the last two holding that title, when the text says so
            title = _PLURAL_TITLE.get(_rx(r"\s+").sub(" ", tm.group("w") or "").lower())
            titled = {p.holder for p in self.positions if title and title in p.role.lower()}
            before = self.mentions_between(max(0, sent_start - 1500), sent_start + tm.start())
            if title:  # or whom the text titles so: "talks with President B"
                titled |= {
                    mm.key
                    for mm in before
                    if text[max(0, mm.start - 20) : mm.start].lower().endswith(title + " ")
                }
            for mm in reversed(before):
                ent = self.ents[mm.key]
                if self.in_quote(mm.start) or mm.how == "qualifier":
                    continue
                wanted = ent.type == "state" if want_states else ent.is_person
                if len(titled) >= _NUMBERS[tm.group("n") or "two"] and mm.key not in titled:
                    wanted = False
                if wanted and mm.key not in found:
                    found.append(mm.key)
                if len(found) == _NUMBERS[tm.group("n") or "two"]:
                    return list(reversed(found))
            return []
        pair = self._demonym_pair(sent_start, pos)
        if pair:
            return pair
        om = _rx(
            r"\b[Tt]he\s+(?P<w>foreign\s+ministers|defen[cs]e\s+ministers|ministers|leaders|"
            r"presidents|prime\s+ministers|heads\s+of\s+state)\s+of\s+(?:the\s+)?"
        ).search(head)
        dm = _rx(
            r"^\s*(?:[Tt]he\s+)?(?:[Dd]elegations|[Nn]egotiators)\s+(?:from|of)\s+(?:the\s+)?"
        ).match(head)
        if dm:
            # "Delegations from A and B have been meeting": A and B
            lst = self.list_after(sent_start + dm.end(), kinds=("org",))
            if lst and len(lst[0]) >= 2:
                return lst[0]
        if om:
            # "the foreign ministers of A, B and C": the ministers, when the text names them
            lst = self.list_after(sent_start + om.end(), kinds=("org",))
            if lst and len(lst[0]) >= 2:
                want = "Foreign Minister" if om.group("w").startswith("foreign") else None
                title = _PLURAL_TITLE.get(_rx(r"\s+").sub(" ", om.group("w")).lower())
                people = []
                for state in lst[0]:
                    held = [
                        p.holder
                        for p in self.positions
                        if p.org == state
                        and (want is None or p.role == want)
                        and (want is not None or title is None or p.role.lower() == title)
                    ]
                    if not held:
                        held = self._introduced_as_of(state, sent_start)
                    if len(set(held)) == 1:
                        people.append(held[0])
                return people if len(people) == len(lst[0]) else lst[0]
        hm = _rx(r"\b(?P<p>[Hh]e|[Ss]he)\s+and\s+(?=[A-Z])").search(head)
        if hm is not None and not self.in_quote(sent_start + hm.start()):
            # "Kerry says he and Lavrov have agreed …": the one "he" stands for and the
            # names after "and"
            lst = self.list_after(sent_start + hm.end(), kinds=("person", "org"))
            if lst is not None and _rx(
                r"\s*(?:(?:have|has|had|also|both|jointly|then)\s+)*"
            ).fullmatch(text, lst[1], pos):
                who = self.resolve_pronoun(sent_start + hm.start(), hm.group("p").lower())
                if who is not None and who not in lst[0] and self.ents[who].is_person:
                    return [who, *lst[0]]
        cands = [
            mm
            for mm in self.mentions_between(sent_start, pos)
            if not self.in_quote(mm.start) and self.speaker_capable(mm)
        ]
        persons = [mm for mm in cands if self.ents[mm.key].is_person]
        if (
            len(persons) == 2
            and persons[0].key != persons[1].key
            and _APPOSED_PAIR_GAP.fullmatch(text, persons[0].end, persons[1].start)
            and _APPOSED_PAIR_TAIL.fullmatch(text, persons[1].end, pos)
        ):
            # "A, Kenya's president, and B, Norway's prime minister, met": each apposed
            return [persons[0].key, persons[1].key]
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

    def _recent_states(self, pos: int) -> list[str]:
        found: list[str] = []
        for mm in reversed(self.mentions_between(max(0, pos - 1500), pos)):
            if self.ents[mm.key].type == "state" and mm.how != "qualifier" and mm.key not in found:
                found.append(mm.key)
            if len(found) == 2:
                return list(reversed(found))
        return []

    def _headline_para(self, pos: int) -> bool:
        """``pos`` lies in a first paragraph that is no sentence (a headline)."""
        if self.para(pos) != 0 or len(self.para_starts) < 2:
            return False
        first = self.text[: self.para_starts[1]].strip()
        return not first.endswith(".") and ". " not in first

    def add_meeting(
        self,
        parts: Sequence[str],
        span: tuple[int, int],
        trig: int,
        rule: str,
        conf: float,
        *,
        told_from: int | None = None,
    ) -> None:
        """``told_from``: where the meeting's own clause opens ("A told reporters at the
        White House Wednesday that talks with B …": the day and place before it are the
        telling's, not the meeting's)."""
        text = self.text
        sent_start, sent_end = self.sent(trig)
        if told_from is not None:
            sent_start = max(sent_start, told_from)
        clause = text[max(sent_start, trig - 80) : trig + 40]
        status = "planned" if _PLANNED.search(clause) else "held"
        if _CANCELLED_BEFORE.search(text, max(sent_start, trig - 40), trig) or (
            _CANCELLED_AFTER.match(text, span[1], sent_end)
        ):
            # "cancelled his talks with X", "the meeting between A and B was called off"
            status = "cancelled"
        date = self.date_near(trig, future=status == "planned", after_only=told_from is not None)
        # "… will be meeting with B, quoting A as telling the press in X on Thursday": the
        # day and place after the reporting clause are the telling's, not the meeting's
        rc = _REPORTING_TAIL.search(text, span[1], sent_end)
        clause_end = rc.start() if rc is not None else sent_end
        if date is not None and date[0] >= clause_end:
            kept = [
                (ds, de)
                for ds, de in self.dates
                if sent_start <= ds
                and de <= clause_end
                and not self.in_quote(ds)
                and self.resolve(text[ds:de], future=status == "planned") is not None
            ]
            date = min(kept, key=lambda d: abs(d[0] - trig)) if kept else None
        if (
            date is not None
            and status == "held"
            and date[0] >= span[1]
            and _rx(r"\b(?:and|but)\s+(?:will|is\s+to|plans\s+to|is\s+due\s+to)\s").search(
                text, span[1], date[0]
            )
        ):
            date = None  # "met X in Dublin and will hold talks at Friday's forum": that day's
        if date is not None and _rx(r"\b(?:through|thru|until|till|since)\s+$").search(
            text, max(0, date[0] - 8), date[0]
        ):
            date = None  # "during his visit through Sunday": where a span ends, no day of it
        if date is not None and self.in_span(date):
            date = None  # "met in San Francisco on November 9-10": a span is no day
        fe = _FRONTED_EARLIER.match(text, sent_start) if date is not None else None
        if (
            date is not None
            and fe is not None
            and date[0] < fe.end() <= trig
            and not _rx(r"\b(?:meeting|talks|summit|meet|met)\b").search(text, sent_start, fe.end())
        ):
            # "Following a call on Friday, the two leaders met": the call's day (not "After
            # their meeting on Monday, A and B signed …": that meeting's own)
            date = None
        if date is not None:
            res = self.resolve(text[date[0] : date[1]], future=status == "planned")
            if res and res.value and len(res.value) == 10:
                day = dt.date.fromisoformat(res.value)
                if day > self.published:
                    status = "planned"
            if res and res.value is None and res.earliest and res.earliest > self.published:
                status = "planned"
        place = self._meeting_place(max(span[0], sent_start), trig, sent_start, clause_end)
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
            if ev.date and date and not self._same_day(ev.date, date):
                continue  # ("March 3" in the dateline and "on Monday" are one day)
            same_sentence = self.sent(ev.span[0]) == (sent_start, sent_end)
            if ev.place is None and place is not None and ev.occasion is None:
                if (
                    not same_sentence
                    and not (
                        # one planned meeting told again with its place ("A will welcome B on
                        # 7 May. … The Prime Ministers will meet in X")
                        ev.status == status == "planned"
                        and abs(self.para(ev.span[0]) - self.para(trig)) <= 2
                    )
                    # a headline's meeting ("Readout of A’s Meeting with B") told in the text
                    and not (ev.date is None and self._headline_para(ev.span[0]))
                    # "During their meeting, held in New York, …": the one just told
                    and not (
                        rule in ("meeting:anaphoric", "meeting:took-place-between")
                        and abs(self.para(ev.span[0]) - self.para(trig)) <= 1
                    )
                ):
                    continue
                ev.place = place  # "After their meeting in Oslo, A and B signed …": one
            if not ev.date and date:
                ev.date = date
            if span not in ev.extra and span != ev.span:
                if self._headline_para(ev.span[0]) and not self._headline_para(span[0]):
                    ev.extra.append(ev.span)  # the text's telling first, the headline's after
                    ev.span = span
                else:
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
        ev = _Evt(eid, span, rule, conf, "meeting", status, participants=keys)
        ev.place = place
        ev.occasion = occasion
        ev.date = date
        self.events.append(ev)

    def _same_day(self, a: tuple[int, int], b: tuple[int, int]) -> bool:
        """Whether two date phrases name the same day or span, however they are worded."""
        ra = self.resolve(self.text[a[0] : a[1]])
        rb = self.resolve(self.text[b[0] : b[1]])
        if ra is None or rb is None:
            return ra is rb
        return (ra.value, ra.earliest, ra.latest) == (rb.value, rb.earliest, rb.latest)

    def _meeting_place(self, lo: int, trig: int, sent_start: int, sent_end: int) -> str | None:
        """Where a meeting told from ``lo`` on was held: the first place named after "in" or
        "at" in the rest of the sentence ("at the White House", "in the capital, X", "in
        the border town of X"; never a state: an event's place is a dk:Place), else where
        the subject had come to before the verb ("Upon his arrival in X", "was in X,
        where", "will travel to X on Monday for talks")."""
        text = self.text
        rel = _RELATIVE_AFTER_TRIGGER.search(text, trig, sent_end)
        end = rel.start() if rel is not None else sent_end  # "signed a pact that ends …"
        for pm in _PLACE_AFTER_PREP.finditer(text, lo, end):
            if _TOPIC_NOUN_BEFORE.search(text, max(lo, pm.start() - 30), pm.start()):
                continue  # "a dispute over fishing rights in the Sarn Strait": a topic's place
            mm = self.mention_at(pm.end())
            if mm is None and (pm.group("the") is None or pm.group("what")):
                mm = self._unknown_place(pm.end(), sent_end)  # (not "at the Presidency")
            if mm is None or mm.inner:
                continue
            if self.ents[mm.key].is_place or mm.how == "place":
                return mm.key
        wm = _WELCOMED_TO.match(text, trig, sent_end)
        if wm is not None:  # "welcomed B to Canberra"
            mm = self.mention_at(wm.end())
            if mm is not None and (self.ents[mm.key].is_place or mm.how == "place"):
                return mm.key
        bm = _PLACE_BEFORE_MEETING.search(text, sent_start, trig)
        if bm is not None:
            mm = self.mention_at(bm.start("p"))
            if mm is None and _rx(r",?\s+where\s").search(text, bm.start("p"), bm.end()):
                mm = self._unknown_place(bm.start("p"), sent_end, where=True)  # "to Abidjan, where"
            if mm is not None and (self.ents[mm.key].is_place or mm.how == "place"):
                return mm.key
        fm = _FRONTED_SETTING.match(text, sent_start, sent_end)
        if fm is not None and fm.end() <= lo:
            # "In a first meeting held on the margins of the summit in Ostrava, A and B
            # reviewed …", "Meeting today at the Hall in Ostrava, A and B discussed …"
            return self._meeting_place(sent_start, sent_start, sent_start, fm.end())
        return None

    def _unknown_place(self, pos: int, sent_end: int, *, where: bool = False) -> _Men | None:
        """A name no list knows right after a meeting's "in": "met in Port Selim on 3
        October", "in the capital, Valmograd, on Monday" (a place when nothing but a date,
        a comma or the sentence's end follows it); with ``where``, one a relative "where"
        follows ("will travel to Abidjan tomorrow, where she will meet")."""
        text = self.text
        nm = (_UNKNOWN_PLACE_WHERE if where else _UNKNOWN_PLACE).match(text, pos, sent_end)
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

    # -- accusations any fact kind may add, and the states named last ------------

    def _add_accusation(self, charge: Charge, found: Found, made_in: str | None = None) -> None:
        """File ``charge`` unless it accuses no one but its accuser, says nothing, or its
        accuser already accuses one of them in the same sentence."""
        accuser = charge.accuser
        accused = [a for a in dict.fromkeys(charge.accused) if a != accuser]
        about = charge.about.strip()
        if not accused or not about:
            return
        span = found.span
        sent = self.sent(span[0])
        for acc in self.accusations:
            if (
                acc.accuser == accuser
                and set(acc.accused) & set(accused)
                and self.sent(acc.span[0]) == sent
            ):
                return
        kind, rule, conf = charge.kind, found.rule, found.conf
        aid = self.new_id(f"{accuser or 'someone'}-{kind}-{accused[0]}")
        acc = _Acc(aid, span, rule, conf, kind, accuser, accused, about, charge.factuality, made_in)
        self.accusations.append(acc)

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

    def _hypothetical(self, sent_start: int, pos: int) -> bool:
        """Whether what follows ``pos`` is only hoped for, asked, invited, called off or
        conditional ("if", "could", "might"): the sentence's last 60 characters before it."""
        return bool(
            _rx(
                r"\b(?:asked|hopes?|hoped|wants?|wanted|would\s+like|invit\w+|invitation|"
                r"cancell?ed|cancels?|called\s+off|postponed|if|could|might)\b[^.;]*$"
            ).search(self.text[max(sent_start, pos - 60) : pos])
        )

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
            state = self._story_state() or self._first_state(pos)
        return self.ensure(state) if state else None

    def _first_state(self, pos: int) -> str | None:
        """The first state a story names before ``pos`` (its headline's, as a rule): whose
        "the government" is when no dateline places the story."""
        for mm in self.mens:
            if mm.start >= pos:
                break
            if self.ents[mm.key].type == "state" and not self.in_quote(mm.start):
                return mm.key
        return None

    def _reporter_of(
        self, sent_start: int, sent_end: int, clause: int
    ) -> tuple[str, bool, int] | None:
        """Who is said to say the clause starting at ``clause``: the subject of a verb of
        saying before it ("X said (that) …", "X claimed Friday that …"), the one after
        "According to X," or after the clause (", X said"); whether that hedges, and where
        the evidence starts."""
        text = self.text
        ac = _ACCORDING_TO_LEAD.match(text, sent_start, clause)
        if ac is not None:
            mm = self.mention_at(ac.end("who"))
            if mm is not None and self.speaker_capable(mm) and mm.end <= clause:
                return mm.key, True, sent_start
        verbs = list(_REPORTING.finditer(text, sent_start, clause))
        if verbs:
            v = verbs[-1]
            if _rx(r"[;:]|\.\s").search(text, v.end(), clause):
                return None
            who = self.subject_before(v.start())
            if who is None:
                return None
            hedged = (
                v.group("verb").lower().startswith(("claim", "alleg", "insist", "argu", "says"))
            )
            return who, hedged, self._clause_start(sent_start, v.start(), who)
        tail = _SAID_TAIL.search(text, clause, sent_end)
        if tail is not None:  # ", (Foreign Minister) X (of Y) said"
            named = [
                mm
                for mm in self.mentions_between(tail.start("who"), tail.end())
                if self.speaker_capable(mm)
            ]
            person = next((mm for mm in named if self.ents[mm.key].is_person), None)
            if person is not None:
                return person.key, False, sent_start
            if named and named[0].start == tail.start("who"):
                return named[0].key, False, sent_start
        return None

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

    def _lacks_title(self, state: str, role: str) -> bool:
        """Whether ``state``'s officials never hold ``role`` (no US minister)."""
        absent = _TITLES_A_STATE_LACKS.get(self.ents[state].name)
        return absent is not None and absent.search(role) is not None

    def _home_state(self) -> str | None:
        """The state whose government publishes the article ("The White House", "U.S.
        Department of State", "Ministry of Foreign Affairs of Kenya"), if it is one."""
        cached: tuple[str | None] | None = getattr(self, "_home", None)
        if cached is not None:
            return cached[0]
        pub = self.publisher or ""
        home: str | None = None
        if _GOVERNMENT_PUBLISHER.search(pub):
            words = [_fold(w) for _, _, w in tokens(pub)]
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
                if state is None:  # "Prime Minister's Office, 10 Downing Street": a body in it
                    state = next(
                        (
                            BODY_STATES[c.name]
                            for i in range(len(words))
                            for n in (3, 2)
                            for c in self.lex.forms.get(tuple(words[i : i + n]), [])
                            if c.name in BODY_STATES
                        ),
                        None,
                    )
                if state is not None:
                    st = self.lex.forms.get(tuple(_fold(t) for _, _, t in tokens(state)), [])
                    home = self.ensure(st[0].key) if st else None
            if home is None and _US_PUBLISHER.search(pub):
                home = self._implied_org("secretary of state")
        self._home = (home,)
        return home
