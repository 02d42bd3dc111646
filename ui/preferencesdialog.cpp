#include "preferencesdialog.h"

#include "wheelguard.h"

#include "core/mailto.h"
#include "core/settings.h"
#include "services/passwordstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace amends::ui {

PreferencesDialog::PreferencesDialog(core::Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_passwords(new services::PasswordStore(this))
    , m_logo(new QLineEdit(this))
    , m_paper(new QComboBox(this))
    , m_archival(new QCheckBox(tr("Write PDFs as PDF/A-1b, for archiving"), this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_reopen(new QCheckBox(tr("&Reopen the last letter when Amends starts"), this))
    , m_language(new QComboBox(this))
{
    for (QWidget *field : std::initializer_list<QWidget *>{m_paper, m_port, m_security, m_language})
        WheelGuard::install(field);
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createLetterGroup());
    layout->addWidget(createMailGroup());
    layout->addWidget(m_reopen);
    layout->addWidget(createLanguageRow());
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    m_status->setWordWrap(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passwords, &services::PasswordStore::readFinished, this,
            [this](const QString &, const QString &password, const QString &error) {
                if (!error.isEmpty())
                    return; // no keychain to ask: claim nothing
                m_password->setPlaceholderText(password.isEmpty() ? tr("No password saved") : tr("Unchanged (saved in the keychain)"));
            });
    connect(m_passwords, &services::PasswordStore::writeFinished, this,
            [this](const QString &, const QString &error) { passwordStored(error); });
    load();
}

QWidget *PreferencesDialog::createLanguageRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Interface &language:"), row);
    label->setBuddy(m_language);
    // Each language is named in itself, so a person can find theirs whatever the
    // interface speaks now.
    m_language->addItem(tr("System (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Português (Brasil)"), QStringLiteral("pt-BR"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    auto *note = new QLabel(tr("Applies the next time Amends starts."), row);
    note->setObjectName(QStringLiteral("languageNote"));
    layout->addWidget(label);
    layout->addWidget(m_language);
    layout->addWidget(note, 1);
    return row;
}

QWidget *PreferencesDialog::createLetterGroup()
{
    auto *group = new QGroupBox(tr("Printed and PDF letters"), this);
    auto *browse = new QPushButton(tr("Choose…"), group);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    m_logo->setPlaceholderText(tr("No logo"));
    m_logo->setClearButtonEnabled(true);
    m_paper->addItem(tr("From the letter's language (A4 or US Letter)"), static_cast<int>(core::PaperSize::FromLocale));
    m_paper->addItem(tr("A4"), static_cast<int>(core::PaperSize::A4));
    m_paper->addItem(tr("US Letter"), static_cast<int>(core::PaperSize::Letter));
    auto *form = new QFormLayout(group);
    // A label on a layout has no buddy; one on the field gives the mnemonic its target.
    auto *logoLabel = new QLabel(tr("Letterhead &logo:"), group);
    logoLabel->setBuddy(m_logo);
    form->addRow(logoLabel, logoRow);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(QString(), m_archival);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseLogo);
    return group;
}

QWidget *PreferencesDialog::createMailGroup()
{
    auto *group = new QGroupBox(tr("Sending by email"), this);
    m_port->setRange(1, 65535);
    m_security->addItem(tr("STARTTLS (required)"), static_cast<int>(core::SmtpSecurity::StartTls));
    m_security->addItem(tr("TLS from the start"), static_cast<int>(core::SmtpSecurity::ImplicitTls));
    m_security->addItem(tr("None — only for a server on this computer"), static_cast<int>(core::SmtpSecurity::None));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("No password saved"));
    m_password->setToolTip(tr("Kept in the system keychain, never in Amends' settings."));
    m_host->setPlaceholderText(tr("e.g. smtp.example.com"));
    m_from->setPlaceholderText(tr("e.g. billing@example.com"));
    auto *form = new QFormLayout(group);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("Se&curity:"), m_security);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&From address:"), m_from);
    connect(m_security, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updatePortForSecurity);
    return group;
}

void PreferencesDialog::load()
{
    m_logo->setText(m_settings.letterheadLogo());
    m_paper->setCurrentIndex(m_paper->findData(static_cast<int>(m_settings.paperSize())));
    m_archival->setChecked(m_settings.pdfArchival());
    const core::SmtpServer server = m_settings.smtpServer();
    m_host->setText(server.host);
    const QSignalBlocker blocker(m_security);
    m_security->setCurrentIndex(m_security->findData(static_cast<int>(server.security)));
    m_port->setValue(server.port);
    m_user->setText(server.user);
    m_from->setText(server.fromAddress);
    m_reopen->setChecked(m_settings.reopenLastLetter());
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.interfaceLanguage())));
    // "Unchanged" only where there is a saved password to keep: the keychain says.
    if (!server.host.isEmpty() && !server.user.isEmpty()) {
        m_password->setPlaceholderText(QString());
        m_passwords->read(services::PasswordStore::accountKey(server.host, server.user));
    }
}

void PreferencesDialog::chooseLogo()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns.append(QStringLiteral("*.") + QString::fromLatin1(format));
    const QString path = QFileDialog::getOpenFileName(this, tr("Letterhead logo"), m_logo->text(),
                                                      tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (!path.isEmpty())
        m_logo->setText(path);
}

void PreferencesDialog::updatePortForSecurity()
{
    m_port->setValue(core::defaultSmtpPort(static_cast<core::SmtpSecurity>(m_security->currentData().toInt())));
}

void PreferencesDialog::accept()
{
    const QString from = m_from->text().trimmed();
    if (!from.isEmpty() && !core::isPlainEmailAddress(from)) {
        m_status->setText(tr("The From address is not a valid email address."));
        m_from->setFocus();
        return;
    }
    if (!m_logo->text().isEmpty() && QImageReader(m_logo->text()).read().isNull()) {
        m_status->setText(tr("The logo cannot be read as an image."));
        m_logo->setFocus();
        return;
    }
    m_settings.setLetterheadLogo(m_logo->text());
    m_settings.setPaperSize(static_cast<core::PaperSize>(m_paper->currentData().toInt()));
    m_settings.setPdfArchival(m_archival->isChecked());
    m_settings.setReopenLastLetter(m_reopen->isChecked());
    m_settings.setInterfaceLanguage(m_language->currentData().toString());
    const core::SmtpServer server{m_host->text().trimmed(), m_port->value(),
                                  static_cast<core::SmtpSecurity>(m_security->currentData().toInt()), m_user->text().trimmed(), from};
    m_settings.setSmtpServer(server);
    m_settings.sync();
    if (m_password->text().isEmpty() || server.user.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_status->setText(tr("Saving the password in the system keychain…"));
    setEnabled(false);
    m_passwords->write(services::PasswordStore::accountKey(server.host, server.user), m_password->text());
}

void PreferencesDialog::passwordStored(const QString &error)
{
    setEnabled(true);
    m_password->clear();
    if (!error.isEmpty()) {
        m_status->setText(error + QLatin1Char('\n') + tr("The other settings were saved."));
        return;
    }
    QDialog::accept();
}

} // namespace amends::ui
