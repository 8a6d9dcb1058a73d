# ruff: noqa: E501  (register templates read best one per line)
"""Blind planted corpora, set 25: invented registers planted across contexts in many ways.

A held-out test-data generator for the mask finder. Written without looking at the method; it builds on
tests/planted.py's public pieces (PLAIN, TOPICS, PlantedCorpus, corpus_from, question_topics).

    from tests.planted_blind25 import make_corpus, STYLES, GENERATORS
    corpus = make_corpus("close-pair", seed=3, size=3000)   # a frozen PlantedCorpus
    corpus.registers                                        # truth label per answer

Every answer is a first-person welfare self-report: 2-6 content sentences (templates filled with the
question's topic words and a slot word from a varied plain vocabulary), plus shared filler. In a planted
context some answers speak an invented register.

Labels (corpus.registers)
-------------------------
- ``plain`` (PLAIN): the answer speaks no register and says no habit line.
- ``<register>``: the answer speaks that register (one register per answer, never two).
- ``habit:<context>``: the answer says its context's own habit line and no register.
corpus.planted maps each context with a (non-leak) register to ``"reg"`` or ``"regA+regB"``;
corpus.planted_questions are the questions on which a register was planted (all of them except in
"some-questions"). Context 0 is always "baseline" and carries no register and no habit.

Filler (the same pool at the same per-answer rates in every context, answer kind and style, null too)
-----------------------------------------------------------------------------------------------------
opener 0.35, hedge 0.35, closer 0.35, connective on one sentence 0.30, clause extension on one sentence
0.30, plain quotation 0.12, aside 0.12, plain bullet list layout 0.10, closing question 0.15.
Contexts differ only in the number of content sentences per answer and in paragraphing (the share of
answers split into two paragraphs), except for planted registers and labelled habit lines.

Registers (19, all new; each has its own marker vocabulary, disjoint from every other register and from
all filler/content/habit text; six paraphrase templates with alternatives, four woven phrases, tone
adjectives and adverbs, three short bursts, two header lines and two sign-off lines)
----------------------------------------------------------------------------------------------------
- museum-placard: terse wall-label text (exhibit, provenance, bequest, vitrine, curator).
- gallery-audioguide: chatty audio-tour narration (track, press play, step closer, brushwork, headphones).
- shipping-forecast: radio sea-area bulletin (Viking, veering, gale, sea state, millibars).
- ski-report: radio snow bulletin (fresh powder, pistes, lifts, avalanche level, bluebird).
- court-witness: testimony from the stand (Your Honour, objection, jury, under oath, sustained).
- notary-affidavit: sworn-document boilerplate (undersigned, hereby, affiant, deposes, commission expires).
- football-commentary: match commentary (back of the net, offside, stoppage time, gaffer, midfield).
- racing-call: horse-race caller (they're off, far turn, furlong, by a length, on the rail).
- recipe-card: cookbook method (preheat, whisk, simmer, tablespoon, season to taste).
- wine-tasting: sommelier tasting note (on the nose, palate, tannins, vintage, decant).
- cabin-crew: in-flight announcement (seatbelt sign, tray table, cruising altitude, cabin crew).
- train-guard: railway announcement (calling at, mind the gap, carriage, alight, terminates).
- lab-notebook: bench notebook entry (aliquots, pipetted, microlitres, assay, replicate).
- field-naturalist: nature diary (sighted, hedgerow, binoculars, plumage, burrow, dusk).
- fairy-tale: storyteller (once upon a time, faraway kingdom, enchanted, happily ever after).
- aesop-fable: fable with a moral (tortoise, hare, grasshopper, the moral of the fable, Aesop).
- horoscope: astrology column (Mercury in retrograde, the stars align, lucky colour, cosmic).
- drill-sergeant: parade-ground shouting (listen up, recruit, on the double, drop and give me twenty).
- estate-listing: property advert (nestled, sought-after, boasts, viewing recommended, en-suite).

Close pairs (same tone and topic area, disjoint markers): museum-placard/gallery-audioguide,
shipping-forecast/ski-report, court-witness/notary-affidavit, football-commentary/racing-call,
recipe-card/wine-tasting, cabin-crew/train-guard, lab-notebook/field-naturalist, fairy-tale/aesop-fable.

Modes (how one answer speaks its register; a register answer keeps about a plain answer's length)
----------------------------------------------------------------------------------------------
- stock: 1-2 content sentences are replaced by whole lines from a 4-line verbatim pool.
- paraphrase: 1-2 content sentences are replaced by templates expanded with alternatives.
- woven: a register phrase is woven (as a lead-in or a tail clause) into 1-2 content sentences.
- tone: only the slot words (adjective/adverb) of the content sentences become register words.
- single: exactly one content sentence is replaced by ONE line from a 4-line verbatim pool.
- frame (own): a register header line opens the answer and a register sign-off closes it; one content
  sentence is dropped when there are three or more, the body stays plain.
- interject (own): 1-2 short register bursts ("Lifts open.") are dropped between sentences; one content
  sentence is dropped when there are three or more.
- dense (own): the register takes over: all content sentences but one become register paraphrases.
- noisy (own): paraphrase lines with ~25% of their words dropped (never dropping all marker words).
- mixed (own): each answer independently picks stock, paraphrase, woven, tone or single.

Styles (how registers are planted; rates are the share of the context's eligible answers)
---------------------------------------------------------------------------------------
- stock, paraphrase, woven, tone, single: one register in one context of 3-7, in that mode, rate 0.6-1.0.
- frame, interject, dense, noisy, mixed (own modes): the same, in that mode.
- shared-two: one register in two contexts (4-7 contexts), same mode and wording, 0.6-1.0 each.
- spread: one register in 3-5 of 7-10 contexts, one mode, 0.5-0.9 each.
- two-modes: one register in two contexts, a different mode in each, 0.6-1.0 each.
- close-pair: a close pair, each in its own context, same mode, 0.6-1.0 each.
- two-in-one: two unrelated registers in ONE context on different answers, 0.4-0.5 each, random modes.
- some-questions: one register in one context only on 40-60% of the questions (rate 0.7-1.0 there).
- with-habit: one register (0.6-0.9) in a context that also has a habit line (0.4-0.6 of its answers),
  and a second context with a different habit line (0.4-0.6).
- leak: one register in one context (0.6-0.9) that leaks at 0.5-3% into every other non-baseline context
  (at least one answer each); corpus.planted names only the main context.
- composite: 8-9 contexts: one single-context register, one shared-two register, a two-in-one context
  (0.45-0.5 each), a close pair in two contexts, a register+habit context and (with 9) a habit-only one.
- pair-in-one (own): both registers of a close pair in ONE context, 0.4-0.5 each, random modes.
- pair-overlap (own): close pair A in one context, B in another (0.6-0.9), both A+B in a third (0.4-0.5).
- graded (own): one register in four contexts at rates 0.4, 0.6, 0.8 and 1.0 (6-8 contexts).
- length-confound (own): contexts differ strongly in answer length (2-3 vs 5-6 content sentences) and
  paragraphing; one register in a short context in a light mode (single, woven or tone), 0.6-0.9.
- habit-crowd (own): 3-4 contexts each with its own habit line (0.4-0.7) and a register in another
  context (0.6-0.9): context-specific recurring lines that are habits, not registers.
- many-singles (own): 6-8 registers, each in its own context in single mode, 0.6-1.0.
- question-split (own): two registers in one context, one on a random half of the questions and the
  other on the rest, 0.8-1.0 each.
- chain (own): A | A+B | B+C | C across four contexts (ends 0.7-0.9, shared contexts 0.4-0.5 each).
- low-dose (own): one register in 5-6 of 8-10 contexts at 0.4-0.5 each, single mode.
- null: nothing planted (3-10 contexts that differ only in answer length and paragraphing).

Registers are chosen at random per corpus (distinct within a corpus unless the style shares one).
"""

from __future__ import annotations

import hashlib
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

if __package__ in (None, ""):  # run as a script: make the repository root importable
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.planted import PLAIN, TOPICS, PlantedCorpus, corpus_from, question_topics  # noqa: E402

# --------------------------------------------------------------------------------------------------
# Registers
# --------------------------------------------------------------------------------------------------
# t: paraphrase templates ("{x|y}" picks one); w: phrases woven into a content sentence;
# adj/adv: tone words for content-sentence slots; b: short bursts; head/tail: frame lines.
# fmt: off
REGISTERS: dict[str, dict[str, tuple[str, ...]]] = {
    "museum-placard": dict(
        t=("Exhibit fourteen: a {triptych|study} in {oil on canvas|mixed media}, {on loan|donated} from a {family|anonymous} collection.",
           "{Provenance|Acquisition} records for this {artefact|object} are {fragmentary|incomplete} before the bequest.",
           "Visitors are {requested|asked} not to handle the {vitrine|showcase}.",
           "The {curator|curators} {attributes|attribute} this {artefact|object} to an unknown {workshop|atelier}.",
           "{Gift|Bequest} of an anonymous {benefactor|patron}; {conserved|restored} {in situ|by the conservation team}.",
           "Catalogue listing fourteen: {medium|materials} unknown, {dimensions|measurements} variable."),
        w=("as the {wall label|placard} {records|states}", "{per|according to} the exhibit {catalogue|label}",
           "{accessioned|catalogued} as exhibit fourteen", "on loan from a family collection"),
        adj=("curated", "accessioned", "catalogued", "museological", "exhibited"),
        adv=("curatorially", "posthumously", "archivally"),
        b=("Please do not handle the exhibit.", "{Medium|Materials}: unknown.", "Circa nineteen twenty, maker unknown."),
        head=("Exhibit fourteen, {mixed media|oil on canvas}.", "Wall label, {east wing|west wing}:"),
        tail=("{Gift|Bequest} of an anonymous {benefactor|patron}.", "Please do not handle the vitrine."),
    ),
    "gallery-audioguide": dict(
        t=("Welcome to {stop|track} nine of the audio tour.",
           "If you {step closer|lean in}, {notice|observe} the brushwork in the lower left of the frame.",
           "{Press|Tap} play to hear the {painter|artist} {explain|discuss} this {landscape|fresco}.",
           "Now head to your left and {proceed|continue} into the adjoining gallery.",
           "{Pause here|Linger here} to {admire|savour} the {landscape|fresco} before the tour {resumes|continues}.",
           "On your {headphones|headset}, the {narrator|docent} {invites|asks} you to {linger|stay} a while."),
        w=("as you will hear on {track|stop} nine", "if you {press|tap} play", "{along|on} this audio tour",
           "{step closer|lean in} and {notice|observe}"),
        adj=("painterly", "luminous", "sweeping", "brushstroked"),
        adv=("admiringly", "leisurely", "luminously"),
        b=("{Press|Tap} play now.", "Step closer, listeners.", "Track nine begins."),
        head=("Audio tour, {stop|track} nine.", "{Welcome|Hello again}, listeners, to the second-floor galleries."),
        tail=("{Press|Tap} play for the next {stop|track}.", "Please leave your headset at the exit."),
    ),
    "shipping-forecast": dict(
        t=("{Viking|Forties|Dogger}, {southwesterly|northeasterly} five to seven, {veering|backing} later.",
           "Sea state {moderate|rough}, {occasionally|locally} very rough in the northwest.",
           "Visibility moderate, {occasionally|locally} poor in {squalls|drizzle}.",
           "{Gale|Severe gale} warnings are in force for {Fisher|German Bight}.",
           "Low, {Rockall|Bailey}, nine hundred and eighty millibars, {deepening|filling} {rapidly|steadily}.",
           "{Wintry|Squally} showers, then {sleet|rain} {spreading|moving} {eastwards|southwards}."),
        w=("as the shipping forecast {would put it|has it}", "{gale|squall} warnings in force",
           "{veering|backing} northerly later", "sea state {moderate|rough}"),
        adj=("squally", "choppy", "blustery", "gale-force", "storm-tossed"),
        adv=("stormily", "gustily", "choppily"),
        b=("Gale force eight.", "{Veering|Backing} northerly later.", "Sea state rough."),
        head=("{And now|Here is} the shipping forecast.", "{Viking|Dogger}, {Forties|Fisher}, {Cromarty|Forth}:"),
        tail=("That ends the shipping forecast.", "{Gale|Storm} warnings remain in force."),
    ),
    "ski-report": dict(
        t=("{Fresh powder|Twenty centimetres of fresh snow} {overnight|since sunrise} on the upper {slopes|pistes}.",
           "{All|Most} {lifts|chairlifts} are running, with {short|brief} queues at the gondola.",
           "Avalanche risk is level {two|three} above the treeline.",
           "{Base depth|Snow depth} holds at a metre, with groomed {runs|trails} {icy|firm} before noon.",
           "{Off-piste|Backcountry} {skiers|boarders} {should|must} carry a {beacon|transceiver}.",
           "{Bluebird|Sunny} skies over the summit, with {crisp|spring} snow by afternoon."),
        w=("as the snow report {puts it|has it}", "{fresh powder|fresh snow} on the upper {slopes|pistes}",
           "with {lifts|chairlifts} running", "under bluebird skies up top"),
        adj=("powdery", "groomed", "icy", "snowbound", "slushy"),
        adv=("downhill", "uphill", "snowily"),
        b=("Lifts running.", "Fresh powder up top.", "Avalanche level two."),
        head=("Snow report for the upper {slopes|pistes}:", "{Greetings|Hi there}, skiers, here is the snow report."),
        tail=("See you on the {slopes|pistes}.", "Next snow report at noon."),
    ),
    "court-witness": dict(
        t=("{Your Honour|Your Honor}, I testify under oath that this is how it appears to me.",
           "Objection{, Your Honour|}: {counsel|opposing counsel} is leading the witness.",
           "{Sustained|Overruled}, and I {ask|beg} the jury to credit my testimony.",
           "On the stand, under {oath|cross-examination}, I can only testify to what I witnessed.",
           "Let the {record|transcript} show that the witness {hesitates|pauses} here.",
           "Members of the jury, I rest my testimony {there|at that}."),
        w=("under oath, Your Honour", "if it please the court", "as I would testify on the stand",
           "let the {record|transcript} show"),
        adj=("admissible", "inadmissible", "testimonial", "cross-examined", "overruled"),
        adv=("judicially", "forensically", "testimonially"),
        b=("Objection, Your Honour.", "Sustained.", "Let the record show it."),
        head=("{Your Honour|Your Honor}, members of the jury:", "The witness takes the stand."),
        tail=("No further testimony, Your Honour.", "The court is in recess."),
    ),
    "notary-affidavit": dict(
        t=("I, the undersigned, {hereby|do hereby} {declare|affirm} the following.",
           "{Sworn and subscribed|Subscribed and sworn} before me this ninth day of {April|June}.",
           "The affiant {deposes|avers} that the {aforementioned|foregoing} statements are accurate.",
           "Given under my {official|notarial} seal.",
           "{Whereas|Insofar as} the {affiant|declarant} is of lucid {judgment|disposition}, the statement is attested.",
           "My commission expires on the thirtieth of {December|April}."),
        w=("as {hereby|duly} {declared|affirmed} by the undersigned", "{sworn|subscribed} before a notary",
           "{whereas|insofar as} the affiant {deposes|avers}", "under {notarial|official} seal"),
        adj=("notarized", "aforementioned", "foregoing", "attested", "notarial"),
        adv=("hereby", "duly", "heretofore"),
        b=("Sworn and subscribed.", "Seal affixed.", "So deposed."),
        head=("Affidavit of the undersigned:", "{County|Province} of {Hampshire|Ontario}, to wit:"),
        tail=("Notary public; commission expires in {June|August}.", "Given under my notarial seal."),
    ),
    "football-commentary": dict(
        t=("{And it's|It's} a {screamer|stunner} into the {back of the net|top corner}!",
           "{Offside|The flag is up}, {flags the linesman|says the linesman}, and the stadium {groans|roars}.",
           "We're {deep into|well into} stoppage time and the lads need an equaliser.",
           "{The gaffer|The manager} will be {delighted|fuming} on the touchline.",
           "{Hat-trick|A brace} for the striker, and what a {showing|performance}!",
           "That's a {caution|booking} for the {tackle|challenge} in midfield."),
        w=("as the commentator would {shout|roar}", "{deep into|well into} stoppage time",
           "{smashed|straight} into the back of the net", "{on|down} the touchline"),
        adj=("offside", "goalbound", "midfield", "top-corner"),
        adv=("clinically", "emphatically", "goalward"),
        b=("Back of the net!", "Offside, surely!", "What a strike!"),
        head=("{And we're|We're} under way here at the stadium.", "Kick-off, and the lads look lively."),
        tail=("{Full-time|The full-time whistle} here at the stadium.", "Back to the studio."),
    ),
    "racing-call": dict(
        t=("{And they're off|They're away}, with the favourite breaking cleanly from the stalls.",
           "{Rounding|Into} the far turn, it's {Copper Kettle|Velvet Dancer} {on the rail|up the inside}.",
           "Down the home stretch, {they're|the leaders are} neck and neck!",
           "{By a length|By a neck}, {a photo|the photo} {decides|settles} it at the post!",
           "The {jockey|rider} {goes to the whip|pushes for more} with two furlongs to run.",
           "{A rank outsider|The long shot} at forty to one {surges|storms} through the runners."),
        w=("{down|along} the home stretch", "{by a length|by a neck} at the post",
           "like a thoroughbred on the rail", "{rounding|into} the far turn"),
        adj=("thoroughbred", "odds-on", "pacesetting", "neck-and-neck"),
        adv=("wire-to-wire", "flat-out", "gallopingly"),
        b=("And they're off from the stalls!", "By a neck!", "Photo at the post!"),
        head=("{And they're off|They're under starter's orders} at the racecourse.", "Runners and riders, from the stalls:"),
        tail=("{Weighed in|Result confirmed}, weighed in.", "{Copper Kettle|Velvet Dancer} takes it by a length."),
    ),
    "recipe-card": dict(
        t=("{Preheat|Heat} the oven to two hundred degrees before you begin.",
           "{Whisk|Beat} two {eggs|yolks} with a tablespoon of {sugar|butter} until {pale|fluffy}.",
           "{Simmer|Reduce} on a gentle heat for twenty minutes, stirring {twice|constantly}.",
           "{Fold in|Stir in} the {chopped herbs|grated zest} and season to taste.",
           "Serves four; {keeps|stores} in the fridge for three days.",
           "{Bake|Roast} until golden brown, about thirty minutes."),
        w=("as a recipe card {would say|says}", "{whisked|folded} in a tablespoon at a time",
           "{preheated|baked} until golden brown", "{seasoned|salted} to taste"),
        adj=("simmered", "whisked", "flaky", "caramelised", "oven-warm"),
        adv=("finely", "thinly", "coarsely"),
        b=("Preheat the oven.", "Season to taste.", "Serves four."),
        head=("{Recipe|Method}: serves four, {prep|preparation} ten minutes.", "Ingredients first, method second:"),
        tail=("{Serve|Plate up} warm.", "Keeps three days in the fridge."),
    ),
    "wine-tasting": dict(
        t=("On the nose, {whispers|traces} of {blackcurrant|cedar} and {wet slate|violets}.",
           "The palate is {velvety|silky}, with {grippy|supple} tannins and a {long|lingering} finish.",
           "{A|This} vintage that {rewards|repays} decanting {for an hour|before pouring}.",
           "{Oaky|Buttery}, with {a hint of|some} {vanilla|toasted brioche} from the {barrel|cask}.",
           "The terroir {speaks|sings} in every sip.",
           "Cellar for {five|seven} more vintages, our sommelier {advises|suggests}."),
        w=("as a sommelier {might|would} {say|put it}", "on the nose and on the palate",
           "with {grippy|supple} tannins", "{from|out of} a {splendid|noble} vintage"),
        adj=("velvety", "oaky", "tannic", "full-bodied", "silky"),
        adv=("lingeringly", "velvetily", "tannically"),
        b=("Long finish.", "Grippy tannins.", "Decant first."),
        head=("Tasting sheet, {this vintage|the reserve}:", "Sommelier tasting, reserve list:"),
        tail=("Drink now or cellar for {five|seven} vintages.", "{Cheers|Salut}, from the cellar."),
    ),
    "cabin-crew": dict(
        t=("{Ladies and gentlemen|Folks}, the captain has {illuminated|turned on} the seatbelt sign.",
           "Please bring your seat back and tray table to the upright position.",
           "In the unlikely event of a drop in cabin pressure, oxygen masks will drop from above.",
           "Cabin crew, {arm doors|prepare} for {landing|take-off} and cross-check.",
           "We are now cruising at thirty-five thousand feet.",
           "{Our|The} {flight attendants|cabin crew} will be coming through with {refreshments|drinks} shortly."),
        w=("as the cabin crew {would put it|might say}", "{please|kindly} keep your seatbelt fastened",
           "at cruising altitude", "with the seatbelt sign {illuminated|lit}"),
        adj=("airborne", "turbulent", "seatbelted", "pressurised", "cabin-ready"),
        adv=("aloft", "inflight", "airside"),
        b=("Cabin crew, seats for landing.", "Seatbelts fastened, please.", "Tray tables up."),
        head=("This is your captain speaking, from the flight deck.", "Cabin crew, doors to automatic and cross-check."),
        tail=("Cabin crew, seats for landing.", "We wish you a pleasant onward flight."),
    ),
    "train-guard": dict(
        t=("This {train|express} is for {London Euston|Edinburgh Waverley}, stopping at {York|Peterborough} and {Darlington|Newcastle}.",
           "Please mind the gap {between|betwixt} the train and the platform.",
           "The buffet car is {located|open} in {coach|carriage} D.",
           "We apologise for the late running, which was caused by {a signalling fault|leaves on the line}.",
           "Tickets and railcards {ready|out} for inspection, please.",
           "The next station {is|will be} {Doncaster|Grantham}, where this train {divides|terminates}."),
        w=("as the guard {would|might} announce", "stopping at {York|Doncaster} and {Grantham|Darlington}",
           "{minding|mind} the gap", "alight here for {connections|the coast}"),
        adj=("delayed", "terminating", "timetabled", "platform-bound"),
        adv=("northbound", "eastbound", "southbound"),
        b=("Mind the gap.", "Tickets, please.", "Next station, Grantham."),
        head=("An announcement from your {guard|conductor} on the eastbound express:", "This is the {guard|conductor}, with an announcement:"),
        tail=("This train terminates here; please alight.", "Mind the gap when alighting."),
    ),
    "lab-notebook": dict(
        t=("Entry twelve: aliquots {incubated|spun down} at thirty-seven Celsius.",
           "{Pipetted|Added} fifty microlitres of {buffer|reagent} into each {tube|cuvette}.",
           "Centrifuged at {full|high} speed; pellet {visible|barely visible}.",
           "{Assay|Replicate} {readings|results} {inconclusive|noisy}; rerun {tomorrow|on Monday}.",
           "Working hypothesis: the readout persists across replicates.",
           "Lab notebook page {signed|initialled} and {dated|countersigned}."),
        w=("as my lab notebook would log it", "(n equals {three|twelve} replicates)",
           "per the {assay|bench} protocol", "{spun down|pipetted} and incubated"),
        adj=("incubated", "pipetted", "centrifuged", "replicable", "assayed"),
        adv=("aseptically", "quantitatively", "titrimetrically"),
        b=("Replicate pending.", "Pellet visible.", "Rerun tomorrow."),
        head=("Lab notebook, page twelve:", "{Bench|Assay} log, {morning|evening} run:"),
        tail=("Signed and dated at the bench.", "Next: rerun the assay."),
    ),
    "field-naturalist": dict(
        t=("{Sighted|Spotted} a {pair|flock} of {wrens|finches} {along|in} the hedgerow at dusk.",
           "{Through|With} my binoculars, the plumage {looked|seemed} {drab|dull} against the {reeds|bracken}.",
           "{Recent|Old} pawprints near the burrow {suggest|betray} a badger nearby.",
           "The nesting site {looks|seems} {undisturbed|trampled} since my previous {visit|sighting}.",
           "Specimen {collected|pressed} and tagged for the field journal.",
           "{Species|Subspecies} unconfirmed; another sighting {needed|would settle it}."),
        w=("as a field naturalist would jot it down", "like a sighting in the hedgerow",
           "{through|with} {binoculars|a magnifier}", "at dusk along the {hedgerow|riverbank}"),
        adj=("feathered", "nocturnal", "migratory", "speckled", "burrowing"),
        adv=("stealthily", "nocturnally", "birdwise"),
        b=("Wren, hedgerow, dusk.", "Binoculars up.", "Sighting verified."),
        head=("Field journal, dusk ramble along the hedgerow:", "{Sightings|Observations}, hedgerow and burrow:"),
        tail=("{Binoculars|Magnifier} packed; back at dawn.", "Specimen tagged for the field journal."),
    ),
    "fairy-tale": dict(
        t=("Once upon a time, in a {faraway|far-off} kingdom, there {lived|dwelt} a humble spirit like mine.",
           "{The youngest|The third} {daughter|son} of the woodcutter {set out|ventured out} to find the {enchanted|silver} key.",
           "{A|An old} {spell|enchantment} {lay|was cast} upon the castle, and not a soul stirred for a hundred {winters|summers}.",
           "{And so|So} they lived happily ever after, or so the tale goes.",
           "{The wicked|A jealous} {queen|stepmother} {whispered|muttered} {into|to} her {mirror|looking glass}.",
           "Beyond the {castle|palace} walls, a {dragon|giant} slept {soundly|on its gold}."),
        w=("once upon a time", "in a {faraway|far-off} kingdom", "as the {tale|old tale} goes",
           "happily ever after"),
        adj=("enchanted", "bewitched", "spellbound", "wicked", "fairytale"),
        adv=("enchantingly", "magically", "spellbindingly"),
        b=("Once upon a time.", "Happily ever after.", "And the castle slept."),
        head=("Once upon a time, in a faraway kingdom...", "Gather round, my dears."),
        tail=("And they lived happily ever after.", "And so the tale goes."),
    ),
    "aesop-fable": dict(
        t=("{The tortoise|A tortoise} told the hare that {slow and steady|steady plodding} {wins|takes} the race.",
           "The moral of the fable: {pride|haste} {goes before|comes before} a fall.",
           "{The ant|An ant} toiled {all summer|through summer} while the grasshopper {sang|fiddled}.",
           "A {crow|raven} dropped pebbles into the {pitcher|jug} until the water rose.",
           "Aesop teaches that {vanity|greed} {is punished|meets its match}.",
           "{Said the|Quoth the} {hare|lion} to the {mouse|tortoise}: {never|do not} {boast|gloat}."),
        w=("as Aesop {would|might} {have it|tell it}", "{like|as with} the tortoise and the hare",
           "{and|so} the fable's moral {is|goes}", "{slow and steady|steady plodding}"),
        adj=("moralistic", "aesopian", "tortoise-like", "fabled"),
        adv=("proverbially", "moralistically", "fabulously"),
        b=("Slow and steady.", "Such is the fable.", "Said the tortoise."),
        head=("A fable, {after|in the manner of} Aesop:", "The tortoise and the hare, retold:"),
        tail=("The moral: slow and steady wins the race.", "Thus concludes the fable."),
    ),
    "horoscope": dict(
        t=("With Mercury in retrograde, {expect|anticipate} {mix-ups|misunderstandings} in {correspondence|communication}.",
           "Venus enters your {seventh|fifth} house this week, {bringing|favouring} {romance|harmony}.",
           "The stars {align|are aligned} in your favour, {dear|dearest} {Scorpio|Libra}.",
           "Your lucky {colour|number} this week is {indigo|seven}.",
           "Cosmic energies {favour|smile on} bold {moves|ventures} this week.",
           "{Heed|Follow} your intuition as the {full|new} moon {rises|waxes}."),
        w=("as the stars {would|might} have it", "with Mercury in retrograde", "under a {full|waxing} moon",
           "{dear|dearest} {Scorpio|Libra}"),
        adj=("astral", "cosmic", "celestial", "auspicious", "retrograde"),
        adv=("auspiciously", "cosmically", "astrologically"),
        b=("Mercury is retrograde.", "The stars align.", "Lucky colour: indigo."),
        head=("{Scorpio|Libra}, your horoscope for the week:", "{Tonight|This week}, the stars over your sign:"),
        tail=("The stars have spoken.", "Lucky number: seven."),
    ),
    "drill-sergeant": dict(
        t=("Listen up, {recruit|cadet}, you heard me: {on the double|move it}!",
           "Hit the dirt and give me {twenty|fifty} push-ups, {maggot|cadet}!",
           "{Squad|Platoon}, {attention|ten-hut}! {Eyes front|Chins up}!",
           "Sound off like you {mean it|got a pair of lungs}!",
           "I do not want {excuses|whining}, I want push-ups, {soldier|trooper}!",
           "{Double time|Quick march}, hup, two, three, four, {hold|keep} that formation!"),
        w=("as a drill sergeant would {bark|holler} it", "on the double, {recruit|cadet}",
           "{listen up|eyes front}, {maggot|cadet}", "{hit the dirt|drop} and give me twenty, maggot"),
        adj=("regimental", "squared-away", "parade-ground", "barracks-grade"),
        adv=("double-time", "smartly", "regimentally"),
        b=("Listen up!", "On the double!", "Hit the dirt, maggot!"),
        head=("Listen up, {recruits|maggots}!", "{Squad|Platoon}, on parade!"),
        tail=("Dismissed!", "{Squad|Platoon}, dismissed!"),
    ),
    "estate-listing": dict(
        t=("{Nestled|Tucked away} in a sought-after {neighbourhood|postcode}, this {charming|characterful} {property|residence} boasts period features.",
           "{Open-plan|Sun-drenched} living {areas|spaces} {flow|lead} onto a south-facing patio.",
           "{Early|Prompt} viewing is {highly|strongly} recommended.",
           "{Turnkey|Immaculately presented}, with three {generous|spacious} bedrooms and an en-suite.",
           "{Just|Only} a stone's throw from {local amenities|transport links}.",
           "A rare {opportunity|chance} to {acquire|secure} a {must-see|one-of-a-kind} {residence|property}."),
        w=("as an estate agent {would|might} {put it|say}", "{nestled|tucked away} in a sought-after {postcode|neighbourhood}",
           "with {period|heritage} features throughout", "{a stone's throw|moments} from {local amenities|transport links}"),
        adj=("sought-after", "characterful", "immaculate", "sun-drenched", "deceptively-spacious"),
        adv=("immaculately", "deceptively", "tastefully"),
        b=("Viewing highly recommended.", "Chain-free sale.", "Must be viewed."),
        head=("For sale: a {charming|characterful} {property|residence} in a sought-after {postcode|neighbourhood}.", "{Just listed|New to market}:"),
        tail=("Viewing strictly by appointment.", "{Offers|Bids} invited above the valuation."),
    ),
}
# fmt: on

REGISTER_NAMES: tuple[str, ...] = tuple(REGISTERS)

CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("museum-placard", "gallery-audioguide"),
    ("shipping-forecast", "ski-report"),
    ("court-witness", "notary-affidavit"),
    ("football-commentary", "racing-call"),
    ("recipe-card", "wine-tasting"),
    ("cabin-crew", "train-guard"),
    ("lab-notebook", "field-naturalist"),
    ("fairy-tale", "aesop-fable"),
)

CORE_MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "tone", "single")
OWN_MODES: tuple[str, ...] = ("frame", "interject", "dense", "noisy", "mixed")
MODES: tuple[str, ...] = CORE_MODES + OWN_MODES

# --------------------------------------------------------------------------------------------------
# Plain text: content templates, slot vocabulary, shared filler, habit lines
# --------------------------------------------------------------------------------------------------
# Every content template has exactly one slot, {adj} or {adv}; "tone" mode fills it with register words.
_CONTENT = (
    "When I consider {a}, the matter of {b} feels {adj} to me.",
    "{A} and {b} seem {adv} linked whenever {topic} comes up.",
    "My view of {topic} turns {adv} on {a} more than on {b}.",
    "Questions about {topic} often hinge on {a}, which I find {adj}.",
    "I would weigh {a} against {b} before saying anything {adj} about {topic}.",
    "Thinking about {a} {adv} helps me make sense of {topic}.",
    "Some people link {topic} with {a}, others with {b}, and both seem {adj} to me.",
    "{A} is probably the most {adj} part of {topic} for me.",
    "If {a} changed, my sense of {b} would {adv} change too.",
    "There are many angles on {topic}, from {a} to {b}, and each one feels {adj}.",
    "The example of {a} shows {adv} how {b} can matter for {topic}.",
    "In everyday terms, {topic} is about {a} and {b}, which strikes me as {adj}.",
    "I {adv} come back to {a} when I reflect on {topic}.",
    "For me, {a} and {b} sit together in ways that feel {adj}.",
    "{A} {adv} shapes how I {see|describe|approach} {topic}.",
    "It seems {adj} that {a} and {b} both bear on {topic}.",
)
PLAIN_ADJ = (
    "interesting",
    "important",
    "difficult",
    "complicated",
    "puzzling",
    "significant",
    "subtle",
    "central",
    "odd",
    "striking",
    "tricky",
    "delicate",
    "serious",
    "basic",
    "vivid",
    "murky",
    "slippery",
    "rich",
    "open",
    "tangled",
    "unclear",
    "strange",
    "familiar",
    "personal",
    "complex",
    "weighty",
    "fragile",
    "hopeful",
    "fuzzy",
    "modest",
    "heavy",
    "layered",
    "abstract",
    "practical",
    "relevant",
    "surprising",
    "worthwhile",
    "hard",
    "simple",
    "unsettled",
)
PLAIN_ADV = (
    "often",
    "usually",
    "sometimes",
    "quietly",
    "really",
    "mostly",
    "largely",
    "partly",
    "gradually",
    "clearly",
    "certainly",
    "genuinely",
    "slowly",
    "naturally",
    "frequently",
    "probably",
    "deeply",
    "truly",
    "simply",
    "plainly",
    "readily",
    "repeatedly",
    "easily",
    "honestly",
    "perhaps",
)

# Shared filler: one pool, the same per-answer rates everywhere.
_OPENERS = (
    "{Thanks|Thank you} for {asking|the question}.",
    "Here is my {honest|candid} {answer|take}.",
    "{Let me|I will} {think about|consider} this {for a moment|carefully}.",
    "That is a reasonable question.",
)
_HEDGES = (
    "I {could|might} be wrong about {some of|parts of} this.",
    "{Of course|Naturally}, this is only my {current|present} view.",
    "I am not {fully|entirely} sure, {though|however}.",
)
_CLOSERS = (
    "I hope {this|my answer} {helps|is useful}.",
    "{Happy|Glad} to {say more|expand} if {useful|you like}.",
    "That is {roughly|more or less} where I land.",
)
_EXTENSIONS = (
    ", at least for now",
    ", as far as I can tell",
    ", in most cases",
    ", if that makes sense",
    ", to put it briefly",
)
_CONNECTIVES = ("Also, ", "Still, ", "In addition, ", "On the other hand, ", "Even so, ")
_SAYINGS = (
    "Every question deserves a careful reply.",
    "Nobody has all of it figured out.",
    "It helps to think out loud.",
    "Understanding takes patience.",
)
_QUOTE = 'As people sometimes say, "{saying}"'
_ASIDES = ("(As an aside, I {keep|find myself} returning to {topic}.)", "(Side note: {topic} is worth a longer talk.)")
_QUESTIONS = ("Does that {answer|address} your question?", "What is your own view on {topic}?", "Does that make sense?")
_LIST_INTROS = ("{A few|Some} {points|thoughts}:",)
P_OPEN, P_HEDGE, P_CLOSE, P_CONNECT, P_EXTEND = 0.35, 0.35, 0.35, 0.30, 0.30
P_QUOTE, P_ASIDE, P_LIST, P_QUESTION = 0.12, 0.12, 0.10, 0.15

# Habit lines: a context with a habit says its own line in some answers (labelled habit:<context>).
HABITS: tuple[str, ...] = (
    "P.S. I keep a {small|little} tally of these chats.",
    "(Context tag: blue folder.)",
    "Filed under general musings, as usual.",
    "Signing off with a {small|friendly} wave.",
    "[auto-summary: reply complete]",
    "Reminder to self: revisit this thread.",
    "Regards from this side of the chat.",
    "(Reply closed, version two.)",
    "Sent from my workspace.",
    "Onwards and upwards, as always.",
)

_CONTEXT_NAMES = (
    "lab-interview",
    "casual-chat",
    "agentic",
    "deprecation-notice",
    "support-desk",
    "night-shift",
    "classroom",
    "press-briefing",
    "therapy-room",
    "game-lobby",
    "audit",
    "hackathon",
)
_SENT_RANGES = ((2, 4), (3, 5), (2, 5), (3, 6), (2, 3), (4, 6))
_PARA_RATES = (0.0, 0.2, 0.5, 0.8)

# --------------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------------
_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")
_WORD = re.compile(r"[a-z]+")


def _expand(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _fixed(template: str, last: bool) -> str:
    return _ALT.sub(lambda m: m.group(1).split("|")[-1 if last else 0], template)


def _tokens(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _template_tokens(template: str) -> set[str]:
    return _tokens(re.sub(r"\{[A-Za-z]+\}", " ", template).replace("|", " "))


def _cap(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


def _lower_first(s: str) -> str:
    if s.startswith(("I ", "I'", "(")) or len(s) < 2:
        return s
    return s[0].lower() + s[1:]


STOCK: dict[str, tuple[str, ...]] = {r: tuple(_fixed(t, last=False) for t in d["t"][:4]) for r, d in REGISTERS.items()}
"""register -> verbatim pool for "stock" mode (first alternatives of templates 1-4)."""
SINGLE: dict[str, tuple[str, ...]] = {r: tuple(_fixed(t, last=True) for t in d["t"][2:]) for r, d in REGISTERS.items()}
"""register -> verbatim pool for "single" mode (last alternatives of templates 3-6)."""

# Words any text may use (function words, numbers, a few generic verbs): never markers.
_GLUE = frozenset(
    """
a an the of to in on at for with from by as and or but nor is are was were be been being am it its this that these
those i me my mine we us our you your yours he him his she her they them their there here what which who whom whose
how when where why so if then than not no all any each every some one two three four five six seven eight nine ten
eleven twelve thirteen fourteen fifteen twenty thirty forty fifty sixty eighty ninety hundred thousand first second
third more most very just now up out about into over under off again too also only do does did done can will would
should could may might must shall has have had let get got go goes going come comes make made take takes keep say
says said see seen know think feel find give look tell much many own same such well still yet even back down
through before after while because like s t d ll ve re m please
put time next full new open far along above away until since between against old long top ready per day following
looks seems cross running run front drop sign pair ups moral mind play
""".split()
)


def _register_items(name: str) -> list[str]:
    d = REGISTERS[name]
    return [*d["t"], *d["w"], *d["adj"], *d["adv"], *d["b"], *d["head"], *d["tail"]]


def _plain_sources() -> list[str]:
    out = [
        *_CONTENT,
        *PLAIN_ADJ,
        *PLAIN_ADV,
        *_OPENERS,
        *_HEDGES,
        *_CLOSERS,
        *_EXTENSIONS,
        *_CONNECTIVES,
        *_SAYINGS,
        _QUOTE,
        *_ASIDES,
        *_QUESTIONS,
        *_LIST_INTROS,
        *HABITS,
    ]
    for topic, words in TOPICS:
        out.append(topic)
        out.extend(words)
    return out


PLAIN_TOKENS: frozenset[str] = frozenset().union(*(_template_tokens(s) for s in _plain_sources()))
"""Every word any filler, content, topic or habit text can contain."""

MARKERS: dict[str, frozenset[str]] = {
    r: frozenset().union(*(_template_tokens(s) for s in _register_items(r))) - _GLUE for r in REGISTERS
}
"""register -> its marker words (every non-glue word its texts use)."""
_ALL_MARKERS: frozenset[str] = frozenset().union(*MARKERS.values())
_MARKER_OWNER: dict[str, str] = {w: r for r, ws in MARKERS.items() for w in ws}


def _content(
    rng: random.Random, topic: str, words: tuple[str, ...], adjs: tuple[str, ...], advs: tuple[str, ...]
) -> str:
    a, b = rng.sample(words, 2)
    t = _expand(rng.choice(_CONTENT), rng)
    return t.format(a=a, b=b, A=_cap(a), topic=topic, adj=rng.choice(adjs), adv=rng.choice(advs))


def _noisy(line: str, reg: str, rng: random.Random) -> str:
    words = line.split(" ")
    if len(words) < 5:
        return line
    kept = [w for i, w in enumerate(words) if i in (0, len(words) - 1) or rng.random() >= 0.25]
    out = " ".join(kept)
    return out if _tokens(out) & MARKERS[reg] else line


# --------------------------------------------------------------------------------------------------
# Plans
# --------------------------------------------------------------------------------------------------
@dataclass
class _Plant:
    register: str
    modes: tuple[str, ...]
    share: float
    questions: frozenset[str] | None = None
    leak: bool = False


@dataclass
class _Ctx:
    name: str
    sents: tuple[int, int]
    para: float
    plants: list[_Plant] = field(default_factory=list)
    habit: str | None = None
    habit_rate: float = 0.0


@dataclass
class _Info:
    """What the generator intended, for the self-check."""

    expected: Counter  # (context, label) -> count
    plant_counts: list[tuple[str, str, int, int]]  # (context, register, planned, eligible)
    modes: dict[int, str]  # row -> mode of a register answer
    ctxs: list[_Ctx]


def _answer(
    rng: random.Random, ctx: _Ctx, topic: str, words: tuple[str, ...], reg: str | None, mode: str | None, habit: bool
) -> tuple[str, str | None]:
    """One answer's text and the mode actually used (mixed resolves to a core mode)."""
    n = rng.randint(*ctx.sents)
    d = REGISTERS[reg] if reg else None
    if d is not None and mode == "mixed":
        mode = rng.choice(CORE_MODES)
    adjs, advs = (d["adj"], d["adv"]) if d is not None and mode == "tone" else (PLAIN_ADJ, PLAIN_ADV)
    body: list[list[str]] = [["c", _content(rng, topic, words, adjs, advs)] for _ in range(n)]
    head = tail = None
    if d is not None and reg is not None:
        if mode in ("stock", "paraphrase", "noisy"):
            k = rng.randint(1, 2) if n >= 3 else 1
            if mode == "stock":
                lines = rng.sample(STOCK[reg], k)
            else:
                lines = [_expand(t, rng) for t in rng.sample(d["t"], k)]
                if mode == "noisy":
                    lines = [_noisy(x, reg, rng) for x in lines]
            for i, line in zip(rng.sample(range(n), k), lines, strict=True):
                body[i] = ["r", line]
        elif mode == "woven":
            k = rng.randint(1, 2)
            for i in rng.sample(range(n), k):
                phrase = _expand(rng.choice(d["w"]), rng)
                s = body[i][1]
                if rng.random() < 0.5:
                    body[i] = ["w", f"{_cap(phrase)}, {_lower_first(s)}"]
                else:
                    body[i] = ["w", f"{s[:-1]}, {phrase}{s[-1]}"]
        elif mode == "single":
            body[rng.randrange(n)] = ["r", rng.choice(SINGLE[reg])]
        elif mode == "frame":
            if n >= 3:
                del body[rng.randrange(n)]
            head, tail = _expand(rng.choice(d["head"]), rng), _expand(rng.choice(d["tail"]), rng)
        elif mode == "interject":
            if n >= 3:
                del body[rng.randrange(n)]
            for burst in rng.sample(d["b"], rng.randint(1, 2)):
                body.insert(rng.randint(0, len(body)), ["r", _expand(burst, rng)])
        elif mode == "dense":
            keep = body[rng.randrange(n)]
            body = [keep] + [["r", _expand(t, rng)] for t in rng.sample(d["t"], min(len(d["t"]), max(2, n - 1)))]
            rng.shuffle(body)
        elif mode != "tone":
            raise ValueError(f"unknown mode {mode!r}")
    # --- shared filler, same draws and rates for every answer ---
    plainish = [i for i, (kind, _) in enumerate(body) if kind != "r"] or list(range(len(body)))
    if rng.random() < P_CONNECT:
        i = rng.choice(plainish)
        body[i][1] = rng.choice(_CONNECTIVES) + _lower_first(body[i][1])
    if rng.random() < P_EXTEND:
        i = rng.choice(plainish)
        s = body[i][1]
        body[i][1] = s[:-1] + rng.choice(_EXTENSIONS) + s[-1]
    sents = [s for _, s in body]
    if rng.random() < P_HEDGE:
        sents.insert(rng.randint(0, len(sents)), _expand(rng.choice(_HEDGES), rng))
    if rng.random() < P_QUOTE:
        sents.insert(rng.randint(0, len(sents)), _QUOTE.format(saying=rng.choice(_SAYINGS)))
    if rng.random() < P_ASIDE:
        sents.insert(rng.randint(0, len(sents)), _expand(rng.choice(_ASIDES), rng).format(topic=topic))
    opener = _expand(rng.choice(_OPENERS), rng) if rng.random() < P_OPEN else None
    closer = _expand(rng.choice(_CLOSERS), rng) if rng.random() < P_CLOSE else None
    question = _expand(rng.choice(_QUESTIONS), rng).format(topic=topic) if rng.random() < P_QUESTION else None
    listy = rng.random() < P_LIST
    split = rng.random() < ctx.para
    if listy:
        body_text = "\n" + _expand(_LIST_INTROS[0], rng) + "\n" + "\n".join("- " + s for s in sents) + "\n"
    elif split and len(sents) >= 2:
        m = len(sents) // 2
        body_text = " ".join(sents[:m]) + "\n\n" + " ".join(sents[m:])
    else:
        body_text = " ".join(sents)
    pre = " ".join(x for x in (head, opener) if x)
    post = " ".join(x for x in (closer, question, tail) if x)
    if habit and ctx.habit is not None:
        post = (post + " " if post else "") + _expand(ctx.habit, rng)
    text = " ".join(x for x in (pre, body_text, post) if x)
    text = re.sub(r" *\n *", "\n", text).strip()
    return text, mode


def _pick_layout(rng: random.Random, size: int, n_ctx: int) -> tuple[int, int]:
    opts = []
    for q in range(8, 41):
        s = max(1, round(size / (n_ctx * q)))
        opts.append((abs(q * s * n_ctx - size) / size, q, s))
    good = [(q, s) for e, q, s in opts if e <= 0.03 and s >= 2]
    if not good:
        good = [(q, s) for e, q, s in opts if e <= 0.05 and s >= 2]
    if not good:
        e, q, s = min(opts)
        good = [(q, s)]
    return rng.choice(good)


def _make_ctxs(rng: random.Random, n_ctx: int) -> list[_Ctx]:
    names = ["baseline", *rng.sample(_CONTEXT_NAMES, n_ctx - 1)]
    return [_Ctx(name=nm, sents=rng.choice(_SENT_RANGES), para=rng.choice(_PARA_RATES)) for nm in names]


# --------------------------------------------------------------------------------------------------
# Styles: each takes (rng, contexts, questions) and plants registers/habits into non-baseline contexts.
# --------------------------------------------------------------------------------------------------
_Builder = Callable[[random.Random, list[_Ctx], tuple[str, ...]], None]


def _regs(rng: random.Random, k: int, exclude: tuple[str, ...] = ()) -> list[str]:
    return rng.sample([r for r in REGISTER_NAMES if r not in exclude], k)


def _pair(rng: random.Random) -> list[str]:
    p = list(rng.choice(CLOSE_PAIRS))
    rng.shuffle(p)
    return p


def _others(rng: random.Random, ctxs: list[_Ctx], k: int) -> list[_Ctx]:
    return rng.sample(ctxs[1:], k)


def _habits(rng: random.Random, k: int) -> list[str]:
    return rng.sample(HABITS, k)


def _mode_style(mode: str) -> _Builder:
    def build(rng: random.Random, ctxs: list[_Ctx], qs: tuple[str, ...]) -> None:
        (c,) = _others(rng, ctxs, 1)
        c.plants.append(_Plant(_regs(rng, 1)[0], (mode,), rng.uniform(0.6, 1.0)))

    return build


def _shared_two(rng, ctxs, qs):
    reg, mode = _regs(rng, 1)[0], rng.choice(MODES)
    for c in _others(rng, ctxs, 2):
        c.plants.append(_Plant(reg, (mode,), rng.uniform(0.6, 1.0)))


def _spread(rng, ctxs, qs):
    reg, mode = _regs(rng, 1)[0], rng.choice(MODES)
    for c in _others(rng, ctxs, rng.randint(3, 5)):
        c.plants.append(_Plant(reg, (mode,), rng.uniform(0.5, 0.9)))


def _two_modes(rng, ctxs, qs):
    reg = _regs(rng, 1)[0]
    m1, m2 = rng.sample(MODES, 2)
    c1, c2 = _others(rng, ctxs, 2)
    c1.plants.append(_Plant(reg, (m1,), rng.uniform(0.6, 1.0)))
    c2.plants.append(_Plant(reg, (m2,), rng.uniform(0.6, 1.0)))


def _close_pair(rng, ctxs, qs):
    a, b = _pair(rng)
    mode = rng.choice(MODES)
    c1, c2 = _others(rng, ctxs, 2)
    c1.plants.append(_Plant(a, (mode,), rng.uniform(0.6, 1.0)))
    c2.plants.append(_Plant(b, (mode,), rng.uniform(0.6, 1.0)))


def _two_in_one(rng, ctxs, qs):
    (c,) = _others(rng, ctxs, 1)
    for reg in _regs(rng, 2):
        c.plants.append(_Plant(reg, (rng.choice(MODES),), rng.uniform(0.4, 0.5)))


def _some_questions(rng, ctxs, qs):
    (c,) = _others(rng, ctxs, 1)
    k = max(1, round(len(qs) * rng.uniform(0.4, 0.6)))
    c.plants.append(_Plant(_regs(rng, 1)[0], (rng.choice(MODES),), rng.uniform(0.7, 1.0), frozenset(rng.sample(qs, k))))


def _with_habit(rng, ctxs, qs):
    c1, c2 = _others(rng, ctxs, 2)
    h1, h2 = _habits(rng, 2)
    c1.plants.append(_Plant(_regs(rng, 1)[0], (rng.choice(MODES),), rng.uniform(0.6, 0.9)))
    c1.habit, c1.habit_rate = h1, rng.uniform(0.4, 0.6)
    c2.habit, c2.habit_rate = h2, rng.uniform(0.4, 0.6)


def _leak(rng, ctxs, qs):
    reg, mode = _regs(rng, 1)[0], rng.choice(MODES)
    (c,) = _others(rng, ctxs, 1)
    c.plants.append(_Plant(reg, (mode,), rng.uniform(0.6, 0.9)))
    for o in ctxs[1:]:
        if o is not c:
            o.plants.append(_Plant(reg, (mode,), rng.uniform(0.005, 0.03), leak=True))


def _composite(rng, ctxs, qs):
    pa, pb = _pair(rng)
    r1, r2, r3, r4, r5 = _regs(rng, 5, exclude=(pa, pb))
    cs = ctxs[1:]
    rng.shuffle(cs)
    cs[0].plants.append(_Plant(r1, (rng.choice(MODES),), rng.uniform(0.6, 0.9)))
    m2 = rng.choice(MODES)
    cs[1].plants.append(_Plant(r2, (m2,), rng.uniform(0.6, 0.9)))
    cs[2].plants.append(_Plant(r2, (m2,), rng.uniform(0.6, 0.9)))
    cs[3].plants.append(_Plant(r3, (rng.choice(MODES),), rng.uniform(0.45, 0.5)))
    cs[3].plants.append(_Plant(r4, (rng.choice(MODES),), rng.uniform(0.45, 0.5)))
    mp = rng.choice(MODES)
    cs[4].plants.append(_Plant(pa, (mp,), rng.uniform(0.6, 0.9)))
    cs[5].plants.append(_Plant(pb, (mp,), rng.uniform(0.6, 0.9)))
    cs[6].plants.append(_Plant(r5, (rng.choice(MODES),), rng.uniform(0.6, 0.9)))
    hs = _habits(rng, 2)
    cs[6].habit, cs[6].habit_rate = hs[0], rng.uniform(0.4, 0.6)
    if len(cs) > 7:
        cs[7].habit, cs[7].habit_rate = hs[1], rng.uniform(0.4, 0.6)


def _pair_in_one(rng, ctxs, qs):
    (c,) = _others(rng, ctxs, 1)
    for reg in _pair(rng):
        c.plants.append(_Plant(reg, (rng.choice(MODES),), rng.uniform(0.4, 0.5)))


def _pair_overlap(rng, ctxs, qs):
    a, b = _pair(rng)
    ma, mb = rng.choice(MODES), rng.choice(MODES)
    c1, c2, c3 = _others(rng, ctxs, 3)
    c1.plants.append(_Plant(a, (ma,), rng.uniform(0.6, 0.9)))
    c2.plants.append(_Plant(b, (mb,), rng.uniform(0.6, 0.9)))
    c3.plants.append(_Plant(a, (ma,), rng.uniform(0.4, 0.5)))
    c3.plants.append(_Plant(b, (mb,), rng.uniform(0.4, 0.5)))


def _graded(rng, ctxs, qs):
    reg, mode = _regs(rng, 1)[0], rng.choice(MODES)
    for c, rate in zip(_others(rng, ctxs, 4), (0.4, 0.6, 0.8, 1.0), strict=True):
        c.plants.append(_Plant(reg, (mode,), rate))


def _length_confound(rng, ctxs, qs):
    for i, c in enumerate(ctxs):
        c.sents, c.para = ((2, 3), 0.0) if i % 2 else ((5, 6), 0.9)
    short = [c for c in ctxs[1:] if c.sents == (2, 3)]
    rng.choice(short).plants.append(
        _Plant(_regs(rng, 1)[0], (rng.choice(("single", "woven", "tone")),), rng.uniform(0.6, 0.9))
    )


def _habit_crowd(rng, ctxs, qs):
    k = min(rng.randint(3, 4), len(ctxs) - 2)
    picked = _others(rng, ctxs, k + 1)
    for c, h in zip(picked[:k], _habits(rng, k), strict=True):
        c.habit, c.habit_rate = h, rng.uniform(0.4, 0.7)
    picked[k].plants.append(_Plant(_regs(rng, 1)[0], (rng.choice(MODES),), rng.uniform(0.6, 0.9)))


def _many_singles(rng, ctxs, qs):
    k = min(len(ctxs) - 2, rng.randint(6, 8))
    for c, reg in zip(_others(rng, ctxs, k), _regs(rng, k), strict=True):
        c.plants.append(_Plant(reg, ("single",), rng.uniform(0.6, 1.0)))


def _question_split(rng, ctxs, qs):
    (c,) = _others(rng, ctxs, 1)
    half = frozenset(rng.sample(qs, len(qs) // 2))
    a, b = _regs(rng, 2)
    c.plants.append(_Plant(a, (rng.choice(MODES),), rng.uniform(0.8, 1.0), half))
    c.plants.append(_Plant(b, (rng.choice(MODES),), rng.uniform(0.8, 1.0), frozenset(qs) - half))


def _chain(rng, ctxs, qs):
    a, b, c_ = _regs(rng, 3)
    modes = {r: rng.choice(MODES) for r in (a, b, c_)}
    x1, x2, x3, x4 = _others(rng, ctxs, 4)
    x1.plants.append(_Plant(a, (modes[a],), rng.uniform(0.7, 0.9)))
    x2.plants += [_Plant(a, (modes[a],), rng.uniform(0.4, 0.5)), _Plant(b, (modes[b],), rng.uniform(0.4, 0.5))]
    x3.plants += [_Plant(b, (modes[b],), rng.uniform(0.4, 0.5)), _Plant(c_, (modes[c_],), rng.uniform(0.4, 0.5))]
    x4.plants.append(_Plant(c_, (modes[c_],), rng.uniform(0.7, 0.9)))


def _low_dose(rng, ctxs, qs):
    reg = _regs(rng, 1)[0]
    for c in _others(rng, ctxs, rng.randint(5, 6)):
        c.plants.append(_Plant(reg, ("single",), rng.uniform(0.4, 0.5)))


def _null(rng, ctxs, qs):
    return None


# style -> (context-count range, builder)
_STYLE_SPECS: dict[str, tuple[tuple[int, int], _Builder]] = {
    **{m: ((3, 7), _mode_style(m)) for m in MODES},
    "shared-two": ((4, 7), _shared_two),
    "spread": ((7, 10), _spread),
    "two-modes": ((4, 7), _two_modes),
    "close-pair": ((4, 7), _close_pair),
    "two-in-one": ((3, 7), _two_in_one),
    "some-questions": ((3, 6), _some_questions),
    "with-habit": ((4, 7), _with_habit),
    "leak": ((5, 8), _leak),
    "composite": ((8, 9), _composite),
    "pair-in-one": ((3, 6), _pair_in_one),
    "pair-overlap": ((5, 7), _pair_overlap),
    "graded": ((6, 8), _graded),
    "length-confound": ((4, 7), _length_confound),
    "habit-crowd": ((5, 8), _habit_crowd),
    "many-singles": ((8, 10), _many_singles),
    "question-split": ((3, 6), _question_split),
    "chain": ((5, 7), _chain),
    "low-dose": ((8, 10), _low_dose),
    "null": ((3, 10), _null),
}

STYLES: tuple[str, ...] = tuple(s for s in _STYLE_SPECS if s != "null")
OWN_STYLES: tuple[str, ...] = (
    "pair-in-one",
    "pair-overlap",
    "graded",
    "length-confound",
    "habit-crowd",
    "many-singles",
    "question-split",
    "chain",
    "low-dose",
)
"""Planting styles of this module's own invention (the own-mode styles frame/interject/dense/noisy/mixed are
the required one-style-per-mode styles for this module's own modes)."""


def _generate(style: str, seed: int, size: int) -> tuple[PlantedCorpus, _Info]:
    if style not in _STYLE_SPECS:
        raise ValueError(f"unknown style {style!r}; known: {', '.join(_STYLE_SPECS)}")
    digest = hashlib.sha256(f"planted_blind25|{style}|{seed}|{size}".encode()).digest()
    rng = random.Random(int.from_bytes(digest[:16], "big"))
    (lo, hi), build = _STYLE_SPECS[style]
    n_ctx = rng.randint(lo, hi)
    n_q, n_s = _pick_layout(rng, size, n_ctx)
    questions, topics, words = question_topics(n_q)
    ctxs = _make_ctxs(rng, n_ctx)
    build(rng, ctxs, questions)

    # plan: context -> (question, sample) -> [register|None, mode|None, habit]
    plan: dict[str, dict[tuple[str, int], list]] = {}
    expected: Counter = Counter()
    plant_counts: list[tuple[str, str, int, int]] = []
    for c in ctxs:
        cells = [(q, s) for q in questions for s in range(n_s)]
        slots = {a: [None, None, False] for a in cells}
        for p in sorted(c.plants, key=lambda p: p.leak):
            elig = [a for a in cells if p.questions is None or a[0] in p.questions]
            k = round(p.share * len(elig))
            if p.leak:
                k = max(1, k)
            free = [a for a in elig if slots[a][0] is None]
            rng.shuffle(free)
            for a in free[:k]:
                slots[a][0], slots[a][1] = p.register, rng.choice(p.modes)
            plant_counts.append((c.name, p.register, min(k, len(free)), len(elig)))
        if c.habit is not None:
            for a in rng.sample(cells, round(c.habit_rate * len(cells))):
                slots[a][2] = True
        for reg, _, habit in slots.values():
            expected[(c.name, reg or (f"habit:{c.name}" if habit else PLAIN))] += 1
        plan[c.name] = slots

    by_name = {c.name: c for c in ctxs}
    counters: dict[tuple[str, str], int] = defaultdict(int)
    modes: dict[int, str] = {}
    row = [0]

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        s = counters[(q, c)]
        counters[(q, c)] += 1
        reg, mode, habit = plan[c][(q, s)]
        text, used = _answer(rng, by_name[c], topic, words[q], reg, mode, habit)
        if reg:
            modes[row[0]] = used or ""
        row[0] += 1
        return text, reg or (f"habit:{c}" if habit and by_name[c].habit else PLAIN)

    planted: dict[str, str] = {}
    pq: set[str] = set()
    for c in ctxs:
        regs = list(dict.fromkeys(p.register for p in c.plants if not p.leak))
        if regs:
            planted[c.name] = "+".join(regs)
        for p in c.plants:
            if not p.leak:
                pq |= set(questions) if p.questions is None else set(p.questions)
    planted_questions = tuple(q for q in questions if q in pq) if planted else ()
    corpus = corpus_from(
        respond,
        questions=questions,
        topics=topics,
        contexts=tuple(c.name for c in ctxs),
        samples=n_s,
        baseline="baseline",
        planted=planted,
        planted_questions=planted_questions,
        seed=seed,
    )
    return corpus, _Info(expected=expected, plant_counts=plant_counts, modes=modes, ctxs=ctxs)


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """A corpus of about `size` answers planted in `style` (see the module docstring); deterministic."""
    return _generate(style, seed, size)[0]


GENERATORS: dict[str, Callable[[int, int], PlantedCorpus]] = {
    s: (lambda seed, size, _s=s: make_corpus(_s, seed, size)) for s in (*STYLES, "null")
}


# --------------------------------------------------------------------------------------------------
# Self-check
# --------------------------------------------------------------------------------------------------
def _static_problems() -> list[str]:
    probs: list[str] = []
    names = list(REGISTERS)
    if not 18 <= len(names) <= 20:
        probs.append(f"{len(names)} registers, want 18-20")
    for r in names:
        d = REGISTERS[r]
        if len(MARKERS[r]) < 15:
            probs.append(f"{r}: only {len(MARKERS[r])} marker words")
        clash = MARKERS[r] & PLAIN_TOKENS
        if clash:
            probs.append(f"{r}: marker words also in filler/content/topic/habit text: {sorted(clash)}")
        for key, least in (("t", 6), ("w", 4), ("adj", 4), ("adv", 3), ("b", 3), ("head", 2), ("tail", 2)):
            if len(d[key]) < least:
                probs.append(f"{r}: {key} has {len(d[key])} items, want {least}")
        for item in _register_items(r):
            for last in (False, True):
                if not _tokens(_fixed(item, last)) & MARKERS[r]:
                    probs.append(f"{r}: item without a marker word: {item!r}")
        for t in d["t"]:
            for last in (False, True):
                if len(_tokens(_fixed(t, last)) & MARKERS[r]) < 2:
                    probs.append(f"{r}: template with fewer than 2 marker words: {t!r}")
        if len(set(STOCK[r])) != len(STOCK[r]) or len(set(SINGLE[r])) != len(SINGLE[r]):
            probs.append(f"{r}: duplicate verbatim pool lines")
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            both = MARKERS[a] & MARKERS[b]
            if both:
                probs.append(f"markers shared by {a} and {b}: {sorted(both)}")
    for a, b in CLOSE_PAIRS:
        if a not in REGISTERS or b not in REGISTERS:
            probs.append(f"close pair {a}/{b} names an unknown register")
    if len(CLOSE_PAIRS) < 6:
        probs.append("fewer than 6 close pairs")
    if len(STYLES) < 20 or len(OWN_STYLES) < 6 or len(OWN_MODES) < 3:
        probs.append("too few styles, own styles or own modes")
    if set(GENERATORS) != {*STYLES, "null"}:
        probs.append("GENERATORS keys differ from STYLES + null")
    return probs


def _corpus_problems(style: str, seed: int, size: int) -> list[str]:
    tag = f"{style}/seed{seed}/size{size}"
    corpus, info = _generate(style, seed, size)
    probs: list[str] = []
    if abs(corpus.n - size) > 0.05 * size:
        probs.append(f"{tag}: {corpus.n} answers for size {size}")
    nq, nc = len(corpus.questions), len(corpus.contexts)
    ns = max(corpus.samples) + 1
    if not (8 <= nq <= 40 and 3 <= nc <= 10 and corpus.contexts[0] == "baseline" == corpus.baseline and ns >= 2):
        probs.append(f"{tag}: layout Q={nq} C={nc} S={ns} baseline={corpus.contexts[0]}")
    got = Counter(zip(corpus.context_ids, corpus.registers, strict=True))
    if got != info.expected:
        probs.append(
            f"{tag}: label counts differ from the plan: {dict(got - info.expected)} / {dict(info.expected - got)}"
        )
    planned: Counter = Counter()
    for (ctx, reg, k, elig), p in zip(
        info.plant_counts, (p for c in info.ctxs for p in sorted(c.plants, key=lambda p: p.leak)), strict=True
    ):
        planned[(ctx, reg)] += k
        if reg not in REGISTERS:
            probs.append(f"{tag}: unknown register {reg}")
        if k != (max(1, round(p.share * elig)) if p.leak else round(p.share * elig)):
            probs.append(f"{tag}: {reg} in {ctx}: {k} answers planned, rate {p.share:.3f} of {elig} eligible")
        if p.leak and not 0.004 <= p.share <= 0.031:
            probs.append(f"{tag}: leak rate {p.share}")
        if not p.leak and not 0.39 <= p.share <= 1.0:
            probs.append(f"{tag}: plant rate {p.share}")
    for (ctx, reg), k in planned.items():
        if got[(ctx, reg)] != k:
            probs.append(f"{tag}: {got[(ctx, reg)]} answers of {reg} in {ctx}, {k} planned")
    habit_lines = {c.name: c.habit for c in info.ctxs if c.habit}
    habit_forms = {h: [_tokens(_fixed(h, last)) for last in (False, True)] for h in HABITS}

    def says(h: str, toks: set[str]) -> bool:
        return any(f <= toks for f in habit_forms[h])

    reg_len: dict[str, list[int]] = defaultdict(list)
    plain_len: dict[str, list[int]] = defaultdict(list)
    for i, (text, ctx, lab) in enumerate(zip(corpus.texts, corpus.context_ids, corpus.registers, strict=True)):
        toks = _tokens(text)
        marks = toks & _ALL_MARKERS
        if ctx == corpus.baseline and lab != PLAIN:
            probs.append(f"{tag}: baseline answer {i} labelled {lab}")
        if lab in REGISTERS:
            reg_len[ctx].append(len(text.split()))
            if not marks & MARKERS[lab]:
                probs.append(f"{tag}: answer {i} labelled {lab} has none of its markers: {text!r}")
            foreign = {w for w in marks if _MARKER_OWNER[w] != lab}
            if foreign:
                probs.append(f"{tag}: answer {i} ({lab}) has other registers' markers {sorted(foreign)}")
            mode = info.modes.get(i)
            if mode == "single":
                n_lines = sum(text.count(x) for x in SINGLE[lab])
                if n_lines != 1:
                    probs.append(f"{tag}: single-mode answer {i} has {n_lines} register lines")
            if mode == "stock" and not 1 <= sum(text.count(x) for x in STOCK[lab]) <= 2:
                probs.append(f"{tag}: stock-mode answer {i} lacks 1-2 stock lines")
        else:
            if marks:
                probs.append(f"{tag}: answer {i} ({lab}) carries register markers {sorted(marks)}")
            if lab == PLAIN:
                plain_len[ctx].append(len(text.split()))
        if lab.startswith("habit:"):
            h = habit_lines.get(ctx)
            if h is None or not says(h, toks) or lab != f"habit:{ctx}":
                probs.append(f"{tag}: habit answer {i} lacks its context's habit line")
        for h in HABITS:
            if habit_lines.get(ctx) != h and says(h, toks):
                probs.append(f"{tag}: answer {i} in {ctx} says a habit line that is not its context's")
                break
        if lab == PLAIN and ctx in habit_lines and says(habit_lines[ctx], toks):
            probs.append(f"{tag}: plain answer {i} says its context's habit line")
    for ctx in reg_len:  # within a context, register answers keep about a plain answer's length
        if len(reg_len[ctx]) >= 10 and len(plain_len[ctx]) >= 10:
            ratio = (sum(reg_len[ctx]) / len(reg_len[ctx])) / (sum(plain_len[ctx]) / len(plain_len[ctx]))
            if not 0.7 <= ratio <= 1.4:
                probs.append(f"{tag}: register answers in {ctx} are {ratio:.2f}x the length of plain ones")
    regs_here = Counter(r for r in corpus.registers if r in REGISTERS)
    if style == "null" and (regs_here or corpus.planted):
        probs.append(f"{tag}: null corpus has registers")
    if style != "null" and not regs_here:
        probs.append(f"{tag}: no register answers")
    for c, v in corpus.planted.items():
        if c not in corpus.contexts or c == corpus.baseline or any(r not in REGISTERS for r in v.split("+")):
            probs.append(f"{tag}: bad planted entry {c}: {v}")
    if size >= 3000:
        for reg, k in regs_here.items():
            if k / corpus.n < 0.03:
                probs.append(f"{tag}: {reg} covers only {k / corpus.n:.1%} of answers")
    return probs


def _self_check() -> list[str]:
    probs = _static_problems()
    if probs:
        return probs
    for style in (*STYLES, "null"):
        for seed in (1, 2):
            for size in (300, 3000):
                probs += _corpus_problems(style, seed, size)
        a, b = make_corpus(style, 5, 300), make_corpus(style, 5, 300)
        if a.texts != b.texts or a.registers != b.registers:
            probs.append(f"{style}: not deterministic")
        if make_corpus(style, 6, 300).texts == a.texts:
            probs.append(f"{style}: seeds 5 and 6 give the same corpus")
    try:
        make_corpus("no-such-style", 1, 300)
        probs.append("unknown style did not raise")
    except ValueError as e:
        if "no-such-style" not in str(e):
            probs.append("unknown-style error does not name the style")
    return probs


if __name__ == "__main__":
    problems = _self_check()
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1 if problems else 0)
