//! The facts behind the app: the four levels of care, their sources, the hour rule sets, and the
//! questions worth asking a program.
//!
//! All of it lives in `data/*.ron`, embedded into the binary at build time, and is validated
//! once on first use: every level has every criterion, every source id resolves, every rule set
//! covers every level, every question id is unique. Rust code never hard-codes a threshold or a
//! fact; it asks the catalog.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::i18n::Lang;
use crate::plan::LevelId;

mod rules;
pub mod translate;

pub use rules::{LevelRule, MaxHours, MinDays, MinHours, Requirement, RuleKind, RuleSet, Strength};

const LEVELS_RON: &str = include_str!("../../data/levels.ron");
const SOURCES_RON: &str = include_str!("../../data/sources.ron");
const RULES_RON: &str = include_str!("../../data/rules.ron");
const QUESTIONS_RON: &str = include_str!("../../data/questions.ron");

/// How far a source can be trusted for a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum Quality {
    /// Law, regulation, ASAM, SAMHSA, CMS, NIDA.
    Primary,
    /// Careful secondary sources: state agencies, Medicare contractors, academic reviews.
    Secondary,
}

/// One full citation from `data/sources.ron`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub year: u16,
    /// The part that backs our facts: chapter, section, paragraph.
    #[serde(default)]
    pub section: String,
    #[serde(default)]
    pub url: String,
    pub quality: Quality,
    /// How the source is used, or where it disagrees with others.
    #[serde(default)]
    pub note: String,
}

/// One row of the comparison: a question every level answers ("Hours a week (adults)").
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: String,
    pub label: String,
    /// A one-line explanation of what the row means, for tooltips and screen readers.
    #[serde(default)]
    pub help: String,
}

/// One level's answer to one criterion, with where it comes from.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// Short text for the table cell.
    pub summary: String,
    /// The full text for the details panel; may say where sources disagree.
    #[serde(default)]
    pub detail: String,
    /// Ids into `data/sources.ron`; at least one.
    pub sources: Vec<String>,
}

impl Fact {
    /// The detail when there is one, else the summary.
    pub fn full_text(&self) -> &str {
        if self.detail.trim().is_empty() {
            &self.summary
        } else {
            &self.detail
        }
    }
}

/// One level of care and its facts, keyed by criterion id.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub id: LevelId,
    /// "Intensive outpatient (IOP)".
    pub name: String,
    /// "IOP": used in sentences such as "IOP's 9-hour minimum".
    pub short_name: String,
    /// "ASAM level 2.1 (4th ed.: 2.1)".
    pub asam: String,
    /// One or two plain sentences.
    pub summary: String,
    pub facts: BTreeMap<String, Fact>,
}

/// How well a level meets one of a person's needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum Fit {
    Yes,
    /// It depends on the program or the person.
    Partly,
    No,
}

/// One level's answer to a need, and why.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeedFit {
    pub fit: Fit,
    pub why: String,
    pub sources: Vec<String>,
}

/// A "what matters to me" box ("I need to keep working or going to school").
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Need {
    pub id: String,
    pub label: String,
    pub fits: BTreeMap<LevelId, NeedFit>,
}

/// What a question about a program is about, so a view can group its rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum QuestionGroup {
    /// Signs of good care (SAMHSA's five signs, NIAAA's Navigator).
    Quality,
    /// Who pays: insurance network, Medicaid, Medicare, sliding fee, free care.
    Payment,
    /// Fitting the program into a life: start date, language, telehealth.
    Practical,
}

/// One thing a person should learn about a specific program, from `data/questions.ron`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id, saved in files: lowercase letters, digits and `_`.
    pub id: String,
    pub group: QuestionGroup,
    /// Short row label ("Accreditation and license").
    pub label: String,
    /// The plain question to ask the program.
    pub ask: String,
    /// Why it is worth asking, as the sources put it.
    #[serde(default)]
    pub why: String,
    /// Ids into `data/sources.ron`; at least one.
    pub sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LevelsFile {
    criteria: Vec<Criterion>,
    levels: Vec<Level>,
    needs: Vec<Need>,
}

/// Why the embedded data is inconsistent. Only a developer editing `data/` can meet this.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("data/{file}: {message}")]
    Syntax { file: &'static str, message: String },
    #[error("data/{file}: {message}")]
    Inconsistent { file: &'static str, message: String },
}

/// Everything in `data/`, validated.
#[derive(Clone, Debug)]
pub struct Catalog {
    pub criteria: Vec<Criterion>,
    /// In [`LevelId::ALL`] order.
    pub levels: Vec<Level>,
    pub needs: Vec<Need>,
    pub sources: Vec<Source>,
    pub rule_sets: Vec<RuleSet>,
    /// Questions worth asking a program, in file order.
    pub questions: Vec<Question>,
}

impl Catalog {
    /// The catalog embedded in this binary, parsed and validated on first use.
    ///
    /// Panics only if the shipped `data/` files are broken, which `cargo test` rules out.
    pub fn builtin() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(|| {
            Catalog::parse(LEVELS_RON, SOURCES_RON, RULES_RON)
                .and_then(|catalog| catalog.with_questions(QUESTIONS_RON))
                .unwrap_or_else(|e| panic!("the built-in data is broken: {e}"))
        })
    }

    /// The built-in catalog in `lang`: the same ids, numbers and sources, with every text a
    /// person reads in that language. The Spanish one is made on first use from the English
    /// one and `data/es/*.ron`, so a session in English never parses the Spanish files.
    ///
    /// ```
    /// use carelevels::{catalog::Catalog, i18n::Lang, plan::LevelId};
    /// let es = Catalog::builtin_in(Lang::Es);
    /// assert_eq!(es.level(LevelId::Iop).short_name, "IOP");
    /// ```
    pub fn builtin_in(lang: Lang) -> &'static Catalog {
        static SPANISH: OnceLock<Catalog> = OnceLock::new();
        match lang {
            Lang::En => Catalog::builtin(),
            Lang::Es => SPANISH.get_or_init(|| {
                let layer = translate::parse_layer(&translate::ES_FILES)
                    .unwrap_or_else(|e| panic!("the built-in Spanish data is broken: {e}"));
                translate::translated(Catalog::builtin(), &layer)
            }),
        }
    }

    /// Parses and validates the three data files.
    pub fn parse(levels: &str, sources: &str, rules: &str) -> Result<Catalog, CatalogError> {
        fn syntax(file: &'static str) -> impl Fn(ron::error::SpannedError) -> CatalogError {
            move |e| CatalogError::Syntax {
                file,
                message: e.to_string(),
            }
        }
        let levels_file: LevelsFile = ron::from_str(levels).map_err(syntax("levels.ron"))?;
        let sources: Vec<Source> = ron::from_str(sources).map_err(syntax("sources.ron"))?;
        let rule_sets: Vec<RuleSet> = ron::from_str(rules).map_err(syntax("rules.ron"))?;
        let mut levels = levels_file.levels;
        levels.sort_by_key(|l| l.id);
        let catalog = Catalog {
            criteria: levels_file.criteria,
            levels,
            needs: levels_file.needs,
            sources,
            rule_sets,
            questions: Vec::new(),
        };
        catalog.validate()?;
        Ok(catalog)
    }

    fn validate(&self) -> Result<(), CatalogError> {
        let levels_err = |message: String| CatalogError::Inconsistent {
            file: "levels.ron",
            message,
        };
        let rules_err = |message: String| CatalogError::Inconsistent {
            file: "rules.ron",
            message,
        };
        let known_source = |id: &String| self.source(id).is_some();

        let mut source_ids: Vec<&str> = self.sources.iter().map(|s| s.id.as_str()).collect();
        source_ids.sort_unstable();
        if let Some(w) = source_ids.windows(2).find(|w| w[0] == w[1]) {
            return Err(CatalogError::Inconsistent {
                file: "sources.ron",
                message: format!("source id \"{}\" appears twice", w[0]),
            });
        }

        let ids: Vec<LevelId> = self.levels.iter().map(|l| l.id).collect();
        if ids != LevelId::ALL {
            return Err(levels_err(format!(
                "needs exactly one entry for each of the four levels, found {ids:?}"
            )));
        }
        for level in &self.levels {
            for criterion in &self.criteria {
                if !level.facts.contains_key(&criterion.id) {
                    return Err(levels_err(format!(
                        "level \"{}\" has no fact for criterion \"{}\"",
                        level.id, criterion.id
                    )));
                }
            }
            for (criterion, fact) in &level.facts {
                if !self.criteria.iter().any(|c| &c.id == criterion) {
                    return Err(levels_err(format!(
                        "level \"{}\" has a fact for unknown criterion \"{criterion}\"",
                        level.id
                    )));
                }
                if fact.sources.is_empty() {
                    return Err(levels_err(format!(
                        "level \"{}\", criterion \"{criterion}\" cites no source",
                        level.id
                    )));
                }
                if let Some(bad) = fact.sources.iter().find(|s| !known_source(s)) {
                    return Err(levels_err(format!(
                        "level \"{}\", criterion \"{criterion}\" cites unknown source \"{bad}\"",
                        level.id
                    )));
                }
            }
        }
        for need in &self.needs {
            for level in LevelId::ALL {
                let Some(fit) = need.fits.get(&level) else {
                    return Err(levels_err(format!(
                        "need \"{}\" says nothing about level \"{level}\"",
                        need.id
                    )));
                };
                if fit.sources.is_empty() {
                    return Err(levels_err(format!(
                        "need \"{}\", level \"{level}\" cites no source",
                        need.id
                    )));
                }
                if let Some(bad) = fit.sources.iter().find(|s| !known_source(s)) {
                    return Err(levels_err(format!(
                        "need \"{}\", level \"{level}\" cites unknown source \"{bad}\"",
                        need.id
                    )));
                }
            }
        }

        if self.rule_sets.is_empty() {
            return Err(rules_err("has no rule set".into()));
        }
        let mut set_ids: Vec<&str> = self.rule_sets.iter().map(|r| r.id.as_str()).collect();
        set_ids.sort_unstable();
        if let Some(w) = set_ids.windows(2).find(|w| w[0] == w[1]) {
            return Err(rules_err(format!("rule set id \"{}\" appears twice", w[0])));
        }
        for set in &self.rule_sets {
            set.validate(|id| self.source(id).is_some())
                .map_err(|message| rules_err(format!("rule set \"{}\": {message}", set.id)))?;
        }
        Ok(())
    }

    /// The level with this id.
    pub fn level(&self, id: LevelId) -> &Level {
        // validate() guarantees one level per id, sorted in LevelId::ALL order.
        &self.levels[id as usize]
    }

    /// The citation with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The rule set with this id.
    pub fn rule_set(&self, id: &str) -> Option<&RuleSet> {
        self.rule_sets.iter().find(|r| r.id == id)
    }

    /// The ids of all rule sets, for messages and pickers.
    pub fn rule_set_ids(&self) -> Vec<&str> {
        self.rule_sets.iter().map(|r| r.id.as_str()).collect()
    }

    /// Every place a source is cited, for the Sources page. The places are data, in no
    /// language: the page words them ("What matters to me: ...") in the language it shows.
    pub fn citations_of(&self, source_id: &str) -> Vec<CitedIn<'_>> {
        let mut uses = Vec::new();
        for level in &self.levels {
            for criterion in &self.criteria {
                if level.facts[&criterion.id]
                    .sources
                    .iter()
                    .any(|s| s == source_id)
                {
                    uses.push(CitedIn::Fact { level, criterion });
                }
            }
        }
        for need in &self.needs {
            if need
                .fits
                .values()
                .any(|f| f.sources.iter().any(|s| s == source_id))
            {
                uses.push(CitedIn::Need(need));
            }
        }
        for set in &self.rule_sets {
            let cited = set.sources.iter().any(|s| s == source_id)
                || set
                    .levels
                    .iter()
                    .flat_map(LevelRule::limits)
                    .any(|(_, _, sources)| sources.iter().any(|s| s == source_id));
            if cited {
                uses.push(CitedIn::HourRules(set));
            }
        }
        for question in &self.questions {
            if question.sources.iter().any(|s| s == source_id) {
                uses.push(CitedIn::Question(question));
            }
        }
        uses
    }
}

/// One place a source is cited ([`Catalog::citations_of`]). It borrows from the catalog it
/// came from, so the names and labels are in that catalog's language.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CitedIn<'a> {
    /// A level's answer to one row of the comparison ("IOP: Days a week").
    Fact {
        level: &'a Level,
        criterion: &'a Criterion,
    },
    /// How well the levels meet a "what matters to me" need.
    Need(&'a Need),
    /// A rule set's hour rules.
    HourRules(&'a RuleSet),
    /// A question worth asking a program.
    Question(&'a Question),
}

impl CitedIn<'_> {
    /// What is cited, without its group: the criterion, need, rule set or question.
    pub fn item(&self) -> &str {
        match self {
            CitedIn::Fact { criterion, .. } => &criterion.label,
            CitedIn::Need(need) => &need.label,
            CitedIn::HourRules(set) => &set.name,
            CitedIn::Question(question) => &question.label,
        }
    }
}

impl Catalog {
    /// The questions worth asking a program, in the order of `data/questions.ron`.
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// This catalog with the questions file added, checked against its sources.
    pub fn with_questions(mut self, questions: &str) -> Result<Catalog, CatalogError> {
        self.questions = ron::from_str(questions).map_err(|e| CatalogError::Syntax {
            file: "questions.ron",
            message: e.to_string(),
        })?;
        self.validate_questions()?;
        Ok(self)
    }

    fn validate_questions(&self) -> Result<(), CatalogError> {
        let err = |message: String| CatalogError::Inconsistent {
            file: "questions.ron",
            message,
        };
        let mut seen = std::collections::BTreeSet::new();
        for (i, q) in self.questions.iter().enumerate() {
            let id_ok = !q.id.is_empty()
                && q.id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            if !id_ok {
                return Err(err(format!(
                    "question {} has id \"{}\"; use lowercase letters, digits and _",
                    i + 1,
                    q.id
                )));
            }
            if !seen.insert(q.id.as_str()) {
                return Err(err(format!("question id \"{}\" appears twice", q.id)));
            }
            if q.label.trim().is_empty() || q.ask.trim().is_empty() {
                return Err(err(format!(
                    "question \"{}\" needs a label and a question to ask",
                    q.id
                )));
            }
            if q.sources.is_empty() {
                return Err(err(format!("question \"{}\" cites no source", q.id)));
            }
            if let Some(bad) = q.sources.iter().find(|s| self.source(s).is_none()) {
                return Err(err(format!(
                    "question \"{}\" cites unknown source \"{bad}\"",
                    q.id
                )));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_data_is_complete_and_every_source_resolves() {
        let catalog = Catalog::builtin();
        assert_eq!(catalog.levels.len(), 4);
        for level in &catalog.levels {
            for criterion in &catalog.criteria {
                let fact = &level.facts[&criterion.id];
                assert!(
                    !fact.summary.trim().is_empty(),
                    "{} {}",
                    level.id,
                    criterion.id
                );
                for s in &fact.sources {
                    assert!(catalog.source(s).is_some(), "{s}");
                }
            }
        }
        for source in &catalog.sources {
            assert!(
                !catalog.citations_of(&source.id).is_empty(),
                "source {} is listed but backs nothing",
                source.id
            );
        }
    }

    #[test]
    fn the_catalog_has_the_criteria_the_comparison_promises() {
        let catalog = Catalog::builtin();
        let ids: Vec<&str> = catalog.criteria.iter().map(|c| c.id.as_str()).collect();
        for needed in [
            "hours_adult",
            "hours_adolescent",
            "days_per_week",
            "typical_day",
            "length_of_stay",
            "where_you_live",
            "work_school",
            "supervision",
            "medical_care",
            "suits",
            "not_suited",
            "next_step",
        ] {
            assert!(ids.contains(&needed), "missing criterion {needed}");
        }
    }

    #[test]
    fn inconsistent_data_is_refused_with_a_reason() {
        let err = Catalog::parse(LEVELS_RON, "[]", RULES_RON).unwrap_err();
        assert!(err.to_string().contains("unknown source"), "{err}");
        let err = Catalog::parse(LEVELS_RON, SOURCES_RON, "[]").unwrap_err();
        assert!(err.to_string().contains("no rule set"), "{err}");
    }
}

#[cfg(test)]
mod question_tests {
    use super::*;

    fn with_questions(questions: &str) -> Result<Catalog, CatalogError> {
        Catalog::parse(LEVELS_RON, SOURCES_RON, RULES_RON)?.with_questions(questions)
    }

    #[test]
    fn builtin_questions_load_in_file_order() {
        let catalog = Catalog::builtin();
        let first = &catalog.questions()[0];
        assert_eq!(first.id, "accreditation");
        assert_eq!(first.group, QuestionGroup::Quality);
        assert_eq!(
            catalog.question("moud").map(|q| q.id.as_str()),
            Some("moud")
        );
        assert!(catalog.question("no_such_question").is_none());
        assert!(
            catalog
                .citations_of("niaaa-navigator")
                .iter()
                .any(|use_| matches!(use_, CitedIn::Question(_))),
            "the Sources page lists the questions a source backs"
        );
    }

    #[test]
    fn bad_questions_are_refused_with_a_reason() {
        let q = |id: &str, sources: &str| {
            format!(
                r#"Question(id: "{id}", group: Payment, label: "L {id}", ask: "A?", sources: [{sources}])"#
            )
        };
        let file = |items: &[String]| format!("[{}]", items.join(", "));
        let ok = q("free_care", r#""samhsa-helpline""#);
        assert!(with_questions(&file(std::slice::from_ref(&ok))).is_ok());

        let cases = [
            (file(&[ok.clone(), ok.clone()]), "appears twice"),
            (file(&[q("x", r#""no-such-source""#)]), "unknown source"),
            (file(&[q("x", "")]), "cites no source"),
            (file(&[q("Bad Id", r#""samhsa-helpline""#)]), "lowercase"),
            (file(&[q("", r#""samhsa-helpline""#)]), "lowercase"),
            ("[Question(id: \"x\")]".to_string(), "questions.ron"),
        ];
        for (text, reason) in cases {
            let err = with_questions(&text).expect_err(&text).to_string();
            assert!(err.contains(reason), "{text}: {err}");
            assert!(err.contains("questions.ron"), "{err}");
        }
        let unknown_field = file(&[ok.replace("ask:", "asked: \"?\", ask:")]);
        assert!(with_questions(&unknown_field).is_err());
    }
}
