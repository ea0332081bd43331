"""Generate a synthetic corpus shaped like the seed article, for benchmarks.

Each synthetic article is a short news text with its metadata and curated
annotation (the same three files as ``seeds/``), converted by diplokg's own
converter into one named graph. Facts are drawn from templates that mirror the
seed: position holdings, meetings on the sidelines of a conference, visits,
an absence, statements, quotations relayed by news agencies, agreements and
accusations. Entities come from one shared registry of about 460 people,
states, organisations and places and are picked with a Zipf distribution, so a
few (the big powers, their leaders) appear in many articles and most appear
in a few, as in real news.

Layout written under ``OUT`` (the same as ``diplokg build`` output, so
``diplokg load --build OUT`` and ``diplokg validate OUT/sources`` work on it)::

    OUT/sources/entities.yaml            the shared registry
    OUT/sources/NNNNNN_synthetic.txt     article text   (with sources=True)
    OUT/sources/NNNNNN_synthetic.meta.yaml, .ann.yaml
    OUT/articles/NNNNNN_synthetic.trig   one named graph per article
    OUT/dataset.nq                       every article graph, as N-Quads
    OUT/corpus.json                      n, seed, articles, triples

Python API::

    from benchmarks.corpus import generate_corpus
    paths = generate_corpus(1000, Path("/tmp/corpus-1k"), seed=0)  # -> article .trig files

Command line::

    python benchmarks/corpus.py 1000 /tmp/corpus-1k [--seed 0] [--workers 2]

The output is deterministic for a given ``n`` and ``seed``; a folder that
already holds a finished corpus of the same ``n`` and ``seed`` is reused as is.
About 250 triples per article (the seed has 2,292); 10,000 articles take a few
minutes on two cores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import yaml

from diplokg.model.annotation import (
    Annotation,
    Registry,
    load_annotation,
    load_metadata,
    load_registry,
)
from diplokg.rdf.convert import convert_article
from diplokg.rdf.terms import PREFIXES, graph_iri
from diplokg.store.embedded import to_ntriples

__all__ = ["CorpusInfo", "article_graphs", "generate_corpus", "main", "registry_entities"]

_FIRST = [
    "Amina",
    "Boris",
    "Carla",
    "Dmitri",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Ines",
    "Jonas",
    "Kofi",
    "Leila",
    "Marco",
    "Nadia",
    "Omar",
    "Petra",
    "Quentin",
    "Rosa",
    "Sami",
    "Tania",
    "Umar",
    "Vera",
    "Wei",
    "Xenia",
    "Yusuf",
    "Zora",
    "Anders",
    "Bianca",
    "Chen",
    "Dalia",
]
_LAST = [
    "Abara",
    "Berglund",
    "Castell",
    "Dufresne",
    "Eriksen",
    "Fontaine",
    "Gallo",
    "Haddad",
    "Ivanova",
    "Jensen",
    "Kovacs",
    "Lindqvist",
    "Moreau",
    "Novak",
    "Okafor",
    "Petrov",
    "Quiroga",
    "Rossi",
    "Sato",
    "Tanaka",
    "Ulrich",
    "Varga",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zamora",
    "Achebe",
    "Brandt",
    "Costa",
    "Dahl",
    "Esposito",
    "Fischer",
]
_STATES = [
    "Aldoria",
    "Borvania",
    "Caldera",
    "Dunmark",
    "Estrelia",
    "Faroval",
    "Galdonia",
    "Halvoria",
    "Istria",
    "Jorvala",
    "Kestrel",
    "Lumeria",
    "Marvonia",
    "Nordale",
    "Ostrava",
    "Pellucia",
    "Quorvia",
    "Rovania",
    "Sarnia",
    "Tolvania",
    "Ulmeria",
    "Valdris",
    "Westmark",
    "Xandria",
    "Yorvik",
    "Zentia",
    "Arcadia",
    "Belmora",
    "Corvalis",
    "Delmora",
    "Elvaria",
    "Fenwick",
    "Gorland",
    "Hesperia",
    "Ilyria",
    "Jadeport",
    "Korinth",
    "Lorvania",
    "Meridia",
    "Norvane",
]
_ROLES = (
    "Foreign Minister",
    "President",
    "Prime Minister",
    "Defence Minister",
    "Trade Minister",
    "Ambassador",
    "Finance Minister",
    "Special Envoy",
)
_TOPICS = (
    "cyber attacks on government networks",
    "violating the maritime border",
    "interfering in the elections",
    "restricting grain exports",
    "detaining foreign journalists",
    "militarising the disputed islands",
    "blocking the humanitarian corridor",
    "spreading disinformation",
)
_AGREEMENT_KINDS = (
    "trade agreement",
    "non-aggression pact",
    "fisheries accord",
    "energy partnership",
    "visa waiver agreement",
    "defence cooperation pact",
)
_QUOTES = (
    "We will not accept any interference in our internal affairs",
    "Dialogue is the only way forward for our two countries",
    "This is a turning point in our relations",
    "We expect concrete steps, not words",
    "Our partnership rests on mutual respect and shared interests",
    "The door to negotiations remains open",
    "Any escalation would be met with a firm response",
    "We are ready to work together on climate and trade",
    "Security in the region concerns all of us",
    "Nobody gains from a new arms race",
)
_SUMMARIES = (
    "calls for an immediate ceasefire and a return to talks",
    "welcomes the agreement and promises support for its implementation",
    "rejects the accusations as groundless",
    "announces new sanctions against officials involved",
    "urges all parties to respect international law",
)
_REASONS = ("ill", "busy with domestic affairs", "travelling abroad", "unavailable")
_MEDIA = ("AFP", "AP", "Reuters", "Xinhua", "DPA", "EFE", "ANSA", "Kyodo", "TASS", "Lusa")
_ORGS = (
    ("Coastal Nations Forum", "intergovernmental"),
    ("Northern Defence Alliance", "alliance"),
    ("Union of Southern States", "intergovernmental"),
    ("Council of the Archipelago", "intergovernmental"),
    ("Global Trade Council", "intergovernmental"),
    ("Helios Energy", "company"),
    ("Argent Systems", "company"),
    ("People's Unity Party", "party"),
    ("Civic Renewal Party", "party"),
    ("Maritime Security Agency", "government-body"),
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


@dataclass(frozen=True)
class CorpusInfo:
    """What :func:`generate_corpus` wrote (also saved as ``OUT/corpus.json``)."""

    n: int
    seed: int
    articles: int
    triples: int


def _slug(text: str) -> str:
    return "-".join(text.lower().replace("'", "").split())


def registry_entities() -> dict[str, dict[str, Any]]:
    """The synthetic entity registry: states with capitals, places, people, organisations."""
    entities: dict[str, dict[str, Any]] = {}
    for state in _STATES:
        key = _slug(state)
        capital = f"{key}-city"
        entities[key] = {
            "name": state,
            "type": "state",
            "capital": capital,
            "description": f"A synthetic state, capital {state} City.",
        }
        entities[capital] = {"name": f"{state} City", "type": "place", "country": key}
        entities[f"{key}-port"] = {"name": f"Port {state}", "type": "place", "country": key}
    for i, first in enumerate(_FIRST):
        for j, last in enumerate(_LAST):
            if (i * 7 + j * 3) % 3:  # about 320 people, not every combination
                continue
            key = _slug(f"{first} {last}")
            entities[key] = {
                "name": f"{first} {last}",
                "type": "diplomat" if (i + j) % 2 else "person",
                "aliases": [last],
                "description": f"A synthetic politician ({first} {last}).",
            }
    for name, kind in _ORGS:
        entities[_slug(name)] = {"name": name, "type": kind}
    for media in _MEDIA:
        entities[_slug(media)] = {"name": media, "type": "media", "aliases": [f"{media} agency"]}
    return entities


class _Zipf:
    """Draw keys with weight 1/rank^s: a few very common, a long tail of rare ones."""

    def __init__(self, keys: Sequence[str], rng: random.Random, s: float = 1.1) -> None:
        self.keys = list(keys)
        rng.shuffle(self.keys)
        self.weights = [1 / (rank**s) for rank in range(1, len(self.keys) + 1)]

    def draw(self, rng: random.Random, k: int) -> list[str]:
        chosen: list[str] = []
        while len(chosen) < k:
            (key,) = rng.choices(self.keys, weights=self.weights)
            if key not in chosen:
                chosen.append(key)
        return chosen


@dataclass
class _Article:
    article_id: str
    text: str
    meta: dict[str, Any]
    annotation: dict[str, Any]


@dataclass(frozen=True)
class _Pools:
    entities: dict[str, dict[str, Any]]
    people: _Zipf
    states: _Zipf
    orgs: _Zipf


def _pools(seed: int) -> _Pools:
    """The registry and its popularity ranking (the same for every article of a corpus)."""
    entities = registry_entities()
    by_type: dict[str, list[str]] = {}
    for key, e in entities.items():
        by_type.setdefault(e["type"], []).append(key)
    rng = random.Random(seed)  # noqa: S311 - benchmark data, not cryptography
    return _Pools(
        entities,
        _Zipf(by_type["person"] + by_type["diplomat"], rng),
        _Zipf(by_type["state"], rng),
        _Zipf([_slug(n) for n, _ in _ORGS], rng),
    )


def _article(index: int, seed: int, pools: _Pools) -> _Article:
    rng = random.Random(f"{seed}:{index}")  # noqa: S311
    entities, people, states, orgs = pools.entities, pools.people, pools.states, pools.orgs
    name = {k: e["name"] for k, e in entities.items()}

    published = dt.date(2023, 1, 2) + dt.timedelta(days=rng.randrange(700))
    p1, p2, p3 = people.draw(rng, 3)
    s1, s2, s3 = states.draw(rng, 3)
    org = orgs.draw(rng, 1)[0]
    relay = _slug(rng.choice(_MEDIA))
    role1, role2 = rng.sample(_ROLES, 2)
    city = f"{s2}-city" if rng.random() < 0.7 else f"{s2}-port"
    conference_city = f"{s3}-city"
    quote = rng.choice(_QUOTES)
    sentences: list[str] = []
    ann: dict[str, Any] = {
        "mentions": {},
        "positions": [],
        "events": [],
        "absences": [],
        "statements": [],
        "quotes": [],
        "agreements": [],
        "accusations": [],
    }
    mentioned: set[str] = set()

    def mention(*keys: str) -> None:
        mentioned.update(keys)

    # The conference, with a meeting on its sidelines and two positions.
    conference = f"{name[org]} conference in {name[conference_city]}"
    pos1 = f"{name[p1]}, the {role1} of {name[s1]}"
    pos2 = f"{name[s2]}'s {role2} {name[p2]}"
    meeting = f"{pos1}, met {pos2} on the sidelines of the {conference} on {rng.choice(_WEEKDAYS)}"
    sentences.append(meeting + ".")
    mention(p1, p2, s1, s2, org, conference_city)
    ann["positions"] += [
        {
            "id": "p1-role",
            "holder": p1,
            "role": role1,
            "organization": s1,
            "evidence": pos1,
        },
        {
            "id": "p2-role",
            "holder": p2,
            "role": role2,
            "organization": s2,
            "evidence": pos2,
        },
    ]
    ann["events"] += [
        {
            "id": "conference",
            "kind": "conference",
            "label": conference,
            "organizer": org,
            "place": conference_city,
            "status": "held",
            "evidence": conference,
        },
        {
            "id": "meeting",
            "kind": "meeting",
            "label": f"{name[p1]} meets {name[p2]}",
            "participants": [p1, p2],
            "occasion": "conference",
            "date": (published - dt.timedelta(days=1)).isoformat(),
            "status": "held",
            "evidence": meeting,
        },
    ]
    # A quotation relayed by a news agency.
    said = f"“{quote},” {name[p1]} said, quoted by {name[relay]}"
    sentences.append(said + ".")
    mention(relay)
    ann["quotes"].append(
        {"id": "quote", "speaker": p1, "text": quote, "reported_by": [relay], "evidence": said}
    )
    roll = rng.random()
    if roll < 0.5:  # a planned visit
        visit = f"{name[p3]} is expected to visit {name[city]} next month"
        sentences.append(visit + ".")
        mention(p3, city)
        ann["events"].append(
            {
                "id": "visit",
                "kind": "visit",
                "label": f"{name[p3]} visits {name[city]}",
                "visitor": p3,
                "host": s2,
                "place": city,
                "status": "planned",
                "evidence": visit,
            }
        )
    else:  # an absence from the conference
        reason = rng.choice(_REASONS)
        absent = f"{name[p3]} did not attend the conference because they were “{reason}”"
        sentences.append(absent + ".")
        mention(p3)
        ann["absences"].append(
            {
                "id": "absence",
                "absentee": p3,
                "event": "conference",
                "reason": reason,
                "reason_factuality": "hedged",
                "evidence": absent,
            }
        )
    if rng.random() < 0.6:  # an accusation, sometimes only alleged or denied
        topic = rng.choice(_TOPICS)
        factuality = rng.choices(("asserted", "hedged", "negated"), weights=(6, 2, 1))[0]
        verb = {
            "asserted": "accused",
            "hedged": "reportedly accused",
            "negated": "did not directly accuse",
        }[factuality]
        accusation = f"{name[s1]} {verb} {name[s3]} of {topic}"
        sentences.append(accusation + ".")
        mention(s3)
        ann["accusations"].append(
            {
                "id": "accusation",
                "kind": "accusation",
                "accuser": s1,
                "accused": s3,
                "about": topic,
                "factuality": factuality,
                "evidence": accusation,
            }
        )
    if rng.random() < 0.4:  # an agreement between the two states
        kind = rng.choice(_AGREEMENT_KINDS)
        years = rng.randint(2, 10)
        agreement = f"{name[s1]} and {name[s2]} agreed to sign a {kind} for {years} years"
        sentences.append(agreement + ".")
        ann["agreements"].append(
            {
                "id": "agreement",
                "parties": [s1, s2],
                "kind": kind,
                "status": "agreed",
                "duration": f"P{years}Y",
                "evidence": agreement,
            }
        )
    if rng.random() < 0.3:  # a statement by the organisation
        summary = rng.choice(_SUMMARIES)
        statement = f"In a statement, the {name[org]} {summary}"
        sentences.append(statement + ".")
        ann["statements"].append(
            {
                "id": "statement",
                "kind": "statement",
                "issuer": org,
                "issued_at": "conference",
                "summary": f"The {name[org]} {summary}.",
                "evidence": statement,
            }
        )
    text = " ".join(sentences) + "\n"
    # Mention each person by full name wherever it occurs (one span per occurrence).
    for key in sorted(mentioned):
        if entities[key]["type"] in ("person", "diplomat"):
            ann["mentions"][key] = [{"text": name[key], "occurrence": "all"}]
    meta = {
        "publisher": relay,
        "published": published.isoformat(),
        "language": "en",
        "title": f"{name[p1]} meets {name[p2]}",
    }
    ann = {k: v for k, v in ann.items() if v}
    return _Article(f"{index:06d}_synthetic", text, meta, ann)


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)


def _convert_range(
    out_dir: Path, start: int, stop: int, seed: int, sources: bool
) -> tuple[int, int]:
    """Write and convert articles ``start``..``stop``; returns (articles, triples)."""
    pools = _pools(seed)
    registry: Registry = load_registry(out_dir / "sources" / "entities.yaml")
    triples = 0
    prefixes = {**PREFIXES, "art": "https://w3id.org/diplokg/article/"}
    for index in range(start, stop):
        art = _article(index, seed, pools)
        src = out_dir / "sources" / art.article_id
        meta_text, ann_text = _dump(art.meta), _dump(art.annotation)
        if sources:
            Path(f"{src}.txt").write_text(art.text, encoding="utf-8")
            Path(f"{src}.meta.yaml").write_text(meta_text, encoding="utf-8")
            Path(f"{src}.ann.yaml").write_text(ann_text, encoding="utf-8")
        meta = load_metadata(Path(f"{src}.meta.yaml"), content=meta_text)
        annotation = _load_annotation(Path(f"{src}.ann.yaml"), ann_text)
        graph, _ = convert_article(
            article_id=art.article_id,
            text=art.text,
            metadata=meta,
            annotation=annotation,
            registry=registry,
        )
        name = ox.NamedNode(str(graph_iri(art.article_id)))
        quads = [
            ox.Quad(t.subject, t.predicate, t.object, name)
            for t in ox.parse(to_ntriples(graph), format=ox.RdfFormat.N_TRIPLES)
        ]
        triples += len(quads)
        trig = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes)
        assert trig is not None  # noqa: S101 - serialize returns bytes without an output
        (out_dir / "articles" / f"{art.article_id}.trig").write_bytes(trig)
        nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
        assert nquads is not None  # noqa: S101
        (out_dir / "articles" / f"{art.article_id}.nq.part").write_bytes(nquads)
    return stop - start, triples


def _load_annotation(path: Path, text: str) -> Annotation:
    """Load an annotation from ``path``, or from ``text`` when it was not written."""
    if path.is_file():
        return load_annotation(path)
    tmp = path.with_suffix(".tmp.yaml")
    tmp.write_text(text, encoding="utf-8")
    try:
        return load_annotation(tmp)
    finally:
        tmp.unlink()


def generate_corpus(
    n: int, out_dir: Path, *, seed: int = 0, sources: bool = True, workers: int | None = None
) -> list[Path]:
    """Write ``n`` synthetic articles under ``out_dir``; returns the article ``.trig`` paths.

    ``sources`` also writes each article's text and YAML files under
    ``OUT/sources/`` (the registry is always written). Reuses a finished corpus
    with the same ``n`` and ``seed``.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    info_path = out_dir / "corpus.json"
    articles_dir = out_dir / "articles"
    expected = [articles_dir / f"{i:06d}_synthetic.trig" for i in range(n)]
    if info_path.is_file():
        info = json.loads(info_path.read_text(encoding="utf-8"))
        if info.get("n") == n and info.get("seed") == seed and info.get("sources") == sources:
            return expected
    (out_dir / "sources").mkdir(exist_ok=True)
    articles_dir.mkdir(exist_ok=True)
    (out_dir / "sources" / "entities.yaml").write_text(
        "# Synthetic entity registry (benchmarks/corpus.py).\n"
        + _dump({"entities": registry_entities()}),
        encoding="utf-8",
    )
    workers = workers or os.cpu_count() or 1
    step = max(1, -(-n // (workers * 4)))
    ranges = [(start, min(n, start + step)) for start in range(0, n, step)]
    triples = 0
    if workers == 1:
        for start, stop in ranges:
            triples += _convert_range(out_dir, start, stop, seed, sources)[1]
    else:
        with ProcessPoolExecutor(workers) as pool:
            futures = [
                pool.submit(_convert_range, out_dir, start, stop, seed, sources)
                for start, stop in ranges
            ]
            triples = sum(f.result()[1] for f in futures)
    with (out_dir / "dataset.nq").open("wb") as merged:
        for path in expected:
            part = path.with_suffix(".nq.part")
            merged.write(part.read_bytes())
            part.unlink()
    info = {"n": n, "seed": seed, "sources": sources, "articles": n, "triples": triples}
    info_path.write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return expected


def article_graphs(corpus: Path) -> Iterator[tuple[str, list[ox.Triple]]]:
    """(graph IRI, triples) of each article of a corpus, parsed one file at a time."""
    for path in sorted((corpus / "articles").glob("*.trig")):
        parsed = list(ox.parse(path=str(path), format=ox.RdfFormat.TRIG))
        yield parsed[0].graph_name.value, [q.triple for q in parsed]


def main(argv: Sequence[str] | None = None) -> None:
    """``python benchmarks/corpus.py N OUT``: write a corpus of N articles to OUT."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="output folder")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--no-sources", action="store_true", help="write only the graphs")
    args = parser.parse_args(argv)
    paths = generate_corpus(
        args.n, args.out, seed=args.seed, sources=not args.no_sources, workers=args.workers
    )
    info = json.loads((args.out / "corpus.json").read_text(encoding="utf-8"))
    print(f"{len(paths)} articles, {info['triples']} triples in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
