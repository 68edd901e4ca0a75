"""Entry point: `jornada [FILE]` opens the editor; `jornada new|info|check …` runs headless."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

# The headless commands (jornada_desktop.cli.COMMANDS; a test keeps the two equal). Named here
# so that starting the editor does not load the command line's parser and its imports.
CLI_COMMANDS = ("new", "info", "check", "export", "import", "room")


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the headless CLI or the editor."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ("install-desktop", "uninstall-desktop"):  # Linux menu entry + MIME type
        from jornada_desktop.desktop_integration import main as desktop_main

        return desktop_main([args[0].removesuffix("-desktop"), *args[1:]])
    if args and (args[0] in CLI_COMMANDS or args[0] in ("--version", "-V")):
        from jornada_desktop import cli

        if args[0] == "-V":
            args[0] = "--version"
        return cli.run(args)
    if args and args[0] in ("-h", "--help"):
        from jornada_desktop import cli

        print(cli.OVERVIEW, end="")
        return 0
    if args and not args[0].startswith("-") and not os.path.exists(args[0]) and "." not in args[0] \
            and "/" not in args[0]:
        from jornada_desktop import cli  # a word that is not a file: a mistyped command?

        meant = cli.suggestion(args[0])
        if meant is not None:
            print(f"jornada: there is no command “{args[0]}”; did you mean “{meant}”? (jornada --help lists "
                  "them)", file=sys.stderr)
            return 2
    from jornada_desktop.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
