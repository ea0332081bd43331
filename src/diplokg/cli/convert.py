"""``diplokg convert``: one article and its annotation to RDF."""

from __future__ import annotations

from pathlib import Path

import click

from diplokg.cli.options import FILE, LazyChoice, article_inputs, day, output_option


@click.command()
@click.argument("article", type=FILE)
@article_inputs
@output_option("Output file, written atomically [default: stdout].")
@click.option(
    "--format",
    "fmt",
    type=LazyChoice("diplokg.store.embedded", "RdfFormat", values=True),
    help="RDF format [default: from the output's extension, else turtle].",
)
def convert(
    article: Path,
    annotation: Path | None,
    metadata: Path | None,
    registry: Path | None,
    published: str | None,
    publisher: str | None,
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
    from diplokg.app import draft_annotation
    from diplokg.convert import convert_files
    from diplokg.output import serialize_graph, write_atomic
    from diplokg.store.embedded import RdfFormat

    rdf_format = (
        RdfFormat(fmt)
        if fmt
        else (RdfFormat.from_extension(output) if output else RdfFormat.TURTLE)
    )
    result = convert_files(
        article,
        annotation=annotation,
        metadata=metadata,
        registry=registry,
        published=day(published),
        publisher=publisher,
        draft=draft_annotation,
    )
    data = serialize_graph(result.graph, result.graph_iri, rdf_format)
    click.echo(
        f"{article}: {result.triple_count} triples from the {result.annotation_kind} annotation",
        err=True,
    )
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
    else:
        write_atomic(output, data)
