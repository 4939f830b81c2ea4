#include "capabilities/ReadinessCheck.h"
#include "desktop/AppearanceSettings.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// A translation is only used when the context lupdate filed it under is the one tr() asks for
// at run time. QObject classes are asked for as "sightline::Class"; other classes declare their
// context with Q_DECLARE_TR_FUNCTIONS(Class) or call QCoreApplication::translate("Class", …).
// Strings filed under a context nothing asks for would silently stay English.
class TestTranslationContexts : public QObject {
    Q_OBJECT

    QString m_sources; // all of core/, ui/ and app/, concatenated

    QSet<QString> contextsOf(const QString& tsFile) {
        QSet<QString> contexts;
        QFile file(tsFile);
        if (!file.open(QIODevice::ReadOnly))
            return contexts;
        QXmlStreamReader xml(&file);
        bool inContext = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"context")
                inContext = true;
            else if (xml.isStartElement() && xml.name() == u"name" && inContext) {
                contexts.insert(xml.readElementText());
                inContext = false;
            }
        }
        return contexts;
    }

private slots:
    void initTestCase() {
        for (const char* folder : {"core", "ui", "app"}) {
            QDirIterator it(QString(SIGHTLINE_SOURCE_DIR "/") + folder, {"*.h", "*.cpp"},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly))
                    m_sources += QString::fromUtf8(file.readAll());
            }
        }
        QVERIFY(m_sources.size() > 100000);
    }

    void everyContextIsAskedFor() {
        const QSet<QString> contexts =
            contextsOf(SIGHTLINE_SOURCE_DIR "/translations/sightline_de.ts");
        QVERIFY(contexts.size() > 50);
        QStringList orphans;
        for (const QString& context : contexts) {
            if (context == "QObject")
                continue;
            bool askedFor = false;
            if (context.startsWith("sightline::")) {
                // A QObject class: its declaration opens with Q_OBJECT.
                const QRegularExpression declaration("class " +
                                                     QRegularExpression::escape(context.mid(11)) +
                                                     "\\b[^{;]*\\{\\s*Q_OBJECT\\b");
                askedFor = declaration.match(m_sources).hasMatch();
            } else {
                const QString quoted = QRegularExpression::escape("\"" + context + "\"");
                const QRegularExpression asked("(translate|QT_TRANSLATE_NOOP)\\(\\s*" + quoted +
                                               "|Q_DECLARE_TR_FUNCTIONS\\(" +
                                               QRegularExpression::escape(context) + "\\)");
                askedFor = asked.match(m_sources).hasMatch();
            }
            if (!askedFor)
                orphans << context;
        }
        QVERIFY2(orphans.isEmpty(),
                 qPrintable("Contexts no tr() asks for at run time: " + orphans.join(", ")));
    }

    // And at run time, a class that is not a QObject really gets its German and French.
    void aNonQObjectClassIsTranslated_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German") << "de"
                                << "Patient lesen";
        QTest::newRow("French") << "fr"
                                << "Lire Patient";
    }

    void aNonQObjectClassIsTranslated() {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(SIGHTLINE_TRANSLATIONS_DIR "/sightline_" + language + ".qm"));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(sightline::ReadinessCheck::tr("Read Patient"), expected);
        QCoreApplication::removeTranslator(&translator);
    }

    // Every language Preferences offers has its translation built.
    void everyOfferedLanguageIsBuilt() {
        for (const QString& language : sightline::AppearanceSettings::availableLanguages()) {
            if (language != "en")
                QVERIFY2(QFile::exists(SIGHTLINE_TRANSLATIONS_DIR "/sightline_" + language + ".qm"),
                         qPrintable(language));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslationContexts)
#include "TestTranslationContexts.moc"
