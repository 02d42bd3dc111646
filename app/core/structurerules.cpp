#include "structurerules.h"

#include "section.h"

#include <QCoreApplication>

namespace amends::core {

namespace {

struct StructureRulesText {
    Q_DECLARE_TR_FUNCTIONS(amends::core::StructureRules)
};

const QString kLewicki = QStringLiteral("Lewicki, Polin & Lount (2016), An Exploration of the Structure of Effective Apologies");

QList<StructureRule> missingSectionRules()
{
    struct Entry {
        Section section;
        Severity severity;
        const char *message;
        const char *explanation;
        const char *bad;
        const char *good;
    };
    const Entry entries[] = {
        {Section::Regret, Severity::Warning, QT_TRANSLATE_NOOP("amends::core::StructureRules", "The letter never says sorry."),
         QT_TRANSLATE_NOOP("amends::core::StructureRules", "An explicit \"I am sorry\" is one of the elements that independently improve how an apology is received. Without it the letter reads as a notice, not an apology."),
         "We have reviewed your account and adjusted the invoice.", "I am sorry that we charged you twice."},
        {Section::Responsibility, Severity::Error, QT_TRANSLATE_NOOP("amends::core::StructureRules", "The letter does not say the mistake was ours."),
         QT_TRANSLATE_NOOP("amends::core::StructureRules", "Acknowledging responsibility is the single most effective part of an apology: readers weigh it above every other element."),
         "I am sorry about the charge on your invoice.", "This was our mistake, not yours."},
        {Section::Explanation, Severity::Warning, QT_TRANSLATE_NOOP("amends::core::StructureRules", "The letter does not explain what went wrong."),
         QT_TRANSLATE_NOOP("amends::core::StructureRules", "A short, plain explanation shows the customer the problem is understood; it ranks with regret and the promise of change in effect."),
         "We are sorry and have refunded you.", "We took the payment twice because we sent the same request two times."},
        {Section::Remedy, Severity::Error, QT_TRANSLATE_NOOP("amends::core::StructureRules", "The letter does not say how we put it right."),
         QT_TRANSLATE_NOOP("amends::core::StructureRules", "An offer of repair is the second most important part of an apology. Say what was refunded, credited or corrected."),
         "We apologise for the trouble this caused.", "We have refunded $59.90 to your card today."},
        {Section::Improvement, Severity::Warning, QT_TRANSLATE_NOOP("amends::core::StructureRules", "The letter does not say what changes so it will not happen again."),
         QT_TRANSLATE_NOOP("amends::core::StructureRules", "A promise of forbearance (it will not happen again) independently improves how an apology is received."),
         "Thank you for your patience.", "We now check every repeated payment before it goes out."},
        {Section::Contact, Severity::Warning, QT_TRANSLATE_NOOP("amends::core::StructureRules", "The letter gives no one to contact."),
         QT_TRANSLATE_NOOP("amends::core::StructureRules", "A named person and a direct way to reach them, with a promised follow-up, spare the customer from starting over."),
         "Contact customer services with any questions.", "Call me, Dana Whitfield, on +1 555 0100 214."},
    };
    QList<StructureRule> rules;
    for (const Entry &entry : entries) {
        rules.append({StructureRuleId::missingSection(sectionKey(entry.section)), QStringLiteral("missing-section"),
                      entry.severity, StructureRulesText::tr(entry.message), StructureRulesText::tr(entry.explanation), kLewicki, QString::fromUtf8(entry.bad),
                      QString::fromUtf8(entry.good)});
    }
    return rules;
}

// What the sentence model finds: a whole sentence that reads as having a problem no
// rule's phrase matched.
QList<StructureRule> judgedRules()
{
    struct Entry {
        const char *category;
        const char *message;
        const char *explanation;
        const char *bad;
        const char *good;
    };
    const Entry entries[] = {
        {"non-apology", QT_TRANSLATE_NOOP("amends::core::StructureRules", "This sentence reads as an apology that does not own what we did."),
         QT_TRANSLATE_NOOP("amends::core::StructureRules", "It seems to apologise for the customer's feelings, to make the apology depend on them, or to let no one in particular apologise. Say plainly who is sorry and for what: “I am sorry we charged you twice.”"),
         "I'm sorry this has been a stressful week for you.", "I am sorry we charged you twice for March."},
        {"blame-shifting", QT_TRANSLATE_NOOP("amends::core::StructureRules", "This sentence reads as putting the fault on someone other than us."),
         QT_TRANSLATE_NOOP("amends::core::StructureRules", "It seems to point at the customer, a bank, a partner or a machine. Customers hear an excuse; say what we did, with “we” as the subject: “We took the payment twice.”"),
         "Are you certain you didn't choose the yearly plan yourself?", "We put you on the yearly plan by mistake."},
        {"defensive", QT_TRANSLATE_NOOP("amends::core::StructureRules", "This sentence reads as defending us rather than putting things right."),
         QT_TRANSLATE_NOOP("amends::core::StructureRules", "It seems to quote rules, recall earlier messages, deny, play the problem down or tell the customer what to do or feel. That puts them on the other side; say what we are doing for them instead."),
         "Our records clearly show that the payment was taken only once.", "We have refunded the second charge today."},
        {"passive-evasion", QT_TRANSLATE_NOOP("amends::core::StructureRules", "This sentence hides who did it."),
         QT_TRANSLATE_NOOP("amends::core::StructureRules", "With no one doing the action, the letter sounds evasive. Name who acted: “We charged you…”, “I have refunded…”"),
         "Your payment was not received on time.", "We did not record your payment on time."},
        {"jargon", QT_TRANSLATE_NOOP("amends::core::StructureRules", "This sentence may use words the customer does not use."),
         QT_TRANSLATE_NOOP("amends::core::StructureRules", "Internal, technical or trade words make the customer work to understand what happened. Say it in everyday words."),
         "The surcharge comes from a fuel index adjustment.", "We added a fuel charge that goes up and down with the price of fuel."},
        {"cliche", QT_TRANSLATE_NOOP("amends::core::StructureRules", "This sentence reads as stock business phrasing."),
         QT_TRANSLATE_NOOP("amends::core::StructureRules", "Set phrases make the letter sound like a template. Write it the way you would say it to the customer."),
         "We are on hand to help with any further queries.", "Call me on 555 0142 if anything else looks wrong."},
        {"tone", QT_TRANSLATE_NOOP("amends::core::StructureRules", "The tone of this sentence may grate."),
         QT_TRANSLATE_NOOP("amends::core::StructureRules", "Exclamation marks, sarcasm, over-familiarity, emoji or “to be honest” undercut an apology. Keep it calm and plain."),
         "OK, let's go through this one more time.", "Here is what happened, step by step."},
    };
    QList<StructureRule> rules;
    for (const Entry &entry : entries) {
        const QString category = QString::fromLatin1(entry.category);
        rules.append({StructureRuleId::judged(category), category, Severity::Suggestion, StructureRulesText::tr(entry.message),
                      StructureRulesText::tr(entry.explanation),
                      StructureRulesText::tr("Amends' sentence model, trained on hand-labelled letters and sentences"),
                      QString::fromUtf8(entry.bad), QString::fromUtf8(entry.good)});
    }
    return rules;
}

QList<StructureRule> buildRules()
{
    namespace Id = StructureRuleId;
    QList<StructureRule> rules = missingSectionRules();
    rules += {
        {Id::lateApology, QStringLiteral("promptness"), Severity::Warning, StructureRulesText::tr("The apology comes late: say sorry in the opening paragraph."),
         StructureRulesText::tr("Readers judge an apology in its first lines; one buried after explanations reads like an afterthought. Timing matters for satisfaction."),
         QStringLiteral("Roschk & Kaiser (2013), Marketing Letters 24(3)"),
         QStringLiteral("Your invoice was reviewed and corrected. ... We apologise for this."),
         QStringLiteral("I am sorry that we charged you twice for invoice INV-1.")},
        {Id::vagueRemedy, QStringLiteral("missing-section"), Severity::Warning, StructureRulesText::tr("The remedy gives no amount or date."),
         StructureRulesText::tr("A concrete repair (how much, by when) is what makes an offer of repair credible; a vague promise invites a second complaint."),
         kLewicki, QStringLiteral("We will fix your account soon."),
         QStringLiteral("We refunded $59.90 on November 20; you will see it within five business days.")},
        {Id::contactWithoutChannel, QStringLiteral("missing-section"), Severity::Warning, StructureRulesText::tr("The contact part gives no phone number, email address or named person."),
         StructureRulesText::tr("Without a direct channel the customer has to start over with someone new; a named person with a number or address shows ownership."),
         QStringLiteral("Practice in billing-complaint handling (follow up within 1–2 business days)"),
         QStringLiteral("Please get in touch if you have questions."),
         QStringLiteral("Call me directly on +1 555 0100 214 or write to dana@example.com.")},
        {Id::requiredField, QStringLiteral("placeholder"), Severity::Error, StructureRulesText::tr("“%1” is still empty: fill it in on the case page."),
         StructureRulesText::tr("A letter with an empty field goes out with a blank or a placeholder; helpdesk macros send such letters every day."),
         QString(), QStringLiteral("Dear ,"), QStringLiteral("Dear Ms Rivera,")},
        {Id::noCustomerName, QStringLiteral("personalization"), Severity::Warning, StructureRulesText::tr("The letter never uses the customer's name."),
         StructureRulesText::tr("Addressing the customer by name shows the letter was written for them, not sent from a template."),
         QStringLiteral("Practice in customer apology letters"), QStringLiteral("Dear customer,"), QStringLiteral("Dear Ms Rivera,")},
        {Id::genericGreeting, QStringLiteral("personalization"), Severity::Warning, StructureRulesText::tr("\"%1\" is a generic greeting: use the customer's name."),
         StructureRulesText::tr("A generic greeting tells the customer they are one of many; it undercuts the sincerity of everything that follows."),
         QStringLiteral("Practice in customer apology letters"), QStringLiteral("Dear Valued Customer,"), QStringLiteral("Dear Mr Álvarez,")},
        {Id::lowReadability, QStringLiteral("readability"), Severity::Suggestion, StructureRulesText::tr("The letter is hard to read (reading ease %1; aim for %2 to %3)."),
         StructureRulesText::tr("Plain letters are understood and believed. Standard documents aim for a Flesch Reading Ease of 60–70; notices at least 50–60. Use shorter sentences and everyday words."),
         QStringLiteral("Microsoft Office readability guidance; US SSA plain-language standards"),
         QStringLiteral("Subsequent to the reconciliation of your account, remuneration of the overpayment has been initiated."),
         QStringLiteral("We checked your account and sent back what you overpaid.")},
        {Id::longSentence, QStringLiteral("readability"), Severity::Suggestion, StructureRulesText::tr("This sentence has %1 words; keep sentences under about 20."),
         StructureRulesText::tr("Long sentences hide the point. Plain-language guides keep sentences under about 20 words."),
         QStringLiteral("Plain-language guidelines (US federal plain language guidelines)"),
         QStringLiteral("We have looked into the matter you raised and found that the amount that was taken from your account on the date you mentioned was higher than it should have been because of the rate we applied."),
         QStringLiteral("We charged you the wrong rate. We took $20 too much.")},
        {Id::tooShort, QStringLiteral("length"), Severity::Warning, StructureRulesText::tr("The letter is very short (%1 words): it cannot cover all six parts."),
         StructureRulesText::tr("A few lines cannot say sorry, own the mistake, explain it, put it right, promise change and give a contact."),
         kLewicki, QStringLiteral("Sorry for the error. It is fixed."), QStringLiteral("A letter of 120–350 words covering all six parts.")},
        {Id::tooLong, QStringLiteral("length"), Severity::Warning, StructureRulesText::tr("The letter is very long (%1 words): customers may not read it all."),
         StructureRulesText::tr("Over-long apologies bury the remedy and read as defensive; keep to what the customer needs."),
         QStringLiteral("Plain-language guidelines"), QStringLiteral("A three-page letter."), QStringLiteral("One page, six short parts.")},
        {Id::lateLetter, QStringLiteral("promptness"), Severity::Warning, StructureRulesText::tr("The letter is dated %1 business days after the complaint; aim for one or two."),
         StructureRulesText::tr("A late apology lowers satisfaction; practice is to apologise within 24–48 hours of the complaint."),
         QStringLiteral("Roschk & Kaiser (2013), Marketing Letters 24(3)"),
         QStringLiteral("Complaint on the 2nd, letter on the 12th."), QStringLiteral("Complaint on the 2nd, letter on the 3rd.")},
        {Id::overApologising, QStringLiteral("tone"), Severity::Suggestion, StructureRulesText::tr("The letter apologises %1 times; once or twice carries more weight."),
         StructureRulesText::tr("Repeated apologies cheapen each other and can sound anxious or formulaic. Say sorry clearly once, then fix the problem."),
         QStringLiteral("Google conversation design guidance on apologies"),
         QStringLiteral("Sorry... we apologise... sorry again... our apologies..."), QStringLiteral("I am sorry that we charged you twice.")},
        {Id::shouting, QStringLiteral("tone"), Severity::Warning, StructureRulesText::tr("Words in capitals read as shouting."),
         StructureRulesText::tr("Capitals in a letter feel like raised voices, the opposite of an apology's tone."), QString(),
         QStringLiteral("PLEASE NOTE that your refund is processed."), QStringLiteral("Your refund is on its way.")},
        {Id::amountMismatch, QStringLiteral("facts"), Severity::Error, StructureRulesText::tr("“%1” does not match this case: the %2 is %3."),
         StructureRulesText::tr("A wrong figure in an apology for a billing error repeats the very mistake the letter apologises for. Every amount in the letter must be one of the case's amounts."),
         QStringLiteral("Practice in billing-complaint handling"),
         QStringLiteral("We have refunded $59.00 to your card. (The refund is $59.90.)"),
         QStringLiteral("We have refunded $59.90 to your card.")},
        {Id::invoiceMismatch, QStringLiteral("facts"), Severity::Error, StructureRulesText::tr("“%1” is not this case's invoice number (%2)."),
         StructureRulesText::tr("The customer checks the invoice number against their own papers; a different one makes them doubt the whole correction."),
         QStringLiteral("Practice in billing-complaint handling"),
         QStringLiteral("We have corrected invoice INV-20391. (The invoice is INV-20931.)"),
         QStringLiteral("We have corrected invoice INV-20931.")},
        {Id::referenceMismatch, QStringLiteral("facts"), Severity::Error, StructureRulesText::tr("“%1” is not this case's reference (%2)."),
         StructureRulesText::tr("A customer who quotes a wrong reference is sent round in circles; give the one the case has."),
         QStringLiteral("Practice in billing-complaint handling"),
         QStringLiteral("Please quote CR-4417 when you call. (The case is CR-4471.)"),
         QStringLiteral("Please quote CR-4471 when you call.")},
        {Id::followUpBeforeLetter, QStringLiteral("facts"), Severity::Error, StructureRulesText::tr("The follow-up on %1 is before the letter's date (%2)."),
         StructureRulesText::tr("A promise to call back on a day that has already passed tells the customer the letter was not read before it was sent."),
         QStringLiteral("Practice in billing-complaint handling"),
         QStringLiteral("I will call you on 13 November 2026. (The letter is dated 20 November 2026.)"),
         QStringLiteral("I will call you on 24 November 2026.")},
        {Id::followUpMismatch, QStringLiteral("facts"), Severity::Error, StructureRulesText::tr("The letter promises to follow up on %1, but the case's follow-up date is %2."),
         StructureRulesText::tr("The follow-up date on the case is the one the reminder is set for; a letter that names another day sets the customer waiting for a call that comes on a different one."),
         QStringLiteral("Practice in billing-complaint handling"),
         QStringLiteral("I will call you on 27 November 2026. (The case's follow-up is 24 November 2026.)"),
         QStringLiteral("I will call you on 24 November 2026.")},
        {Id::refundArithmetic, QStringLiteral("facts"), Severity::Warning, StructureRulesText::tr("The refund (%1) is not the amount charged (%2) less the correct amount (%3), which is %4."),
         StructureRulesText::tr("When the case's own figures do not add up, the letter will promise the customer the wrong sum; check the amounts on the case page."),
         QStringLiteral("Practice in billing-complaint handling"),
         QStringLiteral("Charged 118.00, correct 59.00, refund 58.00."),
         QStringLiteral("Charged 118.00, correct 59.00, refund 59.00.")},
        {Id::unexplainedAcronym, QStringLiteral("jargon"), Severity::Suggestion, StructureRulesText::tr("\"%1\" is not explained: spell it out on first use."),
         StructureRulesText::tr("Customers do not know internal abbreviations; plain-language guides spell acronyms out the first time."),
         QStringLiteral("Plain-language guidelines"), QStringLiteral("Your RMA is approved."),
         QStringLiteral("Your return authorisation (RMA) is approved.")},
    };
    return rules + judgedRules();
}

} // namespace

QString StructureRuleId::missingSection(const QString &sectionKey)
{
    return QLatin1String("structure.missing-") + sectionKey;
}

namespace {
const QLatin1String kJudgedPrefix("judged.");
}

QString StructureRuleId::judged(const QString &category)
{
    return kJudgedPrefix + category;
}

bool StructureRuleId::isJudged(const QString &ruleId)
{
    return ruleId.startsWith(kJudgedPrefix);
}

const QList<StructureRule> &structureRules()
{
    static const QList<StructureRule> rules = buildRules();
    return rules;
}

const StructureRule *findStructureRule(const QString &id)
{
    for (const StructureRule &rule : structureRules()) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

Finding structureFinding(const QString &text, const QString &id, Span span, const QStringList &arguments)
{
    const StructureRule *rule = findStructureRule(id);
    Q_ASSERT(rule);
    QString message = rule->message;
    for (const QString &argument : arguments)
        message = message.arg(argument);
    while (span.end > span.start && text[span.end - 1].isSpace())
        --span.end;
    while (span.start < span.end && text[span.start].isSpace())
        ++span.start;
    Finding finding;
    finding.rule = rule->id;
    finding.category = rule->category;
    finding.severity = rule->severity;
    finding.start = span.start;
    finding.end = span.end;
    finding.excerpt = text.mid(span.start, span.end - span.start);
    finding.message = message;
    finding.explanation = rule->explanation;
    return finding;
}

} // namespace amends::core
