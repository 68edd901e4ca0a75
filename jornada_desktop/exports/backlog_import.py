"""Backlog re-import: merge a stakeholder's edits of the workbook back into the journey, as one step.

Each row is matched to the improvement it was exported from by its identity and the fingerprint
of its values (`backlog_match`), so rows sorted, filtered or moved, with or without the id and the
hidden sync column, still land on their improvement; a row whose cells belong to different
improvements (part of its columns sorted apart) is skipped and reported. Fields then merge three
ways (see `backlog_sync`); rows without an id and with a title become new improvements. Rows
deleted from the workbook are listed and deleted only when asked (`apply_deletions`). Fields
edited both in the file and in the workbook since the export are conflicts: the file's value is
kept. A text that was cut to Excel's limit on export is never written back over the whole text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jornada_desktop.exports.backlog_match import ContentMatcher, RowFacts, RowMatcher
from jornada_desktop.exports.backlog_read import (
    BacklogSheet,
    CellProblem,
    Formula,
    as_date,
    as_int,
    as_text,
    read_backlog_sheet,
)
from jornada_desktop.exports.backlog_sync import (
    SYNC_FIELDS,
    TEXT_SYNC_FIELDS,
    SyncInfo,
    canonical,
    field_hash,
    model_fields,
    parse_sync,
)
from jornada_desktop.exports.cells import clean_text, was_cut, without_cut_marker
from jornada_desktop.exports.errors import ExportError, JourneyNotChosen, WrongMap
from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.edits import delete_ops, new_row, update_ops, utc_now
from jornada_desktop.model.ops import Insert, Op
from jornada_desktop.model.sentences import Phrase, Sentence, joined
from jornada_desktop.model.validation import validate
from jornada_desktop.model.workspace import Workspace

if TYPE_CHECKING:
    from jornada_desktop.editing.document import Document

TEXT_FIELDS = ("title", "description", "owner", "department", "metric", "target")
# The columns a cell problem names (phrases, so that the report can be translated).
CELL_NAMES = {
    "id": Phrase("id"),
    "impact": Phrase("impact"),
    "effort": Phrase("effort"),
    "votes": Phrase("votes"),
    "due_date": Phrase("due date"),
    "follow_up": Phrase("follow up"),
}


@dataclass(frozen=True)
class Conflict:
    """A field edited both in the file and in the workbook since the export (the file's value is kept)."""

    improvement_id: int
    row: int
    field: str
    here: Any
    there: Any


@dataclass(frozen=True)
class CutText:
    """A cell cut to Excel's limit on export and edited with its marker kept: not imported, since it
    would replace the whole text with the cut one."""

    improvement_id: int
    row: int
    field: str
    length: int  # characters of the whole text in the file


@dataclass(frozen=True)
class Missing:
    """An exported improvement whose row is no longer in the workbook."""

    improvement_id: int
    title: str
    changed_here: bool  # edited in the file since the export: never deleted from here


@dataclass
class BacklogImport:
    """The plan of one backlog import and what it found."""

    journey_id: int
    ops: list[Op] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    added: int = 0
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    unknown_ids: list[tuple[int, Any]] = field(default_factory=list)  # (row, id)
    problems: list[str] = field(default_factory=list)
    cut_texts: list[CutText] = field(default_factory=list)
    missing: list[Missing] = field(default_factory=list)
    deletion_ops: list[Op] = field(default_factory=list)  # delete the missing rows: only when asked
    deleted: list[int] = field(default_factory=list)  # filled when the deletions were applied
    by_content: bool = False  # rows matched by their content (a workbook of another map, by choice)

    def deletable(self) -> list[int]:
        """The improvements whose rows were deleted from the workbook and that may be deleted here."""
        return [m.improvement_id for m in self.missing if not m.changed_here]

    def summary(self) -> str:
        """A short report for a person: counts, then conflicts, cut texts, deleted rows, unknown ids
        and row problems."""
        lines = [f"{len(self.updated)} improvement(s) updated, {self.added} added, "
                 f"{self.unchanged} unchanged, {len(self.conflicts)} conflict(s), "
                 f"{len(self.unknown_ids)} unknown id(s), {len(self.missing)} row(s) deleted in the workbook, "
                 f"{len(self.deleted)} deleted here."]
        for c in self.conflicts[:50]:
            lines.append(f"Row {c.row}: improvement {c.improvement_id}, “{c.field}” was changed here "
                         f"({short_value(c.here)}) and in the workbook ({short_value(c.there)}); kept this file's value.")
        for cut in self.cut_texts[:50]:
            lines.append(f"Row {cut.row}: improvement {cut.improvement_id}, “{cut.field}” was cut to fit the "
                         f"workbook ({cut.length:,} characters here) and was edited with its cut marker in place; "
                         "it was not imported, so as not to replace the whole text. Remove the marker to import it.")
        for m in self.missing[:50]:
            if m.improvement_id in self.deleted:
                lines.append(f"Improvement {m.improvement_id} {short_value(m.title)}: its row was deleted in the "
                             "workbook; deleted here too.")
            elif m.changed_here:
                lines.append(f"Improvement {m.improvement_id} {short_value(m.title)}: its row was deleted in the "
                             "workbook, but it was changed here since the export; kept.")
            else:
                lines.append(f"Improvement {m.improvement_id} {short_value(m.title)}: its row was deleted in the "
                             "workbook; kept (use --apply-deletions to delete it).")
        for row, ident in self.unknown_ids[:50]:
            lines.append(f"Row {row}: no improvement {ident} in this journey; the row was skipped.")
        lines.extend(self.problems[:50])
        return "\n".join(lines)


def short_value(value: Any) -> str:
    """A value quoted for a report line, cut to 40 characters."""
    text = "" if value is None else str(value)
    return "“" + (text if len(text) <= 40 else text[:39] + "…") + "”"


def _status_codes() -> dict[str, str]:
    out = {}
    for code, (en, pt) in v.IMPROVEMENT_STATUS.items():
        for name in (code, en, pt, code.replace("_", " ")):
            out[name.casefold()] = code
    return out


STATUS_BY_NAME = _status_codes()


def _journey_name(ws: Workspace, journey_id: int | None, file_name: str) -> str:
    journey = ws.get("journeys", journey_id) if journey_id is not None else None
    if journey is None and len(ws.journeys()) == 1:
        journey = ws.journeys()[0]
    return journey.title if journey is not None else file_name


def _resolve_journey(ws: Workspace, sheet: BacklogSheet, journey_id: int | None, *, file_uuid: str | None,
                     by_content: bool, book_name: str, file_name: str) -> int:
    """The journey of this file the workbook's rows go to, by the file's and the journey's identity.

    A workbook of another file or journey, or one that does not say which, raises WrongMap; with
    `by_content` it goes to the journey chosen (or the file's only one), matched by content.
    """
    if journey_id is not None and ws.get("journeys", journey_id) is None:
        raise ExportError(Sentence("The journey %1 does not exist in this file.", str(journey_id)))
    if by_content:
        if journey_id is not None:
            return journey_id
        if len(ws.journeys()) == 1:
            return ws.journeys()[0].id
        raise JourneyNotChosen(Sentence("Choose the journey of this file to import the workbook into."))
    meta = sheet.meta
    book_file, book_journey = str(meta.get("file_uuid") or ""), str(meta.get("journey_uuid") or "")
    book_title = str(meta.get("journey_title") or "")
    book_source = str(meta.get("source") or "")
    here = _journey_name(ws, journey_id, file_name)
    if not book_journey:
        raise WrongMap(Sentence(
            "“%1” does not say which map it was exported from (it was made by an older Jornada, or its hidden "
            "sheet was removed), so its rows cannot be matched to “%2” by their ids. To import it anyway, "
            "match its rows by their content.", book_name, here))
    same = [j for j in ws.journeys() if getattr(j, "uuid", None) == book_journey]
    same_file = bool(file_uuid) and book_file == file_uuid
    if (file_uuid and book_file and not same_file) or (not same and not same_file):
        raise WrongMap(Sentence(
            "“%1” was exported from the map “%2” of another file (%3), not from “%4” of this file; its rows "
            "were not imported, so as not to change the wrong improvements. To import it anyway, match its "
            "rows by their content.", book_name, book_title, book_source or "?", here))
    if not same:
        raise WrongMap(Sentence(
            "“%1” was exported from the map “%2”, which is no longer in this file; its rows were not imported "
            "into “%3”. To import it anyway, match its rows by their content.", book_name, book_title, here))
    if journey_id is not None and same[0].id != journey_id:
        raise WrongMap(Sentence(
            "“%1” was exported from the map “%2”, not from “%3”; its rows were not imported. Import it into "
            "“%2”, or match its rows by their content to import it into “%3”.", book_name, same[0].title, here))
    return same[0].id


class _Planner:
    def __init__(self, ws: Workspace, sheet: BacklogSheet, journey_id: int, stamp: str,
                 by_content: bool = False) -> None:
        self.ws = ws
        self.sheet = sheet
        self.jid = journey_id
        self.stamp = stamp
        self.by_content = by_content
        self.lang = str(sheet.meta.get("lang") or "en")
        self.result = BacklogImport(journey_id, by_content=by_content)
        self.stages = {}
        for s in reversed(ws.stages(journey_id)):
            self.stages[s.name.strip().casefold()] = s.id
        cards: dict[str, list[int]] = {}
        for c in ws.cards(journey_id):
            if c.title.strip():
                cards.setdefault(c.title.strip().casefold(), []).append(c.id)
        self.cards = cards
        self.exported_at = str(sheet.meta.get("exported_at") or "")
        self.next_id = ws.next_id("improvements")

    def problem(self, row: int, text: str) -> None:
        self.result.problems.append(Sentence("Row %1: %2; the row was skipped.", str(row), text))

    def unlinked(self, row: int, text: str) -> None:
        self.result.problems.append(Sentence("Row %1: %2; it was imported without that link.", str(row), text))

    def parse(self, row: int, raw: dict[str, Any]) -> dict[str, Any] | None:
        """The row's fields as model values (only the columns the sheet has); None when unusable."""
        out: dict[str, Any] = {}
        try:
            for name in TEXT_FIELDS:
                if name in raw:
                    out[name] = as_text(raw[name]).strip() if name == "title" else as_text(raw[name])
            for name, lo, hi in (("impact", 1, 5), ("effort", 1, 5), ("votes", 0, None)):
                if name in raw:
                    out[name] = as_int(raw[name], CELL_NAMES[name], lo, hi)
            if "status" in raw:
                text = as_text(raw["status"]).strip()
                if text and text.casefold() not in STATUS_BY_NAME:
                    raise CellProblem(Phrase("status “%1” is not one of %2", text[:40],
                                             ", ".join(v.label(v.IMPROVEMENT_STATUS, s, self.lang)
                                                       for s in v.IMPROVEMENT_STATUS)))
                out["status"] = STATUS_BY_NAME.get(text.casefold()) if text else None
            for name in ("due_date", "follow_up"):
                if name in raw:
                    out[name] = as_date(raw[name], CELL_NAMES[name], self.lang)
            for name in ("stage", "touchpoint"):
                if name in raw:
                    out[name] = as_text(raw[name]).strip()
        except CellProblem as exc:
            self.problem(row, exc.args[0] if exc.args else str(exc))
            return None
        return out

    def link_ids(self, row: int, values: dict[str, Any], wanted: set[str]) -> dict[str, Any] | None:
        """stage_id / card_id for the stage and touchpoint names that are to be applied."""
        out: dict[str, Any] = {}
        if "stage" in wanted:
            name = values["stage"]
            if not name:
                out["stage_id"] = None
            elif name.casefold() in self.stages:
                out["stage_id"] = self.stages[name.casefold()]
            elif self.by_content:  # another map's stage: the row comes in without one
                out["stage_id"] = None
                self.unlinked(row, Phrase("there is no stage “%1” in this journey", name[:60]))
            else:
                self.problem(row, Phrase("there is no stage “%1” in this journey", name[:60]))
                return None
        if "touchpoint" in wanted:
            name = values["touchpoint"]
            ids = self.cards.get(name.casefold(), []) if name else []
            if not name:
                out["card_id"] = None
            elif len(ids) == 1:
                out["card_id"] = ids[0]
            elif self.by_content:
                out["card_id"] = None
                self.unlinked(row, Phrase("there is no touchpoint titled “%1” in this journey", name[:60]) if not ids
                              else Phrase("there is more than one touchpoint titled “%1” in this journey", name[:60]))
            else:
                self.problem(row, Phrase("there is no touchpoint titled “%1” in this journey", name[:60]) if not ids
                             else Phrase("there is more than one touchpoint titled “%1” in this journey", name[:60]))
                return None
        return out

    def model_value(self, name: str, values: dict[str, Any]) -> Any:
        value = values[name]
        if name in ("impact", "effort"):
            return 3 if value is None else value
        if name == "votes":
            return 0 if value is None else value
        if name == "status":
            return value or "open"
        return value

    def there(self, name: str, values: dict[str, Any]) -> Any:
        """A field's workbook value in the form its hash was taken of."""
        return self.model_value(name, values) if name in ("impact", "effort", "votes", "status") else values[name]

    def row_hashes(self, values: dict[str, Any]) -> dict[str, str]:
        """The hash of each field the row has."""
        return {name: field_hash(self.there(name, values)) for name in SYNC_FIELDS if name in values}

    def _full_text(self, item: Any, name: str) -> str:
        if name == "stage":
            stage = self.ws.get("stages", item.stage_id)
            return stage.name if stage else ""
        if name == "touchpoint":
            card = self.ws.get("cards", item.card_id)
            return card.title if card else ""
        return str(getattr(item, name) or "")

    def existing(self, row: int, ident: int, values: dict[str, Any], sync: SyncInfo | None) -> None:
        item = self.ws.get("improvements", ident)
        if item is None or item.journey_id != self.jid:
            self.result.unknown_ids.append((row, ident))
            return
        current = model_fields(self.ws, item, self.lang)
        changed_here_row = bool(self.exported_at) and item.updated_at > self.exported_at
        apply: set[str] = set()
        new_text: dict[str, str] = {}
        for name in SYNC_FIELDS:
            if name not in values:
                continue
            there = self.there(name, values)
            there_hash, here_hash = field_hash(there), field_hash(current[name])
            if there_hash == here_hash:
                continue  # the workbook shows what the file holds
            if sync is not None:
                exported = sync.hashes[name]
                edited_there = there_hash != exported
                edited_here = here_hash != exported
            else:
                edited_there, edited_here = True, changed_here_row
            if self.by_content:  # exported from another map: only the workbook's own edits count
                edited_here = False
            if not edited_there:
                continue  # only changed here: keep the file's newer value
            if edited_here:
                self.result.conflicts.append(Conflict(ident, row, name, current[name], there))
                continue
            if name in TEXT_SYNC_FIELDS:
                full = self._full_text(item, name)
                cut = (sync is not None and name in sync.cut) or was_cut(full)
                if cut:
                    text, marked = without_cut_marker(str(there))
                    if marked:  # edited, marker kept: the cell holds part of the text only
                        self.result.cut_texts.append(CutText(ident, row, name, len(full)))
                        continue
                    if canonical(text) == canonical(without_cut_marker(str(current[name]))[0]):
                        continue  # only the marker was removed: nothing to import
                    new_text[name] = text
            apply.add(name)
        if not apply:
            self.result.unchanged += 1
            return
        links = self.link_ids(row, values, apply & {"stage", "touchpoint"})
        if links is None:
            return
        changes = {n: self.model_value(n, values) for n in apply - {"stage", "touchpoint"}}
        changes.update({n: text for n, text in new_text.items() if n in changes})
        changes.update(links)
        entity = item.with_changes(changes)
        messages = validate(entity, self.ws)
        if messages:
            self.problem(row, joined(messages, " "))
            return
        ops = update_ops(self.ws, "improvements", ident, changes, self.stamp)
        if ops:
            self.result.ops.extend(ops)
            self.result.updated.append(ident)
        else:
            self.result.unchanged += 1

    def new(self, row: int, values: dict[str, Any]) -> None:
        if not values.get("title"):
            self.problem(row, Phrase("a new improvement needs a title"))
            return
        wanted = {n for n in ("stage", "touchpoint") if values.get(n)}
        links = self.link_ids(row, values, wanted)
        if links is None:
            return
        fields = {n: self.model_value(n, values) for n in values if n not in ("stage", "touchpoint")}
        fields = {k: val for k, val in fields.items() if val is not None or k in ("due_date", "follow_up")}
        fields.update(links)
        fields["journey_id"] = self.jid
        row_data = new_row(self.ws, "improvements", fields, self.stamp, self.next_id)
        from jornada_desktop.model.entities import Improvement

        messages = validate(Improvement(**row_data), self.ws)
        if messages:
            self.problem(row, joined(messages, " "))
            return
        self.next_id += 1
        self.result.ops.append(Insert("improvements", row_data))
        self.result.added += 1

    def run(self) -> BacklogImport:
        """Plan the import: every row matched (`backlog_match`) and merged, then the rows deleted
        from the workbook listed."""
        exported = self.exported_rows()
        seen: set[int] = set()  # ids some row still names (skipped rows included): never deleted
        self.result.problems.extend(self.sheet.notes)
        parsed: list[tuple[RowFacts, dict[str, Any], SyncInfo | None]] = []
        for row, raw in self.sheet.rows:
            sync_raw = raw.get("sync")
            sync_cell = None if isinstance(sync_raw, Formula) else parse_sync(sync_raw)
            if sync_cell is not None and sync_cell.improvement_id is not None:
                seen.add(sync_cell.improvement_id)
            ident_raw = raw.get("id")
            if isinstance(ident_raw, Formula):
                self.result.unknown_ids.append((row, ident_raw[:40]))
                continue
            try:
                ident = as_int(ident_raw, CELL_NAMES["id"], 1, None)
            except CellProblem:
                self.result.unknown_ids.append((row, as_text(ident_raw)[:40]))
                continue
            if ident is not None:
                seen.add(ident)
            formulas = [name for name, value in raw.items()
                        if isinstance(value, Formula) and name not in ("priority", "sync")]
            if formulas:
                self.result.problems.append(Sentence("Row %1: %2 held a formula; those cells were not imported.",
                                                     str(row), ", ".join(formulas)))
                raw = {k: val for k, val in raw.items() if k not in formulas}
            values = self.parse(row, raw)
            if values is None:
                continue
            sync_id = sync_cell.improvement_id if sync_cell is not None else None
            parsed.append((RowFacts(row, ident, sync_id, self.row_hashes(values)), values, sync_cell))
        facts = [f for f, _, _ in parsed]
        if self.by_content:
            matches = ContentMatcher({i.id: (clean_text(i.title, self.lang), clean_text(i.description, self.lang))
                                      for i in self.ws.improvements(self.jid)}).match_all(facts)
        else:
            matches = RowMatcher(exported).match_all(facts)
        held: set[int] = set()
        for (row_facts, values, sync_cell), match in zip(parsed, matches, strict=True):
            row = row_facts.row
            seen.update(match.named)
            if match.torn:
                self.problem(row, Phrase("its cells belong to different improvements (%1), as when only some "
                                         "of the columns were sorted; sort whole rows and import again",
                                         ", ".join(str(i) for i in sorted(match.named))))
            elif match.duplicate_of is not None:
                self.problem(row, Phrase("improvement %1 already appears on row %2",
                                         str(next(iter(match.named), "")), str(match.duplicate_of)))
            elif match.improvement_id is None:
                self.new(row, values)
            else:
                ident = match.improvement_id
                held.add(ident)
                if self.by_content:  # the workbook's own fingerprint of the row: what was edited there
                    sync = exported.get(row_facts.id_cell) if row_facts.id_cell is not None else None
                    sync = sync or sync_cell
                else:
                    own = sync_cell if sync_cell is not None and sync_cell.improvement_id in (ident, None) else None
                    sync = exported.get(ident) or own
                self.existing(row, ident, values, sync)
        if not self.by_content:  # (another map's rows missing say nothing about this one)
            self.deletions(exported, seen | held)
        return self.result

    def exported_rows(self) -> dict[int, SyncInfo]:
        """What the workbook says was exported, by improvement id (empty for a version 1 workbook)."""
        out: dict[int, SyncInfo] = {}
        for text in self.sheet.exported:
            info = parse_sync(text)
            if info is not None and info.improvement_id is not None:
                out[info.improvement_id] = info
        return out

    def deletions(self, exported: dict[int, SyncInfo], seen: set[int]) -> None:
        """List the exported improvements no row holds any more, and plan deleting those not
        changed here since the export."""
        for ident, info in exported.items():
            if ident in seen:
                continue
            item = self.ws.get("improvements", ident)
            if item is None or item.journey_id != self.jid:
                continue  # already gone here
            current = model_fields(self.ws, item, self.lang)
            changed = any(field_hash(current[name]) != info.hashes[name] for name in SYNC_FIELDS)
            self.result.missing.append(Missing(ident, item.title, changed))
        doomed = self.result.deletable()
        if doomed:
            self.result.deletion_ops = delete_ops(self.ws, "improvements", doomed, self.stamp)


def plan_backlog_import(ws: Workspace, path: str | Path, journey_id: int | None = None,
                        stamp: str | None = None, *, file_uuid: str | None = None, by_content: bool = False,
                        file_name: str = "") -> BacklogImport:
    """Read a workbook and plan the merge of its backlog into a journey (nothing is written).

    The workbook must come from this file (`file_uuid`, the file's identity) and one of its journeys:
    else WrongMap says so, naming both maps. `by_content` is the explicit choice to import such a
    workbook anyway: into `journey_id` (or the only journey), each row matched by its content.
    """
    path = Path(path)
    sheet = read_backlog_sheet(path)
    jid = _resolve_journey(ws, sheet, journey_id, file_uuid=file_uuid, by_content=by_content,
                           book_name=path.name, file_name=file_name or "this file")
    return _Planner(ws, sheet, jid, stamp or utc_now(), by_content).run()


def apply_backlog_import(document: Document, plan: BacklogImport, *, apply_deletions: bool = False,
                         undo_text: str = "Import backlog") -> BacklogImport:
    """Apply a planned import on the open document as one undoable step (a version of the file is
    kept first); the rows deleted from the workbook are deleted only with `apply_deletions`.

    Raises ExportError when the change could not be saved.
    """
    ops = list(plan.ops)
    if apply_deletions and plan.deletion_ops:
        ops += plan.deletion_ops
    if ops:
        failures: list[str] = []
        document.write_failed.connect(failures.append)
        try:
            ok = document.push(undo_text, ops, keep_version="before_import")
        finally:
            document.write_failed.disconnect(failures.append)
        if not ok:
            raise ExportError(failures[0] if failures
                              else Sentence("The backlog could not be saved; nothing was changed."))
    if apply_deletions and plan.deletion_ops:
        plan.deleted = plan.deletable()
    return plan


def import_backlog(document: Document, path: str | Path, journey_id: int | None = None,
                   undo_text: str = "Import backlog", *, apply_deletions: bool = False,
                   by_content: bool = False) -> BacklogImport:
    """Plan and apply a backlog import on an open document as one undoable step.

    Raises WrongMap for a workbook of another map (unless `by_content`), ExportError when the
    workbook cannot be used or the change could not be saved.
    """
    plan = plan_backlog_import(document.ws, path, journey_id, file_uuid=file_identity(document),
                               by_content=by_content, file_name=document.path.name)
    return apply_backlog_import(document, plan, apply_deletions=apply_deletions, undo_text=undo_text)


def file_identity(document: Document) -> str:
    """The identity of the document's file (its meta `file_uuid`; empty for a file without one)."""
    try:
        return str(document.store.meta().get("file_uuid") or "")
    except Exception:  # noqa: BLE001 - a closed or broken store: no identity to compare
        return ""
