"""newsfacts: the Dagster code location and its plain-Python extraction package.

Kept free of imports so that `orchestration.extraction` can be used without Dagster.
"""
