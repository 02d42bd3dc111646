#pragma once

#include "draft.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace amends::core {

/// The one typed wrapper over QSettings. Constructed by each executable's main and
/// passed to whoever needs it; keys are declared once, in the implementation.
class Settings
{
public:
    /// Uses the application's default QSettings location.
    Settings();
    /// Uses an INI file at @p path (tests, portable set-ups).
    explicit Settings(const QString &path);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    Sender senderProfile() const;
    void setSenderProfile(const Sender &sender);
    Company companyProfile() const;
    void setCompanyProfile(const Company &company);

    QString letterLanguage() const;
    void setLetterLanguage(const QString &language);

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    static constexpr int kMaxRecentFiles = 8;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    /// Writes pending changes to storage now.
    void sync();

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace amends::core
