#pragma once

#include "emailmessage.h"

#include "core/draft.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>

/// The two formats built with GMime and libical — the email carrying the letter and the
/// follow-up reminder — live in a module of their own, `amends-mailformats`, opened the
/// first time a letter leaves as email or a reminder: the window and every command
/// start without GMime, libical and the dozen libraries they bring (about 2 MB of
/// memory and several milliseconds of start-up), as libcurl is opened only to send.
/// buildEmail() and buildFollowUpReminder() open it; nothing else needs to.
namespace amends::services::mailformats {

/// What the module offers: one function per format, built from the same sources as the
/// program that opens it.
struct Functions {
    QByteArray (*buildEmail)(const EmailMessage &message, QString *error) = nullptr;
    QByteArray (*buildFollowUpReminder)(const core::Draft &draft, QDate date, const QDateTime &stamp) = nullptr;
};

/// What a program and a module must agree on to work together: the version and the
/// layout of what they pass each other. A module of another build is refused.
inline constexpr std::uint64_t kInterface =
    (std::uint64_t(sizeof(EmailMessage)) << 48) ^ (std::uint64_t(sizeof(core::Draft)) << 32) ^ (std::uint64_t(sizeof(Functions)) << 24)
    ^ std::uint64_t(QT_VERSION);

/// The name of the function the module exports:
/// `const Functions *(std::uint64_t interface, const char *version)`, which returns null
/// unless both are its own (kInterface, AMENDS_VERSION).
inline constexpr char kEntryPoint[] = "amends_mail_formats";

/// The module's functions, opened once per process from the folders where it is
/// installed (or, for a program run from the build tree, where it is built). Null,
/// with @p error (when given) set to a sentence for the user, when it is missing or of
/// another build.
const Functions *functions(QString *error);

/// Opens the module from the first of @p folders that holds a module of this build
/// (functions() with folders() once per process; tests with others). Null with @p error
/// (when given) set when none does.
const Functions *open(const QStringList &folders, QString *error);

/// Where functions() looks, in order.
QStringList folders();

} // namespace amends::services::mailformats
