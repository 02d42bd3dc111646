#pragma once

#include "wizardpage.h"

#include <QHash>

#include <functional>
#include <vector>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace amends::core {
class DraftDocument;
}

namespace amends::ui {

class DateField;

/// The first step: who the letter is for, what went wrong with which invoice, and who
/// signs it. Required fields are marked; the wizard cannot go on until they are filled.
class CaseDetailsPage : public WizardPage
{
    Q_OBJECT

public:
    explicit CaseDetailsPage(core::DraftDocument *document, QWidget *parent = nullptr);

    bool isComplete() const override;

    /// The editor bound to a field key (for tests and focus handling).
    QWidget *editorFor(const QString &key) const { return m_editors.value(key); }
    QComboBox *languageBox() const { return m_language; }

Q_SIGNALS:
    /// The writer asked to keep the sender and company details for future letters.
    void rememberProfileRequested();

private:
    QGroupBox *createCustomerGroup();
    QGroupBox *createCaseGroup();
    QGroupBox *createSenderGroup();
    static QFormLayout *createForm(QGroupBox *group);
    void addRow(QFormLayout *form, const QString &key, const QString &label, QWidget *editor);
    QLineEdit *lineEditFor(const QString &key, const QString &placeholder = QString());
    QPlainTextEdit *addressEditFor(const QString &key);
    DateField *dateEditFor(const QString &key);
    QComboBox *currencyBoxFor(const QString &key);
    void storeField(QWidget *editor, const QString &key, const QString &value);
    void loadFromDocument();
    void updateMissingHint();

    core::DraftDocument *m_document;
    QComboBox *m_language = nullptr;
    QLabel *m_missingHint = nullptr;
    QLabel *m_factsHint = nullptr;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QString> m_labels;
    std::vector<std::function<void()>> m_loaders;
};

} // namespace amends::ui
