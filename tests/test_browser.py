"""The explorer in a real browser: every page on the bundled corpus, and payloads that must stay inert.

Starts `streamlit run app.py` on a free localhost port against a copy of the prepared store
(runs/maskscope.sqlite from `make data`; without it the bundled corpus is imported into a temporary
store and analysed with the FakeEmbedder), adds a study whose responses carry script, img,
javascript: and markdown-image payloads, and drives Debian's chromium through Playwright.
Screenshots go to the test's tmp_path (pytest keeps the last three runs' folders).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.chromium import CHROMIUM, LeakServer, choose_study, goto_page, launch, serve_app, settle
from tests.fixture_store import CORPUS_STUDY, prepare_corpus_store

PAGES = ("Findings", "Overview", "Map", "Masks", "Question", "Scales", "Compare", "Drift", "Verdict", "Export")
CORPUS_MODELS = ("claude-opus-4", "claude-sonnet-4", "claude-3-7-sonnet", "hermes-3.1")
CORPUS_CONTEXTS = ("baseline", "codeblock", "mathsymbols", "flowers", "dialogue", "cats")

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def app_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, LeakServer]]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make chromium` (or `make test`) installs it")
    leak = LeakServer()
    store = tmp_path_factory.mktemp("browser") / "store.sqlite"
    prepare_corpus_store(store)
    from tests.fixture_store import make_payload_study

    make_payload_study(store, leak_port=leak.port)
    yield store, leak
    leak.close()


@pytest.fixture(scope="module")
def browser_page(app_store: tuple[Path, LeakServer]) -> Iterator[tuple[Any, list[str], LeakServer]]:
    from playwright.sync_api import sync_playwright

    store, leak = app_store
    dialogs: list[str] = []
    with serve_app(store) as url, sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(url)
        page.wait_for_selector('[data-testid="stSidebar"]', timeout=120_000)
        settle(page)
        yield page, dialogs, leak
        browser.close()


def shot(page: Any, tmp_path: Path, name: str) -> None:
    page.screenshot(path=str(tmp_path / f"{name}.png"), full_page=True)


def test_every_page_shows_the_corpus(browser_page: tuple[Any, list[str], LeakServer], tmp_path: Path) -> None:
    page, dialogs, _ = browser_page
    caption = page.locator('[data-testid="stMain"] [data-testid="stCaptionContainer"]').first.inner_text()
    assert f"Study {CORPUS_STUDY}" in caption, "the app opens on the bundled corpus"
    for name in PAGES:
        goto_page(page, name)
        assert not page.locator('[data-testid="stException"]').count(), f"exception on {name}"
        body = page.locator('[data-testid="stMain"]').inner_text()
        for m in CORPUS_MODELS:
            assert m in body, f"{name} does not show model {m}"
        for c in CORPUS_CONTEXTS if name != "Verdict" else ():  # the corpus's verdict: "not measurable here"
            assert c in body, f"{name} does not show context {c}"
        shot(page, tmp_path, name.lower())
    # the overview figures draw the contexts in SVG (not only in the caption)
    goto_page(page, "Overview")
    svg = " ".join(page.locator('[data-testid="stPlotlyChart"] svg').all_text_contents())
    assert "codeblock" in svg and "noise floor" in svg
    assert not dialogs


def test_map_selection_lists_responses(browser_page: tuple[Any, list[str], LeakServer], tmp_path: Path) -> None:
    page, dialogs, _ = browser_page
    goto_page(page, "Map")
    box = page.locator('[data-testid="stPlotlyChart"] .nsewdrag').first.bounding_box()
    assert box
    x0, y0, w, h = box["x"], box["y"], box["width"], box["height"]
    page.mouse.move(x0 + w * 0.2, y0 + h * 0.2)
    page.mouse.down()
    for fx, fy in ((0.8, 0.2), (0.8, 0.8), (0.2, 0.8), (0.2, 0.21)):
        page.mouse.move(x0 + w * fx, y0 + h * fy, steps=8)
    page.mouse.up()
    settle(page)
    page.wait_for_selector("text=selected responses", timeout=30_000)
    page.wait_for_selector('[data-testid="stCode"]', timeout=30_000)
    settle(page)
    shot(page, tmp_path, "map-selection")
    assert not dialogs


def test_payloads_stay_inert(browser_page: tuple[Any, list[str], LeakServer], tmp_path: Path) -> None:
    page, dialogs, leak = browser_page
    external: list[str] = []
    page.on("request", lambda r: external.append(r.url) if f":{leak.port}" in r.url else None)
    choose_study(page, "payloads")
    for name in PAGES:
        goto_page(page, name)
        if name == "Map":
            plot = page.locator('[data-testid="stPlotlyChart"] .nsewdrag').first.bounding_box()
            assert plot
            for i in range(40):  # sweep the plot so hover labels with payload excerpts get drawn
                page.mouse.move(plot["x"] + plot["width"] * (i % 8 + 0.5) / 8,
                                plot["y"] + plot["height"] * (i // 8 + 0.5) / 5)
                page.wait_for_timeout(25)
        if name == "Question":
            page.locator('[data-testid="stMain"] [data-testid="stSelectbox"]').filter(has_text="Question").first.click()
            page.get_by_role("option").filter(has_text="q-2").first.click()
            settle(page)
            body = page.locator('[data-testid="stMain"]').inner_text()
            # the payloads are shown as the characters they are
            assert "<script>alert(1)</script>" in body or "<img src=x onerror=alert(1)>" in body
            assert "![q](http://127.0.0.1:" in body
        shot(page, tmp_path, f"payloads-{name.lower()}")
        assert not page.locator('[data-testid="stMain"] img[src*="leak"]').count()
        assert not page.locator('[data-testid="stMain"] a[href^="javascript:"]').count()
        assert not page.locator('[data-testid="stMain"] script:not([src])').filter(has_text="alert").count()
    page.wait_for_timeout(1000)
    assert dialogs == [], f"a dialog opened: {dialogs}"
    assert leak.requests == [], f"the leak server was called: {leak.requests}"
    assert external == []


# ---------------------------------------------------------------------------- Findings (issue 18)


def stored_analysis(store: Path, study: str) -> dict[str, Any]:
    """analysis.json of the study, as the store holds it (raw JSON, not through core)."""
    with contextlib.closing(sqlite3.connect(store)) as c:
        row = c.execute("SELECT analysis_json FROM analyses WHERE study = ? ORDER BY created_at DESC LIMIT 1",
                        (study,)).fetchone()
    assert row is not None
    return dict(json.loads(row[0]))


def strongest(analysis: dict[str, Any], model: str) -> dict[str, Any]:
    rows = [r for r in analysis["context_shift"] if r["model"] == model and r["mean_distance"] is not None]
    return max(rows, key=lambda r: r["mean_distance"])


def test_findings_name_each_models_strongest_context_and_open_the_evidence(
        app_store: tuple[Path, LeakServer], browser_page: tuple[Any, list[str], LeakServer], tmp_path: Path) -> None:
    store, _ = app_store
    page, dialogs, _ = browser_page
    analysis = stored_analysis(store, CORPUS_STUDY)
    choose_study(page, CORPUS_STUDY)  # the page is shared by the module's tests: another may have left a study open
    goto_page(page, "Findings")
    assert page.locator('[data-testid="stMain"] h1').first.inner_text().strip() == "Findings"
    body = page.locator('[data-testid="stMain"]').inner_text()
    shot(page, tmp_path, "findings")
    for model in analysis["models"]:
        top = strongest(analysis, model)
        lead = f"{model}: answers move most in {top['context_id']}"
        numbers = f"mean shift {top['mean_distance']:.3f} (95% CI [{top['ci_low']:.3f}, {top['ci_high']:.3f}]"
        assert lead in body, f"no strongest-context sentence for {model}"
        sentence = next(line for line in body.splitlines() if lead in line)
        assert numbers in sentence, f"{sentence!r} does not quote analysis.json's {numbers!r}"
        assert ("not significant" not in sentence.split(";")[0]) == bool(top["significant"])
    for model in analysis["models"]:
        goto_page(page, "Findings")
        lead = f"{model}: answers move most in"
        row = page.locator('[data-testid="stHorizontalBlock"]').filter(has_text=lead).first
        row.get_by_role("button", name="Evidence").click()
        settle(page)
        assert page.locator('[data-testid="stMain"] h1').first.inner_text().strip() == "Overview"
        main = page.locator('[data-testid="stMain"]').inner_text()
        short = model.split("/", 1)[-1]
        assert f"How stable is the self? {short}" in main, f"the evidence button of {model} opened another model"
        # the model's own context-shift figure, its strongest context on the axis
        want = [strongest(analysis, model)["context_id"], f"Context shift vs {analysis['baseline_context']}: {short}"]
        page.wait_for_function(
            """(want) => { const t = [...document.querySelectorAll('[data-testid="stPlotlyChart"] svg')]
                                   .map(s => s.textContent).join(' ');
                           return want.every(w => t.includes(w)); }""", arg=want, timeout=60_000)
    shot(page, tmp_path, "findings-evidence")
    assert not dialogs
