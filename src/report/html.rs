//! A printable summary (A4) of one session, as a single HTML file, for one of two readers:
//! the client's copy, often handed over, in words and pictures (no numbers, no warning signs,
//! no notes), and the professional's file with the numbers, the notes and both sentences.

use crate::deck::{GoodWhen, Library, Perspective};
use crate::lang::Tr;
use crate::profile::Profile;
use crate::session::{Choice, Player};
use crate::store::SavedSession;

use super::words::{card_numbers, choice_words, fmt1, verdict_words};

pub(super) fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const STYLE: &str = "@page { size: A4; margin: 16mm; } body { font-family: 'Atkinson Hyperlegible', Verdana, sans-serif; color:#1f1f24; max-width: 180mm; margin: auto; font-size: 11pt; }\
h1 { margin-bottom: 0 } .meta { color:#555; margin-top:2px } h3 { margin: 10px 0 2px } .sw { display:inline-block; width:10px; height:18px; margin-right:8px; vertical-align:-3px; border-radius:2px }\
.k { break-inside: avoid; } .k p { margin: 2px 0 } .num { color:#555 } .plain { font-weight: bold } h3 small, td small { font-weight: normal; color:#555 } .theme { color:#555; font-size: 10pt } .who { font-weight: bold } .m { vertical-align: -4px; margin-right: 6px } svg text { font-size: 12px; font-family: inherit } table { border-collapse: collapse; width: 100%; } td, th { border-bottom: 1px solid #ccc; padding: 4px 6px; text-align: left; vertical-align: top } tr { break-inside: avoid }\
.legend span { display:inline-block; width:14px; height:10px; border:1px solid #555 } .legend .c { background:#888 } .legend .p { background: repeating-linear-gradient(45deg,#bbb,#bbb 3px,#fff 3px,#fff 6px) }";

/// One kenmerk: both means as bars (the professional's striped), the verdict from the cards and
/// the numbers behind it.
fn kenmerk_block(
    k: &crate::profile::KenmerkProfile,
    (lib, tr): (&Library, Tr),
    (client_name, pro_name): (&str, &str),
    guesses: &[String],
    reader: Reader,
) -> String {
    let info = lib.kenmerk(&k.kenmerk);
    let title = deck_title(lib, &k.kenmerk);
    let colour = info.map_or("#555".to_string(), |i| {
        format!("#{:02x}{:02x}{:02x}", i.colour.0, i.colour.1, i.colour.2)
    });
    let low = info.is_some_and(|i| i.good_when == GoodWhen::Low);
    // One stripe pattern per kenmerk: ids are shared by the whole page.
    let pattern: String = k
        .kenmerk
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    let bar = |y: u32, v: Option<f64>, hatched: bool| -> String {
        let span = f64::from(lib.steps().max(2)) - 1.0;
        let w = v.map_or(0.0, |v| ((v - 1.0) / span).clamp(0.02, 1.0) * 300.0);
        let fill = if hatched {
            format!("url(#stripes-{pattern})")
        } else {
            colour.clone()
        };
        let label = v.map_or("–".into(), |v| fmt1(v, tr));
        format!(
            "<rect x=120 y={y} width=300 height=20 rx=4 fill='#e8e2d4'/><rect x=120 y={y} width={w:.1} height=20 rx=4 fill='{fill}' stroke='{colour}'/><text x=430 y={} font-weight=bold>{label}</text>",
            y + 15
        )
    };
    if reader == Reader::Client {
        // In words only: how the two look at this theme, from the cards.
        let mut out = format!(
            "<div class=k><h3><span class=sw style='background:{colour}'></span>{title}</h3><p>{}</p>",
            esc(&verdict_words(k, tr))
        );
        for line in guesses {
            out.push_str(&format!("<p>{}</p>", esc(line)));
        }
        out.push_str(&when_apart(info, k));
        out.push_str("</div>");
        return out;
    }
    let mut out = format!(
        "<div class=k><h3><span class=sw style='background:{colour}'></span>{}{}</h3><svg width=480 height=58 viewBox='0 0 480 58'><defs><pattern id='stripes-{pattern}' width=8 height=8 patternUnits=userSpaceOnUse patternTransform='rotate(45)'><rect width=8 height=8 fill='{colour}'/><rect width=3 height=8 fill='white'/></pattern></defs><text x=0 y=15>{client_name}</text>{}<text x=0 y=47>{pro_name}</text>{}</svg>",
        title,
        if low {
            format!(" <small>{}</small>", esc(&tr.t("overzicht-lager-beter")))
        } else {
            String::new()
        },
        bar(0, k.client_mean, false),
        bar(32, k.professional_mean, true),
    );
    out.push_str(&format!("<p>{}</p>", esc(&verdict_words(k, tr))));
    if let Some(numbers) = card_numbers(k, tr) {
        out.push_str(&format!("<p class=num>{}</p>", esc(&numbers)));
    }
    // "Raad de ander": how often each guessed the other within one step.
    for line in guesses {
        out.push_str(&format!("<p class=num>{}</p>", esc(line)));
    }
    out.push_str(&when_apart(info, k));
    out.push_str("</div>");
    out
}

/// The pack's sentence for a kenmerk the two often look at differently (the monitor's
/// Vertrouwen), on both pages; nothing otherwise.
fn when_apart(info: Option<&crate::deck::Kenmerk>, k: &crate::profile::KenmerkProfile) -> String {
    match info.and_then(|i| i.when_apart.as_ref()) {
        Some(line) if k.apart() => format!("<p class=plain>{}</p>", esc(line)),
        _ => String::new(),
    }
}

/// Who reads a printed page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// The client's copy: words and pictures, no numbers, no notes.
    Client,
    /// The professional's file: the numbers, the notes.
    Professional,
}

/// A deck's name as the client chose it ("Contact"), with the research's name under which the
/// monitor knows it ("Binding") as a subtitle; HTML, escaped.
fn deck_title(lib: &Library, kenmerk: &str) -> String {
    match lib.kenmerk(kenmerk) {
        Some(k) if k.label != k.name => {
            format!("{} <small>({})</small>", esc(&k.label), esc(&k.name))
        }
        Some(k) => esc(&k.label),
        None => esc(kenmerk),
    }
}

/// A choice as a picture: the meter of the cards (as many bars filled as the place of the
/// choice on the scale), an empty dashed meter for a skip. SVG, 34 × 18.
fn meter(lib: &Library, choice: Choice) -> String {
    let steps = lib.scale.as_ref().map_or(5, |s| s.points.len()).max(1);
    let filled = match choice {
        Choice::Score(v) => lib
            .scale
            .as_ref()
            .and_then(|s| s.points.iter().position(|p| p.value == v))
            .map_or(0, |i| i + 1),
        Choice::Pass => 0,
    };
    let dash = if choice == Choice::Pass {
        " stroke-dasharray='2 2'"
    } else {
        ""
    };
    let w = 30.0 / steps as f32;
    let mut bars = String::new();
    for i in 0..steps {
        let h = 6.0 + 12.0 * (i as f32 + 1.0) / steps as f32;
        let fill = if i < filled { "#1f1f24" } else { "white" };
        bars.push_str(&format!(
            "<rect x={:.1} y={:.1} width={:.1} height={h:.1} rx=1 fill='{fill}' stroke='#1f1f24'{dash}/>",
            i as f32 * w + 1.0,
            19.0 - h,
            w - 2.0,
        ));
    }
    format!("<svg class=m width=34 height=20 viewBox='0 0 32 20' aria-hidden=true>{bars}</svg>")
}

/// The page for one reader. `lib` and `tr` in that reader's language (the client's copy in the
/// language the client played in, the professional's file in the professional's).
pub fn html(session: &SavedSession, lib: &Library, tr: Tr, reader: Reader) -> String {
    let profile = Profile::of(&session.record, lib);
    let selection = &session.record.selection;
    let field = lib.field(&selection.field);
    let code = if session.label.is_empty() {
        tr.t("hervat-zonder-code")
    } else {
        tr.f("hervat-code", [("code", session.label.as_str().into())])
    };
    let field_name = field.map_or(selection.field.clone(), |f| f.name.clone());
    let for_whom = match reader {
        Reader::Client => tr.f(
            "html-voor-client",
            [(
                "client",
                field.map_or(String::new(), |f| f.client.clone()).into(),
            )],
        ),
        Reader::Professional => tr.t("html-voor-professional"),
    };
    let mut body = format!(
        "<h1>{}</h1><p class=meta>{} · {}</p><p class=meta>{}</p>",
        esc(&tr.t("start-titel")),
        esc(&tr.f(
            "overzicht-gesprek",
            [("code", code.into()), ("werkveld", field_name.into())]
        )),
        session.date(),
        esc(&for_whom),
    );
    // The field's own words for the two seats ("Jongere", "Jeugdbeschermer").
    let client_name = esc(&Player::Client.name(field));
    let pro_name = esc(&Player::Professional.name(field));
    body.push_str(&format!(
        "<h2>{}</h2><p>{}</p>",
        esc(&tr.t("overzicht-titel")),
        esc(&tr.t("overzicht-geen-cijfer"))
    ));
    if reader == Reader::Professional {
        body.push_str(&format!(
            "<p class=legend><span class=c></span> {client_name} &nbsp; <span class=p></span> {pro_name} ({}) · {}</p>",
            esc(&tr.t("html-gestreept")),
            esc(&tr.t("html-schaal"))
        ));
    }
    if profile.kenmerken.iter().any(|k| k.guessed.is_some()) {
        body.push_str(&format!("<p>{}</p>", esc(&tr.t("overzicht-raden-uitleg"))));
    }
    for k in &profile.kenmerken {
        let guesses = super::words::guess_words(k, tr);
        body.push_str(&kenmerk_block(
            k,
            (lib, tr),
            (&client_name, &pro_name),
            &guesses,
            reader,
        ));
    }
    // The cards: per card its theme, each seat's own sentence with whose it is, and each
    // seat's choice in words (and, on the client's copy, as the meter picture).
    let notes = reader == Reader::Professional;
    body.push_str(&format!(
        "<h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th>{}</tr>",
        esc(&tr.t("html-kaarten")),
        esc(&tr.t("html-kaart")),
        esc(&tr.t("html-keuze")),
        esc(&tr.t("html-later")),
        if notes {
            format!("<th>{}</th>", esc(&tr.t("html-notitie")))
        } else {
            String::new()
        },
    ));
    let wording = selection.wording;
    let said = |choice: Choice| -> String {
        let words = esc(&choice_words(lib, choice, wording, tr));
        match reader {
            Reader::Client => format!("{}{words}", meter(lib, choice)),
            Reader::Professional => words,
        }
    };
    let mark = |marked: bool| {
        if marked {
            format!("★ {}", esc(&tr.t("html-ja")))
        } else {
            String::new()
        }
    };
    for c in &profile.cards {
        let Some(card) = lib.card(&c.card) else {
            continue;
        };
        let sentence = |who: Perspective| {
            esc(&field.map_or(card.wordings(who).b1.clone(), |f| {
                card.text(who, wording, f)
            }))
        };
        body.push_str(&format!(
            "<tr><td><div class=theme>{}</div><span class=who>{client_name}:</span> {}<br><span class=who>{pro_name}:</span> {}</td><td><span class=who>{client_name}:</span> {}<br><span class=who>{pro_name}:</span> {}</td><td>{}</td>{}</tr>",
            deck_title(lib, &card.kenmerk),
            sentence(Perspective::Client),
            sentence(Perspective::Professional),
            said(c.client),
            said(c.professional),
            mark(c.marked),
            if notes {
                format!("<td>{}</td>", esc(&c.note))
            } else {
                String::new()
            },
        ));
    }
    body.push_str("</table>");
    // The players' own cards: no kenmerk, so no bars; their sentence and both choices.
    if !profile.own.is_empty() {
        body.push_str(&format!(
            "<h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th>{}</tr>",
            esc(&tr.t("eigen-kaarten")),
            esc(&tr.t("html-kaart")),
            esc(&tr.t("html-keuze")),
            esc(&tr.t("html-later")),
            if notes {
                format!("<th>{}</th>", esc(&tr.t("html-notitie")))
            } else {
                String::new()
            },
        ));
        for c in &profile.own {
            body.push_str(&format!(
                "<tr><td>{}</td><td><span class=who>{client_name}:</span> {}<br><span class=who>{pro_name}:</span> {}</td><td>{}</td>{}</tr>",
                esc(&c.text),
                said(c.client),
                said(c.professional),
                mark(c.marked),
                if notes {
                    format!("<td>{}</td>", esc(&c.note))
                } else {
                    String::new()
                },
            ));
        }
        body.push_str("</table>");
    }
    format!(
        "<!doctype html><html lang={}><head><meta charset=utf-8><title>{} {}</title><style>{STYLE}</style></head><body>{body}<p class=meta>{}</p></body></html>",
        esc(tr.code()),
        esc(&tr.t("start-titel")),
        esc(&session.label),
        esc(&tr.t("html-voet")),
    )
}

/// Where the professional's file goes beside the client's copy: `gesprek.html` →
/// `gesprek-professional.html`.
pub fn professional_path(client: &std::path::Path) -> std::path::PathBuf {
    let stem = client
        .file_stem()
        .map_or_else(|| "gesprek".into(), |s| s.to_string_lossy().into_owned());
    client.with_file_name(format!("{stem}-professional.html"))
}
