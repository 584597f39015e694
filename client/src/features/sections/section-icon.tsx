import type { SectionId } from "./sections";

const circle = (cx: number, cy: number, r: number) =>
  `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

/** 24×24 stroke icons, drawn for this app (no icon font, nothing to download). */
const paths: Record<SectionId, string> = {
  today: "M4 6h16v14H4zM4 10h16M8 3v4M16 3v4M9 15h3",
  practice: `${circle(12, 13.5, 7.5)}M12 10v3.5l2.5 2M9.5 2.5h5M12 2.5V6`,
  logbook:
    "M5 4.5A1.5 1.5 0 0 1 6.5 3H19v15H6.5A1.5 1.5 0 0 0 5 19.5zM5 19.5A1.5 1.5 0 0 0 6.5 21H19M9 7.5h6",
  repertoire: `M9 17.5V5.5l11-2v12${circle(6.5, 17.5, 2.5)}${circle(17.5, 15.5, 2.5)}M9 9.5l11-2`,
  plans: "M8 3v3M16 3v3M4 6h16v15H4zM8 12l2 2 4-4M8 17h8",
  goals: `${circle(12, 12, 8.5)}${circle(12, 12, 4.5)}${circle(12, 12, 0.8)}`,
  reports: "M4 20h16M7 16.5v-5M12 16.5V6M17 16.5v-8",
  scores: "M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 15h7M9 18h4",
  dictionary: `${circle(10.5, 10.5, 6.5)}M15.5 15.5 20 20M8 12.5l2.5-5 2.5 5M8.8 11h3.4`,
  toolbox: "M7 21 10.5 3h3L17 21zM12 16.5l5-9.5M5.5 21h13",
  settings: `M4 7h9M17 7h3M4 17h3M11 17h9${circle(15, 7, 2)}${circle(9, 17, 2)}`,
  account: `${circle(12, 8, 4)}M4.5 20.5a7.5 7.5 0 0 1 15 0`,
  more: `${circle(5.5, 12, 1.2)}${circle(12, 12, 1.2)}${circle(18.5, 12, 1.2)}`,
};

export function SectionIcon({ sectionId, className }: { sectionId: SectionId; className?: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={paths[sectionId]} />
    </svg>
  );
}
