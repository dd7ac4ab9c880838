//! Runs the reading programs as children, one utterance after the other, on a thread of their
//! own: the game never waits for a voice. A new "Voorlezen" stops what is being read.

use std::io::Write;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use super::Utterance;
use super::command::{self, Engine, Os, Spoken};

/// Why nothing is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VoiceError {
    /// No program that reads aloud on this computer.
    NoVoice,
    /// The program could not start or failed (its words, for the log).
    Failed(String),
}

impl std::fmt::Display for VoiceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VoiceError::NoVoice => write!(f, "geen programma om voor te lezen"),
            VoiceError::Failed(why) => write!(f, "{why}"),
        }
    }
}

#[derive(Default)]
struct State {
    /// Counts the requests: a thread whose number is not the last one stops.
    generation: u64,
    child: Option<Child>,
    /// What went wrong last, until the game takes it.
    trouble: Option<String>,
    /// macOS: `say -v ?`'s list, read once.
    voices: Option<String>,
}

/// Reads utterances aloud with one engine.
pub struct Speaker {
    engine: Option<Engine>,
    state: Arc<Mutex<State>>,
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    // A thread that panicked with the lock held leaves a usable state: take it.
    state.lock().unwrap_or_else(|e| e.into_inner())
}

/// A `Command` for `spoken`: no shell, no window (Windows), input only when there is text for it.
pub fn process(spoken: &Spoken) -> Command {
    let mut cmd = Command::new(&spoken.program);
    cmd.args(&spoken.args)
        .envs(spoken.env.iter().map(|(k, v)| (k, v)))
        .stdin(if spoken.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt;
        const CREATE_NO_WINDOW: u32 = 0x0800_0000;
        cmd.creation_flags(CREATE_NO_WINDOW);
    }
    cmd
}

/// Starts `spoken` and hands it its input.
fn start(spoken: &Spoken) -> Result<Child, String> {
    let mut child = process(spoken)
        .spawn()
        .map_err(|e| format!("{}: {e}", spoken.program))?;
    if let (Some(text), Some(mut input)) = (&spoken.stdin, child.stdin.take()) {
        // A program that ends early closes its input: that is no reason to stop the game.
        let _ = input.write_all(text.as_bytes());
    }
    Ok(child)
}

/// Runs `spoken` to its end (for the tests): its exit status as an error.
pub fn run(spoken: &Spoken) -> Result<(), String> {
    let mut child = start(spoken)?;
    let status = child
        .wait()
        .map_err(|e| format!("{}: {e}", spoken.program))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{}: {status}", spoken.program))
    }
}

impl Speaker {
    pub fn new(engine: Option<Engine>) -> Speaker {
        Speaker {
            engine,
            state: Arc::default(),
        }
    }

    /// The engine of this computer (see [`command::find`]).
    pub fn detect() -> Speaker {
        Speaker::new(command::find(Os::current(), command::on_path))
    }

    pub fn engine(&self) -> Option<Engine> {
        self.engine
    }

    /// What went wrong since the last call (a program that would not start or failed).
    pub fn take_trouble(&self) -> Option<String> {
        lock(&self.state).trouble.take()
    }

    /// Stops what is being read now: the child that reads, and the thread that would start the
    /// next one. (speech-dispatcher: a new utterance of priority "text" replaces ours.)
    pub fn stop(&self) {
        let mut state = lock(&self.state);
        state.generation += 1;
        if let Some(mut child) = state.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Stops what is being read and reads `utterances`, one after the other, on a thread of its
    /// own: returns at once.
    pub fn say(&self, utterances: Vec<Utterance>) -> Result<(), VoiceError> {
        let Some(engine) = self.engine else {
            return Err(VoiceError::NoVoice);
        };
        self.stop();
        let generation = lock(&self.state).generation;
        let state = Arc::clone(&self.state);
        std::thread::Builder::new()
            .name("voorlezen".into())
            .spawn(move || read_all(engine, &state, generation, &utterances))
            .map(|_| ())
            .map_err(|e| VoiceError::Failed(format!("thread: {e}")))
    }
}

impl Drop for Speaker {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The thread: each utterance in turn, until a newer request comes.
fn read_all(engine: Engine, state: &Mutex<State>, generation: u64, utterances: &[Utterance]) {
    let current = |s: &State| s.generation == generation;
    for u in utterances {
        let voice = mac_voice(engine, state, &u.lang);
        let Some(spoken) = command::command(engine, (&u.lang, &u.text), voice.as_deref(), None)
        else {
            continue;
        };
        {
            let mut s = lock(state);
            if !current(&s) {
                return;
            }
            match start(&spoken) {
                Ok(child) => s.child = Some(child),
                Err(e) => {
                    s.trouble = Some(e);
                    return;
                }
            }
        }
        // Wait for the end, or a newer request (which kills the child).
        loop {
            std::thread::sleep(Duration::from_millis(40));
            let mut s = lock(state);
            if !current(&s) {
                return;
            }
            let done = match s.child.as_mut().map(Child::try_wait) {
                Some(Ok(None)) => false,
                Some(Ok(Some(status))) if !status.success() => {
                    s.trouble = Some(format!("{}: {status}", spoken.program));
                    true
                }
                Some(Err(e)) => {
                    s.trouble = Some(format!("{}: {e}", spoken.program));
                    true
                }
                _ => true,
            };
            if done {
                s.child = None;
                break;
            }
        }
    }
}

/// macOS: the voice for `lang` (the list is asked once); other engines pick their own.
fn mac_voice(engine: Engine, state: &Mutex<State>, lang: &str) -> Option<String> {
    let list_cmd = command::list_voices(engine)?;
    let cached = lock(state).voices.clone();
    let list = match cached {
        Some(list) => list,
        None => {
            let out = process(&list_cmd)
                .stdout(Stdio::piped())
                .output()
                .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
                .unwrap_or_default();
            lock(state).voices = Some(out.clone());
            out
        }
    };
    command::mac_voice(&list, lang)
}
