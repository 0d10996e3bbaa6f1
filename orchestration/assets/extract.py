"""`extracted_facts`: trade figures and engagements from new or changed documents."""

import dagster as dg

from orchestration.assets.ingest import WAREHOUSE_POOL, raw_documents
from orchestration.extraction import COMPILED
from orchestration.extraction.pipeline import EXTRACTOR_VERSION
from orchestration.resources import Warehouse
from orchestration.staging_catalog import asset_metadata
from orchestration.warehouse.extract import extract_pending


@dg.asset(
    group_name="extract",
    deps=[raw_documents],
    pool=WAREHOUSE_POOL,
    kinds={"python", "duckdb"},
    automation_condition=dg.AutomationCondition.eager(),
    metadata=asset_metadata(
        "trade_mentions",
        ["trade_mentions", "engagements", "engagement_countries", "engagement_participants", "extractions"],
    ),
    description=(
        "Trade figures (flow, two countries, period, value, currency, change %, product) and "
        "engagements (date, type, place, countries, people, organizations, topics) extracted from "
        "every new or changed document, each with its evidence sentence and character offsets, in "
        "`staging.trade_mentions`, `staging.engagements`, `staging.engagement_countries` and "
        "`staging.engagement_participants`. Documents already extracted by the same extractor "
        "version are not read again."
    ),
)
def extracted_facts(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    report = extract_pending(warehouse.work, workers=warehouse.extract_workers, progress=context.log.info)
    words_per_s = report.words / report.seconds if report.seconds else 0.0
    context.log.info(
        f"extracted {report.documents} documents ({report.trade_mentions} trade mentions, "
        f"{report.engagements} engagements) in {report.seconds:.1f}s"
    )
    if report.failed:
        context.log.warning(
            f"the extractor failed on {report.failed} documents (see staging.extractions.error)"
        )
    return dg.MaterializeResult(
        metadata={
            "extractor_version": EXTRACTOR_VERSION,
            "extractor_compiled": COMPILED,  # mypyc build (`make compile`) or the source
            "documents_extracted": report.documents,
            "trade_mentions": report.trade_mentions,
            "engagements": report.engagements,
            "extractor_failures": report.failed,
            "documents_of_deleted_files_dropped": report.orphans_dropped,
            "words_per_second": round(words_per_s),
            "seconds": round(report.seconds, 2),
        }
    )
