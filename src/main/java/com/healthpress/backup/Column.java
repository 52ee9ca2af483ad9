package com.healthpress.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A column of an exported table and how its values cross between JDBC and JSON. The kinds are the ones the schema
 * uses on H2 and PostgreSQL alike; a column of any other type stops the export with its name, so that nothing is
 * silently left behind.
 */
record Column(String name, Kind kind, int jdbcType) {

    enum Kind {
        NUMBER("a whole number"),
        TEXT("a string"),
        BOOLEAN("true or false"),
        DATE("a date such as \"2026-03-01\""),
        INSTANT("a UTC timestamp such as \"2026-03-02T08:15:30.123456Z\""),
        BYTES("base64 bytes");

        final String expected;

        Kind(String expected) {
            this.expected = expected;
        }
    }

    /** The columns of a result set, in its order. */
    static List<Column> of(String table, ResultSetMetaData meta) throws SQLException {
        List<Column> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnName(i).toLowerCase(Locale.ROOT);
            int type = meta.getColumnType(i);
            columns.add(new Column(name, kindOf(table, name, type, meta.getColumnTypeName(i)), type));
        }
        return columns;
    }

    private static Kind kindOf(String table, String column, int jdbcType, String typeName) {
        return switch (jdbcType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.NUMBER;
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB,
                 Types.NVARCHAR, Types.NCHAR, Types.LONGNVARCHAR, Types.NCLOB -> Kind.TEXT;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN; // PostgreSQL reports its boolean as BIT
            case Types.DATE -> Kind.DATE;
            case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.INSTANT;
            // PostgreSQL reports TIMESTAMP WITH TIME ZONE as TIMESTAMP named timestamptz
            case Types.TIMESTAMP -> {
                if (typeName.equalsIgnoreCase("timestamptz")) {
                    yield Kind.INSTANT;
                }
                throw unsupported(table, column, typeName);
            }
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> Kind.BYTES;
            default -> throw unsupported(table, column, typeName);
        };
    }

    private static IllegalStateException unsupported(String table, String column, String typeName) {
        return new IllegalStateException("column " + table + "." + column + " has the type " + typeName
                + ", which the export format has no form for (see backup.Column)");
    }

    /** Writes the value at {@code index} of the current row as JSON. */
    void write(ResultSet row, int index, JsonGenerator json) throws SQLException, IOException {
        switch (kind) {
            case NUMBER -> {
                long value = row.getLong(index);
                if (row.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeNumber(value);
                }
            }
            case BOOLEAN -> {
                boolean value = row.getBoolean(index);
                if (row.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeBoolean(value);
                }
            }
            case TEXT -> writeStringOrNull(json, row.getString(index));
            case DATE -> {
                LocalDate value = row.getObject(index, LocalDate.class);
                writeStringOrNull(json, value == null ? null : value.toString());
            }
            case INSTANT -> {
                OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
                writeStringOrNull(json, value == null ? null : value.toInstant().toString());
            }
            case BYTES -> {
                byte[] value = row.getBytes(index);
                if (value == null) {
                    json.writeNull();
                } else {
                    json.writeBinary(value);
                }
            }
        }
    }

    private static void writeStringOrNull(JsonGenerator json, String value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }

    /**
     * Reads the value the parser stands on, as the Java value {@link #bind} takes (null for JSON null).
     *
     * @throws RestoreException when the value is not of this column's kind
     */
    Object read(JsonParser json, String where) throws IOException, RestoreException {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        try {
            switch (kind) {
                case NUMBER -> {
                    if (token == JsonToken.VALUE_NUMBER_INT
                            && json.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                        return json.getLongValue();
                    }
                }
                case BOOLEAN -> {
                    if (token.isBoolean()) {
                        return json.getBooleanValue();
                    }
                }
                case TEXT -> {
                    if (token == JsonToken.VALUE_STRING) {
                        return json.getText();
                    }
                }
                case DATE -> {
                    if (token == JsonToken.VALUE_STRING) {
                        return LocalDate.parse(json.getText());
                    }
                }
                case INSTANT -> {
                    if (token == JsonToken.VALUE_STRING) {
                        return Instant.parse(json.getText());
                    }
                }
                case BYTES -> {
                    if (token == JsonToken.VALUE_STRING) {
                        return json.getBinaryValue();
                    }
                }
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw RestoreException.at(json.currentTokenLocation(), where + " should be " + kind.expected + ", not "
                + shown(json));
    }

    private static String shown(JsonParser json) throws IOException {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            String text = json.getText();
            return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (token.isScalarValue()) {
            return json.getText();
        }
        if (token == JsonToken.START_OBJECT) {
            return "an object";
        }
        return token == JsonToken.START_ARRAY ? "an array" : token.asString();
    }

    /** Binds a value {@link #read} returned. */
    void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, jdbcType);
            return;
        }
        switch (kind) {
            case NUMBER -> statement.setLong(index, (Long) value);
            case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
            case TEXT -> statement.setString(index, (String) value);
            case DATE -> statement.setObject(index, value);
            case INSTANT -> statement.setObject(index, OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
            case BYTES -> statement.setBytes(index, (byte[]) value);
        }
    }
}
