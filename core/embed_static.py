"""Static sentence vectors distilled from the bundled all-MiniLM-L6-v2: the masks stage's sentence embedder.

The masks stage reads every unique sentence of a corpus (60,000 on the bundled one); running MiniLM on each took
as long as embedding the answers. Masks are recurring registers, carried mostly by words and phrases, so a
sentence is read here as the mean of per-word-piece vectors distilled from MiniLM itself, which costs a table
look-up. The recipe is model2vec's default (MinishLab/model2vec, `distill`): each vocabulary word piece alone
([CLS] piece [SEP]) through the model, mean-pooled; `[unusedN]` pieces dropped; PCA to 256 dimensions; each
row weighted by SIF over a Zipf estimate of the piece's frequency from its vocabulary rank (coefficient 1e-4).
It is written out here because model2vec's `distill` extra pins transformers < 5.4, below our pin.

Measured against MiniLM run on each sentence (README Performance, benchmarks/bench_sentence_vectors.py): on
the generators the mask defaults were chosen on, worse at 300 responses and as good from about 1,000 (so
analyze's `auto` keeps MiniLM up to 5,000 unique sentences per model), and 10-40x cheaper to read. The table
is built once (under a minute at `make install`) and cached beside the ONNX export.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from core.atomic import atomic_path
from core.minilm import DEFAULT_MODEL_ID, bundled_model_path, cache_dir, weights_sha

RECIPE = "static-m2v-pca256-sif1e-4"
"""Suffix of the id (with RECIPE_VERSION): the distillation recipe (model2vec's defaults)."""
RECIPE_VERSION = 1
"""Bump when the recipe changes; part of the cached table's name."""
PCA_DIMS = 256
SIF = 1e-4
UNUSED = re.compile(r"\[unused\d+\]")


def _builders() -> str:
    """torch and transformers versions: what computes the table (ONNX Runtime plays no part)."""
    from importlib.metadata import version

    return f"torch{version('torch').split('+')[0]}-transformers{version('transformers')}"


def table_path(model_dir: Path | None = None) -> Path:
    """Where the distilled table of model_dir (default: the bundled MiniLM) is cached."""
    src = model_dir if model_dir is not None else bundled_model_path()
    return cache_dir() / f"minilm-{weights_sha(src)[:16]}-{_builders()}-{RECIPE}-v{RECIPE_VERSION}.npy"


def _pca(X: np.ndarray, k: int) -> np.ndarray:
    """X centred and projected on its k leading principal axes, each axis's sign fixed (largest |score| > 0)."""
    Xc = X - X.mean(axis=0)
    _, vecs = np.linalg.eigh(Xc.T @ Xc / max(len(X) - 1, 1))
    scores = Xc @ vecs[:, ::-1][:, :k]
    signs = np.sign(scores[np.argmax(np.abs(scores), axis=0), np.arange(scores.shape[1])])
    return scores * np.where(signs == 0, 1.0, signs)


def distill(model_dir: Path, out: Path) -> Path:
    """Build the table (vocab x PCA_DIMS float32; zero rows for dropped pieces) for the model under model_dir."""
    import torch
    from tokenizers import Tokenizer
    from transformers import AutoModel

    print(f"distilling static word-piece vectors from {model_dir.name} to {out} (once; under a minute)",
          file=sys.stderr)
    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    vocab = sorted(tok.get_vocab().items(), key=lambda kv: kv[1])
    keep = np.asarray([i for piece, i in vocab if not UNUSED.fullmatch(piece)], dtype=np.int64)
    cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    if cls is None or sep is None:
        raise RuntimeError(f"{model_dir}: the tokenizer has no [CLS]/[SEP] (not a BERT word-piece model)")
    bert = AutoModel.from_pretrained(str(model_dir)).eval()
    states = np.zeros((len(keep), int(bert.config.hidden_size)), dtype=np.float64)
    with torch.inference_mode():
        for s in range(0, len(keep), 1024):
            ids = torch.as_tensor(keep[s:s + 1024])
            inp = torch.stack([torch.full_like(ids, cls), ids, torch.full_like(ids, sep)], dim=1)
            h = bert(input_ids=inp, attention_mask=torch.ones_like(inp),
                     token_type_ids=torch.zeros_like(inp)).last_hidden_state
            states[s:s + len(ids)] = h.mean(dim=1).double().numpy()
    inv_rank = 1.0 / np.arange(2, len(keep) + 2)
    weights = SIF / (SIF + inv_rank / inv_rank.sum())
    table = np.zeros((len(vocab), PCA_DIMS), dtype=np.float32)
    table[keep] = (_pca(np.nan_to_num(states), PCA_DIMS) * weights[:, None]).astype(np.float32)
    with atomic_path(out) as tmp, open(tmp, "wb") as fh:  # a concurrent first use sees the whole table or none
        np.save(fh, table)  # a handle: given a path without .npy, numpy would add the suffix
    return out


class StaticEmbedder:
    """Sentence -> L2-normalised mean of its word pieces' distilled vectors (no [CLS]/[SEP]); Embedder Protocol.

    A vector depends on its text alone (no batch, no thread, no length limit), so any split of the work gives the
    same vectors. A text with no word piece gets a zero row.
    """

    def __init__(self, model_dir: str | Path | None = None, *, model_id: str = DEFAULT_MODEL_ID) -> None:
        from tokenizers import Tokenizer

        src = Path(model_dir) if model_dir is not None else bundled_model_path()
        self.id = f"{model_id}@{RECIPE}-v{RECIPE_VERSION}"
        tok = Tokenizer.from_file(str(src / "tokenizer.json"))
        tok.no_truncation()
        tok.no_padding()
        self.tokenizer = tok
        path = table_path(src)
        if not path.exists():
            distill(src, path)
        self.path = path
        self.table = np.load(path)
        self.dim = int(self.table.shape[1])

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """float32 (n, PCA_DIMS), L2-normalised rows."""
        if len(texts) == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for s in range(0, len(texts), 2048):  # chunks: the gathered rows of 60,000 sentences would take GBs
            encs = self.tokenizer.encode_batch(list(texts[s:s + 2048]), add_special_tokens=False)
            lengths = np.asarray([len(e.ids) for e in encs], dtype=np.int64)
            some = np.flatnonzero(lengths)
            if not len(some):
                continue
            ids = np.fromiter((i for e in encs for i in e.ids), dtype=np.int64, count=int(lengths.sum()))
            starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])[some]
            acc = np.add.reduceat(self.table[ids], starts, axis=0, dtype=np.float64)
            norms = np.linalg.norm(acc, axis=1, keepdims=True)
            out[s + some] = acc / np.clip(norms, 1e-12, None)
        return out


if __name__ == "__main__":  # `make install`: build once, so the first large `analyze` does not wait for it
    target = table_path()
    print(f"static sentence table: {target if target.exists() else distill(bundled_model_path(), target)}")
