#include "structurechecks.h"

#include "displaynames.h"
#include "fields.h"
#include "formatting.h"
#include "structurerules.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace amends::core {

namespace {

namespace Id = StructureRuleId;

Finding makeFinding(const StructureContext &context, const QString &id, Span span, const QStringList &arguments = {})
{
    return structureFinding(context.scan.text(), id, span, arguments);
}

std::optional<Span> knownSection(const StructureContext &context, Section section)
{
    for (const CheckSubject::SectionSpan &known : context.subject.sections) {
        if (known.section == section)
            return known.span;
    }
    return std::nullopt;
}

// Where a section's content is: its span in a draft, else the paragraphs cued for it.
QList<Span> sectionRegions(const StructureContext &context, Section section)
{
    if (const auto span = knownSection(context, section))
        return {*span};
    QList<Span> regions;
    for (int p = 0; p < context.coverage.paragraphSections.size(); ++p) {
        if (context.coverage.paragraphSections[p].contains(section))
            regions.append(context.scan.paragraphs()[p]);
    }
    return regions;
}

bool anyRegexIn(const QList<QRegularExpression> &regexes, QStringView text)
{
    for (const QRegularExpression &regex : regexes) {
        if (regex.match(text.toString()).hasMatch())
            return true;
    }
    return false;
}

QList<Span> cueSpans(const StructureContext &context, RuleSet::CueKind kind)
{
    QList<Span> spans;
    const QList<Token> &tokens = context.scan.tokens();
    context.rules.cueIndex().scan(context.scan, context.ids, [&](int tag, int first, int end) {
        if (tag == kind && (spans.isEmpty() || tokens[first].start >= spans.last().end))
            spans.append({tokens[first].start, tokens[end - 1].end});
    });
    return spans;
}

Span greetingSpan(const StructureContext &context)
{
    if (context.subject.greeting.start >= 0)
        return context.subject.greeting;
    const QRegularExpressionMatch match = context.rules.structure().greetingLine.match(context.scan.text());
    if (!match.hasMatch())
        return {-1, -1};
    const qsizetype lineEnd = context.scan.text().indexOf(QLatin1Char('\n'), match.capturedStart());
    return {match.capturedStart(), lineEnd < 0 ? context.scan.text().size() : lineEnd};
}

void checkMissingSections(const StructureContext &context, QList<Finding> &findings)
{
    for (Section section : kSections) {
        if (context.coverage.has(section))
            continue;
        const auto known = knownSection(context, section);
        const Span at = known ? Span{known->start, known->start} : Span{0, 0};
        Finding finding = makeFinding(context, Id::missingSection(sectionKey(section)), at);
        finding.section = section;
        findings.append(finding);
    }
}

void checkLateApology(const StructureContext &context, QList<Finding> &findings)
{
    const QList<Span> apologies = cueSpans(context, RuleSet::ApologyCue);
    const Span opening = openingParagraph(context);
    if (apologies.isEmpty() || opening.end <= opening.start)
        return;
    if (apologies.first().start >= opening.end)
        findings.append(makeFinding(context, Id::lateApology, apologies.first()));
    if (apologies.size() > context.rules.structure().maxApologies)
        findings.append(makeFinding(context, Id::overApologising, apologies.last(), {QString::number(apologies.size())}));
}

void checkRemedyAndContact(const StructureContext &context, QList<Finding> &findings)
{
    const QString &text = context.scan.text();
    const StructureData &data = context.rules.structure();
    if (context.coverage.has(Section::Remedy)) {
        const QList<Span> regions = sectionRegions(context, Section::Remedy);
        bool specific = false;
        for (const Span &region : regions)
            specific = specific || anyRegexIn(data.specificsRegex, QStringView(text).mid(region.start, region.end - region.start));
        if (!specific && !regions.isEmpty())
            findings.append(makeFinding(context, Id::vagueRemedy, context.coverage.firstCue(Section::Remedy, {0, text.size()}).value_or(regions.first())));
    }
    if (context.coverage.has(Section::Contact)) {
        const QList<Span> regions = sectionRegions(context, Section::Contact);
        const QString sender = context.subject.draft ? context.subject.draft->sender.name : QString();
        // A field of the sender's or the company's phone, email or name still to fill
        // is a channel: the letter cannot go out before it is filled, and the empty
        // field is reported as such, in every language.
        static const QList<QRegularExpression> channelField{QRegularExpression(QStringLiteral("\\{(sender|company)\\.(phone|email|name)\\}"))};
        bool channel = false;
        for (const Span &region : regions) {
            const QStringView part = QStringView(text).mid(region.start, region.end - region.start);
            channel = channel || anyRegexIn(data.channelRegex, part) || (!sender.isEmpty() && part.contains(sender))
                      || anyRegexIn(channelField, part);
        }
        if (!channel && !regions.isEmpty())
            findings.append(makeFinding(context, Id::contactWithoutChannel, context.coverage.firstCue(Section::Contact, {0, text.size()}).value_or(regions.first())));
    }
}

void checkDraftFields(const StructureContext &context, QList<Finding> &findings)
{
    if (!context.subject.draft)
        return;
    const Draft &draft = *context.subject.draft;
    const QString &text = context.scan.text();
    for (const QString &key : missingRequiredFields(draft)) {
        const qsizetype at = text.indexOf(u'{' + key + u'}');
        const Span span = at < 0 ? Span{0, 0} : Span{at, at + key.size() + 2};
        findings.append(makeFinding(context, Id::requiredField, span, {fieldTitle(key)}));
    }
    if (draft.caseDetails.complaintDate.isValid() && draft.caseDetails.letterDate.isValid()) {
        const int days = businessDaysBetween(draft.caseDetails.complaintDate, draft.caseDetails.letterDate);
        if (days > context.rules.structure().promptBusinessDays) {
            const QString date = formatDate(draft.caseDetails.letterDate, letterLocale(draft.language));
            const qsizetype at = date.isEmpty() ? -1 : text.indexOf(date);
            findings.append(makeFinding(context, Id::lateLetter, at < 0 ? Span{0, 0} : Span{at, at + date.size()}, {QString::number(days)}));
        }
    }
}

void checkGreeting(const StructureContext &context, QList<Finding> &findings)
{
    const Span greeting = greetingSpan(context);
    if (greeting.start < 0)
        return;
    const QList<Token> &tokens = context.scan.tokens();
    const auto firstToken = std::lower_bound(tokens.begin(), tokens.end(), greeting.start,
                                             [](const Token &token, qsizetype start) { return token.start < start; });
    const auto endToken = std::find_if(firstToken, tokens.end(), [&](const Token &token) { return token.end > greeting.end; });
    const int greetingWords = static_cast<int>(std::count_if(firstToken, endToken, [](const Token &token) { return !token.expansion; }));
    bool generic = false;
    context.rules.cueIndex().scan(context.scan, context.ids, static_cast<int>(firstToken - tokens.begin()),
                                  static_cast<int>(endToken - tokens.begin()), [&](int tag, int first, int end) {
        if (tag != RuleSet::GenericGreetingCue || tokens[end - 1].end > greeting.end)
            return;
        int covered = 0;
        for (int t = first; t < end; ++t)
            covered += tokens[t].expansion ? 0 : 1;
        if (covered == greetingWords && !generic) {
            generic = true;
            const Span span{tokens[first].start, tokens[end - 1].end};
            findings.append(makeFinding(context, Id::genericGreeting, span, {context.scan.text().mid(span.start, span.end - span.start)}));
        }
    });
    if (generic || !context.subject.draft || context.subject.draft->customer.name.isEmpty())
        return;
    const Draft &draft = *context.subject.draft;
    const QStringView line = QStringView(context.scan.text()).mid(greeting.start, greeting.end - greeting.start);
    bool named = false;
    for (const QString &part : QString(draft.customer.name + u' ' + draft.customer.salutation).split(u' ', Qt::SkipEmptyParts))
        named = named || (part.size() > 1 && line.contains(part, Qt::CaseInsensitive));
    if (!named)
        findings.append(makeFinding(context, Id::noCustomerName, greeting));
}

// Where the writer's prose is: a draft's sections, or the prose sentences of a plain
// text — not addresses, whose postal codes look like acronyms.
QList<Span> letterBody(const StructureContext &context)
{
    QList<Span> regions;
    for (const CheckSubject::SectionSpan &section : context.subject.sections)
        regions.append(section.span);
    if (regions.isEmpty()) {
        for (int s : proseSentences(context.scan, {0, context.scan.text().size()}))
            regions.append(context.scan.sentences()[s]);
    }
    return regions;
}

bool isCapitalWord(QStringView word)
{
    bool letters = false;
    for (QChar c : word) {
        if (c.isDigit())
            return false;
        if (c.isLetter()) {
            letters = true;
            if (!c.isUpper())
                return false;
        }
    }
    return letters && word.size() >= 2;
}

bool isQuote(QChar c)
{
    return c == u'\'' || c == u'"' || c == u'\u2018' || c == u'\u2019' || c == u'\u201C' || c == u'\u201D' || c == u'\u00AB' || c == u'\u00BB';
}

void checkCapitals(const StructureContext &context, QList<Finding> &findings)
{
    const QList<Token> &tokens = context.scan.tokens();
    const QString &text = context.scan.text();
    const QStringList &allowed = context.rules.structure().acronymAllowList;
    const QStringList &emphasis = context.rules.structure().emphasisWords;
    const QStringList &keywordCues = context.rules.structure().keywordCues;
    int keywordSentence = -1;
    const QList<Span> regions = letterBody(context); // in text order
    qsizetype region = 0;
    QSet<QString> seen;
    for (int i = 0; i < tokens.size(); ++i) {
        const QStringView word = QStringView(text).mid(tokens[i].start, tokens[i].end - tokens[i].start);
        if (tokens[i].expansion || !isCapitalWord(word) || allowed.contains(word.toString()))
            continue;
        while (region < regions.size() && regions[region].end <= tokens[i].start)
            ++region;
        if (region == regions.size() || !regions[region].contains(tokens[i].start))
            continue;
        int last = i;
        while (last + 1 < tokens.size() && tokens[last + 1].sentence == tokens[i].sentence
               && isCapitalWord(QStringView(text).mid(tokens[last + 1].start, tokens[last + 1].end - tokens[last + 1].start)))
            ++last;
        // A name or keyword in quotes ('HALDANE LEISURE' on the statement, type "REFUND")
        // is quoted as written, not shouted.
        if (isQuote(tokens[i].start > 0 ? text[tokens[i].start - 1] : QChar()) && isQuote(tokens[last].end < text.size() ? text[tokens[last].end] : QChar())) {
            i = last;
            continue;
        }
        // A keyword to type or text ("Reply YES", "text STOP to 60060"), and the other
        // single words in capitals of a sentence that has one ("Reply HELP for help, STOP
        // to opt out"), is written as the customer must send it.
        if (last == i) {
            const bool cued = i > 0 && tokens[i - 1].sentence == tokens[i].sentence && keywordCues.contains(context.scan.norm(tokens[i - 1]));
            if (cued)
                keywordSentence = tokens[i].sentence;
            if (cued || keywordSentence == tokens[i].sentence)
                continue;
        }
        // Several words in capitals, or an everyday word ("SO sorry", "a LOT"), shout; one
        // other word is an acronym, however long ("MSISDN").
        if (last > i || emphasis.contains(word.toString())) {
            findings.append(makeFinding(context, Id::shouting, {tokens[i].start, tokens[last].end}));
            i = last;
            continue;
        }
        if (seen.contains(word.toString()))
            continue;
        seen.insert(word.toString());
        const QStringView before = QStringView(text).mid(qMax<qsizetype>(0, tokens[i].start - 1), tokens[i].start > 0 ? 1 : 0);
        const QStringView after = QStringView(text).mid(tokens[i].end).left(2).trimmed();
        if (before != u"(" && !after.startsWith(u'('))
            findings.append(makeFinding(context, Id::unexplainedAcronym, {tokens[i].start, tokens[i].end}, {word.toString()}));
    }
}

} // namespace

Span openingParagraph(const StructureContext &context)
{
    const Span greeting = greetingSpan(context);
    const QList<int> prose = proseSentences(context.scan, {greeting.end < 0 ? 0 : greeting.end, context.scan.text().size()});
    if (prose.isEmpty())
        return {0, 0};
    const qsizetype start = context.scan.sentences()[prose.first()].start;
    const int paragraph = context.scan.paragraphAt(start);
    return paragraph < 0 ? Span{0, 0} : context.scan.paragraphs()[paragraph];
}

int bodyWordCount(const StructureContext &context)
{
    if (context.subject.sections.isEmpty())
        return context.scan.wordCount();
    int words = 0;
    for (const Token &token : context.scan.tokens()) {
        if (token.expansion)
            continue;
        for (const CheckSubject::SectionSpan &section : context.subject.sections)
            words += section.span.contains(token.start) ? 1 : 0;
    }
    return words;
}

QList<Finding> structureFindings(const StructureContext &context)
{
    QList<Finding> findings;
    checkMissingSections(context, findings);
    checkLateApology(context, findings);
    checkRemedyAndContact(context, findings);
    checkDraftFields(context, findings);
    checkGreeting(context, findings);
    checkCapitals(context, findings);
    const int words = bodyWordCount(context);
    const StructureData &data = context.rules.structure();
    if (words < data.shortLetterWords)
        findings.append(makeFinding(context, Id::tooShort, {0, 0}, {QString::number(words)}));
    else if (words > data.longLetterWords)
        findings.append(makeFinding(context, Id::tooLong, {0, 0}, {QString::number(words)}));
    return findings;
}

QList<Finding> readabilityFindings(const StructureContext &context, const Readability &measured)
{
    QList<Finding> findings;
    const StructureData &data = context.rules.structure();
    if (measured.words >= 30 && measured.score < data.readabilityMinimum) {
        const Span opening = openingParagraph(context);
        findings.append(makeFinding(context, Id::lowReadability, {opening.start, opening.start},
                                    {readingEaseText(measured.score, data.readabilityMinimum, data.readabilityMaximum),
                                     QString::number(data.readabilityMinimum, 'f', 0),
                                     QString::number(data.readabilityMaximum, 'f', 0)}));
    }
    for (int s : proseSentences(context.scan, {0, context.scan.text().size()})) {
        const auto [first, last] = context.scan.sentenceTokens(s);
        int words = 0;
        for (int t = first; t < last; ++t)
            words += context.scan.tokens()[t].expansion ? 0 : 1;
        if (words > data.longSentenceWords)
            findings.append(makeFinding(context, Id::longSentence, context.scan.sentences()[s], {QString::number(words)}));
    }
    return findings;
}

} // namespace amends::core
