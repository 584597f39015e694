#!/bin/sh
# Regenerates the PDFs of this folder (needs LilyPond 2.24, poppler-utils and img2pdf from Debian).
# CI never runs this: tests read the committed PDFs (vitest.config.ts passes them in as a binding).
set -eu
cd "$(dirname "$0")"
for source in chopin-prelude bach-prelude mozart-sonata no-header; do
  lilypond --silent --output="$source" "$source.ly"
done
# An image-only scan: the Chopin page rendered to a grey PNG at 60 dpi, wrapped back into a PDF.
pdftoppm -r 60 -gray -png -singlefile chopin-prelude.pdf scan
img2pdf scan.png -o image-scan.pdf
rm scan.png
