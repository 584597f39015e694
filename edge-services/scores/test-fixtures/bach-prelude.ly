\version "2.24.0"
\header {
  title = "Prelude in C major"
  subtitle = "The Well-Tempered Clavier, Book I"
  composer = "Johann Sebastian Bach"
  opus = "BWV 846"
  pdftitle = "Microsoft Word - prelude.doc"
  tagline = ##f
}
\relative c' { \clef treble \key c \major \time 4/4 c16 e g c e g, c e c, e g c e g, c e }
