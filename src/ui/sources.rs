//! The Sources page: every citation and what it backs.
//!
//! Also home of [`citation_ui`], the one way a citation is drawn, and [`sources_list_ui`], the
//! citations behind a fact or a question in the details panels of Compare and My programs.

use std::sync::Arc;

use egui::{Frame, Label, RichText, ScrollArea, Ui};

use crate::catalog::{Catalog, CitedIn, Quality, Source};
use crate::i18n::Lang;
use crate::ui::{t, tr};

/// Draws the Sources page: every citation in `catalog.sources`, with what it backs, in a
/// scroll area that fills the rest of `ui`.
pub fn sources_ui(ui: &mut Ui, catalog: &Catalog) {
    let lang = crate::ui::lang(ui.ctx());
    crate::ui::a11y::heading(ui, t(lang, "sources-heading"), 1);
    ui.label(t(lang, "sources-intro"));
    ui.add_space(ui.spacing().item_spacing.y);

    let uses = uses_of_sources(ui, lang, catalog);
    ScrollArea::vertical()
        .id_salt("sources-page")
        .auto_shrink(false)
        .show(ui, |ui| {
            for (source, uses) in catalog.sources.iter().zip(uses.iter()) {
                Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    citation_ui(ui, source);
                    ui.add_space(ui.spacing().item_spacing.y);
                    if uses.is_empty() {
                        ui.weak(t(lang, "sources-not-cited"));
                    } else {
                        ui.label(RichText::new(t(lang, "sources-backs")).strong());
                        ui.indent("backs", |ui| {
                            for what in uses {
                                ui.add(Label::new(what.as_str()).wrap());
                            }
                        });
                    }
                });
                ui.add_space(ui.spacing().item_spacing.y);
            }
        });
}

/// Draws one citation: title, publisher and year, quality, section, link and note.
///
/// "Sources" over the citation of each id, each framed; an id the catalog lacks is named.
pub fn sources_list_ui(ui: &mut Ui, catalog: &Catalog, ids: &[String]) {
    ui.add_space(ui.spacing().item_spacing.y);
    let lang = crate::ui::lang(ui.ctx());
    ui.label(RichText::new(tr(lang, "compare-sources", &[("n", ids.len().into())])).strong());
    for id in ids {
        Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            match catalog.source(id) {
                Some(source) => citation_ui(ui, source),
                None => {
                    ui.label(tr(
                        lang,
                        "compare-source-missing",
                        &[("id", id.as_str().into())],
                    ));
                }
            }
        });
    }
}

/// The link opens in the system browser (egui's `OpenUrl`).
pub fn citation_ui(ui: &mut Ui, source: &Source) {
    let lang = crate::ui::lang(ui.ctx());
    ui.add(Label::new(RichText::new(source.title.as_str()).strong()).wrap());
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("{}, {}.", source.publisher, source.year));
        ui.label(quality_text(lang, source.quality))
            .on_hover_text(quality_help(lang, source.quality));
    });
    if !source.section.trim().is_empty() {
        let section = tr(
            lang,
            "sources-section",
            &[("section", source.section.as_str().into())],
        );
        ui.add(Label::new(section).wrap());
    }
    if !source.url.trim().is_empty() {
        // Shown as its address, named by what it is: a screen reader need not spell out a URL.
        let link = ui
            .hyperlink_to(source.url.as_str(), source.url.as_str())
            .on_hover_text(t(lang, "sources-opens-browser"));
        let name = tr(
            lang,
            "sources-web-page",
            &[("title", source.title.as_str().into())],
        );
        crate::ui::a11y::named(&link, name);
    }
    if !source.note.trim().is_empty() {
        ui.add(Label::new(RichText::new(source.note.as_str()).weak()).wrap());
    }
}

/// The words shown for a source's quality.
fn quality_text(lang: Lang, quality: Quality) -> String {
    match quality {
        Quality::Primary => t(lang, "sources-primary"),
        Quality::Secondary => t(lang, "sources-secondary"),
    }
}

/// What the quality means, for hover text.
fn quality_help(lang: Lang, quality: Quality) -> String {
    match quality {
        Quality::Primary => t(lang, "sources-primary-help"),
        Quality::Secondary => t(lang, "sources-secondary-help"),
    }
}

/// One place a source is cited, in `lang`: its group (a level's short name, or what kind of
/// use it is) and what is cited. The catalog's labels are already in the page's language.
fn use_words(lang: Lang, cited: &CitedIn<'_>) -> (String, String) {
    let group = match cited {
        CitedIn::Fact { level, .. } => level.short_name.clone(),
        CitedIn::Need(_) => t(lang, "sources-use-need"),
        CitedIn::HourRules(_) => t(lang, "sources-use-rules"),
        CitedIn::Question(_) => t(lang, "sources-use-question"),
    };
    (group, cited.item().to_owned())
}

/// Uses in the same group ("IOP: Days a week", "IOP: Supervision") on one line:
/// "IOP: Days a week; Supervision". Order is kept.
fn grouped(uses: &[(String, String)]) -> Vec<String> {
    let mut lines: Vec<(&str, Vec<&str>)> = Vec::new();
    for (group, item) in uses {
        match lines.iter_mut().find(|(g, _)| *g == group.as_str()) {
            Some((_, items)) => items.push(item.as_str()),
            None => lines.push((group.as_str(), vec![item.as_str()])),
        }
    }
    lines
        .into_iter()
        .map(|(group, items)| {
            let items: Vec<&str> = items.into_iter().filter(|i| !i.is_empty()).collect();
            if items.is_empty() {
                group.to_owned()
            } else {
                format!("{group}: {}", items.join("; "))
            }
        })
        .collect()
}

/// What each source backs, in `catalog.sources` order and in `lang`; computed once and kept in
/// egui's temporary memory, so the page does not rebuild these strings every frame.
fn uses_of_sources(ui: &Ui, lang: Lang, catalog: &Catalog) -> Arc<Vec<Vec<String>>> {
    // The address and size of the catalog tell one catalog from another (tests may build their
    // own); the built-in one lives for the whole program. The language is in the key as well:
    // the group words come from the messages, not the catalog.
    let key = ui
        .scope_id()
        .with("carelevels-source-uses")
        .with(std::ptr::from_ref(catalog) as usize)
        .with(catalog.sources.len())
        .with(lang);
    if let Some(uses) = ui.data(|d| d.get_temp::<Arc<Vec<Vec<String>>>>(key)) {
        return uses;
    }
    let uses: Arc<Vec<Vec<String>>> = Arc::new(
        catalog
            .sources
            .iter()
            .map(|s| {
                let words: Vec<(String, String)> = catalog
                    .citations_of(&s.id)
                    .iter()
                    .map(|c| use_words(lang, c))
                    .collect();
                grouped(&words)
            })
            .collect(),
    );
    ui.data_mut(|d| d.insert_temp(key, Arc::clone(&uses)));
    uses
}

#[cfg(test)]
mod tests {
    use super::{grouped, use_words};
    use crate::catalog::{Catalog, CitedIn};
    use crate::i18n::Lang;

    #[test]
    fn uses_in_the_same_group_share_a_line() {
        let uses = [
            ("IOP", "Days a week"),
            ("Hour rules", "ASAM Criteria, adults"),
            ("IOP", "Supervision"),
            ("Other", ""),
        ]
        .map(|(g, i)| (g.to_owned(), i.to_owned()));
        assert_eq!(
            grouped(&uses),
            [
                "IOP: Days a week; Supervision",
                "Hour rules: ASAM Criteria, adults",
                "Other"
            ]
        );
    }

    #[test]
    fn every_kind_of_use_is_worded_in_both_languages() {
        for (lang, need, rules, question) in [
            (
                Lang::En,
                "What matters to me",
                "Hour rules",
                "Questions to ask",
            ),
            (
                Lang::Es,
                "Lo que me importa",
                "Reglas de horas",
                "Preguntas para hacer",
            ),
        ] {
            let catalog = Catalog::builtin_in(lang);
            let uses: Vec<CitedIn<'_>> = catalog
                .sources
                .iter()
                .flat_map(|s| catalog.citations_of(&s.id))
                .collect();
            let group = |pick: fn(&CitedIn<'_>) -> bool| {
                let cited = uses.iter().find(|c| pick(c)).expect("a use of this kind");
                use_words(lang, cited)
            };
            let (g, item) = group(|c| matches!(c, CitedIn::Need(_)));
            assert_eq!(g, need);
            assert!(catalog.needs.iter().any(|n| n.label == item));
            assert_eq!(group(|c| matches!(c, CitedIn::HourRules(_))).0, rules);
            assert_eq!(group(|c| matches!(c, CitedIn::Question(_))).0, question);
            let (g, _) = group(|c| matches!(c, CitedIn::Fact { .. }));
            assert!(catalog.levels.iter().any(|l| l.short_name == g), "{g}");
        }
    }
}
