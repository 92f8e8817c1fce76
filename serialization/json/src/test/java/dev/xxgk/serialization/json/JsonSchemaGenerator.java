package dev.xxgk.serialization.json;

import dev.xxgk.model.AnnualReport;
import dev.xxgk.model.Edition;
import dev.xxgk.model.MoneyUnit;
import dev.xxgk.serialization.json.internal.JsonShape;
import dev.xxgk.serialization.json.internal.JsonShape.Node;
import dev.xxgk.model.TemplateDeviation;
import dev.xxgk.template.Cell;
import dev.xxgk.template.Column;
import dev.xxgk.template.Row;
import dev.xxgk.template.Section;
import dev.xxgk.template.Table;
import dev.xxgk.template.Template;
import java.util.List;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the JSON Schema of the format from the catalogue, through the same {@link JsonShape} the
 * reader and writer walk, so that the shipped schema cannot drift from them: a test compares the
 * shipped files with what this makes.
 */
final class JsonSchemaGenerator {

    static final String ID = "https://xxgk.dev/schema/xxgk-report.schema.json";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonSchemaGenerator() {
    }

    /** The schema as it is shipped: indented by two spaces, {@code \n} line ends, a final line end. */
    static String text() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        return MAPPER.writer().with(printer).writeValueAsString(schema()) + "\n";
    }

    static ObjectNode schema() {
        ObjectNode schema = MAPPER.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", ID);
        schema.put("title", "政府信息公开工作年度报告 — xxgk JSON format");
        schema.put("description", "One annual report on government information disclosure per document. Keys are the"
                + " codes of the template; every key of the report's edition is required, a blank cell is null; the"
                + " optional deviations hold the rows of the other edition a report prints."
                + " Readers of the xxgk SDK are stricter than this schema can say: they also reject duplicate keys,"
                + " counts written with a fraction or exponent (1.0, 1e3) and amounts written with an exponent.");
        schema.put("type", "object");
        schema.putArray("required").add("edition");
        ArrayNode editions = schema.putObject("properties").putObject("edition").putArray("enum");
        for (Edition edition : Edition.values()) {
            editions.add(edition.code());
        }
        schema.putObject("if").putObject("properties").putObject("edition").put("const", Edition.EDITION_2019.code());
        schema.putObject("then").put("$ref", "#/$defs/edition" + Edition.EDITION_2019.code());
        schema.putObject("else").put("$ref", "#/$defs/edition" + Edition.EDITION_2021.code());
        ObjectNode defs = schema.putObject("$defs");
        ObjectNode count = defs.putObject("count");
        count.put("description", "A count: an integer, or null for a blank cell (blank is not zero).");
        count.putArray("type").add("integer").add("null");
        count.put("minimum", Integer.MIN_VALUE);
        count.put("maximum", Integer.MAX_VALUE);
        ObjectNode money = defs.putObject("money");
        money.put("description", "An amount with the unit it is printed in, exact as written, or null for a blank.");
        money.putArray("type").add("object").add("null");
        money.put("additionalProperties", false);
        money.putArray("required").add("amount").add("unit");
        ObjectNode moneyProperties = money.putObject("properties");
        moneyProperties.putObject("amount").put("type", "number");
        ArrayNode units = moneyProperties.putObject("unit").putArray("enum");
        for (MoneyUnit unit : MoneyUnit.values()) {
            units.add(unit.symbol());
        }
        ObjectNode wanYuan = defs.putObject("amountWanYuan");
        wanYuan.put("description", "An amount in 万元, exact as written, or null for a blank.");
        wanYuan.putArray("type").add("number").add("null");
        for (Edition edition : Edition.values()) {
            ObjectNode definition = object(JsonShape.of(edition), Template.of(edition));
            definition.put("title", edition.source() + " 《" + edition.title() + "》");
            defs.set("edition" + edition.code(), definition);
        }
        return schema;
    }

    private static ObjectNode object(Node node, Template template) {
        ObjectNode schema = MAPPER.createObjectNode();
        String title = title(node, template);
        if (!title.isEmpty()) {
            schema.put("title", title);
        }
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        ArrayNode required = schema.putArray("required");
        ObjectNode properties = schema.putObject("properties");
        for (Node child : node.children()) {
            required.add(child.name());
            properties.set(child.name(),
                    child.kind() == JsonShape.Kind.OBJECT ? object(child, template) : leaf(child, template.edition()));
        }
        if (node.pointer().isEmpty()) {
            properties.set(JsonShape.DEVIATIONS, deviations(template.edition()));
        }
        return schema;
    }

    /** The optional array of the rows of the other edition a report of an edition prints. */
    private static ObjectNode deviations(Edition edition) {
        ObjectNode schema = MAPPER.createObjectNode();
        schema.put("title", "与本版格式不符的行 (rows of the other edition printed instead of this edition's)");
        schema.put("description", "Absent when the report keeps to its template. Each row once, each a row of the"
                + " other edition that this edition's template does not have, with every one of its columns.");
        schema.put("type", "array");
        List<Row> rows = TemplateDeviation.rowsOutside(edition);
        schema.put("maxItems", rows.size());
        ArrayNode oneOf = schema.putObject("items").putArray("oneOf");
        for (Row row : rows) {
            Edition other = edition == Edition.EDITION_2019 ? Edition.EDITION_2021 : Edition.EDITION_2019;
            Table table = Template.of(other).tables().stream().filter(t -> t.rows().contains(row)).findFirst()
                    .orElseThrow();
            ObjectNode item = oneOf.addObject();
            item.put("title", row.fullLabel());
            item.put("type", "object");
            item.put("additionalProperties", false);
            item.putArray("required").add(JsonShape.DEVIATION_EDITION).add(JsonShape.DEVIATION_ROW)
                    .add(JsonShape.DEVIATION_CELLS);
            ObjectNode properties = item.putObject("properties");
            properties.putObject(JsonShape.DEVIATION_EDITION).put("const", other.code());
            properties.putObject(JsonShape.DEVIATION_ROW).put("const", row.code());
            ObjectNode cells = properties.putObject(JsonShape.DEVIATION_CELLS);
            cells.put("type", "object");
            cells.put("additionalProperties", false);
            ArrayNode required = cells.putArray("required");
            ObjectNode columns = cells.putObject("properties");
            for (Column column : table.columns()) {
                required.add(column.code());
                ObjectNode cell = columns.putObject(column.code());
                cell.put("title", table.cell(row, column).label());
                cell.put("$ref", "#/$defs/" + switch (JsonShape.kindOf(column.kind())) {
                    case MONEY -> "money";
                    case MONEY_WAN_YUAN -> "amountWanYuan";
                    default -> "count";
                });
            }
        }
        return schema;
    }

    /** The label of an object: its section's heading, its row's label, or its group's label. */
    private static String title(Node node, Template template) {
        String code = node.pointer().isEmpty() ? "" : node.pointer().substring(1).replace('/', '.');
        for (Section section : Section.values()) {
            if (section.code().equals(code)) {
                return section.heading();
            }
        }
        for (Cell cell : template.cells()) {
            Row row = cell.row();
            if (row.code().equals(code)) {
                return row.fullLabel();
            }
            if (row.code().startsWith(code + ".") && !row.groupLabels().isEmpty()) {
                return row.groupLabels().get(row.groupLabels().size() - 1);
            }
        }
        return "";
    }

    private static ObjectNode leaf(Node node, Edition edition) {
        ObjectNode schema = MAPPER.createObjectNode();
        switch (node.kind()) {
            case EDITION -> schema.put("const", edition.code());
            case AGENCY -> {
                schema.put("title", node.field().label());
                schema.put("type", "string");
                schema.put("pattern", "\\S");
            }
            case YEAR -> {
                schema.put("title", node.field().label());
                schema.put("type", "integer");
                schema.put("minimum", AnnualReport.MIN_YEAR);
                schema.put("maximum", AnnualReport.MAX_YEAR);
            }
            case PUBLISHED_ON -> {
                schema.put("title", node.field().label());
                schema.putArray("type").add("string").add("null");
                schema.put("format", "date");
                schema.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
            }
            case TEXT -> {
                schema.put("title", node.field().label());
                schema.put("type", "string");
            }
            case COUNT -> ref(schema, node.cell(), "count");
            case MONEY -> ref(schema, node.cell(), "money");
            case MONEY_WAN_YUAN -> ref(schema, node.cell(), "amountWanYuan");
            case OBJECT -> throw new IllegalArgumentException("not a leaf: " + node);
        }
        return schema;
    }

    private static void ref(ObjectNode schema, Cell cell, String definition) {
        schema.put("title", cell.label());
        schema.put("$ref", "#/$defs/" + definition);
    }
}
