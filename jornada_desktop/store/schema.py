"""Schema version 1 of the `.jornada` file: the SQL that creates it and what it must contain."""

from __future__ import annotations

from typing import Final

APPLICATION_ID: Final = 0x4A524E44  # "JRND"
SCHEMA_VERSION: Final = 1

TABLES_SQL: Final[dict[str, str]] = {
    "meta": """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT
        )""",
    "personas": """
        CREATE TABLE personas (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            quote TEXT NOT NULL DEFAULT '',
            goals TEXT NOT NULL DEFAULT '',
            expectations TEXT NOT NULL DEFAULT '',
            frustrations TEXT NOT NULL DEFAULT '',
            channels TEXT NOT NULL DEFAULT '',
            photo BLOB,
            color TEXT NOT NULL DEFAULT '#4C78A8',
            created_at TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT ''
        )""",
    "journeys": """
        CREATE TABLE journeys (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'custom',
            description TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            structure_locked INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT ''
        )""",
    "journey_personas": """
        CREATE TABLE journey_personas (
            id INTEGER PRIMARY KEY,
            journey_id INTEGER NOT NULL REFERENCES journeys(id),
            persona_id INTEGER NOT NULL REFERENCES personas(id),
            color TEXT,
            UNIQUE (journey_id, persona_id)
        )""",
    "stages": """
        CREATE TABLE stages (
            id INTEGER PRIMARY KEY,
            journey_id INTEGER NOT NULL REFERENCES journeys(id),
            position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            color TEXT
        )""",
    "lanes": """
        CREATE TABLE lanes (
            id INTEGER PRIMARY KEY,
            journey_id INTEGER NOT NULL REFERENCES journeys(id),
            position INTEGER NOT NULL DEFAULT 0,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            hidden INTEGER NOT NULL DEFAULT 0
        )""",
    "cards": """
        CREATE TABLE cards (
            id INTEGER PRIMARY KEY,
            journey_id INTEGER NOT NULL REFERENCES journeys(id),
            stage_id INTEGER NOT NULL REFERENCES stages(id),
            lane_id INTEGER NOT NULL REFERENCES lanes(id),
            position INTEGER NOT NULL DEFAULT 0,
            kind TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            channel TEXT,
            department TEXT NOT NULL DEFAULT '',
            emotion INTEGER CHECK (emotion IS NULL OR emotion BETWEEN -2 AND 2),
            emotion_label TEXT NOT NULL DEFAULT '',
            emotion_to_be INTEGER CHECK (emotion_to_be IS NULL OR emotion_to_be BETWEEN -2 AND 2),
            persona_id INTEGER REFERENCES personas(id),
            evidence TEXT,
            color TEXT,
            parent_id INTEGER REFERENCES cards(id),
            participant TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT ''
        )""",
    "improvements": """
        CREATE TABLE improvements (
            id INTEGER PRIMARY KEY,
            journey_id INTEGER NOT NULL REFERENCES journeys(id),
            card_id INTEGER REFERENCES cards(id),
            stage_id INTEGER REFERENCES stages(id),
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            impact INTEGER NOT NULL DEFAULT 3 CHECK (impact BETWEEN 1 AND 5),
            effort INTEGER NOT NULL DEFAULT 3 CHECK (effort BETWEEN 1 AND 5),
            votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
            status TEXT NOT NULL DEFAULT 'open',
            owner TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL DEFAULT '',
            due_date TEXT,
            follow_up TEXT,
            metric TEXT NOT NULL DEFAULT '',
            target TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT ''
        )""",
    "metrics": """
        CREATE TABLE metrics (
            id INTEGER PRIMARY KEY,
            journey_id INTEGER NOT NULL REFERENCES journeys(id),
            stage_id INTEGER REFERENCES stages(id),
            card_id INTEGER REFERENCES cards(id),
            kind TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            target REAL,
            actual REAL,
            measured_at TEXT,
            source TEXT NOT NULL DEFAULT ''
        )""",
}

INDEXES_SQL: Final[dict[str, str]] = {
    "idx_stages_journey": "CREATE INDEX idx_stages_journey ON stages(journey_id, position)",
    "idx_lanes_journey": "CREATE INDEX idx_lanes_journey ON lanes(journey_id, position)",
    "idx_cards_cell": "CREATE INDEX idx_cards_cell ON cards(journey_id, stage_id, lane_id, position)",
    "idx_cards_lane": "CREATE INDEX idx_cards_lane ON cards(lane_id)",
    "idx_cards_parent": "CREATE INDEX idx_cards_parent ON cards(parent_id)",
    "idx_cards_persona": "CREATE INDEX idx_cards_persona ON cards(persona_id)",
    "idx_improvements_journey": "CREATE INDEX idx_improvements_journey ON improvements(journey_id)",
    "idx_improvements_card": "CREATE INDEX idx_improvements_card ON improvements(card_id)",
    "idx_improvements_stage": "CREATE INDEX idx_improvements_stage ON improvements(stage_id)",
    "idx_metrics_journey": "CREATE INDEX idx_metrics_journey ON metrics(journey_id)",
    "idx_metrics_stage": "CREATE INDEX idx_metrics_stage ON metrics(stage_id)",
    "idx_metrics_card": "CREATE INDEX idx_metrics_card ON metrics(card_id)",
    "idx_jp_persona": "CREATE INDEX idx_jp_persona ON journey_personas(persona_id)",
}

ENTITY_TABLES: Final = (
    "personas", "journeys", "journey_personas", "stages", "lanes", "cards", "improvements", "metrics",
)
