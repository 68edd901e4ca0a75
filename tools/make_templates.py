"""Write the bundled journey templates (resources/templates/*.json) in en and pt_BR.

Run `python tools/make_templates.py`; the JSON files are committed, this script is their source.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "templates"
T = tuple[str, str]  # (en, pt_BR)

LANE_TITLES: dict[str, T] = {
    "touchpoints": ("Touchpoints", "Pontos de contato"),
    "actions": ("Customer actions", "Ações do cliente"),
    "channels": ("Channels", "Canais"),
    "emotions": ("Emotions", "Emoções"),
    "pain_points": ("Pain points", "Pontos de dor"),
    "expectations": ("Expectations", "Expectativas"),
    "opportunities": ("Opportunities", "Oportunidades"),
    "departments": ("Departments", "Departamentos"),
    "backstage": ("Backstage", "Bastidores"),
    "metrics": ("Metrics", "Métricas"),
    "notes": ("Notes", "Notas"),
}


def lanes(*kinds: str, titles: dict[str, T] | None = None) -> list[tuple[str, T]]:
    return [(k, (titles or {}).get(k, LANE_TITLES[k])) for k in kinds]


PERSONA_ANA = {
    "name": ("Ana Souza", "Ana Souza"),
    "role": ("Online shopper, 34, marketing analyst", "Compradora online, 34 anos, analista de marketing"),
    "quote": ("I want to solve it in one contact, without repeating myself.",
              "Quero resolver em um contato, sem repetir minha história."),
    "goals": ("Buy a reliable product at a fair price; get quick answers.",
              "Comprar um produto confiável por um preço justo; ter respostas rápidas."),
    "expectations": ("Clear prices, delivery on time, support on the channel she chooses.",
                     "Preços claros, entrega no prazo, atendimento no canal que ela escolher."),
    "frustrations": ("Long waits on the phone, being passed between departments.",
                     "Longas esperas no telefone, ser transferida entre departamentos."),
    "channels": "social,email,chat,self_service",
    "color": "#E45756",
}

# card: (stage index, lane kind, kind, (title en, pt), channel, emotion, department, (body en, pt))
PURCHASE = {
    "name": "compra",
    "kind": "purchase",
    "title": ("Purchase journey", "Jornada de compra"),
    "description": ("From first hearing of the product to the first weeks after buying.",
                    "Do primeiro contato com o produto às primeiras semanas após a compra."),
    "stages": [("Awareness", "Conscientização"), ("Consideration", "Consideração"),
               ("Decision", "Decisão"), ("Purchase", "Compra"), ("Post-purchase", "Pós-compra")],
    "lanes": lanes("touchpoints", "actions", "emotions", "pain_points", "opportunities", "departments",
                   "metrics"),
    "personas": [PERSONA_ANA],
    "cards": [
        (0, "touchpoints", "touchpoint", ("Ad on social media", "Anúncio nas redes sociais"), "social", 1,
         "Marketing", ("Sees a sponsored post from a friend's share.", "Vê um post patrocinado compartilhado por uma amiga.")),
        (0, "actions", "action", ("Follows the brand", "Segue a marca"), "social", None, "", ("", "")),
        (1, "touchpoints", "touchpoint", ("Compares prices on the website", "Compara preços no site"),
         "website", 0, "E-commerce", ("", "")),
        (1, "touchpoints", "touchpoint", ("Newsletter with a coupon", "Newsletter com cupom"), "email", 1,
         "Marketing", ("", "")),
        (2, "touchpoints", "touchpoint", ("Asks about delivery on the chat", "Pergunta sobre entrega no chat"),
         "chat", -1, "Customer service", ("The bot does not understand the question.", "O robô não entende a pergunta.")),
        (2, "pain_points", "pain_point", ("Waiting time on the phone", "Tempo de espera no telefone"),
         "waiting", -2, "Customer service", ("25 minutes on hold to confirm the delivery date.",
                                             "25 minutos de espera para confirmar a data de entrega.")),
        (3, "touchpoints", "touchpoint", ("Pays on the self-service portal", "Paga no portal de autoatendimento"),
         "self_service", 2, "E-commerce", ("", "")),
        (3, "actions", "action", ("Receives the order confirmation by e-mail", "Recebe a confirmação por e-mail"),
         "email", None, "", ("", "")),
        (4, "touchpoints", "touchpoint", ("Calls about a late delivery", "Liga sobre atraso na entrega"),
         "phone", -2, "Logistics", ("", "")),
        (4, "touchpoints", "touchpoint", ("Satisfaction survey (NPS)", "Pesquisa de satisfação (NPS)"),
         "email", 0, "Customer experience", ("", "")),
        (4, "opportunities", "opportunity", ("Proactive delivery updates", "Avisos proativos de entrega"),
         "app", None, "Logistics", ("", "")),
        (1, "pain_points", "pain_point", ("Shipping cost shown only at checkout", "Frete só aparece no fim"),
         "website", -1, "E-commerce", ("", "")),
    ],
    "improvements": [
        {"title": ("Callback instead of waiting on the line", "Retorno de ligação em vez de espera na linha"),
         "card": 5, "impact": 5, "effort": 2, "owner": "Customer service", "status": "open", "votes": 3},
        {"title": ("Show shipping cost on the product page", "Mostrar o frete na página do produto"),
         "card": 11, "impact": 4, "effort": 3, "owner": "E-commerce", "status": "in_progress", "votes": 1},
    ],
    "metrics": [
        {"kind": "nps", "name": ("Net Promoter Score", "Net Promoter Score"), "unit": "", "target": 50.0,
         "actual": 32.0, "stage": 4, "source": ("Quarterly survey", "Pesquisa trimestral")},
        {"kind": "ces", "name": ("Customer Effort Score", "Customer Effort Score"), "unit": "1-7",
         "target": 5.5, "actual": 4.1, "stage": 2, "source": ("Post-contact survey", "Pesquisa pós-contato")},
    ],
}

POST_SALE = {
    "name": "pos_venda",
    "kind": "post_sale",
    "title": ("Post-sale journey", "Jornada pós-venda"),
    "description": ("From delivery to renewal: support, problems and loyalty.",
                    "Da entrega à renovação: suporte, problemas e fidelização."),
    "stages": [("Delivery", "Entrega"), ("First use", "Primeiro uso"), ("Support", "Suporte"),
               ("Resolution", "Resolução"), ("Loyalty", "Fidelização")],
    "lanes": lanes("touchpoints", "emotions", "pain_points", "opportunities", "metrics"),
    "personas": [PERSONA_ANA],
    "cards": [
        (0, "touchpoints", "touchpoint", ("Tracking e-mail", "E-mail de rastreio"), "email", 1, "Logistics", ("", "")),
        (1, "touchpoints", "touchpoint", ("Online manual", "Manual online"), "website", 0, "Product", ("", "")),
        (2, "touchpoints", "touchpoint", ("Opens a ticket on the portal", "Abre chamado no portal"),
         "self_service", -1, "Support", ("", "")),
        (2, "pain_points", "pain_point", ("No answer in 48 h", "Sem resposta em 48 h"), "waiting", -2,
         "Support", ("", "")),
        (3, "touchpoints", "touchpoint", ("Chat solves the problem", "Chat resolve o problema"), "chat", 1,
         "Support", ("", "")),
        (4, "touchpoints", "touchpoint", ("Renewal offer", "Oferta de renovação"), "email", 2, "Sales", ("", "")),
    ],
    "improvements": [
        {"title": ("First-response target of 4 hours", "Meta de primeira resposta em 4 horas"), "card": 3,
         "impact": 5, "effort": 3, "owner": "Support", "status": "open", "votes": 0},
    ],
    "metrics": [
        {"kind": "first_response_time", "name": ("First response time", "Tempo de primeira resposta"),
         "unit": "h", "target": 4.0, "actual": 30.0, "stage": 2, "source": ("Help desk", "Help desk")},
        {"kind": "retention", "name": ("Renewal rate", "Taxa de renovação"), "unit": "%", "target": 80.0,
         "actual": 71.0, "stage": 4, "source": ("CRM", "CRM")},
    ],
}

PROVIDER = {
    "name": "prestador",
    "kind": "provider",
    "title": ("Service provider's journey", "Jornada do prestador de serviço"),
    "description": ("The journey of the professional who delivers the service.",
                    "A jornada do profissional que entrega o serviço."),
    "stages": [("Receives the order", "Recebe o pedido"), ("Plans the visit", "Planeja a visita"),
               ("Delivers the service", "Executa o serviço"), ("Closes and reports", "Encerra e registra")],
    "lanes": lanes("actions", "touchpoints", "emotions", "pain_points", "backstage", "opportunities"),
    "personas": [{
        "name": ("Carlos Lima", "Carlos Lima"), "role": ("Field technician", "Técnico de campo"),
        "quote": ("I need the right information before I leave.", "Preciso da informação certa antes de sair."),
        "goals": ("Solve at the first visit.", "Resolver na primeira visita."),
        "expectations": ("Complete orders, parts in stock.", "Ordens completas, peças em estoque."),
        "frustrations": ("Missing address details.", "Endereço incompleto."), "channels": "app,phone",
        "color": "#54A24B"}],
    "cards": [
        (0, "touchpoints", "touchpoint", ("Order arrives in the app", "Ordem chega pelo aplicativo"), "app", 0, "Operations", ("", "")),
        (1, "pain_points", "pain_point", ("Incomplete address", "Endereço incompleto"), "app", -1, "Operations", ("", "")),
        (2, "touchpoints", "touchpoint", ("Customer at home", "Cliente em casa"), "in_person", 2, "Field", ("", "")),
        (3, "backstage", "action", ("Report typed twice", "Relatório digitado duas vezes"), "other", -1, "Back office", ("", "")),
    ],
    "improvements": [],
    "metrics": [],
}

SERVICE_DESK = {
    "name": "service_desk",
    "kind": "service_desk",
    "title": ("IT service desk", "Atendimento de TI (service desk)"),
    "description": ("An employee asks IT for help, from the incident to the closed ticket.",
                    "Um colaborador pede ajuda à TI, do incidente ao chamado encerrado."),
    "stages": [("Incident", "Incidente"), ("Contact", "Contato"), ("Triage", "Triagem"),
               ("Resolution", "Resolução"), ("Closure", "Encerramento")],
    "lanes": lanes("touchpoints", "emotions", "pain_points", "departments", "metrics"),
    "personas": [],
    "cards": [
        (0, "touchpoints", "touchpoint", ("Laptop does not start", "Notebook não liga"), "other", -1, "", ("", "")),
        (1, "touchpoints", "touchpoint", ("Calls the service desk", "Liga para o service desk"), "phone", -1, "Service desk", ("", "")),
        (1, "touchpoints", "touchpoint", ("Opens a ticket on the portal", "Abre chamado no portal"), "self_service", 0, "Service desk", ("", "")),
        (2, "pain_points", "pain_point", ("Ticket bounced between teams", "Chamado pula entre equipes"), "waiting", -2, "Level 2", ("", "")),
        (3, "touchpoints", "touchpoint", ("Remote access fixes it", "Acesso remoto resolve"), "chat", 1, "Level 2", ("", "")),
        (4, "touchpoints", "touchpoint", ("CSAT survey", "Pesquisa CSAT"), "email", 1, "Service desk", ("", "")),
    ],
    "improvements": [
        {"title": ("Routing rules by category", "Regras de roteamento por categoria"), "card": 3,
         "impact": 4, "effort": 2, "owner": "Service desk", "status": "open", "votes": 0},
    ],
    "metrics": [
        {"kind": "resolution_time", "name": ("Average resolution time", "Tempo médio de resolução"),
         "unit": "h", "target": 8.0, "actual": 19.5, "stage": 3, "source": ("ITSM tool", "Ferramenta ITSM")},
        {"kind": "csat", "name": ("CSAT", "CSAT"), "unit": "%", "target": 90.0, "actual": 84.0, "stage": 4,
         "source": ("Survey", "Pesquisa")},
    ],
}

BLUEPRINT = {
    "name": "blueprint",
    "kind": "service_blueprint",
    "title": ("Service blueprint", "Service blueprint"),
    "description": ("Customer actions, frontstage, backstage and support processes.",
                    "Ações do cliente, linha de frente, bastidores e processos de apoio."),
    "stages": [("Arrive", "Chegada"), ("Request", "Solicitação"), ("Service", "Atendimento"),
               ("Leave", "Saída")],
    "lanes": [("actions", ("Customer actions", "Ações do cliente")),
              ("touchpoints", ("Frontstage", "Linha de frente")),
              ("backstage", ("Backstage", "Bastidores")),
              ("departments", ("Support processes", "Processos de apoio"))],
    "personas": [],
    "cards": [
        (0, "actions", "action", ("Arrives at the branch", "Chega à agência"), "in_person", None, "", ("", "")),
        (1, "touchpoints", "touchpoint", ("Greeted at reception", "Recebido na recepção"), "in_person", 1, "Front office", ("", "")),
        (2, "backstage", "action", ("Checks records", "Consulta o cadastro"), "other", None, "Back office", ("", "")),
        (2, "departments", "text", ("CRM system", "Sistema de CRM"), None, None, "IT", ("", "")),
    ],
    "improvements": [],
    "metrics": [],
}

BLANK = {
    "name": "em_branco",
    "kind": "custom",
    "title": ("Blank journey", "Jornada em branco"),
    "description": ("", ""),
    "stages": [("Stage 1", "Etapa 1"), ("Stage 2", "Etapa 2"), ("Stage 3", "Etapa 3")],
    "lanes": lanes("touchpoints", "emotions", "pain_points"),
    "personas": [],
    "cards": [],
    "improvements": [],
    "metrics": [],
}

TEMPLATES = [PURCHASE, POST_SALE, PROVIDER, SERVICE_DESK, BLUEPRINT, BLANK]


def build(t: dict, lang: int) -> dict:
    """The journey JSON of a template in one language (0 en, 1 pt_BR)."""
    lane_keys = {kind: f"l{i + 1}" for i, (kind, _) in enumerate(t["lanes"])}
    personas = []
    for i, p in enumerate(t["personas"]):
        personas.append({"key": f"p{i + 1}", **{k: (v[lang] if isinstance(v, tuple) else v)
                                              for k, v in p.items()}, "photo": None})
    cards = []
    for i, (stage, lane, kind, title, channel, emotion, dept, body) in enumerate(t["cards"]):
        cards.append({
            "key": f"c{i + 1}", "stage": f"s{stage + 1}", "lane": lane_keys[lane], "parent": None,
            "persona": "p1" if personas and kind == "touchpoint" else None,
            "kind": kind, "title": title[lang], "body": body[lang], "channel": channel,
            "department": dept, "emotion": emotion, "emotion_label": "", "emotion_to_be": None,
            "evidence": "observed" if kind in ("touchpoint", "pain_point") else None,
            "color": None, "participant": "",
        })
    improvements = []
    for imp in t["improvements"]:
        card = t["cards"][imp["card"]]
        improvements.append({
            "card": f"c{imp['card'] + 1}", "stage": f"s{card[0] + 1}", "title": imp["title"][lang],
            "description": "", "impact": imp["impact"], "effort": imp["effort"], "votes": imp["votes"],
            "status": imp["status"], "owner": imp["owner"], "department": imp["owner"],
            "due_date": "2027-03-31", "follow_up": "2027-01-15", "metric": "", "target": "",
        })
    metrics = [{
        "card": None, "stage": f"s{m['stage'] + 1}", "kind": m["kind"], "name": m["name"][lang],
        "unit": m["unit"], "target": m["target"], "actual": m["actual"], "measured_at": "2026-10-01",
        "source": m["source"][lang],
    } for m in t["metrics"]]
    return {
        "format": "jornada-journey",
        "version": 1,
        "journey": {"title": t["title"][lang], "kind": t["kind"], "description": t["description"][lang],
                    "structure_locked": 0},
        "personas": personas,
        "persona_links": [{"persona": p["key"], "color": None} for p in personas],
        "stages": [{"key": f"s{i + 1}", "name": s[lang], "description": "", "color": None}
                   for i, s in enumerate(t["stages"])],
        "lanes": [{"key": lane_keys[k], "kind": k, "title": title[lang], "hidden": 0}
                  for k, title in t["lanes"]],
        "cards": cards,
        "improvements": improvements,
        "metrics": metrics,
    }


def main() -> None:
    """Write every template in both languages."""
    OUT.mkdir(parents=True, exist_ok=True)
    for t in TEMPLATES:
        for lang, suffix in ((0, "en"), (1, "pt_BR")):
            path = OUT / f"{t['name']}.{suffix}.json"
            path.write_text(json.dumps(build(t, lang), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(path.relative_to(OUT.parent.parent))


if __name__ == "__main__":
    main()
