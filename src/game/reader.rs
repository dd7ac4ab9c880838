//! A screen reader's actions reach the screens. AccessKit hands a reader's "click" (Orca's
//! default action) to Bevy's winit plugin, which queues it; bevy_egui 0.42 passes the tree to the
//! reader but never passes these actions on to egui, and the resting window would not even wake
//! for them. Here: a small thread wakes the window when the queue holds an action, and each
//! frame hands the queued actions to egui as input, where the control they name sees a click
//! (egui's `Response::clicked` counts them).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use bevy::a11y::AccessibilityRequested;
use bevy::prelude::*;
use bevy::winit::accessibility::{WinitActionRequestHandler, WinitActionRequestHandlers};
use bevy::winit::{EventLoopProxyWrapper, WinitUserEvent};
use bevy_egui::{EguiInput, EguiPreUpdateSet, PrimaryEguiContext, egui};

pub fn plugin(app: &mut App) {
    app.add_systems(
        PreUpdate,
        pass_actions_to_egui
            .after(EguiPreUpdateSet::ProcessInput)
            .before(EguiPreUpdateSet::BeginPass),
    )
    .add_systems(Update, (wake_for_actions, say_reader));
}

/// Every queued reader action becomes an egui input event of the primary context.
fn pass_actions_to_egui(
    handlers: Option<Res<WinitActionRequestHandlers>>,
    mut inputs: Query<&mut EguiInput, With<PrimaryEguiContext>>,
) {
    let Some(handlers) = handlers else {
        return;
    };
    for queue in handlers.values() {
        // A poisoned queue (a panic elsewhere while it was held) still holds the requests.
        let mut queue = queue
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        while let Some(request) = queue.pop_front() {
            debug!("schermlezer: actie {:?}", request.action);
            for mut input in &mut inputs {
                input
                    .events
                    .push(egui::Event::AccessKitActionRequest(request.clone()));
            }
        }
    }
}

/// From the window's first frames: a thread that looks at the queues ten times a second and
/// wakes the window when one holds an action. It starts before any reader: a reader that comes
/// while the window rests gets no frame that could start it (a first action was lost that way:
/// the screen-reader test waited 40 s for it). An empty queue costs a lock ten times a second.
fn wake_for_actions(
    handlers: Option<Res<WinitActionRequestHandlers>>,
    proxy: Option<Res<EventLoopProxyWrapper>>,
    mut started: Local<bool>,
) {
    if *started {
        return;
    }
    let (Some(handlers), Some(proxy)) = (handlers, proxy) else {
        return;
    };
    let queues: Vec<Arc<Mutex<WinitActionRequestHandler>>> = handlers.values().cloned().collect();
    if queues.is_empty() {
        return;
    }
    let proxy = (**proxy).clone();
    let waker = std::thread::Builder::new()
        .name("lezer-wekker".into())
        .spawn(move || {
            loop {
                std::thread::sleep(Duration::from_millis(100));
                let waiting = queues.iter().any(|q| {
                    !q.lock()
                        .unwrap_or_else(|poisoned| poisoned.into_inner())
                        .is_empty()
                });
                // The window is gone: nothing left to wake.
                if waiting && proxy.send_event(WinitUserEvent::WakeUp).is_err() {
                    break;
                }
            }
        });
    if let Err(e) = waker {
        warn!("schermlezer: de acties wachten tot de volgende toets ({e})");
    }
    *started = true;
}

/// Says in the log when a screen reader starts reading the window.
fn say_reader(requested: Res<AccessibilityRequested>, mut said: Local<bool>) {
    if !*said && requested.get() {
        info!("schermlezer: aan");
        *said = true;
    }
}
