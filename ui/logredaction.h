#pragma once

#include <QtGlobal>

namespace amends::ui {

/// While it lives, log messages (Qt's own warnings included) have every `mailto:` URL
/// replaced by a placeholder before they reach the previous handler: such a URL holds
/// the whole letter (customer, address, amounts), and customer data never goes to logs.
/// For the GUI thread, around a call that may log such a URL.
class LogRedaction
{
public:
    LogRedaction();
    ~LogRedaction();
    LogRedaction(const LogRedaction &) = delete;
    LogRedaction &operator=(const LogRedaction &) = delete;

    /// @p message with every mailto: URL withheld.
    static QString redacted(const QString &message);

private:
    QtMessageHandler m_previous;
};

} // namespace amends::ui
