"""Qt's own texts that Qt's Brazilian Portuguese translation (qtbase_pt_BR) lacks.

Qt 6 renamed a few labels of its file dialog ("&Look in:", "Files of &type:"), and its pt_BR
catalogue still has only the old ones, so a pt_BR user read English there. Jornada's own
translation carries them, in Qt's contexts; Qt's translator is asked first and, finding nothing,
leaves them to Jornada's. `collect()` exists so that `make lupdate` finds them; nothing calls it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def collect() -> list[str]:
    """The texts, translated (only for lupdate to see them)."""
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
    ]
