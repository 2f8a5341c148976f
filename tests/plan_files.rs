//! Plan files on disk: round trips, and a loader that never panics and never half-loads.

use carelevels::plan::file::{self, PlanFileError};
use carelevels::plan::{Clock, Commitment, Day, LevelId, Plan, Session, SessionKind};
use proptest::prelude::*;

const EXAMPLES: [&str; 5] = [
    include_str!("../data/examples/evening-iop.ron"),
    include_str!("../data/examples/morning-iop.ron"),
    include_str!("../data/examples/after-school-adolescent-iop.ron"),
    include_str!("../data/examples/day-program.ron"),
    include_str!("../data/examples/weekly-outpatient.ron"),
];

#[test]
fn every_example_survives_a_save_and_load_through_the_disk() {
    let dir = tempfile::tempdir().unwrap();
    for (i, text) in EXAMPLES.iter().enumerate() {
        let plan = file::parse(text).unwrap();
        let path = dir.path().join(format!("plan-{i}.ron"));
        file::save(&path, &plan).unwrap();
        assert_eq!(file::load(&path).unwrap(), plan);
        // Saving again over the same file replaces it.
        file::save(&path, &plan).unwrap();
        assert_eq!(file::load(&path).unwrap(), plan);
    }
}

#[test]
fn an_invalid_file_does_not_replace_what_was_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    std::fs::write(
        &path,
        "Plan(format: 1, level: \"iop\", sessions: [(day: Mon",
    )
    .unwrap();
    let mut current = file::parse(EXAMPLES[0]).unwrap();
    let before = current.clone();
    match file::load(&path) {
        Ok(plan) => current = plan,
        Err(PlanFileError::Invalid { path: p, .. }) => assert_eq!(p, path),
        Err(e) => panic!("unexpected {e}"),
    }
    assert_eq!(current, before);
}

fn arb_clock_pair() -> impl Strategy<Value = (Clock, Clock)> {
    (0u16..1440, 1u16..=600).prop_map(|(s, len)| {
        let e = (s + len).min(1440);
        (
            Clock::from_minutes(s).unwrap(),
            Clock::from_minutes(e).unwrap(),
        )
    })
}

fn arb_plan() -> impl Strategy<Value = Plan> {
    let session = (0usize..7, arb_clock_pair(), 0usize..7, ".{0,20}").prop_map(
        |(d, (start, end), k, title)| Session {
            day: Day::from_index(d).unwrap(),
            start,
            end,
            kind: SessionKind::ALL[k],
            title,
        },
    );
    let commitment =
        (0usize..7, arb_clock_pair(), ".{0,20}").prop_map(|(d, (start, end), title)| Commitment {
            day: Day::from_index(d).unwrap(),
            start,
            end,
            title,
        });
    (
        ".{0,30}",
        prop::sample::select(LevelId::ALL.to_vec()),
        prop::sample::select(vec!["asam-adult", "asam-adolescent"]),
        prop::collection::vec(session, 0..30),
        prop::collection::vec(commitment, 0..10),
    )
        .prop_map(|(name, level, rules, sessions, commitments)| {
            let mut plan = Plan::new(level);
            plan.name = name;
            plan.rules = rules.to_owned();
            plan.phases[0].sessions = sessions;
            plan.commitments = commitments;
            plan
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_plan_round_trips_through_its_text(plan in arb_plan()) {
        let text = file::to_ron(&plan);
        prop_assert_eq!(file::parse(&text).unwrap(), plan);
    }

    #[test]
    fn the_loader_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let _ = file::parse_bytes(&bytes);
    }

    #[test]
    fn the_loader_never_panics_on_mutated_plans(
        which in 0usize..EXAMPLES.len(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..4, any::<u8>()), 1..8),
    ) {
        let mut bytes = EXAMPLES[which].as_bytes().to_vec();
        for (at, op, byte) in edits {
            if bytes.is_empty() { break; }
            let i = at.index(bytes.len());
            match op {
                0 => { bytes.remove(i); }
                1 => bytes.insert(i, byte),
                2 => bytes[i] = byte,
                _ => bytes.truncate(i),
            }
        }
        // Either a whole valid plan or an error; a result that parses must also re-save and re-load.
        if let Ok(plan) = file::parse_bytes(&bytes) {
            prop_assert_eq!(file::parse(&file::to_ron(&plan)).unwrap(), plan);
        }
    }

    #[test]
    fn structurally_valid_text_with_wrong_values_is_refused_not_patched(
        start in "[0-9]{1,3}:[0-9]{1,3}",
        end in "[0-9]{1,3}:[0-9]{1,3}",
    ) {
        let text = format!(
            r#"(format: 1, level: "iop", sessions: [(day: Mon, start: "{start}", end: "{end}")])"#
        );
        match file::parse(&text) {
            Ok(plan) => {
                let s = &plan.phases[0].sessions[0];
                prop_assert!(s.start < s.end);
                prop_assert_eq!(s.start.to_string(), start);
                prop_assert_eq!(s.end.to_string(), end);
            }
            Err(e) => prop_assert!(e.to_string().contains("session 1")),
        }
    }
}
