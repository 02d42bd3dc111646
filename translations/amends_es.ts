<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>SarifText</name>
    <message>
        <location filename="../app/services/sarifreport.cpp" line="57"/>
        <source>A word the dictionary does not know.</source>
        <translation>Una palabra que el diccionario no conoce.</translation>
    </message>
</context>
<context>
    <name>amends::cli::Check</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="36"/>
        <source>Output: text (like a compiler), json, sarif (SARIF 2.1.0, for code scanning) or checkstyle (XML).</source>
        <translation>Salida: text (como la de un compilador), json, sarif (SARIF 2.1.0, para análisis de código) o checkstyle (XML).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="39"/>
        <source>Show only findings of this severity or a more severe one: error, warning or suggestion (the default).</source>
        <translation>Mostrar solo las observaciones de esta gravedad o de una mayor: error, warning o suggestion (predeterminado).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="42"/>
        <source>Print only the findings: no summary, and nothing at all when there are none.</source>
        <translation>Mostrar solo las observaciones: sin resumen y, si no hay ninguna, nada en absoluto.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="45"/>
        <source>Drafts (.amends), text letters (.txt), folders of them, or - for standard input.</source>
        <translation>Borradores (.amends), cartas de texto (.txt), carpetas que los contengan o - para la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="47"/>
        <source>Check letters for blame-shifting, non-apologies, jargon, missing sections, unfilled placeholders and more.
Settings, in rising order: the built-in rules, the application&apos;s settings, the nearest .amends.json project file in the letter&apos;s folder or above, the command line (--no-config: the built-in rules and the command line only).
Exit status: 0 no error-level finding, 1 some (errors are shown whatever --min-severity says), 2 bad usage or unreadable input.</source>
        <translation>Verificar cartas en busca de culpas a otros, falsas disculpas, jerga, secciones faltantes, marcadores sin completar y más.
Configuración, de menor a mayor prioridad: las reglas integradas, la configuración de la aplicación, el archivo de proyecto .amends.json más cercano (en la carpeta de la carta o en una superior) y la línea de comandos (--no-config: solo las reglas integradas y la línea de comandos).
Código de salida: 0 ninguna observación de nivel error, 1 alguna (los errores se muestran diga lo que diga --min-severity), 2 uso incorrecto o entrada ilegible.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="56"/>
        <source>unknown format &quot;%1&quot;; use %2.</source>
        <translation>formato desconocido &quot;%1&quot;; use %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="59"/>
        <source>unknown severity &quot;%1&quot;; use error, warning or suggestion.</source>
        <translation>gravedad desconocida &quot;%1&quot;; use error, warning o suggestion.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="84"/>
        <source>Letters checked: %1; errors: %2, warnings: %3, suggestions: %4.</source>
        <translation>Cartas verificadas: %1; errores: %2, advertencias: %3, sugerencias: %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="66"/>
        <source>&apos;check&apos; needs at least one FILE.</source>
        <translation>&apos;check&apos; necesita al menos un FILE.</translation>
    </message>
</context>
<context>
    <name>amends::cli::Export</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="28"/>
        <source>The file to write; its suffix chooses the format: .pdf, .odt, .html, .txt, .eml (email with the PDF attached) or .ics (follow-up reminder).</source>
        <translation>El archivo que se escribirá; su extensión determina el formato: .pdf, .odt, .html, .txt, .eml (correo con el PDF adjunto) o .ics (recordatorio de seguimiento).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="32"/>
        <source>Export even a letter that is not ready (unfilled placeholders, empty required fields, error-level findings).</source>
        <translation>Exportar incluso una carta que no está lista (marcadores sin completar, campos obligatorios vacíos, observaciones de nivel error).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="35"/>
        <source>The draft (.amends) to export.</source>
        <translation>El borrador (.amends) que se exportará.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="37"/>
        <source>Export the letter of a draft. Paper size, letterhead logo and PDF/A come from your preferences. The output file is written completely or not at all. A letter that is not ready to leave is refused with the reasons (exit status 1) unless --force is given.</source>
        <translation>Exportar la carta de un borrador. El tamaño del papel, el logotipo del membrete y el PDF/A se toman de sus preferencias. El archivo de salida se escribe completo o no se escribe. Una carta que aún no está lista para enviarse se rechaza con los motivos (código de salida 1), salvo que se indique --force.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="43"/>
        <source>&apos;export&apos; needs exactly one DRAFT.</source>
        <translation>&apos;export&apos; necesita exactamente un DRAFT.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="46"/>
        <source>&apos;export&apos; needs an output file: -o OUT.</source>
        <translation>&apos;export&apos; necesita un archivo de salida: -o OUT.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="48"/>
        <source>unknown output type &quot;%1&quot;; use .pdf, .odt, .html, .txt, .eml or .ics.</source>
        <translation>tipo de salida desconocido &quot;%1&quot;; use .pdf, .odt, .html, .txt, .eml o .ics.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="64"/>
        <source>amends-cli: the letter is not ready to leave; nothing was written:</source>
        <translation>amends-cli: la carta aún no está lista para enviarse; no se escribió nada:</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="67"/>
        <source>Fix these, or export anyway with --force.</source>
        <translation>Corrija estos puntos o exporte de todos modos con --force.</translation>
    </message>
</context>
<context>
    <name>amends::cli::LetterOptions</name>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="82"/>
        <source>the house rule pack &quot;%1&quot; chosen in the application&apos;s preferences is not a file; choose another there, or pass --no-config to check without the settings.</source>
        <translation>el paquete de reglas de la empresa &quot;%1&quot; elegido en las preferencias de la aplicación no es un archivo; elija otro allí o indique --no-config para verificar sin la configuración.</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="125"/>
        <source>Language of the letters, e.g. en-US (drafts default to their own).</source>
        <translation>Idioma de las cartas, p. ej., en-US (si se omite, cada borrador usa el suyo).</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="126"/>
        <source>A house rule pack to add (repeatable).</source>
        <translation>Un paquete de reglas de la empresa para agregar (se puede repetir).</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="127"/>
        <source>Switch a rule off by its id (repeatable).</source>
        <translation>Desactivar una regla por su id (se puede repetir).</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="128"/>
        <source>Skip the spelling check.</source>
        <translation>Omitir la verificación ortográfica.</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="130"/>
        <source>Ignore the application&apos;s settings and .amends.json project files: built-in rules and the command line only.</source>
        <translation>Ignorar la configuración de la aplicación y los archivos de proyecto .amends.json: solo las reglas integradas y la línea de comandos.</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="131"/>
        <source>Check the letters in the folders of folders too.</source>
        <translation>Verificar también las cartas de las subcarpetas.</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="133"/>
        <source>Only letters in folders whose file name matches PATTERN (repeatable; default *.amends and *.txt).</source>
        <translation>En las carpetas, solo las cartas cuyo nombre de archivo coincida con PATTERN (se puede repetir; predeterminado: *.amends y *.txt).</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="147"/>
        <source>&quot;%1&quot; is not a language such as en-US.</source>
        <translation>&quot;%1&quot; no es un idioma como en-US.</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="158"/>
        <source>--glob &quot;%1&quot; is not a file-name pattern such as *.amends.</source>
        <translation>--glob &quot;%1&quot; no es un patrón de nombre de archivo como *.amends.</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="175"/>
        <source>found no letters (%1) in %2%3.</source>
        <translation>no se encontró ninguna carta (%1) en %2%3.</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="177"/>
        <source>; --recursive looks in their folders too</source>
        <translation>; --recursive busca también en sus subcarpetas</translation>
    </message>
</context>
<context>
    <name>amends::cli::New</name>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="25"/>
        <source>The scenario to start from (see &apos;amends-cli scenarios&apos;).</source>
        <translation>El escenario del que se parte (consulte &apos;amends-cli scenarios&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="26"/>
        <source>Letter language, e.g. en-US or en-GB.</source>
        <translation>Idioma de la carta, p. ej., en-US o en-GB.</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="27"/>
        <source>Set a case field, e.g. customer.name=&quot;Ana Silva&quot;; repeatable.</source>
        <translation>Definir un campo del caso, p. ej., customer.name=&quot;Ana Silva&quot;; se puede repetir.</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="28"/>
        <source>The draft file to write.</source>
        <translation>El archivo de borrador que se escribirá.</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="34"/>
        <source>Create a draft letter from a scenario template.

Field keys: %1.
Amounts are plain decimals (120.00), dates YYYY-MM-DD; date.letter defaults to today. Sender and company default to your saved profile.</source>
        <translation>Crear un borrador de carta a partir de una plantilla de escenario.

Claves de campo: %1.
Los montos son decimales simples (120.00) y las fechas, AAAA-MM-DD; si se omite date.letter, se usa la fecha de hoy. Si se omiten el remitente y la empresa, se toman de su perfil guardado.</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="39"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argumento inesperado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="41"/>
        <source>&apos;new&apos; needs --scenario ID and -o DRAFT.</source>
        <translation>&apos;new&apos; necesita --scenario ID y -o DRAFT.</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="46"/>
        <source>unsupported language &quot;%1&quot;; use one of: %2.</source>
        <translation>idioma no compatible &quot;%1&quot;; use uno de estos: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="50"/>
        <source>no scenario &quot;%1&quot; for %2; see &apos;amends-cli scenarios&apos;.</source>
        <translation>no hay ningún escenario &quot;%1&quot; para %2; consulte &apos;amends-cli scenarios&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="59"/>
        <source>--set needs KEY=VALUE (got &quot;%1&quot;).</source>
        <translation>--set necesita KEY=VALUE (se recibió &quot;%1&quot;).</translation>
    </message>
</context>
<context>
    <name>amends::cli::Render</name>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="14"/>
        <source>Output format: text (default) or html.</source>
        <translation>Formato de salida: text (predeterminado) o html.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="17"/>
        <source>The draft (.amends) to render.</source>
        <translation>El borrador (.amends) que se mostrará.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="19"/>
        <source>Print the composed letter of a draft on standard output.</source>
        <translation>Mostrar en la salida estándar la carta compuesta de un borrador.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="24"/>
        <source>unknown format &quot;%1&quot;; use text or html.</source>
        <translation>formato desconocido &quot;%1&quot;; use text o html.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="26"/>
        <source>&apos;render&apos; needs exactly one DRAFT.</source>
        <translation>&apos;render&apos; necesita exactamente un DRAFT.</translation>
    </message>
</context>
<context>
    <name>amends::cli::Report</name>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="31"/>
        <source>Where to write the report.</source>
        <translation>Dónde escribir el reporte.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="32"/>
        <source>Report as an HTML page (default) or as JSON.</source>
        <translation>Reporte como página HTML (predeterminado) o como JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="36"/>
        <source>A folder of drafts (.amends) and text letters (.txt).</source>
        <translation>Una carpeta de borradores (.amends) y cartas de texto (.txt).</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="47"/>
        <source>unknown format &quot;%1&quot;; use html or json.</source>
        <translation>formato desconocido &quot;%1&quot;; use html o json.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="38"/>
        <source>Check every letter in a folder and write one report: each letter&apos;s status, score, findings by category and missing parts, and a chart of findings across the folder.
Settings, in rising order: the built-in rules, the application&apos;s settings, the nearest .amends.json project file in the letter&apos;s folder or above, the command line (--no-config: the built-in rules and the command line only).
Exit status: 0 report written (whatever the letters&apos; findings), 2 bad usage, unreadable input or unwritable report.</source>
        <translation>Verificar todas las cartas de una carpeta y escribir un solo reporte: el estado, la puntuación, las observaciones por categoría y las partes que faltan de cada carta, y un gráfico de las observaciones de toda la carpeta.
Configuración, de menor a mayor prioridad: las reglas integradas, la configuración de la aplicación, el archivo de proyecto .amends.json más cercano (en la carpeta de la carta o en una superior) y la línea de comandos (--no-config: solo las reglas integradas y la línea de comandos).
Código de salida: 0 reporte escrito (sean cuales sean las observaciones de las cartas), 2 uso incorrecto, entrada ilegible o reporte que no se pudo escribir.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="52"/>
        <source>&apos;report&apos; needs exactly one folder.</source>
        <translation>&apos;report&apos; necesita exactamente una carpeta.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="55"/>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>&quot;%1&quot; no es una carpeta.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="58"/>
        <source>&apos;report&apos; needs -o OUT, the file to write.</source>
        <translation>&apos;report&apos; necesita -o OUT, el archivo que se escribirá.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="60"/>
        <source>cannot write &quot;%1&quot;: its folder does not exist.</source>
        <translation>no se puede escribir &quot;%1&quot;: su carpeta no existe.</translation>
    </message>
</context>
<context>
    <name>amends::cli::Rules</name>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="30"/>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="32"/>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="34"/>
        <source>Bad:</source>
        <translation>Mal:</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="36"/>
        <source>Good:</source>
        <translation>Bien:</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="45"/>
        <source>Language of the rules (default en).</source>
        <translation>Idioma de las reglas (predeterminado: en).</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="46"/>
        <source>Also list a house rule pack (repeatable).</source>
        <translation>Listar también un paquete de reglas de la empresa (se puede repetir).</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="48"/>
        <source>Only rules whose id, category or text contains this.</source>
        <translation>Solo las reglas cuyo id, categoría o texto contenga esto.</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="49"/>
        <source>List every rule with its category, why it matters, its source and examples.</source>
        <translation>Listar todas las reglas con su categoría, por qué importan, su fuente y ejemplos.</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="54"/>
        <source>&quot;%1&quot; is not a language such as en-US.</source>
        <translation>&quot;%1&quot; no es un idioma como en-US.</translation>
    </message>
</context>
<context>
    <name>amends::cli::Scenarios</name>
    <message>
        <location filename="../app/cli/scenarioscommand.cpp" line="14"/>
        <source>Only scenarios for this language.</source>
        <translation>Solo los escenarios de este idioma.</translation>
    </message>
    <message>
        <location filename="../app/cli/scenarioscommand.cpp" line="17"/>
        <source>List the scenario templates: id, language, title and summary.</source>
        <translation>Listar las plantillas de escenario: id, idioma, título y resumen.</translation>
    </message>
</context>
<context>
    <name>amends::cli::Spell</name>
    <message>
        <location filename="../app/cli/spellcommand.cpp" line="65"/>
        <source>no dictionary at &quot;%1&quot; (it needs a .aff and a .dic file).</source>
        <translation>no hay ningún diccionario en &quot;%1&quot; (se necesitan un archivo .aff y uno .dic).</translation>
    </message>
    <message>
        <location filename="../app/cli/spellcommand.cpp" line="70"/>
        <source>&quot;%1&quot; is not a language such as en-US.</source>
        <translation>&quot;%1&quot; no es un idioma como en-US.</translation>
    </message>
    <message>
        <location filename="../app/cli/spellcommand.cpp" line="76"/>
        <source>no spelling dictionary for %1; install one (e.g. hunspell-%2) or pass --dictionary. Searched: %3</source>
        <translation>no hay ningún diccionario ortográfico para %1; instale uno (p. ej., hunspell-%2) o indique --dictionary. Se buscó en: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/spellcommand.cpp" line="95"/>
        <source>a letter</source>
        <translation>una carta</translation>
    </message>
    <message>
        <location filename="../app/cli/spellcommand.cpp" line="139"/>
        <source>The dictionary of language CODE, e.g. en-US.</source>
        <translation>El diccionario del idioma CODE, p. ej., en-US.</translation>
    </message>
    <message>
        <location filename="../app/cli/spellcommand.cpp" line="142"/>
        <source>A Hunspell dictionary: the path of its .dic or .aff file.</source>
        <translation>Un diccionario Hunspell: la ruta de su archivo .dic o .aff.</translation>
    </message>
    <message>
        <location filename="../app/cli/spellcommand.cpp" line="145"/>
        <source>Print only the misspelled words, one per line, as hunspell -l does.</source>
        <translation>Mostrar solo las palabras mal escritas, una por línea, como hunspell -l.</translation>
    </message>
    <message>
        <location filename="../app/cli/spellcommand.cpp" line="147"/>
        <source>Drafts (.amends) or text letters; - or none for standard input.</source>
        <translation>Borradores (.amends) o cartas de texto; - o nada para la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli/spellcommand.cpp" line="150"/>
        <source>Check the spelling of letters: the FILEs named (a draft&apos;s composed letter, a text letter) or standard input. Prints LINE:COLUMN: WORD: SUGGESTIONS for each misspelled word (FILE:LINE:COLUMN: ... when FILEs are named), or with --list only the words. Numbers, codes, addresses, URLs and {placeholders} are not checked.</source>
        <translation>Verificar la ortografía de cartas: los archivos FILE indicados (la carta compuesta de un borrador, una carta de texto) o la entrada estándar. Muestra LINE:COLUMN: WORD: SUGGESTIONS por cada palabra mal escrita (FILE:LINE:COLUMN: ... si se indican archivos FILE) o, con --list, solo las palabras. No se verifican números, códigos, direcciones, URL ni {marcadores}.</translation>
    </message>
    <message>
        <location filename="../app/cli/spellcommand.cpp" line="156"/>
        <source>&apos;spell&apos; needs either --lang CODE or --dictionary PATH.</source>
        <translation>&apos;spell&apos; necesita --lang CODE o bien --dictionary PATH.</translation>
    </message>
</context>
<context>
    <name>amends::core::ApologyScore</name>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="20"/>
        <source>Say sorry plainly in the first paragraph.</source>
        <translation>Pida disculpas con claridad en el primer párrafo.</translation>
    </message>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="21"/>
        <source>Say that the mistake was ours.</source>
        <translation>Diga que el error fue nuestro.</translation>
    </message>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="22"/>
        <source>Explain in plain words what went wrong.</source>
        <translation>Explique con palabras sencillas qué salió mal.</translation>
    </message>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="23"/>
        <source>Say what we did to put it right, with the amount and the date.</source>
        <translation>Diga qué hicimos para solucionarlo, con el monto y la fecha.</translation>
    </message>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="24"/>
        <source>Say what changes so it does not happen again.</source>
        <translation>Diga qué cambia para que no vuelva a ocurrir.</translation>
    </message>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="25"/>
        <source>Give a named person, a phone number or email, and the follow-up date.</source>
        <translation>Indique el nombre de una persona, un teléfono o correo electrónico y la fecha de seguimiento.</translation>
    </message>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="34"/>
        <source>The apology score (0 to 100) gives up to 70 points for the six parts a letter covers, weighted as readers value them (Lewicki, Polin &amp; Lount 2016): responsibility %1, remedy %2, regret %3, explanation %4, improvement %5, contact %6. A part counts only when it does its job: &quot;sorry if you feel&quot; is no regret, blaming a supplier owns nothing. Findings take away up to 30 points: %7 for an error, %8 for a warning, %9 for a suggestion. Asking for forgiveness neither earns nor costs anything. A letter with an error-level finding, which must not be sent as it is, scores at most %10.</source>
        <translation>La puntuación de la disculpa (de 0 a 100) da hasta 70 puntos por las seis partes que cubre una carta, ponderadas según el valor que les dan los lectores (Lewicki, Polin &amp; Lount 2016): responsabilidad %1, solución %2, disculpa %3, explicación %4, mejora %5, contacto %6. Una parte solo cuenta si cumple su función: &quot;sorry if you feel&quot; no es una disculpa, y culpar a un proveedor no es asumir nada. Las observaciones restan hasta 30 puntos: %7 por un error, %8 por una advertencia, %9 por una sugerencia. Pedir perdón no suma ni resta nada. Una carta con una observación de nivel error, que no debe enviarse tal como está, obtiene como máximo %10.</translation>
    </message>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="114"/>
        <source>Fix: %1</source>
        <translation>Corregir: %1</translation>
    </message>
</context>
<context>
    <name>amends::core::DisplayNames</name>
    <message>
        <location filename="../app/core/displaynames.cpp" line="21"/>
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="22"/>
        <source>Non-apology</source>
        <translation>Falsa disculpa</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="23"/>
        <source>Blame-shifting</source>
        <translation>Culpar a otros</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="24"/>
        <source>Defensive</source>
        <translation>A la defensiva</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="25"/>
        <source>Hides who erred</source>
        <translation>Oculta quién se equivocó</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="26"/>
        <source>Jargon</source>
        <translation>Jerga</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="27"/>
        <source>Cliché or wordy</source>
        <translation>Cliché o palabrería</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="28"/>
        <source>Missing part</source>
        <translation>Parte faltante</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="29"/>
        <source>Unfilled</source>
        <translation>Sin completar</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="30"/>
        <source>Personal touch</source>
        <translation>Toque personal</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="31"/>
        <source>Readability</source>
        <translation>Legibilidad</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="32"/>
        <source>Length</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="33"/>
        <source>Promptness</source>
        <translation>Prontitud</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="34"/>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="35"/>
        <source>Facts of the case</source>
        <translation>Hechos del caso</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="44"/>
        <source>Regret</source>
        <translation>Disculpa</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="45"/>
        <source>Responsibility</source>
        <translation>Responsabilidad</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="46"/>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="47"/>
        <source>Remedy</source>
        <translation>Solución</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="48"/>
        <source>Improvement</source>
        <translation>Mejora</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="49"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="58"/>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="59"/>
        <source>Address them as</source>
        <translation>Saludar como</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="60"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="61"/>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="62"/>
        <source>Case reference</source>
        <translation>Referencia del caso</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="63"/>
        <source>Invoice number</source>
        <translation>Número de factura</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="64"/>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="65"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="66"/>
        <source>Amount charged</source>
        <translation>Monto cobrado</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="67"/>
        <source>Correct amount</source>
        <translation>Monto correcto</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="68"/>
        <source>Refund or credit</source>
        <translation>Reembolso o bonificación</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="69"/>
        <source>Complaint received</source>
        <translation>Fecha de la queja</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="70"/>
        <source>Letter date</source>
        <translation>Fecha de la carta</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="71"/>
        <source>Follow-up on</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="72"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="73"/>
        <source>Your title</source>
        <translation>Su puesto</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="74"/>
        <source>Your phone</source>
        <translation>Su teléfono</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="75"/>
        <source>Your email</source>
        <translation>Su correo electrónico</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="76"/>
        <source>Company name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="77"/>
        <source>Company address</source>
        <translation>Dirección de la empresa</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="78"/>
        <source>Company phone</source>
        <translation>Teléfono de la empresa</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="79"/>
        <source>Company email</source>
        <translation>Correo de la empresa</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="92"/>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="98"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="99"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="100"/>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
</context>
<context>
    <name>amends::core::DraftFile</name>
    <message>
        <location filename="../app/core/draftfile.cpp" line="42"/>
        <source>&quot;%1&quot; should be text.</source>
        <translation>&quot;%1&quot; debería ser texto.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="54"/>
        <source>&quot;%1&quot; should be a group of values.</source>
        <translation>&quot;%1&quot; debería ser un grupo de valores.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="64"/>
        <source>&quot;%1&quot; should be a list.</source>
        <translation>&quot;%1&quot; debería ser una lista.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="75"/>
        <source>&quot;%1&quot; should be a date and time.</source>
        <translation>&quot;%1&quot; debería ser una fecha y hora.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="127"/>
        <source>Unknown review status &quot;%1&quot;.</source>
        <translation>Estado de revisión desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="143"/>
        <source>Unknown section &quot;%1&quot; in a comment.</source>
        <translation>Sección desconocida &quot;%1&quot; en un comentario.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="158"/>
        <source>A review comment is not a group of values.</source>
        <translation>Un comentario de revisión no es un grupo de valores.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="255"/>
        <source>This is not an Amends draft (its &quot;format&quot; is not &quot;amends-draft&quot;).</source>
        <translation>Esto no es un borrador de Amends (su &quot;format&quot; no es &quot;amends-draft&quot;).</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="258"/>
        <source>The draft has no valid format version.</source>
        <translation>El borrador no tiene una versión de formato válida.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="262"/>
        <source>The draft&apos;s format version (%1) is not a version number: it should be a whole number such as %2.</source>
        <translation>La versión de formato del borrador (%1) no es un número de versión: debería ser un número entero, como %2.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="268"/>
        <source>This draft was saved by a newer version of Amends (format version %1; this version reads up to %2). Please update Amends to open it.</source>
        <translation>Este borrador se guardó con una versión más reciente de Amends (versión de formato %1; esta versión lee hasta la %2). Actualice Amends para abrirlo.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="273"/>
        <source>Format version %1 of this draft cannot be converted.</source>
        <translation>No se puede convertir la versión de formato %1 de este borrador.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="281"/>
        <source>&quot;%1&quot; is not a language such as en-US.</source>
        <translation>&quot;%1&quot; no es un idioma como en-US.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="303"/>
        <source>The draft is damaged: %1</source>
        <translation>El borrador está dañado: %1</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="313"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="314"/>
        <source>The file is not a readable draft: it is cut short or damaged (%1 at byte %2).</source>
        <translation>El archivo no es un borrador legible: está incompleto o dañado (%1 en el byte %2).</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="319"/>
        <source>This is not an Amends draft.</source>
        <translation>Esto no es un borrador de Amends.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="326"/>
        <source>a draft</source>
        <translation>un borrador</translation>
    </message>
    <message>
        <location filename="../app/core/atomicfile.cpp" line="76"/>
        <location filename="../app/core/atomicfile.cpp" line="84"/>
        <location filename="../app/core/atomicfile.cpp" line="89"/>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>No se puede escribir &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <location filename="../app/core/atomicfile.cpp" line="83"/>
        <source>Cannot save &quot;%1&quot;: %2. The previous version is unchanged.</source>
        <translation>No se puede guardar &quot;%1&quot;: %2. La versión anterior no se modificó.</translation>
    </message>
</context>
<context>
    <name>amends::core::FactChecks</name>
    <message>
        <location filename="../app/core/factchecks.cpp" line="113"/>
        <location filename="../app/core/factchecks.cpp" line="251"/>
        <source>refund</source>
        <translation>reembolso</translation>
    </message>
    <message>
        <location filename="../app/core/factchecks.cpp" line="115"/>
        <location filename="../app/core/factchecks.cpp" line="223"/>
        <location filename="../app/core/factchecks.cpp" line="224"/>
        <source>amount charged</source>
        <translation>monto cobrado</translation>
    </message>
    <message>
        <location filename="../app/core/factchecks.cpp" line="117"/>
        <location filename="../app/core/factchecks.cpp" line="222"/>
        <location filename="../app/core/factchecks.cpp" line="225"/>
        <source>correct amount</source>
        <translation>monto correcto</translation>
    </message>
    <message>
        <location filename="../app/core/factchecks.cpp" line="119"/>
        <source>overcharge</source>
        <translation>monto cobrado de más</translation>
    </message>
</context>
<context>
    <name>amends::core::Fields</name>
    <message>
        <location filename="../app/core/fields.cpp" line="130"/>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1 es demasiado largo (%2 caracteres; máximo %3).</translation>
    </message>
    <message>
        <location filename="../app/core/fields.cpp" line="137"/>
        <source>%1 must be a plain decimal amount such as 120.00 (got &quot;%2&quot;).</source>
        <translation>%1 debe ser un monto decimal simple, como 120.00 (se recibió &quot;%2&quot;).</translation>
    </message>
    <message>
        <location filename="../app/core/fields.cpp" line="143"/>
        <source>%1 must be a three-letter currency code such as USD or EUR (got &quot;%2&quot;).</source>
        <translation>%1 debe ser un código de moneda de tres letras, como MXN o USD (se recibió &quot;%2&quot;).</translation>
    </message>
    <message>
        <location filename="../app/core/fields.cpp" line="148"/>
        <source>%1 must be a date written as YYYY-MM-DD (got &quot;%2&quot;).</source>
        <translation>%1 debe ser una fecha con el formato AAAA-MM-DD (se recibió &quot;%2&quot;).</translation>
    </message>
    <message>
        <location filename="../app/core/fields.cpp" line="153"/>
        <source>%1 must be an email address such as name@example.com (got &quot;%2&quot;).</source>
        <translation>%1 debe ser una dirección de correo electrónico, como nombre@example.com (se recibió &quot;%2&quot;).</translation>
    </message>
    <message>
        <location filename="../app/core/fields.cpp" line="167"/>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Campo desconocido: &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>amends::core::LetterSize</name>
    <message>
        <location filename="../app/core/lettersize.cpp" line="26"/>
        <source>The letter is too large: the limit for a letter is %1 of text.</source>
        <translation>La carta es demasiado grande: el límite para una carta es de %1 de texto.</translation>
    </message>
    <message>
        <location filename="../app/core/lettersize.cpp" line="28"/>
        <source>&quot;%1&quot; is too large for a letter: the limit is %2 of text.</source>
        <translation>&quot;%1&quot; es demasiado grande para una carta: el límite es de %2 de texto.</translation>
    </message>
</context>
<context>
    <name>amends::core::PersonalDictionary</name>
    <message>
        <location filename="../app/core/personaldictionary.cpp" line="34"/>
        <source>Cannot read the personal dictionary &quot;%1&quot;.</source>
        <translation>No se puede leer el diccionario personal &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/personaldictionary.cpp" line="73"/>
        <source>&quot;%1&quot; cannot be added: a dictionary entry is one word.</source>
        <translation>No se puede agregar &quot;%1&quot;: cada entrada del diccionario es una sola palabra.</translation>
    </message>
    <message>
        <location filename="../app/core/personaldictionary.cpp" line="99"/>
        <source>Cannot create the folder for &quot;%1&quot;.</source>
        <translation>No se puede crear la carpeta para &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>amends::core::PhrasePattern</name>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="258"/>
        <source>the pattern is %1 characters long; the limit is %2</source>
        <translation>el patrón tiene %1 caracteres; el límite es %2</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="264"/>
        <location filename="../app/core/phrasepattern.cpp" line="451"/>
        <source>unexpected &quot;%1&quot; at position %2</source>
        <translation>&quot;%1&quot; inesperado en la posición %2</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="302"/>
        <source>empty alternative at position %1</source>
        <translation>alternativa vacía en la posición %1</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="311"/>
        <source>groups nested more than %1 deep at position %2</source>
        <translation>grupos anidados en más de %1 niveles en la posición %2</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="326"/>
        <source>missing &quot;%1&quot;</source>
        <translation>falta &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="345"/>
        <source>&quot;?&quot; right after a group at position %1 asks for a question, it does not make the group optional: write [words] for optional words</source>
        <translation>&quot;?&quot; justo después de un grupo en la posición %1 pide una pregunta; no vuelve opcional el grupo: escriba [palabras] para palabras opcionales</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="366"/>
        <location filename="../app/core/phrasepattern.cpp" line="377"/>
        <source>&quot;!&quot; must be followed by words</source>
        <translation>&quot;!&quot; debe ir seguido de palabras</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="395"/>
        <source>missing &quot;}&quot;</source>
        <translation>falta &quot;}&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="405"/>
        <source>unknown word list {%1}</source>
        <translation>lista de palabras desconocida {%1}</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="409"/>
        <source>word lists nested too deeply at {%1}</source>
        <translation>listas de palabras anidadas a demasiada profundidad en {%1}</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="417"/>
        <source>word list {%1} expands to more than %2 alternatives</source>
        <translation>la lista de palabras {%1} genera más de %2 alternativas</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="434"/>
        <source>in {%1} entry &quot;%2&quot;: %3</source>
        <translation>en {%1}, entrada &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="871"/>
        <source>a pattern can match at most %1 words</source>
        <translation>un patrón puede coincidir con %1 palabras como máximo</translation>
    </message>
</context>
<context>
    <name>amends::core::Readiness</name>
    <message>
        <location filename="../app/core/readiness.cpp" line="24"/>
        <source>“%1” is still empty, so the letter shows {%2}.</source>
        <translation>El campo “%1” sigue vacío, así que la carta muestra {%2}.</translation>
    </message>
    <message>
        <location filename="../app/core/readiness.cpp" line="26"/>
        <source>The placeholder {%1} does not name any field.</source>
        <translation>El marcador {%1} no corresponde a ningún campo.</translation>
    </message>
    <message>
        <location filename="../app/core/readiness.cpp" line="29"/>
        <source>“%1” is still empty: fill it in on the case page.</source>
        <translation>El campo “%1” sigue vacío: complételo en la página Datos del caso.</translation>
    </message>
</context>
<context>
    <name>amends::core::ReviewWorkflow</name>
    <message>
        <location filename="../app/core/reviewworkflow.cpp" line="75"/>
        <source>A letter that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>Una carta en estado &quot;%1&quot; no puede pasar a &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/reviewworkflow.cpp" line="86"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../app/core/reviewworkflow.cpp" line="87"/>
        <source>Ready for review</source>
        <translation>Lista para revisión</translation>
    </message>
    <message>
        <location filename="../app/core/reviewworkflow.cpp" line="88"/>
        <source>Changes requested</source>
        <translation>Cambios solicitados</translation>
    </message>
    <message>
        <location filename="../app/core/reviewworkflow.cpp" line="89"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
</context>
<context>
    <name>amends::core::RuleSet</name>
    <message>
        <location filename="../app/core/ruleset.cpp" line="117"/>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="118"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="119"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="120"/>
        <source>a list of texts</source>
        <translation>una lista de textos</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="121"/>
        <source>a group of keys</source>
        <translation>un grupo de claves</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="122"/>
        <source>a list of groups of keys</source>
        <translation>una lista de grupos de claves</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="123"/>
        <source>a group of lists of texts</source>
        <translation>un grupo de listas de textos</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="124"/>
        <source>a group of texts or lists of texts</source>
        <translation>un grupo de textos o listas de textos</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="137"/>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1: clave desconocida &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="140"/>
        <source>%1: &quot;%2&quot; should be %3</source>
        <translation>%1: &quot;%2&quot; debería ser %3</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="226"/>
        <source>a rule pack</source>
        <translation>un paquete de reglas</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="235"/>
        <source>%1: not an Amends rule pack (%2)</source>
        <translation>%1: no es un paquete de reglas de Amends (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="236"/>
        <source>wrong format</source>
        <translation>formato incorrecto</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="240"/>
        <source>%1: unsupported rule pack version</source>
        <translation>%1: versión de paquete de reglas no compatible</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="276"/>
        <source>%1: &quot;disable&quot; names &quot;%2&quot;, which is no rule</source>
        <translation>%1: &quot;disable&quot; menciona &quot;%2&quot;, que no es ninguna regla</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="350"/>
        <source>%1: contraction &quot;%2&quot;: its readings must be words, as many in each</source>
        <translation>%1: contracción &quot;%2&quot;: sus lecturas deben ser palabras, la misma cantidad en cada una</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="366"/>
        <source>%1: pattern &quot;%2&quot;: %3</source>
        <translation>%1: patrón &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="380"/>
        <source>%1: regular expression &quot;%2&quot;: %3</source>
        <translation>%1: expresión regular &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="391"/>
        <location filename="../app/core/ruleset.cpp" line="397"/>
        <source>%1: unknown section &quot;%2&quot;</source>
        <translation>%1: sección desconocida &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="437"/>
        <source>%1: a rule needs an id, a known category and a severity (error, warning, suggestion)</source>
        <translation>%1: una regla necesita un id, una categoría conocida y una gravedad (error, warning, suggestion)</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="441"/>
        <source>%1: the id is used twice</source>
        <translation>%1: el id se usa dos veces</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="457"/>
        <source>%1: a rule needs a message and at least one pattern</source>
        <translation>%1: una regla necesita un mensaje y al menos un patrón</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="513"/>
        <source>No rules for the language &quot;%1&quot;.</source>
        <translation>No hay reglas para el idioma &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/rulesetcodec.cpp" line="193"/>
        <source>not a compiled rule set of this version</source>
        <translation>no es un conjunto de reglas compilado de esta versión</translation>
    </message>
    <message>
        <location filename="../app/core/rulesetcodec.cpp" line="198"/>
        <source>the compiled rule set is cut short</source>
        <translation>el conjunto de reglas compilado está incompleto</translation>
    </message>
    <message>
        <location filename="../app/core/rulesetcodec.cpp" line="202"/>
        <source>the compiled rule set was made from other rule packs</source>
        <translation>el conjunto de reglas compilado se hizo a partir de otros paquetes de reglas</translation>
    </message>
    <message>
        <location filename="../app/core/rulesetcodec.cpp" line="208"/>
        <source>the compiled rule set is damaged</source>
        <translation>el conjunto de reglas compilado está dañado</translation>
    </message>
    <message>
        <location filename="../app/core/rulesetcodec.cpp" line="236"/>
        <source>the compiled rule set is malformed</source>
        <translation>el conjunto de reglas compilado está mal formado</translation>
    </message>
</context>
<context>
    <name>amends::core::Scenario</name>
    <message>
        <location filename="../app/core/scenario.cpp" line="29"/>
        <source>not valid JSON (%1)</source>
        <translation>JSON no válido (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/scenario.cpp" line="33"/>
        <source>not an Amends scenario of version 1</source>
        <translation>no es un escenario de Amends de la versión 1</translation>
    </message>
    <message>
        <location filename="../app/core/scenario.cpp" line="44"/>
        <source>id, title or language missing</source>
        <translation>falta el id, el título o el idioma</translation>
    </message>
    <message>
        <location filename="../app/core/scenario.cpp" line="53"/>
        <source>section &quot;%1&quot; has no text</source>
        <translation>la sección &quot;%1&quot; no tiene texto</translation>
    </message>
    <message>
        <location filename="../app/core/scenario.cpp" line="86"/>
        <source>it declares the language &quot;%1&quot; but is in the folder &quot;%2&quot;</source>
        <translation>declara el idioma &quot;%1&quot;, pero está en la carpeta &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>amends::core::SpellCheck</name>
    <message>
        <location filename="../app/core/spellcheck.cpp" line="118"/>
        <source>“%1” is not in the dictionary.</source>
        <translation>“%1” no está en el diccionario.</translation>
    </message>
    <message>
        <location filename="../app/core/spellcheck.cpp" line="119"/>
        <source>A spelling mistake makes a letter look careless, and a careless apology reads as an insincere one. Correct the word, or add it to your dictionary if it is a name or a term you use.</source>
        <translation>Una falta de ortografía hace que la carta parezca descuidada, y una disculpa descuidada suena poco sincera. Corrija la palabra o agréguela a su diccionario si es un nombre o un término que usa.</translation>
    </message>
</context>
<context>
    <name>amends::core::StructureRules</name>
    <message>
        <location filename="../app/core/structurerules.cpp" line="28"/>
        <source>The letter never says sorry.</source>
        <translation>La carta nunca pide disculpas.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="29"/>
        <source>An explicit &quot;I am sorry&quot; is one of the elements that independently improve how an apology is received. Without it the letter reads as a notice, not an apology.</source>
        <translation>Un &quot;I am sorry&quot; explícito es uno de los elementos que, por sí solos, mejoran la forma en que se recibe una disculpa. Sin él, la carta parece un aviso, no una disculpa.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="31"/>
        <source>The letter does not say the mistake was ours.</source>
        <translation>La carta no dice que el error fue nuestro.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="32"/>
        <source>Acknowledging responsibility is the single most effective part of an apology: readers weigh it above every other element.</source>
        <translation>Reconocer la responsabilidad es la parte más eficaz de una disculpa: los lectores la valoran por encima de cualquier otro elemento.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="34"/>
        <source>The letter does not explain what went wrong.</source>
        <translation>La carta no explica qué salió mal.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="35"/>
        <source>A short, plain explanation shows the customer the problem is understood; it ranks with regret and the promise of change in effect.</source>
        <translation>Una explicación breve y sencilla le demuestra al cliente que se entendió el problema; su efecto está a la par del de la disculpa y la promesa de cambio.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="37"/>
        <source>The letter does not say how we put it right.</source>
        <translation>La carta no dice cómo lo solucionamos.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="38"/>
        <source>An offer of repair is the second most important part of an apology. Say what was refunded, credited or corrected.</source>
        <translation>La oferta de reparación es la segunda parte más importante de una disculpa. Diga qué se reembolsó, se bonificó o se corrigió.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="40"/>
        <source>The letter does not say what changes so it will not happen again.</source>
        <translation>La carta no dice qué cambia para que no vuelva a ocurrir.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="41"/>
        <source>A promise of forbearance (it will not happen again) independently improves how an apology is received.</source>
        <translation>La promesa de que no volverá a ocurrir mejora, por sí sola, la forma en que se recibe una disculpa.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="43"/>
        <source>The letter gives no one to contact.</source>
        <translation>La carta no indica a quién contactar.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="44"/>
        <source>A named person and a direct way to reach them, with a promised follow-up, spare the customer from starting over.</source>
        <translation>Una persona con nombre y una forma directa de contactarla, con un seguimiento prometido, evitan que el cliente tenga que empezar de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="68"/>
        <source>This sentence reads as an apology that does not own what we did.</source>
        <translation>Esta frase parece una disculpa que no asume lo que hicimos.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="69"/>
        <source>It seems to apologise for the customer&apos;s feelings, to make the apology depend on them, or to let no one in particular apologise. Say plainly who is sorry and for what: “I am sorry we charged you twice.”</source>
        <translation>Parece disculparse por los sentimientos del cliente, hacer que la disculpa dependa de él o no tener a nadie en concreto que se disculpe. Diga con claridad quién lo lamenta y por qué: “Lamento que le hayamos cobrado dos veces.”</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="71"/>
        <source>This sentence reads as putting the fault on someone other than us.</source>
        <translation>Esta frase parece echarle la culpa a alguien que no somos nosotros.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="72"/>
        <source>It seems to point at the customer, a bank, a partner or a machine. Customers hear an excuse; say what we did, with “we” as the subject: “We took the payment twice.”</source>
        <translation>Parece señalar al cliente, a un banco, a un socio o a una máquina. El cliente oye una excusa; diga lo que hicimos, con “nosotros” como sujeto: “Cobramos el pago dos veces.”</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="74"/>
        <source>This sentence reads as defending us rather than putting things right.</source>
        <translation>Esta frase parece defendernos en lugar de arreglar las cosas.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="75"/>
        <source>It seems to quote rules, recall earlier messages, deny, play the problem down or tell the customer what to do or feel. That puts them on the other side; say what we are doing for them instead.</source>
        <translation>Parece citar normas, recordar mensajes anteriores, negar, restar importancia al problema o decirle al cliente qué hacer o sentir. Eso lo pone en el bando contrario; diga en cambio lo que estamos haciendo por él.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="77"/>
        <source>This sentence hides who did it.</source>
        <translation>Esta frase oculta quién lo hizo.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="78"/>
        <source>With no one doing the action, the letter sounds evasive. Name who acted: “We charged you…”, “I have refunded…”</source>
        <translation>Si nadie realiza la acción, la carta suena evasiva. Nombre a quien actuó: “Le cobramos…”, “Le he reembolsado…”</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="80"/>
        <source>This sentence may use words the customer does not use.</source>
        <translation>Esta frase puede usar palabras que el cliente no usa.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="81"/>
        <source>Internal, technical or trade words make the customer work to understand what happened. Say it in everyday words.</source>
        <translation>Las palabras internas, técnicas o del oficio obligan al cliente a esforzarse para entender qué pasó. Dígalo con palabras de todos los días.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="83"/>
        <source>This sentence reads as stock business phrasing.</source>
        <translation>Esta frase suena a fórmula comercial hecha.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="84"/>
        <source>Set phrases make the letter sound like a template. Write it the way you would say it to the customer.</source>
        <translation>Las frases hechas hacen que la carta suene a plantilla. Escríbala como se lo diría al cliente.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="86"/>
        <source>The tone of this sentence may grate.</source>
        <translation>El tono de esta frase puede molestar.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="87"/>
        <source>Exclamation marks, sarcasm, over-familiarity, emoji or “to be honest” undercut an apology. Keep it calm and plain.</source>
        <translation>Los signos de exclamación, el sarcasmo, el exceso de confianza, los emojis o “para ser sincero” restan fuerza a una disculpa. Manténgala serena y sencilla.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="95"/>
        <source>Amends&apos; sentence model, trained on hand-labelled letters and sentences</source>
        <translation>Modelo de frases de Amends, entrenado con cartas y frases etiquetadas a mano</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="106"/>
        <source>The apology comes late: say sorry in the opening paragraph.</source>
        <translation>La disculpa llega tarde: pida disculpas en el primer párrafo.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="107"/>
        <source>Readers judge an apology in its first lines; one buried after explanations reads like an afterthought. Timing matters for satisfaction.</source>
        <translation>Los lectores juzgan una disculpa por sus primeras líneas; si queda enterrada tras las explicaciones, parece un añadido de último momento. El momento influye en la satisfacción.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="111"/>
        <source>The remedy gives no amount or date.</source>
        <translation>La solución no indica monto ni fecha.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="112"/>
        <source>A concrete repair (how much, by when) is what makes an offer of repair credible; a vague promise invites a second complaint.</source>
        <translation>Una reparación concreta (cuánto y para cuándo) es lo que hace creíble la oferta; una promesa vaga invita a una segunda queja.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="115"/>
        <source>The contact part gives no phone number, email address or named person.</source>
        <translation>La parte de contacto no da un teléfono, un correo electrónico ni el nombre de una persona.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="116"/>
        <source>Without a direct channel the customer has to start over with someone new; a named person with a number or address shows ownership.</source>
        <translation>Sin un canal directo, el cliente tiene que empezar de cero con otra persona; una persona con nombre y un teléfono o una dirección demuestran que alguien se hace cargo.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="120"/>
        <source>“%1” is still empty: fill it in on the case page.</source>
        <translation>El campo “%1” sigue vacío: complételo en la página Datos del caso.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="121"/>
        <source>A letter with an empty field goes out with a blank or a placeholder; helpdesk macros send such letters every day.</source>
        <translation>Una carta con un campo vacío sale con un hueco o un marcador; las macros de los centros de atención envían cartas así todos los días.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="123"/>
        <source>The letter never uses the customer&apos;s name.</source>
        <translation>La carta nunca usa el nombre del cliente.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="124"/>
        <source>Addressing the customer by name shows the letter was written for them, not sent from a template.</source>
        <translation>Dirigirse al cliente por su nombre demuestra que la carta se escribió para él y no salió de una plantilla.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="126"/>
        <source>&quot;%1&quot; is a generic greeting: use the customer&apos;s name.</source>
        <translation>&quot;%1&quot; es un saludo genérico: use el nombre del cliente.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="127"/>
        <source>A generic greeting tells the customer they are one of many; it undercuts the sincerity of everything that follows.</source>
        <translation>Un saludo genérico le dice al cliente que es uno más; le resta sinceridad a todo lo que sigue.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="129"/>
        <source>The letter is hard to read (reading ease %1; aim for %2 to %3).</source>
        <translation>La carta es difícil de leer (facilidad de lectura: %1; lo ideal es de %2 a %3).</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="130"/>
        <source>Plain letters are understood and believed. Standard documents aim for a Flesch Reading Ease of 60–70; notices at least 50–60. Use shorter sentences and everyday words.</source>
        <translation>Las cartas en lenguaje claro se entienden y se creen. Los documentos habituales buscan un índice de facilidad de lectura de Flesch de 60–70; los avisos, al menos 50–60. Use oraciones más cortas y palabras cotidianas.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="134"/>
        <source>This sentence has %1 words; keep sentences under about 20.</source>
        <translation>Esta oración tiene %1 palabras; procure que no pasen de unas 20.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="135"/>
        <source>Long sentences hide the point. Plain-language guides keep sentences under about 20 words.</source>
        <translation>Las oraciones largas esconden lo esencial. Las guías de lenguaje claro recomiendan oraciones de menos de unas 20 palabras.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="139"/>
        <source>The letter is very short (%1 words): it cannot cover all six parts.</source>
        <translation>La carta es muy corta (%1 palabras): no puede cubrir las seis partes.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="140"/>
        <source>A few lines cannot say sorry, own the mistake, explain it, put it right, promise change and give a contact.</source>
        <translation>En pocas líneas no se puede pedir disculpas, asumir el error, explicarlo, solucionarlo, prometer cambios y dar un contacto.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="142"/>
        <source>The letter is very long (%1 words): customers may not read it all.</source>
        <translation>La carta es muy larga (%1 palabras): puede que el cliente no la lea completa.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="143"/>
        <source>Over-long apologies bury the remedy and read as defensive; keep to what the customer needs.</source>
        <translation>Las disculpas demasiado largas entierran la solución y suenan a la defensiva; limítese a lo que el cliente necesita.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="145"/>
        <source>The letter is dated %1 business days after the complaint; aim for one or two.</source>
        <translation>La carta tiene fecha %1 días hábiles después de la queja; lo ideal es uno o dos.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="146"/>
        <source>A late apology lowers satisfaction; practice is to apologise within 24–48 hours of the complaint.</source>
        <translation>Una disculpa tardía reduce la satisfacción; lo habitual es disculparse en las 24–48 horas siguientes a la queja.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="149"/>
        <source>The letter apologises %1 times; once or twice carries more weight.</source>
        <translation>La carta pide disculpas %1 veces; una o dos tienen más peso.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="150"/>
        <source>Repeated apologies cheapen each other and can sound anxious or formulaic. Say sorry clearly once, then fix the problem.</source>
        <translation>Las disculpas repetidas pierden valor y pueden sonar ansiosas o de fórmula. Pida disculpas con claridad una vez y después resuelva el problema.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="153"/>
        <source>Words in capitals read as shouting.</source>
        <translation>Las palabras en mayúsculas se leen como gritos.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="154"/>
        <source>Capitals in a letter feel like raised voices, the opposite of an apology&apos;s tone.</source>
        <translation>Las mayúsculas en una carta se sienten como gritos, lo contrario del tono de una disculpa.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="156"/>
        <source>“%1” does not match this case: the %2 is %3.</source>
        <translation>“%1” no coincide con este caso: el %2 es %3.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="157"/>
        <source>A wrong figure in an apology for a billing error repeats the very mistake the letter apologises for. Every amount in the letter must be one of the case&apos;s amounts.</source>
        <translation>Una cifra equivocada en una disculpa por un error de facturación repite justo el error por el que la carta se disculpa. Todo monto de la carta debe ser uno de los montos del caso.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="161"/>
        <source>“%1” is not this case&apos;s invoice number (%2).</source>
        <translation>“%1” no es el número de factura de este caso (%2).</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="162"/>
        <source>The customer checks the invoice number against their own papers; a different one makes them doubt the whole correction.</source>
        <translation>El cliente compara el número de factura con sus propios documentos; si no coincide, duda de toda la corrección.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="166"/>
        <source>“%1” is not this case&apos;s reference (%2).</source>
        <translation>“%1” no es la referencia de este caso (%2).</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="167"/>
        <source>A customer who quotes a wrong reference is sent round in circles; give the one the case has.</source>
        <translation>Un cliente que cita una referencia equivocada termina dando vueltas de un área a otra; indique la referencia del caso.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="171"/>
        <source>The follow-up on %1 is before the letter&apos;s date (%2).</source>
        <translation>El seguimiento del %1 es anterior a la fecha de la carta (%2).</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="172"/>
        <source>A promise to call back on a day that has already passed tells the customer the letter was not read before it was sent.</source>
        <translation>Prometer volver a llamar un día que ya pasó le muestra al cliente que nadie leyó la carta antes de enviarla.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="176"/>
        <source>The letter promises to follow up on %1, but the case&apos;s follow-up date is %2.</source>
        <translation>La carta promete un seguimiento el %1, pero la fecha de seguimiento del caso es el %2.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="177"/>
        <source>The follow-up date on the case is the one the reminder is set for; a letter that names another day sets the customer waiting for a call that comes on a different one.</source>
        <translation>La fecha de seguimiento del caso es la del recordatorio; una carta que da otro día deja al cliente esperando una llamada que llegará otro día.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="181"/>
        <source>The refund (%1) is not the amount charged (%2) less the correct amount (%3), which is %4.</source>
        <translation>El reembolso (%1) no es el monto cobrado (%2) menos el monto correcto (%3), que da %4.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="182"/>
        <source>When the case&apos;s own figures do not add up, the letter will promise the customer the wrong sum; check the amounts on the case page.</source>
        <translation>Si las propias cifras del caso no cuadran, la carta le prometerá al cliente una suma equivocada; revise los montos en la página Datos del caso.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="186"/>
        <source>&quot;%1&quot; is not explained: spell it out on first use.</source>
        <translation>&quot;%1&quot; no se explica: escríbalo completo la primera vez que aparezca.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="187"/>
        <source>Customers do not know internal abbreviations; plain-language guides spell acronyms out the first time.</source>
        <translation>Los clientes no conocen las abreviaturas internas; las guías de lenguaje claro escriben las siglas completas la primera vez.</translation>
    </message>
</context>
<context>
    <name>amends::core::TextFile</name>
    <message>
        <location filename="../app/core/textfile.cpp" line="20"/>
        <source>standard input</source>
        <translation>la entrada estándar</translation>
    </message>
    <message>
        <location filename="../app/core/textfile.cpp" line="27"/>
        <source>%1 is too large for %2: the limit is %3.</source>
        <translation>%1 es demasiado grande para %2: el límite es %3.</translation>
    </message>
    <message>
        <location filename="../app/core/textfile.cpp" line="36"/>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location filename="../app/core/textfile.cpp" line="38"/>
        <source>it is a device, not a file</source>
        <translation>es un dispositivo, no un archivo</translation>
    </message>
    <message>
        <location filename="../app/core/textfile.cpp" line="40"/>
        <source>it is a named pipe, not a file</source>
        <translation>es una tubería con nombre, no un archivo</translation>
    </message>
    <message>
        <location filename="../app/core/textfile.cpp" line="41"/>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../app/core/textfile.cpp" line="47"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../app/core/textfile.cpp" line="49"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../app/core/textfile.cpp" line="50"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../app/core/textfile.cpp" line="63"/>
        <location filename="../app/core/textfile.cpp" line="71"/>
        <location filename="../app/core/textfile.cpp" line="94"/>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/core/textfile.cpp" line="140"/>
        <source>%1 is not a text file.</source>
        <translation>%1 no es un archivo de texto.</translation>
    </message>
</context>
<context>
    <name>amends::core::TrainingPair</name>
    <message>
        <location filename="../app/core/trainingpair.cpp" line="26"/>
        <source>not valid JSON (%1)</source>
        <translation>JSON no válido (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/trainingpair.cpp" line="30"/>
        <source>not an Amends training pair of version 1</source>
        <translation>no es un par de capacitación de Amends de la versión 1</translation>
    </message>
    <message>
        <location filename="../app/core/trainingpair.cpp" line="42"/>
        <source>id, title or language missing</source>
        <translation>falta el id, el título o el idioma</translation>
    </message>
    <message>
        <location filename="../app/core/trainingpair.cpp" line="44"/>
        <source>pattern or lesson missing</source>
        <translation>falta el patrón o la lección</translation>
    </message>
    <message>
        <location filename="../app/core/trainingpair.cpp" line="46"/>
        <source>the poor or the repaired letter is missing</source>
        <translation>falta la carta deficiente o la corregida</translation>
    </message>
    <message>
        <location filename="../app/core/trainingpair.cpp" line="62"/>
        <source>language &quot;%1&quot; in the folder of &quot;%2&quot;</source>
        <translation>idioma &quot;%1&quot; en la carpeta de &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>amends::services::CheckInput</name>
    <message>
        <location filename="../app/services/checkinput.cpp" line="27"/>
        <source>a letter</source>
        <translation>una carta</translation>
    </message>
</context>
<context>
    <name>amends::services::Email</name>
    <message>
        <location filename="../app/services/gmimeemail.cpp" line="168"/>
        <source>The customer&apos;s email address &quot;%1&quot; is not a valid address.</source>
        <translation>La dirección de correo del cliente, &quot;%1&quot;, no es válida.</translation>
    </message>
    <message>
        <location filename="../app/services/gmimeemail.cpp" line="170"/>
        <source>The sender&apos;s email address &quot;%1&quot; is not a valid address.</source>
        <translation>La dirección de correo del remitente, &quot;%1&quot;, no es válida.</translation>
    </message>
</context>
<context>
    <name>amends::services::FolderReport</name>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="123"/>
        <source>%1 good · %2 fair · %3 poor</source>
        <translation>%1 buenas · %2 regulares · %3 deficientes</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="138"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="139"/>
        <source>Average score</source>
        <translation>Puntuación promedio</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="139"/>
        <source>out of 100</source>
        <translation>de 100</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="141"/>
        <source>Letters with errors</source>
        <translation>Cartas con errores</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="142"/>
        <source>%1 of %2 need fixing before sending</source>
        <translation>%1 de %2 deben corregirse antes de enviarse</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="144"/>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="145"/>
        <source>%1 errors · %2 warnings · %3 suggestions</source>
        <translation>%1 errores · %2 advertencias · %3 sugerencias</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="170"/>
        <source>%1: %2 errors, %3 warnings, %4 suggestions</source>
        <translation>%1: %2 errores, %3 advertencias, %4 sugerencias</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="192"/>
        <source>Findings by category</source>
        <translation>Observaciones por categoría</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="194"/>
        <source>No findings in any letter.</source>
        <translation>Ninguna carta tiene observaciones.</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="201"/>
        <source>Findings by category across the folder</source>
        <translation>Observaciones por categoría en toda la carpeta</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="211"/>
        <source>No findings: %1.</source>
        <translation>Sin observaciones de: %1.</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="221"/>
        <source>Folder %1 · checked %2</source>
        <translation>Carpeta %1 · verificada el %2</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="230"/>
        <source>en</source>
        <comment>BCP 47 code of this translation</comment>
        <translation>es</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="233"/>
        <source>Apology letter report</source>
        <translation>Reporte de cartas de disculpa</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="248"/>
        <source>The score (0–100) gives up to 70 points for the six parts of an apology that a letter covers, weighted by how much each matters to readers, and up to 30 points that findings take away. 85 and up is good, 60 to 84 fair, below 60 poor.</source>
        <translation>La puntuación (0–100) da hasta 70 puntos por las seis partes de una disculpa que cubre la carta, ponderadas según lo que cada una importa a los lectores, y hasta 30 puntos que pueden restar las observaciones. De 85 en adelante es buena; de 60 a 84, regular; por debajo de 60, deficiente.</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="34"/>
        <source>1 finding</source>
        <translation>1 observación</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="34"/>
        <source>%1 findings</source>
        <translation>%1 observaciones</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="62"/>
        <source>All six</source>
        <translation>Las seis</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="114"/>
        <source>Letters, lowest score first</source>
        <translation>Cartas, de menor a mayor puntuación</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="116"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="116"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="116"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="116"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="119"/>
        <source>Missing parts</source>
        <translation>Partes que faltan</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="135"/>
        <source>Findings, letter by letter</source>
        <translation>Observaciones, carta por carta</translation>
    </message>
</context>
<context>
    <name>amends::services::FollowUpReminder</name>
    <message>
        <location filename="../app/services/icalreminder.cpp" line="36"/>
        <source>Follow up the apology letter of %1 to %2.</source>
        <translation>Dar seguimiento con %2 a la carta de disculpa del %1.</translation>
    </message>
    <message>
        <location filename="../app/services/icalreminder.cpp" line="38"/>
        <source>Case: %1</source>
        <translation>Caso: %1</translation>
    </message>
    <message>
        <location filename="../app/services/icalreminder.cpp" line="40"/>
        <source>Invoice: %1</source>
        <translation>Factura: %1</translation>
    </message>
    <message>
        <location filename="../app/services/icalreminder.cpp" line="42"/>
        <source>Email: %1</source>
        <translation>Correo: %1</translation>
    </message>
    <message>
        <location filename="../app/services/icalreminder.cpp" line="61"/>
        <source>Follow up with %1 (case %2)</source>
        <translation>Seguimiento con %1 (caso %2)</translation>
    </message>
</context>
<context>
    <name>amends::services::HunspellSpeller</name>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="110"/>
        <source>a dictionary</source>
        <translation>un diccionario</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="68"/>
        <source>The dictionary &quot;%1&quot; cannot be used: line %2 holds a NUL character, which no text file has.</source>
        <translation>No se puede usar el diccionario &quot;%1&quot;: la línea %2 contiene un carácter NUL, que ningún archivo de texto tiene.</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="136"/>
        <source>The dictionary &quot;%1&quot; cannot be used: it is declared UTF-8, but line %2 is not UTF-8.</source>
        <translation>No se puede usar el diccionario &quot;%1&quot;: se declara UTF-8, pero la línea %2 no está en UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="151"/>
        <source>The dictionary &quot;%1&quot; cannot be used: its %2 table is broken at line %3 (%4).</source>
        <translation>No se puede usar el diccionario &quot;%1&quot;: su tabla %2 está dañada en la línea %3 (%4).</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="160"/>
        <source>&quot;%1 N&quot; should give the number of entries</source>
        <translation>&quot;%1 N&quot; debería indicar el número de entradas</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="162"/>
        <source>the table is given twice</source>
        <translation>la tabla aparece dos veces</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="166"/>
        <source>it announces %1 entries but the file ends after %2</source>
        <translation>anuncia %1 entradas, pero el archivo termina después de %2</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="173"/>
        <source>an entry should be &quot;%1&quot; and one value</source>
        <translation>una entrada debería ser &quot;%1&quot; y un valor</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="174"/>
        <source>an entry should be &quot;%1&quot; and two values</source>
        <translation>una entrada debería ser &quot;%1&quot; y dos valores</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="178"/>
        <source>a &quot;(&quot; in a rule is not closed by &quot;)&quot;</source>
        <translation>un &quot;(&quot; de una regla no se cierra con &quot;)&quot;</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="101"/>
        <location filename="../app/services/hunspellspeller.cpp" line="201"/>
        <source>Cannot read the dictionary file &quot;%1&quot;.</source>
        <translation>No se puede leer el archivo de diccionario &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="217"/>
        <source>The dictionary &quot;%1&quot; uses the encoding &quot;%2&quot;, which this system cannot convert.</source>
        <translation>El diccionario &quot;%1&quot; usa la codificación &quot;%2&quot;, que este sistema no puede convertir.</translation>
    </message>
</context>
<context>
    <name>amends::services::LetterExport</name>
    <message>
        <location filename="../app/services/letterexport.cpp" line="27"/>
        <source>Apology letter to %1, case %2</source>
        <translation>Carta de disculpa para %1, caso %2</translation>
    </message>
    <message>
        <location filename="../app/services/letterexport.cpp" line="72"/>
        <source>The letterhead logo &quot;%1&quot; cannot be read (%2). Choose another one in Preferences.</source>
        <translation>No se puede leer el logotipo del membrete &quot;%1&quot; (%2). Elija otro en Preferencias.</translation>
    </message>
    <message>
        <location filename="../app/services/letterexport.cpp" line="83"/>
        <source>Letter to %1 (%2)</source>
        <translation>Carta para %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/services/letterexport.cpp" line="144"/>
        <source>&quot;%1&quot; has no known file type; use .pdf, .odt, .html, .txt, .eml or .ics.</source>
        <translation>&quot;%1&quot; no tiene un tipo de archivo conocido; use .pdf, .odt, .html, .txt, .eml o .ics.</translation>
    </message>
    <message>
        <location filename="../app/services/letterexport.cpp" line="147"/>
        <source>Nothing could be exported.</source>
        <translation>No se pudo exportar nada.</translation>
    </message>
</context>
<context>
    <name>amends::services::LetterPages</name>
    <message>
        <location filename="../app/services/letterpages.cpp" line="45"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>amends::services::MailFormats</name>
    <message>
        <location filename="../app/services/mailformats.cpp" line="67"/>
        <source>%1 belongs to another version of Amends.</source>
        <translation>%1 pertenece a otra versión de Amends.</translation>
    </message>
    <message>
        <location filename="../app/services/mailformats.cpp" line="70"/>
        <source>Amends cannot build email or calendar files: the part of Amends that does so (%1) is missing or damaged. Reinstall Amends.</source>
        <translation>Amends no puede crear archivos de correo ni de calendario: la parte de Amends que lo hace (%1) falta o está dañada. Vuelva a instalar Amends.</translation>
    </message>
</context>
<context>
    <name>amends::services::Odt</name>
    <message>
        <location filename="../app/services/documentexport.cpp" line="22"/>
        <source>The OpenDocument file could not be written.</source>
        <translation>No se pudo escribir el archivo OpenDocument.</translation>
    </message>
</context>
<context>
    <name>amends::services::PasswordStore</name>
    <message>
        <location filename="../app/services/passwordstore.cpp" line="15"/>
        <source>The system keychain is not available: %1</source>
        <translation>El llavero del sistema no está disponible: %1</translation>
    </message>
</context>
<context>
    <name>amends::services::Pdf</name>
    <message>
        <location filename="../app/services/pdfexport.cpp" line="56"/>
        <source>The PDF could not be started.</source>
        <translation>No se pudo iniciar la generación del PDF.</translation>
    </message>
</context>
<context>
    <name>amends::services::ProjectFile</name>
    <message>
        <location filename="../app/services/projectfile.cpp" line="32"/>
        <source>%1: &quot;%2&quot; %3</source>
        <translation>%1: &quot;%2&quot; %3</translation>
    </message>
    <message>
        <location filename="../app/services/projectfile.cpp" line="52"/>
        <source>must be a whole number such as 1.</source>
        <translation>debe ser un número entero, como 1.</translation>
    </message>
    <message>
        <location filename="../app/services/projectfile.cpp" line="56"/>
        <source>is %1; this Amends reads version %2 and older.</source>
        <translation>es %1; esta versión de Amends lee la versión %2 y anteriores.</translation>
    </message>
    <message>
        <location filename="../app/services/projectfile.cpp" line="68"/>
        <source>must be a list of rule pack paths, relative to the project file.</source>
        <translation>debe ser una lista de rutas de paquetes de reglas, relativas al archivo de proyecto.</translation>
    </message>
    <message>
        <location filename="../app/services/projectfile.cpp" line="75"/>
        <source>names &quot;%1&quot;, which is not a file (looked for %2).</source>
        <translation>menciona &quot;%1&quot;, que no es un archivo (ruta buscada: %2).</translation>
    </message>
    <message>
        <location filename="../app/services/projectfile.cpp" line="92"/>
        <source>must be a list of rule ids such as [&quot;cliche.any&quot;].</source>
        <translation>debe ser una lista de ids de regla, como [&quot;cliche.any&quot;].</translation>
    </message>
    <message>
        <location filename="../app/services/projectfile.cpp" line="99"/>
        <source>must be a language such as &quot;en-GB&quot;.</source>
        <translation>debe ser un idioma como &quot;en-GB&quot;.</translation>
    </message>
    <message>
        <location filename="../app/services/projectfile.cpp" line="104"/>
        <source>must be true or false.</source>
        <translation>debe ser true o false.</translation>
    </message>
    <message>
        <location filename="../app/services/projectfile.cpp" line="108"/>
        <source>is not a key of a project file; it may have %1.</source>
        <translation>no es una clave de archivo de proyecto; las claves posibles son %1.</translation>
    </message>
    <message>
        <location filename="../app/services/projectfile.cpp" line="123"/>
        <source>a project file</source>
        <translation>un archivo de proyecto</translation>
    </message>
    <message>
        <location filename="../app/services/projectfile.cpp" line="129"/>
        <source>%1: not valid JSON (%2 at byte %3).</source>
        <translation>%1: JSON no válido (%2 en el byte %3).</translation>
    </message>
    <message>
        <location filename="../app/services/projectfile.cpp" line="133"/>
        <source>%1: a project file is one JSON object, such as {&quot;language&quot;: &quot;en-GB&quot;}.</source>
        <translation>%1: un archivo de proyecto es un solo objeto JSON, como {&quot;language&quot;: &quot;en-GB&quot;}.</translation>
    </message>
</context>
<context>
    <name>amends::services::Proofreader</name>
    <message>
        <location filename="../app/services/proofreader.cpp" line="52"/>
        <source>The spelling dictionary for %1 could not be loaded, so spelling is not checked. %2</source>
        <translation>No se pudo cargar el diccionario ortográfico de %1, así que no se verifica la ortografía. %2</translation>
    </message>
    <message>
        <location filename="../app/services/proofreader.cpp" line="53"/>
        <source>No spelling dictionary for %1 is installed, so spelling is not checked. Install the hunspell dictionary for this language (for example the package hunspell-%2), or put %3.aff and %3.dic into %4.</source>
        <translation>No hay ningún diccionario ortográfico de %1 instalado, así que no se verifica la ortografía. Instale el diccionario hunspell de este idioma (por ejemplo, el paquete hunspell-%2) o coloque %3.aff y %3.dic en %4.</translation>
    </message>
</context>
<context>
    <name>amends::services::Sarif</name>
    <message>
        <location filename="../app/services/sarifreport.cpp" line="31"/>
        <source>Bad: %1</source>
        <translation>Mal: %1</translation>
    </message>
    <message>
        <location filename="../app/services/sarifreport.cpp" line="33"/>
        <source>Good: %1</source>
        <translation>Bien: %1</translation>
    </message>
    <message>
        <location filename="../app/services/sarifreport.cpp" line="35"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <location filename="../app/services/sarifreport.cpp" line="103"/>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
</context>
<context>
    <name>amends::services::Smtp</name>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="98"/>
        <source>The mail server &quot;%1&quot; could not be found.</source>
        <translation>No se encontró el servidor de correo &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="100"/>
        <source>Could not connect to the mail server %1 on port %2.</source>
        <translation>No se pudo conectar con el servidor de correo %1 en el puerto %2.</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="102"/>
        <source>The mail server %1 does not offer an encrypted connection, so the letter was not sent. Check the security setting in Preferences.</source>
        <translation>El servidor de correo %1 no ofrece una conexión cifrada, así que la carta no se envió. Revise la opción de seguridad en Preferencias.</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="105"/>
        <source>The certificate of the mail server %1 could not be verified, so the letter was not sent.</source>
        <translation>No se pudo verificar el certificado del servidor de correo %1, así que la carta no se envió.</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="107"/>
        <source>An encrypted connection to the mail server %1 could not be set up.</source>
        <translation>No se pudo establecer una conexión cifrada con el servidor de correo %1.</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="108"/>
        <source>The mail server refused the user name or password.</source>
        <translation>El servidor de correo rechazó el usuario o la contraseña.</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="109"/>
        <source>The mail server %1 did not answer in time.</source>
        <translation>El servidor de correo %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="112"/>
        <source>The mail server %1 did not accept the letter: %2</source>
        <translation>El servidor de correo %1 no aceptó la carta: %2</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="183"/>
        <source>No mail server is set up. Enter one in Preferences.</source>
        <translation>No hay ningún servidor de correo configurado. Indique uno en Preferencias.</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="187"/>
        <source>The address &quot;%1&quot; is not a valid email address.</source>
        <translation>La dirección &quot;%1&quot; no es una dirección de correo válida.</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="191"/>
        <source>Mail cannot be sent from here: the libcurl library could not be loaded (%1). Install libcurl (package libcurl4), or save the email and send it from your mail program.</source>
        <translation>No se puede enviar correo desde aquí: no se pudo cargar la biblioteca libcurl (%1). Instale libcurl (paquete libcurl4) o guarde el correo y envíelo desde su programa de correo.</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="206"/>
        <source>Sending was cancelled; the letter was not sent.</source>
        <translation>Se canceló el envío; la carta no se envió.</translation>
    </message>
</context>
<context>
    <name>amends::ui::CaseDetailsPage</name>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="42"/>
        <source>Case details</source>
        <translation>Datos del caso</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="60"/>
        <source>Letter &amp;language:</source>
        <translation>&amp;Idioma de la carta:</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="62"/>
        <source>Start with the facts of the case. Fields marked * are required; everything you enter here fills the letter for you.</source>
        <translation>Empiece por los datos del caso. Los campos marcados con * son obligatorios; todo lo que escriba aquí se incorpora a la carta.</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="120"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="122"/>
        <source>Cu&amp;stomer name</source>
        <translation>Nombre del &amp;cliente</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="123"/>
        <source>Address them &amp;as</source>
        <translation>S&amp;aludar como</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="124"/>
        <source>e.g. Ms Rivera (the name is used when empty)</source>
        <translation>p. ej., Ms Rivera (si se deja vacío, se usa el nombre)</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="125"/>
        <source>E&amp;mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="126"/>
        <source>Postal add&amp;ress</source>
        <translation>&amp;Dirección postal</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="132"/>
        <source>Case and amounts</source>
        <translation>Caso y montos</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="134"/>
        <source>Case &amp;reference</source>
        <translation>&amp;Referencia del caso</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="135"/>
        <source>e.g. ticket number</source>
        <translation>p. ej., número de ticket o folio</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="136"/>
        <source>&amp;Invoice number</source>
        <translation>Número de &amp;factura</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="137"/>
        <source>Acco&amp;unt number</source>
        <translation>Número de c&amp;uenta</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="138"/>
        <source>Curr&amp;ency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="139"/>
        <source>Amount &amp;charged</source>
        <translation>Monto co&amp;brado</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="140"/>
        <source>e.g. 120.00</source>
        <translation>p. ej., 120.00</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="141"/>
        <source>C&amp;orrect amount</source>
        <translation>Monto c&amp;orrecto</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="142"/>
        <source>Re&amp;fund or credit</source>
        <translation>Reembo&amp;lso o bonificación</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="143"/>
        <source>Complaint recei&amp;ved</source>
        <translation>Fecha de la &amp;queja</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="144"/>
        <source>Letter &amp;date</source>
        <translation>Fec&amp;ha de la carta</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="145"/>
        <source>Follo&amp;w-up on</source>
        <translation>Fecha de se&amp;guimiento</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="151"/>
        <source>From (you and your company)</source>
        <translation>Remitente (usted y su empresa)</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="153"/>
        <source>&amp;Your name</source>
        <translation>Su &amp;nombre</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="154"/>
        <source>Your &amp;title</source>
        <translation>Su &amp;puesto</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="155"/>
        <source>Your &amp;phone</source>
        <translation>Su &amp;teléfono</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="156"/>
        <source>Your emai&amp;l</source>
        <translation>&amp;Su correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="157"/>
        <source>Com&amp;pany name</source>
        <translation>Ra&amp;zón social</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="158"/>
        <source>Company address</source>
        <translation>Dirección de la empresa</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="159"/>
        <source>Company phone</source>
        <translation>Teléfono de la empresa</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="160"/>
        <source>Company email</source>
        <translation>Correo de la empresa</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="161"/>
        <source>Remember these as &amp;my details</source>
        <translation>Conser&amp;var como mis datos</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="162"/>
        <source>New letters will start with this sender and company.</source>
        <translation>Las cartas nuevas empezarán con este remitente y esta empresa.</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="182"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="185"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="233"/>
        <source>Not a date yet: type it as %1.</source>
        <translation>Todavía no es una fecha: escríbala como %1.</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="290"/>
        <source>Still needed before you go on: %1.</source>
        <translation>Falta completar antes de continuar: %1.</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="290"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>amends::ui::ChecksSettingsDialog</name>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="31"/>
        <source>Checks</source>
        <translation>Verificaciones</translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="32"/>
        <source>Search rules…</source>
        <translation>Buscar reglas…</translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="35"/>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="41"/>
        <source>&amp;Rules (untick one to switch it off):</source>
        <translation>&amp;Reglas (desmarque una para desactivarla):</translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="43"/>
        <source>&amp;House rule packs:</source>
        <translation>Paquetes de reglas de la &amp;empresa:</translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="45"/>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="46"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="55"/>
        <source>Your &amp;name on dismissed findings:</source>
        <translation>Su &amp;nombre en las observaciones descartadas:</translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="120"/>
        <source>Add house rule packs</source>
        <translation>Agregar paquetes de reglas de la empresa</translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="120"/>
        <source>Rule packs (*.json)</source>
        <translation>Paquetes de reglas (*.json)</translation>
    </message>
</context>
<context>
    <name>amends::ui::DateField</name>
    <message>
        <location filename="../ui/datefield.cpp" line="33"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location filename="../ui/datefield.cpp" line="35"/>
        <source>Type a date such as %1, or press Alt+Down for a calendar.</source>
        <translation>Escriba una fecha como %1 o presione Alt+Down para abrir un calendario.</translation>
    </message>
    <message>
        <location filename="../ui/datefield.cpp" line="39"/>
        <source>Pick the date from a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
</context>
<context>
    <name>amends::ui::DismissDialog</name>
    <message>
        <location filename="../ui/dismissdialog.cpp" line="42"/>
        <source>Dismiss finding</source>
        <translation>Descartar observación</translation>
    </message>
    <message>
        <location filename="../ui/dismissdialog.cpp" line="43"/>
        <source>Why does this finding not apply here?
%1</source>
        <translation>¿Por qué esta observación no aplica aquí?
%1</translation>
    </message>
    <message>
        <location filename="../ui/dismissdialog.cpp" line="46"/>
        <source>e.g. the customer used these words in their complaint</source>
        <translation>p. ej., el cliente usó estas palabras en su queja</translation>
    </message>
    <message>
        <location filename="../ui/dismissdialog.cpp" line="52"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../ui/dismissdialog.cpp" line="74"/>
        <source>Write a reason to dismiss it: a reviewer will read it.</source>
        <translation>Escriba el motivo para descartarla: un revisor lo leerá.</translation>
    </message>
    <message>
        <location filename="../ui/dismissdialog.cpp" line="74"/>
        <source>A reviewer will see your reason.</source>
        <translation>Un revisor verá su motivo.</translation>
    </message>
</context>
<context>
    <name>amends::ui::ExportController</name>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="71"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="72"/>
        <source>&amp;OpenDocument Text…</source>
        <translation>Texto &amp;OpenDocument…</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="73"/>
        <source>&amp;HTML…</source>
        <translation>&amp;HTML…</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="74"/>
        <source>Plain &amp;Text…</source>
        <translation>Texto &amp;sin formato…</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="75"/>
        <source>&amp;Email Draft with PDF (.eml)…</source>
        <translation>&amp;Borrador de correo con PDF (.eml)…</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="76"/>
        <source>Follow-up &amp;Reminder (.ics)…</source>
        <translation>&amp;Recordatorio de seguimiento (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="77"/>
        <source>&amp;Copy Letter to Clipboard</source>
        <translation>&amp;Copiar carta al portapapeles</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="78"/>
        <source>Open in &amp;Mail Client</source>
        <translation>Abrir en la &amp;aplicación de correo</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="79"/>
        <source>&amp;Send by Email…</source>
        <translation>&amp;Enviar por correo…</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="80"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="81"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="111"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="127"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="162"/>
        <source>The letter is not ready yet</source>
        <translation>La carta aún no está lista</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="163"/>
        <source>This letter should not leave yet:</source>
        <translation>Esta carta todavía no debería enviarse:</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="166"/>
        <source>Print Anyway</source>
        <translation>Imprimir de todos modos</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="167"/>
        <source>Export Anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="182"/>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="183"/>
        <source>Export the letter</source>
        <translation>Exportar la carta</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="197"/>
        <source>Exported the letter to %1</source>
        <translation>Carta exportada a %1</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="205"/>
        <source>Copied the letter; paste it into the ticket or mail.</source>
        <translation>Carta copiada; péguela en el ticket o en el correo.</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="217"/>
        <source>Opened the letter in your mail client.</source>
        <translation>Se abrió la carta en su aplicación de correo.</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="217"/>
        <source>No mail client could be opened for the letter.</source>
        <translation>No se pudo abrir ninguna aplicación de correo para la carta.</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="250"/>
        <source>Sent the letter to the printer.</source>
        <translation>Carta enviada a la impresora.</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="267"/>
        <source>The letter could not be exported</source>
        <translation>No se pudo exportar la carta</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="268"/>
        <source>Your letter is still open and unchanged.</source>
        <translation>Su carta sigue abierta y sin cambios.</translation>
    </message>
</context>
<context>
    <name>amends::ui::FindingsPanel</name>
    <message>
        <location filename="../ui/findingspanel.cpp" line="64"/>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="150"/>
        <source>Elsewhere in the letter</source>
        <translation>En otra parte de la carta</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="151"/>
        <source>Whole letter</source>
        <translation>Toda la carta</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="174"/>
        <source>%1 (%2 times)</source>
        <translation>%1 (%2 veces)</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="190"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="193"/>
        <source>Still to fill in: %1. &lt;a href=&quot;case&quot;&gt;Fill them in on the case page&lt;/a&gt;.</source>
        <translation>Falta completar: %1. &lt;a href=&quot;case&quot;&gt;Complételos en la página Datos del caso&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="194"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="198"/>
        <source>No findings: the writing passes every check.</source>
        <translation>Sin observaciones: el texto supera todas las verificaciones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findingspanel.cpp" line="199"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n observación</numerusform>
            <numerusform>%n observaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findingspanel.cpp" line="200"/>
        <source>, %n must be fixed before sending</source>
        <translation>
            <numerusform>, %n debe corregirse antes de enviar la carta</numerusform>
            <numerusform>, %n deben corregirse antes de enviar la carta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="311"/>
        <source>&lt;i&gt;Select a finding to see why it matters and how to fix it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione una observación para ver por qué importa y cómo corregirla.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="318"/>
        <source>&lt;p&gt;In the letter: “%1”&lt;/p&gt;</source>
        <translation>&lt;p&gt;En la carta: “%1”&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="323"/>
        <source>Replace with “%1”</source>
        <translation>Reemplazar por “%1”</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="336"/>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="343"/>
        <source>About this &amp;rule</source>
        <translation>Acerca de esta &amp;regla</translation>
    </message>
</context>
<context>
    <name>amends::ui::GuideDialog</name>
    <message>
        <location filename="../ui/guidedialog.cpp" line="14"/>
        <source>Amends user guide</source>
        <translation>Guía del usuario de Amends</translation>
    </message>
    <message>
        <location filename="../ui/guidedialog.cpp" line="18"/>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>amends::ui::LetterPreview</name>
    <message>
        <location filename="../ui/letterpreview.cpp" line="22"/>
        <source>Letter preview</source>
        <translation>Vista previa de la carta</translation>
    </message>
    <message>
        <location filename="../ui/letterpreview.cpp" line="80"/>
        <source>&lt;p style=&quot;color:#8a8f98&quot;&gt;&lt;i&gt;The letter is too long to preview (%1 characters). Shorten it to see the preview again.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#8a8f98&quot;&gt;&lt;i&gt;La carta es demasiado larga para la vista previa (%1 caracteres). Acórtela para volver a verla.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/letterpreview.cpp" line="91"/>
        <source>[%1 — not written yet]</source>
        <translation>[%1 — aún sin redactar]</translation>
    </message>
</context>
<context>
    <name>amends::ui::LetterWizard</name>
    <message>
        <location filename="../ui/letterwizard.cpp" line="21"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../ui/letterwizard.cpp" line="22"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../ui/letterwizard.cpp" line="26"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../ui/letterwizard.cpp" line="78"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/letterwizard.cpp" line="149"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>amends::ui::MailSender</name>
    <message>
        <location filename="../ui/mailsender.cpp" line="42"/>
        <source>The letter was not sent</source>
        <translation>La carta no se envió</translation>
    </message>
    <message>
        <location filename="../ui/mailsender.cpp" line="53"/>
        <source>No mail server is set up yet. Enter it under Settings → Preferences.</source>
        <translation>Todavía no hay ningún servidor de correo configurado. Indíquelo en Configuración → Preferencias.</translation>
    </message>
    <message>
        <location filename="../ui/mailsender.cpp" line="55"/>
        <source>The customer has no valid email address.</source>
        <translation>El cliente no tiene una dirección de correo válida.</translation>
    </message>
    <message>
        <location filename="../ui/mailsender.cpp" line="77"/>
        <source>Sending the letter to %1…</source>
        <translation>Enviando la carta a %1…</translation>
    </message>
    <message>
        <location filename="../ui/mailsender.cpp" line="77"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/mailsender.cpp" line="78"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location filename="../ui/mailsender.cpp" line="113"/>
        <source>Sent the letter to %1.</source>
        <translation>Carta enviada a %1.</translation>
    </message>
</context>
<context>
    <name>amends::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>Preview of the letter</source>
        <translation>Vista previa de la carta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>The letter is now a draft: fill in the case details, then repair each part.</source>
        <translation>La carta ahora es un borrador: complete los datos del caso y después corrija cada parte.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>Add comment</source>
        <translation>Agregar comentario</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="316"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>&amp;New from Scenario…</source>
        <translation>&amp;Nueva desde un escenario…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="321"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>Check a &amp;Text Letter…</source>
        <translation>Verificar una carta de &amp;texto…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <location filename="../ui/mainwindow.cpp" line="815"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="326"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="332"/>
        <source>Save the &amp;Draft</source>
        <translation>Guardar el &amp;borrador</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>Export as &amp;PDF…</source>
        <translation>E&amp;xportar como PDF…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="334"/>
        <source>Send by &amp;Email…</source>
        <translation>Enviar por &amp;correo…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="358"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="359"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="361"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="362"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="363"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="364"/>
        <source>Select &amp;All</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="370"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>&amp;Next Step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="373"/>
        <source>&amp;Previous Step</source>
        <translation>Paso &amp;anterior</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>No findings to go to: the writing passes every check.</source>
        <translation>No hay observaciones a las que ir: el texto supera todas las verificaciones.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>Next &amp;Finding</source>
        <translation>&amp;Observación siguiente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>Previous F&amp;inding</source>
        <translation>Observación anter&amp;ior</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="387"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="389"/>
        <source>&amp;Checks…</source>
        <translation>&amp;Verificaciones…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="391"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="392"/>
        <source>&amp;Review Mode</source>
        <translation>Modo de &amp;revisión</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="403"/>
        <source>&amp;Presentation View</source>
        <translation>Vista de &amp;presentación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="412"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="413"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="414"/>
        <source>&amp;Welcome Page</source>
        <translation>Página de &amp;bienvenida</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="415"/>
        <source>&amp;Rule Catalogue</source>
        <translation>&amp;Catálogo de reglas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="416"/>
        <source>&amp;Training…</source>
        <translation>Ca&amp;pacitación…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418"/>
        <source>&amp;About Amends</source>
        <translation>&amp;Acerca de Amends</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>This letter is far longer than a letter should be, so it is no longer checked as you type. Shorten it to resume the checks.</source>
        <translation>Esta carta es mucho más larga de lo que debería ser una carta, así que ya no se verifica mientras escribe. Acórtela para reanudar las verificaciones.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="481"/>
        <source>Could not keep a recovery copy: %1</source>
        <translation>No se pudo guardar una copia de recuperación: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="583"/>
        <source>Opened %1</source>
        <translation>Abierto: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="592"/>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="601"/>
        <source>a letter</source>
        <translation>una carta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="626"/>
        <source>The last letter could not be opened: %1</source>
        <translation>No se pudo abrir la última carta: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="647"/>
        <source>an unsaved letter to %1</source>
        <translation>una carta sin guardar para %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="650"/>
        <source>Restore your letter?</source>
        <translation>¿Restaurar su carta?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="651"/>
        <source>Amends did not close normally last time. A copy of %1 from %2 was kept. Restore it?</source>
        <translation>Amends no se cerró correctamente la última vez. Se conservó una copia de %1 del %2. ¿Desea restaurarla?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="668"/>
        <source>Restored the letter. Save it to keep it.</source>
        <translation>Carta restaurada. Guárdela para conservarla.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="693"/>
        <source>Untitled letter</source>
        <translation>Carta sin título</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="694"/>
        <source>%1[*] — Amends</source>
        <translation>%1[*] — Amends</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="728"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="733"/>
        <source>No recent letters</source>
        <translation>No hay cartas recientes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="741"/>
        <source>Your details will be used for new letters.</source>
        <translation>Sus datos se usarán en las cartas nuevas.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="757"/>
        <source>Open letter</source>
        <translation>Abrir carta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="758"/>
        <source>Amends letters (*.amends);;Text letters (*.txt);;All files (*)</source>
        <translation>Cartas de Amends (*.amends);;Cartas de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="614"/>
        <location filename="../ui/mainwindow.cpp" line="762"/>
        <location filename="../ui/mainwindow.cpp" line="772"/>
        <source>Cannot open the letter</source>
        <translation>No se puede abrir la carta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="305"/>
        <source>Your comment (Ctrl+Enter adds it):</source>
        <translation>Su comentario (Ctrl+Enter lo agrega):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="782"/>
        <location filename="../ui/mainwindow.cpp" line="802"/>
        <source>Cannot save the letter</source>
        <translation>No se puede guardar la carta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="782"/>
        <location filename="../ui/mainwindow.cpp" line="802"/>
        <source>Your letter is still open; try another folder.</source>
        <translation>Su carta sigue abierta; pruebe con otra carpeta.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="793"/>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="795"/>
        <source>Save letter</source>
        <translation>Guardar carta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="795"/>
        <source>Amends letters (*.amends)</source>
        <translation>Cartas de Amends (*.amends)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="810"/>
        <source>Save changes?</source>
        <translation>¿Guardar los cambios?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="810"/>
        <source>This letter has changes that are not saved yet. Save them?</source>
        <translation>Esta carta tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="816"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="830"/>
        <source>House rules not loaded</source>
        <translation>No se cargaron las reglas de la empresa</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="831"/>
        <source>Some rules could not be read, so only the valid ones are used:
%1</source>
        <translation>Algunas reglas no se pudieron leer, así que solo se usan las válidas:
%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="855"/>
        <source>About Amends</source>
        <translation>Acerca de Amends</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="856"/>
        <source>&lt;h3&gt;Amends %1&lt;/h3&gt;&lt;p&gt;Write apology letters that customers believe: say sorry, own the mistake, explain it, put it right, prevent a repeat, and stay in touch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Amends %1&lt;/h3&gt;&lt;p&gt;Escriba cartas de disculpa que los clientes crean: pida disculpas, asuma el error, explíquelo, soluciónelo, evite que se repita y mantenga el contacto.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>amends::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="33"/>
        <source>Write PDFs as PDF/A-1b, for archiving</source>
        <translation>Generar los PDF como PDF/A-1b, para archivarlos</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="41"/>
        <source>&amp;Reopen the last letter when Amends starts</source>
        <translation>&amp;Volver a abrir la última carta al iniciar Amends</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="46"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="63"/>
        <location filename="../ui/preferencesdialog.cpp" line="122"/>
        <source>No password saved</source>
        <translation>Sin contraseña guardada</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="63"/>
        <source>Unchanged (saved in the keychain)</source>
        <translation>Sin cambios (guardada en el llavero)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="75"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="79"/>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="83"/>
        <source>Applies the next time Amends starts.</source>
        <translation>Se aplica la próxima vez que se inicie Amends.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="93"/>
        <source>Printed and PDF letters</source>
        <translation>Cartas impresas y en PDF</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="94"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="98"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="100"/>
        <source>From the letter&apos;s language (A4 or US Letter)</source>
        <translation>Según el idioma de la carta (A4 o Carta)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="101"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="102"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="105"/>
        <source>Letterhead &amp;logo:</source>
        <translation>&amp;Logotipo del membrete:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="108"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="116"/>
        <source>Sending by email</source>
        <translation>Envío por correo</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="118"/>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (obligatorio)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="119"/>
        <source>TLS from the start</source>
        <translation>TLS desde el inicio</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="120"/>
        <source>None — only for a server on this computer</source>
        <translation>Ninguna — solo para un servidor en esta computadora</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="123"/>
        <source>Kept in the system keychain, never in Amends&apos; settings.</source>
        <translation>Se guarda en el llavero del sistema, nunca en la configuración de Amends.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="124"/>
        <source>e.g. smtp.example.com</source>
        <translation>p. ej., smtp.example.com</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="125"/>
        <source>e.g. billing@example.com</source>
        <translation>p. ej., facturacion@example.com</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="127"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="128"/>
        <source>Se&amp;curity:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="129"/>
        <source>P&amp;ort:</source>
        <translation>Pu&amp;erto:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="130"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="131"/>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="132"/>
        <source>&amp;From address:</source>
        <translation>Dirección del &amp;remitente:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="163"/>
        <source>Letterhead logo</source>
        <translation>Logotipo del membrete</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="164"/>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="178"/>
        <source>The From address is not a valid email address.</source>
        <translation>La dirección del remitente no es una dirección de correo válida.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="183"/>
        <source>The logo cannot be read as an image.</source>
        <translation>No se puede leer el logotipo como imagen.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="200"/>
        <source>Saving the password in the system keychain…</source>
        <translation>Guardando la contraseña en el llavero del sistema…</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="210"/>
        <source>The other settings were saved.</source>
        <translation>El resto de la configuración se guardó.</translation>
    </message>
</context>
<context>
    <name>amends::ui::ProofreadingHighlighter</name>
    <message>
        <location filename="../ui/proofreadinghighlighter.cpp" line="227"/>
        <source>Not in the dictionary. Right-click for corrections.</source>
        <translation>No está en el diccionario. Haga clic con el botón derecho para ver correcciones.</translation>
    </message>
    <message>
        <location filename="../ui/proofreadinghighlighter.cpp" line="254"/>
        <source>No case field has this name.</source>
        <translation>Ningún campo del caso tiene este nombre.</translation>
    </message>
</context>
<context>
    <name>amends::ui::ReviewPage</name>
    <message>
        <location filename="../ui/reviewpage.cpp" line="38"/>
        <source>Double-click or press Enter to go there.</source>
        <translation>Haga doble clic o presione Enter para ir allí.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="50"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="59"/>
        <source>Subject, greeting and closing</source>
        <translation>Asunto, saludo y despedida</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="63"/>
        <source>&amp;Subject:</source>
        <translation>Asun&amp;to:</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="65"/>
        <source>&amp;Greeting:</source>
        <translation>Sa&amp;ludo:</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="67"/>
        <source>Cl&amp;osing:</source>
        <translation>Des&amp;pedida:</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="74"/>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="79"/>
        <source>Before you &amp;send:</source>
        <translation>Antes de &amp;enviar:</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="155"/>
        <source>%1 is still empty.</source>
        <translation>La parte “%1” sigue vacía.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="156"/>
        <source>%1 is written, but does not yet do its job (see the findings).</source>
        <translation>La parte “%1” está escrita, pero aún no cumple su función (consulte las observaciones).</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="157"/>
        <source>%1 is covered.</source>
        <translation>La parte “%1” está cubierta.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="162"/>
        <source>All required case details are filled in.</source>
        <translation>Todos los datos obligatorios del caso están completos.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="163"/>
        <source>Required case details missing: %1.</source>
        <translation>Faltan datos obligatorios del caso: %1.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="163"/>
        <location filename="../ui/reviewpage.cpp" line="168"/>
        <location filename="../ui/reviewpage.cpp" line="173"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="167"/>
        <source>Every placeholder is filled.</source>
        <translation>Todos los marcadores están completos.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="168"/>
        <source>Placeholders still empty: %1.</source>
        <translation>Marcadores aún vacíos: %1.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="172"/>
        <source>No unknown placeholders.</source>
        <translation>No hay marcadores desconocidos.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="173"/>
        <source>Unknown placeholders (check their spelling): %1.</source>
        <translation>Marcadores desconocidos (revise cómo están escritos): %1.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="175"/>
        <source>The letter has no subject.</source>
        <translation>La carta no tiene asunto.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="175"/>
        <source>The letter has a subject.</source>
        <translation>La carta tiene asunto.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="182"/>
        <source>The letter is complete. Save it, export it or send it with the buttons below, or go back to any step to polish it.</source>
        <translation>La carta está completa. Guárdela, expórtela o envíela con los botones de abajo, o vuelva a cualquier paso para pulirla.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="183"/>
        <source>Some items above still need your attention.</source>
        <translation>Algunos puntos de arriba aún requieren su atención.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="192"/>
        <source>Reading ease %1 (target %2–%3; higher is easier).</source>
        <translation>Facilidad de lectura: %1 (objetivo: %2–%3; cuanto más alta, más fácil).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reviewpage.cpp" line="201"/>
        <source>%n finding(s) must be fixed before the letter can go out.</source>
        <translation>
            <numerusform>%n observación debe corregirse antes de que la carta pueda enviarse.</numerusform>
            <numerusform>%n observaciones deben corregirse antes de que la carta pueda enviarse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="202"/>
        <source>No finding blocks sending.</source>
        <translation>Ninguna observación impide el envío.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reviewpage.cpp" line="205"/>
        <source>%n other finding(s) to consider (see Findings below).</source>
        <translation>
            <numerusform>%n observación más para tener en cuenta (consulte Observaciones abajo).</numerusform>
            <numerusform>%n observaciones más para tener en cuenta (consulte Observaciones abajo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reviewpage.cpp" line="207"/>
        <source>%n finding(s) dismissed with a reason.</source>
        <translation>
            <numerusform>%n observación descartada con un motivo.</numerusform>
            <numerusform>%n observaciones descartadas con un motivo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amends::ui::ReviewPanel</name>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="47"/>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="48"/>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="52"/>
        <source>Su&amp;bmit for review</source>
        <translation>E&amp;nviar a revisión</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="53"/>
        <source>Appro&amp;ve</source>
        <translation>Apr&amp;obar</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="54"/>
        <source>Request c&amp;hanges</source>
        <translation>Solicitar ca&amp;mbios</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="55"/>
        <source>Back to &amp;draft</source>
        <translation>&amp;Volver a borrador</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="64"/>
        <source>Add &amp;comment…</source>
        <translation>A&amp;gregar comentario…</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="82"/>
        <source>Comments on this part:</source>
        <translation>Comentarios sobre esta parte:</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="85"/>
        <source>Dismissed findings:</source>
        <translation>Observaciones descartadas:</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="87"/>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="152"/>
        <location filename="../ui/reviewpanel.cpp" line="157"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="152"/>
        <source>You wrote this letter, so someone else must approve it.</source>
        <translation>Usted escribió esta carta, así que otra persona debe aprobarla.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="203"/>
        <source>Apology score: %1 / 100</source>
        <translation>Puntuación de la disculpa: %1 / 100</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="212"/>
        <source>Nothing to improve: this is a complete apology.</source>
        <translation>Nada que mejorar: es una disculpa completa.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="213"/>
        <source>To raise it:&lt;ul style=&quot;margin-left:-24px&quot;&gt;%1&lt;/ul&gt;</source>
        <translation>Para mejorarla:&lt;ul style=&quot;margin-left:-24px&quot;&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="163"/>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>Estado: &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="164"/>
        <source> (reviewer: %1)</source>
        <translation> (revisor: %1)</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="171"/>
        <source>You (%1) wrote this letter, so someone else must approve it.</source>
        <translation>Usted (%1) escribió esta carta, así que otra persona debe aprobarla.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="174"/>
        <source>&lt;br/&gt;&lt;i&gt;Waiting for another reviewer: you cannot approve your own letter.&lt;/i&gt;</source>
        <translation>&lt;br/&gt;&lt;i&gt;Esperando a otro revisor: no puede aprobar su propia carta.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="181"/>
        <source>Whole letter</source>
        <translation>Toda la carta</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="182"/>
        <source> on “%1”</source>
        <translation> sobre “%1”</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="183"/>
        <source>%1 — %2%3: %4</source>
        <translation>%1 — %2%3: %4</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="186"/>
        <source>Tick when resolved.</source>
        <translation>Márquelo cuando esté resuelto.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="191"/>
        <source>%1: %2 → %3 by %4</source>
        <translation>%1: %2 → %3 por %4</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="216"/>
        <source>%1 — “%2”: %3 (%4)</source>
        <translation>%1 — “%2”: %3 (%4)</translation>
    </message>
</context>
<context>
    <name>amends::ui::RuleCatalogDialog</name>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="32"/>
        <source>&lt;p&gt;&lt;i&gt;Source: %1&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Fuente: %1&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="34"/>
        <source>&lt;p&gt;&lt;span style=&quot;color:#b42318&quot;&gt;✘ Poor:&lt;/span&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;span style=&quot;color:#b42318&quot;&gt;✘ Deficiente:&lt;/span&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="36"/>
        <source>&lt;p&gt;&lt;span style=&quot;color:#1a7f37&quot;&gt;✔ Better:&lt;/span&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;span style=&quot;color:#1a7f37&quot;&gt;✔ Mejor:&lt;/span&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="48"/>
        <source>Rule catalogue</source>
        <translation>Catálogo de reglas</translation>
    </message>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="49"/>
        <source>Search rules, e.g. “blame” or “sorry if”…</source>
        <translation>Buscar reglas, p. ej., “blame” o “sorry if”…</translation>
    </message>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="51"/>
        <source>Search rules</source>
        <translation>Buscar reglas</translation>
    </message>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="53"/>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="122"/>
        <source>&lt;p&gt;Choose a rule to see why it matters, where the advice comes from, and a poor and a better example.&lt;/p&gt;&lt;h3&gt;The apology score&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elija una regla para ver por qué importa, de dónde viene el consejo y un ejemplo deficiente y otro mejor.&lt;/p&gt;&lt;h3&gt;La puntuación de la disculpa&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>amends::ui::ScenarioDialog</name>
    <message>
        <location filename="../ui/scenariodialog.cpp" line="16"/>
        <source>New letter from a scenario</source>
        <translation>Nueva carta a partir de un escenario</translation>
    </message>
    <message>
        <location filename="../ui/scenariodialog.cpp" line="17"/>
        <source>&amp;What went wrong with the customer&apos;s bill?</source>
        <translation>¿&amp;Qué salió mal en la factura del cliente?</translation>
    </message>
    <message>
        <location filename="../ui/scenariodialog.cpp" line="28"/>
        <source>&amp;Start letter</source>
        <translation>&amp;Empezar carta</translation>
    </message>
</context>
<context>
    <name>amends::ui::ScoreBadge</name>
    <message>
        <location filename="../ui/scorebadge.cpp" line="34"/>
        <source>out of 100</source>
        <translation>de 100</translation>
    </message>
    <message>
        <location filename="../ui/scorebadge.cpp" line="63"/>
        <source>Nothing left to improve: the letter passes every check.</source>
        <translation>Nada más que mejorar: la carta supera todas las verificaciones.</translation>
    </message>
    <message>
        <location filename="../ui/scorebadge.cpp" line="64"/>
        <source>To raise it:</source>
        <translation>Para mejorarla:</translation>
    </message>
    <message>
        <location filename="../ui/scorebadge.cpp" line="73"/>
        <source>Score %1 out of 100</source>
        <translation>Puntuación: %1 de 100</translation>
    </message>
</context>
<context>
    <name>amends::ui::Screenshotter</name>
    <message>
        <location filename="../ui/screenshotter.cpp" line="24"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../ui/screenshotter.cpp" line="45"/>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>amends::ui::SectionEditor</name>
    <message>
        <location filename="../ui/sectioneditor.cpp" line="145"/>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorar</translation>
    </message>
    <message>
        <location filename="../ui/sectioneditor.cpp" line="146"/>
        <source>Ignore &amp;All in This Letter</source>
        <translation>Ignorar en t&amp;oda la carta</translation>
    </message>
    <message>
        <location filename="../ui/sectioneditor.cpp" line="148"/>
        <source>Add to &amp;Dictionary</source>
        <translation>&amp;Agregar al diccionario</translation>
    </message>
    <message>
        <location filename="../ui/sectioneditor.cpp" line="171"/>
        <source>No suggestions for “%1”</source>
        <translation>No hay sugerencias para “%1”</translation>
    </message>
    <message>
        <location filename="../ui/sectioneditor.cpp" line="191"/>
        <source>Cannot add the word</source>
        <translation>No se puede agregar la palabra</translation>
    </message>
</context>
<context>
    <name>amends::ui::SectionPage</name>
    <message>
        <location filename="../ui/sectionpage.cpp" line="109"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/sectionpage.cpp" line="54"/>
        <source>Ready &amp;phrases — click one to insert it at the cursor:</source>
        <translation>&amp;Frases predefinidas — haga clic en una para insertarla en el cursor:</translation>
    </message>
    <message>
        <location filename="../ui/sectionpage.cpp" line="58"/>
        <source>%1 text</source>
        <translation>Texto de la sección %1</translation>
    </message>
    <message>
        <location filename="../ui/sectionpage.cpp" line="59"/>
        <source>Write this part of the letter here, or click a ready phrase below.</source>
        <translation>Escriba aquí esta parte de la carta o haga clic en una frase predefinida de abajo.</translation>
    </message>
    <message>
        <location filename="../ui/sectionpage.cpp" line="64"/>
        <source>Ready phrases</source>
        <translation>Frases predefinidas</translation>
    </message>
    <message>
        <location filename="../ui/sectionpage.cpp" line="65"/>
        <source>Click or press Enter to insert the phrase into the editor.</source>
        <translation>Haga clic o presione Enter para insertar la frase en el editor.</translation>
    </message>
    <message>
        <location filename="../ui/sectionpage.cpp" line="67"/>
        <source>&amp;Text of this section:</source>
        <translation>&amp;Texto de esta sección:</translation>
    </message>
</context>
<context>
    <name>amends::ui::TextLetterDialog</name>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="50"/>
        <source>Check a letter written elsewhere</source>
        <translation>Verificar una carta escrita en otro lugar</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="82"/>
        <source>Paste the letter here, or open a text file.</source>
        <translation>Pegue aquí la carta o abra un archivo de texto.</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="83"/>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="85"/>
        <source>&amp;Open Text File…</source>
        <translation>&amp;Abrir archivo de texto…</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="86"/>
        <source>Con&amp;vert to Draft…</source>
        <translation>Con&amp;vertir en borrador…</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="87"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="88"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="90"/>
        <location filename="../ui/textletterdialog.cpp" line="173"/>
        <source>Detect from the text</source>
        <translation>Detectar por el texto</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="120"/>
        <source>Each paragraph goes to the part of the letter shown beside it. Change a part where the suggestion is wrong; you can edit everything in the wizard afterwards.</source>
        <translation>Cada párrafo va a la parte de la carta que aparece a su lado. Cambie la parte donde la sugerencia no sea correcta; después podrá editarlo todo en el asistente.</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="124"/>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="124"/>
        <source>Goes to</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="129"/>
        <source>Create &amp;Draft</source>
        <translation>Crear &amp;borrador</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="130"/>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="174"/>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="183"/>
        <source>Paste or type a letter above to see its apology score and findings.</source>
        <translation>Pegue o escriba una carta arriba para ver su puntuación y sus observaciones.</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="194"/>
        <source>&lt;b&gt;Apology score: %1 / 100&lt;/b&gt; &amp;nbsp; Parts: %2 &amp;nbsp; Reading ease: %3</source>
        <translation>&lt;b&gt;Puntuación de la disculpa: %1 / 100&lt;/b&gt; &amp;nbsp; Partes: %2 &amp;nbsp; Facilidad de lectura: %3</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="211"/>
        <source>Open letter</source>
        <translation>Abrir carta</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="211"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="215"/>
        <source>a letter</source>
        <translation>una carta</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="217"/>
        <source>Cannot open the letter</source>
        <translation>No se puede abrir la carta</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="232"/>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="233"/>
        <source>Closing</source>
        <translation>Despedida</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="234"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="235"/>
        <source>Heading (left out)</source>
        <translation>Encabezado (se omite)</translation>
    </message>
</context>
<context>
    <name>amends::ui::TrainingWindow</name>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="56"/>
        <source>Training — Amends</source>
        <translation>Capacitación — Amends</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="114"/>
        <source>&amp;Letter pair:</source>
        <translation>P&amp;ar de cartas:</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="158"/>
        <source>Poor letter</source>
        <translation>Carta deficiente</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="161"/>
        <source>Repaired letter</source>
        <translation>Carta corregida</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="168"/>
        <source>R&amp;eset Letter</source>
        <translation>Res&amp;tablecer carta</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="169"/>
        <source>Bring back the original poor letter</source>
        <translation>Recuperar la carta deficiente original</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="170"/>
        <source>Point at a marked phrase to see what is wrong with it.</source>
        <translation>Pase el puntero sobre una frase marcada para ver qué tiene de malo.</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="179"/>
        <source>P&amp;oor letter — rewrite it here</source>
        <translation>Carta d&amp;eficiente — reescríbala aquí</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="180"/>
        <source>Re&amp;paired letter</source>
        <translation>Carta corre&amp;gida</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="196"/>
        <source>F&amp;indings in your rewrite</source>
        <translation>&amp;Observaciones en su reescritura</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="206"/>
        <source>&amp;Training</source>
        <translation>&amp;Capacitación</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="207"/>
        <source>&amp;Next Pair</source>
        <translation>Par &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="210"/>
        <source>&amp;Previous Pair</source>
        <translation>Par &amp;anterior</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="215"/>
        <source>&amp;Reset Letter</source>
        <translation>&amp;Restablecer carta</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="217"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="219"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="220"/>
        <source>&amp;Presentation View</source>
        <translation>Vista de &amp;presentación</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="223"/>
        <source>Large type for a projector (%1)</source>
        <translation>Letra grande para proyector (%1)</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="224"/>
        <source>&amp;Full Screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="247"/>
        <source>In training, rewrite the words instead of dismissing the finding.</source>
        <translation>En la capacitación, reescriba el texto en lugar de descartar la observación.</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="253"/>
        <source>No training letters are installed for this language.</source>
        <translation>No hay cartas de capacitación instaladas para este idioma.</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="270"/>
        <source>%1 — Training — Amends</source>
        <translation>%1 — Capacitación — Amends</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="350"/>
        <source>The words have changed since the last check; try again.</source>
        <translation>El texto cambió desde la última verificación; inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>amends::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="17"/>
        <source>Welcome to Amends</source>
        <translation>Le damos la bienvenida a Amends</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="19"/>
        <source>&lt;h2&gt;Welcome to Amends&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Le damos la bienvenida a Amends&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="20"/>
        <source>&lt;p&gt;A letter takes three steps: the &lt;b&gt;case details&lt;/b&gt; (who, which invoice, how much), then the &lt;b&gt;six parts&lt;/b&gt; of an apology, each with guidance and ready phrases, then the &lt;b&gt;review&lt;/b&gt;, where you see what is left before it can go out. The preview on the right is the letter as it will be sent; problems are underlined as you type and listed under &lt;i&gt;Findings&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una carta se hace en tres pasos: los &lt;b&gt;datos del caso&lt;/b&gt; (quién, qué factura, cuánto), después las &lt;b&gt;seis partes&lt;/b&gt; de una disculpa, cada una con indicaciones y frases predefinidas, y por último la &lt;b&gt;revisión&lt;/b&gt;, donde verá qué falta antes de que la carta pueda enviarse. La vista previa de la derecha es la carta tal como se enviará; los problemas se subrayan mientras escribe y aparecen en &lt;i&gt;Observaciones&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="28"/>
        <source>&amp;Last letters:</source>
        <translation>Cartas &amp;recientes:</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="44"/>
        <source>Read the &amp;Guide</source>
        <translation>Leer la &amp;guía</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="46"/>
        <source>&amp;Start with an example</source>
        <translation>&amp;Empezar con un ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="47"/>
        <source>Close this page and look at the example letter that is open.</source>
        <translation>Cerrar esta página y ver la carta de ejemplo que está abierta.</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="73"/>
        <source>&amp;New letter from a scenario</source>
        <translation>&amp;Nueva carta a partir de un escenario</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="73"/>
        <source>Pick what went wrong with the bill; a model letter for it is filled in.</source>
        <translation>Elija qué salió mal en la factura; se completa una carta modelo para ese caso.</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="76"/>
        <source>&amp;Open a saved letter</source>
        <translation>&amp;Abrir una carta guardada</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="76"/>
        <source>Continue a draft (.amends) you or a colleague saved.</source>
        <translation>Continuar un borrador (.amends) que guardó usted o un colega.</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="78"/>
        <source>&amp;Check a letter written elsewhere</source>
        <translation>&amp;Verificar una carta escrita en otro lugar</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="78"/>
        <source>Paste or open a plain-text letter and see its score and findings.</source>
        <translation>Pegue o abra una carta en texto sin formato y vea su puntuación y sus observaciones.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/command.cpp" line="44"/>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="45"/>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="49"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Pruebe &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="13"/>
        <source>Usage: amends-cli COMMAND [OPTIONS]

Write, check and export apology letters for billing errors.

Commands:
  check [--format text|json|sarif|checkstyle] [--min-severity LEVEL] [--quiet]
        [--lang CODE] [--rules FILE]... [--no-config] [--recursive] [--glob PATTERN]... FILE...
                        check letters (.amends, .txt, folders, - for stdin)
  report DIR -o OUT [--format html|json] [--lang CODE] [--rules FILE]... [--recursive]
                        one report on every letter in a folder (HTML or JSON)
  rules [--lang CODE] [--rules FILE]... [SEARCH]
                        list every rule with why it matters and examples
  new --scenario ID [--lang CODE] [--set KEY=VALUE]... -o DRAFT
                        create a draft from a scenario template
  render DRAFT [--format text|html]
                        print the composed letter
  export DRAFT -o OUT
                        write the letter as .pdf, .odt, .html, .txt, .eml or .ics
  scenarios [--lang CODE]
                        list the scenario templates
  spell (--lang CODE | --dictionary PATH) [--list] [FILE...]
                        check the spelling of letters or standard input

Options:
  -h, --help            show this help (also after a command)
  --version             show the version
</source>
        <translation>Uso: amends-cli COMANDO [OPCIONES]

Escriba, verifique y exporte cartas de disculpa por errores de cobro.

Comandos:
  check [--format text|json|sarif|checkstyle] [--min-severity LEVEL] [--quiet]
        [--lang CODE] [--rules FILE]... [--no-config] [--recursive] [--glob PATTERN]... FILE...
                        verifica cartas (.amends, .txt, carpetas, - para la entrada estándar)
  report DIR -o OUT [--format html|json] [--lang CODE] [--rules FILE]... [--recursive]
                        un reporte de todas las cartas de una carpeta (HTML o JSON)
  rules [--lang CODE] [--rules FILE]... [SEARCH]
                        lista cada regla, por qué importa y ejemplos
  new --scenario ID [--lang CODE] [--set KEY=VALUE]... -o DRAFT
                        crea un borrador a partir de un escenario
  render DRAFT [--format text|html]
                        muestra la carta compuesta
  export DRAFT -o OUT
                        guarda la carta como .pdf, .odt, .html, .txt, .eml o .ics
  scenarios [--lang CODE]
                        lista los escenarios
  spell (--lang CODE | --dictionary PATH) [--list] [FILE...]
                        revisa la ortografía de cartas o de la entrada estándar

Opciones:
  -h, --help            muestra esta ayuda (también después de un comando)
  --version             muestra la versión
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="85"/>
        <source>cannot export: its helper, amends-cli-export, is not installed beside amends-cli. Reinstall Amends.</source>
        <translation>no se puede exportar: su programa auxiliar, amends-cli-export, no está instalado junto a amends-cli. Reinstale Amends.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="99"/>
        <source>Write and review apology letters for billing errors.</source>
        <translation>Redactar y revisar cartas de disculpa por errores de facturación.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="102"/>
        <source>A letter (.amends) to open.</source>
        <translation>Una carta (.amends) para abrir.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="85"/>
        <source>Start with the sample case of scenario &lt;id&gt;.</source>
        <translation>Empezar con el caso de ejemplo del escenario &lt;id&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="81"/>
        <source>Show this help and quit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="83"/>
        <source>Show the version and quit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="89"/>
        <source>Save every wizard page, filled with a sample case (or DRAFT), as PNG files in &lt;dir&gt;, then quit.</source>
        <translation>Guardar cada página del asistente, completada con un caso de ejemplo (o DRAFT), como archivos PNG en &lt;dir&gt; y después salir.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="93"/>
        <source>With --screenshot, the window&apos;s size (default 1440x900).</source>
        <translation>Con --screenshot, el tamaño de la ventana (predeterminado: 1440x900).</translation>
    </message>
</context>
</TS>
