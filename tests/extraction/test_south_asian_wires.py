"""House styles of South and Southeast Asian wires, invented for these tests.

Rules covered: a province or a legislature's chamber written right after the office's head,
with no "of", before the holder's name ("Chief Minister Koshi Province X", "Speaker National
Assembly Y"), is the title's, and the name starts after it.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.people import find_people

#: (sentence, name, title, country) of the first person found.
POSTPOSED_SEATS = [
    ("Chief Minister Koshi Province Kedar Karki received the Indian Consul General on Monday.",
     "Kedar Karki", "Chief Minister Koshi Province", "NPL"),
    ("Governor Gandaki Province Prithvi Man Gurung met the Chinese envoy in Pokhara.",
     "Prithvi Man Gurung", "Governor Gandaki Province", "NPL"),
    ("Governor Southern Province Willy Gamage Perera met the Japanese envoy in Galle.",
     "Willy Gamage Perera", "Governor Southern Province", None),
    ("Chief Minister Kerala Pinarayi Vijayan met the Emirati envoy on Friday.",
     "Pinarayi Vijayan", "Chief Minister Kerala", "IND"),
    ("Speaker National Assembly Moses Masika Wetangula met the Ugandan delegation.",
     "Moses Masika Wetangula", "Speaker National Assembly", None),
    ("Deputy Chairman Senate Rahim Bux Soomro met the Omani envoy on Tuesday.",
     "Rahim Bux Soomro", "Deputy Chairman Senate", None),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "name", "title", "country"), POSTPOSED_SEATS)
def test_a_seat_after_the_head_is_the_titles(
    sentence: str, name: str, title: str, country: str | None
) -> None:
    person = find_people(sentence)[0]
    assert (person.name, person.title, person.country_iso3) == (name, title, country)


#: Near misses: one word after a place's name is a surname, the place a given name; after
#: an office no place or chamber has, a place's name opens the name; with "of" the complement
#: reads as before.
NOT_SEATS = [
    ("Governor Victoria Nuland met the envoy on Monday.", "Victoria Nuland", "Governor"),
    ("Minister Alberta Jones met the envoy on Monday.", "Alberta Jones", "Minister"),
    ("Prime Minister Sabah Nasser Al-Mutairi met the envoy.", "Sabah Nasser Al-Mutairi", "Prime Minister"),
    ("Governor of Sindh Imran Haider Ansari met the envoy.", "Imran Haider Ansari", "Governor of Sindh"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "name", "title"), NOT_SEATS)
def test_near_misses_of_a_postposed_seat(sentence: str, name: str, title: str) -> None:
    person = find_people(sentence)[0]
    assert (person.name, person.title) == (name, title)


def test_a_committee_after_the_chamber_names_no_one() -> None:
    sentence = "Chairman Senate Finance Committee Saleem Mandviwalla met the envoy."
    names = [p.name for p in find_people(sentence)]
    assert "Finance Committee Saleem Mandviwalla" not in names and "Senate Finance" not in " ".join(names)


#: A province after "of" closes the title, and every plain word after it is the name, three
#: or more words too (the title had taken the given name, or the province's noun parted title
#: and name); a two-word name, or a body after the province, reads as before.
PROVINCES_OF = [
    ("Chief Minister of Punjab Bhagwant Singh Mann met the Canadian envoy on Monday.",
     "Bhagwant Singh Mann", "Chief Minister of Punjab"),
    ("Governor of Gandaki Province Dilli Raj Bhatta received the Chinese envoy.",
     "Dilli Raj Bhatta", "Governor of Gandaki Province"),
    ("Premier of Western Cape Alan Richard Winde met the Dutch envoy.",
     "Alan Richard Winde", "Premier of Western Cape"),
    ("Chief Minister of Punjab Mohsin Naqvi met the envoy.", "Mohsin Naqvi", "Chief Minister of Punjab"),
    ("President of Sindh Chamber of Commerce Imran Ali Shah met the envoy.", "Imran Ali Shah", "President"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "name", "title"), PROVINCES_OF)
def test_a_province_after_of_closes_the_title(sentence: str, name: str, title: str) -> None:
    person = find_people(sentence)[0]
    assert (person.name, person.title) == (name, title)


#: A state's mission after the title, before the holder's name ("Counsellor of the US Embassy
#: X Y"), is no word of the title and tells the holder's country, as when the name goes first;
#: the name starts after it (it had opened the name: "Embassy X Y"). A run that goes on with a
#: body's or a place's word is the mission's longer name, as before.
MISSIONS_BEFORE_A_NAME = [
    ("Counsellor of the UK Embassy Harriet Lowe Dunn met the trade secretary.",
     "Harriet Lowe Dunn", "Counsellor", "GBR"),
    ("Deputy Chief of Mission of the U.S. Embassy Karen Mills met the minister.",
     "Karen Mills", "Deputy Chief of Mission", "USA"),
    ("First Secretary of the Thai Embassy Somchai Jaidee called on the secretary.",
     "Somchai Jaidee", "First Secretary", "THA"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "name", "title", "country"), MISSIONS_BEFORE_A_NAME)
def test_a_mission_before_the_name_is_no_part_of_it(
    sentence: str, name: str, title: str, country: str
) -> None:
    person = find_people(sentence)[0]
    assert (person.name, person.title, person.country_iso3) == (name, title, country)


def test_a_mission_whose_name_goes_on_names_no_one() -> None:
    assert find_people("The Principal of the American Embassy School Kathmandu met the minister.") == []


#: A plural noun and its possessive before a minister's portfolio ("Veterans' Affairs Minister
#: X") are the portfolio's first words, as in "Minister for Women's Affairs"; a country's
#: possessive is the holder's country, no word of the title, as before.
OWNERS_PORTFOLIOS = [
    ("Migrants' Welfare Adviser Nasrin Akter met the Kuwaiti minister.", "Migrants' Welfare Adviser", None),
    ("Veterans' Affairs Minister Darren Chester met the Timorese envoy.", "Veterans' Affairs Minister", None),
    ("Women's Affairs Minister Sita Gurung met the envoy.", "Women's Affairs Minister", None),
    ("Maldives' Trade Minister Ali Nasheed Manik met the envoy.", "Trade Minister", "MDV"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "title", "country"), OWNERS_PORTFOLIOS)
def test_the_people_a_portfolio_serves_are_its_first_words(
    sentence: str, title: str, country: str | None
) -> None:
    person = find_people(sentence)[0]
    assert (person.title, person.country_iso3) == (title, country)


#: A committee's brief after "on" ("Standing Committee on Commerce") is the title's, as a
#: ministry's portfolio is, and the name follows it; "on" before a day is no brief.
COMMITTEE_BRIEFS = [
    ("Chairman of the National Assembly Standing Committee on Commerce Farida Begum Noor met the envoy.",
     "Farida Begum Noor", "Chairman of the National Assembly Standing Committee on Commerce"),
    ("Chairperson of the Senate Committee on Foreign Relations Dana Cole met the Fijian envoy.",
     "Dana Cole", "Chairperson of the Senate Committee on Foreign Relations"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "name", "title"), COMMITTEE_BRIEFS)
def test_a_committees_brief_is_the_titles(sentence: str, name: str, title: str) -> None:
    person = find_people(sentence)[0]
    assert (person.name, person.title) == (name, title)


def test_a_day_after_the_committee_is_no_brief() -> None:
    (person,) = find_people("The Chairman of the Committee on Monday met the envoy Dana Cole.")
    assert (person.name, person.title) == ("Dana Cole", "envoy")


#: After a chamber written after the head, its committee and brief are the title's too, and
#: an honorific may open the name ("Chairman Senate Standing Committee on Commerce Senator X").
CHAMBER_COMMITTEES = [
    ("Chairman Senate Standing Committee on Commerce Senator Tariq Aziz Qazi met the envoy.",
     "Tariq Aziz Qazi", "Chairman Senate Standing Committee on Commerce"),
    ("Chairman National Assembly Standing Committee on Foreign Affairs Naveed Ali Baig met the envoy.",
     "Naveed Ali Baig", "Chairman National Assembly Standing Committee on Foreign Affairs"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "name", "title"), CHAMBER_COMMITTEES)
def test_a_chambers_committee_after_the_head_is_the_titles(sentence: str, name: str, title: str) -> None:
    person = find_people(sentence)[0]
    assert (person.name, person.title) == (name, title)
