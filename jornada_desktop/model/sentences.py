"""Sentences of the layers without Qt: English text that remembers how it was made.

A `Sentence` is a `str` (the English sentence: `str()`, `==` and joining work as for any text)
that also keeps its `template` (English, with %1, %2… for the values) and its `args`, so that the
interface can translate the template and put the values back (jornada_desktop/messages.py).

The values of a sentence:

- a `Phrase` (such as "the card's title") is translated too, recursively;
- an int or a float is a quantity, written the interface's way (1,234 in English, 1.234 in pt_BR);
- any other value (a file's name, an id, a repr) is kept as it is: pass ids as `str(id)`.

A `Sentence` starts with a capital letter; a `Phrase` is a piece of one and keeps its case.
Templates are literal strings at each call, so `tools/ts_fill.py extract` collects them for
translation, and tests/test_i18n.py checks that every one is translated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(template: str, values: Sequence[str]) -> str:
    """The template with %1, %2… replaced by the values in one pass (a value's own %1 stays)."""

    def one(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return values[index - 1] if 1 <= index <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(one, template)


def capitalised(text: str) -> str:
    """The text with its first character in upper case."""
    return text[:1].upper() + text[1:]


def english(value: object) -> str:
    """A value as it is written in an English sentence."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,g}"
    return str(value)


_FIXED: dict[tuple[type, str], Phrase] = {}  # (class, template) -> the phrase, for phrases without values


class Phrase(str):
    """A piece of a sentence in English (e.g. "the card's title"), with its template and values."""

    capital: ClassVar[bool] = False
    template: str
    args: tuple[object, ...]

    def __new__(cls, template: str, *args: object) -> Phrase:
        """The English text of `template` with `args` in place of %1, %2…."""
        if not args:  # a fixed phrase ("the card's title") is made once: validation names fields per row
            known = _FIXED.get((cls, template))
            if known is not None:
                return known
        text = fill(template, [english(a) for a in args])
        self = super().__new__(cls, capitalised(text) if cls.capital else text)
        self.template = template
        self.args = args
        if not args:
            _FIXED[(cls, template)] = self
        return self

    def __getnewargs__(self) -> tuple[object, ...]:  # copies and pickles keep the template
        return (self.template, *self.args)


class Sentence(Phrase):
    """A whole sentence a person reads (its first letter is a capital one)."""

    capital = True


def joined(parts: Sequence[str], separator: str = "; ") -> Phrase:
    """Several sentences as one text, each part still translatable (its template has no words)."""
    return Phrase(separator.join(f"%{n + 1}" for n in range(len(parts))), *parts)
