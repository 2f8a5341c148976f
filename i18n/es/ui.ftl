# Palabras de la aplicación de escritorio: barra superior, menús, pie, ayuda y las vistas.
# Español de EE. UU., sencillo, de "usted". Términos: docs/glossary-es.md.

## Top bar, tabs, menus

view-compare = Comparar
view-planner = Planear mi semana
view-programs = Mis programas
view-sources = Fuentes
tab-hover = Mostrar { $view } ({ $keys })
theme-label = Tema:
theme-dark = Oscuro
theme-dark-hover = Tema oscuro
theme-light = Claro
theme-light-hover = Tema claro
theme-system = Sistema
theme-system-hover = Usar el modo claro u oscuro del sistema
lang-switch-hover = Mostrar la aplicación en español
help-lines-button = Líneas de ayuda
help-lines-button-short = Ayuda
help-lines-hover = Líneas de ayuda públicas y gratuitas, y qué es esta aplicación ({ $keys })
menu-file = Archivo
menu-edit = Editar
menu-view = Ver
menu-help = Ayuda
menu-undo = Deshacer
menu-redo = Rehacer
menu-theme = Tema
menu-language = Idioma
menu-text-size = Tamaño del texto: { $percent }%
menu-zoom-in = Texto más grande
menu-zoom-out = Texto más pequeño
menu-zoom-reset = Tamaño normal del texto
menu-new-plan = Nuevo plan
menu-new-programs = Nueva lista de programas
menu-new-from-template = Nuevo plan a partir de una plantilla
menu-open = Abrir...
menu-open-recent = Abrir reciente
menu-no-recent = Aún no hay archivos recientes
menu-open-typed = Abrir escribiendo una ruta...
menu-save = Guardar
menu-save-as = Guardar como...
menu-export-ics = Exportar calendario (.ics)...
menu-export-pdf = Exportar PDF para imprimir...
menu-print = Imprimir...
menu-export-txt = Exportar resumen para imprimir (.txt)...
menu-copy-picture = Copiar la semana como imagen
menu-save-picture = Guardar la semana como imagen (.png)...
status-copied-picture = Se copió una imagen de la semana: péguela en un mensaje.
status-picture-failed = No se pudo hacer la imagen. { $error }
menu-copy-summary = Copiar el resumen al portapapeles
menu-quit = Salir
status-reopened = Se volvió a abrir lo que tenía abierto la última vez.
status-copied-summary = Se copió el resumen al portapapeles.

## Footer and help window

help-disclaimer = carelevels informa; no diagnostica ni reemplaza la evaluación de un profesional clínico.
help-now = Ayuda ahora:
help-footer-samhsa = Línea de SAMHSA 1-800-662-4357 (gratis, 24/7, en español)
help-footer-988 = Línea 988 de Prevención del Suicidio y Crisis: llame al 988 y marque 2, o envíe AYUDA al 988
help-footer-911 = Emergencias: 911
help-short-samhsa = SAMHSA 1-800-662-4357
help-short-988 = 988 (llame y marque 2, o envíe AYUDA)
help-short-911 = 911
help-more-button = Más sobre las líneas de ayuda (F1)
help-more-hover = Abrir el panel de ayuda con el aviso y las líneas de ayuda públicas y gratuitas
help-window-title = Líneas de ayuda y sobre esta aplicación
help-heading-now = Si necesita ayuda ahora
help-samhsa-title = Línea Nacional de Ayuda de SAMHSA: 1-800-662-4357
help-samhsa-detail = Gratis y confidencial, las 24 horas, los 7 días de la semana, los 365 días del año. Atienden en español. Le ayudan a encontrar tratamiento y le dan información; TTY 1-800-487-4889.
help-988-title = Línea 988 de Prevención del Suicidio y Crisis: llame al 988 y marque 2
help-988-detail = Gratis y confidencial, 24/7. Para español, llame al 988 y marque 2, o envíe un mensaje de texto con la palabra AYUDA al 988. Chat en 988lifeline.org.
help-911-title = En una emergencia, llame al 911
help-911-detail = Si usted u otra persona está en peligro inmediato.
help-locator = Busque tratamiento cerca de usted con el localizador de SAMHSA:
help-heading-about = Sobre esta aplicación
help-about-what = Explica los niveles de atención y revisa si una semana planeada cumple las reglas de horas que usan ASAM y Medicare. Solo un profesional clínico que conozca su caso puede decir qué nivel le conviene.
help-about-privacy = Sus planes se quedan en esta computadora. carelevels nunca envía nada por internet; los enlaces se abren en su navegador solo cuando usted hace clic en ellos.

## Plan my week: the form

form-show = Formulario
form-show-hover = Mostrar el formulario: agregar o cambiar un bloque, agregar horas de trabajo
form-hide = Ocultar el formulario
form-hide-hover = Más espacio para la semana
plan-name = Nombre del plan
plan-name-hint = p. ej., IOP de noche y trabajo
form-edit-session = Cambiar la sesión { $n }
form-edit-commitment = Cambiar el compromiso { $n }
form-add-heading = Agregar a la semana
form-session = Sesión
form-session-hover = Una sesión del programa: grupo, consejería, medicamentos...
form-commitment = Compromiso
form-commitment-hover = Tiempo que ya tiene ocupado: trabajo, escuela, cuidado de niños
form-for = Para
form-whole-plan = Todo el plan
form-whole-plan-hover = Sigue en todas las etapas: cuidado de niños, escuela...
form-phase-only = Solo esta etapa
form-phase-only-hover = Solo la etapa que se muestra: volver al trabajo en la etapa 2...
form-holds-whole-plan = Vale para todo el plan
form-holds-phase = Solo para esta etapa
form-day = Día
form-start = Inicio
form-end = Fin
form-hhmm = HH:MM
form-kind = Tipo
form-title = Título
form-title-hint-commitment = Trabajo, escuela...
form-title-hint-session = Grupo de proceso...
form-add-commitment = Agregar compromiso
form-add-session = Agregar sesión
form-apply = Aplicar cambios
form-delete = Borrar
form-done = Listo
form-done-hover = Quitar la selección y volver a agregar bloques nuevos
form-tip = Consejo: arrastre en la semana para agregar una sesión; arrastre un bloque para moverlo.
bad-clock = "{ $text }" no es una hora: escríbala como "HH:MM" en reloj de 24 horas, de "00:00" a "24:00"
bad-start-at-midnight = "24:00" solo puede terminar un bloque; un bloque que empieza a medianoche empieza a las "00:00"
bad-end-not-after-start = el fin "{ $end }" debe ser después del inicio "{ $start }" (un bloque no puede estar vacío ni pasar de la medianoche; divida en dos un bloque que cruza la noche)
wh-heading = Agregar mis horas de trabajo o escuela
wh-default-title = Trabajo
wh-from = De
wh-to = a
wh-what = Qué
wh-what-hint = Trabajo, escuela, cuidado de niños
wh-add = Agregar estas horas a mi semana
wh-no-day = Marque al menos un día.

## Plan my week: the live check

results-more-findings = { $n ->
    [one] Mostrar 1 hallazgo más
   *[other] Mostrar más ({ $n } hallazgos sin mostrar)
}
results-level = Nivel de atención
results-rules = Reglas
results-intensity = Solo por las horas, esta semana tiene la intensidad de { $level }.
results-intensity-not = Solo por las horas, esta semana tiene la intensidad de { $level }, no de { $chosen }.
results-the-rule = la regla
results-clock-hours = La revisión cuenta horas de reloj de las sesiones programadas: un grupo de 50 minutos cuenta 50 minutos.
rules-guideline-from = Guía de { $issuer }
rules-regulation-from = Norma de { $issuer }
rules-entry-guideline = { $name } (guía de { $issuer })
rules-entry-regulation = { $name } (norma de { $issuer })
rules-guideline-means = lo que suelen hacer los programas de cada nivel
rules-regulation-means = lo que exige quien paga (un seguro, Medicaid o Medicare) antes de pagar
severity-error = Necesita un cambio
severity-warning = Vale la pena revisar
results-days-typical = { $n ->
    [one] { $n } día con sesiones (una semana típica de { $level } tiene { $want } o más)
   *[other] { $n } días con sesiones (una semana típica de { $level } tiene { $want } o más)
}
results-days-required = { $n } de al menos { $want } días con sesiones ({ $level })
results-days = { $n ->
    [one] { $n } día con sesiones
   *[other] { $n } días con sesiones
}
results-days-none-yet = { $sentence }: ninguno todavía
results-no-findings = No hay hallazgos.
results-what-to-look-at = Qué revisar
list-and = { $rest } y { $last }
results-same-on = { $message } Lo mismo el { $days }.
results-show-in-week = Mostrar esto en la semana
results-hours-by-day = Horas por día
results-day-none = { $day } nada
results-plot-hours = Horas
results-plot-per-day = Horas por día
results-hours-by-day-spoken = Horas por día: { $days }
results-dashed-required = Línea de rayas: las { $hours } que { $cited } pide cada día de { $level }. Los días de sesiones más cortos se ven en rojo.
results-dashed-typical = Línea de rayas: un día típico de { $level } ({ $hours }). Los días de sesiones más cortos se ven en naranja.
results-no-per-day = Aquí no hay horas por día fijadas para { $level }.
banner-empty-regulation = Agregue sesiones para ver si esta semana cumple la regla de { $issuer } para { $level }
banner-empty-guideline = Agregue sesiones para ver cómo se compara esta semana con las horas habituales de { $issuer } para { $level }
banner-empty = Agregue sesiones para ver cómo se compara esta semana con las reglas para { $level }
banner-starts-with-first = La revisión empieza con la primera sesión.
banner-warnings = { $n ->
    [one] { $n } cosa que vale la pena revisar abajo: práctica habitual, no reglas.
   *[other] { $n } cosas que vale la pena revisar abajo: práctica habitual, no reglas.
}
banner-errors = { $n ->
    [one] { $n } hallazgo abajo.
   *[other] { $n } hallazgos abajo.
}
banner-errors-warnings = { $n ->
    [one] { $n } hallazgo abajo, y { $w } más que vale la pena revisar.
   *[other] { $n } hallazgos abajo, y { $w } más que vale la pena revisar.
}
gauge-short = faltan { $gap }
gauge-at-the-line = justo en el límite
gauge-over = { $gap } de más
gauge-no-limit = { $week } por semana - { $level }: sin límite de horas por semana
gauge-sentence = { $week } por semana - { $level }: { $band }
gauge-name = Horas por semana frente al rango de { $level }
gauge-hover = Sombreado: las horas por semana del nivel. Línea: esta semana.
gauge-hover-solid = Sombreado: las horas por semana del nivel. Línea: esta semana. Borde sólido: el tope mismo está permitido.
gauge-hover-dashed = Sombreado: las horas por semana del nivel. Línea: esta semana. Borde de rayas: el rango termina justo antes del tope.

## Plan my week: phases and timeline

count-weeks = { $n ->
    [one] { $n } semana
   *[other] { $n } semanas
}
phase-meets = cumple
phase-does-not-meet = no cumple
phase-empty = nada que revisar aún
phase-add = Agregar etapa
phase-add-hover = Agregar una etapa vacía después de la que se muestra
phase-step-down = Bajar de nivel
phase-step-down-hover = Copiar esta etapa en el nivel más bajo siguiente, { $level }, como punto de partida con menos horas
phase-step-down-lowest = { $level } ya es el nivel menos intensivo
phase-step-down-note = Esta etapa empieza como copia de la semana de { $from }, ahora en { $level }. La revisión muestra cómo encaja en { $level }.
phase-earlier = Mover antes
phase-earlier-hover = Cambiar esta etapa por la anterior
phase-later = Mover después
phase-later-hover = Cambiar esta etapa por la siguiente
phase-remove = Quitar etapa
phase-remove-hover = Quitar esta etapa y sus sesiones (Deshacer la trae de vuelta)
phase-name = Nombre de la etapa
phase-weeks = Semanas
phase-weeks-one-hover = Una semana típica. Indique un número de semanas para planear varias semanas.
phase-weeks-hover = Cuántas semanas dura esta etapa (de 1 a 104)
phase-one-week = Solo una semana
phase-one-week-hover = Planear una semana típica, sin número de semanas
phase-spoken = Etapa { $n } de { $count }: { $name }. { $level }, { $weeks } (semanas { $first } a { $last }), { $verdict }
phases-all-meet = { $count ->
    [one] La etapa cumple las reglas de su nivel.
   *[other] Las { $count } etapas cumplen las reglas de su nivel.
}
phases-some-meet = { $meeting ->
    [one] { $meeting } de { $count } etapas cumple las reglas de su nivel.
   *[other] { $meeting } de { $count } etapas cumplen las reglas de su nivel.
}
phases-does-not-meet = No cumple:
phases-show-phase = Mostrar esta etapa en la semana
phases-below = Abajo: etapa { $n } de { $count }, { $name }.
timeline-of = Cronograma de { $weeks }.
timeline-of-from = Cronograma de { $weeks }, desde el { $date }.
timeline-week = Semana { $first }
timeline-weeks = Semanas { $first } a { $last }
timeline-phase = { $weeks }: { $name }, { $level }, { $hours } por semana, { $verdict }.
timeline-title = Cronograma: { $weeks }
timeline-starts-on = Empieza el
timeline-date-hint = AAAA-MM-DD
timeline-starts-on-hover = El primer día de la primera etapa; déjelo vacío si todavía no hay fecha
timeline-bad-date = "{ $text }" no es una fecha: escríbala como AAAA-MM-DD, por ejemplo 2027-01-04
timeline-from-to = { $start } al { $end }
timeline-bar = Semana { $week }{ $when }: { $name }, { $hours }
timeline-wk = sem { $week }
timeline-band = Rango de { $level }
timeline-weekly-hours = Horas por semana
timeline-caption = Barras: horas por semana, por etapa (verde cumple, rojo no cumple). Franjas: las horas de cada nivel según las reglas. Haga clic en una semana para ver su etapa.
date-long = { $weekday } { $day } de { $month } de { $year }
date-short = { $day } { $month }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
month-short-1 = ene
month-short-2 = feb
month-short-3 = mar
month-short-4 = abr
month-short-5 = may
month-short-6 = jun
month-short-7 = jul
month-short-8 = ago
month-short-9 = sep
month-short-10 = oct
month-short-11 = nov
month-short-12 = dic

## Plan my week: the week grid

block-session = sesión
block-commitment = compromiso
block-commitment-phase = compromiso solo de esta etapa
block-label = { $title }, { $day } de { $start } a { $end }, { $what }
grid-hidden = Esta semana tiene más bloques de los que la cuadrícula puede mostrar: no se ven { $n } de los que están a la vista. La revisión de la derecha los cuenta todos.
grid-days = Días de la semana
grid-empty = Cuadrícula de la semana: arrastre en un espacio vacío para agregar una sesión
grid-new-session = Nueva sesión

## Files and status messages

doc-kind-plan = plan
doc-kind-programs = lista de programas
doc-untitled = { $kind ->
    [programs] Lista de programas sin nombre
   *[plan] Plan sin nombre
}
doc-could-not-open = No se pudo abrir el archivo. { $error }
doc-opened = Se abrió { $path }
doc-saved = Se guardó en { $path }
doc-save-elsewhere = Elija Guardar como... para guardarlo en otro lugar.
doc-save-elsewhere-here = Elija otra carpeta u otro nombre para guardarlo en otro lugar.
doc-print-failed = No se pudo preparar la página para imprimir. { $error }
doc-print-no-folder = No hay una carpeta donde poner la página para imprimir.
doc-print-sent = Se envió { $path } a su visor de PDF: imprímalo desde allí. Si no se abre ningún visor, abra ese archivo usted mismo.
doc-print-no-viewer = No se encontró un visor de PDF. La página para imprimir está guardada como { $path }.
doc-new-plan = Se empezó un plan nuevo y vacío.
doc-new-programs = Se empezó una lista de programas nueva. Ponga nombre a cada programa y anote su semana.
doc-from-template = Se empezó a partir de la plantilla "{ $name }". Cámbielo para que se ajuste a su semana y luego guárdelo.
doc-restored = { $kind ->
    [programs] Se recuperó la lista de programas sin guardar de la última vez. Guárdela para conservarla.
   *[plan] Se recuperó el plan sin guardar de la última vez. Guárdelo para conservarlo.
}
doc-restored-not-autosaved = { $kind ->
    [programs] Se recuperó la lista de programas sin guardar de la última vez, pero no se pudo volver a guardar automáticamente ({ $error }). Se conserva la copia de la última vez. Guárdela para conservarla.
   *[plan] Se recuperó el plan sin guardar de la última vez, pero no se pudo volver a guardar automáticamente ({ $error }). Se conserva la copia de la última vez. Guárdelo para conservarlo.
}
doc-pdf-failed = No se pudo crear el PDF. { $error }
doc-exported = { $what ->
    [picture] Se guardó una imagen de la semana en { $path }
    [calendar] Se exportó el calendario a { $path }
    [summary] Se exportó el resumen a { $path }
   *[other] Se exportó el PDF a { $path }
}
doc-autosave-failed = { $kind ->
    [programs] Sus cambios no se pudieron guardar automáticamente ({ $error }). Guarde la lista de programas para conservarlos.
   *[plan] Sus cambios no se pudieron guardar automáticamente ({ $error }). Guarde el plan para conservarlos.
}
doc-banner-untitled = { $kind ->
    [programs] Una ventana de carelevels se cerró sin guardar. Se conservó su trabajo sin guardar en una lista de programas sin nombre.
   *[plan] Una ventana de carelevels se cerró sin guardar. Se conservó su trabajo sin guardar en un plan sin nombre.
}
doc-banner-named = Una ventana de carelevels se cerró sin guardar. Se conservó su trabajo sin guardar en "{ $name }".
doc-restore-it = Recuperarlo
doc-discard-it = Descartarlo
doc-discarded = Se descartó el trabajo sin guardar de la última vez.

## Compare

compare-heading = Comparar niveles de atención
compare-intro = Los niveles de atención lado a lado. Seleccione cualquier celda para leer el texto completo y de dónde viene. Es información para hablar con un profesional clínico o un programa, no un consejo.
compare-levels-shown = Niveles que se muestran:
compare-min-shown = Siempre se muestran al menos dos niveles, para que haya algo que comparar.
compare-highlight = Resaltar diferencias
compare-highlight-hover = Marcar cada celda que dice algo distinto del nivel a su izquierda.
compare-highlight-legend = Una barra en el borde izquierdo de una celda: dice algo distinto del nivel a su izquierda.
compare-hide-same = Ocultar filas iguales
compare-hide-same-hover = Plegar las filas en las que todos los niveles que se muestran dicen lo mismo, para dejar solo las diferencias.
compare-needs = Lo que me importa
compare-needs-intro = Marque lo que corresponde a su caso. La tabla muestra entonces, para cada nivel, si suele convenirle y por qué.
compare-hours = Horas de un vistazo
compare-hour-rules = Reglas de horas:
compare-close-details = Cerrar detalles
compare-close-details-hover = O presione Escape
compare-folded = { $n ->
    [0] Todas las filas son distintas entre los niveles que se muestran, así que no se pliega ninguna.
    [one] 1 fila dice lo mismo para todos los niveles que se muestran y está plegada.
   *[other] { $n } filas dicen lo mismo para todos los niveles que se muestran y están plegadas.
}
compare-table = Niveles de atención comparados
compare-topic = Tema
compare-differs = Distinto del nivel a su izquierda
compare-matters = Lo que le importa: { $counts }
compare-no-info = Sin información
compare-fact-gone = Este dato ya no está en el catálogo.
compare-need-gone = Esta necesidad ya no está en el catálogo.
compare-no-info-level = No hay información sobre esto para este nivel.
compare-sources = { $n ->
    [one] Fuente
   *[other] Fuentes
}
compare-source-missing = Falta en la aplicación una fuente llamada "{ $id }".
fit-yes = Le conviene
fit-partly = Depende
fit-no = No le conviene
fit-count-yes = { $n ->
    [one] { $n } le conviene
   *[other] { $n } le convienen
}
fit-count-partly = { $n ->
    [one] { $n } depende
   *[other] { $n } dependen
}
fit-count-no = { $n ->
    [one] { $n } no le conviene
   *[other] { $n } no le convienen
}

## Sources page
sources-heading = Fuentes
sources-intro = Cada dato de esta aplicación viene de una de estas fuentes. Las fuentes primarias son leyes, normas y los organismos que fijan los estándares; las secundarias los repiten o los explican.
sources-not-cited = Ningún dato de esta versión la cita.
sources-backs = Respalda
sources-section = Sección: { $section }
sources-opens-browser = Se abre en su navegador web
sources-web-page = { $title } (página web)
sources-primary = Fuente primaria
sources-secondary = Fuente secundaria
sources-primary-help = Una ley, una norma o el organismo que fija el estándar (como ASAM, SAMHSA, CMS o NIDA)
sources-secondary-help = Una fuente secundaria cuidadosa, como una agencia estatal, un contratista de Medicare o una revisión académica
sources-use-need = Lo que me importa
sources-use-rules = Reglas de horas
sources-use-question = Preguntas para hacer

## My programs
programs-heading = Mis programas
programs-intro = Los programas que está considerando, lado a lado. Anote la semana habitual de cada programa para ver si cumple las reglas de horas de su nivel y si encaja con su propia semana. Anote lo que averigüe cuando llame. Esto es información para ayudarle a hacer las preguntas correctas, no un consejo.
programs-add = Agregar un programa
programs-add-hover = Agregar una columna para un programa más que esté considerando
programs-at-most = Una lista tiene como máximo { $n } programas.
programs-copy-summary = Copiar resumen
programs-copy-summary-hover = Copiar una comparación en texto simple para pegarla en un correo o una nota
programs-copied = Se copió la comparación al portapapeles.
programs-export-summary = Exportar resumen (.txt)...
programs-export-summary-hover = Guardar una comparación en texto simple para imprimirla o enviarla
programs-list-name = Nombre de la lista:
programs-must-be-yes = Tiene que ser Sí
programs-must-be-yes-hover = Marcar "{ $label }" como imprescindible: se señalan los programas que no han respondido Sí.
programs-no-must-haves = Aún no marcó imprescindibles.
programs-every-must-have = Todos los imprescindibles son Sí.
programs-must-haves-missed = Imprescindibles aún sin confirmar: { $list }
programs-my-week = { $n ->
    [0] Mi semana: aún no hay nada anotado
    [one] Mi semana: 1 compromiso
   *[other] Mi semana: { $n } compromisos
}
programs-group-practical = Encajarlo en mi vida
programs-group-payment = Costo y pago
programs-group-quality = Señales de atención de calidad
programs-row-week = ¿Encaja en mi semana?
programs-row-week-help = Su semana habitual frente a las reglas de horas del nivel y mi semana
programs-row-must-haves = Mis imprescindibles
programs-row-must-haves-help = Marque "Tiene que ser Sí" junto a cualquier pregunta de abajo
programs-row-level = Nivel de atención
programs-why-ask = ¿Por qué preguntar? Fuentes
programs-why-ask-hover = Por qué vale la pena preguntarlo, y de dónde viene
programs-field-start = Cuándo podría empezar
programs-field-contact = Contacto
programs-field-address = Dirección
programs-field-cost = Mi costo estimado
programs-field-languages = Idiomas
programs-field-notes = Notas
programs-hint-start = p. ej., el próximo lunes, o 3 semanas de espera
programs-hint-contact = Teléfono, correo, un nombre
programs-hint-address = Calle, ciudad
programs-hint-cost = p. ej., $40 por semana después del seguro
programs-hint-languages = p. ej., inglés, español
programs-hint-notes = Cualquier otra cosa que averiguó
programs-field-for = { $field } de { $program }
programs-hours-days = { $days ->
    [one] { $hours } por semana en 1 día
   *[other] { $hours } por semana en { $days } días
}
programs-my-week-missing = Mi semana aún no está anotada.
programs-clashes = { $n ->
    [0] Sin choques con mi semana.
    [one] 1 choque con mi semana
   *[other] { $n } choques con mi semana
}
programs-week-not-entered = Semana habitual aún no anotada.
programs-enter-week = Anotar su semana
programs-edit-week = Editar su semana
programs-reply-yes = Sí
programs-reply-no = No
programs-reply-not-sure = Aún no sé
programs-ask = Pregunte: { $question }
programs-asked-on = Preguntado el
programs-what-they-said = Lo que le dijeron

## File prompts
file-title-open = Abrir un plan o una lista de programas
file-title-save-as = Guardar como
file-title-export-ics = Exportar la semana como calendario (.ics)
file-title-export-txt = Exportar un resumen para imprimir (.txt)
file-title-export-pdf = Exportar un PDF para imprimir
file-title-export-png = Guardar la semana como imagen (.png)
file-button-open = Abrir
file-button-save = Guardar
file-button-export = Exportar
file-no-dialog = Aquí no hay un diálogo de archivos del sistema; escriba la ruta del archivo.
file-path = Ruta del archivo
file-cancel = Cancelar
unsaved-heading = ¿Guardar los cambios?
unsaved-text = { $named ->
    [no] { $kind ->
        [programs] Esta lista de programas
       *[plan] Este plan
    }
   *[yes] "{ $name }"
} tiene cambios sin guardar. Si no los guarda, se perderán.
unsaved-save = Guardar
unsaved-discard = Descartar

## My programs: one program's week
pweek-back = Volver a todos los programas
pweek-back-hover = Volver a los programas lado a lado (Escape)
pweek-heading = { $name }: semana habitual
pweek-template = Empezar con una plantilla
pweek-template-note = Reemplaza las sesiones de este programa
pweek-clear = Borrar esta semana
pweek-clear-hover = Quitar todas las sesiones de este programa (Deshacer las devuelve)
pweek-copy = Copiar de mi plan abierto
pweek-copy-none = Abra o cree un plan con sesiones en "Planear mi semana" para copiar aquí su semana.
pweek-copy-hover = Reemplazar las sesiones de este programa con la semana de "Planear mi semana"
pweek-phase = Etapa { $n }
pweek-empty = Arrastre en la semana para agregar las sesiones de este programa, escríbalas en el formulario o empiece con una plantilla. Su propia semana aparece rayada.
pweek-found = Lo que encontró la revisión
pweek-nothing = Nada que cambiar.

## Calendar export
ics-heading = Exportar la semana a su calendario
ics-intro = Cada sesión se vuelve un evento que se repite cada semana y que Google Calendar, Outlook y Apple Calendar pueden importar.
ics-first-week = Primera semana (AAAA-MM-DD)
ics-weeks = Número de semanas (0 = sin fin)
ics-commitments = Incluir también el trabajo, la escuela y otros compromisos
ics-choose-file = Elegir archivo...
ics-bad-date = Escriba la fecha de la primera semana como AAAA-MM-DD, p. ej., 2026-12-07.
programs-must-haves-no = Imprescindibles con respuesta No: { $list }
results-empty-week = Todavía no hay nada que revisar: agregue una sesión arrastrando en la semana o con el formulario.
programs-my-week-intro = Sus propios compromisos, que aparecen rayados en la semana de cada programa. Una sesión de un programa durante uno de ellos es un choque.
programs-remove = Quitar
programs-remove-from-my-week = Quitar { $what } de mi semana

my-week-copy = { $n ->
    [0] Copiar horas de trabajo y otras de Planear mi semana
    [one] Copiar 1 bloque de horas de trabajo u otras de Planear mi semana
   *[other] Copiar { $n } bloques de horas de trabajo u otras de Planear mi semana
}
my-week-copy-hover = Agregar las horas de trabajo, escuela y otras del plan abierto en "Planear mi semana" (las que valen en todas las etapas)
my-week-copy-none = El plan de "Planear mi semana" no tiene horas de trabajo, escuela u otras para copiar.
my-week-copy-done = Mi semana ya tiene todos los compromisos del plan de "Planear mi semana".

programs-topic = Programa
programs-close-details = Cerrar
programs-what-to-ask = Qué preguntar
programs-why-heading = Por qué vale la pena preguntarlo
programs-list-name-hint = p. ej., Programas cerca de mí

## Hours at a glance (Compare)
chart-no-rules = Esta versión de la aplicación no tiene reglas de horas llamadas "{ $id }".
chart-axis = horas a la semana
chart-no-limit = sin límite de horas a la semana
chart-24-hour = atención las 24 horas, sin franja de horas a la semana
chart-often-days = { $band }, a menudo { $days } días o más
chart-days-or-more = { $band }, { $days } días o más
chart-summary = Horas a la semana según { $rules }. { $parts }.

## My programs: a program's column
programs-name-of = Nombre del programa { $n }
programs-name-hint = Nombre del programa
programs-default-name = Programa { $n }
programs-move-left = < Mover
programs-move-left-hover = Mover { $name } una columna a la izquierda
programs-move-right = Mover >
programs-move-right-hover = Mover { $name } una columna a la derecha
programs-remove-program-hover = Quitar { $name } de la lista (Deshacer lo devuelve)
programs-keeps-one = Una lista conserva al menos un programa.
programs-removed = Se quitó "{ $name }". Deshacer (Ctrl+Z) lo devuelve.
programs-level-of = Nivel de atención de { $name }
programs-date-asked = Fecha en que preguntó a { $program } sobre { $question }
programs-note-on = Nota sobre { $question } de { $program }
strip-not-entered = { $name }: todavía no se anotó la semana habitual.
strip-week = Semana de { $name }: { $sessions ->
    [one] 1 sesión
   *[other] { $sessions } sesiones
} los { $days }.
strip-no-clash = No choca con mi semana.
strip-clash = { $day } de { $start } a { $end } ({ $what })
strip-clashes = { $n ->
    [one] 1 choque
   *[other] { $n } choques
} con mi semana: { $list }.
strip-clashes-more = { $n ->
    [one] 1 choque
   *[other] { $n } choques
} con mi semana: { $list } y { $more } más.
programs-date-hint = AAAA-MM-DD

## Where a file goes wrong, in a person's words
load-error-at = { $file }: en { $spot }, { $message }
spot-session = la { $n }.ª sesión
spot-commitment = el { $n }.º compromiso
spot-of-phase = { $what } de la etapa { $n } ({ $name })
spot-of-program = { $what } de { $name }
spot-on = { $what } ({ $day } { $start })
spot-on-day = { $what } ({ $day })
chart-note-guideline = Una guía de { $issuer }.
chart-note-regulation = Una norma de { $issuer }.
chart-note-ends = Un extremo continuo: la cifra misma está permitida; un extremo discontinuo: la franja termina justo antes.
programs-open-week-hover = Abrir la semana habitual de { $name } en la cuadrícula de la semana, o empezar con una plantilla
day-initials = L M X J V S D
