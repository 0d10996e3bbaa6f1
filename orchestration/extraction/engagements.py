"""Engagements (meetings, calls, visits, signings, forums) from the sentences of a document.

The extractor is a clause grammar with slot filling, written against the way wire copy
reports contacts between countries rather than against any particular story. This module
runs the document pass; each step lives in a module of its own:

1. Context (engagement_context): the dateline's country, the document's country mentions
   (counted, and grouped when named together: "China-Kyrgyzstan-Uzbekistan"), a per-document
   NameRegistry ("Tokayev" -> "Kassym-Jomart Tokayev") and the organizations seen.
2. Only sentences with a trigger word, or with a continuation cue right after an
   engagement, are analysed (one regex scan of the document): tokens and clauses first
   (engagement_clauses, with the trigger lexicon of engagement_types), entities and dates
   only when a live trigger makes the sentence matter.
3. In each clause, the triggers of one family draft one engagement whose slots are filled
   from that clause: participants (engagement_participants), date (engagement_timing,
   engagement_dates), place (engagement_places) and topics (topics).
4. A draft joins the document (engagement_merge) as a new engagement, as a reference to one
   told before ("the talks", "Following the talks", "The document was signed by ..."), or as
   a twin that adds nobody new; sentences without a trigger can add parties and topics to
   the engagement told just before.
5. Each engagement gets the countries of all its sides (engagement_countries), must have at
   least two, takes the dateline city when it names no place but happened in the dateline's
   country, and gets its CAMEO/PLOVER codes (engagement_types.cameo_for).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Final

from orchestration.extraction import engagement_types as et
from orchestration.extraction.boilerplate import retracts
from orchestration.extraction.countries import (
    city_country,
    city_name,
    find_blocs,
    find_countries,
    iso3_for,
    literal_alternation,
    opening_on_letter,
)
from orchestration.extraction.datelines import find_dateline
from orchestration.extraction.dates import CALENDAR_NAMES, FULL_MONTHS, WEEKDAYS, find_dates
from orchestration.extraction.engagement_clauses import (
    ANCHOR,
    MAIN,
    PARTICIPLE,
    QUOTE_CHARS,
    RELATIVE,
    Trigger,
    creates_events,
    denies_what_came_before,
    encloses_main,
    hung_on_outcome,
    names_country_pair,
    occasion_of_main,
)
from orchestration.extraction.engagement_context import (
    ATTENDED_BY,
    AnalysedSentence,
    DocumentContext,
    Draft,
    Org,
    Unit,
    analyse_sentence,
    canonical,
    capitals_as_subject,
    document_context,
    folded,
    has_date_hint,
    is_international,
    name_key,
    org_aliases,
    org_country,
    register_names,
    register_orgs,
    remember_people,
    sequenced_event,
    sides,
    told_chaired,
    unique_orgs,
    unique_people,
    unit_has_trigger,
    units_of,
)
from orchestration.extraction.engagement_countries import (
    is_government,
    is_seat_of_government,
    org_defaults,
    people_countries,
    prefer_full_names,
)
from orchestration.extraction.engagement_dates import STATED_KINDS
from orchestration.extraction.engagement_merge import (
    MAX_VISIT_DAYS,
    continuation,
    continuation_gap,
    integrate,
    list_item,
    name_unnamed_side,
    one_visit_per_trip,
)
from orchestration.extraction.engagement_participants import (
    attended_on_its_sidelines,
    ends_name_of,
    participants,
    parties_in,
    reported_event_subject,
    titled_people,
    unnamed_sides,
)
from orchestration.extraction.engagement_places import (
    ends_sitting_body_name,
    mission_abroad,
    remember_place,
    set_place,
    tells_where_held,
)
from orchestration.extraction.engagement_timing import (
    days_from_main,
    host_unit,
    set_date,
    still_ahead,
    trip_home,
)
from orchestration.extraction.engagement_tours import split_tour, without_moves_within_a_stay
from orchestration.extraction.model import Engagement, Participant
from orchestration.extraction.people import PersonMention
from orchestration.extraction.text import Sentence, has_digit, hint_holds, holds_any, lowered_for_hints
from orchestration.extraction.titles import (
    COUNTERPART_STEMS,
    HEAD_WORDS,
    TITLE_SMALL_WORDS,
    TITLE_WORDS,
    WORDS,
    counterpart_office,
)
from orchestration.extraction.titles import Sentence as Tokens
from orchestration.extraction.topics import topic_phrases, visit_topic
from orchestration.extraction.trade_speaker import COMPANY_TITLE

#: Words of sentences that may add to the engagement told just before (a sentence without
#: one of these or a trigger word, et.CUE_WORDS, is never analysed).
_CONTINUATION_CUES: Final = (
    et.word_set(
        """discussed discuss discusses discussing discussion discussions exchanged familiar
    acquainted briefed delegation delegations part attended attending attend attendance participated
    participating participation accompanied joined reviewed focused focusing included comprised led headed
    signatories signatory signatures present speaking addressed represented considered examined
    presenting tabled participants attendees deliberated deliberating agenda explored covered tackled"""
    )
    | et.FOCUS_NOUNS
)  # ("Signatories: Secretary X, Department of Agriculture; H.E. Y, ..."; "Speaking at the opening, X said";
# "X and Y put their signatures under the document"; "Particular attention was paid to X")
#: Words of a story's lead that tells no engagement itself ("X and Y agreed on Wednesday to
#: ..."): read for the date and the people a later "The two leaders met" refers to.
_LEAD_CUES: Final = et.word_set("agreed agree agrees pledged vowed")
#: A concluding verb (or another of et.DOCUMENT_VERBS) with a document after it, the only way it
#: tells a signing: "concluded a supply contract", "struck a free trade deal".
_DOCUMENT_CONCLUDED: Final = re.compile(
    r"(?i)\b(?:"
    + literal_alternation(et.DOCUMENT_VERBS)
    + r")\s+(?:[\w-]+\s+){0,4}?(?:"
    + literal_alternation(et.AGREEMENT_NOUNS)
    + r")\b"
)
#: A sentence that lists, by their names, the envoys an event before it told without them ("...
#: received the letters of credence of five new ambassadors. They are Ambassador X of A, ..."):
#: read as more of that event (engagement_merge decides whether that event had such envoys).
_GROUP_LISTED: Final = re.compile(
    r"\W*(?:They|The\s+(?:new\s+|newly\s+\w+\s+)?(?:ambassadors|envoys|high\s+commissioners|diplomats))"
    r"\s+(?:are|were|include|included)\b"
)
#: The cue words of `_GROUP_LISTED`, for the one scan of the text.
_GROUP_LIST_CUES: Final = et.word_set("they ambassadors envoys commissioners diplomats")
#: Scanned in lower-cased text, where nearly every letter opens some cue word: the pattern
#: opens on the character before the word (a class, which the engine skips ahead to; a
#: look-behind would be tried at every offset), and `_cue_words` puts a space before the text
#: so that a cue word can open it.
_CUE_RE: Final = re.compile(
    r"[^a-z]("
    + literal_alternation(
        et.CUE_WORDS
        | _CONTINUATION_CUES
        | _LEAD_CUES
        | et.DOCUMENT_VERBS
        | et.SESSION_VERBS
        | et.CEREMONY_VERBS
        | et.APPEARANCE_CUES
        | {"put", et.ENGAGED, "greeted"}
        | _GROUP_LIST_CUES
        | et.RECEPTION_GERUNDS
        | et.ENCOUNTER_GERUNDS
    )
    + r")(?![a-z])"
)
#: "put their names to a memorandum", "put pen to paper on a deal": the one use of "put" that
#: tells a signing (engagement_clauses reads it; this only lets the sentence be read).
_PUT_TO_SIGN: Final = re.compile(
    r"\bput\s+(?:(?:their|his|her|its|our)\s+)?(?:names?|signatures?)\s+to\b|\bput\s+pen\s+to\s+paper\b"
)
#: A passive "greeted" with an airport after it in its clause ("was greeted at Abuja's airport by
#: X", "were greeted on the tarmac"): the one use of "greeted" that tells an engagement, a visit
#: (engagement_clauses reads it; this only lets the sentence be read).
_GREETED_AT_AIRPORT: Final = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?greeted\b[^.;:]{0,80}?\b(?i:"
    + literal_alternation(frozenset(["airport", "airports", "airbase", "airfield", "tarmac", "aerodrome"]))
    + r")\b"
)
#: "engaged with" before a capitalized word (a title, a demonym) within a few words: the only use
#: of "engaged" that may tell a meeting (engagement_clauses decides; this only lets it be read).
_ENGAGED_WITH: Final = re.compile(r"\bengaged\s+with\s+(?:[a-z]+\s+){0,3}[A-Z]")
#: Two leaders who "attended a summit" ("took part in the summit of ...") were at a gathering of
#: others too: a forum; so were those a summit "was attended by" ("The summit, held in Maputo on
#: Sunday, was attended by President X of A and President Y of B").
_ATTENDED_SUMMIT: Final = re.compile(
    r"(?i)\b(?:attend(?:s|ed|ing)?|joined|(?:participated|(?:took|takes?|taking)\s+part)\s+in)"
    r"\s+(?:a|an|the)\s+(?:\w+\s+){0,2}summit"
    rf"|\bsummit\b[^.;]{{0,80}}?{ATTENDED_BY}"
)
#: Two leaders who "did not meet" at a summit were at a gathering of others, not at their own.
_DID_NOT_MEET: Final = re.compile(
    r"(?i)\b(?:did\s+not|didn['’]t|declined\s+to|refused\s+to|failed\s+to|could\s+not|were\s+not\s+to)\s+meet\b"
)


def extract_engagements(
    text: str,
    sentences: list[Sentence],
    published: date | None,
    dateline: str | None,
    url: str | None = None,
    around: tuple[str, ...] = (),
    headline: tuple[str, str] | None = None,
) -> list[Engagement]:
    """Every past engagement between two or more countries reported in `text` (published at
    `url`, when known); `around`: the countries the digest `text` is an item of names most;
    `headline`: the pair the story's title names, which "the two countries" are when the body
    has named no two before them."""
    original = text
    text, sentences = _inline_met_lists(text, sentences)
    text, sentences = _join_deliveries(text, sentences)
    low = lowered_for_hints(text)
    # (one lower-casing of the story serves both the cue scan and the hints below)
    cues = _cues_by_sentence(text, sentences, low)
    if not any(kind == "trigger" for kind in cues.values()):
        return []
    doc = document_context(text, published, dateline, url, around, headline)
    doc.speakers, doc.addressees = _speakers(text, sentences)
    signed = _sign_off(sentences, doc.speakers)
    if signed is not None:
        register_names(doc, signed)  # (the author the sign-off names, before her first "I")
    # (most stories deny nothing: no sentence need be tried)
    if _DENIAL_HINT.search(text) if low is None else holds_any(low, _DENIAL_STEMS):
        doc.denied_after = frozenset(
            index for index, after in enumerate(sentences[1:]) if denies_what_came_before(after.text)
        )
    subject_sources = _subject_sources(sentences, cues) | _full_name_sources(sentences, cues)
    name_sources = (
        _name_sources(sentences, cues) | _speaker_sources(sentences, doc.speakers, cues)
    ) - subject_sources
    org_sources = _org_name_sources(sentences, cues) - subject_sources
    items = _list_items(text, sentences, cues)
    # (where the dateline ends: its date is when the story was filed)
    told_anaphoric_day = (low is None or _anaphoric_day_hinted(low)) and _ANAPHORIC_DAY.search(text)
    anaphoric_days = _dateline_end(text) if told_anaphoric_day else None
    for index, sentence in enumerate(sentences):
        kind = cues.get(index)
        if kind in (None, "continuation") and anaphoric_days is not None:
            _remember_uncued_day(doc, index, sentence, anaphoric_days)
        if kind is None and doc.said_day is None and " said on " in sentence.text:
            _remember_said_day(doc, index, sentence)
        day = _day_header(doc, sentence) if kind is None else None
        if day is not None:
            doc.narrative = (index, day)
            doc.day_line = index
            continue
        if kind is None and index in items:
            analysed = analyse_sentence(doc, index, sentence, True)
            if analysed is not None:
                list_item(doc, analysed, items[index])
            continue
        if kind is None and doc.previous_people[0] == index - 1 and _opens_on_pronoun(sentence.text):
            # "Minister X said ... . He said exports rose. '...,' he said after talks with Y":
            # a "he" opening a sentence keeps the subject of the one before
            doc.previous_people = (index, doc.previous_people[1])
            continue
        skipped = kind is None or (
            kind == "continuation" and not _continuation_possible(doc, index, sentence)
        )
        if skipped and index in subject_sources:
            # "Foreign Minister Penny Wong will travel to Fiji. She met ...": who "she" is
            analysed = analyse_sentence(doc, index, sentence, True)
            if analysed is not None:
                _remember(doc, analysed, sentences)
            continue
        if skipped and index in org_sources:
            register_orgs(doc, sentence)
        if skipped and index in name_sources:
            register_names(doc, sentence)
            continue
        if kind is None or (kind == "continuation" and not _continuation_possible(doc, index, sentence)):
            continue
        # A sentence with a trigger or lead word is read even when no trigger is live ("agreed
        # to begin negotiations"): the people it names are who "the two leaders" later are.
        analysed = analyse_sentence(
            doc, index, sentence, kind != "continuation" or _continuation_possible(doc, index, sentence)
        )
        if analysed is None:
            continue
        name_unnamed_side(doc, analysed)  # (before this sentence's own events are drafted)
        added, in_passing = _candidates_of(doc, analysed)
        if (
            hint_holds(lowered_for_hints(sentence.text), _ANNOUNCED_BILATERALS_HINTS)
            and _ANNOUNCED_BILATERALS.search(sentence.text) is not None
        ):
            doc.bilaterals_announced = index
        if not added or (not in_passing and (_other_side_led_apart(analysed) or _attended_apart(analysed))):
            # ("X led the Nepali side at the talks in Dhaka, while the Bangladeshi side was led by
            # Y": the clause of the talks names one side; the other clause, with no event of its
            # own, names who led the other, as a sentence of its own would; so does "...; Y also
            # attended" name who else was there)
            continuation(doc, analysed)
        elif in_passing:
            # "The sides discussed X, including agreements reached during Y's visit": what
            # was discussed is the current event's, the visit only a past one told in passing
            continuation(doc, analysed, topics_only=True)
        _remember(doc, analysed, sentences)
    one_visit_per_trip(doc)
    drafts = without_moves_within_a_stay([visit for c in doc.candidates for visit in split_tour(doc, c)])
    _dated_by_the_stop(drafts)
    _hosted_where_its_visitor_met(drafts)
    _hosted_by_whom_its_visitor_met_there(drafts)
    _placed_by_its_events(drafts)
    _placed_with_its_pair(drafts)
    _forum_sides_met_there(drafts)
    _signed_at_its_sitting(drafts)
    _signed_after_its_talks(drafts)
    _done_at(text, published, drafts)
    found = [_finalize(doc, draft) for draft in drafts]
    return [_evidence_in(original, text, e) for e in found if e is not None]


def _evidence_in(original: str, text: str, e: Engagement) -> Engagement:
    """`e` with its evidence as `original` writes it, where `text` is `original` with a list of
    those met set on one line (`_inline_met_lists`)."""
    if text is original or e.evidence != text[e.char_start : e.char_end]:
        return e
    return replace(e, evidence=original[e.char_start : e.char_end])


#: The stems of every denial `denies_what_came_before` reads: keep in step with
#: engagement_clauses `_TRUTH_DENIALS` ("denied", "refuted", "disputed").
_DENIAL_STEMS: Final = ("deni", "refut", "disput")
_DENIAL_HINT: Final = re.compile("(?i)" + "|".join(_DENIAL_STEMS))
#: Words of a day counted from one told before ("The same day", "Later in the day"): only a
#: story that has them needs the days of sentences that tell no engagement.
_ANAPHORIC_DAY: Final = re.compile(r"(?i)\b(?:(?:same|that|next|following|previous)\s+day|in\s+the\s+day)\b")
#: `_ANAPHORIC_DAY` in lower case without its leading boundary, for `lowered_for_hints`: it
#: holds every match of `_ANAPHORIC_DAY` and a few more ("whatsame day"), which that pattern then
#: rejects. `_anaphoric_day_hinted` reads it back from each "day" (`_DAY_END`, a literal the
#: engine scans for fast): scanned as a pattern, its words' first letters stop the engine at most
#: offsets of a story (five times the cost).
_ANAPHORIC_DAY_HINT: Final = re.compile(r"(?:same|that|next|following|previous|in\s+the)\s+day\b")
_DAY_END: Final = re.compile(r"day\b")
_DAY_COUNTED_FROM: Final = ("same", "that", "next", "following", "previous")


def _anaphoric_day_hinted(low: str) -> bool:
    """Whether `_ANAPHORIC_DAY_HINT` matches somewhere in `low`: a "day" ending a word, after
    white space (`str.isspace` is what `\\s` matches) after one of `_DAY_COUNTED_FROM` or
    after "the", white space and "in"."""
    for day in _DAY_END.finditer(low):
        end = _before_space(low, day.start())
        if end == day.start():
            continue
        if low.endswith(_DAY_COUNTED_FROM, 0, end):
            return True
        if low.endswith("the", 0, end):
            before = _before_space(low, end - 3)
            if before < end - 3 and low.endswith("in", 0, before):
                return True
    return False


def _before_space(text: str, end: int) -> int:
    """Where the white space that ends at `end` starts (`end` when there is none)."""
    while end and text[end - 1].isspace():
        end -= 1
    return end


#: Words of a sentence about what is to come: its day is no day of the story's events. Searched
#: in the lowered text as whole words (no letter a-z on either side), without listing every word.
_AHEAD_RE: Final = re.compile(r"(?<![a-z])(?:will|shall|scheduled|expected|due|plans|planned)(?![a-z])")


def _dateline_end(text: str) -> int:
    dateline = find_dateline(text)
    return dateline.end if dateline is not None else 0


def _remember_uncued_day(doc: DocumentContext, index: int, sentence: Sentence, after: int) -> None:
    """Keep the day a sentence with no trigger word states of what happened ("The national
    exposition of Belarus opened in Dushanbe on Wednesday. ... The same day, the heads of
    government held talks": Wednesday's talks, where they had no date). Dates before `after`
    (the dateline's) are when the story was filed."""
    if not has_date_hint(sentence.text):
        return
    if _AHEAD_RE.search(sentence.text.lower()):
        return
    days = [
        d.date
        for d in find_dates(sentence.text, doc.written_on)
        if d.kind in STATED_KINDS and d.date is not None and sentence.start + d.start >= after
    ]
    if days and (doc.written_on is None or days[0] <= doc.written_on):
        doc.uncued_day = (index, days[0])


def _remember_said_day(doc: DocumentContext, index: int, sentence: Sentence) -> None:
    """Keep the day of "X said on Wednesday" in a sentence with no trigger word (a lead that
    reports remarks): the day a later "Speaking after talks with Y, X said ..." dates its talks."""
    for d in find_dates(sentence.text, doc.written_on):
        before = sentence.text[max(0, d.start - 9) : d.start]
        if d.kind in STATED_KINDS and d.date is not None and before.endswith(" said on "):
            if doc.written_on is None or d.date <= doc.written_on:
                doc.said_day = (index, d.date)
            return


def _day_header(doc: DocumentContext, sentence: Sentence) -> date | None:
    """The day a line that is only a date states ("Tuesday, 24 September", "Sept. 24, 2024"),
    as a live blog heads the entries of each day: the entries below it tell that day's events
    when they state no day of their own (they had been dated the day of publication). A day
    after the story was written heads nothing."""
    line = sentence.text.rstrip(" .:")
    if not 5 < len(line) < _MAX_DAY_HEADER or not has_digit(line):
        return None
    found = find_dates(line, doc.written_on)
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(line)):
        return None
    day = found[0].date
    if found[0].kind not in ("month_day", "absolute") or day is None:
        return None
    return day if doc.written_on is None or day <= doc.written_on else None


_MAX_DAY_HEADER: Final = 40


#: A sentence ending on its speaker's name and the verb ('"...," Lahbib said.'), or on the verb
#: and the name ('..., said Lahbib.'): who "I" is in a quotation opening the next sentence.
#: The name may follow its title and country ("Kenya's Trade Secretary X said"), which the
#: registry resolves, and a phrase of place or time may close the sentence ("said X at a
#: news conference on Monday.", "X said in an interview."): it names no other speaker.
_NAME: Final = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
_TITLE_WORD: Final = r"(?:[A-Z][\w'’.-]*|of|for|the|and|&)"
_CAPITALISED: Final = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
#: The fields a portfolio lists after its "of", set off by commas ("of Trade, Industry", "of
#: Export Promotion, International Trade", before "and East African Community Affairs"): a
#: title's own commas, which had cut the speaker's phrase and left him unknown.
_PORTFOLIO_LIST: Final = rf"of\s+{_CAPITALISED}(?:,\s+{_CAPITALISED})+"
_TITLED_NAME: Final = rf"(?:{_TITLE_WORD}\s+)*(?:{_PORTFOLIO_LIST}\s+(?:{_TITLE_WORD}\s+)*)?{_NAME}"
#: The title set after the name ("said Phosay Sayasone, Lao Minister of Energy and Mines."):
#: capitalised words and the small words of a portfolio, opening on a capital.
_TITLE_AFTER: Final = (
    rf"(?:,\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+{_TITLE_WORD})*(?:\s+{_PORTFOLIO_LIST}(?:\s+{_TITLE_WORD})*)?)?"
)
_CLOSING_PHRASE: Final = r"(?:,?\s+(?:at|in|on|during|after|before|while)\s[^\"“”«»]*)?"
_SAID_LAST: Final = re.compile(
    rf"(?:^|[,”\"]\s)\s*(?:(?P<before>{_TITLED_NAME})\s+(?:said|says|added|told\s+\w+)"
    rf"|(?:said|says|added)\s+(?P<after>{_TITLED_NAME}){_TITLE_AFTER}){_CLOSING_PHRASE}\s*\.\s*$"
)
_QUOTE_OPENERS: Final = ("“", '"', "«", "„")
#: The paragraphs of an interview: the question ("Q:") and the interviewee's answer ("A:").
_ANSWER: Final = re.compile(r"A\s*:\s")
_QUESTION: Final = re.compile(r"(?m)^\s*Q\s*:\s")
#: What every `_QUESTION` holds, scanned for first: a pattern that opens on a line start has no
#: first character to scan for and is tried at every offset of the story, this one only at "Q".
_QUESTION_HINT: Final = re.compile(r"Q\s*:\s")
#: How a story introduces the one it interviews, before the first question.
_INTERVIEWED: Final = re.compile(
    r"(?i)\b(?:interview\w*|spoke (?:to|with)|talked (?:to|with)|sat down with|told)\b"
)


def _speakers(text: str, sentences: list[Sentence]) -> tuple[dict[int, str], dict[int, str]]:
    """Who "I" is in sentences told by a speaker named outside them: a quotation opening the
    sentence right after one that ends '..., X said.' is X's; an answer paragraph ("A: ...") of
    an interview (a story that introduces someone it "spoke to" before its first "Q:") is its
    interviewee's, the first person the story names: "" stands for that person. Anyone else
    the story named is no "I". Also who "you" is in what the interviewer states ("Q: Minister,
    you met Y on Monday."; "CNA:"): the interviewee, who answers; a question asks, and tells no
    event."""
    speakers: dict[int, str] = {}
    addressees: dict[int, str] = {}
    question = _QUESTION.search(text) if _QUESTION_HINT.search(text) is not None else None
    interview = question is not None and _INTERVIEWED.search(text, 0, question.start()) is not None
    labelled, questions = _labelled_paragraphs(text)
    starts = [start for start, _, _ in labelled]
    asked = [start for start, _ in questions]
    names = [name for _, _, name in labelled]
    interviewee = max(names, key=names.count) if names else ""
    # (most stories have no labelled paragraph and no question: their sentences skip the
    # two span look-ups, which find nothing in an empty list)
    for index, sentence in enumerate(sentences):
        opening = _paragraph_opening(text, sentence.start) if interview else ""  # (an interview's "A:", "Q:")
        if interview and _ANSWER.match(opening):
            speakers[index] = ""
        elif sentence.text.rstrip().endswith("?"):
            pass  # "Did you meet Y?", "Will you meet Y?": what is asked tells nothing
        elif interview and _QUESTION_HINT.match(opening):
            addressees[index] = ""
        elif questions and _in_spans(asked, questions, sentence.start) is not None:
            addressees[index] = interviewee
        elif sentence.text.startswith(_QUOTE_OPENERS):
            said = _own_attribution(sentence.text)
            if said is None and index:
                said = _SAID_LAST.search(sentences[index - 1].text)
            if said is not None:
                speakers[index] = said.group("before") or said.group("after")
        if labelled and index not in speakers:
            at = _in_spans(starts, labelled, sentence.start)
            if at is not None:
                speakers[index] = labelled[at][2]
    author = _author(text) if not interview and not labelled else None
    if author is not None:
        for index, sentence in enumerate(sentences):
            if (
                index not in speakers
                and _FIRST_PERSON_I.search(sentence.text)
                and not QUOTE_CHARS.search(sentence.text)
            ):
                speakers[index] = author
    return speakers, addressees


def _in_spans(
    starts: list[int], spans: Sequence[tuple[int, int] | tuple[int, int, str]], position: int
) -> int | None:
    """The index of the span (start, end, ...) holding a position, spans sorted by their
    `starts`; None when it falls in none. A sentence outside every question paragraph of a
    transcript (its introduction) is no question: it keeps the speaker a quotation gives it."""
    at = bisect_right(starts, position) - 1
    return at if at >= 0 and position < spans[at][1] else None


#: How an op-ed or a printed speech names who speaks in it, near its top: a byline ("By Manoa
#: Kamikamica", "By X, Ambassador of Y to Z"), an introduction ("Full text of the remarks
#: delivered by the Ambassador of Chile to Vietnam, Claudia Vergara, at ...", "Speech by
#: Ambassador X at ...", "the keynote address delivered by Namibia's Minister ..., X, at the
#: opening ..."), "Fiji's Trade Minister X writes:", or the heading of a written answer to a
#: parliamentary question ("Answer from X, Minister of Trade and Industry:"): its "I" is hers.
_AUTHOR: Final = re.compile(
    r"(?m)^By\s+(?P<byline>[A-Z][^,\n]{2,60})"
    r"|\b(?:[Ss]peech|[Rr]emarks|[Aa]ddress|[Ss]tatement)\s+(?:(?:delivered|given|made)\s+)?by\s+"
    r"(?P<speech>[^\n.;]{3,150}?)(?:,?\s+(?:at|during|on|before)\s|[.;\n]|$)"
    r"|^(?P<writer>[A-Z][^\n:]{3,100}?)\s+writes:\s*$"
    r"|^(?:Answer|Reply|Response)\s+(?:from|by)\s+(?:the\s+)?(?P<answer>[A-Z][^,\n:(]{2,60})[,:(]"
)
#: A substring every match of `_AUTHOR` holds: its byline, "writes:", the heading words of a
#: written answer, and the words it introduces a speech by without their first letter ("Speech",
#: "speech").
_AUTHOR_HINTS: Final = (
    "By",
    "writes:",
    "Answer",
    "Reply",
    "Response",
    "peech",
    "emarks",
    "ddress",
    "tatement",
)
#: How far into a story its byline or the introduction of its speech stands.
_AUTHOR_REACH: Final = 800
#: The pronoun "I" of the author's own account (engagement_clauses.QUOTE_CHARS: the quotation marks of
#: someone else's words).
_FIRST_PERSON_I: Final = re.compile(r"\bI\b")


def _author(text: str) -> str | None:
    """Who "I" is in an op-ed or a printed speech, from its byline or introduction near the top
    (see `_AUTHOR`): the name after the last comma of the phrase, or the phrase with its title
    ("Lao Minister of Industry and Commerce X"), which the registry resolves; None elsewhere.
    Only sentences outside quotation marks are the author's own account."""
    head = text[:_AUTHOR_REACH]
    # (`_AUTHOR` opens on assertions, tried at every offset: most stories hold none of its words)
    if not any(w in head for w in _AUTHOR_HINTS):
        return _signed_off_by(text)
    found = _AUTHOR.search(text, 0, _AUTHOR_REACH)
    if found is None:
        return _signed_off_by(text)
    phrase = found.group("byline") or found.group("speech") or found.group("writer") or found.group("answer")
    name = phrase.rsplit(",", 1)[-1].strip() if found.group("speech") else phrase.split(",", 1)[0].strip()
    return name if name[:1].isupper() or name.startswith("the ") else None


def _signed_off_by(text: str) -> str | None:
    """Who "I" is in an op-ed that names its author only in the line closing it ("Mary Ng is
    Canada's Minister of Export Promotion, International Trade and Economic Development.", "X is
    the Ambassador of Chile to Vietnam."): the name, when an office follows "is" within its
    first words; None elsewhere ("Prime Minister X is expected to meet President Y" states no
    office of X's, "Trade Minister X is ..." opens on a title, not a name)."""
    tail = text[-_SIGN_OFF_REACH:]
    if " is " not in tail:
        return None
    found = max(_SIGN_OFF.finditer(tail), key=lambda m: m.start(), default=None)  # the last
    if found is None:
        return None
    name = found.group("name")
    if any(w.lower() in TITLE_WORDS for w in name.split()):
        return None
    return name if _states_office(found.group("office").split()[:_SIGN_OFF_OFFICE_WORDS]) else None


def _states_office(words: list[str]) -> bool:
    """Whether the words after a sign-off's "is" open on an office: capitalized words up to a
    title word ("New Zealand's Minister", "the Ambassador"), after an article or "former" at
    most; not a verb ("expected to meet President Y")."""
    for w in words:
        if w[:1].isupper():
            if w.lower() in _OFFICE_WORDS:
                return True
        elif w not in _OFFICE_LEADERS:
            return False
    return False


def _sign_off(sentences: list[Sentence], speakers: dict[int, str]) -> Sentence | None:
    """The sentence among a story's last that signs it off as its author's ("Mary Ng is
    Canada's Minister of ..."; see `_signed_off_by`): read for her name and country before
    the sentences in which she is "I", which come before it."""
    names = {name for name in speakers.values() if name}
    if not names:
        return None
    for sentence in sentences[-_SIGN_OFF_SENTENCES:]:
        if any(sentence.text.startswith(name + " is ") for name in names):
            return sentence
    return None


#: How many of a story's last sentences may be its sign-off (a copyright line or two after it).
_SIGN_OFF_SENTENCES: Final = 4
#: A line that is one sentence "<Name> is <office>.", the sign-off closing an op-ed.
_SIGN_OFF: Final = re.compile(
    r"(?m)^(?P<name>[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+){1,4})[ \t]+is[ \t]+"
    r"(?P<office>[^\n.]{4,200}?)\.?[ \t]*$"
)
#: How far from a story's end its sign-off stands.
_SIGN_OFF_REACH: Final = 600
#: How many words after "is" the office's head may come ("is New Zealand's Minister", "is a
#: former Trade Minister").
_SIGN_OFF_OFFICE_WORDS: Final = 4
#: Lower-case words a sign-off's office may open on ("the Ambassador", "a former Minister").
_OFFICE_LEADERS: Final = et.word_set("the a an former current")
#: The words of an office in a sign-off: title words but the small ones ("of", "the").
_OFFICE_WORDS: Final = TITLE_WORDS - TITLE_SMALL_WORDS


#: A transcript's speaker label opening a paragraph: "Ramírez:", "**Ramírez:**", "Minister
#: Ramírez:", "Official Spokesperson, Shri Randhir Jaiswal:", "CNA:", "Q:".
_LABEL: Final = re.compile(r"\**(?P<label>[A-Z][\w'’.-]*(?:,?\s[A-Z][\w'’.-]*){0,5}?)\**\s?:\**\s")
#: First words of a paragraph label that name no speaker ("Note:", "Photo:", "Read more:").
_NOT_SPEAKER_LABELS: Final = et.word_set(
    """note notes source sources photo photos picture caption read related also update updated
    editor excerpts excerpt watch tags tag file correction disclaimer question answer see listen
    video transcript image images credit pictured background context summary"""
)


def _labelled_paragraphs(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """The paragraphs of a transcript that open on their speaker's label, as (start, end, name):
    every sentence of the paragraph is that speaker's, so its "I" is him ("Ramírez: It was a busy
    week. Yesterday I held talks with Y", not only the sentence the label stands in); and, as
    (start, end), those of the interviewer, labelled in capitals ("CNA:", "Q:") or ending on a
    question ("Gazette: You met Y on Friday. What came of it?"). A story
    whose paragraphs open on a label at least twice (an interviewer's "CNA:" or "Q:" too) is a
    transcript; one label alone is more likely a heading."""
    if ":" not in text:
        return [], []
    labelled: list[tuple[int, int, str]] = []
    questions: list[tuple[int, int]] = []
    labels = 0
    start = 0
    for line in text.split("\n"):
        found = _LABEL.match(line) if ":" in line[:80] else None
        if found is not None and found.group("label").split()[0].lower() not in _NOT_SPEAKER_LABELS:
            labels += 1
            name = found.group("label").rsplit(",", 1)[-1].strip()
            if not name.split()[0].isupper() and not line.rstrip().endswith(("?", "?**")):
                # a name in title case (no "WINDHOEK:" dateline, no "CNA:" or "Q:" interviewer),
                # whose paragraph asks nothing (no interviewer's "Gazette: ... What came of it?")
                labelled.append((start, start + len(line), name))
            else:
                questions.append((start, start + len(line)))
        start += len(line) + 1
    return (labelled, questions) if labels >= 2 and labelled else ([], [])


def _own_attribution(text: str) -> re.Match[str] | None:
    """The attribution that closes a sentence opening on a quotation, after the quotation has
    closed ('"Yesterday I met Y," X said.', '"I met Y," said X.'): who "I" is in that
    quotation. None when the sentence ends inside it or names no speaker there."""
    said = _SAID_LAST.search(text)
    if said is None:
        return None
    closing = max(text.rfind(mark, 1, said.start() + 2) for mark in _QUOTE_CLOSERS)
    return said if closing > 0 else None


#: The marks that close a quotation opening a sentence (a straight one closes itself).
_QUOTE_CLOSERS: Final = ("”", '"', "»", "“")


def _done_at(text: str, published: date | None, drafts: list[Draft]) -> None:
    """The formal closing line of a signed text, on a line of its own ("Done at Accra, this 8th
    day of March 2024.", "Done in Lima on 8 March 2024, in two originals"): where and when the
    document was signed, the place and day of the signings the text tells that state none of
    their own (they had taken the story's day and no place). A town the lexicon does not know,
    or "Done" inside a sentence ("Done at the summit, the deal ..."), gives nothing."""
    if "Done" not in text:
        return
    match = _DONE_AT.search(text)
    if match is None:
        return
    words = match.group("city").split()
    # (the longest run of its capitalized words that is a town: "Addis Ababa" of "Addis Ababa On")
    town = next(
        (" ".join(words[:n]) for n in range(len(words), 0, -1) if city_country(" ".join(words[:n]))), None
    )
    if town is None:
        return
    city = city_name(town)
    day = next((d.date for d in find_dates(match.group("rest"), published) if d.kind == "absolute"), None)
    for draft in drafts:
        if draft.type != et.AGREEMENT:
            continue
        if not draft.location_explicit:
            draft.location, draft.location_explicit = city, True
        if day is not None and not draft.date_explicit:
            draft.date, draft.date_explicit = day, True


#: "Done at Accra, this 8th day of March 2024.": a line opening on "Done at" (or "in") and a
#: capitalized town, then its day ("rest").
_DONE_AT: Final = re.compile(
    r"(?m)^[ \t]*Done\s+(?:at|in)\s+(?P<city>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})"
    r"(?P<rest>[^\n]{0,160})$"
)


def _paragraph_opening(text: str, start: int) -> str:
    """The start of the paragraph (line) holding offset `start`."""
    opening = text.rfind("\n", 0, start) + 1
    return text[opening : opening + 8].lstrip()


def _visitor_events(visit: Draft, drafts: list[Draft]) -> Iterator[Draft]:
    """The dated events, in order, that one of the visit's visitors took part in within the
    visit's days (no visit and no phone call): where and whom the visitor met on the trip, read
    by the passes below that place or host a visit that tells neither."""
    visitors = {name_key(p.name) for p in visit.people}
    for d in drafts:
        if (
            d.type not in (et.VISIT, et.PHONE_CALL)
            and d.date is not None
            and visit.date is not None
            and 0 <= (d.date - visit.date).days <= MAX_VISIT_DAYS
            and any(name_key(p.name) in visitors for p in d.people)
        ):
            yield d


def _placed_by_its_events(drafts: list[Draft]) -> None:
    """A visit to a country with no city named is where its visitor's events there were held:
    "The Amir is on a State Visit to India from 17-18 February" after "Modi held talks with
    the Amir at Hyderabad House today" was in New Delhi (it had no place)."""
    for visit in drafts:
        if visit.type != et.VISIT or visit.location is not None or visit.host is None or visit.date is None:
            continue
        for d in _visitor_events(visit, drafts):
            if d.location is not None and city_country(d.location) == visit.host:
                visit.location = d.location
                break


#: What sides do at a gathering, told after it: meet on its sidelines, sign there.
_HELD_AT_A_FORUM: Final = frozenset([et.MEETING, et.AGREEMENT])


def _forum_sides_met_there(drafts: list[Draft]) -> None:
    """Gives a named forum told with its host alone ("The 54th Pacific Islands Forum Leaders
    Meeting opened in Honiara on Monday, hosted by Solomon Islands Prime Minister X") the sides
    of the meetings told after it in its city within its days ("Palau's President Y met
    Australian Prime Minister Z on the sidelines on Tuesday") or signed there: their leaders were
    at it (it had one side, and was dropped). Not an event told at another place or outside
    those days."""
    for f in drafts:
        if f.type != et.FORUM or not f.named or f.date is None or len(sides(f)) != 1:
            continue
        for m in drafts:
            if (
                m.type in _HELD_AT_A_FORUM
                and m.sentence > f.sentence
                and m.location in (None, f.location)
                and m.date is not None
                and 0 <= (m.date - f.date).days <= et.GATHERING_DAYS
            ):
                f.countries |= sides(m)


def _signed_at_its_sitting(drafts: list[Draft]) -> None:
    """Gives a signing that names no side the sides of the sitting its sentence tells ("The 22nd
    session of the intergovernmental commission concluded in the Cuban capital with the signing
    of eight documents"): what a session ends with is signed by those who sat (it had no side,
    and was dropped)."""
    for signing in drafts:
        if signing.type != et.AGREEMENT or signing.countries or signing.people or signing.orgs:
            continue
        sittings = (f for f in drafts if f.type == et.FORUM and f.sentence == signing.sentence)
        sitting = next((f for f in sittings if len(sides(f)) > 1), None)
        if sitting is not None:
            signing.countries = set(sides(sitting))


def _signed_after_its_talks(drafts: list[Draft]) -> None:
    """Gives a signing told with one side the other side of the talks its own sentence tells
    just before it, on its day, held by its signatories: "X signed three agreements in Lima on
    Tuesday, following talks with his Chilean counterpart Y" was signed with Y (it had one
    side, and was dropped, while the talks stayed). A signing that names its other side, or
    talks of another day or without the signatory, lend nothing."""
    for signing in drafts:
        if signing.type != et.AGREEMENT or not signing.people or len(sides(signing)) != 1:
            continue
        signers = {name_key(p.name) for p in signing.people}
        for talks in drafts:
            if (
                talks.type == et.MEETING
                and talks.background
                and talks.sentence == signing.sentence
                and talks.date == signing.date
                and len(sides(talks)) > 1
                and signers <= {name_key(p.name) for p in talks.people}
            ):
                signing.people += [p for p in talks.people if name_key(p.name) not in signers]
                signing.countries |= sides(talks)
                break


def _placed_with_its_pair(drafts: list[Draft]) -> None:
    """An event that names no place was held where the same two or more people met that day:
    "X and Y signed an agreement Friday. The two leaders met in the border town of Z on
    Friday." signed in Z, not at the dateline's city the story is filed from (a wire lead
    names the place only in a later sentence)."""
    for d in drafts:
        if d.location is not None or d.date is None or d.type in (et.VISIT, et.PHONE_CALL):
            continue
        pair = {name_key(p.name) for p in d.people}
        if len(pair) < 2:
            continue
        for e in drafts:
            if (
                e is not d
                and e.location is not None
                and e.date == d.date
                and e.type != et.PHONE_CALL
                and pair <= {name_key(p.name) for p in e.people}
            ):
                d.location, d.host = e.location, d.host or e.host
                break


def _hosted_where_its_visitor_met(drafts: list[Draft]) -> None:
    """A visit that names neither a place nor a host ("Mr Peters, who arrived in the country on
    Tuesday on a three-day official visit", in a story with no dateline) went where its
    visitor met someone in the days of the visit: "held talks with ... Peters in Suva
    yesterday" makes it a visit to Fiji, in Suva (it had no host, and was dropped)."""
    for visit in drafts:
        if (
            visit.type != et.VISIT
            or visit.host is not None
            or visit.location is not None
            or visit.date is None
        ):
            continue
        home = {p.country_iso3 for p in visit.people}
        for d in _visitor_events(visit, drafts):
            host = None if d.location is None else city_country(d.location)
            if host is not None and host not in home:
                visit.host, visit.location = host, d.location
                break


#: The noun of a visit, which tells a trip abroad ("for a working visit", "paid a visit");
#: "visited Rzeszow" or "arrived in Rzeszow" may be a trip at home.
_VISIT_NOUN: Final = re.compile(r"(?i)\bvisit\b")


def _hosted_by_whom_its_visitor_met_there(drafts: list[Draft]) -> None:
    """A visit to a town no lexicon places ("X arrived in Iasi on Tuesday for a working visit")
    went to the country of the one other side its visitor met in that town in the days of the
    visit ("He was received by Romanian Prime Minister Y"): it had no host, and was dropped. Told
    with no visit noun ("X visited Rzeszow, where he met ...") the town may be the visitor's own."""
    for visit in drafts:
        if (
            visit.type != et.VISIT
            or visit.host is not None
            or visit.location is None
            or visit.date is None
            or city_country(visit.location) is not None
            or _VISIT_NOUN.search(visit.evidence) is None
        ):
            continue
        home = set(visit.countries) | {p.country_iso3 for p in visit.people if p.country_iso3}
        for d in _visitor_events(visit, drafts):
            others = set(d.countries) - home
            if d.location == visit.location and len(others) == 1:
                (visit.host,) = others
                break


def _paragraph_place(doc: DocumentContext, c: Draft) -> str | None:
    """The city of the dateline that opens the paragraph an event is told in, in a round-up
    ("JAKARTA - Norway's Minister ... co-chaired the first meeting of the Joint Economic
    Committee"): the round-up has no dateline of its own."""
    opening = [(start, city) for start, city in doc.paragraph_places if start <= c.start]
    if not opening:
        return None
    start, city = opening[-1]
    return city if "\n\n" not in doc.text[start : c.start] else None


def _dateline_location(doc: DocumentContext, c: Draft, countries: set[str]) -> str | None:
    """Where an event that names no place happened, from the dateline: its city when the
    event was at home for the dateline's country ("no place named, but in that country"), or
    the lexicon does not know the town ("KANANASKIS - ... Carney met Modi": filed from where
    it happened). "On the sidelines of" a gathering, the dateline's city only when it is
    abroad for every side (the reporter is at the gathering: "NEW YORK - ... on the margins of
    the UN General Assembly", "BRUSSELS - ... met Y at an EU leaders' summit"); filed from
    home, somewhere unknown. A national agency's copy filed abroad (`DocumentContext.home_country`
    not the dateline's: "WASHINGTON (ANTARA) -") reports the trip its reporter is on, so an
    event with no place of its own and abroad for every side was at the dateline too, and so
    was one of its own side on the sidelines of a gathering there, even with the host (the
    agency's country however seldom the story names it, `DocumentContext.agency_country`). A stay
    abroad the story tells from home (`mission_abroad`) holds the events of its days instead."""
    hinted = hint_holds(lowered_for_hints(c.evidence), _SIDELINES_HINTS)
    pointers = list(_SIDELINES.finditer(c.evidence)) if hinted else []
    sidelines = next((m for m in pointers if m.group("bare") is None), None)
    if sidelines is not None and not _gathering_of_the_sides(c.evidence, sidelines.end(), countries):
        # (a national agency filing from abroad travels with its own side: "ADDIS ABABA (APS) -
        # ... held talks on the sidelines of the summit with Ethiopian Prime Minister X" was held
        # at the dateline though its host is a side too), however seldom the story names its
        # country ("Rome (QNA) - On the sidelines of the funeral, the Deputy Amir met Italian
        # Prime Minister X": Qatar named nowhere)
        with_home = doc.agency_country is not None and doc.agency_country in countries
        return doc.dateline if doc.dateline_country not in countries or with_home else None
    if doc.home_country not in (None, doc.dateline_country) and doc.dateline_country not in countries:
        return doc.dateline
    if _LEFT_FOR.search(c.evidence, 0, c.position):
        # "ACCRA - X departed Accra on Monday for the AU summit, where he met Y": the event the
        # trip was made for was away from the town the traveller left, somewhere not named
        return None
    at_home = doc.dateline_country in countries and c.host in (None, doc.dateline_country)
    abroad = mission_abroad(doc, c.date, countries) if at_home else None
    if abroad is not None:
        return abroad[1]  # a stay abroad the story told from home: there, not at the dateline
    if at_home or (doc.dateline_country is None and c.host is None):
        return doc.dateline
    if doc.dateline_country is not None and (
        any(m.group("bare") is not None for m in pointers) or _gathering_at_dateline(doc, c.start)
    ):
        # "HONIARA - The Pacific Islands Forum Leaders Meeting opened in Honiara on Monday. ...
        # X and Y held a bilateral on Wednesday", "X met Y on the sidelines on Tuesday": the
        # reporter is at the gathering, abroad for both sides, and so were they
        return doc.dateline
    return None


#: A traveller's leaving for somewhere, told before the event in its sentence: "left Accra on
#: Monday for the summit", "departed for Addis Ababa", "after leaving for the summit".
_LEFT_FOR: Final = re.compile(
    r"\b(?:left|departed|leaving|departing)\s+(?:[\w'’,-]+\s+){0,5}?for\s+(?:the\s+|a\s+)?[\w-]"
)


def _received_abroad(
    doc: DocumentContext,
    c: Draft,
    people: list[PersonMention],
    countries_of: dict[str, str | None],
    orgs: list[Org],
) -> bool:
    """Whether the event's named hosts, none of the dateline's country and no envoy posted
    there, received guests ("BANGKOK - The Wali of the Casablanca-Settat region, X, received a
    Thai business delegation"): the guests went to the host, so the story filed from the guests'
    home tells no place of the event (it had been placed at the dateline). A host told as
    visiting, or the guest of a reception told in the passive ("was received by"), is no such."""
    received = (
        _active_reception(c.evidence)
        if doc.dateline_country is not None and holds_any(c.evidence, _RECEPTION_STEMS)
        else None
    )
    if received is None:
        return False
    # the guests named after the verb are no hosts: "ACCRA - The President received Togolese
    # Foreign Minister X" names only its guest, its host (the dateline's head) by title alone
    hosts = [p for p in people if not _named_only_after(c.evidence, p.name, received.end())]
    held = {countries_of.get(p.name) for p in hosts} | {
        o.country for o in orgs if not _named_only_after(c.evidence, o.name, received.end())
    }
    held.discard(None)
    return (
        bool(held)
        and doc.dateline_country not in held
        and not any(et.is_envoy_title(p.title) for p in people)
        # a visit in the host's phrase, before the verb, or a visit told after it ("X, who is on a
        # visit to Senegal"), where the story may place it; but "received a visiting Thai
        # delegation" is only the guests' visit, the usual way a reception is told
        and _VISITING.search(c.evidence, 0, received.start()) is None
        and _VISIT_TOLD.search(c.evidence, received.end()) is None
    )


def _named_only_after(evidence: str, name: str, offset: int) -> bool:
    """Whether `name` is written in `evidence` from `offset` on and not before it (a guest after
    the reception verb); a name the sentence does not write (a host told before) is not."""
    first = evidence.find(name)
    return first >= offset


#: A host's reception in the active voice: "received", "hosted", "welcomed" (not after "was").
_RECEIVED: Final = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )"
    r"\b(?:received|receives|hosted|hosts|welcomed|welcomes)\b"
)


def _active_reception(evidence: str) -> re.Match[str] | None:
    """The first reception verb of `_RECEIVED` in the active voice: not one after "was" and an
    adverb ("Ofosu-Adjare was also received on Monday by Prime Minister X", "were later
    welcomed by"), which the pattern's look-behinds, of fixed width, do not see. Read as
    active, the guest had been the host, of no country of the dateline, and the reception, at
    the dateline like the talks before it, had lost its place."""
    for found in _RECEIVED.finditer(evidence):
        # (only the words right before the verb: an auxiliary and one adverb)
        start = found.start()
        if _PASSIVE_OVER_ADVERB.search(evidence, max(0, start - _ADVERB_REACH), start) is None:
            return found
    return None


#: A passive auxiliary and one adverb right before a reception verb: "was also ", "were later ",
#: within this many characters of it.
_ADVERB_REACH: Final = 32
_PASSIVE_OVER_ADVERB: Final = re.compile(
    r"\b(?:was|were|been|being|is|are) (?:[a-z]+ly|also|later|then|again|first|once) \Z"
)


#: What every match of `_RECEIVED` holds: most events' evidence holds none, and the pattern,
#: opening on look-behinds, is tried at every offset of it (~11 µs an event).
_RECEPTION_STEMS: Final = ("receive", "hosted", "hosts", "welcome")
#: A host told as on a visit, before the reception verb: "Visiting ...", "on a visit to", "who arrived".
_VISITING: Final = re.compile(r"(?i)\b(?:visiting|visit|arrived)\b")
#: A visit told after the reception verb ("while visiting Nairobi", "during his visit"); not
#: "visiting" as the guests' modifier after an article or the verb ("a visiting Thai delegation").
_VISIT_TOLD: Final = re.compile(
    r"(?i)\b(?:visit|arrived)\b|(?<!\ba )(?<!\ban )(?<!\bthe )(?<!ed )(?<!es )(?<!ts )\bvisiting\b"
)


def _gathering_at_dateline(doc: DocumentContext, before: int) -> bool:
    """Whether a sentence before offset `before` tells a named gathering opening or held
    ("the Pacific Islands Forum Leaders Meeting opened", "the CARICOM Heads of Government
    Conference was held") and names no city but the dateline's: the story is filed from it, so
    an event abroad for every side that names no place of its own took place there."""
    if doc.gatherings_held is None:
        doc.gatherings_held = tuple(_gatherings_held_at_dateline(doc))
    return any(end <= before for end in doc.gatherings_held)


def _gatherings_held_at_dateline(doc: DocumentContext) -> Iterator[int]:
    """Where each telling of a named gathering opening or held ends, in a sentence that names no
    city but the dateline's (see `_gathering_at_dateline`): read once per document."""
    dateline = folded(city_name(doc.dateline or ""))
    for match in _GATHERING_HELD.finditer(doc.text):
        start = doc.text.rfind(". ", 0, match.start()) + 1
        end = doc.text.find(". ", match.end())
        end = end if end >= 0 else len(doc.text)
        sentence = doc.text[start:end]
        # (only mentions inside the cut: "St. Petersburg" cut after "St." names no city here)
        cities = [
            city_name(m.text) for m in doc.mentions_between(start, end) if m.kind == "city" and m.end <= end
        ]
        # (a town no gazetteer holds: "opened in Kananaskis")
        cities += [
            m.group(1) for m in _IN_A_NAME.finditer(sentence) if m.group(1).lower() not in CALENDAR_NAMES
        ]
        if all(dateline.startswith(folded(city)) for city in cities):
            yield match.end()


#: "in <Name>": a place, unless a month or weekday ("in June").
_IN_A_NAME: Final = re.compile(r"\bin\s+([A-Z][\w'’-]+)")


#: A capitalized gathering's head noun, then a verb of its opening or holding within the clause
#: ("Summit opened", "Conference, the 47th, was held", "Leaders Meeting began"). Scanned over
#: the whole story: the nouns open the pattern, each with its boundary looked for behind its
#: capital (`opening_on_letter`), so the engine skips ahead to their capitals (`\b` first was
#: tried at every offset).
_GATHERING_HELD: Final = re.compile(
    opening_on_letter(("Summit", "Forum", "Conference", "Meeting", "Assembly", "Congress"))
    + r"\b[^.;]{0,40}?\b"
    r"(?:opened|began|convened|was\s+held|is\s+being\s+held|got\s+under\s+way|kicked\s+off)\b"
)


#: "on the sidelines of", "on the margins of", "on the fringes of" a gathering, or "at" one
#: ("met Y at an EU leaders' summit"); or, as the group "bare", "on the sidelines" alone ("met
#: Y on the margins on Tuesday"): of the gathering the story is at, so where it is filed from,
#: whether at home for a side or not.
_SIDELINES: Final = re.compile(
    rf"(?i)\b(?:on|at)\s+the\s+(?:{et.SIDELINE_ALTERNATION})\s+of\b"
    rf"|(?P<bare>\bon\s+the\s+(?:{et.SIDELINE_ALTERNATION})\b(?!\s+of\b))"
    r"|\bat\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?:summit|forum|conference|assembly)\b"
    rf"(?!\s+(?:{'|'.join(sorted(et.VENUE_ROOMS))})\b)"  # (not "at the Ministry's conference room")
)
#: The words one of which every match of `_SIDELINES` holds, for `lowered_for_hints`: most
#: events' evidence holds none, and the pattern, opening on a boundary, is tried at every
#: offset of it (~10 µs an event).
_SIDELINES_HINTS: Final = (*sorted(et.SIDELINE_WORDS), "summit", "forum", "conference", "assembly")


def _gathering_of_the_sides(evidence: str, start: int, countries: set[str]) -> bool:
    """Whether the gathering named from `start` to the clause's end is one of the event's own
    sides, named for two or more of them and no other country ("on the sidelines of the first
    France-Ethiopia Business Days"): it is held in one of their countries, so a dateline at
    home for a side is where, as for an event told without it (not "the UN General Assembly"
    nor "the Astana International Forum", named for no pair)."""
    end = _CLAUSE_END.search(evidence, start)
    named = {
        m.iso3
        for m in find_countries(evidence[start : end.start() if end else len(evidence)])
        if m.kind in ("name", "demonym")
    }
    return len(named) >= 2 and named <= countries


#: Where the name of a gathering after "on the sidelines of" ends.
_CLAUSE_END: Final = re.compile(r"[,;.]\s|[,;.]$")


def _dated_by_the_stop(drafts: list[Draft]) -> None:
    """An event placed in a city without a day of its own was held on the day the trip was
    there: "Kallas visited Helsinki on Monday and Stockholm on Tuesday. ... In Stockholm, Kallas
    met ..." is Tuesday's, not the day of the event told before it (the Helsinki signing)."""
    stops = {d.location: d for d in drafts if d.type == et.VISIT and d.date_explicit and d.location}
    if len(stops) < 2:
        return  # one stop: the story's own narrative dates its events
    for d in drafts:
        stop = stops.get(d.location) if d.location and d.location_explicit and not d.date_explicit else None
        if stop is not None and d.type != et.VISIT and d.date != stop.date:
            d.date = stop.date


def _cues_by_sentence(text: str, sentences: list[Sentence], lowered: str | None = None) -> dict[int, str]:
    """Which sentences hold a trigger word ("trigger"), a lead word or only a continuation cue:
    one scan of the lower-cased text, so sentences without any cost nothing more. `lowered`:
    `text.lower()` when the caller has it."""
    if lowered is None:
        lowered = text.lower()
    found: dict[int, set[str]] = {}
    if len(lowered) != len(text):  # a character that grows when lower-cased ("İ"): sentence by sentence
        for i, s in enumerate(sentences):
            found[i] = {word for _, word in _cue_words(s.text.lower())}
    else:
        starts = [s.start for s in sentences]
        for at, word in _cue_words(lowered):
            index = bisect_right(starts, at) - 1
            if index >= 0 and at < sentences[index].end:
                found.setdefault(index, set()).add(word)
    kinds = {
        i: _sentence_kind(words, sentences[i].text)
        for i, words in found.items()
        if words and not _is_heading(text, sentences[i]) and not retracts(sentences[i].text)
    }
    return {i: kind for i, kind in kinds.items() if kind is not None}


#: Marks that open the line of a bulleted list ("- H.E. X, President of Y;").
_BULLETS: Final = ("-", "–", "•", "*", "·", "▪")
#: Words of a sentence that introduces those who took part ("attended by the following:",
#: "The delegation included:"), not points made ("the following was highlighted:").
_ATTENDANCE: Final = re.compile(
    r"(?i)\b(?:attend(?:ed|ing|s)?|participat(?:ed|ing|ion)|part|joined|present|accompanied|included"
    r"|delegations?|signatory|signatories)\b"
)


#: The colon after which a sentence lists those met, right after the verb or preposition
#: whose objects they are ("He also met:", "held separate meetings with:", "received:").
_MET_LIST_COLON: Final = re.compile(
    r"(?i)\b(?:met|meets?|meeting|with|received|receives|hosted)(?P<following>\s+the\s+following)?\s*:(?=\s|$)"
)
#: An item line of such a list: at most this many words (a title and a name, maybe a body).
_MET_ITEM_WORDS: Final = 16
#: The bullet a line of such a list opens on, with the spaces after it.
_OPENING_BULLET: Final = re.compile(r"[-–•*·▪]\s+")


def _inline_met_lists(text: str, sentences: list[Sentence]) -> tuple[str, list[Sentence]]:
    """`text` and its sentences with every list of those met set on one line, as a sentence
    lists them after its colon ("He also met:" / "- Kenyan President X" / "- Ghanaian
    President Y" read as "He also met:  Kenyan President X,  Ghanaian President Y"): the
    lines name the objects of the meeting verb, one meeting or separate ones as the sentence
    says, which line by line named none. Line breaks, bullets and numbers ("1.") become spaces
    and commas of the same length, so that every offset still indexes the document."""
    if ":" not in text or "\n" not in text:
        return text, sentences  # (most stories: no list)
    chars = list(text)
    out: list[Sentence] = []
    index = 0
    while index < len(sentences):
        members = _met_list_members(text, sentences, index)
        if len(members) < 2:
            out.append(sentences[index])
            index += 1
            continue
        for before, after in itertools.pairwise(members):
            _blank_line_break(chars, sentences[before], sentences[after])
        _blank_the_following(chars, sentences[index])
        start, end = sentences[members[0]].start, sentences[members[-1]].end
        out.append(Sentence(start, end, "".join(chars[start:end])))
        index = members[-1] + 1
    return "".join(chars), out


#: Verbs of a receipt whose thing an envoy may bring ("received a message from ...").
_RECEIPT_VERBS: Final = et.word_set("received receives")
#: How far after a receipt verb the thing received is looked for ("received a written message").
_RECEIPT_REACH: Final = 4
#: Auxiliaries of a passive delivery: "was delivered", "had been handed over".
_DELIVERY_AUXILIARIES: Final = et.word_set("was were has had been")


def _join_deliveries(text: str, sentences: list[Sentence]) -> tuple[str, list[Sentence]]:
    """`text` and its sentences with a delivery told in the sentence after a receipt joined
    to it as its relative clause: "X received a message from President A on Monday. The message
    was delivered by Ambassador Y." reads as "..., which was delivered by Ambassador Y." (as the
    relative clause names the envoy X received; told apart, the receipt had one side and the
    delivery none, and no meeting was read). The full stop and "The message" become ", which"
    and spaces of the same length, so that every offset still indexes the document."""
    if " by " not in text or not any(stem in text for stem in et.SENT_THING_STEMS):
        return text, sentences  # (most stories: no message delivered)
    chars: list[str] | None = None
    out: list[Sentence] = []
    for sentence in sentences:
        previous = out[-1] if out else None
        subject = _delivery_subject_end(sentence.text)
        if (
            previous is None
            or subject == 0
            or not previous.text.endswith(".")
            or "\n" in text[previous.end : sentence.start]
            or not _receipt_of_sent_thing(previous.text)
        ):
            out.append(sentence)
            continue
        chars = chars if chars is not None else list(text)
        at, stop = previous.end - 1, sentence.start + subject
        chars[at:stop] = list(", which".ljust(stop - at))
        out[-1] = Sentence(previous.start, sentence.end, "".join(chars[previous.start : sentence.end]))
    return ("".join(chars), out) if chars is not None else (text, sentences)


def _delivery_subject_end(sentence: str) -> int:
    """Where "The message" ends when the sentence opens on a passive delivery of a message or
    letter by someone named ("The message was delivered by Ambassador Y", "The letter had been
    handed over by the Minister of ..."), else 0."""
    words = sentence.split(maxsplit=8)
    if len(words) < 6 or words[0] not in ("The", "This") or words[1].lower() not in et.SENT_THINGS:
        return 0
    k = 2
    while k < 5 and words[k] in _DELIVERY_AUXILIARIES:
        k += 1
    if k == 2 or words[k] not in et.DELIVERY_VERBS:
        return 0
    k += 1 + (k + 1 < len(words) and words[k + 1] == "over")
    if k + 1 >= len(words) or words[k] != "by" or not words[k + 1][:1].isupper():
        return 0  # (not "was delivered by post", "was delivered on Monday")
    return len(words[0]) + 1 + len(words[1]) if sentence[len(words[0])] == " " else 0


def _receipt_of_sent_thing(sentence: str) -> bool:
    """Whether the sentence tells a message or letter received ("received a written message
    from the President of ...") and names no one who delivered it."""
    words = sentence.lower().split()
    if any(word in et.DELIVERY_VERBS for word in words):
        return False  # (the delivery is told already: "..., which was handed over by Y")
    return any(
        word in _RECEIPT_VERBS and not et.SENT_THINGS.isdisjoint(words[k + 1 : k + 1 + _RECEIPT_REACH])
        for k, word in enumerate(words)
    )


def _met_list_members(text: str, sentences: list[Sentence], index: int) -> list[int]:
    """Sentence `index` and the lines of the list of those met it opens (`_MET_LIST_COLON`,
    ending on it or on its first item's ";" or ","), or `index` alone: the lines after it, each
    on its own line, that open on a bullet or a number line ("1.") or follow a line ending on
    the colon, ";" or ",", and are short as a name with its title is."""
    opener = sentences[index].text
    colon = _MET_LIST_COLON.search(opener)
    if colon is None or not (colon.end() == len(opener) or opener.endswith((";", ","))):
        return [index]
    members = [index]
    k = index + 1
    while k < len(sentences):
        numbered = _NUMBER_LINE.fullmatch(sentences[k].text) is not None and k + 1 < len(sentences)
        line, previous = sentences[k + numbered], sentences[members[-1]]
        own_line = "\n" in text[previous.end : sentences[k].start]
        bulleted = numbered or line.text.startswith(_BULLETS)
        listed = bulleted or previous.text.endswith((":", ";", ","))
        if not own_line or not listed or len(line.text.split()) > _MET_ITEM_WORDS:
            break
        members.append(k + numbered)
        k += 1 + numbered
        if not line.text.endswith((";", ",")) and not bulleted:
            break  # ("...;" / "Thai Foreign Minister Z.": the list's last line)
    return members


def _blank_the_following(chars: list[str], opener: Sentence) -> None:
    """Blank "the following" before the colon of a list of those met ("held separate meetings
    with the following:"): the lines after it are the objects of "with", as after "with:"."""
    colon = _MET_LIST_COLON.search(opener.text)
    if colon is not None and colon.group("following"):
        for at in range(opener.start + colon.start("following"), opener.start + colon.end("following")):
            chars[at] = " "


#: A line that only numbers the item after it: "1.", "2)", "(3)".
_NUMBER_LINE: Final = re.compile(r"\(?\d{1,2}[.)]")


def _blank_line_break(chars: list[str], before: Sentence, after: Sentence) -> None:
    """Set the line `after` on the line `before` in `chars` (a copy of the text): whatever
    stands between them (line breaks, a number line) and the bullet `after` opens on become
    spaces, after a comma where `before` ends on no mark that parts items (a period ending an
    item becomes that comma)."""
    bullet = _OPENING_BULLET.match(after.text)
    end = after.start + (bullet.end() if bullet is not None else 0)
    for at in range(before.end, end):
        chars[at] = " "
    if before.text.endswith("."):
        chars[before.end - 1] = ","
    elif not before.text.endswith((":", ";", ",")) and end > before.end:
        chars[before.end] = ","


def _list_items(text: str, sentences: list[Sentence], cues: dict[int, str]) -> dict[int, int]:
    """The lines of a list that a sentence with a cue introduces with a colon as those who
    took part ("The following heads of state attended the session:"), each mapped to that
    sentence: a line that opens on a bullet, or follows the colon or an item ending on ";".
    Lines with cue words of their own are read for what they tell, and the list goes on."""
    items: dict[int, int] = {}
    if ":" not in text:
        return items  # (most stories: no sentence introduces a list)
    opened: int | None = None
    for index, sentence in enumerate(sentences):
        previous = sentences[index - 1].text if index else ""
        own_line = index > 0 and "\n" in text[sentences[index - 1].end : sentence.start]
        if (
            opened is not None
            and own_line
            and (sentence.text.startswith(_BULLETS) or previous.endswith((":", ";")))
        ):
            if index not in cues:
                items[index] = opened
            continue
        introduces = sentence.text.endswith(":") and _ATTENDANCE.search(sentence.text) is not None
        opened = index if index in cues and introduces else None
    return items


#: Small words a title-case heading leaves in lower case ("Meeting of the Joint Commission").
_HEADING_SMALL_WORDS: Final = et.word_set("a an and the of on in at to for with by between")


def _is_heading(text: str, sentence: Sentence) -> bool:
    """Whether a sentence is a heading line in the body ("Japan-Chile Summit Telephone Talk"): a
    line of its own in title case, with no comma and no closing punctuation. It names the event
    the story then tells with its day and people, as the title does, and is not read for one
    (its words had been read as a person, "Telephone Talk", at a forum)."""
    line_start = sentence.start == 0 or text[sentence.start - 1] == "\n"
    line_end = sentence.end == len(text) or text[sentence.end] == "\n"
    if not (line_start and line_end):
        return False  # (most sentences: their words are not split)
    words = sentence.text.split()
    if len(words) < 2 or "," in sentence.text:
        return False
    if not sentence.text[-1].isalnum():
        return False
    return all(w[0].isupper() or w[0].isdigit() or w in _HEADING_SMALL_WORDS for w in words)


#: Words before an event noun that are capitalized only where they open a sentence ("The
#: summit began at 3 p.m."), never a word of the event's name.
_OPENING_DETERMINERS: Final = et.DEFINITE | et.word_set("a an")


def _one_side_present(people: list[PersonMention], countries_of: dict[str, str | None]) -> bool:
    """Whether the people of an event are all of one known country ("X met Y, who is in Tianjin
    for the summit": the summit holds Y alone): a presence of one side, which is no two leaders'
    meeting, whatever two countries the sentence names. People whose country is unknown show
    no side ("X and Y held their first summit in Lima": still the two leaders' meeting)."""
    known = {countries_of.get(p.name) for p in people}
    return bool(people) and None not in known and len(known) == 1


def _named_before(tokens: Tokens, i: int) -> bool:
    """Whether the event noun at token i follows a capitalized word of its name ("the Business
    Forum", "the Lima Summit"), not a determiner opening the sentence ("The summit began"), nor
    the names of the two countries it is between ("the Chile-Peru Summit": their leaders' meeting)."""
    return (
        tokens.caps[i - 1]
        and tokens.lowers[i - 1] not in _OPENING_DETERMINERS
        and not names_country_pair(tokens, i - 1)
    )


def _of_a_named_group(tokens: Tokens, i: int) -> bool:
    """Whether the forum noun at token i is "of" a group its capitalized name and its members'
    noun tell ("a summit of Western Balkan leaders", "the summit of the six Central Asian
    states"): a summit named by who holds it, as "the Western Balkans summit" is by its name
    (`_named_before`), which the sentences after it fill with those who attended."""
    lowers, caps = tokens.lowers, tokens.caps
    if lowers[i] not in et.SUMMIT_WORDS or lowers[i + 1] != "of":
        return False
    k = i + 2 + (lowers[i + 2] == "the")
    k += lowers[k] in _GROUP_COUNTS
    start = k
    while caps[k] and k - start < _GROUP_NAME_WORDS:
        k += 1
    return k > start and lowers[k] in _GROUP_MEMBERS


#: Counts of a group's members before its name: "the six Western Balkan countries".
_GROUP_COUNTS: Final = et.word_set("two three four five six seven eight nine ten eleven twelve")
#: The nouns of a group's members after its name: "of Western Balkan leaders".
_GROUP_MEMBERS: Final = et.word_set("leaders countries states nations presidents heads")
#: The most capitalized words of a group's name between "of" and its members' noun.
_GROUP_NAME_WORDS: Final = 5


def _cue_words(lowered: str) -> list[tuple[int, str]]:
    """(offset, word) of every cue word of a lower-cased text that no letter precedes."""
    return [(match.start(1) - 1, match.group(1)) for match in _CUE_RE.finditer(" " + lowered)]


def _remember(doc: DocumentContext, a: AnalysedSentence, sentences: list[Sentence]) -> None:
    """Keep what the next sentences may refer to: the sentence's people (and those it names by
    a title alone, read only when it names someone: they decide who its subject is among
    them), and the place it tells when the next sentence opens on "There"."""
    remember_people(doc, a, titled_people(doc, a) if a.people else None)
    if _there_follows(sentences, a.index):
        remember_place(doc, a)


def _there_follows(sentences: list[Sentence], index: int) -> bool:
    """Whether the next sentence opens on "There", the only reader of the place this one
    tells (`remember_place` is not worth its cost on every sentence)."""
    return index + 1 < len(sentences) and sentences[index + 1].text.startswith("There")


def _sentence_kind(words: set[str], sentence: str) -> str | None:
    """How a sentence with these cue words is read: for its events ("trigger"), for the people
    of a lead ("lead"), as more of the event told before ("continuation"), or not at all."""
    if words & _TRIGGER_CUES:
        return "trigger"
    if words & et.RECEPTION_GERUNDS and sentence.startswith(_OPENING_GERUNDS) and _DAY_TOLD.search(sentence):
        return "trigger"  # "Receiving X in Pretoria on Tuesday, Y said ..." (engagement_clauses decides)
    if "put" in words and _PUT_TO_SIGN.search(sentence):
        return "trigger"
    if "greeted" in words and _GREETED_AT_AIRPORT.search(sentence):
        return "trigger"  # "was greeted at the airport by X": an arrival (engagement_clauses decides)
    if et.ENGAGED in words and _ENGAGED_WITH.search(sentence):
        return "trigger"  # "engaged with the visiting Minister of Finance, X" (engagement_clauses decides)
    if words & et.DELIVERY_VERBS and _names_sent_thing(sentence):
        return "trigger"  # "handed over a letter from King X to Y"; not "delivered a speech"
    if words & et.DELIVERY_VERBS and _SITTING_SPEECH.search(sentence):
        # "X and Y delivered opening remarks": a speech of a sitting's phase, read for who spoke
        # at the forum told before (engagement_merge); "delivered a speech to the Assembly" is not
        return "continuation"
    if words & et.DOCUMENT_VERBS and _DOCUMENT_CONCLUDED.search(sentence):
        return "trigger"
    if words & _LEAD_CUES:
        # "A and B agreed on Tuesday in Lima to ...": an agreement reached together in a named
        # place is their meeting (engagement_clauses decides; this only lets it be read)
        # ("A and his Thai counterpart B agreed on Friday to ...": counterparts agreeing on a day,
        # as two officials titled with their countries who "on Friday agreed to ...")
        agreed = _AGREED_IN_PLACE.search(sentence) or _PAIR_AGREED_ON_DAY.search(sentence)
        return "trigger" if "agreed" in words and agreed else "lead"
    if words & _GATED_CUES and (
        _GATED_EVENT.search(sentence)
        or (words & _DISCUSSED_CUES and "with" in sentence and _DISCUSSED_WITH.search(sentence))
    ):
        return "trigger"
    if words & et.CEREMONY_CUES and (_JOINT_CEREMONY.search(sentence) or " presence of " in sentence):
        # "X and Y opened a joint border crossing", "X opened it in the presence of Y": they met there
        return "trigger"
    if words & et.APPEARANCE_CUES and _APPEARED_TOGETHER.search(sentence):
        return "trigger"  # "Speaking alongside X in Warsaw, Y said": the two met there
    if words & et.SESSION_VERBS and _BODY_IN_SESSION.search(sentence):
        return "trigger"  # "The Joint Committee on Trade opened in Lusaka": the body's session
    if "held" in words and _BODY_HELD.search(sentence):
        return "trigger"  # "A and B held their joint commission in Z": the body's session
    if words & et.BODY_HOLDING_VERBS and _BODY_HOSTED.search(sentence):
        return "trigger"  # "A hosted (concluded) the A-B Joint Commission": the body's session
    if words & et.INSTALL_VERBS and _BODY_INSTALLED.search(sentence):
        return "trigger"  # "The A-B Binational Commission was installed in Z": its session
    if words & _ATTENDING_CUES and _BODY_ATTENDED.search(sentence):
        return "trigger"  # "X attended the A-B Joint Trade Committee in Z": its session
    if (
        words & et.ASSEMBLY_VERBS
        and hint_holds(lowered_for_hints(sentence), _OFFICIALS_ASSEMBLED_HINTS)
        and _OFFICIALS_ASSEMBLED.search(sentence)
    ):
        return "trigger"  # "The foreign ministers of NB8 gathered in Riga": their meeting
    if words & _GROUP_LIST_CUES and _GROUP_LISTED.match(sentence):
        return "continuation"  # "They are Ambassador X of A, ...": the envoys of the event before
    # "The sides discussed trade": more of the event told before; "bilateral trade reached ...":
    # no engagement word at all
    return "continuation" if words & _CONTINUATION_CUES else None


#: A speech that opens, closes or headlines a sitting, delivered: "delivered opening remarks",
#: "delivered the keynote address", "delivering welcoming speeches".
_SITTING_SPEECH: Final = re.compile(
    r"(?i)\bdeliver(?:ed|s|ing)\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:opening|closing|welcom(?:e|ing)|keynote|inaugural|concluding)\s+"
    r"(?:remarks|address|addresses|speech|speeches|statement|statements)\b"
)


def _names_sent_thing(sentence: str) -> bool:
    """Whether the sentence names a message, letter or greetings (et.SENT_THING_STEMS, a substring
    test: "messages" holds "message"), the only things whose delivery to a person is a meeting
    (engagement_clauses decides)."""
    low = sentence.lower()
    return any(word in low for word in et.SENT_THING_STEMS)


#: A gerund of reception opening a sentence, capitalized, with the day it tells: the aside of a
#: speech told first ("Hosting X in Pretoria on Tuesday, Y said ..."); elsewhere a bare gerund
#: is no cue ("is hosting the summit next year").
_OPENING_GERUNDS: Final = tuple(sorted(word.capitalize() + " " for word in et.RECEPTION_GERUNDS))
#: The day such an aside must tell to open an event of its own: undated ("Welcoming Minister X,
#: the Deputy Prime Minister affirmed ..."), it goes on with the meeting told before.
_DAY_TOLD: Final = re.compile(
    r"\b(?:"
    + "|".join([*(day.capitalize() for day in WEEKDAYS), "yesterday", "today"])
    + "|"
    + "|".join(sorted(month.capitalize() for month in FULL_MONTHS))
    + r")\b"
)
#: Cue words common outside engagements ("bilateral trade", "they discussed"): a sentence with
#: one is read as telling an event only in the shape _GATED_EVENT finds, and otherwise only
#: as a continuation of one told before.
_DISCUSSED_CUES: Final = et.word_set("discussed reviewed")
_GATED_CUES: Final = _DISCUSSED_CUES | et.PAIR_MEETING_NOUNS
_AGREED_IN_PLACE: Final = re.compile(
    r"\band\b[^.;:]*?\bagreed\s+(?:on\s+[A-Z][\w.]*\s+)?in\s+(?:the\s+)?[A-Z]"
)
#: "and his (her) <Demonym> counterpart ... agreed (on) <Weekday>", "<Demonym> <Title> X and
#: <Demonym> <Title> Y (on) <Weekday> agreed": a pair agreeing on a day (engagement_clauses
#: decides whether the pair are peers).
_WEEKDAY: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_PAIR_AGREED_ON_DAY: Final = re.compile(
    r"\band\s[^.;:]*?(?:\bagreed\s+(?:on\s+)?" + _WEEKDAY + r"|\b" + _WEEKDAY + r"\s+agreed\b)"
)
#: Delivery verbs (et.DELIVERY_VERBS) are triggers only with what an envoy hands over (see
#: `_names_sent_thing`): "delivered a speech", "conveyed condolences" tell no meeting.
_TRIGGER_CUES: Final = et.CUE_WORDS - _GATED_CUES - et.DELIVERY_VERBS
#: A character of a clause: no stop, except the one of an initial ("U.S. President X and Y",
#: "S. Jaishankar and Y"), which ends no sentence.
_IN_CLAUSE: Final = r"(?:[^.;:]|(?<=\b[A-Z])\.)"
#: A sentence opening on a named pair, up to the last capitalized word before their verb
#: ("President X and Russian Deputy Defence Minister Y"): each use appends its verbs.
_NAMED_PAIR: Final = rf"^[A-Z]{_IN_CLAUSE}*?\band\b{_IN_CLAUSE}*?\b[A-Z][\w.'’-]*"
_GATED_EVENT: Final = re.compile(
    # "President X and Russian Deputy Defence Minister Y discussed (reviewed) ...": a named pair's
    # meeting
    _NAMED_PAIR + r",?\s+(?:also\s+|jointly\s+)?(?:discussed|reviewed)\b"
    # "held a bilateral with X", "their bilateral on Monday", "had a one-on-one with Y": the
    # noun, not the adjective
    r"|\b(?:a|their|the|his|her)\s+(?:(?:" + "|".join(sorted(et.BRIEF_ADJECTIVES)) + r")\s+)?"
    r"(?:" + "|".join(sorted(et.PAIR_MEETING_NOUNS)) + r")\s*(?:with|on|at|in|between|,|\.)"
)
#: "Serbian Prime Minister X and North Macedonian Prime Minister Y opened ...", "X and Y,
#: attended the inauguration of ...": a named pair that performs or attends a ceremony together
#: (engagement_clauses `_ceremony_together` decides; this only lets the sentence be read). It
#: opens at the sentence's start, so it is tried once per sentence with a cue.
#: "Speaking alongside Ukrainian President X", "standing next to Y", "flanked by Z": someone at
#: the speaker's side, named by a capitalized word (engagement_clauses `_appeared_together`
#: decides; this only lets the sentence be read).
_APPEARED_TOGETHER: Final = re.compile(
    r"(?i:\b(?:speaking|standing|appearing|sitting|seated|spoke|stood|appeared|sat)\s+"
    r"(?:alongside|beside|next\s+to)|\bflanked\s+by)\s+(?:(?:his|her|their)\s+)?[A-Z]"
)
_JOINT_CEREMONY: Final = re.compile(
    _NAMED_PAIR + r",?\s+(?:also\s+|jointly\s+|together\s+|virtually\s+)?"
    r"(?:opened|inaugurated|unveiled|commissioned|launched|"
    r"attended\s+(?:the|an?)\s+(?:[\w-]+\s+)?(?:opening|inauguration|unveiling))\b"
)
#: "X discussed the figures with Chinese Ambassador Y", "reviewed trade with his counterpart":
#: apart from _GATED_EVENT, as it opens on a literal (scanned for fast) and is searched only in
#: sentences with one of its verbs and "with".
_DISCUSSED_WITH: Final = re.compile(
    r"(?:discussed|reviewed)\s[^.;:,]{0,100}?\bwith\s+(?:(?:the|his|her|their|its)\s+)?(?:[A-Z]|counterpart)"
)


#: A named sitting body before a verb of its session ("The Sectoral Council on Energy, chaired
#: by X, brought together ...", "The A-B joint commission took place"): read for its events;
#: engagement_clauses decides.
_BODY_IN_SESSION: Final = re.compile(
    r"\b(?:"
    + "|".join(sorted(word.capitalize() for word in et.SITTING_BODIES))
    + r"|{} {}".format(*(word.capitalize() for word in et.SITTING_GROUP))
    # a joint body in lower case, a sector's words between ("the A-B joint commission took
    # place", "the A-B joint trade committee opened"), which engagement_clauses.body_subject
    # reads as it reads a capitalized one (the sentence had been left unread)
    + r"|(?:joint|intergovernmental|mixed|binational)\s+(?:[a-z]+\s+){0,2}?(?:"
    + "|".join(sorted(et.SITTING_BODIES))
    + r")"
    + r")\b[^.;:]*?\b(?:"
    + "|".join(sorted(r"took\s+place" if verb == "took" else verb for verb in et.SESSION_VERBS))
    + r")\b"
)


def _sitting_body_of(verbs: str, passive: bool = True) -> re.Pattern[str]:
    """A sitting body as the object of one of `verbs` (an alternation), capitalized or not, or
    one sitting of it ("held the third round of their joint commission"), or
    (with `passive`) as its passive subject: "held their joint ministerial commission", "The
    Algerian-Tunisian joint commission was held in Tunis", its initials in brackets or not ("The
    ... Joint Commission (JC) was held")."""
    bodies = "(?:" + "|".join(sorted(et.SITTING_BODIES)) + r"|{}\s+{})".format(*et.SITTING_GROUP)
    subject = rf"|\b{bodies}\s+(?:\([A-Z]{{2,10}}\)\s+)?(?:was|were)\s+(?:{verbs})\b" if passive else ""
    sitting_of = (
        r"(?:(?:[\w-]+\s+)?(?:" + "|".join(sorted(et.SITTING_OF_NOUNS)) + r")\s+of\s+(?:the|their|its)\s+)?"
    )
    return re.compile(
        rf"(?i)\b(?:{verbs})\s+(?:the|their|its)\s+{sitting_of}(?:[\w-]+\s+){{0,4}}?{bodies}\b" + subject
    )


#: A sitting body "held" ("held the Joint Permanent Commission", "... was held in Tunis"): read for
#: its events; engagement_clauses `_held_bodies` decides.
_BODY_HELD: Final = _sitting_body_of("held")
#: A sitting body as the object of another verb of holding it ("hosted the A-B Joint Permanent
#: Commission", "concluded the Joint Commission"): read for its events; engagement_clauses
#: `_held_bodies` decides.
_BODY_HOSTED: Final = _sitting_body_of("|".join(sorted(et.BODY_HOLDING_VERBS - {"held"})), passive=False)
#: A sitting body inaugurated or installed ("inaugurated the Binational Commission", "The binational
#: commission was installed"): read for its events; engagement_clauses `_chaired_bodies` (the object)
#: and `_bodies_in_session` (the passive) decide.
_BODY_INSTALLED: Final = _sitting_body_of("inaugurated|installed")

#: A sitting body attended or taken part in ("attended the 9th Laos-Cambodia Joint Trade
#: Committee", "the opening of the Laos-Cambodia Joint Commission"): read for its events;
#: engagement_clauses `_attended_sessions` decides.
_BODY_ATTENDED: Final = re.compile(
    r"(?i)\b(?:attended|participated\s+in|took\s+part\s+in)\s+the\s+(?:[\w-]+\s+){0,7}?(?:"
    + "|".join(sorted(et.SITTING_BODIES))
    + r"|{}\s+{})\b".format(*et.SITTING_GROUP)
)
#: The cue words one of which every match of `_BODY_ATTENDED` holds.
_ATTENDING_CUES: Final = et.word_set("attended participated part")


#: Officials before a verb of their assembling ("The foreign ministers of the Nordic-Baltic Eight
#: gathered in Riga"): read for its events; engagement_clauses decides.
_OFFICIALS_ASSEMBLED: Final = re.compile(
    r"\b(?i:"
    + "|".join(sorted(et.COLLECTIVE_NOUNS))
    + r")\b[^.;:]*?\b(?:"
    + "|".join(sorted(et.ASSEMBLY_VERBS))
    + r")\b"
)
#: The nouns one of which every match of `_OFFICIALS_ASSEMBLED` holds, for `lowered_for_hints`:
#: most sentences with an assembling verb name none ("Several hundred people gathered"), and
#: the pattern, opening on a boundary, is tried at every offset (~7 µs a sentence).
_OFFICIALS_ASSEMBLED_HINTS: Final = tuple(sorted(et.COLLECTIVE_NOUNS))


def _continuation_possible(doc: DocumentContext, index: int, sentence: Sentence) -> bool:
    """A sentence without a trigger matters only right after an engagement was told."""
    # (the engagement added to last, not only the one told last: "Signatories: ..." lines go on
    # adding to a signing told before a visit)
    gap = continuation_gap(sentence.text)
    return bool(doc.candidates) and index - max(c.updated for c in doc.candidates) <= gap + 1


#: Meetings one with each, announced without their counterparts: "held a series of bilateral
#: meetings on the margins of the summit", "held bilateral meetings on Tuesday".
_ANNOUNCED_BILATERALS: Final = re.compile(
    r"(?i)\b(?:(?:bilateral|separate)\s+meetings|series\s+of\s+(?:\w+\s+){0,2}(?:meetings|talks))\b"
    r"(?!\s+(?:with|between)\b)"
)
#: The words one of which every match of `_ANNOUNCED_BILATERALS` ends on, for
#: `lowered_for_hints`: few sentences hold one, and the pattern, which opens on a boundary, is
#: tried at every offset of the others (~2 µs a sentence).
_ANNOUNCED_BILATERALS_HINTS: Final = ("meetings", "talks")


def _candidates_of(doc: DocumentContext, a: AnalysedSentence) -> tuple[bool, bool]:
    """Turn the live triggers of a sentence into candidates: whether any was found, and whether
    every draft made is of an event told in passing (see Draft.in_passing)."""
    triggers = [t for t in a.clauses.triggers if not t.negated]
    if not triggers:
        return False, False
    made: list[Draft] = []
    units, of_segment = units_of(a)
    by_unit: dict[int, list[Trigger]] = {}
    for trigger in triggers:
        by_unit.setdefault(of_segment[trigger.segment], []).append(trigger)
    anchor_target = _pronoun_anchor(doc, a, units)
    order = sorted(by_unit, key=lambda u: (units[u].role != ANCHOR, u))
    listed = _documents_between(a.tokens) if any(t.family == et.AGREEMENT for t in triggers) else []
    # the parties of listed documents signed; they hold no other event the sentence tells
    # ("were signed on the margins of the forum: a contract between A and B; and ...")
    listed_tokens = frozenset().union(*listed)
    others = [replace(u, tokens=u.tokens - listed_tokens) for u in units] if listed else units
    for unit_index in order:
        unit = units[unit_index]
        for family, group in _families(a, by_unit[unit_index]).items():
            own = units if family == et.AGREEMENT else others
            whole = _candidate(doc, a, own[unit_index], own, family, group, anchor_target)
            if family == et.AGREEMENT and listed:
                parts = _separate_signings(doc, a, group, whole, listed)
            else:
                parts = _separate_meetings(a, group, whole, doc.bilaterals_announced == a.index - 1)
            for candidate in parts:
                made.append(candidate)
                anchor_target = _integrate_candidate(doc, a, unit, units, group, candidate, anchor_target)
    return True, bool(made) and all(c.in_passing for c in made)


def _other_side_led_apart(a: AnalysedSentence) -> bool:
    """Whether a clause of the sentence with no event word of its own tells who led a side
    ("..., while the Bangladeshi side was led by Commerce Secretary Y", "while Y headed the
    Kenyan delegation"): the other side of the event its other clause tells."""
    lowers = a.tokens.lowers
    if _SIDE_LED_NOUNS.isdisjoint(lowers[: a.tokens.n]):
        return False
    units, of_segment = units_of(a)
    with_trigger = {of_segment[t.segment] for t in a.clauses.triggers}
    return any(
        _side_led_at(lowers, k)
        for index, unit in enumerate(units)
        if index not in with_trigger and unit.role == MAIN
        for k in unit.tokens
    )


def _attended_apart(a: AnalysedSentence) -> bool:
    """Whether a main clause of the sentence with no event word of its own tells, with "also",
    that someone was there, the verb closing the clause ("...; Canadian Ambassador X also
    attended", "..., and Y was also present", "Z also took part"): more people of the event its
    other clause tells, as a sentence of its own ("X also attended.") adds them."""
    lowers = a.tokens.lowers
    if "also" not in lowers[: a.tokens.n] or _ATTENDANCE_WORDS.isdisjoint(lowers[: a.tokens.n]):
        return False
    units, of_segment = units_of(a)
    with_trigger = {of_segment[t.segment] for t in a.clauses.triggers}
    return any(
        lowers[k] in _ATTENDANCE_WORDS
        and lowers[k + 1] in _CLAUSE_ENDS
        and "also" in lowers[min(unit.tokens) : k]
        for index, unit in enumerate(units)
        if index not in with_trigger and unit.role == MAIN
        for k in unit.tokens
    )


#: Last words of a clause that tells someone was at the event: "also attended", "was also
#: present", "also took part", "also participated", "was also in attendance".
_ATTENDANCE_WORDS: Final = et.word_set("attended present part participated attendance")
#: What may follow the last word of a clause: its end, or the end of the sentence.
_CLAUSE_ENDS: Final = frozenset([".", ";", ",", ""])


def _side_led_at(lowers: list[str], k: int) -> bool:
    """Whether token k opens "side was led by" or "led the (Bangladeshi) side"."""
    if lowers[k] in _SIDE_LED_NOUNS:
        passive = lowers[k + 1] in ("was", "were") and lowers[k + 2] in et.LEADING_VERBS
        return passive and lowers[k + 3] == "by"
    return (
        lowers[k] in et.LEADING_VERBS
        and lowers[k + 1] == "the"
        and not _SIDE_LED_NOUNS.isdisjoint(lowers[k + 2 : k + 4])
    )


#: Nouns of a side whose leader a clause names: "the Bangladeshi side was led by Y".
_SIDE_LED_NOUNS: Final = et.word_set("side delegation")


def _foreigners_to_an_unknown_town(doc: DocumentContext, c: Draft, countries: set[str]) -> bool:
    """Whether a visit went to a town of no known country by visitors the sentence itself
    calls foreign ("a Belarusian delegation visited Dangara" filed from Dushanbe): no side is
    of the dateline's country, so the town is in it, the story being filed from the country
    visited (a visitor whose country is only guessed, "he had visited Tartu", tells nothing)."""
    return (
        c.location is not None
        and city_country(c.location) is None
        and doc.dateline_country is not None
        and bool(c.countries)
        and doc.dateline_country not in countries
    )


#: "a visit by X", "the visit of X": the visitor named after the noun, as home press writes it.
_VISIT_BY: Final = re.compile(r"(?i)\bvisits?\s+(?:by|of)\s")


def _subject_sources(sentences: list[Sentence], cues: dict[int, str]) -> set[int]:
    """Sentences without a cue word that may name who a later engagement's "he" is: the one
    before a trigger sentence that opens on someone, or before a run of sentences that open on
    "He"/"She" (at most `_MAX_PRONOUN_CHAIN`) leading to it. Found from the trigger sentences
    back, so a document's other sentences cost nothing. A sentence with only a lead word ("X
    will lead a delegation to Kenya next week. On Monday, he met ...") may be one: the main
    loop reads it as a continuation only when an event is live, and it had left "he" unknown."""
    sources = set()
    for index, kind in cues.items():
        if kind != "trigger" or index == 0 or cues.get(index - 1) == "trigger":
            continue
        if not _opens_on_someone(sentences[index].text) and not _OBJECT_PRONOUN.search(sentences[index].text):
            continue  # (an object "him", "X paid him a courtesy visit", is someone told before)
        k = index - 1
        while k > 0 and index - k <= _MAX_PRONOUN_CHAIN and _opens_on_pronoun(sentences[k].text):
            if cues.get(k - 1) == "trigger":
                break
            k -= 1
        if cues.get(k) != "trigger":
            sources.add(k)
    return sources


#: An object pronoun as a word: whom it stands for a sentence before may name. (The boundary
#: before it is looked for behind the word, so that the pattern opens on the literal, which the
#: engine skips ahead to; `\b` first was tried at every offset of every trigger sentence.)
_OBJECT_PRONOUN: Final = re.compile(r"him(?<!\whim)\b")


def _full_name_sources(sentences: list[Sentence], cues: dict[int, str]) -> set[int]:
    """Sentences without a cue word that give the full name and office of someone a later
    trigger sentence names by surname only, with a title or without ("Today, the Honourable
    Mary Ng, Minister of ..., concluded a mission." before "On June 3, Minister Ng met ...").
    Found from the trigger sentences back, so a document's other sentences cost nothing."""
    sources: set[int] = set()
    for index, kind in cues.items():
        if kind != "trigger":
            continue
        sources |= _sources_of(sentences, cues, index, _TITLED_SURNAME)
    return sources


def _name_sources(sentences: list[Sentence], cues: dict[int, str]) -> set[int]:
    """Sentences without a cue word that give the full name of someone a later trigger
    sentence names by a lone surname ("... Mohamed Saddiki and ... Luis Pardo toured the
    pavilion. On Tuesday, Saddiki and Pardo held talks", "X called on Dissanayake"). They are
    read for the names only: they tell no one who a later "he" is."""
    sources: set[int] = set()
    for index, kind in cues.items():
        if kind == "trigger":
            sources |= _sources_of(sentences, cues, index, _LONE_CAPITALIZED)
            sources |= _article_surname_sources(sentences, cues, index)
    return sources


#: A surname after its article with no name word before it: "Al Zeyoudi met", "al-Jaber said"
#: (opening on the article's letter, the lookbehinds one character further back, so that the
#: engine skips ahead instead of trying them at every offset).
_ARTICLE_SURNAME: Final = re.compile(
    r"[AaEe](?<![\w'’-][AaEe])(?<![A-Z][\w'’.-]\s[AaEe])l[\s-](?P<surname>[A-Z][a-z][\w'’-]+)\b(?!\s+[A-Z])"
)
#: A full name's surname after its article ("Thani bin Ahmed Al Zeyoudi", "Abdel Fattah el-Sisi").
_FULL_ARTICLE_SURNAME: Final = re.compile(r"[A-Z][\w'’-]*\s+(?:A|a|E|e)l[\s-](?P<surname>[A-Z][\w'’-]+)\b")


def _article_surname_sources(sentences: list[Sentence], cues: dict[int, str], index: int) -> set[int]:
    """The sentences before trigger sentence `index` that name in full someone it names by the
    surname and its article alone ("Thani bin Ahmed Al Zeyoudi said ..." before "Al Zeyoudi met
    ..."): the article is a capitalized word beside the surname, so `_LONE_CAPITALIZED` misses
    it, and the title told with the full name was lost."""
    text = sentences[index].text
    if "l " not in text and "l-" not in text:
        return set()
    found = {m.group("surname") for m in _ARTICLE_SURNAME.finditer(text)}
    return _full_names_before(sentences, cues, index, found, _FULL_ARTICLE_SURNAME, "surname")


def _org_name_sources(sentences: list[Sentence], cues: dict[int, str]) -> set[int]:
    """Sentences without a trigger that name in full an organization a later trigger sentence
    calls by its first word alone ("X Co., Ltd. launched a service." before "... met X's head
    of ..."): read for their organizations, so the short name keeps the full name's country."""
    sources: set[int] = set()
    for index, kind in cues.items():
        if kind != "trigger":
            continue
        sources |= _spelled_names_before(sentences, cues, index)
        sources |= _company_leads_before(sentences, cues, index)
        words = {
            m.group("name")
            for m in _LONE_NAME.finditer(sentences[index].text)
            if _may_be_name_word(m.group("name"))
        }
        sources |= _full_names_before(sentences, cues, index, words, _NAME_OPENER, "first")
    return sources


def _company_leads_before(sentences: list[Sentence], cues: dict[int, str], index: int) -> set[int]:
    """The story's lead (its first two sentences: a dateline may stand as one) and the
    sentences just before sentence `index`, those without a trigger, when it names a company
    officer (`COMPANY_TITLE`: "Sasol said revenue fell. Chief executive X met ..."): read for
    their companies, the first of which the officer speaks for."""
    if not _names_company_officer(sentences[index].text):
        return set()
    near = range(max(0, index - _COMPANY_LEAD_REACH), index)
    return {k for k in (0, 1, *near) if k < index and cues.get(k) != "trigger"}


#: A word every match of `COMPANY_TITLE` holds, in lower case ("chief executive", "managing
#: director", "general manager", "co-founder", "owner"), and its acronyms, in capitals only.
_COMPANY_TITLE_STEMS: Final = ("chief", "director", "manager", "founder", "owner")
_COMPANY_TITLE_ACRONYMS: Final = ("CEO", "COO", "CFO", "MD")


def _names_company_officer(text: str) -> bool:
    """`COMPANY_TITLE.search(text) is not None`, substring tests first: the pattern, words
    matched in any case after a boundary, is tried at every offset of every trigger sentence
    (about 14 µs a sentence), and most hold none of its words (`lowered_for_hints`: a lower-
    case substring test finds what the case-insensitive pattern can)."""
    low = lowered_for_hints(text)
    if (
        low is not None
        and not holds_any(low, _COMPANY_TITLE_STEMS)
        and not holds_any(text, _COMPANY_TITLE_ACRONYMS)
    ):
        return False
    return COMPANY_TITLE.search(text) is not None


#: How many sentences before a company officer's the company he speaks for is looked for.
_COMPANY_LEAD_REACH: Final = 3


def _spelled_names_before(sentences: list[Sentence], cues: dict[int, str], index: int) -> set[int]:
    """The nearest sentence without a trigger before sentence `index` whose words, small ones
    included, an acronym in it spells ("the People's Bank of China said ..." before "PBOC
    Deputy Governor X met ..."): read for its organizations, so the acronym keeps the body's
    country."""
    sources: set[int] = set()
    for acronym in set(_ACRONYM.findall(sentences[index].text)):
        for k in range(index - 1, max(-1, index - _FULL_NAME_REACH), -1):
            if _spelled_in(acronym, sentences[k].text):
                if cues.get(k) != "trigger":  # (a trigger sentence is read anyway)
                    sources.add(k)
                break
    return sources


def _spelled_in(acronym: str, text: str) -> bool:
    """Whether consecutive words of a text, opening and closing in capitals, are the acronym's
    letters ("People's Bank of China" for "PBOC")."""
    if acronym not in _initials(text).upper():
        return False  # (the words it spells are consecutive: their initials hold it; most sentences' do not)
    words = text.split()
    n = len(acronym)
    return any(
        words[j][:1].isupper()
        and words[j + n - 1][:1].isupper()
        and "".join(w[0] for w in words[j : j + n]).upper() == acronym
        for j in range(len(words) - n + 1)
    )


@lru_cache(maxsize=1024)
def _initials(text: str) -> str:
    """The first letter of each word of a text, in order. Cached: each acronym of each trigger
    sentence is looked for in the same sentences before it."""
    return "".join(word[0] for word in text.split())


#: An acronym of three to six capitals: "PBOC", "BOK". It opens on the capital and looks
#: behind it for a word character (the word boundary), like `_LONE_NAME` below: a pattern
#: opening on an assertion is tried at every offset of every trigger sentence.
_ACRONYM: Final = re.compile(r"[A-Z](?<!\w.)[A-Z]{2,5}\b")


#: A capitalized word, or one in capitals, with no capitalized word beside it, possibly
#: possessive: "HMM's head of ...", "met Petrobras officials". These name patterns open on
#: the capital and look behind it (one character further back) for what comes before the
#: word, no word character there being the word boundary: the engine then skips ahead to
#: capitals, where a pattern opening on an assertion is tried at every offset.
_LONE_NAME: Final = re.compile(
    r"(?P<name>[A-Z](?<![A-Z][\w'’.-].)(?<![A-Z][\w'’.-]\s.)(?<!\w.)[\w&-]*[A-Za-z])(?:['’]s)?\b(?!\s+[A-Z])"
)
#: A capitalized word that opens a longer capitalized name: "HMM Co., Ltd.", "Petrobras Global".
_NAME_OPENER: Final = re.compile(r"(?P<first>[A-Z](?<!\w.)[\w&-]*[A-Za-z])\s+(?=[A-Z])")


def _speaker_sources(sentences: list[Sentence], speakers: dict[int, str], cues: dict[int, str]) -> set[int]:
    """Sentences without a trigger that name the speaker of a quotation opening a trigger
    sentence: the attribution right before it ('"...," said Kenya's Trade Secretary X. "I
    met Y."') and, when that gives a surname only, the nearest sentence before it naming him
    in full.
    The quotation's "I" is resolved by that name, so these are read for their people."""
    sources: set[int] = set()
    for index, name in speakers.items():
        if not name or cues.get(index) != "trigger":
            continue
        if cues.get(index - 1) != "trigger":
            sources.add(index - 1)
        sources |= _full_names_before(sentences, cues, index - 1, {name.split()[-1]})
    return sources


def _sources_of(
    sentences: list[Sentence], cues: dict[int, str], index: int, surnames: re.Pattern[str]
) -> set[int]:
    """The sentences before trigger sentence `index` that name in full someone it names by one
    of the surnames `surnames` finds (the nearest such sentence for each)."""
    found = {
        m.group("surname")
        for m in surnames.finditer(sentences[index].text)
        if surnames is _TITLED_SURNAME
        or _may_be_name_word(m.group("surname"))  # (a title says a name follows)
    }
    return _full_names_before(sentences, cues, index, found)


#: A capitalized word after another (the lookahead lets each word be the next match's first):
#: the words that can end a full name ("Anura Kumara Dissanayake": "Kumara", "Dissanayake"),
#: also after an initial with its point or a name word that opens on an accented capital ("S.
#: Jaishankar", "Ömer Bolat", "Şahin Yılmaz").
_AFTER_A_NAME_WORD: Final = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ž](?<!\w.)[\w'’-]*\.?\s+(?=(?P<after>[A-Z][\w'’-]+)\b)")


def _full_names_before(
    sentences: list[Sentence],
    cues: dict[int, str],
    index: int,
    found: set[str],
    pattern: re.Pattern[str] = _AFTER_A_NAME_WORD,
    group: str = "after",
) -> set[int]:
    """The sentences before sentence `index` that name in full someone known by one of the
    surnames `found` (the nearest such sentence for each). `pattern`'s `group` is the word a
    full name shares with the short one: by default a word after another name word (a
    surname); `_NAME_OPENER`'s "first" finds an organization's first word. Consumes `found`."""
    if not found:
        return set()
    sources: set[int] = set()
    words = tuple(found)  # (for `holds_any`; kept in step with `found`)
    for k in range(index - 1, max(-1, index - _FULL_NAME_REACH), -1):
        text = sentences[k].text
        if not holds_any(text, words):
            continue  # (every word the pattern finds is in the text: most sentences hold none)
        named = _words_matched(pattern, group, text) & found
        if named and cues.get(k) != "trigger":  # (a trigger sentence is read anyway)
            sources.add(k)
        if named:
            found -= named
            words = tuple(found)
        if not found:
            break
    return sources


@lru_cache(maxsize=1024)
def _words_matched(pattern: re.Pattern[str], group: str, text: str) -> frozenset[str]:
    """The words `pattern`'s `group` finds in a sentence. Kept for the next trigger sentences:
    each looks back over the same `_FULL_NAME_REACH` sentences, and several lookups (surnames,
    article surnames, speakers, organizations) scan them with the same pattern."""
    return frozenset(m.group(group) for m in pattern.finditer(text))


#: A surname after a title or a courtesy title, with no other name word: "Minister Ng met".
#: (The titles open the pattern, the boundary before each looked for behind its first letter;
#: of "Mr" and "Mrs" only one can be followed by `\.?\s+`.)
_TITLED_SURNAME: Final = re.compile(
    opening_on_letter(
        ("Minister", "Secretary", "President", "Ambassador", "Commissioner", "Mr", "Ms", "Mrs", "Dr")
    )
    + r"\.?\s+(?P<surname>[A-Z][a-z][\w'’-]*)\b(?!\s+[A-Z])"
)
#: A capitalized word with no capitalized word beside it: "Saddiki and Pardo held talks", also
#: a surname of two letters ("held talks with Xi", "Wu said").
_LONE_CAPITALIZED: Final = re.compile(
    r"(?P<surname>[A-Z](?<![A-Z][\w'’.-].)(?<![A-Z][\w'’.-]\s.)(?<!\w.)[a-z][\w'’-]*)\b(?!\s+[A-Z])"
)


@lru_cache(maxsize=4096)
def _may_be_name_word(word: str) -> bool:
    """Whether a lone capitalized word can be someone's surname or an organization's short
    name: not a place, a country, a city, a month or day, a title or a function word
    ("Tonga", "Monday", "Minister", "The"). Cached: a pure function of the word, asked of every
    lone capitalized word of every trigger sentence, twice (for people and for organizations)."""
    if word.lower() in _NOT_SURNAMES:
        return False
    return iso3_for(word, codes=False) is None and city_country(word) is None


_NOT_SURNAMES: Final = WORDS["function"] | WORDS["calendar"] | WORDS["not_name"] | TITLE_WORDS
#: How many sentences back a full name is looked for.
_FULL_NAME_REACH: Final = 8


#: Sentences opening on "He"/"She" between a subject's sentence and the engagement's.
_MAX_PRONOUN_CHAIN: Final = 3
_PRONOUNS: Final = ("He ", "She ")


def _opens_on_pronoun(sentence: str) -> bool:
    """Whether a sentence's subject is "He"/"She", opening it or after a short lead adverbial
    ("On Tuesday she travelled to Hanoi, where she held talks with X", "Later that day, he
    met Y"): like a sentence opening on the pronoun, it goes on with someone told before."""
    return sentence.startswith(_PRONOUNS) or _PRONOUN_AFTER_LEAD.match(sentence) is not None


#: A lead adverbial of at most four words before the subject "he"/"she" and its verb, its
#: parts set off by commas or not ("Earlier, on Sunday, he met ...").
_PRONOUN_AFTER_LEAD: Final = re.compile(
    r"(?:On|In|At|Later|Earlier|Then|There|Afterwards|Next|That|Last|During|After)(?:,? [\w'’-]+){0,3},? "
    r"(?:he|she) [a-z]"
)


def _opens_on_someone(sentence: str) -> bool:
    """Whether a sentence opens on "He"/"She", or on one capitalized word doing an engagement's
    verb (a surname: "Wong met ...", also after "There"): someone a sentence before it may
    name. The sentence before is then read, which also tells the place "There" refers to."""
    words = sentence.split(None, 2)
    if len(words) < 2:
        return False
    first = words[0]
    if _COLLECTIVE_OPENER.search(sentence, 0, _OPENER_REACH):
        # "The two leaders held ...", "Before the game the two presidents held talks": who
        # they are may be the sentence before
        return True
    if _opens_on_pronoun(sentence) or (
        first[:1].isupper()
        and first.isalpha()
        and words[1] in _SUBJECT_VERBS
        and first.lower() not in _NO_SURNAMES
    ):
        return True
    if _opens_on_a_title(sentence):
        return True  # "The minister had met her Pakistani counterpart ...": the one named before
    if first == "There" and len(words) == 3 and words[1][:1].isupper():
        return _opens_on_someone(sentence.split(None, 1)[1])  # "There Dubois met X"
    # "'...,' he said after talks with X": the quotation mark every match opens on is looked
    # for first (most sentences hold none), the case-blind pattern after
    return ('"' in sentence or "”" in sentence) and _QUOTE_BY_PRONOUN.search(sentence) is not None


def _opens_on_a_title(sentence: str) -> bool:
    """Whether a sentence opens on a definite title with no name ("The minister met ...", "The
    foreign minister later received ...", "The ambassador had called on ..."): a definite
    noun, as "He" is, points back at the person a sentence before names in full."""
    m = _DEFINITE_TITLE.match(sentence)
    return m is not None and (m.group(1) in HEAD_WORDS or m.group(2) in HEAD_WORDS)


#: "The" and the two lower-case words after it: a title's head (titles.HEAD_WORDS) first or
#: after one modifier ("The minister", "The foreign minister", "The visiting president").
_DEFINITE_TITLE: Final = re.compile(r"The ([a-z-]+)(?: ([a-z-]+))?")


#: A quotation attributed to "he"/"she": the speaker is named in a sentence before.
_QUOTE_BY_PRONOUN: Final = re.compile(
    r"[\"”]\s*(?:he|she)\s+(?:" + "|".join(sorted(et.SPEECH_VERBS)) + r")\b", re.IGNORECASE
)

#: A sentence that opens on the participants as a pair: "The two leaders", "Both presidents",
#: after a short adverbial at most ("On Monday, the two presidents"). (It opens on the
#: openers' letters, the boundary looked for behind each, `opening_on_letter`, so that the
#: engine skips ahead to them; "The two" is still tried before "The".)
_COLLECTIVE_OPENER: Final = re.compile(
    opening_on_letter(("The two", "the two", "Both", "both", "The"))
    + r" (?:leaders|presidents|premiers|prime ministers)\b"
)
_OPENER_REACH: Final = 40


#: Verbs a surname opening a sentence does in an engagement ("Wong met her Fijian counterpart").
#: Capitalized words that open sentences and are nobody's surname ("Police said", "Officials said").
_NO_SURNAMES: Final = WORDS["not_name"] | et.word_set(
    "police officials analysts sources diplomats experts observers witnesses residents authorities reports"
)
_SUBJECT_VERBS: Final = et.word_set(
    "met meets held holds received receives hosted hosts spoke speaks talked visited visits signed signs "
    "welcomed welcomes called calls attended attends discussed travelled traveled flew arrived "
    # "Novotny co-chaired the session of the Joint Commission", "Kamal led a delegation to ..."
    "co-chaired chaired co-hosted led headed opened addressed "
    # "Wang made the remarks during a meeting with X", "Mulenga said this at talks with Y"
    "made said told noted stressed emphasized emphasised added expressed reiterated underlined"
)


def _separate_meetings(a: AnalysedSentence, group: list[Trigger], c: Draft, announced: bool) -> list[Draft]:
    """ "held separate meetings with A and B", "met separately with A and B", "held bilateral
    meetings with A and B", "back-to-back summits with A and B": one meeting with each of the
    people named after the trigger, each with the others of the clause. `announced`: the
    sentence before announced bilateral meetings with nobody named ("held a series of bilateral
    meetings. X met A, B and C"), which the people of two or more countries met here are."""
    if c.type not in (et.MEETING, et.PHONE_CALL):
        return [c]  # (a visit or a forum is never split: no need to read the clause)
    lowers = a.tokens.lowers
    first = group[0].token
    objects = _objects(a, c, _verb_after_apart_phrase(lowers, group))
    one_each = (
        lowers[first - 1] in ("separate", "back-to-back")
        or (lowers[first - 1] == "bilateral" and lowers[first] in ("meetings", "summits"))
        or not {"separately", "bilaterally"}.isdisjoint(lowers[first - 1 : first + 2])
        or _separately_at_end(lowers, first)  # "met X and Y, separately."
        or _separately_inside(lowers, first)  # "spoke by phone with X and, separately, with Y"
        # "received A and B in separate audiences", "called on A and held separate meetings with B"
        or _separate_in_clause(lowers, first)
        or (c.type == et.PHONE_CALL and _plural_calls(lowers, group))
        # (the people met of two countries are two bilaterals even when the subject, a home
        # leader with no country word, adds no third country yet)
        or (
            (len(c.countries) > 2 or _third_side_meets_two(c, objects))
            and _bilateral_in_clause(lowers, first)
        )
        or (
            ((announced and not _joint_in_clause(lowers, first)) or _plural_meetings(lowers, group))
            and len({p.country_iso3 for p in objects} - {None}) > 1
        )
    )
    if c.type == et.MEETING and not one_each:
        return _coordinated_meetings(a, group, c) or [c]
    if not one_each:
        return [c]
    if len(objects) < 2:
        return _one_per_unnamed_side(c)
    others = [p for p in c.people if p not in objects]
    parts = []
    for person in objects:
        # the bodies the other objects represent are theirs ("and UN Secretary-General X")
        theirs = {o.organization for o in objects if o is not person and o.organization}
        # the other objects' countries are not this meeting's sides ("separate meetings with
        # South African President X and Brazilian President Y": X's meeting is no Brazil's)
        kept = {p.country_iso3 for p in [*others, person]}
        elsewhere = {o.country_iso3 for o in objects if o is not person and o.country_iso3 not in kept}
        part = _part_of(c, elsewhere, [*others, person])
        part.orgs = [org for org in c.orgs if org.name not in theirs]
        parts.append(part)
    return parts


def _verb_after_apart_phrase(lowers: list[str], group: list[Trigger]) -> int:
    """The token whose objects are those met: the first trigger's, but the verb's after a phrase
    that calls the meetings separate ("In separate meetings on Friday, X met A and B": A and B,
    not X too; each had been met alone, and no meeting had two sides)."""
    first = group[0]
    phrase = (
        first.noun
        and lowers[first.token - 1] in _APART_WORDS
        and lowers[first.token - 2] in ("in", "during", "at")
    )
    verb = next((t.token for t in group[1:] if not t.noun), None) if phrase else None
    return first.token if verb is None else verb


def _third_side_meets_two(c: Draft, objects: list[PersonMention]) -> bool:
    """Whether a person of the clause other than those met is of none of their countries, or
    has no country word yet (a home leader: "Prime Minister X held bilateral talks with Fijian
    PM Y and Tongan PM Z"), while those met are of two countries: a third side, which the
    draft's countries may not hold yet. Delegation heads of the two sides themselves ("South
    Africa and Denmark held bilateral consultations, ... led by A and B") leave no such person."""
    met = {p.country_iso3 for p in objects} - {None}
    return len(met) > 1 and any(p.country_iso3 not in met for p in c.people if p not in objects)


def _coordinated_meetings(a: AnalysedSentence, group: list[Trigger], c: Draft) -> list[Draft]:
    """ "held talks with A and met B", "received A and hosted B for dinner": meeting verbs
    coordinated by "and" tell one meeting each, of the subject with the people named after its
    own verb, when each verb's people are of countries the others' have not, or when a later
    verb is told "the following day" / "a day later" (then people of the same country split
    too, and each later part is dated that many days after the clause's date); [] when the
    sentence tells neither ("met A and B and held talks with them" stays one)."""
    heads = sorted({t.token for t in group})
    starts = [a.tokens.starts[heads[0]]] + [
        a.tokens.starts[k] for k in heads[1:] if _coordinated(a.tokens, k)
    ]
    if len(starts) < 2:
        return []
    ends = [*starts[1:], len(a.sentence.text)]
    segments = [
        [p for p in c.people if start <= a.sentence.text.find(p.name, start) < end]
        for start, end in zip(starts, ends, strict=True)
    ]
    met = [p for segment in segments for p in segment]
    subjects = [p for p in c.people if p not in met]
    sides = [{p.country_iso3 for p in segment} - {None} for segment in segments]
    own = {p.country_iso3 for p in subjects}
    every = set().union(*sides)
    if not own.isdisjoint(every):
        return []
    # the days after the first verb's that each verb's own stretch tells ("the following day",
    # "the next morning", "two days later"), as dates.py already read them for the sentence
    later = [
        sum(d.offset for d in a.dates if d.kind == "anaphoric" and d.offset > 0 and start <= d.start < end)
        for start, end in zip(starts, ends, strict=True)
    ]
    if later[0] or not any(later):
        later = []
    sequenced = bool(later) or _sequenced(a.tokens, heads)
    if not all(sides) and not ((later or (sequenced and sides[0])) and all(map(len, segments))):
        # ("met Y on Tuesday and held talks with Foreign Minister Z the following day": Z, of
        # no country written, still met on another day; his meeting keeps every side; so do
        # home officials of no country word yet, met on days of their own: "called on Home
        # Adviser A on Sunday and met Finance Adviser B the following day")
        return []
    if sum(map(len, sides)) != len(every) and not sequenced:
        return []
    parts = [
        _part_of(c, every - side - own if side else set(), [*subjects, *segment])
        for segment, side in zip(segments, sides, strict=True)
    ]
    _split_orgs(a.sentence.text, parts, starts, ends)
    for k, part in enumerate(parts):
        if later and k and c.date is not None:
            shift = sum(later[1 : k + 1])
            part.date = c.date + timedelta(days=shift) if shift else c.date
    return parts


def _just_before_main(lowers: list[str], start: int, end: int) -> bool:
    """Whether an anchor is a bare "after (following) <their, the, his, her> <meeting noun>",
    those three words and nothing else but up to three words of the talks' kind, count or medium
    ("following their bilateral talks", "after the official talks", "after their maiden
    talks", see `_own_talks_modifier`: the meeting had been lost in the
    signing told before it) and a closing "." or ";" (where the anchor stands in the sentence
    is not checked): the event was held right before the main clause's, and names no other
    day. "after their talks in May", "after talks with X" name more, and are read apart."""
    words = [w for w in lowers[start : end + 1] if w not in (".", ";")]
    return (
        3 <= len(words) <= 3 + _MAX_OWN_TALKS_MODIFIERS
        and words[0] in ("after", "following")
        and words[1] in ("their", "the", "his", "her")
        and all(_own_talks_modifier(w) for w in words[2:-1])
        and et.NOUN_TRIGGERS.get(words[-1]) == et.MEETING
    )


def _less_a_place(a: AnalysedSentence, unit: Unit) -> tuple[int, int]:
    """The first and last token of an anchor without a closing place and matter ("after their
    talks in Prague", "following their meeting at the Elysee Palace", "after their talks in the
    Slovak capital", "after their talks in Prague on transport", "after their talks on energy
    in Berlin"): where the talks were and what they were about say nothing of their day, so the
    talks still came right before the main clause's outcome ("agreed on Tuesday to widen rail
    links after their talks in Prague" are Tuesday's talks; they had taken the story's day). A
    tail that holds a date ("in May", "in Prague on Monday") or another word ("in Prague with
    unions") is kept, and the anchor is read apart as before."""
    first, last = min(unit.tokens), max(unit.tokens)
    lowers = a.tokens.lowers
    end = last - (lowers[last] in (".", ";"))
    opening = next((k for k in range(first + 3, end + 1) if lowers[k] in _TAIL_OPENERS), None)
    if opening is None or any(opening <= i <= end for i, _ in a.date_tokens):
        return first, last
    return (first, opening - 1) if _place_and_matter(a, opening, end) else (first, last)


def _place_and_matter(a: AnalysedSentence, k: int, end: int) -> bool:
    """Whether tokens k..end are only where talks were and what they were about: "in" or "at"
    and a place in capitals (or "the Slovak capital"), "on", "about" or "over" and a matter, in
    either order ("in Prague on transport", "on energy in Berlin"). A matter runs to the end,
    a place among its words ("on investment in Slovakia") as much as after them. The sidelines
    of a gathering are no matter, nor is a matter with other parties ("on trade with unions")."""
    lowers, caps = a.tokens.lowers, a.tokens.caps
    if lowers[k] in _MATTER_OPENERS:
        return k < end and not any(lowers[m] in _NOT_A_MATTER for m in range(k + 1, end + 1))
    words = range(k + 1 + (lowers[k + 1] == "the"), end + 1)
    stop = next((m for m in words if not (caps[m] or lowers[m] in _PLACE_NOUNS)), end + 1)
    if stop == words.start:
        return False
    return stop > end or (lowers[stop] in _MATTER_OPENERS and _place_and_matter(a, stop, end))


#: Words that open a tail of talks with a place or a matter: "in Prague", "at the Elysee
#: Palace", "on transport", "about energy", "over fishing rights".
_PLACE_OPENERS: Final = et.word_set("in at")
_MATTER_OPENERS: Final = et.word_set("on about over")
_TAIL_OPENERS: Final = _PLACE_OPENERS | _MATTER_OPENERS
#: Words that make a tail more than a matter: a gathering the talks were held on the margins of
#: ("on the sidelines of the summit"), other parties ("on trade with unions").
_NOT_A_MATTER: Final = et.word_set("sidelines margins fringes with between")


#: Common nouns a place after "in the" may end with: "in the Slovak capital", "in the port city".
_PLACE_NOUNS: Final = et.word_set("capital city port resort town")


#: Adjectives of the kind of talks between a possessive and the noun: "their bilateral talks",
#: "the official talks", "their closed-door meeting" (no day, place or other party).
_TALKS_ADJECTIVES: Final = et.word_set(
    "bilateral official formal restricted extended private closed-door one-on-one tete-a-tete "
    "delegation-level high-level wide-ranging"
)


def _remarks_right_after(a: AnalysedSentence, unit: Unit, units: list[Unit]) -> bool:
    """Whether an anchor "after (following) ..." follows a main clause of remarks that tells no
    event of its own ("He was speaking on Monday in Lima, after receiving a delegation of
    the Chilean exporters", "X told reporters in Accra on Friday, following talks with Y"):
    the event was the occasion of the remarks, on their day and at their place."""
    lowers = a.tokens.lowers
    first = min(unit.tokens)
    if lowers[first] not in ("after", "following"):
        return False
    mains = [u for u in units if u.role == MAIN]
    return (
        bool(mains)
        and not any(unit_has_trigger(a, u) for u in mains)
        and any(k < first and lowers[k] in _REMARK_VERBS for u in mains for k in u.tokens)
    )


#: Verbs of a speaker's remarks: "was speaking", "said", "told reporters".
_REMARK_VERBS: Final = et.SPEECH_VERBS | et.word_set("speaking spoke")


#: How many words may stand between "and" and the meeting word of its verb ("and later held
#: talks", "and also had a meeting").
_COORDINATED_REACH: Final = 4


#: Adverbs between "and" and a later verb that tell a meeting after the one before ("met A and
#: later held talks with B"); not "also", which may add to the same meeting.
_AFTERWARDS: Final = et.SEQUENCE_ADVERBS - et.word_set("also")


def _sequenced(tokens: Tokens, heads: list[int]) -> bool:
    """Whether every coordinated meeting word after the first is told after the one before it
    by an adverb between its "and" and it ("met A and later held talks with B", "and then
    received B"): each is a meeting of its own even with people of one country."""
    later = [k for k in heads[1:] if _coordinated(tokens, k)]
    return bool(later) and all(
        any(tokens.lowers[j] in _AFTERWARDS for j in range(max(0, k - _COORDINATED_REACH), k)) for k in later
    )


def _coordinated(tokens: Tokens, k: int) -> bool:
    """Whether the meeting word at `k` heads a predicate coordinated by "and" with the one
    before: "and" a few lowercase words before it ("... Sheinbaum and met Ramaphosa")."""
    for j in range(k - 1, max(-1, k - 1 - _COORDINATED_REACH), -1):
        if tokens.lowers[j] == "and":
            return True
        if tokens.caps[j] or not tokens.words[j].isalpha():
            return False
    return False


def _objects(a: AnalysedSentence, c: Draft, first: int) -> list[PersonMention]:
    """The people of draft `c` named after the trigger at `first`: whom its subject met."""
    after = a.tokens.starts[first]
    return [p for p in c.people if a.sentence.text.find(p.name, after) >= 0]


#: Words that coordinate one listed document with the next ("...between A and B; and a ...").
_DOCUMENT_COORDINATORS: Final = frozenset([";", ",", "and"])
#: Words that close the parties named after a document's "between".
_PARTIES_END: Final = frozenset([";", ",", ".", ":", "(", "—"])


def _documents_between(tokens: Tokens) -> list[frozenset[int]]:
    """The tokens of the parties that each of two or more coordinated documents names after its
    own "between" ("The following agreements were signed: a supply contract between A and B;
    and a seed memorandum between C and D"), one set per document; [] unless every such
    document is coordinated with the one before ("three agreements between Moroccan and
    Brazilian companies, including a contract between A and B" names one of the three)."""
    lowers = tokens.lowers
    nouns = [
        k - 1
        for k in range(1, tokens.n)
        if lowers[k] == "between"
        and (lowers[k - 1] in et.AGREEMENT_NOUNS or lowers[k - 1] == "understanding")
    ]
    if len(nouns) < 2:
        return []
    starts = [_document_phrase_start(lowers, noun) for noun in nouns]
    if any(start is None for start in starts[1:]):
        return []
    parties = []
    for index, noun in enumerate(nouns):
        next_start = starts[index + 1] if index + 1 < len(nouns) else None
        limit = tokens.n if next_start is None else next_start
        end = next((k for k in range(noun + 2, limit) if lowers[k] in _PARTIES_END), limit)
        parties.append(frozenset(range(noun + 2, end)))
    return parties


def _document_phrase_start(lowers: list[str], noun: int) -> int | None:
    """The first token of the noun phrase of the document at `noun` ("a seed certification
    memorandum"), when a coordinating word or mark comes right before it; else None."""
    k = noun - 1
    while k > 0 and lowers[k] not in _DOCUMENT_COORDINATORS and lowers[k] not in ("a", "an", "the"):
        if lowers[k] in ("between", "including", "with", "of", "by") or k < noun - 5:
            return None
        k -= 1
    start = k if lowers[k] in ("a", "an", "the") else k + 1
    return (
        start if lowers[start - 1] in _DOCUMENT_COORDINATORS or lowers[k] in _DOCUMENT_COORDINATORS else None
    )


def _separate_signings(
    doc: DocumentContext, a: AnalysedSentence, group: list[Trigger], c: Draft, listed: list[frozenset[int]]
) -> list[Draft]:
    """One signing for each listed document, by the parties it names after its "between", with
    the people the sentence names as witnesses from their countries; the whole when a document
    names no party. Who signed nothing named is no party (the leaders of a forum the
    signings were on the margins of)."""
    usable = frozenset(range(a.tokens.n)) - a.clauses.topic - a.clauses.excluded
    named_here = {p.name for first, _, p in a.people if not any(first in tokens for tokens in listed)}
    parts = []
    for tokens in listed:
        people, orgs, countries = parties_in(doc, a, tokens & usable, et.AGREEMENT, group)
        countries |= {p.country_iso3 for p in people if p.country_iso3}
        countries |= {o.country for o in orgs if o.country}
        if not countries:
            return [c]
        part = _part_of(c, set(c.countries) - countries, people)
        part.countries = countries
        part.unnamed_sides = set()
        part.orgs = orgs
        # (a body's country may be known only once the story's defaults apply)
        sides = countries | {o.country for o in org_defaults(doc, part, orgs) if o.country}
        part.people = [p for p in c.people if p.name in named_here and p.country_iso3 in sides] + people
        parts.append(part)
    return parts


#: Call nouns in the plural: "had telephone conversations with X and Y" tells one call each
#: (a call of three is "a call", "a conference call").
_PLURAL_CALLS: Final = et.word_set("calls conversations")


def _plural_calls(lowers: list[str], group: list[Trigger]) -> bool:
    """Whether a trigger of the call is a plural call noun next to its phone word ("telephone
    conversations", "phone calls"), so that the people after it had a call each."""
    return any(
        (lowers[t.token] in et.PHONE_WORDS and lowers[t.token + 1] in _PLURAL_CALLS)
        or (lowers[t.token] in _PLURAL_CALLS and lowers[t.token - 1] in et.PHONE_WORDS)
        for t in group
    )


#: Meeting nouns in the plural that tell one meeting each ("had meetings with X and Y"); "talks"
#: is plural for one meeting as well, and stays one.
_PLURAL_MEETINGS: Final = et.word_set("meetings audiences")


def _plural_meetings(lowers: list[str], group: list[Trigger]) -> bool:
    """Whether a trigger of the meeting is a plural meeting noun ("held meetings with President
    X and Emir Y"): with people of two countries met, several meetings, one with each (a
    meeting of three is "a meeting", "a trilateral")."""
    return any(lowers[t.token] in _PLURAL_MEETINGS for t in group)


#: Words that make the people met one meeting: "held a trilateral meeting with A and B".
_JOINT_WORDS: Final = et.word_set("trilateral quadrilateral joint together three-way four-way")


def _joint_in_clause(lowers: list[str], first: int) -> bool:
    """Whether the clause of the trigger at `first` calls its meeting a joint one."""
    return any(lowers[k] in _JOINT_WORDS for k in range(_clause_end(lowers, first)))


def _clause_end(lowers: list[str], first: int) -> int:
    """Token index of the stop or semicolon that ends the clause of the trigger at `first`."""
    return next((k for k in range(first + 1, len(lowers)) if lowers[k] in (".", ";", "")), len(lowers))


def _separately_inside(lowers: list[str], first: int) -> bool:
    """Whether ", separately," joins the people the trigger at `first` is with: "spoke by phone
    with X and, separately, with Y"."""
    if "separately" not in lowers:
        return False  # most sentences, without a loop over tokens
    end = _clause_end(lowers, first)
    return any(
        lowers[k] == "separately" and lowers[k - 1] == "," and lowers[k + 1] == ","
        for k in range(first + 1, end)
    )


#: Meeting nouns that "bilateral" before them makes talks of two sides: "for bilateral talks".
_BILATERAL_NOUNS: Final = et.word_set("talks meeting meetings discussions consultations")


def _bilateral_in_clause(lowers: list[str], first: int) -> bool:
    """Whether the clause of the trigger at `first` calls its talks bilateral ("met A and B for
    bilateral talks"): talks of two sides, so with three countries told, one with each."""
    end = _clause_end(lowers, first)
    return any(lowers[k] == "bilateral" and lowers[k + 1] in _BILATERAL_NOUNS for k in range(end))


#: Words before a plural meeting noun that make it one meeting with each person met: "in
#: separate audiences", "held individual meetings with".
_APART_WORDS: Final = et.word_set("separate individual back-to-back")
#: Plural meeting nouns that "separate" before them makes one meeting each ("talks" is plural
#: for one meeting, but "separate talks" are several).
_APART_NOUNS: Final = _PLURAL_MEETINGS | et.word_set("talks discussions consultations calls conversations")
#: Words before "separate ..." that make it the way the meetings told were held ("in separate
#: audiences", "held separate talks with"), not a thing talked about ("discussed separate talks
#: on trade").
_APART_OPENERS: Final = et.word_set("in at during held had hold holds holding conducted")


def _separate_in_clause(lowers: list[str], first: int) -> bool:
    """Whether the clause of the trigger at `first`, from the word before it on, calls its
    meetings separate ones: "received A and B in separate audiences", "called on A and also held
    separate meetings with B and C" (the trigger a verb before the "separate" noun). Only a
    semicolon ends the clause here: the stop of an abbreviation ("H.E. Mr. X, in separate
    audiences") is a token of its own."""
    if _APART_WORDS.isdisjoint(lowers):
        return False  # most sentences, without a loop over tokens
    end = next((k for k in range(first + 1, len(lowers)) if lowers[k] == ";"), len(lowers))
    return any(
        lowers[k] in _APART_WORDS and lowers[k + 1] in _APART_NOUNS and lowers[k - 1] in _APART_OPENERS
        for k in range(max(1, first - 1), end - 1)
    )


def _separately_at_end(lowers: list[str], first: int) -> bool:
    """Whether the clause of the trigger at `first` ends on "separately" ("met Li Qiang and the
    chairman of the NPC, Zhao Leji, separately.")."""
    end = _clause_end(lowers, first)
    return lowers[end - 1] in ("separately", "individually")


def _one_per_unnamed_side(c: Draft) -> list[Draft]:
    """ "held separate meetings with the leaders of Ghana and Togo": one meeting with each
    side named by role, each with the rest of the clause's sides."""
    if len(c.unnamed_sides) < 2:
        return [c]
    return [_part_of(c, c.unnamed_sides - {side}, list(c.people)) for side in sorted(c.unnamed_sides)]


def _split_orgs(text: str, parts: list[Draft], starts: list[int], ends: list[int]) -> None:
    """Each part keeps the organizations named in its own verb's stretch and those outside the
    verbs' stretches (before the first verb, after the last one's end, or not found) ("met A and
    later held talks with the President of the Confederation of Enterprises B": the
    confederation is of the second meeting only)."""
    at = {o.name: text.find(o.name, starts[0]) for part in parts for o in part.orgs}
    for k, part in enumerate(parts):
        part.orgs = [
            o
            for o in part.orgs
            if not starts[0] <= at[o.name] < ends[-1] or starts[k] <= at[o.name] < ends[k]
        ]


def _part_of(c: Draft, elsewhere: AbstractSet[str | None], people: list[PersonMention]) -> Draft:
    """One of the meetings a draft of separate meetings tells: its own people, and the sides
    of the other meetings (`elsewhere`) left out; lists are copied, not shared."""
    # replace, not copy.copy: copy makes the object without its __init__'s arguments, which a
    # compiled class whose __init__ is written in it (for mypyc to compile) refuses
    return replace(
        c,
        people=people,
        orgs=list(c.orgs),
        countries=set(c.countries) - elsewhere,
        unnamed_sides=set(c.unnamed_sides) - elsewhere,
        topics=list(c.topics),
        lemmas=set(c.lemmas),
    )


def _integrate_candidate(
    doc: DocumentContext,
    a: AnalysedSentence,
    unit: Unit,
    units: list[Unit],
    group: list[Trigger],
    candidate: Draft,
    anchor_target: Draft | None,
) -> Draft | None:
    """Add one draft to the document's engagements; the anchor target for what follows."""
    reference = all(t.definite for t in group) and not _named_forum_done_in_anchor(a, unit, group)
    # ("X told reporters on the sidelines of the Y Summit" tells the summit X attended)
    fresh = unit.role == ANCHOR and not reference and _told_as_new(a.tokens, group[0].token)
    attended = attended_on_its_sidelines(doc, a, unit, units, group)
    if attended:
        # "X spoke during the Kyrgyz-Tajik Investment Forum.": who was there is the named
        # gathering's own content, with no place or host told (it had been dropped as an
        # anchor saying nothing of its own)
        candidate.own_content = True
    own_trip = unit.role == ANCHOR and _visit_ended_by_trip_home(a, group)
    if own_trip:
        # "returned home on Tuesday after concluding his three-day visit to Laos": the
        # traveller's own visit, told with the trip home that ended it; the one told before
        # if any, else told now (it had been taken for a pointer at one told before, and lost)
        candidate.own_content = True
    # "met Y on Tuesday, a day after the summit in Kigali", "a visit that followed the G20 summit
    # in Rio": a gathering the event is only dated against points at it, as "on the eve of the
    # summit" does; it is labelled when told on its own (it had been a forum, or a meeting, of
    # the main clause's sides, dated apart and placed in its city)
    dated_against = not attended and _gathering_only_dated_against(a, unit, group)
    fresh = fresh and not dated_against
    pointer = dated_against or (
        unit.role == ANCHOR
        and not creates_events(a.tokens, a.clauses.segments[unit.segments[0]], a.clauses)
        and not attended
        and not fresh
        and not own_trip
    )
    # "On the sidelines of the meeting, X held bilateral talks with Y": an event told
    # against an anchor is another event than the anchor, never its twin
    # (but not a welcome told against the talks: "Prior to the talks, Xi held a welcoming ceremony
    # for Lula" is the same occasion, the twin of the talks when it names no one else)
    welcome = _welcome_of_the_guest(a.tokens.lowers, group)
    other = anchor_target if unit.role != ANCHOR and not welcome else None
    if pointer and any(u is not unit and unit_has_trigger(a, u) for u in units):
        # "On the sidelines of the summit, X and Y agreed to speed up the border post": what the
        # sentence is about is the event its own clause tells, not the gathering pointed at
        candidate.topics = []
    anchor = unit.role == ANCHOR or (reference and _attends_told_event(doc, a, unit, group, candidate))
    result, referred = integrate(
        doc, candidate, reference or pointer, anchor, pointer, not_twin_of=other, fresh=fresh
    )
    if unit.role == ANCHOR and result is not None and (referred or result is not candidate):
        anchor_target = result  # named before, or told again ("After a private meeting")
    return anchor_target


def _gathering_only_dated_against(a: AnalysedSentence, unit: Unit, group: list[Trigger]) -> bool:
    """Whether the triggers are the noun of a gathering (a summit, a forum, a conference) that
    the sentence's event is only set against in time: right after the anchor's "after",
    "before", "following" or "since", with or without an offset ("the day after the summit in
    Kigali", "following the EU-CELAC summit in Brussels"), or the object of "followed",
    "preceded", "came after" (`sequenced_event`: "a visit which followed the G20 summit in
    Rio"), named there as a gathering not told before (by its place, its name or "a": not
    "Before the summit, ...", which refers to one told). Not when the anchor tells who took
    part in it: a person or a country named in the anchor, a possessive or a count of sides
    before the noun ("after their summit", "after the two leaders' summit", "after the
    Kenya-Uganda summit"), or a clause with a verb ("after the two ministers co-chaired the
    Business Forum")."""
    lowers = a.tokens.lowers
    if not all(t.noun and lowers[t.token] in _DATED_GATHERINGS for t in group):
        return False
    first = group[0].token
    if unit.role == ANCHOR:
        start = a.clauses.segments[unit.segments[0]].start
        if lowers[start] not in _TIME_ANCHORS or not 0 < first - start <= _GATHERING_PHRASE_REACH:
            if not sequenced_event(a, first):
                return False
            start = first - 1
            while lowers[start] not in _SEQUENCE_DETERMINERS:
                start -= 1
    elif sequenced_event(a, first):
        start = first - 1
        while lowers[start] not in _SEQUENCE_DETERMINERS:
            start -= 1
    else:
        return False
    between = lowers[start + 1 : first]
    told_as_new = (
        (lowers[first + 1] in ("in", "at") and any(i == first + 2 for i, _, _ in a.places))
        or any(a.tokens.caps[k] for k in range(start + 1, first))
        or lowers[start + 1] in ("a", "an")
    )
    if not told_as_new:
        return False  # "Before the summit, X held talks with Y": the summit told before, referred to
    if any(
        word in _SIDE_WORDS or (not a.tokens.caps[k] and word.endswith(("ed", "ing")))
        for k, word in enumerate(between, start + 1)
    ):
        return False
    if unit.role == ANCHOR and any(first_token in unit.tokens for first_token, _, _ in a.people):
        return False  # ("a day after the summit in Kigali, attended by X": its own people)
    return not any(start < i < first for i, _ in a.countries)


#: Nouns of a gathering a meeting may be dated against ("a day after the summit").
_DATED_GATHERINGS: Final = et.word_set("summit summits forum conference congress")
#: Anchor words that set an event against another in time.
_TIME_ANCHORS: Final = et.word_set("after before following since")
#: Words from an anchor word to a gathering's noun ("after the 37th African Union summit").
_GATHERING_PHRASE_REACH: Final = 7
#: Determiners that open the noun phrase of a sequenced event ("followed the G20 summit").
_SEQUENCE_DETERMINERS: Final = frozenset(["the", "a", "an", "their", "his", "her", "its", "this", "last"])
#: Words before a gathering's noun that tell who took part: "their summit", "the two leaders'".
_SIDE_WORDS: Final = et.word_set("their his her our my your its two three both leaders ministers heads")


def _welcome_of_the_guest(lowers: list[str], group: list[Trigger]) -> bool:
    """Whether the event is a ceremony or meal of welcome ("held a welcoming ceremony for Lula",
    "chaired an official welcome ceremony", "hosted a welcoming banquet"): the host's welcome
    of the guest is part of the visit's talks, not an occasion of its own beside them, even when
    told "prior to" or "after" them (a meeting told so, "Prior to the talks, the two held a
    tete-a-tete", stays one of its own)."""
    return all(
        (lowers[t.token] in et.CEREMONIES or lowers[t.token] in et.MEALS)
        and not _WELCOMING.isdisjoint(lowers[max(0, t.token - _WELCOME_REACH) : t.token])
        for t in group
    )


#: Words that make a ceremony or meal the welcome of a guest: "a welcoming ceremony".
_WELCOMING: Final = et.word_set("welcome welcoming")
#: How many words before its noun "welcome" may stand ("a welcome ceremony with full military honours").
_WELCOME_REACH: Final = 3


def _visit_ended_by_trip_home(a: AnalysedSentence, group: list[Trigger]) -> bool:
    """Whether an anchor's event is a visit under a personal possessive in a sentence that tells
    a trip home ("returned home on Tuesday after (concluding) his three-day visit to Laos",
    "flew back after wrapping up her state visit"), or under "the" right after a verb of ending
    ("after concluding the visit"): the visit the trip home ended, the traveller's own, as
    "after a three-day visit" is. Not "after the visit" alone (that may be anyone's)."""
    lowers = a.tokens.lowers
    return (
        all(t.family == et.VISIT and t.noun for t in group)
        and any(_possessed(lowers, t.token) for t in group)
        and trip_home(a)
    )


def _possessed(lowers: list[str], noun: int) -> bool:
    """Whether the noun at `noun` opens on "his", "her" or "their" over at most a few modifiers
    ("his three-day official visit"), or on "the" after a verb of ending ("concluding the visit")."""
    for j in range(noun - 1, max(-1, noun - _NOUN_PHRASE_REACH), -1):
        if lowers[j] in _PERSONAL_POSSESSIVES:
            return True
        if lowers[j] == "the":
            return lowers[j - 1] in _ENDING_VERBS or (lowers[j - 1] == "up" and lowers[j - 2] in _WRAPPING)
        if lowers[j] in et.DEFINITE or lowers[j] in ("a", "an", "of", ",", "and", "with", "after"):
            return False
    return False


#: Possessives of the traveller: "after his visit", "after their state visit".
_PERSONAL_POSSESSIVES: Final = frozenset(["his", "her", "their"])
#: Verbs that end a visit: "after concluding the visit", "after completing the visit".
_ENDING_VERBS: Final = et.word_set(
    "concluding concluded ending ended completing completed finishing finished"
)
#: Verbs of "wrapping up the visit".
_WRAPPING: Final = et.word_set("wrapping wrapped")


def _told_as_new(tokens: Tokens, trigger: int) -> bool:
    """Whether the event noun at `trigger` is a gathering told on "the sidelines (margins) of
    a/an ..." ("on the sidelines of a donors' meeting"): one the story has not told, which points
    at no event told before (the Ankara talks told just before had been taken for it, and gave
    their day). Not "at the end of a four-day visit": the traveller's own visit, told or not."""
    lowers = tokens.lowers
    for j in range(trigger - 1, max(-1, trigger - _NOUN_PHRASE_REACH), -1):
        if lowers[j] in ("a", "an"):
            return lowers[j - 1] == "of" and lowers[j - 2] in et.SIDELINE_WORDS
        if lowers[j] in et.DEFINITE or lowers[j] in ("of", ",", "and", "with", "at", "in", "on"):
            return False
    return False


#: Tokens before an event noun within which its article is looked for ("a two-day donors' meeting").
_NOUN_PHRASE_REACH: Final = 6


#: Verbs of a "who" clause telling that its antecedent was at an event: "who attended the
#: session", "who was present at the talks", "who took part in the meeting".
_ATTENDING_WORDS: Final = et.word_set("attended attending joined participated participating present part")
#: Words a "who" clause may hold between its pronoun and the event's noun ("who also took part in
#: the meeting"): at most this many.
_MAX_ATTENDING_WORDS: Final = 6


def _attends_told_event(
    doc: DocumentContext, a: AnalysedSentence, unit: Unit, group: list[Trigger], c: Draft
) -> bool:
    """Whether a "who" clause tells that its antecedent attended a definite event ("Mr X, the
    President of the Traders' Union, who attended the session, called for ..."): it points back at
    the event told before, as an anchor ("At the session, X called for ...") does, whatever its
    noun (the talks had been told as talks, and the "session" was dropped with X). Not when the
    text before already names an event by that noun ("met on the sidelines of the G20 summit ... X,
    who is attending the summit"): the noun goes back to it, not to the talks."""
    lowers = a.tokens.lowers
    start = min(unit.tokens)
    trigger = group[0].token
    if unit.role != RELATIVE or lowers[start] != "who" or not 0 < trigger - start <= _MAX_ATTENDING_WORDS:
        return False
    if _ATTENDING_WORDS.isdisjoint(lowers[start + 1 : trigger]):
        return False
    before = doc.text[: c.start].lower()
    return not any(re.search(rf"\b{re.escape(lemma)}", before) for lemma in c.lemmas)


def _named_forum_done_in_anchor(a: AnalysedSentence, unit: Unit, group: list[Trigger]) -> bool:
    """ "The meeting came a day after the two ministers co-chaired the Egyptian-Moroccan Business
    Forum": a named forum that a verb of the anchor's own clause tells is told now, not
    pointed back at (it had been taken for one told before, and lost)."""
    if unit.role != ANCHOR or any(t.family != et.FORUM or not a.tokens.caps[t.token] for t in group):
        return False
    lowers = a.tokens.lowers
    first = min(unit.tokens)
    return any(lowers[k] in _FORUM_DONE_VERBS for k in range(first + 1, group[0].token))


#: Past verbs of taking part in a forum: "after the two ministers co-chaired the Business Forum".
#: (Its own name: `_FORUM_VERBS` below, of a second event coordinated after a meeting, had
#: shadowed it, and "hosted", "held" and "inaugurated" had not been read here.)
_FORUM_DONE_VERBS: Final = et.word_set(
    "co-chaired chaired co-hosted hosted attended opened addressed held inaugurated"
)


def _pronoun_anchor(doc: DocumentContext, a: AnalysedSentence, units: list[Unit]) -> Draft | None:
    """ "On its sidelines, ...": the engagement told last is the anchor."""
    lowers = a.tokens.lowers
    for unit in units:
        if unit.role == ANCHOR and any(
            lowers[i] in ("its", "their") and lowers[i + 1] in ("sidelines", "margins", "margin")
            for i in unit.tokens
        ):
            return doc.candidates[-1] if doc.candidates else None
    return None


def _families(a: AnalysedSentence, triggers: list[Trigger]) -> dict[str, list[Trigger]]:
    """Triggers of one unit by family. A meeting word and a forum word in one clause are one
    forum ("hosted X for the session of the Commission"), unless the forum is only where a
    meeting took place ("met Y at the summit") or a verb of its own, coordinated after the
    meeting, tells it ("held talks with Y and attended a business forum"): two events."""
    families: dict[str, list[Trigger]] = {}
    for trigger in triggers:
        families.setdefault(trigger.family, []).append(trigger)
    forums = families.get(et.FORUM, [])
    lowers = a.tokens.lowers
    if any(not _on_fringes(lowers, t.token) for t in forums):
        # "at a summit in Gyeongju, on the fringes of the APEC forum": the forum is only where
        families[et.FORUM] = [t for t in forums if not _on_fringes(lowers, t.token)]
    if et.AGREEMENT in families and et.FORUM in families and all(_locative(a, t) for t in families[et.FORUM]):
        del families[et.FORUM]  # "memoranda were exchanged at the forum": the forum is only where
    remote = families.get(et.PHONE_CALL, [])
    if (
        remote
        and et.MEETING not in families
        and _met_remotely(remote)
        and any(not _locative(a, t) for t in families.get(et.FORUM, []))
        and not _forum_told_after(a, remote, families[et.FORUM])
        and not _meeting_told_after(a, remote, families[et.FORUM])
    ):
        # "Pacific Islands Forum leaders met virtually": the forum's own sitting, held online, as
        # "... met in Nadi" is (a call had been told beside it)
        del families[et.PHONE_CALL]
    if et.MEETING in families and et.FORUM in families:
        if _forum_told_after(a, families[et.MEETING], families[et.FORUM]):
            return families
        if _meeting_told_after(a, families[et.MEETING], families[et.FORUM]):
            return families
        if all(sequenced_event(a, t.token) for t in families[et.FORUM]):
            return families  # "The talks on Wednesday followed the G20 summit in Rio": two events
        if all(_locative(a, t) for t in families[et.FORUM]) and not _hosted_at_gathering(
            a, families[et.MEETING], families[et.FORUM]
        ):
            del families[et.FORUM]
        else:
            del families[et.MEETING]
    return families


#: Verbs of a host receiving guests: "X hosted A, B and C at the BRICS summit".
_HOSTING: Final = et.word_set("hosted hosts hosting welcomed welcomes greeted greets")


def _hosted_at_gathering(a: AnalysedSentence, meetings: list[Trigger], forums: list[Trigger]) -> bool:
    """Whether the meeting words are one verb of hosting whose sentence names people of three or
    more countries ("Putin hosted Xi, Modi and Pezeshkian at the BRICS summit in Kazan"): a host
    receiving leaders of several countries at a gathering hosts the gathering, no meeting of its
    own (one guest, "hosted Xi at the summit", stays their meeting; so do guests hosted "on the
    sidelines of" it)."""
    lowers = a.tokens.lowers
    if len(meetings) != 1 or lowers[meetings[0].token] not in _HOSTING:
        return False
    if all(_on_fringes(lowers, t.token) for t in forums):
        return False
    return len({p.country_iso3 for _, _, p in a.people} - {None}) >= 3


def _met_remotely(remote: list[Trigger]) -> bool:
    """Whether the call triggers of a unit are one meeting verb made remote and the manner
    words beside it ("met virtually", "met | via video link"): a gathering held online, not a
    call word of its own ("spoke by phone", "a phone call")."""
    verbs = [t.token for t in remote if t.lemma == "meeting"]
    return bool(verbs) and all(any(abs(t.token - v) <= 2 for v in verbs) for t in remote)


def _on_fringes(lowers: list[str], token: int) -> bool:
    """Whether the word at `token` ends "on the sidelines/fringes/margins of ..."."""
    return any(
        lowers[k] in et.SIDELINE_WORDS and lowers[k + 1] == "of" for k in range(max(0, token - 8), token)
    )


#: Verbs that take part in a forum ("attended a business forum", "addressed the summit").
_FORUM_VERBS: Final = et.word_set(
    "attended attends attend addressed addresses address opened opens open joined joins join chaired "
    "co-chaired participated took"
)
#: Words between a conjunction and the verb of a second event ("and later attended").
_COORDINATION: Final = et.word_set("and , then later also afterwards subsequently")


def _forum_verb_before(lowers: list[str], first_forum: int) -> int | None:
    """The nearest `_FORUM_VERBS` word in the five tokens before `first_forum` ("attended a
    business forum"), or None: both `_forum_told_after` and `_meeting_told_after` read it."""
    for k in range(first_forum - 1, max(0, first_forum - 6), -1):
        if lowers[k] in _FORUM_VERBS:
            return k
    return None


def _forum_told_after(a: AnalysedSentence, meetings: list[Trigger], forums: list[Trigger]) -> bool:
    """Whether a forum has a verb of its own coordinated after every meeting word: "held
    talks with Lula and attended a business forum in Sao Paulo"."""
    lowers = a.tokens.lowers
    k = _forum_verb_before(lowers, min(t.token for t in forums))
    return k is not None and lowers[k - 1] in _COORDINATION and all(t.token < k for t in meetings)


def _meeting_told_after(a: AnalysedSentence, meetings: list[Trigger], forums: list[Trigger]) -> bool:
    """Whether a forum taken part in by a verb of its own is followed by a meeting coordinated
    after it with its own verb: "attended the G20 summit in Buenos Aires and held bilateral
    talks with President X", "addressed the forum and met Y": the talks are an event of their
    own, as in the reverse order (`_forum_told_after`)."""
    lowers = a.tokens.lowers
    first_forum, last_forum = min(t.token for t in forums), max(t.token for t in forums)
    first_meeting = min(t.token for t in meetings)
    if first_meeting <= last_forum:
        return False
    if _forum_verb_before(lowers, first_forum) is None:
        return False
    for k in range(last_forum + 1, first_meeting):
        if lowers[k] != "and":
            continue
        verb = k + 1
        while verb < first_meeting and lowers[verb] in _COORDINATION:
            verb += 1  # "and later held talks"
        if verb == first_meeting or lowers[verb] in et.LIGHT_VERBS:
            return True
    return False


#: Lower-case words between "at" and a forum word: "at the annual business summit".
_FORUM_NAME_WORDS: Final = et.word_set(
    "the a an annual regional business economic bilateral joint extraordinary informal international "
    "ministerial special virtual"
)


def _locative(a: AnalysedSentence, t: Trigger) -> bool:
    """ "at the summit", "on the forum's sidelines": the event is where another happened."""
    lowers = a.tokens.lowers
    if lowers[t.token - 1] in ("at", "on") or lowers[t.token - 2] in ("at", "on"):
        return True
    caps = a.tokens.caps
    for k in range(t.token - 1, max(-1, t.token - 10), -1):  # "at the 24th EAC Heads of State Summit"
        if lowers[k] in ("at", "on"):
            return True
        inside_name = lowers[k] in ("of", "and", "&") and caps[k + 1]
        if not (lowers[k] in _FORUM_NAME_WORDS or caps[k] or lowers[k][:1].isdigit() or inside_name):
            break
    # "met ... on the sidelines of the G20 summit": the summit is where they met; so is the
    # summit "on the occasion of" which two leaders' own meeting was held
    return _on_fringes(lowers, t.token) or _on_occasion(lowers, t.token)


def _two_go_on(lowers: list[str], first: int) -> bool:
    """Whether a coordinated clause opens on "and" and the sides of the clause before it ("and
    the two co-chaired", "and the two ministers", "and they"): the same people going on."""
    if lowers[first] != "and":
        return False
    rest = lowers[first + 1 : first + 3]
    return rest[:1] == ["they"] or (rest[:1] == ["the"] and rest[1:] in (["two"], ["sides"], ["leaders"]))


def _recalled(lowers: list[str], token: int) -> bool:
    """Whether the noun at `token` is an event a speaker recalls ("The head of state recalled his
    phone conversation with Prime Minister X on April 9", "recalling their meeting in Sochi"):
    an earlier event the story looks back on, background as one told in a "who" clause is, so
    the next sentence that states no day goes on with the story's own ("Y also attended the
    business forum" is the day of the talks, not April 9). Only a noun right after the verb,
    with a possessive or article and at most two words between ("recalled the fruitful talks")."""
    if "recall" not in "".join(lowers[max(0, token - _RECALL_REACH) : token]):
        return False
    for k in range(token - 1, max(-1, token - _RECALL_REACH - 1), -1):
        if lowers[k] in _RECALL_VERBS:
            return True
        if not lowers[k].isalpha():
            return False
    return False


#: The verbs of recalling an earlier event, and how far before its noun one may stand.
_RECALL_VERBS: Final = et.word_set("recalled recalling recalls recall")
_RECALL_REACH: Final = 4


def _on_occasion(lowers: list[str], token: int) -> bool:
    """Whether the word at `token` ends "on the occasion of ..." (within a name's length)."""
    return any(
        lowers[k : k + 4] == ["on", "the", "occasion", "of"] for k in range(max(0, token - 10), token - 3)
    )


def _candidate(
    doc: DocumentContext,
    a: AnalysedSentence,
    unit: Unit,
    units: list[Unit],
    family: str,
    group: list[Trigger],
    anchor_target: Draft | None,
) -> Draft:
    """Draft the engagement a group of triggers of one family reports in one unit."""
    tokens = a.tokens
    first = group[0]
    position = tokens.starts[first.token]
    candidate = Draft(
        type=family,
        sentence=a.index,
        start=a.sentence.start,
        end=a.sentence.end,
        evidence=a.sentence.text,
        lemmas={t.lemma for t in group} | {t.body for t in group if t.body},
        key=next((t.key for t in group if t.key), None),
        body=next((t.body for t in group if t.body), None),
        named=any(
            _named_before(tokens, t.token) or _of_a_named_group(tokens, t.token)
            for t in group
            if t.family == et.FORUM
        ),
        negotiation=any(t.negotiation or t.body in et.NEGOTIATING_BODIES for t in group),
        hosted=any(t.hosted for t in group),
        updated=a.index,
        position=tokens.starts[first.token],
        background=unit.role in (RELATIVE, ANCHOR) or _recalled(tokens.lowers, first.token),
        in_passing=unit.role != MAIN and hung_on_outcome(tokens, min(unit.tokens)),
    )
    reference = all(t.definite for t in group)
    host = host_unit(a, unit, units)
    # a reference keeps to its own clause, to the clause a "where" clause tells about, and to
    # a clause that describes its noun ("The conference, which opened on Monday, ...")
    heads = {t.token for t in group}
    described = [
        u
        for u in units
        if u.role == RELATIVE
        and not unit_has_trigger(a, u)
        # (also "the Joint Economic Commission meeting with Uzbekistan, which was held in Tashkent")
        and (
            u.head in heads
            or (tells_where_held(tokens, u) and any(ends_name_of(tokens, h, u.head) for h in heads))
            # ("the session of the Joint Commission on Economic and Trade Cooperation, which ...")
            or ends_sitting_body_name(a, u)
            # ("During his three-day visit to Vietnam, which ended on Wednesday, ...")
            or (
                _tells_span(tokens.lowers, u)
                and any(_phrase_ends_at(tokens.lowers, h, u.head) for h in heads)
            )
        )
    ]
    own_units = ([unit] if host is None else [unit, host]) + described if reference else units
    if reference and (
        # "X and Y agreed on Monday ... during their annual consultation": the main clause
        # happened within it, on its day and at its place
        (unit.role == ANCHOR and encloses_main(tokens.lowers, min(unit.tokens)))
        # "Speaking on the sidelines of his meeting with Y in Abu Dhabi on Monday, X said ...":
        # the speaker's clause tells where and when that meeting was
        or (unit.role == ANCHOR and occasion_of_main(tokens, a.clauses.segments[unit.segments[0]], a.clauses))
        # "..., two days after the two leaders spoke by phone": dated from the main clause's day
        or days_from_main(a, unit) is not None
        # "On Monday, X and Y witnessed the exchange of documents after their talks": talks
        # just before the main clause's event, on its day when they state none
        or (unit.role == ANCHOR and _just_before_main(tokens.lowers, *_less_a_place(a, unit)))
        # "He was speaking on Monday in Lome, after receiving a delegation of X": the remarks
        # came right after the event, whose day and place the speaker's clause gives
        or (unit.role == ANCHOR and _remarks_right_after(a, unit, units))
        # "X met Y in Beijing on Monday, and the two co-chaired the seventh plenary session":
        # a clause coordinated after the first goes on with its day
        or (
            unit.role == MAIN
            and unit is not next(u for u in units if u.role == MAIN)
            and _two_go_on(tokens.lowers, min(unit.tokens))
        )
    ):
        own_units += [u for u in units if u.role == MAIN and u not in own_units]
    if reference and unit.role != MAIN:
        # "said after their talks on the sidelines of the EU summit in Brussels", "speaking after
        # their talks on the sidelines of ...": the sidelines told right after the clause's talks
        # tell where and when they were
        own_units += [u for u in units if _sidelines_right_after(tokens.lowers, unit, u)]
    if reference and unit.role == MAIN:
        # "held their talks on the sidelines of the BRICS summit in Kazan": where the talks were
        own_units += [u for u in units if u.role == ANCHOR and _sidelines(tokens.lowers, min(u.tokens))]
        # "When I landed in Riyadh last month, it was the first visit ...": the opening "when"
        # clause tells when the main clause's event was (it had taken the story's day)
        if tokens.lowers[0] == "when":
            own_units += [u for u in units if u.role == RELATIVE and min(u.tokens) == 0]
    if len(own_units) > 1:
        # "discussed the Cooperation Council, which was held in Budapest in December 2023": when
        # and where a topic was, not the talks
        own_units = [
            u
            for u in own_units
            if u is unit
            or not (tells_where_held(tokens, u) and u.head in a.clauses.topic)
            or ends_sitting_body_name(a, u)
        ]
    set_date(doc, a, unit, own_units, candidate, position, anchor_target)
    # the day first: "The two leaders oversaw the signing on Monday" are Monday's leaders
    day = candidate.date if candidate.date_explicit else None
    people, orgs, countries = participants(doc, a, unit, units, family, group, anchor_target, day)
    candidate.unnamed_sides = unnamed_sides(a, unit.tokens - a.clauses.topic - a.clauses.excluded)
    candidate.people = people
    candidate.orgs = orgs
    candidate.countries = countries
    if reference and any(
        t.family != family and not t.negated and t.segment in unit.segments and not _dated_first(a, first, t)
        for t in a.clauses.triggers
    ):
        # "after they spoke by phone on June 24 to set the agenda for the meeting": the date is
        # the call's, the meeting is the one told before
        candidate.date_explicit = False
    # "X, a professor in Sao Paulo, said the talks were overdue": where the speaker works
    spoken = reported_event_subject(a, first, unit.tokens - a.clauses.topic - a.clauses.excluded)
    set_place(doc, a, unit, own_units, candidate, first.token, anchor_target, spoken)
    # (the clause's topic without what it writes for a later event, nor for an earlier one)
    own_topic = _before_next_event(a, unit, first.token, family, _unit_topic(a, unit, units))
    candidate.topics = topic_phrases(tokens, _after_previous_event(a, unit, first.token, family, own_topic))
    if family == et.VISIT:
        label = visit_topic(tokens, first.token)
        if label:
            candidate.topics.insert(0, label)
    # "during the President's State Visit, which began on Wednesday": a relative clause that
    # describes the event's noun tells the event's own day and place, as its own clause would
    own = unit.tokens.union(*(u.tokens for u in described)) if reference else unit.tokens
    candidate.own_content = (
        any(i in own for i, _, _ in a.places)
        or any(i in own and d.kind != "year" for i, d in a.date_tokens)
        or any(first in own for first, _, _ in a.people)
        or _their_own_talks(doc, a, first.token, candidate)
        or (family == et.FORUM and et.ORDINAL.fullmatch(tokens.lowers[first.token - 1]) is not None)
        or _named_commission(tokens, first.token, family)
        or (
            family == et.VISIT
            and _host_country_named(a, own, first.token)
            and _within(tokens.lowers, a.clauses.segments[unit.segments[0]].start)
            and (
                not any(u is not unit and unit_has_trigger(a, u) for u in units)
                or _news_told_within_visit(tokens.lowers, first.token)
            )
        )
    )
    if (
        family == et.MEETING
        and unit.role == MAIN
        and not reference
        and not (people or orgs or countries)
        and _bloc_gathering(a.sentence.text)
    ):
        # "Leaders of the six Western Balkan countries met in Skopje on Thursday", "The heads of
        # state of the X Community gathered in Y": a group's summit, a forum, which names no
        # member; kept as a named forum is, for the sentences that name who attended to fill
        # (the members of a bloc or region are never guessed)
        candidate.type = et.FORUM
        candidate.named = True
    return candidate


def _tells_span(lowers: list[str], u: Unit) -> bool:
    """Whether a relative clause opens on a verb of the start or end of what it hangs on ("...,
    which ended on Wednesday", "that began on Monday", "which was concluded on 7 May"): it tells
    the event's own days, as "the State Visit, which began on Wednesday" does (the day of "his
    visit to Vietnam, which ended on Wednesday" had gone to the talks of the main clause, and
    the visit had taken the story's)."""
    first = min(u.tokens)
    if lowers[first] not in ("which", "that"):
        return False
    verb = first + 2 if lowers[first + 1] in ("was", "had", "has") else first + 1
    return lowers[verb] in _SPAN_VERBS


def _phrase_ends_at(lowers: list[str], noun: int, head: int) -> bool:
    """Whether the phrase of the event noun at `noun` runs to `head`, the word before a relative
    clause's comma, over no comma or clause of its own ("visit | to Vietnam", "visit | of
    Malaysian Prime Minister X to Vietnam")."""
    return 0 < head - noun <= _SPAN_PHRASE_REACH and all(
        lowers[k] != "," and lowers[k] not in et.RELATIVE_WORDS for k in range(noun + 1, head + 1)
    )


#: How many words the phrase of an event noun may run over before a clause of its days.
_SPAN_PHRASE_REACH: Final = 10
#: Verbs of a relative clause that tell an event's days: "which ended on Wednesday".
_SPAN_VERBS: Final = et.word_set(
    "began begun started opened ended concluded wrapped closed ends begins starts opens concludes closes"
)


def _news_told_within_visit(lowers: list[str], trigger: int) -> bool:
    """Whether an event told inside a visit of a stated kind is the news of the day, which the
    visit frames ("During his working visit to Uzbekistan, X met Y in Samarkand on 16 July"):
    the visit is told too, as its kind and host show (it had been taken for a pointer at a visit
    told before, though none was, and lost). Not an event told in the past perfect ("had last
    met Y in Hanoi during his state visit to Vietnam"), which the visit only sets in time."""
    return lowers[trigger - 1] in _VISIT_KINDS and "had" not in lowers


#: Kinds of an official visit, as their noun's adjective: "working visit", "state visit".
_VISIT_KINDS: Final = et.word_set("working official state")


def _within(lowers: list[str], start: int) -> bool:
    """Whether the clause at `start` opens on words that set what the sentence tells inside an
    event ("during", "as part of", "in the course of", "within the framework of"), not after or
    before it ("returned home after the visit to Samoa" tells no visit of its own)."""
    return (
        lowers[start] == "during"
        or lowers[start : start + 3] == ["as", "part", "of"]
        or (lowers[start : start + 4] == ["in", "the", "course", "of"])
        # "Within the framework of the working visit to X, ...", translated agency prose
        or (lowers[start] in ("within", "in") and lowers[start + 1 : start + 4] == ["the", "framework", "of"])
    )


def _host_country_named(a: AnalysedSentence, own: AbstractSet[int], trigger: int) -> bool:
    """Whether a visit's own words name the country it went to ("during his visit to Ghana"):
    its host, a content of its own when the sentence tells no other event ("X toured the port
    on Tuesday during his visit to Ghana"; the visit had been lost as an anchor pointing at a
    visit told before, though none was). Beside another event ("had last met Y in Hanoi during
    his first visit to Vietnam") the visit only sets that event in time, as before."""
    lowers = a.tokens.lowers
    return any(
        i in own
        and i > trigger
        and m.kind == "name"
        and (lowers[i - 1] == "to" or (lowers[i - 1] == "the" and lowers[i - 2] == "to"))
        for i, m in a.countries
    )


def _named_commission(tokens: Tokens, trigger: int, family: str) -> bool:
    """Whether the trigger names a joint body's session by its name ("during the Joint Permanent
    Commission for Cooperation (JPCC)"): a meeting of the two sides in itself, not a pointer."""
    if family != et.FORUM:
        return False
    if tokens.lowers[trigger] in et.NEGOTIATING_BODIES and tokens.caps[trigger] and tokens.caps[trigger - 1]:
        return True
    # "during the session of the Dominican-Haitian Bilateral Joint Commission"
    if tokens.lowers[trigger] not in ("session", "meeting") or tokens.lowers[trigger + 1] != "of":
        return False
    k = trigger + 2 + (tokens.lowers[trigger + 2] == "the")
    start = k
    while k < tokens.n and k - start < _MAX_BODY_WORDS and tokens.caps[k]:
        k += 1
    return k - start >= 2 and tokens.lowers[k - 1] in et.NEGOTIATING_BODIES


_MAX_BODY_WORDS: Final = 8


def _dated_first(a: AnalysedSentence, own: Trigger, other: Trigger) -> bool:
    """Whether a day of the sentence sits between `own` and a later `other` event word: "The
    meeting at the Great Hall on Tuesday came on the fourth day of his trip" dates the meeting."""
    return any(own.token < i < other.token and d.kind != "year" for i, d in a.date_tokens)


def _sidelines_right_after(lowers: list[str], unit: Unit, other: Unit) -> bool:
    """Whether the clause `other` is an anchor opening "on the sidelines of" right after the
    last word of `unit` ("after their talks | on the sidelines of the EU summit in Brussels"):
    it goes on about the unit's event; one parted from it ("after their talks, which came on
    the sidelines ...", "after the talks and on the sidelines of ...") is left as before."""
    first = min(other.tokens)
    return other.role == ANCHOR and first == max(unit.tokens) + 1 and _sidelines(lowers, first)


def _sidelines(lowers: list[str], first: int) -> bool:
    """Whether a clause opens "on the sidelines/margins/fringes of": a pointer to where."""
    return lowers[first] == "on" and et.sidelines_at(lowers, first)


def _their_own_talks(doc: DocumentContext, a: AnalysedSentence, trigger: int, c: Draft) -> bool:
    """ "During their talks at the prime minister's office, the leaders also agreed ...", in
    a story whose lead said only that the two leaders agreed: "their" names the lead's two
    leaders, so the talks are an event of their own even though nothing told them before. A
    person named with no country word ("Prime Minister X and her Maldivian counterpart Y") is
    of the story's home, as the participants' reader will make them; the talks of two sides
    that match no event told before are new even after other events. Adjectives of the talks'
    kind may stand between ("following their bilateral talks": the talks had been lost), and so
    may words that count them or tell their medium ("during their first phone talks", "their
    second video conference", "their annual consultations": the talks had been lost too)."""
    k = trigger - 1
    while k > trigger - 1 - _MAX_OWN_TALKS_MODIFIERS and _own_talks_modifier(a.tokens.lowers[k]):
        k -= 1
    if a.tokens.lowers[k] != "their":
        return False
    if not c.people:
        # "Slovakia and Hungary agreed on Monday ... after their talks": the countries the
        # sentence opens on are whose talks they were, as named officials would be
        named = _countries_opening(a)
        return len(named) >= 2 and named <= c.countries
    home = doc.home_country or doc.dateline_country
    sides = {p.country_iso3 or home for p in c.people}
    return len(sides - {None}) >= 2 and (not doc.candidates or None not in sides)


def _own_talks_modifier(lower: str) -> bool:
    """Whether a word before a talks noun after "their" tells their kind (`_TALKS_ADJECTIVES`),
    their count ("first", "12th", "maiden", "annual", "latest") or their medium ("phone",
    "video"): the talks are still the sides' own. Not "last" or "previous", an earlier round."""
    return (
        lower in _TALKS_ADJECTIVES
        or lower in _TALKS_COUNTS
        or lower in et.PHONE_WORDS
        or et.ORDINAL.fullmatch(lower) is not None
    )


#: Words that count a pair's talks among their rounds: "their maiden talks", "their latest talks".
_TALKS_COUNTS: Final = et.word_set("maiden annual latest fresh regular")
#: Words between "their" and the talks noun: "their first high-level phone talks".
_MAX_OWN_TALKS_MODIFIERS: Final = 3


def _countries_opening(a: AnalysedSentence) -> set[str]:
    """The countries a sentence opens on when their names, listed ("Slovakia and Hungary",
    "Kenya, Uganda and Rwanda"), are its whole subject: a verb or an adverb follows, not a
    possessive's noun ("Slovakia and Hungary's trade ...") nor "of"; empty otherwise. Such a
    subject is who "their" names later in the sentence."""
    tokens = a.tokens
    names = {i: m for i, m in a.countries if m.kind == "name"}
    found: set[str] = set()
    k = 0
    while k in names:
        found.add(names[k].iso3)
        k = bisect_right(tokens.starts, tokens.starts[k] + len(names[k].text) - 1)
        if k >= tokens.n or tokens.lowers[k] not in (",", "and"):
            break
        k += 1 + (tokens.lowers[k] == "," and k + 1 < tokens.n and tokens.lowers[k + 1] == "and")
    if k >= tokens.n or tokens.caps[k] or tokens.lowers[k] in ("'s", "’s", "of", "and", ","):
        return set()
    return found


def _anchor_purpose(a: AnalysedSentence, anchor: Unit) -> range:
    """The purpose infinitive that closes an anchor ("met X on the sidelines of the APEC meeting
    in Jeju on Monday | to discuss the duties on wind towers"): what the main clause's event was
    for, not the anchor's event (the topic had been lost); empty when there is none."""
    lowers = a.tokens.lowers
    for k in sorted(anchor.tokens):
        if lowers[k] == "to" and lowers[k + 1] in et.TOPIC_VERBS:
            return range(k, max(anchor.tokens) + 1)
    return range(0)


def _unit_topic(a: AnalysedSentence, unit: Unit, units: list[Unit]) -> frozenset[int]:
    """Topic tokens of the event told in `unit`: its own, and those of the participle and
    "which"/"where" clauses that follow it ("..., focusing on energy", "..., where they
    discussed ..."), but not those of another event's clause."""
    tokens = set(unit.tokens)
    index = units.index(unit)
    for other in units[index + 1 :]:
        if other.role in (PARTICIPLE, RELATIVE) and not unit_has_trigger(a, other):
            tokens.update(other.tokens)
    if unit.role == MAIN:
        tokens.update(
            i
            for u in units
            if u.role in (PARTICIPLE, RELATIVE) and not unit_has_trigger(a, u)
            for i in u.tokens
        )
        tokens.update(i for u in units if u.role == ANCHOR for i in _anchor_purpose(a, u))
    elif (
        unit.role == ANCHOR
        and a.tokens.lowers[min(unit.tokens)] in _OCCASION_ANCHORS
        and not hung_on_outcome(a.tokens, min(unit.tokens))
    ) or unit.role == PARTICIPLE:
        # "During the talks, the two leaders discussed X": what was said in the talks; so what
        # was agreed "following talks" and by two "meeting in Suva on Tuesday" (it had been lost)
        tokens.update(i for u in units if u.role == MAIN and not unit_has_trigger(a, u) for i in u.tokens)
    return frozenset(i for i in a.clauses.topic if i in tokens and i not in a.clauses.backdrop)


#: Anchors whose event the main clause's matter was told at or came out of: "During the talks,
#: X discussed ...", "X and Y agreed to ..., following talks in Suva" ("after" is left out: its
#: main clause is as often what came later, a quote or a plan, "agreed to keep 'stabilising' ...").
_OCCASION_ANCHORS: Final = et.word_set("during following")


def _before_next_event(
    a: AnalysedSentence, unit: Unit, trigger: int, family: str, topic: frozenset[int]
) -> frozenset[int]:
    """The topic tokens of the event at `trigger` without those its own clause writes after
    the trigger of a later event of another kind ("co-chaired a session ... and signed a
    memorandum on critical minerals": the minerals are the memorandum's, not the session's)."""
    later = [
        t.token
        for t in a.clauses.triggers
        if t.token > trigger
        and t.family != family
        and not t.negated
        and t.token in unit.tokens
        and not t.noun
        and _after_and(a.tokens.lowers, t.token)
    ]
    if later:
        topic = frozenset(i for i in topic if i < min(later) or i not in unit.tokens)
    return topic


def _after_previous_event(
    a: AnalysedSentence, unit: Unit, trigger: int, family: str, topic: frozenset[int]
) -> frozenset[int]:
    """The topic tokens of the event whose verb at `trigger` follows "and" without those its
    clause wrote before it for an earlier event of another kind ("held talks with X on the
    BRICS bank, and signed an agreement on visa waivers": the bank is the talks' topic, not the
    agreement's), the converse of _before_next_event (the bank had been the agreement's too)."""
    if not _after_and(a.tokens.lowers, trigger):
        return topic
    own = next((t for t in a.clauses.triggers if t.token == trigger), None)
    if own is None or own.noun:
        return topic
    earlier = any(
        t.token < trigger and t.family != family and not t.negated and t.token in unit.tokens
        for t in a.clauses.triggers
    )
    if not earlier:
        return topic
    return frozenset(i for i in topic if i > trigger or i not in unit.tokens)


def _after_and(lowers: list[str], k: int) -> bool:
    """Whether "and" comes right before token k, past adverbs ("... and signed", "... and later
    met"): with a verb trigger, a new event of the same subject, not a noun inside the first's
    object ("signed the minutes of discussions on X", "travelled ... for talks on X")."""
    k -= 1
    while k > 0 and lowers[k] in et.SKIPPABLE:
        k -= 1
    return lowers[k] == "and"


def _called_counterpart(evidence: str, person: PersonMention) -> bool:
    """Whether this engagement's own sentence calls the person a counterpart or peer: the
    role is borrowed only where the relation is told, near the name or in the person's own
    phrase, however long the country in it ("his counterpart from the Democratic Republic of
    Congo, X")."""
    if person.text.lower().startswith(COUNTERPART_STEMS) and person.text in evidence:
        return True
    if person.text.lower().endswith(COUNTERPART_STEMS) and person.text in evidence:
        return True  # "Fuad Hussein, his Iraqi counterpart": the phrase after the name
    if _counterpart_before_name(person) and person.text in evidence:
        # "his Saudi counterpart Prince Faisal bin Farhan Al Saud": the phrase's own words
        # before the name, however long the styles and the name between
        return True
    at = _name_at(evidence, person.name)
    window = evidence[max(0, at - 40) : at].lower() if at >= 0 else ""
    return any(stem in window for stem in COUNTERPART_STEMS)


def _counterpart_before_name(person: PersonMention) -> bool:
    """Whether the person's own phrase calls them a counterpart before their name ("Saudi
    counterpart Prince Faisal ...", "Qatari counterpart, Sheikh Mohammed ...")."""
    lead = person.text.find(person.name)
    return lead > 0 and any(stem in person.text[:lead].lower() for stem in COUNTERPART_STEMS)


def _name_at(evidence: str, name: str) -> int:
    """Where a person's name starts in the evidence: the whole name, else its last word as a
    word of its own ("Saud" is not the start of "Saudi", which may come first in "his Saudi
    counterpart ... Al Saud"); -1 when neither is there."""
    at = evidence.find(name)
    if at >= 0:
        return at
    found = re.search(rf"(?<!\w){re.escape(name.split()[-1])}(?!\w)", evidence)
    return found.start() if found is not None else -1


#: Who meets as a bloc: "ASEAN leaders", "EU foreign ministers", "leaders of the G20" (also after
#: the acronym in brackets: "the Nordic-Baltic Eight (NB8) foreign ministers"); only a space or
#: that bracket between them ("trade with the EU, leaders of both countries said" is no bloc's).
_BLOC_MEMBERS: Final = re.compile(
    r"\)?\s+(?:leaders|heads\s+of\s+state|heads\s+of\s+government|(?:[a-z]+\s+)?ministers)\b", re.IGNORECASE
)
_MEMBERS_OF: Final = re.compile(
    r"(?:leaders|presidents|heads\s+of\s+state(?:\s+and\s+government)?|(?:[a-z]+\s+)?ministers)\s+of\s+(?:the\s+)?"
    # a count of the members: "leaders of the six Western Balkan countries"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+)?$",
    re.IGNORECASE,
)
#: The states a region's name qualifies: "Western Balkan countries", "Central Asian states".
_REGION_STATES: Final = re.compile(r"\s+(?:countries|states|nations|republics)\b")


_ANCHORED_BEFORE: Final = re.compile(r"\b(?:sidelines|margins|fringes|at|during|ahead|after|before|eve)\b")
#: A relative clause telling why someone is or came somewhere: "X, who is in Kuala Lumpur,
#: Malaysia, for the ASEAN Economic Ministers' Meeting, met Y" (the gathering is the stay's).
_STAY_FOR: Final = re.compile(
    r"\bwho\s+(?:is|was|are|were|arrived|travelled|traveled|came|flew)\b[^.;]{0,80}?\bfor\s+(?:the\s+|a\s+|an\s+)?"
)


def _chaired_session(c: Draft, countries: set[str]) -> bool:
    """Whether a meeting of three or more countries is told as chaired by one of them ("The
    meeting was chaired by Kenya's Cabinet Secretary X and attended by ... of Tanzania, Uganda
    and Rwanda"), in its own sentence or in one referring back to it ("Ministers of A, B, C
    and D met ... The meeting was presided over by X"): a session run from the chair for
    several members, a forum, as "The session was chaired by" tells it (two sides co-chair
    their own talks)."""
    return len(countries) >= 3 and (c.chaired or told_chaired(c.evidence))


def _bloc_gathering(evidence: str) -> bool:
    """Whether the sentence tells the members of a bloc meeting as such ("ASEAN leaders opened
    their annual meeting", "Foreign ministers of ASEAN met"): a forum, however many members
    it names."""
    for bloc in find_blocs(evidence):
        if bloc.kind == "world" or _ANCHORED_BEFORE.search(evidence, 0, bloc.start):
            continue  # "met Y on the sidelines of the EU leaders' summit": a meeting at it
        if "who" in evidence and _stay_for_bloc(evidence, bloc.start):
            continue  # "who is in X for the ASEAN Economic Ministers' Meeting, met Y": a meeting
        if bloc.kind == "region":
            # a group told by its region and its states: "Leaders of the six Western Balkan
            # countries", "presidents of the Central Asian states" (not "African
            # leaders", nor "ministers of the Balkans", who may be any of the region's)
            if _MEMBERS_OF.search(evidence, 0, bloc.start) and _REGION_STATES.match(evidence, bloc.end):
                return True
            continue
        if _BLOC_MEMBERS.match(evidence, bloc.end) or _MEMBERS_OF.search(evidence, 0, bloc.start):
            return True
    return False


def _mechanism_ministers_meeting(c: Draft) -> bool:
    """Whether the meeting is itself a named ministers' meeting of a multilateral mechanism:
    its name joins three or more countries ("The 13th China-Japan-ROK Trade Ministers' Meeting
    was held in Seoul") or names a cooperation framework ("The 10th Lancang-Mekong Cooperation
    Foreign Ministers' Meeting was held"): a session of several members, a forum. Not a pair's
    own ("the Japan-China Foreign Ministers' Meeting", talks of two), nor a meeting told beside
    such a one ("met X on the sidelines of the ... Ministers' Meeting": the name is no trigger of
    it)."""
    found = _MINISTERS_MEETING.search(c.evidence)
    if found is None or found.start("noun") != c.position:
        return False
    name = found.group("name")
    return len({m.iso3 for m in find_countries(name)}) >= 3 or _MECHANISM_WORDS.search(name) is not None


#: A ministers' meeting by its capitalized name: "(the 13th) China-Japan-ROK Trade Ministers'
#: Meeting", "Lancang-Mekong Cooperation Foreign Ministers Meeting", "... Ministerial Meeting".
_MINISTERS_MEETING: Final = re.compile(
    r"(?P<name>(?:[A-Z][\w.’'-]*\s+){1,8}?)(?:Ministers['’]?|Ministerial)\s+(?P<noun>Meeting)\b"
)
#: Words of a cooperation framework in a meeting's name: "Lancang-Mekong Cooperation".
_MECHANISM_WORDS: Final = re.compile(r"\b(?:Cooperation|Co-operation|Initiative|Partnership)\b")


def _meeting_of_a_region_pair(c: Draft) -> bool:
    """Whether the meeting's noun is named by a pair joined with a hyphen of which one side is a
    region, or both are blocs or regions ("the Central Asia-EU ministerial meeting", "the
    ASEAN-GCC Economic Ministers' Meeting", "an Africa-Korea ministerial meeting"): a region
    stands for its many states, so the gathering is multilateral, a forum (it had been a meeting
    of the countries named beside it). A pair of countries ("the Kenya-Uganda ministerial
    meeting"), or a country and one bloc ("the Japan-EU meeting", two sides), stays a meeting,
    and so does a meeting told beside such a gathering ("met Y on the sidelines of the Central
    Asia-EU meeting": the pair names no trigger of it)."""
    if "-" not in c.evidence[max(0, c.position - _PAIR_NAME_REACH) : c.position]:
        return False
    found = _PAIR_BEFORE_NOUN.search(c.evidence, max(0, c.position - _PAIR_NAME_REACH), c.position)
    if found is None:
        return False
    pair = found.group("pair")
    hyphen = pair.index("-")
    blocs = find_blocs(pair)
    if any(b.kind == "region" for b in blocs):
        return True
    # (both sides blocs: "ASEAN-GCC"; find_blocs reads a bloc after a hyphen only after a country)
    after = find_blocs(pair[hyphen + 1 :])
    return any(b.end <= hyphen for b in blocs) and any(b.start == 0 for b in after)


#: How many characters before a meeting's noun its pair's name may start.
_PAIR_NAME_REACH: Final = 70
#: A hyphenated pair of names right before a meeting's noun, over at most three words of its kind
#: ("Central Asia-EU | ministerial | meeting", "ASEAN-GCC | Foreign Ministers' | Meeting").
_PAIR_BEFORE_NOUN: Final = re.compile(
    r"(?P<pair>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:[\w'’-]+\s+){0,3}$"
)


def _stay_for_bloc(evidence: str, start: int) -> bool:
    """Whether the bloc named at `start` opens the purpose of a stay a relative clause tells
    ("who is in Kuala Lumpur, Malaysia, for the ASEAN Economic Ministers' Meeting", "who arrived
    on Sunday for a meeting of ASEAN economic ministers"): the gathering is why the subject is
    there, and the main clause's meeting is no bloc gathering."""
    found = _STAY_FOR.search(evidence, max(0, start - 140), start)
    if found is None:
        return False
    between = evidence[found.end() : start].split()
    return len(between) <= 3 and "," not in evidence[found.end() : start]


def _counterpart_title(
    doc: DocumentContext,
    c: Draft,
    person: PersonMention,
    people: list[PersonMention],
    countries_of: dict[str, str | None],
) -> str | None:
    """The office of a counterpart (`_counterparts_office`), kept for the story's later
    events, which name them without it ("received his Angolan counterpart X. The two
    ministers signed ...")."""
    others = _titled_others(c, person, people, countries_of)
    title = _counterparts_office(c, person, others)
    if title is not None:
        title = counterpart_office(title)
        doc.counterpart_titles.setdefault(person.name, title)
        return title
    known = doc.counterpart_titles.get(person.name)
    if known is not None:
        # "A and his counterpart B signed ..., where B also met Prime Minister C": no one of
        # the meeting is named before B, so B is not C's counterpart; B keeps A's office
        return known
    # "His Kuwaiti counterpart Y received X": no one of the engagement is named before Y, so Y
    # takes the office of the first titled person of another side, the best guess when the
    # story has told no office for them
    title = counterpart_office(others[0].title) if others and others[0].title else None
    if title is not None:
        doc.counterpart_titles.setdefault(person.name, title)
    return title


def _titled_others(
    c: Draft, person: PersonMention, people: list[PersonMention], countries_of: dict[str, str | None]
) -> list[PersonMention]:
    """The titled people of another side than a "counterpart" or "peer", whose office theirs
    may be, in the engagement's order; none when the sentence does not call them so (the role
    is borrowed only where the relation is told)."""
    if not person.counterpart or not _called_counterpart(c.evidence, person):
        return []
    own = countries_of.get(person.name)
    return [
        other
        for other in people
        if other is not person
        and other.title
        and not other.counterpart
        and countries_of.get(other.name) != own
    ]


def _counterparts_office(c: Draft, person: PersonMention, others: list[PersonMention]) -> str | None:
    """The role of someone introduced as a "counterpart" or "peer": that of the person of
    the other side (`others`, from `_titled_others`) they are the counterpart of ("X met his
    Kuwaiti counterpart Y"), the one named last before them when the sentence names several
    ("the two leaders witnessed the signing by Foreign Minister X and her Dominican counterpart
    Y": X's, not a leader's)."""
    at = c.evidence.find(person.name)
    before = [(c.evidence.rfind(other.name, 0, at), other) for other in others if at > 0]
    nearest = max(((start, other) for start, other in before if start >= 0), default=None, key=lambda x: x[0])
    return nearest[1].title if nearest is not None else None


def _no_officials(text: str, people: list[PersonMention]) -> bool:
    """Whether an engagement's people are performers, players and the like, none holding an
    office: "British actress Emma Thompson met Indian director Mira Nair", "pop star X hosted
    singer Y" tell no engagement of states."""
    performers = [p for p in people if _performer(text, p.name)]
    if not performers:
        return False
    return not any(
        p.title and not _PERFORMER_TITLE.fullmatch(p.title.lower()) for p in people if p not in performers
    )


#: People who travel for themselves, or are carried home ("deportation flights landed, bringing
#: back 7,842 Hondurans from Mexico"): their trips are no official visit.
_TRAVELLERS: Final = re.compile(
    r"(?i)\b(?:tourists?|visitors|travell?ers|holidaymakers|pilgrims|passengers|fans|backpackers|"
    r"arrivals|athletes|players|migrants|deportees|deportation|refugees|evacuees|returnees|"
    r"asylum[\s-]seekers)\b"
)


#: Sports sides: when they "meet" or "visit", they play.
_TEAMS: Final = re.compile(r"(?i)\b(?:team|teams|squad|squads|club|clubs|eleven)\b")
#: Words of a sports story: its teams' meetings are matches (negotiating teams meet elsewhere).
_SPORT: Final = re.compile(
    r"(?i)\b(?:qualifier|qualifiers|tournament|championship|league|striker|goalkeeper|scored|scoring|"
    r"goals?|World\s+Cup|Olympics?|medal|match|matches|football|soccer|rugby|cricket|fixture|"
    r"(?:won|beat|lost|drew)\s+\d{1,2}-\d{1,2})\b"
)
#: Words that make the sentence of an event with nobody named a sports one ("The two sides last
#: met in Rabat, when Morocco won 3-0"; not "ahead of the Arab League summit").
_SPORT_EVENT: Final = re.compile(
    r"(?i)\b(?:football|soccer|rugby|cricket|Olympics?|World\s+Cup|tournament|medal|goalkeeper|striker|"
    r"(?:won|beat|lost|drew)\s+(?:\w+\s+)?\d{1,2}-\d{1,2})\b"
)


def _performer(text: str, name: str) -> bool:
    """Whether a performer's or player's role stands right before the name in `text`."""
    at = text.find(name)
    return at > 0 and _PERFORMER_BEFORE.search(text, max(0, at - 40), at) is not None


#: A performer's or player's role right before a name: "actress Emma Thompson", "pop star X".
_PERFORMER_BEFORE: Final = re.compile(
    r"(?i)\b(?:actress|actor|singer|pop\s+star|rapper|musician|climber|mountaineer|footballer|"
    r"striker|athlete|boxer|tennis\s+star|cricketer|film\s*maker|filmmaker|novelist|model|"
    r"comedian|chef)\s+$"
)
#: Titles that name no office: a film's director, a band's singer.
_PERFORMER_TITLE: Final = re.compile(r"(?:film\s+)?director|producer|coach|captain")


#: A document named with its signing after it, as a reduced relative: "the agreements signed
#: with India", "the accord concluded between the two countries". Told with no one and no day,
#: the signing is the document's past, no event of the story.
_SIGNED_DOCUMENT: Final = re.compile(
    r"(?i)\b(?:agreements?|accords?|treat(?:y|ies)|memorand(?:um|a)|partnerships?|deals?|pacts?|protocols?)"
    r"\s+(?:signed|concluded|inked)\s+(?:with|between)\b"
)


#: Negotiations told in the present perfect as completed: "Indonesia has concluded negotiations
#: on a trade pact with Peru". Told of countries alone, that is the process's result (the
#: perfect names no time), not a meeting; the round that ended it is told where it happened.
_NEGOTIATIONS_COMPLETED: Final = re.compile(
    r"(?i)\b(?:has|have)\s+(?:now\s+|successfully\s+|formally\s+)?"
    r"(?:concluded|completed|finali[sz]ed|wrapped\s+up|closed)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:negotiations|talks)\b"
)


def _names_a_country(doc: DocumentContext, c: Draft) -> bool:
    """Whether an engagement's sentence names its countries: by name or demonym (a city's name is
    where, not who), or together ("the two countries last met in Moroni"). One with no one in
    it takes its sides from nowhere else."""
    if _COUNTRIES_TOGETHER.search(c.evidence):
        return True
    if (
        len(c.countries) >= 2
        and _OFFICIALS_TOLD_BEFORE.match(c.evidence)
        and _sides_of_an_event_before(doc, c)
    ):
        return True  # "... held a meeting in Tbilisi. The ministers signed a memorandum": theirs
    if (
        len(c.countries) == 2
        and _TWO_OFFICIALS.match(c.evidence)
        and not any(d.sentence < c.sentence for d in doc.candidates)
    ):
        # "Pashinyan, Modi hold talks in New York" over "The two prime ministers met on the
        # sidelines of ...": the story's first event, of the pair its headline (or a sentence
        # before) names, counted as "the two countries" are (engagement_participants._counted_office)
        return True
    mentions = doc.mentions_between(c.start, c.end)
    if any(m.kind in ("name", "demonym") for m in mentions):
        return True
    # "Beijing and Canberra signed a trade deal": two capitals for their governments
    return bool(capitals_as_subject(doc.text[c.start : c.end], mentions, c.start))


#: (a bilateral "commission" too: "The last session of the Joint Commission was held in Dhaka"
#: names the two governments whose body it is, engagement_participants._sides_of_the_body)
_COUNTRIES_TOGETHER: Final = re.compile(
    r"(?i)\b(?:countries|nations|sides|governments|states|parties|commission)\b"
)


#: A ministry or state body named without its country: "the Ministry of Energy", "the Energy
#: Ministry", "the State Investment Committee", "the National Investment Agency".
_UNQUALIFIED_STATE_BODY: Final = re.compile(
    r"\b[Tt]he\s+(?:Ministry\s+of\s+[A-Z]\w+(?:\s+(?:and\s+)?[A-Z]\w+){0,3}"
    r"|(?:[A-Z]\w+\s+){1,3}Ministry|(?:State|National)\s+(?:[A-Z]\w+\s+){1,3}(?:Committee|Agency|Authority))"
    r"(?!\s+of\s+(?:the\s+)?[A-Z])(?!['’]s)"
)


def _home_body_with(doc: DocumentContext, c: Draft, countries: set[str]) -> str | None:
    """The country of the story's dateline when the engagement's one foreign side dealt with a
    ministry or state body named without a country, and that country and the side are all the
    story names: the body is the home government's. None otherwise."""
    home = doc.dateline_country
    if home is None or home in countries or _UNQUALIFIED_STATE_BODY.search(c.evidence) is None:
        return None
    return home if set(doc.country_counts) <= countries | {home} else None


def _sides_of_an_event_before(doc: DocumentContext, c: Draft) -> bool:
    """Whether an event told in an earlier sentence had all of c's countries as its sides (not
    the pair of a trade figure: "The ministers who met IMF staff ..." are nobody's told)."""
    return any(d.sentence < c.sentence and c.countries <= sides(d) for d in doc.candidates)


#: A sentence opening on the officials of the event before, by their office in the plural ("The
#: ministers signed a memorandum", "The two leaders then inked ..."): the sides already told.
_OFFICIALS_TOLD_BEFORE: Final = re.compile(
    r"(?i)\W*(?:later\s*,?\s*|afterwards\s*,?\s*)?(?:the|both)\s+(?:two\s+|three\s+)?(?:[a-z]+\s+)?"
    r"(?:ministers|leaders|presidents|premiers|chiefs|heads\s+of\s+state|delegations|delegates)\b"
)


#: A sentence opening on two holders of one office, counted: "The two prime ministers met".
_TWO_OFFICIALS: Final = re.compile(
    r"(?i)\W*(?:the|both)\s+two\s+(?:[a-z]+\s+)?(?:" + literal_alternation(et.COUNTED_OFFICES) + r")\b"
)


def _known_org(doc: DocumentContext, name: str) -> bool:
    return any(key in doc.orgs for key in org_aliases(name))


def _host_of_a_visitors_forum(doc: DocumentContext, c: Draft, countries: set[str]) -> str | None:
    """The country of the place where a visitor addressed or attended a forum told without its
    name ("The following day, the visiting president addressed a business forum in
    Johannesburg"), when the story's other events are in that country too: the host's side,
    as a visit's host is (the forum, of the visitor's side alone, had been dropped). A forum
    named by its proper name ("the World Economic Forum in Davos") may be of any place, and
    one in a country the story tells of no other event gives no side."""
    if c.type != et.FORUM or c.named or len(countries) != 1 or c.location is None or c.background:
        return None
    place = city_country(c.location)
    if place is None or place in countries:
        return None
    here = any(
        d is not c and (d.host == place or (d.location is not None and city_country(d.location) == place))
        for d in doc.candidates
    )
    return place if here else None


def _finalize(doc: DocumentContext, c: Draft) -> Engagement | None:
    """The Engagement record of a draft, or None when fewer than two countries take part."""
    if still_ahead(c.date, doc.written_on):
        return None  # "X meets Y in Oslo on 20 March" told on the 14th: a plan, which is no fact
    people = unique_people([canonical(doc, p) for p in c.people])
    orgs = list(c.orgs)
    if not orgs and _no_officials(c.evidence, people):
        return None  # "actress X met director Y at a reception": no representatives of states
    if c.type == et.VISIT and not people and not orgs and _TRAVELLERS.search(c.evidence):
        return None  # "the 1.1 million visitors who visited Nepal": tourism, not a state's visit
    if not people and not orgs and _TEAMS.search(c.evidence) and _SPORT.search(doc.text):
        return None  # "The Uzbek team met the Kazakh side in October": a match, not a meeting
    if not people and not orgs and _SPORT_EVENT.search(c.evidence):
        return None  # "The two sides last met in Rabat, when Morocco won 3-0", "Olympic delegation arrived"
    if (
        c.type == et.AGREEMENT
        and not people
        and not orgs
        and not c.date_explicit
        and _SIGNED_DOCUMENT.search(c.evidence)
    ):
        return None  # "the partnership agreements signed with India and Indonesia are paying off": their past
    if c.type == et.MEETING and not people and not orgs and _NEGOTIATIONS_COMPLETED.search(c.evidence):
        return None  # "Indonesia has concluded negotiations on a trade pact with Peru": a result
    if not people and all(is_international(o.name) for o in orgs) and not _names_a_country(doc, c):
        # "The ministers who met IMF staff in Lusaka": no one, of no country the sentence names
        # (a body of many states alone is no state's side)
        return None
    # "South Korea's Hyundai Rotem" read as a person before "Hyundai Rotem CEO X" showed it a
    # company: a name without a title that the story uses for an organization is that one
    companies = [p for p in people if p.title is None and _known_org(doc, p.name)]
    if companies:
        people = [p for p in people if p not in companies]
        orgs = [Org(p.name, p.country_iso3 or org_country(doc, p.name)) for p in companies] + orgs
    for person in people:
        if person.organization and not is_government(person.organization):
            orgs.append(Org(person.organization, org_country(doc, person.organization)))
    # a body someone of a known country heads is of that country when nothing else tells it
    # ("a delegation of Chinese investors led by the chairman of Sinohydro, Li Yan")
    represented = {p.organization: p.country_iso3 for p in people if p.organization and p.country_iso3}
    orgs = [Org(o.name, represented.get(o.name)) if o.country is None else o for o in orgs]
    orgs = [o for o in orgs if not is_seat_of_government(o.name)]  # "met Itamaraty's Secretary"
    orgs = org_defaults(doc, c, unique_orgs(prefer_full_names(doc, orgs)))
    countries_of = people_countries(doc, c, people, orgs)
    for name, country in countries_of.items():
        if country:
            doc.settled.setdefault(name, country)
    countries = set(c.countries)
    countries.update(country for country in countries_of.values() if country)
    countries.update(o.country for o in orgs if o.country)
    if c.type == et.VISIT:
        host = c.host or (city_country(c.location) if c.location else None)
        if (
            host is None
            and c.location is None
            and doc.dateline_country not in countries
            and _VISIT_BY.search(c.evidence) is not None
        ):
            # "signed ... during a visit by a Saudi business delegation" filed from Islamabad:
            # a visit by foreigners to no place named is to the dateline's country
            host = doc.dateline_country
        if host is None and _foreigners_to_an_unknown_town(doc, c, countries):
            # "DUSHANBE - ... a Belarusian delegation visited Dangara": a town the lexicon does
            # not know, which foreigners went to, is in the country the story is filed from
            host = doc.dateline_country
        if (
            host is None
            and c.location is None
            and people
            and doc.dateline_country is not None
            and all(countries_of.get(p.name) == doc.dateline_country for p in people)
        ):
            # "..., Minister of State X said at the end of a three-nation tour of Africa" filed
            # from Dubai: a trip of the dateline's own people to no place named has no host, and
            # the countries the sentence names for other reasons are not its sides
            return None
        if host:
            countries.add(host)
            # a visit's people are its visitors ("X held talks with Y ..., on the second day of
            # a two-day state visit"): the host's people are not, when a visitor is known
            visitors = [p for p in people if countries_of.get(p.name) not in (None, host)]
            if visitors:
                people = [p for p in people if countries_of.get(p.name) != host]
    place = _host_of_a_visitors_forum(doc, c, countries)
    if place is not None:
        countries.add(place)
    home = _home_body_with(doc, c, countries) if len(countries) == 1 else None
    if home is not None:
        # "TASHKENT - The Ministry of Energy and Saudi Arabia's ACWA Power signed an agreement":
        # a ministry or state body named without a country is the government's the story is filed in
        countries.add(home)
    if len(countries) < 2:
        return None
    kind = c.type
    if (
        kind == et.FORUM
        and len(countries) == 2
        and c.lemmas <= et.SUMMIT_WORDS
        and not c.named
        and _ATTENDED_SUMMIT.search(c.evidence) is None
        and _DID_NOT_MEET.search(c.evidence) is None  # "did not meet during the summit"
        and not _one_side_present(people, countries_of)
    ):
        kind = et.MEETING  # "held their first summit in Lima": two leaders meeting, not a forum
    if kind == et.MEETING and (
        _bloc_gathering(c.evidence)
        or _chaired_session(c, countries)
        or _mechanism_ministers_meeting(c)
        or _meeting_of_a_region_pair(c)
    ):
        kind = et.FORUM  # "ASEAN leaders opened their annual meeting": a multilateral meeting
    location = None if c.type == et.PHONE_CALL or c.location is None else city_name(c.location)
    # an event of a year before the story's ("signed their partnership agreement in 2019") was
    # not necessarily where the story is filed from
    placed_by_dateline = c.type != et.PHONE_CALL and not c.of_a_past_year and not c.reported_done
    if location is None and placed_by_dateline and doc.paragraph_places:
        location = _paragraph_place(doc, c)
    if location is None and placed_by_dateline and doc.dateline:
        received = _received_abroad(doc, c, people, countries_of, orgs)
        location = None if received else _dateline_location(doc, c, countries)
    ordered = tuple(sorted(countries))
    code = et.cameo_for(kind, ordered, city_country(location) if location else None, c.negotiation, c.hosted)
    participants = [
        Participant(
            "person",
            p.name,
            p.title or _counterpart_title(doc, c, p, people, countries_of) or p.rank,
            countries_of.get(p.name),
            p.organization if p.organization and not is_government(p.organization) else None,
        )
        for p in people
    ]
    participants += [Participant("organization", o.name, None, o.country, None) for o in orgs]
    return Engagement(
        engagement_date=c.date,
        engagement_type=kind,
        cameo_code=code.code,
        plover_event=code.plover_event,
        plover_mode=code.plover_mode,
        location=location,
        countries=ordered,
        evidence=c.evidence,
        char_start=c.start,
        char_end=c.end,
        participants=tuple(participants),
        topics=tuple(c.topics),
    )
