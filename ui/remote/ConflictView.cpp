#include "ConflictView.h"

#include "EditorColours.h"
#include "SpecEditor.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <dtl/dtl.hpp>

#include <string>
#include <vector>

namespace {

using Lines = std::vector<std::string>;

Lines splitLines(const QByteArray& text)
{
    Lines lines;
    const QList<QByteArray> split = text.split('\n');
    for (const QByteArray& line : split) {
        lines.emplace_back(line.constData(), static_cast<size_t>(line.size()));
    }
    return lines;
}

} // namespace

ConflictView::ConflictView(qint64 specId,
                           const QString& title,
                           SpecKind kind,
                           const QByteArray& mine,
                           const QByteArray& theirs,
                           const QString& message,
                           QWidget* parent)
    : QDialog(parent)
    , m_specId(specId)
    , m_mine(addPane(mine, kind, QStringLiteral("mineEditor")))
    , m_theirs(addPane(theirs, kind, QStringLiteral("theirsEditor")))
{
    setObjectName(QStringLiteral("conflictView"));
    setWindowTitle(tr("Resolve Conflict — %1").arg(title));
    auto* explanation = new QLabel(message, this);
    explanation->setObjectName(QStringLiteral("conflictMessageLabel"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    auto* mineLabel = new QLabel(tr("&Mine — the draft in this workspace"), this);
    mineLabel->setBuddy(m_mine);
    auto* theirsLabel = new QLabel(tr("T&heirs — the text on the server now"), this);
    theirsLabel->setBuddy(m_theirs);
    m_mine->setAccessibleName(tr("Your draft"));
    m_theirs->setAccessibleName(tr("The server's text"));
    m_mine->setAccessibleDescription(tr("Your draft, read-only; the lines the server's text lacks are marked."));
    m_theirs->setAccessibleDescription(tr("The server's text, read-only; the lines your draft lacks are marked."));

    auto* panes = new QGridLayout;
    panes->addWidget(mineLabel, 0, 0);
    panes->addWidget(theirsLabel, 0, 1);
    panes->addWidget(m_mine, 1, 0);
    panes->addWidget(m_theirs, 1, 1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* keepMine = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::AcceptRole);
    keepMine->setObjectName(QStringLiteral("keepMineButton"));
    keepMine->setToolTip(tr("Keep your draft; the next sync sends it over the server's version."));
    QPushButton* takeTheirs = buttons->addButton(tr("Take &Theirs"), QDialogButtonBox::AcceptRole);
    takeTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    takeTheirs->setToolTip(tr("Replace your draft with the server's text. Undo in the editor brings yours back."));
    QPushButton* useText = buttons->addButton(tr("Use &Editor Text"), QDialogButtonBox::AcceptRole);
    useText->setObjectName(QStringLiteral("useEditorTextButton"));
    useText->setToolTip(tr("Merge by hand in the spec's editor first; this keeps what the editor holds now."));
    buttons->addButton(QDialogButtonBox::Close)
        ->setAccessibleDescription(tr("Decide later; the spec stays in conflict and nothing is sent."));
    connect(keepMine, &QPushButton::clicked, this, [this] { choose(SyncJournal::Resolution::KeepMine); });
    connect(takeTheirs, &QPushButton::clicked, this, [this] { choose(SyncJournal::Resolution::TakeTheirs); });
    connect(useText, &QPushButton::clicked, this, [this] { choose(SyncJournal::Resolution::UseText); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(panes, 1);
    layout->addWidget(buttons);
    markDifferences(mine, theirs);
    resize(1100, 640);
}

SpecEditor* ConflictView::addPane(const QByteArray& content, SpecKind kind, const QString& objectName)
{
    auto* pane = new SpecEditor(m_specId, kind, this);
    pane->setObjectName(objectName);
    pane->loadContent(content);
    pane->setReadOnly(true);
    return pane;
}

void ConflictView::markDifferences(const QByteArray& mine, const QByteArray& theirs)
{
    // A tint of the editor's own paper, so the text stays readable in a dark theme too.
    const QColor changed = EditorColours::forPalette(m_mine->palette()).changedLine;
    for (SpecEditor* pane : {m_mine, m_theirs}) {
        // Marker numbers are per editor; both get the same one as they are defined alike.
        m_changedMarker = pane->markerDefine(QsciScintilla::Background);
        pane->setMarkerBackgroundColor(changed, m_changedMarker);
    }
    dtl::Diff<std::string, Lines> diff(splitLines(mine), splitLines(theirs));
    diff.compose();
    for (const auto& [line, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_DELETE) {
            m_mine->markerAdd(int(info.beforeIdx - 1), m_changedMarker);
        } else if (info.type == dtl::SES_ADD) {
            m_theirs->markerAdd(int(info.afterIdx - 1), m_changedMarker);
        }
    }
}

QList<int> ConflictView::changedLines(const SpecEditor* pane) const
{
    QList<int> lines;
    for (int line = 0; line < pane->lines(); ++line) {
        if ((pane->markersAtLine(line) & (1u << m_changedMarker)) != 0) {
            lines << line;
        }
    }
    return lines;
}

void ConflictView::choose(SyncJournal::Resolution resolution)
{
    Q_EMIT resolutionChosen(m_specId, resolution);
    accept();
}
