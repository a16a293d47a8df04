#!/bin/sh
# Draws the app's install icons (public/icons/*.png) with ffmpeg alone: the app's blue (#2f5d8a) with a light ball
# above a floor line, "a jump". Run again only to change the design; the PNGs are committed (a few KB each).
# The maskable icon keeps its drawing inside the middle 80% (the safe zone launchers may crop to a circle).
set -eu
OUT="$(dirname "$0")/../public/icons"
mkdir -p "$OUT"
draw() { # size, ball and floor scale (1 = full, 0.8 = maskable safe zone), output name
  s=$1; k=$2
  r=$(awk "BEGIN{print int($s*0.16*$k)}"); cx=$(( s / 2 )); cy=$(awk "BEGIN{print int($s/2 - $s*0.12*$k)}")
  fy=$(awk "BEGIN{print int($s/2 + $s*0.22*$k)}"); fh=$(awk "BEGIN{print int($s*0.05*$k)+1}")
  fx=$(awk "BEGIN{print int($s/2 - $s*0.3*$k)}"); fw=$(awk "BEGIN{print int($s*0.6*$k)}")
  ffmpeg -hide_banner -loglevel error -y -f lavfi -i "color=c=0x2f5d8a:s=${s}x${s}:d=1" -frames:v 1 -vf \
    "geq=r='if(lte(hypot(X-$cx,Y-$cy),$r),246,47)':g='if(lte(hypot(X-$cx,Y-$cy),$r),244,93)':b='if(lte(hypot(X-$cx,Y-$cy),$r),239,138)',drawbox=x=$fx:y=$fy:w=$fw:h=$fh:color=0xf6f4ef:t=fill,format=rgb24" \
    "$OUT/$3"
}
draw 192 1 icon-192.png
draw 512 1 icon-512.png
draw 512 0.8 icon-maskable-512.png
draw 180 1 apple-touch-icon.png
