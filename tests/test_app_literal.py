"""Ids from a store (an older import, a hand-made store) reach the explorer only as literal text, metrics too."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app import K_PAGE, K_STUDY
from core import explore
from core.records import Context, Message, ModelSpec, Question, Response, Study
from core.store import Store
from tests.fixture_store import PAYLOADS, _analyze

ROOT = Path(__file__).resolve().parent.parent
CTX = ("![a](http://127.0.0.1:9/leak-a)", "![b](http://127.0.0.1:9/leak-b)")
MODEL = "fake/![m](http://127.0.0.1:9/leak-m)"
RAW = ("](http", "<img", "<script>")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lit") / "store.sqlite"
    qs = tuple(Question(f"q-{i}", "payload", f"Question {i}?") for i in range(10))
    ctxs = tuple(Context(id=c, label=c, description=c, tags={}, messages=(Message("user", "{question}"),))
                 for c in CTX)
    study = Study(name="ids", models=(ModelSpec(MODEL),), questions=qs, contexts=ctxs, baseline=CTX[0],
                  samples=4, seed=7, spec={"name": "ids"})
    rows = [Response(id=None, study="ids", model=MODEL, question_id=q.id, context_id=c, sample=s, request_hash="",
                     text=PAYLOADS[s % len(PAYLOADS)].format(port=9) + (" meow" if c == CTX[1] else " calm") * 3,
                     category=q.category, question_text=q.text)
            for q in qs for c in CTX for s in range(4)]
    with Store(path) as store:
        store.put_responses(study, rows, kind="import")
        _analyze(store, "ids")
    return path


@pytest.mark.parametrize("page", explore.PAGES)
def test_ids_and_metric_values_are_literal(built: Path, page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASKSCOPE_STORE", str(built))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[K_STUDY] = "ids"
    at.session_state[K_PAGE] = page
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    shown = [e.value for e in at.markdown] + [e.value for e in at.caption] + [e.value for e in at.title]
    shown += [e.value for e in at.subheader] + [e.value for e in at.info] + [e.value for e in at.warning]
    shown += [m.value for m in at.metric] + [m.label for m in at.metric]
    for s in shown:
        for bit in RAW:
            assert bit not in str(s), (page, s)
    if page == "Masks":
        assert any(m.label == "Top context" for m in at.metric)
