"""Jornada: an offline desktop editor for customer-journey maps."""

# The one place of the version: pyproject.toml reads it from here (no importlib.metadata at
# start-up, which costs ~25 ms with the email parser it loads).
__version__ = "0.1.0"
