# Palabras de la revisión: hallazgos, titulares, rangos de horas, duraciones.
# Español de EE. UU., sencillo, de "usted". Términos: docs/glossary-es.md.
# Los argumentos llegan ya en palabras (duraciones, nombres, bloques), salvo $n, $want y $hours,
# que son números para que el plural los siga.

## Durations and counts

duration-min = { $m } min
duration-h = { $h } h
duration-h-min = { $h } h { $m } min
hours-words = { $hours ->
    [one] { $figure } hora
   *[other] { $figure } horas
}
cap-under = menos de { $hours }
cap-at-most = como máximo { $hours }
count-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
count-sessions = { $n ->
    [one] { $n } sesión
   *[other] { $n } sesiones
}
count-commitments = { $n ->
    [one] { $n } compromiso
   *[other] { $n } compromisos
}

## Days, blocks, kinds of session

day-mon = lunes
day-tue = martes
day-wed = miércoles
day-thu = jueves
day-fri = viernes
day-sat = sábado
day-sun = domingo
day-short-mon = lun
day-short-tue = mar
day-short-wed = mié
day-short-thu = jue
day-short-fri = vie
day-short-sat = sáb
day-short-sun = dom
block = { $day } { $start }-{ $end }
kind-group = Terapia de grupo
kind-individual = Consejería individual
kind-family = Sesión familiar
kind-medication = Cita de medicamentos
kind-education = Educación / habilidades
kind-peer = Apoyo entre pares
kind-other = Otro
commitment-untitled = Compromiso

## Findings

usual-practice = práctica habitual, no una regla
no-sessions = Esta semana aún no tiene sesiones, así que no hay nada que revisar para { $level }.
gap-more = con { $gap } más se llegaría
too-few-hours-typical = { $have } a la semana; una semana típica de { $level } tiene al menos { $figure } ({ usual-practice }; con { $gap } más se llegaría).
too-few-hours-guideline = { $have } a la semana; { $cited } describe { $level } como al menos { $figure } a la semana (con { $gap } más se llegaría).
too-few-hours-regulation = { $have } a la semana; { $cited } pide al menos { $figure } a la semana para { $level } (con { $gap } más se llegaría).
at-the-line = esta semana está justo en ese límite
over-by = { $over } de más
too-many-hours-typical = { $have } a la semana; una semana típica de { $level } tiene { $limit } ({ usual-practice }; { $gap }).
too-many-hours-guideline = { $have } a la semana; { $cited } describe { $level } como { $limit } a la semana ({ $gap }).
too-many-hours-regulation = { $have } a la semana; { $cited } limita { $level } a { $limit } a la semana ({ $gap }).
by-hours-alone = Solo por las horas, esta semana tiene la intensidad de { $level }.
no-day-has-sessions = Aún ningún día tiene sesiones
sessions-fall-on = Hay sesiones en { $days }
more-days = { $n ->
    [one] con { $n } día más se llegaría
   *[other] con { $n } días más se llegaría
}
too-few-days-typical = { $fact }; una semana típica de { $level } tiene sesiones { $want } días o más ({ usual-practice }; { $gap }).
too-few-days-guideline = { $fact }; { $cited } describe { $level } como sesiones al menos { $want } días a la semana ({ $gap }).
too-few-days-regulation = { $fact }; { $cited } pide sesiones al menos { $want } días a la semana para { $level } ({ $gap }).
short-day-typical = El { $day } tiene { $have } de sesiones; un día típico de { $level } tiene { $figure } o más ({ usual-practice }; con { $gap } más se llegaría).
short-day-guideline = { $cited } describe cada día de { $level } como de al menos { $figure }; el { $day } tiene { $have } (con { $gap } más se llegaría).
short-day-regulation = { $cited } pide al menos { $hours ->
        [one] { $number } hora de servicio
       *[other] { $number } horas de servicio
    } cada día de { $level }; el { $day } tiene { $have } (con { $gap } más se llegaría).
commitment-while-inpatient = { $level } significa vivir en el programa, así que "{ $title }" ({ $block }) caería durante la estadía.
session-overlap = "{ $title }" ({ $block }) se superpone con "{ $other }" ({ $other_block }) por { $shared }; el tiempo compartido cuenta una sola vez.
session-overlap-more = Hay { $n } superposiciones más entre sesiones que no se muestran una por una; esta semana tiene muchas más sesiones superpuestas de las que caben en una semana real.
commitment-conflict = "{ $title }" ({ $block }) choca con "{ $other }" ({ $other_block }) por { $shared }.
commitment-conflict-more = Hay { $n } choques más entre sesiones y compromisos que no se muestran uno por uno.

## Hour bands

band-from-to = de { $min } a { $max } h
band-from-under = de { $min } a menos de { $max } h
band-from = { $min } h o más
band-at-most = { $max } h como máximo
band-under = menos de { $max } h
band-a-week = { $band } a la semana
no-weekly-limit = sin límite de horas semanales
hours-against-band = { $hours } a la semana ({ $level }: { $band })
days-with-sessions = { $n } con sesiones
days-minimum-typical = { $level }: normalmente al menos { $want }
days-minimum-required = { $level }: al menos { $want }

## Headlines. En español $owner es solo quien fija las reglas ("ASAM"): "de ASAM".

meets-rules-for = Cumple las reglas de { $level }
does-not-meet-rules-for = No cumple las reglas de { $level }
within-usual-hours = Dentro de las horas habituales de { $owner } para { $level }
fits-description = Coincide con la descripción de { $owner } para { $level }
meets-rule = Cumple la norma de { $owner } para { $level }
no-sessions-usual-hours = Aún no hay sesiones para comparar con las horas habituales de { $owner } para { $level }
no-sessions-description = Aún no hay sesiones para comparar con la descripción de { $owner } para { $level }
no-sessions-rule = Aún no hay sesiones para comparar con la norma de { $owner } para { $level }
outside-usual-hours = Fuera de las horas habituales de { $owner } para { $level }
does-not-fit-description = No coincide con la descripción de { $owner } para { $level }
does-not-meet-rule = No cumple la norma de { $owner } para { $level }
many-clash = Muchas sesiones chocan con sus compromisos
sessions-clash = { $n ->
    [one] { $n } sesión choca con sus compromisos
   *[other] { $n } sesiones chocan con sus compromisos
}
many-overlap = muchas sesiones se superponen
pairs-overlap = { $n ->
    [one] { $n } par de sesiones se superpone
   *[other] { $n } pares de sesiones se superponen
}
commitments-during-stay = { $n ->
    [one] { $n } compromiso cae durante la estadía en { $level }
   *[other] { $n } compromisos caen durante la estadía en { $level }
}
disclaimer = Esto informa y no reemplaza una evaluación hecha por un profesional clínico.
