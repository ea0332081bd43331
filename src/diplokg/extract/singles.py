"""One-word names linked to whom they name: a known person's surname or given name, a
well-known office holder's surname ("Putin"), initials ("JFK", "IGAD", "USG"), a
person after a title; two names of one well-known office holder made one; and
surnames machine translation cut off into a sentence of their own. The capitalised
names these start from are :mod:`diplokg.extract.names`' (step ``capitalised-names``)."""

from __future__ import annotations

import re

from diplokg.extract.clauses import _NAME_SUFFIXES, Clauses
from diplokg.extract.namewords import _CONNECTORS, _HEADLINE_VERBS, _NOT_ACRONYMS
from diplokg.extract.patterns import (
    _PORTFOLIO_WORDS,
    _demonym_like,
    _is_role_head,
    _words,
)
from diplokg.extract.regexes import RX
from diplokg.extract.state import _add_alias, _Ent
from diplokg.extract.text import _fold, _rx
from diplokg.gazetteer import GazLeader
from diplokg.model.evidence import find_occurrences

# Nouns of a meeting, a body or a scheme: no name after a title ("the Australia-China CEO
# Roundtable", "the Ministers Forum").
_EVENT_NOUNS = frozenset(
    _words(
        "Roundtable Round Panel Forum Dialogue Summit Conference Meeting Ministerial Session "
        "Programme Program Initiative Mechanism Framework Fund Network Partnership Council"
    )
)


class SingleNameRules(Clauses):
    """Rules that link one-word names to whom they name."""

    def find_single_names(self) -> None:
        """The one-word names the capitalised-name rules left (:attr:`single_names`), each
        linked to the person or body it names or drafted as one (step ``single-names``),
        then two names of one well-known office holder made one."""
        self._link_single_names(self.single_names)
        self._merge_known_leaders()

    def _in_capitals_line(self, pos: int) -> bool:
        """``pos`` is in a line mostly in capitals (a headline or a speaker's label)."""
        text = self.text
        ls = text.rfind("\n", 0, pos) + 1
        le = text.find("\n", pos)
        letters = [c for c in text[ls : le if le != -1 else len(text)] if c.isalpha()]
        return sum(c.isupper() for c in letters) * 2 > len(letters)

    def _government_initials(self, word: str) -> str | None:
        """The state whose government ``word`` abbreviates ("USG": the US Government,
        "GOJ": the Government of Japan), its own initials known to the lexicon or the one
        state of the article they begin."""
        gm = RX.GOVERNMENT_INITIALS.fullmatch(word)
        if gm is None or word == "GOP":  # (the Grand Old Party, no government)
            return None
        short = gm.group(1) or gm.group(2)
        known = [c for c in self.lex.forms.get((_fold(short),), []) if c.type == "state"]
        if known:
            return self.ensure(known[0].key)
        states_ = {
            x.key
            for x in self.ents.values()
            if x.type == "state"
            and "".join(w[0] for w in x.name.split() if w not in _CONNECTORS) == short
        }
        return states_.pop() if len(states_) == 1 else None

    def _body_of_initials(self, word: str) -> _Ent | None:
        """The one body named in full whose capitalised words' initials spell ``word``
        ("MDC" after "Movement for Democratic Change"), with ``word`` as its alias."""
        found = [
            x
            for x in self.ents.values()
            if x.type not in ("person", "state", "place")
            and len(x.name.split()) == len(word) + sum(w in _CONNECTORS for w in x.name.split())
            and "".join(w[0] for w in x.name.split() if w not in _CONNECTORS) == word
        ]
        if len(found) != 1:
            return None
        _add_alias(found[0], word)
        return found[0]

    def _last_bearer(self, word: str, pos: int) -> str | None:
        """Of the article's persons whose name's first or last word is ``word`` (one name
        several bear: "Kim" of Kim Jong Un and Kim Yong Chol), the one named last before
        ``pos``, as a reader takes it; None if none is named before."""
        bearers = {
            x.key
            for x in self.persons
            if not x.anon_head and " " in x.name and word in (x.name.split()[0], x.name.split()[-1])
        }
        if len(bearers) < 2:
            return None  # (one bearer: _person_by_part's)
        return next(
            (
                mm.key
                for mm in reversed(self.mentions_between(max(0, pos - 3000), pos))
                if mm.key in bearers and mm.end <= pos
            ),
            None,
        )

    def _link_single_names(self, singles: list[tuple[int, int, bool]]) -> None:
        """One-word names: a known person's surname or given name, or a person after a title."""
        text = self.text
        for s, e, had_role in singles:
            word = text[s:e]
            if self.covered(s, e):
                continue
            key = self._person_by_part(word)
            if key is None and not self.in_lower_case(word.lower()):
                key = self._known_leader(word)  # "met Putin": a well-known office holder
            if key is None:
                key = self._last_bearer(word, s)
            if key is None and RX.ACRONYM.fullmatch(word):
                key = self._state_in_capitals(word) or self._person_of_initials(word)
            if key is not None:
                self.add_mention(s, e, key, "alias", 0.75)
                _add_alias(self.ents[key], word)
                continue
            if (
                RX.ACRONYM.fullmatch(word)
                and word not in _NOT_ACRONYMS
                and not had_role
                and not self.in_quote(s)
                and not self._in_capitals_line(s)
                and text.rfind("\n", 0, s) + 1 != s  # "KYIV, June 6 –", "NOTE:": a label
                and f"({word})" not in text  # defined as the initials of no organisation
                and text[e : e + 1] != ":"
                and not _rx(r"\.[A-Za-z]{2,4}\b").match(text, e)  # "AZERTAG.AZ": a site
                and not _rx(r"[ \t]*\d").match(text, e)  # "RMB 500 million": a currency
            ):  # "IGAD", "UNMISS": an organisation known by its initials
                gov = self._government_initials(word)
                if gov is not None:  # "USG", "GOJ": a state's government, the state
                    for st in find_occurrences(text, word):
                        if not self.covered(st, st + len(word)):
                            self.add_mention(st, st + len(word), gov, "alias", 0.5)
                    continue
                if any(c.isdigit() for c in word):
                    continue  # "COP27", "H7N9", "EU28": no body the lexicon knows ("G20")
                ent = self._body_of_initials(word) or self.local_ent(
                    word, "group", rule="entity:acronym", conf=0.5
                )
                for st in find_occurrences(text, word):
                    if not self.covered(st, st + len(word)):
                        self.add_mention(st, st + len(word), ent.key, "name", 0.5)
                continue
            after = text[e : e + 40]
            sent_start, _ = self.sent(s)
            if (
                had_role
                and (
                    word in _HEADLINE_VERBS
                    or word in _PORTFOLIO_WORDS  # "… Foreign Affairs and Expatriates of Y"
                    or (  # "Ministers Responsible for Trade": a plural title's qualifier
                        text.startswith(" for ", e) and _rx(r"[a-z]s[ \t]+$").search(text, s - 4, s)
                    )
                    or (word.endswith("s") and _fold(word[:-1]) in self.demonyms)  # "Australians"
                    or RX.NOUN_END.search(word.rstrip("s"))
                    or self.in_lower_case(word.lower())
                    or word in _EVENT_NOUNS  # "the Australia-China CEO Roundtable"
                    # "the Ministers of … of the Central Asian countries": an adjective
                    or (_demonym_like(word) and _rx(r"[ \t]+[a-z]+s\b").match(text, e))
                )
            ):
                # "Foreign Secretary Meets …", "Foreign Ministers Consultations",
                # "Ministers Responsible for Trade": a headline's verb or noun, no name
                continue
            if had_role and RX.DOTTED_INITIALS.fullmatch(word):
                continue  # "Prime Minister of the U.A.E.": a state's or a body's initials
            if had_role and RX.OF_BEFORE.search(text, max(0, s - 8), s):
                continue  # "President of the Government of Ostravia": what the title is of
            if had_role:
                given = RX.GIVEN_IN_BRACKETS.match(text, e)
                if given is not None and not self.covered(given.start(1), given.end(1)):
                    # "President Hu (Jintao)": the full name, in the order written
                    ent = self.local_ent(
                        f"{word} {given.group(1)}", "person", rule="entity:title-name", conf=0.6
                    )
                    _add_alias(ent, word)
                    self.add_mention(s, e, ent.key, "alias", 0.6)
                    continue
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
                and not _rx(r"[A-Z]{2,}s").fullmatch(word)  # "the FMs underlined": a plural
                and RX.SAY_AFTER.match(after)
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
            elif (spouse := self._spouse_name(text[s:e], s)) is not None:
                ent = self.local_ent(spouse, "person", rule="entity:spouse-name", conf=0.6)
                _add_alias(ent, text[s:e])
                self.add_mention(s, e, ent.key, "alias", 0.6)
        self.sort_mentions()

    def _spouse_name(self, word: str, pos: int) -> str | None:
        """The full name of a spouse told by the given name ``word`` at ``pos`` after "his
        wife", "her husband" or "X’s wife": the given name and the family name of the
        person named last before it in the sentence ("Joe and his wife Jill": Jill Biden)."""
        text = self.text
        sent_start, _ = self.sent(pos)
        sm = RX.SPOUSE_BEFORE.search(text, max(sent_start, pos - 40), pos)
        if sm is None or self.in_lower_case(word.lower()):
            return None
        # (the one named just before, by a name the article gives in full elsewhere too)
        key = self._person_by_part(sm.group("who")) if sm.group("who") else None
        partner = self.ents[key] if key is not None else None
        partner = partner or next(
            (
                self.ents[mm.key]
                for mm in reversed(self.mentions_between(sent_start, pos))
                if self.ents[mm.key].is_person and mm.end <= pos
            ),
            None,
        )
        if partner is None or " " not in partner.name or partner.anon_head:
            return None
        return f"{word} {partner.name.split()[-1]}"

    def _leader_of(self, name: str) -> GazLeader | None:
        known = self.lex.leader_orgs.get(_fold(name).casefold())
        return known[1] if known is not None else None

    def _known_leader(self, word: str) -> str | None:
        """The person a well-known office holder's surname names ("Putin", "Erdoğan"): one
        the article names in full, else one of the lexicon's full name."""
        leader = self._leader_of(word)
        if leader is None or word == leader.name:
            return None
        for x in self.persons:
            if not x.anon_head and any(self._leader_of(n) is leader for n in (x.name, *x.aliases)):
                return x.key
        given = leader.name.split()[0]
        for x in self.persons:  # "Secretary of State Antony" … "Blinken": one person
            if not x.anon_head and x.local and x.name == given:
                self.rename(x, leader.name)
                _add_alias(x, given)
                return x.key
        return self.local_ent(leader.name, "person", rule="entity:known-leader", conf=0.7).key

    def _merge_known_leaders(self) -> None:
        """Two names of one well-known office holder ("Joseph R. Biden, Jr." and "Joe
        Biden", "Recep Tayyip Erdogan" and "Erdoğan") are one person: the first named."""
        first: dict[str, _Ent] = {}
        for x in list(self.persons):
            if x.anon_head:
                continue
            leader = next(
                (ld for n in (x.name, *x.aliases) if (ld := self._leader_of(n)) is not None), None
            )
            if leader is None:
                continue
            keep = first.setdefault(leader.name, x)
            if keep is x:
                continue
            for mm in [m for m in self.mens if m.key == x.key]:
                self.remove_mention(mm)
                self.add_mention(mm.start, mm.end, keep.key, "alias", mm.conf)
            for n in (x.name, *x.aliases):
                _add_alias(keep, n)
        self.sort_mentions()

    def _person_of_initials(self, word: str) -> str | None:
        """The one person the initials ``word`` spell: every word of the name ("JFK"), or
        the first letter of a title the text gives the person before them ("PRRD":
        "President Rodrigo Roa Duterte", told "President Duterte")."""
        found = set()
        for x in self.persons:
            words = [w for w in x.name.split() if w.lower() not in _NAME_SUFFIXES]
            if x.anon_head or len(words) < 2:
                continue
            initials = "".join(w[0] for w in words if w[:1].isupper())
            if word == initials:
                found.add(x.key)
                continue
            told = "|".join(map(re.escape, [x.name, *x.aliases]))
            if word[1:] == initials and any(
                _is_role_head(m.group(1))
                for m in _rx(rf"\b({word[0]}[a-z]+)[ \t]+(?:{told})").finditer(self.text)
            ):
                found.add(x.key)
        return found.pop() if len(found) == 1 else None

    def _state_in_capitals(self, word: str) -> str | None:
        """The state a word in capitals names ("NEW DELHI, INDIA –": India), no body's
        initials: its name written in capitals, four letters or more."""
        if len(word) < 4 or not word.isalpha():
            return None
        known = [
            c
            for c in self.lex.forms.get((word.title(),), [])
            # (its own name: "ASUNCION", "TOKYO" stand for a place, not their state)
            if c.type == "state" and not c.capital_of and c.name.casefold() == word.casefold()
        ]
        return self.ensure(known[0].key) if known else None

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
