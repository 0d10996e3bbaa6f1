"""`published_warehouse`: the read-only copy of the marts that readers and BI tools open."""

import dagster as dg
import duckdb

from orchestration.assets.ingest import WAREHOUSE_POOL
from orchestration.dbt import dbt_models
from orchestration.resources import Warehouse
from orchestration.warehouse.lock import writer_lock
from orchestration.warehouse.publish import publish, remove_stale_temporaries

#: dbt asset groups whose tables are published (staging and intermediate stay private).
PUBLISHED_GROUPS = frozenset({"marts", "history"})

published_inputs = sorted(
    (key for key, group in dbt_models.group_names_by_key.items() if group in PUBLISHED_GROUPS),
    key=lambda k: k.to_user_string(),
)


@dg.asset(
    group_name="publish",
    deps=published_inputs,
    pool=WAREHOUSE_POOL,
    kinds={"duckdb"},
    automation_condition=dg.AutomationCondition.eager(),
    description=(
        "The warehouse readers open at $WAREHOUSE_PATH: the readers' file dbt builds the `marts` and "
        "`snapshots` schemas in, copied to a new file and swapped in atomically after each "
        "successful build, so readers are never blocked and never see a half-built warehouse."
    ),
)
def published_warehouse(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    with writer_lock(warehouse.work):
        removed = remove_stale_temporaries(warehouse.published)
        if removed:
            context.log.info(f"removed {removed} half-written publish file(s) left by a killed run")
        result = publish(warehouse.work, warehouse.published, warehouse.storage_version)
    context.log.info(f"published build {result.build_id} to {result.path} ({result.bytes:,} bytes)")
    return dg.MaterializeResult(
        metadata={
            "build_id": result.build_id,
            "path": dg.MetadataValue.path(str(result.path)),
            "bytes": result.bytes,
            "storage_version": warehouse.storage_version,
            "row_counts": dg.MetadataValue.json(result.tables),
            "newest_trade_facts": dg.MetadataValue.md(_preview(result.path)),
        }
    )


def _preview(path: object, limit: int = 5) -> str:
    """A markdown table of the newest trade figures with their evidence, read from the published file."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute(
            """
            select d.source_path, m.flow, m.reporter_iso3, m.partner_iso3, m.period_start, m.period_end,
                   m.value, m.currency, m.evidence
            from marts.fct_trade_mentions m join marts.dim_document d using (document_id)
            order by d.published_date desc nulls last, d.source_path, m.char_start
            limit ?
            """,
            [limit],
        ).fetchall()
    finally:
        con.close()
    if not rows:
        return "_no trade figures yet_"
    lines = ["| document | flow | pair | period | value | evidence |", "|---|---|---|---|---|---|"]
    for src, flow, rep, par, start, end, value, cur, evidence in rows:
        ev = evidence.replace("|", "\\|").replace("\n", " ")
        ev = ev if len(ev) <= 160 else ev[:157] + "…"
        lines.append(f"| `{src}` | {flow} | {rep}–{par} | {start}…{end} | {value:,.0f} {cur} | {ev} |")
    return "\n".join(lines)
