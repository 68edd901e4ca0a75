"""The improvement backlog: its table model, panel, editor, dot voting and the impact × effort matrix; `install` joins them to the window."""
