"""The Python assets: ingest, extract and publish (dbt's assets are in `orchestration.dbt`)."""
