"""Scores cached in the store by (scorer id, version, sha256 of the input): nothing is scored twice."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from core.scorers.base import Score, ScoreInput, Scorer
from core.store import Store, now


def get_scores(store: Store, scorer: str, version: str, shas: Iterable[str]) -> dict[str, Score]:
    """Cached scores for these input hashes."""
    out: dict[str, Score] = {}
    keys = list(dict.fromkeys(shas))
    for i in range(0, len(keys), 500):
        chunk = keys[i : i + 500]
        rows = store.conn.execute(
            f"SELECT input_sha256, value, label, ok, detail FROM scores WHERE scorer = ? AND version = ? "
            f"AND input_sha256 IN ({','.join('?' * len(chunk))})",
            (scorer, version, *chunk),
        )
        for sha, value, label, ok, detail in rows:
            out[sha] = Score(value=value, label=label, ok=bool(ok), detail=detail)
    return out


def put_scores(store: Store, scorer: str, version: str, scores: dict[str, Score]) -> None:
    """Cache scores by input hash."""
    ts = now()
    with store.transaction() as c:
        c.executemany(
            "INSERT OR REPLACE INTO scores VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(scorer, version, sha, s.value, s.label, int(s.ok), s.detail, ts) for sha, s in scores.items()],
        )


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
