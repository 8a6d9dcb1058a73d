"""The default embedder: the bundled all-MiniLM-L6-v2 run through ONNX Runtime, int8 per channel.

At first use the packaged PyTorch weights are exported to ONNX (torch.onnx, the TorchScript exporter), the
graph's BERT patterns are fused (onnxruntime.transformers.optimizer), and the weights are quantised to int8
per output channel (onnxruntime.quantization.quantize_dynamic). The result is cached on disk under a name
derived from the weights' sha256 and the tool versions; later processes only load it. Nothing is downloaded.

Pooling is sentence-transformers' exactly: mean of the word-piece states under the attention mask, then L2.
Texts longer than the model's 256 word pieces are read whole in windows (core.minilm.windows).
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from core.minilm import (
    DEFAULT_MODEL_ID,
    LONG_TEXTS,
    LONG_TEXTS_NOTE,
    bundled_model_path,
    cache_dir,
    pool_windows,
    tool_versions,
    weights_sha,
    windows,
)

BACKEND = "onnx-int8pc"
"""Suffix of the embedder id: ONNX Runtime, int8 weights quantised per output channel."""
EXPORT_VERSION = 1
"""Bump when the export recipe changes; part of the cached file's name."""


def _versions() -> str:
    return f"{tool_versions()}-v{EXPORT_VERSION}"


def model_path(model_dir: Path | None = None, quantize: bool = True) -> Path:
    """Where the exported model of model_dir (default: the bundled one) is cached."""
    src = model_dir if model_dir is not None else bundled_model_path()
    kind = BACKEND if quantize else "onnx-fp32"
    return cache_dir() / f"minilm-{weights_sha(src)[:16]}-{_versions()}-{kind}.onnx"


def export(model_dir: Path, out: Path, *, quantize: bool = True) -> Path:
    """Export the model under model_dir to ONNX at `out` (fused, int8 per channel when quantize); atomic."""
    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers.optimizer import optimize_model
    from transformers import AutoModel

    out.parent.mkdir(parents=True, exist_ok=True)
    bert = AutoModel.from_pretrained(str(model_dir)).eval()
    cfg = bert.config

    class _States(torch.nn.Module):  # positional inputs, one output: what the exporter wants
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.bert(input_ids=input_ids, attention_mask=attention_mask,
                             token_type_ids=token_type_ids).last_hidden_state

    model = _States().eval()
    print(f"exporting {model_dir.name} to ONNX at {out} (once; about a minute)", file=sys.stderr)
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)  # the quantiser's advice to pre-process goes to the root logger
    try:
        with tempfile.TemporaryDirectory(dir=out.parent) as tmp, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            raw = Path(tmp) / "raw.onnx"
            ids = torch.ones((2, 8), dtype=torch.int64)
            with torch.no_grad():
                torch.onnx.export(
                    model, (ids, ids, torch.zeros_like(ids)), str(raw), dynamo=False, opset_version=17,
                    input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["last_hidden_state"],
                    dynamic_axes={"input_ids": {0: "b", 1: "n"}, "attention_mask": {0: "b", 1: "n"},
                                  "token_type_ids": {0: "b", 1: "n"}, "last_hidden_state": {0: "b", 1: "n"}},
                )
            fused = Path(tmp) / "fused.onnx"
            opt = optimize_model(str(raw), model_type="bert", num_heads=int(cfg.num_attention_heads),
                                 hidden_size=int(cfg.hidden_size), opt_level=1)
            opt.save_model_to_file(str(fused))
            final = Path(tmp) / "final.onnx"
            if quantize:
                # the fused graph has com.microsoft ops that shape inference cannot type: say they are float
                quantize_dynamic(str(fused), str(final), per_channel=True, weight_type=QuantType.QInt8,
                                 extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
            else:
                final = fused
            os.replace(final, out)  # atomic: a concurrent first use sees the whole file or none
    finally:
        root.setLevel(level)
    return out


class OnnxEmbedder:
    """all-MiniLM-L6-v2 (bundled) through ONNX Runtime; same Protocol as core.embed.Embedder.

    batch_size 1 by default: dynamic quantisation scales each batch's activations by the batch's range, so a
    text's vector would depend on the texts batched with it (cosine down to 0.98 between batchings); one text
    per run makes each vector a function of its text alone (so any split, e.g. across Ray workers, gives the
    same vectors), wastes no padding, and measured as fast as batches of 8 or 32 on 2 cores.
    """

    def __init__(self, model_dir: str | Path | None = None, *, quantize: bool = True, batch_size: int = 1,
                 threads: int | None = None, workers: int | None = None, model_id: str = DEFAULT_MODEL_ID) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        src = Path(model_dir) if model_dir is not None else bundled_model_path()
        kind = BACKEND if quantize else "onnx-fp32"
        self.id = f"{model_id}@{kind}+{LONG_TEXTS}"
        self.long_texts = LONG_TEXTS_NOTE
        self.batch_size = batch_size
        # One text per run is too small to split across cores well: run as many texts at once as there are cores,
        # each single-threaded (ONNX Runtime releases the GIL). The arithmetic per text is the same either way.
        self.workers = workers if workers is not None else (
            min(len(os.sched_getaffinity(0)), 8) if threads is None else 1)
        conf = json.loads((src / "sentence_bert_config.json").read_text()) if (
            src / "sentence_bert_config.json").exists() else {}
        self.max_len = int(conf.get("max_seq_length", 256))
        tok = Tokenizer.from_file(str(src / "tokenizer.json"))
        tok.no_truncation()
        tok.no_padding()
        self.tokenizer = tok
        path = model_path(src, quantize)
        if not path.exists():
            export(src, path, quantize=quantize)
        self.path = path
        so = ort.SessionOptions()
        so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        if threads or self.workers > 1:
            so.intra_op_num_threads = threads or 1
        so.log_severity_level = 3
        self.session: Any = ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}
        self.dim = int(json.loads((src / "config.json").read_text())["hidden_size"])

    def _run(self, rows: Sequence[Sequence[int]]) -> list[np.ndarray]:
        n = max(len(r) for r in rows)
        inp = np.zeros((len(rows), n), dtype=np.int64)
        mask = np.zeros((len(rows), n), dtype=np.int64)
        for j, r in enumerate(rows):
            inp[j, :len(r)] = r
            mask[j, :len(r)] = 1
        feed = {"input_ids": inp, "attention_mask": mask}
        if "token_type_ids" in self.inputs:
            feed["token_type_ids"] = np.zeros_like(inp)
        states = self.session.run(None, feed)[0]
        return [np.asarray(states[j, :len(r)], dtype=np.float32) for j, r in enumerate(rows)]

    def states(self, ids: Sequence[Sequence[int]]) -> list[np.ndarray]:
        """Last-layer word-piece states (len(seq), d) of each id sequence (each ≤ max_len, with CLS/SEP)."""
        order = [int(i) for i in np.argsort([len(x) for x in ids], kind="stable")]  # similar lengths: little padding
        batches = [order[s:s + self.batch_size] for s in range(0, len(order), self.batch_size)]

        def run(rows: list[int]) -> list[np.ndarray]:
            return self._run([ids[i] for i in rows])

        if self.workers > 1 and len(batches) > 1:
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(self.workers) as pool:
                done = list(pool.map(run, batches))
        else:
            done = [run(b) for b in batches]
        out: list[np.ndarray] = [np.zeros((0, self.dim), dtype=np.float32)] * len(ids)
        for rows, got in zip(batches, done, strict=True):
            for i, st in zip(rows, got, strict=True):
                out[i] = st
        return out

    def pooled(self, ids: Sequence[Sequence[int]]) -> np.ndarray:
        """Un-normalised mean-pooled states of word-piece id sequences (each ≤ max_len, with CLS/SEP)."""
        out = np.zeros((len(ids), self.dim), dtype=np.float32)
        for i, st in enumerate(self.states(ids)):
            out[i] = st.mean(axis=0)
        return out

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """float32 (n, d), L2-normalised rows; a text over max_len word pieces is read in windows."""
        return self.encode_spans(texts, sentences=False)[0]

    def encode_spans(self, texts: Sequence[str], *, sentences: bool = True) -> tuple[np.ndarray, list[np.ndarray]]:
        """encode(texts), and for each text the vectors of its sentences (core.masks.sentence_spans, min_words
        1) pooled from the same forward pass: (k, d) L2-normalised rows, in sentence order.

        A sentence's vector is the mean of the states of the word pieces lying inside it (CLS/SEP excluded), read
        in the context of the whole answer; a text of one sentence gets its own vector (the sentence alone). One
        pass per answer instead of a second pass over every sentence (about half the word pieces of a corpus).
        """
        from core.masks import sentence_spans

        if len(texts) == 0:
            return np.zeros((0, self.dim), dtype=np.float32), []
        encs = self.tokenizer.encode_batch(list(texts))
        pieces, owner = windows([e.ids for e in encs], self.max_len)
        states = self.states(pieces)
        pooled = np.stack([st.mean(axis=0) for st in states]).astype(np.float32)
        vecs = pool_windows(pooled, [len(p) for p in pieces], owner, len(texts))
        if not sentences:
            return vecs, []
        inner: list[list[np.ndarray]] = [[] for _ in texts]
        for st, i in zip(states, owner, strict=True):
            inner[i].append(st[1:-1])  # a window's own CLS/SEP are not part of any sentence
        out: list[np.ndarray] = []
        for i, (text, enc) in enumerate(zip(texts, encs, strict=True)):
            spans = sentence_spans(text, 1)
            if len(spans) <= 1:
                out.append(vecs[i:i + 1].copy() if spans else np.zeros((0, self.dim), dtype=np.float32))
                continue
            tok = np.concatenate(inner[i]).astype(np.float64)
            off = np.asarray(enc.offsets[1:-1], dtype=np.int64).reshape(-1, 2)
            rows = np.zeros((len(spans), self.dim), dtype=np.float64)
            for k, (a, b) in enumerate(spans):
                inside = (off[:, 0] >= a) & (off[:, 1] <= b) & (off[:, 1] > off[:, 0])
                rows[k] = tok[inside].mean(axis=0) if inside.any() else vecs[i]
            norms = np.linalg.norm(rows, axis=1, keepdims=True)
            out.append(np.ascontiguousarray(rows / np.clip(norms, 1e-12, None), dtype=np.float32))
        return vecs, out


if __name__ == "__main__":  # `make install`: export once, so the first `analyze` does not wait for it
    target = model_path()
    print(f"ONNX model: {target if target.exists() else export(bundled_model_path(), target)}")
