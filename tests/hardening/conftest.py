"""Fixtures the hardening rounds share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.remote_servers import Reply, Stub


@pytest.fixture
def recording() -> Iterator[Stub]:
    """A server that answers every request 500 (no request is expected): a test asserts
    ``recording.seen == []`` to show that a refused command sent nothing."""
    stub = Stub([], default=Reply(500, b"unexpected"))
    yield stub
    stub.close()
