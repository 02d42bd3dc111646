#pragma once

#include "draft.h"
#include "exportsettings.h"

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
    /// The interface language as a tag ("pt-BR"); empty: the system's. Read at start-up.
    QString interfaceLanguage() const;
    void setInterfaceLanguage(const QString &language);

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    static constexpr int kMaxRecentFiles = 8;

    /// Whether a start without a file to open reopens the last letter (on by default).
    bool reopenLastLetter() const;
    void setReopenLastLetter(bool reopen);
    /// Whether the welcome page was shown once (the first start).
    bool welcomeShown() const;
    void setWelcomeShown(bool shown);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    /// Image shown in the letterhead of printed and PDF letters; empty for none.
    QString letterheadLogo() const;
    void setLetterheadLogo(const QString &path);
    PaperSize paperSize() const;
    void setPaperSize(PaperSize size);
    /// Whether PDFs are written as PDF/A-1b, for archiving.
    bool pdfArchival() const;
    void setPdfArchival(bool archival);
    /// The mail server; its password is kept in the system keychain, never here.
    SmtpServer smtpServer() const;
    void setSmtpServer(const SmtpServer &server);

    /// Rules the user switched off, by id.
    QStringList disabledRules() const;
    void setDisabledRules(const QStringList &ids);
    /// House rule packs added to the built-in rules.
    QStringList houseRuleFiles() const;
    void setHouseRuleFiles(const QStringList &paths);
    /// The name written on dismissed findings and review comments.
    QString userName() const;
    void setUserName(const QString &name);

    /// Writes pending changes to storage now.
    void sync();

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace amends::core
