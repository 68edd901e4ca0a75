"""The `.jornada` file (SQLite through sqlite-utils): opening, migrations and the write path."""

from jornada_desktop.store.errors import OpenError, StoreError, WriteError
from jornada_desktop.store.store import FileFacts, Store, check_file

__all__ = ["FileFacts", "OpenError", "Store", "StoreError", "WriteError", "check_file"]
