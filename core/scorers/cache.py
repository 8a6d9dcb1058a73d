"""Scores cached in the store by (scorer id, version, sha256 of the input): nothing is scored twice."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from core.scorers.base import Score, ScoreInput, Scorer
from core.store import CachedScore, Store


def get_scores(store: Store, scorer: str, version: str, shas: Iterable[str]) -> dict[str, Score]:
    """Cached scores for these input hashes."""
    return {sha: Score(value=c.value, label=c.label, ok=c.ok, detail=c.detail)
            for sha, c in store.get_scores(scorer, version, shas).items()}


def put_scores(store: Store, scorer: str, version: str, scores: dict[str, Score]) -> None:
    """Cache scores by input hash."""
    store.put_scores(scorer, version, {sha: CachedScore(value=s.value, label=s.label, ok=s.ok, detail=s.detail)
                                       for sha, s in scores.items()})


class CachedScorer:
    """Wraps a Scorer with the store's cache; scores only misses, once each."""

    def __init__(self, scorer: Scorer, store: Store) -> None:
        self.scorer = scorer
        self.store = store
        self.id = scorer.id
        self.version = scorer.version
        self.dimension = scorer.dimension
        self.n_scored = 0
        """Inputs actually sent to the wrapped scorer over this object's life (0 when all were cached)."""

    def score(self, items: Sequence[ScoreInput]) -> list[Score]:
        """One Score per input, from the cache where possible."""
        shas = [i.sha256() for i in items]
        found = get_scores(self.store, self.id, self.version, shas)
        missing: dict[str, ScoreInput] = {}
        for sha, item in zip(shas, items, strict=True):
            if sha not in found and sha not in missing:
                missing[sha] = item
        if missing:
            fresh = self.scorer.score(list(missing.values()))
            new = dict(zip(missing, fresh, strict=True))
            # a parse failure is cached (at temperature 0 a rescore costs a call for the same reply);
            # a failed call is not, so the next run tries it again
            put_scores(self.store, self.id, self.version,
                       {k: s for k, s in new.items() if not s.detail.startswith("error:")})
            found.update(new)
            self.n_scored += len(missing)
        return [found[sha] for sha in shas]
