#include "exportsettings.h"

namespace amends::core {

QString paperSizeKey(PaperSize size)
{
    switch (size) {
    case PaperSize::A4: return QStringLiteral("a4");
    case PaperSize::Letter: return QStringLiteral("letter");
    case PaperSize::FromLocale: break;
    }
    return QStringLiteral("locale");
}

PaperSize paperSizeFromKey(QStringView key)
{
    if (key == u"a4")
        return PaperSize::A4;
    if (key == u"letter")
        return PaperSize::Letter;
    return PaperSize::FromLocale;
}

QString smtpSecurityKey(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::ImplicitTls: return QStringLiteral("tls");
    case SmtpSecurity::None: return QStringLiteral("none");
    case SmtpSecurity::StartTls: break;
    }
    return QStringLiteral("starttls");
}

SmtpSecurity smtpSecurityFromKey(QStringView key)
{
    // Anything unknown falls back to the strictest choice, never to plain text.
    if (key == u"tls")
        return SmtpSecurity::ImplicitTls;
    if (key == u"none")
        return SmtpSecurity::None;
    return SmtpSecurity::StartTls;
}

int defaultSmtpPort(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::ImplicitTls: return 465;
    case SmtpSecurity::None: return 25;
    case SmtpSecurity::StartTls: break;
    }
    return 587;
}

} // namespace amends::core
