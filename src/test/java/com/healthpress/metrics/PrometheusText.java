package com.healthpress.metrics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of Prometheus's text exposition format (version 0.0.4), as a scraper reads it: HELP and TYPE
 * lines, then samples {@code name{label="value",...} value [timestamp]}. Anything it cannot read fails with the line
 * number and the reason, as does a sample whose family has no TYPE before it or a series given twice.
 */
final class PrometheusText {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Pattern TYPE_LINE = Pattern.compile("# TYPE (\\S+) (counter|gauge|histogram|summary|untyped)");
    private static final Pattern HELP_LINE = Pattern.compile("# HELP (\\S+)(?: (.*))?");

    /** One series: its metric name and labels (sorted by name). */
    record Series(String name, Map<String, String> labels) {
    }

    private final Map<String, String> types = new HashMap<>();
    private final Map<Series, Double> samples = new LinkedHashMap<>();

    static PrometheusText parse(String text) {
        PrometheusText parsed = new PrometheusText();
        String[] lines = text.split("\n", -1);
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("the exposition must end with a line feed");
        }
        for (int i = 0; i < lines.length - 1; i++) {
            try {
                parsed.read(lines[i]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage() + ": " + lines[i], e);
            }
        }
        return parsed;
    }

    private void read(String line) {
        if (line.isEmpty()) {
            return;
        }
        if (line.startsWith("#")) {
            Matcher type = TYPE_LINE.matcher(line);
            if (type.matches()) {
                requireName(type.group(1));
                if (types.put(type.group(1), type.group(2)) != null) {
                    throw new IllegalArgumentException("a second TYPE for " + type.group(1));
                }
            } else if (line.startsWith("# HELP") && !HELP_LINE.matcher(line).matches()) {
                throw new IllegalArgumentException("a HELP line without a metric name");
            }
            return;
        }
        readSample(line);
    }

    private void readSample(String line) {
        int at = 0;
        while (at < line.length() && line.charAt(at) != '{' && line.charAt(at) != ' ') {
            at++;
        }
        String name = requireName(line.substring(0, at));
        Map<String, String> labels = new TreeMap<>();
        if (at < line.length() && line.charAt(at) == '{') {
            at = readLabels(line, at + 1, labels);
        }
        if (at >= line.length() || line.charAt(at) != ' ') {
            throw new IllegalArgumentException("no value after the series");
        }
        String[] valueAndTime = line.substring(at + 1).split(" ");
        if (valueAndTime.length > 2) {
            throw new IllegalArgumentException("more than a value and a timestamp");
        }
        if (valueAndTime.length == 2) {
            Long.parseLong(valueAndTime[1]);
        }
        double value = parseValue(valueAndTime[0]);
        if (familyType(name) == null) {
            throw new IllegalArgumentException("no TYPE line for " + name);
        }
        if (samples.put(new Series(name, labels), value) != null) {
            throw new IllegalArgumentException("the series " + name + labels + " twice");
        }
    }

    /** Reads label="value" pairs up to the closing brace; returns the index after it. */
    private static int readLabels(String line, int at, Map<String, String> labels) {
        while (true) {
            if (at < line.length() && line.charAt(at) == '}') {
                return at + 1;
            }
            int equals = line.indexOf('=', at);
            if (equals < 0) {
                throw new IllegalArgumentException("a label without =");
            }
            String labelName = line.substring(at, equals);
            if (!LABEL_NAME.matcher(labelName).matches()) {
                throw new IllegalArgumentException("a bad label name \"" + labelName + "\"");
            }
            if (equals + 1 >= line.length() || line.charAt(equals + 1) != '"') {
                throw new IllegalArgumentException("label " + labelName + "'s value is not quoted");
            }
            StringBuilder value = new StringBuilder();
            int i = equals + 2;
            for (; i < line.length() && line.charAt(i) != '"'; i++) {
                char c = line.charAt(i);
                if (c == '\\') {
                    char escaped = line.charAt(++i);
                    switch (escaped) {
                        case '\\' -> value.append('\\');
                        case '"' -> value.append('"');
                        case 'n' -> value.append('\n');
                        default -> throw new IllegalArgumentException("a bad escape \\" + escaped);
                    }
                } else {
                    value.append(c);
                }
            }
            if (i >= line.length()) {
                throw new IllegalArgumentException("label " + labelName + "'s value is not closed");
            }
            if (labels.put(labelName, value.toString()) != null) {
                throw new IllegalArgumentException("label " + labelName + " twice");
            }
            at = i + 1;
            if (at < line.length() && line.charAt(at) == ',') {
                at++;
            } else if (at >= line.length() || line.charAt(at) != '}') {
                throw new IllegalArgumentException("labels not closed by }");
            }
        }
    }

    private static double parseValue(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    private static String requireName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a bad metric name \"" + name + "\"");
        }
        return name;
    }

    /** The TYPE of the family a sample's name belongs to (histograms' _bucket, _sum and _count included). */
    String familyType(String sampleName) {
        if (types.containsKey(sampleName)) {
            return types.get(sampleName);
        }
        for (String suffix : new String[] {"_bucket", "_sum", "_count", "_total", "_created"}) {
            if (sampleName.endsWith(suffix)) {
                String family = sampleName.substring(0, sampleName.length() - suffix.length());
                if (types.containsKey(family)) {
                    return types.get(family);
                }
            }
        }
        return null;
    }

    Map<Series, Double> samples() {
        return samples;
    }

    /** The one sample of this name whose labels include these; fails when none or several match. */
    double value(String name, Map<String, String> labels) {
        Double found = null;
        for (Map.Entry<Series, Double> sample : samples.entrySet()) {
            if (sample.getKey().name().equals(name) && sample.getKey().labels().entrySet().containsAll(labels.entrySet())) {
                if (found != null) {
                    throw new AssertionError("several series of " + name + " with " + labels);
                }
                found = sample.getValue();
            }
        }
        if (found == null) {
            throw new AssertionError("no series of " + name + " with " + labels);
        }
        return found;
    }

    /** The sum over every series of this name whose labels include these; 0 when none. */
    double sum(String name, Map<String, String> labels) {
        return samples.entrySet().stream()
                .filter(s -> s.getKey().name().equals(name) && s.getKey().labels().entrySet().containsAll(labels.entrySet()))
                .mapToDouble(Map.Entry::getValue).sum();
    }
}
