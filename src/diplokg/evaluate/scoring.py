"""Scoring: predicted items matched one to one with gold items, counted per kind.

>>> Score(tp=3, fp=1, fn=0).precision
0.75
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from diplokg.evaluate.items import (
    ATTRIBUTE_KINDS,
    KINDS,
    MAIN_KINDS,
    QUOTE_COVERAGE,
    AccusationItem,
    AgreementItem,
    FactSet,
    MeetingItem,
    Name,
    OrganizationItem,
    PersonItem,
    QuoteItem,
    RoleClaim,
    StatementItem,
    normalise_name,
    normalise_quote,
)

__all__ = [
    "CONFIDENCE_BANDS",
    "Band",
    "CurvePoint",
    "Evaluation",
    "Judged",
    "Mismatch",
    "Score",
    "calibration",
    "fit_precision_curve",
    "score",
]


def _quotes_match(predicted: str, gold: str) -> bool:
    a, b = normalise_quote(predicted), normalise_quote(gold)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return short in long and len(short) >= QUOTE_COVERAGE * len(long)


@dataclass(frozen=True)
class Score:
    """True positives, false positives and false negatives of one kind."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """``tp / (tp + fp)``; 1.0 when nothing was claimed and nothing missed."""
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        """``tp / (tp + fn)``; 1.0 when there was nothing to find and nothing claimed."""
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


@dataclass(frozen=True)
class Mismatch:
    """One false positive (``extra``) or false negative (``missed``) of a kind."""

    kind: str
    side: str
    item: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.side} {self.item}"


@dataclass(frozen=True)
class Judged:
    """One predicted fact with a confidence, and whether the gold confirms it.

    A role, meeting, statement, agreement or accusation is right when it matches a
    gold one; a quote when its text matches and so does its speaker.
    """

    kind: str
    confidence: float
    rule: str | None
    right: bool


#: Confidence bands of the calibration table: [low, high).
CONFIDENCE_BANDS: tuple[tuple[float, float], ...] = (
    (0.0, 0.5),
    (0.5, 0.6),
    (0.6, 0.7),
    (0.7, 0.8),
    (0.8, 0.9),
    (0.9, 1.01),
)


@dataclass(frozen=True)
class Band:
    """A row of the calibration table: facts whose confidence is in [low, high)."""

    low: float
    high: float
    facts: int
    right: int

    @property
    def precision(self) -> float:
        return self.right / self.facts if self.facts else 0.0


def calibration(judged: Sequence[Judged], *, at_least: float | None = None) -> list[Band]:
    """Precision per confidence band (or of every fact at ``at_least`` or more, one row)."""
    bands = ((at_least, 1.01),) if at_least is not None else CONFIDENCE_BANDS
    out = []
    for low, high in bands:
        inside = [j for j in judged if low <= j.confidence < high]
        out.append(Band(low, high, len(inside), sum(j.right for j in inside)))
    return out


@dataclass(frozen=True)
class CurvePoint:
    """A point of a precision curve: facts near ``confidence`` are right that often."""

    confidence: float
    precision: float
    facts: int


def fit_precision_curve(judged: Sequence[Judged], *, min_facts: int = 10) -> list[CurvePoint]:
    """How often facts are right as a non-decreasing function of their confidence.

    Isotonic regression by pooling adjacent violators: facts sorted by confidence,
    neighbouring groups merged while a lower confidence is right at least as often as a
    higher one, then groups of fewer than ``min_facts`` merged into their smaller
    neighbour (the higher one on a tie) so that no step rests on a handful of facts.
    Each step's precision is smoothed, ``(right + 1) / (facts + 2)``, as the rules' own
    records are (neighbours merged again where that would make the curve fall). Fitted on
    judged facts of texts no rule was tuned on, it maps a rule's record on familiar copy
    to how often such a fact is right on text from a new outlet (``extract/draft.py``).
    Written out rather than taken from scikit-learn or SciPy: the merging of small groups
    and the smoothing are not theirs, and neither is worth a dependency for one fit.
    """
    # Facts of one confidence are one group from the start, whatever their order (a group
    # found by comparing its running mean with the next confidence split them wherever
    # the float sum drifted: the fit depended on the order of the facts).
    tally: dict[float, list[int]] = {}
    for j in judged:
        counts = tally.setdefault(j.confidence, [0, 0])
        counts[0] += j.right
        counts[1] += 1
    groups: list[list[float]] = []  # [sum of confidences, right, facts]
    for confidence in sorted(tally):
        right, facts = tally[confidence]
        groups.append([confidence * facts, float(right), float(facts)])
        while len(groups) > 1 and groups[-2][1] / groups[-2][2] >= groups[-1][1] / groups[-1][2]:
            _merge(groups, len(groups) - 2)
    while len(groups) > 1:
        small = [i for i, g in enumerate(groups) if g[2] < min_facts]
        if not small:
            break
        i = small[0]
        if i == len(groups) - 1 or (i > 0 and groups[i - 1][2] < groups[i + 1][2]):
            i -= 1
        _merge(groups, i)
    # Smoothing pulls a small step towards 1/2 more than a large one: below 1/2 a small
    # step could come out above the larger one after it ("1 of 3" 0.4, "11 of 30" 0.375)
    i = 1
    while i < len(groups):
        if _smoothed(groups[i - 1]) > _smoothed(groups[i]):
            _merge(groups, i - 1)
            i = max(1, i - 1)
        else:
            i += 1
    return [
        CurvePoint(round(c / n, 3), round(_smoothed([c, right, n]), 3), int(n))
        for c, right, n in groups
    ]


def _smoothed(group: list[float]) -> float:
    """A group's precision smoothed as the rules' records are: ``(right + 1) / (facts + 2)``."""
    return (group[1] + 1) / (group[2] + 2)


def _merge(groups: list[list[float]], i: int) -> None:
    """Merge group ``i + 1`` into group ``i``."""
    nxt = groups.pop(i + 1)
    groups[i] = [a + b for a, b in zip(groups[i], nxt, strict=True)]


@dataclass(frozen=True)
class Evaluation:
    """Scores of one comparison (or a sum of several), with every mismatch."""

    scores: Mapping[str, Score]
    mismatches: tuple[Mismatch, ...] = ()
    #: Every predicted fact that carries a confidence (drafted ones): whether it is right.
    judged: tuple[Judged, ...] = ()

    @property
    def micro(self) -> Score:
        """tp, fp and fn summed over :data:`MAIN_KINDS`."""
        total = Score()
        for kind in MAIN_KINDS:
            total += self.scores.get(kind, Score())
        return total

    def __add__(self, other: Evaluation) -> Evaluation:
        return Evaluation(
            {k: self.scores.get(k, Score()) + other.scores.get(k, Score()) for k in KINDS},
            self.mismatches + other.mismatches,
            self.judged + other.judged,
        )


def _pair(
    preds: Sequence[Any],
    golds: Sequence[Any],
    ok: Callable[[Any, Any], bool],
    quality: Callable[[Any, Any], float] | None = None,
) -> dict[int, int]:
    """A maximum one-to-one pairing (predicted index → gold index) of items that ``ok``.

    Each predicted item tries its candidates best ``quality`` first, and the
    items whose best candidate is best go first; augmenting paths then make the
    pairing as large as it can be.
    """

    def q(p: int, g: int) -> float:
        return quality(preds[p], golds[g]) if quality else 0.0

    candidates = [
        sorted((g for g in range(len(golds)) if ok(preds[p], golds[g])), key=lambda g: -q(p, g))
        for p in range(len(preds))
    ]
    order = sorted(
        range(len(preds)), key=lambda p: -q(p, candidates[p][0]) if candidates[p] else 0.0
    )
    owner: dict[int, int] = {}  # gold → predicted
    chosen: dict[int, int] = {}  # predicted → gold
    for start in order:
        reached_from: dict[int, int] = {}
        queue = [start]
        free: int | None = None
        while queue and free is None:
            p = queue.pop(0)
            for g in candidates[p]:
                if g in reached_from:
                    continue
                reached_from[g] = p
                if g not in owner:
                    free = g
                    break
                queue.append(owner[g])
        g_next = free
        while g_next is not None:
            p = reached_from[g_next]
            previous = chosen.get(p)
            owner[g_next], chosen[p] = p, g_next
            g_next = previous
    return chosen


def _count_matched(preds: Sequence[Name], golds: Sequence[Name]) -> int:
    return len(_pair(preds, golds, Name.matches))


def _same_text(a: str, b: str) -> bool:
    return normalise_name(a) == normalise_name(b)


def _same_chain(a: Sequence[Name], b: Sequence[Name]) -> bool:
    return len(a) == len(b) and all(x.matches(y) for x, y in zip(a, b, strict=True))


def _meeting_ok(p: MeetingItem, g: MeetingItem) -> bool:
    inside = all(any(x.matches(y) for y in g.participants) for x in p.participants)
    return inside and _count_matched(p.participants, g.participants) >= 2


def _short(text: str, size: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def _names(names: Iterable[Name]) -> str:
    return " + ".join(n.name for n in names)


def _show(kind: str, item: Any) -> str:
    if isinstance(item, PersonItem | OrganizationItem):
        return item.name.name
    if isinstance(item, MeetingItem):
        where = f" in {item.place.name}" if item.place else ""
        when = f" on {item.date}" if item.date else ""
        return f"{_names(item.participants)}{where}{when}"
    if isinstance(item, QuoteItem):
        return f"{item.speaker.name}: “{_short(item.text)}”"
    if isinstance(item, StatementItem):
        return f"{item.kind} by {item.issuer.name}"
    if isinstance(item, AgreementItem):
        return f"{item.kind} between {_names(item.parties)}"
    if isinstance(item, AccusationItem):
        hedge = " (hedged)" if item.hedged else ""
        return f"{item.accuser.name} → {item.accused.name}{hedge}: {_short(item.about, 50)}"
    return str(item)  # pragma: no cover - every item type is listed above


def _show_value(value: Any) -> str:
    if isinstance(value, Name):
        return value.name
    if isinstance(value, tuple):
        return "[" + ", ".join(_show_value(v) for v in value) + "]"
    if isinstance(value, RoleClaim):
        return f"{value.role} of {value.organization.name}"
    return str(value).lower() if isinstance(value, bool) else str(value)


class _Scorer:
    def __init__(self) -> None:
        self.scores: dict[str, Score] = {}
        self.mismatches: list[Mismatch] = []
        self.judged: list[Judged] = []

    def judge(self, kind: str, preds: Sequence[Any], right: Callable[[int], bool]) -> None:
        self.judged += [
            Judged(kind, p.confidence, p.rule, right(i))
            for i, p in enumerate(preds)
            if p.confidence is not None
        ]

    def main(
        self,
        kind: str,
        preds: Sequence[Any],
        golds: Sequence[Any],
        ok: Callable[[Any, Any], bool],
        quality: Callable[[Any, Any], float] | None = None,
    ) -> dict[int, int]:
        pairs = _pair(preds, golds, ok, quality)
        matched_gold = set(pairs.values())
        self.scores[kind] = Score(len(pairs), len(preds) - len(pairs), len(golds) - len(pairs))
        self.mismatches += [
            Mismatch(kind, "extra", _show(kind, p)) for i, p in enumerate(preds) if i not in pairs
        ]
        self.mismatches += [
            Mismatch(kind, "missed", _show(kind, g))
            for i, g in enumerate(golds)
            if i not in matched_gold
        ]
        return pairs

    def attribute(
        self,
        kind: str,
        preds: Sequence[Any],
        golds: Sequence[Any],
        pairs: Mapping[int, int],
        value: Callable[[Any], Any],
        same: Callable[[Any, Any], bool],
    ) -> None:
        def present(v: Any) -> bool:
            return v is not None and v != ()

        hits = {
            p: g
            for p, g in pairs.items()
            if present(value(preds[p]))
            and present(value(golds[g]))
            and same(value(preds[p]), value(golds[g]))
        }
        hit_gold = set(hits.values())
        extra = [(i, p) for i, p in enumerate(preds) if present(value(p)) and i not in hits]
        missed = [(i, g) for i, g in enumerate(golds) if present(value(g)) and i not in hit_gold]
        self.scores[kind] = Score(len(hits), len(extra), len(missed))
        owner = ATTRIBUTE_KINDS[kind]
        self.mismatches += [
            Mismatch(kind, "extra", f"{_show_value(value(p))} ({_show(owner, p)})")
            for _, p in extra
        ]
        self.mismatches += [
            Mismatch(kind, "missed", f"{_show_value(value(g))} ({_show(owner, g)})")
            for _, g in missed
        ]

    def roles(
        self, preds: Sequence[PersonItem], golds: Sequence[PersonItem], pairs: Mapping[int, int]
    ) -> None:
        def same(a: RoleClaim, b: RoleClaim) -> bool:
            return _same_text(a.role, b.role) and a.organization.matches(b.organization)

        tp, extra, missed = 0, [], []
        hits_by_gold: dict[int, set[int]] = {}
        for p, g in pairs.items():
            hits = _pair(preds[p].roles, golds[g].roles, same)
            self.judge("roles", preds[p].roles, hits.__contains__)
            tp += len(hits)
            hits_by_gold[g] = set(hits.values())
            extra += [(preds[p], r) for i, r in enumerate(preds[p].roles) if i not in hits]
        unmatched_preds = set(range(len(preds))) - set(pairs)
        extra += [(preds[p], r) for p in sorted(unmatched_preds) for r in preds[p].roles]
        for p in sorted(unmatched_preds):
            self.judge("roles", preds[p].roles, lambda _: False)
        for g, person in enumerate(golds):
            got = hits_by_gold.get(g, set())
            missed += [(person, r) for i, r in enumerate(person.roles) if i not in got]
        self.scores["roles"] = Score(tp, len(extra), len(missed))
        self.mismatches += [
            Mismatch("roles", "extra", f"{_show_value(r)} ({person.name.name})")
            for person, r in extra
        ]
        self.mismatches += [
            Mismatch("roles", "missed", f"{_show_value(r)} ({person.name.name})")
            for person, r in missed
        ]


def score(predicted: FactSet, gold: FactSet) -> Evaluation:
    """Compare predicted facts with gold facts by the gold-format matching rules."""
    s = _Scorer()

    def by_name(p: PersonItem | OrganizationItem, g: PersonItem | OrganizationItem) -> bool:
        return p.name.matches(g.name)

    def exact_name(p: PersonItem | OrganizationItem, g: PersonItem | OrganizationItem) -> float:
        return float(normalise_name(p.name.name) == normalise_name(g.name.name))

    pp, gp = predicted.persons, gold.persons
    pairs = s.main("persons", pp, gp, by_name, exact_name)
    s.roles(pp, gp, pairs)
    s.main("organizations", predicted.organizations, gold.organizations, by_name, exact_name)

    pm, gm = predicted.meetings, gold.meetings

    def meeting_quality(p: MeetingItem, g: MeetingItem) -> float:
        place = p.place is not None and g.place is not None and p.place.matches(g.place)
        return _count_matched(p.participants, g.participants) + place + (p.date == g.date)

    pairs = s.main("meetings", pm, gm, _meeting_ok, meeting_quality)
    s.judge("meetings", pm, pairs.__contains__)
    s.attribute("meeting_dates", pm, gm, pairs, lambda m: m.date, str.__eq__)
    s.attribute("meeting_places", pm, gm, pairs, lambda m: m.place, Name.matches)

    pq, gq = predicted.quotes, gold.quotes

    def quote_quality(p: QuoteItem, g: QuoteItem) -> float:
        exact = normalise_quote(p.text) == normalise_quote(g.text)
        return 2 * exact + p.speaker.matches(g.speaker)

    pairs = s.main("quotes", pq, gq, lambda p, g: _quotes_match(p.text, g.text), quote_quality)
    s.judge("quotes", pq, lambda i: i in pairs and pq[i].speaker.matches(gq[pairs[i]].speaker))
    s.attribute("quote_speakers", pq, gq, pairs, lambda q: q.speaker, Name.matches)
    s.attribute("quote_chains", pq, gq, pairs, lambda q: q.reported_by, _same_chain)

    ps, gs = predicted.statements, gold.statements

    def statement_quality(p: StatementItem, g: StatementItem) -> float:
        return _same_text(p.kind, g.kind) + (p.date == g.date) + (p.evidence == g.evidence)

    pairs = s.main("statements", ps, gs, lambda p, g: p.issuer.matches(g.issuer), statement_quality)
    s.judge("statements", ps, pairs.__contains__)
    s.attribute("statement_kinds", ps, gs, pairs, lambda x: x.kind, _same_text)
    s.attribute("statement_dates", ps, gs, pairs, lambda x: x.date, str.__eq__)

    pa, ga = predicted.agreements, gold.agreements

    def agreement_quality(p: AgreementItem, g: AgreementItem) -> float:
        return (
            _count_matched(p.parties, g.parties)
            + _same_text(p.kind, g.kind)
            + (p.date == g.date)
            + (p.duration == g.duration)
        )

    pairs = s.main(
        "agreements",
        pa,
        ga,
        lambda p, g: _count_matched(p.parties, g.parties) >= 2,
        agreement_quality,
    )
    s.judge("agreements", pa, pairs.__contains__)
    s.attribute("agreement_kinds", pa, ga, pairs, lambda x: x.kind, _same_text)
    s.attribute("agreement_dates", pa, ga, pairs, lambda x: x.date, str.__eq__)
    s.attribute(
        "agreement_durations",
        pa,
        ga,
        pairs,
        lambda x: x.duration,
        lambda a, b: a.upper() == b.upper(),
    )

    pc, gc = predicted.accusations, gold.accusations

    def accusation_quality(p: AccusationItem, g: AccusationItem) -> float:
        return (p.hedged == g.hedged) + _same_text(p.about, g.about) + (p.evidence == g.evidence)

    pairs = s.main(
        "accusations",
        pc,
        gc,
        lambda p, g: p.accuser.matches(g.accuser) and p.accused.matches(g.accused),
        accusation_quality,
    )
    s.judge("accusations", pc, pairs.__contains__)
    s.attribute("accusation_hedges", pc, gc, pairs, lambda x: x.hedged, bool.__eq__)
    return Evaluation({k: s.scores[k] for k in KINDS}, tuple(s.mismatches), tuple(s.judged))
