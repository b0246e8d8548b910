#!/usr/bin/env bash
# The real browser on the bundled seeds at 80x24: the timeline and leaders panes with
# whatever extraction found (or, when it found nothing, the message instead of an empty pane),
# jumps into the reader and back through the history.
set -uo pipefail
. "$(dirname "$0")/lib/tmux.sh"

e2e_start 80 24
run_line "clear; LANG=C.UTF-8 '$bin'; echo EXIT=\$?"
check "the bundled seeds load: 5 articles" wait_for "Articles · 5"
# From a warm cache the first screen comes before the full library: wait for it.
wait_gone "loading…" >/dev/null

if screen | head -1 | grep -qF "2 Timeline"; then
    keys 2
    check "2 shows the timeline with its histogram" wait_for "bar = "
    check "events are grouped under month headers" eval 'screen | grep -qE "│ (January|February|March|April|May|June|July|August|September|October|November|December) [0-9]{4} "'
    check "the timeline keeps its right border at 80x24" borders_at 80 2 23
    keys Enter
    if eventually eval 'screen | grep -qF "Enter picks"'; then keys Enter; fi
    check "Enter on an event opens its source in the reader" wait_for "› Article "
    # Reverse video inside the reader box (not the tab bar or the status line).
    highlighted() { tmux capture-pane -p -e -t "$session" | sed -n '3,23p' | grep -qE $'\e\\[([0-9;]*;)?7(;[0-9;]*)?m'; }
    check "the source sentence is highlighted in view" highlighted
    keys BSpace
    check "Backspace returns to the timeline" wait_gone "› Article "
    keys ]
    check "] goes forward to the reader again" wait_for "› Article "
    keys BSpace
    wait_gone "› Article " >/dev/null
    keys f
    check "f prompts for a date range" wait_for "Dates from–to"
    tmux send-keys -t "$session" -l "1900-01–1900-12"
    keys Enter
    check "a range with no events says so" wait_for "No events match the filter"
    keys c
    check "c clears the filter" eval 'wait_gone "No events match" && screen | grep -qE "│ ● |│ ○ "'
else
    keys 2
    check "no events: 2 explains instead of an empty pane" wait_for "no dated events"
fi

if screen | head -1 | grep -qF "3 Leaders"; then
    keys 3
    check "3 shows the people, leaders first" wait_for "People ·"
    check "the leaders pane keeps its borders at 80x24" borders_at 80 2 23
    keys Enter
    if screen | grep -qF "no interactions recorded"; then
        check "a person without ties says so" true
    else
        check "Enter on a person focuses their ties" wait_for "Ties of"
        keys Enter
        check "Enter on a tie lists its interactions" wait_for "Source sentence"
    fi
    tmux resize-window -t "$session" -x 130 -y 40
    check "at 130 columns the ego graph box appears" wait_for "┌─ Graph of"
    check "at 130x40 the borders end in column 130" eventually borders_at 130 2 39
else
    keys 3
    check "no people: 3 explains instead of an empty pane" wait_for "no people were found"
fi

keys Q
check "Q quits from anywhere" wait_for "EXIT=0"
e2e_finish
