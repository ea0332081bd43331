"""Benchmark: spaCy's rule engine against diplokg's hand-written matching (issue 12).

spaCy is NOT a dependency of diplokg; this script runs only where it is installed
(outside the project's venv), and only ``spacy.blank("en")``: no model download.

Over the development texts (tests/data/dev, styled and real) it measures, with several
repeats in one window (medians; the load average printed beside them):

(a) start-up: ``import spacy`` + ``spacy.blank("en")`` in a fresh interpreter, beside
    ``import diplokg.extract``;
(b) tokenisation: ``nlp.make_doc`` per article;
(c) one rule family both ways: the meeting triggers ("met with", "held talks with",
    "hosted", "was received … by", …) as a spaCy ``PhraseMatcher`` + ``Matcher`` against
    diplokg's own compiled ``_MEET`` regex, per article, and whether they find the same
    spans (agreements, disagreements, three examples);
(d) the whole diplokg extractor (``extract_annotation``) per article, for scale;
(e) the installed size of spaCy and the packages it pulls in (from their RECORD files).

Run from the project root, with an interpreter that has spaCy and diplokg:

    python3 -m venv /tmp/spvenv && /tmp/spvenv/bin/pip install spacy
    /tmp/spvenv/bin/pip install -e .
    /tmp/spvenv/bin/python benchmarks/spacy_rules.py --repeats 5
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import importlib.util
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("dev", "styled", "real")
BARE_VENV = {"pip", "setuptools"}  # what every fresh venv holds already

# The meeting-trigger family of diplokg.extract._MEET, written as spaCy patterns. Plain
# phrases go to a PhraseMatcher (ORTH: case-sensitive, as _MEET is); the rest to a Matcher.
_PLAIN = [
    "met",
    "meets",
    "meet",
    "meeting",
    "Meeting",
    "talks",
    "received",
    "receives",
    "hosted",
    "hosts",
    "host",
    "welcomed",
    "greeted",
    "summoned",
    "summons",
    "signed",
    "finalised",
    "finalized",
    "initialled",
    "inked",
    "convened",
    "convenes",
    "discussed",
    "reviewed",
]
_PLAIN_MULTI = (
    "held talks",
    "holds talks",
    "hold talks",
    "holding talks",
    "sat down",
    "sit down",
    "sits down",
    "sitting down",
    "called on",
    "calls on",
    "consulted with",
    "consults with",
    "consulting with",
    "exchanged views",
)
_WITH = ("", " with", " up with")  # _MEET's optional "(?:\s+(?:with|up\s+with))?"
_HOLD = {"ORTH": {"IN": ["held", "holds", "hold", "holding"]}}
_OPT_WITH = [{"ORTH": "up", "OP": "?"}, {"ORTH": "with", "OP": "?"}]


def _opt(*words: str) -> dict[str, Any]:
    return {"ORTH": {"IN": list(words)}, "OP": "?"}


_MATCHER_PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    "HOLD_CONSULT": [
        [
            _HOLD,
            _opt("separate", "bilateral", "further", "direct"),
            {"ORTH": {"IN": ["consultations", "discussions"]}},
            *_OPT_WITH,
        ]
    ],
    "HOLD_MEETING": [
        [
            _HOLD,
            _opt("a", "an"),
            _opt("bilateral", "first", "separate", "joint"),
            {"ORTH": {"IN": ["meeting", "summit"]}},
            *_OPT_WITH,
        ]
    ],
    "PAY_CALL": [
        [
            {"ORTH": {"IN": ["paid", "pays"]}},
            _opt("a", "an"),
            _opt("courtesy", "official", "farewell", "brief"),
            {"ORTH": "call"},
            {"ORTH": "on"},
            *_OPT_WITH,
        ]
    ],
    # "(?:was|were)\s+(?:also\s+|…)?(?:received|…)\s+(?:in\s+audience\s+)?(?:[^.;“”]{0,60}?\s)?by"
    "PASSIVE": [
        [
            {"ORTH": {"IN": ["was", "were"]}},
            _opt("also", "later", "then"),
            {"ORTH": {"IN": ["received", "hosted", "welcomed", "greeted"]}},
            {"TEXT": {"REGEX": r"^[^.;“”]+$"}, "OP": "{0,14}"},
            {"ORTH": "by"},
        ]
    ],
    # lookahead "(?=\s+between\s)": matched, then the last token is cut off
    "SUMMIT_BETWEEN": [[{"ORTH": {"IN": ["summit", "handshake"]}}, {"ORTH": "between"}]],
    # lookbehind "(?<=[’'s]\s)talk|(?<=[Hh]er\s)talk": matched, then the first token cut off
    "TALK_AFTER": [[{"TEXT": {"REGEX": r"(?:[’'s]|[Hh]er)$"}}, {"ORTH": "talk"}, *_OPT_WITH]],
}


def corpus() -> list[tuple[Path, str]]:
    """(path, text) of every development text."""
    return [
        (p, p.read_text(encoding="utf-8"))
        for folder in FOLDERS
        for p in sorted((ROOT / "tests" / "data" / folder).glob("*.txt"))
    ]


def fresh(code: str, repeats: int) -> float:
    """Median seconds a fresh interpreter takes to run ``code`` (which prints its time)."""
    runs = []
    for _ in range(repeats):
        out = subprocess.run(  # noqa: S603 - our own interpreter, our own code
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        )
        runs.append(float(out.stdout.strip()))
    return statistics.median(runs)


def per_article(fn: Callable[[int], object], n: int, repeats: int) -> tuple[float, float]:
    """(median over repeats of the mean ms per article, articles/s) of ``fn(i)`` for i < n."""
    means = []
    for _ in range(repeats):
        start = time.perf_counter()
        for i in range(n):
            fn(i)
        means.append((time.perf_counter() - start) / n)
    med = statistics.median(means)
    return med * 1000, 1 / med


def closure(name: str) -> set[str]:
    """The distribution ``name`` and every one it requires (markers for this interpreter)."""
    from packaging.requirements import Requirement

    seen: set[str] = set()
    todo = [name]
    while todo:
        dist_name = md.distribution(todo.pop()).metadata["Name"].lower().replace("_", "-")
        if dist_name in seen:
            continue
        seen.add(dist_name)
        for req_text in md.requires(dist_name) or []:
            req = Requirement(req_text)
            if req.marker is not None and not req.marker.evaluate({"extra": ""}):
                continue
            try:
                md.distribution(req.name)
            except md.PackageNotFoundError:
                continue
            todo.append(req.name)
    return seen


def dist_bytes(name: str) -> int:
    """Bytes on disk of the files a distribution installed."""
    dist = md.distribution(name)
    total = 0
    for f in dist.files or []:
        path = Path(str(dist.locate_file(f)))
        if path.is_file():
            total += path.stat().st_size
    return total


def spans_regex(pattern: re.Pattern[str], text: str) -> set[tuple[int, int]]:
    return {m.span("trig") for m in pattern.finditer(text)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="repeats of each timing")
    args = parser.parse_args()
    if importlib.util.find_spec("spacy") is None:
        print("spacy_rules: spaCy is not installed here; skipped (see its docstring)")
        return
    import spacy  # type: ignore[import-not-found,unused-ignore]
    from spacy.matcher import Matcher, PhraseMatcher  # type: ignore[import-not-found,unused-ignore]
    from spacy.util import filter_spans  # type: ignore[import-not-found,unused-ignore]

    from diplokg.extract import extract_annotation
    from diplokg.extract.meetings import _MEET
    from diplokg.model.annotation import load_metadata, load_registry

    repeats = args.repeats
    load_before = os.getloadavg()
    texts = corpus()
    n = len(texts)
    chars = sum(len(t) for _, t in texts)
    print(f"spaCy {spacy.__version__}, Python {sys.version.split()[0]}, {n} texts, ")
    print(f"{chars / n:,.0f} chars avg; repeats {repeats}; load average {load_before}")

    # (a) start-up, each in a fresh interpreter
    t_import = fresh(
        "import time; t=time.perf_counter(); import spacy; print(time.perf_counter()-t)", repeats
    )
    t_blank = fresh(
        "import time; t=time.perf_counter(); import spacy; spacy.blank('en');"
        "print(time.perf_counter()-t)",
        repeats,
    )
    t_diplokg = fresh(
        "import time; t=time.perf_counter(); import diplokg.extract;print(time.perf_counter()-t)",
        repeats,
    )
    print("\n(a) start-up in a fresh interpreter (median s)")
    print(f"  import spacy                      {t_import:.3f}")
    print(f"  import spacy + spacy.blank('en')  {t_blank:.3f}")
    print(f"  import diplokg.extract            {t_diplokg:.3f}")

    # (b) tokenisation
    nlp = spacy.blank("en")
    ms_tok, aps_tok = per_article(lambda i: nlp.make_doc(texts[i][1]), n, repeats)
    print("\n(b) tokenisation, nlp.make_doc (median of mean per article)")
    print(f"  {ms_tok:.3f} ms/article  ({aps_tok:,.0f} articles/s)")

    # (c) the meeting-trigger family both ways
    t0 = time.perf_counter()
    phrases = PhraseMatcher(nlp.vocab, attr="ORTH")
    phrases.add("MEET", [nlp.make_doc(p + w) for p in (*_PLAIN, *_PLAIN_MULTI) for w in _WITH])
    matcher = Matcher(nlp.vocab)
    for key, pats in _MATCHER_PATTERNS.items():
        matcher.add(key, pats)
    t_build = time.perf_counter() - t0
    passive = nlp.vocab.strings["PASSIVE"]
    summit = nlp.vocab.strings["SUMMIT_BETWEEN"]
    talk = nlp.vocab.strings["TALK_AFTER"]

    def spacy_spans(doc: Any) -> set[tuple[int, int]]:
        found = list(phrases(doc, as_spans=True))
        for key, start, end in matcher(doc):
            span = doc[start:end]
            if key == passive:  # "[^.;“”]{0,60}?\s" between the verb and "by"
                verb = next(
                    t for t in span if t.orth_ in ("received", "hosted", "welcomed", "greeted")
                )
                gap = doc.text[verb.idx + len(verb) : span[-1].idx].strip()
                if len(gap) > 60:
                    continue
            elif key == summit:
                span = doc[start : end - 1]
            elif key == talk:
                span = doc[start + 1 : end]
            found.append(span)
        return {(s.start_char, s.end_char) for s in filter_spans(found)}

    docs = [nlp.make_doc(t) for _, t in texts]
    ms_rx, aps_rx = per_article(lambda i: spans_regex(_MEET, texts[i][1]), n, repeats)
    ms_sp, aps_sp = per_article(lambda i: spacy_spans(docs[i]), n, repeats)
    ms_both, aps_both = per_article(lambda i: spacy_spans(nlp.make_doc(texts[i][1])), n, repeats)
    ms_ph, aps_ph = per_article(lambda i: phrases(docs[i]), n, repeats)
    ms_mt, aps_mt = per_article(lambda i: matcher(docs[i]), n, repeats)
    plain_tokens = Matcher(nlp.vocab)  # the Matcher without its two REGEX-token patterns
    for key, pats in _MATCHER_PATTERNS.items():
        if key not in ("PASSIVE", "TALK_AFTER"):
            plain_tokens.add(key, pats)
    ms_pt, aps_pt = per_article(lambda i: plain_tokens(docs[i]), n, repeats)
    same = rx_only = sp_only = 0
    diffs: list[tuple[str, str, str]] = []
    for (path, text), doc in zip(texts, docs, strict=True):
        a, b = spans_regex(_MEET, text), spacy_spans(doc)
        same += len(a & b)
        rx_only += len(a - b)
        sp_only += len(b - a)
        for who, spans in (("regex only", a - b), ("spaCy only", b - a)):
            for s, e in sorted(spans):
                context = " ".join(text[max(0, s - 40) : e + 25].split())
                diffs.append(
                    (who, f"{path.parent.name}/{path.name}", f"{text[s:e]!r} in …{context}…")
                )
    print("\n(c) meeting triggers: diplokg's _MEET regex against PhraseMatcher + Matcher")
    print(f"  building the matchers               {t_build * 1000:.1f} ms (once)")
    print(f"  _MEET.finditer                      {ms_rx:.3f} ms/article ({aps_rx:,.0f}/s)")
    print(f"  matchers on a ready Doc             {ms_sp:.3f} ms/article ({aps_sp:,.0f}/s)")
    print(f"    of which PhraseMatcher alone      {ms_ph:.3f} ms/article ({aps_ph:,.0f}/s)")
    print(f"    of which Matcher alone            {ms_mt:.3f} ms/article ({aps_mt:,.0f}/s)")
    print(f"    Matcher without REGEX tokens      {ms_pt:.3f} ms/article ({aps_pt:,.0f}/s)")
    print(f"  make_doc + matchers                 {ms_both:.3f} ms/article ({aps_both:,.0f}/s)")
    print(f"  spans: same {same}, regex only {rx_only}, spaCy only {sp_only}")
    shown = [d for d in diffs if d[0] == "regex only"][:2] + [
        d for d in diffs if d[0] == "spaCy only"
    ][:1]
    for who, where, what in shown or diffs[:3]:
        print(f"    {who}: {where}: {what}")

    # (d) the whole extractor, for scale
    registry = load_registry(ROOT / "seeds" / "entities.yaml")
    metas = [load_metadata(p.with_name(p.stem + ".meta.yaml")) for p, _ in texts]

    def draft(i: int) -> object:
        meta = metas[i]
        return extract_annotation(
            texts[i][1],
            article_id=f"bench-{i:03d}",
            published=meta.published,
            publisher=meta.publisher,
            registry=registry,
        )

    draft(0)  # warm-up (lexicon, caches)
    ms_ex, aps_ex = per_article(draft, n, repeats)
    print("\n(d) the whole diplokg extractor, extract_annotation")
    print(f"  {ms_ex:.3f} ms/article  ({aps_ex:,.1f} articles/s)")
    print(f"  tokenisation alone would be {ms_tok / ms_ex:.0%} of it")

    # (e) install weight
    dists = closure("spacy") - BARE_VENV
    diplokg_dists = closure("diplokg")
    sizes = {d: dist_bytes(d) for d in dists}
    total = sum(sizes.values())
    extra = sum(v for d, v in sizes.items() if d not in diplokg_dists)
    print("\n(e) installed size of spaCy and what it requires (RECORD files)")
    print(f"  {len(dists)} distributions, {total / 2**20:.1f} MiB;")
    print(f"  not already required by diplokg: {extra / 2**20:.1f} MiB")
    for d, v in sorted(sizes.items(), key=lambda kv: -kv[1])[:6]:
        print(f"    {d:<22} {v / 2**20:6.1f} MiB")
    print(f"\nload average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
