//! Rule sets (`data/rules.ron`, revision 2): for each level, the limits a week is checked
//! against, each with a strength and its own sources. Reference: docs/rules.md.

use serde::Deserialize;

use crate::plan::LevelId;

/// How much a limit weighs. Only a missed required limit changes the verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
pub enum Strength {
    /// The rule set asks for it: missing it is an error.
    Required,
    /// Usual practice, not a rule: missing it is worth a look and never changes the verdict.
    Typical,
}

/// A lower limit in hours: a week's total, or each session day's.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinHours {
    pub hours: f64,
    pub strength: Strength,
    /// Ids into `data/sources.ron`; at least one.
    pub sources: Vec<String>,
}

impl MinHours {
    pub fn minutes(&self) -> u32 {
        hours_to_minutes(self.hours)
    }
}

/// An upper limit on a week's hours.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MaxHours {
    pub hours: f64,
    /// `true`: at most `hours` ("9 to 19 hours"); `false`: strictly under it ("under 20").
    pub inclusive: bool,
    pub strength: Strength,
    pub sources: Vec<String>,
}

impl MaxHours {
    pub fn minutes(&self) -> u32 {
        hours_to_minutes(self.hours)
    }

    /// Whether `minutes` a week stay within the cap.
    pub fn allows(&self, minutes: u32) -> bool {
        if self.inclusive {
            minutes <= self.minutes()
        } else {
            minutes < self.minutes()
        }
    }
}

/// A lower limit on the number of days with sessions.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinDays {
    pub days: u8,
    pub strength: Strength,
    pub sources: Vec<String>,
}

/// A limit without a figure: "no outside commitments".
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    pub strength: Strength,
    pub sources: Vec<String>,
}

/// The limits of one level within a rule set. A limit that does not apply is absent.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelRule {
    pub level: LevelId,
    /// The week's hours reach at least this.
    #[serde(default)]
    pub min_hours: Option<MinHours>,
    /// The week's hours stay within this cap.
    #[serde(default)]
    pub max_hours: Option<MaxHours>,
    /// Sessions fall on at least this many days.
    #[serde(default)]
    pub min_days: Option<MinDays>,
    /// Each day with sessions has at least this many hours of them.
    #[serde(default)]
    pub min_day_hours: Option<MinHours>,
    /// Outside commitments (work, school) do not fit this level at all.
    #[serde(default)]
    pub no_commitments: Option<Requirement>,
    #[serde(default)]
    pub note: String,
}

fn hours_to_minutes(hours: f64) -> u32 {
    (hours * 60.0).round() as u32
}

impl LevelRule {
    pub fn min_minutes(&self) -> Option<u32> {
        self.min_hours.as_ref().map(MinHours::minutes)
    }

    pub fn max_minutes(&self) -> Option<u32> {
        self.max_hours.as_ref().map(MaxHours::minutes)
    }

    pub fn day_minutes(&self) -> Option<u32> {
        self.min_day_hours.as_ref().map(MinHours::minutes)
    }

    /// Whether the rule has a weekly-hour band at all (inpatient has none).
    pub fn has_hour_band(&self) -> bool {
        self.min_hours.is_some() || self.max_hours.is_some()
    }

    /// Whether `minutes` a week fall inside the band, honouring an inclusive or exclusive cap.
    pub fn band_contains(&self, minutes: u32) -> bool {
        self.has_hour_band()
            && self.min_minutes().is_none_or(|min| minutes >= min)
            && self
                .max_hours
                .as_ref()
                .is_none_or(|max| max.allows(minutes))
    }

    /// Whether outside commitments fit this level.
    pub fn allows_commitments(&self) -> bool {
        self.no_commitments.is_none()
    }

    /// Every limit's strength and sources, named as in `data/rules.ron`.
    pub fn limits(&self) -> Vec<(&'static str, Strength, &[String])> {
        let mut limits = Vec::new();
        if let Some(l) = &self.min_hours {
            limits.push(("min_hours", l.strength, l.sources.as_slice()));
        }
        if let Some(l) = &self.max_hours {
            limits.push(("max_hours", l.strength, l.sources.as_slice()));
        }
        if let Some(l) = &self.min_days {
            limits.push(("min_days", l.strength, l.sources.as_slice()));
        }
        if let Some(l) = &self.min_day_hours {
            limits.push(("min_day_hours", l.strength, l.sources.as_slice()));
        }
        if let Some(l) = &self.no_commitments {
            limits.push(("no_commitments", l.strength, l.sources.as_slice()));
        }
        limits
    }
}

/// A named set of rules, e.g. `asam-adult`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    pub id: String,
    /// "ASAM Criteria, adults".
    pub name: String,
    /// A guideline (what programs usually do) or a regulation (what a payer requires).
    #[serde(default)]
    pub kind: RuleKind,
    /// Who issued it, short: "ASAM", "Virginia Medicaid".
    pub issuer: String,
    /// How a finding names it in a sentence: "ASAM", "Virginia's Medicaid rule".
    pub cited_as: String,
    #[serde(default)]
    pub description: String,
    pub sources: Vec<String>,
    pub levels: Vec<LevelRule>,
}

/// Whether a rule set describes usual practice or a payer's or state's requirement.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize)]
pub enum RuleKind {
    #[default]
    Guideline,
    Regulation,
}

impl RuleKind {
    /// The word used in JSON and in sentences (`"guideline"`).
    pub fn as_str(self) -> &'static str {
        match self {
            RuleKind::Guideline => "guideline",
            RuleKind::Regulation => "regulation",
        }
    }
}

/// The levels whose weekly minimums rank intensity, lowest first; inpatient is a setting, not
/// an amount of hours, so it is not on this ladder.
const HOUR_LADDER: [LevelId; 3] = [LevelId::Outpatient, LevelId::Iop, LevelId::DayProgram];

impl RuleSet {
    /// One rule set's own consistency: names, sources, one rule per level, sane figures, and
    /// hour bands that climb from outpatient to day program without overlapping.
    pub(super) fn validate(&self, known: impl Fn(&str) -> bool) -> Result<(), String> {
        let set = self;
        let known_source = |id: &String| known(id);
        if set.issuer.trim().is_empty() || set.cited_as.trim().is_empty() {
            return Err("needs an issuer and a cited_as name".into());
        }
        if let Some(bad) = set.sources.iter().find(|s| !known_source(s)) {
            return Err(format!("cites unknown source \"{bad}\""));
        }
        for level in LevelId::ALL {
            let count = set.levels.iter().filter(|r| r.level == level).count();
            if count != 1 {
                return Err(format!(
                    "has {count} rules for level \"{level}\"; it needs exactly one"
                ));
            }
        }
        for rule in &set.levels {
            let at = |what: &str| format!("level \"{}\", {what}", rule.level);
            for (name, _, sources) in rule.limits() {
                if sources.is_empty() {
                    return Err(at(&format!("{name} cites no source")));
                }
                if let Some(bad) = sources.iter().find(|s| !known_source(s)) {
                    return Err(at(&format!("{name} cites unknown source \"{bad}\"")));
                }
            }
            let weekly = [
                rule.min_hours.as_ref().map(|l| l.hours),
                rule.max_hours.as_ref().map(|l| l.hours),
            ];
            if weekly.iter().flatten().any(|h| !(*h > 0.0 && *h <= 168.0)) {
                return Err(at("a weekly hour figure is outside 0 to 168"));
            }
            if let Some(day) = &rule.min_day_hours
                && !(day.hours > 0.0 && day.hours <= 24.0)
            {
                return Err(at("min_day_hours is outside 0 to 24"));
            }
            if let Some(days) = &rule.min_days
                && !(1..=7).contains(&days.days)
            {
                return Err(at("min_days is outside 1 to 7"));
            }
            if let (Some(min), Some(max)) = (&rule.min_hours, &rule.max_hours)
                && !max.allows(min.minutes())
            {
                return Err(at("min_hours is not inside max_hours"));
            }
            if let (Some(day), Some(max)) = (&rule.min_day_hours, &rule.max_hours)
                && !max.allows(day.minutes())
            {
                return Err(at("one day of min_day_hours already passes max_hours"));
            }
        }
        // Each level's cap must end where the next level's minimum starts, or below it, and
        // the minimums must climb: otherwise one week would meet two levels' hours at once.
        for pair in HOUR_LADDER.windows(2) {
            let (Some(lower), Some(upper)) = (set.rule(pair[0]), set.rule(pair[1])) else {
                continue;
            };
            if let (Some(cap), Some(next)) = (&lower.max_hours, upper.min_minutes())
                && cap.allows(next)
            {
                return Err(format!(
                    "level \"{}\" max_hours reaches into level \"{}\" min_hours",
                    pair[0], pair[1]
                ));
            }
        }
        let minimums: Vec<u32> = HOUR_LADDER
            .iter()
            .filter_map(|&l| set.rule(l).and_then(LevelRule::min_minutes))
            .collect();
        if minimums.windows(2).any(|w| w[0] >= w[1]) {
            return Err("the weekly minimums do not climb from outpatient to day program".into());
        }
        Ok(())
    }

    /// The rule for `level`. Every built-in rule set has one for each level (checked on load).
    pub fn rule(&self, level: LevelId) -> Option<&LevelRule> {
        self.levels.iter().find(|r| r.level == level)
    }

    /// What `minutes` a week amount to under this set's weekly minimums, ignoring days and
    /// hours per day: the highest level on the ladder whose minimum they reach, else outpatient.
    pub fn intensity(&self, minutes: u32) -> LevelId {
        HOUR_LADDER
            .iter()
            .rev()
            .copied()
            .find(|&level| {
                self.rule(level)
                    .and_then(LevelRule::min_minutes)
                    .is_some_and(|min| minutes >= min)
            })
            .unwrap_or(LevelId::Outpatient)
    }

    /// "ASAM's", "Virginia Medicaid's": the issuer as an owner, for headlines.
    pub fn issuer_possessive(&self) -> String {
        if self.issuer.ends_with('s') {
            format!("{}'", self.issuer)
        } else {
            format!("{}'s", self.issuer)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Catalog, LEVELS_RON, RULES_RON, SOURCES_RON};

    /// One row of the contract's table for one level: weekly minimum, weekly cap (hours,
    /// inclusive), session days, hours on each session day, each with its strength; and
    /// whether outside commitments are refused.
    type Row = (
        Option<(f64, Strength)>,
        Option<(f64, bool)>,
        Option<(u8, Strength)>,
        Option<(f64, Strength)>,
        bool,
    );

    fn row(rule: &LevelRule) -> Row {
        (
            rule.min_hours.as_ref().map(|l| (l.hours, l.strength)),
            rule.max_hours.as_ref().map(|l| {
                assert_eq!(l.strength, Strength::Required, "caps are required");
                (l.hours, l.inclusive)
            }),
            rule.min_days.as_ref().map(|l| (l.days, l.strength)),
            rule.min_day_hours.as_ref().map(|l| (l.hours, l.strength)),
            rule.no_commitments
                .as_ref()
                .is_some_and(|l| l.strength == Strength::Required),
        )
    }

    #[test]
    fn every_rule_set_matches_the_contract_table() {
        use Strength::{Required as R, Typical as T};
        let none: Row = (None, None, None, None, false);
        let inpatient: Row = (None, None, None, None, true);
        #[rustfmt::skip]
        let table: [(&str, RuleKind, [Row; 3]); 5] = [
            ("asam-adult", RuleKind::Guideline, [
                (None, Some((9.0, false)), None, None, false),
                (Some((9.0, R)), Some((20.0, false)), Some((3, T)), Some((3.0, T)), false),
                (Some((20.0, R)), None, Some((5, T)), Some((5.0, T)), false),
            ]),
            ("asam-adolescent", RuleKind::Guideline, [
                (None, Some((6.0, false)), None, None, false),
                (Some((6.0, R)), Some((20.0, false)), Some((3, T)), Some((2.0, T)), false),
                (Some((20.0, R)), None, Some((5, T)), Some((5.0, T)), false),
            ]),
            ("virginia-medicaid-adult", RuleKind::Regulation, [
                (None, Some((9.0, false)), None, None, false),
                (Some((9.0, R)), Some((19.0, true)), None, Some((3.0, R)), false),
                (Some((20.0, R)), None, None, Some((5.0, R)), false),
            ]),
            ("virginia-medicaid-youth", RuleKind::Regulation, [
                (None, Some((6.0, false)), None, None, false),
                (Some((6.0, R)), Some((19.0, true)), None, Some((2.0, R)), false),
                (Some((20.0, R)), None, None, Some((5.0, R)), false),
            ]),
            ("medicare", RuleKind::Regulation, [
                none,
                (Some((9.0, R)), None, None, None, false),
                (Some((20.0, R)), None, None, None, false),
            ]),
        ];
        let catalog = Catalog::builtin();
        assert_eq!(catalog.rule_sets.len(), table.len());
        for (id, kind, rows) in table {
            let set = catalog
                .rule_set(id)
                .unwrap_or_else(|| panic!("{id} is missing"));
            assert_eq!(set.kind, kind, "{id}");
            for (level, expected) in HOUR_LADDER.into_iter().zip(rows) {
                assert_eq!(row(set.rule(level).unwrap()), expected, "{id} {level}");
            }
            assert_eq!(
                row(set.rule(LevelId::Inpatient).unwrap()),
                inpatient,
                "{id}"
            );
        }
    }

    #[test]
    fn issuers_read_well_in_headlines() {
        let catalog = Catalog::builtin();
        let issuer = |id: &str| catalog.rule_set(id).unwrap().issuer_possessive();
        assert_eq!(issuer("asam-adult"), "ASAM's");
        assert_eq!(issuer("virginia-medicaid-youth"), "Virginia Medicaid's");
        assert_eq!(issuer("medicare"), "Medicare's");
    }

    #[test]
    fn caps_are_inclusive_or_exclusive_as_written() {
        let catalog = Catalog::builtin();
        let iop = |id: &str| {
            catalog
                .rule_set(id)
                .unwrap()
                .rule(LevelId::Iop)
                .unwrap()
                .clone()
        };
        let asam = iop("asam-adult");
        assert!(asam.band_contains(20 * 60 - 1));
        assert!(!asam.band_contains(20 * 60));
        let virginia = iop("virginia-medicaid-adult");
        assert!(virginia.band_contains(19 * 60));
        assert!(!virginia.band_contains(19 * 60 + 1));
        assert!(!virginia.band_contains(9 * 60 - 1));
        let medicare = iop("medicare");
        assert!(medicare.band_contains(60 * 60));
    }

    #[test]
    fn intensity_climbs_the_weekly_minimums() {
        let catalog = Catalog::builtin();
        let set = |id: &str| catalog.rule_set(id).unwrap();
        for id in ["asam-adult", "virginia-medicaid-adult", "medicare"] {
            let s = set(id);
            assert_eq!(s.intensity(0), LevelId::Outpatient, "{id}");
            assert_eq!(s.intensity(539), LevelId::Outpatient, "{id}");
            assert_eq!(s.intensity(540), LevelId::Iop, "{id}");
            assert_eq!(s.intensity(1199), LevelId::Iop, "{id}");
            assert_eq!(s.intensity(1200), LevelId::DayProgram, "{id}");
            assert_eq!(s.intensity(10_000), LevelId::DayProgram, "{id}");
        }
        // Between Virginia's inclusive 19-hour IOP cap and 20 hours: still IOP by minimums.
        assert_eq!(
            set("virginia-medicaid-adult").intensity(19 * 60 + 30),
            LevelId::Iop
        );
        assert_eq!(set("asam-adolescent").intensity(359), LevelId::Outpatient);
        assert_eq!(set("virginia-medicaid-youth").intensity(360), LevelId::Iop);
    }

    /// The shipped rules with one piece of text replaced, parsed with the shipped levels and
    /// sources: the error, or "" when it loads.
    fn load_with(from: &str, to: &str) -> String {
        assert!(
            RULES_RON.contains(from),
            "the rules no longer contain {from:?}"
        );
        let rules = RULES_RON.replacen(from, to, 1);
        Catalog::parse(LEVELS_RON, SOURCES_RON, &rules)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default()
    }

    #[test]
    fn inconsistent_rules_are_refused_with_a_reason() {
        let asam_iop_min = r#"min_hours: (hours: 9.0, strength: Required, sources: ["asam-2013"])"#;
        let cases = [
            (
                asam_iop_min.to_owned(),
                asam_iop_min.replace("asam-2013", "nowhere"),
                "unknown source \"nowhere\"",
            ),
            (
                asam_iop_min.to_owned(),
                asam_iop_min.replace("\"asam-2013\"", ""),
                "min_hours cites no source",
            ),
            (
                asam_iop_min.to_owned(),
                asam_iop_min.replace("9.0", "8.0"),
                "reaches into",
            ),
            (
                asam_iop_min.to_owned(),
                asam_iop_min.replace("9.0", "25.0"),
                "not inside max_hours",
            ),
            (
                "days: 3,".to_owned(),
                "days: 8,".to_owned(),
                "min_days is outside 1 to 7",
            ),
            (
                "hours: 19.0, inclusive: true".to_owned(),
                "hours: 20.0, inclusive: true".to_owned(),
                "reaches into",
            ),
            (
                "hours: 2.0, strength: Required".to_owned(),
                "hours: 25.0, strength: Required".to_owned(),
                "min_day_hours is outside",
            ),
            (
                "id: \"medicare\"".to_owned(),
                "id: \"asam-adult\"".to_owned(),
                "appears twice",
            ),
            (
                "cited_as: \"Medicare's rule\"".to_owned(),
                "cited_as: \" \"".to_owned(),
                "cited_as",
            ),
            (
                "strength: Typical".to_owned(),
                "strength: Sometimes".to_owned(),
                "Sometimes",
            ),
            ("inclusive: false, ".to_owned(), String::new(), "inclusive"),
        ];
        for (from, to, expected) in cases {
            let err = load_with(&from, &to);
            assert!(err.contains(expected), "{from} -> {to}: {err:?}");
            assert!(err.starts_with("data/rules.ron"), "{err}");
        }
        assert_eq!(
            load_with("note: \"Medicare sets", "note: \"Medicare sets"),
            ""
        );
    }
}
