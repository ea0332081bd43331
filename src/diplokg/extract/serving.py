"""Where a title's holder serves, for the position rules (:mod:`diplokg.extract.positions`):
the state or body told before or after the title ("the foreign minister of Peru", "X, the
UN's envoy"), what "its" and "the country's" stand for, a visit's host, a delegation's side,
the body a leader serves and the lexicon's organisation of a name.

Functions of the shared clause helpers, below the rule modules (each rule class extends
:class:`~diplokg.extract.clauses.Clauses` alone): the office rules
(:mod:`diplokg.extract.offices`) ask them too.
"""

from __future__ import annotations

import bisect
import re

from diplokg.extract.clauses import Clauses
from diplokg.extract.patterns import _MEDIA, _TITLE_WORDS
from diplokg.extract.regexes import RX
from diplokg.extract.text import _fold, _rx, tokens
from diplokg.gazetteer import BODY_STATES

_DEPUTY_OF = {"vice president": "president"}  # a deputy's title and the one they deputise
_DATELINE_LEAD = 400  # (how far into the text a dateline's line may start)
# What follows a state's name when a title takes it ("Sundaran ambassador", "Peru’s former
# foreign minister"), and what comes before it ("the foreign minister of Peru").
_TITLE_AFTER_STATE = re.compile(rf"(?:[’']s)?\s+(?:[\w-]+\s+){{0,2}}?(?i:{_TITLE_WORDS})\b")
_TITLE_BEFORE_STATE = re.compile(rf"(?i:{_TITLE_WORDS})\s+(?:of|to|for|in)\s+(?:the\s+)?$")
_TITLE_TO_STATE = re.compile(rf"(?i:{_TITLE_WORDS})\s+(?:to|for|in)\s+(?:the\s+)?$")


def _its_referent(rules: Clauses, pos: int) -> str | None:
    """What 'its' at ``pos`` stands for: the subject of its sentence, else of the one
    before ("Tarvonia has been courting the EU. Its foreign minister, X": Tarvonia) —
    the first state or organisation named there that no preposition governs."""
    text = rules.text
    i = bisect.bisect_right(rules.sent_starts, pos) - 1
    spans = [(rules.sent_starts[i], pos)]
    for j in (i - 1, i - 2):  # (up to two sentences back, in the paragraph)
        if j < 0 or rules.para(rules.sent_starts[j]) != rules.para(pos):
            break
        spans.append((rules.sent_starts[j], rules.sent_starts[j + 1]))
    for lo, hi in spans:
        for mm in rules.mentions_between(lo, hi):
            ent = rules.ents[mm.key]
            if not ent.is_org or ent.type == _MEDIA or rules.in_quote(mm.start):
                continue
            if mm.how == "qualifier" or RX.PREP_BEFORE.search(
                text, max(0, mm.start - 40), mm.start
            ):
                continue
            return mm.key
    return None


def _country_referent(rules: Clauses, pos: int) -> str | None:
    """The state 'the country’s' at ``pos`` stands for: the one state its sentence names
    ("X, the country’s foreign minister, said Jordan …"), else the one the sentence or two
    before it in the paragraph name; none where two are named. A state its sentence names
    only as a qualifier ("abuses in Zimbabwe and the actions of the country's president")
    counts where the sentence names no other."""
    i = bisect.bisect_right(rules.sent_starts, pos) - 1
    ends = [*rules.sent_starts[1:], len(rules.text)]
    spans = [(rules.sent_starts[i], ends[i])]
    for j in (i - 1, i - 2):
        if j < 0 or rules.para(rules.sent_starts[j]) != rules.para(pos):
            break
        spans.append((rules.sent_starts[j], ends[i - 1]))
    for n, (lo, hi) in enumerate(spans):
        named = [
            mm
            for mm in rules.mentions_between(lo, hi)
            if rules.ents[mm.key].type == "state" and not rules.in_quote(mm.start)
        ]
        states = {mm.key for mm in named if mm.how != "qualifier"}
        if not states and n == 0:
            states = {mm.key for mm in named}
        if len(states) == 1:
            return next(iter(states))
        if states:
            return None
    return None


def _people_in_portfolio(rules: Clauses, role: str) -> str | None:
    """The state whose people a minister's portfolio names ("Minister for Indigenous
    Australians": Australia)."""
    pm = _rx(r"\b(?:Minister|Secretary)\s+(?:for|of)\s+(?:[A-Z][a-z]+\s+)*([A-Z][a-z]+)s$").search(
        role
    )
    return rules.ensure(rules.demonyms.get(_fold(pm.group(1)))) if pm else None


def _org_named(rules: Clauses, name: str) -> str | None:
    """The lexicon's organisation of that name, drafted."""
    bucket = rules.lex.forms.get(tuple(_fold(t) for _, _, t in tokens(name))) or []
    return rules.ensure(bucket[0].key) if bucket else None


def _of_after(rules: Clauses, end: int) -> str | None:
    """The state named right after a name and 'of' ("X of the Philippines")."""
    om = _rx(r"[ \t]+of[ \t]+(the[ \t]+)?(?=[A-Z])").match(rules.text, end)
    if om is None:
        return None
    starts = (om.start(1), om.end()) if om.group(1) else (om.end(),)
    for mm in rules.mentions_between(starts[0], om.end() + 60):
        if mm.start in starts and rules.ents[mm.key].type == "state":
            return mm.key
    return None


def _deputy_serves(rules: Clauses, role: str) -> str | None:
    """'Vice President X' with no state, in a text naming one state's president (a VOA
    editorial's "President Bush … Vice President Cheney"): that president's state."""
    base = _DEPUTY_OF.get(_rx(r"[\s-]+").sub(" ", role.strip().lower()))
    if base is None:
        return None
    states = {
        p.org
        for p in rules.positions
        if p.status == "current"
        and p.role.lower() == base
        and p.org is not None
        and rules.ents[p.org].type == "state"
    }
    return states.pop() if len(states) == 1 else None


def _leader_serves(rules: Clauses, holder: str, role: str) -> str | None:
    """The one state or organisation a well-known office holder serves ("President
    Mugabe": Zimbabwe), for a title of government or diplomacy, in a year they
    served it (a former leader keeps a courtesy title: "President Mbeki" in 2012)."""
    if not RX.LEADER_TITLE.search(role):
        return None
    org = rules.leader_org(holder)
    if org is not None:
        return org
    ent = rules.ents[holder]
    if " " not in ent.name:
        # "Prime Minister Johnson" in 2022: the one well-known holder of that family name
        # who served that year, as the lexicon has it: told first in "Chairman Kim" (2018:
        # Kim Jong Un), never a given name ("President Emmanuel" is not Macron)
        serving = {key for key, _ in rules.leaders_in_office(ent.name)}
        if len(serving) == 1:
            return rules.ensure(serving.pop())
    return None


def _org_leading(rules: Clauses, start: int, end: int) -> tuple[str | None, int]:
    """The organisation or state a lower-case title's words start with, and where the
    title proper starts ("State Department spokesperson", "North Korean leader")."""
    text = rules.text
    best: tuple[str | None, int] = (None, start)
    for mm in rules.mentions_between(max(0, start - 40), end):
        # (a name the title's first words end: "US State Department spokesperson")
        if mm.start <= start < mm.end <= end and rules.ents[mm.key].is_org:
            best = (mm.key, mm.end)
    words = list(_rx(r"[A-Z][\w’'-]*").finditer(text, start, end))
    for k in (2, 1):  # "North Korean", "Chilean"
        if best[0] is None and len(words) >= k and words[0].start() == start:
            phrase = text[start : words[k - 1].end()]
            if _rx(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?").fullmatch(phrase):
                state = rules.ensure(rules.demonyms.get(_fold(phrase)))
                if state is not None:
                    best = (state, words[k - 1].end())
    key, cut = best
    while cut < end and text[cut].isspace():
        cut += 1
    if key is None or not text[cut:end].strip():
        return None, start
    return key, cut


def _body_after_comma(rules: Clauses, end: int) -> str | None:
    """A government body or organisation named right after ``end`` and a comma, which
    ends the clause's subject ("X, U.S. Department of the Interior signed", "X, Y and")."""
    text = rules.text
    if text[end : end + 2] != ", ":
        return None
    mm = rules.mention_at(end + 2)
    if mm is None or mm.start != end + 2 or not rules.ents[mm.key].is_org:
        return None
    if rules.ents[mm.key].type in ("state", _MEDIA):
        return None
    if _rx(r"\s+(?:and\s|[a-z]+(?:ed|s)\b)|[,.;]").match(text, mm.end) is None:
        return None
    return mm.key


def _apposed_body_state(rules: Clauses, end: int) -> str | None:
    """The state of the body a title apposed after the name ``end`` ends is held at ("X,
    the official spokesperson for the Egyptian Ministry of Foreign Affairs"): the state,
    or the one whose name or demonym starts the body's (None: no such title)."""
    m = RX.APPOSED_BODY_TITLE.match(rules.text, end)
    if m is None:
        return None
    mm = rules.mention_at(m.end())
    if mm is None or mm.start != m.end() or not rules.ents[mm.key].is_org:
        return None
    if rules.ents[mm.key].type == "state":
        return mm.key
    first = rules.text[mm.start : mm.end].split()[0]
    return rules.demonyms.get(_fold(first)) or next(
        (
            k
            for k in (x.key for x in rules.mentions_between(mm.start, mm.start + len(first)))
            if rules.ents[k].type == "state"
        ),
        None,
    )


def _state_served_after(rules: Clauses, end: int) -> str | None:
    """The state a person named right before ``end`` signs for, represents or acts for
    in the same clause ("X signed for the Republic of Y", "X, for Y,")."""
    m = RX.SERVES_STATE.match(rules.text, end, min(len(rules.text), end + 200))
    if m is None:
        return None
    for mm in rules.mentions_between(m.end() - 1, m.end() + 80):
        if mm.start < m.end() - 1:
            continue
        if mm.start > m.end() + 1:
            break
        if rules.ents[mm.key].type == "state":
            return mm.key
    return None


def _body_before(rules: Clauses, pos: int) -> str | None:
    """The body (no state) named last in the sentence before ``pos`` or the one before
    it, as the one acting, if no state is named after it."""
    i = bisect.bisect_right(rules.sent_starts, pos) - 1
    lo = rules.sent_starts[max(0, i - 1)]
    last: str | None = None
    for mm in rules.mentions_between(lo, pos):
        ent = rules.ents[mm.key]
        if mm.how in ("qualifier", "place") or ent.is_place or ent.is_person:
            continue
        if ent.type == "state":
            if last is not None and (
                rules.ents[last].country == mm.key
                or BODY_STATES.get(rules.ents[last].name) == ent.name
            ):
                continue  # the body's own state ("The State Department said … U.S. views")
            last = None  # a state named after the body: its spokesman, maybe
        elif ent.is_org and ent.type != "media":
            last = mm.key
    return last


def _spokes_body_before(rules: Clauses, role: str, pos: int) -> str | None:
    """The body a spokesperson's bare title at ``pos`` speaks for: the one just named
    ("“… denied by the State Department,” spokesman X told reporters"), else None."""
    return _body_before(rules, pos) if RX.SPOKES_TITLE.fullmatch(role.strip()) else None


def _state_before(rules: Clauses, pos: int) -> str | None:
    """The state a title naming none belongs to ("Foreign Minister X" in a story about Y).

    The first state named in the sentence before ``pos``, else in the nearest sentence
    before it (in its paragraph or the one before) that names one, by name, an alias
    such as its capital, or a demonym; one another title takes does not count ("the
    Sundaran ambassador", "the foreign minister of Ostrelia").
    """
    p = rules.para(pos)
    lo = max(rules.para_starts[p - 1 if p > 0 else 0], pos - 1200)
    named = [(at, key) for at, key, titled in _states_named(rules, lo, pos) if not titled]
    if not named:
        return None
    named.sort()
    last_sent = rules.sent(named[-1][0])[0]
    if last_sent < rules.sent_starts[max(0, bisect.bisect_right(rules.sent_starts, pos) - 2)]:
        return None  # named two sentences before or earlier: too far to tell
    # Another state in that sentence leaves it open, another title's too ("the U.S.
    # granted a visa to a Zimbabwean minister of President X") and that of a person
    # whose state is known ("Secretary A and Foreign Minister B discussed Y's …").
    around = {
        key
        for at, key, _ in _states_named(rules, last_sent, pos)
        if not _TITLE_TO_STATE.search(rules.text, max(0, at - 60), at)  # "envoy to Y"
    }
    for mm in rules.mentions_between(last_sent, pos):
        if rules.ents[mm.key].is_person:
            around.update(
                p.org
                for p in rules.positions
                if p.holder == mm.key
                and p.status == "current"
                and rules.ents[p.org].type == "state"
            )
    if len(around) > 1:
        return None  # two states there: which one?
    return next(key for at, key in named if at >= last_sent)


def _side_state(rules: Clauses, pos: int) -> str | None:
    """The state whose delegation the sentence lists up to ``pos``: "The U.S. side
    included …", "The North Korean delegation was led by …"."""
    sent_start, _ = rules.sent(pos)
    m = RX.SIDE_INCLUDED.search(rules.text, sent_start, pos)
    if m is None or _rx(r"[.;]|[’']s\b").search(rules.text, m.end(), pos):
        return None  # (not past another's title: "led by the Crown Prince’s adviser")
    who = m.group("who")
    at = m.start("who")
    men = rules.mention_at(at)
    if men is not None and rules.ents[men.key].type == "state":
        return men.key
    return rules.ensure(rules.demonyms.get(_fold(who)))


def _listed_with(rules: Clauses, pos: int, role: str) -> str | None:
    """The state of the titled name listed right before ``pos``: "Syrian Foreign Minister
    A, Defence Minister B and Intelligence Chief C", "Foreign Minister A and Deputy Foreign
    Minister B met …" (one side's members, the first told with its state). Not a title
    heading a state or government, nor the listed title again ("Turkish Foreign Minister A
    and Foreign Minister B"): that is another state's counterpart."""
    bare = role.strip()
    if RX.HEAD_TITLE.match(bare):
        return None
    text = rules.text
    join = RX.LIST_JOIN_BEFORE.search(text, max(0, pos - 8), pos)
    if join is None:
        return None
    prev = next(
        (
            mm
            for mm in rules.mentions_between(max(0, join.start() - 80), join.start())
            if mm.end == join.start() and rules.ents[mm.key].is_person
        ),
        None,
    )
    if prev is None:
        return None
    held = [
        p
        for p in rules.positions
        if p.holder == prev.key
        and p.status == "current"
        and "from-context" not in p.rule
        and p.org in rules.ents
        and rules.ents[p.org].type == "state"
    ]
    if len({p.org for p in held}) != 1 or any(p.role.lower() == bare.lower() for p in held):
        return None
    if (
        "," not in join.group()
        and not RX.JUNIOR_TITLE.match(bare)
        and not any(p.rule.endswith("+listed-with") for p in held)
    ):
        # "Trade Minister A and Minister for X B signed …": two ministers of a pair may
        # serve two states; one's deputy, a list's later member, serve his
        return None
    return held[0].org


def _dateline_state(rules: Clauses, pos: int) -> str | None:
    """The state of the capital a story's dateline names, for a title in the dateline's
    own sentence that no state is told before ("MANILA - Foreign Affairs Secretary X
    received …", "ANKARA (AA) - Foreign Minister X …"): the host's office."""
    text = rules.text
    ls = text.rfind("\n", 0, pos) + 1
    if ls > _DATELINE_LEAD:
        return None
    m = RX.SERVING_DATELINE.match(text, ls)
    if m is None or m.end() > pos or rules.sent(pos)[0] > m.end():
        return None
    if _states_named(rules, m.end(), pos) or RX.TRIP_AFTER.search(text, pos, rules.sent(pos)[1]):
        return None  # ("MANILA - Foreign Minister X arrived on Monday": a visitor's, maybe)
    city = m.group("city")
    words = tuple(_fold(t) for _, _, t in tokens(city.title() if city.isupper() else city))
    states = {c.capital_of for c in rules.lex.forms.get(words, []) if c.capital_of}
    return rules.ensure(states.pop()) if len(states) == 1 else None


def _leader_poss_before(rules: Clauses, pos: int) -> tuple[str, int] | None:
    """The state of the head of state or government named with a possessive right
    before ``pos`` ("Trump’s …", or by the office and the state: "the US President’s …"),
    and where that name starts."""
    hm = RX.HEAD_OFFICE_POSS.search(rules.text, max(0, pos - 40), pos)
    st = rules.org_before(hm.start()) if hm is not None else None
    if hm is not None and st is not None and rules.ents[st].type == "state":
        return st, rules._org_start_before(hm.start())  # "US President’s … Advisor X"
    wm = _rx(r"([A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){0,2})[’']s[ \t]+$").search(
        rules.text, max(0, pos - 60), pos
    )
    if wm is None:
        return None
    name = wm.group(1)
    # (a surname alone may be linked to its holder only later: "Trump’s")
    states = {
        p.org
        for p in rules.positions
        if p.status == "current"
        and rules.ents[p.org].type == "state"
        and RX.HEAD_TITLE.fullmatch(p.role)
        and (rules.ents[p.holder].name == name or rules.ents[p.holder].name.endswith(" " + name))
    }
    if len(states) == 1:
        return next(iter(states)), wm.start()
    return None


def _visit_host(rules: Clauses, pos: int, holder: str, role: str) -> str | None:
    """The state a visit told before ``pos`` goes to ("arrived in Y", "a visit to Y"),
    when the title at ``pos`` is of the one met ("talks with President X") and Y has no
    other holder of ``role``."""
    text = rules.text
    lo = max(0, pos - 1500)
    host = None
    for mm in rules.mentions_between(lo, pos):
        ent = rules.ents[mm.key]
        # (a state, or a city of one: "a one-day visit to Baghdad")
        state = mm.key if ent.type == "state" else (ent.country if ent.is_place else None)
        if state is None or rules.in_quote(mm.start):
            continue
        visit = RX.VISIT_TO_BEFORE.search(text, max(0, mm.start - 40), mm.start)
        if visit is not None and not RX.VISIT_ASIDE_BEFORE.search(
            text, max(0, visit.start() - 30), visit.start()
        ):  # ("after he visits Y", "prior to his visit to Y": another leg, not this one)
            host = state
    if host is None:
        return None
    if RX.MET_BEFORE.search(text, max(0, pos - 110), pos) is None:
        return None  # not the one met: perhaps the visitor
    if any(
        p.org == host and p.role.lower() == role.strip().lower() and p.holder != holder
        for p in rules.positions
    ):
        return None
    return rules.ensure(host)


def _states_named(rules: Clauses, lo: int, hi: int) -> list[tuple[int, str, bool]]:
    """The states named between ``lo`` and ``hi`` outside quotes, by name, an alias
    such as a capital, or a demonym: (where, key, whether a title takes it)."""
    named: list[tuple[int, str, bool]] = []
    for mm in rules.mentions_between(lo, hi):
        if mm.end > hi or rules.in_quote(mm.start):
            continue
        ent = rules.ents[mm.key]
        key = mm.key if ent.type == "state" else (ent.country if ent.is_place else None)
        if key and key in rules.ents:
            named.append((mm.start, key, _taken_by_title(rules, mm.start, mm.end)))
    for w in _rx(r"\b[A-Z][a-z]+\b").finditer(rules.text, lo, hi):
        if rules.in_quote(w.start()):
            continue
        dem = rules.demonyms.get(_fold(w.group()))
        if dem is None:
            continue
        titled = _taken_by_title(rules, w.start(), w.end())
        found = dem if titled and dem in rules.lex.entity_defs else rules.ensure(dem)
        if found is not None:
            named.append((w.start(), found, titled))
    return named


def _publisher_body(rules: Clauses) -> str | None:
    """The government body that publishes the article ("Foreign & Commonwealth
    Office"), if the lexicon knows it as one."""
    words = tuple(_fold(w) for _, _, w in tokens(rules.publisher or ""))
    if words and words[0] == "the":
        words = words[1:]
    body = next((c for c in rules.lex.forms.get(words, []) if c.type == "government-body"), None)
    return rules.ensure(body.key) if body is not None else None


def _taken_by_title(rules: Clauses, start: int, end: int) -> bool:
    """A state name that belongs to a title: 'Sundaran ambassador', 'minister of Peru'."""
    text = rules.text
    return bool(
        _TITLE_AFTER_STATE.match(text, end, end + 60)
        or _TITLE_BEFORE_STATE.search(text[max(0, start - 60) : start])
    )


def _state_body_before(rules: Clauses, start: int, end: int) -> tuple[str, str] | None:
    """A state's body, then "of" and the state, ending at ``end`` ("the State Council of
    China", "the Planning Commission of Kenya"): the body's words, and the state."""
    states = [
        mm
        for mm in rules.mentions_between(start, end, outer=False)
        if mm.end == end and rules.ents[mm.key].type == "state"
    ]
    if not states:
        return None
    the = _rx(r"\bthe\s+$").search(rules.text, max(0, start - 4), start)
    bm = RX.STATE_BODY_OF.fullmatch(rules.text, the.start() if the else start, states[0].start)
    return (bm.group("body"), states[0].key) if bm is not None else None


def _region_state(rules: Clauses, start: int, end: int, role: str) -> str | None:
    """The state of the one region (no state itself) a title's words name, between
    ``start`` and ``end`` ("Secretary of State for Northern Ireland": the United Kingdom)."""
    found = {
        country
        for mm in rules.mentions_between(start, end)
        if (ent := rules.ents[mm.key]).is_place
        and ent.type != "state"
        and (country := ent.country) is not None
        and rules.text[mm.start : mm.end] in role
    }
    return rules.ensure(found.pop()) if len(found) == 1 else None
