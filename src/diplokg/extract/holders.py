"""Titles told around another's, for the position rules (:mod:`diplokg.extract.positions`):
a counterpart's (the title of the one whose "his" it is, in the counterpart's state's
style, that one told before or after), an aide's title naming the office it serves
("Chief of Staff to Secretary of State"), and a title told as the one the holder acts in
("his first visit as Secretary of State"); and the positions that give way to others
once all are found (a bare title held in full, a state guessed for one whose
counterpart's state it is, an anonymous source inside a named holder's title, a courtesy
"Ambassador" beside another office) or that name their office in full then (a bare
"Secretary X": the Secretary of State the lexicon knows, a department's own secretary).

Functions of the shared clause helpers, below the rule modules, as
:mod:`diplokg.extract.serving`'s are.
"""

from __future__ import annotations

import re

from diplokg.extract.clauses import Clauses
from diplokg.extract.patterns import _LOWER_ROLE, _ROLE_TITLE, _ROLE_TITLE_RE, _TITLE_START
from diplokg.extract.regexes import RX
from diplokg.extract.state import _Pos
from diplokg.extract.text import _fold, _rx
from diplokg.extract.titles import (
    _OWN_TITLE_OF_STATE,
    _STATE_OWN_TITLES,
    _left_apposition,
    _normal_role,
)
from diplokg.extract.words import word_list

# The leader a head of state meets in a state without that office, and the other way.
_LEADER_COUNTERPARTS = {"President": "Prime Minister", "Prime Minister": "President"}


# A title, then "of" and a body told before its initials in brackets (cut off the text):
# "Director General of the Senegalese space agency", "chairman of the Libyan National
# Transitional Council" (then "(NTC) X").
_TITLE_OF_INITIALLED = re.compile(
    rf"{_TITLE_START}(?P<role>{_ROLE_TITLE}|(?i:{_LOWER_ROLE}))[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?(?:(?!\bof\b)[^()\n,;:]){3,80}$"  # (the last "of": the nearest title's)
)


def title_of_initialled_body(before: str) -> re.Match[str] | None:
    """The title told before "of" and a body whose initials, in brackets, ``before`` had at
    its end (now blanked): "Director General of the Senegalese space agency (ASES) X"."""
    return _TITLE_OF_INITIALLED.search(before.rstrip(), max(0, len(before.rstrip()) - 140))


def apposed_office_before(rules: Clauses, start: int) -> tuple[str, str, int] | None:
    """The office of a body apposed before a title that starts at ``start`` ("the Chairman
    of ECOWAS, President X": X chairs ECOWAS too), as (title, body, where it starts); None
    where no such office, or its "of" names no organisation."""
    text = rules.text
    lo = max(rules.sent(start)[0], start - 120)
    if not _rx(r",[ \t]+$").search(text, lo, start):
        return None
    am = _left_apposition(text[lo:start])
    if am is None or not am.group("of") or am.group("poss"):
        return None
    org = rules.org_in(lo + am.start("of"), lo + am.end("of"))
    if org is None or not rules.ents[org].is_org:
        return None
    role = text[lo + am.start("role") : lo + am.start("of")]
    role = _rx(r"\s+of\s+(?:the\s+)?$").sub("", role)
    return (role, org, lo + am.start()) if _ROLE_TITLE_RE.fullmatch(role) else None


def title_told_as(
    rules: Clauses, holder: str, end: int
) -> tuple[str, None, tuple[int, int], str, float] | None:
    """The title a name ending at ``end`` is told to hold later in its clause, "his …
    as <Title>" ("X took up his role as Minister for Trade", "X arrived to begin his
    first visit as Secretary of State"), no other person named between; its state is
    found as an apposed title's is. None for a former one ("his former role as")."""
    m = RX.TOLD_AS.match(rules.text, end)
    if m is None or any(
        rules.ents[mm.key].is_person and mm.key != holder
        for mm in rules.mentions_between(end, m.end())
    ):
        return None
    tm = _ROLE_TITLE_RE.match(rules.text, m.end())
    if tm is None or _rx(r"[ \t]*[A-Z]").match(rules.text, tm.end()):
        return None  # ("as Foreign Minister Y": another's title before their name)
    return (tm.group(), None, (end, tm.end()), "position:apposition-as", 0.7)


def office_served_after(rules: Clauses, end: int, role: str) -> str:
    """The office an aide's title ``role``, ending at ``end``, serves, as the text goes
    on (" to Secretary of State", " to the President"), or ""."""
    text = rules.text
    if not text.endswith(role, 0, end) or not _ROLE_TITLE_RE.fullmatch(role):
        return ""
    to = _rx(r"[ \t]+to[ \t]+(?:the[ \t]+)?").match(text, end)
    sm = _ROLE_TITLE_RE.match(text, to.end()) if to is not None else None
    return text[end : sm.end()] if sm is not None else ""


def counterpart_title(rules: Clauses, role: str, org: str) -> str:
    """The title of ``org``'s counterpart of a holder of ``role``: the same, or the
    common name of an office a few states style their own way (a U.S. Secretary of
    State's counterpart is a foreign minister, a foreign minister's in the U.S. its
    Secretary of State)."""
    local = _STATE_OWN_TITLES.get(role.lower())
    if local is not None and rules.ents[org].name not in local[1]:
        return local[0]
    own = _OWN_TITLE_OF_STATE.get((role.lower(), rules.ents[org].name), role)
    other = _LEADER_COUNTERPARTS.get(own)
    if other is not None and rules._lacks_title(org, own) and not rules._lacks_title(org, other):
        # "President A met his UK counterpart B": a state with no president's leader is
        # its prime minister (and a prime minister's in a state with none, its president)
        return other
    return own


def counterparts_of_later_subjects(
    rules: Clauses, later: list[tuple[str, str, tuple[int, int]]]
) -> None:
    """Give a counterpart whose "his" is the subject of the clause told after it ("Asked
    about a meeting with his US counterpart B, A said"; "With his Russian counterpart
    B, the Iranian Foreign Minister A said") the title that subject holds, of the
    counterpart's state. The subject is the first person named after a comma later in
    the sentence who holds a title of another state; none, no title."""
    for holder, org, span in later:
        if any(p.holder == holder for p in rules.positions):
            continue
        _, sent_end = rules.sent(span[0])
        for m in rules.mentions_between(span[1], sent_end):
            if m.key == holder or not rules.ents[m.key].is_person:
                continue
            if "," not in rules.text[span[1] : m.start]:
                continue  # (a name in the counterpart's own phrase)
            held = [p for p in rules.positions if p.holder == m.key and p.org != org]
            if held:
                role = counterpart_title(rules, held[0].role, org)
                rules.holds_now(holder, role, org, span, "position:counterpart", 0.7)
            break


# Titles that, said alone before a name, are a fuller title said short ("Minister Kato").
_BARE_TITLES = frozenset(("Minister", "Secretary", "Senator", "Ambassador", "Envoy"))
# What a text ends with (then white space) for these patterns to match at its end.
_COUNTERPART_NOUN = r"counterparts?|opposite\s+number|pair|peer|homologue|colleague"
# After a name, the counterpart of another state's it meets: "X and his Japanese counterpart".
_COUNTERPART_OF_DEMONYM = re.compile(
    r"(?:\s+and\s+(?:his|her)|[’']s)\s+(?P<dem>[A-Z][a-z]+)\s+(?:" + _COUNTERPART_NOUN + r")\b"
)


def counterparts_states(rules: Clauses, holder: str) -> set[str]:
    """The states whose counterpart ``holder`` is said to have ("X and his Japanese
    counterpart", "X's Japanese counterpart"): none ``holder`` holds a title of."""
    found = set()
    for mm in rules.mentions_between(0, len(rules.text)):
        if mm.key != holder:
            continue
        cm = _COUNTERPART_OF_DEMONYM.match(rules.text, mm.end)
        if cm is not None and (st := rules.demonyms.get(_fold(cm.group("dem")))):
            found.add(st)
    return found


def without_bare_titles_held_in_full(positions: list[_Pos]) -> list[_Pos]:
    """'Minister Kato' and 'Foreign Minister Kato', 'Secretary Rowe' and 'Secretary of
    State Rowe': the bare title is the full one, said short."""
    full = {(p.holder, p.org, p.role) for p in positions}
    # A bare title whose state is only the publisher's or the context's is the full one
    # held for the state the text gives it ("X, Minister of Foreign Affairs of Nigeria" …
    # "Minister X" in South Africa's release: Nigeria's minister still).
    guessed = ("+publisher-state", "from-context")
    return [
        p
        for p in positions
        if not any(
            h == p.holder
            and (o == p.org or (p.role in _BARE_TITLES and p.rule.endswith(guessed)))
            and r != p.role
            and (
                (p.role in _BARE_TITLES and p.role in r.split())
                # "Special Envoy" and "Special Envoy for Syria", "Under Secretary" and
                # "Under Secretary of Energy": the brief said short
                or r.startswith((f"{p.role} for ", f"{p.role} on ", f"{p.role} of "))
            )
            for h, o, r in full
        )
    ]


def drop_anonymous_in_appositions(rules: Clauses) -> None:
    """ "X, the Foreign Ministry's spokesperson, said": the spokesperson is X, named;
    an anonymous source found inside a title in apposition to a name is no one else."""
    spans = [p.span for p in rules.positions if p.rule.startswith("position:apposition")]
    if not spans:
        return
    dropped = False
    for mm in list(rules.mens):
        if mm.how == "anon" and any(lo <= mm.start and mm.end <= hi for lo, hi in spans):
            rules.remove_mention(mm)
            dropped = True
    if not dropped:
        return
    rules.sort_mentions()
    still = {mm.key for mm in rules.mens}
    rules.anon_positions = [a for a in rules.anon_positions if a[0] in still]


#: The Secretaries of State the lexicon knows, first and last name ("hillary clinton"):
#: whom a bare "Secretary" before the name styles so.
_SECRETARIES_OF_STATE = frozenset(word_list("secretaries-of-state"))


def bare_secretaries(rules: Clauses) -> None:
    """A bare "Secretary X" of a state names no office but the secretary's department:
    a Secretary of State the lexicon knows ("Secretary Hillary Rodham Clinton" in a
    defence department's story), else, in a department's own release, its secretary
    ("U.S. Department of State": Secretary of State; "Department of Foreign Affairs of
    the Philippines": the Foreign Minister)."""
    dept = RX.DEPARTMENT_PUBLISHER.match(rules.publisher or "")
    home = rules._home_state()
    changed = False
    for p in rules.positions:
        if p.role != "Secretary" or rules.ents[p.org].type != "state":
            continue
        words = _fold(rules.ents[p.holder].name).casefold().split()
        if (
            rules.ents[p.org].name == "United States"
            and len(words) > 1
            and f"{words[0]} {words[-1]}" in _SECRETARIES_OF_STATE
        ):
            p.role, changed = "Secretary of State", True
        elif dept is not None and p.org == home:
            portfolio = " ".join(dept.group("p").split())
            p.role = _normal_role(f"Secretary of {portfolio}", "state", org_name="") or p.role
            changed = True
    if changed:  # (the same office read as well with its full title: once)
        seen: set[tuple[str, str, str]] = set()
        kept = []
        for p in rules.positions:
            if (p.holder, p.role, p.org) not in seen:
                seen.add((p.holder, p.role, p.org))
                kept.append(p)
        rules.positions = kept


def drop_courtesy_ambassadors(rules: Clauses) -> None:
    """ "United States Trade Representative X ... Ambassador X thanked": a bare
    "Ambassador" before the name of one who holds another office of the same state in
    the text, no envoy's post, is a courtesy title, no office."""
    drop = {
        p.id
        for p in rules.positions
        if p.role == "Ambassador"
        and any(
            q.holder == p.holder
            and q.org == p.org
            and q.id != p.id
            and not _rx(r"(?i)ambassador|permanent\s+representative|envoy|charg").search(q.role)
            for q in rules.positions
        )
    }
    drop -= {p.predecessor for p in rules.positions}  # (one a later holder's refers to)
    if drop:
        rules.positions = [p for p in rules.positions if p.id not in drop]
