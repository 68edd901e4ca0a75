"""The interface language: which one to use, and installing (or switching) Qt translators."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from jornada_desktop.paths import resource

SUPPORTED = ("en", "pt_BR")
_PROPERTY = "_jornada_translators"


def system_language(locale: QLocale | None = None) -> str:
    """'pt_BR' for a Portuguese system, 'en' otherwise."""
    name = (locale or QLocale.system()).name()
    return "pt_BR" if name.startswith("pt") else "en"


def effective_language(preferred: str = "") -> str:
    """The language to use: the preference when set to a supported one, else the system's."""
    return preferred if preferred in SUPPORTED else system_language()


def qm_path(lang: str, folder: str | None = None) -> str:
    """The compiled translation file of a language (in `folder`, or in the bundled resources)."""
    name = f"jornada_{lang}.qm"
    return str(Path(folder) / name) if folder else str(resource("translations", name))


def current_language(app: QCoreApplication | None = None) -> str:
    """The language installed by `install_language` (the system's when none was installed)."""
    app = app or QCoreApplication.instance()
    lang = getattr(app, "_jornada_language", "") if app is not None else ""
    return lang or system_language()


class JornadaTranslator(QTranslator):
    """Jornada's own translations. A text missing from its context is also looked up without one:
    lupdate files strings passed through a helper function (`tr(text)`) under an empty context."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._answers: dict[tuple[str, str, str | None, int], str | None] = {}

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str | None:
        """The translation of a text, in its context or else in the empty context; None when there is none.

        (None, not "", so that Qt asks the next translator and falls back to the source text.)
        Answers are kept: Qt asks this Python method for every text it translates, up to five
        look-ups for a text that has no translation (English), and the file never changes once loaded.
        """
        key = (context, source, disambiguation, n)
        cache = self._answers
        if key in cache:
            return cache[key]
        found = self._look_up(context, source, disambiguation, n)
        if len(cache) > 50_000:  # (plural forms are asked per number)
            cache.clear()
        cache[key] = found
        return found

    def _look_up(self, context: str, source: str, disambiguation: str | None, n: int) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        if context:
            for disamb in dict.fromkeys((disambiguation, None)):
                for count in dict.fromkeys((n, -1)):  # a plain message used with %n: Qt replaces %n after
                    found = super().translate("", source, disamb, count)
                    if found:
                        return found
        return None


def install_language(app: QCoreApplication, lang: str, folder: str | None = None) -> list[QTranslator]:
    """Make `lang` the interface language: replace Jornada's and Qt's translators, set the QLocale.

    Widgets receive a LanguageChange event; dates and numbers follow the default QLocale.
    """
    lang = lang if lang in SUPPORTED else "en"
    for old in getattr(app, _PROPERTY, []):
        app.removeTranslator(old)
    loaded: list[QTranslator] = []
    own = JornadaTranslator(app)
    if own.load(qm_path(lang, folder)):
        app.installTranslator(own)
        loaded.append(own)
    qt = QTranslator(app)
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        loaded.append(qt)
    setattr(app, _PROPERTY, loaded)
    app._jornada_language = lang  # type: ignore[attr-defined]
    QLocale.setDefault(QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil)
                       if lang == "pt_BR" else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return loaded



# ---- dates the language's way (the one helper every table, field and dialog uses) -------------
def date_pattern() -> str:
    """The short date pattern of the interface's locale, with a four-digit year (pt_BR dd/MM/yyyy)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def show_date(iso: str | None) -> str:
    """A stored date (YYYY-MM-DD) as the interface's locale writes it; '' for none."""
    if not iso:
        return ""
    from PySide6.QtCore import QDate

    date = QDate.fromString(iso, "yyyy-MM-dd")
    return QLocale().toString(date, date_pattern()) if date.isValid() else iso


def read_date(text: str | None) -> str | None:
    """A date typed the locale's way or as YYYY-MM-DD, as stored (YYYY-MM-DD); None when it is not
    a date (the caller says so); '' stays ''."""
    from PySide6.QtCore import QDate

    text = (text or "").strip()
    if not text:
        return ""
    for pattern in ("yyyy-MM-dd", date_pattern()):
        date = QLocale().toDate(text, pattern) if pattern != "yyyy-MM-dd" else QDate.fromString(text, pattern)
        if date.isValid():
            return date.toString("yyyy-MM-dd")
    return None
