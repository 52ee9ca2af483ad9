package com.healthpress.importer;

import com.healthpress.article.FaqItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Finds the FAQ written out as question line / answer line pairs at the end of the article text, so that it
 * becomes the FAQ rather than body text, and checks it against the FAQ schema.
 *
 * <p>With a schema, the FAQ is the schema's; the text's FAQ is the trailing run of lines from which every line
 * is a schema question or its answer (an answer over several lines counts only when it equals the schema's),
 * together with an "FAQ" heading just before it, or everything after a last "FAQ" heading that reads as
 * questions and answers. Differences are warnings. Without a schema, the pairs after an explicit "FAQ" heading
 * are the FAQ.
 */
final class FaqText {

    private static final int MAX_ANSWER_LINES = 12;
    private static final Pattern FAQ_HEADING = Pattern.compile("(?i)(?:faqs?|frequently asked questions|"
            + "common questions|questions and answers|q ?& ?a)(?:\\s*\\(faqs?\\))?(?:\\s+(?:about|on|for|regarding)"
            + "\\b.{0,80})?\\s*[:?]?");
    private static final Pattern PREFIX = Pattern.compile("(?i)^(?:\\*\\*)?(?:q|question|a|answer)\\s*:(?:\\*\\*)?\\s*");
    private static final Pattern QUESTION_PREFIX = Pattern.compile("(?i)^(?:\\*\\*)?(?:q|question)\\s*:.*");
    private static final Pattern NUMBERING = Pattern.compile("^[0-9]{1,3}[.)]\\s+");

    /** Where the FAQ starts among the lines (their count when there is none), its items and what differed. */
    record Match(int start, List<FaqItem> items, List<ImportWarning> warnings) {
    }

    private record Pair(TextLine question, List<TextLine> answer) {
    }

    private final List<TextLine> lines;
    private final Map<String, FaqSchema.Question> schema = new LinkedHashMap<>();

    private FaqText(List<TextLine> lines, List<FaqSchema.Question> questions) {
        this.lines = lines;
        for (FaqSchema.Question question : questions) {
            schema.putIfAbsent(key(question.question()), question);
        }
    }

    /** {@code questions} is the FAQ schema's; empty when the document has none. The title line is never FAQ. */
    static Match match(List<TextLine> lines, List<FaqSchema.Question> questions) throws ImportException {
        return new FaqText(lines, questions).match(questions);
    }

    private Match match(List<FaqSchema.Question> questions) throws ImportException {
        int run = schema.isEmpty() ? lines.size() : trailingRun();
        int start = lines.size();
        List<Pair> pairs = List.of();
        if (run < lines.size() && run - 1 >= 1 && isFaqHeading(run - 1)) {
            start = run - 1;
            pairs = pairs(run, this::isSchemaQuestion).orElse(List.of());
        } else {
            int heading = lastFaqHeadingBefore(run);
            Optional<List<Pair>> afterHeading = heading < 0 ? Optional.empty()
                    : pairs(heading + 1, i -> isSchemaQuestion(i) || looksLikeQuestion(i));
            if (afterHeading.isPresent() && !afterHeading.get().isEmpty()) {
                start = heading;
                pairs = afterHeading.get();
            } else if (run < lines.size()) {
                start = run;
                pairs = pairs(run, this::isSchemaQuestion).orElse(List.of());
            }
        }
        List<ImportWarning> warnings = new ArrayList<>();
        List<FaqItem> items = schema.isEmpty() ? fromText(pairs, warnings) : checked(questions, pairs, warnings);
        return new Match(start, items, warnings);
    }

    /** The first line of the longest trailing run of schema questions, each followed by its answer. */
    private int trailingRun() {
        Set<String> used = new HashSet<>();
        int last = lines.size() - 1;
        while (last >= 1) {
            if (isSchemaQuestion(last)) {
                if (!used.add(key(lines.get(last).text()))) {
                    break;
                }
                last--;
                continue;
            }
            int question = last - 1;
            while (question >= 1 && !isSchemaQuestion(question) && last - question < MAX_ANSWER_LINES) {
                question--;
            }
            if (question < 1 || !isSchemaQuestion(question)) {
                break;
            }
            String questionKey = key(lines.get(question).text());
            boolean oneLine = last - question == 1;
            if (used.contains(questionKey) || !oneLine && !sameAnswer(lines.subList(question + 1, last + 1),
                    schema.get(questionKey).answer())) {
                break;
            }
            used.add(questionKey);
            last = question - 1;
        }
        return last + 1;
    }

    /**
     * The lines from {@code from} to the end as question/answer pairs; empty when they do not read as such.
     * An answer is one line, or several only when together they are the schema's answer: otherwise a section
     * after the FAQ would be swallowed by its last answer.
     */
    private Optional<List<Pair>> pairs(int from, IntPredicate isQuestion) {
        List<Pair> pairs = new ArrayList<>();
        int i = from;
        while (i < lines.size()) {
            if (!isQuestion.test(i)) {
                return Optional.empty();
            }
            int next = i + 1;
            while (next < lines.size() && !isQuestion.test(next)) {
                next++;
            }
            List<TextLine> answer = lines.subList(i + 1, next);
            if (answer.size() > 1 && !(isSchemaQuestion(i)
                    && sameAnswer(answer, schema.get(key(lines.get(i).text())).answer()))) {
                return Optional.empty();
            }
            pairs.add(new Pair(lines.get(i), answer));
            i = next;
        }
        return Optional.of(pairs);
    }

    private List<FaqItem> checked(List<FaqSchema.Question> questions, List<Pair> pairs,
                                  List<ImportWarning> warnings) {
        Set<String> written = new HashSet<>();
        for (Pair pair : pairs) {
            String question = plain(pair.question().text());
            FaqSchema.Question expected = schema.get(key(question));
            if (expected == null) {
                warnings.add(new ImportWarning(pair.question().number(), "the FAQ question " + Quoting.shortQuote(question)
                        + " is not in the FAQ schema; it is left out"));
            } else if (!written.add(key(question))) {
                warnings.add(new ImportWarning(pair.question().number(), "the FAQ question " + Quoting.shortQuote(question)
                        + " is written twice"));
            } else if (pair.answer().isEmpty()) {
                warnings.add(new ImportWarning(pair.question().number(), "the FAQ question " + Quoting.shortQuote(question)
                        + " has no answer in the article text"));
            } else if (!sameAnswer(pair.answer(), expected.answer())) {
                warnings.add(new ImportWarning(pair.answer().get(0).number(), "the answer to the FAQ question "
                        + Quoting.shortQuote(question) + " differs from the FAQ schema; the schema's answer is used"));
            }
        }
        List<FaqItem> items = new ArrayList<>();
        for (FaqSchema.Question question : questions) {
            if (!written.contains(key(question.question()))) {
                warnings.add(new ImportWarning(question.line(), "the FAQ question " + Quoting.shortQuote(question.question())
                        + " from the FAQ schema is not in the article text"));
            }
            items.add(new FaqItem(question.question(), question.answer()));
        }
        return items;
    }

    private static List<FaqItem> fromText(List<Pair> pairs, List<ImportWarning> warnings) throws ImportException {
        List<FaqItem> items = new ArrayList<>();
        for (Pair pair : pairs) {
            String question = plain(pair.question().text());
            if (pair.answer().isEmpty()) {
                warnings.add(new ImportWarning(pair.question().number(), "the FAQ question "
                        + Quoting.shortQuote(question) + " has no answer; it is left out"));
                continue;
            }
            String answer = answerText(pair.answer());
            if (question.length() > FaqSchema.QUESTION_MAX_LENGTH) {
                throw ImportException.atLine(pair.question().number(), "the FAQ question is longer than "
                        + FaqSchema.QUESTION_MAX_LENGTH + " characters");
            }
            if (answer.length() > FaqSchema.ANSWER_MAX_LENGTH) {
                throw ImportException.atLine(pair.answer().get(0).number(), "the FAQ answer is longer than "
                        + FaqSchema.ANSWER_MAX_LENGTH + " characters");
            }
            items.add(new FaqItem(question, answer));
        }
        return items;
    }

    private int lastFaqHeadingBefore(int end) {
        for (int i = end - 1; i >= 1; i--) {
            if (isFaqHeading(i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean isFaqHeading(int index) {
        return FAQ_HEADING.matcher(LineShapes.withoutMarkup(lines.get(index).text())).matches();
    }

    private boolean isSchemaQuestion(int index) {
        return schema.containsKey(key(lines.get(index).text()));
    }

    private boolean looksLikeQuestion(int index) {
        String line = lines.get(index).text();
        String text = plain(line);
        return LineShapes.markdownHeading(line).isPresent() || QUESTION_PREFIX.matcher(line).matches()
                || text.endsWith("?") && text.length() <= FaqSchema.QUESTION_MAX_LENGTH;
    }

    private static boolean sameAnswer(List<TextLine> answer, String expected) {
        return answerText(answer).equals(Characters.collapseSpaces(expected));
    }

    private static String answerText(List<TextLine> answer) {
        return Characters.collapseSpaces(String.join(" ", answer.stream().map(line -> plain(line.text())).toList()));
    }

    /** A question or answer line without Markdown heading marks, bold, "Q:"/"A:" labels or numbering. */
    private static String plain(String line) {
        String text = LineShapes.withoutMarkup(line);
        text = PREFIX.matcher(text).replaceFirst("");
        text = NUMBERING.matcher(text).replaceFirst("");
        return Characters.trim(text);
    }

    /** What two ways of writing one question share: case, quote styles and closing punctuation aside. */
    private static String key(String line) {
        String key = Characters.collapseSpaces(plain(line)).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
        return withoutTrailingPunctuation(key);
    }

    /** The text without the spaces, "?", ".", "!" and ":" it ends with. */
    private static String withoutTrailingPunctuation(String text) {
        // A loop: the expression [\s?.!:]+$ tried each run from each of its characters, n² steps.
        int end = text.length();
        while (end > 0 && " \t\n\u000B\f\r?.!:".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }
}
