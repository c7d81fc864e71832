#!/bin/bash
# Orca smoke run (by hand; not part of `npm test`: Orca is not installed by the project).
#   apt-get install orca speech-dispatcher at-spi2-core xvfb dbus
#   npm run build-storybook            # the stories are what Orca reads
#   bash test/screen-reader/orca/run.sh
# A virtual display, a D-Bus session with the AT-SPI bus, speech-dispatcher whose only
# "voice" appends each utterance to a file, and Orca 43 with a debug log; then smoke.mjs
# opens one story per element in Chromium (with renderer accessibility), presses Tab and
# compares what Orca said with the virtual reader's snapshot of the same journey.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
export AUTA_ORCA_DIR="${AUTA_ORCA_DIR:-$ROOT/reports/orca}"
rm -rf "$AUTA_ORCA_DIR" && mkdir -p "$AUTA_ORCA_DIR/cfg/speech-dispatcher/modules" "$AUTA_ORCA_DIR/home" "$AUTA_ORCA_DIR/run"
chmod 700 "$AUTA_ORCA_DIR/run"
cp "$HERE/speechd.conf" "$AUTA_ORCA_DIR/cfg/speech-dispatcher/speechd.conf"
# The generic module runs this command with $DATA, the text to speak.
cat > "$AUTA_ORCA_DIR/cfg/speech-dispatcher/modules/textfile.conf" <<CONF
GenericExecuteSynth "printf '%s\\\\n' \\'\$DATA\\' >> $AUTA_ORCA_DIR/spoken.txt"
GenericCmdDependency "printf"
AddVoice "fi" "MALE1" "fi"
AddVoice "sv" "MALE1" "sv"
AddVoice "en" "MALE1" "en"
DefaultVoice "fi"
GenericLanguage "fi" "fi" "utf-8"
GenericLanguage "sv" "sv" "utf-8"
GenericLanguage "en" "en" "utf-8"
CONF
DISPLAY_NUMBER="${DISPLAY_NUMBER:-97}"
Xvfb ":$DISPLAY_NUMBER" -screen 0 1280x900x24 > "$AUTA_ORCA_DIR/xvfb.log" 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
sleep 1
dbus-run-session -- bash -c '
  set -e
  export DISPLAY=":'"$DISPLAY_NUMBER"'" XDG_CONFIG_HOME="$AUTA_ORCA_DIR/cfg" HOME="$AUTA_ORCA_DIR/home" XDG_RUNTIME_DIR="$AUTA_ORCA_DIR/run"
  export GTK_A11Y=atspi ACCESSIBILITY_ENABLED=1 GNOME_ACCESSIBILITY=1
  /usr/libexec/at-spi-bus-launcher --launch-immediately & BUS=$!
  sleep 1
  # It forks into the background: -t 10 makes it leave by itself 10 s after its last client.
  speech-dispatcher -d -t 10 -C "$XDG_CONFIG_HOME/speech-dispatcher" > "$AUTA_ORCA_DIR/speech-dispatcher.log" 2>&1 & SPD=$!
  sleep 1
  /usr/bin/python3 /usr/bin/orca --replace --debug-file="$AUTA_ORCA_DIR/orca-debug.log" > "$AUTA_ORCA_DIR/orca.log" 2>&1 & ORCA=$!
  sleep 5
  status=0
  node "'"$HERE"'/smoke.mjs" || status=$?
  kill $ORCA $SPD $BUS 2>/dev/null || true
  exit $status
'
