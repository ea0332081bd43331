"""``diplokg convert``: one article and its annotation to RDF."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from diplokg.cli import options

if TYPE_CHECKING:
    from diplokg.model.annotation import ArticleInputs


@click.command()
@click.argument("article", type=options.FILE, callback=options.article_not_rdf)
@options.article_inputs
@options.output_option("Output file, written atomically [default: stdout].")
@options.format_option(
    options.LazyChoice("diplokg.rdf.formats", "RdfFormat", values=True),
    "RDF format [default: from the output's extension, else turtle].",
)
def convert(
    article: Path,
    inputs: ArticleInputs,
    output: Path | None,
    fmt: str | None,
) -> None:
    """Convert one ARTICLE and its annotation into RDF.

    \b
    Example:
      diplokg convert seeds/000_7f87956a7e0403ad.txt -o seed.ttl
      diplokg convert article.txt --annotation a.ann.yaml \\
          --published 2023-07-14 --publisher DN --format jsonld

    \b
    Exit codes: 0 success, 2 usage or input error.
    """
    from diplokg.app.drafting import draft_annotation
    from diplokg.rdf.convert import convert_files
    from diplokg.rdf.formats import RdfFormat
    from diplokg.rdf.output import serialize_graph, write_atomic

    rdf_format = (
        RdfFormat(fmt)
        if fmt
        else (RdfFormat.from_extension(output) if output else RdfFormat.TURTLE)
    )
    options.refuse_output_onto_article(output, article, inputs)
    result = convert_files(article, inputs=inputs, draft=draft_annotation)
    data = serialize_graph(result.graph, result.graph_iri, rdf_format)
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
    else:
        write_atomic(output, data)
    for line in result.dropped:
        click.echo(f"warning: {article}: {line}", err=True)
    options.say(  # said once written: a failed write must not read as done
        f"{article}: {result.triple_count} triples from the {result.annotation_kind} annotation",
        err=True,
    )
