"""Performance benchmarks (`make bench`): each figure measured with its raw floor in the same run.

`python -m jornada_desktop.bench` generates a 10,000-card and a 300-card journey, measures open,
drag, field edit, workbook and PNG export, cold start and memory against their floors (medians of
several runs) and writes docs/benchmarks.md. Kept light: importing this package imports no Qt.
"""
