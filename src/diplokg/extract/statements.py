"""Statements: statements, communiqués, joint declarations and reports, and who issued them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from diplokg.extract.clauses import Charge, Clauses, Found
from diplokg.extract.patterns import (
    _MEDIA,
    _NUMBERS,
    _SAID_AFTER_NAME,
    _SAID_VERBS,
    _SPEECH,
    _WEEKDAYS,
    _about_end,
    _clause_end,
    _gerund,
    _statement_kind,
)
from diplokg.extract.regexes import RX
from diplokg.extract.state import _Stmt
from diplokg.extract.text import (
    SCAN,
    Scan,
    _fold,
    _rx,
    dateline_end,
    group_words,
    head_scan,
    indexed_words,
    singular,
)
from diplokg.extract.words import alternation

_HEADS_OF_IN = re.compile(RX.HEADS_OF.pattern.removesuffix("$"), re.I)
_THOSE_WHO_MET_NOUN = (
    r"(?:[Tt]he\s+two|(?:[Tt]he\s+(?:two\s+)?|[Bb]oth\s+)(?i:ministers|leaders|sides|presidents|"
    r"delegations|foreign\s+ministers|governments|parties))"
)
_THOSE_WHO_MET_AFTER = re.compile(rf",?\s*{_THOSE_WHO_MET_NOUN}\b")  # "…, the ministers pledged"
_THOSE_WHO_MET_BEFORE = re.compile(  # "The two sides (also) issued a joint communiqué"
    rf"(?:^|\b(?:that|and)\s+){_THOSE_WHO_MET_NOUN}\s+(?:(?:have|has|had|also|then|later)\s+)*$"
)


# The verbs of RX.STATE_SAYS: each of its matches holds one, no more than two words after
# its start ("Iran says", "China has long said").
_STATE_SAYS_VERBS = indexed_words(("says", "insists", "denies", "denounced", "calls", "said"))
_OFFICE_SAID_SCAN = Scan(  # "press" of "press service": a chunk after the name
    RX.OFFICE_SAID, group_words(RX.OFFICE_SAID, "office"), chunks=2, capitals=True
)
# (by hand: "adopted", inside the match, is rarer than its first words)
_DOCUMENT_ADOPTED_SCAN = Scan(RX.DOCUMENT_ADOPTED, frozenset({"adopted"}), chunks=2)
_DAY_BEFORE_VERB = re.compile(  # between a body's name and its verb: " on Friday", " earlier"
    rf"\s+(?:on\s+)?(?:{_WEEKDAYS}|today|yesterday|earlier|later|separately)$"
)
_BODY_SPOKESPERSON_SAID_SCAN = Scan(
    RX.BODY_SPOKESPERSON_SAID,
    frozenset({"spokesman", "spokeswoman", "spokesperson", "press"}),
    chunks=8,
)
_SPOKESPERSON_FOR_SAID_SCAN = Scan(
    RX.SPOKESPERSON_FOR_SAID, frozenset({"spokesman", "spokeswoman", "spokesperson"}), chunks=1
)
_SAID_AFTER_NAME_HEADS = indexed_words(_SAID_VERBS)
# "a Doskaran government statement (on Monday) said", '…," a Doskaran government statement
# read': the state of the demonym issued it
_DEMONYM_GOVERNMENT_DOC = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<d>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:government|presidency|"
    r"cabinet)\s+(?P<k>statement|communiqué|communique|declaration)\s+"
    rf"(?:(?:on\s+)?(?:{_WEEKDAYS}|today|yesterday)\s+)?(?:said|says|read|reads|stated|added)\b"
)
_DEMONYM_GOVERNMENT_DOC_SCAN = Scan(
    _DEMONYM_GOVERNMENT_DOC, group_words(_DEMONYM_GOVERNMENT_DOC, "k"), chunks=5
)
#: A document told by its owner: "Arvelia's statement said", "NATO's brief statement, issued
#: on Monday, said", '"…," the ministry's statement read' (what it does follows: RX.SAID_AFTER_DOC)
_OWNED_DOC = re.compile(
    r"\b[\w.-]+(?P<poss>[’']s)\s+(?:(?:joint|written|brief|short|official|final|latest|new|"
    r"own|earlier|separate|first)\s+)?(?:press\s+)?(?P<k>statement|communiqué|communique|"
    rf"declaration)\b(?:\s+(?:on\s+)?(?:{_WEEKDAYS}|today|yesterday)\b|\s+after\s+the\s+"
    r"(?:talks|meeting|summit|call|vote)\b)?"
)
_OWNED_DOC_SCAN = Scan(_OWNED_DOC, group_words(_OWNED_DOC, "k"), chunks=3)
_GOVERNMENT_SAID = re.compile(  # "Chile's government said", "the Doskaran government announced"
    r"government\s+(?:(?:has|had|also|on\s+"
    rf"(?:{_WEEKDAYS}))\s+)*(?:{alternation(_SAID_VERBS)})\b"
)
_GOVERNMENT_SAID_SCAN = head_scan(_GOVERNMENT_SAID)
#: "Joint statement: A", "Joint statement by A", "Joint statement – A and B"
_TITLE_BY = re.compile(r"(?:[ \t]+(?:by|of|from)|:|[ \t]+[–—-])[ \t]+(?:the[ \t]+)?")


def _sentence_case(text: str) -> str:
    text = text.strip().rstrip(".,")
    return text[:1].upper() + text[1:] + "." if text else text


class StatementRules(Clauses):
    """Rules that find statements, communiqués and reports."""

    def _issuing(self, keys: Iterable[str]) -> list[str]:
        """The keys that may issue a statement, each once, in order: bodies and people,
        not places (a list after "by" may name where) nor media (they report it)."""
        return [
            k
            for k in dict.fromkeys(keys)
            if not self.ents[k].is_place and self.ents[k].type != _MEDIA
        ]

    def _co_issuers(self, sent_start: int, pos: int, issuer: str) -> list[str]:
        """The persons listed with ``issuer`` as the whole subject of the verb at ``pos``
        ("Donald Trump and Vladimir Putin approved the statement")."""
        for mm in self.mentions_between(sent_start, pos):
            if self.in_quote(mm.start):
                continue
            lst = self.list_after(mm.start, kinds=("person",))
            if (
                lst
                and len(lst[0]) >= 2
                and issuer in lst[0]
                and _rx(r"\s+(?:(?:have|has|had|also|jointly|then)\s+)*").fullmatch(
                    self.text, lst[1], pos
                )
            ):
                return [k for k in lst[0] if k != issuer and self.ents[k].is_person]
            return []
        return []

    def _heads_of(self, heads: re.Match[str], states: list[str]) -> list[str]:
        """The persons holding the office ``heads`` names ("the presidents of") in each of
        ``states``: one each, or none at all."""
        office = _rx(r"s\s+of\b.*$", re.S).sub("", heads.group().lower()).strip()
        office = {"leader": "", "heads of state": "", "head": ""}.get(office, office)
        if not office:
            return []
        found = []
        for st in states:
            holders = {
                p.holder
                for p in self.positions
                if p.org == st and p.status == "current" and p.role.lower() == office
            }
            if len(holders) != 1:
                return []
            found.append(holders.pop())
        return found

    def _holders_of_two(self, two: re.Match[str], pos: int) -> list[str]:
        """Who the office told of two states at ``two`` (:data:`RX.OFFICES_OF_TWO`) names:
        the one holder of it in each state — the states its demonyms name ("the Russian and
        US Presidents"), else those of the last two-party meeting ("of both countries");
        "leaders" and "heads of state" are those who met. None unless each is known."""
        office = " ".join((two["o1"] or two["o2"] or two["o3"]).lower().split())
        office = "" if office in ("leaders", "heads of state") else singular(office)
        if two["d1"]:
            found = [self.org_in(*two.span(g)) for g in ("d1", "d2")]
            states = [k for k in found if k is not None]
        else:
            states = self._states_met(self._last_meeting_of(pos, persons=False, paragraph=False))
        if len(set(states)) != 2 or any(self.ents[k].type != "state" for k in states):
            return []
        met = set(self._last_meeting_of(pos, persons=True, paragraph=False))
        holders = []
        for st in states:
            of_state = {
                p.holder
                for p in self.positions
                if p.org == st
                and p.status == "current"
                and (p.role.lower() == office if office else p.holder in met)
            }
            if len(of_state) != 1:
                return []
            holders.append(of_state.pop())
        return holders

    def _statement_for_all(
        self, issuers: list[str], kind: str, ev: tuple[int, int], *, rule: str, conf: float
    ) -> _Stmt:
        for st in self.statements:
            if set(st.issuers) == set(issuers) and st.kind == kind:
                return st
        sid = self.new_id(f"joint-{kind}")
        st = _Stmt(sid, ev, rule, conf, kind, list(issuers))
        self.statements.append(st)
        return st

    def find_statements(self) -> None:
        text = self.text
        # "X has reported that …", "X said in a statement", "in a joint statement, A and B said"
        for m in self.scan_unquoted(SCAN.STATEMENT_VERB):
            if m.group("verb").lower().endswith("reported") and not m.group("that"):
                continue
            if RX.PLANNED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "will issue a joint statement", "plan to issue …": none yet
            kind_word = (
                m.group("k1") or m.group("k2") or m.group("k3") or m.group("k4") or "report"
            ).lower()
            kind = _statement_kind(kind_word)
            sent_start, sent_end = self.sent(m.start())
            members = self._bracketed_members(sent_start, m.start())
            if len(members) >= 2:
                self._statement_for_all(
                    members, kind, m.span(), rule="statement:bracketed-members", conf=0.65
                )
                continue
            if "joint" in m.group(0).lower() or m.group("named"):
                two = RX.OFFICES_OF_TWO.search(text, sent_start, m.start())
                if two is not None:
                    # "the foreign ministers of both countries issued a joint statement":
                    # the two who hold that office, never their states
                    holders = self._holders_of_two(two, m.start())
                    if len(holders) == 2:
                        self._statement_for_all(
                            holders, kind, (two.start(), m.end()), rule="statement:joint", conf=0.6
                        )
                    continue
                group = self._joint_issuers(m.start(), m.end(), sent_start, sent_end)
                after_verb = _SPEECH.search(text, m.end(), sent_end)
                if not group and after_verb:
                    group = self._subject_list(sent_start, after_verb.start())
                parties = [k for k in group if self.ents[k].is_org or self.ents[k].is_person]
                heads = _HEADS_OF_IN.search(text, sent_start, m.start())
                if heads is not None and not (
                    parties and all(self.ents[k].is_person for k in parties)
                ):
                    # "the presidents of A and B": the ones the text names as holding
                    # that office in A and in B, else no one (not A and B)
                    parties = self._heads_of(heads, parties)
                    if len(parties) < 2:
                        continue
                if len(parties) < 2 and (
                    _THOSE_WHO_MET_AFTER.match(text, m.end())
                    or _THOSE_WHO_MET_BEFORE.search(text[sent_start : m.start()])
                ):
                    # "In a joint declaration, the ministers pledged …": those who met
                    parties = self._last_meeting_of(m.start(), persons=False, paragraph=True)
                if len(parties) >= 2:
                    self._statement_for_all(
                        parties, kind, m.span(), rule="statement:joint", conf=0.65
                    )
                    continue
            issuer = (
                self._members_of(sent_start, m.start())
                or self._speaker_right_before(sent_start, m.start())
                or self.subject_before(m.start(), lo=dateline_end(text, sent_start, m.start()))
            )
            issuer = self.titled_holder(issuer, sent_start, m.start())
            if m.group("k3") and (issuer is None or m.start() - sent_start < 4):
                after_verb = _SPEECH.search(text, m.end(), sent_end)
                if after_verb:
                    issuer = self.subject_before(after_verb.start()) or issuer
            if issuer is None or self.ents[issuer].type == _MEDIA:
                continue
            if not self.ents[issuer].is_org and (
                kind == "report" or not self.ents[issuer].is_person
            ):
                continue
            subj = [mm for mm in self.mentions_between(sent_start, m.start()) if mm.key == issuer]
            ev_s = subj[-1].start if subj else m.start()
            ev_e = m.end()
            summary = None
            if m.group("that"):
                clause_end = _clause_end(text, m.end(), sent_end)
                ev_e = clause_end
                summary = text[m.end() : clause_end].strip()
            st = self._statement_for(issuer, kind, (ev_s, ev_e), rule="statement:verb", conf=0.7)
            if self.ents[issuer].is_person:
                # "A and B approved the statement": B issues it too
                for co in self._co_issuers(sent_start, m.start(), issuer):
                    self._statement_for(co, kind, (ev_s, ev_e), rule="statement:verb", conf=0.6)
            if summary and not st.summary:
                st.summary = _sentence_case(summary)
            if kind == "report" and m.group("that"):
                self._report_accusation(issuer, m.end(), ev_e, st)
        # "the Foreign Ministry said …": an organisation speaking makes a statement
        for m in self._said_after_names():
            # "Grid operator X, which will build the line with Y, said …": X said it
            rc = _rx(r",\s+(?:which|who)\s[^,;.“”\"\n]{1,120},").search(
                text, max(0, m.start() - 130), m.start()
            )
            at = rc.start() if rc is not None and rc.end() == m.start() else m.start()
            dm = _DAY_BEFORE_VERB.search(text, max(0, at - 30), at)
            if dm is not None:  # "the Foreign Ministry on Friday said"
                at = dm.start()
            mm = [x for x in self.mentions_between(max(0, at - 80), at + 1) if x.end == at]
            if not mm or self.in_quote(m.start()):
                continue
            if self.is_body(mm[-1].key) and not RX.PREP_BEFORE.search(
                text, max(0, mm[-1].start - 40), mm[-1].start
            ):
                self._statement_for(
                    mm[-1].key,
                    "statement",
                    (mm[-1].start, m.end()),
                    rule="statement:organisation-said",
                    conf=0.55,
                )
        self._states_speaking()
        self._governments_speaking()
        self._statements_from()
        self._owned_documents()
        self._government_documents()
        self._joint_documents_by()
        self._joint_documents_owned()
        self._spokespersons_speaking()
        self._spokespersons_according_to()
        self._according_to_sources()
        self._joint_documents_between()
        self._joint_documents_passive()
        self._statements_made()
        self._joint_documents_at_summits()
        self._joint_after_talks()
        self._issued_documents()
        self._report_nouns()
        self._title_documents()
        self._offices_speaking()
        self._joint_titles()
        self._briefing_statements()
        # Adopted documents: "The document adopted by the 31 countries in Vilnius".
        for m in self.scan(_DOCUMENT_ADOPTED_SCAN):
            if self.statements:
                prior = [s for s in self.statements if s.span[0] < m.start()]
                if prior and prior[-1].kind == "communique":
                    n = m.group("n")
                    prior[-1].adopters = int(n) if n.isdigit() else _NUMBERS.get(n)

    def _states_met(self, keys: list[str]) -> list[str]:
        """The states whose talks those who met held (a document no one is named issuing is
        theirs, tests/data/CONVENTIONS.md): each person's state, when each has one of their
        own; else those who met."""
        states = []
        for k in keys:
            ent = self.ents[k]
            held = [
                p.org
                for p in self.positions
                if p.holder == k and p.status == "current" and self.ents[p.org].type == "state"
            ]
            state = held[0] if held else ent.country if ent.is_person else k
            states.append(state)
        if None in states or len(set(states)) != len(states):
            return keys
        return [k for k in states if k is not None]

    def _joint_titles(self) -> None:
        """A release titled as a joint document: "Joint Statement by Prime Minister A of X
        and Prime Minister B of Y" (or "Joint statement: Prime Ministers A and B"),
        "Norway-Sweden Joint Statement", "Joint Statement on the Norway-Sweden Strategic
        Dialogue": one statement of each co-issuer."""
        text = self.text
        for m in RX.JOINT_TITLE.finditer(text, 0, min(len(text), 600)):
            if m.group(0).rstrip().endswith((".", "?", "!")):
                continue  # a sentence of prose, not a title
            issuers: list[str] = []
            end = m.end("k")
            if m.group("a"):
                issuers = self._named_pair(m.start("a"), m.start("b"))
            elif by := _TITLE_BY.match(text, m.end("k")):
                lst = self.list_after(by.end(), kinds=("org", "person"), limit=200)
                issuers = lst[0] if lst is not None else []
                if len(issuers) < 2 and self._members_title(m, by.end()):
                    continue
            else:
                pm = _rx(r"\b([A-Z][\w’']+)[-–]([A-Z][\w’']+)\b").search(text, m.start(), m.end())
                if pm is not None:
                    issuers = self._named_pair(pm.start(1), pm.start(2))
            if len(issuers) < 2 and (bm := RX.TITLE_BETWEEN.search(text, m.end("k"), m.end())):
                # "Joint Communiqué: on the occasion of the Bilateral Meeting between
                # Minister A and Minister B": those the title makes meet issue it
                lst = self.list_after(bm.end(), kinds=("org", "person"), limit=200)
                issuers, end = lst if lst is not None else ([], end)
            issuers = self._issuing(issuers)
            if len(issuers) >= 2:
                kind = _statement_kind(m.group("k").lower())
                self._statement_for_all(
                    issuers, kind, (m.start(), end), rule="statement:joint-title", conf=0.65
                )

    def _members_title(self, m: re.Match[str], pos: int) -> bool:
        """'Joint statement by the members of the European Council' (a title's ``m``, its
        "by" ending at ``pos``): the statement of the one body whose members speak as one,
        not of a state ("the leaders of A and B" are the states' own); whether drafted."""
        members = RX.TITLE_MEMBERS_OF.match(self.text, pos)
        lst = self.list_after(members.end(), kinds=("org",), limit=200) if members else None
        if lst is None or len(lst[0]) != 1 or self.ents[lst[0][0]].type == "state":
            return False
        kind = _statement_kind(m.group("k").lower())
        self._statement_for_all(
            lst[0], kind, (m.start(), lst[1]), rule="statement:title", conf=0.65
        )
        return True

    def _joint_documents_at_summits(self) -> None:
        """'the joint statement released following the recent U.S.-North Korea Summit': one
        statement of each state of the summit (not one planned: "will be released after")."""
        text = self.text
        for m in self.scan(SCAN.JOINT_DOC_AT_SUMMIT):
            if self.in_quote(m.start()) or _rx(
                r"\b(?:will|would|shall|to|could|may|might)\s+(?:\w+\s+)?(?:issue|release|"
                r"adopt|sign|publish|make|draft|agree\s+on)\s+(?:(?:a|an|the)\s+)?$"
            ).search(text, max(0, m.start() - 40), m.start()):
                continue
            issuers = self._named_pair(m.start("a"), m.start("b"))
            if len(set(issuers)) == 2:
                self._statement_for_all(
                    issuers,
                    _statement_kind(m.group("k").lower()),
                    (m.start(), m.end()),
                    rule="statement:joint-at-summit",
                    conf=0.65,
                )

    def _briefing_statements(self) -> None:
        """A spokesperson's noon briefing reads out the Secretary-General's statements: a
        paragraph opening "The Secretary-General welcomes (condemns, notes …)" is his
        statement, dated by the briefing's "today" when its opening line gives one."""
        text = self.text
        if RX.BRIEFING.search(text, 0, 600) is None:
            return
        for m in RX.SG_READS.finditer(text):
            who = self.mention_at(m.start("sg"))
            if who is None or not self.ents[who.key].is_person:
                continue
            st = self._statement_for(
                who.key,
                "statement",
                (m.start("sg"), m.end()),  # (not the sentence: a day in it is the event's)
                rule="statement:briefing-read",
                conf=0.6,
            )
            tm = _rx(r"\btoday\b", re.I).search(text, 0, 600)
            if st.date is None and tm is not None:
                res = self.resolve(tm.group())
                if res is not None and res.value is not None:
                    st.date = tm.span()  # "a transcript of today's noon briefing"
            return  # (one statement: the others read out are its parts)

    def _joint_after_talks(self) -> None:
        """'A joint statement after the talks said …': a statement of those who held the
        talks (the last meeting drafted in the paragraph)."""
        text = self.text
        for m in self.scan(SCAN.JOINT_AFTER_TALKS):
            if self.in_quote(m.start()) or any(
                st.span[0] <= m.start() < st.span[1] for st in self.statements
            ):
                continue
            parties = self._states_met(
                self._last_meeting_of(m.start(), persons=False, paragraph=True)
            )
            rule = "statement:joint-after-talks"
            sent_start, sent_end = self.sent(m.start())
            if len(parties) < 2 and _rx(r",\s*$").search(text, sent_start, m.start()):
                # "A and B agreed …, a joint communique issued after their talks said": the
                # document reports its own issuers' deed
                tail = _SPEECH.search(text, m.end(), sent_end)
                if tail is not None and not _rx(r"[,;]").search(text, m.end(), tail.start()):
                    parties = self._subject_list(sent_start, m.start())
                    rule = "statement:joint-after-talks-attributed"
            if len(parties) >= 2:
                self._statement_for_all(
                    parties,
                    _statement_kind(m.group("k").lower()),
                    m.span(),
                    rule=rule,
                    conf=0.6,
                )

    def _states_speaking(self) -> None:
        """'Iran says …', 'but Iran insists …', 'Israel has denounced …', 'the UK calls upon':
        a state named as the subject of a clause of speech makes a statement."""
        text = self.text
        for m in self.scan_spaced(RX.STATE_SAYS, _STATE_SAYS_VERBS, back=2):
            if self.in_quote(m.start()):
                continue
            before = [
                x
                for x in self.mentions_between(max(0, m.start() - 60), m.start() + 1)
                if x.end == m.start()
            ]
            if not before or before[-1].how not in ("name", "alias", "metonym"):
                continue
            mm = before[-1]
            if self.ents[mm.key].type != "state":
                continue
            sent_start, _ = self.sent(mm.start)
            lead = text[sent_start : mm.start]
            # the subject opens the sentence or a clause: "Iran says", "but Iran insists",
            # "something Iran denies" — never "officials in Iran say", "Iran's envoy said"
            if not RX.STATE_CLAUSE_LEAD.search(lead):
                continue
            le = text.find("\n", m.end())
            line = text[text.rfind("\n", 0, mm.start) + 1 : le if le != -1 else len(text)]
            if not line.rstrip().endswith((".", "”", '"', "!", "?")):
                continue  # a headline ("Arvelia says border will reopen")
            if RX.HOSTILE_DEED.search(
                text, m.end(), _clause_end(text, m.end(), self.sent(m.end())[1])
            ):
                continue  # "Manila says X fired at …" is a claim (see _claims), not a statement
            self._statement_for(
                mm.key,
                "statement",
                (mm.start, m.end()),
                rule="statement:state-says",
                conf=0.55,
            )

    def _joint_documents_between(self) -> None:
        """'the adoption of the Joint Declaration of Peace between A and B', 'a joint
        communiqué between A and B': a document each of them issues."""
        text = self.text
        for m, sent_start, _ in self.asserted(self.scan(SCAN.JOINT_DOC_BETWEEN)):
            if _rx(r"\b(?:no|any|a\s+possible|a\s+future|a\s+draft)\s+(?:\w+\s+)?$", re.I).search(
                text, max(sent_start, m.start() - 30), m.start()
            ):
                continue  # "no joint declaration between A and B", "a draft joint statement"
            lst = self.list_after(m.end(), kinds=("org", "person"))
            if lst is None:
                continue
            issuers = [k for k in dict.fromkeys(lst[0]) if not self.ents[k].is_place]
            if len(issuers) < 2:
                continue
            self._statement_for_all(
                issuers,
                _statement_kind(m.group("kind")),
                (m.start(), lst[1]),
                rule="statement:joint-between",
                conf=0.6,
            )

    def _governments_speaking(self) -> None:
        """'Chile's government said …', 'the Doskaran government announced …': the state
        makes a statement through its government (the subject of a sentence or clause)."""
        text = self.text
        for m in self.scan(_GOVERNMENT_SAID_SCAN):
            om = RX.GOVERNMENT_OWNER.search(text, max(0, m.start() - 30), m.start())
            if om is None or self.in_quote(m.start()):
                continue
            if om.group("dem"):
                state = self.ensure(self.demonyms.get(_fold(om.group("dem"))))
                subj_start = om.start()
            else:
                owner = next(
                    (
                        x
                        for x in self.mentions_between(max(0, om.start() - 60), om.start() + 1)
                        if x.end == om.start()
                    ),
                    None,
                )
                if owner is None or owner.how == "qualifier":
                    continue
                state, subj_start = owner.key, owner.start
            if state is None or self.ents[state].type != "state":
                continue
            sent_start, _ = self.sent(m.start())
            if not RX.STATE_CLAUSE_LEAD.search(text[sent_start:subj_start]):
                continue
            self._statement_for(
                state,
                "statement",
                (subj_start, m.end()),
                rule="statement:government-said",
                conf=0.6,
            )

    def _joint_issuers(self, s: int, e: int, sent_start: int, sent_end: int) -> list[str]:
        """Who issues a joint document named at ``text[s:e]`` (empty when unsure).

        'A and B said in a joint statement', 'a joint statement released by A and B',
        'Both Ministers adopted a Joint Declaration', 'The sides adopted …', and 'They
        issued a joint statement' ("In addition, they issued …") after a meeting (its
        participants).
        """
        text = self.text
        for mm in self.mentions_between(sent_start, s):
            if self.in_quote(mm.start) or not self.speaker_capable(mm):
                continue
            if RX.HEADS_OF.search(text, max(sent_start, mm.start - 40), mm.start):
                # "the presidents of A and B issued": the presidents, when the text names
                # them; never their states
                people = self._subject_list(sent_start, s)
                return [k for k in people if self.ents[k].is_person]
            lst = self.list_after(mm.start, kinds=("org", "person"))
            if lst and len(lst[0]) >= 2 and RX.JOINT_GAP.fullmatch(text, lst[1], s):
                return [k for k in lst[0] if not self.ents[k].is_place]
        bm = _rx(r"\s+(?:\w+\s+){0,4}?(?:released|issued|published|signed|adopted)\s+by\s+").match(
            text, e, sent_end
        )
        if bm:
            lst = self.list_after(bm.end(), kinds=("org", "person"))
            if lst and len(lst[0]) >= 2:
                return [k for k in lst[0] if not self.ents[k].is_place]
        head = text[sent_start:s]
        bm2 = _rx(
            r"^\s*(?:[Bb]oth|[Tt]he\s+two)\s+(?P<w>[Mm]inisters|[Ll]eaders|[Pp]residents)\b"
        ).match(head)
        if bm2:
            title = {"ministers": "minister", "presidents": "president"}.get(bm2.group("w").lower())
            return self._last_meeting_of(sent_start, persons=True, paragraph=False, title=title)
        if _rx(
            r"^\s*(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?(?:sides|parties|countries|governments)\b"
        ).match(head):
            return self._recent_states(sent_start)
        # ("In addition, they issued", "After the summit, they adopted": a short lead
        # phrase before "they")
        if they := RX.THEY_OPENING.match(text, sent_start, s):
            if they["n"]:
                return self.counted_who_met(they)
            found = self._last_meeting_of(sent_start, persons=True, paragraph=True)
            start = self.para_starts[self.para(sent_start)]
            if not found and start > 0 and not text[start:sent_start].strip():
                # "they" opening a paragraph: those who met in the paragraph before
                found = self._last_meeting_of(start - 1, persons=True, paragraph=True)
            return found
        return self._subject_list(sent_start, s)

    def _speaker_right_before(self, sent_start: int, pos: int) -> str | None:
        """'…, the Foreign Ministry of Dravena said in a statement': the body right before
        the verb, which may not be the sentence's first name."""
        before = [mm for mm in self.mentions_between(sent_start, pos) if self.is_body(mm.key)]
        if before and _rx(
            r"(?:\s+of\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?(?:[’']s)?\s+(?:also\s+)?"
            r"(?:said|says|announced|stated|declared|added)\s+$"
        ).fullmatch(self.text, before[-1].end, pos):
            return before[-1].key
        return None

    def _bracketed_members(self, sent_start: int, pos: int) -> list[str]:
        """'The co-chairs of the group (A of X, B of Y, and C of Z) released …': the persons
        a group's brackets name right before its verb, each of whom issues the document
        (empty unless two or more persons are named there)."""
        bm = RX.BRACKETS_BEFORE_VERB.search(self.text, sent_start, pos)
        if bm is None:
            return []
        # each item of the list a person's name ("A of X"), never a clause ("which A and B
        # founded")
        starts = {mm.start: mm.key for mm in self.mentions_between(bm.start() + 1, bm.end())}
        items = [bm.start() + 1] + [
            sep.end()
            for sep in _rx(r",\s*(?:and\s+)?|\s+and\s+").finditer(
                self.text, bm.start() + 1, bm.end()
            )
        ]
        keys = [starts.get(at) for at in items]
        if any(k is None or not self.ents[k].is_person for k in keys):
            return []
        return [k for k in keys if k is not None]

    def _members_of(self, sent_start: int, pos: int) -> str | None:
        """'The members of the Security Council …': the body its members speak for."""
        mm = _rx(
            r"\b(?:[Tt]he\s+)?(?:[Mm]embers|[Ll]eaders|[Hh]eads\s+of\s+(?:[Ss]tate|[Gg]overnment)"
            r"(?:\s+and\s+(?:[Ss]tate|[Gg]overnment))?)\s+of\s+(?:the\s+)?"
        ).search(self.text, sent_start, pos)
        if mm is None:
            return None
        body = self.mention_at(mm.end())
        if body is None or not self.ents[body.key].is_org or self.ents[body.key].type == "state":
            return None
        return body.key

    def _doc_issuer(self, lo: int, hi: int) -> str | None:
        """Who issued a document named in ``text[lo:hi]``: the body or person at its end
        ("by Council President X (United States)" → X; "by the Spokesman for UN
        Secretary-General António Guterres" → Guterres)."""
        found = [
            mm
            for mm in self.mentions_between(lo, hi)
            if (self.ents[mm.key].is_person or self.ents[mm.key].is_org)
            and not self.ents[mm.key].is_place
            and self.ents[mm.key].type != _MEDIA
        ]
        if not found:
            return None
        # "(United States)" after a name says whose national the president is
        plain = [
            mm
            for mm in found
            if not _rx(r"\(\s*$").search(self.text[max(lo, mm.start - 3) : mm.start])
        ]
        return (plain or found)[-1].key

    def _office_holder(self, lo: int, hi: int) -> str | None:
        """'the Spokesperson for the Secretary-General': the unnamed holder of a one-person
        office a document is attributed to, drafted under the office's title."""
        om = _rx(
            r"\b(?:the\s+)?(Secretary-General|High\s+Representative|High\s+Commissioner)\b"
        ).search(self.text, lo, hi)
        if om is None:
            return None
        title = " ".join(om.group(1).split())
        ent = self.local_ent(title, "person", rule="entity:office-holder", conf=0.6)
        self.add_mention(om.start(1), om.end(1), ent.key, "name", 0.6)
        self.sort_mentions()
        return ent.key

    def _issued_documents(self) -> None:
        """'The following Security Council press statement was issued today by …':
        the body named before the document's noun issues it, else whoever issued it."""
        text = self.text
        for spec in (SCAN.ISSUED_DOC, SCAN.ATTRIBUTABLE):
            for m in self.scan_unquoted(spec):
                line_start = text.rfind("\n", 0, m.start()) + 1
                intro = (
                    RX.FOLLOWING_IS.fullmatch(text, line_start, m.start())
                    if spec is SCAN.ATTRIBUTABLE
                    else None
                )
                following = intro is not None and bool(intro["a"])
                # ("The following is a joint statement by A and B.": the release's own)
                if (
                    spec is SCAN.ATTRIBUTABLE
                    and m.group("by")
                    and text[line_start : m.start()].strip()
                    and not following
                    and not _rx(r"[A-Z][^.\n]{0,60}\s[-–—:|]\s*").fullmatch(
                        text, line_start, m.start()
                    )
                ):
                    continue  # "Statement by X" only as a title ("Press Release - Statement by")
                kind = _statement_kind(m.group("k").lower())
                sent_start, _ = self.sent(m.start())
                issuer = None
                before = [
                    mm
                    for mm in self.mentions_between(max(sent_start, m.start() - 80), m.start())
                    if self.is_body(mm.key)
                ]
                if before and _rx(r"(?:[’']s)?\s+(?:press\s+|joint\s+|presidential\s+)?$").match(
                    text, before[-1].end, m.start()
                ):
                    issuer = before[-1].key
                if issuer is None:
                    bm = _rx(r"(?:\w+\s+){0,2}?(?:by|to)\s+").match(text, m.start("tail"))
                    lo = bm.end() if bm else m.start("tail")
                    if spec is SCAN.ATTRIBUTABLE:
                        lo = m.start("tail")
                    hi = m.end("tail")
                    rel = _rx(r",\s*(?:which|who|whose|where)\b").search(text, lo, hi)
                    hi = rel.start() if rel else hi  # "…, which said X and Y drafted it"
                    topic = _rx(r"\s(?:on|about|regarding|concerning|following)\s").search(
                        text, lo, hi
                    )
                    lst = self.list_after(lo, kinds=("org", "person"), limit=hi - lo)
                    issuers = self._issuing(lst[0]) if lst is not None else []
                    if (
                        lst is not None
                        and len(issuers) >= 2
                        and (spec is SCAN.ISSUED_DOC or following)
                    ):
                        # "a declaration adopted by A and B": each of them issues it
                        ev = (m.start(), lst[1])
                        self._statement_for_all(
                            issuers, kind, ev, rule="statement:issued-by", conf=0.7
                        )
                        continue
                    # a person named in the title issues it ("by the Special Adviser on
                    # Cyprus, Mr. X"); else the body before its topic ("… on Sudan")
                    after = _rx(r"\s(?:following|after)\s").search(text, lo, hi)
                    named = [
                        mm.key
                        for mm in self.mentions_between(lo, after.start() if after else hi)
                        if self.ents[mm.key].is_person
                    ]
                    if named and (m.groupdict().get("by") or "").startswith("on"):
                        named = named[-1:]  # "on behalf of the Envoy for X, Name": the name
                    issuer = named[0] if named else None
                    issuer = issuer or self._doc_issuer(lo, topic.start() if topic else hi)
                    if issuer is None:  # "… for the Secretary-General on …": the office
                        issuer = self._office_holder(lo, topic.start() if topic else hi)
                if issuer is None:
                    continue
                self._statement_for(
                    issuer, kind, (m.start(), m.end("tail")), rule="statement:issued-by", conf=0.7
                )

    def _joint_documents_passive(self) -> None:
        """'a Joint Declaration was adopted on the occasion of the anniversary of diplomatic
        relations between Russia and Mongolia': one of each of the two states, unless the
        document calls for something between them (a third party's)."""
        for m in self.scan_unquoted(SCAN.JOINT_DOC_PASSIVE):
            if RX.CALL_WORD.search(m.group("tail")) or _rx(r"\bby\b").search(m.group("tail")):
                continue  # a call for ties between them, or a document someone else issued
            lst = self.list_after(m.end(), kinds=("org",))
            if lst is None:
                continue
            states = [k for k in dict.fromkeys(lst[0]) if self.ents[k].type == "state"]
            if len(states) >= 2 and len(states) == len(lst[0]):
                kind = _statement_kind(m.group("k").lower())
                self._statement_for_all(
                    states, kind, (m.start(), lst[1]), rule="statement:joint-passive", conf=0.6
                )

    def _statements_made(self) -> None:
        """'A and B made statements for the press', 'the presidents of the two countries
        made statements for the press': a statement of each (the presidents those the text
        names as presidents of two states, when just two are)."""
        text = self.text
        for m in self.scan_unquoted(SCAN.MADE_STATEMENTS):
            sent_start, _ = self.sent(m.start())
            heads = RX.OF_THE_TWO.search(text, sent_start, m.start())
            if heads is not None:
                office = _rx(r"s\s+of\b.*$", re.S).sub("", heads.group().lower())
                office = _rx(r"\s+").sub(" ", office.removeprefix("the").strip())
                holders: dict[str, set[str]] = {}
                for p in self.positions:
                    if (
                        p.status == "current"
                        and p.role.lower() == office
                        and self.ents[p.org].type == "state"
                    ):
                        holders.setdefault(p.org, set()).add(p.holder)
                if len(holders) != 2 or any(len(h) != 1 for h in holders.values()):
                    continue
                speakers = [next(iter(h)) for h in holders.values()]
                span = (heads.start(), m.end())
            else:
                lst = None
                for mm in self.mentions_between(sent_start, m.start()):
                    lst = self.list_after(mm.start, kinds=("person",))
                    break
                if lst is None or not RX.AUX_GAP.fullmatch(text, lst[1], m.start()):
                    continue
                speakers = list(dict.fromkeys(lst[0]))
                span = (sent_start, m.end())
            for who in speakers:
                self._statement_for(who, "statement", span, rule="statement:made", conf=0.6)

    def _joint_documents_by(self) -> None:
        """'the joint media statement announced today by Japan, Australia and the U.S.':
        one statement of each named co-issuer."""
        for m in self.scan_unquoted(SCAN.JOINT_DOC_BY):
            lst = self.list_after(m.end(), kinds=("org", "person"))
            if lst is None or len(lst[0]) < 2:
                lst = self._titled_list(m.end()) or lst
            if lst is None:
                continue
            found, end = list(lst[0]), lst[1]
            # "by A, B and C, and D, E and F": two lists joined; "D (DD), E and F": a
            # list going on after a member's acronym
            while (
                more := _rx(
                    r",?\s+and\s+(?:the\s+)?|"
                    r"[ \t]*\([A-Z][A-Za-z.]{1,8}\)(?:,|,?\s+and)\s+(?:the\s+)?"
                ).match(self.text, end)
            ) is not None:
                nxt = self.list_after(more.end(), kinds=("org", "person"))
                if nxt is None:
                    break
                found, end = found + list(nxt[0]), nxt[1]
            lst = (found, end)
            issuers = self._issuing(lst[0])
            if len(issuers) >= 2:
                kind = _statement_kind((m.group("k") or m.group("k_of")).lower())
                self._statement_for_all(
                    issuers, kind, (m.start(), lst[1]), rule="statement:joint-by", conf=0.7
                )

    def _titled_list(self, lo: int) -> tuple[list[str], int] | None:
        """The persons a list from ``lo`` names, each after a title that may run long
        ("Secretary of State of the United States of America A, Minister for Europe and
        Foreign Affairs of France B, and … C"), and where it ends; None unless it names
        two or more and only titles stand between them."""
        text = self.text
        _, sent_end = self.sent(lo)
        found: list[str] = []
        at, end = lo, lo
        for mm in self.mentions_between(lo, sent_end):
            if mm.start < at:
                continue
            if not self.ents[mm.key].is_person:
                continue  # a state in a title ("of France"): the title's words
            gap = RX.LIST_SEPARATOR.match(text, at) if found else None
            if not RX.TITLE_WORDS.fullmatch(text, gap.end() if gap else at, mm.start):
                break
            if found and gap is None:
                break
            found.append(mm.key)
            at = end = mm.end
        return (found, end) if len(found) >= 2 else None

    def _joint_documents_owned(self) -> None:
        """'President A and Chairman B’s Joint Statement at the Summit': one statement of
        each of the pair whose possessive it follows (a list ending right at the "’s")."""
        for m in self.unquoted(RX.JOINT_DOC_OWNED.finditer(self.text)):
            sent_start, _ = self.sent(m.start())
            for mm in self.mentions_between(max(sent_start, m.start() - 200), m.start()):
                lst = self.list_after(mm.start, kinds=("org", "person"))
                if lst is not None and lst[1] == m.start() and len(lst[0]) >= 2:
                    issuers = self._issuing(lst[0])
                    if len(issuers) >= 2:
                        kind = _statement_kind(m.group("k").lower())
                        found = (mm.start, m.end())
                        self._statement_for_all(
                            issuers, kind, found, rule="statement:joint-owned", conf=0.6
                        )
                    break

    def _spokespersons_speaking(self) -> None:
        """'An FCO spokeswoman said', 'a Foreign Ministry spokesman told reporters': an
        unnamed spokesperson speaking makes a statement of the body they speak for (not of a
        seat of power named by its building, "a Downing Street spokesperson": the leader's
        spokesperson)."""
        for m in self.scan_unquoted(_BODY_SPOKESPERSON_SAID_SCAN):
            inner = self.mentions_between(m.end("lead"), m.start("sp"), outer=False)
            mm = inner[-1] if inner else None
            if mm is None or mm.end != m.start("sp") - 1:
                continue
            if not RX.SEAT_OF_POWER.search(self.ents[mm.key].name):
                self._maybe_statement_from_said(
                    mm.key, m.span(), rule="statement:spokesperson-said"
                )
        for m in self.scan(_SPOKESPERSON_FOR_SAID_SCAN):
            mm = self.mention_at(m.end())
            if mm is None or self.in_quote(m.start()):
                continue
            if _rx(r"\s+(?:also\s+)?(?:said|says|told|stated|added|confirmed)\b").match(
                self.text, mm.end
            ):
                self._maybe_statement_from_said(
                    mm.key, (m.start(), mm.end), rule="statement:spokesperson-said"
                )

    def _spokespersons_according_to(self) -> None:
        """'…, according to information provided by Mr. X's spokesperson', '…, according to
        a spokesperson for the Secretary-General': the unnamed spokesperson issues a
        statement, named for the person they speak for ("spokesperson for X") or as told."""
        text = self.text
        if "spokes" not in text:
            return
        for m in self.scan(SCAN.ACCORDING_TO_SPOKESPERSON):
            if self.in_quote(m.start()):
                continue
            if m.group("poss"):
                lo, hi = m.span("poss")
                persons = [x for x in self.mentions_between(lo, hi) if self.ents[x.key].is_person]
                if not persons:
                    continue
                name = f"spokesperson for {self.ents[persons[-1].key].name}"
                end = m.end("sp1")
            else:
                of = self.mention_at(m.start("of"))
                if of is not None and self.ents[of.key].is_person:
                    name = f"spokesperson for {self.ents[of.key].name}"
                else:
                    name = _rx(r"\s+").sub(" ", m.group("sp2"))
                end = m.end("sp2")
            ent = self.local_ent(name, "person", rule="entity:spokesperson-relay", conf=0.6)
            ent.anon_head = "spokesperson"
            self._statement_for(
                ent.key,
                "statement",
                (m.start(), end),
                rule="statement:according-to-spokesperson",
                conf=0.6,
            )

    def _according_to_sources(self) -> None:
        """'…, according to administration spokesman John Kirby', 'the gist of the summit,
        according to the Japanese government': the named spokesperson, or the state whose
        government it is, issues a statement."""
        text = self.text
        if "ccording to" not in text:
            return
        for m in self.scan(SCAN.ACCORDING_TO_SOURCE):
            if self.in_quote(m.start()) or text.startswith(("’s", "'s"), m.end()):
                continue
            if m.group("dem"):
                issuer = self.ensure(self.demonyms.get(_fold(m.group("dem"))))
                end = m.end()
            else:
                mm = self.mention_at(m.end())
                if mm is None or text.startswith(("’s", "'s"), mm.end):
                    continue
                issuer, end = mm.key, mm.end
            if issuer is None:
                continue
            ent = self.ents[issuer]
            if (ent.is_person if m.group("sp") else ent.type == "state") is False:
                continue
            self._statement_for(
                issuer,
                "statement",
                (m.start(), end),
                rule="statement:according-to-source",
                conf=0.6,
            )

    def _statements_from(self) -> None:
        """'A statement from the defence ministry said …', 'according to a statement by the
        United Nations, …': the body (or person) the statement comes from issues it."""
        text = self.text
        for m in self.scan_unquoted(SCAN.STATEMENT_FROM):
            lst = self.list_after(m.end(), kinds=("org", "person"))
            if lst is None:
                continue
            if (
                not m.group("acc")
                and not RX.SAID_AFTER_DOC.match(text, lst[1])
                # "The talks failed, said a statement from X"
                and not _rx(r"[,”\"]\s*(?:said|says|read|reads|stated|added)\s+$").search(
                    text, max(0, m.start() - 14), m.start()
                )
            ):
                continue  # "…, a statement from X" told in passing: its issuer only when it says
            issuers = self._issuing(lst[0])
            if not issuers:
                continue
            kind = _statement_kind(m.group("k"))
            span = (m.start(), lst[1])
            if len(issuers) > 1:
                self._statement_for_all(issuers, kind, span, rule="statement:from", conf=0.7)
            else:
                self._statement_for(issuers[0], kind, span, rule="statement:from", conf=0.7)

    def _owned_documents(self) -> None:
        """'Arvelia's statement said …', '"…," the ministry's statement read': the owner the
        possessive names (a body or a person, not a medium) issues the document."""
        text = self.text
        for m in self.scan_unquoted(_OWNED_DOC_SCAN):
            if not RX.SAID_AFTER_DOC.match(text, m.end()):
                continue  # "Arvelia's statement was welcomed": what it says is not told
            at = m.start("poss")
            owners = [x for x in self.mentions_between(max(0, at - 120), at) if x.end == at]
            issuers = self._issuing([owners[0].key]) if owners else []
            if issuers:
                kind = _statement_kind(m.group("k"))
                self._statement_for(
                    issuers[0], kind, (owners[0].start, m.end()), rule="statement:owned", conf=0.65
                )

    def _government_documents(self) -> None:
        """'A Doskaran government statement said …': the state of the demonym issues it."""
        for m in self.scan_unquoted(_DEMONYM_GOVERNMENT_DOC_SCAN):
            state = self.ensure(self.demonyms.get(_fold(m.group("d"))))
            if state is None or self.ents[state].type != "state":
                continue
            kind = _statement_kind(m.group("k"))
            self._statement_for(state, kind, m.span(), rule="statement:government-doc", conf=0.65)

    def _offices_speaking(self) -> None:
        """ "Dragan's office said …": the office, not the person, issues the statement."""
        text = self.text
        for m in self.scan_unquoted(_OFFICE_SAID_SCAN):
            who = self.mention_at(m.start())
            if who is None or who.end != m.start("poss") or not self.ents[who.key].is_person:
                continue
            name = text[m.start() : m.end("office")]
            office = self.local_ent(name, "government-body", rule="entity:office", conf=0.6)
            office.country = office.country or self.ents[who.key].country
            self.add_mention(m.start(), m.end("office"), office.key, "name", 0.6)
            for st in self.statements:  # drafted for the person before: the office's
                if who.key in st.issuers and st.span[0] <= m.start() < st.span[1]:
                    st.issuers = [office.key if k == who.key else k for k in st.issuers]
                    break
            else:
                self._maybe_statement_from_said(office.key, m.span(), rule="statement:office-said")
        self.sort_mentions()

    def _title_documents(self) -> None:
        """A release titled by its issuer ("Security Council Press Statement on …") or
        headed 'Press Statement' above the issuer's name (a State Department release)."""
        for m in self.scan(SCAN.TITLE_DOC):
            if not m.group("who") and not m.group("name"):
                continue
            if not m.group("who") and not m.group(0).startswith("Press"):
                continue
            lo, hi = m.span("who") if m.group("who") else m.span("name")
            issuer = self._doc_issuer(lo, hi)
            if not m.group("who") and issuer is not None:
                # "Jeff X / Acting Department Spokesperson / Department of State": a
                # spokesperson's release is the department's
                nxt = self.text[m.end() : m.end() + 200].split("\n")[:3]
                if nxt and _rx(r"\bspokes(?:person|man|woman)\b", re.I).search(nxt[0]):
                    body_lo = m.end() + len(nxt[0]) + 1
                    body_hi = body_lo + len("\n".join(nxt[1:]))
                    body = [
                        mm.key
                        for mm in self.mentions_between(body_lo, body_hi)
                        if self.is_body(mm.key)
                    ]
                    issuer = body[0] if body else issuer
            if issuer is None or (m.group("who") and self.ents[issuer].type == "state"):
                continue
            kind = _statement_kind(m.group("k").lower())
            self._statement_for(
                issuer, kind, (m.start(), m.end("k")), rule="statement:title", conf=0.65
            )

    def _report_nouns(self) -> None:
        """'a European Commission report on market distortions': a report of that body; so
        is "the ministry's annual report", the body the words refer back to."""
        for m in self.scan_unquoted(SCAN.REPORT_NOUN):
            who = [
                mm
                for mm in self.mentions_between(m.start("who"), m.end("who"))
                if self.is_body(mm.key)
            ]
            if not who and m.group("who")[:1].islower():
                ref = self.mention_at(m.start())  # ("The ministry's": a reference back)
                if ref is not None and ref.how == "ref" and self.is_body(ref.key):
                    who = [ref]
            if not who or not _rx(r"(?:[’']s?)?$").fullmatch(self.text, who[-1].end, m.end("who")):
                continue
            kind = _statement_kind(m.group("k").lower().rstrip("s"))
            st = self._statement_for(
                who[-1].key,
                kind,
                (m.start("who"), m.end()),
                rule="statement:document-noun",
                conf=0.6,
            )
            if kind == "report" and RX.ACCORDING_TO_BEFORE.search(
                self.text, max(0, m.start() - 14), m.start()
            ):
                self._report_charges(who[-1].key, m.end(), st)

    def _report_charges(self, issuer: str, at: int, st: _Stmt) -> None:
        """'According to X's human rights report, Doskaran forces continue to commit
        killings …': X accuses the one state the rest of the sentence names (by a name or
        a demonym, the words of a quotation begun in it included) of the abuses told."""
        text = self.text
        _, hi = self.sent(at)
        quotes = [q for q in self.qspans if at < q[0] < hi]
        if quotes:
            hi = max(hi, quotes[-1][1])
        abuse = RX.ABUSES.search(text, at, hi)
        if abuse is None or RX.HEDGE.search(text, at, abuse.start()):
            return
        states = {
            mm.key for mm in self.mentions_between(at, hi) if self.ents[mm.key].type == "state"
        }
        for w in _rx(r"\b[A-Z][a-z]+\b").finditer(text, at, hi):
            state = self.demonyms.get(_fold(w.group()))
            if state is not None and (key := self.ensure(state)) is not None:
                states.add(key)
        states.discard(self.ents[issuer].country or "")
        if len(states) != 1:
            return
        about = text[abuse.start() : _about_end(text, abuse.start(), hi)].strip(' ,.”"')
        self._add_accusation(
            Charge("accusation", issuer, sorted(states), about, "asserted"),
            Found((st.span[0], hi), "accusation:report-according-to", 0.6),
            made_in=st.id,
        )

    def _said_after_names(self) -> Iterator[re.Match[str]]:
        """``_SAID_AFTER_NAME.finditer(text)``, tried only at the white space before its
        verbs, or before the word before one ("also")."""
        return self.scan_spaced(_SAID_AFTER_NAME, _SAID_AFTER_NAME_HEADS, back=1)

    def _report_accusation(self, issuer: str, lo: int, hi: int, st: _Stmt) -> None:
        """'X has reported that hackers … have breached …': X accuses the named culprit."""
        hm = RX.HARM_VERBS.search(self.text, lo, hi)
        if not hm:
            return
        culprits = [
            mm
            for mm in self.mentions_between(lo, hm.start())
            if self.speaker_capable(mm) and mm.key != issuer
        ]
        if not culprits:
            return
        accused = culprits[0].key
        about = self.text[hm.start() : _about_end(self.text, hm.start(), hi)].strip()
        fact = "hedged" if RX.HEDGE.search(self.text, lo, hm.start()) else "asserted"
        span = (self._clause_start(self.sent(lo)[0], lo, issuer), hi)
        self._add_accusation(
            Charge("accusation", issuer, [accused], _gerund(about), fact),
            Found(span, "accusation:report-that", 0.65),
            made_in=st.id,
        )
