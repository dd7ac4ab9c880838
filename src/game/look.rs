//! "Weergave" in the game: the settings of [`crate::settings`] as a resource, the panel that
//! changes them (F2, from every screen), saving them beside the data, and applying them: the
//! palette, the text size and calm motion.

use bevy::prelude::*;

use super::log::GameLog;
use super::{Action, GameSet, Notices, Source};
use crate::settings::{Contrast, Motion, Settings};

pub fn plugin(app: &mut App) {
    app.init_resource::<LookPanel>()
        .add_systems(Update, look_actions.in_set(super::ApplySet::Look))
        .add_systems(
            Update,
            apply_look
                .run_if(resource_changed::<Look>)
                .before(GameSet::Input),
        );
}

/// The text sizes the panel offers (keys 1–4). Every screen was looked at in each: up to 150 %
/// on 1024×600, 200 % on 1366×768.
pub const OFFERED: [crate::settings::TextSize; 4] = [
    crate::settings::TextSize::Normal,
    crate::settings::TextSize::Larger,
    crate::settings::TextSize::Large,
    crate::settings::TextSize::Largest,
];

/// How the game looks on this computer, and where the settings file is (none without a data
/// folder: then changes last until the game closes).
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct Look {
    pub settings: Settings,
    pub dir: Option<std::path::PathBuf>,
}

/// What went wrong with the settings file, worded in the reader's language as the notice
/// [`Source::Look`](super::Source::Look).
#[derive(Debug, Clone, PartialEq)]
pub enum LookProblem {
    /// Could not be read (the details: file and reason).
    Read(String),
    /// Could not be written.
    Write(String),
}

impl LookProblem {
    pub fn words(&self, tr: crate::lang::Tr) -> String {
        match self {
            LookProblem::Read(why) => {
                tr.f("weergave-lezen-lukt-niet", [("fout", why.as_str().into())])
            }
            LookProblem::Write(why) => tr.f(
                "weergave-bewaren-lukt-niet",
                [("fout", why.as_str().into())],
            ),
        }
    }
}

impl Look {
    /// Reads the settings from `dir` (the data folder). A broken file gives the usual look and
    /// a problem to show; it is not overwritten until a player changes something.
    pub fn load(dir: Option<&std::path::Path>) -> (Look, Option<LookProblem>) {
        let (settings, problem) = match dir.map(Settings::load) {
            Some(Ok(s)) => (s, None),
            Some(Err(e)) => {
                warn!("weergave: {e}");
                (Settings::default(), Some(LookProblem::Read(e.to_string())))
            }
            None => (Settings::default(), None),
        };
        let look = Look {
            settings,
            dir: dir.map(std::path::Path::to_path_buf),
        };
        (look, problem)
    }

    pub fn calm(&self) -> bool {
        self.settings.motion == Motion::Calm
    }
}

/// The panel "Weergave" is open. It covers the game like the help.
#[derive(Resource, Default, Debug, Clone, Copy, PartialEq)]
pub struct LookPanel(pub bool);

/// The log line for the current settings, e.g. `weergave: tekst 150 % · contrast hoog · rustig`.
pub fn describe(s: &Settings) -> String {
    format!(
        "weergave: tekst {} % · contrast {} · beweging {}",
        s.text_size.percent(),
        match s.contrast {
            Contrast::Normal => "gewoon",
            Contrast::High => "hoog",
        },
        match s.motion {
            Motion::Normal => "gewoon",
            Motion::Calm => "rustig",
        }
    )
}

fn look_actions(
    mut actions: MessageReader<Action>,
    mut look: ResMut<Look>,
    mut panel: ResMut<LookPanel>,
    mut log: ResMut<GameLog>,
    (mut notices, talen, setup): (ResMut<Notices>, Res<super::Translations>, Res<super::Setup>),
) {
    let before = look.settings;
    for action in actions.read() {
        match action {
            Action::ToggleLook => {
                panel.0 = !panel.0;
                log.say(if panel.0 {
                    "weergave: open"
                } else {
                    "weergave: dicht"
                });
            }
            Action::SetTextSize(t) => look.settings.text_size = *t,
            Action::SetContrast(c) => look.settings.contrast = *c,
            Action::SetMotion(m) => look.settings.motion = *m,
            _ => {}
        }
    }
    if look.settings != before {
        log.say(&describe(&look.settings));
        if let Some(dir) = look.dir.clone() {
            match look.settings.save(&dir) {
                Ok(()) => notices.clear(Source::Look),
                Err(e) => {
                    warn!("weergave: {e}");
                    let words =
                        LookProblem::Write(e.to_string()).words(talen.tr(setup.screen_lang()));
                    notices.say(Source::Look, words);
                }
            }
        }
    }
}

/// Makes the palette and the text size the current ones (the screens and the table read them).
fn apply_look(
    look: Res<Look>,
    mut art: ResMut<super::art::Art>,
    clear: Option<ResMut<ClearColor>>,
) {
    art.look = super::art::Appearance::new(
        look.settings.contrast == Contrast::High,
        look.settings.text_size.factor(),
    );
    if let Some(mut clear) = clear {
        clear.0 = art.look.table();
    }
}
