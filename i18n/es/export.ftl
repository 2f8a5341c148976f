# Palabras del resumen en texto y del calendario (.ics).
# Español de EE. UU., sencillo, de "usted". Términos: docs/glossary-es.md.

## The plain-text summary of a plan

export-disclaimer = Este plan informa y no reemplaza una evaluación hecha por un profesional clínico.
export-counts-clock-hours = La revisión cuenta horas de reloj de las sesiones programadas (un grupo de 50 minutos cuenta 50 minutos).
export-level-of-care = Nivel de atención
export-hour-rules = Reglas de horas
export-hours = Horas
export-days = Días
export-plan-span = { $phases } etapas en { $weeks } semanas.
export-plan-span-from = { $phases } etapas en { $weeks } semanas, desde el { $date }.
export-phases-meet = { $meeting ->
    [one] { $meeting } de { $phases } etapas cumple las reglas de su nivel.
   *[other] { $meeting } de { $phases } etapas cumplen las reglas de su nivel.
}
export-phase = Etapa { $n }: { $level } - { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
    } ({ $span })
export-phase-named = Etapa { $n }: { $name } - { $level } - { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
    } ({ $span })
export-span-week = semana { $first }
export-span-weeks = semanas { $first } a { $last }
export-the-week = La semana
export-day-sessions = { $day }: { $time } de sesiones
export-day-free = { $day }: sin sesiones
export-commitment = compromiso
export-no-findings = No hay hallazgos.
export-findings = Qué revisar
export-verdict-findings = { $headline }: { $n ->
    [one] { $n } hallazgo
   *[other] { $n } hallazgos
    }.

## The plain-text comparison of programs

export-no-commitments = No hay compromisos anotados.
export-asked = preguntado el { $date }
export-week-not-entered = Aún no se ha anotado su horario semanal.

## The calendar

export-calendar-untitled = plan de carelevels
