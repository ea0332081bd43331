"""The build's output folder as a transaction: generations, the lock and the links.

Everything a build writes lives in one generation folder ``OUT/.diplokg/gen-*``;
the names a reader uses (``OUT/articles``, ``OUT/dataset.trig``, ``OUT/store`` …)
are symbolic links through ``OUT/.diplokg/current``, replaced in one ``rename``
when a generation is complete (:func:`publish`). A kernel lock (:func:`locked`)
keeps a second build out; :func:`cleanup` removes only what diplokg made, inside
the folder it marked as its own (:func:`prepare_state`). See
:mod:`diplokg.app.build` for what goes into a generation.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diplokg.errors import StoreError, UsageError
from diplokg.rdf.output import BUILD_STATE_DIR, BUILD_STATE_MARK, os_problem
from diplokg.store.embedded import is_diplokg_store

__all__ = [
    "MANIFEST",
    "MANIFEST_FORMAT",
    "OUTPUTS",
    "STATE_DIR",
    "STATE_MARK",
    "Aside",
    "Layout",
    "check_articles_apart",
    "check_store_path",
    "cleanup",
    "link",
    "locked",
    "of_another_version",
    "prepare_state",
    "previous_generation",
    "publish",
    "read_manifest",
]

#: The folder inside OUT that diplokg owns, and the file that marks it as diplokg's.
STATE_DIR = BUILD_STATE_DIR
STATE_MARK = BUILD_STATE_MARK
MANIFEST = "manifest.json"
#: 2: each article's cached outputs carry their digests (a damaged or edited one is rebuilt).
MANIFEST_FORMAT = "diplokg-build/2"
#: What a build publishes in OUT, each a symbolic link through ``.diplokg/current``.
OUTPUTS = ("articles", "pages", "dataset.trig", "validation-report.ttl", "index.html", "store")


@dataclass(frozen=True)
class Layout:
    """Where a build writes: OUT and its store path, and the places inside OUT it owns."""

    out: Path
    store: Path

    @property
    def state(self) -> Path:
        return self.out / STATE_DIR

    @property
    def current(self) -> Path:
        return self.state / "current"

    @property
    def objects(self) -> Path:
        return self.state / "objects"

    @property
    def default_store(self) -> bool:
        return os.path.abspath(self.store) == os.path.abspath(self.out / "store")

    def link_target(self, name: str) -> str:
        """What the published name ``name`` points at."""
        if name == "store" and not self.default_store:
            return os.path.abspath(self.current / "store")
        return f"{STATE_DIR}/current/{name}"


class Aside:
    """Where what stands in a build's way is moved, never deleted: one ``legacy-*`` folder
    in OUT's ``.diplokg``, made when the first thing is moved."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.folder: Path | None = None

    def keep(self, path: Path, *, linked: bool = False) -> Path:
        """Move ``path`` (a file, link or folder) into the legacy folder; where it went.

        ``linked``: a file or link is hard-linked there instead, for the caller to
        replace it in one rename (a reader never finds the name missing).
        """
        if self.folder is None:
            stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
            self.folder = Path(tempfile.mkdtemp(prefix=f"legacy-{stamp}-", dir=self.layout.state))
        target = self.folder / path.name
        if os.path.lexists(target):
            target = Path(tempfile.mkdtemp(prefix=f"{target.name}-", dir=self.folder)) / target.name
        if linked and (path.is_symlink() or not path.is_dir()):
            os.link(path, target, follow_symlinks=False)
        else:
            os.replace(path, target)
        return target


def check_store_path(layout: Layout) -> None:
    """Refuse a store path holding what diplokg did not make; it is never moved or deleted."""
    path = layout.store
    target = layout.link_target("store")
    if not path.is_symlink():
        if path.exists():
            what = "folder" if path.is_dir() else "file"
            raise UsageError(
                f"{path} is a {what} diplokg did not make, not a diplokg store: it is left "
                "as it is; give --store another path (or move it away yourself)"
            )
        return
    pointed = os.readlink(path)
    if pointed == target:
        return
    resolved = path.parent / pointed
    # A store link made by diplokg before builds were transactions: to a marked folder,
    # or (older still) to a ".NAME.*" folder beside it. The folder itself is left.
    if is_diplokg_store(resolved) or ("/" not in pointed and pointed.startswith(f".{path.name}.")):
        return
    raise UsageError(
        f"{path} is a link to {pointed}, which is not a diplokg store: it is left as it is; "
        "give --store another path (or remove the link yourself)"
    )


def check_articles_apart(layout: Layout, articles: Path) -> None:
    """Refuse a folder of articles that is a name the build publishes in OUT, or lies in
    one (or in OUT's ``.diplokg``): publishing moved it aside into ``.diplokg/legacy-*``
    and put the article graphs' link in its place, the user's sources hidden."""
    where = Path(os.path.realpath(articles))
    for name in (*OUTPUTS, STATE_DIR):
        path = layout.store if name == "store" else layout.out / name
        own = Path(os.path.realpath(path))
        if where == own or own in where.parents:
            what = "its generations" if name == STATE_DIR else name
            place = "here" if where == own else f"in {path}, which holds it"
            raise UsageError(
                f"the build publishes {what} {place}, so its outputs would take the articles' "
                "place; keep them in another folder or choose another -o",
                path=articles,
            )


def prepare_state(layout: Layout) -> None:
    """Make OUT's ``.diplokg`` folder, or check that the one there is diplokg's.

    The folder appears with its mark already in it (made under a private name, then
    renamed), so a second build started at the same moment sees either no folder or a
    marked one, never an unmarked one it would take for the user's.
    """
    state = layout.state
    try:
        if layout.out.exists() and not layout.out.is_dir():
            raise UsageError(f"{layout.out} is a file, not a folder for the build's outputs")
        if not (state.is_dir() or state.is_symlink()):
            _make_state(state)
        if not (state / STATE_MARK).is_file():
            raise UsageError(
                f"{state} exists but is not diplokg's (no {STATE_MARK} file in it): it is "
                "left as it is; move it away or choose another -o folder"
            )
    except OSError as exc:
        raise StoreError(
            f"cannot create the output folder: {os_problem(exc, state)}", path=state
        ) from None


def _make_state(state: Path) -> None:
    state.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f"{STATE_DIR}.new-", dir=state.parent))
    try:
        (fresh / STATE_MARK).write_text(
            "This folder holds the builds diplokg wrote into its parent folder: the\n"
            "current and previous generations, cached article outputs and the lock.\n"
            "diplokg removes only what is in here, and only what it made.\n",
            encoding="utf-8",
        )
        try:
            fresh.rename(state)
        except OSError as exc:  # a build started at the same moment made it first
            if exc.errno not in (errno.EEXIST, errno.ENOTEMPTY):
                raise
    finally:
        if fresh.exists():
            shutil.rmtree(fresh, ignore_errors=True)


@contextlib.contextmanager
def locked(layout: Layout) -> Iterator[None]:
    """Hold the build lock of OUT; a second build fails at once, saying who holds it.

    The lock is the kernel's (``flock``): it goes with the process, so a killed
    build never leaves a stale lock behind.
    """
    path = layout.state / "lock"
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"cannot create the lock file: {exc.strerror}", path=path) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise StoreError(f"cannot lock the build: {exc.strerror}", path=path) from None
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another process"
            raise UsageError(
                f"another build is running into {layout.out} ({holder}): wait for it to "
                "finish, or build into another -o folder"
            ) from None
        with contextlib.suppress(OSError):  # who holds it, for the message (a full disk: none)
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"pid {os.getpid()}\n".encode(), 0)
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
    finally:
        os.close(fd)


def previous_generation(layout: Layout) -> Path | None:
    """The generation ``.diplokg/current`` names, if it is one of this folder's own.

    ``current`` is a link diplokg made to a ``gen-*`` folder beside it; anything else
    there (a link leading out of OUT, to a file, or no link) names no generation,
    and the build starts afresh rather than reading or reusing what it leads to.
    """
    try:
        target = os.readlink(layout.current)
    except OSError:
        return None
    gen = layout.state / target
    if "/" in target or not target.startswith("gen-") or gen.is_symlink() or not gen.is_dir():
        return None
    return gen


_KEY = re.compile(r"[0-9a-f]{64}")
_RESULT_TEXT = ("severity", "shape", "focus", "focus_n3", "message", "constraint")
_RESULT_OPTIONAL = ("path", "value", "value_n3")


def _is_key(value: object) -> bool:
    return isinstance(value, str) and _KEY.fullmatch(value) is not None


def _all(values: object, kind: type, test: Any = None) -> bool:
    return isinstance(values, list) and all(
        isinstance(v, kind) and (test is None or test(v)) for v in values
    )


def _is_result(r: Any) -> bool:
    return (
        isinstance(r, dict)
        and all(isinstance(r.get(k), str) for k in _RESULT_TEXT)
        and all(r.get(k) is None or isinstance(r.get(k), str) for k in _RESULT_OPTIONAL)
    )


def _is_entry(e: Any) -> bool:
    if not isinstance(e, dict):
        return False
    digests, stamps = e.get("digests"), e.get("stamps")
    return (
        isinstance(e.get("id"), str)
        and _is_key(e.get("key"))
        and isinstance(e.get("kind"), str)
        and type(e.get("triples")) is int
        and _all(e.get("results"), dict, _is_result)
        and _all(e.get("prefixes"), str)
        and _all(e.get("dropped", []), str)
        and (e.get("index") is None or isinstance(e.get("index"), dict))
        and isinstance(digests, dict)
        and all(v is None or _is_key(v) for v in digests.values())
        and isinstance(stamps, dict)
        and all(_all(v, int) and len(v) == 2 for v in stamps.values())
    )


def _is_store(store: Any) -> bool:
    if store is None:
        return True
    if not isinstance(store, dict):
        return False
    articles, digests = store.get("articles"), store.get("digests")
    return (
        isinstance(articles, dict)
        and all(_is_key(k) for k in articles.values())
        and isinstance(digests, dict)
        and all(_is_key(d) for d in digests.values())
        and articles.keys() == digests.keys()
        and _all(
            store.get("entities"),
            list,
            lambda r: len(r) == 2 and isinstance(r[0], str) and type(r[1]) is int,
        )
    )


def _load_manifest(gen: Path) -> object:
    try:
        return json.loads((gen / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None


def of_another_version(gen: Path) -> bool:
    """Whether a generation was written by another version of diplokg (another format)."""
    data = _load_manifest(gen)
    return (
        isinstance(data, dict)
        and isinstance(data.get("format"), str)
        and data["format"].startswith("diplokg-build/")
        and data["format"] != MANIFEST_FORMAT
    )


def read_manifest(gen: Path) -> dict[str, Any] | None:
    """The manifest of a generation folder, or ``None`` if it has none diplokg can read.

    Every field is checked, as what a user or a damaged disk may have left there: a
    cache key is 64 hexadecimal digits (never a path leading out of ``objects``).
    """
    data = _load_manifest(gen)
    if (
        not isinstance(data, dict)
        or data.get("format") != MANIFEST_FORMAT
        or not _all(data.get("articles"), dict, _is_entry)
        or not _is_store(data.get("store"))
    ):
        return None
    ids = [e["id"] for e in data["articles"]]
    return data if len(set(ids)) == len(ids) else None


def link(path: Path, target: str) -> None:
    """Make ``path`` a symbolic link to ``target`` atomically (a rename over the old link)."""
    tmp = path.with_name(f".{path.name}.link-{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    tmp.symlink_to(target)
    os.replace(tmp, path)


def publish(layout: Layout, gen: Path) -> tuple[Path, ...]:
    """Point the published names at ``.diplokg/current``; earlier real files are moved aside."""
    moved: list[Path] = []
    aside = Aside(layout)
    for name in OUTPUTS:
        path = layout.store if name == "store" else layout.out / name
        target = layout.link_target(name)
        present = (gen / name).exists()
        if path.is_symlink() and os.readlink(path) == target:
            if not present:
                path.unlink()
            continue
        if not present:
            continue
        if name == "store":
            path.parent.mkdir(parents=True, exist_ok=True)
            link(path, target)  # check_store_path accepted what was there: a link
            continue
        if path.is_symlink() or path.exists():
            moved.append(aside.keep(path, linked=True))
        link(path, target)
    return tuple(moved)


def cleanup(layout: Layout, keep: Sequence[Path]) -> None:
    """Remove what diplokg made and no longer needs: other generations, unused cache files."""
    keep_names = {p.name for p in keep}
    keys: set[str] = set()
    for gen in keep:
        manifest = read_manifest(gen)
        if manifest is None:
            continue
        keys.update(e["key"] for e in manifest["articles"])
        keys.update((manifest.get("store") or {}).get("articles", {}).values())
    for child in layout.state.iterdir():
        if child.name.startswith("gen-") and child.name not in keep_names and child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
    if layout.objects.is_dir():
        with os.scandir(layout.objects) as entries:
            for entry in entries:
                if entry.name.split(".", 1)[0] not in keys:
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)
