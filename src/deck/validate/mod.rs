//! Validation of parsed card files, with exact error positions and plain Dutch messages.

use std::collections::HashMap;
use std::path::PathBuf;

use super::parsed::{LoadError, LoadReport, Parsed};
use super::raw::{Located, RawCard, RawPrompts, RawWordings};
use super::*;

mod card;

pub(super) struct Validator<'r> {
    pub(super) report: &'r mut LoadReport,
    pub(super) seen_scale: Option<PathBuf>,
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

const ID_RULE: &str = "gebruik alleen kleine letters, cijfers en -, zonder spaties";

fn parse_colour(s: &str) -> Option<Rgb> {
    let hex = s.strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
}

impl Validator<'_> {
    pub(super) fn push(&mut self, e: LoadError) {
        self.report.errors.push(e);
    }

    /// Checks a text that players read: not empty, placeholders valid. Returns false if bad.
    pub(super) fn text(&mut self, p: &Parsed, s: &Located, what: &str) -> bool {
        if s.value.trim().is_empty() {
            self.push(p.at(s, format!("{what} is leeg. Schrijf hier een tekst.")));
            return false;
        }
        let n = s.value.chars().count();
        if n > MAX_TEXT_CHARS {
            self.push(p.at(s, format!("{what} is te lang ({n} tekens). Houd het kort: hoogstens {MAX_TEXT_CHARS} tekens.")));
            return false;
        }
        if let Err(e) = template::parse(&s.value) {
            self.push(p.at_offset(s, e.offset, format!("{what}: {e}.")));
            return false;
        }
        true
    }

    /// Checks a text that is shown as is (a name, a label): only not empty.
    pub(super) fn plain(&mut self, p: &Parsed, s: &Located, what: &str) -> bool {
        if s.value.trim().is_empty() {
            self.push(p.at(s, format!("{what} is leeg. Schrijf hier een tekst.")));
            return false;
        }
        if s.value.chars().count() > MAX_TEXT_CHARS {
            self.push(p.at(
                s,
                format!("{what} is te lang. Houd het kort: hoogstens {MAX_TEXT_CHARS} tekens."),
            ));
            return false;
        }
        true
    }

    pub(super) fn kenmerken(&mut self, p: &Parsed, list: &[raw::RawKenmerk]) {
        for k in list {
            if !valid_id(&k.id.value) {
                self.push(p.at(
                    &k.id,
                    format!("Het id \"{}\" kan niet: {ID_RULE}.", k.id.value),
                ));
                continue;
            }
            if self.report.library.kenmerk(&k.id.value).is_some() {
                self.push(p.at(&k.id, format!("Het kenmerk \"{}\" bestaat al.", k.id.value)));
                continue;
            }
            let Some(colour) = parse_colour(&k.colour.value) else {
                self.push(p.at(
                    &k.colour,
                    format!(
                        "De kleur \"{}\" kan niet. Schrijf een kleur als \"#1F6FB2\".",
                        k.colour.value
                    ),
                ));
                continue;
            };
            let label = k.label.as_ref().unwrap_or(&k.name);
            let ok = self.plain(p, &k.name, "De naam")
                & self.plain(p, label, "De naam voor spelers")
                & self.plain(p, &k.explain, "De uitleg")
                & k.when_apart
                    .as_ref()
                    .is_none_or(|s| self.plain(p, s, "De zin bij ver uit elkaar"));
            let pictogram = match &k.pictogram {
                None => None,
                Some(name) => match DeckPictogram::from_name(&name.value) {
                    Some(pic) => Some(pic),
                    None => {
                        let names: Vec<String> = DeckPictogram::ALL
                            .iter()
                            .map(|(n, _)| format!("\"{n}\""))
                            .collect();
                        self.push(p.at(
                            name,
                            format!(
                                "Onbekend plaatje \"{}\" voor een stapel. Kies uit {}.",
                                name.value,
                                names.join(", ")
                            ),
                        ));
                        continue;
                    }
                },
            };
            if ok {
                self.report.library.kenmerken.push(Kenmerk {
                    id: k.id.value.clone(),
                    name: k.name.value.clone(),
                    label: label.value.clone(),
                    colour,
                    explain: k.explain.value.clone(),
                    good_when: k.good_when,
                    pictogram,
                    when_apart: k.when_apart.as_ref().map(|s| s.value.clone()),
                });
            }
        }
    }

    /// The pack's own file: an id that is saved with every conversation, a name, a sentence.
    pub(super) fn pack(
        &mut self,
        p: &Parsed,
        (id, name, explain): (&Located, &Located, &Located),
        order: u8,
    ) {
        if !self.report.library.pack.id.is_empty() {
            self.push(p.at(
                id,
                "Er is al een pakket.ron in deze map. Er mag maar één zijn.".to_string(),
            ));
            return;
        }
        if !valid_id(&id.value) {
            self.push(p.at(id, format!("Het id \"{}\" kan niet: {ID_RULE}.", id.value)));
            return;
        }
        if self.plain(p, name, "De naam") & self.plain(p, explain, "De uitleg") {
            self.report.library.pack = PackInfo {
                id: id.value.clone(),
                name: name.value.clone(),
                explain: explain.value.clone(),
                order,
            };
        }
    }

    pub(super) fn fields(&mut self, p: &Parsed, list: &[raw::RawField]) {
        for f in list {
            if !valid_id(&f.id.value) {
                self.push(p.at(
                    &f.id,
                    format!("Het id \"{}\" kan niet: {ID_RULE}.", f.id.value),
                ));
                continue;
            }
            if self.report.library.field(&f.id.value).is_some() {
                self.push(p.at(
                    &f.id,
                    format!("Het werkveld \"{}\" bestaat al.", f.id.value),
                ));
                continue;
            }
            let ok = self.plain(p, &f.name, "De naam")
                & self.plain(p, &f.werker, "Het woord voor {werker}")
                & self.plain(p, &f.client, "Het woord voor {client}")
                & self.plain(p, &f.voorwaarden, "Het woord voor {voorwaarden}")
                & self.grammar(p, f);
            if ok {
                self.report.library.fields.push(Field {
                    id: f.id.value.clone(),
                    name: f.name.value.clone(),
                    werker: f.werker.value.clone(),
                    client: f.client.value.clone(),
                    voorwaarden: f.voorwaarden.value.clone(),
                });
            }
        }
    }

    /// The cards say "mijn {werker}", "deze {client}" and "de {voorwaarden} houden": the words
    /// must be de-words and a plural, or a sentence like "deze kind" comes out. The file says so
    /// for every field, and is checked.
    pub(super) fn grammar(&mut self, p: &Parsed, f: &raw::RawField) -> bool {
        let mut ok = true;
        for (article, word, key) in [
            (&f.werker_lidwoord, &f.werker, "werker"),
            (&f.client_lidwoord, &f.client, "client"),
        ] {
            match article {
                None => {
                    self.push(p.at(
                        &f.id,
                        format!(
                            "Schrijf bij dit werkveld het lidwoord van \"{}\": {key}_lidwoord: \"de\".",
                            word.value
                        ),
                    ));
                    ok = false;
                }
                Some(a) if a.value != "de" => {
                    self.push(p.at(
                        a,
                        format!(
                            "\"{}\" is een {}-woord. De kaarten zeggen \"deze {{{key}}}\"; dat kan alleen met een de-woord. Kies een ander woord.",
                            word.value, a.value
                        ),
                    ));
                    ok = false;
                }
                Some(_) => {}
            }
        }
        match f.voorwaarden_meervoud {
            None => {
                self.push(p.at(
                    &f.voorwaarden,
                    "Schrijf erbij of dit een meervoud is: voorwaarden_meervoud: true.".to_string(),
                ));
                ok = false;
            }
            Some(false) => {
                self.push(p.at(
                    &f.voorwaarden,
                    format!(
                        "\"{}\" moet een meervoud zijn, zoals \"afspraken\". De kaarten zeggen \"de {{voorwaarden}}\".",
                        f.voorwaarden.value
                    ),
                ));
                ok = false;
            }
            Some(true) => {}
        }
        ok
    }

    pub(super) fn pictogram(&mut self, p: &Parsed, s: &Located) -> Option<Pictogram> {
        let found = Pictogram::from_name(&s.value);
        if found.is_none() {
            let names: Vec<String> = Pictogram::ALL
                .iter()
                .map(|(n, _)| format!("\"{n}\""))
                .collect();
            self.push(p.at(
                s,
                format!(
                    "Onbekend plaatje \"{}\". Kies uit {}.",
                    s.value,
                    names.join(", ")
                ),
            ));
        }
        found
    }

    pub(super) fn scale(&mut self, p: &Parsed, points: &[raw::RawPoint], pass: &raw::RawPass) {
        if let Some(first) = &self.seen_scale {
            self.push(LoadError {
                file: p.file.to_path_buf(),
                line: 1,
                col: 1,
                message: format!(
                    "Er is al een schaal in {}. Er mag maar één schaal zijn.",
                    first.display()
                ),
            });
            return;
        }
        let mut ok = true;
        let mut out = Vec::new();
        for (i, point) in points.iter().enumerate() {
            let expected = i as u8 + 1;
            if point.value != expected {
                self.push(p.at(
                    &point.label,
                    format!(
                        "Punt {} van de schaal moet value: {expected} hebben, niet {}.",
                        i + 1,
                        point.value
                    ),
                ));
                ok = false;
            }
            ok &= self.plain(p, &point.label, "Het woord");
            if let Some(original) = &point.original {
                ok &= self.plain(p, original, "Het woord van de monitor");
            }
            let pic = self.pictogram(p, &point.pictogram);
            ok &= pic.is_some();
            if let Some(pictogram) = pic {
                out.push(ScalePoint {
                    value: point.value,
                    label: point.label.value.clone(),
                    original: point
                        .original
                        .as_ref()
                        .map_or_else(|| point.label.value.clone(), |o| o.value.clone()),
                    pictogram,
                });
            }
        }
        let (fewest, most) = (*SCALE_STEPS.start(), *SCALE_STEPS.end());
        if !(usize::from(fewest)..=usize::from(most)).contains(&points.len()) {
            self.push(LoadError {
                file: p.file.to_path_buf(),
                line: 1,
                col: 1,
                message: format!(
                    "De schaal heeft {fewest} tot {most} punten nodig, hier staan er {}.",
                    points.len()
                ),
            });
            ok = false;
        }
        ok &= self.plain(p, &pass.label, "Het woord voor overslaan");
        let pass_pic = self.pictogram(p, &pass.pictogram);
        if let (true, Some(pass_pictogram)) = (ok, pass_pic) {
            self.seen_scale = Some(p.file.to_path_buf());
            self.report.library.scale = Some(Scale {
                points: out,
                pass_label: pass.label.value.clone(),
                pass_pictogram,
            });
        }
    }

    pub(super) fn generic_prompts(&mut self, p: &Parsed, raw: &RawPrompts<'_>) {
        let take = |list: &Vec<Located>, v: &mut Self| -> Vec<String> {
            list.iter()
                .filter(|s| v.text(p, s, "Een gespreksvraag"))
                .map(|s| s.value.clone())
                .collect()
        };
        // The older single "same" list counts where the three new ones are not given.
        let same = take(raw.same, self);
        let mut lists = [
            take(raw.same_good, self),
            take(raw.same_middle, self),
            take(raw.same_hard, self),
        ];
        for list in &mut lists {
            if list.is_empty() {
                list.clone_from(&same);
            }
        }
        let [same_good, same_middle, same_hard] = lists;
        let small = take(raw.small, self);
        let small_good = take(raw.small_good, self);
        let small_hard = take(raw.small_hard, self);
        let small_across = take(raw.small_across, self);
        let large = take(raw.large, self);
        let passed = take(raw.passed, self);
        let early_low = take(raw.early_low, self);
        let g = &mut self.report.library.prompts;
        g.same.extend(same);
        g.same_good.extend(same_good);
        g.same_middle.extend(same_middle);
        g.same_hard.extend(same_hard);
        g.small.extend(small);
        g.small_good.extend(small_good);
        g.small_hard.extend(small_hard);
        g.small_across.extend(small_across);
        g.large.extend(large);
        g.passed.extend(passed);
        g.early_low.extend(early_low);
    }
}
