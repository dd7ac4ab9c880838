//! "Weergave": how the game looks on this computer — text size, contrast, motion. Not part of
//! any session: a small file `weergave.ron` in the data folder, read at start, written when a
//! player changes something. No Bevy here; the skin reads [`Settings`] and applies it.

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The file's name in the data folder.
pub const FILE: &str = "weergave.ron";

/// How big the text is, for cards, buttons and screens alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum TextSize {
    #[default]
    Normal,
    /// 125 %
    Larger,
    /// 150 %
    Large,
    /// 200 %
    Largest,
}

impl TextSize {
    pub const ALL: [TextSize; 4] = [
        TextSize::Normal,
        TextSize::Larger,
        TextSize::Large,
        TextSize::Largest,
    ];

    pub fn percent(self) -> u16 {
        match self {
            TextSize::Normal => 100,
            TextSize::Larger => 125,
            TextSize::Large => 150,
            TextSize::Largest => 200,
        }
    }

    /// What every font size is multiplied by.
    pub fn factor(self) -> f32 {
        f32::from(self.percent()) / 100.0
    }

    /// The size for a percentage (100, 125, 150 or 200); `None` for any other.
    pub fn from_percent(p: u16) -> Option<TextSize> {
        TextSize::ALL.into_iter().find(|t| t.percent() == p)
    }
}

/// Colours: the usual look, or high contrast (all text at least 7:1 against its background).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Contrast {
    #[default]
    Normal,
    High,
}

/// Motion: the usual flip and 3-2-1, or calm (no turning, no growing numbers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Motion {
    #[default]
    Normal,
    Calm,
}

/// The look of the game on this computer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub text_size: TextSize,
    pub contrast: Contrast,
    pub motion: Motion,
    /// The first-time explanation (three pictures) was shown on this computer: at the first
    /// conversation, once.
    pub intro_seen: bool,
}

/// A settings file that could not be read or written, in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsError {
    pub file: PathBuf,
    pub message: String,
}

impl fmt::Display for SettingsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.message)
    }
}

impl std::error::Error for SettingsError {}

/// Larger files are not settings; they are not read.
const MAX_BYTES: u64 = 4096;

impl Settings {
    /// The settings in `dir`, or the usual look when there is no file yet. A file that cannot be
    /// read is left as it is (a player may want to look at it) and said as an error; the game
    /// then starts with the usual look.
    pub fn load(dir: &Path) -> Result<Settings, SettingsError> {
        let file = dir.join(FILE);
        let err = |message: String| SettingsError {
            file: file.clone(),
            message,
        };
        match fs::metadata(&file) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Settings::default()),
            Err(e) => return Err(err(format!("kan niet geopend worden ({e}).",))),
            Ok(m) if m.len() > MAX_BYTES => {
                return Err(err(format!(
                    "is te groot ({} bytes) voor een weergave-bestand.",
                    m.len()
                )));
            }
            Ok(_) => {}
        }
        let bytes = fs::read(&file).map_err(|e| err(format!("kan niet gelezen worden ({e}).")))?;
        let text = String::from_utf8(bytes).map_err(|_| err("is geen leesbare tekst.".into()))?;
        ron::from_str(&text).map_err(|e| {
            err(format!(
                "regel {}, teken {}: {}",
                e.span.start.line, e.span.start.col, e.code
            ))
        })
    }

    /// Writes the settings to `dir` (atomically: the old file or the new one, never half).
    pub fn save(&self, dir: &Path) -> Result<(), SettingsError> {
        let file = dir.join(FILE);
        let text =
            ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default()).map_err(|e| {
                SettingsError {
                    file: file.clone(),
                    message: e.to_string(),
                }
            })?;
        let body = format!(
            "// Hoe het spel eruitziet op deze computer. Het spel schrijft dit bestand zelf.\n{text}\n"
        );
        crate::store::write_atomic(&file, body.as_bytes()).map_err(|e| SettingsError {
            file,
            message: e.reason(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder that is not there yet, inside a fresh temporary one (removed with the guard).
    fn dir(name: &str) -> (PathBuf, tempfile::TempDir) {
        let root = match tempfile::Builder::new().prefix("wa-settings-").tempdir() {
            Ok(root) => root,
            Err(e) => panic!("no temporary folder: {e}"),
        };
        (root.path().join(name), root)
    }

    #[test]
    fn no_file_is_the_usual_look() {
        let (d, _root) = dir("none");
        assert_eq!(Settings::load(&d), Ok(Settings::default()));
    }

    #[test]
    fn saved_settings_come_back() {
        let (d, _root) = dir("round");
        let s = Settings {
            text_size: TextSize::Largest,
            contrast: Contrast::High,
            motion: Motion::Calm,
            intro_seen: true,
        };
        s.save(&d).expect("save");
        assert_eq!(Settings::load(&d), Ok(s));
        let _ = fs::remove_dir_all(&d);
    }

    #[test]
    fn a_missing_field_keeps_its_usual_value() {
        let (d, _root) = dir("partial");
        fs::create_dir_all(&d).unwrap();
        fs::write(d.join(FILE), "(contrast: High)").unwrap();
        let s = Settings::load(&d).expect("load");
        assert_eq!(s.contrast, Contrast::High);
        assert_eq!(s.text_size, TextSize::Normal);
        assert!(!s.intro_seen, "an older file: the explanation not seen yet");
        let _ = fs::remove_dir_all(&d);
    }

    #[test]
    fn broken_files_are_said_not_panicked() {
        let (d, _root) = dir("broken");
        fs::create_dir_all(&d).unwrap();
        for bad in [
            "(text_size: Huge)",
            "(colour: Blue)",
            "(((((",
            "",
            "\u{0}\u{1}",
        ] {
            fs::write(d.join(FILE), bad).unwrap();
            let e = Settings::load(&d).expect_err(bad);
            assert!(e.to_string().contains(FILE), "{e}");
        }
        fs::write(d.join(FILE), [0xff, 0xfe, 0x00]).unwrap();
        assert!(Settings::load(&d).is_err());
        fs::write(d.join(FILE), "(".repeat(10_000)).unwrap();
        assert!(Settings::load(&d).unwrap_err().message.contains("te groot"));
        let _ = fs::remove_dir_all(&d);
    }

    #[test]
    fn text_sizes_are_the_four_the_issue_asks_for() {
        let p: Vec<u16> = TextSize::ALL.iter().map(|t| t.percent()).collect();
        assert_eq!(p, [100, 125, 150, 200]);
        assert_eq!(TextSize::from_percent(150), Some(TextSize::Large));
        assert_eq!(TextSize::from_percent(175), None);
        assert!((TextSize::Largest.factor() - 2.0).abs() < f32::EPSILON);
    }
}
