#include "dismissdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace amends::ui {

QString shortFindingTitle(const QString &message)
{
    // Cut at the first colon, semicolon, dash or sentence end outside quotation marks.
    int depth = 0;
    qsizetype end = message.size();
    for (qsizetype i = 0; i < message.size(); ++i) {
        const QChar c = message.at(i);
        if (c == u'“')
            ++depth;
        else if (c == u'”')
            depth = std::max(0, depth - 1);
        else if (depth == 0 && (c == u':' || c == u';' || c == u'—' || (c == u'.' && (i + 1 == message.size() || message.at(i + 1).isSpace())))) {
            end = i;
            break;
        }
    }
    QString title = message.left(end).trimmed();
    constexpr qsizetype kLongest = 90;
    if (title.size() > kLongest) {
        const qsizetype space = title.lastIndexOf(u' ', kLongest);
        title = title.left(space > 0 ? space : kLongest) + QStringLiteral("…");
    }
    return title;
}

DismissDialog::DismissDialog(const core::Finding &finding, QWidget *parent)
    : QDialog(parent)
    , m_question(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_hint(new QLabel(this))
{
    setWindowTitle(tr("Dismiss finding"));
    m_question->setText(tr("Why does this finding not apply here?\n%1").arg(shortFindingTitle(finding.message)));
    m_question->setWordWrap(true);
    m_question->setBuddy(m_reason);
    m_reason->setPlaceholderText(tr("e.g. the customer used these words in their complaint"));
    m_reason->setMaxLength(500);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("dismissHint"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Dismiss"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_reason);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    connect(m_reason, &QLineEdit::textChanged, this, &DismissDialog::update);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(480, sizeHint().height());
}

QString DismissDialog::reason() const
{
    return m_reason->text().trimmed();
}

void DismissDialog::update()
{
    const bool empty = reason().isEmpty();
    m_ok->setEnabled(!empty);
    m_hint->setText(empty ? tr("Write a reason to dismiss it: a reviewer will read it.") : tr("A reviewer will see your reason."));
}

} // namespace amends::ui
