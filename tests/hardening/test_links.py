"""Links in a folder of articles: followed inside the folder, refused when they lead out.

A repository of annotated articles gated in CI is written by many hands: a link
``x.txt -> /etc/hostname`` (or an annotation, metadata, registry or gold file linked to
a file of the machine) would put that file into the published graph, review page or an
error line. Every command that finds files in a folder refuses such a link with one line
naming it (exit 2); a file named on the command line is read as named.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplokg.cli import cli
from diplokg.errors import InputError
from diplokg.model.annotation import article_sources, find_articles
from tests.conftest import DATA, SEEDS

STEM = "000_7f87956a7e0403ad"
#: A file of "the machine", outside every article folder of these tests.
MACHINE_FILE_TEXT = "MACHINE-FILE-7c1e never to be published\n"


def seed_copy(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    for f in SEEDS.iterdir():
        shutil.copy(f, folder / f.name)
    secret = tmp_path / "machine" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(MACHINE_FILE_TEXT, encoding="utf-8")
    return folder, secret


def link(target: Path, at: Path) -> None:
    at.unlink(missing_ok=True)
    at.symlink_to(target)


COMMANDS = {
    "build": lambda folder, tmp: ["build", str(folder), "-o", str(tmp / "out"), "--no-pages"],
    "validate": lambda folder, tmp: ["validate", str(folder)],
    "render": lambda folder, tmp: ["render", str(folder), "-o", str(tmp / "pages")],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize(
    "name", [f"{STEM}.txt", f"{STEM}.ann.yaml", f"{STEM}.meta.yaml", "entities.yaml"]
)
def test_a_link_leading_out_of_the_folder_is_refused(
    command: str, name: str, tmp_path: Path
) -> None:
    folder, secret = seed_copy(tmp_path)
    link(secret, folder / name)
    result = CliRunner().invoke(cli, COMMANDS[command](folder, tmp_path))
    output = result.stdout + result.stderr
    assert result.exit_code == 2, output
    assert f"{folder / name}: is a link to a file outside {folder}" in output
    assert "MACHINE-FILE" not in output
    for written in tmp_path.rglob("*"):
        if written.is_file() and not written.is_symlink() and written != secret:
            assert b"MACHINE-FILE" not in written.read_bytes(), written


@pytest.mark.parametrize("name", [f"{STEM}.txt", f"{STEM}.meta.yaml", "entities.yaml"])
def test_extract_of_a_folder_refuses_a_link_leading_out(name: str, tmp_path: Path) -> None:
    """extract drafts from the text, metadata and registry (not the annotation)."""
    folder, secret = seed_copy(tmp_path)
    link(secret, folder / name)
    drafts = tmp_path / "drafts"
    result = CliRunner().invoke(cli, ["extract", str(folder), "-o", str(drafts)])
    assert result.exit_code == 2, result.output
    assert f"{folder / name}: is a link to a file outside {folder}" in result.stderr
    assert "MACHINE-FILE" not in result.output
    assert not any(drafts.rglob("*.yaml"))


def test_extract_of_a_folder_into_a_file_is_one_line(tmp_path: Path) -> None:
    """-o naming a file where a folder of drafts was asked for (an internal error before)."""
    folder, _ = seed_copy(tmp_path)
    target = tmp_path / "a-file"
    target.write_text("kept\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(folder), "-o", str(target)])
    assert result.exit_code == 2, result.output
    assert result.stderr == f"error: {target}: output is a file, not a folder: give -o a folder\n"
    assert target.read_text(encoding="utf-8") == "kept\n"


def test_a_linked_gold_file_leading_out_is_refused_by_evaluate(tmp_path: Path) -> None:
    folder = tmp_path / "dev"
    folder.mkdir()
    stem = "01_wire_veldania_water"
    for suffix in (".txt", ".meta.yaml"):
        shutil.copy(DATA / "dev" / f"{stem}{suffix}", folder / f"{stem}{suffix}")
    outside = tmp_path / "gold.json"
    shutil.copy(DATA / "dev" / f"{stem}.gold.json", outside)
    link(outside, folder / f"{stem}.gold.json")
    result = CliRunner().invoke(cli, ["evaluate", str(folder)])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == (
        f"error: {folder / stem}.gold.json: is a link to a file outside {folder}; diplokg "
        "follows links only within the folder (copy the file in, or name it on the command line)"
    )


def test_links_within_the_folder_are_followed(tmp_path: Path) -> None:
    folder, _ = seed_copy(tmp_path)
    (folder / f"{STEM}.txt").rename(folder / "kept.text")
    (folder / "sub").mkdir()
    (folder / f"{STEM}.ann.yaml").rename(folder / "sub" / "annotation.yaml")
    link(Path("kept.text"), folder / f"{STEM}.txt")
    link(folder / "sub" / "annotation.yaml", folder / f"{STEM}.ann.yaml")
    assert find_articles([folder]) == [folder / f"{STEM}.txt"]
    assert article_sources(folder / f"{STEM}.txt").annotation == folder / f"{STEM}.ann.yaml"
    result = CliRunner().invoke(cli, ["validate", str(folder)])
    assert result.exit_code == 0, result.output


def test_a_file_named_on_the_command_line_is_read_as_named(tmp_path: Path) -> None:
    """The user chose it: a linked article or annotation given explicitly is converted."""
    folder, _ = seed_copy(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (folder / f"{STEM}.ann.yaml").rename(elsewhere / "curated.yaml")
    link(elsewhere / "curated.yaml", folder / "linked.yaml")
    args = ["convert", str(folder / f"{STEM}.txt"), "--annotation", str(folder / "linked.yaml")]
    result = CliRunner().invoke(cli, [*args, "-o", str(tmp_path / "out.ttl")])
    assert result.exit_code == 0, result.output


def test_the_library_refuses_the_link_with_its_path(tmp_path: Path) -> None:
    folder, secret = seed_copy(tmp_path)
    link(secret, folder / f"{STEM}.meta.yaml")
    with pytest.raises(InputError) as raised:
        article_sources(folder / f"{STEM}.txt")
    assert raised.value.path == folder / f"{STEM}.meta.yaml"


#: Commands over one article, whose files beside it are found by name.
ONE_ARTICLE: dict[str, Callable[[Path, Path], list[str]]] = {
    "convert": lambda folder, tmp: [
        "convert",
        str(folder / f"{STEM}.txt"),
        "-o",
        str(tmp / "o.ttl"),
    ],
    "render-one": lambda folder, tmp: [
        "render",
        str(folder / f"{STEM}.txt"),
        "-o",
        str(tmp / "p.html"),
    ],
}
BROKEN: dict[str, Callable[[Path], object]] = {
    "loop": lambda at: at.symlink_to(at.name),
    "dangling": lambda at: at.symlink_to("nowhere.yaml"),
    "folder": lambda at: at.mkdir(),
}


@pytest.mark.parametrize("command", sorted({**COMMANDS, **ONE_ARTICLE}))
@pytest.mark.parametrize("kind", sorted(BROKEN))
@pytest.mark.parametrize("name", [f"{STEM}.ann.yaml", f"{STEM}.meta.yaml", "entities.yaml"])
def test_a_file_beside_an_article_that_is_a_broken_link_is_named(
    name: str, kind: str, command: str, tmp_path: Path
) -> None:
    """A link loop crashed the folder commands (OSError, exit 3; build blamed its output
    folder); a broken link or a folder in the annotation's place was taken as no
    annotation, and the extractor's draft silently converted in its stead."""
    folder, _ = seed_copy(tmp_path)
    (folder / name).unlink()
    BROKEN[kind](folder / name)
    args = {**COMMANDS, **ONE_ARTICLE}[command](folder, tmp_path)
    result = CliRunner().invoke(cli, args)
    output = result.stdout + result.stderr
    assert result.exit_code == 2, output
    assert "internal error" not in output and "Traceback" not in output
    assert f"{name}: is " in output and ("fix the link" in output or "not a file" in output), output


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_an_article_link_in_a_loop_is_named_not_a_crash(command: str, tmp_path: Path) -> None:
    folder, _ = seed_copy(tmp_path)
    (folder / "loop.txt").symlink_to("loop.txt")
    result = CliRunner().invoke(cli, COMMANDS[command](folder, tmp_path))
    output = result.stdout + result.stderr
    assert result.exit_code == 2, output
    assert "loop.txt: is a link that leads to no file" in output, output
