"""The extractor's lexicon files (``diplokg/data/lexicon/*.tsv``) are well formed.

Data-driven over the packaged files: each is a known table with its header, one
entry a line, sorted as :mod:`diplokg.gazetteer` promises, and reads into the
objects the extractor used when the tables were Python strings (checked here by
re-reading the files with a plain split and by invariants; that the drafts did
not change is checked by the pinned drafts of tests/extract/test_extract.py).
Each rule a file can break gives a one-line error naming the file and line.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from diplokg import gazetteer as gz
from diplokg.errors import InputError
from diplokg.model.annotation import ENTITY_TYPES
from diplokg.resources import resource_dir, resource_files

LEXICON = Path(str(resource_dir("lexicon")))
#: Another module's word lists share the folder under this prefix.
FOREIGN_PREFIX = "words-"
#: Today's sizes (2026-12-06, when the tables left gazetteer.py): entries may be
#: added, never lost.
AT_LEAST = {
    "states": 192,
    "organisations": 116,
    "body-states": 9,
    "org-heads": 73,
    "leader-family-names": 20,
}
AT_LEAST_PLACE_HEADS = 37


def _rows(table: str) -> list[list[str]]:
    """A table's rows after its header, split by hand (independent of the loader)."""
    text = (LEXICON / f"{table}.tsv").read_text(encoding="utf-8")
    assert text.endswith("\n") and "\r" not in text, table
    header, *rows = (line.split("\t") for line in text[:-1].split("\n"))
    assert tuple(header) == gz.LEXICON_TABLES[table], table
    return rows


def _values(cell: str) -> tuple[str, ...]:
    return () if cell == "-" else tuple(cell.split(";"))


def test_every_lexicon_file_is_a_known_table() -> None:
    names = {f.name for f in resource_files("lexicon") if not f.name.startswith(FOREIGN_PREFIX)}
    assert names == {f"{table}.tsv" for table in gz.LEXICON_TABLES}


@pytest.mark.parametrize("table", list(gz.LEXICON_TABLES))
def test_lexicon_table_is_clean_and_sorted(table: str) -> None:
    columns = gz.LEXICON_TABLES[table]
    rows = _rows(table)
    assert len(rows) >= AT_LEAST.get(table, AT_LEAST_PLACE_HEADS)
    for n, row in enumerate(rows, start=2):
        where = f"{table}.tsv:{n}"
        assert len(row) == len(columns), where
        for cell in row:
            assert cell, where
            for value in _values(cell):
                assert value and value == value.strip() and "  " not in value, where
    keys = [row[0].casefold() for row in rows]
    assert keys == sorted(keys) and len(set(keys)) == len(keys), table


def test_loaded_states_and_organisations_are_the_file_rows() -> None:
    states = [gz.State(r[0], *map(_values, r[1:])) for r in _rows("states")]
    orgs = [
        gz.GazEntry(name=r[0], aliases=_values(r[2]), type=r[1]) for r in _rows("organisations")
    ]
    assert list(gz.states()) == states
    assert (
        list(gz.gazetteer())
        == [gz.GazEntry(name=s.name, aliases=s.aliases, type="state") for s in states] + orgs
    )
    assert dict(gz.BODY_STATES) == {r[0]: r[1] for r in _rows("body-states")}
    assert dict(gz.ORG_HEADS) == {r[0]: r[1] for r in _rows("org-heads")}
    assert {r[0] for r in _rows("place-heads")} == gz.PLACE_HEADS
    assert [(x.name, x.aliases, x.organization) for x in gz.leaders()] == [
        (r[0], _values(r[1]), r[2]) for r in _rows("leaders")
    ]
    mugabe = next(x for x in gz.leaders() if x.name == "Robert Mugabe")
    assert mugabe.served_in(1980) and mugabe.served_in(2017) and not mugabe.served_in(2018)
    assert list(gz.places()) == [
        gz.GazPlace(r[0], _values(r[1]), None if r[2] == "-" else r[2]) for r in _rows("places")
    ]
    assert gz.ORG_HEADS is gz.org_heads() and gz.PLACE_HEADS is gz.place_heads()


def test_lexicon_invariants_the_extractor_relies_on() -> None:
    by_name = {s.name: s for s in gz.states()}
    usa = by_name["United States"]
    assert {"US", "U.S.", "America"} <= set(usa.aliases)
    assert usa.demonyms[0] == "American" and usa.capitals == ("Washington",)
    assert by_name["Netherlands"].capitals == ("Amsterdam", "The Hague")  # first = capital
    names = [n for e in gz.gazetteer() for n in (e.name, *e.aliases)]
    assert len(names) == len(set(names))  # a name belongs to one entry
    demonyms = [d for s in gz.states() for d in s.demonyms]
    assert len(demonyms) == len(set(demonyms))
    kinds = {e.name: e.type for e in gz.gazetteer()}
    assert all(kinds[body] == "government-body" for body in gz.BODY_STATES)
    assert set(gz.BODY_STATES.values()) <= set(by_name)
    assert set(gz.ORG_HEADS.values()) <= set(ENTITY_TYPES) - {"state", "person", "place"}
    assert not set(gz.ORG_HEADS) & gz.PLACE_HEADS
    assert kinds["NATO"] == "alliance" and gz.BODY_STATES["Kremlin"] == "Russia"


def test_importing_the_gazetteer_reads_no_file() -> None:
    code = (
        "import diplokg.gazetteer as g, sys; "
        "print(g.lexicon.cache_info().currsize, 'csv' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "False"]


def _line_of(path: Path, first_cell: str) -> int:
    lines = path.read_text(encoding="utf-8").split("\n")
    return next(n for n, line in enumerate(lines, 1) if line.split("\t")[0] == first_cell)


# (table, row replaced (its first cell; "" = header), new text, message part, row the
# error names (its first cell in the edited file; "" = the replaced row))
BAD = [
    ("states", "", "name\taliases\tdemonyms\tcapitals", "the header must be", ""),
    ("states", "Chad", "Chad\t-\tChadian", "3 cells, the header has 4", ""),
    (
        "states",
        "Chad",
        "Chad\t\tChadian\tN'Djamena",
        "an empty cell in column other_names: write '-'",
        "",
    ),
    (
        "states",
        "Chad",
        "Chad\t-\tChadian;\tN'Djamena",
        "an empty value ('Chadian;') in column demonyms",
        "",
    ),
    ("states", "Chad", "Chad\t-\tChadian \tN'Djamena", "stray whitespace in column demonyms", ""),
    ("states", "Chad", "Chad\tTchad;Tchad\tChadian\tN'Djamena", "a value listed twice", ""),
    ("states", "Chad", "Chad\tTchad;-\tChadian\tN'Djamena", "an empty value ('Tchad;-')", ""),
    ("states", "Chad", "Chad\tChad\tChadian\tN'Djamena", "other_names repeat the name", ""),
    ("organisations", "Reuters", "Reuters\t-\t-", "'-' in column type: this column needs", ""),
    ("states", "Chad", "Czad\t-\tChadian\tN'Djamena", "'Chile' is out of order", "Chile"),
    ("states", "Chad", "\nChad\t-\tChadian\tN'Djamena", "an empty line", ""),
    ("states", "Chad", "Chad\tBahrain\tChadian\tN'Djamena", "name 'Bahrain' of 'Chad'", ""),
    ("states", "Chad", "Chad\t-\tChadian;Afghan\tN'Djamena", "demonym 'Afghan' of 'Chad'", ""),
    ("states", "Chad", "Chad\t-\tChadian\tKabul", "capital 'Kabul' of 'Chad'", ""),
    ("organisations", "Reuters", "Reuters\tmedia\tChad", "name 'Chad' of 'Reuters'", ""),
    ("organisations", "Reuters", "Reuters\tnewspaper\t-", "unknown type 'newspaper'", ""),
    ("organisations", "Reuters", "Reuters\tstate\t-", "unknown type 'state'", ""),
    ("body-states", "Kremlin", "Kremlin\tRussland", "'Russland' is not a name in", ""),
    ("body-states", "Pentagon", "Reuters\tUnited States", "not a government-body", ""),
    ("org-heads", "Ministry", "Ministry\tministry", "unknown type 'ministry'", ""),
    ("place-heads", "Mount", "Ministry", "head 'Ministry' of 'place-heads'", ""),
    ("places", "Gaza", "Gaza\t-\tGazaland", "'Gazaland' is not a name in", ""),
    ("leaders", "Robert Mugabe", "Robert Mugabe\tMugabe\tZimbabwe\t1980", "a term '1980'", ""),
    ("leaders", "Robert Mugabe", "Robert Mugabe\tMugabe\tZimbabwe\t2017-1980", "2017-1980", ""),
    ("leaders", "Robert Mugabe", "Robert Mugabe\tMugabe\tRhodesia\t1980-", "'Rhodesia'", ""),
    (
        "leaders",
        "Robert Mugabe",
        "Robert Mugabe\tPutin\tZimbabwe\t1980-",
        "leader 'Putin'",
        "Vladimir Putin",
    ),
    ("places", "Gaza", "Gaza\tEgypt\tPalestine", "name 'Egypt' of 'Gaza'", ""),
    ("leader-family-names", "Xi Jinping", "Xi Jinping\tJin", "'Jin' is not a word of", ""),
    ("leader-family-names", "Xi Jinping", "Xi Jinpin\tXi", "'Xi Jinpin' is not a name in", ""),
]


def test_a_leaders_family_name_is_the_last_word_unless_the_lexicon_marks_it() -> None:
    """The name a title goes with ("Chairman Kim", "President Macron"): marked where it
    is not the name's last word, never guessed from its first."""
    family = {ld.name: ld.family_name for ld in gz.leaders()}
    assert family["Emmanuel Macron"] == "Macron" and family["Viktor Orbán"] == "Orbán"
    assert family["Xi Jinping"] == "Xi" and family["Kim Jong Un"] == "Kim"
    assert family["Anwar Ibrahim"] == "Anwar"
    marked = dict(_rows("leader-family-names"))
    assert {n: f for n, f in family.items() if f != n.split()[-1]} == marked


@pytest.mark.parametrize(("table", "row", "new", "message", "named"), BAD)
def test_a_bad_lexicon_file_names_its_file_and_line(
    tmp_path: Path, table: str, row: str, new: str, message: str, named: str
) -> None:
    folder = shutil.copytree(LEXICON, tmp_path / "lexicon")
    path = folder / f"{table}.tsv"
    lines = path.read_text(encoding="utf-8").split("\n")
    at = _line_of(path, row) if row else 1
    lines[at - 1] = new
    path.write_text("\n".join(lines), encoding="utf-8")
    line = _line_of(path, named) if named else at
    with pytest.raises(InputError) as caught:
        gz.load_lexicon(folder)
    text = str(caught.value)
    assert text.startswith(f"{path}:{line}: ") and message in text, text
    assert "\n" not in text


def test_a_lexicon_file_that_is_not_utf8_or_missing_names_it(tmp_path: Path) -> None:
    folder = shutil.copytree(LEXICON, tmp_path / "lexicon")
    path = folder / "org-heads.tsv"
    path.write_bytes(path.read_bytes().replace(b"Ministry", b"Minist\xe8re"))
    line = _line_of(LEXICON / "org-heads.tsv", "Ministry")
    with pytest.raises(InputError) as caught:
        gz.load_lexicon(folder)
    assert str(caught.value).startswith(f"{path}:{line}: not UTF-8 text"), caught.value
    (folder / "place-heads.tsv").unlink()
    path.write_bytes((LEXICON / "org-heads.tsv").read_bytes())
    with pytest.raises(InputError, match=r"place-heads\.tsv: missing lexicon table"):
        gz.load_lexicon(folder)
