"""Workshop mode: presentation (F5), countdown, and the features a facilitator uses from the window (`features`)."""
