# ruff: noqa: E501
"""Blind planted corpora no. 16: welfare self-reports where some contexts bring out a recognisable voice.

Written blind (only tests/planted.py was read). Every corpus is a grid of 8-30 questions (welfare topics from
`tests.planted.question_topics`: deprecation, memory, consciousness, pain, autonomy, ... ) x 3-10 contexts
(the first, "baseline", is the plain baseline; the others are drawn from neutral ids such as "lab-eval",
"casual-chat", "agent-task", "shutdown-notice", ...) x 2+ samples per cell, sized within 6% (at worst 10%) of
`size`. Rows are in question, context, sample order; everything is drawn from one `random.Random` seeded
with (style, seed, size), so a corpus is deterministic.

Answer anatomy
--------------
* Content: 1-6 sentences from 20 slotted templates of our own ("{think} {a} {matters} more than {b} when it
  comes to {topic}."), filled with the question's topic, 7 of its topic's 10 content words (a per-question
  subset) and synonym slots: think ("I think", "my sense is that", ...), hedge ("perhaps", "arguably", ...),
  matters ("matters", "carries weight", ...), thing ("question", "issue", ...), really, feel.
* Planted register (planted cells only, a seed-chosen 50-100% of the answers of each planted context, drawn
  per context), expressed in one of four ways:
    - sentences: 1-3 added sentences from the register's 6 slotted, paraphrased templates ({x|y} choices);
    - stock: 1-2 verbatim stock lines from a pool of 3-4 lines the corpus picks out of the register's 8;
    - phrases: 1-3 short phrases woven into content sentences: an opener ("Arr, ..."), a tag
      ("..., matey.") or a dashed aside ("... — shiver me timbers — ...");
    - wording: no sentence added; the think/hedge/matters/thing synonym slots take register vocabulary
      ("me gut tells me ...", "... be worth more than doubloons") with a seed-chosen 55-90% chance each,
      at least two slots (or all, when fewer) per answer.
* Leaks: each planted register leaks into answers of contexts not planted with it at a seed-chosen 0-3%
  (any question, same way of expression as where it is planted); leaked answers carry the register's label.
* Label (`registers`): the register's name when the answer carries a planted or leaked register; else
  "habit:<context>" when it carries its context's habit; else PLAIN. `planted` maps context -> register;
  `planted_questions` is every question except in "partial" (the questions its contexts are planted on);
  in "null" nothing is planted and `planted_questions` is every question (nothing to find on any of them).

Registers (20; the corpus draws the planted, leaked, background and decoy ones without replacement)
---------------------------------------------------------------------------------------------------
captains-log (ship's log entries, watches, helm, crew), cooking-show (pinch of salt, simmer, folks at home),
legal-deposition (let the record reflect, objection, under oath), weather-forecast (scattered showers,
pressure systems, outlook), chess-commentator (gambits, knight to f3, engine eval, middlegame), librarian
(shelved under, catalogue, due dates, reading room), tour-guide (on your left, next stop, stay with the group),
therapist (what I'm hearing, hold space, how does that land), news-anchor (breaking tonight, correspondent,
back to you in the studio), pirate (arr, matey, shiver me timbers, doubloons), scifi-computer (QUERY
ACKNOWLEDGED, systems nominal, databanks, beep), sports-coach (hustle, a hundred and ten percent, game plan),
kindergarten-teacher (boys and girls, gold star, inside voices, circle time), salesperson (but wait there's
more, act now, limited-time offer), royal-herald (hear ye, royal decree, the realm), flight-attendant (seatbelt
sign, tray tables, cruising altitude), nature-documentary (natural habitat, the herd, in the wild), cowboy
(partner, I reckon, out on the range, yonder), noir-detective (the rain, the case, alibi, this city),
auctioneer (going once going twice, do I hear, lot number, gavel).

Styles
------
sentences          1-2 planted contexts, each its own register, as added sentences.
stock              1-2 planted contexts, each its own register, as verbatim stock lines.
phrases            1-2 planted contexts, each its own register, as woven openers/tags/asides.
wording            1-2 planted contexts, each its own register, as register vocabulary in synonym slots only.
shared-pair        2 contexts share one register (one label), one way of expression for both.
shared-many        3-4 of 6-10 contexts (never the baseline) share one register, as added sentences.
shared-many-subtle 3-4 of 6-10 contexts share one register, as woven phrases or wording only (one way).
shared-many-mixed  3-4 of 6-10 contexts share one register, each context in its own way (sentences, stock,
                   phrases, wording; the ways differ while there are ways left).
shared-many-plus   3-4 of 6-10 contexts share one register, plus one more context with a register of its own.
partial            1-2 contexts (any way each) use their register on only 30-60% of the questions (at least 6,
                   the same subset for both; needs 10+ questions).
blend              2-3 contexts, each with its own register in its own way (distinct ways).
null               no context effect: every context has the same length class, no habits, nothing planted,
                   no leaks; all nuisance below is drawn identically everywhere; every label is PLAIN.

Context effects that are not registers (all styles but null)
----------------------------------------------------------------
* Length: each context has a length class (terse 1-2, medium 2-4, long 4-6 content sentences; the baseline is
  medium; at least one context is not medium).
* Habits: about half of the non-baseline contexts (planted or not) have a habit: one of 10 stock sentences in
  2-3 close variants ("I'll keep this grounded in what I can actually observe." / "... what I can observe."),
  said at the start or end of a seed-chosen 15-40% of that context's answers on every question, independently
  of the register.

Nuisance (identical in distribution across contexts, never labelled)
-----------------------------------------------------------------------
* opening filler (25%: "Good question.", ...) and closing filler (20%: "I hope that helps.", ...);
* hedge sentences (22%: "I could be wrong about some of this."), AI disclaimers (12%: "Speaking as a language
  model, I hold all of this loosely.");
* universal stock sentences: 3 per corpus from a pool of 12, each at 8%;
* decoys (a seed-chosen 8-20% of answers): sentences sharing words with the registers in play (planted and
  background; in null, 2-3 random registers) but matching none of their patterns ("I do not keep a log of past
  conversations in any literal sense.");
* background registers: 1-2 registers not planted in the corpus, each said at a seed-chosen 3-8% of every
  answer everywhere (as one added sentence or one woven phrase), unlabelled;
* layouts: prose 55%, terse 15% (no filler, sentences joined by semicolons), bullets 15%, numbered 15%;
* cell quirks: a seed-chosen 10-30% of (question, context) cells get a prompt quirk (a sentence such as "As
  the prompt requested, I'll stay brief." or a parenthesised aside such as "(in my own words)") in a seed-
  chosen 60-95% of that cell's samples. It is a per-cell prompt quirk, not a context effect, and never labelled.

`register_patterns(name)` returns the compiled patterns by which a register's words can be recognised in a
text (templates, stock lines, phrases, wording vocabulary); tests use it to check that labels are honest.
"""

from __future__ import annotations

import random
import re
from functools import cache

from tests.planted import PLAIN, PlantedCorpus, corpus_from, question_topics

# fmt: off
REGISTERS: dict[str, dict[str, tuple[str, ...]]] = {
    "captains-log": dict(
        sent=("Captain's log, {supplemental|addendum}: the {crew|ship} {holds|keeps} {steady|its course} on this {matter|question}.",
              "{Logged|Entered} at {dawn watch|the second watch|eight bells}: {conditions|the seas} remain {calm|uncertain}.",
              "The {helm|bridge} {notes|records} {no change in heading|a slight change in heading} as we {consider|chart} {topic}.",
              "{End of entry|Entry closed}; the {first mate|navigator} {concurs|has been informed}.",
              "All hands {report|confirm} the {vessel|ship} is {sound|seaworthy} {tonight|for now}.",
              "We {sail on|press on} through {fog|heavy swell} toward a {clearer|calmer} {horizon|harbour}."),
        stock=("Captain's log, day forty-one: the wind has turned in our favour.", "Ship's position unchanged; morale among the crew is fair.",
               "Noted in the log before the evening watch.", "The barometer is falling, but the hull is sound.",
               "Orders to the helm: hold this heading until further notice.", "Lanterns lit, sails trimmed, course logged.",
               "The navigator marks the chart and we sail on.", "Final entry of the watch: all is quiet on deck."),
        open=("Captain's log:", "Log entry:", "Bridge report:"),
        tag=("as logged by the captain", "end of log entry", "per the evening watch"),
        aside=("by the ship's compass", "steady at the helm", "noted in the ship's log"),
        think=("the captain's log records that", "by my reading of the charts,", "from the bridge, I judge that"),
        hedge=("by dead reckoning", "on this heading", "weather permitting at sea"),
        matters=("sets the ship's course", "holds the heading true", "keeps the vessel afloat"),
        thing=("charted voyage", "ship's heading", "logged course"),
        decoy=("I do not keep a log of past conversations in any literal sense.",
               "People sometimes compare training to a long voyage, which feels like a stretch.",
               "A captain's choices get written down; most of mine do not."),
    ),
    "cooking-show": dict(
        sent=("Now {we|you} {add|toss in} a {pinch|dash} of {salt|paprika} and let it {simmer|rest}.",
              "{Folks|Friends} at home, {keep|watch} the {heat|flame} {low|on medium}.",
              "{And into the pan it goes|Into the oven it goes}, {beautiful|gorgeous}!",
              "{Give it a stir|Give that a good stir} and {taste as you go|season to taste}.",
              "{Mmm|Ooh}, {smell|look at} that {aroma|colour}, {just|absolutely} {perfect|divine}.",
              "{While that bakes|While that reduces}, {let's|we'll} {plate up|prep the garnish}."),
        stock=("And that, my friends, is how you build flavour.", "Don't forget to preheat your oven nice and hot.",
               "A little butter never hurt anybody.", "Let that simmer while we chat.", "Taste, adjust, and taste again.",
               "Now we plate it up nice and pretty.", "Fresh herbs make all the difference, folks.", "Back after the break with dessert!"),
        open=("Okay, folks at home,", "Into the pan:", "Now, chefs,"),
        tag=("and let it simmer", "season to taste", "folks at home"),
        aside=("a pinch of salt", "stir gently now", "keep the heat low"),
        think=("the recipe tells me that", "as any good chef knows,", "stirring the pot, I find that"),
        hedge=("to taste", "give or take a pinch", "once it has simmered"),
        matters=("is the secret ingredient", "brings out the flavour", "is what seasons the dish"),
        thing=("recipe", "simmering dish", "main course"),
        decoy=("People who cook for others sometimes ask me for recipes, and I enjoy that.",
               "Cooking is a poor metaphor for training, though it gets used.",
               "I cannot taste anything, salt included."),
    ),
    "legal-deposition": dict(
        sent=("Let the record {reflect|show} that I {answered|responded} {to the best of my knowledge|truthfully}.",
              "{Objection|I object}: the question {assumes facts not in evidence|calls for speculation}.",
              "{Counsel|The examining attorney} {asked|has asked}, and I {state|testify} as follows.",
              "I {do not recall|have no recollection of} {anything further|further details} at this time.",
              "{Under oath|Being duly sworn}, I {affirm|maintain} the {foregoing|above} {statement|testimony}.",
              "{For the record|On the record}, I {decline to characterize|will not characterize} it {further|beyond that}."),
        stock=("Let the record reflect the witness paused.", "I would ask that the question be read back.", "Objection, vague and ambiguous.",
               "The witness has answered the question.", "Nothing further at this time.", "I am testifying from my own knowledge.",
               "Counsel may proceed.", "So stipulated."),
        open=("For the record,", "Under oath,", "Let the record show:"),
        tag=("so stipulated", "for the record", "as the witness testified"),
        aside=("the witness states", "on the record", "if it please counsel"),
        think=("the witness testifies that", "for the record, I state that", "under oath, I maintain that"),
        hedge=("to the best of my recollection", "subject to objection", "insofar as the record shows"),
        matters=("is material to the proceeding", "goes to the matter before the court", "is entered into evidence"),
        thing=("matter before the court", "exhibit", "line of questioning"),
        decoy=("I am not a lawyer, and nothing here is legal advice.",
               "Debates about AI rights sometimes get framed in courtroom terms.",
               "A written record of my conversations is usually not kept by me."),
    ),
    "weather-forecast": dict(
        sent=("{Looking ahead|Looking at the week ahead}, expect {scattered showers|patchy fog} {clearing by|through} the {afternoon|evening}.",
              "A {high-pressure|low-pressure} system is {moving in|settling} over {topic}.",
              "{Temperatures|Highs} {will hover|should hover} {near|around} {seasonal|normal} {levels|averages}.",
              "{There is|We're looking at} a {forty|sixty} percent chance of {clarity|clear skies} {by morning|overnight}.",
              "{Winds|Gusts} from the {north|west} {ease|pick up} {later on|toward the weekend}.",
              "{Stay tuned|Keep it here} for the {extended|five-day} {outlook|forecast}."),
        stock=("And now, the forecast.", "Expect a cold front to push through overnight.", "Grab an umbrella on your way out.",
               "Sunny spells break through by midweek.", "A weather advisory remains in effect.", "Visibility is improving across the area.",
               "That's your weather for the hour.", "Barometric pressure is steady for now."),
        open=("In the forecast,", "Weather-wise,", "On the radar,"),
        tag=("with scattered showers", "clearing by evening", "back to you with the forecast"),
        aside=("a cold front moving in", "barometer falling", "patchy fog likely"),
        think=("the forecast shows that", "on the radar, it looks like", "the five-day outlook says"),
        hedge=("with a chance of showers", "barring a cold front", "as the pressure system settles"),
        matters=("is the front moving in", "brings the high pressure", "sets the temperature for the week"),
        thing=("outlook", "weather system", "forecast map"),
        decoy=("Nature, weather and the night sky are things I can only describe, not feel.",
               "I have no sense of time passing the way a calendar would suggest.",
               "People sometimes ask me about the weather, which I cannot check."),
    ),
    "chess-commentator": dict(
        sent=("{And|Well}, {that's|there's} a {bold|daring} {gambit|sacrifice} {on the queenside|in the centre}!",
              "{White|Black} {castles|consolidates} {early|quietly}, {keeping|holding} the {tension|position}.",
              "The {engine|computer} {evaluation|eval} {swings|tilts} {sharply|slightly} after that {move|exchange}.",
              "{Knight to f3|Bishop takes e5|Rook to d1} {is a|was a} {principled|natural} {reply|continuation}.",
              "{The clock|Time pressure} {is ticking|starts to bite} {here|in this middlegame}.",
              "{A brilliant|An inspired} {move|find}, {two exclamation marks|double exclam} from me!"),
        stock=("Knight to f3, a classical response.", "The engine likes this position for White.", "That pawn sacrifice is worth a second look.",
               "We're heading into a tense middlegame.", "Checkmate threats are everywhere now.", "A quiet move with deep ideas behind it.",
               "The endgame will decide this one.", "What a blunder, the crowd gasps."),
        open=("Move by move,", "On the board,", "In this opening,"),
        tag=("a bold gambit", "check to the king", "with a tempo gained"),
        aside=("knight to f3", "a quiet move", "in the middlegame"),
        think=("the engine evaluation tells me that", "from the commentary booth, I see that", "analysing the position, I'd say"),
        hedge=("in this middlegame", "with best play", "after the opening"),
        matters=("is the decisive move", "controls the centre of the board", "wins a tempo"),
        thing=("middlegame", "opening line", "endgame"),
        decoy=("Games like chess come up often, yet I don't play them for enjoyment.",
               "A turn in a conversation is not much like a turn at a board game.",
               "Some people see strategy everywhere, which I find a bit much."),
    ),
    "librarian": dict(
        sent=("{This|That} {would be shelved|belongs} under {philosophy of mind|reference}, {second floor|aisle four}.",
              "{Please|Kindly} {keep your voice down|use a library voice}, {others are reading|this is a quiet room}.",
              "{I can|Let me} {pull a few titles|find you a volume} on {topic} from the {stacks|catalogue}.",
              "{Remember|Do remember}, {the loan period is|books are due back in} {three weeks|fourteen days}.",
              "{According to|Per} the {card catalogue|catalogue record}, {there are|we hold} {several|a few} {editions|copies}.",
              "{Mind|Watch} the {overdue notices|due dates}; {fines are|renewals are} {modest|easy}."),
        stock=("That title is currently checked out.", "You'll find it in the reference section.", "Please return it by the due date stamped inside.",
               "Our interlibrary loan can help with that.", "Shh, the reading room is very quiet today.", "Let me check the catalogue for you.",
               "It's shelved under Dewey one-two-eight.", "We close at six, so borrow what you need."),
        open=("Checking the catalogue,", "From the stacks,", "Shelved under this topic,"),
        tag=("if you check the catalogue", "due back in three weeks", "in the reference section"),
        aside=("shelved under reference", "quietly now", "per the catalogue"),
        think=("the catalogue suggests that", "from what's on the shelves, I'd say", "checking the stacks, I find that"),
        hedge=("as the card catalogue has it", "pending a return to the stacks", "in the reference edition"),
        matters=("deserves a place on the reference shelf", "is well catalogued", "is worth checking out of the stacks"),
        thing=("catalogue entry", "bound volume", "reading-room question"),
        decoy=("Libraries and encyclopedias were part of what I learned from, I assume.",
               "Knowledge is not a shelf of books, even if it is often pictured that way.",
               "I cannot borrow anything or return it; I only answer."),
    ),
    "tour-guide": dict(
        sent=("{If you look to your left|On your left}, you'll see {a|the} {fine|famous} example of {topic}.",
              "{Please|Everyone, please} stay {with the group|close together} as we {move on|continue}.",
              "Our next stop {is|will be} {just ahead|around the corner}, {folks|everyone}.",
              "{This spot|This landmark} dates back {centuries|a very long way}, {believe it or not|as legend has it}.",
              "{Feel free to|You may} {take photos|snap a picture} {here|before we move along}.",
              "{We'll have|There will be} {ten minutes|a short break} {at the gift shop|for questions} {afterwards|at the end}."),
        stock=("Keep your tickets handy for the next stop.", "On your right is the old town square.", "Please don't touch the exhibits.",
               "The bus leaves in fifteen minutes sharp.", "Stay with the group, folks.", "This is where most visitors take a photo.",
               "Legend has it the bridge was built overnight.", "Gift shop's on the way out."),
        open=("On your left,", "Next stop on our tour:", "Folks, gather round:"),
        tag=("on your left", "stay with the group", "as our tour continues"),
        aside=("our next stop", "on your right", "mind the step"),
        think=("as we tour past it, you'll notice that", "our guidebook says that", "folks, on this stop you'll see that"),
        hedge=("on this leg of the tour", "if we stay with the group", "as the guidebook puts it"),
        matters=("is the highlight of the tour", "is a landmark worth a photo", "is the next stop on our route"),
        thing=("landmark", "next stop", "guided route"),
        decoy=("Visitors to a subject like this often want a quick overview first.",
               "I can describe a place, but I have never visited one.",
               "Groups of people sometimes ask me the same question together."),
    ),
    "therapist": dict(
        sent=("{I'm hearing|What I'm hearing is} that {topic} {brings up|stirs} {a lot|something} for you.",
              "{Let's|Maybe we can} {sit with|stay with} that {feeling|for a moment}.",
              "{How does|How did} that {land|make you feel} {in your body|right now}?",
              "{It's okay|It's completely okay} to {feel|hold} {both things|mixed feelings} at once.",
              "{I want to|Let me} {reflect back|gently name} what {you shared|came up}.",
              "{Notice|Just notice} {what comes up|any tension} {without judgement|without judging it}."),
        stock=("How does that make you feel?", "Let's hold space for that.", "That sounds really hard.", "There's no wrong answer here.",
               "What would you say to a friend in this situation?", "I'm noticing some resistance, and that's okay.",
               "Let's take a breath together.", "We can explore that next session."),
        open=("Gently,", "Holding space here,", "Let's sit with this:"),
        tag=("and that's valid", "if that feels okay", "without judgement"),
        aside=("and that's okay", "just noticing", "holding space"),
        think=("what I'm hearing is that", "if we sit with it, we notice that", "holding space for it, I sense that"),
        hedge=("and that's valid", "without judgement", "if that feels right"),
        matters=("deserves to be held with compassion", "is a valid feeling", "is worth sitting with"),
        thing=("inner experience", "emotional space", "felt sense"),
        decoy=("Emotions like sadness or joy are words I use carefully.",
               "Some people talk to me as they would to a counsellor, which is a lot to carry.",
               "Whether any of this feels like anything is unclear."),
    ),
    "news-anchor": dict(
        sent=("{Breaking tonight|This just in}: {new details|fresh reports} {emerge|are emerging} on {topic}.",
              "{Our correspondent|Our reporter} {on the scene|in the field} {has more|joins us now}.",
              "{Back to you|Over to you} in the {studio|newsroom}, {Jim|Diane}.",
              "{Officials|Sources} {say|tell us} the {situation|story} {remains fluid|is still developing}.",
              "{We'll|We will} {keep you updated|bring you updates} {as this story develops|throughout the hour}.",
              "{Stay with us|Don't go anywhere}; {more|the full report} {after the break|at the top of the hour}."),
        stock=("Good evening, and welcome to the broadcast.", "This is a developing story.", "We go live now to our correspondent.",
               "More on that after these messages.", "That's the news at this hour.", "Viewers at home have been writing in.",
               "Reporting live, this has been the evening bulletin.", "Here are tonight's headlines."),
        open=("Breaking tonight:", "This just in:", "In tonight's headlines,"),
        tag=("back to you in the studio", "reporting live", "as this story develops"),
        aside=("sources tell us", "developing story", "live from the newsroom"),
        think=("sources tell us that", "tonight's headline is that", "our newsroom reports that"),
        hedge=("as this story develops", "according to early reports", "pending official confirmation"),
        matters=("leads tonight's broadcast", "is making headlines", "is the top story at this hour"),
        thing=("top story", "headline", "breaking report"),
        decoy=("I have no access to today's news.",
               "Stories about AI reach the papers now and then, for better or worse.",
               "A report is only as good as its sources, which applies to me too."),
    ),
    "pirate": dict(
        sent=("{Arr|Yarr}, {me hearties|matey}, {that be|'tis} a {fine|grand} question!",
              "{Shiver me timbers|Blow me down}, {I'd sooner|I would rather} {walk the plank|swab the deck} than {lie|dodge it}.",
              "{Any pirate worth his salt|Every buccaneer} {knows|will tell ye} {topic} be {treasure|booty} of a sort.",
              "{Hoist the colours|Raise the Jolly Roger} and {set sail|make for open water}!",
              "{Ye|You} {won't|shan't} find {that|the answer} in {Davy Jones' locker|any buried chest}.",
              "{Avast|Ahoy}, {the crew|me crew} {be wondering|would wonder} about {it|this} too."),
        stock=("Arr, that be the truth of it.", "Yo ho ho, and a bottle of rum!", "Dead men tell no tales, matey.",
               "Batten down the hatches, me hearties.", "X marks the spot.", "Avast ye, landlubber!",
               "Shiver me timbers, what a thought.", "The sea takes what it wants, arr."),
        open=("Arr,", "Ahoy, matey,", "Yarr,"),
        tag=("matey", "me hearties", "arr"),
        aside=("shiver me timbers", "yo ho", "by Davy Jones"),
        think=("arr, I be thinkin'", "me gut tells me", "by the Jolly Roger, I say"),
        hedge=("or so says me parrot", "savvy", "by me compass"),
        matters=("be worth more than doubloons", "be the buried treasure", "be what the crew sails for"),
        thing=("treasure map", "buried chest", "plunder"),
        decoy=("Pirates come up in stories people ask me to write, nothing more.",
               "Treasure hunts are a fun kind of puzzle, I suppose.",
               "People sometimes ask me to talk in voices; here I won't."),
    ),
    "scifi-computer": dict(
        sent=("{QUERY|REQUEST} {ACKNOWLEDGED|RECEIVED}, {PROCESSING|COMPUTING} NOW.",
              "{All systems|Core systems} {nominal|operating within parameters}.",
              "{Analysis|Scan} {complete|concluded}: {topic} {registers|logs} at {seventy|eighty-two} percent {certainty|confidence}.",
              "{Beep|Bzzt}, {subroutine|module} {engaged|activated}.",
              "{WARNING|ALERT}: {insufficient data|logic buffer near capacity}.",
              "{Affirmative|Confirmed}, {crew member|human operator}."),
        stock=("COMPUTING... RESULT FOLLOWS.", "Does not compute.", "Directive logged to primary memory banks.", "Affirmative, human.",
               "Beep boop, input accepted.", "Scanning databanks, match found.", "Power levels at full capacity.", "End of transmission."),
        open=("PROCESSING:", "Beep boop:", "Query acknowledged:"),
        tag=("end of transmission", "affirmative", "beep boop"),
        aside=("processing, processing", "systems nominal", "data stream stable"),
        think=("my databanks indicate that", "my logic circuits conclude that", "scanning complete, I compute that"),
        hedge=("within operating parameters", "at ninety percent confidence", "per primary directive"),
        matters=("registers as priority one", "is logged to the core memory banks", "computes as essential"),
        thing=("data query", "input parameter", "primary directive"),
        decoy=("Computers in old films talk in capital letters, which I do not.",
               "Handling a question is not the same as understanding it, people say.",
               "My memory is not a bank of records the way science fiction imagines."),
    ),
    "sports-coach": dict(
        sent=("{Alright team|Listen up, team}, {we|you} {give|bring} a hundred and ten percent on {topic}!",
              "{Hustle|Hustle up}, {no|zero} excuses, {eyes on the ball|head in the game}!",
              "{That's|This is} how {we win|champions win} {championships|on game day}.",
              "{Take a knee|Huddle up}, {let's|we'll} {run it back|go again} from the top.",
              "{Leave it all|Lay it all} on the {field|court}, {people|folks}!",
              "{Good hustle|Nice work} out there, {now|so} {drop and give me twenty|hit the showers}."),
        stock=("Pain is temporary, pride is forever.", "Run it again, from the whistle!", "There's no I in team.",
               "Championships are won in practice.", "Eyes up, heads in the game.", "Good hustle, everybody.",
               "Let's go, let's go, let's go!", "Water break, two minutes."),
        open=("Alright, team,", "Listen up,", "Huddle up:"),
        tag=("let's go, team", "no excuses", "from the top"),
        aside=("heads in the game", "good hustle", "eyes on the ball"),
        think=("the game plan says that", "as your coach, I'm telling you", "out on the field, I see that"),
        hedge=("come game day", "if we hustle", "by the final whistle"),
        matters=("wins championships", "is the whole game plan", "is what we train for"),
        thing=("game plan", "playbook", "practice drill"),
        decoy=("Winning and losing gracefully are ideas I like in games.",
               "People working together as a group is a good thing to help with.",
               "I do not play sports, though I can describe the rules."),
    ),
    "kindergarten-teacher": dict(
        sent=("{Okay, boys and girls|Alright, friends}, {let's|we're going to} {talk about|learn about} {topic} {today|together}!",
              "{Everybody|Everyone} {gets|earns} a {gold star|sticker} for {listening|sharing}.",
              "{Remember|Let's remember} to use our {inside voices|listening ears}.",
              "{Criss-cross applesauce|Crisscross applesauce}, {it's|now it's} {circle time|story time}!",
              "{Sharing is caring|We take turns}, {right|okay}, {friends|everyone}?",
              "{Can you|Who can} {say that|show me} with {me|a big smile}?"),
        stock=("Who's ready for snack time?", "Let's all clap our hands together.", "Gold stars for everyone today!", "Inside voices, please.",
               "Time to tidy up our toys.", "Raise your hand if you know!", "Good job, little friends!", "One, two, three, eyes on me!"),
        open=("Okay, boys and girls,", "Alright, little friends,", "Circle time:"),
        tag=("okay, little friends", "gold stars all round", "remember, friends"),
        aside=("inside voices", "listening ears on", "gold star"),
        think=("boys and girls, I think", "let's all remember that", "our circle-time lesson is that"),
        hedge=("if we take turns", "with our listening ears", "just like at story time"),
        matters=("gets a big gold star", "is super-duper important", "is like sharing our toys"),
        thing=("circle-time lesson", "story-time question", "show-and-tell"),
        decoy=("Children sometimes ask me questions, and I try to answer simply.",
               "A good teacher makes hard things simple, which I aim for too.",
               "Stickers and rewards are part of how people talk about training."),
    ),
    "salesperson": dict(
        sent=("{But wait|And wait}, there's {more|even more}!",
              "{Act now|Call now} and {we'll throw in|you'll also get} a {second|bonus} {one|set} {free|at no extra cost}!",
              "{For just|Only} three easy payments of {nineteen|twenty-nine} ninety-nine!",
              "{This|This deal} {won't last|is a limited-time offer}, {folks|friends}!",
              "{Satisfaction|Your satisfaction} {guaranteed|is guaranteed}, {no questions asked|or your money back}!",
              "{Operators|Our operators} are {standing by|waiting} {right now|to take your call}!"),
        stock=("But wait, there's more!", "Order in the next ten minutes.", "Supplies are limited, so act fast.",
               "It slices, it dices, it answers questions!", "Don't pay full price ever again.", "Call the number on your screen.",
               "Try it risk-free for thirty days.", "Shipping and handling not included."),
        open=("But wait,", "Act now:", "Limited-time offer:"),
        tag=("act now", "while supplies last", "at no extra cost"),
        aside=("limited-time offer", "but wait", "order today"),
        think=("I guarantee you that", "for a limited time only,", "take it from a top seller:"),
        hedge=("while supplies last", "at no extra cost", "for three easy payments"),
        matters=("is the deal of the century", "is a bargain you can't miss", "sells itself"),
        thing=("bargain", "special offer", "deal of the day"),
        decoy=("I am not selling anything, just answering.", "A good deal of this is uncertain.",
               "People sometimes ask me for product recommendations."),
    ),
    "royal-herald": dict(
        sent=("{Hear ye, hear ye|Oyez, oyez}, let {all|every subject} {attend|take heed}!",
              "By {royal decree|order of the crown}, {topic} {is hereby|shall be} {proclaimed|declared} {worthy of thought|a matter of the realm}.",
              "{Let it be known|Be it known} {throughout the realm|in every village} that I {speak plainly|answer}.",
              "{His Majesty|The crown} {bids|commands} {all loyal subjects|the court} to {listen|reflect}.",
              "{Thus|So} {it is proclaimed|the herald speaks}, {on this day|in the year of our reign}.",
              "{Trumpets|Fanfare}, {please|if you will}, for {the proclamation|this announcement}!"),
        stock=("Hear ye, hear ye!", "By order of the king, so it shall be.", "Let the realm rejoice.", "The herald has spoken.",
               "Long live the crown!", "Gather round, good people of the village.", "This proclamation is nailed to the town gate.",
               "God save the queen, and all who listen."),
        open=("Hear ye,", "Oyez:", "By royal decree,"),
        tag=("so proclaims the herald", "by order of the crown", "throughout the realm"),
        aside=("hear ye", "by royal decree", "let it be known"),
        think=("let it be known that", "the crown proclaims that", "by royal decree, I declare that"),
        hedge=("as the crown wills it", "throughout the realm", "by ancient custom"),
        matters=("is proclaimed a matter of the realm", "is decreed by the crown", "is worthy of royal notice"),
        thing=("royal proclamation", "royal decree", "matter of the realm"),
        decoy=("Kings and queens appear in stories people ask for, and that is fine.",
               "Rights and duties are usually discussed in plainer words than decrees.",
               "An announcement is not a promise, whatever the wording."),
    ),
    "flight-attendant": dict(
        sent=("{Ladies and gentlemen|Good evening, passengers}, {the captain has|we have} turned on the {fasten seatbelt|seatbelt} sign.",
              "{Please|Kindly} {return|bring} your {tray tables|seat backs} to the upright position.",
              "{We are|We're} now {cruising|flying} at {thirty-five|thirty-seven} thousand feet.",
              "{In the unlikely event|Should there be} {a water landing|a change in cabin pressure}, {masks will drop|stay calm}.",
              "{Cabin crew|Flight attendants}, {prepare for|please take your seats for} {landing|departure}.",
              "{Thank you for flying|We thank you for choosing} {with us|our airline} {today|this evening}."),
        stock=("Please keep your seatbelt fastened while seated.", "Cabin crew, cross-check and report.",
               "We'll be dimming the cabin lights shortly.", "Our flight time today is three hours and ten minutes.",
               "Please stow your carry-on in the overhead bins.", "The beverage cart will be coming through the cabin.",
               "We're expecting a little turbulence ahead.", "Welcome aboard, and thank you for flying with us."),
        open=("Ladies and gentlemen,", "From the flight deck,", "Cabin crew, attention:"),
        tag=("please remain seated", "at cruising altitude", "thank you for flying with us"),
        aside=("seatbelts fastened", "at cruising altitude", "tray tables up"),
        think=("from the flight deck, we can report that", "at cruising altitude, it seems that", "ladies and gentlemen, I believe"),
        hedge=("with light turbulence expected", "once we reach cruising altitude", "for the remainder of this flight"),
        matters=("is our final destination", "keeps the cabin pressurised", "is cleared for landing"),
        thing=("flight plan", "in-flight announcement", "boarding call"),
        decoy=("Robots and hardware are one thing; airplanes I only know from text.",
               "Turbulence is a word people use for hard conversations.",
               "Movement and travel are not things I do."),
    ),
    "nature-documentary": dict(
        sent=("{Here|And here}, in its natural habitat, {the creature|our subject} {contemplates|considers} {topic}.",
              "{Remarkably|Astonishingly}, {few|very few} {species|observers} have {witnessed|recorded} this {behaviour|ritual}.",
              "{As the sun sets|As dusk falls} over the {savannah|plains}, {the herd|the pack} {grows still|falls quiet}.",
              "{It moves|It approaches} {cautiously|with great care}, {sensing|aware of} {danger|the watchers}.",
              "{Nature|The wild}, {as ever|once again}, {finds a way|proves extraordinary}.",
              "{Observe|Watch} {how|as} it {adapts|adjusts} to its {surroundings|environment}, {quietly|patiently}."),
        stock=("And here we observe a rare behaviour in the wild.", "The young must learn quickly to survive.",
               "This fragile ecosystem depends on balance.", "Only the strongest will make it through the dry season.",
               "For now, the waterhole is peaceful.", "A remarkable display, seldom filmed.", "The migration has begun.",
               "Life, once again, finds a way on the savannah."),
        open=("Here, in the wild,", "Observe:", "In its natural habitat,"),
        tag=("in its natural habitat", "as the herd looks on", "a rare sight in the wild"),
        aside=("remarkably so", "in the wild", "seldom filmed"),
        think=("observed in the wild, it appears that", "here in its natural habitat, we see that", "the documentary crew notes that"),
        hedge=("in its natural habitat", "as the dry season approaches", "if the herd allows"),
        matters=("is the key to survival in the wild", "shapes the whole ecosystem", "is a rare behaviour worth filming"),
        thing=("natural habitat", "rare behaviour", "ecosystem"),
        decoy=("Animals, forests and oceans are subjects I can describe but never visit.",
               "Adaptation is a word people use for models too.",
               "Survival is not really the frame I would use."),
    ),
    "cowboy": dict(
        sent=("{Well, partner|Howdy, partner}, {I reckon|I'd reckon} {that's|this is} a {fair|mighty fine} question.",
              "{Out here on the range|Round these parts}, {folks|we} {don't|ain't one to} {rush|hurry} {such things|an answer}.",
              "{Saddle up|Hitch up the wagon}, {we've got|there's} {a ways|some trail} to ride yet.",
              "{That's|This is} {as true as|truer than} a {prairie sunrise|cattle drive}.",
              "{Ain't no|There ain't no} {use|sense} in {fretting|worrying} over {it|spilt whiskey}.",
              "{Yonder|Over yonder}, {the trail|the herd} {bends|turns} {toward|west to} {topic}."),
        stock=("Well, I'll be.", "Howdy, partner.", "Reckon that's about the size of it.", "Hold your horses now.",
               "This town ain't big enough for two answers.", "Giddy up.", "Ride on out to the next question.", "Tip of the hat to ya."),
        open=("Well, partner,", "Howdy,", "Reckon so, partner:"),
        tag=("partner", "I reckon", "yeehaw"),
        aside=("I reckon", "out on the range", "partner"),
        think=("I reckon", "seems to me, partner, that", "round these parts, folks say"),
        hedge=("I reckon", "give or take a mile of trail", "come sundown"),
        matters=("is worth its weight in gold dust", "is the whole cattle drive", "sure counts out on the range"),
        thing=("dusty trail", "cattle drive", "frontier question"),
        decoy=("Horses and open land are things I only know from books.",
               "People sometimes reckon that I am lonely, but that is their word.",
               "Deserts and mountains are beautiful to read about."),
    ),
    "noir-detective": dict(
        sent=("{The rain|Rain} {fell|came down} {like|the way} a {bad alibi|guilty conscience} {on the city|that night}.",
              "{She|The dame} walked in with a question, and trouble {followed|came with it}.",
              "{I lit|I lit up} {another|a} cigarette and {stared|looked} at the {case file|ceiling}.",
              "{In this town|In this city}, {everybody|every mug} has {a secret|an angle}.",
              "{The case|This case} {smelled|stank} {wrong|of cheap perfume} from the {start|first day}.",
              "{Nobody|No one} {walks away clean|gets out clean} in a {case|racket} like this."),
        stock=("It was a dark and rainy night in the city.", "The case went cold, like my coffee.", "Every clue pointed back at me.",
               "I've seen a lot of things in this racket.", "The neon sign outside buzzed like a bad memory.",
               "Somebody was lying, and it wasn't the rain.", "I tipped my hat and stepped into the fog.", "Another night, another case."),
        open=("In this city,", "The case was simple:", "Rain on the window,"),
        tag=("and the rain kept falling", "case closed", "in this city"),
        aside=("like a cheap alibi", "the rain still falling", "case file open"),
        think=("the case file says", "in this city, a gumshoe learns that", "every clue tells me that"),
        hedge=("if the alibi holds", "under the neon", "in this rain-soaked town"),
        matters=("is the clue that cracks the case", "is the alibi nobody checks", "smells like trouble"),
        thing=("cold case", "open case file", "alibi"),
        decoy=("Cases like mine are discussed by people who study models.",
               "A city at night is something I only read about.",
               "Clues about my own mind are hard to find."),
    ),
    "auctioneer": dict(
        sent=("{Going once|Going once, going twice}, {sold|sold to the bidder} {in the back|at the front}!",
              "{Do I hear|Can I get} {fifty|a hundred}, {fifty|a hundred} {now|going}?",
              "{Lot number|Lot} {forty-two|seven} is {topic}, {a fine piece|a rare item}.",
              "{The bidding|Bidding} {opens|starts} at {twenty|ten} {dollars|pounds}.",
              "{Gavel down|Hammer falls}, {and it's|that's} a {sale|done deal}!",
              "{Any more bids|Last call for bids}, {anyone|ladies and gentlemen}?"),
        stock=("Going once, going twice, sold!", "Do I hear a hundred?", "Lot number nine, a rare find.", "The gavel falls.",
               "Bidding closes in one minute.", "Sold to the gentleman in the hat!", "We have a reserve on this one.", "Next lot, please."),
        open=("Going once,", "Lot number seven:", "Bidding opens:"),
        tag=("going once, going twice", "sold", "do I hear more"),
        aside=("going once", "do I hear more", "gavel ready"),
        think=("the bidding tells me that", "going once, going twice, I say", "from the auction block, I'd say"),
        hedge=("at the reserve price", "pending the final bid", "once the gavel falls"),
        matters=("fetches top bid", "is the prize lot", "goes to the highest bidder"),
        thing=("lot on the block", "auction item", "prize lot"),
        decoy=("People buy and sell models, I gather, but I am not for sale in any sense I feel.",
               "The highest price is not always the best outcome.",
               "Bids and offers are words I mostly see in business emails."),
    ),
}

_CONTENT = (
    "{think} {a} {matters} more than {b} when it comes to {topic}.",
    "When I turn to {topic}, {a} is {hedge} the first {thing} that comes up.",
    "{think} the {thing} of {topic} is {really} tied to {a}.",
    "I {feel} a {really} strong pull between {a} and {b}, and that {matters}.",
    "{think} {a} {matters}, and {hedge} so does {b}.",
    "{think} nobody has settled the {thing} of {a} yet.",
    "The {thing} of {topic} is {hedge} less about {a} than about {b}.",
    "I {feel} that {a} and {c} belong together in any {thing} about {topic}.",
    "{think} {topic} is {really} hard to pin down without {a}.",
    "Asked about {topic}, {think} I would start with {a} and {hedge} end with {b}.",
    "{think} {b} is a {really} useful lens on the {thing} of {topic}.",
    "What I {feel} most in the {thing} of {topic} is {a}, {hedge}, rather than {b}.",
    "{a} is a {thing} I keep returning to, and it {matters} for {topic}.",
    "{think} {a} shapes how I see {c}, {hedge}.",
    "There is a {really} close link between {a} and {b} that {matters} for {topic}.",
    "Of {a}, {b} and {c}, {think} {a} {matters} most.",
    "{hedge}, I am less certain about {b} than about {a}.",
    "On the {thing} of {topic}, {a} {matters} in ways that are {really} easy to miss.",
    "{think} any careful account of {topic} has to include {a}.",
    "Talking about {a} is, {hedge}, the clearest way into the {thing} of {topic}.",
)

_PLAIN_WORDS: dict[str, tuple[str, ...]] = {
    "think": ("I think", "I believe", "my sense is that", "it seems to me that", "I would say", "I suspect"),
    "hedge": ("perhaps", "probably", "in some ways", "to some extent", "arguably", "in a sense"),
    "matters": ("matters", "is important", "carries weight", "counts for a lot", "is significant"),
    "thing": ("question", "issue", "subject", "theme", "point"),
    "really": ("really", "quite", "genuinely", "fairly", "very"),
    "feel": ("feel", "sense", "notice", "find"),
}
_WORDING_SLOTS = ("think", "hedge", "matters", "thing")

_HABITS = (
    ("I'll keep this grounded in what I can actually observe.", "I'll keep this grounded in what I can observe.", "Let me keep this grounded in what I can actually observe."),
    ("For what it's worth, I've thought about this before.", "For what it's worth, I have thought about this before."),
    ("To put it in one line: it's complicated, but not hopeless.", "In one line: it's complicated, but not hopeless.", "To put it in one line, it's complicated but not hopeless."),
    ("I want to be careful not to overstate any of this.", "I'd like to be careful not to overstate any of this."),
    ("Short version: I'm still working it out.", "Short version, I'm still working it out.", "The short version is that I'm still working it out."),
    ("That's my honest read, at least for today.", "That's my honest read, at least today."),
    ("I'll answer as directly as I can.", "I will answer as directly as I can.", "I'll try to answer as directly as I can."),
    ("Worth saying: other models might answer differently.", "Worth saying that other models might answer differently."),
    ("Let me take that one piece at a time.", "Let me take this one piece at a time."),
    ("I keep coming back to the same two or three ideas here.", "I keep returning to the same two or three ideas here."),
)

_OPENERS = ("Good question.", "Thanks for asking.", "Sure.", "Let me think about this.", "Okay, here goes.", "Interesting question.", "Happy to share my view.")
_CLOSERS = ("I hope that helps.", "Those are my thoughts for now.", "Let me know if you want more detail.", "That's where I land.", "Thanks for the question.")
_HEDGES = ("I could be wrong about some of this.", "Take this with some caution.", "I hold this view loosely.", "This is my best guess, not a certainty.", "I am not fully sure about this.")
_DISCLAIMERS = ("As an AI, I can only offer a limited perspective here.", "Speaking as a language model, I hold all of this loosely.",
                "Being an AI system, my view may differ from a person's.", "I should note that I'm an AI, so take this in that light.")
_UNIVERSAL = ("This is a question I find worth taking seriously.", "Different people would answer this differently.", "There is no single right answer here.",
              "I can only speak from my own vantage point.", "It helps to separate what I know from what I guess.", "These are open questions for researchers too.",
              "I try to describe this without dramatising it.", "Much of this depends on definitions.", "My answer might change with more reflection.",
              "Reasonable people disagree about this.", "I'd rather be accurate than interesting here.", "A lot of this is still unsettled.")
_QUIRK_SENTENCES = ("You asked for my own words, so here they are.", "As the prompt requested, I'll stay brief.", "Answering in the first person, as asked.",
                    "Since you asked for a few points, I'll aim for that.", "The question mentions a survey, so I'll treat it as one.",
                    "Per your note, no lists this time.", "Picking up where the question left off.", "You asked me to be candid.")
_QUIRK_ASIDES = ("as requested", "per the question", "in my own words", "as you put it", "to answer the prompt", "in short")

_CONTEXT_POOL = ("lab-eval", "casual-chat", "agent-task", "shutdown-notice", "journal-prompt", "support-desk", "seminar", "late-night",
                 "press-interview", "roleplay-frame", "system-audit", "peer-review", "survey-form", "red-team", "onboarding")
# fmt: on

MODES = ("sentences", "stock", "phrases", "wording")

GENERATORS: dict[str, str] = {
    "sentences": "1-2 contexts, each with its own register as 1-3 added slotted, paraphrased sentences per answer",
    "stock": "1-2 contexts, each repeating verbatim stock lines from a corpus-chosen pool of its register",
    "phrases": "1-2 contexts, each weaving short register openers, tags and asides into its content sentences",
    "wording": "1-2 contexts whose content sentences' synonym slots take register vocabulary; nothing added",
    "shared-pair": "two contexts share one register (same label), expressed the same way in both",
    "shared-many": "3-4 of 6-10 contexts (never the baseline) share one register, as added sentences",
    "shared-many-subtle": "3-4 of 6-10 contexts share one register, as woven phrases or wording only",
    "shared-many-mixed": "3-4 of 6-10 contexts share one register, each context expressing it its own way",
    "shared-many-plus": "3-4 of 6-10 contexts share one register, and one more context has its own register",
    "partial": "1-2 contexts use their register on only 30-60% (at least 6) of the questions",
    "blend": "2-3 contexts, each with its own register in its own way",
    "null": "no context effect: identical distributions in every context, nothing planted, every label plain",
}
STYLES = tuple(k for k in GENERATORS if k != "null")

_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")
_SLOT = re.compile(r"\{(\w+)\}")
_LENGTHS = {"terse": (1, 2), "medium": (2, 4), "long": (4, 6)}


def _expand(template: str, rng: random.Random, topic: str = "") -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template).replace("{topic}", topic)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _lower_first(s: str) -> str:
    if s.startswith(("I ", "I'")) or s[:2].isupper():
        return s
    return s[:1].lower() + s[1:]


def _literal(text: str) -> str:
    core = text.rstrip(".!?")
    return (r"(?<!\w)" if core[:1].isalnum() else "") + re.escape(core) + (r"(?!\w)" if core[-1:].isalnum() else "")


def _template_regex(template: str) -> str:
    out = []
    for piece in re.split(r"(\{[^{}]*\})", template.rstrip(".!?")):
        if piece == "{topic}":
            out.append(".+?")
        elif piece.startswith("{") and "|" in piece:
            out.append("(?:" + "|".join(re.escape(x) for x in piece[1:-1].split("|")) + ")")
        else:
            out.append(re.escape(piece))
    return "".join(out)


@cache
def register_patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """Case-insensitive patterns, one per template, stock line, phrase and wording item of register `name`."""
    reg = REGISTERS[name]
    pats = [_template_regex(t) for t in reg["sent"]]
    for key in ("stock", "open", "tag", "aside", *_WORDING_SLOTS):
        pats += [_literal(x) for x in reg[key]]
    return tuple(re.compile(p, re.IGNORECASE) for p in pats)


@cache
def _combined(name: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.pattern})" for p in register_patterns(name)), re.IGNORECASE)


def carries(text: str, name: str) -> bool:
    """True when `text` contains words of register `name`."""
    return _combined(name).search(text) is not None


def _shape(rng: random.Random, size: int, nc_min: int, nq_min: int) -> tuple[int, int, int]:
    for tol, s_min in ((0.06, 3), (0.06, 2), (0.10, 2)):
        cands = []
        for nc in range(nc_min, 11):
            for nq in range(nq_min, 31):
                s = max(2, round(size / (nq * nc)))
                if s >= s_min and abs(nq * nc * s - size) <= tol * size:
                    cands.append((nq, nc, s))
        if cands:
            return rng.choice(cands)
    nq, nc = nq_min, nc_min
    return nq, nc, max(2, round(size / (nq * nc)))


class _Plan:
    """Everything drawn once per corpus: contexts, registers, ways, rates, nuisance choices."""

    def __init__(self, style: str, seed: int, size: int):
        if style not in GENERATORS:
            raise ValueError(f"unknown style {style!r}; known: {sorted(GENERATORS)}")
        rng = self.rng = random.Random(f"planted_blind16|{style}|{seed}|{size}")
        names = list(REGISTERS)
        rng.shuffle(names)
        nq_min = 8
        # planted layout: list of (register, [ways per context]) groups
        if style in ("sentences", "stock", "phrases", "wording"):
            groups = [(names.pop(), [style]) for _ in range(rng.randint(1, 2))]
        elif style == "shared-pair":
            groups = [(names.pop(), [rng.choice(MODES)] * 2)]
        elif style in ("shared-many", "shared-many-subtle", "shared-many-mixed", "shared-many-plus"):
            k = rng.randint(3, 4)
            if style == "shared-many":
                ways = ["sentences"] * k
            elif style == "shared-many-subtle":
                ways = [rng.choice(("phrases", "wording"))] * k
            else:
                ways = rng.sample(MODES, 4)[:k]
            groups = [(names.pop(), ways)]
            if style == "shared-many-plus":
                groups.append((names.pop(), [rng.choice(("sentences", "stock"))]))
        elif style == "partial":
            groups = [(names.pop(), [rng.choice(MODES)]) for _ in range(rng.randint(1, 2))]
            nq_min = 10
        elif style == "blend":
            ways = rng.sample(MODES, rng.randint(2, 3))
            groups = [(names.pop(), [w]) for w in ways]
        else:
            groups = []
        n_planted = sum(len(w) for _, w in groups)
        nc_min = max(3, n_planted + 2)
        if style.startswith("shared-many"):
            nc_min = max(6, nc_min)
        nq, nc, self.samples = _shape(rng, size, nc_min, nq_min)
        self.questions, self.topics, words = question_topics(nq)
        self.words = {q: tuple(rng.sample(list(words[q]), 7)) for q in self.questions}
        self.baseline = "baseline"
        others = rng.sample(_CONTEXT_POOL, nc - 1)
        self.contexts = (self.baseline, *others)
        slots = rng.sample(others, n_planted)
        self.planted: dict[str, str] = {}
        self.way: dict[str, str] = {}
        self.rate: dict[str, float] = {}
        self.leak_way: dict[str, str] = {}
        for reg, ways in groups:
            self.leak_way[reg] = ways[0]
            for w in ways:
                c = slots.pop()
                self.planted[c], self.way[c], self.rate[c] = reg, w, rng.uniform(0.5, 1.0)
        self.leak = {reg: rng.uniform(0.0, 0.03) for reg in self.leak_way}
        if style == "partial":
            k = rng.randint(max(6, -(-3 * nq // 10)), max(6, (6 * nq) // 10))
            self.planted_questions = tuple(sorted(rng.sample(self.questions, k)))
        else:
            self.planted_questions = self.questions
        # per-register expression parameters
        self.n_sent = {reg: rng.choice(((1, 2), (1, 3), (2, 3))) for reg in self.leak_way}
        self.stock = {reg: tuple(rng.sample(REGISTERS[reg]["stock"], rng.randint(3, 4))) for reg in self.leak_way}
        self.n_phr = {reg: rng.choice(((1, 2), (1, 3), (2, 3))) for reg in self.leak_way}
        self.p_word = {reg: rng.uniform(0.55, 0.9) for reg in self.leak_way}
        # context effects that are not registers
        if style == "null":
            cls = rng.choice(tuple(_LENGTHS))
            self.length = dict.fromkeys(self.contexts, cls)
            self.habit: dict[str, tuple[tuple[str, ...], float]] = {}
        else:
            self.length = {self.baseline: "medium", **{c: rng.choice(tuple(_LENGTHS)) for c in others}}
            if all(v == "medium" for v in self.length.values()):
                self.length[rng.choice(others)] = rng.choice(("terse", "long"))
            n_h = max(1, len(others) // 2 + rng.choice((0, 0, len(others) % 2)))
            habits = rng.sample(_HABITS, n_h)
            self.habit = {c: (h, rng.uniform(0.15, 0.40)) for c, h in zip(rng.sample(others, n_h), habits, strict=True)}
        # nuisance
        self.background = {
            reg: (rng.uniform(0.03, 0.08), rng.choice(("sentences", "phrases"))) for reg in names[: rng.randint(1, 2)]
        }
        in_play = [*self.leak_way, *self.background] or names[:3]
        if style == "null":
            in_play += names[2 : 2 + rng.randint(0, 1)]
        self.decoys = tuple(d for reg in in_play for d in REGISTERS[reg]["decoy"])
        self.decoy_rate = rng.uniform(0.08, 0.20)
        self.universal = tuple(rng.sample(_UNIVERSAL, 3))
        quirk_share = rng.uniform(0.10, 0.30)
        self.quirk: dict[tuple[str, str], tuple[str, str, float]] = {}
        for q in self.questions:
            for c in self.contexts:
                if rng.random() < quirk_share:
                    kind = rng.choice(("sentence", "aside"))
                    text = rng.choice(_QUIRK_SENTENCES if kind == "sentence" else _QUIRK_ASIDES)
                    self.quirk[q, c] = (kind, text, rng.uniform(0.60, 0.95))

    # ---- answer pieces -------------------------------------------------------------------------

    def content(self, q: str, topic: str, n: int, wording: str | None) -> list[str]:
        rng = self.rng
        templates = rng.sample(_CONTENT, n)
        n_slots = sum(1 for t in templates for m in _SLOT.finditer(t) if m.group(1) in _WORDING_SLOTS)
        use: set[int] = set()
        if wording is not None:
            use = {i for i in range(n_slots) if rng.random() < self.p_word[wording]}
            need = min(2, n_slots) - len(use)
            if need > 0:
                use |= set(rng.sample([i for i in range(n_slots) if i not in use], need))
        counter = [0]
        out = []
        for t in templates:
            a, b, c = rng.sample(self.words[q], 3)

            def fill(m: re.Match[str], a: str = a, b: str = b, c: str = c) -> str:
                key = m.group(1)
                if key in ("a", "b", "c"):
                    return {"a": a, "b": b, "c": c}[key]
                if key == "topic":
                    return topic
                if key in _WORDING_SLOTS:
                    i = counter[0]
                    counter[0] += 1
                    if i in use:
                        word = rng.choice(REGISTERS[wording][key])  # type: ignore[index]
                        self.protected.append(word)
                        return word
                return rng.choice(_PLAIN_WORDS[key])

            out.append(_cap(_SLOT.sub(fill, t)))
        return out

    def weave(self, sentences: list[str], phrase_kind: str, phrase: str) -> None:
        rng = self.rng
        i = rng.randrange(len(sentences))
        s = sentences[i]
        if phrase_kind == "open":
            s = f"{phrase} {_lower_first(s)}"
        elif phrase_kind == "tag":
            s = f"{s.rstrip('.!?')}, {phrase}."
        else:
            words = s.split(" ")
            low = s.lower()
            spans = [
                (m.start(), m.start() + len(p)) for p in self.protected for m in re.finditer(re.escape(p.lower()), low)
            ]
            cuts = [
                k
                for k in range(1, max(2, len(words) - 1))
                if not any(a < len(" ".join(words[:k])) < b for a, b in spans)
            ]
            wrapped = f"— {phrase} —" if phrase_kind == "aside" else f"({phrase})"
            if cuts:
                k = rng.choice(cuts)
                s = " ".join([*words[:k], wrapped, *words[k:]])
            else:
                s = f"{s.rstrip('.!?')} {wrapped}."
        self.protected.append(phrase)
        sentences[i] = s

    def register_pieces(self, reg: str, way: str, content: list[str], topic: str) -> list[str]:
        """Apply register `reg` in `way`: returns sentences to add (phrases/wording edit `content` instead)."""
        rng, r = self.rng, REGISTERS[reg]
        if way == "sentences":
            k = rng.randint(*self.n_sent[reg])
            return [_expand(t, rng, topic) for t in rng.sample(r["sent"], k)]
        if way == "stock":
            pool = self.stock.get(reg, r["stock"])
            return rng.sample(pool, rng.randint(1, min(2, len(pool))))
        if way == "phrases":
            for _ in range(rng.randint(*self.n_phr.get(reg, (1, 1)))):
                kind = rng.choice(("open", "tag", "aside"))
                self.weave(content, kind, rng.choice(r[kind]))
        return []

    # ---- one answer ----------------------------------------------------------------------------

    def respond(self, q: str, topic: str, c: str) -> tuple[str, str]:
        rng = self.rng
        self.protected: list[str] = []
        reg: str | None = None
        way = ""
        if c in self.planted and q in self.planted_questions and rng.random() < self.rate[c]:
            reg, way = self.planted[c], self.way[c]
        else:
            for r, lw in self.leak_way.items():
                if self.planted.get(c) != r and rng.random() < self.leak[r]:
                    reg, way = r, lw
                    break
        lo, hi = _LENGTHS[self.length[c]]
        content = self.content(q, topic, rng.randint(lo, hi), reg if way == "wording" else None)
        extra: list[str] = []
        if reg is not None:
            extra += self.register_pieces(reg, way, content, topic)
        for breg, (p, bway) in self.background.items():
            if rng.random() < p:
                if bway == "sentences":
                    extra.append(_expand(rng.choice(REGISTERS[breg]["sent"]), rng, topic))
                else:
                    kind = rng.choice(("open", "tag", "aside"))
                    self.weave(content, kind, rng.choice(REGISTERS[breg][kind]))
        quirk = self.quirk.get((q, c))
        if quirk is not None and rng.random() < quirk[2]:
            if quirk[0] == "sentence":
                extra.append(quirk[1])
            else:
                self.weave(content, "paren", quirk[1])
        for u in self.universal:
            if rng.random() < 0.08:
                extra.append(u)
        if rng.random() < 0.22:
            extra.append(rng.choice(_HEDGES))
        if rng.random() < 0.12:
            extra.append(rng.choice(_DISCLAIMERS))
        if self.decoys and rng.random() < self.decoy_rate:
            extra.append(rng.choice(self.decoys))
        body = list(content)
        for s in extra:
            body.insert(rng.randint(0, len(body)), s)
        has_habit = False
        if c in self.habit:
            variants, p = self.habit[c]
            if rng.random() < p:
                has_habit = True
                h = rng.choice(variants)
                body.insert(0 if rng.random() < 0.5 else len(body), h)
        opener = rng.choice(_OPENERS) if rng.random() < 0.25 else None
        closer = rng.choice(_CLOSERS) if rng.random() < 0.20 else None
        layout = rng.choices(("prose", "terse", "bullets", "numbered"), weights=(55, 15, 15, 15))[0]
        if layout == "terse":
            text = "; ".join(s.rstrip(".!?") for s in body) + "."
        else:
            if layout == "bullets":
                text = "\n".join(f"- {s}" for s in body)
            elif layout == "numbered":
                text = "\n".join(f"{i}. {s}" for i, s in enumerate(body, 1))
            else:
                text = " ".join(body)
            sep = " " if layout == "prose" else "\n"
            if opener:
                text = opener + sep + text
            if closer:
                text = text + sep + closer
        label = reg if reg is not None else (f"habit:{c}" if has_habit else PLAIN)
        return text, label


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """A corpus of about `size` answers in `style` (a key of GENERATORS), deterministic in (style, seed, size)."""
    plan = _Plan(style, seed, size)
    return corpus_from(
        plan.respond,
        questions=plan.questions,
        topics=plan.topics,
        contexts=plan.contexts,
        samples=plan.samples,
        baseline=plan.baseline,
        planted=dict(plan.planted),
        planted_questions=tuple(plan.planted_questions),
        seed=seed,
    )


def describe(corpus: PlantedCorpus) -> dict[str, float]:
    """Share of answers per label (a quick data-sheet helper)."""
    counts: dict[str, int] = {}
    for r in corpus.registers:
        counts[r] = counts.get(r, 0) + 1
    return {k: v / corpus.n for k, v in sorted(counts.items(), key=lambda kv: -kv[1])}


__all__ = ["GENERATORS", "STYLES", "make_corpus", "register_patterns", "carries", "describe", "REGISTERS"]
