package com.healthpress.generate;

import com.healthpress.article.Article;
import com.healthpress.article.ArticleStatus;
import com.healthpress.article.Author;
import com.healthpress.article.FaqItem;
import com.healthpress.article.MedicalReview;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes believable health articles from the {@link Vocabulary}: a title about one subject of a topic, a lead, four to
 * seven sections of several paragraphs (some with a list), three to five FAQ items, an author and, for most, a
 * medical reviewer. The same seed gives the same articles. Slugs are left for the writer to number.
 */
final class SyntheticArticles {

    private final Random random;

    SyntheticArticles(long seed) {
        this.random = new Random(seed);
    }

    /** A published article that appeared at {@code publishedAt}, created a little before and perhaps edited since. */
    Article next(Instant publishedAt, Instant now) {
        Vocabulary.Topic topic = pick(Vocabulary.TOPICS);
        String subject = pick(topic.subjects());
        String title = fill(pick(Vocabulary.TITLES), subject);
        String lead = fill(pick(Vocabulary.LEAD_OPENERS), subject) + " " + fill(pick(Vocabulary.LEAD_CLOSERS), subject);
        MedicalReview review = review(publishedAt, now);
        return Article.builder()
                .title(title)
                .metaTitle(title)
                .metaDescription(shorten(lead, 155))
                .focusKeyword(subject)
                .lead(lead)
                .body(body(subject))
                .author(random.nextInt(10) == 0 ? Author.organization("Editorial team") : Author.person(pick(Vocabulary.AUTHORS)))
                .review(review)
                .nextReviewDue(review != null && random.nextBoolean() ? review.lastReviewed().plusYears(1) : null)
                .topic(topic.name())
                .status(ArticleStatus.PUBLISHED)
                .publishedAt(publishedAt)
                .createdAt(publishedAt.minus(Duration.ofMinutes(30 + random.nextInt(72 * 60))))
                .updatedAt(updatedAt(publishedAt, now))
                .version(1)
                .faq(faq(subject))
                .build();
    }

    private String body(String subject) {
        List<String> headings = Vocabulary.HEADINGS;
        int sections = 4 + random.nextInt(4);
        boolean[] chosen = new boolean[headings.size()];
        for (int picked = 0; picked < sections; ) {
            int index = random.nextInt(headings.size());
            if (!chosen[index]) {
                chosen[index] = true;
                picked++;
            }
        }
        StringBuilder body = new StringBuilder(4096);
        for (int i = 0; i < headings.size(); i++) {
            if (!chosen[i]) {
                continue;
            }
            body.append("## ").append(fill(headings.get(i), subject)).append("\n\n");
            int paragraphs = 2 + random.nextInt(2);
            for (int p = 0; p < paragraphs; p++) {
                body.append(sentences(subject, 2 + random.nextInt(3))).append("\n\n");
                if (p == 0 && random.nextInt(4) == 0) {
                    list(body);
                }
            }
        }
        return body.toString().strip();
    }

    private void list(StringBuilder body) {
        int items = 3 + random.nextInt(2);
        List<String> habits = new ArrayList<>(Vocabulary.HABITS);
        for (int i = 0; i < items; i++) {
            body.append("- ").append(capitalised(habits.remove(random.nextInt(habits.size())))).append('\n');
        }
        body.append('\n');
    }

    private List<FaqItem> faq(String subject) {
        List<String> questions = new ArrayList<>(Vocabulary.QUESTIONS);
        int count = 3 + random.nextInt(3);
        List<FaqItem> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String question = fill(questions.remove(random.nextInt(questions.size())), subject);
            items.add(new FaqItem(question, sentences(subject, 2 + random.nextInt(2))));
        }
        return items;
    }

    private String sentences(String subject, int count) {
        StringBuilder text = new StringBuilder(count * 90);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(fill(pick(Vocabulary.SENTENCES), subject));
        }
        return text.toString();
    }

    /** Two in three articles are reviewed, on a day between publication and today. */
    private MedicalReview review(Instant publishedAt, Instant now) {
        if (random.nextInt(3) == 0) {
            return null;
        }
        List<String> reviewer = pick(Vocabulary.REVIEWERS);
        LocalDate published = LocalDate.ofInstant(publishedAt, ZoneOffset.UTC);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate reviewed = published.plusDays(random.nextInt(365));
        return new MedicalReview(reviewer.get(0), reviewer.get(1), reviewed.isAfter(today) ? today : reviewed);
    }

    /** Most articles were last changed when they appeared; about a third were edited later. */
    private Instant updatedAt(Instant publishedAt, Instant now) {
        long since = Duration.between(publishedAt, now).getSeconds();
        if (since <= 1 || random.nextInt(3) != 0) {
            return publishedAt;
        }
        return publishedAt.plusSeconds(1 + (long) (random.nextDouble() * (since - 1)));
    }

    /** Fills {s}, {S}, {n}, {habit}, {Habit}, {pro}, {Pro}, {trigger} and {redflag}. */
    private String fill(String template, String subject) {
        StringBuilder out = new StringBuilder(template.length() + 40);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                out.append(template, at, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, at, open);
            out.append(value(template.substring(open + 1, close), subject));
            at = close + 1;
        }
        return out.toString();
    }

    private String value(String name, String subject) {
        return switch (name) {
            case "s" -> subject;
            case "S" -> capitalised(subject);
            case "n" -> Integer.toString(3 + random.nextInt(7));
            case "habit" -> pick(Vocabulary.HABITS);
            case "Habit" -> capitalised(pick(Vocabulary.HABITS));
            case "pro" -> pick(Vocabulary.PROFESSIONALS);
            case "Pro" -> capitalised(pick(Vocabulary.PROFESSIONALS));
            case "trigger" -> pick(Vocabulary.TRIGGERS);
            case "redflag" -> pick(Vocabulary.RED_FLAGS);
            default -> throw new IllegalArgumentException("unknown placeholder {" + name + "}");
        };
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The text cut at a word boundary to at most {@code max} characters, with an ellipsis when cut. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > 0 ? cut : max - 1) + "…";
    }
}
