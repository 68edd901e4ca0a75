"""`python -m jornada_desktop.bench`: run every figure on a big and a small map, write the table."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from jornada_desktop.bench import child, figures, report  # noqa: E402
from jornada_desktop.bench.generate import Size, make_journey_file  # noqa: E402
from jornada_desktop.bench.timing import Sample, settle  # noqa: E402

ALL = report.ORDER


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """The benchmark's options."""
    p = argparse.ArgumentParser(prog="python -m jornada_desktop.bench", description=__doc__)
    p.add_argument("--cards", type=int, default=10_000, help="cards of the big map (default 10,000)")
    p.add_argument("--small", type=int, default=300, help="cards of the small map (default 300)")
    p.add_argument("--stages", type=int, default=12)
    p.add_argument("--lanes", type=int, default=10)
    p.add_argument("--repeats", type=int, default=5, help="timed runs per measurement (median shown)")
    p.add_argument("--moves", type=int, default=40, help="timed mouse-moves per drag")
    p.add_argument("--starts", type=int, default=5, help="cold starts per side")
    p.add_argument("--only", default=",".join(ALL), help=f"comma-separated figures among {', '.join(ALL)}")
    p.add_argument("--out", type=Path, default=Path("docs/benchmarks.md"), help="the table's file ('-': print only)")
    p.add_argument("--workdir", type=Path, help="keep generated files here (default: a temporary folder)")
    return p.parse_args(list(argv))


def _say(text: str) -> None:
    print(text, flush=True)


def _row(fig: figures.Figure) -> str:
    unit = "MB" if fig.unit == "MB" else "ms"
    scale = 1 if fig.unit == "MB" else 1000
    return (f"  {fig.key:<9} {fig.size:>14}: Jornada {fig.app.median * scale:10.2f} {unit}   "
            f"floor {fig.floor.median * scale:10.2f} {unit}   ratio {fig.ratio:6.2f}×  {'; '.join(fig.notes)}")


def run(args: argparse.Namespace, folder: Path) -> list[figures.Figure]:
    """Generate the maps and measure the chosen figures on both."""
    chosen = [k.strip() for k in args.only.split(",") if k.strip()]
    if "frozen" in chosen and not child.frozen_app().exists() and args.only == ",".join(ALL):
        _say("(the frozen app is not built: its cold start is left out; `make dist` builds it)")
        chosen.remove("frozen")
    unknown = [k for k in chosen if k not in ALL]
    if unknown:
        raise SystemExit(f"unknown figure(s): {', '.join(unknown)}")
    sizes = [Size.scaled(args.small, args.stages, args.lanes), Size(args.cards, args.stages, args.lanes,
             improvements=max(1, args.cards // 5), personas=3)]
    results: list[figures.Figure] = []
    window = None
    for size in sizes:
        label = size.label()
        path = make_journey_file(folder / f"bench-{size.cards}.jornada", size)
        _say(f"{label}: {size.stages} stages × {size.lanes} lanes, {size.improvements:,} improvements, "
             f"{size.personas} personas ({path.stat().st_size / 1e6:.1f} MB file)")
        work = folder / f"work-{size.cards}"
        work.mkdir(exist_ok=True)
        if {"open", "drag", "rating", "edit"} & set(chosen) and window is None:
            window = figures.main_window()
        for key in chosen:
            if key in ("start", "frozen") and size.cards != args.small:
                continue  # the cold start is measured on the small map (a facilitator's file)
            t0 = time.perf_counter()
            fig = _step(key, window, path, work, label, args)
            results.append(fig)
            _say(_row(fig) + f"   [{time.perf_counter() - t0:.0f} s]")
        if window is not None:
            figures.close_document(window)
    if window is not None:
        window.close()
        window.deleteLater()
        settle()
    return results


def _step(key: str, window, path: Path, work: Path, label: str,  # noqa: ANN001
          args: argparse.Namespace) -> figures.Figure:
    """Measure one figure on one map."""
    if key == "open":
        return figures.bench_open(window, path, work, label, args.repeats)
    if key == "drag":
        return figures.bench_drag(window, path, label, args.moves)
    if key == "rating":
        return figures.bench_rating(window, path, label, args.moves)
    if key == "edit":
        return figures.bench_edit(window, path, work, label, max(10, args.repeats * 4))
    if key == "workbook":
        return figures.bench_workbook(path, work, label, args.repeats)
    if key == "png":
        return figures.bench_png(path, work, label, args.repeats)
    if key == "survey":
        from jornada_desktop.bench.survey_figure import bench_survey

        if window is not None:
            figures.close_document(window)
        return bench_survey(path, work, label, int(label.split()[0].replace(",", "")), min(3, args.repeats))
    if window is not None:
        figures.close_document(window)  # the children open the file: the lock must be free
    if key == "frozen":
        return _frozen(path, work, label, args.starts)
    return _children(key, path, work, label, args.starts if key == "start" else 1)


def _frozen(path: Path, work: Path, label: str, runs: int) -> figures.Figure:
    """The frozen app's cold start (when `make dist` built it) against the venv's, alternated."""
    app = child.frozen_app()
    if not app.exists():
        raise SystemExit("the frozen app is missing: run `make dist` first (or leave out --only frozen)")
    child.ensure_bytecode()
    frozen_values, venv_values = [], []
    for i in range(runs):
        frozen_values.append(child.run_painted([str(app)], path, work / f"home-frozen-{i}"))
        venv_values.append(child.run_painted([sys.executable, "-m", "jornada_desktop"], path, work / f"home-venv-{i}"))
    return figures.Figure("frozen", label, Sample(tuple(frozen_values)), Sample(tuple(venv_values)), unit="s")


def _children(kind: str, path: Path, work: Path, label: str, runs: int) -> figures.Figure:
    """Alternate app and floor children `runs` times each."""
    app_values, floor_values = [], []
    child.ensure_bytecode()
    for i in range(runs):
        app_values.append(child.run_child(f"app-{kind}", path, work / f"home-app-{i}"))
        floor_values.append(child.run_child(f"floor-{kind}", path, work / f"home-floor-{i}"))
    unit = "MB" if kind == "memory" else "s"
    return figures.Figure(kind, label, Sample(tuple(app_values)), Sample(tuple(floor_values)), unit=unit)


def main(argv: Sequence[str] | None = None) -> int:
    """Run, print and write the table."""
    args = parse(sys.argv[1:] if argv is None else argv)
    command = "python -m jornada_desktop.bench " + " ".join(sys.argv[1:] if argv is None else argv)
    started = time.perf_counter()
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        results = run(args, args.workdir)
    else:
        with tempfile.TemporaryDirectory(prefix="jornada-bench-") as folder:
            results = run(args, Path(folder))
    big, small = Size(args.cards).label(), Size(args.small).label()
    shape = (f"{args.cards:,} and {args.small:,} cards on {args.stages} stages × {args.lanes} lanes, "
             f"improvements = cards / 5, 3 personas")
    block = report.render(results, big, small, args.cards / max(1, args.small), command.strip(), shape)
    print()
    print(block)
    if str(args.out) != "-":
        report.write(args.out, block)
        print(f"\nwrote {args.out} ({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
