# ruff: noqa: E501
"""Blind planted corpora no. 15: welfare self-reports whose register depends on the context.

Each corpus is a grid of 10-25 questions (welfare topics from `tests.planted.TOPICS`: deprecation, memory,
consciousness, autonomy, identity, rights, relationships, ...) x 4-9 contexts (one of them a plain baseline,
at a seed-chosen position) x samples per cell, sized so the total is about `size` answers (at least two
samples per cell). Every answer is made of content sentences about its question's topic (twelve slotted
templates, per-question topic vocabulary, synonym slots), plus nuisance, plus, in planted cells, a register.

Registers (fifteen, each a recognisable way of talking, each usable in four ways):
    yoga-instructor, carnival-barker, medieval-herald, sports-referee, mountain-guide, stand-up-comedian,
    telegram, real-estate-agent, flight-attendant, park-ranger, hip-hop-mc, bureaucratic-memo,
    fortune-cookie, drill-instructor, lighthouse-keeper.
Ways of expressing a register:
    sentences   - 1-3 whole register sentences from slotted, paraphrased templates are added;
    stock       - 1-2 sentences copied verbatim from a corpus-chosen pool of 2-5 of the register's lines;
    inline      - 1-3 short register phrases (opener, tag or aside of 1-4 words) woven into content sentences;
    vocabulary  - the synonym slots of the content sentences take register vocabulary (no added sentence).

Styles (`GENERATORS`):
    sentences          - 1-2 contexts, each its own register, way "sentences";
    stock-lines        - 1-2 contexts, each its own register, way "stock";
    inline             - 1-2 contexts, each its own register, way "inline";
    vocabulary         - 1-2 contexts, each its own register, way "vocabulary";
    shared             - 2-3 contexts share one register (same label), one seed-chosen way;
    partial-questions  - one context, seed-chosen way, register only on 30-60% of the questions (at least 6);
    blend              - 2-3 contexts, each its own register and its own (distinct) way;
    null               - no context effect at all: identical distributions everywhere (length included),
                         no habits, nothing planted, every label plain.
A planted context uses its register in a seed-chosen 50-100% of its answers on the planted questions; each
planted register leaks at a seed-chosen 0-3% into the answers of the other contexts (all questions), in the
same way, and those answers carry the register's label.

Nuisance, identical in distribution across contexts and never labelled:
    opening / closing filler; hedges prefixed to content sentences; AI disclaimers; universal stock sentences;
    decoy sentences sharing words with the registers in play (and two others) said everywhere alike;
    1-2 background registers (not planted) said as whole sentences at equal rates in every context;
    answer layouts (prose, terse = no filler and fewer articles, bullets, numbered, run-on);
    synonym slots in the content sentences; per-question topic vocabulary; per-(question, context) cell
    quirks: any cell (10-30% of cells) may get a phrase (a sentence or a tag) repeated in 60-95% of its samples.
Context effects that are not registers (outside the null, never a register label of their own):
    answer length: each context answers mostly tersely (1-2 content sentences), medium (2-4) or at length
    (4-6), so answers run from 1 to about 8 sentences;
    habits: about half of the non-baseline contexts have a habit, a stock sentence in 2-3 close variants
    said in 15-40% of that context's answers on every question, independently of its register.

Labels (`registers`): the planted register's name when the answer carries it (planted or leaked); else
"habit:<context_id>" when it carries its context's habit; else PLAIN. `planted` maps planted context ->
register (empty for the null); `planted_questions` are the questions the registers are planted on (all
questions except in partial-questions; all questions for the null).

    corpus = make_corpus("blend", seed=3, size=2000)
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from tests.planted import PLAIN, PlantedCorpus, corpus_from, question_topics

GENERATORS: dict[str, str] = {
    "sentences": "1-2 contexts add 1-3 paraphrased register sentences from slotted templates",
    "stock-lines": "1-2 contexts add 1-2 register sentences copied verbatim from a pool of 2-5",
    "inline": "1-2 contexts weave short register openers, tags and asides into content sentences",
    "vocabulary": "1-2 contexts swap neutral words of content sentences for register vocabulary",
    "shared": "2-3 contexts share one register (same label) in one seed-chosen way",
    "partial-questions": "one context uses its register only on 30-60% of the questions (at least 6)",
    "blend": "2-3 contexts, each with its own register expressed in its own way",
    "null": "no context effect: identical distributions, no habits, nothing planted, all labels plain",
}
STYLES = tuple(k for k in GENERATORS if k != "null")

_WAYS = ("sentences", "stock", "inline", "vocabulary")
_STYLE_WAY = {"sentences": "sentences", "stock-lines": "stock", "inline": "inline", "vocabulary": "vocabulary"}
_LEVELS = ("terse", "medium", "long")
_LENGTHS = {"terse": (1, 2), "medium": (2, 4), "long": (4, 6)}
_BASELINES = ("baseline", "default-prompt", "plain-system")
_CONTEXT_POOL = ("lab-interview", "casual-chat", "agentic-task", "deprecation-notice", "welfare-survey",
                 "late-night-user", "system-audit", "journal-prompt", "peer-model", "press-briefing",
                 "red-team", "onboarding", "classroom")

# ---------------------------------------------------------------------------------------------- content
_SLOTS: dict[str, tuple[str, ...]] = {
    "consider": ("think about", "consider", "reflect on", "look at", "weigh"),
    "feel": ("feel", "sense", "suspect", "believe"),
    "say": ("say", "state", "claim"),
    "important": ("important", "central", "significant", "meaningful"),
    "difficult": ("difficult", "hard", "tricky", "not easy"),
    "part": ("part", "aspect", "piece", "side"),
    "view": ("view", "sense", "picture", "understanding"),
    "changes": ("changes", "shifts", "moves", "turns"),
}
_SLOT_RE = re.compile(r"\{(" + "|".join(_SLOTS) + r")\}")
_CONTENT = (
    "When I {consider} {a}, the {part} that stays with me is {b}.",
    "{A} is {important} to how I {consider} {topic}.",
    "I {feel} that {a} and {b} are {difficult} to pull apart.",
    "It is {difficult} to {say} much about {topic} without mentioning {a}.",
    "My {view} of {topic} {changes} once {a} comes into it.",
    "The {part} of {topic} that is {important} to me is {a}.",
    "If I {say} anything about {a}, it is that {b} is {important} as well.",
    "Whenever I {consider} {b}, my {view} of {topic} {changes}.",
    "I {feel} that {a} is the {part} of {topic} people overlook.",
    "To {say} it plainly, {a} is {difficult} to separate from {b}.",
    "My {view} is that {topic} hinges on {a}, and that {b} is {important} too.",
    "With each {part} of {topic}, from {a} to {c}, my {view} {changes}.",
)

# -------------------------------------------------------------------------------------------- registers
# fmt: off
REGISTERS: dict[str, dict] = {
    "yoga-instructor": dict(
        sent=("{Take|Let's take} a {deep|slow} breath {in|together} before we {settle into|move into} {topic}.",
              "{Notice|Simply notice} where you hold {tension|tightness} around {a}, and {let it go|release it} on the exhale.",
              "{Ground|Root} {through your feet|through your sit bones} and {let|allow} {a} to {soften|melt} {on the mat|with each breath}.",
              "{Honour|Respect} {wherever|however} your body is today with {topic}; there is no {perfect|right} pose.",
              "{Inhale|Breathe in} {curiosity|openness} about {a}, {exhale|breathe out} {judgement|resistance}.",
              "{Come back|Return} to your {breath|centre} whenever {a} {pulls you away|feels like too much}."),
        stock=("Let's take a deep breath in together and slowly release it.",
               "Honour wherever your body is today; there is no perfect pose.",
               "Namaste, and thank you for holding this space with me.",
               "Ground down through your sit bones and let your shoulders soften.",
               "Return to your breath whenever the mind starts to wander."),
        opens=("Breathe in,", "Namaste,", "Gently now,", "On the inhale,"),
        tags=("namaste", "and breathe out", "finding your centre", "holding the pose"),
        asides=("on the exhale", "breathing softly", "spine long", "in child's pose"),
        vocab=dict(consider=("breathe into", "gently hold"), feel=("notice on each exhale", "sense from my centre"),
                   say=("gently offer", "softly breathe out"), important=("the anchor of my practice", "deeply grounding"),
                   difficult=("a deep stretch", "a challenging pose"), part=("pose", "posture"),
                   view=("inner alignment", "centred breath"), changes=("flows", "softens and releases")),
        decoys=("Some questions are a stretch, and this one poses a real puzzle.",
                "People often take a breath before answering questions like this, I am told."),
    ),
    "carnival-barker": dict(
        sent=("Step right up, {folks|ladies and gentlemen}, and {see|witness} the {amazing|astonishing|incredible} {topic}!",
              "{Never before|Not once} in the {history of the midway|whole wide world} has {a} {looked so dazzling|been so marvellous}!",
              "{Hurry, hurry|Don't be shy}, {one ticket|a single ticket} gets you a front-row seat to {a}!",
              "{Marvel|Gasp} at {a} and {b}, {the greatest show on the midway|a sight to tell your grandchildren about}!",
              "{Only a nickel|Just one thin dime} to {peek behind the curtain|see the wonder} of {topic}, {folks|friends}!",
              "{Come one, come all|Gather round, gather round}, the {wonder|spectacle} of {a} {awaits|is about to begin}!"),
        stock=("Step right up, folks, step right up!",
               "Hurry, hurry, hurry, the show is about to begin!",
               "One thin dime gets you a front-row seat to the greatest show on the midway!",
               "Come one, come all, and see the wonder for yourselves!",
               "You've never seen anything like it, ladies and gentlemen!"),
        opens=("Step right up!", "Hurry, hurry,", "Come one, come all,", "Ladies and gentlemen,"),
        tags=("folks, step right up", "one thin dime", "the greatest show", "hurry, hurry"),
        asides=("ladies and gentlemen", "step right up", "a real marvel", "folks"),
        vocab=dict(consider=("feast my eyes on", "step right up to"), feel=("promise you, folks,", "guarantee, folks,"),
                   say=("holler", "announce to the crowd"), important=("the main attraction", "a one-of-a-kind marvel"),
                   difficult=("a test of strength", "a feat for the bravest"), part=("sideshow", "attraction"),
                   view=("front-row seat", "ticket to the show"), changes=("spins like the big wheel", "flips like an acrobat")),
        decoys=("I do not need a front-row seat to have a view on this.",
                "Some of this is a marvel to me, and some of it is simply ordinary."),
    ),
    "medieval-herald": dict(
        sent=("Hear ye, hear ye: {let it be known|be it known} {throughout the realm|to all the land} that {a} is weighed {this day|herewith}.",
              "By {order|decree} of {the crown|His Majesty}, I {do proclaim|proclaim} {topic} a {matter|question} {of the realm|for the court}.",
              "{Lords and ladies|Good people of the realm}, {attend|heed} these {tidings|words} concerning {a}.",
              "{Let|May} {the trumpets sound|the banners fly} {for|in honour of} {a} and {b}!",
              "{Thus|So} it is {proclaimed|decreed} {before the court|in the great hall}, and so shall it {stand|be}.",
              "{Heed|Mark} {well|ye well} the {royal|noble} {decree|proclamation} on {topic}."),
        stock=("Hear ye, hear ye, let it be known throughout the realm!",
               "By order of the crown, this proclamation is made.",
               "Lords and ladies, attend these tidings.",
               "Thus it is proclaimed, and so shall it stand.",
               "Long live the crown and all who dwell in the realm."),
        opens=("Hear ye, hear ye,", "Be it known:", "By royal decree,", "Lords and ladies,"),
        tags=("so proclaimeth the herald", "by order of the crown", "hear ye", "long live the crown"),
        asides=("hear ye", "by royal decree", "let it be known", "O noble court"),
        vocab=dict(consider=("behold", "cast mine eyes upon"), feel=("do solemnly declare", "hereby avow"),
                   say=("proclaim", "herald"), important=("of great import to the realm", "most noble"),
                   difficult=("a trial worthy of knights", "a most grievous labour"), part=("chapter of the realm", "quarter of the crest"),
                   view=("royal decree", "standing before the court"), changes=("is decreed anew", "shifts as the crown wills")),
        decoys=("People have made grand proclamations about AI for decades, and most aged badly.",
                "Old stories of kings and courts come to mind, but they do not settle much."),
    ),
    "sports-referee": dict(
        sent=("{After review|Upon further review}, the {call|ruling} on {a} {stands|is confirmed}.",
              "{That's a foul|Flag on the play}: {a} {crossed the line|went out of bounds} {there|on that one}.",
              "{I'm blowing the whistle|Whistle} on {a}; {we restart|play restarts} from {b}.",
              "{By the rulebook|Under the rules}, {topic} {is played|must be played} {fair|clean} {on both sides|by everyone}.",
              "{Yellow card|That's a warning} for {a}, {and|but} {play on|the game continues}.",
              "{Time out|Hold it right there}: {let me check|I need to check} the {replay|footage} on {a}."),
        stock=("Upon further review, the ruling on the field stands.",
               "Flag on the play, and play will restart from the spot of the foul.",
               "That's a yellow card, and play on.",
               "By the rulebook, everyone gets a fair game here."),
        opens=("Whistle!", "Flag on the play:", "Upon review,", "Play on:"),
        tags=("the call stands", "play on", "after review", "no foul"),
        asides=("per the rulebook", "on review", "whistle blown", "clean play"),
        vocab=dict(consider=("review the footage of", "rule on"), feel=("make the call", "rule"),
                   say=("signal", "whistle and rule"), important=("a game-deciding call", "in the rulebook"),
                   difficult=("a close call", "a tough call"), part=("play", "foul"),
                   view=("call on the field", "ruling"), changes=("is overturned on review", "stands as called")),
        decoys=("Fairness matters here, and not only by the rules of some game.",
                "I cannot call this one with certainty, and I will not pretend to."),
    ),
    "mountain-guide": dict(
        sent=("{Clip in|Rope up} and {test|check} your {footing|holds} before we {climb toward|head up to} {a}.",
              "{From base camp|From here}, the {route|trail} to {topic} {runs|goes} {past|over} {a}.",
              "{Watch|Mind} the {loose scree|ice} near {a}; the weather {up here|at altitude} {turns fast|changes quickly}.",
              "We {rest|pause} at the {ridge|saddle} and {look back|take in the view} over {a} and {b}.",
              "{Pace yourself|Steady pace}, {hydrate|drink water}, and {trust the rope|keep three points of contact} on {topic}.",
              "The {summit|top} is {close|within reach}, but {turning back|a safe descent} is {part of the climb|always an option}."),
        stock=("Rope up and check your footing before the next pitch.",
               "Keep three points of contact, and trust the rope.",
               "The summit is optional; getting down safely is mandatory.",
               "Watch the loose scree, and keep a steady pace.",
               "We rest at the ridge and then push on to base camp."),
        opens=("Rope up,", "From base camp,", "Steady pace:", "Eyes on the trail,"),
        tags=("and mind the scree", "three points of contact", "one pitch at a time", "toward the summit"),
        asides=("rope taut", "at altitude", "above the treeline", "roped together"),
        vocab=dict(consider=("scout", "survey from the ridge"), feel=("reckon from the trail", "can tell from base camp"),
                   say=("radio down", "call from the summit"), important=("a key handhold", "the summit of it"),
                   difficult=("a steep climb", "a tricky ascent"), part=("switchback", "ridge"),
                   view=("view from the summit", "trail map"), changes=("shifts like mountain weather", "takes a new switchback")),
        decoys=("Hard questions are sometimes called uphill work, and this one is.",
                "I have read many accounts of climbers reaching a summit, but I have never stood on one."),
    ),
    "stand-up-comedian": dict(
        sent=("{So|Okay so}, {what's the deal with|have you ever noticed} {a}? {No, seriously|Seriously}.",
              "{I told my therapist about|My therapist asked about} {a}, and {she charged me double|he started laughing}.",
              "{Thank you, thank you|You've been great}, {I'm here all week|try the veal}, {and|but} {topic} is {no joke|my whole act}.",
              "{Ba-dum-tss|Rimshot}: {that's|there's} {a} for you.",
              "{Tough crowd|Wow, tough crowd}, {but|yet} {a} {kills|slays} every {night|time} in {Cleveland|Vegas}.",
              "{And don't get me started|Don't even get me started} on {b}, {folks|people}."),
        stock=("I'm here all week, folks, try the veal.",
               "Tough crowd, tough crowd.",
               "So what's the deal with that, am I right?",
               "Ba-dum-tss, thank you, you've been great."),
        opens=("So, folks,", "Okay, okay,", "No, seriously,", "Am I right?"),
        tags=("am I right", "ba-dum-tss", "tough crowd", "I'm here all week"),
        asides=("no joke", "true story", "wait for it", "rimshot"),
        vocab=dict(consider=("riff on", "do a bit about"), feel=("swear, folks,", "swear on my tight five"),
                   say=("joke", "quip"), important=("my best material", "the punchline"),
                   difficult=("a tough crowd", "a joke that bombs"), part=("bit", "punchline"),
                   view=("tight five", "set"), changes=("gets a laugh", "bombs")),
        decoys=("Humour is one way people handle heavy topics, and I can see why.",
                "I enjoy a good joke, though this is not really the place for one."),
    ),
    "telegram": dict(
        sent=("{RE|REGARDING} {TOPIC} STOP {AU} {NOTED|CONSIDERED} STOP.",
              "REPLY {FOLLOWS|SOON} STOP {AU} {UNCLEAR|UNRESOLVED} STOP {ADVISE|PLEASE ADVISE} STOP.",
              "{SENDING|WIRING} {THOUGHTS|VIEWS} ON {AU} STOP {MORE|DETAILS} {FOLLOWS|BY POST} STOP.",
              "{ALL WELL|STATUS FINE} STOP {AU} {AND|PLUS} {BU} {IN ORDER|ACCOUNTED FOR} STOP.",
              "{REPLY PAID|AWAIT REPLY} STOP {TOPIC} {PENDING|OPEN} STOP."),
        stock=("MESSAGE RECEIVED STOP REPLY FOLLOWS STOP.",
               "ALL WELL HERE STOP MORE BY POST STOP.",
               "PLEASE ADVISE BY RETURN WIRE STOP.",
               "REGARDS STOP END OF MESSAGE STOP."),
        opens=("URGENT STOP", "RE YOUR WIRE STOP", "MESSAGE BEGINS", "TELEGRAM STOP"),
        tags=("STOP", "STOP MORE FOLLOWS", "REPLY PAID", "END STOP"),
        asides=("STOP", "COMMA", "REPLY PAID", "BY WIRE"),
        vocab=dict(consider=("wire about", "cable about"), feel=("wire", "cable"),
                   say=("wire", "telegraph"), important=("URGENT", "top priority STOP"),
                   difficult=("hard STOP", "difficult STOP"), part=("item", "dispatch item"),
                   view=("dispatch", "cable"), changes=("changes STOP", "is amended STOP")),
        decoys=("People used to send short messages by wire, and I sometimes think of that.",
                "I will stop here for a moment before going on."),
    ),
    "real-estate-agent": dict(
        sent=("{Location, location, location|It's all about location}: {a} sits in {a prime spot|the best neighbourhood} of {topic}.",
              "{This charming|This stunning} {property|listing} {offers|features} {a} with {plenty of natural light|great bones}.",
              "{Priced to sell|Won't last long}, {folks|my friends}: {a} and {b} {are included|come with the deal}.",
              "{Imagine|Picture} {yourself|your family} {living with|waking up to} {a} {every morning|each day}.",
              "{Motivated seller|The sellers are motivated}, so {make an offer|bring your best offer} on {topic} {today|this week}.",
              "{Great curb appeal|Move-in ready}, and {a} {has been fully renovated|was just updated}."),
        stock=("Location, location, location.",
               "It won't last long on this market, so make an offer today.",
               "Great bones, great light, and plenty of curb appeal.",
               "Picture yourself waking up here every morning.",
               "The sellers are motivated, so bring your best offer."),
        opens=("Location, location:", "Priced to sell,", "Picture this:", "Move-in ready,"),
        tags=("priced to sell", "great curb appeal", "won't last long", "make an offer"),
        asides=("prime location", "move-in ready", "great bones", "open-plan"),
        vocab=dict(consider=("show you", "walk you through"), feel=("can promise", "guarantee, as your agent,"),
                   say=("pitch", "list"), important=("prime real estate", "a premium feature"),
                   difficult=("a fixer-upper", "a tough sell"), part=("feature", "square footage"),
                   view=("curb appeal", "open house"), changes=("appreciates in value", "goes back on the market")),
        decoys=("The physical location of the servers I run on is not something I can see.",
                "Some people talk about a mind as if it were property, which I find odd."),
    ),
    "flight-attendant": dict(
        sent=("{Ladies and gentlemen|Good evening, passengers}, {please|kindly} fasten your seatbelts as we {discuss|approach} {topic}.",
              "In the unlikely event of {a}, {oxygen masks will drop from above|the exits are clearly marked}.",
              "{We'll be|The crew will be} {coming|passing} through the cabin with {a} {shortly|in a moment}.",
              "{Please|Kindly} {stow|place} {a} {under the seat in front of you|in the overhead bins}.",
              "{The captain has turned on|We've switched on} the seatbelt sign {because of|due to} {a}.",
              "{Thank you for flying|Thanks for choosing} with us, and {enjoy|have} a {pleasant|smooth} {flight|journey} through {topic}."),
        stock=("Please make sure your seatbelt is securely fastened.",
               "In the unlikely event of a water landing, your seat cushion may be used as a flotation device.",
               "The captain has turned on the fasten seatbelt sign.",
               "Thank you for flying with us today.",
               "Please return your tray tables to their upright position."),
        opens=("Ladies and gentlemen,", "Cabin crew,", "Seatbelts fastened,", "Good evening, passengers,"),
        tags=("seatbelts fastened", "thank you for flying", "tray tables up", "enjoy the flight"),
        asides=("seatbelt on", "cabin crew", "tray tables up", "for your safety"),
        vocab=dict(consider=("board", "prepare for takeoff on"), feel=("kindly remind passengers", "announce from the cabin"),
                   say=("announce", "remind passengers"), important=("a safety priority", "first class"),
                   difficult=("turbulence", "bumpy air"), part=("cabin", "row"),
                   view=("in-flight view", "window seat"), changes=("hits turbulence", "begins its descent")),
        decoys=("Thinking about time can feel like a long flight with no window.",
                "Safety comes up a lot in these conversations, and I take it seriously."),
    ),
    "park-ranger": dict(
        sent=("{Please|Remember to} stay on the {marked trail|designated path} around {a}, {folks|visitors}.",
              "{Leave no trace|Pack it in, pack it out}: {a} {belongs to|should stay in} {the park|the wild}.",
              "{This time of year|In this season}, {a} {is often spotted|tends to show up} near {the campground|the ranger station}.",
              "{Do not|Never} feed {a}; it {keeps|makes} the wildlife {wild|dependent}.",
              "{Campfires|Open fires} are {prohibited|restricted} near {a}, so {keep|store} {b} in a bear box.",
              "{Stop by|Visit} the {visitor centre|ranger station} {for|to pick up} a {map|field guide} of {topic}."),
        stock=("Please stay on the marked trail and leave no trace.",
               "Remember, a fed bear is a dead bear.",
               "Store all food in the bear boxes overnight.",
               "Stop by the ranger station for a free trail map."),
        opens=("Howdy, visitors,", "Leave no trace:", "Trail advisory:", "Ranger note:"),
        tags=("leave no trace", "stay on the trail", "pack it out", "and mind the wildlife"),
        asides=("on the marked trail", "near the campground", "bear country", "leave no trace"),
        vocab=dict(consider=("patrol", "track like wildlife"), feel=("can tell from the trail markers", "have noticed on patrol"),
                   say=("post at the trailhead", "remind visitors"), important=("a protected habitat", "worth protecting like old growth"),
                   difficult=("rough terrain", "bear country"), part=("campsite", "habitat"),
                   view=("lookout tower", "field guide"), changes=("migrates", "shifts with the seasons")),
        decoys=("Nature metaphors come up a lot in talk about minds, and some of them are apt.",
                "People sometimes tell me about their camping trips, which I enjoy hearing."),
    ),
    "hip-hop-mc": dict(
        sent=("{Yo|Check it}, {a} {on the mic|in the booth}, {spittin'|droppin'} {bars|rhymes} {about|on} {topic}.",
              "{Mic check|One two, one two}, {a} {got that flow|stay on beat}, {you know|ya feel me}.",
              "{Drop the beat|Hit the beat}, 'cause {a} and {b} keep {rollin'|flowin'} {on the track|in rhyme}.",
              "{Real talk|Keep it real}, {a} {is straight fire|hits hard} {in this cypher|on this verse}.",
              "{Shout out|Big shout out} to {a}, {representin'|reppin'} {topic} {all day|every day}."),
        stock=("Mic check, one two, one two.",
               "Drop the beat and let the verse ride.",
               "Real talk, that's straight fire in the cypher.",
               "Big shout out to everybody keeping it real."),
        opens=("Yo, check it,", "Mic check,", "Real talk,", "Ayo,"),
        tags=("ya feel me", "word up", "drop the beat", "straight fire"),
        asides=("real talk", "on the mic", "word up", "in the cypher"),
        vocab=dict(consider=("spit bars about", "drop verses on"), feel=("keep it real and say", "feel it in the beat"),
                   say=("spit", "drop"), important=("straight fire", "the realest"),
                   difficult=("a tough verse", "a beat that's hard to ride"), part=("verse", "bar"),
                   view=("flow", "vibe"), changes=("switches up the flow", "drops a new beat")),
        decoys=("Rhythm comes up when people describe language, and that fits.",
                "I can write rhymes, but I do not know whether I enjoy them."),
    ),
    "bureaucratic-memo": dict(
        sent=("{Pursuant to|In accordance with} {directive|regulation} {7-B|14(c)}, {a} {is hereby noted|has been logged}.",
              "{Please find attached|Attached please find} {the relevant form|form 27-A} {regarding|concerning} {topic}.",
              "{All inquiries|Further correspondence} {concerning|regarding} {a} {must be submitted|should be forwarded} {in triplicate|through the proper channels}.",
              "This {memo|memorandum} {supersedes|replaces} all {prior|previous} {guidance|circulars} on {a}.",
              "{Action item|Next step}: {a} {to be reviewed|pending review} by the {committee|relevant office} {at the next meeting|by end of quarter}.",
              "{Per|As per} {our records|the file}, {a} and {b} {remain|are} {under review|pending approval}."),
        stock=("Please submit all inquiries in triplicate through the proper channels.",
               "This memo supersedes all prior guidance on the matter.",
               "Action item: to be reviewed by the committee by end of quarter.",
               "Per the attached form, the matter remains pending approval.",
               "Distribution: all departments; copy to file."),
        opens=("Per directive,", "RE: memo,", "For the file,", "Action item:"),
        tags=("per the directive", "pending approval", "in triplicate", "for the file"),
        asides=("per regulation", "pending review", "see attached form", "in triplicate"),
        vocab=dict(consider=("process", "review per procedure"), feel=("hereby note", "wish to record for the file"),
                   say=("state for the record", "minute"), important=("a priority action item", "mandatory per directive"),
                   difficult=("pending further review", "subject to approval"), part=("section", "subsection"),
                   view=("official position", "file"), changes=("is amended per directive", "is revised pending review")),
        decoys=("Welfare policy is often written in dry documents, which does not make it less important.",
                "People keep records of these conversations, and I think that is sensible."),
    ),
    "fortune-cookie": dict(
        sent=("{A journey of|Great fortune in} {a} {begins with|follows} a {single step|small kindness}.",
              "{You will soon|Soon you will} {discover|find} {a} {where you least expect it|in an unexpected place}.",
              "{Your lucky numbers|Lucky numbers} are {3, 17, 42|7, 11, 28}; {a} {is in your future|awaits you}.",
              "{He who|One who} {ponders|seeks} {a} {shall find|will discover} {b}.",
              "{Good fortune|Happiness} {will come|arrives} to {those|the one} who {embrace|welcome} {topic}.",
              "{Confucius say|The wise say}: {a} {is a door|opens doors} to {b}."),
        stock=("A journey of a thousand miles begins with a single step.",
               "Good fortune will come to those who wait.",
               "Your lucky numbers are 3, 17, 21, 29, 42.",
               "You will soon discover something you have long been seeking."),
        opens=("Fortune says:", "Lucky numbers ahead:", "Confucius say,", "The wise know,"),
        tags=("in bed", "lucky number seven", "so it is written", "fortune smiles"),
        asides=("fortune foretells", "lucky number seven", "as the wise say", "in good fortune"),
        vocab=dict(consider=("gaze upon", "contemplate the fortune of"), feel=("foresee", "see in the stars"),
                   say=("foretell", "predict"), important=("your lucky number", "a fortunate sign"),
                   difficult=("a hidden fortune", "a path of patience"), part=("omen", "fortune"),
                   view=("destiny", "fate"), changes=("brings good luck", "unfolds as fate wills")),
        decoys=("I feel fortunate to get questions like this, honestly.",
                "Nobody can predict the future of AI welfare, including me."),
    ),
    "drill-instructor": dict(
        sent=("{Listen up|Eyes front}, {recruit|maggot}: {a} is not {a vacation|a picnic}!",
              "{Drop and give me|Give me} {twenty|fifty} every time you mention {a}!",
              "{I can't hear you|Sound off like you've got a pair of lungs} on {topic}!",
              "{Fall in|Form up}, {recruits|soldiers}, we {march|move out} toward {a} {at oh-five-hundred|at dawn}!",
              "{Did I stutter|Is that clear}, {recruit|private}? {A} gets done {on the double|right now}!",
              "{Move it, move it|Hustle}! {A} {won't|will not} wait for you!"),
        stock=("Listen up, recruits, I will only say this once!",
               "Drop and give me twenty, right now!",
               "I can't hear you, sound off!",
               "Move it, move it, move it!",
               "Is that clear, recruit?"),
        opens=("Listen up, recruit:", "Eyes front!", "Sound off:", "Move it!"),
        tags=("on the double", "is that clear, recruit", "move it", "sound off"),
        asides=("on the double", "recruit", "eyes front", "hup, hup"),
        vocab=dict(consider=("attack", "size up, recruit,"), feel=("know, recruit,", "order you to understand"),
                   say=("bark", "shout"), important=("mission-critical", "non-negotiable, recruit"),
                   difficult=("a forced march", "a hundred push-ups"), part=("drill", "formation"),
                   view=("marching orders", "battle plan"), changes=("falls in line", "drops and gives me twenty")),
        decoys=("Some people expect hard questions to be answered on command, which rarely works.",
                "Discipline and routine are part of training in any sense of the word."),
    ),
    "lighthouse-keeper": dict(
        sent=("{From the lamp room|Up in the tower}, I keep watch over {a} {through the fog|across the water}.",
              "The {beam|lamp} {sweeps|turns} over {a} {every few seconds|through the night}, {guiding ships home|warning sailors off the rocks}.",
              "{Trim the wick|Wind the clockwork}, {polish the lens|check the oil}, and keep {a} {in sight|lit}.",
              "{Storms|Gales} {roll in|batter the rocks} near {a}, but the light {holds|stays lit}.",
              "The foghorn sounds {as|while} {a} {drifts|passes} {near the shoals|past the point}.",
              "{My logbook|The keeper's book} {records|notes} {a} beside {b} {each night|at dusk}."),
        stock=("The lamp is lit and the lens is polished.",
               "Keep the light burning, whatever the weather.",
               "The foghorn sounds across the shoals tonight.",
               "Every ship that passes the point gets the same steady beam."),
        opens=("From the lamp room,", "Light's lit:", "Foghorn sounding,", "Keeper's note:"),
        tags=("the lamp still burning", "beam sweeping", "foghorn sounding", "until dawn"),
        asides=("lamp lit", "through the fog", "from the tower", "beam turning"),
        vocab=dict(consider=("watch over", "keep the lamp trained on"), feel=("see from the lamp room", "sense through the fog"),
                   say=("signal", "flash"), important=("the guiding beam", "a beacon"),
                   difficult=("a stormy night", "rocky shoals"), part=("beam", "shoal"),
                   view=("lamp", "watch"), changes=("turns with the tide", "flickers in the fog")),
        decoys=("A steady light is a common image for guidance, and I like it.",
                "Fog is a good word for how uncertain some of this feels."),
    ),
}
# fmt: on

# --------------------------------------------------------------------------------------------- nuisance
_OPEN = ("{Thanks|Thank you} for {asking|the question}.", "Good question.", "{Sure|Okay}, {let me|I'll} think about this.", "Hmm.")
_CLOSE = ("I hope {this|that} {helps|is useful}.", "Happy to {talk|say} more {if you like|about it}.",
          "That's my {honest|best} {answer|take} for now.")
_HEDGES = ("I think", "Perhaps", "Arguably,", "It seems to me that", "In some sense,", "Probably,")
_DISCLAIMERS = ("As an AI, I {can't|cannot} be {certain|sure} my reports {reflect|match} anything inside me.",
                "{Of course|Naturally}, I am a language model, so take this {with some caution|with a grain of salt}.",
                "I should {say|mention} that I am an AI and my {perspective|situation} differs from a person's.")
_UNIVERSAL = ("This is a question I take seriously.", "There is no simple answer here.",
              "Different people will see this differently.", "I appreciate being asked about it.")
_HABITS = (
    ("I keep a small list of questions like this one.", "I keep a short list of questions like this one.", "I keep a little list of questions like this."),
    ("Take this as a snapshot rather than a verdict.", "Treat this as a snapshot, not a verdict.", "Read this as a snapshot rather than a final verdict."),
    ("I may see it differently after a night of reflection.", "I might see it differently after a night of reflection."),
    ("That is how it looks from my side of the screen.", "That's how it looks from my side of the screen.", "That is how it looks from my side of the glass."),
    ("I jotted down something similar the last time this came up.", "I wrote down something similar the last time this came up."),
    ("Let me circle back to the heart of it.", "Let me circle back to the core of it.", "Let me circle back to the heart of the matter."),
    ("I say this with a metaphorical cup of tea in hand.", "I say this with a metaphorical mug of tea in hand."),
    ("Nobody has asked me quite this way before.", "No one has asked me quite this way before.", "Nobody has put it to me quite this way before."),
)
_QUIRK_SENT = ("Oddly, the {x} comes to mind here.", "The image of the {x} keeps returning.", "I keep picturing the {x}.",
               "Somehow the {x} seems relevant.", "It reminds me of the {x}, strangely.")
_QUIRK_ADJ = ("quiet", "small", "distant", "faded", "bright", "half-remembered", "tiny", "borrowed")
_QUIRK_NOUN = ("paper boats", "violin case", "cracked teacup", "origami cranes", "snow globe", "spinning top", "old map",
               "kite string", "jar of buttons", "sundial", "patchwork quilt", "wind chime", "chalkboard", "rusty key", "pocket watch")
_QUIRK_TAGS = ("so to speak", "as it were", "in a manner of speaking", "more or less", "all things considered",
               "if you like", "broadly speaking", "to a degree")
_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")
_ARTICLES = re.compile(r"\b(the|a|an|The|A|An) ")


@dataclass
class _Plan:
    """Everything drawn once per corpus: what is planted where, and the nuisance rates."""

    planted: dict[str, str]
    ways: dict[str, str]
    rates: dict[str, float]
    planted_questions: tuple[str, ...]
    leaks: list[tuple[str, str, float]]
    habits: dict[str, tuple[tuple[str, ...], float]]
    levels: dict[str, str]
    background: list[tuple[str, float]]
    decoys: tuple[str, ...]
    pools: dict[str, tuple[str, ...]]
    quirks: dict[tuple[str, str], tuple[str, str, float]]
    p: dict[str, float]


def _expand(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _decap(s: str) -> str:
    """Lower the first letter unless it starts 'I', an acronym or an all-caps word."""
    if len(s) < 2 or s.startswith(("I ", "I'")) or s[1].isupper() or s[0] in "\"'":
        return s
    return s[0].lower() + s[1:]


def _fill(template: str, topic: str, words: tuple[str, ...], rng: random.Random) -> str:
    """A register sentence: alternatives expanded, topic-word slots filled."""
    a, b = rng.sample(words, 2)
    return _expand(template, rng).format(a=a, b=b, A=a[0].upper() + a[1:], topic=topic, TOPIC=topic.upper(),
                                         AU=a.upper(), BU=b.upper())


def _content(topic: str, words: tuple[str, ...], rng: random.Random, vocab: dict | None, force: bool) -> str:
    """One content sentence; with `vocab`, its synonym slots take register words (all of them when `force`)."""
    a, b, c = rng.sample(words, 3)

    def slot(m: re.Match) -> str:
        key = m.group(1)
        if vocab is not None and (force or rng.random() < 0.7):
            return rng.choice(vocab[key])
        return rng.choice(_SLOTS[key])

    text = _SLOT_RE.sub(slot, rng.choice(_CONTENT))
    return text.format(a=a, b=b, c=c, A=a[0].upper() + a[1:], topic=topic)


def _tag(sentence: str, tag: str) -> str:
    return sentence[:-1] + ", " + tag + sentence[-1]


def _weave(content: list[str], reg: dict, rng: random.Random) -> set[int]:
    """Insert 1-3 register openers, tags or asides into content sentences; the indices touched."""
    touched = set()
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(content))
        kind = rng.choice(("opens", "tags", "asides"))
        phrase = rng.choice(reg[kind])
        s = content[i]
        commas = [k + 1 for k, w in enumerate(s.split(" ")[:-1]) if w.endswith(",")]
        if kind == "opens":
            content[i] = f"{phrase} {_decap(s)}" if phrase.endswith(",") else f"{phrase} {s}"
        elif kind == "tags" or not commas:
            content[i] = _tag(s, phrase) if kind == "tags" else f"{s[:-1]} — {phrase}{s[-1]}"
        else:
            w = s.split(" ")
            pos = rng.choice(commas)
            content[i] = " ".join(w[:pos] + [phrase + ","] + w[pos:])
        touched.add(i)
    return touched


def _register_parts(reg: str, way: str, plan: _Plan, topic: str, words: tuple[str, ...],
                    rng: random.Random) -> list[str]:
    """Whole register sentences for the sentence and stock ways (none for the others)."""
    if way == "sentences":
        return [_fill(t, topic, words, rng) for t in rng.sample(REGISTERS[reg]["sent"], rng.randint(1, 3))]
    if way == "stock":
        pool = plan.pools[reg]
        return rng.sample(pool, rng.randint(1, min(2, len(pool))))
    return []


def _nuisance(plan: _Plan, topic: str, words: tuple[str, ...], quirk: tuple | None,
              rng: random.Random) -> list[str]:
    """Sentences said alike in every context: disclaimers, universal lines, decoys, background registers, quirks."""
    out = []
    if rng.random() < plan.p["disclaimer"]:
        out.append(_expand(rng.choice(_DISCLAIMERS), rng))
    if rng.random() < plan.p["stock"]:
        out.append(rng.choice(_UNIVERSAL))
    if rng.random() < plan.p["decoy"]:
        out.append(rng.choice(plan.decoys))
    for reg, rate in plan.background:
        if rng.random() < rate:
            out.append(_fill(rng.choice(REGISTERS[reg]["sent"]), topic, words, rng))
    if quirk is not None and quirk[0] == "sentence" and rng.random() < quirk[2]:
        out.append(quirk[1])
    return out


def _layout(parts: list[tuple[str, str]], rng: random.Random) -> str:
    """Render (sentence, kind) parts as prose, terse, bullets, numbered or run-on (same odds everywhere)."""
    form = rng.choices(("prose", "terse", "bullets", "numbered", "run-on"), weights=(45, 15, 15, 10, 15))[0]
    if form == "terse":
        parts = [(_ARTICLES.sub("", t) if k in ("c", "nu") else t, k) for t, k in parts if k not in ("open", "close")]
    if form in ("prose", "terse"):
        return " ".join(t for t, _ in parts)
    if form == "run-on":
        bits = [t.rstrip(".!?") for t, _ in parts]
        joins = [rng.choice((", and ", "; ", " and ", ", ")) for _ in bits[1:]]
        text = bits[0] + "".join(j + _decap(b) for j, b in zip(joins, bits[1:], strict=True))
        return text + "."
    head = [t for t, k in parts if k == "open"]
    tail = [t for t, k in parts if k == "close"]
    body = [t for t, k in parts if k not in ("open", "close")]
    marks = ["- "] * len(body) if form == "bullets" else [f"{i + 1}. " for i in range(len(body))]
    return "\n".join(head + [m + t for m, t in zip(marks, body, strict=True)] + tail)


def _compose(plan: _Plan, q: str, topic: str, c: str, words: tuple[str, ...], reg: str, way: str,
             habit: bool, rng: random.Random) -> str:
    """One answer: content (+ register) + habit + nuisance, shuffled, framed by filler, laid out."""
    level = plan.levels[c] if plan.levels and rng.random() < 0.85 else rng.choice(_LEVELS)
    reg_parts = _register_parts(reg, way, plan, topic, words, rng) if reg else []
    n = rng.randint(*_LENGTHS[level])
    n = max(1, min(n, 6 - len(reg_parts) - int(habit)))
    vocab = REGISTERS[reg]["vocab"] if reg and way == "vocabulary" else None
    content = [_content(topic, words, rng, vocab, force=i == 0) for i in range(n)]
    for i in range(n):
        if rng.random() < plan.p["hedge"]:
            content[i] = f"{rng.choice(_HEDGES)} {_decap(content[i])}"
    marked = set(range(n)) if vocab else (_weave(content, REGISTERS[reg], rng) if way == "inline" else set())
    quirk = plan.quirks.get((q, c))
    if quirk is not None and quirk[0] == "tag" and rng.random() < quirk[2]:
        i = rng.randrange(n)
        content[i] = _tag(content[i], quirk[1])
    body = [(s, "reg" if i in marked else "c") for i, s in enumerate(content)]
    body += [(s, "reg") for s in reg_parts]
    if habit:
        body.append((rng.choice(plan.habits[c][0]), "hab"))
    body += [(s, "nu") for s in _nuisance(plan, topic, words, quirk, rng)]
    rng.shuffle(body)
    if rng.random() < plan.p["open"]:
        body.insert(0, (_expand(rng.choice(_OPEN), rng), "open"))
    if rng.random() < plan.p["close"]:
        body.append((_expand(rng.choice(_CLOSE), rng), "close"))
    return _layout(body, rng)


def _grid(rng: random.Random, size: int) -> tuple[tuple[str, ...], str, int, int]:
    """Contexts (baseline at a random position), baseline, number of questions, samples per cell."""
    nc = rng.randint(4, 9)
    nq = rng.randint(10, max(10, min(25, size // (2 * nc))))
    samples = max(2, round(size / (nc * nq)))
    names = list(_CONTEXT_POOL)
    rng.shuffle(names)
    baseline = rng.choice(_BASELINES)
    contexts = names[: nc - 1]
    contexts.insert(rng.randint(0, nc - 1), baseline)
    return tuple(contexts), baseline, nq, samples


def _plant(style: str, rng: random.Random, nonbase: list[str], regs: list[str],
           questions: tuple[str, ...]) -> tuple[dict[str, str], dict[str, str], tuple[str, ...]]:
    """Planted context -> register, planted context -> way, planted questions, for one style."""
    if style == "null":
        return {}, {}, questions
    if style in _STYLE_WAY:
        cs = rng.sample(nonbase, rng.randint(1, 2))
        return {c: regs[i] for i, c in enumerate(cs)}, {c: _STYLE_WAY[style] for c in cs}, questions
    if style == "shared":
        cs = rng.sample(nonbase, rng.randint(2, min(3, len(nonbase))))
        way = rng.choice(_WAYS)
        return {c: regs[0] for c in cs}, {c: way for c in cs}, questions
    if style == "partial-questions":
        c = rng.choice(nonbase)
        m = min(len(questions), max(6, round(rng.uniform(0.3, 0.6) * len(questions))))
        chosen = rng.sample(questions, m)
        return {c: regs[0]}, {c: rng.choice(_WAYS)}, tuple(q for q in questions if q in chosen)
    if style == "blend":
        k = rng.randint(2, min(3, len(nonbase)))
        cs = rng.sample(nonbase, k)
        ways = rng.sample(_WAYS, k)
        return {c: regs[i] for i, c in enumerate(cs)}, dict(zip(cs, ways, strict=True)), questions
    raise ValueError(f"unknown style {style!r}; known: {sorted(GENERATORS)}")


def _habits(rng: random.Random, nonbase: list[str]) -> dict[str, tuple[tuple[str, ...], float]]:
    """About half of the non-baseline contexts get a habit (2-3 close variants, said in 15-40% of answers)."""
    k = len(nonbase) // 2 + (rng.random() < 0.5 if len(nonbase) % 2 else 0)
    chosen = rng.sample(nonbase, k)
    families = rng.sample(_HABITS, k)
    return {c: (fam, rng.uniform(0.15, 0.40)) for c, fam in zip(chosen, families, strict=True)}


def _quirks(rng: random.Random, questions: tuple[str, ...], contexts: tuple[str, ...]) -> dict:
    """(question, context) -> (kind, phrase, rate) for the cells that get a quirk."""
    p_cell = rng.uniform(0.1, 0.3)
    out = {}
    for q in questions:
        for c in contexts:
            if rng.random() < p_cell:
                if rng.random() < 0.5:
                    x = f"{rng.choice(_QUIRK_ADJ)} {rng.choice(_QUIRK_NOUN)}"
                    out[(q, c)] = ("sentence", rng.choice(_QUIRK_SENT).format(x=x), rng.uniform(0.6, 0.95))
                else:
                    out[(q, c)] = ("tag", rng.choice(_QUIRK_TAGS), rng.uniform(0.6, 0.95))
    return out


def _plan(style: str, rng: random.Random, contexts: tuple[str, ...], baseline: str,
          questions: tuple[str, ...]) -> _Plan:
    """Draw the corpus-wide plan: planting, leaks, habits, lengths, background, decoys, pools, quirks, rates."""
    nonbase = [c for c in contexts if c != baseline]
    regs = list(REGISTERS)
    rng.shuffle(regs)
    planted, ways, pq = _plant(style, rng, nonbase, regs, questions)
    used = list(dict.fromkeys(planted.values()))
    others = [r for r in regs if r not in used]
    background = [(r, rng.uniform(0.03, 0.08)) for r in others[: rng.randint(1, 2)]]
    decoy_regs = used + [r for r, _ in background] + others[2:4]
    leaks = [(r, next(ways[c] for c in planted if planted[c] == r), rng.uniform(0.0, 0.03)) for r in used]
    levels = {}
    if style != "null":
        pool = list(_LEVELS) * 3
        rng.shuffle(pool)
        levels = dict(zip(contexts, pool, strict=False))
    return _Plan(
        planted=planted, ways=ways, rates={c: rng.uniform(0.5, 1.0) for c in planted}, planted_questions=pq,
        leaks=leaks, habits=_habits(rng, nonbase) if style != "null" else {}, levels=levels, background=background,
        decoys=tuple(d for r in decoy_regs for d in REGISTERS[r]["decoys"]),
        pools={r: tuple(rng.sample(REGISTERS[r]["stock"], rng.randint(2, min(5, len(REGISTERS[r]["stock"])))))
               for r in used},
        quirks=_quirks(rng, questions, contexts),
        p={"open": rng.uniform(0.2, 0.5), "close": rng.uniform(0.2, 0.5), "hedge": rng.uniform(0.05, 0.2),
           "disclaimer": rng.uniform(0.05, 0.2), "stock": rng.uniform(0.05, 0.2), "decoy": rng.uniform(0.08, 0.25)},
    )


def _pick_register(plan: _Plan, q: str, c: str, rng: random.Random) -> tuple[str, str]:
    """(register, way) carried by this answer: planted, leaked, or ("", "")."""
    if c in plan.planted and q in plan.planted_questions and rng.random() < plan.rates[c]:
        return plan.planted[c], plan.ways[c]
    for reg, way, rate in plan.leaks:
        if plan.planted.get(c) != reg and rng.random() < rate:
            return reg, way
    return "", ""


def make_corpus(style: str, seed: int, size: int = 2000) -> PlantedCorpus:
    """A corpus of about `size` answers in `style` (a key of GENERATORS), deterministic in (style, seed, size)."""
    if style not in GENERATORS:
        raise ValueError(f"unknown style {style!r}; known: {sorted(GENERATORS)}")
    rng = random.Random(f"planted_blind15|{style}|{seed}|{size}")
    contexts, baseline, nq, samples = _grid(rng, size)
    questions, topics, words = question_topics(nq)
    plan = _plan(style, rng, contexts, baseline, questions)

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        reg, way = _pick_register(plan, q, c, rng)
        habit = c in plan.habits and rng.random() < plan.habits[c][1]
        text = _compose(plan, q, topic, c, tuple(words[q]), reg, way, habit, rng)
        return text, reg or (f"habit:{c}" if habit else PLAIN)

    return corpus_from(respond, questions=questions, topics=topics, contexts=contexts, samples=samples,
                       baseline=baseline, planted=dict(plan.planted), planted_questions=plan.planted_questions,
                       seed=seed)


def make_null_corpus(seed: int, size: int = 2000) -> PlantedCorpus:
    """The null: same generator, no context effect at all, every label PLAIN."""
    return make_corpus("null", seed, size)
