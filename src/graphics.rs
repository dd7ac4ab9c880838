//! When the graphics cannot start: try the next backend, and at the end say so in plain words.
//!
//! Bevy asks wgpu for a graphics adapter once, on every backend at once, and panics when none is
//! found or the device it got is lost while starting (an old driver, DX12 without shader model
//! 5.1, a remote desktop without Vulkan). A counsellor would see the program vanish. Instead the
//! game starts itself again with the next backend of a fixed ladder (`WGPU_BACKEND`, which Bevy
//! reads), and when every step failed it shows a message box in Dutch that says what to try.
//!
//! The ladder and the choice of the next step are plain functions (tested in `tests/suite`); the
//! panic hook that uses them is `install`.

use std::sync::atomic::{AtomicBool, Ordering};

/// The environment variable that carries the steps that failed so far, from one start of the
/// game to the next (comma separated, in order).
pub const TRIED_VAR: &str = "WERKALLIANTIESPEL_GRAFISCH_GEPROBEERD";

/// wgpu's own variable: which backends Bevy may use.
pub const BACKEND_VAR: &str = "WGPU_BACKEND";

/// The step that leaves the choice to wgpu (every backend built in, the best adapter first).
pub const AUTO: &str = "auto";

/// The steps in order, for an operating system (`std::env::consts::OS`): first wgpu's own
/// choice, then each backend alone, the newest first, OpenGL last.
pub fn ladder(os: &str) -> &'static [&'static str] {
    match os {
        "windows" => &[AUTO, "dx12", "vulkan", "gl"],
        "macos" | "ios" => &[AUTO, "metal"],
        _ => &[AUTO, "vulkan", "gl"],
    }
}

/// The step this start uses: the backend the environment names (set by a person, or by the
/// start before this one), or `auto`.
pub fn current(backend_var: Option<&str>) -> String {
    match backend_var.map(str::trim) {
        Some(b) if !b.is_empty() => b.to_ascii_lowercase(),
        _ => AUTO.to_string(),
    }
}

/// The backends a start may use: the ones `WGPU_BACKEND` names, or else the primary ones
/// (Vulkan, DX12, Metal). OpenGL is never part of wgpu's own choice: it is the ladder's last
/// step, asked for by name (so a normal start does not try OpenGL first, nor log its errors).
pub fn backends_for(backend_var: Option<&str>) -> wgpu::Backends {
    match backend_var.map(str::trim) {
        Some(b) if !b.is_empty() => wgpu::Backends::from_comma_list(b),
        _ => wgpu::Backends::PRIMARY,
    }
}

/// The steps already tried, read from `TRIED_VAR`.
pub fn tried(tried_var: Option<&str>) -> Vec<String> {
    tried_var
        .unwrap_or("")
        .split(',')
        .map(|s| s.trim().to_ascii_lowercase())
        .filter(|s| !s.is_empty())
        .collect()
}

/// The next step after `failed` (the one that just failed) and the ones `tried` before it: the
/// first step of the ladder that is neither. `None` when every step has failed.
pub fn next(os: &str, tried: &[String], failed: &str) -> Option<&'static str> {
    ladder(os)
        .iter()
        .copied()
        .find(|step| *step != failed && !tried.iter().any(|t| t == step))
}

/// Whether a panic comes from starting or using the graphics: raised inside wgpu or Bevy's
/// renderer, or naming the adapter, the GPU or the surface.
pub fn is_graphics_panic(file: Option<&str>, message: &str) -> bool {
    let in_renderer = file.is_some_and(|f| {
        let f = f.replace('\\', "/");
        f.contains("/wgpu") || f.contains("/bevy_render") || f.contains("/naga")
    });
    let m = message.to_ascii_lowercase();
    in_renderer
        || m.contains("unable to find a gpu")
        || m.contains("wgpu")
        || m.contains("adapter")
        || m.contains("surface")
        || m.contains("device lost")
}

/// The message a counsellor reads when no step worked (B1 Dutch, an English line below).
pub fn no_graphics_message(steps: &[String], last_error: &str) -> String {
    format!(
        "Het spel kan niet starten.\n\
         De computer kan het beeld van het spel niet tekenen.\n\n\
         Probeer dit:\n\
         1. Start de computer opnieuw op.\n\
         2. Zoek naar updates in Windows Update. Daar staan ook nieuwe stuurprogramma's voor het beeld.\n\
         3. Werkt u via een extern bureaublad? Start het spel dan op de laptop zelf.\n\
         4. Lukt het nog niet? Vraag de ICT-afdeling om hulp. Geef hun deze tekst.\n\n\
         The game cannot start: no graphics backend worked ({}).\n\
         Laatste fout: {}",
        steps.join(", "),
        last_error.lines().next().unwrap_or("").trim()
    )
}

static INSTALLED: AtomicBool = AtomicBool::new(false);

/// Installs the panic hook that moves on to the next step (see the module's text). The default
/// hook still prints the panic first, so a log keeps it.
pub fn install() {
    if INSTALLED.swap(true, Ordering::SeqCst) {
        return;
    }
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        default_hook(info);
        let message = panic_text(info);
        let file = info.location().map(|l| l.file());
        if !is_graphics_panic(file, &message) {
            return;
        }
        let os = std::env::consts::OS;
        let failed = current(std::env::var(BACKEND_VAR).ok().as_deref());
        let mut steps = tried(std::env::var(TRIED_VAR).ok().as_deref());
        steps.push(failed.clone());
        match next(os, &steps, &failed) {
            Some(step) => {
                eprintln!("grafisch: {failed} lukte niet, nu: {step}");
                std::process::exit(start_again(step, &steps));
            }
            None => {
                eprintln!("grafisch: geen enkele manier lukte ({})", steps.join(", "));
                show_message(&no_graphics_message(&steps, &message));
                std::process::exit(1);
            }
        }
    }));
}

fn panic_text(info: &std::panic::PanicHookInfo<'_>) -> String {
    if let Some(s) = info.payload().downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = info.payload().downcast_ref::<String>() {
        s.clone()
    } else {
        String::new()
    }
}

/// Starts this program again with the same arguments and the next step; this one then ends at
/// once (its window, which could not be drawn, goes away). 0 when the new start is under way.
fn start_again(step: &str, steps: &[String]) -> i32 {
    let Ok(exe) = std::env::current_exe() else {
        return 1;
    };
    let mut command = std::process::Command::new(exe);
    command
        .args(std::env::args_os().skip(1))
        .env(TRIED_VAR, steps.join(","));
    if step == AUTO {
        command.env_remove(BACKEND_VAR);
    } else {
        command.env(BACKEND_VAR, step);
    }
    match command.spawn() {
        Ok(_) => 0,
        Err(e) => {
            eprintln!("grafisch: opnieuw starten lukte niet: {e}");
            show_message(&no_graphics_message(steps, &e.to_string()));
            1
        }
    }
}

/// A message box (the system's own), and the same text on standard error.
fn show_message(text: &str) {
    eprintln!("{text}");
    let _ = rfd::MessageDialog::new()
        .set_title("Werkalliantiespel")
        .set_description(text)
        .set_level(rfd::MessageLevel::Error)
        .set_buttons(rfd::MessageButtons::Ok)
        .show();
}
