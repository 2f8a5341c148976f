#!/usr/bin/env bash
# Builds the Linux packages from a clone of the repository:
#   target/dist/carelevels_<version>_<arch>.deb                (sudo apt install ./carelevels_*.deb)
#   target/dist/carelevels-<version>-linux-<machine>.tar.gz    (./install.sh into ~/.local)
# The .deb is assembled with dpkg-deb, so nothing but the app itself is compiled. Missing tools
# are installed with apt-get (as root, or through sudo). Honours CARGO_TARGET_DIR; DIST_DIR
# overrides where the packages go.
set -euo pipefail

here=$(pwd)
cd "$(dirname "$0")/.."
root=$(pwd)

id=io.github.carelevels.CareLevels
name=carelevels

# cargo reads a relative CARGO_TARGET_DIR against the directory it runs in; resolve it the same
# way against where this script was started.
target_dir=${CARGO_TARGET_DIR:-$root/target}
case $target_dir in /*) ;; *) target_dir=$here/$target_dir ;; esac
export CARGO_TARGET_DIR=$target_dir
dist=${DIST_DIR:-$root/target/dist}
case $dist in /*) ;; *) dist=$here/$dist ;; esac

say() { printf 'build.sh: %s\n' "$*" >&2; }
die() {
    say "$*"
    exit 1
}

# --- Tools -------------------------------------------------------------------------------------
if ! command -v cargo >/dev/null; then
    die "cargo not found. Install Rust $(sed -n 's/^rust-version = "\(.*\)"/\1/p' Cargo.toml) or newer from https://rustup.rs, then run this again."
fi
missing=()
command -v cc >/dev/null || missing+=(gcc libc6-dev) # rustc links through cc
command -v dpkg-deb >/dev/null || missing+=(dpkg)
command -v objdump >/dev/null || missing+=(binutils)
command -v strip >/dev/null || missing+=(binutils)
command -v tar >/dev/null || missing+=(tar)
command -v gzip >/dev/null || missing+=(gzip)
if [ ${#missing[@]} -gt 0 ]; then
    if ! command -v apt-get >/dev/null; then
        die "missing tools (${missing[*]}) and no apt-get to install them with"
    fi
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || die "missing tools (${missing[*]}); run as root or install sudo"
        sudo=(sudo)
    fi
    say "installing ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
[ -n "$version" ] || die "no version in Cargo.toml"
# Package dates come from the last commit, so the same commit gives the same archives.
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH

# Every version needs its release notes in the AppStream metadata, or software centres would
# show stale ones; normally it is the newest <release> there.
releases=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "packaging/$id.metainfo.xml")
printf '%s\n' "$releases" | grep -qx "$version" ||
    die "Cargo.toml says $version but packaging/$id.metainfo.xml has no <release> for it"
newest=$(printf '%s\n' "$releases" | head -n 1)
[ "$newest" = "$version" ] || say "warning: building $version; the newest release notes are for $newest"

# --- Build -------------------------------------------------------------------------------------
say "cargo build --release (target dir $CARGO_TARGET_DIR)"
cargo build --release --locked --bin "$name"
bin=$CARGO_TARGET_DIR/release/$name
"$bin" check data/examples/evening-iop.ron >/dev/null || die "the built binary failed to check an example plan"

# The binary must need nothing beyond the C library at load time; windowing and OpenGL
# libraries are opened at run time (see Depends below).
needed=$(objdump -p "$bin" | awk '/NEEDED/ {print $2}')
for lib in $needed; do
    case $lib in
        libc.so.6 | libm.so.6 | libgcc_s.so.1 | libdl.so.2 | libpthread.so.0 | librt.so.1 | ld-linux*) ;;
        *) die "the binary links $lib; add its package to Depends in packaging/build.sh" ;;
    esac
done
glibc=$(objdump -T "$bin" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -n 1)

# --- Install tree, shared by both packages ----------------------------------------------------
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stage() { # stage DIR: lays out bin/ and share/ under DIR, as under /usr or ~/.local
    local dest=$1
    install -D -m 0755 "$bin" "$dest/bin/$name"
    strip --strip-unneeded "$dest/bin/$name"
    install -D -m 0644 "packaging/$id.desktop" "$dest/share/applications/$id.desktop"
    install -D -m 0644 "packaging/$id.metainfo.xml" "$dest/share/metainfo/$id.metainfo.xml"
    install -D -m 0644 "packaging/$id.mime.xml" "$dest/share/mime/packages/$id.xml"
    (cd packaging/icons && find hicolor -type f) | while read -r icon; do
        install -D -m 0644 "packaging/icons/$icon" "$dest/share/icons/$icon"
    done
    install -D -m 0644 README.md "$dest/share/doc/$name/README.md"
    for example in data/examples/*.ron; do
        install -D -m 0644 "$example" "$dest/share/doc/$name/examples/$(basename "$example")"
    done
}
mkdir -p "$dist"

# --- .deb --------------------------------------------------------------------------------------
arch=$(dpkg --print-architecture)
deb_root=$work/deb
stage "$deb_root/usr"
cat >"$deb_root/usr/share/doc/$name/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: $name
Source: https://github.com/carelevels/carelevels

Files: *
Copyright: The carelevels developers
License: MIT or Apache-2.0
 Licensed under either of the MIT license or the Apache License, Version 2.0, at your option.
 On Debian systems the Apache License 2.0 is in /usr/share/common-licenses/Apache-2.0.
EOF
installed_size=$(du -sk "$deb_root" | cut -f1)
mkdir -p "$deb_root/DEBIAN"
# Depends: the C library the binary links, and what eframe opens at run time: OpenGL through EGL
# (Wayland) or GLX (X11), xkbcommon for the keyboard, and the X11 or Wayland client libraries.
# Recommends: the desktop portal and zenity give native file dialogs; without them the app asks
# for a path in its own window.
cat >"$deb_root/DEBIAN/control" <<EOF
Package: $name
Version: $version
Architecture: $arch
Maintainer: The carelevels developers <carelevels@users.noreply.github.com>
Installed-Size: $installed_size
Depends: libc6 (>= $glibc), libgcc-s1, libegl1, libgl1, libxkbcommon0, libwayland-client0 | libx11-6
Recommends: libxkbcommon-x11-0, libx11-xcb1, libxcursor1, libxrandr2, libxi6, libwayland-cursor0, libwayland-egl1, xdg-desktop-portal | zenity
Section: misc
Priority: optional
Homepage: https://github.com/carelevels/carelevels
Description: compare levels of addiction and mental-health care, plan a week
 carelevels compares standard outpatient, intensive outpatient (IOP), day
 program (partial hospitalization) and inpatient or residential care side by
 side, every fact with its source, and checks a week of sessions planned
 around work and school against a level's hour rules. It informs; it does not
 diagnose or replace an assessment by a clinician. Includes the command
 "carelevels check" for scripts.
EOF
# The desktop, MIME and icon caches are refreshed by dpkg triggers of desktop-file-utils,
# shared-mime-info and hicolor-icon-theme; no maintainer scripts are needed.
deb=$dist/${name}_${version}_${arch}.deb
dpkg-deb --root-owner-group -Zxz --build "$deb_root" "$deb" >/dev/null
say "wrote $deb"

# --- tar.gz ------------------------------------------------------------------------------------
folder=$name-$version-linux-$(uname -m)
tar_root=$work/$folder
stage "$tar_root"
install -m 0755 packaging/install.sh "$tar_root/install.sh"
tarball=$dist/$folder.tar.gz
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
    -C "$work" -cf - "$folder" | gzip -n -9 >"$tarball"
say "wrote $tarball"
