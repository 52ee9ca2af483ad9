package com.healthpress.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.MutableClock;
import com.healthpress.TestDatabases;
import com.healthpress.admin.HeroImageChange;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.image.HeroImages;
import com.healthpress.image.ImageWorkers;
import com.healthpress.page.ContactPoint;
import com.healthpress.page.Page;
import com.healthpress.page.PageContent;
import com.healthpress.page.PolicyRole;
import com.healthpress.page.PageStatus;
import com.healthpress.page.Publisher;
import com.healthpress.page.SiteSettings;
import com.healthpress.site.Site;
import com.healthpress.storage.Database;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The publisher's settings on a real database: stored, put in force, version-checked, policies only when public. */
class SiteSettingsServiceTest {

    private final MutableClock clock = MutableClock.startingNow();
    private final Site site = new Site("Configured Health", "https://health.example.org");
    private Database database;
    private ImageWorkers workers;
    private PageService pages;
    private SiteSettingsService settings;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabases.fresh());
        workers = new ImageWorkers();
        ChangeFeed changes = new ChangeFeed(database.jdbi(), clock);
        pages = new PageService(database.jdbi(), clock, changes);
        settings = new SiteSettingsService(database.jdbi(), clock, changes, new HeroImages(workers, clock), site);
        changes.subscribe(settings::refreshAfter);
    }

    @AfterEach
    void close() {
        workers.close();
        database.close();
    }

    @Test
    void untouchedSettingsKeepTheConfiguredNameAndSayNothingElse() {
        settings.refresh();

        Publisher publisher = site.publisher();
        assertEquals("Configured Health", publisher.name());
        assertEquals(Optional.empty(), publisher.description());
        assertEquals(Optional.empty(), publisher.logo());
        assertEquals(Map.of(), publisher.policyPaths());
        assertTrue(!publisher.contact().isSet());
    }

    @Test
    void savedSettingsAreInForceAtOnceWithTheirPolicyPagesAndContact() {
        Page editorial = publish("editorial-policy");
        SettingsValues values = new SettingsValues(Optional.of("Clear Health"), Optional.of("Health facts, checked."),
                Map.of(PolicyRole.PUBLISHING_PRINCIPLES, editorial.id()),
                new ContactPoint("editor@example.org", null, "editorial"));

        SettingsSave save = settings.save(values, HeroImageChange.KEEP, 0, "admin");

        SiteSettings stored = assertInstanceOf(SettingsSave.Saved.class, save).settings();
        assertEquals(1, stored.version());
        assertEquals("Clear Health", site.name(), "the save's change event put the new name in force");
        assertEquals(Map.of(PolicyRole.PUBLISHING_PRINCIPLES, "/pages/editorial-policy"),
                site.publisher().policyPaths());
        assertEquals(new ContactPoint("editor@example.org", null, "editorial"), site.publisher().contact());
        assertEquals(Optional.of("Health facts, checked."), site.publisher().description());
    }

    @Test
    void aSaveFromAnOlderVersionIsAConflictAndWritesNothing() {
        SettingsValues theirs = new SettingsValues(Optional.of("Theirs"), Optional.empty(), Map.of(), ContactPoint.NONE);
        SettingsValues mine = new SettingsValues(Optional.of("Mine"), Optional.empty(), Map.of(), ContactPoint.NONE);
        assertInstanceOf(SettingsSave.Saved.class, settings.save(theirs, HeroImageChange.KEEP, 0, "first"));

        SettingsSave second = settings.save(mine, HeroImageChange.KEEP, 0, "second");

        assertEquals(Optional.of("Theirs"), assertInstanceOf(SettingsSave.Conflict.class, second).current().name());
        assertEquals(Optional.of("Theirs"), settings.current().name());
    }

    @Test
    void aPolicyPageTakenOffTheSiteStandsForNothingUntilPublishedAgain() {
        Page corrections = publish("corrections-policy");
        settings.save(new SettingsValues(Optional.empty(), Optional.empty(),
                Map.of(PolicyRole.CORRECTIONS_POLICY, corrections.id()), ContactPoint.NONE), HeroImageChange.KEEP, 0,
                "admin");
        assertEquals(Map.of(PolicyRole.CORRECTIONS_POLICY, "/pages/corrections-policy"), site.publisher().policyPaths());

        Page current = pages.find(corrections.id()).orElseThrow();
        pages.update(current.id(), current.version(), new PageContent(current.slug(), current.title(), current.body(),
                current.kind(), PageStatus.DRAFT), "admin", "Withdrawn");

        assertEquals(Map.of(), site.publisher().policyPaths());
        assertEquals(0, site.footerPages().size());
    }

    private Page publish(String slug) {
        Page page = pages.list().stream().filter(p -> p.slug().equals(slug)).findFirst().orElseThrow();
        PageSave save = pages.update(page.id(), page.version(), new PageContent(page.slug(), page.title(), page.body(),
                page.kind(), PageStatus.PUBLISHED), "admin", "Published");
        return assertInstanceOf(PageSave.Saved.class, save).page();
    }
}
