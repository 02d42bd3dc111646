#include "scorebadge.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace amends::ui {

namespace {

constexpr int kAdviceLines = 2;
constexpr double kValueScale = 2.4;

struct BadgeColors {
    QColor text;
    QColor background;
};

BadgeColors colorsFor(int value)
{
    if (value >= 90)
        return {QColor(0x1a, 0x7f, 0x37), QColor(0xe6, 0xf4, 0xea)};
    if (value >= 60)
        return {QColor(0x9a, 0x5b, 0x00), QColor(0xfe, 0xf3, 0xdc)};
    return {QColor(0xb4, 0x23, 0x18), QColor(0xfd, 0xec, 0xea)};
}

} // namespace

ScoreBadge::ScoreBadge(QWidget *parent)
    : QFrame(parent)
    , m_value(new QLabel(this))
    , m_caption(new QLabel(tr("out of 100"), this))
    , m_advice(new QLabel(this))
{
    setObjectName(QStringLiteral("scoreBadge"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_value->setObjectName(QStringLiteral("scoreValue"));
    m_value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_advice->setWordWrap(true);
    m_advice->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *number = new QVBoxLayout;
    number->setSpacing(0);
    number->addWidget(m_value);
    number->addWidget(m_caption, 0, Qt::AlignRight);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(14);
    layout->addLayout(number);
    layout->addWidget(m_advice, 1);
    updateFonts();
    setScore({});
}

void ScoreBadge::setScore(const core::ApologyScore &score)
{
    m_score = score;
    m_value->setText(QString::number(score.value));
    const QStringList lines = score.improvements.mid(0, kAdviceLines);
    m_advice->setText(lines.isEmpty() ? tr("Nothing left to improve: the letter passes every check.")
                                      : tr("To raise it:") + QStringLiteral("\n• ") + lines.join(QStringLiteral("\n• ")));
    const BadgeColors colors = colorsFor(score.value);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, colors.background);
    palette.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    setPalette(palette);
    QPalette valuePalette = m_value->palette();
    valuePalette.setColor(QPalette::WindowText, colors.text);
    m_value->setPalette(valuePalette);
    setAccessibleName(tr("Score %1 out of 100").arg(score.value));
    setAccessibleDescription(m_advice->text());
}

QString ScoreBadge::advice() const
{
    return m_advice->text();
}

void ScoreBadge::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
}

// The number has its own font (it is much larger), so it does not follow ours by
// itself: derive it again whenever ours changes.
void ScoreBadge::updateFonts()
{
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * kValueScale);
    m_value->setFont(big);
}

} // namespace amends::ui
