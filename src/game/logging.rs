//! Where the game's log goes, and what it never holds: the phone page's secret, a conversation's
//! code, a note or a score. The game's own lines are written so (see [`GameLog`]); the crates
//! that carry the phones' messages (the WebSocket's frames, HTTP) write theirs at debug and trace
//! level with the message inside, so below a warning they are left out whatever `RUST_LOG` asks.
//!
//! [`GameLog`]: super::log::GameLog

use bevy::log::tracing_subscriber::{Layer, filter::FilterFn};
use bevy::log::{BoxedFmtLayer, Level, LogPlugin};
use bevy::prelude::*;

/// The crates whose debug and trace lines may quote a phone's message or address.
pub const QUIET_BELOW_WARN: [&str; 7] = [
    "tungstenite",
    "tokio_tungstenite",
    "axum",
    "axum_core",
    "hyper",
    "hyper_util",
    "tower",
];

/// The log of the game: the game's own info lines (`scherm: …`, `fase: …`), warnings of the
/// rest, `RUST_LOG` to see more; never the lines of [`QUIET_BELOW_WARN`] below a warning.
pub fn log_plugin() -> LogPlugin {
    LogPlugin {
        filter: "warn,werkalliantiespel=info,wgpu=error,naga=error".into(),
        fmt_layer,
        ..default()
    }
}

/// Whether a line with this target and level may be written.
pub fn may_log(target: &str, level: &Level) -> bool {
    let quiet = QUIET_BELOW_WARN.iter().any(|c| {
        target
            .strip_prefix(c)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with("::"))
    });
    !quiet || *level <= Level::WARN
}

fn fmt_layer(_app: &mut App) -> Option<BoxedFmtLayer> {
    Some(Box::new(
        bevy::log::tracing_subscriber::fmt::Layer::default()
            .with_writer(std::io::stderr)
            .with_filter(FilterFn::new(|meta| may_log(meta.target(), meta.level()))),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_network_crates_say_warnings_only() {
        assert!(!may_log("tungstenite::protocol", &Level::TRACE));
        assert!(!may_log("tungstenite", &Level::DEBUG));
        assert!(!may_log("hyper_util::server", &Level::INFO));
        assert!(may_log("tungstenite::protocol", &Level::WARN));
        assert!(may_log("axum", &Level::ERROR));
        // Only those crates: a name that starts the same is another crate.
        assert!(may_log("hyperloop", &Level::TRACE));
        assert!(may_log("werkalliantiespel::game", &Level::TRACE));
    }
}
