//! The Spanish layer over the English data (`data/es/*.ron`).
//!
//! Each translated text is stored with the English text it translates, under a key made of
//! ids (`"level.iop.summary"`, `"question.moud.ask"`):
//!
//! ```ron
//! { "level.iop.short_name": (en: "IOP", es: "IOP") }
//! ```
//!
//! Keeping the English beside the Spanish is what lets a test fail when someone edits an
//! English text and forgets its translation ([`problems`]): the stored `en` no longer matches.
//! Ids, numbers, thresholds and citations are never translated; they stay those of the English
//! catalog, so a Spanish catalog checks plans exactly like the English one.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::Catalog;

/// The Spanish files, one per English file; a key may live in any of them.
pub const ES_FILES: [(&str, &str); 4] = [
    ("levels.ron", include_str!("../../data/es/levels.ron")),
    ("rules.ron", include_str!("../../data/es/rules.ron")),
    ("questions.ron", include_str!("../../data/es/questions.ron")),
    ("sources.ron", include_str!("../../data/es/sources.ron")),
];

/// One translated text and the English it was made from.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub en: String,
    pub es: String,
}

/// Every translation, by key.
pub type Layer = BTreeMap<String, Entry>;

/// Parses and merges the Spanish files; a key in two files is an error.
pub fn parse_layer(files: &[(&str, &str)]) -> Result<Layer, String> {
    let mut layer = Layer::new();
    for (name, text) in files {
        let part: Layer = ron::from_str(text).map_err(|e| format!("data/es/{name}: {e}"))?;
        for (key, entry) in part {
            if layer.insert(key.clone(), entry).is_some() {
                return Err(format!("data/es/{name}: \"{key}\" is translated twice"));
            }
        }
    }
    Ok(layer)
}

/// Calls `f` with the key and a mutable reference of every text a person reads in the
/// catalog. Source titles and publishers stay as published; ids, sections, URLs and numbers
/// are not words. Empty texts have nothing to translate and are skipped.
pub fn visit_texts(catalog: &mut Catalog, f: &mut dyn FnMut(&str, &mut String)) {
    let mut visit = |key: String, text: &mut String| {
        if !text.trim().is_empty() {
            f(&key, text);
        }
    };
    for c in &mut catalog.criteria {
        visit(format!("criterion.{}.label", c.id), &mut c.label);
        visit(format!("criterion.{}.help", c.id), &mut c.help);
    }
    for level in &mut catalog.levels {
        let id = level.id.code();
        visit(format!("level.{id}.name"), &mut level.name);
        visit(format!("level.{id}.short_name"), &mut level.short_name);
        visit(format!("level.{id}.asam"), &mut level.asam);
        visit(format!("level.{id}.summary"), &mut level.summary);
        for (criterion, fact) in &mut level.facts {
            visit(format!("level.{id}.{criterion}.summary"), &mut fact.summary);
            visit(format!("level.{id}.{criterion}.detail"), &mut fact.detail);
        }
    }
    for need in &mut catalog.needs {
        visit(format!("need.{}.label", need.id), &mut need.label);
        for (level, fit) in &mut need.fits {
            visit(
                format!("need.{}.{}.why", need.id, level.code()),
                &mut fit.why,
            );
        }
    }
    for set in &mut catalog.rule_sets {
        visit(format!("rules.{}.name", set.id), &mut set.name);
        visit(format!("rules.{}.issuer", set.id), &mut set.issuer);
        visit(format!("rules.{}.cited_as", set.id), &mut set.cited_as);
        visit(
            format!("rules.{}.description", set.id),
            &mut set.description,
        );
        for rule in &mut set.levels {
            visit(
                format!("rules.{}.{}.note", set.id, rule.level.code()),
                &mut rule.note,
            );
        }
    }
    for q in &mut catalog.questions {
        visit(format!("question.{}.label", q.id), &mut q.label);
        visit(format!("question.{}.ask", q.id), &mut q.ask);
        visit(format!("question.{}.why", q.id), &mut q.why);
    }
    for source in &mut catalog.sources {
        visit(format!("source.{}.note", source.id), &mut source.note);
    }
}

/// `english` with every text replaced by its translation. A text whose translation is
/// missing or stale keeps its English; [`problems`] makes that a test failure, so the shipped
/// Spanish catalog never falls back.
pub fn translated(english: &Catalog, layer: &Layer) -> Catalog {
    let mut catalog = english.clone();
    visit_texts(&mut catalog, &mut |key, text| {
        if let Some(entry) = layer.get(key).filter(|e| e.en == *text) {
            *text = entry.es.clone();
        }
    });
    catalog
}

/// What is wrong with `layer` as a translation of `english`: texts not translated, texts whose
/// English changed since they were translated, and keys that name nothing in English.
pub fn problems(english: &Catalog, layer: &Layer) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let mut scratch = english.clone();
    visit_texts(&mut scratch, &mut |key, text| {
        seen.insert(key.to_owned());
        match layer.get(key) {
            None => problems.push(format!("{key}: not translated")),
            Some(entry) if entry.en != *text => problems.push(format!(
                "{key}: the English changed since it was translated; revisit the Spanish and copy the new English into `en`.\n  now:  {text:?}\n  was:  {:?}",
                entry.en
            )),
            Some(entry) if entry.es.trim().is_empty() => {
                problems.push(format!("{key}: the Spanish is empty"))
            }
            Some(_) => {}
        }
    });
    for key in layer.keys().filter(|k| !seen.contains(*k)) {
        problems.push(format!(
            "{key}: translated, but no English text has this key"
        ));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spanish_layer_translates_every_text_of_the_current_english() {
        let layer = parse_layer(&ES_FILES).expect("data/es parses");
        let problems = problems(Catalog::builtin(), &layer);
        assert!(
            problems.is_empty(),
            "{} problems in data/es (run `cargo test --lib spanish_skeleton -- --ignored` for the missing entries):\n{}",
            problems.len(),
            problems.join("\n")
        );
    }

    #[test]
    fn a_changed_english_text_or_an_id_in_one_language_only_is_a_problem() {
        let mut english = Catalog::builtin().clone();
        let mut layer = Layer::new();
        visit_texts(&mut english, &mut |key, text| {
            let entry = Entry {
                en: text.clone(),
                es: format!("es: {text}"),
            };
            layer.insert(key.to_owned(), entry);
        });
        assert!(problems(&english, &layer).is_empty());
        english.levels[1].summary.push_str(" Edited.");
        layer.insert(
            "level.iop.no_such_criterion.summary".into(),
            Entry {
                en: "x".into(),
                es: "x".into(),
            },
        );
        layer.remove("question.moud.ask");
        let found = problems(&english, &layer).join("\n");
        assert!(
            found.contains("level.iop.summary: the English changed"),
            "{found}"
        );
        assert!(
            found.contains("no_such_criterion.summary: translated, but no English"),
            "{found}"
        );
        assert!(
            found.contains("question.moud.ask: not translated"),
            "{found}"
        );
        // The stale text keeps its English rather than showing an outdated translation.
        let spanish = translated(&english, &layer);
        assert!(spanish.levels[1].summary.ends_with(" Edited."));
        assert!(spanish.levels[0].summary.starts_with("es: "));
    }

    /// Prints the entries `data/es` lacks, in RON, for a translator to fill in.
    #[test]
    #[ignore = "a tool for translators, not a check"]
    fn spanish_skeleton() {
        let layer = parse_layer(&ES_FILES).unwrap_or_default();
        let mut english = Catalog::builtin().clone();
        let mut out = String::new();
        visit_texts(&mut english, &mut |key, text| {
            if layer.get(key).is_none_or(|e| e.en != *text) {
                out.push_str(&format!(
                    "    {key:?}: (\n        en: {text:?},\n        es: \"\",\n    ),\n"
                ));
            }
        });
        println!("{out}");
    }
}
