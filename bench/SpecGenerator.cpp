#include "SpecGenerator.h"

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

} // namespace SpecGenerator
