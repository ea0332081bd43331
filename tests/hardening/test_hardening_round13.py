"""Round 13: an incremental build is a clean build, whatever happened between two builds.

A differential test. Each edit in :data:`EDITS` is applied to a built copy of a
small corpus (the seed, curated, and three development articles, drafted); the
folder is built again and compared with a clean build of the same inputs into
another folder: the dataset, the pages, index, report and article files the
same bytes (nothing in them is meant to differ: no timestamps; the same bytes
are the same graphs, so the dataset is not parsed again), the same counts, the
same store contents; and every file the edit placed as the user's is still
there, unchanged.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplokg.app import build as pipeline
from diplokg.app.build import BuildResult, build
from diplokg.cli import cli
from tests.app.test_build import _files, _store_quads
from tests.conftest import DATA, SEEDS

DEV = DATA / "dev"
DRAFTED = ("01_wire_veldania_water", "02_broadsheet_uk_norway_fish", "05_agency_kalemba_border")
SEED = "000_7f87956a7e0403ad"


@pytest.fixture(autouse=True)
def _state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


def _corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for f in SEEDS.iterdir():
        shutil.copy(f, folder / f.name)
    for stem in DRAFTED:
        for suffix in (".txt", ".meta.yaml"):
            shutil.copy(DEV / f"{stem}{suffix}", folder / f"{stem}{suffix}")
    return folder


# -- what is compared ----------------------------------------------------------------


def _counts(result: BuildResult) -> tuple[object, ...]:
    per_article = tuple(
        (a.article.article_id, a.article.annotation_kind, a.article.triple_count, a.report)
        for a in result.articles
    )
    return (
        result.triples,
        result.violations,
        result.warnings,
        result.loaded,
        tuple((*a[:3], a[3].violations, a[3].count("Warning")) for a in per_article),
    )


@dataclass(frozen=True)
class _Clean:
    files: dict[str, bytes]
    quads: list[str]
    counts: tuple[object, ...]


_CLEAN: dict[str, _Clean] = {}


def _inputs_key(corpus: Path, pages: bool) -> str:
    h = hashlib.sha256(f"pages={pages}".encode())
    for f in sorted(corpus.iterdir()):
        h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def _clean(corpus: Path, out: Path, *, pages: bool) -> _Clean:
    """A clean build of the inputs (remembered by their contents: many edits end alike)."""
    key = _inputs_key(corpus, pages)
    if key not in _CLEAN:
        result = build(corpus, out_dir=out, jobs=1, pages=pages)
        quads = _store_quads(out / "store")
        _CLEAN[key] = _Clean(_files(out), quads, _counts(result))
    return _CLEAN[key]


# -- the edits -----------------------------------------------------------------------


@dataclass
class Ctx:
    """What an edit works on: the corpus, the built OUT, the user's files it placed."""

    corpus: Path
    out: Path
    monkeypatch: pytest.MonkeyPatch
    #: The files the edit placed as the user's (path -> bytes); each must survive.
    user: dict[Path, bytes] = field(default_factory=dict)
    jobs: int = 1
    pages: bool = True
    #: A warning the last build must give (a part of it), when the edit calls for one.
    warns: str | None = None
    #: The last build gives no warning.
    quiet: bool = False
    #: How many articles the last build must convert, when the edit says.
    converted: int | None = None
    #: The user's files at a name the build takes: moved into ``OUT/.diplokg/legacy-*``.
    displaced: dict[str, bytes] = field(default_factory=dict)

    def rebuild(self) -> BuildResult:
        return build(self.corpus, out_dir=self.out, jobs=self.jobs, pages=self.pages)

    def place(self, path: Path, data: bytes, *, displaced: bool = False) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if displaced:
            self.displaced[path.name] = data
        else:
            self.user[path] = data

    def objects(self, suffix: str, article: str = SEED) -> Path:
        key = self.manifest_entry(article)["key"]
        return self.out / ".diplokg" / "objects" / f"{key}{suffix}"

    def manifest_path(self) -> Path:
        return self.out / ".diplokg" / "current" / "manifest.json"

    def manifest(self) -> dict[str, object]:
        data = json.loads(self.manifest_path().read_text(encoding="utf-8"))
        assert isinstance(data, dict)
        return data

    def manifest_entry(self, article: str) -> dict[str, object]:
        entries = self.manifest()["articles"]
        assert isinstance(entries, list)
        return next(e for e in entries if e["id"] == article)

    def rewrite_manifest(self, change: Callable[[dict[str, object]], object]) -> None:
        path = self.manifest_path()
        data = self.manifest()
        change(data)
        os.chmod(path, 0o644)
        path.unlink()  # it is a file of the generation, not linked elsewhere
        path.write_text(json.dumps(data), encoding="utf-8")


def _replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def text_one_character_same_size_and_mtime(c: Ctx) -> None:
    path = c.corpus / f"{DRAFTED[0]}.txt"
    st = path.stat()
    data = path.read_bytes()
    i = data.index(b"water")
    path.write_bytes(data[:i] + b"Water" + data[i + 5 :])
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size
    c.converted = 1


def annotation_added(c: Ctx) -> None:
    stem = DRAFTED[0]
    ann = c.corpus / f"{stem}.ann.yaml"
    result = CliRunner().invoke(cli, ["extract", str(c.corpus / f"{stem}.txt"), "-o", str(ann)])
    assert result.exit_code == 0, result.output
    assert ann.is_file()


def annotation_edited(c: Ctx) -> None:
    _replace_in(
        c.corpus / f"{SEED}.ann.yaml", "Hackers whom Microsoft reports", "Hackers Microsoft reports"
    )


def annotation_removed(c: Ctx) -> None:
    (c.corpus / f"{SEED}.ann.yaml").unlink()


def metadata_publisher(c: Ctx) -> None:
    _replace_in(c.corpus / f"{DRAFTED[1]}.meta.yaml", "The Northern Courier", "Reuters")


def metadata_date(c: Ctx) -> None:
    _replace_in(c.corpus / f"{DRAFTED[2]}.meta.yaml", "2024-09-09", "2024-09-10")


def registry_changed(c: Ctx) -> None:
    path = c.corpus / "entities.yaml"
    text = path.read_text(encoding="utf-8")
    i = text.index("    description: ")
    path.write_text(text[:i] + "    description: Changed. " + text[i + 17 :], encoding="utf-8")


def _rename(corpus: Path, old: str, new: str) -> None:
    for f in sorted(corpus.glob(f"{old}.*")):
        f.rename(corpus / (new + f.name[len(old) :]))


def article_renamed(c: Ctx) -> None:
    _rename(c.corpus, DRAFTED[0], "99_renamed")


def article_deleted(c: Ctx) -> None:
    for f in c.corpus.glob(f"{DRAFTED[1]}.*"):
        f.unlink()


def article_deleted_and_added_back(c: Ctx) -> None:
    kept = {f: f.read_bytes() for f in c.corpus.glob(f"{DRAFTED[1]}.*")}
    for f in kept:
        f.unlink()
    c.rebuild()
    for f, data in kept.items():
        f.write_bytes(data)


def two_articles_swap_names(c: Ctx) -> None:
    _rename(c.corpus, DRAFTED[0], "tmp-swap")
    _rename(c.corpus, DRAFTED[1], DRAFTED[0])
    _rename(c.corpus, "tmp-swap", DRAFTED[1])


def same_text_under_a_new_name(c: Ctx) -> None:
    for suffix in (".txt", ".meta.yaml"):
        shutil.copy(c.corpus / f"{DRAFTED[2]}{suffix}", c.corpus / f"06_copy{suffix}")


def file_replaced_by_a_link_to_another(c: Ctx) -> None:
    path = c.corpus / f"{DRAFTED[1]}.txt"
    path.unlink()
    path.symlink_to(f"{DRAFTED[0]}.txt")


def diplokg_upgraded(c: Ctx) -> None:
    """A new version: code, ontology or shapes changed, so the fingerprint does."""
    real = pipeline._fingerprint
    c.monkeypatch.setattr(pipeline, "_fingerprint", lambda *, pages: real(pages=pages) + "-next")


def manifest_of_an_older_format(c: Ctx) -> None:
    """An upgrade: everything built again, without a warning (nothing is wrong)."""
    c.rewrite_manifest(lambda m: m.__setitem__("format", "diplokg-build/1"))
    c.converted = 4
    c.quiet = True


def _cache_file(suffix: str, damage: Callable[[Path, Ctx], None]) -> Callable[[Ctx], None]:
    def edit(c: Ctx) -> None:
        damage(c.objects(suffix), c)

    edit.__name__ = f"cache_{suffix.strip('.').replace('.', '_')}_{damage.__name__}"
    return edit


def truncated(path: Path, c: Ctx) -> None:
    data = path.read_bytes()
    with open(path, "r+b") as f:
        f.truncate(len(data) // 2)


def emptied(path: Path, c: Ctx) -> None:
    with open(path, "r+b") as f:
        f.truncate(0)


def rewritten_at_the_same_size(path: Path, c: Ctx) -> None:
    """Bytes changed in place, the size kept (the file's time says it changed)."""
    st = path.stat()
    data = bytearray(path.read_bytes())
    i = data.index(b"/id/")
    data[i : i + 4] = b"/ix/"
    with open(path, "r+b") as f:
        f.write(bytes(data))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))


def deleted(path: Path, c: Ctx) -> None:
    path.unlink()


def made_a_folder(path: Path, c: Ctx) -> None:
    os.unlink(path)
    path.mkdir()


def made_a_link_to_a_users_file(path: Path, c: Ctx) -> None:
    mine = c.corpus.parent / "my-notes.txt"
    c.place(mine, b"my own notes, never to be overwritten\n")
    os.unlink(path)
    path.symlink_to(mine)


CACHE_EDITS = [
    _cache_file(suffix, damage)
    for suffix in (".trig", ".html", ".ent.nt")
    for damage in (truncated, emptied, rewritten_at_the_same_size, deleted, made_a_folder)
] + [_cache_file(".trig", made_a_link_to_a_users_file)]


def cache_copied_with_new_times(c: Ctx) -> None:
    """OUT copied or restored without its files' times: the cache is read, found intact,
    and reused (nothing converted)."""
    for f in (c.out / ".diplokg" / "objects").iterdir():
        os.utime(f, ns=(1_000_000_000, 1_000_000_000))
    c.converted = 0


def manifest_truncated(c: Ctx) -> None:
    path = c.manifest_path()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def manifest_with_an_extra_key(c: Ctx) -> None:
    def change(m: dict[str, object]) -> None:
        m["comment"] = "added by hand"
        entries = m["articles"]
        assert isinstance(entries, list)
        entries[0]["note"] = [1, 2]

    c.rewrite_manifest(change)


def manifest_with_a_wrong_type(c: Ctx) -> None:
    def change(m: dict[str, object]) -> None:
        entries = m["articles"]
        assert isinstance(entries, list)
        entries[0]["results"] = "none"
        entries[1]["key"] = 12
        m["store"] = ["not", "a", "mapping"]

    c.rewrite_manifest(change)
    c.warns = "every article is built again"


def manifest_articles_not_a_list(c: Ctx) -> None:
    c.rewrite_manifest(lambda m: m.__setitem__("articles", {"id": SEED}))


def manifest_key_pointing_outside_out(c: Ctx) -> None:
    victim = c.corpus.parent / "victim"
    for suffix in (".trig", ".html", ".ent.nt"):
        c.place(victim.with_name(f"victim{suffix}"), b"the user's file\n")
    entry_key = c.manifest_entry(SEED)["key"]

    def change(m: dict[str, object]) -> None:
        entries = m["articles"]
        assert isinstance(entries, list)
        for e in entries:
            if e["key"] == entry_key:
                e["key"] = "../../../victim"
        store = m["store"]
        assert isinstance(store, dict)
        store["articles"][SEED] = "../../../victim"

    c.rewrite_manifest(change)


def manifest_made_a_folder(c: Ctx) -> None:
    path = c.manifest_path()
    path.unlink()
    path.mkdir()


def current_link_pointing_outside_out(c: Ctx) -> None:
    """``current`` leads to a folder of the user's, with a manifest naming the user's files."""
    theirs = c.corpus.parent / "theirs"
    shutil.copytree(c.out / ".diplokg" / "current", theirs, symlinks=True)
    manifest = (theirs / "manifest.json").read_bytes()
    c.user[theirs / "manifest.json"] = manifest
    current = c.out / ".diplokg" / "current"
    current.unlink()
    current.symlink_to(theirs)
    c.warns = "every article is built again"


def current_link_deleted(c: Ctx) -> None:
    (c.out / ".diplokg" / "current").unlink()


def page_edited_by_hand(c: Ctx) -> None:
    """Built again, said, and the edited page kept aside (it was the cached page itself)."""
    path = c.out / "pages" / f"{SEED}.html"
    edited = path.read_bytes() + b"<!-- my review notes -->\n"
    with open(path, "ab") as f:
        f.write(b"<!-- my review notes -->\n")
    c.displaced[c.objects(".html").name] = edited
    c.warns = f"{SEED}.html was changed after the build wrote it"


def article_file_edited_by_hand(c: Ctx) -> None:
    with open(c.out / "articles" / f"{DRAFTED[0]}.trig", "ab") as f:
        f.write(b"# my note\n")


def user_files_dropped_into_out(c: Ctx) -> None:
    c.place(c.out / "NOTES.md", b"# my notes beside the outputs\n")
    c.place(c.out / "pages" / "my-review.html", b"<p>my review</p>\n")
    c.place(c.out / "articles" / "my-extra.ttl", b"# mine\n")
    c.rebuild()  # the generation they went into is kept one build longer: two builds


def user_file_at_a_name_the_build_takes(c: Ctx) -> None:
    mine = b"# mine, before the article came\n"
    c.place(c.out / "articles" / "06_copy.trig", mine, displaced=True)
    same_text_under_a_new_name(c)
    c.warns = "06_copy.trig"


def two_jobs_after_one(c: Ctx) -> None:
    text_one_character_same_size_and_mtime(c)
    c.jobs = 2


def pages_turned_off_then_on(c: Ctx) -> None:
    c.pages = False
    metadata_date(c)
    c.rebuild()
    c.pages = True


def a_killed_build(c: Ctx) -> None:
    """A worker dies in the middle of a build; the build is run again."""
    metadata_publisher(c)

    def die(self: object, data: object, path: Path) -> dict[str, object]:
        os._exit(9)

    with c.monkeypatch.context() as m:
        m.setattr(pipeline._Worker, "_page", staticmethod(die))
        c.jobs = 2
        with pytest.raises(BaseException):  # noqa: B017 - whatever the pool raises
            c.rebuild()
    c.jobs = 1


def leftovers_of_an_interrupted_build(c: Ctx) -> None:
    state = c.out / ".diplokg"
    (state / "gen-interrupted").mkdir()
    (state / "gen-interrupted" / "articles").mkdir()
    key = c.manifest_entry(SEED)["key"]
    (state / "objects" / f".{key}.trig.123.tmp").write_bytes(b"half")
    metadata_date(c)


EDITS: list[Callable[[Ctx], None]] = [
    text_one_character_same_size_and_mtime,
    annotation_added,
    annotation_edited,
    annotation_removed,
    metadata_publisher,
    metadata_date,
    registry_changed,
    article_renamed,
    article_deleted,
    article_deleted_and_added_back,
    two_articles_swap_names,
    same_text_under_a_new_name,
    file_replaced_by_a_link_to_another,
    diplokg_upgraded,
    manifest_of_an_older_format,
    *CACHE_EDITS,
    cache_copied_with_new_times,
    manifest_truncated,
    manifest_with_an_extra_key,
    manifest_with_a_wrong_type,
    manifest_articles_not_a_list,
    manifest_key_pointing_outside_out,
    manifest_made_a_folder,
    current_link_pointing_outside_out,
    current_link_deleted,
    page_edited_by_hand,
    article_file_edited_by_hand,
    user_files_dropped_into_out,
    user_file_at_a_name_the_build_takes,
    two_jobs_after_one,
    pages_turned_off_then_on,
    a_killed_build,
    leftovers_of_an_interrupted_build,
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The corpus and its first build, copied by each case."""
    base = tmp_path_factory.mktemp("base")
    corpus = _corpus(base / "corpus")
    with pytest.MonkeyPatch.context() as m:
        m.setenv("XDG_STATE_HOME", str(base / "state"))
        m.chdir(base)  # relative paths, as keys hold them: each case's copy is up to date
        build(corpus.relative_to(base), out_dir=Path("out"), jobs=1)
    yield base


#: One edit of each class runs in the fast tier; the rest are marked slow (the whole table
#: takes about a minute on two cores).
FAST = {
    "text_one_character_same_size_and_mtime",
    "article_deleted",
    "two_articles_swap_names",
    "cache_trig_rewritten_at_the_same_size",
    "cache_trig_made_a_link_to_a_users_file",
    "manifest_with_a_wrong_type",
    "manifest_key_pointing_outside_out",
    "current_link_pointing_outside_out",
    "page_edited_by_hand",
    "user_files_dropped_into_out",
    "user_file_at_a_name_the_build_takes",
}


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(e, id=e.__name__, marks=() if e.__name__ in FAST else pytest.mark.slow)
        for e in EDITS
    ],
)
def test_a_rebuild_after_any_edit_is_a_clean_build(
    edit: Callable[[Ctx], None], built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(built / "corpus", tmp_path / "corpus", symlinks=True)
    shutil.copytree(built / "out", tmp_path / "out", symlinks=True)
    monkeypatch.chdir(tmp_path)
    c = Ctx(Path("corpus"), Path("out"), monkeypatch)
    assert c.rebuild().converted == 0
    edit(c)
    result = c.rebuild()
    clean = _clean(c.corpus, Path("clean"), pages=c.pages)
    assert _counts(result) == clean.counts
    assert _files(c.out) == {**clean.files, **_users_files(c)}
    assert _store_quads(c.out / "store") == clean.quads
    for path, data in c.user.items():
        assert path.read_bytes() == data, path
    if c.quiet:
        assert result.notes == ()
    if c.converted is not None:
        assert result.converted == c.converted
    for name, data in c.displaced.items():
        kept = list((c.out / ".diplokg").glob(f"legacy-*/{name}"))
        assert [p.read_bytes() for p in kept] == [data]
    if c.warns is not None:
        assert any(c.warns in note for note in result.notes), result.notes


def _users_files(c: Ctx) -> dict[str, bytes]:
    """The user's files that stay in a published folder (``OUT/pages/mine.html``)."""
    found = {}
    for path, data in c.user.items():
        rel = os.path.relpath(path, c.out)
        if rel.split(os.sep)[0] in ("articles", "pages") and path.exists():
            found[rel] = data
    return found
