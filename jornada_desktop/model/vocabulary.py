"""Stable codes stored in the file, with their pt_BR and en labels (no Qt here)."""

from __future__ import annotations

from typing import Final

Labels = dict[str, tuple[str, str]]  # code -> (en, pt_BR)

EMOTIONS: Final[dict[int, tuple[str, str]]] = {
    -2: ("angry", "irritado"),
    -1: ("sad", "triste"),
    0: ("neutral", "neutro"),
    1: ("satisfied", "satisfeito"),
    2: ("happy", "feliz"),
}
EMOTION_MIN: Final = -2
EMOTION_MAX: Final = 2

LANE_KINDS: Final[Labels] = {
    "touchpoints": ("Touchpoints", "Pontos de contato"),
    "actions": ("Actions", "Ações"),
    "channels": ("Channels", "Canais"),
    "emotions": ("Emotions", "Emoções"),
    "pain_points": ("Pain points", "Pontos de dor"),
    "expectations": ("Expectations", "Expectativas"),
    "opportunities": ("Opportunities", "Oportunidades"),
    "departments": ("Departments", "Departamentos"),
    "backstage": ("Backstage", "Bastidores"),
    "metrics": ("Metrics", "Métricas"),
    "notes": ("Notes", "Notas"),
    "text": ("Text", "Texto"),
}

CARD_KINDS: Final[Labels] = {
    "touchpoint": ("Touchpoint", "Ponto de contato"),
    "action": ("Action", "Ação"),
    "pain_point": ("Pain point", "Ponto de dor"),
    "opportunity": ("Opportunity", "Oportunidade"),
    "note": ("Note", "Nota"),
    "text": ("Text", "Texto"),
}

CHANNELS: Final[Labels] = {
    "email": ("E-mail", "E-mail"),
    "phone": ("Phone", "Telefone"),
    "chat": ("Chat", "Chat"),
    "social": ("Social media", "Redes sociais"),
    "website": ("Website", "Site"),
    "app": ("App", "Aplicativo"),
    "self_service": ("Self-service portal", "Portal de autoatendimento"),
    "in_person": ("In person", "Presencial"),
    "waiting": ("Waiting time", "Tempo de espera"),
    "other": ("Other", "Outro"),
}

EVIDENCE: Final[Labels] = {
    "observed": ("Observed", "Observado"),
    "assumed": ("Assumed", "Suposto"),
    "proposed": ("Proposed", "Proposto"),
}

IMPROVEMENT_STATUS: Final[Labels] = {
    "open": ("Open", "Aberto"),
    "in_progress": ("In progress", "Em andamento"),
    "done": ("Done", "Concluído"),
    "dismissed": ("Dismissed", "Descartado"),
}

METRIC_KINDS: Final[Labels] = {
    "nps": ("NPS", "NPS"),
    "ces": ("CES", "CES"),
    "csat": ("CSAT", "CSAT"),
    "first_response_time": ("First response time", "Tempo de primeira resposta"),
    "resolution_time": ("Average resolution time", "Tempo médio de resolução"),
    "conversion": ("Conversion", "Conversão"),
    "retention": ("Retention", "Retenção"),
    "custom": ("Custom", "Personalizada"),
}

JOURNEY_KINDS: Final[Labels] = {
    "purchase": ("Purchase journey", "Jornada de compra"),
    "post_sale": ("Post-sale journey", "Jornada pós-venda"),
    "provider": ("Service provider's journey", "Jornada do prestador de serviço"),
    "service_desk": ("IT service desk", "Atendimento de TI"),
    "service_blueprint": ("Service blueprint", "Service blueprint"),
    "custom": ("Custom", "Personalizada"),
}

# The lane kind a new card of each kind lands in by default, and back.
DEFAULT_CARD_KIND_FOR_LANE: Final[dict[str, str]] = {
    "touchpoints": "touchpoint",
    "actions": "action",
    "channels": "touchpoint",
    "emotions": "touchpoint",
    "pain_points": "pain_point",
    "expectations": "text",
    "opportunities": "opportunity",
    "departments": "text",
    "backstage": "action",
    "metrics": "text",
    "notes": "note",
    "text": "text",
}

LANGUAGES: Final = ("en", "pt_BR")


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang.lower().startswith("pt") else pair[0]


def label(vocabulary: Labels, code: str | None, lang: str = "en") -> str:
    """The label of a code in a language ('en' or 'pt_BR'); an unknown code is shown as is."""
    if code is None:
        return ""
    pair = vocabulary.get(code)
    return _pick(pair, lang) if pair else code


def emotion_label(value: int | None, lang: str = "en") -> str:
    """The label of an emotion valence (-2..+2) in a language; empty for no emotion."""
    if value is None:
        return ""
    pair = EMOTIONS.get(int(value))
    return _pick(pair, lang) if pair else str(value)
