"""Titles and the country or organization written before them, on phrasings invented for
each rule (many-word country names that hold "and", roles named without an office)."""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.organizations import find_organizations
from orchestration.extraction.people import find_entities, find_people
from orchestration.extraction.pipeline import extract_document
from orchestration.extraction.titles import find_titles

#: A country whose name holds "and" is the country of the title after it, never a body
#: named by its last word ("Tobago", "Barbuda", "Herzegovina").
MANY_WORD_COUNTRIES = [
    (
        "Saint Kitts and Nevis Prime Minister Terrance Drew arrived in Kingston on Monday.",
        ("Terrance Drew", "Prime Minister", "KNA", None),
    ),
    (
        "He met Sao Tome and Principe's Minister of Foreign Affairs Gareth Guadalupe.",
        ("Gareth Guadalupe", "Minister of Foreign Affairs", "STP", None),
    ),
    (
        "Talks were held with his Antigua and Barbuda counterpart, Gaston Browne, on Friday.",
        ("Gaston Browne", None, "ATG", None),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), MANY_WORD_COUNTRIES)
def test_a_country_named_with_and_is_the_titles_country(sentence: str, expected: tuple) -> None:
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found
    assert all(o.name not in ("Nevis", "Principe", "Barbuda") for o in find_organizations(sentence))


def test_a_country_name_ending_in_a_lower_case_word_is_the_titles_country() -> None:
    """ "Côte d'Ivoire's Minister": a country's name whose last word is written in lower case
    owns the title after its possessive, as any other (the minister had been given the other
    side's country)."""
    for sentence in (
        "In Dakar, Senegal's Trade Minister Awa Ndiaye hosted Côte d'Ivoire's Minister of Commerce "
        "Souleymane Traoré.",
        "Cote d’Ivoire’s Minister of Mines Jean Kouassi toured the site.",
    ):
        found = {p.name: p.country_iso3 for p in find_people(sentence)}
        assert found.get("Souleymane Traoré", found.get("Jean Kouassi")) == "CIV"


#: A country whose name ends in "s" takes a bare apostrophe as its possessive ("Seychelles'
#: Minister"): it is the country of the title after it, as "Kenya's" is.
BARE_POSSESSIVES = [
    (
        "Seychelles' Minister of Fisheries, Blue Economy and Trade, Marie Laporte, arrived on Monday.",
        ("Marie Laporte", "Minister of Fisheries, Blue Economy and Trade", "SYC", None),
    ),
    (
        "He later met the Bahamas’ Tourism Minister Dion Knowles at the summit.",
        ("Dion Knowles", "Tourism Minister", "BHS", None),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), BARE_POSSESSIVES)
def test_a_bare_apostrophe_after_a_country_in_s_is_its_possessive(sentence: str, expected: tuple) -> None:
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found


#: A compass word before a demonym names a region of the country, not a body.
REGIONS = [
    (
        "Western Australian Premier Roger Cook met the delegation.",
        ("Roger Cook", "Premier", "AUS", None),
    ),
    (
        "He dined with East Malaysian Chief Minister Abang Johari.",
        ("Abang Johari", "Chief Minister", "MYS", None),
    ),
]


#: The head of a German or Austrian Land, "Minister-President", is an office as "Premier" is.
MINISTER_PRESIDENTS = [
    (
        "Thuringia's Minister-President Anja Keller received the Chilean delegation in Erfurt.",
        ("Anja Keller", "Minister-President", "DEU", None),
    ),
    (
        "Minister-President of Saxony Tobias Brandt toured the port of Valparaiso on Monday.",
        ("Tobias Brandt", "Minister-President of Saxony", "DEU", None),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), MINISTER_PRESIDENTS)
def test_a_minister_president_is_an_office(sentence: str, expected: tuple) -> None:
    """ "Baden-Württemberg's Minister-President Johannes Albrecht met ...": the title (he had had
    none, and the meeting had been lost)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found


#: The cabinet members of collegial or federal governments: the Swiss "Federal Councillor", the
#: cantonal "Councillor of State", China's "State Councilor", written before the name or in
#: lower case after it.
CABINET_MEMBERS = [
    (
        "The trade minister received Swiss Federal Councillor Anna Meier in Nairobi on Friday.",
        ("Anna Meier", "Federal Councillor", "CHE", None),
    ),
    (
        "Federal Councilor Beat Graf of Switzerland toured the port of Mombasa.",
        ("Beat Graf", "Federal Councilor", None, None),
    ),
    (
        "Councillor of State Luc Favre, head of the Geneva economy department, opened the fair.",
        ("Luc Favre", "Councillor of State", None, None),
    ),
    (
        "He met Liu Wen, the state councillor in charge of trade, on Monday.",
        ("Liu Wen", "state councillor in charge of trade", None, None),
    ),
    (
        "She met Karl Huber, the federal minister of Austria, in Vienna.",
        ("Karl Huber", "federal minister", "AUT", None),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CABINET_MEMBERS)
def test_a_member_of_a_collegial_cabinet_is_titled(sentence: str, expected: tuple) -> None:
    """ "met Swiss Federal Councillor Guy Parmelin": the Swiss minister's title (he had had none)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found


def test_the_federal_council_itself_names_no_one() -> None:
    """The body the councillors sit in is no person's title ("the Swiss Federal Council")."""
    sentence = "The Swiss Federal Council approved the free trade agreement with India on Friday."
    assert find_people(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), REGIONS)
def test_a_region_before_a_title_is_its_country(sentence: str, expected: tuple) -> None:
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found


#: A list of portfolios ends where the next title begins ("... and Latvian Transport Minister").
NEXT_TITLES = [
    (
        "Minister for Regional Affairs Hendrik Terras and Latvian Transport Minister Kaspars Briskens "
        "signed.",
        [("Hendrik Terras", "Minister for Regional Affairs"), ("Kaspars Briskens", "Transport Minister")],
    ),
    (
        "Deputy Prime Minister for Reconstruction Ivo Petrov and Bulgarian Energy Minister Rumen Radev met.",
        [("Ivo Petrov", "Deputy Prime Minister for Reconstruction"), ("Rumen Radev", "Energy Minister")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), NEXT_TITLES)
def test_a_portfolio_list_ends_at_the_next_title(sentence: str, expected: list[tuple]) -> None:
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


#: "cum" joins two offices of one person as "and" does (South and Southeast Asian copy): the
#: title had been cut to the office after "cum" before the name, or before "cum" after it.
CUM_OFFICES = [
    ("Minister of Planning cum Minister of Finance Aung Kyaw Min opened the talks.",
     ("Aung Kyaw Min", "Minister of Planning cum Minister of Finance")),
    ("Sok Dara, Senior Minister cum Minister of Commerce, met the delegation.",
     ("Sok Dara", "Senior Minister cum Minister of Commerce")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), CUM_OFFICES)
def test_cum_joins_two_offices_of_one_person(sentence: str, expected: tuple) -> None:
    assert [(p.name, p.title) for p in find_people(sentence)] == [expected]


#: The bare head of an office repeated after a comma before the name ("the Minister of Trade,
#: Minister X", as Vietnamese and Lao copy styles it) is no second office: it had been joined
#: into "Minister of Trade, Minister". A second office with words of its own still joins.
REPEATED_HEADS = [
    ("The Minister of Planning, Minister Khamjane Vongphosy, received the envoy.",
     ("Khamjane Vongphosy", "Minister of Planning")),
    ("Laos' Minister of Industry and Commerce, Minister Souvan Keo met the delegation.",
     ("Souvan Keo", "Minister of Industry and Commerce")),
    ("Deputy Prime Minister and Minister of Foreign Affairs, Minister Tran Van Nam, spoke.",
     ("Tran Van Nam", "Deputy Prime Minister and Minister of Foreign Affairs")),
    ("The Governor of Vientiane, Governor Atsaphangthong Siphandone, hosted the dinner.",
     ("Atsaphangthong Siphandone", "Governor of Vientiane")),
    # must not fire: a second office of its own words
    ("Prime Minister, Minister of Finance Lee Wen Hao opened the talks.",
     ("Lee Wen Hao", "Prime Minister, Minister of Finance")),
    ("Deputy Prime Minister, Foreign Minister Pham Quoc Viet arrived.",
     ("Pham Quoc Viet", "Deputy Prime Minister, Foreign Minister")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), REPEATED_HEADS)
def test_a_head_repeated_before_the_name_is_no_second_office(sentence: str, expected: tuple) -> None:
    assert [(p.name, p.title) for p in find_people(sentence)] == [expected]


#: People listed each with a title in apposition ("X, Title, and Y, Title"): the words after
#: ", and" that a comma and an office follow are the next person's name, no last portfolio of
#: the first title ("Minister of Tourism, and Sanjay" had been one title, and "Sanjay" lost).
APPOSED_LISTS = [
    (
        "Attending were Maria Duarte, Paraguayan Minister of Tourism, and Sanjay Ram Kapoor, "
        "Indian Deputy Minister of Culture.",
        [
            ("Maria Duarte", "Minister of Tourism", "PRY"),
            ("Sanjay Ram Kapoor", "Deputy Minister of Culture", "IND"),
        ],
    ),
    (
        "Also present were Ole Nygaard, State Secretary of Fisheries, and Kari Solheim Berg, "
        "Director of Trade.",
        [
            ("Ole Nygaard", "State Secretary of Fisheries", None),
            ("Kari Solheim Berg", "Director of Trade", None),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), APPOSED_LISTS)
def test_a_name_with_its_own_title_after_and_is_no_portfolio(sentence: str, expected: list[tuple]) -> None:
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


#: A party office: the party is part of the title, not a body the person represents, and
#: "General Secretary" is one head (the party's name never swallows "General").
PARTY_OFFICES = [
    (
        "The delegation was received by Chinese Communist Party General Secretary Xi Jinping.",
        ("Xi Jinping", "Communist Party General Secretary", "CHN", None),
    ),
    (
        "Earlier he met Communist Party General Secretary To Lam in Hanoi.",
        ("To Lam", "Communist Party General Secretary", None, None),
    ),
    (
        "He also called on Cuban Communist Party First Secretary Miguel Diaz-Canel.",
        ("Miguel Diaz-Canel", "Communist Party First Secretary", "CUB", None),
    ),
    (
        "The minister later met General Secretary Kim Ryong-su of the union.",
        ("Kim Ryong-su", "General Secretary", None, None),
    ),
    # the party's country, then its committee, before the name (VNA's style)
    (
        "General Secretary of the Lao People's Revolutionary Party of Laos Central Committee Thongloun "
        "Sisoulith received the delegation.",
        (
            "Thongloun Sisoulith",
            "General Secretary of the Lao People's Revolutionary Party Central Committee",
            "LAO",
            None,
        ),
    ),
    (
        "He met First Secretary of the Communist Party of Cuba (PCC) Central Committee Miguel Diaz-Canel.",
        ("Miguel Diaz-Canel", "First Secretary of the Communist Party Central Committee", "CUB", None),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PARTY_OFFICES)
def test_a_party_office_is_a_title_and_the_party_no_organization(sentence: str, expected: tuple) -> None:
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found
    assert not [o.name for o in find_organizations(sentence) if "General" in o.name or "Party" in o.name]


#: A province or city before a party office is where the office is held, and its country the
#: officer's: the party stays in the title, the place names no body.
PROVINCIAL_PARTY_OFFICES = [
    (
        "Hubei Party Secretary Li Mingzhe toured the port of Mombasa with Kenyan officials.",
        ("Li Mingzhe", "Party Secretary", "CHN", None),
    ),
    (
        "Yunnan Provincial Party Secretary Zhao Wenfeng received the Lao delegation.",
        ("Zhao Wenfeng", "Provincial Party Secretary", "CHN", None),
    ),
    # the level written as a lower-case adjective between the place and the party
    (
        "Fujian provincial Party Secretary Zhou Zuyi hosted a banquet for the Malaysian delegation.",
        ("Zhou Zuyi", "provincial Party Secretary", "CHN", None),
    ),
    (
        "Hanoi municipal Party Secretary Bui Thi Minh Hoai received the Lao ambassador on Monday.",
        ("Bui Thi Minh Hoai", "municipal Party Secretary", "VNM", None),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PROVINCIAL_PARTY_OFFICES)
def test_a_party_office_of_a_province_is_of_its_country(sentence: str, expected: tuple) -> None:
    """ "Jiangsu Provincial Party Secretary Xin Changxing met Indonesian Trade Minister ...": a
    Chinese official (he had been of no country, and the meeting lost)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found


#: Honorifics inside a long name do not count toward its length: the whole name is read.
LONG_HONORIFIC_NAMES = [
    (
        "Defence Minister Tengku Datuk Seri Ahmad Tengku Ismail Hassan, who met the delegation, spoke.",
        "Tengku Datuk Seri Ahmad Tengku Ismail Hassan",
    ),
    (
        "Energy Minister Tan Sri Datuk Seri Mohd Amir Ibrahim Yusof met the Thai delegation.",
        "Tan Sri Datuk Seri Mohd Amir Ibrahim Yusof",
    ),
]


@pytest.mark.parametrize(("sentence", "name"), LONG_HONORIFIC_NAMES)
def test_honorifics_do_not_shorten_a_long_name(sentence: str, name: str) -> None:
    assert any(p.name.endswith(name.split()[-1]) for p in find_people(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The call came from Minister of Trade and Cooperatives of the Republic of Uganda April Nakato.",
         [("April Nakato", "Minister of Trade and Cooperatives", "UGA")]),
        ("He met Zambian Foreign Minister June Mwale on Monday.",
         [("June Mwale", "Foreign Minister", "ZMB")]),
        # a month after a preposition or before a country stays a date
        ("Since January Zambia's Foreign Minister Mulambo Haimbe has met him twice.",
         [("Mulambo Haimbe", "Foreign Minister", "ZMB")]),
    ],
)  # fmt: skip
def test_a_month_after_a_title_is_a_given_name(sentence: str, expected: list[tuple]) -> None:
    """ "... of the United Republic of Tanzania January X", "Foreign Minister January X": a
    month right after a title, before a capitalized name word, is the given name (the caller
    had been lost, and the phone call with him)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


#: The head of a state agency with a name of its own represents that agency (agencies sign
#: as parties); a ministry or an unnamed office is the government.
NAMED_AGENCIES = [
    (
        "The deal was signed by the head of the Procurement Agency, Marek Zielinski, on Friday.",
        ("Marek Zielinski", "head of the Procurement Agency", "Procurement Agency"),
    ),
    (
        "It was signed by Director of the Nuclear Regulatory Agency Tomas Dvorak.",
        ("Tomas Dvorak", "Director of the Nuclear Regulatory Agency", "Nuclear Regulatory Agency"),
    ),
    (
        "It was signed by Director of the Agency Jan Horak.",
        ("Jan Horak", "Director of the Agency", None),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), NAMED_AGENCIES)
def test_the_head_of_a_named_agency_represents_it(sentence: str, expected: tuple) -> None:
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


def test_an_administrator_is_a_title_and_a_titled_name_no_company() -> None:
    """ "Daniel Power, Administrator of the United States Agency ...": a titled person of the
    United States; his surname, a word of company names, made "Daniel Power" a company too
    (and the person, untitled, was given the dateline's country)."""
    sentence = (
        "The minister met Daniel Power, Administrator of the United States Agency for Trade, on Monday."
    )
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == [
        ("Daniel Power", "Administrator", "USA")
    ]
    assert "Daniel Power" not in [o.name for o in find_entities(sentence).organizations]


@pytest.mark.parametrize(
    "sentence",
    [
        "He met the Ambassador Extraordinary and Plenipotentiary of Chile to the Kyrgyz Republic Ana Rojas.",
        "He met the Ambassador of Chile to the United Arab Emirates Ana Rojas.",
    ],
)
def test_an_ambassador_of_one_country_to_the_other(sentence: str) -> None:
    """ "of Chile to the Kyrgyz Republic": the sending country; with "the" before the posting
    the title was lost and the ambassador had no country."""
    ((name, title, country),) = [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]
    assert (name, country) == ("Ana Rojas", "CHL") and title is not None and title.startswith("Ambassador")


@pytest.mark.parametrize(
    "sentence",
    [
        "She met Mr. Idrissa Kone, Minister of Trade, Crafts and Informal Sector Promotion of the Republic "
        "of Niger, on Monday.",
        "She met Mr. Idrissa Kone, Minister of Trade and Informal Sector Promotion of Niger.",
    ],
)
def test_a_portfolio_list_then_the_country(sentence: str) -> None:
    """A list of portfolios the lexicon does not know, then "of <country>": the title and the
    country (the list was cut at "and" and the rest read as a person)."""
    assert [(p.name, p.country_iso3) for p in find_people(sentence)] == [("Idrissa Kone", "NER")]
    ((title,),) = [[p.title for p in find_people(sentence)]]
    assert title is not None and title.endswith("Informal Sector Promotion")


def test_a_name_with_a_suffix_before_its_title_in_apposition() -> None:
    """ "Ferdinand Marcos Jr., President of the Philippines": the period of "Jr." hid the
    apposition, and the president had no title or country."""
    sentence = "He held a telephone talk with Ferdinand Marcos Jr., President of the Philippines."
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == [
        ("Ferdinand Marcos Jr", "President", "PHL")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Indonesian corporate titles
        ("The deal was signed by Budi Santoso, President Director of Garuda Maritim.",
         ("Budi Santoso", "President Director", "Garuda Maritim")),
        # a name that opens with an acronym goes on to the punctuation that closes it
        ("The deal was signed by Omar Haddad, Group Chairman and CEO of KH Logistics.",
         ("Omar Haddad", "Group Chairman and CEO", "KH Logistics")),
        ("It was signed by the CEO of KH Logistics, Omar Haddad.", ("Omar Haddad", "CEO", "KH Logistics")),
        # the acronym alone when a name follows it
        ("Director-General of the WTO Ngozi Okonjo-Iweala spoke.",
         ("Ngozi Okonjo-Iweala", "Director-General", "WTO")),
    ],
)  # fmt: skip
def test_company_officers_and_names_opening_on_an_acronym(sentence: str, expected: tuple) -> None:
    """ "CEO of DP World" was "CEO of DP"; "President Director" was no title (the officer came
    out of the other side's country)."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kenyan President William Ruto received the chairman of China Telecom, Ke Ruiwen, on Monday.",
         ("Ke Ruiwen", "chairman", "CHN", "China Telecom")),
        ("Bahlil Lahadalia met the chief executive of Japan Tobacco, Masamichi Terabatake, in Jakarta.",
         ("Masamichi Terabatake", "chief executive", "JPN", "Japan Tobacco")),
        # a surname that is a word of a longer title ("Yang di-Pertuan Agong") opens the name
        ("Thai Energy Minister Pirapan Salirathavibhaga hosted the chairman of China Baowu, Yang Bo.",
         ("Yang Bo", "chairman", "CHN", "China Baowu")),
        # a government's office of the country, the name after the comma: no company
        ("Chinese Premier Li Qiang met the President of Kenya, William Ruto, on Monday.",
         ("William Ruto", "President", "KEN", None)),
    ],
)  # fmt: skip
def test_a_company_named_for_its_country_before_its_officers_name_in_commas(
    sentence: str, expected: tuple
) -> None:
    """ "the chairman of China Mobile, Yang Jie": the capitalized words after the country, up
    to the comma before a name, are the company's the officer heads (the title had stopped at
    the country and "Mobile" been taken for the chairman's name)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found
    assert all(name != (expected[3] or "").split(" ", 1)[-1] for name, *_ in found)


#: A demonym right before a title is the title's country, whatever capitals come before it
#: (a venue, a place): none of them is the person's organization.
VENUES_BEFORE_A_DEMONYM = [
    (
        "King Abdullah II received at Al Husseiniya Palace Slovenian Prime Minister Robert Golob.",
        ("Robert Golob", "Prime Minister", "SVN", None),
        "Al Husseiniya Palace",
    ),
    (
        "The Sultan welcomed at Al Alam Palace Brazilian Foreign Minister Mauro Vieira on Monday.",
        ("Mauro Vieira", "Foreign Minister", "BRA", None),
        "Al Alam Palace",
    ),
]


@pytest.mark.parametrize(("sentence", "expected", "venue"), VENUES_BEFORE_A_DEMONYM)
def test_a_demonym_before_a_title_ends_what_comes_before(sentence: str, expected: tuple, venue: str) -> None:
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found
    assert all(not o.name.startswith(venue) for o in find_organizations(sentence))


#: A portfolio written in lower case before "minister" is part of the title, so the country
#: before it is the title's ("Egypt's foreign minister, X" had the title "minister" and no
#: country); "top diplomat", "chief diplomat" and "top leader" are titles (AP, Reuters).
LOWER_CASE_ROLES = [
    ("He met Egypt's foreign minister, Badr Abdelatty, on Tuesday.",
     ("Badr Abdelatty", "foreign minister", "EGY", None)),
    ("Japan's economy minister Yoji Muto arrived in Jakarta.",
     ("Yoji Muto", "economy minister", "JPN", None)),
    ("Fidan hosted Egypt's top diplomat Badr Abdelatty in Ankara.",
     ("Badr Abdelatty", "top diplomat", "EGY", None)),
    ("China's chief diplomat, Wang Yi, flew to Brasilia.", ("Wang Yi", "chief diplomat", "CHN", None)),
    # "top leader" as well: the country before it is the title's, and so is X after a comma
    ("He held talks with Tran Duc Minh, Vietnam's top leader, in Hanoi.",
     ("Tran Duc Minh", "top leader", "VNM", None)),
    ("He held talks with Cambodia's top leader Sok Vanna in Phnom Penh.",
     ("Sok Vanna", "top leader", "KHM", None)),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), LOWER_CASE_ROLES)
def test_roles_written_in_lower_case(sentence: str, expected: tuple) -> None:
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Health and education adviser Rahima Sultana met the visiting delegation on Monday.",
         ("Rahima Sultana", "Health and education adviser")),
        ("The envoy called on commerce and industry adviser Rahima Sultana in Dhaka.",
         ("Rahima Sultana", "commerce and industry adviser")),
        ("Finance and planning minister Amina Odhiambo met the visiting delegation on Monday.",
         ("Amina Odhiambo", "Finance and planning minister")),
        ("Trade and Industry Minister Amina Odhiambo met the visiting delegation on Monday.",
         ("Amina Odhiambo", "Trade and Industry Minister")),
    ],
)  # fmt: skip
def test_a_lower_case_portfolio_list_stays_in_the_title(sentence: str, expected: tuple) -> None:
    """ "Power and energy adviser X": a list of portfolios in lower case before "adviser", as
    before "minister", is part of the title, also when the sentence's capital opens it (the
    title had been the bare head, or the list's last portfolio with it)."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


def test_a_lower_case_word_before_a_capitalized_portfolio_list_is_no_title() -> None:
    """The look-alike: a sentence opening on a portfolio word that is the subject, not a title."""
    found = find_people("Energy and the environment were discussed by Minister Amina Odhiambo.")
    assert [(p.name, p.title) for p in found] == [("Amina Odhiambo", "Minister")]


#: "vice" in lower case opens a title as "deputy" does ("Ana Ruiz, vice foreign minister of
#: Peru,", Xinhua's style): the title had been lost, and each person given the other's country.
LOWER_CASE_VICE = [
    ("Ana Ruiz, vice foreign minister of Peru, held talks with Kwame Asante, Ghanaian vice "
     "trade minister, in Lima.",
     [("Ana Ruiz", "vice foreign minister", "PER", None),
      ("Kwame Asante", "vice trade minister", "GHA", None)]),
    ("Talks were co-chaired by Norway's vice foreign minister, Oyvind Berg, on Monday.",
     [("Oyvind Berg", "vice foreign minister", "NOR", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), LOWER_CASE_VICE)
def test_a_lower_case_vice_opens_a_title(sentence: str, expected: list[tuple]) -> None:
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert all(person in found for person in expected)


#: A lower-case portfolio after "of"/"for" stays in the title when the apposition closes after
#: it or the office's country follows ("Lena Dahl, deputy minister of trade and industry,"):
#: only a name after it had kept it, and the title had been cut to "deputy minister" (and
#: "of Peru" after the cut had been lost, the country going to the other side).
LOWER_CASE_PORTFOLIOS = [
    ("Lena Dahl, deputy minister of trade and industry, arrived in Quito on Monday.",
     [("Lena Dahl", "deputy minister of trade and industry", None, None)]),
    ("Yusuf Karimi, deputy economy minister for international cooperation.",
     [("Yusuf Karimi", "deputy economy minister for international cooperation", None, None)]),
    ("Rosa Quispe, vice minister of commerce of Peru, met Tariq Aziz, minister of finance of "
     "the Maldives, in Male.",
     [("Rosa Quispe", "vice minister of commerce", "PER", None),
      ("Tariq Aziz", "minister of finance", "MDV", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), LOWER_CASE_PORTFOLIOS)
def test_a_lower_case_portfolio_closed_by_the_apposition(sentence: str, expected: list[tuple]) -> None:
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert all(person in found for person in expected)


#: A chamber, federation, association or alliance named with an "of" complement is one
#: organization, "and" and countries included; the title was cut at "and" ("Chairman of the
#: Indonesian Chamber of Commerce") or split at the inner "of", and no organization was found.
BUSINESS_BODIES = [
    ("He received Arsjad Rasjid, Chairman of the Indonesian Chamber of Commerce and Industry (KADIN).",
     ("Arsjad Rasjid", "Chairman", "IDN", "Indonesian Chamber of Commerce and Industry (KADIN)")),
    ("He met the President of the Federation of Kenya Employers, Jacqueline Mugo.",
     ("Jacqueline Mugo", "President", "KEN", "Federation of Kenya Employers")),
    ("She met Carlos Rocha, head of the Brazilian Association of Coffee and Cocoa Exporters.",
     ("Carlos Rocha", "head", "BRA", "Brazilian Association of Coffee and Cocoa Exporters")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), BUSINESS_BODIES)
def test_a_business_body_named_with_of_is_one_organization(sentence: str, expected: tuple) -> None:
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found
    assert expected[3] in [o.name for o in find_organizations(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The delegation was received by the chairwoman of the Federation of Industries of Ghana, Ama Owusu.",
         ("Ama Owusu", "chairwoman", "GHA", "Federation of Industries of Ghana")),
        ("Lars Berg, President of the Association of Exporters of the Czech Republic, spoke.",
         ("Lars Berg", "President", "CZE", "Association of Exporters of the Czech Republic")),
    ],
)  # fmt: skip
def test_the_country_a_business_body_is_of_closes_its_name(sentence: str, expected: tuple) -> None:
    """ "of <Country>" after a chamber's, federation's or association's name is the body's own,
    the country its officer speaks for ("the president of the Chamber of Commerce of Cuba, Luis
    Antonio Benitez Guerra": he had had no title, no organization)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found
    assert expected[3] in [o.name for o in find_organizations(sentence)]


#: An academy, institute or university named for its field ("of Sciences", "of Economics") and
#: the country it serves is one organization; the title was split at the inner "of" ("president
#: of the National Academy", organization "Sciences") or lost, the body cut to "Academy".
LEARNED_BODIES = [
    ("President of the Academy of Sciences of Moldova Ion Tighineanu received the visitors.",
     ("Ion Tighineanu", "President", "MDA", "Academy of Sciences of Moldova")),
    ("Rector of the State Academy of Arts Bolat Sarsenov opened the exhibition.",
     ("Bolat Sarsenov", "Rector", None, "State Academy of Arts")),
    ("They met Aigul Temirova, director of the National Institute of Sciences, in Bishkek.",
     ("Aigul Temirova", "director", None, "National Institute of Sciences")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), LEARNED_BODIES)
def test_a_learned_body_named_for_its_field_is_one_organization(sentence: str, expected: tuple) -> None:
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found


def test_a_board_of_a_company_stays_the_title() -> None:
    """ "chairman of the Board of X": the board is the title's, the company after it the body."""
    found = [
        (p.title, p.organization)
        for p in find_people("Omar Haddad, chairman of the Board of Sonalgaz, spoke.")
    ]
    assert ("chairman of the Board", "Sonalgaz") in found


def test_a_counterpart_then_a_title_is_one_office() -> None:
    """ "his Japanese counterpart, Vice Minister for Foreign Affairs Masataka Okano": the title is
    the office after the comma, with the counterpart's country; it was the compound
    "counterpart, Vice Minister for Foreign Affairs"."""
    found = [
        (p.name, p.title, p.country_iso3)
        for p in find_people(
            "First Vice Foreign Minister Kim Hong-kyun and his Japanese counterpart, Vice Minister for "
            "Foreign Affairs Masataka Okano, led the talks."
        )
    ]
    assert ("Masataka Okano", "Vice Minister for Foreign Affairs", "JPN") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("LUSAKA - PRESIDENT Hakainde Hichilema yesterday received the envoy.",
         ("Hakainde Hichilema", "President", None)),
        ("LUSAKA - FOREIGN AFFAIRS MINISTER Mulambo Haimbe met the envoy.",
         ("Mulambo Haimbe", "Foreign Affairs Minister", None)),
        ("ACCRA - Zenith Bank CEO Henry Oroh met the delegation.",
         ("Henry Oroh", "CEO", None)),
    ],
)  # fmt: skip
def test_a_title_set_in_capitals_is_written_as_elsewhere(sentence: str, expected: tuple) -> None:
    """A lead that sets its first words in capitals ("ABUJA - PRESIDENT Bola Tinubu") gives the
    title as the story writes it elsewhere ("President"); an acronym stays as it is."""
    found = [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]
    assert expected in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He met the chief executive of Indian conglomerate Tata Sons, Natarajan Chandrasekaran, on Monday.",
         ("Natarajan Chandrasekaran", "chief executive", "IND", "Tata Sons")),
        ("He met the chairman of Chinese electric-vehicle maker BYD, Wang Chuanfu, on Monday.",
         ("Wang Chuanfu", "chairman", "CHN", "BYD")),
    ],
)  # fmt: skip
def test_a_body_after_its_country_and_description(sentence: str, expected: tuple) -> None:
    """ "the chief executive of Indian conglomerate Tata Sons, X": the company is the one named
    after its country and description, of that country (the organization had been "Indian")."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The delegation met Ingrid Solberg, managing director of the Oslo-based salmon exporter Fjordlaks, "
         "on Friday.",
         ("Ingrid Solberg", "managing director", "NOR", "Fjordlaks")),
        ("She also received Tom Baptiste, chairman of the Montreal-based Maple Rail Holdings.",
         ("Tom Baptiste", "chairman", "CAN", "Maple Rail Holdings")),
        ("He met Lucia Ferraz, chief executive of the Brazilian mining company Serra Azul, in Luanda.",
         ("Lucia Ferraz", "chief executive", "BRA", "Serra Azul")),
    ],
)  # fmt: skip
def test_a_body_after_the_and_where_it_is_based(sentence: str, expected: tuple) -> None:
    """ "chief executive of the US-based agribusiness firm X": where the company is based, as a
    demonym, gives its country and is no part of its name, nor is the article before them (the
    title had been "chief executive of the US-based" with no company, or the company "US-based X")."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister was joined by Ruth Abara, chief executive of Nsukka-based miller Obi Grains.",
         ("Ruth Abara", "chief executive", None, "Obi Grains")),
        ("She met Tomas Lind, chairman of the board of the Vetlanda-based Lind Timber, on Monday.",
         ("Tomas Lind", "chairman of the board", None, "Lind Timber")),
    ],
)  # fmt: skip
def test_a_seat_the_lexicon_does_not_know_is_still_no_part_of_the_body(
    sentence: str, expected: tuple
) -> None:
    """ "chairman of the management board of Leipzig-based utility Stadtwerke Leipzig": a town
    the lexicon does not know is still a seat before "-based", of no known country, and the
    company is the name after its description (the organization had been "Leipzig-based")."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == [expected]
    assert [o.name for o in find_organizations(sentence)] == [expected[3]]


#: A portfolio after "and the" goes on the title ("... and the Pacific"); an office after
#: "and the" is the next person's.
PORTFOLIOS_AFTER_THE = [
    (
        "Tonga's Prime Minister met the New Zealand Minister for Development and the Pacific, "
        "Mere Tapsell, in Nuku'alofa.",
        [("Mere Tapsell", "Minister for Development and the Pacific")],
    ),
    (
        "Minister for Europe and the Americas Owen Hale met Minister of Culture and the Arts Lea Varga.",
        [
            ("Owen Hale", "Minister for Europe and the Americas"),
            ("Lea Varga", "Minister of Culture and the Arts"),
        ],
    ),
    (
        "Minister of Trade Ivo Petrov and the Ambassador of Peru Ana Rojas met.",
        [("Ivo Petrov", "Minister of Trade"), ("Ana Rojas", "Ambassador")],
    ),
    # "of State and" a portfolio: Portugal's and Egypt's style; a title after "and" stays its own
    (
        "Minister of State and Foreign Affairs Paulo Rangel met Minister of State and Finance Ana Silva.",
        [
            ("Paulo Rangel", "Minister of State and Foreign Affairs"),
            ("Ana Silva", "Minister of State and Finance"),
        ],
    ),
    (
        "He met the Secretary of State and Foreign Minister Ann Lee.",
        [("Ann Lee", "Secretary of State and Foreign Minister")],
    ),
    # "Supply" is a portfolio of its own (Jordan's ministry), so it ends the list, not opens a name
    (
        "Minister of Industry, Trade and Supply Rami Haddad met Minister of Water Supply Lea Varga.",
        [
            ("Rami Haddad", "Minister of Industry, Trade and Supply"),
            ("Lea Varga", "Minister of Water Supply"),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PORTFOLIOS_AFTER_THE)
def test_a_portfolio_after_and_the_goes_on_the_title(sentence: str, expected: list[tuple]) -> None:
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


#: An office "of" a city, state or province is of that place's country.
OFFICES_OF_PLACES = [
    ("Chief Minister of Odisha Mohan Majhi met the delegation.", ("Chief Minister of Odisha", "IND")),
    ("the Governor of Texas, Greg Abbott, met the delegation.", ("Governor of Texas", "USA")),
    ("Premier of Ontario Doug Ford met the delegation.", ("Premier of Ontario", "CAN")),
    ("Mayor of Osaka Hideyuki Yokoyama met the delegation.", ("Mayor of Osaka", "JPN")),
]


@pytest.mark.parametrize(("sentence", "expected"), OFFICES_OF_PLACES)
def test_an_office_of_a_place_is_of_its_country(sentence: str, expected: tuple) -> None:
    assert [(t.title, t.country_iso3) for t in find_titles(sentence)][:1] == [expected]


#: A plural title names each person listed right after it, and a list of countries before it
#: gives each person theirs in order.
PLURAL_TITLES = [
    (
        "Estonian and Finnish defence ministers Hanno Pevkur and Antti Hakkanen met in Tallinn.",
        [("Hanno Pevkur", "defence minister", "EST"), ("Antti Hakkanen", "defence minister", "FIN")],
    ),
    (
        "The Kenyan, Ugandan and Tanzanian Trade Ministers, Lee Kinyanjui, Gilbert Bukenya and Selemani "
        "Jafo, signed the protocol.",
        [
            ("Lee Kinyanjui", "Trade Minister", "KEN"),
            ("Gilbert Bukenya", "Trade Minister", "UGA"),
            ("Selemani Jafo", "Trade Minister", "TZA"),
        ],
    ),
    (
        "Presidents Aram Petrosyan and Elena Ionescu met.",
        [("Aram Petrosyan", "President", None), ("Elena Ionescu", "President", None)],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PLURAL_TITLES)
def test_a_plural_title_names_each_person_listed_after_it(sentence: str, expected: list[tuple]) -> None:
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


#: Gulf styles: "Ruler" and "Deputy Ruler" are offices, "H.H." and "H.E." are honorifics
#: before a name in apposition, and "Sultan" before "bin" is a given name.
GULF_STYLES = [
    (
        "The talks were attended by H.H. Sheikh Khalid bin Saif Al Nuaimi, Deputy Ruler of Ajman and "
        "Chairman of the Executive Council.",
        [("Khalid bin Saif Al Nuaimi", "Deputy Ruler of Ajman and Chairman of the Executive Council", "ARE")],
    ),
    (
        "Ruler of Fujairah Sheikh Sultan bin Hamad Al Sharqi received the delegation.",
        [("Sultan bin Hamad Al Sharqi", "Ruler of Fujairah", "ARE")],
    ),
    ("He met H.E. Dr. Omar Al Kaabi, Minister of Energy.", [("Omar Al Kaabi", "Minister of Energy", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), GULF_STYLES)
def test_gulf_offices_honorifics_and_given_names(sentence: str, expected: list[tuple]) -> None:
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


#: A seat on a party's Politburo is an office, written before or after the name ("Politburo
#: member", "Member of the Politburo", "Politburo Standing Committee member"); the Politburo is
#: no organization of its own.
POLITBURO_SEATS = [
    ("Chinese Politburo member Chen Wenqing met the delegation.",
     ("Chen Wenqing", "Politburo member", "CHN")),
    ("Member of the Politburo Nguyen Van Nen received the envoy.",
     ("Nguyen Van Nen", "Member of the Politburo", None)),
    ("Politburo Standing Committee member Li Xi met him.",
     ("Li Xi", "Politburo Standing Committee member", None)),
    ("Politburo member and Chairman of the National Assembly Tran Thanh Man held talks.",
     ("Tran Thanh Man", "Politburo member and Chairman of the National Assembly", None)),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), POLITBURO_SEATS)
def test_a_politburo_seat_is_a_title(sentence: str, expected: tuple) -> None:
    found = [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]
    assert expected in found
    assert not [o.name for o in find_organizations(sentence) if "Politburo" in o.name]


#: A seat on a collegial body named before "member", in either case, is a title with the body
#: in it, and the body no organization; a country after "member" is no one's name.
BODY_SEATS = [
    ("Libyan Presidential Council member Musa al-Koni met the Chadian envoy.",
     [("Musa al-Koni", "Presidential Council member", "LBY", None)]),
    ("Transitional Council Member Idriss Mahamat received the delegation.",
     [("Idriss Mahamat", "Transitional Council Member", None, None)]),
    ("Standing Committee member Zhou Ming toured the port.",
     [("Zhou Ming", "Standing Committee member", None, None)]),
    # near miss: a member state after "member" is no name, and no title is read
    ("Gulf Cooperation Council member Oman hosted the talks.", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), BODY_SEATS)
def test_a_seat_on_a_body_named_before_member_is_a_title(sentence: str, expected: list) -> None:
    """ "Sovereignty Council member X": the seat is X's title, the body in it (X had had no
    title, and the council been an organization; capitalized, "Member" had lost the body)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == expected
    assert not [o for o in find_organizations(sentence) if "Council" in o.name or "Committee" in o.name]


#: "leader" is an office in lower case too ("North Korean leader Kim Jong Un", "Iran's supreme
#: leader"), after a lower-case "opposition" or "transitional" that keeps the demonym's country;
#: a capitalized "Opposition" is part of the office, no organization; "leader of the Cuban
#: revolution" keeps the noun after the demonym.
LEADERS = [
    ("North Korean leader Kim Jong Un met Russian President Vladimir Putin.",
     ("Kim Jong Un", "leader", "PRK")),
    ("Iran's supreme leader Ali Khamenei received him.", ("Ali Khamenei", "supreme leader", "IRN")),
    ("He met Malian transitional leader Assimi Goita.", ("Assimi Goita", "transitional leader", "MLI")),
    ("Zambian opposition leader Hakainde Hichilema met him.",
     ("Hakainde Hichilema", "opposition leader", "ZMB")),
    ("Opposition leader Raila Odinga met him.", ("Raila Odinga", "Opposition leader", None)),
    # a junta, as an opposition, is no body its leader represents
    ("Junta leader Idrissa Kone met him.", ("Idrissa Kone", "Junta leader", None)),
    ("Junta chief Idrissa Kone met him.", ("Idrissa Kone", "Junta chief", None)),
    # in lower case inside the sentence too, as most outlets write it
    ("The envoy met junta leader General Idrissa Kone.", ("Idrissa Kone", "junta leader", None)),
    ("Talks with the military junta chief Colonel Idrissa Kone ended.",
     ("Idrissa Kone", "junta chief", None)),
    ("He called on Army General Raul Castro, leader of the Cuban revolution.",
     ("Raul Castro", "leader of the Cuban revolution", None)),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), LEADERS)
def test_a_leader_is_an_office(sentence: str, expected: tuple) -> None:
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]
    assert not [o.name for o in find_organizations(sentence) if o.name.lower() in ("opposition", "junta")]


#: A word that qualifies a portfolio after "and" ("Foreign and European Affairs") is an item of
#: the list; a country's demonym there opens another person's title.
QUALIFIED_PORTFOLIOS = [
    ("Croatian Foreign and European Affairs Minister Gordan Grlic Radman met him.",
     [("Gordan Grlic Radman", "Foreign and European Affairs Minister", "HRV")]),
    ("He met the Minister for Foreign and European Affairs and Trade, Ian Borg.",
     [("Ian Borg", "Minister for Foreign and European Affairs and Trade", None)]),
    ("Barbadian Minister of Foreign Affairs and Caribbean Integration Kerrie Symmonds met him.",
     [("Kerrie Symmonds", "Minister of Foreign Affairs and Caribbean Integration", "BRB")]),
    ("Minister for Restoration Oleksandr Kubrakov and Romanian Transport Minister Sorin Grindeanu signed.",
     [("Oleksandr Kubrakov", "Minister for Restoration", None),
      ("Sorin Grindeanu", "Transport Minister", "ROU")]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), QUALIFIED_PORTFOLIOS)
def test_a_qualified_portfolio_after_and_is_part_of_the_title(sentence: str, expected: list) -> None:
    """The Slovak minister had been an "Affairs Minister" of an organization called "European"."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected
    assert "European" not in [o.name for o in find_organizations(sentence)]


#: A business body named before its officer's title keeps the words before "of" ("Chamber of
#: Commerce", "Federation of Kenya Employers"), and the place that opens it gives the country.
BODIES_BEFORE_A_TITLE = [
    ("Mombasa Chamber of Commerce President Ali Mohamed addressed the forum.",
     ("Ali Mohamed", "President", "KEN", "Mombasa Chamber of Commerce")),
    ("He met the Federation of Kenya Employers President Jacqueline Mugo.",
     ("Jacqueline Mugo", "President", "KEN", "Federation of Kenya Employers")),
    ("Aleppo Chamber of Industry Chairman Fares Shehabi spoke.",
     ("Fares Shehabi", "Chairman", "SYR", "Aleppo Chamber of Industry")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), BODIES_BEFORE_A_TITLE)
def test_a_business_body_named_before_a_title(sentence: str, expected: tuple) -> None:
    """ "Damascus Chamber of Commerce President Issam Ghraiwati" had no organization (or "Kenya
    Employers")."""
    assert [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)] == [expected]
    assert expected[3] in [o.name for o in find_organizations(sentence)]


#: A title after a name and a comma names its body in full after "the": no word of the body
#: is a person ("Unity" had been one, titled "prime minister of the ... Government of National").
BODIES_OF_AN_APPOSITIVE_TITLE = [
    ("He spoke with Fayez al-Sarraj, prime minister of the Tripoli-based Government of National Accord, "
     "on Monday.",
     [("Fayez al-Sarraj", "prime minister of the Tripoli-based Government of National Accord")]),
    ("He met Ali Zeidan, Prime Minister of the Transitional Government of National Unity, on Monday.",
     [("Ali Zeidan", "Prime Minister of the Transitional Government of National Unity")]),
    ("He called on Raul Castro, leader of the Cuban revolution, on Monday.",
     [("Raul Castro", "leader of the Cuban revolution")]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), BODIES_OF_AN_APPOSITIVE_TITLE)
def test_the_body_of_an_appositive_title_is_no_person(sentence: str, expected: list[tuple]) -> None:
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


#: After a name and a comma, a title's body runs to the end of its capitalized words, also
#: past a company word inside it: the person went first, so no word after it is a name.
BODIES_PAST_A_COMPANY_WORD = [
    ("He met Ana Ferreira, chief executive of Douro Agro Exports, in Porto on Monday.",
     [("Ana Ferreira", "chief executive", "Douro Agro Exports")]),
    ("He met Ana Ferreira, managing director of Minho Energy Traders, in Porto.",
     [("Ana Ferreira", "managing director", "Minho Energy Traders")]),
    # a word opening the sentence before a comma is no name: the name follows the body
    ("Separately, Chairman of the Braga Textile Group Rui Costa signed a deal.",
     [("Rui Costa", "Chairman", "Braga Textile Group")]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), BODIES_PAST_A_COMPANY_WORD)
def test_an_appositive_titles_body_runs_past_a_company_word(sentence: str, expected: list[tuple]) -> None:
    assert [(p.name, p.title, p.organization) for p in find_people(sentence)] == expected


#: A portfolio in lower case after a lower-case head runs to the comma before the name.
LOWER_CASE_PORTFOLIOS = [
    ("It was co-chaired by Zambia's minister of foreign affairs and international cooperation, Mulambo "
     "Haimbe, and Malawi's minister for trade, Vitumbiko Mumba.",
     [("Mulambo Haimbe", "minister of foreign affairs and international cooperation", "ZMB"),
      ("Vitumbiko Mumba", "minister for trade", "MWI")]),
    # the portfolio's comma must open a name: "his team, officials said" is none
    ("The minister of trade and his team, officials said, left early.", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), LOWER_CASE_PORTFOLIOS)
def test_a_lower_case_portfolio_before_the_name(sentence: str, expected: list[tuple]) -> None:
    """Both co-chairs of a Namibia-Botswana commission had had no title, and the Botswanan one
    Namibia's country."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


#: A body named with its country at the end after a business head's "of" ("CEO of Enterprise
#: Ireland") is the organization, not a portfolio of a country's.
BODIES_NAMED_FOR_THEIR_COUNTRY = [
    ("The MoU was signed by Laurent Saint-Martin, CEO of Business France, and Ali Seddiki.",
     ("Laurent Saint-Martin", "CEO", "FRA", "Business France")),
    ("He met Leo Clancy, chief executive of Enterprise Ireland, on Monday.",
     ("Leo Clancy", "chief executive", "IRL", "Enterprise Ireland")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), BODIES_NAMED_FOR_THEIR_COUNTRY)
def test_a_body_named_for_its_country_after_a_business_head(sentence: str, expected: tuple) -> None:
    """The Irish agency's CEO had been a "CEO of Enterprise" of no organization."""
    assert expected in [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]


#: Kenyan copy's "CS" and "PS" (Cabinet and Principal Secretary) after a portfolio, and the
#: Prime Cabinet Secretary's office; an acronym before a company word is a company's name.
KENYAN_OFFICES = [
    ("He met Interior CS Kipchumba Murkomen.", ("Kipchumba Murkomen", "Interior CS", None)),
    ("Trade PS Alfred Kitolo met him.", ("Alfred Kitolo", "Trade PS", None)),
    ("It was facilitated by Kenya's Prime Cabinet Secretary and Foreign Affairs CS Musalia Mudavadi.",
     ("Musalia Mudavadi", "Prime Cabinet Secretary and Foreign Affairs CS", "KEN")),
    ("He met KCB Group CEO Paul Russo.", ("Paul Russo", "CEO", None)),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), KENYAN_OFFICES)
def test_kenyan_offices_written_short(sentence: str, expected: tuple) -> None:
    """The Prime Cabinet Secretary had had no title, and "Prime" had been dropped from it."""
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


def test_a_list_of_portfolios_in_apposition_runs_to_its_closing_comma() -> None:
    """ "H.E. Dr. Badr Abdelatty, Minister of Foreign Affairs, Emigration and Egyptian
    Expatriates, held a call": the whole list is the title (it had been cut at its first comma)."""
    sentence = "Sameh Shoukry, Minister of Foreign Affairs, Emigration and Egyptian Expatriates, held a call."
    assert [(p.name, p.title) for p in find_people(sentence)] == [
        ("Sameh Shoukry", "Minister of Foreign Affairs, Emigration and Egyptian Expatriates")
    ]


#: South Asian usage writes the portfolio straight after "Secretary", with no "of"; a retired
#: officer's "(Retd)" after the rank, or "Retired" before it, is no part of the name.
BARE_PORTFOLIOS_AND_RETIRED_RANKS = [
    (
        "Additional Secretary Commerce Farah Naz attended the talks.",
        ("Farah Naz", "Additional Secretary Commerce", None, None),
    ),
    (
        "The minister was joined by Secretary Foreign Affairs Imran Qadir.",
        ("Imran Qadir", "Secretary Foreign Affairs", None, None),
    ),
    (
        "He received Bangladeshi High Commissioner Rear Admiral (Retd) Kamal Hossain on Monday.",
        ("Kamal Hossain", "High Commissioner", "BGD", None),
    ),
    (
        "Nepal's Ambassador Major General (retd.) Binod Thapa called on the governor.",
        ("Binod Thapa", "Ambassador", "NPL", None),
    ),
    # the marker with an apostrophe, and written before the rank: no person "Brigadier", no
    # "Retired Colonel" in the name
    (
        "Prime Minister Brigadier (Ret'd) Daniel Forde met the envoy.",
        ("Daniel Forde", "Prime Minister", None, None),
    ),
    (
        "Malawian Defence Minister Retired Colonel Grace Banda met the envoy.",
        ("Grace Banda", "Defence Minister", "MWI", None),
    ),
    (
        "Interior Minister Retd. Lt. Gen. Samuel Otieno received him.",
        ("Samuel Otieno", "Interior Minister", None, None),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), BARE_PORTFOLIOS_AND_RETIRED_RANKS)
def test_a_bare_portfolio_after_secretary_and_a_retired_rank(sentence: str, expected: tuple) -> None:
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == [expected]


#: A word that is also part of some title ("Yang di-Pertuan Besar") starts a name when a
#: title has just ended and a name word follows: Chinese "Yang", Albanian "Besar".
TITLE_WORDS_AS_GIVEN_NAMES = [
    (
        "Chinese Foreign Minister Yang Jiechi arrived in Lima.",
        ("Yang Jiechi", "Foreign Minister", "CHN", None),
    ),
    (
        "He met North Macedonia's Minister of Economy and Labour Besar Durmishi.",
        ("Besar Durmishi", "Minister of Economy and Labour", "MKD", None),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), TITLE_WORDS_AS_GIVEN_NAMES)
def test_a_title_word_after_a_title_may_be_a_given_name(sentence: str, expected: tuple) -> None:
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == [expected]


#: A one-word city between a given name and a surname is part of the name.
CITIES_INSIDE_NAMES = [
    (
        "The Minister of State for Economic Coordination, José de Lima Massano, received the envoy.",
        ("José de Lima Massano", "Minister of State for Economic Coordination", None, None),
    ),
    (
        "Portugal's Secretary of State for Trade Ana Lima Costa opened the forum.",
        ("Ana Lima Costa", "Secretary of State for Trade", "PRT", None),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CITIES_INSIDE_NAMES)
def test_a_city_inside_a_name_is_a_name_word(sentence: str, expected: tuple) -> None:
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == [expected]


def test_local_consumption_is_a_portfolio() -> None:
    sentence = "It was opened by the Togolese Minister of Trade, Crafts and Local Consumption, Mrs. Rose Ada."
    found = [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]
    assert found == [("Rose Ada", "Minister of Trade, Crafts and Local Consumption", "TGO")]


def test_a_ministry_acronym_before_minister_is_part_of_the_title_and_no_organization() -> None:
    sentence = "Chile's MINREL Minister Alberto van Klaveren arrived in Lima."
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == [("Alberto van Klaveren", "MINREL Minister", "CHL", None)]
    assert [o.name for o in find_organizations(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "expected", "bodies"),
    [
        ("Philippine DOTr Secretary Vivencio Bautista opened the terminal.",
         ("Vivencio Bautista", "DOTr Secretary", "PHL", None), []),
        ("DENR Secretary Maria Lopez welcomed the delegation from Seoul.",
         ("Maria Lopez", "DENR Secretary", None, None), []),
        ("The Philippines' DOF Undersecretary Ramon Cruz signed the loan in Tokyo.",
         ("Ramon Cruz", "DOF Undersecretary", "PHL", None), []),
        ("Indian MEA Secretary (West) Tanmaya Rao received the envoys.",
         ("Tanmaya Rao", "MEA Secretary (West)", "IND", None), []),
        ("Taiwan's MOFA Vice Minister Chen Ming-hua met the visitors.",
         ("Chen Ming-hua", "MOFA Vice Minister", "TWN", None), []),
        ("METI Vice-Minister Kenji Sato met the delegation in Tokyo.",
         ("Kenji Sato", "METI Vice-Minister", None, None), []),
        ("BOI Assistant Secretary Lina Ortiz joined the roadshow.",
         ("Lina Ortiz", "BOI Assistant Secretary", None, None), []),
        # must not fire: a body's own secretariat, a body of many states, a company's head
        ("ASEAN Secretary-General Kao Kim Hourn opened the meeting.",
         ("Kao Kim Hourn", "Secretary-General", None, "ASEAN"), []),
        ("SADC Executive Secretary Elias Magosi opened the summit.",
         ("Elias Magosi", "Executive Secretary", None, "SADC"), []),
        ("UNFCCC Executive Secretary Simon Stiell opened the session.",
         ("Simon Stiell", "Executive Secretary", None, "UNFCCC"), ["UNFCCC"]),
        ("JETRO Chairman Norihiko Ishiguro opened the fair.",
         ("Norihiko Ishiguro", "Chairman", None, "JETRO"), ["JETRO"]),
    ],
)  # fmt: skip
def test_a_ministry_acronym_before_a_secretary_or_minister_is_part_of_the_title(
    sentence: str, expected: tuple, bodies: list[str]
) -> None:
    """ "DFA Secretary X", "MOFA Vice Minister Y": the initials of a government department
    right before a minister's or secretary's office qualify the title as written, after a
    country or none; the department is no organization side (it had been his organization,
    and only "Minister" right after the acronym had been read so)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == [expected]
    assert [o.name for o in find_organizations(sentence)] == bodies


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ERD Secretary Sharifa Khan met the envoy.", ("Sharifa Khan", "ERD Secretary", None)),
        ("Bangladesh's ERD Secretary Sharifa Khan met the envoy.", ("Sharifa Khan", "ERD Secretary", "BGD")),
        ("VAS Chief Secretary Imre Kovacs met the envoy.", ("Imre Kovacs", "VAS Chief Secretary", None)),
        # the unit's own name, written as a name, still tells its country
        ("Goa Chief Secretary Puneet Goel met the envoy.", ("Puneet Goel", "Chief Secretary", "IND")),
        ("Erd Mayor Andras Csornai met the envoy.", ("Andras Csornai", "Mayor", "HUN")),
    ],
)
def test_an_acronym_is_no_province_it_spells(sentence: str, expected: tuple) -> None:
    """ "ERD Secretary X" (Bangladesh's Economic Relations Division): a short word all in
    capitals is an acronym, not the sub-national unit it spells without accents (Hungary's
    Érd, whose country it had given the secretary)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == [expected]


def test_an_acronym_before_a_secretary_gives_no_country_to_a_meeting() -> None:
    """The department's initials "ERD" had made the Bangladeshi secretary Hungarian."""
    text = "DHAKA - ERD Secretary Sharifa Khan met Japanese Ambassador Iwama Kiminori in Dhaka on Monday."
    found = extract_document(text, date(2024, 11, 12), "Dhaka").engagements
    assert [(e.countries, [p.country_iso3 for p in e.participants]) for e in found] == [
        (("BGD", "JPN"), ["BGD", "JPN"])
    ]


def test_a_department_secretary_by_acronym_meets_as_a_person_not_a_body() -> None:
    """ "DFA Secretary X met ...": one official of his own department, no organization side (the
    department "DFA" had been a side of its own and his organization)."""
    text = "MANILA - DFA Secretary Ana Reyes met Korean Foreign Minister Cho Tae-yul in Manila on Monday."
    found = extract_document(text, date(2024, 11, 12), "Manila").engagements
    sides = [
        (p.participant_type, p.name, p.title, p.country_iso3, p.organization)
        for e in found
        for p in e.participants
    ]
    assert sides == [
        ("person", "Ana Reyes", "DFA Secretary", "PHL", None),
        ("person", "Cho Tae-yul", "Foreign Minister", "KOR", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected", "bodies"),
    [
        ("Mintrab's Vice Minister of Labour Rosa Quispe opened the fair in Cusco.",
         ("Rosa Quispe", "Vice Minister of Labour", None), []),
        ("MITI's Deputy Minister Lim Hui Ying arrived in Hanoi.",
         ("Lim Hui Ying", "Deputy Minister", None), []),
        # look-alike: a company's officer keeps the company
        ("Safaricom's chief executive Peter Ndegwa arrived in Kigali.",
         ("Peter Ndegwa", "chief executive", "Safaricom"), ["Safaricom"]),
    ],
)  # fmt: skip
def test_a_ministry_in_the_possessive_before_minister_is_no_organization(
    sentence: str, expected: tuple, bodies: list[str]
) -> None:
    """ "Mincetur's Vice Minister of Foreign Trade X": one word in the possessive before a
    minister's title is his own ministry by its short name, no body he represents (it had been
    his organization and an organization side of its own)."""
    assert [(p.name, p.title, p.organization) for p in find_people(sentence)] == [expected]
    assert [o.name for o in find_organizations(sentence)] == bodies


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Oman's Undersecretary for Commerce Dr Hamad bin Said Al Wahaibi met the delegation.",
         "Hamad bin Said Al Wahaibi"),
        ("Khalid bin Said Masan, Oman's Undersecretary for Commerce, met them.", "Khalid bin Said Masan"),
    ],
)  # fmt: skip
def test_a_fathers_name_after_bin_is_a_name_whatever_else_it_means(sentence: str, name: str) -> None:
    assert [p.name for p in find_people(sentence)] == [name]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He was received by Sayyid Fahd bin Mahmoud Al Said, Oman's Deputy Prime Minister.",
         ("Fahd bin Mahmoud Al Said", "Deputy Prime Minister")),
        ("Sheikh Nawaf bin Saud Al Said said the talks went well.", ("Nawaf bin Saud Al Said", None)),
    ],
)  # fmt: skip
def test_a_family_name_after_al_is_a_name_whatever_else_it_means(sentence: str, expected: tuple) -> None:
    """ "... bin Tarik Al Said": the Omani ruling family's name, not the verb (the name had
    been cut to "... Al", and had lost its title)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Minister for Resources, Senator the Hon Madeleine King, met the delegation.",
         ("Madeleine King", "Minister for Resources")),
        ("Ghana's Minister of Foreign Affairs, Ambassador Samuel Okudzeto, received him.",
         ("Samuel Okudzeto", "Minister of Foreign Affairs")),
    ],
)  # fmt: skip
def test_a_style_after_an_office_and_a_comma_is_no_second_office(sentence: str, expected: tuple) -> None:
    assert [(p.name, p.title) for p in find_people(sentence)] == [expected]


def test_an_envoys_posting_named_by_its_capital_ends_the_title() -> None:
    sentence = "He received Iraqi Ambassador to Amman Haidar Abdul Karim Hashim on Monday."
    found = [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]
    assert found == [("Haidar Abdul Karim Hashim", "Ambassador to Amman", "IRQ")]


@pytest.mark.parametrize(
    "sentence",
    [
        "He met Libyan Minister of Planning in the Government of National Unity Taher al-Baour on Monday.",
        "He met Libyan Minister of Planning in the Government of National Unity, Taher al-Baour, on Monday.",
    ],
)
def test_the_government_served_is_part_of_the_office(sentence: str) -> None:
    found = [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]
    assert found == [("Taher al-Baour", "Minister of Planning in the Government of National Unity", "LBY")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Signed by Ana Phiri, managing director of the Zambia Electricity Authority (ZEA), in Lusaka.",
         ("Ana Phiri", "managing director", "ZMB", "Zambia Electricity Authority (ZEA)")),
        ("He met the chairman of the Malawi Tobacco Board, Peter Banda.",
         ("Peter Banda", "chairman", "MWI", "Malawi Tobacco Board")),
    ],
)  # fmt: skip
def test_an_officer_of_a_body_named_for_its_country(sentence: str, expected: tuple) -> None:
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He met the chief executive of the Chilean Agency for Clean Hydrogen (Achid), Rosa Pizarro.",
         ("Rosa Pizarro", "chief executive", "CHL", "Chilean Agency for Clean Hydrogen (Achid)")),
        ("He held talks with the director of the Peruvian Institute for Mining Studies, Luis Quispe.",
         ("Luis Quispe", "director", "PER", "Peruvian Institute for Mining Studies")),
    ],
)  # fmt: skip
def test_a_bodys_complement_closed_by_its_acronym_or_a_comma_is_part_of_its_name(
    sentence: str, expected: tuple
) -> None:
    """ "the chief executive of the Moroccan Agency for Sustainable Energy (Masen), X": the
    "for" complement of "Agency" runs to the acronym (the name had been split into "Moroccan
    Agency" and "Sustainable Energy (Masen)", and the officer left without title)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == [expected]
    assert [o.name for o in find_organizations(sentence)] == [expected[3]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She met Deputy Director of the Brazilian Council for the Development of Small and Medium "
         "Enterprises Paulo Mendes on Monday.",
         ("Paulo Mendes", "Deputy Director", "BRA",
          "Brazilian Council for the Development of Small and Medium Enterprises")),
        ("She met Paulo Mendes, chairman of the Brazilian Council for the Development of Trade, on Monday.",
         ("Paulo Mendes", "chairman", "BRA", "Brazilian Council for the Development of Trade")),
        ("He met Ana Lopes, head of the Peruvian Agency for the Promotion of Exports, in Lima.",
         ("Ana Lopes", "head", "PER", "Peruvian Agency for the Promotion of Exports")),
    ],
)  # fmt: skip
def test_a_bodys_purpose_after_for_the_is_part_of_its_name(sentence: str, expected: tuple) -> None:
    """ "Vice-Chairman of the China Council for the Promotion of International Trade Zhang
    Shenfeng": a council's purpose after "for the", common nouns joined by "of"/"and", is its
    name's, up to the officer's name (the body had been cut to "China Council", and the officer
    left without title)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == [expected]
    assert [o.name for o in find_organizations(sentence)] == [expected[3]]


def test_chief_executive_officer_in_lower_case_is_a_title() -> None:
    sentence = "The deal was signed by Asha Mehta, chief executive officer of India's Tata Power Company."
    found = [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]
    assert found == [("Asha Mehta", "chief executive officer", "IND")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He met Moldova's Minister of Economic Development and Digitalisation Ion Rusu.",
         ("Ion Rusu", "Minister of Economic Development and Digitalisation")),
        ("He met Ukraine's Minister of Digital Transformation Olena Koval.",
         ("Olena Koval", "Minister of Digital Transformation")),
    ],
)  # fmt: skip
def test_digitalisation_portfolios(sentence: str, expected: tuple) -> None:
    assert [(p.name, p.title) for p in find_people(sentence)] == [expected]


def test_a_lower_case_modifier_between_a_company_and_its_officers_title() -> None:
    sentence = "The MoU was signed by NamPort acting Chief Executive Officer Andrew Kanime."
    found = [(p.name, p.title, p.organization) for p in find_people(sentence)]
    assert found == [("Andrew Kanime", "acting Chief Executive Officer", "NamPort")]


def test_a_plural_title_of_the_countries_then_the_names() -> None:
    sentence = (
        "The Foreign Ministers of the Gambia and Senegal, Mamadou Tangara and Yassine Fall, met in Banjul."
    )
    found = [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]
    assert found == [
        ("Mamadou Tangara", "Foreign Minister", "GMB"),
        ("Yassine Fall", "Foreign Minister", "SEN"),
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("He met Minister of Health Dato Seri Setia Awang Haji Isham Jaafar on Monday.", "Isham Jaafar"),
        (
            "He met Brunei's Minister of Energy, Dato Seri Setia Awang Haji Kamal Yusof, on Monday.",
            "Kamal Yusof",
        ),
    ],
)
def test_bruneian_honorifics_are_no_names(sentence: str, name: str) -> None:
    assert [p.name for p in find_people(sentence)] == [name]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Minister of State in the President's Office Jenista Mhagama attended.",
         "Minister of State in the President's Office"),
        ("Also present was the Minister of State in the Prime Minister's Office (Labour and Youth), Ms Joyce "
         "Ndalichako.", "Minister of State in the Prime Minister's Office (Labour and Youth)"),
    ],
)  # fmt: skip
def test_the_office_served_is_part_of_the_title(sentence: str, title: str) -> None:
    assert [p.title for p in find_people(sentence)] == [title]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Minister in the Presidency Thandiwe Mokoena opened the trade fair in Gaborone.",
         [("Thandiwe Mokoena", "Minister in the Presidency")]),
        ("Deputy Minister at the Presidency Kofi Asante received the delegation.",
         [("Kofi Asante", "Deputy Minister at the Presidency")]),
        ("Minister of State in the Office of the Vice President Grace Achieng toured the port.",
         [("Grace Achieng", "Minister of State in the Office of the Vice President")]),
        ("Permanent Secretary in the Office of the Prime Minister Tomasi Vula chaired the session.",
         [("Tomasi Vula", "Permanent Secretary in the Office of the Prime Minister")]),
        # near miss: the office named after the name is where they met, no word of the title
        ("Prime Minister Robert Abela received the envoy in the Office of the Prime Minister.",
         [("Robert Abela", "Prime Minister")]),
    ],
)  # fmt: skip
def test_the_presidency_or_a_heads_office_served_is_part_of_the_title(sentence: str, expected: list) -> None:
    """ "Minister in the Presidency X", "Minister of State in the Office of the President X": the
    head's office a minister serves in is the title's (the title had been lost, or the head after
    "Office of the" taken for the minister's own office, a president's)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


def test_a_name_right_after_a_chambers_name_is_no_part_of_it() -> None:
    sentence = (
        "President of the Jordan-Iraq Chamber of Commerce and Industry Faisal Alami attended the talks."
    )
    found = [(p.name, p.title, p.organization) for p in find_people(sentence)]
    assert found == [("Faisal Alami", "President", "Jordan-Iraq Chamber of Commerce and Industry")]


def test_a_portfolio_list_with_an_unknown_item_then_a_second_office() -> None:
    sentence = (
        "Omid Farahani, the Deputy Minister of Industry, Mine and Trade and Chairman of the Board, spoke."
    )
    assert [p.title for p in find_people(sentence)] == [
        "Deputy Minister of Industry, Mine and Trade and Chairman of the Board"
    ]


#: A portfolio list whose last item ends on an abstract noun the lexicon lacks ("-ation",
#: "-ities"): the noun closes the title, and the name starts after it (it had taken the noun,
#: or the title had been lost).
ABSTRACT_LAST_ITEMS = [
    (
        "Jordan's Minister of Water and Desalination Rana Haddad met the delegation.",
        ("Rana Haddad", "Minister of Water and Desalination", "JOR"),
    ),
    (
        "Ghanaian Minister of Lands and Natural Rehabilitation Kojo Asante Boateng signed the memorandum.",
        ("Kojo Asante Boateng", "Minister of Lands and Natural Rehabilitation", "GHA"),
    ),
    (
        "Sri Lankan Minister of Spices and Commodities Nimal Perera Jayasuriya arrived on Monday.",
        ("Nimal Perera Jayasuriya", "Minister of Spices and Commodities", "LKA"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ABSTRACT_LAST_ITEMS)
def test_an_abstract_noun_closes_a_portfolio_list_before_the_name(sentence: str, expected: tuple) -> None:
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == [expected]


#: A portfolio list whose last item is a sector of industry the lexicon lacks ("Fertilizers"),
#: or which opens on a word that also ends companies' names ("Shipping"): the sector closes the
#: title, and the name starts after it (the title had stopped at the first item, and the rest
#: had made a body, "Timber Kwesi Adjei").
SECTOR_ITEMS = [
    (
        "Minister of Cocoa and Timber Kwesi Adjei met the Belgian delegation in Kumasi.",
        ("Kwesi Adjei", "Minister of Cocoa and Timber", None),
    ),
    (
        "Tonga's Minister of Harbours and Shipping Tevita Fonua signed the accord.",
        ("Tevita Fonua", "Minister of Harbours and Shipping", "TON"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SECTOR_ITEMS)
def test_a_sector_of_industry_closes_a_portfolio_list_before_the_name(sentence: str, expected: tuple) -> None:
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == [expected]
    assert not [o for o in find_organizations(sentence) if "Timber" in o.name or "Shipping" in o.name]


#: A portfolio list's last item, after its "and", that opens on a plain word which also ends
#: bodies' names ("Society"): no name of its own goes before it, so it is no company's word but
#: the item, and the name starts after it (the title had stopped at the first item, and the
#: minister been left with no title, and so no country).
NOUN_OPENED_LAST_ITEMS = [
    (
        "Chilean Minister of Science and Society Paula Riquelme opened the fair in Lima.",
        ("Paula Riquelme", "Minister of Science and Society", "CHL"),
    ),
    (
        "Minister of Tourism, Sport and Society Paula Riquelme opened the fair.",
        ("Paula Riquelme", "Minister of Tourism, Sport and Society", None),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), NOUN_OPENED_LAST_ITEMS)
def test_a_plain_noun_after_the_lists_and_is_its_last_item(sentence: str, expected: tuple) -> None:
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == [expected]
    assert not [o for o in find_organizations(sentence) if "Society" in o.name]


def test_a_company_word_after_a_name_of_its_own_is_still_no_item() -> None:
    """ "the Minister of Energy, Tullow Oil and Kosmos Energy": companies, not a portfolio."""
    sentence = "The Minister of Mines, Volta Holdings and Delta Society signed the deal."
    assert not [p for p in find_people(sentence) if p.title and "Society" in p.title]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Vice Chairman of the provincial People's Council Tran Thi Mai received a Japanese delegation.",
         ("Tran Thi Mai", "Vice Chairman of the provincial People's Council")),
        ("He met Chairman of the national Cocoa Board Kwame Asare in Accra.",
         ("Kwame Asare", "Chairman of the national Cocoa Board")),
    ],
)  # fmt: skip
def test_a_lower_case_adjective_after_the_opens_the_body_of_the_title(sentence: str, expected: tuple) -> None:
    """ "Vice Chairman of the municipal People's Committee X": the adjective is the body's, as a
    place's name before it would be (the title had been lost, the name left untitled)."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Vice Chairwoman of the Tra Vinh provincial People's Council Kim Thi Hoa received the guests.",
         ("Kim Thi Hoa", "Vice Chairwoman of the Tra Vinh provincial People's Council")),
        ("He met Chairman of the Kisumu regional Executive Council Ali Juma Otieno on Friday.",
         ("Ali Juma Otieno", "Chairman of the Kisumu regional Executive Council")),
    ],
)  # fmt: skip
def test_a_lower_case_adjective_inside_the_body_of_the_title(sentence: str, expected: tuple) -> None:
    """ "Vice Chairman of the Binh Phuoc provincial People's Committee X": a place, the
    lower-case adjective, then the body's name are one body (the title had ended on the place,
    and the name been left untitled)."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


def test_a_based_word_before_a_company_officer_is_no_part_of_the_company() -> None:
    sentence = "The talks were attended by Dubai-based DP World chief executive Yuvraj Narayan."
    assert [(p.name, p.organization) for p in find_people(sentence)] == [("Yuvraj Narayan", "DP World")]


#: An executive named before a title: the body after "of" is the side he represents, not
#: part of his title, and no word of it is a personal name.
EXECUTIVES_NAMED_FIRST = [
    (
        "The deal was signed by Amara Okafor, chief executive of Nigeria Gas, on Monday.",
        ("Amara Okafor", "chief executive", "NGA", "Nigeria Gas"),
    ),
    (
        "The deal was signed by Lars Berg, Managing Director of Lofoten Harbour Authority.",
        ("Lars Berg", "Managing Director", None, "Lofoten Harbour Authority"),
    ),
    (
        "The accord was signed by Rosa Quispe, chairwoman of the Titicaca Fisheries Board.",
        ("Rosa Quispe", "chairwoman", None, "Titicaca Fisheries Board"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), EXECUTIVES_NAMED_FIRST)
def test_the_body_an_executive_named_first_heads_is_his_organization(sentence: str, expected: tuple) -> None:
    """ "Jane Doe, chief executive of Kenya Power": a company named for its country (its last
    word had been a person "Power"); "X, managing director of Volta River Authority": a body
    with a name of its own (it had stayed in the title, and was no side of the signing)."""
    people = find_people(sentence)
    assert [(p.name, p.title, p.country_iso3, p.organization) for p in people] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal was signed by Ana Ruiz, chairwoman of the Supervisory Board, on Monday.",
        "He met Ali Hassan, President of Zanzibar and Chairman of the Revolutionary Council.",
    ],
)
def test_an_office_named_by_body_words_or_an_adjective_stays_in_the_title(sentence: str) -> None:
    """A board named by body words only, or by an adjective ("the Revolutionary Council"), is
    an office's, not a body with a name of its own."""
    (person,) = find_people(sentence)
    assert person.organization is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mokoena met Zambia's minister of commerce and industry Chipoka Mulenga in Lusaka.",
         ("Chipoka Mulenga", "minister of commerce and industry", "ZMB")),
        ("She met Malawian minister of trade Sosten Gwengwe on Friday.",
         ("Sosten Gwengwe", "minister of trade", "MWI")),
    ],
)  # fmt: skip
def test_a_lower_case_portfolio_right_before_a_name(sentence: str, expected: tuple) -> None:
    """ "Mozambique's minister of industry and commerce Amade Cossa": a portfolio in lower case
    with no comma before the name (he had had no title, and the host's country)."""
    found = [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]
    assert found[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She was joined by the ministry's director general of foreign trade policy Ana Cecilia Gervasi.",
         ("Ana Cecilia Gervasi", "director general of foreign trade policy")),
        ("Also present was the agency's director of export promotion, Mariana Costa Checa.",
         ("Mariana Costa Checa", "director of export promotion")),
    ],
)  # fmt: skip
def test_a_lower_case_portfolio_after_an_officials_head(sentence: str, expected: tuple) -> None:
    """ "the ministry's director general of international trade negotiations X": a director's
    portfolio in lower case is part of the title as a minister's is (he had had no title, and
    the trigger word "negotiations" had made a meeting of the clause)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks were led by Nepal's Joint Secretary in the Ministry of Industry Ramesh Adhikari.",
         ("Ramesh Adhikari", "Joint Secretary in the Ministry of Industry", "NPL")),
        ("Sunita Rao, Additional Secretary in the Department of Commerce, attended.",
         ("Sunita Rao", "Additional Secretary in the Department of Commerce", None)),
    ],
)  # fmt: skip
def test_the_department_an_official_serves_in_is_part_of_the_title(sentence: str, expected: tuple) -> None:
    """ "India's Additional Secretary in the Department of Commerce Rajesh Agrawal Nair": the
    department served belongs to the office (he had not been found at all)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Managing Director of Uganda Electricity Authority Okello Mukasa toured the plant on Monday.",
         ("Okello Mukasa", "Managing Director", "UGA", "Uganda Electricity Authority")),
        ("Governor of Zambia Reserve Bank Mwila Chanda Banda toured the plant on Monday.",
         ("Mwila Chanda Banda", "Governor", "ZMB", "Zambia Reserve Bank")),
        # near miss: a country and a name with no body between them, as before
        ("President of Malawi Lazarus Chakwera toured the plant on Monday.",
         ("Lazarus Chakwera", "President", "MWI", None)),
    ],
)  # fmt: skip
def test_a_body_named_for_its_country_before_a_name_is_the_officers(sentence: str, expected: tuple) -> None:
    """ "Managing Director of Nepal Electricity Authority Kulman Ghising", "Governor of Nepal
    Rastra Bank X": with no article, the body named for its country ends on its own word and
    the name follows (the name had been read into the body, or a person "Rastra" found)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She held talks with the Speaker of the Hungarian parliament Laszlo Kover in Vienna.",
         ("Laszlo Kover", "Speaker of the parliament", "HUN")),
        ("She held talks with the governor of the Romanian central bank Mugur Isarescu in Vienna.",
         ("Mugur Isarescu", "governor of the central bank", "ROU")),
        # near miss: a description that names no state body, the company after it as before
        ("She held talks with the chief executive of Indian conglomerate Tata Group, Natarajan "
         "Chandrasekaran.",
         ("Natarajan Chandrasekaran", "chief executive", "IND")),
    ],
)  # fmt: skip
def test_a_state_body_in_lower_case_after_its_demonym_is_the_offices(sentence: str, expected: tuple) -> None:
    """ "the Speaker of the Polish parliament Szymon Holownia": the body in lower case after the
    demonym is the office's, written without the country, and the name follows whole (it had
    been cut to "Holownia", its first word left in the title)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mayor received Lars Berg, Counsellor of the Swedish Embassy, at city hall.",
         ("Lars Berg", "Counsellor", "SWE")),
        ("The mayor received Lars Berg, First Secretary of the Embassy of Sweden in Nairobi, at city hall.",
         ("Lars Berg", "First Secretary", "SWE")),
        ("The mayor received Lars Berg, Defence Attache of the Swedish Embassy, at city hall.",
         ("Lars Berg", "Defence Attache", "SWE")),
        ("The mayor received Lars Berg, Commercial Counsellor of the Swedish Embassy, at city hall.",
         ("Lars Berg", "Commercial Counsellor", "SWE")),
        ("The mayor received Lars Berg, Economic and Commercial Counsellor of the Swedish Embassy, "
         "at city hall.",
         ("Lars Berg", "Economic and Commercial Counsellor", "SWE")),
        ("The mayor received Lars Berg, a counsellor at the Swedish Embassy, at city hall.",
         ("Lars Berg", "counsellor", "SWE")),
        ("The mayor received Priya Nair, an adviser at the Indian High Commission, at city hall.",
         ("Priya Nair", "adviser", "IND")),
        # near miss: a school named for the embassy is no mission, the title as before
        ("The mayor received Lars Berg, Director of the Swedish Embassy School, at city hall.",
         ("Lars Berg", "Director of the Swedish Embassy School", None)),
    ],
)  # fmt: skip
def test_the_state_of_a_mission_served_is_the_officials_country(sentence: str, expected: tuple) -> None:
    """ "X, Counsellor of the Japanese Embassy", "a counsellor at the Japanese Embassy": the
    state whose embassy it is is the holder's, and the embassy no word of his title (he had had
    no country, so the host's; "Commercial Counsellor" and "a counsellor" had had no title)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)][-1] == expected


def test_a_mission_officials_country_is_not_the_hosts() -> None:
    """ "A met X, Counsellor of the Swedish Embassy": X is Swedish and the host the dateline's
    country (the two had been swapped, the embassy's demonym read as the host's)."""
    text = (
        "NAIROBI - Principal Secretary Jane Mwangi met Lars Berg, First Secretary of the Swedish Embassy, "
        "on Tuesday."
    )
    found = extract_document(text, date(2025, 3, 14), "Nairobi")
    people = [(p.name, p.title, p.country_iso3) for e in found.engagements for p in e.participants]
    assert people == [("Jane Mwangi", "Principal Secretary", "KEN"), ("Lars Berg", "First Secretary", "SWE")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The envoy called on the State Secretary in the Bulgarian Ministry of Energy, Petar Ivanov.",
         ("Petar Ivanov", "State Secretary in the Ministry of Energy", "BGR")),
        ("He received Deputy Minister at the Slovak Ministry of Agriculture Marta Kovacova on Friday.",
         ("Marta Kovacova", "Deputy Minister at the Ministry of Agriculture", "SVK")),
        ("He met the State Secretary of the Hungarian Ministry of Finance, Gabor Szabo, in Vienna.",
         ("Gabor Szabo", "State Secretary of the Ministry of Finance", "HUN")),
        ("Talks were held with the Undersecretary of State in the Lithuanian Ministry of Foreign Affairs, "
         "Rasa Petraitis.",
         ("Rasa Petraitis", "Undersecretary of State in the Ministry of Foreign Affairs", "LTU")),
        # near miss: no demonym, the title as before and no country
        ("He met the State Secretary in the Ministry of Energy, Petar Ivanov.",
         ("Petar Ivanov", "State Secretary in the Ministry of Energy", None)),
    ],
)  # fmt: skip
def test_the_demonym_of_a_ministry_served_is_the_officials_country(sentence: str, expected: tuple) -> None:
    """ "the State Secretary in the Romanian Ministry of Economy, X": the demonym before the
    ministry tells the official's country and is no word of the title as written without it (he
    had had no title at all, or "State Secretary of the Romanian Ministry")."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They were met by Governor-General Dame Ana Palacio and the foreign minister.",
         ("Ana Palacio", "Governor-General")),
        ("He presented his credentials to Governor General Sir Cornelius Smith.",
         ("Cornelius Smith", "Governor General")),
    ],
)  # fmt: skip
def test_a_governor_general_is_a_title(sentence: str, expected: tuple) -> None:
    """A realm's governor-general (the title had been part of the name, or cut to "Governor")."""
    assert [(p.name, p.title) for p in find_people(sentence)][:1] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Speaker of Tuvalu, Grand Chief Sir Tomasi Lauti, welcomed the delegation on Monday.",
         ("Tomasi Lauti", "Speaker")),
        ("The Governor of Lagos, Chief Dame Adaeze Okafor, opened the fair on Monday.",
         ("Adaeze Okafor", "Governor of Lagos")),
        ("Former President Chief Emeka Obi led the delegation to Accra.",
         ("Emeka Obi", "Former President")),
        # look-alikes: a chief of a service or a chief's office is a title
        ("Customs Chief Mele Tupou met the visitors in Suva.", ("Mele Tupou", "Customs Chief")),
        ("Chief Minister Rajan Pillai met the visitors in Chennai.", ("Rajan Pillai", "Chief Minister")),
    ],
)  # fmt: skip
def test_a_chief_styling_a_name_is_no_title(sentence: str, expected: tuple) -> None:
    """ "Grand Chief" and a bare "Chief" before a name (and "Sir") are styles, as "Sir" is: the
    office written before them is the title ("The Governor-General of Papua New Guinea, Grand
    Chief Sir X": the title had been "Chief", or "Governor-General, Chief")."""
    assert [(p.name, p.title) for p in find_people(sentence)][:1] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Paramount Chief Musa Kamara received the envoy in Bo.", [("Musa Kamara", "Paramount Chief", None)]),
        ("The envoy met Paramount Chief Aminata Conteh on Monday.",
         [("Aminata Conteh", "Paramount Chief", None)]),
        # a look-alike: the studio before an office is still the body its holder heads
        ("Paramount Studios CEO Jane Roe met the envoy.", [("Jane Roe", "CEO", "Paramount Studios")]),
    ],
)  # fmt: skip
def test_a_paramount_chief_is_an_office(sentence: str, expected: list) -> None:
    """ "Paramount Chief X": the traditional ruler of a chiefdom (Sierra Leone, Lesotho,
    Botswana) holds an office of that name, no style, and "Paramount" names no body (the
    title had been "Chief", of an organization "Paramount")."""
    assert [(p.name, p.title, p.organization) for p in find_people(sentence)] == expected
    assert "Paramount" not in [o.name for o in find_organizations(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Later, Opposition spokeswoman on health and education Maria Clarke MP toured the port.",
         ("Maria Clarke", "Opposition spokeswoman on health and education")),
        ("The Opposition Spokesperson on Trade, Devon Reid, questioned the deal.",
         ("Devon Reid", "Opposition Spokesperson on Trade")),
        # look-alike: "on" opening a day is no brief
        ("The Opposition spokesman on Monday welcomed Prime Minister Anna Berg.",
         ("Anna Berg", "Prime Minister")),
    ],
)  # fmt: skip
def test_a_spokespersons_brief_after_on_is_part_of_the_title(sentence: str, expected: tuple) -> None:
    """A party's spokesperson's brief opens on "on" as a minister's portfolio on "for"
    ("Opposition spokesman on foreign affairs X MP": the title had been lost)."""
    assert [(p.name, p.title) for p in find_people(sentence)][:1] == [expected]


def test_a_company_after_its_countrys_possessive_is_not_named_with_the_country() -> None:
    """ "X, chief executive of South Africa's Transnet": the company is Transnet (the rule for
    companies named for their country had made it "South Africa's Transnet")."""
    sentence = "The deal was signed by Thandi Mokoena, chief executive of South Africa's Eskom, and others."
    assert [o.name for o in find_organizations(sentence)] == ["Eskom"]
    assert all("'s" not in (p.organization or "") for p in find_people(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He met the director general of Senegal's National Rice Board (SNRB), Ousmane Diallo, in Dakar.",
         ("Ousmane Diallo", "director general", "SEN", "National Rice Board (SNRB)")),
        ("He held talks with the chairman of Chile's Codelco, Maximo Pacheco, on Monday.",
         ("Maximo Pacheco", "chairman", "CHL", "Codelco")),
    ],
)  # fmt: skip
def test_the_body_after_a_countrys_possessive_is_the_officers_before_a_comma_and_name(
    sentence: str, expected: tuple
) -> None:
    """ "the director general of Morocco's National Office (ONEE), X": what the country owns is
    the body the named officer heads (the office had ended at the country, and the name after
    the body had been lost or left untitled)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == [expected]


def test_a_government_body_after_a_countrys_possessive_is_no_officers_organization() -> None:
    sentence = "He held talks with the head of Ghana's Ministry of Energy, Kwame Asante."
    assert all(p.organization is None for p in find_people(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rector of Kenya's University of Nairobi Peter Otieno signed the accord.",
         ("Peter Otieno", "Rector", "KEN", "University of Nairobi")),
        ("He met the President of Chile's University of Santiago, Rodrigo Vidal.",
         ("Rodrigo Vidal", "President", "CHL", "University of Santiago")),
    ],
)  # fmt: skip
def test_a_countrys_possessive_before_a_body_is_no_word_of_its_name(sentence: str, expected: tuple) -> None:
    """ "President of Iran's University of Tehran X": the country owns the body and is the
    officer's; the organization had been "Iran's University of Tehran"."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found
    assert expected[3] in [o.name for o in find_organizations(sentence)]


#: Portfolios of foreign ministries' own departments: diplomacy, bilateral and multilateral
#: affairs, consular affairs, protocol (the word had been read as the name's first).
DIPLOMATIC_PORTFOLIOS = [
    ("He met Turkish Deputy Foreign Minister for Economic Diplomacy Mehmet Kemal Bozay.",
     ("Mehmet Kemal Bozay", "Deputy Foreign Minister for Economic Diplomacy", "TUR")),
    ("He met Chile's Director General for Bilateral Affairs Patricio Olmos.",
     ("Patricio Olmos", "Director General for Bilateral Affairs", "CHL")),
    ("He met Egypt's Assistant Minister for Multilateral Affairs Ahmed Ihab Gamaleldin.",
     ("Ahmed Ihab Gamaleldin", "Assistant Minister for Multilateral Affairs", "EGY")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), DIPLOMATIC_PORTFOLIOS)
def test_diplomatic_portfolios(sentence: str, expected: tuple) -> None:
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Vice-Chairperson of the Commission Selma Haddadi met the visitors.",
            ("Selma Haddadi", "Vice-Chairperson of the Commission"),
        ),
        ("Vice-Chairwoman Ana Lopez met the visitors.", ("Ana Lopez", "Vice-Chairwoman")),
        ("Co-Director Li Wei met the visitors.", ("Li Wei", "Co-Director")),
    ],
)
def test_a_rank_hyphenated_to_any_head_is_one_title(sentence: str, expected: tuple) -> None:
    """ "Vice-" and "Co-" joined to a head make one token, which only heads the lexicon spelled
    out that way were: "Vice-Chairperson ... X" had given no person at all."""
    assert [(p.name, p.title) for p in find_people(sentence)] == [expected]


#: A minister's rank below the portfolio holder's, "Associate" as "Assistant" ("Associate Minister
#: of Health X": the title lost "Associate", which became an organization of its own), and one
#: kept after office ("Emeritus").
ASSOCIATE_RANKS = [
    ("Samoa's Associate Minister of Finance Lealaiauloto Aiafi met the visitors.",
     ("Lealaiauloto Aiafi", "Associate Minister of Finance", "WSM", None)),
    ("He met Tom Kerr, Associate Minister for Trade, in Apia.",
     ("Tom Kerr", "Associate Minister for Trade", None, None)),
    # a rank kept after leaving office, as Singapore's "Emeritus Senior Minister"
    ("He met Singapore's Emeritus Senior Minister Tan Wee Lim in Delhi.",
     ("Tan Wee Lim", "Emeritus Senior Minister", "SGP", None)),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), ASSOCIATE_RANKS)
def test_an_associate_minister_is_one_title(sentence: str, expected: tuple) -> None:
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found
    assert find_organizations(sentence) == []


#: Government offices of several words written in lower case, as EFE, AFP and ENA copy writes
#: them ("the Spanish secretary of state for trade, X,"), also before a style ("Dr."); each
#: had given no title.
LOWER_CASE_OFFICES = [
    ("The Portuguese secretary of state for internationalisation, Bernardo Ivo Cruz, said.",
     ("Bernardo Ivo Cruz", "secretary of state for internationalisation", "PRT")),
    ("Chile's undersecretary of international economic relations, Claudia Sanhueza, said.",
     ("Claudia Sanhueza", "undersecretary of international economic relations", "CHL")),
    ("Kenya's principal secretary for trade, Alfred Kombudo, said.",
     ("Alfred Kombudo", "principal secretary for trade", "KEN")),
    ("Uganda's state minister of finance Dr. Ruth Nankabirwa said.",
     ("Ruth Nankabirwa", "state minister of finance", "UGA")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), LOWER_CASE_OFFICES)
def test_lower_case_offices(sentence: str, expected: tuple) -> None:
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He met Kaysone Vongsa, the general secretary of the Lao People's Revolutionary Party, on Monday.",
         ("Kaysone Vongsa", "general secretary of the Lao People's Revolutionary Party")),
        ("The premier met Ali Barre, the secretary general of the ruling party, on Monday.",
         ("Ali Barre", "secretary general")),
        ("Ines Duarte, deputy general secretary of the union, said.",
         ("Ines Duarte", "deputy general secretary")),
        # look-alike: "general" alone is no office
        ("The premier met Ali Barre, the general public's favourite, on Monday.", ("Ali Barre", None)),
    ],
)  # fmt: skip
def test_a_general_secretary_in_lower_case_after_the_name(sentence: str, expected: tuple) -> None:
    """ "Nguyen Phu Trong, the general secretary of the Communist Party of Vietnam,": a party's or
    a body's general secretary in lower case is an office, in either word order (the name had
    been left with no title)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Morocco's Minister Delegate in charge of Foreign Trade Omar Hejira met him.",
         ("Omar Hejira", "Minister Delegate in charge of Foreign Trade", "MAR")),
        ("He met Tunisia's Delegate Minister for Exports Yasmine Gharbi.",
         ("Yasmine Gharbi", "Delegate Minister for Exports", "TUN")),
    ],
)  # fmt: skip
def test_a_minister_delegate(sentence: str, expected: tuple) -> None:
    """ "Minister Delegate" (French "ministre délégué") is one office ("Delegate" had become a
    person, and the minister lost his title and country)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The loan was signed by Amadou Diallo, country director of the African Development Bank, and X.",
         ("Amadou Diallo", "country director")),  # the bank is his organization
        ("Also present was Paraguay's customs superintendent Julio Fernández, who spoke.",
         ("Julio Fernández", "customs superintendent")),
        ("Nigeria's trade secretary Ada Okafor met the delegation.", ("Ada Okafor", "trade secretary")),
        ("The visitors met Rosa Vidal, deputy governor of the central bank, on Monday.",
         ("Rosa Vidal", "deputy governor")),
    ],
)  # fmt: skip
def test_more_lower_case_offices(sentence: str, expected: tuple) -> None:
    """Lower-case offices of two words ("country director", "deputy governor") and a lower-case
    portfolio before a head that takes one ("customs superintendent", "trade secretary") are
    titles, and a country written before them is the person's (each had given no title, and the
    person took the other side's country)."""
    assert [(p.name, p.title) for p in find_people(sentence)][:1] == [expected]


def test_a_utility_ends_an_organizations_name() -> None:
    """ "X, chief executive of Ethiopian Electric Utility": "Utility" ends the body's name; it
    had become a person, the organization "Ethiopian Electric"."""
    people = find_people(
        "The deal was signed by Tesfaye Bekele, chief executive of Ethiopian Electric Utility."
    )
    assert [(p.name, p.organization) for p in people] == [("Tesfaye Bekele", "Ethiopian Electric Utility")]


def test_a_sentence_opening_on_a_participle_names_no_organization() -> None:
    """ "Accompanying Secretary Manalo were …": the capitalized participle is no organization the
    secretary represents (it had become one, and an organization of the meeting)."""
    assert [p.organization for p in find_people("Accompanying Secretary Lazaro were two ministers.")] == [
        None
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He received a delegation from Petrobras led by its vice-president for sales, Ana Lima Costa.",
         ("Ana Lima Costa", "vice-president for sales", "BRA", "Petrobras")),
        ("The talks were attended by vice-minister of trade Lucía Ramos.",
         ("Lucía Ramos", "vice-minister of trade", None, None)),
    ],
)  # fmt: skip
def test_hyphenated_lower_case_offices(sentence: str, expected: tuple) -> None:
    """ "its vice-president for trading, X", "vice-minister of trade X": hyphenated lower-case
    offices are titles (the person had none, and no organization or country)."""
    assert [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The deal was signed by Hanwha Ocean Senior Managing Executive Officer Park Jin-soo.",
         ("Park Jin-soo", "Senior Managing Executive Officer", "Hanwha Ocean")),
        ("He met Managing Executive Officer of Marubeni Corporation Hiroshi Tanaka in Lagos.",
         ("Hiroshi Tanaka", "Managing Executive Officer", "Marubeni Corporation")),
        ("The MoU was signed by Air Tanzania acting Chief Executive Officer Mr Ladislaus Matindi.",
         ("Ladislaus Matindi", "acting Chief Executive Officer", "Air Tanzania")),
        ("Also present was Mr. Kofi Asare, Deputy Chief Executive Officer of the Volta River Authority.",
         ("Kofi Asare", "Deputy Chief Executive Officer", "Volta River Authority")),
    ],
)  # fmt: skip
def test_a_head_of_many_words_after_a_modifier(sentence: str, expected: tuple) -> None:
    """A Japanese-style corporate rank ("(Senior) Managing Executive Officer") is a title, and a
    modifier before a head of many words leaves the head whole ("acting Chief Executive Officer",
    "Deputy Chief Executive Officer": "Chief" and "Executive" had been taken as modifiers too, the
    head cut to "Chief Executive" and the company lost)."""
    assert [(p.name, p.title, p.organization) for p in find_people(sentence)][:1] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Zambia Railways chief executive Mr Chanda Mwale and Transnet Freight Rail's General Manager "
         "Sipho Ndlovu signed the deal.", ("Sipho Ndlovu", "General Manager", "Transnet Freight Rail")),
        ("He welcomed the Crown Prince and Hyundai Rotem's CEO Lee Yong-bae.",
         ("Lee Yong-bae", "CEO", "Hyundai Rotem")),
    ],
)  # fmt: skip
def test_a_company_possessor_after_and_is_the_organization(sentence: str, expected: tuple) -> None:
    """ "A and Transnet Freight Rail's General Manager B": "and" is a word of titles ("President
    and CEO"), but before a possessor it joins two phrases, so the possessor is no principal whose
    aide the title names: it is the company (it had been dropped)."""
    found = [(p.name, p.title, p.organization) for p in find_people(sentence)]
    assert found[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The delegation met Chairman of Sime Darby Tan Sri Ahmad Zubir Murshid in Kuala Lumpur.",
         ("Sime Darby", "Zubir Murshid")),
        ("Talks were held with Group Chief Executive of Maxis Tengku Faisal Rahman on Monday.",
         ("Maxis", "Tengku Faisal Rahman")),
        ("He was received by Managing Director of Gamuda Dato' Sri Lin Yun Ling.",
         ("Gamuda", "Lin Yun Ling")),
    ],
)  # fmt: skip
def test_a_style_opens_the_name_after_a_company(sentence: str, expected: tuple) -> None:
    """ "CEO of Petronas Tengku Muhammad Aziz": a style (Tengku, Tan Sri, Dato' Sri, Sheikh) opens
    the name it honours, so the company's name ends before it (two words counted from the end
    had left the style to the company: "Petronas Tengku")."""
    found = [(p.organization, p.name) for p in find_people(sentence)]
    assert len(found) == 1
    organization, name = found[0]
    assert (organization, name.endswith(expected[1])) == (expected[0], True)
    assert [o.name for o in find_organizations(sentence)] == [expected[0]]


def test_an_honorific_opens_the_name_after_a_portfolio() -> None:
    """ "Minister of Royal Court Affairs Sheikh X and Foreign Minister Y": the honorific opens the
    first minister's name, so his portfolio ends before it (it had run on into both names)."""
    found = find_people(
        "The ceremony was attended by Minister of Royal Court Affairs Sheikh Khalid Hamad Al-Thani and "
        "Foreign Minister Saif Nasser Al-Attiyah."
    )
    assert [(p.name, p.title) for p in found][-1] == ("Saif Nasser Al-Attiyah", "Foreign Minister")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister met a business mission led by the co-chairman of the Egypt-Kenya Business Council "
         "Omar Farouk Hassan.", ("Omar Farouk Hassan", "co-chairman of the Egypt-Kenya Business Council")),
        ("The session was opened by Lucia Ferraro, co-chair of the Italy-Vietnam Business Forum.",
         ("Lucia Ferraro", "co-chair of the Italy-Vietnam Business Forum")),
    ],
)  # fmt: skip
def test_a_co_chair_in_lower_case_is_a_title(sentence: str, expected: tuple) -> None:
    """ "the co-chairman of the ... Business Council X": a co-chair written in lower case is an
    office like "chairman" (the person had had no title)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Indian side was led by Joint Secretary (Gulf and Central Asia) Meera Krishnan Iyer.",
         ("Meera Krishnan Iyer", "Joint Secretary (Gulf and Central Asia)")),
        ("Minister of State (Trade and Investment) Kwame Boateng Asante attended the forum.",
         ("Kwame Boateng Asante", "Minister of State (Trade and Investment)")),
    ],
)  # fmt: skip
def test_a_portfolio_in_parentheses_is_part_of_the_title(sentence: str, expected: tuple) -> None:
    """ "Additional Secretary (Afghanistan and West Asia) X": the desk in parentheses between
    the title and the name is part of the title (the title had ended before it, and the person
    been left untitled and dropped from the talks)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He met Omani minister of commerce and industry Qais bin Mohammed Al Yousef in Muscat.",
         ("Qais bin Mohammed Al Yousef", "minister of commerce and industry", "OMN")),
        ("She received the Qatari minister of state for foreign trade Dr Ahmed bin Mohammed Al-Sayed.",
         ("Ahmed bin Mohammed Al-Sayed", "minister of state for foreign trade", "QAT")),
    ],
)  # fmt: skip
def test_a_lower_case_portfolio_before_a_name_with_bin(sentence: str, expected: tuple) -> None:
    """ "the UAE's minister of state for foreign trade Dr Thani bin Ahmed Al Zeyoudi": a name whose
    second word is a particle ("bin", "von") still ends a portfolio in lower case (the title had
    stopped at "minister of state", and the person been left untitled, of no country)."""
    found = [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]
    assert found == [expected]


#: A portfolio the lexicon lacks stays the minister's: a body's generic noun alone after "for"
#: or "of" ("Railways", "Airlines"), and plain words between a demonym and a ministerial head;
#: a body's name (a suffix word after other words, "Ports Authority") stays an organization.
PORTFOLIOS_THE_LEXICON_LACKS = [
    ("Bangladeshi Minister for Railways Rahim Uddin toured the yard.",
     ("Rahim Uddin", "Minister for Railways", "BGD", None)),
    ("He met Malika Saidova, Minister of Airlines and Tourism, in Tashkent.",
     ("Malika Saidova", "Minister of Airlines and Tourism", None, None)),
    ("Sri Lankan Plantation Workers Secretary Nimal Perera addressed the rally.",
     ("Nimal Perera", "Plantation Workers Secretary", "LKA", None)),
    ("Ugandan Feeder Roads Minister Grace Akello opened the bridge.",
     ("Grace Akello", "Feeder Roads Minister", "UGA", None)),
    ("Ghanaian Harbours Authority Secretary Kofi Mensah signed.",
     ("Kofi Mensah", "Secretary", "GHA", "Ghanaian Harbours Authority")),
    ("He met Minister of Zambia Railways Ruth Banda.",
     ("Ruth Banda", "Minister", "ZMB", "Zambia Railways")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), PORTFOLIOS_THE_LEXICON_LACKS)
def test_a_portfolio_the_lexicon_lacks_is_no_organization(sentence: str, expected: tuple) -> None:
    """ "Federal Minister for Railways X", "Philippine Migrant Workers Secretary Y": the
    portfolio had been taken for an organization the minister represented, a side of its own."""
    assert [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On Monday, Industrialisation and Trade Minister Ana Tjiveze met the visiting bankers.",
         [("Ana Tjiveze", "Industrialisation and Trade Minister", None)]),
        ("Malawi's Industrialization and Trade Minister Peter Banda toured the plant.",
         [("Peter Banda", "Industrialization and Trade Minister", "MWI")]),
        ("He called on Empowerment and Youth Minister Grace Akello in Kampala.",
         [("Grace Akello", "Empowerment and Youth Minister", None)]),
        ("Resettlement, Lands and Housing Minister Tomas Okello opened the scheme.",
         [("Tomas Okello", "Resettlement, Lands and Housing Minister", None)]),
        # a name or a lone comma before the title's portfolio is no item of it
        ("President Tomas Okello and Trade Minister Ana Tjiveze met the visiting bankers.",
         [("Tomas Okello", "President", None), ("Ana Tjiveze", "Trade Minister", None)]),
        ("On Industrialisation, Trade Minister Ana Tjiveze spoke at length.",
         [("Ana Tjiveze", "Trade Minister", None)]),
    ],
)  # fmt: skip
def test_an_unlisted_portfolio_joined_before_a_listed_one_is_the_titles(
    sentence: str, expected: list
) -> None:
    """ "Industrialisation and Trade Minister X": an abstract noun the lexicon lacks, joined by
    "and" (or by commas in a list "and" closes) to the portfolio that opens the title, is the
    title's first item (it had been read as a person of its own, and the title cut to "Trade
    Minister")."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Desalination Minister Tomas Okello opened the canal on Monday.",
         ("Tomas Okello", "Desalination Minister", None, None)),
        ("Banking Adviser Farida Rahman met the visiting bankers.",
         ("Farida Rahman", "Banking Adviser", None, None)),
        ("They were received by Nepal's Insurance Adviser Hari Thapa in Kathmandu.",
         ("Hari Thapa", "Insurance Adviser", "NPL", None)),
        ("He called on Timber and Plantations Minister Amina Juma in Dodoma.",
         ("Amina Juma", "Timber and Plantations Minister", None, None)),
    ],
)  # fmt: skip
def test_a_sector_before_a_ministerial_head_is_its_portfolio(sentence: str, expected: tuple) -> None:
    """ "Plantation Minister X", "Bangladesh's Shipping Adviser Y": with no country before it,
    a sector of industry or an abstract noun the lexicon lacks as a portfolio had been taken for
    an organization the minister represented (the title left as "Minister"), or, opening the
    sentence, for a verb in "-ing" and dropped; a sector joined by "and" had been left out."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Minister of Economic Prosperity Li Wei Ming opened the fair in Kunming.",
         ("Li Wei Ming", "Minister of Economic Prosperity")),
        ("The mission was led by Minister for Jobs and Rural Renewal Tomas Berg on Friday.",
         ("Tomas Berg", "Minister for Jobs and Rural Renewal")),
        ("She met Minister of Social Inclusion Marta Lindqvist and Trade Minister Jon Aas.",
         ("Marta Lindqvist", "Minister of Social Inclusion")),
    ],
)  # fmt: skip
def test_a_portfolio_adjective_takes_the_noun_after_it(sentence: str, expected: tuple) -> None:
    """ "Minister of Jobs and Economic Growth Rachel Kerr": an adjective ends no portfolio, so
    the capitalized word after it is its noun though the lexicon lacks it (the title had ended
    on "Economic" and the name taken "Growth")."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kenyan Minister of Energy, Aviation and Canals Amos Kiprono toured the site.",
         [("Amos Kiprono", "Minister of Energy, Aviation and Canals")]),
        ("Minister of Fisheries and Hatcheries Lea Moana Tuilagi met the delegation in Apia.",
         [("Lea Moana Tuilagi", "Minister of Fisheries and Hatcheries")]),
        ("It was chaired by Vice Minister of Commerce Li Gang and French Minister of Trade, Industry "
         "and Competition Anne Roux.",
         [("Li Gang", "Vice Minister of Commerce"),
          ("Anne Roux", "Minister of Trade, Industry and Competition")]),
    ],
)  # fmt: skip
def test_a_portfolio_list_owes_an_item_after_its_and(sentence: str, expected: list[tuple]) -> None:
    """ "Minister of Ports, Shipping and Waterways Kiran Deshmukh": the list's last item, a word
    the lexicon lacks, is its first word before the name (the list had been dropped, and the
    minister with it); a name ending the item before the "and" makes no list."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Minister of Finance, Planning and Competition Parks Tau opened the fair.",
         [("Parks Tau", "Minister of Finance, Planning and Competition")]),
        # look-alike: a name the lexicon does not list leaves the portfolio's word to the list
        ("The Minister of Tourism, Culture and Parks Sipho Ndlovu opened the fair.",
         [("Sipho Ndlovu", "Minister of Tourism, Culture and Parks")]),
    ],
)  # fmt: skip
def test_a_listed_officials_given_name_is_no_portfolio_of_the_list(
    sentence: str, expected: list[tuple]
) -> None:
    """ "Minister of Trade, Industry and Competition Parks Tau": the whole name of an official the
    lexicon lists opens at a word that is also a portfolio's (the title had taken "Parks" and
    the name been cut to "Tau")."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lina Okoth, Kenya's Minister of Roads, Transport and Inland Waterways, toured the port.",
         [("Lina Okoth", "Minister of Roads, Transport and Inland Waterways")]),
        ("Omar Baig, the Minister of Fisheries, Livestock and Dairying, opened the fair.",
         [("Omar Baig", "Minister of Fisheries, Livestock and Dairying")]),
    ],
)  # fmt: skip
def test_a_portfolio_list_closed_by_its_comma_keeps_its_last_item(
    sentence: str, expected: list[tuple]
) -> None:
    """ "X, Minister of Ports, Shipping and Waterways, held": a last item the lexicon lacks is
    whole when a comma closes it, as no name can follow inside the run (the title had stopped
    at the first comma)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Uganda's Minister of Crops and Food Security and Farmers' Welfare Amos Lokeris spoke.",
         [("Amos Lokeris", "Minister of Crops and Food Security and Farmers' Welfare")]),
        ("Minister of Labour and Pension Reform and Workers' Welfare Grace Tembo opened it.",
         [("Grace Tembo", "Minister of Labour and Pension Reform and Workers' Welfare")]),
    ],
)  # fmt: skip
def test_a_further_item_goes_on_over_its_members_apostrophe(sentence: str, expected: list[tuple]) -> None:
    """ "Minister of Fisheries and Animal Husbandry and Farmers' Welfare X": the item after the
    second "and" runs over its members' apostrophe to the portfolio word after it (it had
    stopped at "Farmers", so the list was dropped and its middle item taken for a person)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He met Director General of Marine Transportation Budi Santoso Wibowo in Jakarta.",
         [("Budi Santoso Wibowo", "Director General of Marine Transportation", None)]),
        ("Kofi Boateng, Ghana's Director-General of Road Transportation, spoke.",
         [("Kofi Boateng", "Director-General of Road Transportation", None)]),
        ("He met chief executive of Acme Energy John Doe on Monday.",
         [("John Doe", "chief executive", "Acme Energy")]),
    ],
)  # fmt: skip
def test_a_portfolio_word_closes_a_department_before_the_name(sentence: str, expected: list[tuple]) -> None:
    """ "Director General of Sea Transportation Antoni Arif Priadi": a word the lexicon lacks
    and the portfolio word after it name a department, all of it the title, and the name keeps
    all its words (it had lost "Antoni" to an organization "Sea Transportation"); a company's
    chief executive still has the company as organization."""
    assert [(p.name, p.title, p.organization) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kenya's Deputy Minister of Roads Ali Hassan Joho met him.",
         [("Ali Hassan Joho", "Deputy Minister of Roads")]),
        ("He met Secretary of Highways Juan Carlos Reyes on Monday.",
         [("Juan Carlos Reyes", "Secretary of Highways")]),
        ("Minister of Inland Waterways Amina Bello Musa opened the jetty.",
         [("Amina Bello Musa", "Minister of Inland Waterways")]),
    ],
)  # fmt: skip
def test_roads_highways_and_waterways_are_portfolios(sentence: str, expected: list[tuple]) -> None:
    """ "Deputy Minister of Roads Ali Akbar Safaei": the ministries of transport's networks are
    portfolios, so a three-word name after them stays whole (the title had taken "Ali")."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


def test_a_list_of_people_after_a_portfolio_is_no_portfolio_list() -> None:
    """The look-alike: names of two words after "Minister of Trade," list people, and the last
    of them closed by a comma is no portfolio."""
    sentence = "The Minister of Trade, Ama Boateng and Kofi Mensah, met the delegation."
    assert all("Mensah" not in (p.title or "") for p in find_people(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Minister for Finance, Revenue and Special Initiatives Omar Dar spoke.",
         [("Omar Dar", "Minister for Finance, Revenue and Special Initiatives")]),
        ("He met the Minister of State for Strategic Initiatives, Rana Baig, in Lahore.",
         [("Rana Baig", "Minister of State for Strategic Initiatives")]),
        # "Initiatives" opens no office of its own
        ("Minister Omar Dar launched new Initiatives on Monday.", [("Omar Dar", "Minister")]),
    ],
)  # fmt: skip
def test_initiatives_are_a_portfolio(sentence: str, expected: list[tuple]) -> None:
    """ "Minister for Planning, Development and Special Initiatives X": "Initiatives" is a
    portfolio word, so the list's last item, opened by the modifier "Special", stays the
    title's (the whole title had been lost)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She spoke with Minister of Housing and Slum Prevention Tomas Ruvalo on Monday.",
         [("Tomas Ruvalo", "Minister of Housing and Slum Prevention")]),
        ("He met the Minister of Youth Empowerment and Coastal Management, Ana Veikune, in Apia.",
         [("Ana Veikune", "Minister of Youth Empowerment and Coastal Management")]),
        ("Kito Bamu, Minister of Labour and Rural Partnership, opened the fair.",
         [("Kito Bamu", "Minister of Labour and Rural Partnership")]),
        ("He called Minister of Trade and Industry Clement Osei on Monday.",
         [("Clement Osei", "Minister of Trade and Industry")]),
    ],
)  # fmt: skip
def test_an_abstract_noun_closes_the_portfolio_before_the_name(sentence: str, expected: list[tuple]) -> None:
    """ "Minister of Employment and Poverty Reduction X Y": a capitalized noun ending in "-tion",
    "-sion", "-ment", "-ship" or "-ness" is a portfolio word the lexicon lacks, no word of the
    name (the name had taken "Reduction", or become "Poverty Reduction" before a comma); a
    short given name with such an ending ("Clement") stays the name's."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Minister Delegate to the Minister of Economy, in charge of the Budget, Fouad Lahlou, spoke.",
         [("Fouad Lahlou", "Minister Delegate to the Minister of Economy, in charge of the Budget")]),
        ("The Delegate Minister to the Prime Minister, Awa Ndiaye, opened the fair.",
         [("Awa Ndiaye", "Delegate Minister to the Prime Minister")]),
        ("The Minister Delegate, Awa Ndiaye, spoke to the Prime Minister on Monday.",
         [("Awa Ndiaye", "Minister Delegate")]),
    ],
)  # fmt: skip
def test_a_delegate_ministers_title_holds_the_office_delegating(sentence: str, expected: list[tuple]) -> None:
    """ "Minister Delegate to the Minister of Foreign Affairs, in charge of African Cooperation,
    X": the minister who delegates, and the charge after him, are the delegate's title (X had
    been left untitled, or given the delegating minister's office)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nepal's Minister of Labour and Workers' Welfare Ram Bahadur Thapa arrived.",
         [("Ram Bahadur Thapa", "Minister of Labour and Workers' Welfare", "NPL")]),
        ("He met the Minister of Fisheries and Fishermen's Welfare, Arjun Rao, in Delhi.",
         [("Arjun Rao", "Minister of Fisheries and Fishermen's Welfare", None)]),
    ],
)  # fmt: skip
def test_a_portfolio_item_goes_on_over_its_members_apostrophe(sentence: str, expected: list[tuple]) -> None:
    """ "Union Minister of Agriculture and Farmers' Welfare X": the members' apostrophe is
    inside the list's last item, which goes on to its portfolio word (the title had been lost,
    the country taken from elsewhere, and "Farmers" made an organization)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Wali of Oran, Said Saayoud, received the delegation.", [("Said Saayoud", "Wali of Oran")]),
        ("On arrival, the Wali of the Souss-Massa region, Said Amzazi, greeted them.",
         [("Said Amzazi", "Wali of the Souss-Massa region")]),
        ("The Vali of Izmir, Suleyman Elban, opened the fair.", [("Suleyman Elban", "Vali of Izmir")]),
        ("He met Abdul Wali of Herat on Monday.", [("Abdul Wali", None)]),
        ("Wali Karimi of Herat met him on Monday.", [("Wali Karimi", None)]),
    ],
)  # fmt: skip
def test_a_wali_of_a_region_is_its_governor(sentence: str, expected: list[tuple]) -> None:
    """ "the Wali of the Rabat-Salé-Kénitra region, X": the governor of a Maghreb (or, as
    "Vali", a Turkish) region is an office, as "Governor of" is (X had been left untitled); the
    word in a name ("Abdul Wali", "Wali Karimi") stays the name's."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Guinean head of Government, Amadou Oury Bah, arrived in Dakar.",
         [("Amadou Oury Bah", "head of Government", "GIN")]),
        ("Talks were held with the Togolese head of state Faure Gnassingbe in Lome.",
         [("Faure Gnassingbe", "head of state", "TGO")]),
        ("He said the head of government would travel to Paris with Marc Dubois.",
         [("Marc Dubois", None, None)]),
    ],
)  # fmt: skip
def test_a_head_of_government_in_lower_case_is_a_title(sentence: str, expected: list[tuple]) -> None:
    """ "the Cape Verdean head of Government, X": a head of government or of state written with
    a lower-case "head" is the office as "Head of Government" is (X had been left untitled);
    the office named with no one after it titles nobody else."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He met Senate Marshal Anna Kowalczyk in Warsaw.", ("Anna Kowalczyk", "Senate Marshal")),
        ("The Marshal of the Sejm, Piotr Nowak, opened the session.", ("Piotr Nowak", "Marshal of the Sejm")),
        ("Air Marshal Omar Dali inspected the troops.", ("Omar Dali", None)),
    ],
)  # fmt: skip
def test_a_chambers_marshal_is_its_presiding_office(sentence: str, expected: tuple) -> None:
    """ "Sejm Marshal X", "Marshal of the Senate X": the marshal of a legislature's chamber is
    its speaker, an office (the title had been lost, read as a military rank, and "Sejm Marshal"
    kept in the name); a marshal of no chamber is still a rank."""
    assert [(p.name, p.title) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Serbia's Consul General in Timisoara Dragan Jovic opened the fair.",
         [("Dragan Jovic", "Consul General in Timisoara", "SRB")]),
        ("The fair was opened by Hungary's Consul in Ivano-Frankivsk Laszlo Kovacs Balazs.",
         [("Laszlo Kovacs Balazs", "Consul in Ivano-Frankivsk", "HUN")]),
        # look-alikes: a place or a body after the city goes on with the place, and a city
        # with no name after it is where the envoy was met
        ("He met Serbia's Consul General in Timisoara Business Park.", []),
        ("He met Serbia's Consul General in Timisoara on Monday.", []),
    ],
)  # fmt: skip
def test_an_envoys_posting_in_an_unlisted_city_before_a_name_is_the_titles(
    sentence: str, expected: list
) -> None:
    """ "Ukraine's Consul General in Lublin Vitaliy Kushnir": one word no lexicon knows as a
    place after an envoy's "in", then a name of its own, is the city he is posted in, part of
    the title as a listed capital is (the city had opened the name, and the person been lost)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The head of Slovak diplomacy Marek Hudak arrived in Vienna.",
         [("Marek Hudak", "head of diplomacy", "SVK", None)]),
        ("Chief of Romania's diplomacy Elena Stan spoke to reporters.",
         [("Elena Stan", "Chief of diplomacy", "ROU", None)]),
        ("He met the head of Latvian diplomacy, Janis Ozols, in Riga.",
         [("Janis Ozols", "head of diplomacy", "LVA", None)]),
    ],
)  # fmt: skip
def test_the_head_of_a_countrys_diplomacy_before_a_name_is_its_title(sentence: str, expected: list) -> None:
    """ "The head of Polish diplomacy X Y": the country's foreign service, whose head the name
    after it is, with or without a comma (the demonym and "diplomacy" had been read as the
    description of a body named by the given name X, and the name cut to Y)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Opole Voivode Tomasz Kral hosted the delegation.", ("Tomasz Kral", "Voivode", "POL")),
        # the hyphenated head names its country as the spaced one does ("Vice Voivode")
        ("Lublin Vice-Voivode Anna Nowak hosted the delegation.", ("Anna Nowak", "Vice-Voivode", "POL")),
        ("Voivode of Podlasie Jan Wieczorek opened the fair.",
         ("Jan Wieczorek", "Voivode of Podlasie", "POL")),
        ("Marshal of the Podkarpackie Voivodeship Adam Lis met the guests.",
         ("Adam Lis", "Marshal of the Podkarpackie Voivodeship", "POL")),
        ("Hejtman of the Zlin Region Petra Novakova met the envoy.",
         ("Petra Novakova", "Hejtman of the Zlin Region", "CZE")),
        ("Prefect of Bihor County Ioana Marinescu welcomed the guests.",
         ("Ioana Marinescu", "Prefect of Bihor County", None)),
        ("Governor of Odesa Oblast Ivan Sydorenko met the guests.",
         ("Ivan Sydorenko", "Governor of Odesa Oblast", "UKR")),
        # look-alikes: a marshal of no region nor chamber is a rank, and names no country
        ("Air Marshal Omar Dali met the guests.", ("Omar Dali", None, None)),
        ("Field Marshal Omar Dali met the guests.", ("Omar Dali", "Field Marshal", None)),
    ],
)  # fmt: skip
def test_a_regions_head_is_an_office_and_one_countrys_office_names_it(sentence: str, expected: tuple) -> None:
    """ "Lublin Voivode X", "Marshal of the Malopolska Region X", "Governor of Lviv Oblast X": the
    head of a voivodeship, county or region is an office as a governor is, the region's kind
    ("Oblast", "County") closes the title, and an office only one country has ("Voivode",
    "Hejtman") names that country (the person had been lost with the meeting, or the name had
    taken "Oblast")."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "organization"),
    [
        ("KOTRA Nairobi head Kim Min-su met the minister.", "KOTRA"),
        ("The memorandum was signed by AHK Lagos Chief Representative Anna Weber.", "AHK"),
        ("Trade Bank Nairobi chief executive Mary Wanjiru met the minister.", "Trade Bank"),
        # a name of its own that ends on a city stays whole
        ("Air Astana chief executive Peter Foster met the minister.", "Air Astana"),
    ],
)
def test_a_bodys_office_in_a_city_is_that_body(sentence: str, organization: str) -> None:
    """ "KOTRA Nairobi head X": an acronym or a named body followed by the city of its office is
    the body itself, which the holder represents (it had been a body "KOTRA Nairobi" beside
    KOTRA); a name whose own words end on a city ("Air Astana") is kept."""
    (title,) = [t for t in find_titles(sentence) if t.organization is not None]
    assert title.organization == organization


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Head of the Republic of Bashkortostan Radiy Khabirov met the envoy.",
         ("Radiy Khabirov", "Head of the Republic of Bashkortostan", "RUS", None)),
        ("Head of Chechnya Ramzan Kadyrov received the delegation.",
         ("Ramzan Kadyrov", "Head of Chechnya", "RUS", None)),
        ("The envoy met Head of Dagestan Sergei Melikov in Makhachkala.",
         ("Sergei Melikov", "Head of Dagestan", "RUS", None)),
        # a body's name after "of" stays its organization
        ("Head of Rosatom Alexei Likhachev met the envoy.", ("Alexei Likhachev", "Head", None, "Rosatom")),
    ],
)  # fmt: skip
def test_the_head_of_a_region_holds_an_office_of_its_country(sentence: str, expected: tuple) -> None:
    """ "Head of the Republic of Bashkortostan X", "Head of Chechnya Y": a region the gazetteer
    knows after "of" is the place whose government the holder heads, part of the title and
    telling the country, no organization he represents (the region had taken part as a side's
    body)."""
    assert [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chief of the Defence Staff Lieutenant General Olavi Lind welcomed the guests.",
         ("Olavi Lind", "Chief of the Defence Staff")),
        ("Chief of General Staff Emil Dragan met the visitors in Sofia.",
         ("Emil Dragan", "Chief of General Staff")),
        ("The Chief of the Air Staff, Air Vice Marshal Kofi Mensah Boateng, opened the show.",
         ("Kofi Mensah Boateng", "Chief of the Air Staff")),
        ("He met Chief of Staff of the Estonian Defence Forces General Martin Kask.",
         ("Martin Kask", "Chief of Staff of the Estonian Defence Forces")),
    ],
)  # fmt: skip
def test_a_staff_title_ends_before_the_officers_rank(sentence: str, expected: tuple) -> None:
    """ "Chief of the Defence Staff General X": the staff is the body the chief heads, and the
    rank after it opens the officer's name (the title had stopped at "Defence", the name taken
    "Staff", or the rank gone into the title, and "Air Marshal" after a comma left him untitled)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks were attended by Colonel Jorge Ruiz Vera, Deputy Chief of Staff of the Chile Army.",
         [("Jorge Ruiz Vera", "Deputy Chief of Staff of the Army", "CHL")]),
        ("Also present was Ahmed Saleh Al Harthy, Chief of Staff of the Oman Armed Forces, and others.",
         [("Ahmed Saleh Al Harthy", "Chief of Staff of the Armed Forces", "OMN")]),
    ],
)  # fmt: skip
def test_an_armed_service_after_the_country_in_apposition_is_no_name(sentence: str, expected: list) -> None:
    """ "X, Deputy Chief of Staff of the UAE Armed Forces,": the name went before the title, so
    the armed service written after the country is the office's, not a second person's name
    (a person "Armed" had been made of it, and X left untitled)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Commander of the Papua New Guinea Defence Force Major-General Mark Goina met him.",
         [("Mark Goina", "Commander of the Defence Force", "PNG")]),
        ("Chief of Staff of the Kenya Defence Forces General Charles Kahariri received him.",
         [("Charles Kahariri", "Chief of Staff of the Defence Forces", "KEN")]),
        # a body named after the service is the officer's organization, as it was
        ("Chairman of the Ghana Armed Forces Veterans Association John Mensah met him.",
         [("John Mensah", "Chairman", "GHA")]),
    ],
)  # fmt: skip
def test_an_armed_service_after_the_country_before_the_rank_is_no_name(sentence: str, expected: list) -> None:
    """ "Commander of the Republic of Fiji Military Forces Major-General X": the armed service
    written after the country is the office's, and the rank and the name follow it (the title
    had ended at the country, a person "Military" been made, and X left untitled)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


#: A body's "for" complement of known words ends where a personal name begins in the same
#: capitalized run, or at a comma the clause goes on after: the body keeps its complement and
#: its head his title.
FUND_COMPLEMENTS = [
    (
        "Chief Executive of the Omani Fund for Infrastructure Salim bin Rashid Al-Harthy signed the loan.",
        ("Salim bin Rashid Al-Harthy", "Chief Executive", "Omani Fund for Infrastructure"),
    ),
    (
        "President of the Ghana Agency for Investment Kofi Boateng Mensah welcomed the delegation.",
        ("Kofi Boateng Mensah", "President", "Ghana Agency for Investment"),
    ),
    (
        "Aminata Diallo, Managing Director of the Senegal Fund for Infrastructure, signed the loan.",
        ("Aminata Diallo", "Managing Director", "Senegal Fund for Infrastructure"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), FUND_COMPLEMENTS)
def test_a_bodys_for_complement_ends_before_its_heads_name(sentence: str, expected: tuple) -> None:
    """ "CEO of the Saudi Fund for Development Fahad bin Khalid Al-Sudairi": the body had been
    cut to "Saudi Fund" and its head left untitled."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]
    assert expected[2] in [o.name for o in find_organizations(sentence)]


#: A company's suffix word ("Port") before a body's noun only qualifies it, and a town the
#: lexicon knows after "of" is the body's seat: the whole is the officer's organization, his
#: name after the comma.
PORT_BODIES = [
    (
        "The delegation met the managing director of the Chittagong Port Authority, Rahim Chowdhury.",
        ("Rahim Chowdhury", "managing director", "Chittagong Port Authority"),
    ),
    (
        "She met the chief executive of the Kingston Port Harbour Board, Marcia Grant, on Monday.",
        ("Marcia Grant", "chief executive", "Kingston Port Harbour Board"),
    ),
    (
        "He toured the docks with the general manager of the Container Port of Durban, Sipho Ndlovu.",
        ("Sipho Ndlovu", "general manager", "Container Port of Durban"),
    ),
    (
        "On Friday she was received by the President of the Chamber of Commerce of Marseille, Paul Girard.",
        ("Paul Girard", "President", "Chamber of Commerce of Marseille"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PORT_BODIES)
def test_a_port_body_keeps_its_noun_and_its_seat(sentence: str, expected: tuple) -> None:
    """ "the Director General of the Abidjan Port Authority, X" and "of the Autonomous Port of
    Abidjan, X": the body had been cut to "Abidjan Port" or "Autonomous Port", and X lost or
    left untitled."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]
    assert expected[2] in [o.name for o in find_organizations(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The accord was signed by Governor of Banco Nacional Angola Maria Fernanda Lopes Dias.",
         ("Banco Nacional Angola", "Maria Fernanda Lopes Dias")),
        ("He was received by Chairman of Bank Rakyat Indonesia Sri Wahyuni Kartika Putri.",
         ("Bank Rakyat Indonesia", "Sri Wahyuni Kartika Putri")),
    ],
)  # fmt: skip
def test_a_body_opened_by_a_romance_keyword_ends_on_its_country(sentence: str, expected: tuple) -> None:
    """ "Deputy Governor of Bank Negara Malaysia Norzila Abdul Aziz": a body named on a keyword
    that opens it ends on the country it serves, and all the words after are the officer's name
    (two counted from the end had given the body "Bank Negara Malaysia Norzila" and the person
    "Abdul Aziz")."""
    found = [(p.organization, p.name) for p in find_people(sentence)]
    assert found == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Member of the Political Bureau of the LPRP Central Committee and Minister of Foreign Affairs "
            "Khamphao Vongsa received the Cuban delegation in Vientiane.",
            ("Khamphao Vongsa", "Member of the Political Bureau of the LPRP Central Committee and "
             "Minister of Foreign Affairs"),
        ),
        (
            "On Monday, Member of the Standing Committee of the WPK Central Committee Ri Chol-ho held "
            "talks with the Mongolian envoy.",
            ("Ri Chol-ho", "Member of the Standing Committee of the WPK Central Committee"),
        ),
        (
            "Later, Member of Parliament Aiko Tanabe and Vice Minister Ken Oda met the Chilean mission.",
            ("Aiko Tanabe", "Member of Parliament"),
        ),
    ],
)  # fmt: skip
def test_a_party_membership_opens_a_compound_title(sentence: str, expected: tuple) -> None:
    """ "Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi":
    "Member" heads an office, and a party's acronym before its committee is the body the office
    is in, both kept in the title as written (the title had been "Foreign Minister", the party's
    acronym an organization)."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The premier received Ma Dongwei, member of the Political Bureau of the CPC Central Committee "
            "and secretary of the CPC Hubei Provincial Committee, in Vientiane.",
            ("Ma Dongwei", "member of the Political Bureau of the CPC Central Committee and secretary of the "
             "CPC Hubei Provincial Committee"),
        ),
        (
            "Talks were held with Pak Song-il, a member of the Standing Committee of the Political Bureau of "
            "the WPK Central Committee, on Friday.",
            ("Pak Song-il", "member of the Standing Committee of the Political Bureau of the WPK Central "
             "Committee"),
        ),
        (
            "She met Liu Jianhua, secretary of the CPC Guangxi Zhuang Autonomous Regional Committee.",
            ("Liu Jianhua", "secretary of the CPC Guangxi Zhuang Autonomous Regional Committee"),
        ),
    ],
)  # fmt: skip
def test_a_lower_case_party_rank_in_apposition_is_a_title(sentence: str, expected: tuple) -> None:
    """ "X, member of the Political Bureau of the CPC Central Committee and secretary of the CPC
    Tianjin Municipal Committee": a party rank written in lower case after the name is his
    office, and a party's committee of a place closes the office, as its Central Committee does
    (the title had been lost and the committee made an organization)."""
    found = [(p.name, p.title, p.organization) for p in find_people(sentence)]
    assert (*expected, None) in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He was received by Tajik Parliament Speaker Rustam Nazarov.",
         ("Rustam Nazarov", "Parliament Speaker", "TJK", None)),
        ("She held talks with Belarusian Cabinet Chairman Ivan Petrovich on Friday.",
         ("Ivan Petrovich", "Cabinet Chairman", "BLR", None)),
        ("Kenya Airways Chairman Michael Joseph met the delegation.",
         ("Michael Joseph", "Chairman", "KEN", "Kenya Airways")),
    ],
)  # fmt: skip
def test_a_state_chamber_after_a_demonym_is_part_of_the_title(sentence: str, expected: tuple) -> None:
    """ "Kyrgyz Cabinet Chairman X", "Kazakh Senate Chairman Y": a state's own chamber or cabinet
    alone between the demonym and the head names the office as written (the title had been a
    bare "Chairman", the chamber an organization); a company's name stays its organization."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The envoy met Turkmen Mejlis Chairwoman Ayna Berdiyeva in Ashgabat.", ("Mejlis Chairwoman", "TKM")),
        ("Slovak officials met Polish Sejm Chairman Jan Nowak on Monday.", ("Sejm Chairman", "POL")),
        ("Lithuania's Seimas Chairwoman Rita Vaitkute spoke first.", ("Seimas Chairwoman", "LTU")),
    ],
)  # fmt: skip
def test_a_national_chamber_by_its_own_name_makes_its_chairman_a_government_office(
    sentence: str, expected: tuple
) -> None:
    """ "Turkmen Mejlis Chairwoman X": a chamber called by its own name ("Mejlis", "Sejm",
    "Seimas", "Knesset") is a state body as "Senate" is, so the chairman is a government
    office (it had been a business one), of the country before it."""
    found = [(t.title, t.country_iso3, t.kind) for t in find_titles(sentence)]
    assert (*expected, "government") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The envoy met Bundestag President Julia Klein in Berlin.", ("Bundestag President", "DEU")),
        ("Talks with Jogorku Kenesh Speaker Almaz Torobekov followed.", ("Jogorku Kenesh Speaker", "KGZ")),
        ("He met Speaker of the Verkhovna Rada Petro Moroz.", ("Speaker of the Verkhovna Rada", "UKR")),
        ("Malawi's National Assembly Speaker Grace Phiri spoke.", ("National Assembly Speaker", "MWI")),
        ("He met Russian State Duma Speaker Ivan Petrov.", ("State Duma Speaker", "RUS")),
    ],
)  # fmt: skip
def test_a_national_chamber_of_several_words_or_by_its_own_name_tells_the_office(
    sentence: str, expected: tuple
) -> None:
    """ "Storting President X", "Zambia's National Assembly Speaker Y": a chamber of several
    words after the country, or one called by its own name with no country before, is part of
    the title as written, and a chamber by its own name tells the country (they had been an
    organization and a bare "Speaker", or a "Speaker" of no country)."""
    found = [(t.title, t.country_iso3, t.organization) for t in find_titles(sentence)]
    assert (*expected, None) in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Speaker of the State Great Khural of Mongolia G. Zandanshatar met the delegation.",
         [("G. Zandanshatar", "Speaker of the State Great Khural", "MNG", None)]),
        ("Chairman of the State Great Khural G. Zandanshatar met the delegation.",
         [("G. Zandanshatar", "Chairman of the State Great Khural", "MNG", None)]),
        # a near miss, as before: a chamber the lexicon knows from its first word on
        ("Chairman of the State Duma of Russia Pavel Orlov met the delegation.",
         [("Pavel Orlov", "Chairman of the State Duma", "RUS", None)]),
    ],
)  # fmt: skip
def test_a_national_chamber_whose_first_word_is_known_is_read_whole(sentence: str, expected: list) -> None:
    """ "Speaker of the State Great Khural of Mongolia X", "Chairman of the State Great Khural D.
    Amarbayasgalan": the chamber chambers.tsv names is one body past the word the lexicon knows
    ("State"), so the office is all of it and the name follows (the title had been cut after
    "State", the name lost, or read as "Khural D. Amarbayasgalan")."""
    assert [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegation met Majilis Chairman Nurlan Bekov in Astana.",
        "Majilis Deputy Chairman Aigul Serikova received them.",
    ],
)  # fmt: skip
def test_a_chamber_the_chamber_lexicon_names_in_one_word_heads_a_government_office(sentence: str) -> None:
    """ "Majilis Chairman X": every one-word chamber of chambers.tsv is a government body, as
    words.tsv's are (the spelling "Majilis" was only in chambers.tsv, so the office had been
    taken for a business one)."""
    assert {t.kind for t in find_titles(sentence) if "Majilis" in t.title} == {"government"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lao Prime Minister Sonexay Siphandone and Senate President Bounyang Vorachit arrived.",
         ("Senate President", None)),
        ("He also met National Assembly Speaker Moses Wetangula in Nairobi.",
         ("National Assembly Speaker", None)),
        ("Government Spokesman Ali Bahadori spoke.", ("Government Spokesman", None)),
    ],
)  # fmt: skip
def test_a_legislature_with_no_country_before_still_names_the_office(sentence: str, expected: tuple) -> None:
    """ "Cambodian Prime Minister X and Senate President Y": a legislature's chamber before an
    office with no country before it is part of the title as written, no body (the title had
    lost "Senate" as a courtesy word); a government word alone is still read as before."""
    assert expected in [(t.title, t.organization) for t in find_titles(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She met the Speaker of Ghana's Parliament, Alban Bagbin, in Accra.",
         [("Alban Bagbin", "Speaker of Parliament", "GHA")]),
        ("He met Chairman of Nepal's National Assembly Narayan Prasad Dahal in Kathmandu.",
         [("Narayan Prasad Dahal", "Chairman of National Assembly", "NPL")]),
        ("Alban Bagbin, Speaker of Ghana's Parliament, met the envoy.",
         [("Alban Bagbin", "Speaker of Parliament", "GHA")]),
    ],
)  # fmt: skip
def test_a_country_s_chamber_after_its_possessive_is_the_office_s(sentence: str, expected: list) -> None:
    """ "the Speaker of India's Lok Sabha, Om Birla": the chamber after the country's possessive
    is the office's, written without the country, which is the speaker's (the chamber had been
    taken for a person and the title lost)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


def test_a_chamber_with_a_members_apostrophe_after_a_possessive_is_the_office_s() -> None:
    """ "the Vice Chairman of the Standing Committee of China's National People's Congress, Mr.
    Wang Dongming": the chamber the lexicon names runs over its members' apostrophe and is the
    office's, without the country (the title had stopped at "Standing Committee" and the
    person lost it)."""
    sentence = (
        "She met the Vice Chairman of the Standing Committee of China's National People's "
        "Congress, Li Hongzhong, in Apia."
    )
    expected = (
        "Li Hongzhong",
        "Vice Chairman of the Standing Committee of National People's Congress",
        "CHN",
    )
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


def test_rector_in_lower_case_is_a_title() -> None:
    """ "Hanoi University of Mining and Geology rector Le Hai An": "rector" is a head in lower
    case too, as "chancellor" and "vice-chancellor" are (the title had been lost)."""
    sentence = "A team led by Kyoto University of Foreign Studies rector Kenji Sato arrived."
    assert ("Kenji Sato", "rector") in [(p.name, p.title) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Egypt's Field Marshal Abdel Fattah Ibrahim met the envoy in Cairo.",
         ("Abdel Fattah Ibrahim", "Field Marshal")),
        ("Air Marshal Sadiq Rahman met the envoy in Dhaka.", ("Sadiq Rahman", None)),
    ],
)  # fmt: skip
def test_field_marshal_is_a_title_where_other_ranks_are_skipped(sentence: str, expected: tuple) -> None:
    """ "Pakistan's Field Marshal Asim Munir": the highest rank, styled as its holder's office,
    is his title as written (it had been skipped as a rank, leaving no title); other ranks
    are still skipped like honorifics."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


def test_a_chamber_ending_in_ing_opening_the_sentence_is_no_verb() -> None:
    """ "Storting President X met ...": a chamber whose name ends in "-ing" opening the sentence
    is the chamber, not a capitalized verb ("Accompanying Secretary X"), so the office keeps
    it and its country (the title had been a bare "President" of no country)."""
    found = [(t.title, t.country_iso3) for t in find_titles("Storting President Tone Wilhelmsen met him.")]
    assert ("Storting President", "NOR") in found


def test_a_capitalized_verb_in_ing_opening_the_sentence_is_still_no_body() -> None:
    found = [(t.title, t.organization) for t in find_titles("Accompanying Secretary Ravi Kumar were aides.")]
    assert ("Secretary", None) in found


def test_a_committee_of_a_national_assembly_stays_the_chairmans_body() -> None:
    found = [
        (t.title, t.organization)
        for t in find_titles("Kenyan National Assembly Budget Committee Chairman Ndindi Nyoro spoke.")
    ]
    assert ("Chairman", "Kenyan National Assembly Budget Committee") in found


def test_a_companys_chairman_after_a_country_stays_a_business_office() -> None:
    found = [
        (t.title, t.organization, t.kind) for t in find_titles("Polish Orlen Chairman Jan Nowak met him.")
    ]
    assert ("Chairman", "Orlen", "business") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The delegation met Ghana's Parliament Speaker Kofi Mensah in Accra.",
         ("Kofi Mensah", "Parliament Speaker", "GHA", None)),
        ("Belarus's Senate Chairman Ivan Petrovich said the talks went well.",
         ("Ivan Petrovich", "Senate Chairman", "BLR", None)),
        ("He met Kenya Airways' Chairman Michael Joseph in Nairobi.",
         ("Michael Joseph", "Chairman", "KEN", "Kenya Airways")),
    ],
)  # fmt: skip
def test_a_state_chamber_after_a_countrys_possessive_is_part_of_the_title(
    sentence: str, expected: tuple
) -> None:
    """ "Kenya's Senate Speaker X": the country's possessive before its own chamber is the
    office's country, as the demonym is in "Kenyan Senate Speaker" (the title had been a bare
    "Speaker" with no country, the chamber dropped as a title word)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Talks followed with Laotian Minister of Electric Power Somphone Keo in Vientiane.",
         ("Somphone Keo", "Minister of Electric Power")),
        ("The envoy met Minister of Civil Aviation Mya Mya Thein on Tuesday.",
         ("Mya Mya Thein", "Minister of Civil Aviation")),
        ("The envoy met Minister of Hydraulic Power Zaw Zaw Htun on Tuesday.",
         ("Zaw Zaw Htun", "Minister of Hydraulic Power")),
        ("The envoy met Minister of Civil Aviation Tin Maung on Tuesday.",
         ("Tin Maung", "Minister of Civil Aviation")),
    ],
)  # fmt: skip
def test_a_portfolio_adjective_and_a_doubled_syllable_set_the_name_border(
    sentence: str, expected: tuple
) -> None:
    """ "Minister of Electric Power Ko Ko Lwin": an adjective before a portfolio word opens the
    portfolio (the name had taken "Power", "Electric" read as a company's word), and a syllable
    written twice opens the name after an unknown portfolio ("Civil Aviation Ko | Ko Lwin")."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister met Andorran Co-President Marta Vidal in Beijing.",
         ("Marta Vidal", "Co-President", "AND")),
        ("He was received by Marta Vidal, co-president of Nicaragua, on Friday.",
         ("Marta Vidal", "co-president", "NIC")),
        ("He met Co-Chairman Ivan Petrov and Vice-President Jose Lopez.",
         ("Jose Lopez", "Vice-President", None)),
        ("On Friday, Ghana's Vice-Prime Minister, Kofi Mensah, received the envoy.",
         ("Kofi Mensah", "Vice-Prime Minister", "GHA")),
    ],
)  # fmt: skip
def test_a_hyphenated_co_or_vice_head_is_a_title(sentence: str, expected: tuple) -> None:
    """ "Nicaraguan Co-President Rosario Murillo": a head shared by two holders is an office as
    "Co-Chair" is (the person had been lost); "Vice-Prime Minister" is one office, no company
    "Vice-Prime" before a "Minister"."""
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]
    assert find_organizations(sentence) == []


def test_the_party_acronym_after_its_local_committee_closes_the_title() -> None:
    """ "secretary of the Tianjin Municipal Committee of the CPC": the party's acronym after its
    committee of a place is part of the office as written (it had been an organization, taken
    for a side of the meeting)."""
    found = [
        (p.name, p.title, p.organization)
        for p in find_people(
            "The mayor received Wu Hailin, secretary of the Yunnan Provincial Committee of the CPC."
        )
    ]
    assert ("Wu Hailin", "secretary of the Yunnan Provincial Committee of the CPC", None) in found


def test_an_indefinite_description_after_a_name_stays_no_office() -> None:
    """ "X, a Bulgarian economist": a description after "a" names no office of a body."""
    found = [(p.name, p.title) for p in find_people("Kira Petrova, a Bulgarian economist, met the minister.")]
    assert ("Kira Petrova", "economist") not in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Oregon Gov. Dana Whitfield met Philippine Trade Secretary Ramon Lacson in Manila.",
            ("Dana Whitfield", "Gov."),
        ),
        (
            "Ohio Lt. Gov. Marcus Keel led the mission to Osaka.",
            ("Marcus Keel", "Lt. Gov."),
        ),
        (
            "Sen. Ellen Marsh and Rep. Tom Okafor met Taiwanese officials in Taipei.",
            ("Tom Okafor", "Rep."),
        ),
        (
            "The Minister of Mines and Steel, Sen. Musa Danjuma, received the Malian delegation.",
            ("Musa Danjuma", "Minister of Mines and Steel"),
        ),
    ],
)  # fmt: skip
def test_us_abbreviated_offices_are_titles(sentence: str, expected: tuple) -> None:
    """ "Texas Gov. Greg Abbott", "Sen. Maria Cantwell": US copy abbreviates these offices before a
    name (there had been no person, so no meeting); after an office and a comma, "Sen." is a
    courtesy as "Senator" is, no second office."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


#: Offices South and Southeast Asian copy abbreviates before a name, a one-word name too
#: ("EAM Jaishankar", "FM Sugiono"), and the Philippine dotted ones, with their portfolio
#: ("Trade Sec. X", "Usec. Y", "Japanese Amb. Z"); initials before another head are an agency's.
ABBREVIATED_OFFICES = [
    ("EAM Jaishankar called on the Maldivian President in Male.", [("Jaishankar", "EAM", None)]),
    ("Malaysian FM Hasanuddin received his Thai counterpart.", [("Hasanuddin", "FM", None)]),
    ("NSA Ravi Menon met the Russian security council secretary.", [("Ravi Menon", "NSA", None)]),
    ("DPM Ishaq Dar received the Turkish envoy on Monday.", [("Ishaq Dar", "DPM", None)]),
    ("Energy Sec. Raphael Lotilla met Korean Amb. Lee Sang-hwa in Taguig.",
     [("Raphael Lotilla", "Energy Sec.", None), ("Lee Sang-hwa", "Amb.", None)]),
    ("Usec. Ana Reyes and Asec. Paolo Cruz attended the signing.",
     [("Ana Reyes", "Usec.", None), ("Paolo Cruz", "Asec.", None)]),
    # near misses: an agency's initials before its officer's title, a radio station's name
    ("NSA Director Mark Haines spoke to the Senate panel.", [("Mark Haines", "Director", "NSA")]),
    ("Capital FM CEO Jane Wanjiku met the envoy.", [("Jane Wanjiku", "CEO", "Capital FM")]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), ABBREVIATED_OFFICES)
def test_abbreviated_offices_before_a_name_are_titles(sentence: str, expected: list[tuple]) -> None:
    """ "EAM Jaishankar", "FM Sugiono": the initials are the office (a one-word name after them had
    been no person at all); "Trade Sec. X", "Amb. Y": the dotted office is the title (there had
    been none)."""
    assert [(p.name, p.title, p.organization) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The deal was initialled by Pacific Mining Chairman Tomas Reyes and Kestrel Gold's Omar Said.",
            ("Tomas Reyes", "Chairman", "Pacific Mining"),
        ),
        ("Green Power President Ines Varga opened the plant.", ("Ines Varga", "President", "Green Power")),
        ("They met Heritage Chief Executive Paolo Brandt.", ("Paolo Brandt", "Chief Executive", "Heritage")),
        # a portfolio goes before a minister or a director: no body of that name
        ("They met Energy Minister Paolo Brandt.", ("Paolo Brandt", "Energy Minister", None)),
        ("They met Finance Director Paolo Brandt.", ("Paolo Brandt", "Director", None)),
        # the last words of a longer name after "and" are no body of their own, but the
        # chamber's whole name is
        (
            "Delta Chamber of Commerce and Industry president Ade Bello attended.",
            ("Ade Bello", "president", "Delta Chamber of Commerce and Industry"),
        ),
    ],
)
def test_portfolio_words_before_the_head_of_a_whole_body_name_it(sentence: str, expected: tuple) -> None:
    """ "Heritage President Arlene Chow Mooteram": words the lexicon knows only as portfolios
    ("Heritage", "Petroleum") had been taken for a courtesy, so the president represented no
    company; a president, chairman or chief executive heads a whole body, never a portfolio."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The contract was signed by Kenyan Transport Secretary Amina Njeri and the deputy chairman "
            "of the board of JSC Georgian Railway, Levan Beridze, on Friday.",
            ("Levan Beridze", "deputy chairman of the board", "JSC Georgian Railway"),
        ),
        (
            "Maria Lind, chairwoman of the supervisory board of Nordic Cable Group, opened the plant.",
            ("Maria Lind", "chairwoman of the supervisory board", "Nordic Cable Group"),
        ),
    ],
)
def test_a_board_in_lower_case_is_part_of_the_office(sentence: str, expected: tuple) -> None:
    """ ", the deputy chairman of the board of JSC Uzbekistan Railways, Bakhtiyor Yusupov,": a
    lower-case "of the board" had ended the title, so the company and the name after it were
    lost and the signer with them."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Talks were held with the Thai premier, Anan Wongsakul, in Bangkok.",
         ("Anan Wongsakul", "premier", "THA")),
        ("She later met the Vietnamese vice-premier Tran Van Loc.", ("Tran Van Loc", "vice-premier", "VNM")),
        ("The Austrian chancellor, Klara Huber, spoke to reporters.", ("Klara Huber", "chancellor", "AUT")),
        ("He was received by the Bahraini crown prince, Salim bin Rashid, on Sunday.",
         ("Salim bin Rashid", "crown prince", "BHR")),
    ],
)  # fmt: skip
def test_heads_of_government_and_state_in_lower_case(sentence: str, expected: tuple) -> None:
    """British and Spanish-language copy writes the heads of government and state in lower case
    ("the Chinese premier, Li Wenhao", "the chancellor Ruben Ramirez", "the Saudi crown prince,
    X"), as it does "prime minister" and "president" (each had given no title)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The pact was sealed by then-finance ministers Olga Berzina and Tomas Kral in Riga.",
         [("Olga Berzina", "finance minister", None), ("Tomas Kral", "finance minister", None)]),
        ("Then-Defence Minister Kwame Boateng received the delegation.",
         [("Kwame Boateng", "Defence Minister", None)]),
        ("Then-Chilean Interior Minister Rosa Valdivia met him.",
         [("Rosa Valdivia", "Interior Minister", "CHL")]),
        ("Then-Chancellor Greta Vogel flew to Lisbon.", [("Greta Vogel", "Chancellor", None)]),
        # "then" written apart dates the office the same way
        ("The pact was sealed by then finance ministers Olga Berzina and Tomas Kral in Riga.",
         [("Olga Berzina", "finance minister", None), ("Tomas Kral", "finance minister", None)]),
        ("Then Defence Minister Kwame Boateng received the delegation.",
         [("Kwame Boateng", "Defence Minister", None)]),
        ("The accord was signed by then Vice President Lidia Moreno in Quito.",
         [("Lidia Moreno", "Vice President", None)]),
        ("He was received by the then prime minister, Aziz Karimov, in Tashkent.",
         [("Aziz Karimov", "prime minister", None)]),
        ("He was received by Uzbekistan's then foreign minister, Aziz Karimov, in Tashkent.",
         [("Aziz Karimov", "foreign minister", "UZB")]),
        # in apposition after the name, apart or glued
        ("Bidya Devi Bhandari, then President, had visited Beijing in 2019.",
         [("Bidya Devi Bhandari", "President", None)]),
        ("Bidya Devi Bhandari, then-President, had visited Beijing in 2019.",
         [("Bidya Devi Bhandari", "President", None)]),
        ("Aziz Karimov, then foreign minister of Uzbekistan, met him in Tashkent.",
         [("Aziz Karimov", "foreign minister", "UZB")]),
        # near misses: "then" an adverb of the sentence, no office after it
        ("He then met President Lidia Moreno in Quito.", [("Lidia Moreno", "President", None)]),
        ("Talks ran late, then Aziz Karimov left for Tashkent.", [("Aziz Karimov", None, None)]),
    ],
)  # fmt: skip
def test_then_before_an_office_dates_it(sentence: str, expected: list[tuple]) -> None:
    """ "then-" dates the office after it and is no part of it: "then-prime ministers X and Y"
    had given "minister", "Then-President X" no title, and "Then-Foreign Minister X" a body
    "Then-Foreign" that X represented; "then" written apart had been kept in the title ("then
    Vice President"), and "X, then President," had lost the office set beside the name."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected
    assert not [o.name for o in find_organizations(sentence) if o.name.lower().startswith("then")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The envoy met Deputy Japanese Foreign Minister Kenji Sato in Tokyo.",
         ("Kenji Sato", "Deputy Foreign Minister", "JPN")),
        ("Acting U.S. Ambassador Mary Ellen Parker attended the ceremony.",
         ("Mary Ellen Parker", "Acting Ambassador", "USA")),
        ("He held talks with First Deputy Brazilian Finance Minister Dario Durigan.",
         ("Dario Durigan", "First Deputy Finance Minister", "BRA")),
    ],
)  # fmt: skip
def test_a_rank_before_the_country_is_the_titles(sentence: str, expected: tuple) -> None:
    """A rank of the office written before the title's country belongs to the title ("Deputy
    US Trade Representative Daniel Whitaker" had been "Trade Representative"; "Acting" before
    a country had become a body "Acting U.S." the holder represented)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == [expected]
    assert not [o.name for o in find_organizations(sentence) if o.name.split()[0] in ("Acting", "Deputy")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Interior Minister Pol Lt Gen Anupong Saengthong received the envoy.",
         ("Anupong Saengthong", "Interior Minister")),
        ("Pol Maj Gen Kittirat Boonmee, Deputy Interior Minister, met the Lao delegation.",
         ("Kittirat Boonmee", "Deputy Interior Minister")),
        ("Interior Minister Pol. Col. Anupong Saengthong received the envoy.",
         ("Anupong Saengthong", "Interior Minister")),
    ],
)  # fmt: skip
def test_a_police_rank_is_no_part_of_the_name(sentence: str, expected: tuple) -> None:
    """Thai copy ranks police officers "Pol Gen", "Pol. Lt. Gen.": the rank, with or without its
    stops, is skipped as "Air Marshal" is ("Thai Deputy Prime Minister Pol Gen Somchai
    Kittipong": the name had been "Pol Gen Somchai Kittipong")."""
    assert [(p.name, p.title) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Commerce Minister Khun Pranee Chaiyasit received the delegation.",
         ("Pranee Chaiyasit", "Commerce Minister")),
        ("Khun Pranee Chaiyasit, Director-General of Trade Negotiations, spoke.",
         ("Pranee Chaiyasit", "Director-General of Trade Negotiations")),
        ("He met Ayatollah Reza Mousavi-Tabar, head of the Iran-Iraq Friendship Group.",
         ("Reza Mousavi-Tabar", "head")),
        ("Hojatoleslam Hossein Karimi-Rad, Minister of Culture, attended.",
         ("Hossein Karimi-Rad", "Minister of Culture")),
    ],
)  # fmt: skip
def test_thai_and_clerical_honorifics_are_no_part_of_the_name(sentence: str, expected: tuple) -> None:
    """Thai "Khun" and the Shia clerical ranks "Ayatollah", "Hojatoleslam" style a person as
    "Sheikh" does and are dropped before the name ("Khun Wanida Srisawat, permanent secretary",
    "Hojatoleslam Mohammad-Hassan Sadeghi-Nia, the head of ...": the styles had been kept)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Oregon Agriculture Director Lena Hoffmann led the trade mission.",
         ("Lena Hoffmann", "Agriculture Director", "USA", None)),
        ("The talks included Bavarian state official Max Huber and Shanghai Commerce Director Zhou Lin.",
         ("Zhou Lin", "Commerce Director", "CHN", None)),
    ],
)  # fmt: skip
def test_a_portfolio_after_a_state_or_city_is_its_offices(sentence: str, expected: tuple) -> None:
    """A state's or a city's name and a portfolio before "Director" are the office's, no body
    ("Nebraska Agriculture Director Sherry Vinton": she had represented a body "Nebraska
    Agriculture")."""
    assert expected in [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert not [o.name for o in find_organizations(sentence) if o.name.endswith(("Agriculture", "Commerce"))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Asturias Premier Adrian Barbon met the delegation.", ("Adrian Barbon", "Premier", None)),
        ("Kollam Chief Minister Suresh Nair received him.", ("Suresh Nair", "Chief Minister", None)),
        ("Poitiers Mayor Lea Moreau met the delegation.", ("Lea Moreau", "Mayor", None)),
        # a body's word or acronym still names the body the officer heads
        ("Kasai Development Bank Governor Ana Lima met the delegation.",
         ("Ana Lima", "Governor", "Kasai Development Bank")),
        ("BoZ Deputy Governor Ana Lima met the delegation.", ("Ana Lima", "Deputy Governor", "BoZ")),
    ],
)  # fmt: skip
def test_the_name_before_a_province_or_city_head_is_the_place(sentence: str, expected: tuple) -> None:
    """ "Punjab Chief Minister Maryam Nawaz": the head of a province's or city's own government
    is named after the place, known to the lexicon or not, no body he represents (the
    organization had been "Punjab")."""
    assert [(p.name, p.title, p.organization) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ternopil Oblast Governor Oleh Marko met the envoy.", ("Oleh Marko", "Governor", "UKR")),
        ("Belgorod Region Governor Ivan Sokolov met the envoy.", ("Ivan Sokolov", "Governor", "RUS")),
        # a look-alike: a region ISO 3166-2 does not name tells no country
        ("Sunvale Region Governor Ana Lima met the envoy.", ("Ana Lima", "Governor", None)),
    ],
)  # fmt: skip
def test_an_oblast_before_its_governor_tells_the_country(sentence: str, expected: tuple) -> None:
    """ "Volyn Oblast Governor X": an oblast ISO 3166-2 writes as an adjective ("Volynska
    oblast") is called by its stem in English copy, and, before the head of its government,
    tells his country (the governor had none, and the meeting with him was lost)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She met Minister for Relations with Parliament Ioana Marin on Monday.",
         ("Ioana Marin", "Minister for Relations with Parliament", None)),
        ("They met Jan Holm, Commissioner for Relations with Churches and Religious Communities, in Oslo.",
         ("Jan Holm", "Commissioner for Relations with Churches and Religious Communities", None)),
        # a country there is the partner of the relations, not the holder's
        ("He met Deputy Head of Relations with Peru Ana Ruiz.",
         ("Ana Ruiz", "Deputy Head of Relations with Peru", None)),
    ],
)  # fmt: skip
def test_relations_with_partners_are_part_of_the_title(sentence: str, expected: tuple) -> None:
    """ "Secretary for Relations with States and International Organizations": the partners
    after "Relations with" are the portfolio, as after "of" (the title had been cut to
    "Secretary for Relations", or lost before a name)."""
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He later met the Oromo Regional Minister, Tolosa Gemechu, in Adama.",
         ("Tolosa Gemechu", "Oromo Regional Minister", None)),
        ("The envoy met Okuta State Commissioner for Trade Bola Ajayi.",
         ("Bola Ajayi", "Okuta State Commissioner for Trade", None)),
        ("They called on Khyber Deputy Provincial Minister Arif Khan.",
         ("Arif Khan", "Khyber Deputy Provincial Minister", None)),
        # a company's regional manager still works for the company named before
        ("She met Zenith Regional Director Ada Obi.", ("Ada Obi", "Regional Director", "Zenith")),
    ],
)  # fmt: skip
def test_the_name_before_an_office_of_a_regions_level_is_the_regions(sentence: str, expected: tuple) -> None:
    """ "the Ashanti Regional Minister, X": an office opening on the adjective of a level below
    the nation's ("Regional", "State", "Provincial") belongs to the government of the place
    named before it, part of the title as written (the place had been the organization the
    minister represents, and a side of its own)."""
    assert [(p.name, p.title, p.organization) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pieter Smit met Kiri Tane, Minister for Fisheries and Southern New Zealand, in Wellington.",
         ("Kiri Tane", "Minister for Fisheries and Southern New Zealand")),
        ("He met Minister for Rural Affairs and Western Canada Jean Tremblay on Friday.",
         ("Jean Tremblay", "Minister for Rural Affairs and Western Canada")),
        ("He met Ana Silva, Minister of Trade and West African Integration, in Accra.",
         ("Ana Silva", "Minister of Trade and West African Integration")),
    ],
)  # fmt: skip
def test_a_region_of_a_country_closes_a_portfolio_list(sentence: str, expected: tuple) -> None:
    """A compass word and a country's name after a portfolio list's "and" name a region, the
    last portfolio ("Minister for Resources and Northern Australia": the title had been cut
    at the region, or lost before a name after it)."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


def test_a_region_closes_a_portfolio_list_in_a_story() -> None:
    """In a story, a region's country may be no mention of its own ("Northern Canada" read as
    a given name and a surname): the lexicon still knows it is a country's name."""
    text = (
        "OTTAWA - Dutch Trade Minister Pieter Smit met Jean Tremblay, Minister for "
        "Fisheries and Northern Canada, in Ottawa on Monday to discuss Arctic shipping."
    )
    found = extract_document(text, date(2024, 3, 12), "Ottawa", None).engagements
    people = {(p.name, p.title) for e in found for p in e.participants}
    assert ("Jean Tremblay", "Minister for Fisheries and Northern Canada") in people


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Minister of Mines of the Central African Republic (CAR) Rufin Benam met the delegation.",
         ("Rufin Benam", "Minister of Mines", "CAF", None)),
        ("The Minister of Fisheries of the Solomon Islands (SI) Nestor Ghiro opened the talks.",
         ("Nestor Ghiro", "Minister of Fisheries", "SLB", None)),
    ],
)  # fmt: skip
def test_a_countrys_initials_after_it_end_the_title_before_the_name(sentence: str, expected: tuple) -> None:
    """ "(RoK)" after "of the Republic of Korea" spells the country and ends the title as the
    country would ("Minister of Trade, Industry and Energy of the Republic of Korea (RoK) Bang
    Moon-kyu": the title had been lost)."""
    assert expected in [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]


def test_a_countrys_initials_in_mixed_case_before_a_title_are_no_body() -> None:
    """Initials that spell a country with its small word in lower case ("RoK") before a title
    say whose the office is, and name no body ("RoK Vice Minister for Trade Cheong In-kyo": he
    had represented an organization "RoK")."""
    sentence = "RoK Deputy Foreign Minister Kim Ji-hoon held talks with Chilean Undersecretary Ana Lopez."
    assert ("Kim Ji-hoon", "Deputy Foreign Minister", None) in [
        (p.name, p.title, p.organization) for p in find_people(sentence)
    ]
    assert find_organizations(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The delegation called on Commander of the Air Force Air Marshal Tomas Brenko in Zagreb.",
         ("Tomas Brenko", "Commander of the Air Force")),
        ("Talks were held with Gen. Ana Ruiz's counterpart, Commander of the Army General Luis Vega.",
         ("Luis Vega", "Commander of the Army")),
        ("Piet Janssen, Commander of the Navy, received the visitors.",
         ("Piet Janssen", "Commander of the Navy")),
    ],
)  # fmt: skip
def test_a_commander_of_a_service_is_an_office(sentence: str, expected: tuple) -> None:
    """ "his Sri Lankan counterpart, Commander of the Navy Vice Admiral Priyantha Perera":
    "Commander" heads an office as "Chief" does, and the rank after its complement is the
    officer's (he had had no title, and "the two admirals signed" went to the minister)."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


def test_a_country_in_capitals_after_a_capitalized_word_is_no_surname() -> None:
    """A country's abbreviation ("U.S.", "UAE") is never a person's surname, though a
    capitalized word opens the noun phrase before it ("Total U.S. goods trade ..." had made
    "U.S." a surname, so that "Deputy U.S. Trade Representative Sarah Bianchi" lost the country
    and became the representative of an organization "U.S.")."""
    text = (
        "JAKARTA - Indonesian Trade Minister Budi Santoso met Deputy U.K. Trade Envoy Helen Marsh "
        "in Jakarta on Tuesday. Overall U.K. goods trade with Indonesia reached $4 billion in 2023."
    )
    found = extract_document(text, date(2024, 3, 14), "Jakarta", None).engagements
    people = {(p.name, p.country_iso3, p.organization) for e in found for p in e.participants}
    assert ("Helen Marsh", "GBR", None) in people
    assert all(p.participant_type == "person" for e in found for p in e.participants)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The envoy called on Inspector General of Police Musa Adamu Bello in Abuja.",
         ("Musa Adamu Bello", "Inspector General of Police")),
        ("Talks were held with Commissioner of Lagos Police Tunde Olayinka Adeyemi on Friday.",
         ("Tunde Olayinka Adeyemi", "Commissioner of Lagos Police")),
        ("The consul met Nairobi Police Inspector-General Peter Kamau Njoroge.",
         ("Peter Kamau Njoroge", "Police Inspector-General")),
        ("He was received by National Police Commissioner Juan Carlos Ortega.",
         ("Juan Carlos Ortega", "National Police Commissioner")),
    ],
)  # fmt: skip
def test_a_police_office_is_a_title(sentence: str, expected: tuple) -> None:
    """ "Inspector General" is an office as "Auditor General" is, and "Police" a portfolio, also
    after the state or city it serves ("Inspector General of Sindh Police Ghulam Nabi Memon":
    he had had no title, and "Thai Deputy Police Chief" had represented an organization
    "Police")."""
    found = [(p.name, p.title, p.organization) for p in find_people(sentence)]
    assert (*expected, None) in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Cambodian Deputy Police Chief Lt. Gen. Sok Phal Dara held talks with the delegation.",
         ("Sok Phal Dara", "Deputy Police Chief", "KHM", None)),
        ("The minister received Ghana's Army Chief Maj. Gen. Kofi Owusu Mensah on Friday.",
         ("Kofi Owusu Mensah", "Army Chief", "GHA", None)),
        ("Colombian Navy Chief Adm. Felipe Ortiz Rojas arrived in Lima on Monday.",
         ("Felipe Ortiz Rojas", "Navy Chief", "COL", None)),
        # a word of the service's level before it, and a chief written in lower case
        ("Timorese National Police Chief Henrique da Costa held talks with the delegation.",
         ("Henrique da Costa", "National Police Chief", "TLS", None)),
        ("The minister received Mexico's Federal Police Chief Omar Garcia on Friday.",
         ("Omar Garcia", "Federal Police Chief", "MEX", None)),
        ("Kenyan police chief Douglas Kanja arrived in Kampala on Monday.",
         ("Douglas Kanja", "police chief", "KEN", None)),
        # a service of two words, and the military as a whole
        ("Chilean armed forces chief Rodrigo Vera met the delegation in Santiago.",
         ("Rodrigo Vera", "armed forces chief", "CHL", None)),
        ("Malaysian air force chief Asri Kamal met the delegation in Kuala Lumpur.",
         ("Asri Kamal", "air force chief", "MYS", None)),
        ("Bolivia's military chief Juan Zuniga met the delegation in La Paz.",
         ("Juan Zuniga", "military chief", "BOL", None)),
        ("Ghana's Army Chief Maj. Gen. Kofi Owusu Mensah received the delegation.",
         ("Kofi Owusu Mensah", "Army Chief", "GHA", None)),
        # the name after a comma
        ("The Rwandan army chief, Mubarakh Muganga, met the delegation in Kigali.",
         ("Mubarakh Muganga", "army chief", "RWA", None)),
        ("Zambia's police chief, Graphel Musamba, met the delegation in Lusaka.",
         ("Graphel Musamba", "police chief", "ZMB", None)),
    ],
)  # fmt: skip
def test_a_service_before_chief_is_the_offices(sentence: str, expected: tuple) -> None:
    """ "Chief" takes the service it heads before it as a minister takes his portfolio, and a
    rank read alone before the service is the office's ("Thai Deputy Police Chief Pol. Lt.
    Gen. Kittirat Phanphet": his title had been "Chief", his country the host's); so does a
    service of two words ("armed forces chief": it had been "forces chief", of no country)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("EU trade chief Pieter Vos arrived in Asuncion on Monday.",
         ("Pieter Vos", "trade chief", None, "EU")),
        ("E.U. energy chief Marta Lind toured the terminal.",
         ("Marta Lind", "energy chief", None, "E.U.")),
        ("European Union foreign policy chief Marta Lind held talks with the delegation.",
         ("Marta Lind", "foreign policy chief", None, "European Union")),
        ("African Union trade chief Albert Kamau opened the fair.",
         ("Albert Kamau", "trade chief", None, "African Union")),
        # (not a body of states: the chief of a country's service keeps its country)
        ("Ugandan police chief Abas Byakagaba arrived in Nairobi on Monday.",
         ("Abas Byakagaba", "police chief", "UGA", None)),
    ],
)  # fmt: skip
def test_a_portfolio_chief_of_a_body_of_states_is_its_officer(sentence: str, expected: tuple) -> None:
    """ "EU trade chief X", "European Union foreign policy chief Y": the lower-case portfolio
    before "chief" is his office's, and the body of many states before it the organization he
    speaks for (the title had been "chief" or "policy chief" with no organization, and the
    officer given the country of the dateline)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Chilean minister of energy, mining and water, Rosa Fuentes, opened the fair.",
         ("Rosa Fuentes", "minister of energy, mining and water", "CHL")),
        ("Ghana's minister of trade, agriculture and fisheries Kofi Mensah met the delegation.",
         ("Kofi Mensah", "minister of trade, agriculture and fisheries", "GHA")),
    ],
)  # fmt: skip
def test_a_lower_case_portfolio_list_runs_on_over_its_commas(sentence: str, expected: tuple) -> None:
    """ "the Iranian minister of industry, mining and trade, Hossein Zolfaghari, held": a comma
    between two portfolio words in lower case joins the list, as in capitals (he had had no
    title, the phrase cut at its first comma)."""
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Chilean minister of mining, rural affairs and water security, Rosa Fuentes, spoke.",
         ("Rosa Fuentes", "minister of mining, rural affairs and water security", "CHL")),
        ("He met the Fijian minister of lands, mineral resources, housing and community development, "
         "Tom Koroi, in Suva.",
         ("Tom Koroi", "minister of lands, mineral resources, housing and community development", "FJI")),
    ],
)  # fmt: skip
def test_a_lower_case_portfolio_list_counts_its_words_not_its_commas(sentence: str, expected: tuple) -> None:
    """ "the Polish minister of agriculture, rural development and food security, Czesław
    Siekierski": the list's commas take no room of its words (a two-word last portfolio had
    run past the limit, and he had had no title)."""
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Talks opened with Georgia's first deputy foreign minister, Nino Beridze, in Tbilisi.",
         ("Nino Beridze", "first deputy foreign minister", "GEO")),
        ("Kenya's second vice-president Amos Kirui toured the plant.",
         ("Amos Kirui", "second vice-president", "KEN")),
    ],
)  # fmt: skip
def test_an_ordinal_in_lower_case_ranks_a_deputy(sentence: str, expected: tuple) -> None:
    """ "Ukraine's first deputy prime minister and economy minister, Oksana Hrynchuk": an
    ordinal before a deputy's rank in lower case is the title's, as "First Deputy" is in
    capitals (the title had lost it, and with it the country before it)."""
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chile's mining and energy minister, Rosa Fuentes, welcomed the delegation.",
         ("Rosa Fuentes", "mining and energy minister", "CHL")),
        ("He met Ghana's trade, agriculture and fisheries minister Kofi Mensah in Accra.",
         ("Kofi Mensah", "trade, agriculture and fisheries minister", "GHA")),
    ],
)  # fmt: skip
def test_a_lower_case_portfolio_list_opens_the_title(sentence: str, expected: tuple) -> None:
    """ "Poland's development and technology minister, Krzysztof Nowicki": portfolio words in
    lower case joined by "and" or by commas before the head are one list, as they are in
    capitals (the title had kept only its last word, "technology minister")."""
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister later met Ghana Chamber of Mines and Energy President Kwame Boateng.",
         ("Kwame Boateng", "President", "Ghana Chamber of Mines and Energy")),
        ("Peru Federation of Trade and Tourism Chairwoman Rosa Quispe opened the fair.",
         ("Rosa Quispe", "Chairwoman", "Peru Federation of Trade and Tourism")),
    ],
)  # fmt: skip
def test_a_business_bodys_complement_goes_on_over_its_and(sentence: str, expected: tuple) -> None:
    """ "Oman Chamber of Commerce and Industry Chairman Faisal bin Abdullah Al Rawas": an "and"
    between the capitalized words of a chamber's or a federation's "of" complement is inside
    the body's name, before the title as after it (the chairman had had no organization)."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lars Berg, Norway's Ambassador to the OECD, met the Chilean delegation in Paris.",
         ("Lars Berg", "Ambassador to the OECD", "NOR", None)),
        ("Chile's Permanent Representative to the International Labour Office, Ana Soto, spoke.",
         ("Ana Soto", "Permanent Representative to the International Labour Office", "CHL", None)),
        # (the sending country after "of", before the posting)
        ("Permanent Representative of Kenya to the WTO Daniel Kiptoo met the panel in Geneva.",
         ("Daniel Kiptoo", "Permanent Representative to the WTO", "KEN", None)),
        ("He met the Ambassador of Chile to the OECD, Ana Soto, in Paris.",
         ("Ana Soto", "Ambassador to the OECD", "CHL", None)),
    ],
)  # fmt: skip
def test_the_body_an_envoy_is_posted_to_is_in_the_title(sentence: str, expected: tuple) -> None:
    """ "Switzerland's permanent representative to the WTO": a body after an envoy's "to" is
    his posting, part of the title as a country there is, and no side he represents (the
    envoy had represented the WTO, which had become a side of its own)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Korea Trade Agency (KTA) chief representative Park Min-ho met the governor in Lima.",
         ("Park Min-ho", "chief representative")),
        ("The ministry's senior adviser Lena Vogel attended the talks in Quito.",
         ("Lena Vogel", "senior adviser")),
        ("Norway's permanent representative, Lars Berg, addressed the session.",
         ("Lars Berg", "permanent representative")),
    ],
)  # fmt: skip
def test_a_lower_case_modifier_ranks_the_head_after_it(sentence: str, expected: tuple) -> None:
    """ "JICA chief representative Takema Sakamoto", "Takema Sakamoto, chief representative of
    ...": a modifier in lower case ("chief", "senior", "permanent") before a head in lower
    case is that head's rank, as in capitals (the title had been "chief" and the name
    "representative Takema Sakamoto"); "representative" is a head in lower case, as "envoy"."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Korea Trade Agency (KTA) country representative, Park Min-ho, joined the talks.",
         ("Park Min-ho", "country representative", "Korea Trade Agency (KTA)")),
        ("Ghana Export Board Country Representative Ama Owusu met the buyers in Lagos.",
         ("Ama Owusu", "Country Representative", "Ghana Export Board")),
    ],
)  # fmt: skip
def test_a_country_representative_is_one_head(sentence: str, expected: tuple) -> None:
    """ "The Japan External Trade Organization (JETRO) country representative, Kenji Morimoto,":
    "country representative" heads an office as "country director" does, in lower case too
    (he had had the title "representative" and no organization; in capitals, "Country" had
    closed the body's name)."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Park Min-ho, representative of the Korea Trade Promotion Agency, and Minister Ana Soto signed.",
         ("Park Min-ho", "representative", "KOR", "Korea Trade Promotion Agency")),
        ("Ama Owusu, President of the Ghana Investment Authority, met the visitors.",
         ("Ama Owusu", "President", "GHA", "Ghana Investment Authority")),
    ],
)  # fmt: skip
def test_a_government_head_takes_an_agency_named_for_its_country(sentence: str, expected: tuple) -> None:
    """ "Takema Sakamoto, chief representative of the Japan International Cooperation Agency
    (JICA), and Finance Secretary Ralph Recto signed": after "of the", a body named for its
    country that ends in an agency's or an association's word is the organization of a
    representative's or a president's office too (the title had stopped at "of the Japan", so
    he represented no body)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The forum in Lome gathered Chairperson of the African Union Commission Amara Diallo, President of "
        "the West African Development Bank Serge Kabore and the heads of state of Togo and Benin.",
        "Attending were Chairman of the Board of Directors Lin Hao, Chief Executive of the Port "
        "Authority Mei Tan and two deputy ministers.",
    ],
)
def test_a_title_after_a_titled_name_and_a_comma_opens_the_next_entry(sentence: str) -> None:
    """ "Title A Name A, Title B of the Body Name B and ...": the comma parts two entries of a list,
    each with its office before its name; the second office is not set beside the first name, so
    the name after its body is its holder (the whole "of the ... Bank Serge Kabore" had been read
    as the body and the second person lost)."""
    names = [p.name for p in find_people(sentence)]
    assert len(names) == 2 and names[1] in ("Serge Kabore", "Mei Tan")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mrs Aisha Bello, the Chairperson of the Nigeria Union of Market Sellers' Groups (NUMSG), spoke.",
         ("Aisha Bello", "Nigeria Union of Market Sellers' Groups (NUMSG)")),
        ("Mr Tomas Okello, the President of the Uganda Federation of Growers' Cooperatives, met them.",
         ("Tomas Okello", "Uganda Federation of Growers' Cooperatives")),
    ],
)  # fmt: skip
def test_a_members_apostrophe_goes_on_with_the_bodys_name_in_a_title(sentence: str, expected: tuple) -> None:
    """ "the President of the Ghana Union of Traders' Associations (GUTA)": the apostrophe that
    closes the members' plural is inside the body's name, which runs on to its acronym (the
    title had stopped at the country before "Union", and he had had no organization)."""
    assert expected in [(p.name, p.organization) for p in find_people(sentence)]


def test_a_members_apostrophe_goes_on_with_a_bodys_name_on_its_own() -> None:
    """ "Representatives of the Uganda Federation of Growers' Cooperatives joined the talks": the
    body's "of" complement runs over the members' apostrophe, as its capitalized words do."""
    sentence = "Representatives of the Uganda Federation of Growers' Cooperatives joined the talks."
    assert [o.name for o in find_organizations(sentence)] == ["Uganda Federation of Growers' Cooperatives"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Assistant to the President of Uzbekistan Rustam Karimov met the delegation.",
         ("Rustam Karimov", "Assistant to the President", "UZB")),
        ("He was received by Aide to the President of Kazakhstan Serik Dauletov on Monday.",
         ("Serik Dauletov", "Aide to the President", "KAZ")),
        ("Senior Adviser to the Prime Minister of Pakistan Imran Qureshi arrived in Ankara.",
         ("Imran Qureshi", "Senior Adviser to the Prime Minister", "PAK")),
        ("Presidential Aide Rustam Karimov held talks in Tashkent.",
         ("Rustam Karimov", "Presidential Aide", None)),
    ],
)  # fmt: skip
def test_an_aide_to_a_principal_keeps_the_principal_in_his_title(sentence: str, expected: tuple) -> None:
    """ "Assistant to the President of X Name": the aide serves the head of state named after
    "to", so the principal is part of the aide's title (as an envoy's posting is) and his
    country the aide's; the aide had been given the title "President" itself, and "Presidential
    Aide" had put "Aide" into the name."""
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Secretary to the Treasury Kumara Perera signed the loan agreement.",
         ("Kumara Perera", "Secretary to the Treasury")),
        ("The loan was signed by the Secretary to the Treasury, Kumara Perera, on Monday.",
         ("Kumara Perera", "Secretary to the Treasury")),
        ("Secretary to the Government of the Federation Musa Bello received the envoy.",
         ("Musa Bello", "Secretary to the Government of the Federation")),
        ("Secretary to the Cabinet Ravi Menon chaired the meeting.",
         ("Ravi Menon", "Secretary to the Cabinet")),
    ],
)  # fmt: skip
def test_a_secretary_to_a_body_keeps_the_body_in_his_title(sentence: str, expected: tuple) -> None:
    """ "Secretary to the Treasury X": "to the" names the body the secretary serves, as "of"
    would, so it is part of the title (Sri Lankan, Nigerian and Indian offices; the title had
    been lost)."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


def test_a_secretary_sent_to_a_place_keeps_his_own_title() -> None:
    """ "to" with no capitalized body after "the" is no part of the title."""
    sentence = "Foreign Secretary Kumara Perera travelled to the capital on Monday."
    assert ("Kumara Perera", "Foreign Secretary") in [(p.name, p.title) for p in find_people(sentence)]


def test_a_minister_to_a_country_keeps_his_own_title() -> None:
    """ "to" after a head that serves no principal opens no aide's complement."""
    sentence = "Assistant Minister of Trade Rustam Karimov travelled to the Republic of Korea."
    assert ("Rustam Karimov", "Assistant Minister of Trade") in [
        (p.name, p.title) for p in find_people(sentence)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The delegation was received by Governor of Tomsk Oblast of Russia Pavel Sergeyev.",
         ("Pavel Sergeyev", "Governor of Tomsk Oblast", "RUS")),
        ("He met Governor of the Upper Volga Region of the Russian Federation Pavel Sergeyev.",
         ("Pavel Sergeyev", "Governor of the Upper Volga Region", "RUS")),
        ("He met Governor of Tomsk region of Russia Pavel Sergeyev in Minsk.",
         ("Pavel Sergeyev", "Governor of Tomsk region", "RUS")),
        ("He met the Governor of Kenya's Lake Basin County Joseph Otieno on Friday.",
         ("Joseph Otieno", "Governor of Lake Basin County", "KEN")),
    ],
)  # fmt: skip
def test_a_regions_country_is_the_governors_and_not_his_title(sentence: str, expected: tuple) -> None:
    """ "Governor of X Oblast of Russia Name", "Governor of Russia's X Oblast Name": the country
    whose region it is, written after it or in the possessive before it, is the governor's and
    no part of his title (he had lost the title, or "Oblast" had been read as a person)."""
    people = [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]
    assert people == [expected]


def test_a_countrys_federal_state_service_is_no_region() -> None:
    """ "Russia's Federal State Statistics Service": "State" opens a body's name there."""
    sentence = "He met Head of Russia's Federal State Statistics Service Pavel Sergeyev."
    assert all(p.title != "Head of Federal State" for p in find_people(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The President received the Plenipotentiary Ambassador of Chile Rosa Medina on Monday.",
         ("Rosa Medina", "Plenipotentiary Ambassador", "CHL")),
        ("He received Extraordinary and Plenipotentiary Ambassador of Chile Rosa Medina.",
         ("Rosa Medina", "Extraordinary and Plenipotentiary Ambassador", "CHL")),
        ("He met the Minister Plenipotentiary of Chile Rosa Medina.",
         ("Rosa Medina", "Minister Plenipotentiary", "CHL")),
    ],
)  # fmt: skip
def test_a_plenipotentiary_envoys_title_is_kept_whole(sentence: str, expected: tuple) -> None:
    """ "Plenipotentiary Ambassador", "Extraordinary and Plenipotentiary Ambassador" (the order
    of translated Central Asian copy) and "Minister Plenipotentiary" are one title each; the
    rank before "Ambassador" had been dropped, and "Minister Plenipotentiary" had been no title."""
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He met Venezuela's Minister of Popular Power for Foreign Affairs Ana Rosa Salcedo.",
         ("Ana Rosa Salcedo", "Minister of Popular Power for Foreign Affairs")),
        ("Minister of Popular Power for Economy and Finance Luis Mora Pérez signed the deal.",
         ("Luis Mora Pérez", "Minister of Popular Power for Economy and Finance")),
        ("Vice Minister of Popular Power for Foreign Trade Ana Salcedo attended.",
         ("Ana Salcedo", "Vice Minister of Popular Power for Foreign Trade")),
    ],
)  # fmt: skip
def test_a_venezuelan_ministry_of_popular_power_is_a_portfolio(sentence: str, expected: tuple) -> None:
    """ "Minister of Popular Power for Foreign Affairs X Y Z": "Popular Power" is the portfolio
    every Venezuelan ministry is named with, so the portfolio list ends where the three-word
    name starts (its first word had been kept in the title, "... Foreign Affairs Ana")."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The envoy met Minister for Foreign Territories Louis Marchand in Noumea.",
         ("Louis Marchand", "Minister for Foreign Territories")),
        ("Minister of Housing Settlements Tevita Lui opened the road on Monday.",
         ("Tevita Lui", "Minister of Housing Settlements")),
        # a surname ending like a plural noun, with no name after it, stays the name
        ("They met Minister of Defence Barnaby Humphries on Monday.",
         ("Barnaby Humphries", "Minister of Defence")),
        # a given name ending like one, before two more names, opens the name
        ("Minister of Trade Humphries Kalaba Mwanza met the delegation on Monday.",
         ("Humphries Kalaba Mwanza", "Minister of Trade")),
        ("Minister of Finance Clements Mwale Banda opened the talks.",
         ("Clements Mwale Banda", "Minister of Finance")),
    ],
)  # fmt: skip
def test_a_plural_portfolio_noun_of_the_lexicon_ends_the_title_not_opens_the_name(
    sentence: str, expected: tuple
) -> None:
    """ "Minister for Overseas Territories Manuel Valls": "Territories" and "Settlements" are
    portfolio words of the lexicon (the title had ended on "Overseas" and the name taken
    "Territories"). No ending ("-ies", "-ments") tells such a noun: given names have them
    ("Humphries Kalaba Mwanza", "Clements Mwale Banda" had lost their first names to the title)."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Talks were held with Canada's Minister for Ethnic Communities and Minister for Seniors "
         "Laura Chen in Ottawa.",
         ("Laura Chen", "Minister for Ethnic Communities and Minister for Seniors", "CAN")),
        ("Talks were held with Australia's Minister for Indigenous Peoples and Minister for Trade "
         "Tom Ridge in Canberra.",
         ("Tom Ridge", "Minister for Indigenous Peoples and Minister for Trade", "AUS")),
        ("Talks were held with Minister for Disabilities Ana Kora in Suva.",
         ("Ana Kora", "Minister for Disabilities", None)),
    ],
)  # fmt: skip
def test_portfolios_of_a_group_of_people_are_portfolio_words(sentence: str, expected: tuple) -> None:
    """ "New Zealand's Minister for Pacific Peoples and Minister for Fisheries Shane Jones":
    portfolios of a people or a group ("Peoples", "Ethnic Communities", "Seniors",
    "Disabilities") are portfolio words of the lexicon, so the first office reaches its "and"
    and both offices and the country are the minister's (the title had kept only the last
    office and the country been lost)."""
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They met Minister of Lands, Housing and Urban Renewal and Local Government Tevita Lui.",
         ("Tevita Lui", "Minister of Lands, Housing and Urban Renewal and Local Government")),
        ("Minister for Industry, Micro, Small and Medium Enterprises and Fisheries Ana Tuilagi spoke.",
         ("Ana Tuilagi", "Minister for Industry, Micro, Small and Medium Enterprises and Fisheries")),
        # an office after the second "and" is one of its own, joined to the first as written
        ("She met the Minister of Youth, Sports and Culture and Foreign Minister Ana Vea.",
         ("Ana Vea", "Minister of Youth, Sports and Culture and Foreign Minister")),
    ],
)  # fmt: skip
def test_a_portfolio_list_goes_on_after_an_item_that_holds_an_and(sentence: str, expected: tuple) -> None:
    """ "Minister for Trade, Co-operatives, Micro, Small and Medium Enterprises and Communications
    Manoa Kamikamica": a list item may hold an "and" of its own, so the list goes on after it to
    the next portfolio (the title had stopped at "Trade" and the name taken "Co-operatives")."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The envoy called on Prime Minister 'Okusitino Taufa on Friday.",
         ("'Okusitino Taufa", "Prime Minister")),
        ("The envoy called on Deputy Prime Minister ʻUliti Fonua on Friday.",
         ("ʻUliti Fonua", "Deputy Prime Minister")),
        ("Speaker ’Ofa Latu Vea met the delegation.", ("’Ofa Latu Vea", "Speaker")),
        # an apostrophe that opens a quote closed later stays outside the name
        ("Minister Sione Vea called the deal 'Ocean Bound' on Friday.", ("Sione Vea", "Minister")),
    ],
)  # fmt: skip
def test_a_glottal_stop_opening_a_name_keeps_the_title_and_the_mark(sentence: str, expected: tuple) -> None:
    """ "Prime Minister 'Aisake Valu Eke", "ʻAkilisi Pohiva": the okina, or an apostrophe for it,
    before a capital vowel opens a Polynesian name and is written with it (the title had been
    lost, and the okina's name cut to its last two words)."""
    found = [(p.name, p.title) for p in find_people(sentence)]
    assert expected in found
    assert all("'" not in name[:1] or name == expected[0] for name, _ in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Libyan Deputy Prime Minister Rabi' bin Ali al-Mahdi arrived in Cairo.",
         ("Rabi' bin Ali al-Mahdi", "Deputy Prime Minister")),
        ("Syrian Trade Minister Sami Ja’ al-Khalil met the envoy in Beirut.",
         ("Sami Ja’ al-Khalil", "Trade Minister")),
        ("Minister Tariq Sami' Hamdan met the envoy.", ("Tariq Sami' Hamdan", "Minister")),
        # look-alikes: a quote closed after a name word, a plural's possessive
        ("Minister Omar Zaki called the 'Basra' Pipeline vital.", ("Omar Zaki", "Minister")),
        ("Minister Omar Zaki addressed the Farmers' Union.", ("Omar Zaki", "Minister")),
    ],
)  # fmt: skip
def test_an_ayn_closing_a_name_word_keeps_the_name_whole(sentence: str, expected: tuple) -> None:
    """ "Mohammed Shia' al-Sudani": an apostrophe after a capitalized word and before a name
    particle or another capitalized word is the transliterated ayn, a letter of the name (the
    name had been cut there, "Rabi"); after an "s", or closing a quote, it stays punctuation."""
    found = [(p.name, p.title) for p in find_people(sentence)]
    assert expected in found
    assert not any(name in ("Basra' Pipeline", "Farmers' Union") for name, _ in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She met Egyptian Deputy Minister for African Affairs Hamdi Sanad Loza in Cairo.",
         ("Hamdi Sanad Loza", "Deputy Minister for African Affairs")),
        ("He met Omani Minister of State for Arab Affairs Khalid bin Hilal bin Saud Al Busaidi.",
         ("Khalid bin Hilal bin Saud Al Busaidi", "Minister of State for Arab Affairs")),
        ("He received Special Envoy for Sahel Affairs Mariam Abdoulaye Toure.",
         ("Mariam Abdoulaye Toure", "Special Envoy for Sahel Affairs")),
        # look-alike: a known portfolio before "Affairs" keeps its long name too
        ("He received Minister of State for Foreign Affairs Khalid bin Hilal bin Saud Al Busaidi.",
         ("Khalid bin Hilal bin Saud Al Busaidi", "Minister of State for Foreign Affairs")),
    ],
)  # fmt: skip
def test_the_words_before_affairs_are_the_portfolios_not_the_name(sentence: str, expected: tuple) -> None:
    """ "Minister of State for African Affairs Adel bin Ahmed al-Jubeir": no personal name has
    "Affairs" in it, so a demonym or region before it is what the affairs are of (the name had
    taken "Affairs", or the title the name's first word, by the name's length)."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Also present were Director of the Office of His Majesty Omar Haddad, while the hosts sent two.",
         ("Omar Haddad", "Director of the Office of His Majesty", None)),
        ("She met Secretary of the Office of Her Highness Mona Saleh, and the envoy.",
         ("Mona Saleh", "Secretary of the Office of Her Highness", None)),
        # an office named otherwise keeps its reading
        ("He met Director of the Office of the President Jane Doe, and others.",
         ("Jane Doe", "Director of the Office of the President", None)),
    ],
)  # fmt: skip
def test_the_office_of_a_monarchs_style_is_the_title(sentence: str, expected: tuple) -> None:
    """ "Director of the Office of His Majesty Alaa Batayneh, while ...": the style closes the
    office's name, all of it the title, also before a comma after the name ("His Majesty Alaa
    Batayneh" had been an organization)."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She met Jorge Paz, head of the Lima Economic and Cultural Office, in Quito.",
         ("Jorge Paz", "head", "Lima Economic and Cultural Office")),
        ("Also present was Quito Economic and Cultural Office Director Ana Ruiz.",
         ("Ana Ruiz", "Director", "Quito Economic and Cultural Office")),
        ("He met Omar Sy, director of the Dakar Scientific and Technical Institute, on Monday.",
         ("Omar Sy", "director", "Dakar Scientific and Technical Institute")),
        # look-alike: an "and" after a body's noun joins two, the second a person
        ("She met Jorge Paz, head of the Lima Port Authority and Ana Ruiz, in Quito.",
         ("Jorge Paz", "head", "Lima Port Authority")),
    ],
)  # fmt: skip
def test_an_and_after_a_sector_adjective_is_inside_the_bodys_name(sentence: str, expected: tuple) -> None:
    """ "Taipei Economic and Cultural Office": an adjective ends no name, so the "and" after
    "Economic" joins the body's own words (the title had ended "of the Taipei Economic", or
    the body before the title been "Cultural Office")."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She also met Secretary of State at the Ministry of Agriculture and Food Jan Dvorak.",
         ("Jan Dvorak", "Secretary of State at the Ministry of Agriculture and Food")),
        ("He met Parliamentary State Secretary at the Federal Ministry of Transport Eva Lang.",
         ("Eva Lang", "Parliamentary State Secretary at the Federal Ministry of Transport")),
        ("He met Undersecretary of State at the Department for Trade Piotr Nowak in Lima.",
         ("Piotr Nowak", "Undersecretary of State at the Department for Trade")),
        # look-alike: "at the" a place is where, no part of the title
        ("He met Secretary of State Jan Dvorak at the Ministry of Agriculture on Monday.",
         ("Jan Dvorak", "Secretary of State")),
    ],
)  # fmt: skip
def test_the_ministry_an_official_serves_at_is_part_of_the_title(sentence: str, expected: tuple) -> None:
    """ "Secretary of State at the Ministry of Development and Technology Michał Jaros": the
    ministry served "at", as "in", belongs to the title before the name (the name had been
    lost, and with it the whole meeting)."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Peruvian Foreign Affairs Undersecretary Rosa Quispe met him in Lima.",
         ("Rosa Quispe", "Foreign Affairs Undersecretary", "PER", None)),
        ("Trade Under Secretary Ana Mendez opened the fair.",
         ("Ana Mendez", "Trade Under Secretary", None, None)),
        ("Chilean Foreign Affairs Assistant Secretary Jose Vidal spoke.",
         ("Jose Vidal", "Foreign Affairs Assistant Secretary", "CHL", None)),
        # look-alike: the head with no portfolio before it stays bare
        ("Peruvian Undersecretary Rosa Quispe met him in Lima.",
         ("Rosa Quispe", "Undersecretary", "PER", None)),
    ],
)  # fmt: skip
def test_a_portfolio_before_an_undersecretary_is_the_titles(sentence: str, expected: tuple) -> None:
    """ "Philippine Foreign Affairs Undersecretary Maria Theresa Lazaro": an undersecretary
    or assistant secretary takes a portfolio before the head as a secretary does (the title
    had been "Undersecretary", and "Philippine Foreign Affairs" a body)."""
    assert expected in [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert all("Affairs" not in o.name for o in find_organizations(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Also present was Ana Ruiz, Resident Representative of the Lima Trade Office.",
         ("Ana Ruiz", "Resident Representative")),
        ("He met UNDP Resident Representative Kwame Mensah in Accra.",
         ("Kwame Mensah", "Resident Representative")),
        ("She met UN Resident Coordinator Maria Lopez in Quito.", ("Maria Lopez", "Resident Coordinator")),
    ],
)  # fmt: skip
def test_a_resident_representative_is_one_title(sentence: str, expected: tuple) -> None:
    """ "Resident Representative" (UNDP, IMF, trade offices) is one head: "Resident" is no
    part of the body before it (it had been glued to the organization, or the person lost)."""
    found = [(p.name, p.title.split(" of ")[0] if p.title else None) for p in find_people(sentence)]
    assert expected in found
    assert all(not o.name.endswith("Resident") for o in find_organizations(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She met the Chairman of the Chilean Businessmen Council, Jorge Paz, in Lima.",
         ("Jorge Paz", "Chairman", "Chilean Businessmen Council")),
        ("He met the President of the Andean Exporters Council, Ana Ruiz, on Monday.",
         ("Ana Ruiz", "President", "Andean Exporters Council")),
        # look-alike: a council of state stays the office's
        ("He met the Chairman of the Sovereignty Council, Jorge Paz, on Monday.",
         ("Jorge Paz", "Chairman of the Sovereignty Council", None)),
        # a joint council of two countries, and a community's council with the country it sits in
        ("She met the Chairman of the Peru-Korea Businessmen Council, Jorge Paz, in Lima.",
         ("Jorge Paz", "Chairman", "Peru-Korea Businessmen Council")),
        ("He met the President of the Chilean Exporters Council in Peru, Ana Ruiz, on Monday.",
         ("Ana Ruiz", "President", "Chilean Exporters Council in Peru")),
        ("He met the Chairman of the Turkish Business Association in Germany, Ali Demir, on Monday.",
         ("Ali Demir", "Chairman", "Turkish Business Association in Germany")),
    ],
)  # fmt: skip
def test_a_business_body_before_a_comma_and_name_is_the_organization(sentence: str, expected: tuple) -> None:
    """ "the Chairman of the Libyan Businessmen Council, Abdullah Al-Fitouri,": a body named
    after its business members, with the name after the comma, is the side its chairman
    represents (it had stayed in the title, and no organization been recorded)."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


#: A body of many states named in full after its officer's title, across the "of/for/on" inside its
#: name: the officer's organization, whole, and not his title (the title had been cut at the first
#: "of/for/on" and the rest made the organization, or the person lost).
BODIES_OF_STATES_NAMED_IN_FULL = [
    (
        "The minister met the Executive Secretary of the Economic Community of West African States "
        "(ECOWAS), Aminata Sow, on Friday.",
        ("Aminata Sow", "Executive Secretary", None, "Economic Community of West African States (ECOWAS)"),
    ),
    (
        "He received the Secretary-General of the Organisation for Economic Co-operation and Development "
        "(OECD), Lars Holm.",
        (
            "Lars Holm",
            "Secretary-General",
            None,
            "Organisation for Economic Co-operation and Development (OECD)",
        ),
    ),
    (
        "Secretary-General of the United Nations Conference on Trade and Development (UNCTAD) Maria Solis "
        "met the minister.",
        (
            "Maria Solis",
            "Secretary-General",
            None,
            "United Nations Conference on Trade and Development (UNCTAD)",
        ),
    ),
    (
        "He met the Director General of the International Labour Organization Kofi Boateng in Geneva.",
        ("Kofi Boateng", "Director General", None, "International Labour Organization"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), BODIES_OF_STATES_NAMED_IN_FULL)
def test_a_body_of_states_named_in_full_is_the_officers_organization(sentence: str, expected: tuple) -> None:
    assert expected in [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]


def test_a_national_body_spelled_by_its_acronym_keeps_its_country() -> None:
    """ "Governor of the Central Bank of Ghana (CBG)": a country inside the name makes it a state's
    body, which the body-of-states rule leaves to the title grammar."""
    (person,) = find_people("He met the Governor of the Central Bank of Ghana (CBG), Ama Owusu.")
    assert person.country_iso3 == "GHA"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He met Chile's Minister of Agriculture, Livestock and Forests, Ana Soto, on Friday.",
         ("Ana Soto", "Minister of Agriculture, Livestock and Forests", "CHL")),
        ("They met Peru's Minister of Production, Food Sovereignty and Fishing, Luis Quispe, in Lima.",
         ("Luis Quispe", "Minister of Production, Food Sovereignty and Fishing", "PER")),
    ],
)  # fmt: skip
def test_a_portfolio_list_ending_on_forests_or_sovereignty_is_the_title(
    sentence: str, expected: tuple
) -> None:
    """ "Minister of Agriculture, Food Sovereignty and Forests, X,": forests and sovereignty are
    portfolios, so the list before the name is the title (he had none)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)][:1] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The envoy met Estate Workers' Congress leader Ravi Kumar in Kandy.",
         ("Ravi Kumar", "leader", "Estate Workers' Congress")),
        ("He called on Coconut Growers’ Federation president Anura Perera on Monday.",
         ("Anura Perera", "president", "Coconut Growers’ Federation")),
    ],
)  # fmt: skip
def test_a_members_plural_with_a_bare_apostrophe_stays_in_the_body_before_a_title(
    sentence: str, expected: tuple
) -> None:
    """ "Ceylon Workers' Congress leader X": the plural the apostrophe closes is of the body's
    name, which had been cut off at it and lost; a country's possessive stays the country."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Growers' Union leader Tendai Moyo met the delegation in Mutare.",
         ("Tendai Moyo", "leader", "Growers' Union")),
        ("The envoy met Malawi Tobacco Farmers' Union president Grace Banda on Friday.",
         ("Grace Banda", "president", "Malawi Tobacco Farmers' Union")),
    ],
)  # fmt: skip
def test_a_modifier_word_after_a_members_apostrophe_is_the_bodys_name(sentence: str, expected: tuple) -> None:
    """ "Farmers' Union leader X": "Union", a modifier of "Union Minister" elsewhere, is the
    head of the body's name after the members' plural (the body had been "Farmers" and the
    title "Union leader"), while a country's possessive before it still modifies the office."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


def test_a_countrys_bare_apostrophe_before_a_union_office_is_the_country() -> None:
    (person,) = find_people("He met the Philippines' Union Minister Alfredo Cruz.")
    assert (person.title, person.country_iso3, person.organization) == ("Union Minister", "PHL", None)


def test_a_countrys_bare_apostrophe_before_a_title_is_no_body() -> None:
    (person,) = find_people("He met the Philippines' Trade Secretary Alfredo Pascual.")
    assert (person.title, person.country_iso3, person.organization) == ("Trade Secretary", "PHL", None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He met the Bahamas' foreign minister Frederick Mitchell in Nassau.",
         ("Frederick Mitchell", "foreign minister", "BHS")),
        ("He met the Netherlands' trade minister, Hanna de Vries, in The Hague.",
         ("Hanna de Vries", "trade minister", "NLD")),
        ("He held talks with Laos' deputy prime minister Bounmy Keola in Vientiane.",
         ("Bounmy Keola", "deputy prime minister", "LAO")),
        # near miss: a country's word before something else, the office after a comma is no one's
        ("The Philippines' exports rose, trade secretary Maria Santos said.",
         ("Maria Santos", "trade secretary", None)),
    ],
)  # fmt: skip
def test_a_countrys_bare_apostrophe_before_a_lower_case_title_is_its_possessive(
    sentence: str, expected: tuple
) -> None:
    """ "the Philippines' foreign secretary X": the apostrophe after a country's name in "s" is
    its possessive before an office in lower case as before one in capitals (the office had
    been of no country)."""
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He met Brunei's Minister of Home Affairs II Hamid Osman in Bandar Seri Begawan.",
         ("Hamid Osman", "Minister of Home Affairs II", "BRN")),
        ("Malaysia's Education Minister II Aziz Rahman met her on Friday.",
         ("Aziz Rahman", "Education Minister II", "MYS")),
    ],
)  # fmt: skip
def test_a_roman_numeral_after_an_office_is_part_of_the_title(sentence: str, expected: tuple) -> None:
    """ "Minister of Foreign Affairs II X": the numeral ranks the holders of one portfolio; it had
    opened the name ("II X")."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == [expected]


def test_a_regnal_numeral_after_a_name_stays_the_names() -> None:
    found = [(p.name, p.title) for p in find_people("He was received by King Charles III in London.")]
    assert found == [("Charles III", "King")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kazakhstan's Deputy Chairman of the Council of Ministers and Energy Minister Aidos Serik "
         "arrived on Monday.",
         ("Aidos Serik", "Deputy Chairman of the Council of Ministers and Energy Minister", "KAZ")),
        ("He met Uzbekistan's Deputy Chairman of the Cabinet of Ministers and Economy and Finance "
         "Minister Bahrom Nazarov in Tashkent.",
         ("Bahrom Nazarov", "Deputy Chairman of the Cabinet of Ministers and Economy and Finance Minister",
          "UZB")),
        # look-alike: a portfolio joined to the complement with no head after it is one office
        ("He met Tonga's Minister of Trade and Foreign Affairs Sione Fifita in Nuku'alofa.",
         ("Sione Fifita", "Minister of Trade and Foreign Affairs", "TON")),
        ("Belize's Minister of Foreign Affairs and Foreign Trade Senator Ana Cal signed the accord.",
         ("Ana Cal", "Minister of Foreign Affairs and Foreign Trade", "BLZ")),
    ],
)  # fmt: skip
def test_a_portfolio_and_its_head_after_a_complement_is_a_second_office(
    sentence: str, expected: tuple
) -> None:
    """ "Deputy Chairman of the Cabinet of Ministers and Foreign Minister X": portfolio words after
    "and" that run to a head are an office of their own joined to the first, not more items of
    its complement (the complement had swallowed "Foreign" and the title was "Minister")."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)][:1] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They met the Minister of State for Mines (Solid Minerals), Ada Obi, in Abuja.",
         ("Ada Obi", "Minister of State for Mines (Solid Minerals)")),
        ("Talks with the Deputy Minister of Energy (Electricity), Tunde Bello, ended on Friday.",
         ("Tunde Bello", "Deputy Minister of Energy (Electricity)")),
    ],
)  # fmt: skip
def test_a_desk_in_brackets_before_a_comma_and_name_is_the_titles(sentence: str, expected: tuple) -> None:
    """ "the Minister of State for Petroleum Resources (Oil), X,": the desk in brackets after the
    portfolio stays in the title when a comma and the name follow, as when the name follows
    straight on (the title had been lost). An acronym there names the ministry, no desk."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]
    lookalike = find_people("They met the Minister of Trade (MoT), Ada Obi, in Abuja.")
    assert all("MoT" not in (p.title or "") for p in lookalike)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police Commissioner General Kim Dae-ho met the delegation in Seoul.",
         ("Kim Dae-ho", "Police Commissioner General")),
        ("He met the agency's Commissioner-General Anna Berg in Amman.",
         ("Anna Berg", "Commissioner-General")),
        # look-alike: a commissioner alone keeps his portfolio
        ("He met Trade Commissioner Ana Ruiz in Lima.", ("Ana Ruiz", "Trade Commissioner")),
    ],
)  # fmt: skip
def test_a_commissioner_general_is_one_rank(sentence: str, expected: tuple) -> None:
    """ "Commissioner General X": the rank of a police force or an agency's head is one head, as
    "Inspector General" is (it had been cut to "Commissioner" and "General" read as a name)."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He met Malaysia's Health Minister Datuk Seri Sultan Rahim Yusof in Putrajaya.",
         [("Sultan Rahim Yusof", "Health Minister")]),
        ("He met Malaysia's Works Minister Dato' Amir Khalid Osman in Putrajaya.",
         [("Amir Khalid Osman", "Works Minister")]),
        # look-alikes: a style that may come before an office keeps it one
        ("He was received by HE President Samia Suluhu Hassan in Dodoma.",
         [("Samia Suluhu Hassan", "President")]),
    ],
)  # fmt: skip
def test_a_title_word_after_a_malay_style_is_a_given_name(sentence: str, expected: list) -> None:
    """ "Datuk Seri Amir X": a Malay style stands before a name, never before an office; "Amir"
    there had been read as the emir's title and the style as an organization."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The envoy met Popular People's Front chairman Ravi Kumar in Kandy.",
         ("Ravi Kumar", "chairman", "Popular People's Front")),
        ("He called on National Women’s Council president Grace Moyo on Monday.",
         ("Grace Moyo", "president", "National Women’s Council")),
        # a party's office is the title, the party no side (as "Labour Party leader")
        ("He met Progressive People's Party leader Adama Sow on Monday.",
         ("Adama Sow", "Progressive People's Party leader", None)),
    ],
)  # fmt: skip
def test_a_plural_with_its_possessive_s_stays_in_the_body_before_a_title(
    sentence: str, expected: tuple
) -> None:
    """ "Democratic People's Alliance leader X": "People's" is the members the body is of, as
    "Workers'" is, so the name goes on over it (it had been cut to "Alliance", or a party's
    name been left half in the title)."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


def test_a_countrys_possessive_s_before_a_title_is_no_body() -> None:
    (person,) = find_people("He met Yemen's Foreign Minister Shaya al-Zindani.")
    assert (person.title, person.country_iso3, person.organization) == ("Foreign Minister", "YEM", None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Both sides want to lift flagging bilateral investment, investment, mining and energy "
            "minister Grace Mutale said after the talks.",
            "investment, mining and energy minister",
        ),
        (
            "The plan should restore growth in tourism, tourism, arts and culture minister Kim Lee said.",
            "tourism, arts and culture minister",
        ),
        # a list that repeats nothing keeps its items
        (
            "He later met trade, industry and competition minister Parks Tau.",
            "trade, industry and competition minister",
        ),
    ],
)
def test_a_lower_case_portfolio_list_names_each_portfolio_once(sentence: str, expected: str) -> None:
    """A paraphrase ending on a portfolio word before a comma is no item of the title's list:
    "a slide in bilateral trade, trade, industry and competition minister X" had titled X
    "bilateral trade, trade, industry and competition minister"."""
    assert [m.title for m in find_titles(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Minister of Housing and Tenants' Rights Ana Silva met the envoy.",
         [("Ana Silva", "Minister of Housing and Tenants' Rights", None)]),
        ("Minister of Youth and Veterans' Benefits Karl Ots met the envoy in Tallinn.",
         [("Karl Ots", "Minister of Youth and Veterans' Benefits", None)]),
        ("Minister of Trade and Industry Ama Owusu met the envoy.",
         [("Ama Owusu", "Minister of Trade and Industry", None)]),
    ],
)  # fmt: skip
def test_the_noun_after_a_members_apostrophe_closes_the_portfolio(
    sentence: str, expected: list[tuple]
) -> None:
    """ "Minister of Labour and Workers' Rights Juan Perez": the noun after the members'
    apostrophe is the item's, though the lexicon lacks it as a portfolio word (the name had
    taken "Rights")."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ana Silva, Chile's Minister of Housing and Tenants' Rights, met the envoy.",
         [("Ana Silva", "Minister of Housing and Tenants' Rights", "CHL")]),
        ("Karl Ots, Estonia's Minister of Youth and Veterans' Benefits, met the envoy.",
         [("Karl Ots", "Minister of Youth and Veterans' Benefits", "EST")]),
        ("In Tallinn, Estonia's Minister of Trade Karl Ots met the envoy.",
         [("Karl Ots", "Minister of Trade", "EST")]),
    ],
)  # fmt: skip
def test_a_title_after_a_name_a_comma_and_a_countrys_possessive_is_in_apposition(
    sentence: str, expected: list[tuple]
) -> None:
    """ "X, India's Minister of Agriculture and Farmers' Welfare, visited": the country's
    possessive opens the apposition, which its closing comma ends (the list had been cut to
    "Minister of Agriculture"); a place before the comma names no one."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Governor of Algiers Karim Ahmed Belkacem received the French ambassador.",
         [("Karim Ahmed Belkacem", "Governor of Algiers")]),
        ("Mayor of Lagos Tunde Olusola Bakare met the envoy.", [("Tunde Olusola Bakare", "Mayor of Lagos")]),
        ("Mayor of Istanbul Metropolitan Municipality Ekrem Imamoglu met the envoy.",
         [("Ekrem Imamoglu", "Mayor of Istanbul Metropolitan Municipality")]),
    ],
)  # fmt: skip
def test_a_three_word_name_after_an_office_of_a_city_is_all_the_names(
    sentence: str, expected: list[tuple]
) -> None:
    """ "Governor of Algiers Mohamed Abdelnour Rabehi": the city closes the title and every plain
    word after it is the name (the title had taken "Mohamed"); a place's kind after the city
    ("Metropolitan Municipality") is still the title's."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Secretary-General of the Union of Maghreb Trading Nations (UMCA) Karim Nouri met the envoy.",
         ("Karim Nouri", "Secretary-General", "Union of Maghreb Trading Nations (UMCA)")),
        ("He met Omar Sy, Executive Secretary of the Council of Fulani Herding States (CEPP), in Niamey.",
         ("Omar Sy", "Executive Secretary", "Council of Fulani Herding States (CEPP)")),
    ],
)  # fmt: skip
def test_a_body_of_states_abbreviated_in_another_language_is_the_officers_organization(
    sentence: str, expected: tuple
) -> None:
    """ "Executive Secretary of the Community of Portuguese Language Countries (CPLP) X": an
    acronym of another language spells none of the English words, but opens on the body's
    keyword; the name is whole across its "of" (the title had been "Executive Secretary of the
    Community", the organization the words after it)."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


def test_an_office_of_a_country_with_an_acronym_keeps_its_country() -> None:
    """A body's keyword and its initial are needed: "Ministry ... (MIT)" of a country stays the
    country's ministry (a look-alike of the rule above)."""
    people = find_people("Minister of Trade of Angola (MINCO) Rui Miguens met the envoy.")
    assert [(p.name, p.country_iso3) for p in people] == [("Rui Miguens", "AGO")]


def test_a_demonym_describing_the_members_of_a_body_is_no_side() -> None:
    """ "Community of Portuguese Language Countries": the demonym describes the member states,
    none of which is a side (Portugal had been one, and the body Portuguese)."""
    text = (
        "LUANDA - Angolan Trade Minister Rui Miguens met Secretary-General of the Union of Portuguese "
        "Speaking Nations (UNLP) Samir Haddad and Brazilian Trade Minister Joao Alves in Luanda on Monday."
    )
    found = extract_document(text, date(2024, 3, 12), "Luanda", None).engagements
    assert [e.countries for e in found] == [("AGO", "BRA")]
    assert {p.organization for e in found for p in e.participants if p.name == "Samir Haddad"} == {
        "Union of Portuguese Speaking Nations (UNLP)"
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The deal was signed by Taipei Economic and Cultural Office in Thailand (TECO) Director Lin Wei.",
         ("Lin Wei", "Director", "TWN", "Taipei Economic and Cultural Office in Thailand (TECO)")),
        ("He met Korea Business Association in the Philippines (KBA) Chairman Park Jin-ho in Manila.",
         ("Park Jin-ho", "Chairman", "KOR", "Korea Business Association in the Philippines (KBA)")),
    ],
)  # fmt: skip
def test_a_mission_named_with_the_place_it_serves_is_one_body_before_the_title(
    sentence: str, expected: tuple
) -> None:
    """ "Taipei Economic and Cultural Office in the Philippines (TECO) Representative X": the
    acronym spells the body before "in", so the place is part of its name and the body is of
    its own first words' country (the place had been the organization "Philippines (TECO)",
    and the representative Philippine)."""
    assert expected in [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The deal was signed by Thai Friendship and Commerce Office in Taipei (TFCO) Director Somchai Wong.",
         ("Somchai Wong", "Director", "THA", "Thai Friendship and Commerce Office in Taipei (TFCO)")),
        ("He met Philippine Heritage and Tourism Bureau in Seoul (PHTB) Chief Maria Santos.",
         ("Maria Santos", "Chief", "PHL", "Philippine Heritage and Tourism Bureau in Seoul (PHTB)")),
    ],
)  # fmt: skip
def test_a_mission_whose_acronym_spells_its_name_over_an_and_is_one_body(
    sentence: str, expected: tuple
) -> None:
    """ "Malaysian Friendship and Trade Centre in Taipei (MFTC) Director X": the acronym spells
    the body's words back over an "and" no sector's adjective joins (the body had been split in
    three, "Taipei (MFTC)" its director's, and the director Taiwanese)."""
    assert expected in [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]


def test_an_acronym_that_spells_no_name_over_an_and_joins_nothing_before_it() -> None:
    """A look-alike: "(TCO)" spells "Trade and Commerce Office" alone, not the words before
    "and" too, so the body does not take them."""
    people = find_people(
        "He met Thai Friendship and Trade Commerce Office in Taipei (TCO) Director Somchai Wong."
    )
    assert "Thai Friendship and Trade Commerce Office in Taipei (TCO)" not in [p.organization for p in people]


def test_an_acronym_that_spells_no_body_before_in_joins_no_place() -> None:
    """A look-alike: "(VTO)" spells neither "Hanoi Trade Office" nor its words with the place, so
    the body and the place stay apart (no mission named with its place)."""
    people = find_people("He met Hanoi Trade Office in Vietnam (VTO) Director Hong Sun.")
    assert "Hanoi Trade Office in Vietnam (VTO)" not in [p.organization for p in people]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Aqaba Special Zone manager Rami Haddad met the Iraqi delegation.",
         ("Rami Haddad", "manager", "Aqaba Special Zone")),
        ("Rami Haddad, manager of Morocco's Tanger Med Free Zone, met the delegation.",
         ("Rami Haddad", "manager", "Tanger Med Free Zone")),
    ],
)  # fmt: skip
def test_a_manager_after_the_body_he_runs_is_its_officer(sentence: str, expected: tuple) -> None:
    """ "Colón Free Zone manager Giovanni Ferrari": "manager" is an officer's title, in lower case
    too (the zone's words had been a person, "Colón Free", and the manager no title)."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    "sentence",
    ["Swiss asset manager Lumen Partners bought the stake.", "The hedge fund manager Kestrel Ridge sold."],
)
def test_a_firm_that_manages_money_is_no_manager_by_title(sentence: str) -> None:
    """A look-alike: an "asset manager" or "fund manager" before a name is a firm, no officer."""
    assert [p.title for p in find_people(sentence)] == [] or all(
        p.title != "manager" for p in find_people(sentence)
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He met Nguyen Van Long, Vice Chairman of the Standing Committee of the National Assembly of "
         "Vietnam.",
         ("Nguyen Van Long", "Vice Chairman of the Standing Committee of the National Assembly", "VNM",
          None)),
        ("She received Ivan Sokolov, Chairman of the Budget Committee of the State Duma of Russia.",
         ("Ivan Sokolov", "Chairman of the Budget Committee of the State Duma", "RUS", None)),
        ("They met Li Ming, Vice Chairman of the Standing Committee of the National People's Congress "
         "of China.",
         ("Li Ming", "Vice Chairman of the Standing Committee of the National People's Congress", "CHN",
          None)),
        # look-alike: a body of its own name, of no chamber, is still the organization he heads
        ("He met Ama Owusu, Chairman of the Tema Harbour Board of Directors, on Monday.",
         ("Ama Owusu", "Chairman", "GHA", "Tema Harbour Board of Directors")),
    ],
)  # fmt: skip
def test_a_committee_of_a_state_chamber_after_a_name_is_part_of_the_office(
    sentence: str, expected: tuple
) -> None:
    """ "X, Vice Chairman of the Standing Committee of the National Assembly of Vietnam": the
    committee is the chamber's, all of it an office of state (it had been X's organization, a
    side of its own, and the title a bare "Vice Chairman")."""
    assert expected in [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert "Standing Committee" not in [o.name for o in find_organizations(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Governor of the Rabat-Sale-Kenitra region, Omar Idrissi, hosted the visitors.", "MAR"),
        ("The Wali of Fes-Meknes, Omar Idrissi, hosted the visitors.", "MAR"),
        ("The Governor of the Dakar-Thies region, Awa Ndiaye, hosted the visitors.", "SEN"),
    ],
)
def test_a_region_named_by_its_places_joined_with_hyphens_is_of_their_country(
    sentence: str, expected: str
) -> None:
    """ "the Wali of the Tangier-Tetouan-Al Hoceima region": places joined by hyphens name a
    region of their country, as "Wali of Tangier" does (the title had no country, and its holder
    took the dateline's)."""
    assert [t.country_iso3 for t in find_titles(sentence)] == [expected]


def test_places_of_two_countries_joined_name_no_region() -> None:
    """A look-alike: places of two countries joined by a hyphen are a route, of neither."""
    assert [t.country_iso3 for t in find_titles("The head of the Dakar-Paris route, Awa Ndiaye, spoke.")] == [
        None
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lagos University of Science and Technology rector Ade Bello met the team.",
         ("Ade Bello", "rector", "Lagos University of Science and Technology")),
        ("Cairo Institute of Energy and Mines Director Omar Fathy met the team.",
         ("Omar Fathy", "Director", "Cairo Institute of Energy and Mines")),
    ],
)  # fmt: skip
def test_a_learned_body_named_for_joined_fields_before_its_officer_is_his(
    sentence: str, expected: tuple
) -> None:
    """ "Hanoi University of Mining and Geology rector Le Hai An": a university's or an institute's
    name goes on over "of" and the "and" joining its fields before the office, as a chamber's
    does (the run had stopped at "Geology", and the university was no one's)."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Minister of Fisheries, Animal Husbandry and Dairying Ravi Kumar Rao met the Kenyan delegation.",
            ("Ravi Kumar Rao", "Minister of Fisheries, Animal Husbandry and Dairying"),
        ),
        (
            "Minister of Livestock, Dairy and Animal Husbandry Ahmed Raza Khan toured the plant.",
            ("Ahmed Raza Khan", "Minister of Livestock, Dairy and Animal Husbandry"),
        ),
    ],
)
def test_livestock_portfolios_are_portfolio_words(sentence: str, expected: tuple) -> None:
    """ "Minister of Fisheries, Animal Husbandry and Dairying X": the livestock portfolios of
    South Asian and African cabinets are portfolio words, so the list ends before the name (the
    middle item had been taken for a person and the last item for the name's first word)."""
    found = [(p.name, p.title) for p in find_people(sentence)]
    assert found == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He received the Kenyan Ambassador to the Kingdom Peter Kamau Njoroge on Monday.",
         [("Peter Kamau Njoroge", "Ambassador to the Kingdom", "KEN")]),
        ("He received the Malian Ambassador to the Sultanate Moussa Ba Traore on Monday.",
         [("Moussa Ba Traore", "Ambassador to the Sultanate", "MLI")]),
        # the realm named in full is the posting, and a body is no realm
        ("He received the Kenyan Ambassador to the Kingdom of Bahrain Peter Kamau Njoroge on Monday.",
         [("Peter Kamau Njoroge", "Ambassador to the Kingdom of Bahrain", "KEN")]),
        ("He received the Envoy to the State Council Li Wei Ming on Monday.",
         [("Li Wei Ming", "Envoy to the State Council", None)]),
    ],
)  # fmt: skip
def test_an_envoy_to_the_kingdom_is_posted_to_the_host_and_the_name_follows(
    sentence: str, expected: list
) -> None:
    """ "Ambassador to the Kingdom X Y Z": a host's agency names its state by the realm's noun
    alone, which ends the posting; the envoy's name after it is whole (its first word had been
    read into the title, "Ambassador to the Kingdom Peter")."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The envoy called on Deputy Head of the Central Election Commission Tran Quoc Bao in Hanoi.",
            ("Tran Quoc Bao", "Deputy Head of the Central Election Commission"),
        ),
        (
            "Chairman of the State Inspection Committee Kim Song Ho welcomed the guests.",
            ("Kim Song Ho", "Chairman of the State Inspection Committee"),
        ),
        (
            "Director of the National Water Resources Council Amina Yusuf met the donors.",
            ("Amina Yusuf", "Director of the National Water Resources Council"),
        ),
    ],
)
def test_a_body_after_of_the_goes_on_past_a_known_adjective_to_its_body_word(
    sentence: str, expected: tuple
) -> None:
    """ "Vice Chairman of the Central Military Commission X": a body's name opened by an
    adjective the lexicon knows ("Central", "State", "National") goes on over words it does not
    know to its body word before the name (the title had been cut after the adjective, and the
    next word taken for a person)."""
    found = [(p.name, p.title) for p in find_people(sentence)]
    assert found == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Air Chief Marshal Sunil Perera met the envoy in Colombo.", [("Sunil Perera", None, None)]),
        (
            "Chief of the Air Staff Air Chief Marshal Ravi Menon met the envoy.",
            [("Ravi Menon", "Chief of the Air Staff", None)],
        ),
        # a look-alike: "Chief Executive" after a company's word is no rank
        ("Air Chief Executive Jane Roe met the envoy.", [("Jane Roe", "Chief Executive", "Air")]),
    ],
)
def test_chief_inside_a_many_word_rank_heads_no_office(sentence: str, expected: list) -> None:
    """ "Air Chief Marshal X": "Chief" is a word of the rank, which is skipped like an
    honorific as "Air Marshal" is, so it heads no office and "Air" names no body (the title had
    been "Chief" and "Air" an organization the officer represented)."""
    found = [(p.name, p.title, p.organization) for p in find_people(sentence)]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Defence Minister Senior General Aung Kyaw met the envoy in Yangon.",
         [("Aung Kyaw", "Defence Minister", None)]),
        ("Attache Senior Colonel Wang Tao met the envoy in Hanoi.", [("Wang Tao", "Attache", None)]),
        ("Senior Major General Lin Feng met the envoy in Hanoi.", [("Lin Feng", None, None)]),
        # a look-alike: "Senior" before an office is a rank of that office, kept in the title
        ("Senior Vice President Jane Roe met the envoy.", [("Jane Roe", "Senior Vice President", None)]),
    ],
)  # fmt: skip
def test_senior_opens_a_many_word_rank(sentence: str, expected: list) -> None:
    """ "Senior General X", "Senior Colonel Y": "Senior" opens the rank as "Air" and "Vice"
    do, and the whole rank is skipped like an honorific, so the office before it holds the
    name (the title had been lost, "Senior" left as a word before a name)."""
    found = [(p.name, p.title, p.organization) for p in find_people(sentence)]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She met the Speaker of Fiji's House of Representatives, Ratu Naiqama Lalabalavu, in Suva.",
         [("Ratu Naiqama Lalabalavu", "Speaker of House of Representatives", "FJI", None)]),
        ("He met the President of Chile's Chamber of Deputies Jose Miguel Castro in Santiago.",
         [("Jose Miguel Castro", "President of Chamber of Deputies", "CHL", None)]),
        ("He met the President of Mozambique's Assembly of the Republic, Margarida Talapa.",
         [("Margarida Talapa", "President of Assembly of the Republic", "MOZ", None)]),
        # a look-alike: a chamber of commerce or of mines is a body, no legislature
        ("He met the president of Zambia's Chamber of Mines, Jane Banda.",
         [("Jane Banda", "president", "ZMB", "Chamber of Mines")]),
    ],
)  # fmt: skip
def test_a_chamber_named_with_of_after_a_country_s_possessive_is_the_office_s(
    sentence: str, expected: list
) -> None:
    """ "the Speaker of Nepal's House of Representatives, X": a chamber named with "of" after
    its members ("House of Representatives", "Chamber of Deputies") or a state's chamber word
    ("Assembly of the Republic") is the office's, though many states share the name and no list
    holds it: the possessive tells the country (the title had been lost)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fijian House Speaker Filimoni Jitoko met the envoy.",
         [("Filimoni Jitoko", "House Speaker", "FJI", None)]),
        ("He met Lower House Speaker Tomas Novak in Prague.",
         [("Tomas Novak", "Lower House Speaker", None, None)]),
        # a look-alike: "House" before another office names a body, as before
        ("Tata House chairman Ravi Mehta met the envoy.", [("Ravi Mehta", "chairman", None, "Tata House")]),
    ],
)  # fmt: skip
def test_house_before_speaker_is_the_chamber_of_the_office(sentence: str, expected: list) -> None:
    """ "Thai House Speaker X", "Prime Minister A and House Speaker B": "House" right before
    "Speaker" is the legislature's chamber, part of the title as "Senate" is (the title had been
    a bare "Speaker", and "Thai House" a body the speaker represented)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Paraguayan Canciller Rubén Ramírez met the envoy in Asunción.",
         [("Rubén Ramírez", "Canciller", "PRY", None)]),
        ("He was received by the Chanceler of Angola, Tete António, on Friday.",
         [("Tete António", "Chanceler", "AGO", None)]),
        ("Chile's canciller, Alberto van Klaveren, and Vicecanciller Gloria de la Fuente spoke.",
         [("Alberto van Klaveren", "canciller", "CHL", None),
          ("Gloria de la Fuente", "Vicecanciller", None, None)]),
    ],
)  # fmt: skip
def test_the_spanish_and_portuguese_foreign_ministers_words_are_titles(sentence: str, expected: list) -> None:
    """ "Canciller X", "the Chanceler of Angola, X": the region's everyday word for the foreign
    minister, which hurried translations keep, is an office as "Chancellor" is (the title had
    been lost, or "Chanceler" glued onto the name)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Peru's Vice Minister for the Economic Area and Trade Minister Ana Quispe arrived.",
         [("Ana Quispe", "Vice Minister for the Economic Area and Trade Minister", "PER", None)]),
        ("He met Vice President for the Social Area and Minister of Education Luis Mora.",
         [("Luis Mora", "Vice President for the Social Area and Minister of Education", None, None)]),
        # a look-alike: a portfolio closed by a known noun leaves the name before "and" a person's
        ("Minister of Economic Development Tanaka and Foreign Minister Sato met.",
         [("Tanaka", "Minister of Economic Development", None, None),
          ("Sato", "Foreign Minister", None, None)]),
    ],
)  # fmt: skip
def test_a_portfolio_adjective_s_noun_before_a_second_office_is_the_portfolio_s(
    sentence: str, expected: list
) -> None:
    """ "Vice President for the Economic Sector and Foreign Relations Minister X": the noun an
    adjective of a portfolio qualifies, though the lexicon lacks it, closes the portfolio when
    "and" and a second office follow it, so the title is one and the name is after it (the noun
    had been taken for a person holding the first office)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He also called on former Fijian Prime Minister Frank Bainimarama at his home.",
         [("Frank Bainimarama", "former Prime Minister", "FJI", None)]),
        ("She met the outgoing Tongan ambassador, Mele Taufa, in Suva.",
         [("Mele Taufa", "outgoing ambassador", "TON", None)]),
        # a look-alike: "then" before a country is an adverb too, no word of the office
        ("He landed in Apia and then Samoan Prime Minister Fiame Mataafa greeted him.",
         [("Fiame Mataafa", "Prime Minister", "WSM", None)]),
    ],
)  # fmt: skip
def test_a_dating_modifier_before_the_country_is_the_title_s(sentence: str, expected: list) -> None:
    """ "former Samoan Prime Minister X": "former" (or "outgoing", "incoming") written before the
    country is part of the title as written, without the country, as it is with no country
    between ("former Prime Minister X"); the title had been a bare "Prime Minister"."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a unit named only by where it lies is one of many countries' (Sri Lanka's, Saudi
        # Arabia's, Zambia's, Rwanda's "Eastern Province"); a name that is more tells one
        ("Also present was Eastern Province Chief Secretary Ruwan Perera.",
         ("Ruwan Perera", "Chief Secretary", None, None)),
        ("Central Region Minister Kwame Mensah attended the talks.",
         ("Kwame Mensah", "Minister", None, None)),
        ("Western Cape Premier Alan Winde attended the talks.",
         ("Alan Winde", "Premier", "ZAF", None)),
        ("Punjab Finance Secretary Anil Kumar attended the talks.",
         ("Anil Kumar", "Finance Secretary", None, None)),
        ("Rift Valley Province Chief Secretary Abdi Hassan attended the talks.",
         ("Abdi Hassan", "Chief Secretary", None, None)),
        # a body named after a province still names the body its officer heads
        ("Bihar Industrial Development Authority Chairman Anil Kumar attended the talks.",
         ("Anil Kumar", "Chairman", "IND", "Bihar Industrial Development Authority")),
    ],
)  # fmt: skip
def test_a_state_or_province_before_an_office_is_no_organization(sentence: str, expected: tuple) -> None:
    """ "Western Province Chief Secretary X", "Punjab Chief Secretary Y": a first-level unit's
    name before any office of its own government is the unit's, of its country, no body the
    holder represents (the organization had been "Western Province"); a unit named by compass
    words alone tells no country (it had been the first country ISO 3166-2 lists one for)."""
    assert expected in [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lyonchhen Sonam Wangdi received the Thai envoy on Friday.",
         ("Sonam Wangdi", "Lyonchhen", "BTN", None)),
        ("Lyonpo Karma Dorji met the Thai envoy on Friday.",
         ("Karma Dorji", "Lyonpo", "BTN", None)),
        # after an office, the Bhutanese style is no part of the name; nor "Dasho" anywhere
        ("Home Minister Lyonpo Pema Wangchuk met the Thai envoy on Friday.",
         ("Pema Wangchuk", "Home Minister", "BTN", None)),
        ("Dasho Kinley Tshering, the cabinet secretary of Bhutan, met the Thai envoy on Friday.",
         ("Kinley Tshering", "cabinet secretary", "BTN", None)),
    ],
)  # fmt: skip
def test_bhutanese_styles_are_titles_or_honorifics_not_names(sentence: str, expected: tuple) -> None:
    """ "Lyonchhen X" (the prime minister) and "Lyonpo X" (a minister) are Bhutan's offices as
    written, and "Dasho", or "Lyonpo" after an office, an honorific; the style had been kept
    as the name's first word and the title lost."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # only Ghana has a unit named "Western North": it tells its country
        ("Western North Region Minister Kwabena Boateng toured the cocoa farms.",
         ("Kwabena Boateng", "Minister", "GHA", None)),
        # "Northern" (Ghana, Malawi, Zambia ...) and Cameroon's "North" are many countries'
        ("Northern Region Minister Yakubu Sulemana toured the cocoa farms.",
         ("Yakubu Sulemana", "Minister", None, None)),
        ("North Region Governor Midjiyawa Bakari toured the farms.",
         ("Midjiyawa Bakari", "Governor", None, None)),
    ],
)  # fmt: skip
def test_a_unit_named_by_compass_words_tells_its_country_only_when_unique(
    sentence: str, expected: tuple
) -> None:
    """A unit named only by where it lies tells no country when units of two countries share
    the directions ("Eastern", "Central Region", "North" and "Northern"), and keeps the one
    country whose unit alone is so named ("Western North": Ghana's had told none)."""
    assert expected in [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She met the Chairman of the Qatar Chamber of Commerce and Industry Khalid bin Nasser Al Thani.",
         ("Khalid bin Nasser Al Thani", "Chairman", "Qatar Chamber of Commerce and Industry")),
        ("He met the head of the Federation of Trade and Industry Ahmed al-Masri in Cairo.",
         ("Ahmed al-Masri", "head", "Federation of Trade and Industry")),
        # a body's own capitalized word after "and" stays in its name
        ("He met the head of the Chamber of Commerce and Industry of Kuwait Ali Hamad.",
         ("Ali Hamad", "head", "Chamber of Commerce and Industry of Kuwait")),
    ],
)  # fmt: skip
def test_a_name_with_particles_right_after_a_chambers_name_is_no_part_of_it(
    sentence: str, expected: tuple
) -> None:
    """A chamber's or a federation's "of" complement ends before a personal name whose second
    word is a name particle ("Industry | Faisal bin Abdullah Al Rowas", "al-Masri"): the given
    name had been kept as the body's last word and the person left without title or body."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He received Chairman of the Board of the Turkish company Kuzey & Deniz Murat Aydin on Friday.",
         ("Murat Aydin", "Chairman of the Board", "TUR", "Kuzey & Deniz")),
        ("He received the chairman of Harlow & Finch, Peter Grant, on Friday.",
         ("Peter Grant", "chairman", None, "Harlow & Finch")),
    ],
)  # fmt: skip
def test_an_ampersand_joins_the_name_of_the_officers_company(sentence: str, expected: tuple) -> None:
    """ "Chairman of the Russian company Wildberries & Russ Tatyana Kim": the ampersand between
    capitalized words joins one firm's name (it had ended the company at "Wildberries", and the
    officer had been "Russ Tatyana Kim", untitled)."""
    assert [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nippon Steel Corp. President Eiji Hashimoto toured the plant.",
         ("Eiji Hashimoto", "President", "Nippon Steel Corp")),
        ("Sumitomo & Co. chief executive Taro Yamada signed the deal.",
         ("Taro Yamada", "chief executive", "Sumitomo & Co")),
        ("They met Kestrel Holdings Ltd. CEO Anna Price in Lagos.",
         ("Anna Price", "CEO", "Kestrel Holdings Ltd")),
        # a company has no minister: the full stop still closes its name there
        ("The deal went to Kestrel Holdings Ltd. Trade Minister Anna Price said it was fair.",
         ("Anna Price", "Trade Minister", None)),
    ],
)  # fmt: skip
def test_a_company_whose_legal_form_is_abbreviated_with_a_stop_is_the_next_titles(
    sentence: str, expected: tuple
) -> None:
    """ "Toyota Motor Corp. President Koji Sato": the full stop of "Corp.", "Co.", "Ltd." is the
    abbreviation's, so the company before it is the officer's, as without the stop (the walk
    back had stopped at it, and the president represented no company and took the host's
    country)."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hanwa Marine Co., Ltd. President Kenji Mori toured the shipyard.",
         ("Kenji Mori", "President", "Hanwa Marine Co., Ltd")),
        ("Delta Rice Co. Ltd. chairman Tran Van Long signed the contract.",
         ("Tran Van Long", "chairman", "Delta Rice Co. Ltd")),
        ("Orient Paper Co., Ltd. Chief Executive Officer Li Wen met buyers in Perth.",
         ("Li Wen", "Chief Executive Officer", "Orient Paper Co., Ltd")),
        # a company has no minister: the stops still close its name there
        ("The order went to Hanwa Marine Co., Ltd. Trade Minister Anna Price said it was fair.",
         ("Anna Price", "Trade Minister", None)),
    ],
)  # fmt: skip
def test_a_company_with_a_double_legal_form_is_the_next_titles(sentence: str, expected: tuple) -> None:
    """ "Toyota Motor Thailand Co. Ltd. President X", "Co., Ltd.": a double legal form is one
    company's name; its stops had ended the walk back, and the president represented no
    company and took the host's country."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chief of Naval Staff Admiral Tariq Rana met the visiting envoy.",
         ("Tariq Rana", "Chief of Naval Staff", None)),
        ("Chief of Defence Forces Felix Odongo toured the base.",
         ("Felix Odongo", "Chief of Defence Forces", None)),
        ("The envoy called on Chief of Army Staff Joseph Mensah in Accra.",
         ("Joseph Mensah", "Chief of Army Staff", None)),
        # a body's word after the service: the service is part of the body's name
        ("President of Defence Force Veterans Association Tom Hill spoke first.",
         ("Tom Hill", "President", "Defence Force Veterans Association")),
    ],
)  # fmt: skip
def test_a_chiefs_armed_service_is_his_title_not_a_body(sentence: str, expected: tuple) -> None:
    """ "Chief of Army Staff X", "Chief of Defence Force General X": the service a chief heads,
    with no "the", is his office; it had been read as an organization that took the name's
    first words with it."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The envoy met President of the Federation of Nepalese Chambers of Commerce and Industry Ram Thapa.",
         ("Ram Thapa", "President", "Federation of Nepalese Chambers of Commerce and Industry")),
        ("The envoy met Chairman of the Federation of Ghanaian Chambers of Commerce Kofi Boateng.",
         ("Kofi Boateng", "Chairman", "Federation of Ghanaian Chambers of Commerce")),
        # one chamber, one "of": the body still ends before the name
        ("The envoy met President of the Accra Chamber of Commerce Kofi Boateng.",
         ("Kofi Boateng", "President", "Accra Chamber of Commerce")),
    ],
)  # fmt: skip
def test_a_federation_of_chambers_keeps_the_chambers_own_of(sentence: str, expected: tuple) -> None:
    """ "President of the Federation of Nepalese Chambers of Commerce and Industry X": the
    chambers a federation is of take their own "of"; the body had stopped at "Chambers" and
    the president, cut off from it, had lost his title."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Accra hosted the Speaker of the Nigerian House of Representatives Tajudeen Bello.",
         ("Tajudeen Bello", "Speaker of the House of Representatives", "NGA")),
        ("Doha received the Speaker of the Bahraini Council of Representatives Khalid Al Zayani.",
         ("Khalid Al Zayani", "Speaker of the Council of Representatives", "BHR")),
    ],
)  # fmt: skip
def test_a_demonym_before_a_chamber_of_members_is_the_speakers_country(
    sentence: str, expected: tuple
) -> None:
    """ "Speaker of the Jordanian House of Representatives X": the demonym tells the state of
    a chamber named by who sits in it, as before "National Assembly"; it had stayed in the
    title and the speaker taken the host's country."""
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The envoy called on Chief Justice Amara Deng in Juba.", ("Amara Deng", "Chief Justice")),
        ("The envoy called on the Chief Justice, Amara Deng, in Juba.", ("Amara Deng", "Chief Justice")),
        ("The envoy called on Deputy Chief Justice Amara Deng in Juba.",
         ("Amara Deng", "Deputy Chief Justice")),
        # a judge's style alone is no office
        ("The envoy called on Justice Amara Deng in Juba.", ("Amara Deng", None)),
    ],
)  # fmt: skip
def test_chief_justice_is_one_title(sentence: str, expected: tuple) -> None:
    """ "Chief Justice X": the head of the judiciary, one title; "Justice" had been read as the
    judge's style opening the name and the title left "Chief", or lost after a comma."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trade Minister Aroha Walker Smith MP met the delegation in Wellington.",
         ("Aroha Walker Smith", "Trade Minister", None)),
        ("Opposition Leader Daniel Okoro MP said the budget was weak.",
         ("Daniel Okoro", "Opposition Leader", None)),
    ],
)  # fmt: skip
def test_letters_after_a_titled_name_before_its_verb_are_no_title(sentence: str, expected: tuple) -> None:
    """ "Foreign Affairs Minister X Y MP met ...": "MP" after two name words and before the
    verb, with no commas, is letters after the name; it had been read as a title whose body was
    the name, and the person lost with the office before the name."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


def test_a_partys_seat_letters_before_a_verb_stay_a_title() -> None:
    """ "The Labour MP met ...": a party's word before "MP" names no person."""
    assert [t.title for t in find_titles("The Labour MP met the envoy.")] == ["MP", "envoy"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They met Speaker of the Mongolian State Great Khural Dashzegviin Amarbayasgalan.",
         ("Dashzegviin Amarbayasgalan", "Speaker of the State Great Khural", "MNG")),
        ("She met the Speaker of the Kenyan Parliament Moses Wetangula.",
         ("Moses Wetangula", "Speaker of the Parliament", "KEN")),
        # a demonym before a noun of its own, or a government, stays the title's
        ("He called on Raul Castro, leader of the Cuban revolution, on Monday.",
         ("Raul Castro", "leader of the Cuban revolution", None)),
        ("He met the President of the Spanish Government Pedro Sanchez in Rabat.",
         ("Pedro Sanchez", "President of the Spanish Government", "ESP")),
    ],
)  # fmt: skip
def test_a_demonym_before_a_states_chamber_in_the_title_is_its_country(
    sentence: str, expected: tuple
) -> None:
    """ "Speaker of the Korean National Assembly X": the demonym qualifying the state's own
    chamber tells the speaker's country and, as before a title, is no word of the title (it
    had stayed in the title and no country been read)."""
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Guests included Chile's Minister of Mining Rosa Pinto, Peru's Minister of Energy Hugo "
         "Vargas and Bolivia's Minister of Energy Ana Quispe.",
         ("Rosa Pinto", "Minister of Mining", "CHL")),
        ("Guests included Chilean Minister of Mining Rosa Pinto, Peruvian Minister of Energy Hugo "
         "Vargas and Bolivian Minister of Energy Ana Quispe.",
         ("Rosa Pinto", "Minister of Mining", "CHL")),
        ("Guests included Minister of Mining Rosa Pinto, Minister of Energy Hugo Vargas and "
         "Minister of Finance Ana Quispe.",
         ("Rosa Pinto", "Minister of Mining", None)),
        # look-alike: a name after the portfolio's comma is still the name
        ("Chile's Minister of State for Mining Policy, Rosa Pinto, arrived.",
         ("Rosa Pinto", "Minister of State for Mining Policy", "CHL")),
    ],
)  # fmt: skip
def test_a_country_or_office_after_a_listed_name_s_comma_opens_the_next_attendee(
    sentence: str, expected: tuple
) -> None:
    """A comma after a portfolio and a name sets the name off only when a name follows it; a
    country, a demonym or another office there opens the next person of a list ("Minister of
    Mining Rosa Pinto, Peru's Minister ...": the name had been read into the portfolio and the
    first attendee lost)."""
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Trade Minister Aroha North MP met the delegation in Wellington.", ["Aroha North"]),
        ("Senator Mary South said the budget was weak.", ["Mary South"]),
        # any letters after a name for a seat or an honour, in capitals: "TD", "KC"
        ("Minister of State Aoife West TD met the delegation in Dublin.", ["Aoife West"]),
        ("Senator Tom North KC said the ruling was weak.", ["Tom North"]),
        # look-alike: a compass word opening a region after a name stays no name word
        ("Senator Mary Kiplagat visited the West Bank on Monday.", ["Mary Kiplagat"]),
    ],
)  # fmt: skip
def test_a_compass_word_after_a_given_name_is_its_surname(sentence: str, names: list[str]) -> None:
    """ "British Minister Catherine West MP met ...": a capitalized compass word after a plain
    given name and before no capitalized word is the surname (the name had been cut to the given
    name); one that opens a region ("the West Bank") is none."""
    assert [p.name for p in find_people(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The delegation met Personal Representative Lina Haddad.",
         [("Lina Haddad", "Personal Representative", None)]),
        ("Personal Envoy Tomas Ruvalo arrived in Apia.", [("Tomas Ruvalo", "Personal Envoy", None)]),
        # a column's name before a lower-case noun is no office
        ("Personal Finance columnist Lina Haddad wrote.", [("Lina Haddad", None, None)]),
    ],
)  # fmt: skip
def test_personal_is_a_modifier_of_the_office(sentence: str, expected: list) -> None:
    """ "Personal Representative X": "Personal" ranks the office as "Special" does (the title
    had been "Representative" of an organization "Personal")."""
    assert [(p.name, p.title, p.organization) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ghana awarded the tender to Delta Rice Co. Ltd. President John Mahama welcomed the award.",
         ("John Mahama", "President", None)),
        ("Peru signed a supply deal with Orient Paper Co., Ltd. Chairman Luis Vega praised it.",
         ("Luis Vega", "Chairman", None)),
        # look-alike: the company heading the sentence is still the title's
        ("Delta Rice Co. Ltd. President Tran Van Long signed the contract.",
         ("Tran Van Long", "President", "Delta Rice Co. Ltd")),
    ],
)  # fmt: skip
def test_a_double_legal_form_after_a_preposition_ends_its_sentence(sentence: str, expected: tuple) -> None:
    """ "Kenya signed a contract with China Road and Bridge Co. Ltd. President William Ruto
    witnessed ...": a company that is the complement of a preposition ends its clause, and its
    stop the sentence; the title after it opens the next (the president had been the company's)."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


#: An office named before it is taken up ("-designate", "-elect") is still that office's title,
#: kept as written, on a one-word head, a many-word head and a portfolio before the head.
NOT_YET_IN_OFFICE = [
    (
        "Trade Minister-elect Sofia Novak of Slovenia met Austria's economy minister in Vienna.",
        ("Sofia Novak", "Trade Minister-elect", None),
    ),
    (
        "Peru's Prime Minister-designate Gustavo Adrianzen arrived in Lima on Sunday.",
        ("Gustavo Adrianzen", "Prime Minister-designate", "PER"),
    ),
    (
        "Kenya's Cabinet Secretary-designate for Mining Ali Joho toured the port yesterday.",
        ("Ali Joho", "Cabinet Secretary-designate for Mining", "KEN"),
    ),
    (
        "President-elect Claudia Sheinbaum received the visiting delegation.",
        ("Claudia Sheinbaum", "President-elect", None),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), NOT_YET_IN_OFFICE)
def test_a_designate_or_elect_office_is_the_title(sentence: str, expected: tuple) -> None:
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


#: An office only one country has gives its holder that country (lexicons/offices.tsv), alone or
#: joined to a second office, whatever the other side of the story and the place.
ONE_COUNTRY_OFFICES = [
    (
        "Tánaiste Helen McEntee held talks with French Foreign Minister Jean-Noël Barrot in Paris.",
        ("Helen McEntee", "Tánaiste", "IRL"),
    ),
    (
        "Tanaiste and Minister for Defence Simon Coveney spoke to reporters in Ottawa.",
        ("Simon Coveney", "Tanaiste and Minister for Defence", "IRL"),
    ),
    (
        "Chancellor of the Exchequer Rachel Reeves met Japan's finance minister in Tokyo.",
        ("Rachel Reeves", "Chancellor of the Exchequer", "GBR"),
    ),
    (
        "Chancellor of the Duchy of Lancaster Anna Price met Japanese officials in Tokyo.",
        ("Anna Price", "Chancellor of the Duchy of Lancaster", "GBR"),
    ),
    (
        "Yang di-Pertuan Agong Sultan Ahmad received the visiting Thai delegation in Bangkok.",
        ("Sultan Ahmad", "Yang di-Pertuan Agong", "MYS"),
    ),
    (
        "Premier of the State Council Zhou Min met the German chancellor in Berlin.",
        ("Zhou Min", "Premier of the State Council", "CHN"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ONE_COUNTRY_OFFICES)
def test_an_office_of_one_country_gives_its_holder_that_country(sentence: str, expected: tuple) -> None:
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He met the finance minister of Mali's transitional government, Alousseni Sanou, in Dakar.",
         ("Alousseni Sanou", "finance minister", "MLI")),
        ("She called the trade minister of Niger's interim cabinet, Seydou Asman, on Monday.",
         ("Seydou Asman", "trade minister", "NER")),
        ("He met the acting foreign minister of Chad's caretaker government, Amir Hassan Djibrine.",
         ("Amir Hassan Djibrine", "acting foreign minister", "TCD")),
    ],
)  # fmt: skip
def test_an_office_of_a_countrys_own_government_keeps_its_holder_after_the_comma(
    sentence: str, expected: tuple
) -> None:
    """ "the foreign minister of Afghanistan's caretaker government, X": the government the
    country's possessive owns is the office's, and closes the title as the country would, so
    the name after the comma is the holder's (the title had been lost, and "Amir" taken for it)."""
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


#: The suffix of an office not yet taken up, written as a word of its own ("Minister designate",
#: "President Elect"), is the hyphenated one: the title as written, the holder a person of it.
SPACED_NOT_YET_IN_OFFICE = [
    (
        "Finance Minister designate Irena Kos of Croatia arrived in Ljubljana on Sunday.",
        ("Irena Kos", "Finance Minister designate", None),
    ),
    (
        "Ghana's President elect John Mensah thanked the observers.",
        ("John Mensah", "President elect", "GHA"),
    ),
    (
        "Prime Minister Designate Tomas Ruiz of Peru met the envoys.",
        ("Tomas Ruiz", "Prime Minister Designate", None),
    ),
    (
        "Vice President Elect Laila Haddad toured the port.",
        ("Laila Haddad", "Vice President Elect", None),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SPACED_NOT_YET_IN_OFFICE)
def test_a_spaced_designate_or_elect_is_the_office(sentence: str, expected: tuple) -> None:
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


def test_elect_as_a_verb_after_a_body_is_no_suffix() -> None:
    """ "The council elect a new chair": "elect" is the verb, no office joined to "council"."""
    sentence = "Members of the council elect a new chairman, Omar Salah, every two years."
    assert all("elect" not in (p.title or "") for p in find_people(sentence))


#: Offices of the British crown that no other country has: the holder is British.
BRITISH_OFFICES = [
    (
        "Lord Chancellor Amira Patel met the Dutch justice minister.",
        ("Amira Patel", "Lord Chancellor", "GBR"),
    ),
    ("The Lord Privy Seal, Edwin Clarke, arrived in Oslo.", ("Edwin Clarke", "Lord Privy Seal", "GBR")),
    (
        "Paymaster General Fiona Grant opened the conference in Dublin.",
        ("Fiona Grant", "Paymaster General", "GBR"),
    ),
    (
        "Lord President of the Council Ian Moss received the envoy.",
        ("Ian Moss", "Lord President of the Council", "GBR"),
    ),
    ("Chief Cabinet Secretary Kenji Sato met the press.", ("Kenji Sato", "Chief Cabinet Secretary", "JPN")),
]


@pytest.mark.parametrize(("sentence", "expected"), BRITISH_OFFICES)
def test_an_office_of_one_crown_gives_its_country(sentence: str, expected: tuple) -> None:
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


def test_a_peer_styled_lord_stays_a_person() -> None:
    """ "Lord" opens two offices now; a peer by his style alone is still named as before."""
    found = [(p.name, p.title) for p in find_people("Lord Harwood met the Estonian trade minister.")]
    assert ("Lord Harwood", None) in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Energy Minister Lord Whitby met the Chilean mining minister.", ("Lord Whitby", "Energy Minister")),
        ("Foreign Office Minister Baroness Hale of Richmond met the envoy.", ("Baroness Hale", "Minister")),
        ("Lord Whitby, the Minister for Exports, met the envoy.", ("Lord Whitby", "Minister for Exports")),
        # before a full name the style stays a courtesy, dropped as before
        ("Energy Minister Lord Daniel Whitby met the envoy.", ("Daniel Whitby", "Energy Minister")),
    ],
)  # fmt: skip
def test_a_titled_peer_keeps_the_style_in_the_name(sentence: str, expected: tuple) -> None:
    """ "Trade Minister Lord X": a peer is named by his style and one name word, as an untitled
    "Lord X" is (the style had been dropped from a titled peer's name, leaving "X")."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


#: A plural head with its complement after "of" before a list of names: each name holds the
#: singular office, the complement as written.
PLURAL_OFFICES_OF = [
    (
        "Members of the Presidency Goran Kovac and Edin Hodzic received the envoy.",
        [("Goran Kovac", "Member of the Presidency"), ("Edin Hodzic", "Member of the Presidency")],
    ),
    (
        "The members of the Federal Council Anna Weber and Luca Rossi opened the fair.",
        [("Anna Weber", "member of the Federal Council"), ("Luca Rossi", "member of the Federal Council")],
    ),
    (
        "Ministers of Foreign Affairs Petra Novak and Jan Horak signed the protocol.",
        [("Petra Novak", "Minister of Foreign Affairs"), ("Jan Horak", "Minister of Foreign Affairs")],
    ),
    (
        "Senators Maria Lopes and Tiago Reis met the delegation.",
        [("Maria Lopes", "Senator"), ("Tiago Reis", "Senator")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PLURAL_OFFICES_OF)
def test_a_plural_office_of_a_body_titles_each_name(sentence: str, expected: list[tuple]) -> None:
    found = [(p.name, p.title) for p in find_people(sentence)]
    assert all(pair in found for pair in expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Danish and Norwegian ministers of fisheries, Lars Holm and Kari Berg, met in Bergen.",
         [("Lars Holm", "minister of fisheries", "DNK"), ("Kari Berg", "minister of fisheries", "NOR")]),
        ("The ministers of trade and industry of Kenya and Tanzania, Amos Kibet and Neema Mushi, spoke.",
         [("Amos Kibet", "minister of trade and industry", "KEN"),
          ("Neema Mushi", "minister of trade and industry", "TZA")]),
        # (a lower-case complement of no portfolio titles no one)
        ("The Danish and Norwegian ministers of the day, Lars Holm and Kari Berg, met in Bergen.",
         [("Lars Holm", None, None), ("Kari Berg", None, None)]),
    ],
)  # fmt: skip
def test_a_plural_head_with_a_portfolio_in_lower_case_titles_each_name(sentence: str, expected: list) -> None:
    """ "The Czech and Slovak ministers of transport, X and Y", "the ministers of agriculture of
    Poland and Ukraine, X and Y": a portfolio in lower case after a plural head's "of" is the
    complement of each name's office, and the countries before are theirs in order (the
    names had had no title, and the demonyms none of the two)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


def test_members_without_a_complement_title_no_one() -> None:
    """ "members X and Y" names no office: the names stay untitled."""
    found = [(p.name, p.title) for p in find_people("Party members Maria Lopes and Tiago Reis spoke.")]
    assert ("Tiago Reis", None) in found


#: A lower-case body with its own complement ("of the chamber of commerce") ends the title at
#: the comma before the holder's name.
LOWER_CASE_BODY_COMPLEMENTS = [
    (
        "He met the head of the chamber of commerce, Tomas Varga, on Friday.",
        ("Tomas Varga", "head of the chamber of commerce"),
    ),
    (
        "Also present was the chairman of the chamber of commerce and industry, Ruth Abebe.",
        ("Ruth Abebe", "chairman of the chamber of commerce and industry"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), LOWER_CASE_BODY_COMPLEMENTS)
def test_a_lower_case_body_keeps_its_complement(sentence: str, expected: tuple) -> None:
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks were held in the presence of the Chief Executive Officer of the Petronas group, "
         "Ali Rahman, on Monday.", ("Ali Rahman", "Chief Executive Officer", "Petronas")),
        ("He also met the chairman of the Adani company, Rajesh Mehta, in Delhi.",
         ("Rajesh Mehta", "chairman", "Adani")),
    ],
)  # fmt: skip
def test_a_firm_named_before_its_noun_in_lower_case_is_the_officers_body(
    sentence: str, expected: tuple
) -> None:
    """ "the Chief Executive Officer of the Petronas group, Ali Rahman": the name before the
    firm's noun in lower case is the body he heads (the title had been lost, and the firm)."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]
    assert [
        p.organization for p in find_people("He met the head of the Kenyan company, John Doe, today.")
    ] == [None]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Ambassador-at-Large", "Wanjiru Kamau"),
        ("Lord Mayor", "Peter Kariuki"),
        ("Minister Counsellor", "Grace Achieng"),
        ("Minister without Portfolio", "Otieno Odhiambo"),
    ],
)
def test_offices_of_several_words_are_whole_titles(title: str, name: str) -> None:
    """ "Ambassador-at-Large X" had had no title, "Lord Mayor X" was a mayor, and "Minister
    Counsellor X" and "Minister without Portfolio X" named no one at the meeting."""
    text = f"NAIROBI - Kenyan {title} {name} met Ugandan Foreign Minister Jeje Odongo in Nairobi on Monday."
    found = extract_document(text, date(2025, 3, 14), "Nairobi")
    people = [(p.name, p.title, p.country_iso3) for e in found.engagements for p in e.participants]
    assert (name, title, "KEN") in people


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The minister received Ana Ruiz, Director General at the Ministry of Industry of Ecuador.",
            ("Ana Ruiz", "Director General at the Ministry of Industry", "ECU", None),
        ),
        (
            "The minister received Ana Ruiz, an adviser at the Ministry of Industry of Ecuador.",
            ("Ana Ruiz", "adviser at the Ministry of Industry", "ECU", None),
        ),
    ],
)
def test_the_country_of_a_ministry_served_is_the_officers(sentence: str, expected: tuple) -> None:
    """ "X, an adviser at the Ministry of Industry of Ecuador": the ministry's country is X's, and
    an office at a ministry keeps its title after "an" (X had had no country, and "an adviser"
    no title; in an engagement the country had gone to the other side)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "He met Special Envoy of the President of Mongolia Bat-Erdene Dorj in Bishkek.",
            ("Bat-Erdene Dorj", "Special Envoy of the President", "MNG", None),
        ),
        (
            "He met Special Representative of the Prime Minister of Laos Somsak Inthavong.",
            ("Somsak Inthavong", "Special Representative of the Prime Minister", "LAO", None),
        ),
        (
            "He met Chief of Staff to the President of Ecuador Ana Ruiz.",
            ("Ana Ruiz", "Chief of Staff to the President", "ECU", None),
        ),
    ],
)
def test_an_envoy_or_aide_of_an_office_holds_it_in_the_title(sentence: str, expected: tuple) -> None:
    """ "Special Envoy of the President of Mongolia X", "Chief of Staff to the President of Ecuador
    X": the office sends or is served, X is the envoy or aide, and the principal is part of the
    title (X had been titled "President": a head of state recorded for an envoy)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the principal's country after its own article
        ("He met Special Envoy of the President of the Kyrgyz Republic Taalatbek Masadykov in Dushanbe.",
         [("Taalatbek Masadykov", "Special Envoy of the President", "KGZ", None)]),
        # the principal's office by its country's demonym, after "the"
        ("He met the Special Representative of the Belarusian President Marat Tulegenov in Baku.",
         [("Marat Tulegenov", "Special Representative of the President", "BLR", None)]),
        # the envoy's brief after whom he speaks for
        ("He met Special Envoy of the President of Turkey for Syria Ahmet Korkmaz in Doha.",
         [("Ahmet Korkmaz", "Special Envoy of the President for Syria", "TUR", None)]),
        ("He met the Special Envoy of the Turkish President for the Caucasus Ahmet Korkmaz.",
         [("Ahmet Korkmaz", "Special Envoy of the President for the Caucasus", "TUR", None)]),
        ("He met the Special Representative of the Japanese Government on Arctic Affairs Kenji Mori.",
         [("Kenji Mori", "Special Representative of the Japanese Government on Arctic Affairs", "JPN",
           None)]),
        # near misses: the known holder's name, and a principal without the article, are the principal's
        ("He met the Special Envoy of the Turkish President Recep Tayyip Erdogan, Ibrahim Kalin.",
         [("Recep Tayyip Erdogan", "President", "TUR", None),
          ("Ibrahim Kalin", "Special Envoy", "TUR", None)]),
        ("He met the special envoy of Belarusian President Alexander Lukashenko, Igor Petrishenko.",
         [("Alexander Lukashenko", "President", "BLR", None),
          ("Igor Petrishenko", "special envoy", "BLR", None)]),
        # and the principal's name in commas after his country
        ("He met the Special Envoy of the President of the Kyrgyz Republic, Sadyr Japarov, Minister "
         "Taalatbek Masadykov.",
         [("Sadyr Japarov", "President", "KGZ", None), ("Taalatbek Masadykov", "Minister", "KGZ", None)]),
    ],
)  # fmt: skip
def test_an_envoy_of_a_principal_told_by_office_holds_it_in_the_title(sentence: str, expected: list) -> None:
    """ "Special Envoy of the President of the Russian Federation X", "Special Envoy of the Russian
    President X", "... of the President of Russia for Central Asia X": X is the envoy, and the
    principal and the brief are his title's (X had been titled "President", or had no title)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == expected


def test_a_charge_d_affaires_ad_interim_keeps_the_title() -> None:
    """ "the Chargé d'Affaires ad interim of Japan X": the whole title, and its country (it had
    been lost, and X left with no country)."""
    found = [
        (p.name, p.title, p.country_iso3)
        for p in find_people("He met the Chargé d'Affaires ad interim of Japan Kenji Sato in Suva.")
    ]
    assert found == [("Kenji Sato", "Chargé d'Affaires ad interim", "JPN")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Croatia's Minister for EU Affairs Ana Horvat met him.",
            ("Ana Horvat", "Minister for EU Affairs", "HRV"),
        ),
        (
            "He met Secretary for ASEAN Affairs Maria Cruz.",
            ("Maria Cruz", "Secretary for ASEAN Affairs", None),
        ),
    ],
)
def test_a_blocs_affairs_are_a_portfolio(sentence: str, expected: tuple) -> None:
    """ "Minister for EU Affairs X": the bloc's affairs are the minister's portfolio, no body he is
    of (the title had stopped at "Minister", with the EU as his organization and "Affairs" in his
    name)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == [expected]


#: A portfolio written as an acronym ("ICT", "MSME", "LNG") is the minister's, after the head or
#: before it, as a portfolio word is; a bloc's affairs after "of" too. An acronym that opens a
#: company's or a bank's name still names that body.
PORTFOLIO_ACRONYMS = [
    ("Malawian Minister of ICT Chikondi Banda toured the data centre on Monday.",
     ("Chikondi Banda", "Minister of ICT", "MWI", None)),
    ("Minister for Mining and LNG Ravu Temu met the investors in Lae.",
     ("Ravu Temu", "Minister for Mining and LNG", None, None)),
    ("Tanzanian ICT Minister Asha Mrema opened the exhibition.",
     ("Asha Mrema", "ICT Minister", "TZA", None)),
    ("Kenyan MSME Cabinet Secretary Wanjiku Mwangi opened the exhibition.",
     ("Wanjiku Mwangi", "MSME Cabinet Secretary", "KEN", None)),
    ("Minister of MSME Development Kwabena Osei addressed the forum.",
     ("Kwabena Osei", "Minister of MSME Development", None, None)),
    ("Liberian Minister of ECOWAS Affairs Musa Kollie addressed the forum.",
     ("Musa Kollie", "Minister of ECOWAS Affairs", "LBR", None)),
    # "IT", an English word lower-cased, only as written in capitals
    ("Bangladeshi IT Minister Rafiq Hasan opened the software park.",
     ("Rafiq Hasan", "IT Minister", "BGD", None)),
    ("Minister of IT Nimal Perera opened the software park.",
     ("Nimal Perera", "Minister of IT", None, None)),
    ("It was Minister Nimal Perera who opened the software park.",
     ("Nimal Perera", "Minister", None, None)),
    # near misses: an acronym opening a body's name, before or after the head
    ("The SME Bank chairman Tunde Bakare addressed the forum.",
     ("Tunde Bakare", "chairman", None, "SME Bank")),
    ("Chairman of ICT Holdings Tunde Bakare addressed the forum.",
     ("Tunde Bakare", "Chairman", None, "ICT Holdings")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), PORTFOLIO_ACRONYMS)
def test_a_portfolio_written_as_an_acronym_is_the_titles(sentence: str, expected: tuple) -> None:
    """ "Minister of ICT X", "ICT Cabinet Secretary X", "Minister for Petroleum and LNG X": the
    acronym is the portfolio, no organization (the title had stopped at the head, with the
    acronym, or the demonym and the acronym, as a body the minister represents)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == [expected]
    if expected[3] is None:
        assert find_organizations(sentence) == []


#: A nation of the United Kingdom right before a bare "Secretary" is the secretary of state's
#: portfolio, also after the country; with a portfolio between, it stays the country.
NATIONS_OF_SECRETARIES = [
    ("British Scotland Secretary Douglas Fraser met the Norwegian fisheries minister in Oslo.",
     ("Douglas Fraser", "Scotland Secretary", "GBR", None)),
    ("Welsh Secretary Gareth Price opened the port terminal on Friday.",
     ("Gareth Price", "Welsh Secretary", "GBR", None)),
    ("The UK's Northern Ireland Secretary, Ruth Kerr, arrived in Washington.",
     ("Ruth Kerr", "Northern Ireland Secretary", "GBR", None)),
    # near misses: a portfolio between them, or a head of the nation's own government
    ("Scottish Economy Secretary Morag Hunter visited the trade show.",
     ("Morag Hunter", "Economy Secretary", "GBR", None)),
    ("Welsh First Minister Gareth Price opened the port terminal on Friday.",
     ("Gareth Price", "First Minister", "GBR", None)),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), NATIONS_OF_SECRETARIES)
def test_a_nation_of_the_uk_before_secretary_is_the_portfolio(sentence: str, expected: tuple) -> None:
    """ "Northern Ireland Secretary X", "Welsh Secretary Y": the Secretary of State for that
    nation (the title had been a bare "Secretary", and after "British" the two words an
    organization "British Northern Ireland")."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == [expected]
    assert find_organizations(sentence) == []


def test_the_most_honourable_is_a_style_before_the_name() -> None:
    """ "Prime Minister the Most Hon. X" (Jamaica's style): the title is X's, "Most Hon" no name
    (the title had been lost)."""
    found = [
        (p.name, p.title)
        for p in find_people("Prime Minister the Most Hon. Andrew Holness met the envoy in Kingston.")
    ]
    assert found == [("Andrew Holness", "Prime Minister")]


#: "Law" is a portfolio right before its head ("Law Minister", "Law Adviser", and first in a
#: list of them), and after "of" before a name of several words; a Cantonese surname "Law"
#: after a complement or alone stays the name's.
LAW_PORTFOLIOS = [
    ("Law Minister Karim Haider Shah received the Dutch envoy on Monday.",
     ("Karim Haider Shah", "Law Minister", None)),
    ("The Swiss envoy called on Law Adviser Rezaul Hasan on Sunday.",
     ("Rezaul Hasan", "Law Adviser", None)),
    ("The Swiss envoy called on Union Law Minister Vikram Das on Sunday.",
     ("Vikram Das", "Union Law Minister", None)),
    ("The envoy met Law, Justice and Parliamentary Affairs Minister Rezaul Hasan.",
     ("Rezaul Hasan", "Law, Justice and Parliamentary Affairs Minister", None)),
    ("Minister of Law Karim Haider Shah received the Dutch envoy on Monday.",
     ("Karim Haider Shah", "Minister of Law", None)),
    # near misses: a surname "Law" after the complement, or alone
    ("Secretary for Security Law Wing-kei received the Dutch envoy on Monday.",
     ("Law Wing-kei", "Secretary for Security", None)),
    ("Secretary for Labour and Welfare Law Ka-ming received the Dutch envoy on Monday.",
     ("Law Ka-ming", "Secretary for Labour and Welfare", None)),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), LAW_PORTFOLIOS)
def test_law_before_a_head_is_the_portfolio(sentence: str, expected: tuple) -> None:
    """ "Law Minister X": the title is the law minister's, no body "Law" he represents (the title
    had been a bare "Minister" and "Law" an organization)."""
    found = [(p.name, p.title, p.organization) for p in find_people(sentence)]
    assert found == [expected]
    assert find_organizations(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Reserve Bank of Malawi Governor Wilson Banda toured the plant on Monday.",
         [("Wilson Banda", "Governor", "MWI", "Reserve Bank of Malawi")]),
        ("State Bank of Vietnam Deputy Governor Pham Thanh Ha met the delegation.",
         [("Pham Thanh Ha", "Deputy Governor", "VNM", "State Bank of Vietnam")]),
        ("Bank of Korea Governor Rhee Chang-yong met the delegation.",
         [("Rhee Chang-yong", "Governor", "KOR", "Bank of Korea")]),
        # a bank whose name holds a small word of another language, up to its head
        ("Bangko Sentral ng Pilipinas Governor Ramon Tolentino met the delegation.",
         [("Ramon Tolentino", "Governor", "PHL", "Bangko Sentral ng Pilipinas")]),
        ("Banco Central do Brasil President Rui Bastos met the delegation.",
         [("Rui Bastos", "President", "BRA", "Banco Central do Brasil")]),
        # near misses: a country alone before the office, a "bank" that names no body
        ("Malawi Governor Wilson Banda met the delegation.", [("Wilson Banda", "Governor", "MWI", None)]),
        ("The bank of Malawi Governor Wilson Banda met the delegation.",
         [("Wilson Banda", "Governor", "MWI", None)]),
    ],
)  # fmt: skip
def test_a_bank_named_for_its_country_before_an_office_is_the_officers(sentence: str, expected: list) -> None:
    """ "Reserve Bank of India Governor Shaktikanta Das": the run before the office had stopped
    at "of", so "India" was the governor's country and the bank lost; "Bangko Sentral ng
    Pilipinas Governor X" had stopped at "ng", and "Bangko Sentral" been a person."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == expected


#: A department's acronym before the dotted "Sec." or "Usec." of Philippine copy is the
#: official's own department, as before "Secretary": part of the title, no side of its own.
DEPARTMENT_ACRONYM_DOTTED = [
    ("The Korean delegation met DFA Sec. Lorna Dizon on Monday.", [("Lorna Dizon", "DFA Sec.", None)], []),
    ("The delegation called on Philippine DTI Sec. Ramon Ocampo in Makati.",
     [("Ramon Ocampo", "DTI Sec.", None)], []),
    ("DOE Usec. Carla Tamayo received the Danish energy mission.", [("Carla Tamayo", "DOE Usec.", None)], []),
    # near misses: a body of many states keeps its officer; a bare "Sec." stays the title
    ("They met ASEAN Sec. Tomas Aquino on Monday.", [("Tomas Aquino", "Sec.", "ASEAN")], []),
    ("Sec. Lorna Dizon received the Danish energy mission.", [("Lorna Dizon", "Sec.", None)], []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected", "bodies"), DEPARTMENT_ACRONYM_DOTTED)
def test_a_department_acronym_before_a_dotted_secretary_is_the_title(
    sentence: str, expected: list, bodies: list
) -> None:
    """ "DFA Sec. X" is "DFA Secretary X": the title had been a bare "Sec." and the department
    an organization taking part as a side."""
    assert [(p.name, p.title, p.organization) for p in find_people(sentence)] == expected
    assert [o.name for o in find_organizations(sentence)] == bodies


#: "Sec." (and "Amb.") after a complete office that is no department's styles a cabinet-rank
#: official as Philippine copy writes it: the office before it is the title and the name after it
#: is kept.
STYLED_SECRETARY_AFTER_OFFICE = [
    ("They met National Security Adviser Sec. Ramon Dizon on Monday.",
     [("Ramon Dizon", "National Security Adviser")]),
    ("They met Special Assistant to the President Sec. Lara Ocampo on Monday.",
     [("Lara Ocampo", "Special Assistant to the President")]),
    ("They met Secretary of Foreign Affairs Sec. Tomas Aquino on Monday.",
     [("Tomas Aquino", "Secretary of Foreign Affairs")]),
    ("They met Chief Presidential Adviser Amb. Lara Ocampo on Monday.",
     [("Lara Ocampo", "Chief Presidential Adviser")]),
    # near misses: a portfolio before "Sec." makes it the office; "Sec." alone is the title
    ("They met Energy Sec. Ramon Dizon on Monday.", [("Ramon Dizon", "Energy Sec.")]),
    ("They met Executive Sec. Ramon Dizon on Monday.", [("Ramon Dizon", "Executive Sec.")]),
    ("They met Trade and Industry Sec. Ramon Dizon on Monday.", [("Ramon Dizon", "Trade and Industry Sec.")]),
    ("Sec. Ramon Dizon received the delegation.", [("Ramon Dizon", "Sec.")]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), STYLED_SECRETARY_AFTER_OFFICE)
def test_a_dotted_secretary_after_a_complete_office_styles_the_name(sentence: str, expected: list) -> None:
    """ "National Security Adviser Sec. X": the adviser's office is the title ("Sec." had been
    it); "Special Assistant to the President Sec. X": the complement had taken "Sec" as a word of
    its body, and X been left with no title."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


#: "the Ambassador of Japan to Kenya and Somalia, X": one envoy accredited to several countries,
#: listed with "and" or commas after "to", keeps the office and the sending country.
ENVOY_POSTED_TO_SEVERAL = [
    ("The minister received the Ambassador of Peru to Ghana and Togo, Rosa Quispe, on Monday.",
     [("Rosa Quispe", "Ambassador to Ghana and Togo", "PER")]),
    ("The minister received the Ambassador of Peru to Ghana, Togo and Benin, Rosa Quispe, on Monday.",
     [("Rosa Quispe", "Ambassador to Ghana, Togo and Benin", "PER")]),
    # near misses: one posting before the name; a country's possessive after "and" opens another
    ("The minister received the Ambassador of Peru to Ghana, Rosa Quispe, on Monday.",
     [("Rosa Quispe", "Ambassador to Ghana", "PER")]),
    ("The minister met the Ambassador of Peru to Ghana and Togo's envoy Kodjo Agbeyome.",
     [("Kodjo Agbeyome", "envoy", "TGO")]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), ENVOY_POSTED_TO_SEVERAL)
def test_an_envoy_posted_to_several_countries_keeps_his_office(sentence: str, expected: list) -> None:
    """ "Ambassador of Peru to Ghana and Togo, X": the posting had stopped at the first country,
    so X had no title or country, and in the meeting was given the host's."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chairman of the State Great Khural (Parliament) G.Zandanshatar received the Korean envoy.",
         ("G.Zandanshatar", "Chairman of the State Great Khural (Parliament)")),
        ("Speaker of the Jogorku Kenesh (Parliament) N.Turgunbek received the Turkish delegation.",
         ("N.Turgunbek", "Speaker of the Jogorku Kenesh (Parliament)")),
        ("Minister of Food and Agriculture (Acting) Ts.Batbayar met the Japanese ambassador.",
         ("Ts.Batbayar", "Minister of Food and Agriculture (Acting)")),
        # look-alike: a full name after the brackets, as before
        ("Chairman of the State Great Khural (Parliament) Gombojav Zandanshatar received the envoy.",
         ("Gombojav Zandanshatar", "Chairman of the State Great Khural (Parliament)")),
    ],
)  # fmt: skip
def test_a_desk_in_brackets_before_an_initialled_name_is_the_titles(sentence: str, expected: tuple) -> None:
    """ "Chairman of the State Great Khural (Parliament) D.Amarbayasgalan": a name of one initial
    set against one word (Montsame's style) after the bracketed words closes the title as a
    name of two words does (the title had been lost). An acronym there is still the body's."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]
    acronym = find_people("President of the Chamber of Commerce (MNCCI) O.Amgalanbaatar met the envoy.")
    assert [(p.name, p.title, p.organization) for p in acronym] == [
        ("O.Amgalanbaatar", "President", "Chamber of Commerce (MNCCI)")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He met Polish Minister of State Assets Jakub Nowicki in Seoul.",
         ("Jakub Nowicki", "Minister of State Assets", "POL")),
        ("He met the Minister of State Assets, Olena Kovalenko, in Kyiv.",
         ("Olena Kovalenko", "Minister of State Assets", None)),
        ("Vietnamese Minister of State Security Tran Quoc Hung met the delegation.",
         ("Tran Quoc Hung", "Minister of State Security", "VNM")),
        ("He met Minister of State Revenue Amina Yusuf in Abuja.",
         ("Amina Yusuf", "Minister of State Revenue", None)),
        # look-alikes: "Minister of State" before a name, before "for", set off by a comma
        ("He met Minister of State Greg Hanley in London.", ("Greg Hanley", "Minister of State", None)),
        ("He met Secretary of State Mark Ruben in Washington.", ("Mark Ruben", "Secretary of State", None)),
        ("He met Minister of State for Trade Amina Yusuf in Abuja.",
         ("Amina Yusuf", "Minister of State for Trade", None)),
        ("He met Minister of State, Minister of Energy Amina Yusuf in Abuja.",
         ("Amina Yusuf", "Minister of State, Minister of Energy", None)),
    ],
)  # fmt: skip
def test_a_portfolio_opening_on_state_follows_a_minister(sentence: str, expected: tuple) -> None:
    """ "Minister of State Assets X", "Minister of State Security Y": a portfolio word after
    "Minister of State" makes "State" the portfolio's first word (the head had been "Minister of
    State" and the portfolio word the first of the name: "Assets Jakub Jaworowski")."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)][:1] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le Hoai Trung, executive vice foreign minister, met the Chilean envoy in Hanoi.",
         ("Le Hoai Trung", "executive vice foreign minister")),
        ("Kim Hong-kyun, senior vice trade minister, met the Chilean envoy in Seoul.",
         ("Kim Hong-kyun", "senior vice trade minister")),
        ("The talks were led by Ana Ruiz, permanent deputy finance minister, and the envoy.",
         ("Ana Ruiz", "permanent deputy finance minister")),
        # as before: a rank right before its head, a lower-case office with no rank
        ("Le Hoai Trung, vice foreign minister, met the Chilean envoy in Hanoi.",
         ("Le Hoai Trung", "vice foreign minister")),
        ("Le Hoai Trung, executive director, met the Chilean envoy in Hanoi.",
         ("Le Hoai Trung", "executive director")),
    ],
)  # fmt: skip
def test_a_lower_case_rank_before_a_ranked_office_is_the_titles(sentence: str, expected: tuple) -> None:
    """ "X, executive vice foreign minister, met ...": a rank in lower case before an office that
    opens on a rank of its own ("vice foreign minister") ranks that office, as before a head
    ("executive director"); the title had been lost."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Governor of the Bank of Uganda Michael Atingi-Ego met the delegation.",
         [("Michael Atingi-Ego", "Governor of the Bank of Uganda", "UGA", None)]),
        ("Governor of the State Bank of Pakistan Jameel Ahmad met the delegation.",
         [("Jameel Ahmad", "Governor of the State Bank of Pakistan", "PAK", None)]),
        ("Rania Fahmy, Chairwoman of the National Bank of Egypt, met the delegation.",
         [("Rania Fahmy", "Chairwoman of the National Bank of Egypt", "EGY", None)]),
        ("The deal was signed by the Chairman of the Development Bank of Rwanda, Kampeta Sayinzoga.",
         [("Kampeta Sayinzoga", "Chairman of the Development Bank of Rwanda", "RWA", None)]),
        # look-alikes: a portfolio, then the country; no bank right after the head
        ("Minister of Finance of Ghana Kwame Mensah met the delegation.",
         [("Kwame Mensah", "Minister of Finance", "GHA", None)]),
        ("Minister of Foreign Affairs of Nepal Arzu Deuba met the delegation.",
         [("Arzu Deuba", "Minister of Foreign Affairs", "NPL", None)]),
    ],
)  # fmt: skip
def test_a_bank_named_for_its_country_after_an_office_stays_in_the_title(
    sentence: str, expected: list
) -> None:
    """ "Governor of the People's Bank of China X": the bank named for its country after the
    head's "of the" is kept whole in the title, the country its name's last word (the title had
    been cut at the country: "Governor of the People's Bank")."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nguyen Hoa Binh, a member of the Political Bureau of the Communist Party of Vietnam Central "
         "Committee, met Chilean President Gabriel Boric.",
         ("Nguyen Hoa Binh", "member of the Political Bureau of the Communist Party Central Committee",
          "VNM")),
        ("Li Qiang, a member of the Standing Committee of the Political Bureau of the Communist Party of "
         "China (CPC) Central Committee, met the envoy.",
         ("Li Qiang", "member of the Standing Committee of the Political Bureau of the Communist Party "
          "Central Committee", "CHN")),
        # look-alikes: a party's rank and file, a former office of a country: descriptions
        ("Ana Ruiz, a member of the Communist Party of Peru, met Chilean President Gabriel Boric.",
         ("Ana Ruiz", None, None)),
        ("Ana Ruiz, a former minister of Peru, met Chilean President Gabriel Boric.",
         ("Ana Ruiz", None, None)),
    ],
)  # fmt: skip
def test_a_party_organ_named_with_its_country_after_a_is_an_office(sentence: str, expected: tuple) -> None:
    """ "X, a member of the Political Bureau of the Communist Party of China Central Committee,":
    a seat on a ruling party's organ after "a" is an office, though the party's name gives it a
    country (the title had been lost, taken for a description such as "a former minister of
    Peru"; "of the CPC Central Committee" had been read)."""
    assert next((p.name, p.title, p.country_iso3) for p in find_people(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tran Cam Tu, a member of the Political Bureau of the CPV Central Committee and Vietnamese deputy "
         "prime minister, met the envoy.",
         ("Tran Cam Tu", "member of the Political Bureau of the CPV Central Committee and deputy prime "
          "minister", "VNM")),
        ("Tran Cam Tu, member of the Political Bureau of the CPV Central Committee and Vietnamese Deputy "
         "Prime Minister, met the envoy.",
         ("Tran Cam Tu", "member of the Political Bureau of the CPV Central Committee and Deputy Prime "
          "Minister", "VNM")),
        ("Ana Ruiz, Minister of Trade and Peruvian envoy to the WTO, met him.",
         ("Ana Ruiz", "Minister of Trade and envoy to the WTO", "PER")),
        # look-alike: a name after the second office: another person holds it
        ("Minister of Finance and Vietnamese Deputy Prime Minister Tran Cam Tu met the envoy.",
         ("Tran Cam Tu", "Deputy Prime Minister", "VNM")),
    ],
)  # fmt: skip
def test_a_second_office_after_and_a_demonym_is_the_holders(sentence: str, expected: tuple) -> None:
    """ "X, a member of the Political Bureau of the CPC Central Committee and Chinese vice premier,
    met ...": an office after "and" and the holder's demonym, with no name after it, is the
    holder's second office (it had been dropped), the demonym its country."""
    assert next((p.name, p.title, p.country_iso3) for p in find_people(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kenyan central bank governor Kamau Thugge met the delegation.",
         [("Kamau Thugge", "central bank governor", "KEN", None)]),
        ("Peruvian central bank Governor Julio Velarde met the delegation.",
         [("Julio Velarde", "central bank Governor", "PER", None)]),
        ("Chile's central bank chief Rosanna Costa met the delegation.",
         [("Rosanna Costa", "central bank chief", "CHL", None)]),
        ("Ugandan parliament speaker Jacob Oulanyah met the delegation.",
         [("Jacob Oulanyah", "parliament speaker", "UGA", None)]),
        ("Nigeria's senate president Godswill Akpabio met the delegation.",
         [("Godswill Akpabio", "senate president", "NGA", None)]),
        # near misses: no country before the body, or the body is the event's
        ("The central bank governor Kamau Thugge met the delegation.",
         [("Kamau Thugge", "governor", None, None)]),
        ("He was a speaker at the Kenyan parliament on Monday.", []),
    ],
)  # fmt: skip
def test_a_state_body_in_lower_case_before_the_head_is_the_offices(sentence: str, expected: list) -> None:
    """ "Russian central bank governor X", "Ukrainian parliament speaker Y": the body written in
    lower case between the country and the head is part of the office as written (the title had
    been the bare "governor", and "parliament speaker" no title at all)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Governor of Kenya's Central Bank Kamau Thugge met the delegation.",
         [("Kamau Thugge", "Governor of Central Bank", "KEN", None)]),
        ("Governor of Peru's Central Reserve Bank, Julio Velarde, met the delegation.",
         [("Julio Velarde", "Governor of Central Reserve Bank", "PER", None)]),
        ("Secretary of Armenia's National Security Council Armen Grigoryan met the delegation.",
         [("Armen Grigoryan", "Secretary of National Security Council", "ARM", None)]),
        # near misses: a company's own name before the name is still its organization
        ("CEO of Poland's PKO Bank Polski Szymon Midera met the delegation.",
         [("Szymon Midera", "CEO", "POL", "PKO Bank Polski")]),
    ],
)  # fmt: skip
def test_a_state_body_after_the_countrys_possessive_is_the_offices(sentence: str, expected: list) -> None:
    """ "Governor of Iran's Central Bank X", "Secretary of Iran's Supreme National Security Council
    Y": the country's own body is the office's, written without the country, as "Speaker of Iran's
    Parliament" is (the body had run into the name as an organization "Bank X", or the title been
    a bare "Secretary")."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kenyan Speaker Moses Kamau met the Storting (parliament) President Ingrid Berg in Oslo.",
         [("Moses Kamau", "Speaker", "KEN"), ("Ingrid Berg", "Storting President", "NOR")]),
        ("Croatian Sabor (parliament) Speaker Ivan Horvat met him in Zagreb.",
         [("Ivan Horvat", "Sabor Speaker", "HRV")]),
        ("He met the Loya Jirga (grand assembly) chairman Abdul Karim Noori in Kabul.",
         [("Abdul Karim Noori", "Loya Jirga chairman", None)]),
        ("Estonian Riigikogu (lower house) Speaker Lauri Tamm met Latvian Saeima Speaker Daiga Ozola.",
         [("Lauri Tamm", "Riigikogu Speaker", "EST"), ("Daiga Ozola", "Saeima Speaker", "LVA")]),
        # near misses: an acronym in brackets, a gloss of function words, a note after a name
        ("The Ghana Cocoa Board (COCOBOD) Chief Executive Joseph Aidoo met him.",
         [("Joseph Aidoo", "Chief Executive", "GHA")]),
        ("Talks were held in Astana (the capital) with President Aliya Nurova.",
         [("Aliya Nurova", "President", None)]),
        ("Kenyan Speaker Moses Kamau met Ingrid Berg (pictured) in Oslo.",
         [("Moses Kamau", "Speaker", "KEN"), ("Ingrid Berg", None, None)]),
    ],
)  # fmt: skip
def test_a_lower_case_gloss_in_brackets_is_no_break_in_an_office(sentence: str, expected: list) -> None:
    """ "the Majlis (parliament) Speaker X", "Wolesi Jirga (lower house) chairman Y": a gloss in
    lower case between a chamber and its office is read past, as if not written (it had cut
    the office from its chamber, and made a person of the chamber)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected
