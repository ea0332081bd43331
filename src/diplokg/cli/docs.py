"""``diplokg docs``: the ontology documentation with class diagrams."""

from __future__ import annotations

from pathlib import Path

import click

from diplokg.cli.options import FOLDER, out_dir_option, registry_option, summary


@click.command()
@out_dir_option("out/docs", "Folder for index.html, the diagrams and the ontology.")
@click.option(
    "--examples",
    "examples_dir",
    default="seeds",
    show_default=True,
    type=FOLDER,
    help="Folder of annotated articles the examples are drawn from.",
)
@registry_option("entities.yaml beside the articles")
def docs(out_dir: Path, examples_dir: Path, registry: Path | None) -> None:
    """Write HTML documentation of the ontology, with class diagrams (needs Graphviz).

    Every class, property and individual with its label, definition,
    alignments, domain and range, and an example from the converted articles.

    \b
    Example:
      diplokg docs -o out/docs
      diplokg docs -o site/ --examples seeds/

    \b
    Exit codes: 0 success, 2 usage or input error (or Graphviz missing).
    """
    from diplokg.app.drafting import draft_annotation
    from diplokg.present.docs import write_docs

    result = write_docs(
        out_dir, examples_dir=examples_dir, registry=registry, draft=draft_annotation
    )
    summary(
        f"{result.classes} classes, {result.properties} properties, "
        f"{result.individuals} individuals, {result.examples} with examples"
    )
    summary(f"docs:     {result.index}")
    for diagram in result.diagrams:
        summary(f"diagram:  {diagram}")
