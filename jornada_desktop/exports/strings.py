"""Words written into exported files (sheet names, column headers), in English and Portuguese.

Like `model/vocabulary.py`, these are (en, pt_BR) pairs rather than Qt translations: the language of
a workbook is chosen per export (the CLI has no Qt translator loaded) and must not depend on the UI.
"""

from __future__ import annotations

from typing import Final

_T: Final[dict[str, tuple[str, str]]] = {
    # sheets
    "sheet.readme": ("Read me", "Leia-me"),
    "sheet.map": ("Map", "Mapa"),
    "sheet.touchpoints": ("Touchpoints", "Pontos de contato"),
    "sheet.backlog": ("Improvement backlog", "Backlog de melhorias"),
    "sheet.personas": ("Personas", "Personas"),
    "sheet.metrics": ("Metrics", "Métricas"),
    "sheet.emotions": ("Emotions", "Emoções"),
    # read me
    "readme.title": ("Journey map", "Mapa de jornada"),
    "readme.journey": ("Journey", "Jornada"),
    "readme.kind": ("Kind", "Tipo"),
    "readme.description": ("Description", "Descrição"),
    "readme.personas": ("Personas", "Personas"),
    "readme.exported": ("Exported on", "Exportado em"),
    "readme.version": ("Jornada version", "Versão do Jornada"),
    "readme.source": ("Source file", "Arquivo de origem"),
    "readme.scale": ("Emotion scale", "Escala de emoções"),
    "readme.value": ("Value", "Valor"),
    "readme.label": ("Label", "Rótulo"),
    "readme.glossary": ("Glossary of columns", "Glossário das colunas"),
    "readme.sheet": ("Sheet", "Planilha"),
    "readme.column": ("Column", "Coluna"),
    "readme.meaning": ("Meaning", "Significado"),
    "readme.curve": ("Emotion curve", "Curva de emoções"),
    "readme.reimport": (
        "Edit status, owner, dates, impact and effort in the backlog sheet, add rows without an id, "
        "then import the workbook back into Jornada (File ▸ Import backlog). Do not edit the id column.",
        "Edite status, responsável, datas, impacto e esforço na planilha de backlog, acrescente linhas "
        "sem id e importe a pasta de trabalho de volta no Jornada (Arquivo ▸ Importar backlog). "
        "Não altere a coluna id.",
    ),
    # columns
    "col.journey": ("Journey", "Jornada"),
    "col.stage": ("Stage", "Etapa"),
    "col.lane": ("Lane", "Raia"),
    "col.kind": ("Kind", "Tipo"),
    "col.title": ("Title", "Título"),
    "col.description": ("Description", "Descrição"),
    "col.channel": ("Channel", "Canal"),
    "col.department": ("Department", "Departamento"),
    "col.emotion": ("Emotion", "Emoção"),
    "col.emotion_label": ("Emotion label", "Rótulo da emoção"),
    "col.persona": ("Persona", "Persona"),
    "col.evidence": ("Evidence", "Evidência"),
    "col.notes": ("Notes", "Notas"),
    "col.id": ("id", "id"),
    "col.touchpoint": ("Touchpoint", "Ponto de contato"),
    "col.impact": ("Impact", "Impacto"),
    "col.effort": ("Effort", "Esforço"),
    "col.priority": ("Priority score", "Prioridade"),
    "col.votes": ("Votes", "Votos"),
    "col.status": ("Status", "Status"),
    "col.owner": ("Owner", "Responsável"),
    "col.due_date": ("Due date", "Prazo"),
    "col.follow_up": ("Follow-up", "Acompanhamento"),
    "col.metric": ("Metric", "Métrica"),
    "col.target": ("Target", "Meta"),
    "col.sync": ("Jornada sync (do not edit)", "Sincronização Jornada (não editar)"),
    "col.name": ("Name", "Nome"),
    "col.role": ("Role", "Papel"),
    "col.quote": ("Quote", "Citação"),
    "col.goals": ("Goals", "Objetivos"),
    "col.expectations": ("Expectations", "Expectativas"),
    "col.frustrations": ("Frustrations", "Frustrações"),
    "col.channels": ("Channels", "Canais"),
    "col.color": ("Colour", "Cor"),
    "col.unit": ("Unit", "Unidade"),
    "col.actual": ("Actual", "Real"),
    "col.gap": ("Actual − target", "Real − meta"),
    "col.measured_at": ("Measured on", "Medido em"),
    "col.source": ("Source", "Fonte"),
    "col.as_is": ("As-is (all cards)", "Atual (todos os cartões)"),
    "col.to_be": ("To-be", "Desejada"),
    # glossary
    "gl.priority": ("2 × impact − effort + 0.5 × votes (higher first).",
                    "2 × impacto − esforço + 0,5 × votos (maior primeiro)."),
    "gl.impact": ("How much the improvement helps, 1 (little) to 5 (a lot).",
                  "Quanto a melhoria ajuda, de 1 (pouco) a 5 (muito)."),
    "gl.effort": ("How much it costs to do, 1 (little) to 5 (a lot).",
                  "Quanto custa fazer, de 1 (pouco) a 5 (muito)."),
    "gl.status": ("Open, in progress, done or dismissed.", "Aberto, em andamento, concluído ou descartado."),
    "gl.emotion": ("Emotion of the customer at this touchpoint, −2 (angry) to +2 (happy).",
                   "Emoção do cliente neste ponto de contato, de −2 (irritado) a +2 (feliz)."),
    "gl.evidence": ("Observed in research, assumed, or proposed.", "Observado em pesquisa, suposto ou proposto."),
    "gl.id": ("Jornada's number for the improvement; empty for a new row.",
              "Número da melhoria no Jornada; vazio para uma linha nova."),
    "gl.due_date": ("Date the improvement should be done by; red when overdue.",
                    "Data em que a melhoria deve estar pronta; vermelho quando atrasada."),
    "gl.emotions": ("Average emotion of the cards of each stage, per persona.",
                    "Emoção média dos cartões de cada etapa, por persona."),
    "gl.gap": ("Actual value minus the target.", "Valor real menos a meta."),
    "yes": ("yes", "sim"),
    "no": ("no", "não"),
}


def t(key: str, lang: str = "en") -> str:
    """The text of a key in a language ('en' or 'pt_BR')."""
    pair = _T[key]
    return pair[1] if lang.lower().startswith("pt") else pair[0]


def all_labels(key: str) -> tuple[str, str]:
    """Both labels of a key (to recognise a sheet or column written in either language)."""
    return _T[key]
