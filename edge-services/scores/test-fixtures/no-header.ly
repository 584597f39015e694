\version "2.24.0"
\header { tagline = ##f }
\relative c' { \clef treble \time 4/4 c4 d e f g1 }
