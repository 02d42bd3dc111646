#include "fields.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <variant>

namespace amends::core {

namespace {

using TextRef = QString *(*)(Draft &);
using DateRef = QDate *(*)(Draft &);

struct FieldBinding {
    FieldSpec spec;
    std::variant<TextRef, DateRef> ref;
};

// The one table that ties keys to the model; the file format, placeholders and the
// command line all go through it.
const QList<FieldBinding> &bindings()
{
    using K = FieldKind;
    static const QList<FieldBinding> table = {
        {{QStringLiteral("customer.name"), K::Text, true}, TextRef([](Draft &d) { return &d.customer.name; })},
        {{QStringLiteral("customer.salutation"), K::Text, false}, TextRef([](Draft &d) { return &d.customer.salutation; })},
        {{QStringLiteral("customer.email"), K::Email, false}, TextRef([](Draft &d) { return &d.customer.email; })},
        {{QStringLiteral("customer.address"), K::MultiLine, false}, TextRef([](Draft &d) { return &d.customer.address; })},
        {{QStringLiteral("case.reference"), K::Text, true}, TextRef([](Draft &d) { return &d.caseDetails.reference; })},
        {{QStringLiteral("invoice.number"), K::Text, true}, TextRef([](Draft &d) { return &d.caseDetails.invoiceNumber; })},
        {{QStringLiteral("account.number"), K::Text, false}, TextRef([](Draft &d) { return &d.caseDetails.accountNumber; })},
        {{QStringLiteral("amount.charged"), K::Amount, true}, TextRef([](Draft &d) { return &d.caseDetails.amountCharged; })},
        {{QStringLiteral("amount.correct"), K::Amount, false}, TextRef([](Draft &d) { return &d.caseDetails.amountCorrect; })},
        {{QStringLiteral("amount.refund"), K::Amount, false}, TextRef([](Draft &d) { return &d.caseDetails.amountRefund; })},
        {{QStringLiteral("currency"), K::Currency, true}, TextRef([](Draft &d) { return &d.caseDetails.currency; })},
        {{QStringLiteral("date.complaint"), K::Date, true}, DateRef([](Draft &d) { return &d.caseDetails.complaintDate; })},
        {{QStringLiteral("date.letter"), K::Date, true}, DateRef([](Draft &d) { return &d.caseDetails.letterDate; })},
        {{QStringLiteral("date.followup"), K::Date, false}, DateRef([](Draft &d) { return &d.caseDetails.followUpDate; })},
        {{QStringLiteral("sender.name"), K::Text, true}, TextRef([](Draft &d) { return &d.sender.name; })},
        {{QStringLiteral("sender.title"), K::Text, false}, TextRef([](Draft &d) { return &d.sender.title; })},
        {{QStringLiteral("sender.phone"), K::Text, false}, TextRef([](Draft &d) { return &d.sender.phone; })},
        {{QStringLiteral("sender.email"), K::Email, false}, TextRef([](Draft &d) { return &d.sender.email; })},
        {{QStringLiteral("company.name"), K::Text, true}, TextRef([](Draft &d) { return &d.company.name; })},
        {{QStringLiteral("company.address"), K::MultiLine, false}, TextRef([](Draft &d) { return &d.company.address; })},
        {{QStringLiteral("company.phone"), K::Text, false}, TextRef([](Draft &d) { return &d.company.phone; })},
        {{QStringLiteral("company.email"), K::Email, false}, TextRef([](Draft &d) { return &d.company.email; })},
    };
    return table;
}

const FieldBinding *findBinding(QStringView key)
{
    for (const FieldBinding &binding : bindings()) {
        if (binding.spec.key == key)
            return &binding;
    }
    return nullptr;
}

struct FieldsText {
    Q_DECLARE_TR_FUNCTIONS(amends::core::Fields)
};

bool isLineBreak(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C || c == 0x85;
}

} // namespace

const QList<FieldSpec> &fieldSpecs()
{
    static const QList<FieldSpec> specs = [] {
        QList<FieldSpec> list;
        for (const FieldBinding &binding : bindings())
            list.append(binding.spec);
        return list;
    }();
    return specs;
}

const FieldSpec *findField(QStringView key)
{
    const FieldBinding *binding = findBinding(key);
    return binding ? &binding->spec : nullptr;
}

QString fieldValue(const Draft &draft, QStringView key)
{
    const FieldBinding *binding = findBinding(key);
    if (!binding)
        return {};
    Draft &mutableDraft = const_cast<Draft &>(draft); // the refs only read here
    if (const auto *text = std::get_if<TextRef>(&binding->ref))
        return *(*text)(mutableDraft);
    const QDate date = *std::get<DateRef>(binding->ref)(mutableDraft);
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString sanitizeText(const QString &text, bool multiLine)
{
    QString out;
    out.reserve(text.size());
    const QList<uint> codePoints = text.toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints[i];
        if (isLineBreak(c)) {
            // CR LF and lone CR become one line break.
            if (c == u'\r' && i + 1 < codePoints.size() && codePoints[i + 1] == u'\n')
                continue;
            out += multiLine ? QChar(u'\n') : QChar(u' ');
        } else if (c == u'\t') {
            out += multiLine ? QChar(u'\t') : QChar(u' ');
        } else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xFEFF
                   || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            // Control, BOM and bidi-override characters carry no letter text.
            continue;
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    return multiLine ? out : out.trimmed();
}

QString validateFieldValue(const FieldSpec &spec, const QString &value)
{
    const int limit = spec.kind == FieldKind::MultiLine ? kMaxMultiLineLength : kMaxSingleLineLength;
    if (value.size() > limit)
        return FieldsText::tr("%1 is too long (%2 characters; at most %3).").arg(spec.key).arg(value.size()).arg(limit);
    if (value.isEmpty())
        return {};
    switch (spec.kind) {
    case FieldKind::Amount: {
        static const QRegularExpression amount(QStringLiteral("^-?[0-9]{1,12}(\\.[0-9]{1,2})?$"));
        if (!amount.match(value).hasMatch())
            return FieldsText::tr("%1 must be a plain decimal amount such as 120.00 (got \"%2\").").arg(spec.key, value);
        break;
    }
    case FieldKind::Currency: {
        static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
        if (!code.match(value).hasMatch())
            return FieldsText::tr("%1 must be a three-letter currency code such as USD or EUR (got \"%2\").").arg(spec.key, value);
        break;
    }
    case FieldKind::Date:
        if (!QDate::fromString(value, Qt::ISODate).isValid())
            return FieldsText::tr("%1 must be a date written as YYYY-MM-DD (got \"%2\").").arg(spec.key, value);
        break;
    case FieldKind::Email: {
        static const QRegularExpression email(QStringLiteral("^[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:]+$"));
        if (!email.match(value).hasMatch())
            return FieldsText::tr("%1 must be an email address such as name@example.com (got \"%2\").").arg(spec.key, value);
        break;
    }
    case FieldKind::Text:
    case FieldKind::MultiLine:
        break;
    }
    return {};
}

QString setFieldValue(Draft &draft, QStringView key, const QString &value)
{
    const FieldBinding *binding = findBinding(key);
    if (!binding)
        return FieldsText::tr("Unknown field \"%1\".").arg(key);
    const bool multiLine = binding->spec.kind == FieldKind::MultiLine;
    const QString clean = sanitizeText(value, multiLine);
    if (QString error = validateFieldValue(binding->spec, clean); !error.isEmpty())
        return error;
    if (const auto *text = std::get_if<TextRef>(&binding->ref))
        *(*text)(draft) = clean;
    else
        *std::get<DateRef>(binding->ref)(draft) = QDate::fromString(clean, Qt::ISODate);
    return {};
}

QStringList missingRequiredFields(const Draft &draft)
{
    QStringList missing;
    for (const FieldSpec &spec : fieldSpecs()) {
        if (spec.required && fieldValue(draft, spec.key).isEmpty())
            missing.append(spec.key);
    }
    return missing;
}

} // namespace amends::core
