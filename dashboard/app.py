"""Bilateral trade and engagements from the news: the dashboard over the published warehouse.

Start it from the repository root with `python -m streamlit run dashboard/app.py` (the
README's `make dashboard`). It reads $WAREHOUSE_PATH read-only, never holds a lock the
pipeline waits for, and reruns by itself within seconds of a new publish.

The page, top to bottom: trade of a chosen pair over time (conflicting sources drawn as
ranges and per-source points), figures to read with care, the chosen country's
engagements over time, and who met whom. Every number and engagement opens its evidence:
the sentence, with the figure marked, and the article (title, source, link, date).
The chosen countries live in the URL (`?country=KAZ&partner=CHN`), so a view can be shared.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

# `streamlit run dashboard/app.py` executes this file as a script with only dashboard/ on
# sys.path; the repository root makes `dashboard` and `orchestration` importable from any cwd.
if str(Path(__file__).resolve().parents[1]) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pandas as pd
import streamlit as st

from dashboard import charts, evidence, queries, tables
from dashboard.formatting import PERIOD_KINDS, percent, usd
from dashboard.network import graph_from_pairs
from dashboard.queries import Read
from dashboard.warehouse import FileVersion, PublishedBuild, file_version, warehouse_path

TITLE = "Trade & engagements from the news"
#: How often the page checks whether a new build was published.
REFRESH_SECONDS = 5
#: The most frequent pairs drawn in the who-met-whom graph (all are in the table).
NETWORK_PAIRS = 40
ALL_GOODS = "All goods"


@st.cache_resource(max_entries=2, show_spinner=False)
def _published_build(path: str, version: FileVersion) -> PublishedBuild:
    """One read-only attachment per build; an evicted one closes when its last query ends."""
    return PublishedBuild(Path(path))


@st.cache_data(max_entries=2000, show_spinner=False)
def _frame(path: str, version: FileVersion, sql: str, params: dict[str, object]) -> pd.DataFrame:
    """Query results are cached per build: reruns cost nothing, a new publish misses the cache."""
    return _published_build(path, version).read(sql, params)


@st.fragment(run_every=REFRESH_SECONDS)
def _watch_for_publish(path: Path, shown: FileVersion | None) -> None:
    """Rerun the whole page when the published file changes (a publish renames a new file in)."""
    if file_version(path) != shown:
        st.rerun()


def _choose_country(label: str, options: pd.DataFrame, param: str, key: str, help_text: str) -> str:
    """A country picker whose choice is also kept in the URL's query string under `param`."""
    codes = options["country_iso3"].tolist()
    wanted = st.query_params.get(param)
    labels = {
        r.country_iso3: f"{r.name} · {r.n_figures} figures · {r.n_events} engagements"
        for r in options.itertuples()
    }
    choice = st.selectbox(
        label,
        codes,
        index=codes.index(wanted) if wanted in codes else 0,
        format_func=labels.__getitem__,
        key=key,
        help=help_text,
    )
    st.query_params[param] = choice
    return choice


def _pick(source_key: str, target_key: str, ids: list[str], kind: str) -> None:
    """Callback: a clicked table row or chart point chooses what the evidence panel shows."""
    state = st.session_state.get(source_key)
    selection = state.get("selection", {}) if state else {}
    chosen = None
    if kind == "rows" and selection.get("rows"):
        chosen = ids[selection["rows"][0]]
    elif kind == "points" and selection.get("points"):
        point = selection["points"][0].get("customdata")
        chosen = point[0] if isinstance(point, list) else point
    if chosen in ids:
        st.session_state[target_key] = chosen


def _clickable_table(table: pd.DataFrame, key: str, target_key: str, ids: list[str]) -> None:
    st.dataframe(
        table,
        hide_index=True,
        key=key,
        on_select=partial(_pick, key, target_key, ids, "rows"),
        selection_mode="single-row",
    )


def _clickable_chart(figure: object, key: str, target_key: str, ids: list[str]) -> None:
    st.plotly_chart(
        figure, key=key, on_select=partial(_pick, key, target_key, ids, "points"), selection_mode="points"
    )


def _latest_metrics(shown: pd.DataFrame, flow_names: dict[str, str]) -> None:
    """The latest period's turnover, exports and imports at a glance, with stated changes."""
    latest = shown[shown["period_end"] == shown["period_end"].max()]
    for cell, direction in zip(st.columns(3), ("turnover", "exports", "imports"), strict=True):
        row = latest[latest["direction"] == direction]
        if not row.empty:
            r = row.iloc[0]
            cell.metric(
                f"{flow_names[direction]}, {r['period']}",
                usd(r["value_usd"]),
                percent(r["change_pct"]) or None,
                help=f"{r['n_documents']} source(s)" + (" that disagree" if r["has_conflict"] else ""),
            )


def _trade_section(read: Read, country: str, partner: str, names: dict[str, str]) -> None:
    a, b = names.get(country, country), names.get(partner, partner)
    st.header(f"Trade between {a} and {b}")
    figures = queries.pair_figures(read, country, partner)
    if figures.empty:
        st.info(f"The warehouse holds no trade figure between {a} and {b}.")
        return
    figures = tables.with_periods(figures)
    flow_names = charts.flow_names(a, b)
    pair = f"{country}-{partner}"
    kinds = [k for k in PERIOD_KINDS if k in set(figures["kind"])]
    products = sorted({p for p in figures["product"] if isinstance(p, str)})
    left, right = st.columns(2)
    kind = left.radio(
        "Periods", kinds, format_func=PERIOD_KINDS.__getitem__, horizontal=True, key=f"kind-{pair}"
    )
    goods = right.selectbox("Goods", [ALL_GOODS, *products], key=f"goods-{pair}")
    on_goods = figures["product"].isna() if goods == ALL_GOODS else figures["product"] == goods
    shown = figures[(figures["kind"] == kind) & on_goods]
    ids = figures["trade_id"].tolist()
    figure_key = f"figure-{pair}"
    if not shown.empty:
        _latest_metrics(shown, flow_names)
    chart_col, evidence_col = st.columns([3, 2])
    with chart_col:
        if shown.empty:
            st.info(
                f"No {PERIOD_KINDS[kind].lower()} figure for {goods.lower()}: choose other periods or goods."
            )
        else:
            sources = queries.pair_sources(read, country, partner)
            _clickable_chart(charts.trade_chart(shown, sources, a, b), f"trade-chart-{pair}", figure_key, ids)
            if shown["value_usd"].isna().any():
                st.caption("Figures in a currency without a known US-dollar rate are in the table only.")
    with evidence_col:
        st.subheader("Where the number comes from")
        labels = {r["trade_id"]: tables.figure_label(r, flow_names, names) for _, r in figures.iterrows()}
        chosen = st.selectbox(
            "Figure",
            ids,
            index=ids.index(tables.default_figure(figures, shown)),
            format_func=labels.__getitem__,
            key=figure_key,
            help="Or click a point of the chart or a row of the table.",
        )
        evidence.show_figure(read, chosen)
    st.subheader(f"Every figure between {a} and {b}")
    _clickable_table(tables.pair_table(figures, flow_names), f"figures-table-{pair}", figure_key, ids)


def _flagged_section(read: Read, names: dict[str, str]) -> None:
    st.header("Figures to read with care")
    flagged = queries.flagged_figures(read)
    if flagged.empty:
        st.success("No figure is flagged: sources agree, and every stated change matches the figures.")
        return
    st.caption(
        "**Sources disagree**: the documents reporting a figure differ by more than 1%. "
        '**Change contradicts figures**: a stated change ("up 30%") differs by more than a point '
        "from the change the figures for both periods imply. Click a row to compare the sources."
    )
    flagged = tables.with_periods(flagged)
    ids = flagged["trade_id"].tolist()
    _clickable_table(tables.flagged_table(flagged), "flagged-table", "flagged-figure", ids)
    labels = {r["trade_id"]: tables.figure_label(r, None, names) for _, r in flagged.iterrows()}
    chosen = st.selectbox("Flagged figure", ids, format_func=labels.__getitem__, key="flagged-figure")
    evidence.show_figure(read, chosen, columns=3)


def _engagement_section(read: Read, country: str, names: dict[str, str]) -> None:
    name = names.get(country, country)
    st.header(f"{name}'s engagements")
    events = queries.country_events(read, country)
    if events.empty:
        st.info(f"The warehouse holds no engagement of {name}.")
        return
    event_key = f"event-{country}"
    ids = events["event_id"].tolist()
    dated = events["start_date"].notna()
    chart_col, evidence_col = st.columns([3, 2])
    with chart_col:
        if dated.any():
            _clickable_chart(charts.timeline_chart(events), f"timeline-{country}", event_key, ids)
        if not dated.all():
            st.caption(f"{(~dated).sum()} engagement(s) without a resolvable date are in the table only.")
    with evidence_col:
        st.subheader("What the articles say")
        labels = {r["event_id"]: tables.event_label(r) for _, r in events.iterrows()}
        chosen = st.selectbox(
            "Engagement",
            ids,
            format_func=labels.__getitem__,
            key=event_key,
            help="Or click a point of the timeline or a row of the table.",
        )
        evidence.show_event(read, chosen)
    _clickable_table(tables.events_table(events), f"events-table-{country}", event_key, ids)


def _network_section(read: Read, country: str, names: dict[str, str]) -> None:
    name = names.get(country, country)
    st.header(f"Who met whom: {name}")
    with_orgs = st.toggle("Include organizations", value=False, key=f"orgs-{country}")
    pairs = queries.meetings(read, country, with_orgs)
    if pairs.empty:
        st.info(f"No two named participants from different sides appear together in {name}'s engagements.")
        return
    st.caption(
        f"{name}'s participants (left) and the people from other countries they took part in an "
        "engagement with (right); thicker lines, more engagements together."
    )
    if len(pairs) > NETWORK_PAIRS:
        st.caption(f"The {NETWORK_PAIRS} most frequent of {len(pairs)} pairs; all are in the table below.")
    graph = graph_from_pairs(pairs.head(NETWORK_PAIRS).to_dict("records"))
    st.plotly_chart(charts.network_chart(graph, country, names), key=f"network-{country}")
    st.dataframe(tables.pairs_table(pairs, names), hide_index=True)


def _sidebar(read: Read, path: Path, countries: pd.DataFrame) -> tuple[str, str | None]:
    with st.sidebar:
        st.title(TITLE)
        country = _choose_country("Country", countries, "country", "country", "The most facts first.")
        partners = queries.partners(read, country)
        partner = None
        if not partners.empty:
            partner = _choose_country(
                "Partner", partners, "partner", f"partner-{country}", "The most shared trade figures first."
            )
        info = queries.build_info(read)
        published = (
            info.published_at.strftime("%Y-%m-%d %H:%M UTC") if info.published_at else "at an unknown time"
        )
        st.caption(
            f"Build `{info.build_id}` published {published}: {info.documents} documents, "
            f"{info.trade_figures} trade figures, {info.engagements} engagements. "
            "The page updates by itself when a new build is published."
        )
        st.caption(f"Warehouse `{path}`, opened read-only.")
    return country, partner


def main() -> None:
    st.set_page_config(page_title=TITLE, page_icon="🌐", layout="wide")
    path = warehouse_path()
    version = file_version(path)
    _watch_for_publish(path, version)
    if version is None:
        st.title(TITLE)
        st.info(
            f"No warehouse has been published at `{path}` yet. Build one with `make build` "
            "(or start the pipeline with `make run`); this page shows it as soon as it appears."
        )
        return
    read: Read = partial(_frame, str(path), version)
    countries = queries.countries(read)
    if countries.empty:
        st.title(TITLE)
        st.info(
            "The published warehouse holds no trade figure and no engagement yet. "
            "Add articles to the raw folder; this page updates when the next build is published."
        )
        return
    names = dict(zip(countries["country_iso3"], countries["name"], strict=True))
    country, partner = _sidebar(read, path, countries)
    if partner is not None:
        _trade_section(read, country, partner, names)
    _flagged_section(read, names)
    _engagement_section(read, country, names)
    _network_section(read, country, names)


main()
