"""Errors of the model layer: each carries a sentence a person understands."""

from __future__ import annotations


class ValidationError(ValueError):
    """Raised when an entity breaks a rule; `messages` lists every broken rule.

    Each message is a `model.sentences.Sentence` (English, with its template), so that the
    interface can show it in its own language: `jornada_desktop.messages.error_text(error)`.
    """

    def __init__(self, messages: list[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = messages
