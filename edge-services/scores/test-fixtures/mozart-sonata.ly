\version "2.24.0"
\header {
  title = "Piano Sonata No. 11"
  subtitle = "I. Tema: Andante grazioso"
  composer = "W. A. Mozart"
  opus = "K. 331"
  pdftitle = "untitled"
}
\relative c'' { \clef treble \key a \major \time 6/8 \tempo "Andante grazioso" cis8. d16 cis8 e4 e8 b8. cis16 b8 d4 d8 }
