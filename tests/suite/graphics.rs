//! The graphics ladder: which backend the game tries after one fails (`graphics`).

use werkalliantiespel::graphics::{
    AUTO, backends_for, current, is_graphics_panic, ladder, next, no_graphics_message, tried,
};

fn v(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn windows_tries_every_backend_once_then_gives_up() {
    let mut steps = Vec::new();
    let mut now = current(None);
    assert_eq!(now, AUTO);
    let mut order = vec![now.clone()];
    while let Some(step) = next("windows", &steps, &now) {
        steps.push(now.clone());
        now = step.to_string();
        order.push(now.clone());
    }
    assert_eq!(order, v(&["auto", "dx12", "vulkan", "gl"]));
}

#[test]
fn linux_has_no_dx12_and_a_person_s_own_choice_comes_first() {
    // A person started the game with WGPU_BACKEND=GL: that failed; wgpu's own choice is next.
    let failed = current(Some(" GL "));
    assert_eq!(failed, "gl");
    assert_eq!(next("linux", &[], &failed), Some(AUTO));
    assert_eq!(next("linux", &v(&["gl"]), AUTO), Some("vulkan"));
    assert_eq!(next("linux", &v(&["gl", "auto"]), "vulkan"), None);
    assert!(!ladder("linux").contains(&"dx12"));
    assert_eq!(ladder("macos"), &[AUTO, "metal"]);
}

#[test]
fn the_tried_list_survives_a_restart_in_any_spelling() {
    assert_eq!(
        tried(Some("auto, DX12,,vulkan ")),
        v(&["auto", "dx12", "vulkan"])
    );
    assert!(tried(None).is_empty());
    assert!(tried(Some("")).is_empty());
    assert_eq!(current(Some("")), AUTO);
}

#[test]
fn only_graphics_panics_move_to_the_next_backend() {
    let bevy = "/home/x/.cargo/registry/src/index/bevy_render-0.19.1/src/renderer/mod.rs";
    assert!(is_graphics_panic(Some(bevy), "called `Option::unwrap()`"));
    let wgpu = r"C:\Users\x\.cargo\registry\src\index\wgpu-29.0.4\src\backend\wgpu_core.rs";
    assert!(is_graphics_panic(
        Some(wgpu),
        "Error in Queue::submit: Parent device is lost"
    ));
    assert!(is_graphics_panic(
        None,
        "Unable to find a GPU! Make sure you have installed required drivers!"
    ));
    // A fault of the game itself is not a reason to change the graphics.
    assert!(!is_graphics_panic(
        Some("src/session/mod.rs"),
        "index out of bounds"
    ));
}

#[test]
fn the_message_says_what_to_try_in_short_sentences() {
    let text = no_graphics_message(
        &v(&["auto", "dx12", "vulkan", "gl"]),
        "Unable to find a GPU!\nmore",
    );
    assert!(text.starts_with("Het spel kan niet starten."));
    assert!(text.contains("ICT-afdeling"));
    assert!(text.contains("auto, dx12, vulkan, gl"));
    assert!(text.contains("Laatste fout: Unable to find a GPU!"));
    assert!(!text.contains("more"));
    // B1: the Dutch sentences stay short (at most 12 words; the error line is for the ICT desk).
    for line in text.lines().take_while(|l| !l.starts_with("The game")) {
        for sentence in line.split(['.', '?', '!']) {
            let words = sentence.split_whitespace().count();
            assert!(words <= 12, "too long: {sentence}");
        }
    }
}

#[test]
fn opengl_only_when_the_ladder_asks_for_it_by_name() {
    assert_eq!(backends_for(None), wgpu::Backends::PRIMARY);
    assert_eq!(backends_for(Some(" ")), wgpu::Backends::PRIMARY);
    assert!(!backends_for(None).contains(wgpu::Backends::GL));
    assert_eq!(backends_for(Some("gl")), wgpu::Backends::GL);
    assert_eq!(backends_for(Some("vulkan")), wgpu::Backends::VULKAN);
    assert_eq!(backends_for(Some("dx12")), wgpu::Backends::DX12);
}
