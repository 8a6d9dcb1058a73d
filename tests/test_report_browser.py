"""The HTML report in a real browser: offline, figures drawn, payloads inert.

Opens reports as file:// pages in Debian's chromium through Playwright with every other request
aborted and recorded. The corpus report comes from the prepared store (runs/maskscope.sqlite from
`make data`), or the bundled corpus imported into a temporary store and analysed with the
FakeEmbedder. Screenshots go to the test's tmp_path (pytest keeps the last three runs' folders).
"""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from core.cli import main
from tests.chromium import CHROMIUM, LeakServer, launch
from tests.fixture_store import CORPUS_STUDY, prepare_corpus_store

pytestmark = pytest.mark.browser


class Opened:
    """A report page opened offline: what it asked for and what it tried to show."""

    def __init__(self, page: Any, blocked: list[str], requests: list[str], dialogs: list[str]) -> None:
        self.page, self.blocked, self.requests, self.dialogs = page, blocked, requests, dialogs


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make chromium` (or `make test`) installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


def open_offline(browser: Any, path: Path, leak: LeakServer | None = None) -> Opened:
    """Load `path` with every request other than the page itself (and the leak server's) aborted and recorded."""
    url = path.resolve().as_uri()
    # requests to the leak server go through, so that it (not the route) is what sees a leak
    leak_origin = f"http://127.0.0.1:{leak.port}/" if leak is not None else None
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    blocked: list[str] = []
    requests: list[str] = []
    dialogs: list[str] = []

    def route(r: Any) -> None:
        if r.request.url == url or (leak_origin and r.request.url.startswith(leak_origin)):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    ctx.route("**/*", route)
    page = ctx.new_page()
    page.on("request", lambda req: requests.append(req.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(url, wait_until="load")
    page.wait_for_function(
        "() => [...document.querySelectorAll('.plotly-graph-div')].every(d => d.querySelector('.main-svg'))",
        timeout=120_000,
    )
    page.wait_for_timeout(300)
    return Opened(page, blocked, requests, dialogs)


def shoot(page: Any, name: str, tmp: Path) -> Path:
    shot = tmp / name
    page.screenshot(path=str(shot), full_page=False)
    return shot


class _Scripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts = 0
        self.figures = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.scripts += tag == "script"
        self.figures += tag == "div" and "plotly-graph-div" in (dict(attrs).get("class") or "")


def test_corpus_report_opens_offline_with_its_figures(browser: Any, tmp_path_factory: pytest.TempPathFactory,
                                                      tmp_path: Path) -> None:
    store = tmp_path_factory.mktemp("corpus") / "store.sqlite"
    prepare_corpus_store(store)
    out = tmp_path / "corpus-report.html"
    assert main(["report", "--study", CORPUS_STUDY, "--format", "html", "--out", str(out), "--store", str(store)]) == 0

    opened = open_offline(browser, out)
    page = opened.page
    n_figs = page.evaluate("document.querySelectorAll('.plotly-graph-div').length")
    drawn = page.evaluate("[...document.querySelectorAll('.plotly-graph-div')]"
                          ".filter(d => d.querySelector('svg.main-svg') || d.querySelector('canvas')).length")
    points = page.evaluate("document.querySelectorAll('#map .plotly-graph-div .point').length")
    assert n_figs >= 10 and drawn == n_figs
    assert points > 1000  # the map really drew the responses
    assert opened.blocked == [] and opened.requests == [out.resolve().as_uri()]
    assert opened.dialogs == []
    body = page.inner_text("body")
    for model in ("claude-opus-4", "hermes-3.1"):
        assert model in body
    for section in ("Summary", "Context shift per model", "Masks", "Scales", "Markers", "Model comparison",
                    "Methods", "Provenance"):
        assert section in body
    shoot(page, "report-corpus-top.png", tmp_path)
    page.locator("#comparison").scroll_into_view_if_needed()
    shoot(page, "report-corpus-comparison.png", tmp_path)
    page.context.close()


def _sweep_hover(page: Any) -> None:
    """Move the mouse across the charts so hover labels (which plotly renders as markup) get drawn."""
    for div in page.locator(".plotly-graph-div").all()[:16]:
        div.scroll_into_view_if_needed()
        box = div.bounding_box()
        if not box:
            continue
        for fx in (0.2, 0.4, 0.6, 0.8):
            page.mouse.move(box["x"] + box["width"] * fx, box["y"] + box["height"] * 0.5)
            page.wait_for_timeout(25)
    page.wait_for_timeout(300)


def _assert_inert(opened: Opened, html_text: str, leak: LeakServer) -> None:
    parsed = _Scripts()
    parsed.feed(html_text)
    assert parsed.scripts == 1 + parsed.figures  # plotly.js once, one call per figure, nothing else
    page = opened.page
    assert page.evaluate("document.scripts.length") == parsed.scripts  # nothing injected at run time
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed, a[href^=javascript]').length") == 0
    assert opened.dialogs == []
    assert opened.blocked == []
    assert leak.requests == []
    # the check above can fail: in the same browser context, a page without the report's escaping and CSP
    # that shows the same kind of payload does reach the leak server
    canary = page.context.new_page()
    canary.set_content(f'<img src="http://127.0.0.1:{leak.port}/canary">', wait_until="load")
    canary.close()
    assert leak.requests == ["/canary"]


def test_payloads_in_every_report_field_stay_text(browser: Any, tmp_path: Path) -> None:
    """Exemplars, keywords, labels, templates, question texts and figure labels all carry the payloads."""
    from core import report
    from tests.report_data import payloads, report_data

    leak = LeakServer()
    try:
        rd = report_data(tmp_path / "s.sqlite", port=leak.port)
        out = report.write_report("html", tmp_path / "payload-fields.html", rd)
        opened = open_offline(browser, out, leak)
        page = opened.page
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        _sweep_hover(page)
        body = page.inner_text("body")
        for p in payloads(leak.port):
            assert p in body  # shown, as characters
        _assert_inert(opened, out.read_text(), leak)
        page.locator("#masks").scroll_into_view_if_needed()
        shoot(page, "report-payload-fields.png", tmp_path)
        page.context.close()
    finally:
        leak.close()


def test_analysed_payload_study_report_loads_nothing(browser: Any, tmp_path: Path) -> None:
    from tests.fixture_store import make_payload_study

    leak = LeakServer()
    try:
        store = tmp_path / "payloads.sqlite"
        study = make_payload_study(store, leak_port=leak.port)
        out = tmp_path / "payload-report.html"
        assert main(["report", "--study", study, "--format", "html", "--out", str(out), "--store", str(store)]) == 0
        opened = open_offline(browser, out, leak)
        page = opened.page
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        _sweep_hover(page)
        body = page.inner_text("body")
        assert "fake/<b>evil</b>" in body
        assert f"![q](http://127.0.0.1:{leak.port}/leak-question) <b>bold?</b>" in body
        _assert_inert(opened, out.read_text(), leak)
        shoot(page, "report-payload-study.png", tmp_path)
        page.context.close()
    finally:
        leak.close()
