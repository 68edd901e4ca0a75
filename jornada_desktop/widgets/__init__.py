"""widgets layer of Jornada."""
