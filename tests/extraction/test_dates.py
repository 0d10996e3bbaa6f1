"""Date mentions in running text and in metadata values, resolved against the publication day."""

from datetime import date

import pytest
from test_money import gold_documents

from orchestration.extraction.dates import (
    DateMention,
    find_dates,
    parse_date,
    resolve_month_day,
    resolve_weekday,
)

MON_2024_05_13 = date(2024, 5, 13)  # a Monday
THU_2024_05_30 = date(2024, 5, 30)  # a Thursday


def only(text: str, published: date | None = MON_2024_05_13) -> DateMention:
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("weekday", "published", "expected"),
    [
        (0, MON_2024_05_13, date(2024, 5, 13)),  # same day counts
        (2, THU_2024_05_30, date(2024, 5, 29)),
        (3, THU_2024_05_30, date(2024, 5, 30)),
        (4, THU_2024_05_30, date(2024, 5, 24)),  # Friday: last week's
        (6, MON_2024_05_13, date(2024, 5, 12)),
        (1, MON_2024_05_13, date(2024, 5, 7)),
    ],
)
def test_resolve_weekday_is_most_recent_on_or_before_publication(weekday, published, expected):
    assert resolve_weekday(weekday, published) == expected


def test_resolve_weekday_after_is_strictly_later():
    assert resolve_weekday(0, MON_2024_05_13, after=True) == date(2024, 5, 20)
    assert resolve_weekday(3, MON_2024_05_13, after=True) == date(2024, 5, 16)


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        ("talks were held on March 12, 2024 in Rome", date(2024, 3, 12), "absolute"),
        ("signed on 12 March 2024.", date(2024, 3, 12), "absolute"),
        ("in force since 1st May 2022", date(2022, 5, 1), "absolute"),
        ("MANAMA, 2nd July, 2024 (BNA) --", date(2024, 7, 2), "absolute"),
        ("met on October 18, 2023, in Beijing", date(2023, 10, 18), "absolute"),
        ("relations established on Jan. 3, 1992", date(1992, 1, 3), "absolute"),
        ("on Sept. 5, 2019 the parties", date(2019, 9, 5), "absolute"),
        ("NAIROBI, Kenya, Monday, March 11, 2024 --", date(2024, 3, 11), "absolute"),
        ("met on Wednesday (May 1) in Jakarta", date(2024, 5, 1), "month_day"),
        ("received him on 25/04/2024.", date(2024, 4, 25), "absolute"),
        ("on 04/25/2024 in Lima", date(2024, 4, 25), "absolute"),
        ("on 03/04/2024 in Lima", date(2024, 4, 3), "absolute"),  # both possible: day first
        ("on 05/11/2024 in Lima", date(2024, 5, 11), "absolute"),  # 5 November is after publication
        ("on 2024/05/02 in Seoul", date(2024, 5, 2), "absolute"),
        ("met two days ago", date(2024, 5, 11), "relative"),
        ("signed 3 days ago", date(2024, 5, 10), "relative"),
        # weeks and fortnights back, in days ("a week ago" had been the publication day)
        ("held talks a week ago in Oslo", date(2024, 5, 6), "relative"),
        ("signed two weeks ago", date(2024, 4, 29), "relative"),
        ("visited a fortnight ago", date(2024, 4, 29), "relative"),
        ("signed on Thursday (2 May, 2024),", date(2024, 5, 2), "absolute"),
        ("arrived Wednesday (local time) in Lima", date(2024, 5, 8), "weekday"),
        ("on the 14th of February, 2023,", date(2023, 2, 14), "absolute"),
        ("LAGOS, 28 FEBRUARY 2024 (AFP)", date(2024, 2, 28), "absolute"),
        ("as of 01.04.2024 the registry", date(2024, 4, 1), "absolute"),
        ("published 2024-04-01T10:00:00Z by", date(2024, 4, 1), "absolute"),
        ("Lima, 7 Dec 2023 -", date(2023, 12, 7), "absolute"),
        ("the accord of 30 June 2023 on", date(2023, 6, 30), "absolute"),
        ("on May 2 the ministers met", date(2024, 5, 2), "month_day"),
        ("TEHRAN, MAY 13, ARMENPRESS.", date(2024, 5, 13), "month_day"),
        ("the ceasefire of 9 April held", date(2024, 4, 9), "month_day"),
        ("on Tuesday", date(2024, 5, 7), "weekday"),
        ("on Monday", date(2024, 5, 13), "weekday"),
        ("On Sunday evening, the emir", date(2024, 5, 12), "weekday"),
        ("Saturday's meeting", date(2024, 5, 11), "weekday"),
        ("last Monday", date(2024, 5, 6), "weekday"),
        ("next Friday", date(2024, 5, 17), "weekday"),
        ("met on Thursday last week", date(2024, 5, 9), "weekday"),  # the week before publication's
        ("signed on Monday of last week", date(2024, 5, 6), "weekday"),
        ("the call took place yesterday evening", date(2024, 5, 12), "relative"),
        ("spoke by phone yesterday", date(2024, 5, 12), "relative"),
        ("held today at the palace", date(2024, 5, 13), "relative"),
        ("the summit opens tomorrow", date(2024, 5, 14), "relative"),
        ("the day before yesterday", date(2024, 5, 11), "relative"),
        ("met last night in Doha", date(2024, 5, 12), "relative"),
        # "overnight" as the time of the clause is the night before the story's day
        ("the two premiers spoke by video link overnight.", date(2024, 5, 12), "relative"),
        ("Overnight, the envoys talked in Geneva", date(2024, 5, 12), "relative"),
        ("negotiators worked overnight with the mediators", date(2024, 5, 12), "relative"),
        ("on the 5th, the delegation", date(2024, 5, 5), "day_of_month"),
        ("on the 27th", date(2024, 4, 27), "day_of_month"),
        # a preposition after the day (it had been read as "the 10th century"-like)
        ("talks in Hanoi on the 10th between the two ministers", date(2024, 5, 10), "day_of_month"),
        ("the commission met on the 8th in Khujand", date(2024, 5, 8), "day_of_month"),
        ("on the 2nd of last month", date(2024, 4, 2), "day_of_month"),
        # "instant" (this month) and "ultimo" (last month), as South Asian copy writes them
        ("received him on 10th instant", date(2024, 5, 10), "day_of_month"),
        ("on the 28th ultimo, the envoy", date(2024, 4, 28), "day_of_month"),
        # a day written with dots at the end of a sentence
        ("The talks were held on 10.05.2024.", date(2024, 5, 10), "absolute"),
        # the formal "the Nth day of Month", as communiqués and treaties are done and signed
        ("signed on the 12th day of March 2024 in Accra", date(2024, 3, 12), "absolute"),
        ("Done at Windhoek, this 3rd day of May, 2024.", date(2024, 5, 3), "absolute"),
        ("received him on the 2nd day of April", date(2024, 4, 2), "month_day"),
    ],
)
def test_resolves_single_mentions(text, expected, kind):
    mention = only(text)
    assert (mention.date, mention.kind) == (expected, kind)
    assert text[mention.start : mention.end] == mention.text


def test_weekday_rule_examples_from_the_labels():
    assert only("on Wednesday", THU_2024_05_30).date == date(2024, 5, 29)
    assert only("on Thursday evening", THU_2024_05_30).date == date(2024, 5, 30)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("talks in Beijing on October 19", date(2024, 1, 18), date(2023, 10, 19)),
        ("will visit on February 5", date(2024, 1, 18), date(2024, 2, 5)),
        ("on December 30", date(2024, 1, 2), date(2023, 12, 30)),
        ("on January 3", date(2023, 12, 28), date(2024, 1, 3)),
        ("Destatis reported on 20 February", date(2024, 9, 12), date(2024, 2, 20)),
        ("the summit in Bishkek on November 6", date(2024, 10, 17), date(2024, 11, 6)),
        ("the accord signed on 14 July", date(2024, 7, 20), date(2024, 7, 14)),
    ],
)
def test_month_day_takes_the_past_year_unless_soon(text, published, expected):
    assert only(text, published).date == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("He visited Lima on March 3 last year.", date(2024, 6, 19), [date(2023, 3, 3)]),
        ("a state visit on 12 May, this year", date(2024, 6, 19), [date(2024, 5, 12)]),
        (
            "an official visit from March 29 to April 1 last year, during which he met the president "
            "on March 31.",
            date(2024, 6, 19),
            [date(2023, 3, 29), date(2023, 4, 1), date(2023, 3, 31)],
        ),
        ("from 29 March to 1 April 2023", date(2024, 6, 19), [date(2023, 3, 29), date(2023, 4, 1)]),
        ("Signed on 5 May 2023, met on May 7.", date(2024, 6, 19), [date(2023, 5, 5), date(2023, 5, 7)]),
        # a year stated in another sentence is not in force
        ("Signed on 5 May 2023. Met on May 7.", date(2024, 6, 19), [date(2023, 5, 5), date(2024, 5, 7)]),
    ],
)
def test_month_days_take_the_year_the_text_states(text, published, expected):
    # a span ("from March 29 to April 1") is one mention with its first and last day
    days = [d for m in find_dates(text, published) for d in (m.date, m.date_end) if d is not None]
    assert days == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade grew. In 2017, the Chilean president met his host in Hanoi on 9 November.",
            date(2017, 11, 9),
        ),
        ("Back in 2016, the two ministers signed the accord on July 3.", date(2016, 7, 3)),
        ("Last year, the envoys held talks in Quito on July 3.", date(2023, 7, 3)),
        ("In March 2018, the premier flew to Accra and met the president on March 21.", date(2018, 3, 21)),
        # a year of a relative clause, or of a list, is not the sentence's time
        ("The premier, who took office in 2018, met the president on July 3.", date(2024, 7, 3)),
        ("In 2018 and 2019, the envoys met; a third round followed on July 3.", date(2024, 7, 3)),
    ],
)
def test_a_year_opening_the_sentence_dates_its_month_days(text: str, expected: date) -> None:
    """ "In 2019, X met Y in Tehran on June 12": the year set off at the sentence's start is the
    time of all of it (the day had been read in the story's year, after its publication)."""
    days = [m.date for m in find_dates(text, date(2024, 6, 28)) if m.kind == "month_day"]
    assert days == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("a state visit on 28 June - 2 July 2024", date(2024, 7, 5), [(date(2024, 6, 28), date(2024, 7, 2))]),
        (
            "toured the region from April 29 to May 3",
            date(2024, 5, 6),
            [(date(2024, 4, 29), date(2024, 5, 3))],
        ),
        (
            "held between 30 September and 2 October",
            date(2024, 10, 9),
            [(date(2024, 9, 30), date(2024, 10, 2))],
        ),
        # a range of days in one month written with "to" ("from 10 to 12 April")
        (
            "a visit to Vietnam from 10 to 12 April, during which",
            date(2024, 4, 15),
            [(date(2024, 4, 10), date(2024, 4, 12))],
        ),
        # two days in a row with "and" before their month are a run of two days (the first had
        # been lost); days apart are not
        ("visited Kigali on 27 and 28 June", date(2024, 7, 1), [(date(2024, 6, 27), date(2024, 6, 28))]),
        ("met on 4th and 5th of June", date(2024, 7, 1), [(date(2024, 6, 4), date(2024, 6, 5))]),
        ("met on 4 and 8 June", date(2024, 7, 1), [(date(2024, 6, 8), None)]),
        # after "between", days apart with "and" are one span too, and "the" may stand before
        # the second day ("from the 4th to the 8th of June")
        ("a working visit between 4 and 8 June", date(2024, 7, 1), [(date(2024, 6, 4), date(2024, 6, 8))]),
        ("stayed between the 4th and 8th of June", date(2024, 7, 1), [(date(2024, 6, 4), date(2024, 6, 8))]),
        ("between the 4th and the 8th of June", date(2024, 7, 1), [(date(2024, 6, 4), date(2024, 6, 8))]),
        ("from the 4th to the 8th of June", date(2024, 7, 1), [(date(2024, 6, 4), date(2024, 6, 8))]),
        ("between 4 and 8 June 2023", date(2024, 7, 1), [(date(2023, 6, 4), date(2023, 6, 8))]),
        # not a later day first, nor days after "and" without "between"
        ("between 8 and 4 June", date(2024, 7, 1), [(date(2024, 6, 4), None)]),
        ("met on the 4th and 8th of June", date(2024, 7, 1), [(date(2024, 6, 8), None)]),
        # two days named with "and" are two days; dates far apart are no span
        ("met on 3 May and 9 May", date(2024, 6, 1), [(date(2024, 5, 3), None), (date(2024, 5, 9), None)]),
        (
            "from 2 January to 30 April",
            date(2024, 6, 1),
            [(date(2024, 1, 2), None), (date(2024, 4, 30), None)],
        ),
    ],
)
def test_two_calendar_dates_joined_by_a_range_word_are_one_span(text, published, expected):
    assert [(m.date, m.date_end) for m in find_dates(text, published)] == expected


def test_resolve_month_day_skips_impossible_dates():
    assert resolve_month_day(2, 29, date(2024, 5, 1)) == date(2024, 2, 29)
    assert resolve_month_day(2, 29, date(2025, 5, 1)) == date(2024, 2, 29)
    assert resolve_month_day(2, 30, date(2024, 5, 1)) is None


def test_day_ranges_carry_an_end_date():
    mention = only("frosts are forecast on January 15-17", date(2024, 1, 15))
    assert (mention.date, mention.date_end) == (date(2024, 1, 15), date(2024, 1, 17))
    mention = only("the forum runs 3–5 October 2023 in Accra")
    assert (mention.date, mention.date_end) == (date(2023, 10, 3), date(2023, 10, 5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Wednesday the sides met. On the same day, a memorandum was signed.", date(2024, 5, 8)),
        ("Talks were held on March 20. The day before, ministers met.", date(2024, 3, 19)),
        ("He arrived on 4 May. The next day he met the emir.", date(2024, 5, 5)),
        ("He arrived on 4 May. Two days later he left.", date(2024, 5, 6)),
        ("The visit began on Friday; a day earlier, experts met.", date(2024, 5, 9)),
        # weeks and fortnights count as their days; the eve of an event is the day before it
        ("Talks were held on March 20. A week earlier, ministers met.", date(2024, 3, 13)),
        ("Talks were held on March 20. Two weeks later, envoys met.", date(2024, 4, 3)),
        ("Talks were held on March 20. A fortnight before, envoys met.", date(2024, 3, 6)),
        ("Talks were held on March 20. On the eve of the talks, envoys met.", date(2024, 3, 19)),
        # a bare "on the eve" (no event after it) is the day before too
        ("Talks were held on March 20. On the eve, envoys met.", date(2024, 3, 19)),
        ("Talks were held on March 20. Envoys had met on the eve.", date(2024, 3, 19)),
        ("He arrived on March 20. On the third day of his state visit, envoys met.", date(2024, 3, 22)),
        # a part of the day before or after ("the previous evening", "the night before", "the next
        # morning"); "that afternoon" is the day itself (the first two had been no date at all)
        ("Talks were held on March 20. Envoys had dined together the previous evening.", date(2024, 3, 19)),
        ("Talks were held on March 20. Aides met the night before.", date(2024, 3, 19)),
        ("Talks were held on March 20. The ministers met again the following morning.", date(2024, 3, 21)),
        ("Talks were held on March 20. He flew home that afternoon.", date(2024, 3, 20)),
    ],
)
def test_anaphoric_mentions_follow_the_previous_date(text, expected):
    found = find_dates(text, MON_2024_05_13)
    assert found[-1].kind == "anaphoric"
    assert found[-1].date == expected


def test_anaphoric_without_anchor_has_no_date():
    assert only("the same day").date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("the evening before", ["the evening before"]), ("the evening of March 3", ["March 3"]),
     ("the event ended", [])],
)  # fmt: skip
def test_the_eve_is_no_part_of_evening_or_event(text: str, expected: list[str]) -> None:
    """ "the eve" is read as a word of its own: "the evening before" keeps its day before, and
    "the evening of March 3", "the event" name no eve."""
    found = find_dates(f"Talks were held on March 20. Envoys met {text}.", MON_2024_05_13)
    assert [m.text for m in found[1:]] == expected


@pytest.mark.parametrize(
    "text",
    [
        "last week", "earlier this month", "next month", "this week", "over the weekend", "at the weekend",
        "the previous week", "the following week", "Days earlier", "weeks before", "Earlier in the week",
        "later in the month", "on the weekend",
    ],
)  # fmt: skip
def test_vague_mentions_have_a_kind_but_no_date(text):
    mention = only(text)
    assert (mention.kind, mention.date) == ("vague", None)


@pytest.mark.parametrize(
    "text",
    ["last autumn", "this spring", "Last summer", "earlier this winter", "last fall", "the previous autumn"],
)
def test_a_season_of_a_year_is_vague(text: str) -> None:
    """ "who met on the sidelines of a summit last autumn": a season dates the event to no day
    (it had taken the story's day, as a clause with no date does)."""
    mention = only(text)
    assert (mention.kind, mention.date) == ("vague", None)


@pytest.mark.parametrize("text", ["prices may fall this year", "the spring harvest", "a summer school"])
def test_a_season_word_alone_is_no_date(text: str) -> None:
    """A season word with no "last", "this" or "next" before it is no date of an event."""
    assert [m.kind for m in find_dates(text, MON_2024_05_13) if m.kind == "vague"] == []


@pytest.mark.parametrize("text", ["held a week earlier than planned", "arrived two days later than expected"])
def test_earlier_or_later_than_planned_is_no_date(text: str) -> None:
    """ "held a week earlier than planned": how the timing changed, no day counted from
    another event (the session had been dated a week before its day)."""
    assert find_dates(text, MON_2024_05_13) == []


@pytest.mark.parametrize(
    "text",
    ["they held overnight talks", "after an overnight stay in Apia", "ties will not change overnight."],
)
def test_overnight_as_an_adjective_or_idiom_is_no_date(text: str) -> None:
    """ "overnight talks", "an overnight stay" (an adjective before its noun) and "will not
    change overnight" (suddenly) date nothing, unlike "spoke overnight"."""
    assert find_dates(text, MON_2024_05_13) == []


@pytest.mark.parametrize("text", ["talks in Beijing in May", "since March 2023", "in mid-September"])
def test_month_only_mentions_are_marked_without_a_day(text):
    mention = only(text)
    assert (mention.kind, mention.date) == ("month", None)


def test_combined_sentence():
    text = "Earlier this month, on March 12, ministers met in Windhoek."
    kinds = [(m.kind, m.date) for m in find_dates(text, date(2024, 3, 21))]
    assert kinds == [("vague", None), ("month_day", date(2024, 3, 12))]


@pytest.mark.parametrize(
    "text",
    [
        "they may be ready",
        "the Mayor of Almaty",
        "2023 12 companies",
        "Article 214 of the Penal Code",
        "on the 21st night of Ramadan",
        "a 75 kg category",
        "the March on Washington",
        "grew by 12.5 percent",
        "2024-2026 roadmap",
        "on 31 February 2024",
        # a day of something other than a month
        "on the 3rd day of the visit",
    ],
)
def test_not_dates(text):
    assert find_dates(text, MON_2024_05_13) == []


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("signed a trade pact in 2019", "2019"),
        ("met in early 2023 12 times", "2023"),
        ("They met last year in Lima.", "last year"),
        ("talks held earlier this year", "earlier this year"),
        ("signed two years ago", "two years ago"),
    ],
)
def test_a_year_alone_is_no_day(text, written):
    """ "in 2019", "last year": kind "year", no date (an event told so is dated to no day)."""
    assert [(m.kind, m.date, m.text) for m in find_dates(text, MON_2024_05_13)] == [("year", None, written)]


@pytest.mark.parametrize(
    ("text", "kind", "written"),
    [
        ("* August 2016 - Kenyan President X visits Lima", "month", "August 2016"),
        ("- Sept. 2021: the two sides sign a protocol", "month", "Sept. 2021"),
        ("• 2009 – Peru opens an embassy in Nairobi", "year", "2009"),
        ("2015: Y visits Nairobi", "year", "2015"),
    ],
)
def test_the_stamp_of_a_timeline_entry_is_a_time_without_a_day(text, kind, written):
    """A month and year, or a year alone, heading a line (after a bullet mark at most) and
    set off by a dash or colon dates the entry as "in August 2016" would: to no day."""
    assert [(m.kind, m.date, m.text) for m in find_dates(text, MON_2024_05_13)] == [(kind, None, written)]


@pytest.mark.parametrize(
    "text",
    [
        "the August 2016 - 2019 plan",
        "Output rose in 2015 - 2016 as",
        "2015 exports: $3 million",
        "March 2016 saw",
    ],
)
def test_a_month_or_year_inside_a_line_is_no_timeline_stamp(text):
    assert [m for m in find_dates(text, MON_2024_05_13) if m.kind in ("month", "year") and m.start == 0] == []


@pytest.mark.parametrize(
    "text", ["in 2023-24", "this year's forum", "in 2019's talks", "since 2019", "in 1492"]
)
def test_years_in_other_roles_are_no_mention(text):
    assert find_dates(text, MON_2024_05_13) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The consultations were held in Dhaka on 09-05-2024.", date(2024, 5, 9)),
        ("signed on 3-5-2024, the ministry said", date(2024, 5, 3)),
        ("The talks in Lusaka ended on 05-10-2024.", date(2024, 5, 10)),  # day-first lies ahead
    ],
)
def test_a_day_month_and_year_joined_by_dashes(text: str, day: date) -> None:
    """ "on 09-05-2024": a date written with dashes, as with dots or slashes (the publication
    day had been taken instead)."""
    assert [m.date for m in find_dates(text, MON_2024_05_13)] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "Call +260-21-2024 for details",
        "Hotline (0211) 25-11-2024 open",
        "the 2023-24 season",
        "a 2-1-2024-25 pattern",
        "on 31-02-2024",
    ],
)
def test_dashed_digit_groups_that_are_no_day_month_year(text: str) -> None:
    """Phone numbers, fiscal years and impossible days are no dashed date."""
    assert [m for m in find_dates(text, MON_2024_05_13) if m.kind == "absolute"] == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The accord was signed in Kigali on 7-Feb-2024.", date(2024, 2, 7)),
        ("Minutes of the session held on 21-NOV-23 were adopted.", date(2023, 11, 21)),
        ("the talks of 02-September-2023 in Accra", date(2023, 9, 2)),
    ],
)
def test_a_day_month_name_and_year_joined_by_hyphens(text: str, day: date) -> None:
    """ "on 7-Feb-2024": a month's name between hyphens, as a ledger writes it (no date had
    been read, so the publication day was taken instead); two digits are a year of this century."""
    assert [m.date for m in find_dates(text, MON_2024_05_13)] == [day]


@pytest.mark.parametrize("text", ["on 30-Feb-2024", "code 7-Feb-20245", "a 12-May-2024-25 schedule"])
def test_hyphened_month_names_that_are_no_day(text: str) -> None:
    """An impossible day, or digits running on after the year, are no hyphened date."""
    assert [m for m in find_dates(text, MON_2024_05_13) if m.kind == "absolute"] == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("received the minister at the palace on Monday (6).", date(2024, 5, 6)),
        ("on Thursday (25th), the ministers met", date(2024, 4, 25)),
    ],
)
def test_a_weekday_with_its_day_of_month_in_parentheses(text, day):
    """Brazilian wire copy: "on Monday (6)" is the 6th (a month back when still ahead)."""
    assert [m.date for m in find_dates(text, MON_2024_05_13)] == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The ministers spoke by phone on 9 de abril.", date(2024, 4, 9)),
        ("the accord signed in Asunción on 30 de diciembre del 2022", date(2022, 12, 30)),
        ("a visit to Maputo on 3 de maio de 2024", date(2024, 5, 3)),
        ("the summit of 11 septembre 2023 in Abidjan", date(2023, 9, 11)),
        ("met on 2 de Mayo in Lima", date(2024, 5, 2)),
        # the "de" of that copy translated into English
        ("the round of talks closed on 21 of February of 2023 in Quito", date(2023, 2, 21)),
    ],
)
def test_spanish_portuguese_and_french_months_after_a_day_number(text, day):
    """ "on 9 de abril", "30 de diciembre del 2022": the month names of Latin American and
    European copy are read after a day number (the publication day had been taken)."""
    assert [m.date for m in find_dates(text, MON_2024_05_13)] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "the 3 Julio Iglesias concerts",
        "the 2 Mars rovers",
        "Mayo Clinic opened 4 Mayo wards",
        "NASA SENDS 2 MARS ROVERS",
        "the 2 mars rovers",
        "THE 3 MAYO CLINICS",
        # a street, square or hall named for a day
        "the envoys dined at the 20 de Noviembre hall",
        "the embassy on Avenida 18 de Julio",
        "a shop on Rua 7 de setembro",
        "crowds filled the 1 de Mayo Square",
    ],
)
def test_a_romance_month_name_read_as_a_name_is_no_date(text):
    """Without "de" or a year, a Spanish, Portuguese or French month is read only in lower case
    in a sentence of mixed case: capitals, or a line all in one case, do not tell a name from it."""
    assert find_dates(text, MON_2024_05_13) == []


def test_a_lower_case_romance_month_in_a_mixed_case_sentence_is_a_date():
    assert [m.date for m in find_dates("El ministro llegó el 5 mayo a Lima.", MON_2024_05_13)] == [
        date(2024, 5, 5)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The envoys conferred in Washington, D.C. on 7 abril.",
        "Exporters will ship the first cargo to the U.S. on 7 abril.",
        "Officials briefed Andes Freight Corp. staff on 7 abril.",
    ],
)
def test_an_abbreviation_before_a_lower_case_romance_month_does_not_end_its_sentence(text):
    """The case of a romance month's sentence is judged on its line: "D.C. ", "U.S. ", "St. "
    end an abbreviation, not the sentence (the rest, "on 7 abril.", was all lower case and the
    date was lost)."""
    assert [m.date for m in find_dates(text, MON_2024_05_13)] == [date(2024, 4, 7)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The envoys first met in Arica on 17/03, before the floods.", date(2024, 3, 17)),
        ("On 02/05 the customs officers reopened the crossing.", date(2024, 5, 2)),
        ("The ferry service resumed on 11/10 last year.", date(2023, 10, 11)),
        # a day after publication is of the year before: a story tells what happened
        ("The two ministers signed the accord on 28/05 in Arica.", date(2023, 5, 28)),
        # only the month-first reading lies on or before publication
        ("The envoys held talks on 05/12 in Lima.", date(2024, 5, 12)),
    ],
)
def test_a_day_and_month_with_a_slash_after_on(text, day):
    """ "on 17/03": a day and month without a year, day-first, resolved as "on March 17" is
    (no date had been read)."""
    assert [m.date for m in find_dates(text, MON_2024_05_13) if m.kind == "month_day"] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "the hotline works on 24/7 shifts",
        "they agreed on 2/3 of the seats",
        "the anniversary of the attacks on 9/11 was marked",
        "the side won 3/1 on aggregate",
        "a 17/03 deadline",
        "the loan costs on 12/25% a year",
        "rated on 10/10 scale by the panel",
        "shares split on 60/40 basis",
    ],
)
def test_fractions_scores_and_idioms_are_no_day_and_month(text):
    assert find_dates(text, MON_2024_05_13) == []


def test_without_publication_date_relative_dates_stay_unresolved():
    assert [m.date for m in find_dates("on Tuesday and on May 2, 2023 and yesterday", None)] == [
        None,
        date(2023, 5, 2),
        None,
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-04-01", date(2024, 4, 1)),
        ("2024-04-01T10:00:00Z", date(2024, 4, 1)),
        ("2024-04-01T23:30:00-05:00", date(2024, 4, 1)),
        ("2024-04-01 10:00", date(2024, 4, 1)),
        ("2024/04/01", date(2024, 4, 1)),
        ("20240401", date(2024, 4, 1)),
        ("01.04.2024", date(2024, 4, 1)),
        ("01/04/2024", date(2024, 4, 1)),
        ("04/25/2024", date(2024, 4, 25)),
        ("April 1, 2024", date(2024, 4, 1)),
        ("1 April 2024", date(2024, 4, 1)),
        ("Mon, 01 Apr 2024 10:00:00 +0000", date(2024, 4, 1)),
        ("  Published: 3 July 2023 ", date(2023, 7, 3)),
        ("2024-02-30", None),
        ("yesterday", None),
        ("", None),
        ("not a date", None),
    ],
)
def test_parse_date_metadata_values(value, expected):
    assert parse_date(value) == expected


def test_parse_date_month_day_needs_publication():
    assert parse_date("April 1") is None
    assert parse_date("April 1", date(2024, 4, 2)) == date(2024, 4, 1)


def test_corpus_every_dated_gold_engagement_has_its_date_among_the_mentions():
    missing = []
    for name, doc, gold in gold_documents():
        dates = {m.date for m in find_dates(doc.text, doc.published_date)}
        for engagement in gold["engagements"]:
            if engagement["date"] and date.fromisoformat(engagement["date"]) not in dates:
                missing.append((name, engagement["date"], engagement["type"]))
    assert missing == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the envoys met in Lusaka on Tues. to review the corridor", date(2024, 5, 7)),
        ("the two ministers spoke on Thurs, an aide said", date(2024, 5, 9)),
        ("they signed the protocol on Wed. last week", date(2024, 5, 8)),
        ("the delegation left last Fri. for Dakar", date(2024, 5, 10)),
    ],
)
def test_an_abbreviated_weekday_after_on_or_last(text: str, day: date) -> None:
    """ "on Tues.", "on Thurs", "last Fri.": abbreviated weekdays date the event like the full
    names (they had been skipped, and the event took the publication day)."""
    assert [m.date for m in find_dates(text, MON_2024_05_13)] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Minister Nguyen Thi Thu chaired the session",
        "the minister told The Sun that talks went well",
        "the Mon community of the southern state",
        "they sat down with the envoy on sun-baked terraces",
    ],
)
def test_an_abbreviation_without_on_or_last_is_no_weekday(text: str) -> None:
    """A given name, a newspaper or a people named like a weekday's abbreviation is read as one
    only where a date is expected, after "on" or "last"."""
    assert find_dates(text, MON_2024_05_13) == []
