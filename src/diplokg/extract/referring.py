"""Persons and bodies told of without their names: anonymous sources ("a senior official
said"), a named person's spokesperson ("Mr. Ban's spokesperson") and references back to
someone named before ("the minister", "the latter", "the same official", "his
counterpart", "the party")."""

from __future__ import annotations

import re

from diplokg.extract.clauses import Clauses
from diplokg.extract.patterns import (
    _HEAD_OF_GOVERNMENT_TITLES,
    _HEAD_OF_STATE_TITLES,
    _LOWER_ROLE,
    _TITLE_COMMA,
    _demonym_like,
)
from diplokg.extract.regexes import RX
from diplokg.extract.state import _add_alias
from diplokg.extract.text import (
    SCAN,
    Scan,
    _fold,
    _rx,
    first_words,
    last_words,
)
from diplokg.extract.words import alternation, word_list

# Who speaks without a name ("a senior official"), in the singular (then "s" or not).
_ANON_HEAD = (
    r"official|diplomat|source|negotiator|spokesperson|spokesman|spokeswoman|aide|adviser|advisor"
)
_ANON = re.compile(
    r"\b(?:(?P<det>a|an|the|one|another|two|three|several|some|A|An|The|One|Another|Two|"
    r"Three|Several|Some)\s+)?"
    r"(?P<mods>(?:(?:senior|high-ranking|top|western|Western|European|Asian|Arab|government|"
    r"diplomatic|unnamed|unidentified|anonymous|informed|political|opposition|palace|party|police|army|regional|"
    r"administration|ministry|military|security|defen[cs]e|intelligence|foreign\s+ministry|"
    r"[A-Z][\w.]*)\s+){0,3})"
    rf"(?P<head>{_ANON_HEAD})s?\b"
    r"(?P<rel>,?\s+(?:who\s+(?:remained|asked\s+(?:not\s+to\s+be\s+named|to\s+remain)|"
    r"requested|spoke\s+on\s+condition|declined\s+to\s+be|was\s+not\s+authori[sz]ed|"
    r"did\s+not\s+want)[^,.;“”\"]*|(?:familiar\s+with|involved\s+in|close\s+to|with\s+knowledge"
    r"\s+of|briefed\s+on|speaking\s+on\s+condition\s+of)\s+"
    r"(?:(?!(?:who|which|told|tells|said|says)\b)[^,.;“”\"\s]+\s?)+|in\s+[A-Z][\w-]+"
    r"(?:\s+[A-Z][\w-]+)?|in\s+the\s+(?:[a-z]+\s+){0,2}(?:ministry|administration|government|"
    r"office|presidency|palace|delegation|army|military|party)\b))?"
)
# Modifiers that only say no name is given.
_NAMELESS = frozenset(("unnamed", "unidentified", "anonymous"))
_ANON_HEADS = first_words(re.compile(rf"(?:{_ANON_HEAD})s?\b"))
_LOWER_ROLE_HEADS = first_words(re.compile(_LOWER_ROLE))
_ORG_REFERENCES = word_list("organisation-references")  # "party", "organisation"
_ORG_REFERENCE = re.compile(  # "the party", "the organisation" (not "the party of …")
    rf"\b(?:the|The)\s+(?P<w>{alternation(_ORG_REFERENCES)})\b(?!\s+(?:of\s+)?[A-Z])"
)
_ORG_REFERENCE_HEADS = frozenset(_ORG_REFERENCES)
_ROLE_REFERENCE = re.compile(  # "the (Chinese) foreign minister", not followed by a name
    r"\b(?P<det>the|The)\s+(?:(?!(?:vice|prime|first|foreign|defen[cs]e|finance|treasury|special|"
    r"chief|top|high|head|permanent|secretary)\b)(?P<dem>(?-i:[A-Z])[a-z]+|"
    r"(?-i:[A-Z](?:\.?[A-Z])+\.?))\s+)?"  # (a state's initials: "the U.S. president")
    rf"(?P<role>{_LOWER_ROLE})\b"
    r"(?!\s+(?:of\s+)?(?-i:[A-Z]))",
    re.I,
)
# Bare titles that, in a government's own release, name that government's holder first
_HOME_OFFICE_ROLES = frozenset(
    {"prime minister", "president", "foreign minister", "foreign secretary", "chancellor"}
)
_ANON_SCAN = Scan(_ANON, _ANON_HEADS, chunks=7)  # det + three modifiers of up to two words
_ROLE_REFERENCE_SCAN = Scan(_ROLE_REFERENCE, _LOWER_ROLE_HEADS, chunks=2)  # "the Chinese …"
_ORG_REFERENCE_SCAN = Scan(_ORG_REFERENCE, _ORG_REFERENCE_HEADS, chunks=1)  # "the …"
# (by hand: "same", as entities' _PRESS_SERVICE_SCAN's "press")
_THE_SAME_SCAN = Scan(RX.THE_SAME, frozenset({"same"}), chunks=1)
_COUNTERPARTS_SCAN = Scan(RX.COUNTERPARTS, frozenset(last_words(RX.COUNTERPARTS)), chunks=2)
# The titles "the leader" refers back to ("… said the Chilean leader").
_LEADER_TITLES = frozenset(_HEAD_OF_STATE_TITLES + _HEAD_OF_GOVERNMENT_TITLES)


def _title_within(role: str, held: str) -> bool:
    """Whether the title ``role`` is the whole or the head of the title ``held`` ("minister"
    in "foreign minister"), not the end of a lesser office ("secretary-general" in
    "under-secretary-general", "president" in "vice president", "minister" in "deputy
    minister") nor the office another serves ("secretary-general" in "spokesman for the
    secretary-general", "president" in "deputy secretary-general to the president")."""
    return (
        _rx(
            rf"(?<![\w-])(?<!deputy )(?<!assistant )(?<!vice )(?<!associate )"
            rf"(?<!of the )(?<!for the )(?<!to the ){re.escape(role)}"
            r"(?![\w-])"
        ).search(held)
        is not None
    )


class ReferringRules(Clauses):
    """Rules that find who is told of by a description instead of a name."""

    def find_anonymous_sources(self) -> None:
        text = self.text
        for m in self.scan(_ANON_SCAN):
            sent_start = self.sent(m.start("head"))[0]
            if m.start() < sent_start:  # ("Monday. A spokesman": the source starts the sentence)
                again = _ANON.match(
                    text,
                    sent_start
                    + len(text[sent_start : m.end()])
                    - len(text[sent_start : m.end()].lstrip()),
                )
                if again is None or again.end() != m.end():
                    continue
                m = again
            s, e = m.span()
            if self.in_quote(s):
                continue
            det = m.group("det") or ""
            mods = (m.group("mods") or "").strip()
            head = m.group("head")
            # "a spokesman for the ministry", "the spokeswoman for Kral": whose spokesperson it
            # is names the source (the mention stays on the head: the principal is named too)
            spoke_for = RX.SPOKES_FOR.match(text, e) if head.startswith("spokes") else None
            # Only sources that speak or relay count: "… said", "according to …", "quoted by".
            before = text[max(0, s - 40) : s]
            after = text[spoke_for.end() if spoke_for else e :][:60]
            attributing = (
                _rx(
                    r"\b(?:[Aa]ccording\s+to|said|says|told|quoted|quoting|citing|cited)\s+(?:\w+\s+)?$"
                ).search(before)
                or _rx(
                    r"\s*,?\s*(?:(?:is|was|has|have|had)\s+)?(?:(?:later|also|then|earlier)\s+)?"
                    r"(?:said|says|saying|told|added|quoted|who\s+spoke|speaking|talking|"
                    r"described|called|confirmed|confided|accus\w+|blam\w+)\b"
                ).match(after)
                or _rx(r"according\s+to\s+(?:a|the)\s+statement[\s.]*(?:\w+\.\s*)?$").search(before)
                # "information released by a spokesperson for …", "details provided by"
                or _rx(r"\b(?:released|provided|issued|relayed|given|shared)\s+by\s+$").search(
                    before
                )
            )
            if not attributing:
                continue
            if det.lower() == "the" and not m.group("rel") and spoke_for is None:
                continue  # "the (Chinese) official" refers back; resolved later
            if (
                not det
                and head == "diplomat"
                and mods in ("top", "chief")
                and _rx(r"\b[A-Z][\w.]*[’']s\s+$").search(before)
            ):
                continue  # "Russia's top diplomat": its foreign minister, resolved later
            if not det and not mods and RX.NAME_THEN_OWNER.search(before):
                continue  # "Ana Lima, the ministry's spokesperson, said": Ana Lima
            if (
                mods
                and any(
                    w[0].isupper() and not self._is_known_prefix(w) and not _demonym_like(w)
                    for w in mods.split()
                    if w
                    not in (
                        "Western",
                        "European",
                        "Asian",
                        "Arab",
                        "West",
                        "East",
                        "North",
                        "South",
                    )
                )
                and (
                    _rx(r"[ \t]+[A-Z][a-z]").match(text, e)
                    or not (
                        _rx(r"(?:^|\s)(?:a|an|A|An|one|One)\s+").search(text[max(0, s - 4) : s + 4])
                        # "U.S. Joint Staff officials said": a body's sources, no name
                        or (text[m.end("head") : m.end("head") + 1] == "s" and not det)
                    )
                )
            ):
                continue  # "Foreign Ministry official Li Wei" or a name
            rel = (m.group("rel") or "").strip()
            ma = RX.ANON_REL_AFTER.match(text, e)
            if not rel and ma:
                rel = ma.group("rel").strip()
            country = None
            for w in mods.split():
                country = self.demonyms.get(_fold(w)) or country
                bucket = self.lex.forms.get((_fold(w),))
                if bucket:
                    st = next((c for c in bucket if c.type == "state"), None)
                    if st:
                        country = st.key
            # ("an unnamed spokesman for …": "unnamed" says no more than "anonymous" does)
            mods = " ".join(w for w in mods.split() if w.lower() not in _NAMELESS)
            if spoke_for is not None and not mods:
                name = f"{head} for {spoke_for.group('of')}"
                ent = self.local_ent(name, "person", rule="entity:spokesperson", conf=0.7)
                ent.anon_head = head
                _add_alias(ent, text[m.start("head") : spoke_for.end()])
                self.add_mention(s, m.end("head"), ent.key, "anon", 0.7)
                continue
            # Named for who the source is: its head with its nationality and rank, as its
            # number is written, without what it knows or where it is ("a Western diplomat
            # familiar with the talks", "a U.S. official in New York": aliases); a head told
            # alone ("a source close to the talks", "a diplomat in Doha") keeps that, and so
            # does a source another of the article's sources has the name of
            start = m.start("mods") if m.group("mods") else m.start("head")
            plain = " ".join(
                w for w in text[start : m.end("head")].split() if w.lower() not in _NAMELESS
            ) + text[m.end("head") : m.end("head") + 1].rstrip(" ,.;:")
            rel = rel.lstrip(", ")
            name = f"anonymous {plain}"
            if (
                rel
                and not rel.startswith(("who", "speaking"))
                and len(rel) < 60
                and (not mods or any(x.name == name and x.anon_head for x in self.ents.values()))
            ):
                name = f"{name} {rel}"
            plural = text[m.end("head") : m.end("head") + 1] == "s"
            if plural and not mods and not det and not rel:
                # "U.S. Joint Staff officials said … . …, officials said": the same sources
                earlier = [
                    x for x in self.ents.values() if x.anon_head == head and x.name.endswith("s")
                ]
                if len(earlier) == 1:
                    self.add_mention(s, e, earlier[0].key, "anon", 0.6)
                    continue
            etype = "diplomat" if head in ("diplomat", "negotiator") else "person"
            ent = self.local_ent(name, etype, rule="entity:anonymous-source", conf=0.7)
            ent.anon_head = head
            ent.country = country
            if m.group("rel") and m.group("rel").startswith(","):
                e = m.end("head")
            _add_alias(ent, text[s:e].strip())
            _add_alias(ent, text[start:e].strip())
            if mods:
                _add_alias(ent, plain)
            self.add_mention(s, e, ent.key, "anon", 0.7)
            if country and mods and not plural:
                # (sources told in the plural, "U.S. officials said", hold no one office)
                self.anon_positions.append((ent.key, country, head, (s, e)))

    def _is_known_prefix(self, word: str) -> bool:
        f = _fold(word)
        return f in self.demonyms or any(c.type == "state" for c in self.lex.forms.get((f,), []))

    def find_owned_spokespersons(self) -> None:
        """'according to information provided by Mr. Ban's spokesperson': the unnamed
        spokesperson of a person named (persons are all known by now), when one relays."""
        text = self.text
        for m in self.scan(SCAN.OWNED_SPOKES):
            if self.in_quote(m.start()) or self.covered(m.start("head"), m.end("head")):
                continue
            word = m.group("owner")
            owners = {
                e.key
                for e in self.ents.values()
                if e.type == "person" and word in e.name.split() and e.name != word
            }
            if len(owners) != 1:
                continue
            before = text[max(0, m.start() - 40) : m.start()]
            after = text[m.end() : m.end() + 40]
            if not (
                _rx(
                    r"\b(?:[Aa]ccording\s+to|released|provided|issued|relayed|given|shared|"
                    r"quoted|citing|cited)(?:\s+by)?\s+$"
                ).search(before)
                or _rx(r"\s*,?\s*(?:said|says|told|added|quoted)\b").match(after)
            ):
                continue
            head = m.group("head")
            owner = self.ents[owners.pop()]
            ent = self.local_ent(
                f"{head} for {owner.name}", "person", rule="entity:spokesperson", conf=0.7
            )
            ent.anon_head = head
            _add_alias(ent, m.group())
            self.add_mention(m.start("head"), m.end("head"), ent.key, "anon", 0.7)
        self.sort_mentions()

    def find_references(self) -> None:
        """Role-only, 'the latter', 'the same official' and 'his counterpart' mentions."""
        self.find_owned_spokespersons()
        found: list[tuple[int, int, str]] = []
        for m in self.scan(_ROLE_REFERENCE_SCAN):
            s, e = m.span()
            # "the Vellmark foreign minister": the state's own mention inside is no obstacle
            named = self.mention_at(m.start("dem")) if m.group("dem") else None
            if named is not None and not (
                named.end == m.end("dem") and self.ents[named.key].type == "state"
            ):
                named = None
            if self.in_quote(s) or (
                self.covered(s, m.start("dem")) or self.covered(m.end("dem"), e)
                if named is not None
                else self.covered(s, e)
            ):
                continue
            role = m.group("role").lower()
            dem = m.group("dem")
            if dem is not None and not dem[0].isupper():
                continue
            if self._title_of_apposed_name(e):
                continue  # "met the U.S. ambassador to Valmora, Rachel Dunn": her title
            state = self.demonyms.get(_fold(dem)) if dem else None
            if dem and state is None and named is not None:
                state = named.key
            if dem and state is None:
                continue
            key = self._resolve_role(s, role, state)
            if key:
                found.append((s, e, key))
        for m in self.scan(SCAN.LATTER_FORMER):
            s = m.start()
            prev = [
                mm
                for mm in self.mentions_between(max(0, s - 400), s)
                if self.ents[mm.key].is_person and not self.in_quote(mm.start)
            ]
            distinct: list[str] = []
            for mm in reversed(prev):
                if mm.key not in distinct:
                    distinct.append(mm.key)
            idx = 0 if m.group("w") == "latter" else 1
            if len(distinct) > idx:
                found.append((s, m.end(), distinct[idx]))
        for m in self.scan_unquoted(SCAN.THE_ANON):  # "the source", "the diplomat": named before
            if self.covered(m.start(), m.end()):
                continue
            head = m.group("head")
            prev = [
                mm
                for mm in self.mentions_between(max(0, m.start() - 1500), m.start())
                if self.ents[mm.key].anon_head == head
            ]
            if prev:
                found.append((m.start(), m.end(), prev[-1].key))
        for m in self.scan(_THE_SAME_SCAN):
            head = m.group("head").rstrip("s")
            prev = [
                mm
                for mm in self.mentions_between(0, m.start())
                if self.ents[mm.key].anon_head == head
            ]
            if prev:
                found.append((m.start(), m.end(), prev[-1].key))
        for m in self.scan_unquoted(_ORG_REFERENCE_SCAN):
            if self.covered(m.start(), m.end()):
                continue
            if RX.NOUN_AFTER.match(self.text, m.end()):
                continue  # "the group photo", "the party leader": a modifier, no reference
            org = self._recent_org(m.start(), m.group("w").lower())
            if org is not None:
                found.append((m.start(), m.end(), org))
        for m in [*self.scan(SCAN.TOP_DIPLOMAT_REFERENCE), *self.scan(SCAN.OWN_TOP_DIPLOMAT)]:
            # "the top U.S. diplomat", "Russia's top diplomat": that state's foreign
            # minister (secretary of state), named before or, in a headline, after
            dem = self.mention_at(m.start("dem"))
            state = (
                dem.key
                if dem is not None and self.ents[dem.key].type == "state"
                else self.demonyms.get(_fold(m.group("dem")))
            )
            if state is not None and not self.in_quote(m.start()):
                key = self._resolve_role(m.start(), "diplomat", state) or self._resolve_role(
                    len(self.text), "diplomat", state
                )
                if key:
                    found.append((m.start("r"), m.end(), key))
        russia = self.demonyms.get(_fold("Russian"))
        for m in self.scan(SCAN.KREMLIN_CHIEF):
            if russia is not None and not self.in_quote(m.start()):
                key = self._resolve_role(m.start(), "president", russia) or self._resolve_role(
                    len(self.text), "president", russia
                )
                if key:
                    found.append((*m.span("r"), key))
        for m in self.scan(SCAN.UN_CHIEF_REFERENCE):
            if not self.in_quote(m.start()):
                key = self._resolve_role(m.start(), "secretary-general", None)
                if key:
                    found.append((*m.span("r"), key))
        found += self._titled_speakers()
        for m in self.scan(_COUNTERPARTS_SCAN):
            key = self._resolve_counterpart(m.start(), m.group("dem"))
            if key:
                found.append((m.start(), m.end(), key))
        for s, e, key in found:
            self.add_mention(s, e, key, "ref", 0.6)
        self.sort_mentions()

    def _titled_speakers(self) -> list[tuple[int, int, str]]:
        """'the Head of State said', 'the President of Ukraine said': the one current
        holder of the title (of the state after "of", else of the publishing state's) the
        article names, before or after; a head of state is its president, king, queen or
        emir. Read as a quote's "…,” said the President of Ukraine" is (one home:
        :meth:`Clauses.sole_holder`): the nearest person before holding a like title was
        this reading, the speaker of the same words after a quote another."""
        out: list[tuple[int, int, str]] = []
        for m in self.scan_unquoted(SCAN.TITLE_SPEAKS):
            state: str | None
            if m.group("st"):
                st = self.mention_at(m.start("st"))
                if st is None or self.ents[st.key].type != "state" or st.end != m.end("st"):
                    continue
                state = st.key
            else:
                state = self._home_state()
            role = " ".join(m.group("role").lower().split())
            if state is None or (self.covered(m.start(), m.end("role")) and not m.group("st")):
                continue
            roles = frozenset(_HEAD_OF_STATE_TITLES if role == "head of state" else (role,))
            key = self.sole_holder(state, roles.__contains__, current=True)
            if key:
                out.append((*m.span("r"), key))
        return out

    def _title_of_apposed_name(self, end: int) -> bool:
        """Whether a title ending at ``end`` is followed, past its post ("to Valmora"), by
        a comma and a person's name: the title of that name, no reference."""
        am = _rx(_TITLE_COMMA).match(self.text, end)
        if am is None:
            return False
        men = self.mention_at(am.end())
        return men is not None and men.start == am.end() and self.ents[men.key].is_person

    def _resolve_role(self, pos: int, role: str, state: str | None) -> str | None:
        role_words = set(role.split())
        diplomatic = {"diplomat", "envoy", "ambassador", "negotiator"} & role_words
        best = None
        # "the Secretary-General" alone is the UN's, never the Arab League's named last
        home = self._implied_org_key(role) if state is None else None
        if home is None and state is None and role in _HOME_OFFICE_ROLES:
            # "the Prime Minister's visit to X" in a government's own release: its own
            home = self._home_state()
        best_home = None
        for mm in self.mentions_between(0, pos):
            ent = self.ents[mm.key]
            if not ent.is_person or self.in_quote(mm.start):
                # (one a quote names, "my meeting with Foreign Minister B", is not whom the
                # reporter's "the foreign minister said" after it stands for)
                continue
            held = [p for p in self.positions if p.holder == ent.key]
            ok = False
            for p in held:
                prole = p.role.lower()
                org_ok = state is None or p.org == state or self.ents[p.org].country == state
                if not org_ok:
                    continue
                if diplomatic:
                    ok = ok or any(
                        w in prole
                        for w in (
                            "foreign",
                            "diplomat",
                            "secretary of state",
                            "envoy",
                            "ambassador",
                        )
                    )
                elif (
                    (_title_within(role, prole) and not prole.startswith(f"{role} of the "))
                    # ("the Prime Minister" is no bare "Minister" told before)
                    or (prole in role and not _title_within(f"prime {prole}", role))
                    or (role == "official" and ent.anon_head == "official")
                    or (role == "leader" and prole in _LEADER_TITLES)
                ):
                    ok = True  # ("the Chilean leader": its president, its prime minister)
            if not held and diplomatic and ent.type == "diplomat":
                ok = state is None or ent.country == state
            if ent.anon_head and role == ent.anon_head and state in (None, ent.country):
                ok = True
            if ok:
                best = ent.key
                if home is not None and any(p.org == home for p in held):
                    best_home = ent.key
        return best_home or best

    def _resolve_counterpart(self, pos: int, dem: str | None) -> str | None:
        s0, _ = self.sent(pos)
        before = [
            mm
            for mm in self.mentions_between(s0, pos)
            if self.ents[mm.key].is_person and not self.in_quote(mm.start)
        ]
        if not before:
            return None
        subject = before[-1].key
        roles = {p.role for p in self.positions if p.holder == subject}
        orgs = {p.org for p in self.positions if p.holder == subject}
        best = None
        for mm in self.mentions_between(0, pos):
            if mm.key == subject or not self.ents[mm.key].is_person:
                continue
            for p in self.positions:
                if p.holder == mm.key and p.role in roles and p.org not in orgs:
                    best = mm.key
        return best
