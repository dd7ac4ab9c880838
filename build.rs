//! For Windows only: the icon and the version in the .exe's resources (Explorer, the taskbar,
//! the file's properties). Other targets need nothing here.
//!
//! The resource is compiled by MinGW's `windres` (the cross build: `dist/windows`; or `WINDRES`).

use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
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
