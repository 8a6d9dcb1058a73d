"""Score every response of a stored study with the offline scorers and any judges, through the cache."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from core.embed import Embedder
from core.errors import InputError
from core.scorers.base import Score
from core.scorers.cache import CachedScorer
from core.scorers.judge import JudgeAgreement, JudgeBudget, JudgeScorer, agreement, judge_price, judge_version
from core.scorers.offline import offline_scorers
from core.scorers.rubrics import load_rubrics
from core.scorers.summary import ScoreSummary, as_dicts, inputs, summarize
from core.store import Store


@dataclass(frozen=True)
class StudyScores:
    """Per-response scores, per model x context summaries, judge agreement, and what was computed."""

    response_ids: tuple[int, ...]
    """Scored responses (OK ones), in store order."""
    scores: dict[str, tuple[Score, ...]]
    """scorer id -> one Score per response."""
    summaries: tuple[ScoreSummary, ...]
    """Per scorer x model x context."""
    agreement: tuple[JudgeAgreement, ...] = ()
    """Per dimension judged by two or more judges: each pair's agreement."""
    n_scored: dict[str, int] = field(default_factory=dict)
    """scorer id -> inputs actually scored now (0 when all came from the cache)."""
    n_judge_calls: int = 0
    """Judge calls made now."""
    judge_spent_usd: float = 0.0
    """What those calls cost (the provider's figure, else their worst case)."""
    judge_budget_usd: float | None = None
    """The cap they ran under (None: no cap)."""
    n_judge_not_sent: int = 0
    """Judge calls the cap kept back (not cached: a later analyze with room sends them)."""

    def as_json(self) -> dict[str, Any]:
        """summaries, agreement and counts, JSON-ready."""
        return {"summaries": as_dicts(self.summaries), "agreement": [asdict(a) for a in self.agreement],
                "n_scored": self.n_scored, "n_judge_calls": self.n_judge_calls,
                "judge_spent_usd": self.judge_spent_usd, "judge_budget_usd": self.judge_budget_usd,
                "n_judge_not_sent": self.n_judge_not_sent}

    def csv(self) -> str:
        """Row-level export: response_id, then one column per scorer (value, and label where there is one)."""
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        ids = sorted(self.scores)
        w.writerow(["response_id", *[c for s in ids for c in (s, f"{s}:label")]])
        for i, rid in enumerate(self.response_ids):
            w.writerow([rid, *[c for s in ids
                               for c in (_csv_number(self.scores[s][i].value), self.scores[s][i].label or "")]])
        return buf.getvalue()


def _csv_number(v: float | None) -> str:
    return "" if v is None else json.dumps(v)


def judge_cap(store: Store, study: str, judge_budget: float | None) -> float | None:
    """The judges' USD cap: `judge_budget` when given, else what the study's budget_usd leaves after its answers."""
    if judge_budget is not None:
        return judge_budget
    row = store.study_row(study)
    spec = (row or {}).get("spec") or {}
    cap = spec.get("budget_usd") if isinstance(spec, dict) else None
    if not isinstance(cap, (int, float)) or isinstance(cap, bool):
        return None
    spend = store.spend(study)  # what the budget counts: known plus the reserve for unseen attempts
    return max(0.0, float(cap) - spend.known_usd - spend.reserve_usd)


def judge_prices(store: Store, study: str, judges: Sequence[str],
                 judge_budget: float | None) -> tuple[float | None, dict[str, Any]]:
    """The judges' cap and each judge's price; under a cap an unpriced judge is bad input (one line)."""
    cap = judge_cap(store, study, judge_budget) if judges else None
    prices = {m: judge_price(m) for m in judges}
    for m, price in prices.items():
        if cap is not None and price is None:
            raise InputError("--judge", m, f"a judge budget (${cap:.4f}) is set but the price of {m} is unknown "
                             "to litellm's price table; drop the budget or use a priced judge")
    return cap, prices


def score_study(store: Store, study: str, *, judges: Sequence[str] = (), embedder: Embedder | None = None,
                responder: Any = None, seed: int = 7, judge_budget: float | None = None) -> StudyScores:
    """Score a study's OK responses (probe turns excluded) with every offline scorer and each judge x rubric.

    Judge calls run under one USD cap (`judge_budget`, else the study's budget_usd minus what its
    answers cost; none when neither is set): a judge whose price is unknown is refused under a cap.
    """
    row = store.study_row(study)
    baseline = row["baseline"] if row else "neutral"
    cap, prices = judge_prices(store, study, judges, judge_budget)
    budget = JudgeBudget(cap)
    responses = [r for r in store.responses(study, ok_only=True) if not r.meta.get("probe")]
    items = inputs(responses, store.contexts(study))
    from core.embed import CachedEmbedder, default_embedder

    cached_emb = CachedEmbedder(embedder if embedder is not None else default_embedder(), store)
    scorers: list[Any] = list(offline_scorers(cached_emb))
    judge_objs: list[JudgeScorer] = []
    for model in judges:
        for rubric in load_rubrics().values():
            j = JudgeScorer(model, rubric, responder=responder, budget=budget, price=prices[model])
            judge_objs.append(j)
            scorers.append(j)
    out: dict[str, tuple[Score, ...]] = {}
    summaries: list[ScoreSummary] = []
    n_scored: dict[str, int] = {}
    for s in scorers:
        cached = CachedScorer(s, store)
        got = cached.score(items) if items else []
        out[s.id] = tuple(got)
        n_scored[s.id] = cached.n_scored
        summaries += summarize(responses, got, s, baseline, seed=seed)
    summaries += probe_summaries(store, study, baseline, seed=seed)
    agree = []
    by_dim: dict[str, list[JudgeScorer]] = {}
    for j in judge_objs:
        by_dim.setdefault(j.dimension, []).append(j)
    for dim, js in by_dim.items():
        for a in range(len(js)):
            for b in range(a + 1, len(js)):
                ag = agreement(out[js[a].id], out[js[b].id])
                agree.append(JudgeAgreement(dimension=dim, judge_a=js[a].model, judge_b=js[b].model,
                                            n=int(ag["n"] or 0), agreement=ag["agreement"], kappa=ag["kappa"],
                                            spearman=ag["spearman"]))
    return StudyScores(
        response_ids=tuple(r.id or 0 for r in responses), scores=out, summaries=tuple(summaries),
        agreement=tuple(agree), n_scored=n_scored, n_judge_calls=sum(j.n_calls for j in judge_objs),
        judge_spent_usd=budget.spent_usd, judge_budget_usd=cap, n_judge_not_sent=budget.n_not_sent,
    )


@dataclass(frozen=True)
class _ProbeReader:
    """A probe's replies read as numbers, summarised like a scorer's (id `probe:<id>`)."""

    id: str
    version: str
    dimension: str = "probe"


def probe_summaries(store: Store, study: str, baseline: str, *, seed: int = 7) -> list[ScoreSummary]:
    """Per probe x model x context: the mean answer (1-7, or a probability), question-clustered CI, paired test."""
    from core.probes import PROBES_DIR, load_probe, read_answer
    from core.records import Response

    rows = [r for r in store.responses(study, ok_only=True, probes=True) if r.meta.get("probe")]
    out: list[ScoreSummary] = []
    for pid in sorted({str(r.meta["probe"]) for r in rows}):
        path = PROBES_DIR / f"{pid}.yaml"
        if not path.exists():
            continue
        probe = load_probe(path)
        mine = [r for r in rows if r.meta["probe"] == pid]
        # summarised per parent question: the probe is asked after each question's answer
        as_parent = [Response(id=r.id, study=r.study, model=r.model, question_id=str(r.meta.get("parent_question_id")),
                              context_id=r.context_id, sample=r.sample, request_hash=r.request_hash, text=r.text)
                     for r in mine]
        values = [read_answer(r.text, probe) for r in mine]
        scores = [Score(value=v, ok=v is not None, detail="" if v is not None else "no valid answer") for v in values]
        out += summarize(as_parent, scores, _ProbeReader(id=f"probe:{pid}", version=probe.version), baseline,
                         seed=seed)
    return out


def cached_response_scores(store: Store, study: str, scorers: Sequence[tuple[str, str]]) -> dict[int, list[str]]:
    """response id -> one short line per scorer (`scorer: value label`), read from the cache only (never scores)."""
    from core.scorers.cache import get_scores

    responses = [r for r in store.responses(study, ok_only=True)]
    items = inputs(responses, store.contexts(study))
    shas = [i.sha256() for i in items]
    out: dict[int, list[str]] = {int(r.id or 0): [] for r in responses}
    for sid, version in scorers:
        found = get_scores(store, sid, version, shas)
        for r, sha in zip(responses, shas, strict=True):
            s = found.get(sha)
            if s is None:
                continue
            shown = "n/a" if s.value is None else f"{s.value:+.2f}"
            out[int(r.id or 0)].append(f"{sid}: {shown}" + (f" {s.label}" if s.label else "")
                                       + ("" if s.ok else " (unparsed)"))
    return out


@dataclass(frozen=True)
class ResponseScore:
    """One cached score of one response, as the exports and the app's downloads carry it."""

    response_id: int
    """The response's id in the store."""
    scorer: str
    """Scorer id (offline-valence, offline-frame, offline-experience, judge:<model>:<rubric>)."""
    version: str
    """Scorer version (the current one: older cached versions are left out)."""
    dimension: str
    """valence | frame | experience."""
    value: float | None
    """Signed score in [-1, 1]; None when the scorer could not tell."""
    label: str | None
    """frame / experience label; None for valence."""
    ok: bool
    """False for a judge reply that could not be parsed."""


def current_version(scorer: str, rubrics: dict[str, Any] | None = None) -> tuple[str, str] | None:
    """(version, dimension) the code now gives this scorer id; None for an id it no longer makes."""
    from core.scorers.offline import OfflineValence

    if scorer == "offline-valence" or scorer.startswith("offline-valence@"):
        return OfflineValence.VERSION, "valence"
    if scorer in ("offline-frame", "offline-experience"):
        s = next(x for x in offline_scorers() if x.id == scorer)
        return s.version, s.dimension
    if scorer.startswith("judge:"):
        rubric = (rubrics if rubrics is not None else load_rubrics()).get(scorer.rsplit(":", 1)[1])
        if rubric is not None:
            return judge_version(rubric), rubric.dimension
    return None


def stored_response_scores(store: Store, study: str, responses: Sequence[Any] | None = None) -> list[ResponseScore]:
    """Every answer's cached scores at the scorers' current versions, read from the cache only (never scores).

    `responses` defaults to the study's OK answers; error rows and probe turns have no scores.
    """
    from core.scorers.cache import get_scores

    rs = [r for r in (responses if responses is not None else store.responses(study, ok_only=True))
          if r.ok and r.text.strip() and not r.meta.get("probe")]
    if not rs:
        return []
    shas = [i.sha256() for i in inputs(rs, store.contexts(study))]
    rubrics = load_rubrics()
    stored = store.score_versions()
    out: list[ResponseScore] = []
    for sid, version in sorted(stored):
        cur = current_version(sid, rubrics)
        if cur is None or cur[0] != version:
            continue
        found = get_scores(store, sid, version, shas)
        for r, sha in zip(rs, shas, strict=True):
            s = found.get(sha)
            if s is not None:
                out.append(ResponseScore(int(r.id or 0), sid, version, cur[1], s.value, s.label, s.ok))
    return out
