#!/usr/bin/env sh
# Installs carelevels for you alone, without root: the program in ~/.local/bin, its menu entry,
# icons and file types under ~/.local/share.
#   ./install.sh               install (or update)
#   ./install.sh --uninstall   remove what install.sh put there
# PREFIX=/some/where ./install.sh installs under another folder instead of ~/.local.
# Your plans and preferences are never touched, not even by --uninstall.
set -eu

id=io.github.carelevels.CareLevels
prefix=${PREFIX:-$HOME/.local}
here=$(cd "$(dirname "$0")" && pwd)

# Every file this script installs, relative to the prefix (the icons: those in this folder).
files() {
    echo bin/carelevels
    echo share/applications/$id.desktop
    echo share/metainfo/$id.metainfo.xml
    echo share/mime/packages/$id.xml
    (cd "$here/share" && find icons -type f -name "$id.*") | sed 's|^|share/|'
}

# What --uninstall removes: the same list, found in the prefix, so it works from any copy.
installed() {
    echo bin/carelevels
    echo share/applications/$id.desktop
    echo share/metainfo/$id.metainfo.xml
    echo share/mime/packages/$id.xml
    if [ -d "$prefix/share/icons/hicolor" ]; then
        (cd "$prefix/share" && find icons/hicolor -path "*/apps/$id.*") | sed 's|^|share/|'
    fi
}

refresh() {
    # Each cache is optional: desktops rescan without them, only more slowly.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$prefix/share/applications" || true
    fi
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$prefix/share/mime" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$prefix/share/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
    fi
    touch "$prefix/share/icons/hicolor" 2>/dev/null || true
}

case ${1:-} in
    --uninstall)
        for f in $(installed); do
            rm -f "$prefix/$f"
        done
        # Leave the shared folders themselves (other apps use them), but drop the carelevels doc.
        rm -rf "$prefix/share/doc/carelevels"
        refresh
        echo "carelevels removed from $prefix. Your plans and preferences were left in place."
        ;;
    "")
        for f in $(files); do
            mkdir -p "$(dirname "$prefix/$f")"
            case $f in
                bin/*) install -m 0755 "$here/$f" "$prefix/$f" ;;
                share/applications/*)
                    # The menu may not search ~/.local/bin, so the entry names the program's full path.
                    sed -e "s|^Exec=carelevels|Exec=$prefix/bin/carelevels|" \
                        -e "s|^TryExec=carelevels|TryExec=$prefix/bin/carelevels|" \
                        "$here/$f" >"$prefix/$f"
                    chmod 0644 "$prefix/$f"
                    ;;
                *) install -m 0644 "$here/$f" "$prefix/$f" ;;
            esac
        done
        mkdir -p "$prefix/share/doc/carelevels"
        cp -R "$here/share/doc/carelevels/." "$prefix/share/doc/carelevels/"
        refresh
        echo "carelevels installed in $prefix. Open it from your applications menu."
        case ":$PATH:" in
            *":$prefix/bin:"*) echo "From a terminal: carelevels" ;;
            *) echo "From a terminal: $prefix/bin/carelevels (or add $prefix/bin to your PATH)" ;;
        esac
        ;;
    *)
        echo "usage: $0 [--uninstall]" >&2
        exit 2
        ;;
esac
