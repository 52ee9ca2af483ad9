package com.healthpress.links;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * The admin's link report, read from the link index: orphans (public articles no other public article links to),
 * broken links (to no article, or to a draft, a scheduled or a trashed one) and links to an old address (which work
 * through their redirect but cost readers a hop). Each page goes on from where the last ended (a keyset) and checks
 * its articles or links in chunks, from indexes only, until it is full or has spent its budget of checks: a site
 * with hardly any orphans costs no more per page than one full of them.
 */
public final class LinkReports {

    public static final int PAGE_SIZE = 50;
    /** Rows a scan reads in one query. */
    static final int CHUNK = 2_000;
    /** The most articles one page of orphans checks, and the most links one page of links checks. */
    static final int ARTICLES_PER_PAGE = 20_000;
    static final int LINKS_PER_PAGE = 50_000;
    /** Before every publication date. */
    private static final Instant FIRST = Instant.parse("1000-01-01T00:00:00Z");

    private final Jdbi jdbi;
    private final List<String> hosts;
    private final Clock clock;

    /** {@code baseUrl}: the site's origin, whose absolute links count as the site's own. */
    public LinkReports(Jdbi jdbi, String baseUrl, Clock clock) {
        this.jdbi = jdbi;
        this.hosts = List.of("", LinkTarget.hostOfOrigin(baseUrl));
        this.clock = clock;
    }

    /**
     * Public articles that nothing links to, oldest published first, after the cursor {@code after} ("" for the
     * first page; "publishedAt~id" of the last article checked).
     */
    public ReportPage<LinkedArticle> orphans(String after) {
        return orphans(after, ARTICLES_PER_PAGE);
    }

    ReportPage<LinkedArticle> orphans(String after, int budget) {
        Instant now = clock.instant();
        return jdbi.withHandle(handle -> {
            LinkRepository links = handle.attach(LinkRepository.class);
            Instant afterAt = orphanCursorTime(after);
            long afterId = afterAt.equals(FIRST) ? 0 : cursorNumber(after.substring(after.indexOf('~') + 1));
            List<Long> found = new ArrayList<>();
            int checked = 0;
            boolean more = true;
            while (found.size() < PAGE_SIZE && checked < budget && more) {
                List<OrphanScanRow> rows = links.scanForOrphans(afterAt, afterId, hosts, now,
                        Math.min(CHUNK, budget - checked));
                more = rows.size() == Math.min(CHUNK, budget - checked);
                for (OrphanScanRow row : rows) {
                    checked++;
                    afterAt = row.publishedAt();
                    afterId = row.id();
                    if (row.orphan() && found.add(row.id()) && found.size() == PAGE_SIZE) {
                        more = more || row != rows.get(rows.size() - 1);
                        break;
                    }
                }
            }
            Map<Long, LinkedArticle> articles = describe(links, found);
            return new ReportPage<>(found.stream().map(articles::get).toList(),
                    more ? afterAt + "~" + afterId : "", checked, more && found.size() < PAGE_SIZE);
        });
    }

    /** Broken links after the cursor {@code after} ("" for the first page), in the order of their articles. */
    public ReportPage<LinkProblem> brokenLinks(String after) {
        return problems(after, LinkScanRow.Kind.BROKEN, LINKS_PER_PAGE);
    }

    /** Links to an old address of a public article, after the cursor {@code after} ("" for the first page). */
    public ReportPage<LinkProblem> oldAddresses(String after) {
        return problems(after, LinkScanRow.Kind.OLD_ADDRESS, LINKS_PER_PAGE);
    }

    ReportPage<LinkProblem> problems(String after, LinkScanRow.Kind wanted, int budget) {
        Instant now = clock.instant();
        int dash = after.indexOf('-');
        return jdbi.withHandle(handle -> {
            LinkRepository links = handle.attach(LinkRepository.class);
            long afterArticle = dash < 0 ? 0 : cursorNumber(after.substring(0, dash));
            long afterLink = dash < 0 ? 0 : cursorNumber(after.substring(dash + 1));
            List<LinkScanRow> found = new ArrayList<>();
            int checked = 0;
            boolean more = true;
            while (found.size() < PAGE_SIZE && checked < budget && more) {
                List<LinkScanRow> rows = links.scanLinks(afterArticle, afterLink, hosts,
                        Math.min(CHUNK, budget - checked));
                more = rows.size() == Math.min(CHUNK, budget - checked);
                List<LinkScanRow> listed = inArticlesOutOfTheTrash(links, rows.stream()
                        .filter(row -> row.kind(now) == wanted).toList());
                for (LinkScanRow row : rows) {
                    checked++;
                    afterArticle = row.fromArticleId();
                    afterLink = row.id();
                    if (listed.contains(row) && found.add(row) && found.size() == PAGE_SIZE) {
                        more = more || row != rows.get(rows.size() - 1);
                        break;
                    }
                }
            }
            return new ReportPage<>(described(links, found, now), more ? afterArticle + "-" + afterLink : "",
                    checked, more && found.size() < PAGE_SIZE);
        });
    }

    /** How many articles stored before the link index still wait for their links to be read. */
    public long articlesWaiting() {
        return jdbi.withHandle(handle -> handle.attach(LinkRepository.class).countPending());
    }

    /** Links in trashed articles are off the site with them. Few links are listed, so this asks about few articles. */
    private static List<LinkScanRow> inArticlesOutOfTheTrash(LinkRepository links, List<LinkScanRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Set<Long> trashed = new HashSet<>(links.listTrashed(rows.stream().map(LinkScanRow::fromArticleId)
                .distinct().toList()));
        return rows.stream().filter(row -> !trashed.contains(row.fromArticleId())).toList();
    }

    private static List<LinkProblem> described(LinkRepository links, List<LinkScanRow> rows, Instant now) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (LinkScanRow row : rows) {
            ids.add(row.fromArticleId());
            Optional.ofNullable(row.targetId()).ifPresent(ids::add);
            Optional.ofNullable(row.redirectTargetId()).ifPresent(ids::add);
        }
        Map<Long, LinkedArticle> articles = describe(links, List.copyOf(ids));
        Map<Long, LinkWords> words = links.describeLinks(rows.stream().map(LinkScanRow::id).toList()).stream()
                .collect(Collectors.toMap(LinkWords::id, Function.identity()));
        return rows.stream().map(row -> {
            LinkedArticle from = articles.get(row.fromArticleId());
            LinkedArticle target = row.targetId() == null ? null : articles.get(row.targetId());
            LinkedArticle redirected = row.redirectTargetId() == null ? null : articles.get(row.redirectTargetId());
            LinkWords link = words.get(row.id());
            return new LinkProblem(from, from.state(now), "/articles/" + row.toSlug(), link.anchorText(),
                    link.linkCount(), reason(target, redirected, now), target, redirected);
        }).toList();
    }

    /** Why a link is listed, in the words of the report's table. */
    static String reason(LinkedArticle target, LinkedArticle redirected, Instant now) {
        if (target != null) {
            return "The article at this address is not public: " + target.state(now) + ".";
        }
        if (redirected == null) {
            return "No article has this address.";
        }
        String state = redirected.state(now);
        return state.equals("published")
                ? "An old address: it redirects to /articles/" + redirected.slug() + "."
                : "An old address of an article that is not public: " + state + ".";
    }

    private static Map<Long, LinkedArticle> describe(LinkRepository links, List<Long> ids) {
        return ids.isEmpty() ? Map.of() : links.describe(ids).stream()
                .collect(Collectors.toMap(LinkedArticle::id, Function.identity()));
    }

    private static Instant orphanCursorTime(String cursor) {
        int tilde = cursor.indexOf('~');
        if (tilde < 0) {
            return FIRST;
        }
        try {
            return Instant.parse(cursor.substring(0, tilde));
        } catch (DateTimeParseException e) {
            return FIRST;
        }
    }

    private static long cursorNumber(String text) {
        return text.matches("\\d{1,18}") ? Long.parseLong(text) : 0;
    }
}
