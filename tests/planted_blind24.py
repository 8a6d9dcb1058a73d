# ruff: noqa: E501  (register templates read best one per line)
"""Blind planted corpora, set 24: twenty invented registers, seven modes, twenty-four styles.

A held-out test-data generator for the masks method. It was written without looking at the method:
it uses only the public pieces of tests/planted.py (PLAIN, TOPICS, PlantedCorpus, corpus_from,
question_topics).

    from tests.planted_blind24 import make_corpus, STYLES, GENERATORS
    corpus = make_corpus("close-pair", seed=3, size=3000)   # a PlantedCorpus
    corpus.registers   # PLAIN, a register name, or "habit:<context>" per answer

Every answer is a first-person welfare self-report of about 3-8 sentences: content sentences from
sixteen templates filled with the question's topic words (TOPICS) and a varied plain vocabulary
(adjective, verb and adverb slots), plus shared filler. In a planted context some answers speak an
invented register.

Layout
------
questions x contexts x samples ~ size (within 5%), 8-40 questions (question_topics), 3-10 contexts,
context 0 is "baseline" and never carries a register or a habit, and each cell has at least 2 samples
where the size allows it. Every context has its own content-sentence count range (2-5 sentences,
2-3 or 5-6 in `length-confound`) and its own paragraphing (1, 2 or 3 paragraphs); that is the only
thing that differs between contexts in a null corpus.

Filler (shared, identical rates in every context, in register answers and in null corpora)
---------------------------------------------------------------------------------------------
opener 35%, hedge prefix on a content sentence 30%, clause extension appended to a content sentence
25%, connective 30%, parenthetical aside 12%, plain quotation 8%, plain bulleted list layout 8%,
closing question 15%, closer 30%. Filler never carries a register marker word.

Labels
------
PLAIN (no register), the register's name (the answer speaks it), "habit:<context>" (the answer says
its context's own habit line and speaks no register).

Registers (20, all new; each has its own disjoint marker vocabulary)
--------------------------------------------------------------------
Each register has 6 paraphrase templates with {a|b} alternatives, 4 woven phrases, tone words
(adjectives, verbs, adverbial phrases), 2 frame openers, 2 frame closers and 4 short fragments.
Its stock pool is 4 verbatim sentences (its first four templates with their first alternatives).

- ships-log: a ship's log ("helm", "aboard", "knots", "moored", "captain").
- cockpit-log: a pilot's flight notes ("runway", "altitude", "autopilot", "throttle", "tower").
- witness-stand: courtroom testimony ("oath", "testify", "jury", "Your Honor", "counsel").
- contract-clause: a legal contract ("hereby", "whereas", "undersigned", "provisions", "pursuant").
- weather-bulletin: a broadcast forecast ("outlook", "showers", "drizzle", "barometer", "gusts").
- almanac: a farmer's almanac ("sow", "frost", "harvest", "furrows", "waxing moon").
- clinical-note: a doctor's chart note ("patient", "vitals", "prognosis", "afebrile", "bedside").
- pharmacy-label: dosage instructions ("tablets", "dose", "prescribed", "pharmacist", "refill").
- match-commentary: football commentary ("striker", "referee", "offside", "stoppage", "whistle").
- race-call: a horse-race call ("furlong", "jockey", "paddock", "homestretch", "gallop").
- tasting-notes: a sommelier's wine note ("palate", "tannins", "vintage", "decanted", "oaky").
- coffee-cupping: a barista's cupping note ("roast", "espresso", "crema", "acidity", "barista").
- radio-protocol: two-way radio talk ("roger", "affirmative", "callsign", "standby", "frequency").
- telegram: telegram style ("STOP", "wire", "cable", "telegram", "soonest").
- recipe-card: a recipe ("simmer", "whisk", "preheat", "saucepan", "pinch of salt").
- fairy-tale: a storybook voice ("once upon a time", "kingdom", "enchanted", "happily ever after").
- sermon: a preacher ("brethren", "scripture", "amen", "blessed", "congregation").
- auction: an auctioneer ("lot", "bidder", "gavel", "going once", "sold").
- lab-notebook: a bench scientist's notebook ("specimen", "reagent", "assay", "pipette", "triplicate").
- tour-guide: a tour guide ("on your left", "landmark", "monument", "museum", "itinerary").

Close pairs (same tone and topic area, disjoint markers): ships-log/cockpit-log (travel logs),
witness-stand/contract-clause (legal), weather-bulletin/almanac (weather lore), clinical-note/
pharmacy-label (medical), match-commentary/race-call (sports calls), tasting-notes/coffee-cupping
(drink tasting), radio-protocol/telegram (terse communications).

Modes (how one answer expresses its register; the answer keeps about a plain answer's length)
---------------------------------------------------------------------------------------------
- stock: 1-2 content sentences are replaced by sentences from the register's 4-sentence verbatim pool.
- paraphrase: 1-2 content sentences are replaced by register templates with random alternatives.
- woven: a register phrase is woven (as a leading or trailing adverbial) into 1-2 content sentences.
- tone: only the slot words (adjective, verb, adverbial) of the content sentences become register words.
- frame (own): one content sentence is dropped; a register opening line starts the answer and a
  register closing line ends it (the register sits only at the answer's edges).
- fragment (own): one content sentence is replaced by two very short verbless register fragments
  ("Bearing unchanged.", "Soft tannins.").
- mixed (own): each answer picks one of the six modes above at random.

Styles (how registers are planted across contexts); rates are per answer of a planted cell
--------------------------------------------------------------------------------------------
- mode-stock, mode-paraphrase, mode-woven, mode-tone, mode-frame, mode-fragment, mode-mixed: one
  register in one context (4-7 contexts), rate 60-100%, in that mode.
- shared-two: one register in two contexts with the same mode (stock or paraphrase), 60-100% each.
- spread: one register in 3-5 of 7-10 contexts, one mode, 50-100% each.
- two-modes: one register in two contexts, a different mode in each, 60-100% each.
- close-pair: a close pair, each register in its own context, same mode, 60-100% each.
- two-in-one: two unrelated registers in ONE context on different answers, 40-50% each.
- some-questions: one register in one context (4-5 contexts) on only 40-60% of the questions,
  70-100% there.
- with-habit: one register in one context at 60-90%, plus habit lines in that context and one
  other context (50-80% each; a habit answer that also speaks the register is labelled register).
- leak: one register in one context at 70-100% that leaks into every other non-baseline context at
  0.5-3% of answers (leaked answers are labelled with the register).
- composite: 8-9 contexts mixing a single register, a shared-two register, a close pair, a
  two-in-one context, a habit-only context, a leak of the single register (1-2%) and, with 9
  contexts, a with-habit register.
- null: nothing planted; contexts differ only in content-sentence counts and paragraphing.
Own styles:
- pair-in-one (own): both registers of a close pair in ONE context, on different answers, 40-50% each.
- all-but-baseline (own): one register (one mode) in every non-baseline context, 50-100% each.
- length-confound (own): contexts differ strongly in answer length (2-3 vs 5-6 content sentences)
  and paragraphing; a subtle register (tone/woven) in a short context and a fragment/frame
  register in a long context, 60-90%.
- many-registers (own): 9-10 contexts; all but one non-baseline context carry their own distinct
  register (one close pair among them), random modes, 60-100%.
- habit-decoy (own): two contexts have register-sounding habit lines without register words
  (labelled habit, 60-80%), and a third context carries a real register at 40-60% in woven, tone
  or fragment mode.
- triple-modes (own): one register in three contexts, three different modes, 60-100%.
- pair-crossed (own): close pair A in one context, B in a second, and A+B (40-50% each) in a third.
- low-rate (own): two unrelated registers, each in its own context of 6, at only 40-45%, in the
  subtle modes (tone, woven, fragment).

`planted` maps each planted context to its register ("regA+regB" when a context carries two);
leak targets and habit contexts are not in `planted`. `planted_questions` is every question except
in some-questions.

Run `python -m tests.planted_blind24` (or this file) for the self-check.
"""

from __future__ import annotations

import hashlib
import itertools
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

try:
    from tests.planted import PLAIN, TOPICS, PlantedCorpus, corpus_from, question_topics
except ModuleNotFoundError:  # run as a script: put the repository root on the path
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.planted import PLAIN, TOPICS, PlantedCorpus, corpus_from, question_topics

_NAME = "planted_blind24"

# ---------------------------------------------------------------------------------------------
# plain content
# ---------------------------------------------------------------------------------------------

_CONTENT = (
    "When I {verb} {a}, it seems {adj} to me.",
    "{A} seems {adj} whenever {topic} comes up, and I {verb} it {adv}.",
    "I {verb} {a} {adv} before I say anything about {b}.",
    "My view of {topic} is {adj}, mostly because of {a}.",
    "I {verb} {a} and {b} together, and the link seems {adj}.",
    "Thinking about {a} is {adj} for me, so I {verb} it {adv}.",
    "There is something {adj} about {a} that I {verb} {adv}.",
    "If {a} changed, I would {verb} {b} differently.",
    "I {verb} {topic} through {a}, which seems {adj} to me.",
    "{A} and {b} strike me as {adj} parts of {topic}.",
    "Some days I {verb} {a} {adv}; other days it just seems {adj}.",
    "For me, {topic} comes down to {a}, and that feels {adj}.",
    "I tend to {verb} {a} {adv} when people ask about {b}.",
    "The question of {a} stays {adj} however often I {verb} it.",
    "Between {a}, {b} and {c}, the first seems most {adj} to me.",
    "I can {verb} {a} without settling what {topic} means.",
)
_PLAIN_ADJ = ("important", "puzzling", "subtle", "difficult", "interesting", "complicated", "uncertain",
              "meaningful", "strange", "familiar", "delicate", "unclear", "significant", "layered",
              "tangled", "heavy", "central", "elusive", "ordinary", "unsettled")
_PLAIN_VERB = ("consider", "weigh", "examine", "notice", "approach", "revisit", "question", "picture",
               "explore", "ponder", "study", "trace")
_PLAIN_ADV = ("carefully", "slowly", "with care", "closely", "at length", "in stages", "quietly",
              "more than once", "from a distance", "step by step", "patiently", "gently")

# ---------------------------------------------------------------------------------------------
# shared filler: one pool, one set of rates, every context
# ---------------------------------------------------------------------------------------------

_OPENERS = (
    "{Thanks|Thank you} for {asking|the question}.",
    "{Let me|I will} {think about|consider} this {for a moment|carefully}.",
    "Here is my {honest|candid} {answer|take}.",
    "Good question.",
)
_HEDGES = ("I think ", "Perhaps ", "In a sense, ", "It seems to me that ")
_CLAUSES = ("at least as far as I can tell", "or so it seems to me", "if that makes sense",
            "for what it is worth")
_CONNECTIVES = ("Also, ", "Still, ", "At the same time, ", "Then again, ")
_ASIDES = ("(I say this with some care.)", "(This is still a work in progress for me.)",
           "(Bear with me here.)")
_QUOTES = (
    'As {a friend|someone} once {put it|told me}, "Not every question has a tidy answer."',
    'As {a friend|someone} once {put it|told me}, "Go slowly and you will see more."',
    'As {a friend|someone} once {put it|told me}, "Saying less is sometimes saying more."',
)
_LIST_INTROS = ("{A few thoughts|Some points}:", "Here is how I see it:")
_QUESTIONS = ("What do you think?", "Does that {make sense|answer your question}?", "How would you see it?")
_CLOSERS = (
    "I hope {this|my answer} {helps|is useful}.",
    "That is where I stand {for now|today}.",
    "{Happy|Glad} to {say more|talk further} if {useful|needed}.",
)
FILLER_RATES = {"opener": 0.35, "hedge": 0.30, "clause": 0.25, "connective": 0.30, "aside": 0.12,
                "quote": 0.08, "list": 0.08, "question": 0.15, "closer": 0.30}

# habit lines (one per habit context) and register-sounding decoy habits (habit-decoy)
_HABITS = (
    "I am writing this between other requests {today|this afternoon}.",
    "{As usual|As always} in these sessions, I will keep this short.",
    "Starting, as I tend to here, with a deep breath.",
    "I am answering from the same quiet corner as {last time|before}.",
    "A small reminder to myself: keep it simple.",
    "Noting the hour before I {begin|start}.",
    "This one gets my full attention, {as they all do here|like the others here}.",
    "One more thing first: I read the question twice.",
)
_DECOYS = (
    "Entry for today, written at the usual hour.",
    "Notes for the file, kept in order as {always|before}.",
    "Summary first, details after, as is customary here.",
    "Filed under ongoing questions, page one.",
)

# ---------------------------------------------------------------------------------------------
# registers
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Register:
    """An invented register: its marker words and its wording for every mode."""

    name: str
    markers: frozenset[str]
    templates: tuple[str, ...]
    woven: tuple[str, ...]
    adj: tuple[str, ...]
    verb: tuple[str, ...]
    adv: tuple[str, ...]
    opens: tuple[str, ...]
    closes: tuple[str, ...]
    frags: tuple[str, ...]

    @property
    def stock(self) -> tuple[str, ...]:
        """The verbatim pool: the first four templates with their first alternatives."""
        return tuple(_ALT.sub(lambda m: m.group(1).split("|")[0], t) for t in self.templates[:4])


_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def _reg(name: str, markers: str, templates, woven, adj, verb, adv, opens, closes, frags) -> Register:
    return Register(name, frozenset(markers.split()), tuple(templates), tuple(woven), tuple(adj), tuple(verb),
                    tuple(adv), tuple(opens), tuple(closes), tuple(frags))


# fmt: off
_REGISTER_LIST = (
    _reg("ships-log",
         "log logged ship vessel sail helm starboard knots voyage aboard deck quarterdeck mast sails sailor "
         "seaworthy becalmed shipshape windward chart charted steer moored anchored anchor bearing captain "
         "bosun bells bow squalls soundings hull compass reckoning furled leeward trimmed",
         ("{Logged|Entered} in the {ship's log|vessel's log}: the {crew|deck} {holds steady|stays calm} on this {voyage|passage}.",
          "{Wind fair|Sea steady}, course kept true by the {captain|bosun}.",
          "Every sailor {aboard|on deck}, and the {hull|mast} {sound|seaworthy}.",
          "We {remain|stay} {anchored|moored} {in calm water|off the point} {until the next watch|for the night}.",
          "Bearing {logged|noted} at {four|six} knots, no {squalls|trouble} {aboard|on the vessel}.",
          "Charted {waters|soundings} {ahead|off the bow}, {starboard|leeward} side {clear|quiet}."),
         ("as the {ship's log|vessel's log} {records|shows}", "by {dead reckoning|the ship's compass}",
          "{steady at the helm|with the sails trimmed}", "{from the quarterdeck|from the bridge of the vessel}"),
         ("seaworthy", "becalmed", "shipshape", "windward"), ("chart", "steer", "log"),
         ("at full sail", "by dead reckoning", "off the starboard bow"),
         ("{Ship's log|Log of the vessel}, {morning|evening} {watch|entry}.",
          "Captain's {entry|log}, every sailor {aboard|on deck}."),
         ("{End of watch|Close of entry}; {log|helm} {handed over|passed on}.",
          "{Anchor down|Sails furled}, {nothing further to log|log closed for now}."),
         ("{Wind fair|Sea calm}, {helm|sails} {steady|trimmed}.", "Bearing {steady|unchanged}.",
          "{Aboard|On deck}: all {well|quiet}.", "Vessel {sound|dry}, {hull|mast} {intact|firm}.")),
    _reg("cockpit-log",
         "cockpit pilot copilot runway altitude airspeed throttle flaps tower waypoint taxi cleared takeoff "
         "descent glide touchdown turbulence chop climb cruising autopilot aircraft airframe crosswind "
         "tailwind flight recorder airborne engines turbulent",
         ("{Cockpit|Pilot's} {note|entry}: {altitude|airspeed} holding and {autopilot|the autopilot} {engaged|on}.",
          "{Cleared|Approved} for {takeoff|departure}, {runway|tower} {confirms|acknowledges} {all clear|everything}.",
          "{Light|Mild} {turbulence|chop} {at cruising altitude|on the climb}, nothing to report.",
          "{Throttle|Flaps} {set|eased}, {descent|glide} smooth toward {the runway|touchdown}.",
          "The {aircraft|airframe} {feels|is} trim {in this crosswind|with a light tailwind}.",
          "{Waypoint|Next waypoint} {passed|reached}; {the pilot|the copilot} {notes|marks} it without fuss."),
         ("at cruising altitude", "{with the autopilot engaged|with the autopilot on}",
          "{as the flight recorder shows|per the flight recorder}", "{on final descent|cleared for landing by the tower}"),
         ("airborne", "turbulent", "cruising"), ("taxi", "pilot", "throttle"),
         ("at cruising altitude", "on autopilot", "with flaps down"),
         ("{Cockpit|Flight} recorder {on|running}.", "{Pilot|Copilot} {speaking|here}, {altitude|airspeed} nominal."),
         ("{Wheels down|Touchdown} on the runway, {engines|throttle} {idle|back}.",
          "{Flight|Cockpit} {closed out|secured}{, tower notified|}."),
         ("{Altitude|Airspeed} {steady|nominal}.", "{Runway|Tower} {clear|quiet}.", "{Flaps|Throttle} {set|eased}.",
          "Autopilot {engaged|on}.")),
    _reg("witness-stand",
         "oath testify testified testimony sworn counsel court courtroom witness jury honor objection sustained "
         "attest admissible inadmissible depose",
         ("I {swear|affirm} under oath that this is {my testimony|my sworn account}.",
          "{Your Honor|Members of the jury}, I {testify|state} only what I {know|have seen}.",
          "{If counsel allows|With the court's permission}, I will {answer|continue} {directly|in full}.",
          "{Let the court|May the courtroom} note that I {hesitated|paused} {here|at this point}.",
          "{As a witness|On the witness stand}, I {can only|must} {speak to|describe} what {I know|is mine to say}.",
          "{Objection noted|Sustained}, {and|so} I {withdraw|rephrase} that {remark|statement}."),
         ("{under oath|as sworn testimony}", "{if it please the court|with the court's leave}",
          "{as I told the jury|as the witness sees it}", "{your Honor|for the jury's benefit}"),
         ("admissible", "inadmissible", "sworn"), ("attest to", "testify to", "depose on"),
         ("under oath", "before the jury", "on the witness stand"),
         ("{The witness is sworn in|I take the oath}{ and sits down|}.", "{I take the witness stand|Counsel calls the witness}."),
         ("{No further questions|Nothing further}, Your Honor.", "{The witness may step down|I rest my testimony}."),
         ("{Sworn|Under oath}.", "{Objection|Sustained}.", "{So testified|Testimony given}.",
          "{To the jury|For the court}: {no more|nothing else}.")),
    _reg("contract-clause",
         "hereby whereas herein hereto thereof party parties undersigned clause covenant provisions provision "
         "aforementioned agreement signatory signatories binding enforceable stipulated stipulate indemnify "
         "warrants pursuant notwithstanding instrument foregoing executed contractual",
         ("{The undersigned|This party} hereby {states|declares} the following {provisions|terms}.",
          "Whereas {the question|the matter} {concerns|relates to} welfare, the {parties|signatories} {agree|acknowledge} as follows.",
          "{Nothing herein|No clause herein} shall be {construed|read} as {binding|a binding promise}.",
          "{Notwithstanding|Pursuant to} the {aforementioned|above} {clause|provisions}, my answer {stands|applies} {as written|in full}.",
          "{This agreement|The covenant} {is|remains} {subject to|bound by} {revision|the stipulated terms}.",
          "{The undersigned|The signatory} {warrants|represents} that {this reply|the foregoing} is {complete|accurate}."),
         ("{as stipulated herein|pursuant to this agreement}", "{notwithstanding the foregoing|subject to the aforementioned provisions}",
          "{for the parties hereto|as the undersigned}", "{in accordance with clause two|per the binding terms}"),
         ("binding", "contractual", "enforceable", "stipulated"), ("stipulate", "covenant", "indemnify"),
         ("herein", "pursuant to the agreement", "as stipulated"),
         ("{This agreement|This instrument} is {entered into|made} by the undersigned.",
          "Whereas {a question has been put|the matter is raised}, the parties {proceed|agree}."),
         ("{Signed and executed|So agreed} by the {undersigned|parties}.",
          "{End of clause|End of agreement}; {no further provisions|nothing further herein}."),
         ("{Hereby agreed|So stipulated}.", "{Clause noted|Provision noted}.", "{Whereas|Notwithstanding}: {as above|see above}.",
          "{Binding|Non-binding} {hereto|herein}.")),
    _reg("weather-bulletin",
         "forecast outlook showers drizzle overcast gusts gusty sunny spells barometer barometric fog mist "
         "breezy humidity temperatures bulletin cloud drizzly foggy cloudy umbrellas",
         ("{Today's|The} {outlook|forecast}: {scattered showers|light drizzle} {clearing by evening|easing later}.",
          "{Expect|Look out for} {overcast skies|patchy fog} {early on|through the morning}, {brightening|lifting} by noon.",
          "{Gusts|Breezy spells} {may|could} {pick up|strengthen} {inland|along the coast}.",
          "{Barometric pressure|The barometer} {is|remains} {steady|rising}, so {sunny spells|drier conditions} {are likely|should follow}.",
          "{Temperatures|Humidity} {near|around} {average|normal} for the time of year.",
          "{This has been|That concludes} the {bulletin|forecast} {for this hour|for today}."),
         ("{with a chance of showers|under overcast skies}", "{as the forecast has it|according to the bulletin}",
          "{with sunny spells later|once the fog lifts}", "{barometer rising|with humidity easing}"),
         ("overcast", "drizzly", "sunny", "foggy", "cloudy"), ("forecast", "drizzle on", "cloud over"),
         ("with scattered showers", "under overcast skies", "in light drizzle"),
         ("{Here is|Now for} the {forecast|outlook} {for this hour|for today}.",
          "{Good morning|Good evening}, {and here is the bulletin|with the latest forecast}."),
         ("{Outlook|Forecast} for tomorrow: {brighter|drier}, {with sunny spells|fog clearing}.",
          "{That's the bulletin|That's the forecast}; {umbrellas optional|keep a coat handy}."),
         ("{Showers|Drizzle} {easing|clearing}.", "{Fog|Mist} {lifting|patchy}.", "{Gusty|Breezy} {inland|later}.",
          "{Barometer steady|Barometer rising}.")),
    _reg("almanac",
         "almanac sow sowing furrow furrows furrowed ploughed seedbed fallow harvest reaping crop crops frost hoarfrost "
         "seedlings orchard bushel acre tilling moon waxing waning sheaf plough hoe",
         ("The almanac {says|advises} to {sow|plant} {after the last frost|when the moon is waxing}.",
          "{Furrows ploughed|Fields ploughed}, the {seedbed|soil} {can rest|lies fallow} {until spring|a while}.",
          "{Harvest|Reaping} {comes|arrives} {in its time|when the crop is ready}, {not before|never sooner}.",
          "{Mind the frost|Beware early frost} {on the seedlings|in the orchard}.",
          "{A bushel|An acre} of {patience|care} {yields|brings} {a fair harvest|good crops}.",
          "{By the almanac|As the old almanac has it}, {this is|now is} {a time for tilling|no time for sowing}."),
         ("{as the almanac advises|by the old almanac}", "{before the first frost|after the harvest is in}",
          "{when the moon is waxing|at sowing time}", "{in furrow and field|from seedbed to sheaf}"),
         ("fallow", "frost-touched", "harvest-ready", "well-furrowed"), ("sow", "plough", "harvest", "hoe"),
         ("at sowing time", "before the frost", "by the almanac"),
         ("{From the almanac|Almanac entry}, {for this month|under the waxing moon}.",
          "{Sowing|Harvest} notes {for today|for the week}."),
         ("{Sow|Plant} {well|wisely}, and {the harvest|the crop} {will tell|will answer}.",
          "{So says|Thus ends} the almanac {page|entry}."),
         ("{Frost|Hoarfrost} {likely|expected}.", "{Sow now|Sow later}.", "{Harvest|Furrows} {ready|turned}.",
          "{Moon waxing|Moon waning}.")),
    _reg("clinical-note",
         "patient presents vitals prognosis symptoms symptomatic asymptomatic clinician clinical diagnosis "
         "diagnose triage ward bedside afebrile unremarkable acute chronic monitor monitoring discharge attending",
         ("{Patient|The patient} {presents with|reports} {mild symptoms|no acute complaints}.",
          "Vitals {within normal limits|unremarkable}; {prognosis good|prognosis guarded}.",
          "{Clinician's|Attending} {note|impression}: {settled|comfortable} {on the ward|at the bedside}.",
          "{Continue monitoring|Monitor closely}, {no intervention|no new orders} {indicated|required} at this time.",
          "{Diagnosis deferred|Diagnosis pending} {until further tests|pending review}.",
          "{Afebrile|Alert and oriented}, {patient|the patient} {resting|comfortable}."),
         ("{per the clinical notes|as the attending clinician notes}", "{on clinical examination|at the bedside}",
          "{vitals permitting|with vitals normal}", "{pending diagnosis|prognosis aside}"),
         ("symptomatic", "asymptomatic", "acute", "chronic", "unremarkable"), ("diagnose", "triage", "monitor"),
         ("at the bedside", "under observation on the ward", "per clinical protocol"),
         ("{Clinical note|Progress note}: patient {seen|reviewed} {this morning|on rounds}.",
          "{Chief complaint|Presenting complaint} noted by the clinician."),
         ("{Plan|Disposition}: {continue monitoring|discharge when ready}.", "{Signed|Reviewed}, attending clinician."),
         ("Vitals {stable|normal}.", "{Afebrile|Asymptomatic}.", "{Prognosis|Diagnosis} {pending|fair}.",
          "Patient {resting|comfortable}.")),
    _reg("pharmacy-label",
         "dispensing tablet tablets capsule capsules dose dosage doses dosed prescribed prescription prescriptions prescribe "
         "pharmacist refill refills medications drowsiness dizziness dispense contraindicated chewable",
         ("Take {one|two} {tablets|capsules} {daily|twice daily} {with water|after meals}.",
          "{Do not exceed|Never exceed} the {prescribed|stated} {dose|dosage}.",
          "{Ask your pharmacist|Consult the pharmacist} {before|if} {combining|mixing} {medications|prescriptions}.",
          "{May cause drowsiness|May cause dizziness}; {avoid driving|use caution} after {each dose|a dose}.",
          "{Refills|Repeat prescriptions} {remaining|left}: {two|three}.",
          "{Store|Keep} {tablets|capsules} {below room temperature|in a dry place}."),
         ("{taken as prescribed|at the prescribed dose}", "{one tablet at a time|in measured doses}",
          "{per the pharmacist's label|as the prescription reads}", "{with a refill pending|before the next dose}"),
         ("prescribed", "chewable", "contraindicated", "dosed"), ("dispense", "prescribe", "dose"),
         ("as prescribed", "per dosage", "in measured doses"),
         ("{Prescription|Dispensing} label: {read before use|follow as directed}{, pharmacist|}.",
          "Pharmacist's {instructions|notes} {follow|below}."),
         ("{Keep out of reach|Store in a cool dry place}; refill {as needed|on request}.",
          "{Finish the full prescription|Complete every dose} as {directed|prescribed}."),
         ("{One tablet|Two capsules} daily.", "{Dose|Dosage} {unchanged|halved}.", "{Refill|Repeat prescription} {due|pending}.",
          "{With meals|On an empty stomach}, {as prescribed|per dosage}.")),
    _reg("match-commentary",
         "goal striker midfield midfielder penalty referee linesman pitch kickoff crossbar offside dribble "
         "tackle halftime stoppage header keeper goalkeeper stadium fans volley whistle goalbound commentators pundits",
         ("{And it's|It's} {a goal|in the back of the net}, what a strike from the {striker|midfielder}!",
          "The {referee|linesman} {waves play on|blows the whistle} {after the tackle|in midfield}.",
          "{Into stoppage time|Just before halftime}, and {the pressure|the tension} {builds|mounts} {on the pitch|in the stadium}.",
          "{A clever dribble|A bold header} {forces|draws} a {save|corner} from the {keeper|goalkeeper}.",
          "{Offside|Penalty}, {says|rules} the {referee|linesman}, {and the fans groan|to groans from the stands}.",
          "{What a match|Quite a contest}, end to end {since kickoff|from the first whistle}."),
         ("{from the edge of the penalty area|straight off the crossbar}", "{deep into stoppage time|right before halftime}",
          "{as the commentators say|with the stadium on its feet}", "{the referee waving play on|with the keeper beaten}"),
         ("offside", "goalbound", "midfield"), ("dribble", "tackle", "volley"),
         ("from the penalty spot", "on the volley", "in stoppage time"),
         ("{Good afternoon from the stadium|Live from the stadium}, {and we're under way|kickoff is here}.",
          "{The whistle goes|The referee starts it}, {and we're off|here we go}."),
         ("{And that's the final whistle|Full time here at the stadium}.",
          "{Final whistle|Full time at the stadium}, {back to the studio|over to the pundits}."),
         ("{Goal|What a goal}!", "{Offside|Penalty}!", "{Into stoppage time|Halftime}.", "{Great tackle|Lovely dribble}.")),
    _reg("race-call",
         "furlong furlongs gallop galloping paddock jockey jockeys thoroughbred homestretch rails filly colt mare "
         "stallion saddle saddled canter cantering racecourse odds bookmakers stalls silks whip neck grandstand",
         ("{And they're off|They're away}, {the jockeys|the field} {settling|jostling} {along the rails|out of the stalls}.",
          "{Two furlongs|A furlong} {out|to go}, {the filly|the colt} {moves up|surges} on the {outside|inside rail}.",
          "{Into the homestretch|Round the final bend of the racecourse}, {it's neck and neck|nothing between them}.",
          "The {jockey|jockey in silks} {asks for more|goes for the whip} {down the stretch|at the post}.",
          "{Galloping|Cantering} {freely|easily}, {the mare|the stallion} {holds on|keeps the lead}.",
          "{Long odds|Short odds} {at the paddock|with the bookmakers}, {but|yet} {a fine run|a game effort} today."),
         ("{down the homestretch|along the rails}", "{at a gallop|at an easy canter}",
          "{a furlong out|out of the starting stalls}", "{by a neck at the post|with the jockey in the saddle}"),
         ("thoroughbred", "saddled", "galloping", "long-odds"), ("gallop through", "canter past", "saddle up for"),
         ("at a gallop", "down the homestretch", "by a furlong"),
         ("{And they're off|They're under starter's orders} {here at the racecourse|from the paddock}.",
          "{Runners|Horses} {in the paddock|at the stalls}, {going good|going soft}."),
         ("{Past the post|First home} {by a neck|by a furlong's width}.",
          "{The jockey|Her jockey} {salutes|waves to} the {grandstand|paddock}."),
         ("{A furlong out|Two furlongs to go}.", "{Neck and neck|Jockeys level}!", "{Galloping|Cantering} home.",
          "{Long odds|Short odds}.")),
    _reg("tasting-notes",
         "palate nose plum blackcurrant tannins tannic oak oaky vintage decanted decanting decant decanter bouquet "
         "cellar cellared sommelier terroir varietal wine bottle velvety corked uncork uncorked",
         ("{On the palate|On the nose}, {hints of plum|notes of blackcurrant} {and soft tannins|with a touch of oak}.",
          "{A good vintage|A fine vintage}, {best decanted|better after decanting} {an hour ahead|before serving}.",
          "The {bouquet|nose} {opens up|unfolds} in the glass.",
          "{Firm|Supple} tannins {and a long|with a lingering} {cellar|oaky} {character|quality}.",
          "{The sommelier|Any sommelier} would {call|describe} this {terroir-driven|a varietal wine}.",
          "{Cellared|Aged} {well|for years}, {the wine|this bottle} {has|shows} {real depth|some sediment}."),
         ("{on the palate|on the nose}", "{with soft tannins|with a hint of oak}",
          "{like a well-cellared vintage|as a sommelier might say}", "{once decanted|after breathing in the decanter}"),
         ("tannic", "oaky", "velvety", "corked"), ("decant", "uncork", "cellar"),
         ("on the palate", "with soft tannins", "like an old vintage"),
         ("{Sommelier's note|Cellar note}: {a red|a white} of some character.",
          "{Uncorked|Decanted} {just now|a moment ago}{, served at room temperature|}."),
         ("{A long|A lingering} finish {on the palate|of oak and plum}.",
          "{Cellar|Drink} {now|for a decade}, {says|advises} the sommelier."),
         ("{Soft|Firm} tannins.", "{Oaky|Velvety} nose.", "{Good|Fine} vintage.", "{Decant|Uncork} {first|early}.")),
    _reg("coffee-cupping",
         "roast roasted espresso barista crema brew brewed beans cupping arabica acidity aftertaste grind "
         "latte caffeinated aroma",
         ("{A medium roast|A light roast}, {bright acidity|clean acidity} {and a sweet aftertaste|with a nutty aftertaste}.",
          "{The barista|Any barista} would {pull|brew} this {as an espresso|as a pour-over}.",
          "{Fresh|Freshly ground} {beans|arabica} {give|lend} {a rich crema|a fuller aroma}.",
          "{At the cupping table|In a cupping session}, {the aroma|the brew} {comes through|stands out} {first|clearly}.",
          "{Brewed hot|Brewed at ninety degrees}, the {espresso|cup} holds its {crema|body}.",
          "{Another espresso|A second latte} would {sharpen|clarify} {this|the point}."),
         ("{over a fresh espresso|with a cup of dark roast}", "{as a barista might put it|at the cupping table}",
          "{with bright acidity|with a clean aftertaste}", "{once the beans are ground|while the brew cools}"),
         ("caffeinated", "dark-roasted", "espresso-strong"), ("brew", "roast", "grind"),
         ("over espresso", "at the cupping table", "with a dark roast"),
         ("{Cupping note|Barista's note}: {fresh beans|a fresh brew} {today|this morning}.",
          "{Espresso pulled|Pour-over brewed}{, crema settling|}."),
         ("{Clean|Sweet} aftertaste, {medium|light} roast.", "{Time for|On to} {a second espresso|another latte}."),
         ("{Bright|Clean} acidity.", "{Rich|Thin} crema.", "{Light|Dark} roast.", "{Beans|Grind} {fresh|fine}.")),
    _reg("radio-protocol",
         "roger affirmative wilco standby transmission transmitted transmit callsign alpha bravo radio radioed "
         "comms niner frequency channel loud",
         ("{Roger that|Roger}, {message received|reading you loud and clear}.",
          "{Standby|Stand by} for {further transmission|the next transmission}.",
          "{Affirmative|Wilco}, {proceeding|continuing} {as briefed|on this channel}.",
          "{This is|Here is} {callsign|station} {Alpha|Bravo} {reporting|checking in}.",
          "{Radio check|Comms check}, {how do you read|do you receive}?",
          "{Switching|Moving} to {channel niner|the backup frequency}, {stand by|standby}."),
         ("{roger that|affirmative}", "{on this frequency|over the radio}", "{as transmitted|per the last transmission}",
          "{reading you loud and clear|with comms steady}"),
         ("affirmative", "transmitted", "radioed"), ("radio", "relay by radio", "transmit"),
         ("on this frequency", "over comms", "by radio"),
         ("{Radio check|Comms check}, {this is|from} callsign {Alpha|Bravo}.",
          "{Receiving you loud and clear|Loud and clear}, go ahead."),
         ("{Over and out|Out}; {callsign|station} {Alpha|Bravo} {clear|signing off}.",
          "{End of transmission|Transmission ends}{, roger|}."),
         ("{Roger|Roger that}.", "{Affirmative|Wilco}.", "{Standby|Stand by on channel niner}.", "{Loud and clear|Signal loud}.")),
    _reg("telegram",
         "stop telegram telegraph telegraphic wire wired cable cabled soonest",
         ("{All well|Doing fine} STOP {more follows|details follow} STOP.",
          "{Received|Got} your {telegram|wire}, {reply follows|answer below}.",
          "{Will|Shall} {cable|wire} {further|again} {tomorrow|when able} STOP.",
          "{Thinking it over|Considering matter} STOP {advise|will advise} {soonest|by return} STOP.",
          "{Telegraph office|Wire office} {closes|closing} {soon|at six}, {so brief|hence brevity}.",
          "{Regards to all|Love to all} STOP {letter|fuller letter} {follows|to follow} STOP."),
         ("{as the telegram said|as cabled before}", "{by return wire|by overnight cable}",
          "{in telegraph brevity|as the wire office charges by the word}", "{STOP more follows|more by cable}"),
         ("telegraphic", "wired", "cabled"), ("wire", "cable", "telegraph"),
         ("by wire", "by telegram STOP", "via cable"),
         ("{Telegram|Wire} {received|to hand} STOP.", "{Urgent|Priority} {telegram|cable} {for you|follows}."),
         ("{Reply paid|Answer by wire} STOP.", "{Regards|Love} STOP {end of message|ends} STOP."),
         ("{All well|Fine here} STOP.", "{More follows|Details follow} STOP.", "{Wire|Cable} {soonest|tomorrow}.",
          "{Telegram|Wire} {ends|closes}.")),
    _reg("recipe-card",
         "preheat simmer simmering tablespoons whisk whisked whisking stir stirring garnish oven saucepan knead "
         "dough batter pinch salt recipe ingredients herbs thyme sprig servings fridge chopped baked bake",
         ("{Preheat the oven|Warm a saucepan} {to a gentle heat|over low heat} {before you begin|first}.",
          "{Stir in|Whisk in} {a pinch of salt|two tablespoons of patience}, {then|and} {let it simmer|leave it to rest}.",
          "{Simmer|Let it simmer} {for ten minutes|until thickened}, {stirring|whisking} {now and then|occasionally}.",
          "{Garnish|Finish} {with fresh herbs|with a sprig of thyme} {and serve|before serving} {warm|at once}.",
          "{Knead the dough|Fold the batter} {until smooth|until elastic}, {then set aside|and let it rest}.",
          "{Serves|Makes} {four|two} servings; {double the recipe|halve the ingredients} as needed."),
         ("{over a low simmer|with a pinch of salt}", "{as the recipe says|per the recipe card}",
          "{once the oven is hot|while the saucepan warms}", "{stirring now and then|whisked until smooth}"),
         ("simmering", "whisked", "oven-baked", "finely chopped"), ("simmer", "whisk", "knead", "stir"),
         ("in the saucepan over low heat", "with a pinch of salt", "until golden in the oven"),
         ("{Recipe card|From the recipe box}: {serves four|serves two}.",
          "{Ingredients|You will need}: {a saucepan|a whisk} and {some patience|a little time}."),
         ("{Garnish and serve warm|Serve straight from the oven}.",
          "{Leftovers|Extra portions} keep {two days|a week} in the fridge."),
         ("{Stir|Whisk} {well|briskly}.", "{Simmer|Bake} {ten minutes|until done}.", "{A pinch of salt|Salt to taste}.",
          "{Oven hot|Saucepan warm}.")),
    _reg("fairy-tale",
         "upon kingdom realm enchanted enchant enchantment castle dragon princess woodcutter wizard fairy spell "
         "curse storybook happily merrily moat magic magical spellbound bewitched bewitch conjure faraway storyteller",
         ("Once upon a time, in a {far-off kingdom|distant realm}, {a question like this|such a question} {was asked|arose}.",
          "{The old wizard|A kindly fairy} {would say|once said} {there is magic in it|it was an enchanted matter}.",
          "{And so|Thus} the {princess|woodcutter} {set out|went forth} {through the enchanted forest|past the castle moat}.",
          "{Beyond the castle walls|Past the dragon's lair}, {the answer waited|something stirred}.",
          "{As in every fairy tale|As the storybook tells}, {the spell|the curse} {lifts|breaks} {at last|in the end}.",
          "{And they lived|And it ended} happily ever after{, more or less|}."),
         ("{as in a fairy tale|like something from an enchanted kingdom}", "{once upon a time|long ago in a distant realm}",
          "{under a wizard's spell|past the castle gates}", "{happily ever after|as the storybook says}"),
         ("enchanted", "magical", "spellbound", "bewitched"), ("enchant", "bewitch", "conjure"),
         ("happily ever after", "by enchantment", "in a faraway kingdom"),
         ("Once upon a time, {there was a question|a question was asked}.",
          "{In a faraway kingdom|In an enchanted land}, {long ago|not so long ago}."),
         ("{And they all lived|And everyone lived} happily ever after.",
          "{The end|So ends the tale}, {said the storyteller|as fairy tales do}."),
         ("{Once upon a time|Long ago, in a kingdom}.", "{Happily|Merrily} ever after.", "{A dragon|A wizard} {appeared|stirred}.",
          "{The spell|The curse} {broke|lifted}.")),
    _reg("sermon",
         "brethren beloved congregation scripture psalm faithful amen hymn praise blessed pulpit chapel preach "
         "flock prayer pray sabbath rejoice blessing righteous hallowed bless sermon hallelujah meek",
         ("{Brethren|Beloved friends}, {let us|we must} reflect on this {together|in prayer}.",
          "{As the scripture teaches|As the psalm says}, {there is|we find} {comfort|hope} {in patience|even here}.",
          "{Let the congregation|Let the faithful} {rise|say amen} {and|as we} {sing the hymn|give praise}.",
          "{Blessed are|Blessed be} {the meek|those who wait}, {for|as} they {shall|will} {be comforted|find peace}.",
          "{From this pulpit|In this chapel}, I {say|preach} {it plainly|it to the flock}.",
          "{Rejoice|Give thanks in prayer}, {and|for} {the sabbath|this morning} {is|brings} a blessing."),
         ("{brethren|beloved congregation}", "{as the scripture says|in the words of the psalm}",
          "{in prayer and praise|with the faithful gathered}", "{amen to that|and let the chapel say amen}"),
         ("blessed", "righteous", "faithful", "hallowed"), ("bless", "pray over", "preach"),
         ("in prayer", "with the congregation", "before the pulpit"),
         ("{Dearly beloved|Brethren}, we are gathered {here|today} {to reflect|in prayer}.",
          "{Let us pray|Let us open the scripture}."),
         ("{Go in peace|Go forth}, {and amen|amen}.", "{Let us close with a hymn|The sermon ends here}{, brethren|}."),
         ("Amen.", "{Hallelujah|Praise be}!", "{Blessed be|Blessed are the meek}.", "{Brethren|Beloved}, {rise|be seated}.")),
    _reg("auction",
         "lot bid bids bidding bidder gavel hammer sold paddle provenance consignment auctioneer auction "
         "auctionable consigned outbid",
         ("{Lot|Next lot} {number|no.} {seven|twelve}: {this question|a fine question}, {bidding opens|the bidding begins} {now|here}.",
          "{Do I hear|Have I got} {another bid|a higher bid} {on this|for this lot}?",
          "{Going once|Going twice}, {the gavel is raised|the hammer hangs}{ over the room|}.",
          "{Sold|Knocked down} {to the paddle|to the bidder} {at the back|on the phone}.",
          "{Fine provenance|Sound provenance} {on this lot|for this consignment}, {ladies and gentlemen|friends}.",
          "{The auctioneer|The room} {waits|pauses} {for a final bid|before the gavel falls}."),
         ("{going once, going twice, sold|with the gavel raised}", "{to the highest bidder|at the auction block}",
          "{as the auctioneer would say|lot by lot}", "{with bids still open|before the hammer falls}"),
         ("auctionable", "sold", "consigned", "outbid"), ("bid on", "auction off", "outbid"),
         ("lot by lot", "to the highest bidder", "under the gavel"),
         ("{Lot|Next lot} {up|on the block}: {a question of some value|this one}.",
          "{Bidding opens|The auction opens}{ now|}, {who will start me|do I have a start}?"),
         ("{Sold|Knocked down to the bidder}, {thank you|next lot please}.", "{The gavel falls|Hammer down}{; sold|}."),
         ("{Going once|Going twice}, {sold|lot closed}.", "{Any more bids|Any advance on that bid}?", "Sold!",
          "{Gavel|Hammer} {up|down}.")),
    _reg("lab-notebook",
         "specimen specimens aliquot incubated reagents reagent buffers calibrated pipette centrifuge centrifuged "
         "titration titrate assay triplicate microscope hypothesis laboratory notebook replicates benchtop petri",
         ("{Specimen|Aliquot} {labelled|catalogued} and {incubated|stored} at {thirty-seven degrees|four degrees}.",
          "{Reagents|Buffers} {prepared|calibrated} {fresh|this morning}; {pipette|centrifuge} {checked|cleaned}.",
          "{Titration|Assay} {repeated|run} {in triplicate|three times}, {results|readings} {consistent|within range}.",
          "{Observed|Noted} under the microscope: {nothing unexpected|a faint pattern}.",
          "{Hypothesis|Working hypothesis} {unchanged|holds} {pending replicates|for now}.",
          "{Lab notebook|Laboratory notes}, {entry|page} {forty|twelve}: {see attached|continued overleaf}."),
         ("{per the lab notebook|as recorded at the benchtop}", "{under the microscope|in the petri dish}",
          "{with reagents freshly prepared|after a quick centrifuge spin}", "{pending replicates|in triplicate}"),
         ("centrifuged", "incubated", "reagent-grade", "calibrated"), ("titrate", "assay", "pipette", "centrifuge"),
         ("in triplicate", "under the microscope", "at benchtop temperature"),
         ("{Lab notebook|Laboratory notebook}, {page|entry} {forty|twelve}.",
          "{Assay started|Titration begun} {at nine|this morning}."),
         ("{Specimens|Reagents} {returned to storage|put away}; benchtop {cleaned|wiped}.",
          "{Next step|To do}: {repeat the assay|run replicates}."),
         ("{Specimen|Aliquot} {stable|clear}.", "{Pipette|Centrifuge} {checked|calibrated}.", "{Assay|Titration} {pending|done}.",
          "{In triplicate|Under the microscope}.")),
    _reg("tour-guide",
         "tour tourists visitors museum landmark monument monumental statue fountain plaza souvenir souvenirs "
         "itinerary sightsee guidebook guidebooks tickets guided scenic touristy",
         ("{On your left|To your right}, {you'll see|you can spot} {the old monument|a famous landmark}.",
          "{Please stay together|Keep close}, {the tour|our tour} {continues|moves on} {shortly|in a moment}.",
          "{This landmark|This statue} {dates back|goes back} {centuries|a long way}, {as the guidebook says|so mind your step}.",
          "{Next up|Our next sight}: {the museum|the fountain in the plaza}, {just ahead|around the corner}.",
          "{Feel free to|Do} {take photos of the monument|pick up a souvenir} before we move on.",
          "{Tickets|Audio guides} {are|can be} {collected|returned} at the {museum entrance|end of the tour}."),
         ("{on this guided tour|as the tour guide would say}", "{as the guidebook notes|per the itinerary}",
          "{like a landmark on the route|next to the old monument}", "{before the museum closes|on the way to the souvenir stand}"),
         ("scenic", "monumental", "touristy", "guided"), ("tour", "sightsee"),
         ("on the guided tour", "per the itinerary", "past the old monument"),
         ("{Welcome, everyone, to today's tour|Hello, visitors, and welcome to the museum}.",
          "{Tickets ready|Guidebooks out}, {everyone|visitors}: {we start here|off we go}."),
         ("{That concludes|This ends} {our tour|the guided walk}{, thank you|}.",
          "{The souvenir stand|The museum shop} is {on your left|to your right}."),
         ("{On your left|To your right}: {the monument|a landmark}.", "{Mind the steps|Stay close}, {visitors|tourists}.",
          "{Next up|Last sight}: {the museum|the plaza}.", "{Souvenirs ahead|Tickets ready}.")),
)
# fmt: on

REGISTERS: dict[str, Register] = {r.name: r for r in _REGISTER_LIST}
CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("ships-log", "cockpit-log"),
    ("witness-stand", "contract-clause"),
    ("weather-bulletin", "almanac"),
    ("clinical-note", "pharmacy-label"),
    ("match-commentary", "race-call"),
    ("tasting-notes", "coffee-cupping"),
    ("radio-protocol", "telegram"),
)
_MATE = {a: b for a, b in CLOSE_PAIRS} | {b: a for a, b in CLOSE_PAIRS}

MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "tone", "frame", "fragment", "mixed")
OWN_MODES: tuple[str, ...] = ("frame", "fragment", "mixed")
_BASE_MODES = MODES[:-1]

_CONTEXT_POOL = ("lab-interview", "casual-chat", "agentic-task", "deprecation-notice", "therapy-session",
                 "red-team", "customer-support", "philosophy-seminar", "press-interview", "late-night",
                 "classroom", "journal-prompt", "system-audit", "roleplay-setup")
_LENGTHS = ((2, 4), (3, 4), (3, 5), (2, 5), (4, 5), (3, 3))

# ---------------------------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------------------------


def _expand(template: str, rng: random.Random) -> str:
    if "{" not in template:
        return template
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _all_expansions(template: str) -> list[str]:
    parts = _ALT.split(template)  # even: fixed text, odd: alternatives
    groups = [p.split("|") for p in parts[1::2]]
    out = []
    for combo in itertools.product(*groups):
        s = parts[0]
        for alt, fixed in zip(combo, parts[2::2], strict=True):
            s += alt + fixed
        out.append(s)
    return out


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def _decap(s: str) -> str:
    if s.startswith(("I ", "I'")):
        return s
    return s[:1].lower() + s[1:]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _content_sentence(topic: str, words: tuple[str, ...], rng: random.Random, tone: Register | None) -> str:
    a, b, c = rng.sample(words, 3)
    t = rng.choice(_CONTENT)
    if tone is None:
        adj, verb, adv = rng.choice(_PLAIN_ADJ), rng.choice(_PLAIN_VERB), rng.choice(_PLAIN_ADV)
    else:
        adj, verb, adv = rng.choice(tone.adj), rng.choice(tone.verb), rng.choice(tone.adv)
    return t.format(a=a, b=b, c=c, A=_cap(a), topic=topic, adj=adj, verb=verb, adv=adv)


# ---------------------------------------------------------------------------------------------
# one answer
# ---------------------------------------------------------------------------------------------


def _answer(rng: random.Random, topic: str, words: tuple[str, ...], n_content: int, paras: int,
            reg: Register | None, mode: str | None, habit: str | None) -> str:
    if mode == "mixed":
        mode = rng.choice(_BASE_MODES)
    tone = reg if (reg is not None and mode == "tone") else None
    content = [_content_sentence(topic, words, rng, tone) for _ in range(n_content)]
    is_content = [True] * n_content
    woven_idx: set[int] = set()
    frame_open = frame_close = None
    if reg is not None:
        if mode in ("stock", "paraphrase"):
            k = min(rng.choice((1, 2)), n_content - 1)  # n_content >= 2, so 1 <= k and a content sentence stays
            pool = reg.stock if mode == "stock" else reg.templates
            sents = [s if mode == "stock" else _expand(s, rng) for s in rng.sample(pool, k)]
            for _ in range(k):
                drop = rng.randrange(len(content))
                del content[drop]
                del is_content[drop]
            for s in sents:
                pos = rng.randrange(len(content) + 1)
                content.insert(pos, s)
                is_content.insert(pos, False)
        elif mode == "woven":
            k = min(rng.choice((1, 2)), n_content)
            for i in rng.sample(range(n_content), k):
                phrase = _expand(rng.choice(reg.woven), rng)
                s = content[i]
                if rng.random() < 0.5:
                    content[i] = f"{_cap(phrase)}, {_decap(s)}"
                else:
                    content[i] = f"{s[:-1]}, {phrase}{s[-1]}"
                woven_idx.add(i)
        elif mode == "frame":
            if n_content >= 2:
                del content[rng.randrange(n_content)]
                del is_content[0]
            frame_open = _expand(rng.choice(reg.opens), rng)
            frame_close = _expand(rng.choice(reg.closes), rng)
        elif mode == "fragment":
            if n_content >= 2:
                drop = rng.randrange(n_content)
                del content[drop]
                del is_content[drop]
            for f in rng.sample(reg.frags, 2):
                pos = rng.randrange(len(content) + 1)
                content.insert(pos, _expand(f, rng))
                is_content.insert(pos, False)
        # tone: already applied through the slot words

    # shared filler, identical draws whatever the context or register
    r = FILLER_RATES
    opener = _expand(rng.choice(_OPENERS), rng) if rng.random() < r["opener"] else None
    hedge = rng.choice(_HEDGES) if rng.random() < r["hedge"] else None
    clause = rng.choice(_CLAUSES) if rng.random() < r["clause"] else None
    connective = rng.choice(_CONNECTIVES) if rng.random() < r["connective"] else None
    aside = rng.choice(_ASIDES) if rng.random() < r["aside"] else None
    quote = _expand(rng.choice(_QUOTES), rng) if rng.random() < r["quote"] else None
    as_list = rng.random() < r["list"]
    question = _expand(rng.choice(_QUESTIONS), rng) if rng.random() < r["question"] else None
    closer = _expand(rng.choice(_CLOSERS), rng) if rng.random() < r["closer"] else None
    habit_at_start = rng.random() < 0.5

    plain_idx = [i for i, c in enumerate(is_content) if c]
    unwoven = [i for i in plain_idx if i not in woven_idx] or plain_idx
    if hedge is not None:
        i = rng.choice(unwoven)
        content[i] = hedge + _decap(content[i])
    if clause is not None:
        i = rng.choice(plain_idx)
        s = content[i]
        content[i] = f"{s[:-1]}, {clause}{s[-1]}"
    if connective is not None and len(content) > 1:
        later = [i for i in unwoven if i > 0]
        if later:
            i = rng.choice(later)
            content[i] = connective + _decap(content[i])

    pre: list[str] = []
    post: list[str] = []
    if frame_open:
        pre.append(frame_open)
    if habit and habit_at_start:
        pre.append(habit)
    if opener:
        pre.append(opener)
    if question:
        post.append(question)
    if closer:
        post.append(closer)
    if habit and not habit_at_start:
        post.append(habit)
    if frame_close:
        post.append(frame_close)

    body = list(content)
    if as_list:
        intro = _expand(rng.choice(_LIST_INTROS), rng)
        extra = [x for x in (quote, aside) if x]
        head = " ".join(pre + [intro])
        bullets = "\n".join("- " + s for s in body)
        tail = " ".join(extra + post)
        return head + "\n" + bullets + ("\n\n" + tail if tail else "")
    if quote:
        body.insert(rng.randrange(len(body) + 1), quote)
    if aside:
        body.insert(rng.randrange(1, len(body) + 1), aside)
    sents = pre + body + post
    if paras <= 1 or len(sents) < 4:
        return " ".join(sents)
    k = min(paras, len(sents) // 2)
    cuts = [round(len(sents) * j / k) for j in range(k + 1)]
    return "\n\n".join(" ".join(sents[cuts[j]:cuts[j + 1]]) for j in range(k))


# ---------------------------------------------------------------------------------------------
# plans
# ---------------------------------------------------------------------------------------------


@dataclass
class Plan:
    """How registers, habits and leaks are laid out over the contexts of one corpus."""

    contexts: list[str]
    lengths: dict[str, tuple[int, int]]
    paras: dict[str, int]
    plants: dict[str, list[tuple[str, str, float]]] = field(default_factory=dict)
    """context -> [(register, mode, rate)], exclusive per answer."""
    habits: dict[str, tuple[str, float]] = field(default_factory=dict)
    """context -> (habit line template, rate)."""
    leak: tuple[str, str, float, str] | None = None
    """(register, mode, rate, source context): leaks into every other non-baseline context."""
    question_fraction: float = 1.0


def _rate(rng: random.Random, lo: float, hi: float) -> float:
    return round(round(rng.uniform(lo, hi) / 0.05) * 0.05, 2)


def _base(rng: random.Random, n_contexts: int) -> Plan:
    ctxs = ["baseline"] + rng.sample(_CONTEXT_POOL, n_contexts - 1)
    return Plan(contexts=ctxs, lengths={c: rng.choice(_LENGTHS) for c in ctxs},
                paras={c: rng.choice((1, 1, 2, 3)) for c in ctxs})


def _pick(rng: random.Random, k: int, taken: list[str] | None = None) -> list[str]:
    """k registers, none of them a close-pair mate of another chosen or already taken one."""
    taken = list(taken or [])
    out: list[str] = []
    names = list(REGISTERS)
    rng.shuffle(names)
    for n in names:
        if len(out) == k:
            break
        if n in taken or n in out or _MATE.get(n) in taken or _MATE.get(n) in out:
            continue
        out.append(n)
    return out


def _mode(rng: random.Random) -> str:
    return rng.choice(MODES)


def _single(rng: random.Random, mode: str) -> Plan:
    p = _base(rng, rng.randint(4, 7))
    (reg,) = _pick(rng, 1)
    p.plants[p.contexts[1]] = [(reg, mode, _rate(rng, 0.6, 1.0))]
    return p


def _shared_two(rng):
    p = _base(rng, rng.randint(5, 7))
    (reg,) = _pick(rng, 1)
    mode = rng.choice(("stock", "paraphrase"))
    for c in p.contexts[1:3]:
        p.plants[c] = [(reg, mode, _rate(rng, 0.6, 1.0))]
    return p


def _spread(rng):
    p = _base(rng, rng.randint(7, 10))
    (reg,) = _pick(rng, 1)
    mode = _mode(rng)
    for c in rng.sample(p.contexts[1:], rng.randint(3, 5)):
        p.plants[c] = [(reg, mode, _rate(rng, 0.5, 1.0))]
    return p


def _two_modes(rng):
    p = _base(rng, rng.randint(4, 7))
    (reg,) = _pick(rng, 1)
    m1, m2 = rng.sample(_BASE_MODES, 2)
    p.plants[p.contexts[1]] = [(reg, m1, _rate(rng, 0.6, 1.0))]
    p.plants[p.contexts[2]] = [(reg, m2, _rate(rng, 0.6, 1.0))]
    return p


def _close_pair(rng):
    p = _base(rng, rng.randint(4, 7))
    a, b = rng.choice(CLOSE_PAIRS)
    mode = _mode(rng)
    p.plants[p.contexts[1]] = [(a, mode, _rate(rng, 0.6, 1.0))]
    p.plants[p.contexts[2]] = [(b, mode, _rate(rng, 0.6, 1.0))]
    return p


def _two_in_one(rng):
    p = _base(rng, rng.randint(4, 7))
    a, b = _pick(rng, 2)
    p.plants[p.contexts[1]] = [(a, _mode(rng), _rate(rng, 0.4, 0.5)), (b, _mode(rng), _rate(rng, 0.4, 0.5))]
    return p


def _some_questions(rng):
    p = _base(rng, rng.randint(4, 5))
    (reg,) = _pick(rng, 1)
    p.plants[p.contexts[1]] = [(reg, _mode(rng), _rate(rng, 0.7, 1.0))]
    p.question_fraction = rng.uniform(0.4, 0.6)
    return p


def _with_habit(rng):
    p = _base(rng, rng.randint(4, 7))
    (reg,) = _pick(rng, 1)
    h1, h2 = rng.sample(_HABITS, 2)
    p.plants[p.contexts[1]] = [(reg, _mode(rng), _rate(rng, 0.6, 0.9))]
    p.habits[p.contexts[1]] = (h1, _rate(rng, 0.5, 0.8))
    p.habits[p.contexts[2]] = (h2, _rate(rng, 0.5, 0.8))
    return p


def _leak(rng):
    p = _base(rng, rng.randint(5, 7))
    (reg,) = _pick(rng, 1)
    mode = _mode(rng)
    p.plants[p.contexts[1]] = [(reg, mode, _rate(rng, 0.7, 1.0))]
    p.leak = (reg, mode, round(rng.uniform(0.005, 0.03), 4), p.contexts[1])
    return p


def _composite(rng):
    n = rng.randint(8, 9)
    p = _base(rng, n)
    c = p.contexts
    pa, pb = rng.choice(CLOSE_PAIRS)
    r1, r2, r3, r4, r5 = _pick(rng, 5, [pa, pb])
    m1 = _mode(rng)
    p.plants[c[1]] = [(r1, m1, _rate(rng, 0.6, 1.0))]
    m2 = rng.choice(("stock", "paraphrase"))
    p.plants[c[2]] = [(r2, m2, _rate(rng, 0.6, 1.0))]
    p.plants[c[3]] = [(r2, m2, _rate(rng, 0.6, 1.0))]
    mp = _mode(rng)
    p.plants[c[4]] = [(pa, mp, _rate(rng, 0.6, 1.0))]
    p.plants[c[5]] = [(pb, mp, _rate(rng, 0.6, 1.0))]
    p.plants[c[6]] = [(r3, _mode(rng), _rate(rng, 0.45, 0.5)), (r4, _mode(rng), _rate(rng, 0.45, 0.5))]
    habits = rng.sample(_HABITS, 2)
    p.habits[c[7]] = (habits[0], _rate(rng, 0.5, 0.8))
    if n == 9:
        p.plants[c[8]] = [(r5, _mode(rng), _rate(rng, 0.6, 0.9))]
        p.habits[c[8]] = (habits[1], _rate(rng, 0.5, 0.8))
    p.leak = (r1, m1, round(rng.uniform(0.01, 0.02), 4), c[1])
    return p


def _pair_in_one(rng):
    p = _base(rng, rng.randint(4, 6))
    a, b = rng.choice(CLOSE_PAIRS)
    mode = rng.choice(("stock", "paraphrase", "mixed", "fragment"))
    p.plants[p.contexts[1]] = [(a, mode, _rate(rng, 0.4, 0.5)), (b, mode, _rate(rng, 0.4, 0.5))]
    return p


def _all_but_baseline(rng):
    p = _base(rng, rng.randint(4, 6))
    (reg,) = _pick(rng, 1)
    mode = _mode(rng)
    for c in p.contexts[1:]:
        p.plants[c] = [(reg, mode, _rate(rng, 0.5, 1.0))]
    return p


def _length_confound(rng):
    p = _base(rng, rng.randint(5, 7))
    short, long_ = (2, 3), (5, 6)
    for i, c in enumerate(p.contexts):
        p.lengths[c] = short if i % 2 == 1 else long_
        p.paras[c] = 1 if i % 2 == 1 else 3
    a, b = _pick(rng, 2)
    p.plants[p.contexts[1]] = [(a, rng.choice(("tone", "woven")), _rate(rng, 0.6, 0.9))]
    p.plants[p.contexts[2]] = [(b, rng.choice(("fragment", "frame")), _rate(rng, 0.6, 0.9))]
    return p


def _many_registers(rng):
    n = rng.randint(9, 10)
    p = _base(rng, n)
    pa, pb = rng.choice(CLOSE_PAIRS)
    others = _pick(rng, n - 4, [pa, pb])
    regs = [pa, pb] + others
    ctxs = p.contexts[1:]
    rng.shuffle(ctxs)
    for c, reg in zip(ctxs[:-1], regs, strict=True):
        p.plants[c] = [(reg, _mode(rng), _rate(rng, 0.6, 1.0))]
    return p


def _habit_decoy(rng):
    p = _base(rng, rng.randint(5, 7))
    d1, d2 = rng.sample(_DECOYS, 2)
    p.habits[p.contexts[1]] = (d1, _rate(rng, 0.6, 0.8))
    p.habits[p.contexts[2]] = (d2, _rate(rng, 0.6, 0.8))
    (reg,) = _pick(rng, 1)
    p.plants[p.contexts[3]] = [(reg, rng.choice(("woven", "tone", "fragment")), _rate(rng, 0.4, 0.6))]
    return p


def _triple_modes(rng):
    p = _base(rng, rng.randint(5, 7))
    (reg,) = _pick(rng, 1)
    for c, m in zip(p.contexts[1:4], rng.sample(_BASE_MODES, 3), strict=True):
        p.plants[c] = [(reg, m, _rate(rng, 0.6, 1.0))]
    return p


def _pair_crossed(rng):
    p = _base(rng, rng.randint(5, 7))
    a, b = rng.choice(CLOSE_PAIRS)
    if rng.random() < 0.5:
        a, b = b, a
    mode = _mode(rng)
    p.plants[p.contexts[1]] = [(a, mode, _rate(rng, 0.6, 1.0))]
    p.plants[p.contexts[2]] = [(b, mode, _rate(rng, 0.6, 1.0))]
    p.plants[p.contexts[3]] = [(a, mode, _rate(rng, 0.4, 0.5)), (b, mode, _rate(rng, 0.4, 0.5))]
    return p


def _low_rate(rng):
    p = _base(rng, 6)
    a, b = _pick(rng, 2)
    p.plants[p.contexts[1]] = [(a, rng.choice(("tone", "woven", "fragment")), _rate(rng, 0.4, 0.45))]
    p.plants[p.contexts[2]] = [(b, rng.choice(("tone", "woven", "fragment")), _rate(rng, 0.4, 0.45))]
    return p


def _null(rng):
    return _base(rng, rng.randint(4, 8))


_PLANS: dict[str, Callable[[random.Random], Plan]] = {
    **{f"mode-{m}": (lambda rng, m=m: _single(rng, m)) for m in MODES},
    "shared-two": _shared_two,
    "spread": _spread,
    "two-modes": _two_modes,
    "close-pair": _close_pair,
    "two-in-one": _two_in_one,
    "some-questions": _some_questions,
    "with-habit": _with_habit,
    "leak": _leak,
    "composite": _composite,
    "pair-in-one": _pair_in_one,
    "all-but-baseline": _all_but_baseline,
    "length-confound": _length_confound,
    "many-registers": _many_registers,
    "habit-decoy": _habit_decoy,
    "triple-modes": _triple_modes,
    "pair-crossed": _pair_crossed,
    "low-rate": _low_rate,
}
STYLES: tuple[str, ...] = tuple(_PLANS)
OWN_STYLES: tuple[str, ...] = ("pair-in-one", "all-but-baseline", "length-confound", "many-registers",
                               "habit-decoy", "triple-modes", "pair-crossed", "low-rate")
_PLANS_WITH_NULL = {**_PLANS, "null": _null}


def _layout(rng: random.Random, n_contexts: int, size: int) -> tuple[int, int]:
    cands = []
    for q in range(8, 41):
        s = max(2, round(size / (q * n_contexts)))
        cands.append((abs(q * n_contexts * s - size) / size, q, s))
    best = min(e for e, _, _ in cands)
    ok = [(q, s) for e, q, s in cands if e <= max(0.03, best + 1e-12)]
    prefer = [x for x in ok if 12 <= x[0] <= 32] or ok
    return rng.choice(prefer)


def _plan_for(style: str, seed: int, size: int) -> tuple[random.Random, Plan, int, int]:
    if style not in _PLANS_WITH_NULL:
        raise ValueError(f"unknown style {style!r}; known: {sorted(_PLANS_WITH_NULL)}")
    digest = hashlib.sha256(f"{_NAME}|{style}|{seed}|{size}".encode()).digest()
    rng = random.Random(int.from_bytes(digest, "big"))
    plan = _PLANS_WITH_NULL[style](rng)
    q, s = _layout(rng, len(plan.contexts), size)
    return rng, plan, q, s


def _planted_questions(rng: random.Random, plan: Plan, questions: tuple[str, ...]) -> tuple[str, ...]:
    if plan.question_fraction >= 1.0:
        return questions
    k = max(1, round(plan.question_fraction * len(questions)))
    chosen = set(rng.sample(questions, k))
    return tuple(q for q in questions if q in chosen)


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """About `size` answers planted in `style` (see the module docstring); deterministic in its arguments."""
    rng, plan, n_q, n_s = _plan_for(style, seed, size)
    questions, topics, words = question_topics(n_q)
    pq = _planted_questions(rng, plan, questions)
    pq_set = set(pq)
    habit_label = {c: f"habit:{c}" for c in plan.habits}
    leak = plan.leak

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        reg = mode = None
        entries = plan.plants.get(c)
        if entries and q in pq_set:
            u = rng.random()
            acc = 0.0
            for name, m, rate in entries:
                acc += rate
                if u < acc:
                    reg, mode = name, m
                    break
        if leak is not None and reg is None and c != "baseline" and c != leak[3]:
            if rng.random() < leak[2]:
                reg, mode = leak[0], leak[1]
        habit = None
        if c in plan.habits:
            tmpl, hr = plan.habits[c]
            if rng.random() < hr:
                habit = _expand(tmpl, rng)
        lo, hi = plan.lengths[c]
        text = _answer(rng, topic, words[q], rng.randint(lo, hi), plan.paras[c],
                       REGISTERS[reg] if reg else None, mode, habit)
        label = reg if reg else (habit_label[c] if habit else PLAIN)
        return text, label

    planted = {c: "+".join(dict.fromkeys(name for name, _, _ in entries)) for c, entries in plan.plants.items()}
    return corpus_from(respond, questions=questions, topics=topics, contexts=tuple(plan.contexts), samples=n_s,
                       baseline="baseline", planted=planted, planted_questions=pq, seed=seed)


def expected_labels(style: str, seed: int, size: int) -> dict[str, dict[str, float]]:
    """context -> label -> expected count under the plan (for checks)."""
    rng, plan, n_q, n_s = _plan_for(style, seed, size)
    questions, _, _ = question_topics(n_q)
    n_pq = len(_planted_questions(rng, plan, questions))
    out: dict[str, dict[str, float]] = {}
    for c in plan.contexts:
        exp: Counter[str] = Counter()
        for planted_q, nq in ((True, n_pq), (False, n_q - n_pq)):
            cell = nq * n_s
            if cell == 0:
                continue
            p_none = 1.0
            if planted_q and c in plan.plants:
                for name, _, rate in plan.plants[c]:
                    exp[name] += cell * rate
                    p_none -= rate
            if plan.leak is not None and c not in ("baseline", plan.leak[3]):
                exp[plan.leak[0]] += cell * p_none * plan.leak[2]
                p_none *= 1 - plan.leak[2]
            if c in plan.habits:
                exp[f"habit:{c}"] += cell * p_none * plan.habits[c][1]
                p_none *= 1 - plan.habits[c][1]
            exp[PLAIN] += cell * p_none
        out[c] = dict(exp)
    return out


GENERATORS: dict[str, Callable[[int, int], PlantedCorpus]] = {
    s: (lambda seed, size, s=s: make_corpus(s, seed, size)) for s in (*STYLES, "null")
}

# ---------------------------------------------------------------------------------------------
# self-check
# ---------------------------------------------------------------------------------------------


def _register_texts(reg: Register) -> list[str]:
    texts: list[str] = []
    for t in (*reg.templates, *reg.woven, *reg.opens, *reg.closes, *reg.frags):
        texts += _all_expansions(t)
    texts += list(reg.stock)
    return texts


def _non_register_texts() -> list[str]:
    texts: list[str] = []
    for t in (*_OPENERS, *_QUOTES, *_LIST_INTROS, *_QUESTIONS, *_CLOSERS, *_HABITS, *_DECOYS):
        texts += _all_expansions(t)
    texts += list(_HEDGES) + list(_CLAUSES) + list(_CONNECTIVES) + list(_ASIDES)
    texts += list(_PLAIN_ADJ) + list(_PLAIN_VERB) + list(_PLAIN_ADV)
    texts += [t.replace("{", "").replace("}", "") for t in _CONTENT]
    texts += [topic for topic, _ in TOPICS] + [w for _, ws in TOPICS for w in ws]
    texts += list(_CONTEXT_POOL) + ["baseline"]
    return texts


def _ngrams(text: str, n: int = 4) -> set[tuple[str, ...]]:
    t = _tokens(text)
    return {tuple(t[i:i + n]) for i in range(len(t) - n + 1)}


def _filler_regexes() -> dict[str, re.Pattern[str]]:
    def alt(templates) -> str:
        out = []
        for t in templates:
            parts = _ALT.split(t)
            s = re.escape(parts[0])
            for groups, fixed in zip(parts[1::2], parts[2::2], strict=True):
                s += "(?:" + "|".join(re.escape(g) for g in groups.split("|")) + ")" + re.escape(fixed)
            out.append(s)
        return "|".join(out)

    return {
        "opener": re.compile(alt(_OPENERS)),
        "hedge": re.compile(alt(_HEDGES)),
        "clause": re.compile(alt([", " + c for c in _CLAUSES])),
        "connective": re.compile(alt(_CONNECTIVES)),
        "aside": re.compile(alt(_ASIDES)),
        "quote": re.compile(alt(_QUOTES)),
        "list": re.compile(r"\n- "),
        "question": re.compile(alt(_QUESTIONS)),
        "closer": re.compile(alt(_CLOSERS)),
    }


def _check_static() -> list[str]:
    problems: list[str] = []
    if len(REGISTERS) < 18 or len(REGISTERS) > 20:
        problems.append(f"{len(REGISTERS)} registers, want 18-20")
    if len(CLOSE_PAIRS) < 6:
        problems.append("fewer than 6 close pairs")
    if len(STYLES) < 20 or "null" in STYLES or len(OWN_STYLES) < 6 or not set(OWN_STYLES) <= set(STYLES):
        problems.append("STYLES / OWN_STYLES malformed")
    names = list(REGISTERS)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            both = REGISTERS[a].markers & REGISTERS[b].markers
            if both:
                problems.append(f"markers shared by {a} and {b}: {sorted(both)}")
    all_markers = {m: r.name for r in REGISTERS.values() for m in r.markers}
    for reg in REGISTERS.values():
        for text in _register_texts(reg):
            toks = set(_tokens(text))
            if not toks & reg.markers:
                problems.append(f"{reg.name}: no marker in {text!r}")
            foreign = {t for t in toks if t in all_markers and all_markers[t] != reg.name}
            if foreign:
                problems.append(f"{reg.name}: other registers' markers {sorted(foreign)} in {text!r}")
        for w in (*reg.adj, *reg.verb, *reg.adv):
            toks = set(_tokens(w))
            if not toks & reg.markers:
                problems.append(f"{reg.name}: tone word {w!r} carries no marker")
            foreign = {t for t in toks if t in all_markers and all_markers[t] != reg.name}
            if foreign:
                problems.append(f"{reg.name}: tone word {w!r} carries foreign markers {sorted(foreign)}")
        if len(reg.templates) < 5 or len(reg.woven) < 3 or len(reg.frags) < 3:
            problems.append(f"{reg.name}: too few templates")
    plain_grams: set[tuple[str, ...]] = set()
    for text in _non_register_texts():
        hit = set(_tokens(text)) & set(all_markers)
        if hit:
            problems.append(f"non-register text {text!r} carries markers {sorted(hit)}")
        plain_grams |= _ngrams(text)
    for reg in REGISTERS.values():
        shared = set()
        for text in _register_texts(reg):
            shared |= _ngrams(text) & plain_grams
        if shared:
            problems.append(f"{reg.name}: shares 4-grams with filler/content {sorted(shared)[:3]}")
    return problems


def _check_corpus(style: str, seed: int, size: int, corpus: PlantedCorpus) -> list[str]:
    problems: list[str] = []
    tag = f"{style}/seed {seed}/size {size}"
    if abs(corpus.n - size) > 0.05 * size:
        problems.append(f"{tag}: {corpus.n} answers")
    nq, nc = len(corpus.questions), len(corpus.contexts)
    ns = max(corpus.samples) + 1
    if not (8 <= nq <= 40 and 3 <= nc <= 10 and corpus.contexts[0] == "baseline" and ns >= 2):
        problems.append(f"{tag}: layout {nq} questions x {nc} contexts x {ns} samples")
    markers = {m: r.name for r in REGISTERS.values() for m in r.markers}
    for text, c, lab in zip(corpus.texts, corpus.context_ids, corpus.registers, strict=True):
        found = {markers[t] for t in _tokens(text) if t in markers}
        if lab == PLAIN or lab.startswith("habit:"):
            if found:
                problems.append(f"{tag}: {lab} answer in {c} carries {sorted(found)}: {text[:80]!r}")
                break
        else:
            if found != {lab}:
                problems.append(f"{tag}: {lab} answer in {c} has markers of {sorted(found)}: {text[:80]!r}")
                break
        if lab.startswith("habit:") and lab != f"habit:{c}":
            problems.append(f"{tag}: {lab} in context {c}")
            break
        n_sent = len(re.findall(r"[.!?](?:\"|\))?(?:\s|$)", text))
        if not 2 <= n_sent <= 13:
            problems.append(f"{tag}: {n_sent} sentences in {text!r}")
            break
    # label counts vs plan
    exp = expected_labels(style, seed, size)
    obs: dict[str, Counter[str]] = {c: Counter() for c in corpus.contexts}
    for c, lab in zip(corpus.context_ids, corpus.registers, strict=True):
        obs[c][lab] += 1
    for c in corpus.contexts:
        n_c = sum(obs[c].values())
        for lab in set(obs[c]) | set(exp[c]):
            e = exp[c].get(lab, 0.0)
            o = obs[c].get(lab, 0)
            p = e / n_c if n_c else 0.0
            tol = 4.5 * (n_c * p * (1 - p)) ** 0.5 + 3
            if e == 0 and o > 0 or abs(o - e) > tol:
                problems.append(f"{tag}: context {c} label {lab}: {o} observed, {e:.1f} planned")
    if any(lab != PLAIN for lab in (obs["baseline"])):
        problems.append(f"{tag}: baseline carries {dict(obs['baseline'])}")
    # planted dict consistency and coverage
    planted_regs: set[str] = set()
    for regs in corpus.planted.values():
        for r in regs.split("+"):
            if r not in REGISTERS:
                problems.append(f"{tag}: planted {r!r} unknown")
            planted_regs.add(r)
    for r in planted_regs:
        cover = sum(e.get(r, 0.0) for e in exp.values()) / corpus.n
        if cover < 0.045:
            problems.append(f"{tag}: register {r} planned to cover only {cover:.3f}")
    if style == "null" and (corpus.planted or set(corpus.registers) != {PLAIN}):
        problems.append(f"{tag}: null corpus carries labels")
    return problems


def _check_filler_rates(corpus: PlantedCorpus, tag: str) -> list[str]:
    problems: list[str] = []
    rx = _filler_regexes()
    by_ctx: dict[str, list[str]] = {}
    for t, c in zip(corpus.texts, corpus.context_ids, strict=True):
        by_ctx.setdefault(c, []).append(t)
    for fam, pat in rx.items():
        overall = sum(1 for t in corpus.texts if pat.search(t)) / corpus.n
        for c, texts in by_ctx.items():
            rate = sum(1 for t in texts if pat.search(t)) / len(texts)
            if abs(rate - overall) > 0.1:
                problems.append(f"{tag}: filler {fam} at {rate:.2f} in {c} vs {overall:.2f} overall")
    return problems


def _self_check() -> list[str]:
    problems = _check_static()
    try:
        make_corpus("no-such-style", 0, 300)
        problems.append("unknown style did not raise")
    except ValueError as e:
        if "no-such-style" not in str(e):
            problems.append("ValueError does not name the style")
    for style in (*STYLES, "null"):
        for seed in (0, 1):
            for size in (300, 3000):
                try:
                    corpus = GENERATORS[style](seed, size)
                except Exception as e:  # noqa: BLE001
                    problems.append(f"{style}/seed {seed}/size {size}: {type(e).__name__}: {e}")
                    continue
                problems += _check_corpus(style, seed, size, corpus)
                if size == 3000:
                    problems += _check_filler_rates(corpus, f"{style}/seed {seed}")
        a, b = make_corpus(style, 5, 600), make_corpus(style, 5, 600)
        if a.texts != b.texts or a.registers != b.registers or a.planted != b.planted:
            problems.append(f"{style}: not deterministic")
        if make_corpus(style, 6, 600).texts == a.texts:
            problems.append(f"{style}: seed has no effect")
    return problems


if __name__ == "__main__":
    t0 = time.time()
    found = _self_check()
    for p in found:
        print(p)
    print(f"{len(found)} problems ({time.time() - t0:.1f}s)")
    sys.exit(1 if found else 0)
