"""`raw_documents`: the raw folder, decoded, cleaned and parsed into `staging.documents`."""

import dagster as dg

from orchestration.resources import RawFolder, Warehouse
from orchestration.staging_catalog import asset_metadata
from orchestration.warehouse.ingest import ingest_folder

WAREHOUSE_POOL = "warehouse"


@dg.asset(
    group_name="ingest",
    pool=WAREHOUSE_POOL,
    kinds={"python", "duckdb"},
    metadata=asset_metadata("documents", ["documents", "rejected_documents", "raw_files"]),
    description=(
        "Every file under the raw folder, decoded (UTF-8/16, cp1252, cp1251), cleaned and parsed "
        "(header lines, JSON fields, HTML main text, dateline, publication date) into "
        "`staging.documents`; files that cannot be used go to `staging.rejected_documents` with a "
        "fixed reason. Only files whose size, mtime and hash changed are re-read."
    ),
)
def raw_documents(
    context: dg.AssetExecutionContext, raw_folder: RawFolder, warehouse: Warehouse
) -> dg.MaterializeResult:
    report = ingest_folder(
        raw_folder.dir,
        warehouse.work,
        max_bytes=raw_folder.max_file_bytes,
        stable_seconds=raw_folder.stable_seconds,
        workers=warehouse.extract_workers,
        progress=context.log.info,
    )
    for path in report.settling:
        context.log.info(f"{path}: still being written, left for the next run")
    for s in report.skipped:
        context.log.info(f"{s.source_path}: skipped ({s.why})")
    rejected = sum(report.rejected.values())
    context.log.info(
        f"scanned {report.scanned} files: {report.unchanged} unchanged, {report.read} read, "
        f"{report.documents} documents written, {rejected} rejected, {len(report.deleted)} deleted "
        f"in {report.seconds:.1f}s"
    )
    return dg.MaterializeResult(
        metadata={
            "files_scanned": report.scanned,
            "files_unchanged": report.unchanged,
            "files_read": report.read,
            "documents_written": report.documents,
            "documents_rejected": rejected,
            "rejected_by_reason": dict(report.rejected),
            "files_deleted": len(report.deleted),
            "files_still_being_written": len(report.settling),
            "files_skipped": len(report.skipped),
            "processed_files": dg.MetadataValue.md(_file_list(report.processed)),
            "seconds": round(report.seconds, 2),
        }
    )


def _file_list(paths: list[str], limit: int = 50) -> str:
    if not paths:
        return "_no file changed_"
    shown = "\n".join(f"- `{p}`" for p in paths[:limit])
    more = f"\n- … and {len(paths) - limit} more" if len(paths) > limit else ""
    return shown + more
