package io.github.juesuan.html;

import java.util.Objects;

/**
 * One row of the index page: a review and the relative link to its page.
 *
 * @param review the review, not null
 * @param href the link to its page, relative to the index page (such as {@code 001.html}), not null;
 *        it is percent-encoded as a URL path when printed
 */
public record IndexEntry(Review review, String href) {

    /**
     * Creates an entry.
     *
     * @param review the review, not null
     * @param href the relative link to its page, not null
     */
    public IndexEntry {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(href, "href of " + review.getSourceName());
        if (href.isBlank()) {
            throw new IllegalArgumentException("the link to the page of '" + review.getSourceName() + "' is blank");
        }
    }

    /**
     * Creates an entry.
     *
     * @param review the review, not null
     * @param href the relative link to its page, not null
     * @return the entry
     */
    public static IndexEntry of(Review review, String href) {
        return new IndexEntry(review, href);
    }
}
