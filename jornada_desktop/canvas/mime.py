"""Mime types the canvas understands in drags."""

from __future__ import annotations

PALETTE_MIME = "application/x-jornada-card-kind"
"""A card kind code (utf-8) dragged from the palette."""
