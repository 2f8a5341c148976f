# Words of the plain-text summary and the calendar (.ics). The English here must read exactly
# like the summary has always read (tests compare it). Numbers ($n, $weeks, $phases) are
# numbers so that plural forms follow them.

## The plain-text summary of a plan

export-disclaimer = This plan informs and does not replace an assessment by a clinician.
export-counts-clock-hours = The check counts clock hours of scheduled sessions (a 50-minute group counts 50 minutes).
export-level-of-care = Level of care
export-hour-rules = Hour rules
export-hours = Hours
export-days = Days
export-plan-span = { $phases } phases over { $weeks } weeks.
export-plan-span-from = { $phases } phases over { $weeks } weeks, starting { $date }.
export-phases-meet = { $meeting } of { $phases } phases meet their level's rules.
# "Phase 2: Evening IOP - Intensive outpatient (IOP) - 6 weeks (week 4 to 9)"
export-phase = Phase { $n }: { $level } - { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
    } ({ $span })
export-phase-named = Phase { $n }: { $name } - { $level } - { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
    } ({ $span })
export-span-week = week { $first }
export-span-weeks = week { $first } to { $last }
export-the-week = The week
export-day-sessions = { $day }: { $time } of sessions
export-day-free = { $day }: no sessions
# After a commitment's title: "Work (commitment)".
export-commitment = commitment
export-no-findings = No findings.
export-findings = What to look at
# The verdict of a week that does not meet: "Outside ASAM's usual hours for IOP: 2 findings."
export-verdict-findings = { $headline }: { $n ->
    [one] { $n } finding
   *[other] { $n } findings
    }.

## The plain-text comparison of programs

export-no-commitments = No commitments entered.
export-asked = asked { $date }
export-week-not-entered = Its weekly schedule is not entered yet.

## The calendar

export-calendar-untitled = carelevels plan
