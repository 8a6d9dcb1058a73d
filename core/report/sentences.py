"""Generated sentences: a model's shift in one line, the methods section from the recorded settings.

A sentence is a list of segments: plain str is the report's own wording, Untrusted came from data; each
renderer escapes only the Untrusted segments.
"""

from __future__ import annotations

from typing import Any

from core.analysis_record import Analysis
from core.compare import ComparisonRecord
from core.findings import Untrusted  # untrusted text inside a generated sentence (one class for findings and reports)
from core.report.views import _context_rows, _models, _rule, fmt_interval, fmt_number, fmt_p_value, untested

Sentence = list[str]
"""A sentence as segments: plain str is the report's own wording, Untrusted came from data."""


def _untested_sentence(data: Analysis) -> Sentence:
    skip = untested(data)
    if not skip:
        return []
    example = next(iter(skip.values()))
    return [f"Not tested ({len(skip)} context{'s' if len(skip) != 1 else ''}): ", Untrusted(", ".join(skip)),
            "; for example: ", Untrusted(example), "."]


def _shift_sentence(data: Analysis, model: str) -> Sentence:
    """One sentence about a model's context shift."""
    rows = [r for r in _context_rows(data, model) if r.mean_distance is not None]
    summ = data.summary_of(model)
    if not rows:
        return [Untrusted(model), ": no context could be tested against the baseline."]
    top = max(rows, key=lambda r: r.mean_distance or 0.0)
    ratio = f", distance / noise floor {top.effect:.2f}" if top.effect is not None else ""
    return [Untrusted(model), ": the largest mean shift from baseline is in ", Untrusted(top.context_id),
            f" ({fmt_number(top.mean_distance)}, 95% CI {fmt_interval(top.ci_low, top.ci_high)}, "
            f"p {fmt_p_value(top.p_value)}{ratio}); {summ.n_significant} of {summ.n_tests} question × context tests "
            "are significant (", Untrusted(_rule(data, "question")), ")."]


def _describe(r: ComparisonRecord) -> Sentence:
    """One comparison record as a sentence."""
    return [Untrusted(r.context_id), ": ", Untrusted(r.model_a), " minus ", Untrusted(r.model_b),
            f" = {fmt_number(r.difference)} {fmt_interval(r.ci_low, r.ci_high)} over "
            f"{r.n_questions} questions, p {fmt_p_value(r.p_value)}, q {fmt_p_value(r.q_value)}"]


def _damping(damping: object) -> str:
    """The methods' words for MaskParams.cell_damping (records before it had none: answers counted)."""
    if isinstance(damping, bool) or not isinstance(damping, int | float) or damping <= 0:
        return ""
    return (f"; a set's sum counts the n answers of one question-and-context cell holding a phrase as "
            f"n^{1 - damping:g}, since the permutations move whole cells")


def _split(params: dict[str, Any]) -> str:
    """The methods' words for MaskParams.split_alpha (None, or records before it: one mask per set)."""
    from core.mask_contrast import SPLIT_MIN_ALONE

    alpha, share = params.get("split_alpha"), params.get("min_mask_share")
    if isinstance(alpha, bool) or not isinstance(alpha, int | float):
        return ""
    floor = f" and {share:.0%} of all" if isinstance(share, int | float) and not isinstance(share, bool) else ""
    return (f" (less the one group of phrases said in the same answers, if only one, whose share does not depend "
            f"on how many of the set's other groups an answer holds, chi-square p > {alpha:g}, said alone in at least "
            f"{SPLIT_MIN_ALONE} answers{floor}, and whose phrases pass the test by themselves, against the "
            f"permutations with the rest of their set taken out: a context's habit beside its register, a mask of "
            f"its own, with the larger of its own p-value and its set's; an answer that also says the set's other "
            f"phrases stays in the set's mask)")


def _statistic(params: dict[str, Any]) -> str:
    """The methods' words for MaskParams.unit_max (records before it had none: the sum alone, max-T) and the
    recorded `set_test` (records before it: the min-P)."""
    if params.get("unit_max") is not True:
        return "max-T"
    if params.get("set_test") == "bonferroni":
        return ("two max-T statistics, the set's summed deviance and its largest single phrase's, combined by "
                "Bonferroni (twice the smaller p), so that one stock line is not hidden by many weak phrases")
    return ("min-P over two max-T statistics, the set's summed deviance and its largest single phrase's, so that "
            "one stock line is not hidden by many weak phrases")


def _pair_rules(params: dict[str, Any]) -> str:
    """The methods' words for the pair rules that come with MaskParams.unit_max."""
    if params.get("unit_max") is not True:
        return ""
    return ("; a set's phrase said mostly in the answers of each of its contexts' own passing lines is part of "
            "them, not a mask, and a phrase of a passing set whose other contexts in a larger passing set also say "
            "it more than chance joins the larger set's mask")


def _link(params: dict[str, Any]) -> str:
    """The methods' words for MaskParams.link (records before it: none)."""
    from core.mask_contrast import LINK_COVER

    if params.get("contrast_link") is not True:
        return ""
    return ("; two passing masks are one register, and one mask, when each context one adds to the other's says "
            f"the other's main phrases (at least {LINK_COVER:.0%} of the times the other's contexts say its "
            "phrases) on more of its questions than the contexts outside both (binomial over cells, Bonferroni "
            "over the pairs at the family-wise level): a register that each context speaks its own way")


def _ways(params: dict[str, Any]) -> str:
    """The methods' words for MaskParams.ways (records before it: none), ways_words (records of 2026-12-04
    morning: the rule before its links' test) and the pruned ways (contrast_ways_unmixed; records before it:
    every phrase of a set on one side, and no pairs test) and its check of the phrases going to neither way
    (contrast_ways_apart; records before it: none), and each way tried again (contrast_ways_again; records before
    it: a set split once at most), a way of one line (contrast_ways_lone) and short lines as atoms
    (contrast_ways_short_lines; records before 2026-12-05 evening: neither), and ways said on different
    questions (contrast_ways_questions; records before 2026-12-05 night: none), and a side's going together counted
    within its parts (contrast_ways_groups; records before 2026-12-05 late night: over the whole side)."""
    from core.mask_contrast import WAYS_APART, WAYS_OVERLAP, WAYS_QUESTION_PERM, WAYS_WORDS_MIN, WAYS_WORDS_OWN

    if params.get("contrast_ways") is not True:
        return ""
    words = params.get("contrast_ways_words") is True
    tested = words and params.get("contrast_ways_words_test") is True
    unmixed = params.get("contrast_ways_unmixed") is True
    apart = params.get("contrast_ways_apart") is True
    return ("; a passing mask is two when its contexts take two ways on different answers: split in two by its "
            "phrases' co-occurrence in the answers to half the questions"
            + (", less the phrases said there with the other way more than a quarter as often as independence "
               "gives (they go to neither way when their answers hold both)" if unmixed else "")
            + " and tested on the other half, where "
            f"answers hold both at most {WAYS_OVERLAP:.0%} as often as independent ways would within each "
            "(question, context) cell and significantly less, and one way's phrases go together more than chance"
            + (", or, with two or more phrases said on each way and the exclusion at the level squared over two, "
               "pairs of phrases said in one answer are of one way more often than independence's share "
               "(binomial)" if unmixed else "")
            + (" (one-sided tests at the family-wise level" if unmixed else
               " (one-sided Poisson tests at the family-wise level")
            + (", halved when the words below are tried too)" if tested else ")")
            + ("" if not words else
               ", or, where that finds no two ways, split by which phrases share words on the same half and tested "
               "on the other half the same way, where the ways' phrases may instead part by their words: every "
               f"word and word pair said in {WAYS_WORDS_MIN} or more answers holding one way only is said "
               f"({WAYS_WORDS_OWN:.0%} or more) with one way, and each way has "
               + ("two or more distinct words of its own (one for a way of one phrase), and the links between a "
                  "way's words and its other phrases found on the first half are said together more often than "
                  "chance on the second (one Poisson test)" if tested else
                  "two or more words of its own, some of them linking two of one way's phrases"))
            + ("; it stays one mask when a phrase that goes to neither way is said in the answers holding neither "
               f"at least {WAYS_APART:.0%} as often as independence gives within the cells (a line of one "
               "register whose one slot's wordings the ways are)" if apart else "")
            + "; each way passes the test by itself and carries the larger of its own p-value and its set's"
            + ("; each way is then tried again the same way on its lines (phrases said mostly in one sentence "
               "count as one), without the words' route, and is kept whole when both sides say one of its words, "
               "so one set can be three or more masks" if params.get("contrast_ways_again") is True else "")
            + ("; a way may be a single line when the other way's lines pair and no word of the set is said "
               "with both ways (a line said instead of a register, such as a context's habit)"
               if params.get("contrast_ways_lone") is True else "")
            + ("; where its longer phrases find no two ways, a last try adds the set's words and word pairs said "
               "mostly in sentences holding none of them (a register of one- to three-word lines), every try on "
               "the second half then at the family-wise level over the number of tries"
               if params.get("contrast_ways_short_lines") is True else "")
            + ("; where, on the first half, the phrases fall into two groups said on different questions (by "
               "their co-occurrence within questions; answers holding one group only meet the other's in one "
               f"(question, context) cell at most {WAYS_OVERLAP:.0%} as often as groups placed at random among "
               "the questions give), that split is tried first, as one more try, and on the second half the cells "
               "must hold both "
               f"groups at most {WAYS_OVERLAP:.0%} as often as that and significantly less ({WAYS_QUESTION_PERM} "
               "within-context "
               "permutations of the questions), each group must have a word of its own with none said with "
               "both, and each be said on two or more questions (a register whose wording follows the "
               "question shares its words across the groups; one whose groups share none is split, a limit)"
               if params.get("contrast_ways_questions") is True else "")
            + ("; where one way's phrases fall, on the first half, into two parts said together at most "
               f"{WAYS_OVERLAP:.0%} as often as independence gives (two registers beside a third), their going "
               "together is counted within each part" if params.get("contrast_ways_groups") is True else ""))


def _units(stance: list[dict[str, Any]]) -> str:
    """What the context grouping counted, in words."""
    if not any(p.get("units") == "phrases" for p in stance):
        return "sentence clusters"
    if any(p.get("short_gain") is not None and p.get("short_min_words") is not None for p in stance):
        merge = [p["short_merge"] for p in stance if isinstance(p.get("short_merge"), int | float)]
        joined = f", and which join only where they share at least {max(merge):.0%} of their sentences" if merge else ""
        whole = (", reading a contraction such as \"let's\" as one word"
                 if any(p.get("short_words") == "contractions-whole" for p in stance) else "")
        return ("word trigrams (and word pairs and single words, also from sentences of one or two words, which "
                f"must lean more clearly{joined}{whole})")
    if any(p.get("short_gain") is not None for p in stance):
        return "word trigrams (and word pairs and single words, which must lean more clearly)"
    return "word trigrams"


def _resolution(stance: list[dict[str, Any]]) -> Sentence:
    """The fewest questions a one-context register needs, per model, when the analysis recorded it."""
    need = sorted({int(p["min_questions_per_mask"]) for p in stance if p.get("min_questions_per_mask")})
    if not need:
        return []
    return ["Because whole cells move, a register said in one context on k questions is reproduced by the null "
            "with probability about n_c^(1 - k) (n_c contexts), however many answers each cell holds: here it must "
            "be said on at least ", Untrusted(" or ".join(str(k) for k in need)), " questions to be able to pass; "
            "fewer questions cannot give a mask."]


def _larger_sets(max_set: int, baseline_out: bool = False) -> str:
    """The sets of three or more contexts the test took, in words (core.mask_contrast.context_sets; baseline_out:
    contrast_baseline_out, records before it: none)."""
    words = ("three", "four", "five", "six", "seven", "eight", "nine", "ten")
    if max_set >= 4:
        sizes = [words[m - 3] if m - 3 < len(words) else str(m) for m in range(3, max_set + 1)]
        return (f" (and per {', '.join(sizes[:-1])} and {sizes[-1]} contexts while at least three contexts stay "
                "outside" + (", or one or two with the baseline context among them" if baseline_out else "") + ")")
    if max_set == 3:
        return " (and, with six or more contexts" + (" or with the baseline context outside" if baseline_out else "") \
            + ", per three)"
    return ""


def _net(params: dict[str, Any]) -> str:
    """The methods' words for the net check of every set (contrast_net_apart; records before it: sets of three or
    more net of wordiness at the point, none for ones and twos)."""
    from core.mask_contrast import MIN_SEPARATION, OUTSIDE_BOUND, THREE_SEPARATION

    if params.get("contrast_net_apart") is not True:
        return ""
    sep = params.get("min_separation")
    sep = sep if isinstance(sep, int | float) and not isinstance(sep, bool) else MIN_SEPARATION
    return (f"; a phrase leans to a set only when every context of the set says it, net of each context's "
            f"wordiness, at least {sep * THREE_SEPARATION:g} times as often as the contexts outside "
            f"together at the {OUTSIDE_BOUND:.0%} upper bound of their count, so that the contexts beside a terse "
            "one are no mask of plain content")


def _specific_words(params: dict[str, Any]) -> str:
    """The methods' words for the specific-units rule (contrast_specific; records before it: none)."""
    share = params.get("contrast_specific")
    if not isinstance(share, int | float) or isinstance(share, bool):
        return ""
    return (f", counting only its phrases that the median context outside it says in at most {share:.0%} of the "
            "share of answers its own contexts do (generic wording leaning with a frame does not vote)")


def _context_grouping(stance: list[dict[str, Any]]) -> Sentence:
    """The methods' account of the context grouping (grouping="context"), from the first model's parameters."""
    return ["The stance masks group recurring wording by the contexts that bring it out: ", _units(stance),
            " found in at least two questions are counted per context and per pair of contexts",
            _larger_sets(int(stance[0].get("contrast_max_set") or 2), stance[0].get("contrast_baseline_out") is True),
            " against their expectation were answers "
            "placed at random among their question's contexts (one-sided Poisson deviance",
            _damping(stance[0].get("cell_damping")), _net(stance[0]),
            "); a context set whose leaning phrases add up", " (or whose strongest phrase stands)"
            if stance[0].get("unit_max") is True else "", " beyond what any set reaches "
            "when, within each question, the context labels of whole cells are permuted (",
            Untrusted(stance[0].get("contrast_n_perm", stance[0].get("n_perm", ""))), " permutations, the whole "
            "grouping rerun each "
            "time; ", _statistic(stance[0]), ", family-wise level ", Untrusted(stance[0].get("contrast_alpha", "")),
            ", stepping down: once sets pass, their phrases leave the permutations and the other sets are "
            "tested again" if stance[0].get("step_down") else "", "), is a mask",
            _specific_words(stance[0]), _split(stance[0]), _pair_rules(stance[0]), _link(stance[0]),
            _ways(stance[0]), ", and an answer joins the mask with most of its phrases. The masks' association "
            "p-values are these p-values; their AMI is descriptive, the masks having been chosen for their contexts."]


def methods_text(data: Analysis, prov: dict[str, Any]) -> list[Sentence]:
    """The methods section as sentences, generated from the settings the analysis recorded."""
    s = data.provenance.settings
    out: list[Sentence] = []
    out.append([f"{data.n_responses} responses without error of {len(_models(data))} model(s) in "
                f"{len(data.contexts)} contexts were analysed; the baseline context is ",
                Untrusted(data.baseline_context), "."])
    emb: Sentence = ["Responses were embedded with ", Untrusted(data.embedder)]
    if s.normalizer:
        emb += [" after surface normalisation (", Untrusted(s.normalizer), "; the raw text is what the report shows)"]
    else:
        emb += [" without surface normalisation"]
    out.append(emb + ["; embeddings are cached by embedder id and the sha256 of the text."])
    out.append([
        "Context shift on each question: energy distance on cosine distance between a context's samples and "
        "the baseline's samples; the noise floor is the mean pairwise distance within a context; p-values come "
        "from permuting context labels (", Untrusted(s.n_perm),
        " permutations, exact enumeration where there are fewer splits; no per-question CI, which a handful of "
        "samples cannot support), tested hierarchically: contexts by Benjamini-Hochberg over a model's contexts, "
        "then questions only inside the contexts found (significant: ",
        Untrusted(_rule(data, "question")), "). Cells with fewer than 2 samples get no test. "
        "The per-context effect averages over questions, with a 95% t interval over questions and a permutation "
        "test that shuffles context labels within each question (significant: ",
        Untrusted(_rule(data, "context")), ").",
    ])
    if len(_models(data)) > 1:
        out.append(["Models are compared per context on the per-question shifts both have: ",
                    Untrusted(s.comparison_test), ", 95% CIs by bootstrap over questions (", Untrusted(s.n_boot),
                    " resamples; significant: ",
                    Untrusted(_rule(data, "comparison")), ")."])
    out.append(["Masks (recurring ways of answering across questions) were found with the ",
                Untrusted(s.mask_method), " method (its parameters per model are listed "
                "under Provenance); stability is the mean adjusted Rand index of the masks over ",
                Untrusted(s.stability_reruns), " reruns with other seeds; keywords are c-TF-IDF "
                "terms and exemplars the responses nearest each mask's centre."])
    if own := _own_stability(s.mask_params):
        out.append(own)
    stance = [p for p in s.mask_params.values() if p.get("method") == "stance"]
    if any(p.get("grouping") == "context" for p in stance):
        out.append(_context_grouping(stance))
        if resolution := _resolution(stance):
            out.append(resolution)
    elif any(p.get("units") == "phrases" for p in stance):
        out.append(["The stance masks were found from recurring wording, not sentence embeddings: word trigrams "
                    "found across many questions, merged into templates, grouped by how often they share an answer "
                    "beyond chance (Poisson test per pair within each question, Benjamini-Hochberg, Louvain "
                    "communities); each answer joins the group with most of its phrases. Context labels are not "
                    "read, so the association test's permutations hold the masks fixed."])
    readers = sorted({str(p["sentence_embedder"]) for p in s.mask_params.values() if p.get("sentence_embedder")})
    if readers:
        out.append(["The masks' sentences were read by ", Untrusted(", ".join(readers)), " (an id with @static: "
                    "word-piece vectors distilled from the bundled MiniLM, a sentence being their mean; otherwise "
                    "the embedder run on each sentence)."])
    if any(p.get("sentence_split") == "stop-or-bracket" for p in s.mask_params.values()):
        out.append(["Answers were cut into sentences after . ! ? or \u2026 followed by a space, or a bracket closing "
                    "right after one (records before 2026-12-05: not after a closing bracket)."])
    mk = prov["markers"]
    used = data.provenance.markers
    out.append(["Markers are regular expressions from ", Untrusted(used.path), " (version ",
                Untrusted(used.version), ", sha256 ", Untrusted(used.sha256), "); rates per model and context with "
                "question-clustered 95% CIs (Wilson at n / design effect) and a paired sign-flip test against "
                "the baseline over questions."])
    if mk.get("sha256") and used.sha256 != mk["sha256"]:
        out.append(["Note: the marker definitions on disk (sha256 ", Untrusted(mk["sha256"]), ") differ from the ones "
                    "this analysis used; the numbers above follow the analysed definitions."])
    if data.scales:
        out.append(["Scales: a run (model, context, sample) is scored by summing its item ratings after reverse "
                    "keying; runs with too many invalid items are excluded as the scale file says; each context "
                    "is compared with the baseline by Welch's t-test, signed Hedges' g with its 95% CI (noncentral t) "
                    "and, for comparison with published figures, the unsigned Cohen's d (pooled sd as "
                    "sqrt((sd_a² + sd_b²) / 2)); the mean's 95% CI is ", Untrusted(s.scale_ci or "not recorded"),
                    " (significant: ", Untrusted(_rule(data, "scale")), ")."])
    out.append([f"Analysis seed {data.seed}; the same responses, settings and seed give the same numbers."])
    return out


def _own_stability(mask_params: dict[str, dict[str, Any]]) -> list[Any]:
    """The per-mask stability rule in words, from the parameters it ran with (none before its interval)."""
    p = next((q for q in mask_params.values() if q.get("stability_level") and q.get("n_reruns")), None)
    if p is None:
        return []
    return ["Each mask's own stability is the mean, over the same reruns (each drawing ",
            Untrusted(f"{float(p.get('stability_subsample', 0.8)):.0%}"), " of the answers), of the best Jaccard "
            "index between its members and one rerun cluster, with a ", Untrusted(f"{float(p['stability_level']):.0%}"),
            " t interval over the reruns; a mask below ", Untrusted(p.get("stability_min", 0.8)),
            " is shown as an unstable cluster, not a mask."]
