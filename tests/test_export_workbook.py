"""The stakeholder workbook: sheets, cells and their types, validation, chart, hostile text."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from jornada_desktop.exports.cells import MAX_CELL_CHARS
from jornada_desktop.exports.excel import export_workbook
from jornada_desktop.store import Store
from tests.export_data import CONTROL, HOSTILE, LONG_NOTE, UNICODE, add_hostile_rows

PT_SHEETS = ["Leia-me", "Mapa", "Pontos de contato", "Backlog de melhorias", "Personas", "Métricas",
             "Medições", "Emoções", "Avaliações", "Citações", "Votos", "Gráficos", "_jornada", "_lists"]
EN_SHEETS = ["Read me", "Map", "Touchpoints", "Improvement backlog", "Personas", "Metrics", "Measurements",
             "Emotions", "Ratings", "Quotes", "Votes", "Charts", "_jornada", "_lists"]


def _export(path: Path, out: Path, lang: str = "pt_BR") -> openpyxl.Workbook:
    store = Store.open(path, read_only=True)
    ws = store.load_workspace()
    store.close()
    export_workbook(ws, ws.journeys()[0].id, out, lang, source_name=path.name)
    return openpyxl.load_workbook(out)


def _all_cells(wb: openpyxl.Workbook):
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield sheet, cell


@pytest.fixture
def hostile_book(sample_path: Path, tmp_path: Path) -> openpyxl.Workbook:
    add_hostile_rows(sample_path)
    return _export(sample_path, tmp_path / "map.xlsx")


def test_sheet_names_follow_the_language(sample_path: Path, tmp_path: Path) -> None:
    assert _export(sample_path, tmp_path / "pt.xlsx", "pt_BR").sheetnames == PT_SHEETS
    book = _export(sample_path, tmp_path / "en.xlsx", "en")
    assert book.sheetnames == EN_SHEETS
    assert book["_jornada"].sheet_state == "hidden" and book["_lists"].sheet_state == "hidden"
    assert book["Improvement backlog"]["B1"].value == "Title"


def test_read_me_has_title_personas_version_and_scale(sample_path: Path, tmp_path: Path) -> None:
    from jornada_desktop import __version__

    book = _export(sample_path, tmp_path / "m.xlsx")
    sheet = book["Leia-me"]
    values = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "Mapa de jornada: Jornada de compra" in values
    assert "Ana Souza" in values
    assert __version__ in values
    assert "😄 feliz" in values and "😠 irritado" in values
    assert "Glossário das colunas" in values
    assert len(sheet._images) == 1  # the matplotlib curve


def test_touchpoints_one_row_per_card(sample_path: Path, tmp_path: Path) -> None:
    store = Store.open(sample_path, read_only=True)
    ws = store.load_workspace()
    store.close()
    jid = ws.journeys()[0].id
    placed = [c for c in ws.cards(jid) if c.parent_id is None]
    book = _export(sample_path, tmp_path / "m.xlsx")
    sheet = book["Pontos de contato"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(placed)
    titles = {r[4] for r in rows}
    assert titles == {c.title for c in placed}
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:N")  # (the last column: who added the card)
    first = next(r for r in rows if r[4] == "Anúncio nas redes sociais")
    assert first[8] == 1 and first[9] == "satisfeito" and first[10] == "Ana Souza"


def test_backlog_sheet_table_validation_and_formatting(sample_path: Path, tmp_path: Path) -> None:
    book = _export(sample_path, tmp_path / "m.xlsx")
    sheet = book["Backlog de melhorias"]
    header = [c.value for c in sheet[1]]
    assert header[:10] == ["id", "Título", "Descrição", "Etapa", "Ponto de contato", "Impacto", "Esforço",
                           "Prioridade", "Votos", "Status"]
    assert sheet["A2"].value == 1 and sheet["H2"].value == 9.5  # 2·5 − 2 + 0.5·3
    assert sheet["J2"].value == "Aberto"
    assert sheet["M2"].is_date
    assert sheet.freeze_panes == "C2"
    assert "Backlog" in sheet.tables
    assert sheet.column_dimensions["Q"].hidden
    rules = {str(dv.sqref).split(":")[0]: dv for dv in sheet.data_validations.dataValidation}
    assert rules["J2"].formula1 == '"Aberto,Em andamento,Concluído,Descartado"'
    assert rules["F2"].formula1 == rules["G2"].formula1 == '"1,2,3,4,5"'
    # each column's own help: Effort's drop-down said Impact's text
    assert rules["F2"].error == "Quanto a melhoria ajuda, de 1 (pouco) a 5 (muito)."
    assert rules["G2"].error == "Quanto custa fazer, de 1 (pouco) a 5 (muito)."
    # drop-downs of the map's stages and cards, from the hidden list sheet
    assert rules["D2"].type == "list" and rules["D2"].formula1 == "'_lists'!$A$2:$A$6"
    assert rules["E2"].type == "list" and rules["E2"].formula1.startswith("'_lists'!$B$2:$B$")
    lists = book["_lists"]
    assert [lists.cell(r, 1).value for r in range(2, 7)] == [
        "Conscientização", "Consideração", "Decisão", "Compra", "Pós-compra"]
    assert "Tempo de espera no telefone" in {lists.cell(r, 2).value for r in range(2, lists.max_row + 1)}
    # dates checked, and every column says what the import does with it
    assert rules["M2"].type == rules["N2"].type == "date"
    for col in "ABCDEFGHIJKLMNOPQ":
        assert rules[f"{col}2"].showInputMessage and rules[f"{col}2"].prompt, col
    assert "não é importada" in rules["H2"].prompt and "não altere" in rules["A2"].prompt
    rules = [r for cf in sheet.conditional_formatting for r in cf.rules]
    assert any(r.type == "expression" and "TODAY()" in r.formula[0] for r in rules)
    assert sum(r.type == "cellIs" for r in rules) == 4


def test_emotions_sheet_has_a_native_line_chart(sample_path: Path, tmp_path: Path) -> None:
    book = _export(sample_path, tmp_path / "m.xlsx")
    sheet = book["Emoções"]
    assert sheet["A1"].value == "Etapa"
    assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == [
        "Conscientização", "Consideração", "Decisão", "Compra", "Pós-compra"]
    assert len(sheet._charts) == 2  # everyone's curves, then one per persona (the sample has Ana)
    for chart in sheet._charts:
        assert chart.tagname == "lineChart"
        # axes shown, stage names below the plot (they were drawn across the curve at 0)
        assert chart.x_axis.delete is False and chart.y_axis.delete is False
        assert chart.x_axis.tickLblPos == "low"


def test_emotions_sheet_has_a_column_per_persona_and_scenario_and_a_chart_per_persona(
        qapp, sample_path: Path, tmp_path: Path) -> None:
    from jornada_desktop.editing.document import Document
    from jornada_desktop.model.edits import utc_now
    from jornada_desktop.model.ratings import set_rating_ops
    from jornada_desktop.widgets.personas.editor import persona_ops

    document = Document.open(sample_path)
    try:
        jid = document.ws.journeys()[0].id
        assert document.push("add", persona_ops(document, {"name": "=Bruno", "color": "#1F77B4"}, None, jid))
        bruno = next(p for p in document.ws.personas() if p.name == "=Bruno")
        stages = document.ws.stages(jid)
        first = [c for c in document.ws.cards(jid) if c.stage_id == stages[0].id and c.kind == "touchpoint"]
        for card, value in zip(first, (2, -1), strict=False):  # as-is: 2 and −1 in the first stage
            assert document.push("r", set_rating_ops(document.ws, card.id, bruno.id, "as_is", value, utc_now()))
        assert document.push("r", set_rating_ops(document.ws, first[0].id, bruno.id, "to_be", -2, utc_now()))
    finally:
        document.close()
    book = _export(sample_path, tmp_path / "m.xlsx")
    sheet = book["Emoções"]
    header = [c.value for c in sheet[1]]
    assert header == ["Etapa", "Atual (todos os cartões)", "Desejada", "Ana Souza (atual)", "Ana Souza (desejada)",
                      "=Bruno (atual)", "=Bruno (desejada)"]
    assert sheet["F1"].data_type == "s"  # a name starting with "=" stays text
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    expected = 0.5 if len(first) > 1 else 2
    assert rows[0][5] == expected and rows[0][6] == -2 and all(r[5] is None and r[6] is None for r in rows[1:])
    charts = sheet._charts
    assert len(charts) == 3
    bruno_chart = charts[2]
    assert [s.val.numRef.f for s in bruno_chart.series] == ["'Emoções'!$F$2:$F$6", "'Emoções'!$G$2:$G$6"]
    assert [str(s.graphicalProperties.line.solidFill.srgbClr) for s in bruno_chart.series] == ["1F77B4"] * 2
    assert [s.graphicalProperties.line.prstDash for s in bruno_chart.series] == ["solid", "dash"]
    assert "=Bruno" in "".join(r.t for p in bruno_chart.title.tx.rich.p for r in (p.r or []))


def test_charts_sheet_has_titled_native_charts_with_axes(sample_path: Path, tmp_path: Path) -> None:
    book = _export(sample_path, tmp_path / "m.xlsx")
    sheet = book["Gráficos"]
    assert [r[:2] for r in sheet.iter_rows(min_row=1, max_row=5, values_only=True)] == [
        ("Status", "Melhorias"), ("Aberto", 1), ("Em andamento", 1), ("Concluído", 0), ("Descartado", 0)]
    kinds = [c.tagname for c in sheet._charts]
    assert kinds == ["barChart", "scatterChart", "barChart"]
    for chart in sheet._charts:
        assert chart.title is not None
        assert chart.x_axis.delete is False and chart.y_axis.delete is False
        assert chart.x_axis.title is not None and chart.y_axis.title is not None
    scatter = sheet._charts[1]
    refs = (scatter.series[0].xVal.numRef.f, scatter.series[0].yVal.numRef.f)
    assert refs == ("'Backlog de melhorias'!$G$2:$G$3", "'Backlog de melhorias'!$F$2:$F$3")  # effort, impact
    metrics = sheet._charts[2]
    assert [s.val.numRef.f for s in metrics.series] == ["'Métricas'!$F$2:$F$3", "'Métricas'!$G$2:$G$3"]


def test_map_grid_merged_stages_and_coloured_emotions(sample_path: Path, tmp_path: Path) -> None:
    book = _export(sample_path, tmp_path / "m.xlsx")
    sheet = book["Mapa"]
    assert sheet["B2"].value == "Conscientização"
    assert any(str(r).startswith("C2:") for r in sheet.merged_cells.ranges)  # Consideração spans 2
    cell = next(c for row in sheet.iter_rows() for c in row
                if isinstance(c.value, str) and c.value.startswith("Liga sobre atraso"))
    assert "irritado" in cell.value
    assert cell.fill.fgColor.rgb.endswith("F4A6A6")


def test_no_formula_from_user_text_anywhere(hostile_book: openpyxl.Workbook) -> None:
    kinds = {cell.data_type for _, cell in _all_cells(hostile_book)}
    assert "f" not in kinds
    found = {text: 0 for text in HOSTILE}
    for _, cell in _all_cells(hostile_book):
        if cell.value in found:
            found[cell.value] += 1
            assert cell.data_type == "s"
            assert cell.quotePrefix
    # each hostile text is a card title and an improvement title, at least
    assert all(n >= 2 for n in found.values()), found
    quote = next(c for _, c in _all_cells(hostile_book) if c.value == "=cmd|' /C calc'!A0")
    assert quote.data_type == "s"


def test_control_characters_removed_and_unicode_kept(hostile_book: openpyxl.Workbook) -> None:
    values = [c.value for _, c in _all_cells(hostile_book) if isinstance(c.value, str)]
    assert "bellnullesc end" in values
    assert not any(ch in v for v in values for ch in CONTROL if ord(ch) < 32)
    assert UNICODE in values


def test_long_text_is_cut_with_a_visible_marker(hostile_book: openpyxl.Workbook) -> None:
    notes = [r[12] for r in hostile_book["Pontos de contato"].iter_rows(min_row=2, values_only=True) if r[12]]
    assert len(notes) == 1
    assert len(notes[0]) <= MAX_CELL_CHARS
    assert notes[0].endswith("[texto cortado: 40.000 caracteres no Jornada]")
    assert notes[0].startswith(LONG_NOTE[:1000])
    long_desc = [r[2] for r in hostile_book["Backlog de melhorias"].iter_rows(min_row=2, values_only=True)
                 if r[1] == "Long one"][0]
    assert len(long_desc) <= MAX_CELL_CHARS and "texto cortado" in long_desc


def test_invalid_journey_is_a_sentence(sample_path: Path, tmp_path: Path) -> None:
    from jornada_desktop.exports.errors import ExportError

    store = Store.open(sample_path, read_only=True)
    ws = store.load_workspace()
    store.close()
    with pytest.raises(ExportError, match="does not exist"):
        export_workbook(ws, 999, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_every_sheet_is_set_up_to_print(sample_path: Path, tmp_path: Path) -> None:
    book = _export(sample_path, tmp_path / "m.xlsx")
    for name in PT_SHEETS[:-2]:
        sheet = book[name]
        setup = sheet.page_setup
        assert setup.orientation == "landscape" and setup.paperSize == 9, name
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and setup.fitToWidth == 1, name
        assert sheet.oddFooter.center.text == "Página &P de &N", name
        assert sheet.oddHeader.left.text == "Jornada de compra" and sheet.oddHeader.right.text == "&A", name
    assert book["Mapa"].print_title_rows == "$1:$2" and book["Mapa"].print_title_cols == "$A:$A"
    assert book["Backlog de melhorias"].print_title_rows == "$1:$1"
    assert book["Pontos de contato"].print_title_cols == "$A:$A"
    assert book["Gráficos"].page_setup.fitToHeight == 1  # charts never split across pages


def test_rows_are_as_tall_as_their_wrapped_text_and_styles_name_a_font(sample_path: Path, tmp_path: Path) -> None:
    book = _export(sample_path, tmp_path / "m.xlsx")
    sheet = book["Mapa"]
    cell = next(c for row in sheet.iter_rows() for c in row
                if isinstance(c.value, str) and c.value.startswith("Pergunta sobre entrega no chat"))
    assert cell.alignment.wrap_text
    assert sheet.row_dimensions[cell.row].height >= 3 * 15  # two lines of title and the emotion
    readme = book["Leia-me"]
    hint = next(c for row in readme.iter_rows() for c in row
                if isinstance(c.value, str) and c.value.startswith("Edite status"))
    assert readme.row_dimensions[hint.row].height >= 45  # set before the row went in: it was ignored
    for style in book._named_styles:
        if style.name.startswith("jornada"):
            assert style.font.name == "Calibri" and style.font.sz >= 11, style.name
