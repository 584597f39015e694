/**
 * Writes public/favicon.svg and the PNG app icons from scripts/logo-geometry.mjs.
 * Run after changing the mark: `node scripts/generate-icons.mjs`. Outputs are committed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { brand, faviconSvg, note } from "./logo-geometry.mjs";
import { encodePng } from "./png-encode.mjs";

const publicDir = new URL("../public/", import.meta.url);
const SUPERSAMPLES = 4;

/** @param {string} hex */
function parseHex(hex) {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
}

/** The flag's quadratic curve as a 48-segment polyline. */
const flagPoints = Array.from({ length: 49 }, (_, i) => {
  const t = i / 48;
  const { from, control, to } = note.flag;
  /** @param {"x" | "y"} axis */
  const at = (axis) => (1 - t) ** 2 * from[axis] + 2 * (1 - t) * t * control[axis] + t * t * to[axis];
  return { x: at("x"), y: at("y") };
});

/** @typedef {{ x: number, y: number }} Point */

/** @param {Point} p @param {Point} a @param {Point} b */
function distanceToSegment(p, a, b) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}

/** @param {number} x @param {number} y grid units */
function isInNote(x, y) {
  const { head, stem, flag } = note;
  const angle = (-head.rotateDeg * Math.PI) / 180;
  const dx = x - head.cx;
  const dy = y - head.cy;
  const hx = dx * Math.cos(angle) - dy * Math.sin(angle);
  const hy = dx * Math.sin(angle) + dy * Math.cos(angle);
  if ((hx / head.rx) ** 2 + (hy / head.ry) ** 2 <= 1) return true;
  if (x >= stem.x && x <= stem.x + stem.width && y >= stem.y && y <= stem.y + stem.height) return true;
  return flagPoints.some((b, i) => {
    const a = flagPoints[i - 1];
    return a !== undefined && distanceToSegment({ x, y }, a, b) <= flag.width / 2;
  });
}

/** @param {number} x @param {number} y @param {number} radius */
function isInRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 512 - radius);
  const cy = Math.min(Math.max(y, radius), 512 - radius);
  return x >= 0 && x <= 512 && y >= 0 && y <= 512 && Math.hypot(x - cx, y - cy) <= radius;
}

/**
 * @param {number} size output pixels
 * @param {{ cornerRadius: number, noteScale: number }} options grid units; radius 0 = full bleed
 */
function renderIcon(size, { cornerRadius, noteScale }) {
  const [br = 0, bg = 0, bb = 0] = parseHex(brand.background);
  const [fr = 0, fg = 0, fb = 0] = parseHex(brand.foreground);
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let background = 0;
      let foreground = 0;
      for (let s = 0; s < SUPERSAMPLES * SUPERSAMPLES; s++) {
        const x = ((px + ((s % SUPERSAMPLES) + 0.5) / SUPERSAMPLES) * 512) / size;
        const y = ((py + (Math.floor(s / SUPERSAMPLES) + 0.5) / SUPERSAMPLES) * 512) / size;
        if (!isInRoundedSquare(x, y, cornerRadius)) continue;
        background++;
        if (isInNote(256 + (x - 256) / noteScale, 256 + (y - 256) / noteScale)) foreground++;
      }
      const total = SUPERSAMPLES * SUPERSAMPLES;
      const mix = background === 0 ? 0 : foreground / background;
      const i = (py * size + px) * 4;
      rgba[i] = Math.round(br + (fr - br) * mix);
      rgba[i + 1] = Math.round(bg + (fg - bg) * mix);
      rgba[i + 2] = Math.round(bb + (fb - bb) * mix);
      rgba[i + 3] = Math.round((255 * background) / total);
    }
  }
  return encodePng(size, size, rgba);
}

mkdirSync(new URL("icons/", publicDir), { recursive: true });
writeFileSync(new URL("favicon.svg", publicDir), faviconSvg());
const icons = [
  { file: "icon-192.png", size: 192, cornerRadius: 112, noteScale: 1 },
  { file: "icon-512.png", size: 512, cornerRadius: 112, noteScale: 1 },
  // Maskable: full bleed, mark inside the central 80 % safe zone.
  { file: "icon-maskable-512.png", size: 512, cornerRadius: 0, noteScale: 0.72 },
  // iOS applies its own mask and shows transparency as black.
  { file: "apple-touch-icon.png", size: 180, cornerRadius: 0, noteScale: 0.86 },
];
for (const { file, size, ...options } of icons) {
  writeFileSync(new URL(`icons/${file}`, publicDir), renderIcon(size, options));
  console.log(`wrote public/icons/${file}`);
}
