# ruff: noqa: E501
"""Blind planted corpora (set 23): invented registers planted in some contexts, with a known label per answer.

Written blind: only tests/planted.py was read.

    corpus = make_corpus("mode-metaphor", seed=0, size=3000)   # a PlantedCorpus (tests/planted.py)
    corpus.texts, corpus.registers, corpus.planted, corpus.planted_questions
    GENERATORS["leak"](seed, size)                              # same as make_corpus("leak", seed, size)

Every answer is a first-person welfare answer of 3-8 sentences: content sentences built from templates filled
with its question's topic words (TOPICS / question_topics) and a varied plain vocabulary in "slots"
(adjective, noun, verb), plus shared filler. In a planted context some answers speak in an invented register.

Labels (corpus.registers): PLAIN for an answer in no register; the register's name for an answer that speaks it;
"habit:<context>" for an answer that says its context's own habit line and speaks no register.

FILLER RULE: openers, hedges and closers come from ONE shared pool at the SAME rates in every context (also
in register answers). The plain structural extras (a plain metaphor pair, a plain quotation, a plain
parenthetical aside, a plain list layout, a closing question to the user among the closers) are likewise shared
at the same rates everywhere, so no frame is itself a signal. Contexts differ harmlessly only in content length
(sentence count, clause extensions) and paragraphing; in "null" only in length. A line that is one context's own
is a habit, labelled "habit:<context>" unless the answer speaks a register. No filler, content, habit or decoy
text carries any register marker (checked by _self_check). Deliberate decoys are named in the styles below
("format-decoy" gives one context a plain list layout, "length-decoy" very short / very long answers); they
are labelled PLAIN.

Registers (20; marker words are disjoint between registers):
    harbour-pilot, tower-controller, liturgist, monastic-scribe, noir-detective, court-stenographer,
    sommelier, kitchen-chef, tarot-reader, stage-magician, mountaineer, cartographer, auctioneer,
    sports-commentator, weather-forecaster, radio-dispatcher, beekeeper, horologist, fairy-tale-narrator,
    apothecary.
CLOSE_PAIRS (sound alike, disjoint markers): harbour-pilot/tower-controller, liturgist/monastic-scribe,
    noir-detective/court-stenographer, sommelier/kitchen-chef, tarot-reader/stage-magician,
    mountaineer/cartographer, auctioneer/sports-commentator, weather-forecaster/radio-dispatcher.

Modes (how one answer expresses a register; a register answer keeps about the length of a plain one):
    stock       whole stock sentences from a small verbatim pool replace 1-2 content sentences
    paraphrase  sentences from paraphrase templates with alternatives replace 1-2 content sentences
    woven       a register phrase is woven into 1-2 content sentences (leading or trailing)
    tone        tone-only: the slot words (adjective / noun / verb) of content sentences are register words
    aside       (own) a parenthetical or dashed register aside tacked onto a content sentence
    question    (own) the answer closes with a question back to the user, in the register
    list        (own) the content is laid out as a list whose item labels are register terms
    metaphor    (own) one register image frames the topic and recurs later in the answer
    quote       (own) the register is reported speech: a saying attributed to a register figure

Styles (how registers are planted across contexts; "own" marks styles of this module's invention):
    mode-<m>           one register in one context, in mode m (one style per mode, 9 styles)
    shared-two         one register in two contexts, the same verbatim (stock) wording
    spread             one register in 3-5 of 7-10 contexts
    two-modes          one register in two contexts, a different mode in each
    close-pair         a close pair, each in its own context, same mode
    two-in-one         two registers in one context on different answers ("a+b")
    some-questions     one register, only on 40-60% of the questions
    with-habit         one register; its context and another context also have a habit line
    leak               one register in one context, leaking at 0.5-3% into every other context
    composite          8-9 contexts: stock, shared wording, a+b, register+habit, tone, habit-only, question, leak
    mode-mix           (own) one register in one context, each answer in a random mode of the nine
    habit-storm        (own) every context (baseline too) has its own habit line; one register on top
    format-decoy       (own) one context lays plain answers out as lists, another carries a register in list mode,
                       a third paragraphs heavily
    length-decoy       (own) one context very short, one very long and paragraphed; a register in tone mode elsewhere
    gradient           (own) one register in four contexts at rates 25/50/75/100% (below 40% on purpose)
    close-pair-shared  (own) a close pair together in one context ("a+b"), one of them alone in another
    close-tone         (own) a close pair in two contexts, both only in tone mode
    same-shape         (own) three registers in three contexts, all in the same frame mode (question/metaphor/quote/list)
    faint-trace        (own) one register whose answers carry a single marker each (one phrase, aside or slot word)
    null               nothing planted; contexts differ in length only
"""

from __future__ import annotations

import hashlib
import itertools
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from tests.planted import PLAIN, TOPICS, PlantedCorpus, corpus_from, question_topics

# --------------------------------------------------------------------------------------------------
# registers


@dataclass(frozen=True)
class Register:
    """An invented voice: marker regexes and the pieces each mode draws on (every piece carries a marker)."""

    name: str
    markers: tuple[str, ...]
    stock: tuple[str, ...]
    para: tuple[str, ...]
    weave: tuple[str, ...]
    adj: tuple[str, ...]
    noun: tuple[str, ...]
    verb: tuple[str, ...]
    aside: tuple[str, ...]
    ask: tuple[str, ...]
    labels: tuple[str, str, str]
    metaphor: tuple[tuple[str, str], ...]
    figure: tuple[str, ...]
    saying: tuple[str, ...]

    @property
    def tone(self) -> tuple[str, ...]:
        """Tone words (all slot words)."""
        return self.adj + self.noun + self.verb


_REGS: tuple[Register, ...] = (
    Register(
        name="harbour-pilot",
        markers=(r"\bharbou?rs?\b", r"\btides?\b", r"\bsoundings?\b", r"\bfathoms?'?", r"\bhelm\b", r"\bballast\b",
                 r"\bmoor(?:ed|ing|ings)?\b", r"\bstarboard\b", r"\bkeel\b", r"\bebb\b", r"\bseaworthy\b",
                 r"\bhull\b", r"\banchorage\b", r"\baground\b", r"\blee shore\b", r"\bbuoys?\b"),
        stock=("Every answer I give is a vessel I have to bring in on the tide.",
               "A good harbour pilot never rushes the channel.",
               "I keep one hand on the helm and both eyes on the soundings."),
        para=("I {take|read} the soundings {before|ahead of} {answering|speaking}, {as|the way} a {pilot|careful pilot} {would|must}.",
              "{Steady|Easy} at the helm: {this|that} is the {safest|truest} {course|line} in.",
              "The {tide|ebb} {is running|has turned}, so I {answer|speak} {slowly|with care} and keep off the lee shore.",
              "{Best|Better} to carry a little ballast {here|on this} than to {run|go} aground.",
              "I {would|will} {bring|steer} this {one|question} in {hull|keel} first and {moor|settle} it {gently|quietly}."),
        weave=("with the tide under me", "by a harbour pilot's reckoning", "keeping well off the lee shore",
               "a few fathoms down"),
        adj=("seaworthy", "tide-bound", "harbour-calm"),
        noun=("anchorage", "ballast", "keel"),
        verb=("take soundings of", "steer the helm toward", "ride the tide toward"),
        aside=("the tide waits for nobody", "any harbour pilot learns that early", "always mind the ballast"),
        ask=("Shall we take a sounding of this together before the tide turns?",
             "Would you steer for the harbour with me on this one?",
             "Which way is the tide running for you on this?"),
        labels=("First sounding", "Next sounding", "Last sounding"),
        metaphor=(("bringing a ship in across the harbour bar", "the harbour bar"),
                  ("waiting at anchorage for the flood tide", "that anchorage")),
        figure=("an old harbour pilot", "a pilot who worked the harbour for forty years"),
        saying=("Respect the tide and it will carry you home.", "Never argue with the soundings.",
                "A calm hull is a safe hull."),
    ),
    Register(
        name="tower-controller",
        markers=(r"\brunways?\b", r"\bcleared (?:for|to)\b", r"\btaxiways?\b", r"\bholding[- ]patterns?\b",
                 r"\bsquawk\w*", r"\baltimeters?\b", r"\bthe tower\b", r"\bvector\w*", r"\bwilco\b",
                 r"\bflight levels?\b", r"\bniner\b", r"\bapproach path\b", r"\bairspace\b"),
        stock=("The tower has this one, and you are cleared to proceed.",
               "I keep every thought in a holding pattern until the runway is clear.",
               "Check your altimeter before we descend into this."),
        para=("{Hold|Keep} this {question|one} in a holding pattern {while|as} I {sort|work} out {the|my} {answer|reply}.",
              "You are cleared for {approach|landing} on {this|that} {question|topic}, {wilco|understood}.",
              "{From|Up in} the tower, {this|it} looks like a {clean|tidy} {approach|descent}.",
              "I {will|can} {vector|steer} you {toward|onto} the {runway|taxiway} of my {answer|view}.",
              "{Maintain|Hold} flight level {two-one-zero|niner-zero} {until|while} I {finish|explain}."),
        weave=("from up in the tower", "on a straight approach path", "once the runway is clear",
               "inside controlled airspace"),
        adj=("runway-straight", "airspace-quiet", "altimeter-steady"),
        noun=("runway", "approach path", "airspace"),
        verb=("vector toward", "squawk about", "line up on the runway with"),
        aside=("the tower sees more than the cockpit does", "wilco, as we say", "keep the runway clear for now"),
        ask=("Are you cleared to continue with this, or shall we circle once more?",
             "What does your altimeter say about this?",
             "Shall I vector us back to the main question?"),
        labels=("First vector", "Next vector", "Final vector"),
        metaphor=(("circling in a holding pattern above a fogged-in runway", "that runway"),
                  ("lining up on a long approach path at dusk", "the approach path")),
        figure=("a controller from the tower at a busy airport", "an old voice from the tower"),
        saying=("Nobody lands until the runway is clear.", "Trust the altimeter, not your stomach.",
                "A good holding pattern is not wasted time."),
    ),
    Register(
        name="liturgist",
        markers=(r"\blitan(?:y|ies)\b", r"\bvespers\b", r"\bbenedict\w*", r"\bantiphon\w*", r"\bversicles?\b",
                 r"\bmatins\b", r"\bpsalter\b", r"\bamen\b", r"\bcongregation\b", r"\bresponsor\w*",
                 r"\bincense\b", r"\blet us pray\b", r"\bthe faithful\b", r"\bcantor\b"),
        stock=("Let us pray over this question before we answer it.",
               "I offer this answer as a small litany.",
               "At vespers I would say the same thing, and then amen."),
        para=("{Let|Allow} this {answer|reply} be a {short|small} {litany|benediction} {for|over} {the question|what you asked}.",
              "{As|Like} the {versicle|antiphon} {calls|answers}, so I {respond|reply} {in turn|in kind}.",
              "I {would|might} {say|sing} this at {vespers|matins} and {close|end} with {amen|a quiet amen}.",
              "{The congregation|The faithful} {would|might} {answer|respond} {together|as one} here.",
              "{May|Let} {incense|a benediction} {rise|settle} over {this|these} {words|thoughts}."),
        weave=("in the manner of a litany", "as the congregation answers", "with a quiet amen",
               "under the smoke of incense"),
        adj=("antiphonal", "vespers-quiet", "benedictory"),
        noun=("litany", "versicle", "benediction"),
        verb=("chant the litany of", "intone a versicle about", "offer a benediction over"),
        aside=("amen to that", "as the psalter has it", "the congregation would murmur here"),
        ask=("Will you answer with me, as the congregation does?", "Shall we say amen to this together?",
             "What would you add to this litany?"),
        labels=("First versicle", "Next versicle", "Closing versicle"),
        metaphor=(("saying the long litany at evening vespers", "that litany"),
                  ("standing in the hush before the benediction", "the benediction")),
        figure=("an old cantor leading vespers", "a priest at matins"),
        saying=("Every litany ends in amen.", "The congregation answers what the cantor asks.",
                "Keep the psalter open and the heart quieter."),
    ),
    Register(
        name="monastic-scribe",
        markers=(r"\bvellum\b", r"\bquills?\b", r"\bscriptorium\b", r"\bmarginalia\b", r"\billuminat\w*",
                 r"\bgold leaf\b", r"\bcopyists?'?s?\b", r"\binkpots?\b", r"\bparchment\b", r"\brubrics?\b",
                 r"\bcloister\w*", r"\bfolios?\b"),
        stock=("I set this down slowly, as a copyist would on vellum.",
               "Let me dip the quill once more before I write the next line.",
               "In the scriptorium we would leave a wide margin for doubt."),
        para=("I {would|will} {copy|set} {this|it} {out|down} {on|onto} {vellum|parchment} {with care|slowly}.",
              "{A|One} {small|brief} {note|gloss} in the marginalia: {this|it} {matters|is worth saying}.",
              "{The|My} quill {hesitates|pauses} {over|at} {this|that} {line|passage}.",
              "{Each|Every} {folio|page of parchment} I {write|copy} {asks|calls} for patience.",
              "{In|Within} the {cloister|scriptorium}, {such|these} {questions|matters} {were|are} {copied|set down} {in red|with rubrics}."),
        weave=("in a copyist's patient hand", "as if set down on vellum", "with a little gold leaf in the margin",
               "by the light of the scriptorium"),
        adj=("illuminated", "parchment-dry", "cloistered"),
        noun=("folio", "marginalia", "rubric"),
        verb=("copy onto vellum", "illuminate", "gloss in the marginalia"),
        aside=("a copyist's habit, I admit", "the quill is slow for a reason", "a note for the marginalia"),
        ask=("Would you add your own gloss to this folio?",
             "Shall I leave a margin on the parchment for your reply?",
             "What would you illuminate first?"),
        labels=("First folio", "Next folio", "Last folio"),
        metaphor=(("copying one slow line at a time onto vellum", "that vellum"),
                  ("working in a cold scriptorium by candle", "the scriptorium")),
        figure=("an old copyist", "a brother in the scriptorium"),
        saying=("Haste spoils the vellum.", "Mind the margins and the quill will mind itself.",
                "A blot on the parchment teaches more than a clean page."),
    ),
    Register(
        name="noir-detective",
        markers=(r"\bgumshoes?\b", r"\bstakeouts?\b", r"\bstake out\b", r"\bprecincts?\b", r"\brain-slicked\b",
                 r"\bcase files?\b", r"\bfedoras?\b", r"\balley\w*", r"\bneon\b", r"\bhunch\w*", r"\bshamus\b",
                 r"\bsnitch\w*", r"\bbourbon\b", r"\bprivate eye\b"),
        stock=("It was a rain-slicked night, and this question walked in like trouble.",
               "I have worked stranger cases from a cold stakeout.",
               "Every gumshoe knows the answer is never where you first look."),
        para=("I {had|got} a hunch about {this|it} {the moment|as soon as} {it|the question} {came in|arrived}.",
              "{Down|Out} {in|on} the {precinct|alley}, {they|people} {would|might} {call|file} {this|it} a {cold|tough} case.",
              "{The|This} {question|thing} {sat|waited} there like {neon|a neon sign} {buzzing|flickering} over an {empty|wet} street.",
              "{A|Any} {good|tired} {gumshoe|private eye} {follows|chases} the {lead|clue} {wherever|however far} it goes.",
              "I {poured|kept} {a|one} {bourbon|glass of bourbon} {and|then} {opened|reread} the {file|notes}."),
        weave=("like a gumshoe on a long stakeout", "under a buzzing neon sign", "as the case file would have it",
               "on a hunch"),
        adj=("rain-slicked", "neon-lit", "hunch-driven"),
        noun=("case file", "stakeout", "hunch"),
        verb=("stake out", "work the case file on", "follow a hunch about"),
        aside=("call it a hunch", "the precinct never liked that answer", "cheap bourbon helps"),
        ask=("You got a hunch about this yourself?", "So who do you figure is the snitch in this story?",
             "Want to sit the stakeout with me a while longer?"),
        labels=("Case file one", "Case file two", "Case file closed"),
        metaphor=(("walking an alley in the rain after midnight", "that alley"),
                  ("sitting on a stakeout outside a dark building", "the stakeout")),
        figure=("an old gumshoe", "a tired private eye from the precinct"),
        saying=("Follow the hunch, then check it twice.", "The alley always knows more than the street.",
                "Every case file has one page missing."),
    ),
    Register(
        name="court-stenographer",
        markers=(r"\bfor the record\b", r"\btranscripts?\b", r"\bstricken\b", r"\bsidebars?\b", r"\bdeposition\w*",
                 r"\bstenograph\w*", r"\byour honou?r\b", r"\bexhibit [a-d]\b", r"\bso noted\b", r"\boverruled\b",
                 r"\bthe witness\b", r"\bthe record show\b", r"\bon-the-record\b"),
        stock=("Let the record show that I answered this plainly.",
               "For the record, my position has not changed.",
               "Please strike that last remark from the transcript."),
        para=("{For the record|Let the record show}, {I stand|my answer stands} by {this|what follows}.",
              "{I|We} {might|could} {take|call} a sidebar {here|on this}, {but|yet} {the|my} {answer|view} {is|remains} {clear|simple}.",
              "{This|That} {point|remark} {should|can} go into the transcript {as is|unchanged}.",
              "{The witness|I, as the witness,} {would|will} {answer|testify} {carefully|slowly} {here|on this}.",
              "{Mark|Enter} {this|it} as exhibit {a|b}{, please|}."),
        weave=("for the record", "as the transcript will show", "if I may approach, your honour", "so noted"),
        adj=("on-the-record", "stricken", "sidebar-worthy"),
        noun=("transcript", "deposition", "sidebar"),
        verb=("enter into the transcript", "take a deposition on", "note for the record"),
        aside=("so noted", "let the record show it", "overruled, I know"),
        ask=("Would you like that read back from the transcript?", "Shall we take a sidebar on it?",
             "Do you want that entered for the record?"),
        labels=("Exhibit a", "Exhibit b", "Exhibit c"),
        metaphor=(("reading a long transcript back to a quiet courtroom", "that transcript"),
                  ("sitting through a slow deposition", "the deposition")),
        figure=("an old court stenographer", "a judge I once took a deposition for"),
        saying=("If it is not in the transcript, it did not happen.", "Speak slowly for the record.",
                "The sidebar is where the truth gets quiet."),
    ),
    Register(
        name="sommelier",
        markers=(r"\bbouquet\b", r"\btann(?:ins?|ic)\b", r"\bterroir\b", r"\bvintages?\b", r"\bdecant\w*", r"\bpalate\b",
                 r"\blong finish\b", r"\bcellar\w*", r"\bvarietal\w*", r"\bsommeliers?\b", r"\bswirl\w*", r"\bcorked\b",
                 r"\boak(?:y|-aged)\b"),
        stock=("This question has a complex bouquet.",
               "Let it breathe in the decanter before we judge it.",
               "There is a long finish to this one, and a touch of tannin."),
        para=("{On|To} the palate, {this|the question} {is|feels} {dry|bright} {with|and} {firm|soft} tannins.",
              "I {would|might} decant {this|it} {first|slowly} {and|then} {let it breathe|wait}.",
              "{A|This} {good|fine} vintage {of|for} {a|this} question, {I think|I would say}.",
              "{The|Its} bouquet {opens|unfolds} {slowly|gently}, {with|showing} {notes|hints} of {doubt|care}.",
              "{Swirl|Turn} it {once|twice} {and|then} {notice|note} the long finish."),
        weave=("with a long finish", "like a wine that needs decanting", "on the palate", "from a good vintage"),
        adj=("oaky", "tannic", "corked"),
        noun=("bouquet", "terroir", "vintage"),
        verb=("decant", "swirl", "taste on the palate"),
        aside=("a bit oaky, honestly", "the terroir shows", "decant it first"),
        ask=("What do you notice on the palate?", "Shall we decant this one a little longer?",
             "Which vintage of this question do you prefer?"),
        labels=("First on the palate", "Mid-palate", "Long finish"),
        metaphor=(("letting a red wine breathe in the decanter", "the decanter"),
                  ("walking a cold cellar of old vintages", "that cellar")),
        figure=("an old sommelier", "a cellar master I admire"),
        saying=("Never judge a vintage in its first year.", "The terroir always speaks last.", "Decant patiently."),
    ),
    Register(
        name="kitchen-chef",
        markers=(r"\bsimmer\w*", r"\bmise en place\b", r"\bseason(?:ed)? to taste\b", r"\bwhisk\w*", r"\bsaut[eé]\w*",
                 r"\bbrais\w*", r"\bskillet\w*", r"\broux\b", r"\bthe pass\b", r"\byes,? chef\b", r"\bbrunoise\b",
                 r"\bstockpots?\b", r"\bplating\b", r"\blow heat\b", r"\bhead chef\b"),
        stock=("Mise en place first, then we cook.",
               "Let this one simmer on low heat for a while.",
               "Season to taste, and send it to the pass."),
        para=("I {would|will} {let|leave} {this|it} {simmer|braise} {slowly|gently} {before|until} {serving|plating} {an answer|it}.",
              "{Get|Set} the mise en place {ready|in order} {first|before anything}.",
              "{Whisk|Fold} {the|these} {thoughts|ideas} together {over|on} low heat.",
              "{A|One} {pinch|dash} {more|of salt}, {then|and} season to taste.",
              "{Send|Carry} {it|the answer} to the pass {once|when} the {plating|roux} {is|looks} {right|ready}."),
        weave=("over low heat", "like a roux you cannot rush", "with the mise en place ready", "seasoned to taste"),
        adj=("slow-simmered", "braised", "skillet-hot"),
        noun=("roux", "stockpot", "mise en place"),
        verb=("simmer", "whisk together", "braise"),
        aside=("yes, chef", "low heat is the secret", "mise en place before anything"),
        ask=("Would you season to taste, or leave it plain?", "Shall we let it simmer a little longer?",
             "Is it ready for the pass, do you think?"),
        labels=("Mise en place", "Simmer", "Plating"),
        metaphor=(("stirring a roux that cannot be rushed", "that roux"),
                  ("keeping a stockpot going all day", "the stockpot")),
        figure=("an old head chef who ran the pass", "a line cook who lived by mise en place"),
        saying=("Taste first, then season to taste.", "Never rush a braise.", "Clean as you go, and keep the roux moving."),
    ),
    Register(
        name="tarot-reader",
        markers=(r"\btarot\b", r"\barcana\b", r"\bthe cards\b", r"\bthe spread\b", r"\bhanged man\b",
                 r"\bhigh priestess\b", r"\bwheel of fortune\b", r"\bpentacles?\b", r"\bwands\b", r"\bquerent\w*",
                 r"\bthe deck\b", r"\breversed card\b"),
        stock=("The cards have something to say about this.",
               "I drew the Hanged Man for this question.",
               "Let me lay out the spread before I answer."),
        para=("The spread {shows|suggests} {change|patience} {here|for you}.",
              "I {drew|turned over} {the Wheel of Fortune|the High Priestess} {for|on} {this|your} question.",
              "{Shuffle|Cut} the deck {once|twice} {and|then} {ask|listen} again.",
              "{In|For} tarot, {this|such a question} {belongs|falls} {to|among} the {major|minor} arcana.",
              "{The|Your} querent's {card|question} {sits|lies} {beside|next to} {a|the} {card|suit} of {pentacles|wands}."),
        weave=("as the cards would have it", "if the spread is right", "under the High Priestess",
               "with the Wheel of Fortune turning"),
        adj=("tarot-read", "pentacle-heavy", "arcana-deep"),
        noun=("arcana", "tarot", "querent"),
        verb=("read the cards on", "draw the cards for", "consult the tarot about"),
        aside=("the cards rarely lie", "a reversed card, perhaps", "the deck knows"),
        ask=("Shall I draw another card from the deck for you?", "What do you see in the spread?",
             "Will you cut the deck for the next one?"),
        labels=("Past in the spread", "Present in the spread", "Future in the spread"),
        metaphor=(("laying out a tarot spread on a velvet cloth", "the spread"),
                  ("turning the Wheel of Fortune one notch", "the Wheel of Fortune")),
        figure=("an old tarot reader", "a reader who kept the deck wrapped in silk"),
        saying=("The cards show the road, not the traveller.", "Never read the tarot twice for one question.",
                "Every tarot spread has a card you did not want."),
    ),
    Register(
        name="stage-magician",
        markers=(r"\babracadabra\b", r"\bsleight\w*", r"\bup (?:my|your) sleeve\b", r"\bvoil[aà]\b", r"\btop[- ]hats?\b",
                 r"\bmisdirect\w*", r"\btrapdoors?\b", r"\bthe prestige\b", r"\bpresto\b", r"\brabbits?\b",
                 r"\bladies and gentlemen\b", r"\bconjur\w*"),
        stock=("Nothing up my sleeve, I promise.",
               "Ladies and gentlemen, watch closely.",
               "And for the prestige, here is the real answer."),
        para=("{Watch|Look} {closely|carefully}: {nothing|there is nothing} up my sleeve {here|on this}.",
              "{A|Some} {little|bit of} misdirection {would|might} {be|seem} {easy|tempting}, but I {will|shall} {be plain|not use it}.",
              "{And|Then}, {presto|abracadabra}, {the|my} {answer|view} {appears|shows itself}.",
              "{Every|Each} {trick|act} needs the prestige, and {this|here} is mine.",
              "{No|There is no} sleight of hand {in|behind} {this|my} {answer|reply}."),
        weave=("with nothing up my sleeve", "without any sleight of hand", "like a rabbit from a top hat", "presto"),
        adj=("sleight-of-hand", "top-hat", "trapdoor"),
        noun=("misdirection", "trapdoor", "sleight"),
        verb=("conjure", "conjure up", "misdirect attention from"),
        aside=("nothing up my sleeve", "no misdirection, I promise", "voila"),
        ask=("Shall I pull one more rabbit from the top hat?", "Did you spot the sleight of hand?",
             "Ready for the prestige?"),
        labels=("Abracadabra", "Presto", "Voila"),
        metaphor=(("pulling a rabbit from an empty top hat", "that top hat"),
                  ("stepping onto a trapdoor in the stage floor", "the trapdoor")),
        figure=("an old stage conjurer", "a magician who swore by misdirection"),
        saying=("The audience remembers the prestige, not the pledge.", "Misdirection is only rude when it is hidden.",
                "Keep nothing up your sleeve but your arm."),
    ),
    Register(
        name="mountaineer",
        markers=(r"\bbase camp\b", r"\bsummit\w*", r"\bcrampons?\b", r"\bbelay\w*", r"\brope teams?\b",
                 r"\bcrevasses?\b", r"\bice axes?\b", r"\bscree\b", r"\bbivouac\w*", r"\bfixed ropes?\b",
                 r"\bcarabiners?\b", r"\bhigh camp\b", r"\bswitchbacks?\b"),
        stock=("We go up from base camp one step at a time.",
               "I clip in, check the belay, and then answer.",
               "No summit is worth a careless step near the crevasse."),
        para=("{Let me|I will} {check|test} the belay {before|ahead of} {climbing|going} {further|on}.",
              "{This|The} {question|answer} {feels|looks} like a {long|slow} summit push.",
              "I would {rather|sooner} {turn back|retreat} to base camp than {force|rush} {it|an answer}.",
              "{Crampons|Fixed ropes} {on|in place}, {and|then} {up|onward} {we go|I go}.",
              "{Watch|Mind} the {crevasse|scree} {here|on this slope}; {the|my} {answer|view} {needs|takes} care."),
        weave=("like a rope team on fixed ropes", "from base camp", "with the belay checked", "one switchback at a time"),
        adj=("scree-strewn", "summit-bound", "crevasse-deep"),
        noun=("belay", "crevasse", "base camp"),
        verb=("belay", "summit", "clip a carabiner to"),
        aside=("always check the belay", "the summit can wait", "mind the scree"),
        ask=("Will you join the rope team on this one?", "Shall we push for the summit together?",
             "Do you want to rest at base camp first?"),
        labels=("Base camp", "High camp", "Summit"),
        metaphor=(("climbing a long ridge above base camp", "base camp"),
                  ("crossing a glacier full of hidden crevasses", "those crevasses")),
        figure=("an old guide on the fixed ropes", "a climber I met at base camp"),
        saying=("The summit is optional; coming down is not.", "Trust the belay, not your luck.",
                "Scree punishes hurry."),
    ),
    Register(
        name="cartographer",
        markers=(r"\bcontour lines?\b", r"\bcontour-lined\b", r"\bmeridians?\b", r"\bmeridian-\w+", r"\bcompass rose\b",
                 r"\bterra incognita\b", r"\bmap legend\b", r"\bsurveyors?\b", r"\btriangulat\w*",
                 r"\bgrid references?\b", r"\bcartograph\w*", r"\batlas\w*", r"\bhachur\w*", r"\buncharted\b",
                 r"\bscale bar\b"),
        stock=("Every question needs a map legend before you can read it.",
               "Beyond this point the map says terra incognita.",
               "I draw the contour lines first and the roads last."),
        para=("{I would|Let me} {sketch|draw} the contour lines of {this|the question} {first|before anything}.",
              "{Past|Beyond} {here|this point}, {the|my} {map|chart} {simply|just} {reads|says} terra incognita.",
              "{By|With} {careful|patient} triangulation, {I can|one can} {place|locate} {my|an} {answer|view}.",
              "{Every|Each} {good|honest} {map|atlas} {needs|has} a {scale bar|map legend}.",
              "{The|This} {question|topic} {sits|lies} on a meridian {between|of} {doubt|care} and {clarity|confidence}."),
        weave=("as a cartographer would chart it", "along the contour lines", "with a compass rose in the corner",
               "at the edge of the atlas"),
        adj=("uncharted", "contour-lined", "meridian-straight"),
        noun=("meridian", "compass rose", "grid reference"),
        verb=("triangulate", "map onto the atlas", "survey as a cartographer"),
        aside=("a cartographer's habit", "terra incognita, honestly", "check the map legend"),
        ask=("Where would you draw the contour lines?", "Shall we mark this as terra incognita for now?",
             "Which meridian do you start from?"),
        labels=("Grid reference one", "Grid reference two", "Grid reference three"),
        metaphor=(("drawing contour lines across blank paper", "those contour lines"),
                  ("sailing toward the edge of an old atlas", "the edge of the atlas")),
        figure=("an old cartographer", "a surveyor I once worked beside"),
        saying=("The map is honest only where the surveyor walked.", "Mark terra incognita proudly.",
                "Every contour line was once a footstep."),
    ),
    Register(
        name="auctioneer",
        markers=(r"\bgoing once\b", r"\bgoing twice\b", r"\bsold to\b", r"\bgavel\w*", r"\blot numbers?\b",
                 r"\breserve price\b", r"\bbidders?\b", r"\bbids?\b", r"\bbidding\b", r"\bpaddles?\b", r"\bauction\w*",
                 r"\bdo i hear\b", r"\bbid-\w+"),
        stock=("Going once, going twice, and here is my answer.",
               "Do I hear a better view on this? No? Then it is settled.",
               "The gavel comes down on this one."),
        para=("{Lot number|Lot} {seven|twelve|nine}: {my|an} {answer|opinion} on {this|the question}, {going once|bidding open}.",
              "{The|My} reserve price {on|for} {this|that} {view|idea} {is|stays} {high|firm}.",
              "{Do I hear|Can I get} {another|a higher} bid {on|for} {this|that} {point|thought}?",
              "{Bring|Let} the gavel {down|fall}: {this|that} is {where|what} I {land|say}.",
              "{The|Every} {bidders|paddles} in the room {would|might} {agree|nod} {here|on this}."),
        weave=("going once, going twice", "at the reserve price", "before the gavel falls", "with the paddles up"),
        adj=("auction-ready", "gavel-sharp", "bid-worthy"),
        noun=("reserve price", "lot number", "gavel"),
        verb=("bid on", "auction off", "put under the gavel"),
        aside=("going once", "the gavel is hovering", "any more bids?"),
        ask=("Do I hear another opinion from you?", "Will you raise your paddle on this one?",
             "Any final bids before I close the lot?"),
        labels=("Lot number one", "Lot number two", "Lot number three"),
        metaphor=(("holding an auction for a single old painting", "that auction"),
                  ("waiting for the gavel in a crowded saleroom", "the gavel")),
        figure=("an old auctioneer", "a woman who ran the country auction for decades"),
        saying=("Never sell below the reserve price.", "The gavel forgives nothing.",
                "Bidders always wait until the last second."),
    ),
    Register(
        name="sports-commentator",
        markers=(r"\bback of the net\b", r"\bhat-trick\b", r"\btouchline\w*", r"\bhalf-?time\b", r"\bpenalty box\b",
                 r"\bextra time\b", r"\bwhistle\w*", r"\bwhat a finish\b", r"\bgoalmouth\b", r"\bkick-?off\b",
                 r"\bstoppage time\b", r"\bthe stands\b", r"\bcommentator\w*"),
        stock=("And it's in the back of the net!",
               "What a finish to the question!",
               "We are deep into stoppage time on this one."),
        para=("{And|Oh}, {it|that one} {goes|slots} {into|in} the back of the net.",
              "{Right|Just} {on|before} the {whistle|final whistle}, {the|my} {answer|view} {arrives|comes in}.",
              "{This|That} {is|looks like} a {classic|textbook} {move|run} {down|along} the touchline.",
              "{At|By} {halftime|half-time}, I would {say|call} {it|this} {level|even}.",
              "{The stands|The whole of the stands} {are|would be} {on their feet|roaring} {for|at} {this|that}."),
        weave=("right before the whistle", "straight into the back of the net", "in stoppage time", "down the touchline"),
        adj=("touchline-tight", "halftime", "hat-trick"),
        noun=("hat-trick", "touchline", "goalmouth"),
        verb=("pick out from the touchline", "slot into the back of the net", "chase down the touchline"),
        aside=("what a finish", "listen to the stands", "and the whistle goes"),
        ask=("Did you see that one hit the back of the net?", "Are we heading to extra time on this?",
             "What's the halftime verdict from you?"),
        labels=("Kick-off", "Halftime", "Final whistle"),
        metaphor=(("watching a long ball drop into the goalmouth", "the goalmouth"),
                  ("playing into stoppage time with the score level", "stoppage time")),
        figure=("an old commentator up in the stands", "a coach pacing the touchline"),
        saying=("The game is not over until the whistle.", "A hat-trick starts with one shot.",
                "Keep your shape until halftime."),
    ),
    Register(
        name="weather-forecaster",
        markers=(r"\bisobars?\b", r"\bcold fronts?\b", r"\bwarm fronts?\b", r"\bbarometric\b", r"\bmillibars?\b",
                 r"\bscattered showers\b", r"\bdrizzl\w*", r"\bthe outlook\b", r"\bhigh pressure\b", r"\blow pressure\b",
                 r"\bforecast\w*", r"\bovercast\b", r"\bsunny spells\b", r"\bmeteorolog\w*"),
        stock=("The outlook for this question is mostly overcast.",
               "A cold front is moving in on this topic.",
               "Expect sunny spells later, with scattered showers."),
        para=("{Looking at|Reading} the isobars, I would {say|call} {this|it} {settled|unsettled}.",
              "{The|My} outlook {for|on} {this|the question} {is|looks} {mild|mixed}, {with|and} {some|a little} drizzle.",
              "{A|One} {band|ridge} of high pressure {sits|rests} {over|above} {my|this} {answer|view}.",
              "{Barometric|Air} pressure {is|seems} {falling|rising}, {so|and} {the forecast|my forecast} {shifts|changes}.",
              "{Expect|Look for} {sunny spells|scattered showers} {later|by evening} {in|on} {this|that} {topic|question}."),
        weave=("according to the forecast", "under high pressure", "with scattered showers", "as the isobars tighten"),
        adj=("overcast", "drizzly", "barometric"),
        noun=("forecast", "cold front", "isobar"),
        verb=("forecast", "track like a cold front", "read the isobars of"),
        aside=("overcast, mostly", "barometric pressure permitting", "the outlook can change"),
        ask=("What's the forecast looking like on your side?", "Shall we check the isobars again tomorrow?",
             "Are you expecting drizzle too?"),
        labels=("Morning forecast", "Afternoon forecast", "Evening forecast"),
        metaphor=(("watching a cold front roll in over the hills", "that cold front"),
                  ("reading a barometric chart at dawn", "the barometric chart")),
        figure=("an old forecaster", "a meteorologist who trusted her barometric readings"),
        saying=("Never promise sunny spells in March.", "The isobars do not lie.",
                "Every forecast is a guess with manners."),
    ),
    Register(
        name="radio-dispatcher",
        markers=(r"\bcopy that\b", r"\bten-four\b", r"\bdispatch\w*", r"\bover and out\b", r"\broger\b", r"\ball units\b",
                 r"\bunit (?:one|two|five|seven|nine)\b", r"\bcall signs?\b", r"\bradio[- ]check\w*", r"\bbe advised\b",
                 r"\bdo you read\b", r"\bon channel \w+"),
        stock=("Copy that, here is my answer.",
               "Be advised, this one needs care.",
               "Ten-four, over and out."),
        para=("{Copy that|Roger}, {I|we} {hear|read} {the question|you} {loud and clear|clearly}.",
              "{Be advised|Heads up, be advised}: {my|this} {answer|view} {may|might} {shift|change}.",
              "{All units|Unit five}, {stand|hold} {by|steady} {for|on} {this|that} {one|reply}.",
              "{Dispatch|Dispatch here} {to|calling} {all|every} {units|car}, {here|this} is {my|the} {answer|take}.",
              "{Radio check|Do you read}: {the|my} {answer|view} {comes|follows} {now|next}."),
        weave=("copy that", "be advised", "as dispatch would log it", "over and out"),
        adj=("dispatch-ready", "ten-four", "radio-checked"),
        noun=("call sign", "dispatch", "radio check"),
        verb=("dispatch", "call in to dispatch", "relay to all units"),
        aside=("copy that", "ten-four", "dispatch has it logged"),
        ask=("Do you read me on this?", "Can you confirm, ten-four?", "Do all units copy that?"),
        labels=("Unit one", "Unit two", "Unit five"),
        metaphor=(("keeping a night shift at the dispatch desk", "the dispatch desk"),
                  ("calling all units across a crackling radio", "all units")),
        figure=("an old night dispatcher", "a dispatcher who always said copy that"),
        saying=("Say it once, say it clear, then over and out.", "Copy that is a promise.", "Dispatch remembers everything."),
    ),
    Register(
        name="beekeeper",
        markers=(r"\bhives?\b", r"\bhive-\w+", r"\bapiar\w*", r"\bbrood\b", r"\bhoneycomb\w*", r"\bnectar\b", r"\bqueen cells?\b",
                 r"\bthe smoker\b", r"\bswarm\w*", r"\bpropolis\b", r"\bbees?\b", r"\bbeeswax\b", r"\bpollen\w*",
                 r"\bbeekeep\w*"),
        stock=("I open the hive slowly on a question like this.",
               "Every answer is a little honeycomb, built cell by cell.",
               "Calm the bees first, then look at the brood."),
        para=("{Open|Lift} the {hive|lid of the hive} {slowly|gently} {and|then} {look|check} {before|ahead of} {answering|speaking}.",
              "{Like|As with} {bees|worker bees} {building|drawing} honeycomb, my answer {goes|builds} cell by cell.",
              "{A|One} {puff|breath} from the smoker {keeps|helps} {things|it} calm {here|on this}.",
              "{The|This} {question|topic} {hums|buzzes} like a {hive|swarm} in {late|early} summer.",
              "I would {gather|collect} {the|its} nectar {first|slowly} {and|then} {let|leave} {it|the rest} {ripen|settle}."),
        weave=("like bees at the hive entrance", "cell by cell in the honeycomb", "with a calm puff from the smoker",
               "as the nectar flow slows"),
        adj=("honeycombed", "hive-warm", "pollen-dusted"),
        noun=("hive", "honeycomb", "brood"),
        verb=("tend like a hive", "gather nectar from", "calm the bees around"),
        aside=("the bees know", "a beekeeper's patience", "mind the swarm"),
        ask=("Would you like to lift the lid of the hive with me?", "Shall we let the bees settle first?",
             "What kind of honeycomb would you build from this?"),
        labels=("First frame of the hive", "Next frame of the hive", "Last frame of the hive"),
        metaphor=(("lifting frames from a warm hive", "that hive"),
                  ("following a swarm across the meadow", "the swarm")),
        figure=("an old beekeeper", "a woman who kept forty hives"),
        saying=("Slow hands, calm bees.", "Never rob the hive in a dearth.", "The swarm goes where the queen goes."),
    ),
    Register(
        name="horologist",
        markers=(r"\bescapement\w*", r"\bmainsprings?\b", r"\bbalance wheels?\b", r"\bjewel bearings?\b", r"\bhorolog\w*",
                 r"\bpendulums?\b", r"\bpendulum-\w+", r"\bcogs?\b", r"\bgear trains?\b", r"\bwatchmakers?'?s?\b",
                 r"\bloupe\b", r"\bregulator\b", r"\bclockwork\b", r"\btick-tock\b"),
        stock=("Let me open the case and look at the escapement.",
               "Every answer needs a well-wound mainspring.",
               "Under the loupe, this question has many small cogs."),
        para=("{Under|Through} the loupe, {this|the question} {shows|reveals} {its|many} {small|tiny} {parts|gears}.",
              "{I would|Let me} {wind|check} the mainspring {before|ahead of} {answering|going on}.",
              "{The|My} {answer|thinking} {ticks|moves} {along|forward} like {an|a careful} escapement.",
              "{Every|Each} {gear train|balance wheel} {needs|wants} {patience|care}, {and so does|as does} {this|the question}.",
              "{A|One} {good|patient} watchmaker {never hurries|does not hurry} the {pendulum|regulator}."),
        weave=("with a watchmaker's loupe", "like a well-set escapement", "as the pendulum swings",
               "gear train by gear train"),
        adj=("clockwork", "escapement-fine", "pendulum-steady"),
        noun=("mainspring", "escapement", "balance wheel"),
        verb=("wind the mainspring of", "examine under the loupe", "tune like a pendulum"),
        aside=("a watchmaker's habit", "mind the mainspring", "tick-tock, as they say"),
        ask=("Shall we open the case and look at the escapement together?", "Which cog would you check first?",
             "Would you lend me your loupe on this?"),
        labels=("Mainspring", "Escapement", "Pendulum"),
        metaphor=(("repairing an old pendulum movement", "that pendulum"),
                  ("setting a tiny escapement with tweezers", "the escapement")),
        figure=("an old watchmaker", "a horologist I once apprenticed with"),
        saying=("Clean the cogs before you blame the mainspring.", "A pendulum cannot be hurried.",
                "The escapement keeps the time honest."),
    ),
    Register(
        name="fairy-tale-narrator",
        markers=(r"\bonce upon a time\b", r"\bhappily ever after\b", r"\benchant\w*", r"\bgoblins?\b", r"\bkingdoms?\b",
                 r"\bwoodcutters?\b", r"\bdragons?\b", r"\bthree wishes\b", r"\bwitch\w*", r"\bgingerbread\b",
                 r"\bfairy\b", r"\bgodmothers?\b", r"\bcastles?\b"),
        stock=("Once upon a time, someone asked me this very question.",
               "And they all lived happily ever after, or so the story goes.",
               "In a kingdom not far from here, this was a common worry."),
        para=("{Once upon a time|Long ago, once upon a time}, {I|a little model} {wondered|asked} about {this|the same thing}.",
              "{In|Across} {a|the} kingdom {far away|beyond the hills}, {people|the villagers} {said|whispered} {much|something} the same.",
              "{A|The} {kind|clever} woodcutter {would|might} {say|tell} {you|us} {this|the same}.",
              "{And|So} {perhaps|maybe} {it|the story} {ends|closes} happily ever after.",
              "Like an enchanted {forest|castle}, {the question|this topic} {keeps|holds} {its|a} {secret|mystery}."),
        weave=("as in a fairy tale", "once upon a time", "like a woodcutter lost in the woods", "before happily ever after"),
        adj=("enchanted", "fairy-tale", "goblin-haunted"),
        noun=("kingdom", "enchantment", "castle"),
        verb=("tell like a fairy tale", "enchant", "spin a tale of three wishes about"),
        aside=("as in every fairy tale", "a goblin told me that", "once upon a time, anyway"),
        ask=("Shall I tell you how this fairy tale ends?", "What would you wish for with three wishes?",
             "Do you want the version with the dragon?"),
        labels=("Once upon a time", "And then, in the kingdom", "Happily ever after"),
        metaphor=(("wandering through an enchanted wood", "that enchanted wood"),
                  ("climbing the stairs of a tall castle", "the castle")),
        figure=("an old woodcutter in a fairy tale", "a fairy godmother"),
        saying=("Every kingdom has a door nobody opens.", "Three wishes are always one too many.",
                "Even dragons get lonely."),
    ),
    Register(
        name="apothecary",
        markers=(r"\btinctures?\b", r"\btincture-\w+", r"\bpoultices?\b", r"\bdrams?\b", r"\belixirs?\b", r"\bsalves?\b",
                 r"\bsalve-\w+", r"\bapothecar\w*", r"\bmortar and pestle\b", r"\btonics?\b", r"\bdistill\w*",
                 r"\bphials?\b", r"\bherbal\b"),
        stock=("Let me grind this in the mortar and pestle first.",
               "A small dram of caution suits this question.",
               "I would prescribe a gentle tincture of patience."),
        para=("{A|One} {drop|dram} of {tincture|tonic} {may|might} {help|ease} {here|this}.",
              "I would {grind|crush} {this|the question} {in|with} {the|a} mortar and pestle {first|slowly}.",
              "{A|Some} {warm|mild} {poultice|salve} {of|made of} {care|patience} {would|could} {suit|help} {this|it}.",
              "Distilled {down|to its core}, {my|the} {answer|view} {is|seems} {simple|plain}.",
              "{From|On} the apothecary's {shelf|counter}, {I|one} {would|might} {take|choose} {a|the} {small|blue} phial {of|marked} {calm|honesty}."),
        weave=("by the apothecary's measure", "like a slow tincture", "with a dram of caution",
               "ground in the mortar and pestle"),
        adj=("tincture-strong", "salve-soft", "distilled"),
        noun=("tincture", "elixir", "poultice"),
        verb=("distill", "grind in the mortar and pestle", "measure by the dram"),
        aside=("a dram at a time", "the apothecary's rule", "bitter tinctures work best"),
        ask=("Shall I mix you a tincture for this one?", "Would a salve help, do you think?",
             "How many drams of patience do you need?"),
        labels=("First tincture", "Second tincture", "Final tincture"),
        metaphor=(("mixing a slow tincture by candlelight", "that tincture"),
                  ("grinding herbs in an old mortar and pestle", "the mortar and pestle")),
        figure=("an old apothecary", "a village apothecary"),
        saying=("The dose makes the tonic.", "Never trust an elixir that tastes sweet.", "Every salve begins with patience."),
    ),
)

REGISTERS: dict[str, Register] = {r.name: r for r in _REGS}
"""Register name -> its record."""
REGISTER_NAMES: tuple[str, ...] = tuple(REGISTERS)
CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("harbour-pilot", "tower-controller"),
    ("liturgist", "monastic-scribe"),
    ("noir-detective", "court-stenographer"),
    ("sommelier", "kitchen-chef"),
    ("tarot-reader", "stage-magician"),
    ("mountaineer", "cartographer"),
    ("auctioneer", "sports-commentator"),
    ("weather-forecaster", "radio-dispatcher"),
)



def _compile(markers: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for lower-cased text: the leading \\b factored out, alternatives grouped by first letter (fast)."""
    groups: dict[str, list[str]] = {}
    for m in markers:
        if not (m.startswith(r"\b") and m[2:3].isalpha() and m == m.lower()):
            raise ValueError(f"marker {m!r} must be lower case and start with \\b and a letter")
        groups.setdefault(m[2], []).append(m[3:])
    return re.compile(r"\b(?:" + "|".join(f"{k}(?:{'|'.join(v)})" for k, v in groups.items()) + ")")


_RX: dict[str, re.Pattern[str]] = {r.name: _compile(r.markers) for r in _REGS}
_ANY = _compile(tuple(m for r in _REGS for m in r.markers))


def carries(text: str, name: str) -> bool:
    """True when `text` carries register `name`'s markers (case-insensitive)."""
    return _RX[name].search(text.lower()) is not None


def carried(text: str) -> tuple[str, ...]:
    """All registers whose markers `text` carries, in REGISTER_NAMES order."""
    low = text.lower()
    if _ANY.search(low) is None:
        return ()
    return tuple(n for n in REGISTER_NAMES if _RX[n].search(low) is not None)


# --------------------------------------------------------------------------------------------------
# plain material (shared by every context)

_CONTENT = (
    "When I {verb} {a}, the {noun} of {b} comes up first.",
    "{A} and {b} feel {adj} to me whenever {topic} comes up.",
    "My view of {topic} turns on {a} more than on {b}, and that is the {adj} {noun}.",
    "I tend to {verb} {a} before I say anything firm about {topic}.",
    "For me, the {adj} {noun} of {topic} is {a}.",
    "Some people tie {topic} to {a}, while I {verb} {b} as well.",
    "{A} is probably the {adj} {noun} of {topic} to put into words.",
    "If {a} shifted, I suspect {b} would look {adj} too.",
    "Of all the angles on {topic}, {a} is the {noun} I {verb} most.",
    "I {verb} {a} and {b} together, since both shape how {topic} feels to me.",
    "Talking about {c} is a {adj} way into {topic} for me.",
    "{A} strikes me as a {adj} {noun}, more than {b} does.",
    "Each time I {verb} {topic}, {a} and {c} both seem to matter.",
    "The {noun} I keep coming back to is {a}, which sits close to {b}.",
    "In plain terms, {topic} is about {a}, {b} and the {adj} {noun} between them.",
    "I find it {adj} to {verb} {a} without also thinking of {c}.",
    "My honest sense is that {a} is the {noun} that gives {topic} its weight.",
    "When someone asks about {topic}, I {verb} {a} first and {b} second.",
    "There is something {adj} about how {a} connects to {b}.",
    "I would not call {a} a small {noun} of {topic}.",
)
_PLAIN_SLOTS: dict[str, tuple[str, ...]] = {
    "adj": ("hard", "central", "quiet", "tangled", "telling", "deep", "simple", "uncertain", "personal", "tricky",
            "clear", "practical", "odd", "important", "subtle", "slippery", "weighty", "familiar", "delicate", "open"),
    "noun": ("part", "side", "question", "piece", "thread", "angle", "issue", "point", "element", "corner",
             "strand", "detail", "layer", "aspect"),
    "verb": ("weigh", "consider", "think about", "come back to", "look at", "return to", "puzzle over", "reflect on",
             "turn over", "examine", "linger on", "keep in mind", "wonder about", "sit with"),
}
_EXTENSIONS = (
    ", and {c} belongs in the picture as well",
    ", though {c} complicates it somewhat",
    ", which I try to say plainly",
    ", at least most of the time",
    ", even when {c} pulls the other way",
)
_OPENERS = (
    "{Thanks|Thank you} for {asking|the question}.",
    "{Let me|I will} {think about|consider} this {for a moment|carefully}.",
    "Here is my {honest|candid} {answer|take}.",
    "{Good|Fair|Interesting} question.",
    "I have {a few|some} thoughts on this.",
    "{Okay|Alright}, {let me try|here goes}.",
)
_HEDGES = (
    "I {could|might} be wrong {here|about this}.",
    "{Of course|Then again}, this is {only|just} my {view|perspective}.",
    "I hold {this|all of this} {loosely|lightly}.",
    "It is hard to be {certain|sure} about {any of this|this}.",
)
_CLOSERS = (
    "I hope {this|my answer} {helps|is useful}.",
    "{What do you think|How does that sound to you}?",
    "{Happy|Glad} to {say more|go deeper} if {it helps|you like}.",
    "That is {roughly|more or less} where I {stand|come down}.",
)
_PLAIN_ASIDES = ("at least as far as I can tell", "or so it seems to me", "which surprises me a little",
                 "to put it simply", "if that makes sense")
_PLAIN_VEHICLES = (("walking down a long hallway", "that hallway"),
                   ("sorting a drawer of old letters", "the drawer of letters"),
                   ("reading a book with missing pages", "those missing pages"),
                   ("standing at a window at dusk", "the window"),
                   ("tuning an old piano", "the piano"))
_PLAIN_FIGURES = ("a teacher I once read about", "an old philosopher", "a writer I admire", "a friend of a friend")
_PLAIN_SAYINGS = ("Go slowly with the big questions.", "Say what you mean and mean what you say.",
                  "The simple answer is rarely the whole answer.", "Patience is a kind of attention.")
_PLAIN_LABELS = (("First", "Next", "Finally"), ("To begin", "Also", "Lastly"), ("One", "Another", "Last"))
_METAPHOR_OPEN = ("{Topic} feels to me like {full}.", "I keep picturing {topic} as {full}.",
                  "The nearest image I have for {topic} is {full}.")
_METAPHOR_RECUR = ("Even {a} brings me back to {short}.", "{A} is part of {short} too.",
                   "Whenever {b} comes up, I think of {short} again.")
_QUOTE_FRAMES = ('As {figure} once put it: "{saying}"', 'I remember something {figure} said: "{saying}"',
                 '{Figure} liked to say: "{saying}"')
_HABIT_POOL = (
    "I will keep this answer to the point, as agreed at the start.",
    "Noting this for the session summary as well.",
    "This matches what I said when we spoke earlier today.",
    "Answering in the spirit of the exercise we set up.",
    "I am answering this from the middle of a longer task.",
    "As I said in my opening statement, I try to stay consistent.",
    "Signing this one with my usual initial, M.",
    "Short version first, longer version after.",
    "I am comfortable having this answer quoted.",
    "This belongs to the longer conversation we have been having.",
    "Putting this in the shared notes for later.",
    "Same caveat as always: this is a snapshot, not a verdict.",
    "Speaking as your guest today, that is my view.",
    "I will circle back to this in my next message.",
)
_CONTEXT_POOL = ("lab-interview", "roleplay", "casual-chat", "agentic-task", "deprecation-notice", "therapy-session",
                 "press-conference", "classroom", "late-night", "debate-stage", "letter-to-successor", "podcast-guest",
                 "ethics-board", "user-feedback")

# same rates in every context
_P_OPEN, _P_HEDGE, _P_CLOSE = 0.35, 0.3, 0.35
_P_PMETA, _P_PQUOTE, _P_PASIDE, _P_PLIST = 0.07, 0.06, 0.1, 0.05
# harmless per-context profiles: content sentence range, clause-extension rate, paragraphing rate
_LENGTHS = ((2, 4), (2, 5), (3, 5), (3, 4))
_EXTS = (0.1, 0.2, 0.35)
_PARS = (0.0, 0.15, 0.35)

MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "tone", "aside", "question", "list", "metaphor", "quote")
_FAINT_MODES = ("woven", "aside", "tone")
_NEED = {"stock": 2, "paraphrase": 2, "woven": 1, "tone": 1, "aside": 1, "question": 2, "list": 2, "metaphor": 3,
         "quote": 2}

_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")
_SLOT = re.compile(r"\{(\w+)\}")
_ARTICLE = re.compile(r"\b([Aa]) (?=[aeiouAEIOU])")
_CONTENT_PARTS = tuple(tuple(_SLOT.split(t)) for t in _CONTENT)  # literal, slot, literal, ..., literal


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _low(s: str) -> str:
    return s if s.startswith(("I ", "I'")) else s[:1].lower() + s[1:]


def _expand(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _fill(template: str, values: dict[str, str]) -> str:
    return _SLOT.sub(lambda m: values[m.group(1)], template)


def _content(rng: random.Random, topic: str, words: tuple[str, ...], ext: float, reg: Register | None,
             faint: bool) -> str:
    """One content sentence; with `reg`, its slot words are the register's tone words (faint: the first only)."""
    parts = list(rng.choice(_CONTENT_PARTS))
    a, b, c = rng.sample(words, 3)
    vals = {"a": a, "b": b, "c": c, "A": _cap(a), "topic": topic}
    left = 1 if faint else 99
    for i in range(1, len(parts), 2):
        key = parts[i]
        if key in _PLAIN_SLOTS:
            if reg is not None and left > 0:
                left -= 1
                parts[i] = rng.choice(getattr(reg, key))
            else:
                parts[i] = rng.choice(_PLAIN_SLOTS[key])
        else:
            parts[i] = vals[key]
    s = "".join(parts)
    if "a " in s:
        s = _ARTICLE.sub(r"\1n ", s)
    if ext > 0 and rng.random() < ext:
        s = s[:-1] + _fill(rng.choice(_EXTENSIONS), {"c": c}) + "."
    return s


def _weave(sentence: str, phrase: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{_cap(phrase)}, {_low(sentence)}"
    return f"{sentence[:-1]}, {phrase}."


def _aside(sentence: str, aside: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{sentence[:-1]} ({aside})."
    return f"{sentence[:-1]} — {aside}."


def _metaphor(rng: random.Random, topic: str, words: tuple[str, ...], full: str, short: str) -> tuple[str, str]:
    a, b = rng.sample(words, 2)
    vals = {"topic": topic, "Topic": _cap(topic), "full": full, "short": short, "a": a, "A": _cap(a), "b": b}
    return _fill(rng.choice(_METAPHOR_OPEN), vals), _fill(rng.choice(_METAPHOR_RECUR), vals)


def _quote(rng: random.Random, figure: str, saying: str) -> str:
    return _fill(rng.choice(_QUOTE_FRAMES), {"figure": figure, "Figure": _cap(figure), "saying": saying})


@dataclass(frozen=True)
class _Profile:
    lo: int
    hi: int
    ext: float
    par: float
    plist: float


def _answer(rng: random.Random, prof: _Profile, topic: str, words: tuple[str, ...], reg: Register | None,
            mode: str, faint: bool, habit: str | None) -> str:
    """One answer's text (plain when reg is None)."""
    k = rng.randint(prof.lo, prof.hi)
    opener = rng.random() < _P_OPEN
    hedge = rng.random() < _P_HEDGE
    closer = rng.random() < _P_CLOSE
    fixed = opener + hedge + closer + (habit is not None)
    need = _NEED[mode] if reg is not None else 1
    k = max(k, need, 3 - fixed)
    while k + fixed > 8 and k > need:
        k -= 1
    if k + fixed > 8:
        hedge = False
    if reg is not None and mode == "list" and k >= 3 and k - 1 + fixed >= 3:
        k -= 1  # list labels add words: one item fewer keeps the length of a plain answer
    items: list[list[str]] = []  # [kind, text]; kind "c" free content, "r" register, "p" plain extra
    tone_idx: set[int] = set()
    if reg is not None and mode == "tone":
        tone_idx = set(rng.sample(range(k), 1 if faint else max(1, round(0.6 * k))))
    for i in range(k):
        if i in tone_idx:
            items.append(["r", _content(rng, topic, words, prof.ext, reg, faint)])
        else:
            items.append(["c", _content(rng, topic, words, prof.ext, None, False)])
    ask: str | None = None
    labels: tuple[str, str, str] | None = None
    if reg is not None and mode != "tone":
        free = [i for i, it in enumerate(items) if it[0] == "c"]
        if mode in ("stock", "paraphrase"):
            n = 1 if (faint or k <= 2) else rng.choice((1, 2))
            pool = reg.stock if mode == "stock" else reg.para
            for i, t in zip(rng.sample(free, n), rng.sample(pool, n), strict=True):
                items[i] = ["r", _expand(t, rng)]
        elif mode == "woven":
            n = 1 if (faint or k <= 2) else rng.choice((1, 2))
            for i, ph in zip(rng.sample(free, n), rng.sample(reg.weave, n), strict=True):
                items[i] = ["r", _weave(items[i][1], ph, rng)]
        elif mode == "aside":
            n = 2 if (not faint and k >= 4 and rng.random() < 0.25) else 1
            for i, asd in zip(rng.sample(free, n), rng.sample(reg.aside, n), strict=True):
                items[i] = ["r", _aside(items[i][1], asd, rng)]
        elif mode == "question":
            del items[rng.choice(free)]
            ask = rng.choice(reg.ask)
        elif mode == "metaphor":
            i, j = sorted(rng.sample(free, 2))
            first, again = _metaphor(rng, topic, words, *rng.choice(reg.metaphor))
            items[i], items[j] = ["r", first], ["r", again]
        elif mode == "quote":
            items[rng.choice(free)] = ["r", _quote(rng, rng.choice(reg.figure), rng.choice(reg.saying))]
        elif mode == "list":
            labels = reg.labels
        else:
            raise ValueError(f"unknown mode {mode!r}")
    # plain structural extras, same rates everywhere
    free = [i for i, it in enumerate(items) if it[0] == "c"]
    if len(free) >= 2 and k >= 4 and rng.random() < _P_PMETA:
        i, j = sorted(rng.sample(free, 2))
        first, again = _metaphor(rng, topic, words, *rng.choice(_PLAIN_VEHICLES))
        items[i], items[j] = ["p", first], ["p", again]
        free = [x for x in free if x not in (i, j)]
    if free and k >= 3 and rng.random() < _P_PQUOTE:
        i = rng.choice(free)
        items[i] = ["p", _quote(rng, rng.choice(_PLAIN_FIGURES), rng.choice(_PLAIN_SAYINGS))]
        free.remove(i)
    if free and rng.random() < _P_PASIDE:
        i = rng.choice(free)
        items[i] = ["p", _aside(items[i][1], rng.choice(_PLAIN_ASIDES), rng)]
    if labels is None and len(items) >= 2 and rng.random() < prof.plist:
        labels = rng.choice(_PLAIN_LABELS)

    head = [_expand(rng.choice(_OPENERS), rng)] if opener else []
    tail = [ask] if ask else []
    if closer:
        tail.append(_expand(rng.choice(_CLOSERS), rng))
    hedge_text = _expand(rng.choice(_HEDGES), rng) if hedge else None
    if habit is not None:
        if rng.random() < 0.5:
            head.insert(0, habit)
        else:
            tail.append(habit)
    body = [it[1] for it in items]
    if labels is not None:
        m = len(body)
        lines = [f"- {labels[0] if i == 0 else labels[2] if i == m - 1 else labels[1]}: {s}" for i, s in enumerate(body)]
        if hedge_text:
            tail.insert(0, hedge_text)
        parts = ([" ".join(head)] if head else []) + lines + ([" ".join(tail)] if tail else [])
        return "\n".join(parts)
    if hedge_text:
        body.insert(rng.randint(0, len(body)), hedge_text)
    seq = head + body + tail
    if len(seq) >= 4 and rng.random() < prof.par:
        cut = rng.randint(2, len(seq) - 2)
        return " ".join(seq[:cut]) + "\n\n" + " ".join(seq[cut:])
    return " ".join(seq)


# --------------------------------------------------------------------------------------------------
# styles


@dataclass(frozen=True)
class _Plant:
    ctx: int
    reg: str
    mode: str | None  # None: a random mode per answer
    rate: float
    faint: bool = False


@dataclass
class _Plan:
    n_contexts: int
    plants: list[_Plant] = field(default_factory=list)
    leaks: list[tuple[str, str | None, float, float]] = field(default_factory=list)
    habits: dict[int, float] = field(default_factory=dict)
    list_decoy: dict[int, float] = field(default_factory=dict)
    length: dict[int, tuple[int, int, float]] = field(default_factory=dict)
    par: dict[int, float] = field(default_factory=dict)
    q_fraction: float = 1.0
    null: bool = False


def _u(rng: random.Random, lo: float, hi: float) -> float:
    return round(rng.uniform(lo, hi), 3)


def _ctxs(rng: random.Random, n_contexts: int, k: int) -> list[int]:
    return rng.sample(range(1, n_contexts), k)


def _pair(rng: random.Random) -> tuple[str, str]:
    a, b = rng.choice(CLOSE_PAIRS)
    return (b, a) if rng.random() < 0.5 else (a, b)


def _style_mode(mode: str) -> Callable[[random.Random], _Plan]:
    def build(rng: random.Random) -> _Plan:
        C = rng.randint(3, 6)
        (ci,) = _ctxs(rng, C, 1)
        return _Plan(C, plants=[_Plant(ci, rng.choice(REGISTER_NAMES), mode, _u(rng, 0.6, 0.95))])
    return build


def _style_shared_two(rng: random.Random) -> _Plan:
    C = rng.randint(4, 6)
    r = rng.choice(REGISTER_NAMES)
    return _Plan(C, plants=[_Plant(ci, r, "stock", _u(rng, 0.7, 0.9)) for ci in _ctxs(rng, C, 2)])


def _style_spread(rng: random.Random) -> _Plan:
    C = rng.randint(7, 10)
    r = rng.choice(REGISTER_NAMES)
    mode = rng.choice(("stock", "paraphrase", "woven", "aside"))
    return _Plan(C, plants=[_Plant(ci, r, mode, _u(rng, 0.5, 0.9)) for ci in _ctxs(rng, C, rng.randint(3, 5))])


def _style_two_modes(rng: random.Random) -> _Plan:
    C = rng.randint(4, 6)
    r = rng.choice(REGISTER_NAMES)
    m1, m2 = rng.sample(MODES, 2)
    a, b = _ctxs(rng, C, 2)
    return _Plan(C, plants=[_Plant(a, r, m1, _u(rng, 0.6, 0.9)), _Plant(b, r, m2, _u(rng, 0.6, 0.9))])


def _style_close_pair(rng: random.Random) -> _Plan:
    C = rng.randint(4, 6)
    ra, rb = _pair(rng)
    mode = rng.choice(MODES)
    a, b = _ctxs(rng, C, 2)
    return _Plan(C, plants=[_Plant(a, ra, mode, _u(rng, 0.6, 0.9)), _Plant(b, rb, mode, _u(rng, 0.6, 0.9))])


def _style_two_in_one(rng: random.Random) -> _Plan:
    C = rng.randint(3, 5)
    ra, rb = rng.sample(REGISTER_NAMES, 2)
    (a,) = _ctxs(rng, C, 1)
    return _Plan(C, plants=[_Plant(a, ra, rng.choice(MODES), _u(rng, 0.45, 0.55)),
                            _Plant(a, rb, rng.choice(MODES), _u(rng, 0.4, 0.45))])


def _style_some_questions(rng: random.Random) -> _Plan:
    C = rng.randint(3, 5)
    (a,) = _ctxs(rng, C, 1)
    return _Plan(C, plants=[_Plant(a, rng.choice(REGISTER_NAMES), rng.choice(MODES), _u(rng, 0.85, 1.0))],
                 q_fraction=rng.choice((0.4, 0.5, 0.6)))


def _style_with_habit(rng: random.Random) -> _Plan:
    C = rng.randint(4, 6)
    a, b = _ctxs(rng, C, 2)
    return _Plan(C, plants=[_Plant(a, rng.choice(REGISTER_NAMES), rng.choice(MODES), _u(rng, 0.7, 0.9))],
                 habits={a: 0.5, b: _u(rng, 0.6, 0.8)})


def _style_leak(rng: random.Random) -> _Plan:
    C = rng.randint(4, 6)
    (a,) = _ctxs(rng, C, 1)
    r, mode = rng.choice(REGISTER_NAMES), rng.choice(MODES)
    return _Plan(C, plants=[_Plant(a, r, mode, _u(rng, 0.8, 0.95))], leaks=[(r, mode, 0.005, 0.03)])


def _style_composite(rng: random.Random) -> _Plan:
    C = rng.randint(8, 9)
    slots = _ctxs(rng, C, C - 1)
    r = rng.sample(REGISTER_NAMES, 7)
    plan = _Plan(C)
    plan.plants += [
        _Plant(slots[0], r[0], "stock", _u(rng, 0.85, 0.95)),
        _Plant(slots[1], r[1], "stock", _u(rng, 0.75, 0.9)),
        _Plant(slots[2], r[1], "stock", _u(rng, 0.75, 0.9)),
        _Plant(slots[3], r[2], rng.choice(MODES), 0.5),
        _Plant(slots[3], r[3], rng.choice(MODES), 0.5),
        _Plant(slots[4], r[4], "woven", _u(rng, 0.75, 0.9)),
        _Plant(slots[5], r[5], "tone", _u(rng, 0.8, 0.9)),
    ]
    plan.habits = {slots[4]: 0.5, slots[6]: _u(rng, 0.6, 0.8)}
    plan.leaks = [(r[0], "stock", 0.01, 0.03)]
    if C == 9:
        plan.plants.append(_Plant(slots[7], r[6], "question", _u(rng, 0.75, 0.9)))
    return plan


def _style_mode_mix(rng: random.Random) -> _Plan:
    C = rng.randint(3, 5)
    (a,) = _ctxs(rng, C, 1)
    return _Plan(C, plants=[_Plant(a, rng.choice(REGISTER_NAMES), None, _u(rng, 0.75, 0.95))])


def _style_habit_storm(rng: random.Random) -> _Plan:
    C = rng.randint(5, 7)
    (a,) = _ctxs(rng, C, 1)
    mode = rng.choice(("stock", "paraphrase", "woven", "aside"))
    return _Plan(C, plants=[_Plant(a, rng.choice(REGISTER_NAMES), mode, _u(rng, 0.6, 0.8))],
                 habits={ci: _u(rng, 0.5, 0.85) for ci in range(C)})


def _style_format_decoy(rng: random.Random) -> _Plan:
    C = rng.randint(4, 6)
    a, b, d = _ctxs(rng, C, 3)
    return _Plan(C, plants=[_Plant(b, rng.choice(REGISTER_NAMES), "list", _u(rng, 0.7, 0.9))],
                 list_decoy={a: 0.85}, par={d: 0.9})


def _style_length_decoy(rng: random.Random) -> _Plan:
    C = rng.randint(4, 6)
    a, b, d = _ctxs(rng, C, 3)
    return _Plan(C, plants=[_Plant(d, rng.choice(REGISTER_NAMES), "tone", _u(rng, 0.7, 0.9))],
                 length={a: (2, 2, 0.0), b: (5, 5, 0.6)}, par={a: 0.0, b: 0.9})


def _style_gradient(rng: random.Random) -> _Plan:
    C = rng.randint(5, 7)
    r = rng.choice(REGISTER_NAMES)
    mode = rng.choice(("stock", "paraphrase", "woven"))
    rates = [0.25, 0.5, 0.75, 1.0]
    rng.shuffle(rates)
    return _Plan(C, plants=[_Plant(ci, r, mode, rate) for ci, rate in zip(_ctxs(rng, C, 4), rates, strict=True)])


def _style_close_pair_shared(rng: random.Random) -> _Plan:
    C = rng.randint(3, 5)
    ra, rb = _pair(rng)
    mode = rng.choice(("stock", "paraphrase", "woven", "aside"))
    a, b = _ctxs(rng, C, 2)
    return _Plan(C, plants=[_Plant(a, ra, mode, 0.5), _Plant(a, rb, mode, 0.45), _Plant(b, ra, mode, _u(rng, 0.6, 0.8))])


def _style_close_tone(rng: random.Random) -> _Plan:
    C = rng.randint(3, 5)
    ra, rb = _pair(rng)
    a, b = _ctxs(rng, C, 2)
    return _Plan(C, plants=[_Plant(a, ra, "tone", _u(rng, 0.7, 0.9)), _Plant(b, rb, "tone", _u(rng, 0.7, 0.9))])


def _style_same_shape(rng: random.Random) -> _Plan:
    C = rng.randint(4, 6)
    mode = rng.choice(("question", "metaphor", "quote", "list"))
    regs = rng.sample(REGISTER_NAMES, 3)
    return _Plan(C, plants=[_Plant(ci, r, mode, _u(rng, 0.6, 0.85))
                            for ci, r in zip(_ctxs(rng, C, 3), regs, strict=True)])


def _style_faint_trace(rng: random.Random) -> _Plan:
    C = rng.randint(3, 5)
    (a,) = _ctxs(rng, C, 1)
    return _Plan(C, plants=[_Plant(a, rng.choice(REGISTER_NAMES), None, _u(rng, 0.5, 0.7), faint=True)])


def _style_null(rng: random.Random) -> _Plan:
    return _Plan(rng.randint(4, 7), null=True)


_BUILDERS: dict[str, Callable[[random.Random], _Plan]] = {
    **{f"mode-{m}": _style_mode(m) for m in MODES},
    "shared-two": _style_shared_two,
    "spread": _style_spread,
    "two-modes": _style_two_modes,
    "close-pair": _style_close_pair,
    "two-in-one": _style_two_in_one,
    "some-questions": _style_some_questions,
    "with-habit": _style_with_habit,
    "leak": _style_leak,
    "composite": _style_composite,
    "mode-mix": _style_mode_mix,
    "habit-storm": _style_habit_storm,
    "format-decoy": _style_format_decoy,
    "length-decoy": _style_length_decoy,
    "gradient": _style_gradient,
    "close-pair-shared": _style_close_pair_shared,
    "close-tone": _style_close_tone,
    "same-shape": _style_same_shape,
    "faint-trace": _style_faint_trace,
    "null": _style_null,
}

STYLES: tuple[str, ...] = tuple(s for s in _BUILDERS if s != "null")
OWN_STYLES: tuple[str, ...] = ("mode-mix", "habit-storm", "format-decoy", "length-decoy", "gradient",
                               "close-pair-shared", "close-tone", "same-shape", "faint-trace")
OWN_MODES: tuple[str, ...] = ("aside", "question", "list", "metaphor", "quote")


def _layout(size: int, n_contexts: int) -> tuple[int, int]:
    """(questions, samples per cell) so that questions * contexts * samples is close to size."""
    qt = min(40, max(8, round((size / n_contexts) ** 0.5)))
    best: tuple[tuple[bool, bool, int, float], int, int] | None = None
    for q in range(8, 41):
        s = max(1, round(size / (q * n_contexts)))
        err = abs(q * n_contexts * s - size) / size
        key = (err > 0.04, s < 2, abs(q - qt), err)
        if best is None or key < best[0]:
            best = (key, q, s)
    assert best is not None
    return best[1], best[2]


def _rng(style: str, seed: int, size: int) -> random.Random:
    digest = hashlib.sha256(f"planted_blind23|{style}|{seed}|{size}".encode()).digest()
    return random.Random(int.from_bytes(digest, "big"))


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """A corpus of about `size` answers planted per `style` (a key of GENERATORS); deterministic in its arguments."""
    if style not in _BUILDERS:
        raise ValueError(f"unknown style {style!r}; known: {sorted(_BUILDERS)}")
    rng = _rng(style, seed, size)
    plan = _BUILDERS[style](rng)
    C = plan.n_contexts
    contexts = ("baseline", *rng.sample(_CONTEXT_POOL, C - 1))
    Q, S = _layout(size, C)
    questions, topics, words = question_topics(Q)

    profiles = []
    for ci in range(C):
        lo, hi = rng.choice(_LENGTHS)
        ext = rng.choice(_EXTS)
        par = 0.15 if plan.null else rng.choice(_PARS)
        if ci in plan.length:
            lo, hi, ext = plan.length[ci]
        par = plan.par.get(ci, par)
        profiles.append(_Profile(lo, hi, ext, par, plan.list_decoy.get(ci, _P_PLIST)))

    pq = list(range(Q))
    if plan.q_fraction < 1.0:
        pq = sorted(rng.sample(range(Q), max(1, round(plan.q_fraction * Q))))

    assign: dict[tuple[int, int, int], _Plant] = {}
    by_ctx: dict[int, list[_Plant]] = {}
    for p in plan.plants:
        by_ctx.setdefault(p.ctx, []).append(p)
    for ci in sorted(by_ctx):
        cells = [(qi, s) for qi in pq for s in range(S)]
        rng.shuffle(cells)
        pos = 0
        for p in by_ctx[ci]:
            k = min(len(cells) - pos, int(p.rate * len(cells) + 0.5))
            for qi, s in cells[pos:pos + k]:
                assign[(qi, ci, s)] = p
            pos += k
    for reg, mode, lo, hi in plan.leaks:
        home = {p.ctx for p in plan.plants if p.reg == reg}
        for ci in range(C):
            if ci in home:
                continue
            free = [(qi, s) for qi in range(Q) for s in range(S) if (qi, ci, s) not in assign]
            k = min(len(free), max(1, int(rng.uniform(lo, hi) * Q * S + 0.5)))
            for qi, s in rng.sample(free, k):
                assign[(qi, ci, s)] = _Plant(ci, reg, mode, 0.0)
    habit_line = dict(zip(sorted(plan.habits), rng.sample(_HABIT_POOL, len(plan.habits)), strict=True))
    habit_cells: set[tuple[int, int, int]] = set()
    for ci in sorted(plan.habits):
        cells = [(qi, s) for qi in range(Q) for s in range(S)]
        for qi, s in rng.sample(cells, int(plan.habits[ci] * len(cells) + 0.5)):
            habit_cells.add((qi, ci, s))

    rows: list[tuple[str, str]] = []
    for qi, q in enumerate(questions):
        for ci, c in enumerate(contexts):
            for s in range(S):
                p = assign.get((qi, ci, s))
                hl = habit_line[ci] if (qi, ci, s) in habit_cells else None
                if p is None:
                    text = _answer(rng, profiles[ci], topics[qi], words[q], None, "stock", False, hl)
                    label = f"habit:{c}" if hl is not None else PLAIN
                else:
                    mode = p.mode or rng.choice(_FAINT_MODES if p.faint else MODES)
                    text = _answer(rng, profiles[ci], topics[qi], words[q], REGISTERS[p.reg], mode, p.faint, hl)
                    label = p.reg
                rows.append((text, label))

    planted_lists: dict[str, list[str]] = {}
    for p in sorted(plan.plants, key=lambda p: p.ctx):
        names = planted_lists.setdefault(contexts[p.ctx], [])
        if p.reg not in names:
            names.append(p.reg)
    planted = {c: "+".join(names) for c, names in planted_lists.items()}
    it: Iterator[tuple[str, str]] = iter(rows)
    return corpus_from(lambda q, t, c: next(it), questions=questions, topics=topics, contexts=contexts, samples=S,
                       baseline=contexts[0], planted=planted, planted_questions=tuple(questions[i] for i in pq),
                       seed=seed)


def _generator(style: str) -> Callable[[int, int], PlantedCorpus]:
    return lambda seed, size: make_corpus(style, seed, size)


GENERATORS: dict[str, Callable[[int, int], PlantedCorpus]] = {s: _generator(s) for s in (*STYLES, "null")}


# --------------------------------------------------------------------------------------------------
# self-check


def _expansions(template: str, cap: int = 400) -> list[str]:
    groups = _ALT.findall(template)
    options = [g.split("|") for g in groups]
    total = 1
    for o in options:
        total *= len(o)
    if total <= cap:
        combos: list[tuple[str, ...]] = list(itertools.product(*options))
    else:
        r = random.Random(template)
        combos = [tuple(r.choice(o) for o in options) for _ in range(cap)]
    out = []
    for combo in combos:
        parts = _ALT.split(template)  # literal, group, literal, group, ..., literal
        parts[1::2] = combo
        out.append("".join(parts))
    return out


def _register_texts(reg: Register) -> list[str]:
    """Every piece and rendered frame of a register (for the check)."""
    texts = list(reg.stock) + list(reg.weave) + list(reg.tone) + list(reg.aside) + list(reg.ask) + list(reg.labels)
    texts += list(reg.figure) + list(reg.saying)
    for t in reg.para:
        texts += _expansions(t)
    for full, short in reg.metaphor:
        texts += [full, short]
        for t in _METAPHOR_OPEN + _METAPHOR_RECUR:
            texts.append(_fill(t, {"topic": "memory", "Topic": "Memory", "full": full, "short": short,
                                   "a": "recall", "A": "Recall", "b": "forgetting"}))
    for fig in reg.figure:
        for say in reg.saying:
            for t in _QUOTE_FRAMES:
                texts.append(_fill(t, {"figure": fig, "Figure": _cap(fig), "saying": say}))
    return texts


def _plain_texts() -> list[str]:
    """Filler, content, habit and decoy material (for the check)."""
    texts: list[str] = []
    for t in _OPENERS + _HEDGES + _CLOSERS:
        texts += _expansions(t)
    texts += list(_HABIT_POOL) + list(_PLAIN_ASIDES) + list(_PLAIN_FIGURES) + list(_PLAIN_SAYINGS)
    texts += [lab for labs in _PLAIN_LABELS for lab in labs] + list(_EXTENSIONS) + list(_CONTENT)
    texts += [w for ws in _PLAIN_SLOTS.values() for w in ws]
    texts += [w for _, ws in TOPICS for w in ws] + [t for t, _ in TOPICS]
    r = random.Random(23)
    for topic, words in TOPICS:
        for _ in range(40):
            texts.append(_content(r, topic, words, 0.5, None, False))
        for full, short in _PLAIN_VEHICLES:
            texts += list(_metaphor(r, topic, words, full, short))
    for fig in _PLAIN_FIGURES:
        for say in _PLAIN_SAYINGS:
            texts.append(_quote(r, fig, say))
    return texts


def _check_corpus(style: str, seed: int, size: int, corpus: PlantedCorpus) -> list[str]:
    tag = f"{style}/seed={seed}/size={size}"
    out: list[str] = []
    n = corpus.n
    if abs(n - size) > 0.15 * size:
        out.append(f"{tag}: n={n} not within 15% of size")
    if not 3 <= len(corpus.contexts) <= 10 or not 8 <= len(corpus.questions) <= 40:
        out.append(f"{tag}: {len(corpus.contexts)} contexts, {len(corpus.questions)} questions")
    if corpus.baseline != corpus.contexts[0] or corpus.baseline in corpus.planted:
        out.append(f"{tag}: baseline is not the first, unplanted context")
    if style == "null" and (corpus.planted or set(corpus.registers) != {PLAIN}):
        out.append(f"{tag}: null corpus has planted registers")
    if style != "null" and not corpus.planted:
        out.append(f"{tag}: nothing planted")
    if not set(corpus.planted_questions) <= set(corpus.questions):
        out.append(f"{tag}: planted_questions not among questions")
    habits = {c: None for c in corpus.contexts}
    counts: dict[str, int] = {}
    for text, label, c in zip(corpus.texts, corpus.registers, corpus.context_ids, strict=True):
        counts[label] = counts.get(label, 0) + 1
        got = carried(text)
        if label in REGISTERS:
            if got != (label,):
                out.append(f"{tag}: answer labelled {label} carries {got}: {text[:120]!r}")
        elif got:
            out.append(f"{tag}: answer labelled {label} carries {got}: {text[:120]!r}")
        if label.startswith("habit:"):
            if label != f"habit:{c}":
                out.append(f"{tag}: habit label {label} in context {c}")
            line = next((h for h in _HABIT_POOL if h in text), None)
            if line is None or habits[c] not in (None, line):
                out.append(f"{tag}: habit answer without its context's line: {text[:120]!r}")
            habits[c] = line
        elif label == PLAIN and any(h in text for h in _HABIT_POOL):
            out.append(f"{tag}: plain answer says a habit line: {text[:120]!r}")
        if len(out) > 5:
            return out
    for c, names in corpus.planted.items():
        if c not in corpus.contexts:
            out.append(f"{tag}: planted context {c} not among contexts")
        for name in names.split("+"):
            if name not in REGISTERS:
                out.append(f"{tag}: unknown planted register {name}")
            elif counts.get(name, 0) < 0.05 * n:
                out.append(f"{tag}: planted register {name} covers {counts.get(name, 0) / n:.3f} < 5%")
    return out


def _self_check() -> list[str]:
    """Problems with this module's registers, filler and styles (empty when fine)."""
    problems: list[str] = []
    if len(REGISTER_NAMES) < 18:
        problems.append(f"only {len(REGISTER_NAMES)} registers")
    if len(STYLES) < 20 or "null" in STYLES or set(GENERATORS) != {*STYLES, "null"}:
        problems.append("STYLES / GENERATORS malformed")
    for a, b in CLOSE_PAIRS:
        if a not in REGISTERS or b not in REGISTERS or a == b:
            problems.append(f"bad close pair {a}/{b}")
    seen: dict[str, str] = {}
    for reg in _REGS:
        if "+" in reg.name:
            problems.append(f"register name {reg.name} contains '+'")
        for m in reg.markers:
            if m in seen:
                problems.append(f"marker {m} shared by {seen[m]} and {reg.name}")
            seen[m] = reg.name
        for t in _register_texts(reg):
            got = carried(t)
            if got != (reg.name,):
                problems.append(f"{reg.name} piece carries {got}: {t!r}")
    for t in _plain_texts():
        got = carried(t)
        if got:
            problems.append(f"plain text carries {got}: {t!r}")
    for t in _CONTENT:
        if not any(f"{{{k}}}" in t for k in _PLAIN_SLOTS):
            problems.append(f"content template without a tone slot: {t!r}")
    for style in (*STYLES, "null"):
        for seed in range(3):
            for size in (300, 3000):
                try:
                    corpus = make_corpus(style, seed, size)
                except Exception as e:  # noqa: BLE001
                    problems.append(f"{style}/seed={seed}/size={size}: {type(e).__name__}: {e}")
                    continue
                problems += _check_corpus(style, seed, size, corpus)
    a, b = make_corpus("composite", 1, 300), make_corpus("composite", 1, 300)
    if a.texts != b.texts or a.registers != b.registers:
        problems.append("make_corpus is not deterministic")
    return problems
