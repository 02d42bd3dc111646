// The entry point of the amends-mailformats module (see mailformats.h).

#include "mailformatsmodule.h"

#include <cstring>

using namespace amends::services;

extern "C" Q_DECL_EXPORT const mailformats::Functions *amends_mail_formats(std::uint64_t interface, const char *version)
{
    static const mailformats::Functions functions{&mailformats::buildEmailWithGMime, &mailformats::buildReminderWithLibical};
    if (interface != mailformats::kInterface || !version || std::strcmp(version, AMENDS_VERSION) != 0)
        return nullptr;
    return &functions;
}
