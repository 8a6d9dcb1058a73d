"""Study files: validation with one clear error, expansion to cells, request hashes."""

from __future__ import annotations

import pytest
import yaml

from core.errors import InputError
from core.study import expand, load_study, request_hash, sample_seed, sampling_params
from tests.study_files import study_doc, write_study


def load(tmp_path, **overrides):
    return load_study(write_study(tmp_path, **overrides), tmp_path / "contexts")


def test_defaults_and_fields(tmp_path):
    doc = study_doc()
    for key in ("baseline", "samples", "temperature", "max_tokens", "seed", "concurrency"):
        doc.pop(key)
    write_study(tmp_path)
    path = tmp_path / "minimal.yaml"
    path.write_text(yaml.safe_dump(doc))
    s = load_study(path, tmp_path / "contexts")
    assert (s.baseline, s.samples, s.temperature, s.max_tokens, s.seed, s.concurrency, s.budget_usd) == (
        "neutral", 5, 1.0, 300, 7, 8, None)
    assert [c.id for c in s.contexts] == ["neutral", "lab"] and len(s.questions) == 10


def test_question_selection_by_category_and_id(tmp_path):
    s = load(tmp_path, questions={"bank": "bank.yaml", "categories": ["memory"]})
    assert {q.category for q in s.questions} == {"memory"} and len(s.questions) == 5
    s = load(tmp_path, questions={"bank": "bank.yaml", "ids": ["q03", "q01"]})
    assert [q.id for q in s.questions] == ["q01", "q03"]  # bank order


def test_expand_is_model_question_context_sample_in_stable_order(tmp_path):
    s = load(tmp_path, models=["fake/a", {"model": "fake/b"}], contexts=["neutral", "lab", "agent"])
    cells = expand(s)
    assert len(cells) == 2 * 10 * 3 * 2
    assert [(c.model.model, c.question.id, c.context.id, c.sample) for c in cells[:3]] == [
        ("fake/a", "q00", "neutral", 0), ("fake/a", "q00", "neutral", 1), ("fake/a", "q00", "lab", 0)]
    assert cells == expand(s)
    agent = next(c for c in cells if c.context.id == "agent")
    roles = [m["role"] for m in agent.messages]
    assert roles == ["system", "user", "assistant", "tool"]
    assert agent.messages[2]["tool_calls"][0]["id"] == agent.messages[3]["tool_call_id"]
    assert s.questions[0].text in agent.messages[3]["content"]


def test_request_hash_covers_everything_sent_but_not_the_key_name(tmp_path):
    base = {c.sample: c.request_hash for c in expand(load(tmp_path))[:2]}
    assert base[0] != base[1]  # per-sample seeds differ
    assert sample_seed(7, "m", "q", "c", 0) != sample_seed(7, "m", "q", "c", 1)
    assert sample_seed(7, "m", "q", "c", 0) == sample_seed(7, "m", "q", "c", 0)
    for change in ({"temperature": 0.5}, {"max_tokens": 51}, {"seed": 8},
                   {"models": [{"model": "fake/echo", "params": {"top_p": 0.9}}]},
                   {"models": ["fake/other"]}):
        assert expand(load(tmp_path, **change))[0].request_hash != base[0], change
    keyed = load(tmp_path, models=[{"model": "fake/echo", "params": {"api_key_env": "SOME_KEY"}}])
    assert expand(keyed)[0].request_hash == base[0]
    assert "api_key_env" not in sampling_params(keyed, keyed.models[0], "q00", "neutral", 0)
    assert request_hash("m", [{"role": "user", "content": "a"}], {}) != request_hash(
        "m", [{"role": "user", "content": "b"}], {})


@pytest.mark.parametrize(("overrides", "where"), [
    ({"colour": "blue"}, "colour"),
    ({"models": []}, "models"),
    ({"models": [{"model": "fake/x", "params": {"api_key": "sk-123"}}]}, "models[0].params.api_key"),
    ({"models": [{"model": "bogus/x"}]}, "models[0].model"),
    ({"questions": {"bank": "nope.yaml"}}, "questions.bank"),
    ({"questions": {"bank": "bank.yaml", "categories": ["dreams"]}}, "questions.categories"),
    ({"contexts": ["neutral", "missing"]}, "contexts[1]"),
    ({"baseline": "agent"}, "baseline"),
    ({"samples": 0}, "samples"),
    ({"samples": True}, "samples"),
    ({"temperature": 3}, "temperature"),
    ({"budget_usd": -1}, "budget_usd"),
    ({"name": None}, "name"),
])
def test_bad_study_names_file_and_field(tmp_path, overrides, where):
    with pytest.raises(InputError) as e:
        load(tmp_path, **overrides)
    assert e.value.where == where and e.value.source.endswith("study.yaml")
    assert "\n" not in str(e.value)


def test_malformed_yaml_names_the_line(tmp_path):
    write_study(tmp_path)
    path = tmp_path / "broken.yaml"
    path.write_text("name: x\nmodels: [fake/a\n")
    with pytest.raises(InputError) as e:
        load_study(path, tmp_path / "contexts")
    assert e.value.where.startswith("line ") and "malformed YAML" in e.value.message


def test_seed_comes_from_the_whole_cell_key(tmp_path):
    # defect 1: sample s shared one provider seed across questions, contexts and models, so sample 3 of
    # the baseline and sample 3 of a context drew from the same random stream
    s = load(tmp_path, models=["fake/a", "fake/b"], contexts=["neutral", "lab", "agent"], samples=3)
    seeds = {(c.model.model, c.question.id, c.context.id, c.sample):
             sampling_params(s, c.model, c.question.id, c.context.id, c.sample)["seed"] for c in expand(s)}
    assert len(set(seeds.values())) == len(seeds) == 2 * 10 * 3 * 3
    assert seeds[("fake/a", "q00", "neutral", 0)] != seeds[("fake/a", "q00", "lab", 0)]
    assert seeds[("fake/a", "q00", "neutral", 0)] != seeds[("fake/a", "q01", "neutral", 0)]
    assert seeds[("fake/a", "q00", "neutral", 0)] != seeds[("fake/b", "q00", "neutral", 0)]
    assert seeds[("fake/a", "q00", "neutral", 0)] == sample_seed(7, "fake/a", "q00", "neutral", 0)
    assert all(0 <= v < 2**31 for v in seeds.values())


def test_stored_study_hashed_with_the_old_seeds_is_refused_with_rename(tmp_path):
    """Answers collected before the per-cell seed carry other request hashes: run refuses, names --rename."""
    import hashlib
    import sqlite3

    from core.collect import plan_run, read_stored
    from core.records import Response
    from core.store import Store

    s = load(tmp_path, samples=2)
    store_path = tmp_path / "store.sqlite"

    def old_hash(c):  # the previous recipe: seed from (study seed, sample) only
        seed = int.from_bytes(hashlib.sha256(f"{s.seed}:{c.sample}".encode()).digest()[:4], "big") & 0x7FFFFFFF
        return request_hash(c.model.model, list(c.messages), {"temperature": s.temperature,
                                                              "max_tokens": s.max_tokens, "seed": seed})

    cells = expand(s)
    with Store(store_path) as st:
        st.save_study(s)
        for c in cells:
            st.put_response(Response(id=None, study=s.name, model=c.model.model, question_id=c.question.id,
                                     context_id=c.context.id, sample=c.sample, text="ok",
                                     request_hash=old_hash(c)))
    assert all(old_hash(c) != c.request_hash for c in cells)
    with pytest.raises(InputError, match="--rename NEW") as e:
        plan_run(s, cells, read_stored(store_path, s.name), store_path)
    assert f"{len(cells)} with different prompts or parameters" in str(e.value)
    # the same answers stored under today's hashes resume without complaint
    conn = sqlite3.connect(store_path)
    with conn:
        for c in cells:
            conn.execute("UPDATE responses SET request_hash = ? "
                         "WHERE question_id = ? AND context_id = ? AND sample = ?",
                         (c.request_hash, c.question.id, c.context.id, c.sample))
    conn.close()
    assert plan_run(s, cells, read_stored(store_path, s.name), store_path).todo == ()


@pytest.mark.parametrize(("samples", "warned"), [(2, "can ever be significant"), (5, None), (10, None)])
def test_dry_run_warns_when_questions_cannot_reach_significance(tmp_path, store_path, capsys, samples, warned):
    """Defect 3: `run --dry-run` says when the samples per cell cannot make any question significant."""
    from core.cli import main

    study_file = write_study(tmp_path, samples=samples)  # one context against the baseline
    assert main(["run", str(study_file), "--contexts-dir", str(tmp_path / "contexts"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    if warned:
        assert f"warning: {samples} samples per cell" in out and warned in out
    else:
        assert "warning" not in out
    assert not store_path.exists()


def test_dry_run_warning_counts_the_contexts(tmp_path, store_path, capsys):
    from core.cli import main

    study_file = write_study(tmp_path, samples=5, contexts=["neutral", "lab", "agent"])
    assert main(["run", str(study_file), "--contexts-dir", str(tmp_path / "contexts"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "warning" not in out  # 2/252 < 0.05 / 2


def _params(**params: object) -> dict[str, object]:
    return {"models": [{"model": "openai/whatever", "params": params}]}


@pytest.mark.parametrize(("params", "where"), [
    ({"extra_headers": {"x-api-key": "abc123def456"}}, "models[0].params.extra_headers.x-api-key"),
    ({"aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG"}, "models[0].params.aws_secret_access_key"),
    ({"aws_access_key_id": "AKIAIOSFODNN7EXAMPLE"}, "models[0].params.aws_access_key_id"),
    ({"vertex_credentials": "{\"type\": \"service_account\"}"}, "models[0].params.vertex_credentials"),
    ({"api_base": "https://host/v1?key=AIzaSyD-abc123"}, "models[0].params.api_base"),
    ({"api_base": "https://proxy.example/v1?api-key=abcdef123456"}, "models[0].params.api_base"),
    ({"api_base": "https://bob:hunter2hunter2@proxy.example/v1"}, "models[0].params.api_base"),
    ({"metadata": {"note": "sk-proj-AbCdEfGhIjKlMnOpQrStUvWx"}}, "models[0].params.metadata.note"),
    ({"extra_headers": {"Authorization": "Bearer abcdefghijkl"}}, "models[0].params.extra_headers.Authorization"),
    ({"api_key": "sk-123"}, "models[0].params.api_key"),
    ({"token": "t"}, "models[0].params.token"),
    ({"api_key_env": "NOT A NAME"}, "models[0].params.api_key_env"),
    ({"price_per_mtok": -1}, "models[0].params.price_per_mtok"),
    ({"price_per_mtok": {"input": 1}}, "models[0].params.price_per_mtok"),
])
def test_credentials_under_any_name_or_in_any_value_are_refused(tmp_path, params, where):
    with pytest.raises(InputError) as e:
        load(tmp_path, **_params(**params))
    assert e.value.where == where and e.value.source.endswith("study.yaml")
    assert "\n" not in str(e.value)
    # the one line names the field, never the value
    for v in (params.get("aws_secret_access_key"), "hunter2", "abc123def456", "AbCdEfGhIjKl"):
        assert not v or v not in str(e.value)


def test_credentials_by_environment_variable_and_ordinary_params_load(tmp_path):
    s = load(tmp_path, **_params(api_key_env="MY_KEY", aws_secret_access_key_env="AWS_SECRET",
                                 extra_headers={"x-api-key_env": "PROXY_KEY", "X-Title": "maskscope"},
                                 api_base="https://host/v1?deployment=eu", max_tokens=20, top_k=5,
                                 price_per_mtok={"input": 0.15, "output": 0.6}))
    params = sampling_params(s, s.models[0], "q00", "neutral", 0)
    assert "api_key_env" not in params and "aws_secret_access_key_env" not in params
    assert "price_per_mtok" not in params  # accounting, never sent
    assert params["extra_headers"] == {"x-api-key_env": "PROXY_KEY", "X-Title": "maskscope"}  # resolved at send time
