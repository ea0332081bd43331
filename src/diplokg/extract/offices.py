"""Office holders drafted under their title alone: "The Prime Minister met …" in a
government's own release, "the Secretary-General" with no name after it.

These rules run once every other fact kind has named its people (step
``office-positions``): an unnamed holder is drafted only where no one the article names
holds the office. They are apart from the position rules (:mod:`diplokg.extract.positions`),
which read titles written beside a name; both ask the publishing state of the shared clause
helpers (:meth:`~diplokg.extract.clauses.Clauses._home_state`).

A spokesperson the text gives no name ("An FCO spokeswoman", "a spokesperson for the
Secretary-General") speaks for a body (step ``unnamed-spokespersons``, after the statements
and quotes that name them).
"""

from __future__ import annotations

import re

from diplokg.extract.clauses import Clauses
from diplokg.extract.patterns import _ROLE_TITLE
from diplokg.extract.regexes import RX
from diplokg.extract.serving import _org_named
from diplokg.extract.state import _Men
from diplokg.extract.text import SCAN, Scan, _fold, _rx, head_scan, singular
from diplokg.extract.titles import _normal_role
from diplokg.gazetteer import BODY_STATES, PLACE_HEADS

# After "and", another leader named with their title: "The Prime Minister and President X",
# "The Taoiseach and Prime Minister Y" are two persons (while "the Prime Minister and Foreign
# Minister X" may be one holding both).
_OTHER_LEADER = (
    r"(?:President|Prime[ \t]+Minister|Chancellor|King|Queen|Emir|Crown[ \t]+Prince|Premier)"
    r"[ \t]+(?!of\b)[A-Z]"
)
# A one-person office of a state named by its title alone, no name after it: "The Prime
# Minister met …", "the Foreign Secretary's visit", "the Secretary-General is in Gdansk"
# (the body it implies, when the article names no secretary-general of any body).
_OFFICE_HOLDER_TITLE = re.compile(
    r"(?:\b(?:the|The)[ \t]+|(?<=\bby[ \t])|(?<=\bwith[ \t]))(?P<t>(?:Deputy[ \t]+)?Prime[ \t]+"
    r"Minister|Foreign[ \t]+Secretary|Home[ \t]+Secretary|Taoiseach|Tánaiste|External[ \t]+"
    r"Affairs[ \t]+Minister|Secretary-General)(?![\w-])"
    r"(?![ \t]+(?:and[ \t]+(?!" + _OTHER_LEADER + r"))?[A-Z])"
)
_OFFICE_HOLDER_TITLE_SCAN = head_scan(_OFFICE_HOLDER_TITLE)
# Another state's official named by demonym and title alone: "the Irish Foreign Minister",
# "the Colombian Vice-Minister for Foreign Affairs", "the Syrian ambassador" (no name after
# it, in apposition or in brackets)
_UNNAMED_FOREIGN_OFFICIAL = re.compile(
    rf"\b(?:the|The)[ \t]+(?P<d>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)??)[ \t]+"
    rf"(?P<t>{_ROLE_TITLE}|ambassador|envoy)(?![\w-])(?![ \t]*(?:[A-Z(\[]|,[ \t]+[A-Z]))"
    r"(?![ \t]+(?:for|of)\b|[ \t]+(?:to|on)[ \t]+(?:the[ \t]+)?(?!(?:Mon|Tues|Wednes|Thurs|"
    r"Fri|Satur|Sun)day\b)[A-Z]|"
    r"[ \t]+and[ \t]+(?!the\b)[A-Z])"
)
_UNNAMED_FOREIGN_OFFICIAL_SCAN = head_scan(_UNNAMED_FOREIGN_OFFICIAL)
# A title and the state it is of: "the President of Poland" (then an editor's bracketed
# name may follow: "the President of Poland [X]"; with none, the gold keeps the state met)
_TITLE_OF_STATE = re.compile(
    rf"\b(?:the|The)[ \t]+(?P<t>{_ROLE_TITLE}|ambassador|envoy)[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?(?=[A-Z])"
)
_TITLE_OF_STATE_SCAN = head_scan(_TITLE_OF_STATE)
# (its head, the plural title, up to two words after its start: "Education Ministers")
_UNNAMED_OFFICIALS_FROM_SCAN = Scan(
    RX.UNNAMED_OFFICIALS_FROM,
    frozenset(("ministers", "ambassadors", "envoys", "secretaries")),
    chunks=2,
)
_COUNTERPARTS_FROM_SCAN = Scan(RX.COUNTERPARTS_FROM, frozenset(("counterparts",)))
# (titles read only after a demonym, "the Iranian envoy": "summoned Iran's envoy" is read
# as the state the protest is made to, its name a mention of the state)
_TOLD_BY_DEMONYM_ONLY = frozenset(("president", "ambassador", "envoy"))


class OfficeRules(Clauses):
    """The rules that find offices held by someone the article does not name, spokespersons
    among them."""

    def find_office_holders(self) -> None:
        """'The Prime Minister met …': the unnamed holders of a state's one-person offices,
        found before the meetings and visits so that these can name them (step
        ``office-holders``)."""
        self._find_question_answerers()
        self._find_unnamed_office_holders()
        self._find_unnamed_foreign_officials()
        self._find_unnamed_officials_from()
        self._find_shared_titles()

    def _find_question_answerers(self) -> None:
        """'23. To ask the Taoiseach to report …' in a parliament's record, then the member's
        label alone on its line ("Simon Harris (Wicklow, Fine Gael)") before the answer:
        the member who answers a question put to an office holds that office (of the body
        the title implies, else the publishing state)."""
        text = self.text
        home = self._home_state()
        if "ask" not in text:  # (in every match: "to ask", "asked")
            return
        for m in RX.QUESTION_TO_OFFICE.finditer(text):
            s, e = m.span("t")
            para = max((p for p in self.para_starts if p <= s), default=0)
            if self.in_quote(s) or not RX.NUMBERED_QUESTION.match(text, para):
                continue  # (a member's question in the debate: no answerer labelled)
            who = self._answerer_after(e)
            title = " ".join(m.group("t").split())
            org = self._implied_org(title)
            if org is None and home is not None and not self._lacks_title(home, title):
                org = home
            if who is None or org is None or org not in self.ents:
                continue
            role = _normal_role(title, self.ents[org].type, org_name=self.ents[org].name)
            if not any(p.holder == who and p.role == role for p in self.positions):
                self.holds_now(who, role, org, (s, e), "position:question-answered", 0.7)

    def _answerer_after(self, pos: int) -> str | None:
        """The person whose label (a name alone on its line, then the member's seat and
        party in brackets) opens the answer after the questions at ``pos``: the first label
        after them that no further question follows (one that does is its asker's)."""
        text = self.text
        starts = [p for p in self.para_starts if p > pos]
        for i, p in enumerate(starts):
            if RX.NUMBERED_QUESTION.match(text, p):
                continue  # ("Questions 23 to 25 together": the next question first)
            men = self.mention_at(p)
            if (
                men is None
                or men.start != p
                or not self.ents[men.key].is_person
                or not RX.SEAT_AND_PARTY_AFTER.match(text, men.end)
            ):
                return None
            if i + 1 < len(starts) and RX.NUMBERED_QUESTION.match(text, starts[i + 1]):
                continue  # "Paul Murphy (Dublin South West, RISE)" then "24. To ask …"
            return men.key
        return None

    def _find_unnamed_officials_from(self) -> None:
        """'met with Education Ministers from Saudi Arabia and Afghanistan': an unnamed
        official of each state the list names (only states, two or more), each holding
        the title's singular in that state, as :meth:`_find_unnamed_foreign_officials`
        drafts one; the first told from the title, each other from the word before it."""
        text = self.text
        made: dict[tuple[str, str], str] = {}
        for scan in (_UNNAMED_OFFICIALS_FROM_SCAN, _COUNTERPARTS_FROM_SCAN):
            for m in self.scan(scan):
                if self.in_quote(m.start()) or self.covered(m.start("t"), m.end("t")):
                    continue
                the = RX.ARTICLE_THE_BEFORE.search(text, max(0, m.start() - 4), m.start())
                acted = self._met_or_acted(m.start(), m.start()) or (
                    scan is _UNNAMED_OFFICIALS_FROM_SCAN and self._acted_together(m)
                )
                if not acted and scan is _COUNTERPARTS_FROM_SCAN:
                    continue
                t = " ".join(m.group("t").split())
                if scan is _UNNAMED_OFFICIALS_FROM_SCAN and t[0].islower():
                    # (a title in lower case is each state's one holder only told as "the
                    # prime ministers of A and B"; "foreign ministers from A and B" may be
                    # the states' delegations)
                    if the is None or not _rx(r"[ \t]+of\b").match(text, m.end("t")):
                        continue
                    t = t.title()
                title = singular(t) if scan is _UNNAMED_OFFICIALS_FROM_SCAN else self._own_title(m)
                if title is None:
                    continue
                # (a list of states only: "from A, B and C")
                listed = (
                    self._states_up_to_last(m)
                    if scan is _UNNAMED_OFFICIALS_FROM_SCAN
                    else self.states_listed(m.start("t"), *m.span("list"))
                )
                for i, (told, st) in enumerate(listed):
                    # (each after the first told by its state's name alone: an item of
                    # the list a meeting reads, "met with counterparts from A, B and C")
                    at = told if i == 0 else st.start
                    if self._leader_told(title, st.key, (at, st.end)) or not acted:
                        continue  # ("the prime ministers of A and B", named leaders')
                    told_as = f"{title} of {text[st.start : st.end]}"
                    self._unnamed_official(title, st.key, (at, st.end), at, made, told_as=told_as)
        if made:
            self.sort_mentions()

    def _find_shared_titles(self) -> None:
        """'met Arvelia's foreign and defence ministers', 'witnessed by Arvelian and
        Doskaran chief scientists': one plural title shared by two portfolios of a state or
        by two states, each its unnamed holder, as :meth:`_find_unnamed_foreign_officials`
        drafts one (only when met or acting, and no one the article names holds it)."""
        made: dict[tuple[str, str], str] = {}
        for m in self.scan(SCAN.UNNAMED_SHARED_PORTFOLIOS):
            s, e = m.span()
            if self.in_quote(s) or self.covered(m.start("p1"), e) or not self._met_or_acted(s, e):
                continue
            state = self.org_in(*m.span("d"))
            if state is None or self.ents[state].type != "state":
                continue
            for g in ("p1", "p2"):
                title = f"{m.group(g).title()} Minister"
                self._unnamed_official(title, state, (s, e), s, made)
        for m in self.scan(SCAN.UNNAMED_OFFICIALS_OF_DEMONYMS):
            s, e = m.span()
            if self.in_quote(s) or self.covered(m.start("t"), e):
                continue
            states = [st for g in ("d1", "d2") if (st := self.org_in(*m.span(g))) is not None]
            if len(states) != 2 or any(self.ents[st].type != "state" for st in states):
                continue
            title = singular(" ".join(m.group("t").split())).title()
            acted = self._met_or_acted(s, e)
            for g, st in zip(("d1", "d2"), states, strict=True):
                if self._leader_told(title, st, m.span(g)) or not acted:
                    continue
                alias = f"{m.group(g)} {title}"
                self._unnamed_official(title, st, m.span(g), m.start(g), made, told_as=alias)
        if made:
            self.sort_mentions()

    def _states_up_to_last(self, m: re.Match[str]) -> list[tuple[int, _Men]]:
        """The states the list at ``m`` names, read up to the last state of the longest
        run of states only ("A, B and the C of America and the High Representative": A, B
        and C)."""
        start, end = m.span("list")
        ends = sorted(
            {
                mm.end
                for mm in self.mentions_between(start, end)
                if self.ents[mm.key].type == "state"
            },
            reverse=True,
        )
        for last in ends:
            listed = self.states_listed(m.start("t"), start, last, articles=True)
            if listed:
                return listed
        return []

    def _acted_together(self, m: re.Match[str]) -> bool:
        """Whether the officials a plural title and its list of states tell at ``m`` act
        together: the list's clause verb ("the foreign ministers of A and B met in X",
        "… issued a joint statement") or the text's own authors ("Statement by the foreign
        ministers of A and B", "We, the G7 Foreign Ministers of A, B and C, condemn …")."""
        text, s = self.text, m.start("t")
        if not _rx(r"[ \t]+of\b").match(text, m.end("t")):
            return False  # ("ministers from A and B": maybe the states' delegations)
        return (
            RX.OFFICIALS_ACTED_AFTER_LIST.match(text, m.end("list")) is not None
            or RX.OFFICIALS_AUTHORS_BEFORE.search(text, max(0, s - 40), s) is not None
        )

    def _own_title(self, m: re.Match[str]) -> str | None:
        """The title "counterparts" at ``m`` stands for: the one title the clause's
        subject holds now (a foreign minister's counterparts are foreign ministers)."""
        who = self.subject_before(m.start(), persons_only=True)
        titles = {
            p.role
            for p in self.positions
            if p.holder == who and p.status == "current" and p.org in self.own_states(p.holder)
        }
        return titles.pop() if len(titles) == 1 else None

    def _find_unnamed_foreign_officials(self) -> None:
        """'met the Irish Foreign Minister', 'summoned the Syrian ambassador': a state's
        official the text never names, when no one the article names holds that office of
        that state, drafted as "Foreign Minister of Ireland" holding it (an officeholder is
        named by the office, never "anonymous": convention 2 of tests/data/CONVENTIONS.md)."""
        text = self.text
        made: dict[tuple[str, str], str] = {}
        for m in self.scan(_UNNAMED_FOREIGN_OFFICIAL_SCAN):
            s, e = m.start("d"), m.end("t")
            if self.in_quote(s) or self.covered(m.start("t"), e):
                continue
            state = self.org_before(m.start("t")) or self.ensure(
                self.demonyms.get(_fold(m.group("d")))
            )
            if state is None or self.ents[state].type != "state":
                continue
            title = " ".join(m.group("t").split())
            if self._leader_told(title, state, (s, e)) or not self._met_or_acted(m.start(), e):
                continue
            told_as = " ".join(text[s:e].split())
            self._unnamed_official(title, state, (s, e), m.start(), made, told_as=told_as)
        if "[" in text:  # (a bracketed holder's bracket: "the President of Poland [X]")
            for m in self.scan(_TITLE_OF_STATE_SCAN):
                if not self.in_quote(m.start()):
                    self._bracketed_holder(m.start(), self.mention_at(m.end()))
        for m in self.scan(SCAN.UNNAMED_POSSESSED_OFFICIAL):
            s, e = m.span()
            if self.in_quote(s) or self.covered(m.start("t"), e):
                continue
            if m.group("d"):
                if m.group("t").lower() in _TOLD_BY_DEMONYM_ONLY:
                    continue
                state = self.org_in(*m.span("d"))
            else:  # (told by its demonym: "the Iranian foreign minister")
                state = self.org_before(m.start("t")) or self.ensure(
                    self.demonyms.get(_fold(m.group("dn")))
                )
            if state is None or self.ents[state].type != "state":
                continue
            title = " ".join(m.group("t").split()).title()
            if self._leader_told(title, state, (s, e)) or not self._met_or_acted(s, e):
                continue
            alias = " ".join(text[m.start("dn") : e].split()) if m.group("dn") else None
            self._unnamed_official(title, state, (s, e), s, made, told_as=alias)
        self.sort_mentions()  # (the drafted officials', a bracketed holder's)

    def _leader_told(
        self, title: str, state: str, span: tuple[int, int], *, only: str | None = None
    ) -> str | None:
        """Whether the head of state or government told by ``title`` ("the Russian
        President", "the Russian and US Presidents") is a person the article names, the
        one well-known leader of ``state`` in the lexicon serving the year it is published
        who holds no office of it yet ("Mr Putin … the Russian President"): that person
        then holds the title (its key is returned; ``only``: when it is that person), and
        no unnamed holder is drafted."""
        role = _normal_role(title, "state", org_name=self.ents[state].name)
        if not role or not RX.HEAD_OF_STATE_TITLE.fullmatch(role):
            return None
        year = self.published.year
        known = set()
        for ent in self.ents.values():
            if not ent.is_person:
                continue
            for name in (ent.name, *ent.aliases):
                led = self.lex.leader_orgs.get(_fold(name).casefold())
                if led is not None and led[0] == state and led[1].served_in(year):
                    known.add(ent.key)
        free = [
            k for k in known if not any(p.holder == k and p.org == state for p in self.positions)
        ]
        if (
            len(free) != 1
            or (only is not None and free[0] != only)
            or any(
                p.org == state and p.role.lower() == role.lower() and p.status == "current"
                for p in self.positions
            )
        ):
            return None
        self.holds_now(free[0], role, state, span, "position:leader-told-by-title", 0.6)
        return free[0]

    def _met_or_acted(self, start: int, end: int) -> bool:
        """Whether the unnamed official told from ``start`` to ``end`` is one the text's
        subject met or summoned ("met the Irish Foreign Minister"), or one who did what a
        relative clause after the title reports ("the Iranian foreign minister, who came to
        Tokyo"): a person of the story, not an office told of in passing."""
        text = self.text
        the = RX.ARTICLE_THE_BEFORE.search(text, max(0, start - 4), start)
        start = the.start() if the is not None else start
        return (
            RX.OFFICES_MET_BEFORE.search(text, max(self.sent(start)[0], start - 100), start)
            is not None
            or RX.OFFICIAL_ACTED_AFTER.match(text, end) is not None
        )

    def _bracketed_holder(self, start: int, st: _Men | None) -> None:
        """'the President of Poland [X]': an editor's brackets name the holder of the title
        at ``start`` whose state is ``st``; the title and the name are one mention of X
        (then read as X wherever the title stands: "met with the President of Poland [X]")."""
        if st is None or self.ents[st.key].type != "state":
            return
        bm = _rx(r"[ \t]*\[").match(self.text, st.end)
        who = self.mention_at(bm.end()) if bm is not None else None
        if (
            who is None
            or not self.ents[who.key].is_person
            or self.text[who.end : who.end + 1] != "]"
        ):
            return
        self.add_mention(start, who.end + 1, who.key, "ref", 0.6)

    def _unnamed_official(
        self,
        title: str,
        state: str,
        span: tuple[int, int],
        told: int,
        made: dict[tuple[str, str], str],
        *,
        told_as: str | None = None,
    ) -> None:
        """Draft the unnamed holder of ``title`` in ``state`` whose title is at ``span``
        (once a state and office), unless someone the article names holds it; the mention
        runs from ``told`` (its article) to the span's end. ``told_as``, the demonym and
        title as the text gives them ("Chinese envoy"), is kept as an alias."""
        role = _normal_role(title, "state", org_name=self.ents[state].name)
        if not role or any(
            p.org == state and p.role.lower() == role.lower() and p.holder not in made.values()
            for p in self.positions
        ):
            return  # a holder the article names ("the Irish Foreign Minister, X")
        k = (role.lower(), state)
        if k not in made:
            name = f"{title} of {self.ents[state].name}"
            ent = self.local_ent(name, "person", rule="entity:unnamed-official", conf=0.6)
            made[k] = ent.key
            self.holds_now(ent.key, role, state, span, "position:unnamed-official", 0.6)
        ent = self.ents[made[k]]
        if told_as is not None and told_as != ent.name and told_as not in ent.aliases:
            ent.aliases.append(told_as)
        self.add_mention(told, span[1], made[k], "anon", 0.6)

    def find_office_positions(self) -> None:
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
            span = (first.start, first.end)
            self.holds_now(ent.key, ent.name, org, span, "position:office-holder", 0.7)

    def _find_unnamed_office_holders(self) -> None:
        """'The Prime Minister met …' in a government's own release, when no one the article
        names holds that office: its unnamed holder, drafted under the title, holding it for
        the publishing state."""
        text = self.text
        home = self._home_state()
        made: dict[str, str] = {}
        for m in self.scan(_OFFICE_HOLDER_TITLE_SCAN):
            s, e = m.span("t")
            if self.in_quote(s):
                continue
            # (a title the references read as a person the article names: "Keir Starmer
            # meeting … The Prime Minister met": that person holds it, when the lexicon
            # knows them as the state's leader)
            told = self.mention_at(s) if self.covered(s, e) else None
            if told is not None and (
                not self.ents[told.key].is_person or told.key in made.values()
            ):
                continue
            title = " ".join(m.group("t").split())
            org: str | None
            # (once drafted here, its own position names no other holder)
            if (
                title == "Secretary-General"
                and title not in made
                and (
                    any(p.role.lower() == "secretary-general" for p in self.positions)
                    or _rx(r"\bSecretary[- ]General[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z]").search(
                        text
                    )
                    or _rx(
                        r"\b(?!(?:UN|The|THE)\b|U\.N\.)[A-Z][\w.]*[ \t]+Secretary[- ]General\b"
                    ).search(text)
                )
            ):
                continue  # a holder named ("Secretary-General Ban"), or another body's
            if title == "Secretary-General" and (
                _rx(r"[’']s\b").match(text, e)
                or _rx(r"\b(?:of|for|to)[ \t]+(?:the|The)[ \t]+$").search(text, max(0, s - 12), s)
            ):
                continue  # "the Secretary-General's Special Adviser": part of another's title
            of = RX.OFFICE_OF_STATE.match(text, e)
            if of is not None and m.group().startswith(("the", "The")):
                continue  # "the Prime Minister of X on 16 September": a document's signatory
            if of is not None:
                st = self.mention_at(of.end())
                if (
                    st is None
                    or st.start != of.end()
                    or self.ents[st.key].type != "state"
                    or _rx(r"[ \t]+[A-Z]").match(text, st.end)
                ):
                    continue  # "the Prime Minister of Iraq X": a title before a name
                org = st.key
            else:
                org = self._implied_org(title)
                if org is None and home is not None and not self._lacks_title(home, title):
                    org = home
            if org is None or org not in self.ents:
                continue
            if told is not None:
                self._leader_told(title, org, (s, e), only=told.key)
                continue
            leader = self._leader_told(title, org, (s, e)) if title not in made else None
            if leader is not None:
                self.add_mention(s, e, leader, "ref", 0.6)
                made[title] = leader  # (each later "the Prime Minister" is the leader too)
                continue
            role = _normal_role(title, self.ents[org].type, org_name=self.ents[org].name)
            if title not in made and any(
                p.org == org and p.role == role and p.status == "current" and p.holder not in made
                for p in self.positions
            ):
                continue  # a holder the article names ("Prime Minister X … the Prime Minister")
            if title not in made:
                ent = self.local_ent(title, "person", rule="entity:office-holder", conf=0.6)
                made[title] = ent.key
                self.holds_now(ent.key, role, org, (s, e), "position:office-holder", 0.7)
            self.add_mention(s, e, made[title], "name", 0.6)
        if made:
            self.sort_mentions()

    def find_unnamed_spokespersons(self) -> None:
        """A spokesperson the text gives no name ("Mr. Ban's spokesperson", "a spokesperson
        for the Secretary-General", "An FCO spokeswoman") speaks for a body: the one named
        before the title, or the one the person or office after "for" holds an office of."""
        for ent in list(self.ents.values()):
            if not ent.is_person:
                continue
            sm = RX.UNNAMED_SPOKES.fullmatch(ent.name)
            if sm is None or any(p.holder == ent.key for p in self.positions):
                continue
            org: str | None = None
            if sm.group("body"):
                org = self._named_org(sm.group("body"))
                seat = self.ents[org].name if org is not None else ""
                if seat in BODY_STATES and seat.split()[-1] in PLACE_HEADS:
                    # "A Downing Street spokesperson": a seat named by its street, its state's
                    org = _org_named(self, BODY_STATES[seat]) or org
            else:
                who = _rx(r"^(?:the\s+)?").sub("", sm.group("who"))
                org = next(
                    (
                        p.org
                        for p in self.positions
                        if p.status == "current"
                        and (
                            p.role.lower() == _normal_role(who, "").lower()
                            or (
                                self.ents[p.holder].name.split()[0] == who
                                or self.ents[p.holder].name.split()[-1] == who
                                or self.ents[p.holder].name == who
                            )
                        )
                    ),
                    None,
                )
                if org is None:
                    # "Mr. Ban's spokesperson": a well-known office holder's organisation
                    holder = next(
                        (
                            x
                            for x in self.ents.values()
                            if x.is_person
                            and who in (x.name, x.name.split()[0], x.name.split()[-1])
                        ),
                        None,
                    )
                    known = (
                        self.lex.leader_orgs.get(_fold(holder.name).casefold())
                        if holder is not None
                        else None
                    )
                    if known is not None:
                        org = self.ensure(known[0])
            if org is None or org not in self.ents or not self.ents[org].is_org:
                continue
            men = next((mm for mm in self.mens if mm.key == ent.key), None)
            if men is None:
                continue
            span = (men.start, men.end)
            self.holds_now(ent.key, "spokesperson", org, span, "position:unnamed-spokesperson", 0.6)

    def _named_org(self, name: str) -> str | None:
        """The organisation drafted under ``name`` (its name or an alias), else the
        lexicon's of that name."""
        for ent in self.ents.values():
            if ent.is_org and ent.type != "media" and (ent.name == name or name in ent.aliases):
                return ent.key
        return _org_named(self, name)
