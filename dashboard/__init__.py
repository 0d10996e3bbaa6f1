"""The dashboard: a Streamlit app over the published (read-only) warehouse.

`app.py` lays out the page; `queries.py` holds the SQL, `charts.py` the figures,
`network.py` the who-met-whom layout, `formatting.py` how numbers and periods read, and
`warehouse.py` how the published file is opened (read-only, never holding a write lock).
"""
