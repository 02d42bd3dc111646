#pragma once

// Inside the amends-mailformats module only (see mailformats.h).

#include "mailformats.h"

namespace amends::services::mailformats {

QByteArray buildEmailWithGMime(const EmailMessage &message, QString *error);
QByteArray buildReminderWithLibical(const core::Draft &draft, QDate date, const QDateTime &stamp);

} // namespace amends::services::mailformats
