"""``--changed-since``: the articles changed since a git ref, and those whose shared
entity data changed.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from diplokg.errors import AnnotationError, UsageError
from diplokg.model.annotation import (
    EntityDef,
    Registry,
    load_registry,
)
from diplokg.validation.checks import RegistryCheck
from diplokg.validation.units import Unit

__all__ = ["changed_units"]


def _git(args: Sequence[str], *, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(  # noqa: S603 - fixed program, arguments are not shell-parsed
        ["git", *args],  # noqa: S607 - git from PATH, as a user runs it
        cwd=cwd,
        capture_output=True,
        check=False,
    )


def _entity_fields(e: EntityDef) -> tuple[Any, ...]:
    return (
        e.name,
        e.type,
        e.aliases,
        e.wikidata,
        e.capital.key if e.capital else None,
        e.country.key if e.country else None,
        e.description,
    )


def _changed_entities(old: Registry | None, new: RegistryCheck) -> tuple[set[str], set[str]]:
    """Keys of entities that changed between two registries, and every name they go by."""
    if old is None:
        keys = set(new.registry.entities) | set(new.pruned)
        changed = keys
    else:
        keys = set(old.entities) | set(new.registry.entities) | set(new.pruned)
        changed = {
            k
            for k in keys
            if k in new.pruned
            or (k in old.entities) != (k in new.registry.entities)
            or (
                k in old.entities
                and _entity_fields(old.entities[k]) != _entity_fields(new.registry.entities[k])
            )
        }
    registries = [r for r in (old, new.registry) if r is not None]
    # An entity whose capital or country changed restates it: its articles are affected too.
    grew = True
    while grew:
        grew = False
        for reg in registries:
            for e in reg.entities.values():
                refs = {r.key for r in (e.capital, e.country) if r is not None}
                if e.key not in changed and refs & changed:
                    changed.add(e.key)
                    grew = True
    names = set(changed)
    for reg in registries:
        for k in changed:
            if k in reg.entities:
                names.add(reg.entities[k].name.casefold())
                names.update(a.casefold() for a in reg.entities[k].aliases)
    return changed, names


def changed_units(
    units: Sequence[Unit],
    ref: str,
    *,
    registries: Mapping[Path, RegistryCheck],
    shapes: Sequence[Path] = (),
) -> list[Unit]:
    """The units changed since git ``ref`` (its merge base with HEAD, plus uncommitted and
    untracked files), and the articles whose shared entity data changed.
    """
    anchor = units[0].path.resolve().parent if units else Path.cwd()
    top = _git(["rev-parse", "--show-toplevel"], cwd=anchor)
    if top.returncode != 0:
        raise UsageError(f"--changed-since needs a git repository; {anchor} is not in one")
    root = Path(top.stdout.decode().strip())
    if _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd=root).returncode:
        raise UsageError(f"--changed-since: unknown git revision {ref!r}")
    merge_base = _git(["merge-base", ref, "HEAD"], cwd=root)
    base = merge_base.stdout.decode().strip() if merge_base.returncode == 0 else ref
    diff = _git(["diff", "--name-only", "-z", "--no-renames", base, "--"], cwd=root)
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], cwd=root)
    if diff.returncode != 0:
        raise UsageError(f"git diff against {ref!r} failed: {diff.stderr.decode().strip()}")
    changed = {
        os.path.normpath(root / name)
        for name in (diff.stdout + b"\0" + untracked.stdout).decode().split("\0")
        if name
    }
    real_dirs: dict[str, str] = {}

    def real(path: Path | str) -> str:
        """``path`` with its folder's symlinks resolved, as git names it (one look per folder).

        Strings, not Paths: this runs three times per article of the corpus.
        """
        folder, name = os.path.split(path)
        resolved = real_dirs.get(folder)
        if resolved is None:
            resolved = real_dirs[folder] = os.path.realpath(folder or ".")
        return os.path.join(resolved, name)

    if any(real(p) in changed for p in shapes):
        return list(units)

    affected_by: dict[Path, tuple[set[str], set[str]]] = {}
    for path, check in registries.items():
        resolved = Path(real(path))
        if str(resolved) not in changed:
            continue
        old: Registry | None = None
        shown = _git(["show", f"{base}:{resolved.relative_to(root).as_posix()}"], cwd=root)
        if shown.returncode == 0:
            try:
                old = load_registry(path, content=shown.stdout.decode("utf-8"))
            except (AnnotationError, UnicodeDecodeError):
                old = None
        affected_by[path] = _changed_entities(old, check)

    selected = []
    for unit in units:
        if unit.kind == "rdf":
            if real(unit.path) in changed:
                selected.append(unit)
            continue
        text = os.fspath(unit.path)
        stem = text.removesuffix(".txt")
        own = [text, stem + ".meta.yaml", stem + ".ann.yaml"]
        if any(real(p) in changed for p in own) or (
            unit.registry in affected_by
            and _mentions([Path(p) for p in own[1:]], *affected_by[unit.registry])
        ):
            selected.append(unit)
    return selected


def _mentions(files: Sequence[Path], keys: set[str], names: set[str]) -> bool:
    """True if the article's metadata or annotation (``files``) may refer to one of
    ``keys`` or, as its publisher, to one of ``names``."""
    if not keys:
        return False
    words = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(k) for k in sorted(keys)) + r")(?![\w-])"
    )
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            continue
        except (OSError, UnicodeDecodeError):
            return True
        if words.search(text):
            return True
        if path.name.endswith(".meta.yaml"):
            folded = text.casefold()
            if any(name in folded for name in names):
                return True
    return False
