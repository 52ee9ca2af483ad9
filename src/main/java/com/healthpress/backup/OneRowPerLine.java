package com.healthpress.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;

/**
 * Lays an export out with each header field and each row on a line of its own, the rows themselves compact: small,
 * and easy to read, grep and compare, and an error's line number points at one row.
 */
final class OneRowPerLine extends MinimalPrettyPrinter {

    @Override
    public void writeStartObject(JsonGenerator json) throws IOException {
        super.writeStartObject(json);
        if (isDocument(json)) {
            json.writeRaw('\n');
        }
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator json) throws IOException {
        super.writeObjectEntrySeparator(json);
        if (isDocument(json)) {
            json.writeRaw('\n');
        }
    }

    @Override
    public void writeEndObject(JsonGenerator json, int entries) throws IOException {
        if (isDocument(json)) {
            json.writeRaw('\n');
        }
        super.writeEndObject(json, entries);
    }

    @Override
    public void beforeArrayValues(JsonGenerator json) throws IOException {
        json.writeRaw('\n');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
        super.writeArrayValueSeparator(json);
        json.writeRaw('\n');
    }

    @Override
    public void writeEndArray(JsonGenerator json, int values) throws IOException {
        if (values > 0) {
            json.writeRaw('\n');
        }
        super.writeEndArray(json, values);
    }

    /** Whether the object being written is the document itself rather than a row. */
    private static boolean isDocument(JsonGenerator json) {
        return json.getOutputContext().getParent().inRoot();
    }
}
