package com.healthpress.pages;

import com.healthpress.page.SiteSettings;

/** What became of a settings save. */
public sealed interface SettingsSave {

    record Saved(SiteSettings settings) implements SettingsSave {
    }

    /** Someone saved the settings since the version the form started from: nothing was written. */
    record Conflict(SiteSettings current) implements SettingsSave {
    }

    /** The logo (or its alternative text) was refused, for the reason of an ImageMessages code. */
    record ImageRefused(String code) implements SettingsSave {
    }
}
