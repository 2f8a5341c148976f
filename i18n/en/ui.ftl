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
