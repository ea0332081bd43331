"""``diplokg build`` at corpus scale: same bytes as before, parallel, incremental, a transaction.

The corpus in ``tests/data/build/corpus`` and what the build before
transactions wrote for it (``tests/data/build/expected``, see its README) pin
the outputs; the seed article gives a violation where one is needed.
"""

from __future__ import annotations

import fcntl
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import yaml
from click.testing import CliRunner, Result

from diplokg.app import build as pipeline
from diplokg.app import generations
from diplokg.app.build import build
from diplokg.cli import cli
from diplokg.rdf.terms import ONTOLOGY_GRAPH
from diplokg.validation import workers
from tests.conftest import DATA, SEEDS

CORPUS = DATA / "build" / "corpus"
EXPECTED = DATA / "build" / "expected"
SEED_STEM = "000_7f87956a7e0403ad"


@pytest.fixture(autouse=True)
def _state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The 'last build' record lives in tmp_path."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder


def _store_quads(store: Path, *, ontology: bool = False) -> list[str]:
    """Every quad of a store as sorted N-Quads lines (the ontology's blank nodes aside).

    No store (a first build with violations) gives no lines.
    """
    if not store.exists():
        return []
    data = ox.serialize(ox.Store.read_only(str(store)), format=ox.RdfFormat.N_QUADS)
    assert data is not None
    lines = set(data.decode("utf-8").splitlines())
    if not ontology:
        lines = {line for line in lines if not line.endswith(f"<{ONTOLOGY_GRAPH}> .")}
    return sorted(lines)


def _dataset_quads(path: Path) -> list[str]:
    quads = ox.parse(path=str(path), format=ox.RdfFormat.TRIG)
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert data is not None
    return sorted(set(data.decode("utf-8").splitlines()))


def _files(out: Path) -> dict[str, bytes]:
    """Every published file of a build (through the links), by relative path."""
    found = {}
    for name in ("dataset.trig", "validation-report.ttl", "index.html"):
        if (out / name).exists():
            found[name] = (out / name).read_bytes()
    for folder in ("articles", "pages"):
        if (out / folder).is_dir():
            for f in sorted((out / folder).iterdir()):
                found[f"{folder}/{f.name}"] = f.read_bytes()
    return found


def _cli(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def _with_violation(folder: Path) -> None:
    """Date a meeting held a week after its article (SHACL finds it, the loader does not)."""
    ann = folder / f"{SEED_STEM}.ann.yaml"
    text = ann.read_text(encoding="utf-8")
    changed = text.replace(
        "    date: {text: Today}\n    status: planned\n", "    date: 2023-07-21\n    status: held\n"
    )
    assert changed != text
    ann.write_text(changed, encoding="utf-8")


# -- the same outputs as before ----------------------------------------------------


def test_build_gives_the_outputs_of_the_build_before_transactions(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = build(corpus, out_dir=out)
    assert result.loaded and result.violations == 0
    for expected in sorted((EXPECTED / "articles").iterdir()):
        assert (out / "articles" / expected.name).read_bytes() == expected.read_bytes()
    assert sorted(p.name for p in (out / "articles").iterdir()) == sorted(
        p.name for p in (EXPECTED / "articles").iterdir()
    )
    report = (EXPECTED / "validation-report.ttl").read_bytes()
    assert (out / "validation-report.ttl").read_bytes() == report
    assert (
        _dataset_quads(out / "dataset.trig")
        == (EXPECTED / "dataset.nq").read_text(encoding="utf-8").splitlines()
    )
    assert (
        _store_quads(out / "store")
        == (EXPECTED / "store.nq").read_text(encoding="utf-8").splitlines()
    )


def test_dataset_is_the_article_files_under_one_header(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(corpus, out_dir=out, pages=False)
    dataset = (out / "dataset.trig").read_text(encoding="utf-8")
    for article in sorted((out / "articles").iterdir()):
        text = article.read_text(encoding="utf-8")
        block = text[text.index("\n\n") + 2 :]
        assert block in dataset
    graphs = [line for line in dataset.splitlines() if line.endswith(" {")]
    assert graphs == sorted(graphs) and len(graphs) == 4


@pytest.mark.parametrize("pages", [True, False])
def test_one_and_two_jobs_give_the_same_bytes(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pages: bool
) -> None:
    monkeypatch.setattr(workers, "IN_PROCESS_BELOW", 1)  # 4 articles: use the pool anyway
    one, two = tmp_path / "one", tmp_path / "two"
    build(corpus, out_dir=one, jobs=1, pages=pages)
    build(corpus, out_dir=two, jobs=2, pages=pages)
    assert _files(one) == _files(two)
    assert _store_quads(one / "store") == _store_quads(two / "store")


# -- incremental ---------------------------------------------------------------------


def _edit(corpus: Path) -> None:
    """Change two articles (a title; a publisher, so the entity graph changes) and drop one."""
    meta = corpus / "000001_synthetic.meta.yaml"
    lines = meta.read_text(encoding="utf-8").splitlines()
    meta.write_text(
        "\n".join(
            f"title: A new title {i}" if line.startswith("title:") else line
            for i, line in enumerate(lines)
        )
        + "\n",
        encoding="utf-8",
    )
    meta = corpus / "000002_synthetic.meta.yaml"
    text = meta.read_text(encoding="utf-8")
    publisher = next(line for line in text.splitlines() if line.startswith("publisher:"))
    other = "tass" if "tass" not in publisher else "lusa"
    meta.write_text(text.replace(publisher, f"publisher: {other}"), encoding="utf-8")
    for suffix in (".txt", ".ann.yaml", ".meta.yaml"):
        (corpus / f"000003_synthetic{suffix}").unlink()


def test_a_rebuild_converts_only_changed_articles_and_equals_a_cold_build(
    corpus: Path, tmp_path: Path
) -> None:
    out, cold = tmp_path / "out", tmp_path / "cold"
    build(corpus, out_dir=out)
    again = build(corpus, out_dir=out)
    assert again.converted == 0 and again.loaded
    _edit(corpus)
    changed = build(corpus, out_dir=out)
    assert changed.converted == 2 and changed.loaded
    build(corpus, out_dir=cold)
    assert _files(out) == _files(cold)
    assert _store_quads(out / "store") == _store_quads(cold / "store")


def test_a_removed_article_disappears_from_every_output(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(corpus, out_dir=out)
    gone = "000003_synthetic"
    for suffix in (".txt", ".ann.yaml", ".meta.yaml"):
        (corpus / f"{gone}{suffix}").unlink()
    build(corpus, out_dir=out)
    assert not (out / "articles" / f"{gone}.trig").exists()
    assert not (out / "pages" / f"{gone}.html").exists()
    assert gone not in (out / "index.html").read_text(encoding="utf-8")
    assert gone not in (out / "dataset.trig").read_text(encoding="utf-8")
    assert not any(gone in line for line in _store_quads(out / "store"))
    # and `load --build out` finds only the articles that are there
    from diplokg.store.remote import article_files

    assert gone not in {p.stem for p in article_files(out)}


def test_a_build_with_violations_keeps_the_previous_store(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    out = tmp_path / "out"
    build(seeds, out_dir=out)
    before = _store_quads(out / "store")
    _with_violation(seeds)
    result = build(seeds, out_dir=out)
    assert not result.loaded and result.violations == 1
    assert _store_quads(out / "store") == before
    assert b"borrell-wang-jakarta" in (out / "validation-report.ttl").read_bytes()
    # fixing it loads the store again, patched from the one kept
    shutil.copy(SEEDS / f"{SEED_STEM}.ann.yaml", seeds / f"{SEED_STEM}.ann.yaml")
    assert build(seeds, out_dir=out).loaded
    assert _store_quads(out / "store") == before


# -- diplokg deletes only what it made -------------------------------------------------


def test_store_on_a_folder_that_is_not_a_store_is_refused_and_untouched(
    corpus: Path, tmp_path: Path
) -> None:
    mine = tmp_path / "my-folder"
    mine.mkdir()
    (mine / "thesis.tex").write_text("precious", encoding="utf-8")
    for _ in range(2):
        result = _cli("build", str(corpus), "-o", str(tmp_path / "out"), "--store", str(mine))
        assert result.exit_code == 2, result.output
        assert "not a diplokg store" in result.output and "left as it is" in result.output
        assert sorted(p.name for p in mine.iterdir()) == ["thesis.tex"]
        assert (mine / "thesis.tex").read_text(encoding="utf-8") == "precious"
    assert not (tmp_path / "out" / "dataset.trig").exists()


def test_a_plain_folder_at_out_store_is_not_lost(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "store").mkdir(parents=True)
    (out / "store" / "notes.txt").write_text("mine", encoding="utf-8")
    result = _cli("build", str(corpus), "-o", str(out))
    assert result.exit_code == 2 and "not a diplokg store" in result.output
    assert (out / "store" / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_user_folders_beside_the_store_survive_every_build(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "kg"
    backups = [tmp_path / ".kg.backup", tmp_path / "out" / ".store.backup"]
    for backup in backups:
        backup.mkdir(parents=True)
        (backup / "data").write_text("keep", encoding="utf-8")
    for _ in range(3):
        assert (
            _cli("build", str(corpus), "-o", str(tmp_path / "out"), "--store", str(store)).exit_code
            == 0
        )
        assert _cli("build", str(corpus), "-o", str(tmp_path / "out")).exit_code == 0
    for backup in backups:
        assert (backup / "data").read_text(encoding="utf-8") == "keep"
    assert _store_quads(store) == _store_quads(tmp_path / "out" / "store")


def test_outputs_of_an_earlier_build_are_moved_aside_not_deleted(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    (out / "articles").mkdir(parents=True)
    (out / "articles" / "old.trig").write_text("old", encoding="utf-8")
    (out / "dataset.trig").write_text("old dataset", encoding="utf-8")
    result = build(corpus, out_dir=out)
    assert {p.name for p in result.moved} == {"articles", "dataset.trig"}
    legacy = result.moved[0].parent
    assert (legacy / "articles" / "old.trig").read_text(encoding="utf-8") == "old"
    assert (legacy / "dataset.trig").read_text(encoding="utf-8") == "old dataset"
    assert (out / "dataset.trig").is_symlink()
    assert not (out / "articles" / "old.trig").exists()


def test_a_folder_named_like_the_state_folder_but_not_diplokgs_is_refused(
    corpus: Path, tmp_path: Path
) -> None:
    state = tmp_path / "out" / ".diplokg"
    state.mkdir(parents=True)
    (state / "mine").write_text("x", encoding="utf-8")
    result = _cli("build", str(corpus), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2 and "is not diplokg's" in result.output
    assert sorted(p.name for p in state.iterdir()) == ["mine"]


# -- one build at a time ---------------------------------------------------------------


def test_a_second_build_into_the_same_folder_fails_with_a_clear_message(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    build(corpus, out_dir=out)
    before = _files(out)
    with open(out / ".diplokg" / "lock", "a+", encoding="utf-8") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)  # as a running build holds it
        held.write("pid 12345\n")
        held.flush()
        result = _cli("build", str(corpus), "-o", str(out))
    assert result.exit_code == 2
    assert "another build is running into" in result.output and "pid 12345" in result.output
    assert _files(out) == before
    assert _cli("build", str(corpus), "-o", str(out)).exit_code == 0  # the lock is free again


def _prepare_at_once(out: str, barrier: threading.Barrier) -> str:
    barrier.wait()
    try:
        generations.prepare_state(generations.Layout(out=Path(out), store=Path(out) / "store"))
    except Exception as exc:  # reported to the parent, which shows it
        return f"{type(exc).__name__}: {exc}"
    return "ok"


def test_builds_started_at_the_same_moment_all_take_the_new_folder_for_diplokgs(
    tmp_path: Path,
) -> None:
    # Each round starts four processes at one barrier on a fresh OUT. Before the state
    # folder was made under a private name and renamed, a few rounds in a hundred failed
    # with "File exists" or "is not diplokg's" (seen in CI).
    context = multiprocessing.get_context("fork")
    with context.Manager() as manager, context.Pool(4) as pool:
        barrier = manager.Barrier(4)
        for round_ in range(25):
            out = tmp_path / f"out{round_}"
            results = pool.starmap(_prepare_at_once, [(str(out), barrier)] * 4)
            assert results == ["ok"] * 4
            assert sorted(p.name for p in out.iterdir()) == [".diplokg"]
            assert sorted(p.name for p in (out / ".diplokg").iterdir()) == ["diplokg-build"]


def _run_build(
    seeds: Path, out: Path, *, env: dict[str, str] | None = None, jobs: int = 1
) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "diplokg", "build", str(seeds), "-o", str(out), "-j", str(jobs)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
    )


@pytest.mark.slow
def test_two_builds_at_once_do_not_mix_their_outputs(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    a, b = _run_build(corpus, out), _run_build(corpus, out)
    results = [(*p.communicate(), p.returncode) for p in (a, b)]
    codes = sorted(code for _, _, code in results)
    assert codes[0] == 0
    if codes[1] != 0:  # the second started while the first held the lock
        assert codes[1] == 2
        assert any(b"another build is running into" in err for _, err, _ in results)
    cold = tmp_path / "cold"
    build(corpus, out_dir=cold)
    assert _files(out) == _files(cold)


def _snapshot(out: Path) -> tuple[dict[str, bytes], list[str]]:
    return _files(out), _store_quads(out / "store")


@pytest.mark.slow
def test_a_build_killed_at_any_moment_leaves_the_previous_outputs(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(CORPUS, seeds)
    out = tmp_path / "out"
    build(seeds, out_dir=out)
    old = _snapshot(out)
    _edit(seeds)
    new_out = tmp_path / "new"
    build(seeds, out_dir=new_out)
    new = _snapshot(new_out)
    # how long the whole rebuild takes, in a copy: kill at fractions of it
    trial = tmp_path / "trial"
    shutil.copytree(out, trial, symlinks=True)
    started = time.monotonic()
    assert _run_build(seeds, trial, jobs=2).wait() == 0
    whole = time.monotonic() - started
    outcomes = []
    # (the first kills land early: on a loaded machine a build's time varies from the
    # trial's, and three kills must land before the commit)
    for fraction in (0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0, 1.1):
        process = _run_build(seeds, out, jobs=2)
        time.sleep(whole * fraction)
        process.send_signal(signal.SIGKILL)
        process.wait()
        now = _snapshot(out)
        assert now in (old, new), f"mixed outputs after a kill at {fraction:.0%} of a build"
        outcomes.append("new" if now == new else "old")
        # what is there answers queries
        assert _cli("query", "people", "--store", str(out / "store")).exit_code == 0
        if now == new:
            break
    assert outcomes.count("old") >= 3, outcomes  # kills that landed before the commit
    finished = _run_build(seeds, out)
    assert finished.wait() == 0
    assert _snapshot(out) == new
    # what the killed builds left in OUT/.diplokg is cleaned up: current and previous only
    generations = [p for p in (out / ".diplokg").iterdir() if p.name.startswith("gen-")]
    assert len(generations) == 2


@pytest.mark.slow
@pytest.mark.parametrize("violations", [False, True])
def test_outputs_and_stdout_do_not_depend_on_the_hash_seed(
    tmp_path: Path, violations: bool
) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(CORPUS, seeds)
    for f in SEEDS.glob(f"{SEED_STEM}.*"):
        shutil.copy(f, seeds / f.name)
    # one registry for both: the synthetic one and the seed's (the seed's entries win)
    registries = [
        yaml.safe_load(p.read_text(encoding="utf-8"))
        for p in (CORPUS / "entities.yaml", SEEDS / "entities.yaml")
    ]
    merged = {**registries[0]["entities"], **registries[1]["entities"]}
    (seeds / "entities.yaml").write_text(yaml.safe_dump({"entities": merged}), encoding="utf-8")
    if violations:
        _with_violation(seeds)
    runs = []
    for hash_seed in ("1", "2"):
        out = tmp_path / f"out-{hash_seed}"
        process = _run_build(seeds, out, env={"PYTHONHASHSEED": hash_seed}, jobs=2)
        stdout, stderr = process.communicate()
        assert process.returncode == (1 if violations else 0), stderr.decode()
        stdout = stdout.replace(str(out).encode(), b"OUT")
        runs.append((stdout, _files(out), _store_quads(out / "store")))
    assert runs[0] == runs[1]
    report = runs[0][1]["validation-report.ttl"]
    assert (b"_:" in report) is False or violations  # labelled from content, if any
    assert b"_:" not in runs[0][0] and b"urn:uuid" not in runs[0][0]


def _mount_tmpfs(path: Path, size: str) -> bool:
    path.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, "6m"):
        pytest.skip("a small file system needs root and mount -t tmpfs")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


@pytest.mark.slow
def test_a_full_disk_leaves_the_previous_outputs(small_disk: Path, tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(CORPUS, seeds)
    out = small_disk / "out"
    assert _cli("build", str(seeds), "-o", str(out), "-j", "1").exit_code == 0
    old = _snapshot(out)
    # fill the disk, leaving too little room for another build
    filler = small_disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    with pytest.raises(OSError, match="No space left"):
        while True:
            os.write(fd, b"\0" * 65536)
    os.close(fd)
    _edit(seeds)
    result = _cli("build", str(seeds), "-o", str(out), "-j", "1")
    assert result.exit_code == 2, (result.output, result.exc_info)
    assert "No space left on device" in result.output
    assert _snapshot(out) == old
    filler.unlink()
    assert _cli("build", str(seeds), "-o", str(out), "-j", "1").exit_code == 0


def test_a_build_without_pages_after_one_with_them_publishes_none(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    build(corpus, out_dir=out)
    assert (out / "index.html").is_file()
    result = build(corpus, out_dir=out, pages=False)
    assert result.pages is None and result.converted == 4  # pages are part of the key
    assert not (out / "index.html").exists() and not (out / "pages").exists()
    assert not (out / "index.html").is_symlink()


def _result(
    i: int, *, severity: str = "Violation", complex_path: bool = False
) -> dict[str, object]:
    shapes = "https://w3id.org/diplokg/shapes#"
    focus = f"https://w3id.org/diplokg/article/a{i}"
    return {
        "severity": severity,
        "shape": shapes + ("NewsArticle-heldEventNotAfterPublication" if complex_path else "X"),
        "focus": focus,
        "focus_n3": f"<{focus}>",
        "path": "^<https://w3id.org/diplokg/ontology#article>"
        if complex_path
        else "https://w3id.org/diplokg/ontology#label",
        "value": "2023-07-21",
        "value_n3": '"2023-07-21"^^<http://www.w3.org/2001/XMLSchema#date>',
        "message": f"message {i}",
        "constraint": "SPARQLConstraintComponent",
    }


def test_the_report_is_written_as_rdflib_would_write_the_merged_graph() -> None:
    from diplokg.validation.shacl import packaged_graph

    shapes = packaged_graph("shapes")
    entries = [
        {"id": f"{i:03d}", "results": [] if i % 3 else [_result(i), _result(i, complex_path=True)]}
        for i in range(40)
    ]
    entries[5]["results"] = [_result(5, severity="Warning")]
    merged = pipeline._report_graph(entries, lambda: shapes)
    fast = pipeline._report_bytes(entries, lambda: shapes)
    assert fast == merged.serialize(format="turtle", encoding="utf-8")
    assert b"_:" not in fast  # every blank node written inline


def test_build_is_quiet_on_stderr_when_it_is_not_a_terminal(corpus: Path, tmp_path: Path) -> None:
    result = _cli("build", str(corpus), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert result.stderr == ""
    assert "converted: 4 (the other 0 unchanged since the last build)" in result.stdout


def test_the_store_is_the_same_when_bulk_loaded_in_many_slices(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplokg.store import embedded as store

    monkeypatch.setattr(store, "BULK_SLICE", 100)  # 1,016 triples: about ten slices
    build(corpus, out_dir=tmp_path / "out", pages=False)
    assert (
        _store_quads(tmp_path / "out" / "store")
        == (EXPECTED / "store.nq").read_text(encoding="utf-8").splitlines()
    )
