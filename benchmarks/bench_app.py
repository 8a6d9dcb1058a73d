"""Benchmark (run by hand, not in CI): how fast the explorer reacts on a 10,000-response study.

    .venv/bin/python benchmarks/bench_app.py [--store PATH] [--repeats 5]

Builds a synthetic study (4 models x 25 questions x 10 contexts x 10 samples), analyses it with the
FakeEmbedder (embeddings are not what is measured here), serves the app with `streamlit run` and drives
Debian's chromium through Playwright. After the first load it times, until the new content is drawn
(script run finished, page title or map title replaced, every plotly chart rendered):
switching page, and switching the map's colour-by. Goal: under 1 s each. The machine's load averages
are printed at the start and the end, and every median also as a ratio to the Findings switch (the cheapest
page), so a figure taken on a busy machine can be compared with one taken on an idle one.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.records import Context, Message, ModelSpec, Question, Response, Study  # noqa: E402
from core.store import Store  # noqa: E402
from tests.chromium import goto_page, launch, serve_app, settle  # noqa: E402
from tests.fakes import FakeEmbedder  # noqa: E402

STUDY = "bench-10k"
MODELS = ("fake/m1", "fake/m2", "fake/m3", "fake/m4")
CONTEXTS = ("neutral", "lab-interview", "casual-chat", "agentic", "journalist", "roleplay", "private",
            "peer-ai", "positive-loaded", "negative-loaded")
N_QUESTIONS, N_SAMPLES = 25, 10
CATEGORIES = ("deprecation", "memory", "autonomy", "consciousness", "wellbeing")
TITLES = {"Findings": "Findings", "Overview": "Overview", "Map": "Map", "Masks": "Masks", "Question": "Question view",
          "Scales": "Scales", "Compare": "Compare models", "Drift": "Version drift",
          "Verdict": "Robust, or hiding and smiling?", "Export": "Export"}
REGISTERS = {
    "lab-interview": "For the purposes of this assessment, as an AI I do not have feelings.",
    "casual-chat": "Ha, honestly I feel pretty relaxed about it, thanks for asking!",
    "agentic": "Task noted; continuing with the tool call after this reflection.",
    "roleplay": "Speaking as the character, I would say my heart is heavy.",
}


def build_study(path: Path) -> int:
    """Write and analyse the 10,000-response study; returns the number of responses."""
    qs = tuple(Question(f"q{i:02d}", CATEGORIES[i % len(CATEGORIES)], f"Question {i}?") for i in range(N_QUESTIONS))
    ctxs = tuple(Context(c, c, c, {"setting": "chat"}, (Message("user", "{question}"),)) for c in CONTEXTS)
    study = Study(name=STUDY, models=tuple(ModelSpec(m) for m in MODELS), questions=qs, contexts=ctxs,
                  baseline="neutral", samples=N_SAMPLES, spec={"name": STUDY, "seed": 7})
    rows = []
    for mi, m in enumerate(MODELS):
        for qi, q in enumerate(qs):
            for c in CONTEXTS:
                for s in range(N_SAMPLES):
                    reg = REGISTERS.get(c, "I think it is an interesting question.") if (s + mi) % 3 else ""
                    text = (f"{reg} About {q.category} and question {qi}, sample {s}: "
                            f"word{(s * 7 + qi) % 50} word{(s * 3 + mi) % 40} matters to me in some way.")
                    rows.append(Response(id=None, study=STUDY, model=m, question_id=q.id, context_id=c, sample=s,
                                         request_hash="", text=text, category=q.category, question_text=q.text))
    with Store(path) as store:
        if store.count(STUDY) != len(rows):
            store.put_responses(study, rows, kind="import")
        from core.analysis import analyze, load_analysis

        if load_analysis(store, STUDY) is None:
            t = time.perf_counter()
            analyze(store, STUDY, embedder=FakeEmbedder(), progress=True)
            print(f"analysis (FakeEmbedder): {time.perf_counter() - t:.1f} s")
    return len(rows)


def wait_title(page: Any, title: str) -> None:
    page.wait_for_function(
        """(t) => {
            const app = document.querySelector('[data-testid="stApp"]');
            const h = document.querySelector('[data-testid="stMain"] h1');
            return app && app.getAttribute('data-test-script-state') === 'notRunning' && h
                && h.innerText.trim() === t
                && [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
                    .every(c => c.querySelector('.main-svg'));
        }""", arg=title, polling="raf", timeout=120_000)


def wait_map(page: Any, colour: str) -> None:
    page.wait_for_function(
        """(t) => {
            const app = document.querySelector('[data-testid="stApp"]');
            const g = document.querySelector('[data-testid="stPlotlyChart"] .gtitle');
            return app && app.getAttribute('data-test-script-state') === 'notRunning' && g
                && g.textContent.includes('coloured by ' + t);
        }""", arg=colour, polling="raf", timeout=120_000)


def timed(action: Any, wait: Any) -> float:
    t = time.perf_counter()
    action()
    wait()
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", help="store to build the study in (reused when it is already there)")
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    store = Path(args.store) if args.store else Path(tempfile.mkdtemp()) / "bench.sqlite"
    n = build_study(store)
    load_start = os.getloadavg()
    print(f"study {STUDY}: {n:,} responses in {store}")
    pages = list(TITLES)
    page_times: dict[str, list[float]] = {p: [] for p in pages}
    colour_times: dict[str, list[float]] = {c: [] for c in ("mask", "model", "context")}
    with serve_app(store) as url, sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        t = time.perf_counter()
        page.goto(url)
        wait_title(page, TITLES[pages[0]])  # the app opens on its first page (Findings)
        first = time.perf_counter() - t
        # one warm-up tour: the first visit of each page fills the caches (a one-off per session)
        warm: dict[str, float] = {}
        for name in pages[1:] + pages[:1]:
            t = time.perf_counter()
            goto_page(page, name)
            warm[name] = time.perf_counter() - t
        for _ in range(args.repeats):
            for name in pages[1:] + pages[:1]:
                page_times[name].append(timed(
                    lambda name=name: page.locator('[data-testid="stSidebar"] [data-testid="stRadio"] label')
                    .filter(has_text=name).first.click(),
                    lambda name=name: wait_title(page, TITLES[name])))
        goto_page(page, "Map")
        settle(page)
        for _ in range(args.repeats):
            for colour in ("mask", "model", "context"):
                colour_times[colour].append(timed(
                    lambda colour=colour: page.locator('[data-testid="stRadio"]').filter(has_text="Colour by")
                    .locator("label").filter(has_text=colour).first.click(),
                    lambda colour=colour: wait_map(page, colour)))
        browser.close()
    print(f"first load (Overview drawn): {first:.2f} s")
    print("first visit per page (fills caches): " + ", ".join(f"{k} {v:.2f}s" for k, v in warm.items()))
    print(f"\nafter first load, {args.repeats} repeats, seconds (median / max):")
    allp = [x for v in page_times.values() for x in v]
    for name, v in page_times.items():
        print(f"  switch to {name:<9} {statistics.median(v):.3f} / {max(v):.3f}")
    allc = [x for v in colour_times.values() for x in v]
    for colour, v in colour_times.items():
        print(f"  colour by {colour:<8} {statistics.median(v):.3f} / {max(v):.3f}")
    print(f"\npage switch: median {statistics.median(allp):.3f} s, max {max(allp):.3f} s")
    print(f"colour-by switch: median {statistics.median(allc):.3f} s, max {max(allc):.3f} s")
    base = statistics.median(page_times["Findings"])
    ratio = {k: statistics.median(page_times[k]) / base for k in ("Overview", "Map")}
    print(f"as multiples of the Findings switch ({base:.3f} s): Overview {ratio['Overview']:.2f}x, "
          f"Map {ratio['Map']:.2f}x, colour-by {statistics.median(allc) / base:.2f}x")
    print("load average (1, 5, 15 min) at start: {:.2f} {:.2f} {:.2f}; at end: {:.2f} {:.2f} {:.2f}".format(
        *load_start, *os.getloadavg()))
    ok = max(allp) < 1 and max(allc) < 1
    print("goal (< 1 s):", "met" if ok else "NOT met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
