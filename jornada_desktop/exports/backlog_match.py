"""Which improvement each backlog row holds, however the sheet was sorted.

A row names its improvement in up to three ways: the id cell, the hidden sync cell (which names
the id it was written for) and its content (a title, or else a description, that one exported
row alone had). Sorting whole rows keeps the three together. Sorting some columns apart splits
them: the visible columns without the hidden sync column, or everything but the id. So the rows
are matched over the whole sheet, content first:

1. A row whose content is one exported improvement's holds that improvement. When neither its
   id cell nor its sync cell agrees, the row must not also hold values that only the improvement
   they name had: then only part of its columns moved, the row is *torn* and is not imported. A
   title and a description that name two improvements are torn too.
2. A row without such content (its title was edited, or it is new) holds the improvement its id
   cell names, if no row took that one by content; else the improvement not taken whose exported
   values it matches best (at least half of them), else it is a new row.

Workbooks without fingerprints (version 1, or the hidden sheet removed) match by the id alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jornada_desktop.exports.backlog_sync import SyncInfo, field_hash

CONTENT_FIELDS = ("title", "description")
EMPTY_HASH = field_hash("")


@dataclass(frozen=True)
class RowFacts:
    """What one row says about itself: its id cell, its sync cell's id and its fields' hashes."""

    row: int
    id_cell: int | None
    sync_id: int | None
    hashes: dict[str, str]


@dataclass(frozen=True)
class RowMatch:
    """The improvement a row holds (None: a new row), whether it is torn or repeats another row's
    improvement, and every exported id it named (such an improvement is not taken as deleted)."""

    improvement_id: int | None
    torn: bool = False
    duplicate_of: int | None = None  # the row that holds the same improvement
    named: frozenset[int] = field(default_factory=frozenset)


class RowMatcher:
    """Matches rows to the exported improvements (`exported`: id -> fingerprint at export)."""

    def __init__(self, exported: dict[int, SyncInfo]) -> None:
        self.exported = exported
        self.by_content: dict[str, dict[str, int | None]] = {}
        for name in CONTENT_FIELDS:
            index: dict[str, int | None] = {}
            for ident, info in exported.items():
                h = info.hashes[name]
                if h != EMPTY_HASH:
                    index[h] = None if h in index else ident  # a value two rows had names neither
            self.by_content[name] = index

    def content_ids(self, hashes: dict[str, str]) -> set[int]:
        """The exported improvements the row's title and description name, each alone."""
        out: set[int] = set()
        for name in CONTENT_FIELDS:
            h = hashes.get(name)
            ident = self.by_content[name].get(h) if h is not None else None
            if ident is not None:
                out.add(ident)
        return out

    def _exclusive(self, hashes: dict[str, str], one: int, other: int) -> int:
        """How many of the row's fields have `one`'s exported value and not `other`'s."""
        a, b = self.exported[one].hashes, self.exported[other].hashes
        return sum(1 for name, h in hashes.items() if a.get(name) == h != b.get(name))

    def _score(self, hashes: dict[str, str], ident: int) -> tuple[int, int]:
        """(fields with the improvement's exported value, fields it had that were not empty)."""
        exported = self.exported[ident].hashes
        filled = [name for name, h in exported.items() if h != EMPTY_HASH and name in hashes]
        return sum(1 for name in filled if hashes[name] == exported[name]), len(filled)

    def match_all(self, rows: list[RowFacts]) -> list[RowMatch]:
        """The match of every row, in the rows' order."""
        out: list[RowMatch | None] = [None] * len(rows)
        named = [frozenset(i for i in (r.id_cell, r.sync_id) if i is not None) for r in rows]
        if not self.exported:
            return [RowMatch(r.id_cell, named=named[k]) for k, r in enumerate(rows)]
        taken: dict[int, int] = {}  # improvement id -> row number
        rest: list[int] = []
        # 1. rows that carry an exported improvement's content; the one its id names first
        content = [self.content_ids(r.hashes) for r in rows]
        order = sorted(range(len(rows)), key=lambda k: (rows[k].id_cell not in content[k], k))
        for k in order:
            r, found = rows[k], content[k]
            named_k = named[k] | frozenset(found)
            if len(found) > 1:
                out[k] = RowMatch(None, torn=True, named=named_k)
                continue
            if not found:
                rest.append(k)
                continue
            ident = next(iter(found))
            # With a second witness (the id cell, or the sync cell that moved with the values) the
            # content stands; alone against the id cell, it must not hold values only that id had.
            anchor = None
            if ident not in (r.id_cell, r.sync_id):
                anchor = next((i for i in (r.id_cell, r.sync_id) if i in self.exported), None)
            if anchor is not None and self._exclusive(r.hashes, anchor, ident) > 0:
                out[k] = RowMatch(None, torn=True, named=named_k)
            elif ident in taken:
                if r.id_cell is None and r.sync_id is None:
                    out[k] = RowMatch(None, named=named_k)  # a new row that repeats a title
                else:
                    out[k] = RowMatch(None, duplicate_of=taken[ident], named=named_k)
            else:
                taken[ident] = r.row
                out[k] = RowMatch(ident, named=named_k)
        # 2. the others, in order: their id, else the best match among the improvements not taken
        for k in sorted(rest):
            r = rows[k]
            ident = r.id_cell if r.id_cell is not None else (r.sync_id if r.sync_id in self.exported else None)
            if ident is None:
                out[k] = RowMatch(None, named=named[k])
            elif ident not in self.exported:
                out[k] = RowMatch(ident, named=named[k])  # not exported: the import says it is unknown
            elif ident not in taken:
                taken[ident] = r.row
                out[k] = RowMatch(ident, named=named[k])
            else:
                best = self._best_free(r.hashes, taken)
                if best is None:
                    out[k] = RowMatch(None, named=named[k])
                else:
                    taken[best] = r.row
                    out[k] = RowMatch(best, named=named[k] | {best})
        return [m if m is not None else RowMatch(None) for m in out]

    def _best_free(self, hashes: dict[str, str], taken: dict[int, int]) -> int | None:
        """The improvement not taken whose exported values the row has most of (at least half)."""
        best, best_hits = None, 0
        for ident in self.exported:
            if ident in taken:
                continue
            hits, filled = self._score(hashes, ident)
            if hits > best_hits and hits * 2 >= max(2, filled):
                best, best_hits = ident, hits
        return best


class ContentMatcher:
    """Matches rows to this journey's improvements by their content alone: a workbook of another
    map, imported by choice. A row's title, else its description, that one improvement here has
    names it; any other row is new. Ids in the workbook are another file's and are never used."""

    def __init__(self, titles: dict[int, tuple[str, str]]) -> None:
        self.index: dict[str, dict[str, int | None]] = {name: {} for name in CONTENT_FIELDS}
        for ident, values in titles.items():
            for name, value in zip(CONTENT_FIELDS, values, strict=True):
                h = field_hash(value)
                if h != EMPTY_HASH:
                    index = self.index[name]
                    index[h] = None if h in index else ident

    def match_all(self, rows: list[RowFacts]) -> list[RowMatch]:
        """The improvement here each row's content names (None: a new row), in the rows' order."""
        taken: dict[int, int] = {}
        out: list[RowMatch] = []
        for r in rows:
            found = None
            for name in CONTENT_FIELDS:
                h = r.hashes.get(name)
                found = self.index[name].get(h) if h is not None else None
                if found is not None:
                    break
            if found is None:
                out.append(RowMatch(None))
            elif found in taken:
                out.append(RowMatch(None, duplicate_of=taken[found], named=frozenset({found})))
            else:
                taken[found] = r.row
                out.append(RowMatch(found, named=frozenset({found})))
        return out
