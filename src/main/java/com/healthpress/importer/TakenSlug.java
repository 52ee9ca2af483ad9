package com.healthpress.importer;

/** What an import does when the slug its document gives belongs to another article already. */
public enum TakenSlug {
    /** Rejects the document, naming the slug: an import never takes over or quietly changes an address. */
    REJECT,
    /** Stores the article under the slug numbered "-2", "-3"…, when the editor asked for a new slug. */
    NUMBER
}
