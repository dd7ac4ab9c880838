//! Two things before the game is compiled:
//! - the card packs under `cards/`: every folder there is a pack, and every `.ron` file in it and
//!   every `talen/<code>/*.ftl` below it is built into the program (`$OUT_DIR/packs.rs`), so a new
//!   pack or card file needs no list in the code;
//! - for Windows only: the icon and the version in the .exe's resources (Explorer, the taskbar,
//!   the file's properties), compiled by MinGW's `windres` (the cross build: `dist/windows`; or
//!   `WINDRES`).

use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    packs();
    println!("cargo:rerun-if-changed=assets/icon/werkalliantiespel.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_else(|_| "0.0.0".into());
    let mut parts: Vec<u16> = version
        .split(['.', '-'])
        .take(3)
        .map(|p| p.parse().unwrap_or(0))
        .collect();
    parts.resize(4, 0);
    let numbers = format!("{},{},{},{}", parts[0], parts[1], parts[2], parts[3]);
    let dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let icon = dir.join("assets/icon/werkalliantiespel.ico");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
    let rc = out.join("werkalliantiespel.rc");
    let text = format!(
        "1 ICON \"{icon}\"\n\
         1 VERSIONINFO\n\
         FILEVERSION {numbers}\n\
         PRODUCTVERSION {numbers}\n\
         BEGIN\n\
           BLOCK \"StringFileInfo\"\n\
           BEGIN\n\
             BLOCK \"041304B0\"\n\
             BEGIN\n\
               VALUE \"FileDescription\", \"Werkalliantiespel\"\n\
               VALUE \"ProductName\", \"Werkalliantiespel\"\n\
               VALUE \"FileVersion\", \"{version}\"\n\
               VALUE \"ProductVersion\", \"{version}\"\n\
               VALUE \"OriginalFilename\", \"werkalliantiespel.exe\"\n\
             END\n\
           END\n\
           BLOCK \"VarFileInfo\"\n\
           BEGIN\n\
             VALUE \"Translation\", 0x0413, 1200\n\
           END\n\
         END\n",
        icon = icon.display().to_string().replace('\\', "/"),
    );
    std::fs::write(&rc, text).expect("OUT_DIR is writable");
    let object = out.join("werkalliantiespel-res.o");
    let windres = std::env::var("WINDRES").unwrap_or_else(|_| "x86_64-w64-mingw32-windres".into());
    let status = Command::new(&windres)
        .arg(&rc)
        .arg("-O")
        .arg("coff")
        .arg("-o")
        .arg(&object)
        .status();
    match status {
        Ok(s) if s.success() => {
            println!("cargo:rustc-link-arg-bins={}", object.display());
        }
        Ok(s) => panic!("{windres} could not compile the icon resource ({s})"),
        Err(e) => panic!(
            "{windres} was not found ({e}): install MinGW's binutils (binutils-mingw-w64-x86-64) or set WINDRES"
        ),
    }
}

/// Writes `$OUT_DIR/packs.rs`: `BUILT_IN_PACKS`, one entry per folder under `cards/`, in name
/// order, with its card files and its language files as text.
fn packs() {
    let dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let root = dir.join("cards");
    // A folder makes cargo look at everything below it.
    println!("cargo:rerun-if-changed={}", root.display());
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("cards/ holds the packs")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_dir() && !files(p, "ron").is_empty())
        .collect();
    folders.sort();
    let mut out = String::from(
        "/// The packs shipped with the game (made by build.rs from the folders under `cards/`).\n\
         pub const BUILT_IN_PACKS: &[BuiltInPack] = &[\n",
    );
    for folder in folders {
        let name = folder
            .file_name()
            .and_then(|n| n.to_str())
            .expect("a pack folder has a plain name");
        out.push_str(&format!(
            "    BuiltInPack {{\n        folder: {name:?},\n        files: &[\n"
        ));
        for file in files(&folder, "ron") {
            let file_name = file
                .file_name()
                .and_then(|n| n.to_str())
                .expect("plain name");
            out.push_str(&format!(
                "            ({file_name:?}, include_str!({:?})),\n",
                file.display().to_string()
            ));
        }
        out.push_str("        ],\n        languages: &[\n");
        let talen = folder.join("talen");
        let mut codes: Vec<PathBuf> = std::fs::read_dir(&talen)
            .map(|r| {
                r.filter_map(|e| e.ok())
                    .map(|e| e.path())
                    .filter(|p| p.is_dir())
                    .collect()
            })
            .unwrap_or_default();
        codes.sort();
        for code_dir in codes {
            let code = code_dir
                .file_name()
                .and_then(|n| n.to_str())
                .expect("plain name");
            for file in files(&code_dir, "ftl") {
                let file_name = file
                    .file_name()
                    .and_then(|n| n.to_str())
                    .expect("plain name");
                out.push_str(&format!(
                    "            ({code:?}, {file_name:?}, include_str!({:?})),\n",
                    file.display().to_string()
                ));
            }
        }
        out.push_str("        ],\n    },\n");
    }
    out.push_str("];\n");
    let target = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it")).join("packs.rs");
    std::fs::write(target, out).expect("OUT_DIR is writable");
}

/// The files of one folder (not below it) with this extension, in name order.
fn files(folder: &std::path::Path, ext: &str) -> Vec<PathBuf> {
    let mut list: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|r| {
            r.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == ext))
                .collect()
        })
        .unwrap_or_default();
    list.sort();
    list
}
