"""Metrics: the table panel and the editor of one metric; `install` joins them (and the metrics lane) to the window."""
