"""Personas: library, strip over the canvas, editor, sheet, photos, import/export; `install` joins them to the window."""
