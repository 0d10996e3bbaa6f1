"""Write `dbt_project/seeds/countries.csv`: every ISO 3166-1 country with its UN M49 region.

Why a script and not a hand-written CSV: the ISO list changes (renames, new codes) and
pycountry tracks it; only the region table below is ours. Re-run after upgrading pycountry:

    python scripts/build_country_seed.py

The script fails when a country has no region, so a new ISO code cannot slip in unplaced.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pycountry
from pycountry.db import Country

SEED_PATH = Path(__file__).resolve().parents[1] / "dbt_project" / "seeds" / "countries.csv"

#: UN M49 geoscheme (unstats.un.org/unsd/methodology/m49): (region, subregion,
#: intermediate region) -> alpha-3 codes. Taiwan is absent from M49; it is placed in
#: Eastern Asia as most statistical publishers do. Antarctica has no M49 region.
M49_AREAS: dict[tuple[str, str, str | None], str] = {
    ("Africa", "Northern Africa", None): "DZA EGY LBY MAR SDN TUN ESH",
    ("Africa", "Sub-Saharan Africa", "Eastern Africa"): (
        "IOT BDI COM DJI ERI ETH ATF KEN MDG MWI MUS MYT MOZ REU RWA SYC SOM SSD UGA TZA ZMB ZWE"
    ),
    ("Africa", "Sub-Saharan Africa", "Middle Africa"): "AGO CMR CAF TCD COG COD GNQ GAB STP",
    ("Africa", "Sub-Saharan Africa", "Southern Africa"): "BWA SWZ LSO NAM ZAF",
    ("Africa", "Sub-Saharan Africa", "Western Africa"): (
        "BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SHN SEN SLE TGO"
    ),
    ("Americas", "Latin America and the Caribbean", "Caribbean"): (
        "AIA ATG ABW BHS BRB BES VGB CYM CUB CUW DMA DOM GRD GLP HTI JAM MTQ MSR PRI BLM KNA LCA MAF "
        "VCT SXM TTO TCA VIR"
    ),
    ("Americas", "Latin America and the Caribbean", "Central America"): "BLZ CRI SLV GTM HND MEX NIC PAN",
    ("Americas", "Latin America and the Caribbean", "South America"): (
        "ARG BOL BVT BRA CHL COL ECU FLK GUF GUY PRY PER SGS SUR URY VEN"
    ),
    ("Americas", "Northern America", None): "BMU CAN GRL SPM USA",
    ("Asia", "Central Asia", None): "KAZ KGZ TJK TKM UZB",
    ("Asia", "Eastern Asia", None): "CHN HKG MAC PRK JPN MNG KOR TWN",
    ("Asia", "South-eastern Asia", None): "BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM",
    ("Asia", "Southern Asia", None): "AFG BGD BTN IND IRN MDV NPL PAK LKA",
    ("Asia", "Western Asia", None): (
        "ARM AZE BHR CYP GEO IRQ ISR JOR KWT LBN OMN QAT SAU PSE SYR TUR ARE YEM"
    ),
    ("Europe", "Eastern Europe", None): "BLR BGR CZE HUN POL MDA ROU RUS SVK UKR",
    ("Europe", "Northern Europe", None): "ALA DNK EST FRO FIN ISL IRL IMN LVA LTU NOR SJM SWE GBR",
    ("Europe", "Northern Europe", "Channel Islands"): "GGY JEY",
    ("Europe", "Southern Europe", None): (
        "ALB AND BIH HRV GIB GRC VAT ITA MLT MNE MKD PRT SMR SRB SVN ESP XKX"
    ),
    ("Europe", "Western Europe", None): "AUT BEL FRA DEU LIE LUX MCO NLD CHE",
    ("Oceania", "Australia and New Zealand", None): "AUS CXR CCK HMD NZL NFK",
    ("Oceania", "Melanesia", None): "FJI NCL PNG SLB VUT",
    ("Oceania", "Micronesia", None): "GUM KIR MHL FSM NRU MNP PLW UMI",
    ("Oceania", "Polynesia", None): "ASM COK PYF NIU PCN WSM TKL TON TUV WLF",
}

#: Countries without an M49 region, on purpose.
UNPLACED = {"ATA"}

#: Short names as news writes them, where ISO's short name is a "Name, qualifier" form
#: or a formal name (pycountry's `common_name` covers most others).
NAME_OVERRIDES = {
    "BES": "Caribbean Netherlands",
    "BRN": "Brunei",
    "COD": "Democratic Republic of the Congo",
    "FSM": "Micronesia",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SHN": "Saint Helena",
    "VGB": "British Virgin Islands",
    "VIR": "United States Virgin Islands",
}

#: Kosovo has no ISO 3166-1 code; XKX is the user-assigned code the EU, IMF and World Bank
#: use, and news about the Balkans names it as a country.
USER_ASSIGNED = [
    {
        "iso3": "XKX",
        "iso2": "XK",
        "numeric_code": None,
        "name": "Kosovo",
        "official_name": "Republic of Kosovo",
    }
]

COLUMNS = [
    "iso3",
    "iso2",
    "numeric_code",
    "name",
    "official_name",
    "region",
    "subregion",
    "intermediate_region",
    "is_iso_assigned",
]


def region_by_iso3() -> dict[str, tuple[str, str, str | None]]:
    """Invert M49_AREAS, refusing a code placed twice (a typo would otherwise win silently)."""
    placed: dict[str, tuple[str, str, str | None]] = {}
    for area, codes in M49_AREAS.items():
        for code in codes.split():
            if code in placed:
                raise ValueError(f"{code} is placed in both {placed[code]} and {area}")
            placed[code] = area
    return placed


def _iso_entry(country: Country) -> dict[str, object]:
    name = NAME_OVERRIDES.get(country.alpha_3) or getattr(country, "common_name", None) or country.name
    return {
        "iso3": country.alpha_3,
        "iso2": country.alpha_2,
        "numeric_code": country.numeric,
        "name": name,
        "official_name": getattr(country, "official_name", None) or name,
        "is_iso_assigned": True,
    }


def country_rows() -> list[dict[str, object]]:
    """One row per ISO country plus the user-assigned codes, sorted by alpha-3."""
    regions = region_by_iso3()
    entries = [_iso_entry(c) for c in pycountry.countries]
    entries += [{**row, "is_iso_assigned": False} for row in USER_ASSIGNED]
    missing = sorted({e["iso3"] for e in entries} - set(regions) - UNPLACED)
    if missing:
        raise ValueError(f"countries without an M49 region: {missing}")
    unknown = sorted(set(regions) - {e["iso3"] for e in entries})
    if unknown:
        raise ValueError(f"region table names codes that are not countries: {unknown}")
    rows = []
    for entry in entries:
        region, subregion, intermediate = regions.get(entry["iso3"], (None, None, None))
        rows.append({**entry, "region": region, "subregion": subregion, "intermediate_region": intermediate})
    return sorted(rows, key=lambda r: str(r["iso3"]))


def write_seed(path: Path = SEED_PATH) -> int:
    rows = country_rows()
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: _cell(row[k]) for k in COLUMNS} for row in rows)
    return len(rows)


def _cell(value: object) -> str:
    """CSV text dbt reads back with the seed's column_types: empty is null, booleans lower-case."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


if __name__ == "__main__":
    n = write_seed(Path(sys.argv[1]) if len(sys.argv) > 1 else SEED_PATH)
    print(f"wrote {n} countries")
