package com.healthpress.image;

/** Compares an If-None-Match header with an entity tag, as RFC 9110 says: weakly, any of a list, or "*". */
final class EntityTags {

    private EntityTags() {
    }

    static boolean anyMatches(String ifNoneMatch, String opaqueTag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals('"' + opaqueTag + '"')) {
                return true;
            }
        }
        return false;
    }
}
