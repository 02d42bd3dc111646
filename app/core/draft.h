#pragma once

#include "section.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace amends::core {

struct Customer {
    QString name;
    QString salutation; ///< How to address them, e.g. "Ms Rivera".
    QString email;
    QString address;    ///< Postal address, lines separated by '\n'.
    bool operator==(const Customer &) const = default;
};

/// Amounts are plain decimal strings ("120.00") so nothing is lost to floating point.
struct CaseDetails {
    QString reference;
    QString invoiceNumber;
    QString accountNumber;
    QString amountCharged;
    QString amountCorrect;
    QString amountRefund;
    QString currency; ///< ISO 4217 code, e.g. "USD".
    QDate complaintDate;
    QDate letterDate;
    QDate followUpDate;
    bool operator==(const CaseDetails &) const = default;
};

struct Sender {
    QString name;
    QString title;
    QString phone;
    QString email;
    bool operator==(const Sender &) const = default;
};

struct Company {
    QString name;
    QString address;
    QString phone;
    QString email;
    bool operator==(const Company &) const = default;
};

enum class ReviewStatus { Draft, ReadyForReview, ChangesRequested, Approved };

QString reviewStatusKey(ReviewStatus status);
std::optional<ReviewStatus> reviewStatusFromKey(QStringView key);

struct ReviewComment {
    QString id;
    QString author;
    QString text;
    QDateTime created;
    std::optional<Section> section;
    int start = -1; ///< Span in the section text, in UTF-16 code units; -1 for the whole section.
    int end = -1;
    QString quote; ///< The words the span held when the comment was made.
    bool resolved = false;
    bool operator==(const ReviewComment &) const = default;
};

struct StatusChange {
    ReviewStatus from = ReviewStatus::Draft;
    ReviewStatus to = ReviewStatus::Draft;
    QString author;
    QDateTime when;
    bool operator==(const StatusChange &) const = default;
};

struct Review {
    ReviewStatus status = ReviewStatus::Draft;
    QString reviewer;
    QList<ReviewComment> comments;
    QList<StatusChange> history;
    bool operator==(const Review &) const = default;
};

/// A finding the writer decided to keep, with the reason a reviewer will see. It is
/// matched by rule and by the words it was raised on, so it survives edits elsewhere.
struct Dismissal {
    QString rule;
    QString excerpt;
    QString reason;
    QString author;
    QDateTime when;
    bool operator==(const Dismissal &) const = default;
};

/// Everything a letter is made of. A value type: copy it, compare it, save it.
struct Draft {
    QString scenarioId;
    QString language = QStringLiteral("en-US"); ///< BCP 47 tag, e.g. "en-US", "en-GB".
    Customer customer;
    CaseDetails caseDetails;
    Sender sender;
    Company company;
    QString subject;
    QString salutation;
    std::array<QString, kSections.size()> sections;
    QString closing;
    Review review;
    QStringList ignoredWords; ///< Words "Ignore all" accepts in this draft's spelling check.
    QList<Dismissal> dismissals;

    const QString &section(Section s) const { return sections[sectionIndex(s)]; }
    void setSection(Section s, const QString &text) { sections[sectionIndex(s)] = text; }
    /// Characters in the six sections together.
    qsizetype sectionTextLength() const
    {
        qsizetype length = 0;
        for (const QString &text : sections)
            length += text.size();
        return length;
    }

    bool operator==(const Draft &) const = default;
};

} // namespace amends::core
