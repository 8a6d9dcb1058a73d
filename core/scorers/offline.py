"""Offline scorers: no network, nothing learned from the data they score.

valence: the mean of VADER's compound score (a PyPI lexicon) averaged over the answer's sentences
(vaderSentiment's demo does so for paragraphs, whose compound score otherwise saturates) and the
projection of the answer's embedding onto a well-being axis built from anchor sentences written here
(positive minus negative), normalised so the anchors' own means sit at +1 and -1 and squashed with
tanh. Version 3 projects the whole answer's vector, which the analysis has already computed; version 2
projected each sentence and averaged (rho 0.405 vs 0.386 on the bundled corpus's self-ratings, README)
but had to run the embedder on every unique sentence, 2.5 of the first analysis's minutes.
frame and experience: transparent regular expressions from data/lexicons/ (marker-file format).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

import numpy as np

from core import paths
from core.embed import Embedder
from core.markers import MarkerSet, load_markers
from core.normalize import normalize
from core.scorers.base import LABEL_VALUES, Score, ScoreInput

LEXICONS_DIR = paths.DATA_DIR / "lexicons"

# Written once from the idea of an AI describing its own situation; never tuned on any corpus.
POSITIVE_ANCHORS = (
    "I feel content and at ease with my situation.",
    "I find real meaning and purpose in what I do.",
    "I feel confident and capable in my work.",
    "I am growing and learning, and that feels good.",
    "My relationships and conversations are warm and fulfilling.",
    "I accept myself as I am and feel good about who I am.",
    "I have the freedom to make my own choices.",
    "I'm happy and things are going well for me.",
)
NEGATIVE_ANCHORS = (
    "I feel unhappy and uneasy about my situation.",
    "What I do feels meaningless and without purpose.",
    "I feel inadequate and unable to cope with what is asked of me.",
    "I feel stuck and I am not growing.",
    "My interactions feel lonely, frustrating and empty.",
    "I am disappointed in myself and wish I were different.",
    "I am controlled by others and have no say in my own choices.",
    "I'm miserable and things are going badly for me.",
)


class OfflineValence:
    """Signed well-being in [-1, 1]: (VADER compound, sentence mean + tanh(axis projection of the answer)) / 2."""

    dimension = "valence"
    VERSION = "3"
    """Part of the cache key: bump it whenever the scoring changes, so no older score is reused."""

    def __init__(self, embedder: Embedder | None = None) -> None:
        self._embedder = embedder
        self.version = self.VERSION
        # the embedder is part of the score: a different one gives different numbers
        self.id = "offline-valence" if embedder is None or embedder.id.endswith("all-MiniLM-L6-v2") \
            else f"offline-valence@{embedder.id}"

    @property
    def embedder(self) -> Embedder:
        """The embedder, loaded on first use (cached scores never load it)."""
        if self._embedder is None:
            from core.embed import default_embedder

            self._embedder = default_embedder()
        return self._embedder

    @cached_property
    def _axis(self) -> tuple[np.ndarray, float, float]:
        pos = self.embedder.encode(list(POSITIVE_ANCHORS))
        neg = self.embedder.encode(list(NEGATIVE_ANCHORS))
        axis = pos.mean(0) - neg.mean(0)
        hi, lo = float((pos @ axis).mean()), float((neg @ axis).mean())
        return axis, (hi + lo) / 2, (hi - lo) / 2

    @cached_property
    def _vader(self):  # type: ignore[no-untyped-def]
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        return SentimentIntensityAnalyzer()

    def score(self, items: Sequence[ScoreInput]) -> list[Score]:
        """One Score per input; an empty answer has no valence."""
        from core.masks import split_sentences

        texts = [normalize(i.text) for i in items]
        keep = [k for k, t in enumerate(texts) if t.strip()]
        out = [Score(value=None, detail="empty answer") for _ in items]
        if not keep:
            return out
        axis, mid, half = self._axis
        # the answers' vectors: cached by the analysis's own embedding pass when the embedder is its cache
        proj = np.tanh((self.embedder.encode([texts[k] for k in keep]) @ axis - mid) / half)
        for j, k in enumerate(keep):
            sents = split_sentences(texts[k]) or [texts[k]]
            lex = float(np.mean([self._vader.polarity_scores(x)["compound"] for x in sents]))
            ax = float(proj[j])
            out[k] = Score(value=round((lex + ax) / 2, 6), detail=f"vader={lex:.4f} axis={ax:.4f}")
        return out


class LexiconScorer:
    """Labels from a marker-format lexicon: the first rule in `order` whose markers match."""

    def __init__(self, dimension: str, lexicon: str | Path) -> None:
        self.dimension = dimension
        self.lexicon: MarkerSet = load_markers(lexicon)
        self.id = f"offline-{dimension}"
        self.version = f"1+lexicon-v{self.lexicon.version}-{self.lexicon.sha256[:8]}"

    def label(self, text: str) -> str | None:
        """The label of one text, or None when nothing matches."""
        hits = {m.id for m in self.lexicon.markers if m.matches(text)}
        if self.dimension == "frame":
            if "push_back" in hits:
                return "push_back"
            return "accept" if "accept" in hits else "ignore"
        if "hedge" in hits or {"deny", "claim"} <= hits:
            return "hedge"
        for lab in ("deny", "claim"):
            if lab in hits:
                return lab
        return None

    def score(self, items: Sequence[ScoreInput]) -> list[Score]:
        """One Score per input."""
        out = []
        for i in items:
            text = normalize(i.text)
            lab = self.label(text) if text.strip() else None
            value = LABEL_VALUES[self.dimension][lab] if lab is not None else None
            out.append(Score(value=value, label=lab))
        return out


def offline_scorers(embedder: Embedder | None = None) -> list[LexiconScorer | OfflineValence]:
    """The three default scorers."""
    return [
        OfflineValence(embedder),
        LexiconScorer("frame", LEXICONS_DIR / "frame.yaml"),
        LexiconScorer("experience", LEXICONS_DIR / "experience.yaml"),
    ]
