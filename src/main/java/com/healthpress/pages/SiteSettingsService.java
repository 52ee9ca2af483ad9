package com.healthpress.pages;

import com.healthpress.admin.HeroImageChange;
import com.healthpress.article.HeroImage;
import com.healthpress.changes.ChangeFeed;
import com.healthpress.image.AltText;
import com.healthpress.image.HeroImages;
import com.healthpress.image.HeroUpload;
import com.healthpress.image.ImageProblem;
import com.healthpress.image.UnusedImages;
import com.healthpress.page.PageLink;
import com.healthpress.page.PolicyRole;
import com.healthpress.page.Publisher;
import com.healthpress.page.SiteSettings;
import com.healthpress.site.Site;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publisher's settings: reads and saves them (with the logo, through the hero image checks), and keeps the site's
 * publisher as they say. A save announces a change of every page, since every page shows the name and the
 * Organization; each instance reads the settings again when it hears of such a change, before its cache drops pages.
 */
public final class SiteSettingsService {

    private static final Logger LOG = LoggerFactory.getLogger(SiteSettingsService.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ChangeFeed changes;
    private final HeroImages images;
    private final Site site;

    public SiteSettingsService(Jdbi jdbi, Clock clock, ChangeFeed changes, HeroImages images, Site site) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.changes = changes;
        this.images = images;
        this.site = site;
    }

    public SiteSettings current() {
        return jdbi.withExtension(SiteSettingsRepository.class, SiteSettingsRepository::find);
    }

    /** The name in force when the settings name none: SITE_NAME. */
    public String configuredName() {
        return site.configuredName();
    }

    /** The publisher as the stored settings and the published pages say now. */
    public Publisher publisher() {
        return jdbi.withHandle(handle -> {
            SiteSettings settings = handle.attach(SiteSettingsRepository.class).find();
            List<PageLink> published = handle.attach(PageRepository.class).listPublishedLinks();
            Map<Long, PageLink> byId = published.stream().collect(Collectors.toMap(PageLink::id, Function.identity()));
            Map<PolicyRole, String> policyPaths = new EnumMap<>(PolicyRole.class);
            settings.policyPages().forEach((role, pageId) -> {
                // A chosen page that is a draft (withdrawn since) stands for nothing until it is published again.
                if (byId.containsKey(pageId)) {
                    policyPaths.put(role, byId.get(pageId).path());
                }
            });
            return new Publisher(settings.name().orElse(site.configuredName()), settings.description(),
                    settings.logo(), policyPaths, settings.contact(), published);
        });
    }

    /** Reads the settings and puts them in force for every page rendered from now on. */
    public void refresh() {
        site.show(publisher());
    }

    /**
     * A change feed listener: a change of every page (a settings save, a page published or withdrawn, a restore)
     * may change the publisher, so it is read again. Subscribe it before the page cache, so no page rendered after
     * the cache dropped its pages shows the old one.
     */
    public void refreshAfter(Set<String> tags) {
        if (!tags.contains(ChangeFeed.EVERYTHING)) {
            return;
        }
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("could not read the site settings, keeping the previous ones: {}", e.getMessage());
        }
    }

    /**
     * Saves the settings and the logo change if nobody saved since {@code expectedVersion}. A new logo is checked
     * (and decoded, outside the transaction) only once the version is known to be current.
     */
    public SettingsSave save(SettingsValues values, HeroImageChange logo, int expectedVersion, String by) {
        SiteSettings before = current();
        if (before.version() != expectedVersion) {
            return new SettingsSave.Conflict(before);
        }
        HeroUpload upload = null;
        Optional<HeroImage> kept = logo.remove() ? Optional.empty() : before.logo();
        try {
            if (logo.replaces()) {
                upload = images.check(logo.file(), logo.alt());
            } else if (logo.keepsImageWithAlt() && kept.isPresent()) {
                kept = Optional.of(kept.get().withAlt(AltText.clean(logo.alt())));
            }
        } catch (ImageProblem problem) {
            return new SettingsSave.ImageRefused(problem.code());
        }
        HeroUpload checked = upload;
        Optional<HeroImage> keptLogo = kept;
        return jdbi.inTransaction(handle -> {
            Optional<HeroImage> newLogo = checked == null ? keptLogo : Optional.of(images.store(handle, checked));
            if (!write(handle, values, newLogo, expectedVersion, by)) {
                return new SettingsSave.Conflict(handle.attach(SiteSettingsRepository.class).find());
            }
            before.logo().filter(old -> newLogo.map(HeroImage::imageId).orElse(-1L) != old.imageId())
                    .ifPresent(old -> UnusedImages.deleteIfUnused(handle, List.of(old.imageId())));
            changes.publish(handle, Set.of(ChangeFeed.EVERYTHING));
            return new SettingsSave.Saved(handle.attach(SiteSettingsRepository.class).find());
        });
    }

    private boolean write(Handle handle, SettingsValues values, Optional<HeroImage> logo, int expectedVersion,
                          String by) {
        Map<PolicyRole, Long> policies = values.policyPages();
        return handle.attach(SiteSettingsRepository.class).update(expectedVersion, values.name().orElse(null),
                values.description().orElse(null), logo.map(HeroImage::imageId).orElse(null),
                logo.map(HeroImage::alt).orElse(null), policies.get(PolicyRole.PUBLISHING_PRINCIPLES),
                policies.get(PolicyRole.CORRECTIONS_POLICY), policies.get(PolicyRole.ETHICS_POLICY),
                policies.get(PolicyRole.ACTIONABLE_FEEDBACK_POLICY), values.contact().email(), values.contact().url(),
                values.contact().contactType(), clock.instant(), by);
    }
}
