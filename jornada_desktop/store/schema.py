"""Schema version 3 of the `.jornada` file: the SQL that creates it and what it must contain."""

from __future__ import annotations

from typing import Final

APPLICATION_ID: Final = 0x4A524E44  # "JRND"
SCHEMA_VERSION: Final = 3

# Tables added by version 2 (the workshop: participants, voting rounds and votes, the agenda; each
# persona's rating of a touchpoint, as-is and to-be);
# the migration to version 2 creates exactly these.
V2_TABLES_SQL: Final[dict[str, str]] = {
    "participants": """
        CREATE TABLE participants (
            id INTEGER PRIMARY KEY,
            journey_id INTEGER NOT NULL REFERENCES journeys(id),
            position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL,
            color TEXT NOT NULL,
            created_at TEXT NOT NULL DEFAULT ''
        )""",
    "vote_rounds": """
        CREATE TABLE vote_rounds (
            id INTEGER PRIMARY KEY,
            journey_id INTEGER NOT NULL REFERENCES journeys(id),
            title TEXT NOT NULL DEFAULT '',
            allowance INTEGER NOT NULL DEFAULT 0 CHECK (allowance >= 0),
            opened_at TEXT NOT NULL DEFAULT '',
            closed_at TEXT
        )""",
    "votes": """
        CREATE TABLE votes (
            id INTEGER PRIMARY KEY,
            journey_id INTEGER NOT NULL REFERENCES journeys(id),
            round_id INTEGER NOT NULL REFERENCES vote_rounds(id),
            participant_id INTEGER REFERENCES participants(id),
            card_id INTEGER REFERENCES cards(id),
            improvement_id INTEGER REFERENCES improvements(id),
            created_at TEXT NOT NULL DEFAULT '',
            CHECK ((card_id IS NULL) <> (improvement_id IS NULL))
        )""",
    "ratings": """
        CREATE TABLE ratings (
            id INTEGER PRIMARY KEY,
            journey_id INTEGER NOT NULL REFERENCES journeys(id),
            card_id INTEGER NOT NULL REFERENCES cards(id),
            persona_id INTEGER NOT NULL REFERENCES personas(id),
            scenario TEXT NOT NULL CHECK (scenario IN ('as_is', 'to_be')),
            value INTEGER NOT NULL CHECK (value BETWEEN -2 AND 2),
            reason TEXT NOT NULL DEFAULT '',
            UNIQUE (card_id, persona_id, scenario)
        )""",
    "measurements": """
        CREATE TABLE measurements (
            id INTEGER PRIMARY KEY,
            journey_id INTEGER NOT NULL REFERENCES journeys(id),
            metric_id INTEGER NOT NULL REFERENCES metrics(id),
            value REAL NOT NULL,
            measured_on TEXT,
            period TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            sample INTEGER CHECK (sample IS NULL OR sample >= 0),
            note TEXT NOT NULL DEFAULT ''
        )""",
    "agenda_steps": """
        CREATE TABLE agenda_steps (
            id INTEGER PRIMARY KEY,
            journey_id INTEGER NOT NULL REFERENCES journeys(id),
            position INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL,
            minutes INTEGER NOT NULL DEFAULT 10 CHECK (minutes BETWEEN 1 AND 600)
        )""",
}
V2_INDEXES_SQL: Final[dict[str, str]] = {
    "idx_participants_journey": "CREATE INDEX idx_participants_journey ON participants(journey_id, position)",
    "idx_vote_rounds_journey": "CREATE INDEX idx_vote_rounds_journey ON vote_rounds(journey_id)",
    "idx_votes_round": "CREATE INDEX idx_votes_round ON votes(round_id)",
    "idx_votes_journey": "CREATE INDEX idx_votes_journey ON votes(journey_id)",
    "idx_votes_card": "CREATE INDEX idx_votes_card ON votes(card_id)",
    "idx_votes_improvement": "CREATE INDEX idx_votes_improvement ON votes(improvement_id)",
    "idx_votes_participant": "CREATE INDEX idx_votes_participant ON votes(participant_id)",
    "idx_agenda_journey": "CREATE INDEX idx_agenda_journey ON agenda_steps(journey_id, position)",
    "idx_ratings_journey": "CREATE INDEX idx_ratings_journey ON ratings(journey_id)",
    "idx_measurements_metric": "CREATE INDEX idx_measurements_metric ON measurements(metric_id)",
    "idx_measurements_journey": "CREATE INDEX idx_measurements_journey ON measurements(journey_id)",
    "idx_ratings_persona": "CREATE INDEX idx_ratings_persona ON ratings(persona_id)",
}

# Tables added by version 3: quotes (evidence from research data, linked to a touchpoint) and the
# room (participants joining from their phones: the room's settings and code, each contribution
# with its idempotency key and moderation status, each participant's feeling per stage).
V3_TABLES_SQL: Final[dict[str, str]] = {
    "quotes": """
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            journey_id INTEGER NOT NULL REFERENCES journeys(id),
            card_id INTEGER REFERENCES cards(id),
            stage_id INTEGER REFERENCES stages(id),
            persona_id INTEGER REFERENCES personas(id),
            text TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            said_on TEXT,
            created_at TEXT NOT NULL DEFAULT ''
        )""",
    "rooms": """
        CREATE TABLE rooms (
            id INTEGER PRIMARY KEY,
            journey_id INTEGER NOT NULL REFERENCES journeys(id),
            code TEXT NOT NULL,
            moderated INTEGER NOT NULL DEFAULT 0 CHECK (moderated IN (0, 1)),
            silent INTEGER NOT NULL DEFAULT 0 CHECK (silent IN (0, 1)),
            revealed INTEGER NOT NULL DEFAULT 0 CHECK (revealed IN (0, 1)),
            created_at TEXT NOT NULL DEFAULT ''
        )""",
    "contributions": """
        CREATE TABLE contributions (
            id INTEGER PRIMARY KEY,
            journey_id INTEGER NOT NULL REFERENCES journeys(id),
            participant_id INTEGER REFERENCES participants(id),
            key TEXT NOT NULL UNIQUE,
            action TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT '',
            stage_id INTEGER REFERENCES stages(id),
            text TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected')),
            card_id INTEGER REFERENCES cards(id),
            created_at TEXT NOT NULL DEFAULT ''
        )""",
    "stage_feelings": """
        CREATE TABLE stage_feelings (
            id INTEGER PRIMARY KEY,
            journey_id INTEGER NOT NULL REFERENCES journeys(id),
            participant_id INTEGER NOT NULL REFERENCES participants(id),
            stage_id INTEGER NOT NULL REFERENCES stages(id),
            value INTEGER NOT NULL CHECK (value BETWEEN -2 AND 2),
            updated_at TEXT NOT NULL DEFAULT '',
            UNIQUE (participant_id, stage_id)
        )""",
}
V3_INDEXES_SQL: Final[dict[str, str]] = {
    "idx_quotes_journey": "CREATE INDEX idx_quotes_journey ON quotes(journey_id)",
    "idx_quotes_card": "CREATE INDEX idx_quotes_card ON quotes(card_id)",
    "idx_rooms_journey": "CREATE INDEX idx_rooms_journey ON rooms(journey_id)",
    "idx_contributions_journey": "CREATE INDEX idx_contributions_journey ON contributions(journey_id)",
    "idx_contributions_participant": "CREATE INDEX idx_contributions_participant ON contributions(participant_id)",
    "idx_contributions_card": "CREATE INDEX idx_contributions_card ON contributions(card_id)",
    "idx_feelings_journey": "CREATE INDEX idx_feelings_journey ON stage_feelings(journey_id)",
    "idx_feelings_stage": "CREATE INDEX idx_feelings_stage ON stage_feelings(stage_id)",
}

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
            updated_at TEXT NOT NULL DEFAULT '',
            uuid TEXT NOT NULL DEFAULT ''
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
            source TEXT NOT NULL DEFAULT '',
            review_days INTEGER CHECK (review_days IS NULL OR review_days BETWEEN 1 AND 3660)
        )""",
    **V2_TABLES_SQL,
    # version 3 gave a participant a secret: the hash of the token their phone holds in a room
    "participants": V2_TABLES_SQL["participants"].replace(
        "created_at TEXT NOT NULL DEFAULT ''", "created_at TEXT NOT NULL DEFAULT '',\n            secret TEXT NOT NULL DEFAULT ''"),
    **V3_TABLES_SQL,
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
    **V2_INDEXES_SQL,
    **V3_INDEXES_SQL,
}

# What each version added: a file of an older version lacks these until it is migrated.
ADDED_TABLES: Final[dict[int, tuple[str, ...]]] = {2: tuple(V2_TABLES_SQL), 3: tuple(V3_TABLES_SQL)}
ADDED_COLUMNS: Final[dict[int, tuple[tuple[str, str], ...]]] = {
    2: (("journeys", "uuid"), ("metrics", "review_days")),
    3: (("participants", "secret"),),
}


def tables_of_version(version: int) -> tuple[str, ...]:
    """The tables a file of this version holds."""
    later = {t for v, names in ADDED_TABLES.items() if v > version for t in names}
    return tuple(t for t in TABLES_SQL if t not in later)


def columns_missing_in_version(version: int) -> frozenset[tuple[str, str]]:
    """The (table, column) pairs added after this version (absent from such a file)."""
    return frozenset(pair for v, pairs in ADDED_COLUMNS.items() if v > version for pair in pairs)


ENTITY_TABLES: Final = (
    "personas", "journeys", "journey_personas", "stages", "lanes", "cards", "improvements", "metrics",
    "participants", "vote_rounds", "votes", "agenda_steps", "ratings", "measurements",
    "quotes", "rooms", "contributions", "stage_feelings",
)
