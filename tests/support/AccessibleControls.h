#pragma once

#include <Qsci/qsciscintilla.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMetaEnum>
#include <QScrollBar>
#include <QStringList>
#include <QTabBar>
#include <QTextDocument>
#include <QWidget>

/// Checks of what assistive technology sees, shared by the GUI tests: every control a user can
/// reach must answer QAccessible with a name and a description (issue 9).
namespace AccessibleControls {

/// Whether a user can operate the widget: it takes focus, or it is one of the control classes
/// that screen readers list even when they are not in the tab chain.
inline bool isInteractive(const QWidget* widget)
{
    if (widget->focusPolicy() & (Qt::TabFocus | Qt::ClickFocus)) {
        return true;
    }
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QAbstractSlider*>(widget)
           || qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QLineEdit*>(widget)
           || qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractItemView*>(widget)
           || qobject_cast<const QTabBar*>(widget) || qobject_cast<const QsciScintilla*>(widget)
           || qobject_cast<const QMenuBar*>(widget);
}

/// Qt's own parts of a compound control, which the control's accessible interface speaks for:
/// a spin box's or combo box's line edit, a scroll area's scroll bars and viewport, a view's
/// header, a tab bar's scroll arrows.
inline bool isPartOfCompoundControl(const QWidget* widget)
{
    const QWidget* parent = widget->parentWidget();
    if (!parent) {
        return false;
    }
    if (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent)) {
        return true;
    }
    if (qobject_cast<const QScrollBar*>(widget)
        && (parent->objectName().startsWith(QLatin1String("qt_scrollarea_"))
            || qobject_cast<const QAbstractScrollArea*>(parent))) {
        return true;
    }
    if (const auto* scrollArea = qobject_cast<const QAbstractScrollArea*>(parent)) {
        if (scrollArea->viewport() == widget) {
            return true;
        }
    }
    if (qobject_cast<const QHeaderView*>(widget) && qobject_cast<const QAbstractItemView*>(parent)) {
        return true;
    }
    if (qobject_cast<const QTabBar*>(parent) && widget->objectName().startsWith(QLatin1String("Scroll"))) {
        return true;
    }
    return false;
}

/// The interactive widgets under root (root included) that a user could reach now.
inline QList<QWidget*> interactiveControls(QWidget* root)
{
    QList<QWidget*> controls;
    QList<QWidget*> candidates {root};
    candidates += root->findChildren<QWidget*>();
    for (QWidget* widget : std::as_const(candidates)) {
        // A child window (a dialog, a popup) is checked on its own, as its own root.
        const bool reachable = widget == root ? !widget->isHidden() : !widget->isWindow() && widget->isVisibleTo(root);
        if (reachable && isInteractive(widget) && !isPartOfCompoundControl(widget)) {
            controls.append(widget);
        }
    }
    return controls;
}

/// "QPushButton \"saveButton\" in DistributionPanel \"…\"": enough to find the widget in the code.
inline QString describeWidget(const QWidget* widget)
{
    QString line = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty()) {
        line += QStringLiteral(" \"%1\"").arg(widget->objectName());
    }
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        const QString className = QString::fromLatin1(parent->metaObject()->className());
        if (!className.startsWith(QLatin1Char('Q')) || !parent->objectName().isEmpty()) {
            line += QStringLiteral(" in %1").arg(className);
            if (!parent->objectName().isEmpty()) {
                line += QStringLiteral(" \"%1\"").arg(parent->objectName());
            }
            break;
        }
    }
    return line;
}

/// What is missing from one accessible interface: "name", "description" or both; empty when nothing is.
inline QStringList missingTexts(QAccessibleInterface* accessible)
{
    QStringList missing;
    if (accessible->text(QAccessible::Name).trimmed().isEmpty()) {
        missing.append(QStringLiteral("name"));
    }
    // QAccessibleWidget falls back to the tool tip here.
    const QString description = accessible->text(QAccessible::Description);
    if (description.trimmed().isEmpty()) {
        missing.append(QStringLiteral("description"));
    } else if (Qt::mightBeRichText(description)) {
        // A PlainToolTip::of() tooltip is HTML; screen readers would spell out the tags.
        missing.append(QStringLiteral("plain-text description (it is markup: %1)").arg(description));
    }
    return missing;
}

inline QString roleName(QAccessible::Role role)
{
    const QMetaEnum roles = QMetaEnum::fromType<QAccessible::Role>();
    const char* key = roles.valueToKey(role);
    return key ? QString::fromLatin1(key) : QString::number(role);
}

/// One readable line for each reachable control that has no accessible interface, no name or no
/// description. Empty when every control is named; join the list into the failure message.
inline QStringList unnamedControls(QWidget* root)
{
    QStringList failures;
    const QList<QWidget*> controls = interactiveControls(root);
    for (QWidget* widget : controls) {
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible) {
            failures.append(QStringLiteral("%1: no accessible interface").arg(describeWidget(widget)));
            continue;
        }
        if (qobject_cast<QTabBar*>(widget)) {
            // Qt's tab bar interface has no text of its own (its name is the current tab's): what
            // a screen reader says are its tabs, so each tab needs a name and a description.
            for (int i = 0; i < accessible->childCount(); ++i) {
                QAccessibleInterface* tab = accessible->child(i);
                const QStringList missing = tab ? missingTexts(tab) : QStringList {QStringLiteral("interface")};
                if (tab && tab->role() == QAccessible::PageTab && !missing.isEmpty()) {
                    failures.append(QStringLiteral("%1, tab %2 \"%3\": no %4")
                                        .arg(describeWidget(widget))
                                        .arg(i)
                                        .arg(tab->text(QAccessible::Name), missing.join(QStringLiteral(" and "))));
                }
            }
            continue;
        }
        const QStringList missing = missingTexts(accessible);
        if (!missing.isEmpty()) {
            failures.append(
                QStringLiteral("%1 (%2): no %3")
                    .arg(describeWidget(widget), roleName(accessible->role()), missing.join(QStringLiteral(" and "))));
        }
    }
    return failures;
}

/// "Role: name — description" for each reachable control, for a test log a reviewer can read.
inline QStringList accessibleNames(QWidget* root)
{
    QStringList lines;
    const QList<QWidget*> controls = interactiveControls(root);
    for (QWidget* widget : controls) {
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible) {
            lines.append(QStringLiteral("(none): %1").arg(describeWidget(widget)));
            continue;
        }
        QString line = QStringLiteral("%1: %2 — %3")
                           .arg(roleName(accessible->role()),
                                accessible->text(QAccessible::Name),
                                accessible->text(QAccessible::Description));
        const QString value = accessible->text(QAccessible::Value);
        if (!value.isEmpty() && !qobject_cast<QsciScintilla*>(widget) && !qobject_cast<QLineEdit*>(widget)) {
            line += QStringLiteral(" [%1]").arg(value);
        }
        lines.append(line);
        if (qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < accessible->childCount(); ++i) {
                if (QAccessibleInterface* tab = accessible->child(i)) {
                    lines.append(QStringLiteral("    %1: %2 — %3")
                                     .arg(roleName(tab->role()),
                                          tab->text(QAccessible::Name),
                                          tab->text(QAccessible::Description)));
                }
            }
        }
    }
    return lines;
}

} // namespace AccessibleControls

using AccessibleControls::accessibleNames;
using AccessibleControls::unnamedControls;
