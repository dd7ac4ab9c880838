//! "Teamoverleg" on paper: the list of codes (A4, for the team's meeting) or one code's
//! conversations over time. Codes only, never a name; how far apart in words and a small line,
//! never a grade-like number.

use crate::deck::{Library, Perspective, Wording};
use crate::lang::Tr;
use crate::profile::Verdict;
use crate::team::{CodeRow, Conversation, Direction, Filter, Overview, TeamCard};

use super::html::esc;
use super::words::choice_words;

const STYLE: &str = "@page { size: A4; margin: 14mm; } body { font-family: 'Atkinson Hyperlegible', Verdana, sans-serif; color:#1f1f24; max-width: 182mm; margin: auto; font-size: 10.5pt; }\
h1 { margin-bottom: 0 } .meta { color:#555; margin-top:2px } h2 { margin: 14px 0 4px; font-size: 13pt } table { border-collapse: collapse; width: 100%; } td, th { border-bottom: 1px solid #ccc; padding: 4px 6px; text-align: left; vertical-align: top } tr, .c { break-inside: avoid }\
.far { font-weight: bold } .k { color:#555 } svg { vertical-align: middle } .c p { margin: 2px 0 } ul { margin: 2px 0 6px; padding-left: 18px }";

/// The pack a conversation was played with, among `libs` (the first for an unknown pack).
fn lib_of<'a>(libs: &[&'a Library], pack: &str) -> Option<&'a Library> {
    libs.iter()
        .find(|l| !pack.is_empty() && l.pack.id == pack)
        .or(libs.first())
        .copied()
}

/// A kenmerk's label in any of the packs (its id when none has it).
pub fn kenmerk_label(libs: &[&Library], kenmerk: &str) -> String {
    libs.iter()
        .find_map(|l| l.kenmerk(kenmerk))
        .map_or(kenmerk.to_string(), |k| k.label.clone())
}

/// A field's name in any of the packs (its id when none has it).
pub fn field_name(libs: &[&Library], field: &str) -> String {
    libs.iter()
        .find_map(|l| l.field(field))
        .map_or(field.to_string(), |f| f.name.clone())
}

/// The direction over time in words.
pub fn direction_words(d: Direction, tr: Tr) -> String {
    tr.t(match d {
        Direction::One => "team-richting-een",
        Direction::Closer => "team-richting-dichter",
        Direction::FurtherApart => "team-richting-verder",
        Direction::AboutTheSame => "team-richting-gelijk",
    })
}

/// How the two looked at a kenmerk in one conversation, in a few words.
pub fn verdict_short(v: Verdict, tr: Tr) -> String {
    tr.t(match v {
        Verdict::NoComparison => "team-oordeel-geen",
        Verdict::SameView => "team-oordeel-een-lijn",
        Verdict::SmallDifferences => "team-oordeel-klein",
        Verdict::SometimesApart => "team-oordeel-soms",
        Verdict::OftenApart => "team-oordeel-vaak",
    })
}

/// Where a code's two views often lay apart: "Vertrouwen (2 van 3 gesprekken)", most first.
pub fn often_words(row: &CodeRow, libs: &[&Library], tr: Tr) -> String {
    let mut ks: Vec<_> = row.kenmerken.iter().filter(|k| k.often_apart > 0).collect();
    ks.sort_by_key(|k| std::cmp::Reverse(k.often_apart));
    if ks.is_empty() {
        return tr.t("team-nergens-vaak");
    }
    ks.iter()
        .map(|k| {
            tr.f(
                "team-vaak-bij",
                [
                    ("thema", kenmerk_label(libs, &k.kenmerk).into()),
                    ("n", k.often_apart.into()),
                    ("totaal", k.judged.into()),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The small picture of the direction: the mean difference per card of each conversation, old
/// (left) to new (right), higher is further apart. No axis, no numbers.
pub fn sparkline(gaps: &[Option<f64>], tr: Tr) -> String {
    let known: Vec<(usize, f64)> = gaps
        .iter()
        .enumerate()
        .filter_map(|(i, g)| g.map(|g| (i, g)))
        .collect();
    let (w, h) = (90.0, 22.0);
    let n = gaps.len().max(2) - 1;
    let point = |(i, g): (usize, f64)| {
        let x = 4.0 + (w - 8.0) * i as f64 / n as f64;
        let y = h - 4.0 - (h - 8.0) * (g / 4.0).clamp(0.0, 1.0);
        (x, y)
    };
    let mut line = String::new();
    let mut dots = String::new();
    for (x, y) in known.iter().copied().map(point) {
        line.push_str(&format!("{x:.1},{y:.1} "));
        dots.push_str(&format!(
            "<circle cx={x:.1} cy={y:.1} r=2.5 fill='#1f1f24'/>"
        ));
    }
    format!(
        "<svg width='{w}' height='{h}' viewBox='0 0 {w} {h}' role='img' aria-label='{}'><line x1='2' y1='{}' x2='{}' y2='{}' stroke='#ccc'/><polyline points='{}' fill='none' stroke='#1f1f24' stroke-width='1.5'/>{dots}</svg>",
        esc(&tr.t("team-lijn-uitleg")),
        h - 4.0,
        w - 2.0,
        h - 4.0,
        line.trim_end()
    )
}

/// The filter in words, for the top of the page.
fn filter_words(filter: &Filter, libs: &[&Library], tr: Tr) -> String {
    let mut parts = Vec::new();
    if let Some(f) = &filter.field {
        parts.push(field_name(libs, f));
    }
    if let Some(k) = &filter.kenmerk {
        parts.push(kenmerk_label(libs, k));
    }
    match (&filter.from, &filter.to) {
        (Some(a), Some(b)) => parts.push(tr.f(
            "team-periode-van-tot",
            [("van", a.as_str().into()), ("tot", b.as_str().into())],
        )),
        (Some(a), None) => parts.push(tr.f("team-periode-vanaf", [("van", a.as_str().into())])),
        (None, Some(b)) => parts.push(tr.f("team-periode-tot", [("tot", b.as_str().into())])),
        (None, None) => {}
    }
    if filter.last_apart {
        parts.push(tr.t("team-filter-laatste"));
    }
    if parts.is_empty() {
        tr.t("team-filter-alles")
    } else {
        parts.join(" · ")
    }
}

fn page(title: &str, body: &str, tr: Tr) -> String {
    format!(
        "<!doctype html><html lang={}><head><meta charset=utf-8><title>{}</title><style>{STYLE}</style></head><body>{body}<p class=meta>{}</p></body></html>",
        esc(tr.code()),
        esc(title),
        esc(&tr.t("team-voet")),
    )
}

/// The list of codes, as ranked for `filter`.
pub fn team_list_html(
    overview: &Overview,
    rows: &[CodeRow],
    filter: &Filter,
    libs: &[&Library],
    tr: Tr,
) -> String {
    let conversations: usize = rows.iter().map(|r| r.conversations).sum();
    let mut body = format!(
        "<h1>{}</h1><p class=meta>{}<br>{}</p><p>{}</p>",
        esc(&tr.t("team-titel")),
        esc(&tr.f(
            "team-telling",
            [
                ("gesprekken", conversations.into()),
                ("codes", rows.len().into()),
                ("bestanden", overview.files.len().into()),
            ],
        )),
        esc(&filter_words(filter, libs, tr)),
        esc(&tr.t("team-uitleg")),
    );
    body.push_str(&format!(
        "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        esc(&tr.t("team-kolom-code")),
        esc(&tr.t("team-kolom-werkveld")),
        esc(&tr.t("team-kolom-gesprekken")),
        esc(&tr.t("team-kolom-laatste")),
        esc(&tr.t("team-kolom-vaak")),
        esc(&tr.t("team-kolom-richting")),
    ));
    for r in rows {
        body.push_str(&format!(
            "<tr><td><b>{}</b></td><td>{}</td><td>{}</td><td>{}{}</td><td>{}</td><td>{}<br>{}</td></tr>",
            esc(&r.code),
            esc(&field_name(libs, &r.field)),
            r.conversations,
            esc(&r.last_date),
            if r.last_apart {
                format!("<br><span class=far>{}</span>", esc(&tr.t("team-laatste-ver")))
            } else {
                String::new()
            },
            esc(&often_words(r, libs, tr)),
            sparkline(&r.gaps, tr),
            esc(&direction_words(r.direction, tr)),
        ));
    }
    body.push_str("</table>");
    page(&tr.t("team-titel"), &body, tr)
}

/// One card as the team reads it: the professional's sentence and both choices in words.
fn card_line(lib: &Library, c: &TeamCard, field: &str, tr: Tr) -> String {
    let sentence = match (&c.own, lib.card(&c.card)) {
        (Some(own), _) => own.clone(),
        (None, Some(card)) => lib
            .field(field)
            .map_or(card.wordings(Perspective::Professional).b1.clone(), |f| {
                card.text(Perspective::Professional, Wording::B1, f)
            }),
        (None, None) => c.card.clone(),
    };
    format!(
        "{} <span class=k>({}: {} · {}: {})</span>",
        esc(&sentence),
        esc(&tr.t("team-client")),
        esc(&choice_words(lib, c.client, Wording::B1, tr)),
        esc(&tr.t("team-professional")),
        esc(&choice_words(lib, c.professional, Wording::B1, tr)),
    )
}

/// One conversation of an opened code: per kenmerk how the two looked, the cards far apart, the
/// own cards and the "later verder praten" marks.
pub fn conversation_html(c: &Conversation, libs: &[&Library], tr: Tr) -> String {
    let Some(lib) = lib_of(libs, &c.pack) else {
        return String::new();
    };
    let mut out = format!(
        "<div class=c><h2>{}</h2><p class=k>{}</p>",
        esc(&c.date),
        esc(&format!(
            "{} · {}",
            field_name(libs, &c.field),
            lib.pack.name
        )),
    );
    for k in &c.kenmerken {
        out.push_str(&format!(
            "<p><b>{}</b>: {}</p>",
            esc(&kenmerk_label(libs, &k.kenmerk)),
            esc(&verdict_short(k.verdict, tr))
        ));
    }
    let list = |title: &str, cards: Vec<&TeamCard>| -> String {
        if cards.is_empty() {
            return String::new();
        }
        let items: String = cards
            .iter()
            .map(|k| format!("<li>{}</li>", card_line(lib, k, &c.field, tr)))
            .collect();
        format!("<p>{}</p><ul>{items}</ul>", esc(title))
    };
    out.push_str(&list(
        &tr.t("team-kaarten-ver"),
        c.cards
            .iter()
            .filter(|k| k.own.is_none() && k.far_apart())
            .collect(),
    ));
    out.push_str(&list(
        &tr.t("team-eigen-kaarten"),
        c.cards.iter().filter(|k| k.own.is_some()).collect(),
    ));
    out.push_str(&list(
        &tr.t("team-later-verder"),
        c.cards.iter().filter(|k| k.marked).collect(),
    ));
    if c.cards.is_empty() {
        out.push_str(&format!(
            "<p class=k>{}</p>",
            esc(&tr.t("team-alleen-per-thema"))
        ));
    }
    out.push_str("</div>");
    out
}

/// One code's page: its row as in the list, then its conversations, oldest first.
pub fn team_code_html(
    row: &CodeRow,
    conversations: &[&Conversation],
    filter: &Filter,
    libs: &[&Library],
    tr: Tr,
) -> String {
    let title = tr.f("team-code-titel", [("code", row.code.as_str().into())]);
    let mut body = format!(
        "<h1>{}</h1><p class=meta>{}<br>{}</p><p>{} {}</p><p>{}</p>",
        esc(&title),
        esc(&field_name(libs, &row.field)),
        esc(&filter_words(filter, libs, tr)),
        sparkline(&row.gaps, tr),
        esc(&direction_words(row.direction, tr)),
        esc(&often_words(row, libs, tr)),
    );
    for c in conversations {
        body.push_str(&conversation_html(c, libs, tr));
    }
    page(&title, &body, tr)
}
