"""The lexicon: names the extractor knows before reading the article.

Built once per registry from :mod:`diplokg.gazetteer` (states, capitals, demonyms,
organisations) and the entity registry: every name's token forms, the first tokens
names start with, demonyms and the publisher's key."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import cache

from diplokg.extract.patterns import _MEDIA, _PERSON_TYPES
from diplokg.extract.text import _fold, tokens
from diplokg.gazetteer import GazLeader, gazetteer, leaders, places, states
from diplokg.model.annotation import (
    Registry,
)
from diplokg.rdf.terms import slugify


@dataclass(frozen=True)
class _Cand:
    """One thing a known name may stand for."""

    key: str
    name: str
    type: str
    local: bool
    capital_of: str | None = None  # a capital used for its state (metonym)


def _gaps(text: str, spans: list[tuple[int, int]]) -> tuple[str, ...]:
    """What stands between each two consecutive spans of ``text``, spaces stripped."""
    return tuple(text[a[1] : b[0]].strip() for a, b in itertools.pairwise(spans))


@dataclass
class _Lexicon:
    forms: dict[tuple[str, ...], list[_Cand]]
    first: dict[str, tuple[int, ...]]  # first token → lengths of names starting with it
    maxlen: int
    demonyms: dict[str, str]  # demonym → state key
    persons: list[tuple[_Cand, list[str]]]  # registry persons and their names' words
    entity_defs: dict[str, _Cand]  # key → candidate (registry and built-in)
    countries: dict[str, str]  # place key → state key (registry)
    # a well-known office holder's name or surname (folded, case-folded) → the key of the
    # one state or organisation they serve, and the holder (with their years in office)
    leader_orgs: dict[str, tuple[str, GazLeader]] = field(default_factory=dict)
    # the same holders by their family name (folded, case-folded): "Prime Minister Johnson"
    leaders_by_family: dict[str, list[tuple[str, GazLeader]]] = field(default_factory=dict)
    # a name written with a comma or an ampersand between its words ("Foreign, Commonwealth
    # & Development Office") → those marks, one per gap ("" where only space): the text must
    # write them so for the name to be read across them
    punctuated: dict[tuple[str, ...], set[tuple[str, ...]]] = field(default_factory=dict)


@cache
def _builtin() -> tuple[
    tuple[tuple[str, str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...], ...
]:
    """Built-in entries as (name, type, key, aliases, demonyms, capitals)."""
    rows = []
    dem = {s.name: (s.demonyms, s.capitals) for s in states()}
    for g in gazetteer():
        demonyms, capitals = dem.get(g.name, ((), ())) if g.type == "state" else ((), ())
        rows.append((g.name, g.type, slugify(g.name), g.aliases, demonyms, capitals))
    return (tuple(rows),)


_LEXICON_CACHE: dict[int, tuple[Registry | None, _Lexicon]] = {}


_PUBLISHER_CACHE: dict[tuple[int, str], tuple[Registry, str | None]] = {}


def _registry_publisher(registry: Registry, pub: str) -> str | None:
    """The registry's news organisation called ``pub`` (key, name or alias), if just one.

    Asked once per registry and publisher (``Registry.lookup`` reads every entity).
    """
    cached = _PUBLISHER_CACHE.get((id(registry), pub))
    if cached is not None and cached[0] is registry:
        return cached[1]
    hits = [e for e in registry.lookup(pub) if e.type == _MEDIA]
    if pub in registry.entities:
        hits = [registry.entities[pub]]
    key = hits[0].key if len(hits) == 1 else None
    if len(_PUBLISHER_CACHE) > 64:
        _PUBLISHER_CACHE.clear()
    _PUBLISHER_CACHE[(id(registry), pub)] = (registry, key)
    return key


def _lexicon(registry: Registry | None) -> _Lexicon:
    cached = _LEXICON_CACHE.get(id(registry))
    if cached is not None and cached[0] is registry:
        return cached[1]
    lex = _build_lexicon(registry)
    if len(_LEXICON_CACHE) > 8:
        _LEXICON_CACHE.clear()
    _LEXICON_CACHE[id(registry)] = (registry, lex)
    return lex


def _build_lexicon(registry: Registry | None) -> _Lexicon:
    forms: dict[tuple[str, ...], list[_Cand]] = {}
    entity_defs: dict[str, _Cand] = {}
    countries: dict[str, str] = {}
    reg_by_name: dict[str, str] = {}
    persons: list[tuple[_Cand, list[str]]] = []
    punctuated: dict[tuple[str, ...], set[tuple[str, ...]]] = {}

    def add(surface: str, cand: _Cand) -> None:
        toks = list(tokens(surface))
        key = tuple(t for _, _, t in toks)
        if not key:
            return
        marks = _gaps(surface, [(s, e) for s, e, _ in toks])
        if any(marks):
            punctuated.setdefault(key, set()).add(marks)
        bucket = forms.setdefault(key, [])
        if all(c.key != cand.key or c.capital_of != cand.capital_of for c in bucket):
            bucket.append(cand)

    if registry is not None:
        for e in sorted(registry.entities.values(), key=lambda e: e.key):
            cand = _Cand(e.key, e.name, e.type, False)
            entity_defs[e.key] = cand
            for surface in (e.name, *e.aliases):
                reg_by_name.setdefault(_fold(surface).casefold(), e.key)
            if e.type in _PERSON_TYPES:
                persons.append((cand, e.name.split()))
            if e.country is not None:
                countries[e.key] = e.country.key

    demonyms: dict[str, str] = {}
    state_keys: dict[str, str] = {}  # a built-in state's or organisation's name → its key
    (rows,) = _builtin()
    for name, etype, slug, aliases, dems, capitals in rows:
        key = next(
            (
                reg_by_name[_fold(s).casefold()]
                for s in (name, *aliases)
                if _fold(s).casefold() in reg_by_name
            ),
            None,
        )
        if key is not None and registry is not None:
            reg = registry.entities[key]
            cand = _Cand(key, reg.name, reg.type, False)
        else:
            cand = _Cand(slug, name, etype, True)
        entity_defs.setdefault(cand.key, cand)
        state_keys[name] = cand.key  # (a state's or an organisation's)
        for surface in (name, *aliases):
            add(surface, cand)
        for d in dems:
            demonyms.setdefault(_fold(d), cand.key)
        for cap in capitals:
            add(cap, _Cand(cand.key, cand.name, cand.type, cand.local, capital_of=cand.key))
            place_key = reg_by_name.get(_fold(cap).casefold())
            if place_key is None or (
                registry is not None and registry.entities[place_key].type != "place"
            ):
                place = _Cand(slugify(cap), cap, "place", True)
                countries.setdefault(place.key, cand.key)
                add(cap, place)
                entity_defs.setdefault(place.key, place)
    for gp in places():  # territories and regions: places, never actors or people
        key = next(
            (
                reg_by_name[_fold(s).casefold()]
                for s in (gp.name, *gp.aliases)
                if _fold(s).casefold() in reg_by_name
            ),
            None,
        )
        if key is not None and registry is not None:
            continue  # the registry's entry (added below) wins
        place = _Cand(slugify(gp.name), gp.name, "place", True)
        entity_defs.setdefault(place.key, place)
        if gp.country is not None and gp.country in state_keys:
            countries.setdefault(place.key, state_keys[gp.country])
        for surface in (gp.name, *gp.aliases):
            add(surface, place)
    demonyms.setdefault("European", entity_defs.get("european-union", _Cand("", "", "", True)).key)
    eu = entity_defs.get("european-union")
    if eu is not None:  # "Brussels" stands for the European Union, not for Belgium
        forms[("Brussels",)] = [c for c in forms.get(("Brussels",), []) if not c.capital_of] + [
            _Cand(eu.key, eu.name, eu.type, eu.local, capital_of=eu.key)
        ]
        countries["brussels"] = eu.key  # a visit to Brussels is a visit to the EU
    if registry is not None:
        for e in sorted(registry.entities.values(), key=lambda e: e.key):
            cand = entity_defs[e.key]
            for surface in (e.name, *e.aliases):
                add(surface, cand)
            if e.type == "state" and e.capital is not None:
                cap_ent = registry.entities.get(e.capital.key)
                if cap_ent is not None:
                    add(cap_ent.name, _Cand(e.key, e.name, e.type, False, capital_of=e.key))
    lengths: dict[str, set[int]] = {}
    for k in forms:
        lengths.setdefault(k[0], set()).add(len(k))
    first = {t: tuple(sorted(ls, reverse=True)) for t, ls in lengths.items()}
    maxlen = max((len(k) for k in forms), default=1)
    demonyms = {k: v for k, v in demonyms.items() if v}
    leader_orgs = {
        _fold(n).casefold(): (state_keys[ld.organization], ld)
        for ld in leaders()
        if ld.organization in state_keys
        for n in (ld.name, *ld.aliases)
    }
    leaders_by_family: dict[str, list[tuple[str, GazLeader]]] = {}
    for org_leader in leader_orgs.values():
        family = _fold(org_leader[1].family_name).casefold()
        leaders_by_family.setdefault(family, []).append(org_leader)
    return _Lexicon(
        forms,
        first,
        maxlen,
        demonyms,
        persons,
        entity_defs,
        countries,
        leader_orgs,
        leaders_by_family,
        punctuated,
    )
