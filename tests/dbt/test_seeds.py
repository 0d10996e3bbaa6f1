"""The reference seeds: complete, plausible, and what their generator scripts write.

These read the CSV files directly (no dbt), so they run in the fast suite.
"""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path
from types import ModuleType

import pycountry
import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SEEDS = REPO_ROOT / "dbt_project" / "seeds"
SCRIPTS = REPO_ROOT / "scripts"

YEARS = range(2010, 2026)

#: Currencies the warehouse must convert, each with a generous band of plausible annual
#: average units per US dollar over 2010-2025 (catches typos of a factor of 10, swapped
#: directions and misplaced rows, not small inaccuracies).
PLAUSIBLE_UNITS_PER_USD: dict[str, tuple[float, float]] = {
    "USD": (1, 1),
    "EUR": (0.7, 1.0),
    "GBP": (0.55, 0.85),
    "CNY": (6.0, 7.4),
    "JPY": (75, 165),
    "KRW": (1000, 1500),
    "INR": (44, 90),
    "RUB": (28, 100),
    "KZT": (140, 560),
    "UZS": (1500, 13500),
    "KGS": (44, 92),
    "TJS": (4.2, 12),
    "TMT": (2.8, 3.6),
    "AZN": (0.77, 1.75),
    "GEL": (1.6, 3.4),
    "AMD": (360, 520),
    "TRY": (1.4, 45),
    "IRR": (9000, 45000),
    "PKR": (80, 300),
    "AED": (3.6725, 3.6725),
    "SAR": (3.75, 3.75),
    "QAR": (3.64, 3.64),
    "KWD": (0.27, 0.32),
    "BRL": (1.5, 6.0),
    "ARS": (3.5, 1500),
    "MXN": (12, 22),
    "CLP": (460, 1000),
    "ZAR": (7, 19.5),
    "EGP": (5.5, 55),
    "NGN": (145, 1700),
    "KES": (75, 145),
    "ETB": (14, 150),
    "VND": (18000, 27000),
    "IDR": (8500, 17000),
    "MYR": (2.9, 4.8),
    "THB": (29, 37),
    "PHP": (41, 60),
    "CHF": (0.8, 1.1),
    "PLN": (2.8, 4.6),
    "HUF": (190, 390),
    "RSD": (70, 115),
    "CZK": (17, 26),
    "SEK": (6.2, 11),
    "MNT": (1200, 3700),
    "BYN": (0.29, 3.5),
    "UAH": (7.8, 43),
    "BHD": (0.376, 0.376),
    "OMR": (0.3845, 0.3845),
    "ILS": (3.1, 4.0),
    "SGD": (1.2, 1.45),
    "CAD": (0.95, 1.45),
    "AUD": (0.9, 1.6),
    "NOK": (5.5, 11),
    "DKK": (5.2, 7.2),
    "COP": (1750, 4400),
    "PEN": (2.6, 4.0),
    "MAD": (8.0, 10.3),
    "DZD": (72, 145),
    "GHS": (1.4, 16),
    "TZS": (1400, 2700),
    "UGX": (2100, 3900),
    "BDT": (69, 125),
    "LKR": (110, 340),
}

PEGS = {"USD": 1.0, "AED": 3.6725, "SAR": 3.75, "QAR": 3.64, "BHD": 0.376, "OMR": 0.3845}


def read_seed(name: str) -> list[dict[str, str]]:
    with (SEEDS / f"{name}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rates() -> dict[tuple[str, int], dict[str, str]]:
    rows = read_seed("fx_rates")
    keyed = {(r["currency"], int(r["year"])): r for r in rows}
    assert len(keyed) == len(rows), "a (currency, year) appears twice"
    return keyed


@pytest.mark.parametrize("currency", sorted(PLAUSIBLE_UNITS_PER_USD))
def test_every_year_has_a_plausible_rate(rates: dict, currency: str) -> None:
    low, high = PLAUSIBLE_UNITS_PER_USD[currency]
    for year in YEARS:
        row = rates.get((currency, year))
        assert row is not None, f"no {currency} rate for {year}"
        units = float(row["units_per_usd"])
        assert low <= units <= high, f"{currency} {year}: {units} per USD outside {low}-{high}"
        assert units * float(row["usd_per_unit"]) == pytest.approx(1, rel=1e-6)


@pytest.mark.parametrize(("currency", "units"), sorted(PEGS.items()))
def test_pegged_currencies_are_exact(rates: dict, currency: str, units: float) -> None:
    assert {float(rates[(currency, y)]["units_per_usd"]) for y in YEARS} == {units}
    assert {rates[(currency, y)]["rate_basis"] for y in YEARS} == {"peg"}


def test_no_rate_moves_implausibly_in_a_year(rates: dict) -> None:
    """A year-on-year move over 3x is a typo, except in the devaluation we know of."""
    known_devaluations = {("ARS", 2024)}  # 296 -> 915 pesos per dollar
    for currency in {c for c, _ in rates}:
        for year in YEARS[1:]:
            before = float(rates[(currency, year - 1)]["units_per_usd"])
            after = float(rates[(currency, year)]["units_per_usd"])
            if (currency, year) not in known_devaluations:
                assert 1 / 3 < after / before < 3, f"{currency} {year - 1}->{year}: {before} -> {after}"


def test_estimates_are_labelled(rates: dict) -> None:
    assert all(r["rate_basis"] in {"estimate", "peg"} for (_, year), r in rates.items() if year == 2025)
    assert {r["rate_basis"] for r in rates.values()} <= {"official_average", "peg", "euro_peg", "estimate"}


def test_fx_seed_is_what_the_script_writes(tmp_path: Path) -> None:
    script = load_script("build_fx_rate_seed")
    script.write_seed(tmp_path / "fx_rates.csv")
    assert (tmp_path / "fx_rates.csv").read_text() == (SEEDS / "fx_rates.csv").read_text()


def test_every_iso_country_is_in_the_seed_with_a_region() -> None:
    rows = {r["iso3"]: r for r in read_seed("countries")}
    iso = {c.alpha_3 for c in pycountry.countries}
    assert iso <= set(rows)
    assert set(rows) - iso == {"XKX"}
    assert len({r["iso2"] for r in rows.values()}) == len(rows)
    unplaced = {code for code, r in rows.items() if not r["region"]}
    assert unplaced == {"ATA"}
    assert rows["KAZ"]["subregion"] == "Central Asia"
    assert rows["NGA"]["intermediate_region"] == "Western Africa"
    assert rows["BRA"]["subregion"] == "Latin America and the Caribbean"
    assert rows["ARE"]["subregion"] == "Western Asia"
    assert rows["VNM"]["name"] == "Vietnam"


def test_country_seed_is_what_the_script_writes(tmp_path: Path) -> None:
    script = load_script("build_country_seed")
    script.write_seed(tmp_path / "countries.csv")
    assert (tmp_path / "countries.csv").read_text() == (SEEDS / "countries.csv").read_text()


def test_cameo_codes_cover_every_engagement_type_the_extractor_emits() -> None:
    rows = {r["cameo_code"]: r for r in read_seed("cameo_codes")}
    assert {"040", "041", "042", "043", "044", "046", "057"} <= set(rows)
    assert {r["engagement_type"] for r in rows.values()} == {"meeting", "phone_call", "visit", "agreement"}
    assert rows["041"]["plover_mode"] == "phone"
    assert rows["057"]["plover_event"] == "AGREE"
