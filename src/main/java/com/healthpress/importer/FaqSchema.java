package com.healthpress.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the questions of a schema.org FAQPage: each {@code mainEntity} Question's name and accepted answer. */
final class FaqSchema {

    static final int QUESTION_MAX_LENGTH = 1_000;
    static final int ANSWER_MAX_LENGTH = 20_000;

    /** A question of the FAQ schema with its answer and the line its name stands on. */
    record Question(String question, String answer, int line) {
    }

    private FaqSchema() {
    }

    /** Whether the FAQPage has at least one question, so that it may stand for the document's FAQ. */
    static boolean hasQuestions(SourcedJson faqPage) {
        return faqPage.isObject() && !faqPage.get("mainEntity").items().isEmpty();
    }

    /** The questions in order; unusable entries are left out with a warning. */
    static List<Question> read(SourcedJson faqPage, List<ImportWarning> warnings) throws ImportException {
        List<Question> questions = new ArrayList<>();
        for (SourcedJson entry : faqPage.get("mainEntity").items()) {
            if (!entry.isObject()) {
                warnings.add(new ImportWarning(entry.line(), "an FAQ schema entry is not a Question object; "
                        + "it is left out"));
                continue;
            }
            SourcedJson name = entry.get("name");
            Optional<String> question = name.text();
            Optional<String> answer = answerText(entry);
            if (question.isEmpty()) {
                warnings.add(new ImportWarning(entry.line(), "an FAQ schema question has no \"name\"; it is left out"));
            } else if (answer.isEmpty()) {
                warnings.add(new ImportWarning(name.line(), "the FAQ schema question " + Quoting.shortQuote(question.get())
                        + " has no answer text; it is left out"));
            } else if (question.get().length() > QUESTION_MAX_LENGTH) {
                throw name.error("the FAQ question is longer than " + QUESTION_MAX_LENGTH + " characters");
            } else if (answer.get().length() > ANSWER_MAX_LENGTH) {
                throw entry.get("acceptedAnswer").error("the FAQ answer is longer than " + ANSWER_MAX_LENGTH
                        + " characters");
            } else {
                questions.add(new Question(question.get(), answer.get(), name.line()));
            }
        }
        return questions;
    }

    private static Optional<String> answerText(SourcedJson question) throws ImportException {
        for (SourcedJson answer : question.get("acceptedAnswer").items()) {
            Optional<String> text = answer.isObject() ? answer.get("text").text() : answer.text();
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }
}
