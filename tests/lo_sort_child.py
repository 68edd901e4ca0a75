"""Run by tests/lo_helpers.py with the system's python3: sort a range in LibreOffice, save as .xlsx.

Arguments: soffice, profile URL, source, target, sheet name, range (A2:P7), column of the range
to sort by (0-based), 1 for descending.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def prop(name: str, value: object) -> PropertyValue:
    """A UNO property."""
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main() -> int:
    """Sort and save; 0 on success."""
    program, profile, source, target, sheet_name, cell_range, column, descending = sys.argv[1:9]
    pipe = f"jornada_sort_{int(time.time() * 1000)}"
    office = subprocess.Popen([program, f"-env:UserInstallation={profile}", "--headless", "--invisible",
                               "--norestore", "--nologo", f"--accept=pipe,name={pipe};urp;"])
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(300):
            try:
                ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:  # noqa: BLE001 - not listening yet
                time.sleep(0.2)
        if ctx is None:
            return 2
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
        cells = doc.Sheets.getByName(sheet_name).getCellRangeByName(cell_range)
        field = uno.createUnoStruct("com.sun.star.table.TableSortField")
        field.Field = int(column)
        field.IsAscending = descending != "1"
        field.IsCaseSensitive = False
        descriptor = (prop("SortFields", uno.Any("[]com.sun.star.table.TableSortField", (field,))),
                      prop("ContainsHeader", False))
        uno.invoke(cells, "sort", (uno.Any("[]com.sun.star.beans.PropertyValue", descriptor),))
        doc.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
        with contextlib.suppress(Exception):  # the bridge closes as the office quits
            desktop.terminate()
        return 0
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    sys.exit(main())
