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
menu-new-from-template = Nuevo plan a partir de un modelo
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
help-more-button = Más sobre las líneas de ayuda (F1)
help-more-hover = Abrir el panel de ayuda con el aviso y las líneas de ayuda públicas y gratuitas
help-window-title = Líneas de ayuda y sobre esta aplicación
help-heading-now = Si necesita ayuda ahora
help-samhsa-title = Línea Nacional de Ayuda de SAMHSA: 1-800-662-4357
help-samhsa-detail = Gratis y confidencial, las 24 horas, los 7 días de la semana, los 365 días del año. Atienden en español. Le orientan hacia tratamiento y le dan información; TTY 1-800-487-4889.
help-988-title = Línea 988 de Prevención del Suicidio y Crisis: llame al 988 y marque 2
help-988-detail = Gratis y confidencial, 24/7. Para español, llame al 988 y marque 2, o envíe un mensaje de texto con la palabra AYUDA al 988. Chat en 988lifeline.org.
help-911-title = En una emergencia, llame al 911
help-911-detail = Si usted u otra persona está en peligro inmediato.
help-locator = Busque tratamiento cerca de usted con el localizador de SAMHSA:
help-heading-about = Sobre esta aplicación
help-about-what = Explica los niveles de atención y revisa si una semana planeada cumple las reglas de horas que usan ASAM y Medicare. Solo un profesional clínico que le conoce puede decir qué nivel le conviene.
help-about-privacy = Sus planes se quedan en esta computadora. carelevels nunca envía nada por internet; los enlaces se abren en su navegador solo cuando usted hace clic en ellos.
