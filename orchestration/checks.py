"""Asset checks written in Python: what dbt cannot see, because it happens after dbt.

The data checks (keys, relationships, accepted values, provenance offsets) are dbt tests
and appear in Dagster as asset checks of the dbt models and of the Python assets that
write dbt's sources. What is left is the file readers actually open.
"""

import dagster as dg
import duckdb

from orchestration.assets.publish import published_warehouse
from orchestration.resources import Warehouse

#: Tables users and tools rely on (the warehouse contract).
CONTRACT_TABLES = (
    "dim_document",
    "rejected_documents",
    "fct_trade_mentions",
    "fct_bilateral_trade",
    "fct_engagements",
    "bridge_engagement_country",
    "bridge_engagement_participant",
    "dim_country",
    "dim_person",
    "dim_organization",
    "dim_date",
)


@dg.asset_check(
    asset=published_warehouse,
    name="readers_can_open_every_contract_table",
    description=(
        "Opens $WAREHOUSE_PATH read-only, as a BI tool would, and checks that every table of the "
        "warehouse contract is there and that the file says which build it holds."
    ),
)
def readers_can_open_every_contract_table(warehouse: Warehouse) -> dg.AssetCheckResult:
    con = duckdb.connect(str(warehouse.published), read_only=True)
    try:
        present = {
            r[0]
            for r in con.execute(
                "select table_name from information_schema.tables where table_schema = 'marts'"
            ).fetchall()
        }
        build = con.execute("select build_id, published_at from meta.build").fetchone()
    finally:
        con.close()
    missing = sorted(set(CONTRACT_TABLES) - present)
    return dg.AssetCheckResult(
        passed=not missing and build is not None,
        metadata={
            "missing_tables": ", ".join(missing) or "none",
            "build_id": build[0] if build else "none",
            "published_at": str(build[1]) if build else "none",
        },
    )
