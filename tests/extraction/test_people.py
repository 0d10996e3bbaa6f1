"""Titles and people: table-driven over phrasings invented for many regions and house styles,
plus a recall check against the labelled corpus."""

from __future__ import annotations

import json
import sys
import time
from datetime import date

import pytest

from orchestration.extraction.organizations import find_organizations
from orchestration.extraction.people import NameRegistry, PersonMention, find_entities, find_people
from orchestration.extraction.pipeline import extract_document
from orchestration.extraction.titles import find_titles

# (sentence, [(name, title, country, organization), ...])
PEOPLE_CASES = [
    # A chamber a demonym opens, after an officer named first, is the business body he
    # represents (it had stayed in the title, with no country).
    (
        "Lee also met Jan Novak, the president of the Czech Economic Chamber (HKCR), to discuss wages.",
        [("Jan Novak", "president", "CZE", "Czech Economic Chamber (HKCR)")],
    ),
    # A country whose name holds "and" opens the body the officer heads (the body's next word
    # had been read as his name).
    (
        "Paulo Mendes, president of the Antigua and Barbuda Hoteliers' Association (ABHA), disagreed.",
        [("Paulo Mendes", "president", "ATG", "Antigua and Barbuda Hoteliers' Association (ABHA)")],
    ),
    # Title before the name, country as a complement.
    (
        "Minister of Foreign Affairs of Senegal Yassine Fall arrived.",
        [("Yassine Fall", "Minister of Foreign Affairs", "SEN", None)],
    ),
    (
        "President of the Republic of Ecuador Daniel Noboa Azín said.",
        [("Daniel Noboa Azín", "President", "ECU", None)],
    ),
    (
        "Minister of Trade of the Republic of Indonesia Budi Santoso spoke.",
        [("Budi Santoso", "Minister of Trade", "IDN", None)],
    ),
    (
        "Prime Minister of the United Arab Emirates Sheikh Mohammed bin Rashid Al Maktoum visited.",
        [("Mohammed bin Rashid Al Maktoum", "Prime Minister", "ARE", None)],
    ),
    (
        "Minister of Finance of Nigeria Wale Edun met investors.",
        [("Wale Edun", "Minister of Finance", "NGA", None)],
    ),
    (
        "Minister of Mines and Energy of Brazil Alexandre Silveira signed.",
        [("Alexandre Silveira", "Minister of Mines and Energy", "BRA", None)],
    ),
    # Demonym or possessive before the title.
    (
        "Chinese President Xi Jinping and Russian President Vladimir Putin met.",
        [("Xi Jinping", "President", "CHN", None), ("Vladimir Putin", "President", "RUS", None)],
    ),
    (
        "Peru’s Minister of Foreign Trade and Tourism Úrsula León said.",
        [("Úrsula León", "Minister of Foreign Trade and Tourism", "PER", None)],
    ),
    (
        "Brazil's Vice President Geraldo Alckmin opened the fair.",
        [("Geraldo Alckmin", "Vice President", "BRA", None)],
    ),
    (
        "Kenyan Cabinet Secretary for Trade Rebecca Miano led the delegation.",
        [("Rebecca Miano", "Cabinet Secretary for Trade", "KEN", None)],
    ),
    (
        "Vietnamese Deputy Prime Minister Tran Luu Quang welcomed them.",
        [("Tran Luu Quang", "Deputy Prime Minister", "VNM", None)],
    ),
    (
        "Nigeria's Minister of Industry, Trade and Investment Doris Uzoka-Anite said.",
        [("Doris Uzoka-Anite", "Minister of Industry, Trade and Investment", "NGA", None)],
    ),
    (
        "Omani Minister of State for Tourism Dr. Khalid Al Harthy said.",
        [("Khalid Al Harthy", "Minister of State for Tourism", "OMN", None)],
    ),
    (
        "Nigerian Minister of Industries and Made in Nigeria Grace Okafor met him.",
        [("Grace Okafor", "Minister of Industries and Made in Nigeria", "NGA", None)],
    ),
    ("Iranian Oil Minister Javad Owji attended.", [("Javad Owji", "Oil Minister", "IRN", None)]),
    ("Indonesian Trade Minister Zulkifli Hasan said.", [("Zulkifli Hasan", "Trade Minister", "IDN", None)]),
    (
        "Malaysian Investment, Trade and Industry Minister Tengku Zafrul Aziz spoke.",
        [("Tengku Zafrul Aziz", "Investment, Trade and Industry Minister", "MYS", None)],
    ),
    (
        "Philippine Trade Secretary Alfredo Pascual said.",
        [("Alfredo Pascual", "Trade Secretary", "PHL", None)],
    ),
    ("Thai Prime Minister Srettha Thavisin visited.", [("Srettha Thavisin", "Prime Minister", "THA", None)]),
    (
        "Mexican Economy Minister Raquel Buenrostro said.",
        [("Raquel Buenrostro", "Economy Minister", "MEX", None)],
    ),
    ("Argentine Foreign Minister Diana Mondino met.", [("Diana Mondino", "Foreign Minister", "ARG", None)]),
    ("Chilean President Gabriel Boric arrived.", [("Gabriel Boric", "President", "CHL", None)]),
    (
        "Colombia's Minister of Commerce, Industry and Tourism Germán Umaña said.",
        [("Germán Umaña", "Minister of Commerce, Industry and Tourism", "COL", None)],
    ),
    (
        "Egyptian Prime Minister Mostafa Madbouly received him.",
        [("Mostafa Madbouly", "Prime Minister", "EGY", None)],
    ),
    ("South African President Cyril Ramaphosa said.", [("Cyril Ramaphosa", "President", "ZAF", None)]),
    (
        "Ghana's Minister for Trade and Industry K.T. Hammond said.",
        [("K.T. Hammond", "Minister for Trade and Industry", "GHA", None)],
    ),
    ("Ethiopian Prime Minister Abiy Ahmed met.", [("Abiy Ahmed", "Prime Minister", "ETH", None)]),
    (
        "Bahraini Crown Prince and Prime Minister Salman bin Hamad bin Isa Al Khalifa met him.",
        [("Salman bin Hamad bin Isa Al Khalifa", "Crown Prince and Prime Minister", "BHR", None)],
    ),
    (
        "Kuwait's Emir Sheikh Nawaf bin Ahmad Al Sabah hosted.",
        [("Nawaf bin Ahmad Al Sabah", "Emir", "KWT", None)],
    ),
    ("Omani Sultan Haitham bin Tariq received.", [("Haitham bin Tariq", "Sultan", "OMN", None)]),
    (
        "Kuwaiti Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah said.",
        [("Mishal Al-Ahmad Al-Jaber Al-Sabah", "Emir", "KWT", None)],
    ),
    ("German Federal Chancellor Olaf Scholz spoke.", [("Olaf Scholz", "Federal Chancellor", "DEU", None)]),
    (
        "Dutch Prime Minister Mark Rutte and Polish President Andrzej Duda met.",
        [("Mark Rutte", "Prime Minister", "NLD", None), ("Andrzej Duda", "President", "POL", None)],
    ),
    (
        "Spanish Minister of Economy Carlos Cuerpo said.",
        [("Carlos Cuerpo", "Minister of Economy", "ESP", None)],
    ),
    # No country in the phrase.
    (
        "Prime Minister Muhammad Ali Rahimi met him.",
        [("Muhammad Ali Rahimi", "Prime Minister", None, None)],
    ),
    (
        "caretaker Prime Minister Zia-ul-Rahman Qadri met Paul Kagame.",
        [("Zia-ul-Rahman Qadri", "caretaker Prime Minister", None, None), ("Paul Kagame", None, None, None)],
    ),
    (
        "Caretaker Federal Minister for Energy, Mines and Petroleum Dr. Farhan Qureshi said.",
        [("Farhan Qureshi", "Caretaker Federal Minister for Energy, Mines and Petroleum", None, None)],
    ),
    (
        "Head of State Jean-Baptiste Ouédraogo received him.",
        [("Jean-Baptiste Ouédraogo", "Head of State", None, None)],
    ),
    ("Acting President Mohammad Mokhber attended.", [("Mohammad Mokhber", "Acting President", None, None)]),
    # a company of two words before a comma and a name: the whole company, then the person
    (
        "She received the CEO of Acme Energy, Christian Bruch, on Monday.",
        [("Christian Bruch", "CEO", None, "Acme Energy")],
    ),
    (
        "She received the Chairman of Volta Steel, Kwesi Mensah.",
        [("Kwesi Mensah", "Chairman", None, "Volta Steel")],
    ),
    # "Ma." (María) is an abbreviated given name, like an initial; "Ma" alone a surname
    (
        "Foreign Affairs Secretary Ma. Theresa Lazaro met him.",
        [("Ma. Theresa Lazaro", "Foreign Affairs Secretary", None, None)],
    ),
    ("Vice Foreign Minister Ma Zhaoxu met him.", [("Ma Zhaoxu", "Vice Foreign Minister", None, None)]),
    # Indian civil-service ranks: "Additional" and "Joint" were an organization of the secretary
    (
        "The delegation was led by Additional Secretary Brajendra Navnit.",
        [("Brajendra Navnit", "Additional Secretary", None, None)],
    ),
    ("Joint Secretary Anant Swarup attended.", [("Anant Swarup", "Joint Secretary", None, None)]),
    (
        "The team was headed by chief negotiator Vangelis Vitalis.",
        [("Vangelis Vitalis", "chief negotiator", None, None)],
    ),
    (
        "First Deputy Prime Minister Roman Sklyar chaired.",
        [("Roman Sklyar", "First Deputy Prime Minister", None, None)],
    ),
    (
        "Governor of the Central Bank Olayemi Cardoso said.",
        [("Olayemi Cardoso", "Governor of the Central Bank", None, None)],
    ),
    (
        "Speaker of the National Assembly Tran Thanh Man visited.",
        [("Tran Thanh Man", "Speaker of the National Assembly", None, None)],
    ),
    (
        "Ambassador Extraordinary and Plenipotentiary Ahmed Al Hammadi presented.",
        [("Ahmed Al Hammadi", "Ambassador Extraordinary and Plenipotentiary", None, None)],
    ),
    (
        "Secretary (East) of the Ministry of Foreign Affairs of Bangladesh Nazrul Haque held talks.",
        [("Nazrul Haque", "Secretary (East) of the Ministry of Foreign Affairs", "BGD", None)],
    ),
    (
        "Union Minister of Labour and Social Affairs Ravi Menon said.",
        [("Ravi Menon", "Union Minister of Labour and Social Affairs", None, None)],
    ),
    (
        "Federal Minister of the Interior Gerda Hofbauer signed.",
        [("Gerda Hofbauer", "Federal Minister of the Interior", None, None)],
    ),
    # Compound titles.
    (
        "National Leader of the Basotho People, Chairman of the Khotla Seboka of Lesotho "
        "Thabo Mokoena spoke.",
        [
            (
                "Thabo Mokoena",
                "National Leader of the Basotho People, Chairman of the Khotla Seboka",
                "LSO",
                None,
            )
        ],
    ),
    (
        "Deputy Chairman of the Council of Ministers, Minister of Economy of Belarus Yuri Chernov met.",
        [
            (
                "Yuri Chernov",
                "Deputy Chairman of the Council of Ministers, Minister of Economy",
                "BLR",
                None,
            )
        ],
    ),
    (
        "Bahrain's Prime Minister and Minister of Finance Sheikh Rashid bin Khalifa Al Khalifa said.",
        [
            (
                "Rashid bin Khalifa Al Khalifa",
                "Prime Minister and Minister of Finance",
                "BHR",
                None,
            )
        ],
    ),
    (
        "Austrian Vice Chancellor and Federal Minister for Labour and Social Affairs Anna Berger said.",
        [
            (
                "Anna Berger",
                "Vice Chancellor and Federal Minister for Labour and Social Affairs",
                "AUT",
                None,
            )
        ],
    ),
    # Apposition after the name.
    (
        "He met Miguel Díaz-Canel, President of the Council of State of Cuba, in Havana.",
        [("Miguel Díaz-Canel", "President of the Council of State", "CUB", None)],
    ),
    (
        "Dr. Faisal bin Nasser Al Balushi, Minister of State for Energy, and Ana Reyes, "
        "Commerce Secretary of Peru, co-chaired.",
        [
            ("Faisal bin Nasser Al Balushi", "Minister of State for Energy", None, None),
            ("Ana Reyes", "Commerce Secretary", "PER", None),
        ],
    ),
    (
        "He met Laura Solano, Vice Minister of Commerce of Costa Rica.",
        [("Laura Solano", "Vice Minister of Commerce", "CRI", None)],
    ),
    (
        "Ngozi Okonjo-Iweala, Director-General of the WTO, said.",
        [("Ngozi Okonjo-Iweala", "Director-General", None, "WTO")],
    ),
    (
        "Amin Nasser, President and CEO of Saudi Aramco, spoke.",
        [("Amin Nasser", "President and CEO", "SAU", "Saudi Aramco")],
    ),
    # Business people and their organizations.
    (
        "Chairman of the Board of Directors of Blue Savanna Group Kwame Mensah visited.",
        [("Kwame Mensah", "Chairman of the Board of Directors", None, "Blue Savanna Group")],
    ),
    (
        "OMV Group Executive Vice President for Downstream Lena Hofer signed.",
        [("Lena Hofer", "Executive Vice President for Downstream", None, "OMV Group")],
    ),
    (
        "Chairman of the Management Board of TransNafta Milan Kovac signed.",
        [("Milan Kovac", "Chairman of the Management Board", None, "TransNafta")],
    ),
    (
        "Chairman of Kenya Railways Philip Mainga signed.",
        [("Philip Mainga", "Chairman", "KEN", "Kenya Railways")],
    ),
    (
        "General Director of Romanian Railway Andrei Popescu signed.",
        [("Andrei Popescu", "General Director", "ROU", "Romanian Railway")],
    ),
    (
        "He met Ana Souza, chairman of Brazil National Mining Corporation (BNMC).",
        [("Ana Souza", "chairman", "BRA", "Brazil National Mining Corporation (BNMC)")],
    ),
    ("Turkmengaz Chairman Myrat Archayev signed.", [("Myrat Archayev", "Chairman", None, "Turkmengaz")]),
    ("Petrobras CEO Magda Chambriard said.", [("Magda Chambriard", "CEO", None, "Petrobras")]),
    ("Dangote Group President Aliko Dangote said.", [("Aliko Dangote", "President", None, "Dangote Group")]),
    (
        "Chief Executive Officer of Vale S.A. Gustavo Pimenta said.",
        [("Gustavo Pimenta", "Chief Executive Officer", None, "Vale S.A.")],
    ),
    (
        "Managing Director of PT Pertamina (Persero) Nicke Widyawati said.",
        [("Nicke Widyawati", "Managing Director", None, "PT Pertamina (Persero)")],
    ),
    ("ADNOC CEO Sultan Al Jaber said.", [("Sultan Al Jaber", "CEO", None, "ADNOC")]),
    # Relational titles, group scopes, reverse appositions, dashed compounds.
    (
        "Brazilian Foreign Minister Mauro Vieira and his Argentine counterpart Diana Mondino signed.",
        [("Mauro Vieira", "Foreign Minister", "BRA", None), ("Diana Mondino", None, "ARG", None)],
    ),
    (
        "It was signed by Petronas President and Group CEO Tan Sri Tengku Muhammad Taufik.",
        [("Tengku Muhammad Taufik", "President and Group CEO", "MYS", "Petronas")],
    ),
    (
        "Saudi Energy Minister Prince Abdulaziz bin Salman met him.",
        [("Abdulaziz bin Salman", "Energy Minister", "SAU", None)],
    ),
    (
        "Ghana Cocoa Board (COCOBOD) Chief Executive Joseph Boahen Aidoo said.",
        [("Joseph Boahen Aidoo", "Chief Executive", "GHA", "Ghana Cocoa Board (COCOBOD)")],
    ),
    (
        "The Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah, received him.",
        [("Meshal Al-Ahmad Al-Jaber Al-Sabah", "Emir", "KWT", None)],
    ),
    (
        "Vietnam's Deputy Prime Minister - Minister of Planning, Industry and Trade Nguyen Van Thanh spoke.",
        [
            (
                "Nguyen Van Thanh",
                "Deputy Prime Minister - Minister of Planning, Industry and Trade",
                "VNM",
                None,
            )
        ],
    ),
    (
        "New Zealand's Trade Minister Todd McClay and EU Trade Commissioner Valdis Dombrovskis talked.",
        [
            ("Todd McClay", "Trade Minister", "NZL", None),
            ("Valdis Dombrovskis", "Trade Commissioner", None, "EU"),
        ],
    ),
    (
        "Nigerian President Bola Tinubu met Chinese Vice Premier Ding Xuexiang.",
        [("Bola Tinubu", "President", "NGA", None), ("Ding Xuexiang", "Vice Premier", "CHN", None)],
    ),
    (
        "Mexico's Secretary of Economy Marcelo Ebrard met U.S. Trade Representative Katherine Tai.",
        [
            ("Marcelo Ebrard", "Secretary of Economy", "MEX", None),
            ("Katherine Tai", "Trade Representative", "USA", None),
        ],
    ),
    (
        "Qatar Airways Group Chief Executive Officer Badr Mohammed Al Meer announced flights.",
        [("Badr Mohammed Al Meer", "Chief Executive Officer", "QAT", "Qatar Airways Group")],
    ),
    (
        "Moroccan Foreign Minister Karim Ben-Youssef and Foreign Minister Ahmed Attaf took part.",
        [
            ("Karim Ben-Youssef", "Foreign Minister", "MAR", None),
            ("Ahmed Attaf", "Foreign Minister", None, None),
        ],
    ),
    (
        "Indonesian Coordinating Minister for Economic Affairs Airlangga Hartarto met him.",
        [("Airlangga Hartarto", "Coordinating Minister for Economic Affairs", "IDN", None)],
    ),
    (
        "British Chancellor of the Exchequer Rachel Reeves said.",
        [("Rachel Reeves", "Chancellor of the Exchequer", "GBR", None)],
    ),
    (
        "Brazil's Minister of Development, Industry, Trade and Services Geraldo Alckmin said.",
        [("Geraldo Alckmin", "Minister of Development, Industry, Trade and Services", "BRA", None)],
    ),
    ("EU High Representative Josep Borrell met him.", [("Josep Borrell", "High Representative", None, "EU")]),
    (
        "European Commission President Ursula von der Leyen met Egyptian President Abdel Fattah al-Sisi.",
        [
            ("Ursula von der Leyen", "President", None, "European Commission"),
            ("Abdel Fattah al-Sisi", "President", "EGY", None),
        ],
    ),
    (
        "The president of Mozambique, Filipe Jacinto Nyusi, said.",
        [("Filipe Jacinto Nyusi", "president", "MOZ", None)],
    ),
    ("Nyusi, the Mozambican president, said the talks went well.", [("Nyusi", "president", "MOZ", None)]),
    (
        "Mexican President Andrés Manuel López Obrador and Brazilian President "
        "Luiz Inácio Lula da Silva spoke.",
        [
            ("Andrés Manuel López Obrador", "President", "MEX", None),
            ("Luiz Inácio Lula da Silva", "President", "BRA", None),
        ],
    ),
    (
        "Uhuru Kenyatta, former President of Kenya, mediated.",
        [("Uhuru Kenyatta", "former President", "KEN", None)],
    ),
    # A country's company before its officer's name, with no comma between them.
    (
        "The deal was signed by chairman of Finland's Fortum Markus Rauramo on Monday.",
        [("Markus Rauramo", "chairman", "FIN", "Fortum")],
    ),
    (
        "Managing Director of Ghana's Volta River Authority Emmanuel Antwi-Darkwa spoke.",
        [("Emmanuel Antwi-Darkwa", "Managing Director", "GHA", "Volta River Authority")],
    ),
    # Untitled full names.
    ("Emmanuel Macron arrived in Dakar on Thursday.", [("Emmanuel Macron", None, None, None)]),
    (
        "On the sidelines of the forum, Thandiwe Nkosi held talks.",
        [("Thandiwe Nkosi", None, None, None)],
    ),
    ('"The agreement works," Al Zeyoudi said.', [("Al Zeyoudi", None, None, None)]),
    (
        "Talks between Luiz Inacio Lula da Silva and Cyril Ramaphosa ended.",
        [("Luiz Inacio Lula da Silva", None, None, None), ("Cyril Ramaphosa", None, None, None)],
    ),
]


#: Names that are also Hijri months ("Rajab", "Safar", "Al-Thani" of "Rabi Al-Thani") stay names
#: with no day's number beside them.
HIJRI_NAMED_PEOPLE = [
    ("Tajik Minister Rajab Safarov arrived on 12 Safar 1447 AH.", ["Rajab Safarov"]),
    ("Sheikh Faisal bin Thani Al-Thani met him on 20 Rabi Al-Thani 1447.", ["Faisal bin Thani Al-Thani"]),
]


@pytest.mark.parametrize(("sentence", "names"), HIJRI_NAMED_PEOPLE)
def test_a_hijri_month_name_is_a_name_only_without_a_day(sentence: str, names: list[str]) -> None:
    assert [p.name for p in find_people(sentence)] == names


#: "Comptroller-General of the <service>, Name,": the head of a West African customs, immigration
#: or corrections service, a role as "Director-General of the <body>" is (the person had been lost).
SERVICE_HEADS = [
    ("The Comptroller-General of the Nigeria Customs Service, Bashir Adeniyi, met the minister.",
     [("Bashir Adeniyi", "Comptroller-General", "NGA", "Nigeria Customs Service")]),
    ("The Comptroller General of the Ghana Immigration Service, Samuel Amankwah, met the minister.",
     [("Samuel Amankwah", "Comptroller General", "GHA", "Ghana Immigration Service")]),
    ("The Controller-General of the Nigerian Correctional Service, Sylvester Nwakuche, met the minister.",
     [("Sylvester Nwakuche", "Controller-General of the Nigerian Correctional Service", "NGA", None)]),
    # near miss: the office named alone is no one
    ("The comptroller general said revenue rose.", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), SERVICE_HEADS)
def test_a_service_head_by_comptroller_general(sentence: str, expected: list[tuple]) -> None:
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == expected


@pytest.mark.parametrize(("sentence", "expected"), PEOPLE_CASES)
def test_people(sentence, expected):
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert found == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The Trans Adriatic Pipeline delivered gas to Italy.",
        "The Astana Declaration was adopted at the Palace of Independence.",
        "Trade between Chile and Peru totaled 8.4 billion soles in January-April.",
        "The ambassador said the Ministry of Foreign Affairs would reply on Monday.",
        "Ghana Invest and the Federation of Nigerian Chambers of Commerce and Industry signed a memorandum.",
        "The Supreme Strategic Committee met in Doha in December.",
        "Bilateral trade rose, and Kazakh Invest opened an office in Delhi.",
        "The West Africa-Europe gas pipeline and the Red Sea cable were discussed.",
        "Tickets for the Grand Prix cost 30,000 soums.",
        'The closing film was "Desert Rain", a Moroccan-Spanish co-production.',
        "Ayala Corporation, Sunwest Corporation and Jollibee Tsusho sent representatives.",
        "A contract between JSC Kenya Railways and CRRC Qingdao was signed.",
        "The chief executive of Zambia's Copperbelt Energy Corporation visited Ndola.",
        # Hijri dates: the month's name is no person
        "The talks were held on Monday, 20 Rabi Al-Thani 1447 AH corresponding to 13 October 2025.",
        "The forum opened on Jumada Al-Awwal 5, 1447 in Jeddah.",
        "The accord took effect on 1 Dhu Al-Hijjah 1446 AH.",
    ],
)
def test_no_people(sentence):
    assert find_people(sentence) == []


def test_offsets_and_text():
    sentence = (
        "On Monday, Chinese President Xi Jinping met Chile’s Minister of Foreign Affairs "
        "Alberto van Klaveren."
    )
    for person in find_people(sentence):
        assert sentence[person.start : person.end] == person.text
        assert sentence[person.name_start : person.name_end] == person.name
        assert person.text.endswith(person.name)


@pytest.mark.parametrize(
    ("sentence", "title", "kind"),
    [
        ("the Minister of Foreign Affairs said", "Minister of Foreign Affairs", "government"),
        (
            "Chairman of the Council of Ministers Lina Petrova",
            "Chairman of the Council of Ministers",
            "government",
        ),
        ("Gazprom CEO Alexei Miller", "CEO", "business"),
        (
            "Chairman of the Management Committee of Sasol",
            "Chairman of the Management Committee",
            "business",
        ),
        ("the Director-General of the agency", "Director-General", "other"),
        ("Commerce Secretary Gina Raimondo", "Commerce Secretary", "government"),
        ("Foreign Secretary David Lammy", "Foreign Secretary", "government"),
        ("the Secretary of State said", "Secretary of State", "government"),
        ("Chargé d'affaires Anna Kovacs", "Chargé d'affaires", "government"),
        ("Mayor of Almaty Yerzhan Babakumarov", "Mayor of Almaty", "government"),
        ("Governor of Lagos State Babajide Sanwo-Olu", "Governor of Lagos State", "government"),
        ("Akim of Almaty region Marat Sultangaziyev", "Akim of Almaty region", "government"),
    ],
)
def test_title_kinds(sentence, title, kind):
    titles = find_titles(sentence)
    assert [(t.title, t.kind) for t in titles][:1] == [(title, kind)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The envoy met with the akim of Shymkent Gabit Syzdykbekov.",
         [("Gabit Syzdykbekov", "akim of Shymkent", "KAZ")]),
        ("The envoy met with the hokim of Bukhara region Botir Zaripov.",
         [("Botir Zaripov", "hokim of Bukhara region", "UZB")]),
        ("The envoy met with the deputy akim of Shymkent Gabit Syzdykbekov.",
         [("Gabit Syzdykbekov", "deputy akim of Shymkent", "KAZ")]),
    ],
)  # fmt: skip
def test_a_local_head_in_lower_case_is_a_title(sentence: str, expected: list) -> None:
    """ "the akim of Shymkent X", "the hokim of Bukhara region Y": the head of a Kazakh or Uzbek
    city or region written in lower case is still an office, as "mayor" is (X had had none)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


def test_name_registry_resolves_short_mentions():
    registry = NameRegistry()
    text = (
        "President of Kenya William Samoei Ruto met Chinese President Xi Jinping. "
        "President of Togo Faure Gnassingbé and National Leader of the Togolese People "
        "Kpatcha Gnassingbé attended."
    )
    for person in find_people(text):
        registry.add(person)
    assert registry.resolve("Ruto").name == "William Samoei Ruto"
    assert registry.resolve("President Ruto").name == "William Samoei Ruto"
    assert registry.resolve("Xi").name == "Xi Jinping"
    assert registry.resolve("the Kenyan President").name == "William Samoei Ruto"
    assert registry.resolve("the Chinese President").name == "Xi Jinping"
    assert registry.resolve("President Gnassingbé").name == "Faure Gnassingbé"
    assert registry.resolve("Nobody") is None


def test_name_registry_matches_equivalent_offices():
    registry = NameRegistry()
    sentence = "Head of State Jean-Baptiste Ouédraogo spoke with President of Ghana John Dramani Mahama."
    for person in find_people(sentence):
        registry.add(person)
    assert registry.resolve("the Burkinabe President", country_iso3="BFA").name == "Jean-Baptiste Ouédraogo"
    assert registry.resolve("the Ghanaian President").name == "John Dramani Mahama"
    assert registry.resolve("Mahama").title == "President"


def test_name_registry_merges_later_full_mentions():
    registry = NameRegistry()
    registry.add(PersonMention(0, 15, "Emmanuel Macron", None, None, None, "Emmanuel Macron"))
    merged = registry.add(PersonMention(0, 30, "Emmanuel Macron", "President", "FRA", None, "President ..."))
    assert (merged.title, merged.country_iso3) == ("President", "FRA")
    assert len(registry.people) == 1
    assert registry.resolve("Macron").title == "President"


def test_name_registry_keeps_a_father_named_after_bin_apart():
    """The name after "bin" is the father's: a crown prince "X bin Y" is not King Y."""
    registry = NameRegistry()
    sentence = (
        "Sultan Nizam Rahman received Emir Faisal Karim, in the presence of Crown Prince "
        "Idris bin Nizam Rahman and Foreign Minister Omar bin Faisal Karim."
    )
    for person in find_people(sentence):
        registry.add(person)
    assert [(p.name, p.title) for p in registry.people] == [
        ("Nizam Rahman", "Sultan"),
        ("Faisal Karim", "Emir"),
        ("Idris bin Nizam Rahman", "Crown Prince"),
        ("Omar bin Faisal Karim", "Foreign Minister"),
    ]
    assert registry.resolve("Nizam Rahman").name == "Nizam Rahman"
    assert registry.resolve("Faisal Karim").name == "Faisal Karim"
    assert registry.resolve("Idris").name == "Idris bin Nizam Rahman"
    assert registry.resolve("bin Nizam").name == "Idris bin Nizam Rahman"


def test_find_entities_shares_one_pass():
    sentence = (
        "Following the talks, Sonangol and Petrobras signed a deal, and Austria’s OMV Group "
        "Executive Vice President for Downstream Lena Hofer met Angolan President "
        "João Lourenço in Luanda."
    )
    entities = find_entities(sentence)
    assert [p.name for p in entities.people] == [p.name for p in find_people(sentence)]
    assert [p.name for p in entities.people] == ["Lena Hofer", "João Lourenço"]
    assert [o.name for o in entities.organizations] == ["Sonangol", "Petrobras", "OMV Group"]
    assert [c.iso3 for c in entities.countries] == ["AUT", "AGO", "AGO"]


@pytest.mark.corpus
def test_people_recall_on_labelled_corpus(corpus_dir, capsys):
    """Share of gold engagement participants found with the right name and title."""
    sys.path.insert(0, str(corpus_dir.parent / "eval"))
    from score import names_match, norm_name

    from orchestration.extraction.documents import parse_raw_file
    from orchestration.extraction.model import Document, RawFile
    from orchestration.extraction.text import split_sentences

    gold_people = found = right_title = predicted = spurious = 0
    started = time.process_time()
    for gold_file in sorted((corpus_dir / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        doc_file = next(p for p in (corpus_dir / "docs").iterdir() if p.stem == gold_file.stem)
        parsed = parse_raw_file(
            RawFile(doc_file.name, doc_file.read_bytes()), max_bytes=10**7, today=date(2030, 1, 1)
        )
        people = [
            person
            for doc in parsed
            if isinstance(doc, Document)
            for sentence in split_sentences(doc.text)
            for person in find_people(sentence.text)
        ]
        expected = {norm_name(p["name"]): p for e in gold["engagements"] for p in e["people"]}
        for person in expected.values():
            gold_people += 1
            matches = [p for p in people if names_match(person["name"], p.name)]
            found += bool(matches)
            right_title += any(p.title and norm_name(p.title) == norm_name(person["title"]) for p in matches)
        predicted += len(people)
        spurious += sum(
            1 for p in people if not any(names_match(g["name"], p.name) for g in expected.values())
        )
    elapsed = time.process_time() - started
    with capsys.disabled():
        print(
            f"\npeople recall {found}/{gold_people} = {found / gold_people:.1%}, "
            f"right title {right_title / gold_people:.1%}, "
            f"{spurious}/{predicted} mentions of people outside gold engagements, {elapsed * 1000:.0f} ms"
        )
    assert found / gold_people > 0.9
    assert right_title / gold_people > 0.85


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("External Affairs Minister S Jaishankar held talks in Riyadh.", "S Jaishankar"),
        ("Tamil Nadu Chief Minister M K Stalin met investors in Chennai.", "M K Stalin"),
        ("Andhra Pradesh Chief Minister N Chandrababu Naidu received the delegation.", "N Chandrababu Naidu"),
    ],
)
def test_initials_without_dots(sentence, name):
    """South Asian house styles write initials without dots; they belong to the name."""
    assert [p.name for p in find_people(sentence)] == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Paraguayan President Santiago Peña hosted the summit.", "Santiago Peña"),
        ("Spanish Minister Victoria Abril opened the session.", "Victoria Abril"),
        ("Peruvian Ambassador Victoria Lima Quispe opened the session.", "Victoria Lima Quispe"),
        ("The fund's Chairman Florence Paris Dumont signed the deal.", "Florence Paris Dumont"),
    ],
)
def test_city_as_first_name_after_a_title(sentence, name):
    """A first name that is also a city ("Santiago", "Victoria") still starts the name, also
    when the middle name after it is a city too."""
    assert [p.name for p in find_people(sentence)] == [name]


def test_city_after_a_title_without_a_surname_is_no_person():
    assert find_people("The President Astana visit was postponed.") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Tunisian Trade Minister Samir Ben-Salah opened the fair.", "Samir Ben-Salah"),
        ("Swedish Minister for Foreign Trade Per-Olof Lindqvist arrived.", "Per-Olof Lindqvist"),
        ("Czech Foreign Minister Jan Novotný met his Slovak counterpart.", "Jan Novotný"),
        ("Norwegian Trade Minister Per Lund signed the protocol.", "Per Lund"),
    ],
)
def test_given_names_that_are_also_country_codes_or_calendar_words(sentence, name):
    """'Ben' and 'Per' are ISO codes (Benin, Peru), 'Jan' a month and 'per' a preposition:
    as given names after a title they still start the name."""
    assert [p.name for p in find_people(sentence)][:1] == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Thai Commerce Minister Pichai Naripthaphan received Myanmar Deputy Minister Than Htike Aung.",
         "Than Htike Aung"),
        ("Myanmar Ambassador Than Naing Oo presented his credentials in Vientiane.", "Than Naing Oo"),
    ],
)  # fmt: skip
def test_a_burmese_name_opening_on_than_is_a_name(sentence, name):
    """ "Myanmar Foreign Minister Than Swe": the Burmese name element "Than" is the comparative
    "than" in lower case only; capitalized after a title it opens the name (he had been dropped
    from the participants)."""
    assert name in [p.name for p in find_people(sentence)]


def test_a_lower_case_than_opens_no_name():
    assert find_people("Exports to Laos rose faster than Vientiane had forecast.") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Prime Minister Datuk Seri Anwar Ibrahim met the premier.", "Anwar Ibrahim"),
        ("Investment Minister Tengku Datuk Seri Zafrul Aziz and Dato Sri Amir Hamzah spoke.", None),
        ("Petronas CEO Tan Sri Tengku Muhammad Taufik said.", "Tengku Muhammad Taufik"),
        ("Finance Minister Sri Mulyani Indrawati spoke.", "Sri Mulyani Indrawati"),
        ("Manpower Minister Tan See Leng said.", "Tan See Leng"),
    ],
)
def test_malay_honorifics_of_two_words(sentence, name):
    """'Tan Sri', 'Datuk Seri', 'Dato Sri' are honorifics; 'Sri' and 'Tan' alone start names."""
    found = [p.name for p in find_people(sentence)]
    if name is not None:
        assert found[:1] == [name]
    honorific_first = [n for n in found if n.split()[0] in ("Seri", "Datuk", "Dato")]
    assert honorific_first == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Pakistan's Special Representative for Afghanistan Asif Durrani visited Kabul.",
            ("Asif Durrani", "Special Representative for Afghanistan", "PAK"),
        ),
        (
            "US Special Envoy for Sudan Tom Perriello met Burhan.",
            ("Tom Perriello", "Special Envoy for Sudan", "USA"),
        ),
        (
            "Pakistan's Ambassador to Afghanistan Ubaid Nizamani met him.",
            ("Ubaid Nizamani", "Ambassador to Afghanistan", "PAK"),
        ),
        (
            "Kenyan High Commissioner to South Africa Jane Mwangi said.",
            ("Jane Mwangi", "High Commissioner to South Africa", "KEN"),
        ),
        (
            "The UN Special Representative for Libya Abdoulaye Bathily met him.",
            ("Abdoulaye Bathily", "Special Representative for Libya", None),
        ),
        # any office "for" a country has it as its portfolio, and may join a region to it
        (
            "India's Joint Secretary for Bangladesh and Myanmar Smita Pant met him.",
            ("Smita Pant", "Joint Secretary for Bangladesh and Myanmar", "IND"),
        ),
        (
            "Nepal's Additional Secretary for Iran and West Asia Amrit Rai met him.",
            ("Amrit Rai", "Additional Secretary for Iran and West Asia", "NPL"),
        ),
        # an envoy's brief after "on", as after "for": a portfolio or a country
        (
            "Japan's Special Envoy on Arctic Affairs Kenji Watanabe arrived in Oslo.",
            ("Kenji Watanabe", "Special Envoy on Arctic Affairs", "JPN"),
        ),
        (
            "Norway's Special Representative on Myanmar Ingrid Dahl met him.",
            ("Ingrid Dahl", "Special Representative on Myanmar", "NOR"),
        ),
        # "in" and the capital where an envoy serves
        (
            "He met Hungary's ambassador in Belgrade, Attila Pinter, on Monday.",
            ("Attila Pinter", "ambassador in Belgrade", "HUN"),
        ),
        (
            "He met Rwanda's High Commissioner in Kampala Joseph Rutabana.",
            ("Joseph Rutabana", "High Commissioner in Kampala", "RWA"),
        ),
        (
            "He met Director General for Mongolia and East Asia of the Ministry of Foreign Affairs of Japan"
            " Kenji Sato.",
            (
                "Kenji Sato",
                "Director General for Mongolia and East Asia of the Ministry of Foreign Affairs",
                "JPN",
            ),
        ),
    ],
)
def test_an_envoy_for_or_to_a_country_represents_the_country_before_the_title(sentence, expected):
    person = find_people(sentence)[0]
    assert (person.name, person.title, person.country_iso3) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The governor received the Ambassador of Brazil in Nairobi, Paulo Ribeiro, on Friday.",
         ("Paulo Ribeiro", "Ambassador", "BRA")),
        ("He hosted the Consul General of China in Mombasa, Li Wei, at the port.",
         ("Li Wei", "Consul General", "CHN")),
        ("He hosted the Consul-General of Brazil in Hong Kong, Paulo Ribeiro, at the port.",
         ("Paulo Ribeiro", "Consul-General", "BRA")),
        # the name right after the city, with no comma
        ("The mayor met with the Consul General of Turkey in Shymkent Mehmet Yilmaz on Thursday.",
         ("Mehmet Yilmaz", "Consul General", "TUR")),
        ("The mayor met with the Consul of Poland in Lviv Adam Nowak on Thursday.",
         ("Adam Nowak", "Consul", "POL")),
    ],
)  # fmt: skip
def test_the_city_of_a_post_after_the_envoys_country_closes_the_title(sentence: str, expected: tuple) -> None:
    """ "the Ambassador of Japan in Kathmandu, X", "the Consul General of Russia in Ust-Kamenogorsk
    X": the city of the post between the sending country and the name, after a comma or not, is
    no bar to the title (the name had had none, and no country, so the host's)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The session was co-chaired by Prime Cabinet Secretary Musalia Mudavadi.",
        "Senior Deputy Minister Ana Torres spoke.",
        "His Royal Highness Prince Faisal bin Farhan received him.",
    ],
)
def test_title_words_before_a_title_are_no_organization(sentence):
    assert [p.organization for p in find_people(sentence)] == [None]


def _names_titles(sentence: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("King Felipe VI of Spain received the Moroccan premier.", "Felipe VI"),
        ("Sweden's King Carl XVI Gustaf opened the exhibition with the guests.", "Carl XVI Gustaf"),
        ("The delegation was received by King Charles III at Windsor.", "Charles III"),
        ("Pope Leo XIV met President Javier Milei at the Vatican.", "Leo XIV"),
        ("King Mohammed VI chaired the council in Rabat.", "Mohammed VI"),
    ],
)
def test_regnal_numbers_belong_to_the_name(sentence, name):
    assert name in [p.name for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Oman's Minister of Economy H E Dr Said bin Mohammed Al Saqri met the delegation.",
         ("Said bin Mohammed Al Saqri", "Minister of Economy", "OMN")),
        ("The minister received H E Sheikh Jassim bin Abdulaziz Al Thani, Minister of Finance, in Doha.",
         ("Jassim bin Abdulaziz Al Thani", "Minister of Finance", None)),
    ],
)  # fmt: skip
def test_his_excellency_written_with_a_space_is_no_part_of_the_name(sentence, expected):
    """ "H E" is His Excellency as Gulf papers write it, as "H.E." is: it had stayed in the name,
    and a long name after it was cut before "Al Thani"."""
    found = [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]
    assert expected in found
    assert all(not p.name.startswith("H ") for p in find_people(sentence))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("General Secretary To Lam met Lao President Thongloun Sisoulith.", "To Lam"),
        ("Cambodia's premier received H.E. General To Lam at the Peace Palace.", "To Lam"),
        ("H.E. General To Lam, Minister of Public Security, signed the plan.", "To Lam"),
        ("Korean Trade Minister An Duk-geun held talks in Seoul.", "An Duk-geun"),
    ],
)
def test_two_and_three_letter_given_names_after_a_title(sentence, name):
    assert name in [p.name for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The premier met To Van Hai, the deputy head of the party's economic commission, in Hue.",
         [("To Van Hai", "deputy head")]),
        ("Talks were led by An Min-jae, the vice minister of industry, and his guest.",
         [("An Min-jae", "vice minister of industry")]),
        # a style's possessive after a lower-case word is no given name
        ("The envoy spoke with His Majesty during the dinner in Amman.", []),
        ("Exports to Lam Dong province rose, the minister said.", []),
    ],
)  # fmt: skip
def test_a_short_given_name_after_running_text(sentence, expected):
    """ "met To Lam, the general secretary": a capitalized "To" or "An" after a lower-case word
    is a Vietnamese or Korean name's first word (the name had been "Lam")."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Vietnam's To Van Hai held talks with the Lao envoy in Vientiane.", [("To Van Hai", None)]),
        ("The Lao envoy held talks with South Korea's An Min-jae in Seoul.", [("An Min-jae", None)]),
        # a country's possessive before a place that opens with the same word: no one
        ("The minister spoke of Vietnam's An Giang province.", []),
    ],
)  # fmt: skip
def test_a_short_given_name_after_a_countrys_possessive(sentence, expected):
    """ "Vietnam's To Lam held talks": the country's possessive stands where a title would, so a
    capitalized "To" or "An" after it opens the name (the name had been lost)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ghanaian Speaker Efua Among met the Togolese delegation in Accra.", [("Efua Among", "Speaker")]),
        ("The delegation was received by Parliament Speaker Efua Among in Accra.",
         [("Efua Among", "Parliament Speaker")]),
        ("Deputy Minister Kofi Upon, who led the team, arrived.", [("Kofi Upon", "Deputy Minister")]),
        ("Speaker Efua Among said the two parliaments would cooperate.", [("Efua Among", "Speaker")]),
        # after a country's possessive or demonym, and before an office in apposition
        ("Ghana's Efua Among met the Togolese delegation in Accra.", [("Efua Among", None)]),
        ("Ghanaian Efua Among met the Togolese delegation in Accra.", [("Efua Among", None)]),
        ("Talks were held with Efua Among, Ghana's Speaker, in Accra.", [("Efua Among", "Speaker")]),
        # near misses: a title-case heading; a preposition in lower case; one before an article
        ("Talks were held in Accra, Among other places.", []),
        ("Speaker Efua At the summit spoke.", [("Efua", "Speaker")]),
        ("Speaker Efua Among the Guests at Accra Gala", [("Efua", "Speaker")]),
        ("Speaker Efua Mensah was among the guests.", [("Efua Mensah", "Speaker")]),
    ],
)  # fmt: skip
def test_a_capitalized_function_word_after_a_titled_name_is_its_surname(sentence, expected):
    """ "Speaker Anita Among met ...": running text writes a preposition in lower case, so one
    capitalized right after a titled name, before a lower-case word or a punctuation mark, is
    the surname (the name had been cut to the given name)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks were attended by Khalil al-Dabbagh, Nabil Haddad and Omar Saleh Barakat.",
         ["Khalil al-Dabbagh", "Nabil Haddad", "Omar Saleh Barakat"]),
        ("The talks were attended by Nabil Haddad, Khalil al-Dabbagh and Omar Saleh Barakat.",
         ["Nabil Haddad", "Khalil al-Dabbagh", "Omar Saleh Barakat"]),
        ("Libyan Foreign Minister Taher el-Baour met Youssef el-Amrani and Karim Hajji in Rabat.",
         ["Taher el-Baour", "Youssef el-Amrani", "Karim Hajji"]),
        ("Jordan's envoy met Khalil al-Dabbagh, Youssef el-Amrani and Nabil Haddad in Amman.",
         ["Khalil al-Dabbagh", "Youssef el-Amrani", "Nabil Haddad"]),
        # "Abd" written in full before its particled word is the given name, no abbreviation
        ("The session was attended by Abd al-Karim bin Hamad, Ivan Sokolov and Tariq el-Mahdi.",
         ["Abd al-Karim bin Hamad", "Ivan Sokolov", "Tariq el-Mahdi"]),
        ("The session was attended by Ivan Sokolov, Abd el-Rahim bin Nasser and Tariq el-Mahdi.",
         ["Ivan Sokolov", "Abd el-Rahim bin Nasser", "Tariq el-Mahdi"]),
        # near misses: alone, or listed with places only, one word and a particled one name no one
        ("The talks were attended by Khalil al-Dabbagh.", []),
        ("Aid passed through Bab al-Hawa, Jarabulus and Azaz on Monday.", []),
    ],
)  # fmt: skip
def test_a_given_name_and_a_particled_surname_in_a_list_of_people(sentence, expected):
    """ "attended by Razzaq al-Saadawi, Fuad Hussein and Abdul Latif Rashid": a name of one
    capitalized word and a surname joined to its particle, listed with people, is a person too
    (it had been dropped, one capitalized word being too few for a name)."""
    assert sorted(p.name for p in find_people(sentence)) == sorted(expected)


def test_a_sentence_that_starts_with_to_names_nobody():
    assert [p.name for p in find_people("To boost trade, Lula travelled to Beijing.")] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting.",
            ("KAMIKAWA Yoko", "Minister for Foreign Affairs", "JPN", None),
        ),
        (
            "Mr. TSUGE Yoshifumi, State Minister for Foreign Affairs, received the delegation.",
            ("TSUGE Yoshifumi", "State Minister for Foreign Affairs", None, None),
        ),
        (
            "Prime Minister Mr. KISHIDA Fumio met the delegation.",
            ("KISHIDA Fumio", "Prime Minister", None, None),
        ),
        (
            "Vice-Minister Mr. NAMAZU Hiroyuki visited Hanoi.",
            ("NAMAZU Hiroyuki", "Vice-Minister", None, None),
        ),
    ],
)
def test_surnames_written_in_capitals(sentence, expected):
    assert expected in _names_titles(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of Cambodia, said.", "Hun Manet"),
        ("Samdech Techo Hun Sen received the visiting minister.", "Hun Sen"),
        ("Samdech Krolahom Sar Sokha, Deputy Prime Minister, signed the plan.", "Sar Sokha"),
        ("The Indonesian minister Sri Mulyani Indrawati spoke.", "Sri Mulyani Indrawati"),
    ],
)
def test_many_word_honorifics_are_no_part_of_the_name(sentence, name):
    assert name in [p.name for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Prince Faisal held talks with his Kuwaiti counterpart Abdullah Ali Al-Yahya.",
            ("Abdullah Ali Al-Yahya", None, "KWT", None),
        ),
        (
            "He later met his Peruvian peer, Javier González-Olaechea, in Lima.",
            ("Javier González-Olaechea", None, "PER", None),
        ),
        ("Vieira and his Argentine counterpart Diana Mondino signed.", ("Diana Mondino", None, "ARG", None)),
        # the country after "from", as after "of"
        (
            "Ruto met his counterpart from Zambia, Hakainde Hichilema.",
            ("Hakainde Hichilema", None, "ZMB", None),
        ),
        (
            "She met her counterpart from the Central African Republic Faustin-Archange Touadéra.",
            ("Faustin-Archange Touadéra", None, "CAF", None),
        ),
    ],
)
def test_counterpart_is_no_title(sentence, expected):
    found = [p for p in find_people(sentence) if p.name == expected[0]]
    assert [(p.name, p.title, p.country_iso3, p.organization) for p in found] == [expected]
    assert found[0].counterpart


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Ambassador of China to Kenya Zhou Pingjian met the Cabinet Secretary.",
            ("Zhou Pingjian", "Ambassador to Kenya", "CHN", None),
        ),
        (
            "The Ambassador of India in Brazil, Suresh Reddy, attended.",
            ("Suresh Reddy", "Ambassador in Brazil", "IND", None),
        ),
        (
            "the Special Envoy of Qatar to Sudan Mohammed Al-Khulaifi arrived.",
            ("Mohammed Al-Khulaifi", "Special Envoy to Sudan", "QAT", None),
        ),
    ],
)
def test_envoy_of_a_country_to_another(sentence, expected):
    assert expected in _names_titles(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud received the Emir.",
            [("Salman bin Abdulaziz Al Saud", "King", None, None)],
        ),
        (
            "The Saudi Minister of Foreign Affairs, Prince Faisal bin Farhan, conveyed a message.",
            [("Faisal bin Farhan", "Minister of Foreign Affairs", "SAU", None)],
        ),
        (
            "The Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Sabah, received the envoy.",
            [("Meshal Al-Ahmad Al-Sabah", "Emir", "KWT", None)],
        ),
        # a courtesy right after an office with a complement is no office of its own
        (
            "Minister of Energy Prince Abdulaziz bin Salman met the envoy.",
            [("Abdulaziz bin Salman", "Minister of Energy", None, None)],
        ),
        (
            "Minister of Foreign Affairs Sheikh Abdullah bin Zayed met the envoy.",
            [("Abdullah bin Zayed", "Minister of Foreign Affairs", None, None)],
        ),
    ],
)
def test_royal_titles_and_ranks_name_no_organization(sentence, expected):
    assert _names_titles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("South Korean Trade Minister Ahn Duk-geun met his Chilean counterpart.", "Ahn Duk-geun"),
        ("the Minister for Trade of the Republic of Korea, Cheong In-kyo, said", "Cheong In-kyo"),
        ("Prime Minister Han Duck-soo received the delegation in Seoul.", "Han Duck-soo"),
        ("Former UN Secretary-General Ban Ki-moon opened the forum.", "Ban Ki-moon"),
    ],
)
def test_romanized_korean_given_names(sentence, name):
    assert name in [p.name for p in find_people(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Long-term Strategy was adopted by the assembly.",
        "Their annual St Patrick's Day meeting was held in Washington.",
        "Delegates toured Saint Lucia Harbour before the talks.",
    ],
)
def test_hyphenated_words_and_saints_are_no_people(sentence):
    assert find_people(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "He was received in the presence of the Minister of Foreign Affairs, National Community "
            "Abroad and African Affairs, Mr. Ahmed Attaf.",
            [("Ahmed Attaf", "Minister of Foreign Affairs, National Community Abroad and African Affairs")],
        ),
        (
            "Minister of State, Minister of Foreign Affairs, African Integration and the Diaspora, "
            "Yassine Fall, met the envoy.",
            [
                (
                    "Yassine Fall",
                    "Minister of State, Minister of Foreign Affairs, African Integration and the Diaspora",
                )
            ],
        ),
        (
            "Mongolia's Minister of Mining and Heavy Industry Batnasan Ochir signed the deal.",
            [("Batnasan Ochir", "Minister of Mining and Heavy Industry")],
        ),
        (
            "Djibouti's Minister of Infrastructure and Equipment Hassan Houmed Ibrahim signed.",
            [("Hassan Houmed Ibrahim", "Minister of Infrastructure and Equipment")],
        ),
        (
            "The United Kingdom's Minister of State for Trade Policy, Greg Hands, arrived.",
            [("Greg Hands", "Minister of State for Trade Policy")],
        ),
        (
            "EU Commissioner for Economic Policy Paolo Gentiloni met the ministers.",
            [("Paolo Gentiloni", "Commissioner for Economic Policy")],
        ),
    ],
)
def test_ministries_that_join_portfolios_the_lexicon_does_not_list(sentence, expected):
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The Minister of Energy, Tullow Oil and Kosmos Energy signed the production deal.",
        "Minister of Energy, Kenya Airways and Safaricom, Jane Doe said the plan was ready.",
    ],
)
def test_companies_after_a_portfolio_are_no_part_of_the_title(sentence):
    assert all("Tullow" not in t.title and "Airways" not in t.title for t in find_titles(sentence))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Fisheries Minister Aoife Holland met Norwegian Ambassador Lars Berg.", "Aoife Holland"),
        ("Deputy Mayor Gareth Wales, who led the delegation, spoke first.", "Gareth Wales"),
        ("the talks with Commonwealth Secretary-General Linda Scotland.", "Linda Scotland"),
    ],
)
def test_a_country_word_can_close_a_titled_name(sentence, name):
    assert name in [p.name for p in find_entities(sentence).people]


def test_a_country_word_starting_a_clause_is_no_surname():
    names = [p.name for p in find_entities("The envoy told President Tokayev Kazakhstan would help.").people]
    assert names == ["Tokayev"]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Chinese Vice Premier He Lifeng met the delegation in Beijing.", ["He Lifeng"]),
        ("Vice Premier Liu He held talks with Janet Yellen.", ["Liu He", "Janet Yellen"]),
        ("Former ambassador He Yafei told the forum that trade would grow.", ["He Yafei"]),
        ("He met Janet Yellen on Friday.", ["Janet Yellen"]),  # the pronoun opening the sentence
        ('Officials said: "He Lifeng agreed to the plan."', []),  # a quote may open with the pronoun
    ],
)
def test_the_surname_he_is_part_of_a_name_inside_a_sentence(sentence, names):
    """ "He" capitalized inside a sentence is the Chinese surname, not the pronoun (lower case
    there) and not "HE", His Excellency."""
    assert [p.name for p in find_people(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("He Lifeng, vice premier, met with Brazilian Finance Minister Fernando Haddad.",
         ["He Lifeng", "Fernando Haddad"]),
        ("He Weidong met with Thai Defence Minister Sutin Klungsang in Beijing.",
         ["He Weidong", "Sutin Klungsang"]),
        ("BEIJING (Xinhua) -- He Yong held talks with Kenyan President William Ruto.",
         ["He Yong", "William Ruto"]),
        # look-alikes: the pronoun, a title-case headline, a function word, a quotation's first word
        ("He met with Kenyan President William Ruto in Nairobi.", ["William Ruto"]),
        ("He Meets Kenyan President William Ruto in Nairobi", ["William Ruto"]),
        ("He Also met Kenyan President William Ruto.", ["William Ruto"]),
        ('Kenyan officials said: "He Xiang agreed to the plan."', []),
    ],
)  # fmt: skip
def test_the_surname_he_can_open_a_sentence_before_a_chinese_given_name(sentence, names):
    """ "He Lifeng, vice premier, met ...", "He Weidong met ...": opening a sentence, "He" before a
    Chinese given name and a lower-case word or a comma is the surname (it had been the pronoun:
    the given name alone was the person, or nobody was)."""
    assert [p.name for p in find_people(sentence)] == names


@pytest.mark.parametrize(
    ("headline", "names"),
    [
        ("Wang Yi Holds Talks with Brazilian Foreign Minister Mauro Vieira", ["Wang Yi", "Mauro Vieira"]),
        ("Ruto Receives Ugandan Envoy Joy Kabatsi at State House", ["Joy Kabatsi"]),
        ("Lula Hosts Gustavo Petro in Brasilia", ["Gustavo Petro"]),
    ],
)
def test_headline_verbs_end_a_name(headline, names):
    """Title-case headlines capitalize their verbs: "Holds", "Receives", "Hosts" are no part
    of the name before them."""
    assert [p.name for p in find_people(headline)] == names


@pytest.mark.parametrize(
    ("sentence", "organization", "country"),
    [
        ("A delegation led by China Council for the Promotion of International Trade (CCPIT) Vice Chairman "
         "Zhang Shaogang met him.", "China Council for the Promotion of International Trade (CCPIT)", "CHN"),
        ("Bank of Ghana (BoG) Governor Ernest Addison met him.", "Bank of Ghana (BoG)", "GHA"),
        ("State Bank of Pakistan (SBP) Governor Jameel Ahmad met him.", "State Bank of Pakistan (SBP)",
         "PAK"),
    ],
)  # fmt: skip
def test_a_body_before_a_title_is_the_whole_name_its_acronym_spells(sentence, organization, country):
    """ "China Council for the Promotion of International Trade (CCPIT) Vice Chairman": the
    acronym spells the body's whole name across "for the" and "of"; the run of capitalized
    words alone gave "International Trade (CCPIT)", and no country."""
    (person,) = find_entities(sentence).people
    assert (person.organization, person.country_iso3) == (organization, country)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Commerce Minister Shri Piyush Goyal met Finance Minister Smt Nirmala Sitharaman.",
         ["Piyush Goyal", "Nirmala Sitharaman"]),
        ("Hon'ble Minister of State for External Affairs Shri V. Muraleedharan met him.",
         ["V. Muraleedharan"]),
    ],
)  # fmt: skip
def test_south_asian_honorifics_are_no_part_of_the_name(sentence, names):
    """ "Shri", "Smt" and "Hon'ble" are courtesy words; "Hon'ble" alone came out as a person."""
    assert [p.name for p in find_people(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Former Prime Minister Sheikh Rehana travelled to Tokyo.", "Sheikh Rehana"),
        ("Sheikh Rehana, then Prime Minister, travelled to Tokyo.", "Sheikh Rehana"),
        ("Education Minister Shaikh Jamila, a veteran, spoke.", "Shaikh Jamila"),
        # more name words after it: the style is dropped as before
        ("Prime Minister Sheikh Rehana Begum travelled to Tokyo.", "Rehana Begum"),
        ("Sheikh Faisal bin Saud Al Hamdan, Minister of Trade, spoke.", "Faisal bin Saud Al Hamdan"),
        # a royal office, or an official of a Gulf monarchy: the ruling family's style
        ("Crown Prince Sheikh Nasser opened the forum.", "Nasser"),
        ("Kuwaiti Foreign Minister Sheikh Salem visited Tokyo.", "Salem"),
    ],
)
def test_sheikh_before_a_lone_name_word_is_part_of_the_name(sentence: str, name: str) -> None:
    """ "Prime Minister Sheikh Rehana": "Sheikh" before a single name word is how the person is
    named (a family name in South Asia), not a courtesy dropped (she had been "Rehana"); before
    a longer name, a royal's or a Gulf official's it is a style, dropped as before."""
    assert [p.name for p in find_people(sentence)] == [name]


def test_sheikh_and_one_name_is_the_full_name_told_before() -> None:
    """ "Sheikh Faisal" after "Faisal bin Saud Al Hamdan": the same person (the names match
    without the style), so the registry keeps one; "Sheikh Saud" after "bin" is the father."""
    registry = NameRegistry()
    (full,) = find_people("Sheikh Faisal bin Saud Al Hamdan, Minister of Trade, spoke.")
    registry.add(full)
    (short,) = find_people("Trade Minister Sheikh Faisal met the envoy.")
    assert registry.add(short).name == "Faisal bin Saud Al Hamdan"
    (father,) = find_people("Former Minister Sheikh Saud met the envoy.")
    registry.add(father)
    assert [p.name for p in registry.people] == ["Faisal bin Saud Al Hamdan", "Sheikh Saud"]


def test_an_engagement_keeps_sheikh_before_a_lone_name() -> None:
    """The engagement's participant keeps the style too ("Sheikh Rehana", not "Rehana"), and
    drops it before a longer name ("Faisal bin Saud Al Hamdan")."""
    text = (
        "DHAKA - Prime Minister Sheikh Rehana met Saudi Trade Minister Sheikh Faisal bin Saud Al Hamdan "
        "in Dhaka on Monday."
    )
    (met,) = extract_document(text, date(2025, 6, 10), "Dhaka").engagements
    assert [p.name for p in met.participants] == ["Sheikh Rehana", "Faisal bin Saud Al Hamdan"]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Deputy Prime Minister Afioga Tuala Iosefo Ponifasio met Foreign Minister Susuga Lemalu Tate.",
         ["Tuala Iosefo Ponifasio", "Lemalu Tate"]),
        ("Afioga Laauli Leuatea Schmidt opened the wharf.", ["Laauli Leuatea Schmidt"]),
    ],
)  # fmt: skip
def test_samoan_styles_are_no_part_of_the_name(sentence, names):
    """ "Afioga" (Your Honour) and "Susuga" (the Honourable) are Samoan styles before a name, as
    "Hon." is ("Prime Minister Afioga Fiamē Naomi Mata'afa": the style had opened the name)."""
    assert [p.name for p in find_people(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Archbishop Tomasz Wolak met the Polish delegation on Monday.", [("Tomasz Wolak", None, None)]),
        ("He met Cardinal Secretary General Luis Ortega.", [("Luis Ortega", "Secretary General", None)]),
        ("The envoy met Monsignor Karel Novak, Undersecretary for Migrants.",
         [("Karel Novak", "Undersecretary for Migrants", None)]),
    ],
)  # fmt: skip
def test_church_ranks_are_courtesy_words_before_a_name(sentence, expected):
    """ "Cardinal Secretary of State X", "Archbishop X, Secretary for ...": a prelate's rank,
    written before his office or his name as "Sheikh" is, is no part of the name and no body
    he represents (the organization had been "Cardinal", and "Archbishop" part of the name)."""
    assert [(p.name, p.title, p.organization) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("Narendra Modi", "IND"), ("Pedro Sánchez", "ESP"), ("Recep Tayyip Erdoğan", "TUR"),
     ("Ferdinand Marcos Jr.", "PHL"), ("S. Jaishankar", "IND"), ("John Smith", None),
     # a surname alone when it names one listed official and no common family
     ("Modi", "IND"), ("Wong", None), ("Singh", None), ("Jinping", None), ("Peters", None),
     # the short names wire copy uses that are no last words, as the whole mention only
     ("Lula", "BRA"), ("Xi", "CHN"), ("Prabowo", "IDN"), ("Anwar", "MYS"), ("el-Sisi", "EGY"),
     ("Anwar Gargash", None), ("Lula Santos", None),
     # letters NFKD does not decompose (ø, ł) fold to the ASCII the list is written in
     ("Jonas Gahr Støre", "NOR"), ("Radosław Sikorski", "POL"),
     # a reigning monarch by regnal name and numeral; the given name alone, or a name a
     # monarch's shares a word with, is nobody's
     ("Felipe VI", "ESP"), ("Harald V", "NOR"), ("Mswati III", "SWZ"), ("Willem-Alexander", "NLD"),
     ("Felipe", None), ("Charles", None), ("Alexander", None), ("Danny Alexander", None)],
)  # fmt: skip
def test_known_nationality_matches_whole_names_and_rare_surnames(name, iso3):
    from orchestration.extraction.leaders import known_nationality

    assert known_nationality(name) == iso3


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The deal was signed by SOCAR President Rovshan Najaf and MVM CEO Karoly Matrai.", "Rovshan Najaf"),
        ("It was signed by Governor Ali Basra on Monday.", "Ali Basra"),
        ("Talks with President Tokayev in Astana went well.", "Tokayev"),  # a place after "in"
    ],
)
def test_a_city_after_a_given_name_is_its_surname(sentence: str, name: str) -> None:
    """A titled given name followed by a one-word city ("President Rovshan Najaf") is a full
    name, as with a country ("Trade Minister Jan Holland"); it was cut to "Rovshan"."""
    assert name in [p.name for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Minister of Foreign Affairs, Amb. Yusuf Tuggar, received the envoy.", "Yusuf Tuggar"),
        ("Sen. Godswill Akpabio met the delegation in Abuja.", "Godswill Akpabio"),
        ("Arc. Ahmed Musa Dangiwa met the Chinese ambassador.", "Ahmed Musa Dangiwa"),
        ("Former Prime Minister Hun Sen received the envoy.", "Hun Sen"),  # a name's last word stays
    ],
)
def test_nigerian_courtesy_abbreviations_are_no_names(sentence: str, name: str) -> None:
    """ "Amb." (ambassador), "Sen." (senator), "Barr." (barrister), "Arc." (architect) before a
    name, as Nigerian copy writes them, are honorifics: "Amb" had been a person of its own."""
    assert [p.name for p in find_people(sentence)] == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "a delegation led by the Deputy Minister of Defence, Colonel-General Viktor Goremykin.",
            "Viktor Goremykin",
        ),
        ("He received Lieutenant-General Amos Kiprono, the army commander.", "Amos Kiprono"),
        ("The talks were led by Rear-Admiral Jose Ortega and his counterpart.", "Jose Ortega"),
    ],
)
def test_a_hyphenated_rank_is_not_part_of_the_name(sentence, name):
    assert [p.name for p in find_people(sentence)] == [name]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He met Indonesian Deputy Police Chief Comr. Gen. Budi Santoso on Monday.",
         [("Budi Santoso", "Deputy Police Chief")]),
        ("The talks were led by Insp. Gen. Agus Widodo and his counterpart.", [("Agus Widodo", None)]),
        ("He met Police Attaché Sr. Supt. Rafael Cruz on Monday.", [("Rafael Cruz", "Police Attaché")]),
        ("The talks were led by Wg. Cdr. Nadia Rahman and her counterpart.", [("Nadia Rahman", None)]),
        ("He received Navy Chief Cdre. Tomas Berg in Oslo.", [("Tomas Berg", "Navy Chief")]),
        # the office written out is still the title
        ("The envoy met Commissioner Jutta Urpilainen.", [("Jutta Urpilainen", "Commissioner")]),
    ],
)  # fmt: skip
def test_an_abbreviated_police_rank_is_not_the_name(sentence, expected):
    """ "Comr. Gen." (commissioner general) and "Insp. Gen." (inspector general), the English
    of Indonesian police ranks, are skipped as "Lt. Gen." is ("Comr" had been the name)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


def test_an_abbreviated_office_is_no_name() -> None:
    """ "Toyota Pres. Koji Sato": "Pres." abbreviates the office and names no one (it had made a
    person "Toyota Pres")."""
    sentence = "Toyota and VinFast signed a deal in Tokyo on Jan. 15, with Toyota Pres. Koji Sato attending."
    assert [p.name for p in find_people(sentence)] == ["Koji Sato"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "US President Donald Trump's special envoy Steve Witkoff met Putin.",
            [("Steve Witkoff", "special envoy", "USA", None)],
        ),
        (
            "Prime Minister Sheikh Hasina's adviser Salman F Rahman met the delegation.",
            [("Salman F Rahman", "adviser", "BGD", None)],
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva's adviser Celso Amorim flew in.",
            [("Celso Amorim", "adviser", "BRA", None)],
        ),
        (
            "Modi's national security adviser Ajit Doval met him.",
            [("Ajit Doval", "national security adviser", "IND", None)],
        ),
        (
            "Ajit Doval, Modi's national security adviser, met him.",
            [("Ajit Doval", "national security adviser", "IND", None)],
        ),
        # the aide's own office in apposition after the title: "X's special envoy, Minister of Y Z"
        (
            "He received Ghanaian President Kofi Mensah's special envoy, Minister of Lands and Mines "
            "Ama Boateng.",
            [("Ama Boateng", "Minister of Lands and Mines", "GHA", None)],
        ),
        # a principal's name with a lower-case particle joined to its last word is his name all the same
        (
            "The king received Syrian President Hafiz Karim al-Masri's personal envoy, Minister of "
            "Economy Rami Haddad.",
            [("Rami Haddad", "Minister of Economy", "SYR", None)],
        ),
        # a company's officer stays the company's
        ("Gazprom's CEO Alexei Miller met him.", [("Alexei Miller", "CEO", None, "Gazprom")]),
    ],
)
def test_an_aide_named_after_a_principals_possessive_is_of_the_principals_country(sentence, expected):
    """The principal ("Trump's", "Modi's") only says whom the aide serves: no person of the
    sentence, and the aide's country (the principal had been a participant, and the aide of an
    unstated country had left the meeting one-sided)."""
    assert _names_titles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Australian Prime Minister Anthony Albanese's meeting with Japanese Prime Minister Shigeru "
            "Ishiba in Lima covered critical minerals.",
            [("Anthony Albanese", "Prime Minister", "AUS", None),
             ("Shigeru Ishiba", "Prime Minister", "JPN", None)],
        ),
        (
            "Kenyan President William Ruto's talks with Tanzanian President Samia Suluhu Hassan ended late.",
            [("William Ruto", "President", "KEN", None),
             ("Samia Suluhu Hassan", "President", "TZA", None)],
        ),
        # an aide's office after the possessive still drops the principal
        (
            "Ruto's economic adviser David Ndii met him.",
            [("David Ndii", "economic adviser", "KEN", None)],
        ),
    ],
)  # fmt: skip
def test_a_possessed_event_with_someone_names_both_sides(sentence, expected):
    """ "British Prime Minister X's meeting with Indian Prime Minister Y": the words after the
    possessive join an event of X's to Y, who is no aide of X's, and X stays a person of the
    sentence (he had been dropped as Y's principal)."""
    assert _names_titles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Peruvian President Dina Boluarte's chief of staff, Minister of Production Sergio Gonzalez, "
            "met the envoy.",
            [("Sergio Gonzalez", "Minister of Production", "PER", None)],
        ),
        (
            "She then met the Mongolian team leader, Vice Minister of Mining Batbayar Erdene, in Seoul.",
            [("Batbayar Erdene", "Vice Minister of Mining", None, None)],
        ),
    ],
)
def test_a_role_in_lower_case_ends_before_the_office_set_off_after_its_comma(sentence, expected):
    """ "X's chief of staff, Minister of Y Z": a role written in lower case and the capitalized
    office after its comma are two titles, the second Z's own, and the principal no person (the
    two had been one title, "chief of staff" no aide's title, and the principal a participant)."""
    assert _names_titles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The minister received Canadian High Commissioner Ruth Ellison's successor, High Commissioner "
            "Paul Gagnon, in Nairobi.",
            [("Paul Gagnon", "High Commissioner", "CAN", None)],
        ),
        # a successor without a title of his own holds the office of the one before him
        (
            "She met Swedish Consul General Anna Berg's predecessor Lars Holm.",
            [("Lars Holm", "Consul General", "SWE", None)],
        ),
    ],
)
def test_someone_named_through_another_persons_possessive_is_the_one_told_of(sentence, expected):
    """ "German Ambassador X's successor, Ambassador Y": the one before him only names the
    successor (he had been a participant, and the successor without his country had been
    given the host's)."""
    assert _names_titles(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The trade ministers of Chile, Peru and Colombia -- Ana Lopez, Raul Perez and Luis Gomez -- met.",
        "The trade ministers of Chile, Peru and Colombia, Ana Lopez, Raul Perez and Luis Gomez, met.",
        "The trade ministers of Chile, Peru and Colombia – Ana Lopez, Raul Perez and Luis Gomez – met.",
        # a courtesy word before the first name is no part of the list
        "The trade ministers of Chile, Peru and Colombia, Dr. Ana Lopez, Raul Perez and Luis Gomez, met.",
        "The trade ministers of Chile, Peru and Colombia, Sheikh Ana Lopez, Raul Perez and Luis Gomez, met.",
    ],
)
def test_names_listed_after_a_plural_title_of_countries_hold_it_in_order(sentence: str) -> None:
    """ "the foreign ministers of Egypt, Greece and Cyprus -- X, Y and Z --", "..., Sayyid X, Y and
    Z": each name holds the title, of the country listed in its place (they had neither)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == [
        ("Ana Lopez", "trade minister", "CHL"),
        ("Raul Perez", "trade minister", "PER"),
        ("Luis Gomez", "trade minister", "COL"),
    ]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("It was led by the Minister for Foreign Trade and Development Aid, Ms Hanna Berg.",
         "Minister for Foreign Trade and Development Aid"),
        ("It was led by the Minister for Trade and Humanitarian Assistance, Ms Hanna Berg.",
         "Minister for Trade and Humanitarian Assistance"),
        ("It was led by the Minister for Social Affairs and Disaster Relief, Ms Hanna Berg.",
         "Minister for Social Affairs and Disaster Relief"),
    ],
)  # fmt: skip
def test_aid_and_relief_portfolios_end_the_title_not_start_a_name(sentence: str, title: str) -> None:
    """ "Development Aid" is a portfolio: "Aid" had been a person."""
    assert [(p.name, p.title) for p in find_people(sentence)] == [("Hanna Berg", title)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Minister of Finance Ch.Khurelbaatar met him.", [("Ch.Khurelbaatar", "Minister of Finance")]),
        ("It was co-chaired by State Secretary Ts.Munkh-Orgil and Ambassador Igarashi Kazuhiro.",
         [("Ts.Munkh-Orgil", "State Secretary"), ("Igarashi Kazuhiro", "Ambassador")]),
        ("Prime Minister L.Oyun-Erdene met him.", [("L.Oyun-Erdene", "Prime Minister")]),
    ],
)  # fmt: skip
def test_a_two_letter_initial_against_the_name(sentence: str, expected: list[tuple]) -> None:
    """ "Ts.Munkh-Orgil": Mongolian names write the father's initial before the name, in two Latin
    letters for one Cyrillic ("Ts", "Kh", "Ch"); the person had been called "Ts"."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


def test_a_listed_leader_whose_given_name_is_a_bodys_word() -> None:
    """ "Duma Boko", Botswana's president: "Duma" names a parliament, but the full name is a
    listed leader's (he had been missed); "the State Duma" is still no one."""
    assert [(p.name, p.title) for p in find_people("She met the Botswana President Duma Boko.")] == [
        ("Duma Boko", "President")
    ]
    assert not find_people("The State Duma passed the bill.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Minister for Foreign Affairs and Trade, Helen McEntee TD, yesterday hosted him.",
         ("Helen McEntee", "Minister for Foreign Affairs and Trade")),
        ("The Minister of State for Trade, Jane Hale MP, met him.",
         ("Jane Hale", "Minister of State for Trade")),
        # the letters written with periods
        ("The Minister of State for Fisheries, Owen Pryce M.P., met him.",
         ("Owen Pryce", "Minister of State for Fisheries")),
        ("Fijian Minister Semi Tora M.P. met him in Suva.", ("Semi Tora", "Minister")),
    ],
)  # fmt: skip
def test_letters_after_a_name_in_commas_after_its_title(sentence: str, expected: tuple) -> None:
    """ "The Minister ..., Helen McEntee TD,": the letters of a seat after the name still close
    the apposition (the minister had had no title)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In Suva, the Hon Grace Ellery MP, Minister for Fisheries, and Fiji's Minister Semi Koroi signed.",
         [("Grace Ellery", "Minister for Fisheries"), ("Semi Koroi", "Minister")]),
        ("Rhys Calder MLA, Minister for Ports, met Tongan Minister Sione Vea.",
         [("Rhys Calder", "Minister for Ports"), ("Sione Vea", "Minister")]),
        # a title before the name stays the title's: "Labour MP Ann Kerr", "the Labour MP, Ann Kerr,"
        ("Labour MP Ann Kerr met the Green MP, Tom Vale, in Cardiff.",
         [("Ann Kerr", "MP"), ("Tom Vale", "MP")]),
    ],
)  # fmt: skip
def test_letters_after_a_name_before_its_title_in_commas(sentence: str, expected: list) -> None:
    """ "the Hon Grace Ellery MP, Minister for Fisheries,": the letters of a seat after the name
    are no title the office in commas continues ("MP, Minister for Fisheries" had been read as
    one title, the name lost and the person taken for a body), and they end the name."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The envoy hosted Irish Minister Niamh Doyle TD, who arrived on Monday.",
         [("Niamh Doyle", "Minister", None)]),
        ("Trade Minister Ola Berg met Australian Minister Kate Lowe MP, who is touring the region.",
         [("Ola Berg", "Trade Minister", None), ("Kate Lowe", "Minister", None)]),
        ("She thanked Ruth Marsh MLA, whose motion passed.", [("Ruth Marsh", None, None)]),
        # a seat's party before the letters is the title's: no name, no person
        ("She met the Green MP, who backed the bill.", []),
        # a business title in capitals is no seat's letters
        ("She met Acme Widgets CEO, who said nothing.", []),
    ],
)  # fmt: skip
def test_letters_after_a_name_before_a_relative_clause(sentence: str, expected: list) -> None:
    """ "British Minister Harriet West MP, who is on a visit,": a seat's letters after a name,
    then a comma and "who"/"whose", close the name (the name had been read as the body of an
    "MP", the person lost and a body of the host's country made)."""
    assert [(p.name, p.title, p.organization) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In Apia, the Hon Mere Tavola MP, Fijian Minister for Trade, and Samoa's Minister Tui Leota met.",
         [("Mere Tavola", "Minister for Trade", "FJI"), ("Tui Leota", "Minister", "WSM")]),
        ("Owen Barlow MP, Canada's Minister of Fisheries, met Icelandic Minister Gudrun Helga.",
         [("Owen Barlow", "Minister of Fisheries", "CAN"), ("Gudrun Helga", "Minister", "ISL")]),
        ("Kate Ormond MP, the Minister for Ports, toured the terminal.",
         [("Kate Ormond", "Minister for Ports", None)]),
    ],
)  # fmt: skip
def test_letters_after_a_name_before_an_office_of_a_country(sentence: str, expected: list) -> None:
    """ "the Hon Mere Tavola MP, Fijian Minister for Trade,": an office opened by its country or an
    article in commas after the letters of a seat is the office of the name before them, as a bare
    one is (the letters had been the title, the name a body's, and the minister lost)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hon. Ruth Saunders, MP, Jamaica's Minister of Agriculture, met Peruvian Minister Ana Quispe.",
         [("Ruth Saunders", "Minister of Agriculture", "JAM"), ("Ana Quispe", "Minister", "PER")]),
        ("Hon. Cyril Mbatha, CBE, Minister of Mines, received him.",
         [("Cyril Mbatha", "Minister of Mines", None)]),
        # the letters written with periods ("M.P.", "C.B.E."): no person of their own
        ("Hon. Delroy Beckford, M.P., Minister of Tourism of Jamaica, met Chilean Minister Ana Ruiz.",
         [("Delroy Beckford", "Minister of Tourism", "JAM"), ("Ana Ruiz", "Minister", "CHL")]),
        ("Hon. Tendai Moyo, C.B.E., Minister of Mines, received him.",
         [("Tendai Moyo", "Minister of Mines", None)]),
        # with no office after them, the letters of the seat are the title as written
        ("Ruth Saunders, MP, said the talks went well.", [("Ruth Saunders", "MP", None)]),
    ],
)  # fmt: skip
def test_letters_after_a_name_in_commas_before_its_office(sentence: str, expected: list) -> None:
    """ "Hon. Ruth Saunders, MP, Jamaica's Minister of Agriculture,": letters of a seat or an
    honour set off by commas between a name and its office belong to the name, and the office
    is the title (the minister had been an "MP" of no country, or left without a title)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Senator the Hon Luis Ferrer, Chile's Minister of Energy, met Korean Minister Park Jin-ho.",
         [("Luis Ferrer", "Minister of Energy", "CHL"), ("Park Jin-ho", "Minister", "KOR")]),
        ("Senator the Hon Luis Ferrer MP, Minister of Energy, opened it.",
         [("Luis Ferrer", "Minister of Energy", None)]),
        # with no office after the name, the rank before the style is the title
        ("Senator the Hon Luis Ferrer opened it.", [("Luis Ferrer", "Senator", None)]),
    ],
)  # fmt: skip
def test_a_rank_before_a_parliamentary_style_gives_way_to_the_office(sentence: str, expected: list) -> None:
    """ "Senator the Hon Luis Ferrer, Chile's Minister of Energy,": the rank before "the Hon" is
    how he is addressed, and the office in commas after his name is his title (he had been a
    "Senator" of no country, and the office left to no one)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He spoke with Amir Khan Muttaqi, the acting foreign minister of Afghanistan.",
         ("Amir Khan Muttaqi", "acting foreign minister", "AFG")),
        ("He met Amir Hatami, Iran's defence minister.", ("Amir Hatami", "defence minister", "IRN")),
        ("He met Sultan Khalid Al Mansoori, chairman of Gulf Harbour Holdings, in Dubai.",
         ("Sultan Khalid Al Mansoori", "chairman", None)),
        # the office, when "the" or a style opens it
        ("He was received by the Amir Tamim bin Hamad, the head of state.",
         ("Tamim bin Hamad", "Amir", None)),
    ],
)  # fmt: skip
def test_a_title_that_is_a_given_name_before_a_title_in_apposition(sentence: str, expected: tuple) -> None:
    """ "Amir Khan Muttaqi, the acting foreign minister": "Amir" is his given name, as the title
    after the comma shows (he had been an "Amir" called "Khan Muttaqi", of the other side)."""
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Qatari Minister of Labour Sultan Rashid Obaidly met the Jordanian delegation.",
         [("Sultan Rashid Obaidly", "Minister of Labour", "QAT")]),
        ("Iraqi Minister for Oil Amir Karim Hassan signed the deal.",
         [("Amir Karim Hassan", "Minister for Oil", "IRQ")]),
        # the rank, before a single name or one with patronyms
        ("The Ruler of Johor Sultan Ibrahim received him.", [("Ibrahim", "Sultan", None)]),
        ("He met the Custodian of the Two Holy Mosques King Salman bin Abdulaziz.",
         [("Salman bin Abdulaziz", "King", None)]),
    ],
)  # fmt: skip
def test_a_title_that_is_a_given_name_after_a_complete_title_before_a_full_name(
    sentence: str, expected: list
) -> None:
    """ "Minister of Human Resources Amir Hassan Kamal": a title word that is also a given name,
    right after a complete title and before a given name and a surname, is the first of the
    name (he had been an "Amir" called "Hassan Kamal", of the other side)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He called on the Prime Minister, Dr the Hon. Arvin Boolell, on Thursday.",
         ("Arvin Boolell", "Prime Minister")),
        ("He met the Prime Minister, the Rt Hon. Christopher Luxon, on Thursday.",
         ("Christopher Luxon", "Prime Minister")),
    ],
)  # fmt: skip
def test_a_style_with_the_before_a_name_in_commas(sentence: str, expected: tuple) -> None:
    """ "the Prime Minister, Dr the Hon. Navinchandra Ramgoolam,": the style "the Hon." is skipped
    like any honorific (the Prime Minister had had no title)."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rt Hon. Mark Brown met the Samoan prime minister in Apia on Monday.", ["Mark Brown"]),
        ("The talks were held between Rt Hon. Mark Brown and Fiame Naomi Mataafa.",
         ["Mark Brown", "Fiame Naomi Mataafa"]),
        # as before: the dotted style and the undotted one
        ("Rt. Hon. Mark Brown met the Samoan prime minister in Apia on Monday.", ["Mark Brown"]),
        ("Rt Hon Mark Brown met the Samoan prime minister in Apia on Monday.", ["Mark Brown"]),
    ],
)  # fmt: skip
def test_styles_up_to_their_period_are_no_name(sentence: str, expected: list) -> None:
    """ "Rt Hon. Sitiveni Rabuka": the capitalized styles before the period are no person of
    their own (a person "Rt Hon" had been found beside the styled one)."""
    assert [p.name for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The presidents of Chile, Gabriel Boric, and Argentina, Javier Milei, met on Monday.",
         [("Gabriel Boric", "President", "CHL"), ("Javier Milei", "President", "ARG")]),
        ("The foreign ministers of Chile, Alberto van Klaveren, Peru, Elmer Schialer, and Ecuador, "
         "Gabriela Sommerfeld, met.",
         [("Alberto van Klaveren", "Foreign Minister", "CHL"), ("Elmer Schialer", "Foreign Minister", "PER"),
          ("Gabriela Sommerfeld", "Foreign Minister", "ECU")]),
        # entries that hold commas are parted by semicolons
        ("The summit was opened by the prime ministers of Norway, Ingrid Dahl; Denmark, Mette Holm; "
         "Finland, Aino Virtanen; and Iceland, Bjarni Olafsson.",
         [("Ingrid Dahl", "Prime Minister", "NOR"), ("Mette Holm", "Prime Minister", "DNK"),
          ("Aino Virtanen", "Prime Minister", "FIN"), ("Bjarni Olafsson", "Prime Minister", "ISL")]),
        # a list of five runs to its last entry, whose first name is also a city's
        ("The talks were joined by the foreign ministers of Kenya, Musalia Mudavadi, Ghana, Samuel "
         "Ablakwa, Senegal, Yassine Fall, Nigeria, Yusuf Tuggar and Ecuador, Victoria Obi.",
         [("Musalia Mudavadi", "Foreign Minister", "KEN"), ("Samuel Ablakwa", "Foreign Minister", "GHA"),
          ("Yassine Fall", "Foreign Minister", "SEN"), ("Yusuf Tuggar", "Foreign Minister", "NGA"),
          ("Victoria Obi", "Foreign Minister", "ECU")]),
        # "of" told again before each country, and "Heads of State (and Government)" as the title
        ("The forum was attended by the Heads of State of Chad, Mahamat Deby, of Niger, Abdourahamane "
         "Tiani, and of Mali, Assimi Goita.",
         [("Mahamat Deby", "Head of State", "TCD"), ("Abdourahamane Tiani", "Head of State", "NER"),
          ("Assimi Goita", "Head of State", "MLI")]),
        ("The prime ministers of Togo, Victoire Dogbe, and of Benin, Romuald Wadagni, spoke.",
         [("Victoire Dogbe", "Prime Minister", "TGO"), ("Romuald Wadagni", "Prime Minister", "BEN")]),
        ("The heads of government of Malawi, Saulos Chilima, and Zambia, Mutale Nalumango, spoke.",
         [("Saulos Chilima", "Head of Government", "MWI"),
          ("Mutale Nalumango", "Head of Government", "ZMB")]),
    ],
)  # fmt: skip
def test_a_plural_title_of_countries_each_followed_by_its_name(sentence: str, expected: list) -> None:
    """ "The presidents of Bolivia, Rodrigo Paz, and Peru, José Jerí,": each name after its own
    country holds the title, the office of that country as a title names it ("President"),
    however long the list and whether commas or semicolons part its entries (both presidents
    had had none; a fifth entry, or any after a semicolon, had had none either, and a first
    name that is also a city's had been no name)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Presidents Orban of Hungary and Karol Nawrocki of Poland spoke on the phone.",
         [("Orban", "President"), ("Karol Nawrocki", "President")]),
        ("Foreign Ministers Lavrov and Wang Yi held talks in Beijing.",
         [("Lavrov", "Foreign Minister"), ("Wang Yi", "Foreign Minister")]),
        ("The Presidents Cup opened in Montreal.", []),
    ],
)  # fmt: skip
def test_a_plural_title_before_a_surname_alone(sentence: str, expected: list) -> None:
    """ "Presidents Ruto of Kenya and X": one name word the plural title lists is a surname, as
    after "Mr" (it had been dropped as no full name, and the next name left untitled)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Prime Ministers Mette Frederiksen of Denmark and Jonas Gahr Store of Norway met on Monday.",
         [("Mette Frederiksen", "Prime Minister"), ("Jonas Gahr Store", "Prime Minister")]),
        ("Trade Ministers Ana Lopez of Chile, Raul Perez of the Philippines and Luis Gomez of Colombia met.",
         [("Ana Lopez", "Trade Minister"), ("Raul Perez", "Trade Minister"),
          ("Luis Gomez", "Trade Minister")]),
    ],
)  # fmt: skip
def test_a_plural_title_before_names_each_followed_by_its_country(sentence: str, expected: list) -> None:
    """ "Presidents X of Kenya and Y of Tanzania": the title is shared past each name's own
    "of <Country>" (the second name had had no title)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Foreign Minister Senator Penny Wong met him.", ("Penny Wong", "Foreign Minister")),
        ("Deputy Prime Minister and Foreign Minister Senator Ishaq Dar met him.",
         ("Ishaq Dar", "Deputy Prime Minister and Foreign Minister")),
        ("Senator Penny Wong met him.", ("Penny Wong", "Senator")),
    ],
)  # fmt: skip
def test_a_senators_style_after_an_office_is_no_part_of_the_name(sentence: str, expected: tuple) -> None:
    """ "Foreign Minister Senator Mohammad Ishaq Dar": the style of a seat, after the office, is
    no part of the name (it had been "Senator Mohammad Ishaq Dar"); alone, it is the title."""
    assert [(p.name, p.title) for p in find_people(sentence)] == [expected]


def test_an_acronym_spelled_out_in_parentheses_is_no_person() -> None:
    """ "Bolivia's YLB (Yacimientos de Litio Bolivianos) signed": the words in parentheses are the
    company's name, not a person's (they had been a Chilean person)."""
    sentence = "Codelco and Bolivia's YLB (Yacimientos de Litio Bolivianos) signed a memorandum."
    assert not find_people(sentence)
    assert not find_people("Argentina's YPF (Yacimientos Petroliferos Fiscales) signed a memorandum.")


def test_a_name_after_a_bracketed_word_is_a_person() -> None:
    """ "... at the Foreign Ministry (Cancillería), José Luis Ñique, and ...": a word in brackets
    before the comma is no acronym of a body listed with others (the person had been dropped)."""
    sentence = (
        "It was attended by the head of Asia at the Ministry (Cancilleria), Jorge Luis Quispe, and others."
    )
    assert [p.name for p in find_people(sentence)] == ["Jorge Luis Quispe"]


def test_a_name_after_a_bodys_acronym_in_a_list_is_another_body() -> None:
    sentence = "Deals were signed by Kenya Railways Corporation (KRC), Ethio Djibouti Railway and others."
    assert [p.name for p in find_people(sentence)] == []


def test_a_gardens_or_complex_name_is_no_person() -> None:
    """ "at the Ministerial Complex, Botanical Gardens": a place (it had been a person)."""
    sentence = "He called on Prime Minister Ralph Gonsalves at the Ministerial Complex, Botanical Gardens."
    assert [p.name for p in find_people(sentence)] == ["Ralph Gonsalves"]


def test_kumari_abbreviated_is_a_style_not_a_name() -> None:
    """ "Joint Secretary Kum. Nidhi Tripathi": "Kum." (Kumari) is a style (it had been a person)."""
    assert [(p.name, p.title) for p in find_people("Joint Secretary Kum. Asha Iyer met him.")] == [
        ("Asha Iyer", "Joint Secretary")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two prime ministers held talks at the Radisson Grenada Beach Resort on Wednesday.",
        "They met executives of Samoa Airways at the Sheraton Samoa Aggie Grey's Hotel on Monday.",
    ],
)
def test_a_hotels_name_is_no_person(sentence: str) -> None:
    """ "Beach Resort", "Aggie Grey's Hotel": a venue (each had been a person)."""
    assert [p.name for p in find_people(sentence)] == []


def test_a_name_after_an_offices_acronym_is_its_holder() -> None:
    """ "met the Director General of Foreign Trade (DGFT), Santosh Kumar Sarangi, to discuss":
    the acronym is the office's, not a body's in a list (the person had been dropped)."""
    sentence = "He met the Director General of Foreign Trade (DGFT), Anil Kumar Verma, to discuss exports."
    assert [p.name for p in find_people(sentence)] == ["Anil Kumar Verma"]


def test_a_name_after_a_long_offices_acronym_is_its_holder() -> None:
    """ "The Director-General of the Department of Trade Negotiations (DTN), X, met ...": X, not a
    person "Negotiations" (a word of the department) nor nobody."""
    sentence = (
        "The Director-General of the Department of Trade Negotiations (DTN), Suda Wongsiri, met "
        "Cambodian Minister of Commerce Cham Nimul in Bangkok on Tuesday."
    )
    assert [p.name for p in find_people(sentence)] == ["Suda Wongsiri", "Cham Nimul"]


def test_the_words_before_a_programmes_name_are_no_person() -> None:
    """ "under the Samoa Cyclone Recovery Programme": a programme's name (it had given a person
    "Cyclone Recovery")."""
    sentence = "The two leaders signed an arrangement under the Tonga Cyclone Recovery Programme on Monday."
    assert [p.name for p in find_people(sentence)] == []


@pytest.mark.parametrize(
    "document",
    ["the Customs Modernisation Framework", "the Regional Seed Harmonisation Framework"],
)
def test_a_capitalized_run_ending_on_a_things_head_is_no_person(document: str) -> None:
    """ "Peru and Bolivia also signed the Customs Modernisation Framework": the capitalized run
    ends on the head of a named thing, so its last words are no person (it had given a person
    "Modernisation Framework", who then signed for a side)."""
    sentence = f"Peru and Bolivia also signed {document} on Tuesday."
    assert [p.name for p in find_people(sentence)] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks covered the Lusaka Serenity City and a new rail link.",
        "Investors toured the Mombasa Harmony City, officials said.",
        "The ministers also discussed Kigali Green City, with the dry port topping the agenda.",
    ],
)
def test_a_capitalized_run_ending_on_city_is_a_place(sentence: str) -> None:
    """ "the Lusaka Serenity City": a planned city or project after a known town, ending on
    "City", names a place, not a person "Serenity City" (who had then joined the talks); a
    person after a city's name stays one."""
    assert [p.name for p in find_people(sentence)] == []
    assert [p.name for p in find_people("The Lusaka mayor Chilando Chitangala met the ministers.")] == [
        "Chilando Chitangala"
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Bayraktar also met SOCAR President Rovshan Najaf to discuss investments.", "Rovshan Najaf"),
        ("He met Ana Lima, Brazil's Foreign Trade Secretary, in Brasilia.", "Ana Lima"),
    ],
)
def test_a_surname_that_is_a_citys_name_after_or_before_a_title(sentence: str, name: str) -> None:
    """ "SOCAR President Rovshan Najaf", "Tatiana Lima, Brazil's Foreign Trade Secretary": the city's
    name is the surname (the name had been cut, or the person dropped)."""
    assert [p.name for p in find_people(sentence)][-1:] == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Deputy Minister A. Karimov welcomed the delegation.", "A. Karimov"),
        ("The talks were led by Ambassador I. Petrescu and the trade attaché.", "I. Petrescu"),
    ],
)
def test_the_initials_a_and_i_open_a_name(sentence: str, name: str) -> None:
    """ "A." and "I." before a name are initials, not the article or the pronoun (the person had
    been lost)."""
    assert [p.name for p in find_people(sentence)] == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 12 May, the Zambian minister held talks with officials in Harare.",
        "On March 3, the envoy presented his credentials.",
    ],
)
def test_a_month_beside_a_day_is_no_name(sentence: str) -> None:
    """ "On 12 May, the Zambian minister ...": a date before an appositive title, not a person
    called May (both months are surnames too, so a month alone may still be one)."""
    assert find_people(sentence) == []
    assert [p.name for p in find_people("Theresa May, the former prime minister, spoke.")] == ["Theresa May"]


def test_a_name_after_a_bodys_acronym_in_apposition_keeps_the_title() -> None:
    """ "the Managing Director of the Ghana Cocoa Board (COCOBOD), Joseph Aidoo": the acronym
    between the title and the comma does not cut the holder from the title (the title had been
    lost)."""
    found = find_people(
        "He met the Chief Executive of the Cocoa Marketing Board (CMB), Joseph Aidoo, on Monday."
    )
    assert [(p.name, p.title) for p in found] == [
        ("Joseph Aidoo", "Chief Executive of the Cocoa Marketing Board")
    ]


def test_a_name_right_after_a_bodys_acronym_keeps_the_title() -> None:
    """ "Director General of the Caribbean Export Agency (CEA) Dana Clarke": the body's initials in
    brackets between the title and the name do not cut the holder from the title (the title had been
    lost, and with it the body that tells the holder's side)."""
    found = find_people(
        "Director General of the Caribbean Export Agency (CEA) Dana Clarke opened the fair on Monday."
    )
    assert [(p.name, p.title) for p in found] == [
        ("Dana Clarke", "Director General of the Caribbean Export Agency")
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Minister of Foreign Affairs Abdallah Said Mohamed received the delegation.",
            "Abdallah Said Mohamed",
        ),
        ("Trade Minister Javiera Fuentes Córdoba discussed cherry exports.", "Javiera Fuentes Córdoba"),
        ("The minister, Raúl Ortiz Mendoza, opened the forum.", "Raúl Ortiz Mendoza"),
        ("He met the Minister of Transport, Said Al Hinai, on Monday.", "Said Al Hinai"),
        ("Minister of Trade Said Ben Amor met the envoy.", "Said Ben Amor"),
    ],
)
def test_words_that_are_also_verbs_or_cities_inside_names(sentence: str, name: str) -> None:
    """ "Said" between two name words is a name, and a city after a given name and a surname is a
    Spanish second surname (both had cut the name)."""
    assert [p.name for p in find_people(sentence)] == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Head of the Chamber of Commerce of Jordan Karim Said met the delegation.", "Karim Said"),
        ("He also received Yemeni investor Nabil Said in Muscat on Monday.", "Nabil Said"),
        ("Minister of Transport Omar Said, who arrived on Monday, signed the deal.", "Omar Said"),
    ],
)
def test_said_closing_a_name_is_its_surname(sentence: str, name: str) -> None:
    """ "... Karim Said met", "investor Nabil Said in Muscat": a capitalized "Said" right after a
    given name inside a sentence closes the name (the verb is written in lower case there); the
    name had been cut to its given name, or the person dropped."""
    assert [p.name for p in find_people(sentence)] == [name]


def test_said_as_a_verb_after_a_name_stays_a_verb() -> None:
    """The verb in lower case, and "Said" opening a quoted inversion, name no one."""
    assert [p.name for p in find_people("Minister Karim Haddad said the talks went well.")] == [
        "Karim Haddad"
    ]
    assert find_people('"It went well," Said the minister.') == []


def test_a_nigerian_alhaji_style_in_apposition_after_a_title() -> None:
    """ "the Director of Trade, Alh. Sani Bello Kura,": "Alh." is a style, not the holder's name."""
    found = find_people("He was accompanied by the Director of Trade, Alh. Sani Bello Kura, and others.")
    assert [(p.name, p.title) for p in found] == [("Sani Bello Kura", "Director of Trade")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The talks were attended by customs chief Juan Pablo Herrera Valencia.",
            "Juan Pablo Herrera Valencia",
        ),
        (
            "Deputy Minister María José Ortiz Rosario, who led the talks, spoke first.",
            "María José Ortiz Rosario",
        ),
    ],
)
def test_a_second_surname_that_is_a_city_after_two_given_names(sentence: str, name: str) -> None:
    """ "customs chief José Luis Rivera Mendoza": after two given names and a surname, a city's
    name before a full stop or a comma is the second surname (the name had lost it)."""
    assert [p.name for p in find_people(sentence)] == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Prime Minister Luís Montenegro arrived in Luanda on Sunday.", "Luís Montenegro"),
        ("Trade Minister Ana Chad said exports grew.", "Ana Chad"),
    ],
)
def test_a_countrys_name_closing_a_titled_name_before_its_verb(sentence: str, name: str) -> None:
    """ "Prime Minister Luís Montenegro arrived": a country's name after a titled given name
    and before the person's verb is the surname (the name had been cut to "Luís")."""
    assert [p.name for p in find_people(sentence)] == [name]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The minister toured the Safaricom data centre, accompanied by the company's chief executive "
            "Peter Ndegwa.",
            ("Peter Ndegwa", "chief executive", "KEN", "Safaricom"),
        ),
        (
            "She later visited the Grupo Bimbo bakery in Toluca with the group's chairman Daniel Servitje.",
            ("Daniel Servitje", "chairman", "MEX", "Grupo Bimbo"),
        ),
        (
            "The delegation toured Petronas headquarters and met its president, Tengku Taufik.",
            ("Tengku Taufik", "president", "MYS", "Petronas"),
        ),
    ],
)
def test_an_officer_of_the_organization_named_before(sentence: str, expected: tuple) -> None:
    """ "accompanied by the company's chief executive X", "met its president, X": the officer is
    of the one organization named before, and of its country (he had no organization, and took
    the visitor's country)."""
    assert [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The envoy toured the tractor plant of BELAZ, where he was received by the company's general "
            "director Sergei Nikiforovich.",
            ("Sergei Nikiforovich", "general director", None, "BELAZ"),
        ),
        (
            "After the talks, the minister visited ZAVAR in Batumi and met the firm's chairman Levan "
            "Gelashvili.",
            ("Levan Gelashvili", "chairman", None, "ZAVAR"),
        ),
        # two names in capitals before it: which is the company is not known
        (
            "The minister visited ZAVAR and TBILAR, and met the firm's chairman Levan Gelashvili.",
            ("Levan Gelashvili", "chairman", None, None),
        ),
    ],
)
def test_the_companys_officer_after_a_name_in_capitals(sentence: str, expected: tuple) -> None:
    """ "toured the plant of BELAZ, where the company's general director X ...": "the company's"
    makes the one name in capitals before it the company X heads, which no finder knew (X had
    no organization, and the company took no part)."""
    assert [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kenya's Energy Cabinet Secretary met Safaricom's Peter Ndegwa in Nairobi on Monday.",
            ("Peter Ndegwa", None, "KEN", "Safaricom"),
        ),
        (
            "The minister later received Petronas' Tengku Taufik at his office.",
            ("Tengku Taufik", None, "MYS", "Petronas"),
        ),
        (
            "The minister later received Petronas executive Tengku Taufik at his office.",
            ("Tengku Taufik", "executive", "MYS", "Petronas"),
        ),
    ],
)
def test_an_untitled_name_after_a_bodys_possessive_is_its(sentence: str, expected: tuple) -> None:
    """ "met ExxonMobil's X", "Eni executive X": a name with no title right after a body's
    possessive, or after the body and a bare noun of its staff, is of that body and its country
    (he had no organization, and took the host's country)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Finnish and Estonian delegations, led by Minister Aino Virta and Minister Mart Kask, met.",
         [("Aino Virta", "Minister", "FIN"), ("Mart Kask", "Minister", "EST")]),
        ("The delegations of Laos and Cambodia, headed by Souk Vong and Chea Sok, met in Pakse.",
         [("Souk Vong", None, "LAO"), ("Chea Sok", None, "KHM")]),
        # (two countries, three names: whose is whose is unsaid)
        ("The Finnish and Estonian delegations, led by Aino Virta, Mart Kask and Liis Tamm, met.",
         [("Aino Virta", None, None), ("Mart Kask", None, None), ("Liis Tamm", None, None)]),
    ],
)  # fmt: skip
def test_names_leading_listed_sides_are_of_their_countries_in_order(sentence: str, expected: list) -> None:
    """ "The Mongolian and Chinese delegations, led by Deputy Prime Minister X and Vice Premier
    Y": as many names after "led by" as countries before the sides are of them in order (X
    had been given the other side's country)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks opened with Deputy Minister Lena Holm heading the Swedish side.",
         [("Lena Holm", "Deputy Minister", "SWE")]),
        ("Raúl Ortiz, who led the Bolivian delegation, and Ana Silva, leading the Brazilian team, spoke.",
         [("Raúl Ortiz", None, "BOL"), ("Ana Silva", None, "BRA")]),
        # (not a side: a desk or a talk is no party a country sends)
        ("Deputy Minister Lena Holm, heading the Swedish desk, spoke at noon.",
         [("Lena Holm", "Deputy Minister", None)]),
    ],
)  # fmt: skip
def test_a_name_heading_a_countrys_side_is_of_it(sentence: str, expected: list) -> None:
    """ "with Minister X heading the Kuwaiti side and Minister Y heading the Ugandan side": a
    name followed by a verb of heading "the <country> side" (delegation, team) is of that
    country (the two had been given each other's)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The envoy welcomed Ngozi Eze of the Nigerian Chamber of Commerce at the residence.",
         ("Ngozi Eze", None, "NGA", "Nigerian Chamber of Commerce")),
        ("The envoy welcomed Tomas Herrera from the Chilean Ministry of Agriculture at the residence.",
         ("Tomas Herrera", None, "CHL", None)),
        ("The envoy welcomed Tomas Herrera, a senior official of the Chilean Ministry of Mining, at noon.",
         ("Tomas Herrera", None, "CHL", None)),
        ("The envoy welcomed Ngozi Eze, an official of the Nigerian Chamber of Commerce, at noon.",
         ("Ngozi Eze", None, "NGA", "Nigerian Chamber of Commerce")),
        # (a titled name keeps what its title says; a body of no country gives none)
        ("The envoy welcomed Ngozi Eze of the Chamber of Commerce at the residence.",
         ("Ngozi Eze", None, None, None)),
        ("The envoy welcomed Ngozi Eze, a friend of the Nigerian Chamber of Commerce, at noon.",
         ("Ngozi Eze", None, None, None)),
    ],
)  # fmt: skip
def test_an_untitled_name_before_of_a_body_is_its(sentence: str, expected: tuple) -> None:
    """ "met X of the Ivorian Chamber of Commerce", "X from the Ugandan Ministry of Foreign
    Affairs", "X, a senior official of ...": a name with no title before "of" or "from" a body
    named with its country is of that country, and of the body unless it is a government's
    (he had had neither, and taken the host's country, his host the body's)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister later received eni's Guido Brusco at his office.",
         ("Guido Brusco", None, "ITA", "eni")),
        ("Talks with bp's Anja Dotzenrath covered the Shah Deniz field.",
         ("Anja Dotzenrath", None, "GBR", "bp")),
    ],
)  # fmt: skip
def test_a_listed_company_in_its_own_lower_case_before_a_name(sentence: str, expected: tuple) -> None:
    """ "met bp's Gordon Birrell": a company that styles its name in lower case is the listed one
    before a possessive and a name (nothing had come out: no organization, no country)."""
    found = [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]
    assert expected in found


def test_a_common_noun_before_a_possessive_is_no_company() -> None:
    """An article makes the lower-case word a noun: "the shell's" names no Shell."""
    assert find_organizations("Analysts studied the shell's Design and its cost.") == []


def test_an_untitled_name_after_a_countrys_possessive_has_no_organization() -> None:
    """The look-alike: "Kenya's William Ruto" is the country's, of no body."""
    found = find_people("The minister later received Kenya's William Ruto at his office.")
    assert [(p.name, p.organization) for p in found] == [("William Ruto", None)]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The annual assembly of the International Labour Organization opened in Geneva with a warning "
            "from Director-General Amara Diallo on youth jobs.",
            "International Labour Organization",
        ),
        (
            "The UNCTAD trade forum closed on Friday after Secretary-General Lena Morales urged debt relief.",
            "UNCTAD",
        ),
        (
            "Delegates at the World Health Organization (WHO) assembly heard Director General Tomas Ek.",
            "World Health Organization",
        ),
    ],
)
def test_a_bodys_head_titled_bare_after_the_body_is_its_officer(sentence: str, body: str) -> None:
    """ "The assembly of the World Trade Organization opened with a call from Director-General X":
    the head of the one body of many states named before her is that body's (she had none, and
    took the host's country)."""
    assert [(p.title is not None, p.country_iso3, p.organization) for p in find_people(sentence)] == [
        (True, None, body)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "After the IMF approved the loan, Director General Omar Haddad of the Central Bank met reporters.",
        "The IMF and the World Bank welcomed the reforms, Managing Director Sara Lind said.",
    ],
)
def test_a_bare_head_with_his_own_body_or_two_bodies_before_is_no_bodys(sentence: str) -> None:
    """A head whose own body follows his name, or after two bodies of states: no body is his."""
    assert [p.organization for p in find_people(sentence)] == [None]


def test_an_officer_after_whose_is_of_the_organization_right_before_the_pronoun() -> None:
    """ "Engro Corporation, whose chief executive X met ...": "whose" stands for the name right
    before it, even when another was named earlier in the list (he had no organization)."""
    sentence = (
        "The mission included managers of Grupo Nutresa and of Banco Andino, whose chairman "
        "Luis Quispe met officials of Samsung on Monday."
    )
    found = [(p.name, p.title, p.organization) for p in find_people(sentence)]
    assert found == [("Luis Quispe", "chairman", "Banco Andino")]


def test_an_officer_of_a_company_when_two_are_named_is_left_alone() -> None:
    """ "X signed a deal under which its subsidiary Y will …, the bank's CEO Z": which bank is
    not told, so Z keeps no organization."""
    sentence = (
        "Standard Bank signed a deal under which its Zambian subsidiary Stanbic will lend to farmers, "
        "following talks between the bank's chief executive Sim Tshabalala and the minister."
    )
    assert [p.organization for p in find_people(sentence)] == [None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Vietnamese Ambassador Lai Thai Hoa met the minister.", ("Lai Thai Hoa", "VNM")),
        ("Deputy Minister Tran Thai Duong attended the talks.", ("Tran Thai Duong", None)),
    ],
)
def test_a_demonym_between_two_name_words_is_a_middle_name(sentence: str, expected: tuple) -> None:
    """ "Lai Thai Hoa": a one-word demonym between two name words is a middle name, as in many
    Vietnamese names (the name had been cut to "Lai", and Thailand taken for a side)."""
    assert [(p.name, p.country_iso3) for p in find_people(sentence)] == [expected]


def test_a_middle_name_that_is_a_demonym_makes_no_side() -> None:
    """The engagement of "… met Vietnamese Ambassador Lai Thai Hoa" is the two countries', not
    Thailand's too."""
    text = "HAVANA - Cuban Foreign Minister Bruno Rodriguez met Vietnamese Ambassador Lai Thai Hoa on Monday."
    (met,) = extract_document(text, date(2024, 5, 8), "Havana").engagements
    assert met.countries == ("CUB", "VNM")


@pytest.mark.parametrize(
    "sentence",
    [
        "Egypt's foreign minister met Russia's President's Special Representative Mikhail Bogdanov.",
        "Egypt's foreign minister met the Russian President's Special Representative Mikhail Bogdanov.",
    ],
)
def test_an_envoy_of_an_office_is_of_its_country(sentence: str) -> None:
    """ "Russia's President's Special Representative X": the envoy is of the country of the office
    he serves (he had no country, and took the host's)."""
    assert [(p.name, p.country_iso3) for p in find_people(sentence)][-1] == ("Mikhail Bogdanov", "RUS")


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ruto spoke with Somali President Hassan Sheikh Mohamud about the war against Al Shabaab.",
        "The two ministers agreed to step up the campaign against Lord's Resistance Army remnants.",
    ],
)
def test_capitalized_words_after_against_name_no_one_taking_part(sentence: str) -> None:
    """ "on the fight against Boko Haram": what a talk is against is no person of the sentence
    (the group had been taken for an untitled participant)."""
    names = [p.name for p in find_people(sentence)]
    assert not any(name.startswith(("Al Shabaab", "Lord")) for name in names)


@pytest.mark.parametrize(
    "sentence",
    [
        "Premier Li Qiang and Chancellor Olaf Scholz held the 7th Government Roundtable in Berlin.",
        "The two prime ministers co-chaired their 3rd Annual Review Mechanism on Friday.",
        "Foreign Minister Penny Wong and her counterpart held the Annual Consultation in Canberra.",
    ],
)
def test_a_named_event_counted_by_an_ordinal_is_no_person(sentence: str) -> None:
    """ "held the 13th Annual Consultation": the capitalized words after an ordinal (or a
    consultation's name) name an event's session, no one taking part (it had been a person)."""
    names = [p.name for p in find_people(sentence)]
    assert not any(name.startswith(("Government", "Annual")) for name in names)


def test_a_name_after_a_spelled_ordinal_title_is_still_a_person() -> None:
    names = [p.name for p in find_people("The 46th President Joe Biden met Kenyan President William Ruto.")]
    assert names == ["Joe Biden", "William Ruto"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Minister of Planning Tran Quoc An received the Lao delegation in Hanoi.", "Tran Quoc An"),
        ("Deputy Governor Pham Thi To met the Thai central bankers on Friday.", "Pham Thi To"),
        ("The accord was signed by Vice Minister Le Hoang An.", "Le Hoang An"),
        ("Ambassador Do Minh Hai said Talks To Resume in May were likely.", "Do Minh Hai"),
    ],
)
def test_a_short_function_word_can_close_a_name(sentence: str, name: str) -> None:
    """ "Minister of Digital Economy Nguyen Van An met ...": a capitalized "An" or "To" after two
    name words and before no capital ends a Vietnamese name (it had been cut to "Nguyen Van")."""
    assert name in [p.name for p in find_people(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoys met at Villa Sorrento, the prime minister's summer residence, on Tuesday.",
        "She was received at Casa Verde, the President's guest house near the capital.",
    ],
)
def test_an_office_owning_the_noun_after_it_is_no_title_of_the_name_before(sentence: str) -> None:
    """ "at Kesäranta, the premier's official residence,": the words in commas are the residence,
    not the office of the name before the comma (the building had been a person so titled)."""
    assert not [p.name for p in find_people(sentence) if p.title and p.name.startswith(("Villa", "Casa"))]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The trade fair was opened by Deputy Minister Mohd Hafiz Ramli on Monday.", "Mohd Hafiz Ramli"),
        ("Bangladeshi envoy Md. Shahidul Islam received the delegation.", "Md. Shahidul Islam"),
        ("Azlan Zainal met agency chairman Muhd Faizal Omar in Penang.", "Muhd Faizal Omar"),
        # Sheikh, Khandaker, Abdul and a Mongolian father's initial, abbreviated the same way
        ("The envoy called on Industries Adviser Sk. Rafiqul Alam on Monday.", "Sk. Rafiqul Alam"),
        ("The envoy called on Kh. Mosharraf Hossain at the Secretariat.", "Kh. Mosharraf Hossain"),
        ("Abd. Latif Mia received the Thai delegation on Monday.", "Abd. Latif Mia"),
        ("The envoy called on Foreign Minister Kh. Tsogtbaatar on Monday.", "Kh. Tsogtbaatar"),
    ],
)
def test_an_abbreviated_muhammad_is_part_of_the_name(sentence, name):
    """ "Mohd", "Md." before a name are its abbreviated given name, written as part of it; so are
    "Sk.", "Kh.", "Abd." (the name had been cut to "Sk" at the full stop)."""
    assert name in [p.name for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The minister met Chinese Ambassador Zhao Yang on Tuesday.", "Zhao Yang"),
        ("She received China's ambassador to Chile, Liu Yang, at the ministry.", "Liu Yang"),
        ("Yang Mingzhi, vice minister of commerce, met the delegation.", "Yang Mingzhi"),
    ],
)
def test_yang_is_a_chinese_name_syllable_not_a_title_word(sentence: str, name: str) -> None:
    """ "Zhao Yang": "Yang" opens the Malaysian head "Yang di-Pertuan Agong" but alone is a
    Chinese name syllable, so it stays in the name (the name had been cut to "Zhao", or the
    person in commas dropped)."""
    assert name in [p.name for p in find_people(sentence)]


def test_the_malaysian_king_keeps_his_title() -> None:
    """ "Yang di-Pertuan Agong Sultan X" is still the head, the name after it."""
    found = find_people("The Yang di-Pertuan Agong Sultan Ibrahim received the envoy.")
    assert [(p.name, p.title) for p in found] == [("Sultan Ibrahim", "Yang di-Pertuan Agong")]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Marape and Albanese discussed a Fijian side in the National Soccer League.", []),
        ("The ministers spoke about the Pacific Mobility Pathway on Tuesday.", []),
        ("The guests were met by Ratu Josefa Vosanibola, the Roko na Tui Bau.", ["Ratu Josefa Vosanibola"]),
        # an office before the article: the name after its body is a person's
        ("He met Secretary to the Treasury Mahinda Perera on Monday.", ["Mahinda Perera"]),
        ("The talks were chaired by the Hon Dr Sione Vea.", ["Dr Sione Vea"]),
    ],
)  # fmt: skip
def test_capitalized_words_after_the_and_a_capitalized_word_name_a_thing(sentence, names):
    """ "in the National Rugby League", "on the Pacific Engagement Visa", "X, the Turaga na Tui
    Vuda": words that go on a capitalized phrase opened by "the" name a thing or an office, not
    a person (the words after its first had been a person)."""
    assert [p.name for p in find_people(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The premier was received by Pope Francis at the Apostolic Palace.", ("Francis", "Pope", "VAT")),
        ("He met Cardinal Secretary of State Angelo Sodano.", ("Angelo Sodano", "Secretary of State", "VAT")),
        ("Archbishop Jean Tauran, Secretary for Relations with States, joined them.",
         ("Jean Tauran", "Secretary for Relations with States", "VAT")),
        # a secretary of state who is no cardinal is of no country by the title
        ("She met Secretary of State Mary Jones.", ("Mary Jones", "Secretary of State", None)),
    ],
)  # fmt: skip
def test_an_office_only_the_holy_see_has_is_the_holy_sees(sentence, expected):
    """ "Pope Leo XIV", "Cardinal Secretary of State Pietro Parolin", "Archbishop X, Secretary for
    Relations with States": offices of the Holy See (VAT) though "Vatican" is not written (they
    had taken Italy from a Rome dateline, or the visitor's country)."""
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In Wa, the Upper West Regional Minister, Charles Lwanga Puozuing, received the delegation.",
         [("Charles Lwanga Puozuing", "Upper West Regional Minister")]),
        ("At Kisoro, the Trade Minister, Jane Nyiramahoro, welcomed the traders.",
         [("Jane Nyiramahoro", "Trade Minister")]),
        # a person named before the title still holds it
        ("She met Peter Obiri, the Regional Minister, on Monday.",
         [("Peter Obiri", "Regional Minister")]),
    ],
)  # fmt: skip
def test_a_town_after_a_preposition_of_place_is_no_name_before_a_title(sentence: str, expected: list) -> None:
    """ "In <Town>, the <office>, <Name>, ...": the town the lexicons miss is where, and the name in
    commas after the office is its holder's (the town had been taken for the holder's name)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The last Turkish president to visit, Abdullah Gul, came to Hanoi in 2014.",
         ("Abdullah Gul", "president", "TUR")),
        ("The previous Kenyan leader to visit Beijing, Uhuru Kenyatta, met Xi in 2019.",
         ("Uhuru Kenyatta", "leader", "KEN")),
        ("The first Indian prime minister to visit the country, Atal Bihari Vajpayee, opened it.",
         ("Atal Bihari Vajpayee", "prime minister", "IND")),
    ],
)  # fmt: skip
def test_the_last_holder_to_visit_named_in_commas_holds_the_office(sentence, expected):
    """ "The last Chinese premier to visit, Li Keqiang, came to Canberra": the name in commas
    after an ordinal's office and its infinitive holds the office, of its country (he had had no
    title, and the host's country)."""
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


def test_an_infinitive_after_an_office_without_an_ordinal_names_no_holder():
    """ "the president to visit, X," needs the ordinal that picks one holder out."""
    sentence = "Officials asked the Turkish president to visit, Ahmet Yilmaz said."
    assert ("Ahmet Yilmaz", "president", "TUR") not in [
        (p.name, p.title, p.country_iso3) for p in find_people(sentence)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "Diraja", "Panglima", "Wira" go on an honorific, as "Seri" does
        ("He met Defence Minister Dato' Sri Diraja Dr Hasnah Idris in Putrajaya.", "Hasnah Idris"),
        ("He met Chief Minister Datuk Seri Panglima Rahim Noor in Kota Kinabalu.", "Rahim Noor"),
        ("He met Datuk Wira Azlan Musa in Melaka.", "Azlan Musa"),
        # alone they may open a name
        ("Deputy Minister Wira Santoso met him.", "Wira Santoso"),
    ],
)  # fmt: skip
def test_malay_second_honorifics_after_an_honorific_are_dropped(sentence: str, expected: str) -> None:
    assert [p.name for p in find_people(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The president received Canadian Ambassador Will Hartley at the palace.",
         [("Will Hartley", "Ambassador")]),
        ("Deputy Minister Will Osei met the delegation.", [("Will Osei", "Deputy Minister")]),
        ("Mr Will Ngata, the trade envoy, arrived on Monday.", [("Will Ngata", "trade envoy")]),
    ],
)  # fmt: skip
def test_will_after_a_title_opens_a_name(sentence: str, expected: list) -> None:
    """ "High Commissioner Will Robinson": a capitalized "Will" after a title or an honorific and
    before a name word is a given name, as a month is there (the person had been lost, and with
    him the meeting)."""
    assert [(p.name, p.title) for p in find_people(sentence)][: len(expected)] == expected


def test_the_modal_will_opens_no_name() -> None:
    """The modal is written in lower case: "Minister Ana Soto will meet ..." keeps her name."""
    names = [p.name for p in find_people("Foreign Minister Ana Soto will meet Ambassador Tom Brent.")]
    assert names == ["Ana Soto", "Tom Brent"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lukashenko, also chairman of the Supreme State Council, received the envoy in Minsk.",
         ("Lukashenko", "chairman of the Supreme State Council")),
        ("Mirziyoyev, also head of the Security Council of Uzbekistan, held talks with the guests.",
         ("Mirziyoyev", "head of the Security Council")),
    ],
)  # fmt: skip
def test_also_before_an_office_in_apposition_keeps_the_holder(sentence: str, expected: tuple) -> None:
    """ "Xi, also general secretary of the ... Central Committee, met with ...": "also" before
    the office in commas after a name still sets it beside that name (the surname had been
    lost, and with it a side of the meeting)."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Transport Minister Tunku Datuk Seri Hakim Rahman spoke.", "Hakim Rahman"),
        ("Deputy Minister Tengku Dato' Sri Amira Yusof spoke.", "Amira Yusof"),
        ("Works Minister Tunku Tan Sri Faris Osman spoke.", "Faris Osman"),
        # look-alikes: a royal style before a given name is the name's
        ("Works Minister Tunku Faris Osman spoke.", "Tunku Faris Osman"),
        ("Petronas CEO Tan Sri Tengku Hakim Rahman spoke.", "Tengku Hakim Rahman"),
    ],
)
def test_a_royal_style_before_honorifics_is_dropped_with_them(sentence: str, name: str) -> None:
    """ "Tengku Datuk Seri Utama Zafrul Abdul Aziz": "Tengku" before honorifics is one more
    style, and the name starts after all of them (it had kept them all)."""
    assert [p.name for p in find_people(sentence)][:1] == [name]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("UNHCR High Commissioner Lena Pope held talks with the Malian president.",
         [("Lena Pope", "High Commissioner", None, "UNHCR")]),
        ("Canadian Ambassador Mark Chancellor, who arrived on Monday, met the minister.",
         [("Mark Chancellor", "Ambassador", "CAN", None)]),
        ("ILO Director General Ruth Governor met Kenyan Labour Minister Alfred Mutua.",
         [("Ruth Governor", "Director General", None, "ILO"),
          ("Alfred Mutua", "Labour Minister", "KEN", None)]),
    ],
)  # fmt: skip
def test_a_head_closing_a_given_name_after_a_title_is_its_surname(sentence: str, expected: list) -> None:
    """ "IOM Director General Amy Pope held talks": a one-word head right after a title and one
    given name, with no name or complement after it, is the surname; the head had been read as
    an office whose body was the given name ("Amy", a side), and the official lost."""
    assert [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)] == expected


def test_a_head_with_a_name_after_it_after_a_titled_name_stays_an_office() -> None:
    """ "Ambassador Mark met Pope Leo XIV": a head with a name after it is an office still."""
    found = find_people("Ambassador Mark met Pope Leo XIV at the Vatican.")
    assert ("Leo XIV", "Pope", "VAT") in [(p.name, p.title, p.country_iso3) for p in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Philippine Secretary Gil Teodoro met Japanese Defense Minister Gen Tanabe.", "Gen Tanabe"),
        ("Chinese Premier Li Qiang received Japanese Foreign Minister Gen Ohira on Monday.", "Gen Ohira"),
    ],
)  # fmt: skip
def test_an_undotted_gen_after_a_civilian_office_is_a_given_name(sentence: str, expected: str) -> None:
    """ "Defense Minister Gen Nakatani": an undotted "Gen" right after a civilian office, before
    one capitalized word that ends the name, is the given name (it had been dropped as a rank,
    the name cut to the surname)."""
    (met,) = extract_document(sentence, date(2025, 6, 10), None).engagements
    assert expected in [p.name for p in met.participants]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pakistani Army chief Gen Asim Munir met Chinese Foreign Minister Wang Yi on Monday.", "Asim Munir"),
        ("Indian Defence Minister Rajnath Singh met Pakistani Minister Gen. Nakvi on Monday.", "Nakvi"),
        ("Indian Defence Minister Rajnath Singh met Bangladeshi Army Chief Gen Waker on Monday.", "Waker"),
    ],
)  # fmt: skip
def test_gen_as_a_rank_stays_dropped(sentence: str, expected: str) -> None:
    (met,) = extract_document(sentence, date(2025, 6, 10), None).engagements
    assert expected in [p.name for p in met.participants]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers discussed ferry services between Sohar and Jabal Hassan on Monday.",
        "The ministers discussed the Bushehr-Ras Hamid ferry on Monday.",
        "Trucks from Djebel Omar reached the border.",
    ],
)
def test_a_place_opening_on_a_landforms_word_is_no_person(sentence: str) -> None:
    """ "ferry services between Bushehr and Jebel Ali": "Jebel", "Jabal" and "Ras" open a place's
    name, and the given name after them is the place's (the port had been a person)."""
    assert find_people(sentence) == []


def test_a_given_name_after_another_name_is_still_a_person() -> None:
    """A look-alike: a person's name that holds no landform's word stays a person."""
    assert [p.name for p in find_people("Officials met Jamal Hassan Ali in Dubai on Monday.")] == [
        "Jamal Hassan Ali"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Said Al Harthy, Oman's Minister of Economy, met the Kenyan envoy in Muscat.", "Said Al Harthy"),
        ("Said Benmoussa met Tunisia's trade minister in Rabat on Monday.", "Said Benmoussa"),
    ],
)
def test_said_first_in_a_sentence_that_quotes_no_one_is_a_given_name(sentence: str, expected: str) -> None:
    """ "Said Al Maawali, Oman's Minister of Transport, met ...": the given name opens the
    sentence (it had been read as the verb, the name cut to "Al Maawali")."""
    assert expected in [p.name for p in find_people(sentence)]


def test_said_first_before_a_quotation_is_the_verb() -> None:
    """A look-alike: "Said Smith: "..."" opens an inverted attribution; "Said" is no name there."""
    names = [p.name for p in find_people('Said Trade Minister Omar Haddad: "We will sign the deal."')]
    assert all(not n.startswith("Said") for n in names)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The caucus, led by its chairman, MP Tomas Lind, came.", ("Tomas Lind", "chairman")),
        ("The panel was led by its chairwoman, MEP Katrin Vogel, on Monday.", ("Katrin Vogel", "chairwoman")),
        ("The group's head, TD Ciaran Doyle, spoke in Dublin.", ("Ciaran Doyle", "head")),
        # the letters alone before a name are the title
        ("The visit was led by MEP Katrin Vogel on Monday.", ("Katrin Vogel", "MEP")),
    ],
)  # fmt: skip
def test_a_legislators_letters_before_a_name_are_no_part_of_it(sentence: str, expected: tuple) -> None:
    """ "led by its chairwoman, MP Hanna-Leena Mattila,": a legislator's letters (MP, MEP, MLA,
    TD) before a name are an office, not the name's first word (the name had been "MP ...")."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


def test_a_firm_opening_on_such_letters_is_no_person() -> None:
    """A look-alike: "TD Bank" is a firm's name; its officer keeps it as his organization."""
    people = find_people("TD Bank chief executive Bharat Masrani spoke in Toronto.")
    assert [(p.name, p.organization) for p in people] == [("Bharat Masrani", "TD Bank")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister met eni's Laura Conti and Shell's Mark Dunn in Rome.",
        "She met Siemens' Anna Berg and Vestas' Karl Holm on Monday.",
    ],
)
def test_a_companys_officer_before_and_another_companys_is_a_person(sentence: str) -> None:
    """ "met bp's Gordon Birrell and Shell's Zoë Yujnovich": the name a company owns before "and"
    and another company is its officer, no body joined to that company (Birrell had been an
    organization)."""
    entities = find_entities(sentence)
    assert len(entities.people) == 2
    assert all(p.organization for p in entities.people)
    assert {o.name for o in entities.organizations} <= {"eni", "Shell", "Siemens", "Vestas"}


def test_a_company_joined_after_a_countrys_possessive_is_still_a_body() -> None:
    """A look-alike: "Norway's Kestrel and Shell" joins two companies; the first stays a body."""
    names = [o.name for o in find_entities("Norway's Kestrel and Shell signed a supply deal.").organizations]
    assert "Kestrel" in names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The team was led by Pham Minh An, rector of Hue College of Forestry, on Monday.",
         ("Pham Minh An", "rector", "Hue College of Forestry")),
        ("She met Tran Quoc To, chairman of Saigon Seafood Corporation, in Hanoi.",
         ("Tran Quoc To", "chairman", "Saigon Seafood Corporation")),
    ],
)  # fmt: skip
def test_a_name_ending_on_a_short_word_takes_the_office_in_commas_after_it(
    sentence: str, expected: tuple
) -> None:
    """ "Le Hai An, rector of Hanoi University of Mining and Geology": a short capitalized word
    ("An", "To") after two name words ends a Vietnamese name before its office in commas (the
    name had been read as ending nowhere, so the office and its body were no one's)."""
    assert expected in [(p.name, p.title, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Chairman of the Halk Maslahaty, Hero-Arkadag Gurbanguly Berdimuhamedov, met the envoys.",
         [("Gurbanguly Berdimuhamedov", "Chairman of the Halk Maslahaty", "TKM", None)]),
        ("National Leader Hero-Arkadag Gurbanguly Berdimuhamedov toured the new city.",
         [("Gurbanguly Berdimuhamedov", "National Leader", None, None)]),
    ],
)  # fmt: skip
def test_the_turkmen_leaders_courtesy_is_no_part_of_his_name(sentence: str, expected: list) -> None:
    """ "Hero-Arkadag Gurbanguly Berdimuhamedov": the honorific Turkmen state media give him is
    dropped as "His Excellency" is (it had opened his name)."""
    assert _names_titles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the title opens the sentence
        ("The Prime Minister of Mongolia, Luvsannamsrain Oyun-Erdene received the delegation.",
         [("Luvsannamsrain Oyun-Erdene", "Prime Minister", "MNG", None)]),
        # a preposition of time or place follows the name
        ("He received the Minister of Economy of Azerbaijan, Mikayil Jabbarov on Tuesday.",
         [("Mikayil Jabbarov", "Minister of Economy", "AZE", None)]),
        # near misses: after an opening phrase the name is the subject's, another person
        ("At talks with the President of Chile, Gabriel Boric noted the ties.",
         [("Gabriel Boric", None, None, None)]),
        ("After meeting the Minister of Trade of Peru, Ana Cecilia Gervasi said the deal was near.",
         [("Ana Cecilia Gervasi", None, None, None)]),
    ],
)  # fmt: skip
def test_a_name_after_a_title_and_a_comma_that_no_comma_closes(sentence: str, expected: list) -> None:
    """ "The President of Kazakhstan, X Y received ...", "received the Minister of Foreign Affairs
    of Iran, X Y on March 11": the name is the title's though no comma closes it, as translated
    agency copy writes it (the name had had no title)."""
    assert _names_titles(sentence) == expected


def test_an_article_after_a_comma_opens_no_name() -> None:
    """A look-alike: a capitalized "An" after one word and a comma is the article."""
    assert find_people("Exports rose, An official said on Monday.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lauofo Dr Tavita Sione met the Japanese envoy in Apia.", ("Lauofo Tavita Sione", None)),
        ("Former Minister Lauofo Dr Tavita Sione met the Japanese envoy in Apia.",
         ("Lauofo Tavita Sione", "Former Minister")),
    ],
)  # fmt: skip
def test_a_doctorate_inside_a_chiefs_name_keeps_the_name_whole(sentence: str, expected: tuple) -> None:
    """ "Tuilaepa Dr Sa'ilele Malielegaoi": a "Dr" after a chiefly title and before the name is
    a courtesy inside one name, which goes on whole without it (the chief's title had been cut
    off, or made a second person)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == [expected]


def test_a_doctor_after_and_is_another_person() -> None:
    """A look-alike: "Dr" after "and" opens the next person's name."""
    names = [p.name for p in find_people("He met Peter Smith and Dr Anna Jones in Apia.")]
    assert names == ["Peter Smith", "Anna Jones"]


def test_a_kiribati_president_styled_te_beretitenti_is_titled() -> None:
    """ "Te Beretitenti Taneti Maamau": Kiribati's head of state by his own style, an office."""
    people = find_people("Kiribati's Te Beretitenti Rota Tebano received the envoy in Tarawa.")
    assert [(p.name, p.title, p.country_iso3) for p in people] == [("Rota Tebano", "Te Beretitenti", "KIR")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("His Royal Highness Prince Nawaf bin Khalid Al Saud, Minister of Energy, met the Korean envoy.",
         [("Nawaf bin Khalid Al Saud", "Minister of Energy", None)]),
        ("Princess Lamia bint Turki, Ambassador to Norway, opened the fair in Oslo.",
         [("Lamia bint Turki", "Ambassador to Norway", None)]),
        # with no office after the name, the rank is the title
        ("Prince Nawaf bin Khalid Al Saud opened the fair in Oslo.",
         [("Nawaf bin Khalid Al Saud", "Prince", None)]),
        # the office after "the" in commas is his title too
        ("Prince Turki bin Saad, the Deputy Governor of Asir, opened the fair in Oslo.",
         [("Turki bin Saad", "Deputy Governor of Asir", None)]),
        ("Princess Noura bint Faisal, the Minister of Culture, opened the fair in Oslo.",
         [("Noura bint Faisal", "Minister of Culture", None)]),
        # a title owning the noun after it is no office of his: the rank stays
        ("Prince Turki bin Saad, the Governor's son, opened the fair in Oslo.",
         [("Turki bin Saad", "Prince", None)]),
    ],
)  # fmt: skip
def test_a_courtesy_rank_before_a_name_gives_way_to_the_office_in_commas(
    sentence: str, expected: list
) -> None:
    """ "Prince X, Minister of Energy,", "Prince X, the Deputy Governor of Y,": a prince's rank
    before the name is a courtesy, as "Sheikh" is, and the office in commas after the name, with
    "the" or not, is his title (he had been a "Prince", and the office left to no one)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Erywan Yusof, Minister of Foreign Affairs, and His Highness Sayyid Aziz bin Talal, Minister of "
         "Economy of Oman, signed the deal.",
         [("Erywan Yusof", "Minister of Foreign Affairs", None),
          ("Aziz bin Talal", "Minister of Economy", "OMN")]),
        ("Jaber Al-Sabah, Minister of Oil, and His Highness Sheikh Nawaf Al Thani, Minister of Energy of "
         "Qatar, signed it.",
         [("Jaber Al-Sabah", "Minister of Oil", None), ("Nawaf Al Thani", "Minister of Energy", "QAT")]),
        # a list of portfolios with no style in it goes on
        ("Ahmed Ali, Minister of Foreign Affairs, Emigration and Egyptian Expatriates, met his guest.",
         [("Ahmed Ali", "Minister of Foreign Affairs, Emigration and Egyptian Expatriates", None)]),
    ],
)  # fmt: skip
def test_a_style_after_an_office_and_and_opens_the_next_person(sentence: str, expected: list) -> None:
    """ "A, Minister of Foreign Affairs, and His Highness B, Foreign Minister of X,": a style
    ("His", "Her", "HE") opens the next person, no portfolio of the office before it (the
    office had run on to "and His Highness" and been the second person's)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Colombian Trade Minister Luis Córdoba-Pérez met the envoy.",
         [("Luis Córdoba-Pérez", "Trade Minister")]),
        ("The Deputy Minister of Mining, Ana Rojas-Valencia, met the delegation.",
         [("Ana Rojas-Valencia", "Deputy Minister of Mining")]),
        # look-alikes: two cities joined, or a city and a town after no given name, name no one
        ("Transport Minister Ana Ruiz opened the Kunming-Boten line.", [("Ana Ruiz", "Transport Minister")]),
        ("The Lagos-Abidjan corridor was discussed by Minister Kofi Mensah.", [("Kofi Mensah", "Minister")]),
    ],
)  # fmt: skip
def test_a_double_surname_one_of_whose_parts_is_a_city(sentence: str, expected: list) -> None:
    """ "Diana Salazar-Mendoza": a hyphenated surname after a given name, one of whose parts is a
    city's name and the other a name word no place has, is a double surname, not places joined
    (the person had been cut to the given name, or lost in apposition)."""
    assert [(p.name, p.title) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The forum was attended by Chad's President Idriss Deby, represented by the Prime Minister Allamaye "
         "Halina.",
         [("Idriss Deby", "President", "TCD"), ("Allamaye Halina", "Prime Minister", "TCD")]),
        ("Present were Malawian President Lazarus Chakwera (represented by his Vice President Michael Usi) "
         "and Zambian President Hakainde Hichilema.",
         [("Lazarus Chakwera", "President", "MWI"), ("Michael Usi", "Vice President", "MWI"),
          ("Hakainde Hichilema", "President", "ZMB")]),
        ("It was attended by Ghana's President John Mahama, who was represented at the summit by Foreign "
         "Minister Samuel Okudzeto Ablakwa.",
         [("John Mahama", "President", "GHA"), ("Samuel Okudzeto Ablakwa", "Foreign Minister", "GHA")]),
        # a country, not a person, is represented: nobody is dropped
        ("Kenyan President William Ruto said Kenya was represented by Trade Minister Lee Kinyanjui.",
         [("William Ruto", "President", "KEN"), ("Lee Kinyanjui", "Trade Minister", None)]),
    ],
)  # fmt: skip
def test_a_stand_in_for_a_principal_is_of_the_principals_country(sentence: str, expected: list) -> None:
    """ "President X, represented by the Prime Minister Y": Y is of X's country (Y had taken the
    host's); X is still a person of the sentence, named, whom the engagement layer reads as
    absent (`engagement_clauses._senders`), not one the people finder drops."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The forum opened in Lusaka, and Angola, represented by Vice President Rosa Neto, also took part.",
         [("Rosa Neto", "Vice President", "AGO")]),
        ("Ghana (represented by its Finance Minister Kofi Asante) and Togo sent delegations.",
         [("Kofi Asante", "Finance Minister", "GHA")]),
        ("Chad, which was represented at the talks by Foreign Minister Abdel Mahamat, agreed.",
         [("Abdel Mahamat", "Foreign Minister", "TCD")]),
        # the official's own country stated stays his; a body represented tells none
        ("Angola, represented by Namibian Trade Minister Lucia Witbooi, also took part.",
         [("Lucia Witbooi", "Trade Minister", "NAM")]),
        ("The board, represented by Chairman Peter Banda, also took part.",
         [("Peter Banda", "Chairman", None)]),
    ],
)  # fmt: skip
def test_an_official_through_whom_a_country_took_part_is_of_that_country(
    sentence: str, expected: list
) -> None:
    """ "Mozambique, represented by Prime Minister X, also took part": X is of the country before
    "represented by" unless his own is stated (he had taken the host's, and the country been
    lost as a side)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It was attended by Botswana's Parks Mokgosi and Zambia's Chipoka Mulenga.",
         ["Parks Mokgosi", "Chipoka Mulenga"]),
        ("Talks were held with Lesotho's Lands Thabane on Monday.", ["Lands Thabane"]),
        # a body after the possessive is no person
        ("Kenya's Coast Guard seized the boat.", []),
        ("Kenya's Parks Board Chairman said.", []),
    ],
)  # fmt: skip
def test_a_given_name_that_is_a_common_noun_after_a_countrys_possessive(
    sentence: str, expected: list
) -> None:
    """ "South Africa's Parks Tau": after a country's possessive, a common noun followed by one
    plain name word and nothing capitalized opens a name (it had been dropped, and the
    engagement with it); a body there ("Coast Guard") stays none."""
    assert [p.name for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She hosted her Malawian counterpart, Chikondi Banda Phiri, Minister of Lands and Housing.",
         ("Chikondi Banda Phiri", "Minister of Lands and Housing", "MWI")),
        ("He received his counterpart, Tomas Vidal, Chile's Minister of Mining, on Friday.",
         ("Tomas Vidal", "Minister of Mining", "CHL")),
        # no office in apposition: the counterpart stays untitled
        ("He received his Chilean counterpart, Tomas Vidal, on Friday.",
         ("Tomas Vidal", None, "CHL")),
    ],
)  # fmt: skip
def test_an_office_in_apposition_after_a_counterparts_name_is_his_title(
    sentence: str, expected: tuple
) -> None:
    """ "his Burkinabe counterpart, X, Minister of Industrial Development and Trade": the
    counterpart holds the name, but the office written after it is still his title (it had
    been dropped for the host's bare "Minister")."""
    assert expected in [(p.name, p.title, p.country_iso3) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Home Minister Lt. Gen. (ret.) Budi Santoso met the envoy.", ("Budi Santoso", "Home Minister")),
        ("Defence Minister Gen. (Retd) Arif Rahman met the envoy.", ("Arif Rahman", "Defence Minister")),
        ("Interior Minister Maj. Gen. (R) Tariq Aziz met the envoy.", ("Tariq Aziz", "Interior Minister")),
    ],
)
def test_a_retired_marker_after_an_abbreviated_rank_is_skipped_to_the_name(
    sentence: str, expected: tuple
) -> None:
    """ "Defense Minister Lt. Gen. (ret.) X": the rank's full stop comes before the retired
    marker, which is skipped as after an unabbreviated rank (the office had gone to "Gen" and
    the officer been left untitled)."""
    assert expected in [(p.name, p.title) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She met the board of state miner Codelco, including Chief Executive Ruben Alvarado, on Monday.",
         ("Ruben Alvarado", "Codelco")),
        # look-alike: of two bodies named before, the officer is of neither for sure
        ("She met staff of Codelco and Enami, including Chief Executive Ruben Alvarado, on Monday.",
         ("Ruben Alvarado", None)),
    ],
)  # fmt: skip
def test_an_officer_listed_out_of_the_one_body_just_named_is_its_own(sentence: str, expected: tuple) -> None:
    """ "the management of state oil company Pertamina, including President Director X": the
    officer after ", including" is of the one body named right before (he had none)."""
    assert expected in [(p.name, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Later she called on Dato' Seri Rahim at his office.", ["Rahim"]),
        ("The envoy met Datuk Seri Utama Haji Kamal in Putrajaya.", ["Kamal"]),
        ("Tan Sri Azlan chaired the session.", ["Azlan"]),
        # any Malay style may open them, as "Haji" or "Awang" does
        ("The envoy met Haji Datuk Kamal in Putrajaya.", ["Kamal"]),
        ("The envoy met Awang Haji Kamal in Bandar Seri Begawan.", ["Kamal"]),
        # the full name after the styles, and a name that opens on "Tan", stay whole
        ("The envoy met Datuk Seri Kamal Rahim in Putrajaya.", ["Kamal Rahim"]),
        ("The envoy met Tan Wei Ming in Singapore.", ["Tan Wei Ming"]),
    ],
)  # fmt: skip
def test_a_given_name_after_malay_styles_is_the_name(sentence: str, names: list) -> None:
    """ "a separate meeting with Dato' Seri Mohamad": a minister referred back to by his Malay
    styles and given name is that name, as after "Mr" (it had been "Seri Mohamad", the second
    style kept, and never linked to the earlier "Mohamad Hasan")."""
    assert [p.name for p in find_people(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She met Works Minister Wong King Hui on Friday.", [("Wong King Hui", "Works Minister", None)]),
        ("Deputy Minister Lim King Hoe opened the fair.", [("Lim King Hoe", "Deputy Minister", None)]),
        # a surname after the head, or a ruler's name after a title: still the head's
        ("He met Senator Angus King on Monday.", [("Angus King", "Senator", None)]),
        ("Custodian of the Two Holy Mosques King Salman received him.", [("Salman", "King", None)]),
    ],
)  # fmt: skip
def test_a_head_word_inside_a_three_word_name_is_no_title(sentence: str, expected: list) -> None:
    """ "Transport Minister Tiong King Sing": a head word between a given name and one last
    word after a title is the middle of the name (it had been the title "King" of "Sing", and
    "Tiong" a body)."""
    assert [(p.name, p.title, p.organization) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Kenya's Trade Minister, June Okello, opened the fair.", ["June Okello"]),
        ("Uganda was represented by the Minister of Energy, April Nsubuga.", ["April Nsubuga"]),
        # a date after a comma stays a date
        ("The fair opened in Nairobi, June 5, with Kenya's Trade Minister Jane Okello.", ["Jane Okello"]),
    ],
)  # fmt: skip
def test_a_month_given_name_set_off_by_commas(sentence: str, names: list) -> None:
    """ "the Minister of Foreign Affairs, January Makamba,": a month before one capitalized word
    that the commas close is a given name (the person had been dropped as a date)."""
    assert [p.name for p in find_people(sentence)] == names


@pytest.mark.parametrize(
    "sentence",
    [
        "The two ministers met at the hotel on Queen's Park East in Accra.",
        "The deal was signed at the office on Prince's Grove Terrace by the envoy.",
        "They met on St Patrick's Hill Green before the session.",
    ],
)
def test_words_after_an_office_or_saints_possessive_name_a_place(sentence: str) -> None:
    """ "on Queen's Park West", "St George's Street": the possessive of a bare office or of a
    saint's name owns a street or a place, not a person (the words had been one, "Park East").
    A country, a body or a person still owns the person named after it."""
    assert find_people(sentence) == []
    found = [p.name for p in find_people("Kenya's William Ruto met Gazprom's Alexei Miller on Monday.")]
    assert found == ["William Ruto", "Alexei Miller"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Speaking, the Chilean Ambassador to Kenya, Mr Rodrigo Salas, said exports grew.",
            [("Rodrigo Salas", "Ambassador to Kenya", "CHL")],
        ),
        (
            "Responding, the Peruvian Minister of Trade, Ana Ruiz, said the talks went well.",
            [("Ana Ruiz", "Minister of Trade", "PER")],
        ),
        (
            '"Commenting, the Ghanaian High Commissioner, Kwame Mensah, welcomed the deal.',
            [("Kwame Mensah", "High Commissioner", "GHA")],
        ),
        # a surname that ends in -ing, with no name after the title, stays the holder
        ("Manning, the Australian ambassador, said trade grew.", [("Manning", "ambassador", "AUS")]),
    ],
)
def test_a_participle_opening_the_sentence_is_no_name_before_a_title(sentence: str, expected: list) -> None:
    """ "Speaking, the X envoy, Mr Y Z, said": the participle that opens the sentence is no name
    in apposition to the title; the name in commas after it is the holder's ("Speaking" had
    been a person)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The two delegations met at the Lusaka Radisson Blu hotel on Friday.",
        "Talks were held at the Mandarin Oriental hotel in Doha.",
        "The forum opened at the Nairobi Serena Palace.",
    ],
)
def test_words_before_a_venue_head_name_the_venue(sentence: str) -> None:
    """ "at the Lima Marriott Grand hotel": capitalized words right before a venue's head noun
    name the venue, not a person (the hotel's brand had been one)."""
    assert find_people(sentence) == []
    assert [p.name for p in find_people("Ana Ruiz met Pedro Gomez at the hotel.")] == [
        "Ana Ruiz",
        "Pedro Gomez",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday the envoy toured the Mombasa Container Terminal and met exporters.",
        "On 4 May the minister opened the Chile–Korea Salmon Seminar in Busan.",
        "The ministers closed the Ghana–Brazil Cocoa Symposium in Accra.",
    ],
)
def test_a_terminal_or_a_seminar_is_no_persons_name(sentence: str) -> None:
    """ "toured the Mombasa Container Terminal", "opened the Chile–Korea Salmon Seminar": a
    port's terminal and a meeting's kind close a name of a thing, as "Port" and "Conference"
    do, never a person's (the words before them had been one)."""
    assert find_people(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Senior Minister of State Mdm Tan Sok Hua met Deputy Minister Puan Rosnah Idris.",
         ["Tan Sok Hua", "Rosnah Idris"]),
        ("Ambassador Mme Hélène Marchal met Prime Minister Monsieur Ali Lamine Zeine.",
         ["Hélène Marchal", "Ali Lamine Zeine"]),
        ("Foreign Minister Sr. Rubén Ramírez Lezcano met Trade Minister Señora Ana Lucía Ortiz.",
         ["Rubén Ramírez Lezcano", "Ana Lucía Ortiz"]),
        # a courtesy word is no part of a name that only looks like one: "Don" is a given name
        ("Foreign Minister Don Pramudwinai met Mme Hélène Marchal.", ["Don Pramudwinai", "Hélène Marchal"]),
    ],
)  # fmt: skip
def test_french_spanish_and_malay_courtesies_are_no_part_of_the_name(sentence, names):
    """ "Mdm", "Mme", "Monsieur", "Sr.", "Señora", "Puan" are courtesy words (they had been kept in
    the name, and "Sr." had been a person of its own)."""
    assert [p.name for p in find_people(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Coast Guard Commandant Admiral Ronaldo Vidal met them.", "Ronaldo Vidal", "Commandant"),
        ("Marine Corps Commandant General Eric Smith met them.", "Eric Smith", "Commandant"),
    ],
)
def test_a_commandant_is_a_title(sentence, name, title):
    """ "Commandant" heads a title, as "Commander" does (it had been read as the first word of the
    name, and "Commandant Major" as a person of its own)."""
    (person,) = find_people(sentence)
    assert (person.name, person.title) == (name, title)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The session was held under the co-chairmanship of Daniyar Amangeldiev and Zavqi Zavqizoda.",
         ["Daniyar Amangeldiev", "Zavqi Zavqizoda"]),
        ("The forum opened with the participation of Lola Karimova and Bakyt Torobaev.",
         ["Lola Karimova", "Bakyt Torobaev"]),
        # a listed leader named in full after "of" whatever the noun before it
        ("Negotiations of Sadyr Japarov and Emomali Rahmon took place in Bishkek.",
         ["Sadyr Japarov", "Emomali Rahmon"]),
        # look-alike: any other name after "of" is a place's or a body's
        ("The delegation toured the University of Malaya and the Bank of Georgia.", []),
    ],
)  # fmt: skip
def test_a_name_after_of_a_chairmanship_or_a_listed_leader_is_a_person(sentence: str, names: list) -> None:
    """ "under the chairmanship of X and Y", "with the participation of X", "Negotiations of X and
    Y" (a listed leader): the name after "of" is a person (only the names after the first had
    been found, as an untitled name after "of" was taken for a place's or a body's)."""
    assert [p.name for p in find_people(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Gen. Sudirman received the Thai envoy on Monday.", ["Sudirman"]),
        ("The Thai envoy met Lt. Gen. Sarwono at the palace.", ["Sarwono"]),
        ("Adm. Kusumo and the envoy inspected the port.", ["Kusumo"]),
        # near misses: a full name after the rank as before; a rank that opens a body's name; a
        # capitalized word after "General" spelled out
        ("The Thai envoy met Gen. Sarwono Kusumo at the palace.", ["Sarwono Kusumo"]),
        ("He worked at the Gen. Electric plant.", []),
        ("The envoy addressed the General Assembly on Monday.", []),
    ],
)  # fmt: skip
def test_one_name_after_an_abbreviated_rank_is_a_person(sentence: str, names: list) -> None:
    """ "Gen. Suharto", "Lt. Gen. Prabowo": the one-name leaders of Indonesian, Thai and Burmese
    copy after a rank abbreviated with its stop are people, as after "Mr." (they had been no
    one, and the meeting had lost its host)."""
    assert [p.name for p in find_people(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Defence Minister Richard Marles met his Indonesian counterparts Sugiono Wibowo and Sjafrie "
         "Sjamsoeddin in Canberra.",
         [("Sugiono Wibowo", "IDN", False), ("Sjafrie Sjamsoeddin", "IDN", False)]),
        ("Foreign Minister Cho Tae-yul held talks with his Vietnamese counterparts, Bui Thanh Son and "
         "Phan Van Giang, in Hanoi.",
         [("Bui Thanh Son", "VNM", False), ("Phan Van Giang", "VNM", False)]),
        # each of another country: each the other side's counterpart, in the list's order
        ("Foreign Minister Cho Tae-yul met his Thai and Lao counterparts Maris Sangiampongsa and "
         "Thongsavanh Phomvihane in Vientiane.",
         [("Maris Sangiampongsa", "THA", True), ("Thongsavanh Phomvihane", "LAO", True)]),
        # look-alike: no country before the noun, none given
        ("Foreign Minister Cho Tae-yul met his counterparts Maris Sangiampongsa and Thongsavanh "
         "Phomvihane in Vientiane.",
         [("Maris Sangiampongsa", None, False), ("Thongsavanh Phomvihane", None, False)]),
    ],
)  # fmt: skip
def test_names_after_a_countrys_counterparts_are_of_that_country(sentence: str, expected: list) -> None:
    """ "his Philippine counterparts X and Y": both names are of the country before the plural
    (only the first had been, by the engagement's guess, and the second took the host's); each is
    the other side's counterpart only when each is of another country."""
    found = [(p.name, p.country_iso3, p.counterpart) for p in find_people(sentence)]
    assert found[1:] == expected


@pytest.mark.parametrize(
    ("sentence", "people", "organizations"),
    [
        ("Foreign Minister Elena Rossi (Forza Italia) met the envoy.", ["Elena Rossi"], []),
        ("Defence Minister Piotr Nowak (Civic Coalition) met the envoy.", ["Piotr Nowak"], []),
        ("Trade Minister Rebecca Wanjiru (United Democratic Alliance) met the envoy.",
         ["Rebecca Wanjiru"], []),
        ("Interior Minister Ana Lopez (Socialist Party) met the envoy.", ["Ana Lopez"], []),
        # a company in the bracket is still his organization
        ("Rosatom chief Alexei Likhachev (Rosatom) met the envoy.", ["Alexei Likhachev"], ["Rosatom"]),
    ],
)  # fmt: skip
def test_a_party_in_brackets_after_a_name_is_no_one_taking_part(
    sentence: str, people: list[str], organizations: list[str]
) -> None:
    """ "Foreign Minister X (Forza Italia)", "X (Civic Coalition)": the holder's party in brackets
    after his name, as dpa, PAP and ANSA write it, is no person ("Forza Italia" had been one) and,
    ending on a party's word, no organization either."""
    found = find_entities(sentence)
    assert [p.name for p in found.people] == people
    assert sorted({o.name for o in found.organizations}) == organizations


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The trade ministers of the two countries, Kenya's Rebecca Wanjiru and Uganda's Francis Okello, "
         "met on Monday.",
         [("Rebecca Wanjiru", "trade minister", "KEN"), ("Francis Okello", "trade minister", "UGA")]),
        ("The finance ministers of the Visegrad Group - Poland's Piotr Nowak, Hungary's Mihaly Kovacs and "
         "Slovakia's Jan Horvath - met on Monday.",
         [("Piotr Nowak", "finance minister", "POL"), ("Mihaly Kovacs", "finance minister", "HUN"),
          ("Jan Horvath", "finance minister", "SVK")]),
        ("The energy ministers of the three countries – Qatar's Saad Nasser, Oman's Salim Aufi and the UAE's "
         "Suhail Mazroui – met on Monday.",
         [("Saad Nasser", "energy minister", "QAT"), ("Salim Aufi", "energy minister", "OMN"),
          ("Suhail Mazroui", "energy minister", "ARE")]),
        ("The presidents of both nations, Kenya's Daniel Kiprono and Uganda's Yosef Okello, met on Monday.",
         [("Daniel Kiprono", "president", "KEN"), ("Yosef Okello", "president", "UGA")]),
        # near misses: a group no plural title heads, or none at all
        ("The leaders of the two countries, Kenya's Daniel Kiprono and Uganda's Yosef Okello, met on Monday.",
         [("Daniel Kiprono", None, None), ("Yosef Okello", None, None)]),
        ("Trade between the two countries grew, Kenya's Rebecca Wanjiru said.",
         [("Rebecca Wanjiru", None, None)]),
    ],
)  # fmt: skip
def test_a_plural_title_of_a_group_passes_to_each_name_after_its_country(
    sentence: str, expected: list
) -> None:
    """ "The transport ministers of the two countries, Türkiye's X and Iraq's Y,", "The foreign
    ministers of the Weimar Triangle - Germany's X, France's Y and Poland's Z -": each name, after
    its own country's possessive, holds the plural title (all had been untitled)."""
    assert [(p.name, p.title, p.country_iso3) for p in find_people(sentence)] == expected
