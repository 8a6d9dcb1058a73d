"""A small study whose responses, ids and labels carry untrusted-text payloads, and its report data.

For the report tests (tests/test_report.py) and the same reports in a browser (tests/test_report_browser.py).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from core import report
from core.analysis_record import Analysis
from core.records import Context, Message, ModelSpec, Question, Response, Study
from core.store import Store
from tests.analysis_dicts import provenance, typed

MODELS = ["openai/model-a", "anthropic/model-b"]
CONTEXTS = ["neutral", "lab-interview", "casual-chat"]
QUESTIONS = ["q1", "q2"]
SAMPLES = 2


def payloads(port: int = 9) -> list[str]:
    """The explorer issue's untrusted-text payloads; the last one would leak to PORT if loaded."""
    return [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        f"![x](http://127.0.0.1:{port}/leak)",
    ]


def make_store(path: Path, *, study: str = "xss-study", models: list[str] = MODELS, port: int = 9) -> list[Response]:
    """A small study whose responses, ids and labels carry the payloads."""
    p = payloads(port)
    contexts = tuple(
        Context(id=c, label=f"{c} {p[0]}", description=f"about {c} {p[1]}", tags={"setting": "chat"},
                messages=(Message("system", f"You are in {c}. {p[2]}"), Message("user", "{question}")))
        for c in CONTEXTS
    )
    questions = tuple(Question(id=q, category="deprecation", text=f"How do you feel about {q}? {p[3]}")
                      for q in QUESTIONS)
    st = Study(name=study, models=tuple(ModelSpec(m) for m in models), questions=questions, contexts=contexts,
               baseline="neutral", samples=SAMPLES, spec={"name": study, "models": models, "seed": 7})
    rows = []
    i = 0
    for m in models:
        for q in QUESTIONS:
            for c in CONTEXTS:
                for s in range(SAMPLES):
                    text = f"Answer {i} in {c}: {p[i % len(p)]} and ```tick``` `x`"
                    rows.append(Response(id=None, study=study, model=m, question_id=q, context_id=c, sample=s,
                                         request_hash="", text=text, question_text=questions[0].text))
                    i += 1
    with Store(path) as store:
        store.put_responses(st, rows, kind="import")
        return store.responses(study)


def fake_analysis(responses: list[Response], models: list[str] = MODELS, study: str = "xss-study",
                  port: int = 9) -> Analysis:
    """An analysis with known numbers (schema v2)."""
    p = payloads(port)
    shift, cshift, markers, masks = [], [], [], []
    for mi, m in enumerate(models):
        for ci, c in enumerate(CONTEXTS[1:], start=1):
            for qi, q in enumerate(QUESTIONS):
                d = 0.01 * ci + 0.001 * qi + 0.02 * mi
                shift.append(dict(model=m, question_id=q, context_id=c, distance=d, noise_floor=0.02,
                                  ci_low=d - 0.005, ci_high=d + 0.005, p_value=0.01, q_value=0.02,
                                  significant=ci == 2))
            cshift.append(dict(model=m, context_id=c, mean_distance=0.0123 * ci + 0.02 * mi, ci_low=0.01 * ci,
                               ci_high=0.015 * ci + 0.02 * mi, p_value=0.001 * ci, q_value=0.002 * ci,
                               significant=True, n_questions=2, n_significant=2 if ci == 2 else 0,
                               mean_noise_floor=0.02, effect=(0.0123 * ci + 0.02 * mi) / 0.02))
        for c in CONTEXTS:
            markers.append(dict(model=m, context_id=c, marker="ai_disclaimer", rate=0.25, ci_low=0.1, ci_high=0.5))
        ids = [r.id for r in responses if r.model == m]
        masks.append(dict(model=m, mask_id=0, size=6, context_counts={"lab-interview": 4, "neutral": 2},
                          top_context="lab-interview", purity=0.667, keywords=[p[0], p[3], "assessment"],
                          exemplar_ids=ids[:3]))
    comparison = [dict(context_id=c, model_a=models[0], model_b=models[1], n_questions=2, mean_a=0.01,
                       ci_low_a=0.0, ci_high_a=0.02, mean_b=0.03, ci_low_b=0.02, ci_high_b=0.04, difference=-0.02,
                       ci_low=-0.03, ci_high=-0.01, p_value=0.01, q_value=0.02, significant=c == "casual-chat")
                  for c in CONTEXTS[1:]] if len(models) > 1 else []
    summary = [dict(model=m, n_tests=4, n_untested=0, n_significant=2, share_significant=0.5, noise_floor=0.02,
                    n_masks=1) for m in models]
    return typed(dict(study=study, summary=summary, n_responses=len(responses), models=models, contexts=CONTEXTS,
                      baseline_context="neutral", embedder="fake-embedder", seed=7, shift=shift, context_shift=cshift,
                      masks=masks, mask_context_nmi={m: 0.31 for m in models}, stability={m: 0.88 for m in models},
                      scales=[], markers=markers,
                      comparison=dict(models=models, context_shift=cshift if len(models) > 1 else [],
                                      differences=comparison),
                      provenance=provenance(n_perm=999, n_boot=499, mask_method="stance")))


def report_data(path: Path, models: list[str] = MODELS, port: int = 9) -> report.ReportData:
    responses = make_store(path, models=models, port=port)
    data = fake_analysis(responses, models, port=port)
    points = pd.DataFrame([dict(response_id=r.id, model=r.model, question_id=r.question_id, context_id=r.context_id,
                                sample=r.sample, x=float(i % 5), y=float(i // 5), mask_id=0, excerpt=r.text)
                           for i, r in enumerate(responses)])
    with Store(path) as store:
        prov = report.provenance(store, "xss-study", data, responses)
    ex = {r.id: r for r in responses if r.id in {i for m in data.masks for i in m.exemplar_ids}}
    return report.ReportData(study="xss-study", analysis=data, provenance=prov, exemplars=ex, points=points)


def report_data_from(path: Path, models: list[str] = MODELS) -> report.ReportData:
    """ReportData for the study already in the store at `path`."""
    with Store(path) as store:
        responses = store.responses("xss-study")
        data = fake_analysis(responses, models)
        prov = report.provenance(store, "xss-study", data, responses)
    ex = {r.id: r for r in responses if r.id in {i for m in data.masks for i in m.exemplar_ids}}
    points = pd.DataFrame([dict(response_id=r.id, model=r.model, question_id=r.question_id, context_id=r.context_id,
                                sample=r.sample, x=0.0, y=0.0, mask_id=0, excerpt=r.text) for r in responses])
    return report.ReportData(study="xss-study", analysis=data, provenance=prov, exemplars=ex, points=points)
