//! The `carelevels check` command line, run as a real process the way a user types it.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn carelevels() -> Command {
    Command::cargo_bin("carelevels").expect("the binary builds")
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn example(name: &str) -> String {
    format!("{}/data/examples/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn json_of(path: &str, extra: &[&str]) -> (i32, Value) {
    let out = carelevels()
        .args(["check", path, "--json"])
        .args(extra)
        .output()
        .unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text.lines().count(),
        1,
        "one JSON object on one line: {text}"
    );
    (
        out.status.code().unwrap(),
        serde_json::from_str(&text).unwrap(),
    )
}

#[test]
fn every_example_plan_meets_its_level() {
    let dir = format!("{}/data/examples", env!("CARGO_MANIFEST_DIR"));
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("programs")
        {
            continue; // programs files are checked in tests/cli_documents.rs
        }
        carelevels()
            .arg("check")
            .arg(&path)
            .assert()
            .code(0)
            .stdout(predicate::str::contains("MEETS"));
        count += 1;
    }
    assert!(count >= 4, "at least four examples, found {count}");
}

#[test]
fn json_report_has_the_contract_shape() {
    let (code, json) = json_of(&example("evening-iop.ron"), &[]);
    assert_eq!(code, 0);
    assert_eq!(json["file"], example("evening-iop.ron"));
    assert_eq!(json["name"], "Evening IOP around a day job");
    assert_eq!(json["level"], "iop");
    assert_eq!(json["rules"], "asam-adult");
    assert_eq!(json["verdict"], "meets");
    assert_eq!(json["weekly_hours"], 9.0);
    assert_eq!(json["session_days"], 3);
    assert_eq!(json["intensity"], "iop");
    let days = json["hours_by_day"].as_object().unwrap();
    let keys: Vec<&str> = days.keys().map(String::as_str).collect();
    let mut expected = vec!["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    expected.sort();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(sorted, expected);
    assert_eq!(days["Mon"], 3.0);
    assert_eq!(days["Tue"], 0.0);
    assert_eq!(days["Thu"], 3.0);
    assert_eq!(json["findings"], serde_json::json!([]));
}

#[test]
fn one_minute_short_does_not_meet_and_says_how_far_off_it_is() {
    let (code, json) = json_of(&fixture("iop-short.ron"), &[]);
    assert_eq!(code, 1);
    assert_eq!(json["verdict"], "does_not_meet");
    assert_eq!(json["weekly_hours"].as_f64().unwrap() * 60.0, 539.0);
    assert_eq!(json["intensity"], "outpatient");
    let f = &json["findings"][0];
    assert_eq!(f["severity"], "error");
    assert_eq!(f["code"], "too_few_hours");
    assert_eq!(
        f["message"],
        "8 h 59 min a week; ASAM describes IOP as at least 9 hours a week (1 min more would reach it)."
    );
    assert!(f.get("day").is_none() && f.get("session").is_none());
}

#[test]
fn warnings_keep_exit_zero_and_name_the_day() {
    let (code, json) = json_of(&fixture("iop-short-day.ron"), &[]);
    assert_eq!(code, 0);
    assert_eq!(json["verdict"], "meets");
    let f = &json["findings"][0];
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["code"], "short_day");
    assert_eq!(f["day"], "Thu");
}

#[test]
fn rules_override_switches_to_adolescent_bands() {
    let (code, json) = json_of(&fixture("iop-short.ron"), &["--rules", "asam-adolescent"]);
    assert_eq!(code, 0);
    assert_eq!(json["rules"], "asam-adolescent");
    assert_eq!(json["intensity"], "iop");
}

#[test]
fn inpatient_with_work_does_not_meet() {
    let (code, json) = json_of(&fixture("inpatient-with-work.ron"), &[]);
    assert_eq!(code, 1);
    let f = &json["findings"][0];
    assert_eq!(f["code"], "commitment_while_inpatient");
    assert_eq!(f["commitment"], 0);
}

#[test]
fn human_report_is_short_and_plain() {
    carelevels()
        .args(["check", &fixture("iop-short.ron")])
        .assert()
        .code(1)
        .stderr("")
        .stdout(
            predicate::str::contains("DOES NOT MEET")
                .and(predicate::str::contains("8 h 59 min a week"))
                .and(predicate::str::contains("too_few_hours"))
                .and(predicate::str::contains("does not replace an assessment")),
        );
}

fn assert_invalid(path: &str, needles: &[&str]) {
    for json in [false, true] {
        let mut cmd = carelevels();
        cmd.args(["check", path]);
        if json {
            cmd.arg("--json");
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{path}");
        assert!(out.stdout.is_empty(), "nothing on stdout for {path}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(path), "names the file: {err}");
        for n in needles {
            assert!(err.contains(n), "expected {n:?} in {err}");
        }
    }
}

#[test]
fn invalid_files_exit_2_with_a_clear_message() {
    assert_invalid(&fixture("typo.ron"), &["sesions", "line 4"]);
    assert_invalid(&fixture("bad-time.ron"), &["session 2", "`end`"]);
    assert_invalid(&fixture("newer.ron"), &["newer carelevels"]);
    assert_invalid(&fixture("truncated.ron"), &["line"]);
    assert_invalid(&fixture("does-not-exist.ron"), &["cannot read"]);
}

#[test]
fn an_unknown_rule_set_exits_2() {
    let path = example("evening-iop.ron");
    carelevels()
        .args(["check", &path, "--rules", "medicaid"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("medicaid").and(predicate::str::contains("asam-adult")));
}

#[test]
fn binary_and_oversized_files_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("binary.ron");
    std::fs::write(&binary, [0u8, 159, 146, 150, 255]).unwrap();
    assert_invalid(binary.to_str().unwrap(), &["UTF-8"]);
    let big = dir.path().join("big.ron");
    std::fs::write(&big, vec![b'/'; 5 * 1024 * 1024]).unwrap();
    assert_invalid(big.to_str().unwrap(), &["4 MiB"]);
}

#[test]
fn usage_errors_exit_2() {
    carelevels().args(["check"]).assert().code(2).stdout("");
    carelevels()
        .args(["check", "a.ron", "--bogus"])
        .assert()
        .code(2);
}

fn temp_plan(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path.display().to_string()
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(
        std::fs::read(example("evening-iop.ron"))
            .unwrap()
            .as_slice(),
    );
    let path = temp_plan(&dir, "bom.ron", &bytes);
    let (code, json) = json_of(&path, &[]);
    assert_eq!(code, 0);
    assert_eq!(json["verdict"], "meets");
}

#[test]
fn wrongly_typed_values_name_the_session_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let path = temp_plan(
        &dir,
        "number.ron",
        br#"(format: 1, level: "iop", sessions: [
            (day: Mon, start: "18:00", end: "21:00"),
            (day: Tue, start: 900, end: "12:00"),
        ])"#,
    );
    assert_invalid(
        &path,
        &["session 2 (index 1)", "`start`", "line 3", "in quotes"],
    );
    let path = temp_plan(
        &dir,
        "quoted-day.ron",
        br#"(format: 1, level: "iop", sessions: [(day: "Tue", start: "09:00", end: "12:00")])"#,
    );
    assert_invalid(&path, &["session 1 (index 0)", "without quotes"]);
    let path = temp_plan(
        &dir,
        "level.ron",
        br#"(format: "1", level: "iop", sessions: [])"#,
    );
    assert_invalid(&path, &["`format`", "format: 1"]);
}

#[test]
fn empty_and_foreign_files_say_they_are_not_plans() {
    let dir = tempfile::tempdir().unwrap();
    assert_invalid(&temp_plan(&dir, "empty.ron", b"  \n"), &["empty"]);
    assert_invalid(
        &temp_plan(&dir, "comment.ron", b"// nothing\n"),
        &["not a plan"],
    );
}

#[test]
fn rules_override_replaces_an_unusable_rule_set_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = temp_plan(
        &dir,
        "rules.ron",
        br#"(format: 1, level: "outpatient", rules: "", sessions: [(day: Mon, start: "09:00", end: "10:00")])"#,
    );
    assert_invalid(&path, &["field `rules`"]);
    let (code, json) = json_of(&path, &["--rules", "asam-adult"]);
    assert_eq!(code, 0);
    assert_eq!(json["rules"], "asam-adult");
    carelevels()
        .args(["check", &path, "--rules", "medicaid-ohio"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("--rules medicaid-ohio"));
}

#[test]
fn control_characters_in_a_name_stay_out_of_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let path = temp_plan(
        &dir,
        "name.ron",
        b"(format: 1, name: \"Week\\n\\u{1b}[31mred\", level: \"outpatient\", sessions: [(day: Mon, start: \"09:00\", end: \"10:00\")])",
    );
    let out = carelevels().args(["check", &path]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\u{1b}'), "{text}");
    assert!(
        text.lines()
            .next()
            .unwrap()
            .starts_with("Week \u{241b}[31mred"),
        "{text}"
    );
}

/// A format-1 plan of `level` under `rules`, one session per `(day, start, end)`.
fn week_plan(
    dir: &tempfile::TempDir,
    level: &str,
    rules: &str,
    sessions: &[(&str, &str, &str)],
) -> String {
    let sessions: Vec<String> = sessions
        .iter()
        .map(|(d, s, e)| format!("(day: {d}, start: \"{s}\", end: \"{e}\")"))
        .collect();
    let text = format!(
        "(format: 1, level: \"{level}\", rules: \"{rules}\", sessions: [{}])",
        sessions.join(", ")
    );
    temp_plan(dir, &format!("{level}-{rules}.ron"), text.as_bytes())
}

/// `(severity, code)` of every finding.
fn findings(json: &Value) -> Vec<(String, String)> {
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["severity"].as_str().unwrap().to_owned(),
                f["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn a_four_day_day_program_meets_asam_adult_with_a_days_warning() {
    let dir = tempfile::tempdir().unwrap();
    let days = ["Mon", "Tue", "Wed", "Thu"].map(|d| (d, "09:00", "14:00"));
    let path = week_plan(&dir, "day_program", "asam-adult", &days);
    let (code, json) = json_of(&path, &[]);
    assert_eq!(code, 0);
    assert_eq!(json["verdict"], "meets");
    assert_eq!(json["rules_kind"], "guideline");
    assert_eq!(findings(&json), pairs(&[("warning", "too_few_days")]));
    let message = json["findings"][0]["message"].as_str().unwrap();
    assert!(message.contains("usual practice, not a rule"), "{message}");
    // Virginia's rule and Medicare's set no day count.
    for rules in ["virginia-medicaid-adult", "medicare"] {
        let (code, json) = json_of(&path, &["--rules", rules]);
        assert_eq!(code, 0, "{rules}");
        assert_eq!(json["rules_kind"], "regulation");
        assert_eq!(json["findings"], serde_json::json!([]), "{rules}");
    }
}

#[test]
fn two_days_of_four_and_a_half_hours_meet_adult_iop() {
    let dir = tempfile::tempdir().unwrap();
    let path = week_plan(
        &dir,
        "iop",
        "asam-adult",
        &[("Mon", "09:00", "13:30"), ("Thu", "09:00", "13:30")],
    );
    let (code, json) = json_of(&path, &[]);
    assert_eq!(code, 0);
    assert_eq!(json["weekly_hours"], 9.0);
    assert_eq!(findings(&json), pairs(&[("warning", "too_few_days")]));
    let (code, json) = json_of(&path, &["--rules", "virginia-medicaid-adult"]);
    assert_eq!(code, 0);
    assert_eq!(json["findings"], serde_json::json!([]));
}

#[test]
fn virginia_adult_iop_meets_at_19_hours_and_not_at_19_h_15() {
    let dir = tempfile::tempdir().unwrap();
    let mut week = [
        ("Mon", "09:00", "14:00"),
        ("Tue", "09:00", "14:00"),
        ("Wed", "09:00", "14:00"),
        ("Thu", "09:00", "13:00"),
    ];
    let path = week_plan(&dir, "iop", "virginia-medicaid-adult", &week);
    let (code, json) = json_of(&path, &[]);
    assert_eq!(code, 0);
    assert_eq!(json["weekly_hours"], 19.0);
    assert_eq!(json["rules_kind"], "regulation");
    assert_eq!(json["intensity"], "iop");

    week[3].2 = "13:15";
    let path = week_plan(&dir, "iop", "virginia-medicaid-adult", &week);
    let (code, json) = json_of(&path, &[]);
    assert_eq!(code, 1);
    assert_eq!(json["verdict"], "does_not_meet");
    assert_eq!(json["weekly_hours"], 19.25);
    assert_eq!(findings(&json), pairs(&[("error", "too_many_hours")]));
    assert_eq!(json["intensity"], "iop");
    // ASAM's cap is "under 20": the same week is within it.
    assert_eq!(json_of(&path, &["--rules", "asam-adult"]).0, 0);
}

#[test]
fn a_short_day_is_an_error_under_virginia_and_a_warning_under_asam() {
    let dir = tempfile::tempdir().unwrap();
    let week = [
        ("Mon", "18:00", "21:00"),
        ("Tue", "18:00", "21:00"),
        ("Wed", "18:00", "21:00"),
        ("Thu", "18:00", "20:30"),
    ];
    let path = week_plan(&dir, "iop", "virginia-medicaid-adult", &week);
    let (code, json) = json_of(&path, &[]);
    assert_eq!(code, 1);
    assert_eq!(findings(&json), pairs(&[("error", "short_day")]));
    let f = &json["findings"][0];
    assert_eq!(f["day"], "Thu");
    assert_eq!(
        f["message"],
        "Virginia's Medicaid rule asks at least 3 service hours on each IOP day; \
         Thursday has 2 h 30 min (30 min more would reach it)."
    );
    let (code, json) = json_of(&path, &["--rules", "asam-adult"]);
    assert_eq!(code, 0);
    assert_eq!(findings(&json), pairs(&[("warning", "short_day")]));
}

#[test]
fn youth_iop_days_of_two_hours_are_fine() {
    let dir = tempfile::tempdir().unwrap();
    let week = [
        ("Mon", "15:30", "17:30"),
        ("Tue", "15:30", "17:30"),
        ("Thu", "15:30", "17:30"),
    ];
    let path = week_plan(&dir, "iop", "virginia-medicaid-youth", &week);
    for rules in ["virginia-medicaid-youth", "asam-adolescent"] {
        let (code, json) = json_of(&path, &["--rules", rules]);
        assert_eq!(code, 0, "{rules}");
        assert_eq!(json["findings"], serde_json::json!([]), "{rules}");
        assert_eq!(json["intensity"], "iop");
    }
}

#[test]
fn medicare_outpatient_has_no_hour_limit() {
    let dir = tempfile::tempdir().unwrap();
    let days = ["Mon", "Tue", "Wed", "Thu", "Fri"].map(|d| (d, "09:00", "15:00"));
    let path = week_plan(&dir, "outpatient", "medicare", &days);
    let (code, json) = json_of(&path, &[]);
    assert_eq!(code, 0);
    assert_eq!(json["weekly_hours"], 30.0);
    assert_eq!(json["findings"], serde_json::json!([]));
    assert_eq!(json["intensity"], "day_program");
    let (code, json) = json_of(&path, &["--rules", "asam-adult"]);
    assert_eq!(code, 1);
    assert_eq!(findings(&json), pairs(&[("error", "too_many_hours")]));
}

#[test]
fn medicare_iop_needs_nine_hours() {
    let dir = tempfile::tempdir().unwrap();
    let week = [
        ("Mon", "18:00", "21:00"),
        ("Wed", "18:00", "21:00"),
        ("Thu", "18:00", "20:59"),
    ];
    let path = week_plan(&dir, "iop", "medicare", &week);
    let (code, json) = json_of(&path, &[]);
    assert_eq!(code, 1);
    assert_eq!(json["intensity"], "outpatient");
    assert_eq!(findings(&json), pairs(&[("error", "too_few_hours")]));
    assert_eq!(
        json["findings"][0]["message"],
        "8 h 59 min a week; Medicare's rule asks at least 9 hours a week for IOP (1 min more would reach it)."
    );
}

#[test]
fn every_rule_set_can_be_chosen_and_names_its_kind() {
    let kinds = [
        ("asam-adult", "guideline"),
        ("asam-adolescent", "guideline"),
        ("virginia-medicaid-adult", "regulation"),
        ("virginia-medicaid-youth", "regulation"),
        ("medicare", "regulation"),
    ];
    for (rules, kind) in kinds {
        let (_, json) = json_of(&example("evening-iop.ron"), &["--rules", rules]);
        assert_eq!(json["rules"], rules);
        assert_eq!(json["rules_kind"], kind, "{rules}");
        assert!(
            json["disclaimer"]
                .as_str()
                .unwrap()
                .contains("does not replace an assessment by a clinician"),
            "{json}"
        );
    }
}

#[test]
fn the_human_report_names_the_kind_and_the_issuer() {
    let dir = tempfile::tempdir().unwrap();
    let week = [
        ("Mon", "18:00", "21:00"),
        ("Wed", "18:00", "21:00"),
        ("Thu", "18:00", "21:00"),
    ];
    let path = week_plan(&dir, "iop", "virginia-medicaid-adult", &week);
    carelevels().args(["check", &path]).assert().code(0).stdout(
        predicate::str::contains("MEETS - Meets Virginia Medicaid's IOP rule")
            .and(predicate::str::contains("a regulation"))
            .and(predicate::str::contains("9 to 19 h a week"))
            .and(predicate::str::contains("does not replace an assessment")),
    );
    carelevels()
        .args(["check", &path, "--rules", "asam-adult"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "MEETS - Within ASAM's usual hours for IOP",
        ));
}

#[test]
fn every_export_carries_the_disclaimer() {
    let dir = tempfile::tempdir().unwrap();
    let ics = dir.path().join("week.ics");
    let txt = dir.path().join("week.txt");
    for out in [&ics, &txt] {
        carelevels()
            .args(["export", &example("evening-iop.ron"), "--to"])
            .arg(out)
            .assert()
            .code(0);
    }
    let calendar = std::fs::read_to_string(&ics).unwrap();
    // Unfold the calendar's 75-octet lines before looking for the sentence.
    let unfolded = calendar.replace("\r\n ", "");
    let events = unfolded.matches("BEGIN:VEVENT").count();
    assert!(events >= 3, "{calendar}");
    let described = unfolded
        .lines()
        .filter(|l| l.starts_with("DESCRIPTION:"))
        .filter(|l| l.contains("does not replace an assessment by a clinician"))
        .count();
    assert_eq!(described, events, "{unfolded}");
    let text = std::fs::read_to_string(&txt).unwrap();
    assert!(
        text.trim_end()
            .ends_with("does not replace an assessment by a clinician."),
        "{text}"
    );
}
