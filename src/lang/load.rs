//! Reading the language files: the built-in ones, folders under `talen/`, syntax and key checks.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;

use super::*;

impl Languages {
    /// The built-in languages with the first built-in pack's card translations.
    pub fn built_in() -> Languages {
        match crate::deck::first_built_in() {
            Some(pack) => Languages::of_built_in(pack),
            None => Languages::from_files(screen_words(&BTreeSet::new())),
        }
    }

    /// The built-in screen words with this built-in pack's card translations.
    pub fn of_built_in(pack: &crate::deck::BuiltInPack) -> Languages {
        let mut files = screen_words(&BTreeSet::new());
        files.extend(pack.languages.iter().map(|(code, name, text)| {
            (
                code.to_string(),
                Path::new("(ingebouwd)")
                    .join(pack.folder)
                    .join("talen")
                    .join(code)
                    .join(name),
                text.to_string(),
            )
        }));
        Languages::from_files(files)
    }

    /// The built-in screen words, with the folders under `<pack>/talen/` on top: a language
    /// folder there brings the pack's card translation (`kaarten.ftl`), and its `spel.ftl`
    /// replaces the built-in screen words of that language or adds a language.
    pub fn load(cards_dir: &Path) -> Languages {
        let mut files: Vec<(String, PathBuf, String)> = Vec::new();
        let mut problems = Vec::new();
        let root = cards_dir.join("talen");
        let mut from_dir: BTreeSet<(String, String)> = BTreeSet::new();
        if let Ok(entries) = std::fs::read_dir(&root) {
            let mut dirs: Vec<PathBuf> = entries
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect();
            dirs.sort();
            for dir in dirs {
                let code = dir
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default()
                    .to_string();
                if code.parse::<unic_langid::LanguageIdentifier>().is_err() {
                    problems.push(LangProblem {
                        file: dir.clone(),
                        line: 0,
                        col: 0,
                        message: format!(
                            "\"{code}\" is geen taalcode. Gebruik een code als en, tr, ar of pl"
                        ),
                    });
                    continue;
                }
                for name in ["spel.ftl", "kaarten.ftl"] {
                    let path = dir.join(name);
                    if !path.exists() {
                        continue;
                    }
                    match read_small(&path) {
                        Ok(text) => {
                            from_dir.insert((code.clone(), name.to_string()));
                            files.push((code.clone(), path, text));
                        }
                        Err(message) => problems.push(LangProblem {
                            file: path,
                            line: 0,
                            col: 0,
                            message,
                        }),
                    }
                }
            }
        }
        files.extend(screen_words(&from_dir));
        let mut langs = Languages::from_files(files);
        problems.append(&mut langs.problems);
        langs.problems = problems;
        langs
    }

    fn from_files(files: Vec<(String, PathBuf, String)>) -> Languages {
        let mut list: Vec<Language> = Vec::new();
        let mut problems = Vec::new();
        for (code, path, text) in files {
            let Ok(id) = code.parse::<unic_langid::LanguageIdentifier>() else {
                continue;
            };
            let part = parse(&path, text, id, &mut problems);
            let lang = match list.iter_mut().position(|l| l.code == code) {
                Some(i) => &mut list[i],
                None => {
                    list.push(Language {
                        code: code.clone(),
                        name: code.clone(),
                        ui: None,
                        cards: None,
                    });
                    let last = list.len() - 1;
                    &mut list[last]
                }
            };
            if path.file_name().and_then(|n| n.to_str()) == Some("kaarten.ftl") {
                lang.cards = Some(part);
            } else {
                lang.ui = Some(part);
            }
        }
        for lang in &mut list {
            if let Some(name) = lang.ui_text("taal-naam", None) {
                lang.name = name;
            }
        }
        // Dutch first, then the others in the order of their codes.
        list.sort_by(|a, b| (a.code != BASE, &a.code).cmp(&(b.code != BASE, &b.code)));
        let mut langs = Languages { list, problems };
        langs.check_keys();
        langs
    }

    /// Keys missing from or extra in a language's `spel.ftl`, compared with Dutch.
    fn check_keys(&mut self) {
        let Some(base) = self.list.iter().find(|l| l.code == BASE) else {
            self.problems.push(LangProblem {
                file: PathBuf::from("talen/nl/spel.ftl"),
                line: 0,
                col: 0,
                message: "de Nederlandse woorden ontbreken".to_string(),
            });
            return;
        };
        let reference: BTreeSet<&str> = base.ui_keys().collect();
        let mut found = Vec::new();
        for lang in &self.list {
            if lang.code == BASE {
                continue;
            }
            let Some(ui) = &lang.ui else {
                found.push(LangProblem {
                    file: PathBuf::from(format!("talen/{}/spel.ftl", lang.code)),
                    line: 0,
                    col: 0,
                    message: "dit bestand ontbreekt: de schermen blijven in het Nederlands"
                        .to_string(),
                });
                continue;
            };
            let keys: BTreeSet<&str> = ui.keys.iter().map(String::as_str).collect();
            let missing: Vec<&str> = reference.difference(&keys).copied().collect();
            let extra: Vec<&str> = keys.difference(&reference).copied().collect();
            if !missing.is_empty() {
                found.push(LangProblem {
                    file: ui.file.clone(),
                    line: 0,
                    col: 0,
                    message: format!(
                        "{} woord(en) ontbreken (dan staat er Nederlands): {}",
                        missing.len(),
                        first_few(&missing)
                    ),
                });
            }
            if !extra.is_empty() {
                found.push(LangProblem {
                    file: ui.file.clone(),
                    line: 0,
                    col: 0,
                    message: format!(
                        "{} sleutel(s) die het Nederlands niet heeft (worden niet gebruikt): {}",
                        extra.len(),
                        first_few(&extra)
                    ),
                });
            }
        }
        self.problems.append(&mut found);
    }
}

/// A short summary for `--check-cards`: the languages and whether their cards were tested.
pub fn summary(languages: &Languages) -> String {
    let mut out = String::from("Talen:");
    for l in languages.all() {
        let cards = if l.code == BASE {
            "de kaartbestanden zelf".to_string()
        } else if !l.has_cards() {
            "geen vertaling van de kaarten".to_string()
        } else if l.cards_tested() {
            "kaarten getest met cliënten".to_string()
        } else {
            "kaarten vertaald, niet getest met cliënten".to_string()
        };
        out.push_str(&format!("\n  {:<4} {:<14} {cards}", l.code, l.name));
    }
    out.push('\n');
    out
}

fn parse(
    path: &Path,
    text: String,
    id: unic_langid::LanguageIdentifier,
    problems: &mut Vec<LangProblem>,
) -> Part {
    let source = text.clone();
    let resource = match FluentResource::try_new(text) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                // The start of the entry that broke, else where the parser stopped.
                let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                let (line, col) = line_col(&source, at);
                problems.push(LangProblem {
                    file: path.to_path_buf(),
                    line,
                    col,
                    message: format!("deze regel kan niet gelezen worden ({})", e.kind),
                });
            }
            r
        }
    };
    let mut keys = BTreeSet::new();
    for entry in resource.entries() {
        if let fluent_syntax::ast::Entry::Message(m) = entry
            && !keys.insert(m.id.name.to_string())
        {
            problems.push(LangProblem {
                file: path.to_path_buf(),
                line: 0,
                col: 0,
                message: format!("\"{}\" staat er twee keer in", m.id.name),
            });
        }
    }
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No invisible direction marks around variables: egui would draw them as boxes.
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        for e in errors {
            problems.push(LangProblem {
                file: path.to_path_buf(),
                line: 0,
                col: 0,
                message: format!("{e}"),
            });
        }
    }
    Part {
        file: path.to_path_buf(),
        bundle,
        keys,
    }
}

/// A list of keys, the first twenty and how many more, so one line stays readable.
pub fn first_few(keys: &[&str]) -> String {
    const SHOWN: usize = 20;
    if keys.len() <= SHOWN {
        keys.join(", ")
    } else {
        format!("{} en nog {}", keys[..SHOWN].join(", "), keys.len() - SHOWN)
    }
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    // Never a panic on an offset inside a character: then count up to the end.
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn read_small(path: &Path) -> Result<String, String> {
    use std::io::Read;
    let file =
        std::fs::File::open(path).map_err(|e| format!("kan dit bestand niet openen ({e})"))?;
    let mut bytes = Vec::new();
    file.take(crate::deck::MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("kan dit bestand niet lezen ({e})"))?;
    if bytes.len() as u64 > crate::deck::MAX_FILE_BYTES {
        return Err("dit bestand is te groot voor een taalbestand".to_string());
    }
    String::from_utf8(bytes).map_err(|_| "dit bestand is geen UTF-8-tekst".to_string())
}

/// The built-in screen words, except those a folder replaces ((code, file) in `replaced`).
fn screen_words(replaced: &BTreeSet<(String, String)>) -> Vec<(String, PathBuf, String)> {
    BUILT_IN
        .iter()
        .filter(|(code, name, _)| !replaced.contains(&(code.to_string(), name.to_string())))
        .map(|(code, name, text)| {
            (
                code.to_string(),
                Path::new("(ingebouwd)").join("talen").join(code).join(name),
                text.to_string(),
            )
        })
        .collect()
}
