#include "factchecks.h"

#include "formatting.h"
#include "language.h"
#include "structurerules.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cstdlib>

namespace amends::core {

namespace {

namespace Id = StructureRuleId;

// A number with thousands and decimal separators, as any of the letter languages
// write it: 1,234.56 / 1.234,56 / 1 234,56 / 59 / 59.9
const QString kNumber = QStringLiteral("(\\d{1,3}(?:[,. \\x{00A0}\\x{202F}]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)");

std::optional<qint64> parseNumber(QString number)
{
    number.remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(u' ');
    // The decimal separator is the last '.' or ',' when one or two digits follow it.
    const qsizetype last = std::max(number.lastIndexOf(u'.'), number.lastIndexOf(u','));
    qint64 cents = 0;
    QString whole = number;
    if (last >= 0 && number.size() - last - 1 <= 2) {
        QString fraction = number.mid(last + 1);
        if (fraction.size() == 1)
            fraction += u'0';
        cents = fraction.toLongLong();
        whole = number.left(last);
    }
    whole.remove(u'.').remove(u',');
    bool ok = false;
    const qint64 units = whole.toLongLong(&ok);
    if (!ok || units > 1'000'000'000'000LL)
        return std::nullopt;
    return units * 100 + cents;
}

const QRegularExpression &moneyPattern()
{
    // A currency sign or code before or after the number, or a currency word after it.
    static const QRegularExpression pattern(
        QStringLiteral("(?:(?<!\\w)(?:R\\$|US\\$|A\\$|C\\$|MX\\$|[$£€¥₹])\\s?%1"
                       "|\\b(?:USD|EUR|GBP|BRL|MXN|CAD|AUD|CHF|ARS|CLP|COP|PEN|INR|JPY)\\s?%1"
                       "|%1\\s?(?:€|£|\\b(?:USD|EUR|GBP|BRL|MXN|CAD|AUD|CHF|ARS|CLP|COP|PEN|INR|JPY)\\b)"
                       "|%1\\s(?:dollars?|euros?|pounds?|reais|real|pesos?)\\b)")
            .arg(kNumber),
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

int distanceInDigits(qint64 a, qint64 b)
{
    // Digits that differ, position by position, plus a swap of two neighbours as one, or
    // a doubled digit typed once or a digit typed twice (6.00 or 600.00 for 60.00): how
    // a figure typed by hand goes wrong.
    const QString x = QString::number(a);
    const QString y = QString::number(b);
    if (std::abs(x.size() - y.size()) == 1) {
        const QString &longer = x.size() > y.size() ? x : y;
        const QString &shorter = x.size() > y.size() ? y : x;
        for (qsizetype i = 1; i < longer.size(); ++i) {
            if (longer[i] == longer[i - 1] && QString(longer).remove(i, 1) == shorter)
                return 1;
        }
        return 99;
    }
    if (x.size() != y.size())
        return 99;
    int differing = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        differing += x[i] != y[i] ? 1 : 0;
    for (qsizetype i = 0; i + 1 < x.size(); ++i) {
        if (x[i] != y[i] && x[i] == y[i + 1] && x[i + 1] == y[i] && differing == 2)
            return 1;
    }
    return differing;
}

// The case's sums, in hundredths, where its fields give them.
struct CaseSums {
    std::optional<qint64> charged;
    std::optional<qint64> correct;
    std::optional<qint64> refund;

    explicit CaseSums(const CaseDetails &details)
        : charged(centsOf(details.amountCharged))
        , correct(centsOf(details.amountCorrect))
        , refund(centsOf(details.amountRefund))
    {
    }
    std::optional<qint64> overcharge() const { return charged && correct ? std::optional<qint64>(*charged - *correct) : std::nullopt; }
};

struct CaseAmount {
    const char *name; ///< as the message names it
    qint64 cents;
};

QList<CaseAmount> caseAmounts(const CaseSums &sums)
{
    QList<CaseAmount> amounts;
    if (sums.refund)
        amounts.append({QT_TRANSLATE_NOOP("amends::core::FactChecks", "refund"), *sums.refund});
    if (sums.charged)
        amounts.append({QT_TRANSLATE_NOOP("amends::core::FactChecks", "amount charged"), *sums.charged});
    if (sums.correct)
        amounts.append({QT_TRANSLATE_NOOP("amends::core::FactChecks", "correct amount"), *sums.correct});
    if (const std::optional<qint64> overcharge = sums.overcharge())
        amounts.append({QT_TRANSLATE_NOOP("amends::core::FactChecks", "overcharge"), *overcharge});
    return amounts;
}

// The case's value is the fix: one click puts it in place of the wrong one.
Finding withFix(Finding finding, const QString &value)
{
    finding.suggestions = {value};
    return finding;
}

QString formatCents(qint64 cents, const CaseDetails &details, const QLocale &locale)
{
    return formatAmount(QString::number(cents / 100.0, 'f', 2), details.currency, locale);
}

// How a letter in one language speaks of what the facts check reads, as patterns: a
// sentence about following up at all; a follow-up promised to the customer in so many
// words ("I will call you on…"); a promise rather than a report ("I will call…", not
// "during your call on…"); words that say the sum right after them is what the customer
// gets back ("we have refunded", "le devolvimos", "estornamos o valor de"); and a
// correction from one sum to another ("from $118.00 to $59.00", "de 118,00 € a 59,00 €").
struct LanguageCues {
    QRegularExpression followUp;
    QRegularExpression promise;
    QRegularExpression future;
    QRegularExpression refund;
    QRegularExpression correctionFrom;    ///< before the first sum of "from $118.00 to $59.00"
    QRegularExpression correctionBetween; ///< between its two sums
};

const LanguageCues &languageCues(const QString &language)
{
    const auto re = [](const char *pattern) {
        return QRegularExpression(QString::fromUtf8(pattern),
                                  QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    };
    static const LanguageCues english{
        re("\\b(call|ring|phone|contact|follow(ing)?[- ]up|check in|get back|be in touch|write to you|(email|e-mail|message|text) you|update you|confirm|review)\\b"),
        re("\\b((call|ring|phone|contact|email|e-mail|message|text|write to|get back to|check in with|update) you|give you a (call|ring)|"
           "follow(ing)?[- ]up|be in touch)\\b"),
        re("\\b(will|'ll|shall|going to|expect|plan to|intend to|aim to)\\b"),
        re("\\b(refund|refunded|refunding|repay|repaid|repaying|reimburse|reimbursed|reimbursing|"
           "(pay|paid|paying|credit|credited|crediting|send|sent|give|given) back)(\\s+(of|the|you|your|a|full|total|sum|whole))*\\s*$"),
        re("\\bfrom\\s+$"),
        re("^\\s+(to|into|down to|for)\\s+$")};
    // Spanish and Portuguese promise with the future tense ("le llamaré", "ligaremos") or
    // with "ir a" / "ir" and the infinitive ("vamos a llamarle", "vou ligar").
    static const LanguageCues spanish{
        re("\\b(llam\\w*|telefone\\w*|contact\\w*|escribir\\w*|escribiré\\w*|seguimiento|confirm\\w*|revis\\w*|comunicar\\w*|responder\\w*)\\b"),
        re("\\b(llamar\\w*|llamaré|llamaremos|contactar\\w*|contactaré|contactaremos|escribiré|escribiremos|seguimiento|"
           "(me|nos) pondré en contacto|(me|nos) pondremos en contacto|comunicaré|comunicaremos)\\b"),
        re("\\b(\\w+(aré|eré|iré|aremos|eremos|iremos)|voy a|vamos a|pienso|esperamos)\\b"),
        re("\\b(reembols\\w*|devuelto|devolvemos|devolvimos|devolveremos|devolver|devolverle|devolverles|reintegr\\w*|abonado|abonamos|abonaremos)"
           "(\\s+(le|les|a|usted|de|el|la|los|las|un|una|su|total|importe|monto|completo|íntegro|íntegramente|todo))*\\s*$"),
        re("\\b(de|desde)\\s+$"),
        re("^\\s+(a|hasta)\\s+$")};
    static const LanguageCues portuguese{
        re("\\b(lig\\w*|telefon\\w*|contat\\w*|contact\\w*|escrever\\w*|retorn\\w*|acompanhamento|confirm\\w*|revis\\w*)\\b"),
        re("\\b(ligar\\w*|ligarei|ligaremos|telefonarei|telefonaremos|entrarei em contato|entraremos em contato|escreverei|escreveremos|"
           "retornarei|retornaremos|daremos retorno|darei retorno|acompanhamento)\\b"),
        re("\\b(\\w+(arei|erei|irei|aremos|eremos|iremos)|vou|vamos|pretendo|pretendemos)\\b"),
        re("\\b(reembols\\w*|devolv\\w*|estorn\\w*|ressarc\\w*|restitu\\w*)"
           "(\\s+(a|o|os|as|ao|à|você|lhe|de|do|da|um|uma|seu|sua|total|valor|integral|integralmente|quantia))*\\s*$"),
        re("\\b(de)\\s+$"),
        re("^\\s+(para|a)\\s+$")};
    const QString base = baseLanguage(language);
    return base == QLatin1String("es") ? spanish : base == QLatin1String("pt") ? portuguese : english;
}

// @p mention, which should be the case's @p name (@p expected), as the error it is, with
// the case's value as the fix.
Finding amountMismatch(const QString &text, const MoneyMention &mention, const char *name, qint64 expected,
                       const CaseDetails &details, const QLocale &locale)
{
    const QString value = formatCents(expected, details, locale);
    return withFix(structureFinding(text, Id::amountMismatch, mention.span,
                                    {text.mid(mention.span.start, mention.span.length()),
                                     QCoreApplication::translate("amends::core::FactChecks", name), value}),
                   value);
}

// "from $118.00 to $59.00": a correction from what was charged to what is right.
bool checkCorrection(const QString &text, const QList<MoneyMention> &mentions, int i, const CaseDetails &details,
                     const CaseSums &sums, const LanguageCues &cues, const QLocale &locale, QList<Finding> &findings)
{
    if (i + 1 >= mentions.size())
        return false;
    const MoneyMention &from = mentions[i];
    const MoneyMention &to = mentions[i + 1];
    if (!cues.correctionBetween.match(text.mid(from.span.end, to.span.start - from.span.end)).hasMatch()
        || !cues.correctionFrom.match(text.mid(std::max<qsizetype>(0, from.span.start - 12), std::min<qsizetype>(12, from.span.start))).hasMatch())
        return false;
    const std::optional<qint64> &charged = sums.charged;
    const std::optional<qint64> &correct = sums.correct;
    // "rose from $59.90 to $119.80": the mistake told the other way round, from the right
    // amount to the one charged; judged that way when one end says so.
    const bool rise = charged && correct && (from.cents == *correct || to.cents == *charged) && from.cents != *charged
                      && to.cents != *correct;
    const auto judge = [&](const MoneyMention &mention, const std::optional<qint64> &expected, const char *name) {
        if (expected && mention.cents != *expected)
            findings.append(amountMismatch(text, mention, name, *expected, details, locale));
    };
    judge(from, rise ? correct : charged, rise ? QT_TRANSLATE_NOOP("amends::core::FactChecks", "correct amount")
                                               : QT_TRANSLATE_NOOP("amends::core::FactChecks", "amount charged"));
    judge(to, rise ? charged : correct, rise ? QT_TRANSLATE_NOOP("amends::core::FactChecks", "amount charged")
                                             : QT_TRANSLATE_NOOP("amends::core::FactChecks", "correct amount"));
    return true;
}

void checkAmounts(const QString &text, const CaseDetails &details, const QString &language, QList<Finding> &findings)
{
    const CaseSums sums(details);
    const QList<CaseAmount> amounts = caseAmounts(sums);
    if (amounts.isEmpty())
        return;
    const std::optional<qint64> &refund = sums.refund;
    const LanguageCues &cues = languageCues(language);
    const QLocale locale = letterLocale(language);
    const QList<MoneyMention> mentions = moneyIn(text);
    for (int i = 0; i < mentions.size(); ++i) {
        if (checkCorrection(text, mentions, i, details, sums, cues, locale, findings)) {
            ++i; // both amounts of the correction are judged
            continue;
        }
        const MoneyMention &mention = mentions[i];
        const bool known = std::any_of(amounts.begin(), amounts.end(), [&](const CaseAmount &a) { return a.cents == mention.cents; });
        if (known) {
            // One of the case's sums, but said to be refunded when it is not the refund:
            // "we have refunded $119.80" when $59.90 comes back.
            if (refund && mention.cents != *refund && mention.cents != sums.overcharge().value_or(*refund)
                && cues.refund.match(text.mid(std::max<qsizetype>(0, mention.span.start - 40), std::min<qsizetype>(40, mention.span.start))).hasMatch())
                findings.append(amountMismatch(text, mention, QT_TRANSLATE_NOOP("amends::core::FactChecks", "refund"), *refund, details, locale));
            continue;
        }
        // Only a near miss is a mistake: an amount close to one of the case's, or one
        // typed with a digit wrong — written to the cent, or of three figures or more
        // ("€25" a night is not a mistyped €75). Other sums (a goodwill credit, a monthly
        // price) are the letter's own business.
        const bool precise = mention.cents >= 10000 || mention.toTheCent;
        const CaseAmount *nearest = nullptr;
        for (const CaseAmount &a : amounts) {
            const qint64 gap = std::llabs(a.cents - mention.cents);
            const bool close = gap * 5 <= a.cents || (precise && distanceInDigits(a.cents, mention.cents) <= 1);
            if (a.cents > 0 && close && (!nearest || gap < std::llabs(nearest->cents - mention.cents)))
                nearest = &a;
        }
        if (!nearest)
            continue;
        findings.append(amountMismatch(text, mention, nearest->name, nearest->cents, details, locale));
    }
}

// The letters before the first digit ("INV-", "CR "), compared without case or
// punctuation.
QString identifierPrefix(const QString &value)
{
    QString prefix;
    for (const QChar c : value) {
        if (c.isDigit())
            break;
        if (c.isLetter())
            prefix += c.toUpper();
    }
    return prefix;
}

QString digitsOf(QStringView value)
{
    QString digits;
    for (const QChar c : value) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

// One kind of identifier a letter may quote: the case's value, the rule reporting a
// different one, and the words that name that kind just before a number.
struct IdentifierKind {
    QString expected;
    QString rule;
    const QRegularExpression &cue;
};

bool sameIdentifier(const QString &found, const QString &expected)
{
    return !expected.isEmpty() && digitsOf(found) == digitsOf(expected) && identifierPrefix(found) == identifierPrefix(expected);
}

// A number quoted as one of the case's identifiers, but not the one the case has: the
// same letter prefix as exactly one kind (or, where prefixes are shared or absent, the
// kind the words before it name).
void checkIdentifiers(const QString &text, const QList<IdentifierKind> &kinds, QList<Finding> &findings)
{
    // Letter groups joined by hyphens or slashes may lead ("SA-CR-71643", "COMP/2026/0419").
    static const QRegularExpression token(QStringLiteral("#?\\b(?:[A-Za-z]{1,6}[-/])*[A-Za-z]{0,6}[-/ ]?\\d[\\d/-]{2,}\\b"));
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString found = match.captured(0);
        if (std::any_of(kinds.begin(), kinds.end(), [&](const IdentifierKind &k) { return sameIdentifier(found, k.expected); }))
            continue;
        const QString before = text.mid(std::max<qsizetype>(0, match.capturedStart() - 30), std::min<qsizetype>(30, match.capturedStart()));
        QList<const IdentifierKind *> candidates;
        for (const IdentifierKind &kind : kinds) {
            const QString prefix = identifierPrefix(kind.expected);
            if (digitsOf(kind.expected).size() < 3)
                continue;
            const bool samePrefix = !prefix.isEmpty() && identifierPrefix(found) == prefix;
            const bool namedHere = kind.cue.match(before).hasMatch()
                                   && (!prefix.isEmpty() ? identifierPrefix(found) == prefix
                                                         : digitsOf(found).size() == digitsOf(kind.expected).size());
            if (samePrefix || namedHere)
                candidates.append(&kind);
        }
        if (candidates.size() > 1) {
            candidates.removeIf([&](const IdentifierKind *k) { return !k->cue.match(before).hasMatch(); });
        }
        if (candidates.size() == 1 && !candidates.first()->rule.isEmpty()) {
            const IdentifierKind &kind = *candidates.first();
            findings.append(withFix(structureFinding(text, kind.rule, {match.capturedStart(), match.capturedEnd()}, {found, kind.expected}),
                                    kind.expected));
        }
    }
}

void checkFollowUps(const QString &text, const CaseDetails &details, const QString &language, QList<Finding> &findings)
{
    if (!details.letterDate.isValid())
        return;
    const LanguageCues &cues = languageCues(language);
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?\\n]"));
    const QLocale locale = letterLocale(language);
    for (const DateMention &mention : datesIn(text, language, details.letterDate.year())) {
        const bool beforeLetter = mention.date < details.letterDate;
        const bool otherThanCase = details.followUpDate.isValid() && mention.date != details.followUpDate;
        if (!beforeLetter && !otherThanCase)
            continue;
        // Only a date the letter promises something for: in a sentence about following up.
        const qsizetype from = std::max<qsizetype>(0, text.lastIndexOf(sentenceEnd, mention.span.start) + 1);
        qsizetype to = text.indexOf(sentenceEnd, mention.span.end);
        if (to < 0)
            to = text.size();
        const QString sentence = text.mid(from, to - from);
        if (!cues.future.match(sentence).hasMatch())
            continue;
        const QString written = text.mid(mention.span.start, mention.span.length());
        if (beforeLetter && cues.followUp.match(sentence).hasMatch()) {
            findings.append(structureFinding(text, Id::followUpBeforeLetter, mention.span, {written, formatDate(details.letterDate, locale)}));
        } else if (!beforeLetter && cues.promise.match(sentence).hasMatch()) {
            const QString expected = formatDate(details.followUpDate, locale);
            findings.append(withFix(structureFinding(text, Id::followUpMismatch, mention.span, {written, expected}), expected));
        }
    }
}

QStringList monthNames(const QLocale &locale)
{
    QStringList names;
    for (int month = 1; month <= 12; ++month) {
        names.append(QRegularExpression::escape(locale.monthName(month, QLocale::LongFormat)));
        names.append(QRegularExpression::escape(locale.monthName(month, QLocale::ShortFormat).remove(u'.')));
    }
    return names;
}

int monthOf(const QString &name, const QLocale &locale)
{
    for (int month = 1; month <= 12; ++month) {
        if (name.compare(locale.monthName(month, QLocale::LongFormat), Qt::CaseInsensitive) == 0
            || name.compare(locale.monthName(month, QLocale::ShortFormat).remove(u'.'), Qt::CaseInsensitive) == 0)
            return month;
    }
    return 0;
}

} // namespace

std::optional<qint64> centsOf(const QString &decimal)
{
    static const QRegularExpression plain(QStringLiteral("^-?\\d{1,12}(\\.\\d{1,2})?$"));
    if (!plain.match(decimal.trimmed()).hasMatch())
        return std::nullopt;
    return parseNumber(decimal.trimmed());
}

QList<MoneyMention> moneyIn(QStringView text)
{
    QList<MoneyMention> mentions;
    for (auto it = moneyPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString number;
        for (int group = 1; group <= match.lastCapturedIndex(); ++group) {
            if (match.capturedStart(group) >= 0)
                number = match.captured(group);
        }
        if (const std::optional<qint64> cents = parseNumber(number)) {
            const qsizetype separator = std::max(number.lastIndexOf(u'.'), number.lastIndexOf(u','));
            const bool toTheCent = separator > 0 && number[separator - 1].isDigit() && number.size() - separator - 1 == 2;
            mentions.append({{match.capturedStart(), match.capturedEnd()}, *cents, toTheCent});
        }
    }
    return mentions;
}

QList<DateMention> datesIn(QStringView text, const QString &language, int defaultYear)
{
    const QLocale locale = letterLocale(language);
    // Compiled once per language and thread: checks run on several threads at once.
    thread_local QHash<QString, std::array<QRegularExpression, 4>> cache;
    std::array<QRegularExpression, 4> &patterns = cache[language];
    if (patterns[0].pattern().isEmpty()) {
        const QString months = monthNames(locale).join(u'|');
        const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
        // 20 November 2026, 20th Nov, 20 de novembro de 2026
        patterns[0] = QRegularExpression(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th|º)?(?: de)? (%1)\\.?(?:,? (?:de )?(\\d{4}))?\\b").arg(months), options);
        // November 20, 2026 / Nov 20
        patterns[1] = QRegularExpression(QStringLiteral("\\b(%1)\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b").arg(months), options);
        // 2026-11-20
        patterns[2] = QRegularExpression(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
        // 20/11/2026 (day first) or 11/20/2026 (month first, in the US)
        patterns[3] = QRegularExpression(QStringLiteral("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b"));
    }
    const bool monthFirst = language == QLatin1String("en-US");
    QList<DateMention> dates;
    for (int kind = 0; kind < 4; ++kind) {
        for (auto it = patterns[kind].globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QDate date;
            switch (kind) {
            case 0: date = QDate(m.captured(3).isEmpty() ? defaultYear : m.captured(3).toInt(), monthOf(m.captured(2), locale), m.captured(1).toInt()); break;
            case 1: date = QDate(m.captured(3).isEmpty() ? defaultYear : m.captured(3).toInt(), monthOf(m.captured(1), locale), m.captured(2).toInt()); break;
            case 2: date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()); break;
            default:
                date = monthFirst ? QDate(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt())
                                  : QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
            }
            if (date.isValid())
                dates.append({{m.capturedStart(), m.capturedEnd()}, date});
        }
    }
    std::sort(dates.begin(), dates.end(), [](const DateMention &a, const DateMention &b) { return a.span.start < b.span.start; });
    return dates;
}

namespace {

// A refund of the overcharge, or of the same overcharge on several bills ("£18.50 too much
// in each of March, April and May": £55.50) — up to three years of monthly bills.
bool refundCoversOvercharge(qint64 refund, qint64 overcharge)
{
    constexpr qint64 kMostBills = 36;
    if (overcharge <= 0)
        return refund == overcharge;
    return refund % overcharge == 0 && refund / overcharge >= 1 && refund / overcharge <= kMostBills;
}

} // namespace

QStringList caseFactProblems(const CaseDetails &details)
{
    QStringList problems;
    const CaseSums sums(details);
    if (sums.refund && sums.overcharge() && !refundCoversOvercharge(*sums.refund, *sums.overcharge()))
        problems.append(Id::refundArithmetic);
    if (details.followUpDate.isValid() && details.letterDate.isValid() && details.followUpDate < details.letterDate)
        problems.append(Id::followUpBeforeLetter);
    return problems;
}

QList<Finding> factFindings(const TextScan &scan, const CaseDetails &details, const QString &language)
{
    QList<Finding> findings;
    const QString &text = scan.text();
    checkAmounts(text, details, language, findings);
    static const QRegularExpression invoiceCue(QStringLiteral("\\b(invoice|bill|factura|fatura|nota)\\b\\W*(number|no|n[º°]|#)?\\W*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression referenceCue(QStringLiteral("\\b(reference|ref|case|ticket|referência|referencia|caso|protocolo)\\b\\W*(number|no|n[º°]|#)?\\W*$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression accountCue(QStringLiteral("\\b(account|conta|cuenta)\\b\\W*(number|no|n[º°]|#)?\\W*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    // The account number is never reported (letters rarely quote it), but a number
    // that is the account's is not a wrong invoice or reference either.
    checkIdentifiers(text,
                     {{details.invoiceNumber.trimmed(), Id::invoiceMismatch, invoiceCue},
                      {details.reference.trimmed(), Id::referenceMismatch, referenceCue},
                      {details.accountNumber.trimmed(), QString(), accountCue}},
                     findings);
    checkFollowUps(text, details, language, findings);

    findings += caseFactFindings(text, details, language);
    return findings;
}

QList<Finding> caseFactFindings(const QString &text, const CaseDetails &details, const QString &language)
{
    QList<Finding> findings;
    const QLocale locale = letterLocale(language);
    for (const QString &problem : caseFactProblems(details)) {
        if (problem == Id::refundArithmetic) {
            const auto money = [&](const QString &decimal) { return formatAmount(decimal, details.currency, locale); };
            const CaseSums sums(details);
            const qint64 expected = *sums.overcharge();
            // On the refund where the letter states it, else on the whole letter.
            Span at{0, 0};
            for (const MoneyMention &mention : moneyIn(text)) {
                if (mention.cents == *sums.refund) {
                    at = mention.span;
                    break;
                }
            }
            findings.append(structureFinding(text, problem, at,
                                             {money(details.amountRefund), money(details.amountCharged), money(details.amountCorrect),
                                              money(QString::number(expected / 100.0, 'f', 2))}));
        } else if (problem == Id::followUpBeforeLetter) {
            const QString followUp = formatDate(details.followUpDate, locale);
            const qsizetype at = followUp.isEmpty() ? -1 : text.indexOf(followUp);
            findings.append(structureFinding(text, problem, at < 0 ? Span{0, 0} : Span{at, at + followUp.size()},
                                             {followUp, formatDate(details.letterDate, locale)}));
        }
    }
    return findings;
}

} // namespace amends::core
