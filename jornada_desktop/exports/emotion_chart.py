"""A picture of the emotion curve (matplotlib Figure + Agg, imported only when a picture is drawn)."""

from __future__ import annotations

import io

from jornada_desktop.model.vocabulary import EMOTIONS, emotion_label

Series = list[tuple[str, str, list[float | None]]]
MARGINS = (0.16, 0.98, 0.9, 0.25)  # left, right, top (with a title), bottom: fractions of the figure
RIGHT_WITH_LEGEND = 0.8  # the legend stands right of the plot, never over a line
LEGEND_NAME = 18  # characters of a series name in the legend (longer ones end in "…")


def _short(name: str) -> str:
    return name if len(name) <= LEGEND_NAME else name[:LEGEND_NAME - 1].rstrip() + "…"


def has_points(series: Series) -> bool:
    """Whether any series has at least one value to draw."""
    return any(value is not None for _, _, values in series for value in values)


def emotion_curve_png(stage_names: list[str], series: Series, lang: str, title: str = "",
                      size: tuple[float, float] = (7.5, 3.2), dpi: int = 110) -> bytes:
    """PNG bytes of the emotion curve: one line per series across the stages, −2..+2."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    xs = list(range(len(stage_names)))
    for name, color, values in series:
        points = [(x, y) for x, y in zip(xs, values, strict=False) if y is not None]
        if not points:
            continue
        ax.plot([p[0] for p in points], [p[1] for p in points], marker="o", linewidth=2,
                color=color if color and color.startswith("#") else None, label=_short(name) or None)
    ax.set_ylim(-2.4, 2.4)
    ax.set_yticks(sorted(EMOTIONS))
    ax.set_yticklabels([f"{v:+d} {emotion_label(v, lang)}" if v else f"0 {emotion_label(v, lang)}"
                        for v in sorted(EMOTIONS)], fontsize=8)
    ax.set_xticks(xs)
    ax.set_xticklabels([n[:18] for n in stage_names], fontsize=8, rotation=20, ha="right")
    ax.axhline(0, color="#999999", linewidth=0.8)
    ax.grid(axis="y", alpha=0.3)
    if title:
        ax.set_title(title[:80], fontsize=10)
    legend = any(name for name, _, values in series if any(x is not None for x in values))
    if legend:
        # Right of the plot at a fixed place: loc="best" tried every corner against every point
        # (a third of the chart's time) and could still cover a line.
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0.0, frameon=False)
    # Fixed margins instead of tight_layout(), which measures every label (a third of the
    # chart's time): the y labels ("+2 feliz"), stage names of at most 18 characters at 20°, the
    # title and legend names of at most 18 characters fit them at this size.
    fig.subplots_adjust(left=MARGINS[0], right=RIGHT_WITH_LEGEND if legend else MARGINS[1],
                        top=MARGINS[2] if title else 0.96, bottom=MARGINS[3])
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()
