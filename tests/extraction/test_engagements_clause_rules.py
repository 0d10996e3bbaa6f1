"""Engagement grammar rules, each tested on phrasings invented for it (other countries,
names and wording than any document they were noticed in).

Rules covered: a date written after one event's verb and before the next event's word is
the first event's date ("arrived on Monday and was received on Tuesday"); a backdrop
("..., as both countries seek to ...", "amid a dispute with X") names no side; a person whose
country is unstated takes a side no one holds, then the document's default (the dateline's).
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.engagement_clauses import analyse_clauses
from orchestration.extraction.engagements import extract_engagements
from orchestration.extraction.model import Engagement
from orchestration.extraction.text import clean_body, split_sentences
from orchestration.extraction.titles import Sentence

THU = date(2024, 5, 16)  # a Thursday: "on Monday" is May 13, "on Tuesday" May 14


def extract(text: str, published: date = THU, dateline: str | None = None) -> list[Engagement]:
    text = clean_body(text)
    return extract_engagements(text, split_sentences(text), published, dateline)


def kinds_days_and_sides(text: str, dateline: str | None = None) -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        (e.engagement_type, str(e.engagement_date), e.countries) for e in extract(text, dateline=dateline)
    ]


def kinds_and_days(text: str, dateline: str | None = None) -> list[tuple[str, str | None]]:
    return [
        (e.engagement_type, str(e.engagement_date) if e.engagement_date else None)
        for e in extract(text, dateline=dateline)
    ]


@pytest.mark.parametrize("part", ["this morning", "this afternoon", "this evening"])
def test_a_part_of_today_is_the_storys_day_not_the_last_events(part: str) -> None:
    """ "arrived yesterday evening ... She held talks this afternoon with X": a part of the day
    named with "this" is the story's day (the talks had taken the arrival's day, as the
    sentence seemed to state none)."""
    text = (
        "Uruguayan Foreign Minister Mario Lubetkin arrived in Ottawa yesterday evening for a two-day "
        f"working visit. He held talks {part} with Canadian Foreign Minister Melanie Joly."
    )
    assert kinds_and_days(text, "Ottawa") == [("visit", "2024-05-15"), ("meeting", "2024-05-16")]


def test_a_visit_named_in_an_anchor_is_told_by_the_relative_clause_on_it() -> None:
    """ "... received X for talks during the President's State Visit, which began on Tuesday":
    the relative clause on the visit's noun tells the visit's own day, so the visit is an
    event told now, not a pointer at one told before (it had been dropped)."""
    found = extract(
        "NAIROBI - Kenyan President William Ruto yesterday received President of Ghana John Mahama at "
        "State House for talks during the President's three-day State Visit, which began on Tuesday.",
        dateline="Nairobi",
    )
    assert sorted((e.engagement_type, str(e.engagement_date), e.countries) for e in found) == [
        ("meeting", "2024-05-15", ("GHA", "KEN")),
        ("visit", "2024-05-14", ("GHA", "KEN")),
    ]


# ---------------------------------------------------------------------------------------
# a date between two events' words belongs to the first

COORDINATED_DAYS = [
    (
        "Kenyan President William Ruto arrived in Jakarta on Monday evening and was received at the "
        "Merdeka Palace on Tuesday by Indonesian President Joko Widodo, with whom he discussed coffee "
        "exports and geothermal power.",
        [("visit", "2024-05-13"), ("meeting", "2024-05-14")],
    ),
    (
        "Chilean Foreign Minister Alberto Reyes arrived in Canberra on Monday morning and was received at "
        "Parliament House on Tuesday afternoon by Australian Foreign Minister Penny Wong.",
        [("visit", "2024-05-13"), ("meeting", "2024-05-14")],
    ),
    (
        "On Monday, Ghanaian President Nana Akufo-Addo arrived in Lisbon and held talks with "
        "Portuguese Prime Minister Luis Montenegro.",
        [("visit", "2024-05-13"), ("meeting", "2024-05-13")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_DAYS)
def test_a_date_after_one_verb_is_not_the_next_ones(text: str, expected: list[tuple]) -> None:
    assert sorted(kinds_and_days(text)) == sorted(expected)


def sides(text: str, dateline: str | None = None) -> list[tuple[str, ...]]:
    return [e.countries for e in extract(text, dateline=dateline)]


def people_countries(text: str, dateline: str | None = None) -> list[dict[str, str | None]]:
    return [
        {p.name: p.country_iso3 for p in e.participants if p.participant_type == "person"}
        for e in extract(text, dateline=dateline)
    ]


# ---------------------------------------------------------------------------------------
# a backdrop ("..., as both countries seek to ...", "amid ...") names no side

BACKDROPS = [
    (
        "Vietnam and Australia signed a maritime security pact on Tuesday, as both countries seek "
        "to push back against Chinese pressure in the region.",
        [("AUS", "VNM")],
    ),
    (
        "The foreign ministers of Argentina and Brazil met in Brasilia on Monday amid a dispute "
        "with Paraguay over hydropower tariffs.",
        [("ARG", "BRA")],
    ),
    (
        "Egypt and Greece signed an accord on electricity links on Wednesday, as relations with "
        "Turkey remain tense.",
        [("EGY", "GRC")],
    ),
    (  # an acronym before a common noun is a kind of thing, not a name
        "Indonesian Energy Minister Budi Santoso and Korean Industry Minister Park Min-ho met in "
        "Seoul on Tuesday amid rising demand for Australian LNG cargoes.",
        [("IDN", "KOR")],
    ),
    (  # "as" before a country and its verb opens a clause of its own, comma or not
        "Mexican Economy Secretary Ana Ruiz and Canadian Trade Minister Paul Grant met in Ottawa on "
        "Monday as Mexico looks to attract German carmakers.",
        [("CAN", "MEX")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BACKDROPS)
def test_a_backdrop_names_no_side(text: str, expected: list[tuple]) -> None:
    assert sides(text) == expected


@pytest.mark.parametrize(
    "tour",
    [
        ", the third stop of a tour that also took her to Kenya, Tanzania and Rwanda.",
        " during a regional swing which included Kenya and Rwanda.",
        ", on a trip that also takes her to Kenya.",
    ],
)
def test_the_other_stops_of_a_tour_are_no_sides(tour: str) -> None:
    """ "met Y on Monday, the third stop of a tour that also took her to A, B and C": the places
    she went before or after are no sides of this meeting (each had been one)."""
    text = (
        "German Foreign Minister Annalena Baerbock met Ugandan President Yoweri Museveni in Kampala on Monday"
        + tour
    )
    assert sides(text) == [("DEU", "UGA")]


def test_a_country_met_beside_a_tours_other_stop_stays_a_side() -> None:
    text = (
        "German Foreign Minister Annalena Baerbock met Ugandan President Yoweri Museveni and Kenyan "
        "President William Ruto in Kampala on Monday, on a trip that also took her to Tanzania."
    )
    assert sides(text) == [("DEU", "KEN", "UGA")]


@pytest.mark.parametrize(
    "represented", ["El Salvador was represented", "the Salvadoran side was represented"]
)
def test_a_country_represented_by_an_official_is_that_officials(represented: str) -> None:
    """ "X was accompanied by Y; El Salvador was represented by Foreign Minister Z": the country
    represented is Z's (Z had taken the side of the accompanied visitor)."""
    text = (
        "SAN SALVADOR - US Secretary of State Marco Rubio met President Nayib Bukele on Monday. Rubio was "
        f"accompanied by US Ambassador William Duncan; {represented} by Foreign Minister Alexandra Hill."
    )
    found = people_countries(text, dateline="San Salvador")
    assert found and found[0]["Alexandra Hill"] == "SLV"


@pytest.mark.parametrize(
    "measure",
    [
        "the 20% duties on barley and wine announced by Prime Minister Narendra Modi this week",
        "the curbs on rice exports and sugar announced by Prime Minister Narendra Modi",
    ],
)
def test_a_leader_who_decided_a_measure_of_the_topic_is_no_participant(measure: str) -> None:
    """ "met Y in a bid to secure an exemption from the tariffs on steel and aluminum announced by
    President Z": Z is the agent of the measure the talks are about, named inside their topic,
    and took no part (the topic had ended at "and aluminum announced", as if a new predicate)."""
    text = (
        "CANBERRA - Trade Minister Don Farrell met with Indian Commerce Minister Piyush Goyal in New Delhi "
        f"on Tuesday in a bid to secure an exemption from {measure}."
    )
    names = {name for people in people_countries(text, dateline="Canberra") for name in people}
    assert names == {"Don Farrell", "Piyush Goyal"}


@pytest.mark.parametrize("signed", ["signed in 2011", "concluded in 2019", "signed back in 2008"])
def test_a_document_signed_in_a_past_year_between_commas_is_no_signing(signed: str) -> None:
    """ "They reviewed the Peru-Korea free trade agreement, signed in 2011, and ...": the document's
    past, set off by commas, tells no signing of the call's people (one had been told)."""
    text = (
        "LIMA - Peruvian Foreign Minister Elmer Schialer spoke by phone with South Korean Foreign Minister "
        f"Cho Tae-yul on Monday. They reviewed the Peru-Korea free trade agreement, {signed}, and "
        "cooperation in mining."
    )
    assert [e.engagement_type for e in extract(text, dateline="Lima")] == ["phone_call"]


def test_a_backdrop_that_names_people_is_kept() -> None:
    text = (
        "Morocco and Spain signed a water agreement on Tuesday, as Moroccan Prime Minister Aziz "
        "Akhannouch and Spanish Prime Minister Pedro Sanchez looked on."
    )
    (found,) = people_countries(text)
    assert found == {"Aziz Akhannouch": "MAR", "Pedro Sanchez": "ESP"}


# ---------------------------------------------------------------------------------------
# a person whose country is unstated: a side no one holds, then the document's default

UNSTATED_COUNTRIES = [
    (
        "NAIROBI - Kenya and Japan signed a port financing deal on Tuesday. The deal was signed in "
        "Nairobi by Foreign Minister Taro Sato and Kenyan Treasury Secretary John Mbadi, in the "
        "presence of President William Ruto.",
        "Nairobi",
        {"Taro Sato": "JPN", "John Mbadi": "KEN", "William Ruto": "KEN"},
    ),
    (
        "LIMA - Peru and South Korea signed a mining memorandum on Monday. It was signed in Lima by "
        "Trade Minister Kim Min-ho and Peruvian Energy Minister Rosa Quispe, in the presence of "
        "President Dina Boluarte.",
        "Lima",
        {"Kim Min-ho": "KOR", "Rosa Quispe": "PER", "Dina Boluarte": "PER"},
    ),
]


@pytest.mark.parametrize(("text", "dateline", "expected"), UNSTATED_COUNTRIES)
def test_once_every_side_is_held_the_dateline_country_comes_first(
    text: str, dateline: str, expected: dict[str, str]
) -> None:
    assert people_countries(text, dateline)[0] == expected


LOCAL_OFFICIALS_AFTER_A_BILATERAL = [
    (
        "NAIROBI - Kenya's Energy Minister Amina Wekesa met Indian High Commissioner Ravi Menon in "
        "Nairobi on Monday to discuss solar panels. On Tuesday the minister went to Mombasa, where "
        "she visited the port. She also held talks with county governor Juma Otieno on drainage.",
        "Nairobi",
    ),
    (
        "HANOI - Vietnam's Trade Minister Le Van Hai met Dutch Ambassador Pieter de Groot in Hanoi "
        "on Monday. On Tuesday, Hai held talks with provincial governor Tran Quoc Bao on flood barriers.",
        "Hanoi",
    ),
]


@pytest.mark.parametrize(("text", "dateline"), LOCAL_OFFICIALS_AFTER_A_BILATERAL)
def test_a_local_official_of_no_stated_country_takes_no_foreign_side(text: str, dateline: str) -> None:
    """A governor or mayor met at home serves there: the rule that never leaves a two-person
    engagement one-sided does not give him the foreign side of the meeting told before."""
    assert len(extract(text, dateline=dateline)) == 1


HOME_TALKS_BEFORE_A_BILATERAL = [
    (
        "LIMA - Energy Minister Rosa Quispe and Peruvian Agriculture Minister Hugo Mamani toured a dam "
        "near Cusco on Monday. On Tuesday, Quispe and Mamani held talks with potato growers in Arequipa "
        "on irrigation.\n\nOn Wednesday, Quispe met Bolivian Vice Minister of Hydrocarbons Carla Rojas "
        "in Lima to discuss gas supplies.\n\nJapan, Peru's largest lender, approved new loans last year.",
        "Lima",
        ("meeting", "2024-05-15", ("BOL", "PER")),
    ),
    (
        "ACCRA - Trade Minister Kofi Mensah and Ghana's Deputy Minister of Finance Ama Owusu held talks "
        "with cocoa farmers in Kumasi on Monday about credit.\n\nOn Tuesday, Mensah met Togolese Trade "
        "Minister Yawa Kodjo in Accra to discuss border markets.",
        "Accra",
        ("meeting", "2024-05-14", ("GHA", "TGO")),
    ),
]


@pytest.mark.parametrize(("text", "dateline", "expected"), HOME_TALKS_BEFORE_A_BILATERAL)
def test_a_counterparts_country_elsewhere_is_not_handed_to_a_home_official(
    text: str, dateline: str, expected: tuple
) -> None:
    """Two home officials' talks with an unnamed group are domestic: the rule that never
    leaves a two-person engagement one-sided does not hand the one of no stated country the
    side of the foreigner he meets in another event of the story (nor a third country the
    sentence does not name), and that meeting keeps its two sides."""
    assert kinds_days_and_sides(text, dateline) == [expected]


HOME_BODY_OFFICIALS_AFTER_A_BILATERAL = [
    (
        "ACCRA - President Kwame Boateng held talks with Togolese President Yawa Kodjo on Monday. "
        "Interior Minister Kofi Mensah earlier met Army chief Ama Owusu.",
        "Accra",
    ),
    (
        "LIMA - President Rosa Quispe held talks with Bolivian President Carla Rojas on Monday. "
        "Defence Minister Hugo Mamani later met Air Force chief Jorge Salas.",
        "Lima",
    ),
]


@pytest.mark.parametrize(("text", "dateline"), HOME_BODY_OFFICIALS_AFTER_A_BILATERAL)
def test_an_official_meeting_a_home_body_takes_no_foreign_side(text: str, dateline: str) -> None:
    """An official of no stated country meeting the army or air force chief of the dateline's
    country, a body naming no country, is a home official: the rule that never leaves a
    two-person engagement one-sided does not hand him the visitors' side."""
    assert len(extract(text, dateline=dateline)) == 1


def test_an_official_meeting_a_foreign_body_keeps_two_sides() -> None:
    """A body whose country is stated ("Togolese Army") is a side of its own."""
    text = (
        "ACCRA - President Kwame Boateng held talks with Togolese President Yawa Kodjo on Monday. "
        "Interior Minister Kofi Mensah earlier met Togolese Army chief Ama Owusu."
    )
    assert [e.countries for e in extract(text, dateline="Accra")] == [("GHA", "TGO"), ("GHA", "TGO")]


# ---------------------------------------------------------------------------------------
# "a roundtable hosted by X": the participle describes the event its noun tells

DESCRIBED_EVENTS = [
    (
        "Later on Tuesday, Jordanian King Abdullah received Canadian Foreign Minister Melanie Joly. "
        "Joly will fly to Aqaba on Wednesday, where she is due to address a roundtable hosted by the "
        "Jordan Chamber of Industry.",
        [("meeting", "2024-05-14")],
    ),
    (
        "Brazilian President Lula met Angolan President Joao Lourenco in Luanda on Monday. He is to "
        "attend a banquet hosted by the Angolan leader on Friday.",
        [("meeting", "2024-05-13")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_EVENTS)
def test_a_participle_after_an_event_noun_tells_no_event_of_its_own(text: str, expected: list[tuple]) -> None:
    assert kinds_and_days(text) == expected


OUTCOMES_OF_OTHER_EVENTS = [
    (
        "Peruvian Foreign Minister Elmer Schialer received Indonesian Deputy Foreign Minister Arif "
        "Havas Oegroseno in Lima on Tuesday. They reviewed the follow-up to commitments made at the "
        "APEC Leaders' Summit and cooperation in fisheries.",
        [("meeting", "2024-05-14")],
    ),
    (
        "Chilean Mining Minister Aurora Williams met Korean Vice Minister Kim Jae-won on Monday. "
        "The two discussed decisions taken during the last Joint Committee and lithium refining.",
        [("meeting", "2024-05-13")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OUTCOMES_OF_OTHER_EVENTS)
def test_an_event_where_a_discussed_outcome_was_reached_is_subject_matter(
    text: str, expected: list[tuple]
) -> None:
    """ "commitments made at the X Summit": the participle hangs the summit on what was discussed;
    the summit is no event told by the sentence."""
    assert kinds_and_days(text) == expected


@pytest.mark.parametrize(
    "outcome",
    [
        "the implementation of agreements reached during Ghanaian President John Mahama's state visit "
        "to Senegal in 2023",
        "the commitments made during the official visit of Ghanaian Vice President Jane Opoku-Agyemang to "
        "Senegal last year",
        "the accords signed during President John Mahama's visit to Dakar in March",
    ],
)
def test_a_named_visit_where_a_discussed_outcome_was_reached_is_a_past_visit(outcome: str) -> None:
    """ "agreements reached during X's visit to Y": a past visit of a named side told in passing
    is an engagement whatever verb reports its outcome ("discussed" had hidden it, "hailed" had
    not); what the sentence says was discussed stays the call's, not the past visit's."""
    found = extract(
        "Senegalese Foreign Minister Yassine Fall spoke by phone with her Ghanaian counterpart Samuel "
        f"Okudzeto Ablakwa on Tuesday. The ministers discussed cocoa processing and {outcome}."
    )
    assert [(e.engagement_type, e.countries) for e in found] == [
        ("phone_call", ("GHA", "SEN")),
        ("visit", ("GHA", "SEN")),
    ]
    assert found[1].engagement_date is None
    assert "cocoa processing" in found[0].topics
    assert "cocoa processing" not in found[1].topics


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Lawmakers asked about the loan pledged during President John Mahama's visit to Beijing.", None),
        (
            "Lawmakers asked about the grants promised by Chinese lenders during President John Mahama's "
            "visit to Beijing.",
            None,
        ),
        # look-alike: a passive clause of its own tells the story's event, on the story's day
        (
            "The loans were signed by the two ministers during President John Mahama's visit to Beijing.",
            "2024-05-16",
        ),
    ],
)
def test_a_past_visit_where_a_pledge_was_made_has_no_known_day(sentence: str, day: str | None) -> None:
    """ "the investment pledged (by X) during Y's visit to Z": a past visit told in passing, on a
    day the text does not give (it had taken the story's day)."""
    assert kinds_and_days(f"ACCRA - {sentence}", dateline="Accra") == [("visit", day)]


@pytest.mark.parametrize(
    ("told", "day"),
    [
        ("is visiting Ethiopia to attend a regional trade summit on Saturday", "2024-05-16"),
        ("is on a state visit to Ethiopia to take part in a regional trade summit on Saturday", "2024-05-16"),
        # look-alike: a trip told in the past is dated by the day its purpose names
        ("visited Ethiopia to attend a regional trade summit on Monday", "2024-05-13"),
    ],
)
def test_a_day_of_a_purpose_after_a_trip_going_on_does_not_date_the_trip(told: str, day: str) -> None:
    """ "X is visiting Y to attend a summit on Saturday": the Saturday is the summit's, still
    ahead, not the visit's (it had dated the visit to the Saturday before)."""
    assert kinds_and_days(f"Kenyan President William Ruto {told}.") == [("visit", day)]


def test_a_second_predicate_with_its_own_day_is_of_the_whole_coordinated_subject() -> None:
    """ "A and B held talks on Monday and signed a protocol on Tuesday": both signed, on the
    Tuesday (the signing, given only A, had been one-sided and lost)."""
    found = extract(
        "Kenyan Trade Minister Lee Kinyanjui and Ugandan Trade Minister Francis Mwebesa held talks in "
        "Nairobi on Monday and signed a protocol on cross-border trade on Tuesday."
    )
    signing = [e for e in found if e.engagement_type == "agreement"]
    assert [(e.engagement_date, e.countries) for e in signing] == [(date(2024, 5, 14), ("KEN", "UGA"))]


def test_a_second_predicate_after_an_object_keeps_only_the_subject() -> None:
    """Look-alike: "A held talks with B on Monday and met C on Tuesday": B, the object, is no
    one of the second meeting."""
    found = extract(
        "Kenyan Trade Minister Lee Kinyanjui held talks with Ugandan Trade Minister Francis Mwebesa in "
        "Nairobi on Monday and met Tanzanian Trade Minister Selemani Jafo in Arusha on Tuesday."
    )
    assert [sorted(p.name for p in e.participants) for e in found] == [
        ["Francis Mwebesa", "Lee Kinyanjui"],
        ["Lee Kinyanjui", "Selemani Jafo"],
    ]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("At the summit, the two leaders also agreed to expand cooperation in geothermal energy.", 1),
        ("During the summit, both presidents also backed a new rail link.", 1),
        # look-alike: a summit with words of its own is another gathering
        ("At the summit of East African leaders, the two presidents also backed a new rail link.", 2),
    ],
)
def test_the_bare_summit_after_leaders_talks_names_those_talks(second: str, expected: int) -> None:
    """ "X and Y held talks in Nairobi on Tuesday. At the summit, the two leaders also ...": the
    summit is their talks, no second meeting on a guessed day and in no place."""
    found = extract(
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks in Nairobi on "
        f"Tuesday. {second}"
    )
    assert len(found) == expected
    assert (found[0].engagement_date, found[0].location) == (date(2024, 5, 14), "Nairobi")


@pytest.mark.parametrize(
    "opening", ["On the sidelines,", "On the margins,", "On the fringe,", "On the sideline,"]
)
def test_a_bare_sidelines_signing_is_beside_the_talks_not_an_arrival_told_after_them(opening: str) -> None:
    """ "X met Y on Monday. X arrived on Sunday for a visit. On the sidelines, A and B signed":
    an arrival has no sidelines; the signing is beside Monday's talks (it had taken Sunday), in
    the singular too ("On the fringe,", which had kept Sunday)."""
    found = extract(
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Tuesday. Ruto "
        f"arrived in Kampala on Monday for a three-day state visit. {opening} Kenya Power and Uganda "
        "Electricity Transmission Company signed a memorandum on a power line."
    )
    signing = [e for e in found if e.engagement_type == "agreement"]
    assert [e.engagement_date for e in signing] == [date(2024, 5, 14)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The $80 million in loans pledged by Ugandan banks during President William Ruto's visit to "
            "Kampala will fund 40 schools.",
            [("visit", None)],
        ),
        (
            "Contracts signed during President William Ruto's visit to Kampala are expected to double "
            "dairy sales.",
            [("visit", None)],
        ),
        # look-alike: an outcome still to come comes from a visit still to come
        (
            "Contracts to be signed during President William Ruto's visit to Kampala next week will "
            "double dairy sales.",
            [],
        ),
    ],
)
def test_a_past_visit_told_in_passing_before_a_future_predicate_stays_a_past_visit(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "the loans pledged during X's visit to Y will fund ...": the future is the outcome's, the
    visit it came from was held, on a day the text does not give (it had been read as still to
    come, and dropped)."""
    assert kinds_and_days(f"NAIROBI - {sentence}", dateline="Nairobi") == expected


def test_an_unnamed_visit_where_a_discussed_outcome_was_reached_stays_subject_matter() -> None:
    """ "agreements reached during the visit": no side named, what the talks covered."""
    text = (
        "Senegalese Foreign Minister Yassine Fall met her Ghanaian counterpart Samuel Okudzeto Ablakwa "
        "in Accra on Tuesday. The ministers reviewed agreements reached during the last visit and "
        "cocoa processing."
    )
    assert kinds_and_days(text) == [("meeting", "2024-05-14")]


@pytest.mark.parametrize(
    "office",
    ["the director of the Department of Trade Negotiations, Peter Okello,",
     "the ministry's director of trade negotiations Peter Okello,"],
)  # fmt: skip
def test_an_event_noun_inside_an_office_tells_no_event(office: str) -> None:
    """ "accompanied by the director-general of the Department of Trade Negotiations, X, also
    attended the talks": "Negotiations" names the office, not negotiations held (it had made a
    meeting of its own, with X on the other side, instead of adding both to the talks)."""
    found = extract(
        "NAIROBI - Kenyan Trade Cabinet Secretary Lee Kinyanjui met Ugandan Trade Minister Francis "
        f"Mwebesa in Nairobi on Monday. Uganda's Minister of State for Trade Harriet Ntabazi, accompanied by "
        f"{office} also attended the talks.",
        dateline="Nairobi",
    )
    assert [(e.engagement_type, e.countries) for e in found] == [("meeting", ("KEN", "UGA"))]
    assert {p.name: p.country_iso3 for p in found[0].participants}["Peter Okello"] == "UGA"


@pytest.mark.parametrize(
    "scheme",
    ["of further aid to Colombia under the China-CELAC Forum framework",
     "of continued backing for Colombia within the summit process"],
)  # fmt: skip
def test_an_event_noun_naming_a_scheme_tells_no_event(scheme: str) -> None:
    """ "assured her of support under the India-Africa Forum Summit framework": the framework
    is a standing scheme named after the event, which is not held here (it had made a forum)."""
    found = extract(
        "BEIJING - On Monday, Colombia's Vice Minister Laura Gil called on Vice Minister of Foreign "
        f"Affairs Miao Deyu, who assured her {scheme}.",
        dateline="Beijing",
    )
    assert [(e.engagement_type, e.countries) for e in found] == [("meeting", ("CHN", "COL"))]


def signings(text: str, dateline: str | None = None) -> list[tuple]:
    return [
        (
            e.engagement_type,
            e.location,
            sorted(p.name for p in e.participants if p.participant_type == "person"),
            sorted((p.name, p.country_iso3) for p in e.participants if p.participant_type == "organization"),
        )
        for e in extract(text, dateline=dateline)
    ]


# ---------------------------------------------------------------------------------------
# "At the same ceremony, X and Y signed ...": more signatories of the signing told before,
# whoever they are; a name the story shows to be a company is no person

SAME_CEREMONY = [
    (
        "Chile has signed a $2 billion contract with Germany's Siemens Energy for a green hydrogen "
        "plant. The contract was signed in Santiago on Wednesday by the head of the state energy "
        "company, Rodrigo Fuentes, and Siemens Energy CEO Karl Weber. At the same ceremony, "
        "Siemens Energy and the state-owned utility Enap signed a training agreement.",
        "Santiago",
        [
            (
                "agreement",
                "Santiago",
                ["Karl Weber", "Rodrigo Fuentes"],
                [("Enap", "CHL"), ("Siemens Energy", "DEU")],
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "dateline", "expected"), SAME_CEREMONY)
def test_signatories_at_the_same_ceremony_join_it(text: str, dateline: str, expected: list[tuple]) -> None:
    assert signings(text, dateline) == expected


# ---------------------------------------------------------------------------------------
# "concluded" with a document as its object tells a signing; "concluded talks" does not

CONCLUDED = [
    (
        "Swedish truck maker Scania AB and Chilean mining contractor Minera Andes SA concluded a "
        "five-year supply contract in Antofagasta on Tuesday, and the Swedish firm Sandvik signed "
        "a memorandum with Codelco on drilling services.",
        [
            ("agreement", "Antofagasta", [], [("Minera Andes SA", "CHL"), ("Scania AB", "SWE")]),
            ("agreement", "Antofagasta", [], [("Codelco", "CHL"), ("Sandvik", "SWE")]),
        ],
    ),
    (
        "Chilean Foreign Minister Alberto van Klaveren and Swedish Trade Minister Johan Forssell "
        "concluded talks on a green steel partnership in Santiago on Tuesday.",
        [("meeting", "Santiago", ["Alberto van Klaveren", "Johan Forssell"], [])],
    ),
    (  # documents only compared with others are signed no one knows when
        "Santiago has concluded similar agreements with Sweden and Norway.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONCLUDED)
def test_a_document_concluded_is_a_signing(text: str, expected: list[tuple]) -> None:
    assert signings(text) == expected


# ---------------------------------------------------------------------------------------
# a list of places in what was discussed is subject matter, not where the event was

PLACE_LISTS = [
    ("during which they discussed industrial estates in Medan, Batang and Kendal.", "Medan", True),
    ("during which they discussed new hospitals in Mombasa and Kisumu.", "Mombasa", True),
    ("they discussed a memorandum on ports in Mombasa on Tuesday.", "Mombasa", False),
    ("They discussed the rail project in Lima, Peru on Monday.", "Lima", False),
    ("They discussed textiles in Ankara, Trend reports.", "Ankara", False),
]


@pytest.mark.parametrize(("sentence", "place", "subject_matter"), PLACE_LISTS)
def test_a_list_of_places_discussed_is_no_venue(sentence: str, place: str, subject_matter: bool) -> None:
    s = Sentence(sentence)
    assert (s.words.index(place) in analyse_clauses(s).topic) is subject_matter


# ---------------------------------------------------------------------------------------
# an event whose predicate says it has not happened ("has not yet been scheduled") or that
# was only mooted is not labelled

UNREALISED = [
    "A state visit to Brazil by Nigerian President Bola Tinubu, mooted for the spring, has not yet "
    "been scheduled.",
    "A meeting between the foreign ministers of Peru and Chile has not been arranged so far.",
    "A summit of Kenyan and Tanzanian leaders mooted for Arusha was discussed by officials.",
]


@pytest.mark.parametrize("text", UNREALISED)
def test_an_event_not_yet_held_is_not_labelled(text: str) -> None:
    assert extract(text) == []


# ---------------------------------------------------------------------------------------
# "A and B have both signed the X Convention": each state's own membership, no signing of theirs

SHARED_MEMBERSHIPS = [
    "Ghana and Togo have both signed the Paris Agreement, which took effect in 2016.",
    "Mongolia and Laos both have signed the Vienna Convention on road traffic.",
    "Peru and Uruguay each signed the Minamata Convention on mercury before it took effect.",
]


@pytest.mark.parametrize("text", SHARED_MEMBERSHIPS)
def test_a_treaty_both_states_signed_is_no_signing_of_theirs(text: str) -> None:
    assert extract(text, dateline="Accra") == []


def test_officials_who_both_signed_a_document_signed_it() -> None:
    text = "The presidents of Ghana and Togo both signed the Aflao Transit Protocol on Monday."
    assert kinds_days_and_sides(text) == [("agreement", "2024-05-13", ("GHA", "TGO"))]
    text = "Ghana and Togo have each signed agreements with Japan on port upgrades."
    assert [e.countries for e in extract(text)] == [("GHA", "JPN", "TGO")]


def test_a_later_sentence_names_an_office_told_without_a_name() -> None:
    text = (
        "Ghana's Trade Minister hosted Togo's Minister of Commerce in Accra on Monday. The Trade "
        "Minister, Elizabeth Ofosu-Adjare, said the two sides agreed to ease border checks."
    )
    (meeting,) = extract(text)
    assert [(p.name, p.country_iso3) for p in meeting.participants] == [("Elizabeth Ofosu-Adjare", "GHA")]


def test_a_sentence_adverb_before_a_title_is_no_name() -> None:
    text = (
        "Kazakh Ambassador to Turkey Yerkebulan Sapiyev met Turkish Trade Minister Omer Bolat in Ankara on "
        "Monday. Separately, the Ambassador also met the head of the Turkish Exporters Assembly, Mustafa "
        "Gultepe, in Ankara on Tuesday."
    )
    names = {p.name for e in extract(text) for p in e.participants}
    assert "Separately" not in names


def test_a_host_who_received_both_ministers_met_them() -> None:
    text = (
        "Serbian Foreign Minister Marko Djuric and Albanian Foreign Minister Igli Hasani held talks in "
        "Skopje on Monday, and North Macedonian President Gordana Siljanovska received both ministers "
        "later that day."
    )
    hosted = [sorted(p.name for p in e.participants) for e in extract(text) if len(e.participants) == 3]
    assert hosted == [["Gordana Siljanovska", "Igli Hasani", "Marko Djuric"]]


def test_where_a_company_is_based_is_not_the_venue() -> None:
    text = (
        "On Monday, in Mombasa, Toronto-based Hatch Ltd and Kenyan builder Kenya Ports Authority signed "
        "a memorandum on port upgrades."
    )
    assert [e.location for e in extract(text)] == ["Mombasa"]


@pytest.mark.parametrize(
    "text",
    [
        "Namibian Foreign Minister Peya Mushelenga received Ambassador Lars Berg of Norway, resident "
        "in Pretoria, in Windhoek on Monday.",
        "Namibian Foreign Minister Peya Mushelenga received the Ambassador of Norway, who is based in "
        "Maputo, on Monday.",
    ],
)
def test_where_an_envoy_is_posted_is_not_the_venue(text: str) -> None:
    assert [e.location for e in extract(text, dateline="Windhoek")] == ["Windhoek"]


def test_a_named_host_after_comma_as_is_no_topic_of_the_signing() -> None:
    text = (
        "Zambia and Malawi on Monday signed a memorandum on a new border bridge, as President Hakainde "
        "Hichilema hosted Malawian President Lazarus Chakwera in Lusaka."
    )
    for engagement in extract(text):
        assert "Hakainde Hichilema" in [p.name for p in engagement.participants]
        assert all("Hichilema" not in topic for topic in engagement.topics)


@pytest.mark.parametrize("verb", ["signed", "later signed", "then formally signed", "also jointly signed"])
def test_a_topic_after_a_coordinated_signing_is_the_signings_alone(verb: str) -> None:
    """ "co-chaired a session of the ... Committee and signed a memorandum on fisheries": what
    the memorandum is on is the memorandum's; the session gives no topic of its own (it had
    taken the memorandum's)."""
    text = (
        "Kenyan Trade Minister Lee Kinyanjui and Ugandan Trade Minister Francis Mwebesa co-chaired a "
        f"session of the Kenya-Uganda Joint Trade Committee on Monday and {verb} a memorandum on fisheries."
    )
    topics = {e.engagement_type: e.topics for e in extract(text)}
    assert topics == {"forum": (), "agreement": ("fisheries",)}


def test_talks_named_inside_a_signings_object_leave_it_its_topic() -> None:
    text = (
        "Kenyan Trade Minister Lee Kinyanjui and Ugandan Trade Minister Francis Mwebesa signed the "
        "minutes of discussions on a fish market on Monday."
    )
    assert [e.topics for e in extract(text) if e.engagement_type == "agreement"] == [("fish market",)]


def test_a_counterpart_named_before_the_event_keeps_the_office() -> None:
    text = (
        "Australian Prime Minister Anthony Albanese and his Fijian counterpart Sitiveni Rabuka agreed "
        "on Monday to deepen cooperation. In their talks in Suva, Albanese offered a patrol boat."
    )
    titles = {p.name: p.title for e in extract(text) for p in e.participants}
    assert titles == {"Anthony Albanese": "Prime Minister", "Sitiveni Rabuka": "Prime Minister"}


@pytest.mark.parametrize(
    "lead",
    [
        "Kenyan President William Ruto arrived in Kampala on Monday for a state visit at the invitation "
        "of his Ugandan counterpart Yoweri Museveni.",
        "Kenyan President William Ruto arrived in Kampala on Monday, hosted by his counterpart Yoweri "
        "Museveni.",
    ],
)
def test_a_visits_host_called_counterpart_keeps_the_office_in_later_events(lead: str) -> None:
    """ "X arrived in Kampala at the invitation of his Ugandan counterpart Y. X and Y discussed
    ...": Y holds X's office in the later talks, though the visit lists its visitor only (Y had
    no title there)."""
    found = extract(lead + " Ruto and Museveni discussed regional security.")
    titles = {p.name: p.title for e in found if e.engagement_type == "meeting" for p in e.participants}
    assert titles == {"William Ruto": "President", "Yoweri Museveni": "President"}


def test_a_counterpart_in_a_clause_of_its_own_takes_no_office() -> None:
    """ "X arrived in Kampala; his counterpart Y was abroad": another clause's counterpart, whose
    office is not told (he had none before either)."""
    text = (
        "Kenyan President William Ruto arrived in Kampala on Monday; his counterpart Yoweri Museveni was "
        "in Arusha. Ruto and Museveni discussed regional security by phone on Tuesday."
    )
    titles = {p.name: p.title for e in extract(text) for p in e.participants}
    assert titles.get("Yoweri Museveni") is None


def test_a_counterpart_meeting_someone_else_in_a_where_clause_keeps_the_office() -> None:
    """ "A and his Chinese counterpart B signed the agreement in Bangkok, where Mr B also met
    Prime Minister C": no one of that meeting is named before B, so B keeps A's office there
    (B had taken C's title, Prime Minister)."""
    text = (
        "Kenyan Trade Minister Rebecca Miano and her Brazilian counterpart Marcos Ribeiro signed the "
        "accord in Nairobi, where Mr Ribeiro also met President William Ruto at State House on Tuesday."
    )
    titles = {(e.engagement_type, p.name): p.title for e in extract(text) for p in e.participants}
    assert titles[("meeting", "Marcos Ribeiro")] == "Trade Minister"
    assert titles[("meeting", "William Ruto")] == "President"


def test_a_courtesy_word_inside_a_name_links_no_later_mention() -> None:
    text = (
        "Trade Minister Tengku Datuk Seri Zafrul met Bangladeshi High Commissioner Shameem Ahsan on "
        "Monday. Prime Minister Datuk Seri Anwar Ibrahim held a meeting with Chief Adviser Muhammad "
        "Yunus in Dhaka on Tuesday."
    )
    second = extract(text, dateline="Kuala Lumpur")[-1]
    assert sorted(p.name for p in second.participants) == ["Anwar Ibrahim", "Muhammad Yunus"]


def test_title_and_surname_take_the_full_name_from_a_sentence_without_an_event() -> None:
    text = (
        "Today, the Honourable Anita Kowalski, Canada's Minister of International Trade, concluded a "
        "week of trade promotion in Chile. On Tuesday, Minister Kowalski met with Chile's Minister of "
        "Economy, Nicolás Grau, in Santiago."
    )
    (meeting,) = extract(text)
    people = {p.name: p.title for p in meeting.participants}
    assert people == {
        "Anita Kowalski": "Minister of International Trade",
        "Nicolás Grau": "Minister of Economy",
    }


def test_a_lone_surname_received_in_the_passive_is_a_side() -> None:
    text = (
        "A delegation led by Estonia's Minister of Economic Affairs Tiit Riisalo toured the port. "
        "On Tuesday, Riisalo was received by Ghana's Minister of Trade Kobina Hammond."
    )
    (meeting,) = extract(text)
    names = [p.name for p in meeting.participants]
    assert meeting.engagement_type == "meeting" and "Kobina Hammond" in names
    assert any(name.endswith("Riisalo") for name in names)


@pytest.mark.parametrize(
    "sentence",
    [
        "Boakai was the guest of honour at a luncheon given by Mahama.",
        "On Tuesday Boakai was received by Mahama at Jubilee House.",
    ],
)
def test_a_listed_leaders_lone_surname_after_by_is_the_host(sentence: str) -> None:
    """ "was received by Mahama", "a luncheon given by Mahama": one word after "by" that is a
    listed leader's surname is that leader, the host side (nobody had held it, and the event
    had been lost)."""
    text = (
        "ACCRA - Liberian President Joseph Boakai arrived in Accra on Monday for a state visit. " + sentence
    )
    meetings = [e for e in extract(text, dateline="Accra") if e.engagement_type == "meeting"]
    assert [e.countries for e in meetings] == [("GHA", "LBR")]
    assert ("Mahama", "GHA") in [(p.name, p.country_iso3) for p in meetings[0].participants]


@pytest.mark.parametrize("ministers", ["the ministers", "the two ministers"])
def test_the_ministers_are_the_ministers_not_the_company_heads(ministers: str) -> None:
    text = (
        "Austrian utility Verbund and Slovak grid operator SEPS signed an agreement in Bratislava on "
        "Monday. It was signed by Verbund CEO Michael Strugl and SEPS chairman Martin Magath in the "
        "presence of Austrian Economy Minister Martin Kocher and Slovak Economy Minister Denisa Sakova. "
        f"Before the signing, {ministers} held talks on energy security."
    )
    meeting = next(e for e in extract(text) if e.engagement_type == "meeting")
    assert sorted(p.name for p in meeting.participants) == ["Denisa Sakova", "Martin Kocher"]


def test_whose_greetings_were_conveyed_took_no_part() -> None:
    text = (
        "Moroccan Minister of Industry Ryad Mezzour met Senegalese Prime Minister Ousmane Sonko in Dakar "
        "on Monday, to whom he conveyed the greetings of Head of Government Aziz Akhannouch."
    )
    (meeting,) = extract(text)
    assert sorted(p.name for p in meeting.participants) == ["Ousmane Sonko", "Ryad Mezzour"]


def test_a_member_a_delegation_included_is_of_its_country() -> None:
    text = (
        "Rwandan Trade Minister Prudence Sebahizi hosted Burundian Trade Minister Marie Chantal "
        "Nijimbere in Kigali on Monday. The Burundian delegation was led by the minister and included "
        "the Permanent Secretary of the Ministry of Commerce, Jean Ndayishimiye."
    )
    countries = {p.name: p.country_iso3 for e in extract(text) for p in e.participants}
    assert countries["Jean Ndayishimiye"] == "BDI"


def test_the_day_something_was_said_is_not_the_day_of_the_event_told() -> None:
    text = (
        "Malawian Foreign Minister Nancy Tembo said on Wednesday that she had spoken by phone with her "
        "Zambian counterpart, Mulambo Haimbe, on Monday about the border."
    )
    assert kinds_and_days(text) == [("phone_call", "2024-05-13")]


def test_a_named_building_is_no_participant() -> None:
    text = (
        "Zimbabwean Vice President Constantino Chiwenga received Belarusian Deputy Prime Minister Viktor "
        "Karankevich at his Munhumutapa Building offices in Harare on Monday."
    )
    (meeting,) = extract(text)
    assert sorted(p.name for p in meeting.participants) == ["Constantino Chiwenga", "Viktor Karankevich"]


def test_a_visit_to_the_described_country_is_to_the_datelines() -> None:
    text = (
        "Jamaican Foreign Minister Kamina Johnson Smith, who is on an official visit to the Central "
        "American country, was received on Wednesday by Costa Rican President Rodrigo Chaves."
    )
    visits = [e for e in extract(text, dateline="San Jose") if e.engagement_type == "visit"]
    assert [(v.countries, v.location) for v in visits] == [(("CRI", "JAM"), "San Jose")]


def test_talks_also_held_with_a_new_party_are_another_meeting() -> None:
    text = (
        "Chilean President Gabriel Boric received Argentine President Javier Milei at La Moneda in "
        "Santiago on Monday. The Argentine president also held talks with Chilean businessmen from the "
        "Confederation of Production and Commerce (CPC) on mining."
    )
    meetings = [sorted(p.name for p in e.participants) for e in extract(text)]
    assert meetings == [
        ["Gabriel Boric", "Javier Milei"],
        ["Confederation of Production and Commerce (CPC)", "Javier Milei"],
    ]


def test_the_envoy_is_the_one_envoy_the_story_named() -> None:
    text = (
        "Seychelles High Commissioner to Kenya, Dr Lucy Morel, paid a courtesy call on Kenya's Foreign "
        "Minister Musalia Mudavadi in Nairobi on Monday. On Tuesday, the envoy held talks with Kenya's "
        "Trade Minister Lee Kinyanjui in Nairobi."
    )
    talks = next(e for e in extract(text) if str(e.engagement_date) == "2024-05-14")
    assert sorted(p.name for p in talks.participants) == ["Lee Kinyanjui", "Lucy Morel"]


def test_who_welcomed_the_call_took_no_part_in_it() -> None:
    text = (
        "Barbadian Prime Minister Mia Mottley spoke by telephone on Monday with Guyanese President Irfaan "
        "Ali about food security. Chamber president Anthony Ali welcomed the call, saying it was overdue."
    )
    (call,) = extract(text)
    assert sorted(p.name for p in call.participants) == ["Irfaan Ali", "Mia Mottley"]


def test_a_visitor_who_also_met_someone_stays_where_he_was() -> None:
    text = (
        "Malaysian Trade Minister Tengku Zafrul met Cambodian Commerce Minister Cham Nimul in Phnom Penh "
        "on Monday. Tengku Zafrul also met Cambodian Prime Minister Hun Manet on Tuesday."
    )
    assert [e.location for e in extract(text)] == ["Phnom Penh", "Phnom Penh"]


def test_a_quotation_that_recalls_a_signing_adds_no_other_signing() -> None:
    text = (
        "Irish Trade Minister Peter Burke and Chilean Economy Minister Nicolás Grau signed a memorandum "
        'on green hydrogen in Santiago on Monday.\n\n"Chile is a key partner. The memorandum signed today '
        'is a good start, and I look forward to welcoming Minister Grau in Dublin," said Minister Burke.'
    )
    agreements = [e for e in extract(text) if e.engagement_type == "agreement"]
    assert [(str(e.engagement_date), e.location) for e in agreements] == [("2024-05-13", "Santiago")]


def test_a_day_of_the_month_in_brackets_after_the_weekday_keeps_the_guest() -> None:
    text = (
        "Brazilian Foreign Minister Mauro Vieira received on Monday (13) Angola's Minister of External "
        "Relations, Téte António, in Brasília."
    )
    (meeting,) = extract(text)
    assert (meeting.engagement_type, str(meeting.engagement_date)) == ("meeting", "2024-05-13")
    assert "Téte António" in [p.name for p in meeting.participants]


def test_a_quotation_gives_no_day_or_place_to_the_event_it_recalls() -> None:
    text = (
        "Irish Foreign Minister Micheal Martin met Kenyan Foreign Minister Musalia Mudavadi in Dublin on "
        "Wednesday. Following their meeting, the two ministers signed a memorandum on political "
        'consultations.\n\n"Kenya is a close partner. The memorandum we have signed today will guide '
        'us, and I look forward to visiting Nairobi soon," Martin said.'
    )
    agreement = next(e for e in extract(text) if e.engagement_type == "agreement")
    assert (str(agreement.engagement_date), agreement.location) == ("2024-05-15", "Dublin")


def test_a_city_that_hosted_the_talks_is_the_venue() -> None:
    text = (
        "On Tuesday, Mombasa hosted talks between Kenyan Trade Minister Lee Kinyanjui and Ugandan "
        "Trade Minister Francis Mwebesa."
    )
    assert [e.location for e in extract(text)] == ["Mombasa"]


def test_a_named_event_prepared_for_is_not_the_event_told() -> None:
    text = (
        "Fijian Prime Minister Sitiveni Rabuka met Tongan Prime Minister Hu'akavameiliku on Monday, "
        "with both agreeing to work on preparations for the Pacific Islands Forum Leaders Meeting."
    )
    assert kinds_and_days(text) == [("meeting", "2024-05-13")]


def test_a_held_event_with_a_negated_aside_is_still_labelled() -> None:
    text = "Peruvian President Dina Boluarte met Chilean President Gabriel Boric in Lima on Monday."
    assert kinds_and_days(text) == [("meeting", "2024-05-13")]


def meetings(text: str, dateline: str | None = None) -> list[list[str]]:
    return [
        sorted(p.name for p in e.participants if p.participant_type == "person")
        for e in extract(text, dateline=dateline)
        if e.engagement_type == "meeting"
    ]


# ---------------------------------------------------------------------------------------
# "held separate meetings with A and B": one meeting with each

SEPARATE_MEETINGS = [
    (
        "Indian Prime Minister Narendra Modi held separate meetings with Brazilian President Lula da "
        "Silva and Argentine President Javier Milei in Rio de Janeiro on Monday.",
        [["Lula da Silva", "Narendra Modi"], ["Javier Milei", "Narendra Modi"]],
    ),
    (
        "On Tuesday, Kenyan President William Ruto met separately with Japanese Prime Minister Fumio "
        "Kishida and Korean President Yoon Suk Yeol in Tokyo.",
        [["Fumio Kishida", "William Ruto"], ["William Ruto", "Yoon Suk Yeol"]],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEPARATE_MEETINGS)
def test_separate_meetings_are_one_each(text: str, expected: list[list[str]]) -> None:
    assert meetings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday, Estonian President Mart Lepik received Ghanaian Ambassador Kwame Boateng and "
            "Peruvian Ambassador Rosa Quispe in separate audiences in Tallinn.",
            [["Kwame Boateng", "Mart Lepik"], ["Mart Lepik", "Rosa Quispe"]],
        ),
        (
            "On Monday, Estonian President Mart Lepik received the Ambassador of Ghana, H.E. Mr. Kwame "
            "Boateng, and the Ambassador of Peru, H.E. Ms. Rosa Quispe, in separate audiences.",
            [["Kwame Boateng", "Mart Lepik"], ["Mart Lepik", "Rosa Quispe"]],
        ),
        # the meeting verb before the "separate" noun: everyone met, one meeting each
        (
            "Chilean Foreign Minister Rosa Quispe on Monday called on Prime Minister Kila Moresi and "
            "also held separate meetings with Opposition Leader Tau Vagi and former Prime Minister "
            "Peter Namaliu in Port Moresby.",
            [["Kila Moresi", "Rosa Quispe"], ["Rosa Quispe", "Tau Vagi"], ["Peter Namaliu", "Rosa Quispe"]],
        ),
        # look-alikes: "separate talks" as what was discussed, or told in another sentence
        (
            "On Monday, Estonian President Mart Lepik met Ghanaian President Kwame Boateng and Peruvian "
            "President Rosa Quispe, and the three discussed separate talks planned on trade.",
            [["Kwame Boateng", "Mart Lepik", "Rosa Quispe"]],
        ),
        (
            "On Monday, Estonian President Mart Lepik met Ghanaian President Kwame Boateng and Peruvian "
            "President Rosa Quispe in Geneva. The three leaders agreed to hold separate talks with the EU.",
            [["Kwame Boateng", "Mart Lepik", "Rosa Quispe"]],
        ),
    ],
)
def test_people_met_in_separate_meetings_told_after_them_are_one_each(text: str, expected: list) -> None:
    """ "received A and B in separate audiences", "called on A and also held separate meetings
    with B and C": "separate" later in the clause than the meeting word still makes one meeting
    with each person met (they had been one meeting of them all)."""
    assert meetings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Estonian President Mart Lepik held bilateral summits on Monday with Ghanaian President Kwame "
        "Boateng and Peruvian President Rosa Quispe in Geneva.",
        "Estonian President Mart Lepik held a series of bilateral summits on Monday with world leaders, "
        "including Ghanaian President Kwame Boateng and Peruvian President Rosa Quispe, in Geneva.",
        "On Monday, Estonian President Mart Lepik held back-to-back summits in Geneva with Ghanaian "
        "President Kwame Boateng and Peruvian President Rosa Quispe.",
    ],
)
def test_bilateral_summits_with_words_between_are_one_meeting_each(text: str) -> None:
    """ "held bilateral summits on Tuesday with A and B": a bilateral summit is the meeting of two
    leaders wherever its "with" stands (a date between had made one forum of three countries)."""
    assert kinds_days_and_sides(text) == [
        ("meeting", "2024-05-13", ("EST", "GHA")),
        ("meeting", "2024-05-13", ("EST", "PER")),
    ]


def test_a_summit_with_words_before_its_with_stays_a_forum() -> None:
    text = (
        "Estonian President Mart Lepik hosted a summit on Monday with Ghanaian President Kwame Boateng "
        "and Peruvian President Rosa Quispe in Tallinn."
    )
    assert kinds_days_and_sides(text) == [("forum", "2024-05-13", ("EST", "GHA", "PER"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Estonian President Mart Lepik hosted Ghanaian President Kwame Boateng, Peruvian President Rosa "
            "Quispe and Fijian Prime Minister Sitiveni Rabuka at the Baltic-Pacific summit in Tallinn on "
            "Monday.",
            [("forum", "2024-05-13", ("EST", "FJI", "GHA", "PER"))],
        ),
        (
            "On Monday, Estonian President Mart Lepik welcomed Ghanaian President Kwame Boateng and Peruvian "
            "President Rosa Quispe at the Three Seas Summit in Tallinn.",
            [("forum", "2024-05-13", ("EST", "GHA", "PER"))],
        ),
        # look-alikes: one guest, or guests hosted on the summit's sidelines, are met
        (
            "Estonian President Mart Lepik hosted Ghanaian President Kwame Boateng at the Three Seas Summit "
            "in Tallinn on Monday.",
            [("meeting", "2024-05-13", ("EST", "GHA"))],
        ),
        (
            "Estonian President Mart Lepik hosted Ghanaian President Kwame Boateng and Peruvian President "
            "Rosa Quispe on the sidelines of the Three Seas Summit in Tallinn on Monday.",
            [("meeting", "2024-05-13", ("EST", "GHA", "PER"))],
        ),
    ],
)
def test_a_host_receiving_leaders_of_several_countries_at_a_summit_hosts_it(
    text: str, expected: list
) -> None:
    """ "X hosted A, B and C at the BRICS summit": the host received the leaders at the summit, a
    forum (it had been a meeting of them all, the summit only its place)."""
    assert kinds_days_and_sides(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Estonian President Mart Lepik and Ghanaian President Kwame Boateng exchanged pleasantries on "
            "the sidelines of the Three Seas Summit in Warsaw on Monday.",
            [("meeting", "2024-05-13", ("EST", "GHA"))],
        ),
        (
            "Estonian President Mart Lepik and Ghanaian President Kwame Boateng exchanged views on the "
            "margins of the Three Seas Summit in Warsaw on Monday.",
            [("meeting", "2024-05-13", ("EST", "GHA"))],
        ),
        # look-alike: the summit taken part in, not only where the exchange was
        (
            "Estonian President Mart Lepik and Ghanaian President Kwame Boateng attended the Three Seas "
            "Summit in Warsaw on Monday and exchanged views on trade.",
            [("forum", "2024-05-13", ("EST", "GHA"))],
        ),
    ],
)
def test_views_exchanged_on_a_summits_sidelines_are_a_meeting(text: str, expected: list) -> None:
    """ "A and B exchanged pleasantries on the sidelines of the D-8 Summit": their meeting, held
    at the summit (the summit alone had been told, a forum of the two)."""
    assert kinds_days_and_sides(text) == expected


def people_by_kind(text: str, dateline: str | None = None) -> list[tuple[str, list[str]]]:
    return [
        (e.engagement_type, sorted(p.name for p in e.participants if p.participant_type == "person"))
        for e in extract(text, dateline=dateline)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Ghana held the 5th Joint Commission meeting in Lima on Monday, which was co-chaired by "
        "Foreign Minister Elmer Schialer and Ghanaian Foreign Minister Kwame Boateng.",
        "Peru and Ghana signed two memoranda during the 5th session of the Peru-Ghana Joint Commission "
        "held here, which was chaired by Foreign Minister Elmer Schialer and Ghanaian Foreign Minister "
        "Kwame Boateng.",
    ],
)
def test_which_was_co_chaired_after_a_day_or_place_tells_the_session(text: str) -> None:
    """ "held the Joint Commission meeting here on Monday, which was co-chaired by X and Y": only
    a session is chaired, so the co-chairs are the session's though a day or a place stands
    between (they had been lost)."""
    (forum,) = [e for e in people_by_kind(text, "Lima") if e[0] == "forum"]
    assert forum == ("forum", ["Elmer Schialer", "Kwame Boateng"])


def test_which_was_chaired_after_a_meetings_place_names_no_one() -> None:
    text = (
        "Foreign Minister Elmer Schialer held talks with Ghanaian Foreign Minister Kwame Boateng at the "
        "Congress on Monday, which was chaired by Rosa Quispe."
    )
    assert people_by_kind(text, "Lima") == [("meeting", ["Elmer Schialer", "Kwame Boateng"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A regular meeting of the Peru-Ghana Intergovernmental Commission on Trade was held in Lima on "
            "Monday.",
            [("forum", "2024-05-13", ("GHA", "PER"))],
        ),
        (
            "A regular meeting of the Peru-Ghana Intergovernmental Commission was held in Lima on Monday. "
            "The meeting was co-chaired by Peruvian Foreign Minister Elmer Schialer and Ghanaian Foreign "
            "Minister Kwame Boateng.",
            [("forum", "2024-05-13", ("GHA", "PER"))],
        ),
        # look-alikes: a practice agreed on, not a sitting held
        (
            "Peru and Ghana agreed on Monday to hold a regular meeting of the intergovernmental commission "
            "every year.",
            [],
        ),
        ("Peru and Ghana held regular meetings of the commission in past years.", []),
    ],
)
def test_a_regular_meeting_of_a_body_is_its_sitting(text: str, expected: list) -> None:
    """ "A regular meeting of the A-B Intergovernmental Commission was held in Z": one ordinary
    sitting of the body, as "The regular meeting" is (it had been read as a practice and lost, so
    the co-chairs of a next sentence made a meeting of their own)."""
    assert kinds_days_and_sides(text) == expected


def test_plural_meetings_with_two_countries_are_one_each() -> None:
    """ "President X had meetings with President of Kyrgyzstan Y and Emir of Qatar Z": a plural
    meeting noun tells several meetings (they had been one meeting of three countries)."""
    text = (
        "On Thursday, Estonian President Mart Lepik had meetings with President of the Republic of "
        "Ghana Kwame Boateng and Prime Minister of Peru Rosa Quispe in Geneva."
    )
    assert meetings(text) == [["Kwame Boateng", "Mart Lepik"], ["Mart Lepik", "Rosa Quispe"]]


def test_plural_meetings_with_one_country_stay_one() -> None:
    text = (
        "On Thursday, Estonian President Mart Lepik held meetings with Ghanaian Foreign Minister "
        "Ama Owusu and Ghanaian Trade Minister Kofi Asante in Accra."
    )
    assert meetings(text) == [["Ama Owusu", "Kofi Asante", "Mart Lepik"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Friday, Estonian President Mart Lepik held talks with Ghanaian President Kwame Boateng "
            "and later met Peruvian Prime Minister Rosa Quispe in Geneva.",
            [["Kwame Boateng", "Mart Lepik"], ["Mart Lepik", "Rosa Quispe"]],
        ),
        (
            "On Friday, Estonian President Mart Lepik received Ghanaian President Kwame Boateng and "
            "hosted Peruvian Prime Minister Rosa Quispe for lunch in Tallinn.",
            [["Kwame Boateng", "Mart Lepik"], ["Mart Lepik", "Rosa Quispe"]],
        ),
        # one country on both sides of "and": the same meeting told twice
        (
            "On Friday, Estonian President Mart Lepik met Ghanaian President Kwame Boateng and held "
            "talks with Ghanaian Trade Minister Kofi Asante in Tallinn.",
            [["Kofi Asante", "Kwame Boateng", "Mart Lepik"]],
        ),
    ],
)
def test_two_meeting_verbs_with_other_countries_are_two_meetings(text: str, expected: list) -> None:
    """ "also held talks with Mexican President Claudia Sheinbaum and met South African President
    Cyril Ramaphosa": two coordinated verbs, two meetings (they had been one of three countries)."""
    assert meetings(text) == expected


def dated_meetings(text: str, dateline: str | None = None) -> list[tuple[str, list[str]]]:
    return [
        (str(e.engagement_date), sorted(p.name for p in e.participants if p.participant_type == "person"))
        for e in extract(text, dateline=dateline)
        if e.engagement_type == "meeting"
    ]


@pytest.mark.parametrize("later", ["the following day", "the next day", "a day later"])
def test_home_officials_met_on_later_days_are_meetings_of_their_own(later: str) -> None:
    """ "called on Home Minister A on Monday and met Finance Minister B the following day": the
    people met, of no country word (home officials), still met on days of their own (they had
    been one meeting on Monday)."""
    text = (
        "PORT MORESBY - Chilean Deputy Minister Rosa Quispe called on Trade Minister Kila Moresi on "
        f"Monday and met Finance Minister Tau Vagi {later}."
    )
    assert dated_meetings(text, "Port Moresby") == [
        ("2024-05-13", ["Kila Moresi", "Rosa Quispe"]),
        ("2024-05-14", ["Rosa Quispe", "Tau Vagi"]),
    ]


def test_home_officials_met_with_no_later_day_stay_one_meeting() -> None:
    text = (
        "PORT MORESBY - Chilean Deputy Minister Rosa Quispe called on Trade Minister Kila Moresi on "
        "Monday and met Finance Minister Tau Vagi."
    )
    expected = [("2024-05-13", ["Kila Moresi", "Rosa Quispe", "Tau Vagi"])]
    assert dated_meetings(text, "Port Moresby") == expected


def test_people_met_after_announced_bilateral_meetings_are_one_meeting_each() -> None:
    """ "Fidan held a series of bilateral meetings on the margins of the summit. Fidan met A, B
    and C": the list names the counterparts of the meetings announced (one meeting of four
    countries had been found)."""
    text = (
        "On Monday, Estonian Foreign Minister Mart Lepik held bilateral meetings at the UN General "
        "Assembly in New York. Lepik received Ghanaian Foreign Minister Kwame Boateng and Peruvian "
        "Foreign Minister Rosa Quispe."
    )
    assert meetings(text) == [["Kwame Boateng", "Mart Lepik"], ["Mart Lepik", "Rosa Quispe"]]


def test_a_trilateral_after_announced_bilateral_meetings_stays_one() -> None:
    text = (
        "On Monday, Estonian Foreign Minister Mart Lepik held bilateral meetings at the UN General "
        "Assembly in New York. Lepik also held a trilateral meeting with Ghanaian Foreign Minister "
        "Kwame Boateng and Peruvian Foreign Minister Rosa Quispe."
    )
    assert meetings(text) == [["Kwame Boateng", "Mart Lepik", "Rosa Quispe"]]


def test_a_joint_meeting_stays_one() -> None:
    text = (
        "Indian Prime Minister Narendra Modi met Brazilian President Lula da Silva and Argentine "
        "President Javier Milei in Rio de Janeiro on Monday."
    )
    assert meetings(text) == [["Javier Milei", "Lula da Silva", "Narendra Modi"]]


# ---------------------------------------------------------------------------------------
# "X and Y agreed on Monday ... during their annual consultation in Z": a meeting on that
# day; "in consultation with" is a process, no meeting

CONSULTATIONS = [
    (
        "Prime Minister Lawrence Wong and Malaysian Prime Minister Anwar Ibrahim agreed on Monday to "
        "extend the rapid transit link during their annual consultation at the Istana in Singapore.",
        [("meeting", "2024-05-13", "Singapore")],
    ),
    (
        "Norwegian Prime Minister Jonas Gahr Store and Swedish Prime Minister Ulf Kristersson on "
        "Tuesday agreed to pool ammunition orders during their first consultation in Oslo.",
        [("meeting", "2024-05-14", "Oslo")],
    ),
    # the consultation's name between its determiner and the noun (it had been no meeting)
    (
        "Prime Minister Lawrence Wong and Thai Prime Minister Srettha Thavisin on Tuesday held the 7th "
        "Annual Leaders' Consultation at the Government House in Bangkok.",
        [("meeting", "2024-05-14", "Bangkok")],
    ),
    (
        "Norwegian Prime Minister Jonas Gahr Store and Swedish Prime Minister Ulf Kristersson on "
        "Tuesday held their bilateral ministerial consultation in Oslo.",
        [("meeting", "2024-05-14", "Oslo")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONSULTATIONS)
def test_a_consultation_is_a_meeting_on_the_day_of_what_was_agreed(text: str, expected: list[tuple]) -> None:
    found = [(e.engagement_type, str(e.engagement_date), e.location) for e in extract(text)]
    assert found == expected


def test_in_consultation_with_is_no_meeting() -> None:
    text = (
        "The Kenyan trade ministry drafted the rules in consultation with the Ugandan revenue "
        "authority on Monday."
    )
    assert extract(text) == []


def test_a_named_process_of_consultation_is_no_meeting() -> None:
    """A capitalized or modified "consultation" without a determiner is still a process."""
    text = (
        "The Kenyan trade ministry drafted the rules after Public Consultation and bilateral consultation "
        "on Monday."
    )
    assert extract(text) == []


# ---------------------------------------------------------------------------------------
# "at the Presidential Villa, Abuja": a city in apposition to a named venue is the place

VENUES_WITH_CITY = [
    (
        "President John Mahama on Tuesday received Turkey's Vice President Cevdet Yilmaz at the "
        "Peduase Lodge, Accra, where the two discussed gold refining and power.",
        [("meeting", "Accra")],
    ),
    (
        "Colombian President Gustavo Petro met Ecuadorian President Daniel Noboa on Monday in the "
        "Plaza Grande Residence, Quito, to discuss border security.",
        [("meeting", "Quito")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), VENUES_WITH_CITY)
def test_a_city_after_a_named_venue_is_the_place(text: str, expected: list[tuple]) -> None:
    assert [(e.engagement_type, e.location) for e in extract(text)] == expected


# ---------------------------------------------------------------------------------------
# "an issue that has caused concern in Rabat": a reaction somewhere is no venue

REACTIONS_ELSEWHERE = [
    (
        "CAIRO - Spanish Prime Minister Pedro Sanchez met Egyptian President Abdel Fattah al-Sisi in "
        "Cairo on Monday. Before the lunch, the two leaders held a one-on-one meeting at the palace, "
        "where they discussed fishing quotas, an issue that has caused anger in Rabat in recent weeks.",
        "Cairo",
    ),
]


@pytest.mark.parametrize(("text", "place"), REACTIONS_ELSEWHERE)
def test_a_reaction_elsewhere_is_no_venue(text: str, place: str) -> None:
    assert {e.location for e in extract(text, dateline="Cairo")} == {place}


# ---------------------------------------------------------------------------------------
# "a memorandum on a bridge between A and B": the ends of a link, not the parties

LINKS_BETWEEN_PLACES = [
    (
        "Kenyan Transport Secretary Davis Chirchir and Ugandan Works Minister Edward Wamala signed "
        "a memorandum on the construction of a railway line between Malaba in Busia and Tororo "
        "Junction in Eastern Region on Monday.",
        ["Davis Chirchir", "Edward Wamala"],
        [],
    ),
    (
        "Peruvian Trade Minister Ursula Vega and Chilean Trade Minister Pablo Soto signed a memorandum "
        "on the upgrade of the highway between Tacna Norte in Tacna and Arica Sur in Arica on Friday.",
        ["Pablo Soto", "Ursula Vega"],
        [],
    ),
]


@pytest.mark.parametrize(("text", "people", "orgs"), LINKS_BETWEEN_PLACES)
def test_places_a_link_joins_are_no_participants(text: str, people: list[str], orgs: list[str]) -> None:
    (found,) = signings(text)
    assert (found[2], [name for name, _ in found[3]]) == (people, orgs)


# ---------------------------------------------------------------------------------------
# "..., witnessed by the two prime ministers": the principals of the talks witnessed it

WITNESSED_BY = [
    (
        "Estonian Prime Minister Kristen Michal and Finnish Prime Minister Petteri Orpo held talks in "
        "Tallinn on Monday. After the meeting, Economy Minister Erkki Keldo and Finnish Trade "
        "Minister Ville Tavio signed a memorandum on the construction of a power cable between "
        "Paldiski and Inkoo, witnessed by the two prime ministers.",
        ["Erkki Keldo", "Kristen Michal", "Petteri Orpo", "Ville Tavio"],
    ),
]


@pytest.mark.parametrize(("text", "people"), WITNESSED_BY)
def test_witnessed_by_the_two_leaders_adds_them(text: str, people: list[str]) -> None:
    found = [names for kind, _, names, _ in signings(text, dateline="Tallinn") if kind == "agreement"]
    assert found == [people]


# ---------------------------------------------------------------------------------------
# "met ... on the sidelines of the G7 summit": a meeting; the summit is where it was held

SIDELINE_MEETINGS = [
    (
        "Japanese Prime Minister Shigeru Ishiba and his Canadian counterpart Mark Carney met in "
        "Kananaskis on Monday on the sidelines of the G7 summit.",
        [("meeting", ("CAN", "JPN"))],
    ),
    (
        "Japan and Canada will start talks on a defence pact in the autumn, officials said on "
        "Wednesday, after Prime Minister Shigeru Ishiba and his Canadian counterpart Mark Carney met "
        "in Kananaskis on Monday on the sidelines of the G7 summit.",
        [("meeting", ("CAN", "JPN"))],
    ),
    (
        "South African President Cyril Ramaphosa and Indonesian President Prabowo Subianto held "
        "talks in Johannesburg on Saturday on the margins of the BRICS summit.",
        [("meeting", ("IDN", "ZAF"))],
    ),
    # "X and Y spoke ... on the sidelines": two sides that spoke together in one place met
    (
        "Chilean President Gabriel Boric and Peruvian President Dina Boluarte spoke for some 20 minutes "
        "on the sidelines of the APEC summit on Tuesday, according to a Chilean diplomat.",
        [("meeting", ("CHL", "PER"))],
    ),
    (
        "Norwegian Foreign Minister Espen Barth Eide and Estonian Foreign Minister Margus Tsahkna briefly "
        "spoke on the margins of the NATO gathering.",
        [("meeting", ("EST", "NOR"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIDELINE_MEETINGS)
def test_a_meeting_on_the_sidelines_of_a_summit_is_a_meeting(text: str, expected: list[tuple]) -> None:
    assert [(e.engagement_type, e.countries) for e in extract(text)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kenyan President William Ruto and Ghanaian President John Mahama met on the sidelines of "
            "the Commonwealth summit in Apia Harbour, Samoa, on Thursday.",
            [("meeting", ("GHA", "KEN"))],
        ),
        (
            "Chilean Foreign Minister Alberto van Klaveren held talks with his Uruguayan counterpart "
            "Mario Lubetkin at Bad Ragaz, Switzerland, on Monday.",
            [("meeting", ("CHL", "URY"))],
        ),
    ],
)
def test_a_country_after_a_town_the_lexicon_lacks_is_where_not_a_side(
    sentence: str, expected: list[tuple]
) -> None:
    """ "in <Town>, <Country>": the country tells where the town is, as after a known city,
    also when the lexicon does not know the town."""
    assert [(e.engagement_type, e.countries) for e in extract(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghanaian President John Mahama attended the ECOWAS summit in Abuja on Sunday and held bilateral "
        "talks with Senegalese President Bassirou Diomaye Faye.",
        "Ghanaian President John Mahama addressed the regional investment forum on Sunday and later met "
        "Senegalese President Bassirou Diomaye Faye.",
    ],
)
def test_talks_coordinated_after_a_forum_attended_are_a_meeting_of_their_own(sentence: str) -> None:
    """ "attended the G20 summit in Buenos Aires and held bilateral talks with President X": the
    talks have a verb of their own after the forum's, so they are a meeting (only the forum had
    been told), as in the reverse order ("held talks with X and attended a business forum")."""
    meetings = [
        sorted(p.name for p in e.participants) for e in extract(sentence) if e.engagement_type == "meeting"
    ]
    assert meetings == [["Bassirou Diomaye Faye", "John Mahama"]]


def test_the_with_after_a_sidelines_gathering_names_the_counterparts_of_the_main_verb() -> None:
    """ "held talks on Tuesday on the sidelines of the summit with X, Y and Z": a summit is held
    with no one, so "with" returns to the talks, and its first counterpart is one of them (the
    anchor had run to the first comma and dropped X, the host); a national agency's copy filed
    from the gathering's city places the talks there, though the host is a side."""
    found = extract(
        "KIGALI, May 14 (BSS) - Bangladeshi Foreign Minister Hasan Mahmud held talks on Tuesday on the "
        "sidelines of the regional summit with Rwandan President Paul Kagame, Kenyan President William "
        "Ruto and Ghanaian President John Mahama.",
        dateline="Kigali",
    )
    assert [(e.countries, e.location, [p.name for p in e.participants]) for e in found] == [
        (
            ("BGD", "GHA", "KEN", "RWA"),
            "Kigali",
            ["Hasan Mahmud", "Paul Kagame", "William Ruto", "John Mahama"],
        )
    ]


SIGNED_BETWEEN_AFTER_SIDELINES = (
    "LUSAKA - Zambian Trade Minister Chipoka Mulenga and Malawian Trade Minister Vitumbiko Mumba "
    "co-chaired the Zambia-Malawi Joint Permanent Commission in Lusaka on Tuesday. "
)


@pytest.mark.parametrize(
    ("signing", "expected"),
    [
        ("A memorandum on cross-border power supply was signed on the margins of the commission between "
         "Zambia Electricity Supply Corporation and Electricity Supply Corporation of Malawi.",
         (["Chipoka Mulenga", "Vitumbiko Mumba"], ["Electricity Supply Corporation of Malawi",
                                                   "Zambia Electricity Supply Corporation"])),
        ("Two agreements were inked on the sidelines of the session between Zambia Railways Limited and "
         "Malawi Railways Corporation.",
         (["Chipoka Mulenga", "Vitumbiko Mumba"],
          ["Malawi Railways Corporation", "Zambia Railways Limited"])),
    ],
)  # fmt: skip
def test_between_after_a_sidelines_gathering_names_the_parties_of_the_signing(
    signing: str, expected: tuple[list[str], list[str]]
) -> None:
    """ "An MoU was signed on the margins of the commission between A and B": a gathering is
    signed by no one, so "between" returns to the signing, whose parties A and B are, as "with"
    returns to talks (A and B had been put on the commission, and its co-chairs on the MoU)."""
    found = {
        e.engagement_type: e for e in extract(SIGNED_BETWEEN_AFTER_SIDELINES + signing, dateline="Lusaka")
    }
    forum, agreement = found["forum"], found["agreement"]
    assert sorted(p.name for p in forum.participants) == expected[0]
    assert sorted(p.name for p in agreement.participants) == expected[1]


def test_between_after_a_sidelines_meeting_stays_the_meetings() -> None:
    """ "signed on the sidelines of the talks between A and B": talks are held between people,
    so A and B are the talks' and the signing's parties are not read from them."""
    found = extract(
        SIGNED_BETWEEN_AFTER_SIDELINES + "A memorandum was signed on the sidelines of the talks between "
        "Zambian President Hakainde Hichilema and Malawian President Lazarus Chakwera.",
        dateline="Lusaka",
    )
    agreements = [e for e in found if e.engagement_type == "agreement"]
    assert all("Hakainde Hichilema" not in [p.name for p in e.participants] for e in agreements)


def test_a_meeting_on_whose_sidelines_talks_were_held_keeps_its_own_with() -> None:
    """ "met X on the sidelines of his talks with Y": talks are held with someone, so Y is
    the counterpart of those talks, not of the meeting with X."""
    found = extract(
        "Kenyan President William Ruto met Ghanaian Trade Minister Elizabeth Ofosu-Adjare on Tuesday on "
        "the sidelines of his talks with Rwandan President Paul Kagame."
    )
    assert ("GHA", "KEN") in [e.countries for e in found]


def test_two_speakers_at_a_session_on_the_sidelines_did_not_meet() -> None:
    """ "X and Y spoke at a panel on the sidelines": speeches to an audience, not talks together."""
    found = extract(
        "Chilean President Gabriel Boric and Peruvian President Dina Boluarte spoke at a business panel "
        "on the sidelines of the APEC summit on Tuesday."
    )
    assert [e.engagement_type for e in found if e.engagement_type == "meeting"] == []


# ---------------------------------------------------------------------------------------
# "After the meeting, A and B signed ...": the signatories did not hold the meeting; "After
# meeting X, A signed ..." (a gerund) tells A's own meeting

AFTER_THE_MEETING = [
    (
        "Danish Prime Minister Mette Frederiksen received Polish Prime Minister Donald Tusk in "
        "Copenhagen on Monday. After the meeting, Danish Defence Minister Troels Lund Poulsen and "
        "Polish Defence Minister Wladyslaw Kosiniak-Kamysz signed a letter of intent on air defence.",
        ["Donald Tusk", "Mette Frederiksen"],
    ),
]


@pytest.mark.parametrize(("text", "people"), AFTER_THE_MEETING)
def test_signatories_after_the_meeting_did_not_hold_it(text: str, people: list[str]) -> None:
    assert meetings(text, dateline="Copenhagen") == [people]


def test_after_meeting_someone_the_subject_met_them() -> None:
    text = (
        "After meeting Polish Prime Minister Donald Tusk in Copenhagen on Monday, Danish Prime "
        "Minister Mette Frederiksen signed a letter of intent on air defence."
    )
    assert meetings(text) == [["Donald Tusk", "Mette Frederiksen"]]


# ---------------------------------------------------------------------------------------
# "the two leaders" are the leaders of the engagement referred to, not its first-named
# signatories

THE_TWO_LEADERS = [
    (
        "India and Qatar on Tuesday signed an investment protection treaty. "
        "The agreement was signed in Doha by Indian Trade Minister Piyush Goyal and Qatari Minister of "
        "Commerce Faisal bin Thani Al Thani, in the presence of Indian Prime Minister Narendra Modi and "
        "Qatari Emir Sheikh Tamim bin Hamad Al Thani. Earlier, the two leaders held talks on energy.",
        ["Narendra Modi", "Tamim bin Hamad Al Thani"],
    ),
]


@pytest.mark.parametrize(("text", "people"), THE_TWO_LEADERS)
def test_the_two_leaders_are_the_leaders(text: str, people: list[str]) -> None:
    assert meetings(text, dateline="Doha") == [people]


# ---------------------------------------------------------------------------------------
# "during the first session of the X Council": a numbered sitting is a forum of its own,
# though told with "the"

NUMBERED_SESSIONS = [
    (
        "Prime Minister Petr Fiala and Polish Prime Minister Donald Tusk signed a declaration on "
        "rail links in Ostrava on Tuesday, during the third session of the two countries' "
        "Intergovernmental Consultations Council.",
        [("agreement", "2024-05-14"), ("forum", "2024-05-14")],
    ),
    (
        "Kazakh Foreign Minister Murat Nurtleu and Uzbek Foreign Minister Bakhtiyor Saidov signed "
        "a visa protocol in Astana on Monday, during the 5th meeting of the Kazakh-Uzbek "
        "Interstate Council.",
        [("agreement", "2024-05-13"), ("forum", "2024-05-13")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERED_SESSIONS)
def test_a_numbered_session_is_a_forum_of_its_own(text: str, expected: list[tuple]) -> None:
    assert sorted(kinds_and_days(text)) == expected


def test_the_session_told_before_is_no_new_forum() -> None:
    text = (
        "The Czech-Polish Intergovernmental Council held its third session in Ostrava on Tuesday. "
        "During the session, Prime Minister Petr Fiala and Polish Prime Minister Donald Tusk signed "
        "a declaration on rail links."
    )
    assert sorted(kinds_and_days(text)) == [("agreement", "2024-05-14"), ("forum", "2024-05-14")]


# ---------------------------------------------------------------------------------------
# "The commission was attended by ..., including X and Y": people of the session told before

ATTENDED_BODIES = [
    (
        "Prime Minister Petr Fiala and Polish Prime Minister Donald Tusk signed a declaration on "
        "rail links in Ostrava on Tuesday, during the third session of the two countries' "
        "Intergovernmental Council. The council was attended by ministers from both governments, "
        "including Czech Transport Minister Martin Kupka and Polish Infrastructure Minister Dariusz "
        "Klimczak.",
        ["Dariusz Klimczak", "Donald Tusk", "Martin Kupka", "Petr Fiala"],
    ),
]


@pytest.mark.parametrize(("text", "people"), ATTENDED_BODIES)
def test_those_who_attended_a_session_took_part_in_it(text: str, people: list[str]) -> None:
    forums = [
        sorted(p.name for p in e.participants if p.participant_type == "person")
        for e in extract(text)
        if e.engagement_type == "forum"
    ]
    assert forums == [people]


def visitors(text: str, dateline: str | None = None) -> list[list[str]]:
    return [
        sorted(p.name for p in e.participants if p.participant_type == "person")
        for e in extract(text, dateline=dateline)
        if e.engagement_type == "visit"
    ]


# ---------------------------------------------------------------------------------------
# the visitor of "his official visit" is the subject; whoever invited them, or is named
# before "is accompanied by", is no visitor

VISITORS = [
    (
        "Kenyan President William Ruto met Ghanaian President John Mahama in Accra on Monday, on "
        "the first day of his state visit to Ghana.",
        [["William Ruto"]],
    ),
    (
        "Kenyan President William Ruto met Ghanaian President John Mahama in Accra on Monday. Ruto, "
        "who arrived in the Ghanaian capital on Monday morning at the invitation of President "
        "Mahama, is accompanied by a large business delegation.",
        [["William Ruto"]],
    ),
    (
        "Kenyan President William Ruto met Ghanaian President John Mahama in Accra on Monday, on "
        "the first day of his state visit to Ghana. Ruto, who arrived in the Ghanaian capital on "
        "Monday morning at the invitation of President Mahama, is accompanied by Foreign Minister "
        "Musalia Mudavadi.",
        [["Musalia Mudavadi", "William Ruto"]],
    ),
]


@pytest.mark.parametrize(("text", "expected"), VISITORS)
def test_who_visits(text: str, expected: list[list[str]]) -> None:
    assert visitors(text, dateline="Accra") == expected


# ---------------------------------------------------------------------------------------
# credentials: an envoy received

CREDENTIALS = [
    # "received (a copy of) the credentials of X": a reception of the envoy, whose object is
    # no person ("received a copy" had found no one received)
    ("BRASILIA, May 13 - Foreign Minister Mauro Vieira on Monday received a copy of the credentials of "
     "the new Ambassador of Ghana to Brazil, Kwame Asante.", "Brasilia",
     [("meeting", "2024-05-13", ("BRA", "GHA"))]),
    ("ACCRA - President John Mahama on Tuesday received the letters of credence of the Peruvian "
     "Ambassador Rosa Quispe.", "Accra",
     [("meeting", "2024-05-14", ("GHA", "PER"))]),
    # "presented/accepted credentials" is a reception; the same verbs with anything else none
    ("OSLO - The new Ambassador of Chile to Norway, Ana Rojas, presented her credentials to King Harald "
     "V at the Royal Palace on Monday.", "Oslo",
     [("meeting", "2024-05-13", ("CHL", "NOR"))]),
    ("ACCRA - Ghana's Finance Minister presented the budget on Monday and accepted the proposal of "
     "Japan's JICA.", "Accra", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dateline", "expected"), CREDENTIALS)
def test_credentials_are_an_envoy_received(text: str, dateline: str, expected: list[tuple]) -> None:
    assert kinds_days_and_sides(text, dateline) == expected


# ---------------------------------------------------------------------------------------
# "signed for the Nigerian firm": who signed for whom in a signing told before

SIGNED_FOR_A_SIDE = [
    # both signers are the signing's (the second, after "while", had been lost)
    ("ACCRA - Ghana's Volta Steel and India's Tata Projects signed a $400 million contract on Monday to "
     "build a rolling mill. Kwesi Mensah, Volta Steel's chairman, signed for the Ghanaian firm, while Tata "
     "Projects chief executive Vinayak Pai signed for the Indian side at a ceremony in Accra.",
     [("agreement", "2024-05-13", ["Kwesi Mensah", "Vinayak Pai"])]),
    ("ACCRA - Ghana and Togo signed a border treaty on Monday. Foreign Minister Ama Boateng signed on behalf "
     "of Ghana, while Togolese Foreign Minister Robert Dussey signed for Togo.",
     [("agreement", "2024-05-13", ["Ama Boateng", "Robert Dussey"])]),
    # what was signed is no side: a signing of its own
    ("ACCRA - Ghana and Togo signed a treaty on Monday. On Tuesday, Ghanaian Works Minister Kofi Adda and "
     "Togolese Minister Zouréhatou Kassah-Traoré signed for the construction of a border post.",
     [("agreement", "2024-05-13", []),
      ("agreement", "2024-05-14", ["Kofi Adda", "Zouréhatou Kassah-Traoré"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SIGNED_FOR_A_SIDE)
def test_signed_for_a_side_is_the_signing_told(text: str, expected: list[tuple]) -> None:
    found = [
        (
            e.engagement_type,
            str(e.engagement_date),
            sorted(p.name for p in e.participants if p.participant_type == "person"),
        )
        for e in extract(text, dateline="Accra")
    ]
    assert found == expected


def test_both_after_two_named_people_is_them() -> None:
    """ "X also met Y on Wednesday, and both witnessed the signing": "both" is X and Y; the
    principals of the talks told before (a third person) had been added to the meeting."""
    found = extract(
        "SANTIAGO - Chilean President Gabriel Boric received on Tuesday the Vice President of Vietnam, Vo "
        "Thi Anh Xuan. The Vietnamese vice president also met with Chilean Foreign Minister Alberto van "
        "Klaveren on Monday, and both witnessed the signing of three cooperation agreements.",
        dateline="Santiago",
    )
    monday = {e.engagement_type: sorted(p.name for p in e.participants) for e in found
              if str(e.engagement_date) == "2024-05-13"}  # fmt: skip
    assert monday == {
        "meeting": ["Alberto van Klaveren", "Vo Thi Anh Xuan"],
        "agreement": ["Alberto van Klaveren", "Vo Thi Anh Xuan"],
    }


def test_a_relative_clause_on_the_two_leaders_is_theirs() -> None:
    """ "The leaders, who met on the sidelines of the summit in Arusha on Wednesday, also
    directed ...": the meeting of the two named before; the clause had found nobody."""
    found = extract(
        "DODOMA - President Samia Suluhu Hassan and her Ugandan counterpart Yoweri Museveni have agreed to "
        "remove 14 non-tariff barriers. The leaders, who met on the sidelines of the East African Community "
        "summit in Arusha on Wednesday, also directed their ministers to finalise a border post.",
        dateline="Dodoma",
    )
    assert [(e.engagement_type, str(e.engagement_date), e.countries, e.location) for e in found] == [
        ("meeting", "2024-05-15", ("TZA", "UGA"), "Arusha")
    ]


#: Someone named by a country and a role alone ("the Sri Lankan deputy foreign minister", "the
#: Indian High Commissioner", "Japan's ambassador", "a visiting Malaysian trade delegation")
#: takes that side, so the host of no stated country defaults to the dateline's; he had been
#: given the only side in the text, and the meeting, with one country, was dropped.
NAMED_BY_ROLE_ALONE = [
    ("DHAKA - Foreign Adviser Md Touhid Hossain met the Sri Lankan deputy foreign minister on Monday.",
     "Dhaka", ("BGD", "LKA")),
    ("ACCRA - Trade Minister Elizabeth Ofosu-Adjare received the Indian High Commissioner on Monday.",
     "Accra", ("GHA", "IND")),
    # a country's possessive or attributive name, a modifier, a secretary, a delegation
    ("ACCRA - Trade Minister Elizabeth Ofosu-Adjare met Japan's ambassador on Monday.", "Accra",
     ("GHA", "JPN")),
    ("ACCRA - Trade Minister Elizabeth Ofosu-Adjare met the US Assistant Secretary of State on Monday.",
     "Accra", ("GHA", "USA")),
    ("ACCRA - Trade Minister Elizabeth Ofosu-Adjare held talks with a visiting Malaysian trade delegation "
     "on Monday.", "Accra", ("GHA", "MYS")),
    ("ACCRA - Trade Minister Elizabeth Ofosu-Adjare met the Kenyan Trade Cabinet Secretary on Monday.",
     "Accra", ("GHA", "KEN")),
    # a plural role before the countries it lists
    ("ACCRA - Trade Minister Elizabeth Ofosu-Adjare met with the ambassadors of Germany and France on "
     "Monday.", "Accra", ("DEU", "FRA", "GHA")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dateline", "countries"), NAMED_BY_ROLE_ALONE)
def test_a_side_named_by_role_alone(text: str, dateline: str, countries: tuple) -> None:
    assert [e.countries for e in extract(text, dateline=dateline)] == [countries]


#: "landed in" and "touched down in" a place are arrivals, as "arrived in" is; "touched down"
#: is no "touched on" a topic; "landed in trouble" goes nowhere.
ARRIVALS = [
    ("HANOI - Indonesian President Prabowo Subianto touched down in Hanoi on Monday evening.",
     [("visit", "2024-05-13", ())]),
    ("HANOI - Indonesian President Prabowo Subianto landed in Hanoi on Monday.",
     [("visit", "2024-05-13", ())]),
    ("HANOI - Indonesian President Prabowo Subianto landed in trouble on Monday.", []),
    # "flew into" a place is an arrival there; flying "into" anything else goes nowhere
    ("HANOI - A Thai trade mission led by Commerce Minister Pichai Naripthaphan flew into Hanoi on Monday.",
     [("visit", "2024-05-13", ())]),
    ("HANOI - Indonesian President Prabowo Subianto flew into a storm of criticism on Monday.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ARRIVALS)
def test_landing_is_an_arrival(text: str, expected: list[tuple]) -> None:
    found = extract(text, dateline="Hanoi")
    assert [(e.engagement_type, str(e.engagement_date), e.topics) for e in found] == expected


#: "sat down with" someone named is a meeting; "sat on the panel" and "sat down with
#: reporters" are none.
SAT_DOWN_WITH = [
    ("WELLINGTON - New Zealand Prime Minister Christopher Luxon sat down with Singapore Prime Minister "
     "Lawrence Wong in Singapore on Monday.", [("meeting", "2024-05-13", ("NZL", "SGP"))]),
    ("WELLINGTON - New Zealand Prime Minister Christopher Luxon sat on the panel with Singapore Prime "
     "Minister Lawrence Wong on Monday.", []),
    ("WELLINGTON - New Zealand Prime Minister Christopher Luxon sat down with reporters on Monday.", []),
    # a short date between "down" and "with", as after "met"
    ("OSLO - Norwegian Trade Minister Cecilie Myrseth sat down on Tuesday with Chilean Economy Minister "
     "Nicolas Grau at the ministry.", [("meeting", "2024-05-14", ("CHL", "NOR"))]),
    ("OSLO - Norwegian Trade Minister Cecilie Myrseth sat down yesterday afternoon with Chilean Economy "
     "Minister Nicolas Grau.", [("meeting", "2024-05-15", ("CHL", "NOR"))]),
    ("OSLO - Norwegian Trade Minister Cecilie Myrseth sat down on Tuesday with reporters.", []),
    # a named place between "down" and "with", as after "met"
    ("OSLO - Norwegian Trade Minister Cecilie Myrseth sat down in Bergen with her counterpart, Chilean "
     "Economy Minister Nicolas Grau, on Tuesday.", [("meeting", "2024-05-14", ("CHL", "NOR"))]),
    ("OSLO - Norwegian Trade Minister Cecilie Myrseth sat down at the Storting on Tuesday with Chilean "
     "Economy Minister Nicolas Grau.", [("meeting", "2024-05-14", ("CHL", "NOR"))]),
    ("OSLO - Norwegian Trade Minister Cecilie Myrseth sat down in Bergen with reporters on Tuesday.", []),
    # the people who speak for a company or body, named after them
    ("OSLO - Norwegian Trade Minister Cecilie Myrseth sat down on Tuesday with executives of Chilean "
     "salmon farmer Australis Mar.", [("meeting", "2024-05-14", ("CHL", "NOR"))]),
    ("OSLO - Norwegian Trade Minister Cecilie Myrseth sat down with representatives of the Chilean "
     "Exporters Association on Tuesday.", [("meeting", "2024-05-14", ("CHL", "NOR"))]),
    # two sides who "sat down together": with each other
    ("OSLO - Norwegian Trade Minister Cecilie Myrseth and Chilean Economy Minister Nicolas Grau sat down "
     "together in Oslo on Tuesday.", [("meeting", "2024-05-14", ("CHL", "NOR"))]),
    ("OSLO - Norwegian Prime Minister Jonas Gahr Store has long courted Chilean President Gabriel Boric. "
     "The two leaders eventually sat down together on the margins of the WTO conference on Tuesday.",
     [("meeting", "2024-05-14", ("CHL", "NOR"))]),
    # look-alike: a group that sits down together is no two sides
    ("OSLO - Exporters and officials sat down together in Oslo on Tuesday.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SAT_DOWN_WITH)
def test_sat_down_with_is_a_meeting(text: str, expected: list[tuple]) -> None:
    assert kinds_days_and_sides(text, "Wellington") == expected


#: Two sides that "talked" in one room met ("one-on-one", "face to face", "privately", "on the
#: sidelines", "in <city>"); "talked about", "talked to reporters" and "talked by phone" are no meeting.
TALKED_IN_PERSON = [
    ("QUITO - Ecuadorian President Daniel Noboa and Colombian President Gustavo Petro talked one-on-one "
     "for over an hour in Quito on Tuesday.", [("meeting", "2024-05-14", ("COL", "ECU"))]),
    ("QUITO - Ecuadorian President Daniel Noboa has long courted Colombian President Gustavo Petro. "
     "The two leaders talked face to face on Tuesday before the plenary.",
     [("meeting", "2024-05-14", ("COL", "ECU"))]),
    ("QUITO - Ecuadorian President Daniel Noboa and Colombian President Gustavo Petro talked privately "
     "on the margins of the Andean summit on Tuesday.", [("meeting", "2024-05-14", ("COL", "ECU"))]),
    ("QUITO - Ecuadorian President Daniel Noboa and Colombian President Gustavo Petro talked by phone "
     "on Tuesday.", [("phone_call", "2024-05-14", ("COL", "ECU"))]),
    ("QUITO - Ecuadorian President Daniel Noboa and Colombian President Gustavo Petro talked about the "
     "border on Tuesday, officials said.", []),
    ("QUITO - Ecuadorian President Daniel Noboa talked to reporters in Quito on Tuesday.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TALKED_IN_PERSON)
def test_talked_in_person_is_a_meeting(text: str, expected: list[tuple]) -> None:
    assert kinds_days_and_sides(text, "Quito") == expected


#: "spoke with" someone titled or a counterpart: a call, as government readouts tell one
#: ("The Prime Minister spoke with President Lula of Brazil"); a meeting when the sentence
#: places it in person ("on the sidelines", "in Beijing"); nothing with reporters or an agency.
SPOKE_WITH = [
    ("OTTAWA - Prime Minister Mark Carney spoke with Mexican President Claudia Sheinbaum on Monday.",
     [("phone_call", "2024-05-13", ("CAN", "MEX"))]),
    ("CANBERRA - Prime Minister Anthony Albanese has spoken with his Indonesian counterpart, with the pair "
     "agreeing to hold an annual leaders' meeting.", [("phone_call", "2024-05-16", ("AUS", "IDN"))]),
    ("OTTAWA - Prime Minister Mark Carney spoke with Mexican President Claudia Sheinbaum on the sidelines "
     "of the G7 summit on Monday.", [("meeting", "2024-05-13", ("CAN", "MEX"))]),
    ("OTTAWA - Prime Minister Mark Carney spoke with Chinese Foreign Minister Wang Yi in Beijing on Monday.",
     [("meeting", "2024-05-13", ("CAN", "CHN"))]),
    ("OTTAWA - Prime Minister Mark Carney spoke to reporters on Monday. He also spoke to Reuters.", []),
    # the press as the subject: an interview, no contact between countries
    ("OTTAWA - Reporters spoke with Mexican President Claudia Sheinbaum in Ottawa on Monday.", []),
    ("NAIROBI - The Kenya Times sat down with Uganda's High Commissioner to Kenya Joy Kabatsi at the mission "
     "in Nairobi this week to talk about trade.", []),
    ("OTTAWA - A Reuters correspondent briefly spoke with Chinese Foreign Minister Wang Yi in Ottawa on "
     "Monday about trade with Canada.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SPOKE_WITH)
def test_spoke_with_a_leader(text: str, expected: list[tuple]) -> None:
    assert kinds_days_and_sides(text, text.split(" - ")[0].title()) == expected


#: A "when" clause hanging on a year ("since 2019, when President X visited Dar es Salaam")
#: tells an event of that year: no day when the clause gives none (it had the story's day),
#: and the clause's own day in that year ("on March 3" was read in the year of publication).
WHEN_OF_A_YEAR = [
    ("NAIROBI - Kenya and Tanzania have not signed a trade agreement since 2019, when President Uhuru "
     "Kenyatta visited Dar es Salaam.", [("visit", "None")]),
    ("NAIROBI - Relations have warmed since 2019, when President Uhuru Kenyatta visited Dar es Salaam on "
     "March 3.", [("visit", "2019-03-03")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WHEN_OF_A_YEAR)
def test_a_when_clause_of_a_year(text: str, expected: list[tuple]) -> None:
    assert kinds_and_days(text, "Nairobi") == [(k, None if d == "None" else d) for k, d in expected]


#: A modal of possibility after an event noun ("a meeting between X and Y could ease
#: tensions") makes it no event told; a past one ("may have eased"), the month "May" and a
#: modal of another verb ("covered trade and agreed they would meet again") do not.
POSSIBLE_EVENTS = [
    ("NAIROBI - Analysts say a meeting between Kenyan President William Ruto and Tanzanian President Samia "
     "Suluhu Hassan could ease tensions.", []),
    ("NAIROBI - Talks between Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan on "
     "Monday may have eased tensions, analysts said.", [("meeting", "2024-05-13")]),
    ("NAIROBI - The talks between Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan "
     "on Monday covered trade and the two sides agreed they would meet again.", [("meeting", "2024-05-13")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSSIBLE_EVENTS)
def test_a_possible_event_is_not_told(text: str, expected: list[tuple]) -> None:
    assert kinds_and_days(text, "Nairobi") == expected


def test_a_visits_people_are_its_visitors() -> None:
    """ "X held talks with Y ..., on the second day of a two-day state visit": the visit is
    X's (the sample labels the visitors only); the host Y had been one of its people."""
    found = extract(
        "ABIDJAN - President John Mahama on Wednesday held talks with his Ivorian counterpart, Alassane "
        "Ouattara, at the Presidential Palace in Abidjan, on the second day of a two-day state visit to "
        "Cote d'Ivoire.",
        dateline="Abidjan",
    )
    (visit,) = [e for e in found if e.engagement_type == "visit"]
    assert [p.name for p in visit.participants] == ["John Mahama"]


def test_a_companion_is_of_the_party_accompanied() -> None:
    """ "Anwar arrived ... on a two-day official visit, accompanied by Foreign Minister X": X is
    Malaysian, as Anwar is (he had taken the host's side, and been dropped from the visit)."""
    found = extract(
        "BANDAR SERI BEGAWAN - Malaysian Prime Minister Anwar Ibrahim held talks with Sultan Hassanal "
        "Bolkiah on Thursday. Anwar arrived in the sultanate on Wednesday for a two-day official visit, "
        "accompanied by Foreign Minister Mohamad Hasan.",
        dateline="Bandar Seri Begawan",
    )
    (visit,) = [e for e in found if e.engagement_type == "visit"]
    assert {p.name: p.country_iso3 for p in visit.participants} == {
        "Anwar Ibrahim": "MYS",
        "Mohamad Hasan": "MYS",
    }


def test_an_event_of_an_earlier_year_and_of_the_countries() -> None:
    """ "In 2023, the two countries held their first joint commission meeting in Bangkok": a
    forum of that year, on no day (it had the story's day: a year opening the sentence was
    dropped as another clause's), with no people ("their" is the countries'; the principals of
    the talks told before had been given it)."""
    found = extract(
        "LIMA - Peruvian Trade Minister Desilu Leon and Thai Commerce Minister Pichai Naripthaphan signed a "
        "protocol on Monday. In 2023, the two countries held their first joint commission meeting in "
        "Bangkok.",
        dateline="Lima",
    )
    forum = next(e for e in found if e.engagement_type == "forum")
    assert (forum.engagement_date, forum.location, forum.countries) == (None, "Bangkok", ("PER", "THA"))
    assert forum.participants == ()


def test_who_attended_the_ceremony_of_an_event_took_part() -> None:
    """ "X and Y signed a protocol ..., during a ceremony at the Government Palace attended by
    President Z": Z took part, as "in the presence of President Z" says (Z had been lost)."""
    (signing,) = extract(
        "LIMA - Peru's Trade Minister Desilu Leon and Thailand's Commerce Minister Pichai Naripthaphan "
        "signed on Monday a protocol on trade, during a ceremony at the Government Palace attended by "
        "President Dina Boluarte.",
        dateline="Lima",
    )
    assert [p.name for p in signing.participants] == ["Desilu Leon", "Pichai Naripthaphan", "Dina Boluarte"]


def test_an_unknown_dateline_town_is_where_it_happened() -> None:
    """ "KANANASKIS - On the sidelines of the G7 summit, X met Y": a town the lexicon does not
    know is where the story was filed from, and the event with no place of its own was held
    there (it had no place)."""
    (meeting,) = extract(
        "KANANASKIS - On the sidelines of the G7 summit on Monday, Canadian Prime Minister Mark Carney met "
        "Indian Prime Minister Narendra Modi.",
        dateline="Kananaskis",
    )
    assert meeting.location == "Kananaskis"


@pytest.mark.parametrize(
    "town",
    ["Phonhong, where a joint rice mill is planned", "Phonhong", "the town of Phonhong"],
)
def test_foreigners_visiting_an_unknown_town_visit_the_datelines_country(town: str) -> None:
    """ "VIENTIANE - ... a Cambodian delegation visited Phonhong": a town the lexicon does not
    know, visited by people the sentence calls foreign, is in the country the story is filed
    from, the visit's host (the visit had one side and was lost)."""
    (visit,) = extract(
        f"VIENTIANE - On Tuesday, a Cambodian agriculture delegation visited {town}.",
        dateline="Vientiane",
    )
    assert (visit.engagement_type, visit.location, visit.countries) == ("visit", "Phonhong", ("KHM", "LAO"))


@pytest.mark.parametrize(
    "text",
    [
        "CANBERRA - Prime Minister Anthony Albanese will travel to Jakarta next week. Mr Albanese met "
        "Indonesian President Prabowo Subianto in Canberra on Monday.",
        "CANBERRA - Prime Minister Anthony Albanese will travel to Jakarta next week. Mr. Albanese met "
        "Indonesian President Prabowo Subianto in Canberra on Monday.",
    ],
)
def test_a_surname_after_mr_is_a_person(text: str) -> None:
    """ "Mr Albanese met X": a surname after a personal courtesy is a person (British,
    Australian and Indian copy); the meeting had one side and was dropped."""
    (meeting,) = extract(text, dateline="Canberra")
    assert meeting.countries == ("AUS", "IDN")
    # (the full name from the sentence before, which tells no event)
    assert "Anthony Albanese" in [p.name for p in meeting.participants]


def test_events_told_with_a_trip_home_first_have_no_day() -> None:
    """ "X has returned from New Zealand after a week-long official visit where he held talks
    with Y": the visit and the talks were before the return, on days the text does not give
    (they had the publication day, after the return)."""
    found = extract(
        "SUVA - Prime Minister Sitiveni Rabuka has returned from New Zealand after a week-long official "
        "visit where he held bilateral talks with his counterpart Christopher Luxon in Wellington.",
        dateline="Suva",
    )
    assert [(e.engagement_type, e.engagement_date) for e in found] == [("visit", None), ("meeting", None)]


#: A visit of N days told with the trip home that ended it on a day the sentence gives ("returned
#: home on Tuesday after a three-day official visit to Laos", "arrived home today after ...")
#: began N - 1 days before the return; with no length written, or no day of the return, it has
#: no day ("arrived home" had dated the visit by the homecoming).
VISIT_ENDED_BY_A_TRIP_HOME = [
    ("Prime Minister Sitiveni Rabuka returned home on Tuesday after a three-day official visit to "
     "Samoa.", "2024-05-12"),
    ("Prime Minister Sitiveni Rabuka arrived home yesterday after a four-day official visit to Samoa.",
     "2024-05-12"),
    ("Prime Minister Sitiveni Rabuka flew back on Tuesday after a three-day official visit to Samoa.",
     "2024-05-12"),
    ("Prime Minister Sitiveni Rabuka arrived home yesterday after an official visit to Samoa.", None),
    # the visit under the traveller's possessive, or "the" after a verb of ending, is his own
    ("Prime Minister Sitiveni Rabuka returned home on Tuesday after concluding his three-day official "
     "visit to Samoa.", "2024-05-12"),
    ("Prime Minister Sitiveni Rabuka flew back on Tuesday after wrapping up her three-day state visit to "
     "Samoa.", "2024-05-12"),
    ("Prime Minister Sitiveni Rabuka arrived home yesterday after ending his four-day working visit to "
     "Samoa.", "2024-05-12"),
    ("Prime Minister Sitiveni Rabuka returned home on Tuesday after his three-day official visit to "
     "Samoa.", "2024-05-12"),
    ("Prime Minister Sitiveni Rabuka returned home on Tuesday after completing the three-day official "
     "visit to Samoa.", "2024-05-12"),
    ("Prime Minister Sitiveni Rabuka returned home on Tuesday after concluding his official visit to "
     "Samoa.", None),
]  # fmt: skip


def test_a_trip_home_after_his_visit_told_before_is_that_visit() -> None:
    """ "He returned home on Tuesday after concluding his visit": the visit the story told
    already, no second one; "after the visit" alone with no visit told is no new one."""
    told = (
        "SUVA - Prime Minister Sitiveni Rabuka arrived in Apia on Saturday for a three-day official visit "
        "to Samoa. He returned home on Tuesday after concluding his visit."
    )
    assert [(e.engagement_type, str(e.engagement_date)) for e in extract(told, dateline="Suva")] == [
        ("visit", "2024-05-11")
    ]
    alone = "SUVA - Prime Minister Sitiveni Rabuka returned home on Tuesday after the visit to Samoa."
    assert extract(alone, dateline="Suva") == []


@pytest.mark.parametrize(("text", "day"), VISIT_ENDED_BY_A_TRIP_HOME)
def test_a_visit_of_n_days_ended_by_the_trip_home_began_n_minus_1_days_before(
    text: str, day: str | None
) -> None:
    found = extract(f"SUVA - {text}", dateline="Suva")
    assert [(e.engagement_type, str(e.engagement_date) if e.engagement_date else None) for e in found] == [
        ("visit", day)
    ]


#: A meeting "on the sidelines of" a gathering with no place named: the dateline's city when
#: that is abroad for every side (the reporter is at the gathering), none when the story is
#: filed from one side's home (it had the home city). A bare "on the margins" is of the gathering
#: the story is filed from, abroad (it had no place) or at home; so is a meeting told after
#: the story tells a named gathering opened or held with no city but the dateline's (it had no
#: place); not when the gathering opened in another town.
SIDELINES_WITH_NO_PLACE = [
    ("NEW YORK - Indian External Affairs Minister S Jaishankar met his Brazilian counterpart Mauro Vieira "
     "on the margins of the UN General Assembly on Monday.", "New York", "New York"),
    ("NEW DELHI - Prime Minister Narendra Modi met Brazilian President Lula on the sidelines of the G20 "
     "summit on Monday.", "New Delhi", None),
    ("NAIROBI - Zambian President Hakainde Hichilema met Malawian President Lazarus Chakwera on the "
     "margins on Tuesday.", "Nairobi", "Nairobi"),
    ("LUSAKA - Zambian President Hakainde Hichilema met Malawian President Lazarus Chakwera on the "
     "sidelines on Tuesday.", "Lusaka", "Lusaka"),
    ("NAIROBI - The East African Community Heads of State Summit opened on Monday. Ugandan President "
     "Yoweri Museveni and Rwandan President Paul Kagame held talks on Tuesday.", "Nairobi", "Nairobi"),
    ("NAIROBI - The East African Community Heads of State Summit opened in Arusha on Monday. Ugandan "
     "President Yoweri Museveni and Rwandan President Paul Kagame held talks on Tuesday.", "Nairobi", None),
    # a national agency filing from abroad travels with its own side, named nowhere but in the
    # credit (it had no place: Indonesia too seldom named to be the story's home)
    ("MADRID (ANTARA) - On the sidelines of the inauguration, Trade Minister Budi Santoso met Spanish "
     "Economy Minister Carlos Cuerpo on Monday.", "Madrid", "Madrid"),
    # a city cut in two by the abbreviation's period names no other town (6112e2dd had lost Nairobi)
    ("NAIROBI - The East African Community Heads of State Summit opened on Monday, with delegates from "
     "St. Petersburg attending. Ugandan President Yoweri Museveni and Rwandan President Paul Kagame held "
     "talks on Tuesday.", "Nairobi", "Nairobi"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dateline", "place"), SIDELINES_WITH_NO_PLACE)
def test_sidelines_with_no_place(text: str, dateline: str, place: str | None) -> None:
    (meeting,) = extract(text, dateline=dateline)
    assert meeting.location == place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what comes before a planned event is planned too
        ("HANOI - Vietnamese Deputy Prime Minister Tran Hong Ha is scheduled to travel on Monday to "
         "Santiago, before concluding his visit to Chile on Tuesday.", []),
        ("HANOI - Vietnamese Deputy Prime Minister Tran Hong Ha travelled on Monday to Santiago, before "
         "concluding his visit to Chile on Tuesday.", ["visit"]),
    ],
)  # fmt: skip
def test_before_a_planned_event(text: str, expected: list[str]) -> None:
    assert [kind for kind, _ in kinds_and_days(text, "Hanoi")] == expected


def test_documents_exchanged_are_no_organization() -> None:
    """ "MoUs on cooperation in youth affairs were exchanged in the presence of the two
    leaders": the subject of the exchange is documents, not a body that signed ("MoUs" had
    been an organization of the signing)."""
    found = extract(
        "NEW DELHI - Prime Minister Narendra Modi held talks with Kuwaiti Crown Prince Sabah Khaled Al-Sabah "
        "at Hyderabad House on Monday. Following the talks, an agreement on double taxation was signed, and "
        "MoUs on cooperation in youth affairs and sports were exchanged in the presence of the two leaders.",
        dateline="New Delhi",
    )
    signing = next(e for e in found if e.engagement_type == "agreement")
    assert [p.participant_type for p in signing.participants] == ["person", "person"]


def test_a_visit_to_a_country_is_where_its_events_were() -> None:
    """ "The Emir is on a State Visit to India from 14-15 May" after "Modi held talks with the
    Emir at Hyderabad House today": the visit was in New Delhi (it had no place)."""
    found = extract(
        "Prime Minister Narendra Modi held talks with the Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber "
        "Al-Sabah, at Hyderabad House today. The Emir is on a State Visit to India from 14-15 May 2024.",
    )
    (visit,) = [e for e in found if e.engagement_type == "visit"]
    assert (visit.engagement_date, visit.location) == (date(2024, 5, 14), "New Delhi")


def test_an_unnamed_counterpart_is_the_holder_told_before() -> None:
    """ "Prime Minister X and his Lao counterpart co-chaired ...", after "Lao Prime Minister Y"
    was named: Y took part (the forum had the Vietnamese side's person only)."""
    found = extract(
        "HANOI - Party General Secretary To Lam received Lao Prime Minister Sonexay Siphandone in Hanoi on "
        "Monday. The same day, Prime Minister Pham Minh Chinh held talks with his Lao counterpart.",
        dateline="Hanoi",
    )
    talks = found[-1]
    assert [p.name for p in talks.participants] == ["Pham Minh Chinh", "Sonexay Siphandone"]


def test_an_abbreviated_muhammad_opens_the_name() -> None:
    """ "Foreign Adviser Md. Touhid Hossain met ...": one person, titled (the sentence had been
    cut at "Md.", and "Md" was a person of its own), his name as written."""
    (meeting,) = extract(
        "DHAKA - Foreign Adviser Md. Touhid Hossain met Indian High Commissioner Pranay Verma on Monday.",
        dateline="Dhaka",
    )
    assert [(p.name, p.title) for p in meeting.participants] == [
        ("Md. Touhid Hossain", "Foreign Adviser"),
        ("Pranay Verma", "High Commissioner"),
    ]


def test_a_title_opened_by_an_ing_word_is_no_participle_clause() -> None:
    """ "A, chief executive of X, B, managing director of Y, and C, chairman of Z, signed":
    "managing director" is B's title, not a participle clause that takes C with it (C had been
    left out of the signing)."""
    (signing,) = extract(
        "ACCRA - Ghana and Togo signed two deals in Accra on Wednesday. They were signed by Efua Boateng, "
        "chief executive of Tema Shipyard, Koffi Agbeko, managing director of Lome Container Terminal, "
        "and Yaw Darko, chairman of the Ghana Free Zones Authority.",
        dateline="Accra",
    )
    assert [p.name for p in signing.participants if p.participant_type == "person"] == [
        "Efua Boateng",
        "Koffi Agbeko",
        "Yaw Darko",
    ]


def test_of_two_holders_a_bare_title_is_the_one_not_of_the_other_sides_country() -> None:
    """ "Chilean President X held talks with Peruvian President Y. The president also held talks
    with <a Peruvian company's> chairman Z": X held them (the later holder, Y, had been taken,
    and the meeting had one country and was dropped)."""
    found = extract(
        "LIMA - Chilean President Ramon Soto held talks with Peruvian President Lucia Vargas in Lima on "
        "Wednesday. The president also held talks with Jorge Paredes, chairman of Peru Copper.",
        dateline="Lima",
    )
    assert len(found) == 2
    assert {p.name for p in found[1].participants if p.participant_type == "person"} == {
        "Ramon Soto",
        "Jorge Paredes",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Ecopetrol and Peru's Petroperu are studying a refinery, but no agreement has yet been signed.",
        "Ecopetrol and Peru's Petroperu have not yet signed an agreement on the refinery.",
        "No memorandum was signed between Ecopetrol and Peru's Petroperu during the visit.",
    ],
)
def test_a_signing_denied_is_no_agreement(sentence: str) -> None:
    """ "no agreement has yet been signed", "have not yet signed": nothing was signed (each had
    given an agreement dated on the day of publication)."""
    assert extract(f"BOGOTA - {sentence}", dateline="Bogota") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean Foreign Minister Rosa Ibanez had hoped to see Peruvian Foreign Minister Jorge Paredes in "
        "Tacna on Monday, but no formal talks were held.",
        "Chilean Foreign Minister Rosa Ibanez wanted to confer with Peruvian Foreign Minister Jorge "
        "Paredes in Tacna on Monday, but the meeting never happened.",
        "A meeting between Chilean Foreign Minister Rosa Ibanez and Peruvian Foreign Minister Jorge Paredes "
        "in Tacna on Monday didn't take place.",
        "No meeting between Chilean Foreign Minister Rosa Ibanez and Peruvian Foreign Minister Jorge Paredes "
        "was held in Tacna on Monday.",
    ],
)
def test_a_meeting_the_sentence_says_did_not_take_place_is_none(sentence: str) -> None:
    """ "but no formal talks were held", "the meeting never happened", "did not take place": the
    noun names an event its own determiner or predicate denies (each had given a meeting)."""
    assert extract(f"SANTIAGO - {sentence}", dateline="Santiago") == []


def test_talks_that_failed_to_agree_were_still_held() -> None:
    """ "The talks did not produce a breakthrough": the negation is of an outcome, the talks
    took place."""
    found = extract(
        "SANTIAGO - Chilean Foreign Minister Rosa Ibanez held talks with Peruvian Foreign Minister Jorge "
        "Paredes in Tacna on Monday. The talks did not produce a breakthrough.",
        dateline="Santiago",
    )
    assert [e.engagement_type for e in found] == ["meeting"]


def test_on_that_occasion_is_the_event_just_told_not_an_earlier_signing() -> None:
    """ "Chile signed a contract with X in May. Minister A met B in Santiago on Monday. On that
    occasion, C and D signed a memorandum": a second signing, on the meeting's day and place
    (it had been folded into the May contract, which has no day)."""
    found = extract(
        "SANTIAGO - Chile signed a contract for 12 patrol boats with Hanwha Ocean in May. Minister Rosa "
        "Ibanez met Korean Vice Minister Lee Jae-won in Santiago on Monday. On that occasion, ProChile and "
        "the Korea Trade-Investment Promotion Agency signed a memorandum on supplier matching.",
        published=date(2024, 11, 7),
        dateline="Santiago",
    )
    signings = [(e.engagement_date, e.location) for e in found if e.engagement_type == "agreement"]
    assert [day for day, _ in signings] == [None, date(2024, 11, 4)]
    assert signings[1][1] == "Santiago"


@pytest.mark.parametrize(
    "event",
    [
        "Hoxha co-chaired the third session of the Albanian-Qatari Joint Committee in Doha on Monday",
        "Hoxha led a business delegation to the Albania-Qatar Investment Forum in Doha on Monday",
    ],
)
def test_a_surname_opening_a_chaired_or_led_event_is_the_person_named_before(event: str) -> None:
    """ "'...,' said Deputy Minister X Y. Y co-chaired the session ...": the surname is the
    speaker named in the sentence before (he had been left out of the forum)."""
    found = extract(
        f'TIRANA - "Qatar is a key partner," said Deputy Minister of Economy Arben Hoxha. {event}.',
        dateline="Tirana",
    )
    assert [(p.name, p.country_iso3) for p in found[0].participants] == [("Arben Hoxha", "ALB")]


@pytest.mark.parametrize("opener", ["The parties", "The two sides", "They"])
def test_the_parties_of_an_undated_event_told_just_before_sign_on_no_known_day(opener: str) -> None:
    """ "Last week, X and Y co-chaired the commission in Bishkek. The parties signed a roadmap":
    the signing is no more dated than the session (it had taken the story's day, and the
    dateline's city)."""
    found = extract(
        "ASTANA, Oct. 9. Last week, Kazakh Deputy Prime Minister Serik Zhumangarin and Uzbek Deputy "
        "Prime Minister Jamshid Khodjaev co-chaired a meeting of the intergovernmental commission in "
        f"Tashkent. {opener} signed a roadmap on cross-border trade.",
        published=date(2024, 10, 9),
        dateline="Astana",
    )
    assert [(e.engagement_type, e.engagement_date, e.location) for e in found] == [
        ("forum", None, "Tashkent"),
        ("agreement", None, "Tashkent"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Yoko Sato and Laotian Foreign Minister Saleumxay Kommasith exchanged notes "
        "concerning grant aid for a bridge on Tuesday.",
        "Foreign Minister Yoko Sato and Laotian Foreign Minister Saleumxay Kommasith witnessed the exchange "
        "of notes on grant aid on Tuesday.",
    ],
)
def test_an_exchange_of_notes_is_a_signing(sentence: str) -> None:
    """Diplomatic notes exchanged are an agreement in that form (they had given nothing)."""
    found = extract(f"TOKYO - Japanese {sentence}", dateline="Tokyo")
    assert [(e.engagement_type, e.countries) for e in found] == [("agreement", ("JPN", "LAO"))]


def test_he_after_a_passive_with_a_surname_subject_is_that_subject() -> None:
    """ "..., Bolat was received by X. He also held separate talks with Y": "he" is Bolat, the
    passive's subject, not X, its agent (the talks had had one side and were dropped)."""
    found = extract(
        "ANKARA - Turkish Trade Minister Omer Bolat and Jordanian Trade Minister Yousef Shamali "
        "co-chaired the JETCO session in Amman on Tuesday. On the sidelines, Bolat was received by Jordanian "
        "Prime Minister Jafar Hassan. He also held separate talks with Jordan Investment Fund chief "
        "executive Basem Najjar.",
        dateline="Ankara",
    )
    assert {p.name for p in found[-1].participants if p.participant_type == "person"} == {
        "Omer Bolat",
        "Basem Najjar",
    }


def test_the_host_after_a_delegations_member_list_is_not_a_member() -> None:
    """ "The Korean delegation, which includes lawmakers A and B, paid a courtesy call on Prime
    Minister Y": the list ends at its clause, so Y is the host, not a Korean member (the call
    had had one country and was dropped)."""
    found = extract(
        "SUVA - The Korean delegation, which includes lawmakers Lee Min-ji and Cho Young-hoon, paid a "
        "courtesy call on Prime Minister Josefa Tuilagi on Monday.",
        dateline="Suva",
    )
    assert [(e.countries, [(p.name, p.country_iso3) for p in e.participants]) for e in found] == [
        (("FJI", "KOR"), [("Josefa Tuilagi", "FJI")])
    ]


def test_his_highness_alone_is_the_one_the_text_styled_so() -> None:
    """ "His Highness Sayyid X, Oman's Deputy Prime Minister, arrived ... His Highness was
    received by Y": X, whose office is no prince's or emir's (the meeting had had one side)."""
    found = extract(
        "DOHA - His Highness Sayyid Fahd bin Mahmoud Al Said, Oman's Deputy Prime Minister for Cabinet "
        "Affairs, arrived in Doha on Tuesday on an official visit. His Highness was received by Qatari Prime "
        "Minister Sheikh Mohammed bin Abdulrahman Al Thani.",
        dateline="Doha",
    )
    meeting = next(e for e in found if e.engagement_type == "meeting")
    assert {p.country_iso3 for p in meeting.participants} == {"OMN", "QAT"}


def test_the_minister_is_the_surname_that_told_the_last_meeting() -> None:
    """ "Bennani received ... Mauritanian Minister X. ... The minister also received ...": the
    minister is Bennani, the subject of the sentence that told the last meeting, though its
    people list the guest named in full first (it had been the first minister of the story,
    whose committee had been told at the top)."""
    found = extract(
        "RABAT - Minister of Health Karim Alaoui co-chaired on Monday in Rabat a meeting of the national "
        "committee on vaccines.\n\nMinister of Industry Samira Bennani received on Tuesday a delegation of "
        "textile makers.\n\nBennani received on Wednesday at her office Mauritanian Minister of Trade Ahmed "
        "Ould Sidi. The two ministers discussed fish exports.\n\nMorocco's exports to Mauritania rose 9 "
        "percent last year.\n\nThe minister also received on Thursday Senegalese Ambassador Fatou Ndiaye.",
        published=date(2024, 5, 17),
        dateline="Rabat",
    )
    assert [(e.countries, {p.name for p in e.participants}) for e in found] == [
        (("MAR", "MRT"), {"Ahmed Ould Sidi", "Samira Bennani"}),
        (("MAR", "SEN"), {"Fatou Ndiaye", "Samira Bennani"}),
    ]


def test_a_venue_named_like_a_body_is_no_party_of_the_talks() -> None:
    """ "X and Y agreed to revive a shipping service during talks at the Fa'onelua Centre": the
    centre is where, so the talks are the main clause's people's (the talks had had nobody and
    were dropped)."""
    found = extract(
        "APIA - Samoa's Prime Minister Fiame Naomi Mataafa and Vanuatu's Prime Minister Charlot Salwai "
        "agreed to open a direct air link during talks at the Tanoa Conference Centre on Tuesday.",
        dateline="Apia",
    )
    assert [(e.engagement_type, e.countries) for e in found] == [("meeting", ("VUT", "WSM"))]


def test_the_day_a_statement_was_released_dates_no_later_event() -> None:
    """ "According to a statement released on Sunday, the talks covered ... The leaders also
    witnessed the signing of ...": the signing was at Friday's talks (it had been dated Sunday)."""
    found = extract(
        "HONIARA - Solomon Islands Prime Minister Jeremiah Manele and Nauru's President David Adeang held "
        "talks in Honiara on Friday. According to a statement released on Sunday, the talks covered labour "
        "mobility. The leaders also witnessed the signing of a memorandum on fisheries.",
        published=date(2024, 10, 28),
        dateline="Honiara",
    )
    assert [(e.engagement_type, e.engagement_date) for e in found] == [
        ("meeting", date(2024, 10, 25)),
        ("agreement", date(2024, 10, 25)),
    ]


def test_a_venue_named_like_a_body_or_a_person_is_no_participant() -> None:
    """ "arrived at the Philip S. W. Goldson International Airport", "at the Ministerial Complex,
    Botanical Gardens": places, not a company and a person (both had been participants)."""
    found = extract(
        "KINGSTOWN - Guyanese President Irfaan Ali arrived at the Argyle E. T. Joshua International Airport "
        "on Monday and held talks with Prime Minister Ralph Gonsalves at the Cabinet Room, Government "
        "Gardens.",
        dateline="Kingstown",
    )
    names = {p.name for e in found for p in e.participants}
    assert names == {"Irfaan Ali", "Ralph Gonsalves"}


@pytest.mark.parametrize(
    "met", ["The president also held talks with Peruvian business leaders, including the heads of Petroperu."]
)
def test_of_two_holders_a_bare_title_is_not_the_one_of_the_people_mets_country(met: str) -> None:
    """ "The president also held talks with Peruvian business leaders" after two presidents:
    the one not of their country (the host, whose country they share, had been taken)."""
    found = extract(
        "LIMA - Chilean President Ramon Soto held talks with Peruvian President Lucia Vargas in Lima on "
        f"Wednesday. {met}",
        dateline="Lima",
    )
    assert [p.name for p in found[-1].participants if p.participant_type == "person"] == ["Ramon Soto"]


@pytest.mark.parametrize(
    "text",
    [
        "Five cooperation agreements were signed on Wednesday in Hanoi after talks between Vietnamese Prime "
        "Minister Pham Minh Chinh and Uruguayan President Yamandu Orsi.",
        "Vietnamese Prime Minister Pham Minh Chinh held talks with Uruguayan President Yamandu Orsi on "
        "Wednesday. Five cooperation agreements were signed after the talks.",
    ],
)
def test_documents_signed_with_no_agent_are_the_sides_of_the_talks(text: str) -> None:
    """ "Five agreements were signed after talks between A and B": a signing by the talks' sides
    (it had had nobody, and was dropped)."""
    found = extract(f"HANOI - {text}", dateline="Hanoi")
    signing = next(e for e in found if e.engagement_type == "agreement")
    assert (signing.countries, signing.engagement_date) == (("URY", "VNM"), date(2024, 5, 15))


@pytest.mark.parametrize(
    "sentence",
    [
        "The signing of a free trade agreement between Vietnamese Minister of Industry and Trade Nguyen "
        "Hong Dien and Peruvian Foreign Trade Minister Elizabeth Galdo was postponed on Wednesday.",
        "The visit of Peruvian President Dina Boluarte to Vietnam has been cancelled.",
        # over a list of countries and a relative clause, and "called off"
        "A summit of the leaders of Vietnam, Laos and Cambodia, which officials had hoped to hold in May, "
        "has been postponed again.",
        "A ministers' meeting of Vietnam, Laos and Cambodia that had been set for this month was called off.",
    ],
)
def test_an_event_its_own_predicate_calls_off_is_none(sentence: str) -> None:
    """ "The signing of the agreement ... was postponed": nothing was signed (it had been an
    agreement)."""
    assert extract(f"HANOI - {sentence}", dateline="Hanoi") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A reciprocal visit by Peruvian President Dina Boluarte to Hanoi was postponed.",
        "A follow-up visit by Peruvian President Dina Boluarte to Hanoi has been put off twice.",
        "The long-awaited visit of Peruvian President Dina Boluarte to Hanoi was pushed back to next year.",
    ],
)
def test_a_modified_visit_noun_called_off_is_none(sentence: str) -> None:
    """ "A return visit by X to Seoul was postponed", "A follow-up visit ... has been put off":
    after "a" and one modifier, or a hyphenated one, "visit" is a noun whose predicate calls it
    off (it had been read as the verb, and a visit was labelled)."""
    assert extract(f"HANOI - {sentence}", dateline="Hanoi") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A visit by Peruvian President Dina Boluarte has been mooted for this year, and a planned trip to "
        "Lima by Vietnamese Trade Minister Nguyen Hong Dien in March was postponed.",
        "A visit by Peruvian President Dina Boluarte to Hanoi has been discussed since the spring.",
    ],
)
def test_a_visit_only_talked_of_is_none(sentence: str) -> None:
    """ "A visit by Mr Xi has been discussed for this year, and a planned trip to Chengdu by X
    ... was postponed": a visit that "has been discussed" or "mooted" is still a plan (it had
    been labelled, with the postponed trip's minister and city)."""
    assert extract(f"HANOI - {sentence}", dateline="Hanoi") == []


@pytest.mark.parametrize("city", ["central Tokyo", "downtown Tokyo"])
def test_a_district_before_its_city_is_no_venue_city(city: str) -> None:
    """ "at the presidential office in Yongsan, central Seoul": the city is Seoul (the district
    had been the location)."""
    (meeting,) = extract(
        "TOKYO - Prime Minister Shigeru Ishiba held talks with Cambodian Prime Minister Hun Manet at the "
        f"presidential office in Nagatacho, {city}, on Thursday.",
        dateline="Tokyo",
    )
    assert meeting.location == "Tokyo"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana beat Nigeria 2-1 in a friendly on Sunday. The two sides last met in Abuja in 2019, when "
        "Nigeria won 3-0.",
        "Ghana's national football team met Nigeria at the Accra Sports Stadium on Sunday and won 2-1.",
        "Ghana's 40-member Olympic delegation arrived in Paris on Saturday.",
    ],
)
def test_teams_and_athletes_that_meet_or_arrive_hold_no_engagement(sentence: str) -> None:
    """A match, a team's earlier match, athletes arriving: no officials of states (each had been
    a meeting or a visit)."""
    assert extract(f"ACCRA - {sentence}", dateline="Accra") == []


def test_notes_exchanged_on_an_experience_are_no_signing() -> None:
    """ "The two ministers exchanged notes on their experience of ...": a comparison of notes, not
    diplomatic notes (it had been an agreement)."""
    found = extract(
        "TOKYO - Japanese Foreign Minister Yoko Sato and Laotian Foreign Minister Saleumxay Kommasith "
        "exchanged notes on their experience of disaster relief on Tuesday.",
        dateline="Tokyo",
    )
    assert [e.engagement_type for e in found if e.engagement_type == "agreement"] == []


def test_a_release_date_in_the_same_sentence_is_not_the_events() -> None:
    """ "According to a statement released on Sunday, A met B in Riyadh on Saturday": Saturday
    (it had been Sunday)."""
    (meeting,) = extract(
        "RIYADH - According to a statement released on Sunday, Saudi Foreign Minister Faisal bin Farhan "
        "met Jordanian Foreign Minister Ayman Safadi in Riyadh on Saturday.",
        published=date(2024, 10, 28),
        dateline="Riyadh",
    )
    assert meeting.engagement_date == date(2024, 10, 26)


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("The tariff schedule was published on Monday as", date(2024, 10, 28)),
        ("The survey results were released on Monday, when", date(2024, 10, 28)),
        ("The quarterly figures were released on Monday whilst", date(2024, 10, 28)),
        # "as part of" opens no clause: the release's day is still not the talks'
        ("According to a statement released on Monday as part of a weekly briefing,", date(2024, 10, 30)),
    ],
)
def test_a_release_day_followed_by_as_dates_the_event_told_with_it(opening: str, expected: date) -> None:
    """ "The figures were released on Tuesday as the minister hosted X": the release was made
    while the talks took place, on their day (they had been left on the publication date)."""
    (meeting,) = extract(
        f"NAIROBI - {opening} Kenyan Trade Minister Lee Kinyanjui held talks with Ugandan Trade "
        "Minister Francis Mwebesa in Nairobi.",
        published=date(2024, 10, 30),
        dateline="Nairobi",
    )
    assert meeting.engagement_date == expected


def test_a_signing_after_dated_talks_in_its_own_anchor_is_on_their_day() -> None:
    """ "Five agreements were signed after talks between A and B in Nairobi on Thursday": the
    day of the talks (the signing had taken the story's day)."""
    found = extract(
        "NAIROBI - Five agreements were signed after talks between Kenyan President William Ruto and "
        "Somali President Hassan Sheikh Mohamud in Nairobi on Monday.",
        dateline="Nairobi",
    )
    assert {(e.engagement_type, e.engagement_date) for e in found} == {
        ("meeting", date(2024, 5, 13)),
        ("agreement", date(2024, 5, 13)),
    }


def test_the_two_prime_ministers_are_the_two_known_ones_not_the_welcomes_pair() -> None:
    """ "... visit at the invitation of Prime Minister B. On arrival, A was welcomed by
    Governor-General C. The two prime ministers held talks on Wednesday": A and B (the welcome's
    pair, A and C, had been taken)."""
    found = extract(
        "CASTRIES - Prime Minister of Dominica Roosevelt Skerrit on Wednesday concluded a two-day official "
        "visit to Saint Lucia at the invitation of Prime Minister Philip J. Pierre. On arrival on Tuesday, "
        "Prime Minister Skerrit was welcomed by Governor-General Errol Charles. The two prime ministers "
        "held talks on Wednesday.",
        dateline="Castries",
    )
    talks = next(
        e for e in found if e.engagement_date == date(2024, 5, 15) and e.engagement_type == "meeting"
    )
    assert {p.name for p in talks.participants} == {"Roosevelt Skerrit", "Philip J. Pierre"}


@pytest.mark.parametrize(
    ("also", "day"),
    [
        ("Sanchez also met Economy Minister Cecilia Ortiz.", None),
        ("The Chilean minister also called on Economy Minister Cecilia Ortiz.", None),
        ("He also met Economy Minister Cecilia Ortiz.", None),
        ("At the close of the visit, he also met Economy Minister Cecilia Ortiz.", None),
        # look-alike: a day of its own dates it
        ("He also met Economy Minister Cecilia Ortiz on Monday.", date(2024, 5, 13)),
        # look-alike: a day of its own dates it
        ("Sanchez also met Economy Minister Cecilia Ortiz on Monday.", date(2024, 5, 13)),
    ],
)
def test_an_also_event_after_an_undated_one_of_its_people_has_no_known_day(
    also: str, day: date | None
) -> None:
    """ "Last week in Jakarta, X met Y. X also met Z": one more event of the same stay, no more
    dated than the first (it had taken the story's day)."""
    found = extract(
        "SANTIAGO - Last week in Lima, Chilean Trade Minister Pedro Sanchez met Peruvian Trade Minister "
        f"Ursula Desilu Leon. {also}",
        dateline="Santiago",
    )
    assert [(e.engagement_type, e.engagement_date) for e in found] == [("meeting", None), ("meeting", day)]


def test_an_also_event_after_a_past_visit_told_in_passing_goes_on_with_the_talks() -> None:
    """ "X held talks with Y on Monday. They discussed agreements reached during the state visit of
    the Uzbek President to Tajikistan in 2023. The two presidents also chaired ...": the visit is
    a past one told in passing, so "also" goes on with the talks, their day and their place (the
    council had no day, and then no place)."""
    found = extract(
        "TASHKENT - President Shavkat Mirziyoyev held talks with Tajik President Emomali Rahmon on "
        "Monday. They discussed the implementation of agreements reached during the state visit of the "
        "Uzbek President to Tajikistan in 2023. The two presidents also chaired a meeting of the "
        "Supreme Interstate Council.",
        dateline="Tashkent",
    )
    assert [(e.engagement_type, e.engagement_date, e.location) for e in found] == [
        ("meeting", date(2024, 5, 13), "Tashkent"),
        ("visit", None, None),
        ("forum", date(2024, 5, 13), "Tashkent"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides are expected to sign an agreement on critical minerals during Prime Minister Hun "
        "Manet's visit to Hanoi.",
        "Prime Minister Anthony Albanese is expected to discuss the issue with President To Lam during a "
        "visit to Hanoi next month.",
    ],
)
def test_an_anchors_event_is_as_future_as_its_clause(sentence: str) -> None:
    """ "are expected to sign ... during X's visit to Hanoi": the visit is still to come (it had
    been a visit dated on the day of publication)."""
    assert extract(f"HANOI - {sentence}", dateline="Hanoi") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A fisheries accord is expected to be signed during President Ruto's visit to Accra in April.",
        "The protocol will be initialled when Foreign Minister Sara Lindqvist visits Helsinki in October.",
        "The two ministers will sign the plan once Trade Minister Ana Ruiz arrives in Lima next month.",
    ],
)
def test_a_visit_in_a_clause_of_a_passive_plan_or_a_present_when_is_ahead(sentence: str) -> None:
    """ "is expected to be signed during X's visit", "... when X visits Y in March": the
    participle under "be" is no past verb, and a present tense after "when"/"once" is a time
    still ahead (each had been a visit)."""
    assert [
        e for e in extract(f"NAIROBI - {sentence}", dateline="Nairobi") if e.engagement_type == "visit"
    ] == []


def test_a_past_tense_when_clause_keeps_its_visit() -> None:
    """ "when X visited Y in March": told in the past, the visit took place."""
    found = extract(
        "NAIROBI - The protocol was initialled when Foreign Minister Sara Lindqvist visited Helsinki "
        "on Monday.",
        dateline="Nairobi",
    )
    assert [e.engagement_type for e in found if e.engagement_type == "visit"] == ["visit"]


def test_a_past_event_dated_by_last_and_a_month_has_no_day() -> None:
    """ "... announced during U.S. President Joe Biden's visit to Hanoi last September": a month
    with no day, so no date (it had been dated on the day of publication)."""
    (visit,) = extract(
        "HANOI - The order was announced during U.S. President Joe Biden's visit to Hanoi last September.",
        published=date(2024, 9, 20),
        dateline="Hanoi",
    )
    assert visit.engagement_date is None


def test_a_visit_someone_would_welcome_is_none() -> None:
    """ "Hanoi would welcome a visit by U.S. Commerce Secretary X": a visit hoped for (it had
    been one dated on the day of publication)."""
    found = extract(
        "HANOI - Deputy Prime Minister Tran Hong Ha said Hanoi would welcome a visit by U.S. Commerce "
        "Secretary Gina Raimondo.",
        dateline="Hanoi",
    )
    assert [e.engagement_type for e in found] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Had the summit gone ahead, the leaders of Vietnam, Laos and Cambodia would have signed a pact.",
        "Officials said the ministers of Vietnam and Laos would likely have signed a declaration in May.",
    ],
)
def test_what_would_have_happened_is_no_event(sentence: str) -> None:
    """ "Had the summit gone ahead, the three sides would likely have signed a declaration": a
    counterfactual (it had given a forum and an agreement)."""
    assert extract(f"HANOI - {sentence}", dateline="Hanoi") == []


def test_a_meeting_a_denied_report_tells_is_none() -> None:
    """ "The ministry denied a media report that X met Y secretly in Tokyo last week": it did not
    happen (it had been a meeting)."""
    found = extract(
        "SEOUL - The Foreign Ministry denied a media report that Vice Foreign Minister Park Yoon-joo "
        "met Japan's Vice Foreign Minister Masataka Okano secretly in Tokyo last week.",
        dateline="Seoul",
    )
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "Two Kenyan dailies reported that Ugandan Foreign Minister Jeje Odongo had met his Kenyan "
        "counterpart Musalia Mudavadi in Mombasa on Monday. Uganda's foreign ministry denied it on Tuesday.",
        "Two Kenyan dailies reported that Ugandan Foreign Minister Jeje Odongo had met his Kenyan "
        "counterpart Musalia Mudavadi in Mombasa on Monday, but Uganda's foreign ministry denied the report.",
        "Ugandan Foreign Minister Jeje Odongo reportedly met his Kenyan counterpart Musalia Mudavadi in "
        "Mombasa on Monday. Uganda's foreign ministry denied it, saying he was in Kampala.",
    ],
)
def test_a_meeting_a_report_tells_and_a_denial_then_rejects_is_none(text: str) -> None:
    """ "Outlets reported that X had met Y in Rome on June 11. The ministry denied it": the
    denial after the report says the meeting did not happen, as one before it does (it had
    been a meeting)."""
    assert extract(f"NAIROBI - {text}", dateline="Nairobi") == []


def test_a_signing_reported_and_then_rejected_as_a_deal_still_took_place() -> None:
    """ "... said that A and B signed a deal, but the opposition rejected it": turning the deal
    down says nothing against its signing."""
    found = extract(
        "NAIROBI - The ministry said that Ugandan Foreign Minister Jeje Odongo and Kenyan Foreign Minister "
        "Musalia Mudavadi signed a border agreement in Mombasa on Monday, but the opposition rejected it.",
        dateline="Nairobi",
    )
    assert [e.engagement_type for e in found] == ["agreement"]


def test_a_dollar_named_for_its_country_names_no_side() -> None:
    """ "... told the forum in Maputo that trade totalled 38 million US dollars": a currency (the
    United States had become a side)."""
    (forum,) = extract(
        "MAPUTO - Angolan Trade Minister Rui Miguens told the Angola-Mozambique business forum in Maputo on "
        "Tuesday that trade between the two countries totalled 38 million US dollars last year.",
        dateline="Maputo",
    )
    assert forum.countries == ("AGO", "MOZ")


@pytest.mark.parametrize(
    "matter", ["to coordinate positions on Gaza and Lebanon", "about the situation in Gaza and Sudan"]
)
def test_a_country_listed_with_a_place_in_the_subject_matter_is_no_side(matter: str) -> None:
    """ "... to coordinate positions on Gaza and Lebanon": what they talked about (Lebanon had
    become a side)."""
    (meeting,) = extract(
        f"CAIRO - On Monday, Egyptian Foreign Minister Badr Abdelatty met Jordanian Foreign Minister Ayman "
        f"Safadi in New York {matter}.",
        dateline="Cairo",
    )
    assert meeting.countries == ("EGY", "JOR")


def test_progress_in_negotiations_is_a_topic_not_an_event() -> None:
    """ "held a virtual meeting with X to review progress in negotiations on ...": one call (the
    negotiations had been a second, in-person meeting)."""
    found = extract(
        "ISTANBUL - On Tuesday, Trade Minister Omer Bolat held a virtual meeting with Malaysia's Trade "
        "Minister Tengku Zafrul Aziz to review progress in negotiations on bilateral trade.",
        dateline="Istanbul",
    )
    assert [e.engagement_type for e in found] == ["phone_call"]


def test_the_two_sides_are_the_events_not_a_pair_with_the_datelines_country() -> None:
    """ "DUBAI - Kuwaiti Minister X held talks with his Turkish counterpart Y in Ankara. The two
    sides signed a memorandum": Kuwait and Turkey (the dateline's and the first named country had
    made a third side)."""
    found = extract(
        "DUBAI - Kuwaiti Foreign Minister Abdullah Al-Yahya held talks with his Turkish counterpart Hakan "
        "Fidan in Ankara on Thursday. The two sides signed a memorandum on a joint consular committee.",
        dateline="Dubai",
    )
    assert [(e.engagement_type, e.countries) for e in found] == [
        ("meeting", ("KWT", "TUR")),
        ("agreement", ("KWT", "TUR")),
    ]


def test_calls_with_two_people_made_separately_are_two_calls() -> None:
    """ "spoke by phone with X and, separately, with Y": two calls (it had been one three-way
    call)."""
    found = extract(
        "CAIRO - Foreign Minister Badr Abdelatty spoke by phone on Friday with Kuwait's Foreign Minister "
        "Abdullah Al-Yahya and, separately, with Omani Foreign Minister Badr Albusaidi.",
        dateline="Cairo",
    )
    assert sorted(e.countries for e in found) == [("EGY", "KWT"), ("EGY", "OMN")]


@pytest.mark.parametrize("calls", ["telephone conversations", "video calls"])
def test_plural_calls_with_two_people_are_a_call_each(calls: str) -> None:
    """ "had telephone conversations with X and Y": a call with each (the plural call noun had
    been no call word, and the sentence gave nothing)."""
    found = extract(
        f"LIMA - President Dina Boluarte on Friday had {calls} with Prime Minister of the Kingdom of "
        "Spain Pedro Sanchez and President of the Portuguese Republic Marcelo Rebelo de Sousa, who "
        "thanked her for the invitation.",
        dateline="Lima",
    )
    assert sorted((e.engagement_type, e.countries) for e in found) == [
        ("phone_call", ("ESP", "PER")),
        ("phone_call", ("PER", "PRT")),
    ]


@pytest.mark.parametrize("called", ['a "corrupt communist"', "a dear friend"])
def test_calling_someone_something_is_no_call(called: str) -> None:
    """ "Milei once called Brazilian President Luiz Inácio Lula da Silva a 'corrupt communist'": a
    name given, not a phone call (it had been one)."""
    found = extract(
        "BUENOS AIRES - President Javier Milei once called Brazilian President Luiz Inacio Lula da Silva "
        f"{called}.",
        dateline="Buenos Aires",
    )
    assert found == []


@pytest.mark.parametrize(
    ("called", "calls"),
    [
        ('his Colombian counterpart a "narco-terrorist"', 0),
        ("the Chilean president a dangerous populist", 0),
        ("his Colombian counterpart a day later", 1),
    ],
)
def test_calling_a_described_person_something_is_no_call(called: str, calls: int) -> None:
    """ "called his Brazilian counterpart a 'corrupt communist'": a name given to a person told by
    a description, not a call; "called his counterpart a day later" still is one."""
    found = extract(
        "BUENOS AIRES - President Daniel Ferreyra, who during the campaign "
        f"called {called}, said on Tuesday that relations would improve.",
        dateline="Buenos Aires",
    )
    assert len([e for e in found if e.engagement_type == "phone_call"]) == calls


def test_meetings_counted_in_times_are_no_one_meeting() -> None:
    """ "X and Y have met more than 20 times since 2014": a tally (it had been a meeting dated on
    the day of publication)."""
    found = extract(
        "BELGRADE - Serbian President Aleksandar Vucic and Hungarian Prime Minister Viktor Orban have met "
        "more than 20 times since 2014.",
        dateline="Belgrade",
    )
    assert found == []


def test_a_country_goods_pass_through_is_no_side() -> None:
    """ "ENARSA and Brazil's Petrobras signed a letter of intent to study gas swaps through
    Bolivia": a route (Bolivia had been a side)."""
    found = extract(
        "BRASILIA - Argentina's state-run ENARSA and Brazil's Petrobras signed a letter of intent on Monday "
        "to study gas swaps through Bolivia.",
        dateline="Brasilia",
    )
    assert [e.countries for e in found] == [("ARG", "BRA")]


def test_the_place_of_a_hub_a_deal_develops_is_no_venue() -> None:
    """ "signed a memorandum to explore the development of a logistics hub in North Sumatra":
    where the hub will be, not where they signed (it had been the signing's place)."""
    found = extract(
        "DUBAI - UAE Minister of State Thani Al Zeyoudi held talks with Indonesia's Trade Minister Zulkifli "
        "Hasan in Dubai on Tuesday. Following the meeting, AD Ports Group and Pelindo signed a memorandum to "
        "explore the development of a logistics hub in Batam.",
        dateline="Dubai",
    )
    assert {e.location for e in found} == {"Dubai"}


@pytest.mark.parametrize("verb", ["covering", "concerning"])
def test_a_place_in_an_aside_on_what_a_deal_covers_is_no_venue(verb: str) -> None:
    """ "..., a memorandum was signed by X and Y, covering grain shipments and a possible ferry
    partnership in Constanta": the aside tells what the document is about, so its town is
    where that thing is, not where it was signed, nor where the next event of the day was (both
    had been placed there)."""
    found = extract(
        "TBILISI - Georgian and Romanian officials held their annual economic consultations in Tbilisi on "
        "Tuesday. On the margins, a memorandum was signed by Georgian Railway chairman Levan Gabunia and "
        f"Romanian Deputy Minister Ion Vasilescu, {verb} grain shipments and a possible ferry partnership in "
        "Constanta. Earlier that day, Vasilescu was received by Georgian Foreign Minister Salome Kiknadze.",
        dateline="Tbilisi",
    )
    assert sorted((e.engagement_type, e.location) for e in found) == [
        ("agreement", "Tbilisi"),
        ("meeting", "Tbilisi"),
    ]


@pytest.mark.parametrize("stop", ["toured an avocado exporter", "visited a grape cooperative"])
def test_the_town_of_a_site_visited_after_a_meeting_is_not_the_meetings(stop: str) -> None:
    """ "The mission also met managers of X, and toured an avocado exporter in Chincha": the
    town is where the site is, a stop of the trip; the meeting stays where the trip was (it had
    been moved to the town)."""
    found = extract(
        "LIMA - On Tuesday, a Chilean trade mission led by Undersecretary Claudia Sanhueza met Peruvian "
        "Deputy Minister of Foreign Trade Ana Cecilia Gervasi in Lima. The mission also met managers of the "
        f"fruit packer Agrokasa Holdings SA, and {stop} in Chincha.",
        dateline="Lima",
    )
    assert [(e.engagement_type, e.location) for e in found] == [("meeting", "Lima"), ("meeting", "Lima")]


def test_the_town_of_a_site_visited_before_a_meeting_is_the_meetings() -> None:
    """ "visited the Hyundai Rotem plant in Changwon and met company CEO X": the visitor was at the
    site when he met someone after it (the meeting had gone back to the dateline's city)."""
    found = extract(
        "LIMA - On Wednesday, Chilean Undersecretary Claudia Sanhueza toured a grape cooperative in Chincha "
        "and met its president Rosa Quispe, who briefed her on Peruvian grape exports.",
        dateline="Lima",
    )
    assert [(e.engagement_type, e.location) for e in found] == [("meeting", "Chincha")]


def test_a_meeting_avoided_is_none() -> None:
    """ "X and Y shook hands but avoided a formal meeting": no meeting (it had been one)."""
    found = extract(
        "BRASILIA - In Rio de Janeiro on Tuesday, Argentine President Javier Milei and Brazilian President "
        "Lula shook hands but avoided a formal meeting.",
        dateline="Brasilia",
    )
    assert found == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Malian minister was later received at the presidential palace by the President of Niger, "
        "Ali Mahamane Zeine.",
        "The Malian minister was also received on the same day at the Presidential Palace by the Prime "
        "Minister of Niger, Ali Mahamane Zeine.",
        "The President of Niger, Ali Mahamane Zeine, received on Monday, in Niamey, the Malian Minister of "
        "Foreign Affairs, Abdoulaye Diop.",
    ],
)
def test_a_reception_with_a_day_and_a_place_before_its_guest_or_host(sentence: str) -> None:
    """Translated copy puts the day and the place between "received" and the other party ("was
    received at the presidential palace by X", "received on Monday, in Niamey, the Minister ..."):
    still a reception (none had been found); a welcome at the airport stays the visit's."""
    text = "NIAMEY - Malian Foreign Minister Abdoulaye Diop is in Niamey for a working visit. " + sentence
    meetings = [e for e in extract(text, dateline="Niamey") if e.engagement_type == "meeting"]
    assert len(meetings) == 1 and meetings[0].countries == ("MLI", "NER")
    for airport in (
        "NIAMEY - Abdoulaye Diop was received at the airport by the Prime Minister of Niger, Ali Zeine.",
        "NIAMEY - Malian Foreign Minister Abdoulaye Diop was welcomed on Monday at the military airfield in "
        "Niamey by the Prime Minister of Niger, Ali Zeine.",
    ):
        assert [e for e in extract(airport, dateline="Niamey") if e.engagement_type == "meeting"] == []


def test_a_signing_at_the_end_of_a_session_told_by_which() -> None:
    """ "co-chaired the session of the Joint Commission, at the end of which they signed ...": the
    session goes on into a signing (the relative clause had been read as an anchor, and no
    signing was found)."""
    found = extract(
        "RABAT - Moroccan Foreign Minister Karim Bennani and his Senegalese counterpart Yassine Fall "
        "co-chaired on Monday the session of the Morocco-Senegal Joint Commission, at the end of which "
        "they signed nine legal instruments.",
        dateline="Rabat",
    )
    assert sorted(e.engagement_type for e in found) == ["agreement", "forum"]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (
            "DURBAN - Governor Ana Souza of Brazil also met executives of Durban-based Mthunzi Foods "
            "Ltd and Kelvara Mining Ltd on Monday.",
            "Durban",
        ),
        (
            "BRASILIA - Governor Ana Souza of Brazil met representatives of Kelvara Mining Ltd and "
            "Durban-based Mthunzi Foods Ltd in Durban on Monday.",
            "Brasilia",
        ),
    ],
)
def test_the_companies_whose_people_a_visitor_met_are_of_the_place(text: str, dateline: str) -> None:
    """ "Jalil also met executives of Hindalco Industries Ltd and Tata Chemicals Ltd in
    Mumbai": the unknown second company had been given the visitor's country, as if the two
    had been the sides of a signing."""
    assert signings(text, dateline=dateline) == [
        ("meeting", "Durban", ["Ana Souza"], [("Kelvara Mining Ltd", "ZAF"), ("Mthunzi Foods Ltd", "ZAF")])
    ]


def test_a_demonym_opening_a_company_of_another_stated_country_is_no_side() -> None:
    """ "the Vietnamese company Thai Binh Seed" is Vietnamese: its first word makes no Thai side."""
    found = extract(
        "HAVANA - Cuba and Vietnam signed on Monday a memorandum on rice production with the Vietnamese "
        "company Thai Binh Seed, in the presence of Deputy Prime Minister Ines Chapman.",
        dateline="Havana",
    )
    assert [e.countries for e in found] == [("CUB", "VNM")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Sitiveni Rabuka held a brief bilateral with Canadian Prime Minister Justin Trudeau.",
        "Prime Minister Sitiveni Rabuka had a quick huddle with Canadian Prime Minister Justin Trudeau.",
        "Prime Minister Sitiveni Rabuka had a pull-aside with Canadian Prime Minister Justin Trudeau.",
    ],
)
def test_short_sideline_meetings(sentence: str) -> None:
    """Summit copy's words for a short meeting: "a brief bilateral with", "a huddle with", "a
    pull-aside with" (none had been a meeting)."""
    found = extract(f"APIA - {sentence}", dateline="Apia")
    assert [(e.engagement_type, e.countries) for e in found] == [("meeting", ("CAN", "FJI"))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Malaysia remained Fiji's largest source of rice, with goods worth $40 million arriving in March.",
        "The first shipment of Kenyan avocados arrived in Shanghai in November.",
        "Imports from Vietnam fell 4 percent, as fewer scooters and tyres arrived at Chilean ports.",
    ],
)
def test_goods_that_arrive_make_no_visit(sentence: str) -> None:
    """Goods "arriving in May", a shipment that "arrived in Shanghai" or "fewer scooters" that
    arrived are trade, not a visit (each had been a visit with nobody in it)."""
    assert extract(sentence) == []


@pytest.mark.parametrize(
    ("second", "signed"),
    [
        ("The two leaders then witnessed the exchange of a new Green Growth Facility (GGF) loan worth "
         "20 billion yen.", True),
        ("The two leaders then witnessed the exchange of a concessional credit line for rail works.", True),
        # look-alike: ideas exchanged before an agreement is named are no document
        ("The two leaders then exchanged ideas on how they could implement the free trade agreement.", False),
    ],
)  # fmt: skip
def test_an_exchanged_loan_is_its_agreement(second: str, signed: bool) -> None:
    """ "witnessed the exchange of a new ODA loan worth ...": a loan or credit changes hands as
    its agreement, also after the name and acronym of its programme (no signing had been read)."""
    found = extract(
        "DHAKA - Prime Minister Sheikh Hasina held talks with Japanese Prime Minister Aiko Sato "
        f"at the State Guest House on Monday. {second}",
        dateline="Dhaka",
    )
    assert ("agreement" in [e.engagement_type for e in found]) is signed


@pytest.mark.parametrize(
    "second",
    [
        "The talks were followed by the signing of four memoranda of understanding on energy.",
        "The talks were held in a cordial atmosphere, after which four memoranda on energy were signed.",
        "The talks were followed by the exchange of four memoranda on energy.",
    ],
)
def test_a_signing_that_followed_the_talks_is_by_their_sides(second: str) -> None:
    """A signing with nobody named, told as what followed the talks ("The talks were followed by
    the signing of ...", "..., after which four memoranda were signed"): by the talks' sides
    (each had been dropped)."""
    found = extract(
        "DHAKA - Prime Minister Sheikh Hasina held talks with Nepalese Prime Minister Pushpa Kamal "
        f"Dahal at the State Guest House on Monday. {second}",
        dateline="Dhaka",
    )
    assert sorted((e.engagement_type, e.countries) for e in found) == [
        ("agreement", ("BGD", "NPL")),
        ("meeting", ("BGD", "NPL")),
    ]


def test_a_named_commission_that_was_held_is_its_session() -> None:
    """ "The Ghana-Togo Joint Commission was held on 4 June in Accra, co-chaired by ...": the body
    held is its session, a forum (nothing had been found without "session of")."""
    found = extract(
        "The Ghana-Togo Permanent Joint Commission was held on 4 June 2024 in Accra, co-chaired by "
        "Ghanaian Foreign Minister Shirley Botchwey and Togolese Foreign Minister Robert Dussey.",
        published=date(2024, 6, 6),
    )
    assert [(e.engagement_type, str(e.engagement_date), e.location, e.countries) for e in found] == [
        ("forum", "2024-06-04", "Accra", ("GHA", "TGO"))
    ]


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        ("Trade Minister Ana Lopes led a delegation of 18 Angolan companies to Lisbon on Monday.", ["visit"]),
        ("Trade Minister Ana Lopes led a trade mission to Portugal on Monday.", ["visit"]),
        ("Trade Minister Ana Lopes led the Angolan side at the talks with Portugal on Monday.", ["meeting"]),
        ("The Angolan delegation, led by Trade Minister Ana Lopes, arrived in Lisbon on Monday.", ["visit"]),
    ],
)
def test_leading_a_delegation_somewhere_is_a_visit(sentence: str, types: list[str]) -> None:
    """ "led a delegation of 22 companies to Tokyo" is a visit (none had been found); "led" with
    no delegation taken somewhere is none."""
    found = extract(f"LUANDA - {sentence}", dateline="Luanda")
    assert sorted(e.engagement_type for e in found) == types


@pytest.mark.parametrize(
    "sentence",
    [
        "About 1.2 million Japanese tourists visited Vietnam in the year to June.",
        "Some 300,000 Uzbek nationals travelled to Kazakhstan last year.",
    ],
)
def test_counted_travellers_make_no_visit(sentence: str) -> None:
    """ "About 1.4 million Australians visited Indonesia": tourism figures, no official visit (it
    had been one)."""
    assert extract(sentence) == []


def test_talks_that_have_stalled_are_no_meeting() -> None:
    """ "Cambodia's economic partnership talks with Japan, by contrast, have stalled": a process
    that stopped, no meeting (it had taken the date and place of the meeting before)."""
    found = extract(
        "DHAKA - Chief Adviser Muhammad Yunus received Japanese Ambassador Iwama Kiminori in Dhaka on "
        "Tuesday. Cambodia's trade talks with Japan, by contrast, have stalled.",
        dateline="Dhaka",
    )
    assert [e.countries for e in found] == [("BGD", "JPN")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Gambian Trade Minister, Baboucarr Joof, was received on Monday, at the State House in Banjul, "
        "by the President of Senegal, Bassirou Diomaye Faye.",
        "Senegalese President Bassirou Diomaye Faye received a 30-member business delegation from Gambia "
        "led by Trade Minister Baboucarr Joof.",
        "On Tuesday, Mamadou Tangara, Minister of Foreign Affairs, received Senegal's Minister of Trade, "
        "Serigne Said Gueye.",
    ],
)
def test_receptions_with_commas_counts_and_said_in_names(sentence: str) -> None:
    """A reception over a day and a place set off by commas, of a counted delegation ("a 60-member
    business delegation"), or of a guest whose name holds "Said" at the sentence's end: each had
    given no meeting."""
    found = extract(f"BANJUL - {sentence}", dateline="Banjul")
    assert [(e.engagement_type, e.countries) for e in found] == [("meeting", ("GMB", "SEN"))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mamadou Tangara, Minister of Foreign Affairs, met Senegal's Minister of Trade Abdou Said in "
        "Banjul on Monday.",
        "Foreign Minister Mamadou Tangara, who chairs the joint commission, received Senegalese Trade "
        "Minister Abdou Said at the ministry on Monday.",
    ],
)
def test_a_name_ending_in_said_before_a_lower_case_word_is_no_attribution(sentence: str) -> None:
    """ "..., met Senegal's Minister of Trade Abdou Said in Banjul": a "Said" closing a given name
    is the surname, not the verb of an attribution (the clause after the first comma had been
    taken for ", X said", and the meeting was lost)."""
    found = extract(f"BANJUL - {sentence}", dateline="Banjul")
    assert [(e.engagement_type, e.countries) for e in found] == [("meeting", ("GMB", "SEN"))]
    assert "Abdou Said" in {p.name for p in found[0].participants}


@pytest.mark.parametrize("verb", ["reports", "learnt"])
def test_the_agency_that_reports_an_event_is_no_side_of_it(verb: str) -> None:
    """ "The News Agency of Nigeria (NAN) reports that A and B signed ...": the outlet tells the
    signing and took no part in it (it had been an organization of the signing)."""
    found = extract(
        f"ABUJA - The Ghana News Agency (GNA) {verb} that Ghanaian trade minister Elizabeth Ofosu-Adjare "
        "and Togolese commerce minister Rose Kayi Mivedor signed a joint communique on Tuesday.",
        dateline="Abuja",
    )
    assert [p.name for e in found for p in e.participants if p.participant_type == "organization"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Colombia and Ecuador held the IV Binational Cabinet in Ipiales on 5 July, at the end of which "
        "President Gustavo Petro and President Daniel Noboa signed the Declaration of Ipiales.",
        "The IV Colombia-Ecuador Binational Cabinet was held in Ipiales on 5 July, at the end of which "
        "President Gustavo Petro and President Daniel Noboa signed the Declaration of Ipiales.",
    ],
)
def test_a_binational_cabinet_held_and_the_signing_at_its_end(sentence: str) -> None:
    """ "held the V Binational Cabinet in Tumbes on 5 July, at the end of which ... signed": the
    cabinet's session is a forum, and the signing at its end takes its day and place (there had
    been no forum, and the signing had the story's day and dateline)."""
    found = extract(f"BOGOTA - {sentence}", published=date(2024, 8, 29), dateline="Bogota")
    assert sorted((e.engagement_type, str(e.engagement_date), e.location) for e in found) == [
        ("agreement", "2024-07-05", "Ipiales"),
        ("forum", "2024-07-05", "Ipiales"),
    ]


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        ("The VII Binational Cabinet between Peru and Bolivia was held on 5 July in Puno.", ("BOL", "PER")),
        ("The 3rd Joint Permanent Commission for Cooperation between Zambia and Malawi was held on 5 July "
         "in Puno.", ("MWI", "ZMB")),
    ],
)  # fmt: skip
def test_a_body_named_with_between_its_pair_was_held(sentence: str, countries: tuple) -> None:
    """ "The XII Binational Cabinet between Colombia and Ecuador was held on Thursday": the pair
    written after the body's name ("between X and Y") parts it from "was held", and the session
    is still the pair's forum (it had been missed)."""
    found = extract(f"LIMA - {sentence}", published=date(2024, 8, 29), dateline="Lima")
    assert [(e.engagement_type, str(e.engagement_date), e.countries) for e in found] == [
        ("forum", "2024-07-05", countries)
    ]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("President Luis Arce and President Dina Boluarte presided over the sixth binational cabinet meeting "
         "in Puno on 5 July.", "forum"),
        ("President Luis Arce and President Dina Boluarte co-chaired the third joint cabinet meeting in Puno "
         "on 5 July.", "forum"),
        # one government's cabinet meeting is no joint session
        ("President Luis Arce chaired a cabinet meeting in Puno on 5 July with President Dina Boluarte.",
         "meeting"),
    ],
)  # fmt: skip
def test_a_joint_cabinet_meeting_in_lower_case_is_its_session(sentence: str, kind: str) -> None:
    """ "presided over the fifth binational cabinet meeting": two governments' joint cabinet
    written in lower case, its "meeting" after it, is its session, a forum, as "the V Binational
    Cabinet" is (it had been a meeting)."""
    found = extract(f"LIMA - {sentence}", published=date(2024, 8, 29), dateline="Lima")
    assert [e.engagement_type for e in found] == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Cambodia-Thailand Joint Boundary Commission (JBC) was held in Siem Reap on Tuesday.",
        "The Cambodia-Thailand Joint Boundary Commission (JBC) convened in Siem Reap on Tuesday.",
        "The 4th Cambodia-Thailand Joint Committee on Fisheries (JCF) was held in Siem Reap on Tuesday.",
        "The Cambodia-Thailand Joint Committee on Fisheries (JCF), chaired by Cambodian Minister "
        "Dith Tina, opened in Siem Reap on Tuesday.",
    ],
)
def test_a_body_with_its_initials_in_brackets_sits_as_without_them(sentence: str) -> None:
    """ "The Vietnam-Laos Joint Commission (JC) was held in Hanoi on Wednesday": the body's
    initials in brackets between its name and its verb leave it the subject of its session, a
    forum, as without them (nothing had been found)."""
    found = extract(f"PHNOM PENH - {sentence}", dateline="Phnom Penh")
    assert [(e.engagement_type, str(e.engagement_date), e.location, e.countries) for e in found] == [
        ("forum", "2024-05-14", "Siem Reap", ("KHM", "THA"))
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The National Assembly (NA) convened in Phnom Penh on Tuesday.",
        "The Cambodia-Thailand Joint Boundary Commission (JBC) opened an inquiry on Tuesday.",
    ],
)
def test_initials_in_brackets_make_no_session_of_one_body_or_of_an_object(sentence: str) -> None:
    """A body of one country with its initials, or one that "opened" an object, sat in no joint
    session, as without the initials."""
    assert extract(f"PHNOM PENH - {sentence}", dateline="Phnom Penh") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Cambodia-Thailand Joint Working Group was held in Siem Reap on Tuesday.",
        "The 3rd Cambodia-Thailand Joint Working Group on Cross-Border Transport took place in Siem Reap "
        "on Tuesday.",
        "The Cambodia-Thailand joint working group convened in Siem Reap on Tuesday.",
        "Cambodian Minister Peng Ponea attended the Cambodia-Thailand Joint Working Group in Siem Reap "
        "on Tuesday.",
    ],
)
def test_a_joint_working_group_sits_as_a_joint_committee(sentence: str) -> None:
    """ "The Malaysia-Thailand Joint Working Group on Border Trade was held": a working group of
    two sides sits in sessions as their joint committee does, a forum (nothing had been found)."""
    found = extract(f"PHNOM PENH - {sentence}", dateline="Phnom Penh")
    assert [(e.engagement_type, str(e.engagement_date), e.location, e.countries) for e in found] == [
        ("forum", "2024-05-14", "Siem Reap", ("KHM", "THA"))
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Charoen Pokphand Group opened in Siem Reap on Tuesday.",
        "A working group of Cambodian and Thai officials was held in Siem Reap on Tuesday.",
    ],
)
def test_a_group_that_is_no_working_group_sits_in_no_session(sentence: str) -> None:
    """A company's "Group", and a working group named by no body's name, sit in no session."""
    found = extract(f"PHNOM PENH - {sentence}", dateline="Phnom Penh")
    assert all(e.engagement_type != "forum" for e in found)


#: "X met Y before (ahead of) the summit in Z on Monday", the meeting's clause with no day of its
#: own: the gathering's day, gone by when the story was written, is the meeting's best guess (it
#: had taken the story's day); a gathering's day still ahead, or its month or week, dates none.
MET_BEFORE_A_DATED_GATHERING = [
    ("Thai Prime Minister Srettha Thavisin met Cambodian Prime Minister Hun Manet before the Mekong-Lancang "
     "summit in Vientiane on Monday.",
     "2024-05-13"),
    ("Thai Prime Minister Srettha Thavisin met Cambodian Prime Minister Hun Manet ahead of the "
     "Mekong-Lancang summit in Vientiane on Monday.",
     "2024-05-13"),
    ("Thai Prime Minister Srettha Thavisin met Cambodian Prime Minister Hun Manet ahead of the "
     "Mekong-Lancang summit in Vientiane on May 28.",
     "2024-05-16"),
    ("Thai Prime Minister Srettha Thavisin met Cambodian Prime Minister Hun Manet ahead of the "
     "Mekong-Lancang summit in Vientiane next week.",
     "2024-05-16"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day"), MET_BEFORE_A_DATED_GATHERING)
def test_a_meeting_before_a_gathering_gone_by_takes_its_day(text: str, day: str) -> None:
    found = extract(f"BANGKOK - {text}", dateline="Bangkok")
    assert [str(e.engagement_date) for e in found if e.engagement_type == "meeting"] == [day]


def test_a_body_of_a_pair_held_is_no_session_of_others() -> None:
    """ "The Business Council between exporters and importers was held": no two countries."""
    found = extract(
        "LIMA - The Business Council between exporters and importers was held on 5 July.", dateline="Lima"
    )
    assert found == []


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        (
            "Uganda and Rwanda have agreed to reopen the Gatuna border post after Trade Minister Francis "
            "Mwebesa held talks with Rwandan Trade Minister Prudence Sebahizi in Kigali on Wednesday.",
            ["meeting"],
        ),
        (
            "Uganda and Rwanda agreed to reopen the Gatuna border post, as a Ugandan delegation led by Trade "
            "Minister Francis Mwebesa wrapped up a three-day visit to Kigali on Thursday.",
            ["visit"],
        ),
    ],
)
def test_an_agreement_told_with_the_talks_after_it(sentence: str, types: list[str]) -> None:
    """What was agreed ends where a clause telling the event begins ("agreed to reopen the border
    after X held talks with Y", ", as a delegation wrapped up a visit"): the talks and the visit
    had been read as part of what was agreed, and lost."""
    found = extract(f"KAMPALA - {sentence}", dateline="Kampala")
    assert sorted(e.engagement_type for e in found) == types


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Penny Wong travels to Suva on Thursday for the Pacific Islands Forum meeting.",
        "Foreign Minister Penny Wong heads to Suva on Thursday for talks with Fiji's Prime Minister.",
    ],
)
def test_a_present_tense_trip_on_a_named_day_is_ahead(sentence: str) -> None:
    """ "X travels to Suva on Thursday": a present tense with a day named is the trip to come, and
    so are the talks it is for (each had been dated the Thursday before publication)."""
    assert extract(f"CANBERRA - {sentence}", dateline="Canberra") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Andean heads of state gathered in Cusco on Friday for the bloc's 12th summit, hosted by Peruvian"
        " President Dina Ortega, with Bolivian President Luis Arce and Ecuador's President Daniel Noboa.",
        "Caribbean heads of government gathered in Kingston on Friday for the CARICOM summit, with Jamaican"
        " Prime Minister Andrew Holness and Barbados Prime Minister Mia Mottley.",
    ],
)
def test_heads_of_state_before_a_named_day_are_no_present_tense(sentence: str) -> None:
    """ "Mercosur heads of state gathered in X on Saturday for the summit": "heads" before "of" is
    a plural noun, no present tense of "to head" that a named day would set ahead (the summit had
    been read as still to come, and lost)."""
    assert kinds_and_days(f"LIMA - {sentence}", dateline="Lima") == [("forum", "2024-05-10")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru and Chile on Tuesday signed a loan agreement under which the Andean Development Corporation"
        " will finance a border road, following talks between President Dina Ortega and visiting Chilean"
        " Foreign Minister Alberto van Klaveren Soto in Lima.",
        "Peru and Chile on Tuesday signed a protocol whereby Chilean ports will handle Peruvian copper,"
        " after talks between President Dina Ortega and visiting Chilean Foreign"
        " Minister Alberto van Klaveren Soto.",
    ],
)
def test_talks_after_a_signing_whose_relative_clause_looks_ahead(sentence: str) -> None:
    """ "signed a deal under which the bank will finance a road, following talks between A and
    B": the "will" is the deal's content, closed by the comma, and neither makes the talks
    planned nor moves the signing's day (the talks had been lost)."""
    assert kinds_and_days(f"LIMA - {sentence}", dateline="Lima") == [
        ("meeting", "2024-05-14"),
        ("agreement", "2024-05-14"),
    ]


@pytest.mark.parametrize(
    "follow_up",
    [
        "The meeting ended with the signing of two memoranda of understanding.",
        "The talks culminated in the signing of a fisheries accord.",
        "The consultations closed with the signing of a work plan.",
    ],
)
def test_talks_that_ended_with_a_signing(follow_up: str) -> None:
    """ "The meeting ended with the signing of ...": a signing with nobody named, told as how
    the talks ended, is by the talks' sides, on their day (it had been dropped, as only
    "followed by the signing" was read so)."""
    text = (
        "TUNIS - Foreign Minister Nabil Ammar held talks with his Maltese counterpart Ian Borg in Tunis"
        f" on Tuesday. {follow_up}"
    )
    found = extract(text, dateline="Tunis")
    assert [(e.engagement_type, str(e.engagement_date)) for e in found] == [
        ("meeting", "2024-05-14"),
        ("agreement", "2024-05-14"),
    ]
    assert [p.name for p in found[1].participants] == ["Nabil Ammar", "Ian Borg"]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Trade Minister Ana Mendes Godinho headed a business delegation of 30 firms to Luanda on Monday.",
            "Luanda",
        ),
        ("Trade Minister Ana Mendes Godinho headed a trade mission to Angola on Monday.", None),
    ],
)
def test_heading_a_delegation_somewhere_is_a_visit(sentence: str, place: str | None) -> None:
    """ "headed a business delegation to Luanda" is a visit, as "led a delegation to" is (it had
    given nothing: "headed" was read only as a journey when "to" came right after it)."""
    found = extract(f"LISBON - {sentence}", dateline="Lisbon")
    assert [(e.engagement_type, str(e.engagement_date), e.location, e.countries) for e in found] == [
        ("visit", "2024-05-13", place, ("AGO", "PRT"))
    ]


def test_a_session_held_up_by_a_dispute_is_no_forum() -> None:
    """ "The session ... was held up by a dispute" is a delay, not a session held."""
    text = (
        "TASHKENT - The 7th session of the Uzbek-Tajik Intergovernmental Commission was held up by a"
        " dispute over border demarcation, officials said."
    )
    assert extract(text, dateline="Tashkent") == []


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("A week earlier,", "2024-05-06"),
        ("Two weeks earlier,", "2024-04-29"),
        ("A fortnight before,", "2024-04-29"),
        ("On the eve of the talks,", "2024-05-12"),
        ("Days earlier,", None),
        ("The previous week,", None),
    ],
)
def test_an_event_told_weeks_from_the_last_one(opening: str, day: str | None) -> None:
    """ "A week earlier, X had met Y": weeks and fortnights count back from the event told
    before, "on the eve of" is its day before, and "days earlier" gives no day (each had taken
    the first event's day)."""
    text = (
        "MANILA - Foreign Secretary Enrique Manalo met Vietnamese Foreign Minister Bui Thanh Son in Manila on"
        f" Monday. {opening} Manalo had met Japanese Foreign Minister Yoko Kamikawa in Manila."
    )
    found = kinds_and_days(text, dateline="Manila")
    assert found == [("meeting", "2024-05-13"), ("meeting", day)]


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("The day before,", "2024-05-09"),
        ("The previous day,", "2024-05-09"),
        ("A day earlier,", "2024-05-09"),
        ("On the eve,", "2024-05-09"),
        # look-alike: the eve of an event the story never told names no day
        ("On the eve of the forum,", None),
    ],
)
def test_a_day_before_in_the_lead_counts_back_from_the_dateline(opening: str, day: str | None) -> None:
    """ "BAKU, May 10. The day before, X met Y", the story's first event: the day before the
    dateline's, as a translated "накануне" means (it had been no day at all, and a bare "On the
    eve" the dateline's own day)."""
    text = (
        f"BAKU, May 10. /Trend/. {opening} Azerbaijani Foreign Minister Jeyhun Bayramov met with Uzbek"
        " Foreign Minister Bakhtiyor Saidov."
    )
    assert kinds_and_days(text, dateline="Baku") == [("meeting", day)]


@pytest.mark.parametrize("opening", ["The day before,", "A day earlier,"])
def test_a_listed_surname_after_a_day_before_is_the_subject(opening: str) -> None:
    """ "The day before, Bayramov met ...": the surname of a listed leader after a day counted
    back is the subject, as after "Yesterday," (the host had been nobody, and the meeting lost)."""
    found = extract(
        f"BAKU, May 10. /Trend/. {opening} Bayramov met with Uzbek Foreign Minister Bakhtiyor Saidov.",
        dateline="Baku",
    )
    assert [(str(e.engagement_date), e.countries, sorted(p.name for p in e.participants)) for e in found] == [
        ("2024-05-09", ("AZE", "UZB"), ["Bakhtiyor Saidov", "Bayramov"])
    ]


@pytest.mark.parametrize(
    ("signed", "kinds"),
    [
        ("an action plan was signed", ["agreement", "meeting"]),
        ("a plan of action for 2025-2026 was signed", ["agreement", "meeting"]),
        # look-alikes: a plan to sign is an intent, and so is a side's plan
        ("a plan to sign a visa treaty was shelved", ["meeting"]),
        ("the sides plan to sign a visa treaty", ["meeting"]),
    ],
)
def test_a_plan_signed_after_talks_is_an_agreement(signed: str, kinds: list[str]) -> None:
    """ "Following the talks, an action plan was signed": the plan is the document the passive
    tells signed, no intent to sign (the signing had been taken for a plan, and lost)."""
    text = (
        "TBILISI - Georgian Prime Minister Irakli Kobakhidze and Moldovan Prime Minister Dorin Recean held"
        f" talks in Tbilisi on Monday. Following the talks, {signed}."
    )
    found = extract(text, dateline="Tbilisi")
    assert sorted(e.engagement_type for e in found) == kinds
    assert {(str(e.engagement_date), e.location, e.countries) for e in found} == {
        ("2024-05-13", "Tbilisi", ("GEO", "MDA"))
    }


def test_an_event_a_week_before_the_one_it_came_before() -> None:
    """ "The meeting came a week after X and Y spoke by phone on June 24": the call keeps its own
    day; the week is how far apart the two are."""
    text = (
        "ASUNCION - Foreign Minister Ruben Ramirez met Bolivian Foreign Minister Celinda Sosa on Monday. The"
        " meeting came a week after Ramirez and Sosa spoke by phone on May 6."
    )
    assert ("phone_call", "2024-05-06") in kinds_and_days(text, dateline="Asuncion")


@pytest.mark.parametrize(
    "guest",
    [
        "Pakistan's Special Representative for Afghanistan Mohammad Sadiq",
        "Pakistan's Additional Secretary for Afghanistan and West Asia Ahmad Naseem Warraich",
        "Additional Secretary for Afghanistan and West Asia of the Ministry of Foreign Affairs of Pakistan"
        " Ahmad Naseem Warraich",
    ],
)
def test_a_country_in_a_portfolio_is_no_side(guest: str) -> None:
    """ "Special Representative for Afghanistan": the country an office is "for" is its
    portfolio, no side of the talks (Afghanistan had been one, and the guest Afghan)."""
    text = f"TASHKENT - Deputy Foreign Minister Bakhtiyor Saidov held consultations with {guest} on Monday."
    found = extract(text, dateline="Tashkent")
    assert [(e.engagement_type, e.countries) for e in found] == [("meeting", ("PAK", "UZB"))]
    assert [p.country_iso3 for p in found[0].participants] == ["UZB", "PAK"]


def test_everyone_listed_on_a_named_side_is_of_it() -> None:
    """ "On the Indonesian side, the talks were attended by Minister A and Minister B": B is
    listed with A, on the same side (B had taken the host's country)."""
    text = (
        "DOHA - The Amir Sheikh Tamim bin Hamad Al Thani held talks with Indonesian President Prabowo"
        " Subianto on Tuesday. On the Indonesian side, the talks were attended by HE Minister of Foreign"
        " Affairs Sugiono and HE Minister of Trade Budi Santoso."
    )
    found = extract(text, dateline="Doha")
    assert {
        p.name: p.country_iso3 for e in found for p in e.participants if p.name in ("Sugiono", "Budi Santoso")
    } == {
        "Sugiono": "IDN",
        "Budi Santoso": "IDN",
    }


@pytest.mark.parametrize("preposition", ["from", "on"])
def test_a_listed_entry_opening_on_a_named_side_stays_in_the_list(preposition: str) -> None:
    """ "attended by A, Minister of X; B, Minister of Y; and, from the Peruvian side, Minister
    of Z C and Minister of W D": the side phrase after the last ";" opens one more entry of the
    list, no clause of its own (its people had been dropped)."""
    text = (
        "SANTIAGO - Chilean President Gabriel Boric held talks with Peruvian President Dina Boluarte on"
        " Monday. The talks were attended by Alberto van Klaveren, Minister of Foreign Affairs; Carolina"
        f" Toha, Minister of the Interior; and, {preposition} the Peruvian side, Minister of Foreign Affairs"
        " Javier Gonzalez-Olaechea and Minister of Production Sergio Gonzalez."
    )
    found = extract(text, dateline="Santiago")
    assert len(found) == 1
    assert {p.name: p.country_iso3 for p in found[0].participants if p.country_iso3 == "PER"} == {
        "Dina Boluarte": "PER",
        "Javier Gonzalez-Olaechea": "PER",
        "Sergio Gonzalez": "PER",
    }


def test_a_monarch_meeting_a_president_is_of_another_state() -> None:
    """ "The Sultan, X, held talks with Kazakh President Y in Astana": a monarch and a president
    are heads of two states, so the Sultan named without a country is not the host's (he had
    been Kazakh, once a second Kazakh was named)."""
    text = (
        "ASTANA - The Sultan, Tengku Rahim Salleh, held talks with Kazakh President Nurlan Berikov at the"
        " Akorda in Astana on Wednesday. Also present were Foreign Minister Aziz Halim and Kazakh Foreign"
        " Minister Daulet Sarsen. Trade between Brunei and Kazakhstan remains small."
    )
    assert people_countries(text, dateline="Astana") == [
        {
            "Tengku Rahim Salleh": "BRN",
            "Nurlan Berikov": "KAZ",
            "Aziz Halim": "BRN",
            "Daulet Sarsen": "KAZ",
        }
    ]


@pytest.mark.parametrize("contrast", ["while the Indian side included", "whereas on the Indian side was"])
def test_people_set_against_a_named_side_are_not_of_it(contrast: str) -> None:
    """ "Also present were A and B, while the Indian side included C": "while" sets the side it
    names against the people before it, who are not of that side (they had taken the
    dateline's country, the host's)."""
    text = (
        "NEW DELHI - Omani Sultan Haider Salim held talks with Indian President Kavita Rao at Rashtrapati"
        " Bhavan on Monday. Also present at the talks were Minister of Commerce Faisal Nabhani and Minister"
        f" of Energy Saud Harthy, {contrast} External Affairs Minister Arvind Menon."
    )
    found = people_countries(text, dateline="New Delhi")
    assert [{name: iso for name, iso in people.items() if name != "Arvind Menon"} for people in found] == [
        {"Haider Salim": "OMN", "Kavita Rao": "IND", "Faisal Nabhani": "OMN", "Saud Harthy": "OMN"}
    ]


@pytest.mark.parametrize(
    "second", ["Minister of the Interior Carolina Toha", "Interior Minister Carolina Toha"]
)
def test_titled_names_parted_by_semicolons_stay_in_the_attendance_list(second: str) -> None:
    """ "attended by Minister A; Minister of X, Y and Z B; and, from the Peruvian side, ...":
    entries written title first, with commas inside their titles, are parted by ";" and hold
    no verb: one list of the clause it began in (all but the first had been dropped)."""
    text = (
        "SANTIAGO - Chilean President Gabriel Boric held talks with Peruvian President Dina Boluarte on"
        " Monday. The talks were attended by Foreign Minister Alberto van Klaveren; Minister of Mining,"
        f" Energy and Water Aurora Williams; {second}; and, from the Peruvian side, Minister of Production"
        " Sergio Gonzalez."
    )
    found = extract(text, dateline="Santiago")
    assert [p.name for p in found[0].participants][2:] == [
        "Alberto van Klaveren",
        "Aurora Williams",
        "Carolina Toha",
        "Sergio Gonzalez",
    ]


@pytest.mark.parametrize("style", ["His Majesty", "Her Highness"])
def test_a_listed_title_that_closes_on_a_monarchs_style_stays_in_the_list(style: str) -> None:
    """ "attended by Minister A; Chief of the Office of His Majesty B; and, from the Thai side,
    C": the entry's title ends on the style, not on a title word, before its name; it is an
    entry of the list all the same (it and every entry after it had been dropped)."""
    text = (
        "MUSCAT - Omani Foreign Minister Badr Albusaidi held talks with Thai Foreign Minister Maris"
        " Sangiampongsa on Monday. The talks were attended by Minister of Economy Said Saqri; Chief of"
        f" the Office of {style} Hamad Rawahi; Undersecretary of Commerce Nasser Harthy; and, from the"
        " Thai side, Deputy Minister of Commerce Suchart Chomklin."
    )
    found = extract(text, dateline="Muscat")
    assert {
        p.name: p.country_iso3
        for p in found[0].participants
        if p.name not in ("Badr Albusaidi", "Maris Sangiampongsa")
    } == {
        "Said Saqri": "OMN",
        "Hamad Rawahi": "OMN",
        "Nasser Harthy": "OMN",
        "Suchart Chomklin": "THA",
    }


def test_a_clause_after_a_style_is_no_listed_entry() -> None:
    """ "...; His Majesty Sultan Haitham thanked the delegation": a clause with its own verb
    after the style stays a clause of its own, no entry of the list."""
    text = (
        "MUSCAT - Omani Foreign Minister Badr Albusaidi held talks with Thai Foreign Minister Maris"
        " Sangiampongsa on Monday. The talks were attended by Minister of Economy Said Saqri; His"
        " Majesty Sultan Haitham thanked the delegation."
    )
    found = extract(text, dateline="Muscat")
    assert "Haitham" not in {p.name for p in found[0].participants}


@pytest.mark.parametrize("preposition", ["from", "for"])
def test_a_side_phrase_in_an_attendance_list_is_of_the_names_after_it(preposition: str) -> None:
    """ "attended by A; B; and, from the Peruvian side, C": the side phrase opens the entries of
    its side, so those listed before it are not of it (they had taken the side it names)."""
    text = (
        "LIMA - Peruvian President Dina Boluarte held talks with Chilean President Gabriel Boric on"
        " Monday. The talks were attended by Foreign Minister Alberto van Klaveren; Minister of Mining,"
        f" Energy and Water Aurora Williams; and, {preposition} the Peruvian side, Minister of Production"
        " Sergio Gonzalez."
    )
    found = extract(text, dateline="Lima")
    assert {p.name: p.country_iso3 for p in found[0].participants} == {
        "Dina Boluarte": "PER",
        "Gabriel Boric": "CHL",
        "Alberto van Klaveren": "CHL",
        "Aurora Williams": "CHL",
        "Sergio Gonzalez": "PER",
    }


def test_a_clause_after_a_semicolon_is_no_listed_entry() -> None:
    """ "...; Foreign Minister X met Y on Tuesday": a verb makes the piece a clause of its own."""
    sentence = Sentence(
        "The talks were attended by Foreign Minister Alberto van Klaveren; Interior Minister Carolina Toha"
        " met the Peruvian envoy on Tuesday."
    )
    assert len(analyse_clauses(sentence).segments) == 2


def test_a_summit_which_ended_with_a_signing() -> None:
    """ "..., presided over the summit in Brasília, which ended with the signing of 13
    agreements": the signing told in the summit's relative clause is by the summit's leaders (it
    had been dropped: only "after which ... were signed" went on from the event before)."""
    text = (
        "BRASILIA - President Luiz Inacio Lula da Silva and Chilean President Gabriel Boric presided"
        " on Monday over the Brazil-Chile Summit in Brasilia, which ended with the signing of nine"
        " agreements."
    )
    found = extract(text, dateline="Brasilia")
    assert [(e.engagement_type, str(e.engagement_date)) for e in found] == [
        ("meeting", "2024-05-13"),  # a summit named for the two countries is their leaders' meeting
        ("agreement", "2024-05-13"),
    ]
    assert [p.name for p in found[1].participants] == ["Luiz Inacio Lula da Silva", "Gabriel Boric"]


@pytest.mark.parametrize(
    "reference",
    [
        "The Peruvian official was also received by",
        "Later, the Peruvian Deputy Minister met",
        "The Peruvian guest also met",
    ],
)
def test_a_guest_named_again_by_country_and_role(reference: str) -> None:
    """ "The Peruvian official was also received by X", "the Peruvian Deputy Minister met X": a
    country and a role (or an office of several words) name the known person of that country
    (the meeting had been lost, or kept only its host)."""
    found = extract(
        "QUITO - Trade Minister Sonsoles García received Peruvian Deputy Minister Ana Cecilia Gervasi on "
        f"Wednesday. {reference} Energy Minister Antonio Goncalves on Thursday.",
        dateline="Quito",
    )
    assert [sorted(p.name for p in e.participants) for e in found][-1] == [
        "Ana Cecilia Gervasi",
        "Antonio Goncalves",
    ]


@pytest.mark.parametrize(
    ("told", "again", "named"),
    [
        ("the Minister of Foreign Affairs of Peru, Elmer Schialer,", "the Peruvian Foreign Minister", True),
        ("Peruvian Foreign Minister Elmer Schialer", "the Peruvian Minister of Foreign Affairs", True),
        (
            "Peru's Minister for Trade and Tourism, Desilu Leon,",
            "the Peruvian Trade and Tourism Minister",
            True,
        ),
        # another portfolio is someone else
        ("Peru's Minister of Energy, Jorge Montero,", "the Peruvian Foreign Minister", False),
    ],
)
def test_a_ministers_office_named_again_the_other_way_round(told: str, again: str, named: bool) -> None:
    """ "the Minister of Foreign Affairs of Peru, X, ... received the Peruvian Foreign Minister":
    the portfolio written before or after "Minister", with or without "Affairs", is the same
    office, so the guest is X (the meeting had kept only its host)."""
    found = extract(
        f"QUITO - {told} arrived in Quito on Tuesday. On Wednesday, Foreign Minister Gabriela Sommerfeld "
        f"received {again} at the Carondelet Palace.",
        dateline="Quito",
    )
    (meeting,) = [e for e in found if e.engagement_type == "meeting"]
    assert (len(meeting.participants) == 2) is named


def test_documents_signed_before_told_with_no_one_are_no_signing() -> None:
    """ "X said the trade agreements signed with Chile, Peru and Colombia were paying off": the
    signings are the documents' past, told with no one and no day (they had been one agreement of
    the three partners, dated the story's day)."""
    found = extract(
        "SEOUL - Trade Minister Ahn Duk-geun said the free trade agreements signed with Chile, Peru and "
        "Colombia were already paying off.",
        dateline="Seoul",
    )
    assert found == []


def test_an_attendee_told_after_the_meeting_takes_the_default_side() -> None:
    """ "Ambassador of Ghana to Nigeria X called on Minister Y here on Tuesday. Permanent Secretary
    Z and senior officials of the ministry were also present": Z, of no written country, is of
    the story's side, the dateline's (he had taken the ambassador's, demoted as the side the
    minister sat nearest)."""
    found = extract(
        "ABUJA - Ambassador of Ghana to Nigeria Kwaku Asante called on Minister of Industry Doris Uzoka "
        "here on Tuesday. Permanent Secretary Nura Rimi and senior officials of the ministry were also "
        "present in the meeting.",
        dateline="Abuja",
    )
    countries = {p.name: p.country_iso3 for e in found for p in e.participants}
    assert countries["Nura Rimi"] == "NGA"


@pytest.mark.parametrize(
    "venue", ["at the ministry's headquarters", "at his office", "in the presidential palace"]
)
def test_a_reception_with_its_venue_before_the_guest(venue: str) -> None:
    """ "received on Wednesday at the ministry's headquarters Italian Deputy Minister X": a venue
    in common nouns between the day and the guest (the order of Maghreb agency copy) still leaves
    the guest received (the meeting had been lost)."""
    found = extract(
        f"RABAT - Minister of Industry Ryad Mezzour received on Wednesday {venue} Spanish Secretary of State "
        "for Trade Amparo López.",
        dateline="Rabat",
    )
    assert [(e.engagement_type, e.countries) for e in found] == [("meeting", ("ESP", "MAR"))]


@pytest.mark.parametrize(
    "venue",
    [
        "on Tuesday at the ministry headquarters",
        "at his office",
        "on Tuesday at the presidential palace in Hanoi",
        "on Tuesday at the headquarters of the Foreign Ministry",
    ],
)
def test_a_reception_with_its_venue_before_a_guest_with_an_article(venue: str) -> None:
    """ "received on Monday at the ministry headquarters the Peruvian Minister of Foreign Affairs
    X": a venue in common nouns, with or without its own named place, before a guest told with
    "the" (translated Spanish and French word order) still leaves the guest received (the
    meeting had been lost)."""
    found = extract(
        f"Vietnamese Minister of Industry and Trade Nguyen Hong Dien received {venue} the Chilean "
        "Minister of Agriculture Ignacio Vial.",
    )
    assert [(e.engagement_type, e.countries) for e in found] == [("meeting", ("CHL", "VNM"))]


@pytest.mark.parametrize("venue", ["at his office", "at his office in Hanoi"])
def test_a_venue_before_a_thing_received_is_no_reception(venue: str) -> None:
    """ "received at his office (in Hanoi) the report of the commission": after a venue and its
    place, "the" before a lower-case thing opens what was received, no guest."""
    found = extract(
        f"Vietnamese Minister of Industry and Trade Nguyen Hong Dien received on Tuesday {venue} "
        "the annual report of the trade commission.",
    )
    assert found == []


@pytest.mark.parametrize(
    "sentence",
    [
        "co-chaired on Tuesday in Algiers the works of the Algerian-Mauritanian joint trade committee.",
        "on Tuesday co-chaired the proceedings of the Algerian-Mauritanian intergovernmental committee.",
    ],
)
def test_a_joint_committee_cochaired_in_lower_case(sentence: str) -> None:
    """ "co-chaired on Tuesday in Algiers the works of the Algerian-Mauritanian joint trade
    committee": a joint body written in lower case, after a day and a place (the order translated
    French copy keeps) and "the works (proceedings) of", is its session (nothing had been found)."""
    found = extract(
        "ALGIERS - Algerian Trade Minister Tayeb Zitouni and Mauritanian Trade Minister Naha Mint Mouknass "
        + sentence,
        dateline="Algiers",
    )
    assert [(e.engagement_type, e.countries) for e in found] == [("forum", ("DZA", "MRT"))]


@pytest.mark.parametrize(
    "signing",
    [
        "Following the talks, the two countries signed three agreements.",
        "After the discussions, three memoranda of understanding were signed between the two countries.",
    ],
)
def test_the_two_countries_that_sign_after_talks_are_its_sides(signing: str) -> None:
    """ "Following the talks, the two countries signed three agreements": the sides of the talks
    just told signed, as in the passive "... were signed" (the signing had been dropped, having
    one country and no one in it)."""
    found = extract(
        "Windhoek, May 6 - President Tuhafeni Nakale held talks with Botswanan President Kagiso Molefe on "
        "Monday. " + signing,
        dateline="Windhoek",
    )
    assert [(e.engagement_type, e.countries) for e in found] == [
        ("meeting", ("BWA", "NAM")),
        ("agreement", ("BWA", "NAM")),
    ]


def test_the_minister_is_the_minister_told_first_with_a_portfolio() -> None:
    """ "External Affairs Minister X called on Y. ... the minister also met Z": "the minister" is
    the one told with a portfolio before the word, the story's own (the meeting had been
    dropped); the countries of a topic ("the Indian-Nepali commission") rule no one out."""
    text = (
        "KATHMANDU - External Affairs Minister S. Jaishankar on Monday called on Nepali Prime Minister"
        " Pushpa Kamal Dahal. Nepal's Foreign Minister Narayan Saud hosted a lunch. Before leaving, the"
        " minister also met opposition leader Sher Bahadur Deuba to discuss the Indian-Nepali"
        " joint commission."
    )
    found = extract(text, dateline="Kathmandu")
    last = found[-1]
    assert [p.name for p in last.participants] == ["Sher Bahadur Deuba", "S. Jaishankar"]


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Putin and Erdogan held phone talks on Monday.", [("Putin", "RUS"), ("Erdogan", "TUR")]),
        ("Modi and Xi Jinping held talks in Kazan on Monday.", [("Modi", "IND"), ("Xi Jinping", "CHN")]),
    ],
)
def test_two_leaders_named_by_surname(sentence: str, people: list[tuple[str, str]]) -> None:
    """ "Putin and Erdogan held phone talks": wire copy names listed leaders by surname alone;
    a pair of them before the verb are the two sides (the call had been dropped)."""
    found = extract(f"ANKARA - {sentence}", dateline="Ankara")
    assert len(found) == 1
    assert sorted((p.name, p.country_iso3) for p in found[0].participants) == sorted(people)


def test_a_surname_that_is_a_countrys_name_is_no_side() -> None:
    """ "Prime Minister Luís Montenegro ... Montenegro arrived in Luanda": after the full name,
    the surname alone is the premier, not Montenegro (also after an accented given name, which
    had not been read as one)."""
    text = (
        "LUANDA - Portuguese Prime Minister Luís Montenegro praised the ties. Montenegro arrived in Luanda"
        " on Sunday for a two-day official visit."
    )
    found = extract(text, dateline="Luanda")
    assert [(e.engagement_type, e.countries) for e in found] == [("visit", ("AGO", "PRT"))]


def test_the_head_of_a_delegation_from_a_company() -> None:
    """ "received a delegation from Samsung Electronics led by vice chairman Jun Young-hyun": the
    head is the company's, of its country (he had been lost: "Jun" read as June, and "from"
    not read as "of")."""
    text = (
        "HANOI - Deputy Minister Phan Thi Thang on Monday received a delegation from Hyundai Motor led by"
        " president Jun Jae-won."
    )
    found = extract(text, dateline="Hanoi")
    assert [
        (p.name, p.country_iso3, p.organization)
        for p in found[0].participants
        if p.participant_type == "person"
    ] == [
        ("Phan Thi Thang", "VNM", None),
        ("Jun Jae-won", "KOR", "Hyundai Motor"),
    ]


def test_a_venue_and_a_day_after_a_list_of_topics() -> None:
    """ "memoranda covering trade, tourism and agriculture at Seri Perdana here yesterday": the
    venue and the day close the topic and date the signing (the day had been read as a topic's
    word, and the signing dated the day of publication)."""
    text = (
        "PUTRAJAYA - Prime Minister Anwar Ibrahim and Thai Prime Minister Srettha Thavisin witnessed the"
        " exchange of five memoranda covering trade, tourism and agriculture at Seri Perdana here yesterday."
    )
    found = extract(text, dateline="Putrajaya")
    assert [(e.engagement_type, str(e.engagement_date)) for e in found] == [("agreement", "2024-05-15")]
    assert "agriculture" in found[0].topics[-1]


@pytest.mark.parametrize(
    "ending",
    [
        "on port development at the Diplomatic Wing, Morne Fortune, yesterday.",
        # a locality longer than a place's three words still ends the venue (3c1e3add had capped it)
        "on port development at the Diplomatic Wing, Castries Harbour Front Terminal, yesterday.",
        "on port development at the Office of the Prime Minister yesterday.",
        "on port development at the Ministry of Foreign Affairs on Wednesday.",
        "on port development yesterday.",
    ],
)
def test_a_venue_its_locality_and_the_day_close_the_topic(ending: str) -> None:
    """ "an agreement on X at the Diplomatic Wing, Morne Fortune, yesterday": the venue after "the",
    with its inner "of the" and a locality after a comma, and a bare "yesterday" close the
    topic, so the day dates the signing (the venue, the locality and "yesterday" had been read
    as topics, and the signing dated the day of publication)."""
    text = (
        "Saint Lucia's Prime Minister Philip Pierre and Dominica's Prime Minister Roosevelt Skerrit "
        f"signed an agreement {ending}"
    )
    found = extract(text)
    assert [(e.engagement_type, str(e.engagement_date)) for e in found] == [("agreement", "2024-05-15")]
    assert found[0].topics == ("port development",)


def test_a_day_word_inside_a_topic_stays_there() -> None:
    """ "on the challenges of today's economy": a possessive "today's" is a word of the topic,
    not its day."""
    text = (
        "Saint Lucia's Prime Minister Philip Pierre and Dominica's Prime Minister Roosevelt Skerrit "
        "signed an agreement on the challenges of today's economy on Wednesday."
    )
    found = extract(text)
    assert [(e.engagement_type, str(e.engagement_date)) for e in found] == [("agreement", "2024-05-15")]
    assert found[0].topics == ("challenges of today's economy",)


@pytest.mark.parametrize(
    "follow_up",
    [
        "The meeting came a day after the two ministers co-chaired the Tunisian-Algerian Business Forum.",
        "The talks took place a day after the two ministers opened the Tunisia-Algeria Investment Forum.",
        "The meeting came a day after the two ministers hosted the Tunisian-Algerian Business Forum.",
        "The talks took place a day after the two ministers inaugurated the Tunisia-Algeria Business Summit.",
    ],
)
def test_a_named_forum_told_in_an_anchor_clause(follow_up: str) -> None:
    """ "The meeting came a day after the two ministers co-chaired the ... Business Forum": the
    forum told with a verb of its own in the anchor is an event of its own, the day before (it
    had been taken for one told before, and lost)."""
    text = (
        "TUNIS - Trade Minister Samir Abid met Algerian Trade Minister Tayeb Zitouni in Tunis on Tuesday."
        f" {follow_up}"
    )
    assert kinds_and_days(text, dateline="Tunis") == [("meeting", "2024-05-14"), ("forum", "2024-05-13")]


def test_a_day_after_a_clause_of_another_event_dates_no_engagement() -> None:
    """ "Later on Wednesday, X and Y held talks, a day after the two countries announced a
    deal": "a day after" measures from the announcement, an event told without its day, so the
    talks keep the day their sentence states (they had been put a day after it, on Thursday)."""
    text = (
        "LIMA - Peruvian President Dina Boluarte met Chilean President Gabriel Boric in Lima on Wednesday. "
        "Later on Wednesday, Boluarte and Colombian President Gustavo Petro held their first bilateral "
        "talks in two years, a day after the two countries restored full diplomatic relations."
    )
    assert kinds_days_and_sides(text, dateline="Lima") == [
        ("meeting", "2024-05-15", ("CHL", "PER")),
        ("meeting", "2024-05-15", ("COL", "PER")),
    ]


@pytest.mark.parametrize("determiner", ["the", "those", "these", "our"])
def test_a_day_after_a_demonstrative_noun_phrase_counts_from_the_told_event(determiner: str) -> None:
    """ "X and Y held talks, a day after those delayed talks": a participle after "that",
    "these", "those" or "our" is an adjective of the noun phrase, as after "the", not the verb of a
    clause of its own, so the day counts from the talks told before (a second assignment of
    the determiners had read "those delayed" as a clause and kept the day told before)."""
    text = (
        "LIMA - Peruvian President Dina Boluarte met Chilean President Gabriel Boric in Lima on Wednesday. "
        f"Boluarte and Colombian President Gustavo Petro held talks, a day after {determiner} delayed talks."
    )
    assert kinds_and_days(text, dateline="Lima") == [("meeting", "2024-05-15"), ("meeting", "2024-05-16")]


@pytest.mark.parametrize(
    "background",
    [
        "three weeks after taking office",
        "two weeks after the presidential elections",
        "a week after a cabinet reshuffle",
    ],
)
def test_weeks_after_an_event_of_its_own_count_from_no_told_day(background: str) -> None:
    """ "X held talks with Y, three weeks after taking office": the weeks count from an event
    the story neither tells nor dates, so the talks keep the day told before (they had been put
    three weeks after it)."""
    text = (
        "QUITO - Ecuadorian President Daniel Noboa arrived in Bogota on Monday. "
        f"Noboa held talks with Colombian President Gustavo Petro at the Casa de Narino, {background}."
    )
    assert ("meeting", "2024-05-13") in kinds_and_days(text, dateline="Quito")


def test_the_place_of_an_event_weeks_before_is_not_the_visits() -> None:
    """ "The visit came two weeks after a failed uprising in Lima": the city is where the
    uprising happened, not where the visit went (a visit to Peru had been put there, two weeks
    after the talks)."""
    text = (
        "ORURO - Colombian President Gustavo Petro met Bolivian President Luis Arce in Oruro on Tuesday. "
        "Petro's visit, the first since he took office, came less than two weeks after a failed military "
        "uprising in Lima."
    )
    found = [(e.engagement_date, e.location) for e in extract(text, dateline="Oruro")]
    assert all(place != "Lima" and day == date(2024, 5, 14) for day, place in found)


@pytest.mark.parametrize(
    "background",
    [
        "their first talks since a tense exchange at the Kremlin in March",
        "their first encounter since an angry exchange in Paris in 2023",
    ],
)
def test_the_place_of_an_event_since_which_is_not_the_meetings(background: str) -> None:
    """ "..., their first encounter since a heated exchange at the White House in February": the
    place is where that earlier event was, not where the meeting told was (it had been put
    there, under a Geneva dateline)."""
    text = (
        "GENEVA - Ukrainian Foreign Minister Andrii Sybiha met Russian Foreign Minister Sergei Lavrov "
        f"on Tuesday, {background}."
    )
    (meeting,) = extract(text, dateline="Geneva")
    assert meeting.location not in ("Moscow", "Paris")


def test_and_was_received_after_an_aside_shares_the_visitors_subject() -> None:
    """ "X made a visit to Y on Monday, shortly after taking office, and was received by Z in
    W": the predicate after ", and was" has the visitor as subject, so Z received X there (the
    reception had been a clause of its own, with no visitor, and was lost)."""
    text = (
        "LIMA - Peruvian President Dina Boluarte made an official visit to Chile on Monday, shortly after "
        "taking office, and was received by President Gabriel Boric at La Moneda in Santiago."
    )
    meetings = [(str(e.engagement_date), e.location, e.countries) for e in extract(text, dateline="Lima")]
    assert ("2024-05-13", "Santiago", ("CHL", "PER")) in meetings
    assert [e.engagement_type for e in extract(text, dateline="Lima")].count("meeting") == 1


@pytest.mark.parametrize("goods", ["exports to the country", "shipments of fruit to the island"])
def test_goods_sent_to_the_country_do_not_place_the_event_at_the_dateline(goods: str) -> None:
    """ "X met Y on Wednesday and said Peru aims to double its exports to the country": what is
    sent there says nothing of where anyone was, so a meeting during a state visit abroad, told
    from home, is in the visit's city (it had been put at the home dateline)."""
    text = (
        "LIMA - Peruvian President Dina Boluarte arrived in Seoul on Tuesday, opening a three-day state "
        "visit to South Korea. Peruvian Trade Minister Ursula Leon met South Korean Trade Minister "
        f"Cheong In-kyo on Wednesday and said Peru aims to double its {goods} by 2030."
    )
    meetings = [e for e in extract(text, dateline="Lima") if e.engagement_type == "meeting"]
    assert [(str(e.engagement_date), e.location) for e in meetings] == [("2024-05-15", "Seoul")]


def test_a_visit_to_the_country_places_the_event_at_the_dateline() -> None:
    text = (
        "NAIROBI - Ugandan President Yoweri Museveni met Kenyan President William Ruto on Tuesday, on his "
        "first visit to the country since 2022."
    )
    found = extract(text, dateline="Nairobi")
    assert found and all(e.location == "Nairobi" for e in found)


def test_days_after_an_arrival_told_before_count_from_its_day() -> None:
    """ "X arrived on Monday. Two days after his arrival, he met Y": a noun phrase of an event
    dated before, no clause of its own, so the offset counts from that day."""
    text = (
        "HANOI - Malaysian Prime Minister Anwar Ibrahim arrived in Hanoi on Monday for an official visit. "
        "Two days after his arrival, Anwar met Vietnamese Prime Minister Pham Minh Chinh."
    )
    assert ("meeting", "2024-05-15") in kinds_and_days(text, dateline="Hanoi")


def test_an_envoy_accredited_to_two_countries() -> None:
    """ "Canada's Ambassador to Suriname and Guyana, X": both are postings, neither a side nor the
    envoy's country, and the title keeps both (Guyana had been a side, the envoy Guyanese)."""
    text = (
        "PARAMARIBO - Natural Resources Minister Ravindre Jagessar met Canada's Ambassador to Suriname and"
        " Guyana, Marie-Claude Bouchard, on Monday."
    )
    found = extract(text, dateline="Paramaribo")
    assert [(e.engagement_type, e.countries) for e in found] == [("meeting", ("CAN", "SUR"))]
    assert [(p.title, p.country_iso3) for p in found[0].participants][-1] == (
        "Ambassador to Suriname and Guyana",
        "CAN",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Britain's trade envoy Lord Collins is expected in Abuja next month for the UK-Nigeria Dialogue.",
        "Both ministers are due in Accra later this year for the Ghana-Togo Joint Commission.",
    ],
)
def test_someone_expected_somewhere_for_an_event(sentence: str) -> None:
    """ "X is expected in Abuja next month for the Strategic Dialogue": a forum to come, no
    event (it had been one, undated)."""
    assert extract(f"ABUJA - {sentence}", dateline="Abuja") == []


def test_a_relative_clause_after_a_name_in_apposition() -> None:
    """ "the secretary of state for trade, X, who travels to Luanda on Monday, held talks ...
    on Wednesday": the comma after the name opens the relative clause, whose day is not the
    talks' (the talks had been dated the Monday)."""
    text = (
        "MAPUTO - Spain's secretary of state for trade, Amparo Lopez Senovilla, who travels to Luanda on"
        " Monday, held talks in Maputo on Wednesday with Mozambican Trade Minister Silvino Moreno."
    )
    assert kinds_and_days(text, dateline="Maputo") == [("meeting", "2024-05-15")]


def test_where_an_envoy_serves_is_not_where_the_event_was() -> None:
    """ "The meeting was also attended by ... Rwanda's High Commissioner in Kampala, X": the
    capital where the envoy serves is no venue (the attendance had become a second meeting, in
    Kampala)."""
    text = (
        "KAMPALA - Ugandan State Minister John Mulimba met Rwandan Minister of State Manasseh Nshuti"
        " in Kabale on Tuesday. The meeting was also attended by Rwanda's High Commissioner in Kampala,"
        " Joseph Rutabana."
    )
    found = extract(text, dateline="Kampala")
    assert [(e.engagement_type, e.location) for e in found] == [("meeting", "Kabale")]
    assert found[0].participants[-1].name == "Joseph Rutabana"


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials denied on Wednesday that President Ruto had held a phone call with President Kagame.",
        "State House dismissed reports that President Ruto had held a phone call with President Kagame.",
        "The ministry denied that President Ruto met President Kagame in Kigali.",
    ],
)
def test_a_denied_event_is_none(sentence: str) -> None:
    """ "denied that X had held a phone call with Y": an event denied, with or without the
    report named, is no event (the call had been one; only "denied reports that X met" was
    read so)."""
    assert extract(f"NAIROBI - {sentence}", dateline="Nairobi") == []


def test_a_denial_of_something_else_keeps_the_event() -> None:
    """ "dismissed the concerns, saying that the two presidents met on Monday": the event told
    after the speech verb is asserted, not denied."""
    text = (
        "NAIROBI - The ministry dismissed the concerns, saying that President Ruto met Paul Kagame on Monday."
    )
    assert kinds_and_days(text, dateline="Nairobi") == [("meeting", "2024-05-13")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Zambia and Malawi on Wednesday marked the 10th anniversary of the signing of the Nacala accord.",
        "Lusaka on Wednesday celebrated the 20th anniversary of the first state visit by a Malawian leader.",
    ],
)
def test_the_event_an_anniversary_is_of(sentence: str) -> None:
    """ "marked the 10th anniversary of the signing of the accord": the signing was years ago,
    not on the day told (it had been an agreement dated that Wednesday)."""
    assert extract(f"LUSAKA - {sentence}", dateline="Lusaka") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Fiji's Parliament on Tuesday approved the air services agreement signed with Tonga in 2023.",
        "Trade Minister Manoa Kamikamica on Tuesday held talks with Tongan Trade Minister Viliami Latu on the"
        " Economic Partnership signed in February.",
        "Trade Minister Manoa Kamikamica on Tuesday held talks with Tongan Trade Minister Viliami Latu on the"
        " trade agreement signed between the two countries.",
    ],
)
def test_a_document_signed_before_is_no_signing_of_the_day(sentence: str) -> None:
    """ "approved the air services agreement signed with Tonga in 2023": the signing is the
    document's past, told in a reduced relative clause, no event on the main clause's day (it
    had been an agreement dated that Tuesday, by whoever the sentence named)."""
    text = f"SUVA - {sentence}"
    assert [e.engagement_type for e in extract(text, dateline="Suva")] in ([], ["meeting"])
    assert "agreement" not in [e.engagement_type for e in extract(text, dateline="Suva")]


def test_a_title_with_commas_inside_talks_between_two() -> None:
    """ "following talks in Tokyo between A and Japan's Minister of Economy, Trade and Industry
    B": the commas of the title's portfolio list cut no clause (the talks had been lost)."""
    text = (
        "MANILA - The Philippines and Japan agreed on Tuesday to speed up aid, following talks in Tokyo"
        " between Trade Secretary Alfredo Pascual and Japan's Minister of Economy, Trade and Industry"
        " Ken Saito."
    )
    found = extract(text, dateline="Manila")
    assert [(e.engagement_type, e.location) for e in found] == [("meeting", "Tokyo")]
    assert [p.name for p in found[0].participants] == ["Alfredo Pascual", "Ken Saito"]


def test_the_second_day_of_a_visit() -> None:
    """ "arrived on Tuesday on a three-day state visit. On the second day of the visit, ... signed":
    a day after the visit's first (it had been the first); with no day of the trip told, it
    names no day (and the story's day stands)."""
    text = (
        "RABAT - Ghanaian President John Mahama arrived in Rabat on Monday on a three-day state visit. On the"
        " second day of the visit, he and King Mohammed VI presided over the signing of eleven agreements."
    )
    assert kinds_and_days(text, dateline="Rabat") == [("visit", "2024-05-13"), ("agreement", "2024-05-14")]
    alone = (
        "BEIJING - Prime Minister Christopher Luxon has met Premier Li Qiang, on the second day of his trip."
    )
    assert kinds_and_days(alone, dateline="Beijing") == [("meeting", "2024-05-16")]


def test_leaders_by_surname_with_an_adverb_before_the_verb() -> None:
    """ "Erdogan and Aliyev last held talks in Baku on September 30": an adverb between the
    subjects and the verb (it had given nothing)."""
    text = (
        "ANKARA - Turkish-Azerbaijani trade is growing. Erdogan and Aliyev last held talks in Baku on May 6."
    )
    found = extract(text, dateline="Ankara")
    assert [(e.engagement_type, str(e.engagement_date), e.countries) for e in found] == [
        ("meeting", "2024-05-06", ("AZE", "TUR"))
    ]


def test_the_minister_is_the_subject_just_told_of_the_storys_side() -> None:
    """ "Foreign Minister X received Y. Trade Minister Z held talks in Lima with W. The minister
    also met V": "the minister" is Z, the subject of the sentence before and of the story's side,
    not the first minister of the lead (X had taken the meeting)."""
    found = extract(
        "SANTIAGO - Foreign Minister Alberto van Klaveren received Peruvian Ambassador Luis Castillo in "
        "Santiago on Monday. Trade Minister Claudia Sanhueza held talks in Lima on Tuesday with Foreign "
        "Trade Minister Elizabeth Galdo. The minister also met Economy Minister José Arista.",
        dateline="Santiago",
    )
    assert sorted(p.name for p in found[-1].participants) == ["Claudia Sanhueza", "José Arista"]


def test_the_minister_is_not_the_latest_minister_of_a_portfolio_told_after_the_head() -> None:
    """ "Industry Minister X of Uruguay met Bolivia's Minister of Productive Development Y ...
    On Monday, the minister also held a video call with her Paraguayan counterpart, Z": a bare
    "the minister" is the subject told before, however the offices place their portfolios
    (Y's "Minister of ..." had been taken as its exact holder, and the call made BOL-PRY)."""
    found = extract(
        "Industry Minister Elisa Facio of Uruguay met Bolivia's Minister of Productive Development, Néstor "
        "Huanca, in La Paz on Tuesday. On Monday, the minister also held a video call with her Paraguayan "
        "counterpart, Javier Giménez."
    )
    call = found[-1]
    assert (call.engagement_type, call.countries) == ("phone_call", ("PRY", "URY"))
    assert sorted(p.name for p in call.participants) == ["Elisa Facio", "Javier Giménez"]


def test_the_secretary_of_state_is_the_one_told_with_a_portfolio_after() -> None:
    """ "Spain's secretary of state for trade, X, held talks with Y. The secretary of state also
    met Z": the office told with its portfolio after it (the meeting had been dropped)."""
    found = extract(
        "NAIROBI - Spain's secretary of state for trade, Amparo López, held talks on Tuesday with "
        "Kenya's Trade Cabinet Secretary Lee Kinyanjui. The secretary of state also met the governor of "
        "the Central Bank of Kenya, Kamau Thugge.",
        dateline="Nairobi",
    )
    assert [sorted(p.name for p in e.participants) for e in found] == [
        ["Amparo López", "Lee Kinyanjui"],
        ["Amparo López", "Kamau Thugge"],
    ]


def test_a_signatory_list_names_each_side_in_parentheses() -> None:
    """ "Signatories: A, Minister of Labour (Thai side); B, Minister of Manpower (Indonesian
    side)": the parenthesis is an aside of the listed entry, so the list goes on past it, and
    the side it names is that entry's (the second signatory had been cut off at the first
    entry's ")", and took the dateline's country when not)."""
    (signing,) = extract(
        "BANGKOK - A memorandum on the placement of migrant workers was signed on Tuesday in Bangkok. "
        "Signed by: Mr. Somchai Wattana, Minister of Labour (Thai side); Ms. Ratna Dewi Kusuma, Minister "
        "of Manpower (Indonesian side)",
        dateline="Bangkok",
    )
    assert signing.countries == ("IDN", "THA")
    assert sorted((p.name, p.country_iso3) for p in signing.participants) == [
        ("Ratna Dewi Kusuma", "IDN"),
        ("Somchai Wattana", "THA"),
    ]


@pytest.mark.parametrize(
    "closing",
    ["Levan Beridze.", "Levan Beridze, who had flown in from Tbilisi the evening before."],
)
def test_a_name_in_apposition_at_the_sentence_end_belongs_to_the_clause_before(closing: str) -> None:
    """ "... following talks between A and his Georgian counterpart, Major General B." (or "B,
    who ..."): the full stop, or the relative clause, closes the apposition the last comma
    opened, so B is the talks' and the signing's (the comma before the name had opened a clause
    of its own: B dropped from the talks, and the signing lost or left with B alone)."""
    found = extract(
        "YEREVAN - A memorandum on military education was signed on Tuesday in Yerevan following talks "
        "between Armenian Defence Minister Aram Petrosyan and his Georgian counterpart, Major General "
        + closing,
        dateline="Yerevan",
    )
    assert [(e.engagement_type, e.countries, sorted(p.name for p in e.participants)) for e in found][:2] == [
        ("meeting", ("ARM", "GEO"), ["Aram Petrosyan", "Levan Beridze"]),
        ("agreement", ("ARM", "GEO"), ["Aram Petrosyan", "Levan Beridze"]),
    ]


def test_a_visit_that_follows_another_event_takes_none_of_its_day_place_or_people() -> None:
    """ "Ortega's visit follows the talks she held with X in Y on March 4", "The visit also
    follows a call between A and B": the possessive makes "visit" a noun, the visit told
    before; the clause tells the earlier event, whose day, place and people are its own (a
    visit on that day in that city had been told, holding the next sentence's callers)."""
    found = extract(
        "MANILA - Philippine President Rosa Lim on Wednesday received Peruvian President Ana Ortega at "
        "Malacanang Palace. Ortega's visit follows the talks she held with Lim in Lima on March 4 on the "
        "margins of a regional summit. The visit also follows a phone call between Philippine Foreign "
        "Secretary Jose Cruz and Peruvian Foreign Minister Luis Vega on April 2.",
        dateline="Manila",
    )
    assert [(e.engagement_type, str(e.engagement_date), e.location) for e in found] == [
        ("meeting", "2024-05-15", "Manila"),
        ("meeting", "2024-03-04", "Lima"),
        ("phone_call", "2024-04-02", None),
    ]
    assert all(e.countries == ("PER", "PHL") for e in found)
    assert sorted(p.name for p in found[1].participants) == ["Ana Ortega", "Rosa Lim"]


def test_a_summit_with_one_leader_is_their_meeting_and_the_summit_attended_is_the_forum() -> None:
    """ "X held a summit with Y on Monday", then "The Baltic Sea Summit opened on Tuesday"
    and "The summit was attended by ...": the first is the two leaders' meeting, and the
    summit attended is the forum of the same kind (the list had joined the bilateral, whose
    Monday the forum took)."""
    found = extract(
        "Norwegian Prime Minister Erik Dahl held a summit with Estonian President Mart Kask in Oslo "
        "on Monday. The Baltic Sea Summit, which gathers the leaders of Norway, Estonia, Latvia and "
        "Lithuania, opened in Oslo on Tuesday. The summit was attended by "
        "Latvian President Anna Ozola, Lithuanian President Jonas Petraitis and President Kask.",
        dateline="Oslo",
    )
    assert [(e.engagement_type, str(e.engagement_date)) for e in found] == [
        ("meeting", "2024-05-13"),
        ("forum", "2024-05-14"),
    ]
    assert found[0].countries == ("EST", "NOR")
    assert {"Anna Ozola", "Jonas Petraitis"} <= {p.name for p in found[1].participants}


def test_a_forum_named_with_a_compound_is_kept_for_the_attendance_told_next() -> None:
    """A named forum told with its day but no one yet ("The Nordic-Baltic Summit opened on
    Tuesday") is the event "The summit was attended by ..." fills; "After the summit" after
    "held a summit with Y" is that meeting, and its signatories are not the leaders'."""
    found = extract(
        "Finnish President Aino Virtanen held a summit with Danish Prime Minister Lars Holm in Helsinki on "
        "Monday. The Nordic-Baltic Summit opened in Helsinki on Tuesday. The summit was attended by "
        "Latvian President Anna Ozola and Lithuanian President Jonas Petraitis.",
        dateline="Helsinki",
    )
    assert [(e.engagement_type, str(e.engagement_date)) for e in found] == [
        ("meeting", "2024-05-13"),
        ("forum", "2024-05-14"),
    ]
    assert found[0].countries == ("DNK", "FIN")
    assert {"LTU", "LVA"} <= set(found[1].countries)
    found = extract(
        "Finnish President Aino Virtanen held a summit with Danish Prime Minister Lars Holm in Helsinki on "
        "Monday. After the summit, Virtanen and Holm looked on as a memorandum was signed by Finnish Energy "
        "Minister Mikko Salo and Danish Energy Minister Karen Lund.",
        dateline="Helsinki",
    )
    first = found[0]
    assert (first.engagement_type, sorted(p.name for p in first.participants)) == (
        "meeting",
        ["Aino Virtanen", "Lars Holm"],
    )


def test_a_forum_that_only_dates_documents_made_there_is_no_event_of_the_main_clause() -> None:
    """ "... reviewed the accords signed during the Nordic-African Summit in Oslo": the anchor
    tells when the accords were made, a reduced relative of theirs; the callers did not hold
    that summit on the day of their call (a forum had been made of it, dated the call's day)."""
    found = extract(
        "Norwegian Prime Minister Erik Dahl spoke by phone with Ghanaian President Kofi Mensah on Tuesday. "
        "The two leaders reviewed progress on the accords signed during the Nordic-African Summit in Oslo.",
        dateline="Oslo",
    )
    assert [(e.engagement_type, str(e.engagement_date)) for e in found] == [("phone_call", "2024-05-14")]


def test_a_relative_clause_inside_the_subject_ends_at_the_second_signatory() -> None:
    """ "X, who travelled with him, and Y's Minister, Z, signed ...": ", and" after a relative
    clause on the first signatory goes on with the subject, not with the relative clause (which
    had swallowed Z and the signing, or split the sentence into two clauses and lost both); a
    body told in the relative clause is the person's past, no side."""
    found = extract(
        "Chilean Mining Minister Rosa Fuentes, who travelled with the president, and Peru's Minister of "
        "Energy, Carlos Quispe, signed a memorandum on lithium in Lima on Tuesday.",
        dateline="Lima",
    )
    assert [(e.engagement_type, str(e.engagement_date), e.countries) for e in found] == [
        ("agreement", "2024-05-14", ("CHL", "PER"))
    ]
    assert sorted(p.name for p in found[0].participants) == ["Carlos Quispe", "Rosa Fuentes"]
    found = extract(
        "Chilean Mining Minister Rosa Fuentes, who headed the Chilean Copper Commission until 2022, and "
        "Peruvian Energy Minister Carlos Quispe signed a memorandum on lithium on Tuesday.",
        dateline="Lima",
    )
    assert [sorted(p.name for p in e.participants) for e in found] == [["Carlos Quispe", "Rosa Fuentes"]]


def test_the_envoy_of_an_office_with_its_country_is_of_that_country_and_acts_alone() -> None:
    """ "The Prime Minister of Fiji's special envoy, Trade Minister X, met Y": the aide is of
    the country the principal's office names, and the principal told before is no participant
    (the envoy had been given the host's country and the prime minister added to the talks)."""
    found = extract(
        "Japanese Prime Minister Kenji Mori received Fijian Prime Minister Sitiveni Rabuka in Tokyo on "
        "Monday. The Prime Minister of Fiji's special envoy, Trade Minister Manoa Kamikamica, also met "
        "Japan's Economy Minister Yuko Sato on Tuesday.",
        dateline="Tokyo",
    )
    talks = [e for e in found if str(e.engagement_date) == "2024-05-14"]
    assert [sorted((p.name, p.country_iso3) for p in e.participants) for e in talks] == [
        [("Manoa Kamikamica", "FJI"), ("Yuko Sato", "JPN")]
    ]


def test_each_listed_document_with_its_own_between_is_a_signing_by_its_parties() -> None:
    """ "The following documents were signed at the summit: a loan agreement between A and B;
    and a fisheries protocol between C and D": each document is its own signing by the parties
    after its "between" (one agreement had held all the summit's leaders, and the bodies had
    gone to the summit); a document "including" another is one signing."""
    found = extract(
        "Chilean President Gabriel Boric and Peruvian President Dina Boluarte opened the Pacific Alliance "
        "Summit in Lima on Monday alongside Colombian President Gustavo Petro and Mexican President Andres "
        "Lopez Obrador. The following documents were signed on the sidelines of the summit: a copper "
        "freight contract between Chile's Codelco and Peru's Petroperu; and a fisheries protocol between "
        "Colombia and Mexico.",
        dateline="Lima",
    )
    signings = [e for e in found if e.engagement_type == "agreement"]
    assert [(e.countries, sorted(p.name for p in e.participants)) for e in signings] == [
        (("CHL", "PER"), ["Codelco", "Petroperu"]),
        (("COL", "MEX"), []),
    ]
    assert all(
        p.participant_type == "person" for e in found if e.engagement_type == "forum" for p in e.participants
    )
    found = extract(
        "On Tuesday the two ministers signed four agreements between Chilean and Peruvian firms, including "
        "a freight contract between Codelco and Petroperu.",
        dateline="Lima",
    )
    assert [e.countries for e in found] == [("CHL", "PER")]


def test_the_visiting_guest_named_by_the_kind_of_office_is_the_visitor_of_that_kind() -> None:
    """ "the visiting air force chief held talks with X": words between "visiting" and the title
    say which office the guest holds, and the visitor told with it is meant (nobody had been,
    and the talks were lost); a guest of another kind ("the visiting navy chief") is nobody told."""
    visitor = (
        "Brazilian Air Force chief Lieutenant-Brigadier Marcelo Damasceno arrived in Lisbon on Monday for a "
        "three-day visit. On Tuesday, the visiting {} chief held talks with Portuguese Defence Minister "
        "Nuno Melo."
    )
    found = extract(visitor.format("air force"))
    talks = [e for e in found if e.engagement_type == "meeting"]
    assert [(str(e.engagement_date), e.countries) for e in talks] == [("2024-05-14", ("BRA", "PRT"))]
    assert "Lieutenant-Brigadier Marcelo Damasceno" in [p.name for p in talks[0].participants]
    assert [e.engagement_type for e in extract(visitor.format("navy"))] == ["visit"]


def test_an_event_told_at_a_later_stop_repeats_none_of_an_earlier_stop() -> None:
    """ "In Accra on Monday, X met Y. ... she flew to Lome on Wednesday. There she signed ...
    She also hosted a dinner for Ghanaian traders. Z later received her.": the dinner, on the
    story's later day and at its later stop, is not the Accra talks told again (it had been
    merged into them, and the reception that follows it dated and placed from them)."""
    found = extract(
        "In Accra on Monday, Burkina Faso's Trade Minister Serge Poda met Ghana's Trade Minister Kobina "
        "Tahir Hammond. From Accra he flew to Lome on Wednesday. There he signed a memorandum on cattle "
        "transit with Togolese Trade Minister Rose Kayi Mivedor. He also hosted a dinner for Burkinabe "
        "traders. Togolese Foreign Minister Robert Dussey later received Poda.",
        dateline="Ouagadougou",
    )
    received = [e for e in found if e.engagement_type == "meeting" and "Robert Dussey" in str(e.participants)]
    assert [(str(e.engagement_date), e.location, e.countries) for e in received] == [
        ("2024-05-15", "Lome", ("BFA", "TGO"))
    ]


def test_an_also_event_with_its_day_keeps_the_place_of_its_day_over_an_aside_of_no_day() -> None:
    """ "X, which last week hosted a trade mission from ... . Also on Wednesday, A and B signed":
    the aside told at a time that gives no day is not the occasion the "also" continues, and
    the signing stays where that day's talks were (it had lost its place)."""
    found = extract(
        "Samoan Prime Minister Fiame Naomi Mata'afa held talks with Tongan Prime Minister Siaosi Sovaleni "
        "in Apia on Wednesday. Samoa should not be confused with American Samoa, which last week hosted a "
        "trade delegation from New Zealand led by Trade Minister Todd McClay. Also on Wednesday, Samoa's "
        "Foreign Minister Toeolesulusulu Cedric Schuster and his Tongan counterpart Fekitamoeloa Utoikamanu "
        "signed a memorandum on seasonal workers."
    )
    signings = [e for e in found if e.engagement_type == "agreement"]
    assert [(str(e.engagement_date), e.location, e.countries) for e in signings] == [
        ("2024-05-15", "Apia", ("TON", "WSM"))
    ]


def test_a_mission_received_from_a_country_or_its_region_is_a_delegation_led_by_its_head() -> None:
    """ "received a business mission from the Australian state of Victoria, led by X": a mission
    is a delegation by another name, so the reception is a meeting, its head is of the country
    whose region sent it, and a mission with no head named still makes that country a side (the
    reception had been lost)."""
    found = extract(
        "Kenyan Trade Cabinet Secretary Rebecca Miano on Tuesday received a business mission from the "
        "Australian state of Victoria, led by Deputy Premier Ben Carroll, in Mombasa.",
        dateline="Nairobi",
    )
    assert [(e.engagement_type, str(e.engagement_date), e.location, e.countries) for e in found] == [
        ("meeting", "2024-05-14", "Mombasa", ("AUS", "KEN"))
    ]
    assert sorted((p.name, p.country_iso3) for p in found[0].participants) == [
        ("Ben Carroll", "AUS"),
        ("Rebecca Miano", "KEN"),
    ]
    found = extract(
        "Kenyan Trade Cabinet Secretary Rebecca Miano on Tuesday received a trade mission from Norway in "
        "Mombasa.",
        dateline="Nairobi",
    )
    assert [(e.engagement_type, e.countries) for e in found] == [("meeting", ("KEN", "NOR"))]


def test_the_visiting_guest_is_not_the_host_told_with_the_same_office() -> None:
    """ "X arrived in Lome ... at the invitation of his Togolese counterpart, General Y. ... the
    visiting defence chief called on Z": of the two holders of the office, the guest is the one
    not of the country the visit went to (the host Y had been taken, and Z made the guest's
    countryman)."""
    found = extract(
        "Ghanaian Chief of the Defence Staff General Thomas Oppong-Peprah arrived in Lome on Monday for a "
        "three-day official visit at the invitation of his Togolese counterpart, Chief of the Defence Staff "
        "General Dimini Allahare. On Tuesday, the visiting defence chief called on Foreign Minister Robert "
        "Dussey at the ministry.",
        dateline="Lome",
    )
    calls = [e for e in found if e.engagement_type == "meeting"]
    assert [sorted((p.name, p.country_iso3) for p in e.participants) for e in calls] == [
        [("Robert Dussey", "TGO"), ("Thomas Oppong-Peprah", "GHA")]
    ]


@pytest.mark.parametrize(
    "pointer",
    [
        "ahead of the COP30 climate conference in Belem in November",
        "prior to the Commonwealth summit in Apia next month",
    ],
)
def test_the_place_and_time_of_an_event_to_come_are_not_the_talks(pointer: str) -> None:
    """ "X and Y held talks on Tuesday ahead of the summit in Belem in November": the anchor
    points at a later event, whose city and month are its own (the talks had been placed in
    that city, and dated to nothing by its month)."""
    found = extract(
        "Kenyan Foreign Minister Musalia Mudavadi and Norwegian Foreign Minister Espen Barth Eide "
        f"held talks on Tuesday {pointer}."
    )
    assert [(e.engagement_type, str(e.engagement_date), e.location) for e in found] == [
        ("meeting", "2024-05-14", None)
    ]
    undated = extract(
        "Kenyan Foreign Minister Musalia Mudavadi and Norwegian Foreign Minister Espen Barth Eide "
        f"held talks {pointer}."
    )
    assert [(str(e.engagement_date), e.location) for e in undated] == [("2024-05-16", None)]


def test_an_opening_pointer_to_an_event_to_come_places_nothing() -> None:
    """ "In the run-up to the G20 summit in Johannesburg, X met Y on Wednesday": the city is
    the summit's, not where they met."""
    found = extract(
        "In the run-up to the G20 summit in Johannesburg, Kenyan Foreign Minister Musalia Mudavadi met "
        "Norwegian Foreign Minister Espen Barth Eide on Wednesday."
    )
    assert [(str(e.engagement_date), e.location) for e in found] == [("2024-05-15", None)]


def test_later_talks_are_not_dated_by_the_arrival_in_the_subjects_relative_clause() -> None:
    """ "X, who arrived in Canberra on Wednesday evening, later held talks with Y": "later" puts
    the talks after the arrival, so the relative's day is not theirs (they had been dated
    Wednesday); they follow the story's day told before."""
    found = kinds_and_days(
        "Chilean Foreign Minister Alberto van Klaveren met Australian Prime Minister Anthony Albanese on "
        "Thursday. Van Klaveren, who arrived in Canberra on Wednesday evening for a three-day visit, "
        "later held talks with Australian Trade Minister Don Farrell on lithium supply."
    )
    assert sorted(found) == [("meeting", "2024-05-16"), ("meeting", "2024-05-16"), ("visit", "2024-05-15")]


@pytest.mark.parametrize(
    ("main", "day"),
    [
        ("also met Vietnamese Prime Minister Pham Minh Chinh", None),
        ("met Vietnamese Prime Minister Pham Minh Chinh on the sidelines of the ASEAN summit", None),
        ("met Vietnamese Prime Minister Pham Minh Chinh", "2024-05-14"),
    ],
)
def test_a_meeting_of_a_stay_is_not_dated_by_the_arrival_in_a_relative(main: str, day: str | None) -> None:
    """ "X, who arrived in Vientiane on Tuesday, also met Y on the sidelines of the summit": one
    event of the stay the arrival began, not on the arrival's day (it had been dated Tuesday);
    with neither "also" nor a gathering's sidelines the arrival's day is still the guess."""
    found = kinds_and_days(
        f"Thai Prime Minister Srettha Thavisin, who arrived in Vientiane on Tuesday, {main}."
    )
    meetings = [d for kind, d in found if kind == "meeting"]
    assert len(meetings) == 1 and (meetings[0] == day if day else meetings[0] != "2024-05-14")


@pytest.mark.parametrize(
    ("relative", "day"),
    [
        ("who arrived in Windhoek yesterday for a three-day official visit", "2024-05-16"),
        ("who landed in Windhoek last night", "2024-05-16"),
        ("who arrived in Windhoek on Wednesday for a three-day official visit", "2024-05-15"),
    ],
)
def test_talks_are_not_dated_by_an_arrival_told_as_yesterday(relative: str, day: str) -> None:
    """ "X held talks with Y, who arrived in Windhoek yesterday": the writer counts the arrival
    back from today and leaves the talks undated, so they are the story's news of today (they
    had taken the arrival's day); an arrival on a named weekday is still the talks' guess."""
    found = kinds_and_days(
        "Namibian President Netumbo Nandi-Ndaitwah held talks with Botswana's President Duma Boko, "
        f"{relative}."
    )
    assert [d for kind, d in found if kind == "meeting"] == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a time of day alone in the talks' clause is of the day the arrival was told
        ("Botswana's President Duma Boko, who arrived in Windhoek yesterday morning, held talks with "
         "Namibian President Netumbo Nandi-Ndaitwah in the afternoon", "2024-05-15"),
        ("Botswana's President Duma Boko, who landed in Windhoek last night, called on Namibian President "
         "Netumbo Nandi-Ndaitwah in the evening", "2024-05-15"),
        ("Namibian President Netumbo Nandi-Ndaitwah held talks in the evening with Botswana's President "
         "Duma Boko, who arrived in Windhoek yesterday afternoon", "2024-05-15"),
        # without one, still the story's news of today
        ("Botswana's President Duma Boko, who arrived in Windhoek yesterday morning, held talks with "
         "Namibian President Netumbo Nandi-Ndaitwah", "2024-05-16"),
    ],
)  # fmt: skip
def test_talks_in_the_afternoon_after_an_arrival_told_as_yesterday_are_that_day(text: str, day: str) -> None:
    """ "X, who arrived here yesterday morning, called on Y in the afternoon": the afternoon of
    the arrival's day (the talks had been the story's day, as an arrival counted back from today
    leaves them when their clause tells no time)."""
    found = kinds_and_days(f"{text}.")
    assert [d for kind, d in found if kind == "meeting"] == [day]


def test_a_bare_surname_is_the_person_it_ends_not_one_whose_middle_name_it_is() -> None:
    """ "X met A Kumar B. ... C Kumar D attended. On Friday, Kumar met Y": "Kumar" is the name
    of the one it closes (the later man whose middle name it is had been taken)."""
    found = extract(
        "President Hakainde Hichilema on Thursday received India's Minister of State for Commerce "
        "Rajesh Anand Kumar in Lusaka. The meeting was attended by the Indian High Commissioner to "
        "Zambia, Ashok Kumar Mehta. On Friday, Kumar met officials of the Zambia Chamber of Mines in Kitwe.",
        dateline="Lusaka",
    )
    (chamber,) = [e for e in found if "Zambia Chamber of Mines" in {p.name for p in e.participants}]
    assert [p.name for p in chamber.participants if p.participant_type == "person"] == ["Rajesh Anand Kumar"]


@pytest.mark.parametrize(
    ("before", "day"),
    [
        # the event told before is another trip's: no day of the stay
        ("President Luis Abinader was received in Nairobi by Kenyan President William Ruto on Monday.", None),
        ("", None),
        # the event told before is the traveller's own: its day goes on
        (
            "Qatari Foreign Minister Ahmed Al-Thani met Dominican Foreign Minister Roberto Alvarez in Doha "
            "on Monday.",
            "2024-05-13",
        ),
    ],
)
def test_a_meeting_of_a_stay_takes_no_day_from_an_event_of_others(before: str, day: str | None) -> None:
    """ "X, who arrived in Doha on Sunday, also met Y on the sidelines of an energy ministers'
    meeting" after another official's talks elsewhere on Monday: a day of the stay the text does
    not give (it had taken Monday, through the indefinite "an ... meeting" taken for the talks,
    or the story's day); after an event of the traveller's own, that event's day."""
    text = " ".join(
        part
        for part in (
            before,
            "Dominican Foreign Minister Roberto Alvarez, who arrived in Doha on Sunday, also met Qatari "
            "Prime Minister Mohammed Al-Thani on the sidelines of an energy ministers' meeting.",
        )
        if part
    )
    found = [e for e in extract(text) if "Mohammed Al-Thani" in {p.name for p in e.participants}]
    assert [str(e.engagement_date) if e.engagement_date else None for e in found] == [day]


@pytest.mark.parametrize("opening", ["Also present were", "Also attending were", "Present at the talks were"])
def test_an_inverted_attendance_reaches_back_past_a_paragraph_of_remarks(opening: str) -> None:
    """ "X met Y on Monday. X said ... Y said ... Also present were A and B.": the inverted
    clause is elliptic and can only tell who else was at the event told last, so it adds to it
    three sentences on, past the remarks between (A and B had been dropped as too far)."""
    found = extract(
        "\n\n".join(
            (
                "OSLO - Icelandic Foreign Minister Thordis Gylfadottir met Norwegian Trade Minister "
                "Jan Christian Vestre in Oslo on Monday.",
                "Gylfadottir said Iceland wanted to sell more farmed salmon feed to Norwegian producers.",
                "Vestre said the Norwegian side welcomed joint projects in geothermal energy.",
                f"{opening} Icelandic Ambassador to Norway Hannes Heimisson and Norwegian State Secretary "
                "Eivind Vad Petersson.",
            )
        ),
        dateline="Oslo",
    )
    (meeting,) = found
    assert [p.name for p in meeting.participants] == [
        "Thordis Gylfadottir",
        "Jan Christian Vestre",
        "Hannes Heimisson",
        "Eivind Vad Petersson",
    ]


@pytest.mark.parametrize(
    "opening",
    ["Also in attendance were", "Also attending were", "In attendance were", "Also participating were"],
)
def test_those_in_attendance_take_part_in_the_event_told_before(opening: str) -> None:
    """ "Also in attendance were X, ..., and Y, ...": the attendance noun and the "-ing" forms
    of attending name who took part, as "Also present were" does (both had been dropped)."""
    found = extract(
        "\n\n".join(
            (
                "LIMA - Peru and Canada on Tuesday held the second session of the Peru-Canada Joint Economic "
                "Commission in Lima. The session was co-chaired by Peruvian Minister of Foreign Trade Ursula "
                "Desilú León and Canadian Minister of International Trade Mary Ng.",
                f"{opening} Canadian Minister of Agriculture Lawrence MacAulay and Peruvian Vice Minister of "
                "Trade Ana Cecilia Gervasi.",
            )
        ),
        dateline="Lima",
    )
    (forum,) = found
    assert {p.name: p.country_iso3 for p in forum.participants} == {
        "Ursula Desilú León": "PER",
        "Mary Ng": "CAN",
        "Lawrence MacAulay": "CAN",
        "Ana Cecilia Gervasi": "PER",
    }


@pytest.mark.parametrize(
    "text",
    [
        "CANBERRA - Australian Trade Minister Don Farrell received Philippine Trade Secretary Cristina Roque "
        "in Canberra on Monday. Roque was joined by Undersecretary Allan Gepty and Assistant Secretary "
        "Glenn Peñaranda.",
        "CANBERRA - Australian Trade Minister Don Farrell received Philippine Trade Secretary Cristina Roque "
        "in Canberra on Monday.\n\nRoque was joined by Undersecretary Allan Gepty and Assistant Secretary "
        "Glenn Peñaranda.",
        "CANBERRA - Philippine Trade Secretary Cristina Roque, joined by Undersecretary Allan Gepty and "
        "Assistant Secretary Glenn Peñaranda, met Australian Trade Minister Don Farrell in Canberra on "
        "Monday.",
    ],
)
def test_who_joined_a_participant_is_of_that_participants_party(text: str) -> None:
    """ "X was joined by Undersecretary Y and Assistant Secretary Z": those who joined a guest
    are of the guest's side, as those who "accompanied" one are (they had taken the host's)."""
    (meeting,) = extract(text, dateline="Canberra")
    assert {p.name: p.country_iso3 for p in meeting.participants} == {
        "Don Farrell": "AUS",
        "Cristina Roque": "PHL",
        "Allan Gepty": "PHL",
        "Glenn Peñaranda": "PHL",
    }


@pytest.mark.parametrize(
    "follow_up",
    [
        "Minister of Agriculture Celso Correia and his Tanzanian counterpart Hussein Bashe put their "
        "signatures under the document.",
        "Minister of Agriculture Celso Correia and his Tanzanian counterpart Hussein Bashe also attended.",
    ],
)
def test_a_counterpart_named_after_the_event_takes_part_in_it(follow_up: str) -> None:
    """ "X and his Tanzanian counterpart Y put their signatures under the document": a
    counterpart is an official though the office is told only by the person before (Y had been
    dropped as a name without a title)."""
    found = extract(
        "MAPUTO - Mozambique signed a protocol on cashew exports with Tanzania on Wednesday. " + follow_up,
        dateline="Maputo",
    )
    (event,) = found
    assert {p.name: p.country_iso3 for p in event.participants} == {
        "Celso Correia": "MOZ",
        "Hussein Bashe": "TZA",
    }


def test_the_two_of_a_rank_are_those_written_with_it() -> None:
    """ "the two admirals signed ...": the two people written with the rank before their names,
    though their offices do not hold it, not the pair of the call-on told just before (the
    host's defence minister had signed in place of the host's admiral)."""
    found = extract(
        "\n\n".join(
            (
                "LIMA - Chilean Chief of the Naval Staff Admiral Juan Andrés De La Maza arrived in Lima on "
                "Monday at the invitation of his Peruvian counterpart, Chief of the Naval Staff Admiral "
                "Alberto Alcalá.",
                "On Tuesday morning, the visiting commander called on Defence Minister Walter Astudillo. "
                "After talks at the Navy headquarters on Tuesday afternoon, the two admirals signed a "
                "memorandum on coastal patrols.",
            )
        ),
        dateline="Lima",
    )
    (signing,) = [e for e in found if e.engagement_type == "agreement"]
    assert {p.name: p.country_iso3 for p in signing.participants} == {
        "Juan Andrés De La Maza": "CHL",
        "Alberto Alcalá": "PER",
    }


@pytest.mark.parametrize("aside", ["", ", who hosts the conference"])
def test_a_pronoun_subject_also_holds_the_coordinated_meeting(aside: str) -> None:
    """ "On Thursday, she called on the Prime Minister of X, A, who is chairing the meeting, and
    later had an audience with the Prime Minister of Y, B": "she", written before A, is the
    subject the second verb shares, also past a relative clause set off by commas (A had held
    the second meeting with B in her place)."""
    text = (
        "Chilean Trade Minister Lucia Fuentes has held talks with several ministers in Nairobi. On "
        f"Tuesday, she called on the President of Kenya, Daniel Otieno{aside}, and afterwards had "
        "a meeting with the Foreign Minister of Norway, Erik Solberg."
    )
    assert meetings(text) == [["Daniel Otieno", "Lucia Fuentes"], ["Erik Solberg", "Lucia Fuentes"]]


def test_the_purpose_of_a_trip_in_a_when_clause_is_the_travellers() -> None:
    """ "When X landed in Cairo on January 28, 2023, for talks with President Y, officials on
    both sides spoke of ...": "for talks" set off after the date is the purpose of X's trip,
    part of the "when" clause, so X held the talks (Y had been alone in them)."""
    text = (
        "When Chilean President Gabriel Rojas arrived in Hanoi on March 3, 2022, for a meeting with "
        "President Nguyen Van Minh, diplomats in both capitals hoped for closer ties."
    )
    assert meetings(text, dateline="Hanoi") == [["Gabriel Rojas", "Nguyen Van Minh"]]


@pytest.mark.parametrize(
    "event",
    [
        "an international water conference",
        "an investment forum",
        # a bloc's gathering: the stay's purpose, no bloc gathering of the meeting's
        "the COMESA Trade Ministers' Meeting",
        "a meeting of EAC energy ministers",
    ],
)
def test_the_event_a_traveller_is_somewhere_for_is_not_the_meeting_told_after(event: str) -> None:
    """ "X, who is in Tashkent, Uzbekistan, for a regional conference, met Y on Monday": the
    comma closing the city's country leaves "for a ... conference" with "who is in", the
    purpose of X's stay, so the meeting with Y stays a meeting (it had been typed a forum)."""
    text = (
        f"Energy Minister Tomas Ferreira, who is in Nairobi, Kenya, for {event}, met Rwandan "
        "Infrastructure Minister Jimmy Gasore on Tuesday."
    )
    assert kinds_days_and_sides(text, dateline="Lisbon") == [("meeting", "2024-05-14", ("PRT", "RWA"))]


@pytest.mark.parametrize("bloc", ["ECOWAS", "CARICOM", "SADC"])
def test_a_meeting_named_by_an_organisation_of_states_is_a_forum(bloc: str) -> None:
    """ "took part in the SCO Plus meeting chaired by President of China Xi Jinping, together
    with ...": a meeting a bloc's name qualifies is its members' gathering, a forum (it had been
    typed a meeting)."""
    text = (
        f"ABUJA - On Tuesday, President of Ghana John Mahama took part in the {bloc} meeting chaired by "
        "President of Nigeria Bola Tinubu, together with President of Senegal Bassirou Faye."
    )
    assert kinds_days_and_sides(text, "Abuja") == [("forum", "2024-05-14", ("GHA", "NGA", "SEN"))]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday, Porto-based Lusa Grains SA signed a contract to supply 40,000 tonnes of wheat a "
        "year to Casablanca-based Atlas Flour Mills.",
        "Porto-based Lusa Grains SA on Monday signed a deal to deliver durum wheat to the Rabat-based "
        "Atlas Flour Mills Ltd.",
    ],
)
def test_the_receiver_of_a_contracts_goods_is_its_other_party(sentence: str) -> None:
    """ "signed a contract to supply 25,000 tonnes of palm olein a year to Samarkand-based LLC
    X": the company the goods are handed to is the contract's other party, not part of what it
    is about (it had been dropped as topic, and the signing with it)."""
    (signing,) = extract(sentence, dateline="Lisbon")
    assert signing.engagement_type == "agreement"
    assert signing.countries == ("MAR", "PRT")
    assert {p.name for p in signing.participants} >= {"Lusa Grains SA"}
    assert any(p.name.startswith("Atlas Flour Mills") for p in signing.participants)


def test_a_market_a_contracts_goods_go_to_is_no_party() -> None:
    """ "a contract to supply gas to Europe via Turkey": a region or a country after "to" is
    where the goods go, not who signed, and the route after it stays what the deal is about."""
    found = extract(
        "On Monday, Porto-based Lusa Grains SA signed a contract to supply wheat to North Africa "
        "via Morocco.",
        dateline="Lisbon",
    )
    assert all("MAR" not in e.countries for e in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lisbon-based Tejo Medica SA said on Monday it had signed a licensing agreement with "
        "Santiago-based Andes Salud Ltda for vaccines in Chile, Bolivia and Peru.",
        "On Monday, Portuguese drugmaker Tejo Medica SA signed a marketing deal with Valparaiso-based "
        "Andes Salud Ltda for generic insulin in Bolivia, Peru and Chile.",
    ],
)
def test_the_markets_after_a_documents_other_party_are_what_it_covers(sentence: str) -> None:
    """ "signed a distribution agreement with Buenos Aires-based Laboratorios Bagó S.A. for
    oncology drugs in Argentina, Paraguay and Uruguay": what follows the other party is what
    the document is about, and the markets it names are no sides (Paraguay and Uruguay had
    been)."""
    (signing,) = extract(sentence, dateline="Lisbon")
    assert signing.countries == ("CHL", "PRT")


@pytest.mark.parametrize(
    "practice",
    [
        "Chile and Peru have held joint border consultations since 2011.",
        "Chile and Peru hold border consultations every year.",
        "The two coast guards have met annually since 2011.",
    ],
)
def test_a_practice_told_after_a_visit_is_no_event(practice: str) -> None:
    """ "Sri Lanka and Pakistan have held annual naval staff talks since 2016.": a perfect over
    a span from a year, or a rhythm ("every year", "annually"), tells a practice, not one
    meeting (one had been made, dated on the day of publication)."""
    text = (
        "LIMA - Chilean Defence Minister Ana Soto arrived in Lima on Monday on a two-day official visit."
        f"\n\n{practice}"
    )
    assert [e.engagement_type for e in extract(text, dateline="Lima")] == ["visit"]


def test_a_rhythm_of_another_event_leaves_the_meeting_told() -> None:
    """ "met ... at the fair held every year": the rhythm is the fair's, and the meeting was one."""
    text = (
        "LIMA - Chilean Defence Minister Ana Soto met Peruvian Defence Minister Luis Paz on Monday "
        "at the fair held every year in Lima."
    )
    assert [e.engagement_type for e in extract(text, dateline="Lima")] == ["meeting"]


def test_semicolons_parting_country_and_name_entries_keep_one_event() -> None:
    """ "attended by the prime ministers of A, X; B, Y; and C, Z": the semicolons only part the
    entries of a list whose entries hold commas, so every leader is of the one summit (each
    semicolon had opened a clause of its own, and the summit had been lost)."""
    found = extract(
        "OSLO - The regional summit in Oslo on Tuesday was attended by the prime ministers of Norway, "
        "Ingrid Dahl; Denmark, Mette Holm; Finland, Aino Virtanen; and Iceland, Bjarni Olafsson.",
        dateline="Oslo",
    )
    assert [(e.engagement_type, e.countries) for e in found] == [("forum", ("DNK", "FIN", "ISL", "NOR"))]
    assert [(p.name, p.title, p.country_iso3) for p in found[0].participants] == [
        ("Ingrid Dahl", "Prime Minister", "NOR"),
        ("Mette Holm", "Prime Minister", "DNK"),
        ("Aino Virtanen", "Prime Minister", "FIN"),
        ("Bjarni Olafsson", "Prime Minister", "ISL"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghanaian President John Mahama hosted an official reception on Tuesday in honour of visiting "
        "Liberian President Joseph Boakai.",
        "Ghanaian President John Mahama gave a state dinner at Jubilee House on Tuesday for Liberian "
        "President Joseph Boakai.",
        "On Tuesday Liberian President Joseph Boakai attended a dinner hosted by Ghanaian President "
        "John Mahama.",
        "Ghanaian President John Mahama and Liberian President Joseph Boakai attended a state banquet at "
        "Jubilee House on Tuesday.",
        "On Tuesday Liberian President Joseph Boakai attended a breakfast offered by Ghanaian President "
        "John Mahama at Jubilee House.",
    ],
)
def test_a_meal_given_for_or_by_a_foreign_leader_over_a_day_and_a_venue_is_a_meeting(sentence: str) -> None:
    """A reception or meal hosted "for" or "in honour of" a guest, attended "hosted by" or
    "offered by" a host, or attended by the two together is a meeting of the two, with a day
    and a named venue between the noun and its guest or host (none had been found)."""
    assert kinds_days_and_sides("ACCRA - " + sentence, dateline="Accra") == [
        ("meeting", "2024-05-14", ("GHA", "LBR"))
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghanaian President John Mahama hosted a reception on Tuesday for Ghanaian athletes back from Paris.",
        "Ghanaian President John Mahama will host a state dinner on Friday in honour of Liberian President "
        "Joseph Boakai.",
    ],
)
def test_a_meal_with_no_foreign_guest_or_yet_to_come_is_no_meeting(sentence: str) -> None:
    """A reception for the host's own people, or one still planned, is no engagement."""
    assert extract("ACCRA - " + sentence, dateline="Accra") == []


@pytest.mark.parametrize("conjunction", ["as", "when"])
def test_a_plan_before_a_conjunction_leaves_the_event_after_it(conjunction: str) -> None:
    """ "X and Y vowed to deepen ties as Minister A received his counterpart B": the plan is the
    main clause's, and the conjunction opens a clause of its own whose past verb tells an event
    done (the meeting had been taken as promised, and lost)."""
    text = (
        "Chile and Peru vowed to expand their fisheries cooperation "
        f"{conjunction} Foreign Minister Ana Soto received her Peruvian counterpart Luis Paz "
        "in Santiago on Monday."
    )
    assert kinds_days_and_sides(text) == [("meeting", "2024-05-13", ("CHL", "PER"))]


def test_a_condition_with_as_long_as_keeps_the_plan() -> None:
    """ "ready to ... as long as they met the rules": the second "as" of "as long as" opens a
    condition, not a clause of its own, and "met" there is no meeting."""
    text = (
        "LIMA - Foreign Minister Luis Paz said Peru was ready to admit Chilean fruit as long as "
        "the growers met the standards of the national plant health agency."
    )
    assert extract(text, dateline="Lima") == []


@pytest.mark.parametrize("participle", ["organized by the Nordic-Baltic Trade Council", "hosted by the city"])
def test_a_forum_whose_organiser_is_named_is_still_to_come_when_it_will_be_held(participle: str) -> None:
    """ "A Latvian-Finnish investment forum organized by X will take place in Riga": a past participle
    with its agent ("organized by") is a reduced relative on the noun, not its predicate, so the
    scan goes on to "will" (the forum had been taken as held)."""
    text = (
        "RIGA - Latvian Economy Minister Ilze Berzina met Finnish Trade Minister Ville Tavio in Riga "
        f"on Monday. A Latvian-Finnish investment forum {participle} will take place in Riga in March."
    )
    assert [e.engagement_type for e in extract(text, dateline="Riga")] == ["meeting"]


def test_bodies_before_a_relative_clause_are_the_subject_of_its_signing() -> None:
    """ "executives of A Ltd and Kenyan lender B Bank Ltd, who signed a memorandum with C": the
    bodies the antecedent ends on, over "and" and a descriptor, signed it (the signing had had
    one side only, and been lost)."""
    found = extract(
        "KAMPALA - The delegation also included managers of Rift Valley Mills Ltd and Kenyan lender "
        "Tana Savings Bank Ltd, who signed a memorandum of understanding with Uganda's Lakeside Power "
        "Corp in Kampala on Monday.",
        dateline="Kampala",
    )
    assert [(e.engagement_type, e.countries) for e in found] == [("agreement", ("KEN", "UGA"))]
    assert [p.name for p in found[0].participants] == [
        "Rift Valley Mills Ltd",
        "Tana Savings Bank Ltd",
        "Lakeside Power Corp",
    ]


def test_the_organizers_before_a_passive_relative_clause_did_not_sign() -> None:
    """ "the Forum, organized by A and B, which was marked by the signing of a contract between
    C and D": the relative is about the forum, and only C and D signed."""
    found = extract(
        "NAIROBI - The ministers opened the Kenya-Uganda Business Forum, organized by the Kenya "
        "Private Sector Alliance and the Uganda Investment Authority, which was marked by the signing "
        "of a supply contract between Rift Valley Mills Ltd and Uganda's Lakeside Power Corp on Monday.",
        dateline="Nairobi",
    )
    signings = [e for e in found if e.engagement_type == "agreement"]
    assert [[p.name for p in e.participants if p.participant_type == "organization"] for e in signings] == [
        ["Rift Valley Mills Ltd", "Lakeside Power Corp"]
    ]


@pytest.mark.parametrize("topic", ["", " on clean energy and green growth"])
def test_the_organizers_in_a_relative_clause_after_a_forums_topic_took_part(topic: str) -> None:
    """ "co-chaired the A-B Business Forum on clean energy and green growth, which was organized by
    C and D": the relative describes the forum past the topic phrase of its name, so its
    organizers are sides, as without the topic (they had been dropped)."""
    found = extract(
        "ACCRA - Trade Minister Kobina Hammond and Norwegian Minister Jan Vestre co-chaired the Ghana - "
        f"Norway Business Forum{topic}, which was organized by the Ghana Export Promotion Authority "
        "(GEPA) and Innovation Norway with the participation of 100 firms on Monday.",
        dateline="Accra",
    )
    assert [[p.name for p in e.participants if p.participant_type == "organization"] for e in found] == [
        ["Ghana Export Promotion Authority (GEPA)", "Innovation Norway"]
    ]


def test_a_list_of_subjects_ending_a_bodys_name_cuts_no_clause() -> None:
    """ "during the fourth meeting of the A-B Technical Sub-Committee (TSC) on Roads, Bridges and
    Customs held in X on Monday": the comma of the name's list after "on" cuts no clause, so the
    meeting keeps its place and day (it had been lost)."""
    text = (
        "The decision came during the fourth meeting of the Zambia-Malawi Technical Sub-Committee "
        "(TSC) on Roads, Bridges and Customs held in Lusaka on Monday."
    )
    assert [(e.engagement_type, str(e.engagement_date), e.location, e.countries) for e in extract(text)] == [
        ("meeting", "2024-05-13", "Lusaka", ("MWI", "ZMB"))
    ]


def test_a_list_of_countries_after_a_bodys_name_is_no_part_of_it() -> None:
    """ "the Ministry of Finance, Ghana and Togo signed": the countries after the comma are
    sides of their own, not subjects of the ministry's name."""
    sentence = Sentence("At the request of the Ministry of Finance, Ghana and Togo signed a customs accord.")
    segments = analyse_clauses(sentence).segments
    assert len(segments) > 1


@pytest.mark.parametrize(
    "text",
    [
        "JAKARTA - Indonesian Trade Minister Budi Santoso met Malaysian Ambassador Mohd Hafiz Ramli "
        "in Jakarta on Monday.",
        "JAKARTA - Indonesian Trade Minister Budi Santoso met Mohd Hafiz Ramli, Malaysian Ambassador, "
        "in Jakarta on Monday.",
    ],
)
def test_an_abbreviated_muhammad_stays_in_a_participants_name(text: str) -> None:
    """ "Mohd", "Md" before a name is its abbreviated given name, no courtesy to strip from a
    participant's name as "Datuk" or "H.E." is ("met Malaysian High Commissioner Mohd Azhar
    Mazlan": the name had been "Azhar Mazlan")."""
    (meeting,) = extract(text, dateline="Jakarta")
    assert "Mohd Hafiz Ramli" in [p.name for p in meeting.participants]


@pytest.mark.parametrize(
    "sentence",
    [
        "The 7th SADC Sectoral Committee on Energy and Water opened in Maputo on Tuesday with "
        "ministers from Angola, Malawi, Zambia and Zimbabwe.",
        "On Tuesday, the SADC Sectoral Committee on Energy, Water and Mining, chaired by Angolan "
        "Minister Carlos Zacarias, brought together ministers from Angola, Malawi, Zambia and Zimbabwe.",
        "The SADC Sectoral Committee on Energy and Water was held in Maputo on Tuesday with ministers "
        "from Angola, Malawi, Zambia and Zimbabwe.",
        "The SADC Sectoral Committee on Energy and Water met in Maputo on Tuesday with ministers from "
        "Angola, Malawi, Zambia and Zimbabwe.",
    ],
)
def test_a_named_body_as_subject_of_its_sitting_is_its_session(sentence: str) -> None:
    """ "The Sectoral Committee on Energy opened in Maputo with ministers from A, B and C", "...,
    chaired by X, brought together ministers from ...": a named body that sits, as the subject of
    a verb of sitting or gathering, is its session, a forum, and what its name says it sits on
    is its topic, no side (nothing had been found without "the meeting of"; "met" had made it a
    meeting with the body as a side)."""
    found = extract(f"MAPUTO - {sentence}", dateline="Maputo")
    assert [(e.engagement_type, str(e.engagement_date), e.countries) for e in found] == [
        ("forum", "2024-05-14", ("AGO", "MWI", "ZMB", "ZWE"))
    ]
    assert [p.name for e in found for p in e.participants if p.participant_type == "organization"] == []
    assert any(topic.startswith("Energy") for topic in found[0].topics)


@pytest.mark.parametrize(
    "sentence",
    [
        "Chairman of the Supervisory Board of Andes Mining Ltd Pedro Salas met Bolivian Minister "
        "Rosa Quispe in La Paz on Tuesday.",
        "The Trade Committee opened an inquiry into Chilean and Peruvian copper imports on Tuesday.",
    ],
)
def test_a_body_inside_a_title_or_with_an_object_sits_in_no_session(sentence: str) -> None:
    """A body after "of" in a title ("Chairman of the Board of X Y met") is no subject, and a
    body that "opened" something ("opened an inquiry") sat in no session."""
    found = extract(f"LA PAZ - {sentence}", dateline="La Paz")
    assert all(e.engagement_type != "forum" for e in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Namibia-Angola Joint Commission of Cooperation closed in Windhoek on Tuesday.",
        "The Namibia-Angola Joint Commission of Cooperation ended in Windhoek on Tuesday.",
        "The Namibia-Angola Joint Commission of Cooperation concluded in Windhoek on Tuesday.",
        "The Namibia-Angola Joint Commission of Cooperation wrapped up in Windhoek on Tuesday.",
        "The Namibia-Angola Joint Commission of Cooperation was installed in Windhoek on Tuesday.",
        "The Namibia-Angola Joint Commission of Cooperation was inaugurated in Windhoek on Tuesday.",
        "The Namibia-Angola Joint Commission of Cooperation took place in Windhoek on Tuesday.",
        "Namibian Foreign Minister Selma Ashipala-Musavyi and Angolan Foreign Minister Tete Antonio "
        "inaugurated the Joint Permanent Commission in Windhoek on Tuesday.",
    ],
)
def test_a_named_body_that_closed_or_was_installed_sat_in_session(sentence: str) -> None:
    """ "The Zambia-Botswana Joint Permanent Commission closed in Gaborone", "ended", "wrapped up",
    "concluded", and "The Binational Commission was installed", "X and Y inaugurated the
    Binational Commission", "The Joint Trade Committee took place": the body's session, a forum,
    as "opened" and "was held" were (nothing had been found)."""
    found = extract(f"WINDHOEK - {sentence}", dateline="Windhoek")
    assert [(e.engagement_type, str(e.engagement_date), e.location, e.countries) for e in found] == [
        ("forum", "2024-05-14", "Windhoek", ("AGO", "NAM"))
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Namibia-Angola Joint Commission ended its review of fishing quotas on Tuesday.",
        "The Namibia-Angola Joint Commission concluded that fishing quotas were too low.",
        "The Namibia-Angola Joint Commission closed in on a deal on fishing quotas on Tuesday.",
        "The Namibia-Angola Joint Commission installed a new secretariat in Windhoek on Tuesday.",
        "President Netumbo Nandi-Ndaitwah inaugurated the new Commission building in Windhoek on Tuesday.",
        "The Namibia-Angola Joint Commission took over the border survey in Windhoek on Tuesday.",
        "The vote in the Namibia-Angola Joint Commission took place in Windhoek on Tuesday.",
    ],
)
def test_a_body_that_ended_or_installed_something_sat_in_no_new_session(sentence: str) -> None:
    """A body that ended or concluded something, or installed an object, and a building of a body
    inaugurated, tell no sitting; nor does a body that "took" anything but place, or one named
    after a preposition in the subject of "took place"."""
    found = extract(f"WINDHOEK - {sentence}", dateline="Windhoek")
    assert all(e.engagement_type != "forum" for e in found)


def test_a_relative_clause_inside_a_list_of_attendees_ends_at_its_comma() -> None:
    """ "The summit brought together A's King X, who holds the rotating chairmanship, B's
    President Y and C's Prime Minister Z": the relative clause is one aside ending on a
    lower-case word, and the list of attendees goes on after it (it had swallowed Y and Z)."""
    found = extract(
        "ADDIS ABABA - Leaders met in Addis Ababa on Tuesday for the third Horn of Africa Summit. The "
        "summit brought together Djibouti's President Ismail Omar Guelleh, who holds the rotating "
        "chairmanship, Kenya's President William Ruto and Somalia's President Hassan Sheikh Mohamud.",
        dateline="Addis Ababa",
    )
    forums = [e for e in found if e.engagement_type == "forum"]
    assert [e.countries for e in forums] == [("DJI", "KEN", "SOM")]
    assert sorted(p.name for p in forums[0].participants) == [
        "Hassan Sheikh Mohamud",
        "Ismail Omar Guelleh",
        "William Ruto",
    ]


def test_a_list_inside_a_relative_clause_stays_in_it() -> None:
    """ "X, who visited A, B and C last year, met Y": the list is the relative clause's own."""
    sentence = Sentence(
        "Portuguese President Rui Sousa, who toured Angola, Mozambique and Cape Verde last year, "
        "met Brazilian President Ana Lima in Lisbon on Tuesday."
    )
    segments = analyse_clauses(sentence).segments
    relative = next(segment for segment in segments if segment.role == "relative")
    assert sentence.words[relative.end - 1] == "year"


def test_a_side_represented_by_someone_at_the_event_told_before_adds_them() -> None:
    """ "Ecuador was represented by Foreign Minister X, after President Y chose to stay away":
    X took part in the summit told before for Ecuador, Y did not (X and Ecuador had been lost)."""
    found = extract(
        "LIMA - The presidents of Chile, Colombia and Peru gathered in Lima on Monday for the Andean "
        "summit. Ecuador was represented by Foreign Minister Gabriela Sommerfeld, after President "
        "Daniel Noboa chose to stay in Quito.",
        dateline="Lima",
    )
    assert [(e.engagement_type, e.countries) for e in found] == [("forum", ("CHL", "COL", "ECU", "PER"))]
    assert [(p.name, p.country_iso3) for p in found[0].participants] == [("Gabriela Sommerfeld", "ECU")]


def test_a_body_represented_by_its_manager_names_no_side() -> None:
    """ "The joint venture was represented by its manager X": no side of the event is named."""
    found = extract(
        "LIMA - Peruvian Trade Minister Ana Soto and Chilean Trade Minister Luis Rojas signed a customs "
        "protocol in Lima on Monday. The joint venture was represented by its general manager Pablo Ruiz.",
        dateline="Lima",
    )
    assert [p.name for e in found for p in e.participants] == ["Ana Soto", "Luis Rojas"]


@pytest.mark.parametrize(
    "clause",
    ["who attended the session", "who also took part in the session", "who was present at the session"],
)
def test_a_who_clause_of_attendance_adds_its_antecedent_to_the_talks_told_before(clause: str) -> None:
    """ "Mr X, the Chairman of the Y Chamber (YC), who attended the session, urged ...": the "who"
    clause points back at the talks as "At the session" would, whatever noun told them, and its
    antecedent, with its title in apposition, took part (the "session" had been a forum of its
    own with nobody in it, and dropped with him)."""
    text = (
        "Zambian Commerce Minister Chipoka Mulenga held talks with Malawian Trade Minister Vitumbiko "
        f"Mumba in Lusaka on Tuesday. Mr Kelvin Banda, the Chairman of the Zambia Federation of Market "
        f"Traders' Cooperatives (ZFMTC), {clause}, urged both governments to reopen the Mwami border post."
    )
    found = extract(text, dateline="Lusaka")
    assert [
        (e.engagement_type, sorted(p.name for p in e.participants if p.participant_type == "person"))
        for e in found
    ] == [("meeting", ["Chipoka Mulenga", "Kelvin Banda", "Vitumbiko Mumba"])]


def test_a_who_clause_attending_an_event_named_before_is_that_event() -> None:
    """ "X met Y on the sidelines of the summit. Z, who is attending the summit, said ...": the
    summit is the one named before, not the talks held on its margins, which Z did not join."""
    text = (
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed on the sidelines of "
        "the IGAD summit in Djibouti on Tuesday. Ethiopian Foreign Minister Taye Atske Selassie, who "
        "is attending the summit, said the region needed a common market."
    )
    meetings = [e for e in extract(text) if e.engagement_type == "meeting"]
    assert [sorted(p.name for p in e.participants) for e in meetings] == [["Abiy Ahmed", "William Ruto"]]


@pytest.mark.parametrize(
    ("follow_up", "topics"),
    [
        (
            "Special attention was given to rail freight and the building of a grain terminal.",
            ("rail freight", "building of a grain terminal"),
        ),
        ("The ministers placed particular emphasis on rail freight.", ("rail freight",)),
        (
            "Questions of rail freight and the building of a grain terminal were examined.",
            ("rail freight", "building of a grain terminal"),
        ),
        ("Opinions were exchanged on rail freight.", ("rail freight",)),
        # look-alikes: a subject that names no subject matter, a focus noun with no verb of giving
        ("The figures were reviewed at the meeting.", ()),
        ("The talks drew the attention of the press.", ()),
    ],
)
def test_topics_of_the_passive_formulas_of_agency_prose(follow_up: str, topics: tuple[str, ...]) -> None:
    """ "Particular attention was paid to X", "Issues of X were considered", "Views were exchanged
    on X": translated agency prose names the topics of talks in a passive or a noun of focus, which
    had given no topic."""
    text = (
        "Mongolian Foreign Minister Batmunkh Battsetseg met Georgian Foreign Minister Maka Botchorishvili"
        " in Tbilisi on Tuesday. " + follow_up
    )
    found = extract(text)
    assert [e.engagement_type for e in found] == ["meeting"]
    assert found[0].topics == topics


@pytest.mark.parametrize(
    "chairs",
    [
        "The meeting was co-chaired by Deputy Prime Minister of Georgia Levan Davitashvili and Minister of"
        " Economy of Moldova Dumitru Alaiba.",
        "The co-chairs of the commission are Deputy Prime Minister of Georgia Levan Davitashvili and Minister"
        " of Economy of Moldova Dumitru Alaiba.",
    ],
)
def test_the_co_chairs_of_a_session_told_as_the_meeting_are_its_participants(chairs: str) -> None:
    """A commission's "session", then "The meeting was co-chaired by X and Y" or "The co-chairs of
    the commission are X and Y": one sitting, whose co-chairs took part (the meeting had been an
    event of its own, and the session had no one)."""
    text = (
        "The 7th session of the Georgian-Moldovan Intergovernmental Commission on Economic Cooperation"
        " took place in Tbilisi on Tuesday. " + chairs
    )
    found = extract(text)
    assert [(e.engagement_type, e.countries) for e in found] == [("forum", ("GEO", "MDA"))]
    assert [p.name for p in found[0].participants] == ["Levan Davitashvili", "Dumitru Alaiba"]


def test_a_meeting_on_the_margins_of_a_session_stays_a_meeting() -> None:
    """Look-alike: "the meeting" after a meeting told on a session's sidelines is that meeting."""
    text = (
        "The 7th session of the Georgian-Moldovan Intergovernmental Commission took place in Tbilisi on"
        " Tuesday. On its sidelines, Georgian Prime Minister Irakli Kobakhidze met Moldovan Minister of"
        " Economy Dumitru Alaiba. The meeting was held in a friendly atmosphere."
    )
    kinds = [e.engagement_type for e in extract(text)]
    assert "meeting" in kinds


@pytest.mark.parametrize(
    "second",
    [
        ", the Tajik side – by Deputy Prime Minister Sulaimon Ziyozoda.",
        ", and Tajikistan by Deputy Prime Minister Sulaimon Ziyozoda.",
    ],
)
def test_a_side_represented_with_its_verb_left_out(second: str) -> None:
    """ "The Turkmen side was represented by X, the Tajik side – by Y": the second side's verb is
    left out after the comma, and Y took part for it (Y had been lost)."""
    text = (
        "DUSHANBE - The 9th meeting of the Turkmen-Tajik Intergovernmental Commission was held in Dushanbe"
        " on Tuesday. The Turkmen side was represented by Deputy Chairman of the Cabinet of Ministers Batyr"
        " Amanov" + second
    )
    (forum,) = extract(text, dateline="Dushanbe")
    assert {p.name: p.country_iso3 for p in forum.participants} == {
        "Batyr Amanov": "TKM",
        "Sulaimon Ziyozoda": "TJK",
    }


@pytest.mark.parametrize(
    ("witness", "signed"),
    [
        ("The commission also witnessed the signing of six agreements on energy and transport.", True),
        ("The meeting witnessed the signing of six agreements on energy and transport.", True),
        # look-alike: a body named by its own name is no stand-in for the two sides
        ("The National Security Council of Ghana witnessed the signing of six agreements on energy.", False),
    ],
)
def test_a_body_that_witnessed_a_signing_stands_for_its_parties(witness: str, signed: bool) -> None:
    """ "The council also witnessed the signing of 17 agreements": the body whose meeting was
    told, i.e. its parties, saw the documents signed (the signing had named no side and was
    lost)."""
    text = (
        "Ghanaian President John Mahama held talks with Ivorian President Alassane Ouattara in Accra on"
        " Tuesday as the Ghana-Cote d'Ivoire Joint Commission met. " + witness
    )
    agreements = [e for e in extract(text, dateline="Accra") if e.engagement_type == "agreement"]
    assert [e.countries for e in agreements] == ([("CIV", "GHA")] if signed else [])


@pytest.mark.parametrize("adverb", ["last", "first", "previously"])
def test_a_body_that_last_met_held_a_session(adverb: str) -> None:
    """ "The Bi-National Commission last met in Cape Town in December 2024": an adverb of an
    earlier session between the body and "met" leaves it the body's session, a forum (it had
    been a meeting)."""
    text = f"The Kenya-Tanzania Joint Commission for Cooperation {adverb} met in Arusha on Monday."
    assert [e.engagement_type for e in extract(text)] == ["forum"]


@pytest.mark.parametrize(
    "second", ["and then met", "and later held talks with", "and signed a trade pact with"]
)
def test_a_second_predicate_with_its_own_city_and_day_is_an_event_of_its_own(second: str) -> None:
    """ "X met A in Accra on Monday and then met B in Lome on Tuesday": the second predicate,
    with no comma before its "and", tells its own city and day (it had taken the first's,
    with both counterparts' countries)."""
    text = (
        "Spanish Prime Minister Pedro Sanchez met Ghanaian President John Mahama in Accra on Monday "
        f"{second} Togolese President Faure Gnassingbe in Lome on Tuesday."
    )
    assert [(e.location, str(e.engagement_date), e.countries) for e in extract(text)] == [
        ("Accra", "2024-05-13", ("ESP", "GHA")),
        ("Lome", "2024-05-14", ("ESP", "TGO")),
    ]


@pytest.mark.parametrize(
    ("verb", "second"),
    [
        ("met", "Togolese President Faure Gnassingbe in Lome on Tuesday"),
        ("held talks with", "with Togolese President Faure Gnassingbe in Lome on Tuesday"),
        ("received", "Togolese President Faure Gnassingbe in Lome on Tuesday"),
    ],
)
def test_a_gapped_second_object_with_its_own_city_and_day_is_a_meeting_of_its_own(
    verb: str, second: str
) -> None:
    """ "X met A in Accra on Monday and B in Lome on Tuesday": the verb of the second object is
    left unsaid, and with its own city and day it is a second meeting (both counterparts had
    been in one meeting, in the first city on the first day)."""
    text = f"Spanish Prime Minister Pedro Sanchez {verb} Ghanaian President John Mahama in Accra on Monday"
    text += f" and {second}."
    assert [(e.location, str(e.engagement_date), e.countries) for e in extract(text)] == [
        ("Accra", "2024-05-13", ("ESP", "GHA")),
        ("Lome", "2024-05-14", ("ESP", "TGO")),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Spanish Prime Minister Pedro Sanchez met Ghanaian President John Mahama and Togolese President"
        " Faure Gnassingbe in Accra on Monday.",
        "Spanish Prime Minister Pedro Sanchez met Ghanaian President John Mahama in Accra on Monday and"
        " Togolese President Faure Gnassingbe.",
    ],
)
def test_people_listed_after_one_verb_without_a_day_of_their_own_are_one_meeting(text: str) -> None:
    """ "met A and B in Accra on Monday", "met A in Accra on Monday and B": one meeting."""
    assert [(e.location, str(e.engagement_date), e.countries) for e in extract(text)] == [
        ("Accra", "2024-05-13", ("ESP", "GHA", "TGO"))
    ]


FORUM_THEN = (
    "NAIROBI - On Monday, Kenyan President William Ruto and Ugandan President Yoweri Museveni opened the"
    " Kenya-Uganda Business Forum in Nairobi.\n\n"
)


@pytest.mark.parametrize("verb", ["attended", "addressed"])
def test_talks_after_attending_a_gathering_are_no_part_of_it(verb: str) -> None:
    """ "X attended the World Food Forum in Rome and held talks with Y at Palazzo Chigi": being
    at the gathering and the talks are two events, and Y is only in the talks (Y had been
    added to the gathering, and through it to an earlier forum of the story)."""
    text = FORUM_THEN + (
        f"On Tuesday, Ruto {verb} the Africa Climate Summit at the UN complex in Nairobi and held talks"
        " with Ethiopian Prime Minister Abiy Ahmed at State House."
    )
    found = extract(text, dateline="Nairobi")
    assert [(e.engagement_type, str(e.engagement_date), e.countries) for e in found] == [
        ("forum", "2024-05-13", ("KEN", "UGA")),
        ("meeting", "2024-05-14", ("ETH", "KEN")),
    ]


def test_two_forums_whose_names_share_only_the_head_noun_are_two_events() -> None:
    """ "the Kenya-Uganda Business Forum" and "the World Trade Forum" share only "forum": two
    gatherings, the second no reference to the first (it had been merged into it)."""
    text = FORUM_THEN + "Ruto later attended the World Trade Forum with Ethiopian Prime Minister Abiy Ahmed."
    found = extract(text, dateline="Nairobi")
    assert [(e.engagement_type, e.countries, len(e.participants)) for e in found] == [
        ("forum", ("KEN", "UGA"), 2),
        ("forum", ("ETH", "KEN"), 2),
    ]


def test_a_second_predicate_without_a_city_or_day_of_its_own_is_the_same_event() -> None:
    """ "met A in Accra on Monday and held talks with him on trade": one meeting, and so is a
    second predicate whose day is the first's."""
    text = (
        "Spanish Prime Minister Pedro Sanchez met Ghanaian President John Mahama in Accra on Monday "
        "and held talks with him on trade."
    )
    assert [(e.location, str(e.engagement_date), e.countries) for e in extract(text)] == [
        ("Accra", "2024-05-13", ("ESP", "GHA"))
    ]


@pytest.mark.parametrize("verb", ["witnessed", "oversaw"])
def test_a_clause_after_a_witnessed_signing_is_a_leg_of_its_own(verb: str) -> None:
    """ "In X on Monday, A and B witnessed the signing of ..., and in Y on Wednesday he met C":
    the verb of presence is the first clause's verb, so ", and in Y ..." is a clause of its
    own (the signing and the talks had each taken all three countries, with city and day
    crossed)."""
    text = (
        "In Nairobi on Monday, Japanese Prime Minister Shigeru Ishiba and Kenyan President William Ruto "
        f"{verb} the signing of memoranda on ports, and in Kampala on Wednesday he met Ugandan President "
        "Yoweri Museveni."
    )
    assert [(e.engagement_type, e.location, str(e.engagement_date), e.countries) for e in extract(text)] == [
        ("agreement", "Nairobi", "2024-05-13", ("JPN", "KEN")),
        ("meeting", "Kampala", "2024-05-15", ("JPN", "UGA")),
    ]


@pytest.mark.parametrize(
    "between",
    [
        "Ghana and Ivory Coast signed a cocoa pricing agreement.",
        "Accra and Abidjan inked a memorandum on border security.",
    ],
)
def test_he_goes_on_with_the_subject_over_a_sentence_whose_sides_are_countries(between: str) -> None:
    """ "X met Y in Abidjan on Monday. Ghana and Ivory Coast signed ... . On Tuesday he met Z":
    a sentence naming only countries names no one "he" could be, so "he" is X (the meeting
    with Z had been lost)."""
    text = (
        "Ghanaian President John Mahama met Ivorian President Alassane Ouattara in Abidjan on Monday. "
        f"{between} On Tuesday he held talks with Liberian President Joseph Boakai in Monrovia."
    )
    last = extract(text)[-1]
    assert (last.location, sorted(p.name for p in last.participants)) == (
        "Monrovia",
        ["John Mahama", "Joseph Boakai"],
    )


@pytest.mark.parametrize(
    ("talk", "topic"),
    [
        ("spoke by telephone with", "about Russian gas supplies"),
        ("talked by video link with", "about Chinese investment"),
        ("spoke by phone on Monday with", "on US tariffs"),
    ],
)
def test_what_a_talk_verb_was_about_names_no_side(talk: str, topic: str) -> None:
    """ "X spoke by telephone with Y about US tariffs": "about" after a verb of talking opens
    what was talked about, as after "a call" (the US had been a third side, and there had been
    no topic)."""
    text = f"Finnish Prime Minister Petteri Orpo {talk} Estonian Prime Minister Kristen Michal {topic}."
    (call,) = extract(text)
    assert call.countries == ("EST", "FIN")
    assert call.topics


def test_a_side_named_before_the_talk_verbs_about_stays_a_side() -> None:
    """Look-alike: the counterpart told with his country before "about" is a side."""
    text = (
        "Finnish Prime Minister Petteri Orpo spoke by telephone with Estonian Prime Minister Kristen Michal "
        "and Latvian Prime Minister Evika Silina about Baltic energy links."
    )
    (call,) = extract(text)
    assert call.countries == ("EST", "FIN", "LVA")


@pytest.mark.parametrize("planned", ["planned for June", "scheduled for next month", "proposed for Nairobi"])
def test_a_call_about_a_planned_summit_is_past(planned: str) -> None:
    """ "spoke by telephone with X about the summit planned for October": the plan is the
    summit's, a topic of the call, which took place (it had been dropped as planned)."""
    text = (
        "On Monday, Finnish Prime Minister Petteri Orpo spoke by telephone with Estonian Prime Minister "
        f"Kristen Michal about energy and a Nordic-Baltic summit {planned}."
    )
    assert kinds_and_days(text) == [("phone_call", "2024-05-13")]


@pytest.mark.parametrize(
    "anchor",
    [
        "ahead of a Nordic-Baltic summit planned for June",
        "before the regional summit scheduled for next month in Riga",
        "on the eve of a donors' conference expected in Oslo",
    ],
)
def test_a_call_before_a_planned_summit_is_past(anchor: str) -> None:
    """ "received a phone call last week from X ahead of a tripartite summit planned for
    October": the plan is the anchored summit's, not the call's, which took place, on no day
    the story resolves (it had been dropped as planned)."""
    text = (
        "Finnish Prime Minister Petteri Orpo received a phone call last week from Estonian Prime Minister "
        f"Kristen Michal {anchor}."
    )
    assert kinds_and_days(text) == [("phone_call", None)]


def test_a_meeting_planned_for_a_month_is_still_planned() -> None:
    """Look-alike: the participle right after the trigger's own noun plans the trigger."""
    text = "A meeting between Finnish Prime Minister Petteri Orpo and Kristen Michal is planned for June."
    assert extract(text) == []


@pytest.mark.parametrize(
    "party",
    [
        "a delegation from the National People's Congress of China",
        "a delegation of the US Congress",
        "members of the Philippine Congress",
    ],
)
def test_a_party_sent_by_a_congress_is_no_session_of_it(party: str) -> None:
    """ "received a delegation from the National People's Congress": the body's members came,
    the reception is a meeting, not a forum of the body (it had been a forum)."""
    text = f"Samoan Prime Minister Fiame Naomi Mata'afa on Monday received {party} in Apia."
    assert [e.engagement_type for e in extract(text)] == ["meeting"]


def test_a_leader_attending_a_congress_is_at_its_session() -> None:
    """Look-alike: a congress attended is a forum."""
    text = (
        "Samoan Prime Minister Fiame Naomi Mata'afa and Fijian Prime Minister Sitiveni Rabuka attended the "
        "Pacific Islands Congress in Suva on Monday."
    )
    assert [e.engagement_type for e in extract(text)] == ["forum"]


def test_the_delegation_is_its_head_across_a_long_body_name() -> None:
    """ "a delegation from the Standing Committee of the Supreme People's Assembly of X led by
    Y. The delegation later met Z": the head is found past the body's long name, so "the
    delegation" is Y (it had been the host of the first sentence, and Z had taken Y's country)."""
    text = (
        "Samoan Prime Minister Fiame Naomi Mata'afa on Monday received a delegation from the Foreign "
        "Affairs Committee of the Japanese House of Councillors led by Senator Keiko Sato. The delegation "
        "later met Tuilaepa Lupesoliai Sailele, the Speaker of the Legislative Assembly."
    )
    last = extract(text)[-1]
    assert sorted((p.name, p.country_iso3) for p in last.participants if p.participant_type == "person") == [
        ("Keiko Sato", "JPN"),
        ("Tuilaepa Lupesoliai Sailele", "WSM"),
    ]


@pytest.mark.parametrize(
    "venue",
    [
        "at State Lodge, the official residence of Deputy President Kithure Kindiki,",
        "at Villa Rosa, the private home of the late President Daniel arap Moi,",
        "at State House, the seat of President William Ruto,",
        "at Harambee House, the headquarters of Deputy President Kithure Kindiki,",
    ],
)
def test_whom_a_venue_belongs_to_in_apposition_takes_no_part(venue: str) -> None:
    """ "signed ... at Ilaro Court, the official residence of Prime Minister X": the owner
    describes the place, he is no participant (he had been added to the signing)."""
    sides = "Kenyan Trade Minister Lee Kinyanjui and Ugandan Trade Minister Francis Mwebesa"
    text = f"{sides} met {venue} on Monday."
    (meeting,) = extract(text)
    assert sorted(p.name for p in meeting.participants) == ["Francis Mwebesa", "Lee Kinyanjui"]


def test_whose_residence_hosted_talks_without_apposition_is_the_host() -> None:
    """Look-alike: "hosted X at the residence of Y", no apposition: Y is kept."""
    text = (
        "Kenyan President William Ruto on Monday hosted Ugandan President Yoweri Museveni at the residence "
        "of Deputy President Kithure Kindiki."
    )
    (meeting,) = extract(text)
    assert "Kithure Kindiki" in [p.name for p in meeting.participants]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("VICTORIA - Foreign Minister Sylvestre Radegonde on Monday met Indian Minister of State "
         "Kirti Vardhan Singh.", ("IND", "SYC")),
        ("VICTORIA - Premier Sonia Furstenau on Monday met Korean Ambassador Lee Jang-hee on Canadian "
         "hydrogen exports.", ("CAN", "KOR")),
    ],
)  # fmt: skip
def test_an_ambiguous_capital_dateline_is_of_the_country_the_story_names(text: str, sides: tuple) -> None:
    """A bare "VICTORIA" dateline: the country of that name the story names, else the one whose
    capital it is, Seychelles (a host named without a country had lost the meeting)."""
    assert [e.countries for e in extract(text, dateline="Victoria")] == [sides]


@pytest.mark.parametrize("anchor", ["Before the summit", "After the summit", "Following the summit"])
def test_an_anchor_naming_a_told_meeting_keeps_the_main_clauses_own_meeting_apart(anchor: str) -> None:
    """ "X met Y on Friday. Before the summit, Minister Z met W on Thursday": "the summit" is the
    meeting told before, which Z did not hold; Z's own meeting is another (Z had been added to
    Friday's meeting)."""
    text = (
        "LIMA - Peruvian President Dina Boluarte met Chilean President Gabriel Boric in Lima on Monday."
        f" {anchor}, Peruvian Energy Minister Jorge Montero met Chilean Mining Minister Aurora Williams"
        " in Lima on Sunday."
    )
    found = extract(text, dateline="Lima")
    assert [(str(e.engagement_date), sorted(p.name for p in e.participants)) for e in found] == [
        ("2024-05-13", ["Dina Boluarte", "Gabriel Boric"]),
        ("2024-05-12", ["Aurora Williams", "Jorge Montero"]),
    ]


def test_an_anchor_naming_an_untold_summit_is_held_by_the_main_clauses_people() -> None:
    """Look-alike: "the summit" after a phone call names no event told before, so the main
    clause's people held it."""
    text = (
        "Peruvian President Dina Boluarte spoke by phone with Chilean President Gabriel Boric on Monday."
        " After the summit on Tuesday, Boluarte and Boric signed a deal."
    )
    found = [e for e in extract(text) if e.engagement_type == "meeting"]
    assert [(str(e.engagement_date), sorted(p.name for p in e.participants)) for e in found] == [
        ("2024-05-14", ["Dina Boluarte", "Gabriel Boric"])
    ]


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("Zambian President Hakainde Hichilema on Monday received a letter from the Emir of Qatar, Sheikh"
         " Tamim bin Hamad Al Thani, delivered by Qatari Minister of State Sultan bin Saad Al Muraikhi.",
         ["Hakainde Hichilema", "Sultan bin Saad Al Muraikhi"]),
        ("Qatari Minister of State Sultan bin Saad Al Muraikhi on Monday handed over a written message from"
         " the Emir of Qatar to Zambian President Hakainde Hichilema.",
         ["Hakainde Hichilema", "Sultan bin Saad Al Muraikhi"]),
        ("Qatari Minister of State Sultan bin Saad Al Muraikhi on Monday conveyed a letter from the Emir to"
         " Zambian President Hakainde Hichilema.",
         ["Hakainde Hichilema", "Sultan bin Saad Al Muraikhi"]),
        # look-alikes: a speech delivered, a letter received with no one bringing it
        ("Qatari Minister of State Sultan bin Saad Al Muraikhi on Monday delivered a speech to the Zambian"
         " National Assembly.", None),
        ("Zambian President Hakainde Hichilema on Monday received a letter from the Emir of Qatar.", None),
    ],
)  # fmt: skip
def test_the_envoy_who_hands_over_a_message_meets_its_recipient(sentence: str, met: list[str] | None) -> None:
    """ "X received a message from King Y, delivered by Minister Z", "Z handed over a letter from
    Y to X": the envoy was received, a meeting of Z's and X's countries; the sender was not
    there (nothing had come out)."""
    found = extract("LUSAKA - " + sentence, dateline="Lusaka")
    if met is None:
        assert found == []
    else:
        assert [(e.engagement_type, e.countries, sorted(p.name for p in e.participants)) for e in found] == [
            ("meeting", ("QAT", "ZMB"), met)
        ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Kenya-Uganda Joint Commission, which last met in Kampala in March, will convene in Nairobi"
         " next month.", [("forum", "Kampala", ("KEN", "UGA"))]),
        ("The Kenya-Uganda Joint Commission, which met in Kampala in March, agreed to open a border post.",
         [("forum", "Kampala", ("KEN", "UGA"))]),
        # look-alike: a body talked about, the object of "discussed", tells no sitting
        ("Kenyan and Ugandan ministers discussed the Joint Permanent Commission, which met in Kampala in"
         " March.", []),
    ],
)  # fmt: skip
def test_a_sitting_body_that_met_in_a_relative_clause_held_a_session(sentence: str, expected: list) -> None:
    """ "The Bi-National Commission, which last met in Cape Town in December 2024, is due to
    convene again ...": the body the sentence opens on met, told in a non-restrictive relative
    clause, a forum of the sides its name holds, though the main clause is future (nothing had
    come out)."""
    found = [(e.engagement_type, e.location, e.countries) for e in extract(sentence)]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The Rwanda-Burundi joint permanent commission chaired by the foreign ministers of the two"
         " countries met in Kigali on Monday.", "forum"),
        ("The Rwanda-Burundi Joint Permanent Commission co-chaired by Foreign Minister Olivier Nduhungirehe"
         " and Burundian Foreign Minister Albert Shingiro met in Kigali on Monday.", "forum"),
        # look-alike: a delegation led by someone is one side, and what it met a meeting
        ("The Burundian delegation headed by Foreign Minister Albert Shingiro met Rwandan Foreign Minister"
         " Olivier Nduhungirehe in Kigali on Monday.", "meeting"),
    ],
)  # fmt: skip
def test_a_sitting_body_chaired_by_someone_without_commas_held_a_session(sentence: str, kind: str) -> None:
    """ "The A-B intergovernmental council chaired by the prime ministers of the two countries
    met in Y": the participle and its agent part the body from its verb with no commas, as
    ", chaired by X," does; the body met, a forum (it had been a meeting)."""
    found = [(e.engagement_type, e.location, e.countries) for e in extract(sentence)]
    assert found == [(kind, "Kigali", ("BDI", "RWA"))]


@pytest.mark.parametrize(
    "where", ["who is in our country on an official visit", "who is on a working visit to our country"]
)
def test_a_visitor_in_our_country_without_a_dateline_visits_the_outlets_country(where: str) -> None:
    """ "X received Y, who is in our country on an official visit" with no dateline: "our
    country" is the outlet's, which its web domain tells (the visit had been lost)."""
    text = clean_body(
        "President of Kazakhstan Kassym-Jomart Tokayev on May 14 received Minister of Foreign Affairs of"
        f" Jordan Ayman Safadi, {where}."
    )
    found = extract_engagements(text, split_sentences(text), THU, None, url="https://www.inform.kz/en/x")
    visits = [(e.countries, [p.name for p in e.participants]) for e in found if e.engagement_type == "visit"]
    assert visits == [(("JOR", "KAZ"), ["Ayman Safadi"])]


@pytest.mark.parametrize(
    ("stop", "visits"),
    [
        ("The minister also visited the Abai Kunanbayev International Literary Heritage Center in Semey.",
         [("JOR", "KAZ")]),
        ("The minister also visited the Al-Farabi National Science and Research Museum in Almaty.",
         [("JOR", "KAZ")]),
        # look-alike: a leader visited in another country is a visit of its own
        ("Safadi then visited Kyrgyz President Sadyr Japarov in Bishkek.", [("JOR", "KAZ"), ("JOR", "KGZ")]),
    ],
)  # fmt: skip
def test_a_site_with_a_long_name_visited_during_a_visit_is_no_engagement(stop: str, visits: list) -> None:
    """ "The minister also visited the Imam Bukhari International Research Center in Samarkand":
    a site whose long capitalized name ends on a facility word is a stop of the visit, no new
    visit with the site as a side (it had been one, placed in its city)."""
    text = (
        "President Kassym-Jomart Tokayev on Tuesday received Jordanian Foreign Minister Ayman Safadi, who"
        " is in our country on an official visit. " + stop
    )
    found = extract_engagements(
        clean_body(text), split_sentences(clean_body(text)), THU, None, url="https://www.inform.kz/en/x"
    )
    assert [e.countries for e in found if e.engagement_type == "visit"] == visits
    assert [p.name for e in found for p in e.participants if p.participant_type == "organization"] == []


@pytest.mark.parametrize(
    ("speaker", "where"),
    [
        (", the presidency in Dakar said.", "Riyadh"),
        (", the foreign ministry in Nairobi said on Wednesday.", "Riyadh"),
        (".", "Riyadh"),
    ],
)
def test_the_speakers_seat_is_no_venue(speaker: str, where: str) -> None:
    """ "met on the margins of COP29 in Baku, the presidency in Dakar said": the city of who
    tells the news is where it speaks from, not where the leaders met (it had been the venue)."""
    text = (
        "Kenyan President William Ruto and Swedish Prime Minister Ulf Kristersson met on Tuesday on the"
        " margins of the summit in Riyadh" + speaker
    )
    assert [e.location for e in extract(text)] == [where]


@pytest.mark.parametrize(
    ("anchor", "where"),
    [
        ("on the sidelines of the climate conference in the Saudi capital", "Riyadh"),
        ("on the margins of the summit in the Qatari capital", "Doha"),
        # look-alike: a gathering still to come is no venue of the meeting
        ("ahead of the summit in the Qatari capital", None),
    ],
)
def test_a_capital_named_in_an_anchor_is_the_venue(anchor: str, where: str | None) -> None:
    """ "met on Tuesday on the sidelines of the climate conference in the Kenyan capital": the
    capital where the gathering was is where they met (the place had been lost)."""
    text = (
        f"Kenyan President William Ruto and Swedish Prime Minister Ulf Kristersson met on Tuesday {anchor}."
    )
    assert [e.location for e in extract(text)] == [where]


def test_views_traded_at_a_bilateral_dialogue_are_no_second_event() -> None:
    text = (
        "Vice Minister Park Yoon-joo held the 3rd Korea-Finland Policy Dialogue with Finnish State "
        "Secretary Jukka Salovaara in Helsinki on Monday. The two Vice Ministers also exchanged views on "
        "Arctic shipping."
    )
    assert kinds_and_days(text) == [("forum", "2024-05-13")]


def test_views_traded_beside_a_gathering_of_more_sides_are_a_meeting() -> None:
    text = (
        "Vice Minister Park Yoon-joo held the 3rd Korea-Finland-Estonia Trilateral Dialogue with Finnish "
        "State Secretary Jukka Salovaara and Estonian Deputy Minister Kaupo Tamm in Helsinki on Monday. "
        "Vice Minister Park and State Secretary Salovaara also exchanged views on Arctic shipping."
    )
    assert [e.engagement_type for e in extract(text)] == ["forum", "meeting"]


# ---------------------------------------------------------------------------------------
# "round table" and "round-table", as British and Nordic English writes "roundtable"

ROUND_TABLES = [
    (
        "Irish Enterprise Minister Peter Burke met Danish Business Minister Morten Bødskov in Copenhagen "
        "on Tuesday. The two ministers then chaired a round-table with Danish and Irish life-sciences firms.",
        [("meeting", "2024-05-14"), ("forum", "2024-05-14")],
    ),
    (
        "Finnish President Alexander Stubb attended the Nordic-Japanese Business Round Table in Tokyo on "
        "Monday with Japanese Prime Minister Shigeru Ishiba.",
        [("forum", "2024-05-13")],
    ),
    (
        "Irish Enterprise Minister Peter Burke met Danish Business Minister Morten Bødskov in Copenhagen "
        "on Tuesday. Later that day the two co-hosted a round table with pension funds.",
        [("meeting", "2024-05-14"), ("forum", "2024-05-14")],
    ),
    # furniture is no event
    (
        "Irish Enterprise Minister Peter Burke met Danish Business Minister Morten Bødskov in Copenhagen "
        "on Tuesday. The hall had been fitted with round tables and a new stage.",
        [("meeting", "2024-05-14")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_TABLES)
def test_a_round_table_in_two_words_is_a_forum(text: str, expected: list[tuple]) -> None:
    assert kinds_and_days(text) == expected


# "X said on Tuesday. Speaking after talks with Y, X said ...": the talks are the remarks' occasion

SPOKEN_AFTER = [
    (
        "HANOI - Rice exports rose sharply, Vietnamese Trade Minister Nguyen Hong Dien said on Tuesday.\n\n"
        "Speaking after talks with Philippine Trade Secretary Cristina Roque in Hanoi, Dien said the new "
        "quota, which took effect in March 2023, had helped both sides.",
        [("meeting", "2024-05-14")],
    ),
    (
        "HANOI - Rice exports rose sharply, Vietnamese Trade Minister Nguyen Hong Dien said on Tuesday.\n\n"
        "Speaking following a meeting with Philippine Trade Secretary Cristina Roque, Dien told reporters "
        "that prices would stay low.",
        [("meeting", "2024-05-14")],
    ),
    # a day of its own in the opening dates the talks
    (
        "HANOI - Rice exports rose sharply, Vietnamese Trade Minister Nguyen Hong Dien said on Tuesday.\n\n"
        "Speaking after talks with Philippine Trade Secretary Cristina Roque on Monday, Dien said the "
        "quota had helped both sides.",
        [("meeting", "2024-05-13")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN_AFTER)
def test_talks_after_which_someone_spoke_are_on_the_day_of_his_remarks(text: str, expected: list) -> None:
    assert kinds_and_days(text, dateline="Hanoi") == expected


# "X will do Y, Z said on Tuesday during a meeting with W": what is said is ahead, the saying is
# done at the meeting, whose day it is (the quote's future had hidden it: the story's day)

SAID_AHEAD_AT_TALKS = [
    (
        "ACCRA - Ghana will expand cocoa shipments to Morocco, Trade Minister Elizabeth Ofosu-Adjare "
        "said on Tuesday during a meeting with Moroccan Industry Minister Ryad Mezzour.",
        [("meeting", "2024-05-14")],
    ),
    (
        "ACCRA - Ghana is set to resume gold sales to Morocco, Trade Minister Elizabeth Ofosu-Adjare "
        "said yesterday after talks with Moroccan Industry Minister Ryad Mezzour.",
        [("meeting", "2024-05-15")],
    ),
    # talks counted back from the remarks' day are not on it
    (
        "ACCRA - Ghana will expand cocoa shipments to Morocco, Trade Minister Elizabeth Ofosu-Adjare "
        "said on Wednesday, two days after talks with Moroccan Industry Minister Ryad Mezzour.",
        [("meeting", "2024-05-13")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAID_AHEAD_AT_TALKS)
def test_remarks_about_what_is_ahead_made_at_talks_date_the_talks(text: str, expected: list) -> None:
    assert kinds_and_days(text, dateline="Accra") == expected


# ---------------------------------------------------------------------------------------
# "jointly inaugurated the pipeline via video link": a ceremony performed from afar is no call
# between the two (it had been a phone call of two leaders in one room); a conversation by the
# link is one still

CEREMONIES_BY_LINK = [
    "Kenyan President William Ruto and Ugandan President Yoweri Museveni on Tuesday jointly commissioned "
    "the Malaba railway yard via video link.",
    "Kenyan President William Ruto and Ugandan President Yoweri Museveni on Tuesday launched two "
    "water projects in Tororo by videoconference.",
]


@pytest.mark.parametrize("text", CEREMONIES_BY_LINK)
def test_a_ceremony_performed_by_a_link_is_no_call(text: str) -> None:
    assert "phone_call" not in [kind for kind, _ in kinds_and_days(text)]


@pytest.mark.parametrize(
    "verb", ["talked via video link", "launched negotiations via videoconference", "spoke by video link"]
)
def test_a_conversation_by_a_link_beside_a_ceremony_verb_is_a_call(verb: str) -> None:
    text = f"Kenyan President William Ruto and Ugandan President Yoweri Museveni on Tuesday {verb}."
    assert kinds_and_days(text) == [("phone_call", "2024-05-14")]


# ---------------------------------------------------------------------------------------
# "X is in Japan from Dec. 15 to 18 to ... pay a working visit": the purpose of a stay under
# way is no plan (the visit had been dropped); "is expected in X to pay a visit" is one


@pytest.mark.parametrize(
    "text",
    [
        "President William Ruto is in Ghana from May 13 to 15 to pay a working visit to the country.",
        "President William Ruto is in Ghana from May 13 to 15 to open a trade fair and pay a working visit "
        "to the country.",
    ],
)
def test_the_purpose_of_a_stay_under_way_is_told(text: str) -> None:
    assert ("visit", "2024-05-13") in kinds_and_days(text)


def test_the_purpose_of_an_expected_stay_is_a_plan() -> None:
    text = "President William Ruto is expected in Ghana next week to pay a working visit to the country."
    assert kinds_and_days(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Cypriot President Nicos Christodoulides is in the Czech Republic from May 13 to 15 to pay a "
        "working visit.",
        "Cypriot President Nicos Christodoulides is in the Republic of Moldova from May 13 to 15 to pay "
        "a state visit.",
        "Cypriot President Nicos Christodoulides is in Bosnia and Herzegovina from May 13 to 15 to pay "
        "a state visit.",
    ],
)
def test_the_purpose_of_a_stay_in_a_country_named_with_small_words_is_told(text: str) -> None:
    assert ("visit", "2024-05-13") in kinds_and_days(text)


def test_a_stay_told_in_a_relative_clause_still_waits_for_its_purpose() -> None:
    text = (
        "Cypriot President Nicos Christodoulides, who is in the Czech Republic from May 13 to 15 to pay a "
        "working visit, said trade would grow."
    )
    assert kinds_and_days(text) == []


# "within the framework of a visit" (French "dans le cadre de"): the main clause happened inside
# the visit, which it tells as "during a visit" does

ENCLOSING_ANCHORS = [
    (
        "OUAGADOUGOU - Malian President Assimi Goita was received on Monday by Burkinabe President "
        "Ibrahim Traore, within the framework of a three-day friendship visit to Burkina Faso.",
        [("visit", "2024-05-13"), ("meeting", "2024-05-13")],
    ),
    (
        "OUAGADOUGOU - Malian Prime Minister Abdoulaye Maiga held talks on Monday with Burkinabe Prime "
        "Minister Rimtalba Ouedraogo in the course of an official visit to Burkina Faso.",
        [("visit", "2024-05-13"), ("meeting", "2024-05-13")],
    ),
    # a standing scheme in the frame tells no event
    (
        "OUAGADOUGOU - Malian President Assimi Goita was received on Monday by Burkinabe President "
        "Ibrahim Traore, within the framework of the 2019 security cooperation programme.",
        [("meeting", "2024-05-13")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENCLOSING_ANCHORS)
def test_a_visit_framing_the_talks_is_a_visit(text: str, expected: list) -> None:
    assert sorted(kinds_and_days(text, dateline="Ouagadougou")) == sorted(expected)


# "a Joint Permanent Commission (JPC) meeting": the body's acronym between its name and the
# noun leaves the meeting the body's session, a forum

BODY_ACRONYM_MEETINGS = [
    (
        "On Monday, Zambia's Minister of Commerce Chipoka Mulenga and Malawi's Minister of Trade Vitumbiko "
        "Mumba co-chaired a Joint Commission for Cooperation (JCC) meeting in Lusaka.",
        [("forum", "2024-05-13")],
    ),
    (
        "On Monday, Zambia's Minister of Commerce Chipoka Mulenga and Malawi's Minister of Trade Vitumbiko "
        "Mumba attended the Joint Permanent Commission (JPC) session in Lilongwe.",
        [("forum", "2024-05-13")],
    ),
    # an aside in brackets that names no body leaves the meeting the two ministers'
    (
        "On Monday, Zambia's Minister of Commerce Chipoka Mulenga and Malawi's Minister of Trade Vitumbiko "
        "Mumba held a meeting (their first in Lusaka) on cross-border trade.",
        [("meeting", "2024-05-13")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODY_ACRONYM_MEETINGS)
def test_a_body_meeting_with_its_acronym_between_is_a_forum(text: str, expected: list) -> None:
    assert kinds_and_days(text) == expected


# "during the opening of the X Forum, held in <city> with ...": the reduced relative tells where
# the forum was, and the forum is the speaker's

HELD_AFTER_FORUM = [
    (
        "MAPUTO - Mozambique's Deputy Minister of Industry Ana Mussa spoke during the opening of the "
        "Mozambique-Brazil Business Forum, held in Maputo with the participation of 90 firms.",
        [("forum", "2024-05-16", "Maputo")],
    ),
    (
        "MAPUTO - Mozambique's Deputy Minister of Industry Ana Mussa spoke during the Mozambique-Brazil "
        "Business Forum, organised in Maputo by the export agency.",
        [("forum", "2024-05-16", "Maputo")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HELD_AFTER_FORUM)
def test_a_forum_held_in_a_city_after_its_name_is_the_speakers(text: str, expected: list) -> None:
    assert sorted(
        (e.engagement_type, str(e.engagement_date), e.location) for e in extract(text, dateline="Maputo")
    ) == sorted(expected)


# any participle of holding that makes the reduced relative one (", organised in", ", convened
# in") tells the forum's place, as ", held in" does, also away from the dateline's city

ORGANISED_AFTER_FORUM = [
    "MAPUTO - Mozambique's Deputy Minister of Industry Ana Mussa spoke during the Mozambique-Brazil "
    "Business Forum, organised in Beira by the export agency.",
    "MAPUTO - Mozambique's Deputy Minister of Industry Ana Mussa spoke during the Mozambique-Brazil "
    "Business Forum, convened in Beira by the export agency.",
]


@pytest.mark.parametrize("text", ORGANISED_AFTER_FORUM)
def test_a_forum_organised_in_a_city_after_its_name_is_held_there(text: str) -> None:
    assert [(e.engagement_type, e.location) for e in extract(text, dateline="Maputo")] == [("forum", "Beira")]


# "hosted" is a meeting verb of its own, but in the reduced relative after an event's name
# (", hosted in <city> by <body>") it tells that event's holding: no second event, and the
# forum keeps its city (the meeting it made had swallowed the forum, or left it at the dateline)

HOSTED_AFTER_FORUM = [
    (
        "ACCRA - Ghana's Trade Minister Elizabeth Ofosu-Adjare spoke during the Ghana-Egypt Investment "
        "Forum, hosted in Kumasi by the chamber of commerce.",
        [("forum", "2024-05-16", "Kumasi")],
    ),
    (
        "ACCRA - Ghana's Trade Minister Elizabeth Ofosu-Adjare addressed the Ghana-Egypt Business "
        "Conference, hosted at Kumasi on Monday by the export authority.",
        [("forum", "2024-05-13", "Kumasi")],
    ),
    (  # after a person, "hosted in <city> by <leader>" is still the meeting of a host and guest
        "NAIROBI - Kenyan President William Ruto, hosted in Kampala by Ugandan President Yoweri Museveni, "
        "discussed the oil pipeline on Monday.",
        [("meeting", "2024-05-13", "Kampala")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOSTED_AFTER_FORUM)
def test_a_forum_hosted_in_a_city_after_its_name_is_held_there(text: str, expected: list) -> None:
    dateline = text.split(" -")[0].title()
    assert [
        (e.engagement_type, str(e.engagement_date), e.location) for e in extract(text, dateline=dateline)
    ] == expected


# "X spoke during the <named forum>." with no place, day or host told: whoever the main clause
# names was at the forum, so the forum is an event with that speaker (it had been dropped as an
# anchor saying nothing of its own), while "during the talks" still points at talks told before


def test_a_named_forum_spoken_during_with_nothing_else_told_is_the_speakers() -> None:
    text = (
        "MAPUTO - Angolan Deputy Minister of Commerce Rui Miguens spoke during the "
        "Mozambique-Brazil Agribusiness Forum."
    )
    found = [(e.engagement_type, [p.name for p in e.participants]) for e in extract(text, dateline="Maputo")]
    assert found == [("forum", ["Rui Miguens"])]


def test_talks_spoken_during_after_the_talks_are_no_second_event() -> None:
    text = (
        "MAPUTO - Mozambican President Daniel Chapo met Angolan President Joao Lourenco on Monday. "
        "Lourenco spoke during the talks about the railway."
    )
    assert [e.engagement_type for e in extract(text, dateline="Maputo")] == ["meeting"]


def test_held_opening_a_predicate_of_the_subject_is_no_relative_on_the_forum() -> None:
    s = Sentence(
        "Mozambique's Deputy Minister Ana Mussa attended the Mozambique-Brazil Business Forum, "
        "held talks with Brazil's Trade Secretary Tatiana Prazeres and left."
    )
    held = s.lowers.index("held")
    roles = {seg.start: seg.role for seg in analyse_clauses(s).segments}
    assert roles[held] == "main"
    s = Sentence("Ana Mussa attended the Mozambique-Brazil Business Forum, held in Maputo on Monday.")
    roles = {seg.start: seg.role for seg in analyse_clauses(s).segments}
    assert roles[s.lowers.index("held")] == "relative"


@pytest.mark.parametrize(
    "represented",
    [
        "The Uzbek side was represented by Deputy Prime Minister Jamshid Khodjaev, the Turkmen side - by "
        "Minister of Trade and Foreign Economic Relations, Energy and Industry Batyr Amanov.",
        "The Uzbek side was also represented by Deputy Prime Minister Jamshid Khodjaev, and Turkmenistan by "
        "Minister of Trade and Foreign Economic Relations, Energy and Industry Batyr Amanov.",
    ],
)
def test_sides_represented_after_named_principals_add_their_officials(represented: str) -> None:
    """ "Speaker X met Turkmen Chairwoman Y. The Uzbek side was (also) represented by A, the Turkmen
    side - by B": A and B took part for their sides, though X's country is still the story's home
    and a title runs over its own comma (both had been lost once the principals were named)."""
    found = extract(
        "TASHKENT - Speaker of the Oliy Majlis Nuriddin Ismoilov met Chairwoman of the Mejlis of "
        f"Turkmenistan Dunyagozel Gulmanova in Termez on Monday. {represented}",
        dateline="Tashkent",
    )
    assert [(p.name, p.country_iso3) for e in found for p in e.participants][2:] == [
        ("Jamshid Khodjaev", "UZB"),
        ("Batyr Amanov", "TKM"),
    ]


def test_a_venture_represented_after_named_principals_adds_no_one() -> None:
    """ "The joint venture was also represented by its manager X": no side, no participant."""
    found = extract(
        "TASHKENT - Speaker of the Oliy Majlis Nuriddin Ismoilov met Chairwoman of the Mejlis of "
        "Turkmenistan Dunyagozel Gulmanova in Termez on Monday. The joint venture was also represented "
        "by its general manager Rustam Karimov.",
        dateline="Tashkent",
    )
    assert [p.name for e in found for p in e.participants] == ["Nuriddin Ismoilov", "Dunyagozel Gulmanova"]


@pytest.mark.parametrize(
    "counterpart",
    [
        "on Monday with Estonia's Minister of Economic Affairs and Minister of Infrastructure Erkki Keldo",
        "with Estonian Minister of Economic Affairs, Industry, Energy and Infrastructure Erkki Keldo "
        "on Monday",
    ],
)
def test_what_a_talk_was_about_opens_past_a_day_and_a_long_title(counterpart: str) -> None:
    """ "X spoke by telephone on Monday with Y's Minister of A and Minister of B Z about Russian gas
    supplies": the topic opens past a day and a title of many portfolios, commas and all (Russia had
    replaced Finland as a side, and "about" had stayed in the topic)."""
    text = f"Finnish Prime Minister Petteri Orpo spoke by telephone {counterpart} about Russian gas supplies."
    (call,) = extract(text)
    assert (call.countries, call.topics) == (("EST", "FIN"), ("Russian gas supplies",))


def test_a_clause_after_a_talks_comma_opens_no_topic_of_it() -> None:
    """Look-alike: past a comma that opens a clause, "about" is not what the talk was about."""
    text = (
        "Finnish Prime Minister Petteri Orpo spoke by telephone with Estonian Prime Minister Kristen Michal, "
        "who later told reporters about Russian gas supplies."
    )
    (call,) = extract(text)
    assert call.topics == ()


@pytest.mark.parametrize(
    "recalled",
    [
        "Mahama and Ouattara last met in Accra in March.",
        "On the sidelines, Mahama and Ouattara also met in private.",
    ],
)
def test_he_goes_on_with_a_subject_named_by_surname_only(recalled: str) -> None:
    """ "President X met Y. Minister Z met W. X and Y last met in March. Ghana and Ivory Coast
    signed ... . On Tuesday he met V": the surname opening the sentence is the subject "he" goes
    on with, not the minister named in full before it (Z had been made V's guest)."""
    text = (
        "ACCRA - Ghanaian President John Mahama met Ivorian President Alassane Ouattara in Abidjan "
        "on Monday. Foreign Minister Samuel Okudzeto Ablakwa met Togolese Foreign Minister Robert Dussey "
        "in Lome. "
        f"{recalled} Ghana and Ivory Coast signed a cocoa pricing agreement. "
        "On Tuesday he was received in Monrovia by Liberian President Joseph Boakai."
    )
    last = extract(text, dateline="Accra")[-1]
    assert sorted(p.name for p in last.participants) == ["John Mahama", "Joseph Boakai"]


def test_he_does_not_go_on_with_a_surname_told_after_the_subject() -> None:
    """Look-alike: a surname told after the sentence's subject (its speaker) is no subject; "he"
    goes on with the minister named in full before."""
    text = (
        "ACCRA - Ghanaian President John Mahama met Ivorian President Alassane Ouattara in Abidjan "
        "on Monday. Foreign Minister Samuel Okudzeto Ablakwa met Togolese Foreign Minister Robert Dussey "
        "in Lome. "
        "Ghana and Ivory Coast signed a cocoa pricing agreement, Mahama said. "
        "On Tuesday he was received in Monrovia by Liberian President Joseph Boakai."
    )
    last = extract(text, dateline="Accra")[-1]
    assert sorted(p.name for p in last.participants) == ["Joseph Boakai", "Samuel Okudzeto Ablakwa"]


@pytest.mark.parametrize("office", ["Prime Minister", "President"])
def test_a_bare_title_goes_on_with_the_subject_not_the_holder_named_last(office: str) -> None:
    """ "Prime Minister X held a video call with Latvian Prime Minister Y. Later the Prime Minister
    received Z": the bare office is the subject the story goes on with, not Y, the last one of two
    holders named (Y had taken X's place in Z's meeting)."""
    text = (
        f"VILNIUS - On Monday {office} Gintaras Paluckas held a video conference with Latvian {office} "
        f"Evika Silina on energy links. Later in the day the {office} received Polish Ambassador "
        "Konstanty Radziwill in Vilnius."
    )
    last = extract(text, dateline="Vilnius")[-1]
    assert (last.countries, sorted(p.name for p in last.participants)) == (
        ("LTU", "POL"),
        ["Gintaras Paluckas", "Konstanty Radziwill"],
    )


def test_a_bare_title_of_another_country_than_the_subject_keeps_its_holder() -> None:
    """Look-alike: "the Latvian Prime Minister" names her country, so she is Y, not the subject."""
    text = (
        "VILNIUS - On Monday Prime Minister Gintaras Paluckas held a video conference with Latvian Prime "
        "Minister Evika Silina on energy links. Later in the day the Latvian Prime Minister received Polish "
        "Ambassador Konstanty Radziwill in Riga."
    )
    last = extract(text, dateline="Vilnius")[-1]
    assert sorted(p.name for p in last.participants) == ["Evika Silina", "Konstanty Radziwill"]


@pytest.mark.parametrize("given", ["Hope", "Will", "Grace"])
def test_a_given_name_that_is_a_word_keeps_the_meeting(given: str) -> None:
    """ "Trade Minister Hope Tuilagi held talks with ...": a capitalized planning word inside the
    clause is a name's, no plan ("Hope" had made the talks a hope; "Will" had lost the person)."""
    found = extract(
        f"SUVA - Fijian Trade Minister {given} Naivalu held talks with Tongan Trade Minister "
        "Sione Vea in Suva on Friday.",
        dateline="Suva",
    )
    assert [sorted(p.name for p in e.participants) for e in found] == [
        sorted([f"{given} Naivalu", "Sione Vea"])
    ]


@pytest.mark.parametrize(
    ("follow_up", "topics"),
    [
        # an appeal: what firms are asked to do is no topic of the talks told before
        ("Ramos called on Chilean firms to expand their presence in Peruvian free zones.", ()),
        ("Ramos urged Chilean investors to boost their stakes in Peruvian mining.", ()),
        ("Ramos encouraged Chilean exporters to deepen their ties with Peruvian ports.", ()),
        # the talks' own purpose is still their topic
        ("The two ministers met to expand cooperation in fisheries.", ("fisheries",)),
    ],
)
def test_what_an_appeal_asks_is_no_topic_of_the_talks_before(follow_up: str, topics: tuple[str, ...]) -> None:
    """ "X called on Korean firms to expand their presence in ...", after X's talks with another
    side: an appeal, not what the talks were about (its infinitive had become their topic)."""
    found = extract(
        "Peruvian Trade Minister Elena Ramos held talks with Bolivian Trade Minister Luis Vargas in "
        "Lima on Tuesday. " + follow_up
    )
    assert found[0].topics == topics


# "X received Y ..., within the framework of / during a visit to Z": the hosting verb of the main
# clause makes its object the visitor, and the meeting stays beside the visit


def kinds_and_people(text: str, dateline: str | None = None) -> list[tuple[str, dict[str, str | None]]]:
    return sorted(
        (
            e.engagement_type,
            {p.name: p.country_iso3 for p in e.participants if p.participant_type == "person"},
        )
        for e in extract(text, dateline=dateline)
    )


@pytest.mark.parametrize(
    "text",
    [
        "NIAMEY - The Minister of Mines, Ousmane Abarchi, received on Tuesday in Niamey the Chadian "
        "Minister of Petroleum, Djerassem Le Bemadjiel, within the framework of a three-day working visit "
        "to Niger.",
        "NIAMEY - Mines Minister Ousmane Abarchi welcomed Chadian Petroleum Minister Djerassem Le Bemadjiel "
        "on Tuesday, during a three-day working visit to Niger.",
    ],
)
def test_the_one_received_within_a_visit_is_its_visitor(text: str) -> None:
    assert kinds_and_people(text, dateline="Niamey") == [
        ("meeting", {"Ousmane Abarchi": "NER", "Djerassem Le Bemadjiel": "TCD"}),
        ("visit", {"Djerassem Le Bemadjiel": "TCD"}),
    ]


# ---------------------------------------------------------------------------------------
# the places a link joins are no sides of the talks about it


@pytest.mark.parametrize(
    "link",
    [
        "to review a power line meant to link the Central Asian grid with Afghanistan and Pakistan.",
        "to discuss a railway connecting the port of Mersin with Iraq.",
    ],
)
def test_the_places_a_link_verb_joins_with_are_no_sides(link: str) -> None:
    """ "met Y to review a cable meant to link the grid with A and B": "with" after a verb of
    linking names the other end of the link, not a party (A and B had been sides, and the
    unmarked minister had been given one of them)."""
    text = (
        "Tashkent, May 16. Energy Minister Jurabek Mirzamakhmudov held a video call with Kazakhstan's "
        f"Energy Minister Almassadam Satkaliyev on Monday {link}"
    )
    assert people_countries(text, "Tashkent") == [
        {"Jurabek Mirzamakhmudov": "UZB", "Almassadam Satkaliyev": "KAZ"}
    ]


def test_a_countrys_official_with_after_a_link_verb_stays_a_party() -> None:
    """The look-alike: "with" a country's official after a verb of linking is whom they met."""
    text = (
        "Tashkent, May 16. Energy Minister Jurabek Mirzamakhmudov met on Monday to discuss linking "
        "the two grids with Kazakhstan's Energy Minister Almassadam Satkaliyev."
    )
    assert people_countries(text, "Tashkent") == [
        {"Jurabek Mirzamakhmudov": "UZB", "Almassadam Satkaliyev": "KAZ"}
    ]


@pytest.mark.parametrize(
    "relative",
    [
        "that is to link the Romanian, Moldovan and Ukrainian grids",
        "which is due to connect the Romanian, Moldovan and Ukrainian grids",
    ],
)
def test_a_relative_of_what_is_yet_to_be_names_no_side(relative: str) -> None:
    """ "spoke with Y about the X Interconnector, the cable that is to link the A, B and C
    grids": a "be to" relative tells what the thing is for, as "that will" does, and a list of
    countries inside it goes on past its commas (B had been a side of the call)."""
    text = (
        "Romania's Energy Minister Sebastian Burduja spoke by telephone on Wednesday with Ukrainian "
        f"Energy Minister Herman Halushchenko about the Black Sea Link, the subsea cable {relative}."
    )
    assert sides(text) == [("ROU", "UKR")]


def test_the_end_of_a_link_after_to_is_no_side() -> None:
    """ "held talks with Y in Baku on a cable to Romania": the link's end is no side, and the
    unmarked minister is of the place's country (he had been made Romanian)."""
    text = (
        "Energy Minister Parviz Shahbazov held talks with Turkmenistan's Deputy Prime Minister Batyr "
        "Amanov in Baku on Monday on a gas pipeline to Bulgaria."
    )
    assert people_countries(text) == [{"Parviz Shahbazov": "AZE", "Batyr Amanov": "TKM"}]


def test_a_visit_to_a_country_stays_a_side() -> None:
    """The look-alike: "a visit to" is no link noun."""
    text = "Azerbaijan's Energy Minister Parviz Shahbazov paid a visit to Bulgaria on Monday."
    assert sides(text) == [("AZE", "BGR")]


# "met Y to discuss trade with X", "talks with Y on the border with X": the country after a
# relation noun is the one the relation is with, when the talks' counterpart is named before


@pytest.mark.parametrize(
    ("topic", "kept"),
    [
        ("to discuss the border with Nicaragua", "border with Nicaragua"),
        ("on Monday to review trade with Mexico", "trade with Mexico"),
        ("and discussed tensions with Nicaragua", "tensions with Nicaragua"),
    ],
)
def test_the_country_of_a_relation_noun_after_a_counterpart_is_no_side(topic: str, kept: str) -> None:
    """Its country had been a third side, and the topic had been cut at "with"."""
    text = (
        "Costa Rican Foreign Minister Arnoldo Andre met Panamanian Foreign Minister Javier "
        f"Martinez-Acha in San Jose {topic}."
    )
    found = extract(text)
    assert [(e.countries, e.topics) for e in found] == [(("CRI", "PAN"), (kept,))]


@pytest.mark.parametrize(
    "text",
    [
        "Honduras held talks on trade with Guatemala on Monday.",
        "Honduran Foreign Minister Enrique Reina held talks on Monday on cooperation with Guatemala.",
    ],
)
def test_the_country_of_a_relation_noun_with_no_counterpart_before_stays_a_side(text: str) -> None:
    """The look-alike: with no one met named before, "talks on trade with X" are talks with X."""
    assert sides(text) == [("GTM", "HND")]


# "the X Business Indaba, held in <city>", "the X Trade Expo", "the X Conclave": other nouns of
# the forum family head a named event as "Forum" does; a lower-case one, or a venue, is none

NAMED_GATHERING_NOUNS = [
    (
        "WINDHOEK - Namibia's Deputy Minister of Industrialisation Verna Sinimbo spoke at the "
        "Namibia-Angola Business Indaba, held in Oshakati with the participation of 150 firms.",
        [("forum", "Oshakati")],
    ),
    (
        "WINDHOEK - Namibia's Deputy Minister of Industrialisation Verna Sinimbo spoke at the "
        "Namibia-Angola Trade Expo, held in Oshakati.",
        [("forum", "Oshakati")],
    ),
    (
        "WINDHOEK - Namibia's Deputy Minister of Industrialisation Verna Sinimbo addressed the "
        "Namibia-Angola Investment Conclave in Oshakati on Thursday.",
        [("forum", "Oshakati")],
    ),
    (
        "WINDHOEK - Namibia's Deputy Minister of Industrialisation Verna Sinimbo said a village indaba "
        "with Angolan traders was held in Oshakati on Thursday.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_GATHERING_NOUNS)
def test_an_indaba_expo_or_conclave_heading_its_name_is_a_forum(text: str, expected: list) -> None:
    assert sorted((e.engagement_type, e.location) for e in extract(text, dateline="Windhoek")) == expected


@pytest.mark.parametrize(
    ("signed", "topics"),
    [
        ("an accord on fisheries, and 12 memoranda on health, tourism and mining",
         ("fisheries", "health", "tourism", "mining")),
        ("a treaty on extradition, and three more agreements on customs",
         ("extradition", "customs")),
    ],
)  # fmt: skip
def test_the_count_of_the_next_documents_is_no_topic_of_the_first(signed: str, topics: tuple) -> None:
    """ "an agreement on X, and six memoranda on Y": the count opens the next documents, no
    item of the first's topic (it had been the topic "six")."""
    found = extract(
        f"MAPUTO - Mozambican President Daniel Chapo and Malawian President Lazarus Chakwera signed {signed} "
        "in Maputo on Monday."
    )
    assert [e.topics for e in found] == [topics]


@pytest.mark.parametrize(
    ("body", "topics"),
    [
        ("the Joint Commission on Energy and Transport (JCET)", ("Energy and Transport",)),
        ("the Bilateral Commission on Cooperation (BCC) session", ()),
    ],
)
def test_a_bodys_bracketed_acronym_is_no_topic_of_its_session(body: str, topics: tuple) -> None:
    """ "co-chaired the Joint Permanent Commission on Cooperation (JPCC)": what the body sits on
    ends at its initials (the topic had been "(JPCC)")."""
    (found,) = extract(
        "Angolan Foreign Minister Tete Antonio and Namibian Foreign Minister Selma Ashipala-Musavyi "
        f"co-chaired {body} in Luanda on Tuesday."
    )
    assert (found.engagement_type, found.topics) == ("forum", topics)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chilean Foreign Minister Alberto van Klaveren and Peruvian Foreign Minister Elmer Schialer "
            "held talks in Lima on Monday. The two ministers also co-chaired the fourth Chile-Peru "
            "Strategic Partnership meeting on Monday.",
            [("forum", "2024-05-13", ("CHL", "PER")), ("meeting", "2024-05-13", ("CHL", "PER"))],
        ),
        (
            "Thai Commerce Minister Pichai Naripthaphan and Lao Industry Minister Malaithong Kommasith "
            "chaired the second Thailand-Laos Economic Corridor session in Vientiane on Tuesday.",
            [("forum", "2024-05-14", ("LAO", "THA"))],
        ),
        # the pair alone names no mechanism: the leaders' own meeting
        (
            "Kenyan President William Ruto chaired the Kenya-Uganda meeting in Nairobi on Tuesday with "
            "Ugandan President Yoweri Museveni.",
            [("meeting", "2024-05-14", ("KEN", "UGA"))],
        ),
    ],
)
def test_a_chaired_session_of_a_pairs_named_mechanism_is_a_forum(text: str, expected: list) -> None:
    """ "co-chaired the fifth Vietnam-Australia Economic Partnership meeting": the session of a
    named mechanism of the pair, a forum (it had been the meeting word's talks, merged into the
    same day's bilateral meeting)."""
    assert sorted(kinds_days_and_sides(text)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Philippine Foreign Secretary Enrique Manalo is in the Republic of Indonesia from May 13 to 15 to"
         " pay an official visit.", [("visit", None, ("IDN", "PHL"))]),
        ("Philippine Foreign Secretary Enrique Manalo is in Indonesia from May 13 to 15 on an official"
         " visit.",
         [("visit", None, ("IDN", "PHL"))]),
        ("Philippine Foreign Secretary Enrique Manalo was in the Kingdom of Thailand on Monday for a working"
         " visit.", [("visit", None, ("PHL", "THA"))]),
    ],
)  # fmt: skip
def test_a_visitor_told_in_a_named_country_visits_it_at_no_city(sentence: str, expected: list) -> None:
    """ "HANOI - To Lam is in the Republic of Korea from August 10 to 13 to pay a state visit":
    the country the visitor is in before the visit is its host, at no city the story names, and
    a host noun inside a country's name ("the Republic of", "the Kingdom of") is no "the
    country" the story is filed from (it had been at the dateline's city at home, or lost)."""
    found = [(e.engagement_type, e.location, e.countries) for e in extract(sentence, dateline="Manila")]
    assert found == expected


def test_a_visitor_in_the_country_is_at_the_dateline() -> None:
    """The look-alike: "who is in the country on a state visit" is the dateline's country."""
    text = "Thai Prime Minister Srettha Thavisin received Philippine Foreign Secretary Enrique Manalo, who is in the country on an official visit, on Monday."  # noqa: E501
    found = [(e.engagement_type, e.location) for e in extract(text, dateline="Bangkok")]
    assert ("visit", "Bangkok") in found


def _people_countries(text: str, dateline: str) -> list[list[tuple]]:
    return [
        sorted((p.name, p.country_iso3) for p in e.participants if p.participant_type == "person")
        for e in extract(text, dateline=dateline)
    ]


@pytest.mark.parametrize(
    "objects",
    [
        "Orange Democratic Movement leader Raila Amollo and Kenya Kwanza Alliance leader Moses Wetangula",
        "with Orange Democratic Movement leader Raila Amollo and Kenya Kwanza Alliance leader"
        " Moses Wetangula",
        "Kenya Kwanza Alliance leader Moses Wetangula and National People's Power leader Raila Amollo",
    ],
)
def test_two_leaders_a_visitor_met_together_are_both_of_the_place(objects: str) -> None:
    """ "The visiting minister also met A leader X and B leader Y": two holders of one office
    (or two bodies' people) whom someone else met are no two sides; one had been given the
    visitor's country, as if the two had been counterparts, or the sides of a signing."""
    text = (
        "NAIROBI - British Trade Minister Douglas Alexander held talks with Kenyan Trade Minister Lee"
        f" Kinyanjui on Tuesday. The visiting minister also met {objects}."
    )
    assert _people_countries(text, "Nairobi")[1:] == [
        [("Douglas Alexander", "GBR"), ("Moses Wetangula", "KEN"), ("Raila Amollo", "KEN")]
    ]


def test_two_chiefs_meeting_each_other_stay_two_sides() -> None:
    """The look-alike: two holders of one office as the subject are the two sides."""
    text = (
        "NAIROBI - British Trade Minister Douglas Alexander and Kenyan Trade Minister Lee Kinyanjui met"
        " on Monday."
    )
    assert _people_countries(text, "Nairobi") == [[("Douglas Alexander", "GBR"), ("Lee Kinyanjui", "KEN")]]


@pytest.mark.parametrize(
    "occasion",
    [
        "on the sidelines of Ms Lindqvist's three-day working visit to Norway",
        "on the margins of Sara Lindqvist's official visit to Norway",
    ],
)
def test_a_visit_on_whose_sidelines_a_deal_was_signed_is_a_visit(occasion: str) -> None:
    """ "signed the protocol in New Delhi on the sidelines of Mr X's four-day working visit": the
    visit is told there as by "during X's visit" (it had been only a pointer, and lost)."""
    found = extract(
        "STOCKHOLM - Swedish Trade Minister Sara Lindqvist and Norwegian Trade Minister Jan Christian "
        f"Vestre signed a fisheries protocol in Oslo on Tuesday {occasion}.",
        dateline="Stockholm",
    )
    assert sorted((e.engagement_type, e.location) for e in found) == [
        ("agreement", "Oslo"),
        ("visit", "Oslo"),
    ]


def test_a_gathering_on_whose_sidelines_a_deal_was_signed_stays_a_pointer() -> None:
    """ "on the sidelines of the Nordic Council session": a gathering told only as a pointer is
    not labelled (look-alike of the visit)."""
    found = extract(
        "STOCKHOLM - Swedish Trade Minister Sara Lindqvist and Norwegian Trade Minister Jan Christian "
        "Vestre signed a fisheries protocol in Oslo on Tuesday on the sidelines of the Nordic Council "
        "session.",
        dateline="Stockholm",
    )
    assert [e.engagement_type for e in found] == ["agreement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Luiz Inacio Lula da Silva visits Hanoi in March.",
        "President Luiz Inacio Lula da Silva travels to Hanoi in March for talks with Vietnamese President "
        "Luong Cuong.",
    ],
)
def test_a_present_tense_trip_in_a_named_month_is_ahead(sentence: str) -> None:
    """ "X visits Port of Spain in March": a month named for a present tense is a schedule, as a
    weekday is ("travels to Suva on Thursday"), so neither the visit nor its talks are labelled
    (an undated visit had been kept)."""
    assert extract(f"BRASILIA - {sentence}", dateline="Brasilia") == []


def test_a_past_trip_in_a_named_month_is_still_told() -> None:
    """ "X visited Hanoi in March": the past tense of a trip in a named month is one done."""
    found = extract(
        "BRASILIA - President Luiz Inacio Lula da Silva visited Hanoi in March.", dateline="Brasilia"
    )
    assert [(e.engagement_type, e.countries) for e in found] == [("visit", ("BRA", "VNM"))]


@pytest.mark.parametrize(
    ("text", "dateline", "sides"),
    [
        ("MUSCAT - His Majesty the Sultan received a phone call today from Indian Prime Minister "
         "Narendra Modi.",
         "Muscat", ("IND", "OMN")),
        ("KUWAIT - Meanwhile, His Highness the Amir received a phone call on Tuesday from Chilean President "
         "Gabriel Boric.", "Kuwait", ("CHL", "KWT")),
    ],
)  # fmt: skip
def test_a_host_styled_by_office_alone_who_receives_a_call_is_of_the_dateline(
    text: str, dateline: str, sides: tuple[str, ...]
) -> None:
    """ "His Majesty the Sultan received a phone call from X": the agency's own head, named by
    style and office alone, as for a guest he receives (the call had one side, and was dropped)."""
    assert [(e.engagement_type, e.countries) for e in extract(text, dateline=dateline)] == [
        ("phone_call", sides)
    ]


def test_a_style_before_an_office_is_no_other_holder_of_the_style() -> None:
    """ "His Highness the Crown Prince Sheikh X received ... His Highness the Amir received a
    call": the office after the style tells who is meant, not the last highness told (the call
    had been the crown prince's)."""
    found = extract(
        "KUWAIT - His Highness the Crown Prince Sheikh Nasser Jaber Al-Sabah received the Chilean ambassador "
        "on Tuesday. Later, His Highness the Amir received a phone call on Tuesday from Chilean President "
        "Gabriel Boric.",
        dateline="Kuwait",
    )
    call = next(e for e in found if e.engagement_type == "phone_call")
    assert call.countries == ("CHL", "KWT")
    assert [p.name for p in call.participants] == ["Gabriel Boric"]


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("Kenyan Trade Minister Lee Kinyanjui met Ugandan Trade Minister Francis Mwebesa on fertiliser "
         "supplies and fish exports.", ("fertiliser supplies and fish exports",)),
        ("Kenyan Trade Minister Lee Kinyanjui met Ugandan Trade Minister Francis Mwebesa in Kampala on "
         "Monday on road tolls.", ("road tolls",)),
        ("Kenyan Trade Minister Lee Kinyanjui met a Ugandan business delegation at the Ministry of Trade "
         "in the morning on sugar quotas.", ("sugar quotas",)),
        # look-alikes: "on" tells where, when or for whom, not the matter
        ("Kenyan Trade Minister Lee Kinyanjui met Ugandan Trade Minister Francis Mwebesa on the outskirts "
         "of Kampala on Tuesday.", ()),
        ("Kenyan Trade Minister Lee Kinyanjui met Ugandan Trade Minister Francis Mwebesa on arrival in "
         "Kampala.", ()),
        ("Kenyan Trade Minister Lee Kinyanjui met Ugandan Trade Minister Francis Mwebesa on board a naval "
         "ship in Mombasa.", ()),
        ("Kenyan Trade Minister Lee Kinyanjui met Ugandan Trade Minister Francis Mwebesa on the same "
         "trip.", ()),
        # an address after "on" tells where
        ("Kenyan Trade Minister Lee Kinyanjui met Ugandan Trade Minister Francis Mwebesa in Paris at the "
         "embassy on rue de Tilsitt.", ()),
        ("Kenyan Trade Minister Lee Kinyanjui met Ugandan Trade Minister Francis Mwebesa at the offices "
         "on Kimathi Street.", ()),
    ],
)  # fmt: skip
def test_the_matter_after_met_and_its_counterpart_is_a_topic(text: str, topics: tuple[str, ...]) -> None:
    """ "met X on fertiliser supplies": "met" opens its matter after the counterpart as "held talks
    with X on" does (the topics had been dropped); "on arrival", "on the outskirts of" are no matter."""
    found = extract(text)
    assert [e.topics for e in found] == [topics]


def test_a_visit_on_two_days_in_a_row_is_dated_by_the_first() -> None:
    """ "visited Angola on 10 and 11 March": the first of the two days, as "10-11 March" (the
    first day had been lost, and the visit dated by the second)."""
    text = "Slovak President Peter Pellegrini visited Mongolia on 13 and 14 May."
    assert kinds_and_days(text) == [("visit", "2024-05-13")]


@pytest.mark.parametrize(
    ("text", "day", "topics"),
    [
        ("Lithuanian Foreign Minister Kestutis Budrys held talks with Moldovan Foreign Minister Mihai Popsoi "
         "in Vilnius on the morning of 13 May.", "2024-05-13", ()),
        ("Lithuanian Foreign Minister Kestutis Budrys held talks with Moldovan Foreign Minister Mihai Popsoi "
         "in Vilnius on the evening of Tuesday.", "2024-05-14", ()),
        ("Lithuanian Foreign Minister Kestutis Budrys met Moldovan Foreign Minister Mihai Popsoi on the "
         "afternoon of May 13 on grain transit.", "2024-05-13", ("grain transit",)),
        # the look-alike: a topic that opens with such a word and no "of" stays one
        ("Lithuanian Foreign Minister Kestutis Budrys held talks with Moldovan Foreign Minister Mihai Popsoi "
         "on night trains to Chisinau.", "2024-05-16", ("night trains to Chisinau",)),
    ],
)  # fmt: skip
def test_on_the_morning_of_a_day_is_when_not_a_topic(text: str, day: str, topics: tuple[str, ...]) -> None:
    """ "held talks ... on the morning of 11 March": the day the talks were held, not their matter
    (it had been a topic "morning of 11 March", and the date inside it lost)."""
    found = extract(text)
    assert [(str(e.engagement_date), e.topics) for e in found] == [(day, topics)]


@pytest.mark.parametrize(
    "tail",
    [
        "a meeting unrelated to the Pacific Islands Forum summit",
        "separately from the annual forum",
        "independent of the conference",
    ],
)
def test_a_gathering_an_event_is_told_apart_from_is_no_event_of_it(tail: str) -> None:
    """ "met X in Suva on Thursday, a meeting unrelated to the forum": the forum is what the
    talks are told apart from, no event of the clause (they had become a forum); the summit
    the leaders attended is still one."""
    found = extract(
        "Fijian Prime Minister Sitiveni Rabuka met Australian High Commissioner Ewen McDonald in Suva on "
        f"Thursday, {tail}."
    )
    assert [e.engagement_type for e in found] == ["meeting"]
    (summit,) = extract("Leaders of Samoa, Fiji and Tonga attended the Pacific Islands Forum summit in Apia.")
    assert summit.engagement_type == "forum"


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking on the sidelines of her meeting with Paraguayan Foreign Minister Ruben Ramirez, in "
        "Montevideo on Tuesday, Chilean Foreign Minister Alberto van Klaveren said the corridor would open.",
        "Chilean Foreign Minister Alberto van Klaveren said the corridor would open, on the margins of his "
        "talks with Paraguayan Foreign Minister Ruben Ramirez in Montevideo on Tuesday.",
    ],
)
def test_a_meeting_with_someone_on_whose_sidelines_one_spoke_is_a_meeting(sentence: str) -> None:
    """ "Speaking on the sidelines of his meeting with Y in Abu Dhabi on Monday, X said ...": a
    meeting with a named party is no gathering told elsewhere but the occasion the speaker was
    at, as "during his meeting with Y" is (it had been only a pointer, and lost)."""
    found = extract(f"SANTIAGO - {sentence}", dateline="Santiago")
    assert [(e.engagement_type, str(e.engagement_date), e.location, e.countries) for e in found] == [
        ("meeting", "2024-05-14", "Montevideo", ("CHL", "PRY"))
    ]


def test_a_gathering_on_whose_sidelines_one_spoke_stays_a_pointer() -> None:
    """The look-alike: "on the sidelines of the Mercosur summit" points at a gathering told
    nowhere else, and a speaker there met no one."""
    found = extract(
        "SANTIAGO - Speaking on the sidelines of the Mercosur ministerial meeting in Montevideo on Tuesday, "
        "Chilean Foreign Minister Alberto van Klaveren said the corridor would open.",
        dateline="Santiago",
    )
    assert found == []


@pytest.mark.parametrize(
    ("office", "country"),
    [
        ("Minister of Energy and Petroleum", "UGA"),  # one office, more portfolios: a counterpart
        ("Minister of Energy, Mining and Petroleum", "UGA"),
        ("Minister of Energy Transition", "KEN"),  # another office: the dateline's default stands
    ],
)
def test_an_office_with_more_portfolios_is_a_counterpart_of_its_short_form(office: str, country: str) -> None:
    """ "attended by Minister of Commerce X and Omani Minister of Commerce, Industry and
    Investment Promotion Y" in a Saudi agency's Muscat story: the short office is the long
    one's counterpart, of the other side, as two holders of the same words are (X had taken the
    dateline's country, Y's)."""
    text = (
        "NAIROBI - Ugandan Trade Minister Gabriel Ajedra and Kenyan Trade Minister Lee Kinyanjui met in "
        "Nairobi on Monday. The meeting was attended by Minister of Energy Ruth Nankabirwa and Kenyan "
        f"{office} Opiyo Wandayi."
    )
    (people,) = _people_countries(text, "Nairobi")
    assert ("Ruth Nankabirwa", country) in people


#: "by phone" or "via video link" closing the clause, past a named apposition, is the manner of
#: the talks before it: one call, no meeting in person beside it; a phone phrase of another
#: clause ("and later spoke by phone with") leaves the talks in person.
TALKS_BY_PHONE_AFTER_APPOSITION = [
    ("ACCRA - Ghanaian President John Mahama held talks with his counterpart from Cote d'Ivoire, "
     "Alassane Ouattara, by phone on Tuesday.", [("phone_call", "2024-05-14", ("CIV", "GHA"))]),
    ("ACCRA - Ghanaian President John Mahama held talks with his Togolese counterpart, President Faure "
     "Gnassingbe, via video link on Tuesday.", [("phone_call", "2024-05-14", ("GHA", "TGO"))]),
    ("ACCRA - Ghanaian President John Mahama held talks with his Togolese counterpart, President Faure "
     "Gnassingbe, in Accra on Tuesday; the two later toured a port.",
     [("meeting", "2024-05-14", ("GHA", "TGO"))]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TALKS_BY_PHONE_AFTER_APPOSITION)
def test_talks_by_phone_after_an_apposition_are_one_call(text: str, expected: list[tuple]) -> None:
    assert kinds_days_and_sides(text, "Accra") == expected


#: An event noun closing "the success/outcome of ..." that a verb of praise governs is judged,
#: told before: no meeting of the clause's own; talks held "on the success of" still meet.
PRAISED_OUTCOME_OF_AN_EVENT = [
    ("ACCRA - Ghanaian President John Mahama received a phone call on Wednesday from Togolese President "
     "Faure Gnassingbe, who congratulated him on the success of the ECOWAS ministerial talks.",
     [("phone_call", "2024-05-15", ("GHA", "TGO"))]),
    ("ACCRA - Ghanaian President John Mahama held talks with Togolese President Faure Gnassingbe on the "
     "success of the joint border meetings in Accra on Wednesday.",
     [("meeting", "2024-05-15", ("GHA", "TGO"))]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PRAISED_OUTCOME_OF_AN_EVENT)
def test_an_event_whose_success_is_praised_is_no_meeting(text: str, expected: list[tuple]) -> None:
    assert kinds_days_and_sides(text, "Accra") == expected


#: An "and" between two capitalised words of a chaired body's name, before its body noun, is
#: part of the name: the session is a forum; after the body noun the name has ended.
CHAIRED_BODY_NAMED_WITH_AND = [
    ("Ghanaian Trade Minister Elizabeth Ofosu-Adjare and Togolese Trade Minister Rose Kayi Mivedor "
     "co-chaired the fourth Joint Economic and Trade Committee in Lome on Monday.",
     [("forum", "2024-05-13", ("GHA", "TGO"))]),
    ("Ghanaian Trade Minister Elizabeth Ofosu-Adjare and Togolese Trade Minister Rose Kayi Mivedor "
     "co-chaired the Ghana-Togo Trade and Investment Council in Lome on Monday.",
     [("forum", "2024-05-13", ("GHA", "TGO"))]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CHAIRED_BODY_NAMED_WITH_AND)
def test_a_chaired_body_whose_name_has_and_is_a_forum(text: str, expected: list[tuple]) -> None:
    assert kinds_days_and_sides(text, "Lome") == expected


def test_a_chaired_body_name_ends_at_its_body_noun_before_and() -> None:
    """ "co-chaired the Joint Commission and Minister X signed ...": the name ended at its noun."""
    found = extract(
        "Ghanaian Trade Minister Elizabeth Ofosu-Adjare and Togolese Trade Minister Rose Kayi Mivedor "
        "co-chaired the Joint Commission and Minister Mivedor later toured the port of Lome on Monday.",
        dateline="Lome",
    )
    assert [e.engagement_type for e in found][:1] == ["forum"]


#: A joint body attended, taken part in, or whose delegation someone led "at", is its session, a
#: forum, as one co-chaired (the "meeting" or "session of" left unsaid); a body of one country
#: attended, and one to be attended, make none.
ATTENDED_JOINT_BODY = [
    ("Ghanaian Trade Minister Elizabeth Ofosu-Adjare attended the 6th Ghana-Togo Joint Trade Committee "
     "in Lome on Monday.",
     [("forum", "2024-05-13", ("GHA", "TGO"), ["Elizabeth Ofosu-Adjare"])]),
    ("Ghanaian Trade Minister Elizabeth Ofosu-Adjare took part in the Ghana-Togo Joint Trade Committee "
     "in Lome on Monday.",
     [("forum", "2024-05-13", ("GHA", "TGO"), ["Elizabeth Ofosu-Adjare"])]),
    ("Ghanaian Trade Minister Elizabeth Ofosu-Adjare attended the opening of the Ghana-Togo Joint Trade "
     "Committee in Lome on Monday.",
     [("forum", "2024-05-13", ("GHA", "TGO"), ["Elizabeth Ofosu-Adjare"])]),
    ("Ghanaian Trade Minister Elizabeth Ofosu-Adjare led the Ghanaian delegation at the 6th Ghana-Togo "
     "Joint Trade Committee in Lome on Monday.",
     [("forum", "2024-05-13", ("GHA", "TGO"), ["Elizabeth Ofosu-Adjare"])]),
    ("Ghanaian Trade Minister Elizabeth Ofosu-Adjare attended the National Assembly in Accra on Monday.",
     []),
    ("Ghanaian Trade Minister Elizabeth Ofosu-Adjare will attend the Ghana-Togo Joint Trade Committee "
     "in Lome next week.",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ATTENDED_JOINT_BODY)
def test_a_joint_body_attended_is_its_session(text: str, expected: list[tuple]) -> None:
    found = extract(f"ACCRA - {text}", dateline="Accra")
    assert [
        (e.engagement_type, str(e.engagement_date), e.countries, [p.name for p in e.participants])
        for e in found
    ] == expected


#: "X and Y have agreed to ..., at the end of the <ordinal> session of <body>": the agreed
#: content ends at the anchor, and the numbered session just closed is the story's forum; a
#: session pointed at on the sidelines of an unnumbered body is no forum of its own.
AGREED_AT_THE_END_OF_A_NUMBERED_SESSION = [
    ("Ghana and Togo have agreed to build a joint customs post, at the close of the fifth session of the "
     "Ghana-Togo Joint Permanent Commission in Lome.",
     [("forum", "2024-05-16", ("GHA", "TGO"))]),
    ("Ghana and Togo have agreed to build a joint customs post, on the sidelines of the Joint Permanent "
     "Commission in Lome.",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AGREED_AT_THE_END_OF_A_NUMBERED_SESSION)
def test_agreed_at_the_end_of_a_numbered_session_is_its_forum(text: str, expected: list[tuple]) -> None:
    assert kinds_days_and_sides(text, "Lome") == expected


#: A gerund of reception in a clause of time ("while receiving", "when hosting", "upon
#: welcoming") after a speech verb tells the meeting in which it was said; a gerund that
#: describes or plans ("the country receiving aid", "is hosting the summit") tells none.
RECEPTION_GERUND_IN_A_CLAUSE_OF_TIME = [
    ("LUSAKA - Zambia's Minister of Commerce, Chipoka Mulenga, said this on Tuesday while receiving "
     "Botswana's Minister of Trade, Mmusi Kgafela, in Lusaka.",
     [("meeting", "2024-05-14", ("BWA", "ZMB"))]),
    ("LUSAKA - Zambia's Minister of Commerce, Chipoka Mulenga, spoke to reporters on Monday whilst hosting "
     "a delegation of the Botswana Investment and Trade Centre led by its chief, Keletsositse Olebile.",
     [("meeting", "2024-05-13", ("BWA", "ZMB"))]),
    ("LUSAKA - Zambia, the country receiving the largest share of Botswana's grain, is hosting the "
     "regional trade fair next year.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RECEPTION_GERUND_IN_A_CLAUSE_OF_TIME)
def test_a_reception_gerund_in_a_clause_of_time_is_a_meeting(text: str, expected: list[tuple]) -> None:
    assert kinds_days_and_sides(text, "Lusaka") == expected


#: A mission of trade to a place ("a trade mission to Lima", "a business mission to Accra") is
#: a visit there, whose place the meetings told after it inherit; a mission that is an embassy
#: or a force ("the EU's mission to the African Union") is none.
TRADE_MISSION_TO_A_PLACE = [
    ("Irish Minister for Enterprise Peter Burke today concluded a four-day trade mission to Accra. "
     "On Wednesday Mr Burke met Ghana's Minister for Trade Elizabeth Ofosu-Adjare to discuss cocoa "
     "processing.",
     [("visit", "Accra", ("GHA", "IRL")), ("meeting", "Accra", ("GHA", "IRL"))]),
    ("Irish Minister for Enterprise Peter Burke will lead a business mission to Accra in June.", []),
    ("The head of Ireland's mission to the African Union, Ambassador Ciaran Madden, spoke at a seminar.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TRADE_MISSION_TO_A_PLACE)
def test_a_trade_mission_to_a_place_is_a_visit_there(text: str, expected: list[tuple]) -> None:
    assert [(e.engagement_type, e.location, e.countries) for e in extract(text)] == expected


#: The month of a "since" anchor naming an event of its own ("their first encounter since a
#: public row ... in January") is that event's: the meeting keeps the story's day; "since
#: Saturday", naming no event, still dates the start of the visit told.
SINCE_AN_EVENT_IN_A_MONTH = [
    ("NAIROBI - Kenyan President William Ruto held a short meeting with Ugandan President Yoweri "
     "Museveni at State House ahead of the dinner, their first encounter since a public row over milk "
     "tariffs in January.", [("meeting", "2024-05-16", ("KEN", "UGA"))]),
    ("NAIROBI - Ugandan President Yoweri Museveni has been on a state visit to Kenya since Monday.",
     [("visit", "2024-05-13", ("KEN", "UGA"))]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SINCE_AN_EVENT_IN_A_MONTH)
def test_the_month_of_an_event_the_meeting_is_counted_since_is_not_its_date(
    text: str, expected: list[tuple]
) -> None:
    assert kinds_days_and_sides(text, "Nairobi") == expected


@pytest.mark.parametrize(
    ("briefing", "bodies"),
    [
        ("The Inter-American Development Bank programme team also briefed the meeting.",
         ["Inter-American Development Bank"]),
        ("Officials of the African Development Bank programme office also attended the talks.",
         ["African Development Bank"]),
        # look-alike: a programme named by the body's name is a document, no side
        ("The two sides also discussed the Caribbean Development Bank programme on roads.", []),
    ],
)  # fmt: skip
def test_a_programme_noun_before_a_bodys_staff_keeps_the_body(briefing: str, bodies: list[str]) -> None:
    """ "the Asian Development Bank programme team": "programme" only qualifies the body's
    staff, so the body took part (it had been read as a document's name and dropped)."""
    text = "Guyanese President Irfaan Ali met Surinamese President Chan Santokhi in Georgetown on Tuesday. "
    found = extract(text + briefing, dateline="Georgetown")
    names = [p.name for e in found for p in e.participants if p.participant_type == "organization"]
    assert names == bodies


@pytest.mark.parametrize(
    ("signing", "expected"),
    [
        ("At the end of the session the two delegations signed a memorandum on veterinary checks.",
         [("forum", "2024-05-14", ("GHA", "TGO")), ("agreement", "2024-05-14", ("GHA", "TGO"))]),
        ("After the session Ghana and Togo signed a protocol on fishing zones.",
         [("forum", "2024-05-14", ("GHA", "TGO")), ("agreement", "2024-05-14", ("GHA", "TGO"))]),
    ],
)  # fmt: skip
def test_a_signing_after_a_fronted_anchor_without_comma_is_its_own_event(
    signing: str, expected: list[tuple]
) -> None:
    """ "At the end of the session the two sides signed ...": the anchor's comma left out, the
    main clause still starts after its event noun, so the signing is an agreement of its own (it
    had been folded into the commission's session as topics)."""
    text = (
        "ACCRA - Ghana and Togo held the third session of their joint trade commission in Accra on Tuesday, "
        "co-chaired by Ghanaian Trade Minister Kobina Asante and Togolese Trade Minister Afi Mensah.\n\n"
    )
    assert kinds_days_and_sides(text + signing, "Accra") == expected


def test_a_fronted_anchor_without_comma_keeps_a_subject_of_its_own() -> None:
    s = Sentence("After the talks Peru and Chile signed a memorandum.")
    roles = [(seg.role, s.words[seg.start]) for seg in analyse_clauses(s).segments]
    assert roles == [("anchor", "After"), ("main", "Peru")]


@pytest.mark.parametrize(
    "second",
    [
        "while Chilean utility Enel Chile and Finnish group Fortum exchanged a memorandum on wind farms",
        "whereas the Chilean firm Enap and the Finnish refiner Neste concluded a supply contract on biofuels",
    ],
)
def test_two_signings_joined_by_while_are_two_agreements(second: str) -> None:
    """ "A and B signed a deal, while C and D exchanged a memorandum": a verb that tells a signing
    by its documents opens a clause of its own, as "signed" does (the four had been one signing),
    and "the" before a name that exchanged papers opens its subject, no earlier signing."""
    text = (
        "In the presence of the two ministers, Chilean miner Codelco and Finnish group Metso signed an "
        f"agreement on crushers on Tuesday, {second}."
    )
    found = extract(text, dateline="Santiago")
    signers = [sorted(p.name for p in e.participants) for e in found]
    assert [e.engagement_type for e in found] == ["agreement", "agreement"]
    assert signers[0] == ["Codelco", "Metso"]
    assert len(signers[1]) == 2 and "Codelco" not in signers[1]


TALKED_OF_TRIPS = [
    # a trip or gathering a verb of discussing or preparing governs is subject matter: where it
    # would go, not where the talks were (the meeting had taken the topic's city)
    ("LIMA - Trade Minister Ursula Vega met Japan's Ambassador Kenji Ito on Tuesday, with whom she "
     "discussed a possible trade mission to Osaka.", "Lima"),
    ("ACCRA - Trade Minister Kofi Mensah met Indian High Commissioner Ravi Nair on Monday, with whom he "
     "discussed an investment fair in Chennai next year.", "Accra"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), TALKED_OF_TRIPS)
def test_trip_talked_of_is_no_venue(text: str, place: str) -> None:
    found = extract(text, dateline=text.split(" - ")[0].title())
    found = [e for e in found if e.engagement_type == "meeting"]
    assert found and all(e.location == place for e in found)


#: A sentence opening on a definite title ("The minister met ...") points back at the person the
#: sentence before names in full, even when that sentence tells no engagement itself.
DEFINITE_TITLE_SUBJECT = [
    ("NAIROBI - Trade Minister Rebecca Miano on Wednesday dismissed claims that Kenya had halted tea "
     "exports to Pakistan. The minister had met her Pakistani counterpart, Jam Kamal Khan, on Monday in "
     "Nairobi.", [("meeting", "2024-05-13", ("KEN", "PAK"))]),
    ("LUSAKA - Foreign Minister Mulambo Haimbe on Wednesday praised the new budget. The foreign minister "
     "met his Malawian counterpart, Nancy Tembo, on Tuesday in Lusaka.",
     [("meeting", "2024-05-14", ("MWI", "ZMB"))]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DEFINITE_TITLE_SUBJECT)
def test_definite_title_subject_points_back(text: str, expected: list[tuple]) -> None:
    assert kinds_days_and_sides(text, text.split(" - ")[0].title()) == expected


#: A joint body as the object of "held" ("held their joint ministerial commission in Z") is its
#: session, a forum, capitalized or not; "held the joint committee responsible" is none.
HELD_JOINT_BODY = [
    ("ACCRA - Ghana and Burkina Faso held their joint ministerial commission in Accra on Tuesday.",
     [("forum", "2024-05-14", ("BFA", "GHA"))]),
    ("ACCRA - Ghana and Burkina Faso held their Joint Permanent Commission in Accra on Tuesday.",
     [("forum", "2024-05-14", ("BFA", "GHA"))]),
    ("ACCRA - Ghana and Burkina Faso held the joint trade committee responsible for the delays.", []),
    # its matter after "of" ends the capitalized run past the head ("Commission"), and a day
    # after its matter on "on" is the session's day, no more of its name
    ("ACCRA - Ghana and Burkina Faso held the Joint Permanent Commission of Friendship on Tuesday.",
     [("forum", "2024-05-14", ("BFA", "GHA"))]),
    ("ACCRA - Ghana and Burkina Faso held the Joint Commission on Roads and Energy on Tuesday.",
     [("forum", "2024-05-14", ("BFA", "GHA"))]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HELD_JOINT_BODY)
def test_held_joint_body_is_its_session(text: str, expected: list[tuple]) -> None:
    assert kinds_days_and_sides(text, "Accra") == expected


#: A two-sided body hosted, opened, concluded or closed is its session as one held is (it had
#: been nothing, or the host's meeting); a thing of the body's opened or closed, or one
#: country's body hosted, is none.
HOSTED_JOINT_BODY = [
    ("ACCRA - Ghana and Togo concluded the Joint Permanent Commission in Accra on Tuesday.",
     [("forum", "2024-05-14", ("GHA", "TGO"))]),
    ("ACCRA - Ghana and Togo opened the Joint Permanent Commission on Trade on Tuesday.",
     [("forum", "2024-05-14", ("GHA", "TGO"))]),
    ("ACCRA - Ghana and Togo closed the Joint Commission in Accra on Tuesday.",
     [("forum", "2024-05-14", ("GHA", "TGO"))]),
    ("ACCRA - Ghana hosted the Togo-Ghana Joint Permanent Commission on Tuesday.",
     [("forum", "2024-05-14", ("GHA", "TGO"))]),
    ("ACCRA - Ghana and Togo opened the Joint Permanent Commission office in Accra on Tuesday.", []),
    ("ACCRA - Ghana and Togo closed the Joint Commission secretariat in Accra on Tuesday.", []),
    ("ACCRA - Ghana hosted the National Commission on Tuesday.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HOSTED_JOINT_BODY)
def test_a_hosted_or_opened_joint_body_is_its_session(text: str, expected: list[tuple]) -> None:
    assert kinds_days_and_sides(text, "Accra") == expected


def test_a_day_after_a_held_bodys_matter_is_no_topic() -> None:
    """ "held the Joint Commission on Roads and Energy on Tuesday": what the body sits on ends
    before the day (the topic had been "Roads and Energy on Tuesday", the day lost)."""
    text = (
        "ACCRA - Ghana and Burkina Faso held the Joint Commission on Roads and Energy on Tuesday in "
        "Ouagadougou."
    )
    (found,) = extract(text, dateline="Accra")
    assert (found.engagement_date, found.location, found.topics) == (
        date(2024, 5, 14),
        "Ouagadougou",
        ("Roads and Energy",),
    )


#: Leading, being set to lead or preparing a trade mission to a country is a plan: no visit,
#: no engagement. A mission led, or one under way ("who is leading"), is still told.
PLANNED_MISSIONS = [
    ("QUITO - Ecuador's Production Minister Sonsoles Garcia is set to lead a business mission to Vietnam "
     "in June.", []),
    ("QUITO - Ecuador's Production Minister Sonsoles Garcia is poised to lead an investment mission to "
     "South Korea next month.", []),
    ("QUITO - Ecuador's Production Minister Sonsoles Garcia is preparing a trade mission to Turkey, her "
     "office said on Tuesday.", []),
    ("QUITO - Ecuadorian exporters will prepare a business mission to Morocco with the chamber of "
     "commerce, Production Minister Sonsoles Garcia said on Tuesday.", []),
    ("QUITO - The production ministry said on Tuesday that it would organise a trade mission to Egypt "
     "in the autumn.", []),
    ("QUITO - Ecuador's Production Minister Sonsoles Garcia led a trade mission to Vietnam on Tuesday.",
     [("visit", "2024-05-14", ("ECU", "VNM"))]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PLANNED_MISSIONS)
def test_a_mission_to_be_led_or_prepared_is_a_plan(text: str, expected: list[tuple]) -> None:
    assert kinds_days_and_sides(text, "Quito") == expected


#: "returned from <City>, where he took part in ...": what the "where" clause tells was done in
#: the city left, not at the dateline; a trip home with no "where" still places nothing there.
RETURNED_FROM_WHERE = [
    ("BUDAPEST - Hungarian Foreign Minister Peter Szijjarto returned from Bratislava on Tuesday, where he "
     "held talks with his Slovak counterpart Juraj Blanar.", "Bratislava"),
    ("BUDAPEST - Hungarian Foreign Minister Peter Szijjarto on Tuesday returned from Bratislava, where he "
     "took part in talks with Slovak Foreign Minister Juraj Blanar.", "Bratislava"),
    ("DHAKA - Bangladesh's Commerce Minister Ahsanul Islam has returned from Kuala Lumpur, where he "
     "signed a halal trade accord with Malaysian Trade Minister Tengku Zafrul Aziz.", "Kuala Lumpur"),
    ("BUDAPEST - Hungarian Foreign Minister Peter Szijjarto returned to Budapest on Tuesday after talks in "
     "Bratislava with his Slovak counterpart Juraj Blanar.", "Bratislava"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), RETURNED_FROM_WHERE)
def test_the_city_a_trip_home_left_is_where_its_where_clause_happened(text: str, place: str) -> None:
    found = extract(text, dateline=text.split(" - ")[0].title())
    assert found and all(e.location == place for e in found)


def people_and_sides(text: str) -> list[tuple[tuple[str, ...], list[tuple[str, str | None]]]]:
    return [
        (e.countries, [(p.name, p.country_iso3) for p in e.participants if p.participant_type == "person"])
        for e in extract(text, dateline=text.split(" - ")[0].title())
    ]


#: A guest told as an office in lower case with the name in apposition after it ("received the
#: trade minister of Ghana, A B", "the head of the Malian delegation, A B") is received, with
#: the country of the office; so is a guest named first whose office, after the comma, heads a
#: country's delegation. Without a name after the comma the object is no person.
OFFICE_THEN_NAME_OBJECTS = [
    ("BAMAKO - Malian Foreign Minister Abdoulaye Diop received the head of the Nigerien delegation, "
     "Bakary Yaou Sangare, in Bamako on Tuesday.",
     [(("MLI", "NER"), [("Abdoulaye Diop", "MLI"), ("Bakary Yaou Sangare", "NER")])]),
    ("BAMAKO - Malian Foreign Minister Abdoulaye Diop on Tuesday received the foreign minister of "
     "Burkina Faso, Karamoko Traore.",
     [(("BFA", "MLI"), [("Abdoulaye Diop", "MLI"), ("Karamoko Traore", "BFA")])]),
    ("BAMAKO - Malian Foreign Minister Abdoulaye Diop hosted the leader of the Guinean business "
     "delegation, Mamadi Camara, on Tuesday.",
     [(("GIN", "MLI"), [("Abdoulaye Diop", "MLI"), ("Mamadi Camara", "GIN")])]),
    ("BAMAKO - Malian Foreign Minister Abdoulaye Diop received Bakary Yaou Sangare, head of the "
     "Nigerien delegation, in Bamako on Tuesday.",
     [(("MLI", "NER"), [("Abdoulaye Diop", "MLI"), ("Bakary Yaou Sangare", "NER")])]),
    ("BAMAKO - Malian Foreign Minister Abdoulaye Diop met Bakary Yaou Sangare, the head of the "
     "Nigerien delegation, on Tuesday.",
     [(("MLI", "NER"), [("Abdoulaye Diop", "MLI"), ("Bakary Yaou Sangare", "NER")])]),
    ("BAMAKO - Malian Foreign Minister Abdoulaye Diop received the support of the Nigerien delegation, "
     "officials said on Tuesday.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OFFICE_THEN_NAME_OBJECTS)
def test_an_office_then_a_name_as_object_is_a_guest_of_that_country(text: str, expected: list) -> None:
    assert people_and_sides(text) == expected


#: Leaders of a bloc or of a region's states ("of the six Western Balkan countries", "of the X
#: Community") who met or gathered held a summit: a forum, whose sides are only the countries
#: the story names among those who attended (a bloc's members are never guessed). A list of
#: countries stays a meeting; a group that names no one attending is no engagement.
GROUP_SUMMITS = [
    ("SOFIA - The presidents of the five Central Asian states met in Astana on Tuesday. Kyrgyz "
     "President Sadyr Japarov and Tajik President Emomali Rahmon attended.",
     [("forum", "2024-05-14", ("KGZ", "TJK"))]),
    ("SOFIA - Heads of state of the Southern African Development Community gathered in Gaborone on "
     "Tuesday. The summit was attended by Zambian President Hakainde Hichilema and Malawian President "
     "Lazarus Chakwera.", [("forum", "2024-05-14", ("MWI", "ZMB"))]),
    ("SOFIA - The heads of state of the seven Western Balkan nations, among them Montenegrin President "
     "Jakov Milatovic and Bosnian Presidency chair Zeljko Komsic, met in Podgorica on Tuesday.",
     [("forum", "2024-05-14", ("BIH", "MNE"))]),
    ("SOFIA - Leaders of the five Central Asian states met in Astana on Tuesday to discuss water.", []),
    ("SOFIA - The presidents of Bulgaria, Romania and Greece met in Varna on Tuesday.",
     [("meeting", "2024-05-14", ("BGR", "GRC", "ROU"))]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GROUP_SUMMITS)
def test_leaders_of_a_bloc_or_region_who_met_held_a_summit(text: str, expected: list[tuple]) -> None:
    assert kinds_days_and_sides(text, "Sofia") == expected


#: The city of a meeting still to come, told after the one reported ("and said they would meet
#: again in Y", "agreed to hold the next round of talks in Y"), is no place of the meeting
#: reported: that one keeps its own city, or the dateline's. "Met in Y" stays in Y.
MEETING_TO_COME_ELSEWHERE = [
    ("HELSINKI - Finnish Foreign Minister Elina Valtonen and her Estonian counterpart Margus Tsahkna held "
     "talks on Tuesday and said they would meet again in Tallinn in the spring.", "Helsinki"),
    ("HELSINKI - Finnish Foreign Minister Elina Valtonen met her Estonian counterpart Margus Tsahkna in "
     "Turku on Tuesday, and the ministers said they will reconvene in Tallinn in June.", "Turku"),
    ("HELSINKI - Finland and Estonia agreed on Tuesday to hold the next round of energy talks in Tallinn, "
     "after Finnish Foreign Minister Elina Valtonen met Estonian Foreign Minister Margus Tsahkna.",
     "Helsinki"),
    ("HELSINKI - Finnish Foreign Minister Elina Valtonen met her Estonian counterpart Margus Tsahkna in "
     "Tallinn on Tuesday ahead of next month's summit in Riga.", "Tallinn"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), MEETING_TO_COME_ELSEWHERE)
def test_the_city_of_a_meeting_to_come_does_not_place_the_one_reported(text: str, place: str) -> None:
    found = extract(text, dateline="Helsinki")
    assert found and all(e.location == place for e in found)


#: The day of a trip home, told before its "from" or before the verb ("returned on Tuesday from
#: Bratislava, where ...", "on Tuesday returned from ..."), is the return's: the events of the
#: "where" clause were before it, on a day the sentence does not give.
RETURN_DAY_BEFORE_FROM = [
    "BUDAPEST - Hungarian Foreign Minister Peter Szijjarto returned on Tuesday from Bratislava, where he "
    "held talks with his Slovak counterpart Juraj Blanar.",
    "BUDAPEST - Hungarian Foreign Minister Peter Szijjarto on Tuesday returned from Bratislava, where he "
    "held talks with his Slovak counterpart Juraj Blanar.",
    "BUDAPEST - Hungarian Foreign Minister Peter Szijjarto returned yesterday from Bratislava, where he "
    "held talks with his Slovak counterpart Juraj Blanar.",
]


@pytest.mark.parametrize("text", RETURN_DAY_BEFORE_FROM)
def test_the_day_of_a_trip_home_does_not_date_what_was_done_before_it(text: str) -> None:
    assert kinds_and_days(text, "Budapest") == [("meeting", None)]


#: A trip someone is organising or planning, told in the present, is a plan; one organised in
#: the past may have been made and is left as it was.
ORGANISED_MISSIONS = [
    ("QUITO - Ecuador's Production Minister Sonsoles Garcia is organising an investment mission to "
     "Vietnam for June.", []),
    ("QUITO - Ecuador's export agency is planning a trade mission to Turkey, Production Minister Sonsoles "
     "Garcia said on Tuesday.", []),
    ("QUITO - Ecuador's Production Minister Sonsoles Garcia organised a trade mission to Vietnam on Monday.",
     [("visit", "2024-05-13", ("ECU", "VNM"))]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ORGANISED_MISSIONS)
def test_a_mission_being_organised_is_a_plan(text: str, expected: list[tuple]) -> None:
    assert kinds_days_and_sides(text, "Quito") == expected


#: A summit named by the group that holds it ("a summit of Western Balkan leaders", "the summit
#: of the five Central Asian states") is named as "the Western Balkans summit" is: told with its
#: day or place, it waits for those the next sentence says attended; with no one named as
#: attending there is no engagement (its members are never guessed).
SUMMITS_OF_A_GROUP = [
    ("SOFIA - A summit of Central Asian leaders was held in Astana on Tuesday. Kyrgyz President Sadyr "
     "Japarov and Tajik President Emomali Rahmon attended.", [("forum", "2024-05-14", ("KGZ", "TJK"))]),
    ("SOFIA - The summit of the five Central Asian states took place in Astana on Tuesday. It was attended "
     "by Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon.",
     [("forum", "2024-05-14", ("KGZ", "TJK"))]),
    ("SOFIA - A summit of Central Asian leaders was held in Astana on Tuesday to discuss water.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SUMMITS_OF_A_GROUP)
def test_a_summit_of_a_named_group_waits_for_its_attendees(text: str, expected: list[tuple]) -> None:
    assert kinds_days_and_sides(text, "Sofia") == expected


#: A participle with its agent ("the goods covered by the customs pact") describes a noun: it
#: opens no topic, so the talks after it and their sides stay events and people.
AGENT_PARTICIPLES = [
    ("Tariff lines covered by the customs pact were on the agenda of talks between Chilean Finance Minister "
     "Mario Marcel and Uruguayan Economy Minister Gabriel Oddone, held in Montevideo on Tuesday.",
     [("meeting", "2024-05-14", ("CHL", "URY"))]),
    ("Quotas governed by the fisheries accord featured in talks between Chilean Finance Minister Mario "
     "Marcel and Uruguayan Economy Minister Gabriel Oddone in Montevideo on Monday.",
     [("meeting", "2024-05-13", ("CHL", "URY"))]),
    ("Chilean Finance Minister Mario Marcel and Uruguayan Economy Minister Gabriel Oddone discussed the "
     "tariff lines covered by the customs pact in Montevideo on Monday.",
     [("meeting", "2024-05-13", ("CHL", "URY"))]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AGENT_PARTICIPLES)
def test_a_participle_with_its_agent_opens_no_topic(text: str, expected: list[tuple]) -> None:
    assert kinds_days_and_sides(text, "Montevideo") == expected


#: "put their names to (on) a memorandum", "put pen to paper on a deal": a signing; "put" with
#: anything but a document signed ("put their names to an appeal", "put it to a vote") is none.
PUT_TO_SIGN = [
    ("Chilean Finance Minister Mario Marcel met Uruguayan Economy Minister Gabriel Oddone in Montevideo on "
     "Monday. On Tuesday the two ministers put their names to a memorandum on port fees.",
     [("meeting", "2024-05-13"), ("agreement", "2024-05-14")]),
    ("Chilean Finance Minister Mario Marcel and Uruguayan Economy Minister Gabriel Oddone put pen to paper "
     "on a tax treaty in Montevideo on Tuesday.", [("agreement", "2024-05-14")]),
    # a document of a longer name after "pen to paper on" (it had been out of reach)
    ("Chile and Uruguay put pen to paper on a port and customs cooperation protocol in Montevideo on "
     "Tuesday.", [("agreement", "2024-05-14")]),
    ("Chilean Finance Minister Mario Marcel and Uruguayan Economy Minister Gabriel Oddone put their "
     "signatures to a customs protocol in Montevideo on Tuesday.", [("agreement", "2024-05-14")]),
    # "on" as "to" (it had been no signing)
    ("Chilean Finance Minister Mario Marcel and Uruguayan Economy Minister Gabriel Oddone put their "
     "signatures on the Protocol of the Third Session on Tuesday.", [("agreement", "2024-05-14")]),
    ("Chilean Finance Minister Mario Marcel met Uruguayan Economy Minister Gabriel Oddone in Montevideo on "
     "Monday. They put their names to an appeal for calm.", [("meeting", "2024-05-13")]),
    ("Chilean Finance Minister Mario Marcel met Uruguayan Economy Minister Gabriel Oddone in Montevideo on "
     "Monday. They put their names on a list of speakers.", [("meeting", "2024-05-13")]),
    ("Chilean Finance Minister Mario Marcel met Uruguayan Economy Minister Gabriel Oddone in Montevideo on "
     "Monday. They put the fee question to a panel of experts.", [("meeting", "2024-05-13")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PUT_TO_SIGN)
def test_names_put_to_a_document_sign_it(text: str, expected: list[tuple]) -> None:
    assert kinds_and_days(text, "Montevideo") == expected


#: "struck a deal", "clinched an accord", "penned a memorandum": a signing, as "concluded a
#: contract" is, only with a document for object (they had told none).
DOCUMENT_VERBS = [
    ("Chile and Uruguay struck a customs deal in Montevideo on Tuesday.", [("agreement", "2024-05-14")]),
    ("Chile and Uruguay clinched a port services accord in Montevideo on Tuesday.",
     [("agreement", "2024-05-14")]),
    ("Chilean Finance Minister Mario Marcel and Uruguayan Economy Minister Gabriel Oddone penned a "
     "memorandum on port fees in Montevideo on Tuesday.", [("agreement", "2024-05-14")]),
    # no document for object, or one that is the passive's agent: no signing
    ("Chilean Finance Minister Mario Marcel and Uruguayan Economy Minister Gabriel Oddone struck an "
     "upbeat tone in Montevideo on Tuesday.", []),
    ("Chile clinched the cup against Uruguay in Montevideo on Tuesday.", []),
    ("Chilean Finance Minister Mario Marcel penned a column on the Uruguayan accord on Tuesday.", []),
    ("Chilean Finance Minister Mario Marcel was struck by the treaty with Uruguay.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DOCUMENT_VERBS)
def test_a_deal_struck_clinched_or_penned_is_signed(text: str, expected: list[tuple]) -> None:
    assert kinds_and_days(text, "Montevideo") == expected


#: "meet" with a requirement for object ("meet hygiene requirements", "met the demand") is a
#: need satisfied: no one is met (a second meeting of one person had been made of it).
REQUIREMENTS_MET = [
    ("Colombian Ambassador Lina Herrera said Colombia was open to sending a team to help Ecuadorian "
     "exporters meet hygiene requirements.", []),
    ("Ecuador's Trade Minister Sonia Castro met Colombian Trade Minister Diana Morales in Quito on Monday. "
     "Exports rose 4 percent last year. Castro said Ecuadorian growers could meet the rising demand for "
     "cut flowers.", [("meeting", "2024-05-13")]),
    ("Ecuador's Trade Minister Sonia Castro will meet the new standards body of Colombia, Icontec, in Quito "
     "on Monday.", []),
    ("Ecuador's Trade Minister Sonia Castro met Colombian Trade Minister Diana Morales in Quito on Monday to "
     "discuss new export standards.", [("meeting", "2024-05-13")]),
    # a demonym saying whose the requirement is (a second meeting had been made of it)
    ("Ecuador's Trade Minister Sonia Castro met Colombian Trade Minister Diana Morales in Quito on Monday. "
     "Speaking to reporters after the meeting, Castro said they had talked about ways to help Ecuadorian "
     "growers meet Colombian phytosanitary requirements, so that more flowers could enter the Colombian "
     "market.", [("meeting", "2024-05-13")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REQUIREMENTS_MET)
def test_a_requirement_met_is_no_meeting(text: str, expected: list[tuple]) -> None:
    assert kinds_and_days(text, "Quito") == expected


#: A message or greetings handed over inside talks told before ("During the talks", "At the
#: start of the meeting") went through the one those talks were with: the recipient named, a
#: head of state who took no part, is met by no one and joins no one's talks.
DELIVERED_INSIDE_TALKS = [
    "During the talks, Rosa Villavicencio conveyed warm greetings from President of Peru Dina Boluarte to "
    "President of Ecuador Daniel Noboa.",
    "At the beginning of the talks, Rosa Villavicencio conveyed greetings from President of Peru Dina "
    "Boluarte to President of Ecuador Daniel Noboa.",
    "At the start of the meeting, she handed over a letter from President of Peru Dina Boluarte to "
    "President of Ecuador Daniel Noboa.",
]


@pytest.mark.parametrize("delivery", DELIVERED_INSIDE_TALKS)
def test_a_delivery_inside_told_talks_meets_no_recipient(delivery: str) -> None:
    text = (
        "Peruvian Foreign Minister Rosa Villavicencio held talks with Ecuadorian Vice President Maria Jose "
        f"Pinto in Quito on Tuesday. {delivery}"
    )
    found = extract(text, dateline="Quito")
    assert [(e.engagement_type, sorted(p.name for p in e.participants)) for e in found] == [
        ("meeting", ["Maria Jose Pinto", "Rosa Villavicencio"])
    ]


def test_a_delivery_of_its_own_still_meets_the_recipient() -> None:
    """Told with no talks around it, the envoy who hands over the letter meets its recipient."""
    text = (
        "Peruvian Foreign Minister Rosa Villavicencio arrived in Quito on Tuesday. During the visit, she "
        "handed over a letter from President of Peru Dina Boluarte to President of Ecuador Daniel Noboa."
    )
    meetings = [e for e in extract(text, dateline="Quito") if e.engagement_type == "meeting"]
    assert [sorted(p.name for p in e.participants) for e in meetings] == [
        ["Daniel Noboa", "Rosa Villavicencio"]
    ]


#: "X then headed to <place>, where Y welcomed him" after X met someone of that country: a move
#: from one meeting of the stay to the next, no visit of its own (the meetings of one pair on
#: one day are told as one); a move to another country's city, where other sides meet, is one.
MOVES_WITHIN_A_STAY = [
    ("Ecuadorian President Daniel Noboa received Bolivian Foreign Minister Celinda Sosa at Carondelet "
     "Palace on Monday morning. Sosa then headed to the National Assembly, where Ecuadorian Assembly "
     "President Niels Olsen welcomed her.", [("meeting", "2024-05-13")]),
    ("Ecuadorian President Daniel Noboa received Bolivian Foreign Minister Celinda Sosa in Quito on "
     "Monday. Sosa later travelled to Guayaquil, where Ecuadorian Vice President Maria Jose Pinto "
     "welcomed her.", [("meeting", "2024-05-13")]),
    ("Ecuadorian President Daniel Noboa received Bolivian Foreign Minister Celinda Sosa in Quito on "
     "Monday. Sosa then flew to Bogota, where Colombian President Gustavo Petro received her.",
     [("meeting", "2024-05-13"), ("visit", "2024-05-13")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MOVES_WITHIN_A_STAY)
def test_a_move_to_the_next_meeting_is_no_visit(text: str, expected: list[tuple]) -> None:
    assert kinds_and_days(text, "Quito") == expected


#: "took stock of X" reviews X as "reviewed" does: negotiations named there are what was
#: reviewed, no meeting of their own (one had been drafted beside the call told before).
STOCK_TAKEN = [
    ("Ghanaian Trade Minister Elizabeth Ofosu-Adjare spoke with her Nigerian counterpart Jumoke Oduwole by "
     "phone on Wednesday. The two women took stock of negotiations on a customs pact and agreed their "
     "officials would meet again in March.", [("phone_call", "2024-05-15")]),
    ("Ghanaian Trade Minister Elizabeth Ofosu-Adjare met Nigerian Trade Minister Jumoke Oduwole in Accra "
     "on Wednesday and took stock of bilateral trade.", [("meeting", "2024-05-15")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STOCK_TAKEN)
def test_what_stock_is_taken_of_is_the_topic(text: str, expected: list[tuple]) -> None:
    assert kinds_and_days(text, "Accra") == expected


#: Goods "headed to" a country travel as no one does: no visit.
GOODS_ON_THEIR_WAY = [
    ("Ghana's imports from Nigeria reached $3 billion last year, while Ghanaian exports headed to Nigeria "
     "amounted to $1.2 billion.", []),
    ("Ghanaian Trade Minister Elizabeth Ofosu-Adjare headed to Nigeria on Monday for talks with her "
     "counterpart Jumoke Oduwole.", [("visit", "2024-05-13"), ("meeting", "2024-05-13")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GOODS_ON_THEIR_WAY)
def test_goods_headed_somewhere_are_no_visit(text: str, expected: list[tuple]) -> None:
    assert kinds_and_days(text, "Accra") == expected


#: "was met at the airport by X" is the arrival's greeting as "was received at the airport by X"
#: is: no meeting with X, unless X is the host head of state or government, but the guest's visit.
MET_AT_THE_AIRPORT = [
    ("Malawian Trade Minister Vitumbiko Mumba arrived in Lusaka on Tuesday and was met at Kenneth Kaunda "
     "International Airport by Zambian Foreign Minister Mulambo Haimbe.", [("visit", "2024-05-14")]),
    ("Malawian Trade Minister Vitumbiko Mumba arrived in Lusaka on Tuesday and was met at the airport by "
     "Zambian President Hakainde Hichilema.", [("visit", "2024-05-14"), ("meeting", "2024-05-14")]),
    ("Malawian Trade Minister Vitumbiko Mumba was met by Zambian Foreign Minister Mulambo Haimbe in Lusaka "
     "on Tuesday.", [("meeting", "2024-05-14")]),
    # the welcome alone tells the arrival: the guest's visit, as "arrived at the airport" does
    ("Malawian Trade Minister Vitumbiko Mumba was received upon his arrival at Kenneth Kaunda International "
     "Airport on Tuesday by Zambian Foreign Minister Mulambo Haimbe.", [("visit", "2024-05-14")]),
    ("Malawian Trade Minister Vitumbiko Mumba was received at Lusaka airport on Tuesday by Foreign Minister "
     "Mulambo Haimbe.", [("visit", "2024-05-14")]),
    ("Malawian Trade Minister Vitumbiko Mumba was welcomed on the tarmac of Kenneth Kaunda International "
     "Airport on Tuesday by Zambian Foreign Minister Mulambo Haimbe.", [("visit", "2024-05-14")]),
    # near misses: a planned welcome, goods received at an airport, a palace reception (a meeting)
    ("Malawian Trade Minister Vitumbiko Mumba will be received at the airport on Tuesday by Zambian "
     "Foreign Minister Mulambo Haimbe.", []),
    ("The first consignment of Malawian soya was received at Lusaka airport on Tuesday.", []),
    ("Malawian Trade Minister Vitumbiko Mumba was received at State House on Tuesday by Zambian President "
     "Hakainde Hichilema.", [("meeting", "2024-05-14")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MET_AT_THE_AIRPORT)
def test_met_at_the_airport_is_a_greeting(text: str, expected: list[tuple]) -> None:
    assert kinds_and_days(text, "Lusaka") == expected


#: "flew in on Tuesday" is an arrival at the place the story is about, as "arrived in Lusaka" is;
#: "sat down with members of the X Chamber" is a meeting with the chamber, as "met members of" is.
ARRIVALS_AND_MEMBERS = [
    ("Malawian Trade Minister Vitumbiko Mumba is holding talks in Lusaka this week. Mr Mumba flew in on "
     "Tuesday and met Zambian Foreign Minister Mulambo Haimbe.",
     [("visit", "2024-05-14"), ("meeting", "2024-05-14")]),
    ("Malawian Trade Minister Vitumbiko Mumba met Zambian Foreign Minister Mulambo Haimbe in Lusaka on "
     "Tuesday. On Wednesday Mr Mumba sat down with members of the Zambia Chamber of Commerce and Industry.",
     [("meeting", "2024-05-14"), ("meeting", "2024-05-15")]),
    ("Malawian Trade Minister Vitumbiko Mumba met Zambian Foreign Minister Mulambo Haimbe in Lusaka on "
     "Tuesday. On Wednesday Mr Mumba sat down with members of the press.", [("meeting", "2024-05-14")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ARRIVALS_AND_MEMBERS)
def test_flying_in_and_sitting_down_with_members(text: str, expected: list[tuple]) -> None:
    assert kinds_and_days(text, "Lusaka") == expected


#: "arrived on Tuesday" is an arrival at the story's place as "arrived in Lusaka on Tuesday" is;
#: shipments that arrive on a weekday are none.
ARRIVED_ON_A_WEEKDAY = [
    ("LUSAKA - Malawian Trade Minister Vitumbiko Mumba arrived on Tuesday for a two-day visit. He met "
     "Zambian Foreign Minister Mulambo Haimbe on Wednesday.",
     [("visit", "2024-05-14"), ("meeting", "2024-05-15")]),
    ("LUSAKA - The first shipments of Malawian maize arrived on Tuesday.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ARRIVED_ON_A_WEEKDAY)
def test_arrived_on_a_weekday_is_an_arrival(text: str, expected: list[tuple]) -> None:
    assert kinds_and_days(text, "Lusaka") == expected


#: "It was their first meeting since ..." says what the event just told was (a call here): no
#: meeting of its own.
def test_it_was_their_first_meeting_names_the_event_told() -> None:
    text = (
        "Malawian Trade Minister Vitumbiko Mumba and Zambian Trade Minister Chipoka Mulenga agreed to ease "
        "border checks in online talks held on Wednesday. It was their first meeting since Mulenga took "
        "office in January."
    )
    assert kinds_and_days(text, "Lusaka") == [("phone_call", "2024-05-15")]


#: "The previous talks ... were between X and Y's predecessor, Z": an earlier meeting, undated,
#: of X and Z (Y, named only as whose predecessor Z was, took no part), no more of the event told.
def test_previous_talks_are_an_earlier_meeting_of_their_own() -> None:
    text = (
        "Malawian Trade Minister Vitumbiko Mumba and Zambian Trade Minister Chipoka Mulenga agreed to ease "
        "border checks in online talks held on Wednesday. The previous ministerial talks, in Blantyre, were "
        "between Mulenga and Mumba's predecessor, Sosten Gwengwe."
    )
    found = [
        (e.engagement_type, str(e.engagement_date) if e.engagement_date else None, e.location,
         sorted(p.name for p in e.participants))
        for e in extract(text, dateline="Lusaka")
    ]  # fmt: skip
    assert found == [
        ("phone_call", "2024-05-15", None, ["Chipoka Mulenga", "Vitumbiko Mumba"]),
        ("meeting", None, "Blantyre", ["Chipoka Mulenga", "Sosten Gwengwe"]),
    ]


@pytest.mark.parametrize("opening", ["The next day she", "The next day, she", "The following day she"])
def test_a_day_word_before_the_light_verb_is_no_adjective_of_the_noun(opening: str) -> None:
    """ "Y arrived in Lima on Monday. The next day she held talks with X": "next" is the day's,
    before the light verb, so the talks are held, not to come (without the comma they had been
    read as "the next talks" and dropped)."""
    assert kinds_days_and_sides(
        "Estonian Foreign Minister Liina Tamm arrived in Lima on Monday. "
        f"{opening} held talks with Peruvian Foreign Minister Elmer Schialer."
    ) == [("visit", "2024-05-13", ("EST", "PER")), ("meeting", "2024-05-14", ("EST", "PER"))]


@pytest.mark.parametrize("opening", ["The next day,", "The following day,", "A day later,"])
def test_a_day_counted_from_the_event_before_holds_for_each_event_of_the_sentence(opening: str) -> None:
    """ "X met Y on Monday. The next day, X held talks with Y and signed a memorandum": both
    events of the sentence are a day after Monday's meeting (the signing had counted from the
    talks drafted just before it, a day later still)."""
    assert kinds_days_and_sides(
        "Estonian Foreign Minister Liina Tamm met Peruvian Ambassador Jorge Rojas on Monday. "
        f"{opening} Tamm held talks with Rojas and signed a memorandum on port cooperation."
    ) == [
        ("meeting", "2024-05-13", ("EST", "PER")),
        ("meeting", "2024-05-14", ("EST", "PER")),
        ("agreement", "2024-05-14", ("EST", "PER")),
    ]


def test_a_day_counted_from_an_event_told_before_it_in_the_sentence_stays() -> None:
    """ "X held talks with Z on Tuesday and the next day signed ...": the event the sentence
    tells before the words is what they count from, as before."""
    assert kinds_days_and_sides(
        "Estonian Foreign Minister Liina Tamm met Peruvian Ambassador Jorge Rojas on Monday. Tamm held "
        "talks with Chilean Ambassador Rosa Vidal on Tuesday and the next day signed a memorandum with her."
    ) == [
        ("meeting", "2024-05-13", ("EST", "PER")),
        ("meeting", "2024-05-14", ("CHL", "EST")),
        ("agreement", "2024-05-15", ("CHL", "EST")),
    ]


def test_a_second_agent_after_a_relative_clause_on_the_first_signed_too() -> None:
    """ "was signed in Beijing last year by X, who held the same portfolio at the time, and Chinese
    Minister Y": the relative clause on the first agent closes before ", and", so Y signed too
    (the clause had swallowed Y, and the one-sided signing was dropped)."""
    assert kinds_days_and_sides(
        "NAIROBI - Kenyan Trade Minister Lee Kinyanjui met Chinese Ambassador Guo Haiyan in Nairobi on "
        "Monday. The free trade agreement was signed in Beijing on October 17 last year by Kinyanjui, "
        "who held the same portfolio at the time, and Chinese Commerce Minister Wang Wentao.",
        dateline="Nairobi",
    ) == [("meeting", "2024-05-13", ("CHN", "KEN")), ("agreement", "2023-10-17", ("CHN", "KEN"))]


def test_a_bare_weekday_opens_an_adverbial_set_off_after_received() -> None:
    """ "X received, Monday at the headquarters of the ministry, the Ambassador of ...": French
    copy translated writes the day bare, no "on", in the adverbial between the verb and its
    guest, who is past it as after "received, on Monday, ..." (the talks had been lost)."""
    (meeting,) = extract(
        "TUNIS - Minister of Industry and Mines, Sami Ben Salah received, Tuesday at the headquarters "
        "of the ministry, the Ambassador of the Federal Republic of Germany in Tunisia, Klaus Weber."
    )
    assert meeting.engagement_type == "meeting"
    assert sorted(p.name for p in meeting.participants) == ["Klaus Weber", "Sami Ben Salah"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("at the Government Palace, Chilean President Gabriel Boric",
         [("meeting", "2024-05-14", ("CHL", "PER"))]),
        ("in the Blue Hall, Chilean President Gabriel Boric", [("meeting", "2024-05-14", ("CHL", "PER"))]),
        ("at the ministry's headquarters, Chilean President Gabriel Boric",
         [("meeting", "2024-05-14", ("CHL", "PER"))]),
        # a thing after the venue is no guest
        ("at the Government Palace, a concert for Chilean residents", []),
    ],
)  # fmt: skip
def test_a_venue_set_off_by_commas_after_the_day_comes_before_the_guest(text: str, found: list) -> None:
    """ "X hosted on Tuesday, at the Presidential Palace, Lithuanian President Y": verb, day, a
    venue set off by commas, then the guest, as EFE, Agerpres and ANSA write it; the venue is
    skipped as a city set off so is (the reception had been lost)."""
    assert kinds_days_and_sides(f"Peruvian President Dina Boluarte hosted on Tuesday, {text}.") == found


@pytest.mark.parametrize("opening", ["At the conclusion of the talks", "At the issue of the talks"])
def test_a_signing_at_the_conclusion_of_the_talks_is_on_their_day(opening: str) -> None:
    """ "At the conclusion of the talks, the two ministers signed ...": the signing closes the
    talks told before, on their day, as "At the end of the talks" does (it had taken the day
    of the guest's arrival told in between); "at the issue of" is the French "à l'issue de"."""
    found = extract(
        "LIMA - Peruvian Trade Minister Jorge Salas and the Moroccan Minister of Commerce, Karim Idrissi, "
        "held talks on Monday in Lima on trade. The Moroccan minister arrived in Lima on Sunday on a "
        f"two-day working visit. {opening}, the two ministers signed an executive programme for trade "
        "cooperation."
    )
    days = {e.engagement_type: str(e.engagement_date) for e in found}
    assert days["agreement"] == days["meeting"] == "2024-05-13"


@pytest.mark.parametrize(
    "party",
    [
        "the Chilean Foreign Minister, Alberto van Klaveren",  # a capitalized title "the" opens
        "the US Trade Representative, Jamieson Greer",
        "the Chilean leader, Alberto van Klaveren",  # a name's particle in lower case
    ],
)
def test_a_title_then_its_holder_after_a_comma_is_one_party(party: str) -> None:
    """ "during his meeting with the Chilean Foreign Minister, Alberto van Klaveren": the comma
    between a title and its holder cuts no clause (the name had become a clause of its own, and
    the meeting had lost its other side, or its place and day)."""
    text = (
        "QUITO - Ecuadorian Minister Luis Jaramillo presented the figures in Washington on Monday "
        f"during his meeting with {party}."
    )
    found = [(e.engagement_type, e.location, len(e.countries)) for e in extract(text)]
    assert found == [("meeting", "Washington", 2)]


@pytest.mark.parametrize("opening", ["At the same meeting", "During the talks", "At that meeting"])
def test_a_sentence_opening_inside_an_undated_event_is_as_undated(opening: str) -> None:
    """ "X met Y in Washington last week. At the same meeting, both signed ...": the signing is
    part of the meeting, of no stated day and at its place (it had taken the story's day and
    the dateline's city)."""
    text = (
        "QUITO - Ecuadorian Minister Luis Jaramillo met US Trade Representative Jamieson Greer in "
        f"Washington last week. {opening}, both officials signed a letter of intent on customs."
    )
    found = {(e.engagement_type, e.engagement_date, e.location) for e in extract(text, dateline="Quito")}
    assert found == {("meeting", None, "Washington"), ("agreement", None, "Washington")}


def test_a_speaker_recalling_his_own_talks_took_part_in_them() -> None:
    """ "X highlighted ..., recalling his talks with Y in Yerevan on January 22": "his" makes the
    recalled talks the speaker's own (the talks had had one side only, and were lost); a remark
    added after a speech verb ("adding that the sides had signed ...") still tells others'."""
    text = (
        "YEREVAN - Armenian Prime Minister Nikol Pashinyan highlighted the development of relations, "
        "recalling his talks with Georgian Prime Minister Irakli Kobakhidze in Yerevan on January 22."
    )
    found = [(e.engagement_type, e.engagement_date, e.countries) for e in extract(text)]
    assert found == [("meeting", date(2024, 1, 22), ("ARM", "GEO"))]


#: "spoke" with its day told before "with" ("spoke Thursday with X", AP style), and two sides who
#: "spoke on Tuesday." with nothing more in the clause: a call (both had been nothing). A speech
#: tells where it was given, and stays none.
SPOKE_ON_A_DAY = [
    ("Argentine President Javier Milei spoke Tuesday with Italian Prime Minister Giorgia Meloni.",
     [("phone_call", "2024-05-14", ("ARG", "ITA"))]),
    ("Argentine President Javier Milei spoke on Tuesday evening with Italian Prime Minister Giorgia Meloni.",
     [("phone_call", "2024-05-14", ("ARG", "ITA"))]),
    ("Argentine President Javier Milei and Italian Prime Minister Giorgia Meloni spoke on Tuesday.",
     [("phone_call", "2024-05-14", ("ARG", "ITA"))]),
    ("Argentine President Javier Milei and Italian Prime Minister Giorgia Meloni spoke Tuesday, "
     "officials said.", [("phone_call", "2024-05-14", ("ARG", "ITA"))]),
    ("Argentine President Javier Milei spoke on Tuesday to students in Rome.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SPOKE_ON_A_DAY)
def test_spoke_on_a_day_is_a_call(text: str, expected: list[tuple]) -> None:
    assert kinds_days_and_sides(text) == expected


#: A clause after ", but" or ", while" that only tells an event called off or someone away names
#: no side of the event told before it ("X met Y in Lima, while a planned meeting with the
#: Chilean minister was cancelled"; its country had been made a side, its person a participant).
#: A clause that tells someone there, or an event held, still counts.
CALLED_OFF_OR_AWAY_AFTER_A_CONTRAST = [
    (", while a planned meeting with the Chilean minister was cancelled.", ("BOL", "PER")),
    (", while a scheduled session with the Chilean trade minister has been postponed.", ("BOL", "PER")),
    (", but Chilean President Gabriel Boric did not attend.", ("BOL", "PER")),
    (", but Chilean Foreign Minister Alberto van Klaveren was absent.", ("BOL", "PER")),
    (", but the Ecuadorian minister failed to attend.", ("BOL", "PER")),
    # someone there after all
    (", while Chilean Foreign Minister Alberto van Klaveren also attended.", ("BOL", "CHL", "PER")),
]  # fmt: skip


@pytest.mark.parametrize(("tail", "sides"), CALLED_OFF_OR_AWAY_AFTER_A_CONTRAST)
def test_a_contrast_clause_of_an_event_called_off_or_someone_away_adds_no_side(
    tail: str, sides: tuple[str, ...]
) -> None:
    found = extract(
        "LIMA - Bolivian Foreign Minister Celinda Sosa met her Peruvian counterpart Javier "
        f"Gonzalez-Olaechea in Lima on Monday{tail}",
        dateline="Lima",
    )
    assert [(e.engagement_type, e.countries) for e in found] == [("meeting", sides)]


def test_a_contrast_clause_telling_another_event_held_keeps_it() -> None:
    """ "..., while Z held talks with W in Quito": another meeting, with its own sides."""
    found = extract(
        "LIMA - Bolivian Foreign Minister Celinda Sosa met her Peruvian counterpart Javier Gonzalez-Olaechea "
        "in Lima on Monday, while Chilean Foreign Minister Alberto van Klaveren held talks with Ecuadorian "
        "Foreign Minister Gabriela Sommerfeld in Quito.",
        dateline="Lima",
    )
    assert [(e.countries, e.location) for e in found] == [(("BOL", "PER"), "Lima"), (("CHL", "ECU"), "Quito")]
