/** The Mirubato mark; geometry copied from scripts/logo-geometry.mjs (which also draws the icons). */
export function LogoMark({ size = 32 }: { size?: number }) {
  return (
    <svg
      className="logo-mark"
      viewBox="0 0 512 512"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      <rect width="512" height="512" rx="112" fill="var(--brand)" />
      <g fill="var(--on-brand)">
        <ellipse cx="196" cy="352" rx="76" ry="54" transform="rotate(-22 196 352)" />
        <rect x="248" y="110" width="30" height="250" rx="4" />
        <path
          d="M263 125Q400 170 364 300"
          fill="none"
          stroke="var(--on-brand)"
          strokeWidth="30"
          strokeLinecap="round"
        />
      </g>
    </svg>
  );
}
