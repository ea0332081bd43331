"""The extractor's steps (diplokg.extract.steps): their order and what they say they need.

Each step declares the collections of the working state it needs and provides. These
tests check the order against the declarations, and the declarations against the code:
what a step's methods (and the methods, and functions given the extractor, they call) read
and write of the state, found in their syntax trees, must be declared.
"""

from __future__ import annotations

import ast
import functools
import inspect
import textwrap
from collections.abc import Callable, Iterator

from diplokg.extract import state
from diplokg.extract.extractor import Extractor
from diplokg.extract.steps import STEPS

# The attributes of the working state (see State.__init__) and the collection each is part of.
COLLECTION = {
    "mens": "mentions",
    "men_starts": "mentions",
    "max_mention": "mentions",
    "mens_sorted": "mentions",
    "single_names": "single-names",
    "ents": "entities",
    "persons": "entities",
    "_local_names": "entities",
    "demonyms": "entities",
    "positions": "positions",
    "anon_positions": "anonymous-positions",
    "publisher_key": "publisher",
    "dates": "dates",
    "conf_refs": "conference-mentions",
    "events": "events",
    "absences": "absences",
    "statements": "statements",
    "quotes": "quotes",
    "relay_principals": "relays",
    "agreements": "agreements",
    "accusations": "accusations",
    "accusations_by_sent": "accusations",
}
MUTATORS = frozenset(
    {"append", "extend", "sort", "insert", "remove", "pop", "update", "add", "clear", "discard"}
)


def _self_attribute(node: ast.AST, me: str = "self") -> str | None:
    """X where ``node`` is ``self.X`` (or ``me.X``: a function's extractor is ``me``)."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return node.attr if node.value.id == me else None
    return None


def _self_attributes(tree: ast.AST, me: str = "self") -> Iterator[tuple[str, bool]]:
    """(attribute of self, written?) for each use of ``self.X`` in ``tree``."""
    for node in ast.walk(tree):
        attr = _self_attribute(node, me)
        if attr is not None:
            yield attr, isinstance(getattr(node, "ctx", None), ast.Store | ast.Del)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            attr = _self_attribute(node.func.value, me)
            if attr is not None and node.func.attr in MUTATORS:
                yield attr, True  # self.X.append(…)
        if isinstance(node, ast.Assign | ast.AugAssign | ast.Delete):
            targets = [node.target] if isinstance(node, ast.AugAssign) else node.targets
            for target in targets:
                for sub in ast.walk(target):
                    attr = (
                        _self_attribute(sub.value, me) if isinstance(sub, ast.Subscript) else None
                    )
                    if attr is not None:
                        yield attr, True  # self.X[…] = …


def _functions_given_self(
    tree: ast.AST, me: str, namespace: dict[str, object]
) -> Iterator[Callable[..., object]]:
    """The extractor's module functions ``tree`` calls with its extractor as first argument
    (``_org_named(self, name)``: the helpers two rule modules share, below both)."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.args
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id == me
        ):
            fn = namespace.get(node.func.id)
            if inspect.isfunction(fn) and fn.__module__.startswith("diplokg.extract."):
                yield fn


@functools.cache
def _direct(
    fn: Callable[..., object],
) -> tuple[tuple[Callable[..., object], ...], frozenset[tuple[str, bool]]]:
    """What ``fn``'s own body calls (methods and functions given the extractor) and the
    attributes of the extractor it reads or writes; parsed once, as many steps share them."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(fn))).body[0]
    assert isinstance(tree, ast.FunctionDef)
    me = tree.args.args[0].arg  # self, or the extractor a function is given
    attributes = frozenset(_self_attributes(tree, me))
    methods = [
        getattr(Extractor, a)
        for a, _ in attributes
        if inspect.isfunction(getattr(Extractor, a, None))
    ]
    return (*_functions_given_self(tree, me, fn.__globals__), *methods), attributes


def _reads_and_writes(method: str) -> tuple[set[str], set[str]]:
    """The collections ``method`` and every method (or function given the extractor) it
    calls read and write."""
    reads: set[str] = set()
    writes: set[str] = set()
    seen: set[Callable[..., object]] = set()
    todo: list[Callable[..., object]] = [getattr(Extractor, method)]
    while todo:
        fn = todo.pop()
        if fn in seen:
            continue
        seen.add(fn)
        callees, attributes = _direct(fn)
        todo.extend(callees)
        for attr, written in attributes:
            if attr in COLLECTION:
                (writes if written else reads).add(COLLECTION[attr])
    return reads, writes


def test_step_names_are_unique() -> None:
    names = [step.name for step in STEPS]
    assert len(names) == len(set(names))


def test_every_need_is_provided_by_an_earlier_step() -> None:
    provided: set[str] = set()
    for step in STEPS:
        assert step.needs <= provided, (step.name, sorted(step.needs - provided))
        provided |= step.provides


def test_every_state_collection_is_provided() -> None:
    provided = {name for step in STEPS for name in step.provides}
    assert provided == set(COLLECTION.values())


def test_the_state_attributes_are_the_ones_listed() -> None:
    # A new attribute of the state must be placed in a collection above.
    tree = ast.parse(textwrap.dedent(inspect.getsource(state.State.__init__)))
    attributes = {attr for attr, written in _self_attributes(tree) if written}
    given = {"article_id", "published", "publisher", "registry", "lex", "ids", "_next_suffix"}
    assert attributes - given == (set(COLLECTION) | {"_title_before", "_resolved"})


def test_each_step_declares_what_its_code_reads_and_writes() -> None:
    provided: set[str] = set()  # by the steps before
    for step in STEPS:
        reads, writes = _reads_and_writes(step.run.__name__)
        assert writes <= step.provides, (step.name, sorted(writes - step.provides))
        # It needs what it reads of the earlier steps' work, and what it reads and does
        # not write (nothing may be made only later).
        needed = (reads & provided) | (reads - writes)
        assert needed <= step.needs, (step.name, sorted(needed - step.needs))
        assert step.needs <= reads, (step.name, "declared but not read", sorted(step.needs - reads))
        provided |= step.provides
