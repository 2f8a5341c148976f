//! Reading sessions and commitments as written, before they are judged: shared by plan files
//! and programs files, so both give the same precise errors ("session 3 (index 2), field
//! `end`: ...").
//!
//! Times and names are borrowed from the text where they can be: a large plan then costs one
//! allocation per session (its title) instead of five. Values are read loosely (`Loose`) and
//! judged afterwards, so `start: 900` is reported as "session 4, field `start`", not only as a
//! line and column.

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

use super::file::{PlanError, Spot, Within};
use super::{Clock, Commitment, Day, Session, SessionKind};

/// A session as written. Read by hand (not derived) so each value is read with the cheap,
/// exact call for its type while an error still names its field; `Loose` would cost a
/// `deserialize_any` per value, which is most of the load time of a large plan.
pub(crate) struct RawSession<'a> {
    block: RawBlock<'a>,
    kind: Option<Ident<'a>>,
}

/// A commitment as written.
pub(crate) struct RawCommitment<'a> {
    block: RawBlock<'a>,
}

/// What sessions and commitments share.
pub(crate) struct RawBlock<'a> {
    day: Ident<'a>,
    start: Cow<'a, str>,
    end: Cow<'a, str>,
    title: String,
}

const SESSION_FIELDS: &[&str] = &["day", "start", "end", "kind", "title"];
const COMMITMENT_FIELDS: &[&str] = &["day", "start", "end", "title"];

/// Reads `Session(..)` or `Commitment(..)`; `kind` is only allowed in sessions.
struct BlockVisitor {
    name: &'static str,
    fields: &'static [&'static str],
}

impl<'de> Visitor<'de> for BlockVisitor {
    type Value = (RawBlock<'de>, Option<Ident<'de>>);

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "a {}(day: .., start: \"HH:MM\", end: \"HH:MM\")",
            self.name
        )
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut day, mut start, mut end, mut kind, mut title) = (None, None, None, None, None);
        fn field<'de, T: Deserialize<'de>, A: de::MapAccess<'de>>(
            map: &mut A,
            slot: &mut Option<T>,
            name: &'static str,
            hint: &str,
        ) -> Result<(), A::Error> {
            if slot.is_some() {
                return Err(de::Error::duplicate_field(name));
            }
            let value = map
                .next_value::<T>()
                .map_err(|e| de::Error::custom(format_args!("field `{name}`: {e}; {hint}")))?;
            *slot = Some(value);
            Ok(())
        }
        while let Some(key) = map.next_key::<Ident<'de>>()? {
            match key.0.as_ref() {
                "day" => field(
                    &mut map,
                    &mut day,
                    "day",
                    "write it without quotes, like day: Tue",
                )?,
                "start" => field(
                    &mut map,
                    &mut start,
                    "start",
                    "write it in quotes, like start: \"18:00\"",
                )?,
                "end" => field(
                    &mut map,
                    &mut end,
                    "end",
                    "write it in quotes, like end: \"21:00\"",
                )?,
                "kind" if self.fields.contains(&"kind") => field(
                    &mut map,
                    &mut kind,
                    "kind",
                    "write it without quotes, like kind: Group",
                )?,
                "title" => field(
                    &mut map,
                    &mut title,
                    "title",
                    "write it in quotes, like title: \"Group\"",
                )?,
                other => return Err(de::Error::unknown_field(other, self.fields)),
            }
        }
        let block = RawBlock {
            day: day.ok_or_else(|| de::Error::missing_field("day"))?,
            start: start
                .map(|Text(t)| t)
                .ok_or_else(|| de::Error::missing_field("start"))?,
            end: end
                .map(|Text(t)| t)
                .ok_or_else(|| de::Error::missing_field("end"))?,
            title: title.map(|Text(t)| t.into_owned()).unwrap_or_default(),
        };
        Ok((block, kind))
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for RawSession<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RawSession<'a>, D::Error> {
        let visitor = BlockVisitor {
            name: "Session",
            fields: SESSION_FIELDS,
        };
        let (block, kind) = d.deserialize_struct("Session", SESSION_FIELDS, visitor)?;
        Ok(RawSession { block, kind })
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for RawCommitment<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RawCommitment<'a>, D::Error> {
        let visitor = BlockVisitor {
            name: "Commitment",
            fields: COMMITMENT_FIELDS,
        };
        let (block, _) = d.deserialize_struct("Commitment", COMMITMENT_FIELDS, visitor)?;
        Ok(RawCommitment { block })
    }
}

/// A quoted string, borrowed from the text when it has no escapes.
pub(crate) struct Text<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text<'a>, D::Error> {
        d.deserialize_str(CowVisitor("text in double quotes"))
            .map(Text)
    }
}

/// Hands back a string or identifier, borrowed from the text where ron can.
pub(crate) struct CowVisitor(&'static str);

impl<'de> Visitor<'de> for CowVisitor {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.0)
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v))
    }
}

/// A value as written, before it is judged: text, a whole number, or something else
/// (described in words for the error message).
#[derive(Default)]
pub(crate) enum Loose<'a> {
    /// The field was left out (a plain `Option` would make ron demand `Some(..)`).
    #[default]
    Missing,
    Text(Cow<'a, str>),
    Whole(u64),
    Other(String),
}

impl<'a> Loose<'a> {
    /// The text, or a message saying what was written instead.
    pub(crate) fn text(self, example: &str) -> Result<Cow<'a, str>, String> {
        match self {
            Loose::Text(text) => Ok(text),
            Loose::Missing => Ok(Cow::Borrowed("")),
            Loose::Whole(n) => Err(format!(
                "the number {n} is not text: write it in double quotes, like {example}"
            )),
            Loose::Other(what) => Err(format!(
                "{what} is not text: write it in double quotes, like {example}"
            )),
        }
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Loose<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Loose<'a>, D::Error> {
        struct LooseVisitor;
        impl<'de> Visitor<'de> for LooseVisitor {
            type Value = Loose<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a value")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Loose<'de>, E> {
                Ok(Loose::Text(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Loose<'de>, E> {
                Ok(Loose::Text(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Loose<'de>, E> {
                Ok(Loose::Text(Cow::Owned(v)))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Loose<'de>, E> {
                Ok(Loose::Whole(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Loose<'de>, E> {
                Ok(u64::try_from(v)
                    .map_or_else(|_| Loose::Other(format!("the number {v}")), Loose::Whole))
            }
            fn visit_u128<E: de::Error>(self, v: u128) -> Result<Loose<'de>, E> {
                Ok(Loose::Other(format!("the number {v}")))
            }
            fn visit_i128<E: de::Error>(self, v: i128) -> Result<Loose<'de>, E> {
                Ok(Loose::Other(format!("the number {v}")))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Loose<'de>, E> {
                Ok(Loose::Other(format!("the number {v}")))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Loose<'de>, E> {
                Ok(Loose::Other(format!("`{v}`")))
            }
            fn visit_char<E: de::Error>(self, v: char) -> Result<Loose<'de>, E> {
                Ok(Loose::Other(format!("the character '{v}'")))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Loose<'de>, E> {
                Ok(Loose::Other("a name without quotes".into()))
            }
            fn visit_none<E: de::Error>(self) -> Result<Loose<'de>, E> {
                Ok(Loose::Other("`None`".into()))
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Loose<'de>, D::Error> {
                de::IgnoredAny::deserialize(d)?;
                Ok(Loose::Other("`Some(..)`".into()))
            }
            fn visit_newtype_struct<D: Deserializer<'de>>(
                self,
                d: D,
            ) -> Result<Loose<'de>, D::Error> {
                de::IgnoredAny::deserialize(d)?;
                Ok(Loose::Other("a bracketed value".into()))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Loose<'de>, A::Error> {
                while seq.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(Loose::Other("a list".into()))
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Loose<'de>, A::Error> {
                while map
                    .next_entry::<de::IgnoredAny, de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(Loose::Other("a bracketed value".into()))
            }
            fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Loose<'de>, E> {
                Ok(Loose::Other("a byte string".into()))
            }
        }
        deserializer.deserialize_any(LooseVisitor)
    }
}

/// Reads a list of sessions or commitments, saying which item a problem is in.
pub(crate) struct Listed<T> {
    what: &'static str,
    item: std::marker::PhantomData<T>,
}

impl<T> Listed<T> {
    /// A list whose items are called `what` in messages ("phase", "program").
    pub(crate) fn new(what: &'static str) -> Listed<T> {
        Listed {
            what,
            item: std::marker::PhantomData,
        }
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for Listed<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a list of {}s in square brackets", self.what)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 16));
        loop {
            match seq.next_element::<T>() {
                Ok(Some(item)) => items.push(item),
                Ok(None) => return Ok(items),
                Err(e) => {
                    let n = items.len();
                    return Err(de::Error::custom(format_args!(
                        "{} {} (index {n}): {}",
                        self.what,
                        n + 1,
                        e
                    )));
                }
            }
        }
    }
}

pub(crate) fn sessions<'de: 'a, 'a, D: Deserializer<'de>>(
    d: D,
) -> Result<Vec<RawSession<'a>>, D::Error> {
    d.deserialize_seq(Listed {
        what: "session",
        item: std::marker::PhantomData,
    })
}

pub(crate) fn commitments<'de: 'a, 'a, D: Deserializer<'de>>(
    d: D,
) -> Result<Vec<RawCommitment<'a>>, D::Error> {
    d.deserialize_seq(Listed {
        what: "commitment",
        item: std::marker::PhantomData,
    })
}

/// A bare identifier such as `Mon` or `Group`, checked after parsing so the error can name the
/// session and field instead of only a position.
pub(crate) struct Ident<'a>(pub(crate) Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Ident<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Ident<'a>, D::Error> {
        d.deserialize_identifier(CowVisitor("a name such as Mon or Group"))
            .map(Ident)
    }
}

/// Validates the day and times shared by sessions and commitments.
pub(crate) fn block(
    place: &dyn Fn() -> String,
    raw: &RawBlock<'_>,
) -> Result<(Day, Clock, Clock), PlanError> {
    let (day, start, end) = (&raw.day, raw.start.as_ref(), raw.end.as_ref());
    let value = |field, message| PlanError::Value {
        place: place(),
        field,
        message,
        spot: None,
    };
    let day = Day::ALL
        .into_iter()
        .find(|d| d.code() == day.0)
        .ok_or_else(|| {
            value(
                "day",
                format!(
                    "`{}` is not a day; use Mon, Tue, Wed, Thu, Fri, Sat or Sun",
                    day.0
                ),
            )
        })?;
    let (start, end) =
        super::parse_times(start, end).map_err(|e| value(e.field(), e.to_string()))?;
    Ok((day, start, end))
}

/// Judges a session as written; `place` says where it is ("session 2 (index 1)").
pub(crate) fn session(
    place: &dyn Fn() -> String,
    raw: RawSession<'_>,
) -> Result<Session, PlanError> {
    let (day, start, end) = block(place, &raw.block)?;
    let k = raw
        .kind
        .map_or(Cow::Borrowed(SessionKind::default().code()), |i| i.0);
    let kind = SessionKind::ALL
        .into_iter()
        .find(|kind| kind.code() == k)
        .ok_or_else(|| PlanError::Value {
            place: place(),
            field: "kind",
            message: format!(
                "`{k}` is not a kind of session; use one of Group, Individual, Family, Medication, Education, Peer, Other"
            ),
            spot: None,
        })?;
    Ok(Session {
        day,
        start,
        end,
        kind,
        title: raw.block.title,
    })
}

/// Judges a commitment as written.
pub(crate) fn commitment(
    place: &dyn Fn() -> String,
    raw: RawCommitment<'_>,
) -> Result<Commitment, PlanError> {
    let (day, start, end) = block(place, &raw.block)?;
    Ok(Commitment {
        day,
        start,
        end,
        title: raw.block.title,
    })
}

/// Judges a list of sessions; `prefix` names what holds them ("phase 2 (IOP), ") and
/// `within` says the same for the app's words.
pub(crate) fn sessions_of(
    prefix: &str,
    within: Option<&(Within, usize, String)>,
    raw: Vec<RawSession<'_>>,
) -> Result<Vec<Session>, PlanError> {
    raw.into_iter()
        .enumerate()
        .map(|(i, raw)| {
            let spot = spot_of(true, i, within, &raw.block);
            session(&|| format!("{prefix}session {} (index {i})", i + 1), raw)
                .map_err(|e| e.at(spot))
        })
        .collect()
}

/// Judges a list of commitments; `prefix` and `within` name what holds them.
pub(crate) fn commitments_of(
    prefix: &str,
    within: Option<&(Within, usize, String)>,
    raw: Vec<RawCommitment<'_>>,
) -> Result<Vec<Commitment>, PlanError> {
    raw.into_iter()
        .enumerate()
        .map(|(i, raw)| {
            let spot = spot_of(false, i, within, &raw.block);
            commitment(&|| format!("{prefix}commitment {} (index {i})", i + 1), raw)
                .map_err(|e| e.at(spot))
        })
        .collect()
}

/// Where a block is, with its day and start when they are valid.
fn spot_of(
    session: bool,
    index: usize,
    within: Option<&(Within, usize, String)>,
    raw: &RawBlock<'_>,
) -> Spot {
    Spot {
        session,
        index,
        within: within.cloned(),
        day: Day::ALL.into_iter().find(|d| d.code() == raw.day.0),
        start: raw.start.parse().ok(),
    }
}
