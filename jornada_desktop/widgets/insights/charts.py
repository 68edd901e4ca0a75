"""The insights charts as matplotlib Figures (Figure + Agg, imported lazily), and saving one as PNG.

Each function draws the numbers of `jornada_desktop.model.insights` into a Figure, so the
dashboard, a PNG file and the workbook show the same figures.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from jornada_desktop.model import vocabulary as v
from jornada_desktop.model.insights import Insights

CHART_KEYS = ("emotion", "happiness", "pain_points", "backlog", "metrics")
MAX_METRIC_PLOTS = 6
STATUS_COLORS = {"open": "#4C78A8", "in_progress": "#F58518", "done": "#54A24B", "dismissed": "#9D9DA3"}
ALL_COLOR = "#5B6370"


class ChartError(OSError):
    """A chart could not be saved; the message is a sentence for the user."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def chart_title(key: str) -> str:
    """The translated title of a chart."""
    return {"emotion": _tr("Average emotion per stage"), "happiness": _tr("Happiness index per stage"),
            "pain_points": _tr("Pain points per stage"), "backlog": _tr("Backlog by status"),
            "metrics": _tr("Metrics over time")}[key]


def new_figure(width: float = 6.0, height: float = 3.6) -> Any:
    """An empty Figure with an Agg canvas (no pyplot, no window)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def _wrap(name: str, width: int = 14) -> str:
    words, lines, line = name.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)


def _stage_ticks(ax: Any, stages: tuple[str, ...]) -> None:
    """Stage names under the x axis, wrapped, and slanted when they would collide."""
    labels = [_wrap(s) for s in stages]
    longest = max((len(line) for label in labels for line in label.split("\n")), default=0)
    crowded = longest * len(stages) > 55
    ax.set_xticks(range(len(stages)), labels, fontsize=8, rotation=25 if crowded else 0,
                  ha="right" if crowded else "center", rotation_mode="anchor")


def whose(data: Insights) -> str:
    """Whose figures a chart shows: everyone or a persona, as-is or to-be."""
    from jornada_desktop.model.insights import ROOM

    if data.persona_id == ROOM:
        name = _tr("The room")
    else:
        name = next((r.name for r in data.emotion if r.persona_id == data.persona_id), "") \
            if data.persona_id is not None else _tr("Everyone")
    return (_tr("%1, to-be") if data.scenario == "to_be" else _tr("%1, as-is")).replace("%1", name)


def draw_emotion(figure: Any, data: Insights, lang: str = "en") -> None:
    """Lines of the average emotion per stage: all touchpoints, one per persona, the room's."""
    from jornada_desktop.model.insights import ROOM

    ax = figure.add_subplot()
    xs = list(range(len(data.stages)))
    for row in data.emotion:
        points = [(x, y) for x, y in zip(xs, row.values, strict=True) if y is not None]
        if not points:
            continue
        is_all = row.persona_id is None
        is_room = row.persona_id == ROOM
        label = _tr("All touchpoints") if is_all else _tr("The room (phones)") if is_room else row.name
        ax.plot([p[0] for p in points], [p[1] for p in points], marker="o",
                color=ALL_COLOR if is_all else row.color, linewidth=3 if is_all else 2,
                linestyle="--" if is_all else ":" if is_room else "-", label=label)
    ax.set_ylim(-2.4, 2.4)
    ax.set_title(whose(data), fontsize=9)
    ax.set_yticks(range(-2, 3), [v.emotion_label(n, lang) for n in range(-2, 3)])
    _stage_ticks(ax, data.stages)
    ax.axhline(0, color="#BBBBBB", linewidth=1)
    ax.grid(axis="y", color="#EEEEEE")
    if ax.get_legend_handles_labels()[0]:
        ax.legend(loc="best", fontsize=8, frameon=False)


def draw_happiness(figure: Any, data: Insights, lang: str = "en") -> None:
    """Bars of the share of positive touchpoints per stage (0–100 %)."""
    ax = figure.add_subplot()
    xs = list(range(len(data.stages)))
    values = [0 if h is None else h * 100 for h in data.happiness]
    bars = ax.bar(xs, values, color="#54A24B", width=0.6)
    for bar, h in zip(bars, data.happiness, strict=True):
        text = "—" if h is None else f"{h * 100:.0f} %"
        ax.annotate(text, (bar.get_x() + bar.get_width() / 2, bar.get_height()), xytext=(0, 3),
                    textcoords="offset points", ha="center", fontsize=9)
    ax.set_ylim(0, 112)
    ax.set_ylabel(_tr("Positive touchpoints (%)"))
    ax.set_title(whose(data), fontsize=9)
    _stage_ticks(ax, data.stages)
    ax.grid(axis="y", color="#EEEEEE")


def draw_pain_points(figure: Any, data: Insights, lang: str = "en") -> None:
    """Bars of the number of pain points per stage."""
    ax = figure.add_subplot()
    xs = list(range(len(data.stages)))
    bars = ax.bar(xs, data.pain_points, color="#E45756", width=0.6)
    ax.bar_label(bars, fontsize=9)
    ax.set_ylim(0, max([*data.pain_points, 1]) * 1.2)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylabel(_tr("Pain points"))
    _stage_ticks(ax, data.stages)
    ax.grid(axis="y", color="#EEEEEE")


def draw_backlog(figure: Any, data: Insights, lang: str = "en") -> None:
    """Horizontal bars of the improvements per status."""
    ax = figure.add_subplot()
    codes = list(data.backlog)
    ys = list(range(len(codes)))
    bars = ax.barh(ys, [data.backlog[c] for c in codes], color=[STATUS_COLORS.get(c, "#888888") for c in codes])
    ax.bar_label(bars, fontsize=9, padding=3)
    ax.set_yticks(ys, [v.label(v.IMPROVEMENT_STATUS, c, lang) for c in codes])
    ax.invert_yaxis()
    ax.set_xlim(0, max([*data.backlog.values(), 1]) * 1.2)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel(_tr("Improvements"))


def draw_metrics(figure: Any, data: Insights, lang: str = "en") -> None:
    """One small chart per metric: its measurements over time and its target as a dashed line."""
    shown = [m for m in data.metrics if m.points][:MAX_METRIC_PLOTS]
    if not shown:
        ax = figure.add_subplot()
        ax.axis("off")
        ax.text(0.5, 0.5, _tr("No measurements yet"), ha="center", va="center", fontsize=10, color="#666666")
        return
    columns = 1 if len(shown) == 1 else 2
    rows = (len(shown) + columns - 1) // columns
    for n, metric in enumerate(shown):
        ax = figure.add_subplot(rows, columns, n + 1)
        labels = [label or "—" for label, _ in metric.points]
        xs = list(range(len(metric.points)))
        ax.plot(xs, [value for _, value in metric.points], marker="o", color="#4C78A8", linewidth=2,
                label=_tr("Measured"))
        if metric.target is not None:
            ax.axhline(metric.target, color="#E45756", linestyle="--", linewidth=1.5, label=_tr("Target"))
        step = max(1, -(-len(labels) // 3))  # at most three dates under a small chart
        ax.set_xticks(xs[::step], labels[::step], fontsize=7, rotation=20, ha="right", rotation_mode="anchor")
        ax.tick_params(axis="y", labelsize=7)
        ax.set_title(f"{metric.name}{f' ({metric.unit})' if metric.unit else ''}", fontsize=9)
        ax.grid(axis="y", color="#EEEEEE")
        if n == 0:
            ax.legend(loc="best", fontsize=7, frameon=False)
    hidden = len([m for m in data.metrics if m.points]) - len(shown)
    if hidden > 0:
        figure.text(0.99, 0.01, _tr("+%1 more in the metrics panel").replace("%1", str(hidden)),
                    ha="right", va="bottom", fontsize=7, color="#666666")


DRAWERS = {"emotion": draw_emotion, "happiness": draw_happiness, "pain_points": draw_pain_points,
           "backlog": draw_backlog, "metrics": draw_metrics}


def draw_chart(figure: Any, key: str, data: Insights, lang: str = "en") -> None:
    """Clear a figure and draw one chart, titled, into it."""
    figure.clear()
    DRAWERS[key](figure, data, lang)
    figure.suptitle(chart_title(key), fontsize=11, fontweight="bold")


def chart_figure(key: str, data: Insights, lang: str = "en") -> Any:
    """A new Figure holding one chart (for PNG files and the workbook)."""
    figure = new_figure()
    draw_chart(figure, key, data, lang)
    return figure


def save_png(figure: Any, target: str | Path, dpi: int = 150) -> Path:
    """Save a figure as PNG atomically (temporary file, then rename); raise ChartError with a sentence."""
    target = Path(target)
    if target.suffix.lower() != ".png":
        target = target.with_suffix(".png")
    try:
        fd, name = tempfile.mkstemp(prefix=".chart.", suffix=".tmp.png", dir=target.parent)
    except OSError as exc:
        raise ChartError(_tr("“%1” could not be written (%2).").replace("%1", target.name)
                         .replace("%2", exc.strerror or str(exc))) from None
    os.close(fd)
    tmp = Path(name)
    try:
        figure.savefig(tmp, format="png", dpi=dpi, facecolor="white")
        os.replace(tmp, target)
    except (OSError, ValueError) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ChartError(_tr("“%1” could not be written (%2).").replace("%1", target.name)
                         .replace("%2", str(exc))) from None
    return target
