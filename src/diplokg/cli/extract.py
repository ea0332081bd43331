"""``diplokg extract``: the rule-based extractor drafts annotations."""

from __future__ import annotations

from pathlib import Path

import click

from diplokg.cli import options
from diplokg.errors import InputError


@click.command()
@click.argument("article", type=options.FILE_OR_FOLDER, callback=options.article_not_rdf)
@click.option(
    "--published", metavar="YYYY-MM-DD", help="Publication date [default: from NAME.meta.yaml]."
)
@click.option(
    "--publisher", metavar="NAME", help="Publisher name or registry key [default: from metadata]."
)
@options.registry_option("entities.yaml beside ARTICLE, else none")
@options.output_option(
    "Output file, written atomically [default: stdout]; for a folder, the output "
    "folder [default: beside each article].",
    file_only=False,
)
@options.min_confidence_option(
    "Leave out facts less confident than this (e.g. 0.8: on a new outlet's article, such "
    "facts are right about 8 times in 10)."
)
@options.defaulted_option(
    "--jobs", click.IntRange(min=0), 0, "Worker processes for a folder (0: one per core)."
)
def extract(
    article: Path,
    published: str | None,
    publisher: str | None,
    registry: Path | None,
    output: Path | None,
    min_confidence: float,
    jobs: int,
) -> None:
    """Draft an annotation of ARTICLE, in the curated annotation's YAML format.

    Every drafted fact carries a confidence (0-1) and the rule that produced it,
    so a reviewer can start with the least certain. Offline and deterministic.
    ARTICLE may be a folder: every NAME.txt in it is drafted into
    NAME.draft.ann.yaml, on every core, in the same way whatever the order the
    workers finish in.

    \b
    Example:
      diplokg extract article.txt --published 2024-03-07 --publisher Reuters \\
          -o article.ann.yaml
      diplokg extract articles/ -o drafts/ --min-confidence 0.8

    \b
    Exit codes: 0 success, 2 usage or input error (for a folder: any article).
    """
    from diplokg.extract import extract_file, extract_folder
    from diplokg.rdf.output import OutputSet, write_atomic

    if article.is_dir():
        options.refuse_stdout_for_folder(article, "drafts", default="write each beside its article")
        # The drafts are put in place together when all are written: a run stopped
        # half-way leaves the old drafts, never some old and some new.
        with OutputSet(output or article) as drafts:
            drafted = extract_folder(
                article,
                output_dir=output,
                published=options.day(published),
                publisher=options.text_value(publisher, "--publisher"),
                registry=registry,
                min_confidence=min_confidence,
                jobs=jobs or None,
                write=drafts.write,
            )
            drafts.commit(what="extract")
        for d in drafted:
            if d.error is not None:
                options.say(f"error: {d.error}", err=True)
            else:
                options.say(
                    f"{d.article}: drafted {d.facts} facts about {d.entities} entities "
                    f"-> {d.output}",
                    err=True,
                )
        failed = sum(d.error is not None for d in drafted)
        if failed:
            raise InputError(f"{failed} of {len(drafted)} articles could not be drafted")
        return
    options.refuse_folder_named(output)
    # (not the annotation: a draft may replace it)
    options.refuse_output_onto_input(
        output, [*options.files_read_beside(article, annotation=False), registry]
    )
    draft = extract_file(
        article,
        published=options.day(published),
        publisher=options.text_value(publisher, "--publisher"),
        registry=registry,
        min_confidence=min_confidence,
    )
    if output is None:
        click.echo(draft.yaml, nl=False)
    else:
        write_atomic(output, draft.yaml.encode("utf-8"))
    ann = draft.annotation  # said once written: a failed write must not read as done
    options.say(
        f"{article}: drafted {len(ann.facts())} facts about {len(ann.mentions)} entities",
        err=True,
    )
