"""The dashboard: its formatting, layout and tables as pure functions, its reader against
real publishes, and the app itself driven through Streamlit's AppTest as a person would,
on a warehouse from a real headless build of raw/ (plus the labelled corpus when present).

The sample build is shared with test_bi_access.py and test_browser.py (`sample_warehouse`),
and the three modules run in one xdist group so it is built once per test session.
"""

from __future__ import annotations

import base64
import json
import math
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest
from support import CORPUS_DIR, REPO_ROOT

# The dashboard is an app beside the installed package, not part of it: import it from the checkout.
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from dashboard import queries, tables
from dashboard.evidence import document_html, mention_statement
from dashboard.formatting import (
    PERIOD_KINDS,
    amount,
    axis_unit,
    evidence_html,
    percent,
    period_kind,
    period_label,
    scaled,
    usd,
)
from dashboard.network import Edge, Graph, Node, degrees, graph_from_pairs, two_column_layout
from dashboard.warehouse import PublishedBuild, file_version
from orchestration.warehouse.publish import publish
from orchestration.warehouse.readers_file import readers_path

APP = REPO_ROOT / "dashboard" / "app.py"
DAGSTER = Path(sys.executable).with_name("dagster")
_BUILDS: dict[str, Path] = {}


# ------------------------------------------------------------------ the shared sample build


@dataclass
class HeadlessBuild:
    """A running `dagster asset materialize` and the file its output goes to."""

    process: subprocess.Popen[bytes]
    log: Path

    def poll(self) -> int | None:
        return self.process.poll()


def headless_build(raw: Path, warehouse: Path, dagster_home: Path) -> HeadlessBuild:
    """Start the README's headless build (`dagster asset materialize --select '*'`) of `raw`.

    Output goes to a file, not a pipe: nobody reads a pipe while tests query alongside the
    run, and a full pipe would stall the build.
    """
    dagster_home.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "RAW_DIR": str(raw),
        "WAREHOUSE_PATH": str(warehouse),
        "DAGSTER_HOME": str(dagster_home),
        "RAW_STABLE_SECONDS": "0",
    }
    log = dagster_home / "build.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(DAGSTER), "asset", "materialize", "-m", "orchestration.definitions", "--select", "*"],
            cwd=REPO_ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    return HeadlessBuild(process, log)


def finish(build: HeadlessBuild, timeout: float = 900) -> None:
    returncode = build.process.wait(timeout=timeout)
    assert returncode == 0, build.log.read_text(errors="replace")[-4000:]


def sample_raw_folder(root: Path) -> Path:
    """raw/ stories plus, when CORPUS_DIR is present, the labelled docs (copied to a temp folder)."""
    raw = root / "raw"
    shutil.copytree(REPO_ROOT / "raw", raw)
    if (CORPUS_DIR / "docs").is_dir():
        for doc in (CORPUS_DIR / "docs").iterdir():
            shutil.copy(doc, raw / doc.name)
    return raw


def sample_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The published file of one real headless build of the sample stories, built once per process."""
    if "published" not in _BUILDS:
        root = tmp_path_factory.mktemp("sample-build")
        warehouse = root / "warehouse" / "warehouse.duckdb"
        finish(headless_build(sample_raw_folder(root), warehouse, root / "dagster_home"))
        _BUILDS["published"] = warehouse
    return _BUILDS["published"]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_warehouse(tmp_path_factory)


def read_on(path: Path) -> queries.Read:
    return PublishedBuild(path).read


# ------------------------------------------------------------------ formatting


@pytest.mark.parametrize(
    ("start", "end", "kind", "label"),
    [
        (date(2023, 1, 1), date(2023, 12, 31), "year", "2023"),
        (date(2024, 1, 1), date(2024, 6, 30), "half", "H1 2024"),
        (date(2024, 7, 1), date(2024, 12, 31), "half", "H2 2024"),
        (date(2024, 1, 1), date(2024, 3, 31), "quarter", "Q1 2024"),
        (date(2024, 4, 1), date(2024, 6, 30), "quarter", "Q2 2024"),
        (date(2023, 10, 1), date(2023, 12, 31), "quarter", "Q4 2023"),
        (date(2024, 3, 1), date(2024, 3, 31), "month", "Mar 2024"),
        (date(2024, 2, 1), date(2024, 2, 29), "month", "Feb 2024"),
        (date(2023, 2, 1), date(2023, 2, 28), "month", "Feb 2023"),
        (date(2024, 1, 1), date(2024, 9, 30), "other", "Jan–Sep 2024"),
        (date(2024, 1, 1), date(2024, 2, 29), "other", "Jan–Feb 2024"),
        (date(2024, 2, 1), date(2024, 4, 30), "other", "Feb–Apr 2024"),
        (date(2023, 4, 1), date(2024, 3, 31), "other", "Apr 2023–Mar 2024"),
        (date(2022, 7, 1), date(2023, 6, 30), "other", "Jul 2022–Jun 2023"),
        (date(2022, 1, 1), date(2023, 12, 31), "other", "Jan 2022–Dec 2023"),
        (date(2024, 1, 15), date(2024, 2, 14), "other", "2024-01-15 – 2024-02-14"),
        (date(2024, 3, 5), date(2024, 3, 5), "other", "2024-03-05"),
    ],
)
def test_periods_have_one_short_unambiguous_name(start, end, kind, label):
    assert period_kind(start, end) == kind
    assert period_label(start, end) == label


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (31.4e9, "$31.4 bn"),
        (31.45e9, "$31.45 bn"),
        (157.5e9, "$157.5 bn"),
        (4_473_415_132.92, "$4.47 bn"),
        (290e6, "$290 mn"),
        (1.2e12, "$1.2 tn"),
        (120_000, "$120 k"),
        (950, "$950"),
        (0, "$0"),
        (-11.5e9, "-$11.5 bn"),
        (None, "no USD rate"),
        (math.nan, "no USD rate"),
    ],
)
def test_dollar_amounts_read_like_trade_news(value, text):
    assert usd(value) == text


@pytest.mark.parametrize(
    ("value", "currency", "text"),
    [
        (169.6e9, "EUR", "169.6 bn EUR"),
        (5e12, "KZT", "5 tn KZT"),
        (2.5e7, "INR", "25 mn INR"),
        (7.5, "USD", "7.5 USD"),
    ],
)
def test_amounts_keep_the_articles_currency(value, currency, text):
    assert amount(value, currency) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (30.0, "+30%"),
        (-3.1, "-3.1%"),
        (0.0, "+0%"),
        (150.0, "+150%"),
        (12.34, "+12.3%"),
        (None, ""),
        (math.nan, ""),
    ],
)
def test_changes_are_signed(value, text):
    assert percent(value) == text


@pytest.mark.parametrize(
    ("largest", "unit"),
    [
        (31.4e9, (1e9, "billion")),
        (2e12, (1e12, "trillion")),
        (363e6, (1e6, "million")),
        (5e3, (1e3, "thousand")),
        (0, (1.0, "")),
    ],
)
def test_chart_axes_use_a_word_unit(largest, unit):
    assert axis_unit(largest) == unit


def test_scaled_never_prints_noise_digits():
    assert scaled(16_899_999_999.999998) == "16.9 bn"


def test_evidence_marks_the_figure_and_escapes_the_text():
    sentence = 'Trade reached $157.5 billion <up> & "record".'
    start = sentence.index("$157.5 billion")
    out = evidence_html(sentence, start, start + len("$157.5 billion"))
    assert "<mark><b>$157.5 billion</b></mark>" in out
    assert "&lt;up&gt; &amp; &quot;record&quot;" in out
    assert "<up>" not in out


@pytest.mark.parametrize(("start", "end"), [(None, None), (5, None), (-1, 3), (4, 2), (3, 999)])
def test_evidence_offsets_outside_the_sentence_mark_nothing(start, end):
    out = evidence_html("Exports rose to $5 bn.", start, end)
    assert "<mark>" not in out
    assert "Exports rose to $5 bn." in out


def document_row(**fields: object) -> dict[str, object]:
    row = {"title": None, "source": None, "url": None, "published_date": None, "source_path": "a.txt"}
    return {**row, **fields}


def test_the_document_card_names_title_publisher_date_link_and_file():
    card = document_html(
        document_row(
            title="Brazil & China <trade>",
            source="Mercado Wire",
            url="https://example.org/a?b=1&c=2",
            published_date=pd.Timestamp("2024-03-08"),
            source_path="br_cn.txt",
        ),
        "States 157.5 bn USD",
    )
    assert "<b>Brazil &amp; China &lt;trade&gt;</b>" in card
    assert "Mercado Wire · 2024-03-08" in card
    assert '<a href="https://example.org/a?b=1&amp;c=2"' in card
    assert "States 157.5 bn USD · file <code>br_cn.txt</code>" in card


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "example.org/no-scheme", None])
def test_only_web_addresses_become_links(url):
    card = document_html(document_row(url=url), "States 1 bn USD")
    assert "<a " not in card
    assert "Untitled article" in card and "publisher not stated" in card


@pytest.mark.parametrize(
    ("change", "consistent", "implied", "text"),
    [
        (None, None, None, "States 31.4 bn USD"),
        (30.0, True, 29.75, "States 31.4 bn USD, +30%"),
        (14.7, False, 13.08, "States 31.4 bn USD, +14.7% (the figures imply +13.1%)"),
    ],
)
def test_a_mention_states_its_value_currency_and_change(change, consistent, implied, text):
    row = {
        "value": 31.4e9,
        "currency": "USD",
        "change_pct": change,
        "is_change_consistent": consistent,
        "implied_change_pct": implied,
    }
    assert mention_statement(row) == text


# ------------------------------------------------------------------ the who-met-whom graph


def pair(a: str, a_country: str, b: str, b_country: str, n: int, b_type: str = "person") -> dict[str, object]:
    return {
        "a_id": a,
        "a_name": a.title(),
        "a_type": "person",
        "a_country": a_country,
        "b_id": b,
        "b_name": b.title(),
        "b_type": b_type,
        "b_country": b_country,
        "n_events": n,
    }


KEN_GRAPH = graph_from_pairs(
    [
        pair("ruto", "KEN", "modi", "IND", 3),
        pair("ruto", "KEN", "jaishankar", "IND", 1),
        pair("ruto", "KEN", "lula", "BRA", 1),
        pair("miano", "KEN", "jaishankar", "IND", 2),
        pair("miano", "KEN", "acme corp", None, 1, "organization"),
        pair("mudavadi", "KEN", "lula", "BRA", 1),
    ]
)


def test_graph_from_pairs_keeps_each_participant_once_and_every_pair():
    assert sorted(n.id for n in KEN_GRAPH.nodes) == sorted(
        ["ruto", "modi", "jaishankar", "lula", "miano", "acme corp", "mudavadi"]
    )
    assert len(KEN_GRAPH.edges) == 6
    org = next(n for n in KEN_GRAPH.nodes if n.id == "acme corp")
    assert org.kind == "organization" and org.country_iso3 is None


def test_degrees_count_shared_engagements():
    assert degrees(KEN_GRAPH) == {
        "ruto": 5,
        "modi": 3,
        "jaishankar": 3,
        "lula": 2,
        "miano": 3,
        "acme corp": 1,
        "mudavadi": 1,
    }


def test_two_columns_put_the_country_left_and_whom_it_met_right():
    pos = two_column_layout(KEN_GRAPH, "KEN")
    assert {pos[i][0] for i in ("ruto", "miano", "mudavadi")} == {0.0}
    assert {pos[i][0] for i in ("modi", "jaishankar", "lula", "acme corp")} == {1.0}
    assert len(set(pos.values())) == len(pos)  # no two nodes on one spot
    left = sorted(("ruto", "miano", "mudavadi"), key=lambda i: -pos[i][1])
    assert left == ["ruto", "miano", "mudavadi"]  # the most connected on top
    right = sorted(("modi", "jaishankar", "lula", "acme corp"), key=lambda i: -pos[i][1])
    assert right.index("modi") + 1 == right.index("jaishankar")  # one country, one run
    assert right.index("modi") < right.index("lula")  # Ruto's main partner sits level with him


def test_two_columns_handle_one_sided_and_empty_graphs():
    only_foreign = Graph(
        (Node("a", "A", "IND", "person"), Node("b", "B", "BRA", "person")), (Edge("a", "b", 1),)
    )
    pos = two_column_layout(only_foreign, "KEN")
    assert {p[0] for p in pos.values()} == {1.0}
    assert two_column_layout(Graph((), ()), "KEN") == {}


# ------------------------------------------------------------------ tables and labels


@pytest.mark.parametrize(
    ("conflict", "consistent", "text"),
    [
        (False, True, ""),
        (True, True, "sources disagree"),
        (False, False, "change contradicts figures"),
        (True, False, "sources disagree, change contradicts figures"),
    ],
)
def test_flags_say_why_a_figure_needs_care(conflict, consistent, text):
    assert tables.flags(conflict, consistent) == text


@pytest.mark.parametrize(
    ("counterparts", "n", "label"),
    [
        ("China", 1, "China"),
        ("China, Russia", 2, "China, Russia"),
        ("China, India, Russia", 3, "Multilateral (4 countries)"),
        (None, 0, "(other side not named)"),
    ],
)
def test_counterpart_labels(counterparts, n, label):
    assert tables.counterpart_label(counterparts, n) == label


def figures_frame(rows: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame(
        rows, columns=["trade_id", "direction", "flow", "period_start", "period_end", "product", "value_usd"]
    )
    return tables.with_periods(frame)


def test_the_evidence_opens_on_the_newest_turnover_shown():
    figures = figures_frame(
        [
            ("t22", "turnover", "turnover", date(2022, 1, 1), date(2022, 12, 31), None, 24.2e9),
            ("x23", "exports", "exports", date(2023, 1, 1), date(2023, 12, 31), None, 14.7e9),
            ("t23", "turnover", "turnover", date(2023, 1, 1), date(2023, 12, 31), None, 31.4e9),
            ("q24", "turnover", "turnover", date(2024, 1, 1), date(2024, 3, 31), None, 8e9),
        ]
    )
    years = figures[figures["kind"] == "year"]
    assert tables.default_figure(figures, years) == "t23"
    assert tables.default_figure(figures, figures.iloc[0:0]) == "q24"  # nothing shown: the newest of all


def test_figure_labels_name_the_period_flow_goods_and_value():
    figures = figures_frame(
        [("w", "exports", "exports", date(2023, 1, 1), date(2023, 12, 31), "wheat", 5e8)]
    ).assign(origin_iso3="KAZ", destination_iso3="CHN")
    row = figures.iloc[0]
    flow_names = {"exports": "Kazakhstan's exports to China"}
    assert tables.figure_label(row, flow_names, {}) == "2023 · Kazakhstan's exports to China (wheat): $500 mn"
    names = {"KAZ": "Kazakhstan", "CHN": "China"}
    assert tables.figure_label(row, None, names) == "2023 · Kazakhstan → China (wheat): $500 mn"


# ------------------------------------------------------------------ reading published builds


def publish_one(tmp_path: Path, warehouse: Path, value: int) -> None:
    """Publish a tiny build through the pipeline's publish step (dbt writes marts to the readers' file)."""
    work = tmp_path / f"work-{value}.duckdb"
    con = duckdb.connect(str(readers_path(work)))
    con.execute("create schema marts")
    con.execute("create table marts.figures as select ?::integer as value", [value])
    con.close()
    publish(work, warehouse)


def test_a_new_publish_is_read_even_while_the_old_build_is_open(tmp_path: Path):
    warehouse = tmp_path / "published" / "warehouse.duckdb"
    assert file_version(warehouse) is None
    publish_one(tmp_path, warehouse, 1)
    first_version = file_version(warehouse)
    first = PublishedBuild(warehouse)
    assert first.read("select value from marts.figures")["value"].tolist() == [1]

    publish_one(tmp_path, warehouse, 2)  # renames a new file over the one `first` has open
    assert file_version(warehouse) != first_version
    second = PublishedBuild(warehouse)
    assert second.read("select value from marts.figures")["value"].tolist() == [2]
    assert first.read("select value from marts.figures")["value"].tolist() == [1]  # old readers finish
    first.close()
    second.close()


def test_the_dashboards_reader_cannot_write(tmp_path: Path):
    warehouse = tmp_path / "published" / "warehouse.duckdb"
    publish_one(tmp_path, warehouse, 1)
    build = PublishedBuild(warehouse)
    with pytest.raises(duckdb.Error, match=r"read-only|read only"):
        build.read("create table marts.scratch as select 1 as x")
    build.close()


# ------------------------------------------------------------------ queries on the sample build


@pytest.mark.slow
def test_queries_on_the_sample_build_agree_with_the_marts(warehouse: Path):
    read = read_on(warehouse)
    countries = queries.countries(read)
    assert not countries.empty, "the sample build has no trade figure and no engagement"
    info = queries.build_info(read)
    assert info.build_id and info.documents >= len(list((REPO_ROOT / "raw").iterdir())) - 1
    for country in countries["country_iso3"].head(5):
        for partner in queries.partners(read, country)["country_iso3"].head(3):
            figures = queries.pair_figures(read, country, partner)
            expected = read(
                "select count(*) as n from marts.fct_bilateral_trade "
                "where $a in (origin_iso3, destination_iso3) and $b in (origin_iso3, destination_iso3)",
                {"a": country, "b": partner},
            )["n"].iloc[0]
            assert len(figures) == expected
            assert set(figures["direction"]) <= {"turnover", "exports", "imports"}
            for trade_id in figures["trade_id"]:
                mentions = queries.figure_evidence(read, trade_id)
                assert not mentions.empty
                for m in mentions.itertuples():
                    assert 0 <= m.mark_start < m.mark_end <= len(m.evidence)
        events = queries.country_events(read, country)
        for event_id in events["event_id"].head(5):
            assert not queries.event_evidence(read, event_id).empty
        pairs = queries.meetings(read, country)
        assert (pairs["a_country"] == country).all() and (pairs["b_country"] != country).all()


# ------------------------------------------------------------------ the app, as a person uses it


def run_app(monkeypatch: pytest.MonkeyPatch, warehouse: Path, **query: str) -> AppTest:
    monkeypatch.setenv("WAREHOUSE_PATH", str(warehouse))
    at = AppTest.from_file(str(APP), default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def charts_of(at: AppTest) -> list[dict]:
    """The plotly figures the page drew, as their JSON specs."""
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def numbers(values: object) -> list[float]:
    """Plotly's JSON keeps arrays either as lists or as base64 typed arrays."""
    if isinstance(values, dict):
        return np.frombuffer(base64.b64decode(values["bdata"]), dtype=values["dtype"]).tolist()
    return [v for v in values if v is not None]


def evidence_shown(at: AppTest) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


def test_without_a_warehouse_the_page_says_how_to_build_one(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    at = run_app(monkeypatch, tmp_path / "nothing-yet.duckdb")
    assert "make build" in at.info[0].value


@pytest.mark.slow
def test_the_page_opens_on_the_busiest_pair_with_its_numbers_and_their_evidence(monkeypatch, warehouse: Path):
    at = run_app(monkeypatch, warehouse)
    read = read_on(warehouse)
    country = queries.countries(read)["country_iso3"].iloc[0]
    partner = queries.partners(read, country)["country_iso3"].iloc[0]
    assert (at.query_params["country"], at.query_params["partner"]) == (country, partner)  # a shareable URL
    headers = [h.value for h in at.header]
    assert headers[0].startswith("Trade between ")
    assert "Figures to read with care" in headers
    assert any(h.startswith("Who met whom") for h in headers)

    figures = tables.with_periods(queries.pair_figures(read, country, partner))
    kind = next(k for k in PERIOD_KINDS if k in set(figures["kind"]))
    on_chart = figures[(figures["kind"] == kind) & figures["product"].isna() & figures["value_usd"].notna()]
    unit = axis_unit(on_chart["max_value_usd"].max())[0]
    trade = charts_of(at)[0]
    drawn = [
        v for trace in trade["data"] if trace.get("mode") == "lines+markers" for v in numbers(trace["y"])
    ]
    assert sorted(drawn) == pytest.approx(sorted(on_chart["value_usd"] / unit))

    chosen = at.selectbox(key=f"figure-{country}-{partner}").value
    shown = evidence_shown(at)
    for m in queries.figure_evidence(read, chosen).itertuples():
        assert evidence_html(m.evidence, m.mark_start, m.mark_end) in shown
    assert len(charts_of(at)) >= 2  # trade over time and, for the busiest country, its engagements


@pytest.mark.slow
def test_the_url_opens_the_sample_brazil_china_story_and_its_numbers(monkeypatch, warehouse: Path):
    at = run_app(monkeypatch, warehouse, country="BRA", partner="CHN")
    assert at.header[0].value == "Trade between Brazil and China"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {
        "Turnover Brazil–China, 2023": "$157.5 bn",
        "Brazil's exports to China, 2023": "$104.3 bn",
        "Brazil's imports from China, 2023": "$53.2 bn",
    }
    evidence = evidence_shown(at)
    assert "Trade between Brazil and China reached a record" in evidence
    assert "<mark><b>$157.5 billion</b></mark>" in evidence
    assert "Mercado Wire · 2024-03-08" in evidence


@pytest.mark.slow
def test_choosing_a_figure_or_an_engagement_shows_its_sentence(monkeypatch, warehouse: Path):
    at = run_app(monkeypatch, warehouse, country="BRA", partner="CHN")
    read = read_on(warehouse)
    figures = queries.pair_figures(read, "BRA", "CHN")
    soybeans = figures[figures["product"].fillna("").str.contains("soy")]["trade_id"].iloc[0]
    at.selectbox(key="figure-BRA-CHN").select(soybeans).run()
    assert "<mark><b>$38.9 billion</b></mark>" in evidence_shown(at)

    at = run_app(monkeypatch, warehouse, country="DEU", partner="POL")  # a new visit to a new URL
    events = queries.country_events(read, "DEU")
    call = events[(events["engagement_type"] == "phone_call") & events["countries"].map(lambda c: "POL" in c)]
    at.selectbox(key="event-DEU").select(call["event_id"].iloc[0]).run()
    shown = evidence_shown(at)
    assert "Olaf Scholz" in shown and "Donald Tusk" in shown
    assert "Reports a phone call on 2024-02-08" in shown


@pytest.mark.slow
def test_a_new_publish_shows_on_the_next_rerun_without_a_restart(
    monkeypatch, warehouse: Path, tmp_path: Path
):
    copy = tmp_path / "warehouse" / "warehouse.duckdb"
    shutil.copytree(warehouse.parent, copy.parent)
    at = run_app(monkeypatch, copy)
    before = queries.build_info(read_on(copy)).build_id
    assert any(before in c.value for c in at.sidebar.caption)

    result = publish(copy.parent / ".work" / copy.name, copy)  # the pipeline's publish, app still open
    assert result.build_id != before
    at.run()  # what the page's publish watcher triggers within seconds
    assert not at.exception
    assert any(result.build_id in c.value for c in at.sidebar.caption)
