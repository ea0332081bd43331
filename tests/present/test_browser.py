"""The review page and the ontology docs in a real browser: headless Chromium.

Chromium (the Debian package, installed by ``.ci/run``) is driven over its
DevTools protocol with ``websocket-client``; nothing is downloaded. The tests
check what a reviewer relies on: one highlight per span of the graph, facts
that bring their spans into view and spans that lead back to their facts, no
console errors and no network requests at all. Screenshots go to the test's
temporary folder, or to ``$DIPLOKG_SCREENSHOTS`` when set (the README's
``docs/review-page.png`` is made that way).
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import websocket
from rdflib import Graph

from diplokg.app.build import build
from diplokg.present.docs import write_docs
from diplokg.present.review import render_article
from diplokg.rdf.convert import ArticleGraph
from tests.conftest import SEEDS
from tests.tiers import require_chromium, require_graphviz, starting

pytestmark = pytest.mark.slow

VIEWPORT = (1400, 900)


@dataclass
class Page:
    """One browser tab, spoken to over the DevTools protocol."""

    ws: websocket.WebSocket
    events: list[dict[str, Any]] = field(default_factory=list)
    next_id: int = 0

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        ident = self.next_id
        self.ws.send(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result
            if "method" in message:
                self.events.append(message)

    def pump(self, seconds: float) -> None:
        """Collect the events that arrive within ``seconds``."""
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            self.ws.settimeout(left)
            try:
                message = json.loads(self.ws.recv())
            except websocket.WebSocketTimeoutException:
                break
            finally:
                self.ws.settimeout(30)
            if "method" in message:
                self.events.append(message)

    def wait_for(self, method: str, timeout: float = 20) -> dict[str, Any]:
        end = time.monotonic() + timeout
        seen = 0
        while time.monotonic() < end:
            for event in self.events[seen:]:
                if event["method"] == method:
                    return event
            seen = len(self.events)
            self.pump(0.1)
        raise TimeoutError(method)

    def js(self, expression: str) -> Any:
        reply = self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in reply:
            raise RuntimeError(f"{expression!r}: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def open(self, path: Path) -> str:
        url = path.resolve().as_uri()
        self.events.clear()
        self.send("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")
        self.pump(0.3)
        return url

    def click(self, x: float, y: float) -> None:
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def screenshot(self, path: Path, *, clip: dict[str, float] | None = None) -> Path:
        params: dict[str, Any] = {"format": "png"}
        if clip is not None:
            params |= {"clip": {**clip, "scale": 1}, "captureBeyondViewport": True}
        data = self.send("Page.captureScreenshot", **params)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def requests(self) -> list[str]:
        return [
            e["params"]["request"]["url"]
            for e in self.events
            if e["method"] == "Network.requestWillBeSent"
        ]

    def problems(self) -> list[str]:
        """Console errors and warnings, uncaught exceptions and browser log errors."""
        found = []
        for e in self.events:
            p = e["params"]
            if e["method"] == "Runtime.consoleAPICalled" and p["type"] in (
                "error",
                "warning",
                "assert",
            ):
                found.append(f"console.{p['type']}: {[a.get('value') for a in p['args']]}")
            elif e["method"] == "Runtime.exceptionThrown":
                found.append(f"exception: {p['exceptionDetails']}")
            elif e["method"] == "Log.entryAdded" and p["entry"]["level"] in ("error", "warning"):
                found.append(f"log {p['entry']['level']}: {p['entry']['text']}")
        return found


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Page]:
    chromium = require_chromium("the review page and the docs in a real browser")
    starting("a browser")
    profile = tmp_path_factory.mktemp("chromium-profile")
    log = (profile / "chromium.log").open("wb")
    proc = subprocess.Popen(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-features=Translate,MediaRouter,OptimizationHints",
            f"--user-data-dir={profile}",
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
            f"--window-size={VIEWPORT[0]},{VIEWPORT[1]}",
            "about:blank",
        ],
        stdout=log,
        stderr=log,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.exists() or not port_file.read_text().strip():
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    "chromium did not start: " + (profile / "chromium.log").read_text()
                )
            time.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as reply:
            targets = json.load(reply)
        (target,) = [t for t in targets if t["type"] == "page"]
        ws = websocket.create_connection(
            target["webSocketDebuggerUrl"], timeout=30, suppress_origin=True
        )
        page = Page(ws)
        for domain in ("Page", "Runtime", "Log", "Network"):
            page.send(f"{domain}.enable")
        page.send(
            "Emulation.setDeviceMetricsOverride",
            width=VIEWPORT[0],
            height=VIEWPORT[1],
            deviceScaleFactor=1,
            mobile=False,
        )
        yield page
        ws.close()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _shots(tmp_path: Path) -> Path:
    return Path(os.environ.get("DIPLOKG_SCREENSHOTS") or tmp_path)


@pytest.fixture(scope="module")
def review_page(seed: ArticleGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("review") / "review.html"
    path.write_text(render_article(seed), encoding="utf-8")
    return path


def _spans(graph: Graph, link: str) -> dict[str, str]:
    """Spans linked by ``link`` (a SPARQL property path): "begin-end" → text."""
    rows = graph.query(
        f"""
        PREFIX dk: <https://w3id.org/diplokg/ontology#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        SELECT DISTINCT ?b ?e ?text WHERE {{
          [] {link} ?span . ?span nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?text .
        }}"""
    )
    return {f"{row.b}-{row.e}": str(row.text) for row in rows}  # type: ignore[union-attr]


_HIGHLIGHTS_JS = """
(() => {
  const spans = {};
  for (const m of document.querySelectorAll('#text mark.hl')) {
    const key = m.dataset.span;
    const s = spans[key] || (spans[key] = {text: '', ev: false, mn: false, ids: 0, pieces: 0});
    if (!m.parentElement.closest(`mark[data-span="${key}"]`)) {
      // the text of this fragment (fragments of one span never nest in each other)
      s.text += m.textContent;
    }
    s.ev = s.ev || m.classList.contains('ev');
    s.mn = s.mn || m.classList.contains('mn');
    s.ids += m.id === 's-' + key ? 1 : 0;
    s.pieces += 1;
  }
  return spans;
})()
"""


def test_one_highlight_per_evidence_span_and_per_mention_span(
    browser: Page, review_page: Path, seed: ArticleGraph
) -> None:
    browser.open(review_page)
    shown = browser.js(_HIGHLIGHTS_JS)
    evidence = _spans(seed.graph, "dk:evidence")
    mentions = _spans(seed.graph, "oa:hasTarget")
    assert len(evidence) > 50 and len(mentions) > 50  # the seed article, fully annotated

    # A highlight is one span of the graph, however many fragments crossing spans cut it into.
    shown_evidence = {k for k, v in shown.items() if v["ev"]}
    shown_mentions = {k for k, v in shown.items() if v["mn"]}
    assert len(shown_evidence) == len(evidence)
    assert shown_evidence == set(evidence)
    assert len(shown_mentions) == len(mentions)
    assert shown_mentions == set(mentions)
    assert set(shown) == set(evidence) | set(mentions)
    # Each highlight covers exactly its span's characters, and has one anchor.
    assert {k: v["text"] for k, v in shown.items()} == evidence | mentions
    assert all(v["ids"] == 1 for v in shown.values())
    assert browser.problems() == []


_RECT_JS = """
((id) => {
  const el = document.getElementById(id);
  const r = el.getClientRects()[0];
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return {top: r.top, bottom: r.bottom, left: r.left, right: r.right,
          height: innerHeight, width: innerWidth,
          visible: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth
                   && !!hit && !!hit.closest(`[data-span="${el.dataset.span}"]`)};
})
"""


def _rect(page: Page, element_id: str) -> dict[str, Any]:
    rect: dict[str, Any] = page.js(f"{_RECT_JS}({json.dumps(element_id)})")
    return rect


def _settle(page: Page, timeout: float = 5) -> None:
    """Wait until the page and the facts panel have stopped (smooth) scrolling."""
    where = "[scrollY, document.getElementById('panel').scrollTop]"
    last, still, deadline = page.js(where), 0, time.monotonic() + timeout
    while still < 4 and time.monotonic() < deadline:
        time.sleep(0.05)
        now = page.js(where)
        still = still + 1 if now == last else 0
        last = now


def _fact_ids(page: Page) -> list[tuple[str, str]]:
    """(fact id, its first span) for the first fact of each group of the panel."""
    facts: list[tuple[str, str]] = page.js(
        "[...document.querySelectorAll('#panel .group')].map(g => g.querySelector('.fact'))"
        ".filter(f => f && f.dataset.spans).map(f => [f.id, f.dataset.spans.split(' ')[0]])"
    )
    return facts


def test_clicking_a_fact_brings_its_span_into_view(
    browser: Page, review_page: Path, tmp_path: Path
) -> None:
    browser.open(review_page)
    facts = _fact_ids(browser)
    assert len(facts) >= 6  # meetings, quotes, agreements, accusations, positions, ...
    for fact_id, span in facts:
        # Scroll the page to its end (the text is out of sight) and the panel to the fact.
        browser.js(
            "(() => { window.scrollTo(0, document.body.scrollHeight);"
            f"const f = document.getElementById({json.dumps(fact_id)});"
            "const p = document.getElementById('panel');"
            "p.scrollTop += f.getBoundingClientRect().top - p.getBoundingClientRect().top - 100;"
            "})()"
        )
        before = _rect(browser, f"s-{span}")
        assert not before["visible"], (fact_id, before)
        box = browser.js(
            f"(() => {{ const r = document.getElementById({json.dumps(fact_id)})"
            ".querySelector('.fact-label').getBoundingClientRect();"
            "return [r.left + r.width / 2, r.top + r.height / 2,"
            "        r.top >= 0 && r.bottom <= innerHeight]; })()"
        )
        assert box[2], f"{fact_id} is not on screen to be clicked"
        browser.click(box[0], box[1])
        _settle(browser)
        after = _rect(browser, f"s-{span}")
        assert after["visible"], (fact_id, after)
        selected = browser.js(
            "[...document.querySelectorAll('mark.selected')].map(m => m.dataset.span)"
        )
        assert span in selected
        assert browser.js(
            f"document.getElementById({json.dumps(fact_id)}).classList.contains('selected')"
        )
    browser.screenshot(_shots(tmp_path) / "review-page-fact-selected.png")
    assert browser.problems() == []


def test_clicking_highlighted_text_selects_its_facts_in_the_panel(
    browser: Page, review_page: Path, seed: ArticleGraph
) -> None:
    browser.open(review_page)
    # A quote's words: the evidence of exactly the facts that list the span.
    span = browser.js(
        "document.querySelector('#panel .group.k-quote .fact').dataset.spans.split(' ')[0]"
    )
    expected = browser.js(
        f"[...document.querySelectorAll('.fact')].filter(f => f.dataset.spans.split(' ')"
        f".includes({json.dumps(span)})).map(f => f.id).sort()"
    )
    assert expected
    browser.js(f"document.getElementById('s-{span}').scrollIntoView({{block: 'center'}})")
    point = browser.js(
        f"(() => {{ const el = document.getElementById('s-{span}');"
        "const rects = [...el.getClientRects()];"
        # a point of the span that is not inside a nested highlight
        "for (const r of rects) for (let x = r.left + 2; x < r.right; x += 4) {"
        "  const y = r.top + r.height / 2, hit = document.elementFromPoint(x, y);"
        "  if (hit === el) return [x, y]; }"
        "return null; })()"
    )
    assert point is not None
    browser.click(point[0], point[1])
    selected = browser.js(
        "[...document.querySelectorAll('#panel .fact.selected')].map(f => f.id).sort()"
    )
    assert selected == expected
    # The first of them (in panel order) is scrolled into the panel's view.
    first = browser.js("document.querySelector('#panel .fact.selected').id")
    _settle(browser)
    assert _in_panel(browser, first), first
    assert browser.problems() == []


def _in_panel(page: Page, element_id: str) -> bool:
    inside: bool = page.js(
        "(() => { const p = document.getElementById('panel').getBoundingClientRect();"
        f"const f = document.getElementById({json.dumps(element_id)}).getBoundingClientRect();"
        "return f.top >= Math.max(p.top, 0) && f.bottom <= Math.min(p.bottom, innerHeight); })()"
    )
    return inside


def test_the_page_makes_no_network_requests(browser: Page, review_page: Path) -> None:
    url = browser.open(review_page)
    # Exercise the page: pictures, legend toggles and every fact.
    browser.js(
        "document.querySelectorAll('input[data-toggle]').forEach(b => b.click());"
        "document.querySelectorAll('#panel .fact').forEach(f => f.click());"
        "document.querySelectorAll('.picture a').forEach(a => a.dispatchEvent("
        "new MouseEvent('click', {bubbles: true, cancelable: true})));"
    )
    browser.pump(0.5)
    assert browser.requests() == [url]
    assert browser.problems() == []
    # The monitor does see a request when there is one (a missing file beside the page).
    browser.js("const img = new Image(); img.src = 'missing-picture.png';")
    browser.pump(0.5)
    assert any(u.endswith("missing-picture.png") for u in browser.requests())
    assert browser.problems()  # the page's security policy refuses it, and says so


def test_review_page_screenshot(browser: Page, review_page: Path, tmp_path: Path) -> None:
    browser.open(review_page)
    # Select a meeting, as a reviewer would, then show the top of the page.
    browser.js(
        "document.querySelector('#panel .group.k-event .fact').click(); window.scrollTo(0, 0);"
    )
    browser.pump(0.3)
    path = browser.screenshot(_shots(tmp_path) / "review-page.png")
    assert path.stat().st_size > 50_000  # a picture, not a blank page
    network = browser.js(
        "(() => { const r = document.querySelector('#network-section').getBoundingClientRect();"
        "return {x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height}; })()"
    )
    browser.screenshot(_shots(tmp_path) / "review-network.png", clip=network)
    timeline = browser.js(
        "(() => { const r = document.querySelector('#timeline-section').getBoundingClientRect();"
        "return {x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height}; })()"
    )
    browser.screenshot(_shots(tmp_path) / "review-timeline.png", clip=timeline)
    assert browser.problems() == []


def test_docs_page_and_diagrams_in_the_browser(browser: Page, tmp_path: Path) -> None:
    require_graphviz("the docs' diagrams")
    result = write_docs(tmp_path / "docs", examples_dir=SEEDS)
    url = browser.open(result.index)
    assert browser.requests() == [url]
    assert browser.problems() == []
    # The diagrams are inline and laid out: one box per class of the ontology.
    boxes = browser.js("document.querySelectorAll('#class-diagram svg g.node').length")
    assert boxes == result.classes
    for name in ("class-diagram", "relations-diagram"):
        box = browser.js(
            f"(() => {{ const r = document.getElementById('{name}').getBoundingClientRect();"
            "return {x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height};"
            "})()"
        )
        assert box["width"] > 500 and box["height"] > 400, (name, box)
        browser.screenshot(_shots(tmp_path) / f"docs-{name}.png", clip=box)
    # Clicking a class in the diagram goes to its section.
    point = browser.js(
        "(() => { const n = document.querySelector('#class-diagram g#class-Meeting');"
        "n.scrollIntoView({block: 'center'}); const r = n.getBoundingClientRect();"
        "return [r.left + r.width / 2, r.top + r.height / 2]; })()"
    )
    browser.click(point[0], point[1])
    deadline = time.monotonic() + 5
    while browser.js("location.hash") != "#Meeting" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert browser.js("location.hash") == "#Meeting"
    browser.screenshot(_shots(tmp_path) / "docs-page.png")
    assert browser.problems() == []


def test_build_index_links_to_the_review_pages(
    browser: Page, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    result = build(SEEDS, out_dir=tmp_path / "out", store_dir=tmp_path / "store")
    assert result.pages is not None
    url = browser.open(result.pages)
    links = browser.js(
        "[...document.querySelectorAll('#articles a[href^=\"pages/\"]')].map(a => a.href)"
    )
    assert len(links) == len(result.articles)
    browser.screenshot(_shots(tmp_path) / "index.png")
    # Follow the first link, as a reader would; the page comes from the file beside the index.
    point = browser.js(
        "(() => { const r = document.querySelector('#articles a').getBoundingClientRect();"
        "return [r.left + r.width / 2, r.top + r.height / 2]; })()"
    )
    browser.click(point[0], point[1])
    browser.wait_for("Page.loadEventFired")
    browser.pump(0.3)
    assert browser.js("location.href") == links[0]
    assert browser.js("document.querySelectorAll('#text mark.hl').length") > 0
    assert browser.requests() == [url, links[0]]
    assert browser.problems() == []
