#include "OutlinePanel.h"

#include "OutlineModel.h"
#include "PlainToolTip.h"
#include "SpecEditor.h"

#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

OutlinePanel::OutlinePanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new OutlineModel(this))
    , m_view(new QTreeView(this))
    , m_emptyLabel(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("outlineView"));
    m_view->setAccessibleName(tr("Outline"));
    m_view->setAccessibleDescription(tr("The keys of the current spec as a tree; activate one to go to it."));
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setModel(m_model);
    // Tooltips are paths of the spec's own keys.
    m_view->setItemDelegate(new PlainToolTipDelegate(m_view));
    m_emptyLabel->setObjectName(QStringLiteral("outlineEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_view);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (m_editor) {
            m_editor->goToOffset(index.data(OutlineModel::OffsetRole).toLongLong());
        }
    });
    setEditor(nullptr);
}

void OutlinePanel::setEditor(SpecEditor* editor)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_editorConnections)) {
        disconnect(connection);
    }
    m_editorConnections.clear();
    m_editor = editor;
    if (editor) {
        m_editorConnections << connect(editor->document(), &SpecDocument::analysed, this, &OutlinePanel::refresh)
                            << connect(editor, &QsciScintilla::cursorPositionChanged, this, &OutlinePanel::followCaret)
                            << connect(editor, &QObject::destroyed, this, [this] { setEditor(nullptr); });
    }
    refresh();
}

void OutlinePanel::refresh()
{
    m_model->setAnalysis(m_editor ? m_editor->document()->analysis() : nullptr);
    const bool hasTree = m_editor && !m_editor->document()->analysis()->tree.isEmpty();
    m_emptyLabel->setVisible(!hasTree);
    if (!m_editor) {
        m_emptyLabel->setText(tr("No spec is open."));
    } else if (m_editor->document()->isAnalysisStale() && m_editor->document()->analysis()->diagnostics.isEmpty()) {
        m_emptyLabel->setText(tr("Reading the spec…"));
    } else {
        m_emptyLabel->setText(tr("The outline appears when the text can be read (see Problems)."));
    }
    if (hasTree) {
        m_view->expandToDepth(1);
        followCaret();
    }
}

void OutlinePanel::followCaret()
{
    if (!m_editor) {
        return;
    }
    const QModelIndex index = m_model->indexAtOffset(m_editor->SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}
