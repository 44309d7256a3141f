#include "EmptyStatePanel.h"

#include <QLabel>
#include <QVBoxLayout>

EmptyStatePanel::EmptyStatePanel(const QString& heading, const QString& explanation, QWidget* parent)
    : QWidget(parent)
{
    auto* headingLabel = new QLabel(heading, this);
    headingLabel->setObjectName(QStringLiteral("emptyHeadingLabel"));
    headingLabel->setTextFormat(Qt::PlainText);
    QFont font = headingLabel->font();
    font.setBold(true);
    headingLabel->setFont(font);
    headingLabel->setAlignment(Qt::AlignHCenter);
    headingLabel->setWordWrap(true);

    auto* explanationLabel = new QLabel(explanation, this);
    explanationLabel->setObjectName(QStringLiteral("emptyExplanationLabel"));
    explanationLabel->setTextFormat(Qt::PlainText);
    explanationLabel->setAlignment(Qt::AlignHCenter);
    explanationLabel->setWordWrap(true);
    explanationLabel->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(headingLabel);
    layout->addWidget(explanationLabel);
    layout->addStretch();
    setAccessibleName(heading);
    setAccessibleDescription(explanation);
}
