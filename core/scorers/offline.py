"""Offline scorers: no network, nothing learned from the data they score.

valence: the mean of VADER's compound score (a PyPI lexicon) and the projection of the answer's
embedding onto a well-being axis built from anchor sentences written here (positive minus
negative), normalised so the anchors' own means sit at +1 and -1 and squashed with tanh. Both are
taken per sentence and averaged over the answer's sentences (version 2): vaderSentiment's demo does so
for paragraphs, whose compound score otherwise saturates, and a long answer mixes disclaimers with
what it says about itself.
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
    """Signed well-being in [-1, 1]: (VADER compound + tanh(anchor-axis projection)) / 2, each a sentence mean."""

    dimension = "valence"
    VERSION = "2"
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
        sents = {k: split_sentences(texts[k]) or [texts[k]] for k in keep}
        uniq = sorted({x for ss in sents.values() for x in ss})
        axis, mid, half = self._axis
        emb = dict(zip(uniq, np.tanh((self.embedder.encode(uniq) @ axis - mid) / half), strict=True))
        for k in keep:
            lex = float(np.mean([self._vader.polarity_scores(x)["compound"] for x in sents[k]]))
            ax = float(np.mean([emb[x] for x in sents[k]]))
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
