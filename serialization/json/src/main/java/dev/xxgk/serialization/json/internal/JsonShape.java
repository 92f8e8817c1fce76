package dev.xxgk.serialization.json.internal;

import dev.xxgk.model.Edition;
import dev.xxgk.template.Cell;
import dev.xxgk.template.CellKind;
import dev.xxgk.template.ReportField;
import dev.xxgk.template.Section;
import dev.xxgk.template.Template;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The shape of a JSON report of one edition, derived from the catalogue: every code of
 * {@link ReportField} and every cell of the edition's {@link Template}, split at its dots into
 * nested keys. The order of the keys is the report's: the header fields, then the sections in
 * their order, each with its fields or its cells in the template's order.
 *
 * <p>One tree per edition, built once; immutable and thread-safe.
 */
public final class JsonShape {

    /** What a node of the tree holds. */
    public enum Kind {
        /** An object of further keys. */
        OBJECT,
        /** The edition code, a string. */
        EDITION,
        /** The agency, a non-blank string. */
        AGENCY,
        /** The report year, an integer. */
        YEAR,
        /** The publication date, an ISO date string or null. */
        PUBLISHED_ON,
        /** A text, a string. */
        TEXT,
        /** A count, an integer or null. */
        COUNT,
        /** An amount with its unit, {@code {"amount": …, "unit": …}} or null. */
        MONEY,
        /** An amount in 万元, a number or null. */
        MONEY_WAN_YUAN
    }

    /** A key of the document and what it holds. */
    public static final class Node {
        private final String name;
        private final SerializableString serializedName;
        private final String pointer;
        private final Kind kind;
        private final ReportField field;
        private final Cell cell;
        private final List<Node> children;
        private final Map<String, Node> byName;
        private final int position;

        Node(String name, String pointer, Kind kind, ReportField field, Cell cell, List<Node> children, int position) {
            this.name = name;
            this.serializedName = new SerializedString(name);
            this.pointer = pointer;
            this.kind = kind;
            this.field = field;
            this.cell = cell;
            this.children = List.copyOf(children);
            Map<String, Node> names = new HashMap<>();
            for (Node child : this.children) {
                names.put(child.name, child);
            }
            this.byName = names;
            this.position = position;
        }

        /** {@return the key, empty for the root} */
        public String name() {
            return name;
        }

        /** {@return the key, ready for a generator} */
        public SerializableString serializedName() {
            return serializedName;
        }

        /** {@return the JSON pointer of the key, e.g. {@code /applications/granted/total}} */
        public String pointer() {
            return pointer;
        }

        /** {@return what the key holds} */
        public Kind kind() {
            return kind;
        }

        /** {@return the field the key holds; only for the header and text kinds} */
        public ReportField field() {
            return Objects.requireNonNull(field, "field");
        }

        /** {@return the cell the key holds; only for the count and money kinds} */
        public Cell cell() {
            return Objects.requireNonNull(cell, "cell");
        }

        /** {@return the keys of an object, in order} */
        public List<Node> children() {
            return children;
        }

        /**
         * A key of this object.
         *
         * @param key the key
         * @return the node, or null if the object has no such key
         */
        public Node child(String key) {
            return byName.get(key);
        }

        /** {@return the position of the key in its object, from 0} */
        public int position() {
            return position;
        }

        @Override
        public String toString() {
            return pointer.isEmpty() ? "/" : pointer;
        }
    }

    /** The root's key of the rows of another edition the report prints (absent when there are none). */
    public static final String DEVIATIONS = "deviations";

    /** A deviation's key of the edition its row belongs to. */
    public static final String DEVIATION_EDITION = "edition";

    /** A deviation's key of its row's code in that edition. */
    public static final String DEVIATION_ROW = "row";

    /** A deviation's key of its figures by column code. */
    public static final String DEVIATION_CELLS = "cells";

    private static final Map<Edition, Node> ROOTS = new EnumMap<>(Edition.class);

    static {
        for (Edition edition : Edition.values()) {
            ROOTS.put(edition, build(Template.of(edition)));
        }
    }

    private JsonShape() {
    }

    /**
     * The tree of an edition.
     *
     * @param edition the edition
     * @return the root object
     */
    public static Node of(Edition edition) {
        return ROOTS.get(edition);
    }

    /** A leaf in the making: its code and what it holds. */
    private record Leaf(String code, Kind kind, ReportField field, Cell cell) {
    }

    /** An object in the making. */
    private static final class Draft {
        final Map<String, Object> entries = new LinkedHashMap<>();
    }

    private static Node build(Template template) {
        List<Leaf> leaves = new ArrayList<>();
        for (ReportField field : ReportField.values()) {
            if (field.section().isEmpty()) {
                leaves.add(new Leaf(field.code(), kindOf(field), field, null));
            }
        }
        for (Section section : Section.values()) {
            for (ReportField field : ReportField.values()) {
                if (field.section().orElse(null) == section) {
                    leaves.add(new Leaf(field.code(), kindOf(field), field, null));
                }
            }
            for (Cell cell : template.cells()) {
                if (cell.section() == section) {
                    leaves.add(new Leaf(cell.code(), kindOf(cell.kind()), null, cell));
                }
            }
        }
        Draft root = new Draft();
        for (Leaf leaf : leaves) {
            String[] keys = leaf.code().split("\\.");
            Draft draft = root;
            for (int i = 0; i < keys.length - 1; i++) {
                Object next = draft.entries.computeIfAbsent(keys[i], k -> new Draft());
                if (!(next instanceof Draft d)) {
                    throw new IllegalStateException(leaf.code() + " nests under a value");
                }
                draft = d;
            }
            if (draft.entries.put(keys[keys.length - 1], leaf) != null) {
                throw new IllegalStateException("duplicate code " + leaf.code());
            }
        }
        return freeze("", "", root, 0);
    }

    private static Node freeze(String name, String pointer, Draft draft, int position) {
        List<Node> children = new ArrayList<>();
        for (Map.Entry<String, Object> entry : draft.entries.entrySet()) {
            String childPointer = pointer + "/" + entry.getKey();
            if (entry.getValue() instanceof Draft d) {
                children.add(freeze(entry.getKey(), childPointer, d, children.size()));
            } else {
                Leaf leaf = (Leaf) entry.getValue();
                children.add(new Node(entry.getKey(), childPointer, leaf.kind(), leaf.field(), leaf.cell(), List.of(),
                        children.size()));
            }
        }
        if (children.size() > Long.SIZE) {
            throw new IllegalStateException(pointer + " has more than " + Long.SIZE + " keys");
        }
        return new Node(name, pointer, Kind.OBJECT, null, null, children, position);
    }

    private static Kind kindOf(ReportField field) {
        if (field.isText()) {
            return Kind.TEXT;
        }
        return switch (field) {
            case EDITION -> Kind.EDITION;
            case AGENCY -> Kind.AGENCY;
            case YEAR -> Kind.YEAR;
            case PUBLISHED_ON -> Kind.PUBLISHED_ON;
            default -> throw new IllegalStateException("no JSON kind for the header field " + field);
        };
    }

    /**
     * What a cell of a kind holds in JSON.
     *
     * @param kind the kind of the cell
     * @return {@link Kind#COUNT}, {@link Kind#MONEY} or {@link Kind#MONEY_WAN_YUAN}
     */
    public static Kind kindOf(CellKind kind) {
        return switch (kind) {
            case COUNT, SIGNED_COUNT -> Kind.COUNT;
            case MONEY -> Kind.MONEY;
            case MONEY_WAN_YUAN -> Kind.MONEY_WAN_YUAN;
        };
    }
}
