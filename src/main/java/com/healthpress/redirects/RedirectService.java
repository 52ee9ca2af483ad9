package com.healthpress.redirects;

import com.healthpress.changes.ChangeFeed;
import com.healthpress.storage.Constraints;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes the redirects. Every write checks the whole table's rules ({@link RedirectEdit}: chains
 * collapsed, loops refused) and records the change event {@link #TAG} in its own transaction; every instance then
 * reads the table again into its {@link LiveRedirects}, the one that wrote at once, the others within a second.
 */
public final class RedirectService {

    /** The change event of every redirect write: no page shows redirects, so it drops no cached page. */
    public static final String TAG = "redirects";
    private static final Logger LOG = LoggerFactory.getLogger(RedirectService.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ChangeFeed changes;
    private final RedirectAddresses addresses;
    private final LiveRedirects live;
    private volatile boolean stale;

    public RedirectService(Jdbi jdbi, Clock clock, ChangeFeed changes, RedirectAddresses addresses,
                           LiveRedirects live) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.changes = changes;
        this.addresses = addresses;
        this.live = live;
    }

    /** Reads every redirect into memory. */
    public void load() {
        List<Redirect> redirects = new ArrayList<>();
        for (StoredRedirect stored : jdbi.withExtension(RedirectRepository.class, RedirectRepository::listAll)) {
            // Rows written past the rules (by hand, or restored from an edited export) never answer the admin.
            if (!RedirectAddresses.isReserved(stored.fromPath())) {
                redirects.add(stored.redirect());
            }
        }
        live.replace(RedirectTable.of(redirects));
        stale = false;
    }

    /**
     * A change feed listener: a redirect write (or a change of everything, such as a restore) reads the table again.
     * A failed read keeps the redirects served so far, and is tried again at the next change of any kind or when an
     * editor opens the redirects.
     */
    public void refreshAfter(Set<String> tags) {
        if (stale || tags.contains(TAG) || tags.contains(ChangeFeed.EVERYTHING)) {
            reload();
        }
    }

    /** {@link #load}, keeping the redirects served so far when the database cannot be read. */
    public void reload() {
        try {
            load();
        } catch (RuntimeException e) {
            stale = true;
            LOG.warn("could not read the redirects, keeping the previous ones: {}", e.getMessage());
        }
    }

    public List<StoredRedirect> list() {
        if (stale) {
            reload();
        }
        return jdbi.withExtension(RedirectRepository.class, RedirectRepository::listAll);
    }

    /** A page of the redirects whose addresses contain {@code search} (any case), by the address they answer. */
    public RowsPage<StoredRedirect> list(String search, int page) {
        String wanted = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        List<StoredRedirect> found = list().stream()
                .filter(row -> wanted.isEmpty() || row.fromPath().toLowerCase(Locale.ROOT).contains(wanted)
                        || (row.toTarget() != null
                                && row.toTarget().toLowerCase(Locale.ROOT).contains(wanted)))
                .toList();
        return RowsPage.of(found, page);
    }

    public Optional<StoredRedirect> find(long id) {
        return jdbi.withExtension(RedirectRepository.class, rows -> rows.find(id));
    }

    /** The old addresses of articles, profiles and pages, each marked when a redirect of the same address wins. */
    public List<OldAddress> oldAddresses() {
        RedirectTable table = live.table();
        return jdbi.withExtension(RedirectRepository.class, rows -> rows.listOldAddresses(clock.instant())).stream()
                .map(RedirectRepository.OldAddressRow::toOldAddress)
                .map(old -> old.overridden(table.find(old.oldPath(), null) != null))
                .toList();
    }

    /** Creates a redirect ({@code id} null) or changes one, as the form typed it. */
    public RedirectSave save(Long id, RedirectForm form, String by) {
        Map<String, String> errors = new LinkedHashMap<>();
        Redirect wanted = checked(form, errors);
        if (wanted == null) {
            return new RedirectSave.Refused(errors);
        }
        try {
            return jdbi.inTransaction(handle -> {
                RedirectRepository rows = handle.attach(RedirectRepository.class);
                List<StoredRedirect> current = rows.listAll();
                StoredRedirect editing = id == null ? null
                        : current.stream().filter(row -> row.id() == id).findFirst().orElse(null);
                if (id != null && editing == null) {
                    return new RedirectSave.Missing();
                }
                boolean taken = current.stream().anyMatch(row -> row.fromPath().equals(wanted.from())
                        && (editing == null || row.id() != editing.id()));
                if (taken) {
                    return refused(RedirectAddresses.FROM, "Another redirect answers " + wanted.from()
                            + " already: change that one instead.");
                }
                RedirectEdit edit = new RedirectEdit(redirects(current), oldAddresses(handle));
                Redirect stored;
                try {
                    stored = edit.put(wanted, editing == null ? null : editing.fromPath());
                } catch (RedirectRefused refusal) {
                    return refused(refusal.field(), refusal.getMessage());
                }
                RedirectEdit.Changes changed = edit.changes();
                write(handle, changed, by);
                int movedOn = changed.updated().size() - (changed.updated().contains(stored) ? 1 : 0);
                return new RedirectSave.Saved(stored, !Objects.equals(stored.to(), wanted.to()), movedOn);
            });
        } catch (RuntimeException e) {
            if (Constraints.isUniqueViolation(e)) {
                return refused(RedirectAddresses.FROM, "Someone saved a redirect of this address at the same moment: "
                        + "look at the list and try again.");
            }
            throw e;
        }
    }

    /** Deletes a redirect; false when it was gone already. Redirects that were collapsed through it stay as they are. */
    public boolean delete(long id, String by) {
        return jdbi.inTransaction(handle -> {
            RedirectRepository rows = handle.attach(RedirectRepository.class);
            Optional<StoredRedirect> stored = rows.find(id);
            if (stored.isEmpty()) {
                return false;
            }
            rows.delete(stored.get().fromPath());
            changes.publish(handle, Set.of(TAG));
            return true;
        });
    }

    /**
     * Imports a CSV file of redirects in one transaction: every line is checked against the table and the lines
     * before it; when any line has a problem nothing changes and each problem is reported by its line. A line for an
     * address that has a redirect already replaces it, so importing a corrected file again is safe.
     */
    public ImportReport importCsv(String text, String by) {
        RedirectCsv.Parsed parsed = RedirectCsv.parse(text);
        try {
            return jdbi.inTransaction(handle -> {
                List<RedirectCsv.Problem> problems = new ArrayList<>(parsed.problems());
                RedirectEdit edit = new RedirectEdit(redirects(handle.attach(RedirectRepository.class).listAll()),
                        oldAddresses(handle));
                Map<String, Integer> lineOf = new HashMap<>();
                for (RedirectCsv.Line line : parsed.lines()) {
                    try {
                        Map<String, String> errors = new LinkedHashMap<>();
                        Redirect wanted = checked(new RedirectForm(line.from(), line.to(), line.status()), errors);
                        if (wanted == null) {
                            throw new RedirectRefused("", String.join(" ", errors.values()));
                        }
                        Integer earlier = lineOf.putIfAbsent(wanted.from(), line.number());
                        if (earlier != null) {
                            throw new RedirectRefused("", "Duplicate: line " + earlier + " redirects " + wanted.from()
                                    + " already.");
                        }
                        edit.put(wanted, null);
                    } catch (RedirectRefused refusal) {
                        problems.add(new RedirectCsv.Problem(line.number(), refusal.getMessage()));
                    }
                }
                if (!problems.isEmpty()) {
                    problems.sort(Comparator.comparingInt(RedirectCsv.Problem::line));
                    return ImportReport.refused(problems);
                }
                RedirectEdit.Changes changed = edit.changes();
                write(handle, changed, by);
                return new ImportReport(List.of(), changed.added().size(), changed.updated().size());
            });
        } catch (RuntimeException e) {
            if (Constraints.isUniqueViolation(e)) {
                return ImportReport.refused(List.of(new RedirectCsv.Problem(0, "Someone saved redirects at the same "
                        + "moment, so nothing was imported: import the file again.")));
            }
            throw e;
        }
    }

    /** Every redirect as a CSV file that {@link #importCsv} reads back, by the address each answers. */
    public String exportCsv() {
        return RedirectCsv.write(list().stream().map(StoredRedirect::redirect).toList());
    }

    /** The form's redirect with its addresses normalised; null, with the reasons in {@code errors}, when refused. */
    private Redirect checked(RedirectForm form, Map<String, String> errors) {
        String from = null;
        String to = null;
        try {
            from = addresses.from(form.from());
        } catch (RedirectRefused refusal) {
            errors.put(refusal.field(), refusal.getMessage());
        }
        Optional<RedirectStatus> status = RedirectStatus.parse(form.status());
        if (status.isEmpty()) {
            errors.put("status", "“" + form.status().strip() + "” is not a status a redirect can have: use 301, 302 "
                    + "or 410.");
        }
        if (status.isPresent() && status.get().isGone()) {
            if (!form.to().isBlank()) {
                errors.put(RedirectAddresses.TO, "A page that is gone (410) sends readers nowhere: leave the target "
                        + "empty, or choose 301 or 302.");
            }
        } else {
            try {
                to = addresses.to(form.to());
            } catch (RedirectRefused refusal) {
                errors.put(refusal.field(), refusal.getMessage());
            }
        }
        return errors.isEmpty() ? new Redirect(from, to, status.get()) : null;
    }

    private void write(Handle handle, RedirectEdit.Changes changed, String by) {
        if (changed.isEmpty()) {
            return;
        }
        RedirectRepository rows = handle.attach(RedirectRepository.class);
        NotFoundRepository notFound = handle.attach(NotFoundRepository.class);
        Instant now = clock.instant();
        changed.removed().forEach(rows::delete);
        for (Redirect redirect : changed.updated()) {
            rows.update(redirect.from(), redirect.to(), redirect.status().code(), now, by);
        }
        for (Redirect redirect : changed.added()) {
            rows.insert(redirect.from(), redirect.to(), redirect.status().code(), now, by);
            if (!redirect.answersOneQuery()) {
                notFound.forget(redirect.from()); // answered now: no longer a 404 to look into
            }
        }
        changes.publish(handle, Set.of(TAG));
    }

    private static List<Redirect> redirects(List<StoredRedirect> rows) {
        return rows.stream().map(StoredRedirect::redirect).toList();
    }

    /** The old addresses that answer with a 301 now (their owner is public), each with its current path. */
    private Map<String, String> oldAddresses(Handle handle) {
        Map<String, String> byPath = new HashMap<>();
        for (RedirectRepository.OldAddressRow row : handle.attach(RedirectRepository.class)
                .listOldAddresses(clock.instant())) {
            if (row.live()) {
                OldAddress old = row.toOldAddress();
                byPath.put(old.oldPath(), old.currentPath());
            }
        }
        return byPath;
    }

    private static RedirectSave refused(String field, String reason) {
        return new RedirectSave.Refused(Map.of(field, reason));
    }
}
