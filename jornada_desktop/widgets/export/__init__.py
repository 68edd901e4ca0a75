"""Exports and imports from the window: the export dialog and its actions."""
