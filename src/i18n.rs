//! Which language a person reads, English or Spanish, and the words in that language.
//!
//! The words live in Fluent message files, `i18n/en/*.ftl` and `i18n/es/*.ftl`, embedded in the
//! binary. [`tr`] renders one message: `tr(Lang::Es, "duration-h", &[("h", 9.into())])`. Each
//! language's bundle is parsed on first use only, so an English session never pays for Spanish.
//! Codes, numbers and exit statuses never change with the language; only words do.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language the app and the command line speak.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The code used on the command line and in settings (`"es"`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// `"en"` or `"es"`, also `"es-MX"`, `"es_US.UTF-8"` and the like.
    pub fn from_code(code: &str) -> Option<Lang> {
        let base = code
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match base.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    /// The language of the locale, the way POSIX programs read it: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set and not empty decides; English when it names
    /// neither language (`C`, `POSIX`, `fr_FR`).
    pub fn from_env() -> Lang {
        Lang::from_locale_vars(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] with the variables supplied (tests).
    pub fn from_locale_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|name| var(name).filter(|v| !v.is_empty()))
            .next()
            .and_then(|value| Lang::from_code(&value))
            .unwrap_or_default()
    }
}

/// The message files of each language, in the order they are added to the bundle. A new file
/// goes in both lists; the tests compare the ids of the two languages.
pub const EN_FILES: [(&str, &str); 4] = [
    ("check.ftl", include_str!("../i18n/en/check.ftl")),
    ("report.ftl", include_str!("../i18n/en/report.ftl")),
    ("export.ftl", include_str!("../i18n/en/export.ftl")),
    ("ui.ftl", include_str!("../i18n/en/ui.ftl")),
];
pub const ES_FILES: [(&str, &str); 4] = [
    ("check.ftl", include_str!("../i18n/es/check.ftl")),
    ("report.ftl", include_str!("../i18n/es/report.ftl")),
    ("export.ftl", include_str!("../i18n/es/export.ftl")),
    ("ui.ftl", include_str!("../i18n/es/ui.ftl")),
];

/// One argument of a message: text, or a number (numbers also choose plural forms, as in
/// `{ $n -> [one] ... *[other] ... }`).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

impl From<f64> for Arg<'_> {
    fn from(n: f64) -> Self {
        Arg::Number(n)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64);

type Bundle = FluentBundle<FluentResource>;

/// The bundle of `lang`, built on first use. Built-in files that do not parse are a broken
/// build, which the tests rule out, so this panics rather than showing half a language.
fn bundle(lang: Lang) -> &'static Bundle {
    static EN: OnceLock<Bundle> = OnceLock::new();
    static ES: OnceLock<Bundle> = OnceLock::new();
    match lang {
        Lang::En => EN.get_or_init(|| build(lang, &EN_FILES)),
        Lang::Es => ES.get_or_init(|| build(lang, &ES_FILES)),
    }
}

/// Builds both languages' bundles now, so that the first message asked for later does not
/// wait on parsing (the app calls this on a second thread while its window is being made).
pub fn prepare() {
    bundle(Lang::En);
    bundle(Lang::Es);
}

fn build(lang: Lang, files: &[(&str, &str)]) -> Bundle {
    let id = lang.code().parse().expect("a valid language tag");
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // egui draws the Unicode isolation marks Fluent puts around arguments as boxes, and a
    // terminal or a PDF gains nothing from them either.
    bundle.set_use_isolating(false);
    for (name, text) in files {
        let resource = FluentResource::try_new((*text).to_owned())
            .unwrap_or_else(|(_, e)| panic!("i18n/{}/{name} does not parse: {e:?}", lang.code()));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|e| panic!("i18n/{}/{name}: {e:?}", lang.code()));
    }
    bundle
}

/// The message `id` in `lang` with `args`. A message missing from Spanish falls back to
/// English; a message missing from both comes out as `{id}`, which the tests look for.
pub fn tr(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Text(text) => FluentValue::from(text.as_ref()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        fluent_args.set(*name, value);
    }
    for lang in [lang, Lang::En] {
        let bundle = bundle(lang);
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            debug_assert!(errors.is_empty(), "{id}: {errors:?}");
            return text.into_owned();
        }
    }
    format!("{{{id}}}")
}

/// [`tr`] without arguments.
pub fn t(lang: Lang, id: &str) -> String {
    tr(lang, id, &[])
}

/// The message ids of one `.ftl` file: the lines that start, at the first column, with an
/// identifier and `=` (terms start with `-`, comments with `#`, continuations with a space).
pub fn message_ids(ftl: &str) -> Vec<String> {
    ftl.lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|line| line.split_once('='))
        .map(|(id, _)| id.trim().to_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locale_decides_in_posix_order() {
        let vars = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            Lang::from_locale_vars(vars(&[("LANG", "es_US.UTF-8")])),
            Lang::Es
        );
        assert_eq!(
            Lang::from_locale_vars(vars(&[("LANG", "es_US.UTF-8"), ("LC_ALL", "en_US.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_locale_vars(vars(&[
                ("LC_ALL", ""),
                ("LC_MESSAGES", "es_MX"),
                ("LANG", "C")
            ])),
            Lang::Es
        );
        assert_eq!(Lang::from_locale_vars(vars(&[("LANG", "C")])), Lang::En);
        assert_eq!(
            Lang::from_locale_vars(vars(&[("LANG", "fr_FR.UTF-8")])),
            Lang::En
        );
        assert_eq!(Lang::from_locale_vars(vars(&[])), Lang::En);
    }

    #[test]
    fn every_message_is_in_both_languages() {
        for ((name, en), (_, es)) in EN_FILES.iter().zip(ES_FILES.iter()) {
            for (lang, text) in [("en", en), ("es", es)] {
                assert!(
                    FluentResource::try_new((*text).to_owned()).is_ok(),
                    "i18n/{lang}/{name} has syntax errors"
                );
            }
            let mut en_ids = message_ids(en);
            let mut es_ids = message_ids(es);
            en_ids.sort();
            es_ids.sort();
            let dup = |ids: &[String]| ids.windows(2).find(|w| w[0] == w[1]).map(|w| w[0].clone());
            assert_eq!(dup(&en_ids), None, "i18n/en/{name}: an id appears twice");
            assert_eq!(dup(&es_ids), None, "i18n/es/{name}: an id appears twice");
            let only_en: Vec<_> = en_ids.iter().filter(|i| !es_ids.contains(i)).collect();
            let only_es: Vec<_> = es_ids.iter().filter(|i| !en_ids.contains(i)).collect();
            assert!(
                only_en.is_empty(),
                "{name}: missing in Spanish: {only_en:?}"
            );
            assert!(
                only_es.is_empty(),
                "{name}: missing in English: {only_es:?}"
            );
        }
    }

    #[test]
    fn plural_forms_follow_the_number() {
        let n = |lang, k: u32| tr(lang, "count-sessions", &[("n", k.into())]);
        assert_eq!(n(Lang::En, 1), "1 session");
        assert_eq!(n(Lang::En, 2), "2 sessions");
        assert_eq!(n(Lang::Es, 1), "1 sesión");
        assert_eq!(n(Lang::Es, 2), "2 sesiones");
        assert_eq!(tr(Lang::Es, "no-such-message", &[]), "{no-such-message}");
    }
}
