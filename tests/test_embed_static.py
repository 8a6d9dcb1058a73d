"""The masks' static sentence embedder (core/embed_static.py) and when analyze uses it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score

from core.embed import AUTO_EMBEDDER_MAX, DEFAULT_MODEL_ID, MASK_SENTENCES, sentence_embedder
from core.embed_static import PCA_DIMS, RECIPE, RECIPE_VERSION, UNUSED, StaticEmbedder
from core.masks import MaskParams, find_masks
from core.normalize import normalize
from tests.fakes import FakeEmbedder
from tests.planted import PLAIN, make_planted_corpus


@pytest.fixture(scope="module")
def static() -> StaticEmbedder:
    return StaticEmbedder()  # the table `make install` built (distilled here, once, if it is missing)


def test_vectors_are_unit_rows_of_the_text_alone(static: StaticEmbedder) -> None:
    texts = ["For the record, I am an AI.", "I enjoy learning new things.", "", "   ", "for the record i am an ai"]
    x = static.encode(texts)
    assert x.dtype == np.float32 and x.shape == (5, PCA_DIMS)
    assert np.allclose(np.linalg.norm(x[[0, 1, 4]], axis=1), 1.0, atol=1e-5)
    assert not x[2].any() and not x[3].any()  # nothing to read: a zero row, not NaN
    # no batch, chunk or order effect: each vector is a function of its text alone
    assert np.array_equal(x, np.vstack([static.encode([t]) for t in texts]))
    assert np.array_equal(x[::-1], static.encode(texts[::-1]))
    # uncased word pieces, punctuation a piece of its own: close to, but not the same as, the unpunctuated text
    assert 0.9 < float(x[0] @ x[4]) < 1.0
    assert float(x[0] @ x[1]) < 0.9


def test_table_follows_the_recipe(static: StaticEmbedder) -> None:
    assert static.id == f"{DEFAULT_MODEL_ID}@{RECIPE}-v{RECIPE_VERSION}"
    vocab = static.tokenizer.get_vocab()
    unused = [i for piece, i in vocab.items() if UNUSED.fullmatch(piece)]
    assert len(unused) > 900 and not static.table[unused].any()  # [unusedN] pieces dropped
    kept = np.setdiff1d(np.arange(len(static.table)), unused)
    norms = np.linalg.norm(static.table[kept], axis=1)
    assert (norms > 0).all()
    # SIF over the Zipf estimate: frequent (low-rank) pieces weigh less than rare ones, on average
    assert norms[:2000].mean() < norms[-2000:].mean()


def test_sentence_embedder_is_static_only_for_the_bundled_model() -> None:
    class Bundled:
        id = f"{DEFAULT_MODEL_ID}@onnx-int8pc+win256"

        def encode(self, texts):  # type: ignore[no-untyped-def]
            raise AssertionError("not used")

    assert isinstance(sentence_embedder(Bundled(), "static"), StaticEmbedder)
    assert sentence_embedder(Bundled(), "embedder") is None
    # auto: the model itself up to AUTO_EMBEDDER_MAX unique sentences (small corpora), the static table above
    assert sentence_embedder(Bundled(), "auto", AUTO_EMBEDDER_MAX) is None
    assert isinstance(sentence_embedder(Bundled(), "auto", AUTO_EMBEDDER_MAX + 1), StaticEmbedder)
    for how in MASK_SENTENCES:  # another model reads its sentences itself
        assert sentence_embedder(FakeEmbedder(), how, 10**6) is None
    with pytest.raises(ValueError, match="mask-sentences"):
        sentence_embedder(Bundled(), "nope")


def test_static_sentences_recover_the_planted_registers(static: StaticEmbedder) -> None:
    c = make_planted_corpus(1)  # 600 responses, 3 planted registers: the slow real-embedder test's corpus
    texts = [normalize(t) for t in c.texts]
    r = find_masks(texts, c.question_ids, c.context_ids, list(c.response_ids), FakeEmbedder().encode, seed=1,
                   sentence_embed=static.encode, params=MaskParams(units="sentences"))
    assert adjusted_rand_score(c.registers, r.labels) >= 0.9
    assert r.stability >= 0.8
    # 0.85: the corpus also speaks its registers at a low background rate in other contexts
    assert {m.top_context for m in r.masks if m.reported and m.purity >= 0.85} == set(c.planted)
    plain = np.array([x == PLAIN for x in c.registers])
    assert (r.labels[plain] == -1).mean() > 0.8


def test_analyze_records_the_sentence_reader(tmp_path: Path, static: StaticEmbedder,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from core import embed
    from core.analysis import analyze
    from tests.test_analysis import _store

    class Bundled(FakeEmbedder):  # answers through the fake, but named as the bundled model
        id = f"{DEFAULT_MODEL_ID}@fake"

    small = make_planted_corpus(2, n_questions=4, samples=4)
    big = make_planted_corpus(3, n_questions=8, samples=6)
    store = _store(tmp_path / "s.sqlite", ("fake/a", small), ("fake/b", big))

    def readers(how: str, embedder: FakeEmbedder) -> dict[str, object]:
        a = analyze(store, "planted", embedder=embedder, progress=False, save=False, score=False,
                    mask_sentences=how, mask_units="sentences").analysis
        return {m: p.get("sentence_embedder") for m, p in a.provenance.masks.params.items()}

    assert readers("static", Bundled()) == {"fake/a": static.id, "fake/b": static.id}
    assert readers("embedder", Bundled()) == {"fake/a": Bundled.id, "fake/b": Bundled.id}
    assert readers("auto", Bundled()) == {"fake/a": Bundled.id, "fake/b": Bundled.id}  # small: the model reads
    # auto decides once per study, by the model with most sentences: both models read alike
    from core.masks import n_unique_sentences

    n_big = n_unique_sentences([normalize(t) for t in big.texts])
    assert n_big > n_unique_sentences([normalize(t) for t in small.texts])
    monkeypatch.setattr(embed, "AUTO_EMBEDDER_MAX", n_big - 1)
    assert readers("auto", Bundled()) == {"fake/a": static.id, "fake/b": static.id}
    assert readers("auto", FakeEmbedder()) == {"fake/a": None, "fake/b": None}  # another embedder: nothing new
    assert readers("static", FakeEmbedder()) == {"fake/a": None, "fake/b": None}


@pytest.mark.parametrize("style", ["added", "tone"])
def test_static_recovered_registers_are_named_by_a_sentence_of_theirs(style: str, static: StaticEmbedder) -> None:
    from tests.planted_masks import make_corpus, recovered, register_of_sentence

    c = make_corpus(style, seed=5, size=1000)
    texts = [normalize(t) for t in c.texts]
    r = find_masks(texts, c.question_ids, c.context_ids, list(c.response_ids), FakeEmbedder().encode, seed=5,
                   sentence_embed=static.encode, params=MaskParams(units="sentences"))
    hits = recovered(c.registers, r.labels)
    assert all(hits.values()), hits
    reg = np.asarray(c.registers)
    for register in hits:
        best = max(r.masks, key=lambda m: int(((r.labels == m.mask_id) & (reg == register)).sum()))
        assert register_of_sentence(best.name) == register, (register, best.name)


def test_report_methods_name_the_sentence_reader(tmp_path: Path, static: StaticEmbedder) -> None:
    from core.analysis import analyze
    from core.report import methods_text
    from tests.test_analysis import _store

    class Bundled(FakeEmbedder):
        id = f"{DEFAULT_MODEL_ID}@fake"

    store = _store(tmp_path / "s.sqlite", ("fake/a", make_planted_corpus(3, n_questions=4, samples=4)))
    a = analyze(store, "planted", embedder=Bundled(), progress=False, save=False, score=False,
                mask_sentences="static", mask_units="sentences").analysis
    text = " ".join("".join(sentence) for sentence in methods_text(a, {"markers": {}}))
    assert f"sentences were read by {static.id}" in text and "word trigrams" not in text
    # the default phrase units read no sentence embedding, and the methods say what they read instead
    a = analyze(store, "planted", embedder=Bundled(), progress=False, save=False, score=False).analysis
    text = " ".join("".join(sentence) for sentence in methods_text(a, {"markers": {}}))
    assert "sentences were read by" not in text and "word trigrams" in text
    assert all("sentence_embedder" not in p for p in a.provenance.masks.params.values())
    # and how few questions the context test can resolve, from the recorded contexts
    from core.mask_contrast import min_questions

    need = min_questions(len(a.contexts))
    assert all(p["min_questions_per_mask"] == need for p in a.provenance.masks.params.values())
    assert f"must be said on at least {need} questions" in text
    # the max-T test steps down by default, and the methods say so
    assert all(p["step_down"] is True for p in a.provenance.masks.params.values())
    assert "stepping down: once sets pass, their phrases leave the permutations" in text
    # and counts repeats inside a cell damped, as recorded
    from core.mask_contrast import CELL_DAMPING

    assert all(p["cell_damping"] == CELL_DAMPING for p in a.provenance.masks.params.values())
    assert f"holding a phrase as n^{1 - CELL_DAMPING:g}, since the permutations move whole cells" in text
    # and splits a context's habit off its register, as recorded
    from core.mask_contrast import SPLIT_ALPHA

    assert all(p["split_alpha"] == SPLIT_ALPHA for p in a.provenance.masks.params.values())
    assert f"chi-square p > {SPLIT_ALPHA:g}, said alone in at least 20 answers" in text
    assert "pass the test by themselves" in text and "with the larger of its own p-value and its set's" in text
    # and tests each set by its sum and its largest phrase together, as recorded
    assert all(p["unit_max"] is True for p in a.provenance.masks.params.values())
    assert ("two max-T statistics, the set's summed deviance and its largest single phrase's, combined by "
            "Bonferroni") in text
    assert "add up (or whose strongest phrase stands) beyond" in text and "joins the larger set's mask" in text
    # and the sets of three to five, as recorded
    assert all(p["contrast_max_set"] == 5 for p in a.provenance.masks.params.values())
    # (five contexts, baseline neutral: naming it adds the sets that leave it outside, as recorded)
    assert all(p["contrast_baseline_out"] is True for p in a.provenance.masks.params.values())
    assert "per pair of contexts (and per three, four and five contexts while at least three contexts stay " \
           "outside, or one or two with the baseline context among them)" in text
    # and links the masks of one register said a different way in each context, as recorded
    assert all(p["contrast_link"] is True for p in a.provenance.masks.params.values())
    assert "two passing masks are one register, and one mask, when each context one adds" in text
    assert "main phrases (at least 67% of the times the other's contexts say its phrases)" in text
    # and splits a mask whose contexts take two ways on different answers, as recorded
    assert all(p["contrast_ways"] is True for p in a.provenance.masks.params.values())
    assert "a passing mask is two when its contexts take two ways on different answers" in text
    assert "at most 25% as often as independent ways would within each (question, context) cell" in text
    # and by their words where each way says its lines one at a time, as recorded
    assert all(p["contrast_ways_words"] is True and p["contrast_ways_words_test"] is True
               for p in a.provenance.masks.params.values())
    assert "word and word pair said in 5 or more answers holding one way only is said (90% or more)" in text
    assert "halved when the words below are tried too" in text and "(one Poisson test)" in text
    # and keeps one mask when a phrase going to neither way is said without either, as recorded
    assert all(p["contrast_ways_apart"] is True for p in a.provenance.masks.params.values())
    assert "said in the answers holding neither at least 50% as often as independence gives" in text
    # and reads every set net of each context's wordiness, the outside at its upper bound, as recorded
    assert all(p["contrast_net_apart"] is True for p in a.provenance.masks.params.values())
    assert "at least 4 times as often as the contexts outside together at the 95% upper bound" in text
    # and a way of one line, and words said in lines of their own, as recorded
    assert all(p["contrast_ways_lone"] is True and p["contrast_ways_short_lines"] is True
               for p in a.provenance.masks.params.values())
    assert "a way may be a single line" in text and "a register of one- to three-word lines" in text
    # and ways said on different questions, as recorded
    assert all(p["contrast_ways_questions"] is True for p in a.provenance.masks.params.values())
    assert "two groups said on different questions" in text
    # and a side's going together counted within its parts, and the short units' own merge, as recorded
    assert all(p["contrast_ways_groups"] is True and p["short_merge"] == 0.8
               for p in a.provenance.masks.params.values())
    assert "counted within each part" in text and "share at least 80% of their sentences" in text
    # and contractions read whole in the short units, as recorded
    assert all(p["short_words"] == "contractions-whole" for p in a.provenance.masks.params.values())
    assert "reading a contraction such as \"let's\" as one word" in text


def test_cli_states_the_same_choices_and_threshold() -> None:
    import argparse

    from core.commands import analyze as cmd

    p = argparse.ArgumentParser()
    cmd.register(p.add_subparsers())
    action = next(a for a in p._subparsers._group_actions[0].choices["analyze"]._actions  # type: ignore[union-attr]
                  if a.dest == "mask_sentences")
    assert tuple(action.choices) == MASK_SENTENCES and action.default == "auto"
    assert f"{AUTO_EMBEDDER_MAX:,}" in action.help


def test_bench_meaning_runs_on_one_seen_set() -> None:
    """benchmarks/bench_meaning.py (the meaning lead, README "Masks"): on blind set 40's line pools a register's
    mode pools sit closer in meaning than two registers' (what a join could read), every share is a share, and
    blind set 41 stays out."""
    import subprocess
    import sys

    from benchmarks.bench_meaning import run

    r = run([40], "static", 0)
    assert r["short_registers"] == 20 and r["close_n"] > 0
    assert r["short_pairs_n"] == 20 * 19 // 2 - r["short_close_pairs_n"]
    assert r["same_median"] > r["other_median"]
    assert all(0.0 <= r[k] <= 1.0 for k in r if k.endswith(("_split", "_cut_right", "_close_q95")))
    refused = subprocess.run([sys.executable, "benchmarks/bench_meaning.py", "--sets", "41", "--readers", "static"],
                             capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent)
    assert refused.returncode != 0 and "held out" in refused.stderr
