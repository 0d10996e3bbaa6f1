"""The dashboard's figures (plotly): trade over time, engagements timeline, who met whom.

Every point carries its warehouse id in `customdata`, so clicking a point in the app
opens that figure's or engagement's evidence.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.formatting import axis_unit, percent, usd
from dashboard.network import Graph, degrees, two_column_layout
from dashboard.tables import counterpart_label

#: One colour per flow, kept across charts and reruns so a reader learns them once.
FLOW_COLORS = {"turnover": "#4C78A8", "exports": "#F58518", "imports": "#54A24B"}
CONFLICT_COLOR = "#E45756"
#: Marker shapes for figures a reader should check (see the legend entries below).
FLAG_SYMBOLS = {"conflict": "diamond", "inconsistent": "triangle-up", "both": "star"}
TYPE_SYMBOLS = {
    "meeting": "circle",
    "phone_call": "diamond",
    "visit": "square",
    "agreement": "star",
    "forum": "hexagon",
}
COUNTRY_PALETTE = (
    "#F58518",
    "#54A24B",
    "#B279A2",
    "#FF9DA6",
    "#9D755D",
    "#72B7B2",
    "#EECA3B",
    "#E45756",
    "#BAB0AC",
    "#439894",
    "#D67195",
    "#83BCB6",
)
FOCUS_COLOR = "#4C78A8"


def flow_names(country: str, partner: str) -> dict[str, str]:
    """Legend names of the three flows from the chosen country's side."""
    return {
        "turnover": f"Turnover {country}–{partner}",
        "exports": f"{country}'s exports to {partner}",
        "imports": f"{country}'s imports from {partner}",
    }


def _flag(has_conflict: bool, is_consistent: bool) -> str | None:
    if has_conflict and not is_consistent:
        return "both"
    if has_conflict:
        return "conflict"
    if not is_consistent:
        return "inconsistent"
    return None


def trade_chart(figures: pd.DataFrame, sources: pd.DataFrame, country: str, partner: str) -> go.Figure:
    """Turnover, exports and imports of one pair over periods of one kind, in US dollars.

    `figures` rows (queries.pair_figures plus a `period` label) must share one period kind,
    oldest first. Where sources disagree the range they span is drawn as an error bar and
    each source's own number as a hollow point, so a conflict is visible, not averaged away.
    """
    names = flow_names(country, partner)
    order = list(dict.fromkeys(figures["period"]))
    scale, unit = axis_unit(
        figures["max_value_usd"].max(skipna=True) if figures["value_usd"].notna().any() else 0
    )
    fig = go.Figure()
    for direction, name in names.items():
        rows = figures[(figures["direction"] == direction) & figures["value_usd"].notna()]
        if rows.empty:
            continue
        color = FLOW_COLORS[direction]
        flags = [
            _flag(bool(c), bool(k)) for c, k in zip(rows["has_conflict"], rows["is_consistent"], strict=True)
        ]
        hover = [
            f"<b>{name}</b><br>{period}: {usd(v)}"
            + (f" ({percent(ch)})" if percent(ch) else "")
            + f"<br>{n} source{'s' if n != 1 else ''}"
            + (f", from {usd(lo)} to {usd(hi)}" if c else "")
            + ("<br>stated change contradicts the figures" if not k else "")
            + "<br><i>click for the evidence</i>"
            for period, v, ch, n, c, k, lo, hi in zip(
                rows["period"],
                rows["value_usd"],
                rows["change_pct"],
                rows["n_documents"],
                rows["has_conflict"],
                rows["is_consistent"],
                rows["min_value_usd"],
                rows["max_value_usd"],
                strict=True,
            )
        ]
        conflict = rows["has_conflict"].astype(bool)
        fig.add_trace(
            go.Scatter(
                x=rows["period"],
                y=rows["value_usd"] / scale,
                mode="lines+markers",
                name=name,
                legendgroup=direction,
                line={"color": color, "width": 3},
                marker={
                    "size": [16 if f else 10 for f in flags],
                    "symbol": [FLAG_SYMBOLS[f] if f else "circle" for f in flags],
                    "color": color,
                    "line": {"color": [CONFLICT_COLOR if f else color for f in flags], "width": 2},
                },
                error_y={
                    "type": "data",
                    "symmetric": False,
                    "array": ((rows["max_value_usd"] - rows["value_usd"]) / scale)
                    .where(conflict, 0)
                    .tolist(),
                    "arrayminus": ((rows["value_usd"] - rows["min_value_usd"]) / scale)
                    .where(conflict, 0)
                    .tolist(),
                    "color": CONFLICT_COLOR,
                    "thickness": 2,
                    "width": 8,
                },
                customdata=rows[["trade_id"]].to_numpy(),
                hovertext=hover,
                hoverinfo="text",
            )
        )
        _add_source_points(fig, rows, sources, direction, color, scale)
    _add_flag_legend(fig, figures)
    fig.update_layout(
        height=440,
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        yaxis={"title": f"US dollars, {unit}".rstrip(", "), "rangemode": "tozero", "tickprefix": "$"},
        xaxis={"title": None, "type": "category", "categoryorder": "array", "categoryarray": order},
        legend={"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0},
        hovermode="closest",
        clickmode="event+select",
    )
    return fig


def _add_source_points(
    fig: go.Figure, rows: pd.DataFrame, sources: pd.DataFrame, direction: str, color: str, scale: float
) -> None:
    """Each document's own value where several documents report a figure."""
    several = rows[rows["n_documents"] > 1]
    points = sources.merge(several[["trade_id", "period"]], on="trade_id")
    points = points[points["value_usd"].notna()]
    if points.empty:
        return
    fig.add_trace(
        go.Scatter(
            x=points["period"],
            y=points["value_usd"] / scale,
            mode="markers",
            name=f"{direction}, per source",
            legendgroup=direction,
            showlegend=False,
            marker={"size": 8, "symbol": "circle-open", "color": color, "line": {"width": 2}},
            customdata=points[["trade_id"]].to_numpy(),
            hovertext=[
                f"{source}, {pd.Timestamp(day).date() if pd.notna(day) else 'undated'}: {usd(v)}"
                for source, day, v in zip(
                    points["source"], points["published_date"], points["value_usd"], strict=True
                )
            ],
            hoverinfo="text",
        )
    )


def _add_flag_legend(fig: go.Figure, figures: pd.DataFrame) -> None:
    """Legend entries that explain the flag shapes, only for flags that occur."""
    explained = (
        ("conflict", "sources disagree (range in red)", figures["has_conflict"].astype(bool).any()),
        (
            "inconsistent",
            "stated change contradicts the figures",
            (~figures["is_consistent"].astype(bool)).any(),
        ),
    )
    for flag, label, present in explained:
        if present:
            fig.add_trace(
                go.Scatter(
                    x=[None],
                    y=[None],
                    mode="markers",
                    name=label,
                    marker={
                        "size": 12,
                        "symbol": FLAG_SYMBOLS[flag],
                        "color": "white",
                        "line": {"color": CONFLICT_COLOR, "width": 2},
                    },
                    hoverinfo="skip",
                )
            )


def timeline_chart(events: pd.DataFrame) -> go.Figure:
    """Dated engagements of a country: when (x), with whom (y), what kind (colour, shape)."""
    dated = events[events["start_date"].notna()].copy()
    dated["row"] = [
        counterpart_label(c if isinstance(c, str) else None, int(n))
        for c, n in zip(dated["counterparts"], dated["n_counterparts"], strict=True)
    ]
    fig = go.Figure()
    for kind, rows in dated.groupby("engagement_type", sort=True):
        fig.add_trace(
            go.Scatter(
                x=rows["start_date"],
                y=rows["row"],
                mode="markers",
                name=str(kind).replace("_", " "),
                marker={
                    "size": [10 + 3 * min(int(n) - 1, 4) for n in rows["n_documents"]],
                    "symbol": TYPE_SYMBOLS.get(str(kind), "circle"),
                    "line": {"width": 1, "color": "white"},
                },
                customdata=rows[["event_id"]].to_numpy(),
                hovertext=[_event_hover(r) for r in rows.itertuples()],
                hoverinfo="text",
            )
        )
    fig.update_layout(
        height=max(260, 90 + 28 * dated["row"].nunique()),
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        xaxis={"title": None, "type": "date"},
        yaxis={"title": None, "categoryorder": "category descending"},
        legend={"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0},
        hovermode="closest",
        clickmode="event+select",
    )
    return fig


def _event_hover(r: object) -> str:
    start = pd.Timestamp(r.start_date).date()
    end = pd.Timestamp(r.end_date).date() if pd.notna(r.end_date) else start
    when = start.isoformat() if end == start else f"{start.isoformat()} to {end.isoformat()}"
    lines = [f"<b>{str(r.engagement_type).replace('_', ' ')}</b> {when}"]
    if isinstance(r.location, str):
        lines.append(f"in {r.location}")
    lines.append(f"with {r.counterparts}" if isinstance(r.counterparts, str) else "")
    if isinstance(r.people, str):
        lines.append(r.people)
    lines.append(f"{r.n_documents} source{'s' if r.n_documents != 1 else ''} · <i>click for the evidence</i>")
    return "<br>".join(line for line in lines if line)


def network_chart(graph: Graph, focus_country: str, country_names: dict[str, str]) -> go.Figure:
    """Who met whom: the focus country's people on the left, whom they met on the right.

    Line width grows with the number of engagements two participants shared, node size
    with how much a participant met others; colour is the country; squares are
    organizations, circles people.
    """
    positions = two_column_layout(graph, focus_country)
    degree = degrees(graph)
    fig = go.Figure()
    for weight in sorted({e.weight for e in graph.edges}):
        xs: list[float | None] = []
        ys: list[float | None] = []
        for e in graph.edges:
            if e.weight == weight:
                (x0, y0), (x1, y1) = positions[e.source], positions[e.target]
                xs += [x0, x1, None]
                ys += [y0, y1, None]
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                line={"width": 1 + 1.5 * (weight - 1), "color": "rgba(120,120,120,0.5)"},
                hoverinfo="skip",
                showlegend=False,
            )
        )
    others = sorted({n.country_iso3 or "" for n in graph.nodes} - {focus_country})
    colors = {c: COUNTRY_PALETTE[i % len(COUNTRY_PALETTE)] for i, c in enumerate(others)}
    colors[focus_country] = FOCUS_COLOR
    for country in [focus_country, *others]:
        members = [n for n in graph.nodes if (n.country_iso3 or "") == country]
        if not members:
            continue
        label = country_names.get(country, country or "country not known")
        on_left = country == focus_country
        fig.add_trace(
            go.Scatter(
                x=[positions[n.id][0] for n in members],
                y=[positions[n.id][1] for n in members],
                mode="markers+text",
                name=label,
                text=[n.name if on_left else f"{n.name} · {label}" for n in members],
                textposition="middle left" if on_left else "middle right",
                textfont={"size": 12},
                marker={
                    "size": [10 + 2 * min(degree[n.id], 8) for n in members],
                    "symbol": ["square" if n.kind == "organization" else "circle" for n in members],
                    "color": colors[country],
                    "line": {"width": 1, "color": "white"},
                },
                hovertext=[f"{n.name} ({label}): {degree[n.id]} meeting(s) shown" for n in members],
                hoverinfo="text",
                showlegend=False,
            )
        )
    rows = max((y for _, y in positions.values()), default=0) * 2 + 1
    fig.update_layout(
        height=int(80 + 26 * rows),
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        xaxis={"visible": False, "range": [-1.0, 2.0], "fixedrange": True},
        yaxis={"visible": False, "range": [-rows / 2, rows / 2]},
        hovermode="closest",
    )
    return fig
