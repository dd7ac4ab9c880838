//! Which program reads aloud on which system, and the exact command: program, arguments, the
//! environment and what goes to its input. Never a shell: the text is an argument of its own, or
//! goes through standard input or an environment variable, never into a script.

use std::ffi::OsString;
use std::path::Path;

/// The systems the game reads aloud on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Os {
    Linux,
    Windows,
    MacOs,
    /// Another system: no voice.
    Other,
}

impl Os {
    /// The system this game runs on.
    pub fn current() -> Os {
        match std::env::consts::OS {
            "linux" | "freebsd" | "openbsd" | "netbsd" => Os::Linux,
            "windows" => Os::Windows,
            "macos" => Os::MacOs,
            _ => Os::Other,
        }
    }
}

/// A program that reads text aloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// speech-dispatcher's client (Linux): the voice the desktop's screen reader uses.
    SpdSay,
    EspeakNg,
    Espeak,
    /// Windows PowerShell with .NET's System.Speech.
    PowerShell,
    /// macOS's `say`.
    Say,
}

impl Engine {
    /// The program's name, as found on `PATH`.
    pub fn program(self) -> &'static str {
        match self {
            Engine::SpdSay => "spd-say",
            Engine::EspeakNg => "espeak-ng",
            Engine::Espeak => "espeak",
            Engine::PowerShell => "powershell.exe",
            Engine::Say => "say",
        }
    }

    /// The engines to try on `os`, best first.
    pub fn candidates(os: Os) -> &'static [Engine] {
        match os {
            Os::Linux => &[Engine::SpdSay, Engine::EspeakNg, Engine::Espeak],
            Os::Windows => &[Engine::PowerShell],
            Os::MacOs => &[Engine::Say],
            Os::Other => &[],
        }
    }

    /// True when this engine can write what it reads to a WAV file (the tests listen to it).
    pub fn writes_files(self) -> bool {
        !matches!(self, Engine::SpdSay)
    }
}

/// The first engine of `os` whose program `exists` (see [`on_path`]).
pub fn find(os: Os, exists: impl Fn(&str) -> bool) -> Option<Engine> {
    Engine::candidates(os)
        .iter()
        .copied()
        .find(|e| exists(e.program()))
}

/// True when `program` is a file in one of the folders of `PATH`.
pub fn on_path(program: &str) -> bool {
    let Some(path) = std::env::var_os("PATH") else {
        return false;
    };
    std::env::split_paths(&path).any(|dir| dir.join(program).is_file())
}

/// One command to run: never through a shell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spoken {
    pub program: String,
    pub args: Vec<OsString>,
    /// Set for the child only.
    pub env: Vec<(String, String)>,
    /// Written to the child's standard input, which is then closed.
    pub stdin: Option<String>,
}

/// The most text one command reads (a card, its choices and a prompt are far less).
pub const MAX_CHARS: usize = 2000;

/// The text as a program gets it: control characters (line breaks included) become spaces, runs
/// of spaces one, at most [`MAX_CHARS`] characters. Empty when nothing is left to say.
pub fn clean(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(MAX_CHARS)
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A language code as a voice's name takes it: letters, digits and `-` only (the code is a
/// folder's name under `cards/talen/`), at most 16; `None` when nothing is left.
pub fn clean_lang(lang: &str) -> Option<String> {
    let code: String = lang
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    let code = code.trim_matches('-').to_string();
    (!code.is_empty()).then_some(code)
}

/// The culture Windows names its voices by: `nl` → `nl-NL`, `en` → `en-US`.
pub fn culture(lang: &str) -> String {
    match lang {
        "nl" => "nl-NL".into(),
        "en" => "en-US".into(),
        "de" => "de-DE".into(),
        "fr" => "fr-FR".into(),
        "tr" => "tr-TR".into(),
        "pl" => "pl-PL".into(),
        "ar" => "ar-SA".into(),
        other => other.into(),
    }
}

/// The environment variables the PowerShell script reads (the text never enters the script).
pub const ENV_TEXT: &str = "WERKALLIANTIESPEL_SPEAK_TEXT";
pub const ENV_CULTURE: &str = "WERKALLIANTIESPEL_SPEAK_CULTURE";
pub const ENV_WAV: &str = "WERKALLIANTIESPEL_SPEAK_WAV";

/// The script PowerShell runs: always this text; what it says comes from the environment.
/// A voice of the culture when one is installed, else one of the language, else the default.
pub const POWERSHELL_SCRIPT: &str = "$ErrorActionPreference = 'Stop'
Add-Type -AssemblyName System.Speech
$s = New-Object System.Speech.Synthesis.SpeechSynthesizer
$c = [string]$env:WERKALLIANTIESPEL_SPEAK_CULTURE
$l = $c.Split('-')[0]
$all = @($s.GetInstalledVoices() | Where-Object { $_.Enabled })
$v = $all | Where-Object { $_.VoiceInfo.Culture.Name -eq $c } | Select-Object -First 1
if (-not $v) { $v = $all | Where-Object { $_.VoiceInfo.Culture.TwoLetterISOLanguageName -eq $l } | Select-Object -First 1 }
if ($v) { $s.SelectVoice($v.VoiceInfo.Name) }
if ($env:WERKALLIANTIESPEL_SPEAK_WAV) { $s.SetOutputToWaveFile($env:WERKALLIANTIESPEL_SPEAK_WAV) }
$s.Speak([string]$env:WERKALLIANTIESPEL_SPEAK_TEXT)
$s.Dispose()";

/// The command that reads `text` in `lang` with `engine`: aloud, or into the WAV file `to_file`.
/// `voice` is macOS's voice for the language (see [`mac_voice`]). `None` when there is nothing
/// to say, or the engine cannot write a file.
pub fn command(
    engine: Engine,
    (lang, text): (&str, &str),
    voice: Option<&str>,
    to_file: Option<&Path>,
) -> Option<Spoken> {
    let text = clean(text);
    if text.is_empty() || (to_file.is_some() && !engine.writes_files()) {
        return None;
    }
    let lang = clean_lang(lang);
    let mut args: Vec<OsString> = Vec::new();
    let mut env = Vec::new();
    let mut stdin = None;
    match engine {
        Engine::SpdSay => {
            if let Some(l) = &lang {
                args.extend(["-l".into(), l.into()]);
            }
            // Priority "text": a newer text replaces ours, and a screen reader's own messages
            // go first (never a cancel of everything: that would silence the screen reader
            // too). `-w`: the program lives while it speaks; `--`: a text that starts with `-`
            // is text.
            args.extend([
                "-P".into(),
                "text".into(),
                "-w".into(),
                "--".into(),
                text.into(),
            ]);
        }
        Engine::EspeakNg | Engine::Espeak => {
            if let Some(l) = &lang {
                args.extend(["-v".into(), l.into()]);
            }
            if let Some(file) = to_file {
                args.extend(["-w".into(), file.as_os_str().to_os_string()]);
            }
            args.push("--stdin".into());
            stdin = Some(text);
        }
        Engine::PowerShell => {
            args.extend(
                [
                    "-NoProfile",
                    "-NonInteractive",
                    "-ExecutionPolicy",
                    "Bypass",
                    "-Command",
                ]
                .map(OsString::from),
            );
            // The script is always the same text; Rust quotes it as one argument.
            args.push(POWERSHELL_SCRIPT.into());
            env.push((ENV_TEXT.to_string(), text));
            env.push((
                ENV_CULTURE.to_string(),
                culture(lang.as_deref().unwrap_or("nl")),
            ));
            if let Some(file) = to_file {
                env.push((ENV_WAV.to_string(), file.to_string_lossy().into_owned()));
            }
        }
        Engine::Say => {
            if let Some(v) = voice.filter(|v| !v.starts_with('-') && !v.trim().is_empty()) {
                args.extend(["-v".into(), v.into()]);
            }
            if let Some(file) = to_file {
                args.extend([
                    "--file-format=WAVE".into(),
                    "--data-format=LEI16@22050".into(),
                    "-o".into(),
                    file.as_os_str().to_os_string(),
                ]);
            }
            // The text from standard input.
            args.extend(["-f".into(), "-".into()]);
            stdin = Some(text);
        }
    }
    Some(Spoken {
        program: engine.program().to_string(),
        args,
        env,
        stdin,
    })
}

/// macOS: the command that lists the voices (`say -v ?`).
pub fn list_voices(engine: Engine) -> Option<Spoken> {
    (engine == Engine::Say).then(|| Spoken {
        program: engine.program().to_string(),
        args: vec!["-v".into(), "?".into()],
        env: Vec::new(),
        stdin: None,
    })
}

/// macOS: the first voice of `lang` in `say -v ?`'s list (lines such as
/// `Xander              nl_NL    # Hallo! Mijn naam is Xander.`).
pub fn mac_voice(list: &str, lang: &str) -> Option<String> {
    let want = clean_lang(lang)?;
    list.lines().find_map(|line| {
        let head = line.split('#').next()?.trim();
        let (name, locale) = head.rsplit_once(char::is_whitespace)?;
        let locale = locale.to_ascii_lowercase().replace('_', "-");
        let matches = locale == want || locale.split('-').next() == Some(want.as_str());
        let name = name.trim();
        (matches && !name.is_empty()).then(|| name.to_string())
    })
}
