//! The overview's list: one row per code, the codes where client and professional most often lie
//! far apart first; filters; and one code's conversations over time.

use crate::profile::Verdict;

use super::{Conversation, Overview};

/// What the list shows. Empty means "all".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub field: Option<String>,
    pub kenmerk: Option<String>,
    /// Dates as exported (`YYYY-MM-DD`), both ends included.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Only codes whose last conversation (in the period) lay far apart somewhere.
    pub last_apart: bool,
}

impl Filter {
    fn admits(&self, c: &Conversation) -> bool {
        self.field.as_ref().is_none_or(|f| *f == c.field)
            && self.from.as_ref().is_none_or(|d| c.date >= *d)
            && self.to.as_ref().is_none_or(|d| c.date <= *d)
            && self
                .kenmerk
                .as_ref()
                .is_none_or(|k| c.kenmerken.iter().any(|v| v.kenmerk == *k))
    }
}

/// Whether the two came closer over the code's conversations: the first and the last one's mean
/// difference per card compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// One conversation (or one with cards to compare): no direction yet.
    One,
    Closer,
    FurtherApart,
    AboutTheSame,
}

/// A change in mean difference per card smaller than this is "about the same".
pub const SAME_BELOW: f64 = 0.25;

/// One kenmerk of one code: in how many conversations it was judged, and in how many of those
/// the two looked at it often differently ("kijken vaak anders") or sometimes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KenmerkCount {
    pub kenmerk: String,
    pub judged: usize,
    pub often_apart: usize,
    pub sometimes_apart: usize,
}

/// One row of the list.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeRow {
    pub code: String,
    pub field: String,
    pub conversations: usize,
    pub first_date: String,
    pub last_date: String,
    /// Per kenmerk (in the order first met), in the conversations the filter admits.
    pub kenmerken: Vec<KenmerkCount>,
    /// The last conversation had a card far apart (in the filter's kenmerk, if any).
    pub last_apart: bool,
    pub direction: Direction,
    /// Each conversation's mean difference per card, oldest first: the small picture.
    pub gaps: Vec<Option<f64>>,
    /// "Later verder praten" marks and own cards, over the conversations.
    pub marked: usize,
    pub own_cards: usize,
}

impl CodeRow {
    /// Kenmerk judgments where the two often looked differently, and all judgments.
    pub fn often(&self) -> (usize, usize) {
        self.kenmerken
            .iter()
            .fold((0, 0), |(o, j), k| (o + k.often_apart, j + k.judged))
    }

    fn apart(&self) -> (usize, usize) {
        self.kenmerken.iter().fold((0, 0), |(a, j), k| {
            (a + k.often_apart + k.sometimes_apart, j + k.judged)
        })
    }
}

/// The codes, most often far apart first: by the share of kenmerk judgments "often apart", then
/// by the share with any card far apart, then the most recent, then the code.
pub fn rank(overview: &Overview, filter: &Filter) -> Vec<CodeRow> {
    let only = filter.kenmerk.as_deref();
    let mut rows: Vec<CodeRow> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for c in overview.conversations.iter().filter(|c| filter.admits(c)) {
        let code = c.listed_as();
        let i = *index.entry(code.clone()).or_insert_with(|| {
            rows.push(CodeRow {
                code,
                field: c.field.clone(),
                conversations: 0,
                first_date: c.date.clone(),
                last_date: c.date.clone(),
                kenmerken: Vec::new(),
                last_apart: false,
                direction: Direction::One,
                gaps: Vec::new(),
                marked: 0,
                own_cards: 0,
            });
            rows.len() - 1
        });
        let row = &mut rows[i];
        // Oldest first: the overview is sorted, so this conversation is the latest so far.
        row.conversations += 1;
        row.last_date = c.date.clone();
        row.last_apart = c.apart(only);
        row.gaps.push(c.gap(only));
        row.marked += c.cards.iter().filter(|k| k.marked).count();
        row.own_cards += c.cards.iter().filter(|k| k.own.is_some()).count();
        for k in c
            .kenmerken
            .iter()
            .filter(|k| only.is_none_or(|o| o == k.kenmerk))
            .filter(|k| k.verdict != Verdict::NoComparison)
        {
            let count = match row.kenmerken.iter().position(|n| n.kenmerk == k.kenmerk) {
                Some(n) => &mut row.kenmerken[n],
                None => {
                    row.kenmerken.push(KenmerkCount {
                        kenmerk: k.kenmerk.clone(),
                        judged: 0,
                        often_apart: 0,
                        sometimes_apart: 0,
                    });
                    let last = row.kenmerken.len() - 1;
                    &mut row.kenmerken[last]
                }
            };
            count.judged += 1;
            match k.verdict {
                Verdict::OftenApart => count.often_apart += 1,
                Verdict::SometimesApart => count.sometimes_apart += 1,
                _ => {}
            }
        }
    }
    // The direction: the first and the last conversation with a difference, compared on the
    // kenmerken both judged (a theme played once more must not look like coming closer).
    let mut ends: Vec<(Option<&Conversation>, Option<&Conversation>)> =
        vec![(None, None); rows.len()];
    for c in overview.conversations.iter().filter(|c| filter.admits(c)) {
        if c.gap(only).is_none() {
            continue;
        }
        let (first, last) = &mut ends[index[&c.listed_as()]];
        first.get_or_insert(c);
        *last = Some(c);
    }
    for (row, ends) in rows.iter_mut().zip(ends) {
        row.direction = match ends {
            (Some(first), Some(last)) if first.id != last.id => between(first, last, only),
            _ => Direction::One,
        };
    }
    if filter.last_apart {
        rows.retain(|r| r.last_apart);
    }
    // Shares compared without division: a/b > c/d ⇔ a·d > c·b (an empty one counts as 0).
    let share = |(n, of): (usize, usize)| (n, of.max(1));
    rows.sort_by(|a, b| {
        let (ao, aj) = share(a.often());
        let (bo, bj) = share(b.often());
        let (aa, ak) = share(a.apart());
        let (ba, bk) = share(b.apart());
        (bo * aj)
            .cmp(&(ao * bj))
            .then((ba * ak).cmp(&(aa * bk)))
            .then(b.last_date.cmp(&a.last_date))
            .then(a.code.cmp(&b.code))
    });
    rows
}

/// From `first` to `last`: their mean difference per card on the kenmerken (in `only`) that
/// both judged; on all of each one's kenmerken when they share none.
pub fn between(first: &Conversation, last: &Conversation, only: Option<&str>) -> Direction {
    let shared: Vec<&str> = first
        .kenmerken
        .iter()
        .filter(|k| only.is_none_or(|o| o == k.kenmerk) && k.card_gap_mean.is_some())
        .filter(|k| {
            last.kenmerken
                .iter()
                .any(|l| l.kenmerk == k.kenmerk && l.card_gap_mean.is_some())
        })
        .map(|k| k.kenmerk.as_str())
        .collect();
    let gap = |c: &Conversation| {
        if shared.is_empty() {
            return c.gap(only);
        }
        let (sum, n) = c
            .kenmerken
            .iter()
            .filter(|k| shared.contains(&k.kenmerk.as_str()))
            .filter_map(|k| Some((k.card_gap_mean? * k.both_scored as f64, k.both_scored)))
            .fold((0.0, 0usize), |(s, n), (a, b)| (s + a, n + b));
        (n > 0).then(|| sum / n as f64)
    };
    let (Some(first), Some(last)) = (gap(first), gap(last)) else {
        return Direction::One;
    };
    match last - first {
        d if d <= -SAME_BELOW => Direction::Closer,
        d if d >= SAME_BELOW => Direction::FurtherApart,
        _ => Direction::AboutTheSame,
    }
}

/// One code's conversations that the filter admits, oldest first.
pub fn code_conversations<'a>(
    overview: &'a Overview,
    code: &str,
    filter: &Filter,
) -> Vec<&'a Conversation> {
    overview
        .conversations
        .iter()
        .filter(|c| filter.admits(c) && c.listed_as() == code)
        .collect()
}

/// The fields in the overview, for the filter, sorted.
pub fn fields(overview: &Overview) -> Vec<String> {
    let mut out: Vec<String> = overview
        .conversations
        .iter()
        .map(|c| c.field.clone())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The kenmerken in the overview, in the order first met.
pub fn kenmerken(overview: &Overview) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for k in overview.conversations.iter().flat_map(|c| &c.kenmerken) {
        if !out.contains(&k.kenmerk) {
            out.push(k.kenmerk.clone());
        }
    }
    out
}
