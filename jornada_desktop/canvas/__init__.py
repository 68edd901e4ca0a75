"""canvas layer of Jornada."""
