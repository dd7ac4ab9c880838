//! The floor of this stack, for the benchmark: Bevy 0.19 and bevy_egui 0.42 with exactly the
//! game's features, one camera, one egui label, nothing else. See `bench/run`.

use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy::winit::WinitSettings;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};

fn main() {
    App::new()
        .insert_resource(WinitSettings::desktop_app())
        .add_plugins(DefaultPlugins.set(WindowPlugin {
            primary_window: Some(Window {
                title: "bare".into(),
                resolution: WindowResolution::new(1366, 768),
                ..default()
            }),
            ..default()
        }))
        .add_plugins(EguiPlugin::default())
        .add_systems(Startup, |mut commands: Commands| {
            commands.spawn(Camera2d);
        })
        .add_systems(EguiPrimaryContextPass, label)
        .add_plugins(werkalliantiespel::bench::FirstFramePlugin)
        .add_plugins(werkalliantiespel::bench::FrameTracePlugin)
        .run();
}

fn label(mut contexts: EguiContexts) -> Result {
    egui::Window::new("bare").show(contexts.ctx_mut()?, |ui| {
        ui.label("bare");
    });
    Ok(())
}
