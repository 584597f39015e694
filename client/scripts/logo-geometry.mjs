/**
 * The Mirubato mark: an eighth note on a rounded square, on a 512-unit grid. One description feeds the
 * SVG favicon, the PNG icons (generate-icons.mjs) and, by copy, the React logo in features/app-shell.
 * Keep all three in step when the mark changes.
 */

export const brand = { background: "#3f3794", foreground: "#ffffff" };

export const note = {
  head: { cx: 196, cy: 352, rx: 76, ry: 54, rotateDeg: -22 },
  stem: { x: 248, y: 110, width: 30, height: 250 },
  /** The flag is a quadratic curve stroked with round caps. */
  flag: { from: { x: 263, y: 125 }, control: { x: 400, y: 170 }, to: { x: 364, y: 300 }, width: 30 },
};

/** SVG markup of the note, scaled about the centre of the grid (1 = as drawn). */
export function noteSvg(scale = 1) {
  const { head, stem, flag } = note;
  const { from, control, to } = flag;
  return [
    `<g transform="translate(256 256) scale(${scale}) translate(-256 -256)" fill="${brand.foreground}">`,
    `<ellipse cx="${head.cx}" cy="${head.cy}" rx="${head.rx}" ry="${head.ry}" transform="rotate(${head.rotateDeg} ${head.cx} ${head.cy})"/>`,
    `<rect x="${stem.x}" y="${stem.y}" width="${stem.width}" height="${stem.height}" rx="4"/>`,
    `<path d="M${from.x} ${from.y}Q${control.x} ${control.y} ${to.x} ${to.y}" fill="none" stroke="${brand.foreground}" stroke-width="${flag.width}" stroke-linecap="round"/>`,
    "</g>",
  ].join("");
}

export function faviconSvg() {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><title>Mirubato</title><rect width="512" height="512" rx="112" fill="${brand.background}"/>${noteSvg()}</svg>\n`;
}
