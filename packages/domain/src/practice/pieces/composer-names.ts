/**
 * Composer names in a comparable form: the surname, accents and case folded, German umlaut
 * spellings ("Haendel", "Schoenberg") folded like the umlaut itself, and the common
 * transliterations of Russian names mapped to one spelling.
 */
import { normalizeText } from "../text/normalize-text";

const surnameAliases: ReadonlyMap<string, string> = new Map(
  Object.entries({
    tchaikovsky:
      "chaikovsky tschaikowsky tchaikowsky tschaikowski czajkowski tchaikovski chaikovskii tschaikovsky",
    rachmaninoff: "rachmaninov rakhmaninov rachmaninow rachmaninof",
    prokofiev: "prokofieff prokofjew prokofiew prokofiev",
    mussorgsky: "moussorgsky musorgsky mussorgskij musorgskii",
    scriabin: "skrjabin skryabin scriabine",
    shostakovich: "schostakowitsch chostakovitch sjostakovitsj shostakovitch",
    stravinsky: "strawinsky stravinskij strawinski",
    korsakov: "korsakoff korsakow",
    glazunov: "glasunow glazounov",
    khachaturian: "chatschaturjan khatchaturian",
    chopin: "szopen",
    mendelssohn: "mendelsohn",
  }).flatMap(([canonical, variants]) => variants.split(" ").map((variant) => [variant, canonical] as const)),
);

/**
 * The comparable surname of a composer: "Johann Sebastian Bach", "J.S. Bach" and "Bach, Johann
 * Sebastian" all give "bach"; "Pyotr Ilyich Chaikovsky" gives "tchaikovsky".
 *
 * @example
 * getComposerKey("Tschaikowsky"); // "tchaikovsky"
 */
export function getComposerKey(composer: string): string {
  const commaIndex = composer.indexOf(",");
  const surnamePart = commaIndex > 0 ? composer.slice(0, commaIndex) : composer;
  const words = normalizeText(surnamePart).split(" ");
  const surname = (words.at(-1) ?? "").replace(/([aou])e/g, "$1");
  return surnameAliases.get(surname) ?? surname;
}
