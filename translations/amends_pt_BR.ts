<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>SarifText</name>
    <message>
        <location filename="../app/services/sarifreport.cpp" line="57"/>
        <source>A word the dictionary does not know.</source>
        <translation>Uma palavra que o dicionário não conhece.</translation>
    </message>
</context>
<context>
    <name>amends::cli::Check</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="36"/>
        <source>Output: text (like a compiler), json, sarif (SARIF 2.1.0, for code scanning) or checkstyle (XML).</source>
        <translation>Saída: text (como a de um compilador), json, sarif (SARIF 2.1.0, para análise de código) ou checkstyle (XML).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="39"/>
        <source>Show only findings of this severity or a more severe one: error, warning or suggestion (the default).</source>
        <translation>Mostrar só os apontamentos desta gravidade ou de uma mais grave: error, warning ou suggestion (padrão).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="42"/>
        <source>Print only the findings: no summary, and nothing at all when there are none.</source>
        <translation>Mostrar só os apontamentos: sem resumo, e nada quando não houver nenhum.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="45"/>
        <source>Drafts (.amends), text letters (.txt), folders of them, or - for standard input.</source>
        <translation>Rascunhos (.amends), cartas em texto (.txt), pastas com eles ou - para a entrada padrão.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="47"/>
        <source>Check letters for blame-shifting, non-apologies, jargon, missing sections, unfilled placeholders and more.
Settings, in rising order: the built-in rules, the application&apos;s settings, the nearest .amends.json project file in the letter&apos;s folder or above, the command line (--no-config: the built-in rules and the command line only).
Exit status: 0 no error-level finding, 1 some (errors are shown whatever --min-severity says), 2 bad usage or unreadable input.</source>
        <translation>Verifique cartas em busca de transferência de culpa, falsas desculpas, jargão, seções ausentes, marcadores não preenchidos e mais.
Configurações, em ordem crescente de prioridade: as regras embutidas, as configurações do aplicativo, o arquivo de projeto .amends.json mais próximo (na pasta da carta ou acima dela) e a linha de comando (--no-config: só as regras embutidas e a linha de comando).
Código de saída: 0 nenhum apontamento de nível erro, 1 algum (os erros são mostrados seja qual for o --min-severity), 2 uso incorreto ou entrada ilegível.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="56"/>
        <source>unknown format &quot;%1&quot;; use %2.</source>
        <translation>formato desconhecido &quot;%1&quot;; use %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="59"/>
        <source>unknown severity &quot;%1&quot;; use error, warning or suggestion.</source>
        <translation>gravidade desconhecida &quot;%1&quot;; use error, warning ou suggestion.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="84"/>
        <source>Letters checked: %1; errors: %2, warnings: %3, suggestions: %4.</source>
        <translation>Cartas verificadas: %1; erros: %2, avisos: %3, sugestões: %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="66"/>
        <source>&apos;check&apos; needs at least one FILE.</source>
        <translation>&apos;check&apos; precisa de pelo menos um FILE.</translation>
    </message>
</context>
<context>
    <name>amends::cli::Export</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="28"/>
        <source>The file to write; its suffix chooses the format: .pdf, .odt, .html, .txt, .eml (email with the PDF attached) or .ics (follow-up reminder).</source>
        <translation>O arquivo a gravar; a extensão define o formato: .pdf, .odt, .html, .txt, .eml (e-mail com o PDF anexado) ou .ics (lembrete de retorno).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="32"/>
        <source>Export even a letter that is not ready (unfilled placeholders, empty required fields, error-level findings).</source>
        <translation>Exportar mesmo uma carta que não está pronta (marcadores não preenchidos, campos obrigatórios vazios, apontamentos de nível erro).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="35"/>
        <source>The draft (.amends) to export.</source>
        <translation>O rascunho (.amends) a exportar.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="37"/>
        <source>Export the letter of a draft. Paper size, letterhead logo and PDF/A come from your preferences. The output file is written completely or not at all. A letter that is not ready to leave is refused with the reasons (exit status 1) unless --force is given.</source>
        <translation>Exporte a carta de um rascunho. Tamanho do papel, logo do papel timbrado e PDF/A vêm das suas preferências. O arquivo de saída é gravado por inteiro ou não é gravado. Uma carta que ainda não pode ser enviada é recusada com os motivos (código de saída 1), a menos que se informe --force.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="43"/>
        <source>&apos;export&apos; needs exactly one DRAFT.</source>
        <translation>&apos;export&apos; precisa de exatamente um DRAFT.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="46"/>
        <source>&apos;export&apos; needs an output file: -o OUT.</source>
        <translation>&apos;export&apos; precisa de um arquivo de saída: -o OUT.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="48"/>
        <source>unknown output type &quot;%1&quot;; use .pdf, .odt, .html, .txt, .eml or .ics.</source>
        <translation>tipo de saída desconhecido &quot;%1&quot;; use .pdf, .odt, .html, .txt, .eml ou .ics.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="64"/>
        <source>amends-cli: the letter is not ready to leave; nothing was written:</source>
        <translation>amends-cli: a carta ainda não pode ser enviada; nada foi gravado:</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="67"/>
        <source>Fix these, or export anyway with --force.</source>
        <translation>Corrija estes pontos ou exporte assim mesmo com --force.</translation>
    </message>
</context>
<context>
    <name>amends::cli::LetterOptions</name>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="82"/>
        <source>the house rule pack &quot;%1&quot; chosen in the application&apos;s preferences is not a file; choose another there, or pass --no-config to check without the settings.</source>
        <translation>o pacote de regras da empresa &quot;%1&quot; escolhido nas preferências do aplicativo não é um arquivo; escolha outro lá ou informe --no-config para verificar sem as configurações.</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="125"/>
        <source>Language of the letters, e.g. en-US (drafts default to their own).</source>
        <translation>Idioma das cartas, ex.: en-US (se omitido, cada rascunho usa o seu).</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="126"/>
        <source>A house rule pack to add (repeatable).</source>
        <translation>Um pacote de regras da empresa a adicionar (repetível).</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="127"/>
        <source>Switch a rule off by its id (repeatable).</source>
        <translation>Desativar uma regra pelo id (repetível).</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="128"/>
        <source>Skip the spelling check.</source>
        <translation>Pular a verificação ortográfica.</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="130"/>
        <source>Ignore the application&apos;s settings and .amends.json project files: built-in rules and the command line only.</source>
        <translation>Ignorar as configurações do aplicativo e os arquivos de projeto .amends.json: só as regras embutidas e a linha de comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="131"/>
        <source>Check the letters in the folders of folders too.</source>
        <translation>Verificar também as cartas das subpastas.</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="133"/>
        <source>Only letters in folders whose file name matches PATTERN (repeatable; default *.amends and *.txt).</source>
        <translation>Nas pastas, só as cartas cujo nome de arquivo corresponde a PATTERN (repetível; padrão: *.amends e *.txt).</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="147"/>
        <source>&quot;%1&quot; is not a language such as en-US.</source>
        <translation>&quot;%1&quot; não é um idioma como pt-BR.</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="158"/>
        <source>--glob &quot;%1&quot; is not a file-name pattern such as *.amends.</source>
        <translation>--glob &quot;%1&quot; não é um padrão de nome de arquivo como *.amends.</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="175"/>
        <source>found no letters (%1) in %2%3.</source>
        <translation>nenhuma carta (%1) encontrada em %2%3.</translation>
    </message>
    <message>
        <location filename="../app/cli/letteroptions.cpp" line="177"/>
        <source>; --recursive looks in their folders too</source>
        <translation>; --recursive procura também nas subpastas</translation>
    </message>
</context>
<context>
    <name>amends::cli::New</name>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="25"/>
        <source>The scenario to start from (see &apos;amends-cli scenarios&apos;).</source>
        <translation>O cenário de partida (veja &apos;amends-cli scenarios&apos;).</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="26"/>
        <source>Letter language, e.g. en-US or en-GB.</source>
        <translation>Idioma da carta, ex.: en-US ou en-GB.</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="27"/>
        <source>Set a case field, e.g. customer.name=&quot;Ana Silva&quot;; repeatable.</source>
        <translation>Definir um campo do caso, ex.: customer.name=&quot;Ana Silva&quot;; repetível.</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="28"/>
        <source>The draft file to write.</source>
        <translation>O arquivo de rascunho a gravar.</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="34"/>
        <source>Create a draft letter from a scenario template.

Field keys: %1.
Amounts are plain decimals (120.00), dates YYYY-MM-DD; date.letter defaults to today. Sender and company default to your saved profile.</source>
        <translation>Crie um rascunho de carta a partir de um modelo de cenário.

Chaves de campo: %1.
Valores em decimais simples (120.00), datas AAAA-MM-DD; date.letter é hoje se omitido. Remetente e empresa vêm do seu perfil salvo se omitidos.</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="39"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argumento inesperado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="41"/>
        <source>&apos;new&apos; needs --scenario ID and -o DRAFT.</source>
        <translation>&apos;new&apos; precisa de --scenario ID e -o DRAFT.</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="46"/>
        <source>unsupported language &quot;%1&quot;; use one of: %2.</source>
        <translation>idioma não suportado &quot;%1&quot;; use um destes: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="50"/>
        <source>no scenario &quot;%1&quot; for %2; see &apos;amends-cli scenarios&apos;.</source>
        <translation>não há cenário &quot;%1&quot; para %2; veja &apos;amends-cli scenarios&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/newcommand.cpp" line="59"/>
        <source>--set needs KEY=VALUE (got &quot;%1&quot;).</source>
        <translation>--set precisa de KEY=VALUE (recebido: &quot;%1&quot;).</translation>
    </message>
</context>
<context>
    <name>amends::cli::Render</name>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="14"/>
        <source>Output format: text (default) or html.</source>
        <translation>Formato de saída: text (padrão) ou html.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="17"/>
        <source>The draft (.amends) to render.</source>
        <translation>O rascunho (.amends) a mostrar.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="19"/>
        <source>Print the composed letter of a draft on standard output.</source>
        <translation>Mostre a carta composta de um rascunho na saída padrão.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="24"/>
        <source>unknown format &quot;%1&quot;; use text or html.</source>
        <translation>formato desconhecido &quot;%1&quot;; use text ou html.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="26"/>
        <source>&apos;render&apos; needs exactly one DRAFT.</source>
        <translation>&apos;render&apos; precisa de exatamente um DRAFT.</translation>
    </message>
</context>
<context>
    <name>amends::cli::Report</name>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="31"/>
        <source>Where to write the report.</source>
        <translation>Onde gravar o relatório.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="32"/>
        <source>Report as an HTML page (default) or as JSON.</source>
        <translation>Relatório como página HTML (padrão) ou como JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="36"/>
        <source>A folder of drafts (.amends) and text letters (.txt).</source>
        <translation>Uma pasta de rascunhos (.amends) e cartas em texto (.txt).</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="47"/>
        <source>unknown format &quot;%1&quot;; use html or json.</source>
        <translation>formato desconhecido &quot;%1&quot;; use html ou json.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="38"/>
        <source>Check every letter in a folder and write one report: each letter&apos;s status, score, findings by category and missing parts, and a chart of findings across the folder.
Settings, in rising order: the built-in rules, the application&apos;s settings, the nearest .amends.json project file in the letter&apos;s folder or above, the command line (--no-config: the built-in rules and the command line only).
Exit status: 0 report written (whatever the letters&apos; findings), 2 bad usage, unreadable input or unwritable report.</source>
        <translation>Verifique todas as cartas de uma pasta e gere um único relatório: status, pontuação, apontamentos por categoria e partes ausentes de cada carta, além de um gráfico dos apontamentos em toda a pasta.
Configurações, em ordem crescente de prioridade: as regras embutidas, as configurações do aplicativo, o arquivo de projeto .amends.json mais próximo (na pasta da carta ou acima dela) e a linha de comando (--no-config: só as regras embutidas e a linha de comando).
Código de saída: 0 relatório gravado (sejam quais forem os apontamentos das cartas), 2 uso incorreto, entrada ilegível ou relatório que não pôde ser gravado.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="52"/>
        <source>&apos;report&apos; needs exactly one folder.</source>
        <translation>&apos;report&apos; precisa de exatamente uma pasta.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="55"/>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>&quot;%1&quot; não é uma pasta.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="58"/>
        <source>&apos;report&apos; needs -o OUT, the file to write.</source>
        <translation>&apos;report&apos; precisa de -o OUT, o arquivo a gravar.</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="60"/>
        <source>cannot write &quot;%1&quot;: its folder does not exist.</source>
        <translation>não é possível gravar &quot;%1&quot;: a pasta dele não existe.</translation>
    </message>
</context>
<context>
    <name>amends::cli::Rules</name>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="30"/>
        <source>Why:</source>
        <translation>Por quê:</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="32"/>
        <source>Source:</source>
        <translation>Fonte:</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="34"/>
        <source>Bad:</source>
        <translation>Errado:</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="36"/>
        <source>Good:</source>
        <translation>Correto:</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="45"/>
        <source>Language of the rules (default en).</source>
        <translation>Idioma das regras (padrão: en).</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="46"/>
        <source>Also list a house rule pack (repeatable).</source>
        <translation>Listar também um pacote de regras da empresa (repetível).</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="48"/>
        <source>Only rules whose id, category or text contains this.</source>
        <translation>Só as regras cujo id, categoria ou texto contém isto.</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="49"/>
        <source>List every rule with its category, why it matters, its source and examples.</source>
        <translation>Liste todas as regras com a categoria, por que importam, a fonte e exemplos.</translation>
    </message>
    <message>
        <location filename="../app/cli/rulescommand.cpp" line="54"/>
        <source>&quot;%1&quot; is not a language such as en-US.</source>
        <translation>&quot;%1&quot; não é um idioma como pt-BR.</translation>
    </message>
</context>
<context>
    <name>amends::cli::Scenarios</name>
    <message>
        <location filename="../app/cli/scenarioscommand.cpp" line="14"/>
        <source>Only scenarios for this language.</source>
        <translation>Só os cenários deste idioma.</translation>
    </message>
    <message>
        <location filename="../app/cli/scenarioscommand.cpp" line="17"/>
        <source>List the scenario templates: id, language, title and summary.</source>
        <translation>Liste os modelos de cenário: id, idioma, título e resumo.</translation>
    </message>
</context>
<context>
    <name>amends::cli::Spell</name>
    <message>
        <location filename="../app/cli/spellcommand.cpp" line="65"/>
        <source>no dictionary at &quot;%1&quot; (it needs a .aff and a .dic file).</source>
        <translation>não há dicionário em &quot;%1&quot; (são necessários um arquivo .aff e um .dic).</translation>
    </message>
    <message>
        <location filename="../app/cli/spellcommand.cpp" line="70"/>
        <source>&quot;%1&quot; is not a language such as en-US.</source>
        <translation>&quot;%1&quot; não é um idioma como pt-BR.</translation>
    </message>
    <message>
        <location filename="../app/cli/spellcommand.cpp" line="76"/>
        <source>no spelling dictionary for %1; install one (e.g. hunspell-%2) or pass --dictionary. Searched: %3</source>
        <translation>não há dicionário ortográfico para %1; instale um (ex.: hunspell-%2) ou informe --dictionary. Locais pesquisados: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/spellcommand.cpp" line="95"/>
        <source>a letter</source>
        <translation>uma carta</translation>
    </message>
    <message>
        <location filename="../app/cli/spellcommand.cpp" line="139"/>
        <source>The dictionary of language CODE, e.g. en-US.</source>
        <translation>O dicionário do idioma CODE, ex.: en-US.</translation>
    </message>
    <message>
        <location filename="../app/cli/spellcommand.cpp" line="142"/>
        <source>A Hunspell dictionary: the path of its .dic or .aff file.</source>
        <translation>Um dicionário Hunspell: o caminho do arquivo .dic ou .aff dele.</translation>
    </message>
    <message>
        <location filename="../app/cli/spellcommand.cpp" line="145"/>
        <source>Print only the misspelled words, one per line, as hunspell -l does.</source>
        <translation>Mostrar só as palavras com erro, uma por linha, como faz o hunspell -l.</translation>
    </message>
    <message>
        <location filename="../app/cli/spellcommand.cpp" line="147"/>
        <source>Drafts (.amends) or text letters; - or none for standard input.</source>
        <translation>Rascunhos (.amends) ou cartas em texto; - ou nada para a entrada padrão.</translation>
    </message>
    <message>
        <location filename="../app/cli/spellcommand.cpp" line="150"/>
        <source>Check the spelling of letters: the FILEs named (a draft&apos;s composed letter, a text letter) or standard input. Prints LINE:COLUMN: WORD: SUGGESTIONS for each misspelled word (FILE:LINE:COLUMN: ... when FILEs are named), or with --list only the words. Numbers, codes, addresses, URLs and {placeholders} are not checked.</source>
        <translation>Verifique a ortografia de cartas: os arquivos FILE indicados (a carta composta de um rascunho, uma carta em texto) ou a entrada padrão. Mostra LINE:COLUMN: WORD: SUGGESTIONS para cada palavra com erro (FILE:LINE:COLUMN: ... quando há arquivos indicados) ou, com --list, só as palavras. Números, códigos, endereços, URLs e {marcadores} não são verificados.</translation>
    </message>
    <message>
        <location filename="../app/cli/spellcommand.cpp" line="156"/>
        <source>&apos;spell&apos; needs either --lang CODE or --dictionary PATH.</source>
        <translation>&apos;spell&apos; precisa de --lang CODE ou de --dictionary PATH.</translation>
    </message>
</context>
<context>
    <name>amends::core::ApologyScore</name>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="20"/>
        <source>Say sorry plainly in the first paragraph.</source>
        <translation>Peça desculpas com clareza no primeiro parágrafo.</translation>
    </message>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="21"/>
        <source>Say that the mistake was ours.</source>
        <translation>Diga que o erro foi nosso.</translation>
    </message>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="22"/>
        <source>Explain in plain words what went wrong.</source>
        <translation>Explique com palavras simples o que deu errado.</translation>
    </message>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="23"/>
        <source>Say what we did to put it right, with the amount and the date.</source>
        <translation>Diga o que fizemos para corrigir, com o valor e a data.</translation>
    </message>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="24"/>
        <source>Say what changes so it does not happen again.</source>
        <translation>Diga o que muda para que não aconteça de novo.</translation>
    </message>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="25"/>
        <source>Give a named person, a phone number or email, and the follow-up date.</source>
        <translation>Indique uma pessoa pelo nome, um telefone ou e-mail e a data de retorno.</translation>
    </message>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="34"/>
        <source>The apology score (0 to 100) gives up to 70 points for the six parts a letter covers, weighted as readers value them (Lewicki, Polin &amp; Lount 2016): responsibility %1, remedy %2, regret %3, explanation %4, improvement %5, contact %6. A part counts only when it does its job: &quot;sorry if you feel&quot; is no regret, blaming a supplier owns nothing. Findings take away up to 30 points: %7 for an error, %8 for a warning, %9 for a suggestion. Asking for forgiveness neither earns nor costs anything. A letter with an error-level finding, which must not be sent as it is, scores at most %10.</source>
        <translation>A pontuação da carta (0 a 100) dá até 70 pontos pelas seis partes de um pedido de desculpas que ela cobre, ponderadas conforme o valor que os leitores dão a cada uma (Lewicki, Polin &amp; Lount 2016): responsabilidade %1, solução %2, desculpas %3, explicação %4, melhoria %5, contato %6. Uma parte só conta quando cumpre seu papel: &quot;lamentamos se você se sentiu&quot; não é pedido de desculpas, e culpar um fornecedor não é assumir nada. Os apontamentos tiram até 30 pontos: %7 por erro, %8 por aviso, %9 por sugestão. Pedir perdão não soma nem tira pontos. Uma carta com um apontamento de nível erro, que não deve ser enviada como está, recebe no máximo %10.</translation>
    </message>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="114"/>
        <source>Fix: %1</source>
        <translation>Corrija: %1</translation>
    </message>
</context>
<context>
    <name>amends::core::DisplayNames</name>
    <message>
        <location filename="../app/core/displaynames.cpp" line="21"/>
        <source>Spelling</source>
        <translation>Ortografia</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="22"/>
        <source>Non-apology</source>
        <translation>Falsa desculpa</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="23"/>
        <source>Blame-shifting</source>
        <translation>Transferência de culpa</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="24"/>
        <source>Defensive</source>
        <translation>Defensivo</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="25"/>
        <source>Hides who erred</source>
        <translation>Oculta quem errou</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="26"/>
        <source>Jargon</source>
        <translation>Jargão</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="27"/>
        <source>Cliché or wordy</source>
        <translation>Clichê ou prolixo</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="28"/>
        <source>Missing part</source>
        <translation>Parte ausente</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="29"/>
        <source>Unfilled</source>
        <translation>Não preenchido</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="30"/>
        <source>Personal touch</source>
        <translation>Toque pessoal</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="31"/>
        <source>Readability</source>
        <translation>Legibilidade</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="32"/>
        <source>Length</source>
        <translation>Extensão</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="33"/>
        <source>Promptness</source>
        <translation>Rapidez</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="34"/>
        <source>Tone</source>
        <translation>Tom</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="35"/>
        <source>Facts of the case</source>
        <translation>Fatos do caso</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="44"/>
        <source>Regret</source>
        <translation>Desculpas</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="45"/>
        <source>Responsibility</source>
        <translation>Responsabilidade</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="46"/>
        <source>Explanation</source>
        <translation>Explicação</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="47"/>
        <source>Remedy</source>
        <translation>Solução</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="48"/>
        <source>Improvement</source>
        <translation>Melhoria</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="49"/>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="58"/>
        <source>Customer name</source>
        <translation>Nome do cliente</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="59"/>
        <source>Address them as</source>
        <translation>Tratamento</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="60"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="61"/>
        <source>Postal address</source>
        <translation>Endereço postal</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="62"/>
        <source>Case reference</source>
        <translation>Referência do caso</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="63"/>
        <source>Invoice number</source>
        <translation>Número da fatura</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="64"/>
        <source>Account number</source>
        <translation>Número da conta</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="65"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="66"/>
        <source>Amount charged</source>
        <translation>Valor cobrado</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="67"/>
        <source>Correct amount</source>
        <translation>Valor correto</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="68"/>
        <source>Refund or credit</source>
        <translation>Reembolso ou crédito</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="69"/>
        <source>Complaint received</source>
        <translation>Data da reclamação</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="70"/>
        <source>Letter date</source>
        <translation>Data da carta</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="71"/>
        <source>Follow-up on</source>
        <translation>Próximo contato</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="72"/>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="73"/>
        <source>Your title</source>
        <translation>Seu cargo</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="74"/>
        <source>Your phone</source>
        <translation>Seu telefone</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="75"/>
        <source>Your email</source>
        <translation>Seu e-mail</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="76"/>
        <source>Company name</source>
        <translation>Nome da empresa</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="77"/>
        <source>Company address</source>
        <translation>Endereço da empresa</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="78"/>
        <source>Company phone</source>
        <translation>Telefone da empresa</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="79"/>
        <source>Company email</source>
        <translation>E-mail da empresa</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="92"/>
        <source>Plain text</source>
        <translation>Texto simples</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="98"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="99"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../app/core/displaynames.cpp" line="100"/>
        <source>Suggestion</source>
        <translation>Sugestão</translation>
    </message>
</context>
<context>
    <name>amends::core::DraftFile</name>
    <message>
        <location filename="../app/core/draftfile.cpp" line="42"/>
        <source>&quot;%1&quot; should be text.</source>
        <translation>&quot;%1&quot; deveria ser texto.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="54"/>
        <source>&quot;%1&quot; should be a group of values.</source>
        <translation>&quot;%1&quot; deveria ser um grupo de valores.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="64"/>
        <source>&quot;%1&quot; should be a list.</source>
        <translation>&quot;%1&quot; deveria ser uma lista.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="75"/>
        <source>&quot;%1&quot; should be a date and time.</source>
        <translation>&quot;%1&quot; deveria ser uma data e hora.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="127"/>
        <source>Unknown review status &quot;%1&quot;.</source>
        <translation>Status de revisão desconhecido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="143"/>
        <source>Unknown section &quot;%1&quot; in a comment.</source>
        <translation>Seção desconhecida &quot;%1&quot; em um comentário.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="158"/>
        <source>A review comment is not a group of values.</source>
        <translation>Um comentário de revisão não é um grupo de valores.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="255"/>
        <source>This is not an Amends draft (its &quot;format&quot; is not &quot;amends-draft&quot;).</source>
        <translation>Isto não é um rascunho do Amends (o &quot;format&quot; dele não é &quot;amends-draft&quot;).</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="258"/>
        <source>The draft has no valid format version.</source>
        <translation>O rascunho não tem uma versão de formato válida.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="262"/>
        <source>The draft&apos;s format version (%1) is not a version number: it should be a whole number such as %2.</source>
        <translation>A versão de formato do rascunho (%1) não é um número de versão: deveria ser um número inteiro, como %2.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="268"/>
        <source>This draft was saved by a newer version of Amends (format version %1; this version reads up to %2). Please update Amends to open it.</source>
        <translation>Este rascunho foi salvo por uma versão mais recente do Amends (versão de formato %1; esta versão lê até a %2). Atualize o Amends para abri-lo.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="273"/>
        <source>Format version %1 of this draft cannot be converted.</source>
        <translation>Não é possível converter a versão de formato %1 deste rascunho.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="281"/>
        <source>&quot;%1&quot; is not a language such as en-US.</source>
        <translation>&quot;%1&quot; não é um idioma como pt-BR.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="303"/>
        <source>The draft is damaged: %1</source>
        <translation>O rascunho está danificado: %1</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="313"/>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="314"/>
        <source>The file is not a readable draft: it is cut short or damaged (%1 at byte %2).</source>
        <translation>O arquivo não é um rascunho legível: está incompleto ou danificado (%1 no byte %2).</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="319"/>
        <source>This is not an Amends draft.</source>
        <translation>Isto não é um rascunho do Amends.</translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="326"/>
        <source>a draft</source>
        <translation>um rascunho</translation>
    </message>
    <message>
        <location filename="../app/core/atomicfile.cpp" line="76"/>
        <location filename="../app/core/atomicfile.cpp" line="84"/>
        <location filename="../app/core/atomicfile.cpp" line="89"/>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>Não é possível gravar &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <location filename="../app/core/atomicfile.cpp" line="83"/>
        <source>Cannot save &quot;%1&quot;: %2. The previous version is unchanged.</source>
        <translation>Não é possível salvar &quot;%1&quot;: %2. A versão anterior não foi alterada.</translation>
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
        <translation>valor cobrado</translation>
    </message>
    <message>
        <location filename="../app/core/factchecks.cpp" line="117"/>
        <location filename="../app/core/factchecks.cpp" line="222"/>
        <location filename="../app/core/factchecks.cpp" line="225"/>
        <source>correct amount</source>
        <translation>valor correto</translation>
    </message>
    <message>
        <location filename="../app/core/factchecks.cpp" line="119"/>
        <source>overcharge</source>
        <translation>valor cobrado a mais</translation>
    </message>
</context>
<context>
    <name>amends::core::Fields</name>
    <message>
        <location filename="../app/core/fields.cpp" line="130"/>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1 é longo demais (%2 caracteres; máximo de %3).</translation>
    </message>
    <message>
        <location filename="../app/core/fields.cpp" line="137"/>
        <source>%1 must be a plain decimal amount such as 120.00 (got &quot;%2&quot;).</source>
        <translation>%1 deve ser um valor decimal simples, como 120.00 (recebido: &quot;%2&quot;).</translation>
    </message>
    <message>
        <location filename="../app/core/fields.cpp" line="143"/>
        <source>%1 must be a three-letter currency code such as USD or EUR (got &quot;%2&quot;).</source>
        <translation>%1 deve ser um código de moeda de três letras, como BRL ou USD (recebido: &quot;%2&quot;).</translation>
    </message>
    <message>
        <location filename="../app/core/fields.cpp" line="148"/>
        <source>%1 must be a date written as YYYY-MM-DD (got &quot;%2&quot;).</source>
        <translation>%1 deve ser uma data no formato AAAA-MM-DD (recebido: &quot;%2&quot;).</translation>
    </message>
    <message>
        <location filename="../app/core/fields.cpp" line="153"/>
        <source>%1 must be an email address such as name@example.com (got &quot;%2&quot;).</source>
        <translation>%1 deve ser um endereço de e-mail, como nome@example.com (recebido: &quot;%2&quot;).</translation>
    </message>
    <message>
        <location filename="../app/core/fields.cpp" line="167"/>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Campo desconhecido: &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>amends::core::LetterSize</name>
    <message>
        <location filename="../app/core/lettersize.cpp" line="26"/>
        <source>The letter is too large: the limit for a letter is %1 of text.</source>
        <translation>A carta é grande demais: o limite de uma carta é %1 de texto.</translation>
    </message>
    <message>
        <location filename="../app/core/lettersize.cpp" line="28"/>
        <source>&quot;%1&quot; is too large for a letter: the limit is %2 of text.</source>
        <translation>&quot;%1&quot; é grande demais para uma carta: o limite é %2 de texto.</translation>
    </message>
</context>
<context>
    <name>amends::core::PersonalDictionary</name>
    <message>
        <location filename="../app/core/personaldictionary.cpp" line="34"/>
        <source>Cannot read the personal dictionary &quot;%1&quot;.</source>
        <translation>Não é possível ler o dicionário pessoal &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/personaldictionary.cpp" line="73"/>
        <source>&quot;%1&quot; cannot be added: a dictionary entry is one word.</source>
        <translation>Não é possível adicionar &quot;%1&quot;: cada entrada do dicionário é uma única palavra.</translation>
    </message>
    <message>
        <location filename="../app/core/personaldictionary.cpp" line="99"/>
        <source>Cannot create the folder for &quot;%1&quot;.</source>
        <translation>Não é possível criar a pasta para &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>amends::core::PhrasePattern</name>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="258"/>
        <source>the pattern is %1 characters long; the limit is %2</source>
        <translation>o padrão tem %1 caracteres; o limite é %2</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="264"/>
        <location filename="../app/core/phrasepattern.cpp" line="451"/>
        <source>unexpected &quot;%1&quot; at position %2</source>
        <translation>&quot;%1&quot; inesperado na posição %2</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="302"/>
        <source>empty alternative at position %1</source>
        <translation>alternativa vazia na posição %1</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="311"/>
        <source>groups nested more than %1 deep at position %2</source>
        <translation>grupos aninhados em mais de %1 níveis na posição %2</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="326"/>
        <source>missing &quot;%1&quot;</source>
        <translation>falta &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="345"/>
        <source>&quot;?&quot; right after a group at position %1 asks for a question, it does not make the group optional: write [words] for optional words</source>
        <translation>&quot;?&quot; logo depois de um grupo na posição %1 pede uma pergunta; não torna o grupo opcional: escreva [palavras] para palavras opcionais</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="366"/>
        <location filename="../app/core/phrasepattern.cpp" line="377"/>
        <source>&quot;!&quot; must be followed by words</source>
        <translation>&quot;!&quot; deve ser seguido de palavras</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="395"/>
        <source>missing &quot;}&quot;</source>
        <translation>falta &quot;}&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="405"/>
        <source>unknown word list {%1}</source>
        <translation>lista de palavras desconhecida {%1}</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="409"/>
        <source>word lists nested too deeply at {%1}</source>
        <translation>listas de palavras aninhadas demais em {%1}</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="417"/>
        <source>word list {%1} expands to more than %2 alternatives</source>
        <translation>a lista de palavras {%1} gera mais de %2 alternativas</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="434"/>
        <source>in {%1} entry &quot;%2&quot;: %3</source>
        <translation>em {%1}, entrada &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="871"/>
        <source>a pattern can match at most %1 words</source>
        <translation>um padrão pode corresponder a no máximo %1 palavras</translation>
    </message>
</context>
<context>
    <name>amends::core::Readiness</name>
    <message>
        <location filename="../app/core/readiness.cpp" line="24"/>
        <source>“%1” is still empty, so the letter shows {%2}.</source>
        <translation>O campo “%1” ainda está vazio, por isso a carta mostra {%2}.</translation>
    </message>
    <message>
        <location filename="../app/core/readiness.cpp" line="26"/>
        <source>The placeholder {%1} does not name any field.</source>
        <translation>O marcador {%1} não corresponde a nenhum campo.</translation>
    </message>
    <message>
        <location filename="../app/core/readiness.cpp" line="29"/>
        <source>“%1” is still empty: fill it in on the case page.</source>
        <translation>O campo “%1” ainda está vazio: preencha-o na página Dados do caso.</translation>
    </message>
</context>
<context>
    <name>amends::core::ReviewWorkflow</name>
    <message>
        <location filename="../app/core/reviewworkflow.cpp" line="75"/>
        <source>A letter that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>Uma carta com status &quot;%1&quot; não pode passar para &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/reviewworkflow.cpp" line="86"/>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location filename="../app/core/reviewworkflow.cpp" line="87"/>
        <source>Ready for review</source>
        <translation>Pronta para revisão</translation>
    </message>
    <message>
        <location filename="../app/core/reviewworkflow.cpp" line="88"/>
        <source>Changes requested</source>
        <translation>Alterações solicitadas</translation>
    </message>
    <message>
        <location filename="../app/core/reviewworkflow.cpp" line="89"/>
        <source>Approved</source>
        <translation>Aprovada</translation>
    </message>
</context>
<context>
    <name>amends::core::RuleSet</name>
    <message>
        <location filename="../app/core/ruleset.cpp" line="117"/>
        <source>a text</source>
        <translation>um texto</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="118"/>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="119"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="120"/>
        <source>a list of texts</source>
        <translation>uma lista de textos</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="121"/>
        <source>a group of keys</source>
        <translation>um grupo de chaves</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="122"/>
        <source>a list of groups of keys</source>
        <translation>uma lista de grupos de chaves</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="123"/>
        <source>a group of lists of texts</source>
        <translation>um grupo de listas de textos</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="124"/>
        <source>a group of texts or lists of texts</source>
        <translation>um grupo de textos ou listas de textos</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="137"/>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1: chave desconhecida &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="140"/>
        <source>%1: &quot;%2&quot; should be %3</source>
        <translation>%1: &quot;%2&quot; deveria ser %3</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="226"/>
        <source>a rule pack</source>
        <translation>um pacote de regras</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="235"/>
        <source>%1: not an Amends rule pack (%2)</source>
        <translation>%1: não é um pacote de regras do Amends (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="236"/>
        <source>wrong format</source>
        <translation>formato incorreto</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="240"/>
        <source>%1: unsupported rule pack version</source>
        <translation>%1: versão de pacote de regras não suportada</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="276"/>
        <source>%1: &quot;disable&quot; names &quot;%2&quot;, which is no rule</source>
        <translation>%1: &quot;disable&quot; cita &quot;%2&quot;, que não é uma regra</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="350"/>
        <source>%1: contraction &quot;%2&quot;: its readings must be words, as many in each</source>
        <translation>%1: contração &quot;%2&quot;: as expansões devem ser palavras, na mesma quantidade em cada uma</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="366"/>
        <source>%1: pattern &quot;%2&quot;: %3</source>
        <translation>%1: padrão &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="380"/>
        <source>%1: regular expression &quot;%2&quot;: %3</source>
        <translation>%1: expressão regular &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="391"/>
        <location filename="../app/core/ruleset.cpp" line="397"/>
        <source>%1: unknown section &quot;%2&quot;</source>
        <translation>%1: seção desconhecida &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="437"/>
        <source>%1: a rule needs an id, a known category and a severity (error, warning, suggestion)</source>
        <translation>%1: uma regra precisa de um id, uma categoria conhecida e uma gravidade (error, warning, suggestion)</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="441"/>
        <source>%1: the id is used twice</source>
        <translation>%1: o id é usado duas vezes</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="457"/>
        <source>%1: a rule needs a message and at least one pattern</source>
        <translation>%1: uma regra precisa de uma mensagem e de pelo menos um padrão</translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="513"/>
        <source>No rules for the language &quot;%1&quot;.</source>
        <translation>Não há regras para o idioma &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/rulesetcodec.cpp" line="193"/>
        <source>not a compiled rule set of this version</source>
        <translation>não é um conjunto de regras compilado desta versão</translation>
    </message>
    <message>
        <location filename="../app/core/rulesetcodec.cpp" line="198"/>
        <source>the compiled rule set is cut short</source>
        <translation>o conjunto de regras compilado está incompleto</translation>
    </message>
    <message>
        <location filename="../app/core/rulesetcodec.cpp" line="202"/>
        <source>the compiled rule set was made from other rule packs</source>
        <translation>o conjunto de regras compilado foi feito a partir de outros pacotes de regras</translation>
    </message>
    <message>
        <location filename="../app/core/rulesetcodec.cpp" line="208"/>
        <source>the compiled rule set is damaged</source>
        <translation>o conjunto de regras compilado está danificado</translation>
    </message>
    <message>
        <location filename="../app/core/rulesetcodec.cpp" line="236"/>
        <source>the compiled rule set is malformed</source>
        <translation>o conjunto de regras compilado está malformado</translation>
    </message>
</context>
<context>
    <name>amends::core::Scenario</name>
    <message>
        <location filename="../app/core/scenario.cpp" line="29"/>
        <source>not valid JSON (%1)</source>
        <translation>JSON inválido (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/scenario.cpp" line="33"/>
        <source>not an Amends scenario of version 1</source>
        <translation>não é um cenário do Amends na versão 1</translation>
    </message>
    <message>
        <location filename="../app/core/scenario.cpp" line="44"/>
        <source>id, title or language missing</source>
        <translation>falta id, título ou idioma</translation>
    </message>
    <message>
        <location filename="../app/core/scenario.cpp" line="53"/>
        <source>section &quot;%1&quot; has no text</source>
        <translation>a seção &quot;%1&quot; não tem texto</translation>
    </message>
    <message>
        <location filename="../app/core/scenario.cpp" line="86"/>
        <source>it declares the language &quot;%1&quot; but is in the folder &quot;%2&quot;</source>
        <translation>declara o idioma &quot;%1&quot;, mas está na pasta &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>amends::core::SpellCheck</name>
    <message>
        <location filename="../app/core/spellcheck.cpp" line="118"/>
        <source>“%1” is not in the dictionary.</source>
        <translation>“%1” não está no dicionário.</translation>
    </message>
    <message>
        <location filename="../app/core/spellcheck.cpp" line="119"/>
        <source>A spelling mistake makes a letter look careless, and a careless apology reads as an insincere one. Correct the word, or add it to your dictionary if it is a name or a term you use.</source>
        <translation>Um erro de ortografia faz a carta parecer descuidada, e um pedido de desculpas descuidado soa pouco sincero. Corrija a palavra ou adicione-a ao seu dicionário se for um nome ou um termo que você usa.</translation>
    </message>
</context>
<context>
    <name>amends::core::StructureRules</name>
    <message>
        <location filename="../app/core/structurerules.cpp" line="28"/>
        <source>The letter never says sorry.</source>
        <translation>A carta nunca pede desculpas.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="29"/>
        <source>An explicit &quot;I am sorry&quot; is one of the elements that independently improve how an apology is received. Without it the letter reads as a notice, not an apology.</source>
        <translation>Um &quot;sinto muito&quot; explícito é um dos elementos que, por si só, melhoram a forma como um pedido de desculpas é recebido. Sem ele, a carta parece um comunicado, não um pedido de desculpas.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="31"/>
        <source>The letter does not say the mistake was ours.</source>
        <translation>A carta não diz que o erro foi nosso.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="32"/>
        <source>Acknowledging responsibility is the single most effective part of an apology: readers weigh it above every other element.</source>
        <translation>Reconhecer a responsabilidade é a parte mais eficaz de um pedido de desculpas: os leitores a valorizam acima de qualquer outro elemento.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="34"/>
        <source>The letter does not explain what went wrong.</source>
        <translation>A carta não explica o que deu errado.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="35"/>
        <source>A short, plain explanation shows the customer the problem is understood; it ranks with regret and the promise of change in effect.</source>
        <translation>Uma explicação curta e simples mostra ao cliente que o problema foi entendido; seu efeito se equipara ao do pedido de desculpas e ao da promessa de mudança.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="37"/>
        <source>The letter does not say how we put it right.</source>
        <translation>A carta não diz como corrigimos o problema.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="38"/>
        <source>An offer of repair is the second most important part of an apology. Say what was refunded, credited or corrected.</source>
        <translation>A oferta de reparação é a segunda parte mais importante de um pedido de desculpas. Diga o que foi reembolsado, creditado ou corrigido.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="40"/>
        <source>The letter does not say what changes so it will not happen again.</source>
        <translation>A carta não diz o que muda para que não aconteça de novo.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="41"/>
        <source>A promise of forbearance (it will not happen again) independently improves how an apology is received.</source>
        <translation>A promessa de que não vai se repetir melhora, por si só, a forma como um pedido de desculpas é recebido.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="43"/>
        <source>The letter gives no one to contact.</source>
        <translation>A carta não indica ninguém para contato.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="44"/>
        <source>A named person and a direct way to reach them, with a promised follow-up, spare the customer from starting over.</source>
        <translation>Uma pessoa com nome e um meio direto de falar com ela, com um retorno prometido, evitam que o cliente tenha de começar tudo de novo.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="68"/>
        <source>This sentence reads as an apology that does not own what we did.</source>
        <translation>Esta frase parece um pedido de desculpas que não assume o que fizemos.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="69"/>
        <source>It seems to apologise for the customer&apos;s feelings, to make the apology depend on them, or to let no one in particular apologise. Say plainly who is sorry and for what: “I am sorry we charged you twice.”</source>
        <translation>Parece pedir desculpas pelos sentimentos do cliente, fazer o pedido depender dele ou não ter ninguém em particular se desculpando. Diga com clareza quem lamenta e pelo quê: “Peço desculpas por termos cobrado duas vezes.”</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="71"/>
        <source>This sentence reads as putting the fault on someone other than us.</source>
        <translation>Esta frase parece pôr a culpa em alguém que não somos nós.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="72"/>
        <source>It seems to point at the customer, a bank, a partner or a machine. Customers hear an excuse; say what we did, with “we” as the subject: “We took the payment twice.”</source>
        <translation>Parece apontar para o cliente, um banco, um parceiro ou uma máquina. O cliente ouve uma desculpa esfarrapada; diga o que nós fizemos, com “nós” como sujeito: “Cobramos o pagamento duas vezes.”</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="74"/>
        <source>This sentence reads as defending us rather than putting things right.</source>
        <translation>Esta frase parece nos defender em vez de resolver o problema.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="75"/>
        <source>It seems to quote rules, recall earlier messages, deny, play the problem down or tell the customer what to do or feel. That puts them on the other side; say what we are doing for them instead.</source>
        <translation>Parece citar regras, lembrar mensagens anteriores, negar, minimizar o problema ou dizer ao cliente o que fazer ou sentir. Isso o coloca do outro lado; diga, em vez disso, o que estamos fazendo por ele.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="77"/>
        <source>This sentence hides who did it.</source>
        <translation>Esta frase esconde quem fez.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="78"/>
        <source>With no one doing the action, the letter sounds evasive. Name who acted: “We charged you…”, “I have refunded…”</source>
        <translation>Sem ninguém fazendo a ação, a carta soa evasiva. Diga quem agiu: “Nós cobramos…”, “Eu reembolsei…”</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="80"/>
        <source>This sentence may use words the customer does not use.</source>
        <translation>Esta frase pode usar palavras que o cliente não usa.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="81"/>
        <source>Internal, technical or trade words make the customer work to understand what happened. Say it in everyday words.</source>
        <translation>Palavras internas, técnicas ou do ramo obrigam o cliente a se esforçar para entender o que aconteceu. Diga com palavras do dia a dia.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="83"/>
        <source>This sentence reads as stock business phrasing.</source>
        <translation>Esta frase soa como fórmula comercial pronta.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="84"/>
        <source>Set phrases make the letter sound like a template. Write it the way you would say it to the customer.</source>
        <translation>Frases feitas fazem a carta parecer um modelo. Escreva como você diria ao cliente.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="86"/>
        <source>The tone of this sentence may grate.</source>
        <translation>O tom desta frase pode incomodar.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="87"/>
        <source>Exclamation marks, sarcasm, over-familiarity, emoji or “to be honest” undercut an apology. Keep it calm and plain.</source>
        <translation>Pontos de exclamação, sarcasmo, intimidade excessiva, emojis ou “para ser sincero” enfraquecem um pedido de desculpas. Mantenha o tom calmo e simples.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="95"/>
        <source>Amends&apos; sentence model, trained on hand-labelled letters and sentences</source>
        <translation>Modelo de frases do Amends, treinado com cartas e frases rotuladas à mão</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="106"/>
        <source>The apology comes late: say sorry in the opening paragraph.</source>
        <translation>O pedido de desculpas vem tarde: peça desculpas no primeiro parágrafo.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="107"/>
        <source>Readers judge an apology in its first lines; one buried after explanations reads like an afterthought. Timing matters for satisfaction.</source>
        <translation>Os leitores julgam um pedido de desculpas pelas primeiras linhas; se ele vem enterrado depois das explicações, parece algo lembrado de última hora. O momento influi na satisfação.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="111"/>
        <source>The remedy gives no amount or date.</source>
        <translation>A solução não informa valor nem data.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="112"/>
        <source>A concrete repair (how much, by when) is what makes an offer of repair credible; a vague promise invites a second complaint.</source>
        <translation>Uma reparação concreta (quanto e até quando) é o que dá credibilidade à oferta; uma promessa vaga convida a uma segunda reclamação.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="115"/>
        <source>The contact part gives no phone number, email address or named person.</source>
        <translation>A parte de contato não traz telefone, e-mail nem o nome de uma pessoa.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="116"/>
        <source>Without a direct channel the customer has to start over with someone new; a named person with a number or address shows ownership.</source>
        <translation>Sem um canal direto, o cliente precisa recomeçar do zero com outra pessoa; uma pessoa com nome e um telefone ou endereço mostra que alguém assumiu o caso.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="120"/>
        <source>“%1” is still empty: fill it in on the case page.</source>
        <translation>O campo “%1” ainda está vazio: preencha-o na página Dados do caso.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="121"/>
        <source>A letter with an empty field goes out with a blank or a placeholder; helpdesk macros send such letters every day.</source>
        <translation>Uma carta com um campo vazio sai com uma lacuna ou um marcador; as macros de atendimento enviam cartas assim todos os dias.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="123"/>
        <source>The letter never uses the customer&apos;s name.</source>
        <translation>A carta nunca usa o nome do cliente.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="124"/>
        <source>Addressing the customer by name shows the letter was written for them, not sent from a template.</source>
        <translation>Chamar o cliente pelo nome mostra que a carta foi escrita para ele, e não enviada a partir de um modelo.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="126"/>
        <source>&quot;%1&quot; is a generic greeting: use the customer&apos;s name.</source>
        <translation>&quot;%1&quot; é uma saudação genérica: use o nome do cliente.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="127"/>
        <source>A generic greeting tells the customer they are one of many; it undercuts the sincerity of everything that follows.</source>
        <translation>Uma saudação genérica diz ao cliente que ele é só mais um; isso enfraquece a sinceridade de tudo o que vem depois.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="129"/>
        <source>The letter is hard to read (reading ease %1; aim for %2 to %3).</source>
        <translation>A carta é difícil de ler (facilidade de leitura %1; o ideal é de %2 a %3).</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="130"/>
        <source>Plain letters are understood and believed. Standard documents aim for a Flesch Reading Ease of 60–70; notices at least 50–60. Use shorter sentences and everyday words.</source>
        <translation>Cartas em linguagem simples são compreendidas e levadas a sério. Documentos comuns buscam um Índice de Facilidade de Leitura de Flesch de 60–70; avisos, pelo menos 50–60. Use frases mais curtas e palavras do dia a dia.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="134"/>
        <source>This sentence has %1 words; keep sentences under about 20.</source>
        <translation>Esta frase tem %1 palavras; mantenha as frases abaixo de umas 20.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="135"/>
        <source>Long sentences hide the point. Plain-language guides keep sentences under about 20 words.</source>
        <translation>Frases longas escondem o essencial. Os guias de linguagem simples mantêm as frases abaixo de umas 20 palavras.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="139"/>
        <source>The letter is very short (%1 words): it cannot cover all six parts.</source>
        <translation>A carta é muito curta (%1 palavras): não consegue cobrir as seis partes.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="140"/>
        <source>A few lines cannot say sorry, own the mistake, explain it, put it right, promise change and give a contact.</source>
        <translation>Poucas linhas não bastam para pedir desculpas, assumir o erro, explicá-lo, corrigi-lo, prometer mudanças e indicar um contato.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="142"/>
        <source>The letter is very long (%1 words): customers may not read it all.</source>
        <translation>A carta é muito longa (%1 palavras): o cliente pode não ler até o fim.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="143"/>
        <source>Over-long apologies bury the remedy and read as defensive; keep to what the customer needs.</source>
        <translation>Pedidos de desculpas longos demais enterram a solução e soam defensivos; fique no que o cliente precisa.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="145"/>
        <source>The letter is dated %1 business days after the complaint; aim for one or two.</source>
        <translation>A carta está datada %1 dias úteis após a reclamação; o ideal é um ou dois.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="146"/>
        <source>A late apology lowers satisfaction; practice is to apologise within 24–48 hours of the complaint.</source>
        <translation>Um pedido de desculpas tardio reduz a satisfação; a boa prática é pedir desculpas em até 24–48 horas após a reclamação.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="149"/>
        <source>The letter apologises %1 times; once or twice carries more weight.</source>
        <translation>A carta pede desculpas %1 vezes; uma ou duas têm mais peso.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="150"/>
        <source>Repeated apologies cheapen each other and can sound anxious or formulaic. Say sorry clearly once, then fix the problem.</source>
        <translation>Desculpas repetidas perdem o valor e podem soar ansiosas ou protocolares. Peça desculpas com clareza uma vez e depois resolva o problema.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="153"/>
        <source>Words in capitals read as shouting.</source>
        <translation>Palavras em maiúsculas soam como grito.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="154"/>
        <source>Capitals in a letter feel like raised voices, the opposite of an apology&apos;s tone.</source>
        <translation>Maiúsculas numa carta parecem voz alterada, o oposto do tom de um pedido de desculpas.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="156"/>
        <source>“%1” does not match this case: the %2 is %3.</source>
        <translation>“%1” não confere com este caso: o %2 é %3.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="157"/>
        <source>A wrong figure in an apology for a billing error repeats the very mistake the letter apologises for. Every amount in the letter must be one of the case&apos;s amounts.</source>
        <translation>Um valor errado num pedido de desculpas por erro de cobrança repete justamente o erro pelo qual a carta se desculpa. Todo valor da carta deve ser um dos valores do caso.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="161"/>
        <source>“%1” is not this case&apos;s invoice number (%2).</source>
        <translation>“%1” não é o número da fatura deste caso (%2).</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="162"/>
        <source>The customer checks the invoice number against their own papers; a different one makes them doubt the whole correction.</source>
        <translation>O cliente confere o número da fatura com os próprios documentos; um número diferente o faz duvidar de toda a correção.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="166"/>
        <source>“%1” is not this case&apos;s reference (%2).</source>
        <translation>“%1” não é a referência deste caso (%2).</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="167"/>
        <source>A customer who quotes a wrong reference is sent round in circles; give the one the case has.</source>
        <translation>Um cliente que informa uma referência errada fica andando em círculos; indique a referência do caso.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="171"/>
        <source>The follow-up on %1 is before the letter&apos;s date (%2).</source>
        <translation>O retorno em %1 é anterior à data da carta (%2).</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="172"/>
        <source>A promise to call back on a day that has already passed tells the customer the letter was not read before it was sent.</source>
        <translation>Prometer um retorno num dia que já passou mostra ao cliente que ninguém leu a carta antes de enviá-la.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="176"/>
        <source>The letter promises to follow up on %1, but the case&apos;s follow-up date is %2.</source>
        <translation>A carta promete um retorno em %1, mas a data de retorno do caso é %2.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="177"/>
        <source>The follow-up date on the case is the one the reminder is set for; a letter that names another day sets the customer waiting for a call that comes on a different one.</source>
        <translation>A data de retorno do caso é a do lembrete; uma carta que indica outro dia deixa o cliente esperando uma ligação que virá em outro dia.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="181"/>
        <source>The refund (%1) is not the amount charged (%2) less the correct amount (%3), which is %4.</source>
        <translation>O reembolso (%1) não é o valor cobrado (%2) menos o valor correto (%3), que dá %4.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="182"/>
        <source>When the case&apos;s own figures do not add up, the letter will promise the customer the wrong sum; check the amounts on the case page.</source>
        <translation>Quando os próprios valores do caso não fecham, a carta promete ao cliente a quantia errada; confira os valores na página Dados do caso.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="186"/>
        <source>&quot;%1&quot; is not explained: spell it out on first use.</source>
        <translation>&quot;%1&quot; não é explicado: escreva por extenso na primeira vez.</translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="187"/>
        <source>Customers do not know internal abbreviations; plain-language guides spell acronyms out the first time.</source>
        <translation>Os clientes não conhecem abreviações internas; os guias de linguagem simples escrevem as siglas por extenso na primeira vez.</translation>
    </message>
</context>
<context>
    <name>amends::core::TextFile</name>
    <message>
        <location filename="../app/core/textfile.cpp" line="20"/>
        <source>standard input</source>
        <translation>a entrada padrão</translation>
    </message>
    <message>
        <location filename="../app/core/textfile.cpp" line="27"/>
        <source>%1 is too large for %2: the limit is %3.</source>
        <translation>%1 é grande demais para %2: o limite é %3.</translation>
    </message>
    <message>
        <location filename="../app/core/textfile.cpp" line="36"/>
        <source>it is a folder, not a file</source>
        <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <location filename="../app/core/textfile.cpp" line="38"/>
        <source>it is a device, not a file</source>
        <translation>é um dispositivo, não um arquivo</translation>
    </message>
    <message>
        <location filename="../app/core/textfile.cpp" line="40"/>
        <source>it is a named pipe, not a file</source>
        <translation>é um pipe nomeado, não um arquivo</translation>
    </message>
    <message>
        <location filename="../app/core/textfile.cpp" line="41"/>
        <source>it is not a regular file</source>
        <translation>não é um arquivo comum</translation>
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
        <translation>Não é possível ler %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/core/textfile.cpp" line="140"/>
        <source>%1 is not a text file.</source>
        <translation>%1 não é um arquivo de texto.</translation>
    </message>
</context>
<context>
    <name>amends::core::TrainingPair</name>
    <message>
        <location filename="../app/core/trainingpair.cpp" line="26"/>
        <source>not valid JSON (%1)</source>
        <translation>JSON inválido (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/trainingpair.cpp" line="30"/>
        <source>not an Amends training pair of version 1</source>
        <translation>não é um par de treinamento do Amends na versão 1</translation>
    </message>
    <message>
        <location filename="../app/core/trainingpair.cpp" line="42"/>
        <source>id, title or language missing</source>
        <translation>falta id, título ou idioma</translation>
    </message>
    <message>
        <location filename="../app/core/trainingpair.cpp" line="44"/>
        <source>pattern or lesson missing</source>
        <translation>falta o padrão ou a lição</translation>
    </message>
    <message>
        <location filename="../app/core/trainingpair.cpp" line="46"/>
        <source>the poor or the repaired letter is missing</source>
        <translation>falta a carta ruim ou a carta corrigida</translation>
    </message>
    <message>
        <location filename="../app/core/trainingpair.cpp" line="62"/>
        <source>language &quot;%1&quot; in the folder of &quot;%2&quot;</source>
        <translation>idioma &quot;%1&quot; na pasta de &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>amends::services::CheckInput</name>
    <message>
        <location filename="../app/services/checkinput.cpp" line="27"/>
        <source>a letter</source>
        <translation>uma carta</translation>
    </message>
</context>
<context>
    <name>amends::services::Email</name>
    <message>
        <location filename="../app/services/gmimeemail.cpp" line="168"/>
        <source>The customer&apos;s email address &quot;%1&quot; is not a valid address.</source>
        <translation>O e-mail do cliente, &quot;%1&quot;, não é um endereço válido.</translation>
    </message>
    <message>
        <location filename="../app/services/gmimeemail.cpp" line="170"/>
        <source>The sender&apos;s email address &quot;%1&quot; is not a valid address.</source>
        <translation>O e-mail do remetente, &quot;%1&quot;, não é um endereço válido.</translation>
    </message>
</context>
<context>
    <name>amends::services::FolderReport</name>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="123"/>
        <source>%1 good · %2 fair · %3 poor</source>
        <translation>%1 boas · %2 regulares · %3 ruins</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="138"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="139"/>
        <source>Average score</source>
        <translation>Pontuação média</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="139"/>
        <source>out of 100</source>
        <translation>de 100</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="141"/>
        <source>Letters with errors</source>
        <translation>Cartas com erros</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="142"/>
        <source>%1 of %2 need fixing before sending</source>
        <translation>%1 de %2 precisam de correção antes do envio</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="144"/>
        <source>Findings</source>
        <translation>Apontamentos</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="145"/>
        <source>%1 errors · %2 warnings · %3 suggestions</source>
        <translation>%1 erros · %2 avisos · %3 sugestões</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="170"/>
        <source>%1: %2 errors, %3 warnings, %4 suggestions</source>
        <translation>%1: %2 erros, %3 avisos, %4 sugestões</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="192"/>
        <source>Findings by category</source>
        <translation>Apontamentos por categoria</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="194"/>
        <source>No findings in any letter.</source>
        <translation>Nenhuma carta tem apontamentos.</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="201"/>
        <source>Findings by category across the folder</source>
        <translation>Apontamentos por categoria em toda a pasta</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="211"/>
        <source>No findings: %1.</source>
        <translation>Sem apontamentos em: %1.</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="221"/>
        <source>Folder %1 · checked %2</source>
        <translation>Pasta %1 · verificada em %2</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="230"/>
        <source>en</source>
        <comment>BCP 47 code of this translation</comment>
        <translation>pt-BR</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="233"/>
        <source>Apology letter report</source>
        <translation>Relatório de cartas de desculpas</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="248"/>
        <source>The score (0–100) gives up to 70 points for the six parts of an apology that a letter covers, weighted by how much each matters to readers, and up to 30 points that findings take away. 85 and up is good, 60 to 84 fair, below 60 poor.</source>
        <translation>A pontuação (0–100) dá até 70 pontos pelas seis partes de um pedido de desculpas que a carta cobre, ponderadas pela importância de cada uma para os leitores, e até 30 pontos que os apontamentos podem tirar. De 85 para cima é boa; de 60 a 84, regular; abaixo de 60, ruim.</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="34"/>
        <source>1 finding</source>
        <translation>1 apontamento</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="34"/>
        <source>%1 findings</source>
        <translation>%1 apontamentos</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="62"/>
        <source>All six</source>
        <translation>Todas as seis</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="114"/>
        <source>Letters, lowest score first</source>
        <translation>Cartas, da menor para a maior pontuação</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="116"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="116"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="116"/>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="116"/>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="119"/>
        <source>Missing parts</source>
        <translation>Partes ausentes</translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="135"/>
        <source>Findings, letter by letter</source>
        <translation>Apontamentos, carta por carta</translation>
    </message>
</context>
<context>
    <name>amends::services::FollowUpReminder</name>
    <message>
        <location filename="../app/services/icalreminder.cpp" line="36"/>
        <source>Follow up the apology letter of %1 to %2.</source>
        <translation>Dar retorno a %2 sobre a carta de desculpas de %1.</translation>
    </message>
    <message>
        <location filename="../app/services/icalreminder.cpp" line="38"/>
        <source>Case: %1</source>
        <translation>Caso: %1</translation>
    </message>
    <message>
        <location filename="../app/services/icalreminder.cpp" line="40"/>
        <source>Invoice: %1</source>
        <translation>Fatura: %1</translation>
    </message>
    <message>
        <location filename="../app/services/icalreminder.cpp" line="42"/>
        <source>Email: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location filename="../app/services/icalreminder.cpp" line="61"/>
        <source>Follow up with %1 (case %2)</source>
        <translation>Dar retorno a %1 (caso %2)</translation>
    </message>
</context>
<context>
    <name>amends::services::HunspellSpeller</name>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="110"/>
        <source>a dictionary</source>
        <translation>um dicionário</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="68"/>
        <source>The dictionary &quot;%1&quot; cannot be used: line %2 holds a NUL character, which no text file has.</source>
        <translation>O dicionário &quot;%1&quot; não pode ser usado: a linha %2 contém um caractere NUL, que nenhum arquivo de texto tem.</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="136"/>
        <source>The dictionary &quot;%1&quot; cannot be used: it is declared UTF-8, but line %2 is not UTF-8.</source>
        <translation>Não é possível usar o dicionário &quot;%1&quot;: ele se declara UTF-8, mas a linha %2 não está em UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="151"/>
        <source>The dictionary &quot;%1&quot; cannot be used: its %2 table is broken at line %3 (%4).</source>
        <translation>Não é possível usar o dicionário &quot;%1&quot;: a tabela %2 dele está corrompida na linha %3 (%4).</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="160"/>
        <source>&quot;%1 N&quot; should give the number of entries</source>
        <translation>&quot;%1 N&quot; deveria indicar o número de entradas</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="162"/>
        <source>the table is given twice</source>
        <translation>a tabela aparece duas vezes</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="166"/>
        <source>it announces %1 entries but the file ends after %2</source>
        <translation>ela anuncia %1 entradas, mas o arquivo termina após %2</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="173"/>
        <source>an entry should be &quot;%1&quot; and one value</source>
        <translation>uma entrada deveria ser &quot;%1&quot; e um valor</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="174"/>
        <source>an entry should be &quot;%1&quot; and two values</source>
        <translation>uma entrada deveria ser &quot;%1&quot; e dois valores</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="178"/>
        <source>a &quot;(&quot; in a rule is not closed by &quot;)&quot;</source>
        <translation>um &quot;(&quot; em uma regra não é fechado por &quot;)&quot;</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="101"/>
        <location filename="../app/services/hunspellspeller.cpp" line="201"/>
        <source>Cannot read the dictionary file &quot;%1&quot;.</source>
        <translation>Não é possível ler o arquivo de dicionário &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="217"/>
        <source>The dictionary &quot;%1&quot; uses the encoding &quot;%2&quot;, which this system cannot convert.</source>
        <translation>O dicionário &quot;%1&quot; usa a codificação &quot;%2&quot;, que este sistema não consegue converter.</translation>
    </message>
</context>
<context>
    <name>amends::services::LetterExport</name>
    <message>
        <location filename="../app/services/letterexport.cpp" line="27"/>
        <source>Apology letter to %1, case %2</source>
        <translation>Carta de desculpas para %1, caso %2</translation>
    </message>
    <message>
        <location filename="../app/services/letterexport.cpp" line="72"/>
        <source>The letterhead logo &quot;%1&quot; cannot be read (%2). Choose another one in Preferences.</source>
        <translation>Não é possível ler o logo do papel timbrado &quot;%1&quot; (%2). Escolha outro nas Preferências.</translation>
    </message>
    <message>
        <location filename="../app/services/letterexport.cpp" line="83"/>
        <source>Letter to %1 (%2)</source>
        <translation>Carta para %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/services/letterexport.cpp" line="144"/>
        <source>&quot;%1&quot; has no known file type; use .pdf, .odt, .html, .txt, .eml or .ics.</source>
        <translation>&quot;%1&quot; não tem um tipo de arquivo conhecido; use .pdf, .odt, .html, .txt, .eml ou .ics.</translation>
    </message>
    <message>
        <location filename="../app/services/letterexport.cpp" line="147"/>
        <source>Nothing could be exported.</source>
        <translation>Não foi possível exportar nada.</translation>
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
        <translation>%1 pertence a outra versão do Amends.</translation>
    </message>
    <message>
        <location filename="../app/services/mailformats.cpp" line="70"/>
        <source>Amends cannot build email or calendar files: the part of Amends that does so (%1) is missing or damaged. Reinstall Amends.</source>
        <translation>O Amends não consegue criar arquivos de e-mail nem de calendário: a parte do Amends que faz isso (%1) está faltando ou danificada. Reinstale o Amends.</translation>
    </message>
</context>
<context>
    <name>amends::services::Odt</name>
    <message>
        <location filename="../app/services/documentexport.cpp" line="22"/>
        <source>The OpenDocument file could not be written.</source>
        <translation>Não foi possível gravar o arquivo OpenDocument.</translation>
    </message>
</context>
<context>
    <name>amends::services::PasswordStore</name>
    <message>
        <location filename="../app/services/passwordstore.cpp" line="15"/>
        <source>The system keychain is not available: %1</source>
        <translation>O chaveiro do sistema não está disponível: %1</translation>
    </message>
</context>
<context>
    <name>amends::services::Pdf</name>
    <message>
        <location filename="../app/services/pdfexport.cpp" line="56"/>
        <source>The PDF could not be started.</source>
        <translation>Não foi possível começar a gerar o PDF.</translation>
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
        <translation>deve ser um número inteiro, como 1.</translation>
    </message>
    <message>
        <location filename="../app/services/projectfile.cpp" line="56"/>
        <source>is %1; this Amends reads version %2 and older.</source>
        <translation>é %1; esta versão do Amends lê até a versão %2.</translation>
    </message>
    <message>
        <location filename="../app/services/projectfile.cpp" line="68"/>
        <source>must be a list of rule pack paths, relative to the project file.</source>
        <translation>deve ser uma lista de caminhos de pacotes de regras, relativos ao arquivo de projeto.</translation>
    </message>
    <message>
        <location filename="../app/services/projectfile.cpp" line="75"/>
        <source>names &quot;%1&quot;, which is not a file (looked for %2).</source>
        <translation>cita &quot;%1&quot;, que não é um arquivo (caminho procurado: %2).</translation>
    </message>
    <message>
        <location filename="../app/services/projectfile.cpp" line="92"/>
        <source>must be a list of rule ids such as [&quot;cliche.any&quot;].</source>
        <translation>deve ser uma lista de ids de regra, como [&quot;cliche.any&quot;].</translation>
    </message>
    <message>
        <location filename="../app/services/projectfile.cpp" line="99"/>
        <source>must be a language such as &quot;en-GB&quot;.</source>
        <translation>deve ser um idioma como &quot;en-GB&quot;.</translation>
    </message>
    <message>
        <location filename="../app/services/projectfile.cpp" line="104"/>
        <source>must be true or false.</source>
        <translation>deve ser true ou false.</translation>
    </message>
    <message>
        <location filename="../app/services/projectfile.cpp" line="108"/>
        <source>is not a key of a project file; it may have %1.</source>
        <translation>não é uma chave de arquivo de projeto; as chaves possíveis são %1.</translation>
    </message>
    <message>
        <location filename="../app/services/projectfile.cpp" line="123"/>
        <source>a project file</source>
        <translation>um arquivo de projeto</translation>
    </message>
    <message>
        <location filename="../app/services/projectfile.cpp" line="129"/>
        <source>%1: not valid JSON (%2 at byte %3).</source>
        <translation>%1: JSON inválido (%2 no byte %3).</translation>
    </message>
    <message>
        <location filename="../app/services/projectfile.cpp" line="133"/>
        <source>%1: a project file is one JSON object, such as {&quot;language&quot;: &quot;en-GB&quot;}.</source>
        <translation>%1: um arquivo de projeto é um único objeto JSON, como {&quot;language&quot;: &quot;en-GB&quot;}.</translation>
    </message>
</context>
<context>
    <name>amends::services::Proofreader</name>
    <message>
        <location filename="../app/services/proofreader.cpp" line="52"/>
        <source>The spelling dictionary for %1 could not be loaded, so spelling is not checked. %2</source>
        <translation>Não foi possível carregar o dicionário ortográfico para %1, por isso a ortografia não é verificada. %2</translation>
    </message>
    <message>
        <location filename="../app/services/proofreader.cpp" line="53"/>
        <source>No spelling dictionary for %1 is installed, so spelling is not checked. Install the hunspell dictionary for this language (for example the package hunspell-%2), or put %3.aff and %3.dic into %4.</source>
        <translation>Não há dicionário ortográfico para %1 instalado, por isso a ortografia não é verificada. Instale o dicionário hunspell deste idioma (por exemplo, o pacote hunspell-%2) ou coloque %3.aff e %3.dic em %4.</translation>
    </message>
</context>
<context>
    <name>amends::services::Sarif</name>
    <message>
        <location filename="../app/services/sarifreport.cpp" line="31"/>
        <source>Bad: %1</source>
        <translation>Errado: %1</translation>
    </message>
    <message>
        <location filename="../app/services/sarifreport.cpp" line="33"/>
        <source>Good: %1</source>
        <translation>Correto: %1</translation>
    </message>
    <message>
        <location filename="../app/services/sarifreport.cpp" line="35"/>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <location filename="../app/services/sarifreport.cpp" line="103"/>
        <source>standard input</source>
        <translation>entrada padrão</translation>
    </message>
</context>
<context>
    <name>amends::services::Smtp</name>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="98"/>
        <source>The mail server &quot;%1&quot; could not be found.</source>
        <translation>O servidor de e-mail &quot;%1&quot; não foi encontrado.</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="100"/>
        <source>Could not connect to the mail server %1 on port %2.</source>
        <translation>Não foi possível conectar ao servidor de e-mail %1 na porta %2.</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="102"/>
        <source>The mail server %1 does not offer an encrypted connection, so the letter was not sent. Check the security setting in Preferences.</source>
        <translation>O servidor de e-mail %1 não oferece conexão criptografada, por isso a carta não foi enviada. Verifique a configuração de segurança nas Preferências.</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="105"/>
        <source>The certificate of the mail server %1 could not be verified, so the letter was not sent.</source>
        <translation>Não foi possível verificar o certificado do servidor de e-mail %1, por isso a carta não foi enviada.</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="107"/>
        <source>An encrypted connection to the mail server %1 could not be set up.</source>
        <translation>Não foi possível estabelecer uma conexão criptografada com o servidor de e-mail %1.</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="108"/>
        <source>The mail server refused the user name or password.</source>
        <translation>O servidor de e-mail recusou o usuário ou a senha.</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="109"/>
        <source>The mail server %1 did not answer in time.</source>
        <translation>O servidor de e-mail %1 não respondeu a tempo.</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="112"/>
        <source>The mail server %1 did not accept the letter: %2</source>
        <translation>O servidor de e-mail %1 não aceitou a carta: %2</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="183"/>
        <source>No mail server is set up. Enter one in Preferences.</source>
        <translation>Nenhum servidor de e-mail configurado. Informe um nas Preferências.</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="187"/>
        <source>The address &quot;%1&quot; is not a valid email address.</source>
        <translation>O endereço &quot;%1&quot; não é um e-mail válido.</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="191"/>
        <source>Mail cannot be sent from here: the libcurl library could not be loaded (%1). Install libcurl (package libcurl4), or save the email and send it from your mail program.</source>
        <translation>Não é possível enviar e-mails daqui: a biblioteca libcurl não pôde ser carregada (%1). Instale a libcurl (pacote libcurl4) ou salve o e-mail e envie-o pelo seu programa de e-mail.</translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="206"/>
        <source>Sending was cancelled; the letter was not sent.</source>
        <translation>O envio foi cancelado; a carta não foi enviada.</translation>
    </message>
</context>
<context>
    <name>amends::ui::CaseDetailsPage</name>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="42"/>
        <source>Case details</source>
        <translation>Dados do caso</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="60"/>
        <source>Letter &amp;language:</source>
        <translation>&amp;Idioma da carta:</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="62"/>
        <source>Start with the facts of the case. Fields marked * are required; everything you enter here fills the letter for you.</source>
        <translation>Comece pelos fatos do caso. Os campos marcados com * são obrigatórios; tudo o que você informar aqui já entra na carta.</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="120"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="122"/>
        <source>Cu&amp;stomer name</source>
        <translation>&amp;Nome do cliente</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="123"/>
        <source>Address them &amp;as</source>
        <translation>&amp;Tratamento</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="124"/>
        <source>e.g. Ms Rivera (the name is used when empty)</source>
        <translation>ex.: Sra. Rivera (se vazio, usa-se o nome)</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="125"/>
        <source>E&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="126"/>
        <source>Postal add&amp;ress</source>
        <translation>&amp;Endereço postal</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="132"/>
        <source>Case and amounts</source>
        <translation>Caso e valores</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="134"/>
        <source>Case &amp;reference</source>
        <translation>&amp;Referência do caso</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="135"/>
        <source>e.g. ticket number</source>
        <translation>ex.: número do chamado</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="136"/>
        <source>&amp;Invoice number</source>
        <translation>Número da &amp;fatura</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="137"/>
        <source>Acco&amp;unt number</source>
        <translation>Número da &amp;conta</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="138"/>
        <source>Curr&amp;ency</source>
        <translation>M&amp;oeda</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="139"/>
        <source>Amount &amp;charged</source>
        <translation>Valor co&amp;brado</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="140"/>
        <source>e.g. 120.00</source>
        <translation>ex.: 120.00</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="141"/>
        <source>C&amp;orrect amount</source>
        <translation>&amp;Valor correto</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="142"/>
        <source>Re&amp;fund or credit</source>
        <translation>Reembolso o&amp;u crédito</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="143"/>
        <source>Complaint recei&amp;ved</source>
        <translation>&amp;Data da reclamação</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="144"/>
        <source>Letter &amp;date</source>
        <translation>Data da car&amp;ta</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="145"/>
        <source>Follo&amp;w-up on</source>
        <translation>Pró&amp;ximo contato</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="151"/>
        <source>From (you and your company)</source>
        <translation>Remetente (você e sua empresa)</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="153"/>
        <source>&amp;Your name</source>
        <translation>&amp;Seu nome</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="154"/>
        <source>Your &amp;title</source>
        <translation>Seu car&amp;go</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="155"/>
        <source>Your &amp;phone</source>
        <translation>Seu te&amp;lefone</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="156"/>
        <source>Your emai&amp;l</source>
        <translation>Seu e-&amp;mail</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="157"/>
        <source>Com&amp;pany name</source>
        <translation>Nome da em&amp;presa</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="158"/>
        <source>Company address</source>
        <translation>Endereço da empresa</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="159"/>
        <source>Company phone</source>
        <translation>Telefone da empresa</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="160"/>
        <source>Company email</source>
        <translation>E-mail da empresa</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="161"/>
        <source>Remember these as &amp;my details</source>
        <translation>Memori&amp;zar como meus dados</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="162"/>
        <source>New letters will start with this sender and company.</source>
        <translation>As novas cartas começarão com este remetente e esta empresa.</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="182"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="185"/>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="233"/>
        <source>Not a date yet: type it as %1.</source>
        <translation>Ainda não é uma data: digite-a como %1.</translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="290"/>
        <source>Still needed before you go on: %1.</source>
        <translation>Falta preencher antes de continuar: %1.</translation>
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
        <translation>Verificações</translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="32"/>
        <source>Search rules…</source>
        <translation>Pesquisar regras…</translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="35"/>
        <source>Rules</source>
        <translation>Regras</translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="41"/>
        <source>&amp;Rules (untick one to switch it off):</source>
        <translation>&amp;Regras (desmarque uma para desativá-la):</translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="43"/>
        <source>&amp;House rule packs:</source>
        <translation>Pacotes de regras da &amp;empresa:</translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="45"/>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="46"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="55"/>
        <source>Your &amp;name on dismissed findings:</source>
        <translation>Seu &amp;nome nos apontamentos descartados:</translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="120"/>
        <source>Add house rule packs</source>
        <translation>Adicionar pacotes de regras da empresa</translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="120"/>
        <source>Rule packs (*.json)</source>
        <translation>Pacotes de regras (*.json)</translation>
    </message>
</context>
<context>
    <name>amends::ui::DateField</name>
    <message>
        <location filename="../ui/datefield.cpp" line="33"/>
        <source>Not set</source>
        <translation>Não definida</translation>
    </message>
    <message>
        <location filename="../ui/datefield.cpp" line="35"/>
        <source>Type a date such as %1, or press Alt+Down for a calendar.</source>
        <translation>Digite uma data como %1 ou pressione Alt+Seta para baixo para abrir o calendário.</translation>
    </message>
    <message>
        <location filename="../ui/datefield.cpp" line="39"/>
        <source>Pick the date from a calendar</source>
        <translation>Escolher a data no calendário</translation>
    </message>
</context>
<context>
    <name>amends::ui::DismissDialog</name>
    <message>
        <location filename="../ui/dismissdialog.cpp" line="42"/>
        <source>Dismiss finding</source>
        <translation>Descartar apontamento</translation>
    </message>
    <message>
        <location filename="../ui/dismissdialog.cpp" line="43"/>
        <source>Why does this finding not apply here?
%1</source>
        <translation>Por que este apontamento não se aplica aqui?
%1</translation>
    </message>
    <message>
        <location filename="../ui/dismissdialog.cpp" line="46"/>
        <source>e.g. the customer used these words in their complaint</source>
        <translation>ex.: o cliente usou estas palavras na reclamação</translation>
    </message>
    <message>
        <location filename="../ui/dismissdialog.cpp" line="52"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../ui/dismissdialog.cpp" line="74"/>
        <source>Write a reason to dismiss it: a reviewer will read it.</source>
        <translation>Escreva uma justificativa para descartá-lo: um revisor vai lê-la.</translation>
    </message>
    <message>
        <location filename="../ui/dismissdialog.cpp" line="74"/>
        <source>A reviewer will see your reason.</source>
        <translation>Um revisor verá sua justificativa.</translation>
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
        <translation>&amp;Texto simples…</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="75"/>
        <source>&amp;Email Draft with PDF (.eml)…</source>
        <translation>&amp;Rascunho de e-mail com PDF (.eml)…</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="76"/>
        <source>Follow-up &amp;Reminder (.ics)…</source>
        <translation>&amp;Lembrete de retorno (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="77"/>
        <source>&amp;Copy Letter to Clipboard</source>
        <translation>&amp;Copiar carta para a área de transferência</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="78"/>
        <source>Open in &amp;Mail Client</source>
        <translation>Abrir no cliente de e-&amp;mail</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="79"/>
        <source>&amp;Send by Email…</source>
        <translation>&amp;Enviar por e-mail…</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="80"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="81"/>
        <source>Print Pre&amp;view…</source>
        <translation>Visualizar im&amp;pressão…</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="111"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="127"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="162"/>
        <source>The letter is not ready yet</source>
        <translation>A carta ainda não está pronta</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="163"/>
        <source>This letter should not leave yet:</source>
        <translation>Esta carta ainda não deve ser enviada:</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="166"/>
        <source>Print Anyway</source>
        <translation>Imprimir assim mesmo</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="167"/>
        <source>Export Anyway</source>
        <translation>Exportar assim mesmo</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="182"/>
        <source>%1 files (*.%2)</source>
        <translation>Arquivos %1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="183"/>
        <source>Export the letter</source>
        <translation>Exportar a carta</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="197"/>
        <source>Exported the letter to %1</source>
        <translation>Carta exportada para %1</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="205"/>
        <source>Copied the letter; paste it into the ticket or mail.</source>
        <translation>Carta copiada; cole-a no chamado ou no e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="217"/>
        <source>Opened the letter in your mail client.</source>
        <translation>A carta foi aberta no seu cliente de e-mail.</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="217"/>
        <source>No mail client could be opened for the letter.</source>
        <translation>Não foi possível abrir um cliente de e-mail para a carta.</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="250"/>
        <source>Sent the letter to the printer.</source>
        <translation>Carta enviada para a impressora.</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="267"/>
        <source>The letter could not be exported</source>
        <translation>Não foi possível exportar a carta</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="268"/>
        <source>Your letter is still open and unchanged.</source>
        <translation>Sua carta continua aberta e sem alterações.</translation>
    </message>
</context>
<context>
    <name>amends::ui::FindingsPanel</name>
    <message>
        <location filename="../ui/findingspanel.cpp" line="64"/>
        <source>Findings</source>
        <translation>Apontamentos</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="150"/>
        <source>Elsewhere in the letter</source>
        <translation>Em outra parte da carta</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="151"/>
        <source>Whole letter</source>
        <translation>Carta inteira</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="174"/>
        <source>%1 (%2 times)</source>
        <translation>%1 (%2 vezes)</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="190"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="193"/>
        <source>Still to fill in: %1. &lt;a href=&quot;case&quot;&gt;Fill them in on the case page&lt;/a&gt;.</source>
        <translation>Falta preencher: %1. &lt;a href=&quot;case&quot;&gt;Preencha na página Dados do caso&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="194"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="198"/>
        <source>No findings: the writing passes every check.</source>
        <translation>Nenhum apontamento: o texto passa em todas as verificações.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findingspanel.cpp" line="199"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n apontamento</numerusform>
            <numerusform>%n apontamentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findingspanel.cpp" line="200"/>
        <source>, %n must be fixed before sending</source>
        <translation>
            <numerusform>, %n precisa ser corrigido antes do envio</numerusform>
            <numerusform>, %n precisam ser corrigidos antes do envio</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="311"/>
        <source>&lt;i&gt;Select a finding to see why it matters and how to fix it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Selecione um apontamento para ver por que ele importa e como corrigi-lo.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="318"/>
        <source>&lt;p&gt;In the letter: “%1”&lt;/p&gt;</source>
        <translation>&lt;p&gt;Na carta: “%1”&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="323"/>
        <source>Replace with “%1”</source>
        <translation>Substituir por “%1”</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="336"/>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="343"/>
        <source>About this &amp;rule</source>
        <translation>Sobre esta &amp;regra</translation>
    </message>
</context>
<context>
    <name>amends::ui::GuideDialog</name>
    <message>
        <location filename="../ui/guidedialog.cpp" line="14"/>
        <source>Amends user guide</source>
        <translation>Guia do usuário do Amends</translation>
    </message>
    <message>
        <location filename="../ui/guidedialog.cpp" line="18"/>
        <source>User guide</source>
        <translation>Guia do usuário</translation>
    </message>
</context>
<context>
    <name>amends::ui::LetterPreview</name>
    <message>
        <location filename="../ui/letterpreview.cpp" line="22"/>
        <source>Letter preview</source>
        <translation>Pré-visualização da carta</translation>
    </message>
    <message>
        <location filename="../ui/letterpreview.cpp" line="80"/>
        <source>&lt;p style=&quot;color:#8a8f98&quot;&gt;&lt;i&gt;The letter is too long to preview (%1 characters). Shorten it to see the preview again.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#8a8f98&quot;&gt;&lt;i&gt;A carta é longa demais para a pré-visualização (%1 caracteres). Encurte-a para ver a pré-visualização de novo.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/letterpreview.cpp" line="91"/>
        <source>[%1 — not written yet]</source>
        <translation>[%1 — a escrever]</translation>
    </message>
</context>
<context>
    <name>amends::ui::LetterWizard</name>
    <message>
        <location filename="../ui/letterwizard.cpp" line="21"/>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <location filename="../ui/letterwizard.cpp" line="22"/>
        <source>&amp;Next</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <location filename="../ui/letterwizard.cpp" line="26"/>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <location filename="../ui/letterwizard.cpp" line="78"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/letterwizard.cpp" line="149"/>
        <source>Step %1 of %2</source>
        <translation>Etapa %1 de %2</translation>
    </message>
</context>
<context>
    <name>amends::ui::MailSender</name>
    <message>
        <location filename="../ui/mailsender.cpp" line="42"/>
        <source>The letter was not sent</source>
        <translation>A carta não foi enviada</translation>
    </message>
    <message>
        <location filename="../ui/mailsender.cpp" line="53"/>
        <source>No mail server is set up yet. Enter it under Settings → Preferences.</source>
        <translation>Ainda não há servidor de e-mail configurado. Informe-o em Configurações → Preferências.</translation>
    </message>
    <message>
        <location filename="../ui/mailsender.cpp" line="55"/>
        <source>The customer has no valid email address.</source>
        <translation>O cliente não tem um e-mail válido.</translation>
    </message>
    <message>
        <location filename="../ui/mailsender.cpp" line="77"/>
        <source>Sending the letter to %1…</source>
        <translation>Enviando a carta para %1…</translation>
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
        <translation>Carta enviada para %1.</translation>
    </message>
</context>
<context>
    <name>amends::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>Preview of the letter</source>
        <translation>Pré-visualização da carta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>Findings</source>
        <translation>Apontamentos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>The letter is now a draft: fill in the case details, then repair each part.</source>
        <translation>A carta agora é um rascunho: preencha os dados do caso e depois corrija cada parte.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>Add comment</source>
        <translation>Adicionar comentário</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="316"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>&amp;New from Scenario…</source>
        <translation>&amp;Nova a partir de cenário…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="321"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir recen&amp;tes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>Check a &amp;Text Letter…</source>
        <translation>&amp;Verificar carta em texto…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <location filename="../ui/mainwindow.cpp" line="815"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="326"/>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="332"/>
        <source>Save the &amp;Draft</source>
        <translation>Salvar o &amp;rascunho</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>Export as &amp;PDF…</source>
        <translation>Exportar como &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="334"/>
        <source>Send by &amp;Email…</source>
        <translation>Enviar por e-&amp;mail…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="358"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="359"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="361"/>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="362"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="363"/>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="364"/>
        <source>Select &amp;All</source>
        <translation>&amp;Selecionar tudo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="370"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>&amp;Next Step</source>
        <translation>&amp;Próxima etapa</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="373"/>
        <source>&amp;Previous Step</source>
        <translation>Etapa &amp;anterior</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>No findings to go to: the writing passes every check.</source>
        <translation>Não há apontamentos para onde ir: o texto passa em todas as verificações.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>Next &amp;Finding</source>
        <translation>Próximo apo&amp;ntamento</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>Previous F&amp;inding</source>
        <translation>Apontamento anter&amp;ior</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="387"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="389"/>
        <source>&amp;Checks…</source>
        <translation>&amp;Verificações…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="391"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="392"/>
        <source>&amp;Review Mode</source>
        <translation>Modo de &amp;revisão</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="403"/>
        <source>&amp;Presentation View</source>
        <translation>Modo de a&amp;presentação</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="412"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="413"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guia do usuário</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="414"/>
        <source>&amp;Welcome Page</source>
        <translation>Página de &amp;boas-vindas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="415"/>
        <source>&amp;Rule Catalogue</source>
        <translation>&amp;Catálogo de regras</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="416"/>
        <source>&amp;Training…</source>
        <translation>&amp;Treinamento…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418"/>
        <source>&amp;About Amends</source>
        <translation>&amp;Sobre o Amends</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>This letter is far longer than a letter should be, so it is no longer checked as you type. Shorten it to resume the checks.</source>
        <translation>Esta carta está muito mais longa do que uma carta deveria ser, por isso não é mais verificada enquanto você digita. Encurte-a para retomar as verificações.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="481"/>
        <source>Could not keep a recovery copy: %1</source>
        <translation>Não foi possível manter uma cópia de recuperação: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="583"/>
        <source>Opened %1</source>
        <translation>Aberto: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="592"/>
        <source>Saved %1</source>
        <translation>Salvo: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="601"/>
        <source>a letter</source>
        <translation>uma carta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="626"/>
        <source>The last letter could not be opened: %1</source>
        <translation>Não foi possível abrir a última carta: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="647"/>
        <source>an unsaved letter to %1</source>
        <translation>uma carta não salva para %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="650"/>
        <source>Restore your letter?</source>
        <translation>Restaurar sua carta?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="651"/>
        <source>Amends did not close normally last time. A copy of %1 from %2 was kept. Restore it?</source>
        <translation>O Amends não foi fechado normalmente da última vez. Foi guardada uma cópia de %1 feita em %2. Deseja restaurá-la?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="668"/>
        <source>Restored the letter. Save it to keep it.</source>
        <translation>Carta restaurada. Salve-a para não perdê-la.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="693"/>
        <source>Untitled letter</source>
        <translation>Carta sem título</translation>
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
        <translation>Nenhuma carta recente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="741"/>
        <source>Your details will be used for new letters.</source>
        <translation>Seus dados serão usados nas novas cartas.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="757"/>
        <source>Open letter</source>
        <translation>Abrir carta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="758"/>
        <source>Amends letters (*.amends);;Text letters (*.txt);;All files (*)</source>
        <translation>Cartas do Amends (*.amends);;Cartas em texto (*.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="614"/>
        <location filename="../ui/mainwindow.cpp" line="762"/>
        <location filename="../ui/mainwindow.cpp" line="772"/>
        <source>Cannot open the letter</source>
        <translation>Não é possível abrir a carta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="305"/>
        <source>Your comment (Ctrl+Enter adds it):</source>
        <translation>Seu comentário (Ctrl+Enter adiciona):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="782"/>
        <location filename="../ui/mainwindow.cpp" line="802"/>
        <source>Cannot save the letter</source>
        <translation>Não é possível salvar a carta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="782"/>
        <location filename="../ui/mainwindow.cpp" line="802"/>
        <source>Your letter is still open; try another folder.</source>
        <translation>Sua carta continua aberta; tente outra pasta.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="793"/>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="795"/>
        <source>Save letter</source>
        <translation>Salvar carta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="795"/>
        <source>Amends letters (*.amends)</source>
        <translation>Cartas do Amends (*.amends)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="810"/>
        <source>Save changes?</source>
        <translation>Salvar alterações?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="810"/>
        <source>This letter has changes that are not saved yet. Save them?</source>
        <translation>Esta carta tem alterações que ainda não foram salvas. Deseja salvá-las?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="816"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="830"/>
        <source>House rules not loaded</source>
        <translation>Regras da empresa não carregadas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="831"/>
        <source>Some rules could not be read, so only the valid ones are used:
%1</source>
        <translation>Algumas regras não puderam ser lidas, por isso só as válidas são usadas:
%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="855"/>
        <source>About Amends</source>
        <translation>Sobre o Amends</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="856"/>
        <source>&lt;h3&gt;Amends %1&lt;/h3&gt;&lt;p&gt;Write apology letters that customers believe: say sorry, own the mistake, explain it, put it right, prevent a repeat, and stay in touch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Amends %1&lt;/h3&gt;&lt;p&gt;Escreva cartas de desculpas em que os clientes acreditam: peça desculpas, assuma o erro, explique-o, corrija-o, evite que se repita e mantenha contato.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>amends::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="33"/>
        <source>Write PDFs as PDF/A-1b, for archiving</source>
        <translation>Gerar PDFs como PDF/A-1b, para arquivamento</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="41"/>
        <source>&amp;Reopen the last letter when Amends starts</source>
        <translation>Re&amp;abrir a última carta ao iniciar o Amends</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="46"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="63"/>
        <location filename="../ui/preferencesdialog.cpp" line="122"/>
        <source>No password saved</source>
        <translation>Nenhuma senha salva</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="63"/>
        <source>Unchanged (saved in the keychain)</source>
        <translation>Sem alteração (salva no chaveiro)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="75"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma da interface:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="79"/>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="83"/>
        <source>Applies the next time Amends starts.</source>
        <translation>Vale a partir da próxima vez que o Amends for aberto.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="93"/>
        <source>Printed and PDF letters</source>
        <translation>Cartas impressas e em PDF</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="94"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="98"/>
        <source>No logo</source>
        <translation>Sem logo</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="100"/>
        <source>From the letter&apos;s language (A4 or US Letter)</source>
        <translation>Conforme o idioma da carta (A4 ou Carta)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="101"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="102"/>
        <source>US Letter</source>
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="105"/>
        <source>Letterhead &amp;logo:</source>
        <translation>&amp;Logo do papel timbrado:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="108"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="116"/>
        <source>Sending by email</source>
        <translation>Envio por e-mail</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="118"/>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (obrigatório)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="119"/>
        <source>TLS from the start</source>
        <translation>TLS desde o início</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="120"/>
        <source>None — only for a server on this computer</source>
        <translation>Nenhuma — só para um servidor neste computador</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="123"/>
        <source>Kept in the system keychain, never in Amends&apos; settings.</source>
        <translation>Guardada no chaveiro do sistema, nunca nas configurações do Amends.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="124"/>
        <source>e.g. smtp.example.com</source>
        <translation>ex.: smtp.example.com</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="125"/>
        <source>e.g. billing@example.com</source>
        <translation>ex.: cobranca@example.com</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="127"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="128"/>
        <source>Se&amp;curity:</source>
        <translation>Se&amp;gurança:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="129"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="130"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="131"/>
        <source>Pass&amp;word:</source>
        <translation>Sen&amp;ha:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="132"/>
        <source>&amp;From address:</source>
        <translation>Endereço do &amp;remetente:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="163"/>
        <source>Letterhead logo</source>
        <translation>Logo do papel timbrado</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="164"/>
        <source>Images (%1)</source>
        <translation>Imagens (%1)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="178"/>
        <source>The From address is not a valid email address.</source>
        <translation>O endereço do remetente não é um e-mail válido.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="183"/>
        <source>The logo cannot be read as an image.</source>
        <translation>Não é possível ler o logo como imagem.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="200"/>
        <source>Saving the password in the system keychain…</source>
        <translation>Salvando a senha no chaveiro do sistema…</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="210"/>
        <source>The other settings were saved.</source>
        <translation>As demais configurações foram salvas.</translation>
    </message>
</context>
<context>
    <name>amends::ui::ProofreadingHighlighter</name>
    <message>
        <location filename="../ui/proofreadinghighlighter.cpp" line="227"/>
        <source>Not in the dictionary. Right-click for corrections.</source>
        <translation>Não está no dicionário. Clique com o botão direito para ver correções.</translation>
    </message>
    <message>
        <location filename="../ui/proofreadinghighlighter.cpp" line="254"/>
        <source>No case field has this name.</source>
        <translation>Nenhum campo do caso tem este nome.</translation>
    </message>
</context>
<context>
    <name>amends::ui::ReviewPage</name>
    <message>
        <location filename="../ui/reviewpage.cpp" line="38"/>
        <source>Double-click or press Enter to go there.</source>
        <translation>Clique duas vezes ou pressione Enter para ir até lá.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="50"/>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="59"/>
        <source>Subject, greeting and closing</source>
        <translation>Assunto, saudação e despedida</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="63"/>
        <source>&amp;Subject:</source>
        <translation>Ass&amp;unto:</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="65"/>
        <source>&amp;Greeting:</source>
        <translation>&amp;Saudação:</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="67"/>
        <source>Cl&amp;osing:</source>
        <translation>&amp;Despedida:</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="74"/>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="79"/>
        <source>Before you &amp;send:</source>
        <translation>Antes de &amp;enviar:</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="155"/>
        <source>%1 is still empty.</source>
        <translation>A parte “%1” ainda está vazia.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="156"/>
        <source>%1 is written, but does not yet do its job (see the findings).</source>
        <translation>A parte “%1” está escrita, mas ainda não cumpre seu papel (veja os apontamentos).</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="157"/>
        <source>%1 is covered.</source>
        <translation>A parte “%1” está completa.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="162"/>
        <source>All required case details are filled in.</source>
        <translation>Todos os dados obrigatórios do caso estão preenchidos.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="163"/>
        <source>Required case details missing: %1.</source>
        <translation>Faltam dados obrigatórios do caso: %1.</translation>
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
        <translation>Todos os marcadores estão preenchidos.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="168"/>
        <source>Placeholders still empty: %1.</source>
        <translation>Marcadores ainda vazios: %1.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="172"/>
        <source>No unknown placeholders.</source>
        <translation>Nenhum marcador desconhecido.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="173"/>
        <source>Unknown placeholders (check their spelling): %1.</source>
        <translation>Marcadores desconhecidos (confira a grafia): %1.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="175"/>
        <source>The letter has no subject.</source>
        <translation>A carta não tem assunto.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="175"/>
        <source>The letter has a subject.</source>
        <translation>A carta tem assunto.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="182"/>
        <source>The letter is complete. Save it, export it or send it with the buttons below, or go back to any step to polish it.</source>
        <translation>A carta está completa. Salve, exporte ou envie a carta com os botões abaixo, ou volte a qualquer etapa para aprimorá-la.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="183"/>
        <source>Some items above still need your attention.</source>
        <translation>Alguns itens acima ainda precisam da sua atenção.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="192"/>
        <source>Reading ease %1 (target %2–%3; higher is easier).</source>
        <translation>Facilidade de leitura %1 (meta: %2–%3; quanto mais alta, mais fácil).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reviewpage.cpp" line="201"/>
        <source>%n finding(s) must be fixed before the letter can go out.</source>
        <translation>
            <numerusform>%n apontamento precisa ser corrigido antes de a carta ser enviada.</numerusform>
            <numerusform>%n apontamentos precisam ser corrigidos antes de a carta ser enviada.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="202"/>
        <source>No finding blocks sending.</source>
        <translation>Nenhum apontamento impede o envio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reviewpage.cpp" line="205"/>
        <source>%n other finding(s) to consider (see Findings below).</source>
        <translation>
            <numerusform>%n outro apontamento a considerar (veja Apontamentos abaixo).</numerusform>
            <numerusform>%n outros apontamentos a considerar (veja Apontamentos abaixo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reviewpage.cpp" line="207"/>
        <source>%n finding(s) dismissed with a reason.</source>
        <translation>
            <numerusform>%n apontamento descartado com justificativa.</numerusform>
            <numerusform>%n apontamentos descartados com justificativa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amends::ui::ReviewPanel</name>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="47"/>
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="48"/>
        <source>Status history</source>
        <translation>Histórico de status</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="52"/>
        <source>Su&amp;bmit for review</source>
        <translation>E&amp;nviar para revisão</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="53"/>
        <source>Appro&amp;ve</source>
        <translation>Apr&amp;ovar</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="54"/>
        <source>Request c&amp;hanges</source>
        <translation>Solicitar a&amp;lterações</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="55"/>
        <source>Back to &amp;draft</source>
        <translation>Voltar para rascun&amp;ho</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="64"/>
        <source>Add &amp;comment…</source>
        <translation>Adicionar &amp;comentário…</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="82"/>
        <source>Comments on this part:</source>
        <translation>Comentários sobre esta parte:</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="85"/>
        <source>Dismissed findings:</source>
        <translation>Apontamentos descartados:</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="87"/>
        <source>History:</source>
        <translation>Histórico:</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="152"/>
        <location filename="../ui/reviewpanel.cpp" line="157"/>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="152"/>
        <source>You wrote this letter, so someone else must approve it.</source>
        <translation>Você escreveu esta carta, por isso outra pessoa precisa aprová-la.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="203"/>
        <source>Apology score: %1 / 100</source>
        <translation>Pontuação da carta: %1 / 100</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="212"/>
        <source>Nothing to improve: this is a complete apology.</source>
        <translation>Nada a melhorar: este é um pedido de desculpas completo.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="213"/>
        <source>To raise it:&lt;ul style=&quot;margin-left:-24px&quot;&gt;%1&lt;/ul&gt;</source>
        <translation>Para melhorá-la:&lt;ul style=&quot;margin-left:-24px&quot;&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="163"/>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="164"/>
        <source> (reviewer: %1)</source>
        <translation> (revisor: %1)</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="171"/>
        <source>You (%1) wrote this letter, so someone else must approve it.</source>
        <translation>Você (%1) escreveu esta carta, por isso outra pessoa precisa aprová-la.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="174"/>
        <source>&lt;br/&gt;&lt;i&gt;Waiting for another reviewer: you cannot approve your own letter.&lt;/i&gt;</source>
        <translation>&lt;br/&gt;&lt;i&gt;Aguardando outro revisor: você não pode aprovar sua própria carta.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="181"/>
        <source>Whole letter</source>
        <translation>Carta inteira</translation>
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
        <translation>Marque quando estiver resolvido.</translation>
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
        <translation>&lt;p&gt;&lt;i&gt;Fonte: %1&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="34"/>
        <source>&lt;p&gt;&lt;span style=&quot;color:#b42318&quot;&gt;✘ Poor:&lt;/span&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;span style=&quot;color:#b42318&quot;&gt;✘ Ruim:&lt;/span&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="36"/>
        <source>&lt;p&gt;&lt;span style=&quot;color:#1a7f37&quot;&gt;✔ Better:&lt;/span&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;span style=&quot;color:#1a7f37&quot;&gt;✔ Melhor:&lt;/span&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="48"/>
        <source>Rule catalogue</source>
        <translation>Catálogo de regras</translation>
    </message>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="49"/>
        <source>Search rules, e.g. “blame” or “sorry if”…</source>
        <translation>Pesquise regras, ex.: “culpa” ou “sentimos muito se”…</translation>
    </message>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="51"/>
        <source>Search rules</source>
        <translation>Pesquisar regras</translation>
    </message>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="53"/>
        <source>Rules</source>
        <translation>Regras</translation>
    </message>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="122"/>
        <source>&lt;p&gt;Choose a rule to see why it matters, where the advice comes from, and a poor and a better example.&lt;/p&gt;&lt;h3&gt;The apology score&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Escolha uma regra para ver por que ela importa, de onde vem a recomendação e um exemplo ruim e outro melhor.&lt;/p&gt;&lt;h3&gt;A pontuação da carta&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>amends::ui::ScenarioDialog</name>
    <message>
        <location filename="../ui/scenariodialog.cpp" line="16"/>
        <source>New letter from a scenario</source>
        <translation>Nova carta a partir de um cenário</translation>
    </message>
    <message>
        <location filename="../ui/scenariodialog.cpp" line="17"/>
        <source>&amp;What went wrong with the customer&apos;s bill?</source>
        <translation>&amp;O que deu errado na fatura do cliente?</translation>
    </message>
    <message>
        <location filename="../ui/scenariodialog.cpp" line="28"/>
        <source>&amp;Start letter</source>
        <translation>&amp;Iniciar carta</translation>
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
        <translation>Nada mais a melhorar: a carta passa em todas as verificações.</translation>
    </message>
    <message>
        <location filename="../ui/scorebadge.cpp" line="64"/>
        <source>To raise it:</source>
        <translation>Para melhorá-la:</translation>
    </message>
    <message>
        <location filename="../ui/scorebadge.cpp" line="73"/>
        <source>Score %1 out of 100</source>
        <translation>Pontuação: %1 de 100</translation>
    </message>
</context>
<context>
    <name>amends::ui::Screenshotter</name>
    <message>
        <location filename="../ui/screenshotter.cpp" line="24"/>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <location filename="../ui/screenshotter.cpp" line="45"/>
        <source>Cannot write %1.</source>
        <translation>Não é possível gravar %1.</translation>
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
        <translation>Ignorar t&amp;udo nesta carta</translation>
    </message>
    <message>
        <location filename="../ui/sectioneditor.cpp" line="148"/>
        <source>Add to &amp;Dictionary</source>
        <translation>&amp;Adicionar ao dicionário</translation>
    </message>
    <message>
        <location filename="../ui/sectioneditor.cpp" line="171"/>
        <source>No suggestions for “%1”</source>
        <translation>Nenhuma sugestão para “%1”</translation>
    </message>
    <message>
        <location filename="../ui/sectioneditor.cpp" line="191"/>
        <source>Cannot add the word</source>
        <translation>Não é possível adicionar a palavra</translation>
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
        <translation>&amp;Frases prontas — clique em uma para inseri-la na posição do cursor:</translation>
    </message>
    <message>
        <location filename="../ui/sectionpage.cpp" line="58"/>
        <source>%1 text</source>
        <translation>Texto: %1</translation>
    </message>
    <message>
        <location filename="../ui/sectionpage.cpp" line="59"/>
        <source>Write this part of the letter here, or click a ready phrase below.</source>
        <translation>Escreva aqui esta parte da carta ou clique em uma frase pronta abaixo.</translation>
    </message>
    <message>
        <location filename="../ui/sectionpage.cpp" line="64"/>
        <source>Ready phrases</source>
        <translation>Frases prontas</translation>
    </message>
    <message>
        <location filename="../ui/sectionpage.cpp" line="65"/>
        <source>Click or press Enter to insert the phrase into the editor.</source>
        <translation>Clique ou pressione Enter para inserir a frase no editor.</translation>
    </message>
    <message>
        <location filename="../ui/sectionpage.cpp" line="67"/>
        <source>&amp;Text of this section:</source>
        <translation>&amp;Texto desta seção:</translation>
    </message>
</context>
<context>
    <name>amends::ui::TextLetterDialog</name>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="50"/>
        <source>Check a letter written elsewhere</source>
        <translation>Verificar uma carta escrita em outro lugar</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="82"/>
        <source>Paste the letter here, or open a text file.</source>
        <translation>Cole a carta aqui ou abra um arquivo de texto.</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="83"/>
        <source>Letter text</source>
        <translation>Texto da carta</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="85"/>
        <source>&amp;Open Text File…</source>
        <translation>&amp;Abrir arquivo de texto…</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="86"/>
        <source>Con&amp;vert to Draft…</source>
        <translation>&amp;Converter em rascunho…</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="87"/>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
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
        <translation>Detectar pelo texto</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="120"/>
        <source>Each paragraph goes to the part of the letter shown beside it. Change a part where the suggestion is wrong; you can edit everything in the wizard afterwards.</source>
        <translation>Cada parágrafo vai para a parte da carta indicada ao lado. Troque a parte quando a sugestão estiver errada; depois você pode editar tudo no assistente.</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="124"/>
        <source>Paragraph</source>
        <translation>Parágrafo</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="124"/>
        <source>Goes to</source>
        <translation>Vai para</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="129"/>
        <source>Create &amp;Draft</source>
        <translation>Criar &amp;rascunho</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="130"/>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="174"/>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="183"/>
        <source>Paste or type a letter above to see its apology score and findings.</source>
        <translation>Cole ou digite uma carta acima para ver a pontuação e os apontamentos.</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="194"/>
        <source>&lt;b&gt;Apology score: %1 / 100&lt;/b&gt; &amp;nbsp; Parts: %2 &amp;nbsp; Reading ease: %3</source>
        <translation>&lt;b&gt;Pontuação da carta: %1 / 100&lt;/b&gt; &amp;nbsp; Partes: %2 &amp;nbsp; Facilidade de leitura: %3</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="211"/>
        <source>Open letter</source>
        <translation>Abrir carta</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="211"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Arquivos de texto (*.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="215"/>
        <source>a letter</source>
        <translation>uma carta</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="217"/>
        <source>Cannot open the letter</source>
        <translation>Não é possível abrir a carta</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="232"/>
        <source>Greeting</source>
        <translation>Saudação</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="233"/>
        <source>Closing</source>
        <translation>Despedida</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="234"/>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="235"/>
        <source>Heading (left out)</source>
        <translation>Cabeçalho (omitido)</translation>
    </message>
</context>
<context>
    <name>amends::ui::TrainingWindow</name>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="56"/>
        <source>Training — Amends</source>
        <translation>Treinamento — Amends</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="114"/>
        <source>&amp;Letter pair:</source>
        <translation>&amp;Par de cartas:</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="158"/>
        <source>Poor letter</source>
        <translation>Carta ruim</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="161"/>
        <source>Repaired letter</source>
        <translation>Carta corrigida</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="168"/>
        <source>R&amp;eset Letter</source>
        <translation>R&amp;estaurar carta</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="169"/>
        <source>Bring back the original poor letter</source>
        <translation>Trazer de volta a carta ruim original</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="170"/>
        <source>Point at a marked phrase to see what is wrong with it.</source>
        <translation>Passe o mouse sobre uma frase marcada para ver o que há de errado nela.</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="179"/>
        <source>P&amp;oor letter — rewrite it here</source>
        <translation>Carta &amp;ruim — reescreva aqui</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="180"/>
        <source>Re&amp;paired letter</source>
        <translation>Carta &amp;corrigida</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="196"/>
        <source>F&amp;indings in your rewrite</source>
        <translation>Apo&amp;ntamentos na sua reescrita</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="206"/>
        <source>&amp;Training</source>
        <translation>&amp;Treinamento</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="207"/>
        <source>&amp;Next Pair</source>
        <translation>&amp;Próximo par</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="210"/>
        <source>&amp;Previous Pair</source>
        <translation>Par &amp;anterior</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="215"/>
        <source>&amp;Reset Letter</source>
        <translation>&amp;Restaurar carta</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="217"/>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="219"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="220"/>
        <source>&amp;Presentation View</source>
        <translation>Modo de a&amp;presentação</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="223"/>
        <source>Large type for a projector (%1)</source>
        <translation>Letras grandes para projetor (%1)</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="224"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Tela cheia</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="247"/>
        <source>In training, rewrite the words instead of dismissing the finding.</source>
        <translation>No treinamento, reescreva o texto em vez de descartar o apontamento.</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="253"/>
        <source>No training letters are installed for this language.</source>
        <translation>Não há cartas de treinamento instaladas para este idioma.</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="270"/>
        <source>%1 — Training — Amends</source>
        <translation>%1 — Treinamento — Amends</translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="350"/>
        <source>The words have changed since the last check; try again.</source>
        <translation>O texto mudou desde a última verificação; tente novamente.</translation>
    </message>
</context>
<context>
    <name>amends::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="17"/>
        <source>Welcome to Amends</source>
        <translation>Boas-vindas ao Amends</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="19"/>
        <source>&lt;h2&gt;Welcome to Amends&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Boas-vindas ao Amends&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="20"/>
        <source>&lt;p&gt;A letter takes three steps: the &lt;b&gt;case details&lt;/b&gt; (who, which invoice, how much), then the &lt;b&gt;six parts&lt;/b&gt; of an apology, each with guidance and ready phrases, then the &lt;b&gt;review&lt;/b&gt;, where you see what is left before it can go out. The preview on the right is the letter as it will be sent; problems are underlined as you type and listed under &lt;i&gt;Findings&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Uma carta tem três etapas: os &lt;b&gt;dados do caso&lt;/b&gt; (quem, qual fatura, quanto), depois as &lt;b&gt;seis partes&lt;/b&gt; de um pedido de desculpas, cada uma com orientações e frases prontas, e por fim a &lt;b&gt;revisão&lt;/b&gt;, onde você vê o que falta antes de a carta poder ser enviada. A pré-visualização à direita mostra a carta como ela será enviada; os problemas são sublinhados enquanto você digita e listados em &lt;i&gt;Apontamentos&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="28"/>
        <source>&amp;Last letters:</source>
        <translation>Cartas &amp;recentes:</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="44"/>
        <source>Read the &amp;Guide</source>
        <translation>Ler o &amp;guia</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="46"/>
        <source>&amp;Start with an example</source>
        <translation>Começar com um &amp;exemplo</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="47"/>
        <source>Close this page and look at the example letter that is open.</source>
        <translation>Fechar esta página e ver a carta de exemplo que está aberta.</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="73"/>
        <source>&amp;New letter from a scenario</source>
        <translation>&amp;Nova carta a partir de um cenário</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="73"/>
        <source>Pick what went wrong with the bill; a model letter for it is filled in.</source>
        <translation>Escolha o que deu errado na fatura; uma carta-modelo para o caso já vem preenchida.</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="76"/>
        <source>&amp;Open a saved letter</source>
        <translation>&amp;Abrir uma carta salva</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="76"/>
        <source>Continue a draft (.amends) you or a colleague saved.</source>
        <translation>Continue um rascunho (.amends) salvo por você ou por um colega.</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="78"/>
        <source>&amp;Check a letter written elsewhere</source>
        <translation>&amp;Verificar uma carta escrita em outro lugar</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="78"/>
        <source>Paste or open a plain-text letter and see its score and findings.</source>
        <translation>Cole ou abra uma carta em texto simples e veja a pontuação e os apontamentos.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/command.cpp" line="44"/>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="45"/>
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="49"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Tente &apos;%1 --help&apos;.</translation>
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
        <translation>Uso: amends-cli COMANDO [OPÇÕES]

Escreva, verifique e exporte cartas de desculpas por erros de cobrança.

Comandos:
  check [--format text|json|sarif|checkstyle] [--min-severity LEVEL] [--quiet]
        [--lang CODE] [--rules FILE]... [--no-config] [--recursive] [--glob PATTERN]... FILE...
                        verifica cartas (.amends, .txt, pastas, - para a entrada padrão)
  report DIR -o OUT [--format html|json] [--lang CODE] [--rules FILE]... [--recursive]
                        um relatório de todas as cartas de uma pasta (HTML ou JSON)
  rules [--lang CODE] [--rules FILE]... [SEARCH]
                        lista cada regra, por que ela importa e exemplos
  new --scenario ID [--lang CODE] [--set KEY=VALUE]... -o DRAFT
                        cria um rascunho a partir de um cenário
  render DRAFT [--format text|html]
                        mostra a carta montada
  export DRAFT -o OUT
                        grava a carta como .pdf, .odt, .html, .txt, .eml ou .ics
  scenarios [--lang CODE]
                        lista os cenários
  spell (--lang CODE | --dictionary PATH) [--list] [FILE...]
                        verifica a ortografia de cartas ou da entrada padrão

Opções:
  -h, --help            mostra esta ajuda (também depois de um comando)
  --version             mostra a versão
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="85"/>
        <source>cannot export: its helper, amends-cli-export, is not installed beside amends-cli. Reinstall Amends.</source>
        <translation>não é possível exportar: o programa auxiliar amends-cli-export não está instalado junto ao amends-cli. Reinstale o Amends.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="99"/>
        <source>Write and review apology letters for billing errors.</source>
        <translation>Escreva e revise cartas de desculpas por erros de cobrança.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="102"/>
        <source>A letter (.amends) to open.</source>
        <translation>Uma carta (.amends) a abrir.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="85"/>
        <source>Start with the sample case of scenario &lt;id&gt;.</source>
        <translation>Começar com o caso de exemplo do cenário &lt;id&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="81"/>
        <source>Show this help and quit.</source>
        <translation>Mostrar esta ajuda e sair.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="83"/>
        <source>Show the version and quit.</source>
        <translation>Mostrar a versão e sair.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="89"/>
        <source>Save every wizard page, filled with a sample case (or DRAFT), as PNG files in &lt;dir&gt;, then quit.</source>
        <translation>Salvar cada página do assistente, preenchida com um caso de exemplo (ou DRAFT), como arquivos PNG em &lt;dir&gt; e sair.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="93"/>
        <source>With --screenshot, the window&apos;s size (default 1440x900).</source>
        <translation>Com --screenshot, o tamanho da janela (padrão: 1440x900).</translation>
    </message>
</context>
</TS>
