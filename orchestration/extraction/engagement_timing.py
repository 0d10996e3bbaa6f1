"""When an engagement took place, chosen among the date mentions of its sentence.

The trigger's own clause first, then clauses that hold no other event, then (as a guess a
later sentence may correct) clauses that do ("X, who arrived on Tuesday, held talks"). With
no date in the sentence an engagement takes its anchor's date ("Following the talks"), else
the date of the engagement told before it, else the publication date; such dates are not
explicit. The choice of one mention and the arithmetic of "the same day" are in
engagement_dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Final

from orchestration.extraction import engagement_types as et
from orchestration.extraction.dates import YEAR_WORD, DateMention, count_of, counts_back, in_the_day
from orchestration.extraction.engagement_clauses import (
    ANCHOR,
    EARLIER_ADJECTIVES,
    MAIN,
    RELATIVE,
    at_the_end_of_which,
    creates_events,
    encloses_main,
    speech_verb_ends,
)
from orchestration.extraction.engagement_context import (
    ALSO_REACH,
    BACK_VERBS,
    OFFSET_UNIT_DAYS,
    PERSONAL_SUBJECT_PRONOUNS,
    RETURN_VERBS,
    AnalysedSentence,
    DocumentContext,
    Draft,
    Unit,
    also_of_other_sides,
    anchored_ahead,
    is_future,
    name_key,
    names_another_event,
    offset_anchor,
    opens_on_since,
    pronoun_at,
    release_date,
    sequenced_event,
    since_another_event,
    token_at,
    unit_has_trigger,
)
from orchestration.extraction.engagement_dates import STATED_KINDS, EventDate, choose
from orchestration.extraction.engagement_merge import MAX_VISIT_DAYS
from orchestration.extraction.text import inside_quotation
from orchestration.extraction.titles import HEAD_WORDS, POSSESSIVE_MARKS
from orchestration.extraction.titles import Sentence as Tokens


def _days_before_the_end(a: AnalysedSentence, trigger: int) -> int:
    """For a visit told by its end ("concluded / wrapped up his three-day visit on ...", "left on
    Wednesday at the end of a two-day visit"), the days from its first to its last day; for one
    told by a day of it ("on the second day of his visit"), the days since its first; 0 for any
    other visit."""
    lowers = a.tokens.lowers
    k = _length_before(a.tokens, trigger)
    length = _VISIT_LENGTH.fullmatch(lowers[k])
    days = count_of(length.group(1)) if length is not None else 0
    window = range(max(0, k - 4), k)
    # "concluded a two-day visit", "at the end of a two-day visit"
    ended = any(lowers[j] in _ENDING_VERBS or (lowers[j] == "end" and lowers[j + 1] == "of") for j in window)
    if ended:
        return max(days - 1, 0)
    noun = _noun_ended_in_relative(a, trigger)
    if noun >= 0:
        # "paid a three-day visit to Vietnam, which ended on Wednesday"
        length = _VISIT_LENGTH.fullmatch(lowers[_length_before(a.tokens, noun)])
        return max(count_of(length.group(1)) - 1, 0) if length is not None else 0
    # "on the fourth day of Albanese's six-day trip", "on the second day of his visit"
    for j in range(max(1, k - 6), k + 1):
        if lowers[j] == "day" and lowers[j + 1] == "of" and lowers[j - 1] in _ORDINALS:
            nth = _ORDINALS[lowers[j - 1]]
            return (min(nth, days) if days else nth) - 1
    return 0


def _noun_ended_in_relative(a: AnalysedSentence, trigger: int) -> int:
    """The visit noun that a relative clause right after its phrase tells the end of ("paid a
    three-day visit to Vietnam, which ended on Wednesday", "arrived in Hanoi for a two-day visit
    that ends on Friday"), or -1: the day the sentence gives is the visit's last, as "concluded a
    two-day visit on Friday" gives it (it had been taken for the first). The noun is the
    trigger's own, or the one an arrival's purpose names. Not when a day stands before the
    clause ("a visit to Vietnam on Monday, which ended on Wednesday"): that day is the visit's
    own, or the arrival's."""
    lowers = a.tokens.lowers
    noun = trigger
    if lowers[trigger] in et.ARRIVAL_VERBS:
        noun = next(
            (
                j
                for j in range(trigger + 1, min(a.tokens.n, trigger + _RELATIVE_END_REACH))
                if _visit_noun(lowers[j])
            ),
            -1,
        )
    if noun < 0 or not _visit_noun(lowers[noun]):
        return -1
    for j in range(noun + 1, min(a.tokens.n, noun + _RELATIVE_END_REACH)):
        if lowers[j] in ("which", "that"):
            verb = j + 2 if lowers[j + 1] in _ENDING_AUXILIARIES else j + 1
            ended = lowers[verb] in _ENDING_VERBS and not any(trigger < i < j for i, _ in a.date_tokens)
            return noun if ended else -1
        if lowers[j] in (".", ";", ":") or lowers[j] in et.RELATIVE_WORDS:
            return -1
    return -1


def _visit_noun(lower: str) -> bool:
    """Whether a word is a noun of a visit ("visit", "trip", "tour")."""
    return et.NOUN_TRIGGERS.get(lower) == et.VISIT


#: Tokens after a visit's noun within which a relative clause of its end may open ("visit to the
#: Democratic Republic of the Congo, which ended").
_RELATIVE_END_REACH: Final = 12
#: Auxiliaries between a relative pronoun and a verb of ending: "which was concluded", "that had ended".
_ENDING_AUXILIARIES: Final = et.word_set("was has had")


def _length_before(tokens: Tokens, trigger: int) -> int:
    """The token of a visit's length ("three-day") before its noun at `trigger`, over the kinds
    of visit and the words of an occasion or purpose written between ("a three-day state visit",
    "a three-day St Patrick's Day visit", "a two-day trade mission visit"); the token before
    the noun when no length is written within reach."""
    lowers = tokens.lowers
    k = trigger - 1
    while lowers[k] in et.VISIT_KINDS:
        k -= 1
    for j in range(k, max(-1, k - _OCCASION_REACH), -1):
        if _VISIT_LENGTH.fullmatch(lowers[j]):
            return j
        if not (tokens.caps[j] or lowers[j] in POSSESSIVE_MARKS or lowers[j].isalpha()):
            break  # a comma, a number: the phrase of the visit ends before it
        if lowers[j] in _PHRASE_OPENERS:
            break  # "a", "his", "of": no length opens the phrase
    return k


#: How many words of an occasion or purpose may stand between a visit's length and its noun.
_OCCASION_REACH: Final = 6
_PHRASE_OPENERS: Final = et.word_set("a an the his her their its of to in on for at and with during after")


#: Which day of a visit: "on the second day of".
_ORDINALS: Final = {
    word: n
    for n, forms in enumerate(
        [("first", "1st"), ("second", "2nd"), ("third", "3rd"), ("fourth", "4th"), ("fifth", "5th"),
         ("sixth", "6th"), ("seventh", "7th"), ("eighth", "8th"), ("ninth", "9th"), ("tenth", "10th")],
        start=1,
    )
    for word in forms
}  # fmt: skip


_VISIT_LENGTH: Final = re.compile(r"(\w+)-day")
_ENDING_VERBS: Final = et.word_set(
    "concluded concludes concluding ended ends ending wrapped wraps wrapping completed completes completing "
    "winding wound"
)


def _unit_dates(a: AnalysedSentence, unit: Unit, offsets: frozenset[int] = frozenset()) -> list[DateMention]:
    """The date mentions written in a unit, outside its topic ("entry into force on ...")
    and other than the `offsets` (tokens of "a day after" that date another event)."""
    return [
        d
        for i, d in a.date_tokens
        if i in unit.tokens
        and i not in a.clauses.topic
        and i not in offsets
        and not _deadline(a, d)
        and not release_date(a.tokens.lowers, i)  # "According to a statement released on Sunday"
        and not _in_a_purpose_ahead(a.tokens, i)
    ]


def _in_a_purpose_ahead(tokens: Tokens, i: int) -> bool:
    """Whether the date at token i closes an infinitive of purpose told after a present
    progressive or state ("is visiting Japan to attend a summit ... on Saturday", "are in
    Riyadh to sign the accord on Monday"): the day of what the trip is for, still ahead, not
    of the trip told as going on (it had dated the visit to the Saturday before)."""
    lowers = tokens.lowers
    for k in range(i - 1, max(0, i - _PURPOSE_REACH) - 1, -1):
        if lowers[k] in _CLAUSE_ENDS:
            return False
        if lowers[k] == "to" and _verb_after_to(tokens, k):
            return _going_on_before(lowers, k)
    return False


def _verb_after_to(tokens: Tokens, to: int) -> bool:
    """Whether "to" at token `to` opens an infinitive ("to attend a summit"), not a
    preposition ("to Japan", "to the summit", "to neighbouring Kazakhstan")."""
    verb = tokens.lowers[to + 1]
    return verb.isalpha() and not tokens.caps[to + 1] and verb not in _DETERMINERS and not tokens.caps[to + 2]


def _going_on_before(lowers: list[str], to: int) -> bool:
    """Whether the clause before token `to` tells its event as going on: "is visiting",
    "are holding talks", "is in Tokyo", "is on a visit"."""
    for k in range(to - 1, max(0, to - _PURPOSE_REACH) - 1, -1):
        lower = lowers[k]
        if lower in _CLAUSE_ENDS:
            return False
        if lower in ("is", "are", "am"):
            following = lowers[k + 2] if lowers[k + 1] in ("also", "now", "currently") else lowers[k + 1]
            return following.endswith("ing") or following in ("in", "on")
    return False


#: How many tokens an infinitive of purpose (or the clause before it) may take.
_PURPOSE_REACH: Final = 16
_CLAUSE_ENDS: Final = frozenset([",", ";", ".", ":"])


#: Words before a date that make it a deadline ("to exchange lists by the end of January"),
#: or the end of a span whose start is unsaid ("on a four-day visit to Japan through Friday"),
#: which dates no event's day (the last day had been read as the week before's).
_DEADLINE_ENDINGS: Final = (
    " by ",
    " by the end of ",
    " before the end of ",
    " no later than ",
    " until ",
    " till ",
    " through ",
)


def _deadline(a: AnalysedSentence, d: DateMention) -> bool:
    # (whole words: "in Port Moresby yesterday" ends with "by " too)
    return (" " + a.sentence.text[max(0, d.start - 20) : d.start].lower()).endswith(_DEADLINE_ENDINGS)


def _offset_tokens(a: AnalysedSentence) -> frozenset[int]:
    """Where "a day after" / "two days before" introduces an anchor that tells its own
    event, an engagement or any other told in a clause of its own ("a day after the two
    countries announced an agreement"): the words say how far apart the two events are, not
    the date of either."""
    lowers = a.tokens.lowers
    telling = {t.segment for t in a.clauses.triggers if not t.negated}
    return frozenset(
        segment.start - 2
        for index, segment in enumerate(a.clauses.segments)
        if segment.role == ANCHOR
        and (
            (index in telling and not _told_event_phrase(a, segment.start + 1, segment.end))
            or _finite_clause(a, segment.start + 1, segment.end)
            or names_another_event(lowers, segment.start + 1, segment.end)
        )
        and offset_anchor(lowers, segment.start)
    )


def _told_event_phrase(a: AnalysedSentence, start: int, end: int) -> bool:
    """Whether the words after "the day before" are a definite noun phrase of an event, its
    noun right after the determiner ("the day before the summit", "a day after their talks",
    "the day before the signing ceremony"): an event the story has told, so the offset counts
    from its day, the one told last, as "on the eve of the summit" does; an event told in a
    clause of its own ("a day after the two ministers co-chaired the forum") is new."""
    lowers = a.tokens.lowers
    if start >= end or lowers[start] not in et.THIRD_PERSON_DETERMINERS:
        return False
    return any(lowers[k] in et.NOUN_TRIGGERS for k in range(start + 1, min(end, start + 3)))


def _finite_clause(a: AnalysedSentence, start: int, end: int) -> bool:
    """Whether the words from `start` are a clause with a subject and a past verb of its own
    ("the two countries announced an agreement", "Beijing lifted its curbs"), an event the
    sentence tells without its day, not a noun phrase of one dated before ("his arrival")."""
    lowers, caps = a.tokens.lowers, a.tokens.caps
    for k in range(start + 1, min(end, start + _SUBJECT_REACH + 1)):
        lower = lowers[k]
        if lower in _CLAUSE_STOPS:
            return False
        if (
            not caps[k]
            and lowers[k - 1] not in _DETERMINERS
            and (lower in _IRREGULAR_PAST or _REGULAR_PAST.match(lower))
        ):
            return True
    return False


#: Words of a subject before its verb: "the two countries announced", "Indian and Chinese
#: negotiators reached".
_SUBJECT_REACH: Final = 6
_CLAUSE_STOPS: Final = frozenset([",", ";", ".", "of", "in", "on", "at", "for", "with", "to", "by", "from"])
_DETERMINERS: Final = et.word_set("the a an his her their its our this that these those")
_REGULAR_PAST: Final = re.compile(r"[a-z]{3,}ed$")
_IRREGULAR_PAST: Final = et.word_set(
    "met held had made took gave said struck won began came went spoke left sent set put drew broke"
)


def _groups(
    a: AnalysedSentence, unit: Unit, units: list[Unit], position: int, written_on: date | None
) -> list[list[DateMention]]:
    """Date mentions in priority order: the unit's own, those of clauses that tell no event
    of their own (a pointer such as "on the sidelines of the summit ... on Monday" tells
    none), then (as a guess) those of clauses that do. An anchor that tells an earlier event
    ("after their talks in May", "a day after X arrived") keeps its date to itself; one
    that lasts through the main event ("During his visit on Tuesday") shares it. A "where"
    or "when" clause tells what happened at the event of the clause it hangs on ("held talks
    on Thursday, where they signed the protocol"): that clause's date is its own. An anchor of a
    gathering after the event ("before (ahead of) the summit in Vientiane on Monday") keeps its
    day to itself too, but a day of it already past when the story was written (`written_on`)
    is a guess for an event told without one: it came on that day or just before."""
    if not a.date_tokens:
        return [[], [], []]  # (a sentence with no date: every group is empty, as read below)
    offsets = _offset_tokens(a)
    own = [
        d for d in _unit_dates(a, unit, offsets) if not (unit.role == ANCHOR and _day_before_what_follows(d))
    ]
    if own:
        own = [d for d in own if not _day_of_a_reported_plan(a, d, position)]
    host = host_unit(a, unit, units)
    if not own and host is not None:
        # "visited on 30 January - 1 February, when he held talks": some day of the span
        own = [_some_day_of(d) for d in _unit_dates(a, host, offsets)]
    free: list[DateMention] = []
    claimed: list[DateMention] = []
    later: list[DateMention] = []  # the past days of gatherings the event came before
    for other in units:
        if other is unit or other is host:
            continue
        if is_future(a, other):
            # ("Zambia will work with Angola, X said on Monday during a meeting with Y": what is
            # said is ahead, the saying is done, at the meeting, on its day)
            free.extend(d for d in _unit_dates(a, other, offsets) if _said_at_it(a, d, position))
            continue
        if _before_a_gathering(a, other):
            later += [d for d in _unit_dates(a, other, offsets) if _day_gone_by(d, written_on)]
        if anchored_ahead(a, other):
            continue  # "held talks ahead of the G20 summit in November": the summit's month
        if _since_anchor(a, other):
            continue  # "their first encounter since a heated exchange in February": before it
        tells_event = unit_has_trigger(a, other)
        if other.role == ANCHOR and tells_event:
            segment = a.clauses.segments[other.segments[0]]
            if creates_events(a.tokens, segment) and not encloses_main(a.tokens.lowers, segment.start):
                continue
            tells_event = False  # a pointer, or "During his visit on Tuesday": the same day
        (claimed if tells_event else free).extend(_unit_dates(a, other, offsets))
    groups = [own, _without_speakers_day(a, free, position), claimed + later]
    reports = [d for group in groups for d in group if _reported_on(a, d)]
    if not reports:
        return groups
    # ", the DFA said in a statement Friday": the day of the report, a guess for the event's
    return [[d for d in group if d not in reports] for group in groups] + [reports]


def _before_a_gathering(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether a unit is an anchor of what the event came before: "before the Mekong summit",
    "ahead of the summit", "prior to the forum" (not "a day before the summit", whose offset
    counts from that day)."""
    if unit.role != ANCHOR:
        return False
    start = a.clauses.segments[unit.segments[0]].start
    lowers = a.tokens.lowers
    if lowers[start] == "before":
        return not offset_anchor(lowers, start)
    return anchored_ahead(a, unit)


def _day_gone_by(d: DateMention, written_on: date | None) -> bool:
    """Whether a mention names a day (not a month or a span) on or before the story's day."""
    return d.kind in STATED_KINDS and d.date is not None and written_on is not None and d.date <= written_on


def _since_anchor(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether a unit is an anchor opened by "since" that names an event
    (`since_another_event`, or one told by a trigger: "since their talks in March"): its date
    is that earlier event's, from which the one told is counted, never this one's (the month
    had taken the meeting's day from it). "since Saturday" names no event: it dates the start
    of the one told ("has been on a visit to Cuba since Saturday")."""
    return since_another_event(a, unit) or (opens_on_since(a, unit) and unit_has_trigger(a, unit))


def _day_before_what_follows(d: DateMention) -> bool:
    """Whether a mention is "on the eve of": it names the day before the event its anchor
    tells, so it dates the main clause ("On the eve of the summit, X called on Y"), never the
    anchor's own event (the summit had been moved back a day, and the call with it)."""
    return d.kind == "anaphoric" and d.text.lower().split()[-1:] == ["of"]


def _reported_on(a: AnalysedSentence, d: DateMention) -> bool:
    """Whether a date closes the sentence's attribution (", the ministry said on Friday", ",
    according to a statement issued on Friday"): when it was reported, not when it happened.
    A day's possessive is none ("X said Saturday's call was warm"): it dates the event it owns."""
    text = a.sentence.text
    if d.text.endswith(_POSSESSIVE_ENDINGS):
        return False
    if _REPORTED_AFTER.match(text, d.end) and _reporting_before(a.tokens, d.start):
        # "X said on Wednesday that he had spoken by phone with Y on Monday", "X told reporters
        # on Monday: "When I was in Dodoma last week, I met Y"": the day of the remarks
        return True
    if _SAID_RIGHT_AFTER.match(text, d.end) and _REPORTED_CLAUSE.match(text, d.end):
        # "A statement by the ministry on Thursday said the meeting discussed ...", "The
        # ministry's spokesperson on Thursday said that ...": the date stands between the
        # speaker and the speech verb, the day of the remarks
        return True
    if _SENTENCE_CLOSE.fullmatch(text, d.end) and _reporting_before(a.tokens, d.start):
        # '"Last week I met Y in Hanoi," Lao Minister of Energy and Mines X said on Thursday.':
        # the speech verb right before the sentence's last date tells the remarks' day, however
        # long the speaker's title between the quotation and it
        return True
    comma = text.rfind(",", 0, d.start)
    if comma < 0 or "," in text[d.end :]:
        return False
    between = text[comma + 1 : d.start].lower().split()
    # ("according to a statement posted by the Economy Ministry (SE) on Friday": a longer one)
    most = _MAX_ACCORDING_WORDS if between[:2] == ["according", "to"] else _MAX_ATTRIBUTION_WORDS
    return len(between) <= most and not _REPORTING.isdisjoint(between)


def _said_at_it(a: AnalysedSentence, d: DateMention, position: int) -> bool:
    """Whether `d` dates remarks made at the event of the trigger at `position`, which the words
    right after the date name (", Minister X said on Monday during a meeting with Y", ", X said
    on Tuesday after talks with Y"): the remarks' day is the event's."""
    return (
        d.end <= position
        and _OCCASION_OF_REMARKS.fullmatch(a.sentence.text, d.end, position) is not None
        and _reporting_before(a.tokens, d.start)
    )


def _without_speakers_day(a: AnalysedSentence, free: list[DateMention], position: int) -> list[DateMention]:
    """The free dates less a speaker's day (`_said_at_it`) when another is written after the
    trigger: "X said on Friday after his meeting with Y on the sidelines of the summit in
    Brussels on Thursday" dates the meeting Thursday, the day the text gives it; the day of the
    remarks is only a guess for an event told with none ("X said on Friday after talks with Y")."""
    speakers = [d for d in free if _said_at_it(a, d, position)]
    if not speakers or not any(_told_with_the_event(a, d, position) for d in free):
        return free
    return [d for d in free if d not in speakers]


def _told_with_the_event(a: AnalysedSentence, d: DateMention, position: int) -> bool:
    """Whether a date follows the trigger at `position` before any reported words open ("that",
    a colon, a quotation): "after his meeting with Y in Brussels on Thursday"; a day inside
    what was said ("..., that the sides would meet again on Monday") is none of the event's."""
    between = a.sentence.text[position : d.start]
    return d.start > position and _REPORTED_WORDS.search(between) is None


def _day_of_a_reported_plan(a: AnalysedSentence, d: DateMention, position: int) -> bool:
    """Whether a date after the trigger at `position` dates a plan reported after it: "X said
    on Friday after his meeting with Y in Minsk that the two would meet again on Wednesday"
    (the next meeting's day, not this one's); "after the meeting that was held on Wednesday"
    tells the meeting's own day."""
    return d.start > position and _REPORTED_PLAN.search(a.sentence.text, position, d.start) is not None


#: A clause of reported words that tells a plan: "that the two would", "that they will".
_REPORTED_PLAN: Final = re.compile(r"\bthat\s+(?:[\w'’-]+\s+){1,4}(?:would|will|plan|plans|intend|intends)\b")


#: Words that open what a speaker reported: "that", a colon, a quotation mark.
_REPORTED_WORDS: Final = re.compile(r"\bthat\b|:|[\"“”]")


#: The words from a speaker's date to the event the remarks were made at: "during a", "after",
#: "on the sidelines of the".
_OCCASION_OF_REMARKS: Final = re.compile(
    r"\s+(?:during|after|following|at|on\s+the\s+(?:sidelines|margins)\s+of)\s+"
    r"(?:(?:a|an|the|his|her|their|its)\s+)?"
)


_REPORTING: Final = et.SPEECH_VERBS | {"according"}
_POSSESSIVE_ENDINGS: Final = tuple(POSSESSIVE_MARKS)
#: What may follow the last date of a sentence: its closing marks.
_SENTENCE_CLOSE: Final = re.compile(r"[\s.!\"”’')]*")
#: A speech verb right after a date, with no comma between ("... on Thursday said"): a comma
#: there (", said the ministry") makes the date the event's and the verb an attribution after it.
_SAID_RIGHT_AFTER: Final = re.compile(r"\s+(?:said|says|stated|noted|added|disclosed|explained)\b")
#: The speech verb and the start of the words it reports: "that", or a subject of a clause
#: ("said the meeting", "said the two sides", "said Minister X"), not an object ("said goodbye").
_REPORTED_CLAUSE: Final = re.compile(
    r"\s+\w+\s+(?:that\b|the\s|both\s|they\s|he\s|she\s|it\s|talks\s|discussions\s|[A-Z])"
)
#: What opens the words reported after a speaker's date: "that", a colon, or a quotation.
_REPORTED_AFTER: Final = re.compile(r"\s*(?:,?\s*that\b|:|,?\s*[\"“])")


def _reporting_before(s: Tokens, start: int) -> bool:
    """Whether the words right before a date are a speech verb, its listeners and "on" ("said
    on", "told reporters on", "told a news conference on"), read as the clauses read "X said on
    Monday:": the date is of the remarks."""
    k = token_at(s.starts, start)
    return speech_verb_ends(s, k - (k > 0 and s.lowers[k - 1] == "on"))


#: Words between the comma and the date of an attribution: "the DFA said in a statement".
_MAX_ATTRIBUTION_WORDS: Final = 8
_MAX_ACCORDING_WORDS: Final = 12


def _some_day_of(d: DateMention) -> DateMention:
    """A span of days as the date of an event told inside it: an unknown one of its days."""
    if d.date_end is None or d.date_end == d.date:
        return d
    return DateMention(d.start, d.end, None, d.text, "vague")


def host_unit(a: AnalysedSentence, unit: Unit, units: list[Unit]) -> Unit | None:
    """The clause a "where"/"when" clause hangs on (the unit holding the token before its
    comma), whose event is where and when this one took place; None for other units."""
    if unit.role != RELATIVE or unit.head < 0:
        return None
    first = min(unit.tokens)
    lowers = a.tokens.lowers
    # (also "held the V Binational Cabinet in Tumbes on 5 July, at the end of which ... signed")
    if (
        lowers[first] not in ("where", "when")
        and lowers[first + 1] != "which"
        and not at_the_end_of_which(lowers, first)
    ):
        return None
    return next((u for u in units if u is not unit and unit.head in u.tokens), None)


def set_date(
    doc: DocumentContext,
    a: AnalysedSentence,
    unit: Unit,
    units: list[Unit],
    candidate: Draft,
    position: int,
    anchor_target: Draft | None,
) -> None:
    """Set a draft's date and whether the sentence states it (see the module docstring)."""
    candidate.earlier_encounter = _told_as_an_earlier_encounter(a, position)
    offset = days_from_main(a, unit)
    host = host_unit(a, unit, units) if offset is None else None
    if host is not None and host.role == ANCHOR:
        # "..., a day after Putin was in North Korea, where he signed a pact": the "where"
        # clause's event is on the day of the anchor it hangs on, counted from the main clause's
        offset = days_from_main(a, host)
    main = next((u for u in units if u.role == MAIN), None) if offset is not None else None
    if offset is not None and main is not None:
        # "a day after Prabowo arrived": the arrival is dated from the main clause's event
        # (read from the main clause's own event: from the anchor's, "on Wednesday, a day after
        # the summit" had read "a day after" as a day after Wednesday)
        told = [t.token for t in a.clauses.triggers if not t.negated and t.segment in main.segments]
        at = a.tokens.starts[told[0]] if told else position
        main_date = _stated_or_inherited(doc, a, main, units, at, anchor_target, candidate.earlier_encounter)
        candidate.date = main_date[0] - timedelta(days=offset) if main_date[0] else None
        candidate.date_explicit = main_date[1]
        if not main_date[1] and not unit_has_trigger(a, main):
            # "Exports rose, two weeks after the two countries signed a pact": the main clause
            # tells no event and no day to count from (the story's day had been counted back)
            candidate.date = None
        return
    candidate.reported_done = _reported_as_done(a, position)
    before_the_news = candidate.earlier_encounter or candidate.reported_done
    candidate.date, candidate.date_explicit = _stated_or_inherited(
        doc, a, unit, units, position, anchor_target, before_the_news
    )
    anchored = _dated_anchor_event(doc, a, unit) if candidate.type == et.AGREEMENT else None
    if anchored is not None and not candidate.date_explicit:
        # "Five agreements were signed after talks between A and B in Nairobi on Thursday": the
        # day of the talks the anchor tells, not the story's
        candidate.date = anchored
        candidate.date_anchored = True
    if candidate.background and _told_as_now(a, unit, position):
        candidate.background = False  # "..., where he is being received by X": the story's news
    if (not candidate.date_explicit or not _unit_dates(a, unit)) and _before_the_main_clause(a, unit):
        # "..., two years after the two countries signed their trade pact": months or years
        # before the main clause, on a day the text does not give (it had taken the story's);
        # so is an event the main clause counts from ("said on Tuesday that ties had improved
        # since he met X in Cairo"); the day of the main clause ("on Tuesday defended his
        # policy, a year after meeting X") is never the anchor's (it had been taken as stated)
        candidate.date = None
    trigger = token_at(a.tokens.starts, position)
    if (
        any(i < trigger for i, _ in a.date_tokens)
        and sequenced_event(a, trigger)
        and not any(trigger < i <= max(unit.tokens) for i, _ in a.date_tokens)
    ):
        # "signed 37 agreements on Wednesday during a state visit that followed the G20 summit":
        # the sentence's day is the signing's; the summit came before, on a day the text does
        # not give (it had taken the signing's). In a sentence with no day the guess stays
        # ("The signing followed the Annual Strategic Dialogue": the day told before)
        candidate.date, candidate.date_explicit = None, False
    if candidate.in_passing and not candidate.date_explicit:
        # "the investment pledged during X's visit to Bangkok": a past event told in passing,
        # on a day the text does not give (it had taken the story's or the last event's day)
        candidate.date = None
    candidate.date = _not_ahead(candidate.date, doc.written_on, a, position)
    candidate.of_a_past_year = _of_a_past_year(doc, a, unit, candidate)
    if candidate.type == et.VISIT and candidate.date is not None and candidate.date_explicit:
        # "concluded a two-day state visit to Vietnam on Wednesday": the visit is dated by its
        # first day, as an arrival dates it
        candidate.date -= timedelta(days=_days_before_the_end(a, token_at(a.tokens.starts, position)))
    # "After the talks, ... witnessed the signing": the day of the talks, a better guess than
    # the story's day that a summary in the lead ("... and witnessed the signing") inherited
    candidate.date_anchored = candidate.date_anchored or (
        not candidate.date_explicit
        and anchor_target is not None
        and anchor_target.date_explicit
        and anchor_target.type != et.VISIT
        and candidate.date == anchor_target.date
    )


#: Units of an offset too long to count a day by: "two years after", "months before".
_LONG_OFFSET_UNITS: Final = et.word_set("month months year years decade decades")


def _before_the_main_clause(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether the unit is an anchor whose event came a long or unknown while before the main
    clause's: "a year after meeting X" (`_months_apart`) or "since he met X in Cairo", an event
    of its own that the main clause counts from (not "since Saturday", which tells none)."""
    return _months_apart(a, unit) or (opens_on_since(a, unit) and unit_has_trigger(a, unit))


def _months_apart(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether the unit is an anchor clause opened by an offset of months or years ("two years
    after the two countries signed", "months after X visited", "a decade before"): its event
    lies that long from the main clause's, on no day one could count."""
    if unit.role != ANCHOR:
        return False
    first = min(unit.tokens)
    lowers = a.tokens.lowers
    return lowers[first] in ("after", "before") and first > 0 and lowers[first - 1] in _LONG_OFFSET_UNITS


def _of_a_past_year(doc: DocumentContext, a: AnalysedSentence, unit: Unit, candidate: Draft) -> bool:
    """Whether the event's own clause dates it to a year before the story's ("signed their
    partnership agreement in 2019", "on March 4, 2019", "in May last year"): told as past
    background, so the dateline, where the reporter is now, does not say where it was."""
    if doc.written_on is None or not candidate.date_explicit:
        return False
    if candidate.date is not None:
        return (
            candidate.date.year < doc.written_on.year
            and (doc.written_on - candidate.date).days > _RECENT_DAYS
        )
    years = [_stated_year(d, doc.written_on) for d in _unit_dates(a, unit)]
    return any(year is not None and year < doc.written_on.year for year in years)


#: Days before the story within which an event of the year before is still recent news
#: ("JAKARTA, Jan 3 - ... met on Dec 30").
_RECENT_DAYS: Final = 31


def _stated_year(mention: DateMention, written_on: date) -> int | None:
    """The year a month or year mention states: "2019", "March 2019", "last year"; None when
    it states none ("in March", "earlier this year")."""
    if mention.kind not in ("year", "month"):
        return None
    if mention.text.lower().endswith("last year"):
        return written_on.year - 1
    written = _WRITTEN_YEAR.search(mention.text)
    return int(written.group()) if written is not None else None


_WRITTEN_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")


def _not_ahead(day: date | None, written_on: date | None, a: AnalysedSentence, position: int) -> date | None:
    """An event told as done happened before the story was written: "signed a deal ... on Jan.
    15" in a November story is last January's, not the coming one (a month and day without a
    year may be read ahead only for what is still to come); so is "met ... on April 5" in a
    story of March 14 when the sentence writes no year (it had been the coming April 5)."""
    if day is None or written_on is None or (day - written_on).days <= _AHEAD_TOLERANCE_DAYS:
        return day
    if day.year == written_on.year + 1 or (
        day.year == written_on.year and _year_unwritten(a, day) and _told_in_the_past(a, position)
    ):
        return _in_year(day, day.year - 1) or day
    return day


def _year_unwritten(a: AnalysedSentence, day: date) -> bool:
    """Whether `day` is a month and day the sentence writes without a year, and the sentence
    states none ("on April 5", not "on April 5, 2025" nor "on April 5 this year")."""
    return (
        any(m.kind == "month_day" and m.date == day for m in a.dates)
        and _WRITTEN_YEAR.search(a.sentence.text) is None
        and "year" not in a.sentence.text.lower()
    )


def _told_in_the_past(a: AnalysedSentence, position: int) -> bool:
    """Whether the trigger at `position` is a past verb or the noun of one a few words before
    it ("met", "signed", "held a bilateral meeting"), not a present told ahead ("meets Y on
    April 5", "arrives in Amman on April 5 for talks")."""
    lowers, caps = a.tokens.lowers, a.tokens.caps
    trigger = token_at(a.tokens.starts, position)
    return any(
        not caps[k] and (lowers[k] in _IRREGULAR_PAST or _REGULAR_PAST.match(lowers[k]) is not None)
        for k in range(max(0, trigger - _PAST_VERB_REACH), trigger + 1)
    )


#: Words from a past verb to the noun of its event: "held a bilateral meeting".
_PAST_VERB_REACH: Final = 3


#: Days an event may lie after the writing date (time zones, a story dated the evening before).
_AHEAD_TOLERANCE_DAYS: Final = 2


def still_ahead(day: date | None, written_on: date | None) -> bool:
    """Whether `day` lies after the story was written, beyond the slack of time zones: the
    event was still to come, a plan ("X meets Y in Oslo on 20 March" told on the 14th, "leaves
    for Abuja on Monday, 17th March, for talks"), however its tense or wording told it."""
    return day is not None and written_on is not None and (day - written_on).days > _AHEAD_TOLERANCE_DAYS


def _stated_or_inherited(
    doc: DocumentContext,
    a: AnalysedSentence,
    unit: Unit,
    units: list[Unit],
    position: int,
    anchor_target: Draft | None,
    earlier_encounter: bool,
) -> tuple[date | None, bool]:
    # the words of the other events of this clause ("arrived on Monday and was received ...",
    # "last met in August, and spoke by telephone on June 2")
    others = tuple(
        a.tokens.starts[t.token]
        for t in a.clauses.triggers
        if not t.negated and t.token in unit.tokens and a.tokens.starts[t.token] != position
    )
    day_of_when = _day_of_when(a, unit)
    if day_of_when is not None:
        return day_of_when, True
    year = _year_of_when(a, unit)
    if year is not None:
        # "..., since 2019, when President X visited Dar es Salaam (on March 3)": in that year
        own = choose([_unit_dates(a, unit)], position, a.dates, None)
        day = _in_year(own.value, year) if own is not None and own.value is not None else None
        return day, True
    groups = _groups(a, unit, units, position, doc.written_on)
    if '"' in a.sentence.text or "“" in a.sentence.text:
        groups = _less_the_speakers_days(a.sentence.text, groups, position)
    groups[0] += _signed_in_year(a, unit, position)
    groups[0] = [d for d in groups[0] if not _year_ahead(d, doc.written_on)]
    groups[0] = _less_years_of_participles(a, groups[0], position)
    beside = _years_beside(a, groups[0], position)
    groups[0] = beside + _opening_years(a, beside)
    # "The following day", "the same day" count from the event told last, also one told in a
    # relative clause ("..., who held talks in Istanbul on Jan. 20. The following day, ...")
    anaphoric = any(d.kind == "anaphoric" for d in a.dates)
    # ("A seminar ... was held in Hai Phong on June 25. On the same day, X received Y": the day
    # the story stated last, when no engagement was told since, or none at all)
    # ("Earlier in the day, X and Y co-chaired ..." after "X, who arrived on Monday, delivered
    # a message": the day of the story's event, not of the arrival told beside it)
    within_day = any(d.kind == "anaphoric" and in_the_day(d) for d in a.dates)
    previous = (_day_stated_since_last_event(doc, a.index) if anaphoric else None) or _previous_date(
        _counted_from(doc.candidates, a) if anaphoric else doc.candidates,
        a.index,
        include_background=anaphoric and not within_day and _follows_background(doc, a),
    )
    if previous is None and anaphoric and doc.written_on is not None and any(counts_back(d) for d in a.dates):
        # "MOSCOW, March 12. /TASS/. The day before, X met Y", the first event told: the day
        # before the story's (it had been no day at all)
        previous = doc.written_on
    chosen = choose(groups, position, a.dates, previous, other_events=others)
    told_before = _day_told_before_the_report(doc, a, groups, chosen)
    if told_before is not None:
        # "X spent Tuesday in Berlin. X sat down with Y, according to a statement posted on
        # Wednesday": the day the story told before, not the report's (a day after the event)
        return told_before, False
    one_of_a_stay = False
    guessed = chosen is not None and not chosen.explicit
    # the sentence's other relative clauses, which both tests below read
    relatives = [u for u in units if u is not unit and u.role == RELATIVE] if guessed else []
    if guessed and _arrived_the_day_before(a, unit, relatives):
        # "X held talks with Y, who arrived in Addis Ababa yesterday": the story's news, not
        # the arrival's day (see `_arrived_the_day_before`)
        chosen = None
    elif guessed and _later_than_a_relative(a, unit, units, relatives):
        # "Moriyama, who arrived in Manila late on Tuesday, later held talks with X": after the
        # arrival, so not on its day (the guess a clause of another event gives)
        chosen = None
        # ("X, who arrived in Amman on Wednesday, also met Y on the sidelines of ...": on some
        # day of the stay, which neither an event of others told before nor the story's day is)
        one_of_a_stay = not _told_later(a, unit) and not _goes_on_with_last(doc, a)
    if doc.said_day is not None and _speaking_after(a, position):
        # "X said on Wednesday. Speaking after talks with Y in Dubai, X said ...": the talks
        # came just before the remarks, on their day (not the publication's)
        return doc.said_day[1], True
    if (
        (chosen is None or not chosen.explicit)
        and doc.written_on is not None
        and not _report_day_before(groups, chosen, doc.written_on)
        and _told_as_now(a, unit, position)
    ):
        # "Lula has arrived at the Union Buildings", "The two presidents have begun talks": the
        # day the story is written, not that of the visit's start told before
        return doc.written_on, False
    if chosen is not None and (chosen.explicit or anchor_target is None):
        return chosen.value, chosen.explicit
    if anchor_target is not None and anchor_target.type != et.VISIT:
        # "X, who arrived on Sunday, witnessed the signing after the talks": the talks' day,
        # not a guess from the arrival's clause
        return anchor_target.date, False
    if chosen is not None:
        return chosen.value, chosen.explicit
    if anchor_target is not None:
        # a visit lasts days and is dated by its first: "On the sidelines of the visit, X and Y
        # signed" happened on the day the story reports (its lead's), not on the day of arrival
        return doc.candidates[0].date, False
    if _refers_to_undated(doc, a):
        return None, False
    gathering = bare_sidelines_event(doc, a)
    if gathering is not None:
        return gathering.date, False
    if one_of_a_stay or _adds_another_deal(doc, a) or earlier_encounter or _told_separately(a):
        return None, False
    narrative = _narrative_date(doc, a)
    if trip_home(a) and narrative == doc.written_on:
        # "returned from New Zealand (on Sunday) after a week-long visit", the story's first
        # news: the visit was before the return, on days the text does not give (a story that
        # has dated its events keeps their day: "was on a one-day visit ... and returned");
        # "returned home on Tuesday after a three-day visit": its days ended with the return's
        return _first_day_before_return(a, position), False
    return narrative, False


def _first_day_before_return(a: AnalysedSentence, position: int) -> date | None:
    """The first day of a visit of N days told with the trip home that ended it ("returned home
    on Tuesday after a three-day official visit to Laos", "arrived home today after concluding
    his five-day visit"): N - 1 days before the return's day, the one day of the sentence set
    aside as the return's (`_homeward_tokens`); None without its length or that day."""
    trigger = token_at(a.tokens.starts, position)
    if et.NOUN_TRIGGERS.get(a.tokens.lowers[trigger]) != et.VISIT:
        return None
    length = _VISIT_LENGTH.fullmatch(a.tokens.lowers[_length_before(a.tokens, trigger)])
    days = count_of(length.group(1)) if length is not None else 0
    kept = {id(d) for _, d in a.date_tokens}
    returns = [d for d in a.dates if id(d) not in kept and d.kind in STATED_KINDS and d.date is not None]
    if days < 1 or len(returns) != 1 or returns[0].date is None:
        return None
    return returns[0].date - timedelta(days=days - 1)


def _day_told_before_the_report(
    doc: DocumentContext, a: AnalysedSentence, groups: list[list[DateMention]], chosen: EventDate | None
) -> date | None:
    """The day a sentence before this one stated, after the last event told, when this sentence's
    only day is that of its report (the last of `_groups`' groups when any is): an event is
    reported on its day or later, so an earlier day the story is at is its day; None otherwise."""
    if chosen is None or chosen.explicit or chosen.value is None or len(groups) < _GROUPS_WITH_REPORTS:
        return None
    if any(groups[:-1]):
        return None
    stated = _day_stated_since_last_event(doc, a.index)
    return stated if stated is not None and stated < chosen.value else None


#: `_groups` adds a fourth group, of report days, to its three when the sentence has any.
_GROUPS_WITH_REPORTS: Final = 4


def _report_day_before(groups: list[list[DateMention]], chosen: EventDate | None, written_on: date) -> bool:
    """Whether the guess is the day of the sentence's report and that day is before the story's
    ("X has met Y, the ministry said on Tuesday" in a Wednesday story): what was reported done
    on Tuesday happened by then, so a present perfect does not make it the story's day's."""
    if chosen is None or chosen.value is None or len(groups) < _GROUPS_WITH_REPORTS:
        return False
    return chosen.value < written_on and any(d.date == chosen.value for d in groups[-1])


def bare_sidelines_event(doc: DocumentContext, a: AnalysedSentence) -> Draft | None:
    """The event a sentence with a bare "on the sidelines" ("On the margins,", "met Y on the
    sidelines on Monday", no "of" after it) is beside: the latest told before that is no visit,
    for talks and summits have sidelines and an arrival has none ("X met Y on Monday. X arrived
    on Sunday for a visit. On the sidelines, A and B signed ...": Monday, not the arrival's
    Sunday). The one choice of that event: its day dates the sentence's events (here) and its
    place places them (engagement_places), so both come from the same event."""
    lowers, n = a.tokens.lowers, a.tokens.n
    if et.SIDELINE_WORDS.isdisjoint(lowers[:n]):
        return None
    if not any(et.sidelines_at(lowers, i) and (i + 3 >= n or lowers[i + 3] != "of") for i in range(n - 2)):
        return None
    return _told_last(
        doc, a.index, told_in_passing=False, keep=lambda c: c.type != et.VISIT and c.date is not None
    )


def _speaking_after(a: AnalysedSentence, position: int) -> bool:
    """Whether the event at `position` is told in an opening "Speaking after (following, at the
    end of) ..." with no day of its own, whose main clause reports remarks ("Speaking after talks
    with X in Dubai, Y said ..."): the event is the occasion of remarks the story dates
    elsewhere, and a date later in the sentence is of what was said."""
    match = _SPEAKING_AFTER.match(a.sentence.text)
    if match is None or position >= match.end(1):
        return False
    # (a day of its own in the opening dates it: "Speaking after talks on Tuesday, ...")
    return not any(d.start < match.end(1) for d in a.dates)


#: "Speaking after talks with X, Y said": the opening (group 1) and a speaker's "said" after it.
_SPEAKING_AFTER: Final = re.compile(
    r"(Speaking\s+(?:to\s+[\w\s]{1,30}?\s+)?(?:after|following|at\s+the\s+end\s+of)\s[^.;:]*?,)"
    r"\s+[^,.;:]{1,80}?\s+(?:said|told)\b"
)


def _later_than_a_relative(a: AnalysedSentence, unit: Unit, units: list[Unit], relatives: list[Unit]) -> bool:
    """Whether the clause tells its event as coming after another with a bare adverb ("later
    held talks", "subsequently met"; not "two days later", a date of its own) and the
    sentence's only dates are in relative clauses ("X, who arrived late on Tuesday, later
    held talks"), or as one of a stay an arrival told in a relative clause began ("also met",
    "on the margins of"): the relative's day is its own event's. A date heading the sentence ("Thursday,
    26 September: X took part in ..., and later met Y") is still the day of both. `relatives`
    are the sentence's relative clauses other than `unit`'s."""
    lowers = a.tokens.lowers
    later = _told_later(a, unit)
    told = [u for u in units if u.role != RELATIVE]  # (the gathering's anchor: "on the margins of")
    if not later and not any(lowers[i] in _ONE_OF_A_STAY for u in told for i in u.tokens):
        return False
    dated = [i for i, _ in a.date_tokens if i not in unit.tokens]
    if not later:
        # "X, who arrived in Rio on Saturday, also met Y on the margins of the summit": one
        # event of the stay the arrival began, on a day the sentence does not give
        relatives = _arrivals(lowers, relatives)
    return bool(dated) and _only_in(dated, relatives)


def _arrived_the_day_before(a: AnalysedSentence, unit: Unit, relatives: list[Unit]) -> bool:
    """Whether the sentence's only dates count back from the day it is written ("yesterday",
    "last night") and stand in relative clauses telling an arrival ("X held talks with Y, who
    arrived in Addis Ababa yesterday"): the writer dated the arrival from today and left the
    clause's own event undated, so it is the story's news, not the arrival's day. `relatives`
    are the sentence's relative clauses other than `unit`'s."""
    lowers = a.tokens.lowers
    dated = [(i, d) for i, d in a.date_tokens if i not in unit.tokens]
    if not dated or any(d.kind != "relative" or d.offset >= 0 for _, d in dated):
        return False
    if _part_of_the_day(lowers, unit):
        # "X, who arrived here yesterday morning, called on Y in the afternoon": a time of day
        # with no day of its own is of the day told, the arrival's
        return False
    return _only_in([i for i, _ in dated], _arrivals(lowers, relatives))


def _part_of_the_day(lowers: list[str], unit: Unit) -> bool:
    """Whether the unit tells its time as a part of a day alone ("in the afternoon", "in the
    evening"), which names no day: that of the day the sentence told."""
    return any(
        lowers[i] in _PARTS_OF_THE_DAY and lowers[i - 1] == "the" and lowers[i - 2] == "in"
        for i in unit.tokens
    )


_PARTS_OF_THE_DAY: Final = et.word_set("morning afternoon evening")


def _arrivals(lowers: list[str], relatives: list[Unit]) -> list[Unit]:
    """The relative clauses that tell an arrival ("who arrived in Addis Ababa yesterday")."""
    return [u for u in relatives if any(lowers[i] in et.ARRIVAL_VERBS for i in u.tokens)]


def _only_in(dated: list[int], units: list[Unit]) -> bool:
    """Whether every dated token stands in one of the units."""
    return all(any(i in u.tokens for u in units) for i in dated)


def _told_later(a: AnalysedSentence, unit: Unit) -> bool:
    """Whether the clause tells its event with a bare "later" or "subsequently" (not "two days
    later"): after the event of another clause, by the story's narrative."""
    lowers = a.tokens.lowers
    return any(lowers[i] in et.LATER_WORDS and lowers[i - 1] not in _TIME_UNITS for i in unit.tokens)


#: Words that tell the clause's event as one of a stay's ("also met", "on the sidelines of").
_ONE_OF_A_STAY: Final = et.SIDELINE_WORDS | {"also"}


#: Spans that make "later" a measured offset ("two days later"), a date of its own.
_TIME_UNITS: Final = et.word_set("minutes hours day days week weeks month months year years moments")


def trip_home(a: AnalysedSentence) -> bool:
    """Whether the sentence tells a trip home ("X returned from New Zealand after a visit"):
    the events it tells happened before the return, on days it does not give."""
    lowers = a.tokens.lowers
    if RETURN_VERBS.isdisjoint(lowers) and "back" not in lowers and "home" not in lowers:
        return False  # most sentences: no word the loop below looks for
    return any(
        (
            lowers[i] in RETURN_VERBS
            and (lowers[i + 1] in _HOMEWARD or _homeward_after_day(lowers, i + 1))
            and lowers[i - 1] not in ("a", "the")
        )
        or (lowers[i] in ("back", "home") and lowers[i - 1] in BACK_VERBS)  # "arrived home today"
        for i in range(a.tokens.n)
    )


#: Words right after a return verb that make it a trip home: "returned from", "flew home".
_HOMEWARD: Final = frozenset(["from", "home", "to"])
#: Words that open the day of a return told between its verb and where from ("returned on
#: Sunday from Prague", "returned yesterday from Rome").
_RETURN_DAY_OPENERS: Final = frozenset(["on", "yesterday", "today", "last", "late", "early"])


def _homeward_after_day(lowers: list[str], k: int) -> bool:
    """Whether the words from token k are a short day of the return and then its "from", "home"
    or "to" ("returned on Sunday from Prague, where he held talks"): the trip home all the
    same, whose events were before that day."""
    if lowers[k] not in _RETURN_DAY_OPENERS:
        return False
    return any(lowers[j] in _HOMEWARD for j in range(k + 1, k + 4)) and "," not in lowers[k + 1 : k + 3]


def _day_of_when(a: AnalysedSentence, unit: Unit) -> date | None:
    """The day a "when" clause hangs on: "visited Baghdad on April 22, 2024 - his first trip in
    a decade - when the two countries signed 26 agreements" were signed that day (they had
    taken the story's)."""
    lowers = a.tokens.lowers
    if "when" not in lowers[: a.tokens.n]:
        return None
    first = next((k for k in sorted(unit.tokens) if lowers[k] == "when"), None)
    if first is None or (unit.role != RELATIVE and lowers[first - 1] not in ("–", "—", "-")):
        return None  # a "when" set off by a dash may not open a clause of its own
    at = a.tokens.starts[first]
    # (a span of days, "on 30 January - 1 February 2023, when he held talks", gives no day)
    before = [d for d in a.dates if d.end <= at and d.kind == "absolute" and d.date is not None]
    if before and before[-1].date_end is not None:
        return None
    if not before or not _ASIDE_BEFORE_WHEN.fullmatch(a.sentence.text, before[-1].end, at):
        return None
    return before[-1].date


#: Between a day and the "when" that hangs on it: a comma, or an aside set off by dashes or
#: commas ("April 22, 2024 – his first trip to Iraq in more than a decade – when").
_ASIDE_BEFORE_WHEN: Final = re.compile(
    r"\s*(?:,|[–—]|,[^,.;]{1,80},|\s[–—-][^–—.;]{1,80}[–—-]|[–—][^–—.;]{1,80}[–—])\s*"
)


def _year_of_when(a: AnalysedSentence, unit: Unit) -> int | None:
    """The year a "when" clause hangs on ("since 2019, when ...", "in 2022, when ..."): its
    event happened in that year, on the day the clause gives or on none."""
    if unit.role != RELATIVE:
        return None
    first = min(unit.tokens)
    words, lowers = a.tokens.words, a.tokens.lowers
    if lowers[first] != "when" or lowers[first - 1] != "," or not YEAR_WORD.fullmatch(words[first - 2]):
        return None
    return int(words[first - 2])


def _told_as_now(a: AnalysedSentence, unit: Unit, position: int) -> bool:
    """Whether the unit tells its event as happening now: a present perfect ("has arrived",
    "have begun", "have now joined") or a present progressive or state ("is being received",
    "is now in") before the trigger."""
    lowers = a.tokens.lowers
    if _NOW_AUXILIARIES.isdisjoint(lowers[: a.tokens.n]):
        return False
    trigger = token_at(a.tokens.starts, position)
    for k in sorted(unit.tokens):
        if k >= trigger:
            break
        lower = lowers[k]
        if lower in ("has", "have"):
            following = lowers[k + 2] if lowers[k + 1] in ("now", "just", "already") else lowers[k + 1]
            if following.endswith("ed") or following in _PARTICIPLES:
                return True
        elif lower in ("is", "are") and lowers[k + 1] in ("being", "now", "currently"):
            return True
    return False


_NOW_AUXILIARIES: Final = frozenset(["has", "have", "is", "are"])
#: Irregular past participles of engagement verbs, after "has"/"have".
_PARTICIPLES: Final = frozenset(
    ["begun", "met", "held", "signed", "been", "made", "taken", "spoken", "come", "gone", "paid"]
)


def _in_year(day: date, year: int) -> date | None:
    """The same day of the month in `year` (None for 29 February in a common year)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def _years_beside(a: AnalysedSentence, mentions: list[DateMention], position: int) -> list[DateMention]:
    """The mentions, less a year alone outside the trigger's own segment and the opening of
    the sentence: "signed a pact in 2019" and "In 2019, X signed" date the signing to no day,
    but in "Bolat said at the session: 'trade reached $3 billion last year'" the year is the
    figure's."""
    if all(d.kind != "year" for d in mentions):
        return mentions
    starts = a.tokens.starts
    segment_of = a.clauses.segment_of
    segment = segment_of[token_at(starts, position)]
    text = a.sentence.text
    return [
        d
        for d in mentions
        if d.kind != "year"
        or segment_of[token_at(starts, d.start)] == segment
        or _OPENING_IN.match(text, 0, d.start) is not None  # "In 2023, X met Y in Bangkok"
    ]


def _signed_in_year(a: AnalysedSentence, unit: Unit, position: int) -> list[DateMention]:
    """A year alone written "in 2021" after a signing, inside what the topic reader took for
    the document's subject ("signed a memorandum on fisheries in 2021, under which ..."): the
    year the document was signed, which dates the signing to no day (its topic tokens are no
    date of the unit's, so it had taken the publication day or the day of the event before)."""
    trigger = token_at(a.tokens.starts, position)
    if not any(t.token == trigger and t.family == et.AGREEMENT for t in a.clauses.triggers):
        return []
    lowers = a.tokens.lowers
    return [
        d
        for i, d in a.date_tokens
        if d.kind == "year"
        and i > trigger
        and i in unit.tokens
        and i in a.clauses.topic
        and lowers[i - 1] == "in"
    ]


def _less_the_speakers_days(
    text: str, groups: list[list[DateMention]], position: int
) -> list[list[DateMention]]:
    """The groups, less "today", "yesterday" and the like inside a quotation when the trigger
    is outside it ('"Today we can speak of results," X told Y at the start of the talks'): the
    speaker's day, which the publication's need not be (the talks had taken the story's day)."""
    if inside_quotation(text, position):
        return groups
    return [
        [d for d in group if d.kind != "relative" or not inside_quotation(text, d.start)] for group in groups
    ]


def _less_years_of_participles(
    a: AnalysedSentence, mentions: list[DateMention], position: int
) -> list[DateMention]:
    """The mentions, less a year alone that a past participle after the trigger governs, one
    that tells no event ("signed an accord to replace the one suspended in 2011", "a pact
    frozen since 2019"): the year of what that participle tells of another thing, not of the
    signing (it had dated the signing to no day)."""
    if all(d.kind != "year" for d in mentions):
        return mentions
    trigger = token_at(a.tokens.starts, position)
    lowers = a.tokens.lowers
    governed = [
        d
        for i, d in a.date_tokens
        if d.kind == "year"
        and i - 2 > trigger
        and lowers[i - 1] in ("in", "since")
        and (lowers[i - 2] in _IRREGULAR_PAST or _REGULAR_PAST.match(lowers[i - 2]) is not None)
        and lowers[i - 2] not in et.VERB_TRIGGERS
    ]
    return [d for d in mentions if d not in governed] if governed else mentions


def _year_ahead(d: DateMention, written_on: date | None) -> bool:
    """Whether d is a year alone after the one the story was written in ("signed a plan for
    joint exercises in 2025 and 2026" in a 2024 story): the time of what was agreed, which
    says nothing of the day a done event took place."""
    return d.kind == "year" and d.text.isdigit() and written_on is not None and int(d.text) > written_on.year


def _opening_years(a: AnalysedSentence, own: list[DateMention]) -> list[DateMention]:
    """A year alone that opens the sentence ("Earlier this year, X visited Santiago, where he
    met Y", "Last year, ..."), when not among the clause's own dates: it dates every event
    the sentence tells to no day, as "In March, ..." does, not to the day of the event told
    before."""
    text = a.sentence.text
    return [d for d in a.dates if d.kind == "year" and d not in own and not text[: d.start].strip()]


#: A time adverbial opening the sentence, which dates its main clause: "In 2023, ...".
_OPENING_IN: Final = re.compile(r"(?i)\s*(?:(?:back|earlier|later)\s+)?in\s+(?:(?:early|late|mid)[\s-]+)?$")


def days_from_main(a: AnalysedSentence, unit: Unit) -> int | None:
    """Days between an anchor's event and the main one: "a day after X" -> 1 (X is a day
    earlier), "two days before X" -> -2, "a week after X" -> 7; None for other units."""
    if unit.role != ANCHOR:
        return None
    first = min(unit.tokens)
    lowers = a.tokens.lowers
    anchor = lowers[first]
    days = OFFSET_UNIT_DAYS.get(lowers[first - 1])
    if anchor not in ("after", "before") or days is None:
        return None
    # ("the day after Marsudi met Farrell in Sydney": one day, as "a day after" is)
    count = 1 if lowers[first - 1] == "day" and lowers[first - 2] == "the" else count_of(lowers[first - 2])
    if not count:
        return None
    return count * days if anchor == "after" else -count * days


def _dated_anchor_event(doc: DocumentContext, a: AnalysedSentence, unit: Unit) -> date | None:
    """The stated day of the event an anchor of this sentence created ("after talks between A
    and B ... on Thursday"), for a main clause that states none. All the sentence's anchor
    segments are read, not only the units the clause is dated by: a definite document ("witnessed the
    exchange of the documents after their talks in Hanoi on Monday") is dated by its own
    clause alone, yet was made after the talks, on their day."""
    if unit.role != MAIN or not any(segment.role == ANCHOR for segment in a.clauses.segments):
        return None
    told = [
        c
        for c in doc.candidates
        if c.updated == a.index and c.date_explicit and c.date is not None and c.type != et.VISIT
    ]  # (a visit lasts days: "On the sidelines of the visit, X and Y signed" is the story's day)
    return told[-1].date if told else None


def _goes_on_with_last(doc: DocumentContext, a: AnalysedSentence) -> bool:
    """Whether the sentence names someone of the engagement told last before it ("X met his
    Iraqi counterpart Fuad Hussein on Saturday. Hussein, who arrived on Saturday, also met Y"):
    it goes on with that day, where one of others (a president's talks in Ankara) gives none."""
    last = _told_last(doc, a.index)
    return last is not None and _names_someone_of(a, last)


def _adds_another_deal(doc: DocumentContext, a: AnalysedSentence) -> bool:
    """Whether a sentence that states no day opens on "A and B also ..." with a side the event
    told last did not have ("Mozambique and Portugal also signed an agreement" after talks in
    Madrid): another item of the story's list, on a day the text does not give."""
    if "also" not in a.tokens.lowers[:ALSO_REACH]:
        return False
    last = _told_last(doc, a.index)
    return last is not None and also_of_other_sides(a, last)


def _told_separately(a: AnalysedSentence) -> bool:
    """Whether a sentence that states no day opens on "Separately," ("Separately, A signed a
    cooperation agreement with B"): another item of the story, on a day the text does not
    give, not on the day of the event told before (it had taken that day, and with it that
    event's place). One told "on the sidelines" or "margins" is still of the event before."""
    lowers = a.tokens.lowers
    return lowers[0] == "separately" and et.SIDELINE_WORDS.isdisjoint(lowers)


def _told_as_an_earlier_encounter(a: AnalysedSentence, position: int) -> bool:
    """Whether the trigger at `position` is told with an adverb of an earlier encounter next to
    it ("X and Y previously met in Bishkek", "had last met in Doha", "met previously in Baku"),
    or of the first ("first met in Lima in 2019", "first held talks"): background before the
    story's news, on a day the sentence does not give (it had taken the day of the event told
    before, when the two could not have been in both cities)."""
    lowers = a.tokens.lowers
    verb = token_at(a.tokens.starts, position)
    before = verb - 2 if lowers[verb - 1] in _EARLIER_LIGHT_VERBS else verb - 1  # "last held talks"
    if lowers[before] == "first":
        return _first_encounter(lowers, before, a.tokens.n)
    if any(
        lowers[k] in EARLIER_ADJECTIVES and lowers[k - 1] in _EARLIER_DETERMINERS
        for k in range(max(1, verb - 3), verb)
    ):
        # "The previous ministerial talks, in New Delhi, were between X and Y", "at an earlier
        # meeting" (not the adverb: "X and Y earlier held talks", that day)
        return True
    return lowers[before] in _EARLIER_ENCOUNTER_ADVERBS or (
        verb + 1 < a.tokens.n and lowers[verb + 1] in _EARLIER_ENCOUNTER_AFTER
    )


def _reported_as_done(a: AnalysedSentence, position: int) -> bool:
    """Whether the trigger verb at `position` is a pluperfect reported by a verb of saying
    ("said members had signed supply contracts with Ukrainian partners"): done before the
    report, on a day the sentence does not give (it had taken the story's day). One that states
    its day keeps it; that test comes first."""
    lowers = a.tokens.lowers
    verb = token_at(a.tokens.starts, position)
    if verb < 2 or lowers[verb - 1] != "had" or not lowers[verb].endswith(("ed", "met", "held")):
        return False
    return any(w in _SAYING_VERBS for w in lowers[: verb - 1])


#: Verbs of saying that report what was done before ("said X had signed", "says X had met"):
#: not their forms that are nouns too ("the two states had signed", "reports", "notes", "quotes").
_SAYING_VERBS: Final = (et.SPEECH_VERBS | {"disclosed", "revealed"}) - {
    "states",
    "reports",
    "report",
    "notes",
    "quotes",
}


def _first_encounter(lowers: list[str], first: int, n: int) -> bool:
    """Whether the adverb "first" at token `first` tells the first time its people met, not a
    step of a sequence ("first met X, then toured the port") nor an adjective ("their first
    meeting")."""
    if first > 0 and lowers[first - 1] in _ENCOUNTER_DETERMINERS:
        return False
    return _SEQUENCE_WORDS.isdisjoint(lowers[first + 1 : n])


#: Words after "first <verb>" that make "first" a step of a sequence ("first met X, then
#: toured ..."), not the pair's first encounter.
_SEQUENCE_WORDS: Final = et.LATER_WORDS | et.word_set("then before after next")
#: Words before an adjective "first" ("their first meeting", "the first round of talks"); a
#: set of its own, apart from _finite_clause's _DETERMINERS.
_ENCOUNTER_DETERMINERS: Final = _DETERMINERS - et.word_set("that these those")


#: Adverbs before a verb of meeting that tell an encounter before the story's news ("last
#: met", "previously held talks"); not "earlier" ("Earlier, X met Y": the same day's).
_EARLIER_ENCOUNTER_ADVERBS: Final = et.word_set("previously last formerly once")
#: Verbs whose noun tells the event ("held talks"), between the adverb and the trigger (the few
#: of et.LIGHT_VERBS this test has needed).
_EARLIER_LIGHT_VERBS: Final = et.word_set("held had conducted")
#: The determiners before an adjective of an earlier meeting ("their last talks", "an earlier visit").
_EARLIER_DETERMINERS: Final = et.THIRD_PERSON_DETERMINERS | {"an"}
#: Those that tell it after the verb too (not "met once more", "met last week").
_EARLIER_ENCOUNTER_AFTER: Final = et.word_set("previously formerly")


def _told_last(
    doc: DocumentContext,
    index: int,
    told_in_passing: bool = True,
    keep: Callable[[Draft], bool] | None = None,
) -> Draft | None:
    """The engagement told or added to last before sentence `index` (the latest in the text
    when one sentence told several), or None; without `told_in_passing`, not a past event
    told in passing ("agreements reached during X's visit to Y in 2024"), which the story
    does not go on about; with `keep`, only among the engagements it keeps."""
    return max(
        (
            c
            for c in doc.candidates
            if c.updated < index and (told_in_passing or not c.in_passing) and (keep is None or keep(c))
        ),
        key=lambda c: (c.updated, c.position),
        default=None,
    )


def _names_someone_of(a: AnalysedSentence, last: Draft) -> bool:
    """Whether the sentence names, by a word of his name longer than two letters, someone of
    the engagement `last`."""
    words = {w for p in last.people for w in name_key(p.name) if len(w) > 2}
    return any(lower in words for lower in a.tokens.lowers[: a.tokens.n])


def _refers_to_undated(doc: DocumentContext, a: AnalysedSentence) -> bool:
    """Whether a sentence that opens on the parties of the event told just before ("The
    parties", "The two sides", "They"), or goes on with "also" about someone of it, follows an
    event whose day the text does not give:
    "Last week, X and Y co-chaired the commission in Bishkek. The parties signed a roadmap"
    is no more dated than the session (it had taken the story's day)."""
    lowers = a.tokens.lowers
    if _opens_on_the_event(lowers):
        # "... met Y in Washington last week. At the same meeting, both signed ...": the event
        # this one is part of, told in an earlier sentence (this one's words may have been added
        # to it already)
        told = [c for c in doc.candidates if c.sentence < a.index and not c.in_passing]
        event = max(told, key=lambda c: (c.updated, c.position), default=None)
        return event is not None and event.date is None
    opens_on_parties = lowers[0] in ("they", "both") or (lowers[0] == "the" and lowers[1] in _PARTY_NOUNS)
    if not opens_on_parties and "also" not in lowers[: a.tokens.n]:
        return False
    last = _told_last(doc, a.index, told_in_passing=False)
    if last is None or last.updated != a.index - 1 or last.date is not None:
        return False
    # "Last week in Jakarta, X met Y. X (The minister) also met Z": one more event of the same
    # undated stay
    return (
        opens_on_parties
        or _names_someone_of(a, last)
        or _opens_on_an_office(lowers)
        or _pronoun_also(a.tokens)
    )


def _opens_on_the_event(lowers: list[str]) -> bool:
    """Whether a sentence opens inside the event told before, by its noun: "At the same meeting,",
    "During the talks,", "At that meeting,"."""
    if lowers[0] not in ("at", "during") or lowers[1] not in ("the", "that"):
        return False
    noun = lowers[3] if lowers[2] == "same" else lowers[2]
    return et.NOUN_TRIGGERS.get(noun) is not None


def _pronoun_also(tokens: Tokens) -> bool:
    """Whether "also" follows a personal subject pronoun ("He also met", "On the sidelines of
    the forum, she also held talks"): the one person of the event told just before goes on,
    as a name or "The minister" does."""
    lowers = tokens.lowers
    return any(
        lowers[i] == "also" and pronoun_at(tokens, i - 1, PERSONAL_SUBJECT_PRONOUNS)
        for i in range(1, tokens.n)
    )


def _opens_on_an_office(lowers: list[str]) -> bool:
    """Whether a sentence opens on someone told before by office: "The minister", "The Chilean
    minister", "The visiting president"."""
    return lowers[0] == "the" and not HEAD_WORDS.isdisjoint(lowers[1:_OFFICE_REACH])


#: How far into a sentence the head of "The (visiting Chilean) minister" may stand.
_OFFICE_REACH: Final = 4


#: Nouns after "The" that name the parties of an event told before.
_PARTY_NOUNS: Final = et.word_set("parties sides two leaders ministers delegations presidents officials")


def _day_stated_since_last_event(doc: DocumentContext, index: int) -> date | None:
    """The date a sentence before `index` stated after the last engagement told before it
    ("They held talks on October 16. A seminar was held on October 15. On the same day, ...":
    the same day is the seminar's, not the talks'), else None."""
    stated = max(
        (told for told in (doc.narrative, doc.uncued_day) if told is not None and told[0] < index),
        default=None,
    )
    if stated is None:
        return None
    if doc.written_on is not None and stated[1] > doc.written_on:
        return None  # "the forum scheduled in Sfax on 5 and 6 December": a plan, no day of the story
    if _left_behind(doc, stated[1], stated[0], index, False) and _told_the_news(
        doc, [c for c in doc.candidates if c.updated < index]
    ):
        return None  # "... relations on May 2, 1971." sentences back: background, no day of the story
    return stated[1] if stated[0] > _last_told(doc.candidates, index) else None


def _last_told(candidates: list[Draft], index: int) -> int:
    """The sentence that last told or added to an engagement before sentence `index`, or -1."""
    return max((c.updated for c in candidates if c.updated < index), default=-1)


def _narrative_date(doc: DocumentContext, a: AnalysedSentence) -> date | None:
    """The date the story was at when nothing states one: the engagement told last before
    this sentence, or a date written in a sentence read after it ("agreed on Wednesday
    ..."), else the publication date. Engagements of this same sentence do not count: "The
    leaders met, a day after X arrived" dates the arrival from the meeting, not the reverse."""
    index = a.index
    told = [c for c in doc.candidates if c.updated < index]
    moved_on = _told_the_news(doc, told)
    if moved_on:
        paragraph = doc.text.rfind("\n", 0, a.sentence.start)
        told = [c for c in told if not _left_behind(doc, c.date, c.updated, index, c.start < paragraph)]
    candidate_date = _previous_date(told, index)
    narrative = doc.narrative
    if moved_on and narrative is not None and _left_behind(doc, narrative[1], narrative[0], index, False):
        narrative = None
    if narrative is not None and narrative[0] > _last_told(doc.candidates, index):
        return narrative[1]
    if candidate_date is not None:
        return candidate_date
    return narrative[1] if narrative is not None else doc.written_on


def _told_the_news(doc: DocumentContext, told: list[Draft]) -> bool:
    """Whether an event of the story's own time was told. A past year's event then ("It was
    their first meeting since they gathered in Lima on May 4, 2022. Then Finance Minister X
    also took part") dates only the sentence right after its own, which goes on about it; once
    the story has moved on, its later events that state no day are of the news (they had all
    taken the old day: see `_left_behind`)."""
    return doc.written_on is not None and any(
        c.date is not None and not _of_an_earlier_year(doc, c.date) for c in told
    )


def _left_behind(
    doc: DocumentContext, day: date | None, told_at: int, index: int, other_paragraph: bool
) -> bool:
    """Whether a day of a past year, told last in sentence `told_at`, is behind sentence `index`:
    more than one sentence before it, or in another paragraph (see `_told_the_news`)."""
    return day is not None and (told_at < index - 1 or other_paragraph) and _of_an_earlier_year(doc, day)


def _of_an_earlier_year(doc: DocumentContext, day: date) -> bool:
    """Whether a day is of a year before the story's, and not recent news ("JAKARTA, Jan 3 - ...
    met on Dec 30"), as `_of_a_past_year` reads an event's own date."""
    written_on = doc.written_on
    return written_on is not None and day.year < written_on.year and (written_on - day).days > _RECENT_DAYS


def _follows_background(doc: DocumentContext, a: AnalysedSentence) -> bool:
    """Whether the sentence names someone of the event told last in a relative or anchor
    clause: "..., who held talks in Istanbul on Jan. 20. The following day, Gerapetritis was
    received ..." follows Gerapetritis's talks, where "On the same day, the forum was held"
    after "X, who arrived on Saturday, was received ..." keeps to the reception's day."""
    told = [c for c in doc.candidates if c.date is not None]
    if not told:
        return False
    last = max(told, key=lambda c: (c.updated, c.position))
    return last.background and _names_someone_of(a, last)


def _counted_from(candidates: list[Draft], a: AnalysedSentence) -> list[Draft]:
    """The engagements an anaphoric day of sentence `a` may count from: not those the sentence
    itself tells after those words ("X met Y on Monday. The next day, X held talks with Y and
    signed a memorandum": the signing counts from Monday's meeting, as the talks do, not from
    the talks drafted just before it; "X met Y on Monday and the next day signed ..." still
    counts from the meeting)."""
    first = min(d.start for d in a.dates if d.kind == "anaphoric")
    return [c for c in candidates if c.sentence != a.index or c.position < first]


def _previous_date(candidates: list[Draft], index: int, include_background: bool = False) -> date | None:
    """The date of the engagement told last before sentence `index` ("On the same day" counts
    from it): in "X, who arrived on Sunday, held talks on Monday", that is Monday's talks."""
    dated = [c for c in candidates if c.date is not None]
    # "Sánchez, who arrived on Wednesday, said ..." does not move the story off the summit; but
    # an event told in a clause and told again by a later sentence ("..., before flying to
    # Canberra for talks with X. After the talks, ...") is where the story went
    if not include_background:
        dated = [c for c in dated if not c.background or c.updated > c.sentence] or dated
    if not dated:
        return None
    last = max(dated, key=lambda c: (c.updated, c.position))
    return _day_inside_visit(dated, last, index) or last.date


#: The longest a visit told before lasts: an earlier event this far after its start is inside it.
_VISIT_SPAN: Final = timedelta(days=MAX_VISIT_DAYS)


def _day_inside_visit(dated: list[Draft], last: Draft, index: int) -> date | None:
    """The day of an event told in the same sentence as the visit told last, on or after the
    visit's day: a visit is dated by its start, the day the story is at is the event's ("X held
    talks with Y on Tuesday, on the second day of a three-day state visit. The two leaders then
    witnessed the signing": Tuesday, not the visit's Monday). So is an event told in a sentence
    before the visit, inside its days, once the story has left the arrival ("X received Y on
    Tuesday. Y arrived on Monday for a three-day visit. [...] Earlier on the same day, ...":
    Tuesday's; right after the arrival, "On the same day, he held talks" is Monday's)."""
    if last.type != et.VISIT or last.date is None:
        return None
    inside = [
        c
        for c in dated
        if c.type != et.VISIT
        and c.date is not None
        and c.date > last.date
        and (
            c.updated == last.updated
            or (c.updated < last.sentence and last.updated < index - 1 and c.date - last.date <= _VISIT_SPAN)
        )
    ]
    return max(inside, key=lambda c: (c.updated, c.position)).date if inside else None
