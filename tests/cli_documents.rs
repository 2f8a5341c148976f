//! `carelevels check | fmt | export` on plans over several phases (format 2) and on programs
//! files, run as a real process.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn carelevels() -> Command {
    let mut cmd = Command::cargo_bin("carelevels").expect("the binary builds");
    // Reports follow the locale; these tests read English.
    cmd.env("LC_ALL", "C")
        .env_remove("LANG")
        .env_remove("LC_MESSAGES");
    cmd
}

fn example(name: &str) -> String {
    format!("{}/data/examples/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn temp_file(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

fn json_of(path: &str) -> (i32, Value) {
    let out = carelevels()
        .args(["check", path, "--json"])
        .output()
        .unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 1, "one line: {text}");
    (
        out.status.code().unwrap(),
        serde_json::from_str(&text).unwrap(),
    )
}

const THREE_PHASES: &str = r#"
Plan(
    format: 2,
    name: "Step down",
    start: "2027-01-04",
    commitments: [Commitment(day: Sat, start: "10:00", end: "12:00", title: "Kids")],
    phases: [
        Phase(name: "Day program", level: "day_program", weeks: 3, sessions: [
            (day: Mon, start: "09:00", end: "14:00"), (day: Tue, start: "09:00", end: "14:00"),
            (day: Wed, start: "09:00", end: "14:00"), (day: Thu, start: "09:00", end: "14:00"),
            (day: Fri, start: "09:00", end: "14:00"),
        ]),
        (level: "iop", weeks: 8, sessions: [
            (day: Mon, start: "18:00", end: "21:00"), (day: Wed, start: "18:00", end: "21:00"),
        ], commitments: [(day: Mon, start: "09:00", end: "18:30", title: "Work")]),
        (name: "Counseling", level: "outpatient", weeks: 2, sessions: [
            (day: Tue, start: "17:00", end: "18:00"),
        ]),
    ],
)
"#;

#[test]
fn a_phased_plan_reports_each_phase_in_the_contract_shape() {
    let dir = tempfile::tempdir().unwrap();
    let path = temp_file(&dir, "phases.ron", THREE_PHASES);
    let (code, json) = json_of(&path);
    assert_eq!(code, 1, "the IOP phase is short and clashes with work");
    assert_eq!(json["name"], "Step down");
    assert_eq!(json["rules"], "asam-adult");
    assert_eq!(json["rules_kind"], "guideline");
    assert_eq!(json["verdict"], "does_not_meet");
    assert_eq!(json["total_weeks"], 13);
    assert_eq!(json["start"], "2027-01-04");
    assert!(json["disclaimer"].as_str().unwrap().contains("clinician"));
    let phases = json["phases"].as_array().unwrap();
    assert_eq!(phases.len(), 3);
    assert_eq!(phases[0]["name"], "Day program");
    assert_eq!(phases[0]["level"], "day_program");
    assert_eq!(phases[0]["weeks"], 3);
    assert_eq!(phases[0]["first_week"], 1);
    assert_eq!(phases[0]["verdict"], "meets");
    assert_eq!(phases[0]["weekly_hours"], 25.0);
    assert_eq!(phases[0]["session_days"], 5);
    assert_eq!(phases[0]["intensity"], "day_program");
    assert_eq!(phases[0]["hours_by_day"]["Mon"], 5.0);
    assert_eq!(phases[1]["name"], "");
    assert_eq!(phases[1]["first_week"], 4);
    assert_eq!(phases[1]["verdict"], "does_not_meet");
    let codes: Vec<&str> = phases[1]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"too_few_hours"), "{codes:?}");
    assert!(codes.contains(&"commitment_conflict"), "{codes:?}");
    // The phase's own work commitment comes after the plan's commitment in the week.
    let clash = phases[1]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "commitment_conflict")
        .unwrap();
    assert_eq!(clash["commitment"], 1);
    assert_eq!(clash["session"], 0);
    assert_eq!(phases[2]["first_week"], 12);
    assert_eq!(phases[2]["verdict"], "meets");
    assert!(json.get("level").is_none(), "levels are per phase");
}

#[test]
fn the_human_report_lists_every_phase() {
    let dir = tempfile::tempdir().unwrap();
    let path = temp_file(&dir, "phases.ron", THREE_PHASES);
    carelevels().args(["check", &path]).assert().code(1).stdout(
        predicate::str::contains("Phase 1: Day program")
            .and(predicate::str::contains("Phase 2:"))
            .and(predicate::str::contains("weeks 4 to 11"))
            .and(predicate::str::contains("Phase 3: Counseling"))
            .and(predicate::str::contains("1 of 3 phases does not meet"))
            .and(predicate::str::contains("clinician")),
    );
}

#[test]
fn the_phased_examples_meet_and_a_start_is_optional() {
    for name in [
        "step-down-day-program-iop-outpatient.ron",
        "iop-stepping-down-to-outpatient.ron",
    ] {
        let (code, json) = json_of(&example(name));
        assert_eq!(code, 0, "{name}: {json}");
        assert_eq!(json["start"], Value::Null);
    }
}

#[test]
fn phase_errors_name_the_phase() {
    let dir = tempfile::tempdir().unwrap();
    let bad_end = THREE_PHASES.replace(
        r#"(day: Wed, start: "18:00", end: "21:00")"#,
        r#"(day: Wed, start: "18:00", end: "17:00")"#,
    );
    let path = temp_file(&dir, "bad.ron", &bad_end);
    carelevels()
        .args(["check", &path])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            predicate::str::contains("phase 2 (IOP), session 2 (index 1)")
                .and(predicate::str::contains("`end`")),
        );
    let no_weeks = THREE_PHASES.replace("weeks: 8, ", "");
    let path = temp_file(&dir, "weeks.ron", &no_weeks);
    carelevels()
        .args(["check", &path])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("phase 2 (IOP)").and(predicate::str::contains("weeks")));
    let too_long = THREE_PHASES.replace("weeks: 8", "weeks: 105");
    let path = temp_file(&dir, "long.ron", &too_long);
    carelevels().args(["check", &path]).assert().code(2);
    let mixed = THREE_PHASES.replace("format: 2,", "format: 2, level: \"iop\",");
    let path = temp_file(&dir, "mixed.ron", &mixed);
    carelevels()
        .args(["check", &path])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("each phase"));
    let one = THREE_PHASES.replace("format: 2,", "format: 1,");
    let path = temp_file(&dir, "one.ron", &one);
    carelevels()
        .args(["check", &path])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("format 2"));
}

const PROGRAMS: &str = r#"
Programs(
    format: 1,
    name: "Near me",
    my_week: [Commitment(day: Mon, start: "09:00", end: "17:00", title: "Work")],
    programs: [
        Program(name: "Riverside evening IOP", level: "iop", sessions: [
            Session(day: Mon, start: "18:00", end: "21:00", kind: Group, title: "Group"),
            Session(day: Wed, start: "18:00", end: "21:00", kind: Group, title: "Group"),
            Session(day: Thu, start: "18:00", end: "21:00", kind: Group, title: "Group"),
        ]),
        Program(name: "Hillcrest morning IOP", level: "iop", sessions: [
            (day: Mon, start: "09:00", end: "12:00"), (day: Wed, start: "09:00", end: "12:00"),
            (day: Fri, start: "09:00", end: "12:00"),
        ]),
        (name: "Lakeside", level: "day_program"),
    ],
)
"#;

#[test]
fn a_programs_file_checks_each_program_against_my_week() {
    let dir = tempfile::tempdir().unwrap();
    let path = temp_file(&dir, "programs.ron", PROGRAMS);
    let (code, json) = json_of(&path);
    assert_eq!(code, 1, "Hillcrest clashes with work");
    assert_eq!(json["name"], "Near me");
    assert_eq!(json["rules"], "asam-adult");
    assert_eq!(json["rules_kind"], "guideline");
    let programs = json["programs"].as_array().unwrap();
    assert_eq!(programs.len(), 3);
    assert_eq!(programs[0]["name"], "Riverside evening IOP");
    assert_eq!(programs[0]["verdict"], "meets");
    assert_eq!(programs[0]["weekly_hours"], 9.0);
    assert_eq!(programs[1]["verdict"], "does_not_meet");
    assert_eq!(programs[1]["findings"][0]["code"], "commitment_conflict");
    assert_eq!(programs[1]["findings"][0]["commitment"], 0);
    assert_eq!(programs[2]["verdict"], "unknown");
    assert_eq!(programs[2]["weekly_hours"], 0.0);
    assert_eq!(programs[2]["session_days"], 0);
    assert_eq!(programs[2]["intensity"], Value::Null);
    assert_eq!(programs[2]["findings"], serde_json::json!([]));
    assert_eq!(programs[2]["hours_by_day"]["Sun"], 0.0);

    let fitting = PROGRAMS.replace("(day: Mon, start: \"09:00\", end: \"12:00\"), ", "");
    let fitting = fitting.replace(
        "(day: Wed, start: \"09:00\", end: \"12:00\"),\n            (day: Fri, start: \"09:00\", end: \"12:00\"),",
        "",
    );
    let path = temp_file(&dir, "fitting.ron", &fitting);
    let (code, json) = json_of(&path);
    assert_eq!(json["programs"][1]["verdict"], "unknown", "{json}");
    assert_eq!(code, 0, "unknown programs do not count against the file");
}

#[test]
fn programs_errors_name_the_program() {
    let dir = tempfile::tempdir().unwrap();
    let bad = PROGRAMS.replace(
        r#"(day: Wed, start: "09:00", end: "12:00")"#,
        r#"(day: Wed, start: "09:00", end: "25:00")"#,
    );
    let path = temp_file(&dir, "bad.ron", &bad);
    carelevels()
        .args(["check", &path, "--json"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "program 2 (Hillcrest morning IOP), session 2",
        ));
}

#[test]
fn fmt_rewrites_in_canonical_form_and_keeps_the_meaning() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [("phases.ron", THREE_PHASES), ("programs.ron", PROGRAMS)] {
        let path = temp_file(&dir, name, text);
        let (_, before) = json_of(&path);
        carelevels()
            .args(["fmt", &path])
            .assert()
            .code(0)
            .stdout("");
        let written = std::fs::read_to_string(&path).unwrap();
        assert_ne!(written, text);
        let (_, after) = json_of(&path);
        assert_eq!(before, after, "{written}");
        carelevels().args(["fmt", &path]).assert().code(0);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), written, "stable");
    }
    // A one-week plan stays format 1.
    let path = temp_file(
        &dir,
        "week.ron",
        r#"(format: 1, level: "iop", sessions: [(day: Mon, start: "09:00", end: "10:00")])"#,
    );
    carelevels().args(["fmt", &path]).assert().code(0);
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("format: 1,")
    );
    let bad = temp_file(
        &dir,
        "bad.ron",
        "Plan(format: 1, level: \"iop\", sesions: [])",
    );
    carelevels()
        .args(["fmt", &bad])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("sesions"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("bad.ron")).unwrap(),
        "Plan(format: 1, level: \"iop\", sesions: [])",
        "an invalid file is left alone"
    );
}

#[test]
fn export_writes_text_and_calendars_of_every_phase() {
    let dir = tempfile::tempdir().unwrap();
    let path = temp_file(&dir, "phases.ron", THREE_PHASES);
    let txt = dir.path().join("plan.txt");
    carelevels()
        .args(["export", &path, "--to", txt.to_str().unwrap()])
        .assert()
        .code(0);
    let text = std::fs::read_to_string(&txt).unwrap();
    assert!(text.contains("Phase 1: Day program"), "{text}");
    assert!(text.contains("Phase 3: Counseling"), "{text}");
    assert!(text.contains("clinician"), "{text}");

    let ics = dir.path().join("plan.ics");
    carelevels()
        .args(["export", &path, "--to", ics.to_str().unwrap()])
        .assert()
        .code(0);
    let cal = std::fs::read_to_string(&ics).unwrap();
    // Day program from Monday 2027-01-04 for 3 weeks; IOP from week 4 (2027-01-25) for 8.
    assert!(cal.contains("DTSTART:20270104T090000"), "{cal}");
    assert!(cal.contains("DTSTART:20270125T180000"), "{cal}");
    assert!(cal.contains("COUNT=3"), "{cal}");
    assert!(cal.contains("COUNT=8"), "{cal}");
    // Counseling is week 12: 2027-01-04 + 11 weeks = 2027-03-22, a Monday; Tuesday is the 23rd.
    assert!(cal.contains("DTSTART:20270323T170000"), "{cal}");

    carelevels()
        .args([
            "export",
            &path,
            "--to",
            dir.path().join("x.doc").to_str().unwrap(),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(".pdf, .ics or .txt"));
    carelevels()
        .args([
            "export",
            &path,
            "--to",
            ics.to_str().unwrap(),
            "--start",
            "4 Jan",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("YYYY-MM-DD"));

    let programs = temp_file(&dir, "programs.ron", PROGRAMS);
    let out = dir.path().join("programs.txt");
    carelevels()
        .args(["export", &programs, "--to", out.to_str().unwrap()])
        .assert()
        .code(0);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("Riverside evening IOP"), "{text}");
    assert!(text.contains("not entered yet"), "{text}");
}

#[test]
fn export_writes_a_pdf_of_one_week_and_of_every_phase() {
    let dir = tempfile::tempdir().unwrap();
    for (name, source) in [
        ("week.pdf", example("evening-iop.ron")),
        ("phases.pdf", temp_file(&dir, "phases.ron", THREE_PHASES)),
    ] {
        let out = dir.path().join(name);
        carelevels()
            .args([
                "export",
                &source,
                "--to",
                out.to_str().unwrap(),
                "--paper",
                "a4",
            ])
            .assert()
            .code(0)
            .stdout("");
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.starts_with(b"%PDF-"), "{name}");
        assert!(bytes.len() > 10_000, "{name}: fonts are embedded");
    }
}

#[test]
fn export_writes_a_pdf_of_a_programs_file_on_the_paper_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let programs = temp_file(&dir, "programs.ron", PROGRAMS);
    for paper in ["letter", "a4"] {
        let out = dir.path().join(format!("x-{paper}.pdf"));
        carelevels()
            .args([
                "export",
                &programs,
                "--to",
                out.to_str().unwrap(),
                "--paper",
                paper,
            ])
            .assert()
            .code(0)
            .stdout("")
            .stderr("");
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.starts_with(b"%PDF-"), "{paper}");
        assert!(bytes.len() > 10_000, "{paper}: fonts are embedded");
        // The page's size is written in points in the page's MediaBox.
        let width = if paper == "a4" { "595.28" } else { "612" };
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains(&format!("/MediaBox[0 0 {width} ")), "{paper}");
    }
}
