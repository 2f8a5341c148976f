//! What goes wrong with a file, in the person's words: a file that cannot be opened names the
//! session or commitment at fault as they would find it in their week; a failed save says what
//! to do next.

use crate::i18n::Lang;
use crate::plan::file::{PlanError, PlanFileError, Within};
use crate::ui::{t, tr};

/// A file that cannot be opened, said as a person finds the problem in their week: "the 2nd
/// session (Wednesday 18:00)" where the command line says "session 2 (index 1), field `end`".
pub(super) fn load_error_in(lang: Lang, e: &PlanFileError) -> String {
    let PlanFileError::Invalid {
        path,
        problem:
            PlanError::Value {
                message,
                spot: Some(spot),
                ..
            },
    } = e
    else {
        return e.to_string();
    };
    let n = spot.index + 1;
    let mut words = tr(
        lang,
        if spot.session {
            "spot-session"
        } else {
            "spot-commitment"
        },
        &[("n", n.into()), ("ord", ordinal_en(n).into())],
    );
    if let Some((within, number, name)) = &spot.within {
        let id = match within {
            Within::Phase => "spot-of-phase",
            Within::Program => "spot-of-program",
        };
        words = tr(
            lang,
            id,
            &[
                ("what", words.into()),
                ("n", (*number).into()),
                ("name", name.as_str().into()),
            ],
        );
    }
    if let Some(day) = spot.day {
        let day = crate::check::day_name_in(lang, day);
        words = match spot.start {
            Some(start) => tr(
                lang,
                "spot-on",
                &[
                    ("what", words.into()),
                    ("day", day.into()),
                    ("start", start.to_string().into()),
                ],
            ),
            None => tr(
                lang,
                "spot-on-day",
                &[("what", words.into()), ("day", day.into())],
            ),
        };
    }
    tr(
        lang,
        "load-error-at",
        &[
            ("file", path.display().to_string().into()),
            ("spot", words.into()),
            ("message", message.as_str().into()),
        ],
    )
}

/// "1st", "2nd", "3rd", "11th", "22nd".
fn ordinal_en(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A save error in the person's terms, with what to do next: in the Save as prompt, another
/// folder or name; elsewhere, Save as.
pub(super) fn save_error(lang: Lang, e: &PlanFileError, in_save_as: bool) -> String {
    match e {
        PlanFileError::Write { problem, .. } if problem.save_as_helps() => {
            let advice = if in_save_as {
                "doc-save-elsewhere-here"
            } else {
                "doc-save-elsewhere"
            };
            format!("{e} {}", t(lang, advice))
        }
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn english_ordinals() {
        let words: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111]
            .into_iter()
            .map(super::ordinal_en)
            .collect();
        assert_eq!(
            words,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st",
                "111th"
            ]
        );
    }
}
