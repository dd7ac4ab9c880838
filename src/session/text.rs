//! Text that players write and everyone reads afterwards (an own card): made safe to show on
//! the laptop, on a phone and in an export, whoever typed it.

/// At most this many marks (accents and the like) on one letter; more only pile up into an
/// unreadable smear.
pub const MAX_MARKS_PER_LETTER: usize = 2;

/// Whether `c` controls the terminal or the text's direction rather than being read: C0 and C1
/// control characters, DEL, and the bidi marks, embeddings, overrides and isolates (U+202E
/// shows "gniet" as "teing"); also the invisible zero-width space and byte order mark.
fn is_control(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        | '\u{61c}'
        | '\u{200b}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{feff}'
        | '\u{fff9}'..='\u{fffb}')
}

/// Whether `c` is drawn on top of the letter before it (combining marks), or only changes how
/// that letter looks (variation selectors, emoji skin tones): it adds no character of its own.
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36f}'
        | '\u{483}'..='\u{489}'
        | '\u{591}'..='\u{5bd}'
        | '\u{610}'..='\u{61a}'
        | '\u{64b}'..='\u{65f}'
        | '\u{1ab0}'..='\u{1aff}'
        | '\u{1dc0}'..='\u{1dff}'
        | '\u{20d0}'..='\u{20ff}'
        | '\u{fe00}'..='\u{fe0f}'
        | '\u{fe20}'..='\u{fe2f}'
        | '\u{1f3fb}'..='\u{1f3ff}'
        | '\u{e0100}'..='\u{e01ef}')
}

/// An own card's words made safe to show anywhere: control characters and direction marks are
/// removed, line breaks and tabs become spaces, runs of spaces become one, and a letter keeps
/// at most [`MAX_MARKS_PER_LETTER`] marks. What is left is what the players read. The rules
/// apply it to every own card (`Move::AddOwnCard`), from a key or a phone, before they count its
/// length; the phone server applies it too.
pub fn clean_card_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut marks = 0;
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            marks = 0;
            continue;
        }
        if is_control(c) {
            continue;
        }
        if is_mark(c) {
            // A mark needs a letter under it, and only a few fit.
            if out.is_empty() || space || marks >= MAX_MARKS_PER_LETTER {
                continue;
            }
            marks += 1;
            out.push(c);
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        marks = 0;
        out.push(c);
    }
    out
}

/// How many characters a reader sees in `text`: marks on a letter and the parts of an emoji
/// joined by a zero-width joiner count with the character they belong to.
pub fn seen_chars(text: &str) -> usize {
    let mut n = 0;
    let mut joined = false;
    for c in text.chars() {
        if c == '\u{200d}' {
            joined = true;
            continue;
        }
        if !is_mark(c) && !joined {
            n += 1;
        }
        joined = false;
    }
    n
}
