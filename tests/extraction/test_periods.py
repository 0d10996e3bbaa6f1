"""Reporting periods: spans, year inference from the publication date, fiscal years, comparisons."""

from datetime import date

import pytest
from test_money import gold_documents

from orchestration.extraction.periods import (
    FISCAL_YEAR_START,
    Period,
    find_periods,
    fiscal_start_month_for,
    fiscal_year,
)

PUB = date(2024, 5, 13)
D23 = date(2023, 9, 1)


def spans(text: str, published: date | None = PUB, **kwargs) -> list[tuple[str, str, bool]]:
    return [
        (str(p.period_start), str(p.period_end), p.comparison)
        for p in find_periods(text, published, **kwargs)
    ]


def only(text: str, published: date | None = PUB, **kwargs) -> Period:
    found = find_periods(text, published, **kwargs)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "published", "first", "last"),
    [
        ("trade reached $5bn in 2023", PUB, "2023-01-01", "2023-12-31"),
        ("2023 was a record year for Vietnam", PUB, "2023-01-01", "2023-12-31"),
        ("January-December 2023", PUB, "2023-01-01", "2023-12-31"),
        ("from January to December 2022", PUB, "2022-01-01", "2022-12-31"),
        ("in Jan-Sept 2024", date(2024, 11, 1), "2024-01-01", "2024-09-30"),
        ("in January–September", date(2024, 11, 1), "2024-01-01", "2024-09-30"),
        ("in January through March 2023", PUB, "2023-01-01", "2023-03-31"),
        ("between January and March", PUB, "2024-01-01", "2024-03-31"),
        ("in January-June of 2024", date(2024, 7, 31), "2024-01-01", "2024-06-30"),
        ("in January-August of this year", date(2023, 9, 14), "2023-01-01", "2023-08-31"),
        ("in the January-October period", date(2023, 12, 5), "2023-01-01", "2023-10-31"),
        ("January 2023-March 2024", PUB, "2023-01-01", "2024-03-31"),
        ("in the first quarter of 2024", PUB, "2024-01-01", "2024-03-31"),
        ("in the third quarter of last year", PUB, "2023-07-01", "2023-09-30"),
        ("in the fourth quarter alone", date(2024, 2, 21), "2023-10-01", "2023-12-31"),
        ("Q1 2024", PUB, "2024-01-01", "2024-03-31"),
        ("Q3 of 2023", PUB, "2023-07-01", "2023-09-30"),
        ("Q1-Q3 2024", date(2024, 11, 1), "2024-01-01", "2024-09-30"),
        ("1Q24", PUB, "2024-01-01", "2024-03-31"),
        ("3Q 2023", PUB, "2023-07-01", "2023-09-30"),
        ("the first half of 2024", date(2024, 8, 20), "2024-01-01", "2024-06-30"),
        ("the second half of 2023", PUB, "2023-07-01", "2023-12-31"),
        ("H1 2024", date(2024, 8, 20), "2024-01-01", "2024-06-30"),
        ("2H23", PUB, "2023-07-01", "2023-12-31"),
        ("in the first half of the year", date(2024, 8, 12), "2024-01-01", "2024-06-30"),
        ("the first five months of 2024", date(2024, 6, 20), "2024-01-01", "2024-05-31"),
        ("in 11 months of 2023", PUB, "2023-01-01", "2023-11-30"),
        ("in 10 months of 2023", PUB, "2023-01-01", "2023-10-31"),
        ("in the first seven months", date(2024, 9, 1), "2024-01-01", "2024-07-31"),
        ("in the first three quarters of 2023", PUB, "2023-01-01", "2023-09-30"),
        ("over the nine months", date(2024, 11, 28), "2024-01-01", "2024-09-30"),
        ("in December", date(2024, 1, 12), "2023-12-01", "2023-12-31"),
        ("in May", date(2024, 6, 2), "2024-05-01", "2024-05-31"),
        ("in March 2023", PUB, "2023-03-01", "2023-03-31"),
        ("last year", PUB, "2023-01-01", "2023-12-31"),
        ("this year", PUB, "2024-01-01", "2024-12-31"),
        ("rose 12% last month", PUB, "2024-04-01", "2024-04-30"),
        # "last quarter" is the quarter before the publication's, as "last month" is the month
        ("shipped $1.1 billion last quarter", date(2024, 10, 15), "2024-07-01", "2024-09-30"),
        ("Last quarter, exports rose 4%", date(2024, 2, 1), "2023-10-01", "2023-12-31"),
        ("last quarter's exports", date(2024, 6, 30), "2024-01-01", "2024-03-31"),
        ("in the last quarter of 2023", date(2024, 10, 15), "2023-10-01", "2023-12-31"),
        ("in the fiscal year that ended in June", PUB, "2022-07-01", "2023-06-30"),
        ("in the financial year which ended on 31 March", PUB, "2023-04-01", "2024-03-31"),
        ("as of end-June 2023", PUB, "2023-01-01", "2023-06-30"),
        ("as at the end of March", PUB, "2024-01-01", "2024-03-31"),
        ("as of end-October", PUB, "2023-01-01", "2023-10-31"),  # October not over yet: last year's
        ("reached $3bn by the end of February 2024", PUB, "2024-01-01", "2024-02-29"),
        ("$3bn until the end of March", PUB, "2024-01-01", "2024-03-31"),
        ("$3bn up to the end of April 2024", PUB, "2024-01-01", "2024-04-30"),
        ("$3bn cumulative to the end of April 2024", PUB, "2024-01-01", "2024-04-30"),
        ("$3bn through the end of February", PUB, "2024-01-01", "2024-02-29"),
        ("exports last month", date(2024, 1, 9), "2023-12-01", "2023-12-31"),
        ("the current year", PUB, "2024-01-01", "2024-12-31"),
        ("for 2024-2026", PUB, "2024-01-01", "2026-12-31"),
        ("between 2019 and 2022", PUB, "2019-01-01", "2022-12-31"),
        ("from 2020 to 2023", PUB, "2020-01-01", "2023-12-31"),
        ("so far this year", PUB, "2024-01-01", "2024-04-30"),
        # "since January" with no year after it: the year so far, as "since the start of the year"
        ("have reached $2 billion since January", PUB, "2024-01-01", "2024-04-30"),
        ("have reached $2 billion since the beginning of January", PUB, "2024-01-01", "2024-04-30"),
        ("the past 12 months", PUB, "2023-05-01", "2024-04-30"),
        ("in the year to June 2024", PUB, "2023-07-01", "2024-06-30"),
        ("in the 12 months to March", PUB, "2023-04-01", "2024-03-31"),
        ("in the 12 months ended 31 March 2024", PUB, "2023-04-01", "2024-03-31"),
        ("over the three months to September 2023", PUB, "2023-07-01", "2023-09-30"),
        ("in the fiscal year ended June 30, 2023", PUB, "2022-07-01", "2023-06-30"),
        ("in the financial year ending March 2024", PUB, "2023-04-01", "2024-03-31"),
        # a lone month after "through"/"until": the year so far
        ("reached $2 billion through April", PUB, "2024-01-01", "2024-04-30"),
        ("reached $2 billion until September 2023", PUB, "2023-01-01", "2023-09-30"),
        # a running total up to a lone month: "accumulated to", "up to", "as of" count from January
        ("sold $3.4 billion accumulated to August 2023", PUB, "2023-01-01", "2023-08-31"),
        ("shipments up to March came to $610 million", PUB, "2024-01-01", "2024-03-31"),
        ("stood at €8.2 billion as of July 2023", PUB, "2023-01-01", "2023-07-31"),
        ("from February through April", PUB, "2024-02-01", "2024-04-30"),
        # a fiscal year with the months told so far in parentheses (Indian copy): those months
        ("exports during FY23 (April-November) stood at", PUB, "2022-04-01", "2022-11-30"),
        ("exports during FY23 (April-March) stood at", PUB, "2022-04-01", "2023-03-31"),
        # a run of months whose last is told as its end (Gulf and Arab statistics copy)
        ("from January to the end of October 2023", PUB, "2023-01-01", "2023-10-31"),
        ("between February and end-June 2023", PUB, "2023-02-01", "2023-06-30"),
    ],
)
def test_period_spans(text, published, first, last):
    period = only(text, published)
    assert (str(period.period_start), str(period.period_end)) == (first, last)
    assert text[period.start : period.end] == period.text


@pytest.mark.parametrize(
    ("text", "published", "first", "last"),
    [
        ("January-November", date(2024, 1, 25), "2023-01-01", "2023-11-30"),  # not yet over: last year
        ("January-March", date(2024, 4, 22), "2024-01-01", "2024-03-31"),  # over: this year
        ("July-March", date(2024, 4, 23), "2023-07-01", "2024-03-31"),  # wraps the new year
        ("July-December", date(2024, 1, 18), "2023-07-01", "2023-12-31"),
        ("in the second quarter", date(2024, 6, 15), "2023-04-01", "2023-06-30"),
    ],
)
def test_year_inferred_from_publication(text, published, first, last):
    period = only("in " + text, published)
    assert (str(period.period_start), str(period.period_end)) == (first, last)
    assert period.inferred


@pytest.mark.parametrize(
    ("text", "published", "first", "last"),
    [
        # a part of "the year" that has not ended at publication is of the year before
        ("the second half of the year", date(2023, 4, 2), "2022-07-01", "2022-12-31"),
        ("the third quarter of the year", date(2023, 8, 30), "2022-07-01", "2022-09-30"),
        ("the first eight months of the year", date(2023, 5, 9), "2022-01-01", "2022-08-31"),
        ("March-October of the year", date(2023, 6, 1), "2022-03-01", "2022-10-31"),
        # over by publication: of the publication year
        ("the first quarter of the year", date(2023, 8, 30), "2023-01-01", "2023-03-31"),
        # "this year" names the current year even when the part is ahead
        ("the third quarter of this year", date(2023, 8, 30), "2023-07-01", "2023-09-30"),
    ],
)
def test_a_part_of_the_year_not_yet_over_is_of_the_year_before(text, published, first, last):
    period = only("in " + text, published)
    assert (str(period.period_start), str(period.period_end)) == (first, last)


def test_without_publication_date_only_written_years_resolve():
    assert spans("in January-March and in 2022", None) == [("2022-01-01", "2022-12-31", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a year compared with "the same <span> of <year>": the year after, and that year
        (
            "rose 12% in the third quarter from the same quarter of 2023",
            [("2024-07-01", "2024-09-30", False), ("2023-07-01", "2023-09-30", True)],
        ),
        (
            "reached $80 million in the first half, against $64 million in the corresponding period of 2022",
            [("2023-01-01", "2023-06-30", False), ("2022-01-01", "2022-06-30", True)],
        ),
        # look-alikes: no year the comparison names, nothing to date the part by
        ("rose 12% in the third quarter from the same quarter a year earlier", []),
        ("rose 12% in the third quarter from a year earlier", []),
    ],
)
def test_without_publication_date_a_same_span_of_a_year_dates_its_part(text, expected):
    assert spans(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "rose 6% in the second half, from the same half of 2023",
            [("2024-07-01", "2024-12-31", False), ("2023-07-01", "2023-12-31", True)],
        ),
        (
            "reached $80 million in May, against $70 million in the same month of 2023",
            [("2024-05-01", "2024-05-31", False), ("2023-05-01", "2023-05-31", True)],
        ),
        # look-alike: "the same period" is of any span, so the year told before stays its reference
        (
            "reached $80 million, against $70 million in the same period of 2022",
            [("2022-01-01", "2022-12-31", True)],
        ),
    ],
)
def test_without_publication_date_a_same_span_unlike_the_year_told_before_dates_its_part(text, expected):
    """ "the same quarter/half/month of <year>" after a whole year told in the sentence before is
    no span of that year: the part of its own sentence is dated by the comparison's year (both
    figures had become the whole year told before)."""
    assert spans(text, None, told_before=(date(2023, 1, 1), date(2023, 12, 31))) == expected


@pytest.mark.parametrize(
    ("text", "published", "start_month", "first", "last"),
    [
        ("in fiscal year 2022-23", date(2024, 4, 8), 7, "2022-07-01", "2023-06-30"),
        ("FY2023-24", PUB, 7, "2023-07-01", "2024-06-30"),
        ("in the 2022-23 financial year", PUB, 4, "2022-04-01", "2023-03-31"),
        ("FY24", PUB, 4, "2023-04-01", "2024-03-31"),
        ("in fiscal 2024", PUB, 10, "2023-10-01", "2024-09-30"),
        ("FY 2023/24", PUB, 4, "2023-04-01", "2024-03-31"),
        ("the current fiscal year", date(2024, 1, 18), 7, "2023-07-01", "2024-06-30"),
        ("the current fiscal year", date(2024, 5, 18), 4, "2024-04-01", "2025-03-31"),
        ("last fiscal year", date(2024, 5, 18), 4, "2023-04-01", "2024-03-31"),
        ("July-March of the current fiscal year", date(2024, 4, 23), 7, "2023-07-01", "2024-03-31"),
        ("April-December of the current financial year", date(2024, 1, 15), 4, "2023-04-01", "2023-12-31"),
        ("the first quarter of FY24", PUB, 4, "2023-04-01", "2023-06-30"),
        ("the first half of fiscal year 2023-24", PUB, 7, "2023-07-01", "2023-12-31"),
        # Indian copy's "fiscal" without "year", and a fiscal year named by no label: the current
        ("April-October of the current fiscal", date(2024, 11, 20), 4, "2024-04-01", "2024-10-31"),
        ("in the last fiscal", date(2024, 11, 20), 4, "2023-04-01", "2024-03-31"),
        ("the first 11 months of the fiscal year", date(2025, 6, 20), 7, "2024-07-01", "2025-05-31"),
        # months of the current fiscal year that have not ended are the last fiscal year's
        ("the first 11 months of the fiscal year", date(2025, 11, 20), 7, "2024-07-01", "2025-05-31"),
        ("the first quarter of the current fiscal year", date(2025, 11, 20), 7, "2025-07-01", "2025-09-30"),
        # whose fiscal year, between "last"/"the current" and "fiscal" (it had not been read at all)
        ("in the last Kenyan fiscal year", date(2024, 11, 20), 7, "2023-07-01", "2024-06-30"),
        ("during the current Indian financial year", date(2024, 11, 20), 4, "2024-04-01", "2025-03-31"),
        ("the first half of last Egyptian fiscal year", date(2024, 11, 20), 7, "2023-07-01", "2023-12-31"),
        # one month counted in a named (fiscal) year: "the first month of FY25" (it had been no period)
        ("in the first month of the current fiscal year", date(2024, 11, 20), 10, "2024-10-01", "2024-10-31"),
        ("during the second month of FY2025", date(2024, 12, 20), 10, "2024-11-01", "2024-11-30"),
        ("in the last month of the previous fiscal year", date(2024, 11, 20), 4, "2024-03-01", "2024-03-31"),
        # a part of "the last fiscal year" (it had been the whole year)
        ("in the first half of the last financial year", date(2024, 8, 20), 4, "2023-04-01", "2023-09-30"),
        ("during October-May of the last fiscal year", date(2024, 11, 20), 10, "2023-10-01", "2024-05-31"),
        # months of the current fiscal year not ended at publication: the year just ended
        # (they had ended in the future)
        ("in July-April of the current fiscal year", date(2024, 7, 9), 7, "2023-07-01", "2024-04-30"),
        ("April-January of this financial year", date(2024, 4, 25), 4, "2023-04-01", "2024-01-31"),
    ],
)
def test_fiscal_years(text, published, start_month, first, last):
    period = only(text, published, fiscal_start_month=start_month)
    assert (str(period.period_start), str(period.period_end)) == (first, last)
    assert period.fiscal


def test_fiscal_start_month_from_the_months_in_parentheses():
    text = "during the first quarter of the current fiscal year 2024-25 (October-December)"
    period = only(text, date(2025, 1, 20))
    assert (period.period_start, period.period_end) == (date(2024, 10, 1), date(2024, 12, 31))
    text = "in the first half of the 2023-24 fiscal year (April-September)"
    assert spans(text)[-1][:2] == ("2023-04-01", "2023-09-30")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # a year that starts mid-month: the calendar months the parenthesis names
        (
            "in the first five months of the current fiscal year (mid-April to mid-September)",
            "2024-04-01",
            "2024-09-30",
        ),
        (
            "during the first three months of the fiscal year (mid-April to mid-July)",
            "2024-04-01",
            "2024-07-31",
        ),
        # whole months in parentheses keep the count told
        ("in the first five months of the current fiscal year (April-August)", "2024-04-01", "2024-08-31"),
    ],
)
def test_a_parenthesis_from_mid_month_to_mid_month_spans_its_calendar_months(text, first, last):
    """ "the first four months of the current fiscal year (mid-July to mid-November)" (Nepal):
    the calendar months named, July to November (it had been July to October)."""
    period = only(text, date(2024, 12, 20))
    assert (str(period.period_start), str(period.period_end)) == (first, last)


def test_fiscal_defaults_and_table():
    assert fiscal_year(2023, 7) == (date(2023, 7, 1), date(2024, 6, 30))
    assert fiscal_year(2023, 1) == (date(2023, 1, 1), date(2023, 12, 31))
    assert fiscal_start_month_for("IND") == 4
    assert fiscal_start_month_for("PAK") == 7
    assert fiscal_start_month_for("USA") == 10
    assert fiscal_start_month_for("KAZ") == 1
    assert fiscal_start_month_for(None) == 1
    assert all(1 <= month <= 12 for month in FISCAL_YEAR_START.values())


@pytest.mark.parametrize(
    ("text", "published", "start_month", "by_start", "first", "last"),
    [
        # the month a fiscal year ended fixes its span, whatever the start month passed
        ("fiscal 2022, which ended in March this year", D23, 4, False, "2022-04-01", "2023-03-31"),
        ("in fiscal 2023, which ended in September 2023", PUB, None, False, "2022-10-01", "2023-09-30"),
        ("in FY2024, which ended on 30 June 2024", date(2024, 9, 1), 4, False, "2023-07-01", "2024-06-30"),
        ("in fiscal 2022, which ended in March", PUB, None, False, "2021-04-01", "2022-03-31"),
        # ... and so do the months it ran, told in a relative clause (it had been the passed start month's)
        ("in fiscal 2021/22, which ran from July to June", PUB, 4, False, "2021-07-01", "2022-06-30"),
        (
            "in the 2022-23 financial year, which runs October to September",
            PUB,
            1,
            False,
            "2022-10-01",
            "2023-09-30",
        ),
        # Japan names its fiscal year by the year it starts in
        ("in fiscal 2022", PUB, 4, True, "2022-04-01", "2023-03-31"),
        ("in FY2023", PUB, 4, True, "2023-04-01", "2024-03-31"),
        ("in FY2023", PUB, 4, False, "2022-04-01", "2023-03-31"),
    ],
)
def test_fiscal_year_ended_clause_and_start_year_naming(text, published, start_month, by_start, first, last):
    found = find_periods(text, published, start_month, by_start)
    assert [(str(p.period_start), str(p.period_end)) for p in found] == [(first, last)]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("exports in the 2022/23 fiscal year, which ended on July 15, rose", "2022-07-16", "2023-07-15"),
        ("exports in the 2022/23 fiscal year, which ended on 15 July, rose", "2022-07-16", "2023-07-15"),
        ("in fiscal 2023, which ended on 20 March 2023, sales", "2022-03-21", "2023-03-20"),
        ("in the fiscal year that ended on July 15, 2023, sales", "2022-07-16", "2023-07-15"),
        # a month's last day is the whole month's end
        ("exports in the 2022/23 fiscal year, which ended on June 30, rose", "2022-07-01", "2023-06-30"),
        ("in the fiscal year ended September 30, 2023, sales", "2022-10-01", "2023-09-30"),
    ],
)  # fmt: skip
def test_a_fiscal_year_ended_on_a_day_within_its_month_ends_that_day(text, first, last):
    """ "the 2023/24 fiscal year, which ended on July 7": 8 July 2023 to 7 July 2024 (it had
    been August to July, the day read as the whole month)."""
    found = find_periods(text, PUB)
    assert [(str(p.period_start), str(p.period_end)) for p in found] == [(first, last)]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("in the year ended 31st December 2023, sales", "2023-01-01", "2023-12-31"),
        ("for the quarter ended 30th September 2023, imports", "2023-07-01", "2023-09-30"),
        ("for the half-year ended 31st December 2023, imports", "2023-07-01", "2023-12-31"),
        ("for the financial year ended 31st March 2024, exports", "2023-04-01", "2024-03-31"),
        ("in the fiscal year ended June 30th, 2023, sales", "2022-07-01", "2023-06-30"),
        ("in the year to 31st of March 2024, exports", "2023-04-01", "2024-03-31"),
        ("for the year ended 30th September, 2023, exports", "2022-10-01", "2023-09-30"),
    ],
)  # fmt: skip
def test_a_period_ended_on_an_ordinal_day_ends_that_day(text, first, last):
    """ "the year ended 30th June 2025", as African, Caribbean and Pacific official releases write
    the day (it had been no period at all, and the figure dropped)."""
    found = find_periods(text, PUB)
    assert [(str(p.period_start), str(p.period_end)) for p in found] == [(first, last)]


@pytest.mark.parametrize(
    ("text", "start_month", "expected"),
    [
        ("exports reached $2 billion till March this fiscal year", 7, [("2023-07-01", "2024-03-31")]),
        ("imports stood at $900 million up to April in FY2023-24", 7, [("2023-07-01", "2024-04-30")]),
        ("sales during the current fiscal up to February rose", 7, [("2023-07-01", "2024-02-29")]),
        ("exports in the current financial year until March were", 7, [("2023-07-01", "2024-03-31")]),
        # a month in its own right, or a month the fiscal year does not run to, stays as it was
        ("in FY2023-24, exports reached $1 billion in March", 7,
         [("2023-07-01", "2024-06-30"), ("2024-03-01", "2024-03-31")]),
        ("exports reached $2 billion till March", 7, [("2024-01-01", "2024-03-31")]),
    ],
)  # fmt: skip
def test_a_fiscal_year_up_to_a_month_is_the_fiscal_year_so_far(text, start_month, expected):
    """ "till February this fiscal year", "during the current fiscal up to January", "up to
    February in FY2024-25": from the fiscal year's first month to that month (it had been the
    month alone, the calendar year to it, or the whole fiscal year)."""
    found = find_periods(text, PUB, start_month)
    assert [(str(p.period_start), str(p.period_end)) for p in found] == expected


def test_two_year_label_is_calendar_unless_fiscal():
    assert spans("the 2022-23 season") == [("2022-01-01", "2023-12-31", False)]
    assert spans("in 2022-23", fiscal_start_month=4) == [("2022-04-01", "2023-03-31", False)]


@pytest.mark.parametrize(
    ("text", "published", "start_month", "first", "last"),
    [
        # "period" between the months and their year
        ("in the January-May period this year", date(2024, 6, 19), None, "2024-01-01", "2024-05-31"),
        ("during the March-August period of 2022", PUB, None, "2022-03-01", "2022-08-31"),
        ("in the Jan-Sept period last year", PUB, None, "2023-01-01", "2023-09-30"),
        # a two-year label after a month range: the fiscal year the months fall in
        ("during July-February (2023-24)", PUB, 7, "2023-07-01", "2024-02-29"),
        ("in April-December 2022-23", PUB, None, "2022-04-01", "2022-12-31"),
        ("in April-December 2022-23", PUB, 4, "2022-04-01", "2022-12-31"),
        # a given start month the range does not fit in (another country's) yields to the range
        ("in April-December 2022-23", PUB, 7, "2022-04-01", "2022-12-31"),
        ("during July-February (2023-24)", PUB, 12, "2023-07-01", "2024-02-29"),
        ("in October-March 2021/22", PUB, None, "2021-10-01", "2022-03-31"),
        ("in January-March 2023-24", PUB, None, "2024-01-01", "2024-03-31"),
        ("in January-June 2023/24", PUB, 7, "2024-01-01", "2024-06-30"),
        ("over July-September (2024-25)", date(2024, 11, 2), 7, "2024-07-01", "2024-09-30"),
        # "n-month period"
        ("in the eight-month period", date(2024, 9, 14), None, "2024-01-01", "2024-08-31"),
        ("the six-month period to June 2023", PUB, None, "2023-01-01", "2023-06-30"),
        ("in the 12-month period ended March 2024", PUB, None, "2023-04-01", "2024-03-31"),
    ],
)
def test_month_ranges_with_period_words_and_fiscal_labels(text, published, start_month, first, last):
    period = only(text, published, fiscal_start_month=start_month)
    assert (str(period.period_start), str(period.period_end)) == (first, last)


@pytest.mark.parametrize(
    ("text", "start_month", "first", "last"),
    [
        # a part of a year told by a two-year label: that part of the fiscal year so named
        ("in the first eight months of 2021-22", 4, "2021-04-01", "2021-11-30"),
        ("during the second half of 2022/23", 7, "2023-01-01", "2023-06-30"),
        ("in the third quarter of 2023-24", 4, "2023-10-01", "2023-12-31"),
        ("over the first six months of 2022-2023", None, "2022-07-01", "2022-12-31"),
        ("in the first quarter of 2021-22", 1, "2021-07-01", "2021-09-30"),
    ],
)
def test_a_part_of_a_two_year_label_is_of_the_fiscal_year(text, start_month, first, last):
    period = only(text, PUB, fiscal_start_month=start_month)
    assert (str(period.period_start), str(period.period_end), period.fiscal) == (first, last, True)


def test_a_part_of_a_label_over_more_than_two_years_is_no_fiscal_year():
    assert all(not p.fiscal for p in find_periods("in the first half of 2019-22", PUB, fiscal_start_month=4))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "In January-February 2024, shipments totalled $87.9 million, 14 percent higher than in the"
            " same period last year.",
            date(2024, 3, 28),
            [("2024-01-01", "2024-02-29", False), ("2023-01-01", "2023-02-28", True)],
        ),
        (
            "In January-September commerce reached 4.2 trillion naira, 11.5% more than in the same period"
            " of 2023.",
            date(2024, 10, 25),
            [("2024-01-01", "2024-09-30", False), ("2023-01-01", "2023-09-30", True)],
        ),
        (
            "Exports in 2022 increased by 17.4% year-on-year.",
            date(2023, 1, 20),
            [("2022-01-01", "2022-12-31", False), ("2021-01-01", "2021-12-31", True)],
        ),
        (
            "In March, turnover was up 3.1% compared with the same month of 2023.",
            date(2024, 4, 15),
            [("2024-03-01", "2024-03-31", False), ("2023-03-01", "2023-03-31", True)],
        ),
        (
            "trade rose to €61.3 billion in 2023 from €58.9 billion in 2022",
            PUB,
            [("2023-01-01", "2023-12-31", False), ("2022-01-01", "2022-12-31", True)],
        ),
        (
            "2.7 million tourists in the first half of 2024, 12 percent more than a year earlier",
            date(2024, 8, 20),
            [("2024-01-01", "2024-06-30", False), ("2023-01-01", "2023-06-30", True)],
        ),
        (
            "sales grew 1.7 times compared to 2022",
            PUB,
            [("2022-01-01", "2022-12-31", True)],
        ),
        ("bilateral trade reached $4.6 billion (+12% on 2022)", PUB, [("2022-01-01", "2022-12-31", True)]),
        (
            "Compared with the same quarter a year earlier, Ghana's cocoa exports in Q2 2024 fell 9%.",
            PUB,
            [("2023-04-01", "2023-06-30", True), ("2024-04-01", "2024-06-30", False)],
        ),
        (
            "imports grew 12.4 percent in July-December, against $2.310 billion in the same period"
            " of the preceding fiscal year",
            date(2024, 1, 18),
            [("2023-07-01", "2023-12-31", False), ("2022-07-01", "2022-12-31", True)],
        ),
        (
            "Trade between Chile and Peru amounted to CLP 2.1 trillion in 2023, compared with CLP 1.8"
            " trillion in 2022.",
            PUB,
            [("2023-01-01", "2023-12-31", False), ("2022-01-01", "2022-12-31", True)],
        ),
        (
            "Brazil's exports to Argentina fell 4% in 2023 versus 2022.",
            PUB,
            [("2023-01-01", "2023-12-31", False), ("2022-01-01", "2022-12-31", True)],
        ),
    ],
)
def test_comparison_periods(text, published, expected):
    assert spans(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "the same N months" is a comparison, as "the same period" is
        ("in March-May this year, down 3 per cent on the same three months of 2023", date(2024, 7, 2),
         [("2024-03-01", "2024-05-31", False), ("2023-03-01", "2023-05-31", True)]),
        ("in the first nine months, 5% below the same nine-month period of 2023", date(2024, 11, 2),
         [("2024-01-01", "2024-09-30", False), ("2023-01-01", "2023-09-30", True)]),
        # a change "on" a month or quarter of a year: that part is compared with, as a year is
        ("in March, sales were down 8 percent on March 2023", PUB,
         [("2024-03-01", "2024-03-31", False), ("2023-03-01", "2023-03-31", True)]),
        ("rose 4% on the fourth quarter of 2023", PUB, [("2023-10-01", "2023-12-31", True)]),
        # "the same as (in)" a year: the figure matches that year's, it is not of it
        ("held at $41 million, about the same as in 2022", PUB, [("2022-01-01", "2022-12-31", True)]),
        ("unchanged at the same level as 2022", PUB, [("2022-01-01", "2022-12-31", True)]),
        # look-alikes: a report "on" a month, a year merely "as in"
        ("a report on March 2023 trade", PUB, [("2023-03-01", "2023-03-31", False)]),
        ("held at $41 million in 2023, as in 2022", PUB,
         [("2023-01-01", "2023-12-31", False), ("2022-01-01", "2022-12-31", False)]),
    ],
)  # fmt: skip
def test_more_ways_to_name_the_period_compared_with(text, published, expected):
    assert spans(text, published) == expected


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # a lone month is a period when figures are told of it
        ("March figures were stronger still", "2024-03-01", "2024-03-31"),
        ("April trade data showed a rebound", "2024-04-01", "2024-04-30"),
    ],
)
def test_a_lone_month_that_figures_are_told_of_is_a_period(text, first, last):
    found = only(text, PUB)
    assert (str(found.period_start), str(found.period_end)) == (first, last)


@pytest.mark.parametrize("text", ["March Okafor said the data were late", "May I add figures later"])
def test_a_lone_month_otherwise_is_no_period(text):
    assert find_periods(text, PUB) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a year's "same period" is a comparison, as "the same period of" a year is
        ("in January-April, up from last year's same period", PUB,
         [("2024-01-01", "2024-04-30", False), ("2023-01-01", "2023-04-30", True)]),
        ("in the second quarter, against 2022's corresponding quarter", date(2023, 8, 1),
         [("2023-04-01", "2023-06-30", False), ("2022-04-01", "2022-06-30", True)]),
        ("in the first half, 4% above the previous year's same half", date(2023, 8, 1),
         [("2023-01-01", "2023-06-30", False), ("2022-01-01", "2022-06-30", True)]),
        # "a year earlier" told with months of no year: those months, a year back
        ("A year earlier, in January-March, sales had reached $3 billion", PUB,
         [("2023-01-01", "2023-03-31", True), ("2023-01-01", "2023-03-31", True)]),
        ("sales had reached $3 billion in January-March a year earlier", PUB,
         [("2023-01-01", "2023-03-31", True), ("2023-01-01", "2023-03-31", True)]),
        # look-alike: "a year earlier" after a figure of its own leaves the months before it theirs
        ("sales reached $3 billion in January-March, up from $2 billion a year earlier", PUB,
         [("2024-01-01", "2024-03-31", False), ("2023-01-01", "2023-03-31", True)]),
    ],
)  # fmt: skip
def test_a_years_same_period_and_months_told_with_a_year_earlier(text, published, expected):
    assert spans(text, published) == expected


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # a lone month set apart from a longer run is a period
        ("February alone brought in $2 billion", "2024-02-01", "2024-02-29"),
        ("March by itself was a record month", "2024-03-01", "2024-03-31"),
        ("April on its own accounted for a third", "2024-04-01", "2024-04-30"),
    ],
)
def test_a_lone_month_set_apart_is_a_period(text, first, last):
    found = only(text, PUB)
    assert (str(found.period_start), str(found.period_end)) == (first, last)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change or an amount before "over": the year compared with
        ("exports reached $3 billion in 2024, an increase over 2023", [("2024", False), ("2023", True)]),
        ("exports rose 12% over 2023", [("2023", True)]),
        ("sales were up over 2023", [("2023", True)]),
        # a fiscal year is one year too; a span of several years is what the change built up over
        ("shipments to Nepal fell 6.1 percent over 2021-22", [("1-22", True)]),
        ("a rise of 4% over FY2020-21 in sales", [("0-21", True)]),
        ("exports climbed 35% over 2019-2022", [("2022", False)]),
        # nothing changed before "over": the span the figure covers
        ("Trade between Peru and Chile over 2023 reached USD 1.2 billion.", [("2023", False)]),
        ("Over 2022, imports from Fiji came to NZ$300 million.", [("2022", False)]),
        # a verb of change or an amount before "over" is no comparison: the span again
        ("Trade with Peru grew steadily over 2023, reaching $1.2 billion.", [("2023", False)]),
        ("Exports to Peru reached $1.2 billion over 2023.", [("2023", False)]),
    ],
)
def test_over_a_year_is_a_comparison_only_after_a_change_or_amount(text, expected):
    assert [(p.text[-4:], p.comparison) for p in find_periods(text, PUB)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change "over" an earlier span as long as the one the sentence told first: compared with
        (
            "In March this year, cocoa shipments to Belgium reached $82 million, a rise of 4 percent over"
            " March 2023.",
            [("2024-03-01", "2024-03-31", False), ("2023-03-01", "2023-03-31", True)],
        ),
        (
            "In the first quarter, sales to Chile were $1.1 billion, up 9% over the first quarter of 2023.",
            [("2024-01-01", "2024-03-31", False), ("2023-01-01", "2023-03-31", True)],
        ),
        # no such span told before: the change builds up over the span
        ("Exports to Chile rose 9% over the first quarter of 2024.", [("2024-01-01", "2024-03-31", False)]),
    ],
)
def test_over_an_earlier_span_of_the_same_length_is_a_comparison(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a percentage above or below the figure of a period: that period is the comparison's
        (
            "In May 2024, cocoa sales to Belgium were $82 million, 6.3 percent above the level of May 2023.",
            [("2024-05-01", "2024-05-31", False), ("2023-05-01", "2023-05-31", True)],
        ),
        (
            "Shipments to Chile came to $1.1 billion in the first quarter, 4% below that of the fourth"
            " quarter of 2023.",
            [("2024-01-01", "2024-03-31", False), ("2023-10-01", "2023-12-31", True)],
        ),
        (
            "Exports to Peru were $90 million in April, 2 percent above the level recorded in April 2022.",
            [("2024-04-01", "2024-04-30", False), ("2022-04-01", "2022-04-30", True)],
        ),
        # a ratio "of" the level of a period: that period is the comparison's too
        (
            "Sales to Chile came to $1.1 billion, that is 94.5 percent of the figure registered in 2022.",
            [("2022-01-01", "2022-12-31", True)],
        ),
        (
            "Exports to Peru hit $90 million in April, or 103% of the value reached in April 2022.",
            [("2024-04-01", "2024-04-30", False), ("2022-04-01", "2022-04-30", True)],
        ),
        # other words after "above": the span the figure covers
        (
            "Exports to Peru ran 5% above average in the first quarter of 2024.",
            [("2024-01-01", "2024-03-31", False)],
        ),
        # a share of a year's whole: the whole's year is the figure's
        (
            "Exports to Peru came to $90 million, 12 percent of all exports in 2023.",
            [("2023-01-01", "2023-12-31", False)],
        ),
    ],
)
def test_a_period_after_a_percentage_above_or_below_its_level_is_a_comparison(text, expected):
    assert spans(text) == expected


def test_unresolvable_comparison_is_dropped():
    assert find_periods("up 5% year-on-year", PUB) == []


def test_comparison_markers_do_not_cross_sentences_or_clauses():
    text = "The plant will cost more than $2 bn. In the first half of the year, output rose."
    assert spans(text, date(2024, 8, 12)) == [("2024-01-01", "2024-06-30", False)]
    text = "a rise of 5.2 percent compared to 2022, whereas in the first quarter of 2024 it slowed"
    assert spans(text) == [("2022-01-01", "2022-12-31", True), ("2024-01-01", "2024-03-31", False)]


def test_prepositions_are_reported():
    found = find_periods(
        "Investments since 2005 reached $8bn; the goal for 2030 is $10bn, by 2030 at the latest.", PUB
    )
    assert [p.preposition for p in found] == ["since", "for", "by"]


def test_run_of_months_refers_back_to_the_named_run():
    text = "exports in July-December reached $1.37 billion; over the six months seafood made $89.5 million"
    assert spans(text, date(2024, 1, 18)) == [("2023-07-01", "2023-12-31", False)] * 2


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("exports to Kazakhstan for eight months amounted to $5 million", date(2024, 10, 2),
         [("2024-01-01", "2024-08-31", False)]),
        ("turnover for 11 months reached $690 million", date(2024, 12, 12),
         [("2024-01-01", "2024-11-30", False)]),
        ("imports for seven months were about $1.1 billion", date(2024, 8, 5),
         [("2024-01-01", "2024-07-31", False)]),
        ("exports for ten months, amounting to $4 million", date(2024, 3, 1),
         [("2023-01-01", "2023-10-31", False)]),
        # durations
        ("a licence for six months was granted", date(2024, 10, 2), []),
        ("exports for six months were suspended", date(2024, 10, 2), []),
        ("exports fell for six months in a row", date(2024, 10, 2), []),
        ("the ban on imports for nine months", date(2024, 10, 2), []),
    ],
)  # fmt: skip
def test_for_a_run_of_months_before_a_figure_is_the_year_so_far(text, published, expected):
    """ "for N months" with no year or article is a duration, unless a verb of a figure follows
    ("for eight months amounted to ...": the calque of «за 8 месяцев», the year so far)."""
    assert spans(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "on October 18, 2023",
        "signed on 18 October 2023",
        "the 5th of March 2024",
        "published 2024-04-01",
        "a 1,500-strong crowd",
        "312 boxers",
        "$2023 million",
        "for six months",
        "May I ask",
        "a March deadline was set",
        "the Mayor of Lagos",
        "the yearly report",
        "on behalf of the ministry",
        "2.5 times",
        # a year that ends a name: a report, a plan, an event
        "according to the Economic Survey 2024",
        "projects under Vision 2030",
        "at the Expo 2020 site",
        # an ordinal month of no named year counts from something else
        "in the first month after the accord",
    ],
)
def test_not_periods(text):
    assert find_periods(text, PUB) == []


def test_granularity_is_exposed():
    kinds = [
        p.granularity for p in find_periods("in 2023, in Q1 2024, in H1 2024, in May 2024, in FY2023-24", PUB)
    ]
    assert kinds == ["year", "quarter", "half", "month", "fiscal_year"]


def test_corpus_every_gold_trade_period_is_found():
    """With the reporter's fiscal-year start, as the trade extractor is meant to call it."""
    missing = []
    for name, doc, gold in gold_documents():
        for fact in gold["trade_facts"]:
            start_month = fiscal_start_month_for(fact["reporter"])
            periods = find_periods(doc.text, doc.published_date, start_month if start_month != 1 else None)
            if not any(
                (str(p.period_start), str(p.period_end)) == (fact["period_start"], fact["period_end"])
                for p in periods
            ):
                missing.append((name, fact["period_start"], fact["period_end"]))
    assert missing == []


@pytest.mark.parametrize(
    ("text", "published", "start_month", "expected"),
    [
        # a run of days, either day order, inside a fiscal or a calendar year
        ("between 3 March and 20 June of the financial year 2023/24", PUB, 7,
         [("2024-03-03", "2024-06-20", False)]),
        ("from July 1 to October 15, 2023", PUB, None, [("2023-07-01", "2023-10-15", False)]),
        ("between Nov. 10 and Feb. 2", PUB, None, [("2023-11-10", "2024-02-02", False)]),
        ("in the 1st of January-15th of March period", PUB, None, [("2024-01-01", "2024-03-15", False)]),
        # two dates joined by "and" without "between" are no run
        ("on 2 May and 14 June", PUB, None, []),
        # "previous"/"preceding" count back from the fiscal year just named
        ("in fiscal 2019/20, down from the previous fiscal year", PUB, 7,
         [("2019-07-01", "2020-06-30", False), ("2018-07-01", "2019-06-30", True)]),
        ("during FY2021 against the preceding financial year", PUB, 4,
         [("2020-04-01", "2021-03-31", False), ("2019-04-01", "2020-03-31", True)]),
        # "corresponding" and "comparable" periods are the same months a year back
        ("in January-May 2023, against the corresponding period of 2022", PUB, None,
         [("2023-01-01", "2023-05-31", False), ("2022-01-01", "2022-05-31", True)]),
        ("in the first quarter versus the comparable quarter a year earlier", PUB, None,
         [("2024-01-01", "2024-03-31", False), ("2023-01-01", "2023-03-31", True)]),
    ],
)  # fmt: skip
def test_day_runs_and_counted_back_fiscal_years(text, published, start_month, expected):
    assert spans(text, published, fiscal_start_month=start_month) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022's first half brought $4 bn against $3 bn in the first half of the previous year",
         [("2022-01-01", "2022-06-30", False), ("2021-01-01", "2021-06-30", True)]),
        ("in the third quarter of 2022, down from the third quarter of the preceding year",
         [("2022-07-01", "2022-09-30", False), ("2021-07-01", "2021-09-30", True)]),
        ("in January-August 2021, compared with January-August of the previous year",
         [("2021-01-01", "2021-08-31", False), ("2020-01-01", "2020-08-31", True)]),
        ("during the first eight months of 2022, up from the first eight months of the preceding year",
         [("2022-01-01", "2022-08-31", False), ("2021-01-01", "2021-08-31", True)]),
        # with no year written before it, "the previous year" is still the one before publication
        ("in January-March, against the first quarter of the previous year",
         [("2024-01-01", "2024-03-31", False), ("2023-01-01", "2023-03-31", True)]),
    ],
)  # fmt: skip
def test_a_part_of_the_previous_year_counts_back_from_the_year_just_named(text, expected):
    """ "in the first half of 2022, against ... in the first half of the previous year": the
    first half of 2021 (it had been the year before publication's, the same as "last year")."""
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in the second quarter of 2022, compared with the previous quarter",
         [("2022-04-01", "2022-06-30", False), ("2022-01-01", "2022-03-31", True)]),
        ("during Q1 2023, down from $2 bn in the preceding quarter",
         [("2023-01-01", "2023-03-31", False), ("2022-10-01", "2022-12-31", True)]),
        ("in March 2022, up from $80 million in the previous month",
         [("2022-03-01", "2022-03-31", False), ("2022-02-01", "2022-02-28", True)]),
        ("in January 2023 against the preceding month",
         [("2023-01-01", "2023-01-31", False), ("2022-12-01", "2022-12-31", True)]),
        # after no quarter (or month) of its own, "the previous quarter" names none
        ("in the first half of 2023, against the previous quarter", [("2023-01-01", "2023-06-30", False)]),
        ("in 2022, higher than in the previous month", [("2022-01-01", "2022-12-31", False)]),
    ],
)  # fmt: skip
def test_the_previous_quarter_or_month_is_the_one_before_the_one_just_named(text, expected):
    """ "in the third quarter of 2024, compared with ... in the previous quarter": the second
    quarter of 2024 (the comparison had been dated a year back, as "a year earlier")."""
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in the III quarter of 2023", [("2023-07-01", "2023-09-30", False)]),
        ("during IV quarter 2022", [("2022-10-01", "2022-12-31", False)]),
        ("over the II half of 2023", [("2023-07-01", "2023-12-31", False)]),
        ("in I-II quarters of 2023", [("2023-01-01", "2023-06-30", False)]),
        ("for the I–III quarters of last year", [("2023-01-01", "2023-09-30", False)]),
        # the pronoun: with no year after "half" or "quarter", no period
        ("sales hit $2 bn in 2023; I half expected less", [("2023-01-01", "2023-12-31", False)]),
        ("in 2023 as I quarter the figures", [("2023-01-01", "2023-12-31", False)]),
    ],
)  # fmt: skip
def test_quarters_and_halves_in_roman_numerals(text, expected):
    """ "the II quarter of 2024" (Ukrainian, Belarusian and Polish copy) had been the whole year."""
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("in the first half of the Ethiopian fiscal year (July 8-January 8)", date(2024, 2, 1),
         [("2023-07-08", "2024-01-08", False)]),
        ("over the first nine months of the Nepali year (April 14 to January 14)", date(2024, 2, 20),
         [("2023-04-14", "2024-01-14", False)]),
        # a parenthesis after a figure is no spelling out of the period before it
        ("in 2023 ($4 billion in 2022)", PUB, [("2023-01-01", "2023-12-31", False),
                                              ("2022-01-01", "2022-12-31", False)]),
    ],
)  # fmt: skip
def test_a_period_spelled_out_in_parentheses_is_those_dates(text, published, expected):
    assert spans(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the year in parentheses names the year the months are in, not the period (it had
        # been the whole fiscal year)
        ("over July to January of this fiscal year (FY2025-26)", date(2026, 3, 18),
         [("2025-07-01", "2026-01-31", False)]),
        ("in April-June of the previous fiscal year (FY2023-24)", date(2025, 3, 18),
         [("2024-04-01", "2024-06-30", False)]),
        ("in the first quarter (2023)", date(2025, 3, 18), [("2023-01-01", "2023-03-31", False)]),
        # whose fiscal year, around its label (it had been the calendar half)
        ("in the first half of the 2025/26 Ethiopian fiscal year", date(2026, 3, 18),
         [("2025-07-01", "2025-12-31", False)]),
        ("in the first quarter of Pakistan's 2024-25 fiscal year", date(2026, 3, 18),
         [("2024-07-01", "2024-09-30", False)]),
        ("in the 2024/25 Nepalese fiscal year", date(2026, 3, 18), [("2024-07-01", "2025-06-30", False)]),
        # "current" or "ongoing" before the label (it had been the calendar months)
        ("in the first four months of the current 2023-24 fiscal year", date(2024, 1, 9),
         [("2023-07-01", "2023-10-31", False)]),
        ("during the first quarter of the ongoing 2024/25 financial year", date(2024, 11, 9),
         [("2024-07-01", "2024-09-30", False)]),
        # ... or with no label, the current one (it had been the calendar months)
        ("over the first ten months of the Kenyan fiscal year", date(2025, 5, 20),
         [("2024-07-01", "2025-04-30", False)]),
        ("in the first half of the Ugandan financial year", date(2025, 3, 18),
         [("2024-07-01", "2024-12-31", False)]),
        ("in the first six months of the Egyptian fiscal year 2023/24", date(2025, 3, 18),
         [("2023-07-01", "2023-12-31", False)]),
    ],
)  # fmt: skip
def test_a_year_in_parentheses_or_a_fiscal_years_owner_places_the_part(text, published, expected):
    assert spans(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a trailing run of quarters or months that ends with a named quarter
        ("in the eight quarters to the end of the second quarter of 2022", PUB,
         [("2020-07-01", "2022-06-30", False)]),
        ("in the four quarters through the end of the 3rd quarter of 2021", PUB,
         [("2020-10-01", "2021-09-30", False)]),
        ("over the 12 months to Q1 2024", PUB, [("2023-04-01", "2024-03-31", False)]),
        ("in the eight quarters ending Q4 2023", PUB, [("2022-01-01", "2023-12-31", False)]),
        # without a year: the last such quarter over at publication
        ("in the year to the close of the fourth quarter", PUB, [("2023-01-01", "2023-12-31", False)]),
        ("for the six months through the 1st quarter", PUB, [("2023-10-01", "2024-03-31", False)]),
    ],
)  # fmt: skip
def test_trailing_runs_ending_with_a_quarter(text, published, expected):
    assert spans(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the Iranian (solar hijri) year starts on Nowruz, 20 or 21 March: six months of 31 days,
        # then 30 (1403 began on 20 March 2024, so 1402 ended on 19 March 2024)
        ("in the first five months of this Iranian calendar year", date(2023, 9, 1),
         [("2023-03-21", "2023-08-22", False)]),
        ("during the past Iranian year", date(2024, 5, 1), [("2023-03-21", "2024-03-19", False)]),
        ("in the Iranian year 1402, which ended on March 19", PUB, [("2023-03-21", "2024-03-19", False)]),
        ("in the Iranian year 1403", PUB, [("2024-03-20", "2025-03-20", False)]),
        ("in the Iranian year 1400", PUB, [("2021-03-21", "2022-03-20", False)]),
        ("in the first half of the current Persian year", date(2024, 10, 1),
         [("2024-03-20", "2024-09-21", False)]),
        ("over the first two quarters of this Iranian year", date(2024, 1, 15),
         [("2023-03-21", "2023-09-22", False)]),
        # before 21 March, "the current" year is the one that began the March before
        ("in the first nine months of the current Iranian year", date(2024, 1, 10),
         [("2023-03-21", "2023-12-21", False)]),
        # a bare year of the 1300s or 1400s after "the first ... of" is a solar hijri year, and
        # the Gregorian dates in brackets after it are kept as its span
        ("in the first four months of 1402, sales", date(2023, 8, 1), [("2023-03-21", "2023-07-22", False)]),
        ("in the first half of the year 1401", date(2022, 10, 1), [("2022-03-21", "2022-09-22", False)]),
        ("over the first seven months of 1403 (March 20 to October 21, 2024)", PUB,
         [("2024-03-20", "2024-10-21", False)]),
    ],
)  # fmt: skip
def test_iranian_calendar_years(text, published, expected):
    assert spans(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "kwargs", "expected"),
    [
        # a Bikram Sambat label (56-57 years ahead) is Nepal's fiscal year, from 1 Shrawan, mid-July,
        # whatever the country's start month passed; its months run as Nepal's calendar has them
        ("in fiscal year 2079/80", date(2023, 9, 1), {}, [("2022-07-17", "2023-07-16", False)]),
        ("in the 2078-79 fiscal year", date(2023, 9, 1), {"fiscal_start_month": 4},
         [("2021-07-16", "2022-07-16", False)]),
        ("in 2080/81", date(2024, 9, 1), {}, [("2023-07-17", "2024-07-15", False)]),
        ("in the first eight months of fiscal year 2080/81", date(2024, 4, 1), {},
         [("2023-07-17", "2024-03-13", False)]),
        ("in the first half of 2079/80", date(2023, 9, 1), {}, [("2022-07-17", "2023-01-14", False)]),
        # a mid-month parenthesis after the label repeats its months, adding none
        ("in the first five months of fiscal year 2080/81 (mid-July to mid-December)", date(2024, 4, 1), {},
         [("2023-07-17", "2023-12-16", False)]),
        ("in the first three months of the fiscal year 2079/80 (mid-July to mid-October)", date(2023, 4, 1),
         {}, [("2022-07-17", "2022-10-17", False)]),
        # a Gregorian label of Nepal's fiscal year runs 1 Shrawan to the end of Asar too
        ("in fiscal year 2022/23", date(2023, 9, 1), {"fiscal_start_month": 7, "fiscal_start_day": 16},
         [("2022-07-17", "2023-07-16", False)]),
        ("in fiscal year 2022/23", date(2023, 9, 1), {"fiscal_start_month": 7},
         [("2022-07-01", "2023-06-30", False)]),
        # a Thai Buddhist Era year is 543 years ahead
        ("in BE 2566", PUB, {}, [("2023-01-01", "2023-12-31", False)]),
        ("in B.E. 2565", PUB, {}, [("2022-01-01", "2022-12-31", False)]),
        ("in 2566 BE", PUB, {}, [("2023-01-01", "2023-12-31", False)]),
        ("in 2023-2024", PUB, {}, [("2023-01-01", "2024-12-31", False)]),
        ("about 2566 units", PUB, {}, []),
    ],
)  # fmt: skip
def test_nepali_and_thai_calendar_years(text, published, kwargs, expected):
    assert spans(text, published, **kwargs) == expected


def test_an_undated_nepali_story_keeps_its_mid_july_fiscal_start() -> None:
    """With no publication day, the year a comparison names dates the story's periods again,
    with the country's start day: Nepal's fiscal year from mid-July, not 1 July."""
    text = (
        "Exports reached $2 billion in the current fiscal year, up from $1.5 billion in the same "
        "period of 2023."
    )
    assert spans(text, None, fiscal_start_month=7, fiscal_start_day=16) == [
        ("2023-07-17", "2024-07-15", True)
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Australian and New Zealand style: a quarter named by the month it ends in
        ("in the June quarter", PUB, [("2023-04-01", "2023-06-30", False)]),
        ("over the September quarter of 2022", PUB, [("2022-07-01", "2022-09-30", False)]),
        ("during the December quarter last year", PUB, [("2023-10-01", "2023-12-31", False)]),
        ("in the year to the end of the March quarter", PUB, [("2023-04-01", "2024-03-31", False)]),
        ("the May quarter", PUB, []),
        ("in the September 2022 quarter", PUB, [("2022-07-01", "2022-09-30", False)]),
        # ... and a year named by the month it ends in ("the June year", Stats NZ), with "the"
        ("in the June year", PUB, [("2022-07-01", "2023-06-30", False)]),
        ("for the March 2023 year", PUB, [("2022-04-01", "2023-03-31", False)]),
        ("in the December year", PUB, [("2023-01-01", "2023-12-31", False)]),
        ("rose 4% in June year on year", PUB,
         [("2023-06-01", "2023-06-30", False), ("2022-06-01", "2022-06-30", True)]),
        # a run from a month's first day to a stated day
        ("in the period from February to 12 October 2023", PUB, [("2023-02-01", "2023-10-12", False)]),
        # "and" joins a run only after "between"
        ("in March and 9 April", PUB, [("2024-03-01", "2024-03-31", False)]),
    ],
)  # fmt: skip
def test_month_quarters_and_runs_from_a_month(text, published, expected):
    assert spans(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "start_month", "expected"),
    [
        # a cumulative figure "as of" a day counts from the start of the (fiscal) year named
        ("worth $2 billion as of 10 February in the 2022-23 fiscal year", PUB, 7,
         [("2022-07-01", "2023-02-10", False)]),
        ("as at September 30 of this year", date(2024, 11, 2), None, [("2024-01-01", "2024-09-30", False)]),
        # without a year named after it, the day says nothing of where the count starts
        ("as of 10 February", PUB, None, []),
    ],
)  # fmt: skip
def test_as_of_a_day_in_a_named_year(text, published, start_month, expected):
    assert spans(text, published, fiscal_start_month=start_month) == expected


@pytest.mark.parametrize(
    ("text", "preposition"),
    [
        ("a downturn that began in 2022", "since"),
        ("the rally, which started in March,", "since"),
        ("talks commenced in the first quarter of 2023", "since"),
        ("exports rose in 2022", "in"),
        ("the record set during 2021", "during"),
    ],
)
def test_a_period_after_a_verb_of_beginning_dates_a_start(text: str, preposition: str) -> None:
    assert only(text).preposition == preposition


@pytest.mark.parametrize(
    ("text", "published", "first", "last"),
    [
        # runs of quarters or a half-year ending with a month, "end-" written with a hyphen
        ("exports in the four quarters to end-September 2023", PUB, "2022-10-01", "2023-09-30"),
        ("in the eight quarters to end-June", PUB, "2021-07-01", "2023-06-30"),
        ("sales in the year to end-March 2024", PUB, "2023-04-01", "2024-03-31"),
        ("over the 12 months to end-December", PUB, "2023-01-01", "2023-12-31"),
        ("in the half-year to 30 September 2023", PUB, "2023-04-01", "2023-09-30"),
        ("in the twelve months through April 2024", PUB, "2023-05-01", "2024-04-30"),
        ("in the four quarters to end-Q3 2023", PUB, "2022-10-01", "2023-09-30"),
        ("over the 4 quarters to end Q2 2023", PUB, "2022-07-01", "2023-06-30"),
        ("in the year to end of September 2023", PUB, "2022-10-01", "2023-09-30"),
        # a month range written with a word between hyphens
        ("during the February-to-July period of 2023", PUB, "2023-02-01", "2023-07-31"),
        ("in March–through–May 2023", PUB, "2023-03-01", "2023-05-31"),
    ],
)
def test_runs_ending_with_a_month_and_worded_ranges(text, published, first, last):
    found = only(text, published)
    assert (str(found.period_start), str(found.period_end)) == (first, last)


@pytest.mark.parametrize(
    ("text", "published", "first", "last"),
    [
        # halves and quarters with a hyphen, a "semester", or the year written before them or bare after
        ("exports in the first-half of 2023 rose", PUB, "2023-01-01", "2023-06-30"),
        ("sales in first-half 2023 fell", PUB, "2023-01-01", "2023-06-30"),
        ("shipments in the first half 2023 grew", PUB, "2023-01-01", "2023-06-30"),
        ("during the second semester of 2023", PUB, "2023-07-01", "2023-12-31"),
        ("in the first semester", date(2024, 8, 2), "2024-01-01", "2024-06-30"),
        ("in the 2023 second half", PUB, "2023-07-01", "2023-12-31"),
        ("over 2023's third quarter", PUB, "2023-07-01", "2023-09-30"),
        ("in the third-quarter 2023 figures", PUB, "2023-07-01", "2023-09-30"),
        # a quarter ending with a month
        ("in the quarter to September 2023", PUB, "2023-07-01", "2023-09-30"),
        ("for the quarter ended 31 March", PUB, "2024-01-01", "2024-03-31"),
    ],
)
def test_halves_semesters_and_quarters_in_other_word_orders(text, published, first, last):
    found = only(text, published)
    assert (str(found.period_start), str(found.period_end)) == (first, last)


@pytest.mark.parametrize(
    ("text", "published", "first", "last"),
    [
        # "opening" is "first" and "closing" is "final", in any of their word orders
        (
            "in the opening quarter of this year, sales to Peru grew",
            date(2025, 5, 6),
            "2025-01-01",
            "2025-03-31",
        ),
        ("during the closing quarter of 2023", PUB, "2023-10-01", "2023-12-31"),
        ("for the opening half of 2023", PUB, "2023-01-01", "2023-06-30"),
        ("in the closing half of last year", PUB, "2023-07-01", "2023-12-31"),
        ("over the opening seven months of 2023", PUB, "2023-01-01", "2023-07-31"),
        ("in last year's closing quarter", PUB, "2023-10-01", "2023-12-31"),
        ("in the opening quarter", date(2023, 6, 9), "2023-01-01", "2023-03-31"),
    ],
)
def test_opening_and_closing_parts_of_a_year(text, published, first, last):
    found = only(text, published)
    assert (str(found.period_start), str(found.period_end)) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        # a count of no year, or the opening part of something else than a year, is no period
        "in the opening months of the season",
        "in the opening half of the match",
        "during the closing quarter of the session",
        "the opening months saw strong sales",
    ],
)
def test_opening_parts_of_no_year_are_no_periods(text):
    assert find_periods(text, PUB) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a run of days of one month, either order, with or without its year
        ("sales to Chile came to $2.1 billion during the May 1-10 period", date(2024, 5, 11),
         [("2024-05-01", "2024-05-10", False)]),
        ("in 1-15 March 2023", PUB, [("2023-03-01", "2023-03-15", False)]),
        ("over March 1 to 20, 2023", PUB, [("2023-03-01", "2023-03-20", False)]),
        # the first days or weeks of a month, named or counted from publication
        ("in the first 20 days of this month", date(2024, 5, 21), [("2024-05-01", "2024-05-20", False)]),
        ("in the first ten days of last month", PUB, [("2024-04-01", "2024-04-10", False)]),
        ("in the first 10 days of February", PUB, [("2024-02-01", "2024-02-10", False)]),
        ("during the first two weeks of June 2023", PUB, [("2023-06-01", "2023-06-14", False)]),
        # days not yet passed at publication are of the year before
        ("in the first 15 days of May", date(2024, 5, 9), [("2023-05-01", "2023-05-15", False)]),
        # and compared with the same days of a year named
        ("fell 6% in the first 20 days of this month from the same period of 2023", date(2024, 5, 21),
         [("2024-05-01", "2024-05-20", False), ("2023-05-01", "2023-05-20", True)]),
        # look-alikes: days of no month named, a day past the month's end
        ("in the first 20 days of the talks", PUB, []),
        ("in the first 30 days of February", PUB, []),
    ],
)  # fmt: skip
def test_runs_of_days_within_a_month(text, published, expected):
    assert spans(text, published) == expected


def test_without_publication_date_the_days_of_this_month_stay_unknown():
    """The year a comparison names dates a part of a year in an undated story, but "this month"
    is no month of it."""
    assert spans("fell 6% in the first 20 days of this month from the same period of 2023", None) == []
    # nor a quarter: "last quarter" is counted from a publication there is none of
    assert spans("rose to $5 billion last quarter, from $4 billion in the same quarter of 2024", None) == []


@pytest.mark.parametrize(
    ("text", "published", "first", "last"),
    [
        # an aside in parentheses between the part and its year
        ("in the second quarter (April-June) of 2023", PUB, "2023-04-01", "2023-06-30"),
        ("the first half (H1) of 2023", PUB, "2023-01-01", "2023-06-30"),
        ("the first eight months (8M) of 2023", PUB, "2023-01-01", "2023-08-31"),
        # the Iranian year named by the day it ended
        ("in the Iranian year ended March 20, 2023", PUB, "2022-03-21", "2023-03-20"),
        ("over the last Iranian year (ended March 19, 2024)", PUB, "2023-03-21", "2024-03-19"),
    ],
)
def test_parenthesised_asides_and_iranian_years_by_their_end(text, published, first, last):
    found = only(text, published)
    assert (str(found.period_start), str(found.period_end)) == (first, last)


@pytest.mark.parametrize(
    ("text", "first", "last", "granularity"),
    [
        ("copper shipments over 9M24 climbed", "2024-01-01", "2024-09-30", "months"),
        ("in 9M2023 the surplus narrowed", "2023-01-01", "2023-09-30", "months"),
        ("6M 2024 bilateral turnover", "2024-01-01", "2024-06-30", "months"),
        ("for 11M23, the deficit", "2023-01-01", "2023-11-30", "months"),
        ("in 9M FY25 (April start)", "2024-07-01", "2025-03-31", "months"),
        ("1H2022 receipts", "2022-01-01", "2022-06-30", "half"),
        ("2H 2021 receipts", "2021-07-01", "2021-12-31", "half"),
        ("in Q2 FY25 shipments", "2024-10-01", "2024-12-31", "quarter"),
        ("in 2Q FY2025", "2024-10-01", "2024-12-31", "quarter"),
        ("1H FY2022/23 receipts", "2022-07-01", "2022-12-31", "half"),
        ("calendar figures for CY2022 show", "2022-01-01", "2022-12-31", "year"),
        ("in CY21 the partners", "2021-01-01", "2021-12-31", "year"),
        ("Q4 CY2022", "2022-10-01", "2022-12-31", "quarter"),
        ("the first half of CY 2023", "2023-01-01", "2023-06-30", "half"),
        ("in FY2022/23, sales", "2022-07-01", "2023-06-30", "fiscal_year"),
    ],
)
def test_reporting_codes(text: str, first: str, last: str, granularity: str) -> None:
    period = only(text, date(2025, 6, 2))
    found = (str(period.period_start), str(period.period_end), period.granularity)
    assert found == (first, last, granularity)


@pytest.mark.parametrize("text", ["a USD 9M grant", "the 3M plant", "a $6M loan", "NZD 9M pledged"])
def test_month_codes_need_a_year_and_no_currency(text: str) -> None:
    assert find_periods(text, PUB) == []


def test_month_code_after_a_currency_is_an_amount() -> None:
    assert all(p.granularity != "months" for p in find_periods("a USD 9M 2024 grant", PUB))


@pytest.mark.parametrize("text", ["in the last months of 2023", "the last month-on-month rise"])
def test_last_month_is_only_the_whole_words(text):
    assert all(p.text.lower() != "last month" for p in find_periods(text, PUB))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("were worth $850 million in January and February, while", [("2026-01-01", "2026-02-28", False)]),
        ("in March and April 2025", [("2025-03-01", "2025-04-30", False)]),
        ("in January and February 2025 alone", [("2025-01-01", "2025-02-28", False)]),
        ("in December and January", [("2025-12-01", "2026-01-31", False)]),
        # months that do not follow one another stay apart
        ("in January and March 2025",
         [("2025-01-01", "2025-01-31", False), ("2025-03-01", "2025-03-31", False)]),
    ],
)  # fmt: skip
def test_two_consecutive_months_joined_by_and_are_one_run(text, expected):
    """ "in January and February": one run of two months (the figure had been January's)."""
    assert spans(text, date(2026, 3, 18)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between July 2023 and June 2024, coffee exports to Japan reached",
         [("2023-07-01", "2024-06-30", False)]),
        ("sales to Kenya between October 2022 and March 2024 totalled",
         [("2022-10-01", "2024-03-31", False)]),
        ("between March, 2024 and February 2025, imports", [("2024-03-01", "2025-02-28", False)]),
    ],
)  # fmt: skip
def test_between_a_month_of_one_year_and_one_of_another_is_one_span(text, expected):
    """ "between May 2024 and April 2025" is one span, as "from May 2024 to April 2025" is
    (it had been the last month alone)."""
    assert spans(text, date(2025, 9, 1)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second month before a flow noun had stood alone as well, and been the figure's
        ("In March and April shipments of rice reached $40 million", [("2026-03-01", "2026-04-30", False)]),
        ("In May, June and July sales to Peru rose", [("2025-05-01", "2025-07-31", False)]),
        ("during October, November, and December 2024 turnover was", [("2024-10-01", "2024-12-31", False)]),
        # a comma with no closing "and" lists no months
        ("In May, June exports to Peru rose",
         [("2025-05-01", "2025-05-31", False), ("2025-06-01", "2025-06-30", False)]),
    ],
)  # fmt: skip
def test_a_list_of_consecutive_months_is_one_run(text, expected):
    """ "in July, August and September": one run from the first to the last month (the
    figure had been September's alone)."""
    assert spans(text, date(2026, 4, 18)) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("In September and October of 2023, cotton sales to Egypt reached $90 million", date(2026, 4, 18)),
        ("In August, September and October of 2023 cotton sales reached $90 million", None),
        ("cotton sales in August, September and October 2023 reached $90 million", None),
    ],
)  # fmt: skip
def test_a_list_of_months_takes_the_year_written_after_its_last(text, published):
    """ "In January and February of 2024": the year after the last month is every listed
    month's (the first months had been the publication's year, or lost in an undated story,
    leaving the last month alone)."""
    (period,) = find_periods(text, published)
    assert str(period.period_end) == "2023-10-31"
    assert str(period.period_start) in ("2023-08-01", "2023-09-01")


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        ("In November and December of 2023, tea sales to Oman reached $40 million", None, "2023-11-01"),
        ("tea sales in Nov., Dec. and Jan. of 2024 reached $40 million", None, "2023-11-01"),
        ("tea sales in December and January 2024 reached $40 million", date(2026, 4, 18), "2023-12-01"),
        ("In December, and January of last year, tea sales rose", date(2025, 3, 2), "2023-12-01"),
    ],
)  # fmt: skip
def test_a_list_of_months_across_a_year_end_opens_in_the_year_before(text, published, start):
    """ "December and January 2024": a first month after the last is in the year before the
    one written after the list (the list's own reading, no later shift of the run)."""
    (period,) = find_periods(text, published)
    assert str(period.period_start) == start


@pytest.mark.parametrize(
    "text",
    [
        "cotton sales in August, and in October 2023 wheat sales",  # no list of months
        "In September and in October 2023, cotton sales",  # each month its own preposition
    ],
)
def test_a_month_not_listed_takes_no_later_year(text):
    first = find_periods(text, date(2026, 4, 18))[0]
    assert first.period_start.year == 2025


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in April-February of 2025-26", [("2025-04-01", "2026-02-28", False)]),
        ("in July-March of 2024/25", [("2024-07-01", "2025-03-31", False)]),
    ],
)  # fmt: skip
def test_a_run_of_months_of_a_two_year_label(text, expected):
    """ "April-February of 2025-26": the months of that fiscal year (the label had been a period of
    its own, which the figure took: the whole fiscal year)."""
    assert spans(text, date(2026, 3, 18)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A year earlier, sales had stood at $2 billion.", [("2023-04-01", "2023-06-30", False)]),
        ("In the same quarter last year, sales were $2 billion.", [("2023-04-01", "2023-06-30", False)]),
        ("Sales were $2 billion, against $1.8 billion a year earlier.", [("2023-04-01", "2023-06-30", True)]),
        ("Over the same period, sales were $2 billion.", []),
        ("Sales rose 4% year-on-year.", []),
        # the subject before "in"/"during": still the sentence's own time, not a comparison's
        ("Shipments of wool in the previous year came to $2 billion.", [("2023-04-01", "2023-06-30", False)]),
        ("Buys from Chile during the preceding year were $2 billion.", [("2023-04-01", "2023-06-30", False)]),
        ("Sales were up from $1.8 billion in the previous year.", [("2023-04-01", "2023-06-30", True)]),
        ("Sales grew compared with those in the previous year.", [("2023-04-01", "2023-06-30", True)]),
    ],
)  # fmt: skip
def test_a_year_back_from_the_period_told_before(text, expected):
    """ "A year earlier, ..." with no period of its own sentence goes back from the period the
    story told before (it had been dropped, so the figure took the current period); opening
    the sentence, it is the figures' own period, later a comparison's. A bare "the same period"
    and "year-on-year" name no period."""
    assert spans(text, date(2024, 8, 1), told_before=(date(2024, 4, 1), date(2024, 6, 30))) == expected


@pytest.mark.parametrize(
    "text",
    [
        "cocoa shipments to Belgium fell in March to $90 million, the lowest in seven months",
        "exports to Japan in March were $1.2 billion, their biggest monthly total for nearly nine months",
        "imports from Peru topped $400 million in March for the first time in five months",
    ],
)
def test_a_run_of_months_after_a_superlative_is_no_period(text):
    """ "rose in May to $415 million, the highest in four months": the run is how far back the
    record looks (it had made the figure January-April's)."""
    assert spans(text) == [("2024-03-01", "2024-03-31", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Korea's exports to India slid 4.1% in March to $1.5 billion, the first drop in three months",
        "Sales to Poland rose 3% in March to 2 billion zlotys, the first monthly gain in 10 months",
        "shipments to Chile grew 8% in March, their first annual increase for five months",
        "imports from Egypt fell in March to 9 billion rand, the first declines in over seven months",
        "exports to Kenya in March rose to Sh20 billion, marking the first such rise in four months",
    ],
)
def test_a_run_of_months_after_the_first_change_of_its_kind_is_no_period(text: str) -> None:
    """ "the first drop in three months": the run is how long the streak ran before the figure's
    month (it had made the figure January-March's, and the year of a run not yet over the one
    before)."""
    assert spans(text) == [("2024-03-01", "2024-03-31", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports to Chile rose in the first quarter and 6% in 10 months.", ["2024-01-01", "2023-01-01"]),
        ("It was the first shipment of lithium in ten months to Bolivia.", ["2023-01-01"]),
        ("For the first time, imports from Ghana were $1.1 billion in four months.", ["2024-01-01"]),
    ],
)  # fmt: skip
def test_first_before_no_change_noun_leaves_a_run_of_months(text: str, expected: list[str]) -> None:
    """Only "first" before a change noun makes the run a streak's: a run after "the first quarter
    and", a first shipment or "for the first time," is still the figure's period from January."""
    assert [start for start, _end, _comparison in spans(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Coffee exports reached $3.1 billion in 2023, up from $2.4 billion three years earlier.",
            [("2023-01-01", "2023-12-31", False), ("2020-01-01", "2020-12-31", True)],
        ),
        (
            "Shipments were $90 million in the second quarter of 2024, against $70 million 2 years ago.",
            [("2024-04-01", "2024-06-30", False), ("2022-04-01", "2022-06-30", True)],
        ),
        # counts past twelve, and decades: "forty years ago", "two decades earlier", "a decade ago"
        (
            "Tea sales hit $5 billion in 2024; thirty-five years ago they were $1 billion.",
            [("2024-01-01", "2024-12-31", False), ("1989-01-01", "1989-12-31", True)],
        ),
        (
            "Tea sales hit $5 billion in 2024, against $2 billion two decades earlier.",
            [("2024-01-01", "2024-12-31", False), ("2004-01-01", "2004-12-31", True)],
        ),
        (
            "Tea sales hit $5 billion in 2024, up from $4 billion a decade ago.",
            [("2024-01-01", "2024-12-31", False), ("2014-01-01", "2014-12-31", True)],
        ),
    ],
)
def test_a_count_of_years_back_goes_back_that_many_years(text, expected):
    """ "down from $536 billion two years earlier": the comparison is as many years before the
    figure's period as it counts (it had been read as one year back)."""
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "granularity"),
    [
        ("during the 2023-2024 season", "season"),
        ("in the 2024/25 marketing year", "season"),
        ("in the 2023-24 fiscal year", "fiscal_year"),  # a fiscal year is no season
        ("over the 2023-2024 period", "multi_year"),
        # a crop's own year is a season: its months are the crop's
        ("in the 2022-2023 cocoa year", "season"),
        ("during the 2021/22 sugar year", "season"),
        ("for the 2023-24 cotton year", "season"),
        ("in the 2023-24 financial year", "fiscal_year"),
        ("over the 2022-2023 school year", "multi_year"),
    ],
)
def test_a_split_year_named_as_a_season_is_a_season(text: str, granularity: str) -> None:
    assert only(text, date(2025, 3, 1)).granularity == granularity


def test_the_end_of_a_month_after_by_or_until_is_a_running_total_or_a_deadline():
    told_after = only("$3bn by the end of February 2024", PUB)
    deadline = only("to reach $3bn by the end of March 2025", PUB)
    assert (told_after.preposition, deadline.preposition) == ("through", "by")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports to Armenia reached $700 million in the Iranian year 1403, up from $600 million in "
            "the previous year.",
            [("2024-03-20", "2025-03-20", False), ("2023-03-21", "2024-03-19", True)],
        ),
        (
            "Exports to Armenia were $250 million in the first five months of the Iranian year 1403, "
            "against $200 million two years earlier.",
            [("2024-03-20", "2024-08-21", False), ("2022-03-21", "2022-08-22", True)],
        ),
        # a Gregorian year still goes back a Gregorian year
        (
            "Exports to Armenia reached $700 million in 2024, up from $600 million a year earlier.",
            [("2024-01-01", "2024-12-31", False), ("2023-01-01", "2023-12-31", True)],
        ),
    ],
)
def test_the_comparison_of_an_iranian_year_goes_back_solar_years(text, expected):
    """ "in the Iranian year 1403, up from ... in the previous year": 1402, from its own Nowruz
    to the day before the next (a Gregorian year back had been a day off at each end)."""
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose in the first six months after the deal took effect.",
        "Exports rose in the first half following the pact.",
        # an event named in capitals, as "of the agreement" is
        "Exports rose in the first six months of the EU-Vietnam FTA.",
        "Exports rose in the first half of the Chile Korea free trade agreement.",
    ],
)
def test_a_part_counted_after_an_event_is_no_part_of_a_year(text: str) -> None:
    """ "the first six months after the deal took effect", "of the EU-Vietnam FTA": a span
    counted from an event, not from January (it had been read as the first half of the year
    before publication)."""
    assert spans(text) == []


def test_a_part_of_a_fiscal_year_in_capitals_stays_a_part_of_a_year() -> None:
    """Look-alike: "the first half of the Fiscal Year" is a year's part, whatever its case."""
    assert spans("Exports rose in the first half of the Fiscal Year.") != []


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("shipments totalled 9 billion CFA francs at the end of March 2024", "2024-01-01", "2024-03-31"),
        ("At end-February, sales abroad stood at $1.2bn", "2024-01-01", "2024-02-29"),
        ("imports came to 700 million dirhams at end April 2023", "2023-01-01", "2023-04-30"),
        ("By the end of March, purchases had reached $4bn", "2024-01-01", "2024-03-31"),
        # a month alone stays one month
        ("imports came to 700 million dirhams in April 2023", "2023-04-01", "2023-04-30"),
        ("imports came to 700 million dirhams at the start of April 2023", "2023-04-01", "2023-04-30"),
    ],
)  # fmt: skip
def test_at_the_end_of_a_month_is_the_year_so_far(text, first, last):
    """ "exports reached 1,4 billion dirhams at the end of May 2025": the French "à fin mai" of
    North and West African statistics, January to May, as "by the end of May" is (it had been
    May alone)."""
    period = only(text)
    assert (str(period.period_start), str(period.period_end)) == (first, last)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("wool sales of $80 million in the growing year ending in October", "2022-11-01", "2023-10-31"),
        ("in the 12 months ending in February, imports", "2023-03-01", "2024-02-29"),
        ("in the six months ended in March 2024, imports", "2023-10-01", "2024-03-31"),
        ("in the year ending on 31 August 2023, imports", "2022-09-01", "2023-08-31"),
    ],
)  # fmt: skip
def test_months_ending_in_a_month_run_to_it(text, first, last):
    """ "the 12 months ending in September", "the crop year ending in September": the months
    to September, as "the year to September" is (they had been the calendar year, or September
    alone)."""
    period = only(text)
    assert (str(period.period_start), str(period.period_end)) == (first, last)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("sales reached $2bn in this year's first half", "2024-01-01", "2024-06-30"),
        ("sales reached $2bn in last year's third quarter", "2023-07-01", "2023-09-30"),
        ("sales reached $2bn in the previous year's second half", "2023-07-01", "2023-12-31"),
        # the look-alike: a year's possessive before no part of it is the whole year
        ("sales reached $2bn last year, above this year's target", "2023-01-01", "2023-12-31"),
    ],
)
def test_a_relative_years_possessive_before_a_part_of_it(text: str, first: str, last: str) -> None:
    """ "in last year's first half" had been read as the whole of last year: the part after the
    possessive had been dropped."""
    assert spans(text)[0][:2] == (first, last)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three decades ago, sales to Chile were $2 billion.", [("1994-01-01", "1994-12-31", False)]),
        ("Fifteen years ago the two countries traded $2 billion.", [("2009-01-01", "2009-12-31", False)]),
        # after a figure, a comparison word or in an aside: the time compared with, still from the writing
        ("Sales hit $9 billion, up from $2 billion three decades ago.", [("1994-01-01", "1994-12-31", True)]),
        ("Copper, barely traded a decade ago, made up $2 billion.", [("2014-01-01", "2014-12-31", True)]),
        # a comma earlier in the sentence, not opening its aside, makes no comparison
        ("Speaking in Lima on Monday, the minister said that three decades ago sales to Chile were "
         "$2 billion.", [("1994-01-01", "1994-12-31", False)]),
        # a figure anywhere before it, or a "since" clause: the time compared with, not the figure's
        ("Cotton sales hit $3 billion, a sum the growers could not have dreamed of three decades ago.",
         [("1994-01-01", "1994-12-31", True)]),
        ("Cotton sales have tripled since the market was opened to private traders three decades ago.",
         [("1994-01-01", "1994-12-31", True)]),
    ],
)  # fmt: skip
def test_years_ago_count_back_from_the_writing(text, expected):
    """ "Two decades ago, exports were ...": a calendar year counted back from the year of
    publication, as "last year" is, with or without a period told before (it had been counted
    back from the period told before, and dropped without one)."""
    assert spans(text, date(2024, 8, 1)) == expected
    assert spans(text, date(2024, 8, 1), told_before=(date(2023, 1, 1), date(2023, 12, 31))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales were $2 billion year-to-date through March.", [("2024-01-01", "2024-03-31", False)]),
        ("Sales were $2 billion year to date to Feb.", [("2024-01-01", "2024-02-29", False)]),
        # a year written after the month is that month's, not inferred from the writing
        ("Sales were $2 billion year-to-date through March 2023.", [("2023-01-01", "2023-03-31", False)]),
        # a month in lower case or capitals after it is still its month
        ("Sales were $2 billion year-to-date through march.", [("2024-01-01", "2024-03-31", False)]),
        ("Sales were $2 billion YEAR TO DATE THRU FEB.", [("2024-01-01", "2024-02-29", False)]),
        # no month after it: to the end of the month before publication
        ("Sales were $2 billion year-to-date.", [("2024-01-01", "2024-04-30", False)]),
    ],
)  # fmt: skip
def test_year_to_date_through_a_month_ends_with_that_month(text, expected):
    """ "year-to-date through September": January to that month's end (the month had been
    ignored, and the span ran to the month before publication)."""
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year of the level a verb measures against is the comparison's (it had been the
        # figure's own period)
        ("avocado sales reached $90 million, almost doubling the 2022 figure",
         [("2022-01-01", "2022-12-31", True)]),
        ("purchases of Kenyan tea exceeded the 2021 level", [("2021-01-01", "2021-12-31", True)]),
        # a year with no level noun after it stays the figure's
        ("purchases doubled in 2021", [("2021-01-01", "2021-12-31", False)]),
        ("The 2021 figure was $40 million", [("2021-01-01", "2021-12-31", False)]),
    ],
)  # fmt: skip
def test_the_level_a_verb_measures_against_is_a_comparison(text: str, expected: list) -> None:
    assert spans(text, PUB) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Nepal's fiscal year counts Nepali months, from 1 Shrawan (16 or 17 July) to the end of a
        # month that ends mid-month: the end of Falgun 2080 was 13 March 2024 (it had been the
        # calendar months July to February, or July to March after a mid-month parenthesis)
        ("in the first eight months of the current fiscal year 2023-24 (mid-July to mid-March)",
         date(2024, 4, 2), [("2023-07-17", "2024-03-13", False)]),
        ("in the first six months of the current fiscal year", date(2025, 2, 1),
         [("2024-07-16", "2025-01-13", False)]),
        ("during the first quarter of fiscal year 2024/25", date(2025, 2, 1),
         [("2024-07-16", "2024-10-16", False)]),
        # a comparison with last fiscal year's months goes back a Nepali year, not 365 days
        ("in the first four months of this fiscal year, versus the corresponding months of last "
         "fiscal year", date(2025, 12, 1), [("2025-07-17", "2025-11-16", False),
                                            ("2024-07-16", "2024-11-15", True)]),
        # the whole fiscal year, labelled in Gregorian years
        ("in fiscal year 2023/24", date(2025, 2, 1), [("2023-07-17", "2024-07-15", False)]),
    ],
)  # fmt: skip
def test_nepals_fiscal_year_counts_nepali_months(text: str, published: date, expected: list) -> None:
    assert spans(text, published, fiscal_start_month=7, fiscal_start_day=16) == expected


def test_another_countrys_mid_month_parenthesis_keeps_calendar_months() -> None:
    """Only Nepal's start day brings its calendar: a July start on the 1st stays July-February."""
    assert spans("in the first eight months of the fiscal year 2023-24", date(2024, 4, 2),
                 fiscal_start_month=7) == [("2023-07-01", "2024-02-29", False)]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "start_month", "expected"),
    [
        ("during the just-ended fiscal year", 7, ("2023-07-01", "2024-06-30")),
        ("in the just-concluded financial year", 4, ("2023-04-01", "2024-03-31")),
        ("in the recently ended fiscal year", 7, ("2023-07-01", "2024-06-30")),
        ("in the just ended year", None, ("2024-01-01", "2024-12-31")),
        ("in the first half of the just-concluded year", None, ("2024-01-01", "2024-06-30")),
        # the same told after the noun (no period had been read)
        ("in the year just ended", None, ("2024-01-01", "2024-12-31")),
        ("in the fiscal year that just ended", 7, ("2023-07-01", "2024-06-30")),
        ("in the financial year which has just concluded", 4, ("2023-04-01", "2024-03-31")),
    ],
)
def test_a_just_ended_year_is_the_past_one(text: str, start_month: int | None, expected: tuple) -> None:
    """ "the just-ended fiscal year", "the just-concluded year", as Ethiopian, Chinese and
    Ugandan copy writes them: the past year (the figure had had no period, and was lost)."""
    published = date(2025, 1, 20)
    assert spans(text, published, fiscal_start_month=start_month) == [(*expected, False)]


@pytest.mark.parametrize(
    ("text", "start_month", "expected"),
    [
        ("in the fiscal year that just ended in March", 4, ("2023-04-01", "2024-03-31")),
        ("in the financial year which recently ended in June", 7, ("2023-07-01", "2024-06-30")),
        ("in the 12 months that ended in March", None, ("2023-04-01", "2024-03-31")),
        ("over the 12 months which ended in June", None, ("2023-07-01", "2024-06-30")),
    ],
)
def test_a_year_that_ended_in_a_month_told_by_a_relative_clause(
    text: str, start_month: int | None, expected: tuple
) -> None:
    """ "the 12 months that ended in March" had been no trailing year (read as the calendar
    year), and "the fiscal year that just ended in March" the month of March alone."""
    published = date(2025, 3, 14)
    assert spans(text, published, fiscal_start_month=start_month) == [(*expected, False)]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # a run that ended on a day before publication, in its month: this year's (had been last year's)
        ("from January 1 to March 10", "2025-01-01", "2025-03-10"),
        ("between 1 January and 19 March", "2025-01-01", "2025-03-19"),
        ("from January to March 12", "2025-01-01", "2025-03-12"),
        # one that would end after publication has not ended this year: last year's
        ("from January 1 to March 25", "2024-01-01", "2024-03-25"),
        ("from January 1 to February 15", "2025-01-01", "2025-02-15"),
    ],
)
def test_a_run_of_days_ending_in_the_month_of_publication(text: str, first: str, last: str) -> None:
    assert spans(f"exports {text} reached $2 billion", date(2025, 3, 20)) == [(first, last, False)]


@pytest.mark.parametrize(
    ("text", "start_month", "expected"),
    [
        ("Peru shipments were $3bn in FY24's first nine months", 4, ("2023-04-01", "2023-12-31")),
        ("Peru shipments were $3bn in fiscal 2024's second half", 7, ("2024-01-01", "2024-06-30")),
        ("Peru shipments were $3bn in FY2023-24's first quarter", 7, ("2023-07-01", "2023-09-30")),
        ("Peru shipments were $3bn in 2023's first eight months", None, ("2023-01-01", "2023-08-31")),
        ("Peru shipments were $3bn in last year's first two quarters", None, ("2023-01-01", "2023-06-30")),
        # the look-alike: a fiscal year's possessive before no part of it is the whole year
        ("Peru shipments were $3bn in FY24, FY24's best result", 4, ("2023-04-01", "2024-03-31")),
    ],
)  # fmt: skip
def test_a_fiscal_or_calendar_years_possessive_before_its_first_months(
    text: str, start_month: int | None, expected: tuple
) -> None:
    """ "in FY25's first ten months" had been the whole fiscal year (the part after the
    possessive read again as months of the calendar year), as "2024's first ten months" had
    been the whole of 2024."""
    assert spans(text, fiscal_start_month=start_month)[0] == (*expected, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile sold $4bn of copper to Japan in 2022 through October", ("2022-01-01", "2022-10-31")),
        ("Chile sold $4bn of copper to Japan in 2022, up to September", ("2022-01-01", "2022-09-30")),
        ("Chile sold $4bn of copper to Japan in 2023 till the end of August", ("2023-01-01", "2023-08-31")),
        ("Chile sold $4bn of copper to Japan in 2023 accumulated to July", ("2023-01-01", "2023-07-31")),
    ],
)  # fmt: skip
def test_a_year_then_a_month_ending_a_running_total_is_that_year_to_the_month(
    text: str, expected: tuple
) -> None:
    """ "in 2024 through November" had been the whole of 2024 (the running total to November
    put after it, in the publication's year)."""
    assert spans(text, date(2025, 3, 14)) == [(*expected, False)]


def test_a_year_then_a_month_with_its_own_year_stays_two_periods() -> None:
    """The look-alike: the month written with its year is a period of its own."""
    assert spans("Chile sold $4bn of copper to Japan in 2023 until October 2023", date(2025, 3, 14)) == [
        ("2023-01-01", "2023-12-31", False),
        ("2023-01-01", "2023-10-31", False),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Iranian year "to" its last day, as "ended" it: the solar year that ended that day
        ("Oman steel sales were $6bn in the Iranian year to March 19, 2022", ("2021-03-21", "2022-03-19")),
        ("Oman steel sales were $6bn in the Iranian year to 20 March 2023", ("2022-03-21", "2023-03-20")),
        # a run of months to a day within its month ends that day, and starts the day after it
        ("Oman steel sales were $6bn in the eight months to November 21, 2024", ("2024-03-22", "2024-11-21")),
        ("Oman steel sales were $6bn in the 12 months ended 20 June 2024", ("2023-06-21", "2024-06-20")),
        # the look-alikes: to a month's last day, or to a month alone, the whole months as before
        ("Oman steel sales were $6bn in the eight months to November 30, 2024", ("2024-04-01", "2024-11-30")),
        ("Oman steel sales were $6bn in the eight months to November 2024", ("2024-04-01", "2024-11-30")),
    ],
)  # fmt: skip
def test_a_run_of_months_or_an_iranian_year_to_a_day_ends_that_day(text: str, expected: tuple) -> None:
    """ "in the Iranian year to March 20, 2024" had been the Iranian year starting then, and "in
    the ten months to January 20, 2025" had run over whole calendar months (to January 31)."""
    assert spans(text, date(2025, 3, 14)) == [(*expected, False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in April, from $1.3 bn a month earlier",
         [("2025-04-01", "2025-04-30", False), ("2025-03-01", "2025-03-31", True)]),
        ("in September 2023 against NZ$40 million one month before",
         [("2023-09-01", "2023-09-30", False), ("2023-08-01", "2023-08-31", True)]),
        ("during the third quarter of 2022, up from a quarter ago",
         [("2022-07-01", "2022-09-30", False), ("2022-04-01", "2022-06-30", True)]),
        ("in May 2024, compared with two months earlier",
         [("2024-05-01", "2024-05-31", False), ("2024-03-01", "2024-03-31", True)]),
        ("in January 2024, against six months before",
         [("2024-01-01", "2024-01-31", False), ("2023-07-01", "2023-07-31", True)]),
        # a run of months longer than the step back is no month of its own
        ("in January-August 2023, against the total a month earlier", [("2023-01-01", "2023-08-31", False)]),
        # with no period before it, none
        ("exports stood at $2 bn a month ago", []),
    ],
)  # fmt: skip
def test_a_count_of_months_or_quarters_back_goes_back_from_the_period_just_named(text, expected):
    """ "in February, from $0.9 billion a month earlier": January (it had been February of the
    year before, as "a year earlier" is)."""
    assert spans(text, date(2025, 6, 20)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in the last three months of 2023", [("2023-10-01", "2023-12-31", False)]),
        ("over the final two quarters of 2022", [("2022-07-01", "2022-12-31", False)]),
        ("in the final 4 months of last year", [("2024-09-01", "2024-12-31", False)]),
        ("in the first three months of 2023", [("2023-01-01", "2023-03-31", False)]),
        # without a year, the last months are the ones before publication (and the final ones none)
        ("in the last three months", [("2025-03-01", "2025-05-31", False)]),
        ("in the final three months", []),
    ],
)  # fmt: skip
def test_the_last_months_of_a_year_count_back_from_its_december(text, expected):
    """ "the last three months of 2024" had been the three months before publication."""
    assert spans(text, date(2025, 6, 20)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("shipments reached $4 bn in the previous year", [("2024-01-01", "2024-12-31", False)]),
        ("shipments reached $4 bn during the preceding year", [("2024-01-01", "2024-12-31", False)]),
        # after a period of its own, that period's year before
        ("shipments reached $4 bn in 2022, against $3 bn in the previous year",
         [("2022-01-01", "2022-12-31", False), ("2021-01-01", "2021-12-31", True)]),
        # a comparison's, not a span: no period to go back from
        ("shipments reached $4 bn, higher than the previous year", []),
    ],
)  # fmt: skip
def test_the_previous_year_alone_is_the_year_before_publication(text, expected):
    """ "Exports reached $34 billion in the previous year" had been no period, and the figure lost."""
    assert spans(text, date(2025, 6, 20)) == expected
