"""Options and values several commands share, each declared once.

Only click and the standard library are imported here: every command module
imports this one at start-up (tests/quality/test_startup.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import functools
import io
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from diplokg.errors import UsageError, message_line

if TYPE_CHECKING:
    from diplokg.model.annotation import ArticleInputs

_F = TypeVar("_F", bound=Callable[..., Any])


class PathValue(click.Path):
    """A :class:`click.Path` that refuses an empty value, and ``-`` unless ``allow_dash``.

    ``-o ''`` or ``validate ''`` (a shell variable that was never set: ``-o "$OUT"``)
    was the current folder: build wrote its outputs and links into it, validate read
    every article there. ``-`` as an input was looked up as a file named '-' ("article
    not found"): no input is read from standard input (an article needs its metadata
    beside it, an RDF file its extension), so it is refused as such. Only ``-o`` takes
    ``-`` (standard output), through :func:`dash_is_stdout`.
    """

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and value in ("", "-") and not (value and self.allow_dash):
            what = param.get_error_hint(ctx) if param is not None and ctx is not None else "path"
            wanted = (
                "a file"
                if not self.dir_okay
                else "a folder, or '.' for the current one"
                if not self.file_okay
                else "a file or folder, or '.' for the current folder"
            )
            if value:
                raise UsageError(
                    f"{what} is '-': diplokg reads nothing from standard input; name "
                    f"{wanted} (./- for one named '-')"
                )
            raise UsageError(f"{what} is empty (an unset shell variable?): name {wanted}")
        if isinstance(value, str) and value.endswith(_SEPARATORS):
            self._refuse_file_as_folder(value, param, ctx)
        if isinstance(value, str) and (not self.dir_okay or not self.file_okay):
            self._refuse_wrong_kind(value, param, ctx)
        return super().convert(value, param, ctx)

    def _refuse_file_as_folder(
        self, value: str, param: click.Parameter | None, ctx: click.Context | None
    ) -> None:
        """A path ending in ``/`` names a folder: ``convert article.txt/`` read the file,
        because :class:`~pathlib.Path` drops the slash, where the shell and the system
        refuse it (ENOTDIR); ``-o out.ttl/`` wrote a file ``out.ttl``."""
        what = param.get_error_hint(ctx) if param is not None and ctx is not None else "path"
        bare = value.rstrip("".join(_SEPARATORS)) or value
        if os.path.lexists(bare) and not os.path.isdir(value):
            # (not path=: a Path drops the slash this line is about)
            raise UsageError(
                f"{value}: not a folder (the path ends in '/', but {bare} is a file): drop the '/'"
            )
        if not self.dir_okay and not os.path.isdir(value):  # (a folder: _refuse_wrong_kind)
            raise UsageError(
                f"{value}: {what} takes a file, but the path ends in '/', which names a "
                "folder: drop the '/'"
            )
        if ctx is not None:  # a folder to be: for refuse_folder_named, if a file is wanted
            ctx.meta.setdefault(_NAMED_AS_FOLDER, set()).add(Path(bare))

    def _refuse_wrong_kind(
        self, value: str, param: click.Parameter | None, ctx: click.Context | None
    ) -> None:
        """A folder where a file is wanted, or a file where a folder is: one line (click's
        BadParameter printed the usage around "File '/tmp' is a directory.")."""
        what = param.get_error_hint(ctx) if param is not None and ctx is not None else "path"
        if not self.dir_okay and os.path.isdir(value):
            raise UsageError(f"is a folder, but {what} takes a file: name a file", path=value)
        if not self.file_okay and os.path.exists(value) and not os.path.isdir(value):
            raise UsageError(f"is a file, but {what} takes a folder: name a folder", path=value)


#: What ends a path that names a folder (``/``, and ``\\`` where it is a separator too).
_SEPARATORS = tuple(sep for sep in (os.sep, os.altsep) if sep)

#: A file that must not be a folder (an article, an annotation, a registry).
FILE = PathValue(dir_okay=False, path_type=Path)
#: A folder that must not be a file (a folder of articles, a store).
FOLDER = PathValue(file_okay=False, path_type=Path)
#: A file or a folder (an article or a folder of articles).
FILE_OR_FOLDER = PathValue(path_type=Path)
#: An output file, or ``-`` for standard output (see :func:`dash_is_stdout`).
OUT_FILE = PathValue(dir_okay=False, path_type=Path, allow_dash=True)
#: An output file or folder, or ``-`` (see :func:`dash_is_stdout`).
OUT_FILE_OR_FOLDER = PathValue(path_type=Path, allow_dash=True)
#: An output folder; ``-`` reaches :func:`_dash_is_no_folder`, which says why not.
OUT_FOLDER = PathValue(file_okay=False, path_type=Path, allow_dash=True)


def say(message: str, *, err: bool = False) -> None:
    """Write one line of a command's report, a user's value in it shown, never acting.

    Every status and summary line goes through here: a file name, IRI or YAML value
    holding an escape sequence, a carriage return or a bidi override is escaped, so it
    cannot repaint or hide the terminal's text, and a URL's secrets are masked
    (:func:`diplokg.errors.message_line`).
    """
    click.echo(message_line(message), err=err)


#: Where :func:`summary` notes that standard output could not take the summary (``ctx.meta``).
_SUMMARY_LOST = "diplokg.summary-lost"


def summary(message: str) -> None:
    """Write one line of the summary a command that writes files prints (``build``,
    ``docs``, ``load``), as :func:`say` does.

    When it prints, the command's work is done and in place (written atomically, the
    build swapped in): a standard output that cannot take the summary (closed with
    ``>&-``, a full disk under it) loses the summary, not the work. So the command ends
    with its own exit code (0, or 1 for violations), and says once on stderr that the
    summary was not shown; ``build >&-`` exited 2, "usage or input error", after building
    everything. A command whose output *is* what it prints (``query``, ``validate``'s
    report, ``convert`` without ``-o``) still exits 2: that output is lost. A reader that
    went away (``| head``) ends every command with exit 141, this one too.
    """
    meta = click.get_current_context().meta
    if meta.get(_SUMMARY_LOST):
        return
    try:
        say(message)
    except StdoutError as exc:
        quiet_stdout()  # what is still buffered goes nowhere, not into a failed flush at exit
        meta[_SUMMARY_LOST] = True
        why = "it is closed" if exc.errno == errno.EBADF else exc.strerror
        say(
            f"warning: the summary is not shown: standard output cannot take it ({why}); "
            "the outputs are written",
            err=True,
        )


def choice(*values: str) -> click.Choice:  # type: ignore[type-arg]
    """One of ``values``, matched in any case (``--mode APPEND`` is ``append``).

    Every option with a fixed set of names is built here or by :class:`LazyChoice`, so
    no option is case-sensitive while its neighbours are not.
    """
    return click.Choice(values, case_sensitive=False)


class LazyChoice(click.Choice):  # type: ignore[type-arg]
    """A :class:`click.Choice` whose choices come from a module imported when first needed.

    Matched in any case, as :func:`choice` is.
    """

    def __init__(self, module: str, name: str, *, values: bool = False) -> None:
        self._where = (module, name, values)
        super().__init__([], case_sensitive=False)

    @property  # type: ignore[override]
    def choices(self) -> Sequence[str]:
        import importlib

        module, name, values = self._where
        found = getattr(importlib.import_module(module), name)
        return tuple(item.value for item in found) if values else tuple(found)

    @choices.setter
    def choices(self, _: Sequence[str]) -> None:
        pass


def registry_option(default: str) -> Callable[[_F], _F]:
    """``--registry FILE``; ``default`` says where it is looked for when not given."""
    return click.option("--registry", type=FILE, help=f"Entity registry [default: {default}].")


def article_not_rdf(_ctx: click.Context, _param: click.Parameter, value: Path) -> Path:
    """ARTICLE, if it is not an RDF file: ``convert x.ttl`` drafted the Turtle as if it
    were the text of a news article (``validate`` takes RDF files; these commands do not)."""
    from diplokg.rdf.formats import READ_SUFFIXES

    if value.suffix.lower() in READ_SUFFIXES and not value.is_dir():
        raise UsageError(
            "is an RDF file, not the text of an article (NAME.txt): give the article; "
            "'diplokg validate' and 'diplokg query --data' read RDF files",
            path=value,
        )
    return value


#: Where :class:`PathValue` notes the paths given with a trailing '/' (``ctx.meta``).
_NAMED_AS_FOLDER = "diplokg.named-as-folder"


def refuse_folder_named(output: Path | None) -> None:
    """Raise :class:`~diplokg.errors.UsageError` if ``output``, where one file is written
    (one article's page or draft), was given ending in '/': ``render a.txt -o new/``
    wrote a file ``new``, where the shell and the system take the '/' to name a folder."""
    if output is not None and output in click.get_current_context().meta.get(_NAMED_AS_FOLDER, ()):
        raise UsageError(
            f"{output}/: one article gives one file, but the path ends in '/', which names "
            "a folder: drop the '/' (a folder of articles gives a folder)"
        )


#: Where :func:`dash_is_stdout` notes that ``-o -`` was given (``ctx.meta``).
_DASH = "diplokg.output-dash"


def dash_is_stdout(ctx: click.Context, _param: click.Parameter, value: Path | None) -> Path | None:
    """``-o -`` is standard output, as everywhere on the command line (it wrote a file
    named '-' in the working folder)."""
    if value is not None and str(value) == "-":
        ctx.meta[_DASH] = True  # for refuse_stdout_for_folder: None alone means "not given"
        return None
    return value


def refuse_stdout_for_folder(folder: Path, files: str, *, default: str = "") -> None:
    """Raise :class:`~diplokg.errors.UsageError` if ``-o -`` was given for ``folder``.

    Standard output takes one file; a folder of articles gives one of ``files`` per
    article (``extract DIR -o -`` wrote the drafts beside the articles instead).
    ``default`` says what leaving ``-o`` out does, if anything.
    """
    if click.get_current_context().meta.get(_DASH):
        otherwise = f", or leave -o out to {default}" if default else ""
        raise UsageError(
            f"-o - (standard output) takes one file, but {folder} is a folder of articles: "
            f"give -o DIR for its {files}{otherwise}"
        )


def _dash_is_no_folder(_ctx: click.Context, _param: click.Parameter, value: Path) -> Path:
    if str(value) == "-":
        # (one line, as every refusal: click's BadParameter printed the usage around it)
        raise UsageError("-o - (standard output) cannot hold files: name a folder")
    return value


def output_option(help: str, *, file_only: bool = True) -> Callable[[_F], _F]:
    """``-o/--output FILE``: where a command writes what it would print."""
    kind = OUT_FILE if file_only else OUT_FILE_OR_FOLDER
    return click.option("-o", "--output", type=kind, callback=dash_is_stdout, help=help)


def out_dir_option(default: str, help: str) -> Callable[[_F], _F]:
    """``-o/--out DIR``: the folder a command writes its files into."""
    return click.option(
        "-o",
        "--out",
        "out_dir",
        default=default,
        show_default=True,
        type=OUT_FOLDER,
        callback=_dash_is_no_folder,
        help=help,
    )


def defaulted_option(
    name: str, kind: click.ParamType[Any], default: object, help: str
) -> Callable[[_F], _F]:
    """An option ``name`` of type ``kind`` whose ``default`` the help shows."""
    return click.option(name, type=kind, default=default, show_default=True, help=help)


def format_option(
    choices: click.ParamType[Any], help: str, *, default: str | None = None
) -> Callable[[_F], _F]:
    """``--format NAME`` (the parameter ``fmt``); ``default`` shown in the help when given.

    ``choices`` comes from :func:`choice` or :class:`LazyChoice`, so the name is matched
    in any case (``--format JSON`` is ``json``), as the extension of a file named
    ``X.TTL`` is.
    """
    shown = default is not None
    return click.option(
        "--format", "fmt", type=choices, default=default, show_default=shown, help=help
    )


#: ``-j/--jobs N``: worker processes, one per CPU unless given.
jobs_option = click.option(
    "-j", "--jobs", type=click.IntRange(min=1), help="Worker processes [default: one per CPU]."
)


def terminal_progress(
    stack: contextlib.ExitStack[Any], label: str
) -> Callable[[int, int], None] | None:
    """A progress bar on stderr when it is a terminal (closed with ``stack``), else ``None``.

    What a long command passes as its library call's ``progress(done, total)``.
    """
    if not sys.stderr.isatty():  # nothing when stderr is piped or captured
        return None
    bar = stack.enter_context(click.progressbar(length=1, label=label, file=sys.stderr))

    def progress(done: int, total: int) -> None:
        bar.length = total
        bar.update(done - bar.pos)

    return progress


class NumberRange(click.FloatRange):
    """A :class:`click.FloatRange` that refuses ``nan``.

    ``nan`` compares false with every bound, so click let it through: ``extract
    --min-confidence nan`` drafted 0 facts and ``evaluate --min-confidence nan`` scored
    an empty draft, exit 0, as if the value meant something.
    """

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if number != number:  # nan is the one float not equal to itself
            self.fail(
                f"{value!r} is not a number in the range {self._describe_range()}.", param, ctx
            )
        return number


class StdoutError(OSError):
    """A write to standard output failed: it was closed (``>&-``) or the disk under it is
    full. Raised by what ``diplokg.cli`` puts under ``sys.stdout``, so that the one line
    says it was standard output (a write error names no file)."""


#: The exit code when the reader of standard output went away (``| head``): 128 + SIGPIPE,
#: as shells report it; the command's own result was not all read.
EXIT_PIPE_CLOSED = 141


def quiet_stdout() -> None:
    """Send what Python still flushes at exit to the null device (the pipe is gone)."""
    with contextlib.suppress(AttributeError, OSError, ValueError, io.UnsupportedOperation):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def min_confidence_option(help: str) -> Callable[[_F], _F]:
    """``--min-confidence X``: the least confidence of a drafted fact that counts."""
    return click.option(
        "--min-confidence", type=NumberRange(0, 1), default=0.0, show_default=True, help=help
    )


_ARTICLE_INPUTS = [
    click.option(
        "--annotation", type=FILE, help="Annotation YAML [default: NAME.ann.yaml beside ARTICLE]."
    ),
    click.option(
        "--metadata", type=FILE, help="Metadata YAML [default: NAME.meta.yaml beside ARTICLE]."
    ),
    registry_option("entities.yaml beside ARTICLE"),
    click.option(
        "--published", metavar="YYYY-MM-DD", help="Publication date (overrides metadata)."
    ),
    click.option("--publisher", metavar="NAME", help="Publisher name or registry key."),
]


def article_inputs(command: Callable[..., None]) -> Callable[..., None]:
    """The options that find an article's annotation, metadata and registry.

    The command gets them as one ``inputs`` argument
    (:class:`~diplokg.model.annotation.ArticleInputs`), the publication date parsed.
    """

    @functools.wraps(command)
    def gathered(
        *args: Any,
        annotation: Path | None,
        metadata: Path | None,
        registry: Path | None,
        published: str | None,
        publisher: str | None,
        **kwargs: Any,
    ) -> None:
        from diplokg.model.annotation import ArticleInputs

        inputs = ArticleInputs(
            annotation=annotation,
            metadata=metadata,
            registry=registry,
            published=day(published),
            publisher=text_value(publisher, "--publisher"),
        )
        command(*args, inputs=inputs, **kwargs)

    for option in reversed(_ARTICLE_INPUTS):
        gathered = option(gathered)
    return gathered


def text_value(value: str | None, what: str) -> str | None:
    """``value`` if it is text: bytes that are not UTF-8 in argv arrive as lone surrogates."""
    if value is None:
        return None
    if any("\udc80" <= ch <= "\udcff" for ch in value):
        raise UsageError(f"{what} is not valid UTF-8 text: {value!r}")
    if not value.strip():  # as the same field in a metadata file
        raise UsageError(f"{what} must not be empty")
    bad = next((ch for ch in value if unicodedata.category(ch) in ("Cc", "Zl", "Zp")), None)
    if bad is not None:  # a name goes into literals, pages and terminals: one printable line
        raise UsageError(
            f"{what} contains the control character U+{ord(bad):04X}; give one line of "
            "printable text"
        )
    return value


def day(value: str | None, what: str = "--published") -> dt.date | None:
    """The date an option gives (``YYYY-MM-DD``), or None when it is not given."""
    from diplokg.model.annotation import parse_day

    return None if value is None else parse_day(value, what=what)


def files_read_beside(article: Path, *, annotation: bool = True) -> list[Path]:
    """The files a command reads for ARTICLE by default, as
    :func:`~diplokg.model.annotation.article_sources` finds them: the text, its metadata, the
    registry and (with ``annotation``) its annotation; those missing are left out."""
    from diplokg.model.annotation import article_sources

    found = article_sources(article)
    files = [found.text, found.metadata, found.registry]
    if annotation:
        files.append(found.annotation)
    return [f for f in files if f is not None]


#: The names of the files a folder of articles holds (every NAME.txt is an article).
_ARTICLE_SET_NAMES = (".txt", ".ann.yaml", ".meta.yaml", ".gold.json")


def _in_article_set(path: Path) -> bool:
    """Whether ``path`` is a file of its folder's article set."""
    return path.name == "entities.yaml" or path.name.endswith(_ARTICLE_SET_NAMES)


def refuse_output_onto_input(output: Path | None, inputs: Sequence[Path | None]) -> None:
    """Raise :class:`~diplokg.errors.UsageError` if ``output`` is a file the command reads.

    ``-o`` naming the article (or its annotation) would replace what was just read with
    the command's output; ``-o`` leading into a build's outputs would change them. A
    folder among ``inputs`` stands for its article files (``NAME.txt``, ``NAME.ann.yaml``,
    ``NAME.meta.yaml``, ``entities.yaml``, gold files).
    """
    import os

    from diplokg.rdf.output import refuse_build_outputs

    if output is not None:
        refuse_build_outputs([output], what=f"'{click.get_current_context().command_path}'")
    if output is None or not output.exists():
        return
    for given in inputs:
        if given is None or not given.exists():
            continue
        if given.is_dir():
            same = output.resolve().parent == given.resolve() and _in_article_set(output)
        else:
            same = os.path.samefile(output, given)
        if same:
            raise UsageError(
                f"the output would replace an input of this command ({given}); "
                "choose another output file",
                path=output,
            )


def refuse_output_onto_article(output: Path | None, article: Path, inputs: ArticleInputs) -> None:
    """:func:`refuse_output_onto_input` for a command that reads ARTICLE with the files
    :func:`article_inputs` gathered: those found beside it and those the options name."""
    named = [inputs.annotation, inputs.metadata, inputs.registry]
    refuse_output_onto_input(output, [*files_read_beside(article), *named])
