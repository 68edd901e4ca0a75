#!/usr/bin/env bash
# Smoke test of the frozen app in dist/jornada (built by `make dist`): the binary prints its
# version, creates a file from a template, exports it headless (xlsx, png, svg, pdf), installs
# the desktop entry into a scratch folder and opens its main window offscreen for a moment, exiting 0 each time.
set -euo pipefail
cd "$(dirname "$0")/.."
APP="${1:-$PWD/dist/jornada/jornada}"
APP_PY="${PYTHON:-python3}"  # (only to play a phone against the frozen room)
test -x "$APP" || { echo "smoke: $APP is missing; run make dist first" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="qt.qpa.*=false"
mkdir -p "$HOME"
cd "$work"

step() { echo "smoke: $*"; }
app() { timeout 300 "$APP" "$@"; }  # a hung frozen app fails the step instead of the CI

step "version"
version=$(app --version)
echo "  $version"
# the one place of the version (pyproject.toml reads it from there)
expected=$(grep -m1 '^__version__' "$OLDPWD/jornada_desktop/__init__.py" | sed 's/.*"\(.*\)".*/\1/')
[ "$version" = "jornada $expected" ] || { echo "smoke: expected 'jornada $expected'" >&2; exit 1; }

step "new from a template"
app new smoke.jornada --template compra
app check smoke.jornada
test "$(head -c 15 smoke.jornada)" = "SQLite format 3"

step "export xlsx"
app export smoke.jornada -o smoke.xlsx
test "$(head -c 2 smoke.xlsx)" = "PK"
step "export png"
app export smoke.jornada -o smoke.png
test "$(head -c 4 smoke.png | tail -c 3)" = "PNG"
step "export svg and pdf"
app export smoke.jornada -o smoke.svg
grep -q "<svg" smoke.svg
app export smoke.jornada -o smoke.pdf
test "$(head -c 4 smoke.pdf)" = "%PDF"

step "desktop integration (into a scratch data folder)"
app install-desktop --data-home "$work/share"
grep -q "^Exec=$APP %f" "$work/share/applications/jornada.desktop" \
  || grep -q "^Exec=\"$APP\" %f" "$work/share/applications/jornada.desktop"
app uninstall-desktop --data-home "$work/share"

step "a room (aiohttp and the participant page in the bundle), ended by SIGTERM"
"$APP" room smoke.jornada --address 127.0.0.1 --port 0 > room.out 2> room.err &
room_pid=$!
for _ in $(seq 1 100); do [ -s room.out ] && break; sleep 0.2; done
url=$(head -1 room.out)
case "$url" in http://127.0.0.1:*/r/*/) ;; *) echo "smoke: the room printed '$url'" >&2; cat room.err >&2; exit 1;; esac
"$APP_PY" - "$url" <<'PY' || { kill "$room_pid"; exit 1; }
import json, sys, urllib.request
url = sys.argv[1]
page = urllib.request.urlopen(url, timeout=20).read().decode()
assert "app.js" in page, page[:200]
req = urllib.request.Request(url + "api/join", data=b'{"name": "Smoke"}', headers={"Content-Type": "application/json"})
answer = json.load(urllib.request.urlopen(req, timeout=20))
assert answer["token"] and answer["name"] == "Smoke", answer
PY
kill -TERM "$room_pid"
wait "$room_pid"
grep -q "Room closed: 1 participant" room.out || { echo "smoke: the room did not close cleanly" >&2; cat room.out room.err >&2; exit 1; }
test ! -s room.err || { echo "smoke: the room wrote on stderr" >&2; cat room.err >&2; exit 1; }
app check smoke.jornada

step "main window offscreen"
JORNADA_SMOKE_QUIT_MS=1500 app smoke.jornada
step "main window on the user's workspace (first launch)"
JORNADA_SMOKE_QUIT_MS=1500 app
find "$HOME" -name workspace.jornada | grep -q . || { echo "smoke: no workspace was created" >&2; exit 1; }
echo "smoke: ok ($version, $(du -sh "$(dirname "$APP")" | cut -f1) unpacked)"
