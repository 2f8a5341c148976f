# Lo que imprime `carelevels check` para personas (las claves y códigos del JSON no cambian).

label-level = Nivel
label-rules = Reglas
label-verdict = Resultado
label-hours = Horas
label-days = Días
label-by-day = Por día
label-weeks = Semanas
label-my-week = Mi semana
verdict-meets = CUMPLE
verdict-does-not-meet = NO CUMPLE
level-and-rules = { $level } - reglas: { $rules }
rules-with-guideline = { $id } ({ $name }, una guía)
rules-with-regulation = { $id } ({ $name }, una norma)
no-problems = No se encontraron problemas.
findings-heading = Hallazgos:
tag-error = error
tag-warning = aviso
checks-hours-only = Solo se revisan las horas programadas. { $disclaimer }
untitled-plan = Plan sin nombre
every-phase-meets = CUMPLE: cada etapa cumple las reglas de su nivel
phases-do-not-meet = { $failing ->
    [one] NO CUMPLE: { $failing } de { $total } etapas no cumple las reglas de su nivel
   *[other] NO CUMPLE: { $failing } de { $total } etapas no cumplen las reglas de su nivel
}
weeks-starting = { $weeks }, a partir del { $date }
span-weeks = semanas { $first } a { $last }
span-week = semana { $first }
phase-untitled = Etapa { $n }
phase-heading = Etapa { $n }: { $name } - { $level }, { $span }
programs-untitled = Programas que estoy considerando
program-heading = Programa { $n }: { $name } - { $level }
no-name = (sin nombre)
program-unknown = DESCONOCIDO: aún no se ha anotado el horario semanal del programa
must-haves-missed = Imprescindibles aún sin confirmar: { $list }
