"""Bodies named twice, made one: a body named bare and with its state's demonym ("the
General Staff", "the Ostrelian General Staff"), or with its state's name and adjective
("the Chinese foreign ministry" … "China's foreign ministry"); and a known organisation's
body named after it ("the … Party Central Committee"), that body; a world body's organ told
with its possessive ("the UN’s General Assembly"); states' joint mechanisms ("the A-B Joint
Commission") and bonds ("the ROK-U.S. Alliance"), no bodies; and a long title's holder
after its state. Run after the
capitalised-name rules of :mod:`diplokg.extract.names` have drafted the bodies.

Functions of the shared clause helpers, below the rule modules (each rule class extends
:class:`~diplokg.extract.clauses.Clauses` alone): the name rules call them.
"""

from __future__ import annotations

from collections.abc import Callable

from diplokg.extract.clauses import Clauses
from diplokg.extract.namewords import _name_before_of, _owned_body
from diplokg.extract.regexes import RX
from diplokg.extract.state import _add_alias, _Ent, _Men
from diplokg.extract.text import _fold, _rx, tokens


def merge_bare_bodies(rules: Clauses) -> None:
    """A body named bare and with its state's demonym ("the General Staff", "the
    Ostrelian General Staff") is one body: the bare name is an alias of the full one."""
    bodies = [x for x in rules.ents.values() if x.local and x.type == "government-body"]

    def owned(name: str) -> tuple[str | None, frozenset[str]]:
        return _owned_body(name, rules.demonyms, lambda words: _state_of_words(rules, words))

    shapes = {x.key: owned(x.name) for x in bodies}
    for x in bodies:  # "National Energy Administration of the People's Republic of China"
        short = _name_before_of(x.name)
        if short and shapes[x.key][0] is not None and shapes[x.key][1] == owned(short)[1]:
            _add_alias(x, short)  # (known by the name before its state too)
    if len(bodies) < 2:
        rules.sort_mentions()
        return
    keys = {x.key for x in bodies}
    by_key: dict[str, list[_Men]] = {}  # each body's mentions, in text order
    for m in rules.mens:
        if m.key in keys:
            by_key.setdefault(m.key, []).append(m)
    firsts = {k: min(m.start for m in ms) for k, ms in by_key.items()}
    # "the Chinese foreign ministry" … "China's foreign ministry": one body
    seen_shape: dict[tuple[str, frozenset[str]], _Ent] = {}
    for x in sorted(bodies, key=lambda x: firsts.get(x.key, len(rules.text))):
        state_, shape_ = shapes[x.key]
        if state_ is None or not shape_:
            continue
        first = seen_shape.setdefault((state_, shape_), x)
        if first is x:
            continue
        for mm in by_key.pop(x.key, []):
            rules.remove_mention(mm)
            by_key.setdefault(first.key, []).append(
                rules.add_mention(mm.start, mm.end, first.key, "alias", mm.conf)
            )
        _add_alias(first, x.name)
    bodies = [x for x in bodies if by_key.get(x.key)]
    for bare in bodies:
        dem, shape = shapes[bare.key]
        longer = [
            x
            for x in bodies
            if x is not bare
            and (
                (
                    x.name.endswith(f" {bare.name}")
                    and _fold(x.name[: -len(bare.name)].strip()) in rules.demonyms
                )
                or (dem is None and shapes[x.key][0] is not None and shapes[x.key][1] == shape)
            )
        ]
        if not longer:
            continue
        for mm in list(by_key.get(bare.key, [])):
            # several ("the Russian …", "the Chinese Foreign Ministry"): the last one
            # named before this mention
            before = sorted(
                (x for x in longer if firsts[x.key] < mm.start), key=lambda x: firsts[x.key]
            )
            if len(longer) == 1:
                to = longer[0]
            elif before and (
                len(before) == 1
                or rules.sent(firsts[before[-1].key])[0] != rules.sent(firsts[before[-2].key])[0]
            ):  # (two named in one sentence: either)
                to = before[-1]
            else:
                continue
            rules.remove_mention(mm)
            rules.add_mention(mm.start, mm.end, to.key, "alias", mm.conf)
            _add_alias(to, bare.name)
    rules.sort_mentions()


def _state_of_words(rules: Clauses, words: tuple[str, ...]) -> str | None:
    """The state the lexicon knows by ``words`` (folded tokens), if any."""
    return next((c.key for c in rules.lex.forms.get(words, []) if c.type == "state"), None)


def sub_bodies(rules: Clauses) -> None:
    """A body of a known organisation named after it ("the … Party Central Committee",
    "the … League Secretariat") is that body, not the organisation."""
    text = rules.text
    for mm in list(rules.mens):
        ent = rules.ents[mm.key]
        if not rules.is_body(ent.key) or mm.inner:
            continue
        sb = RX.SUB_BODY_AFTER.match(text, mm.end)
        if sb is None or rules.covered(mm.end + 1, sb.end()):
            continue
        name = text[mm.start : sb.end()]
        sub = rules.local_ent(name, ent.type, rule="entity:sub-body", conf=0.6)
        rules.remove_mention(mm)
        rules.add_mention(mm.start, sb.end(), sub.key, "name", 0.6)
    rules.sort_mentions()


def states_pair_bond(rules: Clauses, end: int) -> bool:
    """Whether the name ending at ``end`` is two states' bond, their names joined by a
    hyphen before "Alliance", "Partnership" or "Relationship" ("the ROK-U.S. Alliance",
    "the United States-Philippines Alliance"): a relation, no organisation."""
    m = RX.STATES_PAIR_BOND.search(rules.text, max(0, end - 80), end)
    if m is None:
        return False

    def is_state(words: list[str]) -> bool:
        key = tuple(_fold(t) for _, _, t in tokens(" ".join(words)))
        return any(c.type == "state" for c in rules.lex.forms.get(key, []))

    a, b = m.group("a").split(), m.group("b").split()
    # (the first state's name may be the end of the run: "The ROK-U.S. Alliance")
    return is_state(b) and any(is_state(a[k:]) for k in range(len(a)))


def drop_states_joint_bodies(rules: Clauses) -> None:
    """A body named by two or three states joined by hyphens before its kind ("the
    Arvelia-Doskara Joint Commission", "the U.S.-India Gas Task Force", "the
    UK-Poland-Ukrainian Joint Commission") is a mechanism of their relations, told as what
    the states discuss: no organisation of its own (the states stay, named elsewhere),
    unless the text tells it as a body that sits ("the 2nd Session of the A - B
    Bi-National Commission", "the 4th Meeting of the A-B Cooperation Commission")."""
    text = rules.text
    found = {_fold(x.name) for x in rules.ents.values() if x.type == "state"}

    def is_state(words: list[str]) -> bool:
        folded = tuple(_fold(w) for w in words)
        return (
            _state_of_words(rules, folded) is not None
            or " ".join(folded) in found
            or (len(folded) == 1 and folded[0] in rules.demonyms)
        )

    def joins_states(parts: list[list[str]]) -> bool:
        # (the first state's name may end the words before it: "the ROK-U.S."; the last
        # state's may be followed by the body's words: "Sudan-South Sudan Consultative …")
        first, *middle, last = parts
        return (
            any(is_state(first[k:]) for k in range(len(first)))
            and all(is_state(p) for p in middle)
            and any(is_state(last[:k]) for k in range(1, len(last)))
        )

    changed = False
    for mm in list(rules.mens):
        if mm.inner or not rules.is_body(mm.key) or not rules.ents[mm.key].local:
            continue
        m = RX.STATES_JOINT_BODY.search(text, max(0, mm.start - 40), mm.end)
        if m is None:
            continue
        parts = [p.split() for p in _rx(r"[ \t]*[-–—][ \t]*").split(m.group("states"))]
        parts[-1] += text[m.end("states") : m.end()].split()  # the kind's words after
        if not joins_states(parts):
            continue
        changed = True
        if RX.JOINT_BODY_SITS_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            # a body that sits, named whole from its first state ("the 2nd Session of the
            # A - B Bi-National Commission", not "Session of the …" nor "B Bi-National …")
            if m.start() != mm.start:
                rules.ents[mm.key].name = " ".join(text[m.start() : mm.end].split())
                rules.remove_mention(mm)
                rules.add_mention(m.start(), mm.end, mm.key, mm.how, mm.conf)
            continue
        rules.remove_mention(mm)
    if changed:
        rules.sort_mentions()


def holder_after_long_title(
    rules: Clauses, s: int, e: int, person_after: Callable[[int, int], bool]
) -> int | None:
    """Where the holder's name starts in a run too long to be a name that ends with a
    title's state and a name ("… of the Kingdom of Norway Kari T. Lunde"), if it does
    (``person_after``: whether the words between two offsets are a person's name)."""
    text = rules.text
    last = max(
        (mm for mm in rules.mentions_between(s, e) if rules.ents[mm.key].type == "state"),
        key=lambda mm: mm.end,
        default=None,
    )
    if (
        last is None
        or not text.endswith(("of ", "of the "), 0, last.start)
        or not person_after(last.end, e)
    ):
        return None
    tail = last.end
    while text[tail].isspace():
        tail += 1
    return tail


def organ_of_world_body(
    rules: Clauses, name: str, start: int, inner: list[_Men]
) -> tuple[str, str] | None:
    """The name and kind of a world body's or an alliance's organ told with its
    possessive ("the UN’s General Assembly", "NATO’s Military Committee"): named as
    without it ("UN General Assembly"), of its owner's kind."""
    pm = _rx(r"[’']s\s+").search(name)
    if pm is None:
        return None
    owner = next((mm for mm in inner if mm.start == start and mm.end == start + pm.start()), None)
    if owner is None or rules.ents[owner.key].type not in ("intergovernmental", "alliance"):
        return None
    return f"{name[: pm.start()]} {name[pm.end() :]}", rules.ents[owner.key].type
