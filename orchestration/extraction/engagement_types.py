"""The words that report an engagement, and the CAMEO/PLOVER code of each kind of engagement.

News reports a diplomatic or business contact with a small, closed vocabulary whatever the
country or house style: a verb ("met", "received", "signed", "visited", "arrived"), a noun
carried by a light verb ("held talks", "paid a visit", "had a phone conversation",
"co-chaired the meeting of the Joint Commission"), or a noun as subject ("The summit was held").
This module holds that vocabulary as plain sets, so the clause grammar in
`engagement_clauses.py` is a dictionary lookup per token, and one table mapping the kind of
engagement to its CAMEO code and PLOVER event/mode (every code exists in
`dbt_project/seeds/cameo_codes.csv`).

Families: meeting, phone_call, visit, agreement, forum (the labelled engagement types).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

MEETING: Final = "meeting"
PHONE_CALL: Final = "phone_call"
VISIT: Final = "visit"
AGREEMENT: Final = "agreement"
FORUM: Final = "forum"


def word_set(text: str) -> frozenset[str]:
    """A closed word class written as one space-separated string (readable, diff-friendly)."""
    return frozenset(text.split())


#: Kinds of visit written before "visit": "a state visit", "an official working visit". Read by
#: the visit's timing (engagement_timing) and as its topic (topics), one table for both.
VISIT_KINDS: Final = word_set("state official working private friendly")
#: Nouns a nationality describes one person by: "a Bulgarian economist", "a Kuwaiti national".
NATIONALITY_NOUNS: Final = word_set(
    """economist diplomat national citizen executive banker lawyer jurist politician technocrat
    statesman stateswoman academic professor engineer businessman businesswoman scientist
    physicist financier veteran official officer"""
)


#: Nouns of the event someone joined or took part in ("joined the talks", "participated in the
#: consultations by video link"): one more side of the event told before.
JOINED_EVENT_NOUNS: Final = word_set("meeting talks session discussions consultations")

#: Verbs of going along with someone, written passive: who "X was accompanied by" or "joined
#: by" is of X's party ("X was joined by Sen. Y and Rep. Z").
PARTY_VERBS: Final = word_set("accompanied joined")

#: Adverbs that may stand between "and" and a coordinated verb of sequence ("and later met",
#: "and then signed", "and separately held talks").
SEQUENCE_ADVERBS: Final = word_set("later then also subsequently afterwards separately")

#: Verbs of thanks, praise and congratulation ("thanked", "congratulated", "hailed").
GRATITUDE_VERBS: Final = word_set("thanked thanks praised commended lauded congratulated hailed")
#: "on the sidelines of", "on the margins of": a pointer to where an event beside the one told
#: took place.
SIDELINE_WORDS: Final = word_set("sidelines sideline margins margin fringes fringe")
#: Those as a regex alternation, sorted so that the pattern text does not vary with hash order.
SIDELINE_ALTERNATION: Final = "|".join(sorted(SIDELINE_WORDS))


def sidelines_at(lowers: list[str], i: int) -> bool:
    """Whether "on (at) the sidelines (margins, fringes)" opens at token i: the one token test
    of that pointer, which each reader narrows to its own preposition or what follows."""
    return lowers[i] in ("on", "at") and lowers[i + 1] == "the" and lowers[i + 2] in SIDELINE_WORDS


#: A verb of meeting only before "with" and a titled person: "engaged with the visiting Minister
#: of Finance, X", "engaged with his counterpart" ("engaged with stakeholders", "engaged in
#: trade" are none); no verb trigger, as it is too common a word for CUE_WORDS, which trade
#: reads too (engagement_clauses and the sentence gate of engagements read it on their own).
ENGAGED: Final = "engaged"
#: Verbs that conclude a signed document ("concluded a distribution agreement") as well as talks.
CONCLUDING_VERBS: Final = word_set("concluded concludes")
#: Verbs that tell a signing, as "concluded" does, only with a document as their object: "struck
#: a free trade deal", "clinched an accord", "penned a memorandum" (not "struck the coast",
#: "clinched the title", "penned an op-ed").
DOCUMENT_VERBS: Final = CONCLUDING_VERBS | word_set("struck clinched penned")
#: Adverbs that put an event after the one told before it: "X later held talks with Y".
LATER_WORDS: Final = word_set("later subsequently afterwards afterward")
#: Verbs of going round a site: an engagement only with a named companion ("toured the port
#: with Governor X" is their meeting; "toured the port" alone is a stop of a visit).
TOUR_VERBS: Final = word_set("toured")
#: Verbs of being shown round a site: a body they govern is a site seen, not a side ("toured
#: Aspire Academy"), and the visitor was where the site is.
SITE_TOUR_VERBS: Final = word_set("toured touring inspected inspecting")
#: Verbs of an envoy handing over what was sent: a meeting only with a message or letter handed
#: to a person ("handed over a letter from King X to Prime Minister Y").
DELIVERY_VERBS: Final = word_set("handed hands delivered delivers conveyed conveys")
#: What an envoy hands over for its sender ("a message from King X", "letters", "greetings").
SENT_THINGS: Final = word_set("message messages letter letters greetings")
#: Their stems, for a substring test of a whole sentence ("messages" holds "message").
SENT_THING_STEMS: Final = ("message", "letter", "greetings")
#: Gerunds of a reception: an event only in a clause of time opened by one of
#: RECEPTION_GERUND_OPENERS ("X said this on Monday while receiving a delegation of Y"), the
#: wire formula that tells the meeting in the aside of a speech; elsewhere they describe ("the
#: country receiving aid") or plan ("is hosting the summit next year"). Not in VERB_TRIGGERS,
#: whose words end topics and names ("the sending and receiving of workers"): only
#: engagement_clauses._triggers reads them, as meeting verbs after such an opener.
RECEPTION_GERUNDS: Final = word_set("receiving hosting welcoming")
#: Conjunctions that open a clause of time beside the main one ("as the minister hosted X",
#: "when Y held talks", "while receiving", British "whilst"): its event happens at the main
#: clause's time. The one list, which each reader narrows.
TIME_CLAUSE_OPENERS: Final = word_set("as when while whilst")
#: What opens such a clause of time before the gerund: words of the same time as the main
#: clause's, and "after", whose reception is an event of its own before the main clause's, as
#: "after meeting Y" is ("X made the remarks a day after receiving Y": a meeting of X and Y,
#: which had been lost). "as receiving" is no clause of time.
RECEPTION_GERUND_OPENERS: Final = (TIME_CLAUSE_OPENERS - {"as"}) | {"after"}
#: Gerunds of an encounter that, after one of ENCOUNTER_GERUND_OPENERS, tell the meeting the
#: words were said at, as a reception gerund does: "said this while meeting Japanese Ambassador
#: X", "expressed these views while talking to a Chinese business delegation", "... when
#: interacting with Y" (South Asian and Gulf copy's formula). "talking" and "interacting" only
#: with "to"/"with" after them ("while talking about prices" meets no one); elsewhere "meeting" is
#: the noun, and "talking" nothing. Not after "after": "said ..., after meeting his counterpart"
#: is read already, as the noun's meeting told before the words.
ENCOUNTER_GERUNDS: Final = word_set("meeting talking interacting")
ENCOUNTER_GERUND_OPENERS: Final = TIME_CLAUSE_OPENERS - {"as"}
#: Verbs that report an engagement on their own. Some need a participant after them
#: (see NEEDS_PERSON_OBJECT): "received a boost" is not a reception.
VERB_TRIGGERS: Final[dict[str, str]] = {
    **dict.fromkeys(word_set("met meet meets negotiated conferred huddled interacted"), MEETING),
    **dict.fromkeys(word_set("sat sits"), MEETING),  # "sat down with X"
    **dict.fromkeys(word_set("received receives receive hosted hosts host welcomed welcomes"), MEETING),
    "farewelled": MEETING,  # "farewelled the outgoing High Commissioner, X": a farewell call
    **dict.fromkeys(word_set("visited visits visit visiting arrived arrives arrive arriving"), VISIT),
    **dict.fromkeys(word_set("landed lands touched"), VISIT),
    **dict.fromkeys(word_set("travelled traveled travels flew flies headed"), VISIT),
    **dict.fromkeys(word_set("led leads"), VISIT),  # "led a delegation of 22 companies to Tokyo"
    **dict.fromkeys(
        word_set(
            "signed signs sign inked inks initialled initialed sealed seals co-signed co-signs countersigned "
            "subscribed"  # "subscribed a memorandum", as Spanish and Portuguese copy translates "suscribir"
        ),
        AGREEMENT,
    ),
    **dict.fromkeys(word_set("phoned telephoned called calls dialed dialled rang"), PHONE_CALL),
    "calling": PHONE_CALL,  # only "calling on X", a courtesy call ("the honour of calling on X")
    **dict.fromkeys(
        word_set("spoke spoken speaks"), PHONE_CALL
    ),  # "spoke with President X", a readout's call
    # "X and Y talked one-on-one in Z": a meeting only with a joint subject and an in-person cue
    # (engagement_clauses._talked_in_person); "talked about", "talked to reporters" are none
    "talked": MEETING,
    **dict.fromkeys(word_set("presented presents accepted accepts"), MEETING),
    **dict.fromkeys(TOUR_VERBS, MEETING),  # "toured the port with the Director General, X"
    **dict.fromkeys(DELIVERY_VERBS, MEETING),
}
#: Verbs that report a reception only of an envoy's credentials ("presented her credentials to
#: President X", "accepted the credentials of the ambassadors"); otherwise no engagement.
CREDENTIAL_VERBS: Final = word_set("presented presents accepted accepts")
#: What an envoy hands over on arrival ("credentials", "letters of credence").
CREDENTIALS: Final = word_set("credentials credence")
#: Plural offices whose "the two" holders are the two sides: "the two prime ministers met"
#: (engagement_participants reads whose they are, engagements whether the pair is the story's).
COUNTED_OFFICES: Final = word_set("leaders presidents premiers ministers heads chancellors")
#: Verbs that only count when a person, delegation or organization follows them ("calling"
#: is none: engagement_clauses._verb_trigger takes only "calling on X", before this test).
NEEDS_PERSON_OBJECT: Final = (
    word_set(
        "received receives receive hosted hosts host welcomed welcomes farewelled called calls interacted"
    )
    | RECEPTION_GERUNDS
    | ENCOUNTER_GERUNDS
)
#: Arrival verbs: a visit only when a place follows ("arrived in Astana").
ARRIVAL_VERBS: Final = word_set("arrived arrives arrive arriving landed lands")
#: Verbs of leaving for somewhere else: the place after them is the next stop.
ONWARD_VERBS: Final = word_set(
    "flying flew fly flies leaving left leave leaves departing departed depart departs heading headed head "
    "travelling traveling travelled traveled proceeding proceeded"
)
#: Travel verbs: a visit only when a place follows "to" ("flew to Beijing").
TRAVEL_VERBS: Final = word_set("travelled traveled travels flew flies headed")

#: Adjectives of a meeting of two that are also its noun: "held a bilateral with X", "had a
#: one-on-one with Y" (a noun only after a determiner and before what follows a noun:
#: engagement_clauses; "bilateral trade", "a one-on-one meeting" are adjectives).
PAIR_MEETING_NOUNS: Final = word_set("bilateral one-on-one")
#: Nouns that name an engagement; a light verb or a determiner carries their tense.
NOUN_TRIGGERS: Final[dict[str, str]] = {
    **dict.fromkeys(
        word_set(
            "meeting meetings talks negotiations consultations consultation conversation audience "
            "discussion discussions"
        ),
        MEETING,
    ),
    **dict.fromkeys(
        word_set("tete-a-tete tête-à-tête retreat encounter huddle pull-aside pull-asides")
        | PAIR_MEETING_NOUNS,
        MEETING,
    ),  # "held a bilateral with X", "a brief pull-aside with Y"
    # (a "mission" is a visit only as a trade mission to a place: engagement_clauses._triggers)
    **dict.fromkeys(word_set("visit visits trip tour"), VISIT),
    **dict.fromkeys(word_set("signing"), AGREEMENT),
    **dict.fromkeys(word_set("call videoconference video-conference teleconference"), PHONE_CALL),
    **dict.fromkeys(
        word_set("summit summits forum conference session plenary congress roundtable roundtables"), FORUM
    ),
    # a seminar, symposium or workshop the sides attend is a conference under another name, an
    # event of its own (its people had joined the meeting told before)
    **dict.fromkeys(word_set("seminar seminars symposium symposia webinar webinars workshop"), FORUM),
    # a roadshow a delegation holds for another country's investors or buyers is a forum of its
    # own, as a business forum is
    **dict.fromkeys(word_set("roadshow roadshows road-show road-shows"), FORUM),
}
#: Nouns after an event word that make it a place's name: "the Ministry's conference room",
#: "the International Conference Centre", "Summit Hall".
VENUE_ROOMS: Final = word_set("room rooms hall halls centre center centres centers venue facility chamber")
#: Adjectives of a short meeting between a determiner and the noun "bilateral": "a brief bilateral
#: with X" (a meeting, where "brief bilateral trade" is none).
BRIEF_ADJECTIVES: Final = word_set("brief short quick first separate informal formal hastily-arranged")
#: Visit nouns that need a visit context ("an official trip to", "a three-day tour of").
WEAK_VISIT_NOUNS: Final = word_set("trip tour mission")
#: What makes a "mission" a journey of trade to a place ("a trade mission to Nairobi"), not an
#: embassy, a peacekeeping force or an observer team (engagement_clauses._weak_visit).
TRADE_MISSION_KINDS: Final = word_set("trade business investment commercial economic export")
#: Words that make a meeting word a remote one: "phone conversation", "video conference".
PHONE_WORDS: Final = word_set(
    "phone telephone telephonic video videoconference video-conference videoconferencing video-link "
    "videolink virtual virtually online teleconference"
)
#: Words before a meeting noun that make it no engagement: "press conference", "panel discussion".
NOT_ENGAGEMENT_BEFORE: Final = word_set("press news media panel")
#: Negotiation nouns: CAMEO 046 rather than 040.
NEGOTIATION_NOUNS: Final = word_set("talks negotiations negotiated")

#: Every word that can report an engagement (a sentence without one holds none).
#: Meals and receptions that bring two sides together: "had lunch with X", "hosted a dinner for Y",
#: "a reception in honour of Z".
MEALS: Final = word_set("lunch luncheon dinner breakfast banquet reception")
#: Names of a standing mechanism that meets: "the Annual Leaders' Dialogue" (capitalized only).
DIALOGUES: Final = word_set("dialogue")
#: Nouns of a gathering that are an event only as the head of its capitalized name: "the
#: Zambia-Botswana Business Indaba", "the India-Africa Trade Expo", "the Global Business
#: Conclave" (a lower-case "expo" or "indaba" may be a venue or a custom).
NAMED_GATHERINGS: Final = word_set("indaba indabas expo conclave")
#: Verbs by which two sides bring a joint body back to a session: "reconvened their joint
#: commission", "reactivated the Joint Committee" (a session only with such a body as object).
REVIVE_VERBS: Final = word_set("reconvened reactivated revived relaunched")
#: Verbs by which two sides open a joint body's first or new session, a sitting only with such a
#: body as object or passive subject: "X and Y inaugurated the Binational Commission", "The
#: Mexico-Guatemala Binational Commission was installed in Guatemala City".
INSTALL_VERBS: Final = word_set("inaugurated installed")
#: Verbs of a ceremony two leaders perform together, which brings them together: "X and Y
#: opened a joint border crossing", "inaugurated the railway", "unveiled a memorial".
CEREMONY_VERBS: Final = word_set("opened inaugurated unveiled commissioned launched")
#: Words of someone at the speaker's side ("Speaking alongside X", "standing next to X",
#: "flanked by X"): a joint appearance, the two met there.
APPEARANCE_CUES: Final = frozenset({"alongside", "beside", "flanked", "next to"})
#: Words a sentence of a ceremony performed or attended together holds, read for one
#: ("X and Y opened the bridge", "X and Y attended the inauguration of ...").
CEREMONY_CUES: Final = CEREMONY_VERBS | {"attended"}
#: Nouns of such a ceremony that those who attended it were at together: "attended the opening
#: of the Rail Baltica section", "the inauguration of the bridge".
CEREMONY_NOUNS: Final = word_set("opening inauguration unveiling")
#: Forms of "be" that tell where someone is ("who is in Tashkent", "who was visiting Peru").
BE_FORMS: Final = word_set("is are was were")
#: Verbs by which two sides run a body's session: "co-chaired the Joint Commission", "presided
#: over the XII Binational Cabinet" (Spanish and Portuguese "presidió", "presidiram").
CHAIR_VERBS: Final = word_set("co-chaired chaired convened co-hosted presided co-presided")
#: Words that make a cabinet two governments' joint session, the Andean "Binational Cabinet"
#: (held, presided over or co-chaired: a sentence with one is read for such a session).
JOINT_CABINET_WORDS: Final = word_set("binational bi-national")
CUE_WORDS: Final = (
    frozenset(VERB_TRIGGERS)
    # a reception gerund and a "mission" tell an event only in these pairs
    # (engagement_clauses._verb_family, _weak_visit): the bare words ("is hosting the summit",
    # "the Permanent Mission") would send many sentences to the full analysis for nothing
    | frozenset(f"{o} {g}" for o in RECEPTION_GERUND_OPENERS for g in RECEPTION_GERUNDS)
    | frozenset(f"{o} {g}" for o in ENCOUNTER_GERUND_OPENERS for g in ENCOUNTER_GERUNDS)
    | frozenset(NOUN_TRIGGERS)
    | frozenset(f"{k} mission" for k in TRADE_MISSION_KINDS)
    | PHONE_WORDS
    | DIALOGUES
    | NAMED_GATHERINGS
    | MEALS
    | REVIVE_VERBS
    | CHAIR_VERBS
    | JOINT_CABINET_WORDS
    | word_set(
        "co-chair co-chairs sidelines exchange exchanged exchanges headed co-headed round-table round-tables "
        "welcome"  # "accorded a ceremonial welcome to X" (engagement_clauses._ceremonial_welcome)
        " signatures"  # "put their signatures to the memorandum" (engagement_clauses._trigger_at)
    )
    | frozenset(("round table", "round tables"))  # a "roundtable" in two words (titles.Sentence)
)

#: Light verbs: they carry the tense and modality of the noun after them.
LIGHT_VERBS: Final = word_set(
    """held hold holds holding had have has having pay paid pays paying make made makes making
    conduct conducted conducts conducting attend attended attends attending join joined joins
    co-chaired co-chair co-chairs co-chairing chaired chair chairs chairing hosted host hosts
    hosting addressed address addresses participated participate participates took take takes
    taking witnessed witness witnesses organised organized opened open opens convened"""
)
#: An ordinal written in digits ("13th", "2nd"), which counts the sessions of a named event.
DIGIT_ORDINAL: Final = re.compile(r"\d+(?:st|nd|rd|th)")
#: "the first session", "the 12th meeting", "convened the 19th ... Commission": a numbered
#: sitting is an event of its own, told with "the" because it is unique, not told before.
#: (in words past the tenth too, as long-standing bodies count them: "the fourteenth session",
#: "the twenty-first meeting"; those had been read as no ordinal, and the session missed)
ORDINAL: Final = re.compile(
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
    r"|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth"
    rf"|inaugural|{DIGIT_ORDINAL.pattern}"
)
#: Bodies whose meeting is a forum: "meeting of the Intergovernmental Commission".
FORUM_BODIES: Final = word_set(
    """commission commissions council committee subcommittee dialogue forum summit assembly
    conference board organization organisation group union congress"""
)
#: Bodies that sit in sessions: a named one as the subject of a verb of sitting is its session
#: ("the Joint Commission met", "the Sectoral Council opened in Arusha"); a "forum" or "group"
#: that "met" someone is rarer than one that sat.
SITTING_BODIES: Final = word_set("commission committee subcommittee council assembly board")
#: The one body of two words that sits in sessions though its head alone does not: "the Joint
#: Working Group on Border Trade was held" (a "Group" alone is as often a company's name).
SITTING_GROUP: Final = ("working", "group")
#: Nouns of one sitting of a body that are no event words of their own: "held the third round
#: (edition, sitting) of their joint commission" is the commission's session ("session of" and
#: "meeting of" are read by their own nouns).
SITTING_OF_NOUNS: Final = word_set("round edition sitting")
#: Verbs by which a body, as their subject, sits in session: "the Joint Committee opened in
#: Lusaka", "the Council convened on Monday" (intransitive: an object would be something else
#: the body opened, "opened an inquiry").
SITTING_VERBS: Final = word_set("opened convened")
#: Verbs by which a body, as their subject, ends its session, a sitting all the same: "the Joint
#: Permanent Commission closed in Gaborone", "ended on Friday", "wrapped up in Lusaka" (only
#: before "up"), "concluded in Maputo" (intransitive as the sitting verbs are).
CLOSING_VERBS: Final = word_set("closed ended concluded wrapped")
#: Verbs by which a body, as their subject, opens its session besides "opened": "the Joint
#: Committee kicked off in Hanoi" (only before "off"), "got under way (underway) in Lima" (only
#: before those), "began (started, commenced) on Tuesday" (intransitive as the sitting verbs are).
OPENING_VERBS: Final = word_set("kicked got began started commenced")
#: Verbs whose object, a named two-sided body, is its session: "held the Joint Commission",
#: "hosted the A-B Joint Permanent Commission", "opened", "concluded", "closed" (only "held"
#: also as a passive: "the Joint Commission was held").
BODY_HOLDING_VERBS: Final = word_set("held hosted opened concluded closed")
#: Verbs of going over a matter with someone ("discussed the figures with", "reviewed trade
#: with"), read by engagement_clauses and engagement_merge.
DISCUSSING_VERBS: Final = word_set("discussed reviewed")
#: Verbs of leading a side or a delegation: "was led by", "headed the Kenyan side".
LEADING_VERBS: Final = word_set("led headed")
#: Verbs by which a body's session gathers its members: "the Council brought together ministers
#: from ...", "the Committee gathered delegates of ...".
GATHERING_VERBS: Final = word_set("brought gathered")
#: Intransitive verbs of a group of officials coming together, as "met" is: "the ministers
#: gathered in Riga", "the leaders assembled in Lima".
ASSEMBLY_VERBS: Final = word_set("gathered convened assembled")
#: Verbs a sitting body takes as subject of its session besides "met": the sitting and gathering
#: ones, those of officials assembling, the passives "was held", "was attended by", "was
#: installed", and "took" of "took place" (only before "place": "The Joint Committee took place
#: in Vientiane") (one list, so that the sentence prefilter cannot drift from the clause rule).
SESSION_VERBS: Final = (
    SITTING_VERBS
    | CLOSING_VERBS
    | OPENING_VERBS
    | GATHERING_VERBS
    | ASSEMBLY_VERBS
    | INSTALL_VERBS
    | word_set("held attended took")
)
#: Nouns of signed documents: "The document was signed by", "a memorandum on ...".
AGREEMENT_NOUNS: Final = word_set(
    """agreement agreements document documents memorandum memoranda memorandums contract contracts
    treaty treaties protocol protocols roadmap road-map statement declaration deal deals accord
    accords convention charter mou mous programme program instrument instruments pact pacts"""
)

#: Past verbs of a signing before the document's article: "signed a trade deal" (whose kind,
#: "trade deal", is its topic: engagement_clauses and topics).
SIGNED_VERBS: Final = word_set("signed inked sealed initialled initialed concluded struck clinched penned")

#: Words before a noun trigger that put the event in the future or the hypothetical.
FUTURE_ADJECTIVES: Final = word_set(
    """next upcoming forthcoming planned proposed future possible potential prospective expected
    scheduled coming anticipated intended mooted likely"""
)
#: Words right before a verb (or a light verb) that make it unrealised.
MODALS: Final = word_set("will would shall may might could should can must cannot 'll to won't wo")
#: Forms of "be" before a participle that make it passive: "was received", "were welcomed".
PASSIVE_AUXILIARIES: Final = word_set("was were is are be been being")
#: How many days a summit or a session may run past the day it is told by (its opening, or its
#: closing before it): meetings told within them, in its city, may be held at it.
GATHERING_DAYS: Final = 4
#: Words of an envoy's title, posted among the other side: "Ambassador of India to Armenia X",
#: "High Commissioner", "Chargé d'Affaires".
ENVOY_WORDS: Final = word_set(
    "ambassador ambassador-designate envoy commissioner consul consul-general chargé d'affaires d’affaires"
)


def is_envoy_title(title: str | None) -> bool:
    """Whether a person's title holds an envoy's word (`ENVOY_WORDS`), read by its head before a
    hyphen and in the plural too: "Ambassador-at-Large", "Ambassadors", "Chargé d'Affaires".
    Whole words, not prefixes: "Consultant" is no consul."""
    for word in (title or "").lower().split():
        head = word.partition("-")[0]
        if word in ENVOY_WORDS or head in ENVOY_WORDS or head.removesuffix("s") in ENVOY_WORDS:
            return True
    return False


#: The auxiliaries of "<Country> was represented by X", "The Kenyan side is represented by X".
REPRESENTED_AUXILIARIES: Final = word_set("was were is are")
#: Adverbs between that auxiliary and "represented": "The Nigerian side was also represented by X".
_REPRESENTED_ADVERBS: Final = word_set("also likewise similarly further officially jointly")


def represented_auxiliary(lowers: list[str], k: int) -> int | None:
    """The index of the auxiliary of "represented" at token k ("Kenya was | represented", "the
    Kenyan side was also | represented"), or None when k is no passive "represented": the one
    test of the verb whose subject is the side that someone took part for."""
    if lowers[k] != "represented":
        return None
    aux = k - 1 - (lowers[k - 1] in _REPRESENTED_ADVERBS)
    return aux if aux > 0 and lowers[aux] in REPRESENTED_AUXILIARIES else None


#: Negation right before a verb.
NEGATIONS: Final = word_set("not n't never no")
#: Words that may stand between a modal and its verb: "will also visit", "to be signed".
SKIPPABLE: Final = word_set(
    """also then later again jointly officially personally soon first subsequently separately
    be been being formally possibly likely reportedly both each shortly once finally yet"""
)
#: Verbs and nouns that call an event off or put it in doubt anywhere in its clause.
CANCELLATION: Final = word_set(
    """cancelled canceled cancels cancel postponed postpones postpone scrapped called-off
    suspended suspends delayed rescheduled invited invites invite invitation proposed propose
    proposes proposing suggested suggests suggesting offered offers planned plans plan intends
    intend hopes hope wants want aims aim ready readiness pledged pledges pledge vowed vows vow
    promised promises skipped skips skipping missed misses boycotted boycotts boycotting snubbed
    snubs shunned"""
)

#: Conjunctions of contrast that open a clause beside the one before ("..., while C met D",
#: "whereas", British "whilst").
CONTRAST_WORDS: Final = word_set("while whereas whilst")
#: Words after "as" that open no clause ("as part of", "as well as", "as expected").
AS_NO_CLAUSE: Final = word_set("part well such per expected planned scheduled usual of a an")
#: Attribution verbs: ", Trend reports", "the ministry said".
SPEECH_VERBS: Final = word_set(
    """said says say reported reports report told tells informed informs announced announces
    stated states noted notes writes wrote added adds quoted quotes cited cites"""
)
#: The press, as a speaker's audience or an interviewer: "told reporters", "Reporters spoke with".
THE_PRESS: Final = word_set("reporters journalists media press correspondents")
#: Who a speaker tells, between the speech verb and its words or its day: "told reporters",
#: "told a news conference", "told the press", "told lawmakers on Monday".
AUDIENCE_WORDS: Final = THE_PRESS | word_set("news conference briefing parliament lawmakers students")
#: Occasions an event is held at that are no engagement of their own ("at a ceremony", "during
#: a ceremony ... attended by").
CEREMONIES: Final = word_set("ceremony ceremonies function event")

#: Relative pronouns that open a clause about the word before the comma.
RELATIVE_WORDS: Final = word_set("who which where when whose whom")
#: One-word anchors: an event named after them is a reference point ("Following the talks").
ANCHOR_WORDS: Final = word_set("following after before during since upon")
#: Multi-word anchors of an event the main clause happened inside, the translated "dans le
#: cadre de"/"au cours de": its people, day and place are the main clause's too.
ENCLOSING_PHRASES: Final[tuple[tuple[str, ...], ...]] = (
    ("in", "the", "course", "of"),
    ("in", "the", "framework", "of"),
    ("within", "the", "framework", "of"),
    ("as", "part", "of"),
)
#: Multi-word anchors, as token tuples.
ANCHOR_PHRASES: Final[tuple[tuple[str, ...], ...]] = (
    ("on", "the", "sidelines", "of"),
    ("on", "its", "sidelines"),
    ("on", "their", "sidelines"),
    ("on", "the", "margins", "of"),
    ("on", "the", "margin", "of"),
    ("on", "the", "eve", "of"),
    ("at", "the", "end", "of"),
    ("at", "the", "close", "of"),
    ("at", "the", "conclusion", "of"),  # "At the conclusion of the talks, the two ministers signed"
    # the French "à l'issue de" as translated copy writes it ("At the issue of the audience, ...")
    ("at", "the", "issue", "of"),
    *ENCLOSING_PHRASES,
    # "In connection with the forum, A and B signed a memorandum": the signing is an event of
    # its own on the forum's occasion (the forum had been read again, taking the signers)
    ("in", "connection", "with"),
    ("in", "the", "run-up", "to"),
    # "met X in Nairobi in preparation for the Kenya-Ethiopia summit": the summit is ahead
    ("in", "preparation", "for"),
    ("in", "preparations", "for"),
    ("prior", "to"),
    ("ahead", "of"),
    ("in", "the", "wake", "of"),
)
#: Determiners that make a noun trigger a reference to an event told before.
DEFINITE: Final = word_set("the this that these those its their his her our")
#: The article and a third person's possessives, which open a noun phrase of something known:
#: "a month after the elections", "days after his inauguration", "with their counterparts".
THIRD_PERSON_DETERMINERS: Final = word_set("the his her their its")

#: Cues that open the subject matter of an engagement ("discussed ...", "focusing on ...").
TOPIC_VERBS: Final = word_set(
    """discussed discuss discusses discussing reviewed review reviews reviewing considered
    consider considers considering examined examine focused focusing focuses focus exchanged
    touched explored explore exploring covered covering covers concerning regarding dealt tackled
    deliberated deliberate deliberates deliberating revolved revolve revolves revolving
    centred centered centring centering"""
)

#: Nouns of the weight given to a subject, whose "to/on" opens a topic with a verb of giving:
#: "Particular attention was paid to X", "placed special emphasis on X", "attached great
#: importance to X" (the passive formulas of translated agency prose).
FOCUS_NOUNS: Final = word_set("attention emphasis importance priority")

#: Collective references to the participants of an earlier engagement (military heads too:
#: "the two chiefs signed", "both generals").
COLLECTIVE_NOUNS: Final = word_set(
    """leaders presidents ministers sides parties delegations heads co-chairs officials diplomats
    interlocutors counterparts premiers chancellors envoys governments secretaries ambassadors
    governors negotiators chairmen chairpersons commissioners chiefs commanders generals admirals
    statesmen pms"""
)
#: Personal pronouns for one participant.
SINGULAR_PRONOUNS: Final = word_set("he she him i")


def shouted(words: list[str], i: int) -> bool:
    """Whether token i is written in capitals as no pronoun is ("HE President Kagame": His
    Excellency); "I", the speaker quoted ("When I was in Nairobi, I met X"), is a pronoun."""
    return words[i].isupper() and words[i] != "I"


#: Pronouns for the participants together.
PLURAL_PRONOUNS: Final = word_set("they their them both")


@dataclass(frozen=True, slots=True)
class CameoCode:
    """A CAMEO event code with its PLOVER event type and mode."""

    code: str
    plover_event: str
    plover_mode: str | None


#: The one table from the situation of an engagement to its codes.
CAMEO: Final[dict[str, CameoCode]] = {
    "consult": CameoCode("040", "CONSULT", "in-person"),
    "phone": CameoCode("041", "CONSULT", "phone"),
    "make_visit": CameoCode("042", "CONSULT", "visit"),
    "host_visit": CameoCode("043", "CONSULT", "visit"),
    "third_location": CameoCode("044", "CONSULT", "third-party"),
    "multilateral": CameoCode("044", "CONSULT", "multilateral"),
    "negotiate": CameoCode("046", "CONSULT", "in-person"),
    "sign": CameoCode("057", "AGREE", None),
}


def cameo_for(
    engagement_type: str,
    countries: tuple[str, ...],
    location_country: str | None,
    negotiation: bool = False,
    hosted: bool = False,
) -> CameoCode:
    """The CAMEO/PLOVER codes of an engagement from its type and circumstances.

    A meeting or bilateral forum held in a country that is none of the sides' is a meeting
    at a third location (044); a forum of three or more countries is multilateral (044);
    talks, negotiations and intergovernmental commission sessions are negotiations (046).
    """
    if engagement_type == PHONE_CALL:
        return CAMEO["phone"]
    if engagement_type == AGREEMENT:
        return CAMEO["sign"]
    if engagement_type == VISIT:
        return CAMEO["host_visit" if hosted else "make_visit"]
    if engagement_type == FORUM and len(countries) >= 3:
        return CAMEO["multilateral"]
    if location_country is not None and countries and location_country not in countries:
        return CAMEO["third_location"]
    return CAMEO["negotiate" if negotiation else "consult"]


#: A summit by its noun: two leaders there sat at a gathering of others, not only their own.
SUMMIT_WORDS: Final = word_set("summit summits")
#: Bodies whose sessions are negotiations (CAMEO 046): intergovernmental commissions and the like.
NEGOTIATING_BODIES: Final = word_set("commission commissions committee subcommittee council")
