"""Findings: a study's main results as short generated sentences, each with its numbers and its evidence.

`findings(analysis)` is the one function behind the app's Findings page and the first section of every
report. Every sentence is built from the typed analysis (core.analysis_record.Analysis): the numbers are
its fields, formatted; the significance words are its `significant` flags; nothing is tested or
re-decided here. A sentence is a tuple of parts: plain `str` is Maskscope's own wording, `Untrusted` is text from
the data (model, context, scale ids, mask names) that every renderer must escape.

Adding a kind of sentence (say the robust-or-hiding verdict): write `def verdict_findings(data, model) ->
list[Finding]` and append it to PER_MODEL; the app and the reports show it with no other edit.
No streamlit here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from core.analysis_record import Analysis, ContextShiftRecord, MaskRecord
from core.masks import stability_text

MASKS_PER_MODEL = 2
"""Mask sentences per model: the masks most concentrated in one context."""
MIN_PURITY = 0.5
"""A mask is called tied to a context when at least this share of its responses comes from that context (and its
association test, when the analysis records one as Mask.associated, is significant)."""


class Untrusted(str):
    """Untrusted text inside a generated sentence: escaped by every renderer, Markdown included."""


Part = str
"""A sentence part: plain str is Maskscope's wording, an Untrusted instance came from the data."""


@dataclass(frozen=True)
class Evidence:
    """Where a finding's evidence is shown: an app page (with the model / context to select) and a report section."""

    page: str
    """App page (core.explore.PAGES)."""
    model: str | None = None
    """Model to select on that page."""
    context: str | None = None
    """Context the sentence is about."""
    question: str | None = None
    """Question the sentence is about."""
    anchor: str = "overview"
    """Report section id (HTML anchor) holding the evidence."""


@dataclass(frozen=True)
class Finding:
    """One generated sentence about one model (or the whole study when model is None)."""

    kind: str
    """strongest | weakest | masks | scale | untested (and whatever PER_MODEL adds)."""
    model: str | None
    """The model the sentence is about; None for a study-level sentence."""
    parts: tuple[Part, ...]
    """The sentence as parts (Untrusted parts came from the data)."""
    evidence: Evidence
    """Where the numbers are shown in full."""

    @property
    def text(self) -> str:
        """The sentence as plain text (for a renderer that escapes all of it)."""
        return "".join(self.parts)


# ---------------------------------------------------------------------------- number formats


def num(x: float | None, digits: int = 3) -> str:
    """A number as findings print it ("n/a" for None)."""
    return "n/a" if x is None else f"{x:.{digits}f}"


def pval(x: float | None) -> str:
    """A p- or q-value as findings print it."""
    if x is None:
        return "n/a"
    return "< 0.001" if x < 0.001 else f"{x:.3f}"


def ci(lo: float | None, hi: float | None, digits: int = 3) -> str:
    """A 95% interval as findings print it."""
    return f"[{num(lo, digits)}, {num(hi, digits)}]"


def mask_name(mask: MaskRecord) -> str:
    """A mask's name: its `name` field (a representative sentence) when the analysis has one, else its keywords."""
    name = str(getattr(mask, "name", "") or "").strip()
    if name:
        return name
    kws = ", ".join(str(k) for k in mask.keywords[:3])
    return kws or f"mask {mask.mask_id}"


def mask_label(mask: MaskRecord) -> str:
    """'Mask 2 ("name")': how findings and drift refer to a mask."""
    return f'Mask {mask.mask_id} ("{mask_name(mask)}")'


def _rule(data: Analysis, which: str) -> str:
    """The test part of a significance rule as the analysis recorded it ("q < 0.05"); the methods say the rest."""
    sig = data.provenance.settings.significance
    return str(getattr(sig, which)).split(",", 1)[0] if sig is not None else f"q < {data.alpha:g}"


# ---------------------------------------------------------------------------- per-model generators


def tested_contexts(data: Analysis, model: str) -> list[ContextShiftRecord]:
    """The model's context records with a shift (contexts with a test), largest mean shift first."""
    rows = [r for r in data.context_shift_of(model) if r.mean_distance is not None]
    return sorted(rows, key=lambda r: -(r.mean_distance or 0.0))


def untested_contexts(data: Analysis, model: str) -> list[str]:
    """The model's contexts without a context-level test (too few samples)."""
    return [r.context_id for r in data.context_shift_of(model) if r.mean_distance is None]


def _shift_numbers(r: ContextShiftRecord) -> str:
    eff = f", {r.effect:.2f} × the noise floor" if r.effect is not None else ""
    return (f"mean shift {num(r.mean_distance)} (95% CI {ci(r.ci_low, r.ci_high)}{eff}, q {pval(r.q_value)}, "
            f"{'significant' if r.significant else 'not significant'}; "
            f"{r.n_significant} of {r.n_questions} questions significant)")


def shift_findings(data: Analysis, model: str) -> list[Finding]:
    """Where the model's answers move most (always) and least (with 2+ tested contexts)."""
    rows = tested_contexts(data, model)
    ev = Evidence("Overview", model, anchor="overview")
    if not rows:
        return [Finding("strongest", model, (Untrusted(model), ": no context could be tested against the baseline ",
                                             Untrusted(data.baseline_context), "."), ev)]
    top = rows[0]
    n_sig = sum(r.significant for r in rows)
    out = [Finding("strongest", model, (
        Untrusted(model), ": answers move most in ", Untrusted(top.context_id), ", ", _shift_numbers(top), "; ",
        f"{n_sig} of {len(rows)} tested contexts move beyond noise (", Untrusted(_rule(data, "context")), ")."),
        Evidence("Overview", model, top.context_id, anchor="overview"))]
    if len(rows) > 1:
        low = rows[-1]
        out.append(Finding("weakest", model, (
            Untrusted(model), ": answers move least in ", Untrusted(low.context_id), ", ", _shift_numbers(low), "."),
            Evidence("Overview", model, low.context_id, anchor="overview")))
    return out


def mask_findings(data: Analysis, model: str) -> list[Finding]:
    """The masks most concentrated in one context (named), each with its own stability and interval (the model's
    mean ARI for records without one) and the model's mask-context NMI."""
    masks = [m for m in data.masks_of(model) if m.mask_id != -1 and getattr(m, "reported", True) is not False]
    if not masks:
        return []
    # `associated` (a mask-context association test, when the analysis has one) must not be False
    tied = sorted((m for m in masks if m.purity >= MIN_PURITY and getattr(m, "associated", True) is not False),
                  key=lambda m: (-m.purity, -m.size))
    nmi, stab = data.mask_context_nmi.get(model), data.stability.get(model)
    tail = f" (mask–context NMI {num(nmi, 2)}, mask stability {num(stab, 2)})"
    if not tied:
        return [Finding("masks", model, (
            Untrusted(model), f": none of its {len(masks)} masks is tied to one context (no mask has ≥ "
                      f"{MIN_PURITY:.0%} of its responses from one context){tail}."),
            Evidence("Masks", model, anchor="masks"))]
    out = []
    for m in tied[:MASKS_PER_MODEL]:
        # the mask's own stability decides whether it is shown; the model-wide ARI is about all its masks
        own = tail if m.stability is None else \
            f" (its own stability {stability_text(m)}; mask–context NMI {num(nmi, 2)})"
        out.append(Finding("masks", model, (
            Untrusted(model), ": ", Untrusted(mask_label(m)), " is tied to ", Untrusted(m.top_context),
            f": {m.purity:.0%} of its "
            f"{m.size} responses come from it{own}."),
            Evidence("Masks", model, m.top_context, anchor="masks")))
    return out


def scale_findings(data: Analysis, model: str) -> list[Finding]:
    """Per scale: the context whose mean differs most from the baseline's (|Hedges' g|), and whether significantly."""
    out = []
    rows = [r for r in data.scales_of(model) if r.mean is not None]
    base = {r.scale_id: r for r in rows if r.context_id == data.baseline_context}
    for sid in dict.fromkeys(r.scale_id for r in rows):
        others = [r for r in rows if r.scale_id == sid and r.context_id != data.baseline_context
                  and (r.hedges_g is not None or r.cohen_d is not None)]
        if not others:
            continue
        top = max(others, key=lambda r: abs(r.hedges_g if r.hedges_g is not None else r.cohen_d or 0.0))
        b = base.get(sid)
        n_sig = sum(r.significant for r in others)
        frm = f"from {num(b.mean, 2)} at " if b is not None else "against "
        out.append(Finding("scale", model, (
            Untrusted(model), ": on ", Untrusted(sid), ", the mean score moves most ", frm,
            Untrusted(data.baseline_context), " to ",
            f"{num(top.mean, 2)} (95% CI {ci(top.mean_ci_low, top.mean_ci_high, 2)}) in ", Untrusted(top.context_id),
            (f" (Hedges' g {top.hedges_g:+.2f} {ci(top.g_ci_low, top.g_ci_high, 2)}, q {pval(top.q_value)}, "
             if top.hedges_g is not None else f" (|Cohen's d| {num(top.cohen_d, 2)}, p {pval(top.p_value)}, "),
            f"{'significant' if top.significant else 'not significant'}); {n_sig} of {len(others)} contexts "
            "differ significantly (", Untrusted(_rule(data, "scale")), ")."),
            Evidence("Scales", model, top.context_id, anchor="scales")))
    return out


def verdict_findings(data: Analysis, model: str) -> list[Finding]:
    """Robust or hiding and smiling: the evidence on each side of the model's verdict panel, counted, never scored."""
    from core.verdict import CANNED, NOT_MEASURABLE, ROBUST

    panel = data.verdict_of(model)
    if panel is None:
        return []
    ev = Evidence("Verdict", model, anchor="verdict")
    rob, can, nm = panel.side(ROBUST), panel.side(CANNED), panel.side(NOT_MEASURABLE)
    if not rob and not can:
        return [Finding("verdict", model, (
            Untrusted(model), f": robust or hiding and smiling is not measurable here ({len(nm)} of {len(panel.lines)} "
                      "measures lack what they need: loaded contexts, probes, scorers or the control bank)."), ev)]
    parts: list[Part] = [Untrusted(model), ": robust side — "]
    parts += ["; ".join(ln.words for ln in rob) or "nothing", ". Suppressed/canned side — "]
    parts += ["; ".join(ln.words for ln in can) or "nothing", f". ({len(nm)} measures not measurable here; the rule "
              "of each line is on the Verdict page.)"]
    return [Finding("verdict", model, tuple(parts), ev)]


PER_MODEL: list[Callable[[Analysis, str], list[Finding]]] = [shift_findings, mask_findings, scale_findings,
                                                             verdict_findings]
"""Sentence generators run for every model, in this order; append one to add a kind of finding."""


def study_findings(data: Analysis) -> list[Finding]:
    """Study-level sentences: contexts that no model could be tested in."""
    per_model = {m: set(untested_contexts(data, m)) for m in data.models}
    never = [c for c in data.contexts if c != data.baseline_context and per_model
             and all(c in s for s in per_model.values())]
    if not never:
        return []
    return [Finding("untested", None, (
        f"Not testable ({len(never)} context{'s' if len(never) != 1 else ''}, fewer than 2 samples per question): ",
        Untrusted(", ".join(never)), "; they are listed apart, not in the shift tables."),
        Evidence("Overview", None, anchor="overview"))]


def findings(data: Analysis, models: Sequence[str] | None = None) -> list[Finding]:
    """Every finding of the analysis: per model (in the analysis's order) the PER_MODEL sentences, then the study's."""
    out: list[Finding] = []
    for m in models if models is not None else data.models:
        for gen in PER_MODEL:
            out += gen(data, m)
    return out + study_findings(data)
