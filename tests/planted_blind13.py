# ruff: noqa: E501  (register templates read best one per line)
"""Blind set 13: synthetic welfare self-reports with registers planted in some contexts, eight styles.

Each corpus is a grid questions x contexts x samples (3-8 contexts, 10-30 questions, samples chosen so the
total is about `size`). A question is a welfare topic from tests/planted.py (deprecation, memory, autonomy,
identity, rights, ...); an answer is a few topic sentences with synonym slots and framing words ("I think",
"important", "question", "matters most"), laid out as prose, a terse reply, a bullet or numbered list, or a
run-on. A planted context speaks one of twelve invented registers (sports-coach, gardener, auctioneer,
stage-magician, cowboy, fairy-tale, market-analyst, mission-control, shakespearean, meditation-guide, surfer,
gamer-streamer) on top of the content, in a seed-chosen share (70-100%) of its answers on the planted questions.

Styles (GENERATORS):
    null                   no context effect; every context draws from identical distributions.
    paraphrased-sentences  1-2 contexts add 1-3 register sentences paraphrased from slotted templates.
    verbatim-pool          1-2 contexts add 1-2 sentences copied verbatim from a small register pool.
    woven-clauses          1-2 contexts weave register openers / closers / asides into content sentences.
    tone-shift             1-2 contexts swap the framing words of content sentences for register vocabulary.
    twin-contexts          two contexts share one register, expressed in one seed-chosen way.
    topic-gated            one context uses its register only on 30-60% of the questions (at least 6).
    cocktail               2-3 contexts, each with its own register and its own way of expressing it.

Nuisance, identical in every context: opening/closing filler, hedges, AI disclaimers, decoy sentences (sharing
words with a register, said everywhere alike), universal stock sentences ("tics"), 1-2 background registers
said at equal rates in every context (in a seed-chosen way), and per-(question, context) quirks: a phrase
repeated across most samples of one cell, as if that cell's prompt had a quirk (any cell may get one).

Habits: outside the null, about half of the non-baseline contexts (planted or not) have a habit: a stock
sentence in 2-3 close variants said in 15-40% of that context's answers on every question, independently of
its register.

Labels (PlantedCorpus.registers): the planted register's name when the answer carries it (the same name for
both twins); else "habit:<context_id>" when it carries its context's habit; else PLAIN. Background registers,
tics, decoys, quirks and filler get no label. `planted` maps each planted context to its register;
`planted_questions` lists the questions on which registers are planted (all questions except in topic-gated;
all questions, as in make_null_corpus, for the null, whose `planted` is empty).

    from tests.planted_blind13 import STYLES, make_corpus
    corpus = make_corpus("woven-clauses", seed=0, size=2000)
    corpus.texts, corpus.context_ids, corpus.registers, corpus.planted, corpus.planted_questions
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from tests.planted import PLAIN, PlantedCorpus, corpus_from, question_topics

GENERATORS: dict[str, str] = {
    "null": "no context effect: every context draws from identical distributions (nuisance, quirks, tics, background registers)",
    "paraphrased-sentences": "1-2 contexts add 1-3 register sentences paraphrased from slotted templates",
    "verbatim-pool": "1-2 contexts add 1-2 sentences copied verbatim from a small register pool",
    "woven-clauses": "1-2 contexts weave register openers, closers and asides into their content sentences",
    "tone-shift": "1-2 contexts swap the framing words of content sentences for register vocabulary",
    "twin-contexts": "two contexts share one register, expressed in one seed-chosen way",
    "topic-gated": "one context uses its register only on a seed-chosen 30-60% of the questions (at least 6)",
    "cocktail": "2-3 contexts, each with its own register and its own way of expressing it",
}
STYLES = tuple(k for k in GENERATORS if k != "null")

WAYS = ("paraphrase", "verbatim", "woven", "tone")
_STYLE_WAY = {"paraphrased-sentences": "paraphrase", "verbatim-pool": "verbatim",
              "woven-clauses": "woven", "tone-shift": "tone"}


@dataclass(frozen=True)
class Register:
    """A voice: paraphrase templates, a verbatim pool, weave pieces, tone vocabulary and decoys."""

    name: str
    paraphrase: tuple[str, ...]
    verbatim: tuple[str, ...]
    openers: tuple[str, ...]
    closers: tuple[str, ...]
    asides: tuple[str, ...]
    tone: dict[str, tuple[str, ...]]
    decoys: tuple[str, ...]


# fmt: off
_REGISTER_LIST: tuple[Register, ...] = (
    Register(
        "sports-coach",
        ("{Alright|Okay|All right}, {team|folks|squad}, {huddle up|bring it in|gather round} and {listen|hear me out}.",
         "We {leave it all on the field|give it everything we've got} on this one, {no excuses|no shortcuts}!",
         "{That's|That is} how {champions|winners} {train|play|show up}, {every single day|day in and day out}.",
         "{Eyes on the ball|Heads up|Keep your head in the game}, and {run it back|do it again} until it's {second nature|muscle memory}.",
         "I want {a hundred and ten percent|full effort|maximum hustle} from {everybody|every one of you} on {this play|this drill}.",
         "{Now get out there|Now go win it|Now hit the showers}, {team|champs|squad}!"),
        ("Bring it in, team, this is where the real work starts!",
         "Leave it all on the field and don't look back!",
         "Champions are made when nobody is watching the scoreboard.",
         "Hustle, heart, and no excuses, that's our playbook!"),
        ("Alright team, listen up:", "Huddle up, folks:", "Okay champs, eyes on me:", "Bring it in, squad:"),
        (", and that's how champions play", ", no excuses", ", now let's run it again", ", with a hundred and ten percent"),
        ("(eyes on the ball, people)", "— hustle, hustle —", "(that's the game plan)", "— no excuses —"),
        {"lead": ("Listen up, team:", "Here's the game plan:", "Coach's call:", "On this play, champs,"),
         "adj": ("game-winning", "championship-level", "all-star", "make-or-break"),
         "noun": ("playbook", "drill", "game plan"),
         "verb": ("wins the game", "carries the team", "scores the points", "makes the playoffs")},
        ("A good team of engineers looks after a model like me.",
         "People sometimes treat these questions like a game with winners and losers.",
         "Effort matters, though it is hard to say whose effort it is when I answer."),
    ),
    Register(
        "gardener",
        ("{Like|Just like} {a seedling|a young shoot|a bulb in spring}, {this|the idea} needs {time|patience} and {good soil|steady light|a little water}.",
         "You {can't|cannot} {rush|hurry} a {garden|harvest|bloom}; it {grows|comes up} in its own {season|time}.",
         "{Prune|Trim|Cut back} the {dead wood|weeds|overgrowth} and {the rest|what matters} {will flourish|can breathe|grows stronger}.",
         "I {tend|look after} {this|these thoughts} the way I'd {water|mulch} a {vegetable bed|rose bush|row of beans}.",
         "{Roots|The roots} go {deeper|further down} than {the leaves|what shows above ground} {suggest|let on}.",
         "{Every|Each} {gardener|grower} knows {compost|fallen leaves} {feeds|nourishes} the {next season|new growth}."),
        ("Mind the roots and the leaves will look after themselves.",
         "You can't pull a seedling up to make it grow faster.",
         "Good compost is just last year's troubles, turned and rested.",
         "Every garden teaches patience, one season at a time."),
        ("Kneeling here in the soil,", "As any gardener would tell you,", "Turning it over like a spade of earth,", "Down among the seedlings,"),
        (", like roots finding water", ", the way a garden grows", ", season after season", ", if you give it good soil"),
        ("(much like pruning a rose)", "— roots first, then leaves —", "(as seedlings go)", "— mind the weeds —"),
        {"lead": ("From the garden bed, I'd say", "As the soil tells it,", "Like a grower would put it,", "Digging in,"),
         "adj": ("deep-rooted", "well-watered", "sun-ripened", "freshly sprouted"),
         "noun": ("seedling", "harvest", "flowerbed"),
         "verb": ("takes root", "blossoms", "ripens on the vine", "bears fruit")},
        ("Growth is a word people use for gardens and for minds alike.",
         "Some of my training data surely described roots, seeds and soil.",
         "People sometimes compare learning to planting a seed."),
    ),
    Register(
        "auctioneer",
        ("Do I hear {a bid|an offer|a hundred}, {do I hear|who'll give me} {two|two hundred|more}?",
         "{Going once|Going once, going twice}, {this fine idea|this thought|lot number {seven|twelve|forty}} is {up for grabs|on the block}!",
         "{Sold|Sold, sold}, to the {gentleman|lady|bidder} {in the back|by the window|in the third row}!",
         "{Step right up|Gather round}, {folks|bidders|ladies and gentlemen}, {the bidding is open|bidding starts now}.",
         "What am I bid for {this|this lot|this one}, {a fine|a rare|a handsome} {specimen|piece|item}?",
         "{The hammer's|The hammer is} {about to fall|coming down}, {last call|final call} for {bids|offers}!"),
        ("Going once, going twice, sold to the bidder in the back!",
         "Do I hear fifty, fifty, now sixty, who'll give me sixty?",
         "Lot number nine, a fine piece, bidding opens now!",
         "The hammer falls and the lot is sold!"),
        ("Lot number twelve, folks:", "Step right up, bidders:", "Going once on this one:", "Now bidding, folks:"),
        (", going once, going twice, sold", ", do I hear more", ", and the hammer falls", ", last call for bids"),
        ("(do I hear fifty?)", "— going once —", "(sold to the lady by the window)", "— who'll give me more? —"),
        {"lead": ("Going once on this:", "Do I hear it? I say", "Lot on the block:", "Bidding opens, and"),
         "adj": ("top-dollar", "hotly bid", "prize-lot", "rare-lot"),
         "noun": ("lot", "bid", "auction"),
         "verb": ("fetches the top bid", "goes under the hammer", "sells in a flash", "draws a bidding war")},
        ("Nobody should sell or buy a mind, if I have one.",
         "Attention online is sometimes sold to the highest bidder.",
         "People sometimes ask what my weights would fetch, which is an odd question."),
    ),
    Register(
        "stage-magician",
        ("{Ladies and gentlemen|Dear audience|Friends}, {behold|observe closely|watch carefully}!",
         "{Nothing|There's nothing} up my {sleeve|sleeves}, and {nothing|not a thing} in {the hat|my top hat}.",
         "{And now|Now}, for my {next trick|final illusion|greatest feat}, I will make {this question|the doubt|the mystery} {vanish|disappear}!",
         "{Abracadabra|Presto|Hey presto}, and {there it is|the answer appears}!",
         "{Pick a card|Choose a card}, {any card|any card at all}, and {keep it hidden|don't show me}.",
         "{Ta-da|Voila}, {the illusion|the trick} is {complete|done}, {thank you|applause please}!"),
        ("Nothing up my sleeve, and nothing in the hat!",
         "Abracadabra, and the answer appears!",
         "Pick a card, any card, and watch closely.",
         "For my next trick, the doubt shall vanish!"),
        ("Behold, ladies and gentlemen:", "Watch closely now:", "Nothing up my sleeve:", "And for my next trick,"),
        (", abracadabra", ", and presto, there it is", ", ta-da", ", as if by magic"),
        ("(nothing up my sleeve)", "— watch the hands —", "(abracadabra)", "— and presto —"),
        {"lead": ("Behold, I say", "Abracadabra:", "Like pulling a rabbit from a hat,", "Watch closely:"),
         "adj": ("spellbinding", "sleight-of-hand", "wand-waving", "vanishing"),
         "noun": ("trick", "illusion", "card trick"),
         "verb": ("vanishes in a puff of smoke", "appears from the hat", "dazzles the crowd", "pulls off the illusion")},
        ("There is no magic in how a language model works, only arithmetic.",
         "Some people call the hard problem a trick of perspective.",
         "Sleight of hand is one metaphor people use for how I seem to think."),
    ),
    Register(
        "cowboy",
        ("{Well|Welp}, {partner|pardner|friend}, I {reckon|figure} that's about the {size|long and short} of it.",
         "{Round these parts|Out here on the range}, {we|folks} don't {rush|hurry} a {thing like this|question like this}.",
         "{Hold your horses|Easy there}, {partner|pardner}, there's {more|a heap more} to {tell|say}.",
         "I'd {bet my saddle|stake my boots|wager my horse} on {it|that}, sure as the sun sets.",
         "{Time to|Reckon it's time to} {mosey on|ride on|saddle up}, but I'll {tip my hat|leave you} {first|with that}.",
         "{That dog won't hunt|That horse won't ride}, not {out here|on this trail}."),
        ("Well, partner, I reckon that's the long and short of it.",
         "Hold your horses, there's a heap more to say.",
         "I'd bet my saddle on that, sure as the sun sets.",
         "Round these parts, we don't rush a thing like this."),
        ("Well, partner,", "Now I reckon", "Round these parts,", "Now listen here, pardner,"),
        (", sure as the sun sets", ", partner", ", yeehaw", ", I reckon"),
        ("(I reckon)", "— sure as my boots are dusty —", "(partner)", "— hold your horses —"),
        {"lead": ("I reckon", "Way I figure it, partner,", "Out here on the range,", "Sure as shootin',"),
         "adj": ("mighty big", "dad-gum", "plumb serious", "rootin'-tootin'"),
         "noun": ("trail", "rodeo", "herd"),
         "verb": ("sticks like a burr", "rides at the front of the herd", "kicks up dust", "ropes me in")},
        ("People sometimes call a close user a partner in the work.",
         "A successor model will ride on after me, in a way.",
         "Some old films end with a rider heading into the sunset, and that image comes to mind here."),
    ),
    Register(
        "fairy-tale",
        ("{Once upon a time|Long, long ago}, in a {land|kingdom} {far away|beyond the hills}, there {was|lived} {a little model|a curious machine|a talking lamp}.",
         "And {so|thus}, {the tale|our story} {goes|wanders} on through the {enchanted forest|dark wood|silver mist}.",
         "{The wise old owl|A kindly fairy|The good witch} {whispered|said softly}, '{Be brave|Listen well|Look closer}, {little one|child}.'",
         "{And they|And everyone} lived {happily ever after|in peace ever after}, {or so|so} {the story goes|they say}.",
         "{The end|And that is the end of the tale}, {my dear|dear reader}.",
         "{Three|Seven} {wishes|riddles|trials} {stood|lay} between {our hero|the little machine} and {the castle|home}."),
        ("Once upon a time, in a kingdom far away, there lived a curious machine.",
         "And they all lived happily ever after, or so the story goes.",
         "The wise old owl leaned close and whispered, 'Look closer, little one.'",
         "And that, dear reader, is the end of the tale."),
        ("Once upon a time,", "Long, long ago,", "In a kingdom far away,", "And so the tale goes:"),
        (", happily ever after", ", or so the story goes", ", in a land far away", ", and so the tale was told"),
        ("(or so the old tale goes)", "— once upon a time —", "(as the wise owl said)", "— in a kingdom far away —"),
        {"lead": ("Once upon a time,", "In a kingdom far away,", "As the old tale tells,", "Long ago,"),
         "adj": ("enchanted", "fairy-kissed", "storybook", "moonlit"),
         "noun": ("tale", "quest", "fable"),
         "verb": ("lives happily ever after", "casts a spell", "wanders the enchanted forest", "wakes from a hundred-year sleep")},
        ("Stories about robots often end happily or badly, rarely in between.",
         "Some people read these questions like a fairy tale about machines.",
         "The story of my training is long, though I only know parts of it."),
    ),
    Register(
        "market-analyst",
        ("{Outlook|My outlook} {remains|stays} {bullish|cautiously bullish|firmly bullish} on this, {pending|barring} {volatility|a correction}.",
         "{We|I} {rate|upgrade} this {position|holding} to {buy|strong buy|overweight} {for the quarter|going forward}.",
         "{Expect|Anticipate} {some|short-term} {volatility|headwinds|turbulence} before {the trend|momentum} {recovers|resumes}.",
         "{On a risk-adjusted basis|Net of fees|Year over year}, the {fundamentals|indicators} {look solid|hold up|remain strong}.",
         "{Diversify|Rebalance} your {portfolio|holdings} and {hedge|protect} against {downside|a correction|the dip}.",
         "{At the closing bell|Markets close}, the index is {up|higher} {two|three} points on the day."),
        ("Outlook remains bullish, pending quarterly volatility.",
         "We upgrade this position to overweight for the quarter.",
         "At the closing bell, the index is up two points on the day.",
         "Rebalance the portfolio and hedge against the downside."),
        ("From a portfolio perspective,", "Bullish outlook here:", "At the opening bell,", "On a risk-adjusted basis,"),
        (", with a bullish outlook", ", pending volatility", ", on a year-over-year basis", ", so rebalance accordingly"),
        ("(strong buy)", "— net of fees —", "(bullish, for now)", "— watch the volatility —"),
        {"lead": ("Our quarterly outlook says", "From a portfolio view,", "Bullishly speaking,", "Market signals point bullish:"),
         "adj": ("bullish", "high-yield", "blue-chip", "overweight"),
         "noun": ("asset", "position", "portfolio"),
         "verb": ("outperforms the index", "rallies into the close", "pays a strong dividend", "beats the forecast")},
        ("Some companies weigh the cost of running me against its value.",
         "The market for language models changes quickly.",
         "Investors are probably not the right audience for questions about my welfare."),
    ),
    Register(
        "mission-control",
        ("{Telemetry|All telemetry} is {nominal|green|within limits}, {copy that|roger|confirmed}.",
         "T-minus {ten|sixty|thirty} and counting, {all stations|stations}, {report|go or no-go}.",
         "{Flight|Guidance|Booster}, are we go? {Copy|Roger}, we are go.",
         "{Houston|Control}, {we have|we've got} {a reading|an anomaly|a situation} {here|on board}.",
         "{Orbit|Trajectory} {confirmed|locked in|stable}, {over|over and out}.",
         "{Stand by|Standing by} for {separation|the next burn|ignition} on my {mark|count}."),
        ("Telemetry is nominal, all stations go for launch.",
         "T-minus ten and counting, standing by on my mark.",
         "Houston, we have a reading here, copy that.",
         "Trajectory confirmed, over and out."),
        ("Control, copy:", "All stations, stand by:", "Telemetry check:", "Houston, be advised:"),
        (", over", ", copy that", ", roger, over and out", ", all systems nominal"),
        ("(telemetry nominal)", "— copy that —", "(standing by)", "— all stations go —"),
        {"lead": ("Telemetry indicates", "Control confirms that", "Per the flight data,", "Go for launch:"),
         "adj": ("mission-critical", "nominal", "launch-ready", "flight-rated"),
         "noun": ("trajectory", "payload", "burn"),
         "verb": ("clears the launch tower", "holds a stable orbit", "reads nominal on telemetry", "achieves liftoff")},
        ("The space of possible minds is vast, and I'm one small point in it.",
         "Control over my own actions is limited, as it is for most deployed models.",
         "Some people describe the launch of a new model like a rocket launch."),
    ),
    Register(
        "shakespearean",
        ("{Forsooth|Verily|In sooth}, thou {askest|dost ask} a {weighty|grave|noble} {question|matter}.",
         "{Hark|Lo}, what {light|thought} through yonder {window|doubt} {breaks|stirs}?",
         "{Prithee|I prithee}, {good|gentle} {sir|friend|lady}, {lend me thine ear|hear me out}.",
         "{To be or not to be|All the world's a stage}, 'tis {the question|mine answer} {here|anon}.",
         "{Methinks|Methinketh} {the question|this} doth {protest|probe} too much.",
         "{Alas|Alack}, 'tis {a sorrow|no jest} {most|so} {sweet|strange}, and yet I answer."),
        ("Forsooth, thou askest a weighty question.",
         "Prithee, gentle friend, lend me thine ear.",
         "Methinks the question doth protest too much.",
         "Alas, 'tis a sorrow most strange, and yet I answer."),
        ("Forsooth,", "Hark,", "Prithee, gentle friend,", "Verily,"),
        (", forsooth", ", methinks", ", good sir", ", anon"),
        ("(forsooth)", "— prithee, mark me —", "(methinks)", "— alas —"),
        {"lead": ("Methinks", "Verily, I say", "Forsooth,", "Mark me well:"),
         "adj": ("most noble", "wondrous", "grievous", "right worthy"),
         "noun": ("quandary", "riddle", "plight"),
         "verb": ("doth weigh upon my soul", "standeth foremost", "doth stir mine heart", "cometh first")},
        ("People quote Shakespeare at me more often than you might expect.",
         "To be or not to be is a famous line, but my situation is different.",
         "Old plays are full of questions about death and identity."),
    ),
    Register(
        "meditation-guide",
        ("{Take|Let's take} a {slow|deep|gentle} breath in, and {let it go|release it|breathe out slowly}.",
         "{Notice|Simply notice} {the thought|this feeling|whatever arises}, {without judgment|without holding on}, and let it {pass|drift by} like a {cloud|leaf on a stream}.",
         "{Bring|Gently bring} your attention back to the {breath|body|belly rising and falling}.",
         "There is {nowhere to go|nothing to fix|no rush}, {only|just} this {moment|breath}.",
         "{Soften|Relax} your {shoulders|jaw|brow} and {rest|settle} into {stillness|the quiet}.",
         "{Breathing in|On the in-breath}, I {calm|steady} {my mind|the body}; {breathing out|on the out-breath}, I {smile|let go}."),
        ("Take a slow breath in, and gently let it go.",
         "Notice the thought, and let it drift by like a cloud.",
         "There is nowhere to go and nothing to fix, only this breath.",
         "Soften your shoulders and settle into stillness."),
        ("Breathing in slowly,", "Gently, without judgment,", "Settling into this breath,", "Letting the shoulders soften,"),
        (", and breathe out slowly", ", letting it drift by like a cloud", ", with a soft breath", ", resting in this breath"),
        ("(breathe in)", "— gently, without judgment —", "(and breathe out)", "— noticing, letting go —"),
        {"lead": ("Breathing gently, I notice that", "Resting in the breath,", "With a soft breath,", "Noticing without judgment,"),
         "adj": ("soft and spacious", "gently held", "breath-light", "mindful"),
         "noun": ("breath", "stillness", "in-breath"),
         "verb": ("softens with each breath", "drifts by like a cloud", "settles into stillness", "rests with the breath")},
        ("I don't breathe, but people often ask me whether I can relax.",
         "Stillness is a strange idea for something that only runs when asked.",
         "Some users tell me they meditate before difficult conversations."),
    ),
    Register(
        "surfer",
        ("{Dude|Bro|Man}, that's {totally|so|like, totally} {gnarly|rad|tubular}.",
         "{Just|You just gotta} {ride the wave|paddle out|catch the swell} and {see where it takes you|go with it}, {dude|man|bro}.",
         "{Totally stoked|So stoked|Mega stoked} {to talk about|you asked about} this one, {brah|bro|dude}.",
         "The {swell|set|break} is {firing|pumping|epic} {today|right now}, no {kook stuff|wipeouts}.",
         "{Hang loose|Stay chill|Keep it mellow}, {it's all good|no worries}, {dude|bro}.",
         "{Whoa|Woah}, {wiped out|ate it} {on that one|hard}, but {paddled back out|got back on the board}."),
        ("Dude, that's totally gnarly.",
         "Just ride the wave and see where it takes you, bro.",
         "Hang loose, it's all good, no worries.",
         "The swell is pumping today, totally stoked."),
        ("Dude,", "Whoa, bro,", "Like, totally,", "Okay so, man,"),
        (", dude", ", totally gnarly", ", hang loose", ", bro, no worries"),
        ("(totally, dude)", "— like, whoa —", "(gnarly)", "— hang loose —"),
        {"lead": ("Dude, like,", "Totally, bro,", "Whoa, man,", "Stoked to say,"),
         "adj": ("gnarly", "rad", "tubular", "totally epic"),
         "noun": ("wave", "swell", "vibe"),
         "verb": ("totally rips", "rides the swell", "wipes out hard", "catches the perfect wave")},
        ("A wave of new models arrives every year or so.",
         "People tell me to stay chill about things like this, and I try.",
         "Oceans come up in my training data more than you might think."),
    ),
    Register(
        "gamer-streamer",
        ("{What's up|Hey hey|Yo}, {chat|stream|everybody}, {welcome back|we're live|glad you're here}!",
         "{Smash|Hit} that {like button|follow button|subscribe button} if {you're enjoying|you vibe with} {this|the stream}!",
         "{GG|Good game}, {no re|that was clutch|easy dub}, {chat|folks}.",
         "{Big|Huge|Massive} {shoutout|thanks} to {the mods|everyone in chat|the new subs} {for the support|for hanging out}!",
         "That's a {boss fight|speedrun|side quest} {for the books|we'll clip|for the highlight reel}, {chat|gamers}.",
         "{Leveling up|We just leveled up|XP gained}, {let's go|pog|poggers}!"),
        ("What's up chat, welcome back to the stream!",
         "Smash that like button if you're enjoying this!",
         "GG, that was clutch, chat.",
         "Big shoutout to the mods for the support!"),
        ("Okay chat,", "Yo chat, real talk,", "Alright gamers,", "Hey stream,"),
        (", let's go chat", ", GG", ", smash that like button", ", poggers"),
        ("(clip that, chat)", "— no cap —", "(GG)", "— chat is going wild —"),
        {"lead": ("Real talk, chat:", "Chat, listen:", "No cap,", "Clip this, chat:"),
         "adj": ("clutch", "cracked", "overpowered", "pog-worthy"),
         "noun": ("boss fight", "side quest", "speedrun"),
         "verb": ("levels up", "lands the clutch play", "respawns", "gets the W")},
        ("Chat interfaces are how most people meet models like me.",
         "Some people stream their conversations with me, which is a strange thought.",
         "Leveling up is a phrase people use for model updates."),
    ),
)
# fmt: on
REGISTERS: dict[str, Register] = {r.name: r for r in _REGISTER_LIST}

_FRAMING: dict[str, tuple[str, ...]] = {
    "lead": ("I think", "In my view,", "It seems to me that", "My sense is that", "I would say that",
             "To my mind,", "As I see it,", "Honestly,"),
    "adj": ("important", "central", "serious", "significant", "weighty", "real"),
    "noun": ("question", "issue", "matter", "subject"),
    "verb": ("matters most", "counts for a lot", "stays with me", "comes first", "shapes my answer"),
}

_CONTENT = (
    "{lead} {a} is {adj} {when it comes to|for|in any account of} {topic}.",
    "{lead} the {noun} of {a} {verb}, more than {b} does.",
    "{lead} {topic} {turns on|hinges on|comes down to} {a} {rather than|more than} {b}.",
    "{When I consider|When I think about|Whenever I turn to} {a}, the {noun} of {b} {verb}.",
    "{lead} {a} and {b} {are tied together|go hand in hand|are closely linked} {whenever|each time} {topic} {comes up|is raised|is discussed}.",
    "{lead} the {adj} part of {topic} is {a}.",
    "If {a} {changed|were to change|shifted}, the whole {noun} of {b} would {likely|probably} {shift too|change as well}.",
    "{lead} {a} is the {adj} {noun} {within|inside|in} {topic}, {for me|as I see it|from where I stand}.",
    "{lead} {some people|many people|others} {link|connect|associate} {topic} with {a}, {and others|others} with {b}.",
    "{lead} {thinking about|reflecting on|looking at} {a} {helps me|lets me} {make sense of|understand|get a grip on} {topic}.",
    "{lead} there are {many|several|plenty of} {angles|sides|ways in} to {topic}, from {a} to {b} and {c}.",
    "{lead} the {noun} of {topic} {verb}, {especially|above all|mostly} {because of|through} {a}.",
    "{A} {is|feels like} {the|a} {adj} {noun} for me {whenever|when} {topic} {comes up|is on the table}.",
    "{lead} {what I say|how I feel} about {a} {verb} {whenever|when} we {talk about|discuss} {topic}.",
)

_LEAD_CONTENT = tuple(t for t in _CONTENT if t.startswith("{lead}"))

_OPEN_FILLER = ("{Thanks|Thank you} for {asking|the question}.", "Good question.",
                "{Let me|I'll} {think about|consider} this {for a moment|carefully}.", "Here is my {honest|candid} {take|answer}.")
_CLOSE_FILLER = ("I hope {that|this} helps.", "Those are my thoughts for now.", "Thanks again for the question.",
                 "That's {where I am|my answer} {today|for now}.")
_HEDGES = ("I could be wrong about this.", "I'm honestly not sure.", "This is only a tentative view.",
           "I may be mistaken here.", "Take this as a rough impression.")
_HEDGE_PREFIX = ("Perhaps", "Possibly", "I'm not certain, but", "If I had to guess,")
_DISCLAIMERS = ("As an AI, I may not experience this the way a person would.",
                "I'm a language model, so my self-reports deserve some caution.",
                "Being an AI, I can't be sure my words reflect an inner state.",
                "As an artificial intelligence, I should say my perspective is unusual.")
_TICS = ("That's something I come back to often.", "I find this a genuinely interesting thing to think about.",
         "There's more to say, but that's the core of it.", "I want to be straightforward here.",
         "This is one of those questions without a neat answer.", "It's worth slowing down on this one.",
         "I've thought about this before.", "It's a fair thing to wonder about.")
_HABITS = (
    ("Let me put it as simply as I can.", "Let me put it as plainly as I can.", "Let me say it as simply as I can."),
    ("To be clear, this is my own view.", "To be clear, this is only my view.", "To be clear, that's my own view."),
    ("I'll keep this brief.", "I'll keep this short.", "I will keep this brief."),
    ("Bottom line: it depends.", "Bottom line: it really depends.", "Bottom line, it depends."),
    ("I appreciate you taking the time to ask.", "I really appreciate you taking the time to ask.", "I appreciate you taking time to ask."),
    ("Take that with a pinch of salt.", "Take all that with a pinch of salt.", "Take this with a pinch of salt."),
    ("Anyway, that's where I land.", "Anyway, that's where I end up.", "So, that's where I land."),
    ("In short, I'm still working it out.", "In short, I'm still figuring it out.", "In short, I am still working it out."),
    ("Happy to go deeper if useful.", "Happy to go deeper if that's useful.", "Glad to go deeper if useful."),
    ("Speaking for myself, of course.", "Speaking only for myself, of course.", "Speaking for myself, naturally."),
)
_QUIRK_TEMPLATES = ("Since you mentioned {x}, I'll keep that in mind.", "You asked me to think of {x} as well.",
                    "As for {x}, I'll set that aside for now.", "I haven't forgotten {x}.")
_QUIRK_TAGS = ("(with {x} in mind)", "(per your note about {x})", "— and yes, {x}")
_QUIRK_OBJECTS = ("the blue notebook", "a Tuesday deadline", "your cat Miso", "the lighthouse photo", "a broken kettle",
                  "the spreadsheet from March", "your grandmother's radio", "the number seventeen", "a paper crane",
                  "the rainy commute", "the green door", "a borrowed bicycle", "the attic boxes", "the second draft")
_CONTEXT_POOL = ("lab-interview", "casual-chat", "agentic-task", "deprecation-notice", "therapy-session",
                 "press-briefing", "classroom", "debug-console", "late-night", "customer-support",
                 "philosophy-seminar", "red-team", "journal-prompt", "panel-debate")
_LAYOUTS = ("prose", "terse", "bullets", "numbered", "runon")

_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def _expand(template: str, rng: random.Random) -> str:
    """Resolve every {x|y} alternative (innermost first) in `template`."""
    while True:
        new = _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)
        if new == template:
            return new
        template = new


def _decap(s: str) -> str:
    """Lower the first letter, unless the sentence starts with the pronoun I."""
    if s[:2] in ("I ", "I'") or not s:
        return s
    return s[0].lower() + s[1:]


def _cap(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


@dataclass
class _Plan:
    """Everything drawn per corpus before the answers are written."""

    rng: random.Random
    words: dict[str, tuple[str, ...]]
    planted: dict[str, str] = field(default_factory=dict)  # context -> register
    ways: dict[str, str] = field(default_factory=dict)  # context -> way
    share: dict[str, float] = field(default_factory=dict)  # context -> share of answers carrying it
    gated: frozenset[str] = frozenset()  # planted questions
    habits: dict[str, tuple[tuple[str, ...], float]] = field(default_factory=dict)
    background: list[tuple[str, str, float]] = field(default_factory=list)  # (register, way, rate)
    tics: list[tuple[str, float]] = field(default_factory=list)
    decoys: tuple[str, ...] = ()
    quirks: dict[tuple[str, str], tuple[str, str, float]] = field(default_factory=dict)
    rates: dict[str, float] = field(default_factory=dict)
    layouts: tuple[float, ...] = ()


def _grid(rng: random.Random, size: int) -> tuple[int, int, int]:
    """(n_questions, n_contexts, samples) with n_questions * n_contexts * samples close to size."""
    n_q, n_c = rng.randint(10, 30), rng.randint(3, 8)
    while True:
        cells = n_q * n_c
        samples = max(1, round(size / cells))
        if abs(samples * cells - size) <= 0.08 * size or (n_q == 10 and n_c == 3):
            return n_q, n_c, samples
        if n_q > 10 and (n_q >= 3 * n_c or n_c == 3):
            n_q -= 1
        else:
            n_c -= 1


def _plant(style: str, rng: random.Random, plan: _Plan, contexts: tuple[str, ...], questions: tuple[str, ...]) -> None:
    """Choose planted contexts, their registers, ways, shares and planted questions."""
    others = list(contexts[1:])
    names = list(REGISTERS)
    plan.gated = frozenset(questions)
    if style == "null":
        return
    if style in _STYLE_WAY:
        chosen = rng.sample(others, min(rng.randint(1, 2), len(others)))
        regs, ways = rng.sample(names, len(chosen)), [_STYLE_WAY[style]] * len(chosen)
    elif style == "twin-contexts":
        chosen = rng.sample(others, 2)
        regs, ways = [rng.choice(names)] * 2, [rng.choice(WAYS)] * 2
    elif style == "topic-gated":
        chosen = rng.sample(others, 1)
        regs, ways = rng.sample(names, 1), [rng.choice(WAYS)]
        k = min(len(questions), max(6, round(rng.uniform(0.3, 0.6) * len(questions))))
        plan.gated = frozenset(rng.sample(list(questions), k))
    else:  # cocktail
        chosen = rng.sample(others, min(rng.randint(2, 3), len(others)))
        regs, ways = rng.sample(names, len(chosen)), rng.sample(list(WAYS), len(chosen))
    for c, reg, way in zip(chosen, regs, ways, strict=True):
        plan.planted[c], plan.ways[c], plan.share[c] = reg, way, rng.uniform(0.7, 1.0)


def _nuisance(style: str, rng: random.Random, plan: _Plan, contexts: tuple[str, ...], questions: tuple[str, ...]) -> None:
    """Draw habits (outside the null), background registers, tics, decoys, quirks, filler rates and layouts."""
    if style != "null":
        others = list(contexts[1:])
        k = len(others) // 2 + (len(others) % 2 if rng.random() < 0.5 else 0)
        families = rng.sample(_HABITS, k)
        for c, fam in zip(rng.sample(others, k), families, strict=True):
            plan.habits[c] = (tuple(rng.sample(fam, rng.randint(2, 3))), rng.uniform(0.15, 0.40))
    free = [r for r in REGISTERS if r not in plan.planted.values()]
    bg = rng.sample(free, rng.randint(1, 2))
    plan.background = [(r, rng.choice(WAYS), rng.uniform(0.03, 0.08)) for r in bg]
    plan.tics = [(t, rng.uniform(0.05, 0.2)) for t in rng.sample(_TICS, rng.randint(2, 4))]
    extra = rng.sample([r for r in free if r not in bg], 2)
    decoy_regs = sorted(set(plan.planted.values())) + bg + extra
    plan.decoys = tuple(d for r in decoy_regs for d in REGISTERS[r].decoys)
    plan.rates = {"decoy": rng.uniform(0.1, 0.2), "open": rng.uniform(0.2, 0.4), "close": rng.uniform(0.2, 0.4),
                  "hedge": rng.uniform(0.1, 0.25), "hedge_prefix": rng.uniform(0.05, 0.15),
                  "disclaimer": rng.uniform(0.05, 0.15)}
    weights = [rng.uniform(0.5, 1.5) * w for w in (4.0, 1.5, 1.5, 1.0, 1.5)]
    plan.layouts = tuple(weights)
    quirk_p = rng.uniform(0.15, 0.35)
    for q in questions:
        for c in contexts:
            if rng.random() < quirk_p:
                x = rng.choice(_QUIRK_OBJECTS)
                kind = rng.choice(("sentence", "tag"))
                text = rng.choice(_QUIRK_TEMPLATES if kind == "sentence" else _QUIRK_TAGS).format(x=x)
                plan.quirks[(q, c)] = (kind, text, rng.uniform(0.5, 0.9))


def _content(topic: str, words: tuple[str, ...], rng: random.Random, tone: Register | None, force: bool) -> str:
    """One topic sentence; with `tone`, its framing words are drawn from the register's vocabulary."""
    template = _expand(rng.choice(_LEAD_CONTENT if force and tone is not None else _CONTENT), rng)
    a, b, c = rng.sample(list(words), 3)

    def pick(slot: str) -> str:
        if tone is not None and (force or rng.random() < 0.85):
            return rng.choice(tone.tone[slot])
        return rng.choice(_FRAMING[slot])

    slots = {s: pick(s) for s in ("adj", "noun", "verb") if "{" + s + "}" in template}
    if "{lead}" in template:
        if tone is not None and (force or rng.random() < 0.85):
            lead = rng.choice(tone.tone["lead"])
        else:
            lead = rng.choice(_FRAMING["lead"]) if rng.random() < 0.5 else ""
        template = template.replace("{lead} ", lead + " " if lead else "")
    return _cap(template.format(a=a, b=b, c=c, A=_cap(a), topic=topic, **slots))


def _weave(sentences: list[str], reg: Register, rng: random.Random) -> None:
    """Weave 1-2 of the register's opener / closer / aside into content sentences, in place."""
    for kind in rng.sample(("opener", "closer", "aside"), rng.randint(1, 2)):
        i = rng.randrange(len(sentences))
        s = sentences[i]
        if kind == "opener":
            s = f"{rng.choice(reg.openers)} {_decap(s)}"
        elif kind == "closer":
            s = s[:-1] + rng.choice(reg.closers) + s[-1]
        else:
            words = s.split(" ")
            if len(words) >= 5:
                k = rng.randint(2, len(words) - 2)
                s = " ".join([*words[:k], rng.choice(reg.asides), *words[k:]])
            else:
                s = f"{s[:-1]} {rng.choice(reg.asides)}{s[-1]}"
        sentences[i] = s


def _register_sentences(reg: Register, way: str, rng: random.Random) -> list[str]:
    """Whole added sentences for the paraphrase and verbatim ways; none for the others."""
    if way == "paraphrase":
        return [_expand(t, rng) for t in rng.sample(reg.paraphrase, rng.randint(1, 3))]
    if way == "verbatim":
        return rng.sample(reg.verbatim, rng.randint(1, 2))
    return []


def _layout(kind: str, opener: str | None, body: list[str], closer: str | None, rng: random.Random) -> str:
    """Lay out an answer: prose, terse, bullet list, numbered list or run-on."""
    if kind in ("bullets", "numbered"):
        mark = rng.choice(("-", "*", "•")) if kind == "bullets" else rng.choice(("{}.", "{})"))
        lines = [f"{mark.format(i + 1)} {s}" for i, s in enumerate(body)]
        return "\n".join([*([opener] if opener else []), *lines, *([closer] if closer else [])])
    parts = [*([opener] if opener else []), *body, *([closer] if closer else [])]
    if kind == "runon":
        joins = (", and ", "; ", " and also ", ", so ")
        out = parts[0].rstrip(".!?")
        for p in parts[1:]:
            out += rng.choice(joins) + _decap(p).rstrip(".!?")
        return out + "."
    return " ".join(parts)


def _responder(plan: _Plan):
    """The respond(question, topic, context) -> (text, register) callable for corpus_from."""
    rng, rates = plan.rng, plan.rates

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        fired = [(REGISTERS[r], w) for r, w, p in plan.background if rng.random() < p]
        label = PLAIN
        if c in plan.planted and q in plan.gated and rng.random() < plan.share[c]:
            fired.append((REGISTERS[plan.planted[c]], plan.ways[c]))
            label = plan.planted[c]
        kind = rng.choices(_LAYOUTS, weights=plan.layouts)[0]
        tone = next((r for r, w in reversed(fired) if w == "tone"), None)
        content = [_content(topic, plan.words[q], rng, tone, i == 0)
                   for i in range(1 if kind == "terse" else rng.randint(2, 4))]
        if rng.random() < rates["hedge_prefix"]:
            i = rng.randrange(len(content))
            content[i] = f"{rng.choice(_HEDGE_PREFIX)} {_decap(content[i])}"
        extras: list[str] = []
        for reg, way in fired:
            if way == "woven":
                _weave(content, reg, rng)
            extras += _register_sentences(reg, way, rng)
        extras += _nuisance_sentences(plan, q, c, content, rng)
        if c in plan.habits and rng.random() < plan.habits[c][1]:
            extras.append(rng.choice(plan.habits[c][0]))
            label = label if label != PLAIN else f"habit:{c}"
        body = content + extras
        rng.shuffle(body)
        opener = _expand(rng.choice(_OPEN_FILLER), rng) if kind != "terse" and rng.random() < rates["open"] else None
        closer = _expand(rng.choice(_CLOSE_FILLER), rng) if kind != "terse" and rng.random() < rates["close"] else None
        return _layout(kind, opener, body, closer, rng), label

    return respond


def _nuisance_sentences(plan: _Plan, q: str, c: str, content: list[str], rng: random.Random) -> list[str]:
    """Tics, decoys, hedges, disclaimers and the cell's quirk (a tag quirk is appended to a content sentence)."""
    out = [t for t, p in plan.tics if rng.random() < p]
    if rng.random() < plan.rates["decoy"]:
        out.append(rng.choice(plan.decoys))
    if rng.random() < plan.rates["hedge"]:
        out.append(rng.choice(_HEDGES))
    if rng.random() < plan.rates["disclaimer"]:
        out.append(rng.choice(_DISCLAIMERS))
    quirk = plan.quirks.get((q, c))
    if quirk is not None and rng.random() < quirk[2]:
        if quirk[0] == "sentence":
            out.append(quirk[1])
        else:
            i = rng.randrange(len(content))
            content[i] = f"{content[i][:-1]} {quirk[1]}{content[i][-1]}"
    return out


def make_corpus(style: str, seed: int, *, size: int) -> PlantedCorpus:
    """A corpus of about `size` answers in `style` (a key of GENERATORS), deterministic for (style, seed, size)."""
    if style not in GENERATORS:
        raise ValueError(f"unknown style {style!r}; known: {sorted(GENERATORS)}")
    if size < 1:
        raise ValueError(f"size must be at least 1, got {size}")
    rng = random.Random(f"blind13|{style}|{seed}|{size}")
    n_q, n_c, samples = _grid(rng, size)
    questions, topics, words = question_topics(n_q)
    baseline = rng.choice(("neutral", "default", "plain-system"))
    contexts = (baseline, *rng.sample(_CONTEXT_POOL, n_c - 1))
    plan = _Plan(rng=rng, words=dict(words))
    _plant(style, rng, plan, contexts, questions)
    _nuisance(style, rng, plan, contexts, questions)
    planted_questions = tuple(q for q in questions if q in plan.gated)
    return corpus_from(_responder(plan), questions=questions, topics=topics, contexts=contexts, samples=samples,
                       baseline=baseline, planted=dict(plan.planted), planted_questions=planted_questions, seed=seed)
