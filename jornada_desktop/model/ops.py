"""Row operations: the one currency of change between the editing layer, the model and the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Insert:
    """Insert one full row (its id included) into a table."""

    table: str
    row: dict[str, Any]

    @property
    def id(self) -> int:
        """The id of the inserted row."""
        return int(self.row["id"])


@dataclass(frozen=True, slots=True)
class Update:
    """Change some columns of one row."""

    table: str
    id: int
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Delete:
    """Delete one row."""

    table: str
    id: int


Op = Insert | Update | Delete
