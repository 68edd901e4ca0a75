"""exports layer of Jornada."""
