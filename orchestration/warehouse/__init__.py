"""The DuckDB side of the pipeline, in plain Python: the private working file the
assets and dbt write, its staging tables, the readers' file dbt builds the marts in, and
the atomic publish of a read-only copy.

No Dagster imports here either: the assets in `orchestration.assets` are thin wrappers
around these functions, and tests call them directly.
"""
