package com.healthpress.cache;

/**
 * Where a stored page is answered: a request Javalin routed, or one the web layer answers from the cache before
 * Javalin. {@link CachedPages#write} sets the same status, headers and body through either.
 */
public interface Reply {

    String requestHeader(String name);

    boolean isHead();

    void header(String name, String value);

    void status(int code);

    /** The body; an empty one for HEAD and 304 answers. */
    void body(byte[] bytes);
}
