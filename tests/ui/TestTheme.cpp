#include "AppSettings.h"
#include "DiffPane.h"
#include "EditorColours.h"
#include "EditorTabs.h"
#include "SpecEditor.h"
#include "SyncBanner.h"
#include "Theme.h"
#include "WorkspaceStore.h"

#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexeryaml.h>

#include <QApplication>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void darkOverrideIsDark();
    void lightOverrideIsLight();
    void systemPutsTheOriginalBack();
    void openEditorFollowsThePalette();
    void editorFollowsItsOwnPaletteToo();
    void jsonEditorIsColouredToo();
    void diffPaneFollowsThePalette();
    void syncBannerFollowsTheLook();
    void settingsReachOpenAndNewEditors();

private:
    /// The colours Scintilla really paints a style with (it keeps them as 0xBBGGRR).
    static QColor styleBack(const SpecEditor& editor, int style);
    static QColor styleFore(const SpecEditor& editor, int style);

    QString m_originalStyle;
    QColor m_originalWindow;
};

QColor TestTheme::styleBack(const SpecEditor& editor, int style)
{
    const long bgr = editor.SendScintilla(QsciScintillaBase::SCI_STYLEGETBACK, static_cast<unsigned long>(style));
    return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
}

QColor TestTheme::styleFore(const SpecEditor& editor, int style)
{
    const long bgr = editor.SendScintilla(QsciScintillaBase::SCI_STYLEGETFORE, static_cast<unsigned long>(style));
    return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
}

void TestTheme::initTestCase()
{
    m_originalStyle = QApplication::style()->name();
    m_originalWindow = QApplication::palette().color(QPalette::Window);
}

void TestTheme::cleanup()
{
    Theme::apply(AppSettings::ThemeChoice::System);
}

void TestTheme::darkOverrideIsDark()
{
    Theme::apply(AppSettings::ThemeChoice::Dark);
    QVERIFY(Theme::isDark(QApplication::palette()));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    SpecEditor editor(1, SpecKind::PlainYaml);
    editor.loadContent("key: value # note\n");
    QVERIFY(styleBack(editor, QsciLexerYAML::Default).lightness() < 80);
    QVERIFY(styleFore(editor, QsciLexerYAML::Default).lightness() > 170);
    // Syntax colours come from the dark set, so they read on the dark paper.
    QVERIFY(styleFore(editor, QsciLexerYAML::Comment).lightness() > 110);
    QVERIFY(styleFore(editor, QsciLexerYAML::Identifier).lightness() > 110);
}

void TestTheme::lightOverrideIsLight()
{
    Theme::apply(AppSettings::ThemeChoice::Light);
    QVERIFY(!Theme::isDark(QApplication::palette()));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    SpecEditor editor(1, SpecKind::PlainYaml);
    QVERIFY(styleBack(editor, QsciLexerYAML::Default).lightness() > 200);
    QVERIFY(styleFore(editor, QsciLexerYAML::Default).lightness() < 90);
    QVERIFY(styleFore(editor, QsciLexerYAML::Comment).lightness() < 150);
}

void TestTheme::systemPutsTheOriginalBack()
{
    Theme::apply(AppSettings::ThemeChoice::Dark);
    Theme::apply(AppSettings::ThemeChoice::Light);
    Theme::apply(AppSettings::ThemeChoice::System);
    QCOMPARE(QApplication::style()->name(), m_originalStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_originalWindow);
    QVERIFY(!QCoreApplication::testAttribute(Qt::AA_SetPalette)); // the platform is in charge again
}

void TestTheme::openEditorFollowsThePalette()
{
    Theme::apply(AppSettings::ThemeChoice::Light);
    // Qt hands a new application palette to the windows on screen, and they to their children.
    QWidget window;
    auto* editor = new SpecEditor(1, SpecKind::DataFramer, &window);
    editor->loadContent("spec:\n  name: x\n");
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(styleBack(*editor, QsciLexerYAML::Default).lightness() > 200);
    Theme::apply(AppSettings::ThemeChoice::Dark);
    QVERIFY(styleBack(*editor, QsciLexerYAML::Default).lightness() < 80);
    QVERIFY(styleFore(*editor, QsciLexerYAML::Default).lightness() > 170);
    QCOMPARE(styleBack(*editor, QsciLexerYAML::Default), EditorColours::forPalette(Theme::darkPalette()).paper);
    Theme::apply(AppSettings::ThemeChoice::Light);
    QVERIFY(styleBack(*editor, QsciLexerYAML::Default).lightness() > 200);
}

void TestTheme::editorFollowsItsOwnPaletteToo()
{
    Theme::apply(AppSettings::ThemeChoice::Light);
    SpecEditor editor(1, SpecKind::PlainYaml);
    editor.setPalette(Theme::darkPalette());
    QVERIFY(styleBack(editor, QsciLexerYAML::Default).lightness() < 80);
    QVERIFY(styleBack(editor, QsciLexerYAML::Comment).lightness() < 80); // every style, not just the default
}

void TestTheme::jsonEditorIsColouredToo()
{
    Theme::apply(AppSettings::ThemeChoice::Dark);
    SpecEditor editor(1, SpecKind::PlainJson);
    QVERIFY(styleBack(editor, QsciLexerJSON::Property).lightness() < 80);
    QVERIFY(styleFore(editor, QsciLexerJSON::Property).lightness() > 110);
    // Switching the kind to YAML keeps the dark colours on the new lexer.
    editor.setKind(SpecKind::PlainYaml);
    QVERIFY(styleBack(editor, QsciLexerYAML::Default).lightness() < 80);
}

void TestTheme::diffPaneFollowsThePalette()
{
    Theme::apply(AppSettings::ThemeChoice::Light);
    DiffPane pane;
    const auto back = [&pane] {
        const long bgr = pane.SendScintilla(QsciScintillaBase::SCI_STYLEGETBACK, 0UL);
        return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
    };
    QVERIFY(back().lightness() > 200);
    pane.setPalette(Theme::darkPalette());
    QVERIFY(back().lightness() < 80);
    // The removed and added tints stay dark enough for light text.
    const EditorColours dark = EditorColours::forPalette(Theme::darkPalette());
    QVERIFY(dark.removedLine.lightness() < 100);
    QVERIFY(dark.addedLine.lightness() < 100);
    QVERIFY(dark.changedLine.lightness() < 110);
}

void TestTheme::syncBannerFollowsTheLook()
{
    Theme::apply(AppSettings::ThemeChoice::Light);
    SyncBanner banner;
    banner.showState(SyncState::Error, QStringLiteral("The server refused it."));
    QVERIFY(banner.palette().color(QPalette::Window).lightness() > 180);
    QVERIFY(banner.palette().color(QPalette::WindowText).lightness() < 80);
    // Switched while shown, as from Settings: deep tints and light words.
    Theme::apply(AppSettings::ThemeChoice::Dark);
    QVERIFY(banner.palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(banner.palette().color(QPalette::WindowText).lightness() > 180);
    banner.showState(SyncState::Conflict, QStringLiteral("Both changed it."));
    QVERIFY(banner.palette().color(QPalette::Window).lightness() < 80);
    Theme::apply(AppSettings::ThemeChoice::Light);
    QVERIFY(banner.palette().color(QPalette::Window).lightness() > 180);
}

void TestTheme::settingsReachOpenAndNewEditors()
{
    QTemporaryDir dir;
    WorkspaceStore store;
    QString error;
    QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
    const qint64 collection = store.addCollection(QStringLiteral("Local"), QStringLiteral("local"), &error);
    SpecRecord spec;
    spec.collectionId = collection;
    spec.title = QStringLiteral("a");
    spec.kind = SpecKind::PlainJson;
    spec.content = "{\"a\": 1}\n";
    const qint64 first = store.addSpec(spec, &error);
    spec.title = QStringLiteral("b");
    const qint64 second = store.addSpec(spec, &error);
    AppSettings settings(AppSettings::filePathForWorkspace(dir.path()));
    EditorTabs tabs(&store, &settings);
    SpecEditor* open = tabs.openSpec(first);
    QCOMPARE(open->tabWidth(), AppSettings::kDefaultTabWidth);
    QCOMPARE(open->editorFont().pointSize(), AppSettings::kDefaultFontPointSize);

    settings.setTabWidth(6);
    settings.setEditorFontPointSize(17);
    tabs.applyEditorSettings();
    QCOMPARE(open->tabWidth(), 6);
    QCOMPARE(open->editorFont().pointSize(), 17);
    // Scintilla itself draws with the new size.
    QCOMPARE(int(open->SendScintilla(QsciScintillaBase::SCI_STYLEGETSIZE, 0UL)), 17);

    SpecEditor* opened = tabs.openSpec(second);
    QCOMPARE(opened->tabWidth(), 6);
    QCOMPARE(opened->editorFont().pointSize(), 17);
}

QTEST_MAIN(TestTheme)
#include "TestTheme.moc"
