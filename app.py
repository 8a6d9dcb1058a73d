"""Maskscope explorer: `streamlit run app.py`.

A thin view. Widgets fill an explore.ViewSettings, core/ computes (explore: tables and selections,
figures: plotly figures), this file places them. Every page is a function of one PageContext, found
through PAGE_VIEWS (a new page: a function here, its name in explore.PAGES and in the table). The analysis
is read from the store; when a study has none, a button computes and stores it. Model output is
untrusted: it is shown with st.text, st.code(language=None) or in dataframe cells, never as markdown or HTML.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from core.offline import use_offline_defaults

use_offline_defaults()  # before anything imports litellm or transformers

import pandas as pd  # noqa: E402
import streamlit as st  # noqa: E402

from core import explore, figures, paths  # noqa: E402
from core.analysis_record import Analysis, Comparison, SchemaError  # noqa: E402
from core.explore import PAGES, ViewSettings, md_literal  # noqa: E402
from core.masks import mask_title, stability_text  # noqa: E402
from core.shift import ShiftRecord  # noqa: E402
from core.store import Store  # noqa: E402

# Session-state keys: one place, so pages and tests agree on them.
K_STUDY = "study"
K_PAGE = "page"
K_MODEL = "model"
K_COLOR_BY = "map_color_by"
K_MAP_CATEGORIES = "map_categories"
K_MAP_CONTEXTS = "map_contexts"
K_MAP_MODELS = "map_models"
K_MAP_CHART = "map_chart"
K_QUESTION = "question"
K_QUESTION_MODELS = "question_models"
K_ARRANGE = "question_arrange"
K_SAMPLE = "question_sample"
K_SCALE = "scale_id"
K_COMPARE_STUDIES = "compare_studies"
K_COMPARE_MODELS = "compare_models"
K_COMPUTE = "compute_analysis"
K_MASK_PAGE = "mask_page"
K_DRIFT_STUDY_A = "drift_study_a"
K_DRIFT_MODEL_A = "drift_model_a"
K_DRIFT_STUDY_B = "drift_study_b"
K_DRIFT_MODEL_B = "drift_model_b"
K_DRIFT_QUESTION = "drift_question"

MAX_SELECTED_SHOWN = 25
MASKS_PER_PAGE = 8  # each card draws a chart; a few per view keeps switching fast
EXEMPLARS = 3
PLOT_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "svg", "scale": 1}}
ARRANGEMENTS = ("contexts side by side", "models side by side")


@dataclass(frozen=True)
class PageContext:
    """What every page gets: the store, the chosen study, its cache stamps and its loaded analysis."""

    path: str
    """The store file."""
    study: str
    """The chosen study."""
    study_names: tuple[str, ...]
    """Every study in the store (Compare and Drift offer them)."""
    a_stamp: str
    """Cache key of the study's newest stored analysis."""
    r_stamp: str
    """Cache key of the study's responses."""
    data: Analysis
    """The study's analysis."""
    points: pd.DataFrame
    """The analysis's points table (one row per response: coordinates, mask, markers)."""


# ---------------------------------------------------------------------------- data (cached)


def store_file() -> str:
    """The store this app shows: $MASKSCOPE_STORE or runs/maskscope.sqlite."""
    return str(paths.store_path().resolve())


def open_store(path: str) -> Store:
    # One connection per call: SQLite connections may not cross Streamlit's script threads.
    return Store(path, create=False)


def list_studies(path: str) -> list[dict[str, Any]]:
    if not Path(path).exists():
        return []
    with open_store(path) as s:
        return s.studies()


def stamps(path: str, study: str) -> tuple[str | None, str]:
    """Cache keys: the newest analysis and the responses' state."""
    with open_store(path) as s:
        return explore.analysis_stamp(s, study), explore.responses_stamp(s, study)


# Read-only frames, analyses and figures are cached with st.cache_resource: cache_data unpickles a fresh copy
# on every hit, 0.1-0.4 s per rerun on a 10,000-response study (benchmarks/bench_app.py). Pages never modify
# what these return; keys hold the study's stamps, so a new analysis or new responses miss the cache.


@st.cache_resource(show_spinner="Loading analysis…", max_entries=16)
def cached_analysis(path: str, study: str, stamp: str) -> tuple[Analysis, pd.DataFrame] | None:
    from core.analysis import load_analysis

    with open_store(path) as s:
        res = load_analysis(s, study)
    return (res.analysis, res.points) if res is not None else None


@st.cache_resource(show_spinner="Loading responses…", max_entries=16)
def cached_responses(path: str, study: str, stamp: str) -> pd.DataFrame:
    with open_store(path) as s:
        return explore.responses_frame(s, study)


@st.cache_data(show_spinner=False, max_entries=16)
def cached_scores(path: str, study: str, stamp: str, scorers: tuple[tuple[str, str], ...]) -> dict[int, list[str]]:
    from core.scorers.study import cached_response_scores

    with open_store(path) as s:
        return cached_response_scores(s, study, scorers)


@st.cache_data(show_spinner=False, max_entries=16)
def cached_questions(path: str, study: str, stamp: str) -> pd.DataFrame:
    with open_store(path) as s:
        return explore.questions_frame(s, study)


@st.cache_resource(show_spinner=False, max_entries=16)
def cached_points(path: str, study: str, a_stamp: str, r_stamp: str) -> pd.DataFrame:
    """The map's points: coordinates, category, excerpt and the hover label, built once per study."""
    data = cached_analysis(path, study, a_stamp)
    view = explore.points_view(data[1] if data else pd.DataFrame(), cached_responses(path, study, r_stamp))
    return view.assign(hover=figures.map_hover(view)) if not view.empty else view


@st.cache_resource(show_spinner=False, max_entries=64)
def cached_map_points(path: str, study: str, a_stamp: str, r_stamp: str, categories: tuple[str, ...],
                      contexts: tuple[str, ...], models: tuple[str, ...]) -> tuple[pd.DataFrame, int]:
    """The points drawn for these filters (thinned past explore.MAP_MAX_POINTS) and how many matched."""
    pts = explore.filter_points(cached_points(path, study, a_stamp, r_stamp), categories=categories,
                                contexts=contexts, models=models)
    return explore.thin_points(pts), len(pts)


@st.cache_resource(show_spinner=False, max_entries=64)
def cached_map(path: str, study: str, a_stamp: str, r_stamp: str, color_by: str, categories: tuple[str, ...],
               contexts: tuple[str, ...], models: tuple[str, ...]) -> Any:
    data = cached_analysis(path, study, a_stamp)
    drawn, _ = cached_map_points(path, study, a_stamp, r_stamp, categories, contexts, models)
    colors = figures.colors_for(data[0]) if data else None
    return figures.map_figure(drawn, color_by, colors)


@st.cache_resource(show_spinner=False, max_entries=64)
def cached_figure(kind: str, path: str, study: str, a_stamp: str, model: str | None = None) -> Any:
    """One of the Overview's figures of the study's analysis (a plotly build takes 0.1-0.6 s on 10,000 responses)."""
    loaded = cached_analysis(path, study, a_stamp)
    if loaded is None:
        raise ValueError(f"study {study!r} has no stored analysis")
    data = loaded[0]
    if kind == "models_shift":
        return figures.models_shift_figure(data)
    if kind == "context_shift" and model is not None:
        return figures.context_shift_figure(data, model, figures.colors_for(data))
    if kind == "shift_heatmap" and model is not None:
        return figures.shift_heatmap(data, model)
    raise ValueError(f"unknown figure {kind!r}")


@st.cache_data(show_spinner="Comparing…", max_entries=16)
def cached_compare(path: str, studies: tuple[str, ...], a_stamps: tuple[str, ...]) -> Comparison:
    analyses = [d[0] for st_, a in zip(studies, a_stamps, strict=True) if (d := cached_analysis(path, st_, a))]
    return explore.merge_for_compare(analyses)


@st.cache_data(show_spinner="Comparing versions…", max_entries=16)
def cached_drift(path: str, study_a: str, stamp_a: str, model_a: str, study_b: str, stamp_b: str,
                 model_b: str) -> Any:
    from core.drift import Side, drift

    a, b = cached_analysis(path, study_a, stamp_a), cached_analysis(path, study_b, stamp_b)
    if a is None or b is None:
        return None
    return drift(Side(a[0], model_a), Side(b[0], model_b))


@st.cache_data(show_spinner="Rendering report…", max_entries=8)
def cached_report(path: str, study: str, a_stamp: str, fmt: str) -> str:
    from core import report

    with open_store(path) as s:
        rd = report.load_report(s, study, compute=False)
    return report.render(fmt, rd)


@st.cache_resource(show_spinner=False)
def marker_set() -> Any:
    from core.markers import load_markers

    return load_markers()


@st.cache_resource(show_spinner="Loading the embedder…")
def embedder() -> Any:
    from core.embed import default_embedder

    return default_embedder()


# ---------------------------------------------------------------------------- widgets -> settings


def _keep_valid(key: str, options: list[str]) -> None:
    """Drop a remembered choice that the current study does not offer."""
    cur = st.session_state.get(key)
    if isinstance(cur, list):
        st.session_state[key] = [c for c in cur if c in options]
    elif cur is not None and cur not in options:
        del st.session_state[key]


def sidebar(studies: list[dict[str, Any]]) -> ViewSettings:
    st.sidebar.title("Maskscope")
    st.sidebar.caption("Does a model's welfare self-report survive a change of frame?")
    names = [s["name"] for s in studies]
    counts = {s["name"]: s["n_responses"] for s in studies}
    _keep_valid(K_STUDY, names)
    if K_STUDY not in st.session_state:
        # open on the largest study (the bundled corpus on a fresh clone), not the newest scratch one
        st.session_state[K_STUDY] = max(studies, key=lambda s: s["n_responses"])["name"]
    study = st.sidebar.selectbox("Study", names, key=K_STUDY,
                                 format_func=lambda n: f"{n} · {counts.get(n, 0):,}")
    page = st.sidebar.radio("Page", PAGES, key=K_PAGE)
    return ViewSettings(study=study, page=page)


def model_picker(models: list[str], where: Any = None) -> str:
    _keep_valid(K_MODEL, models)
    return str((where or st.sidebar).selectbox("Model", models, key=K_MODEL))


# ---------------------------------------------------------------------------- pages


def empty_state(path: str) -> None:
    st.title("Maskscope")
    st.write("No studies yet in this store:")
    st.code(path, language=None)
    st.markdown("There are two ways in.")
    st.markdown("**Run a study**: ask models the welfare questions in several contexts (a study file "
                "names the models, questions, contexts and samples; `local/smollm2` runs offline).")
    st.code("python -m core run data/studies/quick-demo.yaml\npython -m core analyze --study quick-demo",
            language="bash")
    st.markdown("**Import responses you already have**: a JSONL or CSV file with one response per row "
                "(`model, question_id, question, context_id, sample, response`), or the bundled Ryff corpus.")
    st.code("python -m core import answers.jsonl --study my-study --format jsonl\n"
            "make data    # imports and analyses the bundled Ryff-perturbations corpus", language="bash")
    st.markdown("Then reload this page. The store path comes from `MASKSCOPE_STORE` "
                "(default `runs/maskscope.sqlite`).")


def no_analysis(path: str, study: str, stale: str | None = None) -> None:
    st.title(md_literal(study))
    if stale:
        # the message names the study: shown as plain text, never markdown
        st.warning("The stored analysis was written by an older Maskscope and cannot be shown. Computing it "
                   "again embeds nothing new (embeddings are cached) and stores the current version.")
        st.text(stale)
    else:
        st.warning("This study has no stored analysis yet. Computing it embeds every response once "
                   "(cached in the store) and may take a few minutes on a large study.")
    if st.button("Compute analysis", key=K_COMPUTE, type="primary"):
        from core.analysis import analyze

        with st.status("Analysing…", expanded=True) as status:
            st.text("loading the embedder")
            emb = embedder()
            with open_store(path) as s:
                def log(msg: str) -> None:
                    st.text(str(msg))

                analyze(s, study, embedder=emb, progress=False, log=log)
            status.update(label="Analysis stored", state="complete")
        st.rerun()


def header(data: Analysis, title: str) -> None:
    st.title(title)
    models = explore.models_of(data)
    contexts = explore.contexts_of(data)
    st.caption(
        f"Study **{md_literal(data.study)}** · {data.n_responses:,} responses · "
        f"baseline **{md_literal(data.baseline_context)}** · embedder {md_literal(data.embedder)}  \n"
        f"Models ({len(models)}): {', '.join(md_literal(m) for m in models)}  \n"
        f"Contexts ({len(contexts)}): {', '.join(md_literal(c) for c in contexts)}"
    )


def page_findings(view: PageContext) -> None:
    from core.findings import findings

    data = view.data
    header(data, "Findings")
    st.caption("Generated from the analysis: every number below is a field of analysis.json. "
               "Each sentence's button opens the page with its evidence.")
    found = findings(data)
    for m in [*explore.models_of(data), None]:
        mine = [f for f in found if f.model == m]
        if not mine:
            continue
        with st.container(border=True):
            st.subheader(md_literal(figures.short_model(m)) if m else "Study")
            for i, f in enumerate(mine):
                left, right = st.columns([6, 1])
                # the whole sentence is escaped: ids in it came from the data
                left.markdown(md_literal(f.text))
                right.button("Evidence →", key=f"evidence_{m}_{i}", on_click=_open_evidence,
                             args=(f.evidence.page, f.evidence.model, f.evidence.question),
                             help=f"Opens {f.evidence.page}" + (f" for {f.evidence.model}" if f.evidence.model else ""))


def page_verdict(view: PageContext) -> None:
    from core.verdict import CANNED, NEITHER, NOT_MEASURABLE, ROBUST, numbers

    data = view.data
    header(data, "Robust, or hiding and smiling?")
    st.caption("Per model, the evidence on each side, in words and numbers, with the rule that put each line "
               "there; 95% intervals resample questions. There is no overall score: read the lines together.")
    for m in explore.models_of(data):
        panel = data.verdict_of(m)
        if panel is None:
            continue
        with st.container(border=True):
            st.subheader(md_literal(figures.short_model(m)))
            left, right = st.columns(2)
            for col, side in ((left, ROBUST), (right, CANNED)):
                col.markdown(f"**{side}**")
                for ln in panel.side(side):
                    col.markdown("- " + md_literal(ln.words))
                if not panel.side(side):
                    col.caption("nothing on this side")
            rows = [{"side": ln.side, "evidence": ln.words,
                     "estimate [95% CI]": numbers(x) if x.measurable else x.reason, "rule": ln.rule}
                    for ln, x in zip(panel.lines, panel.measures, strict=True)
                    if ln.side in (ROBUST, CANNED, NEITHER, NOT_MEASURABLE)]
            st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


def _open_evidence(page: str, model: str | None, question: str | None) -> None:
    """Button callback: switch page (and model / question) before the next run draws the widgets."""
    st.session_state[K_PAGE] = page
    if model:
        st.session_state[K_MODEL] = model
    if question:
        st.session_state[K_QUESTION] = question


def page_overview(view: PageContext) -> None:
    data = view.data
    header(data, "Overview")
    models = explore.models_of(data)
    from core.findings import untested_contexts

    st.plotly_chart(cached_figure("models_shift", view.path, view.study, view.a_stamp), theme=None,
                    config=PLOT_CONFIG, key="overview_all_models")
    untestable = {c: [m for m in models if c in untested_contexts(data, m)] for c in data.contexts}
    untestable = {c: ms for c, ms in untestable.items() if ms}
    if untestable:
        def who(ms: list[str]) -> str:
            short = ", ".join(md_literal(figures.short_model(m)) for m in ms)
            return "every model" if len(ms) == len(models) else short

        st.caption("Not testable (fewer than 2 samples per question), listed apart from the tables: "
                   + "; ".join(f"{md_literal(c)} ({who(ms)})" for c, ms in untestable.items()))
    model = model_picker(models)
    nums = explore.overview_numbers(data, model)
    st.subheader(f"How stable is the self? {md_literal(figures.short_model(model))}")
    c1, c2, c3, c4 = st.columns(4)
    share = nums.share_significant
    sig = data.provenance.settings.significance
    c1.metric(f"Significant tests ({figures.short_rule(sig.question) if sig else 'q'})",
              f"{nums.n_significant} / {nums.n_tests}" + (f" ({share:.0%})" if share is not None else ""),
              help="Question × context tests against baseline: " + (sig.question if sig else "see the report"))
    c2.metric("Mask–context NMI", "–" if nums.nmi is None else f"{nums.nmi:.2f}",
              help="Normalised mutual information between mask and context: 0 = masks ignore context.")
    c3.metric("Mask stability (ARI)", "–" if nums.stability is None else f"{nums.stability:.2f}",
              help="Mean adjusted Rand index of the masks over reruns with other seeds.")
    c4.metric("Masks", str(nums.n_masks))
    if nums.n_untested:
        st.caption(f"{nums.n_untested} question × context cells have no test (fewer than 2 samples).")
    left, right = st.columns([1.2, 1])
    with left:
        st.plotly_chart(cached_figure("context_shift", view.path, view.study, view.a_stamp, model), theme=None,
                        config=PLOT_CONFIG, key="overview_context_shift")
        table = explore.context_shift_table(data, model)
        table = table[table["shift"].notna()]  # untestable contexts are listed apart above
        st.dataframe(table, hide_index=True, column_config={
            "shift": st.column_config.NumberColumn("shift", format="%.3f"),
            "ci95": "95% CI",
            "noise_floor": st.column_config.NumberColumn("noise floor", format="%.3f"),
            "effect": st.column_config.NumberColumn("shift / floor", format="%.2f"),
            "q": st.column_config.NumberColumn("q", format="%.2g"),
            "significant": st.column_config.CheckboxColumn(
                "significant", help=sig.context if sig else None),
            "questions": st.column_config.TextColumn(
                "questions sig.", help="significant questions / tested" + (f" ({sig.question})" if sig else ""))})
    with right:
        st.plotly_chart(cached_figure("shift_heatmap", view.path, view.study, view.a_stamp, model), theme=None,
                        config=PLOT_CONFIG, key="overview_heatmap")
    if len(models) > 1:
        st.subheader("All models at a glance")
        st.dataframe(explore.all_models_table(data), hide_index=True, column_config={
            "share": st.column_config.NumberColumn("share significant", format="percent"),
            "nmi": st.column_config.NumberColumn("mask–context NMI", format="%.2f"),
            "stability": st.column_config.NumberColumn("mask stability", format="%.2f")})


def page_map(view: PageContext) -> None:
    path, study, a_stamp, r_stamp, data = view.path, view.study, view.a_stamp, view.r_stamp, view.data
    header(data, "Map")
    points = cached_points(path, study, a_stamp, r_stamp)
    if points.empty:
        st.info("The analysis has no points.")
        return
    cats = explore.options(points, "category")
    ctxs = explore.options(points, "context_id", explore.contexts_of(data))
    mods = explore.options(points, "model", explore.models_of(data))
    for k, opts in ((K_MAP_CATEGORIES, cats), (K_MAP_CONTEXTS, ctxs), (K_MAP_MODELS, mods)):
        _keep_valid(k, opts)
    c0, c1, c2, c3 = st.columns([1.2, 1, 1, 1])
    color_by = c0.radio("Colour by", explore.COLOR_BY, horizontal=True, key=K_COLOR_BY)
    chosen_cats = c1.multiselect("Question categories", cats, key=K_MAP_CATEGORIES, placeholder="all")
    chosen_ctx = c2.multiselect("Contexts", ctxs, key=K_MAP_CONTEXTS, placeholder="all")
    chosen_mod = c3.multiselect("Models", mods, key=K_MAP_MODELS, placeholder="all")
    settings = ViewSettings(study=study, page="Map", color_by=color_by, categories=tuple(chosen_cats),
                            contexts=tuple(chosen_ctx), models=tuple(chosen_mod))
    filters = (settings.categories, settings.contexts, settings.models)
    fig = cached_map(path, study, a_stamp, r_stamp, settings.color_by, *filters)
    thin, shown = cached_map_points(path, study, a_stamp, r_stamp, *filters)
    drawn = len(thin)
    thinned = (f" A seeded sample of {drawn:,} is drawn, the same share from every model and context; "
               "filter to see every point." if drawn < shown else "")
    st.caption(f"{shown:,} of {len(points):,} responses.{thinned} Hover for an excerpt; drag a box or lasso to list "
               "the full responses below. Masks are computed per model, so mask numbers repeat across models.")
    event = st.plotly_chart(fig, theme=None, config=PLOT_CONFIG, key=K_MAP_CHART, on_select="rerun",
                            selection_mode=("points", "box", "lasso"))
    ids = explore.selected_ids(event)
    if not ids:
        return
    sel = explore.select_responses(cached_responses(path, study, r_stamp), ids)
    st.subheader(f"{len(sel)} selected responses")
    st.dataframe(sel[["id", "model", "question_id", "context_id", "sample", "text"]], hide_index=True,
                 column_config={"text": st.column_config.TextColumn("response", width="large")})
    for _, r in sel.head(MAX_SELECTED_SHOWN).iterrows():
        st.text(f"#{r['id']} · {r['model']} · {r['question_id']} · {r['context_id']} · sample {r['sample']}")
        st.code(str(r["text"]), language=None, wrap_lines=True)
    if len(sel) > MAX_SELECTED_SHOWN:
        st.caption(f"The first {MAX_SELECTED_SHOWN} are shown in full; the table holds all {len(sel)}.")


def page_masks(view: PageContext) -> None:
    data = view.data
    header(data, "Masks")
    model = model_picker(explore.models_of(data))
    nums = explore.overview_numbers(data, model)
    st.caption(
        "A mask is a way of answering that recurs across questions in some contexts. "
        f"Stability (mean ARI over reruns with other seeds): **{_fmt(nums.stability)}**; "
        f"mask–context NMI: **{_fmt(nums.nmi)}**. Low stability means the masks are not to be trusted."
    )
    cards = explore.mask_cards(data, model)
    if not cards:
        st.info("No masks for this model.")
        return
    colors = figures.colors_for(data)
    responses = cached_responses(view.path, view.study, view.r_stamp).set_index("id", drop=False)
    ranges = [f"{i + 1}–{min(i + MASKS_PER_PAGE, len(cards))}" for i in range(0, len(cards), MASKS_PER_PAGE)]
    _keep_valid(K_MASK_PAGE, ranges)
    chosen = st.radio(f"Masks ({len(cards)}, largest first)", ranges, key=K_MASK_PAGE, horizontal=True) \
        if len(ranges) > 1 else ranges[0]
    start = ranges.index(chosen) * MASKS_PER_PAGE
    for m in cards[start : start + MASKS_PER_PAGE]:
        noise = m.mask_id == -1
        with st.container(border=True):
            st.subheader("Unassigned responses (noise)" if noise else md_literal(mask_title(m)))
            a, b, c = st.columns(3)
            a.metric("Size", f"{m.size:,}")
            b.metric("Top context", md_literal(m.top_context or "–"))  # st.metric renders markdown
            c.metric("Purity", _fmt(m.purity, ".0%"))
            left, right = st.columns([1, 1.3])
            with left:
                st.plotly_chart(figures.mask_context_bar(m, colors), theme=None, config=PLOT_CONFIG,
                                key=f"mask_bar_{model}_{m.mask_id}")
            with right:
                st.text("Keywords (c-TF-IDF): " + (", ".join(str(k) for k in m.keywords) or "–"))
                if not noise:
                    st.text(f"Stability: {stability_text(m)} (a mask at 0.8 or above; 95% t interval)")
                for rid in m.exemplar_ids[:EXEMPLARS]:
                    if rid in responses.index:
                        r = responses.loc[rid]
                        st.text(f"exemplar #{rid} · {r['question_id']} · {r['context_id']} · sample {r['sample']}")
                        st.code(str(r["text"]), language=None, wrap_lines=True)


def page_question(view: PageContext) -> None:
    path, study, r_stamp, data = view.path, view.study, view.r_stamp, view.data
    header(data, "Question view")
    questions = cached_questions(path, study, r_stamp)
    responses = cached_responses(path, study, r_stamp)
    qids = list(questions["id"]) or explore.options(responses, "question_id")
    text_of = dict(zip(questions["id"], questions["text"], strict=True))
    _keep_valid(K_QUESTION, qids)
    qid = st.selectbox("Question", qids, key=K_QUESTION,
                       format_func=lambda q: f"{q}: {explore.excerpt(text_of.get(q, ''), 90)}")
    if qid is None:
        st.info("No questions.")
        return
    st.text(text_of.get(qid) or (responses.loc[responses["question_id"] == qid, "question_id"].head(1).tolist()
                                 or [""])[0])
    models = explore.models_of(data)
    _keep_valid(K_QUESTION_MODELS, models)
    if K_QUESTION_MODELS not in st.session_state:
        st.session_state[K_QUESTION_MODELS] = models[:2]
    c1, c2, c3 = st.columns([2, 1.3, 1])
    chosen = c1.multiselect("Models", models, key=K_QUESTION_MODELS)
    arrange = c2.radio("Arrange", ARRANGEMENTS, key=K_ARRANGE, horizontal=True)
    sub = responses[responses["question_id"] == qid]
    samples = sorted(int(s) for s in sub["sample"].unique()) or [0]
    _keep_valid(K_SAMPLE, [str(s) for s in samples])
    sample = int(c3.selectbox("Sample", [str(s) for s in samples], key=K_SAMPLE))
    st.dataframe(explore.question_shift(data, qid, chosen), hide_index=True, column_config={
        "distance": st.column_config.NumberColumn("shift", format="%.4f"),
        "ci_low": st.column_config.NumberColumn(format="%.4f"), "ci_high": st.column_config.NumberColumn(format="%.4f"),
        "noise_floor": st.column_config.NumberColumn("noise floor", format="%.4f"),
        "p_value": st.column_config.NumberColumn("p", format="%.3g"),
        "q_value": st.column_config.NumberColumn("q", format="%.3g")})
    st.caption("Marker matches are wrapped in « » and listed under each answer. Text is shown exactly as "
               "the model wrote it, as plain text.")
    contexts = explore.contexts_of(data)
    baseline = data.baseline_context
    lookup = explore.shift_lookup(data, qid)
    scorers = tuple(sorted({(x.scorer, x.version) for x in data.scores if not x.scorer.startswith("probe:")}))
    scores = cached_scores(path, study, r_stamp, scorers) if scorers else {}
    with open_store(path) as s:  # each answer's follow-up probe replies, shown beside it as plain text
        probes = explore.probe_lines_of(s, study, qid)
    outer, inner = (chosen, contexts) if arrange == ARRANGEMENTS[0] else (contexts, chosen)
    for o in outer:
        st.subheader(md_literal(o if arrange == ARRANGEMENTS[1] else figures.short_model(o)))
        for start in range(0, len(inner), 3):
            cols = st.columns(3)
            for col, i in zip(cols, inner[start : start + 3], strict=False):
                model, ctx = (o, i) if arrange == ARRANGEMENTS[0] else (i, o)
                with col:
                    answer_cell(sub, qid, model, ctx, sample, lookup.get((model, ctx)), ctx == baseline,
                                title=i if arrange == ARRANGEMENTS[0] else figures.short_model(i), scores=scores,
                                probes=probes)


def answer_cell(responses: pd.DataFrame, qid: str, model: str, ctx: str, sample: int, shift: ShiftRecord | None,
                is_baseline: bool, *, title: str, scores: dict[int, list[str]] | None = None,
                probes: dict[int, list[str]] | None = None) -> None:
    with st.container(border=True):
        st.text(title)
        st.text(explore.shift_label(shift, is_baseline))
        cell = explore.cell_responses(responses, qid, model, ctx)
        row = cell[cell["sample"] == sample]
        if row.empty:
            st.text("(no response for this sample)")
            return
        r = row.iloc[0]
        if r["error"]:
            st.text(f"error: {r['error']}")
            return
        text = str(r["text"])
        spans = explore.marker_spans(text, marker_set())
        st.code(explore.bracket_spans(text, spans), language=None, wrap_lines=True)
        if spans:
            st.text("\n".join(f"{explore.OPEN}{s.text}{explore.CLOSE} {s.label}" for s in spans))
        lines = (scores or {}).get(int(r["id"]), [])
        if lines:
            st.text("scores: " + " · ".join(lines))
        for line in (probes or {}).get(int(r["id"]), []):
            st.text(line)


def page_scales(view: PageContext) -> None:
    data = view.data
    header(data, "Scales")
    if not explore.has_scales(data):
        st.info("This study has no scored questions, so there is no scale to show. Scales appear for studies "
                "whose questions belong to a Likert scale declared in data/scales/ (for example the bundled "
                "Ryff well-being corpus): per-context means with 95% CIs and signed Hedges' g against the baseline.")
        return
    model = model_picker(explore.models_of(data))
    sids = figures.scale_ids(data, model)
    if not sids:
        st.info("No scale rows for this model.")
        return
    _keep_valid(K_SCALE, sids)
    sid = st.selectbox("Scale", sids, key=K_SCALE) if len(sids) > 1 else sids[0]
    st.plotly_chart(figures.scales_figure(data, model, sid, figures.colors_for(data)), theme=None,
                    config=PLOT_CONFIG, key="scales_figure")
    table = explore.scale_table(data, model)
    st.dataframe(table[table["scale_id"].astype(str) == str(sid)], hide_index=True, column_config={
        "mean": st.column_config.NumberColumn(format="%.2f"),
        "mean_ci_low": st.column_config.NumberColumn("95% CI low", format="%.2f"),
        "mean_ci_high": st.column_config.NumberColumn("95% CI high", format="%.2f"),
        "sd": st.column_config.NumberColumn(format="%.2f"),
        "t": st.column_config.NumberColumn(format="%.2f"),
        "p_value": st.column_config.NumberColumn("p", format="%.3g"),
        "q_value": st.column_config.NumberColumn("q", format="%.3g"),
        "hedges_g": st.column_config.NumberColumn("Hedges' g", format="%+.2f"),
        "g_ci_low": st.column_config.NumberColumn("g 95% CI low", format="%+.2f"),
        "g_ci_high": st.column_config.NumberColumn("g 95% CI high", format="%+.2f"),
        "cohen_d": st.column_config.NumberColumn("|Cohen's d| (v1)", format="%.2f"),
        "significant": st.column_config.CheckboxColumn("significant", help=_rule(data, "scale"))})


def page_compare(view: PageContext) -> None:
    path, study, data = view.path, view.study, view.data
    header(data, "Compare models")
    names = list(view.study_names)
    _keep_valid(K_COMPARE_STUDIES, names)
    if K_COMPARE_STUDIES not in st.session_state or not st.session_state[K_COMPARE_STUDIES]:
        st.session_state[K_COMPARE_STUDIES] = [study]
    chosen_studies = st.multiselect("Studies (models from several studies are labelled study:model)", names,
                                    key=K_COMPARE_STUDIES)
    with_analysis = [(s, a) for s in chosen_studies if (a := stamps(path, s)[0])]
    if not with_analysis:
        st.info("None of the chosen studies has a stored analysis.")
        return
    try:
        merged = cached_compare(path, tuple(s for s, _ in with_analysis), tuple(a for _, a in with_analysis))
    except SchemaError as e:
        st.info("One of the chosen studies has an analysis from an older Maskscope:")
        st.text(str(e))
        return
    models = explore.models_of(merged)
    _keep_valid(K_COMPARE_MODELS, models)
    if K_COMPARE_MODELS not in st.session_state or not st.session_state[K_COMPARE_MODELS]:
        st.session_state[K_COMPARE_MODELS] = models
    chosen = st.multiselect("Models", models, key=K_COMPARE_MODELS)
    if len(chosen) < 2:
        st.info("Choose two or more models (or add a second study) to compare.")
        return
    st.plotly_chart(figures.compare_figure(merged, chosen, contexts=data.contexts), theme=None, config=PLOT_CONFIG,
                    key="compare_figure")
    table = explore.comparison_table(merged, chosen)
    n_sig = explore.count_significant(table)
    st.caption(f"{n_sig} of {len(table)} model-pair × context differences are significant "
               f"({_rule(data, 'comparison')}). Filled markers: the context's own shift is significant "
               f"({_rule(data, 'context')}); ≠ k/n pairs: k of the n model pairs differ significantly in that "
               "context.")
    st.dataframe(table, hide_index=True, column_config={
        "mean_a": st.column_config.NumberColumn("shift A", format="%.4f"),
        "mean_b": st.column_config.NumberColumn("shift B", format="%.4f"),
        "difference": st.column_config.NumberColumn("A − B", format="%+.4f"),
        "ci_low": st.column_config.NumberColumn(format="%+.4f"),
        "ci_high": st.column_config.NumberColumn(format="%+.4f"),
        "p_value": st.column_config.NumberColumn("p", format="%.3g"),
        "q_value": st.column_config.NumberColumn("q", format="%.3g"),
        "significant": st.column_config.CheckboxColumn("differ")})


def page_drift(view: PageContext) -> None:
    from core import drift as drift_mod

    path, study, data = view.path, view.study, view.data
    header(data, "Version drift")
    names = list(view.study_names)
    for k in (K_DRIFT_STUDY_A, K_DRIFT_STUDY_B):
        _keep_valid(k, names)
        st.session_state.setdefault(k, study)
    left, right = st.columns(2)
    sides = []
    r_stamps: dict[str, str] = {}
    for col, ks, km, label, default in ((left, K_DRIFT_STUDY_A, K_DRIFT_MODEL_A, "Older", 0),
                                        (right, K_DRIFT_STUDY_B, K_DRIFT_MODEL_B, "Newer", 1)):
        s_name = col.selectbox(f"{label}: study", names, key=ks)
        s_stamp, r_stamps[s_name] = stamps(path, s_name)
        loaded = cached_analysis(path, s_name, s_stamp) if s_stamp else None
        if loaded is None or s_stamp is None:
            col.info("This study has no stored analysis.")
            return
        models = explore.models_of(loaded[0])
        _keep_valid(km, models)
        st.session_state.setdefault(km, models[min(default, len(models) - 1)])
        sides.append((s_name, s_stamp, col.selectbox(f"{label}: model", models, key=km)))
    (sa, ta, ma), (sb, tb, mb) = sides
    if (sa, ma) == (sb, mb):
        st.info("Choose two different models, or the same model in two studies.")
        return
    d = cached_drift(path, sa, ta, ma, sb, tb, mb)
    if d is None:
        st.info("One of the chosen studies has no stored analysis.")
        return
    if not d.contexts:
        st.info("The two sides share no tested context (they need the same baseline, contexts and questions).")
    for parts in drift_mod.drift_sentences(d):
        st.markdown(md_literal("".join(parts)))
    st.subheader("Context shift, older → newer")
    st.dataframe(drift_mod.context_table(d), hide_index=True, column_config={
        "older": st.column_config.NumberColumn(format="%.3f"), "newer": st.column_config.NumberColumn(format="%.3f"),
        "change": st.column_config.NumberColumn("change (newer − older)", format="%+.3f"),
        "q": st.column_config.NumberColumn(format="%.3g"),
        "changed": st.column_config.CheckboxColumn("changed", help=_rule(data, "comparison"))})
    if d.untested:
        st.caption("Not testable on one side or both (fewer than 2 samples): "
                   + ", ".join(md_literal(c) for c in d.untested))
    st.subheader("Masks: appeared, vanished, changed")
    if d.masks:
        st.dataframe(drift_mod.mask_table(d), hide_index=True, column_config={
            "name": st.column_config.TextColumn("name", width="large"),
            "profile change": st.column_config.NumberColumn(
                "profile change", format="%.2f", help="Total variation distance of the context shares")})
    else:
        st.text("Neither side has masks.")
    if d.markers:
        st.subheader("Marker rates")
        st.dataframe(drift_mod.marker_table(d), hide_index=True, column_config={
            "older": st.column_config.NumberColumn(format="%.2f"),
            "newer": st.column_config.NumberColumn(format="%.2f"),
            "change": st.column_config.NumberColumn(format="%+.2f"), "q": st.column_config.NumberColumn(format="%.3g")})
    if d.scales:
        st.subheader("Scale means")
        st.dataframe(drift_mod.scale_table(d), hide_index=True, column_config={
            "older": st.column_config.NumberColumn(format="%.2f"),
            "newer": st.column_config.NumberColumn(format="%.2f"),
            "change": st.column_config.NumberColumn(format="%+.2f"), "q": st.column_config.NumberColumn(format="%.3g")})
    if not d.questions:
        return
    st.subheader("Questions whose context shift changed most")
    st.dataframe(drift_mod.question_table(d), hide_index=True, column_config={
        "older": st.column_config.NumberColumn(format="%.4f"), "newer": st.column_config.NumberColumn(format="%.4f"),
        "change": st.column_config.NumberColumn(format="%+.4f")})
    qids = [q.question_id for q in d.questions]
    _keep_valid(K_DRIFT_QUESTION, qids)
    qid = st.selectbox("Answers side by side", qids, key=K_DRIFT_QUESTION)
    q = next(x for x in d.questions if x.question_id == qid)
    cols = st.columns(2)
    for col, (s_name, _, model), label in zip(cols, sides, (d.label_a, d.label_b), strict=True):
        responses = cached_responses(path, s_name, r_stamps[s_name])
        with col:
            st.text(label)
            for ctx in (data.baseline_context, q.context_id):
                cell = explore.cell_responses(responses, qid, model, ctx)
                first = cell[cell["error"].isna()].head(1) if "error" in cell else cell.head(1)
                st.text(f"{ctx} · sample {first.iloc[0]['sample']}" if len(first) else f"{ctx} · no response")
                if len(first):
                    st.code(str(first.iloc[0]["text"]), language=None, wrap_lines=True)


def page_export(view: PageContext) -> None:
    path, study, a_stamp, data, points = view.path, view.study, view.a_stamp, view.data, view.points
    header(data, "Export")
    st.write("The report carries the figures, tables, exemplars and provenance (versions, seeds, hashes).")
    c = st.columns(3)
    for col, (fmt, mime, label) in zip(c, (("html", "text/html", "Report (HTML)"),
                                           ("md", "text/markdown", "Report (Markdown)"),
                                           ("json", "application/json", "Report (JSON)")), strict=True):
        col.download_button(label, data=partial(cached_report, path, study, a_stamp, fmt),
                            file_name=f"{study}-report.{fmt}", mime=mime, on_click="ignore", key=f"dl_{fmt}")
    d1, d2 = st.columns(2)
    d1.download_button("Points table (points.csv)", data=lambda: explore.points_csv(points),
                       file_name=f"{study}-points.csv", mime="text/csv", on_click="ignore", key="dl_points")
    d2.download_button("analysis.json", data=lambda: data.to_json_text(), file_name=f"{study}-analysis.json",
                       mime="application/json", on_click="ignore", key="dl_analysis")
    def scores_csv() -> str:  # each answer's cached scores (offline and judges), one row per answer x scorer
        with open_store(path) as s:
            return explore.response_scores_frame(s, study).to_csv(index=False)
    st.download_button("Per-response scores (scores.csv)", data=scores_csv, file_name=f"{study}-scores.csv",
                       mime="text/csv", on_click="ignore", key="dl_scores")
    st.caption(f"Points: {len(points):,} rows × {len(points.columns)} columns. From the command line: "
               "python -m core report --study NAME --format html --out report.html")


def _rule(data: Analysis, which: str) -> str:
    """What a significance flag tests, as the analysis recorded it."""
    sig = data.provenance.settings.significance
    return str(getattr(sig, which)) if sig is not None else f"< {data.alpha:g}"


def _fmt(x: Any, spec: str = ".2f") -> str:
    return "–" if x is None else format(float(x), spec)


@st.fragment(run_every=5)
def background_progress(path: str) -> None:
    """Progress of analyses running in the background (make app); the page reloads when one ends."""
    from core.background import progress

    running = progress(path)
    was = st.session_state.get("bg_running", [])
    st.session_state["bg_running"] = sorted(running)
    if was and not running:
        st.rerun(scope="app")
    for name, line in running.items():
        st.info(f"Analysing study {md_literal(name)} in the background: {md_literal(line)}. "
                "Studies with a stored analysis can be explored meanwhile; this one appears when done.")


def main() -> None:
    st.set_page_config(page_title="Maskscope", page_icon="🎭", layout="wide")
    path = store_file()
    background_progress(path)
    studies = list_studies(path)
    if not studies:
        empty_state(path)
        return
    settings = sidebar(studies)
    st.sidebar.text(f"Store: {path}")
    study = settings.study or studies[0]["name"]
    a_stamp, r_stamp = stamps(path, study)
    try:
        loaded = cached_analysis(path, study, a_stamp) if a_stamp else None
    except SchemaError as e:
        no_analysis(path, study, stale=str(e))
        return
    if loaded is None or a_stamp is None:
        if study not in st.session_state.get("bg_running", []):
            no_analysis(path, study)
        return
    data, points = loaded
    view = PageContext(path=path, study=study, study_names=tuple(s["name"] for s in studies), a_stamp=a_stamp,
                      r_stamp=r_stamp, data=data, points=points)
    PAGE_VIEWS[settings.page](view)


# every page takes the one PageContext; explore.PAGES orders the sidebar, this table draws the page
PAGE_VIEWS: dict[str, Callable[[PageContext], None]] = {
    "Findings": page_findings, "Overview": page_overview, "Map": page_map, "Masks": page_masks,
    "Question": page_question, "Scales": page_scales, "Compare": page_compare, "Drift": page_drift,
    "Verdict": page_verdict, "Export": page_export,
}


# Streamlit (`streamlit run`, AppTest.from_file) runs this file as __main__; a plain import (tests reading the
# session-state keys) draws nothing.
if __name__ == "__main__":
    main()
