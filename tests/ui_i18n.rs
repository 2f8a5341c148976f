//! The app in Spanish: started with Spanish chosen, every main view and the help window read
//! in Spanish (queried by Spanish labels, with no English left in a sample of key labels); the
//! top-bar switch changes the language live; and every message id the UI code uses exists in
//! both languages.

use std::path::Path;

use carelevels::catalog::Catalog;
use carelevels::i18n::{self, Lang};
use carelevels::plan::workspace::Workspace;
use carelevels::ui::app::{Prefs, View};
use carelevels::ui::{AppOptions, CareLevelsApp};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;

fn app(lang: Option<Lang>, view: View, dir: &tempfile::TempDir) -> Harness<'static, CareLevelsApp> {
    app_with(lang, view, dir, None, Lang::En)
}

fn app_with(
    lang: Option<Lang>,
    view: View,
    dir: &tempfile::TempDir,
    open: Option<std::path::PathBuf>,
    system_lang: Lang,
) -> Harness<'static, CareLevelsApp> {
    let options = AppOptions {
        workspace: Some(Workspace::at(dir.path().join("data"))),
        native_dialogs: false,
        open,
        exit_after_first_frame: false,
        system_lang,
    };
    let prefs = Prefs {
        view,
        lang,
        ..Prefs::default()
    };
    let mut harness = Harness::builder()
        .with_size([1360.0, 860.0])
        .with_max_steps(120)
        .build_eframe(move |_cc| CareLevelsApp::with_prefs(prefs, options));
    harness.run();
    harness
}

fn has(harness: &Harness<'_, CareLevelsApp>, label: &str) -> bool {
    harness.query_all_by_label(label).next().is_some()
}

fn has_part(harness: &Harness<'_, CareLevelsApp>, part: &str) -> bool {
    harness.query_all_by_label_contains(part).next().is_some()
}

fn assert_spanish(harness: &Harness<'_, CareLevelsApp>, spanish: &[&str], english: &[&str]) {
    for label in spanish {
        assert!(has(harness, label), "no Spanish label {label:?}");
    }
    for label in english {
        assert!(!has(harness, label), "English left over: {label:?}");
    }
}

const TABS_ES: [&str; 4] = ["Comparar", "Planear mi semana", "Mis programas", "Fuentes"];
const TABS_EN: [&str; 4] = ["Compare", "Plan my week", "My programs", "Sources"];

#[test]
fn spanish_chosen_shows_the_shell_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let harness = app(Some(Lang::Es), View::Compare, &dir);
    assert_eq!(harness.state().lang(), Lang::Es);
    assert_spanish(
        &harness,
        &TABS_ES,
        &[
            "Compare",
            "Plan my week",
            "My programs",
            "Help lines",
            "File",
            "Theme:",
        ],
    );
    assert!(has(&harness, "Líneas de ayuda"));
    assert!(has(&harness, "Archivo"));
    // The footer's help lines, in Spanish and how to reach them in Spanish.
    assert!(has_part(&harness, "1-800-662-4357"));
    assert!(has_part(&harness, "AYUDA al 988"));
    assert!(!has_part(&harness, "call or text 988"));
}

#[test]
fn english_is_the_default_in_tests_and_the_system_language_decides_when_none_is_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let harness = app(None, View::Compare, &dir);
    assert_eq!(harness.state().lang(), Lang::En);
    for tab in TABS_EN {
        assert!(has(&harness, tab), "tab {tab}");
    }
    let harness = app_with(None, View::Compare, &dir, None, Lang::Es);
    assert_eq!(harness.state().lang(), Lang::Es);
    assert!(has(&harness, "Comparar"));
}

#[test]
fn the_top_bar_switch_changes_the_language_live() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(None, View::Compare, &dir);
    assert!(has(&harness, "Compare"));
    // A status line written in English does not stay behind after the switch.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    harness.run();
    assert!(harness.state().status_text().is_some());
    harness.get_by_label("Español").click();
    harness.run();
    assert_eq!(harness.state().prefs.lang, Some(Lang::Es));
    assert_eq!(harness.state().status_text(), None);
    for (es, en) in TABS_ES.iter().zip(TABS_EN) {
        assert!(has(&harness, es), "tab {es} after the switch");
        assert!(!has(&harness, en), "tab {en} still in English");
    }
    harness.get_by_label("English").click();
    harness.run();
    assert_eq!(harness.state().prefs.lang, Some(Lang::En));
    for tab in TABS_EN {
        assert!(has(&harness, tab), "tab {tab} back in English");
    }
}

#[test]
fn the_help_window_is_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(Some(Lang::Es), View::Compare, &dir);
    harness.get_by_label("Líneas de ayuda").click();
    harness.run();
    assert!(harness.state().help_is_open());
    assert!(has(&harness, "Si necesita ayuda ahora"));
    assert!(has_part(&harness, "llame al 988 y marque 2"));
    assert!(has_part(&harness, "En una emergencia, llame al 911"));
    assert!(!has(&harness, "If you need help now"));
    assert!(!has(&harness, "About this app"));
}

/// Every `t(lang, "id")` and `tr(lang, "id", ...)` in `src/ui` names a message of both
/// languages' files (a missing one would show as `{id}`).
#[test]
fn every_message_the_ui_uses_exists_in_both_languages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ids = |files: &[(&str, &str)]| -> Vec<String> {
        files
            .iter()
            .flat_map(|(_, text)| i18n::message_ids(text))
            .collect()
    };
    let (en, es) = (ids(&i18n::EN_FILES), ids(&i18n::ES_FILES));
    let mut used = Vec::new();
    let mut stack = vec![root.join("src/ui")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for id in used_ids(&text) {
                    used.push((path.strip_prefix(root).unwrap().display().to_string(), id));
                }
            }
        }
    }
    assert!(used.len() > 50, "the scan found only {} ids", used.len());
    let missing: Vec<_> = used
        .iter()
        .filter(|(_, id)| !en.contains(id) || !es.contains(id))
        .collect();
    assert!(missing.is_empty(), "ids missing from ui.ftl: {missing:?}");
}

/// The ids in `t(lang, "id")` and `tr(lang, "id", ...)` calls.
fn used_ids(text: &str) -> Vec<String> {
    // Comments show the form, with made-up ids.
    let code: String = text
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .map(|line| format!("{line}\n"))
        .collect();
    let text = code.as_str();
    let mut ids = Vec::new();
    for start in ["t(lang, \"", "tr(lang, \"", "tr(\n"] {
        let mut rest = text;
        while let Some(at) = rest.find(start) {
            let before = &rest[..at];
            rest = &rest[at + start.len()..];
            if before.ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let tail = if start == "tr(\n" {
                // rustfmt's long form: `tr(\n    lang,\n    "id",`
                let trimmed = rest.trim_start();
                let Some(after) = trimmed.strip_prefix("lang,") else {
                    continue;
                };
                let Some(after) = after.trim_start().strip_prefix('"') else {
                    continue;
                };
                after
            } else {
                rest
            };
            if let Some(end) = tail.find('"') {
                ids.push(tail[..end].to_owned());
            }
        }
    }
    ids
}

#[test]
fn the_scan_finds_ids_in_every_form() {
    let code = "t(lang, \"a-b\"); tr(lang, \"c\", &[]); tr(\n    lang,\n    \"d\",\n); format(lang, \"x\")";
    assert_eq!(used_ids(code), ["a-b", "c", "d"]);
    assert!(Catalog::builtin_in(Lang::Es).levels.len() == Catalog::builtin().levels.len());
}

#[test]
fn plan_my_week_is_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples/evening-iop.ron");
    let harness = app_with(Some(Lang::Es), View::Planner, &dir, Some(example), Lang::En);
    assert_eq!(harness.state().view(), View::Planner);
    assert_spanish(
        &harness,
        &[
            "Nombre del plan",
            "Agregar a la semana",
            "Nivel de atención",
            "Reglas",
            "Horas por día",
        ],
        &[
            "Plan name",
            "Add to the week",
            "Level of care",
            "Rules",
            "Hours by day",
            "Add session",
        ],
    );
    // Blocks are named in Spanish for screen readers: "..., lunes de 18:00 a 21:00, sesión".
    assert!(has_part(&harness, ", sesión"), "a block's Spanish name");
    assert!(
        !has_part(&harness, " to 21:00, session"),
        "a block's English name"
    );
    // The verdict and findings come from the Spanish catalog and messages.
    assert!(
        has_part(&harness, "cumple") || has_part(&harness, "Agregue sesiones"),
        "a Spanish verdict"
    );
}

#[test]
fn compare_is_in_spanish_with_the_spanish_catalog() {
    let dir = tempfile::tempdir().unwrap();
    let harness = app(Some(Lang::Es), View::Compare, &dir);
    assert_spanish(
        &harness,
        &[
            "Comparar niveles de atención",
            "Resaltar diferencias",
            "Tema",
        ],
        &[
            "Compare levels of care",
            "Highlight differences",
            "Topic",
            "Levels shown:",
        ],
    );
    // "Hours at a glance" draws its axis and bands in Spanish and says them so.
    let mut harness = harness;
    harness.get_by_label("Horas de un vistazo").click();
    harness.run();
    assert!(has_part(&harness, "Horas a la semana según"));
    assert!(!has_part(&harness, "Hours a week under"));
    assert!(!has_part(&harness, "24-hour setting"));
    assert!(has_part(&harness, "Una guía de ASAM."));
    assert!(!has_part(&harness, "A guideline from"));
    assert!(!has_part(&harness, "A solid end"));
    // Level names and facts come from the Spanish catalog.
    let es = Catalog::builtin_in(Lang::Es);
    let en = Catalog::builtin();
    for (es_level, en_level) in es.levels.iter().zip(&en.levels) {
        assert!(has(&harness, &es_level.name), "column {}", es_level.name);
        if es_level.name != en_level.name {
            assert!(
                !has(&harness, &en_level.name),
                "English column {}",
                en_level.name
            );
        }
    }
}

#[test]
fn the_sources_page_is_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let harness = app(Some(Lang::Es), View::Sources, &dir);
    assert!(has_part(
        &harness,
        "Cada dato de esta aplicación viene de una de estas fuentes"
    ));
    assert!(has(&harness, "Fuente primaria"));
    assert!(has_part(&harness, "(página web)"));
    assert!(!has(&harness, "Primary source"));
    assert!(!has_part(&harness, "Every fact in this app"));
}

/// What each source backs is worded in Spanish: "Lo que me importa: ...", "Reglas de horas:
/// ...", "Preguntas para hacer: ...", with the Spanish catalog's labels, and no English prefix.
#[test]
fn what_each_source_backs_is_in_spanish() {
    use carelevels::catalog::CitedIn;
    use egui::accesskit::Role;
    let es = Catalog::builtin_in(Lang::Es);
    // Tall enough that every source is laid out.
    let harness = Harness::builder()
        .with_size([1200.0, 20_000.0])
        .build_ui(|ui| {
            carelevels::ui::set_lang(ui.ctx(), Lang::Es);
            egui::CentralPanel::default().show(ui, |ui| {
                carelevels::ui::sources::sources_ui(ui, Catalog::builtin_in(Lang::Es));
            });
        });
    let lines: Vec<String> = harness
        .query_all_by_role(Role::Label)
        .filter_map(|n| n.value())
        .collect();
    let mut groups = [0; 3];
    for source in &es.sources {
        for cited in es.citations_of(&source.id) {
            let group = match cited {
                CitedIn::Fact { level, .. } => level.short_name.as_str(),
                CitedIn::Need(_) => {
                    groups[0] += 1;
                    "Lo que me importa"
                }
                CitedIn::HourRules(_) => {
                    groups[1] += 1;
                    "Reglas de horas"
                }
                CitedIn::Question(_) => {
                    groups[2] += 1;
                    "Preguntas para hacer"
                }
            };
            let prefix = format!("{group}: ");
            let listed = lines.iter().any(|line| {
                line.strip_prefix(&prefix)
                    .is_some_and(|items| items.split("; ").any(|i| i == cited.item()))
            });
            assert!(listed, "{}: {prefix}{} not listed", source.id, cited.item());
        }
    }
    assert!(
        groups.iter().all(|&n| n > 0),
        "every kind of use: {groups:?}"
    );
    for english in ["What matters to me", "Hour rules", "Questions to ask"] {
        assert!(
            !lines.iter().any(|line| line.contains(english)),
            "English left over: {english:?}"
        );
    }
    // The labels come from the Spanish catalog: a need's Spanish label, not its English one.
    let (need_es, need_en) = (&es.needs[0].label, &Catalog::builtin().needs[0].label);
    assert_ne!(need_es, need_en);
    assert!(lines.iter().any(|line| line.contains(need_es.as_str())));
    assert!(!lines.iter().any(|line| line.contains(need_en.as_str())));
}

#[test]
fn my_programs_is_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let harness = app(Some(Lang::Es), View::Programs, &dir);
    assert_spanish(
        &harness,
        &[
            "Agregar un programa",
            "Copiar resumen",
            "¿Encaja en mi semana?",
            "Mis imprescindibles",
            "Nivel de atención",
        ],
        &[
            "Add a program",
            "Copy summary",
            "Does it fit my week?",
            "My must-haves",
        ],
    );
    assert!(has_part(&harness, "Mi semana:"));
    assert!(has(&harness, "Aún no sé"));
    assert!(!has(&harness, "Not sure yet"));
    assert!(has(&harness, "Programa"));
    // Each program's column: its default name, the buttons to move and remove it, the names a
    // screen reader hears for its fields and its week.
    assert_spanish(
        &harness,
        &["< Mover", "Mover >", "Quitar", "Nombre del programa 1"],
        &["< Move", "Move >", "Remove", "Name of program 1"],
    );
    assert!(has_part(
        &harness,
        "Programa 1: todavía no se anotó la semana habitual."
    ));
    assert!(!has_part(&harness, "usual week not entered yet"));
    assert!(has(&harness, "Nivel de atención de Programa 1"));

    // A question's details: what to ask, why, and the sources.
    let mut harness = harness;
    harness
        .get_all_by_label("¿Por qué preguntar? Fuentes")
        .next()
        .unwrap()
        .click();
    harness.run();
    assert_spanish(
        &harness,
        &[
            "Cerrar",
            "Qué preguntar",
            "Por qué vale la pena preguntarlo",
        ],
        &["Close", "What to ask", "Why it is worth asking", "Program"],
    );
}

#[test]
fn the_unsaved_changes_question_and_the_path_prompt_are_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(Some(Lang::Es), View::Planner, &dir);
    harness
        .state_mut()
        .planner
        .edit(|p| p.phases[0].weeks = Some(2));
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    harness.run();
    assert!(has(&harness, "¿Guardar los cambios?"));
    assert!(has_part(&harness, "Este plan tiene cambios sin guardar"));
    assert!(has(&harness, "Descartar"));
    harness.get_by_label("Guardar").click();
    harness.run();
    assert!(has(&harness, "Ruta del archivo"));
    assert!(has(&harness, "Guardar como"));
    assert!(!has(&harness, "File path"));
}

#[test]
fn a_program_s_week_page_is_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(Some(Lang::Es), View::Programs, &dir);
    harness
        .get_all_by_label("Anotar su semana")
        .next()
        .unwrap()
        .click();
    harness.run();
    assert!(has(&harness, "Volver a todos los programas"));
    assert!(has(&harness, "Empezar con una plantilla"));
    assert!(has_part(&harness, ": semana habitual"));
    assert!(!has(&harness, "Back to all programs"));
}

/// Switching to English makes Compare's rows shorter (the Spanish words are longer): the frame
/// that shows the switch is laid out again with the new heights, so no row keeps the Spanish
/// height with a gap below its words.
#[test]
fn the_frame_after_a_language_switch_has_no_gaps_in_the_table() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(Some(Lang::Es), View::Compare, &dir);
    harness.get_by_label("English").click();
    harness.step();
    assert!(has(&harness, "Compare"));
    let fill = harness.ctx.global_style().visuals.faint_bg_color;
    let line = harness.ctx.global_style().text_styles[&egui::TextStyle::Body].size;
    let stripes = common::stripes_and_their_words(&harness.output().shapes, fill, 600.0);
    for (stripe, words) in &stripes {
        assert!(
            stripe.bottom() - words < line,
            "a row ({stripe:?}) reaches a line or more below its words ({words})"
        );
    }
    assert!(stripes.len() >= 4, "{} table stripes", stripes.len());
}
