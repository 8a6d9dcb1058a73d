"""The analysis pipeline: stored responses -> the typed Analysis (analysis.json, schema v2) + the points table.

Steps: load the study's responses (errors excluded and counted), normalise the surface, embed through
the store's cache, then per model: context shift, masks, markers; scales when questions carry one;
model comparison when there are several models. The result is stored under a key over its settings
so the app and reports read it instead of recomputing. Every number the app and the reports show is
computed here (core.analysis_record.Analysis holds it); renderers only format.

Deterministic: the same responses, settings and seed give byte-identical analysis.json apart from
provenance.created_at (sorted keys, floats to 6 significant digits, NaN/inf -> null, stable ordering).
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from core.analysis_record import (
    DIGITS,
    SCHEMA_VERSION,
    Analysis,
    Comparison,
    MaskRecord,
    ModelSummary,
    SchemaError,
    clean,
    mask_record,
    to_json,
)
from core.atomic import write_atomic
from core.compare import compare_models
from core.embed import CachedEmbedder, Embedder, default_embedder, is_bundled, sentence_embedder
from core.errors import InputError
from core.markers import MarkerSet, flag, load_markers, marker_rates
from core.normalize import NORMALIZER_ID, normalize
from core.points import DECIMALS, POINT_COLUMNS, points_csv
from core.progress import progress_bar
from core.provenance import (
    EmbeddingUsed,
    MarkersUsed,
    MaskSettings,
    Provenance,
    Settings,
    Significance,
    json_sha256,
    package_versions,
    responses_sha256,
)
from core.records import Response
from core.scales import ContextScore
from core.shift import ALPHA, ContextShiftRecord, ShiftRecord, model_shift
from core.store import Store, now

if TYPE_CHECKING:
    from core.scorers.study import StudyScores

__all__ = ["ALPHA", "DIGITS", "POINT_COLUMNS", "SCHEMA_VERSION", "Analysis", "AnalysisResult", "SchemaError", "analyze",
           "clean", "load_analysis", "responses_sha256", "to_json", "write_outputs"]

DEFAULT_SEED = 7
N_PERM = 999
N_BOOT = 999
N_RERUNS = 10
EMBED_BATCH = 256
ANALYSIS_VERSION = 4
"""Bump when the pipeline's output for the same inputs changes; part of the stored key."""

DESIGN_KEYS = (
    "study", "n_responses", "models", "contexts", "baseline_context", "embedder", "seed", "shift",
    "context_shift", "masks", "mask_context_nmi", "stability", "scales", "markers", "provenance",
)
"""Top-level keys of analysis.json as DESIGN.md's v1 lists them; v2 adds `comparison` and `schema_version`."""
SIGNIFICANCE = Significance(
    question=f"q < {ALPHA:g} within a significant context: Benjamini-Hochberg over its questions at {ALPHA:g} × R / m "
             "(Benjamini-Bogomolov; R of m contexts significant; permutation p)",
    context=f"q < {ALPHA:g}, Benjamini-Hochberg over the model's contexts (permutation p, context labels "
            "shuffled within questions)",
    scale=f"q < {ALPHA:g}, Benjamini-Hochberg over the model's contexts × scales (Welch's t against the baseline; "
          "a permutation p when neither group varies)",
    comparison=f"q < {ALPHA:g}, Benjamini-Hochberg over model pairs × contexts (sign-flip permutation p over "
               "questions)",
)
"""What each `significant` flag tests: stored in the settings, printed by every caption."""


@dataclass(frozen=True)
class AnalysisResult:
    """One study's analysis: the typed Analysis (analysis.json) and the points table."""

    analysis: Analysis
    """analysis.json as a typed record."""
    points: pd.DataFrame
    """points.csv: response_id, model, question_id, context_id, sample, x, y, mask_id, one column per marker."""
    key: str = ""
    """Store key: sha256 over the settings and inputs."""
    n_embedded: int = 0
    """Texts actually sent to the embedder in this run (0 when everything was cached)."""
    scores: StudyScores | None = None
    """Per-response scores and what scoring computed now (None when scoring was off)."""

    def json_text(self) -> str:
        """analysis.json as written and stored."""
        return self.analysis.to_json_text()

    def csv_text(self) -> str:
        """points.csv as written and stored."""
        return points_csv(self.points)


# --- serialisation --------------------------------------------------------------------------------


def write_outputs(result: AnalysisResult, out_dir: str | Path) -> tuple[Path, Path]:
    """Write DIR/analysis.json and DIR/points.csv, each atomically (temp file + os.replace)."""
    out = Path(out_dir)
    a = write_atomic(out / "analysis.json", result.json_text())
    p = write_atomic(out / "points.csv", result.csv_text())
    return a, p


def load_analysis(store: Store, study: str, key: str | None = None) -> AnalysisResult | None:
    """The stored analysis of a study (the newest, or the one under `key`); None when there is none.

    Raises SchemaError (exit 2 on the command line) when the stored analysis has another schema version:
    its message says to re-run `analyze`.
    """
    got = store.get_analysis(study, key)
    if got is None:
        return None
    text, csv = got
    analysis = Analysis.from_json(text, source=f"{store.path}: stored analysis of '{study}'")
    points = pd.read_csv(io.StringIO(csv), keep_default_na=False, na_values=[""],
                         dtype={"model": str, "question_id": str, "context_id": str})
    return AnalysisResult(analysis=analysis, points=points, key=analysis.provenance.key or key or "")


# --- provenance helpers ---------------------------------------------------------------------------


def _versions() -> dict[str, str | int | None]:
    return {"python": sys.version.split()[0], "analysis": ANALYSIS_VERSION, **package_versions()}


# --- the pipeline ---------------------------------------------------------------------------------


class _Stages:
    """A tqdm bar per stage on stderr, or nothing."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def bar(self, desc: str, total: int) -> Any:
        return progress_bar(f"{desc:<10}", total, enabled=self.enabled, leave=True)


def _embed_unique(cached: CachedEmbedder, texts: Sequence[str], bar: Any) -> np.ndarray:
    """Embed each distinct text once (through the cache), in batches so the bar moves."""
    uniq = list(dict.fromkeys(texts))
    index = {t: i for i, t in enumerate(uniq)}
    chunks = []
    for i in range(0, len(uniq), EMBED_BATCH):
        chunks.append(cached.encode(uniq[i:i + EMBED_BATCH]))
        bar.update(len(chunks[-1]))
    if not chunks:
        return np.zeros((0, 1), dtype=np.float32)
    vecs = np.vstack(chunks)
    return vecs[[index[t] for t in texts]]


def _context_order(store: Store, study: str, responses: Sequence[Response]) -> list[str]:
    declared = [c.id for c in store.contexts(study)]
    seen = {r.context_id for r in responses}
    return [c for c in declared if c in seen] + sorted(seen - set(declared))


def _scales(store: Store, study: str, responses: Sequence[Response], baseline: str,
            contexts: Sequence[str], log: Callable[[str], None] | None, seed: int) -> list[ContextScore]:
    """Scale statistics (core.scales) when the study's questions carry a scale; vs the baseline context."""
    wanted = {q.scale for q in store.questions(study) if q.scale}
    if not wanted:
        return []
    from core import scales  # imported lazily: only scale studies need it

    known = scales.load_scales()
    missing = sorted(wanted - set(known))
    if missing and log:
        log(f"no scale file for {', '.join(missing)} in {scales.paths.SCALES_DIR}: those scales are skipped")
    chosen = {k: v for k, v in known.items() if k in wanted}
    _, summary = scales.score_study(list(responses), chosen, baseline, contexts, seed=seed)
    return summary


def _summary(model: str, tests: Sequence[ShiftRecord], masks: Sequence[MaskRecord]) -> ModelSummary:
    mine = [t for t in tests if t.model == model]
    tested = [t for t in mine if t.p_value is not None]
    n_sig = sum(1 for t in tested if t.significant)
    floors = [t.noise_floor for t in mine if t.noise_floor is not None]
    return ModelSummary(
        model=model, n_tests=len(tested), n_untested=len(mine) - len(tested), n_significant=n_sig,
        share_significant=n_sig / len(tested) if tested else None,
        noise_floor=float(np.mean(floors)) if floors else None,
        n_masks=sum(1 for m in masks if m.model == model and m.mask_id != -1),
    )


def settings_key(settings: dict[str, Any]) -> str:
    """The store key of an analysis: sha256 over its settings and input hashes."""
    return json_sha256(settings)


def _verdicts(store: Store, study: str, ok: Sequence[Response], vectors: np.ndarray, models: Sequence[str],
              baseline: str, seed: int, scores: Any) -> tuple[Any, ...]:
    """The verdict panels (core.verdict): answers, their embeddings, probe turns, response scores, context tags."""
    from core.verdict import items_from_responses, verdict_panels

    probe_rows = [r for r in store.responses(study, ok_only=True, probes=True) if r.meta.get("probe")]
    answers = [i for i, r in enumerate(ok) if not r.meta.get("probe")]
    signals: dict[int, dict[str, float]] = {}
    frames: dict[int, str] = {}
    if scores is not None:  # per-response scores: a judge's where there is one, else the offline scorer's
        for sid in sorted(scores.scores, key=lambda x: (x.startswith("judge:"), x)):
            dim = "valence" if sid.endswith("valence") else "frame" if sid.endswith("frame") else None
            for rid, sc in zip(scores.response_ids, scores.scores[sid], strict=True):
                if dim == "valence" and sc.value is not None:
                    signals.setdefault(int(rid), {})["valence"] = float(sc.value)
                elif dim == "frame" and sc.label:
                    frames[int(rid)] = str(sc.label)
    items = items_from_responses([ok[i] for i in answers], vectors[answers], probe_rows, signals, frames)
    tags = {c.id: c.tags for c in store.contexts(study)}
    return verdict_panels(items, models, tags, baseline, seed=seed)


@dataclass(frozen=True)
class _Responses:
    """A study's stored responses: all of them, and those analysed (without error) with their models and contexts."""

    everything: list[Response]
    ok: list[Response]
    models: list[str]
    contexts: list[str]

    def rows_of(self, model: str) -> np.ndarray:
        """Indices into `ok` of the model's responses."""
        return np.flatnonzero(np.array([r.model for r in self.ok], dtype=object) == model)

    def column(self, name: str, rows: np.ndarray) -> list[Any]:
        """One field of the responses at `rows` of `ok`."""
        return [getattr(self.ok[i], name) for i in rows]


def _analysis_seed(spec: Any, seed: int | None) -> int:
    """The seed asked for, else the study's, else DEFAULT_SEED."""
    if seed is not None:
        return seed
    s = spec.get("seed") if isinstance(spec, dict) else None
    return int(s) if isinstance(s, int) and not isinstance(s, bool) else DEFAULT_SEED


def _load_responses(store: Store, study: str, log: Callable[[str], None] | None) -> _Responses:
    """The study's responses; those with an error are excluded (and counted), none left is bad input."""
    everything = store.responses(study)
    ok = [r for r in everything if r.ok]
    if not ok:
        raise InputError(store.path, "--study", f"study '{study}' has no responses without error to analyse")
    models = list(dict.fromkeys(sorted(r.model for r in ok)))
    n_errors = len(everything) - len(ok)
    if log and n_errors:
        log(f"{n_errors} responses with errors excluded")
    return _Responses(everything, ok, models, _context_order(store, study, ok))


def _embed_study(cached: CachedEmbedder, norm: Sequence[str], stages: _Stages) -> np.ndarray:
    """Embeddings of the normalised texts, once for the whole study."""
    bar = stages.bar("embed", len(set(norm)))
    vectors = _embed_unique(cached, norm, bar)
    bar.close()
    return vectors


def _shift_stage(data: _Responses, vectors: np.ndarray, baseline: str, seed: int, n_perm: int, n_boot: int,
                 stages: _Stages) -> tuple[list[ShiftRecord], list[ContextShiftRecord]]:
    """Context shift per model (core.shift): the question x context tests and the context-level records."""
    tests: list[ShiftRecord] = []
    contexts: list[ContextShiftRecord] = []
    bar = stages.bar("shift", len(data.models))
    for m in data.models:
        rows = data.rows_of(m)
        res = model_shift(m, vectors[rows], data.column("question_id", rows), data.column("context_id", rows),
                          baseline, seed=seed, contexts=data.contexts, n_perm=n_perm, n_boot=n_boot)
        tests += res.tests
        contexts += res.contexts
        bar.update()
    bar.close()
    return tests, contexts


@dataclass
class _MaskStage:
    """What the mask stage finds for the whole study, per model and per response."""

    records: list[MaskRecord]
    nmi: dict[str, float | None]
    stability: dict[str, float | None]
    params: dict[str, dict[str, Any]]
    """Per model: the method's parameters as run, or `error` when no masks could be found."""
    by_model: dict[str, Any]
    xs: np.ndarray
    ys: np.ndarray
    mask_ids: np.ndarray


def _sentence_reader(embedder: Embedder, how: str, data: _Responses, norm: Sequence[str],
                     log: Callable[[str], None] | None) -> tuple[Embedder | None, str | None]:
    """The masks' sentence reader, decided once per study so every model's masks are read alike (auto: by the
    model with most unique sentences), and its id to record (the bundled model only: others read their own)."""
    from core.masks import n_unique_sentences

    if not is_bundled(embedder):
        sentence_embedder(embedder, how)  # an unknown `how` still fails
        if how == "static" and log:
            log(f"--mask-sentences static: no static table for {embedder.id}; it reads the sentences itself")
        return None, None
    n = max((n_unique_sentences([norm[i] for i in data.rows_of(m)]) for m in data.models), default=0) \
        if how == "auto" else None
    chosen = sentence_embedder(embedder, how, n)
    return chosen, chosen.id if chosen is not None else embedder.id


def _mask_stage(data: _Responses, norm: Sequence[str], encode: Callable[[list[str]], np.ndarray], seed: int,
                n_reruns: int, method: str, stages: _Stages, log: Callable[[str], None] | None,
                reader: tuple[Embedder | None, str | None] = (None, None), units: str = "phrases",
                grouping: str = "context", baseline: str | None = None) -> _MaskStage:
    """Masks per model (core.masks); a model with nothing to cluster gets none, and a note, not a failure.
    reader: (the embedder that reads the sentences when not the answers' own, its id for
    params["sentence_embedder"] or None to leave it out)."""
    from core.masks import MaskParams, find_masks, n_unique_sentences  # heavy (umap, hdbscan): only when analysing

    n = len(data.ok)
    out = _MaskStage(records=[], nmi={}, stability={}, params={}, by_model={}, xs=np.full(n, np.nan),
                     ys=np.full(n, np.nan), mask_ids=np.full(n, -1, dtype=np.int64))
    sentences, reader_id = reader
    bar = stages.bar("masks", len(data.models))
    for m in data.models:
        rows = data.rows_of(m)
        try:
            if method == "stance" and not n_unique_sentences([norm[i] for i in rows]):
                raise ValueError(f"no response has a sentence of {MaskParams.min_words} or more words")
            mr = find_masks([norm[i] for i in rows], data.column("question_id", rows),
                            data.column("context_id", rows), [int(data.ok[i].id or 0) for i in rows], encode,
                            seed=seed, n_reruns=n_reruns, method=method,
                            params=MaskParams(units=units, grouping=grouping),
                            sentence_embed=sentences.encode if sentences is not None else None,
                            baseline=baseline)
        except ValueError as e:
            # e.g. every response a bare rating: nothing to cluster. Say so instead of failing the study.
            out.nmi[m] = out.stability[m] = None
            out.params[m] = {"method": method, "error": f"no masks: {e}"}
            if log:
                log(f"{m}: no masks ({e})")
            bar.update()
            continue
        out.records += [mask_record(m, mk) for mk in mr.masks]
        out.by_model[m] = mr.masks
        out.nmi[m] = float(mr.nmi)
        out.stability[m] = float(mr.stability)
        out.params[m] = {"method": mr.method, **clean(mr.params)}
        if reader_id is not None:
            out.params[m]["sentence_embedder"] = reader_id
        xy = np.asarray(mr.xy, dtype=np.float64)
        out.xs[rows], out.ys[rows] = xy[:, 0], xy[:, 1]
        out.mask_ids[rows] = np.asarray(mr.labels, dtype=np.int64)
        bar.update()
    bar.close()
    return out


def _marker_stage(data: _Responses, flags: np.ndarray, markers: MarkerSet, baseline: str, seed: int,
                  stages: _Stages) -> list[Any]:
    """Marker rates per model and context (core.markers)."""
    out: list[Any] = []
    bar = stages.bar("markers", len(data.models))
    for m in data.models:
        rows = data.rows_of(m)
        out += marker_rates(m, data.column("context_id", rows), flags[rows], markers, contexts=data.contexts,
                            question_ids=data.column("question_id", rows), baseline=baseline, seed=seed)
        bar.update()
    bar.close()
    return out


def _comparison(tests: Sequence[ShiftRecord], context_shift: Sequence[ContextShiftRecord], data: _Responses,
                baseline: str, seed: int) -> Comparison:
    """The model comparison (core.compare); empty with one model."""
    models = data.models
    if len(models) < 2:
        return Comparison(models=tuple(models), context_shift=(), differences=())
    differences = compare_models(tests, seed=seed, models=models, contexts=[c for c in data.contexts if c != baseline])
    return Comparison(models=tuple(models), context_shift=tuple(context_shift), differences=differences)


def _check_mask_options(units: str, grouping: str) -> None:
    """Unknown mask units or grouping fail before any work, not as a "no masks" note per model."""
    from core.masks import GROUPINGS, UNITS

    if units not in UNITS:
        raise ValueError(f"unknown mask units {units!r}; known: {', '.join(UNITS)}")
    if grouping not in GROUPINGS[:2]:
        raise ValueError(f"unknown mask grouping {grouping!r}; known: {', '.join(GROUPINGS[:2])}")


def _settings(method: str, mask_params: dict[str, dict[str, Any]], n_perm: int, n_boot: int,
              n_reruns: int) -> Settings:
    """The analysis settings, with each test stated in words."""
    return Settings(
        normalizer=NORMALIZER_ID, n_perm=n_perm, n_boot=n_boot, alpha=ALPHA,
        mask_method=method, mask_params=clean(mask_params), stability_reruns=n_reruns,
        shift_statistic="energy distance, U-statistic within groups, on cosine distance 1 - cos",
        noise_floor="mean of the two within-context mean pairwise cosine distances (baseline, context)",
        context_test="labels shuffled within each question; p = (1 + #null >= obs) / (1 + n_perm); questions "
                     "tested only within the R of m contexts found, BH at alpha x R / m (Benjamini-Bogomolov), no "
                     "per-question CI; context CIs are t intervals over questions; dispersion (spread context "
                     "minus baseline): labels permuted, group centres recomputed, two-sided",
        comparison_test="two-sided sign-flip permutation on per-question shift differences, BH over pairs",
        significance=SIGNIFICANCE,
        scale_ci="t interval of the mean of the valid runs' totals: mean ± t(.975, n-1) · sd / √n",
    )


def _markers_used(markers: MarkerSet) -> MarkersUsed:
    """The marker definitions as provenance records them (the bundled file repo-relative)."""
    path = "data/markers.yaml" if Path(markers.source).name == "markers.yaml" else markers.source
    return MarkersUsed(version=markers.version, sha256=markers.sha256, ids=tuple(markers.ids), path=path)


def _provenance(study: str, row: dict[str, Any], data: _Responses, embedder: Embedder, embedder_id: str,
                markers: MarkerSet, settings: Settings, seed: int) -> Provenance:
    """Versions, hashes and settings of this run, and the store key over them and the inputs."""
    resp_sha = responses_sha256(data.ok)
    key = settings_key({
        "study": study, "embedder": embedder_id, "seed": seed, "settings": clean(settings),
        "markers_sha256": markers.sha256, "responses_sha256": resp_sha, "spec_hash": row.get("spec_hash"),
        "version": ANALYSIS_VERSION,
    })
    return Provenance(
        versions=_versions(),
        study_spec_hash=str(row.get("spec_hash") or json_sha256(row.get("spec") or {})),
        created_at=now(),
        normalizer=NORMALIZER_ID,
        markers=_markers_used(markers),
        masks=MaskSettings(method=settings.mask_method, params=settings.mask_params),
        responses_sha256=resp_sha,
        n_stored=len(data.everything),
        n_errors_excluded=len(data.everything) - len(data.ok),
        settings=settings,
        key=key,
        embedding=EmbeddingUsed(id=embedder_id, engine=str(getattr(embedder, "engine", "local")),
                                long_texts=str(getattr(embedder, "long_texts", "as the embedder reads them"))),
    )


def _response_scores(store: Store, study: str, spec: Any, judges: Sequence[str] | None, embedder: Embedder,
                     seed: int, judge_budget: float | None) -> StudyScores:
    """Per-response scores through the store's cache; the judges are the study's unless given."""
    from core.scorers.study import score_study

    named = judges if judges is not None else [str(j) for j in spec.get("judges") or []]
    return score_study(store, study, judges=named, embedder=embedder, seed=seed, judge_budget=judge_budget)


def _points(ok: Sequence[Response], masks: _MaskStage, flags: np.ndarray, markers: MarkerSet) -> pd.DataFrame:
    """The points table: one row per analysed response, its map position, mask and 0/1 per marker."""
    points = pd.DataFrame({
        "response_id": [int(r.id or 0) for r in ok],
        "model": [r.model for r in ok],
        "question_id": [r.question_id for r in ok],
        "context_id": [r.context_id for r in ok],
        "sample": [int(r.sample) for r in ok],
        "x": np.round(masks.xs, DECIMALS),
        "y": np.round(masks.ys, DECIMALS),
        "mask_id": masks.mask_ids,
    })
    for j, mid in enumerate(markers.ids):
        points[mid] = flags[:, j].astype(int)
    return points


def analyze(
    store: Store,
    study: str,
    *,
    embedder: Embedder | None = None,
    seed: int | None = None,
    progress: bool = True,
    method: str = "stance",
    markers: MarkerSet | None = None,
    n_perm: int = N_PERM,
    n_boot: int = N_BOOT,
    n_reruns: int = N_RERUNS,
    save: bool = True,
    log: Callable[[str], None] | None = None,
    scores: StudyScores | None = None,
    judges: Sequence[str] | None = None,
    score: bool = True,
    judge_budget: float | None = None,
    mask_sentences: str = "auto",
    mask_units: str = "phrases",
    mask_grouping: str = "context",
) -> AnalysisResult:
    """Analyse a stored study; the result is also stored (unless save=False).
    mask_units, mask_grouping: core.masks.MaskParams.units (`phrases` or `sentences`) and .grouping (`context`:
    by the contexts that bring units out, tested by permuting contexts; `cooccur`: by use together, no context).
    mask_sentences: with mask_units="sentences", how the masks read sentences (core.embed.sentence_embedder):
    `auto` (the static table when some model has over AUTO_EMBEDDER_MAX unique sentences, for every model alike),
    `static` or `embedder`; any other embedder than the bundled MiniLM reads its sentences itself."""
    from core.masks import mask_families  # heavy (umap, hdbscan): only when analysing

    _check_mask_options(mask_units, mask_grouping)
    row = store.require_study(study)
    spec = row.get("spec") or {}
    seed = _analysis_seed(spec, seed)
    baseline = str(row["baseline"])
    markers = markers or load_markers()
    stages = _Stages(progress)
    data = _load_responses(store, study, log)

    norm = [normalize(r.text) for r in data.ok]
    emb_impl = embedder if embedder is not None else default_embedder()
    cached = CachedEmbedder(emb_impl, store)
    vectors = _embed_study(cached, norm, stages)
    flags = flag(norm, markers)

    shift_tests, context_shift = _shift_stage(data, vectors, baseline, seed, n_perm, n_boot, stages)
    by_sentence = method == "stance" and mask_units == "sentences"
    masks = _mask_stage(data, norm, cached.encode, seed, n_reruns, method, stages, log,
                        _sentence_reader(emb_impl, mask_sentences, data, norm, log) if by_sentence
                        else (None, None), mask_units, mask_grouping, baseline)
    marker_recs = _marker_stage(data, flags, markers, baseline, seed, stages)
    # all rows: the scale scoring counts an errored item as invalid itself
    scale_recs = _scales(store, study, data.everything, baseline, data.contexts, log, seed)
    settings = _settings(method, masks.params, n_perm, n_boot, n_reruns)
    provenance = _provenance(study, row, data, emb_impl, cached.id, markers, settings, seed)
    if score and scores is None:
        scores = _response_scores(store, study, spec, judges, emb_impl, seed, judge_budget)
    used_scores = scores if score else None
    built = Analysis(
        study=study, n_responses=len(data.ok), models=tuple(data.models), contexts=tuple(data.contexts),
        baseline_context=baseline, embedder=cached.id, seed=seed,
        shift=tuple(shift_tests), context_shift=tuple(context_shift),
        masks=tuple(masks.records), mask_context_nmi=masks.nmi, stability=masks.stability,
        scales=tuple(scale_recs), markers=tuple(marker_recs), provenance=provenance,
        comparison=_comparison(shift_tests, context_shift, data, baseline, seed),
        summary=tuple(_summary(m, shift_tests, masks.records) for m in data.models),
        scores=tuple(used_scores.summaries) if used_scores is not None else (),
        judge_agreement=tuple(used_scores.agreement) if used_scores is not None else (),
        mask_families=mask_families(masks.by_model),
        verdicts=_verdicts(store, study, data.ok, vectors, data.models, baseline, seed, used_scores),
    )
    # Through JSON and back: the record in memory is exactly the one stored (6 significant digits, no NaN),
    # so a page computed now and a page loaded later show the same numbers.
    analysis = Analysis.from_json(built.to_json_dict())
    points = _points(data.ok, masks, flags, markers)
    result = AnalysisResult(analysis=analysis, points=points, key=provenance.key, n_embedded=cached.n_encoded,
                            scores=scores)
    if save:
        store.put_analysis(study, provenance.key, result.json_text(), result.csv_text())
    return result
