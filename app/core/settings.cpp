#include "settings.h"

#include "interfacelanguage.h"
#include "language.h"

#include <QFileInfo>
#include <QSettings>

namespace amends::core {

namespace {

namespace Key {
const QString version = QStringLiteral("settingsVersion");
const QString senderName = QStringLiteral("profile/senderName");
const QString senderTitle = QStringLiteral("profile/senderTitle");
const QString senderPhone = QStringLiteral("profile/senderPhone");
const QString senderEmail = QStringLiteral("profile/senderEmail");
const QString companyName = QStringLiteral("profile/companyName");
const QString companyAddress = QStringLiteral("profile/companyAddress");
const QString companyPhone = QStringLiteral("profile/companyPhone");
const QString companyEmail = QStringLiteral("profile/companyEmail");
const QString letterLanguage = QStringLiteral("letter/language");
const QString interfaceLanguage = QStringLiteral("interface/language");
const QString recentFiles = QStringLiteral("files/recent");
const QString reopenLastLetter = QStringLiteral("files/reopenLast");
const QString welcomeShown = QStringLiteral("window/welcomeShown");
const QString windowGeometry = QStringLiteral("window/geometry");
const QString windowState = QStringLiteral("window/state");
const QString splitterState = QStringLiteral("window/splitter");
const QString disabledRules = QStringLiteral("checks/disabledRules");
const QString houseRuleFiles = QStringLiteral("checks/houseRuleFiles");
const QString userName = QStringLiteral("profile/userName");
const QString letterheadLogo = QStringLiteral("export/letterheadLogo");
const QString paperSize = QStringLiteral("export/paperSize");
const QString pdfArchival = QStringLiteral("export/pdfArchival");
const QString smtpHost = QStringLiteral("smtp/host");
const QString smtpPort = QStringLiteral("smtp/port");
const QString smtpSecurity = QStringLiteral("smtp/security");
const QString smtpUser = QStringLiteral("smtp/user");
const QString smtpFrom = QStringLiteral("smtp/from");
} // namespace Key

constexpr int kSettingsVersion = 1;

// A profile gets its layout version with its first value, so reading settings (as the
// command-line tool does) never creates a settings file.
void stampVersion(QSettings &settings)
{
    if (!settings.contains(Key::version) && !settings.allKeys().isEmpty())
        settings.setValue(Key::version, kSettingsVersion);
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
    migrate();
}

Settings::Settings(const QString &path)
    : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings()
{
    stampVersion(*m_settings);
}

void Settings::migrate()
{
    // Version 1 is the first layout; later layouts convert older keys here. An empty
    // profile has nothing to convert.
    if (m_settings->allKeys().isEmpty())
        return;
    if (m_settings->value(Key::version, 0).toInt() < kSettingsVersion)
        m_settings->setValue(Key::version, kSettingsVersion);
}

Sender Settings::senderProfile() const
{
    return {m_settings->value(Key::senderName).toString(), m_settings->value(Key::senderTitle).toString(),
            m_settings->value(Key::senderPhone).toString(), m_settings->value(Key::senderEmail).toString()};
}

void Settings::setSenderProfile(const Sender &sender)
{
    m_settings->setValue(Key::senderName, sender.name);
    m_settings->setValue(Key::senderTitle, sender.title);
    m_settings->setValue(Key::senderPhone, sender.phone);
    m_settings->setValue(Key::senderEmail, sender.email);
}

Company Settings::companyProfile() const
{
    return {m_settings->value(Key::companyName).toString(), m_settings->value(Key::companyAddress).toString(),
            m_settings->value(Key::companyPhone).toString(), m_settings->value(Key::companyEmail).toString()};
}

void Settings::setCompanyProfile(const Company &company)
{
    m_settings->setValue(Key::companyName, company.name);
    m_settings->setValue(Key::companyAddress, company.address);
    m_settings->setValue(Key::companyPhone, company.phone);
    m_settings->setValue(Key::companyEmail, company.email);
}

QString Settings::letterLanguage() const
{
    // Until the writer picks one, letters are in the language the interface speaks.
    const QString stored = m_settings->value(Key::letterLanguage).toString();
    return stored.isEmpty() ? letterLanguageFor(QLocale()) : stored;
}

void Settings::setLetterLanguage(const QString &language)
{
    m_settings->setValue(Key::letterLanguage, language);
}

QString Settings::interfaceLanguage() const
{
    const QString language = m_settings->value(Key::interfaceLanguage).toString();
    return interfaceLanguages().contains(language) ? language : QString();
}

void Settings::setInterfaceLanguage(const QString &language)
{
    m_settings->setValue(Key::interfaceLanguage, language);
}

QStringList Settings::recentFiles() const
{
    return m_settings->value(Key::recentFiles).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(canonical);
    files.prepend(canonical);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    m_settings->setValue(Key::recentFiles, files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings->setValue(Key::recentFiles, files);
}

bool Settings::reopenLastLetter() const
{
    return m_settings->value(Key::reopenLastLetter, true).toBool();
}

void Settings::setReopenLastLetter(bool reopen)
{
    m_settings->setValue(Key::reopenLastLetter, reopen);
}

bool Settings::welcomeShown() const
{
    return m_settings->value(Key::welcomeShown, false).toBool();
}

void Settings::setWelcomeShown(bool shown)
{
    m_settings->setValue(Key::welcomeShown, shown);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(Key::windowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(Key::windowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(Key::windowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(Key::windowState, state);
}

QByteArray Settings::splitterState() const
{
    return m_settings->value(Key::splitterState).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    m_settings->setValue(Key::splitterState, state);
}

QString Settings::letterheadLogo() const
{
    return m_settings->value(Key::letterheadLogo).toString();
}

void Settings::setLetterheadLogo(const QString &path)
{
    m_settings->setValue(Key::letterheadLogo, path);
}

PaperSize Settings::paperSize() const
{
    return paperSizeFromKey(m_settings->value(Key::paperSize).toString());
}

void Settings::setPaperSize(PaperSize size)
{
    m_settings->setValue(Key::paperSize, paperSizeKey(size));
}

bool Settings::pdfArchival() const
{
    return m_settings->value(Key::pdfArchival, false).toBool();
}

void Settings::setPdfArchival(bool archival)
{
    m_settings->setValue(Key::pdfArchival, archival);
}

SmtpServer Settings::smtpServer() const
{
    SmtpServer server;
    server.security = smtpSecurityFromKey(m_settings->value(Key::smtpSecurity).toString());
    server.host = m_settings->value(Key::smtpHost).toString();
    server.port = m_settings->value(Key::smtpPort, defaultSmtpPort(server.security)).toInt();
    server.user = m_settings->value(Key::smtpUser).toString();
    server.fromAddress = m_settings->value(Key::smtpFrom).toString();
    return server;
}

void Settings::setSmtpServer(const SmtpServer &server)
{
    m_settings->setValue(Key::smtpHost, server.host);
    m_settings->setValue(Key::smtpPort, server.port);
    m_settings->setValue(Key::smtpSecurity, smtpSecurityKey(server.security));
    m_settings->setValue(Key::smtpUser, server.user);
    m_settings->setValue(Key::smtpFrom, server.fromAddress);
}

QStringList Settings::disabledRules() const
{
    return m_settings->value(Key::disabledRules).toStringList();
}

void Settings::setDisabledRules(const QStringList &ids)
{
    m_settings->setValue(Key::disabledRules, ids);
}

QStringList Settings::houseRuleFiles() const
{
    return m_settings->value(Key::houseRuleFiles).toStringList();
}

void Settings::setHouseRuleFiles(const QStringList &paths)
{
    m_settings->setValue(Key::houseRuleFiles, paths);
}

QString Settings::userName() const
{
    const QString name = m_settings->value(Key::userName).toString();
    return name.isEmpty() ? senderProfile().name : name;
}

void Settings::setUserName(const QString &name)
{
    m_settings->setValue(Key::userName, name);
}

void Settings::sync()
{
    stampVersion(*m_settings);
    m_settings->sync();
}

} // namespace amends::core
