package com.healthpress.redirects;

import java.util.Map;

/** What saving a redirect came to. */
public sealed interface RedirectSave {

    /**
     * Saved as {@code stored} (its target at the end of the chain it started, when it led to another redirect);
     * {@code movedOn} other redirects that led to its address now lead where it leads.
     */
    record Saved(Redirect stored, boolean collapsed, int movedOn) implements RedirectSave {
    }

    /** Nothing saved: the reasons, by the field they concern. */
    record Refused(Map<String, String> errors) implements RedirectSave {
    }

    /** The redirect being edited is no longer there. */
    record Missing() implements RedirectSave {
    }
}
