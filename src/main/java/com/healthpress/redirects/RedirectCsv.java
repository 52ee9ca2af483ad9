package com.healthpress.redirects;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A file of redirects, one a line: {@code from,to,status} (status optional, 301 when left out; the target empty for
 * 410). A first line that names the columns is skipped; blank lines are left out; quoted fields may hold commas.
 * Files saved by spreadsheets with semicolons between the fields, or with a byte-order mark, are read too.
 */
public final class RedirectCsv {

    public static final int MAX_LINES = 10_000;
    /** What a header's first column may say. */
    private static final Set<String> HEADER_NAMES = Set.of("from", "source", "old", "old url", "old path",
            "from path", "redirect from", "url");

    /** A line of the file as written, by its number in the file (from 1). */
    public record Line(int number, String from, String to, String status) {
    }

    /** Why a line is refused; line 0 for the whole file. */
    public record Problem(int line, String reason) {
    }

    public record Parsed(List<Line> lines, List<Problem> problems) {
    }

    private RedirectCsv() {
    }

    public static Parsed parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiterOf(content))
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            long lineBefore = 0;
            boolean first = true;
            while (true) {
                int number = (int) lineBefore + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add(new Problem(number, "A quoted field is not closed: a \" opens it and no \" ends it."));
                    break;
                }
                lineBefore = parser.getCurrentLineNumber();
                if (isBlank(record)) {
                    continue;
                }
                if (first && isHeader(record)) {
                    first = false;
                    continue;
                }
                first = false;
                if (lines.size() + problems.size() >= MAX_LINES) {
                    problems.add(new Problem(0, "The file has more than " + String.format(Locale.ROOT, "%,d",
                            MAX_LINES) + " redirects: split it and import the parts one after the other."));
                    break;
                }
                int columns = lastFilledColumn(record) + 1;
                if (columns > 3) {
                    problems.add(new Problem(number, "This line has " + columns + " columns; a line has three at "
                            + "most: from,to,status."));
                    continue;
                }
                lines.add(new Line(number, column(record, 0), column(record, 1), column(record, 2)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "The file has no redirects: write one a line, as in /old-page,/new-page,301."));
        }
        return new Parsed(lines, problems);
    }

    /** The redirects as a file this class reads back: a header, then one line each, in the order given. */
    public static String write(List<Redirect> redirects) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord("from", "to", "status");
            for (Redirect redirect : redirects) {
                printer.printRecord(redirect.from(), redirect.to() == null ? "" : redirect.to(),
                        redirect.status().code());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /** Semicolons when the first line has some and no comma, as spreadsheets in many languages save "CSV". */
    private static char delimiterOf(String content) {
        int end = content.indexOf('\n');
        String firstLine = end < 0 ? content : content.substring(0, end);
        return firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
    }

    private static boolean isBlank(CSVRecord record) {
        return lastFilledColumn(record) < 0;
    }

    private static boolean isHeader(CSVRecord record) {
        return HEADER_NAMES.contains(record.get(0).toLowerCase(Locale.ROOT));
    }

    private static int lastFilledColumn(CSVRecord record) {
        for (int i = record.size() - 1; i >= 0; i--) {
            if (!record.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static String column(CSVRecord record, int index) {
        return index < record.size() ? record.get(index) : "";
    }
}
