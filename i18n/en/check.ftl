# Words of the check: findings, headlines, hour bands, durations. The English here must read
# exactly like the messages the check has always given (tests compare them).
# Arguments arrive already in words (durations, names, blocks), except $n, $want and $hours,
# which are numbers so that plural forms follow them.

## Durations and counts

duration-min = { $m } min
duration-h = { $h } h
duration-h-min = { $h } h { $m } min
# A threshold in a sentence: "9 hours", "1 hour", "7.5 hours"; $figure is the number written.
hours-words = { $hours ->
    [one] { $figure } hour
   *[other] { $figure } hours
}
cap-under = under { $hours }
cap-at-most = at most { $hours }
count-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
count-sessions = { $n ->
    [one] { $n } session
   *[other] { $n } sessions
}
count-commitments = { $n ->
    [one] { $n } commitment
   *[other] { $n } commitments
}

## Days, blocks, kinds of session

day-mon = Monday
day-tue = Tuesday
day-wed = Wednesday
day-thu = Thursday
day-fri = Friday
day-sat = Saturday
day-sun = Sunday
day-short-mon = Mon
day-short-tue = Tue
day-short-wed = Wed
day-short-thu = Thu
day-short-fri = Fri
day-short-sat = Sat
day-short-sun = Sun
# "Mon 18:00-21:00"
block = { $day } { $start }-{ $end }
kind-group = Group therapy
kind-individual = Individual counseling
kind-family = Family session
kind-medication = Medication visit
kind-education = Education / skills
kind-peer = Peer support
kind-other = Other
commitment-untitled = Commitment

## Findings. A message states the fact and the gap and names the kind of source; it never
## tells a person what to do about their care.

usual-practice = usual practice, not a rule
no-sessions = This week has no sessions yet, so there is nothing to check for { $level }.
gap-more = { $gap } more would reach it
too-few-hours-typical = { $have } a week; a typical { $level } week has at least { $figure } ({ usual-practice }; { $gap } more would reach it).
too-few-hours-guideline = { $have } a week; { $cited } describes { $level } as at least { $figure } a week ({ $gap } more would reach it).
too-few-hours-regulation = { $have } a week; { $cited } asks at least { $figure } a week for { $level } ({ $gap } more would reach it).
at-the-line = this week is right at that line
over-by = { $over } over
too-many-hours-typical = { $have } a week; a typical { $level } week has { $limit } ({ usual-practice }; { $gap }).
too-many-hours-guideline = { $have } a week; { $cited } describes { $level } as { $limit } a week ({ $gap }).
too-many-hours-regulation = { $have } a week; { $cited } limits { $level } to { $limit } a week ({ $gap }).
by-hours-alone = By hours alone this week is { $level } intensity.
no-day-has-sessions = No day has sessions yet
sessions-fall-on = Sessions fall on { $days }
more-days = { $n ->
    [one] { $n } more day would reach it
   *[other] { $n } more days would reach it
}
too-few-days-typical = { $fact }; a typical { $level } week has sessions on { $want } or more days ({ usual-practice }; { $gap }).
too-few-days-guideline = { $fact }; { $cited } describes { $level } as sessions on at least { $want } days a week ({ $gap }).
too-few-days-regulation = { $fact }; { $cited } asks sessions on at least { $want } days a week for { $level } ({ $gap }).
short-day-typical = { $day } has { $have } of sessions; a typical { $level } day is { $figure } or more ({ usual-practice }; { $gap } more would reach it).
short-day-guideline = { $cited } describes each { $level } day as at least { $figure }; { $day } has { $have } ({ $gap } more would reach it).
short-day-regulation = { $cited } asks at least { $hours ->
        [one] { $number } service hour
       *[other] { $number } service hours
    } on each { $level } day; { $day } has { $have } ({ $gap } more would reach it).
commitment-while-inpatient = { $level } means living at the program, so "{ $title }" ({ $block }) would fall during the stay.
session-overlap = "{ $title }" ({ $block }) overlaps "{ $other }" ({ $other_block }) by { $shared }; the shared time counts once.
session-overlap-more = { $n } more overlaps between sessions are not listed one by one; this week has far more overlapping sessions than a real week can hold.
commitment-conflict = "{ $title }" ({ $block }) clashes with "{ $other }" ({ $other_block }) for { $shared }.
commitment-conflict-more = { $n } more clashes between sessions and commitments are not listed one by one.

## Hour bands: "9 to under 20 h", "9 to 19 h", "20 h or more", "at most 9 h", "under 9 h"

band-from-to = { $min } to { $max } h
band-from-under = { $min } to under { $max } h
band-from = { $min } h or more
band-at-most = at most { $max } h
band-under = under { $max } h
band-a-week = { $band } a week
no-weekly-limit = no weekly-hour limit
# "9 h 30 min a week (IOP: 9 to under 20 h a week)"
hours-against-band = { $hours } a week ({ $level }: { $band })
# "3 with sessions (IOP: usually at least 3)"
days-with-sessions = { $n } with sessions
days-minimum-typical = { $level }: usually at least { $want }
days-minimum-required = { $level }: at least { $want }

## Headlines: the verdict of one week in a few words. $issuer is who set the rules ("ASAM").

meets-rules-for = Meets the rules for { $level }
does-not-meet-rules-for = Does not meet the rules for { $level }
within-usual-hours = Within { $owner } usual hours for { $level }
fits-description = Fits { $owner } description of { $level }
meets-rule = Meets { $owner } { $level } rule
no-sessions-usual-hours = No sessions yet to compare with { $owner } usual hours for { $level }
no-sessions-description = No sessions yet to compare with { $owner } description of { $level }
no-sessions-rule = No sessions yet to compare with { $owner } { $level } rule
outside-usual-hours = Outside { $owner } usual hours for { $level }
does-not-fit-description = Does not fit { $owner } description of { $level }
does-not-meet-rule = Does not meet { $owner } { $level } rule
many-clash = Many sessions clash with your commitments
sessions-clash = { $n ->
    [one] { $n } session clashes with your commitments
   *[other] { $n } sessions clash with your commitments
}
many-overlap = many sessions overlap
pairs-overlap = { $n ->
    [one] { $n } pair of sessions overlaps
   *[other] { $n } pairs of sessions overlap
}
commitments-during-stay = { $n ->
    [one] { $n } commitment falls during the { $level } stay
   *[other] { $n } commitments fall during the { $level } stay
}
# Said wherever a check leaves the app (reports, JSON, exports).
disclaimer = It informs and does not replace an assessment by a clinician.
