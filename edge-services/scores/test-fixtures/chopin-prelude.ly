\version "2.24.0"
\header {
  title = "Prelude in E minor"
  subtitle = "from 24 Preludes"
  composer = "Frédéric Chopin (1810–1849)"
  opus = "Op. 28, No. 4"
  tagline = ##f
}
\relative c'' { \clef treble \key e \minor \time 2/2 \tempo "Largo" b2.( c4) b1 b2.( c4) b1 }
