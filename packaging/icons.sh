#!/usr/bin/env bash
# Regenerates the hicolor PNG icons in packaging/icons/ (they are committed, so packaging needs no
# image tools). Sizes up to 128 px are ImageMagick reductions of assets/icon.png, the icon the
# window itself shows; 256 and 512 px are drawn from the SVG tracing of it, because enlarging a
# 128 px bitmap would blur. Also the Windows .ico. Needs: imagemagick, librsvg2-bin.
set -euo pipefail
cd "$(dirname "$0")/.."
id=io.github.carelevels.CareLevels
svg=packaging/icons/hicolor/scalable/apps/$id.svg
for size in 16 22 24 32 48 64 128 256 512; do
    dir=packaging/icons/hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    if [ "$size" -le 128 ]; then
        convert assets/icon.png -filter Lanczos -resize "${size}x${size}" -strip "PNG32:$dir/$id.png"
    else
        rsvg-convert -w "$size" -h "$size" "$svg" -o "$dir/$id.png"
    fi
done

# Windows: one .ico with the sizes Explorer and the Start menu use (packaging/windows/main.wxs).
hicolor=packaging/icons/hicolor
convert "$hicolor/16x16/apps/$id.png" "$hicolor/24x24/apps/$id.png" "$hicolor/32x32/apps/$id.png" \
    "$hicolor/48x48/apps/$id.png" "$hicolor/64x64/apps/$id.png" "$hicolor/256x256/apps/$id.png" \
    packaging/windows/carelevels.ico
