//! The frame's clock after a rest: the first frame after a pause must read the time it starts,
//! not the time the previous frame finished (egui measures a click with it).

use std::time::Duration;

use bevy::platform::time::Instant;
use bevy::prelude::*;
use bevy::time::{TimePlugin, create_time_channels};
use werkalliantiespel::game::window::FrameStartTime;

/// An app whose render world finished its last frame `ago`, as after a pause of that long.
fn after_a_pause(ago: Duration, fresh: bool) -> App {
    let mut app = App::new();
    app.add_plugins(TimePlugin);
    if fresh {
        app.add_plugins(FrameStartTime);
    }
    let (sender, receiver) = create_time_channels();
    app.insert_resource(receiver);
    app.update();
    let Some(then) = Instant::now().checked_sub(ago) else {
        panic!("this machine's clock cannot go back {ago:?}");
    };
    if let Err(e) = sender.0.try_send(then) {
        panic!("the render world's time could not be sent: {e}");
    }
    app.update();
    app
}

fn lag(app: &App) -> Duration {
    let Some(last) = app.world().resource::<Time<Real>>().last_update() else {
        panic!("the clock was never read");
    };
    Instant::now().saturating_duration_since(last)
}

#[test]
fn the_first_frame_after_a_pause_reads_the_clock_when_it_starts() {
    let pause = Duration::from_secs(5);
    assert!(
        lag(&after_a_pause(pause, true)) < Duration::from_secs(1),
        "the frame's clock stays as old as the pause"
    );
    // Without it, Bevy's clock is the render world's: as old as the pause. (This is what lost
    // a click whose press came in that frame and its release in the next.)
    assert!(
        lag(&after_a_pause(pause, false)) >= pause,
        "Bevy's own clock no longer lags after a pause: FrameStartTime may go"
    );
}
