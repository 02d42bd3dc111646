<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>amends::core</name>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="21"/>
        <source>Say sorry plainly in the first paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="22"/>
        <source>Say that the mistake was ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="23"/>
        <source>Explain in plain words what went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="24"/>
        <source>Say what we did to put it right, with the amount and the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="25"/>
        <source>Say what changes so it does not happen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="26"/>
        <source>Give a named person, a phone number or email, and the follow-up date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="35"/>
        <source>The apology score (0 to 100) gives up to 70 points for the six parts a letter covers, weighted as readers value them (Lewicki, Polin &amp; Lount 2016): responsibility %1, remedy %2, regret %3, explanation %4, improvement %5, contact %6. A part counts only when it does its job: &quot;sorry if you feel&quot; is no regret, blaming a supplier owns nothing. Findings take away up to 30 points: %7 for an error, %8 for a warning, %9 for a suggestion. Asking for forgiveness neither earns nor costs anything. A letter with an error-level finding, which must not be sent as it is, scores at most %10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/apologyscore.cpp" line="115"/>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/fields.cpp" line="131"/>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/fields.cpp" line="138"/>
        <source>%1 must be a plain decimal amount such as 120.00 (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/fields.cpp" line="144"/>
        <source>%1 must be a three-letter currency code such as USD or EUR (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/fields.cpp" line="149"/>
        <source>%1 must be a date written as YYYY-MM-DD (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/fields.cpp" line="154"/>
        <source>%1 must be an email address such as name@example.com (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/fields.cpp" line="168"/>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/scenario.cpp" line="30"/>
        <location filename="../app/core/trainingpair.cpp" line="27"/>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/scenario.cpp" line="34"/>
        <source>not an Amends scenario of version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/scenario.cpp" line="45"/>
        <location filename="../app/core/trainingpair.cpp" line="43"/>
        <source>id, title or language missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/scenario.cpp" line="54"/>
        <source>section &quot;%1&quot; has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/spellcheck.cpp" line="117"/>
        <source>“%1” is not in the dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/spellcheck.cpp" line="118"/>
        <source>A spelling mistake makes a letter look careless, and a careless apology reads as an insincere one. Correct the word, or add it to your dictionary if it is a name or a term you use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="62"/>
        <source>The apology comes late: say sorry in the opening paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="63"/>
        <source>Readers judge an apology in its first lines; one buried after explanations reads like an afterthought. Timing matters for satisfaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="67"/>
        <source>The remedy gives no amount or date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="68"/>
        <source>A concrete repair (how much, by when) is what makes an offer of repair credible; a vague promise invites a second complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="71"/>
        <source>The contact part gives no phone number, email address or named person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="72"/>
        <source>Without a direct channel the customer has to start over with someone new; a named person with a number or address shows ownership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="76"/>
        <source>The required field &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="77"/>
        <source>A letter with an empty field goes out with a blank or a placeholder; helpdesk macros send such letters every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="79"/>
        <source>The letter never uses the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="80"/>
        <source>Addressing the customer by name shows the letter was written for them, not sent from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="82"/>
        <source>&quot;%1&quot; is a generic greeting: use the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="83"/>
        <source>A generic greeting tells the customer they are one of many; it undercuts the sincerity of everything that follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="85"/>
        <source>The letter is hard to read (reading ease %1; aim for %2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="86"/>
        <source>Plain letters are understood and believed. Standard documents aim for a Flesch Reading Ease of 60–70; notices at least 50–60. Use shorter sentences and everyday words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="90"/>
        <source>This sentence has %1 words; keep sentences under about 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="91"/>
        <source>Long sentences hide the point. Plain-language guides keep sentences under about 20 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="95"/>
        <source>The letter is very short (%1 words): it cannot cover all six parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="96"/>
        <source>A few lines cannot say sorry, own the mistake, explain it, put it right, promise change and give a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="98"/>
        <source>The letter is very long (%1 words): customers may not read it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="99"/>
        <source>Over-long apologies bury the remedy and read as defensive; keep to what the customer needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="101"/>
        <source>The letter is dated %1 business days after the complaint; aim for one or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="102"/>
        <source>A late apology lowers satisfaction; practice is to apologise within 24–48 hours of the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="105"/>
        <source>The letter apologises %1 times; once or twice carries more weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="106"/>
        <source>Repeated apologies cheapen each other and can sound anxious or formulaic. Say sorry clearly once, then fix the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="109"/>
        <source>Words in capitals read as shouting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="110"/>
        <source>Capitals in a letter feel like raised voices, the opposite of an apology&apos;s tone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="112"/>
        <source>&quot;%1&quot; is not explained: spell it out on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="113"/>
        <source>Customers do not know internal abbreviations; plain-language guides spell acronyms out the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/trainingpair.cpp" line="31"/>
        <source>not an Amends training pair of version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/trainingpair.cpp" line="45"/>
        <source>pattern or lesson missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/trainingpair.cpp" line="47"/>
        <source>the poor or the repaired letter is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/trainingpair.cpp" line="63"/>
        <source>language &quot;%1&quot; in the folder of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::core::DraftFile</name>
    <message>
        <location filename="../app/core/draftfile.cpp" line="123"/>
        <source>Unknown review status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="139"/>
        <source>Unknown section &quot;%1&quot; in a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="154"/>
        <source>A review comment is not a group of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="251"/>
        <source>This is not an Amends draft (its &quot;format&quot; is not &quot;amends-draft&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="255"/>
        <source>The draft has no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="258"/>
        <source>This draft was saved by a newer version of Amends (format version %1; this version reads up to %2). Please update Amends to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="263"/>
        <source>Format version %1 of this draft cannot be converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="271"/>
        <source>&quot;%1&quot; is not a language such as en-US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="293"/>
        <source>The draft is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="303"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="304"/>
        <source>The file is not a readable draft: it is cut short or damaged (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="309"/>
        <source>This is not an Amends draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="317"/>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="319"/>
        <source>&quot;%1&quot; is too large to be a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="330"/>
        <location filename="../app/core/draftfile.cpp" line="334"/>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="337"/>
        <source>Cannot save &quot;%1&quot;: %2. The previous version is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::core::DraftFile::Reader</name>
    <message>
        <location filename="../app/core/draftfile.cpp" line="38"/>
        <source>&quot;%1&quot; should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="50"/>
        <source>&quot;%1&quot; should be a group of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="60"/>
        <source>&quot;%1&quot; should be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/draftfile.cpp" line="71"/>
        <source>&quot;%1&quot; should be a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::core::Parser</name>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="78"/>
        <location filename="../app/core/phrasepattern.cpp" line="206"/>
        <source>unexpected &quot;%1&quot; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="116"/>
        <source>empty alternative at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="125"/>
        <source>missing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="156"/>
        <source>&quot;!&quot; must be followed by words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="174"/>
        <source>missing &quot;}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="180"/>
        <source>unknown word list {%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="184"/>
        <source>word lists nested too deeply at {%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/phrasepattern.cpp" line="193"/>
        <source>in {%1} entry &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::core::PersonalDictionary</name>
    <message>
        <location filename="../app/core/personaldictionary.cpp" line="35"/>
        <source>Cannot read the personal dictionary &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/personaldictionary.cpp" line="74"/>
        <source>&quot;%1&quot; cannot be added: a dictionary entry is one word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/personaldictionary.cpp" line="100"/>
        <source>Cannot create the folder for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::core::ReviewWorkflow</name>
    <message>
        <location filename="../app/core/reviewworkflow.cpp" line="76"/>
        <source>A letter that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/reviewworkflow.cpp" line="87"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/reviewworkflow.cpp" line="88"/>
        <source>Ready for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/reviewworkflow.cpp" line="89"/>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/reviewworkflow.cpp" line="90"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::core::RulePackReader</name>
    <message>
        <location filename="../app/core/ruleset.cpp" line="55"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="62"/>
        <source>%1: not an Amends rule pack (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="63"/>
        <source>wrong format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="67"/>
        <source>%1: unsupported rule pack version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="111"/>
        <source>%1: pattern &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="125"/>
        <source>%1: regular expression &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="136"/>
        <source>%1: unknown section &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="168"/>
        <source>%1: a rule needs an id, a known category and a severity (error, warning, suggestion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="172"/>
        <source>%1: the id is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ruleset.cpp" line="188"/>
        <source>%1: a rule needs a message and at least one pattern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::core::RuleSet</name>
    <message>
        <location filename="../app/core/ruleset.cpp" line="204"/>
        <source>No rules for the language &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::core::StructureRules</name>
    <message>
        <location filename="../app/core/structurerules.cpp" line="29"/>
        <source>The letter never says sorry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="30"/>
        <source>An explicit &quot;I am sorry&quot; is one of the elements that independently improve how an apology is received. Without it the letter reads as a notice, not an apology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="32"/>
        <source>The letter does not say the mistake was ours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="33"/>
        <source>Acknowledging responsibility is the single most effective part of an apology: readers weigh it above every other element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="35"/>
        <source>The letter does not explain what went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="36"/>
        <source>A short, plain explanation shows the customer the problem is understood; it ranks with regret and the promise of change in effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="38"/>
        <source>The letter does not say how we put it right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="39"/>
        <source>An offer of repair is the second most important part of an apology. Say what was refunded, credited or corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="41"/>
        <source>The letter does not say what changes so it will not happen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="42"/>
        <source>A promise of forbearance (it will not happen again) independently improves how an apology is received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="44"/>
        <source>The letter gives no one to contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/structurerules.cpp" line="45"/>
        <source>A named person and a direct way to reach them, with a promised follow-up, spare the customer from starting over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::services</name>
    <message>
        <location filename="../app/services/batchcheck.cpp" line="37"/>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/batchcheck.cpp" line="42"/>
        <source>&quot;%1&quot; is too large to be a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/batchcheck.cpp" line="46"/>
        <source>&quot;%1&quot; is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/emailmessage.cpp" line="112"/>
        <source>The customer&apos;s email address &quot;%1&quot; is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/emailmessage.cpp" line="114"/>
        <source>The sender&apos;s email address &quot;%1&quot; is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="134"/>
        <source>%1 good · %2 fair · %3 poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="149"/>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="150"/>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="150"/>
        <source>out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="152"/>
        <source>Letters with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="153"/>
        <source>%1 of %2 need fixing before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="155"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="156"/>
        <source>%1 errors · %2 warnings · %3 suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="181"/>
        <source>%1: %2 errors, %3 warnings, %4 suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="203"/>
        <source>Findings by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="205"/>
        <source>No findings in any letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="212"/>
        <source>Findings by category across the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="222"/>
        <source>No findings: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="232"/>
        <source>Folder %1 · checked %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="244"/>
        <source>Apology letter report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="259"/>
        <source>The score (0–100) gives up to 70 points for the six parts of an apology that a letter covers, weighted by how much each matters to readers, and up to 30 points that findings take away. 85 and up is good, 60 to 84 fair, below 60 poor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="35"/>
        <source>1 finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="35"/>
        <source>%1 findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="63"/>
        <source>All six</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="115"/>
        <source>Letters, lowest score first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="117"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="117"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="117"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="117"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="120"/>
        <source>Missing parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/folderreporttable.cpp" line="136"/>
        <source>Findings, letter by letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/followupreminder.cpp" line="35"/>
        <source>Follow up the apology letter of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/followupreminder.cpp" line="37"/>
        <source>Case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/followupreminder.cpp" line="39"/>
        <source>Invoice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/followupreminder.cpp" line="41"/>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/followupreminder.cpp" line="69"/>
        <source>Follow up with %1 (case %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/letterexport.cpp" line="27"/>
        <source>Apology letter to %1, case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/letterexport.cpp" line="72"/>
        <source>The letterhead logo &quot;%1&quot; cannot be read (%2). Choose another one in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/letterexport.cpp" line="83"/>
        <source>Letter to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/letterexport.cpp" line="131"/>
        <source>&quot;%1&quot; has no known file type; use .pdf, .odt, .html, .txt, .eml or .ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/letterexport.cpp" line="134"/>
        <source>Nothing could be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="58"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="64"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="65"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="66"/>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="50"/>
        <source>The mail server &quot;%1&quot; could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="52"/>
        <source>Could not connect to the mail server %1 on port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="54"/>
        <source>The mail server %1 does not offer an encrypted connection, so the letter was not sent. Check the security setting in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="57"/>
        <source>The certificate of the mail server %1 could not be verified, so the letter was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="59"/>
        <source>An encrypted connection to the mail server %1 could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="60"/>
        <source>The mail server refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="61"/>
        <source>The mail server %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="64"/>
        <source>The mail server %1 did not accept the letter: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="134"/>
        <source>No mail server is set up. Enter one in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="138"/>
        <source>The address &quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/smtpsender.cpp" line="154"/>
        <source>Sending was cancelled; the letter was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::services::FolderReport</name>
    <message>
        <location filename="../app/services/folderreporthtml.cpp" line="241"/>
        <source>en</source>
        <comment>BCP 47 code of this translation</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::services::HunspellSpeller</name>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="55"/>
        <source>Cannot read the dictionary file &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/hunspellspeller.cpp" line="66"/>
        <source>The dictionary &quot;%1&quot; uses the encoding &quot;%2&quot;, which this system cannot convert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::services::LetterPages</name>
    <message>
        <location filename="../app/services/letterpages.cpp" line="45"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::services::Odt</name>
    <message>
        <location filename="../app/services/documentexport.cpp" line="22"/>
        <source>The OpenDocument file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::services::PasswordStore</name>
    <message>
        <location filename="../app/services/passwordstore.cpp" line="15"/>
        <source>The system keychain is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::services::Pdf</name>
    <message>
        <location filename="../app/services/pdfexport.cpp" line="56"/>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::services::Proofreader</name>
    <message>
        <location filename="../app/services/proofreader.cpp" line="44"/>
        <source>The spelling dictionary for %1 could not be loaded, so spelling is not checked. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/proofreader.cpp" line="45"/>
        <source>No spelling dictionary for %1 is installed, so spelling is not checked. Install the hunspell dictionary for this language (for example the package hunspell-%2), or put %3.aff and %3.dic into %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::ui::CaseDetailsPage</name>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="37"/>
        <source>Case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="44"/>
        <source>Letter &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="46"/>
        <source>Start with the facts of the case. Fields marked * are required; everything you enter here fills the letter for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="96"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="98"/>
        <source>Customer &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="99"/>
        <source>Address them &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="100"/>
        <source>e.g. Ms Rivera (the name is used when empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="101"/>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="102"/>
        <source>Postal add&amp;ress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="108"/>
        <source>Case and amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="110"/>
        <source>Case &amp;reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="111"/>
        <source>e.g. ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="112"/>
        <source>&amp;Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="113"/>
        <source>Acco&amp;unt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="114"/>
        <source>Curr&amp;ency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="115"/>
        <source>Amount &amp;charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="116"/>
        <source>e.g. 120.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="117"/>
        <source>C&amp;orrect amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="118"/>
        <source>Re&amp;fund or credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="119"/>
        <source>Complaint recei&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="120"/>
        <source>Letter &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="121"/>
        <source>Follo&amp;w-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="127"/>
        <source>From (you and your company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="129"/>
        <source>&amp;Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="130"/>
        <source>Your &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="131"/>
        <source>Your &amp;phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="132"/>
        <source>Your emai&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="133"/>
        <source>Com&amp;pany name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="134"/>
        <source>Company address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="135"/>
        <source>Company phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="136"/>
        <source>Company email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="137"/>
        <source>Remember these as &amp;my details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="138"/>
        <source>New letters will start with this sender and company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="148"/>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="151"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="190"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="250"/>
        <source>Still needed before you go on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/casedetailspage.cpp" line="250"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::ui::ChecksSettingsDialog</name>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="30"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="31"/>
        <source>Search rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="33"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="33"/>
        <source>What it finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="35"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="41"/>
        <source>&amp;Rules (untick one to switch it off):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="43"/>
        <source>&amp;House rule packs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="45"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="46"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="55"/>
        <source>Your &amp;name on dismissed findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="119"/>
        <source>Add house rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkssettingsdialog.cpp" line="119"/>
        <source>Rule packs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::ui::ExportController</name>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="69"/>
        <source>&amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="70"/>
        <source>&amp;OpenDocument Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="71"/>
        <source>&amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="72"/>
        <source>Plain &amp;Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="73"/>
        <source>&amp;Email Draft with PDF (.eml)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="74"/>
        <source>Follow-up &amp;Reminder (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="75"/>
        <source>&amp;Copy Letter to Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="76"/>
        <source>Open in &amp;Mail Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="77"/>
        <source>&amp;Send by Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="78"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="79"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="109"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="125"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="141"/>
        <source>The field {%1} is still empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="143"/>
        <source>The placeholder {%1} does not name any field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="166"/>
        <source>The letter is not ready yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="167"/>
        <source>This letter should not leave yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="170"/>
        <source>Print Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="171"/>
        <source>Export Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="186"/>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="187"/>
        <source>Export the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="200"/>
        <source>Exported the letter to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="208"/>
        <source>Copied the letter; paste it into the ticket or mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="218"/>
        <source>Opened the letter in your mail client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="218"/>
        <source>No mail client could be opened for the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="251"/>
        <source>Sent the letter to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="267"/>
        <source>The letter could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="268"/>
        <source>Your letter is still open and unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::ui::FindingActions</name>
    <message>
        <location filename="../ui/findingactions.cpp" line="61"/>
        <source>Dismiss finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findingactions.cpp" line="62"/>
        <source>Why does “%1” not apply here? A reviewer will see your reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::ui::Findings</name>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="23"/>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="24"/>
        <source>Non-apology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="25"/>
        <source>Blame-shifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="26"/>
        <source>Defensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="27"/>
        <source>Hides who erred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="28"/>
        <source>Jargon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="29"/>
        <source>Cliché or wordy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="30"/>
        <source>Missing part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="31"/>
        <source>Unfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="32"/>
        <source>Personal touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="33"/>
        <source>Readability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="34"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="35"/>
        <source>Promptness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="36"/>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::ui::FindingsPanel</name>
    <message>
        <location filename="../ui/findingspanel.cpp" line="33"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="90"/>
        <location filename="../ui/findingspanel.cpp" line="93"/>
        <source>Whole letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="105"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="109"/>
        <source>No findings: the letter passes every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findingspanel.cpp" line="110"/>
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/findingspanel.cpp" line="111"/>
        <source>, %n must be fixed before sending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="128"/>
        <source>&lt;i&gt;Select a finding to see why it matters and how to fix it.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="135"/>
        <source>&lt;p&gt;In the letter: “%1”&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="139"/>
        <source>Replace with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="148"/>
        <source>&amp;Dismiss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/findingspanel.cpp" line="149"/>
        <source>About this &amp;rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::ui::LetterPreview</name>
    <message>
        <location filename="../ui/letterpreview.cpp" line="19"/>
        <source>Letter preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/letterpreview.cpp" line="51"/>
        <source>[%1 — not written yet]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::ui::LetterWizard</name>
    <message>
        <location filename="../ui/letterwizard.cpp" line="21"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/letterwizard.cpp" line="22"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/letterwizard.cpp" line="26"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/letterwizard.cpp" line="73"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/letterwizard.cpp" line="144"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::ui::MailSender</name>
    <message>
        <location filename="../ui/mailsender.cpp" line="42"/>
        <source>The letter was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mailsender.cpp" line="53"/>
        <source>No mail server is set up yet. Enter it under Settings → Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mailsender.cpp" line="55"/>
        <source>The customer has no valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mailsender.cpp" line="77"/>
        <source>Sending the letter to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mailsender.cpp" line="77"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mailsender.cpp" line="78"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mailsender.cpp" line="113"/>
        <source>Sent the letter to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <source>Preview of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>The letter is now a draft: fill in the case details, then repair each part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>Your comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>&amp;New from Scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <source>Check a &amp;Text Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>&amp;Next Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>&amp;Previous Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>&amp;Checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>&amp;Review Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>&amp;Presentation View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>&amp;Rule Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>&amp;Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>&amp;About Amends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="293"/>
        <source>Could not keep a recovery copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="357"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="364"/>
        <source>an unsaved letter to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="367"/>
        <source>Restore your letter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>Amends did not close normally last time. A copy of %1 from %2 was kept. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>Restored the letter. Save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="409"/>
        <source>Untitled letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="410"/>
        <source>%1[*] — Amends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="438"/>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="443"/>
        <source>No recent letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="451"/>
        <source>Your details will be used for new letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>Open letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="468"/>
        <source>Amends letters (*.amends);;Text letters (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="474"/>
        <location filename="../ui/mainwindow.cpp" line="481"/>
        <location filename="../ui/mainwindow.cpp" line="491"/>
        <source>Cannot open the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="474"/>
        <source>&quot;%1&quot; cannot be read as a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="501"/>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>Cannot save the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="501"/>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>Your letter is still open; try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="512"/>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="514"/>
        <source>Save letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="514"/>
        <source>Amends letters (*.amends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="529"/>
        <source>Save changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="530"/>
        <source>This letter has changes that are not saved yet. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="545"/>
        <source>House rules not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="546"/>
        <source>Some rules could not be read, so only the valid ones are used:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="551"/>
        <source>About Amends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="552"/>
        <source>&lt;h3&gt;Amends %1&lt;/h3&gt;&lt;p&gt;Write apology letters that customers believe: say sorry, own the mistake, explain it, put it right, prevent a repeat, and stay in touch.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="29"/>
        <source>Write PDFs as PDF/A-1b, for archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="38"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="56"/>
        <source>Printed and PDF letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="57"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="61"/>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="63"/>
        <source>From the letter&apos;s language (A4 or US Letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="64"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="65"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="67"/>
        <source>Letterhead &amp;logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="68"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="76"/>
        <source>Sending by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="78"/>
        <source>STARTTLS (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="79"/>
        <source>TLS from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="80"/>
        <source>None — only for a server on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="82"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="83"/>
        <source>Kept in the system keychain, never in Amends&apos; settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="84"/>
        <source>e.g. smtp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="85"/>
        <source>e.g. billing@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="87"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="88"/>
        <source>Se&amp;curity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="89"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="90"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="91"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="92"/>
        <source>&amp;From address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="116"/>
        <source>Letterhead logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="117"/>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="131"/>
        <source>The From address is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="136"/>
        <source>The logo cannot be read as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="151"/>
        <source>Saving the password in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="161"/>
        <source>The other settings were saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::ui::ProofreadingHighlighter</name>
    <message>
        <location filename="../ui/proofreadinghighlighter.cpp" line="141"/>
        <source>Not in the dictionary. Right-click for corrections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/proofreadinghighlighter.cpp" line="168"/>
        <source>No case field has this name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::ui::ReviewPage</name>
    <message>
        <location filename="../ui/reviewpage.cpp" line="31"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="39"/>
        <source>Subject, greeting and closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="43"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="45"/>
        <source>&amp;Greeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="47"/>
        <source>Cl&amp;osing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="54"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="59"/>
        <source>Before you &amp;send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="112"/>
        <source>%1 is still empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="113"/>
        <source>%1 is written, but does not yet do its job (see the findings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="114"/>
        <source>%1 is covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="118"/>
        <source>All required case details are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="119"/>
        <source>Required case details missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="119"/>
        <location filename="../ui/reviewpage.cpp" line="123"/>
        <location filename="../ui/reviewpage.cpp" line="127"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="122"/>
        <source>Every placeholder is filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="123"/>
        <source>Placeholders still empty: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="126"/>
        <source>No unknown placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="127"/>
        <source>Unknown placeholders (check their spelling): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="129"/>
        <source>The letter has no subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="129"/>
        <source>The letter has a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="136"/>
        <source>The letter is complete. Save or export it, or go back to any step to polish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="137"/>
        <source>Some items above still need your attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="146"/>
        <source>Reading ease %1 (target %2–%3; higher is easier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reviewpage.cpp" line="154"/>
        <source>%n finding(s) must be fixed before the letter can go out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reviewpage.cpp" line="155"/>
        <source>No finding blocks sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reviewpage.cpp" line="157"/>
        <source>%n other finding(s) to consider (see Findings below).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reviewpage.cpp" line="159"/>
        <source>%n finding(s) dismissed with a reason.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amends::ui::ReviewPanel</name>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="40"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="41"/>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="46"/>
        <source>Su&amp;bmit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="47"/>
        <source>Appro&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="48"/>
        <source>Request c&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="49"/>
        <source>Back to &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="58"/>
        <source>Add &amp;comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="66"/>
        <source>Comments on this part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="69"/>
        <source>Dismissed findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="71"/>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="112"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="119"/>
        <source>Apology score: %1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="126"/>
        <source>Nothing to improve: this is a complete apology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="127"/>
        <source>To raise it:&lt;ul style=&quot;margin-left:-24px&quot;&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="128"/>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="129"/>
        <source> (reviewer: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="138"/>
        <source>Whole letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="139"/>
        <source> on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="140"/>
        <source>%1 — %2%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="143"/>
        <source>Tick when resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="148"/>
        <source>%1: %2 → %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="154"/>
        <source>%1 — “%2”: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::ui::RuleCatalogDialog</name>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="36"/>
        <source>&lt;p&gt;&lt;i&gt;Source: %1&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="38"/>
        <source>&lt;p&gt;&lt;span style=&quot;color:#b42318&quot;&gt;✘ Poor:&lt;/span&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="40"/>
        <source>&lt;p&gt;&lt;span style=&quot;color:#1a7f37&quot;&gt;✔ Better:&lt;/span&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="52"/>
        <source>Rule catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="53"/>
        <source>Search rules, e.g. “blame” or “sorry if”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="55"/>
        <source>Search rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="57"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulecatalogdialog.cpp" line="128"/>
        <source>&lt;p&gt;Choose a rule to see why it matters, where the advice comes from, and a poor and a better example.&lt;/p&gt;&lt;h3&gt;The apology score&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::ui::ScenarioDialog</name>
    <message>
        <location filename="../ui/scenariodialog.cpp" line="16"/>
        <source>New letter from a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenariodialog.cpp" line="17"/>
        <source>&amp;What went wrong with the customer&apos;s bill?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scenariodialog.cpp" line="28"/>
        <source>&amp;Start letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::ui::ScoreBadge</name>
    <message>
        <location filename="../ui/scorebadge.cpp" line="34"/>
        <source>out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scorebadge.cpp" line="63"/>
        <source>Nothing left to improve: the letter passes every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scorebadge.cpp" line="64"/>
        <source>To raise it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scorebadge.cpp" line="73"/>
        <source>Score %1 out of 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::ui::Screenshotter</name>
    <message>
        <location filename="../ui/screenshotter.cpp" line="19"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screenshotter.cpp" line="34"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::ui::SectionEditor</name>
    <message>
        <location filename="../ui/sectioneditor.cpp" line="123"/>
        <source>&amp;Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sectioneditor.cpp" line="124"/>
        <source>Ignore &amp;All in This Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sectioneditor.cpp" line="126"/>
        <source>Add to &amp;Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sectioneditor.cpp" line="149"/>
        <source>No suggestions for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sectioneditor.cpp" line="169"/>
        <source>Cannot add the word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::ui::SectionPage</name>
    <message>
        <location filename="../ui/sectionpage.cpp" line="55"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sectionpage.cpp" line="61"/>
        <source>Ready &amp;phrases — click one to insert it at the cursor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sectionpage.cpp" line="64"/>
        <source>%1 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sectionpage.cpp" line="65"/>
        <source>Write this part of the letter here, or click a ready phrase below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sectionpage.cpp" line="70"/>
        <source>Ready phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sectionpage.cpp" line="71"/>
        <source>Click or press Enter to insert the phrase into the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sectionpage.cpp" line="73"/>
        <source>&amp;Text of this section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="45"/>
        <source>Regret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="46"/>
        <source>Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="47"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="48"/>
        <source>Remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="49"/>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/reportlabels.cpp" line="50"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::ui::TextLetterDialog</name>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="42"/>
        <source>Check a letter written elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="60"/>
        <source>Paste the letter here, or open a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="61"/>
        <source>Letter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="63"/>
        <source>&amp;Open Text File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="64"/>
        <source>Con&amp;vert to Draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="65"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="87"/>
        <source>Each paragraph goes to the part of the letter shown beside it. Change a part where the suggestion is wrong; you can edit everything in the wizard afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="91"/>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="91"/>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="96"/>
        <source>Create &amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="97"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="129"/>
        <source>&lt;b&gt;Apology score: %1 / 100&lt;/b&gt; &amp;nbsp; Parts: %2 &amp;nbsp; Reading ease: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="137"/>
        <source>Open letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="137"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="142"/>
        <location filename="../ui/textletterdialog.cpp" line="148"/>
        <source>Cannot open the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="143"/>
        <source>The file is too large to be a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="148"/>
        <source>This is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="163"/>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="164"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="165"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/textletterdialog.cpp" line="166"/>
        <source>Heading (left out)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amends::ui::TrainingWindow</name>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="58"/>
        <source>Training — Amends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="116"/>
        <source>&amp;Letter pair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="160"/>
        <source>Poor letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="163"/>
        <source>Repaired letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="170"/>
        <source>R&amp;eset Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="171"/>
        <source>Bring back the original poor letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="172"/>
        <source>Point at a marked phrase to see what is wrong with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="181"/>
        <source>P&amp;oor letter — rewrite it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="182"/>
        <source>Re&amp;paired letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="198"/>
        <source>F&amp;indings in your rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="208"/>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="209"/>
        <source>&amp;Next Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="212"/>
        <source>&amp;Previous Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="217"/>
        <source>&amp;Reset Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="219"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="221"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="222"/>
        <source>&amp;Presentation View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="225"/>
        <source>Large type for a projector (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="226"/>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="243"/>
        <source>In training, rewrite the words instead of dismissing the finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="249"/>
        <source>No training letters are installed for this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="266"/>
        <source>%1 — Training — Amends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/trainingwindow.cpp" line="346"/>
        <source>The words have changed since the last check; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="77"/>
        <source>Write and review apology letters for billing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="80"/>
        <source>A letter (.amends) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="83"/>
        <source>Start with the sample case of scenario &lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="85"/>
        <source>Save every wizard page, filled with a sample case (or DRAFT), as PNG files in &lt;dir&gt;, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="140"/>
        <source>Cannot open the letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
