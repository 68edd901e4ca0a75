"""editing layer of Jornada."""
