"""Who an agreement's parties are and on what day they made it, for the agreement rules:
the states of those who met or signed ("the two ministers", "they", a
group before its names, a release's issuers), the parties of an agreeing clause, and the
day of the meeting or signing an agreement was made at.

Below :mod:`diplokg.extract.agreements`, as charging and serving are below their rule
modules: functions of the shared clause helpers (each rule class extends
:class:`~diplokg.extract.clauses.Clauses` alone), reading the patterns of
:mod:`diplokg.extract.agreeing`."""

from __future__ import annotations

import bisect
import itertools
import re
import weakref

from diplokg.extract.agreeing import _THEY, _THOSE_WHO_MET
from diplokg.extract.clauses import Clauses
from diplokg.extract.patterns import (
    _NUMBERS,
    _negation,
)
from diplokg.extract.regexes import RX
from diplokg.extract.text import _fold, _rx


def _states_of_those_who_met(rules: Clauses, pos: int, count: int | None = None) -> list[str]:
    """Who "the ministers", "the two sides" are: the participants of the paragraph's
    last meeting held (else of the last one held by ``count`` persons, two by default),
    each person as the state whose post they hold, as they agree for it; the persons
    when none holds a state's post; none when only some do. A meeting planned ("A will
    meet B") is not one they held."""
    met = _those_who_met(rules, pos, count)
    states = _sides_as_states(rules, met)
    if all(states):
        return list(dict.fromkeys(k for k in states if k))
    # leaders of no state (of communities, parties): the persons themselves
    stateless = all(rules.ents[k].is_person for k in met) and not any(states)
    return met if stateless else []


def _those_who_met(rules: Clauses, pos: int, count: int | None) -> list[str]:
    held = sorted(
        (e for e in rules.events if e.kind == "meeting" and e.status == "held" and e.span[0] < pos),
        key=lambda e: e.span[0],
        reverse=True,
    )
    if held and rules.para(held[0].span[0]) == rules.para(pos):
        keys = list(held[0].participants)
        if len(keys) >= 2 and (count is None or len(keys) == count):
            return keys
    for ev in held:
        keys = [k for k in ev.participants if rules.ents[k].is_person]
        if len(keys) == (count or 2):
            return keys
    return []


def _group_parties(rules: Clauses, sent_start: int, pos: int) -> list[str]:
    """Who "the (two) ministers" before ``pos`` are: those who met (see
    :meth:`_states_of_those_who_met`), else the last persons named before who hold a
    post the group noun names ("ministers": a minister's, not a prime minister's), as
    many as it counts (two by default), each as the state whose post they hold; none
    when one holds no state's post."""
    clause = rules.text[sent_start:pos]
    nm = _rx(r"\b(?P<n>two|three|four)\b").search(clause)
    count = _NUMBERS[nm.group("n")] if nm else 2
    parties = _states_of_those_who_met(rules, pos, count if nm else None)
    if parties:
        return parties
    if _rx(r"\b(?:countries|nations|governments)\b").search(clause):
        # "Our two countries": the states of the last talks held by as many of them
        return _states_of_held_talks(rules, pos, count)
    joint = _release_issuers(rules, pos)
    if joint and _rx(r"\bsides\b", re.I).search(clause) and (not nm or len(joint) == count):
        return joint  # "the two sides" of a joint release no meeting is told in
    tm = _rx(
        r"(?P<w>foreign\s+minister|prime\s+minister|minister|president|leader)s?\b", re.I
    ).search(clause)
    if tm is None:
        return []
    title = _rx(r"\s+").sub(" ", tm.group("w").lower())
    found: list[str] = []
    for mm in reversed(rules.mentions_between(max(0, sent_start - 1500), sent_start)):
        if mm.key in found or rules.in_quote(mm.start) or not rules.ents[mm.key].is_person:
            continue
        roles = [p.role.lower() for p in rules.positions if p.holder == mm.key]
        if title == "leader" or any(
            title in r and (title != "minister" or "prime minister" not in r) for r in roles
        ):
            found.append(mm.key)
        if len(found) == count:
            break
    states = [_state_of_holder(rules, k) for k in found]
    if len(found) == count and all(states):
        return list(dict.fromkeys(k for k in states if k))
    return []


def _states_of_held_talks(rules: Clauses, pos: int, count: int) -> list[str]:
    """The states of the last meeting held before ``pos`` whose participants are
    ``count`` states, each person as the state whose post they hold; none when a
    participant holds no state's post."""
    for ev in sorted(
        (e for e in rules.events if e.kind == "meeting" and e.status == "held" and e.span[0] < pos),
        key=lambda e: e.span[0],
        reverse=True,
    ):
        found = _states_of(rules, ev.participants)
        if found is not None and len(found) == count:
            return found
    return []


def _release_issuers(rules: Clauses, pos: int) -> list[str]:
    """The states that issue the article itself as a joint release ("A-B Joint
    Outcomes Statement" as its title) before ``pos``: whom "the two sides" of its
    prose are when it tells no meeting. None for any other article."""
    for st in rules.statements:
        if st.rule == "statement:joint-title" and st.span[0] < pos:
            states = _release_states(rules, st.issuers)
            if states:
                return states
    return []


def _release_states(rules: Clauses, issuers: list[str]) -> list[str]:
    """The states of a joint release's ``issuers``: the states themselves, or the state
    each person holds a post of ("Joint statement by President A of X and President B of
    Y": X and Y, for whom "We agree …" in its prose speaks); none unless two or more."""
    found = _states_of(rules, issuers)
    return found if found is not None and len(found) >= 2 else []


def _states_of(rules: Clauses, keys: list[str]) -> list[str] | None:
    """Each of ``keys`` as a state: a state itself, or the state whose post a person holds,
    each state once, in order; None when one of them is neither."""
    states = [k if rules.ents[k].type == "state" else _state_of_holder(rules, k) for k in keys]
    return list(dict.fromkeys(k for k in states if k)) if all(states) else None


def _release_date(rules: Clauses, parties: list[str]) -> tuple[int, int] | None:
    """The day of the talks the joint release of ``parties`` (see
    :meth:`_release_issuers`) tells of in its first sentence ("The Sixth A-B Dialogue
    was held in Beijing on 21 December 2022", "1. On 20 July, A hosted B …")."""
    for st in rules.statements:
        if st.rule == "statement:joint-title" and set(_release_states(rules, st.issuers)) == set(
            parties
        ):
            _, title_end = rules.sent(st.span[0])
            for ds, _ in rules.dates:  # the first day told in its first paragraphs
                if ds >= title_end and not rules.in_quote(ds):
                    if rules.para(ds) <= rules.para(st.span[0]) + 2:
                        return rules.date_near(ds)
                    break
    return None


def _they_parties(rules: Clauses, pos: int, depth: int = 0) -> list[str]:
    """Who "they" at ``pos`` are: what the sentence before opens with, a group of
    those who met ("The two ministers …") or "they" again; else the participants of a
    meeting held told in that sentence or this one ("A met B in Lissar. They agreed …").
    None when the antecedent is unclear: a meeting told further back, or only planned,
    is not whom "they" stands for."""
    text = rules.text
    sent_start, _ = rules.sent(pos)
    lo = sent_start
    i = bisect.bisect_right(rules.sent_starts, sent_start) - 1
    # a sentence cut after a title's abbreviation ("… confirmed that Mr. | Shinzo Abe
    # will …") goes on: what opens the sentence before is the full one's start
    while i > 1 and _rx(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Gen|H\.\s?E)\.\s*$").search(
        text, rules.sent_starts[i - 1] - 12, rules.sent_starts[i - 1]
    ):
        i -= 1
    # the items of a bulleted list before ("• Trade", "• Defence") are no sentences:
    # "they" stands for what the sentence that opens the list opens with
    while i > 1 and _rx(r"\s*[•▪●◦·‣–-]\s").match(text, rules.sent_starts[i - 1]):
        i -= 1
    if i > 0 and depth < 3:
        lo = rules.sent_starts[i - 1]
        om = RX.OPENING_SUBJECT.match(text, lo, rules.sent_ends[i - 1])
        if om is not None and om.group("they"):
            return _they_parties(rules, om.start("they"), depth + 1)
        if om is not None and om.group("group"):
            return _group_parties(rules, lo, om.end("group") + 1)
        # "Arvelia and Doskara have long disputed the river. They agreed …": the
        # coordinated names the sentence before opens with
        # (the sentence's first name, "Abe, Trump confirmed …", else the first after a
        # leading phrase whose own names are no subject: "During the anniversary of
        # ASEAN, the United States and the Philippines commended …")
        end = rules.sent_ends[i - 1]
        at = om.end() if om is not None else lo
        for first in (
            next(iter(rules.mentions_between(lo, end)), None),
            next(iter(rules.mentions_between(at, end)), None),
        ):
            if first is None or not (
                first.start <= at + 1 or _rx(r"\s*(?:[Tt]he\s+)?").fullmatch(text, at, first.start)
            ):
                continue
            lst = rules.list_after(first.start, kinds=("org", "person"))
            if lst is not None and len(lst[0]) >= 2 and RX.VERB_NEXT.match(text, lst[1]):
                return [k for k in _as_states(rules, lst[0]) if not rules.ents[k].is_place]
    for ev in sorted(rules.events, key=lambda e: e.span[0], reverse=True):
        if ev.kind == "meeting" and ev.status == "held" and lo <= ev.span[0] < pos:
            return _as_states(rules, list(ev.participants))
    if rules.in_readout(pos):
        # a spokesperson's readout of the talks: "they" are those who held them
        met = _those_who_met(rules, pos, None)
        return _as_states(rules, met) if met else []
    return []


def _as_states(rules: Clauses, keys: list[str]) -> list[str]:
    """Persons as the states whose posts they hold, when every one holds one; else as
    they are."""
    states = _sides_as_states(rules, keys)
    if all(states):
        return list(dict.fromkeys(k for k in states if k))
    return keys


def _sides_as_states(rules: Clauses, keys: list[str]) -> list[str | None]:
    """Each side as a state: a person as the state whose post they hold (``None`` when
    none), the state the text pairs with the other side's where only one is told."""
    states = [_state_of_holder(rules, k) if rules.ents[k].is_person else k for k in keys]
    if not all(states):
        # well-known leaders the text gives no post: their states, when that ties every
        # side (never one side's state, the other's guessed beside it)
        led = [k or rules.leader_org(key) for k, key in zip(states, keys, strict=True)]
        if all(led):
            return led
    return _with_paired_state(rules, states)


def _with_paired_state(rules: Clauses, states: list[str | None]) -> list[str | None]:
    """The states of two sides, the state of one of whom the text leaves untold (a
    minister whose post it names without the state): the state it pairs with the other's
    ("cooperation between A and B", "the A-B partnership"), when it pairs that one with
    just one state; else as they are."""
    known = [k for k in states if k is not None]
    if len(states) != 2 or len(known) != 1 or rules.ents[known[0]].type != "state":
        return states
    partners = set(_state_partners(rules).get(known[0], ()))
    if len(partners) != 1:
        return states
    other = partners.pop()
    return [k if k is not None else other for k in states]


#: each text's state pairs (see _state_partners), with the mention count they were read at
_PAIRS: weakref.WeakKeyDictionary[Clauses, tuple[int, dict[str, set[str]]]] = (
    weakref.WeakKeyDictionary()
)


def _state_partners(rules: Clauses) -> dict[str, set[str]]:
    """Each state the text pairs with others as two sides ("between A and B", "A and the
    B"), and those others: read once per text (and again when mentions were added)."""
    stamp = len(rules.mens)
    cached = _PAIRS.get(rules)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    text = rules.text
    found = [
        mm for mm in rules.mentions_between(0, len(text)) if rules.ents[mm.key].type == "state"
    ]
    pairs: dict[str, set[str]] = {}
    for a, b in itertools.pairwise(found):
        if a.key != b.key and RX.STATE_PAIR_GAP.fullmatch(text, a.end, b.start):
            pairs.setdefault(a.key, set()).add(b.key)
            pairs.setdefault(b.key, set()).add(a.key)
    _PAIRS[rules] = (stamp, pairs)
    return pairs


def _date_met(rules: Clauses, pos: int, parties: list[str]) -> tuple[int, int] | None:
    """The day of the last meeting before ``pos`` of the ``parties`` (or of holders of
    their posts), for an agreement told after it as made by "the ministers"."""
    for ev in sorted(rules.events, key=lambda x: x.span[0], reverse=True):
        if ev.kind != "meeting" or ev.span[0] >= pos:
            continue
        met = set(ev.participants) | set(_as_states(rules, list(ev.participants)))
        met |= {_state_of_holder(rules, k) or k for k in ev.participants if rules.ents[k].is_person}
        if set(parties) <= met:
            return ev.date
    return None


def _counterpart_state(rules: Clauses, key: str, lo: int, hi: int) -> str | None:
    """The state whose demonym calls the person ``key`` a counterpart between ``lo``
    and ``hi`` ("his visiting Turkish counterpart, B"), when the text ties no post to
    them."""
    for mm in rules.mentions_between(lo, hi):
        if mm.key != key:
            continue
        dm = _rx(r"\b(?P<d>[A-Z][a-z]+)\s+counterpart,?\s+$").search(
            rules.text, max(lo, mm.start - 40), mm.start
        )
        state = rules.ensure(rules.demonyms.get(_fold(dm.group("d")))) if dm else None
        if state is not None and rules.ents[state].type == "state":
            return state
    return None


def _state_of_holder(rules: Clauses, key: str) -> str | None:
    """The state of the first post the person ``key`` holds for a state, if any (the
    state a minister signs or speaks for)."""
    return next(
        (p.org for p in rules.positions if p.holder == key and rules.ents[p.org].type == "state"),
        None,
    )


def _agreement_blocked(rules: Clauses, s: int) -> bool:
    """Whether the agreeing at ``s`` is denied or hedged ("did not agree", "might have
    agreed"), or the agreement its sentence names is drafted already."""
    text = rules.text
    sent_start, _ = rules.sent(s)
    if _negation(text[max(sent_start, s - 25) : s]) or _rx(
        r"\b(?:could|would|might|may|if|whether|hopes?|expected|likely)\s+(?:\w+\s+)?$"
    ).search(text, max(sent_start, s - 30), s):
        return True
    return any(a.span[0] <= s < a.span[1] + 40 and a.span[1] > sent_start for a in rules.agreements)


def _agreeing_parties(rules: Clauses, s: int) -> list[str]:
    """Who agreed at ``s`` ("agreed to …", "agreed on …"): a coordinated subject, or
    those who met in the paragraph for "they", "the ministers"; none when the
    agreement is denied or hedged, or when the sentence's agreement is drafted already."""
    sent_start, _ = rules.sent(s)
    if _agreement_blocked(rules, s):
        return []
    parties = _clause_parties(rules, sent_start, s)
    return [k for k in dict.fromkeys(parties) if not rules.ents[k].is_place]


def _clause_parties(rules: Clauses, sent_start: int, s: int) -> list[str]:
    """The subject of the clause that ends at ``s``, as parties: "they" (what the
    sentence before opens with), "the two ministers" (those who met), else the
    coordinated subject's states."""
    clause = rules.text[sent_start:s]
    label = _item_label(rules, sent_start) if _rx(r"\s*[—–•-]\s*").fullmatch(clause) else None
    if label is not None:
        # "The two leaders:\n\n— agree to …": a digest's item is its label's clause
        return _clause_parties(rules, *label)
    if _THEY.search(clause):
        return _they_parties(rules, s)
    if RX.WE.fullmatch(clause):
        return _release_issuers(rules, s)  # "We agreed to …" in a joint release: its issuers
    im = RX.AND_I.search(clause)
    speaker = rules.speaker_at(s) if im is not None and not rules.in_quote(s) else None
    if im is not None and speaker is not None:
        # "Prime Minister Howard and I have agreed …" in a transcript: the speaker too
        # (for their states: none when a post of either is unknown)
        other = rules.subject_before(sent_start + im.start(), persons_only=True)
        if other is None or other == speaker:
            return []
        states = [_state_of_holder(rules, other), _state_of_holder(rules, speaker)]
        return [k for k in dict.fromkeys(states) if k] if all(states) else []
    if _THOSE_WHO_MET.search(clause):
        return _group_parties(rules, sent_start, s)
    return _as_states(rules, rules._subject_list(sent_start, s))


def _item_label(rules: Clauses, item: int) -> tuple[int, int] | None:
    """Where the label of the dash-led item that opens at ``item`` lies: the last line
    before that ends with a colon ("The two leaders:", "Abe:"), with only dash-led items
    or blank lines between; None when there is none."""
    text = rules.text
    end = text.rfind("\n", 0, item)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line.endswith(":"):
            return start, text.rindex(":", start, end)
        if line and not _rx(r"[—–•-]\s").match(line):
            return None
        end = start - 1
    return None


def _agreed_date(rules: Clauses, s: int, parties: list[str]) -> tuple[int, int] | None:
    """When those who agreed at ``s`` did: the date told near, else the day they (or
    holders of their states' posts) last met before ("the ministers agreed", "they
    agreed", "Minister A and Minister B agreed")."""
    date = rules.date_near(s)
    if date is not None and _rx(r"\bof\s+$").search(rules.text, max(0, date[0] - 4), date[0]):
        date = None  # "the statement of 12 January": that statement's day, not theirs
    if date is not None and rules.after_publication(date):
        date = None  # "Ahead of the anniversary next year, A and B agreed": not that day
    if date is not None and _rx(r"\b(?:said|says|announced|reported|stated)\s+(?:on\s+)?$").search(
        rules.text, max(0, date[0] - 25), date[0]
    ):
        # "… have agreed to …, the ministry said Wednesday. A statement said the two
        # spoke by phone Tuesday": the day they talked, not the day it was told
        date = _talks_day_after(rules, s) or date
    if date is None:
        date = _date_met(rules, s, parties)
    if date is None:
        date = _release_date(rules, parties)
    return date if date is not None else _day_of_told_meeting(rules, s, parties)


def _day_of_told_meeting(rules: Clauses, s: int, parties: list[str]) -> tuple[int, int] | None:
    """The day of the last meeting the text tells before ``s`` ("On April 18, … A held
    a meeting with B"), drafted or not, when its sentence names one of the ``parties``
    (or one holding its post): when those who agreed there did."""
    last = None
    for hm in RX.HELD_MEETING.finditer(rules.text, 0, s):
        if not rules.in_quote(hm.start()):
            last = hm
    if last is None:
        return None
    lo, hi = rules.sent(last.start())
    named = {mm.key for mm in rules.mentions_between(lo, hi)}
    named |= {_state_of_holder(rules, k) or k for k in named if rules.ents[k].is_person}
    if not named & set(parties):
        return None
    date = rules.date_near(last.start())
    start, _ = rules.sent(last.start())
    if date is None and start > 0 and rules.para(start - 1) == rules.para(start):
        # "On April 18, commencing at 8:45 a.m. | local time, … held a meeting": a
        # sentence cut at an abbreviation
        date = rules.date_near(rules.sent(start - 1)[0])
    return date


def _talks_day_after(rules: Clauses, pos: int) -> tuple[int, int] | None:
    """The day the next sentence of the paragraph says they talked ("the two spoke by
    phone Tuesday", "they met on Monday"), if it names one."""
    i = bisect.bisect_right(rules.sent_starts, pos) - 1
    if (
        i + 1 >= len(rules.sent_starts)
        or rules.para(rules.sent_starts[i + 1]) > rules.para(pos) + 1
    ):
        return None  # (the next sentence, in this paragraph or a news story's next one)
    lo = rules.sent_starts[i + 1]
    hi = rules.sent(lo)[1]
    tm = _rx(
        r"\b(?:spoke|talked|met|conferred|held\s+(?:talks|a\s+(?:phone\s+|telephone\s+)?call))\b"
    ).search(rules.text, lo, hi)
    if tm is None:
        return None
    date = rules.date_near(tm.end(), after_only=True)
    return date if rules.day_named(date) else None
