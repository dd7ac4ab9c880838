//! Saving, private by design: one human-readable RON file per saved session, an in-progress file
//! for crash recovery, history and export. No Bevy types.
//!
//! Layout of the data folder:
//! - `sessies/<id>.ron`: a session the professional chose to keep ("Bewaren");
//! - `sessies/beschadigd/`: files that could not be read, moved aside (never overwritten);
//! - `bezig.ron`: the session in progress, so it can be resumed after a crash. Removed when the
//!   session is saved or left without saving.

use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::deck::{Keying, Library, Perspective};
use crate::profile::Profile;
use crate::session::{Choice, SessionRecord};

/// The version of the file format this program writes.
pub const FORMAT: u32 = 1;

/// The environment variable that points the game at another data folder.
pub const DATA_ENV: &str = "WERKALLIANTIESPEL_DATA";

/// A session the professional chose to keep.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedSession {
    pub format: u32,
    pub id: String,
    /// A code for the conversation, never a name.
    pub label: String,
    /// When it was saved: seconds since 1970 (UTC), and the same as text.
    pub saved_at: u64,
    pub saved_at_text: String,
    pub record: SessionRecord,
}

impl SavedSession {
    /// The date as Dutch readers write it: 28-11-2026.
    pub fn date(&self) -> String {
        let (y, m, d, ..) = civil(self.saved_at);
        format!("{d:02}-{m:02}-{y}")
    }

    /// The kenmerken that were played (at least one revealed card), in dealt order.
    pub fn kenmerken(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for c in &self.record.cards {
            if !c.rounds.is_empty() && !out.contains(&c.kenmerk) {
                out.push(c.kenmerk.clone());
            }
        }
        out
    }
}

/// The session in progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InProgress {
    pub format: u32,
    pub label: String,
    pub updated_at: u64,
    pub record: SessionRecord,
}

/// Something wrong with a file in the data folder, said in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    pub message: String,
    /// Where the file was moved, when it was moved aside.
    pub moved_to: Option<PathBuf>,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.message)?;
        if let Some(to) = &self.moved_to {
            write!(f, " Het bestand is apart gezet: {}", to.display())?;
        }
        Ok(())
    }
}

/// A failure to write or delete.
#[derive(Debug)]
pub struct StoreError {
    pub path: PathBuf,
    pub message: String,
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for StoreError {}

fn io_error(path: &Path, what: &str, e: &io::Error) -> StoreError {
    let why = match e.kind() {
        io::ErrorKind::PermissionDenied => "dat mag niet (geen schrijfrechten)".to_string(),
        io::ErrorKind::NotFound => "de map bestaat niet".to_string(),
        _ => e.to_string(),
    };
    StoreError {
        path: path.to_path_buf(),
        message: format!("{what} lukt niet: {why}"),
    }
}

/// Sessions that could be read, and the problems with the rest.
#[derive(Debug, Default)]
pub struct Listing {
    /// Oldest first.
    pub sessions: Vec<SavedSession>,
    pub problems: Vec<Problem>,
}

/// The data folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    root: PathBuf,
}

/// Where the data folder is: `--data-dir`, else the environment variable, else the platform's
/// usual place (on Linux `~/.local/share/werkalliantiespel`).
pub fn default_root(flag: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = flag {
        return Some(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os(DATA_ENV).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    dirs::data_dir().map(|d| d.join("werkalliantiespel"))
}

/// Now, in seconds since 1970.
pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Year, month, day, hour, minute, second (UTC) of a time in seconds since 1970.
pub fn civil(secs: u64) -> (i64, u32, u32, u32, u32, u32) {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Howard Hinnant's days-to-civil
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (
        y,
        m,
        d,
        (rem / 3600) as u32,
        ((rem % 3600) / 60) as u32,
        (rem % 60) as u32,
    )
}

fn stamp(secs: u64) -> String {
    let (y, m, d, h, min, s) = civil(secs);
    format!("{y:04}-{m:02}-{d:02} {h:02}:{min:02}:{s:02} UTC")
}

/// Writes a file so that it is either the old or the new content, never half: a temporary file
/// next to it, flushed to disk, then renamed over it.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_atomic_with(path, bytes, |_| Ok(()))
}

/// [`write_atomic`] with a step between writing the temporary file and renaming it, for tests
/// that interrupt the write there.
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    before_rename: impl FnOnce(&Path) -> io::Result<()>,
) -> Result<(), StoreError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| io_error(dir, "De map maken", &e))?;
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("bestand");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| -> io::Result<()> {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        before_rename(&tmp)?;
        fs::rename(&tmp, path)?;
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(io_error(path, "Opslaan", &e));
    }
    Ok(())
}

fn to_ron<T: Serialize>(value: &T) -> String {
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(6)
        .struct_names(true);
    // Serialising plain data to a string cannot fail; fall back to the compact form if it does.
    ron::ser::to_string_pretty(value, config)
        .or_else(|_| ron::to_string(value))
        .unwrap_or_default()
}

/// The `format` field of a data file, read without knowing the rest of its shape.
fn format_of(text: &str) -> Option<u64> {
    let value = ron::Options::default()
        .with_recursion_limit(64)
        .from_str::<ron::Value>(text)
        .ok()?;
    let ron::Value::Map(map) = value else {
        return None;
    };
    match map.get(&ron::Value::String("format".into()))? {
        ron::Value::Number(n) => n.into_f64().is_finite().then(|| n.into_f64() as u64),
        _ => None,
    }
}

/// Parses a data file, checking its format version first so a newer file gets a clear message.
fn parse<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, String> {
    if let Some(v) = format_of(text)
        && v > u64::from(FORMAT)
    {
        return Err(format!(
            "dit bestand is gemaakt door een nieuwere versie van het spel (formaat {v}; deze versie kent {FORMAT})."
        ));
    }
    ron::Options::default()
        .with_recursion_limit(64)
        .from_str::<T>(text)
        .map_err(|e| {
            format!(
                "dit bestand kan niet gelezen worden (regel {}, kolom {}: {}).",
                e.span.start.line, e.span.start.col, e.code
            )
        })
}

fn sanitize(label: &str) -> String {
    let s: String = label
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(24)
        .collect();
    s.trim_matches('_').to_string()
}

impl Store {
    pub fn new(root: impl Into<PathBuf>) -> Store {
        Store { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn sessions_dir(&self) -> PathBuf {
        self.root.join("sessies")
    }

    pub fn progress_path(&self) -> PathBuf {
        self.root.join("bezig.ron")
    }

    fn aside_dir(&self) -> PathBuf {
        self.sessions_dir().join("beschadigd")
    }

    /// Saves a session under a code. Returns the saved session.
    pub fn save(&self, label: &str, record: &SessionRecord) -> Result<SavedSession, StoreError> {
        let at = now();
        let (y, m, d, h, min, s) = civil(at);
        let suffix: u16 = rand::random();
        let mut id = format!("{y:04}{m:02}{d:02}-{h:02}{min:02}{s:02}-{suffix:04x}");
        let code = sanitize(label);
        if !code.is_empty() {
            id.push('-');
            id.push_str(&code);
        }
        let saved = SavedSession {
            format: FORMAT,
            id: id.clone(),
            label: label.trim().to_string(),
            saved_at: at,
            saved_at_text: stamp(at),
            record: record.clone(),
        };
        let path = self.sessions_dir().join(format!("{id}.ron"));
        write_atomic(&path, to_ron(&saved).as_bytes())?;
        Ok(saved)
    }

    /// Moves an unreadable file aside, never over another file.
    fn move_aside(&self, file: &Path) -> Option<PathBuf> {
        let dir = self.aside_dir();
        fs::create_dir_all(&dir).ok()?;
        let name = file.file_name()?.to_string_lossy().into_owned();
        let mut target = dir.join(&name);
        let mut n = 1;
        while target.exists() {
            target = dir.join(format!("{n}-{name}"));
            n += 1;
        }
        fs::rename(file, &target).ok().map(|_| target)
    }

    /// Reads every saved session. Unreadable files are reported and moved aside; files from a
    /// newer version are reported and left alone.
    /// Saves a conversation again under the file it was saved as before (after "Verder spelen"
    /// on a conversation that was stopped and saved): one conversation, one file.
    pub fn save_again(
        &self,
        before: &SavedSession,
        label: &str,
        record: &SessionRecord,
    ) -> Result<SavedSession, StoreError> {
        let at = now();
        let saved = SavedSession {
            format: FORMAT,
            id: before.id.clone(),
            label: label.trim().to_string(),
            saved_at: at,
            saved_at_text: stamp(at),
            record: record.clone(),
        };
        let path = self.sessions_dir().join(format!("{}.ron", before.id));
        write_atomic(&path, to_ron(&saved).as_bytes())?;
        Ok(saved)
    }

    pub fn list(&self) -> Listing {
        let mut listing = Listing::default();
        let Ok(entries) = fs::read_dir(self.sessions_dir()) else {
            return listing;
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "ron"))
            .collect();
        paths.sort();
        for path in paths {
            let text = match fs::read(&path) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(t) => t,
                    Err(_) => {
                        let moved_to = self.move_aside(&path);
                        listing.problems.push(Problem {
                            file: path,
                            message: "dit bestand is geen leesbare tekst.".into(),
                            moved_to,
                        });
                        continue;
                    }
                },
                Err(e) => {
                    listing.problems.push(Problem {
                        file: path,
                        message: format!("dit bestand kan niet geopend worden ({e})."),
                        moved_to: None,
                    });
                    continue;
                }
            };
            match parse::<SavedSession>(&text) {
                Ok(s) => listing.sessions.push(s),
                Err(message) if message.contains("nieuwere versie") => {
                    listing.problems.push(Problem {
                        file: path,
                        message,
                        moved_to: None,
                    })
                }
                Err(message) => {
                    let moved_to = self.move_aside(&path);
                    listing.problems.push(Problem {
                        file: path,
                        message,
                        moved_to,
                    });
                }
            }
        }
        listing
            .sessions
            .sort_by(|a, b| (a.saved_at, &a.id).cmp(&(b.saved_at, &b.id)));
        listing
    }

    /// Deletes one saved session.
    pub fn delete(&self, id: &str) -> Result<(), StoreError> {
        if id.is_empty() || id.contains(['/', '\\']) || id.starts_with('.') {
            return Err(StoreError {
                path: self.sessions_dir(),
                message: "onbekend gesprek".into(),
            });
        }
        let path = self.sessions_dir().join(format!("{id}.ron"));
        fs::remove_file(&path).map_err(|e| io_error(&path, "Verwijderen", &e))
    }

    /// Deletes everything the game ever stored: saved sessions, files moved aside, the session
    /// in progress. The data folder itself goes too.
    pub fn delete_all(&self) -> Result<(), StoreError> {
        match fs::remove_dir_all(&self.root) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(io_error(&self.root, "Alles verwijderen", &e)),
        }
    }

    /// Writes the session in progress (only revealed rounds are in a record).
    pub fn autosave(&self, label: &str, record: &SessionRecord) -> Result<(), StoreError> {
        let p = InProgress {
            format: FORMAT,
            label: label.to_string(),
            updated_at: now(),
            record: record.clone(),
        };
        write_atomic(&self.progress_path(), to_ron(&p).as_bytes())
    }

    /// The session in progress, if there is one. A broken file is moved aside and reported.
    pub fn load_progress(&self) -> Result<Option<InProgress>, Problem> {
        let path = self.progress_path();
        let text = match fs::read(&path) {
            Ok(b) => {
                String::from_utf8(b).map_err(|_| "dit bestand is geen leesbare tekst.".to_string())
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(Problem {
                    file: path,
                    message: format!("kan niet geopend worden ({e})."),
                    moved_to: None,
                });
            }
        };
        match text.and_then(|t| parse::<InProgress>(&t)) {
            Ok(p) => Ok(Some(p)),
            Err(message) if message.contains("nieuwere versie") => Err(Problem {
                file: path,
                message,
                moved_to: None,
            }),
            Err(message) => {
                let moved_to = self.move_aside(&path);
                Err(Problem {
                    file: path,
                    message,
                    moved_to,
                })
            }
        }
    }

    /// Removes the session in progress (after saving, or when it is left without saving).
    pub fn clear_progress(&self) -> Result<(), StoreError> {
        let path = self.progress_path();
        match fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(io_error(&path, "Opruimen", &e)),
        }
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The CSV header of [`csv`].
pub const CSV_HEADER: [&str; 14] = [
    "session_id",
    "date",
    "label",
    "field",
    "kenmerk",
    "item",
    "card",
    "keying",
    "round",
    "client_score",
    "professional_score",
    "client_passed",
    "professional_passed",
    "marked",
];

/// Long format for team and research use: one row per card per revealed round.
pub fn csv(sessions: &[SavedSession]) -> String {
    let mut out = CSV_HEADER.join(",");
    out.push_str("\r\n");
    for s in sessions {
        let (y, m, d, ..) = civil(s.saved_at);
        let date = format!("{y:04}-{m:02}-{d:02}");
        for c in &s.record.cards {
            for (round, (cl, pr)) in c.rounds.iter().enumerate() {
                let score = |ch: &Choice| ch.score().map_or(String::new(), |v| v.to_string());
                let passed = |ch: &Choice| if *ch == Choice::Pass { "1" } else { "0" };
                let row = [
                    csv_field(&s.id),
                    date.clone(),
                    csv_field(&s.label),
                    csv_field(&s.record.selection.field),
                    csv_field(&c.kenmerk),
                    c.item.to_string(),
                    csv_field(&c.card),
                    match c.keying {
                        Keying::Positive => "positive".into(),
                        Keying::Negative => "negative".into(),
                    },
                    (round + 1).to_string(),
                    score(cl),
                    score(pr),
                    passed(cl).into(),
                    passed(pr).into(),
                    if c.marked { "1".into() } else { "0".into() },
                ];
                out.push_str(&row.join(","));
                out.push_str("\r\n");
            }
        }
    }
    out
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn words(lib: &Library, c: Choice, wording: crate::deck::Wording) -> String {
    match (c, &lib.scale) {
        (Choice::Score(v), Some(s)) => s
            .point(v)
            .map_or(v.to_string(), |p| p.word(wording).to_string()),
        (Choice::Pass, Some(s)) => s.pass_label.clone(),
        (Choice::Score(v), None) => v.to_string(),
        (Choice::Pass, None) => "overgeslagen".into(),
    }
}

/// A printable summary (A4) of one session, as a single HTML file with the profile as a picture.
pub fn html(session: &SavedSession, lib: &Library) -> String {
    let profile = Profile::of(&session.record, lib);
    let field = lib.field(&session.record.selection.field);
    let mut body = String::new();
    body.push_str(&format!(
        "<h1>Werkalliantiespel</h1><p class=meta>Gesprek {} · {} · {}</p>",
        esc(if session.label.is_empty() {
            "zonder code"
        } else {
            &session.label
        }),
        session.date(),
        esc(field.map_or(session.record.selection.field.as_str(), |f| f.name.as_str()))
    ));
    // The field's own words for the two seats ("Jongere", "Jeugdbeschermer").
    let name = |p: crate::session::Player| p.name(field);
    let (client_name, pro_name) = (
        esc(&name(crate::session::Player::Client)),
        esc(&name(crate::session::Player::Professional)),
    );
    let wording = session.record.selection.wording;
    body.push_str("<h2>Zo kijken jullie naar de samenwerking</h2>");
    body.push_str(
        "<p>Dit is geen rapportcijfer. Het laat zien hoe jullie allebei de samenwerking zien.</p>",
    );
    body.push_str(&format!("<p class=legend><span class=c></span> {client_name} &nbsp; <span class=p></span> {pro_name} (gestreept) · schaal 1 tot 5</p>"));
    for k in &profile.kenmerken {
        let info = lib.kenmerk(&k.kenmerk);
        let name = info.map_or(k.kenmerk.as_str(), |i| i.name.as_str());
        let colour = info.map_or("#555".to_string(), |i| {
            format!("#{:02x}{:02x}{:02x}", i.colour.0, i.colour.1, i.colour.2)
        });
        let low = info.is_some_and(|i| i.good_when == crate::deck::GoodWhen::Low);
        // one stripe pattern per kenmerk: ids are shared by the whole page
        let pattern: String = k
            .kenmerk
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        let bar = |y: u32, v: Option<f64>, hatched: bool| -> String {
            let w = v.map_or(0.0, |v| ((v - 1.0) / 4.0).clamp(0.02, 1.0) * 300.0);
            let fill = if hatched {
                format!("url(#stripes-{pattern})")
            } else {
                colour.clone()
            };
            let label = v.map_or("–".into(), |v| format!("{v:.1}").replace('.', ","));
            format!(
                "<rect x=120 y={y} width=300 height=20 rx=4 fill='#e8e2d4'/><rect x=120 y={y} width={w:.1} height=20 rx=4 fill='{fill}' stroke='{colour}'/><text x=430 y={} font-weight=bold>{label}</text>",
                y + 15
            )
        };
        body.push_str(&format!(
            "<div class=k><h3><span class=sw style='background:{colour}'></span>{}{}</h3><svg width=480 height=58 viewBox='0 0 480 58'><defs><pattern id='stripes-{pattern}' width=8 height=8 patternUnits=userSpaceOnUse patternTransform='rotate(45)'><rect width=8 height=8 fill='{colour}'/><rect width=3 height=8 fill='white'/></pattern></defs><text x=0 y=15>{client_name}</text>{}<text x=0 y=47>{pro_name}</text>{}</svg>",
            esc(name),
            if low { " <small>(lager is beter)</small>" } else { "" },
            bar(0, k.client_mean, false),
            bar(32, k.professional_mean, true),
        ));
        let passes = k.client_passed + k.professional_passed;
        let gap = match k.gap() {
            Some(g) if g < 0.5 => "Op één lijn.".to_string(),
            Some(g) if g < 1.5 => {
                format!("Klein verschil ({}).", format!("{g:.1}").replace('.', ","))
            }
            Some(g) => format!(
                "Jullie kijken er anders naar (verschil {}).",
                format!("{g:.1}").replace('.', ",")
            ),
            None => "Geen verschil te berekenen.".into(),
        };
        body.push_str(&format!(
            "<p>{gap}{}</p></div>",
            if passes > 0 {
                format!(" {passes} keer overgeslagen.")
            } else {
                String::new()
            }
        ));
    }
    body.push_str(&format!("<h2>De kaarten</h2><table><tr><th>Kaart</th><th>{client_name}</th><th>{pro_name}</th><th>Later</th><th>Notitie</th></tr>"));
    for c in &profile.cards {
        let Some(card) = lib.card(&c.card) else {
            continue;
        };
        let text = field.map_or(card.client.b1.clone(), |f| {
            card.text(Perspective::Client, session.record.selection.wording, f)
        });
        body.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&text),
            esc(&words(lib, c.client, wording)),
            esc(&words(lib, c.professional, wording)),
            if c.marked { "★ ja" } else { "" },
            esc(&c.note)
        ));
    }
    body.push_str("</table>");
    format!(
        "<!doctype html><html lang=nl><head><meta charset=utf-8><title>Werkalliantiespel {}</title><style>\
@page {{ size: A4; margin: 16mm; }} body {{ font-family: 'Atkinson Hyperlegible', Verdana, sans-serif; color:#1f1f24; max-width: 180mm; margin: auto; font-size: 11pt; }}\
h1 {{ margin-bottom: 0 }} .meta {{ color:#555; margin-top:2px }} h3 {{ margin: 10px 0 2px }} .sw {{ display:inline-block; width:10px; height:18px; margin-right:8px; vertical-align:-3px; border-radius:2px }}\
.k {{ break-inside: avoid; }} svg text {{ font-size: 12px; font-family: inherit }} table {{ border-collapse: collapse; width: 100%; }} td, th {{ border-bottom: 1px solid #ccc; padding: 4px 6px; text-align: left; vertical-align: top }} tr {{ break-inside: avoid }}\
.legend span {{ display:inline-block; width:14px; height:10px; border:1px solid #555 }} .legend .c {{ background:#888 }} .legend .p {{ background: repeating-linear-gradient(45deg,#bbb,#bbb 3px,#fff 3px,#fff 6px) }}\
</style></head><body>{body}<p class=meta>Gemaakt met het Werkalliantiespel. Bewaar dit papier zoals ander cliëntmateriaal.</p></body></html>",
        esc(&session.label)
    )
}
