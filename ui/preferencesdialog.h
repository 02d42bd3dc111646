#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace amends::core {
class Settings;
}

namespace amends::services {
class PasswordStore;
}

namespace amends::ui {

/// Letterhead, paper and PDF/A, the mail server, and the interface language. The mail password goes to the
/// system keychain only; the dialog never shows a stored one.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(core::Settings &settings, QWidget *parent = nullptr);

    void accept() override;

private:
    QWidget *createLetterGroup();
    QWidget *createMailGroup();
    QWidget *createLanguageRow();
    void load();
    void chooseLogo();
    void updatePortForSecurity();
    void passwordStored(const QString &error);

    core::Settings &m_settings;
    services::PasswordStore *m_passwords;
    QLineEdit *m_logo;
    QComboBox *m_paper;
    QCheckBox *m_archival;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_from;
    QLabel *m_status;
    QCheckBox *m_reopen;
    QComboBox *m_language;
};

} // namespace amends::ui
