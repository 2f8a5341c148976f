//! A finding's message in a language. The check records what it found as a [`Detail`]
//! (numbers, days, titles, which rule set and level); the words are chosen only here, at the
//! edge, from the message files (`i18n/*/check.ftl`).

use crate::catalog::{Catalog, RuleKind, Strength};
use crate::i18n::{Arg, Lang, tr};
use crate::plan::{Day, LevelId, SessionKind, TimeBlock};

use super::words::{
    block_in, day_name_in, duration_in, hours_figure, hours_words_in, kind_label_in,
};

/// A level as the check saw it: its id, and its English names from the catalog the check used
/// (a test's own catalog may name levels differently from the built-in one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LevelName {
    pub id: LevelId,
    pub short_name: String,
    pub name: String,
}

impl LevelName {
    pub fn of(catalog: &Catalog, id: LevelId) -> LevelName {
        let level = catalog.level(id);
        LevelName {
            id,
            short_name: level.short_name.clone(),
            name: level.name.clone(),
        }
    }

    /// The short name in `lang`: the built-in translation, else the English the check saw.
    fn short_in(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.short_name.clone(),
            _ => Catalog::builtin_in(lang).level(self.id).short_name.clone(),
        }
    }

    fn name_in(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.name.clone(),
            _ => Catalog::builtin_in(lang).level(self.id).name.clone(),
        }
    }
}

/// The limit a finding measures the week against: its strength, what kind of rule set it
/// comes from and how that set is cited, and the level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LimitOf {
    pub strength: Strength,
    pub kind: RuleKind,
    /// The rule set's id, to find its name in another language.
    pub rules: String,
    /// How the English names the set in a sentence ("Virginia's Medicaid rule").
    pub cited_as: String,
    pub level: LevelName,
}

impl LimitOf {
    fn cited_in(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.cited_as.clone(),
            _ => Catalog::builtin_in(lang)
                .rule_set(&self.rules)
                .map_or_else(|| self.cited_as.clone(), |r| r.cited_as.clone()),
        }
    }

    /// The message id for this limit's strength and kind: `{stem}-typical`, `-guideline`,
    /// `-regulation`.
    fn id(&self, stem: &str) -> String {
        let tail = match (self.strength, self.kind) {
            (Strength::Typical, _) => "typical",
            (Strength::Required, RuleKind::Guideline) => "guideline",
            (Strength::Required, RuleKind::Regulation) => "regulation",
        };
        format!("{stem}-{tail}")
    }
}

/// What a title shows: the person's own words, or the kind of block when they left it blank
/// (the kind's name is then a word to translate).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Title {
    Own(String),
    Session(SessionKind),
    Commitment,
}

impl Title {
    pub fn session(title: &str, kind: SessionKind) -> Title {
        if title.trim().is_empty() {
            Title::Session(kind)
        } else {
            Title::Own(title.to_owned())
        }
    }

    pub fn commitment(title: &str) -> Title {
        if title.trim().is_empty() {
            Title::Commitment
        } else {
            Title::Own(title.to_owned())
        }
    }

    /// The words a person reads in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Title::Own(text) => text.clone(),
            Title::Session(kind) => kind_label_in(lang, *kind),
            Title::Commitment => tr(lang, "commitment-untitled", &[]),
        }
    }
}

/// A block of the week named in a finding: its title and its time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    pub title: Title,
    pub block: TimeBlock,
}

/// What a finding found, with everything its message needs, in no language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detail {
    NoSessions {
        level: LevelName,
    },
    /// `have` and `min` in minutes a week.
    TooFewHours {
        have: u32,
        min: u32,
        limit: LimitOf,
    },
    /// `intensity`: what the hours alone amount to, when that is another level.
    TooManyHours {
        have: u32,
        cap: u32,
        inclusive: bool,
        limit: LimitOf,
        intensity: Option<LevelName>,
    },
    TooFewDays {
        have: u32,
        want: u32,
        limit: LimitOf,
    },
    /// `have` and `min` in minutes on `day`.
    ShortDay {
        day: Day,
        have: u32,
        min: u32,
        limit: LimitOf,
    },
    CommitmentWhileInpatient {
        level: LevelName,
        commitment: Named,
    },
    /// `session` (the later one) shares `shared` minutes with `other`.
    SessionOverlap {
        session: Named,
        other: Named,
        shared: u32,
    },
    /// Overlaps past the listed ones, counted.
    MoreOverlaps {
        count: u64,
    },
    CommitmentConflict {
        session: Named,
        commitment: Named,
        shared: u32,
    },
    MoreConflicts {
        count: u64,
    },
}

/// The message of `detail` in `lang`.
pub fn message(detail: &Detail, lang: Lang) -> String {
    let text = |s: String| Arg::Text(s.into());
    let dur = |m: u32| text(duration_in(lang, m));
    let hours = |m: u32| Arg::Number(f64::from(m) / 60.0);
    let mut message = match detail {
        Detail::NoSessions { level } => tr(
            lang,
            "no-sessions",
            &[("level", text(level.short_in(lang)))],
        ),
        Detail::TooFewHours { have, min, limit } => tr(
            lang,
            &limit.id("too-few-hours"),
            &[
                ("have", dur(*have)),
                ("level", text(limit.level.short_in(lang))),
                ("cited", text(limit.cited_in(lang))),
                ("figure", text(hours_words_in(lang, *min))),
                ("gap", dur(min - have)),
            ],
        ),
        Detail::TooManyHours {
            have,
            cap,
            inclusive,
            limit,
            intensity,
        } => {
            let over = have.saturating_sub(*cap);
            let gap = if over == 0 {
                tr(lang, "at-the-line", &[])
            } else {
                tr(lang, "over-by", &[("over", dur(over))])
            };
            let cap_id = if *inclusive {
                "cap-at-most"
            } else {
                "cap-under"
            };
            let words = tr(lang, cap_id, &[("hours", text(hours_words_in(lang, *cap)))]);
            let mut message = tr(
                lang,
                &limit.id("too-many-hours"),
                &[
                    ("have", dur(*have)),
                    ("level", text(limit.level.short_in(lang))),
                    ("cited", text(limit.cited_in(lang))),
                    ("limit", text(words)),
                    ("gap", text(gap)),
                ],
            );
            if let Some(level) = intensity {
                message.push(' ');
                message.push_str(&tr(
                    lang,
                    "by-hours-alone",
                    &[("level", text(level.short_in(lang)))],
                ));
            }
            message
        }
        Detail::TooFewDays { have, want, limit } => {
            let fact = if *have == 0 {
                tr(lang, "no-day-has-sessions", &[])
            } else {
                let days = tr(lang, "count-days", &[("n", (*have).into())]);
                tr(lang, "sessions-fall-on", &[("days", text(days))])
            };
            let gap = tr(lang, "more-days", &[("n", (want - have).into())]);
            tr(
                lang,
                &limit.id("too-few-days"),
                &[
                    ("fact", text(fact)),
                    ("level", text(limit.level.short_in(lang))),
                    ("cited", text(limit.cited_in(lang))),
                    ("want", (*want).into()),
                    ("gap", text(gap)),
                ],
            )
        }
        Detail::ShortDay {
            day,
            have,
            min,
            limit,
        } => tr(
            lang,
            &limit.id("short-day"),
            &[
                ("day", text(day_name_in(lang, *day))),
                ("have", dur(*have)),
                ("level", text(limit.level.short_in(lang))),
                ("cited", text(limit.cited_in(lang))),
                ("figure", text(hours_words_in(lang, *min))),
                ("hours", hours(*min)),
                ("number", text(hours_figure(*min))),
                ("gap", dur(min - have)),
            ],
        ),
        Detail::CommitmentWhileInpatient { level, commitment } => tr(
            lang,
            "commitment-while-inpatient",
            &[
                ("level", text(level.name_in(lang))),
                ("title", text(commitment.title.text(lang))),
                ("block", text(block_in(lang, &commitment.block))),
            ],
        ),
        Detail::SessionOverlap {
            session,
            other,
            shared,
        } => pair(lang, "session-overlap", session, other, *shared),
        Detail::CommitmentConflict {
            session,
            commitment,
            shared,
        } => pair(lang, "commitment-conflict", session, commitment, *shared),
        Detail::MoreOverlaps { count } => {
            tr(lang, "session-overlap-more", &[("n", (*count).into())])
        }
        Detail::MoreConflicts { count } => {
            tr(lang, "commitment-conflict-more", &[("n", (*count).into())])
        }
    };
    if lang != Lang::En {
        // A sentence may begin with a rule set's name, which Spanish writes in lowercase
        // ("la norma de Medicare pide...").
        capitalize_first(&mut message);
    }
    message
}

fn pair(lang: Lang, id: &str, a: &Named, b: &Named, shared: u32) -> String {
    tr(
        lang,
        id,
        &[
            ("title", a.title.text(lang).into()),
            ("block", block_in(lang, &a.block).into()),
            ("other", b.title.text(lang).into()),
            ("other_block", block_in(lang, &b.block).into()),
            ("shared", duration_in(lang, shared).into()),
        ],
    )
}

/// Upper-cases the first letter, for sentences that begin with a name written in lowercase.
pub fn capitalize_first(text: &mut String) {
    if let Some(first) = text.chars().next()
        && first.is_lowercase()
    {
        let upper: String = first.to_uppercase().collect();
        text.replace_range(..first.len_utf8(), &upper);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Clock;

    /// One detail of every kind, under every strength and kind of rule set.
    fn every_detail() -> Vec<Detail> {
        let catalog = Catalog::builtin();
        let level = LevelName::of(catalog, LevelId::Iop);
        let block = |day| TimeBlock {
            day,
            start: "18:00".parse::<Clock>().unwrap(),
            end: "21:00".parse::<Clock>().unwrap(),
        };
        let named = |title: Title| Named {
            title,
            block: block(Day::Mon),
        };
        let mut details = vec![
            Detail::NoSessions {
                level: level.clone(),
            },
            Detail::CommitmentWhileInpatient {
                level: LevelName::of(catalog, LevelId::Inpatient),
                commitment: named(Title::Commitment),
            },
            Detail::SessionOverlap {
                session: named(Title::Session(SessionKind::Group)),
                other: named(Title::Own("Check-in".into())),
                shared: 90,
            },
            Detail::MoreOverlaps { count: 5 },
            Detail::CommitmentConflict {
                session: named(Title::Session(SessionKind::Peer)),
                commitment: named(Title::Commitment),
                shared: 60,
            },
            Detail::MoreConflicts { count: 1 },
        ];
        for set in &catalog.rule_sets {
            for strength in [Strength::Required, Strength::Typical] {
                let limit = LimitOf {
                    strength,
                    kind: set.kind,
                    rules: set.id.clone(),
                    cited_as: set.cited_as.clone(),
                    level: level.clone(),
                };
                details.extend([
                    Detail::TooFewHours {
                        have: 500,
                        min: 540,
                        limit: limit.clone(),
                    },
                    Detail::TooManyHours {
                        have: 1200,
                        cap: 1200,
                        inclusive: false,
                        limit: limit.clone(),
                        intensity: Some(LevelName::of(catalog, LevelId::DayProgram)),
                    },
                    Detail::TooFewDays {
                        have: 0,
                        want: 3,
                        limit: limit.clone(),
                    },
                    Detail::TooFewDays {
                        have: 1,
                        want: 2,
                        limit: limit.clone(),
                    },
                    Detail::ShortDay {
                        day: Day::Thu,
                        have: 60,
                        min: 120,
                        limit: limit.clone(),
                    },
                ]);
            }
        }
        details
    }

    #[test]
    fn every_finding_reads_whole_in_both_languages() {
        for detail in every_detail() {
            let en = message(&detail, Lang::En);
            let es = message(&detail, Lang::Es);
            for text in [&en, &es] {
                assert!(
                    !text.contains('{') && !text.contains('}'),
                    "a placeholder or a missing message is left: {text}"
                );
            }
            assert_ne!(en, es, "not translated: {en}");
        }
    }

    #[test]
    fn spanish_findings_use_spanish_names_and_plurals() {
        let details = every_detail();
        let es = |i: usize| message(&details[i], Lang::Es);
        assert_eq!(
            es(2),
            "\"Terapia de grupo\" (lun 18:00-21:00) se superpone con \"Check-in\" (lun 18:00-21:00) por 1 h 30 min; el tiempo compartido cuenta una sola vez."
        );
        assert!(
            es(1).starts_with("Tratamiento residencial / internado significa vivir"),
            "{}",
            es(1)
        );
        let medicare_days = details
            .iter()
            .find(|d| matches!(d, Detail::TooFewDays { have: 1, limit, .. } if limit.rules == "medicare" && limit.strength == Strength::Required))
            .unwrap();
        assert_eq!(
            message(medicare_days, Lang::Es),
            "Hay sesiones en 1 día; la norma de Medicare pide sesiones al menos 2 días a la semana para IOP (con 1 día más se llegaría)."
        );
    }
}
