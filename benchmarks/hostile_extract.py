"""Benchmark: the extractor on pathological texts an attacker could write.

Every kind of text below repeats one hostile unit (a short quote, "U.S. ", a run of
capitalised words, "of the", commas, dates, titles, parentheses, …) until the article
reaches a size, and is drafted at each size (in KB, 1,000 bytes; the article limit is
200,000 bytes). The extractor must stay linear: a text twice as long may take about twice
as long, never four times. Prints CPU seconds per kind and size, and the ratio of the
largest size to the smallest per unit of size (about 1 when linear).

Run from the project root:

    python benchmarks/hostile_extract.py                      # every kind, 25/50/100/195 KB
    python benchmarks/hostile_extract.py --sizes 25 50 --kinds us quotes-straight
    python benchmarks/hostile_extract.py --write /tmp/hostile  # also write the texts (195 KB)

Each draft runs in a child process, stopped after --timeout seconds (shown "> N s"); a
kind whose time at one size passes --budget seconds is not run at larger sizes. A crash
shows the exception's name (a RecursionError was one).
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import time
from collections.abc import Callable
from pathlib import Path

from diplokg.extract import MAX_ARTICLE_BYTES, extract_annotation

_STATES = (
    "France",
    "Germany",
    "Italy",
    "Spain",
    "Japan",
    "China",
    "India",
    "Brazil",
    "Canada",
    "Mexico",
    "Egypt",
    "Kenya",
    "Nigeria",
    "Peru",
    "Chile",
    "Norway",
)
_CAPS = ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India")


def _repeat(unit: str, size: int, *, head: str = "", tail: str = "") -> str:
    """``head`` + ``unit`` repeated + ``tail``, at most ``size`` bytes in UTF-8."""
    room = size - len((head + tail).encode("utf-8"))
    count = max(1, room // len(unit.encode("utf-8")))
    return head + unit * count + tail


def _cycle(units: list[str], size: int, *, head: str = "", tail: str = "") -> str:
    """``units`` in turn (cycled) until the text reaches ``size`` bytes."""
    parts = [head]
    used = len((head + tail).encode("utf-8"))
    i = 0
    while True:
        unit = units[i % len(units)]
        cost = len(unit.encode("utf-8"))
        if used + cost > size:
            break
        parts.append(unit)
        used += cost
        i += 1
    parts.append(tail)
    return "".join(parts)


def _numbered(template: str) -> Callable[[int], str]:
    """A text of ``template`` filled with a running number, so no two units are equal."""

    def make(size: int) -> str:
        return _cycle([template.format(n=n, c=_CAPS[n % len(_CAPS)]) for n in range(5000)], size)

    return make


_LEAD = "PARIS — The President of France met Chancellor Olaf Scholz on Monday.\n\n"

#: kind → function of a size in bytes → text of at most that size.
KINDS: dict[str, Callable[[int], str]] = {
    "quotes-straight": lambda n: _repeat('He said "Yes." ', n, head=_LEAD),
    "quotes-curly": lambda n: _repeat("He said “Yes.” ", n, head=_LEAD),
    "quotes-single": lambda n: _repeat("He said ‘Yes.’ ", n, head=_LEAD),
    "quotes-apos": lambda n: _repeat("He said 'Yes.' ", n, head=_LEAD),
    "quotes-guillemets": lambda n: _repeat("He said «Yes.» ", n, head=_LEAD),
    "quotes-low": lambda n: _repeat("He said „Yes.“ ", n, head=_LEAD),
    "quoted-words": lambda n: _repeat('"a" ', n, head=_LEAD),
    "quoted-words-curly": lambda n: _repeat("“a” ", n, head=_LEAD),
    "quoted-words-single": lambda n: _repeat("‘a’ ", n, head=_LEAD),
    "quoted-words-guillemets": lambda n: _repeat("«a» ", n, head=_LEAD),
    "quoted-sentences": lambda n: _repeat("“No.” ", n, head=_LEAD),
    "quotes-bare": lambda n: _repeat('"', n, head=_LEAD),
    "quotes-open": lambda n: _repeat("“a ", n, head=_LEAD),
    "us": lambda n: _repeat("U.S. ", n, head=_LEAD),
    "abbrev-mr": lambda n: _repeat("Mr. ", n, head=_LEAD),
    "abbrev-mixed": lambda n: _repeat("Gen. Dr. St. e.g. Jan. a.m. Sen. U.N. ", n, head=_LEAD),
    "caps-run": lambda n: _cycle([w + " " for w in _CAPS], n, head=_LEAD),
    "caps-sentences": _numbered("{c} Ministry of {c} Affairs {c} said. "),
    "of-the": lambda n: _repeat("of the ", n, head=_LEAD + "The Minister "),
    "commas": lambda n: _repeat(", ", n, head=_LEAD),
    "comma-words": lambda n: _repeat("Paris, ", n, head=_LEAD),
    "dates": lambda n: _repeat("on 12 March 2024, ", n, head=_LEAD),
    "dates-us": lambda n: _repeat("Monday, March 12, 2024, ", n, head=_LEAD),
    "titles": lambda n: _repeat("President ", n, head=_LEAD),
    "titles-named": _numbered("Foreign Minister {c} Smith{n} "),
    "one-sentence": lambda n: _cycle(
        [w + " " for w in ("the", "minister", "and", "talks", "with", "France", "on", "trade")],
        n,
        head=_LEAD,
    ),
    "one-paragraph": lambda n: _cycle(
        [
            "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday. ",
            "They discussed trade and security. ",
            "Macron said the talks were “very productive.” ",
        ],
        n,
        head=_LEAD,
    ),
    "tiny-paragraphs": lambda n: _repeat("Yes.\n\n", n, head=_LEAD),
    "newlines": lambda n: _repeat("\n", n, head=_LEAD, tail="End."),
    "parens": lambda n: _repeat("(a) ", n, head=_LEAD),
    "parens-open": lambda n: _repeat("(", n, head=_LEAD),
    "dashes": lambda n: _repeat("a — ", n, head=_LEAD),
    "hyphens": lambda n: _repeat("-", n, head=_LEAD),
    "apostrophes": lambda n: _repeat("O'Brien ", n, head=_LEAD),
    "possessives": lambda n: _repeat("France's ", n, head=_LEAD),
    "states-list": lambda n: _cycle(
        [s + ", " for s in _STATES], n, head=_LEAD, tail="and Japan met in Paris."
    ),
    "said": lambda n: _repeat("said ", n, head=_LEAD + "Macron "),
    "met": lambda n: _repeat("met ", n, head=_LEAD + "Macron "),
    "accused": lambda n: _repeat("accused ", n, head=_LEAD + "Macron "),
    "said-sentences": lambda n: _repeat("Macron said Putin said Biden said. ", n, head=_LEAD),
    "met-sentences": lambda n: _repeat("Macron met Scholz in Berlin. ", n, head=_LEAD),
    "accused-sentences": lambda n: _repeat("France accused Russia of lying. ", n, head=_LEAD),
    "signed": lambda n: _repeat("France and Germany signed an agreement. ", n, head=_LEAD),
    "spaces": lambda n: _repeat(" ", n, head=_LEAD, tail="End."),
    "word": lambda n: _repeat("a", n, head=_LEAD),
    "numbers": lambda n: _repeat("1,000 ", n, head=_LEAD),
}


def draft_seconds(text: str) -> float:
    """CPU seconds to draft ``text`` (one extraction, no registry)."""
    start = time.process_time()
    extract_annotation(text, article_id="hostile", published=dt.date(2024, 1, 1))
    return time.process_time() - start


def _child(kind: str, size: int, out: multiprocessing.SimpleQueue[float | str]) -> None:
    extract_annotation(_LEAD, article_id="warm-up", published=dt.date(2024, 1, 1))
    try:
        out.put(draft_seconds(KINDS[kind](size)))
    except Exception as exc:  # (a crash is a finding, shown in the table)
        out.put(type(exc).__name__)


def timed(kind: str, size: int, *, timeout: float) -> float | str | None:
    """CPU seconds to draft ``kind`` at ``size`` bytes in a child process; an exception's
    name if it crashed, None if it ran past ``timeout`` seconds (it is stopped)."""
    out: multiprocessing.SimpleQueue[float | str] = multiprocessing.SimpleQueue()
    child = multiprocessing.Process(target=_child, args=(kind, size, out))
    child.start()
    child.join(timeout)
    if child.is_alive():
        child.terminate()
        child.join()
        return None
    return out.get() if not out.empty() else "crashed"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25, 50, 100, 195])
    parser.add_argument("--kinds", nargs="+", choices=sorted(KINDS), default=list(KINDS))
    parser.add_argument("--budget", type=float, default=30.0, help="seconds before skipping")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before stopping")
    parser.add_argument("--write", type=Path, help="write each kind's largest text here")
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    if sizes[-1] * 1000 > MAX_ARTICLE_BYTES:
        parser.error(f"sizes are at most {MAX_ARTICLE_BYTES // 1000} KB")
    print(f"{'kind':<24}" + "".join(f"{s:>8} KB" for s in sizes) + "   ratio")
    for kind in args.kinds:
        make = KINDS[kind]
        if args.write:
            args.write.mkdir(parents=True, exist_ok=True)
            (args.write / f"{kind}.txt").write_text(make(sizes[-1] * 1000), encoding="utf-8")
        cells, seconds = [], []
        for size in sizes:
            if len(cells) > len(seconds) or (seconds and seconds[-1] > args.budget):
                cells.append(f"{'-':>11}")  # (after a crash, a timeout or the budget)
                continue
            got = timed(kind, size * 1000, timeout=args.timeout)
            if isinstance(got, float):
                seconds.append(got)
                cells.append(f"{got:>9.2f} s")
            else:
                cells.append(f"{f'> {args.timeout:g} s' if got is None else got[:11]:>11}")
        ratio = ""
        if len(seconds) > 1:  # (time per KB at the largest size run, over that at the smallest)
            last = len(seconds) - 1
            ratio = f"   {(seconds[last] / sizes[last]) / (seconds[0] / sizes[0]):5.1f}"
        print(f"{kind:<24}" + "".join(cells) + ratio, flush=True)


if __name__ == "__main__":
    main()
