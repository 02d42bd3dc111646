#include "welcomedialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace amends::ui {

WelcomeDialog::WelcomeDialog(const QStringList &recentFiles, QWidget *parent)
    : QDialog(parent)
    , m_recent(new QListWidget(this))
{
    setWindowTitle(tr("Welcome to Amends"));
    setObjectName(QStringLiteral("welcomeDialog"));
    auto *title = new QLabel(tr("<h2>Welcome to Amends</h2>"), this);
    auto *guide = new QLabel(tr("<p>A letter takes three steps: the <b>case details</b> (who, which invoice, how much), "
                                "then the <b>six parts</b> of an apology, each with guidance and ready phrases, "
                                "then the <b>review</b>, where you see what is left before it can go out. The "
                                "preview on the right is the letter as it will be sent; problems are underlined "
                                "as you type and listed under <i>Findings</i>.</p>"),
                             this);
    guide->setWordWrap(true);

    auto *recentLabel = new QLabel(tr("&Last letters:"), this);
    recentLabel->setBuddy(m_recent);
    for (const QString &path : recentFiles) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    recentLabel->setVisible(!recentFiles.isEmpty());
    m_recent->setVisible(!recentFiles.isEmpty());
    m_recent->setMaximumHeight(m_recent->fontMetrics().lineSpacing() * 6);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        accept();
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *guideButton = buttons->addButton(tr("Read the &Guide"), QDialogButtonBox::HelpRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("&Start with an example"));
    close->setToolTip(tr("Close this page and look at the example letter that is open."));
    connect(guideButton, &QPushButton::clicked, this, &WelcomeDialog::guideRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(guide);
    layout->addWidget(createChoices());
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QWidget *WelcomeDialog::createChoices()
{
    auto *choices = new QWidget(this);
    auto *layout = new QVBoxLayout(choices);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto add = [this, layout](const QString &text, const QString &description, void (WelcomeDialog::*signal)()) {
        auto *button = new QCommandLinkButton(text, description, this);
        layout->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, signal] { choose(signal); });
        return button;
    };
    add(tr("&New letter from a scenario"), tr("Pick what went wrong with the bill; a model letter for it is filled in."),
        &WelcomeDialog::newLetterRequested)
        ->setObjectName(QStringLiteral("welcomeNew"));
    add(tr("&Open a saved letter"), tr("Continue a draft (.amends) you or a colleague saved."), &WelcomeDialog::openRequested)
        ->setObjectName(QStringLiteral("welcomeOpen"));
    add(tr("&Check a letter written elsewhere"), tr("Paste or open a plain-text letter and see its score and findings."),
        &WelcomeDialog::checkTextRequested)
        ->setObjectName(QStringLiteral("welcomeCheck"));
    return choices;
}

void WelcomeDialog::choose(void (WelcomeDialog::*signal)())
{
    // Closed first, so the dialog the choice opens is not stacked under this one.
    accept();
    Q_EMIT(this->*signal)();
}

} // namespace amends::ui
