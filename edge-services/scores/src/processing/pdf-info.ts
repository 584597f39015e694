/**
 * Whether an Info dictionary's Title or Author is the musician's words or a program's default:
 * word processors, engravers and scanners fill these in with file names and placeholders.
 */
const JUNK_TITLES: readonly RegExp[] = [
  /^microsoft (?:word|excel|powerpoint)\s*-/i,
  /^untitled\b/i,
  /^(?:document|score|title|piece|new score|scan|image)\s*\d*$/i,
  /\.(?:pdf|docx?|odt|rtf|txt|ly|mscz?|musx?|mus|sib|dorico|xml|mxl|musicxml|tiff?|jpe?g|png)$/i,
  /^[\w-]+_[\w-]+$/,
  /^\d+$/,
];

const JUNK_AUTHORS: readonly RegExp[] = [
  /^(?:administrator|admin|user|owner|unknown|anonymous user|author|composer)$/i,
  // A login name: one lowercase token with no space.
  /^[a-z0-9._-]+$/,
];

export function usefulTitle(title: string | undefined): string | undefined {
  return title !== undefined && !JUNK_TITLES.some((pattern) => pattern.test(title)) ? title : undefined;
}

export function usefulAuthor(author: string | undefined): string | undefined {
  return author !== undefined && !JUNK_AUTHORS.some((pattern) => pattern.test(author)) ? author : undefined;
}
