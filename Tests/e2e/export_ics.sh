#!/usr/bin/env bash
# `storyline export` end to end: the iCalendar output parses with a real parser (Python's
# icalendar, installed into a git-ignored venv under .build/pyenv) with one VEVENT per dated
# event of the JSON export and the right dates; the DOT output parses when `dot` is installed.
# Extra arguments are passed to storyline as PATHs (default: the bundled seeds).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${STORYLINE_BIN:-$root/.build/debug/storyline}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
venv=$root/.build/pyenv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv" || { echo "cannot create a Python venv (Debian: apt-get install python3-venv)"; exit 1; }
fi
if ! "$venv/bin/python" -c "import icalendar" 2>/dev/null; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check icalendar \
        || { echo "cannot install the icalendar package from PyPI into $venv"; exit 1; }
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$bin" export --format ics "$@" > "$tmp/stdout.ics"
"$bin" export --format ics --output "$tmp/file.ics" "$@"
"$bin" export --format json "$@" > "$tmp/timeline.json"
"$bin" export --format markdown "$@" > "$tmp/timeline.md"
"$bin" export --format dot "$@" > "$tmp/graph.dot"
set +e
"$bin" export --format ics --person "No Such Person Anywhere" "$@" > /dev/null 2> "$tmp/unknown.err"
echo $? > "$tmp/unknown.rc"
set -e

dot_status=skip
if command -v dot > /dev/null 2>&1; then
    if dot -Tsvg "$tmp/graph.dot" > /dev/null 2> "$tmp/dot.err"; then dot_status=ok; else dot_status=fail; fi
fi

"$venv/bin/python" - "$tmp" "$dot_status" <<'PY'
import datetime, json, sys
from pathlib import Path
import icalendar

tmp, dot_status = Path(sys.argv[1]), sys.argv[2]
passed = failed = skipped = 0

def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)

raw = (tmp / "stdout.ics").read_bytes()
lines = raw.split(b"\r\n")
check(raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), "every line ends with CRLF")
check(all(len(l) <= 75 for l in lines), "no line longer than 75 octets")
try:
    cal = icalendar.Calendar.from_ical(raw)
    check(True, "parses")
except Exception as e:
    check(False, f"icalendar cannot parse the export: {e}")
    cal = None
if cal is not None:
    check(str(cal.get("VERSION")) == "2.0" and cal.get("PRODID"), "VERSION and PRODID")
    doc = json.loads((tmp / "timeline.json").read_text())
    dated = [e for e in doc["events"] if e.get("date")]
    vevents = list(cal.walk("VEVENT"))
    check(len(vevents) == len(dated), f"{len(vevents)} VEVENTs for {len(dated)} dated events")
    uids = [str(v.get("UID")) for v in vevents]
    check(len(set(uids)) == len(uids), "VEVENT UIDs are unique")
    dates_ok = True
    for v in vevents:
        uid = str(v.get("UID"))
        spans = [(datetime.date.fromisoformat(e["date"]["start"]),
                  datetime.date.fromisoformat(e["date"]["end"]) + datetime.timedelta(days=1))
                 for e in dated if uid.startswith(e["id"] + "-")]
        if not spans or v.get("DTSTAMP") is None or not str(v.get("SUMMARY") or ""):
            dates_ok = False; print("bad VEVENT", uid); continue
        start, end = v.decoded("DTSTART"), v.decoded("DTEND")
        if type(start) is not datetime.date or (start, end) not in spans:
            dates_ok = False; print("bad dates", uid, start, end, spans)
    check(dates_ok, "each VEVENT is all-day with its event's start and exclusive end")
    if not vevents:
        print("note: the corpus gave no dated events; only the calendar frame was checked")

def without_stamp(b):
    return [l for l in b.split(b"\r\n") if not l.startswith(b"DTSTAMP:")]
check(without_stamp((tmp / "file.ics").read_bytes()) == without_stamp(raw), "--output writes the same calendar")
check((tmp / "timeline.md").read_text().startswith("# Timeline"), "markdown export")
check((tmp / "unknown.rc").read_text().strip() != "0" and "No Such Person Anywhere" in (tmp / "unknown.err").read_text(),
      "an unknown --person is an error naming it")
dot_text = (tmp / "graph.dot").read_text()
check(dot_text.startswith("graph ") and dot_text.rstrip().endswith("}"), "DOT frame")
if dot_status == "skip":
    skipped += 1
    print("skip: Graphviz `dot` is not installed; DOT not parsed")
else:
    check(dot_status == "ok", "dot parses the DOT export")
print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
sys.exit(1 if failed else 0)
PY
