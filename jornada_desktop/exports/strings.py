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
        "then import the workbook back into Jornada (File ▸ Import backlog). Do not edit the id column. "
        "Rows you delete are listed on import, and deleted in Jornada only if you ask.",
        "Edite status, responsável, datas, impacto e esforço na planilha de backlog, acrescente linhas "
        "sem id e importe a pasta de trabalho de volta no Jornada (Arquivo ▸ Importar backlog). "
        "Não altere a coluna id. As linhas apagadas são listadas na importação e só são apagadas "
        "no Jornada se você pedir.",
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
    "col.persona_as_is": ("%1 (as-is)", "%1 (atual)"),
    "col.persona_to_be": ("%1 (to-be)", "%1 (desejada)"),
    "chart.persona_curve": ("%1: as-is and to-be", "%1: atual e desejada"),
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
    # printing and charts
    "sheet.charts": ("Charts", "Gráficos"),
    "sheet.votes": ("Votes", "Votos"),
    "sheet.measurements": ("Measurements", "Medições"),
    "sheet.ratings": ("Ratings", "Avaliações"),
    "sheet.quotes": ("Quotes", "Citações"),
    "col.said_on": ("Said on", "Dito em"),
    "col.participant": ("Added by", "Adicionado por"),
    "col.round": ("Round", "Rodada"),
    "col.voter": ("Voter", "Quem votou"),
    "col.item": ("Card or improvement", "Cartão ou melhoria"),
    "col.voted_at": ("Voted at", "Votado em"),
    "col.value": ("Value", "Valor"),
    "col.period": ("Period", "Período"),
    "col.sample": ("Sample", "Amostra"),
    "col.note": ("Note", "Observação"),
    "col.scenario": ("Scenario", "Cenário"),
    "col.reason": ("Reason", "Motivo"),
    "scenario.as_is": ("As-is", "Atual"),
    "scenario.to_be": ("To-be", "Futuro"),
    "word.facilitator": ("Facilitator", "Facilitador"),
    "word.improvement": ("Improvement", "Melhoria"),
    "print.page": ("Page %1 of %2", "Página %1 de %2"),
    "chart.count": ("Improvements", "Melhorias"),
    "chart.by_status": ("Improvements by status", "Melhorias por status"),
    "chart.matrix": ("Impact × effort", "Impacto × esforço"),
    "chart.improvements": ("Improvements", "Melhorias"),
    "chart.metrics": ("Metrics: target and actual", "Métricas: meta e real"),
    "chart.value": ("Value", "Valor"),
    # what the import does with each backlog column (input hints, at most 255 characters)
    "hint.id": ("Jornada's number for this improvement: leave it as it is. Leave it empty on a new row.",
                "Número desta melhoria no Jornada: não altere. Deixe vazio numa linha nova."),
    "hint.title": ("Imported. A new row needs a title.", "Importado. Uma linha nova precisa de título."),
    "hint.description": ("Imported. A text cut with the marker “[text cut …]” is imported only once "
                         "the marker is removed.",
                         "Importado. Um texto cortado com a marca “[texto cortado …]” só é importado "
                         "depois que a marca é removida."),
    "hint.stage": ("Choose a stage of the map from the list; imported as the improvement's stage.",
                   "Escolha uma etapa do mapa na lista; importada como a etapa da melhoria."),
    "hint.touchpoint": ("Choose a card of the map from the list; imported as the linked touchpoint.",
                        "Escolha um cartão do mapa na lista; importado como o ponto de contato ligado."),
    "hint.impact": ("1 (little) to 5 (a lot); imported.", "De 1 (pouco) a 5 (muito); importado."),
    "hint.effort": ("1 (little) to 5 (a lot); imported.", "De 1 (pouco) a 5 (muito); importado."),
    "hint.priority": ("Worked out from impact, effort and votes; not imported.",
                      "Calculada de impacto, esforço e votos; não é importada."),
    "hint.votes": ("A whole number; imported.", "Um número inteiro; importado."),
    "hint.status": ("Choose from the list; imported.", "Escolha na lista; importado."),
    "hint.owner": ("Who takes care of it; imported.", "Quem cuida da melhoria; importado."),
    "hint.department": ("Imported.", "Importado."),
    "hint.due_date": ("A date; imported. Red when overdue.", "Uma data; importada. Vermelha quando atrasada."),
    "hint.follow_up": ("A date; imported.", "Uma data; importada."),
    "hint.metric": ("Imported.", "Importado."),
    "hint.target": ("Imported.", "Importado."),
    "hint.sync": ("Jornada's check of this row; do not edit.", "Verificação desta linha pelo Jornada; não altere."),
    "err.stage": ("This is not a stage of the map; the import will skip the row.",
                  "Esta não é uma etapa do mapa; a importação vai ignorar a linha."),
    "err.touchpoint": ("This is not a card of the map; the import will skip the row.",
                       "Este não é um cartão do mapa; a importação vai ignorar a linha."),
    "err.date": ("Type a date, for example 2027-12-31.", "Digite uma data, por exemplo 31/12/2027."),
    "err.votes": ("Votes are a whole number, 0 or more.", "Votos são um número inteiro, 0 ou mais."),
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
