"""Who a clause is about, shared by every fact kind: the organisation or state a phrase
names or follows, the subject before a verb (a name, a title, a pronoun, a coordinated pair)
and what a pronoun stands for.

Below :mod:`diplokg.extract.clauses`, whose class extends :class:`Subjects` (and
:class:`~diplokg.extract.gathering.Gathering`); the subject and pronoun patterns only these
methods read move with them."""

from __future__ import annotations

import bisect
import itertools
import re

from diplokg.extract.dating import Dating
from diplokg.extract.patterns import (
    _ACCUSE_VERBS,
    _MEDIA,
    _SPEECH_WORDS,
    _TITLE_WORDS,
    _WEEKDAYS,
    _may_end_with,
    _words,
)
from diplokg.extract.regexes import RX
from diplokg.extract.state import Found as Found
from diplokg.extract.state import _Men
from diplokg.extract.text import _fold, _rx, last_words, tokens

_PRONOUNS = {"he": "person", "she": "person", "they": "any", "it": "org"}
#: Most sentences opening with the same pronoun that `resolve_pronoun` follows back.
_PRONOUN_HOPS = 40


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

_PRONOUN_ENDS = last_words(RX.PRONOUN_SUBJECT)  # what it ends in (see _may_end_with)

_COORDINATED_ENDS = (",", *_COORDINATING, *_COORDINATED_BETWEEN)


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
    # (offices only one state has: "Chief Cabinet Secretary X" in a U.S. release)
    "chief cabinet secretary": "Japan",
    "home secretary": "United Kingdom",
    "chancellor of the exchequer": "United Kingdom",
}


class Subjects(Dating):
    """The subject of a clause and the organisation a phrase names, over the working state."""

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

    def actor_at(self, pos: int, *, person: bool = True) -> _Men | None:
        """The mention right at ``pos`` when it can speak or act (no place, no qualifier);
        with ``person=False`` only a state or a body ("… had been launched by the United
        States", not by a minister)."""
        mm = self.mention_at(pos)
        if mm is None or not self.speaker_capable(mm):
            return None
        return None if not person and self.ents[mm.key].is_person else mm

    def subject_before(
        self, pos: int, *, persons_only: bool = False, lo: int | None = None
    ) -> str | None:
        """Who does what the verb at ``pos`` says: a pronoun, a relative 'who', or a name."""
        text = self.text
        sent_start, _ = self.sent(pos)
        if lo is not None:
            sent_start = max(sent_start, lo)
        head = text[sent_start:pos]
        pm = RX.PRONOUN_SUBJECT.search(head) if _may_end_with(head, _PRONOUN_ENDS) else None
        if pm:
            return self.resolve_pronoun(sent_start + pm.start(), pm.group("p").lower())
        if RX.NARRATOR_SUBJECT.search(head[-60:]) and not self.in_quote(pos):
            return None  # ("… B when I visited London": the narrator visits, not B)
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
                                and RX.APPOSED_TITLE_OF.fullmatch(text, m.end, of.end())
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
            pm = RX.CLAUSE_PRONOUN.match(text, clause_lo)
            if pm is not None and not RX.REPORTING_VERB.search(text, pm.end(), pos):
                return self.resolve_pronoun(pm.start("p"), pm.group("p").lower())
        order = cands if coordinated else list(reversed(cands))
        if coordinated:  # "Asked whether Russia had …, Hale declined …, saying": not Russia
            order = [
                m
                for m in order
                if not RX.SUBORDINATE.search(text[max(clause_lo, m.start - 80) : m.start])
            ] or order
        for m in order:
            if (
                _VERB_AFTER.match(text, m.end)
                and not RX.PREP_BEFORE.search(text, max(0, m.start - 40), m.start)
                and not self._after_a_place(m)
            ):
                return m.key
        for m in cands:
            if (
                not RX.PREP_BEFORE.search(text, max(0, m.start - 40), m.start)
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
            RX.PREP_BEFORE.search(text, max(0, last.start - 40), last.start)
            and not (
                _VERB_AFTER.match(text, last.end)
                and (self.ents[last.key].is_person or not _rx(r",\s*who\b").match(text, last.end))
            )
            and not _rx(r",\s*who\b" if self.ents[last.key].is_person else r",\s*which\b").match(
                text, last.end
            )
            and not RX.MEMBERS_OF.search(text, max(0, last.start - 40), last.start)
        ):
            # "In their discussion of Syria, NSA Rice reiterated": the subject is a name
            # the text does not know, not the object of a preposition before it
            return None
        return last.key

    def titled_holder(self, key: str | None, lo: int, pos: int) -> str | None:
        """The person a state's name is the title of ("U.S. Senator Bob Menendez …, today
        released the below statement": Menendez), else ``key``: a statement's
        issuer, a quote's speaker."""
        if key is None or self.ents[key].type != "state":
            return key
        found = self.mentions_between(lo, pos)
        for a, b in itertools.pairwise(found):
            if (
                a.key == key
                and self.ents[b.key].is_person
                and _rx(r"\s+(?:[A-Z][\w.’'-]*\s+){1,4}").fullmatch(self.text, a.end, b.start)
            ):
                return b.key
        return key

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

    def absolute_subject(self, sent_start: int, pos: int) -> str | None:
        """Who does what the participle at ``pos`` says in an absolute phrase ("…, with the
        African Union suspending X and describing …"): the name after the last "with"
        before it, right before it or before a first participle joined to it by "and"."""
        for wm in reversed(list(RX.WITH_BEFORE.finditer(self.text, sent_start, pos))):
            mm = self.mention_at(wm.end())
            if mm is None or not self.speaker_capable(mm) or self.in_quote(mm.start):
                return None
            return mm.key if RX.ABSOLUTE_GAP.fullmatch(self.text, mm.end, pos) else None
        return None

    def resolve_pronoun(self, pos: int, pronoun: str) -> str | None:
        """What a pronoun stands for: in the nearest sentence (its own first, then up to two
        before) naming something that fits, that sentence's subject, else the nearest.
        A run of sentences opening with the same pronoun ("He said … He said …") is
        followed back at most ``_PRONOUN_HOPS`` sentences: each step costs a look at three
        sentences, and a text of nothing else must not make every pronoun walk it all."""
        for _ in range(_PRONOUN_HOPS):
            key, hop = self._pronoun_near(pos, pronoun)
            if hop is None:
                return key
            pos = hop
        return None

    def _pronoun_near(self, pos: int, pronoun: str) -> tuple[str | None, int | None]:
        """What the pronoun at ``pos`` stands for, looking in its own sentence and up to
        two before: (key, None), or (None, start) where a sentence before opens with the
        same pronoun and the answer is that sentence's own, found from ``start``."""
        want = _PRONOUNS.get(pronoun, "any")
        text = self.text
        here = bisect.bisect_right(self.sent_starts, pos) - 1
        for k in range(here, max(-1, here - 3), -1):
            lo = self.sent_starts[k] if k >= 0 else 0
            hi = pos if k == here else self.sent_ends[k]
            if (
                k != here
                and pronoun in ("he", "she")
                and _rx(
                    rf"\s*{pronoun.capitalize()}\s+(?:also\s+)?(?:[a-z]+(?:ed|s)|said|told|spoke|met)\b"
                ).match(text, lo)
            ):
                # "He said ties were stable and that he spoke with Trump. He said …": the
                # same one the sentence before opens with, not a name later in it
                return None, lo
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
                    and not RX.PREP_BEFORE.search(text, max(0, m.start - 40), m.start)
                    and not self._in_apposition(m)
                    and text[m.end : m.end + 2] not in ("’s", "'s")
                ):
                    return m.key, None
            # "Milei, who had called Lula a “corrupt communist”, struck a conciliatory tone":
            # a name opening its sentence (after title words at most) is its subject
            first = fitting[0]
            if (
                k != here
                and RX.CAPITAL_WORDS.fullmatch(text, lo, first.start)
                and text[first.end : first.end + 2] not in ("’s", "'s")
            ):
                return first.key, None
            return fitting[-1].key, None
        return None, None
