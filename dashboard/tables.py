"""The tables and choice labels the page shows, built from query results (no Streamlit here).

Tables are for reading, so they hold formatted text ("$31.4 bn", "Q1 2024") rather than
raw doubles and dates; row order always matches the id list the page keeps beside them,
which is how a clicked row finds its figure or engagement.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard.formatting import percent, period_kind, period_label, usd


def _day(value: object) -> date | None:
    return pd.Timestamp(value).date() if pd.notna(value) else None


def with_periods(figures: pd.DataFrame) -> pd.DataFrame:
    """Add `period` ("Q1 2024") and `kind` ("quarter") and make the bounds plain dates."""
    figures = figures.copy()
    starts = [_day(d) for d in figures["period_start"]]
    ends = [_day(d) for d in figures["period_end"]]
    figures["period_start"], figures["period_end"] = starts, ends
    figures["period"] = [period_label(s, e) for s, e in zip(starts, ends, strict=True)]
    figures["kind"] = [period_kind(s, e) for s, e in zip(starts, ends, strict=True)]
    return figures


def flags(has_conflict: bool, is_consistent: bool) -> str:
    """Why a figure needs care, in words ("" when it needs none)."""
    reasons = []
    if has_conflict:
        reasons.append("sources disagree")
    if not is_consistent:
        reasons.append("change contradicts figures")
    return ", ".join(reasons)


def _ranges(figures: pd.DataFrame) -> list[str]:
    return [
        f"{usd(lo)} – {usd(hi)}" if conflict else ""
        for lo, hi, conflict in zip(
            figures["min_value_usd"], figures["max_value_usd"], figures["has_conflict"], strict=True
        )
    ]


def _checks(figures: pd.DataFrame) -> list[str]:
    return [flags(c, k) for c, k in zip(figures["has_conflict"], figures["is_consistent"], strict=True)]


def pair_table(figures: pd.DataFrame, flow_names: dict[str, str]) -> pd.DataFrame:
    """Every figure of a pair (after `with_periods`), flows named from the first country's side."""
    return pd.DataFrame(
        {
            "Period": figures["period"],
            "Flow": [flow_names[d] for d in figures["direction"]],
            "Goods": figures["product"].fillna("all goods"),
            "US dollars": [usd(v) for v in figures["value_usd"]],
            "Change": [percent(v) for v in figures["change_pct"]],
            "Sources": figures["n_documents"],
            "Range across sources": _ranges(figures),
            "Check": _checks(figures),
        }
    )


def flagged_table(flagged: pd.DataFrame) -> pd.DataFrame:
    """Flagged figures (after `with_periods`) with what is wrong with each."""
    return pd.DataFrame(
        {
            "Period": flagged["period"],
            "Flow": [
                f"{o} → {d}" if flow == "exports" else f"{o} – {d}"
                for flow, o, d in zip(
                    flagged["flow"],
                    flagged["origin"].fillna(flagged["origin_iso3"]),
                    flagged["destination"].fillna(flagged["destination_iso3"]),
                    strict=True,
                )
            ],
            "Kind": flagged["flow"],
            "Goods": flagged["product"].fillna("all goods"),
            "US dollars": [usd(v) for v in flagged["value_usd"]],
            "Range across sources": _ranges(flagged),
            "Stated change": [percent(v) for v in flagged["change_pct"]],
            "Implied change": [percent(v) for v in flagged["implied_change_pct"]],
            "Check": _checks(flagged),
        }
    )


def figure_label(row: pd.Series, flow_names: dict[str, str] | None, names: dict[str, str]) -> str:
    """One line naming a figure, for the evidence pickers.

    With `flow_names` (a chosen pair) the flow reads from the first country's side;
    without, origin and destination are named.
    """
    if flow_names is not None:
        flow = flow_names[row["direction"]]
    else:
        origin = names.get(row["origin_iso3"], row["origin_iso3"])
        destination = names.get(row["destination_iso3"], row["destination_iso3"])
        flow = (
            f"turnover {origin}–{destination}" if row["flow"] == "turnover" else f"{origin} → {destination}"
        )
    goods = f" ({row['product']})" if isinstance(row["product"], str) else ""
    return f"{row['period']} · {flow}{goods}: {usd(row['value_usd'])}"


def default_figure(figures: pd.DataFrame, shown: pd.DataFrame) -> str:
    """The figure whose evidence opens first: the newest turnover on the chart, else the newest."""
    pool = shown if not shown.empty else figures
    ranked = pool.assign(is_turnover=pool["direction"] == "turnover").sort_values(
        ["period_end", "is_turnover"], ascending=[False, False]
    )
    return str(ranked["trade_id"].iloc[0])


def counterpart_label(counterparts: str | None, n_counterparts: int) -> str:
    """Who the other side of an engagement was, or a multilateral group."""
    if n_counterparts >= 3:
        return f"Multilateral ({n_counterparts + 1} countries)"
    return counterparts or "(other side not named)"


def events_table(events: pd.DataFrame) -> pd.DataFrame:
    """A country's engagements (queries.country_events), one row per real-world event."""
    return pd.DataFrame(
        {
            "Date": [_day(d) for d in events["start_date"]],
            "Type": events["engagement_type"].str.replace("_", " "),
            "With": events["counterparts"],
            "Where": events["location"],
            "People": events["people"],
            "Organizations": events["organizations"],
            "Topics": ["; ".join(t) if isinstance(t, list | tuple) else "" for t in events["topics"]],
            "Sources": events["n_documents"],
        }
    )


def event_label(row: pd.Series) -> str:
    """One line naming an engagement, for the evidence picker."""
    day = _day(row["start_date"])
    where = f" in {row['location']}" if isinstance(row["location"], str) else ""
    other = counterpart_label(
        row["counterparts"] if isinstance(row["counterparts"], str) else None, int(row["n_counterparts"])
    )
    when = day.isoformat() if day else "undated"
    return f"{when} · {row['engagement_type'].replace('_', ' ')} with {other}{where}"


def pairs_table(pairs: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """Who met whom (queries.meetings) and how often, countries by name."""
    return pd.DataFrame(
        {
            "Participant": pairs["a_name"],
            "Country": [names.get(c, c) for c in pairs["a_country"]],
            "Met": pairs["b_name"],
            "Their country": [names.get(c, c) for c in pairs["b_country"]],
            "Times": pairs["n_events"],
            "First": [_day(d) for d in pairs["first_date"]],
            "Last": [_day(d) for d in pairs["last_date"]],
        }
    )
