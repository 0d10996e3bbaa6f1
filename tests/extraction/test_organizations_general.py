"""Organization kinds on invented names: who can be a side of an engagement."""

from __future__ import annotations

import pytest

from orchestration.extraction.organizations import find_organizations, org_from_context
from orchestration.extraction.people import entities_in, find_people
from orchestration.extraction.titles import Sentence


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        # an association of companies, even when named for two countries
        (
            "The forum was organised by the Chile-Korea Business Council.",
            "Chile-Korea Business Council",
            "association",
        ),
        (
            "Members of the Ghana Nigeria Business Council attended.",
            "Ghana Nigeria Business Council",
            "association",
        ),
        # bodies of two states and the event itself are not sides
        ("The Chile-Korea Joint Commission met in Seoul.", "Chile-Korea Joint Commission", "joint_body"),
        ("He opened the Chile-Korea Business Forum in Seoul.", "Chile-Korea Business Forum", "joint_body"),
        ("The Omani-Kuwaiti Coordination Council met.", "Omani-Kuwaiti Coordination Council", "joint_body"),
        # a working group is the two governments' officials in session, no company "... Group"
        (
            "Peru and Ghana held the second session of their Joint Working Group.",
            "Joint Working Group",
            "joint_body",
        ),
        (
            "The ministers set up a Working Group on Customs Cooperation, to meet twice a year.",
            "Working Group",
            "joint_body",
        ),
        # a state company named for the government is still a company
        (
            "Iran's Government Trading Corporation (GTC) signed the deal.",
            "Government Trading Corporation (GTC)",
            "company",
        ),
        # hyphenated spellings of the lexicon's words
        (
            "The Bhutan-Nepal Inter-Governmental Sub-Committee (BNSC) met in Thimphu.",
            "Bhutan-Nepal Inter-Governmental Sub-Committee (BNSC)",
            "joint_body",
        ),
    ],
)
def test_kinds_of_bodies_named_for_two_countries(sentence: str, name: str, kind: str) -> None:
    found = {o.name: o.kind for o in find_organizations(sentence)}
    assert found.get(name) == kind


#: "X of Y (ACRONYM)" whose acronym spells the name's words, and "the X agency and Y":
#: names the grammar finds without a suffix word.
NAMES_WITHOUT_SUFFIX = [
    (
        "The memorandum was signed between the Press Trust of India (PTI) and Xinhua.",
        ["Press Trust of India (PTI)"],
    ),
    (
        "Officials of the Development Fund for Africa (DFA) and the ministry attended.",
        ["Development Fund for Africa (DFA)"],
    ),
    (
        "The expo was organised by the BrasilExport agency and TradeKenya, with 50 companies.",
        ["BrasilExport", "TradeKenya"],
    ),
    ("He thanked the Peruvian company and the Kenyan firm for their work.", []),
    ("President Boric met executives of SQM Lithium in Santiago on Monday.", ["SQM Lithium"]),
    ("The minister later met managers of Safaricom, the telecoms operator.", ["Safaricom"]),
    ("He met executives of Chile and Peru on Tuesday.", []),
    ("They toured farms in Lima (PE) on Monday.", []),
]


@pytest.mark.parametrize(("sentence", "names"), NAMES_WITHOUT_SUFFIX)
def test_names_spelled_by_an_acronym_or_described_after(sentence: str, names: list[str]) -> None:
    found = [o.name for o in find_organizations(sentence)]
    assert [n for n in found if n in names or n not in ("Xinhua",)] == names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Airports of Tajikistan (ATJ) signed a handling contract on Friday.",
            "Airports of Tajikistan (ATJ)",
        ),
        ("The deal with Railways of Mozambique (RMZ) was signed.", "Railways of Mozambique (RMZ)"),
    ],
)
def test_an_acronym_may_spell_more_letters_of_a_place_in_the_name(sentence: str, name: str) -> None:
    """An acronym that takes two letters of one word ("Electricity of Vietnam (EVN)", after
    "Viet Nam") spells the whole "X of <Country>" name; the organization had been the bare
    acronym, without its name."""
    assert name in [o.name for o in find_organizations(sentence)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Repsol and the Steel and Iron Ore Company (SIOC) signed a deal.",
         ["Repsol", "Steel and Iron Ore Company (SIOC)"]),
        ("Orano and Tea and Coffee Marketing Board (TCMB) signed a deal.",
         ["Orano", "Tea and Coffee Marketing Board (TCMB)"]),
        # an acronym that spells only the words after the "and" leaves two names
        ("Orano and Power Development Authority (PDA) signed a deal.",
         ["Orano", "Power Development Authority (PDA)"]),
    ],
)  # fmt: skip
def test_an_acronym_spelling_words_before_an_and_keeps_one_name(sentence: str, names: list[str]) -> None:
    """ "the Oil and Natural Gas Corporation (ONGC)": the acronym spells the word before the
    "and", so the "and" joins words of one name, not two sides (the name had been cut to
    "Natural Gas Corporation (ONGC)")."""
    assert [o.name for o in find_organizations(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Orano signed a deal with Kenya Trade and Invest (KTAI) on Monday.",
         ["Orano", "Kenya Trade and Invest (KTAI)"]),
        ("Repsol and Export and Investment Fund (EAIF) signed a deal.",
         ["Repsol", "Export and Investment Fund (EAIF)"]),
        # the look-alike: an acronym that spells no "and" still parts two names
        ("Orano and Mining Exploration Board (MEB) signed a deal.",
         ["Orano", "Mining Exploration Board (MEB)"]),
    ],
)  # fmt: skip
def test_an_acronym_spelling_the_and_keeps_one_name(sentence: str, names: list[str]) -> None:
    """ "Germany Trade and Invest (GTAI)": the acronym spells the "and" with the words around it,
    so the name is one body (it had been cut into "Germany Trade" and "Invest (GTAI)", of
    another country)."""
    assert [o.name for o in find_organizations(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        # "et" joins a French name, and particles may follow one another or an elision
        ("It signed with the Office National des Phosphates et des Engrais (ONPE) on Monday.",
         "Office National des Phosphates et des Engrais (ONPE)", "agency"),
        ("It signed with Societe Generale des Routes et de l'Habitat on Monday.",
         "Societe Generale des Routes et de l'Habitat", "company"),
        # a central bank with a long Romance name is still a central bank
        ("The loan came from the Banque Centrale des Etats de l'Afrique Centrale on Monday.",
         "Banque Centrale des Etats de l'Afrique Centrale", "central_bank"),
    ],
)  # fmt: skip
def test_romance_names_joined_by_et_and_particles(sentence: str, name: str, kind: str) -> None:
    """ "Office National des Hydrocarbures et des Mines" was cut at "et"."""
    assert [(o.name, o.kind) for o in find_organizations(sentence)] == [(name, kind)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Gomel Tractor Plant (GTZ) and Vietnam's Hoang Long Group signed a contract on Monday.",
         ["Gomel Tractor Plant (GTZ)", "Hoang Long Group"]),
        ("Belarusian Steel Plant (BSZ) signed a supply deal with Kenya Steel Mills Ltd.",
         ["Belarusian Steel Plant (BSZ)", "Kenya Steel Mills Ltd"]),
        # a power or water plant is a site, its initials or not
        ("The ministers toured the Rooppur Nuclear Power Plant (RNPP) on Monday.", []),
        ("The ministers toured the Gomel Tractor Plant on Monday.", []),
    ],
)  # fmt: skip
def test_a_plant_named_with_its_initials_is_a_company(sentence: str, names: list[str]) -> None:
    """ "Gomel Tractor Plant (GTZ) and X signed a contract": a works known by its initials is the
    company that runs it (the contract had lost this side); a plant with no initials, or a power
    plant, is a site."""
    assert [o.name for o in find_organizations(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Officials of the wine growers' association Vinos de Mendoza joined the talks.", "Vinos de Mendoza"),
        ("Representatives of Carnes del Paraguay also attended the meeting.", "Carnes del Paraguay"),
        ("Executives of the exporters' association Cafes do Brasil also attended.", "Cafes do Brasil"),
        ("Representatives of the growers' association Flores de la Sabana also attended.",
         "Flores de la Sabana"),
    ],
)  # fmt: skip
def test_a_described_name_goes_on_over_a_romance_de(sentence: str, name: str) -> None:
    """ "the association Vinos de Mendoza": a name found after its descriptor goes on over
    "de", "del", "do" and "de la" before a capitalized word, as a Romance name does (it had been
    cut to "Vinos")."""
    assert [o.name for o in find_organizations(sentence)] == [name]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On Friday, the Port of Valparaiso and the Port of Busan signed a memorandum on cold chains.",
            [("Port of Valparaiso", "CHL"), ("Port of Busan", "KOR")],
        ),
        ("Chile's Port of Valparaiso and a Korean operator signed a deal.", [("Port of Valparaiso", "CHL")]),
        # the port as a place a clause goes to or works on is no body
        ("Cargo moved through the Port of Valparaiso last year.", []),
        ("The minister will tour the Port of Busan on Friday.", []),
        ("They agreed on the expansion of the Port of Busan.", []),
    ],
)
def test_a_port_of_a_city_named_as_a_side_is_a_body(sentence: str, expected: list) -> None:
    """ "the Port of Seattle and the Port of Kobe signed a letter of intent" had named no side."""
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # "und"/"y" join the words of one German or Spanish name before its legal form
        (
            "Bremer Werft und Maschinenbau GmbH and Vietnam's PetroTrans signed a contract.",
            ["Bremer Werft und Maschinenbau GmbH", "PetroTrans"],
        ),
        (
            "Transportes y Logistica Andina SA and a Bolivian rail firm signed a deal.",
            ["Transportes y Logistica Andina SA"],
        ),
        # the English "and" still parts two companies
        ("Toyota and Honda Motor Co signed a deal.", ["Toyota", "Honda Motor Co"]),
    ],
)
def test_a_german_or_spanish_and_inside_one_company_name(sentence: str, names: list[str]) -> None:
    """ "Hamburger Hafen und Logistik AG (HHLA)" had been cut to "Logistik AG (HHLA)"."""
    assert [o.name for o in find_organizations(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "It was signed by the Tea and Rubber Authority of Vietnam on Monday.",
            ["Tea and Rubber Authority of Vietnam"],
        ),
        ("It was signed by the Pearl and Coral Institute on Monday.", ["Pearl and Coral Institute"]),
        # companies are not written with "the": two names
        ("Toyota and Honda Motor Co signed a deal.", ["Toyota", "Honda Motor Co"]),
        # a list of trades inside one name, after "the"
        (
            "Executives of BYD and the Vietnam Rubber, Coffee and Tea Corporation (Vinaruco) attended.",
            ["BYD", "Vietnam Rubber, Coffee and Tea Corporation (Vinaruco)"],
        ),
        # but a list of names, the first one whole
        ("He met the Tata Group, Reliance and Adani Group.", ["Tata Group", "Reliance", "Adani Group"]),
    ],
)
def test_a_body_named_with_and_back_to_the(sentence: str, names: list[str]) -> None:
    """ "the National Gem and Jewellery Authority" was "National Gem" and "Jewellery Authority"."""
    assert [o.name for o in find_organizations(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Officials of Kenya's Horticultural and Fresh Produce Export Council attended.",
         ["Horticultural and Fresh Produce Export Council"]),
        ("She visited Uganda's Scientific and Industrial Research Council on Monday.",
         ["Scientific and Industrial Research Council"]),
        ("France's Total and Engie Energy signed a deal.", ["Total", "Engie Energy"]),
        # a company's name before "and" after the possessive: two names
        ("Japan's Toyota and Honda Motor Co signed a deal.", ["Toyota", "Honda Motor Co"]),
    ],
)  # fmt: skip
def test_a_body_named_with_and_after_a_countrys_possessive(sentence: str, names: list[str]) -> None:
    """A country's possessive stands where "the" would: "India's Agricultural and Processed Food
    Products Export Development Authority" had been cut to "Processed Food ... Authority"."""
    assert [o.name for o in find_organizations(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Officials of Ghana's Coastal and Fisheries Development Authority attended.",
         ["Coastal and Fisheries Development Authority"]),
        ("She met Peru's Andean and Agricultural Research Institute on Monday.",
         ["Andean and Agricultural Research Institute"]),
        # look-alikes: a word after "and" that names no trade, or a known company before it
        ("He met Kenya's Treasury and Central Bank officials.", ["Treasury", "Central Bank"]),
        ("Japan's Toyota and Energy Regulatory Authority met.", ["Toyota", "Energy Regulatory Authority"]),
    ],
)  # fmt: skip
def test_a_field_and_a_trade_after_a_countrys_possessive_open_one_name(
    sentence: str, names: list[str]
) -> None:
    """ "India's Marine and Fisheries Export Development Authority": a word that is no trade's
    ("Marine") before "and" and a trade's word is one body's name with the rest, as a trade's
    word there is (it had been cut to "Marine")."""
    assert [o.name for o in find_organizations(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Officials said Thai Friendship and Trade Society members met.",
         ["Thai Friendship and Trade Society"]),
        ("Yesterday Indonesian Heritage and Cultural Foundation staff met.",
         ["Indonesian Heritage and Cultural Foundation"]),
    ],
)  # fmt: skip
def test_a_field_and_a_trade_after_a_demonym_open_one_name(sentence: str, names: list[str]) -> None:
    """ "Malaysian Friendship and Trade Centre": a demonym stands where a country's possessive
    would, so the one word after it, before "and" and a trade's word, opens the body's name (it had been
    split into "Malaysian Friendship" and "Trade Centre")."""
    assert [o.name for o in find_organizations(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Members of Peru's Avocado and Mango Exporters Association toured the port.",
         ["Avocado and Mango Exporters Association"]),
        ("Ghana's Cocoa and Shea Producers Federation met buyers.", ["Cocoa and Shea Producers Federation"]),
        ("Officials of Chile's Salmon and Trout Export Council attended.",
         ["Salmon and Trout Export Council"]),
        # look-alikes: a company the gazetteer knows before "and", no country's possessive
        ("Kenya's Safaricom and Coffee Exporters Association met.",
         ["Safaricom", "Coffee Exporters Association"]),
        ("Toyota and Mango Exporters Association met.", ["Toyota", "Mango Exporters Association"]),
    ],
)  # fmt: skip
def test_two_goods_before_their_traders_after_a_countrys_possessive_open_one_name(
    sentence: str, names: list[str]
) -> None:
    """ "Brazil's Meat and Poultry Exporters Association": goods paired before the traders a body
    is named for are one name, whatever the goods' words (it had been split into "Meat" and
    "Poultry Exporters Association")."""
    assert [o.name for o in find_organizations(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister met a business mission of ProChile, the Chilean export promotion agency, on Monday.",
         [("ProChile", "CHL")]),
        ("He received a delegation of Safaricom on Monday.", [("Safaricom", "KEN")]),
        ("He received a delegation of Kenya on Monday.", []),
    ],
)  # fmt: skip
def test_a_body_a_mission_is_of_and_its_described_country(sentence: str, expected: list) -> None:
    """ "a business mission of ProColombia, the Colombian export promotion agency": a body
    (it was not found), of the country its apposition names."""
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The minister received a delegation of CEOs from Mumbai on Friday.", []),
        ("She met representatives of SMEs and MPs in Accra.", []),
        # look-alike: an acronym that is a body's name, after the same words
        ("She met executives of KPMG and UPS in Accra.", ["KPMG", "UPS"]),
    ],
)  # fmt: skip
def test_a_plural_acronym_is_no_body(sentence: str, names: list[str]) -> None:
    """ "a delegation of CEOs": an acronym with a plural "s" is many people or bodies of a kind,
    no organization taking part (it had been a company "CEOs")."""
    assert [o.name for o in find_organizations(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister met business leaders from Fenalco, Colombia's main retail federation.",
         [("Fenalco", "COL")]),
        ("Talks with Qorvia Holdings, Chile's biggest copper producer, ended on Monday.",
         [("Qorvia Holdings", "CHL")]),
        ("She met the heads of Zorbex, the Kenyan state power utility, in Nairobi.", [("Zorbex", "KEN")]),
        # look-alikes: a person or a city so described is no body
        ("He met Maria Lopez, Colombia's trade minister, on Monday.", []),
        ("He flew to Bogota, Colombia's capital city, on Monday.", []),
    ],
)  # fmt: skip
def test_a_name_a_comma_apposition_calls_a_countrys_body(sentence: str, expected: list) -> None:
    """ "Fedecámaras, Venezuela's main business association": a name no lexicon holds that
    its apposition describes with a body's word after a country is that country's body (it
    had not been found, and the meeting with it had lost its side)."""
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # examples of a plural with a country give each listed company that country; a name
        # joined to a listed company is a company (NextDecade had been found by no one)
        ("Aramco signed deals with US companies including ExxonMobil, Halliburton and NextDecade.",
         [("ExxonMobil", "USA"), ("Halliburton", "USA"), ("NextDecade", "USA")]),
        ("Aramco signed deals with US energy companies including NextDecade and Sempra.",
         [("NextDecade", "USA"), ("Sempra", "USA")]),
        ("Aramco signed deals with Chinese firms such as Rongsheng Petrochemical and Hengli Group.",
         [("Rongsheng Petrochemical", "CHN"), ("Hengli Group", "CHN")]),
        # a number and a comma before "including": every example takes the nationality (the
        # two had alternated between the sides)
        ("Aramco signed deals with nine Korean firms, including Haesong Robotics and Daemyung Shipbuilding.",
         [("Haesong Robotics", "KOR"), ("Daemyung Shipbuilding", "KOR")]),
        ("Aramco signed deals with 14 Brazilian companies, including Braskem, Embraer and Suzano.",
         [("Braskem", "BRA"), ("Embraer", "BRA"), ("Suzano", "BRA")]),
        # companies of two nationalities: an example is of either, not of the nearer word
        ("Aramco met Swedish and Korean companies, including Nordvik Marine and Haesong Robotics.",
         [("Nordvik Marine", None), ("Haesong Robotics", None)]),
    ],
)  # fmt: skip
def test_examples_of_a_countrys_companies(sentence: str, expected: list) -> None:
    found = [(o.name, o.country_iso3) for o in find_organizations(sentence)]
    assert found[1:] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a listed company's arm named after its possessive is of the company's country
        ("ADNOC's international investment arm XRG signed an agreement with KazMunayGas.",
         ("XRG", "ARE")),
        ("Petronas's trading arm Petco signed a deal with Pertamina.", ("Petco", "MYS")),
    ],
)  # fmt: skip
def test_a_listed_companys_arm(sentence: str, expected: tuple) -> None:
    name, country = expected
    start = sentence.index(name)
    org = org_from_context(sentence, start, start + len(name))
    assert org is not None and (org.name, org.country_iso3) == (name, country)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("President Ruto received Sudanese Sovereign Council Chairman Abdel Fattah al-Burhan.",
         "Sudanese Sovereign Council"),
        ("The minister met Libyan Presidential Council head Mohamed al-Menfi.",
         "Libyan Presidential Council"),
        ("He met Chinese State Council Premier Li Qiang.", "Chinese State Council"),
    ],
)  # fmt: skip
def test_a_states_executive_council_is_government(sentence: str, name: str) -> None:
    """A "Sovereign", "State" or "Presidential Council" is a state's executive, which its
    members represent as officials, not as an organization taking part."""
    assert [(o.name, o.kind) for o in find_organizations(sentence)] == [(name, "government")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two ministers spoke at the Australian High Commission in Suva on Monday.",
         [("Australian High Commission", "government")]),
        ("A reception was held at the High Commission of Malaysia in Colombo.",
         [("High Commission of Malaysia", "government")]),
        # look-alike: a high commission with a remit of its own is a body, no mission
        ("He met the Independent High Commission for Elections on Monday.",
         [("Independent High Commission for Elections", "agency")]),
    ],
)  # fmt: skip
def test_a_high_commission_is_a_states_mission(sentence: str, expected: list) -> None:
    """ "at the British High Commission in Kingston": a high commission is a state's embassy in
    another Commonwealth state, its government, not an organization taking part."""
    assert [(o.name, o.kind) for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The deal was signed by Economic Relations Division Secretary Shahriar Siddiky and KOICA's "
            "director.",
            "Economic Relations Division",
        ),
        ("The Department of Foreign Affairs and Trade said so.", "Department of Foreign Affairs and Trade"),
    ],
)
def test_a_governments_division_department_or_directorate_is_government(sentence: str, name: str) -> None:
    """A state's division, department or directorate is its government, which its officials
    represent as such, not an organization taking part."""
    assert [(o.name, o.kind) for o in find_organizations(sentence) if o.name == name] == [
        (name, "government")
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The MOFCOM's Director-General Wang Hao met the delegation in Beijing.", "MOFCOM"),
        # (before a minister's or secretary's office the acronym is the title's: "METI Vice-Minister")
        ("METI Director-General Kenji Sato met the delegation in Tokyo.", "METI"),
        # other departments of state known by their acronyms, as their full names are
        ("The delegation met USDA economist Paula Reyes in Washington.", "USDA"),
        ("The delegation met NDRC Vice Chairman Li Wei in Beijing.", "NDRC"),
    ],
)  # fmt: skip
def test_a_trade_ministry_known_by_its_acronym_is_government(sentence: str, name: str) -> None:
    """ "The DTIC's Director-General X": a trade or foreign ministry written as its acronym is
    the official's own government, no organization taking part (it had been one); so is another
    department known by its acronym ("USDA", whose "Department of Agriculture" was already
    government)."""
    assert [(o.name, o.kind) for o in find_organizations(sentence) if o.name == name] == [
        (name, "government")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Our Export Promotion Board (EPB) and ProColombia signed a memorandum.", ("ProColombia", "COL")),
        ("Our Export Promotion Board (EPB) and ApexBrasil signed a memorandum.", ("ApexBrasil", "BRA")),
        ("Our Export Promotion Board (EPB) and PromPerú signed a memorandum.", ("PromPerú", "PER")),
    ],
)
def test_a_country_inside_a_camel_case_name(sentence: str, expected: tuple) -> None:
    """ "ProChile", "ApexBrasil": the country is a part of the one word (ProChile had been given
    the other side's country, and the Thai department Chile's)."""
    assert expected in [(o.name, o.country_iso3) for o in find_organizations(sentence)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Kenya Power and Électricité de Djibouti (EDD) signed a power purchase agreement.",
         "Électricité de Djibouti (EDD)"),
        ("Chile's ENAP and the Comisión Nacional de Energía signed a memorandum.",
         "Comisión Nacional de Energía"),
        ("Angola's CFB and Caminhos de Ferro de Moçambique signed a memorandum.",
         "Caminhos de Ferro de Moçambique"),
    ],
)  # fmt: skip
def test_romance_names_opened_by_a_utility_or_commission(sentence: str, name: str) -> None:
    """ "Électricité de Djibouti", "Comisión Federal de Electricidad": the keyword opens the
    name (it had been cut to "Électricité", or "Comisión Federal")."""
    assert name in [o.name for o in find_organizations(sentence)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("It was signed by the Nairobi City Water Supply and Sewerage Company on Monday.",
         ["Nairobi City Water Supply and Sewerage Company"]),
        # a whole name before "and" is one name of two
        ("He met the Kenya Ports Authority Board and Tanzania Ports Authority.",
         ["Kenya Ports Authority Board", "Tanzania Ports Authority"]),
    ],
)  # fmt: skip
def test_four_words_after_the_before_and_in_one_name(sentence: str, names: list[str]) -> None:
    """ "the Ulaanbaatar City Water Supply and Sewerage Authority" is one body (it had been cut
    into "Ulaanbaatar City Water Supply" and "Sewerage Authority")."""
    assert [o.name for o in find_organizations(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lagos-based Dangote Group will build the plant.", [("Dangote Group", "NGA")]),
        ("It was signed with Sao Paulo-based distributor Andes Foods Ltd on Monday.",
         [("Andes Foods Ltd", "BRA")]),
        ("Mumbai-based Tata Steel and Rotterdam-based Vopak Group signed an agreement.",
         [("Tata Steel", "IND"), ("Vopak Group", "NLD")]),
        # the longest place: Inner Mongolia is China's, not Mongolia
        ("Inner Mongolia-based Yili Group agreed to buy milk powder.", [("Yili Group", "CHN")]),
        # where its shares trade or its head office is, alike
        ("The deal was signed with Johannesburg-listed Kelvara Mining Ltd on Friday.",
         [("Kelvara Mining Ltd", "ZAF")]),
        ("Buenos Aires-headquartered Pampa Grains SA will ship the wheat.", [("Pampa Grains SA", "ARG")]),
    ],
)  # fmt: skip
def test_where_a_company_is_based_is_its_country_not_its_name(sentence: str, expected: list) -> None:
    """ "Toronto-based distributor Pacific Grains Inc": the place says the company's country and
    is no part of its name (the name had been "Lagos-based Dangote Group", or had no country)."""
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nairobi-based Twiga Mkulima signed a supply deal with Kigali-based Zipline Rwanda.",
         [("Twiga Mkulima", "KEN"), ("Zipline Rwanda", "RWA")]),
        ("The ministry met Casablanca-based Ynna on Monday.", [("Ynna", "MAR")]),
    ],
)  # fmt: skip
def test_a_name_after_where_it_is_based_is_an_organization(sentence: str, expected: list) -> None:
    """ "Seoul-based Samsung SDS": only a company or body is said to be based somewhere, so the
    capitalized name after a known place's "-based" is one, with no company word of its own (it
    had been no organization, and the deal had had one side)."""
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It was signed by Angkor Milk (Cambodia) Co., Ltd and Nairobi-based trader Savanna Foods Ltd today.",
         [("Angkor Milk (Cambodia) Co., Ltd", "KHM"), ("Savanna Foods Ltd", "KEN")]),
        ("Huawei Technologies (Kenya) Co. Ltd and Safaricom signed.",
         [("Huawei Technologies (Kenya) Co. Ltd", "CHN"), ("Safaricom", "KEN")]),
    ],
)  # fmt: skip
def test_a_local_arm_named_with_its_country_in_parentheses(sentence: str, expected: list) -> None:
    """ "Amru Rice (Cambodia) Co., Ltd": the country and the legal form end one name (it had given
    the names "Ltd" and "Toronto-based", and the company the other side's country)."""
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Société nationale des hydrocarbures (SNH) signed.",
         "Société nationale des hydrocarbures (SNH)"),
        ("Sonatrach and Société tunisienne de l'électricité et du gaz (STEG) signed.",
         "Société tunisienne de l'électricité et du gaz (STEG)"),
        # an adjective the keyword takes, in lower case, with no acronym
        ("The Port autonome de Lomé and the Ghana Ports Authority signed.", "Port autonome de Lomé"),
        ("CIE stands for Compagnie ivoirienne d'électricité (CIE).",
         "Compagnie ivoirienne d'électricité (CIE)"),
    ],
)  # fmt: skip
def test_a_romance_name_in_lower_case_that_its_acronym_spells(sentence: str, name: str) -> None:
    """ "the Société mauritanienne des hydrocarbures (SMH)": French writes a body's name in lower
    case after its first word, and the acronym after it shows it is one (it had been missed)."""
    assert name in [o.name for o in find_organizations(sentence)]
    assert not find_organizations("The Société was founded (in 1990) by traders.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Danish shipping group Maersk and Vopak signed a terminal contract.",
         [("Maersk", "DNK"), ("Vopak", None)]),
        ("Danish shipping group Maersk and Tanzanian Sea Cargo signed a contract.",
         [("Maersk", "DNK"), ("Tanzanian Sea Cargo", "TZA")]),
        # where one body is based, as a singular description
        ("Lyon-based Solvance SA and Karoo Minerals Ltd signed a supply contract.",
         [("Solvance SA", "FRA"), ("Karoo Minerals Ltd", None)]),
        # a plural description covers every name after it
        ("The Turkish companies Limak and Kolin signed.", [("Limak", "TUR"), ("Kolin", "TUR")]),
        ("Lyon-based firms Solvance SA and Karoo Minerals Ltd signed.",
         [("Solvance SA", "FRA"), ("Karoo Minerals Ltd", "FRA")]),
    ],
)  # fmt: skip
def test_a_singular_description_is_of_its_name_alone(sentence: str, expected: list) -> None:
    """ "Norwegian seafood group Mowi and Marel signed", "Toronto-based A Inc. and B Co.": "group"
    and "-based" describe the first name only, so the second is no Norwegian (Canadian) firm (it
    had been, and the signing had one country and was dropped)."""
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)][: len(expected)] == expected


def test_a_public_enterprise_legal_form_after_a_comma() -> None:
    """ "TIMOR GAP, E.P. and Indonesia's PT Pertamina signed": "E.P." (empresa pública) closes the
    first name, as "S.A." does (the name had been cut, and the signing had no second side)."""
    found = find_organizations("The oil company PETROMOC, E.P. and South Africa's Sasol signed a deal.")
    assert [o.name for o in found] == ["PETROMOC, E.P.", "Sasol"]


def test_representatives_of_a_company_opening_a_sentence() -> None:
    """ "Representatives of KGHM Polska Miedź and Ukrainian steelmaker Metinvest attended": the
    company after "Representatives of" is one also when the sentence opens on that word (it had
    been a person "Polska Miedź")."""
    sentence = "Representatives of Grupa Azoty Polyce and Ukrainian steelmaker Metinvest attended."
    assert [o.name for o in find_organizations(sentence)] == ["Grupa Azoty Polyce", "Metinvest"]


def test_a_country_written_beside_a_name_beats_the_brands_country() -> None:
    sentence = "The deal between Ontario-based Northvolt Grid Solutions Inc. and Meralco was signed."
    found = {o.name: o.country_iso3 for o in find_organizations(sentence)}
    assert found["Northvolt Grid Solutions Inc."] == "CAN"


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier orders for the howitzers were worth more than PLN 24 bln.",
        "The two frigates cost about 9 billion PLN in all.",
    ],
)
def test_a_listed_companys_name_that_is_an_amounts_currency_code_is_no_organization(sentence: str) -> None:
    """ "PLN 60 bln": Polish zlotys, not Indonesia's state power company PLN (it had become a
    side of a Polish-Korean signing)."""
    assert find_organizations(sentence) == []


def test_the_company_whose_name_is_a_currency_code_is_still_found_away_from_amounts() -> None:
    assert [o.name for o in find_organizations("PLN and Pertamina signed a power deal.")] == [
        "PLN",
        "Pertamina",
    ]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Hyosung Heavy & Power and Doosan Enerbility joined the delegation.",
         ["Hyosung Heavy & Power", "Doosan Enerbility"]),
        ("Officials of Hartwell & Pike and Tata Steel signed the contract.",
         ["Hartwell & Pike", "Tata Steel"]),
        ("The Mombasa Port Authority & Dar Port Authority signed a pact.",
         ["Mombasa Port Authority", "Dar Port Authority"]),
    ],
)  # fmt: skip
def test_an_ampersand_joins_one_companys_name(sentence: str, names: list[str]) -> None:
    """ "LS Cable & System", "Larsen & Toubro": one name each (they had been cut at the "&", or
    split into two companies); two whole bodies' names stay two."""
    assert [o.name for o in find_organizations(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Peru Water Restoration and Coastal Services Corp. (PWRCS) and Chile's Codelco signed a memorandum.",
         ["Peru Water Restoration and Coastal Services Corp. (PWRCS)", "Codelco"]),
        ("Samsung and Hyundai Motor Company (HMC) signed a supply deal.",
         ["Samsung", "Hyundai Motor Company (HMC)"]),
        ("Electricite du Togo (EDT) and Benin Energie (EBN) signed a power deal.",
         ["Electricite du Togo (EDT)", "Benin Energie (EBN)"]),
    ],
)  # fmt: skip
def test_an_and_inside_the_name_its_initials_spell_is_one_name(sentence: str, names: list[str]) -> None:
    """ "Peru Water Restoration and Coastal Services Corp. (PWRCS)": its initials open on the
    first word before "and", so the words on both sides are one name (they had been two
    companies); initials of the second name alone leave two."""
    assert [o.name for o in find_organizations(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "person", "organization"),
    [
        (
            "Chairman of the Mongolian Employers Federation of Industry D.Ganbold opened the forum.",
            "D.Ganbold",
            "Mongolian Employers Federation of Industry",
        ),
        (
            "President of the Kazakh Chamber of Commerce and Industry A. Sarsenov welcomed them.",
            "A. Sarsenov",
            "Kazakh Chamber of Commerce and Industry",
        ),
        (
            "CEO of Erdenes Tavan Tolgoi JSC Ts.Ochirsukh signed for the company.",
            "Ts.Ochirsukh",
            "Erdenes Tavan Tolgoi JSC",
        ),
    ],
)
def test_an_initialled_name_after_a_body_is_a_person(sentence: str, person: str, organization: str) -> None:
    """Montsame writes a name as an initial and a name ("O.Amgalanbaatar") right after the body's
    name: the initial opens the person, and is no last word of the body."""
    found = entities_in(Sentence(sentence))
    assert [(p.name, p.organization) for p in found.people] == [(person, organization)]
    assert [o.name for o in found.organizations] == [organization]


def test_dotted_initials_of_a_company_stay_in_its_name() -> None:
    """ "J.P. Morgan" and "Bank of America N.A." open or close on initials that are no person's."""
    names = [
        o.name
        for o in find_organizations("Advisers included J.P. Morgan Securities and Citibank N.A. in Seoul.")
    ]
    assert "J.P. Morgan Securities" in names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Agency for Nuclear Safety and Brazilian turbine manufacturer Atomtec signed a contract.",
            [("Agency for Nuclear Safety", None), ("Atomtec", "BRA")],
        ),
        (
            "Chile's Institute for Mining Research and Peru's Minsur signed a memorandum.",
            [("Institute for Mining Research", "CHL"), ("Minsur", "PER")],
        ),
    ],
)
def test_a_described_country_after_and_closes_a_bodys_complement(sentence: str, expected: list) -> None:
    """ "Tawazun Council for Defence Enablement and French missile maker MBDA signed": the
    complement had run over "and French", so the two sides were one body and no signing."""
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'The Closed Joint-Stock Company "Kyrgyz Cement Plant" and the Republican Unitary Enterprise '
            '"Armenian Cargo Lines" signed a supply contract in Yerevan.',
            [("Kyrgyz Cement Plant", "KGZ"), ("Armenian Cargo Lines", "ARM")],
        ),
        (
            "Georgian company LLC «Kutaisi Auto Parts» and Moldovan firm SRL “Codru Vinuri” "
            "agreed on supplies.",
            [("Kutaisi Auto Parts", "GEO"), ("Codru Vinuri", "MDA")],
        ),
    ],
)
def test_a_name_quoted_after_its_legal_form_is_the_organization(sentence: str, expected: list) -> None:
    """'the Open Joint-Stock Company "X" and the State Unitary Enterprise "Y" signed': the
    spelled-out form had been the organization and the quoted names none."""
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected


def test_a_quoted_saying_after_a_word_is_no_organization() -> None:
    """Only a legal form opens a quoted name: a product "known as" a quoted name is none."""
    assert find_organizations('The blend, known as "Highland Dawn", is sold in Accra.') == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the country word is the subject's, across "with": the company is of no country told
        ("Peruvian ministries signed contracts with Northwind Logistics.", [("Northwind Logistics", None)]),
        ("Chilean officials held talks with Andes Copper Holdings.", [("Andes Copper Holdings", None)]),
        # members of their own body keep its country
        (
            "Moroccan business leaders from the Atlas Export Council attended.",
            [("Atlas Export Council", "MAR")],
        ),
        # nor across "of": the country is the clause's or the head noun's, not its complement's
        (
            "Mayor Lena Ortiz of Uruguay later toured plants of Baltica Feeds Ltd in Riga.",
            [("Baltica Feeds Ltd", None)],
        ),
        (
            "The Chilean envoy met the managers of Torvik Salmon AS on Friday.",
            [("Torvik Salmon AS", None)],
        ),
    ],
)
def test_a_country_word_before_with_is_not_the_objects(sentence: str, expected: list) -> None:
    """ "Kenyan agencies signed deals with Microsoft and Cisco Systems": the companies had
    taken "Kenyan" from the agencies four words before, across the "with" that opens the
    other party."""
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The governor toured a plant of Peruvian tyremaker Andino in Arequipa.", [("Andino", "PER")]),
        ("Executives of Kenyan chip-maker Savanna Silicon attended.", [("Savanna Silicon", "KEN")]),
        ("She met executives of Vietnamese retailer Sao Mai.", [("Sao Mai", "VNM")]),
        ("Danish brewer Nordlys and Thai wholesaler Chao Phraya signed.",
         [("Nordlys", "DNK"), ("Chao Phraya", "THA")]),
        # a "-maker" of people is no company
        ("Lawmaker Ana Souza and filmmaker Ruy Tavares spoke.", []),
        ("The Ghanaian policymakers Kofi Owusu and Ama Boateng met.", []),
    ],
)  # fmt: skip
def test_a_maker_compound_or_trade_noun_describes_a_company(sentence: str, expected: list) -> None:
    """ "Mexican glassmaker Vitro", "steelmaker X", "retailer X", "brewer X": a "-maker" compound
    of a product and the trade nouns of a business introduce its name as "carmaker" did (the
    company had been dropped, and a meeting with its executives had had no side)."""
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She met the Bavaria Brewers' Federation in Munich.", [("Bavaria Brewers' Federation", "DEU")]),
        ("The Uganda Growers’ Union and Vopak signed.", [("Uganda Growers’ Union", "UGA"), ("Vopak", None)]),
        # a country's possessive is still no part of the name
        ("The Bahamas' Development Bank signed.", [("Development Bank", "BHS")]),
    ],
)  # fmt: skip
def test_a_plurals_apostrophe_inside_a_bodys_name(sentence: str, expected: list) -> None:
    """ "the Quebec Employers' Council": the apostrophe after a capitalized plural names the
    members the body is of, inside one name (the body had been dropped, and a meeting with
    its representatives lost)."""
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officials of the People's Savings Bank of Laos came.", [("People's Savings Bank of Laos", "LAO")]),
        ("The Women’s Development Bank of Ghana signed.", [("Women’s Development Bank of Ghana", "GHA")]),
        ("She met the Children's Relief Foundation in Oslo.", [("Children's Relief Foundation", None)]),
        # an owner's "'s" is still no part of the name
        ("Kenya's Equity Savings Bank signed.", [("Equity Savings Bank", "KEN")]),
    ],
)  # fmt: skip
def test_an_irregular_plurals_possessive_inside_a_bodys_name(sentence: str, expected: list) -> None:
    """ "the People's Bank of China": "People's", "Women's", "Children's" name the members a
    body is of, as "Employers'" does, inside one name (the body had been "Bank of China", a
    different bank)."""
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Ghanaian Businessmen's Forum met in Accra.", [("Ghanaian Businessmen's Forum", "GHA")]),
        ("The Sportsmen's Federation of Fiji came.", [("Sportsmen's Federation of Fiji", "FJI")]),
        # a name ending in "-men" is an owner's "'s", no plural
        ("Yemen's Chamber of Commerce signed.", [("Chamber of Commerce", "YEM")]),
    ],
)  # fmt: skip
def test_a_compound_irregular_plurals_possessive_inside_a_bodys_name(sentence: str, expected: list) -> None:
    """ "the Egyptian Businessmen's Association": a compound of "men", "women", "people" is a
    plural whose "'s" is the members' inside the name, as "Women's" is (no body had come out)."""
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lisbon-based Corvo Foods SA signed a deal with the state-run Agrovale company.",
         [("Corvo Foods SA", "PRT"), ("Agrovale", None)]),
        ("The bank agreed a credit line with the newly privatised Telmara agency on Monday.",
         [("Telmara", None)]),
        ("The council signed a memorandum with Ghana's state-owned Volta Grains corporation.",
         [("Volta Grains", "GHA")]),
    ],
)  # fmt: skip
def test_a_name_between_the_with_adjectives_and_a_descriptor(sentence: str, expected: list) -> None:
    """ "signed a memorandum with the state-owned Uzpharmsanoat agency": an adjective between
    "the" (or a country's possessive) and the name describes the body the descriptor names,
    as in "the Uzpharmsanoat agency" (the body, and the signing with it, had been lost)."""
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mrs Okafor's Foods Ltd signed a supply deal with Lisbon-based Corvo SA.",
         [("Mrs Okafor's Foods Ltd", None), ("Corvo SA", "PRT")]),
        ("Yesterday Brannigan's Inc opened a store in Lagos.", [("Brannigan's Inc", None)]),
        # a distinctive name after the owner's possessive is the owner's unit
        ("Kestrel's Volant Motors Ltd signed.", [("Volant Motors Ltd", None)]),
        ("Peru's Andes Mining Ltd signed.", [("Andes Mining Ltd", "PER")]),
    ],
)  # fmt: skip
def test_a_founders_possessive_inside_a_company_name(sentence: str, expected: list) -> None:
    """ "Dr Reddy's Laboratories Ltd": an "'s" before nothing but the company words its legal
    form ends is the founder's inside the name, with the courtesy title the brand gives him
    (the company had been "Laboratories Ltd", and the minister "G Kishan Reddy" a party to
    its signing)."""
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("KOTRA signed a memorandum with Salta Agua y Saneamiento Sociedad del Estado (SAYS SE) in Seoul.",
         ["KOTRA", "Salta Agua y Saneamiento Sociedad del Estado (SAYS SE)"]),
        ("The deal with Transportes Andinos Sociedad Anónima was signed in Lima.",
         ["Transportes Andinos Sociedad Anónima"]),
        # a country word before the name is no part of it; a form opening the name still opens it
        ("The Peruvian Sociedad Pesquera del Sur signed.", ["Sociedad Pesquera del Sur"]),
    ],
)  # fmt: skip
def test_a_legal_form_spelled_out_after_a_name_ends_it(sentence: str, expected: list) -> None:
    """ "Catamarca Minera y Energética Sociedad del Estado (CAMYEN SE)": a Romance "Sociedad"
    after capitalized words spells out the legal form of the name they open (the company had
    been cut to "Sociedad del Estado (CAMYEN SE)")."""
    assert [o.name for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The fair was co-hosted by Innovation Norway and the Lima Chamber of Commerce.",
         [("Innovation Norway", "NOR"), ("Lima Chamber of Commerce", "PER")]),
        ("Business Sweden and Invest India signed a memorandum.",
         [("Business Sweden", "SWE"), ("Invest India", "IND")]),
        # look-alike: the word inside a longer capitalized run is that run's
        ("The Business Finland Forum opened in Lima.", [("Business Finland Forum", "FIN")]),
    ],
)  # fmt: skip
def test_a_country_agency_named_after_its_country_is_an_organization(sentence: str, expected: list) -> None:
    """ "Innovation Norway", "Enterprise Ireland": a word of trade promotion written before a
    country's name, alone, names that country's agency (the words had been read as a country
    mention, and the agency lost)."""
    assert [(o.name, o.country_iso3) for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister met executives of Nokia, Volvo Cars and Lotte KDT in Helsinki.",
         ["Nokia", "Volvo Cars", "Lotte KDT"]),
        ("They met Nordic firms including Nokia, Kone Cranes, Lotte KDT and the Lima Chamber of Commerce.",
         ["Nokia", "Kone Cranes", "Lotte KDT", "Lima Chamber of Commerce"]),
        ("Sunwest Corporation, Volvo Cars and Lotte KDT signed.",
         ["Sunwest Corporation", "Volvo Cars", "Lotte KDT"]),
        # look-alike: people listed after a company stay people
        ("The deal was signed by Sunwest Corporation, Maria Santos and Jose Vidal.",
         ["Sunwest Corporation"]),
    ],
)  # fmt: skip
def test_a_comma_list_of_companies_closed_by_and_lists_organizations(sentence: str, expected: list) -> None:
    """ "met representatives of Ericsson, Volvo Cars and Samsung SDI": the items after commas
    are companies as the first is, when the list is introduced as companies' or closes on a
    body's word or acronym ("Volvo Cars" had been a person, "Samsung SDI" lost)."""
    assert [o.name for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The loan was signed by Banque publique d'investissement and Petroperu.",
         ["Banque publique d'investissement", "Petroperu"]),
        ("Funding came from Caisse des dépôts et consignations on Monday.",
         ["Caisse des dépôts et consignations"]),
        ("Empresa nacional de telecomunicaciones signed a deal with Kenya Power.",
         ["Empresa nacional de telecomunicaciones", "Kenya Power"]),
        # look-alike: capitalized words after the keyword keep their own grammar
        ("Banco de la Provincia signed.", ["Banco de la Provincia"]),
    ],
)  # fmt: skip
def test_a_romance_name_in_lower_case_runs_over_its_particles(sentence: str, expected: list) -> None:
    """ "Agence française de développement": after a Romance keyword, lower-case adjectives
    and "de/des/et <word>" groups are the name's, up to where no particle goes on (the name
    had been cut to the keyword)."""
    assert [o.name for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A grant from Agence française de développement reached the Kenyan port.",
         ("Agence française de développement", "FRA")),
        ("Officials of the Agência Brasileira de Cooperação toured Luanda.",
         ("Agência Brasileira de Cooperação", "BRA")),
        ("He met the board of Banque Marocaine du Commerce Extérieur in Dakar.",
         ("Banque Marocaine du Commerce Extérieur", "MAR")),
    ],
)  # fmt: skip
def test_a_national_adjective_left_in_its_language_is_the_bodys_country(
    sentence: str, expected: tuple
) -> None:
    """ "Agence française de développement": the untranslated adjective names the body's country
    (it had none, and took the side of the story's running context)."""
    assert expected in [(o.name, o.country_iso3) for o in find_organizations(sentence)]


def test_an_english_word_of_a_name_is_no_foreign_national_adjective() -> None:
    """Only a whole word of the name is read as an adjective: "Belgrade" holds no "belge"."""
    found = [
        (o.name, o.country_iso3) for o in find_organizations("The Belgrade Port Authority signed the lease.")
    ]
    assert all(iso != "BEL" for _, iso in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A group of Peruvian cocoa traders toured the Mombasa Port Authority on Friday.",
         ("Mombasa Port Authority", "KEN")),
        ("Chilean salmon farmers visited the Tema Free Zones Board in Ghana.",
         ("Tema Free Zones Board", "GHA")),
        # look-alike: a country right before the name's own description still gives it
        ("Officials met the Turkish builder Limak Holding in Ankara.", ("Limak Holding", "TUR")),
    ],
)  # fmt: skip
def test_a_country_before_an_article_describes_another_noun(sentence: str, expected: tuple) -> None:
    """ "Vietnamese coffee exporters toured the Aqaba Special Economic Zone Authority": the
    demonym describes the visitors, before the article of the body's own phrase (the authority
    had been Vietnamese)."""
    assert expected in [(o.name, o.country_iso3) for o in find_organizations(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The visiting Chilean minister met Liberal Alliance leader Tom Reyes.", ("Liberal Alliance", None)),
        ("The Kenyan delegation later received Workers' Front chairman Ana Silva.", ("Workers' Front", None)),
        ("The Peruvian minister later hosted Harbour Holdings executives.", ("Harbour Holdings", None)),
        # look-alike: a demonym right before the name, with no verb between, still gives it
        ("Officials met the Turkish builder Limak Holding in Ankara.", ("Limak Holding", "TUR")),
    ],
)  # fmt: skip
def test_a_country_before_a_meeting_verb_is_its_subjects(sentence: str, expected: tuple) -> None:
    """ "The visiting Australian leader also met People's Alliance leader X": the demonym is the
    subject's, and the verb between ends its phrase, so the body met has no country from it (the
    party had been Australian, the visitor's)."""
    assert expected in [(o.name, o.country_iso3) for o in find_organizations(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers witnessed the exchange of a Concessional Economic Assistance (CEA) loan for the port.",
        "Seoul signed a Green Growth Partnership Support (GGPS) grant worth $20 million with Nairobi.",
    ],
)
def test_a_programme_spelled_before_its_acronym_and_funds_is_no_body(sentence: str) -> None:
    """ "a new Official Development Assistance (ODA) loan": the capitalized name and its acronym
    are the kind of the funds after them, no body that took part (it had been one)."""
    assert [o.name for o in find_organizations(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Manila signed a Pacific Infrastructure Bank (PIB) loan worth $300 million.",
         "Pacific Infrastructure Bank (PIB)"),
        ("Dhaka signed a Korea Overseas Cooperation Agency (KOCA) grant for the bridge.",
         "Korea Overseas Cooperation Agency (KOCA)"),
        ("Officials of Ghana Gridco Services (GGS) met the lenders in Accra.", "Ghana Gridco Services (GGS)"),
    ],
)  # fmt: skip
def test_a_lenders_name_before_its_acronym_and_funds_stays_a_body(sentence: str, expected: str) -> None:
    """A bank's or an agency's name before the funds is the lender's, a body still."""
    assert expected in [o.name for o in find_organizations(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They signed an agreement between Kenyatta University of Agriculture and Makerere Business School.",
         ["Kenyatta University of Agriculture", "Makerere Business School"]),
        ("A deal between Lima Institute of Fisheries and Valparaiso Maritime Academy was signed.",
         ["Lima Institute of Fisheries", "Valparaiso Maritime Academy"]),
        # a complement's list of fields goes on over "and"
        ("They met the Kenya Chamber of Commerce and Industry on Monday.",
         ["Kenya Chamber of Commerce and Industry"]),
        ("A delegation of the Accra University of Science and Technology arrived.",
         ["Accra University of Science and Technology"]),
    ],
)  # fmt: skip
def test_an_and_before_a_name_ending_on_an_institution_head_opens_a_second_body(
    sentence: str, expected: list[str]
) -> None:
    """ "between A University of Education and B University" (no "the"): the words after "and"
    that end on an institution's head are a body of their own, not more of A's "of" complement
    (both had been one organization with one country)."""
    assert [o.name for o in find_organizations(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Delegates of the Community of Andean Coffee Growers (CACG) met buyers in Quito.",
         "Community of Andean Coffee Growers (CACG)"),
        ("Officials of the League of Gulf Date Exporters (LGDE) met buyers in Muscat.",
         "League of Gulf Date Exporters (LGDE)"),
        ("The Community of Sahel-Saharan States (CEN-SAD) met traders in Tripoli.",
         "Community of Sahel-Saharan States (CEN-SAD)"),
        ("Buyers met the Regional Community of West Nile Farmers (RCOWNF) in Arua.",
         "Regional Community of West Nile Farmers (RCOWNF)"),
    ],
)  # fmt: skip
def test_a_head_before_of_and_the_words_its_acronym_follows_are_one_name(
    sentence: str, expected: str
) -> None:
    """ "Community of Portuguese Language Countries (CPLP)": the head before "of" is the name's
    first word, as its acronym shows (the "of" had cut it to "Portuguese Language Countries")."""
    assert expected in [o.name for o in find_organizations(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks of Nordic Seafood Council (NSC) members ended in Oslo.", "Nordic Seafood Council (NSC)"),
        ("Minister of Trade Ama Owusu met the Ghana Cocoa Board (COCOBOD) in Accra.",
         "Ghana Cocoa Board (COCOBOD)"),
    ],
)  # fmt: skip
def test_a_word_before_of_that_heads_no_body_stays_out_of_the_name(sentence: str, expected: str) -> None:
    """A lower-case noun or an office before "of" is no first word of the name after it."""
    names = [o.name for o in find_organizations(sentence)]
    assert expected in names and not any(n.startswith(("talks", "Minister")) for n in names)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chile's state-owned Andes Verdes signed the contract.", "Andes Verdes"),
        ("Officials of the state-run Lumbini Tarai met buyers in Kathmandu.", "Lumbini Tarai"),
        ("The government-controlled Kovar Sandu bought the mine.", "Kovar Sandu"),
    ],
)
def test_a_name_after_an_owned_adjective_is_a_body(sentence: str, expected: str) -> None:
    """ "Mongolia's state-owned Erdenes Mongol": only a body is owned or run, so the capitalized
    words after "state-owned", "state-run" or "-controlled" are its name (it had been a person)."""
    assert expected in [o.name for o in find_organizations(sentence)]
    assert expected not in [p.name for p in find_people(sentence)]


def test_a_name_after_a_lower_case_word_of_no_ownership_is_no_body() -> None:
    """A look-alike: "long-serving" tells nothing of ownership; the name after it is a person's."""
    assert [o.name for o in find_organizations("The long-serving Andes Verdes retired on Friday.")] == []


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Senior officials of the Industries and Labour Department were present.",
         ["Industries and Labour Department"]),
        ("Officials of the Mines and Geology Department attended.", ["Mines and Geology Department"]),
        ("He thanked the Food and Consumer Affairs Department.", ["Food and Consumer Affairs Department"]),
        # look-alike: two whole names still stay two
        ("He met heads of the Tata Group and Reliance Industries.", ["Tata Group", "Reliance Industries"]),
    ],
)  # fmt: skip
def test_one_field_after_the_and_a_department_is_one_name(sentence: str, names: list[str]) -> None:
    """ "the Industries and Mines Department": one word after "the", joined by "and" to the rest
    of a department's or agency's name, is a field of that name even when companies end on the
    word (it had been a company "Industries" beside a "Mines Department")."""
    assert [o.name for o in find_organizations(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("A memorandum between the Omani Food and Drug Authority and the Qatar Ports Authority was signed.",
         ["Omani Food and Drug Authority", "Qatar Ports Authority"]),
        ("Inspectors of the Ghana Food and Drugs Authority visited the plant.",
         ["Ghana Food and Drugs Authority"]),
        # look-alike: two whole names after a country stay two
        ("Officials of the Tanzania Ports Authority and Kenya Revenue Authority met.",
         ["Tanzania Ports Authority", "Kenya Revenue Authority"]),
    ],
)  # fmt: skip
def test_one_field_after_the_and_a_country_is_one_name(sentence: str, names: list[str]) -> None:
    """ "the Saudi Food and Drug Authority": the body's country between "the" and the one field
    before "and" keeps the name whole (it had been a "Saudi Food" and a "Drug Authority" of the
    other side's country)."""
    assert [o.name for o in find_organizations(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The bank signed a loan for the Lagos-Calabar Coastal Railway project on Friday.", []),
        ("Funds went to the Accra Port Authority programme in 2024.", []),
        # look-alike: the body itself, the project named after it in lower case elsewhere
        ("Nigerian Railway Corporation signed a loan for the project on Friday.",
         ["Nigerian Railway Corporation"]),
        # look-alike: "project" qualifying the body's people or unit, the body takes part
        ("The minister met officials of the Islamic Development Bank project team on Friday.",
         ["Islamic Development Bank"]),
        ("The minister met the European Investment Bank programme manager on Friday.",
         ["European Investment Bank"]),
    ],
)  # fmt: skip
def test_a_name_before_a_lower_case_project_noun_names_the_undertaking(
    sentence: str, names: list[str]
) -> None:
    """ "a loan for the North-South Commuter Railway project": a capitalized run closed by a
    lower-case "project", "programme" or "scheme" names the undertaking, no body that takes part
    (the railway had been a participating organization)."""
    assert [o.name for o in find_organizations(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "orgs", "person"),
    [
        (
            'The deal was signed by Chairman of the Board of JSC "Altyn Gaz" Serik Abenov and the head '
            "of OMV.",
            ["Altyn Gaz", "OMV"],
            "Serik Abenov",
        ),
        (
            "The Director General of LLC «Tashkent Textile» Bobur Karimov met the head of Inditex.",
            ["Tashkent Textile", "Inditex"],
            "Bobur Karimov",
        ),
    ],
)
def test_a_title_of_a_body_named_in_quotes_after_its_legal_form(
    sentence: str, orgs: list, person: str
) -> None:
    """'Chairman of the Board of JSC "Altyn Gaz" X': the body the title names is the quoted
    name (no bare "JSC"), and the holder's name follows the quotes (the form had been a body
    of its own, and the holder nobody)."""
    assert [o.name for o in find_organizations(sentence)] == orgs
    assert [p.name for p in find_people(sentence)] == [person]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers met at the cabinet headquarters in the New Administrative Capital.",
        "The summit was held at a hotel in the Federal Capital on Friday.",
        "The joint committee convened on 3 May in Phnom Penh Capital under the two ministers.",
        "The envoy called on the deputy premier at his office in Hanoi Capital.",
    ],
)
def test_a_capital_named_after_in_the_is_no_firm(sentence: str) -> None:
    """ "in the New Administrative Capital": "Capital" after a preposition of place and "the"
    names a seat of government, no investment firm (it had been a company); so does a city's
    name with "Capital" after such a preposition ("in Phnom Penh Capital", a capital's
    province); a firm named "X Capital" as a side stays one."""
    assert find_organizations(sentence) == []
    assert [o.name for o in find_organizations("Lunate Capital and Kenya's Centum signed a deal.")] == [
        "Lunate Capital",
        "Centum",
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("State-owned China National Petroleum Corporation signed a contract with KazMunayGas.",
         "China National Petroleum Corporation"),
        ("Government-owned Kenya Pipeline Company signed a pact with Uganda National Oil Company.",
         "Kenya Pipeline Company"),
        ("State-run Petrobras held talks with YPF on Monday.", "Petrobras"),
    ],
)  # fmt: skip
def test_who_owns_a_body_opening_a_sentence_is_no_part_of_its_name(sentence: str, name: str) -> None:
    """ "State-owned X" at the start of a sentence is capitalized as a name's first word would be
    ("State-owned China National Petroleum Corporation" had been the name)."""
    assert name in [m.name for m in find_organizations(sentence)]
