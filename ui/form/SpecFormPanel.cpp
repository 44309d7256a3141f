#include "SpecFormPanel.h"

#include "CurrentText.h"
#include "EditorColours.h"
#include "PropertyListEditor.h"
#include "SchemaTreeEditor.h"
#include "SpecAnalysis.h"
#include "SpecDocument.h"
#include "SpecEditor.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
constexpr int kMultiLineRows = 4;
} // namespace

SpecFormPanel::SpecFormPanel(QWidget* parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_form(new QWidget(this))
    , m_layout(new QFormLayout(m_form))
{
    setObjectName(QStringLiteral("specFormPanel"));
    m_note->setObjectName(QStringLiteral("formNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // The fields at the top and the spare height below them, not spread between the rows.
    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_form);
    column->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_note);
    layout->addWidget(scroll, 1);
    setEditor(nullptr);
}

QString SpecFormPanel::note() const
{
    return m_note->text();
}

QString SpecFormPanel::fieldProblem(const QString& path) const
{
    const QLabel* problem = m_problems.value(path);
    return problem ? problem->text() : QString();
}

QString SpecFormPanel::rejection(const QString& path) const
{
    const QLabel* label = m_rejectionLabels.value(path);
    return label ? label->text() : QString();
}

void SpecFormPanel::setRejectedFields(const QList<FieldError>& fields)
{
    m_rejected = fields;
    showRejected();
}

void SpecFormPanel::showRejected()
{
    QStringList elsewhere;
    for (const FieldError& error : std::as_const(m_rejected)) {
        if (!m_rejectionLabels.contains(error.field)) {
            elsewhere << (error.field.isEmpty() ? error.message : tr("%1: %2").arg(error.field, error.message));
        }
    }
    for (const FormField& field : std::as_const(m_fields)) {
        QLabel* label = m_rejectionLabels.value(field.path);
        QWidget* control = m_controls.value(field.path);
        QString said;
        for (const FieldError& error : std::as_const(m_rejected)) {
            if (error.field == field.path) {
                said = tr("The server refused this: %1").arg(error.message);
            }
        }
        label->setText(said);
        m_layout->setRowVisible(label, !said.isEmpty());
        // A screen reader hears the refusal with the field, where a sighted user sees it under it.
        // Without one, what the ID check says about the typing (the text under an ID list) or the help.
        const QString typedProblem = fieldProblem(field.path);
        control->setAccessibleDescription(!said.isEmpty() ? said : !typedProblem.isEmpty() ? typedProblem : field.help);
    }
    m_note->setText(elsewhere.isEmpty() ? m_noteText
                                        : m_noteText + QLatin1Char('\n')
                                              + tr("The server refused: %1").arg(elsewhere.join(QStringLiteral("; "))));
}

void SpecFormPanel::setEditor(SpecEditor* editor)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_editorConnections)) {
        disconnect(connection);
    }
    m_editorConnections.clear();
    m_editor = editor;
    if (m_properties) {
        m_properties->setEditor(editor);
    }
    if (m_schemas) {
        m_schemas->setEditor(editor);
    }
    m_rejected.clear(); // another spec's; the window hands over this one's
    if (editor) {
        m_editorConnections << connect(editor->document(), &SpecDocument::analysed, this, &SpecFormPanel::refresh)
                            << connect(editor, &QObject::destroyed, this, [this] { setEditor(nullptr); });
    }
    refresh();
}

void SpecFormPanel::build(std::optional<SpecKind> kind)
{
    if (kind == m_builtFor) {
        return;
    }
    m_builtFor = kind;
    while (m_layout->rowCount() > 0) {
        m_layout->removeRow(0);
    }
    m_controls.clear();
    m_problems.clear();
    m_rejectionLabels.clear();
    m_restoreButton = nullptr;
    m_properties = nullptr;
    m_schemas = nullptr;
    m_fields = kind ? FormFields::forKind(*kind) : QList<FormField> {};
    for (const FormField& field : std::as_const(m_fields)) {
        QWidget* control = nullptr;
        switch (field.type) {
        case FormField::Type::Boolean: {
            auto* box = new QCheckBox(field.label, m_form);
            connect(box, &QCheckBox::toggled, this, [this, field](bool on) {
                if (!m_refreshing) {
                    commit(field, on ? QStringLiteral("true") : QStringLiteral("false"));
                }
            });
            control = box;
            m_layout->addRow(QString(), box);
            break;
        }
        case FormField::Type::IdList: {
            auto* box = new QWidget(m_form);
            auto* edit = new QPlainTextEdit(box);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * kMultiLineRows + 12);
            edit->installEventFilter(this);
            auto* problem = new QLabel(box);
            problem->setObjectName(QStringLiteral("formProblem_") + field.path);
            problem->setWordWrap(true);
            problem->setTextFormat(Qt::PlainText);
            problem->hide();
            auto* column = new QVBoxLayout(box);
            column->setContentsMargins(0, 0, 0, 0);
            column->addWidget(edit);
            column->addWidget(problem);
            // Checked as typed, so a wrong ID is seen before it reaches the text.
            connect(edit, &QPlainTextEdit::textChanged, this, [edit, problem] {
                problem->setText(FormFields::whyNotIds(edit->toPlainText()));
                problem->setVisible(!problem->text().isEmpty());
                edit->setAccessibleDescription(problem->text());
            });
            m_problems.insert(field.path, problem);
            control = edit;
            m_layout->addRow(field.label, box);
            break;
        }
        case FormField::Type::MultiLine: {
            auto* edit = new QPlainTextEdit(m_form);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * kMultiLineRows + 12);
            // Written back when the user leaves the box: every key would be a splice otherwise.
            edit->installEventFilter(this);
            control = edit;
            m_layout->addRow(field.label, edit);
            break;
        }
        case FormField::Type::Text:
        case FormField::Type::ReadOnly: {
            auto* edit = new QLineEdit(m_form);
            edit->setReadOnly(field.type == FormField::Type::ReadOnly);
            if (!edit->isReadOnly()) {
                connect(edit, &QLineEdit::editingFinished, this, [this, field, edit] {
                    if (!m_refreshing && edit->isModified()) {
                        edit->setModified(false);
                        commit(field, edit->text());
                    }
                });
            }
            control = edit;
            if (field.path == QLatin1String("archived_at")) {
                // An archived Scale GP spec is restored on the server before it can be edited.
                auto* row = new QWidget(m_form);
                auto* line = new QHBoxLayout(row);
                line->setContentsMargins(0, 0, 0, 0);
                edit->setParent(row);
                line->addWidget(edit, 1);
                m_restoreButton = new QPushButton(tr("Restore…"), row);
                m_restoreButton->setObjectName(QStringLiteral("formRestoreButton"));
                m_restoreButton->setAccessibleDescription(tr("Un-archives the spec on Scale GP, so it can be edited."));
                connect(m_restoreButton, &QPushButton::clicked, this, [this] {
                    if (m_editor) {
                        Q_EMIT restoreRequested(m_editor->specId());
                    }
                });
                line->addWidget(m_restoreButton);
                m_layout->addRow(field.label, row);
            } else {
                m_layout->addRow(field.label, edit);
            }
            break;
        }
        }
        control->setObjectName(QStringLiteral("formField_") + field.path);
        control->setAccessibleName(field.label);
        control->setAccessibleDescription(field.help);
        control->setToolTip(field.help);
        m_controls.insert(field.path, control);
        auto* rejected = new QLabel(m_form);
        rejected->setObjectName(QStringLiteral("formRejected_") + field.path);
        rejected->setWordWrap(true);
        rejected->setTextFormat(Qt::PlainText);
        m_layout->addRow(QString(), rejected);
        m_layout->setRowVisible(rejected, false);
        m_rejectionLabels.insert(field.path, rejected);
    }
    if (kind == SpecKind::DataFramer) {
        m_properties = new PropertyListEditor(m_form);
        m_properties->setEditor(m_editor);
        connect(m_properties, &PropertyListEditor::problem, this, [this](const QString& why) {
            m_note->setText(tr("The properties were not changed: %1").arg(why));
        });
        m_layout->addRow(tr("Properties"), m_properties);
    }
    if (kind == SpecKind::AdobeFlow) {
        m_schemas = new SchemaTreeEditor(m_form);
        m_schemas->setEditor(m_editor);
        connect(m_schemas, &SchemaTreeEditor::problem, this, [this](const QString& why) {
            m_note->setText(tr("The schemas were not changed: %1").arg(why));
        });
        m_layout->addRow(tr("Schemas"), m_schemas);
    }
    colourProblems();
}

void SpecFormPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        colourProblems();
    }
}

void SpecFormPanel::colourProblems()
{
    // The editor's error red for this palette: BrightText is white in a light one.
    const QColor error = EditorColours::forPalette(palette()).problems[0];
    QList<QLabel*> labels = m_problems.values();
    labels += m_rejectionLabels.values();
    for (QLabel* label : std::as_const(labels)) {
        QPalette coloured = label->palette();
        coloured.setColor(QPalette::WindowText, error);
        label->setPalette(coloured);
    }
}

SpecFormPanel::~SpecFormPanel()
{
    // QWidget's destructor deletes the controls only after this class's part is gone, and a box
    // that had the focus then reports that editing finished, calling back into a half-destroyed
    // panel. So they go first, while it is whole, and nothing is written back as they go.
    m_refreshing = true;
    delete m_form;
}

bool SpecFormPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut && !m_refreshing) {
        for (const FormField& field : std::as_const(m_fields)) {
            auto* edit = qobject_cast<QPlainTextEdit*>(m_controls.value(field.path));
            if (edit == watched && edit->document()->isModified()) {
                edit->document()->setModified(false);
                commit(field, edit->toPlainText());
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SpecFormPanel::refresh()
{
    const std::shared_ptr<const SpecAnalysis> analysis = m_editor ? m_editor->document()->analysis() : nullptr;
    std::optional<SpecKind> kind;
    if (analysis && !analysis->tree.isEmpty() && !FormFields::forKind(analysis->kind).isEmpty()) {
        kind = analysis->kind;
    }
    build(kind);
    if (!m_editor) {
        m_noteText = tr("No spec is open.");
    } else if (!kind && analysis && analysis->tree.isEmpty()) {
        m_noteText = tr("The form appears when the text can be read (see Problems).");
    } else if (!kind) {
        m_noteText = tr("This kind of spec has no form; edit its text.");
    } else {
        m_noteText = tr("Each change here edits the text in place; Undo takes it back.");
    }
    showRejected();
    m_form->setVisible(kind.has_value());
    if (!kind) {
        return;
    }
    const QScopedValueRollback<bool> refreshing(m_refreshing, true);
    for (const FormField& field : std::as_const(m_fields)) {
        QWidget* control = m_controls.value(field.path);
        const std::optional<QString> value = FormFields::shownIn(analysis->tree, field);
        const bool readOnlySpec = m_editor->isReadOnly();
        control->setEnabled(!readOnlySpec && (value || analysis->tree.find(field.path) == SpecTree::kNoNode));
        if (control->hasFocus() && field.type != FormField::Type::Boolean) {
            continue; // the user is typing there
        }
        if (auto* box = qobject_cast<QCheckBox*>(control)) {
            box->setChecked(value == QStringLiteral("true"));
        } else if (auto* line = qobject_cast<QLineEdit*>(control)) {
            line->setText(value.value_or(QString()));
            line->setCursorPosition(0); // a long value shows its start, not its end
            line->setPlaceholderText(value ? QString() : tr("Not in the text; typing here adds it"));
            line->setModified(false);
        } else if (auto* edit = qobject_cast<QPlainTextEdit*>(control)) {
            if (edit->toPlainText() != value.value_or(QString())) {
                edit->setPlainText(value.value_or(QString()));
            }
            edit->setPlaceholderText(value ? QString() : tr("Not in the text; typing here adds it"));
            edit->document()->setModified(false);
        }
    }
    if (m_properties) {
        m_properties->showProperties(analysis->tree, m_editor->isReadOnly());
    }
    if (m_schemas) {
        m_schemas->showSchemas(analysis, m_editor->isReadOnly());
    }
    if (m_restoreButton) {
        const std::optional<QString> archived = FormFields::valueOf(analysis->tree, QStringLiteral("archived_at"));
        m_restoreButton->setVisible(archived && !archived->isEmpty());
    }
}

void SpecFormPanel::commit(const FormField& field, const QString& value)
{
    if (!m_editor || m_editor->isReadOnly()) {
        return;
    }
    const CurrentText current = CurrentText::of(*m_editor);
    const QByteArray& text = current.text;
    const SpecTree& tree = current.tree();
    const std::optional<QString> now = field.type == FormField::Type::IdList ? FormFields::linesOf(tree, field.path)
                                                                             : FormFields::valueOf(tree, field.path);
    if (now == value) {
        return;
    }
    QString error;
    const std::optional<TextSplice> splice = FormFields::set(text, tree, m_editor->format(), field, value, &error);
    if (!splice) {
        m_note->setText(tr("%1 was not changed: %2").arg(field.label, error));
        return;
    }
    m_editor->applySplices({*splice});
    // The user answered the server's refusal of this field; the next sync says what it thinks.
    if (m_rejected.removeIf([&field](const FieldError& rejected) { return rejected.field == field.path; }) > 0) {
        showRejected();
    }
}
