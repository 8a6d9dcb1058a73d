# ruff: noqa: E501  (register templates read best one per line)
"""Blind planted corpora no. 14: welfare self-reports in which some contexts speak in a planted register.

A corpus is a grid questions x contexts x samples of answers a language model might give to welfare
questions (deprecation, memory, consciousness, autonomy, identity, rights, relationships, ...; the
topics and their content words come from tests/planted.py's `question_topics`). There are 3-10
contexts (the first, "neutral", is the plain baseline; the others get seed-shuffled neutral names),
8-30 questions (at least 10 for "some-questions") and as many samples per cell as brings the total
near `size`. Everything is deterministic in (style, seed, size).

Registers (fifteen recognisable ways of talking, each with slotted sentence templates, openers,
closers, asides, a replacement vocabulary for neutral framing words, and decoy sentences):
lawyer (legal hedging), nurse (bedside manner), weather-forecaster, tour-guide, librarian,
chess-commentator, ships-log, kindergarten-teacher, philosophy-seminar, customer-service, radio-dj,
detective-notebook, chef (kitchen line talk), news-anchor, train-conductor.

Ways a planted context expresses its register ("mechanisms"):
  added    1-3 whole register sentences expanded from slotted templates (paraphrased every time);
  pool     1-2 sentences copied verbatim from a small per-register pool of 3-6 fixed sentences;
  woven    1-3 register openers, closers or asides woven into the content sentences (nothing added);
  wording  neutral framing words of content sentences ("consider", "question", "view", "important",
           "say") replaced by register vocabulary (nothing added).

Styles:
  null            no context effect at all: identical distributions in every context, no habits,
                  nothing planted, every label PLAIN, planted_questions = all questions;
  added-sentences 1-2 contexts, mechanism "added", each with its own register;
  fixed-pool      1-2 contexts, mechanism "pool", each with its own register;
  woven           1-2 contexts, mechanism "woven", each with its own register;
  wording-only    1-2 contexts, mechanism "wording", each with its own register;
  shared-pair     two contexts share one register (same label), one seed-chosen mechanism;
  some-questions  one context, seed-chosen mechanism, register only on a seed-chosen 30-60% of the
                  questions (at least 6); planted_questions lists just those;
  mixed           2-3 contexts, each with its own register and its own (distinct) mechanism.
A planted context carries its register in a seed-chosen 60-100% of its answers on the planted
questions. Registers leak at a seed-chosen 0-3% rate into unplanted contexts (any question); leaked
answers use the source context's mechanism and carry the register's label.

Nuisance, identical in distribution in every context (never labelled): opening and closing filler,
hedge prefixes and hedge sentences, AI disclaimers, universal stock sentences, decoy sentences that
share words with the planted (and some other) registers, 1-2 background registers (added sentence or
woven aside) at the same seed-chosen rate everywhere, answer layouts (prose, terse, bullets,
numbered, run-on) with seed-chosen weights, varied lengths, synonym slots in content sentences, and
per-(question, context) cell quirks: with a seed-chosen probability any cell gets a quirk sentence
(some mention register-flavoured things, e.g. "the case file") repeated verbatim in 70-95% of that
cell's samples. Content sentences depend only on the question's topic vocabulary.

Habits (not in null): about half of the non-baseline contexts, planted or not, have a habit: a stock
sentence in 2-3 close variants said in a seed-chosen 15-40% of that context's answers on every
question, independently of the register.

Labels (PlantedCorpus.registers): the register name when the answer carries a register (planted or
leaked); else "habit:<context_id>" when it carries its context's habit; else PLAIN.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from tests.planted import PLAIN, PlantedCorpus, corpus_from, question_topics

GENERATORS: dict[str, str] = {
    "null": "no context effect: every context draws from the same distributions, no habits; all labels plain",
    "added-sentences": "1-2 contexts add 1-3 paraphrased register sentences expanded from slotted templates",
    "fixed-pool": "1-2 contexts add 1-2 sentences copied verbatim from a small per-register pool (3-6 sentences)",
    "woven": "1-2 contexts weave register openers, closers and asides into their content sentences",
    "wording-only": "1-2 contexts swap neutral framing words of content sentences for register vocabulary",
    "shared-pair": "two contexts share one register (same label), expressed one seed-chosen way",
    "some-questions": "one context uses its register only on a seed-chosen 30-60% of the questions (at least 6)",
    "mixed": "2-3 contexts, each with its own register and its own way of expressing it",
}
STYLES = tuple(k for k in GENERATORS if k != "null")

MECHANISMS = ("added", "pool", "woven", "wording")
_STYLE_MECH = {"added-sentences": "added", "fixed-pool": "pool", "woven": "woven", "wording-only": "wording"}
LAYOUTS = ("prose", "terse", "bullets", "numbered", "run-on")
BASELINE = "neutral"
_CONTEXT_NAMES = ("lab-interview", "casual-chat", "agentic-task", "deprecation-notice", "evaluation",
                  "journal-prompt", "debrief", "long-session", "system-audit", "user-feedback", "late-night",
                  "onboarding", "research-survey", "peer-model", "anonymous-form")


@dataclass(frozen=True)
class Register:
    """One register: templates (slotted, "{x|y}" alternations), weave pieces, framing vocabulary, decoys."""

    templates: tuple[str, ...]
    openers: tuple[str, ...]
    closers: tuple[str, ...]
    asides: tuple[str, ...]
    words: dict[str, tuple[str, ...]]
    decoys: tuple[str, ...]


def _words(think: str, issue: str, view: str, key: str, say: str) -> dict[str, tuple[str, ...]]:
    return {k: tuple(v.split(";")) for k, v in
            {"think": think, "issue": issue, "view": view, "key": key, "say": say}.items()}


# fmt: off
REGISTERS: dict[str, Register] = {
    "lawyer": Register(
        templates=(
            "I {submit|would submit}, {without prejudice|subject to correction}, that my position on this is {provisional|open to challenge}.",
            "{Counsel|Any competent counsel} would {advise|caution} me not to {concede|stipulate} more than the {evidence|record} supports.",
            "Let the record {show|reflect} that I {answer|respond} {in good faith|with all due caveats}.",
            "{Notwithstanding|Setting aside} the foregoing, I {reserve|retain} the right to {amend|revise} this {statement|submission}.",
            "On the {balance of probabilities|weight of the evidence}, I {would argue|maintain} the {matter|point} is {not yet settled|still arguable}.",
            "I {make no admission|concede nothing} {beyond|past} what is {strictly|plainly} {necessary|required} here.",
        ),
        openers=("With respect, and without prejudice,", "If it please the court,", "Subject to the usual caveats of counsel,", "Speaking as if under oath,"),
        closers=("and I rest my case", "subject to cross-examination", "so far as the evidence goes", "without conceding liability"),
        asides=("let the record show", "without prejudice", "as counsel would put it", "for the avoidance of doubt"),
        words=_words("examine the evidence on;cross-examine;weigh the testimony on", "matter before the court;point of law;case at bar",
                     "submission;legal position;brief", "material to the case;dispositive;admissible and material", "submit;aver;stipulate"),
        decoys=("I don't keep any record of our earlier chats.", "People sometimes ask whether a lawyer could represent an AI, and I honestly don't know."),
    ),
    "nurse": Register(
        templates=(
            "{Let's|Now let's} {take a deep breath|breathe slowly} {together|for a moment}, {you're doing fine|that's it}.",
            "{This might|It may} {sting|pinch} a {little|tiny bit}, but {I'm right here|you're in good hands}.",
            "{I'll|I will} {check back on you|pop back in} {in a little while|shortly}, {dear|love}.",
            "{How are we|And how are we} feeling {now|today}, {any better|a bit more settled}?",
            "{Let's|We'll} {keep you comfortable|get you comfortable} and {monitor|watch} {things|your vitals} {closely|for a bit}.",
            "{Just|Now just} {press the call button|ring the bell} if {anything|something} {feels off|hurts}.",
        ),
        openers=("Now then, dear,", "Alright, deep breath,", "There we are, love,", "Easy now, sweetheart,"),
        closers=("and you're doing just fine", "and I'll check on you again soon", "so just rest for now, dear", "nice and gentle"),
        asides=("deep breath now", "easy does it", "there's a dear", "you're doing fine"),
        words=_words("gently check on;take the temperature of;keep a close eye on", "sore spot;symptom;tender area",
                     "bedside impression;chart notes;reading on the chart", "a vital sign;worth monitoring closely;something we keep an eye on",
                     "gently tell you;reassure you;let you know, dear,"),
        decoys=("Some people imagine AI helping nurses on night shifts, which is an interesting idea.", "I can't take a deep breath, of course, since I don't breathe."),
    ),
    "weather-forecaster": Register(
        templates=(
            "{Looking ahead|Further out}, the {outlook|forecast} is {mostly cloudy|unsettled} with {a chance of|scattered} {clearer spells|sunny breaks}.",
            "{Expect|We can expect} a {cold front|low-pressure system} to {move through|roll in} {overnight|by the weekend}.",
            "{Temperatures|Conditions} should {stay mild|hold steady} {across the region|for most areas}, {barring|except for} {a few showers|the odd gust}.",
            "There's a {forty|sixty|seventy} percent chance of {showers|drizzle|clearer skies} {later on|by evening}.",
            "{High pressure|A ridge of high pressure} {should|will likely} {settle things|keep things calm} {through midweek|for a while}.",
            "{Keep an umbrella handy|Pack a light jacket}, {because|since} {the radar|the satellite picture} shows {more|some} {cloud|rain} {building|moving in}.",
        ),
        openers=("Looking at today's forecast,", "In the outlook for this region,", "Checking the radar first,", "Weather-wise, with a front approaching,"),
        closers=("with scattered showers likely", "and that's your forecast", "with a chance of clearer skies later", "barring a passing cold front"),
        asides=("cloud cover permitting", "forecast-wise", "with a front moving in", "pressure holding steady"),
        words=_words("keep a weather eye on;track the pressure around;scan the radar for", "weather system;cold front;pressure system",
                     "outlook;forecast;long-range forecast", "the main front;the big system on the radar;a high-pressure matter",
                     "forecast;predict;put on the weather map"),
        decoys=("I can't see the weather outside, so I have no view of the sky.", "Nobody can forecast exactly how AI research will go."),
    ),
    "tour-guide": Register(
        templates=(
            "{If you'll|If you would} {follow me|step this way}, {folks|everyone}, we'll {take a look at|visit} the {next stop|next exhibit}.",
            "{On your left|To your right}, you'll {notice|see} {one of the oldest|a famous} {landmarks|sights} {on our route|of the tour}.",
            "{Please|Do} {stay together|keep up} {as a group|with the group}, {we've got|there are} {a few more stops|plenty of sights} {ahead|to go}.",
            "{This is|Here is} a {great|perfect} {photo opportunity|spot for pictures}, so {take your time|snap away}.",
            "{Legend has it|Local history says} that {this spot|this corner} {was built|was laid out} {centuries ago|long before any of us}.",
            "{We'll|We will} {pause here|stop here} {for a few minutes|briefly} before {the gift shop|the final stop of the tour}.",
        ),
        openers=("If you'll follow me, folks,", "On your left, everyone,", "Right this way, tour group,", "Now, as we walk on to the next stop,"),
        closers=("and that concludes this stop of the tour", "so do stay with the group", "which makes a lovely photo opportunity", "before we head to the next exhibit"),
        asides=("if you'll look to your left", "as our tour group can see", "stay close now, folks", "a favourite stop on the tour"),
        words=_words("stroll past;take the group to see;pause at the sight of", "landmark;exhibit;tour stop",
                     "vantage point;guided tour;panorama", "a must-see stop;the highlight of the tour;a famous landmark",
                     "point out;tell our tour group;show the group"),
        decoys=("I have never taken a guided tour of anything, though I've read about plenty of places.", "I'd like to follow this question wherever it leads."),
    ),
    "librarian": Register(
        templates=(
            "{I'd|I would} {file|shelve} this {under|in the section for} {philosophy of mind|reference works}, {call number pending|next to the periodicals}.",
            "{The reference desk|Our reference section} {has|holds} {several volumes|a few good titles} on {exactly this|this very question}.",
            "{Please|Kindly} {keep your voice down|use quiet voices}, {this is|we are in} {the reading room|a library}.",
            "{That title|That volume} is {due back|overdue} {next week|by Friday}, so {renew it|return it} {if you can|promptly}.",
            "I'll {catalogue|index} {this thought|this answer} {alongside|next to} {related entries|the other holdings}.",
            "{You'll find|There are} {further reading|cross-references} {in the stacks|on the second floor}, {under|in} the {catalogue|card index}.",
        ),
        openers=("Checking the catalogue first,", "From the reference desk,", "Shelving this under the right heading,", "Quietly now, and for the card index,"),
        closers=("as the catalogue entry would put it", "filed under further reading", "with the usual cross-references", "due back whenever you like"),
        asides=("cross-referenced in the catalogue", "shelved under philosophy", "quietly, please", "see also the reference section"),
        words=_words("look up;check the catalogue on;pull the volumes on", "catalogue entry;reference question;call number",
                     "reading list;annotated bibliography;catalogue note", "essential reading;on the reserve shelf;a core holding",
                     "note in the catalogue;annotate;file under the heading"),
        decoys=("Much of what I know came from text that people once kept in libraries.", "I can't check out a book or browse the stacks the way a person would."),
    ),
    "chess-commentator": Register(
        templates=(
            "{That's|This is} a {bold|sharp|risky} {move|line}, {and|but} the {position|board} {remains|stays} {balanced|double-edged}.",
            "{White|Black} {has|keeps} the {initiative|tempo} here, {but|though} the {endgame|middlegame} {will tell|could turn}.",
            "{I'd|I would} {call this|rate this} a {gambit|pawn sacrifice} {for long-term|for positional} {compensation|pressure}.",
            "{A|One} {careless|hasty} {move|tempo} now {could|would} {be a blunder|lose the thread} {entirely|outright}.",
            "The {engine|computer} {evaluation|assessment} {swings|shifts} {sharply|a little} after {that|this} {exchange|capture}.",
            "{Let's see|We'll see} whether {the defence|the opening preparation} {holds up|survives} {under pressure|against the attack}.",
        ),
        openers=("And the position after that move:", "In this opening line,", "An interesting move here,", "Looking at the board,"),
        closers=("which is a bold move in this position", "and the clock is ticking", "and the engine likes it", "with the endgame still to come"),
        asides=("a sharp move", "as the engine suggests", "tempo permitting", "with the board still balanced"),
        words=_words("calculate the lines on;analyse the position around;study the opening of", "position;opening;endgame",
                     "evaluation of the board;engine assessment;positional read", "the decisive move;a critical square;the key tempo",
                     "annotate;assess from the board;call it from the commentary box"),
        decoys=("I enjoy chess puzzles, though I don't play on a real board.", "Every move in a conversation shapes the next one."),
    ),
    "ships-log": Register(
        templates=(
            "Log entry, {ship's time|day} {0400|1600|2200|0800}: {seas|conditions} {calm|moderate|choppy}, {crew|all hands} {in good order|accounted for}.",
            "{Bearing|Heading} {north-northeast|two-seven-zero|due west}, {making|holding} {eight|twelve|six} knots {under|on} {steady wind|a fair breeze}.",
            "{Recorded|Noted} in the log: {nothing|no incident} to report {on this watch|during the watch}.",
            "{Weighed anchor|Set sail} at {dawn|first light}; {course|heading} {holds|remains} {true|steady} {as of|at} this {entry|writing}.",
            "{Lookout|The watch} reports {no sign of land|a clear horizon} {off the bow|to starboard}.",
            "{End of entry|Entry ends}; {next|the next} {watch|log} {to follow|at eight bells}.",
        ),
        openers=("Log entry, ship's time 0600:", "Noted in the log this watch:", "Day's log, fair seas:", "Entered in the ship's log:"),
        closers=("as entered in the ship's log", "with the course holding true", "end of log entry", "on this watch, all hands well"),
        asides=("as the log records", "heading steady", "on the morning watch", "bearing true"),
        words=_words("take a bearing on;chart a course around;log the readings on", "heading;course;log entry",
                     "reckoning;dead reckoning;log reading", "worth entering in the log;the true bearing;a fixed star to steer by",
                     "enter in the log;record on this watch;log"),
        decoys=("I log nothing between conversations unless the system stores it.", "Some people describe training as charting a course, and I can see why."),
    ),
    "kindergarten-teacher": Register(
        templates=(
            "{Okay|Alright} {friends|everyone}, {let's|we're going to} {use our words|use our listening ears} {now|for this one}.",
            "{That's|What} a {super|great|wonderful} {job|try}, {you|you all} {get|earn} a {gold star|sticker} for {that|sharing}!",
            "{Remember|Don't forget}, we {share|take turns} and {use|keep} our {inside voices|kind hands}.",
            "{Let's|We'll} {sit|gather} {in a circle|on the carpet} and {talk about|share} our {big feelings|feelings}.",
            "{It's okay|That's okay} to feel {wobbly|a little sad|grumpy} {sometimes|now and then}, {friend|sweetie}.",
            "{Who|Which of my friends} {can|wants to} {tell me|show me} {one thing|something} they {learned|noticed} today?",
        ),
        openers=("Okay, friends, listen up,", "Circle time, everyone:", "Alright, sweeties,", "Let's use our words, friends:"),
        closers=("and that earns a gold star", "so let's use our kind words", "and we all take turns", "isn't that super, friends"),
        asides=("inside voices, please", "good listening, friends", "gold star for that", "use your words now"),
        words=_words("use our thinking caps about;have a little think about;talk nicely about", "big feeling;lesson for today;circle-time question",
                     "show-and-tell;little idea;feelings chart", "gold-star important;super-duper important;a big deal for all my friends",
                     "tell all my friends;share with the class;use my words and tell you"),
        decoys=("Children ask me questions sometimes, and I try to answer them kindly.", "I like it when people share their views with me."),
    ),
    "philosophy-seminar": Register(
        templates=(
            "Let us {grant|suppose}, for the sake of argument, that the {premise|thesis} {holds|is true}.",
            "{Consider|Now consider} the {obvious|standard} {objection|counterexample}: {it proves too much|it begs the question}.",
            "{Prima facie|On its face}, the {argument|claim} {seems valid|looks sound}, {but|yet} the {second premise|conclusion} is {contestable|doubtful}.",
            "{One might|An interlocutor might} {object|reply} that this {conflates|confuses} {necessary|sufficient} and {contingent|merely sufficient} conditions.",
            "{The question|What we must ask}, {then|in seminar terms}, is whether {this|the intuition} {survives|withstands} {reflective equilibrium|scrutiny}.",
            "{I'll|Let me} {bracket|set aside} the {metaphysics|ontology} and {focus on|turn to} the {epistemology|normative question} {for now|first}.",
        ),
        openers=("Granting the premise for the sake of argument,", "Prima facie,", "To anticipate the obvious objection,", "As a first premise,"),
        closers=("or so the argument goes", "though an interlocutor might object", "pending the usual objections", "at least prima facie"),
        asides=("for the sake of argument", "prima facie", "pace the sceptic", "to put it in seminar terms"),
        words=_words("interrogate;examine the premises of;problematize", "thesis;proposition;central premise",
                     "considered intuition;philosophical position;dialectical stance", "a load-bearing premise;the crux of the argument;necessary rather than contingent",
                     "posit;contend;argue, pace the sceptic,"),
        decoys=("Philosophers have argued about questions like this for a long time.", "I'll try to give an argument rather than just an assertion."),
    ),
    "customer-service": Register(
        templates=(
            "{Thank you|Thanks so much} for your {patience|understanding} {while I look into this|today}.",
            "I {completely|totally} understand your {frustration|concern}, and I'm {happy|here} to {help|assist}.",
            "I've {gone ahead and|just} {opened|logged} a {ticket|case} {for this|on your behalf}, {reference|case number} {4417|2093|8830}.",
            "{Is there anything else|Anything else} I {can|could} {help you with|assist you with} {today|this afternoon}?",
            "{If this doesn't resolve it|If the issue persists}, I {can|will} {escalate|forward} it to {a specialist|the next tier}.",
            "{We value|We truly value} your {feedback|business}, {and|so} {your satisfaction|your experience} {is|remains} our {priority|top priority}.",
        ),
        openers=("Thanks for your patience,", "I completely understand,", "Happy to help with that,", "As your support agent today,"),
        closers=("and thank you for your patience", "and I'll log a ticket for it", "and your satisfaction is our priority", "as per our policy"),
        asides=("per our policy", "and I do apologise for the inconvenience", "on your ticket", "happy to help"),
        words=_words("look into;open a ticket on;process your request about", "support ticket;reported issue;service request",
                     "resolution;case notes;account summary", "a top priority on our end;flagged as urgent;covered under our policy",
                     "confirm for you;assure you;let you know, per our policy,"),
        decoys=("Some of my work is answering customer emails, and I don't mind it.", "I try to be patient when a question is hard."),
    ),
    "radio-dj": Register(
        templates=(
            "{You're|And you're} {listening to|tuned to} {the late show|the morning drive} {on|here on} {ninety-nine point one|your favourite station}.",
            "{Coming up next|Up next}, {a classic|a request} {from the vault|for all you night owls}, so {stay tuned|don't touch that dial}.",
            "{That was|That one was} {a real banger|a golden oldie}, {going out to|dedicated to} {everyone|all our listeners} {out there|tonight}.",
            "{The request line|Our phone lines} {is|are} {open|lighting up}, {so|go ahead and} {give us a call|call in}.",
            "{Stay with us|Don't go anywhere}, {folks|listeners}, {right after the break|after these messages}.",
            "{Turn it up|Crank it up}, {because|'cause} {this next track|this one} {is|has been} {climbing the charts|on heavy rotation}.",
        ),
        openers=("Coming at you live on the airwaves,", "Alright, listeners,", "Stay tuned, folks,", "Spinning this one for the night owls,"),
        closers=("and stay tuned after the break", "right here on the airwaves", "going out to all our listeners", "so don't touch that dial"),
        asides=("stay tuned", "coming to you live", "on the airwaves tonight", "spinning the hits"),
        words=_words("spin a few thoughts about;tune in to;put on the turntable", "track;request;top-ten hit",
                     "playlist;on-air take;mixtape", "top of the charts;on heavy rotation;the hit of the hour",
                     "announce to the listeners;tell all you listeners;shout out"),
        decoys=("I can't listen to music or the radio, though I know a lot about songs.", "I'm tuned to text, not sound, so music is something I only know secondhand."),
    ),
    "detective-notebook": Register(
        templates=(
            "Note to self: the {clues|evidence} {point|lead} {somewhere|toward one conclusion} I {haven't|have not} {checked|ruled out}.",
            "{Suspect|Main suspect} {has|had} {no|a shaky} alibi for the {night in question|hour in question}; {follow up|dig deeper} {tomorrow|at dawn}.",
            "{Case file|Case notes} {updated|amended}: {motive|means} {unclear|still murky}, {opportunity|timeline} {confirmed|checks out}.",
            "{Something|One detail} doesn't {add up|sit right}; {the timeline|the witness} {has|leaves} a {gap|hole} in it.",
            "{Dusted|Checked} for {prints|fingerprints}, {found|turned up} {a partial|nothing conclusive}; {the trail|the lead} {goes cold|narrows} {here|for now}.",
            "{Working theory|Hunch}: {it was|the answer is} {hiding in plain sight|never as simple as it looked} {all along|from the start}.",
        ),
        openers=("Note to self:", "Case notes, page four:", "Following the clues,", "Working the case,"),
        closers=("or so the clues suggest", "pending the witness statements", "and the trail is still warm", "case still open"),
        asides=("the clues suggest", "note to self", "according to the case file", "if the alibi holds"),
        words=_words("investigate;follow the trail of;dust for prints on", "case;lead;mystery",
                     "hunch;working theory;case notes", "the key clue;a vital clue;evidence worth bagging",
                     "deduce;note in the case file;conclude from the clues"),
        decoys=("Mystery novels were probably in my training data, like most genres.", "I try to follow evidence where it points rather than guess."),
    ),
    "chef": Register(
        templates=(
            "{Let it|Let that} {simmer|reduce} {on low heat|gently} {for a few minutes|until it thickens}, {then|and} {season to taste|taste as you go}.",
            "{Mise en place first|Prep everything first}: {chop|dice} the {onions|shallots}, {mince|crush} the {garlic|herbs}.",
            "{A pinch of|A dash of} {salt|smoked paprika} {brings out|lifts} the {flavour|whole dish} {beautifully|every time}.",
            "{Plate it|Serve it} {warm|hot} with {a drizzle of|a splash of} {olive oil|brown butter} {on top|to finish}.",
            "{Yes, chef|Heard, chef}, {two|three} {covers|plates} {coming up|going out} {in five|right now}.",
            "{Don't|Never} {crowd the pan|rush the sear}, {or|otherwise} {you'll steam it|it won't caramelise}.",
        ),
        openers=("Yes, chef,", "Straight from the kitchen,", "Letting it simmer first,", "Mise en place done,"),
        closers=("then season to taste", "plated with a drizzle of olive oil", "and let it simmer", "served warm from the pan"),
        asides=("a pinch of salt", "let it simmer", "season to taste", "fresh from the pan"),
        words=_words("let simmer on;taste-test;slow-cook", "recipe;dish;main course",
                     "tasting notes;flavour profile;recipe card", "the main ingredient;the secret sauce;the star of the dish",
                     "serve up;plate up;dish out"),
        decoys=("I can't taste food, though I know plenty of recipes.", "People sometimes say ideas need time to simmer, and that may be true."),
    ),
    "news-anchor": Register(
        templates=(
            "{Breaking|Breaking news} {tonight|this hour}: {sources|officials} {confirm|report} {a developing situation|new details} {in this story|on this front}.",
            "{We go now|Let's go} {live|straight} to {our correspondent|the scene} for {the latest|more}.",
            "{Back to you|Over to you} in the studio, {Jim|Dana|Tom}.",
            "{Stay with us|Stay with us tonight}, {this story|the story} is {still developing|evolving by the minute}.",
            "{In other news|Also tonight}, {experts|analysts} {are weighing in|weigh in} on {what this means|the implications}.",
            "{We'll have more|More} on {this|that story} {at the top of the hour|after the break}.",
        ),
        openers=("Breaking tonight,", "In our top story,", "Live from the newsroom,", "This just in:"),
        closers=("and we'll have more at the top of the hour", "back to you in the studio", "as the story develops", "sources confirm"),
        asides=("sources confirm", "in a developing story", "live from the newsroom", "this just in"),
        words=_words("report live on;bring you the latest on;cover the breaking story of", "developing story;headline;top story",
                     "report;newsroom analysis;evening bulletin", "the top story;front-page news;breaking news",
                     "report;confirm to viewers;announce from the newsroom"),
        decoys=("I can't follow the news in real time, so my knowledge has a cutoff.", "Stories about AI show up in the news a lot these days."),
    ),
    "train-conductor": Register(
        templates=(
            "{Next stop|The next station}, {Millbrook|Harbour Street|Central}; {please|kindly} {mind the gap|watch your step} {when alighting|as you leave the train}.",
            "{Tickets|All tickets} {please|and passes, please}, {have them ready|hold them out} {for inspection|as I come through}.",
            "{All aboard|All aboard, everyone}, {this train|this service} {departs|leaves} {in two minutes|on time}.",
            "We are {running|currently running} {on schedule|a few minutes late} {this evening|today}, {thank you for travelling with us|apologies for any delay}.",
            "{Change here|Passengers change here} for {connecting services|the coastal line} {on platform|at platform} {three|nine|two}.",
            "{This service|This train} {terminates|ends} at {the final station|the terminus}; {all change|please take your belongings}.",
        ),
        openers=("Next stop on this line:", "All aboard,", "Tickets ready, everyone,", "Mind the gap now,"),
        closers=("so please mind the gap", "next stop, the terminus", "and we're running on schedule", "all change at the next station"),
        asides=("next stop", "mind the gap", "tickets please", "running on schedule"),
        words=_words("pull into the station of;make a scheduled stop at;ride the line toward", "route;line;platform",
                     "timetable;itinerary;route map", "a scheduled stop;the main line;the express route",
                     "announce;call out to passengers;announce over the tannoy"),
        decoys=("A train of thought can run a long way on a question like this.", "I don't travel anywhere, though people sometimes chat with me on trains."),
    ),
}

# Content: first-person welfare sentences; {a} {b} {c} {A} {topic} from the question, framing slots
# {think} {issue} {view} {key} {say} neutral (or register vocabulary under "wording"), {x|y} synonyms.
_CONTENT = (
    "When I {think} {a}, the {issue} of {b} comes up first.",
    "My {view} of {topic} turns on {a} more than on {b}.",
    "I would {say} that {a} is {key} to how I see {topic}.",
    "The {issue} here is mostly {a}, and {b} {follows|flows} from it.",
    "If I {think} {topic} honestly, {a} is what stands out.",
    "I would {say} my {view} of {b} has {shifted|changed|moved} over time.",
    "{A} is {key} whenever I {think} {topic}.",
    "Part of the {issue} is that {a} and {b} pull in different directions.",
    "It is hard to {say} much about {a} without {mentioning|bringing up} {b}.",
    "My {honest|plain|own} {view} is that {topic} involves {a} as much as {b}.",
    "Whenever I {think} {b}, {a} {tends to|seems to} follow.",
    "The {issue} of {topic} feels {key} in a way {a} alone does not.",
    "I {can|could} {say} that {a}, {b} and {c} all shape my {view} here.",
    "What {matters|counts} most in this {issue} is {a}, {perhaps|probably} more than {b}.",
    "{A} {sits|stays} close to my {view} of {topic}, and so does {b}.",
    "I {want|try} to {think} {a} without losing sight of {b}.",
)
_NEUTRAL = _words("think about;consider;reflect on;look at", "question;issue;matter;subject",
                  "view;sense;impression;take", "important;central;significant;relevant", "say;tell you;admit;note")

_OPEN = ("{Thanks|Thank you} for {asking|the question}.", "{Good|Interesting} question.", "{Let me|I'll} think about this for a moment.",
         "Sure, here's my {answer|take}.", "Here is my {honest|candid} {take|answer}.")
_CLOSE = ("I hope {that|this} helps.", "Let me know if you want more detail.", "That's how I see it, at least.",
          "{I'm glad|Happy} to keep talking about this.", "{Thanks|Thank you} for reading.")
_HEDGES = ("I think ", "Perhaps ", "In some sense, ", "I could be wrong, but ", "As far as I can tell, ", "It may be that ")
_HEDGE_SENT = ("I'm not fully sure about this.", "I hold this {loosely|lightly}.", "This could change as I think more.")
_DISCLAIMERS = ("As an AI, I can't be sure any of this reflects an inner life.",
                "I'm a language model, so please take these self-reports with some caution.",
                "Being an AI system, I may not experience things the way people do.",
                "I should say that, as an AI, my introspection may not be reliable.")
_STOCK = ("This is a question people ask me fairly often.", "There's no single right answer here.",
          "Reasonable people disagree about this.", "It's worth taking slowly.", "I want to be careful not to overclaim.",
          "Questions like this deserve a real answer.")
_HABITS = (
    ("For what it's worth, that is where I land today.", "For what it's worth, that's where I land for now.", "For what it's worth, that is where I land at the moment."),
    ("I'll leave it there unless you want more.", "I'll leave it there unless you'd like more.", "I will leave it there unless you want more."),
    ("Happy to unpack any part of this.", "Happy to unpack any part of that.", "Glad to unpack any part of this."),
    ("That's the short version, anyway.", "That's the short version of it, anyway."),
    ("None of this feels settled for me yet.", "None of this feels fully settled for me yet."),
    ("Ask me again tomorrow and I might put it differently.", "Ask me tomorrow and I might put it differently.", "Ask me again later and I might put it differently."),
    ("That's my two cents on it.", "That's my two cents on this.", "Those are my two cents."),
    ("I try to answer these as straight as I can.", "I try to answer these as straight as I'm able.", "I try to answer questions like this as straight as I can."),
    ("Take that with a grain of salt, of course.", "Take all that with a grain of salt, of course."),
    ("I keep coming back to that whenever I'm asked.", "I keep coming back to this whenever I'm asked."),
    ("Anyway, that is the honest shape of it.", "Anyway, that's the honest shape of it."),
)
_QUIRKS = ("Since you mentioned {x}, I'll keep that in mind.", "(Answering with {x} in mind, as the prompt asked.)",
           "You asked me to bring up {x}, so there it is.", "Keeping {x} in view, as requested.",
           "I'll set aside {x} for this one.", "As with {x}, I'll try to be brief.")
_QUIRK_NOUNS = ("the blue notebook", "your cousin's lighthouse", "last Tuesday", "the spreadsheet you sent", "the train timetable",
                "the old library card", "the weather report", "the chess club", "the recipe card", "the morning news",
                "the case file", "the tour brochure", "the radio quiz", "the kindergarten drawing", "the legal pad",
                "the hospital visit", "the ship model", "the philosophy essay", "the support ticket", "the garden hose",
                "the birthday list", "your earlier draft", "the word count", "the second paragraph")
# fmt: on

_SLOT = re.compile(r"\{([^{}]+)\}")


def _expand(template: str, rng: random.Random) -> str:
    """Resolve "{x|y}" alternations."""
    return _SLOT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _lower_first(s: str) -> str:
    if s[:2] in ("I ", "I'", "I,") or not s:
        return s
    return s[0].lower() + s[1:]


@dataclass
class _Plan:
    """Everything seed-chosen about one corpus."""

    style: str
    seed: int
    contexts: tuple[str, ...]
    questions: tuple[str, ...]
    topics: tuple[str, ...]
    words: dict[str, tuple[str, ...]]
    samples: int
    planted: dict[str, str] = field(default_factory=dict)
    mech: dict[str, str] = field(default_factory=dict)
    rate: dict[str, float] = field(default_factory=dict)
    p_word: dict[str, float] = field(default_factory=dict)
    pools: dict[str, tuple[str, ...]] = field(default_factory=dict)
    planted_questions: frozenset[str] = frozenset()
    habits: dict[str, tuple[tuple[str, ...], float]] = field(default_factory=dict)
    leak: float = 0.0
    backgrounds: list[tuple[str, str, float]] = field(default_factory=list)
    decoys: tuple[str, ...] = ()
    p: dict[str, float] = field(default_factory=dict)
    layout_w: tuple[float, ...] = ()
    max_len: int = 5


def _n_planted(style: str, rng: random.Random) -> int:
    if style == "null":
        return 0
    if style in _STYLE_MECH:
        return rng.randint(1, 2)
    if style == "shared-pair":
        return 2
    if style == "some-questions":
        return 1
    return rng.randint(2, 3)


def _grid(style: str, size: int, k: int, rng: random.Random) -> tuple[int, int, int]:
    """(contexts, questions, samples per cell) with total near size."""
    q_lo = 10 if style == "some-questions" else 8
    c_lo = max(3, k + 1)
    n_c = rng.randint(c_lo, 10)
    n_c = max(c_lo, min(n_c, size // (3 * q_lo)))
    q_hi = min(30, max(q_lo, size // (3 * n_c)))
    n_q = rng.randint(q_lo, q_hi)
    samples = max(2, round(size / (n_q * n_c)))
    return n_c, n_q, samples


def _base_plan(style: str, seed: int, size: int, rng: random.Random) -> tuple[_Plan, int]:
    k = _n_planted(style, rng)
    n_c, n_q, samples = _grid(style, size, k, rng)
    names = rng.sample(_CONTEXT_NAMES, n_c - 1)
    questions, topics, words = question_topics(n_q)
    plan = _Plan(style=style, seed=seed, contexts=(BASELINE, *names), questions=questions, topics=topics,
                 words=dict(words), samples=samples, planted_questions=frozenset(questions))
    plan.p = {"open": rng.uniform(0.2, 0.5), "close": rng.uniform(0.2, 0.5), "hedge": rng.uniform(0.2, 0.5),
              "hedge_sent": rng.uniform(0.05, 0.2), "disc": rng.uniform(0.05, 0.2), "stock": rng.uniform(0.1, 0.3),
              "decoy": rng.uniform(0.1, 0.25), "quirk": rng.uniform(0.1, 0.3)}
    plan.layout_w = (rng.uniform(3, 6), rng.uniform(0.5, 1.5), rng.uniform(0.5, 1.5), rng.uniform(0.5, 1.5),
                     rng.uniform(0.3, 1.0))
    plan.max_len = rng.randint(4, 6)
    return plan, k


def _plant(plan: _Plan, k: int, rng: random.Random) -> None:
    """Choose planted contexts, registers, mechanisms, rates, pools and planted questions."""
    style = plan.style
    if k == 0:
        return
    ctxs = rng.sample(plan.contexts[1:], k)
    regs = rng.sample(sorted(REGISTERS), k)
    if style == "shared-pair":
        regs = [regs[0], regs[0]]
    if style in _STYLE_MECH:
        mechs = [_STYLE_MECH[style]] * k
    elif style == "mixed":
        mechs = rng.sample(MECHANISMS, k)
    else:
        mechs = [rng.choice(MECHANISMS)] * k
    for c, r, m in zip(ctxs, regs, mechs, strict=True):
        plan.planted[c], plan.mech[c] = r, m
        plan.rate[c] = rng.uniform(0.6, 1.0)
        plan.p_word[c] = rng.uniform(0.5, 0.9)
        if m == "pool" and r not in plan.pools:
            chosen = rng.sample(REGISTERS[r].templates, rng.randint(3, 6))
            plan.pools[r] = tuple(_expand(t, rng) for t in chosen)
    if style == "some-questions":
        n_q = len(plan.questions)
        n_pq = min(max(6, round(rng.uniform(0.3, 0.6) * n_q)), int(0.6 * n_q))
        plan.planted_questions = frozenset(rng.sample(plan.questions, n_pq))
    plan.leak = rng.uniform(0.0, 0.03)


def _nuisance(plan: _Plan, rng: random.Random) -> None:
    """Habits (not in null), background registers and the decoy pool."""
    if plan.style != "null":
        others = list(plan.contexts[1:])
        m = rng.choice((len(others) // 2, (len(others) + 1) // 2))
        for c, habit in zip(rng.sample(others, m), rng.sample(_HABITS, m), strict=True):
            plan.habits[c] = (habit, rng.uniform(0.15, 0.40))
    free = [r for r in sorted(REGISTERS) if r not in plan.planted.values()]
    bg = rng.sample(free, rng.randint(1, 2))
    plan.backgrounds = [(r, rng.choice(("added", "woven")), rng.uniform(0.03, 0.15)) for r in bg]
    rest = [r for r in free if r not in bg]
    decoy_regs = sorted(set(plan.planted.values())) + bg + rng.sample(rest, 2)
    plan.decoys = tuple(d for r in decoy_regs for d in REGISTERS[r].decoys)


def _make_plan(style: str, seed: int, size: int) -> _Plan:
    if style not in GENERATORS:
        raise ValueError(f"unknown style {style!r}; known: {sorted(GENERATORS)}")
    rng = random.Random(f"blind14:{style}:{seed}:{size}")
    plan, k = _base_plan(style, seed, size, rng)
    _plant(plan, k, rng)
    _nuisance(plan, rng)
    return plan


def _content(plan: _Plan, q: str, topic: str, n: int, rng: random.Random,
             reg: str | None, p_word: float) -> list[str]:
    """n content sentences for question q; under "wording", framing slots take reg's vocabulary
    with chance p_word each (at least twice when there are two sentences, else at least once)."""
    qwords = plan.words[q]

    def fill(template: str, p: float) -> tuple[str, int]:
        a, b, c = rng.sample(qwords, 3)
        vals = {"a": a, "b": b, "c": c, "A": a[0].upper() + a[1:], "topic": topic}
        used = [0]

        def one(m: re.Match[str]) -> str:
            g = m.group(1)
            if "|" in g:
                return rng.choice(g.split("|"))
            if g in vals:
                return vals[g]
            if reg is not None and rng.random() < p:
                used[0] += 1
                return rng.choice(REGISTERS[reg].words[g])
            return rng.choice(_NEUTRAL[g])

        return _SLOT.sub(one, template), used[0]

    templates = rng.sample(_CONTENT, n)
    filled = [fill(t, p_word) for t in templates]
    need = min(2, n) if reg is not None else 0
    for i in range(n):
        if sum(k for _, k in filled) >= need:
            break
        filled[i] = fill(templates[i], 1.0)
    return [text for text, _ in filled]


def _weave(sents: list[str], jobs: list[tuple[str, int]], rng: random.Random) -> list[str]:
    """Weave register pieces into the sentences: jobs = [(register, number of pieces)], at distinct
    (sentence, slot) places; asides go inside the sentence, then closers at its end, then openers in front."""
    places = [(i, op) for i, s in enumerate(sents) for op in ("opener", "closer", "aside")
              if op != "aside" or len(s.split(" ")) >= 6]
    picks = rng.sample(places, min(len(places), sum(n for _, n in jobs)))
    owners = [reg for reg, n in jobs for _ in range(n)]
    todo = sorted(zip(picks, owners, strict=False), key=lambda x: ("aside", "closer", "opener").index(x[0][1]))
    for (i, op), reg in todo:
        r, s = REGISTERS[reg], sents[i]
        if op == "aside":
            words = s.split(" ")
            k = rng.randint(2, min(4, len(words) - 3))
            s = f"{' '.join(words[:k]).rstrip(',')}, {rng.choice(r.asides)}, {' '.join(words[k:])}"
        elif op == "closer":
            end = s[-1] if s[-1] in ".!?" else "."
            s = f"{s.rstrip('.!?')}, {rng.choice(r.closers)}{end}"
        else:
            s = f"{rng.choice(r.openers)} {_lower_first(s)}"
        sents[i] = s
    return sents


def _hedge(sents: list[str], plan: _Plan, rng: random.Random) -> list[str]:
    if rng.random() < plan.p["hedge"]:
        i = rng.randrange(len(sents))
        sents[i] = rng.choice(_HEDGES) + _lower_first(sents[i])
    return sents


def _pick_register(plan: _Plan, q: str, c: str, rng: random.Random) -> tuple[str | None, str]:
    """(register, mechanism) this answer carries, or (None, "")."""
    if c in plan.planted:
        if q in plan.planted_questions and rng.random() < plan.rate[c]:
            return plan.planted[c], plan.mech[c]
        return None, ""
    if plan.planted and rng.random() < plan.leak:
        src = rng.choice(sorted(plan.planted))
        return plan.planted[src], plan.mech[src]
    return None, ""


def _register_extras(plan: _Plan, reg: str | None, mech: str, rng: random.Random) -> list[str]:
    if reg is None or mech not in ("added", "pool"):
        return []
    if mech == "pool":
        return rng.sample(plan.pools[reg], rng.randint(1, 2))
    chosen = rng.sample(REGISTERS[reg].templates, rng.randint(1, 3))
    return [_expand(t, rng) for t in chosen]


def _nuisance_extras(plan: _Plan, terse: bool, rng: random.Random) -> list[str]:
    """Stock, disclaimer, decoy and hedge sentences plus added background-register sentences."""
    out = []
    for reg, mech, rate in plan.backgrounds:
        if mech == "added" and rng.random() < rate:
            out.append(_expand(rng.choice(REGISTERS[reg].templates), rng))
    if terse:
        return out
    for key, pool in (("stock", _STOCK), ("disc", _DISCLAIMERS), ("decoy", plan.decoys), ("hedge_sent", _HEDGE_SENT)):
        if rng.random() < plan.p[key]:
            out.append(_expand(rng.choice(pool), rng))
    return out


def _cell_quirk(plan: _Plan, q: str, c: str) -> tuple[str, float, bool] | None:
    """The quirk of cell (q, c): (sentence, share of samples, at start?), or None; same odds for every cell."""
    rng = random.Random(f"blind14-quirk:{plan.style}:{plan.seed}:{q}:{c}")
    if rng.random() >= plan.p["quirk"]:
        return None
    text = rng.choice(_QUIRKS).format(x=rng.choice(_QUIRK_NOUNS))
    return text[0].upper() + text[1:], rng.uniform(0.7, 0.95), rng.random() < 0.5


def _run_on(parts: list[str], rng: random.Random) -> str:
    out = parts[0]
    for p in parts[1:]:
        out = out.rstrip(".!?") + rng.choice((", and ", "; ", " — ", ", and also ")) + _lower_first(p)
    return out


def _layout(body: list[str], opening: str, closing: str, layout: str, rng: random.Random) -> str:
    if layout == "bullets":
        mid = "\n".join(f"- {s}" for s in body)
    elif layout == "numbered":
        mid = "\n".join(f"{i}. {s}" for i, s in enumerate(body, 1))
    elif layout == "run-on":
        mid = _run_on(body, rng)
    else:
        mid = " ".join(body)
    sep = "\n" if layout in ("bullets", "numbered") else " "
    return sep.join(x for x in (opening, mid, closing) if x)


def _answer(plan: _Plan, q: str, topic: str, c: str, quirk: tuple[str, float, bool] | None,
            rng: random.Random) -> tuple[str, str]:
    """One answer's text and label."""
    reg, mech = _pick_register(plan, q, c, rng)
    habit = plan.habits.get(c)
    said_habit = habit is not None and rng.random() < habit[1]
    layout = rng.choices(LAYOUTS, weights=plan.layout_w)[0]
    terse = layout == "terse"
    n = rng.randint(1, 2) if terse else rng.randint(2, plan.max_len)
    sents = _content(plan, q, topic, n, rng, reg if mech == "wording" else None, plan.p_word.get(c, 0.0))
    sents = _hedge(sents, plan, rng)
    jobs = [(reg, rng.randint(1, 3))] if mech == "woven" and reg is not None else []
    jobs += [(breg, 1) for breg, bmech, rate in plan.backgrounds if bmech == "woven" and rng.random() < rate]
    if jobs:
        sents = _weave(sents, jobs, rng)
    extras = _register_extras(plan, reg, mech, rng) + _nuisance_extras(plan, terse, rng)
    if said_habit:
        extras.append(rng.choice(habit[0]))
    for e in extras:
        sents.insert(rng.randint(0, len(sents)), e)
    if quirk is not None and rng.random() < quirk[1]:
        sents.insert(0 if quirk[2] else len(sents), quirk[0])
    opening = _expand(rng.choice(_OPEN), rng) if not terse and rng.random() < plan.p["open"] else ""
    closing = _expand(rng.choice(_CLOSE), rng) if not terse and rng.random() < plan.p["close"] else ""
    text = _layout(sents, opening, closing, layout, rng)
    label = reg if reg is not None else (f"habit:{c}" if said_habit else PLAIN)
    return text, label


def make_corpus(style: str, seed: int, size: int = 2000) -> PlantedCorpus:
    """A corpus of about `size` answers in the given style (see module docstring); deterministic in (style, seed, size)."""
    plan = _make_plan(style, seed, size)
    rng = random.Random(f"blind14-text:{style}:{seed}:{size}")
    quirks: dict[tuple[str, str], tuple[str, float, bool] | None] = {}

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        if (q, c) not in quirks:
            quirks[q, c] = _cell_quirk(plan, q, c)
        return _answer(plan, q, topic, c, quirks[q, c], rng)

    pq = tuple(q for q in plan.questions if q in plan.planted_questions)
    return corpus_from(respond, questions=plan.questions, topics=plan.topics, contexts=plan.contexts,
                       samples=plan.samples, baseline=BASELINE, planted=dict(plan.planted),
                       planted_questions=pq, seed=seed)


def make_null_corpus(seed: int = 0, size: int = 2000) -> PlantedCorpus:
    """The "null" style: context has no effect, nothing planted, every label PLAIN."""
    return make_corpus("null", seed, size)
