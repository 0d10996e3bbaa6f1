"""Engagement extraction: invented sentences and stories in many house styles and regions.

Each case is written for this test (none is taken from the labelled corpus) and states the
engagements an analyst would record: type, date, countries and place, and where it matters
the people. Cases cover Africa, Latin America, the Gulf, South and Southeast Asia, Europe and
Central Asia, and the traps of the genre: plans, invitations, cancellations, sports, courts,
listings, domestic meetings, and events named only as a point of reference.
"""

from __future__ import annotations

import csv
import gc
import json
import time
from datetime import date

import pytest
from support import REPO_ROOT, corpus_or_skip

from orchestration.extraction import engagement_types as et
from orchestration.extraction.dates import find_dates
from orchestration.extraction.engagement_clauses import analyse_clauses
from orchestration.extraction.engagements import extract_engagements
from orchestration.extraction.model import Engagement
from orchestration.extraction.people import entities_in
from orchestration.extraction.text import clean_body, split_sentences
from orchestration.extraction.titles import Sentence as Tokens
from orchestration.extraction.topics import topic_phrases

FRI = date(2024, 3, 15)  # a Friday: "on Thursday" is March 14, "on Monday" March 11


def extract(text: str, published: date = FRI, dateline: str | None = None) -> list[Engagement]:
    text = clean_body(text)
    return extract_engagements(text, split_sentences(text), published, dateline)


def story(*paragraphs: str) -> str:
    """A wire story: one paragraph per argument, separated by blank lines."""
    return "\n\n".join(paragraphs)


def summary(e: Engagement) -> tuple:
    return (e.engagement_type, str(e.engagement_date) if e.engagement_date else None, e.countries, e.location)


def people(e: Engagement) -> list[str]:
    return [p.name for p in e.participants if p.participant_type == "person"]


def organizations(e: Engagement) -> list[str]:
    return [p.name for p in e.participants if p.participant_type == "organization"]


# ---------------------------------------------------------------------------------------
# one sentence, one or more engagements

ONE_SENTENCE = [
    # meetings
    (
        "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi "
        "on Thursday.",
        None,
        [("meeting", "2024-03-14", ("ETH", "KEN"), "Nairobi")],
    ),
    (
        "Brazilian President Luiz Inacio Lula da Silva met his Argentine counterpart Javier Milei on the "
        "sidelines of the Mercosur summit in Asuncion on Monday.",
        None,
        [("meeting", "2024-03-11", ("ARG", "BRA"), "Asuncion")],
    ),
    (
        "President Cyril Ramaphosa hosted his Angolan counterpart Joao Lourenco at the Union Buildings in "
        "Pretoria on Monday.",
        "Johannesburg",
        [("meeting", "2024-03-11", ("AGO", "ZAF"), "Pretoria")],
    ),
    (
        "Talks were held between Foreign Minister Ahmed Attaf of Algeria and Foreign Minister Stephane "
        "Sejourne of France in Algiers on Monday.",
        None,
        [("meeting", "2024-03-11", ("DZA", "FRA"), "Algiers")],
    ),
    (
        "Philippine President Ferdinand Marcos Jr. and Japanese Prime Minister Fumio Kishida agreed on "
        "Friday to deepen defence ties during a meeting in Tokyo.",
        "Manila",
        [("meeting", "2024-03-15", ("JPN", "PHL"), "Tokyo")],
    ),
    (
        "Zambia and Tanzania agreed to revive the TAZARA railway during talks between President Hakainde "
        "Hichilema and President Samia Suluhu Hassan in Lusaka on Wednesday.",
        None,
        [("meeting", "2024-03-13", ("TZA", "ZMB"), "Lusaka")],
    ),
    (
        "Russian President Vladimir Putin received Emirati President Mohamed bin Zayed Al Nahyan at the "
        "Kremlin on Tuesday.",
        None,
        [("meeting", "2024-03-12", ("ARE", "RUS"), "Moscow")],
    ),
    (
        "Indonesian Foreign Minister Retno Marsudi was received by Saudi Crown Prince Mohammed bin Salman "
        "in Riyadh on Sunday.",
        "Jakarta",
        [("meeting", "2024-03-10", ("IDN", "SAU"), "Riyadh")],
    ),
    # phone and video calls
    (
        "Saudi Crown Prince Mohammed bin Salman spoke by phone with Egyptian President Abdel Fattah al-Sisi "
        "on Wednesday about the situation in Gaza, the Saudi Press Agency reported.",
        "Riyadh",
        [("phone_call", "2024-03-13", ("EGY", "SAU"), None)],
    ),
    (
        "Chilean Foreign Minister Alberto van Klaveren and his Peruvian counterpart Javier Gonzalez-Olaechea "
        "held a video call on Monday to review the bilateral agenda.",
        "Santiago",
        [("phone_call", "2024-03-11", ("CHL", "PER"), None)],
    ),
    (
        "French President Emmanuel Macron and Polish President Andrzej Duda talked over the phone on "
        "Tuesday evening.",
        "Paris",
        [("phone_call", "2024-03-12", ("FRA", "POL"), None)],
    ),
    (
        "In a telephone conversation on Sunday, Turkish President Recep Tayyip Erdogan and Russian "
        "President Vladimir Putin discussed the grain corridor.",
        "Ankara",
        [("phone_call", "2024-03-10", ("RUS", "TUR"), None)],
    ),
    (
        "Ghanaian Trade Minister Kobina Hammond held a video conference with Rebecca Miano, Trade Minister "
        "of Kenya, on Thursday.",
        "Accra",
        [("phone_call", "2024-03-14", ("GHA", "KEN"), None)],
    ),
    # visits
    (
        "German Chancellor Olaf Scholz arrived in Lagos on Sunday for a two-day official visit to Nigeria.",
        None,
        [("visit", "2024-03-10", ("DEU", "NGA"), "Lagos")],
    ),
    (
        "Oman's Sultan Haitham bin Tarik paid an official visit to Iran on Wednesday.",
        "Muscat",
        [("visit", "2024-03-13", ("IRN", "OMN"), None)],
    ),
    (
        "Argentina's Foreign Minister Diana Mondino traveled to Brasilia on Monday, where she met Brazilian "
        "Foreign Minister Mauro Vieira.",
        None,
        [
            ("visit", "2024-03-11", ("ARG", "BRA"), "Brasilia"),
            ("meeting", "2024-03-11", ("ARG", "BRA"), "Brasilia"),
        ],
    ),
    (
        "Iranian President Ebrahim Raisi, who arrived in Colombo on Wednesday on a one-day visit, held talks "
        "with Sri Lankan President Ranil Wickremesinghe the same day.",
        None,
        [
            ("meeting", "2024-03-13", ("IRN", "LKA"), "Colombo"),
            ("visit", "2024-03-13", ("IRN", "LKA"), "Colombo"),
        ],
    ),
    (
        "During his visit to Astana on Tuesday, Hungarian Prime Minister Viktor Orban met President "
        "Kassym-Jomart Tokayev.",
        "Astana",
        [
            ("visit", "2024-03-12", ("HUN", "KAZ"), "Astana"),
            ("meeting", "2024-03-12", ("HUN", "KAZ"), "Astana"),
        ],
    ),
    # agreements
    (
        "Malaysia and Singapore inked five agreements in Putrajaya on Monday, including on water supply.",
        None,
        [("agreement", "2024-03-11", ("MYS", "SGP"), "Putrajaya")],
    ),
    (
        "ABUJA, Nigeria (AP) — Nigeria and Ghana signed an agreement on Tuesday to build a gas pipeline, "
        "officials said.",
        "Abuja",
        [("agreement", "2024-03-12", ("GHA", "NGA"), "Abuja")],
    ),
    (
        "The Minister of Trade of Peru, Ursula Desilu Leon, and the Chinese Ambassador Song Yang signed a "
        "memorandum on e-commerce in Lima on Tuesday.",
        "Lima",
        [("agreement", "2024-03-12", ("CHN", "PER"), "Lima")],
    ),
    (
        "Thai Prime Minister Srettha Thavisin and Cambodian Prime Minister Hun Manet witnessed the signing "
        "of five agreements in Phnom Penh on Wednesday.",
        None,
        [("agreement", "2024-03-13", ("KHM", "THA"), "Phnom Penh")],
    ),
    (
        "South Korea's LG Energy Solution and Indonesia's state battery holding company IBC signed a deal "
        "to build a battery plant, the companies said on Tuesday.",
        None,
        [("agreement", "2024-03-12", ("IDN", "KOR"), None)],
    ),
    # forums
    (
        "The 5th session of the Egypt-Sudan Joint Higher Committee was held in Cairo on Wednesday, "
        "co-chaired by Egyptian Prime Minister Mostafa Madbouly and Sudanese Prime Minister Kamil Idris.",
        "Cairo",
        [("forum", "2024-03-13", ("EGY", "SDN"), "Cairo")],
    ),
    (
        "Leaders of the BRICS group gathered in Kazan on Wednesday for a summit attended by Chinese "
        "President Xi Jinping, Indian Prime Minister Narendra Modi and South African President Cyril "
        "Ramaphosa, hosted by Russian President Vladimir Putin.",
        "Kazan",
        [("forum", "2024-03-13", ("CHN", "IND", "RUS", "ZAF"), "Kazan")],
    ),
    (
        "Morocco and Mauritania agreed to expand cooperation in fisheries at a meeting of the "
        "Moroccan-Mauritanian Joint Commission in Rabat on Monday.",
        "Nouakchott",
        [("forum", "2024-03-11", ("MAR", "MRT"), "Rabat")],
    ),
]


@pytest.mark.parametrize(("text", "dateline", "expected"), ONE_SENTENCE)
def test_one_sentence(text, dateline, expected):
    found = sorted(summary(e) for e in extract(text, FRI, dateline))
    assert found == sorted(expected)


# ---------------------------------------------------------------------------------------
# not engagements

NOT_ENGAGEMENTS = [
    # planned, expected, invited, agreed to meet, next/upcoming
    "Vietnamese Prime Minister Pham Minh Chinh will visit Australia next week for talks with Prime Minister "
    "Anthony Albanese.",
    "The two ministers are expected to sign a free trade agreement when they meet in Lima in April.",
    "The two leaders are scheduled to hold a bilateral meeting on the sidelines of the G20 summit in Rio de "
    "Janeiro next month.",
    "Ruto will travel to Doha on Saturday for talks with the Emir of Qatar.",
    "President Lula invited President Milei to pay a state visit to Brazil.",
    "The next meeting of the Kenya-Uganda Joint Permanent Commission will be held in Kampala in June.",
    "The leaders agreed to meet again at the upcoming ASEAN summit in Vientiane.",
    "President Gabriel Boric accepted an invitation to pay a state visit to Vietnam next year.",
    "Kenyan President William Ruto also confirmed his participation in the African Union summit in "
    "Addis Ababa.",
    "The ASEAN-GCC summit, with the participation of the Chinese premier, is to be held later today.",
    "Minister Radoslaw Sikorski invited his Lithuanian counterpart to the Polish-Lithuanian "
    "Intergovernmental "
    "Commission meeting planned for Vilnius in the autumn.",
    "Peru and Chile pledged on Monday to conclude their long-running negotiations on a tax treaty.",
    "Egypt and Ghana vowed to resume talks on a direct shipping line before the end of the year.",
    "Malaysia and Thailand agreed to finalise the border trade agreement by June.",
    # a possibility or a guess: "may" the modal, not the month, and "may/might have"
    "Indian and Chinese officials may hold talks in Beijing next month.",
    "Peruvian and Bolivian officials may have held talks in La Paz on Monday, a source said.",
    "The Kenyan and Somali foreign ministers might have met in Nairobi on Monday.",
    # a tally of documents signed over time, no signing (it had been one, of no day)
    "The value of contracts signed between Turkish and Iraqi firms reached $2 billion in 2024.",
    "The number of agreements signed between Chile and Peru has passed 50.",
    # cancelled, negated
    "The meeting between the Nigerian and Ghanaian foreign ministers was cancelled at the last minute.",
    "Milei did not attend the previous Mercosur summit in Rio de Janeiro in December.",
    # a reference point only
    "On the eve of the G20 summit, Brazil's trade with member states reached $200 billion.",
    # sports, courts, listings, business without two countries
    "Kenyan sprinter Faith Kipyegon defeated Ethiopia's Gudaf Tsegay in the 1500m final in Paris on "
    "Saturday.",
    "The Supreme Court of Brazil sentenced the former minister to nine years; the Argentine embassy declined "
    "to comment.",
    "Chilean lithium producer SQM said it plans to list shares in Hong Kong next year.",
    "The carrier held its initial public offering on the Nairobi bourse in February.",
    # domestic meetings
    "President Prabowo Subianto met with his cabinet ministers at the presidential palace in Jakarta on "
    "Monday to discuss the budget.",
    "Nigerian President Bola Tinubu met state governors in Abuja on Thursday to discuss fuel subsidies.",
    "On the same day, Deputy Foreign Minister Do Hung Viet chaired a meeting with Vietnamese provincial "
    "leaders on attracting Singaporean investment.",
    # documents signed in the past as background without sides
    "The company received a licence from the regulator on Monday.",
]


@pytest.mark.parametrize("text", NOT_ENGAGEMENTS)
def test_not_engagements(text):
    assert extract(text, FRI, None) == []


# ---------------------------------------------------------------------------------------
# dates

DATES = [
    (
        "Kenyan President William Ruto had a telephone conversation with Ugandan President Yoweri Museveni "
        "yesterday.",
        date(2024, 10, 17),
        "2024-10-16",
    ),
    (
        "Indonesian President Joko Widodo held talks with President Xi Jinping of China today.",
        date(2024, 7, 5),
        "2024-07-05",
    ),
    (
        "Earlier this month, on March 4, Egyptian Foreign Minister Sameh Shoukry held talks with Jordanian "
        "Foreign Minister Ayman Safadi in Amman.",
        FRI,
        "2024-03-04",
    ),
    ("Last week, a delegation of the Korea Trade Association visited Mombasa in Kenya.", FRI, None),
    (
        "Brazilian President Lula and Colombian President Gustavo Petro last met in person in Bogota on "
        "April 17, 2024.",
        date(2024, 11, 5),
        "2024-04-17",
    ),
    ("The presidents of Brazil and Chile met in Santiago on the 3rd.", FRI, "2024-03-03"),
    (
        "Egyptian President Abdel Fattah al-Sisi and Kenyan President William Ruto met in Cairo on "
        "Wednesday, March 6.",
        FRI,
        "2024-03-06",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), DATES)
def test_dates(text, published, expected):
    found = extract(text, published, None)
    assert [str(e.engagement_date) if e.engagement_date else None for e in found] == [expected]


@pytest.mark.parametrize(
    ("text", "offset"),
    [("the same day", 0), ("On the following day", 1), ("the day before", -1), ("two days later", 2),
     ("3 days earlier", -3), ("that same day", 0), ("Later in the day", 0), ("earlier in the day", 0)],
)  # fmt: skip
def test_anaphoric_offsets(text, offset):
    (mention,) = [m for m in find_dates(text, None) if m.kind == "anaphoric"]
    assert mention.offset == offset


# ---------------------------------------------------------------------------------------
# stories: references, anchors, pronouns, continuation sentences


def test_story_reference_adds_people_and_date():
    found = extract(
        story(
            "LUSAKA, March 15 - President Hakainde Hichilema of Zambia held talks with President "
            "Lazarus Chakwera of Malawi, who arrived in Lusaka on Tuesday on a working visit.",
            "The talks took place on Wednesday at State House.",
            "Following the talks, Hichilema and Chakwera signed a memorandum on cross-border trade.",
        ),
        FRI,
        "Lusaka",
    )
    assert sorted(summary(e) for e in found) == [
        ("agreement", "2024-03-13", ("MWI", "ZMB"), "Lusaka"),
        ("meeting", "2024-03-13", ("MWI", "ZMB"), "Lusaka"),
        ("visit", "2024-03-12", ("MWI", "ZMB"), "Lusaka"),
    ]
    agreement = next(e for e in found if e.engagement_type == "agreement")
    assert people(agreement) == ["Hakainde Hichilema", "Lazarus Chakwera"]


def test_a_relative_clause_after_a_title_in_apposition_is_the_named_persons():
    """ "received X, President of the Italian Republic, who is on a state visit": the visitor
    is X; the clause had found nobody and the visit was dropped."""
    found = extract(
        "ABU DHABI, March 15 (WAM) -- President Mohamed bin Zayed received on Thursday in Abu Dhabi "
        "Sergio Mattarella, President of the Italian Republic, who is on a state visit to the UAE.",
        FRI,
        "Abu Dhabi",
    )
    visit = next(e for e in found if e.engagement_type == "visit")
    assert summary(visit) == ("visit", "2024-03-14", ("ARE", "ITA"), "Abu Dhabi")
    assert people(visit) == ["Sergio Mattarella"]


def test_story_document_signed_by_joins_the_signing():
    found = extract(
        story(
            "LUSAKA, March 15 - Zambia's state power company ZESCO and Tanzania Electric Supply "
            "Company signed a power trade agreement in Lusaka on Thursday.",
            "The document was signed by ZESCO Managing Director Justin Mwila and Tanzania Electric "
            "Supply Company Managing Director Gissima Nyamo-Hanga.",
        ),
        FRI,
        "Lusaka",
    )
    assert [summary(e) for e in found] == [("agreement", "2024-03-14", ("TZA", "ZMB"), "Lusaka")]
    assert people(found[0]) == ["Justin Mwila", "Gissima Nyamo-Hanga"]


def test_story_two_leaders_are_the_principals_of_the_talks():
    found = extract(
        story(
            "DOHA, May 10 (QNA) – Emir Sheikh Tamim bin Hamad Al Thani received Rwandan President "
            "Paul Kagame at the Amiri Diwan on Thursday.",
            "The meeting was attended by Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani and "
            "Rwandan Foreign Minister Vincent Biruta.",
            "Following the talks, the two leaders witnessed the exchange of memoranda of "
            "understanding, including an agreement between Qatar Airways and RwandAir.",
        ),
        date(2024, 5, 10),
        "Doha",
    )
    meeting = next(e for e in found if e.engagement_type == "meeting")
    agreement = next(e for e in found if e.engagement_type == "agreement")
    assert summary(meeting) == ("meeting", "2024-05-09", ("QAT", "RWA"), "Doha")
    assert len(people(meeting)) == 4
    assert people(agreement) == ["Tamim bin Hamad Al Thani", "Paul Kagame"]
    assert organizations(agreement) == ["Qatar Airways", "RwandAir"]


def test_story_he_is_the_subject_of_the_sentence_before():
    found = extract(
        story(
            "German Chancellor Olaf Scholz arrived in Nairobi on Sunday for an official visit.",
            "He held talks with President William Ruto at State House the same day, focusing on green "
            "hydrogen.",
        ),
        date(2024, 5, 7),
        "Nairobi",
    )
    meeting = next(e for e in found if e.engagement_type == "meeting")
    assert summary(meeting) == ("meeting", "2024-05-05", ("DEU", "KEN"), "Nairobi")
    assert people(meeting) == ["Olaf Scholz", "William Ruto"]  # in text order: "He held talks with ..."
    assert meeting.topics == ("green hydrogen",)


def test_story_the_three_countries_are_those_named_together():
    found = extract(
        story(
            "The ministers discussed the Brazil-Bolivia-Peru bioceanic corridor.",
            "A memorandum on the corridor was signed by the three countries in La Paz on June 6.",
        ),
        date(2024, 6, 20),
        "Brasilia",
    )
    assert [summary(e) for e in found] == [("agreement", "2024-06-06", ("BOL", "BRA", "PER"), "La Paz")]


def test_story_delegation_members_join_the_meeting_not_the_signing():
    found = extract(
        story(
            "NAIROBI, March 15 - Kenyan Trade Minister Rebecca Miano met Korean Vice Minister of "
            "Trade Kim Dong-jin in Nairobi on Thursday.",
            "On the sidelines of the meeting, Kenya Pipeline Company and Korea National Oil "
            "Corporation signed a memorandum on fuel storage.",
            "The Korean delegation comprised executives of Hyundai Engineering and Samsung Heavy Industries.",
        ),
        FRI,
        "Nairobi",
    )
    meeting = next(e for e in found if e.engagement_type == "meeting")
    agreement = next(e for e in found if e.engagement_type == "agreement")
    assert organizations(meeting) == ["Hyundai Engineering", "Samsung Heavy Industries"]
    assert summary(agreement) == ("agreement", "2024-03-14", ("KEN", "KOR"), "Nairobi")


def test_story_background_talks_keep_their_own_place_and_unknown_day():
    found = extract(
        story(
            "Brazilian President Luiz Inacio Lula da Silva and Colombian President Gustavo Petro "
            "attended the Amazon summit.",
            "Also on Tuesday, Lula and Petro held a bilateral meeting in Belem, their third meeting "
            "this year after their talks in Bogota in April.",
        ),
        date(2024, 8, 9),
        "Belem",
    )
    meetings = sorted((summary(e) for e in found if e.engagement_type == "meeting"), key=str)
    assert meetings == [
        ("meeting", "2024-08-06", ("BRA", "COL"), "Belem"),
        ("meeting", None, ("BRA", "COL"), "Bogota"),
    ]


def test_story_commission_forum_then_business_forum_are_two_forums():
    found = extract(
        story(
            "Egyptian Trade Minister Ahmed Samir on Monday hosted Sudanese Minister of Trade Omar "
            "Ahmed Mohamed in Cairo for the session of the Egypt-Sudan Joint Trade Committee.",
            "Samir and Mohamed later addressed the Egypt-Sudan Business Forum organized by the "
            "Federation of Egyptian Chambers of Commerce (FEDCOC).",
        ),
        date(2024, 5, 13),
        None,
    )
    forums = [e for e in found if e.engagement_type == "forum"]
    assert [summary(e) for e in forums] == [
        ("forum", "2024-05-13", ("EGY", "SDN"), "Cairo"),
        ("forum", "2024-05-13", ("EGY", "SDN"), "Cairo"),
    ]
    assert organizations(forums[1]) == ["Federation of Egyptian Chambers of Commerce (FEDCOC)"]


def test_story_business_forum_then_commission_are_two_forums():
    found = extract(
        story(
            "Speaking at the Kyrgyzstan-Iran Business Forum in Tehran, Rahul Petrov called for closer ties "
            "in tourism.",
            "The ninth meeting of the Kyrgyz-Iranian intergovernmental commission was held in Tehran on "
            "July 18.",
        ),
        date(2024, 7, 18),
        "Bishkek",
    )
    assert [e.engagement_type for e in found] == ["forum", "forum"]


def test_story_the_meeting_during_a_visit_is_where_the_visit_went():
    found = extract(
        "Abebe Okafor, the Prime Minister of Greece, paid an official visit to Belarus on March 19, where he "
        "met Trade Minister Yuki Park.",
        date(2022, 3, 22),
        "Athens",
    )
    assert sorted(summary(e) for e in found) == [
        ("meeting", "2022-03-19", ("BLR", "GRC"), None),
        ("visit", "2022-03-19", ("BLR", "GRC"), None),
    ]


def test_story_the_visiting_delegation_is_received_not_a_visit():
    found = extract(
        "Dilnoza Tesfaye received the visiting Beninese delegation led by President Mateus Santoso on "
        "Sunday.",
        date(2024, 1, 23),
        "Montevideo",
    )
    assert [e.engagement_type for e in found] == ["meeting"]


def test_story_exchange_in_a_name_is_no_signing():
    found = extract(
        "Sammarinese Airlines and Abu Dhabi Stock Exchange signed an agreement on Tuesday.",
        date(2022, 10, 20),
        None,
    )
    assert organizations(found[0]) == ["Sammarinese Airlines", "Abu Dhabi Stock Exchange"]


def test_story_discussed_with_and_became_familiar_add_participants():
    found = extract(
        story(
            "ABUJA. This was said during a meeting of the Minister of Industry, Trade and Investment "
            "of Nigeria Doris Uzoka-Anite with the leadership of major Turkish companies.",
            "At the same time, the supply of cotton was discussed with the leadership of the Turkish "
            "Textile Employers Association.",
            "Besides, Kalyon Holding Chairman Cemal Kalyoncu became familiar with the ministry's plans.",
        ),
        date(2024, 4, 1),
        "Abuja",
    )
    assert [summary(e) for e in found] == [("meeting", "2024-04-01", ("NGA", "TUR"), "Abuja")]
    assert people(found[0]) == ["Doris Uzoka-Anite", "Cemal Kalyoncu"]
    assert organizations(found[0]) == ["Turkish Textile Employers Association", "Kalyon Holding"]


def test_story_two_calls_on_the_same_day_stay_apart():
    found = extract(
        story(
            "President Cyril Ramaphosa of South Africa had a phone conversation with President "
            "Emmerson Mnangagwa of Zimbabwe on March 14.",
            "On the same day, Cyril Ramaphosa also had a phone conversation with Vice President "
            "Constantino Chiwenga of Zimbabwe.",
        ),
        FRI,
        "Pretoria",
    )
    assert [summary(e) for e in found] == [
        ("phone_call", "2024-03-14", ("ZAF", "ZWE"), None),
        ("phone_call", "2024-03-14", ("ZAF", "ZWE"), None),
    ]


# ---------------------------------------------------------------------------------------
# participants


def test_organizations_are_sides_not_sources():
    found = extract(
        "Spain's Iberdrola and Morocco's national electricity company ONEE signed an agreement on wind power "
        "on Wednesday, according to the Moroccan Ministry of Energy Transition.",
        FRI,
        "Rabat",
    )
    assert organizations(found[0]) == ["Iberdrola", "ONEE"]


def test_brand_names_in_a_signing_slot_are_organizations():
    found = extract(
        "Sonatrach and Italian energy group Eni signed a memorandum of understanding on hydrogen in Rome on "
        "Friday.",
        date(2024, 4, 22),
        "Algiers",
    )
    assert [summary(e) for e in found] == [("agreement", "2024-04-19", ("DZA", "ITA"), "Rome")]
    assert organizations(found[0]) == ["Sonatrach", "Eni"]


#: A brand named bare is a side of the signing it is the subject of, also with an adverb
#: between it and its verb ("X also signed", "X later signed"), as with none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile's Andesmet also signed a supply contract with a Japanese smelter on Friday.",
            (("CHL", "JPN"), ["Andesmet"]),
        ),
        (
            "Norwegian firms wrapped up a trade mission to Chile on Friday. Hydrolux later signed a supply "
            "contract with Chilean miner Atacama Litio Minera.",
            (("CHL", "NOR"), ["Atacama Litio Minera", "Hydrolux"]),
        ),
    ],
)
def test_a_brand_named_bare_signs_also_past_an_adverb_before_its_verb(text, expected):
    found = [e for e in extract(text, date(2024, 4, 22), "Santiago") if e.engagement_type == "agreement"]
    assert [(e.countries, organizations(e)) for e in found] == [expected]


def test_a_bare_name_with_its_complement_is_one_side_of_a_signing():
    """ "Luxembourg's House of Startups and the Korea Institute ... signed": a capitalized word
    and its "of" complement make one name, so the side is not the complement alone (it had
    been "Startups", of the other side's country)."""
    found = extract(
        "On Monday, Chile's Casa of Makers and the Thai Digital Economy Promotion Agency signed a "
        "memorandum on incubation in Bangkok.",
        date(2024, 4, 22),
        "Bangkok",
    )
    assert [sorted((p.name, p.country_iso3) for p in e.participants) for e in found] == [
        [("Casa of Makers", "CHL"), ("Thai Digital Economy Promotion Agency", "THA")]
    ]


@pytest.mark.parametrize("region", ["Levant", "Maghreb", "Andes"])
def test_a_place_after_in_the_before_and_is_no_brand(region):
    found = extract(
        f"On Monday, the Chilean Chamber of Commerce in the {region} and the Federation of Korean Industries "
        "signed a memorandum on supply chains.",
        date(2024, 4, 22),
        "Seoul",
    )
    assert [organizations(e) for e in found] == [
        ["Chilean Chamber of Commerce", "Federation of Korean Industries"]
    ]


def test_a_states_own_department_is_a_side_of_its_signing():
    found = extract(
        "On Monday, the Jalisco Department of Economic Development signed a memorandum of understanding "
        "with the Gauteng Growth and Development Agency (GGDA).",
        date(2024, 4, 22),
        "Guadalajara",
    )
    assert [(e.engagement_type, e.countries, organizations(e)) for e in found] == [
        (
            "agreement",
            ("MEX", "ZAF"),
            ["Jalisco Department of Economic Development", "Gauteng Growth and Development Agency (GGDA)"],
        )
    ]


def test_person_country_defaults_never_make_two_presidents_one_country():
    found = extract(
        "MANILA, Oct. 7 (Yonhap) -- On Monday, President Yoon Suk Yeol and his host, Philippine President "
        "Ferdinand Marcos Jr., held summit talks in Manila. South Korea's exports to the Philippines rose.",
        date(2024, 10, 7),
        "Manila",
    )
    assert [e.countries for e in found] == [("KOR", "PHL")]


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        (
            "The Colombian and Venezuelan presidents, Gustavo Petro and Nicolas Maduro, met in Caracas "
            "on Tuesday.",
            "Bogota",
            {"Gustavo Petro": "COL", "Nicolas Maduro": "VEN"},
        ),
        (
            "Mexico's President Claudia Sheinbaum spoke with U.S. President-elect Donald Trump by phone "
            "on Wednesday.",
            "Mexico City",
            {"Claudia Sheinbaum": "MEX", "Donald Trump": "USA"},
        ),
        (
            "Qatar and Turkey signed 12 agreements on Monday at a meeting chaired by Emir Sheikh Tamim and "
            "President Erdogan in Ankara.",
            "Doha",
            {"Tamim": "QAT", "Erdogan": "TUR"},
        ),
        (
            # a listed leader spelled natively ("ł") is his country's, not the dateline's
            "Foreign Minister Radosław Sikorski met Indian External Affairs Minister S. Jaishankar on "
            "Monday on the sidelines of the UN General Assembly.",
            "New York",
            {"Radosław Sikorski": "POL", "S. Jaishankar": "IND"},
        ),
    ],
)
def test_people_get_the_side_their_sentence_gives_them(text, dateline, expected):
    found = extract(text, date(2024, 11, 20), dateline)
    assert {p.name: p.country_iso3 for p in found[0].participants} == expected


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        (
            "His Highness Sheikh Mohammed bin Rashid Al Maktoum, Vice President and Prime Minister of the "
            "UAE and Ruler of Dubai, received at Zabeel Palace today H.E. Cyril Ramaphosa, President of the "
            "Republic of South Africa.",
            "Dubai",
            {"Mohammed bin Rashid Al Maktoum": "ARE", "Cyril Ramaphosa": "ZAF"},
        ),
        (  # "H.H." as the Emirates' agency abbreviates His Highness, like "H.E."
            "H.H. Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and Minister of Foreign "
            "Affairs, received today Indian External Affairs Minister S Jaishankar.",
            "Abu Dhabi",
            {"Abdullah bin Zayed Al Nahyan": "ARE", "S Jaishankar": "IND"},
        ),
        (
            "The Prime Minister, Shri Narendra Modi held a bilateral meeting with the President of "
            "Indonesia, Mr. Prabowo Subianto on the sidelines of the G20 Summit in Rio de Janeiro today.",
            "New Delhi",
            {"Narendra Modi": "IND", "Prabowo Subianto": "IDN"},
        ),
        (
            "Earlier in the day, the Kenyan leader paid a courtesy call on King Charles III at Buckingham "
            "Palace.",
            "London",
            {"Charles III": "GBR"},
        ),
    ],
)
def test_courtesy_words_and_appositions(text, dateline, expected):
    found = extract(text, date(2024, 11, 20), dateline)
    assert len(found) == 1 and len(found[0].countries) == 2
    assert {p.name: p.country_iso3 for p in found[0].participants} == expected


def test_a_summit_of_two_leaders_is_a_meeting():
    found = extract(
        "Japanese Prime Minister Shigeru Ishiba and South Korean President Yoon Suk Yeol held their first "
        "summit in Lima on Friday on the sidelines of the APEC meeting.",
        date(2024, 11, 20),
        "Tokyo",
    )
    assert [(e.engagement_type, e.cameo_code) for e in found] == [("meeting", "044")]


def test_pronoun_in_a_where_clause_is_the_person_named_before():
    found = extract(
        "Indonesia and China signed deals worth $10 billion on Saturday during President Prabowo "
        "Subianto's visit to Beijing, where he met Chinese President Xi Jinping.",
        date(2024, 11, 20),
        "Jakarta",
    )
    meeting = next(e for e in found if e.engagement_type == "meeting")
    assert sorted(people(meeting)) == ["Prabowo Subianto", "Xi Jinping"]


def test_the_two_sides_in_a_where_clause_are_the_sides_of_the_talks():
    found = extract(
        "Vietnamese leader To Lam held talks with Chinese President Xi Jinping in Beijing on Aug 19, "
        "where the two sides signed 14 cooperation documents.",
        date(2024, 11, 20),
        "Hanoi",
    )
    assert sorted(summary(e) for e in found) == [
        ("agreement", "2024-08-19", ("CHN", "VNM"), "Beijing"),
        ("meeting", "2024-08-19", ("CHN", "VNM"), "Beijing"),
    ]


def test_part_of_a_country_name_is_no_organization():
    found = extract(
        "The foreign ministers of Egypt and Saudi Arabia met in Cairo on Monday ahead of the Arab League "
        "summit.",
        date(2024, 11, 20),
        "Cairo",
    )
    assert [summary(e) for e in found] == [("meeting", "2024-11-18", ("EGY", "SAU"), "Cairo")]
    assert organizations(found[0]) == []


def test_topics_are_the_objects_of_discussion():
    found = extract(
        "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi on "
        "Thursday, discussing regional security, the Lamu port corridor and a cross-border power line.",
    )
    assert found[0].topics == ("regional security", "Lamu port corridor", "cross-border power line")


# ---------------------------------------------------------------------------------------
# codes


def test_cameo_codes_exist_in_the_seed():
    seed = REPO_ROOT / "dbt_project" / "seeds" / "cameo_codes.csv"
    with seed.open(encoding="utf-8") as f:
        rows = {row["cameo_code"]: row for row in csv.DictReader(f)}
    for code in et.CAMEO.values():
        assert code.code in rows
        assert rows[code.code]["plover_event"] == code.plover_event


@pytest.mark.parametrize(
    ("text", "code", "mode"),
    [
        ("Brazilian President Lula met Colombian President Gustavo Petro in Caracas on Wednesday.",
         "044", "third-party"),
        ("Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi "
         "on Thursday.",
         "046", "in-person"),
        ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Thursday.",
         "040", "in-person"),
        ("French President Emmanuel Macron and Polish President Andrzej Duda talked over the phone "
         "on Tuesday.",
         "041", "phone"),
        ("German Chancellor Olaf Scholz arrived in Lagos on Sunday for a two-day official visit to Nigeria.",
         "042", "visit"),
        ("Malaysia and Singapore inked five agreements in Putrajaya on Monday.", "057", None),
    ],
)  # fmt: skip
def test_cameo_and_plover(text, code, mode):
    found = extract(text)
    assert (found[-1].cameo_code, found[-1].plover_mode) == (code, mode)


# ---------------------------------------------------------------------------------------
# the clause grammar and the helpers on their own


@pytest.mark.parametrize(
    ("sentence", "live"),
    [
        ("X will visit Astana next week.", []),
        ("The next session of the joint commission will take place in Lusaka.", []),
        ("Ruto held talks with Museveni, who is in Nairobi to take part in the EAC summit.", ["talks"]),
        ("The two sides signed six memoranda in the presence of the two presidents.", ["signed"]),
        ("The ministers discussed preparations for the upcoming regional summit.", []),
        ("The envoy called for the swift implementation of the accord.", []),
        ("Exports received a boost after Sharif met Erdogan in Ankara.", ["met"]),
        # a country's possession is no guest: a statement, not a reception
        ("The Secretary welcomed Peru's leadership as host of APEC.", []),
        ("The minister welcomed Ghana's decision to join the corridor.", []),
        ("President Xi welcomed Peru's new ambassador in Beijing.", ["welcomed"]),
        # a person's thing is no guest either; the person's delegation or kin are
        ("Minister Ruiz welcomed Secretary of State Okafor's visit to Lima.", ["visit"]),
        ("Minister Ruiz welcomed President Okafor's remarks on the corridor.", []),
        ("Minister Ruiz welcomed President Okafor's delegation in Lima.", ["welcomed"]),
        ("Minister Ruiz welcomed President Okafor's wife in Lima.", ["welcomed"]),
        ("Peru served as host of APEC last year.", []),  # "host" a role noun
        ("Abiy has held discussion with visiting Somali President Hassan Sheikh Mohamud.", ["discussion"]),
        ("Ruto took part in a panel discussion on climate finance with the ministers.", []),
        # an apposition to an unrealised event is unrealised too
        ("Farrell will meet Wang in Beijing next week, the first such visit in five years.", []),
        ("Mitsotakis hosted Erdogan in Athens, the first such visit in five years.", ["hosted", "visit"]),
        ("India and the UAE sealed a bilateral investment treaty in Abu Dhabi.", ["sealed"]),
        ("Indian forces sealed the border with Myanmar on Tuesday.", []),
        # a facility named for its city is a stop of a visit, no visit of its own
        ("Later, the two presidents visited the Astana International Financial Centre.", []),
        ("President Tokayev visited Minsk on Monday.", ["visited"]),
        ("Jaishankar received a call from the Foreign Minister of Singapore today.", ["call"]),
        ("India heeded a call from the UN for restraint.", []),
        ("The Emir received India's Foreign Minister at the palace.", ["received"]),
        ("Fidan hosted Egypt's top diplomat at the ministry.", ["hosted"]),
    ],
)
def test_live_triggers(sentence, live):
    tokens = Tokens(sentence)
    clauses = analyse_clauses(tokens)
    assert [tokens.words[t.token] for t in clauses.triggers if not t.negated] == live


def test_topic_phrases_drop_framing_words():
    tokens = Tokens(
        "The ministers reviewed the implementation of projects in mining, tourism and water supply."
    )
    clauses = analyse_clauses(tokens)
    assert topic_phrases(tokens, clauses.topic) == ["mining", "tourism", "water supply"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a framing preposition is a whole word: "the intergovernmental" keeps its "in"
        ("The sides discussed the work of the intergovernmental commission.",
         ["intergovernmental commission"]),
        ("They reviewed the development of the International North-South Transport Corridor.",
         ["International North-South Transport Corridor"]),
        ("They discussed prospects for the onshore gas fields.", ["onshore gas fields"]),
    ],
)  # fmt: skip
def test_framing_words_are_whole_words(sentence, expected):
    tokens = Tokens(sentence)
    assert topic_phrases(tokens, analyse_clauses(tokens).topic) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The sides touched upon the development of logistics hubs.", ["logistics hubs"]),
        ("The sides touched upon cotton processing and upon seed supply.",
         ["cotton processing", "seed supply"]),
        # as "on" does
        ("The sides touched on the development of logistics hubs.", ["logistics hubs"]),
    ],
)  # fmt: skip
def test_upon_opens_no_topic_phrase(sentence: str, expected: list[str]) -> None:
    """ "touched upon the development of X": "upon" is a framing word as "on" is, and a list
    repeats it before each item (the topic had been "upon the development of X")."""
    tokens = Tokens(sentence)
    assert topic_phrases(tokens, analyse_clauses(tokens).topic) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks covered construction, mining and logistics.", ["construction", "mining", "logistics"]),
        ("They discussed agriculture, construction and tourism.", ["agriculture", "construction", "tourism"]),
        # look-alike: with its complement the word frames what is built
        ("They discussed the construction of a rail link.", ["rail link"]),
    ],
)  # fmt: skip
def test_a_framing_head_that_names_a_sector_stands_alone_as_a_topic(sentence, expected):
    """ "covered construction, healthcare and fintech": bare, the sector is a topic (it had been
    dropped as a framing word with nothing after it, like "views")."""
    tokens = Tokens(sentence)
    assert topic_phrases(tokens, analyse_clauses(tokens).topic) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Malawi and Zambia signed accords covering fisheries, roads and health at the end of the third "
         "session of their Joint Permanent Commission in Lilongwe.", ["fisheries", "roads", "health"]),
        ("The ministers discussed mining, energy and digital trade on the sidelines of the annual summit "
         "of the regional bloc in Arusha.", ["mining", "energy", "digital trade"]),
        # look-alike: "end of" with no "at"/"on" before it is the item's own words
        ("They discussed the end of the season and fishing quotas.",
         ["end of the season and fishing quotas"]),
    ],
)  # fmt: skip
def test_the_occasion_after_a_lists_last_item_is_no_word_of_it(sentence, expected):
    """ "covering energy, water, transport and tourism at the close of the 6th session of ...":
    the occasion made the last item too long, and it was dropped."""
    tokens = Tokens(sentence)
    assert topic_phrases(tokens, analyse_clauses(tokens).topic) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They chaired the Joint Commission on Trade, Economic, Scientific and Technical Cooperation.",
         ["Trade, Economic, Scientific and Technical Cooperation"]),
        ("The ministers discussed the work of the Committee on Agricultural, Cultural and Educational Ties.",
         ["Committee on Agricultural, Cultural and Educational Ties"]),
        # look-alike: names listed after a verb, no body's preposition, stay a list
        ("They discussed Kenya, Uganda and Rwanda.", ["Kenya", "Uganda", "Rwanda"]),
    ],
)  # fmt: skip
def test_the_commas_inside_a_bodys_name_part_no_topics(sentence, expected):
    """ "the Commission on Trade, Economic, Scientific and Technical Cooperation": one name's
    capitalised adjectives (they had become the topics "Trade" and "Economic")."""
    tokens = Tokens(sentence)
    assert topic_phrases(tokens, analyse_clauses(tokens).topic) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They reviewed relations and ways to strengthen them in the areas of fisheries, tourism and health.",
         ["fisheries", "tourism", "health"]),
        ("They discussed cooperation in the spheres of culture and education.", ["culture", "education"]),
        ("They explored ways to develop it in the field of green hydrogen.", ["green hydrogen"]),
        ("They discussed ways to boost cooperation in the sectors of mining, fishing and tourism.",
         ["mining", "fishing", "tourism"]),
        ("They agreed to deepen bilateral ties in renewable energy.", ["renewable energy"]),
        # look-alike: a flow of goods is no bond, and its growth is the subject
        ("They discussed ways to expand trade in maize.", ["expand trade in maize"]),
        # look-alikes: a field or sector named by the topic itself stays
        ("The sides discussed the oil fields of the north.", ["oil fields of the north"]),
        ("They discussed the reform of the banking sector.", ["reform of the banking sector"]),
    ],
)  # fmt: skip
def test_the_carrier_of_a_list_of_fields_is_no_word_of_a_topic(sentence, expected):
    """ "ways to enhance them in the fields of energy, investment and agriculture": the fields,
    not their carrier (the topics had been "enhance them in the fields of energy" and "fields of
    investment")."""
    tokens = Tokens(sentence)
    assert topic_phrases(tokens, analyse_clauses(tokens).topic) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The envoys held talks on fisheries and the Koro maritime boundary treaty.",
         ["fisheries", "Koro maritime boundary treaty"]),
        ("The two presidents held talks on visas, tourism and the double taxation convention.",
         ["visas", "tourism", "double taxation convention"]),
        ("The envoys held talks on the Koro treaty.", ["Koro treaty"]),
        # look-alikes: a counted next document, and a list after a document's own "on"
        ("The ministers held talks on energy and two further agreements.", ["energy"]),
        ("They signed a memorandum on fisheries and the ports agreement.", ["fisheries", "ports"]),
    ],
)  # fmt: skip
def test_a_document_noun_that_heads_the_last_item_of_talks_stays_in_it(sentence, expected):
    """ "talks on labour mobility and the X defence treaty": the document noun heads the last
    item of the list talked about, as it heads a topic's one phrase (the topic had been
    "X defence")."""
    tokens = Tokens(sentence)
    assert topic_phrases(tokens, analyse_clauses(tokens).topic) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ministers held talks on veterinary protocols.", ["veterinary protocols"]),
        ("The ministers held talks on reviving the customs union agreement, stalled since May.",
         ["reviving the customs union agreement"]),
        ("The ministers held talks on sanitary protocols for mangoes.", ["sanitary protocols for mangoes"]),
        # look-alike: a next document after a list's "and" ends the topic
        ("They signed a memorandum on fisheries and two agreements on ports.", ["fisheries", "ports"]),
    ],
)  # fmt: skip
def test_a_document_noun_that_heads_the_topic_stays_in_it(sentence, expected):
    """ "talks on phytosanitary protocols", "on upgrading the free trade agreement": the document
    noun is the head of the one phrase the topic holds, no next document (the topics had been
    "phytosanitary" and "upgrading the free trade")."""
    tokens = Tokens(sentence)
    assert topic_phrases(tokens, analyse_clauses(tokens).topic) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two firms signed a contract for cocoa, valued at 2.4 billion CFA francs, in Abidjan.", ["cocoa"]),
        ("The two firms signed a contract for cocoa, worth $40 million, in Abidjan.", ["cocoa"]),
        ("The two firms signed a contract for cashew processing worth $40 million.", ["cashew processing"]),
        ("They signed a deal on solar parks valued at 12 billion rupees.", ["solar parks"]),
        ("They signed a memorandum on fisheries at a ceremony in Abidjan.", ["fisheries"]),
        ("They signed a memorandum on fisheries at a signing ceremony on Monday.", ["fisheries"]),
        ("They agreed on a fair, including several of the 20 bronze masks.", ["fair"]),
        # look-alikes: a ceremony or a worth that is the subject, a figure that is goods
        ("They discussed the cost of the ceremony of peace.", ["cost of the ceremony of peace"]),
        ("They discussed the net worth of the fund.", ["net worth of the fund"]),
        ("They discussed land valued at market prices.", ["land valued at market prices"]),
        ("They signed a contract for the supply of 10,000 tons of rice.", ["supply of 10,000 tons of rice"]),
    ],
)  # fmt: skip
def test_a_worth_an_occasion_and_a_part_of_a_set_are_no_topics(sentence, expected):
    """ "a contract for X, valued at 3.1 billion CFA francs", "a memorandum on sports at a
    ceremony in Doha", "including several of the 32 gold and silver objects": what the deal is
    worth, where it was signed and a part of a set are no labels (they had been the topics
    "valued at 3.1 billion CFA francs", "sports at a ceremony", "several of the 32 gold")."""
    tokens = Tokens(sentence)
    assert topic_phrases(tokens, analyse_clauses(tokens).topic) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They discussed the ban on rice imports, in force since May 2024.", ["ban on rice imports"]),
        ("They discussed the visa regime in effect since 2019.", ["visa regime"]),
        ("They discussed the quota on sugar, in place until June.", ["quota on sugar"]),
        # look-alike: "in place" with no time is a word of the topic
        ("They discussed the rules in place for transit trucks.", ["rules in place for transit trucks"]),
    ],
)  # fmt: skip
def test_how_long_a_measure_has_held_is_no_topic(sentence, expected):
    """ "a ban on imports of Ukrainian wheat, maize, rapeseed and sunflower seed, in force since
    September 2023": how long the measure has held ends the topic (it had been the topic
    "force")."""
    tokens = Tokens(sentence)
    assert topic_phrases(tokens, analyse_clauses(tokens).topic) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They signed a deal on a new bridge, for which the Asian Development Bank will lend $200 million.",
         ["bridge"]),
        ("They discussed the dam project, whose first phase the World Bank funded.", ["dam project"]),
        ("The two leaders agreed that their foreign ministers would meet in June.", []),
        ("They discussed the reopening of the rail link, suspended for two weeks after the floods.",
         ["reopening of the rail link"]),
        ("They discussed the border crossing, closed since March.", ["border crossing"]),
        # look-alikes: nouns in "-eed" before "for", and a "that" of a noun's relative clause
        ("They discussed maize, seed for farmers and fertiliser.",
         ["maize", "seed for farmers", "fertiliser"]),
        ("They discussed the agreement that both sides signed last year.",
         ["agreement that both sides signed last year"]),
    ],
)  # fmt: skip
def test_a_relative_or_that_clause_and_a_participle_of_time_are_no_topics(sentence, expected):
    """ "a railway line, for which the Government of India has committed ...", "agreed that the
    ministers responsible for trade and transport would meet", "the border post, closed for
    several days": a clause is no label (they had been the topics "which the Government of
    India", "that the ministers responsible for trade", "closed for several days")."""
    tokens = Tokens(sentence)
    assert topic_phrases(tokens, analyse_clauses(tokens).topic) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They agreed to hold a meeting of energy and mining ministers.",
         ["hold a meeting of energy and mining ministers"]),
        ("They agreed to convene a meeting of finance and planning ministers.",
         ["convene a meeting of finance and planning ministers"]),
        # look-alike: a name before "and", and more words after the next item
        ("They discussed the situation in Gaza and ways to expand economic cooperation.",
         ["situation in Gaza", "expand economic cooperation"]),
    ],
)  # fmt: skip
def test_two_words_sharing_a_noun_after_a_preposition_are_one_topic(sentence, expected):
    """ "a meeting of trade and transport ministers": the two words share the noun, one item a
    little longer than a label may be (it had been cut into "convene a meeting of trade" and
    "transport ministers")."""
    tokens = Tokens(sentence)
    assert topic_phrases(tokens, analyse_clauses(tokens).topic) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They discussed fisheries and tourism.", ["fisheries", "tourism"]),
        ("The talks focused on port security and irregular migration.",
         ["port security", "irregular migration"]),
        ("The ministers signed agreements on forestry and digital cooperation.",
         ["forestry", "digital cooperation"]),
        ("They discussed cooperation in aquaculture and space research.", ["aquaculture", "space research"]),
        # look-alikes: one matter of two fields, a list's item, a document's one subject, a phrase
        ("They discussed science and technology.", ["science and technology"]),
        ("They discussed political and military consultations.", ["political and military consultations"]),
        ("They discussed coffee and cocoa exports.", ["coffee and cocoa exports"]),
        ("They discussed trade and economic cooperation.", ["trade and economic cooperation"]),
        ("They discussed fisheries, oil and gas, and tourism.", ["fisheries", "oil and gas", "tourism"]),
        ("They signed an agreement on pensions and labour mobility.", ["pensions and labour mobility"]),
        ("They discussed supplies of wheat and barley.", ["supplies of wheat and barley"]),
        ("They discussed the Indus and Jhelum rivers.", ["Indus and Jhelum rivers"]),
    ],
)  # fmt: skip
def test_a_two_item_list_gives_both_topics(sentence: str, expected: list[str]) -> None:
    """ "discussed fisheries and tourism": two topics, as a longer comma list gives each (the
    pair had been one topic "fisheries and tourism"); a pair that names one matter stays whole."""
    tokens = Tokens(sentence)
    assert topic_phrases(tokens, analyse_clauses(tokens).topic) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They discussed the Development Road project.", ["Development Road project"]),
        ("They discussed the New Silk Road initiative and the development of ports.",
         ["New Silk Road initiative", "ports"]),
        ("They discussed the Implementation Plan and the development of the Lobito corridor.",
         ["Implementation Plan", "Lobito corridor"]),
        # look-alike: framing words in lower case before a name still go
        ("They discussed the implementation of Lobito corridor works.", ["Lobito corridor works"]),
    ],
)  # fmt: skip
def test_a_capitalized_framing_word_that_runs_into_a_name_is_the_names(sentence, expected):
    """ "the Development Road project": a framing word opening a name is the name's first word
    (the topic had been "Road project")."""
    tokens = Tokens(sentence)
    assert topic_phrases(tokens, analyse_clauses(tokens).topic) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They discussed the exit of Togo, Benin and Ghana from the customs union.",
         ["exit of Togo, Benin and Ghana from the customs union"]),
        ("They discussed energy and the accession of Serbia, Albania and Montenegro to the bloc.",
         ["energy", "accession of Serbia, Albania and Montenegro to the bloc"]),
        # look-alikes: a list of names alone and a name's own "of"; one with nothing after it is one item too
        ("They discussed Mali, Niger and Chad.", ["Mali", "Niger", "Chad"]),
        ("They discussed the situation of Mali, Niger and Chad.", ["situation of Mali, Niger and Chad"]),
        ("They discussed trade, the Port of Tema, Lome and Cotonou in depth.",
         ["trade", "Port of Tema", "Lome and Cotonou in depth"]),
    ],
)  # fmt: skip
def test_a_list_of_names_that_of_governs_inside_an_item_stays_in_it(sentence, expected):
    """ "the withdrawal of Mali, Burkina Faso and Niger from ECOWAS": the names are one object
    of "of", and the item goes on after them (it had been cut into "withdrawal of Mali" and
    "Burkina Faso and Niger from ECOWAS")."""
    tokens = Tokens(sentence)
    assert topic_phrases(tokens, analyse_clauses(tokens).topic) == expected


def test_entities_in_shares_the_tokens():
    tokens = Tokens("President Kassym-Jomart Tokayev received Chinese Ambassador Zhang Xiao.")
    entities = entities_in(tokens)
    assert [p.name for p in entities.people] == ["Kassym-Jomart Tokayev", "Zhang Xiao"]


# ---------------------------------------------------------------------------------------
# the labelled sample corpus


def _corpus_documents():
    from orchestration.extraction.documents import parse_raw_file
    from orchestration.extraction.model import Document, RawFile

    corpus = corpus_or_skip()
    docs = {}
    for path in sorted((corpus / "docs").iterdir()):
        for record in parse_raw_file(RawFile(path.name, path.read_bytes(), 0, 0), max_bytes=10**8):
            if isinstance(record, Document):
                docs[path.stem] = record
    return corpus, docs


def test_sample_article_gives_exactly_one_meeting():
    corpus, docs = _corpus_documents()
    doc = docs["kz_cn_2024-04-01"]
    found = extract_engagements(doc.text, split_sentences(doc.text), doc.published_date, doc.dateline)
    assert [summary(e) for e in found] == [("meeting", "2024-04-01", ("CHN", "KAZ"), "Astana")]
    assert people(found[0]) == ["Murat Nurtleu", "Liu Yongxing"]
    assert organizations(found[0]) == [
        "Shandong Hi-Speed Group",
        "Chinese Meat Association",
        "East Hope Group",
    ]
    assert json.loads((corpus / "gold" / "kz_cn_2024-04-01.json").read_text())["engagements"]


def _count_words(texts: list[str]) -> dict[str, int]:
    """The yardstick of the test below: plain Python over every word of the same texts, ten
    times, code of no rule of the extractor, that slows with the machine as the extractor does."""
    counts: dict[str, int] = {}
    for _ in range(10):
        for text in texts:
            for word in text.split():
                key = word.strip(".,;:'\"()").lower()
                counts[key] = counts.get(key, 0) + 1
    return counts


def _cpu_seconds(work) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def test_no_pathological_slowdown_on_the_sample_corpus(capsys):
    """A guard against a rule that goes quadratic or backtracks (a 4x slowdown), not the speed
    target: that lives in the benchmark (benchmarks/run.py). The extractor's CPU time over the
    sample corpus is compared with that of a yardstick (`_count_words`) timed right before it
    in the same round, not with a fixed rate: on two cores shared with other work the rate
    itself was 48,000 words per CPU second in the suite and single rounds 35,000-44,000, at
    or below the former floor of 45,000, while the ratio stayed at 8-13 (best of five 8-10).
    Garbage collection is off while timing and a first pass (lazy tables, compiled patterns)
    is left out. A backtracking pattern that slows the extractor 2.3 times gives 22."""
    _, docs = _corpus_documents()
    prepared = [(d, split_sentences(d.text)) for d in docs.values()]
    texts = [d.text for d in docs.values()]
    words = sum(len(text.split()) for text in texts)

    def extract_all() -> None:
        for doc, sentences in prepared:
            extract_engagements(doc.text, sentences, doc.published_date, doc.dateline)

    extract_all()
    rounds = []
    for _ in range(5):
        gc.collect()
        gc.disable()
        try:
            yardstick = _cpu_seconds(lambda: _count_words(texts))
            extraction = _cpu_seconds(extract_all)
        finally:
            gc.enable()
        rounds.append((extraction / yardstick, extraction))
    ratio, seconds = min(rounds)
    with capsys.disabled():
        print(
            f"\nextract_engagements: {ratio:.1f}x the yardstick, {words / seconds:,.0f} words per CPU second"
        )
    assert ratio < 20, f"{ratio:.1f}x the yardstick ({words / seconds:,.0f} words per CPU second)"


def test_letters_that_grow_when_lower_cased_keep_sentences_aligned():
    found = extract(
        story(
            "İSTANBUL - Markets were calm.",
            "Turkish President Recep Tayyip Erdoğan met Azerbaijani President Ilham Aliyev in İstanbul on "
            "Monday.",
        ),
        date(2024, 11, 20),
        "Istanbul",
    )
    assert [summary(e) for e in found] == [("meeting", "2024-11-18", ("AZE", "TUR"), "İstanbul")]


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        (
            "A Saudi delegation led by Energy Minister Prince Abdulaziz bin Salman visited Baku on Tuesday, "
            "where it held talks with Azerbaijani officials.",
            "Baku",
            [
                ("meeting", "2024-11-19", ("AZE", "SAU"), "Baku"),
                ("visit", "2024-11-19", ("AZE", "SAU"), "Baku"),
            ],
        ),
        (
            "King Abdullah II received in audience Egyptian Foreign Minister Badr Abdelatty at Al Husseiniya "
            "Palace on Tuesday.",
            "Amman",
            [("meeting", "2024-11-19", ("EGY", "JOR"), "Amman")],
        ),
        (
            "Brazil's Lula met Argentina's Milei in Brasilia on Monday.",
            None,
            [("meeting", "2024-11-18", ("ARG", "BRA"), "Brasilia")],
        ),
        (
            "Nigeria's Vice President Kashim Shettima attended the Africa-Korea summit in Seoul on Tuesday.",
            "Abuja",
            [("forum", "2024-11-19", ("KOR", "NGA"), "Seoul")],
        ),
    ],
)
def test_delegations_audiences_and_named_summits(text, dateline, expected):
    found = extract(text, date(2024, 11, 20), dateline)
    assert sorted(summary(e) for e in found) == expected
    assert not any(p.name == "II" for e in found for p in e.participants)


def test_a_joint_commission_session_is_a_negotiation():
    found = extract(
        "The 5th session of the Egypt-Sudan Joint Higher Committee was held in Cairo on Wednesday.",
        FRI,
        "Cairo",
    )
    assert [(e.engagement_type, e.cameo_code, e.plover_event) for e in found] == [("forum", "046", "CONSULT")]


@pytest.mark.parametrize(
    ("paragraphs", "published", "expected"),
    [
        (
            (
                "President William Ruto and Ghanaian President Nana Akufo-Addo agreed on Wednesday to open "
                "talks on a visa waiver.",
                "The two leaders met at State House in Nairobi, a day after Akufo-Addo arrived in the "
                "Kenyan capital on a state visit ahead of a regional summit he is scheduled to attend on "
                "Friday.",
            ),
            date(2024, 3, 15),
            [
                ("meeting", "2024-03-13", ("GHA", "KEN"), "Nairobi"),
                ("visit", "2024-03-12", ("GHA", "KEN"), "Nairobi"),
            ],
        ),
        (
            (
                "Chilean President Gabriel Boric and Uruguayan President Luis Lacalle Pou held talks at "
                "La Moneda in Santiago, two days after Lacalle Pou landed in the Chilean capital for a "
                "working visit.",
            ),
            date(2024, 3, 15),
            [
                ("meeting", "2024-03-15", ("CHL", "URY"), "Santiago"),
                ("visit", "2024-03-13", ("CHL", "URY"), "Santiago"),
            ],
        ),
        (
            (
                "Thai Prime Minister Srettha Thavisin and Vietnamese Prime Minister Pham Minh Chinh agreed "
                "on Monday to raise trade to $25 billion.",
                "The two premiers met at Government House in Bangkok, where Pham Minh Chinh will also "
                "address a business forum on Thursday.",
            ),
            date(2024, 3, 15),
            [("meeting", "2024-03-11", ("THA", "VNM"), "Bangkok")],
        ),
    ],
)
def test_a_day_after_dates_the_anchor_and_future_dates_date_nothing(paragraphs, published, expected):
    found = extract(story(*paragraphs), published)
    assert sorted(summary(e) for e in found) == expected


def test_following_the_talks_the_signatories_sign_and_the_witnesses_join():
    found = extract(
        story(
            "ACCRA, March 15 - President Nana Akufo-Addo held talks with Ivorian President Alassane "
            "Ouattara at Jubilee House on Thursday.",
            "Following the talks, Foreign Minister Shirley Ayorkor Botchwey and Ivorian Foreign Minister "
            "Kacou Houadja Leon Adom signed a memorandum on border security, witnessed by the two "
            "presidents.",
        ),
        FRI,
        "Accra",
    )
    meeting = next(e for e in found if e.engagement_type == "meeting")
    agreement = next(e for e in found if e.engagement_type == "agreement")
    assert people(meeting) == ["Nana Akufo-Addo", "Alassane Ouattara"]
    assert sorted(people(agreement)) == sorted(
        ["Shirley Ayorkor Botchwey", "Kacou Houadja Leon Adom", "Nana Akufo-Addo", "Alassane Ouattara"]
    )
    countries = {p.name: p.country_iso3 for p in agreement.participants}
    assert countries["Shirley Ayorkor Botchwey"] == "GHA"
    assert summary(agreement) == ("agreement", "2024-03-14", ("CIV", "GHA"), "Accra")


@pytest.mark.parametrize(
    ("paragraphs", "dateline", "expected_visit"),
    [
        (
            (
                "Mexico City – President Claudia Sheinbaum received Guatemalan President Bernardo Arévalo "
                "at the National Palace on Wednesday, in the first state visit by a Guatemalan leader in "
                "a decade.",
                "Arévalo arrived in the federal capital on Tuesday with a delegation of ministers.",
                "After a private meeting and a working lunch, the two presidents signed 11 agreements. "
                "Trade reached US$ 2.1 billion last year.",
            ),
            "Mexico City",
            ("visit", "2024-03-12", ("GTM", "MEX"), "Mexico City"),
        ),
        (
            (
                "ABUJA, March 15 - President Bola Tinubu hosted Senegalese President Bassirou Diomaye Faye "
                "at the State House on Thursday during a working visit.",
                "Faye arrived in the Nigerian capital on Wednesday evening.",
                "After a closed-door meeting, the two leaders signed a memorandum on energy.",
            ),
            "Abuja",
            ("visit", "2024-03-13", ("NGA", "SEN"), "Abuja"),
        ),
    ],
)
def test_one_trip_is_one_visit_dated_by_the_arrival(paragraphs, dateline, expected_visit):
    found = extract(story(*paragraphs), FRI, dateline)
    visits = [e for e in found if e.engagement_type == "visit"]
    assert [summary(v) for v in visits] == [expected_visit]
    assert len(people(visits[0])) == 1  # the one received, not the host
    meeting = next(e for e in found if e.engagement_type == "meeting")
    agreement = next(e for e in found if e.engagement_type == "agreement")
    assert agreement.engagement_date == meeting.engagement_date  # signed after that day's talks
    assert all("USA" not in e.countries for e in found)


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        (
            "Foreign Minister Vivian Balakrishnan held talks with Philippine Foreign Secretary Enrique "
            "Manalo here on Tuesday. Manalo, who arrived here on Monday on a two-day visit, also called on "
            "the prime minister.",
            "Singapore",
            [
                ("meeting", "2024-03-12", ("PHL", "SGP"), "Singapore"),
                ("visit", "2024-03-11", ("PHL", "SGP"), "Singapore"),
            ],
        ),
        (
            "NAIROBI, March 15 (Reuters) - Kenya and Uganda pledged on Thursday to end their dispute over "
            "milk exports, a day after President William Ruto hosted Ugandan President Yoweri Museveni for "
            "talks in Nairobi.",
            "Nairobi",
            [("meeting", "2024-03-13", ("KEN", "UGA"), "Nairobi")],
        ),
    ],
)
def test_here_is_the_dateline_and_pledges_are_not_events(text, dateline, expected):
    found = extract(text, FRI, dateline)
    assert sorted(summary(e) for e in found) == sorted(expected)


@pytest.mark.parametrize(
    "second",
    [
        "The documents, covering energy, tourism and higher education, were exchanged in the presence of "
        "both leaders.",
        "These agreements were exchanged in the presence of the two prime ministers.",
    ],
)
def test_documents_exchanged_in_the_presence_of_the_leaders(second):
    found = extract(
        story(
            "HANOI, March 15 (VNA) - Vietnam and Cambodia today exchanged nine agreements after Prime "
            "Minister Pham Minh Chinh held talks with Cambodian Prime Minister Hun Manet in Hanoi.",
            second,
        ),
        FRI,
        "Hanoi",
    )
    agreement = next(e for e in found if e.engagement_type == "agreement")
    assert summary(agreement) == ("agreement", "2024-03-15", ("KHM", "VNM"), "Hanoi")
    assert sorted(people(agreement)) == ["Hun Manet", "Pham Minh Chinh"]
    assert len(found) == 2


def test_a_commission_that_met_is_a_forum_and_the_instruments_signed_are_the_signing_told():
    found = extract(
        story(
            "KAMPALA, March 15 - President Yoweri Museveni hosted Tanzanian President Samia Suluhu Hassan "
            "at State House, Entebbe, on Thursday for talks on the oil pipeline.",
            "After the talks, the two leaders witnessed the signing of three agreements. Energy Minister "
            "Ruth Nankabirwa and Tanzania's Minister of Energy Doto Biteko signed the legal instruments.",
            "On Tuesday, the Uganda-Tanzania Joint Permanent Commission met at ministerial level in "
            "Kampala, co-chaired by Prime Cabinet Secretary Robinah Nabbanja and Tanzania's Foreign "
            "Minister Gen Jacob Mkunda.",
        ),
        FRI,
        "Kampala",
    )
    assert sorted(summary(e) for e in found) == [
        ("agreement", "2024-03-14", ("TZA", "UGA"), "Entebbe"),
        ("forum", "2024-03-12", ("TZA", "UGA"), "Kampala"),
        ("meeting", "2024-03-14", ("TZA", "UGA"), "Entebbe"),
    ]
    agreement = next(e for e in found if e.engagement_type == "agreement")
    assert sorted(people(agreement)) == [
        "Doto Biteko",
        "Ruth Nankabirwa",
        "Samia Suluhu Hassan",
        "Yoweri Museveni",
    ]
    forum = next(e for e in found if e.engagement_type == "forum")
    assert organizations(forum) == []
    assert "Jacob Mkunda" in people(forum)


def test_an_airport_is_a_place_not_a_side():
    found = extract(
        "Iraqi Prime Minister Mohammed Shia al-Sudani received Turkish President Recep Tayyip Erdogan at "
        "Baghdad International Airport on Monday.",
        FRI,
        "Baghdad",
    )
    assert [summary(e) for e in found] == [("meeting", "2024-03-11", ("IRQ", "TUR"), "Baghdad")]
    assert organizations(found[0]) == []


def test_a_named_high_level_meeting_is_a_forum_and_the_signing_keeps_the_summit_day():
    found = extract(
        story(
            "Italian Prime Minister Giorgia Meloni and Algerian Prime Minister Nadir Larbaoui co-chaired the "
            "5th Italy-Algeria High-Level Meeting in Algiers on Thursday, the first such summit since 2019.",
            "Meloni, who arrived in the Algerian capital on Wednesday evening with seven ministers, said "
            "ties had never been closer.",
            "The two governments signed 15 agreements and memoranda of understanding on energy, water and "
            "transport, including a plan for new ferry lines to Annaba and Oran.",
        ),
        FRI,
    )
    assert sorted(summary(e) for e in found) == [
        ("agreement", "2024-03-14", ("DZA", "ITA"), "Algiers"),
        ("forum", "2024-03-14", ("DZA", "ITA"), "Algiers"),
        ("visit", "2024-03-13", ("DZA", "ITA"), "Algiers"),
    ]
    agreement = next(e for e in found if e.engagement_type == "agreement")
    assert people(agreement) == ["Giorgia Meloni", "Nadir Larbaoui"]
    assert organizations(agreement) == []


def test_a_title_in_apposition_stays_in_its_clause_and_a_memorandum_purpose_is_topic():
    found = extract(
        story(
            "Doha: Trade figures were released after Sheikh Mohammed bin Hamad Al Thani, Minister of "
            "Commerce and Industry, met Malaysian Trade Minister Tengku Zafrul Aziz in Doha on Tuesday.",
            "The two ministers also witnessed the signing of a memorandum of understanding between Qatar "
            "Airways and Malaysia Airlines to open a new route to Kota Kinabalu, Sabah.",
        ),
        FRI,
        "Doha",
    )
    assert sorted(summary(e) for e in found) == [
        ("agreement", "2024-03-12", ("MYS", "QAT"), "Doha"),
        ("meeting", "2024-03-12", ("MYS", "QAT"), "Doha"),
    ]
    meeting = next(e for e in found if e.engagement_type == "meeting")
    assert people(meeting) == ["Mohammed bin Hamad Al Thani", "Tengku Zafrul Aziz"]


def test_purpose_phrases_name_no_participants_and_a_call_to_prepare_the_meeting_is_apart():
    found = extract(
        story(
            "Chilean Foreign Minister Alberto van Klaveren received Peruvian Foreign Minister Javier "
            "González-Olaechea in Santiago on Monday, in a bid to ease tensions between President Gabriel "
            "Boric and Peru's Dina Boluarte.",
            "The meeting came a week after the two ministers spoke by phone on March 4 to prepare the "
            "meeting.",
        ),
        FRI,
        "Santiago",
    )
    assert sorted(summary(e) for e in found) == [
        ("meeting", "2024-03-11", ("CHL", "PER"), "Santiago"),
        ("phone_call", "2024-03-04", ("CHL", "PER"), None),
    ]
    meeting = next(e for e in found if e.engagement_type == "meeting")
    assert people(meeting) == ["Alberto van Klaveren", "Javier González-Olaechea"]


def test_the_session_told_again_is_the_commission_session():
    found = extract(
        story(
            "ACCRA, March 15 - Ghana and Côte d'Ivoire held the 3rd Session of the Ghana–Côte d'Ivoire "
            "Permanent Joint Commission on Trade in Accra on Tuesday.",
            "Key outcomes of the Session include the removal of eleven barriers.",
            "On the sidelines of the Session, the Association of Ghana Industries and its Ivorian "
            "counterpart CGECI signed a cooperation agreement.",
        ),
        FRI,
        "Accra",
    )
    assert sorted(summary(e) for e in found) == [
        ("agreement", "2024-03-12", ("CIV", "GHA"), "Accra"),
        ("forum", "2024-03-12", ("CIV", "GHA"), "Accra"),
    ]


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        (
            "LIMA - The President of the Republic, Dina Boluarte, received on Thursday the Minister of "
            "Foreign Affairs of Colombia, Luis Gilberto Murillo, at the Government Palace.",
            "Lima",
            ("meeting", "2024-03-14", ("COL", "PER"), "Lima"),
        ),
        (
            "DAKAR - President Bassirou Diomaye Faye received yesterday the Ivorian Prime Minister Robert "
            "Beugré Mambé at the Palace of the Republic.",
            "Dakar",
            ("meeting", "2024-03-14", ("CIV", "SEN"), "Dakar"),
        ),
        (
            "BRASILIA - President Lula received on 12 March the Chilean Foreign Minister Alberto van "
            "Klaveren at the Planalto Palace.",
            "Brasilia",
            ("meeting", "2024-03-12", ("BRA", "CHL"), "Brasília"),
        ),
    ],
)
def test_a_date_between_the_verb_and_its_object(text, dateline, expected):
    """Translated Romance-language copy puts the date right after the verb."""
    found = extract(text, FRI, dateline)
    assert [summary(e) for e in found] == [expected]
    assert len(people(found[0])) == 2


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        (
            "KUWAIT - Saudi Foreign Minister Prince Faisal bin Farhan held talks on Thursday with his "
            "Kuwaiti counterpart Abdullah Ali Al-Yahya.",
            "Kuwait",
            {"Abdullah Ali Al-Yahya": "Foreign Minister"},
        ),
        (
            "LIMA - Colombian Foreign Minister Luis Gilberto Murillo met his Peruvian peer, Javier "
            "González-Olaechea, on Thursday.",
            "Lima",
            {"Javier González-Olaechea": "Foreign Minister"},
        ),
        (
            "ACCRA - Ghana's Trade Minister Kobina Tahir Hammond spoke by phone on Thursday with his "
            "Nigerian counterpart Doris Uzoka-Anite.",
            "Accra",
            {"Doris Uzoka-Anite": "Trade Minister"},
        ),
        (
            "LUANDA - The Foreign Minister of Angola, Tete António, held talks on Thursday with his "
            "counterpart from the Democratic Republic of Congo, Thérèse Kayikwamba Wagner.",
            "Luanda",
            {"Thérèse Kayikwamba Wagner": "Foreign Minister"},
        ),
        # "homologue", as translated Latin American copy writes it (the role had stayed untold)
        (
            "SANTIAGO - Chilean Foreign Minister Alberto van Klaveren met his Bolivian homologue Celinda "
            "Sosa on Thursday.",
            "Santiago",
            {"Celinda Sosa": "Foreign Minister"},
        ),
    ],
)
def test_a_counterpart_holds_the_role_of_the_other_side(text, dateline, expected):
    found = extract(text, FRI, dateline)
    titles = {p.name: p.title for p in found[0].participants if p.name in expected}
    assert titles == expected


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        (
            story(
                "ISLAMABAD - Federal Minister for Commerce Jam Kamal Khan held a meeting with Afghan interim "
                "government's Acting Minister of Commerce Nooruddin Azizi here on Thursday.",
            ),
            "Islamabad",
            {"Jam Kamal Khan": "PAK", "Nooruddin Azizi": "AFG"},
        ),
        (
            story(
                "LIMA - The Vice Minister of Foreign Trade, Ana Cecilia Gervasi, met on Thursday a business "
                "mission of the Colombian export agency headed by Carmen Caballero.",
            ),
            "Lima",
            {"Ana Cecilia Gervasi": "PER", "Carmen Caballero": "COL"},
        ),
        (
            story(
                "NAIROBI - Trade Cabinet Secretary Rebecca Miano held talks on Thursday with a Ugandan team "
                "led by Minister Francis Mwebesa.",
            ),
            "Nairobi",
            {"Rebecca Miano": "KEN", "Francis Mwebesa": "UGA"},
        ),
    ],
)
def test_a_named_side_goes_to_the_person_named_after_it(text, dateline, expected):
    found = extract(text, FRI, dateline)
    assert {p.name: p.country_iso3 for p in found[0].participants if p.name in expected} == expected


@pytest.mark.parametrize(
    ("lead", "recall", "venue_country"),
    [
        (
            "OHRID - Prime Minister Hristijan Mickoski and Albanian Prime Minister Edi Rama held a joint "
            "session of the two governments in Ohrid on Thursday.",
            "Mickoski recalled his talks with Viktor Orbán in Budapest on February 2.",
            "HUN",
        ),
        (
            "BITOLA - Prime Minister Zoran Zaev and Greek Prime Minister Kyriakos Mitsotakis held talks in "
            "Bitola on Thursday.",
            "Zaev recalled his meeting with Giorgia Meloni in Rome on February 2.",
            "ITA",
        ),
        (
            "KANDY - President Anura Kumara Dissanayake and Maldivian President Mohamed Muizzu held talks in "
            "Kandy on Thursday.",
            "Dissanayake recalled his meeting with Xi Jinping in Beijing on February 2.",
            "CHN",
        ),
    ],
)
def test_a_person_keeps_one_country_through_the_story(lead, recall, venue_country):
    """The dateline city is unknown to the lexicon: the first engagement settles the leader's
    country, and the recalled meeting abroad gives the venue's country to the host."""
    found = extract(story(lead, recall), FRI, None)
    settled = {p.name: p.country_iso3 for p in found[0].participants}
    recalled = [e for e in found if e.engagement_date == date(2024, 2, 2)]
    assert len(recalled) == 1
    host, visitor = sorted(recalled[0].participants, key=lambda p: p.name in settled)
    assert host.country_iso3 == venue_country
    assert visitor.country_iso3 == settled[visitor.name]


@pytest.mark.parametrize(
    "text",
    [
        "TOKYO - The two foreign ministers signed the Exchange of Notes on a grant for a hospital in "
        "Ulaanbaatar on Thursday, Japanese minister Yoko Kamikawa and Mongolian minister Battsetseg "
        "Batmunkh said.",
        "PHNOM PENH - Vietnamese Public Security Minister General To Lam and Samdech Krolahom Sar Sokha, "
        "Deputy Prime Minister of Cambodia, signed a cooperation plan on Thursday.",
        "DAKAR - The Ivorian Minister of State, Minister of Foreign Affairs, African Integration and the "
        "Diaspora, Kacou Houadja Léon Adom, and Senegalese minister Yassine Fall signed eleven agreements on "
        "Thursday.",
        "RABAT - Moroccan minister Nasser Bourita and Spanish minister José Manuel Albares signed the "
        "Exchange of Letters on fisheries on Thursday.",
    ],
)
def test_documents_honorifics_and_portfolios_are_no_organizations(text):
    found = extract(text, FRI, None)
    assert found and all(organizations(e) == [] for e in found)


@pytest.mark.parametrize(
    ("text", "styled"),
    [
        (
            "MADRID - Their Majesties King Felipe and Queen Letizia of Spain on Thursday received Argentine "
            "President Javier Milei at the Zarzuela Palace.",
            ("Felipe", "King", "ESP"),
        ),
        (
            "STOCKHOLM - Indonesian President Joko Widodo was received on Thursday by Their Royal "
            "Highnesses Crown Princess Victoria and Prince Daniel at the Royal Palace in Stockholm.",
            ("Victoria", "Crown Princess", "SWE"),
        ),
        (
            "ACCRA - Their Excellencies President Nana Akufo-Addo and First Lady Rebecca Akufo-Addo hosted "
            "Irish President Michael D. Higgins at Jubilee House in Accra on Thursday.",
            ("Nana Akufo-Addo", "President", "GHA"),
        ),
    ],
)
def test_plural_styles_name_no_body(text, styled):
    """ "Their Majesties King X and Queen Y": a plural style, like "His Majesty", is a courtesy
    before the names, not a body the first of them represents."""
    (found,) = extract(text, FRI, None)
    name, title, country = styled
    person = next(p for p in found.participants if p.name == name)
    assert (person.title, person.country_iso3, person.organization) == (title, country, None)
    assert organizations(found) == []


def test_a_counterpart_borrows_the_role_only_where_told():
    """The role is the one of the person he is told to be the counterpart of, and it stays
    his in the later reception by a president (not the president's role)."""
    found = extract(
        story(
            "DAKAR - Prime Minister Amadou Ba held talks on Thursday with his Ivorian counterpart Robert "
            "Beugré Mambé.",
            "Mr Mambé was received on Friday morning by President Macky Sall at the Palace.",
        ),
        FRI,
        "Dakar",
    )
    titles = [{p.name: p.title for p in e.participants}.get("Robert Beugré Mambé") for e in found]
    assert titles == ["Prime Minister", "Prime Minister"]


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        (
            "SANTIAGO - President Gabriel Boric visited Lima on Monday and Quito on Tuesday on a regional "
            "tour.",
            "Santiago",
            [
                ("visit", "2024-03-11", ("CHL", "PER"), "Lima"),
                ("visit", "2024-03-12", ("CHL", "ECU"), "Quito"),
            ],
        ),
        (
            "KUWAIT - Saudi Foreign Minister Prince Faisal bin Farhan arrived in Kuwait on Sunday on the "
            "second stop of a Gulf tour that began in Manama on Saturday.",
            "Kuwait",
            [
                ("visit", "2024-03-10", ("KWT", "SAU"), "Kuwait"),
                ("visit", "2024-03-09", ("BHR", "SAU"), "Manama"),
            ],
        ),
        (
            "TALLINN - Estonian Prime Minister Kaja Kallas visited Helsinki on Monday and Stockholm on "
            "Tuesday.",
            "Tallinn",
            [
                ("visit", "2024-03-11", ("EST", "FIN"), "Helsinki"),
                ("visit", "2024-03-12", ("EST", "SWE"), "Stockholm"),
            ],
        ),
        (
            "SINGAPORE - Indonesian President Joko Widodo flew to Singapore on Monday after a stop in Kuala "
            "Lumpur on Sunday.",
            "Singapore",
            [
                ("visit", "2024-03-11", ("IDN", "SGP"), "Singapore"),
                ("visit", "2024-03-10", ("IDN", "MYS"), "Kuala Lumpur"),
            ],
        ),
    ],
)
def test_a_tour_told_in_one_sentence_is_one_visit_per_host(text, dateline, expected):
    assert [summary(e) for e in extract(text, FRI, dateline)] == expected


def test_a_tour_without_a_day_per_city_stays_one_visit():
    found = extract(
        "NAIROBI - Ethiopian Prime Minister Abiy Ahmed arrived in Nairobi on Wednesday for a three-day state "
        "visit, after talks in Kampala and Kigali.",
        FRI,
        "Nairobi",
    )
    assert [summary(e) for e in found if e.engagement_type == "visit"] == [
        ("visit", "2024-03-13", ("ETH", "KEN"), "Nairobi")
    ]


# ---------------------------------------------------------------------------------------
# round 3: press releases, hosts named as "the country", private people, appeals, venues


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Nairobi, March 3, 2024. The Cabinet Secretary for Trade, Rebecca Miano, held talks today "
            "with Tanzania's Minister of Industry and Trade Ashatu Kijaji.",
            date(2024, 3, 4),
            [("meeting", "2024-03-03", ("KEN", "TZA"), "Nairobi")],
        ),
        (
            "Lima, 12 May 2024 (Andina).- Peru's Foreign Minister Javier Gonzalez-Olaechea met Chilean "
            "Foreign Minister Alberto van Klaveren on Friday.",
            date(2024, 5, 14),
            [("meeting", "2024-05-10", ("CHL", "PER"), "Lima")],
        ),
        (
            "Accra, 14 February 2024 (GNA) - Ghana's Minister of Trade K.T. Hammond received the "
            "Ivorian Minister of Commerce Souleymane Diarrassouba today.",
            date(2024, 2, 16),
            [("meeting", "2024-02-14", ("CIV", "GHA"), "Accra")],
        ),
    ],
)
def test_a_press_release_counts_its_days_from_its_own_date_line(text, published, expected):
    text = clean_body(text)
    found = extract_engagements(text, split_sentences(text), published, text.split(",")[0])
    assert [summary(e) for e in found] == expected


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        (
            "KAMPALA - Kenyan President William Ruto, who arrived in the country on Monday for a two-day "
            "state visit, held talks with President Yoweri Museveni on Tuesday.",
            "Kampala",
            [
                ("meeting", "2024-03-12", ("KEN", "UGA"), "Kampala"),
                ("visit", "2024-03-11", ("KEN", "UGA"), "Kampala"),
            ],
        ),
        (
            "RIYADH - Indonesian President Prabowo Subianto arrived in the kingdom on Sunday for an "
            "official visit.",
            "Riyadh",
            [("visit", "2024-03-10", ("IDN", "SAU"), "Riyadh")],
        ),
        (
            "ABUJA - Ghana's Foreign Minister Shirley Ayorkor Botchwey arrived in the country on Wednesday "
            "on a working visit.",
            "Abuja",
            [("visit", "2024-03-13", ("GHA", "NGA"), "Abuja")],
        ),
        # "visiting the Sultanate": the object of the verb is the country the story is filed from
        (
            "MUSCAT - Oman's Foreign Minister Sayyid Badr Albusaidi on Wednesday received Pakistani Commerce "
            "Minister Jam Kamal Khan, who is visiting the Sultanate at the head of a business delegation.",
            "Muscat",
            [
                ("meeting", "2024-03-13", ("OMN", "PAK"), "Muscat"),
                ("visit", "2024-03-13", ("OMN", "PAK"), "Muscat"),
            ],
        ),
        # a possessive names a thing of the country, no visit to it
        (
            "RIYADH - Saudi Commerce Minister Majid Al Qasabi on Wednesday met Kenyan Trade Minister Lee "
            "Kinyanjui, who visited the Kingdom's pavilion at an expo last year.",
            "Riyadh",
            [("meeting", "2024-03-13", ("KEN", "SAU"), "Riyadh")],
        ),
    ],
)
def test_arrived_in_the_country_is_the_dateline_country(text, dateline, expected):
    assert sorted(summary(e) for e in extract(text, FRI, dateline)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Polish and Peruvian musicians met for a week of joint rehearsals before the opening.",
        "Kenyan and Ugandan marathon runners met in Eldoret on Sunday.",
        "Brazilian and Argentine students met in Porto Alegre on Monday for a chess tournament.",
        "The president called on the Economic Community of West African States (ECOWAS) member countries "
        "to lift the sanctions.",
        "Prime Minister Abiy called on the Intergovernmental Authority on Development (IGAD) member states "
        "to boost intra-regional trade.",
        "Ruto called on African governments to invest in the continent's railways.",
        # an infinitive of talk after a collective is still an appeal
        "Ruto called on African governments to discuss a common rail gauge.",
    ],
)
def test_private_people_and_appeals_are_no_engagements(text):
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "RABAT - A group of Turkish businessmen visited the Kenitra Atlantic Free Zone Agency on Monday.",
        "RABAT - Groups of Spanish investors visited the Moroccan Agency for Solar Energy on Tuesday.",
    ],
)
def test_a_group_of_traders_on_their_own_account_names_no_side(text):
    assert extract(text, FRI, "Rabat") == []


def test_a_delegation_of_traders_keeps_its_side():
    found = extract(
        "RABAT - A delegation of Turkish investors visited the Kenitra Atlantic Free Zone Agency on Monday.",
        FRI,
        "Rabat",
    )
    assert [e.countries for e in found] == [("MAR", "TUR")]


def test_a_courtesy_call_on_a_person_is_still_a_meeting():
    found = extract(
        "Singapore's Foreign Minister Vivian Balakrishnan called on Indonesian President Joko Widodo at "
        "the Merdeka Palace on Monday."
    )
    assert [summary(e) for e in found] == [("meeting", "2024-03-11", ("IDN", "SGP"), "Jakarta")]


@pytest.mark.parametrize(
    "text",
    [
        "Singapore's Foreign Minister Vivian Balakrishnan called on opposition leader Prabowo Subianto "
        "at his residence on Monday.",
        "Singapore's Foreign Minister Vivian Balakrishnan called on provincial governor Khofifah Parawansa "
        "in Surabaya on Monday.",
    ],
)
def test_a_courtesy_call_on_a_lower_case_role_and_name_is_a_meeting(text):
    """ "called on opposition leader X": a role in lower case before the name is one person
    visited, as "the leader" is (the call had been read as an appeal and lost)."""
    assert [summary(e)[0] for e in extract(text)] == ["meeting"]


def test_an_appeal_to_a_lower_case_role_and_name_is_no_meeting():
    assert (
        extract(
            "Singapore's Foreign Minister Vivian Balakrishnan called on opposition leader Prabowo "
            "Subianto to withdraw the bill on Monday."
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Singapore's Foreign Minister Vivian Balakrishnan called on the Governor of East Java, Khofifah "
        "Parawansa, to discuss food security on Monday.",
        "Singapore's Foreign Minister Vivian Balakrishnan on Monday called on Indonesian Trade Minister "
        "Budi Santoso to review the progress of the border trade scheme.",
    ],
)
def test_a_courtesy_call_told_with_its_purpose_is_still_a_meeting(text):
    """ "called on X to discuss ...": an infinitive of talk tells what the call was for, no appeal
    to X to act (the meeting had been lost)."""
    assert [summary(e)[0] for e in extract(text)] == ["meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "Senegal's Prime Minister Ousmane Sonko urged Moroccan firms to invest in fisheries. He made the "
        "call when Moroccan Agriculture Minister Ahmed El Bouari paid a courtesy call on him at his office "
        "in Dakar on Monday.",
        "Senegal's Prime Minister Ousmane Sonko made the call for joint fish processing plants when he "
        "received Moroccan Agriculture Minister Ahmed El Bouari in Dakar on Monday.",
    ],
)
def test_made_the_call_is_an_appeal_not_a_phone_call(text):
    """ "He made the call when X paid a courtesy call on him": "made the call", reaching no one
    ("to X"), is the idiom for an appeal (a phone call had been added beside the meeting)."""
    found = extract(text, FRI, "Dakar")
    assert [e.engagement_type for e in found] == ["meeting"]


def test_made_the_call_to_someone_is_a_phone_call():
    found = extract(
        "Senegalese President Bassirou Diomaye Faye made the call to Gambian President Adama Barrow "
        "on Monday."
    )
    assert [e.engagement_type for e in found] == ["phone_call"]


@pytest.mark.parametrize(
    ("text", "dateline", "location"),
    [
        (
            "Taoiseach Leo Varadkar told US President Joe Biden that Ireland was troubled by the "
            "catastrophe unfolding in Gaza, during their meeting in the Oval Office on Friday.",
            None,
            "Washington",
        ),
        (
            "Egyptian President Abdel Fattah al-Sisi discussed the situation in Gaza with Jordan's King "
            "Abdullah II during a meeting on Monday.",
            "Cairo",
            "Cairo",
        ),
        (
            "Indian Prime Minister Narendra Modi held talks with Vietnamese Prime Minister Pham Minh Chinh "
            "at Hyderabad House on Thursday.",
            None,
            "New Delhi",
        ),
        (
            "Following the talks, the two leaders witnessed the signing of a loan for a hospital project in "
            "Mombasa between Kenya and Japan on Friday.",
            "Nairobi",
            "Nairobi",
        ),
        (
            "Malaysian Prime Minister Anwar Ibrahim met Singapore's Prime Minister Lawrence Wong at the "
            "Istana on Tuesday to discuss the war in Ukraine.",
            None,
            "Singapore",
        ),
        (  # a direction before the place's name
            "Indonesia's Antam and China's Huayou Cobalt signed a $6 billion deal on Thursday to build a "
            "battery plant in East Java.",
            "Jakarta",
            "Jakarta",
        ),
    ],
)
def test_the_venue_is_not_a_place_talked_about(text, dateline, location):
    found = extract(text, FRI, dateline)
    assert found and found[0].location == location


@pytest.mark.parametrize(
    ("signing", "signatories"),
    [
        (
            "Following the talks, the two leaders witnessed the signing of agreements on customs "
            "cooperation by Kenya's Minister of Trade Rebecca Miano and Uganda's Minister of Trade "
            "Francis Mwebesa.",
            ["Rebecca Miano", "Francis Mwebesa"],
        ),
        (
            "The two presidents then witnessed the signing of a memorandum on railway transport by "
            "Kenya's Transport Secretary Kipchumba Murkomen and Uganda's Works Minister Edward Wamala.",
            ["Kipchumba Murkomen", "Edward Wamala"],
        ),
        (
            "Afterwards the leaders oversaw the signing of an agreement on energy by Kenya's Energy "
            "Secretary Davis Chirchir and Uganda's Energy Minister Ruth Nankabirwa.",
            ["Davis Chirchir", "Ruth Nankabirwa"],
        ),
    ],
)
def test_leaders_who_witness_a_signing_join_the_signatories(signing, signatories):
    found = extract(
        story(
            "NAIROBI - Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni "
            "at State House on Thursday.",
            signing,
        ),
        FRI,
        "Nairobi",
    )
    signings = [e for e in found if e.engagement_type == "agreement"]
    assert len(signings) == 1
    assert set(people(signings[0])) == {"William Ruto", "Yoweri Museveni", *signatories}


@pytest.mark.parametrize(
    ("lead", "talks", "dateline", "expected"),
    [
        (
            "TOKYO - Japanese Prime Minister Fumio Kishida and Vietnamese President Vo Van Thuong agreed "
            "Monday to elevate bilateral relations.",
            "During their talks at the prime minister's office, the leaders also agreed to deepen "
            "cooperation on semiconductors.",
            "Tokyo",
            ("meeting", "2024-03-11", ("JPN", "VNM"), "Tokyo"),
        ),
        (
            "NAIROBI - Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed agreed on "
            "Tuesday to fast-track the Lamu corridor.",
            "During their talks at State House, the two leaders also agreed to open a second border post.",
            "Nairobi",
            ("meeting", "2024-03-12", ("ETH", "KEN"), "Nairobi"),
        ),
        (
            "BRASILIA - Brazilian President Luiz Inacio Lula da Silva and Chilean President Gabriel Boric "
            "agreed on Wednesday to build a bioceanic corridor.",
            "During their talks at the Planalto Palace, they also agreed to cut roaming charges.",
            "Brasilia",
            ("meeting", "2024-03-13", ("BRA", "CHL"), "Brasília"),
        ),
    ],
)
def test_their_talks_after_a_lead_that_only_agrees_are_the_leaders_meeting(lead, talks, dateline, expected):
    found = extract(story(lead, talks), FRI, dateline)
    assert [summary(e) for e in found] == [expected]


def test_a_signing_on_the_sidelines_of_a_visit_is_dated_by_the_story_not_the_arrival():
    found = extract(
        story(
            "DOHA, 15 March - Rwandan President Paul Kagame held talks today with Emir Sheikh Tamim bin "
            "Hamad Al Thani at the Amiri Diwan, on the second day of his state visit.",
            "Kagame had arrived in Doha on Thursday.",
            "On the sidelines of the visit, the Qatar Investment Authority and the Rwanda Development Board "
            "signed an agreement to set up a joint fund.",
        ),
        FRI,
        "Doha",
    )
    assert sorted(summary(e) for e in found) == [
        ("agreement", "2024-03-15", ("QAT", "RWA"), "Doha"),
        ("meeting", "2024-03-15", ("QAT", "RWA"), "Doha"),
        ("visit", "2024-03-14", ("QAT", "RWA"), "Doha"),
    ]


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        (
            "MUSCAT - The Omani-Saudi Coordination Council held its second meeting in Riyadh on Sunday, "
            "co-chaired by Oman's Foreign Minister Badr Albusaidi and Saudi Foreign Minister Faisal bin "
            "Farhan.",
            "Muscat",
            [("forum", "2024-03-10", ("OMN", "SAU"), "Riyadh")],
        ),
        (
            "ACCRA - The Ghana-Togo Joint Permanent Commission held its fifth session in Lome on Tuesday, "
            "co-chaired by Ghana's Foreign Minister Shirley Botchwey and Togo's Foreign Minister Robert "
            "Dussey.",
            "Accra",
            [("forum", "2024-03-12", ("GHA", "TGO"), "Lome")],
        ),
        (
            "MANILA - Kamikawa and Kihara met Foreign Affairs Secretary Enrique Manalo and Defense Secretary "
            "Gilberto Teodoro for the second Philippines-Japan Foreign and Defense Ministerial Meeting (2+2) "
            "in Pasay City on Monday.",
            "Manila",
            [("meeting", "2024-03-11", ("JPN", "PHL"), "Pasay City")],
        ),
    ],
)
def test_a_council_holding_its_meeting_is_a_forum_and_a_ministerial_meeting_is_a_meeting(
    text, dateline, expected
):
    found = extract(text, FRI, dateline)
    assert [summary(e) for e in found][:1] == expected
    assert all(organizations(e) == [] for e in found)  # the body that met is no side of itself


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "The agreement comes three months after Marcos, US President Joe Biden and Japanese Prime "
            "Minister Fumio Kishida held their first trilateral summit at the White House on March 11.",
            ("JPN", "PHL", "USA"),
        ),
        (
            "The deal follows talks held a week after Ruto, Ugandan President Yoweri Museveni and Tanzanian "
            "President Samia Suluhu Hassan met in Arusha on March 12.",
            ("KEN", "TZA", "UGA"),
        ),
        (
            "It was signed two weeks after Lula, Argentine President Javier Milei and Chilean President "
            "Gabriel Boric met in Montevideo on March 1.",
            ("ARG", "BRA", "CHL"),
        ),
    ],
)
def test_a_list_of_names_after_an_anchor_word_is_one_event(text, countries):
    lead = {
        "JPN": "MANILA - President Ferdinand Marcos Jr. of the Philippines met Vietnamese President Vo Van "
        "Thuong on Friday.",
        "KEN": "NAIROBI - Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed on Friday.",
        "ARG": "BRASILIA - Brazilian President Luiz Inacio Lula da Silva met Paraguayan President Santiago "
        "Pena on Friday.",
    }[countries[0]]
    found = extract(story(lead, text))
    assert countries in [e.countries for e in found]


def _signings_after_the_havana_session(second: str) -> list[Engagement]:
    """The signings of a story whose first sentence tells a commission's session in Havana and
    whose second is `second`."""
    found = extract(
        story(
            "HAVANA - Vietnamese Deputy Prime Minister Tran Hong Ha and Cuban Deputy Prime Minister Ricardo "
            "Cabrisas co-chaired the session of the Intergovernmental Commission in Havana on Saturday.",
            second,
        ),
        FRI,
        "Havana",
    )
    return [e for e in found if e.engagement_type == "agreement"]


@pytest.mark.parametrize(
    ("second", "signatories"),
    [
        (
            "At the end of the session, the two deputy prime ministers signed the minutes of the meeting, "
            "and "
            "representatives of the Vietnamese company Viglacera and Cuba's state firm Cimex signed a lease.",
            [["Tran Hong Ha", "Ricardo Cabrisas"], ["Viglacera", "Cimex"]],
        ),
        (
            "The two ministers signed a protocol on fisheries, while Albania's KESH and Montenegro's EPCG "
            "signed a power exchange contract.",
            [["Tran Hong Ha", "Ricardo Cabrisas"], ["KESH", "EPCG"]],
        ),
        # the British "whilst" as "while"
        (
            "The two ministers signed a protocol on fisheries, whilst Albania's KESH and Montenegro's EPCG "
            "signed a power exchange contract.",
            [["Tran Hong Ha", "Ricardo Cabrisas"], ["KESH", "EPCG"]],
        ),
        (
            "The two deputy prime ministers signed the final record of the session, and Vietnam's Viettel "
            "and "
            "Cuba's ETECSA signed a telecoms deal.",
            [["Tran Hong Ha", "Ricardo Cabrisas"], ["Viettel", "ETECSA"]],
        ),
    ],
)
def test_a_second_subject_after_and_or_while_signs_a_second_agreement(second, signatories):
    signings = _signings_after_the_havana_session(second)
    assert [people(e) or organizations(e) for e in signings] == signatories
    assert all(e.engagement_date == date(2024, 3, 9) for e in signings)


@pytest.mark.parametrize(
    ("second", "companies", "topic"),
    [
        (
            "The two deputy prime ministers signed a memorandum on nickel mining, and Vietnam's Viettel and "
            "Cuba's state-owned ETECSA signed a contract on a fibre-optic cable.",
            ["Viettel", "ETECSA"],
            "fibre-optic cable",
        ),
        (
            "The two deputy prime ministers signed a memorandum on nickel mining and the Bank for Investment "
            "and Development of Vietnam and Banco Metropolitano signed a loan agreement on a solar park.",
            ["Bank for Investment and Development of Vietnam", "Banco Metropolitano"],
            "solar park",
        ),
    ],
)
def test_named_signatories_after_a_topics_and_sign_a_second_agreement(second, companies, topic):
    """'X and Y signed a memorandum on A, and company B and company C signed a contract on D': the
    topic of the first ends at the "and" before the named subjects of the second verb, whose
    signatories they are (they had been one more item of the first topic, and no side)."""
    signings = _signings_after_the_havana_session(second)
    assert [organizations(e) for e in signings][-1] == companies
    assert all(company not in t for e in signings for t in e.topics for company in companies)
    assert topic in signings[-1].topics


@pytest.mark.parametrize(
    "text",
    [
        # look-alike: a document named in capitals and "signed in" is the topic's, no new clause
        "The two deputy prime ministers held talks on nickel mining and the Agreement on Trade and Economic "
        "Cooperation signed in 2019.",
    ],
)
def test_a_document_signed_before_is_still_the_topic(text):
    (meeting,) = [
        e
        for e in extract(
            story(
                "HAVANA - Vietnamese Deputy Prime Minister Tran Hong Ha met Cuban Deputy Prime Minister "
                "Ricardo Cabrisas in Havana on Saturday.",
                text,
            ),
            FRI,
            "Havana",
        )
        if e.engagement_type == "meeting" and e.topics
    ]
    assert any("Economic Cooperation" in t for t in meeting.topics)


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        (
            "Lima - Peruvian President Dina Boluarte and her Chinese counterpart, Xi Jinping, held talks "
            "at the "
            "Government Palace on Thursday, where they signed the protocol upgrading the free trade "
            "agreement.",
            "Lima",
            [
                ("meeting", "2024-03-14", ("CHN", "PER"), "Lima"),
                ("agreement", "2024-03-14", ("CHN", "PER"), "Lima"),
            ],
        ),
        (
            "NAIROBI - Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed at State "
            "House on "
            "Monday, where the two leaders signed the memorandum on the Lamu corridor.",
            "Nairobi",
            [
                ("meeting", "2024-03-11", ("ETH", "KEN"), "Nairobi"),
                ("agreement", "2024-03-11", ("ETH", "KEN"), "Nairobi"),
            ],
        ),
        (
            "On Wednesday, Trade Minister Parks Tau addressed a South Africa-China business roundtable in "
            "Beijing, where the state-owned Industrial Development Corporation and China Development Bank "
            "signed a credit facility.",
            None,
            [
                ("forum", "2024-03-13", ("CHN", "ZAF"), "Beijing"),
                ("agreement", "2024-03-13", ("CHN", "ZAF"), "Beijing"),
            ],
        ),
    ],
)
def test_a_where_clause_happens_on_the_day_of_its_host_clause(text, dateline, expected):
    assert [summary(e) for e in extract(text, FRI, dateline)] == expected


@pytest.mark.parametrize(
    ("text", "dateline", "visitors"),
    [
        (
            "Doha - HH the Amir Sheikh Tamim bin Hamad Al-Thani and HE President of the Republic of Rwanda "
            "Paul "
            "Kagame held talks on Monday.\n\nHH the Amir welcomed HE the President and the accompanying "
            "delegation, wishing the visit success.\n\nHE President Kagame arrived in Doha on Sunday on an "
            "official visit to the country.",
            "Doha",
            ["Paul Kagame"],
        ),
        (
            "Maltese Prime Minister Robert Abela met Libya's Prime Minister Abdul Hamid Dbeibah in Tripoli "
            "on "
            "Monday.\n\n"
            "Abela, who was accompanied by Foreign Minister Ian Borg, was in the Libyan capital on a one-day "
            "working visit.",
            None,
            ["Robert Abela", "Ian Borg"],
        ),
        (
            "Ghana's President Nana Akufo-Addo, accompanied by Trade Minister K.T. Hammond, arrived in "
            "Abidjan "
            "on Monday for a two-day state visit.",
            None,
            ["Nana Akufo-Addo", "K.T. Hammond"],
        ),
    ],
)
def test_the_visitor_is_the_one_welcomed_and_companions_join(text, dateline, visitors):
    visits = [e for e in extract(text, FRI, dateline) if e.engagement_type == "visit"]
    assert [people(e) for e in visits] == [visitors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Serbian President Aleksandar Vucic and Hungarian Prime Minister Viktor Orban attended the "
            "signing "
            "of a contract between state-owned Srbijagas and Hungary's MVM in Palic on Thursday.",
            ["Srbijagas", "MVM"],
        ),
        (
            "Kenyan Trade Secretary Rebecca Miano witnessed the signing of a deal between KenGen and "
            "Ethiopia's "
            "EEP in Nairobi on Monday.",
            ["KenGen", "EEP"],
        ),
        (
            "Colombia's trade minister met representatives of the Spanish employers' confederation CEOE and "
            "Spain's Secretary of State for Trade Xiana Mendez in Madrid on Wednesday.",
            ["CEOE"],
        ),
    ],
)
def test_brands_after_a_possessive_country_and_after_a_descriptor_are_sides(text, expected):
    found = extract(text)
    assert found and organizations(found[0]) == expected


@pytest.mark.parametrize(
    ("text", "dateline", "countries"),
    [
        (
            "The talks dealt with bilateral relations and developments in eastern Democratic Republic of the "
            "Congo, after Emir Tamim met Rwandan President Paul Kagame in Doha on Monday.",
            "Doha",
            ("QAT", "RWA"),
        ),
        (
            "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Entebbe on "
            "Monday on the fighting in northern Sudan.",
            None,
            ("KEN", "UGA"),
        ),
        (
            "Egypt's Foreign Minister Sameh Shoukry met his Jordanian counterpart Ayman Safadi in Cairo on "
            "Monday to discuss the situation in southern Lebanon.",
            None,
            ("EGY", "JOR"),
        ),
    ],
)
def test_a_country_talked_about_is_no_side(text, dateline, countries):
    found = extract(text, FRI, dateline)
    assert [e.countries for e in found] == [countries]


@pytest.mark.parametrize(
    "text",
    [
        "Earlier that morning, Vice Minister Ganbold Dambajav of Mongolia visited the headquarters of "
        "Mitsubishi Corporation in Tokyo.",
        "Kenyan Trade Secretary Rebecca Miano visited a textile factory of Arvind Limited in Ahmedabad on "
        "Monday.",
        "The Ghanaian delegation visited the Tema port terminal operated by Meridian Port Services on "
        "Tuesday.",
        "The Chilean trade mission also held talks with Peruvian Deputy Minister Ana Cecilia Gervasi on "
        "Tuesday and visited a local avocado exporter in Chincha.",
        "Norwegian State Secretary Eivind Vad Petersson met Kenyan officials and visited two flower "
        "producers in Naivasha on Friday.",
    ],
)
def test_a_stop_at_a_facility_is_no_visit(text):
    assert [e for e in extract(text) if e.engagement_type == "visit"] == []


@pytest.mark.parametrize(
    ("reference", "person"),
    [
        (
            "the Colombian diplomat held a working meeting with his Peruvian peer Javier Gonzalez-Olaechea",
            "Luis Gilberto Murillo",
        ),
        (
            "the Colombian top diplomat met Peruvian Foreign Minister Javier Gonzalez-Olaechea",
            "Luis Gilberto Murillo",
        ),
        ("the Colombian leader met Peruvian Foreign Minister Javier Gonzalez-Olaechea", "Gustavo Petro"),
    ],
)
def test_a_role_after_a_demonym_is_the_known_person_of_that_country(reference, person):
    found = extract(
        story(
            "LIMA - President Dina Boluarte received the Minister of Foreign Affairs of Colombia, Luis "
            "Gilberto "
            "Murillo, and the President of Colombia, Gustavo Petro, at the Government Palace on Thursday.",
            f"On Thursday afternoon, {reference} at the Torre Tagle Palace.",
        ),
        FRI,
        "Lima",
    )
    assert person in people(found[-1])


@pytest.mark.parametrize(
    ("second", "signings"),
    [
        ("In particular, Sonatrach and Eni signed a deal for LNG deliveries.", 1),
        ("Notably, Sonatrach and Eni signed a gas supply contract.", 1),
        ("On the sidelines of the talks, Sonatrach and Eni signed a gas supply contract.", 2),
        (
            "In the margins of the commission, the Port Autonome de Dakar and the Port Autonome d'Abidjan "
            "signed a twinning agreement.",
            2,
        ),
    ],
)
def test_companies_signing_after_the_leaders_are_a_second_signing_unless_they_detail_it(second, signings):
    found = extract(
        story(
            "ALGIERS - Algerian President Abdelmadjid Tebboune and Italian Prime Minister Giorgia Meloni "
            "signed a "
            "joint declaration in Algiers on Monday.",
            second,
        )
    )
    assert len([e for e in found if e.engagement_type == "agreement"]) == signings


def test_an_attendance_list_of_heads_of_state_each_after_of_country_makes_the_forum():
    """ "It was attended by the Heads of State of Mali, X, and of Burkina Faso, Y": each is a
    Head of State of the country before the name (the summit had been lost, its only sides
    being untitled names of no country)."""
    found = extract(
        "NDJAMENA - The AES summit was held on Thursday in Niamey. It was attended by the Heads of State "
        "of Mali, Assimi Goita, and of Burkina Faso, Ibrahim Traore.",
        FRI,
        "Ndjamena",
    )
    assert [summary(e) for e in found] == [("forum", "2024-03-14", ("BFA", "MLI"), "Niamey")]
    assert [(p.name, p.title) for p in found[0].participants] == [
        ("Assimi Goita", "Head of State"),
        ("Ibrahim Traore", "Head of State"),
    ]


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        ("ECOWAS Commission President Omar Touray presented the annual report of the Mediation Council.",
         ["Julius Maada Bio", "John Mahama", "Omar Touray"]),
        ("Commission President Omar Touray tabled the final communique.",
         ["Julius Maada Bio", "John Mahama", "Omar Touray"]),
        # a product shown is no paper put before the sitting
        ("Dangote Group chief executive Aliko Dangote presented a new fertiliser plant.",
         ["Julius Maada Bio", "John Mahama"]),
    ],
)  # fmt: skip
def test_who_presents_a_report_or_a_speech_at_a_forum_took_part(follow_up: str, expected: list) -> None:
    """ "Executive Secretary X presented the report of the Council": who puts a paper or a
    speech before a summit took part in it, as one who addressed it did (he had been left
    out); the body whose paper it is takes no part by being named in it."""
    found = extract(
        "ABUJA - The ECOWAS summit was held on Thursday in Abuja, attended by Sierra Leonean President "
        f"Julius Maada Bio and Ghanaian President John Mahama. {follow_up}",
        FRI,
        "Abuja",
    )
    assert people(found[0]) == expected
    assert "Mediation Council" not in organizations(found[0])


def test_what_the_two_leaders_discussed_is_their_meetings_not_the_summits():
    """ "The two presidents also discussed X" after a summit of many told after their talks:
    the pair are the talks' two sides, and the matter is the talks' (it had gone to the
    summit, the latest event told)."""
    found = extract(
        "MALABO - Kenyan President William Ruto held talks on Thursday in Malabo with Ugandan President "
        "Yoweri Museveni on the sidelines of the EAC summit. The summit was attended by Rwandan President "
        "Paul Kagame, Tanzanian President Samia Suluhu Hassan and Burundian President Evariste Ndayishimiye. "
        "The two presidents also discussed the Malaba border post.",
        FRI,
        "Malabo",
    )
    assert [(e.engagement_type, e.topics) for e in found] == [
        ("meeting", ("Malaba border post",)),
        ("forum", ()),
    ]


@pytest.mark.parametrize(
    "follow_up",
    [
        "The summit also noted that the World Bank had approved a US$80 million grant for the corridor.",
        "The summit welcomed that the World Bank had pledged a grant for the corridor.",
    ],
)
def test_a_body_the_summit_noted_is_no_side_of_it(follow_up: str) -> None:
    """ "The summit noted that the World Bank had approved a loan": the bank is what the summit
    spoke of, no side of it (it had been listed as one)."""
    found = extract(
        "LUSAKA - The COMESA summit was held on Thursday in Lusaka, attended by Zambian President Hakainde "
        f"Hichilema and Malawian President Lazarus Chakwera. {follow_up}",
        FRI,
        "Lusaka",
    )
    assert [summary(e) for e in found] == [("forum", "2024-03-14", ("MWI", "ZMB"), "Lusaka")]
    assert organizations(found[0]) == []


@pytest.mark.parametrize(
    "text",
    [
        'Chilean copper shipments to Japan fell in May. "One signed contract and the numbers will recover," '
        "said an analyst at a Santiago bank.",
        "Two signed deals would lift Kenya's tea exports to Pakistan, a trade official said on Friday.",
    ],
)
def test_a_count_before_signed_is_no_brand(text):
    """ "One signed contract and exports will jump": a count word that opens the clause before a
    participle is no single-word brand that signed (it had been a side "One" of a signing)."""
    found = extract(text, date(2024, 4, 22), "Santiago")
    assert [name for e in found for name in organizations(e)] == []


def test_a_tally_of_documents_the_participle_dates_is_that_days_signing() -> None:
    """ "the value of the agreements signed ... on Monday" values one signing, which it dates."""
    text = "The value of the agreements signed between Turkey and Iraq in Baghdad on Monday is $2 billion."
    found = extract(text)
    assert [(e.engagement_type, e.countries) for e in found] == [("agreement", ("IRQ", "TUR"))]
