//! `carelevels check` and `export` in Spanish, run as real processes: the locale or `--lang`
//! chooses the words; codes, numbers, JSON keys and exit statuses never change.

use assert_cmd::Command;

fn carelevels() -> Command {
    let mut cmd = Command::cargo_bin("carelevels").expect("the binary is built");
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(var);
    }
    cmd
}

fn stdout(cmd: &mut Command) -> (String, i32) {
    let out = cmd.output().expect("runs");
    (
        String::from_utf8(out.stdout).expect("UTF-8"),
        out.status.code().expect("exits"),
    )
}

const EVENING: &str = "data/examples/evening-iop.ron";
const PROGRAMS: &str = "data/examples/programs-near-me.ron";

#[test]
fn a_spanish_locale_gives_a_spanish_report() {
    let (text, code) = stdout(
        carelevels()
            .env("LANG", "es_US.UTF-8")
            .args(["check", EVENING]),
    );
    assert_eq!(code, 0);
    assert!(text.contains("Resultado: CUMPLE"), "{text}");
    assert!(
        text.contains("Programa intensivo ambulatorio (IOP)"),
        "{text}"
    );
    assert!(text.contains("9 h a la semana"), "{text}");
    assert!(text.contains("no reemplaza una evaluación"), "{text}");
    assert!(!text.contains("Verdict"), "{text}");
}

#[test]
fn lang_en_wins_over_a_spanish_locale() {
    let (text, code) = stdout(
        carelevels()
            .env("LC_ALL", "es_MX.UTF-8")
            .args(["check", EVENING, "--lang", "en"]),
    );
    assert_eq!(code, 0);
    assert!(text.contains("Verdict:   MEETS"), "{text}");
    assert!(!text.contains("CUMPLE"), "{text}");
}

#[test]
fn spanish_findings_in_the_human_report() {
    let (text, code) = stdout(carelevels().args(["check", PROGRAMS, "--lang", "es"]));
    assert_eq!(code, 1);
    assert!(text.contains("error [commitment_conflict]"), "{text}");
    assert!(text.contains("choca con"), "{text}");
    assert!(text.contains("DESCONOCIDO"), "{text}");
}

/// The JSON with every `message` and the `disclaimer` taken out: what must not change.
fn without_words(json: &str) -> serde_json::Value {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                map.remove("message");
                map.remove("disclaimer");
                map.values_mut().for_each(strip);
            }
            serde_json::Value::Array(list) => list.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut value: serde_json::Value = serde_json::from_str(json).expect("JSON");
    strip(&mut value);
    value
}

#[test]
fn json_codes_numbers_and_exit_are_the_same_in_both_languages() {
    for file in [
        EVENING,
        PROGRAMS,
        "data/examples/step-down-day-program-iop-outpatient.ron",
        "data/examples/weekly-outpatient.ron",
    ] {
        for rules in ["asam-adult", "medicare", "virginia-medicaid-adult"] {
            let run = |lang: &str| {
                stdout(
                    carelevels().args(["check", file, "--json", "--rules", rules, "--lang", lang]),
                )
            };
            let (en, en_code) = run("en");
            let (es, es_code) = run("es");
            assert_eq!(en_code, es_code, "{file} {rules}");
            assert_eq!(without_words(&en), without_words(&es), "{file} {rules}");
            let es_value: serde_json::Value = serde_json::from_str(&es).unwrap();
            assert_eq!(
                es_value["disclaimer"],
                "Esto informa y no reemplaza una evaluación hecha por un profesional clínico."
            );
        }
    }
}

#[test]
fn spanish_json_messages_are_spanish() {
    let (json, _) = stdout(carelevels().args(["check", PROGRAMS, "--json", "--lang", "es"]));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let message = value["programs"][1]["findings"][0]["message"]
        .as_str()
        .expect("a finding");
    assert!(message.contains("choca con"), "{message}");
    assert_eq!(
        value["programs"][1]["findings"][0]["code"],
        "commitment_conflict"
    );
}

#[test]
fn export_to_pdf_follows_lang_and_exits_the_same() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, words) in [("es", "Página 1 de"), ("en", "Page 1 of")] {
        let out = dir.path().join(format!("{lang}.pdf"));
        let status = carelevels()
            .args(["export", PROGRAMS, "--to"])
            .arg(&out)
            .args(["--lang", lang])
            .output()
            .expect("runs")
            .status;
        assert_eq!(status.code(), Some(0), "{lang}");
        let pdf = std::fs::read(&out).expect("written");
        assert!(pdf.starts_with(b"%PDF-"));
        let text = std::process::Command::new("pdftotext")
            .arg(&out)
            .arg("-")
            .output();
        if let Ok(text) = text {
            let text = String::from_utf8_lossy(&text.stdout);
            assert!(text.contains(words), "{lang}: {text}");
        }
    }
}

/// Runs `export FILE --to OUT` with `args` and returns what was written.
fn export(file: &str, out_name: &str, args: &[&str], env: &[(&str, &str)]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join(out_name);
    let mut cmd = carelevels();
    for (name, value) in env {
        cmd.env(name, value);
    }
    let status = cmd
        .args(["export", file, "--to"])
        .arg(&out)
        .args(args)
        .output()
        .expect("runs")
        .status;
    assert_eq!(status.code(), Some(0), "{file} {args:?}");
    std::fs::read_to_string(&out).expect("written")
}

/// The runs of digits, sorted: the numbers must be the same in both languages.
fn numbers(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .collect();
    found.sort_unstable();
    found
}

#[test]
fn export_txt_follows_lang_with_the_same_numbers() {
    let es = export(EVENING, "es.txt", &["--lang", "es"], &[]);
    let en = export(EVENING, "en.txt", &["--lang", "en"], &[]);
    for spanish in [
        "Nivel de atención: Programa intensivo ambulatorio (IOP)",
        "La semana",
        "Lunes: 3 h de sesiones",
        "09:00-17:00  Work (compromiso)",
        "(Consejería individual)",
        "Este plan informa y no reemplaza",
    ] {
        assert!(es.contains(spanish), "no {spanish:?} in\n{es}");
    }
    for english in [
        "Level of care",
        "The week",
        "Monday",
        "(commitment)",
        "This plan informs",
    ] {
        assert!(!es.contains(english), "{english:?} in\n{es}");
        assert!(en.contains(english), "{english:?} not in\n{en}");
    }
    assert_eq!(numbers(&es), numbers(&en));
    // Without --lang the locale decides.
    let by_locale = export(EVENING, "locale.txt", &[], &[("LANG", "es_US.UTF-8")]);
    assert_eq!(by_locale, es);
}

#[test]
fn export_programs_txt_in_spanish() {
    let es = export(PROGRAMS, "es.txt", &["--lang", "es"], &[]);
    let en = export(PROGRAMS, "en.txt", &["--lang", "en"], &[]);
    for spanish in [
        "Mi semana\n---------",
        "  Lunes 09:00-17:00  Work",
        "Cuándo podría empezar: Next Monday",
        "Aún no se ha anotado su horario semanal.",
        "choca con",
    ] {
        assert!(es.contains(spanish), "no {spanish:?} in\n{es}");
    }
    for english in [
        "My week",
        "When I could start",
        "not entered yet",
        "Hour rules",
    ] {
        assert!(!es.contains(english), "{english:?} in\n{es}");
    }
    assert_eq!(numbers(&es), numbers(&en));
}

#[test]
fn export_ics_follows_lang() {
    let raw = export(
        "data/examples/weekly-outpatient.ron",
        "es.ics",
        &["--lang", "es", "--start", "2027-01-04"],
        &[],
    );
    assert!(raw.split("\r\n").all(|line| line.len() <= 75), "{raw}");
    let es = raw.replace("\r\n ", "");
    assert!(
        es.contains("DESCRIPTION:Consejería individual\\n\\nEste plan informa"),
        "{es}"
    );
    assert!(es.contains("DESCRIPTION:Compromiso\\n"), "{es}");
    assert!(!es.contains("This plan informs"), "{es}");
    assert!(!es.contains("Individual counseling"), "{es}");
}
