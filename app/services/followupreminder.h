#pragma once

#include "core/draft.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>

namespace amends::services {

/// When to follow the letter up: the draft's follow-up date when one is set, else
/// two business days after the letter's date (today when it has none).
QDate followUpDate(const core::Draft &draft);

/// An iCalendar file (RFC 5545) built with libical: one all-day VEVENT on
/// followUpDate() naming the customer and case, with a display alarm at 09:00 that
/// day. @p stamp is the DTSTAMP; the UID is new for every call. Returns an empty array
/// and sets @p error when the module that builds it cannot be opened (see mailformats.h).
QByteArray buildFollowUpReminder(const core::Draft &draft, const QDateTime &stamp = QDateTime::currentDateTimeUtc(),
                                 QString *error = nullptr);

} // namespace amends::services
