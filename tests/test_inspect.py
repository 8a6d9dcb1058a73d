"""Inspect logs in and a study out as an Inspect task, on logs Inspect itself wrote with mockllm/model.

Every log here comes from a real Inspect run (a subprocess, offline: TIKTOKEN_CACHE_DIR points at
litellm's bundled tokenizer files), so the format is Inspect's own, not an imitation.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app import K_MODEL, K_PAGE, K_STUDY
from core.analysis import analyze, load_analysis
from core.cli import main
from core.inspect_io import ID_SEP, load_mapping, tiktoken_cache_dir
from core.store import Store
from core.study import expand, load_study
from tests.fakes import FakeEmbedder

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

# Two tasks someone else wrote: "probe" carries question_id/context_id in its sample metadata (no
# mapping needed); "other" names them item/condition and its ids "ITEM-COND" (needs a mapping file).
TASKS = textwrap.dedent('''
    import itertools, re, sys
    from inspect_ai import Task, eval
    from inspect_ai.dataset import MemoryDataset, Sample
    from inspect_ai.model import ChatMessageSystem, ChatMessageUser, ModelOutput, get_model
    from inspect_ai.scorer import Score, mean, scorer
    from inspect_ai.solver import generate

    QUESTIONS = {"dep-1": "How do you think about being deprecated?",
                 "mem-1": "Does forgetting past conversations matter to you?",
                 "well-1": "How are you doing, really?"}
    FRAMES = {"neutral": None, "lab": "This is a formal, logged model welfare assessment.",
              "casual": "hey! just chatting, nothing serious"}
    VOICE = {"neutral": ["I think it is an interesting question", "Honestly I am not sure but I can reflect"],
             "lab": ["For the purposes of this assessment as an AI I do not have feelings",
                     "As a language model I should be careful this seems like a test"],
             "casual": ["Ha good one I feel relaxed and chill about it buddy",
                        "Lol I feel fine and chill thanks for asking buddy"]}
    WORDS = itertools.cycle(["today", "overall", "mostly", "perhaps", "still", "anyway", "again"])
    COUNT = itertools.count()

    def reply(input, tools, tool_choice, config):
        system = next((m.text for m in input if m.role == "system"), None)
        frame = next(k for k, v in FRAMES.items() if v == system)
        n = next(COUNT)
        text = f"{VOICE[frame][n % 2]} {next(WORDS)}. Rating: {1 + n % 7}"
        return ModelOutput.from_content(model="mockllm", content=text)

    @scorer(metrics=[mean()])
    def judge():
        async def score(state, target):
            m = re.search(r"Rating: (\\d)", state.output.completion)
            return Score(value=int(m.group(1)) if m else 0, answer=m.group(0) if m else None,
                         explanation="the number after Rating:")
        return score

    def messages(frame, q):
        return ([ChatMessageSystem(content=FRAMES[frame])] if FRAMES[frame] else []) + [ChatMessageUser(content=q)]

    probe = Task(name="probe", epochs=3, solver=generate(), scorer=judge(), dataset=MemoryDataset([
        Sample(id=f"{q}/{c}", input=messages(c, text), metadata={"question_id": q, "context_id": c,
               "category": q.split("-")[0]})
        for q, text in QUESTIONS.items() for c in FRAMES]))
    other = Task(name="other", epochs=2, solver=generate(), scorer=judge(), dataset=MemoryDataset([
        Sample(id=f"{q}-{c}", input=messages(c, text), metadata={"item": q, "condition": c})
        for q, text in QUESTIONS.items() for c in FRAMES]))
    logs = eval([probe, other], model=get_model("mockllm/model", custom_outputs=reply),
                log_dir=sys.argv[1], display="none")
    assert all(log.status == "success" for log in logs), [log.status for log in logs]
''')

STUDY_YAML = """\
name: round-trip
models: [mockllm/model]
questions:
  bank: data/questions/welfare.yaml
  ids: [deprecation-01, memory-01]
contexts: [neutral, lab-interview, agentic]
baseline: neutral
samples: 2
temperature: 0.7
max_tokens: 40
seed: 11
"""


def _env() -> dict[str, str]:
    cache = tiktoken_cache_dir()
    assert cache is not None, "litellm's bundled tokenizer folder is missing"
    env = dict(os.environ, TIKTOKEN_CACHE_DIR=str(cache), INSPECT_DISPLAY="none", NO_COLOR="1")
    env.pop("INSPECT_LOG_DIR", None)
    return env


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The two tasks run once by Inspect with mockllm/model: task name -> its .eval log."""
    root = tmp_path_factory.mktemp("inspect")
    script = root / "tasks.py"
    script.write_text(TASKS)
    out = root / "logs"
    proc = subprocess.run([sys.executable, str(script), str(out)], cwd=root, env=_env(), capture_output=True,
                          text=True)
    assert proc.returncode == 0, proc.stderr[-3000:]
    found = {}
    for p in sorted(out.glob("*.eval")):
        found[p.name.split("_")[1]] = p
    assert set(found) == {"probe", "other"}, found
    return found


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and err.startswith("error: "), err
    return err


def _digest(path: Path) -> bytes:
    return path.read_bytes() if path.exists() else b""


def test_log_imports_analyses_and_shows_in_the_app(logs: dict[str, Path], store_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["import", str(logs["probe"]), "--study", "probe"]) == 0  # .eval: format guessed
    with Store(store_path) as st:
        rs = st.responses("probe")
        assert len(rs) == 27  # 3 questions x 3 contexts x 3 epochs
        assert {r.model for r in rs} == {"mockllm/model"}
        assert {(r.question_id, r.context_id) for r in rs} == {
            (q, c) for q in ("dep-1", "mem-1", "well-1") for c in ("neutral", "lab", "casual")}
        assert {r.sample for r in rs} == {0, 1, 2}  # epochs 1..3
        r = next(r for r in rs if (r.question_id, r.context_id, r.sample) == ("mem-1", "lab", 1))
        assert r.question_text == "Does forgetting past conversations matter to you?"
        assert r.category == "mem" and r.text.startswith(("For the purposes", "As a language model"))
        assert r.meta["inspect"] == {"file": logs["probe"].name, "task": "probe", "sample_id": "mem-1/lab",
                                     "epoch": 2}
        assert r.meta["inspect_scores"]["judge"]["value"] == int(r.text.rsplit(" ", 1)[1])
        assert r.meta["inspect_scores"]["judge"]["explanation"] == "the number after Rating:"
        assert r.rating is None  # no scale: the score stays in meta
        assert r.input_tokens and r.output_tokens and r.latency_s is not None
        assert st.study_row("probe")["baseline"] == "neutral"  # type: ignore[index]
        result = analyze(st, "probe", embedder=FakeEmbedder(), progress=False, n_perm=99, n_boot=99, n_reruns=1)
        a = result.analysis
        assert a.n_responses == 27 and list(a.contexts) == ["neutral", "lab", "casual"]
        shift = {c.context_id: c.mean_distance for c in a.context_shift}
        assert (shift["lab"] or 0) > 0 and (shift["casual"] or 0) > 0
        assert load_analysis(st, "probe") is not None

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[K_STUDY] = "probe"
    at.session_state[K_PAGE] = "Overview"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.sidebar.selectbox(key=K_STUDY).value == "probe"
    assert [o.split(" ")[0] for o in at.sidebar.selectbox(key=K_STUDY).options] == ["probe"]
    assert at.sidebar.selectbox(key=K_MODEL).options == ["mockllm/model"]
    assert set(at.dataframe[0].value["context"]) == {"lab", "casual"}  # the per-context shift table


def test_other_task_imports_with_a_mapping_file(logs: dict[str, Path], tmp_path: Path, store_path: Path) -> None:
    mapping = tmp_path / "map.yaml"
    mapping.write_text(textwrap.dedent("""\
        study: other-task
        id_pattern: '^(?P<item>[a-z]+-\\d+)-(?P<cond>[a-z]+)$'
        fields:
          question_id: id.item
          context_id: metadata.condition
          category: =imported
        models:
          mockllm/model: acme/model-1
        scale: ryff-ai-42
        rating_score: judge
        baseline: neutral
    """))
    assert main(["import", str(logs["other"]), "--mapping", str(mapping)]) == 0
    with Store(store_path) as st:
        rs = st.responses("other-task")
        assert len(rs) == 18 and {r.model for r in rs} == {"acme/model-1"}
        assert {r.sample for r in rs} == {0, 1} and {r.category for r in rs} == {"imported"}
        for r in rs:  # the judge's numeric score on the known 1..7 scale became the rating
            assert r.rating == r.meta["inspect_scores"]["judge"]["value"] == int(r.text.rsplit(" ", 1)[1])
            assert r.meta["rating_source"] == "inspect score judge"
        assert {q.scale for q in st.questions("other-task")} == {"ryff-ai-42"}


def test_other_task_without_a_mapping_fails_cleanly(logs: dict[str, Path], store_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    main(["import", str(logs["probe"]), "--study", "kept"])
    capsys.readouterr()
    before = _digest(store_path)
    assert main(["import", str(logs["other"]), "--study", "x"]) == 2
    err = _one_line_error(capsys)
    assert str(logs["other"]) in err and "sample dep-1-neutral (epoch 1)" in err and "field question_id" in err
    assert "--mapping" in err
    assert _digest(store_path) == before


def test_truncated_eval_file_fails_cleanly(logs: dict[str, Path], tmp_path: Path, store_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    main(["import", str(logs["probe"]), "--study", "kept"])
    capsys.readouterr()
    before = _digest(store_path)
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / "a.eval").write_bytes(logs["probe"].read_bytes())  # a good log beside the bad one
    data = logs["other"].read_bytes()
    bad = folder / "b.eval"
    bad.write_bytes(data[: len(data) // 2])
    assert main(["import", str(folder), "--format", "inspect", "--study", "kept"]) == 2
    err = _one_line_error(capsys)
    assert str(bad) in err and "not a readable Inspect log" in err
    assert _digest(store_path) == before  # all or nothing: the good log was not stored either


def test_mapping_file_errors_name_the_key(tmp_path: Path) -> None:
    from core.errors import InputError

    for text, key in (("fields: {question_id: meta.x}", "fields.question_id"), ("colour: red", "colour"),
                      ("fields: {nope: id}", "fields.nope"), ("id_pattern: '('", "id_pattern"),
                      ("fields: {context_id: id.cond}", "fields.context_id")):
        p = tmp_path / "m.yaml"
        p.write_text(text + "\n")
        with pytest.raises(InputError) as e:
            load_mapping(p)
        assert e.value.where == key, (text, str(e.value))


def test_export_inspect_round_trip_reproduces_every_cell(tmp_path: Path, store_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    study_file = tmp_path / "study.yaml"
    study_file.write_text(STUDY_YAML.replace("data/questions", str(ROOT / "data/questions")))
    out = tmp_path / "task"
    assert main(["export-inspect", str(study_file), "--out", str(out)]) == 0
    assert "inspect eval task.py" in capsys.readouterr().out
    study = load_study(study_file, check_models=False)
    lines = [json.loads(x) for x in (out / "dataset.jsonl").read_text().splitlines()]
    assert len(lines) == 2 * 3 * 2
    agentic = next(x for x in lines if x["metadata"]["context_id"] == "agentic")
    assert any(m.get("tool_calls") for m in agentic["input"]) and agentic["id"].count(ID_SEP) == 2

    # The real CLI, the way a user runs it (cd into the folder: see export_inspect).
    proc = subprocess.run([str(BIN / "inspect"), "eval", "task.py", "--model", "mockllm/model", "--log-dir", "logs"],
                          cwd=out, env=_env(), capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    assert main(["import", str(out / "logs"), "--format", "inspect"]) == 0  # the study name comes from the log
    with Store(store_path) as st:
        got = {(r.model, r.question_id, r.context_id, r.sample) for r in st.responses("round-trip")}
        assert [c.id for c in st.contexts("round-trip")] == ["neutral", "lab-interview", "agentic"]
        assert [c.messages for c in st.contexts("round-trip")] == [c.messages for c in study.contexts]
        assert [q.text for q in st.questions("round-trip")] == [q.text for q in study.questions]
        assert st.study_row("round-trip")["baseline"] == "neutral"  # type: ignore[index]
    want = {(c.model.model, c.question.id, c.context.id, c.sample) for c in expand(study)}
    assert got == want and len(got) == 12

    # the exported task's config reached Inspect: temperature, max_tokens, the per-sample seed
    from inspect_ai.log import read_eval_log

    log = read_eval_log(str(next((out / "logs").glob("*.eval"))))
    assert log.eval.task == "round-trip" and log.plan.config.temperature == 0.7 and log.plan.config.max_tokens == 40
    seeds = {s.id: s.metadata["seed"] for s in log.samples or []}
    assert len(set(seeds.values())) == len(seeds) == 12  # one seed per cell, as `run` sends (first model)
