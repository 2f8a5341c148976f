# What `carelevels check` prints for people (the JSON keys and codes never change).
# Field labels are padded by the program to line up.

label-level = Level
label-rules = Rules
label-verdict = Verdict
label-hours = Hours
label-days = Days
label-by-day = By day
label-weeks = Weeks
label-my-week = My week
verdict-meets = MEETS
verdict-does-not-meet = DOES NOT MEET
level-and-rules = { $level } - rules: { $rules }
rules-with-guideline = { $id } ({ $name }, a guideline)
rules-with-regulation = { $id } ({ $name }, a regulation)
no-problems = No problems found.
findings-heading = Findings:
tag-error = error
tag-warning = warning
checks-hours-only = This checks scheduled hours only. { $disclaimer }
untitled-plan = Untitled plan
every-phase-meets = MEETS: every phase meets its level's rules
phases-do-not-meet = { $failing ->
    [one] DOES NOT MEET: { $failing } of { $total } phases does not meet its level's rules
   *[other] DOES NOT MEET: { $failing } of { $total } phases do not meet their level's rules
}
weeks-starting = { $weeks }, starting { $date }
span-weeks = weeks { $first } to { $last }
span-week = week { $first }
phase-untitled = Phase { $n }
phase-heading = Phase { $n }: { $name } - { $level }, { $span }
programs-untitled = Programs I'm considering
program-heading = Program { $n }: { $name } - { $level }
no-name = (no name)
program-unknown = UNKNOWN: the program's weekly schedule is not entered yet
must-haves-missed = Must-haves not confirmed yet: { $list }
