//! A small scanner over RON source that finds every string literal and where it starts.
//!
//! serde gives values without positions. The loader counts the strings it deserializes; the
//! n-th string deserialized is the n-th string literal in the file, so this table turns a bad
//! value back into a line and column for the error message.

/// A string literal in the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StringToken {
    /// Byte offset of the opening quote (or the `r` of a raw string).
    pub start: usize,
    /// Byte range of the text between the quotes, as written (escapes not decoded).
    pub content: std::ops::Range<usize>,
}

/// Byte offsets where lines start, to find positions without counting from the top each time.
#[derive(Debug, Clone)]
pub struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    pub fn new(src: &str) -> Lines {
        let mut starts = vec![0];
        starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        Lines { starts }
    }

    /// Line and column (both from 1; the column counts characters) of a byte offset.
    pub fn position(&self, src: &str, byte: usize) -> (usize, usize) {
        let mut byte = byte.min(src.len());
        while !src.is_char_boundary(byte) {
            byte -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= byte).max(1);
        let start = self.starts[line - 1];
        (line, 1 + src[start..byte].chars().count())
    }
}

/// Line and column (both from 1; the column counts characters) of a byte offset.
pub fn position(src: &str, byte: usize) -> (usize, usize) {
    let byte = byte.min(src.len());
    let mut cut = byte;
    while !src.is_char_boundary(cut) {
        cut -= 1;
    }
    let before = &src[..cut];
    let line = 1 + before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    let col = 1 + before[line_start..].chars().count();
    (line, col)
}

/// Every string literal of the source in order. Comments, char literals and identifiers are
/// skipped. A broken source gives the literals up to the point where it breaks; the RON parser
/// reports the break itself.
pub fn string_literals(src: &str) -> Vec<StringToken> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut depth = 1;
                i += 2;
                while i < b.len() && depth > 0 {
                    if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                        depth += 1;
                        i += 2;
                    } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                        depth -= 1;
                        i += 2;
                    } else {
                        i += 1;
                    }
                }
            }
            b'"' => {
                let start = i;
                i += 1;
                let content_start = i;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                let end = i.min(b.len());
                out.push(StringToken {
                    start,
                    content: content_start..end,
                });
                i = end + 1;
            }
            b'r' if is_raw_string_start(b, i) => {
                let start = i;
                i += 1;
                let mut hashes = 0;
                while b.get(i) == Some(&b'#') {
                    hashes += 1;
                    i += 1;
                }
                i += 1; // opening quote
                let content_start = i;
                loop {
                    if i >= b.len() {
                        break;
                    }
                    if b[i] == b'"'
                        && b[i + 1..]
                            .iter()
                            .take(hashes)
                            .filter(|&&c| c == b'#')
                            .count()
                            == hashes
                    {
                        break;
                    }
                    i += 1;
                }
                let end = i.min(b.len());
                out.push(StringToken {
                    start,
                    content: content_start..end,
                });
                i = end + 1 + hashes;
            }
            b'\'' => {
                // char literal: 'x' or '\n' or '\u{..}'
                i += 1;
                while i < b.len() && b[i] != b'\'' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            c if c.is_ascii_alphanumeric() || c == b'_' => {
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    out
}

fn is_raw_string_start(b: &[u8], i: usize) -> bool {
    if i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_') {
        return false;
    }
    let mut j = i + 1;
    while b.get(j) == Some(&b'#') {
        j += 1;
    }
    b.get(j) == Some(&b'"')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_strings_and_skips_comments() {
        let src = "// \"not\"\n( a: \"one\", /* \"no\" */ b: r#\"two \"x\"\"#, c: 'x', d: \"t\\\"hree\" )";
        let toks = string_literals(src);
        let texts: Vec<&str> = toks.iter().map(|t| &src[t.content.clone()]).collect();
        assert_eq!(texts, vec!["one", "two \"x\"", "t\\\"hree"]);
        assert_eq!(position(src, toks[0].start), (2, 6));
    }

    #[test]
    fn line_table_agrees_with_counting() {
        let src = "a\nbë c\n\n  \"x\"\nlast";
        let lines = Lines::new(src);
        for b in 0..=src.len() {
            if src.is_char_boundary(b) {
                assert_eq!(lines.position(src, b), position(src, b), "byte {b}");
            }
        }
    }

    #[test]
    fn position_counts_characters() {
        let src = "ë\n  é \"x\"";
        let at = src.find('"').unwrap_or(0);
        assert_eq!(position(src, at), (2, 5));
    }
}
