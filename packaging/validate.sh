#!/usr/bin/env bash
# Checks the packages packaging/build.sh wrote: the .deb's desktop entry and AppStream metadata
# validate, its MIME XML compiles, the program runs, and the tar.gz's install.sh installs into a
# scratch home and uninstalls cleanly. Installs desktop-file-utils, appstream and
# shared-mime-info with apt-get when they are missing. DIST_DIR as for build.sh.
set -euo pipefail
here=$(pwd)
cd "$(dirname "$0")/.."
dist=${DIST_DIR:-$(pwd)/target/dist}
case $dist in /*) ;; *) dist=$here/$dist ;; esac
id=io.github.carelevels.CareLevels
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)

say() { printf 'validate.sh: %s\n' "$*" >&2; }
fail() {
    say "FAILED: $*"
    exit 1
}

missing=()
command -v desktop-file-validate >/dev/null || missing+=(desktop-file-utils)
command -v appstreamcli >/dev/null || missing+=(appstream)
command -v update-mime-database >/dev/null || missing+=(shared-mime-info)
if [ ${#missing[@]} -gt 0 ]; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    say "installing ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

debs=("$dist"/carelevels_"$version"_*.deb)
tarballs=("$dist"/carelevels-"$version"-linux-*.tar.gz)
[ -f "${debs[0]}" ] || fail "no .deb for $version in $dist (run packaging/build.sh)"
[ -f "${tarballs[0]}" ] || fail "no tar.gz for $version in $dist (run packaging/build.sh)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- The .deb: what it would install -----------------------------------------------------------
dpkg-deb --info "${debs[0]}" >/dev/null || fail "dpkg-deb cannot read ${debs[0]}"
dpkg-deb -x "${debs[0]}" "$work/deb"
usr=$work/deb/usr
desktop-file-validate "$usr/share/applications/$id.desktop" || fail "desktop entry"
appstreamcli validate --no-net "$usr/share/metainfo/$id.metainfo.xml" || fail "AppStream metadata"
for size in 16 22 24 32 48 64 128 256 512; do
    [ -f "$usr/share/icons/hicolor/${size}x${size}/apps/$id.png" ] || fail "no ${size}px icon"
done
[ -f "$usr/share/icons/hicolor/scalable/apps/$id.svg" ] || fail "no scalable icon"
mkdir -p "$work/mime/packages"
cp "$usr/share/mime/packages/$id.xml" "$work/mime/packages/"
update-mime-database "$work/mime" >"$work/mime.log" 2>&1 || {
    cat "$work/mime.log" >&2
    fail "MIME XML"
}
grep -q '^application/x-carelevels-plan$' "$work/mime/types" || fail "MIME type for plans not registered"
grep -q '^application/x-carelevels-programs$' "$work/mime/types" || fail "MIME type for programs not registered"
"$usr/bin/carelevels" check "$usr/share/doc/carelevels/examples/evening-iop.ron" >/dev/null ||
    fail "the packaged binary could not check an example plan"

# --- The tar.gz: install.sh into a scratch home, then --uninstall ------------------------------
tar -xzf "${tarballs[0]}" -C "$work"
folder=$(basename "${tarballs[0]}" .tar.gz)
home=$work/home
mkdir -p "$home"
HOME=$home PATH=/usr/bin:/bin "$work/$folder/install.sh" >/dev/null || fail "install.sh"
local_share=$home/.local/share
for f in "$home/.local/bin/carelevels" "$local_share/applications/$id.desktop" \
    "$local_share/metainfo/$id.metainfo.xml" "$local_share/mime/packages/$id.xml" \
    "$local_share/icons/hicolor/48x48/apps/$id.png"; do
    [ -f "$f" ] || fail "install.sh did not install $f"
done
grep -q "^Exec=$home/.local/bin/carelevels %f$" "$local_share/applications/$id.desktop" ||
    fail "install.sh did not point the desktop entry at ~/.local/bin"
desktop-file-validate "$local_share/applications/$id.desktop" || fail "installed desktop entry"
"$home/.local/bin/carelevels" check data/examples/evening-iop.ron >/dev/null || fail "installed binary"
HOME=$home PATH=/usr/bin:/bin "$work/$folder/install.sh" --uninstall >/dev/null || fail "install.sh --uninstall"
left=$(find "$home" -type f \( -name "$id*" -o -name carelevels -o -name "x-carelevels*" \))
[ -z "$left" ] || fail "install.sh --uninstall left: $left"

say "ok: ${debs[0]##*/} and ${tarballs[0]##*/}"
