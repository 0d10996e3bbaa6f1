"""A personal name written with particles after or before a title with a body complement.

"President of the European Commission Ursula von der Leyen" once read "Commission Ursula" as
the body and found no person; "Ursula von der Leyen, President of ..." kept only "Leyen".
"""

from __future__ import annotations

import pytest

from orchestration.extraction.people import find_people
from orchestration.extraction.titles import find_titles


@pytest.mark.parametrize(
    ("sentence", "name", "head"),
    [
        (
            "President of the European Commission Ursula von der Leyen met Prime Minister Narendra Modi.",
            "Ursula von der Leyen",
            "President",
        ),
        (
            "President of the European Council Herman van Rompuy met the premier.",
            "Herman van Rompuy",
            "President",
        ),
        (
            "Director of the Arab Monetary Fund Abdulrahman bin Abdullah Al Hamidy met the minister.",
            "Abdulrahman bin Abdullah Al Hamidy",
            "Director",
        ),
        (
            "Executive Director of the Nordic Investment Fund Pieter de Vries met the minister.",
            "Pieter de Vries",
            "Executive Director",
        ),
        (
            "Governor of the Banque de France François Villeroy de Galhau met the minister.",
            "François Villeroy de Galhau",
            "Governor",
        ),
    ],
)
def test_a_body_complement_stops_where_a_name_with_particles_starts(sentence, name, head):
    first = find_people(sentence)[0]
    assert first.name == name
    assert first.title is not None and first.title.startswith(head)
    assert name.split()[0] not in first.title and name.split()[0] not in (first.organization or "")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Ursula von der Leyen, President of the European Commission, said the talks were useful.",
            "Ursula von der Leyen",
        ),
        (
            "Herman van Rompuy, President of the European Council, said the summit was useful.",
            "Herman van Rompuy",
        ),
        ("Charles de Gaulle, President of France, met Chancellor Konrad Adenauer.", "Charles de Gaulle"),
        (
            "Mohammed bin Salman, Crown Prince of Saudi Arabia, met President Joe Biden.",
            "Mohammed bin Salman",
        ),
    ],
)
def test_an_appositive_title_keeps_the_whole_name_with_its_particles(sentence, name):
    assert find_people(sentence)[0].name == name


#: A particle written in capitals opens a name (Vietnamese "Le", "Do", Spanish "De la",
#: Portuguese "Da"): before ", Title" it had been cut off as the lower-case "van" of "Herman
#: van Rompuy" would be ("Do Quang Minh" had become "Quang Minh").
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The envoy held talks with Do Quang Minh, Minister of Construction, in Da Nang.", "Do Quang Minh"),
        ("Le Thi Mai, Deputy Minister of Finance, opened the forum in Vientiane.", "Le Thi Mai"),
        ("Talks were led by De la Vega Torres, Minister of Economy of Paraguay.", "De la Vega Torres"),
        ("They met Da Costa Pereira, Minister of Fisheries of Angola, in Luanda.", "Da Costa Pereira"),
    ],
)
def test_a_capitalized_particle_opens_a_name_before_its_title(sentence, name):
    assert name in [p.name for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Secretary General of the Shanghai Cooperation Organisation Zhang Ming met President Xi Jinping.",
            "Zhang Ming",
        ),
        (
            "Chairman of the African Union Commission Moussa Faki Mahamat met President William Ruto.",
            "Moussa Faki Mahamat",
        ),
        ("President of the World Bank Ajay Banga met Finance Minister Nirmala Sitharaman.", "Ajay Banga"),
        ("Director General of the IAEA Rafael Grossi met President Masoud Pezeshkian.", "Rafael Grossi"),
    ],
)
def test_names_without_particles_after_a_body_stay_whole(sentence, name):
    assert find_people(sentence)[0].name == name


def test_the_iaea_house_style_holds():
    person = find_people("Director General of the IAEA Rafael Grossi met President Masoud Pezeshkian.")[0]
    assert (person.name, person.title, person.organization) == ("Rafael Grossi", "Director General", "IAEA")


def test_a_title_before_the_particle_name_keeps_the_complement_as_it_was():
    # "King" heads the name's own title: the body is "the Two Holy Mosques", no organization
    titles = find_titles(
        "Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud received the Emir."
    )
    assert titles[0].title == "Custodian of the Two Holy Mosques" and titles[0].organization is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kenyan Trade Minister Grace Wanjiru met Emirati Minister of Economy Sultan Khalid Al-Mansoori.",
         ("Sultan Khalid Al-Mansoori", "Minister of Economy", "ARE")),
        ("Ghana's Finance Minister Kofi Adu met Kuwaiti Minister of Oil Amir Yousef al-Sabah in Accra.",
         ("Amir Yousef al-Sabah", "Minister of Oil", "KWT")),
    ],
)  # fmt: skip
def test_a_title_that_is_a_given_name_before_a_particle_surname(sentence: str, expected: tuple) -> None:
    """ "Minister of Economy Sultan Khalid Al-Mansoori": a head that is also a given name, after
    an office and before a given name and a surname joined to its particle by a hyphen, is the
    name's first word (it had been a rank "Sultan" of no country, the office lost)."""
    found = [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]
    assert expected in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Speaker of the Jogorku Kenesh Almaz Bolot uulu met the delegation.",
         ("Almaz Bolot uulu", "Speaker of the Jogorku Kenesh")),
        ("Speaker of the Jogorku Kenesh Almaz Bolot Uulu met the delegation.",
         ("Almaz Bolot Uulu", "Speaker of the Jogorku Kenesh")),
        ("Deputy Minister of Energy Aigul Temir kyzy also attended.",
         ("Aigul Temir kyzy", "Deputy Minister of Energy")),
        ("The talks were opened by Almaz Bolot uulu, Minister of Economy, in Osh.",
         ("Almaz Bolot uulu", "Minister of Economy")),
        ("Deputy Prime Minister Rauf Samir oglu Guliyev received the guests.",
         ("Rauf Samir oglu Guliyev", "Deputy Prime Minister")),
    ],
)  # fmt: skip
def test_a_turkic_patronymic_suffix_is_part_of_the_name(sentence: str, expected: tuple) -> None:
    """ "Almaz Bolot uulu", "Aigul Temir kyzy", "Rauf Samir oglu Guliyev": the suffix after the
    father's name closes (or goes on into) the name, in lower case or capitalized; the name had
    been cut before it, or, capitalized, taken as the last two words and the given name put into
    the title ("Speaker of the Jogorku Kenesh Almaz")."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("He met the Qatari Minister of State for Gulf Affairs, Khalid bin Saad Al Marri, on Monday.",
         "Minister of State for Gulf Affairs"),
        ("He met the Emirati Minister of State for African Affairs, Omar al-Nuaimi, on Monday.",
         "Minister of State for African Affairs"),
        # look-alike: two capitalized words, as before
        ("He met the Qatari Minister of State for Gulf Affairs, Khalid Al Marri, on Monday.",
         "Minister of State for Gulf Affairs"),
    ],
)  # fmt: skip
def test_a_name_with_a_second_particle_after_a_comma_leaves_the_title_whole(
    sentence: str, title: str
) -> None:
    """ "the Saudi Minister of State for African Affairs, Ahmed bin Abdulaziz Kattan": a name
    whose second word is a particle, after the comma, is the name; the title keeps its last
    word (it had been "Minister of State for African", and the minister lost his country)."""
    assert [t.title for t in find_titles(sentence)] == [title]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He held talks with Penang Police Chief Datuk Ab Karim Osman on Monday.",
         [("Ab Karim Osman", "Police Chief")]),
        ("Deputy Minister Ab Halim Yusof received the guests.", [("Ab Halim Yusof", "Deputy Minister")]),
        # after a company's capitalized words it is the company's legal form, no name
        ("Managers of Nordic Steel Oy Ab met Chairman Lars Berg.", [("Lars Berg", "Chairman")]),
    ],
)  # fmt: skip
def test_a_malay_ab_after_a_title_or_honorific_opens_the_name(sentence: str, expected: list) -> None:
    """ "Johor Police Chief Datuk Ab Rahaman Arsad": the Malay "Ab" (Abdul) opens the name, though
    "AB" is a company's legal form (the name had lost it, and the title with it)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Home Minister Saifuddin Ab Latif chaired the talks.", [("Saifuddin Ab Latif", "Home Minister")]),
        ("Governor Datuk Azman Ab Wahid received the envoys.", [("Azman Ab Wahid", "Governor")]),
        # a company's capitalized words before its legal form are no given name
        ("Shares of Baltic Timber Ab fell as Chairman Erik Lund spoke.", [("Erik Lund", "Chairman")]),
        # after a title's body told after its "of"
        ("Chief of Air Force Hakim Ab Karim received the envoys.",
         [("Hakim Ab Karim", "Chief of Air Force")]),
        ("Chief of Defence Force Hakim Ab Karim received the envoys.",
         [("Hakim Ab Karim", "Chief of Defence Force")]),
    ],
)  # fmt: skip
def test_a_malay_ab_after_a_styled_given_name_stays_in_the_name(sentence: str, expected: list) -> None:
    """ "Defence Minister Mohammad Ab Rahman", "Chief of Defence Force Mohammad Ab Rahman": the
    Malay "Ab" after a given name that follows a title, its body or an honorific is the name's
    word, not the legal form "AB" (the name had been cut to its given name)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fisheries Minister Omar Sultan Juma spoke.", [("Omar Sultan Juma", "Fisheries Minister")]),
        ("Deputy Governor Rashid Amir Salem said.", [("Rashid Amir Salem", "Deputy Governor")]),
        # a sultan named with his dynasty after a title and a name is still a sultan
        ("CEO Sultan Al Jaber met Emir Tamim.", [("Sultan Al Jaber", "CEO"), ("Tamim", "Emir")]),
        # a portfolio word that is also a name's ("Minister of Hajj")
        ("Energy Minister Walid Hajj Moussa spoke.", [("Walid Hajj Moussa", "Energy Minister")]),
        ("Minister of Hajj Omar Rashid spoke.", [("Omar Rashid", "Minister of Hajj")]),
    ],
)  # fmt: skip
def test_a_title_word_that_is_a_given_name_inside_a_name_is_the_names(sentence: str, expected: list) -> None:
    """ "Trade Minister Ali Sultan Hamad": "Sultan" between a given name after a title and one
    last name word is the name's middle word (the person had been "Hamad", a sultan of a body
    "Ali")."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected
