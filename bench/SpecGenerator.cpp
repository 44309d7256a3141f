#include "SpecGenerator.h"

#include <QStringList>

#include <random>

namespace {

template <size_t N>
QString pick(std::mt19937& random, const char* const (&words)[N])
{
    return QString::fromUtf8(words[random() % N]);
}

int between(std::mt19937& random, int low, int high)
{
    return low + int(random() % unsigned(high - low + 1));
}

const char* const kTopics[] = {"Customer support chats",
                               "SaaS billing conversations",
                               "Insurance claim calls",
                               "Retail returns emails",
                               "Banking fraud alerts",
                               "Telecom churn interviews",
                               "Healthcare intake forms",
                               "Travel booking chats",
                               "HR onboarding questions",
                               "Logistics delay notices",
                               "Mortgage pre-approval chats",
                               "Utility outage reports"};
const char* const kRegions[] = {"EMEA", "NA", "APAC", "LATAM", "DACH", "Nordics"};
const char* const kVariants[] = {"v1", "v2", "v3", "pilot", "holdout", "eval set", "red team", "baseline"};
const char* const kAssistants[] = {"Claims triage assistant",
                                   "Policy wording explainer",
                                   "Fraud signal summarizer",
                                   "Underwriting checklist bot",
                                   "Support ticket router",
                                   "Contract clause finder",
                                   "Onboarding FAQ agent",
                                   "Invoice dispute helper",
                                   "Release notes writer",
                                   "Sales call summarizer"};
const char* const kTeams[] = {"claims", "support", "risk", "legal", "finance", "growth", "ops"};
const char* const kSources[] = {"SFTP",
                                "S3",
                                "AzureBlob",
                                "GoogleCloudStorage",
                                "Salesforce",
                                "Kafka",
                                "HTTPStreaming",
                                "Snowflake",
                                "Zendesk",
                                "Marketo"};
const char* const kDatasets[]
    = {"Orders", "Profiles", "WebEvents", "Consents", "Loyalty", "Returns", "Leads", "Tickets"};
const char* const kValues[] = {"positive",
                               "neutral",
                               "negative",
                               "mixed",
                               "urgent",
                               "routine",
                               "escalated",
                               "resolved",
                               "new_customer",
                               "returning",
                               "vip",
                               "churn_risk"};
const char* const kProperties[] = {"sentiment",
                                   "issue_category",
                                   "channel",
                                   "customer_tier",
                                   "resolution",
                                   "language",
                                   "product_line",
                                   "urgency",
                                   "agent_tone",
                                   "region"};

QByteArray dataFramerSpecYaml(std::mt19937& random, const QString& description)
{
    QByteArray text("spec:\n  description: \"");
    text.append(description.toUtf8()).append("\"\n  requirements: |\n");
    for (int line = between(random, 2, 10); line > 0; --line) {
        text.append("    - Alternate customer and agent turns, ").append(QByteArray::number(between(random, 4, 30)));
        text.append(" turns per conversation, and keep the agent professional\n");
    }
    text.append("  data_property_variations:\n");
    const int properties = between(random, 2, 12);
    for (int p = 0; p < properties; ++p) {
        const int values = between(random, 3, 8);
        text.append("    - property_name: ").append(kProperties[p % 10]);
        text.append(p >= 10 ? QByteArray("_") + QByteArray::number(p) : QByteArray()).append('\n');
        text.append("      property_values:\n");
        for (int v = 0; v < values; ++v) {
            text.append("        - ").append(kValues[(p + v) % 12]).append('\n');
        }
        text.append("      base_distributions:\n");
        for (int v = 0; v < values; ++v) {
            const int share = 100 / values + (v < 100 % values ? 1 : 0);
            text.append("        ").append(kValues[(p + v) % 12]).append(": ").append(QByteArray::number(share));
            text.append('\n');
        }
    }
    return text;
}

QByteArray scaleGpSpecJson(std::mt19937& random, const QString& id, const QString& name, bool archived)
{
    QByteArray description;
    for (int sentence = between(random, 1, 8); sentence > 0; --sentence) {
        description.append("Answers questions over the team handbook and cites the section it used. ");
    }
    QByteArray text("{\n  \"id\": \"");
    text.append(id.toUtf8()).append("\",\n  \"account_id\": \"acc_bench\",\n  \"name\": \"");
    text.append(name.toUtf8()).append("\",\n  \"description\": \"").append(description.trimmed());
    text.append("\",\n  \"theme_id\": \"thm_01hx9k\",\n  \"run_online_evaluation\": ");
    text.append(random() % 2 ? "true" : "false");
    text.append(",\n  \"created_at\": \"2025-03-04T10:12:33Z\",\n  \"created_by_user_id\": \"usr_7a1b\",\n"
                "  \"created_by_identity_type\": \"user\",\n  \"archived_at\": ");
    text.append(archived ? "\"2025-06-01T08:00:00Z\"" : "null").append("\n}\n");
    return text;
}

QByteArray adobeFlowSpecJson(std::mt19937& random, const QString& id, const QString& name)
{
    QByteArray text("{\n  \"id\": \"");
    text.append(id.toUtf8()).append("\",\n  \"name\": \"").append(name.toUtf8());
    text.append("\",\n  \"providerId\": \"521eee4d-8cbe-4906-bb48-fb6bd4450033\",\n  \"version\": \"1.0\",\n"
                "  \"attributes\": {\n    \"isSourceFlow\": true,\n    \"frequency\": \"batch\"\n  },\n"
                "  \"sourceConnectionSpecIds\": [\n    \"bc7b00d6-623a-4dfc-9fdb-f1240aeadaeb\"\n  ],\n"
                "  \"targetConnectionSpecIds\": [\n    \"c604ff05-7f1a-43c0-8e18-33bf874cb11c\"\n  ],\n"
                "  \"optionSpec\": {\n    \"name\": \"OptionSpec\",\n    \"spec\": {\n"
                "      \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n      \"type\": \"object\",\n"
                "      \"properties\": {\n");
    const int properties = between(random, 6, 60);
    for (int p = 0; p < properties; ++p) {
        text.append(p ? ",\n" : "").append("        \"field").append(QByteArray::number(p));
        text.append("\": {\n          \"type\": \"string\",\n          \"description\": \"A column the flow maps "
                    "into the target dataset\"\n        }");
    }
    text.append("\n      }\n    }\n  },\n  \"transformationSpecs\": []\n}\n");
    return text;
}

} // namespace

namespace SpecGenerator {

QByteArray dataFramerYaml(qint64 targetBytes)
{
    QByteArray text("# Generated for benchmarks\nspec:\n  description: \"Synthetic conversations\"\n"
                    "  requirements: |\n    Alternate customer and agent turns.\n    Stay professional.\n"
                    "  data_property_variations:\n");
    for (int p = 0; text.size() < targetBytes; ++p) {
        const QByteArray number = QByteArray::number(p);
        text.append("    - property_name: property_").append(number).append("  # axis ").append(number).append('\n');
        if (p % 2 == 0) {
            text.append("      property_values: [alpha, beta, gamma, delta]\n"
                        "      base_distributions: {alpha: 40, beta: 30, gamma: 20, delta: 10}\n");
        } else {
            text.append("      property_values:\n");
            for (int v = 0; v < 5; ++v) {
                text.append("        - value_").append(QByteArray::number(v)).append('\n');
            }
            text.append("      base_distributions:\n");
            for (int v = 0; v < 5; ++v) {
                text.append("        value_").append(QByteArray::number(v)).append(": 20\n");
            }
        }
    }
    return text;
}

QByteArray dataFramerYamlNested(qint64 targetBytes)
{
    // About half the bytes in the spec, the rest in the metadata tree after it. The spec comes
    // first as in the app's own files: the kind is guessed from the first top-level key.
    QByteArray metadata("metadata:\n  provenance:\n");
    for (int branch = 0; metadata.size() < targetBytes / 2 - 100; ++branch) {
        const QByteArray number = QByteArray::number(branch);
        QByteArray indent("    ");
        metadata.append(indent).append("source_batch_").append(number).append(":\n");
        for (int depth = 0; depth < 8; ++depth) {
            indent.append("  ");
            metadata.append(indent).append("reviewed_by: \"analyst ").append(number);
            metadata.append(" of the \\\"holdout\\\" team, who checked the sample against last quarter's "
                            "tickets and noted: tone drifts formal after turn 12\"\n");
            metadata.append(indent).append("sample_ids: [").append(number).append("01, ").append(number);
            metadata.append("02, ").append(number).append("03]\n");
            metadata.append(indent).append("level_").append(QByteArray::number(depth)).append(":\n");
        }
        indent.append("  ");
        metadata.append(indent).append("note: 'end of the chain, ''quoted'' on purpose'\n");
    }
    QByteArray text("# A second generated shape: deep metadata, long strings\n");
    text.append("spec:\n  description: >-\n");
    for (int line = 0; line < 40; ++line) {
        text.append("    Conversations between a travel agency's support staff and travellers whose plans "
                    "changed, folded into one long paragraph.\n");
    }
    text.append("  requirements: >\n    Keep every answer under 120 words.\n  data_property_variations:\n");
    for (int p = 0; text.size() + metadata.size() < targetBytes; ++p) {
        const QByteArray number = QByteArray::number(p);
        text.append("  - property_name: \"traveller concern ").append(number).append("\"\n");
        text.append("    property_values:\n");
        for (int v = 0; v < 7; ++v) {
            text.append("    - \"").append(kValues[(p + v) % 12]).append(" concern about leg ");
            text.append(QByteArray::number(v)).append(" of the journey\"\n");
        }
        text.append("    base_distributions:\n");
        for (int v = 0; v < 7; ++v) {
            // 15 + 15 + 14 × 5 = 100
            text.append("      \"").append(kValues[(p + v) % 12]).append(" concern about leg ");
            text.append(QByteArray::number(v)).append(" of the journey\": ").append(v < 2 ? "15" : "14").append('\n');
        }
    }
    return text.append(metadata);
}

QByteArray distributionYaml(int properties, int values, qint64 targetBytes)
{
    const QByteArray note = "  # a value analysts asked for; keep its share in line with last quarter's sample mix";
    QByteArray body;
    for (int p = 0; p < properties; ++p) {
        const QByteArray number = QByteArray::number(p);
        body.append("    - property_name: property_").append(number).append('\n');
        body.append("      property_values:\n");
        for (int v = 0; v < values; ++v) {
            body.append("        - value_").append(QByteArray::number(v)).append(note).append('\n');
        }
        body.append("      base_distributions:\n");
        // Integer shares that sum to exactly 100: the remainder goes to the first values.
        for (int v = 0; v < values; ++v) {
            const int share = 100 / values + (v < 100 % values ? 1 : 0);
            body.append("        value_").append(QByteArray::number(v)).append(": ").append(QByteArray::number(share));
            body.append('\n');
        }
    }
    QByteArray text(
        "# Generated for benchmarks\nspec:\n  description: \"Synthetic conversations\"\n  requirements: |\n");
    while (text.size() + body.size() + 40 < targetBytes) {
        text.append("    Alternate customer and agent turns, stay professional, and vary the phrasing.\n");
    }
    text.append("  data_property_variations:\n").append(body);
    return text;
}

QByteArray adobeJson(qint64 targetBytes)
{
    QByteArray text("{\n  \"id\": \"6499120c-0b15-42dc-936e-847ea3c24d72\",\n  \"name\": \"Generated\",\n"
                    "  \"providerId\": \"0ed90a81-07f4-4586-8190-b40eccef1c5a\",\n  \"version\": \"1.0\",\n"
                    "  \"sourceConnectionSpecIds\": [\"4e98f16f-87d6-4ef0-bdc6-7a2b0fe76e62\"],\n"
                    "  \"targetConnectionSpecIds\": [\"c604ff05-7f1a-43c0-8e18-33bf874cb11c\"],\n"
                    "  \"optionSpec\": {\"name\": \"OptionSpec\", \"spec\": {\n"
                    "    \"$schema\": \"http://json-schema.org/draft-07/schema#\", \"type\": \"object\",\n"
                    "    \"properties\": {\n");
    for (int p = 0; text.size() < targetBytes; ++p) {
        const QByteArray number = QByteArray::number(p);
        text.append(p ? ",\n" : "")
            .append("      \"field")
            .append(number)
            .append("\": {\"title\": \"Field number ")
            .append(number)
            .append("\", \"description\": \"A generated property with a longer description text.\", "
                    "\"type\": \"number\", \"minimum\": 0, \"default\": 1.5}");
    }
    text.append("\n    }\n  }}\n}\n");
    return text;
}

RemoteSpec remoteSpec(ApiKind api, int connection, int index)
{
    std::mt19937 random(unsigned(int(api) * 1000003 + connection * 7919 + index));
    const QString number = QStringLiteral("%1").arg(index, 4, 10, QLatin1Char('0'));
    RemoteSpec spec;
    spec.hasContent = true;
    switch (api) {
    case ApiKind::DataFramer:
        spec.id = QStringLiteral("df-%1-%2").arg(connection).arg(number);
        spec.name = QStringLiteral("%1, %2, %3 %4")
                        .arg(pick(random, kTopics), pick(random, kRegions), pick(random, kVariants), number);
        spec.content = dataFramerSpecYaml(random, spec.name);
        if (index % 97 == 5) {
            spec.status = RemoteStatus::Processing;
        } else if (index % 89 == 7) {
            spec.status = RemoteStatus::Failed;
            spec.statusDetail = QStringLiteral("Generation failed: the seed dataset has no usable rows");
        }
        break;
    case ApiKind::ScaleGp:
        spec.id
            = QStringLiteral("7f3e%1-%2-4b6a-9e80-2c4d6f8a0b13").arg(connection, 4, 10, QLatin1Char('0')).arg(number);
        spec.name = QStringLiteral("%1 (%2) %3").arg(pick(random, kAssistants), pick(random, kTeams), number);
        if (index % 23 == 3) {
            spec.status = RemoteStatus::Archived;
            spec.statusDetail = QStringLiteral("Archived on 2025-06-01");
        }
        spec.content = scaleGpSpecJson(random, spec.id, spec.name, spec.status == RemoteStatus::Archived);
        break;
    case ApiKind::Adobe:
        spec.id
            = QStringLiteral("e77f%1-22a8-11ed-861d-0242ac12%2").arg(connection, 4, 10, QLatin1Char('0')).arg(number);
        spec.name = QStringLiteral("%1To%2_%3_%4")
                        .arg(pick(random, kSources), QStringLiteral("AEP"), pick(random, kDatasets), number);
        spec.content = adobeFlowSpecJson(random, spec.id, spec.name);
        spec.revision = QString::number(1661260938520LL + index);
        break;
    }
    return spec;
}

} // namespace SpecGenerator
