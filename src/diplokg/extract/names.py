"""Capitalised names: runs of capitalised words sorted into persons, organisations and
places, and bodies of an organisation. The one-word names they leave are linked to whom
they name by :mod:`diplokg.extract.singles` (the step after), and mistranslated surnames
found there; the shapes and word lists they sort by are in
:mod:`diplokg.extract.namewords`; companies named by what they are in
:mod:`diplokg.extract.companies`."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Iterator

from rapidfuzz.distance import Levenshtein

from diplokg.extract.bodies import (
    drop_states_joint_bodies,
    holder_after_long_title,
    merge_bare_bodies,
    organ_of_world_body,
    states_pair_bond,
    sub_bodies,
)
from diplokg.extract.clauses import Clauses
from diplokg.extract.namewords import (
    _BODY_EQUIPMENT,
    _BODY_OF_HEADS,
    _CAUSE_HEADS,
    _COMPASS_WORDS,
    _CONNECTORS,
    _GENERIC_BODY_WORDS,
    _HEADLINE_BREAKS,
    _HEADLINE_VERBS,
    _HELD_BY_BODY,
    _MEMBERS_OF,
    _MILITARY_RANK_BEFORE,
    _NAME_CONNECTORS,
    _NOT_NAME_WORDS,
    _NUMBER_WORDS,
    _OPENING_ADVERBS,
    _PARTY_CAUSE_HEADS,
    _POST_NOMINALS,
    _QUIET_CAPS,
    _TITLE_ENDS,
    _TITLE_NOUNS,
    _TITLE_OF_BODY,
    _TITLE_SURNAMES,
    _TITLE_THEN_TITLE_SURNAME,
    PORTFOLIOS_AND_BEFORE,
    _byline_spans,
    _cap_runs,
    _chunks_at,
    _gerund_and_object,
    _may_start_title,
    _name_in_capitals,
    _titled_name,
    _transliterated,
    _without_initials,
    heading_number,
)
from diplokg.extract.patterns import (
    _COMMON_CAPS,
    _DAY_MONTH_WORDS,
    _GOVERNMENT_WORDS,
    _HONORIFIC_WORDS,
    _MEDIA,
    _PORTFOLIO_WORD,
    _PORTFOLIO_WORDS,
    _ROLE_HEADS_RE,
    _ROLE_TITLE,
    _ROLE_TITLE_RE,
    _TITLE_AND_BEFORE,
    _WEEKDAYS,
    _demonym_like,
    _is_name_token,
    _is_role_head,
    _may_end_with,
    _words,
)
from diplokg.extract.regexes import RX
from diplokg.extract.state import _add_alias, _Men
from diplokg.extract.text import _fold, _rx, head_scan
from diplokg.extract.titles import sentence_case_title, title_typo
from diplokg.extract.words import alternation
from diplokg.gazetteer import ORG_HEADS, PLACE_HEADS

# A peer's style that, before one name, is part of the name ("Lord Green")
_PEER_STYLES = frozenset({"Lord", "Baroness"})
# What makes "Lord X" an office, not a peer ("Lord Justice", "Lord Mayor" is a title).
_PEER_OFFICES = frozenset(_words("Justice Advocate Chamberlain Provost Privy Lieutenant"))


# Words that start or end a town's name ("Port Alver", "New Harlow", "Sella City").
# (and a residence named before its name: "at Schloss Velden", "at Chateau X": a venue)
_PLACE_NAME_WORDS = frozenset(
    _words("Port City Town New Old Upper Lower North South East West Schloss Chateau Château")
    + _words("Palais Palazzo")
)
_PLACE_PREPOSITIONS = tuple(_words("in at near from outside inside into"))
_LEAD_CONNECTORS = re.compile(rf"[\s’'s]*(?:(?:{alternation(_NAME_CONNECTORS)}|’s|'s)\s+)*")
_TRAIL_CONNECTORS = re.compile(rf"(?:\s+(?:{alternation(_NAME_CONNECTORS)}))*[\s’']*$")
_CONNECTOR_ENDS = _NAME_CONNECTORS


_WEEKDAY_WORDS = frozenset(_WEEKDAYS.split("|"))
# Words that open a time told before a sentence's subject ("On Thursday", "In March").
_TIME_OPENERS = frozenset(_words("On By Since Until Last Next This In Early Late"))
_MEDIA_FIRST = frozenset(_words("Radio Voice Television"))
_QUESTION_OPENERS = frozenset(
    _words("Will Would Can Could Do Does Did Is Are Was Were Has Have Had Should Shall May Might")
)
_HEADLINE_ADJ = frozenset(_words("Top Senior Former Chief Leading Visiting"))
# A title-case headline's verb after a name ("Fidan Meets with …", "Blinken Calls for …"),
# in any line: capitalised, it is a headline's, never a name's word (those that are also a
# name's noun, "Peace Talks", "Heads of State", stay).
_NAME_ENDING_VERBS = _HEADLINE_VERBS - frozenset(_words("Talks Heads Marks Thanks Ends Opens"))
# Words that make a body civil society's, whatever its head ("Tibetan Youth Congress",
# "Russian-Turkish Business Association", "Employers' Federation").
_CIVIL_WORDS = frozenset(
    _words(
        "Youth Business Students Student Women’s Women's Workers Farmers Employers Employers’ "
        "Employers' Industry Industrialists Chamber Traders Entrepreneurs Veterans Writers"
    )
)


def _body_kind(name: str, kind: str, *, state_owned: bool = False) -> str:
    """The kind of a body its head word names ``kind``: a state's own ("Turkey's National
    Intelligence Organization") is no intergovernmental body but the state's, and one of
    civil society's words is a group's, never a government's or states'."""
    if kind in ("intergovernmental", "government-body") and _CIVIL_WORDS.intersection(
        name.replace("-", " ").split()
    ):
        return "group"
    if kind == "intergovernmental" and state_owned:
        return "government-body"
    return kind


_PARTICLES = frozenset(_words("de da do dos das del della der den van von al el bin ibn le la du"))
# An article or a demonstrative before a capitalised run somewhere in the text ("a Free and
# Open Indo-Pacific", "this Loan Aid"): a thing's name, no one's ("that" is a conjunction
# as often: "said that Ana Lima would").
_THING_DETERMINER = (
    r"\b(?:[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose|[Ss]uch)[ \t]+(?:[A-Z][\w-]*[ \t]+and[ \t]+)?"
)
# Every match of a pattern starting with _THING_DETERMINER starts at one of its words: the
# scan of "this Loan Aid" is this one with that pattern (NameRules._thing_named).
_THING_DETERMINER_SCAN = head_scan(re.compile(_THING_DETERMINER))


# A name's title after a comma to the end of its line (a signature: "X, Spokesman for Y").
_SIGNED_TITLE = re.compile(rf",[ \t]+(?:{_ROLE_TITLE})(?:[ \t]+[^\n,]*)?[ \t]*(?:\n|$)")


# A month's short form ("Jan", "Sept"), which a date writes before its day and never before
# a name word.
_SHORT_MONTHS = frozenset(
    m for m in _DAY_MONTH_WORDS if len(m) <= 4 and m not in ("May", "June", "July")
)


class NameRules(Clauses):
    """Rules that find capitalised names and sort them into persons, organisations and places."""

    def find_capitalised_names(self) -> None:
        text = self.text
        self._nicknamed_names()
        self.sort_mentions()
        singles: list[tuple[int, int, bool]] = []
        sent_starts = self.sent_starts
        bisect_left, bisect_right = bisect.bisect_left, bisect.bisect_right
        bylines = _byline_spans(text)
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
                # a headline or a table in capitals, not a name; but a long title's holder
                # after its state ("Deputy Chief of Mission of the Embassy of the Kingdom
                # of Norway Kari Lunde") is read
                if (
                    tail := holder_after_long_title(self, s, e, self._person_after_body)
                ) is not None:
                    self._classify_run(tail, e, singles)
                continue
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
            if RX.DOCUMENT_NAME.match(text, s, e):
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
        sub_bodies(self)
        merge_bare_bodies(self)
        drop_states_joint_bodies(self)
        self.single_names = singles  # (linked to whom they name: step "single-names")

    def _thing_named(self, name: str) -> bool:
        """Whether the text names a thing ``name`` somewhere: "this Loan Aid", "a Loan Aid"
        (``_THING_DETERMINER`` and the name, tried only at the determiners' words)."""
        spec = dataclasses.replace(
            _THING_DETERMINER_SCAN, pattern=_rx(rf"{_THING_DETERMINER}{re.escape(name)}\b")
        )
        return next(self.scan(spec), None) is not None

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
                    (
                        text[pm.end() : e] in ORG_HEADS
                        or not _rx(r"[ \t]+[a-z]").match(text, e)
                        or not (
                            _rx(r"[A-Z][\w-]*").fullmatch(text, at, pm.start())
                            # "Secretary Rubio’s Call with": a title, a name, then the thing
                            or _titled_name(text[at : pm.start()].split())
                        )
                    )
                    or any(
                        mm.start < pm.start() and pm.end() <= mm.end
                        for mm in self.mentions_between(
                            max(0, at - self.max_mention), e, outer=False
                        )
                    )
                ):
                    continue
                yield at, pm.start() + 2
                at = pm.end()
            yield at, e

    def _organisation_run(self, s: int, e: int, inner: list[_Men]) -> bool:
        """'ASEAN Regional Forum', 'Foreign Ministry of Dravena': one organisation, not parts.

        A capitalised run whose head is an organisation word and that contains known names
        becomes one organisation; a name leading it is part of the name, one after 'of'
        stays a mention of its own. A person's name before 'of' is split off
        ('Senator Lilian Ortiz of the … Party'). ``inner``: the mentions within the run.
        """
        if not inner or any(self.ents[mm.key].is_person for mm in inner):
            return False
        if states_pair_bond(self, e):
            return True  # "the United States-Philippines Alliance": two states' bond
        members = RX.MEMBERS_AFTER_BODY.search(self.text, s, e)
        if members is not None and any(
            mm.end == members.start() and self.ents[mm.key].is_org for mm in inner
        ):
            return True  # "the Council of Europe Ministers meeting": the body, its ministers
        text = self.text
        last_in = max(inner, key=lambda mm: mm.end)
        if (
            last_in.end < e
            and self.ents[last_in.key].type == "state"
            and text.endswith(("of ", "of the "), 0, last_in.start)
            and self._person_after_body(last_in.end, e)
        ):
            # "the Embassy of Portugal Oren T. Vask", "the Central Bank of Russia Governor
            # X": the body ends with its state, and the name after it (its title before)
            # is a run of its own (read by the caller)
            self._organisation_run(s, last_in.end, inner)
            return False

        words = text[s:e].split()
        lead = 0
        first_inner = min(mm.start for mm in inner)
        while (
            lead < len(words)
            and (
                words[lead] in _COMMON_CAPS
                or words[lead] in _HONORIFIC_WORDS
                or (lead > 0 and words[lead] == "the")  # "As the United Nations …"
                or words[lead].endswith("-based")  # "Dubai-based Gulf News": the outlet's
            )
            and (words[lead] not in ORG_HEADS or words[lead] == "Government")  # (a name's)
            # ("the Government of Scotland": a region's government, its head before its
            # "of", no lead word; a state's is the state, below)
            and not (
                words[lead] == "Government"
                and words[lead + 1 : lead + 2] == ["of"]
                and all(self.ents[mm.key].type == "place" for mm in inner)
            )
            and words[lead] not in _PORTFOLIO_WORDS
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
                    or _BODY_EQUIPMENT.issuperset(words[i + 1 :])  # "… Navy Patrol Vessel"
                )
            ),
            None,
        )
        if head_at is None:
            return False
        if head_at < len(words) - 1 and _BODY_EQUIPMENT.issuperset(words[head_at + 1 :]):
            e = s + list(_rx(r"\S+").finditer(text[s:e]))[lead + head_at].end()  # its head
            words = words[: head_at + 1]
            inner = [mm for mm in inner if mm.end <= e]
        if _ROLE_TITLE_RE.match(" ".join(words)):
            # "Chairman of the US Embassy Political Section": the title's body is the rest
            at = s + len(" ".join(text[s:e].split()[:lead])) + (1 if lead else 0)
            title = _ROLE_TITLE_RE.match(text, at, e)
            of = _rx(r"[ \t]+of[ \t]+(?:the[ \t]+)?").match(text, title.end()) if title else None
            if of is None or not any(mm.start >= of.end() for mm in inner):
                return False
            return self._organisation_run(of.end(), e, [mm for mm in inner if mm.start >= of.end()])
        if "of" in words[:head_at] and not any(w in ORG_HEADS for w in words[: words.index("of")]):
            # "Fisheries of the Pacific Islands Forum", "the Co-Chairs of the OSCE Minsk
            # Group": the head is the other's, the body after "of" one of its own (drafted
            # here); what stands before "of" is read as a run of its own
            of = _rx(r"[ \t]+of[ \t]+(?:the[ \t]+)?").search(text, s, e)
            after = [mm for mm in inner if of is not None and mm.start >= of.end()]
            if of is not None and after and after[0].start == of.end():
                self._organisation_run(of.end(), e, after)
            return False
        if len(inner) == 1 and inner[0].start == s and inner[0].end == e:
            return False
        if (
            len(inner) == 1
            and self.ents[inner[0].key].type == _MEDIA
            and text[inner[0].end : e].split() == ["News"]
        ):
            return True  # "this is VOA News": the outlet's news service, the outlet
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
        if any(mm.start == start and mm.end == e and mm.how == "place" for mm in inner):
            return True  # "In Oval Office meeting …": the room the lexicon knows, a place
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
        kind = _body_kind(
            name,
            ORG_HEADS[words[head_at]],
            state_owned=poss is not None or self._state_owned(inner),
        )
        if RX.NEWS_AGENCY.search(name):
            kind = _MEDIA  # "Kuwait News Agency"
        if (organ := organ_of_world_body(self, name, start, inner)) is not None:
            name, kind = organ  # "the UN’s General Assembly": the UN General Assembly
        ent = self.local_ent(name, kind, rule="entity:org-head", conf=0.6)
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

    def _owner_of_persons_thing(self, names: list[str], end: int) -> bool:
        """Whether a name of two words or more is told by what only a person makes, holds
        or has, after its possessive ("Petra Olsky’s film", "Tomas Ravel’s chief
        deputies"): a person's name."""
        return len(names) >= 2 and RX.PERSONS_OWN_AFTER.match(self.text, end) is not None

    def _state_owned(self, inner: list[_Men]) -> bool:
        """A state's possessive is among a body's words: "Turkey's National Intelligence
        Organization"."""
        return any(
            self.ents[mm.key].type == "state" and _rx(r"[’']s\s").match(self.text, mm.end)
            for mm in inner
        )

    def _person_after_body(self, at: int, end: int) -> bool:
        """Whether ``text[at:end]`` is a person's name of two to four words, initials
        between ("Oren T. Vask"), maybe after a title ("Governor Elvira Nabiullina"): none
        a body's, a place's or a title's word."""
        rest = self.text[at:end].split()
        while rest and _is_role_head(rest[0]):
            rest = rest[1:]
        return (
            2 <= len(rest) <= 4
            and _is_name_token(rest[0])
            and len(rest[-1]) > 2
            and all(
                (_is_name_token(w) or RX.NAME_INITIAL.fullmatch(w) is not None)
                and w not in ORG_HEADS
                and w not in PLACE_HEADS
                and w not in _COMMON_CAPS
                and w not in _NOT_NAME_WORDS
                and not _is_role_head(w)
                for w in rest
            )
        )

    def _mission_as_place(self, head: str, end: int) -> bool:
        """An embassy or consulate named as where someone goes, stays or works ("returned
        to the Dutch Embassy", "open the Embassy in X", "Chargé of the Embassy of Y"): a
        place; one that speaks ("the Embassy said") or acts ("the Embassy's statements",
        "the Embassy sought to …") stays a body."""
        said = RX.SAY_AFTER.match(self.text, end) or _rx(
            r"[ \t]+in[ \t]+(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?"
        ).match(self.text, end)  # "the Russian Embassy in Brussels said"
        if said and not RX.SAY_AFTER.match(self.text, end):
            said = RX.SAY_AFTER.match(self.text, said.end())
        return (
            head in ("Embassy", "Consulate")
            and not said
            # "the Chinese Embassy's recent statements", "the Embassy sought to": one that acts
            and not RX.MISSION_ACTS_AFTER.match(self.text, end)
        )

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
        if (bearer := self._title_surname_bearer(s, e)) is not None:
            # "Senator King" after "Senator Angus King": a title word as his surname
            self.add_mention(bearer[1], e, bearer[0], "alias", 0.7)
            return
        # (self.sent(s)[0], without the call)
        i = bisect.bisect_right(self.sent_starts, s) - 1
        sent_start = max(self.sent_starts[i if i > 0 else 0], s - 1500)
        tokens = _chunks_at(text, s, e)
        run_end = e  # (with the letters after the name: "Julie Bishop MP, Minister for …")
        while len(tokens) > 1 and (
            tokens[-1][2] in _WEEKDAY_WORDS or tokens[-1][2] in _POST_NOMINALS
        ):
            tokens = tokens[:-1]  # "… Ministry of Foreign Affairs Friday", "Julie Bishop MP"
            e = tokens[-1][1]
        if not tokens:
            return
        if (
            (tokens[0][2] in ("Q.", "A.", "Q", "A") and _rx(r"[.:]?[ \t]").match(text, s + 1))
            or heading_number(tokens, self.in_lower_case)
        ) and not text[text.rfind("\n", 0, s) + 1 : s].strip():
            # "Q. Will potash be …", "A: We hope …": a question's or answer's label, no
            # initial; "II. Trade and investment", "I. Strengthening ties": a heading's number
            rest = tokens[1:]
            while rest and (
                rest[0][2] in _QUESTION_OPENERS or self.in_lower_case(rest[0][2].lower())
            ):
                rest = rest[1:]  # "Q. Will Doskara join …": the question's first word
            if rest:
                self._classify_run(rest[0][0], e, singles)
            return
        if len(tokens) > 1 and tokens[0][2] in _NUMBER_WORDS and tokens[-1][2] not in ORG_HEADS:
            # "Five Vellmark-Ostrana commissions", "Three Doskaran diplomats": a count, no
            # given name ("Six Party talks", a format's name, is read as a body's)
            self._classify_run(tokens[1][0], e, singles)
            return
        if len(tokens) > 2 and tokens[0][2].endswith("-based"):
            # "Japanese-based Toyota Motor Corporation": where it is based, no part of it
            self._classify_run(tokens[1][0], e, singles)
            return
        on = 1 if tokens[0][2] in _TIME_OPENERS else 0
        if len(tokens) > on + 1 and (
            tokens[on][2] in _WEEKDAY_WORDS
            or (tokens[on][2][-2:] in ("’s", "'s") and tokens[on][2][:-2] in _WEEKDAY_WORDS)
            or (on and tokens[on][2] in _DAY_MONTH_WORDS)
        ):
            # "On Thursday Moravin will meet …", "Saturday’s Tokyo Shimbun reported", "In
            # March Ilka Moravin met …": the day or the month told first is no part of the name
            self._classify_run(tokens[on + 1][0], e, singles)
            return
        split = next(
            (
                k
                for k in range(1, len(tokens) - 1)
                if tokens[k][2] == "the"
                and tokens[k - 1][2][:1].isupper()  # (not "Office of the President")
                and _is_role_head(tokens[k + 1][2])
            ),
            None,
        )
        if split is not None:
            # "received in the Federal Chancellery the President of X" (a translation's word
            # order): a small "the" before a title starts another phrase, no part of a name
            self._classify_run(s, tokens[split - 1][1], singles)
            self._classify_run(tokens[split + 1][0], e, singles)
            return
        verb = next((k for k, t in enumerate(tokens) if k and t[2] in _NAME_ENDING_VERBS), None)
        if verb is not None:
            # "Foreign Minister Fidan Meets with Saudi Counterpart": the name ends before
            # the headline's verb, and what follows it is another run
            self._classify_run(s, tokens[verb - 1][1], singles)
            if verb + 1 < len(tokens):
                self._classify_run(tokens[verb + 1][0], e, singles)
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
        cause = False  # "National League for Democracy": a party named for its cause
        for k in range(len(tokens) - 2):  # "Commission on Human Rights" (see _cap_runs)
            joint = tokens[k + 1][2].lower()
            if tokens[k][2] in ORG_HEADS and (
                joint in ("on", "against")
                or (joint == "in" and tokens[k][2] == "Mission")
                or (cause := joint == "for" and tokens[k][2] in _CAUSE_HEADS)
            ):
                org_run, head_word = True, tokens[k][2]
                break
        if cause:
            # "Burmese National League for Democracy General Secretary X": the cause ends
            # where a title begins; a demonym or a possessive before it is no part of it
            at = next(
                (
                    j
                    for j in range(k + 2, len(tokens))
                    if _ROLE_TITLE_RE.match(text, tokens[j][0], e)
                ),
                len(tokens),
            )
            first = next(  # ("Tsvangirai’s Movement for …": the leader's, no part)
                (j + 1 for j in range(k - 1, -1, -1) if tokens[j][2].endswith(("’s", "'s"))),
                1 if _fold(tokens[0][2]) in self.demonyms else 0,
            )
            if at < len(tokens) or first:
                self._classify_run(tokens[first][0], tokens[at - 1][1], singles)
                if at < len(tokens):
                    self._classify_run(tokens[at][0], e, singles)
                return
        last_ = tokens[-1][2]
        if (
            not org_run
            and len(tokens) >= 3
            and (last_ in _BODY_EQUIPMENT or (last_.endswith("s") and _is_role_head(last_[:-1])))
        ):
            # "the Transatlantic Quint Foreign Ministers", "a Royal Navy Inshore Patrol
            # Vessel": the body whose ministers or ship they are
            j = len(tokens) - 2
            while j > 0 and (tokens[j][2] in _PORTFOLIO_WORDS or tokens[j][2] in _BODY_EQUIPMENT):
                j -= 1
            if j >= 1 and tokens[j][2] in ORG_HEADS:
                self._classify_run(s, tokens[j][1], singles)
                return
        if not org_run and tokens[-1][2] in _HELD_BY_BODY and len(tokens) >= 3:
            j = len(tokens) - 1
            while j > 0 and tokens[j][2] in _HELD_BY_BODY:
                j -= 1
            if j >= 1 and (
                tokens[j][2] in ORG_HEADS  # "the Arctic Council Ministerial"
                # "the American Chamber of Commerce Summit", "the Council of Coastal States
                # Ministerial": a body's "X of Y", then what it holds
                or any(tokens[i][2] == "of" and tokens[i - 1][2] in ORG_HEADS for i in range(1, j))
            ):
                self._classify_run(s, tokens[j][1], singles)
                return
        words_in = [t[2] for t in tokens]
        k_of = next((k for k in range(min(4, len(words_in) - 2)) if words_in[k + 1] == "of"), None)
        if (
            k_of is not None
            and words_in[k_of] in ORG_HEADS
            and (
                all(w in _PORTFOLIO_WORDS or w == "and" for w in words_in[k_of + 2 :])
                or (k_of >= 1 and self._body_of_words(words_in[k_of + 2 :]))
            )
            and not any(_is_role_head(w) or w in _HONORIFIC_WORDS for w in words_in[:k_of])
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
                        if (
                            j >= 2
                            and tokens[j - 1][2] in ORG_HEADS
                            # ("Chief Cabinet Secretary X": a title's word, no body)
                            and not _ROLE_TITLE_RE.fullmatch(text, tokens[j - 1][0], tokens[j][1])
                        ):
                            # "Chinese Foreign Ministry Spokesperson X": the body the
                            # title belongs to, then the title
                            self._classify_run(s, tokens[j - 1][1], singles)
                        elif self._initials_before_title(tokens[: j + 1]):
                            # "DHS Assistant Secretary Bersin", "Acting CBP Commissioner
                            # Aguilar": a body's initials start the title (a single word,
                            # read as initials are)
                            k = 1 if tokens[0][2] in ("Acting", "Deputy") else 0
                            singles.append((tokens[k][0], tokens[k][1], False))
                        tokens = rest
                        s = rest[0][0]
                        self._title_before.add(s)
                    break
        if not org_run and text.startswith(" and ", s - 5):
            # "… Secretary for East Asian and | Pacific Affairs Daniel Kritenbrink": the run
            # goes on with a title that began before its "and"; the name follows its end
            over = next(
                (
                    m.end()
                    for m in _ROLE_TITLE_RE.finditer(text, max(0, s - 120), e)
                    if m.start() < s < m.end()
                ),
                None,
            )
            if over is not None:
                tokens = [t for t in tokens if t[0] > over]
                if len(tokens) < 2:
                    return  # (a surname alone: the person named in full elsewhere, if any)
                s = tokens[0][0]
                self._title_before.add(s)
        hon = max((k for k, t in enumerate(tokens[:-1]) if t[2] in _HONORIFIC_WORDS), default=0)
        if hon > 0 and not org_run:  # "… and Export Growth Hon X Y": the style starts the name
            tokens = tokens[hon:]
            s = tokens[0][0]
        # Drop what comes before a name: honorifics and titles ("H.E. Mr.", "Foreign
        # Minister", "Secretary of State"), demonyms, connectors, common capitalised words.
        # A run right after "Title and" goes on with that title ("Minister of Foreign
        # Affairs and Trade X": "Trade X" starts with the title's last portfolio).
        had_role = s in self._title_before or bool(
            len(tokens) >= 2
            and tokens[0][2] in _PORTFOLIO_WORDS
            and text[s - 5 : s] == " and "
            and _TITLE_AND_BEFORE.search(text, max(0, s - 90), s) is not None
        )
        i = 0
        # "Vice Premier He Lifeng": after a title, "He" and one name is a Chinese surname
        surname_he = had_role and len(tokens) == 2 and tokens[0][2] == "He"
        while i < len(tokens) and not surname_he:
            ts_, _te, word = tokens[i]
            if word in _PEER_STYLES and len(tokens) - i == 2:
                break  # "Lord Green": a peer's style and one name are the name it goes by
            if i < len(tokens) - 1 and self._misspelt_title(word, tokens[i + 1][2]):
                had_role = True  # "Prime Minster Abe", "Chinese Oremier Li Keqiang"
                self._title_before.add(tokens[i + 1][0])
                i += 1
                continue
            if (
                word in _HONORIFIC_WORDS
                or (
                    word in ("H.", "E.")
                    and _rx(r"H\.[ \t]E\.").match(text, ts_ - 3 * (word == "E."))
                )  # ("H. E.": His Excellency, spaced)
                or ("-" in word and all(_is_role_head(p) for p in word.split("-")))
                # "Congresswoman-elect Diana Mondino": whoever is "-elect" holds a title
                or (len(word) > 9 and word.endswith(("-elect", "-designate")))
            ):  # "Governor-General Peter Cosgrove": a hyphened title
                had_role = True
                i += 1
                continue
            if not org_run and (rank := _MILITARY_RANK_BEFORE.match(text, ts_, e)) is not None:
                had_role = True  # "Navy Rear Adm. John Kirby": the rank is no part of the name
                while i < len(tokens) and tokens[i][1] <= rank.end():
                    i += 1
                continue
            rm = (
                _ROLE_TITLE_RE.match(text, ts_, e)
                if not org_run and _may_start_title(word)
                else None
            )
            if rm and rm.end() < e and text[rm.end()] == "/":
                # "High Representative/Vice-President X": two titles joined by a slash
                rm = _ROLE_TITLE_RE.match(text, rm.end() + 1, e) or rm
            if rm and rm.end() == e:
                return  # a title alone: "Special Climate Envoy" before a known name
            if (
                rm is not None
                and text.startswith(" and ", e)
                and (whole := _ROLE_TITLE_RE.match(text, ts_)) is not None
                and whole.end() > e
            ):
                return  # "Secretary for East Asian| and Pacific Affairs": a title's part
            if rm and text[rm.end()].isspace():
                had_role = True
                while i < len(tokens) and tokens[i][1] <= rm.end():
                    i += 1
                continue
            if (
                word in _CONNECTORS
                or (word in _COMMON_CAPS and not org_run)
                or (
                    ts_ == sent_start
                    and (word in _OPENING_ADVERBS or self.in_lower_case(word.lower()))
                )
                or (not org_run and word.replace("’", "'") in self.demonyms)
                or (not org_run and _demonym_like(word) and self._title_follows(tokens, i + 1, e))
                # "SHCP Meade and SeGob Poiré": a body's initials the text defines in
                # brackets ("(Segob)"), in any letter case, before a surname
                or (not org_run and i < len(tokens) - 1 and self._bracketed_initials(word))
            ):
                i += 1
                continue
            break
        while 0 < i < len(tokens) and tokens[i - 1][2] in _PARTICLES and had_role:
            i -= 1  # "Special Representative de Mistura", "President von der Leyen"
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
                    # "… and Export Growth Hon X Y" (not a peer's "Lord Y": the name)
                    or (n in _HONORIFIC_WORDS and not (n in _PEER_STYLES and k == len(words_) - 2))
                    # "… Affairs and Expatriates X Y", "… Trade and Export Growth X Y"
                    or _PORTFOLIO_WORDS.issuperset(words_[: k + 1])
                    or n in _TITLE_ENDS
                    or n.lower() in _TITLE_NOUNS
                    or n == "and"
                    or (
                        k < len(words_) - 2
                        and words_[k + 1] not in _CONNECTORS
                        and (
                            _fold(n) in self.demonyms
                            or any(
                                c.type in ("state", "place") and not c.capital_of
                                for c in self.lex.forms.get((_fold(n),), [])
                            )  # "… for Scotland Ian Murray"
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
        rank_end = next(
            (r.end() for t in tokens[:-1] if (r := _MILITARY_RANK_BEFORE.match(text, t[0], e))),
            None,
        )
        if rank_end is not None and not org_run:  # "Press Secretary Navy Rear Adm. X Y"
            tokens = [t for t in tokens if t[0] >= rank_end]
            had_role = True
        ts, te = tokens[0][0], tokens[-1][1]
        names = [t[2] for t in tokens]
        last = names[-1]
        if _rx(r"\b(?:Ministers|Presidents|Premiers|Leaders|Secretaries)[ \t]+$").search(
            text, max(0, ts - 20), ts
        ) and not _rx(r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)[A-Z]").match(text, te):
            return  # "G8 Foreign Ministers Seek Common Ground": a plural title names a pair
        if had_role and _PORTFOLIO_WORDS.issuperset(names):
            return  # "Minister for Trade and Export Growth heads to …": the portfolio's end
        if (
            self.in_quote(ts)
            and not had_role
            and not (last in ORG_HEADS and len(names) >= 3 and "of" not in names)
            # ("one of Tomas Ravel’s chief deputies": a person's, in a quote too)
            and not self._owner_of_persons_thing(names, te)
        ):
            return  # (a body named in full is one in a quote too: "the Forum Fisheries Agency")
        if (
            self._in_headline(ts)
            and not had_role
            and self._known_person(text[ts:te]) is None
            # "Jane Roe, Spokesperson for …", "Jane Roe MP, Minister for …"
            and not _SIGNED_TITLE.match(text, run_end if te == e else te)
            and not self._title_on_next_line(ts, te)  # "Jane R. Roe\nSecretary of State"
            # "Peadar Tóibín (Meath West, Aontú)": a member's seat and party, a
            # parliamentary record's label for who asks or answers
            and not (len(names) <= 4 and RX.SEAT_AND_PARTY_AFTER.match(text, te))
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
                and lead[-1] not in PLACE_HEADS  # "the Alexander Hall of the … Palace": a room
                and not _ROLE_TITLE_RE.fullmatch(text, ts, of_cut)  # "Deputy Director of …"
                and (
                    had_role
                    or last in ORG_HEADS
                    or last in PLACE_HEADS
                    or any(n in ORG_HEADS for n in names[len(lead) + 2 :])  # "… Institute of"
                )
            ):
                self._person_name(ts, of_cut, had_role)
                of_phrase = _rx(r"\s+of\s+(?:the\s+)?").match(text[of_cut:te])
                if of_phrase:
                    self._classify_run(of_cut + of_phrase.end(), te, singles)
                return
        if had_role and " of " in text[ts:te] and last in ORG_HEADS:
            cut = text.find(" of ", ts, te)
            lead = text[ts:cut].split()
            if not _NOT_NAME_WORDS.isdisjoint(lead):
                pass  # "Deputy Supreme Commander of the Armed Forces": a title's words, no one
            elif len(lead) >= 2:
                self._person_name(ts, cut, had_role)
            else:
                singles.append((ts, cut, had_role))
            of_phrase = _rx(r"\s+of\s+(?:the\s+)?").match(text[cut:te])
            if of_phrase:
                self._classify_run(cut + of_phrase.end(), te, singles)
            return
        adm = names.index("Administration") if "Administration" in names else 0
        if adm and not all(
            w in _PORTFOLIO_WORDS or w in _NOT_NAME_WORDS or w in _CONNECTORS for w in names[:adm]
        ):
            return  # "the Biden-Harris Administration": a government by its leaders, no body
        if last in ORG_HEADS:
            head_word = last
        if (last in ORG_HEADS or (org_run and head_word in names)) and (not had_role or cause):
            full_s = s if _fold(text[s:e].split()[0]) in self.demonyms else ts
            held = _TITLE_OF_BODY.match(text, full_s, te)
            if held is not None and held.end() < te:
                full_s = held.end()  # "Director of the Peruvian Foreign Ministry": the body
            else:
                # "Director General United Nations Office": the body after its head's title
                at = full_s
                while (tm := _ROLE_TITLE_RE.match(text, at, te)) is not None and text[
                    tm.end() : tm.end() + 1
                ] in (" ", "\t"):
                    at = tm.end() + 1
                if at > full_s and len(text[at:te].split()) >= 2:
                    full_s = at
            if text.startswith(("The ", "the "), full_s) and (
                ORG_HEADS.get(head_word) == "government-body"
            ):
                full_s += 4  # "The Defence Ministry said": a state's body, no "The" in its name
            elif full_s == ts and (
                fields := PORTFOLIOS_AND_BEFORE.search(text, max(0, ts - 60), ts)
            ):
                # "the Defense and Security Joint Coordination Committee", "the Trade and
                # Investment Council": fields joined by "and" lead one name (the run began
                # after "and")
                full_s = fields.start()
            name = text[full_s:te]
            if name in _COMMON_CAPS or len(name.split()) < 2:
                return
            lead_word = _rx(r"^(?:(?:A|An|The|the)\s+)?(\w*)").match(name)
            if (
                lead_word is not None
                and lead_word.group(1) in _NUMBER_WORDS
                and _rx(
                    r"[ \t]+(?:talks|format|process|framework|mechanism|negotiations|dialogue)\b"
                ).match(text, te)
            ):
                return  # "the so-called Six Party talks": a format of talks, no party
            if name.split()[0] in ("Chief", "Deputy", "Vice", "Senior") and _rx(
                r"[ \t]+(?:Secretary|Minister|Spokesman|Spokeswoman|Spokesperson)\b"
            ).match(text, te):
                return  # "Chief Cabinet Secretary Suga": one compound title, no body
            if states_pair_bond(self, te):
                return  # "the ROK-U.S. Alliance": two states' bond, no body of its own
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
            if _GENERIC_BODY_WORDS.issuperset(bare.split()) and RX.DETERMINER_BEFORE.search(
                text, max(0, te - len(bare) - 8), te - len(bare)
            ):
                return  # "the Armed Forces", "its Coast Guard": some state's, named by kind
            if self._mission_as_place(head_word, te) or RX.TOURED_BEFORE.search(
                text, max(0, full_s - 30), full_s
            ):  # ("a tour of the Houses of Parliament": the building seen, a place)
                ent = self.local_ent(name, "place", rule="entity:mission-place", conf=0.6)
                self.add_mention(full_s, te, ent.key, "place", 0.6)
                return
            kind = (
                "party"
                if cause and head_word in _PARTY_CAUSE_HEADS
                # ("Turkey's National Intelligence Organization": a state's own)
                else _body_kind(
                    name,
                    ORG_HEADS[head_word],
                    state_owned=self._state_owned(self.mentions_between(full_s, te)),
                )
            )
            if RX.NEWS_AGENCY.search(name):
                kind = _MEDIA  # "Saudi Press Agency", "Kuwait News Agency": news agencies
            ent = self.local_ent(name, kind, rule="entity:org-head", conf=0.6)
            self.add_mention(full_s, te, ent.key, "name", 0.6)
            return
        if (
            names[0] in ORG_HEADS
            and len(names) > 2
            and names[1] == "of"
            # "Secretary-General of the Organization of X Y": the body after the title
            and (not had_role or names[0] in _BODY_OF_HEADS)
        ):
            if names[-1] in _PORTFOLIO_WORDS:
                # "the Department of Economic and Social Affairs": the portfolio goes on
                more = _rx(rf"\s+and\s+{_PORTFOLIO_WORD}(?:\s+{_PORTFOLIO_WORD})*\b").match(
                    text, te
                )
                te = more.end() if more else te
            ent = self.local_ent(text[ts:te], ORG_HEADS[names[0]], rule="entity:org-head", conf=0.6)
            self.add_mention(ts, te, ent.key, "name", 0.6)
            return
        if last in PLACE_HEADS and not (
            had_role and len(names) == 2 and self._given_name_word(names[0])
        ):  # ("Foreign Minister Tomas Hall": a title before two name words, a person)
            if len(names) >= 2:
                ent = self.local_ent(text[ts:te], "place", rule="entity:place-head", conf=0.6)
                self.add_mention(ts, te, ent.key, "place", 0.6)
            return
        if (
            not _DAY_MONTH_WORDS.isdisjoint(names)
            and not (
                last == "May"
                and (had_role or len(names) >= 2)
                and _DAY_MONTH_WORDS.isdisjoint(names[:-1])
            )
            and not (
                # "Jan Kovar": a month's short form before a name word, with no dot and no
                # day after it, is no date but a given name
                names[0] in _SHORT_MONTHS
                and len(names) >= 2
                and text[tokens[0][1] : tokens[0][1] + 1] != "."
                and _DAY_MONTH_WORDS.isdisjoint(names[1:])
                and _is_name_token(names[1])
            )
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
            if names[-1] in PLACE_HEADS and not had_role:
                return  # "in the Alexander Hall of the Kremlin Palace": a room, no one
        if not had_role and _rx(r"\[[a-z]+[ \t]+(?:the[ \t]+)?$").search(text, max(0, ts - 20), ts):
            return  # "President of the Museum [of Natural History]": an editor's insertion
        if len(names) == 1 and RX.ACRONYM.fullmatch(last) and not had_role:
            singles.append((ts, te, had_role))  # initials: an organisation, maybe
            return
        if (
            had_role
            and len(names) == 2
            and len(names[0]) >= 2
            and names[0].isalpha()
            and names[0].isupper()
            and _is_name_token(names[1])
        ):
            # "Ms. KAMIKAWA Yoko": a surname in capitals, then the given name
            full = f"{names[1]} {names[0].title()}"
            ent = self.local_ent(full, "person", rule="entity:capitalised-name", conf=0.7)
            _add_alias(ent, text[ts:te])
            self.add_mention(ts, te, ent.key, "alias", 0.7)
            return
        if (
            had_role
            and 2 <= len(names) <= 4
            and len(names[-1]) >= 3
            and names[-1].isalpha()
            and names[-1].isupper()
            and not _rx(r"[IVX]+").fullmatch(names[-1])  # "Lloyd J. Austin III"
            and all(_is_name_token(n) or n in _PARTICLES for n in names[:-1])
            and _is_name_token(names[0])
        ):
            # "H.E. Mr. Dmytro KULEBA": the given name, then the surname in capitals
            self._person_as_written(ts, te, " ".join([*names[:-1], names[-1].title()]))
            return
        if had_role and (upper := _name_in_capitals(names, self.lex.first)) is not None:
            self._person_as_written(ts, te, upper)  # "H.E. ENRIQUE A. MANALO"
            return
        if not all(_is_name_token(n) or n in _CONNECTORS for n in names):
            return
        if (
            len(names) >= 2
            and _demonym_like(last)
            and all(
                part.capitalize() in _COMPASS_WORDS for n in names[:-1] for part in n.split("-")
            )
        ):
            return  # "South-East Asian", "South-east Asian", "West African": an adjective
        if len(names[-1].rstrip(".")) == 1:
            return  # an initial ends no name ("Plan B")
        if not had_role and RX.AT_THE_BEFORE.search(text, max(0, ts - 14), ts):
            return  # "signed at the Ba Yi", "in the Pentagon": a place or a body, no one
        if (
            len(names) == 2
            and names[0] in _PEER_STYLES
            and not _is_role_head(names[1])
            and names[1] not in _COMMON_CAPS
            and names[1] not in ORG_HEADS
            and names[1] not in PLACE_HEADS
            and names[1] not in _PEER_OFFICES
        ):  # "Lord Green", "Baroness Ashton": the style and the name a peer goes by, even
            # where the name is a word of its own
            self._person_name(ts, te, had_role)
            return
        if (
            not surname_he
            and not (_COMMON_CAPS.isdisjoint(names) and _NOT_NAME_WORDS.isdisjoint(names))
            and not (
                had_role
                and len(names) == 2
                and names[1] in _TITLE_SURNAMES
                and names[0] not in _NOT_NAME_WORDS
                and names[0] not in _COMMON_CAPS
                and self._given_name_word(names[0])
            )
        ):  # ("U.S. Senator Angus King": a title, a given name and a title word as surname)
            if (
                not had_role
                and 2 <= len(names) <= 3
                and _PLACE_NAME_WORDS.intersection(names)
                and _NOT_NAME_WORDS.intersection(names) <= _PLACE_NAME_WORDS
                and _COMMON_CAPS.isdisjoint(names)
                and _rx(r"\b(?:in|at|near|from|outside|to)\s+$").search(text, max(0, ts - 10), ts)
            ):  # "signed in Port Alver", "arrived in New Harlow": an unknown town
                ent = self.local_ent(
                    text[ts:te], "place", rule="entity:place-after-preposition", conf=0.5
                )
                self.add_mention(ts, te, ent.key, "place", 0.5)
            return
        real = [n for n in names if n not in _CONNECTORS]
        if len(real) >= 2 and all(self.in_lower_case(n.lower()) for n in real):
            return
        if not had_role and (
            any(
                RX.NOUN_END.search(n) or (len(n) > 3 and n.endswith(("ees", "ies", "ists")))
                for n in real
            )
            or (len(real) >= 2 and RX.AIM_ADJECTIVE.search(real[0]))  # "Sustainable Growth"
        ):
            return  # "Permanent Cessation", "African Union-led", "Former Detainees": no name
        if (
            not had_role
            and len(real) >= 3
            and sum(self.in_lower_case(n.lower()) for n in real) * 2 > len(real)
        ):
            return  # "Humanitarian Country Team": mostly words of the language
        if not had_role and (
            RX.PLACES_NOUN_AFTER.match(text, te) or RX.PLACE_NOUN_AFTER.match(text, te)
        ):
            ent = self.local_ent(text[ts:te], "place", rule="entity:place-head", conf=0.6)
            self.add_mention(ts, te, ent.key, "place", 0.6)
            return
        before = text[max(0, ts - 10) : ts]
        if (
            not had_role
            and _may_end_with(before, _PLACE_PREPOSITIONS)
            and not (len(real) == 1 and self._person_by_part(names[0]) is not None)
            and _rx(r"\b(?:in|at|near|from|outside|inside|into)\s+$").search(before)
            # ("in Petra Olsky’s film", "at Tomas Ravel’s office": what a person makes or
            # holds, the person's)
            and not self._owner_of_persons_thing(real, te)
        ):
            if len(real) >= 2 or not self.in_lower_case(names[0].lower()):
                ent = self.local_ent(
                    text[ts:te], "place", rule="entity:place-after-preposition", conf=0.5
                )
                self.add_mention(ts, te, ent.key, "place", 0.5)
            return
        if (
            not had_role
            and ts == self.sent(ts)[0]
            and _gerund_and_object(text, te, real, self._state_or_place_name)
        ):
            return  # "Protecting Scotland’s interests": a verb's -ing form, then its object
        if not had_role and len(real) >= 2 and self._thing_named(text[ts:te]):
            return  # "provide Loan Aid … this Loan Aid": a thing's name, no one's
        if (
            not had_role
            and (
                real[-1] in _NUMBER_WORDS  # "ASEAN Plus Three", "Group of Seven": a format
                or any(n.endswith("s") and _is_role_head(n[:-1]) for n in real)
            )
        ):  # "Honorary Consuls", "Ambassadors Extraordinary": a plural title, no one
            return
        if len(real) >= 2 and len(real) <= 4:
            if not had_role and RX.POLICY_NOUN_AFTER.match(text, te):
                return  # "the US Maximum Pressure campaign": a policy's name, no person
            if (
                not had_role
                and RX.THE_BEFORE.search(text, max(0, ts - 40), ts)
                and not RX.PERSON_APPOSED_AFTER.match(text, te)
            ):
                return  # "the Windsor Framework", "the G7 Oil Price Cap": a thing's name
            self._person_name(ts, te, had_role)
        elif len(real) == 1:
            # "Foreign minister Soini's opening address": a title in sentence case before
            had_role = had_role or sentence_case_title(text, self.sent(ts)[0], ts)
            singles.append((ts, te, had_role))

    def _state_or_place_name(self, word: str) -> bool:
        """Whether the lexicon knows ``word`` as a state's or a place's name."""
        return any(c.type in ("state", "place") for c in self.lex.forms.get((word,), ()))

    def _person_as_written(self, ts: int, te: int, full: str) -> None:
        """The person ``full`` names (one the text or the lexicon knows, else a new one),
        mentioned at ``ts:te`` as the text writes it ("H.E. Mr. Dmytro KULEBA")."""
        key = self._known_person(full)
        ent = (
            (self.ents.get(key) or self.ent_from_cand(self.lex.entity_defs[key]))
            if key is not None
            else self.local_ent(full, "person", rule="entity:capitalised-name", conf=0.7)
        )
        _add_alias(ent, self.text[ts:te])
        self.add_mention(ts, te, ent.key, "alias", 0.7)

    def _title_surname_bearer(self, s: int, e: int) -> tuple[str, int] | None:
        """(The person, where the surname starts) for a run that is a title and a title
        word alone ("Senator King"), the surname of the one person named in full with it
        ("Angus King"); None otherwise."""
        tm = _TITLE_THEN_TITLE_SURNAME.fullmatch(self.text, s, e)
        if tm is None or not _is_role_head(tm.group("t")):
            return None
        bearers = [
            x.key
            for x in self.persons
            if not x.anon_head
            and len(x.name.split()) >= 2
            and x.name.split()[-1] == tm.group("sur")
        ]
        return (bearers[0], tm.start("sur")) if len(bearers) == 1 else None

    def _body_of_words(self, words: list[str]) -> bool:
        """What follows 'of' in a body's name ("Kansai Institute of Maritime Studies",
        "National Institute of Disaster Management"): a few capitalised words, no title
        ("Ministry of Defence Spokesman X") and no state's adjective."""
        return (
            0 < len(words) <= 4
            and words[-1] not in _CONNECTORS
            and all(
                w in ("and", "the", "for")
                or (
                    w[:1].isupper()
                    and not _is_role_head(w)
                    and w not in _HONORIFIC_WORDS
                    and w not in _DAY_MONTH_WORDS
                    and _fold(w) not in self.demonyms
                )
                for w in words
            )
        )

    def _title_on_next_line(self, start: int, end: int) -> bool:
        """``start:end`` is a line alone, a title the next line (a signature block)."""
        text = self.text
        if text[text.rfind("\n", 0, start) + 1 : start].strip():
            return False
        bm = RX.NAME_LINE_THEN_TITLE.match(text, end)
        return bool(bm and _ROLE_TITLE_RE.match(bm.group("role")))

    def _in_headline(self, pos: int) -> bool:
        """``pos`` is in a line set in title case ("Remarks Prior to a Meeting With …")."""
        line = self.line_text(pos)
        if not line or line[-1] in '.!?:;,”"' or len(line) > 200:
            return False
        # (a heading's markup first: "**Senior Personnel Appointments", "## Readout")
        words = [w for w in (w.lstrip("*#_") for w in line.split()) if w[:1].isalpha()]
        small = [w for w in words if len(w) >= 4]
        return len(words) >= 3 and len(small) >= 2 and all(w[0].isupper() for w in small)

    def _heading_line(self, pos: int) -> bool:
        """``pos`` is in a heading: a short line with no sentence's end or comma."""
        line = self.line_text(pos)
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
        rn = _rx(r"(?:II|III|IV)[ \t]+(?=[A-Z][a-z])").match(self.text, s, e)
        if rn is not None:
            # "Foreign Minister II Dato Erywan Yusof": a title's rank (a second minister),
            # no name's word (a regnal number follows a name, never starts it)
            s = rn.end()
        name = self.text[s:e]
        if _rx(r"[’']s[ \t]").search(name):
            return  # "Rouhani's English-language Twitter": a person's thing, no person
        words = name.split()
        if len(words) == 2 and _fold(words[1]) in self.demonyms and words[0] in _HEADLINE_ADJ:
            return  # a headline's "Top Turkish diplomat ...": an adjective and a demonym
        if (
            len(words) == 2
            and _fold(words[1]) in self.demonyms
            and RX.DEMONYM_NOUN_AFTER.match(self.text, e)
        ):
            return  # "Relevant Philippine government agencies": a word, then a demonym's use
        # "Joseph R. Biden, Jr.": the suffix after its comma is the name's (a form of it)
        jr = _rx(r",[ \t]+(?:Jr|Sr)\.").match(self.text, e)
        if jr is not None:
            e = jr.end()
        key = self._known_person(name)
        pat = RX.PATRONYMIC_AFTER_SURNAME.search(self.text, max(0, s - 40), s)
        if key is None and pat is not None and RX.PATRONYMIC.fullmatch(name):
            # "Mr. Lavrov, Sergey Viktorovich": the surname, then the given name and the
            # father's name: the person "Sergey Lavrov"
            full = f"{name.split()[0]} {pat.group(1)}"
            key = self._known_person(full) or next(
                (x.key for x in self.persons if not x.anon_head and x.name == full), None
            )
            if key is None:
                key = self.local_ent(full, "person", rule="entity:capitalised-name", conf=0.7).key
        if key is None and (name[:1].islower() or words[0].lower() in _PARTICLES):
            # "del Rosario" after "Albert F. del Rosario", "Van Rompuy said" after "Herman
            # Van Rompuy": the end of a name told in full, a surname with its particle
            tail = " " + name.casefold()
            key = next(
                (
                    x.key
                    for x in self.persons
                    if not x.anon_head and x.name.casefold().endswith(tail)
                ),
                None,
            )
        if key is not None:
            ent = self.ents.get(key) or self.ent_from_cand(self.lex.entity_defs[key])
            if name != ent.name:
                _add_alias(ent, name)
            if jr is not None:
                _add_alias(ent, self.text[s:e])
            self.add_mention(s, e, ent.key, "alias", 0.75)
            return
        ent = self.local_ent(name, "person", rule="entity:capitalised-name", conf=0.7)
        if jr is not None:
            _add_alias(ent, self.text[s:e])
        self.add_mention(s, e, ent.key, "alias" if jr is not None else "name", 0.7)

    def _given_name_word(self, word: str) -> bool:
        """Whether ``word``, after a title and before a last word that may head a place or
        be a title itself, is a given name: a name's word, no body's or place's head, no
        state's adjective and nothing the lexicon knows on its own."""
        return (
            _is_name_token(word)
            and word not in PLACE_HEADS
            and word not in ORG_HEADS
            and _fold(word) not in self.demonyms
            and (_fold(word),) not in self.lex.forms
        )

    def _known_person(self, name: str) -> str | None:
        """A person already known under a name within a small edit distance (a misspelling)."""
        words = name.split()
        if not words:
            return None
        count, first = len(words), words[0][0]
        limit = 1 if len(name) < 12 else 2
        best = None
        bare = _without_initials(words)
        # registry persons, then the article's own (in the order they were found)
        for known, key, kw in itertools.chain(
            ((c.name, c.key, kw) for c, kw in self.lex.persons),
            ((x.name, x.key, None) for x in self.persons if x.local),
        ):
            if known == name:
                continue
            if kw is None:
                kw = known.split()
            if (
                len(bare) >= 2
                and len(kw) != count
                and (bare == words or _without_initials(kw) == kw)
                and _without_initials(kw) == bare
            ):  # "George W. Bush" and "George Bush": one person, an initial apart (never
                # "George H. W. Bush" and "George W. Bush": both give initials)
                return key
            if len(kw) != count and _transliterated(words, kw):
                return key  # "Khaled Al Mansouri" of "Khalid bin Nasser Al-Mansouri"
            if len(kw) != count or kw[0][0] != first:
                continue
            d = Levenshtein.distance(known, name, score_cutoff=limit)
            if d <= limit and (best is None or d < best[0]):
                best = (d, key)
        return best[1] if best else None

    def _misspelt_title(self, word: str, after: str) -> bool:
        """``word`` misspells a title (:func:`title_typo`) before the name ``after``, and
        is no word, place, body or name the article or the lexicon knows otherwise."""
        return (
            _is_name_token(after)
            and word not in ORG_HEADS
            and word not in PLACE_HEADS
            and word not in _COMMON_CAPS
            and title_typo(word) is not None
            and (_fold(word),) not in self.lex.forms
            and _fold(word) not in self.demonyms
            and not self.in_lower_case(word.lower())
            and self._person_by_part(word) is None
        )

    def _nicknamed_names(self) -> None:
        """A name with the nickname its bearer goes by in quotes ("Clarence “Bud” Albright,
        Jr."): one person, named by the given name and the surname; the quoted nickname is
        neither a quote nor a name of its own. The given name and the surname must be
        names' words (no body's or place's head), the nickname one capitalised word."""
        if RX.NICKNAME_MARK.search(self.text) is None:  # (no quoted nickname)
            return
        for m in RX.NICKNAMED.finditer(self.text):
            given, sur = m.group("given"), m.group("sur")
            if (
                not self._given_name_word(given.split()[0])
                or not self._given_name_word(sur)  # (no body's or place's head either)
                or _rx(r"\b(?:the|a|an|this|its)[ \t]+$", re.I).search(
                    self.text, max(0, m.start() - 6), m.start()
                )  # "the Lissar “Accord” Commission": a thing's name
            ):
                continue
            if self.covered(m.start(), m.end("sur")):
                continue
            ent = self.local_ent(f"{given} {sur}", "person", rule="entity:nicknamed", conf=0.7)
            self.add_mention(m.start(), m.end(), ent.key, "name", 0.7)

    def _initials_before_title(self, tokens: list[tuple[int, int, str]]) -> bool:
        """Whether ``tokens`` are a body's initials (after "Acting" or "Deputy", which are
        the title's) and then a title: "DHS Assistant Secretary", "ICE Director"."""
        k = 1 if tokens and tokens[0][2] in ("Acting", "Deputy") else 0
        if len(tokens) < k + 2 or not RX.ACRONYM.fullmatch(tokens[k][2]):
            return False
        return bool(
            _ROLE_TITLE_RE.fullmatch(self.text, tokens[k + 1][0], tokens[-1][1])
            or all(_is_role_head(t[2]) for t in tokens[k + 1 :])
        )

    def _bracketed_initials(self, word: str) -> bool:
        """Whether ``word`` has two capitals or more and the text gives it in brackets,
        in any letter case, as a body's initials ("Secretary of Government (Segob)")."""
        if sum(c.isupper() for c in word) < 2 or not word.isalpha():
            return False
        return _rx(rf"(?i)\({re.escape(word)}\)").search(self.text) is not None
