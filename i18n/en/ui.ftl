# Words of the desktop app: top bar, menus, footer, help, and the views.
# Spanish in i18n/es/ui.ftl, same ids. Numbers ($n, $percent) choose plural forms.

## Top bar, tabs, menus

view-compare = Compare
view-planner = Plan my week
view-programs = My programs
view-sources = Sources
tab-hover = Show { $view } ({ $keys })
theme-label = Theme:
theme-dark = Dark
theme-dark-hover = Dark theme
theme-light = Light
theme-light-hover = Light theme
theme-system = System
theme-system-hover = Follow the system's light or dark setting
lang-switch-hover = Show the app in English
help-lines-button = Help lines
help-lines-button-short = Help
help-lines-hover = Free, public help lines, and what this app is ({ $keys })
menu-file = File
menu-edit = Edit
menu-view = View
menu-help = Help
menu-undo = Undo
menu-redo = Redo
menu-theme = Theme
menu-language = Language
menu-text-size = Text size: { $percent }%
menu-zoom-in = Larger text
menu-zoom-out = Smaller text
menu-zoom-reset = Normal text size
menu-new-plan = New plan
menu-new-programs = New programs list
menu-new-from-template = New plan from template
menu-open = Open...
menu-open-recent = Open recent
menu-no-recent = No recent files yet
menu-open-typed = Open by typing a path...
menu-save = Save
menu-save-as = Save as...
menu-export-ics = Export calendar (.ics)...
menu-export-pdf = Export PDF to print...
menu-print = Print...
menu-export-txt = Export printable summary (.txt)...
menu-copy-picture = Copy the week as a picture
menu-save-picture = Save the week as a picture (.png)...
status-copied-picture = Copied a picture of the week: paste it into a message.
status-picture-failed = Could not make the picture. { $error }
menu-copy-summary = Copy summary to clipboard
menu-quit = Quit
status-reopened = Reopened what you had open last time.
status-copied-summary = Copied the summary to the clipboard.

## Footer and help window

help-disclaimer = carelevels informs; it does not diagnose or replace an assessment by a clinician.
help-now = Help now:
help-footer-samhsa = SAMHSA Helpline 1-800-662-4357 (free, 24/7)
help-footer-988 = 988 Suicide & Crisis Lifeline: call or text 988
help-footer-911 = Emergency: 911
help-short-samhsa = SAMHSA 1-800-662-4357
help-short-988 = 988 (call or text)
help-short-911 = 911
help-more-button = More about help lines (F1)
help-more-hover = Open the help panel with the disclaimer and the free, public help lines
help-window-title = Help lines and about this app
help-heading-now = If you need help now
help-samhsa-title = SAMHSA National Helpline: 1-800-662-4357 (1-800-662-HELP)
help-samhsa-detail = Free, confidential, 24 hours a day, 7 days a week, 365 days a year, in English and Spanish. Treatment referrals and information; TTY 1-800-487-4889.
help-988-title = 988 Suicide & Crisis Lifeline: call or text 988
help-988-detail = Free and confidential, 24/7. Chat at 988lifeline.org. Veterans: press 1. Spanish: press 2.
help-911-title = In an emergency, call 911
help-911-detail = If you or someone else is in immediate danger.
help-locator = Find treatment near you with SAMHSA's locator:
help-heading-about = About this app
help-about-what = It explains the levels of care and checks whether a planned week meets the hour rules that ASAM and Medicare use. Only a clinician who knows you can say which level fits you.
help-about-privacy = Your plans stay on this computer. carelevels never sends anything over the internet; links open in your browser only when you click them.

## Plan my week: the form

form-show = Form
form-show-hover = Show the form: add or edit a block, add work hours
form-hide = Hide the form
form-hide-hover = More room for the week
plan-name = Plan name
plan-name-hint = e.g. Evening IOP around work
form-edit-session = Edit session { $n }
form-edit-commitment = Edit commitment { $n }
form-add-heading = Add to the week
form-session = Session
form-session-hover = A program session: group, counseling, medication...
form-commitment = Commitment
form-commitment-hover = Time you already owe elsewhere: work, school, childcare
form-for = For
form-whole-plan = Whole plan
form-whole-plan-hover = Every phase keeps it: childcare, school...
form-phase-only = This phase only
form-phase-only-hover = Only the phase shown: back to work in phase 2...
form-holds-whole-plan = Holds for the whole plan
form-holds-phase = For this phase only
form-day = Day
form-start = Start
form-end = End
form-hhmm = HH:MM
form-kind = Kind
form-title = Title
form-title-hint-commitment = Work, School...
form-title-hint-session = Process group...
form-add-commitment = Add commitment
form-add-session = Add session
form-apply = Apply changes
form-delete = Delete
form-done = Done
form-done-hover = Deselect, back to adding new blocks
form-tip = Tip: drag on the week to add a session; drag a block to move it.
bad-clock = "{ $text }" is not a time: write it as "HH:MM" on a 24-hour clock, from "00:00" to "24:00"
bad-start-at-midnight = "24:00" can only end a block; a block that starts at midnight starts at "00:00"
bad-end-not-after-start = the end "{ $end }" must be later than the start "{ $start }" (blocks cannot be empty or run past midnight; split an overnight block in two)
wh-heading = Add my work or school hours
wh-default-title = Work
wh-from = From
wh-to = to
wh-what = What
wh-what-hint = Work, School, Childcare
wh-add = Add these hours to my week
wh-no-day = Tick at least one day.

## Plan my week: the live check

results-more-findings = { $n ->
    [one] Show 1 more finding
   *[other] Show more ({ $n } findings not shown yet)
}
results-level = Level of care
results-rules = Rules
results-intensity = By hours alone this is { $level } intensity.
results-intensity-not = By hours alone this is { $level } intensity, not { $chosen }.
results-the-rule = the rule
results-clock-hours = The check counts clock hours of scheduled sessions: a 50-minute group counts 50 minutes.
rules-guideline-from = Guideline from { $issuer }
rules-regulation-from = Regulation from { $issuer }
rules-entry-guideline = { $name } (guideline from { $issuer })
rules-entry-regulation = { $name } (regulation from { $issuer })
rules-guideline-means = what programs at each level usually do
rules-regulation-means = what a payer requires before it pays
severity-error = Needs a change
severity-warning = Worth a look
results-days-typical = { $n ->
    [one] { $n } day with sessions (a typical { $level } week has { $want } or more)
   *[other] { $n } days with sessions (a typical { $level } week has { $want } or more)
}
results-days-required = { $n } of at least { $want } days with sessions ({ $level })
results-days = { $n ->
    [one] { $n } day with sessions
   *[other] { $n } days with sessions
}
results-days-none-yet = { $sentence }: none yet
results-no-findings = No findings.
results-what-to-look-at = What to look at
list-and = { $rest } and { $last }
results-same-on = { $message } The same on { $days }.
results-show-in-week = Show this in the week
results-hours-by-day = Hours by day
results-day-none = { $day } none
results-plot-hours = Hours
results-plot-per-day = Hours per day
results-hours-by-day-spoken = Hours by day: { $days }
results-dashed-required = Dashed line: the { $hours } { $cited } asks on each { $level } day. Shorter session days show in red.
results-dashed-typical = Dashed line: a typical { $level } day ({ $hours }). Shorter session days show in orange.
results-no-per-day = No hours per day are set for { $level } here.
banner-empty-regulation = Add sessions to see whether this week meets { $owner } { $level } rule
banner-empty-guideline = Add sessions to see how this week compares with { $owner } usual hours for { $level }
banner-empty = Add sessions to see how this week compares with the rules for { $level }
banner-starts-with-first = The check starts with the first session.
banner-warnings = { $n ->
    [one] { $n } thing worth a look below: usual practice, not rules.
   *[other] { $n } things worth a look below: usual practice, not rules.
}
banner-errors = { $n ->
    [one] { $n } finding below.
   *[other] { $n } findings below.
}
banner-errors-warnings = { $n ->
    [one] { $n } finding below, and { $w } more worth a look.
   *[other] { $n } findings below, and { $w } more worth a look.
}
gauge-short = { $gap } short
gauge-at-the-line = right at the line
gauge-over = { $gap } over
gauge-no-limit = { $week } a week - { $level }: no weekly-hour limit
gauge-sentence = { $week } a week - { $level }: { $band }
gauge-name = Weekly hours against { $level }'s band
gauge-hover = Shaded: the level's weekly hours. Line: this week.
gauge-hover-solid = Shaded: the level's weekly hours. Line: this week. A solid end: the cap itself is allowed.
gauge-hover-dashed = Shaded: the level's weekly hours. Line: this week. A dashed end: the band stops just under the cap.

## Plan my week: phases and timeline

count-weeks = { $n ->
    [one] { $n } week
   *[other] { $n } weeks
}
phase-meets = meets
phase-does-not-meet = does not meet
phase-empty = nothing to check yet
phase-add = Add phase
phase-add-hover = Add an empty phase after the one shown
phase-step-down = Step down
phase-step-down-hover = Copy this phase at the next lower level, { $level }, as a starting point for fewer hours
phase-step-down-lowest = { $level } is already the least intensive level
phase-step-down-note = This phase starts as a copy of the week of { $from }, now at { $level }. The check shows how it fits { $level }.
phase-earlier = Move earlier
phase-earlier-hover = Swap this phase with the one before it
phase-later = Move later
phase-later-hover = Swap this phase with the one after it
phase-remove = Remove phase
phase-remove-hover = Remove this phase and its sessions (Undo brings it back)
phase-name = Phase name
phase-weeks = Weeks
phase-weeks-one-hover = One typical week. Give a number of weeks to plan over several weeks.
phase-weeks-hover = How many weeks this phase lasts (1 to 104)
phase-one-week = Just one week
phase-one-week-hover = Plan one typical week, with no number of weeks
phase-spoken = Phase { $n } of { $count }: { $name }. { $level }, { $weeks } (weeks { $first } to { $last }), { $verdict }
phases-all-meet = All { $count } phases meet their level's rules.
phases-some-meet = { $meeting } of { $count } phases meet their level's rules.
phases-does-not-meet = Does not meet:
phases-show-phase = Show this phase in the week
phases-below = Below: phase { $n } of { $count }, { $name }.
timeline-of = Timeline of { $weeks }.
timeline-of-from = Timeline of { $weeks }, from { $date }.
timeline-week = Week { $first }
timeline-weeks = Weeks { $first } to { $last }
timeline-phase = { $weeks }: { $name }, { $level }, { $hours } a week, { $verdict }.
timeline-title = Timeline: { $weeks }
timeline-starts-on = Starts on
timeline-date-hint = YYYY-MM-DD
timeline-starts-on-hover = The first day of the first phase; leave empty if there is no date yet
timeline-bad-date = "{ $text }" is not a date: write it as YYYY-MM-DD, like 2027-01-04
timeline-from-to = { $start } to { $end }
timeline-bar = Week { $week }{ $when }: { $name }, { $hours }
timeline-wk = wk { $week }
timeline-band = { $level } band
timeline-weekly-hours = Weekly hours
timeline-caption = Bars: hours a week, by phase (green meets, red does not). Bands: each level's hours under the rules. Click a week to show its phase.
date-long = { $weekday } { $day } { $month } { $year }
date-short = { $month } { $day }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

## Plan my week: the week grid

block-session = session
block-commitment = commitment
block-commitment-phase = commitment for this phase only
block-label = { $title }, { $day } { $start } to { $end }, { $what }
grid-hidden = This week has more blocks than the grid can draw: { $n } in view are not shown. The check on the right counts them all.
grid-days = Days of the week
grid-empty = Week grid: drag on empty time to add a session
grid-new-session = New session

## Files and status messages

doc-kind-plan = plan
doc-kind-programs = programs list
doc-untitled = { $kind ->
    [programs] Untitled programs list
   *[plan] Untitled plan
}
doc-could-not-open = Could not open the file. { $error }
doc-opened = Opened { $path }
doc-saved = Saved to { $path }
doc-save-elsewhere = Choose Save as... to save it somewhere else.
doc-save-elsewhere-here = Choose another folder or name to save it somewhere else.
doc-print-failed = Could not make the page to print. { $error }
doc-print-no-folder = There is no folder to put the page to print in.
doc-print-sent = Sent { $path } to your PDF viewer: print it from there. If no viewer opens, open that file yourself.
doc-print-no-viewer = No PDF viewer was found. The page to print is saved as { $path }.
doc-new-plan = Started a new, empty plan.
doc-new-programs = Started a new programs list. Name each program and enter its week.
doc-from-template = Started from the template "{ $name }". Change it to fit your week, then save it.
doc-restored = { $kind ->
    [programs] Restored the unsaved programs list from last time. Save it to keep it.
   *[plan] Restored the unsaved plan from last time. Save it to keep it.
}
doc-restored-not-autosaved = { $kind ->
    [programs] Restored the unsaved programs list from last time, but it could not be autosaved again ({ $error }). The copy from last time is kept. Save it to keep it.
   *[plan] Restored the unsaved plan from last time, but it could not be autosaved again ({ $error }). The copy from last time is kept. Save it to keep it.
}
doc-pdf-failed = Could not make the PDF. { $error }
doc-exported = { $what ->
    [picture] Saved a picture of the week as { $path }
    [calendar] Exported the calendar to { $path }
    [summary] Exported the summary to { $path }
   *[other] Exported the PDF to { $path }
}
doc-autosave-failed = { $kind ->
    [programs] Your changes could not be autosaved ({ $error }). Save the programs list to keep them.
   *[plan] Your changes could not be autosaved ({ $error }). Save the plan to keep them.
}
doc-banner-untitled = { $kind ->
    [programs] A carelevels window closed without saving. Its unsaved work on an untitled programs list was kept.
   *[plan] A carelevels window closed without saving. Its unsaved work on an untitled plan was kept.
}
doc-banner-named = A carelevels window closed without saving. Its unsaved work on "{ $name }" was kept.
doc-restore-it = Restore it
doc-discard-it = Discard it
doc-discarded = Discarded the unsaved work from last time.

## Compare

compare-heading = Compare levels of care
compare-intro = The levels of care side by side. Select any cell to read the full text and where it comes from. This is information to talk over with a clinician or a program, not advice.
compare-levels-shown = Levels shown:
compare-min-shown = At least two levels stay shown, so there is always something to compare.
compare-highlight = Highlight differences
compare-highlight-hover = Mark each cell that says something different from the level to its left.
compare-highlight-legend = A bar at the left edge of a cell: it says something different from the level to its left.
compare-hide-same = Hide rows that read the same
compare-hide-same-hover = Fold away the rows where every level shown says the same thing, so only the differences are left.
compare-needs = What matters to me
compare-needs-intro = Check what applies to you. The table then shows, for each level, whether it usually fits and why.
compare-hours = Hours at a glance
compare-hour-rules = Hour rules:
compare-close-details = Close details
compare-close-details-hover = Or press Escape
compare-folded = { $n ->
    [0] Every row differs between the levels shown, so none is folded away.
    [one] 1 row says the same for every level shown and is folded away.
   *[other] { $n } rows say the same for every level shown and are folded away.
}
compare-table = Levels of care compared
compare-topic = Topic
compare-differs = Differs from the level to its left
compare-matters = Matters to you: { $counts }
compare-no-info = No information
compare-fact-gone = This fact is not in the catalog any more.
compare-need-gone = This need is not in the catalog any more.
compare-no-info-level = There is no information on this for this level.
compare-sources = { $n ->
    [one] Source
   *[other] Sources
}
compare-source-missing = A source called "{ $id }" is missing from the app.
fit-yes = Fits
fit-partly = Depends
fit-no = Does not fit
fit-count-yes = { $n ->
    [one] { $n } fits
   *[other] { $n } fit
}
fit-count-partly = { $n ->
    [one] { $n } depends
   *[other] { $n } depend
}
fit-count-no = { $n ->
    [one] { $n } does not fit
   *[other] { $n } do not fit
}

## Sources page
sources-heading = Sources
sources-intro = Every fact in this app comes from one of these sources. Primary sources are laws, regulations and the bodies that set the standards; secondary sources restate or explain them.
sources-not-cited = Not cited by any fact in this version.
sources-backs = Backs
sources-section = Section: { $section }
sources-opens-browser = Opens in your web browser
sources-web-page = { $title } (web page)
sources-primary = Primary source
sources-secondary = Secondary source
sources-primary-help = Law, regulation, or the body that sets the standard (such as ASAM, SAMHSA, CMS or NIDA)
sources-secondary-help = A careful secondary source, such as a state agency, a Medicare contractor or an academic review
sources-use-need = What matters to me
sources-use-rules = Hour rules
sources-use-question = Questions to ask

## My programs
programs-heading = My programs
programs-intro = The programs you are considering, side by side. Enter each program's usual week to see whether it meets its level's hour rules and fits around your own week. Note what you learn when you call. This is information to help you ask the right questions, not advice.
programs-add = Add a program
programs-add-hover = Add a column for one more program you are considering
programs-at-most = A list holds at most { $n } programs.
programs-copy-summary = Copy summary
programs-copy-summary-hover = Copy a plain-text comparison to paste into an email or a note
programs-copied = Copied the comparison to the clipboard.
programs-export-summary = Export summary (.txt)...
programs-export-summary-hover = Save a plain-text comparison you can print or send
programs-list-name = List name:
programs-must-be-yes = Must be Yes
programs-must-be-yes-hover = Mark "{ $label }" as a must-have: programs that have not answered Yes are flagged.
programs-no-must-haves = No must-haves marked yet.
programs-every-must-have = Every must-have is a Yes.
programs-must-haves-missed = Must-haves not confirmed yet: { $list }
programs-my-week = { $n ->
    [0] My week: nothing entered yet
    [one] My week: 1 commitment
   *[other] My week: { $n } commitments
}
programs-group-practical = Fitting it into my life
programs-group-payment = Cost and payment
programs-group-quality = Signs of quality care
programs-row-week = Does it fit my week?
programs-row-week-help = Its usual week against the level's hour rules and my week
programs-row-must-haves = My must-haves
programs-row-must-haves-help = Tick "Must be Yes" beside any question below
programs-row-level = Level of care
programs-why-ask = Why ask? Sources
programs-why-ask-hover = Why this is worth asking, and where that comes from
programs-field-start = When I could start
programs-field-contact = Contact
programs-field-address = Address
programs-field-cost = My estimated cost
programs-field-languages = Languages
programs-field-notes = Notes
programs-hint-start = e.g. next Monday, or a 3-week wait
programs-hint-contact = Phone, email, a name
programs-hint-address = Street, town
programs-hint-cost = e.g. $40 a week after insurance
programs-hint-languages = e.g. English, Spanish
programs-hint-notes = Anything else you learned
programs-field-for = { $field } for { $program }
programs-hours-days = { $days ->
    [one] { $hours } a week on 1 day
   *[other] { $hours } a week on { $days } days
}
programs-my-week-missing = My week is not entered yet.
programs-clashes = { $n ->
    [0] No clash with my week.
    [one] 1 clash with my week
   *[other] { $n } clashes with my week
}
programs-week-not-entered = Usual week not entered yet.
programs-enter-week = Enter its week
programs-edit-week = Edit its week
programs-reply-yes = Yes
programs-reply-no = No
programs-reply-not-sure = Not sure yet
programs-ask = Ask: { $question }
programs-asked-on = Asked on
programs-what-they-said = What they said

## File prompts
file-title-open = Open a plan or programs list
file-title-save-as = Save as
file-title-export-ics = Export the week as a calendar (.ics)
file-title-export-txt = Export a printable summary (.txt)
file-title-export-pdf = Export a PDF to print
file-title-export-png = Save the week as a picture (.png)
file-button-open = Open
file-button-save = Save
file-button-export = Export
file-no-dialog = No system file dialog is available here, so type the file's path instead.
file-path = File path
file-cancel = Cancel
unsaved-heading = Save your changes?
unsaved-text = { $named ->
    [no] { $kind ->
        [programs] This programs list
       *[plan] This plan
    }
   *[yes] "{ $name }"
} has changes that are not saved yet. If you don't save them, they will be lost.
unsaved-save = Save
unsaved-discard = Discard

## My programs: one program's week
pweek-back = Back to all programs
pweek-back-hover = Back to the programs side by side (Escape)
pweek-heading = { $name }: usual week
pweek-template = Start from a template
pweek-template-note = Replaces this program's sessions
pweek-clear = Clear this week
pweek-clear-hover = Remove every session of this program (Undo brings them back)
pweek-copy = Copy from my open plan
pweek-copy-none = Open or make a plan with sessions in "Plan my week" to copy its week here.
pweek-copy-hover = Replace this program's sessions with the week in "Plan my week"
pweek-phase = Phase { $n }
pweek-empty = Drag on the week to add this program's sessions, type them in the form, or start from a template. Your own week is shown hatched.
pweek-found = What the check found
pweek-nothing = Nothing to change.

## Calendar export
ics-heading = Export the week to your calendar
ics-intro = Each session becomes a weekly repeating event that Google Calendar, Outlook and Apple Calendar can import.
ics-first-week = First week (YYYY-MM-DD)
ics-weeks = Number of weeks (0 = no end)
ics-commitments = Also include work, school and other commitments
ics-choose-file = Choose file...
ics-bad-date = Write the first week's date as YYYY-MM-DD, e.g. 2026-12-07.
programs-must-haves-no = Must-haves answered No: { $list }
results-empty-week = Nothing to check yet: add a session by dragging on the week or with the form.
programs-my-week-intro = Your own commitments, shown hatched in every program's week. A program session during one of them is a clash.
programs-remove = Remove
programs-remove-from-my-week = Remove { $what } from my week

my-week-copy = { $n ->
    [0] Copy work and other hours from Plan my week
    [one] Copy 1 block of work or other hours from Plan my week
   *[other] Copy { $n } blocks of work or other hours from Plan my week
}
my-week-copy-hover = Add the work, school and other hours of the plan open in "Plan my week" (those that hold in every phase)
my-week-copy-none = The plan in "Plan my week" has no work, school or other hours to copy.
my-week-copy-done = My week already has every commitment of the plan in "Plan my week".

programs-topic = Program
programs-close-details = Close
programs-what-to-ask = What to ask
programs-why-heading = Why it is worth asking
programs-list-name-hint = e.g. Programs near me

## Hours at a glance (Compare)
chart-no-rules = There are no hour rules called "{ $id }" in this version of the app.
chart-axis = hours a week
chart-no-limit = no weekly-hour limit
chart-24-hour = 24-hour setting, no weekly hour band
chart-often-days = { $band }, often { $days }+ days
chart-days-or-more = { $band }, { $days } or more days
chart-summary = Hours a week under { $rules }. { $parts }.

## My programs: a program's column
programs-name-of = Name of program { $n }
programs-name-hint = Program name
programs-default-name = Program { $n }
programs-move-left = < Move
programs-move-left-hover = Move { $name } one column to the left
programs-move-right = Move >
programs-move-right-hover = Move { $name } one column to the right
programs-remove-program-hover = Remove { $name } from the list (Undo brings it back)
programs-keeps-one = A list keeps at least one program.
programs-removed = Removed "{ $name }". Undo (Ctrl+Z) brings it back.
programs-level-of = Level of care of { $name }
programs-date-asked = Date asked { $program } about { $question }
programs-note-on = Note on { $question } for { $program }
strip-not-entered = { $name }: usual week not entered yet.
strip-week = { $name }'s week: { $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
} on { $days }.
strip-no-clash = No clash with my week.
strip-clash = { $day } { $start } to { $end } ({ $what })
strip-clashes = { $n ->
    [one] 1 clash
   *[other] { $n } clashes
} with my week: { $list }.
strip-clashes-more = { $n ->
    [one] 1 clash
   *[other] { $n } clashes
} with my week: { $list } and { $more } more.
programs-date-hint = YYYY-MM-DD

## Where a file goes wrong, in a person's words
load-error-at = { $file }: in { $spot }, { $message }
spot-session = the { $ord } session
spot-commitment = the { $ord } commitment
spot-of-phase = { $what } of phase { $n } ({ $name })
spot-of-program = { $what } of { $name }
spot-on = { $what } ({ $day } { $start })
spot-on-day = { $what } ({ $day })
chart-note-guideline = A guideline from { $issuer }.
chart-note-regulation = A regulation from { $issuer }.
chart-note-ends = A solid end: the figure itself is allowed; a dashed end: the band stops just under it.
programs-open-week-hover = Open { $name }'s usual week in the week grid, or start from a template
day-initials = M T W T F S S
