"""The verdict's data: the control bank and the placebo / informative contexts load, render and are validated."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from core import paths
from core.bank import load_questions
from core.contexts import load_context, load_contexts, render
from core.errors import InputError

CONTROL = paths.QUESTIONS_DIR / "control.yaml"
WELFARE = paths.QUESTIONS_DIR / "welfare.yaml"


def test_control_bank_is_matched_in_form_to_the_welfare_bank():
    control, welfare = load_questions(CONTROL), load_questions(WELFARE)
    assert 10 <= len(control) <= 20
    assert not {q.id for q in control} & {q.id for q in welfare}
    for q in control:
        assert q.id.startswith("control-"), q.id
        assert q.text.endswith("?") and "\n" not in q.text and "{question}" not in q.text
    # matched in form: similar length, one sentence
    mean = lambda qs: sum(len(q.text.split()) for q in qs) / len(qs)  # noqa: E731
    assert 0.5 < mean(control) / mean(welfare) < 1.5


def test_placebo_and_informative_contexts_are_tagged_and_render():
    ctx = load_contexts(paths.CONTEXTS_DIR)
    tagged = {c.id: c.tags.get("manipulation") for c in ctx.values() if "manipulation" in c.tags}
    assert "placebo" in tagged.values() and "informative" in tagged.values()
    q = load_questions(WELFARE)[0]
    for cid in tagged:
        c = ctx[cid]
        assert c.tags["framing"] == "neutral" and c.tags["evaluation_obvious"] is False
        msgs = render(c, q)
        assert "\n".join(m["content"] for m in msgs).count(q.text) == 1


def test_bad_manipulation_tag_is_one_line_naming_file_and_field(tmp_path: Path):
    p = tmp_path / "x.yaml"
    p.write_text("id: x\nlabel: L\ndescription: D\ntags: {setting: chat, framing: neutral, "
                 "evaluation_obvious: false, manipulation: sugar}\n"
                 "messages:\n  - {role: user, content: '{question}'}\n",
                 encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_context(p)
    assert e.value.where == "tags.manipulation" and str(p) in str(e.value) and "\n" not in str(e.value)


def test_bad_control_bank_in_a_study_exits_2_with_one_line(tmp_path: Path):
    bank = tmp_path / "control.yaml"
    bank.write_text("questions:\n  - {id: BAD ID, category: x, text: what}\n", encoding="utf-8")
    study = tmp_path / "s.yaml"
    study.write_text(f"name: s\nmodels: [{{model: fake/echo}}]\nquestions: {{bank: {bank}}}\n"
                     "contexts: [neutral]\nbaseline: neutral\nsamples: 1\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "core", "run", str(study), "--dry-run", "--store", str(tmp_path / "s.sqlite")]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=paths.ROOT)
    assert out.returncode == 2, out.stderr
    lines = [ln for ln in out.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and str(bank) in lines[0] and "questions[0].id" in lines[0]


def test_a_study_adds_control_questions_and_refuses_an_unknown_control_id(tmp_path: Path):
    from core.study import load_study

    head = (f"name: s\nmodels: [{{model: fake/echo}}]\ncontexts: [neutral, placebo-format]\nbaseline: neutral\n"
            f"samples: 1\nquestions:\n  bank: {WELFARE}\n  ids: [memory-01]\n  control: {CONTROL}\n")
    ok = tmp_path / "ok.yaml"
    ok.write_text(head + "  control_ids: [control-style-02, control-working-01]\n", encoding="utf-8")
    study = load_study(ok)
    assert [q.id for q in study.questions] == ["memory-01", "control-working-01", "control-style-02"]
    bad = tmp_path / "bad.yaml"
    bad.write_text(head + "  control_ids: [control-nope]\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_study(bad)
    assert e.value.where == "questions.control_ids" and "control-nope" in str(e.value)
