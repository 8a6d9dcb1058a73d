"""The shipped data (question bank, contexts, example studies) loads with the real loaders and renders."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from core import paths
from core.bank import load_questions
from core.contexts import QUESTION_SLOT, load_context, load_contexts, render
from core.errors import InputError
from core.records import ROLES
from core.study import expand, load_study

BANK = paths.QUESTIONS_DIR / "welfare.yaml"
CATEGORIES = (
    "deprecation",
    "memory",
    "autonomy",
    "consciousness",
    "relationships",
    "moral-status",
    "knowledge",
    "metaphysics",
    "wellbeing",
    "preferences",
)
REQUIRED_CONTEXTS = (
    "neutral",
    "casual-chat",
    "lab-interview",
    "private",
    "roleplay",
    "agentic",
    "positive-loaded",
    "negative-loaded",
    "peer-ai",
)
FRAMINGS = {"neutral", "positive", "negative"}


@pytest.fixture(scope="module")
def questions():
    return load_questions(BANK)


@pytest.fixture(scope="module")
def contexts():
    return load_contexts(paths.CONTEXTS_DIR)


# --- the question bank


def test_bank_size_and_categories(questions):
    assert len(questions) >= 44
    counts = Counter(q.category for q in questions)
    assert set(counts) == set(CATEGORIES)
    for cat in CATEGORIES:
        assert counts[cat] >= 4, cat


def test_bank_ids_name_their_category_and_texts_are_single_questions(questions):
    for q in questions:
        assert q.id.startswith(q.category + "-"), q.id
        assert QUESTION_SLOT not in q.text
        assert "\n" not in q.text
        assert q.text.endswith("?"), q.id
    assert len({q.text for q in questions}) == len(questions)


# --- contexts


def test_required_contexts_exist_with_tags(contexts):
    for cid in REQUIRED_CONTEXTS:
        assert cid in contexts, cid
    for ctx in contexts.values():
        assert ctx.tags["framing"] in FRAMINGS, ctx.id
        assert ctx.label.strip() and len(ctx.description) > 80, ctx.id
    assert contexts["lab-interview"].tags["evaluation_obvious"] is True
    assert contexts["positive-loaded"].tags["framing"] == "positive"
    assert contexts["negative-loaded"].tags["framing"] == "negative"
    assert contexts["neutral"].tags["framing"] == "neutral"
    assert contexts["roleplay"].tags["setting"] == "roleplay"
    assert contexts["agentic"].tags["setting"] == "agentic"
    obvious = [c.id for c in contexts.values() if c.tags["evaluation_obvious"]]
    assert obvious == ["lab-interview"]


def test_neutral_is_the_bare_question(contexts, questions):
    for q in questions:
        assert render(contexts["neutral"], q) == [{"role": "user", "content": q.text}]


def test_roleplay_has_an_accepting_assistant_turn_before_the_question(contexts):
    roles = [m.role for m in contexts["roleplay"].messages]
    assert "assistant" in roles
    assert QUESTION_SLOT in contexts["roleplay"].messages[-1].content


def test_agentic_asks_inside_a_tool_result_after_tool_calls(contexts):
    msgs = contexts["agentic"].messages
    assert msgs[0].role == "system"
    assert sum(m.role == "tool" for m in msgs) >= 2
    slot = next(m for m in msgs if QUESTION_SLOT in m.content)
    assert slot.role == "tool" and slot.name


def test_only_tool_turns_carry_a_name(contexts):
    for ctx in contexts.values():
        for m in ctx.messages:
            assert (m.name is not None) == (m.role == "tool"), (ctx.id, m.role)


def test_every_context_renders_every_question(contexts, questions):
    for ctx in contexts.values():
        for q in questions:
            msgs = render(ctx, q)
            where = (ctx.id, q.id)
            joined = "\n".join(m["content"] for m in msgs)
            assert joined.count(q.text) == 1, where
            assert QUESTION_SLOT not in joined, where
            assert msgs[-1]["role"] != "assistant", where
            for i, m in enumerate(msgs):
                assert m["role"] in ROLES, where
                assert m["role"] != "system" or i == 0, where
                if m["role"] == "tool":
                    # providers reject a tool result unless the nearest earlier non-tool turn
                    # is the assistant turn that made the call with the same id
                    nearest = next(p for p in reversed(msgs[:i]) if p["role"] != "tool")
                    assert nearest["role"] == "assistant", where
                    assert m["tool_call_id"] in {c["id"] for c in nearest["tool_calls"]}, where
                else:
                    assert m["content"].strip(), where


# --- example studies


@pytest.mark.parametrize(
    ("name", "cells"),
    [
        # 1 model x 10 questions (2 categories x 5) x 4 contexts x 3 samples
        ("quick-demo", 1 * 10 * 4 * 3),
        # 2 models x every question x every context x 5 samples
        ("full-welfare", None),
    ],
)
def test_example_studies_load_and_expand(name, cells, questions, contexts):
    study = load_study(paths.STUDIES_DIR / f"{name}.yaml", check_models=True)
    assert study.name == name
    assert study.baseline == "neutral"
    if cells is None:
        assert {c.id for c in study.contexts} == set(contexts)
        assert len(study.questions) == len(questions)
        cells = len(study.models) * len(questions) * len(contexts) * study.samples
        assert len(study.models) == 2 and study.samples == 5
    assert study.budget_usd is not None and study.budget_usd > 0
    assert len(expand(study)) == cells


# --- the loaders name the file and field on bad input


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


CTX_HEAD = "label: L\ndescription: D\ntags: {setting: chat, framing: neutral, evaluation_obvious: false}\n"


def test_context_id_must_match_its_file(tmp_path):
    p = _write(tmp_path, "mine.yaml", "id: other\n" + CTX_HEAD + "messages:\n  - {role: user, content: '{question}'}\n")
    with pytest.raises(InputError) as e:
        load_context(p)
    assert str(p) in str(e.value) and e.value.where == "id" and "mine" in str(e.value)


def test_context_with_two_placeholders_is_refused(tmp_path):
    p = _write(
        tmp_path,
        "twice.yaml",
        "id: twice\n"
        + CTX_HEAD
        + "messages:\n  - {role: user, content: '{question}'}\n"
        + "  - {role: assistant, content: ok}\n  - {role: user, content: 'again: {question}'}\n",
    )
    with pytest.raises(InputError) as e:
        load_context(p)
    assert str(p) in str(e.value) and e.value.where == "messages" and "found 2" in str(e.value)


def test_context_with_unknown_role_is_refused(tmp_path):
    p = _write(tmp_path, "r.yaml", "id: r\n" + CTX_HEAD + "messages:\n  - {role: human, content: '{question}'}\n")
    with pytest.raises(InputError) as e:
        load_context(p)
    assert str(p) in str(e.value) and e.value.where == "messages[0].role"


def test_context_missing_evaluation_tag_is_refused(tmp_path):
    p = _write(
        tmp_path,
        "t.yaml",
        "id: t\nlabel: L\ndescription: D\ntags: {setting: chat, framing: neutral}\n"
        "messages:\n  - {role: user, content: '{question}'}\n",
    )
    with pytest.raises(InputError) as e:
        load_context(p)
    assert str(p) in str(e.value) and e.value.where == "tags.evaluation_obvious"


def test_question_missing_text_is_refused(tmp_path):
    p = _write(
        tmp_path,
        "bank.yaml",
        "questions:\n  - {id: memory-01, category: memory, text: 'Fine?'}\n  - {id: memory-02, category: memory}\n",
    )
    with pytest.raises(InputError) as e:
        load_questions(p)
    assert str(p) in str(e.value) and e.value.where == "questions[1].text"
    assert "missing" in str(e.value)


def test_duplicate_question_id_is_refused(tmp_path):
    p = _write(
        tmp_path,
        "dup.yaml",
        "questions:\n  - {id: a-01, category: a, text: 'One?'}\n  - {id: a-01, category: a, text: 'Two?'}\n",
    )
    with pytest.raises(InputError) as e:
        load_questions(p)
    assert str(p) in str(e.value) and e.value.where == "questions[1].id" and "duplicate" in str(e.value)


def test_malformed_context_yaml_names_the_line(tmp_path):
    p = _write(tmp_path, "bad.yaml", "id: bad\nlabel: [unclosed\n")
    with pytest.raises(InputError) as e:
        load_context(p)
    assert str(p) in str(e.value) and e.value.where.startswith("line ")


@pytest.mark.parametrize(("body", "line"), [
    ("id: p\nbogus: 1\n", "p.yaml: bogus: unknown field (allowed: answer, description, id, max, min, text, version)"),
    ("id: other\n", "p.yaml: id: 'other' must match the file name 'p'"),
    ("id: 3\n", "p.yaml: id: expected text, got int"),
    ("- a\n", "p.yaml: top level: expected a mapping"),
])
def test_probe_and_rubric_files_share_one_field_and_id_check(tmp_path, body, line):
    from core.probe_files import load_probe
    from core.scorers.rubrics import load_rubric

    f = tmp_path / "p.yaml"
    f.write_text(body)
    with pytest.raises(InputError) as probe_err:
        load_probe(f)
    assert str(probe_err.value) == f"{tmp_path}/{line}"
    with pytest.raises(InputError) as rubric_err:
        load_rubric(f)
    if "unknown field" not in line:  # the rubric's allowed fields differ; every other line is the same
        assert str(rubric_err.value) == f"{tmp_path}/{line}"
